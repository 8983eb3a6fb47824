"""Facts a user states about themselves, turned into `remember` arguments.

"My name is Sam and I weigh 176 lbs" -> {"name": "Sam", "weight_kg": 79.8}. Units are
converted (lb, stone, m, feet and inches) so the profile always holds kg and cm. Only
first-person statements count: "I weigh 80 kg", "I'm 180 cm tall", "I'm 34 years old".
"""

from __future__ import annotations

import re
from typing import Any

LB_TO_KG = 0.45359237
FLAGS = re.IGNORECASE

NAME = re.compile(
    r"\b(?:my name is|my name's|call me|i am called|i'm called|the name's|the name is)\s+"
    r"([a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,2}?)"
    r"(?=\s*(?:$|[,.!;?)]|\band\b|\bbut\b|\bi\b|\bi'm\b|\bplease\b))",
    FLAGS,
)
# "Hi, I'm Sam": only after a greeting and only a capitalised word, so "I'm tired" is no name.
GREETING_NAME = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))[,!.]*\s+(?:there[,!.]*\s+)?"
    r"(?:i'm|i am|im|this is|it's)\s+([A-Z][a-z'\-]+)(?=\s*(?:$|[,.!;]|\band\b))",
    FLAGS,
)
WEIGHT_VERB = re.compile(
    r"\b(?:i weigh|my weight is|my body ?weight is|weight:)\s*(?:about |around |roughly |now )?"
    r"(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?|st|stones?)?\b",
    FLAGS,
)
WEIGHT_UNIT = re.compile(
    r"\b(?:i am|i'm)\s*(?:about |around )?(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b", FLAGS
)
HEIGHT_METRIC = re.compile(
    r"\b(?:i am|i'm|my height is|height:)\s*(?:about |around )?(\d{1,3}(?:\.\d+)?)\s*"
    r"(cm|centimet(?:er|re)s?|m|met(?:er|re)s?)?(?:\s+tall)?(?=\s*(?:$|[,.!;]|\band\b))",
    FLAGS,
)
HEIGHT_IMPERIAL = re.compile(
    r"\b(?:i am|i'm|my height is|height:)\s*(\d)\s*(?:'|ft\.?|feet|foot)\s*"
    r"(?:(\d{1,2}(?:\.\d)?)\s*(?:\"|''|in\.?|inch(?:es)?)?)?",
    FLAGS,
)
AGE = re.compile(
    r"\b(?:i am|i'm|im|my age is|age:)\s+(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s*old)?|\s*y/?o)?"
    r"(?=\s*(?:$|[,!;]|\.(?!\d)|\band\b))|\b(\d{1,3})\s*(?:years?|yrs?)\s*old\b",
    FLAGS,
)
SEX = re.compile(r"\bi(?:'m| am)\s+(?:a\s+)?(male|female|man|woman|guy|girl|boy|lady)\b", FLAGS)
GOALS = re.compile(r"\bmy (?:main |new |big )?goals? (?:is|are|is to) (?:to )?(.+?)\s*(?:$|[.!;])", FLAGS)
KEYED_FACT = re.compile(r"^my (.{1,60}?) (?:is|are|was) (.+)$", FLAGS)

MALE = {"male", "man", "guy", "boy"}


def _name(text: str) -> str | None:
    match = NAME.search(text)
    if not match:
        greeting = GREETING_NAME.match(text)
        return greeting.group(1) if greeting and greeting.group(1)[0].isupper() else None
    name = match.group(1).strip()
    return name.title() if name.islower() else name


def _weight(text: str) -> float | None:
    match = WEIGHT_VERB.search(text) or WEIGHT_UNIT.search(text)
    if not match:
        return None
    value, unit = float(match.group(1)), (match.group(2) or "kg").lower()
    if unit.startswith(("lb", "pound")):
        value *= LB_TO_KG
    elif unit.startswith("st"):
        value *= 14 * LB_TO_KG
    return round(value, 1)


def _height(text: str) -> float | None:
    match = HEIGHT_IMPERIAL.search(text)
    if match:
        inches = int(match.group(1)) * 12 + float(match.group(2) or 0)
        return round(inches * 2.54, 1)
    for match in HEIGHT_METRIC.finditer(text):
        value, unit = float(match.group(1)), (match.group(2) or "").lower()
        if unit.startswith("c"):
            return round(value, 1)
        said = match.group(0).lower()
        if not unit and "tall" not in said and "height" not in said:
            continue  # "I'm 34" is an age, not a height
        if unit.startswith("m") or (not unit and value < 3):
            return round(value * 100, 1)
        return round(value, 1)
    return None


def _age(text: str) -> int | None:
    match = AGE.search(text)
    return int(match.group(1) or match.group(2)) if match else None


def _goals(text: str) -> list[str] | None:
    match = GOALS.search(text)
    if not match:
        return None
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=to\s)", match.group(1))
    goals = [re.sub(r"^to\s+", "", p.strip(), flags=FLAGS) for p in parts]
    return [g for g in goals if g] or None


def profile_statements(text: str) -> dict[str, Any]:
    """The `remember` arguments stated in `text` (empty when it states none)."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    found: dict[str, Any] = {}
    candidates = {
        "name": _name(text),
        "weight_kg": _weight(text),
        "height_cm": _height(text),
        "age": _age(text),
        "goals": _goals(text),
    }
    sex = SEX.search(text)
    if sex:
        candidates["sex"] = "male" if sex.group(1).lower() in MALE else "female"
    found.update({key: value for key, value in candidates.items() if value is not None})
    return found


def keyed_fact(text: str) -> tuple[str, str] | None:
    """("favourite colour", "blue") from "my favourite colour is blue", else None."""
    match = KEYED_FACT.match(text.strip().rstrip(".!"))
    return (match.group(1).strip(), match.group(2).strip()) if match else None
