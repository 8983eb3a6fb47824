"""Round 27: words texted without their vowels or last letter ("brekfst", "evry", "mornin") are read as
the words they were meant to be (host.typos.COMMON_MISSPELLINGS), so they route and log as those words."""

from __future__ import annotations

import pytest

from host.router import Router
from host.types import ClassifyContext
from tests.test_typos import needs_agents, router  # noqa: F401  (the fixture)

CONTEXT = ClassifyContext(user_id="u", history=[], profile={})


@needs_agents
@pytest.mark.parametrize(
    ("message", "agent", "reads"),
    [
        ("i had 2 eggs and toast for brekfst", "ceres", "i had 2 eggs and toast for breakfast"),
        ("is it ok to workout evry day", "helios", "is it ok to workout every day"),
        ("i ran 5km this mornin in 30 mins", "helios", "i ran 5km this morning in 30 mins"),
        ("wat shud i eat tmrw for bfast", "ceres", "what should i eat tomorrow for breakfast"),
        ("best excercises for abs", "helios", "best exercises for abs"),
    ],
)
async def test_texted_spellings_are_read_as_the_words(router: Router, message: str, agent: str, reads: str) -> None:  # noqa: F811
    decision = await router.route(message, CONTEXT)
    assert decision.message == reads and decision.agent == agent, decision


@needs_agents
async def test_a_message_in_another_language_keeps_its_words(router: Router) -> None:  # noqa: F811
    decision = await router.route("je cours tous les matins, c'est bien ?", CONTEXT)
    assert decision.message is None, decision  # None: nothing was repaired
