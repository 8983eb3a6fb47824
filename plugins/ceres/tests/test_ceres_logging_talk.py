"""Meal logging as people talk: chains and brands, British biscuits and roasts, dry weights,
jars, a coffee's milk, "w" for with; one food swapped for another, a food moved to the day it
was eaten, and the day's or week's total asked in everyday words."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from host.clock import pinned

from agenthost_ceres import tools
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal

WEDNESDAY = datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)


def kcal_of(text: str) -> float:
    parsed = parse_meal(text, load_table())
    assert not parsed.problems, parsed.problems
    return sum(item.to_json()["kcal"] for item in parsed.items)


def foods_of(text: str) -> list[str]:
    return [item.food.id for item in parse_meal(text, load_table()).items]


@pytest.mark.parametrize(
    ("text", "foods", "low", "high"),
    [
        # a chain named once: its rows for what follows
        ("a five guys cheeseburger, regular fries and a coke", ["five_guys_cheeseburger", "five_guys_fries_regular", "cola"], 1900, 2200),
        ("five guys little hamburger and little fries", ["five_guys_little_hamburger", "five_guys_fries_little"], 1000, 1120),
        ("mcdonalds: a big mac and large fries", ["big_mac", "mcd_fries_large"], 1000, 1120),
        # British biscuits, bars and coffees
        ("3 chocolate hobnobs, a 4 finger kitkat and 2 flat whites (whole milk)", ["hobnob_chocolate", "kitkat", "flat_white"], 650, 800),
        ("two digestives and a cup of tea", ["digestive", "tea"], 130, 160),
        ("a 2 finger kitkat", ["kitkat"], 95, 115),
        ("a latte (oat milk)", ["latte"], 150, 200),
        # a roast, said in pieces or whole
        ("roast beef, yorkshire pud, roast potatoes, veg and gravy at my nan's", ["roast_beef", "yorkshire_pudding", "roast_potatoes", "mixed_vegetables", "gravy"], 650, 800),
        ("a sunday roast", ["roast_dinner"], 600, 800),
        # weighed dry, by the jar, "w" for with
        ("150g dry penne with half a jar of tomato sauce", ["pasta", "marinara"], 600, 720),
        ("100g uncooked rice", ["white_rice"], 340, 380),
        ("2 slices of toast w butter", ["white_bread", "butter"], 230, 280),
        # slices of pepperoni are pizza
        ("3 slices of pepperoni", ["pizza_pepperoni"], 850, 1000),
    ],
)
def test_meals_said_as_people_say_them_get_their_foods_and_real_figures(text, foods, low, high):
    assert foods_of(text) == foods
    assert low <= kcal_of(text) <= high, kcal_of(text)


def test_where_it_was_eaten_is_not_a_food():
    parsed = parse_meal("had lunch round my mate's house: soup and bread", load_table())
    assert [item.food.id for item in parsed.items] == ["minestrone", "white_bread"] and parsed.unrecognised == ()


async def test_one_food_swapped_for_another_replaces_it_in_the_meal(chat, on_disk_log):
    with pinned(WEDNESDAY):
        await chat("this morning: 2 fried eggs, 2 strips of bacon, a slice of sourdough w butter and 8oz orange juice")
        reply = await chat("actually scrap the juice, it was a black coffee")
        assert "replaced orange juice" in reply.text and "with coffee" in reply.text
        day = await chat("what have I eaten today then")
    assert "orange juice" not in day.text and "coffee" in day.text
    live = [m for m in on_disk_log("meals.jsonl") if "items" in m]
    assert [item["food_id"] for item in live[-1]["items"]] == ["egg_fried", "bacon", "sourdough", "butter", "coffee"]


@pytest.mark.parametrize("message", ["the juice was actually a flat white", "it was a flat white not a juice", "swap the juice for a flat white"])
async def test_a_swap_said_other_ways(chat, message):
    await chat("toast and a glass of orange juice")
    reply = await chat(message)
    assert reply.metadata["intent"] == "correct" and "flat white" in reply.text.lower()


async def test_a_food_logged_for_the_wrong_day_moves_to_that_day(chat, context):
    with pinned(WEDNESDAY):
        await chat("work snacks: 3 chocolate hobnobs, a kitkat and 2 flat whites")
        reply = await chat("wait the kitkat was yesterday not today")
        assert "KitKat" in reply.text and "yesterday" in reply.text
        today = await tools.meal_summary(context, period="day")
        yesterday = await tools.meal_summary(context, period="day", date="2025-06-10")
    foods = lambda summary: " ".join(food for meal in summary["meals"] for food in meal["foods"]).lower()  # noqa: E731
    assert "kitkat" not in foods(today) and "hobnob" in foods(today)
    assert "kitkat" in foods(yesterday) and "hobnob" not in foods(yesterday)
    assert today["totals"]["kcal"] == pytest.approx(3 * 92 + 2 * 113, abs=5)


async def test_a_whole_meal_said_to_be_another_day_moves(chat, context):
    with pinned(WEDNESDAY):
        await chat("pizza and a beer")
        reply = await chat("I had that on monday")
        assert "Monday" in reply.text
        monday = await tools.meal_summary(context, period="day", date="2025-06-09")
        today = await tools.meal_summary(context, period="day")
    assert monday["meal_count"] == 1 and today["meal_count"] == 0


@pytest.mark.parametrize(
    ("message", "period"),
    [
        ("remind me what I ate monday", "day"),
        ("so what's today's total now", "day"),
        ("what I had yesterday", "day"),
        ("whats my calorie total for the week so far?", "week"),
    ],
)
async def test_the_day_or_week_asked_in_everyday_words(chat, message, period):
    with pinned(WEDNESDAY):
        await chat("on monday I had a chicken shawarma wrap for lunch and today I had a salmon poke bowl")
        reply = await chat(message)
    assert reply.metadata["intent"] == "summary"
    if period == "week":
        assert "1,062 kcal in total" in reply.text
    if "monday" in message:
        assert "shawarma" in reply.text


async def test_that_day_is_the_day_just_logged(chat):
    with pinned(WEDNESDAY):
        await chat("tuesday night I had a five guys cheeseburger, regular fries and a coke")
        reply = await chat("so what was my total for that day")
    assert "Yesterday" in reply.text and "2,073 kcal" in reply.text


async def test_a_meal_forgotten_earlier_is_logged_on_its_day(chat, context):
    """'forgot to log monday: ...' is a meal to log (it was read as a request for help)."""
    with pinned(WEDNESDAY):
        reply = await chat("forgot to log monday: half a large pepperoni pizza and 3 pints of lager watching the match")
        monday = await tools.meal_summary(context, period="day", date="2025-06-09")
    assert reply.metadata["intent"] == "log" and "Monday" in reply.text
    assert "didn't catch" not in reply.text  # "forgot", "watching": words, not foods
    assert 1300 <= monday["totals"]["kcal"] <= 2400


async def test_so_far_today_with_salt_and_vinegar_crisps_is_a_meal_not_the_salt_answer(chat, on_disk_log):
    reply = await chat("so far today: 2 flat whites, a banana, and a packet of salt & vinegar crisps")
    assert reply.metadata["intent"] == "log" and "banana" in reply.text
    live = [m for m in on_disk_log("meals.jsonl") if "items" in m]
    assert [item["food_id"] for item in live[-1]["items"]] == ["flat_white", "banana", "potato_chips"]


async def test_a_logged_food_said_with_a_new_amount_is_corrected(chat, on_disk_log):
    """'sorry the granola was 80g not 40' fixes the amount (it got the capability menu)."""
    await chat("breakfast: 200g greek yogurt, 40g granola, 100g blueberries")
    reply = await chat("sorry the granola was 80g not 40")
    assert reply.metadata["intent"] == "correct" and "granola" in reply.text.lower()
    live = [m for m in on_disk_log("meals.jsonl") if "items" in m]
    granola = [item for item in live[-1]["items"] if item["food_id"] == "granola"]
    assert [round(item["grams"]) for item in granola] == [80], (reply.text, live[-1])
