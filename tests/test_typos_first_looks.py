"""host.typos looks at what a phrase pattern's match must hold (a word, or the text's ending)
before searching with it: every text a pattern matches passes its look, and the repairs are
the same as the patterns alone give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from host import typos

DATA = Path(__file__).parent / "data"
CRAFTED = [
    "how log should I hold a plank", "How LOG do I rest", "were do i start", "WERE can u go", "ad a coffee with milk",
    "pls AD an apple", "should I take electrolytes to", "who am I talking to?", "is that what it amounts to", "Me TO !!",
    "me to \n", "ok me to. ", "I had to slices of pizza", "add TOO bananas", "for lunch I had to leave", "plain text",
    "how long should I hold it", "where do i start", "todo: ad", "tomato", "see you TO",
]


def _texts() -> list[str]:
    texts = list(CRAFTED)
    for name in ("routing.jsonl", "typos.jsonl", "safety_must_trigger.jsonl", "safety_near_miss.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record.get("message") or record["text"])
    return texts


def _repaired_by_patterns_alone(text: str) -> list[tuple[str, str]]:
    changes: list[tuple[str, str]] = []
    for pattern, replacement, _ in typos.DROPPED_IN_PHRASE:
        if pattern.search(text):
            changes += [(match.group(0).lower(), match.expand(replacement).lower()) for match in pattern.finditer(text)]
            text = pattern.sub(replacement, text)
    if typos.DICTATED_TWO.search(text):
        changes += [(match.group(2).lower(), "two") for match in typos.DICTATED_TWO.finditer(text)]
    return changes


def test_every_text_a_phrase_pattern_matches_passes_its_first_look() -> None:
    matched = 0
    for text in _texts():
        for pattern, _, could_match in typos.DROPPED_IN_PHRASE:
            if pattern.search(text):
                matched += 1
                assert could_match(text.lower()), (pattern.pattern[:40], text)
        if typos.DICTATED_TWO.search(text):
            matched += 1
            assert "to" in text.lower(), text
    assert matched >= 10  # the crafted texts match every pattern


@pytest.mark.parametrize("text", CRAFTED)
def test_the_phrase_repairs_are_the_patterns_own(text: str) -> None:
    expected = _repaired_by_patterns_alone(text)
    assert list(typos.TypoRepair(set())(text).changes[: len(expected)]) == expected
