"""A diet said beside profile facts ("24, male, 6ft 1, 190lb ... and I'm vegetarian"), passed on
to the agent that keeps diets.

Diets are Ceres' key in the profile, so General never writes them itself: it names Ceres'
`set_diet_preferences` tool in its `Agent.tools` (the host's way for one agent to use another's
tool) and calls it, so the diet is saved by Ceres' own code and its meal ideas respect it at once.
Only what is unmistakable is passed on: a diet type said of the user ("I'm vegetarian", "vegan",
"pescatarian") and the medical diets Ceres knows by name (coeliac, lactose intolerance, diabetes).
Allergies, dislikes and anything hedged ("mostly vegetarian", "trying to go vegan", "not vegan")
stay with Ceres to read in its own words: General says exactly what it did not save.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

FLAGS = re.IGNORECASE
TOOL = "set_diet_preferences"

_OF_THE_USER = r"(?:^|(?<=[,;.!])|\b(?:i'?m|i am|im|i've been|i have been|been|and|also|plus|but)\b)\s*(?:(?:a|an|strict|strictly|fully|totally|completely|pure|purely|100%)\s+)*"
DIET_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("vegan", re.compile(rf"{_OF_THE_USER}(vegan|plant[- ]based)\b(?!\s+(?:recipes?|meals?|food|options?|ideas?|friend|partner|wife|husband)\b)", FLAGS)),
    ("pescatarian", re.compile(rf"{_OF_THE_USER}(pesc[ae]tarian)\b(?!\s+(?:recipes?|meals?|food|options?|ideas?)\b)", FLAGS)),
    ("vegetarian", re.compile(rf"{_OF_THE_USER}(vegetarian|veggie)\b(?!\s+(?:recipes?|meals?|food|options?|ideas?|burgers?|sausages?|friend|partner)\b)", FLAGS)),
)
CONDITIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coeliac", re.compile(r"\b(?:i'?m|i am|im|i have|i've got|i got|diagnosed with|and|,)\s*(?:a\s+)?(co?eliac|celiac)(?:\s+disease)?\b", FLAGS)),
    ("diabetes", re.compile(r"\b(?:i'?m|i am|im|and|,)\s*(?:a\s+)?((?:type[- ]?[12] |t[12] )?diabetic)\b|\b(?:i have|i've got|diagnosed with)\s+((?:type[- ]?[12] |t[12] )?diabetes)\b", FLAGS)),
    ("lactose intolerance", re.compile(r"\b(?:i'?m|i am|im|and|,)\s*(lactose[- ]intolerant)\b|\b(?:i have|i've got)\s+(lactose intolerance)\b", FLAGS)),
)
# "pure vegetarian, no egg also", "vegetarian - no eggs either": a food left out, said as a clause
# of its own beside a diet (kept by Ceres as a dislike, so its meal ideas leave it out).
NO_FOOD = re.compile(
    r"(?:^|\b(?:vegetarian|vegan|veggie|pesc[ae]tarian)\b)\s*(?:and\s+|also\s+|but\s+)?(?P<said>(?:no|without|not even)\s+"
    r"(?P<food>eggs?|meat|fish|seafood|pork|beef|chicken|dairy|onions?|garlic|mushrooms?|paneer)(?:\s+(?:also|either|too|as well|please|pls|thanks))*)\s*$",
    FLAGS,
)
# Said of someone else, hedged, in the past or as a question: nothing is passed on.
NOT_SAID_OF_THE_USER = re.compile(
    r"\b(?:not|never|no longer|used to|was|were|trying|try|want|wanna|thinking|considering|going|mostly|mainly|partly|almost|nearly|kind of|kinda|"
    r"sort of|sometimes|flexitarian|ish)\b|\b(?:my|his|her|their|our)\s+\w+\s+(?:is|are)\b|\b(?:he|she|they)(?:'s|\s+is|\s+are|'re)\b|\?",
    FLAGS,
)


def diet_arguments(text: str) -> tuple[dict[str, Any], list[str]]:
    """The `set_diet_preferences` arguments `text` states without doubt, and the words each was
    said in ("vegetarian"); ({}, []) when there are none."""
    arguments: dict[str, Any] = {}
    said: list[str] = []
    for clause in re.split(r"[;.!?\n]|,\s*(?:but|though)\b", text):
        if NOT_SAID_OF_THE_USER.search(clause):
            continue
        for diet, pattern in DIET_TYPES:
            match = pattern.search(clause)
            if match and "diet_type" not in arguments:
                arguments["diet_type"] = diet
                said.append(match.group(1).lower())
        for part in re.split(r",|\band\b|\s[-–—]\s", clause):
            left_out = NO_FOOD.search(part)
            if left_out and (arguments.get("diet_type") or DIET_TYPES[2][1].search(text) or DIET_TYPES[0][1].search(text)):
                arguments.setdefault("dislikes", []).append(left_out.group("food").lower())
                said.append(left_out.group("said"))
        for condition, pattern in CONDITIONS:
            match = pattern.search(clause)
            if match:
                arguments.setdefault("conditions", []).append(condition)
                said.append(next(g for g in match.groups() if g).lower())
    return arguments, said


def unsaid(text: str, said: list[str]) -> str:
    """`text` without the words that were passed on, to tell what else it says: "I'm vegan and
    allergic to sesame" -> "I'm allergic to sesame"."""
    for words in said:
        text = re.sub(rf"\b(?:(?:a|an|pure|purely|strict|strictly)\s+)?{re.escape(words)}(?:\s+disease)?\b(?:\s*(?:,|and\b|&))?\s*", "", text, flags=FLAGS)
    text = re.sub(r"(?:^|\s)(?:and|also|plus|but|,)?\s*(?:i'?m|i am|im|i have|i've got)?\s*$", "", text, flags=FLAGS)
    return re.sub(r"\s+", " ", re.sub(r"^\s*(?:and|also|plus|but)\b", "", text, flags=FLAGS)).strip(" ,.;!")


async def pass_on(turn: Turn, text: str) -> str:
    """Save the diet `text` states with Ceres' tool and say so ("" when it states none, or Ceres
    is not here to keep it)."""
    arguments, said = diet_arguments(text)
    agents = getattr(turn.registry, "agents", None) or {}
    if not arguments or "ceres" not in agents or TOOL not in turn.tools:
        return ""
    result = await turn.call_tool(TOOL, **arguments)
    if not isinstance(result, dict) or "error" in result:
        return ""
    words = []
    if "diet_type" in arguments:
        words.append(f"diet {arguments['diet_type']}")
    words += [{"coeliac": "coeliac (a strict gluten-free diet)"}.get(c, c) for c in arguments.get("conditions", [])]
    words += [f"no {food}" for food in arguments.get("dislikes", [])]
    return f"Passed on to **{agents['ceres'].label}**, which keeps diets so its meal ideas respect them: {', '.join(words)}."
