"""A question that ends in an emoji, "lol", "pls", "??" or "..." is read as the same question
as with a plain question mark, wherever Helios decides whether a message asks something."""

from __future__ import annotations

import pytest

from agenthost_helios.text import ends_asking

ENDINGS = ["?", "? 😅", " lol", " pls", "??", "...", " 🤔"]


@pytest.mark.parametrize("ending", ENDINGS)
async def test_running_on_sore_legs_is_the_soreness_answer(chat, ending):
    reply = await chat(f"is it ok to run on sore legs{ending}")

    assert reply.text.startswith("**Sore muscles**")


@pytest.mark.parametrize("ending", ENDINGS)
async def test_how_many_push_ups_is_the_push_up_answer(chat, ending):
    reply = await chat(f"how many push ups should I be able to do{ending}")

    assert reply.text.startswith("**Push-up**")


@pytest.mark.parametrize(
    "message",
    ["is that normal?? 😅", "how many rest days do i need lol", "what about legs...", "can you make me a plan pls",
     "I ran 5k. what pace is that lol", "did i hit my goal lol", "is 3 days enough 🤔"],
)
def test_a_trailing_emoji_lol_or_dots_still_ends_a_question(message):
    assert ends_asking(message)


@pytest.mark.parametrize("message", ["ran 5k lol", "did 30 min yoga 🧘", "squats 3x10 💪", "thanks!!", "ok 👍", "ran 5k..."])
def test_a_report_with_an_emoji_is_no_question(message):
    assert not ends_asking(message)


async def test_someone_elses_run_is_not_read_as_the_users_calories(chat):
    reply = await chat("my wife ran 5k, how many calories did she burn?")

    assert "No workouts logged" not in reply.text
