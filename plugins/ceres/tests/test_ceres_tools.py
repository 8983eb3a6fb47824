"""Ceres' tools called as the host calls them: results, files on disk, errors, restarts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from host.storage import FileStorage
from host.tools import execute_tool
from host.types import ToolContext, ToolError

from agenthost_ceres import tools
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table

from .conftest import USER


def today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


# ---- log_meal ----


async def test_log_meal_returns_items_and_day_totals_and_appends_to_meals_jsonl(
    context, on_disk, on_disk_log, write_profile
):
    write_profile({"name": "Alice", "calorie_target": 2000})
    result = await tools.log_meal(context, text="2 eggs and a banana", meal_type="breakfast")

    items = result["logged"]["items"]
    assert [(i["food_id"], i["amount"], i["kcal"], i["protein_g"]) for i in items] == [
        ("egg", "2 large eggs (100 g)", 144, 12.6),
        ("banana", "1 medium banana (118 g)", 105, 1.3),
    ]
    assert result["unrecognised"] == []
    assert result["day"]["totals"] == {"kcal": 249, "protein_g": 13.9, "carbs_g": 27.8, "fat_g": 10.0, "fibre_g": 3.1}
    assert result["day"]["remaining_kcal"] == 1751

    stored = on_disk_log("meals.jsonl")
    assert stored == [result["logged"]]
    assert on_disk("meals.json") is None
    assert stored[0]["meal_type"] == "breakfast" and stored[0]["date"] == today()
    assert stored[0]["text"] == "2 eggs and a banana"
    assert stored[0]["totals"]["kcal"] == 249
    assert on_disk("profile.json") == {"name": "Alice", "calorie_target": 2000}  # read, not rewritten


async def test_log_meal_adds_up_the_day_and_takes_the_meal_from_the_text(context, on_disk_log):
    await tools.log_meal(context, text="2 eggs and a banana")
    result = await tools.log_meal(context, text="for lunch: a cup of rice and 150 g chicken breast, plus zorblax")
    assert result["logged"]["meal_type"] == "lunch"
    assert result["unrecognised"] == ["zorblax"]
    assert result["day"]["meal_count"] == 2
    assert result["day"]["totals"]["kcal"] == 249 + 205 + 248
    assert result["day"]["calorie_target"] is None and result["day"]["remaining_kcal"] is None
    assert len(on_disk_log("meals.jsonl")) == 2


async def test_log_meal_on_another_date(context, on_disk_log):
    today_meal = await tools.log_meal(context, text="a pear")
    result = await tools.log_meal(context, text="an apple", date="2024-03-01")
    assert result["day"]["date"] == "2024-03-01" and result["day"]["meal_count"] == 1
    assert [meal["date"] for meal in on_disk_log("meals.jsonl")] == [today(), "2024-03-01"]
    # The log is in logging order: the backdated apple does not hide today's pear.
    assert (await tools.daily_summary(context))["meals"][0]["id"] == today_meal["logged"]["id"]
    assert (await tools.daily_summary(context, date="2024-03-01"))["meal_count"] == 1


async def test_nothing_recognised_is_a_clear_error_and_writes_nothing(context, on_disk, on_disk_log):
    with pytest.raises(ToolError) as error:
        await tools.log_meal(context, text="some bananna and florp")
    message = str(error.value)
    assert "Not understood: bananna, florp" in message
    assert "'bananna' -> 'banana'?" in message
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        ({"text": "   "}, "say what you ate"),
        ({"text": "an apple", "meal_type": "brunch"}, "meal_type must be one of"),
        ({"text": "an apple", "date": "2024-02-30"}, "not a real date"),
        ({"text": "an apple", "date": "last week"}, "date must be YYYY-MM-DD"),
        ({"text": "20 kg of rice"}, "please check the amount"),
        ({"text": "egg " * 200}, "more than 500 characters"),
        ({"text": "an apple", "date": "2999-01-01"}, "is in the future"),
    ],
)
async def test_log_meal_bad_arguments_raise_and_write_nothing(context, on_disk, on_disk_log, arguments, needle):
    await tools.log_meal(context, text="a pear")
    before = on_disk_log("meals.jsonl")
    with pytest.raises(ToolError, match=needle):
        await tools.log_meal(context, **arguments)
    assert on_disk_log("meals.jsonl") == before
    assert on_disk("meals.json") is None


async def test_the_schema_rejects_bad_arguments_before_the_tool_runs(context, on_disk, on_disk_log):
    result = await execute_tool(tools.LOG_MEAL, context, {"text": "an apple", "meal_type": "elevenses"})
    assert result["error"].startswith("invalid arguments for log_meal: meal_type:")
    result = await execute_tool(tools.LOG_MEAL, context, {"meal": "an apple"})
    assert "invalid arguments for log_meal" in result["error"]
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


async def test_meals_survive_a_restart(storage, data_dir, registry):
    first = ToolContext(user_id=USER, store=storage.user(USER), registry=registry)
    await tools.log_meal(first, text="two slices of toast with peanut butter", meal_type="breakfast")

    restarted = ToolContext(user_id=USER, store=FileStorage(data_dir).user(USER), registry=registry)
    summary = await tools.daily_summary(restarted)
    assert summary["meal_count"] == 1
    assert summary["totals"]["kcal"] == 134 + 188
    assert summary["meals"][0]["text"] == "two slices of toast with peanut butter"


# ---- daily_summary ----


async def test_daily_summary_against_the_target(context, write_profile):
    write_profile({"calorie_target": 1800})
    await tools.log_meal(context, text="2 eggs and a banana", meal_type="breakfast")
    await tools.log_meal(context, text="150 g chicken breast and a cup of rice", meal_type="lunch")
    summary = await tools.daily_summary(context)

    assert summary["date"] == today() and summary["meal_count"] == 2
    assert summary["totals"]["kcal"] == 702
    assert summary["kcal_by_meal"] == {"breakfast": 249, "lunch": 453, "dinner": 0, "snack": 0}
    assert summary["calorie_target"] == 1800 and summary["target_source"] == "profile"
    assert summary["remaining_kcal"] == 1098 and summary["percent_of_target"] == 39
    split = summary["macro_split"]
    assert 98 <= split["protein_pct"] + split["carbs_pct"] + split["fat_pct"] <= 102
    assert split["protein_pct"] == round(100 * 65.0 * 4 / (65.0 * 4 + 72.3 * 4 + 16.1 * 9))


async def test_daily_summary_of_yesterday_and_of_an_empty_day(context):
    yesterday = (datetime.now(timezone.utc).date() - timedelta(days=1)).isoformat()
    await tools.log_meal(context, text="a pear", date=yesterday)
    assert (await tools.daily_summary(context, date="yesterday"))["totals"]["kcal"] == 101
    empty = await tools.daily_summary(context, date="2020-01-01")
    assert empty["meal_count"] == 0 and empty["totals"]["kcal"] == 0
    assert empty["macro_split"] == {"protein_pct": 0, "carbs_pct": 0, "fat_pct": 0}


async def test_daily_summary_estimates_a_target_from_the_profile(context, write_profile):
    write_profile({"weight_kg": 70, "height_cm": 175, "age": 30, "sex": "male"})
    summary = await tools.daily_summary(context)
    # Mifflin-St Jeor: 10*70 + 6.25*175 - 5*30 + 5 = 1648.75; x1.4 = 2308 -> 2300
    assert (summary["calorie_target"], summary["target_source"]) == (2300, "estimated")


async def test_daily_summary_rejects_a_bad_date(context):
    with pytest.raises(ToolError, match="date must be"):
        await tools.daily_summary(context, date="01/02/2024")


# ---- suggest_meals ----


def _foods_of(result):
    table = load_table()
    return [[table.get(item["food_id"]) for item in idea["items"]] for idea in result["suggestions"]]


async def test_suggest_meals_gives_three_concrete_meals_with_computed_numbers(context):
    result = await tools.suggest_meals(context, meal_type="breakfast")
    assert result["meal_type"] == "breakfast" and len(result["suggestions"]) == 3
    table = load_table()
    for idea in result["suggestions"]:
        assert idea["name"] and idea["items"]
        kcal = sum(table.get(i["food_id"]).per_grams(i["grams"])["kcal"] for i in idea["items"])
        assert abs(idea["kcal"] - kcal) <= 1
        assert idea["protein_g"] == pytest.approx(sum(i["protein_g"] for i in idea["items"]), abs=0.2)


@pytest.mark.parametrize("meal", ["breakfast", "lunch", "dinner", "snack"])
async def test_suggest_meals_respects_a_strict_diet(context, meal):
    arguments = {
        "diet": "vegan",
        "gluten_free": True,
        "allergies": ["peanuts", "tree nuts", "soy", "sesame"],
        "dislikes": ["avocado"],
    }
    result = await tools.suggest_meals(context, meal_type=meal, **arguments)
    prefs = DietPrefs("vegan", True, False, ("peanuts", "nuts", "soy", "sesame"), ("avocado",))
    assert len(result["suggestions"]) >= 3
    for foods in _foods_of(result):
        assert all(prefs.allows(food) for food in foods), [food.id for food in foods]
        assert not any("avocado" in food.id for food in foods)


async def test_a_disliked_food_group_is_left_out(context):
    result = await tools.suggest_meals(context, meal_type="dinner", dislikes=["fish", "broccoli"], count=6)
    for foods in _foods_of(result):
        assert not any("fish" in f.allergens or f.id == "broccoli" for f in foods), [f.id for f in foods]


async def test_suggest_meals_uses_the_saved_diet(context, write_profile):
    write_profile({"diet": {"type": "vegetarian", "allergies": ["peanuts"]}})
    result = await tools.suggest_meals(context, meal_type="dinner", count=6)
    assert result["diet"] == "vegetarian, no peanuts"
    for foods in _foods_of(result):
        assert all("vegetarian" in f.tags and "peanuts" not in f.allergens for f in foods)


async def test_suggest_meals_fits_a_calorie_target(context, write_profile):
    result = await tools.suggest_meals(context, meal_type="lunch", calorie_target=800)
    assert result["target_kcal"] == 800
    assert all(abs(idea["kcal"] - 800) <= 120 for idea in result["suggestions"])
    write_profile({"calorie_target": 2000})
    result = await tools.suggest_meals(context, meal_type="breakfast")
    assert result["target_kcal"] == 500 and "25% of 2000 kcal" in result["target_source"]
    assert all(abs(idea["kcal"] - 500) <= 100 for idea in result["suggestions"])


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        ({"meal_type": "elevenses"}, "meal_type"),
        ({"diet": "keto"}, "diet"),
        ({"count": 0}, "count"),
        ({"calorie_target": 10}, "calorie_target"),
    ],
)
async def test_suggest_meals_bad_arguments(context, arguments, needle):
    with pytest.raises(ToolError, match=needle):
        await tools.suggest_meals(context, **arguments)


# ---- lookup_food ----


async def test_lookup_food(context):
    result = await tools.lookup_food(context, query="chicken breast")
    (item,) = result["items"]
    assert item["food_id"] == "chicken_breast" and item["grams"] == 120
    assert item["protein_g"] == 37.2 and item["per_100g"]["protein_g"] == 31.0
    assert item["dataset"] == "USDA FoodData Central, SR Legacy"
    eggs = (await tools.lookup_food(context, query="2 eggs"))["items"][0]
    assert (eggs["kcal"], eggs["amount"]) == (144, "2 large eggs (100 g)")


async def test_lookup_food_unknown(context):
    with pytest.raises(ToolError, match="Not understood: dragonfruitz"):
        await tools.lookup_food(context, query="dragonfruitz")


# ---- set_diet_preferences ----


async def test_set_diet_preferences_keeps_other_profile_keys(context, on_disk, write_profile):
    write_profile({"name": "Alice", "weight_kg": 62, "fitness_goal": {"kind": "5k"}})
    result = await tools.set_diet_preferences(
        context, diet_type="vegetarian", allergies=["Peanuts"], calorie_target=1900
    )
    assert result["summary"] == "vegetarian, no peanuts"
    assert on_disk("profile.json") == {
        "name": "Alice",
        "weight_kg": 62,
        "fitness_goal": {"kind": "5k"},
        "diet": {
            "type": "vegetarian",
            "gluten_free": False,
            "lactose_free": False,
            "allergies": ["peanuts"],
            "dislikes": [],
        },
        "calorie_target": 1900,
    }


async def test_set_diet_preferences_merges_lists_unless_told_to_replace(context, on_disk):
    await tools.set_diet_preferences(context, allergies=["peanuts"], dislikes=["mushrooms"])
    await tools.set_diet_preferences(context, allergies=["shrimp", "peanut"], gluten_free=True)
    diet = on_disk("profile.json")["diet"]
    assert diet["allergies"] == ["peanuts", "shellfish"] and diet["dislikes"] == ["mushroom"] and diet["gluten_free"]
    await tools.set_diet_preferences(context, allergies=[], replace_lists=True)
    assert on_disk("profile.json")["diet"]["allergies"] == []
    assert on_disk("profile.json")["diet"]["dislikes"] == ["mushroom"]


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        ({}, "nothing to save"),
        ({"diet_type": "keto"}, "diet_type must be one of"),
        ({"calorie_target": 300}, "calorie_target must be"),
    ],
)
async def test_set_diet_preferences_bad_arguments_leave_the_profile_alone(
    context, on_disk, write_profile, arguments, needle
):
    write_profile({"name": "Alice"})
    with pytest.raises(ToolError, match=needle):
        await tools.set_diet_preferences(context, **arguments)
    assert on_disk("profile.json") == {"name": "Alice"}


async def test_preferences_survive_a_restart_and_shape_suggestions(storage, data_dir, registry):
    first = ToolContext(user_id=USER, store=storage.user(USER), registry=registry)
    await tools.set_diet_preferences(first, diet_type="vegan", allergies=["soy"])

    restarted = ToolContext(user_id=USER, store=FileStorage(data_dir).user(USER), registry=registry)
    result = await tools.suggest_meals(restarted, meal_type="lunch")
    assert result["diet"] == "vegan, no soy"
    for foods in _foods_of(result):
        assert all("vegan" in f.tags and "soy" not in f.allergens for f in foods)


def test_every_tool_is_owned_by_ceres_and_named_by_the_agent():
    from agenthost_ceres.agent import AGENT

    assert {tool.name for tool in tools.TOOLS} == set(AGENT.tools)
    assert {tool.agent for tool in tools.TOOLS} == {"ceres"}
    for tool in tools.TOOLS:
        json.dumps(tool.parameters)
        assert tool.parameters["type"] == "object" and tool.parameters["additionalProperties"] is False
