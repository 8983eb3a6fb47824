"""Offline routing through the host's real Router with the three agent plugins installed.

The labelled messages live in tests/data/routing.jsonl; bench/routing_accuracy.py prints the
same figures with a confusion matrix and the misrouted messages.
"""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.types import ClassifyContext

DATASET = Path(__file__).parent / "data" / "routing.jsonl"
AGENTS = ("helios", "ceres", "general")
MIN_ACCURACY = 0.92

installed = {ep.name for ep in entry_points(group="agenthost")}
missing = [agent for agent in AGENTS if agent not in installed]
pytestmark = pytest.mark.skipif(
    bool(missing), reason=f"agent plugin(s) {missing} not installed: pip install -e plugins/<name>"
)


def load_rows() -> list[dict]:
    with DATASET.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def router(tmp_path: Path) -> Router:
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    registry = build_registry(pm)
    assert set(AGENTS) <= set(registry.agents), registry.agents
    return Router(pm, registry, config.router, llm=None)


async def route(router: Router, message: str) -> str:
    decision = await router.route(message, ClassifyContext(user_id="eval", history=[], profile={}))
    return decision.agent


def test_dataset_is_large_labelled_and_has_a_holdout() -> None:
    rows = load_rows()
    assert len(rows) >= 200
    assert len({row["message"].lower() for row in rows}) == len(rows)
    for row in rows:
        assert row["expected"] in AGENTS and row["expected"] in row["acceptable"]
        assert set(row["acceptable"]) <= set(AGENTS) and row["split"] in ("tune", "holdout")
    holdout = sum(row["split"] == "holdout" for row in rows)
    assert 0.2 <= holdout / len(rows) <= 0.3


async def test_accuracy_over_the_whole_dataset(router: Router) -> None:
    rows = load_rows()
    wrong = []
    for row in rows:
        agent = await route(router, row["message"])
        if agent not in row["acceptable"]:
            wrong.append(f"{row['message']!r} -> {agent} (expected {row['expected']})")
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.1%}; misrouted:\n" + "\n".join(wrong)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I had brunch", "ceres"),
        ("what can you do?", "general"),
        ("hi", "general"),
        ("thanks!", "general"),
        ("I went running this morning", "helios"),
        ("I ate a salad", "ceres"),
        ("how many squats should I do", "helios"),
        ("new bench press record today", "helios"),
        ("I'm running late, can you help me write a message?", "general"),
    ],
)
async def test_named_regressions(router: Router, message: str, expected: str) -> None:
    assert await route(router, message) == expected


@pytest.mark.parametrize("message", ["this is great", "this one, please", "which is it?"])
async def test_words_containing_hi_or_run_are_not_fitness(router: Router, message: str) -> None:
    assert await route(router, message) != "helios"


async def test_the_decision_carries_the_matched_terms_as_reasons(router: Router) -> None:
    context = ClassifyContext(user_id="eval", history=[], profile={})
    decision = await router.route("I ran 5k then did squats", context)
    assert decision.agent == "helios" and decision.method == "keywords"
    assert "run" in decision.reasons["helios"] and "squat" in decision.reasons["helios"]
    assert decision.scores["helios"] > decision.scores["ceres"]
