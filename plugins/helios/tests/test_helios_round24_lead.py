"""What the tuned sets showed after this round's merges, mended: short pregnancy answers keep the
verdict a user asked for, a contact sport stops now, more than one activity asked gets the whole
answer, 'which one should I get' is not a weights question, a hydration amount on a hot day is the
drinking answer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("said", "has"), [
    ("12 weeks pregnant, I do muay thai and spar 3x a week. if I wear one of those belly guards can I keep sparring til I start showing?", "stop sparring and contact now"),
    ("I'm 20 weeks pregnant and feel great, no complications. is 30 min of brisk walking every day ok?", "Yes, usually."),
    ("just found out I'm pregnant (6 wks!!) I do crossfit 5x a week incl heavy cleans and box jumps. can I just keep going as normal?", "you can usually keep going"),
])
async def test_short_pregnancy_answers_keep_the_verdict_asked_for(chat, said: str, has: str) -> None:
    reply = await chat(said)
    assert has in reply.text and "midwife" in reply.text, reply.text


async def test_a_routine_and_core_work_asked_in_pregnancy_get_the_whole_answer(chat) -> None:
    reply = await chat("22 weeks pregnant, my midwife is happy. can you suggest a gentle routine for my evening walks plus some pregnancy-safe core exercises?")
    assert "150 minutes a week" in reply.text and "lying flat on your back" in reply.text


async def test_which_one_should_i_get_is_not_the_starting_weight_answer(chat) -> None:
    reply = await chat("ok wich one shud i get if i do")
    assert "What weight to start with" not in reply.text


async def test_how_much_to_drink_on_a_hot_run_is_the_drinking_answer(chat) -> None:
    reply = await chat("how much should I drink on a hot day if I'm running for an hour?")
    assert reply.text.startswith("**Drinking around training**") and "ml" in reply.text
