"""Progress told with a new weight: "i weigh 82 kg now, down from 90!" is 8 kg down, to
acknowledge beside the weight saved, not a fact left unsaved.

    weight_before("i weigh 82 kg now, down from 90!")   (90.0, None)
    progress_words(82.0, "82 kg", (90.0, None))           "8 kg down from 90 kg"
"""

from __future__ import annotations

import re

from agenthost_general.measures import LB_TO_KG

FLAGS = re.IGNORECASE
# "down from 90", "up from 70 kg", "from 80" after a new weight ("down to 75kg from 80").
FROM_BEFORE = re.compile(
    r"\b(?:(?:down|up|dropped|lost|gained)\s+(?:from|since)|from)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?"
    r"(?P<value>\d{2,3}(?:[.,]\d)?)\s*(?P<unit>kg|kgs|kilos?|lbs?|pounds?|st|stone)?\b(?!\s*(?:cm|m\b|years?|yrs?|%|days?|weeks?|months?))",
    FLAGS,
)
UNITS = {"kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "st": "st", "stone": "st"}
KG_PER_UNIT = {"kg": 1.0, "lb": LB_TO_KG, "st": 14 * LB_TO_KG}
MAX_CHANGE_KG = 60  # a bigger change is more likely another number than the weight before


def weight_before(text: str) -> tuple[float, str | None] | None:
    """The weight the message says the user was at before ("down from 90"), with its unit if said."""
    match = FROM_BEFORE.search(text)
    if match is None:
        return None
    unit = match.group("unit")
    return float(match.group("value").replace(",", ".")), UNITS.get(unit.lower()) if unit else None


def _unit_of(said: str) -> str:
    word = said.rsplit(" ", 1)[-1].lower() if said else "kg"
    return word if word in KG_PER_UNIT and not re.search(r"\d\s*st\s+\d", said) else "kg"


def progress_words(now_kg: float, said: str, before: tuple[float, str | None]) -> str | None:
    """"8 kg down from 90 kg" from the weight saved (kg, and as said) and the weight before;
    None when the two can't be compared."""
    unit = before[1] or _unit_of(said)
    before_kg = before[0] * KG_PER_UNIT[unit]
    said_number = re.fullmatch(rf"(\d+(?:\.\d+)?) {unit}", said or "")
    if said_number:
        now_kg = float(said_number.group(1)) * KG_PER_UNIT[unit]  # "180 lb": the change in the user's own figures
    change_kg = now_kg - before_kg
    if not 0 < abs(change_kg) <= MAX_CHANGE_KG:
        return None
    change = abs(change_kg) / KG_PER_UNIT[unit]
    return f"{change:.1f}".removesuffix(".0") + f" {unit} {'down' if change_kg < 0 else 'up'} from {before[0]:g} {unit}"
