"""Everyday nutrition questions (water, fibre, caffeine, protein timing, vitamin D, B12...)
answered from a small curated file, `data/faq.json`, where every answer names its sources.

A question is matched to an entry by the entry's weighted keywords (whole, stemmed words with
`host.keywords`, so "fiber", "fibre" and "fibres" all match); the best entry wins when it
scores at least `MIN_SCORE`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from attrs import frozen

from host.keywords import KeywordScorer

MIN_SCORE = 0.55


@frozen
class Source:
    """Where an answer comes from."""

    name: str
    year: int
    url: str

    def cite(self) -> str:
        """ "NHS: Vitamin D (2020)"."""
        return f"{self.name} ({self.year})"


@frozen
class Entry:
    """One everyday question: its topic, the answer (and a version without figures), sources."""

    id: str
    topic: str
    answer: str
    gentle: str
    sources: tuple[Source, ...]
    scorer: KeywordScorer

    def to_json(self, gentle: bool = False) -> dict[str, Any]:
        """The entry as the tool returns it."""
        return {
            "topic": self.topic,
            "answer": self.gentle if gentle else self.answer,
            "sources": [{"name": s.name, "year": s.year, "url": s.url} for s in self.sources],
        }


@lru_cache(maxsize=1)
def load_entries() -> tuple[Entry, ...]:
    """The curated entries, read once per process."""
    text = resources.files("agenthost_ceres").joinpath("data/faq.json").read_text(encoding="utf-8")
    document = json.loads(text)
    sources = {key: Source(**value) for key, value in document["sources"].items()}
    return tuple(
        Entry(
            id=row["id"],
            topic=row["topic"],
            answer=row["answer"],
            gentle=row["gentle"],
            sources=tuple(sources[key] for key in row["sources"]),
            scorer=KeywordScorer(row["keywords"], max_gap=2),
        )
        for row in document["entries"]
    )


def find(question: str) -> tuple[Entry, float] | None:
    """The entry that best answers `question`, and its score; None when none is close enough."""
    best: tuple[Entry, float] | None = None
    for entry in load_entries():
        score = entry.scorer.score(question).score
        if score >= MIN_SCORE and (best is None or score > best[1]):
            best = (entry, score)
    return best


def topics() -> list[str]:
    """Every topic, for "what can you tell me about?"."""
    return [entry.topic for entry in load_entries()]
