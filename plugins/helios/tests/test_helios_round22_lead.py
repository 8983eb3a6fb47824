"""An exercise named in another language or a synonym ("footing" is a run) is answered, not a crash:
intents.detect read it in the canonical text while the answer looked only at the raw message."""

from __future__ import annotations


async def test_an_exercise_said_in_french_is_answered_not_an_assertion(chat):
    reply = await chat("j'ai eu trop chaud pendant mon footing, combien d'eau avant de courir?")

    assert reply.text and "Run" in reply.text, reply.text
