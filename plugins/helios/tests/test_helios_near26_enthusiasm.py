"""Enthusiasm and near misses. Before, "I'm dying to try the new spin class" got Helios' menu (or
"no sourced answer"), "new deadlift PR 140kg!" only "Love it!", "just ran my first marathon and
my legs are dead lol" a log with no word on the marathon, and "ran 16k, training for my first
marathon" logged a second, 42.2 km run. Now: first-class tips (spin: bike set-up), a PR and a
first race congratulated, recovery after a long race, and a race still to come not logged."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        "I'm dying to try the new spin class",
        "first spin class tomorrow, any tips?",
        "can't wait to try the new spin class!!",
        "booked my first spinning class for saturday",
    ],
)
async def test_a_first_spin_class_gets_the_bike_set_up_and_own_pace(chat, message: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("**Your first spin class** 💡"), reply.text
    assert "saddle at about hip height" in reply.text and "own pace" in reply.text and "water" in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    ["going to my first yoga class tonight!", "so excited to try boxing class this week", "my first pilates class is tomorrow, any advice?"],
)
async def test_a_first_class_of_another_kind_gets_first_class_tips(chat, message: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("**Your first class** 💡") and "own pace" in reply.text, reply.text


async def test_a_spin_class_done_is_still_logged(chat, on_disk) -> None:
    reply = await chat("did my first spin class, 45 mins")
    assert "Logged" in reply.text and len(on_disk.live("workouts.jsonl")) == 1, reply.text


@pytest.mark.parametrize(
    ("message", "race"),
    [("just ran my first marathon and my legs are dead lol", "marathon"), ("finished my first half marathon today in 2:05!", "half marathon")],
)
async def test_a_first_race_is_congratulated_with_recovery(chat, message: str, race: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith(f"Congratulations on your first {race}! 🎉 Logged"), reply.text
    assert "sore legs for 3-5 days are normal" in reply.text, reply.text


async def test_an_estimated_marathon_time_is_said_and_asked(chat) -> None:
    reply = await chat("just ran my first marathon and my legs are dead lol")
    assert "(estimated)" in reply.text and "How long did the running take?" in reply.text, reply.text


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("I absolutely killed it at the gym today, new deadlift PR 140kg!", "A new PR of 140 kg, congratulations! 🎉 How many deadlifts"),
        ("bench 100kg 3x5 new pb", "A new PR of 100 kg, congratulations! 🎉 Logged"),
    ],
)
async def test_a_personal_record_is_congratulated(chat, message: str, opening: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith(opening), reply.text


@pytest.mark.parametrize(
    "message",
    ["ran 16k, training for my first marathon", "did a 10 mile long run today, prepping for the london marathon"],
)
async def test_a_race_still_to_come_is_not_logged(chat, on_disk, message: str) -> None:
    reply = await chat(message)
    assert len(on_disk.live("workouts.jsonl")) == 1 and "42.2 km" not in reply.text, reply.text
    assert "Congratulations" not in reply.text, reply.text
