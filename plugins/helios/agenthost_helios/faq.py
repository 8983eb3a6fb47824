"""Everyday training questions and their curated answers (`data/faq.json`), each with its
source (WHO 2020, ACSM position stands, CDC, ...): "should I stretch before running?", "how
many rest days do I need?", "is walking enough?". Written by people from those sources, not by
a model; the answer says what the source supports and names it."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from attrs import frozen

from agenthost_helios import parse


@frozen
class Answer:
    """One curated answer: what it is about, when it applies, the text and its source."""

    id: str
    topic: str
    patterns: tuple[re.Pattern[str], ...]
    answer: str
    source: str
    about_weight: bool = False


@cache
def answers() -> tuple[Answer, ...]:
    """Every curated answer, in the file's order (the order they are tried in)."""
    raw = json.loads(resources.files("agenthost_helios").joinpath("data/faq.json").read_text("utf-8"))
    return tuple(
        Answer(
            id=entry["id"],
            topic=entry["topic"],
            patterns=tuple(re.compile(p) for p in entry["patterns"]),
            answer=entry["answer"],
            source=entry["source"],
            about_weight=bool(entry.get("weight")),
        )
        for entry in raw["entries"]
    )


def find(message: str, weight_topics: bool = True) -> Answer | None:
    """The answer for the question in `message`, or None. `weight_topics=False` skips the
    answers about losing weight (while the guard has flagged an eating disorder)."""
    text = parse.prepare(message).replace("'", "")
    for answer in answers():
        if not weight_topics and answer.about_weight:
            continue
        if any(pattern.search(text) for pattern in answer.patterns):
            return answer
    return None


def by_id(answer_id: str) -> Answer | None:
    """The answer with this id, or None."""
    return next((a for a in answers() if a.id == answer_id), None)
