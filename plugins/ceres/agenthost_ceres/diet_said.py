"""A diet said in the chat that the profile has no rule for (low FODMAP, keto), noted when a
meal logged goes against it: "I'm on a low FODMAP diet" then garlic bread, "I'm doing keto" then
two bananas. The log stands; the note says why the food matters for that diet.

Sources: Monash University's low FODMAP diet (garlic and onion are high in fructans, and
garlic-infused oil carries the flavour without them); the ISSN position stand on diets and body
composition (Aragon et al. 2017: a ketogenic diet keeps carbohydrate to about 50 g a day or
less). The carbs are the logged USDA figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

LOW_FODMAP = re.compile(r"(?i)\b(?:low[- ]?fodmap|fodmap)\b")
KETO = re.compile(r"(?i)\b(?:keto|ketogenic)\b(?! (?:is|was) (?:bad|not for me|too hard|over))")
STOPPED = re.compile(r"(?i)\b(?:stopped|quit|gave up|no longer|not (?:on|doing) (?:keto|low[- ]?fodmap))\b")
HIGH_FODMAP = ("garlic", "onion")  # Monash University: both high in fructans
KETO_DAY_CARBS_G = 50  # ISSN (Aragon et al. 2017): ketogenic diets keep to about 50 g of carbohydrate a day or less
KETO_ITEM_CARBS_G = 15  # one food this carb-heavy takes a large share of that day


def diet_notes(meals: Iterable[Mapping[str, Any]], message: str, history: Iterable[Mapping[str, Any]]) -> list[str]:
    """Heads-ups for the logged `meals` against a low FODMAP or keto diet said in this message or
    the user's earlier ones (unless they said they stopped)."""
    said = [str(r.get("text") or "") for r in history if r.get("role") == "user"] + [message]
    items = [item for meal in meals for item in meal.get("items", [])]
    notes: list[str] = []
    if _on(LOW_FODMAP, said):
        named = sorted({word for item in items for word in HIGH_FODMAP if word in str(item.get("name", "")).lower()})
        if named:
            what = " and ".join(named)
            notes.append(f"{what.capitalize()} {'is' if len(named) == 1 else 'are'} high FODMAP (Monash University), so on your low FODMAP diet it may set off symptoms; garlic-infused oil gives the flavour without the fructans")
    if _on(KETO, said):
        heavy = [item for item in items if float(item.get("carbs_g") or 0) >= KETO_ITEM_CARBS_G]
        if heavy:
            carbs = sum(float(item.get("carbs_g") or 0) for item in heavy)
            names = " and ".join(str(item.get("name", "")).split(",")[0] for item in heavy)
            notes.append(f"on keto, that's {carbs:.0f} g of carbs from the {names} alone, and a ketogenic diet keeps to about {KETO_DAY_CARBS_G} g a day or less (ISSN)")
    return notes


def _on(diet: re.Pattern[str], said: list[str]) -> bool:
    """True when the latest message naming `diet` does not say it stopped."""
    latest = next((text for text in reversed(said) if diet.search(text)), None)
    return latest is not None and not STOPPED.search(latest)
