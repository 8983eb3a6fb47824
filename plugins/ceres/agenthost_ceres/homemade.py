"""A homemade version against the takeaway, in calories: "roughly how many calories would a homemade
one be vs the takeaway?" after talk of a takeaway pizza. A range for each, for the dishes people
most often make as a "fakeaway", with what makes the difference; the dish is the one the message
names, else the one the user named last.

The takeaway figures are the chains' own (a medium Domino's pepperoni is about 230 kcal a slice,
eight slices; Five Guys' cheeseburger 980 kcal), the homemade ones add up the usual recipe's
ingredients from the USDA rows; both are rough, and said so.
"""

from __future__ import annotations

import re
from typing import Any

ASKED = re.compile(
    r"\b(?:home ?made|home-made|make (?:it|one|them) (?:at home|myself|ourselves)|my own|fakeaway)\b.{0,60}\b(?:vs\.?|versus|compared(?: to| with)?|than|against|or)\b.{0,40}\b(?:takeaway|take-away|takeout|take-out|delivery|delivered|shop|restaurant|chain|domino'?s|pizza hut|the real (?:one|thing))\b"
    r"|\b(?:takeaway|take-away|takeout|take-out|delivery|delivered|restaurant)\b.{0,60}\b(?:vs\.?|versus|compared(?: to| with)?|than|against|or)\b.{0,40}\b(?:home ?made|home-made|made at home|fakeaway)\b",
    re.IGNORECASE,
)
CALORIES = re.compile(r"\b(?:calories|cals|kcal|calorie|energy)\b", re.IGNORECASE)

# dish -> (its words, homemade, takeaway, what makes the difference)
DISHES: dict[str, tuple[str, str, str, str]] = {
    "pizza": (
        r"pizzas?",
        "a homemade 12-inch pizza on a thin base with tomato sauce, half a ball of mozzarella and vegetables or chicken: about 800-1,000 kcal for the whole pizza (400-500 kcal for half)",
        "a medium takeaway pizza: about 1,800-2,000 kcal for the whole pizza (a Domino's medium pepperoni is about 230 kcal a slice, eight slices), and 2,500 kcal or more for a large, stuffed-crust or extra-cheese one",
        "the thinner base, less cheese and no oil-brushed crust; a side salad instead of garlic bread and dips saves another 500 kcal or so",
    ),
    "burger": (
        r"burgers?|cheeseburgers?",
        "a homemade burger of 125 g lean (5% fat) beef in a bun with salad and a slice of cheese: about 450-550 kcal, or about 700 kcal with oven chips",
        "a takeaway cheeseburger: about 500-1,000 kcal on its own (Five Guys' cheeseburger is 980 kcal), and 1,200-1,500 kcal with fries and a sugary drink",
        "leaner mince, one patty, oven chips instead of fried ones and water instead of a sugary drink",
    ),
    "curry": (
        r"curry|curries|tikka|korma|masala|balti|jalfrezi",
        "a homemade chicken curry with a tomato base and a cup of boiled rice: about 500-650 kcal a portion",
        "a takeaway chicken tikka masala or korma with pilau rice: about 1,200-1,500 kcal, more with a naan (300-400 kcal) and sides",
        "less oil and no cream or ground nuts in the sauce, plain boiled rice instead of pilau, and no naan or bhajis on top",
    ),
    "fish and chips": (
        r"fish (?:and|&|n'?) chips|chippy",
        "homemade oven-baked breaded fish with oven chips and peas: about 500-650 kcal",
        "a regular takeaway (chip-shop) fish and chips: about 1,000-1,400 kcal",
        "baking instead of deep-frying the batter and the chips",
    ),
    "fried chicken": (
        r"fried chicken|kfc|chicken wings|wings",
        "homemade oven-baked breaded chicken (two pieces) with a corn cob and salad: about 450-600 kcal",
        "a takeaway fried chicken meal of three pieces with fries and a drink: about 1,200-1,500 kcal",
        "the oven instead of the fryer, skin-off chicken and no fries or sugary drink",
    ),
}


def asks(text: str) -> bool:
    """Whether `text` asks the calories of a homemade version against the takeaway."""
    return bool(ASKED.search(text) and CALORIES.search(text))


def dish_in(texts: list[str]) -> str | None:
    """The dish the latest of `texts` names (latest first), or None."""
    for text in texts:
        for dish, (words, *_) in DISHES.items():
            if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE):
                return dish
    return None


def answer_text(dish: str) -> str:
    """The two ranges and what makes the difference."""
    _, homemade, takeaway, difference = DISHES[dish]
    return (
        f"Roughly, {homemade}; compare {takeaway}. "
        f"So the homemade one is often about half the calories; most of the difference is {difference}. "
        "Both are estimates: toppings and portions move them a lot."
    )


def earlier_texts(history: list[dict[str, Any]], message: str) -> list[str]:
    """The user's messages, this one first, then the earlier ones latest first."""
    said = [r.get("text") for r in reversed(history) if r.get("role") == "user" and isinstance(r.get("text"), str)]
    return [message, *[text for text in said if text != message]]
