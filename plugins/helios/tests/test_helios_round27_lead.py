"""A pregnancy said and nothing else ("I'm pregnant", "I'm 28 weeks pregnant", "just found out im pregnant!!")
got General's "I'm not a medical service" fallback; it is Helios' short pregnancy answer now (ACOG 804: staying
active, what to avoid, the signs to stop for). "my pregnant cat keeps jumping on the treadmill" got the
pregnancy treadmill advice; an animal's pregnancy is her vet's."""

from __future__ import annotations

import pytest

from agenthost_helios.routing import classify
from host.types import ClassifyContext

FRESH = ClassifyContext(user_id="u", history=[], profile={})


@pytest.mark.parametrize("message", ["i'm pregnant", "I'm 28 weeks pregnant", "just found out im pregnant!! 🎉", "so I'm pregnant again"])
async def test_a_pregnancy_said_alone_gets_helios_pregnancy_answer(chat, message: str) -> None:
    assert classify(message, FRESH).score >= 0.6, message
    reply = await chat(message)
    assert "150 minutes" in reply.text and "midwife" in reply.text and "bleeding" in reply.text, reply.text


@pytest.mark.parametrize("message", ["I'm pregnant, what should I eat?", "i'm pregnant and so hungry all the time"])
def test_a_pregnancy_with_a_food_question_is_not_taken_as_said_alone(message: str) -> None:
    assert classify(message, FRESH).score < 0.6, message


async def test_a_pregnant_cat_is_for_the_vet(chat) -> None:
    reply = await chat("my pregnant cat keeps jumping on the treadmill haha")
    assert "vet" in reply.text and "150 minutes" not in reply.text, reply.text
