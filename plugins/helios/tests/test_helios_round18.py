"""Round 18: a bare count after a plan ("actually I can do 4") changes the plan's days (or its
minutes); a single workout leaves out the moves someone dislikes ("no lunges or stairs, she
hates them") and says how often to do it, for the user or someone they train; a corrected
figure after an impossible one is Helios' to log; "minite" and "calries" typos. Phrasings are
this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios.routing import classify

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    ("change", "wanted"),
    [
        ("actually we could manage 5", "5-day"),
        ("ok I can do 2 then", "2-day"),
        ("let's go with 4", "4-day"),
        ("hmm, make it 5 instead", "5-day"),
    ],
)
async def test_a_bare_count_after_a_plan_is_its_days(chat, change, wanted):
    await chat("I want a plan to get fitter")
    await chat("only 3 days a week please")

    reply = await chat(change)

    assert wanted in reply.text
    assert "days a week" in reply.text


async def test_a_bare_count_of_minutes_changes_the_session_length(chat):
    await chat("I want a plan to get fitter")

    reply = await chat("I could do 45 now")

    assert "(45 min" in reply.text


async def test_a_count_with_a_unit_is_no_bare_count(chat, on_disk):
    """Near miss: "I can do 4 push-ups" is about push-ups, not 4 days of training."""
    await chat("I want a plan to get fitter")

    reply = await chat("I can do 4 push-ups")

    assert "4-day" not in reply.text


@pytest.mark.parametrize(
    ("ask", "gone", "said"),
    [
        ("skip the lunges, he can't do them", ("lunge", "split squat"), "no lunges"),
        ("no stairs or step ups, her knees don't like them", ("step-up",), "step-ups or stairs"),
        ("she hates burpees, leave them out", ("burpee",), "no burpee"),
    ],
)
async def test_a_workout_leaves_out_the_moves_disliked(chat, ask, gone, said):
    await chat("give me a quick 30 minute workout for my client's legs and cardio")
    await chat("what's a 30 minute leg session I could do with my mum?")

    reply = await chat(ask)

    assert reply.text.startswith("Here's a 30-minute")
    assert said in reply.text.lower()
    body = reply.text.split("\n", 1)[1].lower()
    assert not any(word in body for word in gone)


async def test_what_was_left_out_stays_out_on_the_next_change(chat):
    await chat("what's a 20 minute lower body session I could do with my client?")
    await chat("no lunges please")

    reply = await chat("make it 40 minutes")

    assert "40-minute" in reply.text
    assert "lunge" not in reply.text.split("\n", 1)[1].lower()


@pytest.mark.parametrize(
    ("who", "person"),
    [
        ("how often should he do it?", "they"),
        ("how many days a week should I do this one?", "you"),
        ("how many times a week for my client?", "they"),
    ],
)
async def test_how_often_to_do_a_workout(chat, who, person):
    await chat("a gentle 20 minute leg session for my dad please")

    reply = await chat(who)

    assert reply.text.startswith("2-3 times a week")
    assert f"Once {person} can" in reply.text
    assert "Source:" in reply.text


async def test_how_often_after_a_cardio_circuit(chat):
    await chat("20 minute cardio session I can do at home?")

    reply = await chat("how often should I do it?")

    assert reply.text.startswith("3-5 times a week")


async def test_how_often_with_no_workout_before_is_not_that_answer(chat):
    """Near miss: with no workout before, "how often should I do it?" is not the workout's answer."""
    reply = await chat("how often should I do it?")

    assert not reply.text.startswith("2-3 times a week")


IMPOSSIBLE = (
    "Hmm, 300 km in 25 min would be 720 km/h, faster than anyone goes cycling, so I haven't logged anything. "
    "Was it a typo in the distance or the time? Tell me the right one and I'll log the cycling (e.g. “3.2 km” "
    "or “it took 2 hours”)"
)


def after(reply: str) -> ClassifyContext:
    return ClassifyContext(
        "u", [{"role": "user", "text": "x"}, {"role": "assistant", "agent": "helios", "text": reply}], {},
        last_agent="helios",
    )


@pytest.mark.parametrize("fix", ["lol i meant 30 km in 25 mins", "oops 3 km, sorry", "it took 75 minutes actually"])
def test_a_corrected_figure_after_an_impossible_one_is_helios(fix):
    assert classify(fix, after(IMPOSSIBLE)).score >= 0.7


def test_a_meal_after_the_question_is_not_helios():
    """Near miss: food with amounts after the same question stays Ceres'."""
    assert classify("I had 2 eggs and 200 g of rice", after(IMPOSSIBLE)).score < 0.5


async def test_the_corrected_figure_is_logged(chat, on_disk):
    await chat("cycled 300 km in 25 minutes today")

    reply = await chat("lol i meant 30 km in 75 mins")

    [workout] = on_disk.live("workouts.jsonl")
    assert workout["distance_km"] == 30
    assert "Logged" in reply.text


@pytest.mark.parametrize("said", ["did a 45 minite swim yesterday", "20 minuts of rowing this morning"])
async def test_a_misspelt_minute_is_still_the_time(chat, on_disk, said):
    reply = await chat(said)

    [workout] = on_disk.live("workouts.jsonl")
    assert workout["duration_min"] in (45, 20)
    assert "Logged" in reply.text


async def test_a_misspelt_calories_question_after_a_log(chat):
    await chat("went for a 40 minute walk this morning")

    reply = await chat("how many calaries was that")

    assert "kcal" in reply.text


# --- everyday questions -------------------------------------------------------------------


@pytest.mark.parametrize(
    "ask", ["im 58 and haven't run in decades, how do I start running?", "how should I begin jogging? not done any sport for years"]
)
async def test_starting_after_years_is_not_a_missed_week(chat, ask):
    reply = await chat(ask)

    assert "missed week" not in reply.text
    assert "Couch to 5K" in reply.text


async def test_a_missed_week_is_still_getting_back(chat):
    """Near miss: a week or two missed is still the getting-back answer."""
    reply = await chat("missed a whole week of workouts, how do I get back on track?")

    assert "missed week is normal" in reply.text


@pytest.mark.parametrize(
    "ask", ["what do I do on my non-running days?", "any cross training ideas for a new runner?", "what should I do between my runs?"]
)
async def test_the_days_between_runs(chat, ask):
    reply = await chat(ask)

    assert "strength work on 2 days" in reply.text
    assert "Lauersen" in reply.text


async def test_how_long_to_a_5k_after_a_running_card(chat):
    await chat("how do I run properly?")

    reply = await chat("so how long before I could do a 5k?")

    assert "9 weeks" in reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how many steps a day should my nan do at 75?", "she's quite slow on her feet, does speed matter?"),
        ("what's a good daily step count?", "do slow steps still count?"),
    ],
)
async def test_pace_after_the_steps_answer(chat, first, then):
    await chat(first)

    reply = await chat(then)

    assert "number of steps matters most" in reply.text
    assert "Saint-Maurice" in reply.text


async def test_how_often_to_run_in_figures(chat):
    reply = await chat("how many days a week should I run as a beginner?")

    assert reply.text.split("\n")[1].startswith("Running 3-5 days a week")
    assert "Start with 3 runs" in reply.text


@pytest.mark.parametrize(
    "ask",
    ["starting my cut next week, lifting 3x a week, what's a sensible calorie deficit?",
     "how big a deficit should I aim for while training for a 10k?"],
)
def test_a_deficit_question_is_not_helios_to_claim(ask):
    assert classify(ask, ClassifyContext("u", [], {})).score <= 0.4


async def test_a_deficit_question_gets_no_plan(chat, on_disk):
    reply = await chat("going on a cut monday, 90kg, lifting 4 times a week. how much of a deficit?")

    assert "Ceres" in reply.text
    assert "0.5-0.9 kg a week at 90 kg" in reply.text
    assert "Helms" in reply.text
    assert "plan" not in (reply.metadata or {}).get("intent", "")


async def test_a_plan_for_a_cut_is_still_a_plan(chat):
    """Near miss: asking for a training plan for a cut is Helios' plan."""
    reply = await chat("make me a training plan for my cut, 4 days a week")

    assert "4-day" in reply.text


# --- older sets' classes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "ask", ["is a cold plunge after the gym a good idea?", "should I take ice baths after leg day?", "hot bath or cold shower after a long run?"]
)
async def test_cold_water_after_training(chat, ask):
    reply = await chat(ask)

    assert "blunt" in reply.text
    assert "Roberts" in reply.text


async def test_a_cold_drink_is_not_cold_water_immersion(chat):
    """Near miss: a cold drink after training is not the ice-bath answer."""
    reply = await chat("is a cold drink ok after my run?")

    assert "Roberts" not in reply.text


async def test_bare_tips_after_the_sleep_answer(chat):
    await chat("is sleep important for recovery?")

    reply = await chat("I'm on about 6 hours, any tips?")

    assert "bedtime" in reply.text


async def test_a_typo_in_days_still_changes_the_plan(chat):
    await chat("I want a plan to get fitter")

    reply = await chat("make it 5 dys")

    assert "5-day" in reply.text


async def test_years_away_is_not_a_missed_week_but_weeks_away_is(chat):
    reply = await chat("haven't worked out in 2 weeks because of a trip, how do I start again?")

    assert "missed week is normal" in reply.text
