"""Round 14: past experience told as context for a plan change is not a workout done today,
corrections and volume totals of lifts, everyday answers (hard-effort breathlessness and a
build-up, soreness and when to train the muscle again, exercise before a fasting blood test,
what to do on rest days, training with osteoporosis, gaining muscle when skinny, a one-session
workout for named muscles) and a food named with a place word left to Ceres. Phrasings are this
file's own, not any test set's."""

from __future__ import annotations

import pytest


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    "context",
    [
        "actually i've done a 5k before, make it harder",
        "I've run a few half marathons before, can you make it harder?",
        "i have done 10k races in the past so make it tougher",
        "ive ran 5k plenty of times, make it more challenging",
        "I used to run marathons, make it harder",
        "tbh I've done parkrun loads of times, step it up",
    ],
)
async def test_past_experience_with_a_plan_change_is_not_logged(chat, on_disk, context):
    await chat("plan me a beginner running schedule for my first 5k")

    reply = await chat(context)

    assert live(on_disk) == []
    assert reply.metadata["intent"] == "plan_change" and "intermediate" in reply.text


@pytest.mark.parametrize(
    "done",
    ["I did a 5k this morning in 30 min", "i've done 10 min of stretching before my run", "ran 3k today"],
)
async def test_a_workout_done_today_after_a_plan_is_still_logged(chat, on_disk, done):
    await chat("plan me a beginner running schedule for my first 5k")

    await chat(done)

    assert len(live(on_disk)) == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was my total volume on bench?", "4×8×60 kg = **1,920 kg**"),
        ("bench volume this week?", "1,920 kg"),
        ("how much volume did I do on rows", "3×10×55 kg = **1,650 kg**"),
        ("what's my total volume?", "**3,570 kg**"),
        ("how much weight did I lift this week?", "3,570 kg"),
        ("volume on squats?", "I don't see a squat"),
    ],
)
async def test_volume_is_sets_by_reps_by_kg_of_the_lift_asked_after_a_correction(chat, question, expected):
    await chat("bench 4x8 @ 60kg, rows 3x10 @ 50kg, then 3 sets of 12 walking lunges")
    fixed = await chat("oops the rows were 55kg not 50")
    assert "55 kg" in fixed.text and "row" in fixed.text.lower()

    reply = await chat(question)

    assert expected in reply.text.split("\n\n")[0]


@pytest.mark.parametrize("message", ["3 sets of 12 walking lunges", "walking lunges 3x10 after a 20 min walk"])
async def test_walking_lunges_are_lunges_not_a_walk(chat, on_disk, message):
    await chat(message)

    lunges = [w for w in live(on_disk) if w.get("sets")]
    assert [(w["activity"], w["exercise"]) for w in lunges] == [("calisthenics", "Walking lunge")]
