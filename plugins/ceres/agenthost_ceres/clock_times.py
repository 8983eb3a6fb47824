"""Times of day said with a meal ("at 8am I had porridge", "at 1pm a salad and at 4 a
kitkat", "around 7.30pm", "at noon", "a glass of wine before bed") read as the meal they
point to, so the hour is never read as how many ("8 cups of porridge").

`as_meal_words` rewrites each time into "for <meal>", which the meal parser already reads as
the meal of that clause; an hour that names no meal (a bare "at 8") is only taken out.
"""

from __future__ import annotations

import re

# Hours (24 h) to the meal eaten then: the usual UK and US meal times.
MEAL_BY_HOUR = (
    (range(4, 11), "breakfast"), (range(11, 15), "lunch"), (range(15, 17), "snack"), (range(17, 22), "dinner"),
)  # fmt: skip

_AT = r"(?:\b(?:at|around|about|by|from|@)\s+(?:about\s+|around\s+|roughly\s+)?|(?<![\w.:])@\s*)"
# "8am", "8 am", "8:30pm", "7.30 p.m.", with or without "at" before it.
WITH_AM_PM = re.compile(rf"(?:{_AT})?\b(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?)(?=\W|$)(?:\s*ish\b)?")
# "at 13:00", "around 19.30", "at 8:15": minutes after a colon or a dot.
WITH_MINUTES = re.compile(rf"{_AT}(\d{{1,2}})[:.](\d{{2}})\b(?!\s*(?:g|kg|grams?|kcal|cals?|ml|l|oz)\b)(?:\s*ish\b)?")
# A bare hour after "at": "at 4 a kitkat", "at 12 i had", "around 7ish"; only when the word
# after it is no amount or unit ("at 2 slices" stays two slices).
BARE_HOUR = re.compile(
    rf"{_AT}(\d{{1,2}})(?:\s*o\s*'?\s*clock|\s*ish)?(?=\s*(?:$|[,;.!?:-]|(?:a|an|i|we|had|ate|some|the|my|then|and|just|it|for|o|ish|i'?d|grabbed|got|snacked|was|breakfast|brunch|lunch|dinner|tea|supper|snack)\b))"
)
NAMED_TIMES = re.compile(
    r"\b(?:at |around |about )?(?:noon|midday|lunchtime)\b|\b(?:at |around |about )?midnight\b"
    r"|\b(?:mid[- ]?morning|elevenses)\b|\b(?:before bed(?:time)?|at bedtime|late at night|late[- ]night)\b"
    r"|\bin the (?:morning|afternoon|evening)\b"
)
# "mid morning" names no meal of its own: a coffee then may go with breakfast or be a snack.
NAMED_MEALS: dict[str, str | None] = {
    "noon": "lunch", "midday": "lunch", "lunchtime": "lunch", "midnight": "snack", "morning": "breakfast", "afternoon": "snack",
    "evening": "dinner", "mid morning": None, "midmorning": None, "elevenses": "snack", "bed": "snack", "bedtime": "snack", "night": "snack",
}  # fmt: skip


def meal_at_hour(hour: int) -> str:
    """The meal eaten at `hour` (0-23): breakfast, lunch, an afternoon snack, dinner, or a snack late at night."""
    return next((meal for hours, meal in MEAL_BY_HOUR if hour in hours), "snack")


def as_meal_words(text: str) -> str:
    """`text` (lower case) with each time of day replaced by " for <meal> " (or a space)."""
    if not any(char.isdigit() for char in text) and not NAMED_TIMES.search(text):
        return text
    text = WITH_AM_PM.sub(_am_pm, text)
    text = WITH_MINUTES.sub(lambda m: _hour_said(int(m.group(1)), twenty_four=True), text)
    text = BARE_HOUR.sub(lambda m: _hour_said(int(m.group(1)), twenty_four=False), text)
    return NAMED_TIMES.sub(_named, text)


def _am_pm(found: re.Match[str]) -> str:
    hour = int(found.group(1))
    if hour > 12 or (found.group(2) and int(found.group(2)) > 59):
        return found.group(0)
    afternoon = found.group(3).startswith("p")
    return _for(meal_at_hour(hour % 12 + (12 if afternoon else 0)))


def _hour_said(hour: int, twenty_four: bool) -> str:
    """A bare hour: 13-23 on the 24-hour clock; 12-4 said without am/pm are lunch and the
    afternoon (nobody means 3 in the morning); other bare hours name no meal, and go."""
    if hour > 23:
        return " "
    if hour >= 13 or (twenty_four and hour >= 5):
        return _for(meal_at_hour(hour))
    if hour == 12 or 1 <= hour <= 4:
        return _for(meal_at_hour(12 if hour == 12 else hour + 12))
    return " "


def _named(found: re.Match[str]) -> str:
    words = found.group(0).replace("-", " ").split()
    key = " ".join(words[-2:]) if " ".join(words[-2:]) in NAMED_MEALS else words[-1]
    meal = NAMED_MEALS.get(key, "snack")
    return _for(meal) if meal else " "


def _for(meal: str) -> str:
    return f" for {meal} "
