"""The phrase tables' patterns, written as tries for speed, find what the plain longest-first
alternation finds: the same spans, the longest phrase where several start."""

from __future__ import annotations

import re

import pytest

from agenthost_helios import compendium, languages, library
from agenthost_helios.text import TRIE_FROM, longest_first, normalise, phrase_pattern

TEXTS = (
    "did a 30 min run then some running drills",
    "stand up paddle boarding for an hour, then downhill skiing",
    "3 sets of 10 dumbbell bench press and rear foot elevated split squats",
    "ich war joggen und dann krafttraining im fitnessstudio",
    "hice abdominales y sentadillas, luego natación",
    "walked the dog; walking uphill; walk",
    "no activity here at all",
    "",
)


def _plain(phrases: set[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@pytest.mark.parametrize("phrases", [set(compendium._by_phrase()), set(library._by_phrase()), set(languages.PHRASES)])
def test_the_trie_finds_what_the_alternation_finds(phrases: set[str]) -> None:
    unique = {normalise(p) for p in phrases if p.strip()}
    assert len(unique) >= TRIE_FROM
    trie, plain = phrase_pattern(unique), _plain(unique)
    for text in TEXTS + tuple(sorted(unique)[::7]):
        for variant in (text, normalise(text), languages._fold(text.lower())):
            assert [m.span() for m in trie.finditer(variant)] == [m.span() for m in plain.finditer(variant)], variant


def test_the_longest_phrase_wins_where_several_start() -> None:
    phrases = {f"w{i}" for i in range(TRIE_FROM)} | {"run", "running", "running drills", "run club"}
    pattern = re.compile(rf"(?<![a-z0-9])(?:{longest_first(phrases)})(?![a-z0-9])")
    assert [m.group() for m in pattern.finditer("running drills, a run club run, running")] == [
        "running drills", "run club", "run", "running"]
    assert pattern.search("runn") is None  # no phrase ends inside a word


def test_an_activity_is_still_read_from_the_message() -> None:
    assert compendium.activity_in_text("did some stand up paddle boarding today") is not None
    assert languages.translate("ich war joggen") != "ich war joggen"
