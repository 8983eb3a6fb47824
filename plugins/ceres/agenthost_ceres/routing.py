"""Offline routing for Ceres: how strongly a message is about food, meals and nutrition.

Scores come from `host.keywords.KeywordScorer` (whole words, stemmed, phrases first), so
"ate", "eating" and "eats" match "eat" and "brunch" is a meal, not a run. Weights say how sure
one mention alone makes us; several mentions add up towards 1.0.
"""

from __future__ import annotations

from host import hookimpl
from host.keywords import KeywordScorer, reason
from host.types import ClassifyContext, Score

AGENT = "ceres"

TERMS: dict[str, float] = {
    # Core vocabulary.
    "eat": 0.5,
    "food": 0.5,
    "meal": 0.55,
    "diet": 0.6,
    "nutrition": 0.7,
    "nutrient": 0.6,
    "calorie": 0.55,
    "kcal": 0.6,
    "macros": 0.6,
    "protein": 0.5,
    "carb": 0.55,
    "fat": 0.3,
    "fiber": 0.55,
    "fibre": 0.55,
    "sugar": 0.45,
    "vitamin": 0.5,
    "supplement": 0.45,
    "multivitamin": 0.55,
    "salt": 0.45,
    "sodium": 0.5,
    "balanced plate": 0.6,
    "hungry": 0.55,
    "craving": 0.5,
    "portion": 0.5,
    "recipe": 0.6,
    "cook": 0.5,
    "ingredient": 0.55,
    "grocery": 0.55,
    "snack": 0.6,
    "breakfast": 0.6,
    "lunch": 0.6,
    "dinner": 0.6,
    "brunch": 0.6,
    "dessert": 0.55,
    # Diets and restrictions.
    "vegetarian": 0.6,
    "vegan": 0.6,
    "pescatarian": 0.65,
    "keto": 0.6,
    "paleo": 0.6,
    "gluten": 0.6,
    "lactose": 0.6,
    "dairy": 0.5,
    "allergic": 0.35,
    "intermittent fasting": 0.8,
    "fasting": 0.55,
    # Foods and drinks.
    "fruit": 0.5,
    "vegetable": 0.5,
    "veggies": 0.5,
    "salad": 0.55,
    "chicken": 0.45,
    "rice": 0.45,
    "pasta": 0.45,
    "bread": 0.45,
    "egg": 0.45,
    "oats": 0.45,
    "oatmeal": 0.5,
    "yogurt": 0.5,
    "cheese": 0.45,
    "fish": 0.4,
    "salmon": 0.45,
    "tofu": 0.5,
    "beans": 0.45,
    "lentils": 0.5,
    "nuts": 0.4,
    "avocado": 0.45,
    "banana": 0.45,
    "apple": 0.4,
    "smoothie": 0.5,
    "pizza": 0.45,
    "chocolate": 0.4,
    "coffee": 0.35,
    "hydration": 0.45,
    "water": 0.25,
    # Phrases.
    "protein shake": 0.8,
    "meal plan": 0.85,
    "meal prep": 0.85,
    "healthy eating": 0.75,
    "junk food": 0.75,
    "fast food": 0.7,
    "lose weight": 0.45,
    "gain weight": 0.45,
    "shopping list": 0.5,
    "what should i eat": 0.8,
}

SCORER = KeywordScorer(TERMS)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    """Score Ceres for `message`; the reason names the nutrition terms that matched."""
    match = SCORER.score(message)
    return Score(AGENT, match.score, reason("nutrition", match.terms))
