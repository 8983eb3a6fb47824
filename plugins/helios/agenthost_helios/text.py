"""Text helpers shared by the data lookups and the free-text parser."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[-_/]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped, hyphens/underscores/slashes as spaces, single spaces."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of `phrases` as whole words, longest phrase first."""
    unique = sorted({normalise(p) for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(p) for p in unique)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")
