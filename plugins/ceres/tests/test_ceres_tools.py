"""Ceres' tools called as the host calls them: results, files on disk, errors, restarts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from host.clock import pinned
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

    (meal,) = result["logged"]
    assert [(i["food_id"], i["amount"], i["kcal"], i["protein_g"]) for i in meal["items"]] == [
        ("egg", "2 large eggs (100 g)", 144, 12.6),
        ("banana", "1 medium banana (118 g)", 105, 1.3),
    ]
    assert result["unrecognised"] == [] and result["warnings"] == []
    (day,) = result["days"]
    assert day["totals"] == {"kcal": 249, "protein_g": 13.9, "carbs_g": 27.8, "fat_g": 10.0, "fibre_g": 3.1}
    assert day["remaining_kcal"] == 1751

    stored = on_disk_log("meals.jsonl")
    assert stored == [meal]
    assert on_disk("meals.json") is None
    assert stored[0]["meal_type"] == "breakfast" and stored[0]["date"] == today()
    assert stored[0]["text"] == "2 eggs and a banana"
    assert stored[0]["totals"]["kcal"] == 249
    assert on_disk("profile.json") == {"name": "Alice", "calorie_target": 2000}  # read, not rewritten


async def test_log_meal_adds_up_the_day_and_takes_the_meal_from_the_text(context, on_disk_log):
    await tools.log_meal(context, text="2 eggs and a banana")
    result = await tools.log_meal(context, text="for lunch: a cup of rice and 150 g chicken breast, plus zorblax")
    assert result["logged"][0]["meal_type"] == "lunch"
    assert result["unrecognised"] == ["zorblax"]
    (day,) = result["days"]
    assert day["meal_count"] == 2
    assert day["totals"]["kcal"] == 249 + 205 + 248
    assert day["calorie_target"] is None and day["remaining_kcal"] is None
    assert len(on_disk_log("meals.jsonl")) == 2


async def test_one_message_with_two_meals_and_two_days_writes_one_entry_each_in_one_go(context, on_disk_log):
    with pinned(datetime(2025, 5, 7, 9, 30, tzinfo=timezone.utc)):
        result = await tools.log_meal(context, text="pizza last night and oatmeal with a banana this morning")
    assert [(m["date"], m["meal_type"], [i["food_id"] for i in m["items"]]) for m in result["logged"]] == [
        ("2025-05-06", "dinner", ["pizza_cheese"]),
        ("2025-05-07", "breakfast", ["oatmeal", "banana"]),
    ]
    assert [day["date"] for day in result["days"]] == ["2025-05-06", "2025-05-07"]
    assert on_disk_log("meals.jsonl") == result["logged"]


async def test_items_carry_their_own_dates_and_meals(context, on_disk_log):
    with pinned(datetime(2025, 5, 7, 20, 0, tzinfo=timezone.utc)):
        result = await tools.log_meal(
            context, items=[{"text": "2 slices of pizza", "date": "yesterday", "meal_type": "dinner"}, {"text": "a latte"}]
        )
    assert [(m["date"], m["meal_type"]) for m in result["logged"]] == [("2025-05-06", "dinner"), ("2025-05-07", "dinner")]
    assert len(on_disk_log("meals.jsonl")) == 2


async def test_a_food_that_breaks_the_saved_diet_is_logged_with_a_warning(context, write_profile):
    write_profile({"diet": {"allergies": ["sesame"], "type": "vegetarian"}})
    result = await tools.log_meal(context, text="a big mac")
    assert result["warnings"] == ["Big Mac: not safe with your sesame allergy; not vegetarian"]


async def test_log_meal_on_another_date(context, on_disk_log):
    today_meal = await tools.log_meal(context, text="a pear")
    result = await tools.log_meal(context, text="an apple", date="2024-03-01")
    assert result["days"][0]["date"] == "2024-03-01" and result["days"][0]["meal_count"] == 1
    assert [meal["date"] for meal in on_disk_log("meals.jsonl")] == [today(), "2024-03-01"]
    # The log is in logging order: the backdated apple does not hide today's pear.
    assert (await tools.daily_summary(context))["meals"][0]["id"] == today_meal["logged"][0]["id"]
    assert (await tools.daily_summary(context, date="2024-03-01"))["meal_count"] == 1


async def test_nothing_recognised_is_a_clear_error_and_writes_nothing(context, on_disk, on_disk_log):
    with pytest.raises(ToolError) as error:
        await tools.log_meal(context, text="some zorbles and florp")
    message = str(error.value)
    assert "Not understood: zorbles, florp" in message
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("NaN eggs", "That isn't a number I can log. How many eggs did you have?"),
        ("1e400 eggs and a banana", "That number is far too large to be a real amount, so I can't log it."),
        ("-2 eggs", "“-2” is a negative amount, so I can't log it."),
        ("5000 eggs", "would be 250 kg"),
        ("a banana and 0 eggs", "is nothing to log"),
    ],
)
async def test_impossible_amounts_are_a_question_and_nothing_is_logged(context, on_disk_log, text, needle):
    with pytest.raises(ToolError, match=needle) as error:
        await tools.log_meal(context, text=text)
    assert str(error.value).endswith("Nothing was logged.")
    assert on_disk_log("meals.jsonl") is None


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        ({"text": "   "}, "say what you ate"),
        ({}, "say what you ate"),
        ({"text": "an apple", "meal_type": "brunch"}, "meal_type must be one of"),
        ({"text": "an apple", "date": "2024-02-30"}, "not a real date"),
        ({"text": "an apple", "date": "last week"}, "date must be YYYY-MM-DD"),
        ({"text": "20 kg of rice"}, "can't be right"),
        ({"text": "egg " * 200}, "more than 500 characters"),
        ({"text": "an apple", "date": "2999-01-01"}, "is in the future"),
        ({"items": [{"text": "an apple", "date": "2999-01-01"}]}, "is in the future"),
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


# ---- delete_meal and correct_meal ----


async def test_delete_meal_takes_one_food_out_and_keeps_the_rest_of_the_meal(context, on_disk_log):
    await tools.log_meal(context, text="2 eggs and toast", meal_type="breakfast")
    lunch = (await tools.log_meal(context, text="2 slices of pizza and a salad", meal_type="lunch"))["logged"][0]
    result = await tools.delete_meal(context, food="the pizza")
    assert [i["food_id"] for i in result["removed"]["items"]] == ["pizza_cheese"]
    assert [i["food_id"] for i in result["kept"]["items"]] == ["garden_salad"] and result["kept"]["meal_type"] == "lunch"
    lines = on_disk_log("meals.jsonl")
    assert len(lines) == 4  # two meals, the corrected lunch, and the tombstone of the old one: nothing rewritten
    summary = await tools.daily_summary(context)
    assert [m["foods"] for m in summary["meals"]] == [["eggs", "toast"], ["salad"]]
    assert lunch["id"] not in [m["id"] for m in summary["meals"]]


async def test_delete_meal_without_arguments_removes_the_latest_meal_and_then_the_one_before(context):
    await tools.log_meal(context, text="an apple")
    await tools.log_meal(context, text="a pear")
    assert (await tools.delete_meal(context))["removed"]["items"][0]["food_id"] == "pear"
    assert (await tools.delete_meal(context))["removed"]["items"][0]["food_id"] == "apple"
    with pytest.raises(ToolError, match="no meal in your log"):
        await tools.delete_meal(context)
    assert (await tools.daily_summary(context))["meal_count"] == 0


async def test_delete_meal_of_something_never_logged_changes_nothing(context, on_disk_log):
    await tools.log_meal(context, text="an apple")
    before = on_disk_log("meals.jsonl")
    with pytest.raises(ToolError, match="can't find 'pizza'"):
        await tools.delete_meal(context, food="pizza")
    assert on_disk_log("meals.jsonl") == before


async def test_correct_meal_replaces_the_same_food_and_adds_new_ones(context, write_profile):
    write_profile({"calorie_target": 2000})
    await tools.log_meal(context, text="an egg and toast", meal_type="breakfast")
    result = await tools.correct_meal(context, text="two eggs")
    assert [(i["food_id"], i["quantity"]) for i in result["corrected"]["items"]] == [("egg", 2), ("white_bread", 1)]
    assert result["changes"][0]["was"]["quantity"] == 1
    summary = await tools.daily_summary(context)
    assert summary["meal_count"] == 1 and summary["totals"]["kcal"] == 144 + 67
    result = await tools.correct_meal(context, text="a coffee")
    assert [i["food_id"] for i in result["corrected"]["items"]] == ["egg", "white_bread", "coffee"]
    assert (await tools.daily_summary(context))["meal_count"] == 1


async def test_an_amount_alone_corrects_a_meal_of_one_food(context):
    await tools.log_meal(context, text="a slice of pizza")
    result = await tools.correct_meal(context, text="make that 3 slices")
    assert [(i["food_id"], i["grams"]) for i in result["corrected"]["items"]] == [("pizza_cheese", 321)]


async def test_a_correction_with_an_impossible_amount_changes_nothing(context, on_disk_log):
    await tools.log_meal(context, text="an egg")
    before = on_disk_log("meals.jsonl")
    with pytest.raises(ToolError, match="Nothing was changed"):
        await tools.correct_meal(context, text="-3 eggs")
    assert on_disk_log("meals.jsonl") == before


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
    # Mifflin-St Jeor: 10*70 + 6.25*175 - 5*30 + 5 = 1648.75; x1.375 (lightly active) = 2267 -> 2250
    assert (summary["calorie_target"], summary["target_source"]) == (2250, "estimated")


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
            "conditions": [],
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
        ({"calorie_target": 300}, "I won't set a target under 1,200 kcal a day"),
        ({"calorie_target": 1199}, "I won't set a target under 1,200 kcal a day"),
        ({"calorie_target": 7000}, "calorie_target must be a whole number from 1200 to 6000"),
        ({"conditions": ["keto"]}, "conditions must be one of coeliac, lactose intolerance"),
    ],
)
async def test_set_diet_preferences_bad_arguments_leave_the_profile_alone(
    context, on_disk, write_profile, arguments, needle
):
    write_profile({"name": "Alice"})
    with pytest.raises(ToolError, match=needle):
        await tools.set_diet_preferences(context, **arguments)
    assert on_disk("profile.json") == {"name": "Alice"}


async def test_allergies_in_everyday_words_are_saved_the_strict_way_and_can_be_taken_back(context, on_disk):
    result = await tools.set_diet_preferences(context, allergies=["nuts", "prawns"], conditions=["coeliac"])
    diet = on_disk("profile.json")["diet"]
    assert diet["allergies"] == ["peanuts", "tree_nuts", "shellfish"]
    assert diet["conditions"] == ["coeliac"] and diet["gluten_free"] is True
    assert result["summary"] == "coeliac (gluten-free), no peanuts, tree nuts or shellfish"
    await tools.set_diet_preferences(context, forget=["prawns"])
    assert on_disk("profile.json")["diet"]["allergies"] == ["peanuts", "tree_nuts"]


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

    assert {tool.name for tool in tools.TOOLS} == set(AGENT.tools) - {"remember"}  # General's, for body facts said to Ceres
    assert {tool.agent for tool in tools.TOOLS} == {"ceres"}
    for tool in tools.TOOLS:
        json.dumps(tool.parameters)
        assert tool.parameters["type"] == "object" and tool.parameters["additionalProperties"] is False


# ---- meal_summary over a week ----


async def test_a_week_summary_gives_each_day_against_the_target_and_the_average(context, write_profile):
    write_profile({"calorie_target": 2000})
    with pinned(datetime(2025, 5, 7, 19, 0, tzinfo=timezone.utc)):  # a Wednesday
        await tools.log_meal(context, text="a big mac, large fries and a milkshake", date="monday")
        await tools.log_meal(context, text="2 eggs and a banana", date="yesterday")
        await tools.log_meal(context, text="a chicken caesar salad")
        await tools.log_meal(context, text="an apple", date="2025-05-04")  # last week's Sunday
        week = await tools.meal_summary(context, period="week")
        rolling = await tools.meal_summary(context, period="7_days")
    assert (week["first"], week["last"]) == ("2025-05-05", "2025-05-07")
    assert [(d["weekday"], d["totals"]["kcal"], d["versus_target"]) for d in week["days"]] == [
        ("Monday", 1600, -400),
        ("Tuesday", 249, -1751),
        ("Wednesday", 565, -1435),
    ]
    assert week["days_logged"] == 3 and week["daily_average"]["kcal"] == round((1600 + 249 + 565) / 3, 1)
    assert rolling["first"] == "2025-05-01" and rolling["days_logged"] == 4
    with pytest.raises(ToolError, match="period must be one of"):
        await tools.meal_summary(context, period="month")


# ---- suggest_meals, lookup_food, guidance ----


async def test_exclusions_and_high_protein_shape_one_request_without_changing_the_profile(context, on_disk):
    table = load_table()
    result = await tools.suggest_meals(context, meal_type="breakfast", exclude=["eggs", "dairy"], high_protein=True, count=3)
    assert result["excluded"] == ["egg", "dairy"]
    proteins = [idea["protein_g"] for idea in result["suggestions"]]
    assert proteins == sorted(proteins, reverse=True)
    for idea in result["suggestions"]:
        assert not any(table.get(i["food_id"]).allergens & {"egg", "dairy"} for i in idea["items"])
    again = await tools.suggest_meals(context, meal_type="breakfast", exclude=["eggs", "dairy"], skip=[i["name"] for i in result["suggestions"]])
    assert {i["name"] for i in again["suggestions"]}.isdisjoint(i["name"] for i in result["suggestions"])
    assert on_disk("profile.json") is None


async def test_lookup_of_a_dish_names_its_source_and_what_breaks_the_diet(context, write_profile):
    write_profile({"diet": {"allergies": ["nuts"]}})
    (item,) = (await tools.lookup_food(context, query="chicken pad thai"))["items"]
    assert item["food_id"] == "pad_thai" and "recipe:" in item["dataset"]
    assert item["conflicts"] == ["not safe with your peanut allergy"]
    (mac,) = (await tools.lookup_food(context, query="a big mac"))["items"]
    assert mac["dataset"] == "McDonald's USA nutrition information, 2024 US menu" and mac["kcal"] == 590


async def test_nutrition_guidance_answers_with_sources_or_names_its_topics(context):
    result = await tools.nutrition_guidance(context, question="how much water should I drink a day?")
    assert result["topic"] == "water" and "2 litres" in result["answer"]
    assert any("EFSA" in source["name"] for source in result["sources"])
    with pytest.raises(ToolError, match="isn't one of my everyday topics: water"):
        await tools.nutrition_guidance(context, question="what is the capital of France?")


def test_the_tools_that_write_are_marked_with_side_effects_and_one_kind_each():
    writers = {tool.name for tool in tools.TOOLS if tool.side_effects}
    assert writers == {"log_meal", "delete_meal", "correct_meal", "move_meal", "scale_meal", "set_diet_preferences"}
