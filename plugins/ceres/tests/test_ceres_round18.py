"""Round 18: everyday questions that got the menu (protein on a cut, protein timing, feeling
fuller, food to eat on the way, on a budget after that), "how much protein daily?" as a need, a
question run on after an allergy with no comma, and meals as said: a pub schnitzel with chips,
a coleslaw, a plated meal said for another day (dinner, said as a guess; "it was lunch" keeps
its day)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


MENU = "I can:"


# ---- everyday questions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "is it ok to lower my protein while dieting?",
        "cutting now, do I need to keep protein high or can I drop it?",
        "when dieting should I reduce protein or keep protein up?",
    ],
)
async def test_protein_on_a_cut_is_kept_high(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Keep it high"), reply.text
    assert "1.6-2.2 g per kg" in reply.text and "ISSN" in reply.text


@pytest.mark.parametrize(
    "said",
    ["does the timing of my protein matter?", "is there a best time of day to eat protein, or does it matter when I eat protein?"],
)
async def test_protein_timing_in_other_words(chat, said: str) -> None:
    reply = await chat(said)
    assert "total protein for the day matters most" in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    ["I'm always starving on my diet, how do I feel fuller?", "any tips to curb my hunger on 1700 calories", "how can I stay fuller for longer"],
)
async def test_feeling_fuller_is_answered(chat, said: str) -> None:
    reply = await chat(said)
    assert MENU not in reply.text and "protein at every meal" in reply.text, reply.text


async def test_food_for_the_commute_after_ideas_keeps_without_a_fridge_and_then_cheap(chat) -> None:
    await chat("breakfast ideas please")
    reply = await chat("anything I could grab and eat on the train?")
    assert "keeps without a fridge" in reply.text, reply.text
    cheap = await chat("and cheap please, I'm a student")
    assert MENU not in cheap.text and "budget" in cheap.text, cheap.text


async def test_the_near_miss_a_fridge_at_work_changes_nothing(chat) -> None:
    await chat("lunch ideas please")
    reply = await chat("something with chicken")
    assert "keeps without a fridge" not in reply.text


# ---- protein needs said 'daily' ----------------------------------------------------------------


async def test_protein_daily_is_the_need_from_the_profile(chat, write_profile) -> None:
    write_profile({"weight_kg": 80, "activity_level": "moderate", "goals": ["build muscle"]})
    reply = await chat("roughly how many grams of protein should I get daily")
    assert "aim for about 128–176 g of protein a day" in reply.text, reply.text
    tally = await chat("how much protein have I had today?")
    assert "Nothing logged for today" in tally.text, tally.text  # near miss: the day's tally, even after the need


# ---- a question after an allergy, no comma ------------------------------------------------------


async def test_a_question_run_on_after_an_allergy_is_answered(chat) -> None:
    reply = await chat("im allergic to peanuts what can i eat before a run")
    assert "saved" in reply.text and re.search(r"banana|toast|rice cakes", reply.text), reply.text
    assert "peanut butter" not in reply.text.split("\n\n", 1)[-1].lower()


async def test_an_allergy_alone_is_only_saved(chat) -> None:
    reply = await chat("I'm allergic to peanuts and I know what to avoid")
    assert "saved" in reply.text and "before" not in reply.text.lower()


# ---- meals as said ----------------------------------------------------------------------------


def ids(text: str) -> list[str]:
    return [item.food.id for item in parse_meal(text, load_table()).items]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("a schnitzel and chips", ["chicken_schnitzel", "french_fries"]),
        ("chicken schnitty with chips and salad", ["chicken_schnitzel", "french_fries"]),
        ("fish fillet with chips", None),
        ("a bag of chips", ["potato_chips"]),  # near miss: a bag of chips stays crisps
        ("burger with coleslaw", None),
    ],
)
def test_pub_meals_read_as_said(said: str, expected: list[str] | None) -> None:
    found = ids(said)
    if expected is not None:
        assert found[: len(expected)] == expected or set(expected) <= set(found), found
    if "chips" in said and "bag" not in said:
        assert "french_fries" in found and "potato_chips" not in found, found
    if "coleslaw" in said:
        assert "coleslaw" in found and "cabbage" not in found, found


async def test_a_plated_meal_for_another_day_is_dinner_said_as_a_guess(chat, on_disk_log) -> None:
    reply = await chat("on monday I had a chicken schnitzel with chips and a side of coleslaw")
    assert reply.text.startswith("Logged your meal on Monday"), reply.text
    assert "as dinner" in reply.text and "it was lunch" in reply.text
    assert [m["meal_type"] for m in on_disk_log("meals.jsonl") if "date" in m] == ["dinner"]
    await chat("what did I eat on monday?")
    moved = await chat("it was lunch")
    assert "lunch" in moved.text and [(m["date"], m["meal_type"]) for m in on_disk_log("meals.jsonl") if "date" in m][-1] == ("2025-06-09", "lunch"), moved.text


async def test_a_small_bite_for_another_day_stays_a_snack(chat, on_disk_log) -> None:
    reply = await chat("yesterday I had a banana")
    assert reply.text.startswith("Logged your snack yesterday"), reply.text


# ---- older tuned sets: per-serving protein, typos, basmati ---------------------------------------


@pytest.mark.parametrize("said", ["how much protein should go in my post-workout shake, per shake I mean", "how many grams of protein can I absorb at once?"])
async def test_protein_per_serving_is_the_per_meal_answer(chat, said: str) -> None:
    reply = await chat(said)
    assert "20-40 g per meal" in reply.text, reply.text


async def test_protein_per_day_near_miss_stays_the_daily_need(chat) -> None:
    reply = await chat("how much protein should I have a day? I'm 70 kg")
    assert "aim for about" in reply.text and "a day" in reply.text, reply.text


async def test_typed_fast_calorie_and_breakfast_questions(chat) -> None:
    reply = await chat("how mny calorys do i need")
    assert MENU not in reply.text and "kcal" in reply.text, reply.text
    ideas = await chat("wat shud i eet for brkfst, im vegeterian")
    assert "breakfast ideas (vegetarian)" in ideas.text, ideas.text


def test_basmati_said_alone_is_rice() -> None:
    assert ids("200g cooked basmati and a chicken breast")[0] == "white_rice"


async def test_a_shopping_list_for_the_week_is_food_to_buy_then_redone_for_a_diet(chat) -> None:
    reply = await chat("can you do me a grocery list for the week, lots of protein")
    assert "This week" not in reply.text and "eggs" in reply.text, reply.text
    veggie = await chat("forgot to say, I'm vegetarian")
    assert "saved" in veggie.text and "tuna" not in veggie.text and "lentils" in veggie.text, veggie.text


async def test_a_diet_after_an_answer_that_lists_no_foods_is_only_saved(chat) -> None:
    await chat("how much water should I drink a day?")
    reply = await chat("I'm vegan btw")
    assert "saved" in reply.text and "litres" not in reply.text, reply.text


async def test_the_weeks_tally_still_answers_for_the_week(chat) -> None:
    reply = await chat("what did I eat this week?")
    assert reply.text.startswith("This week"), reply.text


async def test_a_shakes_own_protein_is_still_looked_up(chat) -> None:
    reply = await chat("how much protein in a protein shake?")  # near miss: the shake's figure, not how much to have
    assert "g protein" in reply.text and "20-40 g per meal" not in reply.text, reply.text
