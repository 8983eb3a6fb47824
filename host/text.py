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

Pure functions of their argument. The per-message ones are remembered for one turn
(`per_turn`): the guard, the router and every plugin's `classify` and `respond` read the same
message, and it is read once. Nothing here is kept between turns, and nothing this module keeps is
a copy another host could make stale (the agents' own per-text caches are listed in the README's
"Load and speed").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple, ParamSpec, TypeVar

__all__ = ["Word", "fold", "nfkc", "normalise", "one_turn", "per_turn", "tokenise", "words"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
# The results remembered in the turn being answered (a context variable: each user's turns run
# in their own task, and what they start shares it); None outside a turn.
_TURN_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("host_text_turn_memo", default=None)

# Curly single quotes (and the backtick people type for one) become "'", curly double quotes '"'.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})
_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}")
# Any character three times running: a letter run needs one, and this look costs a fifth of
# _LETTER_RUN's (whose letter class is tried at every position), so most texts skip that.
_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL)
_SPACES = re.compile(r"\s+")
# A word: letters and digits, with apostrophes inside it ("what's", "o'clock"), in NFKC text.
_WORD = re.compile(r"[^\W_]+(?:['\u2018\u2019`][^\W_]+)*")
_APOSTROPHES = re.compile(r"['\u2018\u2019`]")

CACHE_SIZE = 4096  # typo repair keeps 4x this many words' repairs between turns (host.typos)


@contextmanager
def one_turn() -> Iterator[None]:
    """The span of one turn: inside it, each `per_turn` function computes a result once for
    the same arguments; leaving it forgets them all. The dispatcher runs every turn in one."""
    token = _TURN_MEMO.set({})
    try:
        yield
    finally:
        _TURN_MEMO.reset(token)


def per_turn(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Remember `function`'s results within the current turn (`one_turn`); outside a turn it
    just runs. For pure functions of hashable arguments whose results are never changed by
    their callers (strings, tuples, frozen objects): every caller in the turn gets the same one."""

    @functools.wraps(function)
    def remembered(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        memo = _TURN_MEMO.get()
        if memo is None or kwargs:
            return function(*args, **kwargs)
        key = (remembered, args)
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = function(*args)
            return value

    return remembered


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
    folded = text.casefold().translate(_QUOTES)
    return _LETTER_RUN.sub(r"\1\1", folded) if _TRIPLE.search(folded) else folded


def has_triple(text: str) -> bool:
    """Some character three times running in `text`: without one there is no letter run."""
    return _TRIPLE.search(text) is not None


def has_letter_run(text: str) -> bool:
    """A letter three or more times running in `text` ("sooo", "hiiii")."""
    return _TRIPLE.search(text) is not None and _LETTER_RUN.search(text) is not None


@per_turn
def normalise(text: str) -> str:
    """`text` as every reader should see it: NFKC, case-folded, straight quotes, letter runs
    of 3+ cut to two, whitespace squeezed to single spaces and trimmed."""
    return _SPACES.sub(" ", fold(nfkc(text))).strip()


@per_turn
def words(text: str) -> tuple[Word, ...]:
    """The words of `text`, normalised, with apostrophes dropped ("what's" -> "whats"), each
    with its span in `nfkc(text)`. Anything but letters and digits separates words, so
    "push-ups" is two words and "5k" one."""
    source = nfkc(text)
    if source.isascii() and not has_letter_run(source):
        # The common case, folded once for the whole message: for ASCII, case folding is
        # lower() (same length, so the spans hold) and no word has a letter run to cut.
        lowered = source.lower()
        return tuple(
            Word(lowered[match.start():match.end()].replace("'", "").replace("`", ""), match.start(), match.end())
            for match in _WORD.finditer(source)
        )
    return tuple(
        Word(_APOSTROPHES.sub("", fold(match.group())), match.start(), match.end())
        for match in _WORD.finditer(source)
    )


def tokenise(text: str) -> list[str]:
    """The normalised words of `text` ("What's UP?" -> ["whats", "up"])."""
    return [word.text for word in words(text)]
