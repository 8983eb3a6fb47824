"""A meal to log said in the same message as a diet or an allergy: "fyi I'm allergic to shellfish.
can you log dinner: grilled chicken breast, a cup of rice and some broccoli", "I'm lactose
intolerant. had a latte and a croissant this morning".

Both are done: the preference is saved, then the meal is logged (and any food in it the new
diet rules out is warned about). Only the parts of the message that state no preference are
read as the meal, so "shellfish" in "allergic to shellfish" is never logged.
"""

from __future__ import annotations

import re

from agenthost_ceres import intents
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.question import ends_asking

# Where a message's statements part: sentences, and a comma or "so/and/but" before what is
# asked or told next ("I have a peanut allergy, and for breakfast I had ...").
SENTENCES = re.compile(
    r"(?<=[.!?;])\s+|\n+|\s+[-–—]\s+(?=(?:can|could|please|pls|log|add|track|i|just|had|for|breakfast|brunch|lunch|dinner|tea|supper|snacks?)\b)"
)
CLAUSES = re.compile(
    r",\s*(?=(?:and |so |but |also |btw |anyway )?(?:can|could|would|please|pls|log|add|track|record|i|i'?ve|just|had|ate|for|this|today|yesterday|tonight|last)\b)"
    r"|\s+(?:so|and|but|btw|anyway)\s+(?=(?:can|could|would|please|pls|log|add|track|record|i (?:had|ate|just)|just|had|ate|for (?:breakfast|lunch|dinner|tea|supper|brunch)|this morning|tonight|last night)\b)"
)
# Asking Ceres to log it, anywhere in the part: "can you log dinner: ...", "please add ...".
LOG_ASKED = re.compile(r"\b(?:log|add|track|record|note down|put down|write down)\b(?! (?:it|that|this) (?:to|as) (?:my )?(?:allerg|diet|profile))")
# ... or telling what was eaten: "for breakfast I had ...", "just had ...", "had a latte ...".
EATEN = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |also )?(?:had|ate|eaten|drank)\b|^(?:and |so |but |also |then )?(?:just )?(?:had|ate|drank)\b|\bfor (?:breakfast|lunch|dinner|tea|supper|brunch)\b.*\b(?:had|ate)\b"
    r"|^(?:and |so |then )?(?:my )?(?:breakfast|brekkie|brunch|lunch|dinner|tea|supper|snacks?)(?: today| this morning| tonight)?\s*(?:was|were|:|-)"  # "breakfast was 2 eggs", "lunch: a jacket potato"
)


def told_beside(text: str) -> str | None:
    """What a message says beside the preference it states ("had a cheese sandwich for lunch, is
    that enough protein" after "I'm vegetarian, "), or None when no part of it stands apart."""
    parts = [part.strip(" ,") for sentence in SENTENCES.split(text) for part in CLAUSES.split(sentence)]
    if len(parts) < 2:
        return None  # one clause: a statement, or a meal, not both
    rest = [part for part in parts if part and not intents.stated_preferences(part)]
    if len(rest) == len(parts) or not rest:
        return None  # nothing stated apart (it is all one clause), or nothing but the statement
    return ", ".join(rest)


def meal_beside(text: str) -> str | None:
    """The words of a meal to log in a message that also states a preference, or None when the
    message asks for something else (ideas, a question) or names no food beside it."""
    meal = told_beside(text)
    if meal is None:
        return None
    low = intents.clean(meal)
    if not (LOG_ASKED.search(low) or EATEN.search(low)):
        return None
    if intents.asks_ideas(meal) or (ends_asking(meal) and not LOG_ASKED.search(low)):
        return None  # "I'm vegan, what did you have for lunch?": asked, not eaten
    return meal if parse_meal(meal, load_table()).items else None
