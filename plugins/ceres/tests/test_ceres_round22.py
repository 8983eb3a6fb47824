"""Round 22: Ceres' answers. A sportsperson's protein is their need; advice asked beside a day word
is no tally; a diet said in an allergy list is no allergen; everyday questions that fell to the
menu (clean-eating swaps, which milk, rice or pasta, salt swaps, bloating before an event, a couple
of pints, making a favourite lighter); and follow-ups ("shorter", "and calories? ...")."""

from __future__ import annotations

import pytest

from agenthost_ceres import intents

MENU = "I can:"


@pytest.mark.parametrize(
    "said",
    ["how much protein should an 82kg hockey player eat", "how much protein does a 70 kg cyclist need a day"],
)
async def test_a_sportspersons_protein_is_their_need_with_the_training_range(chat, said: str) -> None:
    reply = await chat(said)
    assert "protein a day" in reply.text and "1.4–2 g per kg" in reply.text and MENU not in reply.text, reply.text


async def test_a_foods_protein_stays_a_lookup(chat) -> None:
    reply = await chat("how much protein does a chicken breast have")
    assert "Chicken" in reply.text and "a day" not in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize(
    "said",
    [
        "had a rough long run yesterday and hit the wall, how many grams of carbs an hour should i be having next time?",
        "fancy a big takeaway tonight, will that wreck my progress?",
        "can you plan me cheap meals for the week, about £30 total",
    ],
)
def test_advice_beside_a_day_word_is_no_tally(said: str) -> None:
    assert not intents.asks_summary(said)


@pytest.mark.parametrize("said", ["what did i eat today", "how many calories have i had so far today", "total for today"])
def test_a_tally_is_still_a_tally(said: str) -> None:
    assert intents.asks_summary(said)


def test_the_week_before_an_event_is_no_week_summary() -> None:
    assert intents.summary_period("what should i eat the week before my holiday") == "day"
    assert intents.summary_period("how did i do this week") == "week"


@pytest.mark.parametrize(
    ("said", "allergies"),
    [
        ("veggie + sesame allergy, dinner ideas?", ["sesame"]),
        ("allergic to tree nuts, all of them not just almonds", ["tree nuts"]),
    ],
)
def test_a_diet_or_a_hedge_in_an_allergy_list_is_no_allergen(said: str, allergies: list[str]) -> None:
    assert intents.stated_preferences(said).get("allergies") == allergies


def test_a_reason_after_a_doctors_advice_is_no_dislike() -> None:
    assert "honestly" not in str(intents.stated_preferences("my doctor said to cut out sugar and honestly it's hard"))


@pytest.mark.parametrize("said", ["how much cals shud i have, 31 m 80kg 178cm", "what should i eat to maintain, calorie wise? im 70kg 30 f 165cm"])
async def test_calories_asked_loosely_are_the_needs(chat, said: str) -> None:
    reply = await chat(said)
    assert "kcal a day" in reply.text and MENU not in reply.text, reply.text


def test_plural_units_are_not_repaired_into_foods() -> None:
    assert "pints" in intents.clean("will 3 pints tonight undo my week")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("any easy healthy swaps for someone trying to eat cleaner", "instead of"),
        ("which milk is best for my tea, semi skimmed or oat?", "protein"),
        ("potatoes or rice, which is better when you're trying to lose weight", "much the same"),
        ("will three pints on friday ruin my diet", "won't ruin"),
        ("what should i eat so im not bloated before my holiday photos", "salty"),
    ],
)
async def test_everyday_questions_that_fell_to_the_menu(chat, said: str, expected: str) -> None:
    reply = await chat(said)
    assert expected in reply.text and MENU not in reply.text and "Source:" in reply.text, reply.text


async def test_salt_follow_ups_flavour_and_substitutes(chat) -> None:
    first = await chat("my doctor wants me on less salt but my cooking tastes so bland now, any tips?")
    assert "herbs" in first.text and "lemon" in first.text, first.text
    reply = await chat("what about pink himalayan salt instead?")
    assert "sodium" in reply.text and "table salt" in reply.text, reply.text


async def test_suhoor_foods_keep_a_coeliac_diet(chat) -> None:
    reply = await chat("I'm coeliac. Ramadan is coming, what should I eat at suhoor to keep me going till iftar?")
    assert "At suhoor" in reply.text and "rice" in reply.text and "wholegrain bread" not in reply.text and "porridge" not in reply.text, reply.text


async def test_creatine_for_a_vegetarian_says_why_it_helps(chat) -> None:
    reply = await chat("im vegan, is creatine any use for me")
    assert "lower stores" in reply.text and "3-5 g" in reply.text, reply.text


async def test_checking_blood_sugar_before_a_walk(chat) -> None:
    await chat("I'm type 1 and take insulin, any tips for eating well?")
    reply = await chat("should i test my blood sugar before a long hike?")
    assert "before you set off" in reply.text and "glucose tablets" in reply.text, reply.text


async def test_shorter_after_ideas_is_the_same_ideas_one_line_each(chat) -> None:
    first = await chat("give me some dinner ideas")
    reply = await chat("shorter please")
    name = first.metadata.get("slots", {}).get("last", [{}])[0].get("name") if hasattr(first, "metadata") else None
    assert reply.text.startswith("In short:") and reply.text.count("\n") <= 5 and MENU not in reply.text, reply.text
    assert name is None or name in reply.text


async def test_a_veggie_version_of_the_ideas(chat) -> None:
    await chat("what should i make for dinner tonight")
    reply = await chat("and a vegan version of that?")
    assert "(vegan" in reply.text and MENU not in reply.text, reply.text


async def test_calories_after_a_cut_rate_are_the_needs_for_the_cut(chat) -> None:
    await chat("about to start a cut, 80kg, how fast should i lose it?")
    reply = await chat("and calories? 28 f, 170cm, lightly active")
    assert "To lose" in reply.text and "kcal a day" in reply.text, reply.text


async def test_making_a_favourite_lighter(chat) -> None:
    await chat("how many calories in a full english breakfast")
    reply = await chat("how can i make it lighter")
    assert "grill" in reply.text and MENU not in reply.text, reply.text


async def test_dishes_to_order_at_a_restaurant_are_ideas_of_that_kitchen(chat) -> None:
    reply = await chat("give me a couple of dishes i could order at the indian")
    assert "Indian" in reply.text and MENU not in reply.text, reply.text


async def test_another_meal_after_ideas_with_my_food_drops_a_food_that_fits_no_idea(chat) -> None:
    await chat("breakfast ideas please, i have porridge oats and bananas in")
    reply = await chat("and for dinner?")
    assert "dinner ideas" in reply.text and "couldn't find" not in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    ["30 day streak of cooking at home 🎉 what's a good high protein lunch", "my blood pressure has come down since i cut back on salt! how much salt is ok now"],
)
async def test_good_news_is_met_before_the_answer(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Well done"), reply.text


async def test_a_treat_with_diabetes_names_treats(chat) -> None:
    reply = await chat("type 1 here, is there any treat i can have that wont spike my blood sugar?")
    assert "small portion after a meal" in reply.text, reply.text


async def test_carbs_during_a_long_ride_are_per_hour(chat) -> None:
    reply = await chat("ran out of steam on a 3 hour ride last sunday, how much carbs an hour should i take on the bike")
    assert "30-60 g of carbohydrate an hour" in reply.text and "Source:" in reply.text, reply.text


async def test_which_ideas_are_under_a_calorie_cap_lists_their_calories(chat) -> None:
    await chat("high protein lunch ideas")
    reply = await chat("any of them under 500 cals?")
    assert "Calories in each idea" in reply.text and MENU not in reply.text, reply.text


async def test_another_meal_without_a_food_is_ideas_not_a_log(chat, on_disk_log) -> None:
    await chat("breakfast ideas?")
    reply = await chat("what about lunch, no eggs though, i had loads this week")
    assert "lunch ideas" in reply.text and "without eggs" in reply.text and "Logged" not in reply.text, reply.text
    assert not on_disk_log("meals.jsonl")


@pytest.mark.parametrize("said", ["what's a sensible calorie target for me? 41 m, 180cm, 90kg", "whats a good calorie goal, 25f 160cm 55kg"])
async def test_a_calorie_target_asked_with_body_facts_is_the_needs(chat, said: str) -> None:
    reply = await chat(said)
    assert "kcal a day" in reply.text and MENU not in reply.text, reply.text


async def test_what_to_avoid_after_saying_she_is_pregnant_is_the_pregnancy_answer(chat) -> None:
    await chat("add scrambled eggs on toast for breakfast, i'm 14 weeks pregnant by the way")
    reply = await chat("is there anything i should avoid eating?")
    assert "In pregnancy" in reply.text and MENU not in reply.text, reply.text
