"""Typo repair for food names: an unknown word becomes the one food word it is a slip away
from ("bananna" -> "banana", "brocoli" -> "broccoli", "ceasar" -> "caesar").

Only words the parser does not know are repaired, and only when the match is close and
unambiguous, so near-misses stay out: the first letter must agree (people rarely mistype it,
and it keeps "tried" from becoming "fried"), words of five to seven letters may be one edit
away (a transposition counts as one), longer words two, a four-letter word only a missing
letter ("piza" -> "pizza") or a doubled letter written once with two letters swapped ("apel"
-> "apple"), and a three-letter word only a doubled letter written once ("egs" -> "eggs"). When two food words are equally close, nothing is
repaired. Distances are rapidfuzz's optimal string alignment (Damerau-Levenshtein without
repeated edits of one substring). Words ending in -ed or -ly are left alone: they are
English inflections ("packed", "lovely"), not misspelt foods. A correctly spelt English word, or a common word
of another language, is never repaired ("panic" is no "panir", "floor" no "flour"), but for a few that are
written for the food they sound like (`SOUND_ALIKE_SLIPS`: "tost", "bred").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from host.typos import COMMON_FOREIGN, english_words

# Real words people write for a food they sound like ("tost", "bred", "serial"): repaired though they are words.
SOUND_ALIKE_SLIPS = frozenset({"tost", "bred", "desert", "deserts", "serial", "stake", "stakes"})


@cache
def words_kept() -> frozenset[str]:
    """Correctly spelt English words and the most common words of the seven other languages: never repaired into
    a food ("I had a panic attack" is no paneer, "pounding" no pudding, "floor" no flour, "quero" no queso)."""
    return (english_words() | COMMON_FOREIGN) - SOUND_ALIKE_SLIPS


class Speller:
    """Repairs words against a fixed vocabulary of food words."""

    def __init__(self, vocabulary: Iterable[str], foods_of: Mapping[str, Iterable[str]] | None = None) -> None:
        self.vocabulary = frozenset(word for word in vocabulary if word.isalpha() and len(word) >= 3)
        # the foods each word names: two equally close words of one food ("bolognese", "bolognaise") are no guess
        self._foods_of = {word: frozenset(foods) for word, foods in (foods_of or {}).items()}
        self._by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):
            self._by_initial[word[0]].append(word)

    def repair(self, word: str) -> str | None:
        """The food word `word` was meant to be, or None when there is no single close one."""
        if not word.isalpha() or word in self.vocabulary or len(word) < 3 or word in words_kept():
            return None
        if len(word) == 3:
            # A three-letter word only with a doubled letter written once ("egs" -> "eggs").
            doubled = {d for d in (word[: i + 1] + word[i:] for i in range(3)) if d in self.vocabulary or (d.endswith("s") and d[:-1] in self.vocabulary)}
            return doubled.pop() if len(doubled) == 1 else None
        if word.endswith(("ed", "ly")):
            return None  # "packed", "lovely": English inflections, not misspelt food names
        choices = self._by_initial.get(word[0], [])
        edits = max_edits(word)
        if len(word) == 4:
            plurals = {f"{choice}s" for choice in choices if len(choice) == 3 and _wrong_double(word, f"{choice}s")}
            if len(plurals) == 1:
                return plurals.pop()  # "egss": "eggs", the doubled letter in the wrong place
            # Only a missing letter, or a doubled letter written once with two letters
            # swapped ("apel" -> "apple"): real words like "seat" or "tour" stay themselves.
            choices = [
                choice
                for choice in choices
                if (len(choice) == 5 and (OSA.distance(word, choice) <= 1 or _undoubled_swap(word, choice))) or _wrong_double(word, choice)
            ]
            edits = 2
        candidates = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits, limit=3)
        if not candidates:
            # The first letter slipped to the key beside it, the rest as typed: "vanana" is banana, "vread" bread
            slipped = {c + word[1:] for c in KEY_NEIGHBOURS.get(word[0], "")} & self.vocabulary if len(word) >= 5 else set()
            return slipped.pop() if len(slipped) == 1 else None
        if len(candidates) > 1 and candidates[1][1] == candidates[0][1]:
            # Two words equally close: a guess, unless exactly one has the same letters
            # (a transposition: "waht" is "what", not "want").
            anagrams = [c[0] for c in candidates if c[1] == candidates[0][1] and sorted(c[0]) == sorted(word)]
            if len(anagrams) == 1:
                return anagrams[0]
            tied = [c[0] for c in candidates if c[1] == candidates[0][1]]
            dropped = [t for t in tied if len(t) == len(word) + 1 and any(t[i] in "aeiou" and t[:i] + t[i + 1 :] == word for i in range(len(t)))]
            if len(dropped) == 1:
                return dropped[0]  # "buttr": "butter" with its vowel left out, as phones type, not "butty"
            shared = frozenset.intersection(*(self._foods_of.get(t, frozenset()) for t in tied))
            return min(tied) if shared else None  # "bolognase": "bolognese" or "bolognaise", the same dish either way
        return candidates[0][0]


# Letters beside each other on a QWERTY keyboard, for a first letter typed one key off.
KEY_NEIGHBOURS = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl", "p": "o",
    "a": "qsz", "s": "awdxz", "d": "sefxc", "f": "drgcv", "g": "fthvb", "h": "gyjbn", "j": "hukmn", "k": "jilm", "l": "kop",
    "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}


def _undoubled_swap(word: str, longer: str) -> bool:
    """True when `longer` with one doubled letter written once is `word` with two neighbouring
    letters swapped ("apple" -> "aple" <- "apel")."""
    singles = {longer[:i] + longer[i + 1 :] for i in range(1, len(longer)) if longer[i] == longer[i - 1]}
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return bool(singles & swaps)


def _wrong_double(word: str, other: str) -> bool:
    """True when `word` doubles a different letter than `other` does, the rest alike
    ("egss" for "eggs"): both read the same with their doubled letter written once."""
    if len(word) != len(other) or word == other:
        return False
    mine = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    theirs = {other[:i] + other[i + 1 :] for i in range(1, len(other)) if other[i] == other[i - 1]}
    return bool(mine & theirs)


def max_edits(word: str) -> int:
    """How many edits a word of this length may be from its repair."""
    if len(word) >= 8:
        return 2
    return 1
