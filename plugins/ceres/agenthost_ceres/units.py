"""Units asked after an answer: "in litres please", "in lbs?", "and in ounces?", "how many cups is
that?" put the figures of the last answer (water a day, a weight, a meal's grams, its calories)
into the unit asked, and "what's 500 ml in cups?" converts one amount said with it.

Factors: 1 oz = 28.3495 g, 1 lb = 453.592 g, 1 US fl oz = 29.5735 ml, 1 UK pint = 568.261 ml
(NIST Handbook 44, Appendix C); a cup is the US nutrition-labelling cup of 240 ml (FDA, 21 CFR
101.9(b)(5)(viii)); 1 kcal = 4.184 kJ (FAO/WHO energy conversion).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

# unit name -> (family, size in the family's base unit: g, ml or kcal)
UNITS: dict[str, tuple[str, float]] = {
    "g": ("mass", 1.0),
    "kg": ("mass", 1000.0),
    "oz": ("mass", 28.3495),
    "lb": ("mass", 453.592),
    "ml": ("volume", 1.0),
    "litres": ("volume", 1000.0),
    "cups": ("volume", 240.0),
    "fl oz": ("volume", 29.5735),
    "pints": ("volume", 568.261),
    "kcal": ("energy", 1.0),
    "kJ": ("energy", 1 / 4.184),
}
SHOWN = {"cups": "cups (240 ml)", "pints": "UK pints", "fl oz": "fl oz"}

# How people name a unit, in the words Ceres reads (English, with Spanish/French/German/Italian forms).
_SPELLINGS = (
    ("fl oz", r"fl\.? ?oz|fluid ?ounces?|onzas? l[ií]quidas?"),
    ("kg", r"kgs?|kilos?|kilogram(?:me)?s?|kilogramos?|kilogrammes?|chilogrammi"),
    ("g", r"g|gr|grams?|grammes?|gramos?|grammi|gramm"),
    ("lb", r"lbs?|pounds?|libras?|livres?|pfund"),
    ("oz", r"oz|ounces?|onzas?|onces?|unzen?"),
    ("ml", r"ml|mls|millilit(?:re|er)s?|mililitros?|millilitri"),
    ("litres", r"l|ltrs?|lit(?:re|er)s?|lit(?:re|er)|litros?|litri|liter[n]?|litters?"),
    ("cups", r"cups?|tazas?|tasses?|tassen?"),
    ("pints", r"pints?|pintas?"),
    ("kcal", r"kcals?|cals?|calories?|calor[ií]as?|kalorien"),
    ("kJ", r"kj|kilojoules?|kilojulios?"),
)
_UNIT = "|".join(f"(?P<u{n}>{pattern})" for n, (_, pattern) in enumerate(_SPELLINGS))
_SYSTEMS = {"metric": ("g", "ml", "kcal"), "imperial": ("oz", "fl oz", "kcal")}

# The whole message asks for units: "in litres please", "and in ounces?", "what's that in kg",
# "convert it to lbs", "how many cups is that", "en litros por favor", "in metric?".
_ASKED = re.compile(
    rf"(?i)^\W*(?:(?:and|ok(?:ay)?|so|now|but|also|y|et|und|e|hmm+|sorry|thanks?|cool)\W+)*"
    rf"(?:(?:can|could|would) you\s+|pls\s+|please\s+)?"
    rf"(?:(?:what(?:'?s| is| are| would (?:that|it|those) be)|how much is|how much would)\s+(?:that|it|those|this|these)?\s*|"
    rf"(?:convert|change|put|give|show|tell|say|write)\s+(?:me\s+)?(?:that|it|those|this|these|the (?:figures?|numbers?|amounts?))?\s*|"
    rf"(?:(?:that'?s|that is|is that)\s+))?"
    rf"(?:in|into|to|en|auf|as)\s+(?:(?P<system>metric|imperial|us units|american units)|(?:us |uk |american )?(?:{_UNIT}))"
    rf"(?:\s+(?:instead|then|please|pls|plz|thanks|thx|por favor|s'il (?:te|vous) pla[iî]t|bitte|per favore))*\W*$"
)
# ("how many calories is that?" asks for a meal's energy, which the nutrient answers give.)
_HOW_MANY = re.compile(rf"(?i)^\W*(?:and\s+|so\s+|ok\s+)?how many\s+(?!cal|kcal)(?:us |uk )?(?:{_UNIT})\s+(?:is|are|would be|'?s)\s+(?:that|it|those|this)\W*$")
# One amount to convert: "what's 500 ml in cups?", "convert 150 lbs to kg", "how many ounces is 200g".
_NUMBER = r"\d+(?:[.,]\d+)?"
_ONE = re.compile(
    rf"(?i)^\W*(?:(?:what(?:'?s| is)|how much is|convert|how many\s+(?P<many>[a-z. ]{{1,16}}?)\s+(?:is|are|in))\s+)?(?P<n>{_NUMBER})\s*(?P<from>[a-z. ]{{1,18}}?)"
    rf"(?:\s+(?:in|into|to)\s+(?P<to>[a-z. ]{{1,18}}?))?(?:\s+please)?\W*$"
)
# A figure in an answer: "2 litres", "58–70 g", "2.5l", "535 kcal", "0.83–1 g per kg".
_FIGURE = re.compile(
    rf"(?<![\w.])(?P<a>{_NUMBER})(?:\s*(?:–|-|to)\s*(?P<b>{_NUMBER}))?\s?(?P<unit>{_UNIT})(?P<per>\s?(?:per|/|a) ?(?:kg|kilo(?:gram)?)\b)?(?![\w])",
)
# Nutrient grams ("62 g protein", "7.6 g fat") stay grams: nobody weighs protein in ounces.
_NUTRIENT = re.compile(r"(?i)^\s*(?:of\s+)?(?:protein|carbs?|carbohydrates?|fat|fibre|fiber|sugars?|salt|sat(?:urated|urates)?|alcohol)\b")


class Asked(NamedTuple):
    """What a units message asks: the target unit (or a system's units) and, for a one-off
    conversion, the amount said with it."""

    units: tuple[str, ...]
    amount: tuple[float, str] | None = None


def _unit_of(match: re.Match[str]) -> str | None:
    """The unit named by whichever `_UNIT` group matched."""
    for n, (name, _) in enumerate(_SPELLINGS):
        if match.groupdict().get(f"u{n}"):
            return name
    return None


def _unit_named(words: str) -> str | None:
    """The unit `words` name ("lbs", "fluid ounces"), or None."""
    found = re.fullmatch(rf"(?i)\s*(?:us |uk |american )?(?:{_UNIT})\s*", words or "")
    return _unit_of(found) if found else None


def asked_units(message: str) -> Asked | None:
    """The units a message asks for when it asks nothing else, or one amount to convert."""
    text = message.strip().lower().replace("’", "'")
    if found := _ASKED.match(text) or _HOW_MANY.match(text):
        system = found.groupdict().get("system")
        if system:
            return Asked(_SYSTEMS["metric" if system == "metric" else "imperial"])
        return Asked((unit,)) if (unit := _unit_of(found)) else None
    if (one := _ONE.match(text)) and (source := _unit_named(one.group("from"))):
        target = _unit_named(one.group("to") or one.group("many") or "")
        if target and UNITS[target][0] == UNITS[source][0] and target != source:
            return Asked((target,), (float(one.group("n").replace(",", ".")), source))
    return None


def _number(value: float, unit: str) -> str:
    """A converted figure rounded as a kitchen or a scale would show it."""
    if unit in ("kcal", "g", "ml") or value >= 100:
        step = 10 if unit in ("kJ", "ml") and value >= 100 else 1
        return f"{round(value / step) * step:,.0f}"
    if value >= 20:
        return f"{value:.0f}"
    return f"{value:.1f}".removesuffix(".0")


def _target_for(unit: str, targets: tuple[str, ...]) -> str | None:
    """Which of the asked units a figure in `unit` goes to (same family, another unit)."""
    family = UNITS[unit][0]
    return next((target for target in targets if UNITS[target][0] == family and target != unit), None)


def _convert(a: float, b: float | None, unit: str, target: str) -> str:
    """`a`(–`b`) `unit` written in `target`."""
    factor = UNITS[unit][1] / UNITS[target][1]
    low, high = a * factor, (b * factor if b is not None else None)
    figure = _number(low, target) + (f"–{_number(high, target)}" if high is not None else "")
    return f"{figure} {target}"


def _per_lb(a: float, b: float | None) -> str:
    """A g-per-kg rate as g per lb."""
    figure = f"{a / 2.20462:.2f}".rstrip("0").rstrip(".") + (f"–{b / 2.20462:.2f}".rstrip("0").rstrip(".") if b is not None else "")
    return f"{figure} g per lb"


def _sentences(text: str) -> list[str]:
    """`text` cut into lines and the lines into sentences, without the example and source lines."""
    parts: list[str] = []
    for line in text.splitlines():
        if not line.startswith(("Try ", "Source", "Tip:", "I've used")):
            parts += [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if part.strip()]
    return parts


def converted(text: str, targets: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The sentences of `text` that hold figures, each figure written in `targets` with the
    original after it in brackets; and the sentences that already gave a figure in an asked unit."""
    lines: list[str] = []
    already: list[str] = []
    for sentence in _sentences(text):
        changed = same = False

        def swap(found: re.Match[str]) -> str:
            nonlocal changed, same
            unit = _unit_of(found)
            if unit is None:
                return found.group(0)
            a = float(found.group("a").replace(",", "."))
            b = float(found.group("b").replace(",", ".")) if found.group("b") else None
            if found.group("per") and unit == "g" and "lb" in targets:
                changed = True
                return f"{_per_lb(a, b)} ({found.group(0).strip()})"
            if unit in targets:
                same = True
                return found.group(0)
            target = _target_for(unit, targets)
            if target is None or found.group("per") or (unit == "g" and target != "kg" and _NUTRIENT.match(sentence[found.end():])):
                return found.group(0)
            if unit == "g" and target == "lb" and a < 450:
                return found.group(0)  # a portion, not a body weight: "100 g of chicken" is no use as 0.2 lb
            changed = True
            return f"{_convert(a, b, unit, target)} ({found.group(0).strip()})"

        new = _FIGURE.sub(swap, sentence)
        if changed:
            lines.append(new)
        elif same:
            already.append(sentence)
    return lines, already


def units_reply(asked: Asked, last_answer: str) -> str:
    """The reply to a units message: the last answer's figures in the unit asked, one amount
    converted, or (when the last answer had none) what to say to get a conversion."""
    names = " and ".join(dict.fromkeys(SHOWN.get(unit, unit) for unit in asked.units if unit != "kcal")) or "kJ"
    if asked.amount is not None:
        value, unit = asked.amount
        target = asked.units[0]
        cup = " (a 240 ml cup)" if "cups" in (unit, target) else ""
        return f"{_number(value, unit)} {unit} is about {_convert(value, None, unit, target)}{cup}."
    if (weighed := _weighed_ingredients(last_answer, asked.units)) is not None:
        return f"In {names}:\n{weighed}"  # "in grams" after meal ideas: each food by weight, not in cups or slices
    lines, already = converted(last_answer, asked.units)
    if lines:
        shown = [line for line in lines if len(line) <= 400][:5] or [lines[0][:400]]
        return f"In {names}:\n" + "\n".join(shown)
    if already:
        return f"That's already in {names}: {already[0]}"
    return f"My last answer had no amounts to put in {names}. Tell me one, e.g. “what's 500 ml in cups?” or “150 lb in kg”."


# A food of a meal idea or a logged meal with its household measure and weight: "lettuce, romaine: 2 cups shredded (94 g)".
_INGREDIENT = re.compile(r"(?P<name>[^;:\n]+?): (?:(?P<said>[^;()\n]+?) \((?P<g>\d+(?:\.\d+)?) g\)|(?P<g2>\d+(?:\.\d+)?) g(?=;|\s*$))")
_IDEA_TITLE = re.compile(r"^\d+\. \*\*(?P<title>[^*]+)\*\*")


def _weighed_ingredients(text: str, targets: tuple[str, ...]) -> str | None:
    """The foods of meal ideas by weight in the mass unit asked ("lettuce, romaine: 94 g"), each
    idea's name first; None when the answer lists no foods in household measures."""
    target = next((unit for unit in targets if unit in ("g", "oz")), None)
    if target is None or not any(_IDEA_TITLE.match(line) for line in text.splitlines()):
        return None
    out: list[str] = []
    for line in text.splitlines():
        if (title := _IDEA_TITLE.match(line)) is not None:
            out.append(f"{title.group('title')}:")
        elif out and line.startswith("   ") and _INGREDIENT.search(line):
            foods = []
            for found in _INGREDIENT.finditer(line):
                grams = float(found.group("g") or found.group("g2"))
                figure = f"{grams:g} g" if target == "g" else f"{_convert(grams, None, 'g', target)} ({grams:g} g)"
                foods.append(f"{found.group('name').strip()}: {figure}")
            out.append("   " + "; ".join(foods))
    return "\n".join(out) if any(line.startswith("   ") for line in out) else None


_OWN_REPLY = re.compile(r"^(?:In [^:\n]{1,40}:\n|That's already in [^:\n]{1,40}: |My last answer had no amounts |[\d.,]+ [^\n]{1,20} is about )")


def last_figures(history: list[dict[str, Any]]) -> str:
    """The last answer in `history` that was not itself a conversion: the one whose figures a
    second "and in ml?" still means."""
    for record in reversed(history):
        text = record.get("text") or record.get("content")
        if record.get("role") == "assistant" and isinstance(text, str) and not _OWN_REPLY.match(text):
            return text
    return ""
