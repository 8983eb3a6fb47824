"""host.text: the one normaliser the guard, the router and the agents read messages through."""

from __future__ import annotations

import doctest

import pytest

import host.text
from host.text import fold, nfkc, normalise, tokenise, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＷＯＲＫＯＵＴ plan", "workout plan"),  # full-width letters
        ("ﬁtness", "fitness"),  # a ligature
        ("Straße", "strasse"),  # case folding, not just lower()
        ("I’m fine, ‘thanks’", "i'm fine, 'thanks'"),
        ("“quoted” „low“", '"quoted" "low"'),
        ("it`s", "it's"),
        ("sooooo hungryyyy", "soo hungryy"),
        ("coffee, good, 1000 kcal!!!!", "coffee, good, 1000 kcal!!!!"),  # doubles, digits, punctuation kept
        ("  lots \n of\t\tspace  ", "lots of space"),
        ("", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("What’s UP, I'm fine", ["whats", "up", "im", "fine"]),
        ("10 push-ups and a 5k", ["10", "push", "ups", "and", "a", "5k"]),
        ("'quoted' words", ["quoted", "words"]),
        ("café au lait 😋", ["café", "au", "lait"]),
        ("heyyyy!!!", ["heyy"]),
        ("snake_case", ["snake", "case"]),
        ("!!! ...", []),
    ],
)
def test_tokenise(raw: str, expected: list[str]) -> None:
    assert tokenise(raw) == expected


def test_words_carry_spans_into_the_nfkc_text() -> None:
    raw = "Ｉ had   a Bréakfast’s worth"
    source = nfkc(raw)
    found = words(raw)
    assert [w.text for w in found] == ["i", "had", "a", "bréakfasts", "worth"]
    assert [source[w.start:w.end] for w in found] == ["I", "had", "a", "Bréakfast’s", "worth"]


def test_fold_does_not_apply_nfkc_or_touch_spaces() -> None:
    assert fold("ＡＢ  Cdddd") == "ａｂ  cdd"


def test_normalising_twice_changes_nothing() -> None:
    for raw in ("Ｉ’m SOOOO  “done”", "push-ups!!", "Straße café"):
        assert normalise(normalise(raw)) == normalise(raw)


def test_the_module_examples_hold() -> None:
    result = doctest.testmod(host.text)
    assert result.attempted >= 2 and result.failed == 0


def test_per_turn_remembers_a_result_within_one_turn_only() -> None:
    calls: list[str] = []

    @host.text.per_turn
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert shout("a") == shout("a") == "A"
    assert calls == ["a", "a"]  # outside a turn nothing is kept
    with host.text.one_turn():
        assert shout("b") == shout("b") == "B"
        assert shout("c") == "C"
    assert calls == ["a", "a", "b", "c"]
    with host.text.one_turn():  # a new turn starts with nothing remembered
        shout("b")
    assert calls == ["a", "a", "b", "c", "b"]


@pytest.mark.parametrize(
    "raw",
    ["What's a good WORKOUT?", "I`m sooooo hungry", "push-ups and 5k", "Don't  stop", "naïve café ＷＯＲＫＯＵＴ", "yesss o'clock", "A"],
)
def test_words_of_plain_ascii_are_the_folded_words(raw: str) -> None:
    """The whole-message fast path for ASCII gives what folding each word gives."""
    expected = tuple(
        host.text.Word(host.text._APOSTROPHES.sub("", fold(match.group())), match.start(), match.end())
        for match in host.text._WORD.finditer(nfkc(raw))
    )
    assert words(raw) == expected
