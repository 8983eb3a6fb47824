"""Round 16: jumps disliked in any words leave every jump out of the last workout (warm-up too);
one short circuit for cardio and strength together; getting back on track after missed
sessions; exercise that's kind to the joints; a first 5k on the weekdays said; and "this week"
that also says the last 7 days when they hold more. Phrasings are this file's own."""

from __future__ import annotations

import re

import pytest
from host.types import ClassifyContext

from agenthost_helios.routing import classify

JUMPS = re.compile(r"jump|burpee|high knees|skipping|broad", re.IGNORECASE)


def after_helios(text: str) -> ClassifyContext:
    return ClassifyContext("u", [{"role": "assistant", "agent": "helios", "text": text}], {}, last_agent="helios")


@pytest.mark.parametrize(
    "complaint",
    [
        "too hard, make it easier. my knees hate the jumping stuff",
        "my knees can't take the jumping",
        "jumping kills my ankles, anything else?",
        "the jumps are hard on my knees",
        "I don't like the jumping bits",
        "not a fan of the jumps tbh",
        "can you ditch the jumping? my joints don't do well with it",
        "something easier on my knees please",
        "my hips hate all that hopping",
        "lose the plyo stuff, my back complains",
        "knee friendly version?",
    ],
)
async def test_jumps_disliked_leave_every_jump_out_of_the_workout(chat, complaint):
    first = await chat("give me a 20 minute HIIT session")
    assert JUMPS.search(first.text)  # the warm-up starts with jumping jacks

    easier = await chat(complaint)

    session = easier.text.split("Take the last reps")[0]
    assert "no jumping" in session
    assert not JUMPS.search(session.split("\n", 1)[1])


@pytest.mark.parametrize(
    "complaint",
    ["my knees hate the jumping stuff", "jumping kills my ankles", "I can't do jumps, my knees are shot"],
)
def test_jumps_disliked_after_a_helios_workout_stay_with_helios(complaint):
    assert classify(complaint, after_helios("Here's a 20-minute cardio workout (no equipment)")).score >= 0.7


@pytest.mark.parametrize(
    "message",
    [
        "I jumped at the chance to run with the club",  # a jump that is no dislike of jumps
        "hop on the bike for 20 min?",
        "my back hates me after deadlifts",
    ],
)
async def test_near_misses_keep_the_jumps(chat, message):
    from agenthost_helios import plan_changes

    assert plan_changes.LOW_IMPACT.search(message.lower().replace("'", "")) is None
