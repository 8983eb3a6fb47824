"""Round 21: a profile list whose habit clause opens with "do" or whose goal opens with "trying
to", a question run on after a fact with no comma, a supplement asked for "as a tablet", sleep
said to be wrecked, "drink too much" after an answer on water, and short follow-ups with no "?"."""

from __future__ import annotations

import pytest

from host.follow_ups import leans_on
from host.types import ClassifyContext

from agenthost_general.conversation import FIGURATIVE, HEALTH_OR_SAFETY
from agenthost_general.routing import PROFILE_LIST, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


@pytest.mark.parametrize(
    "message",
    [
        "31M, 178cm, 80kg, do spin classes three times a week",
        "f 26 5ft5 130lbs trying to tone up",
        "male 45 95kg 185cm looking to drop a few kilos",
    ],
)
def test_a_habit_or_a_goal_closing_a_list_of_facts_is_no_question(message):
    reading = read_profile(message)
    assert not reading.question
    assert {"age", "sex", "height_cm", "weight_kg"} <= set(reading.facts)
    assert classify(message, CONTEXT).score == PROFILE_LIST


def test_do_followed_by_a_person_still_asks():
    assert read_profile("do you lift 3 times a week").question


@pytest.mark.parametrize("message", ["im 92kg how much protein is that", "I'm 170cm how much should I weigh"])
def test_a_question_run_on_after_a_fact_is_a_question(message):
    reading = read_profile(message)
    assert reading.question
    assert classify(message, CONTEXT).score < PROFILE_LIST


@pytest.mark.parametrize("message", ["could i get it as a capsule?", "are there any vitamin D tablets", "is there a pill i can take for that instead"])
def test_a_supplement_in_tablet_form_is_no_medicine_to_defer(message):
    assert not HEALTH_OR_SAFETY.search(FIGURATIVE.sub(" ", message))


@pytest.mark.parametrize("message", ["i took some pills and feel weird", "is there a pill for the pain in my chest"])
def test_medicines_and_symptoms_are_still_deferred(message):
    assert HEALTH_OR_SAFETY.search(FIGURATIVE.sub(" ", message))


def test_wrecked_sleep_is_generals_sleep_topic():
    score = classify("my sleep is a mess lately, awake till 3", CONTEXT)
    assert score.score >= 0.5 and "sleep" in score.reason


def test_drinking_too_much_after_water_is_not_alcohol():
    water = ClassifyContext(
        user_id="alice",
        history=[{"role": "user", "text": "how much should I drink in a day"}, {"role": "assistant", "agent": "ceres", "text": "About 2 litres of water a day."}],
        profile={},
        last_agent="ceres",
    )
    assert "alcohol" not in classify("is drinking too much bad", water).reason
    assert "alcohol" in classify("is drinking too much bad", CONTEXT).reason


@pytest.mark.parametrize("message", ["is quinoa ok", "any cheaper brands", "my mate says it's pointless, is that true?"])
def test_short_or_checking_follow_ups_lean_on_the_answer(message):
    assert leans_on(message, claimed=False, last_answer="Try oats with berries.")
