"""Ceres' tools: log, take back and correct meals; summarise a day or a week; suggest meals;
look up a food; save diet preferences; estimate energy and protein needs; answer an everyday
nutrition question.

Each is a plain function `fn(context, **arguments)` with a JSON schema, used both by the model
(function calling) and by the offline replies. Bad arguments raise `ToolError` before anything
is written. The three that change the log and the one that changes the profile are marked
`side_effects=True`, so the host runs each at most once per turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from host.clock import now
from host.types import Tool, ToolContext, ToolError

from agenthost_ceres import energy, knowledge
from agenthost_ceres.allergens import ALLERGENS, canonical_allergies
from agenthost_ceres.diet import CONDITIONS, DIET_TYPES, MEAL_SHARE, DietPrefs, canonical_words
from agenthost_ceres.diet import calorie_target as profile_calorie_target
from agenthost_ceres.energy import ACTIVITY_FACTORS, Body
from agenthost_ceres.foods import load_table
from agenthost_ceres.meal_log import MAX_TEXT, check_choice, correct_meal, delete_meal, log_meal, move_meal, not_understood, scale_meal
from agenthost_ceres.meals import MEAL_TYPES, meal_type_for_hour
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.suggestions import STYLE_LABELS, STYLE_MEAL, STYLES, budget_first, no_cooking, shelf_stable, without_oven, suggest, with_food, with_protein
from agenthost_ceres.summaries import PERIODS, daily_summary, meal_summary

__all__ = ["TOOLS", "daily_summary", "log_meal"]  # daily_summary and log_meal: used by bench/agent_log_growth.py

AGENT = "ceres"
MIN_TARGET_KCAL = 1200


# Kinds of dish left out by name ("no more salads", "sick of soup"), not by an ingredient.
DISH_KIND_WORDS = {
    "salad": "salad", "salads": "salad", "soup": "soup", "soups": "soup", "sandwich": "sandwich", "sandwiches": "sandwich",
    "wrap": "wrap", "wraps": "wrap", "stir fry": "stir-fr", "stir-fry": "stir-fr", "stir fries": "stir-fr", "curry": "curr", "curries": "curr",
    "omelette": "omelet", "omelettes": "omelet", "omelet": "omelet", "smoothie": "smoothie", "smoothies": "smoothie", "porridge": "porridge|oatmeal",
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
    exclude: Sequence[str] | None = None,
    high_protein: bool = False,
    min_protein_g: int | None = None,
    budget: bool = False,
    no_cook: bool = False,
    no_fridge: bool = False,
    no_oven: bool = False,
    skip: Sequence[str] | None = None,
    count: int = 3,
    style: str | None = None,
    include: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Meal ideas from the table for a meal type, fitted to the diet (the saved profile, plus
    the arguments) and to a calorie target (default: the meal's share of the daily target);
    `exclude` leaves foods out for this request only, `skip` names ideas already shown, `style`
    asks for a kind of meal ("sweet", "asian", "dip"...), `include` foods every idea must have
    ("something with chicken")."""
    check_choice("meal_type", meal_type, MEAL_TYPES)
    check_choice("style", style, tuple(STYLES))
    check_choice("diet", diet, DIET_TYPES)
    _check_range("calorie_target", calorie_target, 50, 3000)
    _check_range("count", count, 1, 6)
    _check_range("min_protein_g", min_protein_g, 1, 150)
    profile = await context.store.read_profile()
    saved = DietPrefs.from_profile(profile)
    wanted = DietPrefs(
        type=diet or saved.type,
        gluten_free=saved.gluten_free if gluten_free is None else gluten_free or saved.gluten_free,
        lactose_free=saved.lactose_free if lactose_free is None else lactose_free or saved.lactose_free,
        allergies=tuple(dict.fromkeys([*saved.allergies, *canonical_allergies(allergies or [])])),
        dislikes=tuple(dict.fromkeys([*saved.dislikes, *canonical_words(dislikes or [])])),
        conditions=saved.conditions,
    )
    prefs = wanted.with_exclusions(exclude or [])
    kind = meal_type or STYLE_MEAL.get(style or "") or meal_type_for_hour(now().hour)
    target: float | None = calorie_target
    source = "argument" if target else "none"
    if not target:
        daily, daily_source = _daily_target(profile)
        if daily:
            target, source = (
                round(daily * MEAL_SHARE[kind] / 10) * 10,
                f"{round(MEAL_SHARE[kind] * 100)}% of {daily} kcal ({daily_source})",
            )
    wanted_foods = [word for word in (include or []) if word.strip()]
    for word in wanted_foods:
        if not with_food(suggest(kind, DietPrefs(), None, 1000, style=style, everything=True), word):
            raise ToolError(f"I don't have a meal idea with {word}")
    dish_kinds = [DISH_KIND_WORDS[word.strip()] for word in (exclude or []) if word.strip() in DISH_KIND_WORDS]  # "sick of salads": no salad at all
    many = min_protein_g or budget or no_cook or no_fridge or no_oven or style or wanted_foods or dish_kinds
    ideas = suggest(kind, prefs, target, 1000 if many else 6 if (high_protein or skip) else count, style=style, everything=bool(wanted_foods))
    for word in wanted_foods:
        ideas = with_food(ideas, word)
        if not ideas:
            raise ToolError(f"none of my ideas with {word} fits {wanted.describe()}")
    if no_cook:
        ideas = no_cooking(ideas)
        if not ideas:
            within = "" if prefs.is_default else f" and {prefs.describe()}"
            raise ToolError(f"none of my {kind} ideas is ready without cooking{within}")
    if no_oven:
        ideas = without_oven(ideas)
        if not ideas:
            within = "" if prefs.is_default else f" and {prefs.describe()}"
            raise ToolError(f"none of my {kind} ideas is made without an oven{within}")
    if no_fridge:
        ideas = no_cooking(shelf_stable(ideas))
        if not ideas:
            within = "" if prefs.is_default else f" and {prefs.describe()}"
            raise ToolError(f"none of my {kind} ideas keeps without a fridge{within}")
    if dish_kinds:
        ideas = [idea for idea in ideas if not any(re.search(rf"(?i)\b{kind}", idea.name) for kind in dish_kinds)] or ideas
    if budget:
        ideas = budget_first(ideas) or ideas
    if min_protein_g:
        ideas = with_protein(ideas, min_protein_g)
        if not ideas:
            raise ToolError(f"no {kind} idea reaches {min_protein_g} g of protein within {wanted.describe()}; try a lower amount")
    if skip:
        fresh = [idea for idea in ideas if idea.name not in set(skip)]
        ideas = fresh or ideas
    if high_protein:
        ideas = sorted(ideas, key=lambda idea: -idea.totals()["protein_g"])
    ideas = ideas[:count]
    if not ideas and style:
        raise ToolError(f"none of my {STYLE_LABELS[style]} ideas fits {prefs.describe()}")
    if not ideas:
        raise ToolError(f"no {kind} ideas fit {prefs.describe()}; loosen one of the restrictions")
    return {
        "meal_type": kind,
        "style": style,
        "target_kcal": target,
        "target_source": source,
        "diet": wanted.describe(),
        "excluded": [e for e in canonical_allergies(exclude or []) if e not in wanted.allergies],
        "suggestions": [idea.to_json() for idea in ideas],
    }


async def lookup_food(context: ToolContext, query: str) -> dict[str, Any]:
    """Nutrients of foods named in `query` ("chicken breast", "2 eggs", "a big mac"), with
    what in them breaks the saved diet."""
    table = load_table()
    parsed = parse_meal(query, table)
    if parsed.problems:
        raise ToolError(" ".join(problem.question for problem in parsed.problems))
    if not parsed.items:
        raise ToolError(not_understood(query, parsed.unrecognised, table))
    prefs = DietPrefs.from_profile(await context.store.read_profile())
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
                "conflicts": prefs.conflicts(food),
                "note": food.note,
                "dataset": food.source,
            }
        )
    return {
        "items": results,
        "unrecognised": list(parsed.unrecognised),
        "repaired": [{"typed": typed, "read_as": read} for typed, read in parsed.repairs],
    }


async def set_diet_preferences(
    context: ToolContext,
    diet_type: str | None = None,
    gluten_free: bool | None = None,
    lactose_free: bool | None = None,
    allergies: Sequence[str] | None = None,
    dislikes: Sequence[str] | None = None,
    conditions: Sequence[str] | None = None,
    forget: Sequence[str] | None = None,
    calorie_target: int | None = None,
    replace_lists: bool = False,
) -> dict[str, Any]:
    """Save diet type, gluten/lactose free, allergies, dislikes, medical diets (coeliac,
    lactose intolerance) and the daily calorie target in profile.json. Lists are added to
    what is saved unless `replace_lists` is true; `forget` takes words off both lists."""
    given = {
        "diet_type": diet_type,
        "gluten_free": gluten_free,
        "lactose_free": lactose_free,
        "allergies": allergies,
        "dislikes": dislikes,
        "conditions": conditions,
        "forget": forget,
        "calorie_target": calorie_target,
    }
    changed = [name for name, value in given.items() if value is not None]
    if not changed:
        raise ToolError(
            "nothing to save: give a diet_type, gluten_free, lactose_free, allergies, dislikes, conditions, forget or calorie_target"
        )
    check_choice("diet_type", diet_type, DIET_TYPES)
    for condition in conditions or ():
        check_choice("conditions", condition, CONDITIONS)
    if calorie_target is not None and (isinstance(calorie_target, bool) or not isinstance(calorie_target, int)):
        raise ToolError(f"calorie_target must be a whole number, not {calorie_target!r}")
    if calorie_target is not None and calorie_target < MIN_TARGET_KCAL:
        raise ToolError(
            f"I won't set a target under {MIN_TARGET_KCAL:,} kcal a day: below that it's hard to get the nutrients you "
            "need, and very low intakes should only be followed with a doctor or dietitian"
        )
    _check_range("calorie_target", calorie_target, MIN_TARGET_KCAL, 6000)
    new_allergies = canonical_allergies(allergies or [])
    new_dislikes = canonical_words(dislikes or [])
    dropped_allergies = set(canonical_allergies(forget or []))
    dropped_dislikes = set(canonical_words(forget or []))

    def change(profile: dict[str, Any]) -> dict[str, Any]:
        current = DietPrefs.from_profile(profile)
        diet = profile.get("diet") if isinstance(profile.get("diet"), dict) else {}
        merged_allergies = new_allergies if replace_lists else list(dict.fromkeys([*current.allergies, *new_allergies]))
        merged_dislikes = new_dislikes if replace_lists else list(dict.fromkeys([*current.dislikes, *new_dislikes]))
        merged_conditions = list(dict.fromkeys([*current.conditions, *(conditions or [])]))
        diet.update(
            {
                "type": diet_type or current.type,
                "gluten_free": (current.gluten_free if gluten_free is None else gluten_free) or "coeliac" in merged_conditions,
                "lactose_free": current.lactose_free if lactose_free is None else lactose_free,
                "allergies": [a for a in (merged_allergies if allergies is not None else current.allergies) if a not in dropped_allergies],
                "dislikes": [d for d in (merged_dislikes if dislikes is not None else current.dislikes) if d not in dropped_dislikes],
                "conditions": merged_conditions,
            }
        )
        if "lactose intolerance" in merged_conditions:
            diet["lactose_free"] = True
        profile["diet"] = diet
        if calorie_target is not None:
            profile["calorie_target"] = calorie_target
        return {"diet": dict(diet), "calorie_target": profile.get("calorie_target")}

    saved = await context.store.update_profile(change)
    prefs = DietPrefs.from_profile({"diet": saved["diet"]})
    return {
        **saved,
        "summary": prefs.describe(),
        "changed": changed,
        "added_allergies": [a for a in new_allergies if a in prefs.allergies],
        "forgotten": sorted(dropped_allergies | dropped_dislikes),
    }


async def nutrition_needs(
    context: ToolContext,
    goal: str = "maintain",
    weight_kg: float | None = None,
    height_cm: float | None = None,
    age: int | None = None,
    sex: str | None = None,
    activity: str | None = None,
    rate_kg_per_week: float | None = None,
    trains: bool = False,
) -> dict[str, Any]:
    """Daily calories for a goal (Mifflin-St Jeor with an activity factor, within the floors
    and at most 1 kg a week of loss) and a protein range from body weight, each with its
    source. Arguments override the profile; what is missing is named."""
    check_choice("goal", goal, ("lose", "gain", "maintain"))
    check_choice("activity", activity, tuple(ACTIVITY_FACTORS))
    check_choice("sex", sex, ("female", "male"))
    profile = await context.store.read_profile()
    stated = Body(weight_kg=weight_kg, height_cm=height_cm, age=age, sex=sex, activity=activity)
    body = Body.from_profile(profile).merged(stated)
    result: dict[str, Any] = {"goal": goal, "body": body.to_json(), "missing": body.missing()}
    if body.complete:
        plan = energy.plan(body, goal, rate_kg_per_week)
        result["energy"] = {**plan.to_json(), "method": energy.ENERGY_SOURCE, "limits": energy.LOSS_SOURCE}
    elif body.missing() == ["sex"]:
        # Without sex, both equations give a range (they differ by 166 kcal at rest).
        plans = [energy.plan(attrs.evolve(body, sex=sex), goal, rate_kg_per_week) for sex in ("female", "male")]
        result["energy_range"] = {
            "bmr": [plan.bmr for plan in plans],
            "maintenance": [plan.maintenance for plan in plans],
            "target": [plan.target for plan in plans],
            "rate_kg_week": [plan.rate_kg_week for plan in plans],
            "method": energy.ENERGY_SOURCE,
            "limits": energy.LOSS_SOURCE,
        }
    if body.weight_kg is not None:
        need = energy.protein_need(body.weight_kg, body.age, trains or body.activity in ("moderate", "active", "very_active"), goal)
        result["protein"] = {
            "low_g": need.low_g,
            "high_g": need.high_g,
            "per_kg": [need.low_per_kg, need.high_per_kg],
            "basis": need.basis,
            "source": need.source,
        }
    target, source = profile_calorie_target(profile)
    result["saved_target"] = target if source == "profile" else None
    return result


async def nutrition_guidance(context: ToolContext, question: str) -> dict[str, Any]:
    """A curated answer, with sources, to an everyday nutrition question (water, fibre,
    caffeine, alcohol, sugar, salt, protein timing, eating around training, vitamin D, B12...)."""
    found = knowledge.find(question)
    if found is None:
        raise ToolError("that isn't one of my everyday topics: " + ", ".join(knowledge.topics()))
    entry, score = found
    prefs = DietPrefs.from_profile(await context.store.read_profile())
    return {**entry.to_json(prefs), "match": round(score, 2)}


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
        raise ToolError(f"{name} must be a whole number from {low} to {high}, not {value!r}")


def _daily_target(profile: dict[str, Any]) -> tuple[int | None, str]:
    target, source = profile_calorie_target(profile)
    return target, ("your target" if source == "profile" else "estimated from your profile")


_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 60}, "maxItems": 30}
_DATE = {
    "type": "string",
    "maxLength": 30,
    "description": "YYYY-MM-DD, 'today', 'yesterday', a weekday ('monday', 'last friday') or 'N days ago' (UTC); default today",
}
_ALLERGY_NAMES = ", ".join(ALLERGENS)

LOG_MEAL = Tool(
    name="log_meal",
    description=(
        "Log what the user ate or drank. Pass their own words as `text` (e.g. 'a big mac, large fries and a "
        "milkshake', 'oatmeal for breakfast and a sandwich for lunch', 'pizza last night'): foods, amounts, "
        "meals and days ('yesterday', 'this morning', 'on Monday') are read from it, and each meal and day "
        "becomes its own entry. Or pass `items`, each with its own text, date and meal_type. Impossible "
        "amounts (NaN, negative, 5,000 eggs) are refused with a question and nothing is logged. Returns the "
        "entries written (with ids for delete_meal and correct_meal), words not understood, typos read as a "
        "food, diet warnings (allergens), and each day's totals."
    ),
    parameters={
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT, "description": "what was eaten, in plain words"},
            "items": {
                "type": "array",
                "maxItems": 20,
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "minLength": 1, "maxLength": 200, "description": "one food with its amount, e.g. '2 slices of pizza'"},
                        "date": _DATE,
                        "meal_type": {"type": "string", "enum": list(MEAL_TYPES)},
                    },
                    "required": ["text"],
                    "additionalProperties": False,
                },
            },
            "meal_type": {"type": "string", "enum": list(MEAL_TYPES), "description": "default: named in the text, else from the time of day"},
            "date": {**_DATE, "description": "the day it was eaten when the text doesn't say; not in the future; default today"},
        },
        "additionalProperties": False,
    },
    function=log_meal,
    agent=AGENT,
    side_effects=True,
)

DELETE_MEAL = Tool(
    name="delete_meal",
    description=(
        "Undo: take a logged meal out of the log ('delete my last meal'), or one food out of the latest meal "
        "that has it ('oops, remove the pizza': pass food='pizza'; the rest of that meal stays). With no "
        "argument, removes the latest meal. Only meals logged in the last two days."
    ),
    parameters={
        "type": "object",
        "properties": {
            "meal_id": {"type": "string", "maxLength": 40, "description": "an id returned by log_meal or meal_summary"},
            "food": {"type": "string", "maxLength": 100, "description": "the food to remove, in the user's words"},
        },
        "additionalProperties": False,
    },
    function=delete_meal,
    agent=AGENT,
    side_effects=True,
)

CORRECT_MEAL = Tool(
    name="correct_meal",
    description=(
        "Correct the latest logged meal (or meal_id) with what it really was: 'actually it was two eggs' "
        "(text='two eggs') replaces the eggs in that meal; 'make that 3 slices' changes the amount of a "
        "one-food meal; foods not in the meal are added. The old entry is replaced, never duplicated."
    ),
    parameters={
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": 200, "description": "what it really was"},
            "meal_id": {"type": "string", "maxLength": 40},
            "add_only": {"type": "boolean", "default": False, "description": "add every food to the meal ('and a coffee')"},
            "instead_of": {
                "type": "string", "maxLength": 100,
                "description": "the logged food that `text` replaces ('scrap the juice, it was a black coffee': instead_of='juice')",
            },
        },
        "required": ["text"],
        "additionalProperties": False,
    },
    function=correct_meal,
    agent=AGENT,
    side_effects=True,
)

SCALE_MEAL = Tool(
    name="scale_meal",
    description=(
        "Only part of the latest logged meal (or meal_id) was eaten: 'actually I only ate half, my flatmate nicked "
        "the rest' (share=0.5), or only one food of it ('only had half the chips': food='chips'). Its amounts and "
        "figures become that share; the entry is replaced, never duplicated, and the same change twice is refused."
    ),
    parameters={
        "type": "object",
        "properties": {
            "share": {"type": "number", "minimum": 0.05, "exclusiveMaximum": 1, "description": "the part eaten: 0.5 for half"},
            "food": {"type": "string", "maxLength": 100, "description": "the food eaten in part, in the user's words; default the whole meal"},
            "meal_id": {"type": "string", "maxLength": 40},
        },
        "required": ["share"],
        "additionalProperties": False,
    },
    function=scale_meal,
    agent=AGENT,
    side_effects=True,
)

MOVE_MEAL = Tool(
    name="move_meal",
    description=(
        "Move a meal logged for the wrong day ('that was yesterday'), or one food of the latest meal that has it "
        "('the kitkat was yesterday, not today': food='kitkat', date='yesterday'), to `date`: it becomes a meal of "
        "its own on that day and the rest of the old meal stays. Only meals logged in the last two days."
    ),
    parameters={
        "type": "object",
        "properties": {
            "date": {"type": "string", "maxLength": 40, "description": "the day it was eaten: YYYY-MM-DD, 'yesterday', 'monday'..."},
            "food": {"type": "string", "maxLength": 100, "description": "the food to move, in the user's words"},
            "meal_id": {"type": "string", "maxLength": 40},
            "meal_type": {"type": "string", "enum": list(MEAL_TYPES)},
        },
        "required": ["date"],
        "additionalProperties": False,
    },
    function=move_meal,
    agent=AGENT,
    side_effects=True,
)

MEAL_SUMMARY = Tool(
    name="meal_summary",
    description=(
        "What the user ate: period 'day' (meals, kcal, protein, carbs, fat, fibre, macro split, calories left "
        "of the target), 'week' (Monday to Sunday of the week with `date`: each day's kcal and macros against "
        "the target, days logged, daily average) or '7_days' (the seven days ending on `date`)."
    ),
    parameters={
        "type": "object",
        "properties": {"period": {"type": "string", "enum": list(PERIODS), "default": "day"}, "date": _DATE},
        "additionalProperties": False,
    },
    function=meal_summary,
    agent=AGENT,
)

SUGGEST_MEALS = Tool(
    name="suggest_meals",
    description=(
        "Concrete meal ideas from the nutrition table with computed kcal and protein, always within the saved "
        "diet, allergies and dislikes (arguments add to them), scaled to a calorie target. `exclude` leaves "
        "foods out for this request only ('without eggs'); `high_protein` puts the most protein first; `skip` "
        "lists idea names already shown."
    ),
    parameters={
        "type": "object",
        "properties": {
            "meal_type": {"type": "string", "enum": list(MEAL_TYPES)},
            "calorie_target": {"type": "integer", "minimum": 50, "maximum": 3000, "description": "kcal for this one meal"},
            "diet": {"type": "string", "enum": list(DIET_TYPES)},
            "gluten_free": {"type": "boolean"},
            "lactose_free": {"type": "boolean"},
            "allergies": {**_STRINGS, "description": f"e.g. {_ALLERGY_NAMES}; 'nuts' means peanuts and tree nuts"},
            "dislikes": _STRINGS,
            "exclude": {**_STRINGS, "description": "foods to leave out of these ideas only"},
            "high_protein": {"type": "boolean", "default": False},
            "min_protein_g": {"type": "integer", "minimum": 1, "maximum": 150, "description": "at least this much protein per idea"},
            "budget": {"type": "boolean", "default": False, "description": "cheap staples first (pulses, oats, rice, eggs, frozen veg)"},
            "no_cook": {"type": "boolean", "default": False, "description": "only ideas that need no cooking (no kitchen, only a microwave or a kettle, a few minutes)"},
            "no_oven": {"type": "boolean", "default": False, "description": "no oven-baked or roasted dishes (a hob is fine)"},
            "no_fridge": {"type": "boolean", "default": False, "description": "only ideas that keep without a fridge (a desk drawer, a bag, a hike)"},
            "skip": _STRINGS,
            "count": {"type": "integer", "minimum": 1, "maximum": 6, "default": 3},
            "style": {"type": "string", "enum": list(STYLES), "description": "a kind of meal: sweet, savoury, a cuisine, or a dip, soup, salad or smoothie"},
            "include": {**_STRINGS, "description": "foods every idea must have (\"something with chicken\")"},
        },
        "additionalProperties": False,
    },
    function=suggest_meals,
    agent=AGENT,
)

LOOKUP_FOOD = Tool(
    name="lookup_food",
    description=(
        "Nutrition facts for foods, dishes and fast-food items with amounts ('chicken breast', '2 eggs', 'a big "
        "mac', 'a bowl of ramen'): kcal, protein, carbs, fat, fibre for the amount and per 100 g, allergens, "
        "what breaks the user's saved diet, and the source of the figures."
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
        "Save the user's diet in their profile: diet type, gluten-free, lactose-free, allergies (everyday words "
        f"are fine: 'nuts' = peanuts and tree nuts, 'prawns' = shellfish; saved as {_ALLERGY_NAMES}), dislikes, "
        "medical diets (conditions: coeliac, lactose intolerance) and the daily calorie target (never under "
        f"{MIN_TARGET_KCAL:,} kcal). Lists are added to unless replace_lists is true; forget takes words off them."
    ),
    parameters={
        "type": "object",
        "properties": {
            "diet_type": {"type": "string", "enum": list(DIET_TYPES)},
            "gluten_free": {"type": "boolean"},
            "lactose_free": {"type": "boolean"},
            "allergies": _STRINGS,
            "dislikes": _STRINGS,
            "conditions": {"type": "array", "items": {"type": "string", "enum": list(CONDITIONS)}, "maxItems": 5},
            "forget": {**_STRINGS, "description": "allergies or dislikes that no longer apply"},
            "calorie_target": {
                "type": "integer",
                "minimum": 0,
                "maximum": 6000,
                "description": f"kcal per day; targets under {MIN_TARGET_KCAL:,} are refused with an explanation",
            },
            "replace_lists": {"type": "boolean", "default": False},
        },
        "additionalProperties": False,
    },
    function=set_diet_preferences,
    agent=AGENT,
    side_effects=True,
)

NUTRITION_NEEDS = Tool(
    name="nutrition_needs",
    description=(
        "Estimate daily calories for a goal (lose, gain, maintain) with the Mifflin-St Jeor equation and an "
        "activity factor, never under 1,200 kcal (1,500 for men) or a loss over 1 kg a week, and a protein range "
        "in grams from body weight, each with its source. Uses the profile; arguments (facts from the message) "
        "override it. Say it is an estimate. Don't use while the conversation is flagged for eating-disorder risk."
    ),
    parameters={
        "type": "object",
        "properties": {
            "goal": {"type": "string", "enum": ["lose", "gain", "maintain"], "default": "maintain"},
            "weight_kg": {"type": "number", "minimum": 30, "maximum": 300},
            "height_cm": {"type": "number", "minimum": 120, "maximum": 230},
            "age": {"type": "integer", "minimum": 14, "maximum": 110},
            "sex": {"type": "string", "enum": ["female", "male"]},
            "activity": {"type": "string", "enum": list(ACTIVITY_FACTORS)},
            "rate_kg_per_week": {"type": "number", "minimum": 0, "maximum": 5},
            "trains": {"type": "boolean", "default": False, "description": "regular exercise or strength training"},
        },
        "additionalProperties": False,
    },
    function=nutrition_needs,
    agent=AGENT,
)

NUTRITION_GUIDANCE = Tool(
    name="nutrition_guidance",
    description=(
        "A curated, sourced answer to an everyday nutrition question: water, drinking during exercise, protein "
        "timing, fibre, caffeine, alcohol, sugar, salt, breakfast, eating before and after training, vitamin D, "
        "B12 for vegans, iron, calcium, fish and omega-3, 5 a day, fats, red meat, intermittent fasting, "
        "creatine, pregnancy, sweeteners, juice, whole grains, plant protein, snacks, oats and coeliac disease."
    ),
    parameters={
        "type": "object",
        "properties": {"question": {"type": "string", "minLength": 1, "maxLength": 300}},
        "required": ["question"],
        "additionalProperties": False,
    },
    function=nutrition_guidance,
    agent=AGENT,
)

TOOLS: tuple[Tool, ...] = (
    LOG_MEAL,
    DELETE_MEAL,
    CORRECT_MEAL,
    MOVE_MEAL,
    SCALE_MEAL,
    MEAL_SUMMARY,
    SUGGEST_MEALS,
    LOOKUP_FOOD,
    SET_DIET_PREFERENCES,
    NUTRITION_NEEDS,
    NUTRITION_GUIDANCE,
)
