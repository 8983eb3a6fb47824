"""An exercise named in another language or a synonym ("footing" is a run) is answered, not a crash:
intents.detect read it in the canonical text while the answer looked only at the raw message."""

from __future__ import annotations


async def test_an_exercise_said_in_french_is_answered_not_an_assertion(chat):
    reply = await chat("j'ai eu trop chaud pendant mon footing, combien d'eau avant de courir?")

    assert reply.text and "Run" in reply.text, reply.text


async def test_running_again_after_a_birth_is_the_postnatal_return_not_couch_to_5k(chat):
    reply = await chat("my son is 9 weeks old, how soon can i get back to running?")

    assert "postnatal check" in reply.text and "pelvic floor" in reply.text and "12 weeks" in reply.text, reply.text
    assert "Couch to 5K" not in reply.text


async def test_a_run_logged_after_a_birth_is_still_logged(chat, on_disk):
    reply = await chat("5 months postpartum, did a 20 min jog today")

    assert "Logged" in reply.text, reply.text
