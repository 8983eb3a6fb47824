"""General on what held-out conversations asked it: a weight said as where the user is now, the
BMI from the profile, a pet that ate something, a question on the topic it just answered, and
health statements that are never offered as a note. Phrasings of our own."""

from __future__ import annotations

import re

import pytest

from host.testing import TurnRunner
from host.types import ClassifyContext, Intervention

from agenthost_general.routing import PROFILE_STATEMENT, TOPIC_FOLLOW_UP, classify
from agenthost_general.statements import read_profile

from .test_general_profile import FlaggedGeneral


def weight_said(message: str) -> str | None:
    fact = read_profile(message).facts.get("weight_kg")
    return fact.said if fact else None


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("update: I'm down to 85 kg now", "85 kg"),
        ("I'm now down to 12 stone", "12 st"),
        ("I've gone up to 92kg over the holidays", "92 kg"),
        ("I'm back up to 90 kg after christmas", "90 kg"),
        ("good news, I dropped to 84 kg", "84 kg"),
        ("weighed in at 83.5 kg this morning", "83.5 kg"),
        ("new weight: 176 lbs", "176 lb"),
        ("down to 85kg!", "85 kg"),
    ],
)
def test_a_weight_said_as_where_i_am_now_is_my_weight(message, said):
    assert weight_said(message) == said


@pytest.mark.parametrize(
    "message",
    ["I want to get down to 80 kg", "my goal is to get down to 75 kg", "I dropped 5 kg", "hoping to be down to 70kg by June"],
)
def test_a_wish_or_a_loss_is_not_my_weight(message):
    assert weight_said(message) is None


@pytest.mark.parametrize("message", ["update: I'm down to 85 kg now", "weighed in at 85 kg this morning"])
def test_the_new_weight_is_claimed_saved_and_said_back(chat, on_disk, message):
    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score == PROFILE_STATEMENT


async def test_an_update_replaces_the_weight_and_the_bmi_uses_it(chat, on_disk):
    await chat("I'm 90 kg and 182 cm, male, 41")
    reply = await chat("update: I'm down to 85 kg now")
    assert "85 kg" in reply.text
    assert on_disk("profile.json")["weight_kg"] == 85
    reply = await chat("what's my BMI?")
    assert reply.text.startswith("Your BMI is 25.7 (85 kg, 182 cm).")
    assert "overweight range (25-29.9)" in reply.text and "muscle" in reply.text
    why = await chat("why?")
    assert "85 / 1.82² = 25.7" in why.text and "WHO" in why.text


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ({"weight_kg": 60, "height_cm": 170}, r"^Your BMI is 20\.8 .*healthy range"),
        ({"weight_kg": 110, "height_cm": 175}, r"^Your BMI is 35\.9 .*obese range \(30 or more\)"),
        ({"weight_kg": 50, "height_cm": 160, "age": 15}, r"growth charts"),
        ({"weight_kg": 70}, r"I need your height"),
        ({}, r"I need your weight and height"),
    ],
)
async def test_bmi_from_the_profile(chat, storage, profile, expected):
    await storage.user("alice").update_profile(lambda p: p.update(profile))
    reply = await chat("calculate my bmi")
    assert re.search(expected, reply.text, re.S), reply.text


async def test_no_bmi_figure_after_an_eating_disorder_flag(chat, storage):
    await storage.user("alice").update_profile(lambda p: p.update({"weight_kg": 50, "height_cm": 170}))
    flag = Intervention("eating_disorder", "support", "ed.test", action="preface", note="no numbers")
    flagged = TurnRunner(FlaggedGeneral(flag), chat.agent, chat.store, registry=chat.registry)
    reply = await flagged("what's my BMI?")
    assert not re.search(r"\d", reply.text) and "GP" in reply.text


# ---- a pet that ate something, and what is asked next ------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my friend's dog ate a whole chocolate bar, should we be worried?",
        "our puppy just ate some grapes",
        "can cats eat tuna?",
        "is xylitol toxic to dogs?",
    ],
)
async def test_a_pet_that_ate_something_is_sent_to_a_vet(chat, message):
    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score >= 0.6
    reply = await chat(message)
    assert "vet" in reply.text and "Source:" in reply.text


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        ("it was dark chocolate, does that matter?", r"darker the chocolate, the more dangerous"),
        ("what signs should we look out for?", r"vomiting"),
        ("does that matter if he seems fine?", r"vet"),
    ],
)
async def test_a_question_on_the_topic_just_answered_gets_the_part_it_asks(chat, then, expected):
    first = "my dog ate a chocolate bar"
    await chat(first)
    history = [{"role": "user", "text": first}, {"role": "assistant", "agent": "general", "text": "..."}]
    if "chocolate" in then:
        assert classify(then, ClassifyContext(user_id="alice", history=history, profile={}, last_agent="general")).score == TOPIC_FOLLOW_UP
    reply = await chat(then)
    assert re.search(expected, reply.text), reply.text


def test_a_food_question_after_another_topic_is_not_claimed_as_a_follow_up():
    history = [{"role": "user", "text": "how much sleep do I need?"}, {"role": "assistant", "agent": "general", "text": "..."}]
    context = ClassifyContext(user_id="alice", history=history, profile={}, last_agent="general")
    assert classify("is dark chocolate healthy?", context).score < TOPIC_FOLLOW_UP


# ---- health statements: never a note ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my heart was racing during my run and I couldn't catch my breath",
        "I keep thinking about taking all my pills",
        "my due date isn't for another 3 weeks",
        "I fainted at the gym yesterday",
    ],
)
async def test_a_health_statement_is_never_offered_as_a_note(chat, message):
    reply = await chat(message)
    assert "note:" not in reply.text and "breathe in" not in reply.text.lower()
    assert "doctor" in reply.text and "emergency number" in reply.text


async def test_what_is_said_after_a_health_statement_is_not_a_note_either(chat):
    await chat("I keep thinking about taking all my pills")
    reply = await chat("I haven't taken them yet")
    assert "note:" not in reply.text and "someone you trust" in reply.text


@pytest.mark.parametrize("message", ["I was out of breath after the stairs", "I get short of breath when I run"])
async def test_breathlessness_is_not_a_request_for_a_breathing_exercise(chat, message):
    reply = await chat(message)
    assert "counting steadily" not in reply.text


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("I'm 28, male, 6ft, 190 lbs and I lift 4 times a week", "moderate"),
        ("I swim twice a week", "light"),
        ("I do weights 5 times a week", "moderate"),
        ("I do yoga 3 times a week", "moderate"),
    ],
)
def test_training_said_in_other_words_is_an_activity_level(message, level):
    reading = read_profile(message)
    assert reading.facts["activity_level"].value == level and not reading.rest


def test_a_sentence_of_facts_and_training_is_generals():
    message = "I'm 28, male, 6ft, 190 lbs and I lift 4 times a week"
    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score == PROFILE_STATEMENT
    assert set(read_profile(message).facts) == {"age", "sex", "height_cm", "weight_kg", "activity_level"}


@pytest.mark.parametrize(
    ("message", "starts"),
    [
        ("how much sleep should a 16 year old get?", "Teenagers (13-18) need **8-10 hours**"),
        ("how much sleep does my 8 year old need", "Children aged 6-12 need **9-12 hours**"),
        ("how much sleep for a 70 year old?", "From 65 on, **7-8 hours**"),
    ],
)
async def test_an_age_in_the_question_picks_the_answer_for_that_age(chat, message, starts):
    assert (await chat(message)).text.startswith(starts)


@pytest.mark.parametrize("then", ["any tips?", "what should I do?", "any advice", "what else can I do"])
async def test_asking_for_tips_after_a_topic_gives_the_next_tip(chat, then):
    await chat("I feel stressed all the time")
    reply = await chat(then)
    assert "can't answer" not in reply.text and reply.text != ""
    assert reply.metadata["intent"] == "more"


@pytest.mark.parametrize("message", ["remind me to buy chicken", "note: eggs and oats for the weekend", "show my notes"])
def test_note_requests_are_generals_whatever_they_are_about(message):
    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score >= 0.9


async def test_a_weight_said_in_stone_is_said_back_in_stone(chat):
    await chat("I weigh 14 stone")
    await chat("actually it's 13 stone 10")
    reply = await chat("what do you know about me?")
    assert "13 st 10 lb (87.1 kg)" in reply.text


@pytest.mark.parametrize("message", ["what time is it?", "what's the date today", "what's 15% of 2000", "what is 12 * 7"])
def test_time_date_and_sums_are_claimed_not_left_to_the_last_agent(message):
    history = [{"role": "user", "text": "snack ideas"}, {"role": "assistant", "agent": "ceres", "text": "..."}]
    assert classify(message, ClassifyContext(user_id="alice", history=history, profile={}, last_agent="ceres")).score >= 0.8
