"""Free text about a meal ("2 eggs and a banana", "150 g chicken breast", "half an avocado")
turned into foods from the table, with quantities and weights.

The text is split into words, numbers and separators; a left-to-right scan reads an amount
("2", "two", "1 1/2", "half an", "a couple of"), an optional unit ("g", "cups", "slices of"),
then the longest food alias it can find. Words it cannot place are reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from agenthost_ceres.foods import Food, FoodTable, format_amount, singular

TOKEN = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[a-z]+(?:'[a-z]+)?|[.,;:+&!?()]")
UNICODE_FRACTIONS = {"½": " 1/2 ", "¼": " 1/4 ", "¾": " 3/4 ", "⅓": " 1/3 ", "⅔": " 2/3 "}
SEPARATORS = {".", ",", ";", ":", "+", "&", "!", "?", "(", ")", "and", "with", "plus", "then", "also", "or"}

# fmt: off
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "single": 1, "couple": 2, "pair": 2, "few": 3, "several": 3, "dozen": 12, "half": 0.5, "quarter": 0.25,
}
AFTER_A = {"half": 0.5, "quarter": 0.25, "couple": 2.0, "pair": 2.0, "few": 3.0, "dozen": 12.0}

UNITS = {
    "g": "g", "gram": "g", "gramme": "g", "gr": "g", "gm": "g", "kg": "kg", "kgs": "kg", "kilo": "kg", "kilogram": "kg",
    "oz": "oz", "ounce": "oz", "lb": "lb", "lbs": "lb", "pound": "lb",
    "ml": "ml", "millilitre": "ml", "milliliter": "ml", "l": "l", "litre": "l", "liter": "l",
    "cup": "cup", "tbsp": "tbsp", "tbs": "tbsp", "tablespoon": "tbsp", "tsp": "tsp", "teaspoon": "tsp",
    "slice": "slice", "piece": "piece", "serving": "serving", "portion": "serving", "helping": "serving",
    "bowl": "bowl", "bowlful": "bowl", "plate": "plate", "glass": "glass", "mug": "mug", "can": "can", "tin": "can",
    "bottle": "bottle", "scoop": "scoop", "handful": "handful", "link": "link", "clove": "clove", "stalk": "stalk",
    "bar": "bar", "square": "square", "box": "box", "pot": "container", "container": "container", "tub": "container",
    "pint": "pint", "fillet": "fillet", "breast": "breast", "patty": "patty", "strip": "strip", "rasher": "rasher",
    "wedge": "wedge", "spear": "spear", "floret": "floret", "leaf": "leaf", "cob": "cob", "ear": "ear",
    "block": "block", "bag": "bag", "packet": "bag", "pack": "bag", "shot": "shot",
}
# fmt: on
MASS_G = {"g": 1.0, "kg": 1000.0, "oz": 28.35, "lb": 453.6}
VOLUME_ML = {"ml": 1.0, "l": 1000.0, "fl oz": 29.57, "pint": 473.0, "shot": 30.0}
# Household measures for foods whose row names no such unit (grams).
GENERIC_G = {
    "cup": 240.0,
    "tbsp": 15.0,
    "tsp": 5.0,
    "glass": 240.0,
    "mug": 300.0,
    "can": 355.0,
    "bottle": 500.0,
    "handful": 30.0,
}
MEAL_WORDS = {
    "breakfast": "breakfast", "brunch": "breakfast", "lunch": "lunch", "dinner": "dinner", "supper": "dinner",
    "snack": "snack", "dessert": "snack",
}  # fmt: skip

# Words that carry no food: pronouns, verbs of eating, time words...
FILLER = set(
    """i i'm im i've ive i'd we me my our had have has having ate eat eaten eating drank drink drinking just also for
    of the some this that morning afternoon evening night tonight today yesterday earlier on in at to as was is it log add
    please got grabbed made cooked about around approximately roughly like bit little lot lots x enjoyed finished snacked
    bite bites side top topped each per very really quick nice tasty delicious meal food can could would will did do does
    then after before there so far""".split()
)
# ...and words that describe a food without changing which row it is ("large", "grilled").
MODIFIERS = set(
    """large medium small big huge jumbo mini extra regular grilled baked boiled fried roasted roast steamed scrambled
    poached raw fresh cooked plain homemade toasted sliced chopped diced frozen canned tinned organic skinless boneless
    hot cold iced warm unsweetened sweetened salted unsalted leftover thick thin full whole lean low fat free light
    natural sauteed pan stir heaped level generous""".split()
)


@frozen
class ParsedItem:
    """One food of a meal: how much (as said, and in grams) and its nutrients."""

    food: Food
    quantity: float
    unit: str | None  # None: counted ("2 eggs"); else a canonical unit ("g", "cup", "slice", ...)
    grams: float
    words: str
    assumed: str = ""

    @property
    def amount_text(self) -> str:
        """How much, in words: "2 large eggs (100 g)", "150 g", "1 cup (158 g)"."""
        if self.unit in MASS_G:
            if self.unit == "g":
                return f"{self.grams:.0f} g"
            return f"{format_amount(self.quantity)} {self.unit} ({self.grams:.0f} g)"
        each = self.food.units.get("each")
        if self.unit is None and self.food.portion_unit == "g" and each and self.quantity != 1:
            return f"{format_amount(self.quantity)} × {each:g} g ({self.grams:.0f} g)"
        if self.unit in (None, "serving") or self.unit == self.food.portion_unit.split()[0]:
            return self.food.describe_portions(self.grams / self.food.portion_grams)
        unit = self.unit if self.quantity <= 1 else _plural(self.unit)
        return f"{format_amount(self.quantity)} {unit} ({self.grams:.0f} g)"

    def to_json(self) -> dict[str, Any]:
        """The item as stored in meals.jsonl and returned by the tools."""
        record: dict[str, Any] = {
            "food_id": self.food.id,
            "name": self.food.name,
            "quantity": round(self.quantity, 3),
            "unit": self.unit or "each",
            "amount": self.amount_text,
            "grams": round(self.grams, 1),
            **self.food.per_grams(self.grams),
        }
        if self.assumed:
            record["assumed"] = self.assumed
        return record


@frozen
class ParsedMeal:
    """What the parser made of a text: the foods, the words it did not understand, and the
    meal named in the text (breakfast/lunch/dinner/snack) if any."""

    items: tuple[ParsedItem, ...]
    unrecognised: tuple[str, ...]
    meal_type: str | None


def tokenise(text: str) -> list[str]:
    """Lower-case words, numbers (with fractions) and separators; "150g" -> ["150", "g"]."""
    text = text.lower().replace("’", "'").replace("-", " ")
    for char, replacement in UNICODE_FRACTIONS.items():
        text = text.replace(char, replacement)
    return TOKEN.findall(text)


def parse_number(token: str) -> float | None:
    """A numeric token as a float ("2", "1.5", "1/2"), else None (also for words that float()
    would take: "nan", "inf", "infinity")."""
    if not token[:1].isdigit():
        return None
    if "/" in token:
        top, bottom = token.split("/")
        return int(top) / int(bottom) if int(bottom) else None
    try:
        return float(token)
    except ValueError:
        return None


def read_quantity(tokens: Sequence[str], i: int) -> tuple[float, int] | None:
    """An amount starting at tokens[i] and the index after it, or None."""
    n = len(tokens)
    token = tokens[i]
    value = parse_number(token)
    j = i + 1
    if value is not None:
        if j < n and "/" in tokens[j] and "/" not in token and (fraction := parse_number(tokens[j])) is not None:
            value += fraction
            j += 1
    elif token in ("a", "an"):
        if j < n and tokens[j] in AFTER_A:
            value = AFTER_A[tokens[j]]
            j += 1
        else:
            value = 1.0
    elif token in NUMBER_WORDS:
        value = float(NUMBER_WORDS[token])
    else:
        return None
    if tokens[j : j + 3] == ["and", "a", "half"]:
        value += 0.5
        j += 3
    if j < n and tokens[j] in ("dozen",):
        value *= 12
        j += 1
    elif j < n and tokens[j] in ("quarters", "halves", "thirds") and value >= 1:
        value *= {"quarters": 0.25, "halves": 0.5, "thirds": 1 / 3}[tokens[j]]
        j += 1
    while j < n and tokens[j] in ("a", "an", "of", "x"):
        j += 1  # "half a cup", "a couple of eggs", "a quarter of a cup", "2 x eggs"
    return value, j


def read_unit(tokens: Sequence[str], i: int) -> tuple[str, int] | None:
    """A unit starting at tokens[i] ("g", "cups", "fl oz", "slices of") and the index after it."""
    token = tokens[i]
    if token == "fl" and tokens[i + 1 : i + 2] == ["oz"]:
        unit, j = "fl oz", i + 2
    elif token in UNITS or singular(token) in UNITS:
        unit, j = UNITS.get(token) or UNITS[singular(token)], i + 1
    else:
        return None
    if tokens[j : j + 1] == ["of"]:
        j += 1
    return unit, j


def grams_for(food: Food, unit: str | None, quantity: float) -> tuple[float, str]:
    """The weight of `quantity` `unit`s of `food`, and a note when a generic measure was assumed."""
    units = food.units
    if unit in MASS_G:
        return quantity * MASS_G[unit], ""
    if unit is None:
        return quantity * units.get("each", food.portion_grams), ""
    if unit == "serving":
        return quantity * food.portion_grams, ""
    if unit in units:
        return quantity * units[unit], ""
    if unit == "tbsp" and "cup" in units:
        return quantity * units["cup"] / 16, ""
    if unit == "tsp" and ("tbsp" in units or "cup" in units):
        return quantity * (units["tbsp"] / 3 if "tbsp" in units else units["cup"] / 48), ""
    if unit == "cup" and "tbsp" in units:
        return quantity * units["tbsp"] * 16, ""
    if unit in ("bowl", "plate"):
        if "cup" in units:
            return quantity * units["cup"] * 1.5, f"1 {unit} ≈ 1½ cups"
        return quantity * food.portion_grams * 1.5, f"1 {unit} ≈ 1½ servings"
    if unit in VOLUME_ML:
        return quantity * VOLUME_ML[unit], "1 ml ≈ 1 g"
    if unit in GENERIC_G:
        return quantity * GENERIC_G[unit], f"1 {unit} ≈ {GENERIC_G[unit]:g} g"
    # A counting word ("piece", "slice", "fillet") for a food without that measure: one item.
    return quantity * units.get("each", food.portion_grams), ""


def meal_type_in(tokens: Sequence[str]) -> str | None:
    """The meal a text names ("for lunch I had ..."), if any."""
    for token in tokens:
        if token in MEAL_WORDS:
            return MEAL_WORDS[token]
    return None


def parse_meal(text: str, table: FoodTable) -> ParsedMeal:
    """Parse `text` into foods of `table` with quantities, plus the words not understood."""
    tokens = tokenise(text)
    items: list[ParsedItem] = []
    unknown: list[str] = []
    quantity: float | None = None
    unit: str | None = None
    start = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in SEPARATORS and not (token == "and" and tokens[i + 1 : i + 3] == ["a", "half"]):
            _note_dangling(tokens[start:i], unit, unknown)
            quantity, unit = None, None
            i += 1
            continue
        found = read_quantity(tokens, i)
        if found is not None and not _is_article_before_meal(tokens, i):
            if quantity is None and unit is None:
                start = i
            quantity, i = found
            continue
        unit_found = read_unit(tokens, i)
        # A unit counts after an amount ("2 cups") or before "of" ("cup of tea"), so the
        # verb in "I can eat" is not read as a can.
        if unit_found is not None and (quantity is not None or tokens[i + 1 : i + 2] == ["of"]):
            if quantity is None:
                start = i
            unit, i = unit_found
            continue
        match = table.match(tokens[i:])
        if match is not None:
            food, length = match
            end = i + length
            if quantity is None and unit is None:
                start = i
                trailing = _trailing_amount(tokens, end)
                if trailing is not None:
                    quantity, unit, end = trailing
            amount = quantity if quantity is not None else 1.0
            grams, assumed = grams_for(food, unit, amount)
            items.append(ParsedItem(food, amount, unit, grams, " ".join(tokens[start:end]), assumed))
            quantity, unit = None, None
            i = end
            continue
        if token not in FILLER and token not in MODIFIERS and token not in MEAL_WORDS and token not in ("a", "an"):
            unknown.append(token)
        i += 1
    _note_dangling(tokens[start:], unit, unknown)
    return ParsedMeal(tuple(items), tuple(dict.fromkeys(unknown)), meal_type_in(tokens))


def _note_dangling(words: Sequence[str], unit: str | None, unknown: list[str]) -> None:
    """ "2 slices" with no food after it: report it rather than drop it silently."""
    if unit is not None and not (unknown and unknown[-1] in words):
        unknown.append(" ".join(words))


def _is_article_before_meal(tokens: Sequence[str], i: int) -> bool:
    """ "for a snack": the "a" is an article, not an amount."""
    return tokens[i] in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in MEAL_WORDS


def _trailing_amount(tokens: Sequence[str], j: int) -> tuple[float, str | None, int] | None:
    """An amount written after the food: "chicken breast 150g", "eggs x2", "rice (200 g)"."""
    if j < len(tokens) and tokens[j] == "(":
        j += 1
    if j < len(tokens) and tokens[j] == "x" and j + 1 < len(tokens):
        value = parse_number(tokens[j + 1])
        return (value, None, j + 2) if value else None
    if j < len(tokens) and (value := parse_number(tokens[j])) is not None:
        unit = read_unit(tokens, j + 1) if j + 1 < len(tokens) else None
        if unit is not None and (unit[0] in MASS_G or unit[0] in VOLUME_ML):
            return value, unit[0], unit[1]
    return None


def _plural(unit: str) -> str:
    if unit in MASS_G or unit in VOLUME_ML or unit in ("tbsp", "tsp"):
        return unit
    if unit.endswith(("ch", "sh", "s", "x")):
        return unit + "es"
    if unit.endswith("f"):
        return unit[:-1] + "ves"
    return unit + "s"
