"""Round 18b: everyday messages that sound alarming but are not: an older beginner with a
condition said to be absent ("no heart problems"), a torn callus, feeling sick after hard
intervals, the stair climber, easing back in after soreness, later pregnancy for someone else,
and how often to do a weekly plan. Phrasings are this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

from agenthost_helios import faq, heart, routing

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    "said",
    [
        "my nan is 68, no heart issues, never been to a gym, wants to start doing weights but she's worried about her age",
        "my father's 71, nothing wrong with his heart, he'd like to try lifting for the first time, is he too old?",
    ],
)
async def test_an_absent_condition_is_not_that_condition(chat, said):
    reply = await chat(said)

    assert reply.text.startswith("**Starting later in life**")
    assert "cardiac" not in reply.text.lower()

    again = await chat("how many days a week should she go?")
    assert "2-3 days a week" in again.text


async def test_a_named_heart_condition_still_gets_the_heart_answer(chat):
    """Near miss: a heart condition that is there is still the clinician-first answer."""
    reply = await chat("my grandad is 72 and has heart failure, is it safe for him to start lifting weights?")

    assert "cardiac" in reply.text.lower()
    assert faq.NEGATED_CONDITION.search("she has no heart problems")
    assert heart.question("my dad had a heart attack, no other heart problems, can he walk?", []) is not None


async def test_a_torn_callus_gets_wound_care_then_prevention(chat):
    reply = await chat("tore a callus open on the chin-up bar, bleeding a bit haha")
    assert "**Torn calluses**" in reply.text
    assert "wash" in reply.text.lower() and "moist" in reply.text.lower()

    again = await chat("how do I avoid that next time?")
    assert "file" in again.text.lower() and "chalk" in again.text.lower()


def test_callus_is_a_known_word_and_helios_topic():
    """The host's typo repair reads the keyword scorers' words as known: "callus" stays callus."""
    assert "callus" in routing.TERMS and "stairmaster" in routing.TERMS


async def test_being_sick_after_hard_efforts_gets_practical_advice(chat):
    reply = await chat("always end up puking after my sprint sessions, is that just part of it?")
    assert "**Feeling sick after hard training**" in reply.text
    assert "2-3 hours" in reply.text and "cool down" in reply.text

    again = await chat("so how long before should I eat?")
    assert "2-3 hours" in again.text


def test_sickness_with_a_red_flag_is_not_the_everyday_answer():
    """Near miss: being sick with chest pain or fainting is never the practical answer."""
    found = faq.find("threw up after intervals and had chest pain")
    assert found is None or found.id != "exercise_nausea"
    found = faq.find("I fainted and threw up after my spin class")
    assert found is None or found.id != "exercise_nausea"


async def test_the_stair_climber_gets_endurance_not_soreness(chat):
    reply = await chat("only manage 5 mins on the stair climber before I'm gassed, how can I last longer?")
    assert "**Stair climber endurance**" in reply.text

    again = await chat("how often should I do it?")
    assert "2-4 times a week" in again.text


async def test_sore_legs_after_the_stair_climber_are_still_soreness(chat):
    """Near miss: soreness the day after is DOMS, not how to improve."""
    reply = await chat("my legs are so sore after the stairmaster yesterday")
    assert "**Muscle soreness (DOMS)**" in reply.text


@pytest.mark.parametrize("ask", ["how can I make it less painful next time?", "how do I avoid being this sore again?"])
async def test_after_soreness_how_to_ease_in(chat, ask):
    first = await chat("first spin class in ages and my legs are so sore")
    assert first.text.startswith("**Muscle soreness (DOMS)**")
    reply = await chat(ask)
    assert "Ease back in" in reply.text and "lighter" in reply.text


async def test_how_often_after_a_weekly_plan_is_its_days(chat):
    await chat("build me a 4 day plan to get fitter")
    reply = await chat("how many times a week should I do it?")
    assert reply.text.startswith("4 times a week")


async def test_a_count_after_a_plan_is_still_a_change(chat):
    """Near miss: "can I do it 5 times a week?" changes the plan's days, it is no question about them."""
    await chat("build me a 3 day plan to get fitter")
    reply = await chat("can I do it 5 times a week?")
    assert not reply.text.startswith("3 times a week")


def test_later_pregnancy_follow_up_stays_with_helios():
    from agenthost_helios import safety

    assert safety.is_floor_reply(safety.PREGNANCY_LATER)
    assert routing._FLOOR_CONTEXT.search("anything she should change as she gets further along?")
    assert safety.LATER_ASK.search("what about in the third trimester?")
    assert not safety.LATER_ASK.search("what should she bring on longer walks?")
    assert "flat on the back" in safety.PREGNANCY_LATER and "overheat" in safety.PREGNANCY_LATER
