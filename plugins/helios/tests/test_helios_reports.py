"""Workouts as people report them, beyond the tuned phrasings: activities the routing words do not
name, distances without a time, bare counts, miles, shorthand and misspelt days, and the calorie
question that follows in its many shapes."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios.routing import classify

WEDNESDAY = datetime(2025, 3, 12, 18, 0)
NO_CONTEXT = ClassifyContext(user_id="u", history=[], profile={})


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def logged(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    "message",
    [
        "on Monday I did a 1 hour spin class",
        "played tennis for an hour after work",
        "45 min zumba yesterday",
        "went kayaking with the kids this morning",
        "did 3x12 dips and 20 min on the elliptical",
        "2 hours of bouldering on saturday",
    ],
)
def test_a_reported_activity_routes_to_helios_even_without_a_routing_word(message):
    score = classify(message, NO_CONTEXT)
    assert score.score >= 0.6, score
    assert "reports an activity" in score.reason or "fitness" in score.reason


@pytest.mark.parametrize(
    "message",
    [
        "I had butternut squash soup for lunch",
        "skipping breakfast today, had 2 coffees",
        "had chips and 2 dips at the pub",
        "I love watching football on sunday",
    ],
)
def test_activity_words_that_are_everyday_words_need_a_measured_report(message):
    assert classify(message, NO_CONTEXT).score < 0.3


async def test_a_spin_class_on_monday_is_logged_for_monday_and_shows_in_the_week(chat, on_disk):
    await chat("on Monday I did a 1 hour spin class")
    await chat("and today a 30 min run")
    week = await chat("what have I done this week?")

    spin, run = logged(on_disk)
    assert (spin["activity"], spin["duration_min"], spin["date"][:10]) == ("spin_class", 60, "2025-03-10")
    assert run["date"][:10] == "2025-03-12"
    assert "Spin class" in week.text and "Running" in week.text


@pytest.mark.parametrize(
    ("message", "activity", "km", "minutes"),
    [
        ("i ran 5km this mornin", "running", 5, 31),
        ("walked 4 km to work", "walking", 4, 43),
        ("cycled 30k yesterdy", "cycling", 30, 86),
        ("swam 1500m", "swimming", 1.5, 33),
    ],
)
async def test_a_distance_without_a_time_is_logged_at_a_typical_pace_and_says_so(
    chat, on_disk, message, activity, km, minutes
):
    reply = await chat(message)

    [workout] = logged(on_disk)
    assert (workout["activity"], workout["distance_km"], workout["duration_min"]) == (activity, km, minutes)
    assert workout["duration_estimated"] is True
    assert "(estimated)" in reply.text and "How long did the" in reply.text


async def test_the_real_time_after_an_estimate_corrects_it(chat, on_disk):
    await chat("I ran 5k this morning")
    reply = await chat("it took me 28 minutes")

    [workout] = logged(on_disk)
    assert (workout["duration_min"], workout.get("duration_estimated")) == (28, None)
    assert reply.text.startswith("Fixed!") and "28 min" in reply.text


async def test_days_said_with_typos_and_shorthand_are_the_days_logged(chat, on_disk):
    await chat("yday I did 40 mins of yoga")
    await chat("swam 30 minutes on mondy")

    yoga, swim = logged(on_disk)
    assert yoga["date"][:10] == "2025-03-11"
    assert swim["date"][:10] == "2025-03-10"


async def test_an_impossible_count_asks_how_many_and_the_bare_count_then_logs(chat, on_disk):
    question = await chat("did NaN pushups lol")
    assert "How many push-ups did you do?" in question.text and not logged(on_disk)

    reply = await chat("ok 25 pushups")

    [workout] = logged(on_disk)
    assert (workout["exercise"], workout["reps"]) == ("Push-up", 25)
    assert "×25" in reply.text


async def test_miles_are_echoed_as_miles(chat, on_disk):
    reply = await chat("ran 3 miles in 30 minutes this morning")

    [workout] = logged(on_disk)
    assert (workout["distance_km"], workout["distance_unit"]) == (4.83, "mi")
    assert "3 mi (4.8 km), 6 mph, 10:00/mi" in reply.text


@pytest.mark.parametrize(
    "question", ["how many calories is that?", "calories?", "and how many kcal was that", "what did that burn?"]
)
async def test_the_calorie_question_after_a_log_is_about_what_was_logged(chat, question):
    await chat("ran 3 miles in 30 minutes this morning")

    reply = await chat(question)

    assert reply.metadata["intent"] == "history"
    assert reply.text.startswith("About **343 kcal**")


# Impossible figures in more shapes, "each", "actually" at the end, and which one to delete


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("walked 500km today", "500 km of walking is more than anyone does in a day"),
        ("I did 3x10 bench press at 1000kg", "1000 kg is more than anyone has ever lifted"),
        ("ran 5k in 0 minutes", "a workout of 0 minutes"),
        ("cycled for 25 hours yesterday", "25 hours is more than a whole day"),
    ],
)
async def test_figures_that_cannot_be_real_get_a_question_and_nothing_is_logged(chat, on_disk, message, problem):
    reply = await chat(message)
    assert problem in reply.text and "?" in reply.text
    assert on_disk.lines("workouts.jsonl") is None


async def test_for_an_hour_each_gives_every_activity_the_hour(chat, on_disk):
    await chat("played tennis saturday and squash sunday for an hour each")
    tennis, squash = logged(on_disk)
    assert (tennis["activity"], tennis["duration_min"], tennis["date"][:10]) == ("tennis", 60, "2025-03-08")
    assert (squash["activity"], squash["duration_min"], squash["date"][:10]) == ("squash", 60, "2025-03-09")


async def test_an_effort_corrected_afterwards_changes_the_calories(chat, on_disk):
    await chat("I ran for half an hour")
    reply = await chat("at a fast pace actually")
    [run] = logged(on_disk)
    assert run["intensity"] == "high" and "(high effort)" in reply.text


async def test_delete_the_5k_takes_out_the_run_of_that_distance(chat, on_disk):
    await chat("ran 5k yesterday and 10k today")
    await chat("delete the 5k")
    [left] = logged(on_disk)
    assert left["distance_km"] == 10
