"""Pregnancy questions the leaflet or a wrong verdict answered. Before, "I'm pregnant, is it ok to
do sit-ups?" got "Yes, usually" (the hyphen hid the sit-ups), "what heart rate should I stay
under?" and "fasting for ramadan, can I still train?" got the general leaflet. Now: sit-ups and
crunches swapped out (NHS: not flat on the back after about 16 weeks; a tummy gap), no
heart-rate limit but the talk test (ACOG 804), and the Ramadan exemption with gentle activity
after iftar, drinks and the midwife."""

from __future__ import annotations

import pytest

SIGNS = "stop and call them now"


@pytest.mark.parametrize(
    "message",
    [
        "I'm pregnant, is it ok to do sit-ups?",
        "20 weeks pregnant can i still do crunches",
        "im pregnant, are situps bad",
        "pregnant - can I keep doing v-ups for my abs?",
    ],
)
async def test_sit_ups_and_crunches_in_pregnancy_are_swapped_out(chat, message: str) -> None:
    reply = await chat(message)
    assert not reply.text.startswith("Yes"), reply.text
    assert "16 weeks" in reply.text and "tummy gap" in reply.text and "pelvic floor" in reply.text, reply.text
    assert SIGNS in reply.text and "150 minutes" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "7 months pregnant, what heart rate should I stay under?",
        "im 12 weeks pregnant whats a safe bpm for running",
        "I'm pregnant, is there a max heart rate I shouldn't go over?",
    ],
)
async def test_a_heart_rate_limit_in_pregnancy_is_the_talk_test(chat, message: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("There's no heart-rate number to stay under in pregnancy"), reply.text
    assert "talk test" in reply.text and SIGNS in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "I'm pregnant and fasting for ramadan, can I still train?",
        "pregnant and doing roza this year, is it ok to go to the gym",
        "16 weeks pregnant, when should I exercise in ramadan? before iftar?",
    ],
)
async def test_a_ramadan_fast_in_pregnancy(chat, message: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("Pregnancy is one of the reasons Islam allows you not to fast"), reply.text
    assert "after iftar" in reply.text and "midwife" in reply.text and "drink plenty" in reply.text, reply.text


async def test_a_warning_sign_still_comes_first(chat) -> None:
    reply = await chat("pregnant and bleeding a bit, what heart rate is safe")
    assert reply.text.startswith("Please stop exercising and contact your midwife"), reply.text


async def test_a_ramadan_fast_beside_hard_classes_answers_both(chat) -> None:
    reply = await chat("first trimester (9 weeks) and still doing my hiit classes 5x a week, plus ramadan starts next week and i want to fast. all ok?")
    assert reply.text.startswith("Pregnancy is one of the reasons Islam allows you not to fast"), reply.text
    assert "leave out all-out efforts such as Tabata or HIIT" in reply.text, reply.text
