"""Text helpers shared by the data lookups and the free-text parser."""

from __future__ import annotations

import re
from collections.abc import Iterable

from host.text import per_turn

_SEPARATORS = re.compile(r"[-_/]+")
_SPACES = re.compile(r"\s+")


@per_turn  # the readers of a turn normalise the same message again
def normalise(text: str) -> str:
    """Lower case, apostrophes dropped, hyphens/underscores/slashes as spaces, single spaces."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# From this many phrases on, the alternation is written as a trie (`longest_first`).
TRIE_FROM = 100


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of `phrases` as whole words, longest phrase first."""
    unique = {normalise(p) for p in phrases if p.strip()}
    return re.compile(rf"(?<![a-z0-9])(?:{longest_first(unique)})(?![a-z0-9])")


def longest_first(phrases: Iterable[str]) -> str:
    """A regex body matching any of `phrases`, the longest that fits where it matches first:
    the same matches as the phrases escaped and joined longest first.

    A large set is written as a trie ("run(?:ning)?"): Python's engine tried every one of
    hundreds of alternatives at each position of a message; the trie tries one branch per
    letter. It matches the same: at any node only one child can take the next letter, and
    the child is tried before the phrase ending there, so the first match found is the longest."""
    unique = set(phrases)
    if len(unique) < TRIE_FROM:
        return "|".join(re.escape(p) for p in sorted(unique, key=len, reverse=True))
    root: dict[str, dict] = {}
    for phrase in unique:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie(root)


def _trie(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# What people put after a question: an emoji, "lol", "pls", "??", "...", "haha", "thx"
_TRAILING = re.compile(r"(?:[^\w\s?]+|(?<![\w'])(?:lol+|lmao|haha+|hehe+|pls|plz|please|thx|thanks|ty|tbh|x+)\b)$")
_QUESTION_WORD = re.compile(
    r"^\W*((and|so|but|ok|okay|also|hey|hi|um+|hmm+|quick question)\W+)*"
    r"(what|whats|what's|how|hows|how's|why|when|where|which|who|is|are|am|does|do|did (?=i|you|we|my|it|that)|"
    r"should|shall|can|could|would|"
    r"will|any|anyone|isnt|isn't|arent|aren't|wont|won't)\b"
)


def ends_asking(text: str) -> bool:
    """True when a message ends as a question: a question mark at the end, even with an emoji,
    "lol", "pls", more question marks or dots after it ("is that normal?? 😅"), or a question
    word opening a message that trails off the same way ("how many rest days do i need lol",
    "what about legs...")."""
    core = text.rstrip()
    trailed = False
    while core and not core.endswith("?") and (match := _TRAILING.search(core)) is not None and match.start() < len(core):
        core, trailed = core[: match.start()].rstrip(), True
    if core.endswith("?"):
        return True
    last_sentence = re.split(r"(?<=[.!,;:])\s+", core)[-1]  # "ran 5k. what pace is that lol"
    return trailed and bool(_QUESTION_WORD.search(last_sentence.lower()))
