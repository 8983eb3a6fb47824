"""The one text normaliser: what the safety guard, the router and the agents read a message as.

    >>> normalise("I’m   SOOOO   hungry!!")
    "i'm soo hungry!!"
    >>> tokenise("What’s a good ＷＯＲＫＯＵＴ?")
    ['whats', 'a', 'good', 'workout']

`normalise` keeps the text readable (punctuation and numbers stay); `tokenise` gives the words
to match on. Both apply, in this order: Unicode NFKC (full-width letters, ligatures and
compatibility forms become plain ones), case folding, curly quotes made straight, runs of three
or more of the same letter cut to two ("sooooo" -> "soo", "yesss" -> "yess"; real words keep
their double letters), and whitespace squeezed to single spaces. `words` returns each token
with where it sits in the NFKC text, for code that edits the message in place.

Pure functions of their argument; the per-message ones are cached, because the router and
every plugin's `classify` read the same message in one turn.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Word", "fold", "nfkc", "normalise", "tokenise", "words"]

# Curly single quotes (and the backtick people type for one) become "'", curly double quotes '"'.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})
_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}")
_SPACES = re.compile(r"\s+")
# A word: letters and digits, with apostrophes inside it ("what's", "o'clock"), in NFKC text.
_WORD = re.compile(r"[^\W_]+(?:['\u2018\u2019`][^\W_]+)*")
_APOSTROPHES = re.compile(r"['\u2018\u2019`]")

CACHE_SIZE = 4096  # distinct messages kept per cached function (a turn reads its message a few times)


class Word(NamedTuple):
    """One word of a message: its normalised form and its span in `nfkc(text)`."""

    text: str
    start: int
    end: int


def nfkc(text: str) -> str:
    """Unicode NFKC, skipped for ASCII text (which it never changes)."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """Case-fold `text`, straighten its quotes and cut letter runs of 3+ to two (no NFKC)."""
    return _LETTER_RUN.sub(r"\1\1", text.casefold().translate(_QUOTES))


@lru_cache(maxsize=CACHE_SIZE)
def normalise(text: str) -> str:
    """`text` as every reader should see it: NFKC, case-folded, straight quotes, letter runs
    of 3+ cut to two, whitespace squeezed to single spaces and trimmed."""
    return _SPACES.sub(" ", fold(nfkc(text))).strip()


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> tuple[Word, ...]:
    """The words of `text`, normalised, with apostrophes dropped ("what's" -> "whats"), each
    with its span in `nfkc(text)`. Anything but letters and digits separates words, so
    "push-ups" is two words and "5k" one."""
    source = nfkc(text)
    return tuple(
        Word(_APOSTROPHES.sub("", fold(match.group())), match.start(), match.end())
        for match in _WORD.finditer(source)
    )


def tokenise(text: str) -> list[str]:
    """The normalised words of `text` ("What's UP?" -> ["whats", "up"])."""
    return [word.text for word in words(text)]
