"""Body facts stated in a message ("I'm 34, female, 68 kg, 165 cm", "I'm 5'10 and 180 lbs",
"I weigh 80kg and train 4 times a week"), metric or imperial, as an `energy.Body`.

Ceres reads these to answer the question they come with; the profile keys they belong to
(`weight_kg`, `height_cm`, `age`, `sex`, `activity_level`) are General's to save.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_ceres.energy import Body

KG = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:kg|kgs|kilos?|kilograms?)\b")
LB = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:lbs?|pounds?)\b")
STONE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(?:st|stone)\b(?:\s*(?:and\s*)?(\d{1,2})(?!\s*(?:'|ft|foot|feet|cm|kg|[.,]?\d))\s*(?:lbs?|pounds?)?)?")
AND_A_HALF = re.compile(r"\b(\d{1,3}) and a (half|quarter)\s+(stones?|st|kg|kgs|kilos?|lbs?|pounds?)\b")
WEIGH_BARE = re.compile(r"\bweigh(?:ing)?\s+(?:about\s+|around\s+)?(\d{2,3}(?:\.\d+)?)\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds?|st|stone))")
CM = re.compile(r"(?<![\d.])(\d{3}(?:\.\d+)?)\s*(?:cm|centimet(?:er|re)s?)\b")
METRES = re.compile(r"(?<![\d.])([12])[.,](\d{1,2})\s*(?:m|metres?|meters?)\b")
FEET = re.compile(r"(?<![\d.])([3-7])\s*(?:'|’|ft|foot|feet)\s*(?:(\d{1,2})\s*(?:\"|”|''|in|inch|inches)?)?(?![\d])")
AGE = (
    re.compile(r"(?<![\d.])(\d{2})\s*(?:years?\s*old|yrs?\s*old|y/?o|yrs?)\b"),
    re.compile(r"\b(?:i'?m|i am|im|aged?|age is|age:)\s+(\d{2})\b(?![.,]\d)(?!\s*(?:kg|kgs|kilos?|cm|lbs?|pounds?|%|st|stone|'|ft|minutes?|mins?|km|k\b|and a half|and a quarter))"),
    re.compile(r"(?<![\d.])(\d{2})\s*/?\s*[mf]\b"),
)
FEMALE = re.compile(r"\b(female|woman|girl|lady)\b|(?<![\d.])\d{2}\s*/?\s*f\b|^f\b")
MALE = re.compile(r"\b(male|man|guy|boy)\b|(?<![\d.])\d{2}\s*/?\s*m\b|^m\b")
TIMES_A_WEEK = re.compile(r"\b(\d|one|two|three|four|five|six|seven)\s*(?:x|times|days|sessions)\s*(?:a|per|each)?\s*week\b")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
ACTIVITY_WORDS = (
    # walking every day on top of a desk job is light activity, so it is read first
    (re.compile(r"\b(lightly active|light exercise|a bit active|walk a lot|walk the dogs?|dog walks?|walk(?:ing)? to work|on my feet all day)\b"), "light"),
    (re.compile(r"\b(sedentary|desk job|office job|don'?t exercise|do not exercise|no exercise|inactive|couch potato)\b"), "sedentary"),
    (re.compile(r"\b(moderately active|moderate exercise|fairly active)\b"), "moderate"),
    (re.compile(r"\b(very active|train every day|exercise every day|work out every day|run every day|athlete)\b"), "active"),
    (re.compile(r"\b(extremely active|physical job|manual job|labou?rer|construction worker)\b"), "very_active"),
)


def parse_body(text: str) -> Body:
    """The body facts `text` states; unknown facts stay None."""
    low = text.lower().replace("’", "'")
    low = AND_A_HALF.sub(lambda m: f"{int(m.group(1)) + (0.5 if m.group(2) == 'half' else 0.25):g} {m.group(3)}", low)  # "12 and a half stone"
    return Body(weight_kg=_weight(low), height_cm=_height(low), age=_age(low), sex=_sex(low), activity=_activity(low))


def body_from_history(history: list[dict[str, Any]], limit: int = 12) -> Body:
    """Body facts the user stated in their recent messages (the newest statement of each
    fact wins): for answers when the profile does not hold them yet."""
    body = Body()
    messages = [r.get("text") for r in history if r.get("role") == "user" and isinstance(r.get("text"), str)]
    for text in messages[-limit:]:
        body = body.merged(parse_body(text))
    return body


# "lost 4 kg since last month, so 81 now", "down to 81.5 kg now": the weight now, not the change.
WEIGHT_NOW = re.compile(
    r"\b(?:so|now|down to|up to|i'?m|im|at)\s+(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds?)?\s+now\b"
    r"|\b(?:so|now|down to|up to) (?:i'?m |im |i weigh )?(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds?)?\b"
)
CHANGED = re.compile(r"\b(?:lost|gained|dropped|put on|down|up|weigh|weight)\b")


def _weight(text: str) -> float | None:
    if CHANGED.search(text) and (now := WEIGHT_NOW.search(text)):
        value = float(now.group(1) or now.group(3))
        unit = now.group(2) or now.group(4) or ""
        pounds = unit.startswith(("lb", "pound")) or (not unit and value >= 130)
        return _within(round(value * 0.4536, 1) if pounds else value, 30, 300)
    if found := KG.search(text):
        return _within(float(found.group(1)), 30, 300)
    if found := STONE.search(text):
        return _within(round(float(found.group(1)) * 6.35 + int(found.group(2) or 0) * 0.4536, 1), 30, 300)
    if found := LB.search(text):
        return _within(round(float(found.group(1)) * 0.4536, 1), 30, 300)
    if found := WEIGH_BARE.search(text):
        value = float(found.group(1))
        return _within(value if value < 130 else round(value * 0.4536, 1), 30, 300)
    return None


def _height(text: str) -> float | None:
    if found := CM.search(text):
        return _within(float(found.group(1)), 120, 230)
    if found := METRES.search(text):
        return _within(float(f"{found.group(1)}.{found.group(2)}") * 100, 120, 230)
    if found := FEET.search(text):
        inches = int(found.group(1)) * 12 + int(found.group(2) or 0)
        return _within(round(inches * 2.54), 120, 230)
    return None


BARE_AGE = re.compile(r"(?:^|,\s*|(?<=pounds )|(?<=lbs )|(?<=kg )|(?<=cm ))(\d{2})\s*(?=,|$|\band\b|\s*(?:female|male|woman|man|f|m)\b)")


def _age(text: str) -> float | None:
    for pattern in AGE:
        if (found := pattern.search(text)) and (age := _within(float(found.group(1)), 14, 110)) is not None:
            return age
    # "I'm Tom, 45, 95kg, 180cm": a lone two-digit number in a list of body facts
    if (KG.search(text) or CM.search(text) or LB.search(text) or STONE.search(text) or FEET.search(text)) and (found := BARE_AGE.search(text)):
        return _within(float(found.group(1)), 14, 110)
    return None


def _sex(text: str) -> str | None:
    female, male = FEMALE.search(text), MALE.search(text)
    if female and not male:
        return "female"
    if male and not female:
        return "male"
    return None


def _activity(text: str) -> str | None:
    for pattern, level in ACTIVITY_WORDS:
        if pattern.search(text):
            return level
    if found := TIMES_A_WEEK.search(text):
        count = WORDS.get(found.group(1)) or int(found.group(1))
        return "sedentary" if count == 0 else "light" if count <= 3 else "moderate" if count <= 5 else "active"
    return None


def _within(value: float, low: float, high: float) -> float | None:
    return value if low <= value <= high else None
