"""Diet preferences from the shared profile, and which foods they allow.

The profile keeps `diet = {"type", "gluten_free", "lactose_free", "allergies", "dislikes",
"conditions"}` and `calorie_target` (both owned by Ceres). Allergies are stored in canonical
form (see `allergens`): one of the table's allergen names ("peanuts", "tree_nuts", "dairy", ...)
or, for anything else, the food word itself ("strawberry"), which then rules out every food
whose name or aliases contain it. `conditions` records medical diets ("coeliac") so answers can
say why a food is ruled out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from attrs import frozen

from agenthost_ceres import allergens
from agenthost_ceres.allergens import ALLERGENS, canonical_allergies, key_of
from agenthost_ceres.energy import Body, maintenance_kcal
from agenthost_ceres.foods import Food

DIET_TYPES = ("omnivore", "vegetarian", "vegan", "pescatarian")
CONDITIONS = ("coeliac", "lactose intolerance", "diabetes")

# Dislikes that name a whole group of foods ("I don't like fish") rather than one food.
# The foods a meat or drink avoided goes by ("no pork": no bacon, ham or pepperoni either), by
# the words of their names and of their recipes' ingredients; a vegetarian version is none of them.
DISLIKE_FAMILIES: dict[str, frozenset[str]] = {
    "pork": frozenset("pork bacon ham gammon sausage chorizo pepperoni salami prosciutto pancetta lard spam hotdog frankfurter bratwurst carnitas".split()),
    "beef": frozenset("beef steak sirloin ribeye brisket hamburger cheeseburger meatball bolognese whopper".split()),
    "lamb": frozenset("lamb mutton".split()),
}
# Foods whose names don't say their meat: the chains' beef burgers.
DISLIKE_IDS = {"beef": ("big_mac", "quarter_pounder", "whopper", "cheeseburger", "hamburger", "double_cheeseburger")}
DISLIKE_TAGS = {"alcohol": "alcohol"}  # "no alcohol": beer, wine and spirits by their tag
DISLIKE_GROUPS: dict[str, tuple[str, ...]] = {
    "fish": ("fish",), "seafood": ("fish", "shellfish"), "shellfish": ("shellfish",), "nut": ("peanuts", "tree_nuts"),
    "dairy": ("dairy",),
}  # fmt: skip
# Words that name what a diet type rules out, for "why not?" answers.
DIET_EXCLUDES = {
    "vegetarian": "meat and fish",
    "vegan": "meat, fish, dairy, eggs and honey",
    "pescatarian": "meat (fish is fine)",
}
MEAL_SHARE = {"breakfast": 0.25, "lunch": 0.35, "dinner": 0.30, "snack": 0.10}


def canonical_words(words: Iterable[str]) -> list[str]:
    """Dislikes in singular lower-case form, without duplicates: ["Mushrooms"] -> ["mushroom"]."""
    result: list[str] = []
    for word in words:
        key = key_of(word)
        if key and key not in result:
            result.append(key)
    return result


@frozen(cache_hash=True)
class DietPrefs:
    """What a user eats: diet type, gluten/lactose free, allergies, dislikes, medical diets."""

    type: str = "omnivore"
    gluten_free: bool = False
    lactose_free: bool = False
    allergies: tuple[str, ...] = ()
    dislikes: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: Mapping[str, Any] | None) -> DietPrefs:
        """Read `profile["diet"]`, tolerating missing or malformed values."""
        diet = (profile or {}).get("diet") or {}
        if not isinstance(diet, Mapping) or not diet:
            return cls()  # nothing saved (most users, asked several times a turn): what the reading below gives for {}
        kind = diet.get("type") if diet.get("type") in DIET_TYPES else "omnivore"
        conditions = tuple(c for c in _strings(diet.get("conditions")) if c in CONDITIONS)
        return cls(
            type=kind,
            gluten_free=bool(diet.get("gluten_free", False)) or "coeliac" in conditions,
            lactose_free=bool(diet.get("lactose_free", False)) or "lactose intolerance" in conditions,
            allergies=tuple(canonical_allergies(_strings(diet.get("allergies")))),
            dislikes=tuple(canonical_words(_strings(diet.get("dislikes")))),
            conditions=conditions,
        )

    def with_exclusions(self, words: Iterable[str]) -> DietPrefs:
        """These preferences plus foods left out for one request ("without eggs")."""
        extra = canonical_allergies(words)
        return DietPrefs(
            self.type, self.gluten_free, self.lactose_free,
            tuple(dict.fromkeys([*self.allergies, *extra])), self.dislikes, self.conditions,
        )  # fmt: skip

    def allows(self, food: Food) -> bool:
        """True when `food` fits the diet type, gluten/lactose rules, allergies and dislikes
        (remembered per preferences and food: a meal idea's check runs over dozens of foods)."""
        return _allows(self, food)

    def conflicts(self, food: Food) -> list[str]:
        """Why `food` does not fit, in words ("not safe with your peanut allergy", "not
        gluten-free, and you're coeliac"); empty when it fits. Written so the allergen is named
        only as what to avoid."""
        return list(dict.fromkeys(self.breaks(food).values()))

    def breaks(self, food: Food) -> dict[str, str]:
        """What about `food` breaks these preferences, each with its reason in words: keyed by
        the allergen ("soy"), "gluten_free", "lactose_free", "diet" or "dislike:<word>", so a
        free-from word ("soy milk" is dairy-free) can say which of them it answers."""
        reasons: dict[str, str] = {}
        for allergy in self.allergies:
            if allergy in ALLERGENS:
                if allergy in food.allergens:
                    reasons[allergy] = f"not safe with your {allergens.allergy_noun(allergy)} allergy"
            elif _mentions(food.keywords, allergy):
                reasons[allergy] = f"not safe with your {allergy} allergy"
        if self.gluten_free and "gluten_free" not in food.tags:
            reasons["gluten_free"] = "not gluten-free, and you're coeliac" if "coeliac" in self.conditions else "not gluten-free"
        if self.lactose_free and "lactose_free" not in food.tags:
            reasons["lactose_free"] = "not dairy-free"
        if self.type in DIET_EXCLUDES and self.type not in food.tags:
            reasons["diet"] = f"not {self.type}"
        for dislike in self.dislikes:
            if _mentions(food.keywords, dislike) or food.allergens & set(DISLIKE_GROUPS.get(dislike, ())) or _in_family(food, dislike):
                reasons[f"dislike:{dislike}"] = f"you'd rather avoid {dislike}"
        return reasons

    @property
    def is_default(self) -> bool:
        """True when nothing restricts the choice of food."""
        return self == DietPrefs()

    def describe(self) -> str:
        """The preferences in a few words: "vegetarian, coeliac (gluten-free), no peanuts"."""
        parts: list[str] = []
        if self.type != "omnivore":
            parts.append(self.type)
        if "coeliac" in self.conditions:
            parts.append("coeliac (gluten-free)")
        elif self.gluten_free:
            parts.append("gluten-free")
        if self.lactose_free:
            parts.append("lactose-free")
        if "diabetes" in self.conditions:
            parts.append("diabetes-friendly")
        if self.allergies:
            parts.append("no " + allergens.describe(self.allergies, "or"))
        if self.dislikes:
            parts.append("avoiding " + ", ".join(self.dislikes))
        return ", ".join(parts) if parts else "no diet restrictions"

    def to_json(self) -> dict[str, Any]:
        """The `diet` object as stored in profile.json."""
        return {
            "type": self.type,
            "gluten_free": self.gluten_free,
            "lactose_free": self.lactose_free,
            "allergies": list(self.allergies),
            "dislikes": list(self.dislikes),
            "conditions": list(self.conditions),
        }


def calorie_target(profile: Mapping[str, Any] | None) -> tuple[int | None, str]:
    """The daily calorie target and where it came from: "profile", "estimated" or "none".

    Without a stated target, the estimate is the profile's maintenance energy (Mifflin-St Jeor
    times the activity factor, see `energy`), rounded to 50 kcal."""
    profile = profile or {}
    target = profile.get("calorie_target")
    if isinstance(target, (int, float)) and not isinstance(target, bool) and target > 0:
        return int(target), "profile"
    body = Body.from_profile(profile)
    if not body.complete:
        return None, "none"
    return int(round(maintenance_kcal(body) / 50) * 50), "estimated"


def _in_family(food: Food, dislike: str) -> bool:
    """Whether `food` is one the disliked meat or drink goes by: bacon for pork, beer for alcohol,
    a carbonara made with bacon (its recipe's ingredients) for pork."""
    if DISLIKE_TAGS.get(dislike) in food.tags:
        return True
    family = DISLIKE_FAMILIES.get(dislike)
    if family is None or "vegetarian" in food.tags:
        return False
    if food.keywords & family or any(part in food.id for part in DISLIKE_IDS.get(dislike, ())):
        return True
    from agenthost_ceres.foods import load_table  # the recipe's ingredients; late, as the table loads dishes with diet checks

    table = load_table()
    return any((part := table.by_id.get(food_id)) is not None and bool(part.keywords & family) for food_id, _ in food.recipe)


def _mentions(keywords: frozenset[str], phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and all(word in keywords for word in words)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


@lru_cache(maxsize=1 << 16)
def _allows(prefs: DietPrefs, food: Food) -> bool:
    """`prefs.allows(food)`: both are immutable, so the answer never changes."""
    return not prefs.breaks(food)
