"""`normalise_joined(texts)` is `normalise(" ".join(texts))`, built from each text's remembered
tokens (the guard reads the previous message and this one joined on every turn): the same
string for every pair of consecutive messages of the repo's data, and for pairs that meet on
what could reach across the joining space."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from host.safety import lexicon
from host.safety.guard import _VOCABULARY
from host.safety.text import normalise, normalise_joined

DATA = Path(__file__).resolve().parent / "data"


def _messages() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("text"), str):
                texts.append(record["text"])
    for path in sorted(DATA.rglob("*.toml")):
        def walk(value: object) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    if key == "user" and isinstance(item, str):
                        texts.append(item)
                    else:
                        walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return texts


def _both(*texts: str) -> tuple[str, str]:
    return normalise(" ".join(texts), _VOCABULARY, lexicon.TYPO_TARGETS), normalise_joined(texts, _VOCABULARY, lexicon.TYPO_TARGETS)


def test_every_pair_of_consecutive_messages_of_the_data_normalises_the_same():
    texts = _messages()
    assert len(texts) > 3000
    for previous, message in zip(texts, texts[1:]):
        whole, joined = _both(previous, message)
        assert joined == whole, (previous, message)


@pytest.mark.parametrize(
    "previous, message",
    [
        ("i wanna", "kms"),  # algospeak across the join
        ("i might just", "unalive"),
        ("talk to my", "ed about it"),
        ("s u", "i c i d e"),  # letters spelt out across the join
        ("a b c", "d"),
        ("x", "y z w"),
        ("ok", ""),
        ("", "ok"),
        ("   ", "  hi  "),
        ("he said he wants to", "kys lol"),
        ("everyone'", "d be better off"),
        ("10", "kg in a week"),
        ("1,", "500 kcal"),
        ("16:", "8 fasting"),
        ("self-", "harm"),
        ("self", "-harm"),
        ("(28", "wks)"),
        ("!!", "??"),
        ("--", "--"),
        ("caf", "\u0301e"),  # a combining accent opening the message
        ("\u0301", "\u0301"),
        ("sooo", "ooo tired"),
        ("k1", "ll myself"),
        ("Fu\u00df", "ball"),
        ("I\u2019", "m fine"),
        ("\u0130", "stanbul"),
        ("dont want to", "be here anymore \U0001F602"),
        ("line one\n", "\nline two"),
        ("\uff21\uff22", "\uff23"),  # full-width letters (NFKC)
        ("\u1100", "\u1161"),  # Hangul jamo that compose when adjacent
    ],
)
def test_texts_that_meet_on_what_could_reach_across_the_join(previous, message):
    whole, joined = _both(previous, message)
    assert joined == whole


def test_three_texts_and_one():
    assert _both("i feel", "like i", "want to die") == (_both("i feel like i want to die")[0],) * 2
    assert _both("only one")[0] == _both("only one")[1]
