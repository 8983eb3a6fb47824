"""General's replies that read or change the shared profile: remember, forget, recall."""

from __future__ import annotations

from typing import Any

from host.types import Turn

from agenthost_general import phrasing
from agenthost_general.intents import Intent
from agenthost_general.profile import facts_of, goals_of


async def remember(turn: Turn, intent: Intent) -> str:
    """Save what the user said about themselves and confirm it."""
    result = await turn.call_tool("remember", **intent.data["arguments"])
    if "error" in result:
        return f"I couldn't save that: {result['error']}. Could you say it another way?"
    saved = result["saved"]
    if set(saved) == {"name"}:
        return f"Nice to meet you, {saved['name']}! I'll remember your name, and every agent here will use it."
    name = result["profile"].get("name")
    return (
        f"Got it{', ' + name if name else ''}: I've saved {phrasing.saved_words(saved)}. "
        "All the agents can see it; say \"what do you know about me\" to check."
    )


async def forget(turn: Turn, intent: Intent) -> str:
    """Remove a field, goal or fact from the profile and confirm it."""
    result = await turn.call_tool("forget", **intent.data)
    if "error" in result:
        return f"I couldn't forget that: {result['error']}."
    if not result["forgotten"]:
        return "There was nothing of that saved, so there's nothing to forget."
    return f"Done: I've forgotten {phrasing.forgotten_words(result['forgotten'])}. The rest of your profile stays as it was."


def _recall_field(profile: dict[str, Any], field: str) -> str:
    value = goals_of(profile) if field == "goals" else profile.get(field)
    if field == "goals":
        return f"Your goals: {'; '.join(value)}." if value else 'You haven\'t told me any goals yet: try "my goal is to ...".'
    if value in (None, ""):
        words = {"name": "name", "weight_kg": "weight", "height_cm": "height", "age": "age"}[field]
        example = {"name": "my name is Sam", "weight_kg": "I weigh 80 kg", "height_cm": "I'm 180 cm tall", "age": "I'm 34"}
        return f'I don\'t know your {words} yet. Tell me ("{example[field]}") and I\'ll remember it.'
    return {
        "name": f"You're {value}.",
        "weight_kg": f"You told me you weigh {phrasing.number(value)} kg.",
        "height_cm": f"You told me you're {phrasing.number(value)} cm tall.",
        "age": f"You told me you're {value}.",
    }[field]


def _recall_topic(profile: dict[str, Any], topic: str) -> str:
    key = topic.lower().strip()
    facts = facts_of(profile)
    for fact_key, value in facts.items():
        if key == fact_key or key in fact_key:
            return phrasing.fact_line(fact_key, value) + "."
    # Another agent's key, e.g. "calorie target" -> Ceres' `calorie_target`.
    other = key.replace(" ", "_")
    lines = phrasing.profile_lines({other: profile[other]}) if other in profile else []
    if lines:
        return "\n".join(line.removeprefix("- ") for line in lines)
    return f'I don\'t know your {topic} yet. Say "remember my {topic} is ..." and I will.'


async def recall(turn: Turn, intent: Intent) -> str:
    """One field, one topic, or everything the profile holds about the user."""
    profile = await turn.store.read_profile()
    if intent.data.get("field"):
        return _recall_field(profile, intent.data["field"])
    if intent.data.get("topic"):
        return _recall_topic(profile, intent.data["topic"])
    lines = phrasing.profile_lines(profile)
    if not lines:
        return (
            "I don't know anything about you yet. Tell me things like \"my name is Sam\", "
            "\"I weigh 80 kg\" or \"remember that I'm vegetarian\", and every agent will know them."
        )
    return "Here's what I know about you:\n" + "\n".join(lines) + '\n\nSay "forget my ..." to remove anything.'
