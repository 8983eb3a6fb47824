"""Whether a message asks something, said as people type it: "is that ok?", "is that ok lol",
"how bad is that 😅", "what should I have for dinner pls", "is that a lot??", "is it ok...".

One place for the test, so every part of Ceres that asks "is this a question?" agrees.
"""

from __future__ import annotations

import re

from host.text import per_turn

# What people put after a question: emoji and symbols, laughs, "pls", "tho", repeated
# punctuation and trailing dots. Taken off the end, repeatedly, before the question is read.
TAIL = re.compile(
    r"(?:\s*(?:[^\w\s?.,;:'\"()\[\]-]|\ufe0f|\u200d)+"  # 😅, 🙏🏽, :), !!
    r"|\s*\b(?:lol+|lmao+|lmfao|rofl|haha+|hehe+|ha|xd|jk|tbh|pls+|plz+|please|thanks|thx|ty|tho|though|x+|bro|mate|hun)\b"
    r"|\s*\.{2,}|\s*…|\s*!+)\s*$",
    re.IGNORECASE,
)
# A clause that asks, wherever it stands in the message: "..., is that ok", "..., how much protein was that".
ASKING_CLAUSE = re.compile(
    r"(?:^|[,;.!:\n]|\s[-–—]|\b(?:and|so|but))\s*(?:(?:so|and|but|ok|okay|hmm|also|like|honestly|seriously)\s+)?"
    r"(?:(?:is|was|are|were|isn'?t|wasn'?t) (?:that|it|this|they|those|these|i)\b"
    r"|how (?:much|many|bad|good|healthy|unhealthy|terrible|awful|many calories|big|long)\b"
    r"|what (?:should|shall|can|could|do|would|about|else|now)\b|what'?s (?:that|the|a good|left)\b|whats (?:that|the|a good|left)\b"
    r"|(?:should|can|could|shall|do|did|have|am) i\b|(?:does|did|will|would) (?:that|it|this)\b"
    r"|any (?:ideas|tips|suggestions)\b|which (?:one|ones|is|are|of|foods?|would|should)\b|ideas for\b)",
    re.IGNORECASE,
)


@per_turn  # every "is this a question?" of the turn reads the same message
def core(text: str) -> str:
    """`text` without what people put after a question ("lol", "pls", "😅", "...")."""
    said = text.strip()
    while (tail := TAIL.search(said)) is not None and tail.start() > 0:
        said = said[: tail.start()].rstrip()
    return said


def ends_asking(text: str) -> bool:
    """True when the message ends as a question: a "?" under any "lol", "pls", emoji or dots
    after it ("how bad is that?? 😅"), or a last clause that asks ("had a bagel, is that ok lol")."""
    said = core(text)
    if said.endswith("?"):
        return True
    last = re.split(r"[.!;\n]\s+|\?\s+", said)[-1]
    return bool(ASKING_CLAUSE.search(last))


def asks(text: str) -> bool:
    """True when any part of the message asks something: a "?" anywhere, or an ending that asks."""
    return "?" in text or ends_asking(text)
