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

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text, pos)


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


def _corpus() -> list[str]:
    import json
    import random
    from pathlib import Path

    texts = list(MESSAGES)
    for name in ("routing.jsonl", "typos.jsonl", "safety_must_trigger.jsonl", "safety_near_miss.jsonl"):
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("message") or record["text"])
    pieces = [*"abcdlo lmaxdphe?!.,:;-()/<3'kK\u212aé😅… \t\nLOLwnyq", "lol", "haha", " pls", " tho", ":)", ";-)", "<3", "...", "??", "xD"]
    rng = random.Random(7)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    return texts


def test_the_tail_is_searched_from_where_a_tail_can_begin_with_the_same_match() -> None:
    for text in _corpus():
        text = text.strip()
        whole = follow_ups.TAIL.search(text)
        start = follow_ups._tail_region(text)
        assert whole is None or whole.start() >= start, text
        found = follow_ups.TAIL.search(text, start)
        assert (whole and whole.span()) == (found and found.span()), text
