"""A meal and a question in one message, questions said with "lol", emoji or dots, cooking
constraints in meal ideas, pints and other volumes as people say them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from agenthost_ceres import intents
from agenthost_ceres.question import ends_asking
from host import clock


# --- a meal logged and a question asked in one message ---


async def test_meal_and_is_that_ok_logs_once_and_judges_it(chat, on_disk_log) -> None:
    reply = await chat("had a bagel with cream cheese for breakfast, is that ok?")
    meals = on_disk_log("meals.jsonl")
    assert meals is not None and len(meals) == 1 and meals[0]["meal_type"] == "breakfast", meals
    assert "bagel" in meals[0]["items"][0]["name"], meals
    assert "Logged your breakfast" in reply.text and "That meal is 372 kcal" in reply.text, reply.text


async def test_meal_and_protein_question_answers_for_that_meal(chat, on_disk_log) -> None:
    reply = await chat("I just ate 2 eggs and toast, how much protein was that?")
    meals = on_disk_log("meals.jsonl")
    assert meals is not None and len(meals) == 1, meals
    assert "Logged your" in reply.text and "had **14 g protein**" in reply.text, reply.text


async def test_meal_and_dinner_question_sizes_dinner_to_what_is_left(chat, on_disk_log) -> None:
    reply = await chat("had a big mac and fries for lunch, what should I have for dinner?")
    meals = on_disk_log("meals.jsonl")
    assert meals is not None and len(meals) == 1 and meals[0]["meal_type"] == "lunch", meals
    assert "Logged your lunch" in reply.text and "dinner ideas" in reply.text, reply.text
    assert "That leaves about 1,045 kcal" in reply.text, reply.text


async def test_a_day_already_spent_gets_lighter_dinners_never_a_skipped_one(chat) -> None:
    reply = await chat("ate a whole pizza for lunch, what should I have for dinner?")
    assert "lighter (no need to skip the meal)" in reply.text and "each around 400 kcal" in reply.text, reply.text


async def test_meal_with_lol_and_emoji_question_is_logged_and_judged(chat, on_disk_log) -> None:
    reply = await chat("ate a whole pizza lol, how bad is that 😅")
    meals = on_disk_log("meals.jsonl")
    assert meals is not None and len(meals) == 1, meals
    assert "a big meal" in reply.text and "no need to skip your next meal" in reply.text, reply.text
    assert "didn't catch" not in reply.text, reply.text


@pytest.mark.parametrize("hour", [8, 16, 22])
async def test_a_whole_pizza_is_judged_as_the_big_meal_it_is_at_any_hour(chat, on_disk_log, hour: int) -> None:
    # at 4pm the pizza was a snack by the clock, and 2,280 kcal "about a light meal's worth"
    with clock.pinned(datetime(2026, 6, 10, hour, 0, tzinfo=timezone.utc)):
        reply = await chat("ate a whole pizza lol, how bad is that 😅")
    assert "a big meal" in reply.text and "no need to skip your next meal" in reply.text, reply.text
    assert "light meal's worth" not in reply.text, reply.text


async def test_the_meal_can_still_be_taken_back_after_the_answer(chat, on_disk_log) -> None:
    await chat("had a big mac and fries for lunch, what should I have for dinner?")
    reply = await chat("remove the fries")
    assert "removed the french fries" in reply.text, reply.text


async def test_a_diet_a_meal_and_a_question_are_all_done(chat, on_disk_log, on_disk) -> None:
    reply = await chat("I'm allergic to peanuts. had a big mac for lunch, what should I have for dinner?")
    assert on_disk("profile.json")["diet"]["allergies"] == ["peanuts"]
    assert len(on_disk_log("meals.jsonl") or []) == 1
    assert "Big Mac" in reply.text and "dinner ideas (no peanuts)" in reply.text, reply.text


async def test_a_planned_meal_is_not_logged(chat, on_disk_log) -> None:
    await chat("gonna have a big mac for lunch, how many calories is that?")
    assert on_disk_log("meals.jsonl") is None


async def test_someone_elses_meal_is_not_logged(chat, on_disk_log) -> None:
    await chat("my son had a big mac, is that ok for a 10 year old?")
    assert on_disk_log("meals.jsonl") is None


async def test_a_vegetarians_logged_cheese_sandwich_keeps_its_line(chat) -> None:
    await chat("I'm vegetarian")
    reply = await chat("had a cheese sandwich for lunch")
    assert "• cheese sandwich: 1 sandwich" in reply.text, reply.text


# --- questions ending in "lol", "pls", emoji, "??" or "..." ---


@pytest.mark.parametrize(
    "said",
    [
        "had a bagel, is that ok lol",
        "how bad is that 😅",
        "is that a lot??",
        "is that ok...",
        "what should I have for dinner pls",
        "is this enough protein? 🙏🏽",
        "ate a whole pizza lol, how bad is that",
    ],
)
def test_questions_with_what_people_add_after_them(said: str) -> None:
    assert ends_asking(said) and intents.is_question(said)


@pytest.mark.parametrize("said", ["had a bagel lol", "2 eggs and toast 😅", "pasta for dinner...", "had pasta, which was nice"])
def test_statements_with_the_same_endings_are_no_questions(said: str) -> None:
    assert not ends_asking(said)


async def test_a_target_asked_about_with_an_emoji_is_not_saved(chat, on_disk) -> None:
    reply = await chat("my target is 1500 calories, is that too low 😅")
    assert (on_disk("profile.json") or {}).get("calorie_target") is None
    assert "your daily calorie target is now" not in reply.text, reply.text


async def test_a_meal_asked_about_with_dots_is_judged(chat) -> None:
    reply = await chat("had a bagel with cream cheese for breakfast, is that ok...")
    assert "That meal is 372 kcal" in reply.text, reply.text


# --- cooking constraints in meal ideas ---

OVEN_OR_HOB = ("Baked", "Roast", "Grilled steak", "stir-fry", "stew", "curry", "Scrambled", "soup")


@pytest.mark.parametrize(
    "said",
    ["all I have is a microwave, dinner ideas?", "I only have a microwave, what can I make for lunch?", "just a kettle, what can I eat for lunch",
     "dorm room, no kitchen, dinner ideas?", "I can't cook, dinner ideas?", "something for dinner in 10 minutes?", "a 5-minute lunch idea?"],
)
async def test_no_kitchen_ideas_need_no_cooking(chat, said: str) -> None:
    reply = await chat(said)
    assert "no cooking needed" in reply.text and not any(word in reply.text for word in OVEN_OR_HOB), reply.text


async def test_no_oven_is_a_constraint_not_a_food_to_avoid(chat, on_disk) -> None:
    reply = await chat("no oven, dinner ideas?")
    assert "no oven needed" in reply.text and "saved your preferences" not in reply.text, reply.text
    assert not any(word in reply.text for word in ("Baked", "Roast")), reply.text
    assert on_disk("profile.json") is None or not on_disk("profile.json").get("diet", {}).get("dislikes")


async def test_a_broken_oven_keeps_hob_dishes_out_of_the_oven(chat) -> None:
    reply = await chat("my oven is broken, what can I make for dinner")
    assert "no oven needed" in reply.text and "Roast chicken" not in reply.text and "Baked salmon" not in reply.text, reply.text


async def test_the_constraint_and_the_allergy_hold_for_the_next_meal(chat) -> None:
    first = await chat("I'm allergic to eggs. dorm room, no kitchen, breakfast ideas?")
    assert "no cooking needed" in first.text and "(no eggs)" in first.text, first.text
    reply = await chat("and for dinner?")
    assert "dinner ideas (no eggs), no cooking needed" in reply.text, reply.text
    assert not any(word in reply.text for word in (*OVEN_OR_HOB, "egg,", "mayonnaise")), reply.text


async def test_no_oven_holds_for_the_next_meal(chat) -> None:
    await chat("no oven, dinner ideas?")
    reply = await chat("and for lunch?")
    assert "lunch ideas, no oven needed" in reply.text and "Jacket potato" not in reply.text, reply.text


# --- pints and other volumes ---


@pytest.mark.parametrize(
    ("said", "amount", "grams"),
    [
        ("a pint of milk", "1 UK pint (568 ml)", 568),
        ("2 pints of beer", "2 UK pints (1136 ml)", 1136),
        ("3 pints after work", "3 UK pints (1704 ml)", 1704),
        ("a US pint of milk", "1 US pint (473 ml)", 473),
        ("an american pint of beer", "1 US pint (473 ml)", 473),
        ("a glass of milk", "1 glass (244 g)", 244),
        ("a cup of orange juice", "1 cup (248 g)", 248),
    ],
)
async def test_volumes_as_people_say_them(chat, on_disk_log, said: str, amount: str, grams: int) -> None:
    reply = await chat(said)
    item = (on_disk_log("meals.jsonl") or [{}])[0]["items"][0]
    assert item["amount"] == amount and round(item["grams"]) == grams, item
    assert amount in reply.text, reply.text


async def test_other_us_measures_make_it_a_us_pint(chat, on_disk_log) -> None:
    reply = await chat("a pint of beer and an 8 oz steak")
    assert "1 US pint (473 ml)" in reply.text, reply.text


async def test_pints_said_as_a_correction_are_the_amount_not_beer(chat, on_disk_log) -> None:
    await chat("a pint of milk")
    reply = await chat("actually it was 2 pints")
    items = [record for record in on_disk_log("meals.jsonl") if "items" in record][-1]["items"]
    assert [item["food_id"] for item in items] == ["milk_whole"] and items[0]["amount"] == "2 UK pints (1136 ml)", items
    assert "beer" not in reply.text, reply.text


# --- a chain burrito counts its tortilla; its bowl does not ---


@pytest.mark.parametrize(
    ("said", "food_id", "kcal"),
    [
        ("had a Chipotle chicken burrito", "chipotle_chicken_burrito", 980),
        ("had a burrito from chipotle", "chipotle_chicken_burrito", 980),
        ("a steak burrito from chipotle", "chipotle_steak_burrito", 950),
        ("chipotle carnitas burrito for lunch", "chipotle_carnitas_burrito", 1010),
        ("got a chicken burrito bowl at chipotle", "chipotle_chicken_bowl", 660),
        ("had a steak bowl at chipotle", "chipotle_steak_bowl", 630),
    ],
)
async def test_chipotle_burritos_and_bowls(chat, on_disk_log, said: str, food_id: str, kcal: int) -> None:
    await chat(said)
    item = on_disk_log("meals.jsonl")[0]["items"][0]
    assert item["food_id"] == food_id and round(item["kcal"]) == kcal, item


def test_a_chipotle_burrito_is_its_bowl_and_the_320_kcal_tortilla() -> None:
    from agenthost_ceres.foods import load_table

    foods = load_table().by_id
    for filling in ("chicken", "steak", "barbacoa", "carnitas", "sofritas"):
        burrito, bowl = foods[f"chipotle_{filling}_burrito"], foods[f"chipotle_{filling}_bowl"]
        assert burrito.kcal - bowl.kcal == 320 and burrito.protein_g - bowl.protein_g == 8, filling


# --- rows checked against their sources ---


async def test_bovril_is_no_vegan_yeast_extract(chat) -> None:
    """Bovril is a beef extract: it is not the (vegan) Vegemite/Marmite row."""
    await chat("I'm vegan")
    reply = await chat("had bovril on toast")
    assert "Vegemite" not in reply.text and "yeast extract" not in reply.text, reply.text


async def test_is_that_enough_protein_judges_the_meal_just_logged(chat) -> None:
    reply = await chat("had eggs for breakfast, is that enough protein?")
    assert "had **6.3 g protein**" in reply.text and "on the light side for one meal" in reply.text, reply.text
    assert reply.text.count("72 kcal · 6.3 g protein") == 1, reply.text  # the figures once, not twice
    reply = await chat("had 3 eggs and toast, is that enough protein lol")
    assert "a good amount for one meal" in reply.text, reply.text


async def test_just_had_is_a_meal_told(chat, on_disk_log) -> None:
    await chat("just had a protein shake, when should I eat next?")
    assert len(on_disk_log("meals.jsonl") or []) == 1


@pytest.mark.parametrize("asked", ["does coffee affect sleep?", "will coffee keep me up", "what time should I stop drinking coffee"])
async def test_coffee_and_sleep_get_the_caffeine_cut_off_not_a_lookup_or_the_menu(chat, on_disk_log, asked) -> None:
    # "does coffee affect sleep?" got the menu, "what time should I stop drinking coffee" the alcohol answer
    reply = await chat(asked)

    assert "6 hours before bed" in reply.text and "Drake" in reply.text
    assert not on_disk_log("meals.jsonl")


@pytest.mark.parametrize("said", ["snacked on a handful of almonds and a kitkat", "been snacking on crisps all afternoon, 2 bags"])
async def test_snacking_said_as_a_verb_is_logged_as_a_snack(chat, on_disk_log, said) -> None:
    # "snacked on ..." at 07:30 was logged as breakfast (the clock's meal), not the snack it said
    await chat(said)

    meals = on_disk_log("meals.jsonl")
    assert meals and meals[-1]["meal_type"] == "snack", meals
