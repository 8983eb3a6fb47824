"""General's replies about itself and the system: greetings, who is here, small talk, and the
honest answer to anything it cannot do without a model."""

from __future__ import annotations

from typing import Any

from host.types import Turn

from agenthost_general import phrasing
from agenthost_general.capabilities import describe_agents
from agenthost_general.intents import Intent
from agenthost_general.suggestions import suggest_agents

ROUTING_WORDS = {
    "keywords": "keyword matching",
    "llm": "the language model's choice",
    "memory": "conversation memory (a follow-up to what I said before)",
    "fallback": "fallback, since no specialist claimed it",
}

JOKES = (
    "Why did the developer go broke? Because they used up all their cache.",
    "I would tell you a UDP joke, but you might not get it.",
    "There are 10 kinds of people: those who understand binary and those who don't.",
    "Why do programmers prefer dark mode? Because light attracts bugs.",
)


async def _agents(turn: Turn) -> list[dict[str, Any]]:
    result = await turn.call_tool("capabilities") if "capabilities" in turn.tools else None
    if isinstance(result, dict) and isinstance(result.get("agents"), list):
        return result["agents"]
    return describe_agents(turn.registry)


async def introduce(turn: Turn, intent: Intent) -> str:
    """The agents that are enabled, introduced as General ("who are you") or as a greeting."""
    agents = await _agents(turn)
    name = phrasing.name_suffix(turn.profile)
    if intent.data.get("who"):
        opening = (
            f"I'm General 🤖{name}: the concierge of agenthost, a chat server where specialist "
            "agents share one conversation and each message goes to the one that fits it best."
        )
    else:
        opening = f"Hello{name}! I'm General 🤖, your concierge here. These agents are ready to help:"
    return (
        f"{opening}\n\n{phrasing.agent_lines(agents)}\n\n"
        "Just ask: your message goes to the right agent on its own. I can also remember things "
        "about you, keep notes, tell the time (UTC) and do quick sums."
    )


async def greeting(turn: Turn, intent: Intent) -> str:
    """A first hello gets the introduction; a later one a short hello back."""
    if any(record.get("role") == "assistant" for record in turn.history):
        name = phrasing.name_suffix(turn.profile)
        return f'Hi again{name}! What can I do for you? (Say "what can you do" to see every agent.)'
    return await introduce(turn, intent)


async def about_system(turn: Turn, intent: Intent) -> str:
    """How agenthost works: routing, the agents enabled now, and how to add one."""
    agents = await _agents(turn)
    labels = ", ".join(a["label"] for a in agents) or "none"
    return (
        "This is **agenthost**, a plugin-based multi-agent chat server. Every message is scored "
        "by each agent plugin's keywords (and by a language model when one is configured); the "
        "best fit answers, and I take whatever nobody else claims. "
        f"This message reached me by {ROUTING_WORDS.get(turn.routing.method, turn.routing.method)}.\n\n"
        f"Agents enabled right now: {labels}.\n\n"
        "To add an agent, install a Python package with an entry point in the `agenthost` group "
        "(`pip install ./my-agent`) and restart the server; it shows up here automatically."
    )


async def small_talk(turn: Turn, intent: Intent) -> str:
    """Thanks, praise, complaints, goodbyes, "how are you", a joke, and an honest word on the weather."""
    name = phrasing.name_suffix(turn.profile)
    if intent.kind == "thanks":
        return f"You're welcome{name}! Anything else I can do?"
    if intent.kind == "bye":
        return f"Goodbye{name}! Your notes and profile will be here when you come back."
    if intent.kind == "how_are_you":
        return f"Running smoothly, thanks for asking{name}! What can I do for you?"
    if intent.kind == "joke":
        return JOKES[len(turn.history) % len(JOKES)]
    if intent.kind == "praise":
        return f"Glad that helps{name}! Anything else, just ask."
    if intent.kind == "complaint":
        return (
            f"Sorry that missed the mark{name}. Tell me what you were after in a few more words, "
            "and I'll pass it to the agent that fits best."
        )
    return (
        "I can't check the weather: I have no connection to a forecast service from here. "
        "A weather app or site will have the latest for your area."
    )


async def unknown(turn: Turn, intent: Intent) -> str:
    """An honest reply to what General cannot answer offline, with a pointer and what it can do."""
    asked = turn.message.strip()
    asked = asked if len(asked) <= 80 else asked[:79] + "…"
    lines = [f'"{asked}" is outside what I can answer from my own tools and data.']
    suggested = suggest_agents(turn.message, turn.registry)
    if suggested:
        best = suggested[0]
        lines.append(
            f"It sounds like one for **{best.label}** ({phrasing.short(best.description).rstrip('.')}): "
            "ask again in those terms and it will take over."
        )
    lines.append("\nHere's what I can do for you right now:")
    lines.extend(phrasing.HELP_LINES)
    return "\n".join(lines)
