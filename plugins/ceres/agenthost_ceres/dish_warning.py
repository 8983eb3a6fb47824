"""A dish named in passing that the user's allergy rules out: "after gym I like to buy suya or
kuli kuli" with a peanut allergy, "my mama uses crayfish for her egusi" with a fish allergy.

Whatever the message asked, the reply says first that the dish usually carries the allergen
(the name doesn't say it: suya's spice rub is ground groundnuts), unless the reply already
names the dish (a lookup of it has said so)."""

from __future__ import annotations

import re

from agenthost_ceres.allergens import ALLERGY_NOUNS, DISH_ALLERGENS, dish_pattern, key_of
from agenthost_ceres.diet import DietPrefs


def dish_warnings(message: str, prefs: DietPrefs, reply: str) -> str | None:
    """One line per dish named in `message` whose usual allergens the saved allergies rule out
    and that `reply` doesn't name; None when there is none."""
    if not prefs.allergies:
        return None
    key = key_of(message)
    said = reply.lower()
    lines: list[str] = []
    seen: set[str] = set()
    for dish, (allergens, made) in DISH_ALLERGENS.items():
        breaks = [a for a in allergens if a in prefs.allergies]
        if not breaks or made in seen or not dish_pattern(dish).search(key) or re.search(rf"\b{re.escape(dish)}\b", said):
            continue
        seen.add(made)
        nouns = [ALLERGY_NOUNS.get(a, a) for a in breaks]
        allergy = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} and {nouns[-1]}"
        made = re.sub(r"\s*\([^)]*\)", "", made)  # said in one negated clause: "avoid X made with Y: your allergy rules it out"
        lines.append(f"⚠️ Avoid {dish} made with {made}: your {allergy} allergy rules it out, so ask how it's made.")
    return "\n".join(lines) or None
