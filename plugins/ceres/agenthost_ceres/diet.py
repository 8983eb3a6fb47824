"""Diet preferences from the shared profile, and which foods they allow.

The profile keeps `diet = {"type", "gluten_free", "lactose_free", "allergies", "dislikes"}` and
`calorie_target` (see the plugin conventions). Allergies are stored in canonical form: one of
the table's allergen names ("peanuts", "nuts", "dairy", ...) or, for anything else, the food
word itself ("strawberry"), which then rules out every food whose name or aliases contain it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from agenthost_ceres.foods import Food, alias_words, normalise

DIET_TYPES = ("omnivore", "vegetarian", "vegan", "pescatarian")
ALLERGENS = ("dairy", "egg", "fish", "shellfish", "gluten", "soy", "nuts", "peanuts", "sesame")

# Everyday words for an allergen, mapped to the table's allergen names.
ALLERGEN_WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("nut", "tree nut", "treenut", "almond", "walnut", "cashew", "pecan", "pistachio", "hazelnut", "macadamia"), ("nuts",)),
    **dict.fromkeys(("peanut", "groundnut"), ("peanuts",)),
    **dict.fromkeys(("dairy", "milk", "lactose", "cheese"), ("dairy",)),
    **dict.fromkeys(("soy", "soya", "soybean"), ("soy",)),
    **dict.fromkeys(("shellfish", "crustacean", "shrimp", "prawn", "crab", "lobster"), ("shellfish",)),
    **dict.fromkeys(("gluten", "wheat"), ("gluten",)),
    "egg": ("egg",), "fish": ("fish",), "seafood": ("fish", "shellfish"), "sesame": ("sesame",),
}  # fmt: skip
# Dislikes that name a whole group of foods ("I don't like fish") rather than one food.
DISLIKE_GROUPS: dict[str, tuple[str, ...]] = {
    "fish": ("fish",), "seafood": ("fish", "shellfish"), "shellfish": ("shellfish",), "nut": ("nuts",), "dairy": ("dairy",),
}  # fmt: skip
DIET_LABELS = {
    "vegetarian": "vegetarian",
    "vegan": "vegan",
    "pescatarian": "pescatarian",
    "omnivore": "no diet restrictions",
}
MEAL_SHARE = {"breakfast": 0.25, "lunch": 0.35, "dinner": 0.30, "snack": 0.10}


def canonical_allergies(words: Iterable[str]) -> list[str]:
    """ "Peanuts", "tree nuts", "shrimp" -> ["peanuts", "nuts", "shellfish"]; others kept as words."""
    result: list[str] = []
    for word in words:
        key = " ".join(normalise(alias_words(word.strip())))
        if not key:
            continue
        for name in ALLERGEN_WORDS.get(key, (key,)):
            if name not in result:
                result.append(name)
    return result


def canonical_words(words: Iterable[str]) -> list[str]:
    """Dislikes in singular lower-case form, without duplicates: ["Mushrooms"] -> ["mushroom"]."""
    result: list[str] = []
    for word in words:
        key = " ".join(normalise(alias_words(word.strip())))
        if key and key not in result:
            result.append(key)
    return result


@frozen
class DietPrefs:
    """What a user eats: diet type, gluten/lactose free, allergies and dislikes."""

    type: str = "omnivore"
    gluten_free: bool = False
    lactose_free: bool = False
    allergies: tuple[str, ...] = ()
    dislikes: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: Mapping[str, Any] | None) -> DietPrefs:
        """Read `profile["diet"]`, tolerating missing or malformed values."""
        diet = (profile or {}).get("diet") or {}
        if not isinstance(diet, Mapping):
            diet = {}
        kind = diet.get("type") if diet.get("type") in DIET_TYPES else "omnivore"
        return cls(
            type=kind,
            gluten_free=bool(diet.get("gluten_free", False)),
            lactose_free=bool(diet.get("lactose_free", False)),
            allergies=tuple(canonical_allergies(_strings(diet.get("allergies")))),
            dislikes=tuple(canonical_words(_strings(diet.get("dislikes")))),
        )

    def allows(self, food: Food) -> bool:
        """True when `food` fits the diet type, gluten/lactose rules, allergies and dislikes."""
        if self.type in ("vegetarian", "vegan", "pescatarian") and self.type not in food.tags:
            return False
        if self.gluten_free and "gluten_free" not in food.tags:
            return False
        if self.lactose_free and "lactose_free" not in food.tags:
            return False
        keywords = food.keywords
        for allergy in self.allergies:
            if allergy in ALLERGENS:
                if allergy in food.allergens:
                    return False
            elif _mentions(keywords, allergy):
                return False
        for dislike in self.dislikes:
            if _mentions(keywords, dislike) or food.allergens & set(DISLIKE_GROUPS.get(dislike, ())):
                return False
        return True

    @property
    def is_default(self) -> bool:
        """True when nothing restricts the choice of food."""
        return self == DietPrefs()

    def describe(self) -> str:
        """The preferences in a few words: "vegetarian, gluten-free, no peanuts"."""
        parts: list[str] = []
        if self.type != "omnivore":
            parts.append(self.type)
        if self.gluten_free:
            parts.append("gluten-free")
        if self.lactose_free:
            parts.append("lactose-free")
        if self.allergies:
            parts.append("no " + ", ".join(_allergy_label(a) for a in self.allergies))
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
        }


def calorie_target(profile: Mapping[str, Any] | None) -> tuple[int | None, str]:
    """The daily calorie target and where it came from: "profile", "estimated" or "none".

    Without a stated target, one is estimated from weight, height, age and sex with the
    Mifflin-St Jeor equation times 1.4 (lightly active), rounded to 50 kcal."""
    profile = profile or {}
    target = profile.get("calorie_target")
    if isinstance(target, (int, float)) and not isinstance(target, bool) and target > 0:
        return int(target), "profile"
    try:
        weight = float(profile["weight_kg"])
        height = float(profile["height_cm"])
        age = float(profile["age"])
        sex = str(profile["sex"]).lower()
    except (KeyError, TypeError, ValueError):
        return None, "none"
    if sex not in ("male", "female") or not (20 <= weight <= 400 and 100 <= height <= 250 and 10 <= age <= 120):
        return None, "none"
    bmr = 10 * weight + 6.25 * height - 5 * age + (5 if sex == "male" else -161)
    return int(round(bmr * 1.4 / 50) * 50), "estimated"


def _mentions(keywords: frozenset[str], phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and all(word in keywords for word in words)


def _allergy_label(allergy: str) -> str:
    return {"nuts": "tree nuts", "egg": "eggs"}.get(allergy, allergy)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []
