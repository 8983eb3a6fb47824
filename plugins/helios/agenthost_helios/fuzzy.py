"""Typos in activity and exercise names: "workuot", "pushpus", "squts", "swiming".

A word of the message that is not itself an activity or exercise word is compared with those
words (rapidfuzz's optimal-string-alignment distance, so a swapped pair of letters is one
edit) and replaced by the closest one when it is near enough: one edit for words of 5-7
letters, two for 8 or more, a swapped pair only for 4 letters, and always the same first
letter (people rarely mistype it). Real English words that sit one edit from an exercise word
("lunch" from "lunge", "baking" from "biking", "hired" from "hiked") are never changed: see
`real_words`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rapidfuzz.distance import OSA

from agenthost_helios import compendium, library

MIN_LENGTH = 4
_WORD = re.compile(r"[a-z]+")
_ENDINGS = ("s", "es", "d", "ed", "ing", "r", "er", "ers")



@cache
def real_words() -> frozenset[str]:
    """English words one typo away from an activity or exercise word (`data/real_words.txt`):
    "lunch" is not a misspelt "lunge". Made by running Debian's `wamerican` word list through
    `closest` with this list empty, keeping the words whose repair would name an activity or
    exercise the word itself does not (so "barbells" may still become "barbell")."""
    text = resources.files("agenthost_helios").joinpath("data/real_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def vocabulary() -> frozenset[str]:
    """Every word of every activity and exercise name and alias (lower case, 4+ letters)."""
    phrases: list[str] = []
    for activity in compendium.activities():
        phrases += [activity.name, *activity.aliases]
    for exercise in library.exercises():
        phrases += [exercise.name, *exercise.aliases]
    words = {w for phrase in phrases for w in _WORD.findall(phrase.lower()) if len(w) >= MIN_LENGTH}
    return frozenset(words)


@cache
def _by_first_letter() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in sorted(vocabulary()):
        table.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in table.items()}


def closest(word: str) -> str | None:
    """The activity or exercise word `word` is a typo of, or None."""
    if len(word) < MIN_LENGTH or word in vocabulary() or word in real_words():
        return None
    limit = 2 if len(word) >= 8 else 1
    best: tuple[int, str] | None = None
    for candidate in _by_first_letter().get(word[0], ()):
        if abs(len(candidate) - len(word)) > limit:
            continue
        distance = OSA.distance(word, candidate, score_cutoff=limit)
        if distance > limit:
            continue
        if len(word) == MIN_LENGTH and sorted(word) != sorted(candidate):
            continue  # four letters: only a swapped pair is safe to repair
        if word.startswith(candidate) and word[len(candidate) :] in _ENDINGS:
            return None  # "steps" is "step" already: a word ending, not a typo
        if best is None or (distance, candidate) < best:
            best = (distance, candidate)
    return best[1] if best else None


def repair(text: str) -> str:
    """`text` (already lower case) with each typo of an activity or exercise word replaced."""

    def fix(match: re.Match[str]) -> str:
        return closest(match.group(0)) or match.group(0)

    return _WORD.sub(fix, text)
