"""Offline routing accuracy: route every message of tests/data/routing.jsonl and score it.

    .venv/bin/python bench/routing_accuracy.py            # through the host's real Router
    .venv/bin/python bench/routing_accuracy.py --direct   # the plugins' classify functions only

Prints accuracy (overall, tune, holdout), a confusion matrix (expected vs routed) and every
misrouted message with its scores. A message counts as right when the routed agent is in its
`acceptable` list (mixed messages accept either specialist). The real router needs the three
agent plugins pip-installed (entry points); `--direct` imports their routing modules from
plugins/*/ and applies the router's rule itself (best score >= threshold, else `general`).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "tests" / "data" / "routing.jsonl"
AGENTS = ("helios", "ceres", "general")

Route = Callable[[str], Awaitable[tuple[str, dict[str, float], dict[str, str]]]]


def load_dataset(path: Path = DATASET) -> list[dict[str, Any]]:
    """The labelled messages, one dict per JSON line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def real_router() -> Route:
    """Route through the host's Router with the installed plugins and no LLM."""
    from host.config import test_config
    from host.plugins import make_plugin_manager
    from host.registry import build_registry
    from host.router import Router
    from host.types import ClassifyContext

    config = test_config(Path(tempfile.mkdtemp(prefix="routing-bench-")))
    pm = make_plugin_manager(config)
    registry = build_registry(pm)
    missing = [agent for agent in AGENTS if agent not in registry.agents]
    if missing:
        raise SystemExit(
            f"agent plugin(s) {missing} are not installed; run "
            f"`.venv/bin/pip install -e plugins/<name>` or use --direct"
        )
    router = Router(pm, registry, config.router, llm=None)

    async def route(message: str) -> tuple[str, dict[str, float], dict[str, str]]:
        decision = await router.route(message, ClassifyContext(user_id="eval", history=[], profile={}))
        return decision.agent, decision.scores, decision.reasons

    return route


def direct_router(threshold: float = 0.3, fallback: str = "general") -> Route:
    """Call each plugin's `classify` directly and apply the router's keyword rule."""
    from host.types import ClassifyContext

    classifiers = {}
    for agent in sorted(AGENTS):  # the order entry points load in, which breaks ties
        sys.path.insert(0, str(ROOT / "plugins" / agent))
        classifiers[agent] = importlib.import_module(f"agenthost_{agent}.routing").classify

    async def route(message: str) -> tuple[str, dict[str, float], dict[str, str]]:
        context = ClassifyContext(user_id="eval", history=[], profile={})
        results = {name: classify(message=message, context=context) for name, classify in classifiers.items()}
        scores = {agent: result.score for agent, result in results.items()}
        reasons = {agent: result.reason for agent, result in results.items()}
        best = max(scores, key=lambda agent: scores[agent])
        return (best if scores[best] >= threshold else fallback), scores, reasons

    return route


async def evaluate(route: Route, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Route every row; each result adds `routed`, `correct`, `scores` and `reasons`."""
    results = []
    for row in rows:
        agent, scores, reasons = await route(row["message"])
        correct = agent in row.get("acceptable", [row["expected"]])
        results.append({**row, "routed": agent, "correct": correct, "scores": scores, "reasons": reasons})
    return results


def accuracy(results: list[dict[str, Any]]) -> float:
    """The share of results routed to an acceptable agent."""
    return sum(r["correct"] for r in results) / len(results) if results else 0.0


def report(results: list[dict[str, Any]], mode: str) -> str:
    """Accuracy per split, the confusion matrix and the misrouted messages, as text."""
    lines = [f"routing accuracy ({mode}, {DATASET.relative_to(ROOT)})"]
    for split in ("all", "tune", "holdout"):
        subset = results if split == "all" else [r for r in results if r["split"] == split]
        right = sum(r["correct"] for r in subset)
        lines.append(f"  {split:<8} {accuracy(subset):6.1%}  ({right}/{len(subset)})")

    counts = Counter((r["expected"], r["routed"]) for r in results)
    lines += ["", "confusion (rows: expected, columns: routed; mixed rows count under `expected`)"]
    lines.append("  " + "expected".ljust(10) + "".join(a.rjust(9) for a in AGENTS))
    for expected in AGENTS:
        lines.append("  " + expected.ljust(10) + "".join(str(counts[(expected, a)]).rjust(9) for a in AGENTS))
    mixed = [r for r in results if len(r["acceptable"]) > 1]
    if mixed:
        either = "/".join(sorted({agent for r in mixed for agent in r["acceptable"]}))
        lines.append(f"  ({len(mixed)} mixed messages accept {either})")

    wrong = [r for r in results if not r["correct"]]
    lines += ["", f"misrouted ({len(wrong)})"]
    for r in sorted(wrong, key=lambda r: (r["split"], r["expected"])):
        scores = " ".join(f"{a}={r['scores'].get(a, 0.0):.2f}" for a in AGENTS)
        expected = "/".join(r["acceptable"])
        lines.append(f"  [{r['split']}] {r['message']!r}: expected {expected}, got {r['routed']} ({scores})")
        for agent in AGENTS:
            if r["scores"].get(agent, 0.0) > 0 and r["reasons"].get(agent):
                lines.append(f"      {r['reasons'][agent]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--direct", action="store_true", help="call the classify functions, not the real router"
    )
    parser.add_argument("--split", choices=("tune", "holdout"), help="evaluate one split only")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    rows = load_dataset()
    if args.split:
        rows = [r for r in rows if r["split"] == args.split]
    route = direct_router() if args.direct else real_router()
    results = asyncio.run(evaluate(route, rows))
    print(report(results, "classify functions, threshold 0.3" if args.direct else "host Router, no LLM"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
