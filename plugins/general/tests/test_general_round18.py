"""Round 18: follow-ups nobody claims stay with the agent that answered, instead of reaching
General's "that sounds like a follow-up" hand-off; and the profile sentences General misread."""

from __future__ import annotations

import pytest

from host.follow_ups import leans_on
from host.types import ClassifyContext
from host.typos import COMMON_MISSPELLINGS

from agenthost_general.routing import BESIDE_A_WORKOUT, PROFILE_STATEMENT, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


@pytest.mark.parametrize(
    "message",
    [
        "about how many miles is that",  # ends on what was said
        "am I pushing it",
        "lol meant 6 km, not 60",  # a correction without "I"
        "can he have it cold?",  # a person named before
        "I only get 10 minutes at lunch, anything quicker?",  # a comparison, "than" left out
        "gimme a monthly recap",  # the user's own record
        "what have I done so far",
        "I drive for work all day, motorway services picks?",  # a bare noun-phrase question
    ],
)
def test_an_unclaimed_message_that_points_back_stays_with_the_last_agent(message):
    assert leans_on(message, claimed=False, last_answer="Logged your run.")


@pytest.mark.parametrize(
    "message",
    [
        "what is the capital of Peru",
        "tell me about the weather in paris",
        "who won the football on saturday",
        "is a heavier bike faster than a lighter one",  # a comparison with its "than": a question of its own
    ],
)
def test_a_new_subject_still_goes_to_the_fallback(message):
    assert not leans_on(message, claimed=False, last_answer="Logged your run.")


def test_a_claimed_message_is_not_moved_by_pointing_back():
    assert not leans_on("weekly summary of my meals please, with more protein tips", claimed=True, last_answer="x")


def test_short_question_words_are_repaired_so_a_question_reads_as_one():
    assert COMMON_MISSPELLINGS["wat"] == "what" and COMMON_MISSPELLINGS["shud"] == "should"
    assert read_profile("what should i have for lunch, im a man 80kg 180cm").question


@pytest.mark.parametrize(("message", "cm"), [("Tengo 41 años, hombre, 1m82 y 90 kg", 182.0), ("I'm 1 m 64, 55 kg", 164.0)])
def test_metres_and_centimetres_written_together(message, cm):
    assert read_profile(message).facts["height_cm"].value == cm


def test_a_time_in_minutes_and_seconds_is_no_height():
    assert "height_cm" not in read_profile("I'm doing 1m30s planks, 70 kg").facts


def test_a_weighing_then_a_bare_number_is_the_weight():
    reading = read_profile("weighed myself at the gym... no wait, I got weighed at the clinic, I'm now 82")
    assert reading.facts["weight_kg"].value == 82.0
    assert not read_profile("I'm actually 82").facts  # no weighing said: could be an age


def test_a_weight_beside_a_workout_is_left_to_helios_a_weight_alone_is_general():
    assert classify("swam 2000m in 45 min before work, I'm 70kg", CONTEXT).score == BESIDE_A_WORKOUT
    assert classify("I'm 70kg", CONTEXT).score == PROFILE_STATEMENT


def test_stretches_for_a_sitting_problem_are_helios_advice_on_sitting_is_general():
    asked_moves = classify("my lower back is stiff from sitting all day, any stretches?", CONTEXT).score
    advice = classify("is sitting all day bad for me?", CONTEXT).score
    assert asked_moves < 0.5 <= advice


async def test_a_bare_weight_after_a_weighing_is_saved_in_the_units_the_user_speaks(chat, on_disk):
    await chat("I'm 6'1 and 165 lbs")
    reply = await chat("got weighed at the doctor's this morning, I'm actually 172")
    assert "172 lb" in reply.text and "kg or" not in reply.text
    assert round(on_disk("profile.json")["weight_kg"], 1) == 78.0


async def test_a_bare_weight_with_no_units_known_is_still_asked_about(chat):
    reply = await chat("got weighed at the doctor's this morning, I'm actually 172")
    assert '"kg" or "lb"' in reply.text
