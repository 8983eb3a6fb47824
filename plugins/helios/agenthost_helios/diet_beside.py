"""An allergy or a diet said beside a training question ("training for the dublin 10k. I'm coeliac
and allergic to milk too. how should i structure my running week?"): Helios answers the question,
and the diet is kept by the agent that keeps diets.

Diets are Ceres' key in the profile, so Helios never writes them itself: it names Ceres'
`set_diet_preferences` tool in its `Agent.tools` (the host's way for one agent to use another's
tool, as General does) and calls it, so the allergy is saved by Ceres' own code and Ceres' meal
ideas leave it out from the next message on. Only what is said of the user, unhedged, is passed
on; the question is answered as if the diet had not been said.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

FLAGS = re.IGNORECASE
TOOL = "set_diet_preferences"

# The sentences that state a diet: the rest of the message is the question Helios answers.
STATES_DIET = re.compile(r"\b(?:allergic|allergy|allergies|co?eliac|celiac|lactose[- ]intolerant|lactose intolerance|vegan|vegetarian|pesc[ae]tarian)\b", FLAGS)
# Said of someone else, hedged or asked: nothing is passed on.
NOT_THE_USERS = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:son|daughter|kid|kids|child|wife|husband|partner|friend|mum|mom|dad|brother|sister|girlfriend|boyfriend)\b"
    r"|\b(?:he|she|they)(?:'s|\s+is|\s+are|'re|\s+has|\s+have)\b|\b(?:not|never|no longer|used to|might be|maybe|think i'?m|trying|thinking)\b|\?",
    FLAGS,
)
ALLERGIC_TO = re.compile(r"\ballergic to\s+(?P<items>[a-z ,&'-]+?)(?:\s+(?:too|as well|also|either))?\s*(?:[.!;]|$)", FLAGS)
AN_ALLERGY = re.compile(r"\b(?:a|an|my)\s+(?P<item>[a-z]+(?:\s+nut)?)\s+allergy\b", FLAGS)
CONDITIONS = (
    ("coeliac", re.compile(r"\b(?:co?eliac|celiac)\b", FLAGS)),
    ("lactose intolerance", re.compile(r"\blactose[- ]intoleran(?:t|ce)\b", FLAGS)),
)
DIET_TYPES = (
    ("vegan", re.compile(r"\b(?:i'?m|i am|im)\s+(?:a\s+)?vegan\b", FLAGS)),
    ("vegetarian", re.compile(r"\b(?:i'?m|i am|im)\s+(?:a\s+)?vegetarian\b", FLAGS)),
)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if part.strip()]


def diet_arguments(text: str) -> dict[str, Any]:
    """The `set_diet_preferences` arguments the user's own diet sentences state; {} when none."""
    arguments: dict[str, Any] = {}
    for sentence in sentences(text):
        if not STATES_DIET.search(sentence) or NOT_THE_USERS.search(sentence):
            continue
        for found in ALLERGIC_TO.finditer(sentence):
            items = [re.sub(r"^(?:and|or|also)\s+", "", item.strip()) for item in re.split(r",|\band\b|&|\bor\b", found.group("items"))]
            arguments.setdefault("allergies", []).extend(item for item in items if item and len(item.split()) <= 3)
        for found in AN_ALLERGY.finditer(sentence):
            arguments.setdefault("allergies", []).append(found.group("item").lower())
        for condition, pattern in CONDITIONS:
            if pattern.search(sentence):
                arguments.setdefault("conditions", []).append(condition)
        for diet, pattern in DIET_TYPES:
            if pattern.search(sentence) and "diet_type" not in arguments:
                arguments["diet_type"] = diet
    return arguments


def the_question(text: str) -> str:
    """`text` without its diet sentences: what Helios answers."""
    kept = [sentence for sentence in sentences(text) if not STATES_DIET.search(sentence)]
    return " ".join(kept) if kept else text


async def pass_on(turn: Turn) -> str:
    """Save the diet the message states with Ceres' tool, and say so ("" when it states none,
    or Ceres is not here to keep it)."""
    arguments = diet_arguments(turn.message)
    agents = getattr(turn.registry, "agents", None) or {}
    if not arguments or "ceres" not in agents or TOOL not in turn.tools:
        return ""
    result = await turn.call_tool(TOOL, **arguments)
    if not isinstance(result, dict) or "error" in result:
        return ""
    words = [{"coeliac": "coeliac (strictly gluten-free)"}.get(c, c) for c in arguments.get("conditions", [])]
    if arguments.get("allergies"):
        words.append(f"allergic to {' and '.join(arguments['allergies'])}")
    if "diet_type" in arguments:
        words.append(arguments["diet_type"])
    return (
        f"Saved for **{agents['ceres'].label}**, who keeps your diet: {', '.join(words)}. "
        "Its meal ideas leave these out; ask it what to eat around your training."
    )
