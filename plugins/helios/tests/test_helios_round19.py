"""Round 19: everyday training questions that got a menu, a log question or the wrong answer:
the calories of a workout told with the question (nothing logged unasked), and the rest below.
Phrasings are this file's own."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from host.clock import pinned

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def kcal(text: str) -> int:
    return int(re.search(r"\*\*(\d+) kcal\*\*", text)[1])


async def test_calories_of_a_run_told_with_the_question_are_estimated_and_offered(chat, on_disk):
    reply = await chat("watch battery went flat on today's run :( did 10k in 55 min, I'm 80 kg, how many calories did I burn?")

    # 10.9 km/h running is ~11 MET (Compendium): about 800 kcal for 80 kg in 55 minutes
    assert 650 <= kcal(reply.text) <= 900, reply.text
    assert "log it" in reply.text.lower()
    assert not on_disk.lines("workouts.jsonl")

    again = await chat("yep, log it")
    assert again.text.startswith("Logged!")
    assert len(on_disk.live("workouts.jsonl")) == 1
    assert "80 kg" in again.text  # the log's weight differs from the one said: it says so


async def test_a_workout_told_without_a_question_mark_is_still_logged(chat, on_disk):
    reply = await chat("cycled 20 km in 50 minutes, how many calories did i burn")
    assert reply.text.startswith("Logged!")


async def test_how_much_an_activity_burns_is_helios_estimate():
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify("how many calories would 40 minutes of rowing burn for me?", context).score > 0.55
    assert routing.classify("how many calories should I eat on a day I row for 40 minutes?", context).score <= 0.4
