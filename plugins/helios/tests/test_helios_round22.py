"""Round 22: questions told with a past race or a baseline are never logs, new curated answers
(race fuelling, easy runs, lifting with high blood pressure, the cold, holidays, children's fitness
tests, drinking), two questions in one message, and logging lengths, matches and a weight said
after the calorie question. Phrasings are this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

from agenthost_helios import faq, intents

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("bonked badly at km 30 of the berlin marathon. what should i take on board next time", "race_fuelling"),
        ("ran out of gas at 18 miles of my half-ironman run, how do i fuel during a race like that", "race_fuelling"),
        ("coach has me jogging really slowly most days, why are most of my runs so easy", "easy_runs_why"),
        ("should the rest of the runs be easy then", "easy_runs_why"),
        ("on amlodipine for my bp, can i still do weight training at the gym", "lifting_blood_pressure"),
        ("any advice for running outside when it's freezing, my chest gets tight", "cold_weather"),
        ("2 weeks in greece next month, how do i maintain my fitness while im away", "holiday_training"),
        ("my u14s hate the beep test, how can i make it more fun", "kids_fitness"),
        ("stag do this weekend, any tips to limit the damage from the drinking", "alcohol_training"),
    ],
)
def test_everyday_questions_have_curated_answers(said, answer):
    found = faq.find(said)
    assert found is not None and found.id == answer, found


@pytest.mark.parametrize(
    "said",
    [
        "crashed at km 30 of my first marathon on sunday, legs just gave up. how do i fuel better next time",
        "cramped up at mile 22 of the london marathon sunday. how can i stop that next time",
        "doing about 5000 steps a day at the moment, how do i get that up safely",
        "struggled through a 10k race last saturday. any tips for the next one",
    ],
)
def test_a_question_after_a_race_or_baseline_told_is_not_a_log(said):
    assert intents.detect(said, [], {}) not in ("log", "log_incomplete")


def test_a_timed_gym_workout_asked_for_with_please_is_a_workout_not_a_log():
    assert intents.detect("30 min gym session for toning please", [], {}) == "workout"


def test_two_questions_in_one_message_get_both_curated_answers():
    said = "did hill sprints and my heart was racing like mad after each one, that's fine right? also should i stretch before running"
    first = faq.find(said)
    second = faq.another(said, first)
    assert first is not None and second is not None
    assert {first.id, second[0].id} == {"high_heart_rate", "stretching"}


def test_one_question_gets_one_answer():
    said = "how often should i run. i'm a total beginner"
    assert faq.another(said, faq.find(said)) is None


async def test_two_answers_in_the_reply(chat, on_disk):
    reply = await chat("my heart was pounding after the 400s, that's normal isn't it? also how many runs a week should i do")
    assert "normal" in reply.text and "3-5 days a week" in reply.text, reply.text
    assert not on_disk.live("workouts.jsonl")


async def test_lengths_in_the_pool_are_a_swim(chat, on_disk):
    reply = await chat("16 lengths in the pool this morning, nice and easy")
    logged = on_disk.live("workouts.jsonl")
    assert len(logged) == 1 and logged[0]["activity"] == "swimming", reply.text


async def test_training_and_the_match_are_two_sessions(chat, on_disk):
    reply = await chat("log rugby training monday 75 min and the match on sunday, 80 min")
    logged = on_disk.live("workouts.jsonl")
    assert len(logged) == 2, reply.text
    assert {entry["duration_min"] for entry in logged} == {75, 80}


async def test_the_match_told_about_is_no_second_session(chat, on_disk):
    await chat("played hockey for an hour and the match was a draw")
    assert len(on_disk.live("workouts.jsonl")) == 1


async def test_a_weight_after_the_calorie_question_is_used_and_tracking_logs_it(chat, on_disk):
    reply = await chat("did a 2 hour bike ride on sunday, i track everything. how many calories roughly? 90kg")
    assert on_disk.live("workouts.jsonl"), reply.text
    assert "90 kg you said" in reply.text, reply.text


@pytest.mark.parametrize(("said", "runs"), [("two days instead, work is mad", 2), ("only 4 runs, no more", 4), ("5 sessions max", 5)])
def test_runs_a_week_said_as_a_change(said, runs):
    from agenthost_helios import race_plan

    assert race_plan.runs_asked(said) == runs


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("should i lift before suhoor or later on", "ramadan_training"),
        ("nice, and what's my max bpm then, i'm 45", "heart_rate"),
        ("how do i set my hr zones", "heart_rate"),
    ],
)
def test_more_wordings_of_existing_answers(said, answer):
    found = faq.find(said)
    assert found is not None and found.id == answer, found


def test_a_daily_step_baseline_with_a_question_is_not_a_log():
    said = "did my cardiac rehab and the team are pleased. how do i build up my walking without overdoing it? currently 4500 steps a day"
    assert intents.detect(said, [], {}) not in ("log", "log_incomplete")
