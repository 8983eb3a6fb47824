"""Round 21: soreness told by what it stops people doing, what an exercise trains, swaps for moves
people dislike, questions that are never logs, calories of a workout told earlier, and follow-ups
on a plan. Phrasings are this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

from agenthost_helios import soreness

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    "said",
    [
        "arm day destroyed me, can hardly lift a cup lol, gym again today?",
        "glute day wrecked me 😩 struggling to sit on the bus",
        "my quads are deid fae leg day",
        "can barely walk down the stairs after leg day, is that normal",
    ],
)
def test_soreness_told_by_what_it_stops_is_soreness(said):
    assert soreness.is_delayed_soreness(said)


@pytest.mark.parametrize(
    "said",
    [
        "leg day killed me and now my knee is swollen",
        "after leg day i cant walk, sharp pain in my ankle",
        "can barely breathe after leg day, dizzy",
    ],
)
def test_an_injury_or_warning_sign_is_not_soreness(said):
    assert not soreness.is_delayed_soreness(said)


async def test_soreness_after_a_training_day_gets_the_doms_answer_not_a_workout(chat, on_disk):
    reply = await chat("shoulder day absolutely destroyed me, can hardly raise my arms. train or rest today?")

    assert "24-72" in reply.text or "48-72" in reply.text, reply.text
    assert "Warm-up" not in reply.text
    assert not on_disk.live("workouts.jsonl")
    more = await chat("how long will it hang around")
    assert "day" in more.text and "sourced answer" not in more.text, more.text



@pytest.mark.parametrize(
    ("said", "muscle"),
    [
        ("what does a farmer's walk train", "forearms"),
        ("what muscles do lying triceps extensions hit", "triceps"),
        ("what do dead bugs actually work", "core"),
    ],
)
async def test_what_a_named_move_works_gets_its_muscles(chat, said, muscle):
    reply = await chat(said)

    assert muscle in reply.text and "sourced answer" not in reply.text, reply.text


def test_a_question_naming_a_library_move_routes_to_helios():
    from agenthost_helios import routing

    assert routing.asks_about_exercise("skullcrushers or dead bugs, which is better for a newbie")
    assert routing.asks_about_exercise("what do farmers carries work")
    assert not routing.asks_about_exercise("what's a nice park bench in the city?")


async def test_a_comparison_for_a_beginner_says_which_to_start_with(chat):
    reply = await chat("as a newbie, skull crushers or dead bugs?")

    assert "start with the dead bug" in reply.text, reply.text
