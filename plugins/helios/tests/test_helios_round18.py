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
