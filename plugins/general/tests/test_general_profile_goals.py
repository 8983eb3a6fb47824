"""A profile sentence that also carries a goal or the training: every fact saved and confirmed
back, the goal too, then handed on to the agents that help reach it; General claims such a
sentence above the training words in it."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_general.routing import PROFILE_STATEMENT, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


@pytest.mark.parametrize(
    ("message", "fields", "goal"),
    [
        ("32 y/o guy, 178cm, 72kg, want to put on muscle, training 4 days a week",
         {"age", "sex", "height_cm", "weight_kg", "activity_level", "goals"}, "put on muscle"),
        ("41 yo male 182cm 95kg, goal is to get under 90 kg by christmas", {"age", "sex", "height_cm", "weight_kg", "goals"}, "get under 90 kg by christmas"),
        ("29, female, 5'6, 140 lbs, trying to tone up and I do pilates 3 times a week",
         {"age", "sex", "height_cm", "weight_kg", "activity_level", "goals"}, "tone up"),
        ("I'm a 45 yr old woman, 5 ft 4, 170 lbs and I'd like to lose about 20 lbs", {"age", "sex", "height_cm", "weight_kg", "goals"}, "lose about 20 lbs"),
        ("180 cm, 80 kg, bulking", {"height_cm", "weight_kg", "goals"}, "bulking"),
        ("170 cm and 60 kilos, just want to maintain", {"height_cm", "weight_kg", "goals"}, "maintain"),
        ("46, male, 6ft 1 and 16 stone 4. goal is getting fit enough for a charity trek", {"age", "sex", "height_cm", "weight_kg", "goals"},
         "getting fit enough for a charity trek"),
        ("I'm 60, male, 70 kg, training for a half marathon", {"age", "sex", "weight_kg", "goals"}, "training for a half marathon"),
    ],
)
def test_facts_and_the_goal_are_read_and_general_claims_the_sentence(message, fields, goal):
    reading = read_profile(message)
    assert set(reading.facts) == fields
    assert reading.facts["goals"].value == [goal]
    assert reading.rest == ""
    assert classify(message, CONTEXT).score >= PROFILE_STATEMENT


@pytest.mark.parametrize(
    "message",
    ["my son is 12 and 40kg", "I lifted 100 kg and ran 5 km", "he's 180 cm and 90 kg", "what if I weigh 90 kg and I'm 170 cm?"],
)
def test_other_people_lifts_and_questions_are_not_the_users_facts(message):
    assert read_profile(message).facts == {}


async def test_the_sentence_is_saved_confirmed_and_the_goal_handed_on(chat, on_disk):
    reply = await chat("32 y/o guy, 178cm, 72kg, want to put on muscle, training 4 days a week")
    saved = on_disk("profile.json")
    assert (saved["age"], saved["sex"], saved["height_cm"], saved["weight_kg"]) == (32, "male", 178.0, 72.0)
    assert saved["goals"] == ["put on muscle"] and saved["activity_level"] == "moderate"
    for said in ("age 32", "sex male", "height 178 cm", "weight 72 kg", "goal put on muscle"):
        assert said in reply.text
    assert '"how many calories should I eat?"' in reply.text and '"@helios I want to put on muscle"' in reply.text


async def test_a_condition_beside_the_facts_keeps_the_facts(chat, on_disk):
    reply = await chat("I'm 52, female, 158cm, 54kg. just been told I have osteopenia and want to build bone strength")
    assert on_disk("profile.json")["goals"] == ["build bone strength"]
    assert "age 52" in reply.text and "158 cm" in reply.text and "54 kg" in reply.text
