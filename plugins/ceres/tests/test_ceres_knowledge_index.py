"""The curated answers are looked up through an index of their words: it must find exactly
what scoring every entry finds, for every message in the repo's test corpora."""

from __future__ import annotations

import json
from pathlib import Path

from agenthost_ceres import knowledge

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def corpus() -> list[str]:
    messages = [json.loads(line)["message"] for line in (DATA / "routing.jsonl").read_text().splitlines() if line.strip()]
    for name in ("safety_must_trigger.jsonl", "safety_near_miss.jsonl", "typos.jsonl"):
        for line in (DATA / name).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                messages.append(row.get("message") or row.get("text") or "")
    return [m for m in messages if m]


def scan(question: str) -> tuple[knowledge.Entry, float] | None:
    best = None
    for entry in knowledge.load_entries():
        score = entry.scorer.score(question).score
        if score >= knowledge.MIN_SCORE and (best is None or score > best[1]):
            best = (entry, score)
    return best


def test_the_index_finds_what_scoring_every_entry_finds():
    questions = corpus()
    assert len(questions) > 500
    found = 0
    for question in questions:
        expected = scan(question)
        assert knowledge.find(question) == expected, question
        found += expected is not None
    assert found > 50  # the corpus reaches many entries, so the comparison means something
