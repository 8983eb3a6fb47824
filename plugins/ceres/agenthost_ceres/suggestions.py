"""Concrete meal ideas from the food table, fitted to a diet and (optionally) a calorie target.

Ideas come from `data/meal_templates.json`; any template with a food the diet rules out is
dropped. With a target, portions are scaled (by at most ×0.5 to ×2) and the closest ideas
come first. When too few templates fit a strict diet, simple plates (a protein, a starch and
a vegetable or fruit the diet allows) fill the list, so there are always ideas to offer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from attrs import frozen

from agenthost_ceres import allergens
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import NUTRIENTS, Food, FoodTable, alias_words, load_table, normalise

MIN_SCALE, MAX_SCALE = 0.5, 2.0
LIGHT_KCAL = 40  # items lighter than this are not scaled
PROTEIN_RICH_G = 5  # items with this much protein or more are scaled to reach a protein goal
# Staples that cost least per portion in UK and US supermarkets: dried and tinned pulses, oats,
# rice, pasta, bread, potatoes, eggs, frozen and hardy vegetables, tinned fish, bananas, milk.
BUDGET_FOODS = frozenset(
    """oatmeal rolled_oats white_rice brown_rice pasta whole_wheat_pasta white_bread whole_wheat_bread potato
    sweet_potato black_beans kidney_beans chickpeas lentils baked_beans split_peas pinto_beans navy_beans egg
    egg_boiled egg_scrambled egg_fried omelette banana apple carrot cabbage onion mixed_vegetables peas
    spinach_cooked tuna_canned sardines peanut_butter milk_whole milk_2pct milk_skim yogurt_plain yogurt_lowfat
    tofu chicken_thigh ground_turkey tomato corn_tortilla flour_tortilla popcorn marinara salsa canola_oil
    olive_oil soy_sauce sugar honey jam garlic frozen_berries corn green_beans cauliflower""".split()
)
BUDGET_SHARE = 0.75  # at least this share of an idea's calories from budget foods

# Building blocks for simple plates, best first: (protein, starch, vegetable or fruit) choices as
# (food id, portions); the diet filter picks what is allowed.
# fmt: off
PLATE_PARTS: dict[str, tuple[tuple[tuple[str, float], ...], ...]] = {
    "breakfast": (
        (("greek_yogurt", 1), ("egg_scrambled", 2), ("tofu", 1), ("cottage_cheese", 0.75), ("black_beans", 0.5),
         ("pumpkin_seeds", 1), ("chickpeas", 0.5)),
        (("oatmeal", 1), ("whole_wheat_bread", 2), ("sweet_potato", 1), ("rice_cakes", 3), ("quinoa", 0.75), ("potato", 1),
         ("corn_tortilla", 2)),
        (("blueberries", 1), ("banana", 1), ("strawberries", 1), ("orange", 1), ("mango", 1), ("apple", 1)),
    ),
    "lunch": (
        (("chicken_breast", 1.2), ("lentils", 1), ("salmon", 1.2), ("chickpeas", 1), ("tofu", 1), ("black_beans", 1),
         ("tuna_canned", 1), ("egg_boiled", 2)),
        (("brown_rice", 1), ("quinoa", 1), ("potato", 1), ("sweet_potato", 1), ("buckwheat", 1), ("corn_tortilla", 2),
         ("millet", 1)),
        (("broccoli", 1), ("mixed_vegetables", 1), ("green_beans", 1), ("spinach_cooked", 1), ("carrot", 2),
         ("red_pepper", 1), ("zucchini", 1)),
    ),
    "dinner": (
        (("salmon", 1.2), ("chicken_breast", 1.2), ("tofu", 1), ("lentils", 1), ("cod", 1.5), ("chickpeas", 1),
         ("kidney_beans", 1), ("turkey_breast", 1.2)),
        (("quinoa", 1), ("brown_rice", 1), ("sweet_potato", 1), ("potato", 1), ("buckwheat", 1), ("millet", 1),
         ("rice_noodles", 1)),
        (("broccoli", 1), ("asparagus", 1), ("green_beans", 1), ("cauliflower", 1), ("brussels_sprouts", 1),
         ("spinach_cooked", 1), ("zucchini", 1)),
    ),
    "snack": (
        (("greek_yogurt", 1), ("edamame", 1), ("pumpkin_seeds", 1), ("egg_boiled", 2), ("sunflower_seeds", 1),
         ("chickpeas", 0.5)),
        (("apple", 1), ("banana", 1), ("orange", 1), ("blueberries", 1), ("rice_cakes", 2), ("grapes", 1)),
        (("carrot", 1), ("cucumber", 1), ("cherry_tomatoes", 1), ("celery", 2), ("strawberries", 1), ("pear", 1)),
    ),
}
PLATE_LABELS = {
    "egg_scrambled": "scrambled eggs", "egg_boiled": "hard-boiled eggs", "spinach_cooked": "sautéed spinach",
    "chicken_breast": "grilled chicken breast", "salmon": "baked salmon", "cod": "baked cod", "tuna_canned": "tuna",
    "turkey_breast": "roast turkey breast", "whole_wheat_bread": "whole-wheat toast", "potato": "a baked potato",
    "sweet_potato": "a baked sweet potato", "black_beans": "black beans", "kidney_beans": "kidney beans",
    "pumpkin_seeds": "pumpkin seeds", "sunflower_seeds": "sunflower seeds", "corn_tortilla": "corn tortillas",
    "rice_cakes": "rice cakes", "rice_noodles": "rice noodles", "brussels_sprouts": "Brussels sprouts",
}
# fmt: on


# Kinds of meal a request may ask for ("something sweet", "a dip", "I love asian food"): each
# style and the template tags that fit it. "savoury" is every template not tagged sweet.
STYLES: dict[str, frozenset[str]] = {
    "sweet": frozenset({"sweet"}),
    "savoury": frozenset(),
    "asian": frozenset({"asian", "indian"}),
    "indian": frozenset({"indian"}),
    "mexican": frozenset({"mexican"}),
    "italian": frozenset({"italian"}),
    "mediterranean": frozenset({"mediterranean"}),
    "dip": frozenset({"dip"}),
    "bake": frozenset({"bake"}),
    "soup": frozenset({"soup"}),
    "salad": frozenset({"salad"}),
    "smoothie": frozenset({"smoothie"}),
}
# How a style is written before "ideas": "sweet snack ideas", "Asian-style dinner ideas".
STYLE_LABELS = {
    "sweet": "sweet", "savoury": "savoury", "asian": "Asian-style", "indian": "Indian-style", "mexican": "Mexican-style",
    "italian": "Italian-style", "mediterranean": "Mediterranean-style", "dip": "dip", "soup": "soup", "salad": "salad",
    "smoothie": "smoothie", "bake": "baking",
}  # fmt: skip
# The meal a style means when the request names none ("what dip could I make?": a snack).
STYLE_MEAL = {"dip": "snack", "smoothie": "snack", "sweet": "snack", "soup": "lunch", "bake": "snack"}


@frozen
class Template:
    """A named meal made of table foods, each as a number of its stated portions, and its
    tags (what kind of meal it is: "sweet", "asian", "dip"...)."""

    name: str
    meals: tuple[str, ...]
    items: tuple[tuple[str, float], ...]
    tags: frozenset[str] = frozenset()

    def fits(self, style: str | None) -> bool:
        """True when the template is of the `style` asked for (any template when None)."""
        if style is None:
            return True
        if style == "savoury":
            return "sweet" not in self.tags
        return bool(self.tags & STYLES.get(style, frozenset()))


@frozen
class Suggestion:
    """One meal idea: its name and its foods with their portions."""

    name: str
    items: tuple[tuple[Food, float], ...]

    def totals(self) -> dict[str, float]:
        """The five nutrients of the whole meal."""
        sums = {name: 0.0 for name in NUTRIENTS}
        for food, portions in self.items:
            for name, value in food.per_grams(portions * food.portion_grams).items():
                sums[name] += value
        return {name: (float(round(v)) if name == "kcal" else round(v, 1)) for name, v in sums.items()}

    def to_json(self) -> dict[str, Any]:
        """The suggestion as the tool returns it."""
        items = []
        for food, portions in self.items:
            grams = portions * food.portion_grams
            nutrients = food.per_grams(grams)
            items.append(
                {
                    "food_id": food.id,
                    "name": food.name,
                    "amount": food.describe_portions(portions),
                    "grams": round(grams, 1),
                    "kcal": nutrients["kcal"],
                    "protein_g": nutrients["protein_g"],
                }
            )
        return {"name": self.name, "items": items, **self.totals()}


@lru_cache(maxsize=1)
def load_templates() -> tuple[Template, ...]:
    """The bundled meal templates, read once per process."""
    text = resources.files("agenthost_ceres").joinpath("data/meal_templates.json").read_text(encoding="utf-8")
    return tuple(
        Template(
            row["name"],
            tuple(row["meals"]),
            tuple((food_id, float(n)) for food_id, n in row["items"]),
            frozenset(row.get("tags", ())),
        )
        for row in json.loads(text)["templates"]
    )


def suggest(
    meal_type: str,
    prefs: DietPrefs,
    target_kcal: float | None = None,
    count: int = 3,
    table: FoodTable | None = None,
    style: str | None = None,
    everything: bool = False,
) -> list[Suggestion]:
    """Up to `count` meal ideas for `meal_type` that `prefs` allow, nearest `target_kcal` first;
    only ideas of `style` when one is asked for (from any meal when `meal_type` has none);
    `everything`: the simple plates too, however many templates fit (a food asked for may be
    in a plate only)."""
    table = table or load_table()

    def allowed(templates: list[Template]) -> list[Suggestion]:
        ideas = [Suggestion(t.name, tuple((table.get(food_id), n) for food_id, n in t.items)) for t in templates]
        return [idea for idea in ideas if all(prefs.allows(food) for food, _ in idea.items)]

    ideas = allowed([t for t in load_templates() if meal_type in t.meals and t.fits(style)])
    if style is not None:
        if not ideas:  # "something sweet" for lunch: the sweet ideas there are, whatever the meal
            ideas = allowed([t for t in load_templates() if t.fits(style)])
    elif len(ideas) < count or everything:
        names = {idea.name for idea in ideas}
        ideas += [plate for plate in simple_plates(meal_type, prefs, table) if plate.name not in names]
    if target_kcal:
        ideas = [_fit(idea, target_kcal) for idea in ideas]
        ideas.sort(key=lambda idea: abs(idea.totals()["kcal"] - target_kcal))
    if prefs.allergies:
        # Ideas with an allergen close to theirs go last (walnuts or almond butter for a peanut allergy: many react to
        # both, and they are often processed together; allergens.RELATED): fine to eat if their allergist agrees, but
        # not what to suggest first to someone who may not know that yet.
        ideas.sort(key=lambda idea: any(allergens.related_notes(prefs.allergies, food.allergens) for food, _ in idea.items))
    return ideas[:count]


COOKED = re.compile(
    r"\b(cooked|roasted|roast|baked|boiled|fried|grilled|scrambled?|steamed|broiled|sauteed|sautéed|poached|made with|porridge|"
    r"stir-fry|stir fry|omelett?e|stew|curry|chili|dal|hash|ragu|soup)\b",
    re.I,
)
READY = re.compile(r"\b(canned|tinned|deli|smoked|drained|hard-boiled)\b", re.I)
# Sold cooked in cans or pouches: ready to eat although the table's figures are "cooked".
READY_FOODS = frozenset({"chickpeas", "black_beans", "kidney_beans", "lentils", "corn"})


def needs_cooking(food: Food) -> bool:
    """True when a food is eaten cooked and doesn't come ready (canned, deli, smoked)."""
    text = f"{food.name} {food.portion_description}"
    return bool(COOKED.search(text)) and not READY.search(text) and food.id not in READY_FOODS


# A dish made in the oven, as its name says: "Baked salmon ...", "Roast chicken thighs ...", "... with
# baked potato" (tinned baked beans are no oven dish).
OVEN_DISH = re.compile(r"\b(?:roast(?:ed)?|baked(?! beans)|bake|oven|traybake|tray-baked|sheet-pan|jacket potato)\b", re.I)


def without_oven(ideas: list[Suggestion]) -> list[Suggestion]:
    """The ideas made without an oven ("no oven, dinner ideas?"): on the hob or not cooked."""
    return [idea for idea in ideas if not OVEN_DISH.search(idea.name)]


def no_cooking(ideas: list[Suggestion]) -> list[Suggestion]:
    """The ideas that need no cooking: every food ready to eat, no cooking in the name."""
    return [
        idea
        for idea in ideas
        if not COOKED.search(idea.name) and not any(needs_cooking(food) for food, _ in idea.items)
    ]


# What keeps for days in a desk drawer, a bag or on a hike, with no fridge: dry, tinned, cured or
# whole foods. Whole fruit keeps a few days; cut vegetables, dairy, eggs, dips and fresh meat don't.
SHELF_STABLE_CATEGORIES = frozenset({"nuts & seeds", "grains & bread", "fruit"})
SHELF_STABLE_FOODS = frozenset({
    "peanuts", "peanut_butter", "tuna_canned", "sardines", "beef_jerky", "potato_chips", "tortilla_chips", "pretzels", "granola_bar",
    "honey", "maple_syrup", "jam", "dark_chocolate", "milk_chocolate", "popcorn", "saltines", "rice_cakes", "olives",
})
NOT_SHELF_STABLE = frozenset({"orange_juice", "apple_juice", "applesauce", "watermelon", "cantaloupe", "honeydew", "papaya", "avocado", "pancake", "waffle"})


def shelf_stable(ideas: list[Suggestion]) -> list[Suggestion]:
    """The ideas whose every food keeps without a fridge ("for my desk drawer at work?")."""
    def keeps(food: Food) -> bool:
        return food.id not in NOT_SHELF_STABLE and (food.category in SHELF_STABLE_CATEGORIES or food.id in SHELF_STABLE_FOODS)

    return [idea for idea in ideas if not NEEDS_KITCHEN.search(idea.name) and all(keeps(food) for food, _ in idea.items)]


NEEDS_KITCHEN = re.compile(r"(?i)\b(?:smoothie|frozen|nice cream|toast|toasted|baked|warm|hot)\b")


# A kind of food asked for, not one food: "something with fish", "a seafood dinner".
FOOD_KINDS = {"fish": ("fish",), "oily fish": ("fish",), "white fish": ("fish",), "seafood": ("fish", "shellfish"), "shellfish": ("shellfish",)}


def with_food(ideas: list[Suggestion], words: str) -> list[Suggestion]:
    """The ideas with a food named by `words` ("chicken", "salmon", "lentils", or a kind such as "fish") in them."""
    if (kinds := FOOD_KINDS.get(words.strip())) is not None:
        return [idea for idea in ideas if any(set(kinds) & set(food.allergens) for food, _ in idea.items)]
    key = normalise(alias_words(words))
    return [idea for idea in ideas if any(set(key) <= food.keywords for food, _ in idea.items)]


def budget_first(ideas: list[Suggestion]) -> list[Suggestion]:
    """The ideas that get at least `BUDGET_SHARE` of their calories from budget staples,
    cheapest first."""

    def share(idea: Suggestion) -> float:
        total = sum(food.kcal * n for food, n in idea.items) or 1.0
        return sum(food.kcal * n for food, n in idea.items if food.id in BUDGET_FOODS) / total

    return sorted((idea for idea in ideas if share(idea) >= BUDGET_SHARE), key=lambda idea: -share(idea))


def with_protein(ideas: list[Suggestion], min_protein_g: float) -> list[Suggestion]:
    """The ideas that reach `min_protein_g`, scaling the protein-rich foods of an idea up (at
    most ×2) when that gets it there; richest first."""
    reached: list[Suggestion] = []
    for idea in ideas:
        protein = idea.totals()["protein_g"]
        if protein < min_protein_g:
            rich = [(food, n) for food, n in idea.items if food.protein_g * n >= PROTEIN_RICH_G]
            rich_g = sum(food.protein_g * n for food, n in rich)
            if not rich or rich_g <= 0:
                continue
            factor = min(MAX_SCALE, 1 + (min_protein_g - protein) / rich_g)
            idea = Suggestion(
                idea.name,
                tuple(
                    (food, _round_portion(food, n * factor, n)) if food.protein_g * n >= PROTEIN_RICH_G else (food, n)
                    for food, n in idea.items
                ),
            )
        if idea.totals()["protein_g"] >= min_protein_g:
            reached.append(idea)
    return sorted(reached, key=lambda idea: -idea.totals()["protein_g"])


def simple_plates(meal_type: str, prefs: DietPrefs, table: FoodTable) -> list[Suggestion]:
    """Plates of one allowed protein, starch and vegetable/fruit each, in rotating combinations."""
    groups = [
        [(table.get(food_id), n) for food_id, n in group if prefs.allows(table.get(food_id))]
        for group in PLATE_PARTS.get(meal_type, PLATE_PARTS["lunch"])
    ]
    groups = [group for group in groups if group]
    if not groups:
        return []
    plates: list[Suggestion] = []
    longest = max(len(group) for group in groups)
    for k in range(longest):
        parts = tuple(group[k % len(group)] for group in groups)
        if len({food.id for food, _ in parts}) < len(parts):
            continue
        name = _plate_name([food for food, _ in parts])
        if name not in {plate.name for plate in plates}:
            plates.append(Suggestion(name, parts))
    return plates


def _fit(idea: Suggestion, target_kcal: float) -> Suggestion:
    """Scale the foods that carry the calories so the meal lands near `target_kcal`; light
    extras (salad, salsa, spices) keep their amount."""
    main = [(food, n) for food, n in idea.items if _item_kcal(food, n) >= LIGHT_KCAL]
    light_kcal = sum(_item_kcal(food, n) for food, n in idea.items if _item_kcal(food, n) < LIGHT_KCAL)
    main_kcal = sum(_item_kcal(food, n) for food, n in main)
    if main_kcal <= 0:
        return idea
    factor = min(MAX_SCALE, max(MIN_SCALE, (target_kcal - light_kcal) / main_kcal))
    if abs(factor - 1) <= 0.1:
        return idea
    items = tuple(
        (food, _round_portion(food, n * factor, n)) if _item_kcal(food, n) >= LIGHT_KCAL else (food, n)
        for food, n in idea.items
    )
    return Suggestion(idea.name, items)


def _item_kcal(food: Food, portions: float) -> float:
    return food.kcal * portions


def _round_portion(food: Food, portions: float, original: float) -> float:
    """Round so the amount reads well: 10 g steps for foods weighed in grams, whole items for
    countable foods (eggs, slices), ½ tbsp/tsp, else ¼ of the household measure (¼ cup)."""
    if food.portion_unit == "g":
        return max(0.1, round(portions, 1))
    amount = portions * food.portion_amount
    if "each" in food.units and original * food.portion_amount >= 1:
        step = 1.0
    elif food.portion_unit.split()[0] in ("tbsp", "tsp"):
        step = 0.5
    else:
        step = 0.25
    return max(step, round(amount / step) * step) / food.portion_amount


def _plate_name(foods: Sequence[Food]) -> str:
    labels = [_short_name(food) for food in foods]
    first = labels[0][:1].upper() + labels[0][1:]
    if len(labels) == 1:
        return first
    return f"{first} with {', '.join(labels[1:-1]) + ' and ' if len(labels) > 2 else ''}{labels[-1]}"


def _short_name(food: Food) -> str:
    return PLATE_LABELS.get(food.id) or food.name.split(",")[0].split("(")[0].strip().lower()
