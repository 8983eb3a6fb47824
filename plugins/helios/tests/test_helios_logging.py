"""Logging as people talk: several workouts in one message, dates, distances and paces, sets
and reps, undo and correct, impossible numbers, and the question for a missing duration."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

WEDNESDAY = datetime(2025, 3, 12, 18, 0)  # a Wednesday evening


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def logged(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


async def test_two_activities_in_one_message_are_two_entries(chat, on_disk):
    reply = await chat("did 3 sets of 10 pushups and ran 5k in 28 min")

    pushups, run = logged(on_disk)
    assert (pushups["activity"], pushups["exercise"], pushups["sets"], pushups["reps"]) == (
        "calisthenics", "Push-up", 3, 10,
    )
    assert pushups["duration_estimated"] is True and 1 <= pushups["duration_min"] <= 6
    assert (run["activity"], run["duration_min"], run["distance_km"]) == ("running", 28, 5)
    assert "- Push-up (calisthenics) 3×10 · ~3.5 min (estimated)" in reply.text
    assert "- Running · 28 min · 5 km (10.7 km/h, 5:36/km) → about **343 kcal** burned" in reply.text


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("I ran 5k in 30 minutes yesterday", "2025-03-11"),
        ("this morning I did 40 min of yoga", "2025-03-12"),
        ("swam for half an hour on Monday", "2025-03-10"),
        ("last night I did a 1h15 bike ride", "2025-03-11"),
        ("played tennis for an hour 3 days ago", "2025-03-09"),
        ("did 45 minutes of weights the day before yesterday", "2025-03-10"),
    ],
)
async def test_the_day_said_is_the_day_logged(chat, on_disk, message, day):
    await chat(message)

    [workout] = logged(on_disk)
    assert workout["date"].startswith(day)


async def test_each_clause_keeps_its_own_day(chat, on_disk):
    await chat("yesterday I ran 5k in 25 minutes and this morning I did 20 min of yoga")

    run, yoga = logged(on_disk)
    assert run["date"].startswith("2025-03-11") and yoga["date"].startswith("2025-03-12")


@pytest.mark.parametrize(
    ("message", "minutes", "km"),
    [
        ("ran 5k at 5:30/km pace", 27.5, 5),
        ("ran 3 miles in 27 minutes", 27, 4.83),
        ("cycled 20 km in 1h15", 75, 20),
        ("walked half an hour", 30, None),
        ("ran 10k at 6 min per km", 60, 10),
    ],
)
async def test_durations_distances_and_paces(chat, on_disk, message, minutes, km):
    await chat(message)

    [workout] = logged(on_disk)
    assert workout["duration_min"] == minutes
    assert workout.get("distance_km") == km


@pytest.mark.parametrize(
    "message",
    [
        "ran nan km in 30 min",
        "ran 5k in -20 minutes",
        "ran 5k in 1e400 minutes",
        "I cycled for 30 hours",
        "ran 50 km in 20 minutes",
        "did 9999999 pushups",
        "swam 80 km in 30 minutes at lunch 🏊",
        "ran a marathon in 20 min",
        "cycled 200 km in an hour",
        "walked 30 km in 1 hour this morning",
        "nadé 20 km en 30 minutos",
        "did 500 push-ups in a minute",
        "did a 900 kg squat",
        "ran 12 miles in 15 minutes yesterday",
    ],
)
async def test_impossible_numbers_get_a_question_and_nothing_is_logged(chat, on_disk, message):
    reply = await chat(message)

    assert "haven't logged anything" in reply.text and reply.text.rstrip().endswith("”)")
    assert "?" in reply.text
    assert on_disk.raw("workouts.jsonl") is None


@pytest.mark.parametrize(
    ("message", "minutes", "km"),
    [("swam 1500m in 25 min", 25, 1.5), ("cycled 45 km in an hour", 60, 45), ("ran 10k in 38 minutes", 38, 10),
     ("walked 6 km in an hour", 60, 6), ("did 40 push-ups in a minute", 1, None)],
)
async def test_fast_but_human_is_logged(chat, on_disk, message, minutes, km):
    await chat(message)

    [workout] = logged(on_disk)
    assert (workout["duration_min"], workout.get("distance_km")) == (minutes, km)


@pytest.mark.parametrize(
    ("fix", "minutes", "km", "shown"),
    [("lol sorry, 800 metres", 30, 0.8, "0.8 km"), ("oops, 1.2 km", 30, 1.2, "1.2 km"),
     ("sorry it took 3 hours", 180, 8, "8 km")],
)
async def test_the_fix_of_a_too_fast_distance_logs_it_once_with_the_other_number_kept(chat, on_disk, fix, minutes, km, shown):
    question = await chat("swam 8 km in 30 minutes at lunch")
    assert "?" in question.text and on_disk.raw("workouts.jsonl") is None

    reply = await chat(fix)

    [workout] = logged(on_disk)
    assert (workout["activity"], workout["duration_min"], workout["distance_km"]) == ("swimming", minutes, km)
    assert reply.text.startswith("Logged!") and shown in reply.text


async def test_a_missing_duration_is_asked_for_and_the_answer_logs_it(chat, on_disk):
    question = await chat("I went for a swim this morning")
    assert "How long did the swimming take?" in question.text
    assert on_disk.raw("workouts.jsonl") is None

    reply = await chat("45 minutes")

    [swim] = logged(on_disk)
    assert (swim["activity"], swim["duration_min"]) == ("swimming", 45)
    assert swim["date"].startswith("2025-03-12")
    assert "Swimming · 45 min" in reply.text


async def test_delete_that_takes_out_everything_the_last_message_logged(chat, on_disk):
    await chat("ran 5k in 30 minutes")
    await chat("did 3 sets of 10 pushups and 20 minutes of yoga")

    reply = await chat("delete that")

    assert reply.text.startswith("Done, removed:") and "Yoga" in reply.text
    assert [w["activity"] for w in logged(on_disk)] == ["running"]
    assert len(on_disk.lines("workouts.jsonl")) == 3 + 2  # append-only: two tombstones added
    week = await chat("what did I do in the last 7 days?")
    assert week.text.startswith("**1 workout in the last 7 days**")


async def test_remove_the_named_activity(chat, on_disk):
    await chat("ran 5k in 30 minutes and did 20 minutes of yoga")

    await chat("oops, remove the yoga")

    assert [w["activity"] for w in logged(on_disk)] == ["running"]


async def test_actually_it_was_corrects_the_last_entry(chat, on_disk):
    await chat("ran 5k in 28 minutes")

    reply = await chat("actually it was 40 minutes")

    [run] = logged(on_disk)
    assert (run["duration_min"], run["distance_km"]) == (40, 5)
    assert run["replaces"] and run["speed_kmh"] == 7.5
    assert reply.text.startswith("Fixed! ✅ Running · 40 min · 5 km")
    assert tool_names(chat) == ["correct_workout"]


async def test_a_correction_of_the_day_moves_the_workout(chat, on_disk):
    await chat("did 30 min of weights")

    await chat("sorry, it was yesterday")

    [workout] = logged(on_disk)
    assert workout["date"].startswith("2025-03-11") and workout["duration_min"] == 30


async def test_typos_in_activity_names_are_forgiven(chat, on_disk):
    await chat("did a 45 min workuot and 3x12 pushpus")

    assert [w["activity"] for w in logged(on_disk)] == ["general_exercise", "calisthenics"]


async def test_real_words_near_activity_names_are_not_logged_as_them(chat, on_disk):
    reply = await chat("I spent an hour baking after lunch")

    assert on_disk.raw("workouts.jsonl") is None
    assert "Logged" not in reply.text


def tool_names(chat) -> list[str]:
    return [call["name"] for call in chat.turns[-1].tool_calls]


async def test_a_correction_with_nothing_left_to_log_asks_instead_of_failing(chat):
    """A correction of a pending workout that leaves nothing to log used to raise IndexError."""
    from agenthost_helios.replies import _log_entries

    class _Turn:
        async def call_tool(self, *args, **kwargs):  # never reached
            raise AssertionError("nothing to log")

    state: dict = {}
    reply = await _log_entries(_Turn(), state, [], [])
    assert "couldn't tell which workout" in reply and state["pending"] == []
