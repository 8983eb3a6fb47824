"""Free text about a meal ("2 eggs and a banana", "150 g chicken breast", "half an avocado",
"a big mac, large fries and a milkshake", "oatmeal yesterday and pizza last night") turned
into foods from the table, with quantities, weights, and the meal and day each was eaten.

The text is split into words, numbers and separators; a left-to-right scan reads an amount
("2", "two", "1 1/2", "half an", "a couple of"), an optional unit ("g", "cups", "slices of"),
then the longest food alias it can find. Words it cannot place are reported, never guessed;
a misspelt food word is repaired only when one food word is that close (`fuzzy`). Amounts
that cannot be right (NaN, 1e400, negative, zero, 5,000 eggs) become questions, not items.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from attrs import evolve, frozen

from host.typos import KNOWN_WORDS as HOST_KNOWN_WORDS

from agenthost_ceres.descriptors import FREE_FROM_WORDS, describe_percentages
from agenthost_ceres.clock_times import as_meal_words
from agenthost_ceres.dates import When, find_when, today
from agenthost_ceres.emoji import with_words
from agenthost_ceres.routing import SCORER as ROUTING_SCORER
from agenthost_ceres.foods import Food, FoodTable, format_amount, normalise, singular

TOKEN = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[a-z]+|[.,;:+&!?()]")
# Amounts that are not usable numbers: scientific notation ("1e400") and negatives ("-2",
# "minus 2"). A hyphen inside a word ("hard-boiled", "2-egg") is not a minus sign.
# A minus sign is a negative amount ("-2 eggs", "minus 3"); a dash and a space after a word is a
# list's dash ("breakfast - 2 eggs | lunch - 150g salmon"), not a sign.
UNUSABLE_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?e[+-]?\d+\b|(?<![\w)])-\d+(?:\.\d+)?|^\s*-\s\d+(?:\.\d+)?|\b(?:minus|negative)\s+\d+(?:\.\d+)?|\b\d+/0+\b")
BAD_NUMBER = "unusablenumber"
NUMERIC = re.compile(r"^\d+(?:\.\d+)?(?:/\d+)?$")
NOT_NUMBERS = {"nan", "inf", "infinity", "infinite", "unlimited", "endless", "countless"}
MAX_ITEM_GRAMS = 3000
MAX_ITEM_KCAL = 4000
CLAUSE_BREAKS = {",", ";", ".", "!", "?", "and", "then", "plus", "&", "but", "also", "after", "before"}
# Common words that are not foods and must never be "repaired" into one.
KNOWN_WORDS = set(
    """doable realistic achievable feasible possible skint payday broke cheaper partner starving starved ravenous famished hangry peckish fridge cupboards cupboard about actually after again ago all already also always another anything around because been before being
    between both bought breakfast brunch but cheers could day days dont each earlier else enough even every
    everything fine from gonna good great half have having here how just last later little lots made maybe meal
    meals mine more most much must myself need needed nothing now only order ordered other ours over pretty quite
    really right same should since some something still such sure take than thank thanks that their them then there
    these they thing think this those though through today together tomorrow too tried tries under until usual very
    want wanted week well went were what when where which while whole will with without would yeah yes yesterday
    your you who are the and for not but can all any had her him his how its let may new now old one our out own say
    see she too two use was way why yet get got put set run ran try did does doing done say says said tell told ask
    asked give gave keep kept call feel felt look looks like love hate hope help mean means next open okay play read
    real show stop sure work working worked year years month months time times hour hours minute minutes daily body
    heart health healthy diet food foods meal meals plan plans weight gym workout exercise run running walk walking
    sleep tired happy sad stress stressed water coffee drink drinks drinking sick ill unwell vomit vomiting puke
    throw throwing pills tablets laxative laxatives lighter heavier period periods dizzy faint bloated bloat gain
    dog dogs cat cats puppy kitten pet pets vet""".split()
)
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
    "cl": "cl", "centilitre": "cl", "centiliter": "cl", "dl": "dl", "decilitre": "dl", "deciliter": "dl",
    "cup": "cup", "tbsp": "tbsp", "tbs": "tbsp", "tablespoon": "tbsp", "tsp": "tsp", "teaspoon": "tsp",
    "slice": "slice", "piece": "piece", "peice": "piece", "serving": "serving", "portion": "serving", "helping": "serving",
    "bowl": "bowl", "bowlful": "bowl", "plate": "plate", "glass": "glass", "mug": "mug", "can": "can", "tin": "can",
    "bottle": "bottle", "scoop": "scoop", "handful": "handful", "link": "link", "clove": "clove", "stalk": "stalk",
    "bar": "bar", "square": "square", "box": "box", "pot": "container", "container": "container", "tub": "container",
    "pint": "pint", "fillet": "fillet", "breast": "breast", "patty": "patty", "strip": "strip", "rasher": "rasher",
    "wedge": "wedge", "spear": "spear", "floret": "floret", "leaf": "leaf", "cob": "cob", "ear": "ear",
    "block": "block", "bag": "bag", "packet": "bag", "pack": "bag", "shot": "shot", "whole": "whole", "double": "double",
    "schooner": "schooner", "middy": "middy", "stubby": "stubby",
    "jar": "jar", "finger": "finger", "spoon": "tbsp", "spoonful": "tbsp", "splash": "splash", "dash": "splash", "drop": "splash", "drizzle": "tbsp",
}
# fmt: on
# Measures whose size is a guess: a weight said later in the sentence replaces them.
VAGUE_UNITS = {"bowl", "plate", "serving", "handful", "container", "bag", "box", "mug", "glass"}
MASS_G = {"g": 1.0, "kg": 1000.0, "oz": 28.35, "lb": 453.6}
# A pint is the UK's 568 ml unless the message says US/American or measures in other US units
# ("a pint of beer and an 8 oz steak"): then the US pint, 473 ml. The reply names which.
VOLUME_ML = {"ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0, "fl oz": 29.57, "pint": 568.0, "us pint": 473.0, "shot": 30.0,
             "schooner": 425.0, "middy": 285.0, "stubby": 375.0}  # Australian beer measures: a schooner 425 ml, a middy 285 ml, a stubby bottle 375 ml
US_MEASURES = re.compile(r"\b(?:\d+(?:\.\d+)?\s*(?:oz|ounces?|lbs?|pounds?)|fl oz|quarts?|gallons?)\b")
PINT_NAMES = {"pint": "UK pint", "us pint": "US pint"}
# What holds a drink or a food whose size a measure before it gives ("a 330ml can", "a 500 ml
# bottle", "a 250ml glass"): the measure is the amount, the container only says what it came in.
SIZED_CONTAINERS = {"can", "bottle", "glass", "mug", "cup", "container", "bag", "box", "jar", "carton", "bowl", "plate"}
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
    "splash": 30.0,  # a splash of milk in a coffee or tea: about 2 tablespoons
    "jar": 500.0,  # a jar of sauce: 500 g in UK shops (US jars are 24 oz, 680 g)
}
# Weighed dry ("150 g dry penne"): the table holds these cooked, so the weight is what it
# cooks up to (USDA FoodData Central: kcal per 100 g dry over kcal per 100 g cooked).
DRY_TO_COOKED = {
    "pasta": 2.35, "whole_wheat_pasta": 2.35, "white_rice": 2.8, "brown_rice": 3.0, "quinoa": 3.07, "couscous": 3.36,
    "lentils": 3.03, "egg_noodles": 2.8, "rice_noodles": 2.8, "bulgur": 2.9, "oatmeal": 5.5, "millet": 3.1, "buckwheat": 3.8,
}
DRY_WORDS = {"dry", "dried", "uncooked", "raw", "weighed"}
MEAL_WORDS = {
    "breakfast": "breakfast", "brunch": "breakfast", "lunch": "lunch", "dinner": "dinner", "supper": "dinner",
    "snack": "snack", "snacks": "snack", "snacked": "snack", "snacking": "snack", "dessert": "snack", "brekkie": "breakfast", "brekky": "breakfast", "bfast": "breakfast",
    "merienda": "snack", "almusal": "breakfast", "tanghalian": "lunch", "hapunan": "dinner",  # Filipino meals
}  # fmt: skip

# Words that carry no food: pronouns, verbs of eating, time words...
FILLER = set(
    """i i'm im i've ive i'd we me my our had have has having ate eat eaten eating drank drunk drink drinking just also for
    of the some this that morning afternoon evening night tonight today yesterday earlier on in at to as was is it log add
    please got grabbed made cooked about around approximately roughly like bit little lot lots x enjoyed finished snacked
    bite bites side top topped each per very really quick nice tasty delicious meal food can could would will did do does
    then after before there so far id oops actually sorry ordered bought picked up from devoured munched scoffed wolfed
    shared split tried yummy lol amount amounts number gym workout training session class practice match game though
    anyway well hey okay ok yes yeah only mean meant correction mcdonalds mcdonald maccies maccas mickey ds starbucks chipotle subway pret greggs
    pls plz please fine lol haha work office desk know deal forgot forget forgotten watching watched while during telly tv am pm ish later
    cracked stirred chucked thrown tossed dropped washed down another timmies timmys tims hortons real seriously
    you u ya note jot write myself arvo judge judging""".split()
)
# Ceres' routing words ("gain", "portion", "cook") are words, not typos of a food.
ROUTING_WORDS = ROUTING_SCORER.words
# Wine by the glass as UK bars and restaurants pour it (the Weights and Measures Order 1988
# sizes: 125 ml small, 175 ml standard, 250 ml large); the table's own glass is 5 fl oz.
WINE_GLASS_SIZES = {"small": 125.0, "medium": 175.0, "standard": 175.0, "large": 250.0, "big": 250.0}
# Size words that pick a sized row of the table ("large fries", "footlong ... sub").
SIZE_WORDS = {"small", "medium", "large", "big", "regular", "footlong", "sixinch", "tall", "grande", "venti", "kids"}
# Chain names of two words, skipped as a whole so "burger king" does not log a burger.
BRAND_PHRASES = {("burger", "king"), ("panda", "express"), ("taco", "bell"), ("pizza", "hut"), ("five", "guys"), ("krispy", "kreme")}
CHAIN_WORDS = {"mcdonalds", "kfc", "starbucks", "chipotle", "subway", "greggs", "pret", "costa", "nandos", "dominos", "wendys", "popeyes"}
# ...and words that describe a food without changing which row it is ("large", "grilled").
MODIFIERS = set(
    """large medium small big huge jumbo mini extra regular grilled baked boiled fried roasted roast steamed scrambled
    poached raw fresh cooked plain homemade toasted sliced chopped diced frozen canned tinned organic skinless boneless
    hot cold iced warm unsweetened sweetened salted unsalted leftover thick thin full whole lean low fat free light
    natural sauteed pan stir heaped level generous dry uncooked proper mushy""".split()
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
    start: int = 0  # token span of the item in the parsed text
    end: int = 0
    said: str = ""  # the food as the user wrote it ("chocolate milkshake", "crisps")
    meal_type: str | None = None  # the meal and day its clause names, if any
    day: date | None = None

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
        sized = re.match(r"^(small|large|extra large) ≈", self.assumed or "")
        if sized and self.unit is None and self.food.portion_unit.startswith("medium "):
            noun = self.food.portion_unit.split(" ", 1)[1] if self.quantity <= 1 else (self.food.portion_plural or self.food.portion_unit).split(" ", 1)[-1]
            return f"{format_amount(self.quantity)} {sized.group(1)} {noun} ({self.grams:.0f} g)"  # "1 extra large banana (153 g)"
        if self.unit in (None, "serving") or self.unit == self.food.portion_unit.split()[0]:
            return self.food.describe_portions(self.grams / self.food.portion_grams)
        if self.unit in PINT_NAMES:  # "1 UK pint (568 ml)": which pint was read, in the reply
            pints = PINT_NAMES[self.unit] if self.quantity <= 1 else _plural(PINT_NAMES[self.unit])
            return f"{format_amount(self.quantity)} {pints} ({self.quantity * VOLUME_ML[self.unit]:.0f} ml)"
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
            "words": self.words,
            "said": self.said,
        }
        if self.assumed:
            record["assumed"] = self.assumed
        return record


@frozen
class Problem:
    """An amount that cannot be logged as said, and the question to ask about it."""

    kind: str  # "not_a_number", "zero" or "too_much"
    amount: str  # the amount as written ("1e400", "-2", "5000")
    food_words: str  # the food as written ("eggs", "big macs")
    food: Food
    grams: float = 0.0
    kcal: float = 0.0

    def why_not_a_number(self) -> str:
        """What is wrong with an amount that is not a number, without reading a figure like
        "1e400" or "NaN" back (it would look accepted): negative, too large, or no number."""
        amount = self.amount.lower()
        if amount.startswith(("-", "minus", "negative")):
            return f"“{self.amount}” is a negative amount, so I can't log it."
        if re.search(r"\de", amount) or "/0" in amount:
            return "That number is far too large to be a real amount, so I can't log it."
        if re.fullmatch(r"infinity|infinty|infinite amounts|endless|a zillion|zillions", amount):
            return "No judgement, it happens!"  # "I ate infinity pringles 😭": a feeling, asked back as an amount
        return "That isn't a number I can log."

    @property
    def question(self) -> str:
        """A clear question for the user: what amount did they mean?"""
        said = f"{self.amount} {self.food_words}".strip()
        ask = f"How many {_plural_words(self.food_words)} did you have?" if "each" in self.food.units else f"How much {self.food_words} did you have?"
        if self.food.portion_unit in CONTAINERS and self.food.portion_amount == 1:
            ask += f" Roughly is fine, e.g. “half a {self.food.portion_unit}” or “a whole {self.food.portion_unit}” ({self.food.portion_description})."
        if self.kind == "not_a_number":
            return f"{self.why_not_a_number()} {ask}"
        if self.kind == "zero":
            return f"“{said}” is nothing to log. {ask}"
        weight = f"{self.grams / 1000:,.1f}".rstrip("0").rstrip(".") + " kg" if self.grams >= 1000 else f"{self.grams:,.0f} g"
        return f"“{said}” would be {weight} and about {self.kcal:,.0f} kcal, which can't be right. {ask}"


# Portions that come as one container, which a rough answer names ("half a tube").
CONTAINERS = frozenset({"tube", "bag", "tub", "pack", "packet", "bottle", "jar", "box", "carton", "can", "bar", "pizza", "tray"})


@frozen
class ParsedMeal:
    """What the parser made of a text: the foods, the words it did not understand, the meal
    named in the text (breakfast/lunch/dinner/snack) if any, the typos it repaired (as
    (typed, read) pairs), the amounts it could not accept, and the days the text names."""

    items: tuple[ParsedItem, ...]
    unrecognised: tuple[str, ...]
    meal_type: str | None
    repairs: tuple[tuple[str, str], ...] = ()
    problems: tuple[Problem, ...] = ()
    days: tuple[date, ...] = ()


def tokenise(text: str) -> list[str]:
    """Lower-case words, numbers (with fractions) and separators; "150g" -> ["150", "g"],
    "McDonald's" -> ["mcdonalds"]."""
    text = with_words(text).lower().replace("’", "").replace("'", "").replace("-", " ")
    for char, replacement in UNICODE_FRACTIONS.items():
        text = text.replace(char, replacement)
    if not text.isascii():  # "rosé", "café", "jalapeño", "crème fraîche": the letters without their accents
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return TOKEN.findall(text)


def parse_number(token: str) -> float | None:
    """A numeric token as a float ("2", "1.5", "1/2"), else None (words such as "nan" and
    "inf", which Python's float() would accept, are not numbers here)."""
    if not NUMERIC.match(token):
        return None
    if "/" in token:
        top, bottom = token.split("/")
        return int(top) / int(bottom) if int(bottom) else None
    return float(token)


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
    elif token in ("us", "american", "uk", "british", "imperial") and singular(tokens[i + 1] if i + 1 < len(tokens) else "") == "pint":
        unit, j = ("us pint" if token in ("us", "american") else "pint"), i + 2
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
    if unit is None and quantity < 1 and "whole" in units:
        return quantity * units["whole"], ""  # "half a pizza" is half the pizza, not half a slice
    if unit is None:
        return quantity * units.get("each", food.portion_grams), ""
    if unit == "serving":
        return quantity * food.portion_grams, ""
    if unit in units:
        return quantity * units[unit], ""
    if unit == "double":  # "a double espresso", "a double cheeseburger": twice the usual one
        return quantity * 2 * units.get("each", food.portion_grams), ""
    if unit == "tbsp" and "cup" in units:
        return quantity * units["cup"] / 16, ""
    if unit == "tsp" and ("tbsp" in units or "cup" in units):
        return quantity * (units["tbsp"] / 3 if "tbsp" in units else units["cup"] / 48), ""
    if unit == "cup" and "tbsp" in units:
        return quantity * units["tbsp"] * 16, ""
    if unit in ("bowl", "plate"):
        if food.recipe and food.portion_unit in ("bowl", "plate", "portion", "pan"):
            return quantity * food.portion_grams, ""  # "a bowl of dal with rice": the dish's own serving is that bowl or plate
        if "cup" in units:
            return quantity * units["cup"] * 1.5, f"1 {unit} ≈ 1½ cups"
        return quantity * food.portion_grams * 1.5, f"1 {unit} ≈ 1½ servings"
    if unit in VOLUME_ML and "scoop" in units and "protein" in food.id:
        # "a 500 ml protein shake": the drink made from a scoop of powder, not 500 g of powder
        scoops = max(1, round(quantity * VOLUME_ML[unit] / 500))
        return scoops * units["scoop"], f"a shake ≈ {scoops} scoop{'s' if scoops > 1 else ''} of powder"
    if unit in VOLUME_ML:
        return quantity * VOLUME_ML[unit], "1 ml ≈ 1 g"
    if unit in GENERIC_G:
        return quantity * GENERIC_G[unit], f"1 {unit} ≈ {GENERIC_G[unit]:g} g"
    # A counting word ("piece", "slice", "fillet") for a food without that measure: one item.
    return quantity * units.get("each", food.portion_grams), ""


def meal_type_in(tokens: Sequence[str]) -> str | None:
    """The meal a text names ("for lunch I had ...", "work snacks"), if any."""
    for token in tokens:
        if token in MEAL_WORDS or singular(token) in MEAL_WORDS:
            return MEAL_WORDS.get(token) or MEAL_WORDS[singular(token)]
    return None


def parse_meal(text: str, table: FoodTable, reference: date | None = None) -> ParsedMeal:
    """Parse `text` into foods of `table` with quantities, the meal and day each belongs to,
    the words not understood, the typos repaired and the amounts that cannot be right.

    Cached (the result is immutable): one turn reads its message several times."""
    return _parse_meal(text, table, reference or today())


@lru_cache(maxsize=512)
def _parse_meal(text: str, table: FoodTable, reference: date) -> ParsedMeal:
    tokens, bad_numbers = _prepare(text)
    whens = [w for w in find_when(tokens, reference) if tokens[w.end - 1 : w.end + 1] != ["sunday", "roast"]]  # a dish, not a day
    in_when = {index for when in whens for index in range(when.start, when.end)}
    repairs: dict[str, str] = {}
    for index, token in enumerate(tokens):
        if index not in in_when and _unknown_word(token, table):
            fixed = table.speller.repair(token)
            if fixed is not None:
                repairs[token] = fixed
                tokens[index] = fixed
    items: list[ParsedItem] = []
    problems: list[Problem] = []
    unknown: list[str] = []
    quantity: float | None = None
    count: float | None = None  # "2 330ml cans": the 2, until the container says the 330 ml is each one's
    unit: str | None = None
    bad: str | None = None  # the amount as written, when it is not a number we can use
    chain: tuple[str, ...] = _chain_as_place(tokens)  # the chain the message names ("five guys", "... from chipotle"), whose items come first
    start = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in in_when:
            i += 1
            continue
        if token in SEPARATORS and not (token == "and" and tokens[i + 1 : i + 3] == ["a", "half"]):
            _note_dangling(tokens[start:i], unit, unknown)
            quantity, unit, bad = None, None, None
            i += 1
            continue
        if token in ("from", "at", "fae", "frae", "after") and (place := _place_end(tokens, i + 1)) is not None:
            i = place  # "from the taco truck", "at the kebab shop": where it came from, not one more taco
            continue
        if token == BAD_NUMBER or (token in NOT_NUMBERS and _food_or_unit_next(tokens, i + 1, table)):
            start, bad = i, (bad_numbers.pop(0) if token == BAD_NUMBER else token)
            i += 1
            continue
        branded = False
        if tuple(tokens[i : i + 2]) in BRAND_PHRASES or tokens[i] in CHAIN_WORDS:
            brand = tuple(tokens[i : i + 2]) if tuple(tokens[i : i + 2]) in BRAND_PHRASES else (tokens[i],)
            chain = normalise(brand)  # "regular fries" later in the message are this chain's
            own = table.match(tokens[i:])
            after = table.match(tokens[i + len(brand) :])
            # "subway footlong meatball marinara": the longer name after the chain's, not "subway footlong"
            if own is None or own[1] <= len(brand) or (after is not None and after[1] > own[1] - len(brand)):
                i += len(brand)
                continue
            branded = True  # "five guys cheeseburger": the chain's row, and "five" is no amount
        found = None if branded else read_quantity(tokens, i)
        if found is not None and not tokens[i].replace(".", "").isdigit():
            named = table.match(tokens[i + (tokens[i] in ("a", "an")) :])
            if named is not None and named[1] >= 2:
                found = None  # "a quarter pounder": a food whose name starts with a number word
                if tokens[i] in ("a", "an"):
                    quantity, start, i = 1.0, i, i + 1
                    continue
        if found is not None and not _is_article_before_meal(tokens, i):
            if quantity is None and unit is None:
                start = i
            # "2 330ml cans", "two 500 ml bottles": how many, then each one's size
            count = quantity if quantity is not None and unit is None and _measure_then_container(tokens, found[1]) else None
            quantity, i = found
            continue
        unit_found = read_unit(tokens, i)
        if unit_found is not None and unit_found[0] == "whole" and (
            table.match(tokens[i:]) is not None or tokens[i + 1 : i + 2] in (["wheat"], ["grain"], ["grains"], ["milk"], ["food"], ["foods"])
        ):
            unit_found = None  # "a whole wheat bagel": part of a food's name, not "a whole one"
        if unit_found is not None and unit_found[0] == "double" and (named := table.match(tokens[i:])) is not None and named[1] >= 2:
            unit_found = None  # "a medium double double": a coffee's name, not a double measure
        # A unit counts after an amount ("2 cups") or before "of" ("cup of tea"), so the
        # verb in "I can eat" is not read as a can.
        if unit_found is not None and (quantity is not None or bad is not None or tokens[i + 1 : i + 2] == ["of"]):
            if quantity is None and bad is None:
                start = i
            if unit_found[0] in SIZED_CONTAINERS and (unit in VOLUME_ML or unit in MASS_G) and unit != "shot":
                i = unit_found[1]  # "a 330ml can of coke": 330 ml, not 330 cans
                if count is not None and quantity is not None:
                    quantity, count = quantity * count, None  # "2 500ml bottles of water": 1000 ml
                continue
            unit, i = unit_found
            continue
        chained, plain = _chain_match(tokens, i, chain, table), table.match(tokens[i:])
        if chained is not None and plain is not None and plain[1] > chained[1]:
            chained = None  # "subway footlong meatball marinara": the longer name, not the chain's "footlong"
        match = chained or _sized_match(tokens, i, table) or plain
        if match is not None:
            food, length = match
            end = i + length
            if quantity is None and unit is None and bad is None:
                start = i
                trailing = _trailing_amount(tokens, end)
                if trailing is not None:
                    quantity, unit, end = trailing
            words = " ".join(tokens[start:end])
            food_words = " ".join(tokens[i : i + length])
            if bad is None and (later := _later_amount(tokens, end, table)) and (
                quantity is None and unit is None or unit in VAGUE_UNITS and (later[1] in MASS_G or later[1] in VOLUME_ML)
                or unit is None and quantity == 1 and tokens[start] in ("a", "an") and (later[1] in MASS_G or later[1] in VOLUME_ML)
            ):  # "a cola (0.5 l)": the volume said after "a" one
                quantity, unit, end = later  # "a bowl of rice, about 200g cooked": the weight said, not a usual bowl
            amount = quantity if quantity is not None else 1.0
            if quantity is None and unit is None and bad is None and _many_small(food, food_words):
                unit = "serving"  # "grapes", "some almonds": a usual portion
            each = _size_of_each(tokens, end)
            if each is not None and bad is None and amount > 0:
                unit, amount, end = each[0], amount * each[1], each[2]
            if bad is not None:
                problems.append(Problem("not_a_number", bad, food_words, food))
            elif amount <= 0:
                problems.append(Problem("zero", format_amount(amount), food_words, food))
            else:
                grams, assumed = grams_for(food, unit, amount)
                if unit == "glass" and "wine" in food.id and (size := WINE_GLASS_SIZES.keys() & set(tokens[start:i])):
                    glass = WINE_GLASS_SIZES[min(size)]  # "a large glass of red": 250 ml, as UK bars pour it
                    grams, assumed = amount * glass, f"a {min(size)} glass of wine ≈ {glass:g} ml"
                if unit in (None, "each", "") and food.portion_unit.startswith("medium") and (size := _whole_size(_words_before(tokens, i))):
                    grams *= WHOLE_SIZES[size]  # "a really big banana": a large one, not the medium the row is
                    assumed = f"{size} ≈ {grams / amount:.0f} g each"
                if food.id in DRY_TO_COOKED and unit in MASS_G and DRY_WORDS & set(tokens[start : end + 1]):
                    grams *= DRY_TO_COOKED[food.id]
                    assumed = f"{format_amount(amount)} {unit} dry ≈ {grams:.0f} g cooked"
                item = ParsedItem(food, amount, unit, grams, words, assumed, start=start, end=end, said=food_words)
                kcal = food.kcal * grams / food.portion_grams
                if grams > MAX_ITEM_GRAMS or kcal > MAX_ITEM_KCAL:
                    amount_words = " ".join(tokens[start:i]) or format_amount(amount)
                    problems.append(Problem("too_much", amount_words, food_words, food, grams=grams, kcal=kcal))
                else:
                    items.append(item)
            quantity, unit, bad = None, None, None
            i = end
            continue
        free_from = token in FREE_FROM_WORDS and tokens[i + 1 : i + 2] == ["free"]  # "a gluten free bagel": the bagel's kind
        if token not in FILLER and token not in MODIFIERS and singular(token) not in MEAL_WORDS and token not in ("a", "an", "gf") and not free_from:
            unknown.append(token)
        i += 1
    _note_dangling(tokens[start:], unit, unknown)
    items = _without_listed_dishes(tokens, items, table)
    items = _assign_meals_and_days(tokens, items, whens)
    return ParsedMeal(
        tuple(items),
        tuple(dict.fromkeys(unknown)),
        meal_type_in(tokens),
        repairs=tuple(repairs.items()),
        problems=tuple(problems),
        days=tuple(dict.fromkeys(when.day for when in whens)),
    )


# "for tea", "had ... for my tea", "what's for tea": in Britain the evening meal.
TEA_AS_MEAL = re.compile(
    r"\b(for (?:my |our |your )?)tea\b(?! (?:and|with|or)\b)"
    r"|\b((?:last nights?|tonights?|yesterdays?|todays?|my|our|the kids|his|her) )tea(?= (?:was|is|were|tonight|last night)\b)"
)
# "burger and chips", "steak and chips", "a portion of chips", "chips and gravy": chips as the
# British say it (fries); "a bag of chips" and "a sandwich and chips" stay crisps.
CHIPS_AS_FRIES = re.compile(
    r"\b((?:burgers?|steaks?|eggs?|sausages?|pies?|scampi|chicken|kebabs?|nuggets|gammon|pasty|battered (?!fish\b)\w+|chippy|portion of|side of|bowl of|cone of|plate of|"
    r"schnitzels?|schnitty|escalopes?|parmis?|parmas?|parmigiana|cutlets?|ribs|wings|fillets?|mixed grill|hot dogs?|pork chops?|lamb chops?)"
    r"(?:\s+(?:and|&|n|with))?)\s+chips\b"
    r"|(?<!peri )(?<!piri )(?<!fish and )(?<!fish n )(?<!fish & )(?<!fish an )\b(chips)(?=\s+(?:and|with|&)\s+(?:gravy|curry sauce|mayo|ketchup|peas|mushy peas|cheese|salad|side salad|coleslaw|slaw|veg|vegetables))"
    r"|(?<!fish and )(?<!fish n )(?<!fish & )\bchips(?= (?:from|at|fae) (?:the |a |my )?(?:local )?(?:chippy|chipper|chinese|chip shop|takeaway|kebab shop|kebab van|pub)\b)",
)
PINTS_ALONE = re.compile(
    r"\b(pints?|schooners?|middies|middy)\b(?!\s+(?:of|o)\b)(?=\s*(?:$|[,.;:!?)]|(?:and|with|after|later|too|as well|last|tonight|at|in|on|then|down the pub|at the pub|lol)\b))"
)
# "same as yesterday for brekkie", "the same breakfast as monday", "had the same lunch as yesterday".
_MEAL_WORD = r"(?:breakfast|brekkie|brekky|lunch|dinner|tea|supper|snack)"
SAME_AS_BEFORE = re.compile(
    r"\b(?:(?:i )?(?:had|ate|have)\s+)?(?:the\s+|exactly\s+the\s+)?same(?:\s+(?:thing|again))?(?:\s+(?:for\s+)?(?P<meal1>" + _MEAL_WORD + r"))?"
    r"\s+as\s+(?P<day>yesterday|yday|the day before|last night|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"(?:'?s)?(?:\s+(?:for|at)\s+(?:my\s+|the\s+)?(?P<meal2>" + _MEAL_WORD + r"))?\b",
    re.IGNORECASE,
)
# Below this weight one item is a bite ("grapes", "almonds"): said with no amount, the food's
# usual portion is meant (a cup of grapes, a handful of almonds), not one grape.
SMALL_ITEM_G = 25


SLICES_OF_A = re.compile(r"\b((?:\d+|one|two|three|four|five|six|a couple|a few) (?:slices?|pieces?|squares?|wedges?|fingers?)) of (?:a|an|the|one|my) ")


# Bread said with "toast" beside it: one bread, toasted ("white bread toast", "2 slices of brown bread toasted").
BREAD_TOAST = re.compile(r"\b((?:white|brown|wholemeal|whole[- ]?wheat|wholegrain|granary|seeded|multigrain|rye|sourdough|french|malted)\s+bread)\s+(?:toast(?:ed)?|toasties?)\b(?!\s+(?:sandwich|sandwiches))")


MALT_BOTTLE = re.compile(r"\b((?:bottles?|cans?|glass(?:es)?) of) malt\b(?! (?:drinks?|whisk(?:e)?y|vinegar|liquor|beer|loaf|bread))")
# An aside beside a meal told: "don't judge", "no judgement pls", "dont hate me", "i know i know".
DONT_JUDGE = re.compile(r"\b(?:(?:please |pls |plz )?(?:dont|do not) (?:judge|hate|laugh at|tell anyone)(?: me)?|no judg(?:e)?ments?(?: please| pls| plz)?|i know,? i know)\b")


def _prepare(text: str) -> tuple[list[str], list[str]]:
    """The tokens of `text`, with amounts that are not usable numbers ("1e400", "-2") replaced
    by a marker, and those amounts as written, in order."""
    text = text.lower().replace("’", "'").replace("'", "").replace("−", "-")
    text = as_meal_words(text)  # "at 8am porridge, at 4 a kitkat": breakfast and a snack, not 8 cups and 4 bars
    bad: list[str] = []

    def mark(found: re.Match[str]) -> str:
        bad.append(found.group(0).strip())
        return f" {BAD_NUMBER} "

    text = UNUSABLE_NUMBER.sub(mark, text)
    text = DECIMAL_COMMA.sub(r"\1.\2", text)  # "0,5 l bier", "1,5 litros": a decimal comma, not two amounts
    text = AMOUNT_IN_BRACKETS.sub(r" \1 ", text)  # "eine Cola (0,5 l)", "a coke (500ml)": the drink's amount, said after it
    text = FOUR_FOR_MEAL.sub("for ", text)  # "chicken n rice 4 tea": for tea (the evening meal), not four cups
    text = TEA_AS_MEAL.sub(lambda m: f"{m.group(1) or m.group(2)}dinner" if m.group(2) else f"{m.group(1)} dinner", text)  # "fish and chips for tea": the evening meal, not a drink
    text = PINTS_ALONE.sub(r"\1 of beer", text)  # "2 pints after": in a pub, pints are beer
    text = re.sub(r"\b(?:u\.s\.?|american)(?= pints?\b)", "us", text)  # "a U.S. pint", "an American pint" (no americano)
    if US_MEASURES.search(text):
        text = re.sub(r"(?<!\bus )(?<!\buk )(?<!american )(?<!british )(?<!imperial )\b(?=pints?\b)", "us ", text)  # "a pint of milk and 8 oz steak": US measures
    text = CHIPS_AS_FRIES.sub(r"\1 fries", text)  # "burger and chips": British chips, not crisps
    text = MILK_OF_A_COFFEE.sub(lambda m: m.group(1) or m.group(2), text)  # "2 flat whites (whole milk)": the coffee's milk, not a glass of it
    text = describe_percentages(text)  # "200g 0% greek yoghurt": fat free yoghurt, not zero of it
    text = MALT_BOTTLE.sub(r"\1 malt drink", text)  # "a bottle of malt": the malt drink (Maltina), not whisky or vinegar
    text = DONT_JUDGE.sub(" ", text)  # "3 pints and a pizza, don't judge lol": an aside, no food
    text = PHONE_AND.sub(" and ", text)  # "2 slices of pizza n a coke": "and", typed short
    text = LINE_BREAKS.sub(" ; ", text)  # "breakfast: eggs | lunch: salmon", one meal a line: each its own clause
    text = PERI_PERI.sub(lambda m: "fries" if m.group(1) == "chips" else m.group(1), text)  # "peri peri chips": fries
    text = WINE_BY_COLOUR.sub(r"\1 \2 wine", text)  # "a glass of red": wine
    text = BITS_OF.sub(r"\1 pieces of", text)  # "2 bits of garlic bread": pieces
    text = BREAD_TOAST.sub(r"\1", text)  # "white bread toast", "sourdough toast bread": the bread, toasted, once
    text = SLICES_OF_A.sub(r"\1 of ", text)  # "2 slices of a dominos pepperoni": two slices, not one pizza
    text = PIZZA_SLICES.sub(r"\1 pepperoni pizza", text)  # "3 slices of pepperoni": pizza, not the sausage
    text = re.sub(r"(?<![\w/])w/?(?=\s)", "with", text)  # "toast w butter", "w/ milk"
    text = SUB_SIZE.sub(sub_size_word, text)  # "a 6 inch sub": one sub, not six
    text = AT_SOMEONES.sub(" ", text)
    text = FROM_A_PLACE.sub(" ", text)  # "from the curry house": where it came from, not a curry
    text = AT_HOME.sub(" ", text)  # "made a stir fry at home", "home-cooked curry": where, not what
    text = BOUGHT_AT.sub(" ", text)  # "cereal bars from tesco", "shop-bought pancakes": where it was bought, no food
    text = LEFT_OUT.sub(" ", text)  # "a black coffee, no sugar": no sugar eaten
    text = SALAD_DRESSING.sub(r"\1", text)  # "side salad with vinaigrette": the salad row has its dressing
    text = re.sub(r"\b(last |to)nights\b", r"\1night", text)  # "last night's tea"
    text = CHAT_TIME_WORDS.sub(lambda m: CHAT_TIME[m.group(0)], text)  # "lst nite", "brekfast"  # "at my nan's", "round my mate's house": where, not what
    return tokenise(text), bad


# A decimal comma before a measure, as most of Europe writes it ("0,5 l", "1,5kg", "33,3 cl").
DECIMAL_COMMA = re.compile(r"\b(\d+),(\d{1,2})(?=\s?(?:l|cl|dl|ml|kg|g|litres?|liters?|litros?|kilos?)\b)")
# "4" typed for "for" before a meal, after a food: "chickn n rice 4 tea", "toast 4 brekky".
FOUR_FOR_MEAL = re.compile(r"(?<=[a-z] )4 (?=(?:my |me )?(?:tea|dinner|lunch|breakfast|brekky|brekkie|supper|brunch)\b)")
# An amount in brackets after a food ("a cola (0.5 l)", "rice (200g)"): read as said after it.
AMOUNT_IN_BRACKETS = re.compile(r"\(\s*(\d+(?:\.\d+)?\s?(?:l|cl|dl|ml|kg|g|oz|litres?|liters?|litros?))\s*\)")
# "n" or "'n'" between two words, as phones type "and": "pizza n a coke", "fish 'n' chips".
PHONE_AND = re.compile(r"(?<=[a-z0-9]) '?n'? (?=[a-z0-9])")
# What ends a clause though no word does: a new line, a bar or a bullet between meals.
LINE_BREAKS = re.compile(r"\s*(?:[\n\r|•]+\s*)+")
# A meal word after a food, with no "for" before it, that labels what follows ("... toast lunch
# 150g salmon"): it starts a new clause rather than closing the one before.
MEAL_LABEL_NEXT = {":", "was", "were", "i", "had", "then", "is", "-"}
MEAL_OF = {"for", "at", "my", "our", "his", "her", "their", "as", "with", "during", "after", "before", "the", "a", "this", "your", "s", "of", "same", "that"}


# A sandwich's length said in inches ("6 inch", "six-inch", '12"', "foot long"): one word, so
# the number is not read as how many.
SUB_SIZE = re.compile(r"\b(?:(12|twelve)|6|six)[ -]?(?:inch(?:es)?|in\b|\"|”)(?=\W|$)|\b(foot) long\b")


def sub_size_word(found: re.Match[str]) -> str:
    """ "12 inch", "foot long" -> "footlong"; "6 inch", "six-inch" -> "sixinch"."""
    return "footlong" if found.group(1) or found.group(2) else "sixinch"


AT_SOMEONES = re.compile(
    r"\b(?:at|round|over at|from) (?:my|our|his|her|their|the|a) (?:\w+ )?\w+s'?(?: (?:house|place|flat|party|wedding|bbq|barbecue|do))?(?=\W|$)"
    r"(?<!\bmeals)(?<!\bmeal's)"
)
COFFEES = r"(?:flat whites?|lattes?|cappuccinos?|coffees?|teas?|mochas?|americanos?|macchiatos?|cortados?|hot chocolates?)"
MILKS = r"(?:(?:whole|full[ -]fat|semi[ -]?skimmed|skimmed|skim|oat|soy|soya|almond|coconut|lactose[ -]free|2%) ?(?:milk)?|milk)"
MILKY_COFFEES = r"(?:flat whites?|(?:iced )?lattes?|cappuccinos?|mochas?|macchiatos?|cortados?|hot chocolates?)"
# "2 flat whites (whole milk)", "an iced latte w whole milk": the coffee's own milk, not a glass of it
MILK_OF_A_COFFEE = re.compile(
    rf"\b({COFFEES})\s*\(\s*(?:with |made with )?{MILKS}\s*\)|\b({MILKY_COFFEES})\s+(?:with|w/?|made with) {MILKS}(?=\W|$)"
)
# Chat spellings of days and meals ("lst nite", "yday", "brekfast"), read as the words.
CHAT_TIME = {
    "lst nite": "last night", "last nite": "last night", "nite": "night", "tonite": "tonight", "2nite": "tonight", "yday": "yesterday",
    "yest": "yesterday", "brekfast": "breakfast", "brekfest": "breakfast", "breakfst": "breakfast", "lnch": "lunch", "dinr": "dinner",
    "hd": "had", "wit": "with",  # "hd 2 eggs n toast wit buttr": typed short on a phone
}  # fmt: skip
CHAT_TIME_WORDS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, CHAT_TIME), key=len, reverse=True)) + r")\b")
AT_HOME = re.compile(r"\b(?:at|from) home\b|\bhome[- ]?(?:cooked|made)\b")
FROM_A_PLACE = re.compile(
    r"\b(?:from|at|in) (?:the|a|our|my|that|this) (?:local |usual |new )?(?:curry house|curry place|indian|chinese|thai|chippy|chip shop|"
    r"takeaway|take away|kebab shop|kebab place|pub|restaurant|cafe|caf[eé]|canteen|work canteen|food court|burger place|pizza place|drive thru|drive through)\b"
    # and where that place is: "from the chippy near my house", "at the cafe opposite work"
    r"(?:\s+(?:near|by|opposite|beside|outside|behind|next to|across from|round the corner from)(?:\s+(?:the|my|our|a|work|office|home|station|corner|street|road|uni|school|college|gym|campus|house|flat)\b)+)?"
)
# A shop or how a food was bought: says nothing of which food it is.
BOUGHT_AT = re.compile(
    r"\b(?:from|at|in) (?:the |a |my |our )?(?:local )?(?:supermarket|shop|shops|corner shop|garage|petrol station|tesco|asda|sainsburys|sainsbury|aldi|lidl|"
    r"morrisons|waitrose|co op|coop|co-op|m&s|marks and spencer|iceland|costco|walmart|target|trader joes|whole foods|kroger|spar|boots)\b"
    r"|\b(?:shop|store|supermarket)[- ]bought\b|\bpre[- ]?packed\b|\bpackaged\b|\bbranded\b"
    # "the protein bars they sell at the gym", "from the vending machine"
    r"|\b(?:that |which )?(?:they|you) (?:sell|sold|get|buy|can buy|can get|stock|serve)\b(?= (?:at|in|from|there)\b|\s*[?.!]?$)"
    r"|\b(?:at|in|from) (?:the |a |my |our )?(?:gym|vending machine|canteen|cafeteria|tuck shop|station|airport|cinema)\b"
)
# An add-on said to be left out: "coffee, no sugar", "burger without mayo", "hold the cheese".
LEFT_OUT = re.compile(
    r"\b(?:no|without|w/o|minus|hold the|skip the|skipped the|without any|with no|but no|and no)\s+(?:added\s+|extra\s+)?"
    r"(?:sugars?|sweeteners?|milk|cream|butter|mayo|mayonnaise|cheese|dressing|sauce|ketchup|honey|syrup|ice|salt|oil)\b(?![- ]free)"
)
SALAD_DRESSING = re.compile(r"\b(salad) with (?:a |some |the )?(?:vinaigrette|dressing|balsamic dressing|french dressing|oil and vinegar)\b")
PERI_PERI = re.compile(r"\b(?:peri[- ]?peri|peri|piri[- ]?piri|cajun|spicy) (chips|fries|chicken)\b")
WINE_BY_COLOUR = re.compile(r"\b((?:large |small |big )?(?:glass|glasses|bottle|bottles) of)\s+(red|white|rose|rosé)\b(?! wine)")
BITS_OF = re.compile(r"\b(\d+|two|three|four|a couple of|a few|couple of|few) bits of\b")
PIZZA_SLICES = re.compile(r"\b((?:\d+|a|one|two|three|four|five|six|a couple of|a few) slices? of)\s+pepperoni\b(?! pizza)")


# Chains whose fillings are rows of their own ("chipotle_chicken"), listed after the chain's bowl or burrito.
CHAIN_IDS = {"chipotle"}
MEAL_WORDS_AFTER = {"breakfast", "brunch", "lunch", "dinner", "supper", "tea", "snack", "lunchtime", "dinnertime"}


# A chain's bowl or burrito named by its protein ("chipotle steak bowl"): the protein row it is filled with.
CHAIN_PROTEINS = ("chicken", "steak", "barbacoa", "carnitas", "sofritas")


def _without_listed_dishes(tokens: Sequence[str], items: list[ParsedItem], table: FoodTable | None = None) -> list[ParsedItem]:
    """ "a full english (2 eggs, 2 sausages, bacon, beans, toast)", "chipotle bowl: white rice,
    black beans, chicken, guac": a dish followed by what was in it. The foods listed are the
    dish as it was eaten, so they are logged and the dish's own row (a typical one) is not,
    which would count everything twice. A dish followed by one food ("a burger (no bun)",
    "a latte: oat milk") keeps its row."""
    kept = list(items)
    for item in items:
        if not (item.food.recipe or item.food.category in ("dishes", "fast food")):
            continue
        opener = item.end
        listed = False
        if tokens[opener : opener + 1] in (["for"], ["at"]) and tokens[opener + 1 : opener + 2] and tokens[opener + 1] in MEAL_WORDS_AFTER:
            opener += 2  # "chipotle bowl for dinner - chicken, white rice, black beans": the dash is gone, its fillings follow
            listed = any(other.start == opener for other in items)
            opener -= 1
        elif item.food.id.split("_")[0] in CHAIN_IDS and any(other.start == opener for other in items):
            listed = True  # "chipotle burrito bowl - chicken, white rice, guac": the dash is gone, the chain's fillings follow at once
            opener -= 1
        if not listed and (opener >= len(tokens) or tokens[opener] not in ("(", ":", "with")):
            continue
        closer = len(tokens)
        for index in range(opener + 1, len(tokens)):
            if tokens[index] == ")" if tokens[opener] == "(" else tokens[index] in (".", ";", ")", "!", "?"):
                closer = index
                break
        inside = [other for other in items if other is not item and opener < other.start and other.end <= closer]
        if tokens[opener] == "with" or listed:
            # "a chipotle bowl with chicken, rice and guac": with the chain's own fillings only
            # ("a burger with fries and a coke" is three things)
            chain = item.food.id.split("_")[0] + "_"
            inside = inside if all(other.food.id.startswith(chain) for other in inside) else []
        if len(inside) >= 2:
            kept.remove(item)
            chain = item.food.id.split("_")[0]
            if chain in CHAIN_IDS:
                kept = _chain_fillings(tokens, kept, item, inside, table)
    return kept


def _chain_fillings(tokens: Sequence[str], kept: list[ParsedItem], bowl: ParsedItem, inside: list[ParsedItem], table: FoodTable | None) -> list[ParsedItem]:
    """The fillings of a chain's bowl or burrito as said: "double chicken" is two servings, the
    protein it is named by ("a chipotle steak bowl with brown rice and guac") is one of them when
    the list leaves it out, and a burrito's tortilla is one too (both were lost with the dish's own
    row: 440 kcal, 6 g protein for a steak bowl; "a chipotle chicken burrito - white rice, black
    beans, cheese" was 450 kcal, without its chicken and its 320 kcal tortilla)."""
    chain = bowl.food.id.split("_")[0]
    for filling in inside:
        if filling in kept and tokens[filling.start - 1 : filling.start] == ["double"] and filling.quantity == 1 and filling.unit in (None, "each", "serving"):
            kept[kept.index(filling)] = evolve(filling, quantity=2.0, grams=filling.grams * 2, words=f"double {filling.words}")
    if table is None:
        return kept
    added: list[ParsedItem] = []
    named = next((protein for protein in CHAIN_PROTEINS for dish in ("bowl", "burrito") if bowl.food.id == f"{chain}_{protein}_{dish}"), None)
    if named is not None and not any(other.food.id == f"{chain}_{protein}" for other in inside for protein in CHAIN_PROTEINS):
        added.append(_chain_row(table, f"{chain}_{named}", named, bowl))
    if bowl.food.id.endswith("_burrito") and not any(other.food.id.endswith("_tortilla") or other.food.id.startswith("tortilla") for other in inside):
        added.append(_chain_row(table, f"{chain}_tortilla", "tortilla", bowl))
    added = [item for item in added if item is not None]
    if not added:
        return kept
    return [*kept[: kept.index(inside[0])], *added, *kept[kept.index(inside[0]) :]] if inside[0] in kept else [*kept, *added]


def _chain_row(table: FoodTable, food_id: str, said: str, dish: ParsedItem) -> ParsedItem | None:
    """A row of a chain's dish ("chipotle_tortilla"), as many as the dishes said; None when the
    table has none."""
    try:
        food = table.get(food_id)
    except KeyError:
        return None
    grams, assumed = grams_for(food, None, dish.quantity)
    return ParsedItem(food, dish.quantity, None, grams, said, assumed, start=dish.start, end=dish.end, said=said, meal_type=dish.meal_type, day=dish.day)


def _many_small(food: Food, said: str) -> bool:
    """ "grapes", "almonds", "strawberries": a plural of a food whose single item is a bite."""
    each = food.units.get("each")
    last = said.split()[-1] if said else ""
    return each is not None and each < SMALL_ITEM_G and singular(last) != last and food.portion_grams > each


def _unknown_word(token: str, table: FoodTable) -> bool:
    """A word the parser cannot place: the only kind typo repair may touch."""
    return (
        token.isalpha()
        and singular(token) not in table.vocabulary
        and token not in table.vocabulary
        and token not in FILLER
        and token not in MODIFIERS
        and token not in MEAL_WORDS
        and token not in NUMBER_WORDS
        and token not in SEPARATORS
        and token not in UNITS
        and singular(token) not in UNITS
        and token not in KNOWN_WORDS
        and token not in HOST_KNOWN_WORDS
        and token not in ROUTING_WORDS
    )


def _food_or_unit_next(tokens: Sequence[str], i: int, table: FoodTable) -> bool:
    if tokens[i : i + 2] in (["amount", "of"], ["number", "of"], ["amounts", "of"]):
        return True
    return i < len(tokens) and (read_unit(tokens, i) is not None or table.match(tokens[i:]) is not None)


def _assign_meals_and_days(tokens: Sequence[str], items: list[ParsedItem], whens: Sequence[When]) -> list[ParsedItem]:
    """Give each item the meal and day named in its clause ("oatmeal for breakfast and a
    sandwich for lunch", "pizza last night and eggs this morning"). A clause that names
    neither takes the previous clause's, or else the next one's ("eggs and toast for
    breakfast"). Clauses end at commas and at "and"/"then" outside a food's own name."""
    inside = {index for item in items for index in range(item.start, item.end)}
    clause_of: list[int] = []
    clause = 0
    for index, token in enumerate(tokens):
        if token in CLAUSE_BREAKS and index not in inside:
            clause += 1
        elif _labels_next(tokens, index) and index not in inside:
            clause += 1  # "... 1 slice toast lunch 150g salmon": lunch is what follows
        clause_of.append(clause)
    count = clause + 1
    meals: list[str | None] = [None] * count
    days: list[date | None] = [None] * count
    for when in whens:
        days[clause_of[when.start]] = days[clause_of[when.start]] or when.day
    for index, token in enumerate(tokens):
        if token in MEAL_WORDS and meals[clause_of[index]] is None:
            meals[clause_of[index]] = MEAL_WORDS[token]
    for when in whens:
        meals[clause_of[when.start]] = meals[clause_of[when.start]] or when.meal_type
    meals, days = _filled(meals), _filled(days)
    return [evolve(item, meal_type=meals[clause_of[item.start]], day=days[clause_of[item.start]]) for item in items]


def _labels_next(tokens: Sequence[str], index: int) -> bool:
    """True when tokens[index] is a meal word labelling the foods after it, said straight after
    another clause's food ("toast lunch: salmon"), not the meal of the foods before it ("eggs for breakfast")."""
    if tokens[index] not in MEAL_WORDS or index == 0:
        return False
    before, after = tokens[index - 1], tokens[index + 1 : index + 2]
    if before in CLAUSE_BREAKS or before in MEAL_OF or before in MEAL_WORDS:
        return False
    return bool(after) and (after[0] in MEAL_LABEL_NEXT or parse_number(after[0]) is not None)


def _filled(values: list[Any]) -> list[Any]:
    """Each gap takes the value before it, or (at the start) the first value after it."""
    result = list(values)
    for index in range(1, len(result)):
        if result[index] is None:
            result[index] = result[index - 1]
    first = next((value for value in result if value is not None), None)
    return [first if value is None else value for value in result]


def _note_dangling(words: Sequence[str], unit: str | None, unknown: list[str]) -> None:
    """ "2 slices" with no food after it: report it rather than drop it silently."""
    if unit is not None and not (unknown and unknown[-1] in words):
        unknown.append(" ".join(words))


def _chain_match(tokens: Sequence[str], i: int, chain: tuple[str, ...], table: FoodTable) -> tuple[Food, int] | None:
    """ "a five guys cheeseburger, regular fries and a coke": after a chain's name, the chain's
    own row for the words ("five guys regular fries"), when the table has one."""
    if not chain:
        return None
    for length in range(min(4, len(tokens) - i), 0, -1):
        food = table.index.get(chain + normalise(tokens[i : i + length]))
        if food is not None:
            return food, length
    return None


# A whole fruit or vegetable said bigger or smaller than the medium one its row holds (USDA's
# small, large and extra-large bananas and apples are about 0.85, 1.15 and 1.3 times the medium).
WHOLE_SIZES = {"small": 0.85, "large": 1.15, "extra large": 1.3}
WHOLE_SIZE_WORDS = {"small": "small", "little": "small", "smallish": "small", "large": "large", "big": "large", "biggish": "large",
                    "huge": "extra large", "massive": "extra large", "giant": "extra large", "enormous": "extra large", "xl": "extra large"}


def _words_before(tokens: Sequence[str], i: int) -> list[str]:
    """The amount and size words just before a food ("a really big", "2 small"), stopping at
    anything else (another food, "and", a comma)."""
    j = i
    while j > 0 and i - j < 4 and (tokens[j - 1] in WHOLE_SIZE_WORDS or tokens[j - 1] in INTENSIFIERS or tokens[j - 1] in ("a", "an", "one", "1", "2", "3", "two", "three") or tokens[j - 1].isdigit()):
        j -= 1
    return list(tokens[j:i])


INTENSIFIERS = {"extra", "really", "realy", "very", "super", "proper", "rly", "massively", "quite", "pretty"}


def _whole_size(words: Sequence[str]) -> str | None:
    """The size said before a whole food ("a really big", "an extra large"), or None."""
    for n, word in enumerate(words):
        if word in WHOLE_SIZE_WORDS:
            size = WHOLE_SIZE_WORDS[word]
            before = words[n - 1] if n else ""
            if size == "large" and before in INTENSIFIERS - {"quite", "pretty"}:
                return "extra large"
            return size
    return None


def _sized_match(tokens: Sequence[str], i: int, table: FoodTable) -> tuple[Food, int] | None:
    """ "large fries", "footlong subway turkey sub", "a grande latte": a size word and the food
    after it (chain names and fillers between), when the table has that size of that food."""
    if tokens[i] not in SIZE_WORDS:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j] in FILLER and tokens[j] not in SEPARATORS:
        j += 1
    if j == i + 1 or j >= len(tokens):
        return None  # adjacent words are the table's own business ("large fries" is an alias)
    found = table.match(tokens[j:])
    if found is None:
        return None
    sized = table.index.get(normalise([tokens[i], *tokens[j : j + found[1]]]))
    return (sized, j + found[1] - i) if sized is not None else None


def _later_amount(tokens: Sequence[str], j: int, table: FoodTable) -> tuple[float, str | None, int] | None:
    """ "sushi for lunch, about 8 pieces": an amount in the next clause with no food of its own."""
    k = j
    while k < len(tokens) and tokens[k] in (",", "for", "about", "around", "roughly", "maybe", "like", "approx") or (
        k < len(tokens) and tokens[k] in MEAL_WORDS
    ):
        k += 1
    if k >= len(tokens):
        return None
    bare = "," not in tokens[j:k]  # "a glass of red wine 175ml": only a weight or a volume says the amount with no comma
    found = read_quantity(tokens, k)
    if found is None or tokens[k] in ("a", "an"):
        return None
    value, m = found
    unit = None
    if m < len(tokens) and (unit_found := read_unit(tokens, m)) is not None:
        unit, m = unit_found
    while unit is not None and m < len(tokens) and tokens[m] in MODIFIERS:
        m += 1  # "…, about 200 g cooked"
    if m < len(tokens) and tokens[m] not in SEPARATORS:
        return None  # "…, 2 eggs": a food of its own
    if bare and (unit is None or unit == "shot" or not (unit in MASS_G or unit in VOLUME_ML)):
        return None
    return value, unit, m


def _size_of_each(tokens: Sequence[str], j: int) -> tuple[str, float, int] | None:
    """ "2 glasses of milk, 250 ml each": the size of each one, as (unit, amount per item, end)."""
    k = j + 1 if tokens[j : j + 1] == [","] else j
    if tokens[k : k + 1] == ["each"] and k + 2 < len(tokens) + 1:
        k += 1
        value = parse_number(tokens[k]) if k < len(tokens) else None
        unit = read_unit(tokens, k + 1) if value is not None and k + 1 < len(tokens) else None
        if value is not None and unit is not None and (unit[0] in MASS_G or unit[0] in VOLUME_ML):
            return unit[0], value, unit[1]
        return None
    value = parse_number(tokens[k]) if k < len(tokens) else None
    unit = read_unit(tokens, k + 1) if value is not None and k + 1 < len(tokens) else None
    if value is not None and unit is not None and (unit[0] in MASS_G or unit[0] in VOLUME_ML) and tokens[unit[1] : unit[1] + 1] == ["each"]:
        return unit[0], value, unit[1] + 1
    return None


def _measure_then_container(tokens: Sequence[str], j: int) -> bool:
    """Whether tokens[j:] is a measure then a container ("ml can", "cl bottles")."""
    measure = read_unit(tokens, j) if j < len(tokens) else None
    if measure is None or not (measure[0] in VOLUME_ML or measure[0] in MASS_G) or measure[0] == "shot":
        return False
    container = read_unit(tokens, measure[1]) if measure[1] < len(tokens) else None
    return container is not None and container[0] in SIZED_CONTAINERS


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


# Where food was bought or eaten: "from the taco truck", "at the chicken shop".
PLACE_WORDS = set(
    """truck trucks van stand stall shop shops place joint bar restaurant cafe café takeaway takeout chippy chipper
    house hut shack counter deli bakery canteen cafeteria cart market servo kiosk diner bistro pub café caff
    garage station store supermarket braai bbq barbecue party wedding""".split()
)


def _chain_as_place(tokens: Sequence[str]) -> tuple[str, ...]:
    """The chain a meal was had at, said after its foods ("a steak burrito from chipotle", "a
    bowl at chipotle"), so those foods are the chain's own; () when none is said that way."""
    for j, token in enumerate(tokens[:-1]):
        if token in ("from", "at"):
            k = j + 1 + (tokens[j + 1] in ("the", "a"))
            if tuple(tokens[k : k + 2]) in BRAND_PHRASES:
                return normalise(tuple(tokens[k : k + 2]))
            if k < len(tokens) and tokens[k] in CHAIN_WORDS:
                return normalise((tokens[k],))
    return ()


def _place_end(tokens: Sequence[str], j: int) -> int | None:
    """The index after a place named from tokens[j] ("the taco truck", "the chinese"), or None."""
    while j < len(tokens) and tokens[j] in ("the", "a", "my", "our", "that", "this", "local", "little", "new", "work", "works"):
        j += 1
    if j >= len(tokens) or tuple(tokens[j : j + 2]) in BRAND_PHRASES or tokens[j] in CHAIN_WORDS:
        return None  # "from burger king": the chain says whose fries they are
    for k in range(j, min(j + 4, len(tokens))):
        if tokens[k] in SEPARATORS:
            return None
        if tokens[k] in PLACE_WORDS and k > j - 1:
            return _where_end(tokens, k + 1)
    return None


# Where the place is, said after it ("the place near work", "the van outside the station"): part of the place
_WHERE = frozenset("near by opposite beside outside behind next round across".split())
_WHERE_WORDS = frozenset("to the my our a work office home station corner street road uni school college gym campus".split())


def _where_end(tokens: Sequence[str], j: int) -> int:
    """The index after the place's own whereabouts from tokens[j] ("near work"), or j when none are said."""
    if j >= len(tokens) or tokens[j] not in _WHERE:
        return j
    k = j + 1
    while k < len(tokens) and k <= j + 4 and (tokens[k] in _WHERE_WORDS or tokens[k] in PLACE_WORDS):
        k += 1
    return k if k > j + 1 else j


def _plural_words(words: str) -> str:
    """ "egg" -> "eggs", "big macs" stays: the food as typed, made plural for "how many"."""
    last = words.split()[-1] if words else ""
    if not last or singular(last) != last:
        return words
    return words + ("es" if last.endswith(("ch", "sh", "s", "x")) else "s")


def _plural(unit: str) -> str:
    if unit in MASS_G or unit in ("ml", "cl", "dl", "l", "fl oz", "tbsp", "tsp"):
        return unit  # abbreviations ("2 ml"); "pint" and "shot" take an s
    if unit.endswith(("ch", "sh", "s", "x")):
        return unit + "es"
    if unit.endswith("f"):
        return unit[:-1] + "ves"
    return unit + "s"
