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
