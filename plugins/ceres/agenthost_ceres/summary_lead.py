"""A day's tally asked for one nutrient: "how much protein have I had so far today?", "what are my
carbs at?", "how much fibre did I get yesterday?". The day summary is given as usual, led by
the figure asked for, so the answer is its first line.
"""

from __future__ import annotations

import re

from agenthost_ceres.answer import capital, grams, kcal

NUTRIENT_ASKED = re.compile(
    r"\b(?:how much|how many (?:grams|g)(?: of)?|what(?:'s| is| are)? (?:my|the)|where(?:'s| is| are)? my|where am i at with(?: my)?|how am i doing (?:on|with)(?: my)?|my)\s+"
    r"(protein|carbs?|carbohydrates?|fat|fibre|fiber|calories|kcal|cals)\b"
)
NUTRIENT_KEYS = {
    "protein": "protein_g", "carb": "carbs_g", "carbs": "carbs_g", "carbohydrate": "carbs_g", "carbohydrates": "carbs_g", "fat": "fat_g",
    "fibre": "fibre_g", "fiber": "fibre_g", "calories": "kcal", "kcal": "kcal", "cals": "kcal",
}
LABELS = {"protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "fibre_g": "fibre", "kcal": "calories"}


def nutrient_asked(low: str) -> str | None:
    """The totals key of the one nutrient a summary question asks about ("protein_g"), or None."""
    found = NUTRIENT_ASKED.search(low)
    return NUTRIENT_KEYS[found.group(1)] if found else None


def lead_line(nutrient: str, totals: dict[str, float], day_name: str, today: bool) -> str:
    """ "Protein so far today: 62 g." for the nutrient asked."""
    value = totals.get(nutrient) or 0.0
    figure = kcal(value) if nutrient == "kcal" else grams(value)
    when = "so far today" if today else day_name
    return f"{capital(LABELS[nutrient])} {when}: {figure}."


# Said of the user's own day: "so far", "today", "have I had", "at?" ("what are my carbs at?").
OWN_DAY = re.compile(r"\b(?:today|so far|yesterday|have i (?:had|eaten|got)|did i (?:have|eat|get|hit)|i'?ve (?:had|eaten)|i had|where am i at|how am i doing)\b|\bat\s*\??$")
# What the user should have, not what they had: needs, not the tally.
NEEDS_WORDS = re.compile(
    r"\b(?:need|should|supposed|meant|recommend\w*|ought|per|a day|each day|every day|daily|aim|target|to (?:eat|have|get)|in (?:a|an|the|one|\d))\b"
)


def tally_asked(low: str) -> bool:
    """True for a question about one nutrient of the user's own day ("what are my carbs at?",
    "how much protein have I had?"), not of a food or of their needs."""
    return bool(NUTRIENT_ASKED.search(low) and OWN_DAY.search(low)) and not NEEDS_WORDS.search(low)
