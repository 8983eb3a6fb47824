"""Sums people ask about their training: a distance or a weight in the other unit ("how far is
2 miles in km?", "100 lbs in kg") and the pace of a logged session ("what pace per km is that?").
Exact arithmetic on the user's own numbers, so no source is needed beyond the unit definitions
(1 mile = 1.609344 km, 1 lb = 0.45359237 kg)."""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import parse, render

MILE_KM = 1.609344
ON_FOOT = ("running", "walking", "race_walking", "nordic_walking", "hiking")  # pace per km; the rest, speed
POUND_KG = 0.45359237
YARD_M = 0.9144

_UNITS = {
    "mile": "mi", "miles": "mi", "mi": "mi",
    "km": "km", "kms": "km", "k": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "yard": "yd", "yards": "yd", "yd": "yd", "yds": "yd",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb",
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
}
_UNIT = r"(miles?|mi|kms?|k|kilomet(?:er|re)s?|m|met(?:er|re)s?|yards?|yds?|lbs?|pounds?|kgs?|kilos?|kilograms?)"
# "2 miles in km", "how far is 2 miles in km", "convert 10k to miles", "how many km is 2 miles"
_CONVERT = re.compile(rf"\b(\d+(?:\.\d+)?)\s*{_UNIT}\b.{{0,12}}?\b(?:in|to|into|as)\s+(?:a\s+)?{_UNIT}\b")
_HOW_MANY = re.compile(rf"\bhow many\s+{_UNIT}\s+(?:is|are|in|makes?)\s+(?:a\s+)?(\d+(?:\.\d+)?)\s*{_UNIT}\b")
# Metres per unit of length, kilograms per unit of mass.
_LENGTH_M = {"mi": MILE_KM * 1000, "km": 1000.0, "m": 1.0, "yd": YARD_M}
_MASS_KG = {"lb": POUND_KG, "kg": 1.0}
_NAMES = {"mi": ("mile", "miles"), "km": ("km", "km"), "m": ("m", "m"), "yd": ("yard", "yards"),
          "lb": ("lb", "lb"), "kg": ("kg", "kg")}


# "how many steps is 2 miles roughly?", "how far is 8000 steps?", "8,000 steps in km": walking,
# at a typical stride of 0.7-0.8 m (taller people and faster walkers take longer strides)
STRIDE_M = (0.7, 0.8)
_STEPS_FOR = re.compile(
    rf"\bhow many steps\b.{{0,25}}?\b(\d+(?:\.\d+)?|a|an|one)\s*{_UNIT}(?![a-z])"
)
_DISTANCE_OF = re.compile(
    rf"\bhow (?:far|long|many\s+{_UNIT})\s+(?:is|are|would be|will be)\s+(\d+)\s*steps\b|"
    rf"\b(\d+)\s*steps\s+(?:in|to|into|as)\s+{_UNIT}\b"
)


def steps_conversion(message: str) -> str | None:
    """Steps for a walking distance, or the distance of a step count, at a typical stride."""
    text = parse.prepare(message)
    short, long = STRIDE_M
    if (match := _STEPS_FOR.search(text)) and _UNITS[match[2]] in _LENGTH_M:
        amount = 1.0 if match[1] in ("a", "an", "one") else float(match[1])
        metres = amount * _LENGTH_M[_UNITS[match[2]]]
        low, high = (round(metres / stride, -2) for stride in (long, short))
        return (
            f"Walking, {_name(amount, _UNITS[match[2]])} is roughly **{low:,.0f}-{high:,.0f} steps**, at a typical "
            f"stride of {short:g}-{long:g} m (taller people and faster walkers take fewer). A step counter on your "
            "phone or watch will tell you your own."
        )
    if (match := _DISTANCE_OF.search(text)) is not None:
        asked_in = re.search(rf"\b(?:in|to|into|as)\s+{_UNIT}\s*\W*$", text)
        unit = _UNITS.get(match[1] or match[4] or (asked_in[1] if asked_in else "km"), "km")
        if unit not in ("km", "mi"):
            unit = "km"
        steps = int(match[2] or match[3])
        low, high = (steps * stride / _LENGTH_M[unit] for stride in STRIDE_M)
        return (
            f"{steps:,} steps of walking is roughly **{low:.1f}-{high:.1f} {_NAMES[unit][1]}**, at a typical stride "
            f"of {short:g}-{long:g} m (taller people and faster walkers cover more)."
        )
    return None


def conversion(message: str) -> str | None:
    """"2 miles is **3.2 km** (1 mile = 1.609 km)." for a unit question, or None."""
    if (steps := steps_conversion(message)) is not None:
        return steps
    text = parse.prepare(message)
    if match := _CONVERT.search(text):
        amount, source, target = float(match[1]), _UNITS[match[2]], _UNITS[match[3]]
    elif match := _HOW_MANY.search(text):
        target, amount, source = _UNITS[match[1]], float(match[2]), _UNITS[match[3]]
    else:
        return None
    if source == target:
        return None
    for table, rule in ((_LENGTH_M, "1 mile = 1.609 km"), (_MASS_KG, "1 lb = 0.454 kg")):
        if source in table and target in table:
            result = amount * table[source] / table[target]
            digits = 0 if result >= 100 else 1 if result >= 10 else 2
            shown = f"{round(result, digits):g}"
            return (
                f"{_name(amount, source)} is **{shown} {_NAMES[target][shown != '1']}** ({rule})."
            )
    return None  # a length in kilograms: not a question these units answer


def _name(amount: float, unit: str) -> str:
    return f"{amount:g} {_NAMES[unit][amount != 1]}"


# "what pace per km is that?", "what was my pace", "how fast was that", "what's that per mile?"
PACE_QUESTION = re.compile(
    r"\b(what|whats|which)\b.{0,22}\b(pace|speed|min(ute)?s? per (km|kilomet\w+|mile|mi))\b(?!.{0,30}\bshould\b)|"
    r"\bhow (fast|quick) (was|is|were|did) (that|it|this|my|the|i|we)\b|"
    r"\b(pace|speed) (per (km|kilomet\w+|mile|mi) )?(was|is) (that|it|this)\b|"
    r"\bwhat(s| is| was)? (that|it|this) per (km|kilomet\w+|mile|mi)\b"
)


def asks_pace(message: str) -> bool:
    """True for a question about the pace of a session already done, not "what pace should I run?"."""
    text = parse.prepare(message).replace("'", "")
    return bool(PACE_QUESTION.search(text)) and not re.search(r"\b(should|aim|target|goal|easy runs?|easy ones)\b", text)


def pace_reply(workout: dict[str, Any]) -> str | None:
    """The pace and speed of a logged workout with a distance and a time, or None."""
    km, minutes = workout.get("distance_km"), workout.get("duration_min")
    if not km or not minutes or workout.get("duration_estimated"):
        return None
    kmh = float(km) / (float(minutes) / 60)
    name = str(workout.get("activity_name") or "That session")
    done = f"{name}: {render.number(round(float(km), 2))} km in {render.number(minutes)} min"
    if workout.get("activity") in ON_FOOT:
        return f"{done} is **{render.pace_per_km(kmh)}** ({render.pace_per_mile(kmh)}), about {render.number(round(kmh, 1))} km/h."
    mph = render.number(round(kmh / MILE_KM, 1))
    return f"{done} is an average of **{render.number(round(kmh, 1))} km/h** ({mph} mph)."


# "how far is that in km?", "in miles please", "can you put the distances in miles", "what's that
# in kilometres": a distance already on the table (the last log, the plan) in the other unit
_IN_UNIT = re.compile(
    r"\b(?:that|it|this|those|them|the distances?|distances|the plan|the runs?|everything|all|the weights?|"
    r"the loads?|the lifts?|my lifts?)\b.{0,20}?"
    r"\b(?:in|into|to|as)\s+(miles?|mi|kms?|kilomet(?:er|re)s?|kgs?|kilos?|kilograms?|lbs?|pounds?)\b|"
    r"^\W*(?:and |ok |so |but |can i have it |can you do it |now )?(?:in|into)\s+"
    r"(miles?|mi|kms?|kilomet(?:er|re)s?|kgs?|kilos?|kilograms?|lbs?|pounds?)"
    r"(?: please| pls| instead| plz)?\W*$|"
    r"\bhow many (miles?|mi|kms?|kilomet(?:er|re)s?|kgs?|kilos?|kilograms?|lbs?|pounds?) (?:is|was|are|were) "
    r"(?:that|it|this|those|them)\b"
)


def asks_in_unit(message: str) -> str | None:
    """`mi` or `km` (`kg` or `lb`) when the message asks for a distance (a weight) already given
    in the other unit; else None."""
    text = parse.prepare(message)
    if match := _IN_UNIT.search(text):
        return _UNITS[match[1] or match[2] or match[3]]
    return None


def weight_in(load_kg: float, unit: str) -> str:
    """"155 lb is **70.3 kg**" from a load kept in kg, in `unit` (`kg` or `lb`); the other side
    is the unit the lifter used, to the plate (a whole lb, a tenth of a kg)."""
    pounds = load_kg / POUND_KG
    if unit == "kg":
        return f"{render.number(round(pounds))} lb is **{render.number(round(load_kg, 1))} kg**"
    return f"{render.number(round(load_kg, 1))} kg is **{render.number(round(pounds))} lb**"


def distance_in(distance_km: float, unit: str) -> str:
    """"4 miles is **6.4 km**" from a distance kept in km, in `unit` (`km` or `mi`)."""
    miles = distance_km / MILE_KM
    if unit == "km":
        return f"{render.number(round(miles, 1))} miles is **{render.number(round(distance_km, 1))} km**"
    return f"{render.number(round(distance_km, 1))} km is **{render.number(round(miles, 1))} miles**"


_DISTANCE_IN_TEXT = re.compile(r"\b(\d+(?:\.\d+)?)\s*(km|k|kilomet(?:er|re)s?|miles?|mi)\b")


def distances_in_text(text: str) -> list[tuple[float, str]]:
    """The distances an earlier answer names ("5 km", "10k", "3 mi"), in order, each once: (km, unit said)."""
    found: list[tuple[float, str]] = []
    for amount, unit in _DISTANCE_IN_TEXT.findall(text.lower()):
        said = _UNITS.get(unit, "km")
        km = float(amount) * (MILE_KM if said == "mi" else 1.0)
        if 0 < km <= 500 and all(abs(km - k) > 0.01 for k, _ in found):
            found.append((km, said))
    return found
