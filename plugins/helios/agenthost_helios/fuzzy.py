"""Typos in activity, exercise and time words: "workuot", "pushpus", "squts", "swiming",
"this mornin", "yesterdy", "and aftr?".

A word of the message that is not itself one of those words is compared with them
(rapidfuzz's optimal-string-alignment distance, so a swapped pair of letters is one edit) and
replaced by the closest one when it is near enough: one edit for words of 5-7 letters, two for
8 or more, a swapped pair only for 4 letters (or, for a time word, one dropped letter: "aftr"),
and always the same first letter (people rarely mistype it). Real English words that sit one
edit from one of them ("lunch" from "lunge", "baking" from "biking", "alter" from "after") are
never changed: see `real_words`. A few shorthands no edit distance reaches ("tonite", "yday")
are listed in `SHORTHANDS`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz.distance import OSA

from host.glossary import COMMON_WORDS

from agenthost_helios import compendium, library

MIN_LENGTH = 4
_WORD = re.compile(r"[a-z0-9]+")
_ENDINGS = ("s", "es", "d", "ed", "ing", "r", "er", "ers")

# When a workout happened and what came before or after it, and pool lengths: what dates,
# distances and follow-ups are read from.
TIME_WORDS = frozenset(
    """morning afternoon evening yesterday tonight today after before minutes weekend
    monday tuesday wednesday thursday friday saturday sunday lengths""".split()
)
# Units and what is asked about them: "a 30 minite jog", "how many calries did i burn"
UNIT_WORDS = frozenset("minute minutes calories".split())
SHORTHANDS = {
    "tonite": "tonight",
    "2nite": "tonight",
    "2day": "today",
    "tday": "today",
    "yday": "yesterday",
    "ystrday": "yesterday",
    "yestrday": "yesterday",
    "ysterday": "yesterday",
    "yesturday": "yesterday",
    "yest": "yesterday",
    "arvo": "afternoon",
    "mins": "minutes",
    "morn": "morning",
}


@cache
def real_words() -> frozenset[str]:
    """English words one typo away from an activity, exercise or time word
    (`data/real_words.txt`): "lunch" is not a misspelt "lunge". Made by running Debian's
    `wamerican` word list through `closest` with this list empty, keeping the words whose
    repair would name an activity, exercise or time the word itself does not (so "barbells"
    may still become "barbell")."""
    text = resources.files("agenthost_helios").joinpath("data/real_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _foreign_common() -> frozenset[str]:
    """The common words of the other languages the agents read (`host.glossary.COMMON_WORDS`),
    which stay as typed: they are words, not typos of exercise names."""
    return frozenset().union(*COMMON_WORDS.values())


@cache
def vocabulary() -> frozenset[str]:
    """Every word of every activity and exercise name and alias (lower case, 4+ letters), and
    the time words."""
    phrases: list[str] = []
    for activity in compendium.activities():
        phrases += [activity.name, *activity.aliases]
    for exercise in library.exercises():
        phrases += [exercise.name, *exercise.aliases]
    words = {w for phrase in phrases for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) >= MIN_LENGTH}
    return frozenset(words | TIME_WORDS | UNIT_WORDS)


@cache
def _by_first_letter() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in sorted(vocabulary()):
        table.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in table.items()}


@lru_cache(maxsize=4096)
def closest(word: str, exclude_real: bool = True) -> str | None:
    """The activity, exercise or time word `word` is a typo of, or None."""
    if word in SHORTHANDS:
        return SHORTHANDS[word]
    if len(word) < MIN_LENGTH or not word.isalpha() or word in vocabulary():
        return None
    if exclude_real and word in real_words():
        return None
    if word in _foreign_common():
        return None  # German "lange" (long) is no misspelt "lunge", Spanish "pesos" no "press"
    limit = 2 if len(word) >= 8 else 1
    best: tuple[int, int, str] | None = None
    for candidate in _by_first_letter().get(word[0], ()):
        if abs(len(candidate) - len(word)) > limit:
            continue
        distance = OSA.distance(word, candidate, score_cutoff=limit)
        if distance > limit:
            continue
        if len(word) == MIN_LENGTH and sorted(word) != sorted(candidate) and not _dropped_letter(word, candidate):
            continue  # four letters: only a swapped pair (or a time word's dropped letter) is safe
        if word.startswith(candidate) and word[len(candidate) :] in _ENDINGS:
            return None  # "steps" is "step" already: a word ending, not a typo
        # equal distance: the candidate sharing more of the word's letters wins ("sqauting" is
        # "squatting", not "skating"), then the alphabet
        rank = (distance, -len(set(word) & set(candidate)), candidate)
        if best is None or rank < best:
            best = rank
    return best[-1] if best else None


def _dropped_letter(word: str, candidate: str) -> bool:
    """"aftr" for "after": a time word with one letter left out after its first two."""
    return (
        candidate in TIME_WORDS
        and len(candidate) == len(word) + 1
        and word[:2] == candidate[:2]
        and any(candidate[:i] + candidate[i + 1 :] == word for i in range(2, len(candidate)))
    )


def repair(text: str) -> str:
    """`text` (already lower case) with each typo of an activity, exercise or time word replaced."""

    def fix(match: re.Match[str]) -> str:
        return closest(match.group(0)) or match.group(0)

    return _WORD.sub(fix, text)
