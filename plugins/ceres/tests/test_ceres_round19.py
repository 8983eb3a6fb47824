"""Round 19: a dislike said after ideas leaves that food out of them (for the answer, never saved
as an allergy), "swap the X" with nothing to swap it for does the same, a follow-up that asks for
something quicker however it is said, and "just one"."""

from __future__ import annotations

import re

import pytest

MENU = "I can:"


def _idea_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if re.match(r"^\s*(?:\d+\.|•)", line))


@pytest.mark.parametrize(
    "said",
    ["ditch the eggs, i'm tired of them", "no eggs tho, cant bear them", "can you swap out the eggs? had them all week"],
)
async def test_a_dislike_after_ideas_leaves_that_food_out(chat, on_disk, said: str) -> None:
    first = await chat("high protein breakfast ideas please")
    assert "egg" in _idea_lines(first.text).lower(), first.text
    reply = await chat(said)
    assert reply.text.startswith("Here are 3 breakfast ideas") and "egg" not in _idea_lines(reply.text).lower(), reply.text
    assert "without eggs" in reply.text and "them" not in reply.text.split(":")[0], reply.text
    profile = on_disk("profile.json") or {}
    assert "egg" not in (profile.get("diet") or {}).get("allergies", []), profile


async def test_no_time_is_quick_ideas_not_a_food_left_out(chat) -> None:
    await chat("breakfast ideas")
    reply = await chat("something faster please, i've only got 5 minutes before my shift starts")
    assert reply.text.startswith("Here are 3 breakfast ideas") and "no cooking needed" in reply.text, reply.text
    one = await chat("just one, no time")
    assert one.text.startswith("Here's one breakfast idea") and "without time" not in one.text, one.text
    later = await chat("and for lunch?")
    assert later.text.startswith("Here are 3 lunch ideas"), later.text
