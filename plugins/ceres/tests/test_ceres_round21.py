"""Round 21: a diet or dislike of someone else said late ("hang on, I forgot to say she is
vegetarian"), ..."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.changes import someone_elses

MENU = "I can:"


def _idea_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if re.match(r"^\s*(?:\d+\.|•)", line))


@pytest.mark.parametrize("said", ["hang on, I forgot to say she is vegetarian", "sorry i should've mentioned, my dad's veggie", "wait, he hates mushrooms"])
def test_someone_elses_diet_said_late(said: str) -> None:
    assert someone_elses(said.lower()) is not None


async def test_her_diet_said_late_changes_the_ideas_for_her(chat) -> None:
    await chat("my neighbour just lost her husband, what could i cook and bring over to her?")
    reply = await chat("oops, I meant to say she is vegetarian")
    assert "vegetarian" in reply.text and "chicken" not in _idea_lines(reply.text).lower() and MENU not in reply.text, reply.text
