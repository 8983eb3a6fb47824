"""Round 22, meal logging as people talk: takeaway and regional foods, a weight said after a
bowl, where the food came from ("from the burrito van") not read as food, pints said alone, a
closing emoji as a flourish, "same as yesterday", and questions about a whole day just logged."""

from __future__ import annotations

from datetime import date

import pytest

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal

MENU = "I can:"
DAY = date(2025, 6, 11)


def _parse(text: str):
    return parse_meal(text, load_table(), DAY)


@pytest.mark.parametrize(
    "said",
    [
        "half a spice bag",
        "a large poutine",
        "2 sausage sizzles",
        "a steak pie",
        "a chicken fillet roll",
        "a bowl of irish stew",
        "a handful of biltong",
        "a bottle of irn bru",
        "a pack of shin ramyun",
        "a medium double double",
        "a boerie roll",
        "a bowl of mielie pap",
        "marmite on toast",
    ],
)
def test_takeaway_and_regional_foods_are_known(said: str) -> None:
    parsed = _parse(said)
    assert parsed.items and not parsed.unrecognised, (said, parsed)


def test_a_weight_said_after_a_bowl_is_the_amount() -> None:
    parsed = _parse("dinner was a big bowl of spaghetti, roughly 250 g cooked")
    assert [round(item.grams) for item in parsed.items] == [250] and not parsed.unrecognised, parsed


@pytest.mark.parametrize("said", ["a burrito from the burrito van", "2 fish tacos at the taco stand", "a coffee from the coffee cart"])
def test_where_it_came_from_is_no_extra_food(said: str) -> None:
    parsed = _parse(said)
    assert len(parsed.items) == 1 and not parsed.unrecognised, parsed


def test_pints_said_alone_are_beer() -> None:
    parsed = _parse("then 3 more pints later")
    assert [(item.food.id, item.quantity) for item in parsed.items] == [("beer", 3.0)], parsed


def test_a_pint_of_something_stays_that_thing() -> None:
    assert [item.food.id for item in _parse("a pint of milk").items] == ["milk_whole"]


def test_an_emoji_closing_the_message_is_a_flourish() -> None:
    parsed = _parse("two cans of lager with the lads 🍻")
    assert [(item.food.id, item.quantity) for item in parsed.items] == [("beer", 2.0)], parsed


def test_an_emoji_as_the_food_still_counts() -> None:
    assert [item.food.id for item in _parse("lunch was a burger and 🍟").items][-1] == "french_fries"


async def test_same_meal_as_yesterday_copies_it(chat, on_disk_log) -> None:
    await chat("yesterday for dinner i had spaghetti bolognese and a glass of red wine")
    reply = await chat("had the same dinner as yesterday")
    meals = on_disk_log("meals.jsonl") or []
    dinners = [meal for meal in meals if meal.get("meal_type") == "dinner"]
    assert len(dinners) == 2 and dinners[0]["items"] == dinners[1]["items"] and dinners[0]["date"] != dinners[1]["date"], meals
    assert "Logged your dinner" in reply.text and MENU not in reply.text, reply.text


async def test_same_as_yesterday_beside_other_food_adds_both(chat, on_disk_log) -> None:
    await chat("yesterday for breakfast i had porridge with a banana")
    reply = await chat("this morning same as yesterday for breakfast, then a tuna sandwich for lunch")
    today = [meal for meal in on_disk_log("meals.jsonl") or [] if meal["date"] != (on_disk_log("meals.jsonl") or [{}])[0].get("date")]
    assert {meal["meal_type"] for meal in today} == {"breakfast", "lunch"} and "same" not in reply.text.lower(), reply.text


async def test_a_nutrient_of_a_whole_day_logged_at_once(chat) -> None:
    await chat("breakfast was 2 boiled eggs, lunch was a tuna sandwich and dinner a bowl of beef stew")
    reply = await chat("what's all that in protein?")
    assert "3 meals" in reply.text and "protein" in reply.text and MENU not in reply.text, reply.text


async def test_how_many_of_those_calories_were_one_food(chat) -> None:
    await chat("had a cheeseburger, fries and 2 bottles of beer")
    reply = await chat("how many of those calories were the beers")
    assert reply.text.startswith("The beers") and "kcal" in reply.text, reply.text


async def test_a_new_food_with_its_own_amount_after_a_silly_amount_is_logged_alone(chat, on_disk_log) -> None:
    await chat("had -3 apples lol")
    reply = await chat("ok seriously: a plate of pasta, about 300g")
    items = [item for meal in on_disk_log("meals.jsonl") or [] for item in meal["items"]]
    assert [item["food_id"] for item in items] == ["pasta"] and round(items[0]["grams"]) == 300, (items, reply.text)


@pytest.mark.parametrize(
    "said",
    [
        "for lunch I had a cheese sandwich and an apple, could you jot that down for me?",
        "could u log tuesday: 2 slices of toast with peanut butter",
    ],
)
async def test_a_meal_asked_to_be_logged_politely_is_logged(chat, on_disk_log, said: str) -> None:
    reply = await chat(said)
    assert on_disk_log("meals.jsonl") and reply.text.startswith("Logged") and "“you”" not in reply.text, reply.text


async def test_asking_to_log_a_run_is_no_meal(chat, on_disk_log) -> None:
    await chat("can you log my run this morning")
    assert not on_disk_log("meals.jsonl")
