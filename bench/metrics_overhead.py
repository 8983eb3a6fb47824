"""What the metrics cost a turn: the host's own work (a trivial agent, as in turn_cost.py) with
the app's real `Metrics`, beside the same turns with a `Metrics` whose methods do nothing,
alternated in one run. Prints figures, asserts nothing.

    .venv/bin/python bench/metrics_overhead.py [--turns 600] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import host.app  # noqa: E402
from bench.turn_cost import measure  # noqa: E402
from host.metrics import Metrics  # noqa: E402


class NullMetrics(Metrics):
    """The same registry and names, but every call the code makes does nothing."""

    def turn_ended(self, **_: Any) -> None: ...
    def rate_limited(self, reason: str) -> None: ...
    def intervention(self, found: Any) -> None: ...
    def tool_calls(self, calls: Any, known: Any) -> None: ...
    def llm_error(self, operation: str, reason: str) -> None: ...
    def llm_usage(self, operation: str, usage: Any) -> None: ...

    def llm_timer(self, operation: str) -> Any:
        return contextlib.nullcontext()

    def storage_timer(self, operation: str) -> Any:
        return contextlib.nullcontext()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"metrics off (baseline)": [], "metrics on": []}
    for _ in range(args.rounds):
        for label, cls in (("metrics off (baseline)", NullMetrics), ("metrics on", Metrics)):
            host.app.Metrics = cls  # type: ignore[misc]  # what create_app builds
            _, cpu_ms = await measure(args.turns, trivial=True)
            results[label].append(cpu_ms)
    host.app.Metrics = Metrics  # type: ignore[misc]
    print(f"{args.turns} turns x {args.rounds} rounds, trivial agent, CPU ms per turn (median, min):")
    for label, values in results.items():
        print(f"  {label:<24} {statistics.median(values):6.3f}  {min(values):6.3f}")
    cost_us = (statistics.median(results["metrics on"]) - statistics.median(results["metrics off (baseline)"])) * 1000
    print(f"  metrics cost about {cost_us:.0f} us of CPU per turn")


if __name__ == "__main__":
    asyncio.run(main())
