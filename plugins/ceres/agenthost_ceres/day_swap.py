"""One meal of the day of meals just planned, swapped as people ask: "swap lunch for something I
can eat cold at my desk", "change the dinner to something quicker", "can you swap breakfast for
something without eggs", "a different snack, something sweet". The other meals stay as they
were; the new one keeps the day's diet and wishes and adds the ones said for it, which hold
when the whole day is planned again ("and make the whole thing vegan")."""

from __future__ import annotations

import re

MEALS = {"breakfast": "breakfast", "brekkie": "breakfast", "brekky": "breakfast", "lunch": "lunch", "dinner": "dinner", "supper": "dinner", "tea": "dinner", "snack": "snack", "snacks": "snack"}
_MEAL = r"(?:breakfast|brekkie|brekky|lunch|dinner|supper|tea|snacks?)"
SWAP = re.compile(
    rf"\b(?:swap|switch|change|replace|redo|sub|substitute|rethink)(?: out)? (?:the |my |your |that )?(?P<meal>{_MEAL})\b"
    rf"|\b(?:a |the )?(?:different|another|new|other|better) (?P<meal2>{_MEAL})\b"
    rf"|^(?:and |but |ok |okay )*(?:the |my )?(?P<meal3>{_MEAL}) (?:swap|instead|changed|switched|replaced)\b"
    rf"|\b(?:instead of|rather than) (?:the |that |my )?(?P<meal4>{_MEAL})\b"
)
# Eaten cold: no cooking, whatever else is said ("cold at my desk", "a packed lunch", "for the office").
COLD = re.compile(r"\b(?:cold|at (?:my|the|your) desk|desk|packed|pack up|lunch ?box|take (?:in)?to work|bring to work|for the office|at work|on the go)\b")


def swapped_meal(low: str) -> str | None:
    """The meal of a day's plan `low` asks to swap ("swap lunch for ..."), or None."""
    found = SWAP.search(low)
    if found is None:
        return None
    said = next(word for word in found.groups() if word)
    return MEALS[said]


def eaten_cold(low: str) -> bool:
    """True when the swap asks for a meal eaten cold (no cooking)."""
    return COLD.search(low) is not None
