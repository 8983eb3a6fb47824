"""Round 19: a bare number that corrects one of several facts just saved; what is left over
from a profile sentence ("oh wait", "a retired teacher") said back sensibly."""

from __future__ import annotations

import pytest

from host.follow_ups import leans_on

from agenthost_general.followups import follow_up
from agenthost_general.statements import read_profile

SAVED = {"intent": "remember", "slots": {"fields": ["age", "sex", "height_cm", "weight_kg", "activity_level"]}}
PROFILE = {"age": 31, "sex": "male", "height_cm": 182.0, "weight_kg": 84.0}


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("hmm no, stepped on the scale again and I'm actually 86", "weight_kg", 86.0),  # nearest the weight
        ("sorry, 180 not 182", "height_cm", 180.0),  # the first of "X not Y"
        ("oops I meant 33", "age", 33),  # nearest the age
        ("my bad, I'm actually 87kg", "weight_kg", 87.0),  # a unit names the field
        ("wait, had a birthday last week, I'm actually 32", "age", 32),  # a word names the field
    ],
)
def test_a_bare_number_corrects_the_saved_fact_it_is_nearest(message, field, value):
    intent = follow_up(message, SAVED, PROFILE)
    assert intent is not None and intent.kind == "update"
    assert intent.data["field"] == field and intent.data["value"].value == value


@pytest.mark.parametrize(
    "message",
    [
        "actually I did 60 squats",  # a count of something else
        "actually 86?",  # a question
        "actually 400",  # near no saved value
        "I ran 5k this morning",  # no correction said
    ],
)
def test_numbers_that_correct_nothing_are_left_alone(message):
    assert follow_up(message, SAVED, PROFILE) is None


async def test_a_correction_after_a_whole_profile_updates_that_fact(chat, on_disk):
    await chat("31, male, 182cm, 84kg, office job")
    reply = await chat("hang on, checked the scales this morning and I'm actually 86")
    assert reply.text.startswith("Updated: weight 84 kg → 86 kg.")
    assert on_disk("profile.json")["weight_kg"] == 86.0 and on_disk("profile.json")["age"] == 31


def test_weighing_myself_says_the_number_is_the_weight():
    assert read_profile("weighed myself after the holidays and I'm 79").facts["weight_kg"].value == 79.0


async def test_an_interjection_left_over_is_not_reported_unsaved(chat):
    reply = await chat("ah ok, weighed myself today, I'm 79")
    assert reply.text == "Saved: weight 79 kg." or "Not saved" not in reply.text


async def test_what_the_user_is_is_offered_back_in_the_first_person(chat):
    reply = await chat("I'm 66, a retired nurse. 158cm and 61kg.")
    assert 'Say "remember that I\'m a retired nurse"' in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "need to keep it under £30 for the week",  # money
        "we're pretty skint at the moment tho",  # a budget said in words
        "its for the two of us",  # who it is for
        "can I do that without a blender",  # what to do without
        "only got 15 minutes in the morning",  # the time there is
        "how do I get there if I hate running",  # "there": what the answer aimed at
        "we don't have an oven at the flat",  # what there is to do it with
        "which size should I go for",  # a preposition whose object is what was offered
        "whats a sensible load to begin with",
    ],
)
def test_a_limit_put_on_the_last_answer_stays_with_its_agent(message):
    assert leans_on(message, claimed=False, last_answer="Stock foods that keep: oats, rice, tinned beans.")


@pytest.mark.parametrize("message", ["what is the capital of Peru", "tell me a fun fact about octopuses"])
def test_a_new_subject_is_still_no_limit_on_the_last_answer(message):
    assert not leans_on(message, claimed=False, last_answer="Stock foods that keep: oats, rice, tinned beans.")


async def test_a_question_beside_facts_is_handed_on_never_reported_unsaved(chat, on_disk):
    reply = await chat("I'm 90kg and want to lean out. how quickly should it come off?")
    assert on_disk("profile.json")["weight_kg"] == 90.0
    assert "Not saved" not in reply.text
    assert "**Ceres 🥗** is the one to ask" in reply.text and 'how quickly should it come off?"' in reply.text


async def test_a_question_no_agent_takes_is_said_unanswered_not_unsaved(chat):
    reply = await chat("I'm 44, 175cm. who painted the mona lisa?")
    assert "Not saved" not in reply.text and "who painted the mona lisa?" in reply.text


async def test_a_goal_said_again_just_after_replaces_the_one_saved(chat, on_disk):
    await chat("I'm 52, female, 160cm, 64kg and I want to keep my weight steady")
    reply = await chat("hmm no, on second thoughts I'd rather drop a few kilos")
    assert reply.text.startswith("Updated: goal keep my weight steady → drop a few kilos.")
    assert on_disk("profile.json")["goals"] == ["drop a few kilos"]
    reply = await chat("actually scratch that, I want to get stronger instead")
    assert reply.text.startswith("Updated: goal drop a few kilos → get stronger.")
    assert on_disk("profile.json")["goals"] == ["get stronger"]


def test_a_goal_change_right_after_general_saved_a_goal_is_generals():
    from host.types import ClassifyContext

    from agenthost_general.routing import PROFILE_REQUEST, classify

    history = [
        {"role": "user", "text": "I'm 52, 64kg and I want to keep my weight steady"},
        {"role": "assistant", "agent": "general", "text": "Saved: age 52, weight 64 kg, goal keep my weight steady."},
    ]
    context = ClassifyContext(user_id="alice", history=history, profile={}, last_agent="general")
    assert classify("no wait, I want to lose 4 kg instead", context).score == PROFILE_REQUEST
    assert classify("no wait, I want to lose 4 kg instead", ClassifyContext(user_id="alice", history=[], profile={})).score < PROFILE_REQUEST


@pytest.fixture
def with_ceres(storage):
    """General with Ceres' real tools registered, as the host would."""
    import agenthost_general
    from host.registry import Registry
    from host.testing import TurnRunner

    from host.types import Agent

    from agenthost_general.agent import AGENT

    helios = Agent("helios", "Helios", "💪", "Fitness coach: workouts, training plans and exercise.")

    ceres = pytest.importorskip("agenthost_ceres")
    tools = {tool.name: tool for tool in [*agenthost_general.TOOLS, *ceres.TOOLS]}
    registry = Registry(agents={"general": AGENT, "ceres": ceres.AGENT, "helios": helios}, tools=tools)
    return TurnRunner(agenthost_general, AGENT, storage.user("alice"), registry=registry)


async def test_a_second_question_after_the_bmi_is_answered_too(with_ceres):
    await with_ceres("I'm 23, male, 180cm, 62kg, I train 3 times a week")
    reply = await with_ceres("what's my bmi, and how many calories should I eat to put on muscle?")
    assert reply.text.startswith("Your BMI is 19.1")
    assert "To gain steadily, aim for about **" in reply.text and "surplus" in reply.text
    reply = await with_ceres("what's my BMI and how do I do a romanian deadlift?")
    assert '**Helios 💪** is the one to ask: "@helios how do I do a romanian deadlift?"' in reply.text


def test_calories_for_a_goal_are_read_as_that_goal():
    from agenthost_general.energy_replies import goal_asked

    assert goal_asked("how much should I be eating to bulk") == "gain"
    assert goal_asked("how many calories do I need to drop some fat") == "lose"
    assert goal_asked("how much should I eat for lunch") is None
