"""host.follow_ups reads a message's tail once a turn: `leans_on` asks `without_tail` and `asks`
of the same message, and each search of TAIL costs about 4 us. The answers stay the same."""

from __future__ import annotations

import re

import pytest

import host.text
from host import follow_ups

MESSAGES = ["is 6 hours enough lol", "something smaller? lol", "how long?", "Thanks, that helps", "any tips?? 😅", "Log a 30 minute run for me"]


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


@pytest.mark.parametrize("message", MESSAGES)
def test_leans_on_searches_the_tail_once_a_turn_with_the_same_answer(message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = (follow_ups.leans_on(message, claimed=False, last_answer="Try 7-9 hours of sleep"), follow_ups.asks(message),
                follow_ups.without_tail(message))
    counting = _CountingPattern(follow_ups.TAIL)
    monkeypatch.setattr(follow_ups, "TAIL", counting)
    with host.text.one_turn():
        found = (follow_ups.leans_on(message, claimed=False, last_answer="Try 7-9 hours of sleep"), follow_ups.asks(message),
                 follow_ups.without_tail(message))
    assert found == expected
    assert counting.searches == 1
