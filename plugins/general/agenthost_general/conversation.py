"""General's replies about itself and the system: greetings, who is here, small talk, "why?",
and for what it cannot answer, what it can do and which agent to ask instead."""

from __future__ import annotations

from typing import Any

from host.types import Turn

from agenthost_general import phrasing
from agenthost_general.capabilities import describe_agents
from agenthost_general.dialog import Answer, Intent, last_answer
from agenthost_general.suggestions import EXAMPLES, suggest_agents
from agenthost_general.wellbeing import topics

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
    """The agents that are enabled, introduced as General ("who are you") or as a greeting,
    with a first message to try for each (every example works as the next message)."""
    agents = await _agents(turn)
    name = phrasing.name_suffix(turn.profile)
    if intent.data.get("who"):
        opening = (
            f"I'm General 🤖{name}: the concierge of agenthost, a chat server where specialist "
            "agents share one conversation and each message goes to the one that fits it best."
        )
    else:
        opening = f"Hello{name}! I'm General 🤖, your concierge here. These agents are ready to help:"
    labels = {a["name"]: a["label"] for a in agents}
    tries = [f'"{EXAMPLES[n]}" ({labels[n]})' for n in labels if n in EXAMPLES]
    mine = '"I\'m 34, female, 68 kg, 165 cm", "how much sleep do I need?" or "note: buy oats"'
    tries.append(f"for me: {mine}")
    return (
        f"{opening}\n\n{phrasing.agent_lines(agents)}\n\n"
        "Just ask: your message goes to the right agent on its own. Try " + phrasing.joined(tries, "or") + "."
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
    if intent.kind == "laugh":
        return f"Glad that made you smile{name}! Say \"tell me a joke\" for another, or \"what can you do\" for the serious stuff."
    if intent.kind == "are_you_there":
        return f"Yes, I'm here{name}, and so is everyone on the list under \"what can you do\". What can I do for you?"
    if intent.kind == "meaning_of_life":
        return (
            "42, according to The Hitchhiker's Guide to the Galaxy. Closer to home, the evidence on well-being "
            "points to connecting with people, staying active, learning, giving and noticing the moment: "
            'say "how can I look after my wellbeing" for more.'
        )
    if intent.kind == "complaint":
        return (
            f"Sorry that missed the mark{name}. Tell me what you were after in a few more words, "
            "and I'll pass it to the agent that fits best."
        )
    return (
        "I can't check the weather: I have no connection to a forecast service from here. "
        "A weather app or site will have the latest for your area. If it's sunny, say \"sun safety\" for how to enjoy it without burning."
    )


async def fact(turn: Turn, intent: Intent) -> Answer:
    """"Tell me something interesting": one curated, sourced well-being fact (a different one each time)."""
    from agenthost_general.wellbeing_replies import topic_answer

    chosen = list(topics().values())[len(turn.history) // 2 % len(topics())]
    answer = topic_answer(turn, chosen)
    answer.text = f"Here's one from my well-being notes, on {chosen.title.lower()}:\n\n" + answer.text
    return answer


def _specialist_lines(turn: Turn) -> list[str]:
    """One line per enabled specialist, with an example that works as the next message."""
    lines = []
    for agent in (getattr(turn.registry, "agents", None) or {}).values():
        if agent.name == turn.agent.name:
            continue
        example = EXAMPLES.get(agent.name) or f"@{agent.name} ..."
        lines.append(f"- **{agent.label}**: {phrasing.short(agent.description).rstrip('.')}. Try \"{example}\"")
    return lines


async def unknown(turn: Turn, intent: Intent) -> Answer:
    """What General cannot answer: the agent that can (with the message to send it), or what
    General can do instead; a statement it can't use is offered as a note."""
    asked = turn.message.strip()
    quoted = asked if len(asked) <= 120 else asked[:119] + "…"
    suggested = suggest_agents(turn.message, turn.registry)
    if suggested:
        best = suggested[0]
        return Answer(
            f"That's one for **{best.label}** ({phrasing.short(best.description).rstrip('.')}). "
            f"Ask it directly by starting with its name:\n\n\"@{best.name} {quoted}\"",
            reason=f"Your message is about {best.label}'s subject, and I don't have its tools or data.",
            slots={"agent": best.name},
        )
    if intent.data.get("statement"):
        return Answer(
            f"Thanks for telling me{phrasing.name_suffix(turn.profile)}. I can keep it for you: say "
            f"\"note: {quoted}\" to save it as a note, or \"remember that {quoted}\" to add it to your profile, "
            "which every agent reads.",
            reason="It's something about you that I have no tool for, beyond keeping it as a note or a fact.",
        )
    lines = [
        "I can't answer that one: general knowledge, recommendations and writing need tools I don't have here. "
        "Here's what I can do right now:"
    ]
    lines.extend(phrasing.HELP_LINES)
    specialists = _specialist_lines(turn)
    if specialists:
        lines.append("\nAnd the specialists here:")
        lines.extend(specialists)
    return Answer(
        "\n".join(lines),
        reason="None of my tools (profile, notes, well-being notes, time, sums) covers it, and no specialist's subject matched it.",
    )


async def why(turn: Turn, intent: Intent, state: dict[str, Any]) -> Answer:
    """"Why?": the reason behind General's last answer, or who to ask when it wasn't General's."""
    reason = state.get("reason")
    if reason:
        return Answer(reason, reason=reason, slots=state.get("slots") or {})
    last = last_answer(turn.history)
    agents = getattr(turn.registry, "agents", None) or {}
    if last and last.get("agent") in agents and last.get("agent") != turn.agent.name:
        other = agents[last["agent"]]
        return Answer(
            f"That answer came from **{other.label}**, so it can explain it best: say \"@{other.name} why?\"",
            reason=f"The last answer was {other.label}'s, not mine.",
        )
    if last is None:
        return Answer(
            'I haven\'t answered anything yet, so there\'s nothing to explain. Say "what can you do" to see what I can help with.',
        )
    return Answer(
        "That was a simple answer with nothing behind it beyond what it said. Ask me about it in other words, "
        'or say "what can you do" to see what I can help with.'
    )
