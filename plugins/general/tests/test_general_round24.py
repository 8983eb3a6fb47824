"""Round 24: training going backwards with tiredness is Helios' overtraining answer, not General's
everyday tiredness; a question said after a fact with no comma ("im 72 and have bad balance what
can i do") is a question, left to the agent that answers it, not a profile statement to save."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_general.routing import classify
from agenthost_general.statements import read_profile
from agenthost_general.wellbeing import find_topic

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})
HELIOS_CURATED = 0.6  # what Helios scores a question it has a curated answer for


@pytest.mark.parametrize(
    "message",
    [
        "i think im overtraining, always tired and my lifts are going down",
        "always exhausted lately and my 5k times keep getting worse",
        "so tired all the time, is this overtraining?",
    ],
)
def test_tiredness_with_training_going_backwards_is_left_to_helios(message):
    assert classify(message, CONTEXT).score < HELIOS_CURATED


def test_everyday_tiredness_is_still_generals():
    assert classify("why am i always tired even after 8 hours of sleep", CONTEXT).score >= HELIOS_CURATED


@pytest.mark.parametrize(
    "message",
    [
        "i'm 72 and have bad balance what can i do",
        "im 45 and my knees ache any tips",
        "im 29 and lift 6 days a week is that ok",
        "im 65 and have high blood pressure can i lift weights",
    ],
)
def test_a_question_after_a_fact_without_a_comma_is_a_question(message):
    reading = read_profile(message)
    assert reading.question
    assert not classify(message, CONTEXT).reason.startswith("general: profile")


def test_facts_alone_are_still_saved():
    assert classify("im 72 and 70kg", CONTEXT).reason.startswith("general: profile")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("¿cuántas horas debo dormir?", "sleep_need"),
        ("wie viel Schlaf brauche ich?", "sleep_need"),
        ("combien d'heures de sommeil il me faut", "sleep_need"),
        ("no puedo dormir, consejos?", "sleep_better"),
        ("je n'arrive pas à dormir", "sleep_better"),
        ("ich bin so gestresst", "stress"),
        ("estoy muy estresada", "stress"),
    ],
)
def test_sleep_and_stress_in_spanish_french_and_german(message, topic):
    found = find_topic(message)
    assert found is not None and found[0].id == topic, found


async def test_a_spanish_sleep_question_gets_the_answer_not_the_menu(chat):
    reply = await chat("¿cuántas horas debo dormir?")
    assert "7 or more hours" in reply.text and "CDC" in reply.text
    assert "I can't answer that one" not in reply.text
