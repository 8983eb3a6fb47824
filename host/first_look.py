"""A pattern that most messages never match, looked for first in linear time by RE2.

Python's backtracking engine tries a large alternation at every position of a message, 10-40 us
a look even when nothing is there. `FirstLook` asks RE2 first, through the guard's relaxed copy of
the pattern (`host.safety.prefilter`): on ASCII text its "no" is exact, so the answer is the one
Python gives without the scan; any other text, or a "maybe", goes to the pattern itself. What a
caller gets never changes, only the time a message without a match takes.

    PETS = FirstLook(re.compile(r"\\b(?:dog|cat|puppy)\\b", re.IGNORECASE))
    PETS.search("what should I eat?")  # None, from RE2's look alone

The RE2 copy is built on first use: `host.safety` imports the router, which the plugins' modules
are imported before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["FirstLook"]

_UNBUILT: Any = object()


class FirstLook:
    """`pattern`'s search, finditer and sub, answered by RE2 alone when it proves no match."""

    __slots__ = ("_look", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._look: Any = _UNBUILT

    def cannot_match(self, text: str) -> bool:
        """True only when `pattern` certainly finds nothing in `text`."""
        look = self._look
        if look is _UNBUILT:
            look = self._look = _build(self.pattern)
        return look is not None and text.isascii() and not look.could_match(text)

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`."""
        return None if self.cannot_match(text) else self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`."""
        return iter(()) if self.cannot_match(text) else self.pattern.finditer(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """`pattern.sub(repl, text, count)`."""
        return text if self.cannot_match(text) else self.pattern.sub(repl, text, count)


def _build(pattern: re.Pattern[str]) -> Any:
    from host.safety.prefilter import prefilter  # here, not above: host.safety imports the router

    flags = pattern.flags & ~re.UNICODE
    if flags & ~re.IGNORECASE:
        return None  # no relaxed form for other flags: the pattern always runs
    return prefilter(f"(?i:{pattern.pattern})" if flags else pattern.pattern, min_chars=0)
