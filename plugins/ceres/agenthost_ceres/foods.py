"""The bundled nutrition table and lookups in it: single foods (`data/foods.json`, from USDA
FoodData Central) and composite or fast-food dishes (`data/dishes.json`, each with its source).

A `Food` holds its figures for one stated portion (e.g. "1 large egg (50 g)", or 100 g for
meat and fish); `Food.per_grams(g)` scales them to any weight. A recipe dish ("chicken Caesar
salad") is summed from table foods, so its figures, allergens and diet tags follow from its
ingredients. `FoodTable.match(words)` finds the longest alias at the start of a word sequence,
after reducing words to a singular form, so "eggs", "berries" and "tomatoes" find "egg",
"berry" and "tomato", and "chicken caesar salad" finds the salad, not the chicken.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from attrs import frozen

from agenthost_ceres.fuzzy import Speller

NUTRIENTS = ("kcal", "protein_g", "carbs_g", "fat_g", "fibre_g")
MAX_ALIAS_WORDS = 6

# Words whose final "s" is not a plural, and plurals the suffix rules get wrong.
_KEEP = {"hummus", "houmous", "hummous", "couscous", "asparagus", "swiss", "molasses", "grits", "lox", "bus", "plus"}
_IRREGULAR = {"leaves": "leaf", "loaves": "loaf", "halves": "half", "knives": "knife", "cheeses": "cheese"}
_IE_PLURALS = {"cookies", "brownies", "smoothies", "pies", "veggies", "calories", "toasties", "hotties"}


@lru_cache(maxsize=4096)  # a word, not a message: asked dozens of times a turn
def singular(word: str) -> str:
    """A rough singular of an English noun: "eggs" -> "egg", "berries" -> "berry"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word in _KEEP or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-1] if word in _IE_PLURALS else word[:-3] + "y"
    if word.endswith("oes"):
        return word[:-2]
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def normalise(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-case, singular word forms: the key the alias index uses."""
    return tuple(singular(w.lower()) for w in words)


def alias_words(alias: str) -> list[str]:
    """Split an alias into words the way the meal parser splits text ("hard-boiled" -> 2 words)."""
    return alias.lower().replace("-", " ").replace("'", "").split()


@frozen(eq=False)
class Food:
    """One row of the table: figures for `portion_grams` of the food, plus how to find it."""

    id: str
    name: str
    category: str
    portion_amount: float
    portion_unit: str
    portion_plural: str
    portion_grams: float
    portion_description: str
    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float
    fibre_g: float
    aliases: tuple[str, ...]
    units: dict[str, float]
    tags: frozenset[str]
    allergens: frozenset[str]
    dataset: str
    source: str  # where the figures come from, with its version: shown to the user
    note: str = ""
    keywords: frozenset[str] = frozenset()  # singular words of the name and aliases, for allergies/dislikes
    recipe: tuple[tuple[str, float], ...] = ()  # (food id, portions) for a dish summed from the table

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Food:
        """Build a Food from one entry of `foods.json`."""
        portion = row["portion"]
        return cls(
            id=row["id"],
            name=row["name"],
            category=row["category"],
            portion_amount=float(portion["amount"]),
            portion_unit=portion["unit"],
            portion_plural=portion.get("plural", portion["unit"]),
            portion_grams=float(portion["grams"]),
            portion_description=portion["description"],
            kcal=float(row["kcal"]),
            protein_g=float(row["protein_g"]),
            carbs_g=float(row["carbs_g"]),
            fat_g=float(row["fat_g"]),
            fibre_g=float(row["fibre_g"]),
            aliases=tuple(row["aliases"]),
            units={k: float(v) for k, v in row.get("units", {}).items()},
            tags=frozenset(row.get("tags", ())),
            allergens=frozenset(row.get("allergens", ())),
            dataset=row["dataset"],
            source=row.get("source") or f"USDA FoodData Central, {row['dataset']}",
            note=row.get("note", ""),
            keywords=_keywords(row["id"], row["name"], row["aliases"]),
            recipe=tuple(row.get("recipe", ())),
        )

    @classmethod
    def dish_from_json(cls, row: dict[str, Any], sources: dict[str, dict[str, str]], foods: dict[str, Food]) -> Food:
        """Build a dish from one entry of `dishes.json`: its own figures (a chain's or USDA's),
        or, for a recipe, the sum of its ingredients' figures, allergens and diet tags."""
        cited = sources[row["source"]]
        recipe = tuple((food_id, float(portions)) for food_id, portions in row.get("recipe", ()))
        if not recipe:
            return cls.from_json({**row, "dataset": cited["name"], "source": f"{cited['name']}, {cited['version']}"})
        parts = [(foods[food_id], portions) for food_id, portions in recipe]
        grams = round(sum(food.portion_grams * portions for food, portions in parts), 1)
        totals = {name: sum(getattr(food, name) * portions for food, portions in parts) for name in NUTRIENTS}
        portion = {**row["portion"], "grams": grams}
        portion.setdefault("description", f"1 {portion['unit']} ({grams:.0f} g)")
        ingredients = ", ".join(food.describe_portions(portions) + " " + _short(food) for food, portions in parts)
        return cls.from_json(
            {
                **row,
                "portion": portion,
                **{name: (round(value) if name == "kcal" else round(value, 1)) for name, value in totals.items()},
                "units": {"each": grams, "serving": grams, portion["unit"]: grams, **row.get("units", {})},
                "tags": _tags_without(set.intersection(*(set(food.tags) for food, _ in parts)), row.get("extra_allergens", ())),
                "allergens": sorted(set().union(*(food.allergens for food, _ in parts), row.get("extra_allergens", ()))),
                "dataset": cited["name"],
                "source": f"recipe: {ingredients}; figures from USDA FoodData Central ({cited['version']})",
                "recipe": recipe,
            }
        )

    def per_grams(self, grams: float) -> dict[str, float]:
        """The five nutrients for `grams` of this food, rounded for display and storage."""
        factor = grams / self.portion_grams
        return {name: _round(name, getattr(self, name) * factor) for name in NUTRIENTS}

    def describe_portions(self, portions: float) -> str:
        """`portions` times the stated portion in words: "2 large eggs (100 g)", "150 g"."""
        amount = portions * self.portion_amount
        grams = portions * self.portion_grams
        if self.portion_unit == "g":
            return f"{grams:.0f} g"
        unit = self.portion_unit if amount <= 1 else self.portion_plural
        return f"{format_amount(amount)} {unit} ({grams:.0f} g)"


class FoodTable:
    """All foods, by id and by alias (word tuples in singular form)."""

    def __init__(self, foods: Sequence[Food], metadata: dict[str, Any]) -> None:
        self.foods = list(foods)
        self.metadata = metadata
        self.by_id = {food.id: food for food in self.foods}
        self.index: dict[tuple[str, ...], Food] = {}
        self.collisions: list[tuple[str, str, str]] = []
        for food in self.foods:
            for alias in food.aliases:
                key = normalise(alias_words(alias))
                other = self.index.setdefault(key, food)
                if other is not food:
                    self.collisions.append((" ".join(key), other.id, food.id))
        # Every word of every alias (singular), for telling known words from typos.
        self.vocabulary = frozenset(word for key in self.index for word in key)
        foods_of: dict[str, set[str]] = {}
        for key, food in self.index.items():
            for word in key:
                foods_of.setdefault(word, set()).add(food.id)
        self.speller = Speller(self.vocabulary, foods_of)

    def __len__(self) -> int:
        return len(self.foods)

    def get(self, food_id: str) -> Food:
        """The food with this id (KeyError when there is none)."""
        return self.by_id[food_id]

    def match(self, words: Sequence[str]) -> tuple[Food, int] | None:
        """The food whose alias is the longest prefix of `words`, and how many words it used."""
        keys = normalise(words[:MAX_ALIAS_WORDS])
        for length in range(len(keys), 0, -1):
            food = self.index.get(keys[:length])
            if food is not None:
                return food, length
        return None

    def find(self, text: str) -> Food | None:
        """The food whose alias is exactly `text` (any plural or case), else None."""
        words = alias_words(text)
        found = self.match(words)
        return found[0] if found and found[1] == len(words) else None

    def single_words(self) -> list[str]:
        """Every one-word alias key, for "did you mean" hints."""
        return sorted(key[0] for key in self.index if len(key) == 1)


def format_amount(amount: float) -> str:
    """1 -> "1", 0.5 -> "½", 1.5 -> "1½", 0.25 -> "¼", 2.4 -> "2.4"."""
    whole = int(amount)
    rest = round(amount - whole, 2)
    fractions = {0.25: "¼", 0.33: "⅓", 0.5: "½", 0.67: "⅔", 0.75: "¾"}
    if rest == 0:
        return str(whole)
    if rest in fractions:
        return (str(whole) if whole else "") + fractions[rest]
    return f"{amount:.1f}".rstrip("0").rstrip(".")


def _keywords(food_id: str, name: str, aliases: Sequence[str]) -> frozenset[str]:
    words: set[str] = set()
    for text in (name, food_id.replace("_", " "), *aliases):
        words.update(normalise(alias_words(re.sub(r"[,()]", " ", text))))
    return frozenset(words)


def _tags_without(tags: set[str], allergens: Iterable[str]) -> list[str]:
    """Diet tags that an allergen added on top of a recipe's foods takes away ("fish" in dashi)."""
    takes = {"fish": {"vegetarian", "vegan"}, "shellfish": {"vegetarian", "vegan"}, "dairy": {"vegan", "lactose_free"},
             "egg": {"vegan"}, "gluten": {"gluten_free"}}  # fmt: skip
    for allergen in allergens:
        tags -= takes.get(allergen, set())
    return sorted(tags)


def _short(food: Food) -> str:
    return food.name.split(",")[0].split("(")[0].strip()


def _round(name: str, value: float) -> float:
    return float(round(value)) if name == "kcal" else round(value, 1)


def _read(name: str) -> dict[str, Any]:
    return json.loads(resources.files("agenthost_ceres").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_table() -> FoodTable:
    """The bundled foods and dishes, read once per process."""
    document = _read("foods.json")
    foods = [Food.from_json(row) for row in document["foods"]]
    by_id = {food.id: food for food in foods}
    dishes_doc = _read("dishes.json")
    dishes = [Food.dish_from_json(row, dishes_doc["sources"], by_id) for row in dishes_doc["dishes"]]
    metadata = {key: value for key, value in document.items() if key != "foods"}
    metadata["dish_sources"] = dishes_doc["sources"]
    return FoodTable([*foods, *dishes], metadata)
