"""Ceres' tools: log a meal, sum a day, suggest meals, look up a food, save diet preferences.

Each is a plain function `fn(context, **arguments)` with a JSON schema, used both by the model
(function calling) and by the offline replies. Bad arguments raise `ToolError` before anything
is written.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Sequence
from typing import Any

from host.clock import now, utc_now
from host.types import Tool, ToolContext, ToolError

from agenthost_ceres.diet import DIET_TYPES, MEAL_SHARE, DietPrefs, canonical_allergies, canonical_words
from agenthost_ceres.diet import calorie_target as profile_calorie_target
from agenthost_ceres.foods import FoodTable, load_table
from agenthost_ceres.meals import (
    MEAL_TYPES,
    add_meal,
    check_not_future,
    macro_split,
    meal_type_for_hour,
    meals_on,
    resolve_date,
    sum_nutrients,
)
from agenthost_ceres.parser import ParsedMeal, parse_meal
from agenthost_ceres.suggestions import suggest

AGENT = "ceres"
MAX_ITEM_GRAMS = 5000
MAX_TEXT = 500
EXAMPLES = "'2 eggs and a banana', 'a cup of rice' or '150 g chicken breast'"

DATE_PROPERTY = {
    "type": "string",
    "description": "YYYY-MM-DD, 'today' or 'yesterday' (UTC); default today",
    "maxLength": 20,
}


async def log_meal(
    context: ToolContext, text: str, meal_type: str | None = None, date: str | None = None
) -> dict[str, Any]:
    """Parse `text` into foods, append them to meals.jsonl, and return the items and the day's totals."""
    text = text.strip()
    if not text:
        raise ToolError(f"say what you ate, e.g. {EXAMPLES}")
    if len(text) > MAX_TEXT:
        raise ToolError(f"that is more than {MAX_TEXT} characters; log one meal at a time")
    _check_choice("meal_type", meal_type, MEAL_TYPES)
    day = check_not_future(resolve_date(date))
    table = load_table()
    parsed = parse_meal(text, table)
    if not parsed.items:
        raise ToolError(not_understood(text, parsed, table))
    for item in parsed.items:
        if item.grams > MAX_ITEM_GRAMS:
            raise ToolError(
                f"'{item.words}' comes to {item.grams / 1000:.1f} kg of {item.food.name}; please check the amount"
            )
    items = [item.to_json() for item in parsed.items]
    record = {
        "id": uuid.uuid4().hex[:12],
        "date": day,
        "logged_at": utc_now(),
        "meal_type": meal_type or parsed.meal_type or meal_type_for_hour(now().hour),
        "text": text,
        "items": items,
        "totals": sum_nutrients(items),
    }
    day_meals = await add_meal(context.store, record)
    profile = await context.store.read_profile()
    totals = sum_nutrients(meal["totals"] for meal in day_meals if isinstance(meal.get("totals"), dict))
    target, source = profile_calorie_target(profile)
    return {
        "logged": record,
        "unrecognised": list(parsed.unrecognised),
        "day": {
            "date": day,
            "meal_count": len(day_meals),
            "totals": totals,
            "calorie_target": target,
            "target_source": source,
            "remaining_kcal": round(target - totals["kcal"]) if target else None,
        },
    }


async def daily_summary(context: ToolContext, date: str | None = None) -> dict[str, Any]:
    """Totals for one day against the user's calorie target, with the macro split and meals."""
    day = resolve_date(date)
    meals = await meals_on(context.store, day)
    totals = sum_nutrients(meal["totals"] for meal in meals if isinstance(meal.get("totals"), dict))
    profile = await context.store.read_profile()
    target, source = profile_calorie_target(profile)
    by_meal = {kind: 0.0 for kind in MEAL_TYPES}
    for meal in meals:
        kind = meal.get("meal_type") if meal.get("meal_type") in by_meal else "snack"
        by_meal[kind] += float((meal.get("totals") or {}).get("kcal", 0))
    return {
        "date": day,
        "meal_count": len(meals),
        "meals": [
            {
                "id": meal.get("id"),
                "meal_type": meal.get("meal_type"),
                "text": meal.get("text"),
                "foods": [_short_name(item) for item in meal.get("items") or [] if isinstance(item, dict)],
                "kcal": (meal.get("totals") or {}).get("kcal", 0),
                "protein_g": (meal.get("totals") or {}).get("protein_g", 0),
                "logged_at": meal.get("logged_at"),
            }
            for meal in meals
        ],
        "totals": totals,
        "kcal_by_meal": {kind: round(kcal) for kind, kcal in by_meal.items()},
        "macro_split": macro_split(totals),
        "calorie_target": target,
        "target_source": source,
        "remaining_kcal": round(target - totals["kcal"]) if target else None,
        "percent_of_target": round(100 * totals["kcal"] / target) if target else None,
    }


async def suggest_meals(
    context: ToolContext,
    meal_type: str | None = None,
    calorie_target: int | None = None,
    diet: str | None = None,
    gluten_free: bool | None = None,
    lactose_free: bool | None = None,
    allergies: Sequence[str] | None = None,
    dislikes: Sequence[str] | None = None,
    count: int = 3,
) -> dict[str, Any]:
    """Meal ideas from the table for a meal type, fitted to the diet (arguments override the
    profile) and to a calorie target (default: the meal's share of the daily target)."""
    _check_choice("meal_type", meal_type, MEAL_TYPES)
    _check_choice("diet", diet, DIET_TYPES)
    _check_range("calorie_target", calorie_target, 50, 3000)
    _check_range("count", count, 1, 6)
    profile = await context.store.read_profile()
    saved = DietPrefs.from_profile(profile)
    prefs = DietPrefs(
        type=diet or saved.type,
        gluten_free=saved.gluten_free if gluten_free is None else gluten_free,
        lactose_free=saved.lactose_free if lactose_free is None else lactose_free,
        allergies=tuple(dict.fromkeys([*saved.allergies, *canonical_allergies(allergies or [])])),
        dislikes=tuple(dict.fromkeys([*saved.dislikes, *canonical_words(dislikes or [])])),
    )
    kind = meal_type or meal_type_for_hour(now().hour)
    target: float | None = calorie_target
    source = "argument" if target else "none"
    if not target:
        daily, daily_source = _daily_target(profile)
        if daily:
            target, source = (
                round(daily * MEAL_SHARE[kind] / 10) * 10,
                f"{round(MEAL_SHARE[kind] * 100)}% of {daily} kcal ({daily_source})",
            )
    ideas = suggest(kind, prefs, target, count)
    if not ideas:
        raise ToolError(f"no {kind} ideas fit {prefs.describe()}; loosen one of the restrictions")
    return {
        "meal_type": kind,
        "target_kcal": target,
        "target_source": source,
        "diet": prefs.describe(),
        "suggestions": [idea.to_json() for idea in ideas],
    }


async def lookup_food(context: ToolContext, query: str) -> dict[str, Any]:
    """Nutrients of foods named in `query` ("chicken breast", "2 eggs", "a cup of rice")."""
    table = load_table()
    parsed = parse_meal(query, table)
    if not parsed.items:
        raise ToolError(not_understood(query, parsed, table))
    results = []
    for item in parsed.items:
        food = item.food
        results.append(
            {
                **item.to_json(),
                "portion": food.portion_description,
                "per_100g": food.per_grams(100),
                "tags": sorted(food.tags),
                "allergens": sorted(food.allergens),
                "dataset": f"USDA FoodData Central, {food.dataset}",
            }
        )
    return {"items": results, "unrecognised": list(parsed.unrecognised)}


async def set_diet_preferences(
    context: ToolContext,
    diet_type: str | None = None,
    gluten_free: bool | None = None,
    lactose_free: bool | None = None,
    allergies: Sequence[str] | None = None,
    dislikes: Sequence[str] | None = None,
    calorie_target: int | None = None,
    replace_lists: bool = False,
) -> dict[str, Any]:
    """Save diet type, gluten/lactose free, allergies, dislikes and the daily calorie target in
    profile.json. Lists are added to what is saved unless `replace_lists` is true."""
    given = {
        "diet_type": diet_type,
        "gluten_free": gluten_free,
        "lactose_free": lactose_free,
        "allergies": allergies,
        "dislikes": dislikes,
        "calorie_target": calorie_target,
    }
    changed = [name for name, value in given.items() if value is not None]
    if not changed:
        raise ToolError(
            "nothing to save: give a diet_type, gluten_free, lactose_free, allergies, dislikes or calorie_target"
        )
    _check_choice("diet_type", diet_type, DIET_TYPES)
    _check_range("calorie_target", calorie_target, 800, 6000)
    new_allergies = canonical_allergies(allergies or [])
    new_dislikes = canonical_words(dislikes or [])

    def change(profile: dict[str, Any]) -> dict[str, Any]:
        current = DietPrefs.from_profile(profile)
        diet = profile.get("diet") if isinstance(profile.get("diet"), dict) else {}
        merged_allergies = new_allergies if replace_lists else list(dict.fromkeys([*current.allergies, *new_allergies]))
        merged_dislikes = new_dislikes if replace_lists else list(dict.fromkeys([*current.dislikes, *new_dislikes]))
        diet.update(
            {
                "type": diet_type or current.type,
                "gluten_free": current.gluten_free if gluten_free is None else gluten_free,
                "lactose_free": current.lactose_free if lactose_free is None else lactose_free,
                "allergies": merged_allergies if allergies is not None else list(current.allergies),
                "dislikes": merged_dislikes if dislikes is not None else list(current.dislikes),
            }
        )
        profile["diet"] = diet
        if calorie_target is not None:
            profile["calorie_target"] = calorie_target
        return {"diet": dict(diet), "calorie_target": profile.get("calorie_target")}

    saved = await context.store.update_profile(change)
    prefs = DietPrefs.from_profile({"diet": saved["diet"]})
    return {**saved, "summary": prefs.describe(), "changed": changed}


def not_understood(text: str, parsed: ParsedMeal, table: FoodTable) -> str:
    """The error for a text with no known food: what was not understood, and close matches."""
    words = list(parsed.unrecognised) or [text.strip()]
    hints = []
    for word in words:
        close = difflib.get_close_matches(word, table.single_words(), n=1, cutoff=0.75)
        if close:
            hints.append(f"'{word}' -> '{close[0]}'?")
    message = f"I couldn't find a food I know in {text.strip()!r}. Not understood: {', '.join(words)}."
    if hints:
        message += " Did you mean " + ", ".join(hints)
    return message + f" Try e.g. {EXAMPLES}."


def _short_name(item: dict[str, Any]) -> str:
    """ "2 large eggs (100 g) egg" -> "egg": the food's name up to the first comma."""
    return str(item.get("name", "?")).split(",")[0].split("(")[0].strip()


def _check_choice(name: str, value: str | None, choices: Sequence[str]) -> None:
    if value is not None and value not in choices:
        raise ToolError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
        raise ToolError(f"{name} must be a whole number from {low} to {high}, not {value!r}")


def _daily_target(profile: dict[str, Any]) -> tuple[int | None, str]:
    target, source = profile_calorie_target(profile)
    return target, ("your target" if source == "profile" else "estimated from your profile")


_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 60}, "maxItems": 30}

LOG_MEAL = Tool(
    name="log_meal",
    description=(
        "Log what the user ate or drank, from their own words (e.g. '2 eggs and a banana', "
        "'150 g chicken breast', 'half an avocado'). Returns the foods found with kcal, protein, "
        "carbs, fat and fibre, any words not understood, and the day's totals."
    ),
    parameters={
        "type": "object",
        "properties": {
            "text": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_TEXT,
                "description": "what was eaten, in plain words",
            },
            "meal_type": {
                "type": "string",
                "enum": list(MEAL_TYPES),
                "description": "default: named in the text, else from the time of day",
            },
            "date": {
                **DATE_PROPERTY,
                "description": "the day it was eaten: YYYY-MM-DD, 'today' or 'yesterday' (UTC), not in the future; "
                "default today",
            },
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    function=log_meal,
    agent=AGENT,
    side_effects=True,
)

DAILY_SUMMARY = Tool(
    name="daily_summary",
    description=(
        "A day's logged meals and totals (kcal, protein, carbs, fat, fibre) against the user's "
        "calorie target, with the macro split and the calories remaining."
    ),
    parameters={"type": "object", "properties": {"date": DATE_PROPERTY}, "additionalProperties": False},
    function=daily_summary,
    agent=AGENT,
)

SUGGEST_MEALS = Tool(
    name="suggest_meals",
    description=(
        "Concrete meal ideas from the nutrition table with computed kcal and protein, filtered by "
        "diet and allergies (the saved profile applies unless overridden) and scaled to a calorie target."
    ),
    parameters={
        "type": "object",
        "properties": {
            "meal_type": {"type": "string", "enum": list(MEAL_TYPES)},
            "calorie_target": {
                "type": "integer",
                "minimum": 50,
                "maximum": 3000,
                "description": "kcal for this one meal",
            },
            "diet": {"type": "string", "enum": list(DIET_TYPES)},
            "gluten_free": {"type": "boolean"},
            "lactose_free": {"type": "boolean"},
            "allergies": {
                **_STRINGS,
                "description": "e.g. peanuts, nuts, dairy, egg, soy, fish, shellfish, gluten, sesame",
            },
            "dislikes": _STRINGS,
            "count": {"type": "integer", "minimum": 1, "maximum": 6, "default": 3},
        },
        "additionalProperties": False,
    },
    function=suggest_meals,
    agent=AGENT,
)

LOOKUP_FOOD = Tool(
    name="lookup_food",
    description=(
        "Nutrition facts from the USDA-based table for foods and amounts ('chicken breast', "
        "'2 eggs', 'a cup of rice'): kcal, protein, carbs, fat, fibre, per portion and per 100 g."
    ),
    parameters={
        "type": "object",
        "properties": {"query": {"type": "string", "minLength": 1, "maxLength": 200}},
        "required": ["query"],
        "additionalProperties": False,
    },
    function=lookup_food,
    agent=AGENT,
)

SET_DIET_PREFERENCES = Tool(
    name="set_diet_preferences",
    description=(
        "Save the user's diet in their profile: diet type, gluten-free, lactose-free, allergies, "
        "dislikes and daily calorie target. Allergies and dislikes are added to the saved ones "
        "unless replace_lists is true (then they replace them; [] clears)."
    ),
    parameters={
        "type": "object",
        "properties": {
            "diet_type": {"type": "string", "enum": list(DIET_TYPES)},
            "gluten_free": {"type": "boolean"},
            "lactose_free": {"type": "boolean"},
            "allergies": _STRINGS,
            "dislikes": _STRINGS,
            "calorie_target": {"type": "integer", "minimum": 800, "maximum": 6000, "description": "kcal per day"},
            "replace_lists": {"type": "boolean", "default": False},
        },
        "additionalProperties": False,
    },
    function=set_diet_preferences,
    agent=AGENT,
    side_effects=True,
)

TOOLS: tuple[Tool, ...] = (LOG_MEAL, DAILY_SUMMARY, SUGGEST_MEALS, LOOKUP_FOOD, SET_DIET_PREFERENCES)
