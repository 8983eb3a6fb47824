"""Body weights and heights written with a unit, in the user's units and in metric.

`find_measures(text)` returns every weight (kg, lb, stone and pounds) and height (cm, m, feet
and inches) written with a unit: where it is, what the user wrote in a tidy form ("5'10\"",
"9 st 2 lb") and the metric value (kg or cm). Numbers that are not real measurements (NaN,
1e400, negative, zero) are kept with a `problem`, so the caller asks instead of saving them.
Whether a measure is about the user ("I'm 80 kg") or not ("I lifted 80 kg") is decided in
`statements.py`, not here.
"""

from __future__ import annotations

import math
import re

from attrs import frozen

LB_TO_KG = 0.45359237
INCH_TO_CM = 2.54
# What `remember` accepts; the same limits are in its JSON schema.
WEIGHT_KG = (20.0, 400.0)
HEIGHT_CM = (50.0, 260.0)

# A number as people type it, including the ones that must be refused: "1e400", "NaN", "-5".
NUMBER = r"(?:[-−–]\s?)?(?:\d+(?:[.,]\d+)?(?:e[+-]?\d+)?|\.\d+|nan|inf(?:inity)?)"
_N = rf"(?<![\w.])({NUMBER})"
_END = r"(?![a-z])"

WEIGHT_PATTERNS = (
    # "11 st 2", "11st2" (typed with no spaces, like "5ft4")
    ("st", re.compile(rf"{_N}\s*(?:stones?|st(?![a-z])\.?)\s*(?:and\s+)?(?:({NUMBER})\s*(?:lbs?|pounds?){_END}|(\d{{1,2}})(?![\d.,]*\s*(?:kg|cm|lb|pounds|st|ft|'|\")))?", re.I)),
    ("lb", re.compile(rf"{_N}\s*(?:lbs?\.?|pounds?){_END}", re.I)),
    ("kg", re.compile(rf"{_N}\s*(?:kgs?|kilos?|kilograms?|kilogrammes?){_END}", re.I)),
)
HEIGHT_PATTERNS = (
    ("ft", re.compile(rf"{_N}\s*(?:'|ft(?![a-z])\.?|feet|foot)\s*(?:(\d{{1,2}}(?:\.\d)?)(?!\d)\s*(?:\"|''|in\b\.?|inch(?:es)?)?)?", re.I)),
    ("in", re.compile(rf"{_N}\s*(?:\"|inch(?:es)?{_END})", re.I)),
    ("cm", re.compile(rf"{_N}\s*(?:cms?|centimet(?:er|re)s?){_END}", re.I)),
    ("m", re.compile(rf"{_N}\s*(?:m|metres?|meters?){_END}", re.I)),
)


@frozen
class Measure:
    """One weight or height found in a text.

    `kind` is "weight" or "height"; `metric` its value in kg or cm (NaN, infinite or negative
    when the user wrote such a number: see `problem`); `said` the user's value and unit, tidied
    ("180 lb", "5'10\"", "68 kg"); `unit` the unit they used ("kg", "lb", "st", "cm", "m",
    "ft", "in"); `start`/`end` where it is in the text.
    """

    kind: str
    metric: float
    said: str
    unit: str
    start: int
    end: int

    @property
    def imperial(self) -> bool:
        """True when the user wrote it in pounds, stone, feet or inches."""
        return self.unit in ("lb", "st", "ft", "in")

    @property
    def problem(self) -> str | None:
        """Why this cannot be saved as the user's weight or height, or None."""
        return value_problem(self.metric, self.kind)


def to_number(text: str) -> float:
    """"80" -> 80.0, "68,5" -> 68.5, "1e400" -> inf, "NaN" -> nan, "−5" -> -5.0."""
    cleaned = re.sub(r"\s", "", text).replace("−", "-").replace("–", "-").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return math.nan


def value_problem(value: float, kind: str) -> str | None:
    """Why `value` (kg, cm or years) is not a real weight, height or age, or None when it is."""
    if math.isnan(value):
        return "not_a_number"
    if math.isinf(value):
        return "too_large"
    if value <= 0:
        return "not_positive"
    low, high = {"weight": WEIGHT_KG, "height": HEIGHT_CM, "age": (1, 120)}[kind]
    if not low <= value <= high:
        return "out_of_range"
    return None


def number_words(value: float) -> str:
    """80.0 -> "80", 68.46 -> "68.5"; 1e400 -> "1e400"-like text for an answer."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    return f"{round(value, 1):g}" if abs(value) < 1e6 else f"{value:.3g}"


def as_typed(raw: str) -> str:
    """The user's number for saying back: "1.75" stays "1.75", "080" becomes "80", and a
    number that is not real ("NaN", "1e400") is repeated as they wrote it."""
    value = to_number(raw)
    if math.isfinite(value) and abs(value) < 1e6:
        return f"{value:g}"
    return re.sub(r"\s", "", raw)


def kg_words(kg: float) -> str:
    """68.0 -> "68 kg"."""
    return f"{number_words(kg)} kg"


def cm_words(cm: float) -> str:
    """177.8 -> "178 cm" (a height is said to the centimetre)."""
    return f"{round(cm):d} cm" if math.isfinite(cm) else f"{cm} cm"


def feet_inches(cm: float) -> str:
    """177.8 -> 5'10\"."""
    inches = round(cm / INCH_TO_CM)
    return f"{inches // 12}'{inches % 12}\""


def pounds(kg: float) -> str:
    """81.6 -> "180 lb" (to the pound)."""
    return f"{round(kg / LB_TO_KG):d} lb"


def _weight(unit: str, match: re.Match[str]) -> tuple[float, str]:
    first, typed = to_number(match.group(1)), as_typed(match.group(1))
    if unit == "kg":
        return first, f"{typed} kg"
    if unit == "lb":
        return first * LB_TO_KG, f"{typed} lb"
    extra = match.group(2) or match.group(3)
    more = to_number(extra) if extra else 0.0
    said = f"{typed} st" + (f" {as_typed(extra)} lb" if extra else "")
    return (first * 14 + more) * LB_TO_KG, said


def _height(unit: str, match: re.Match[str]) -> tuple[float, str] | None:
    first, typed = to_number(match.group(1)), as_typed(match.group(1))
    if unit == "ft":
        inches = to_number(match.group(2)) if match.group(2) else 0.0
        if inches >= 12:
            return None  # "5' 13" is not feet and inches
        said = f"{typed}'{as_typed(match.group(2))}\"" if match.group(2) else f"{typed} ft"
        return (first * 12 + inches) * INCH_TO_CM, said
    if unit == "in":
        return first * INCH_TO_CM, f"{typed} in"
    if unit == "cm":
        return first, f"{typed} cm"
    # Metres: only a person's height (0.3 to 3 m) or a number to refuse; "100 m" is a distance.
    if math.isfinite(first) and 0 < first and not 0.3 <= first <= 3:
        return None
    return first * 100, f"{typed} m"


def _ordinal(match: re.Match[str], unit: str) -> bool:
    """"1st" or "21st" (an ordinal, not stone): a number ending in 1 with "st" glued to it."""
    said = match.group(0).lower()
    return unit == "st" and re.match(r"\d*1st\b", said) is not None and not said.startswith("11st")


def find_measures(text: str) -> list[Measure]:
    """Every weight and height written with a unit in `text`, in order, never overlapping."""
    found: list[Measure] = []
    taken = bytearray(len(text))  # characters already read as a measure

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    for kind, patterns in (("height", HEIGHT_PATTERNS), ("weight", WEIGHT_PATTERNS)):
        for unit, pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.start(), match.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                if not free(start, end) or _ordinal(match, unit):
                    continue
                value = _height(unit, match) if kind == "height" else _weight(unit, match)
                if value is None:
                    continue
                metric, said = value
                found.append(Measure(kind, metric, said, unit, start, end))
                taken[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda measure: measure.start)
