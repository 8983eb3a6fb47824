"""Does a turn's storage cost grow with the user's history? Prints a table, asserts nothing.

For users with 0 to 100,000 records already in history.jsonl, times what the dispatcher does
to storage on every turn: read the recent tail and the profile (memory), then append the turn
to history.jsonl and conversations.md. Baseline in the same run: a naive full read of history.jsonl, which is
what a turn would cost if memory read the whole file.

    .venv/bin/python bench/storage_growth.py [--turns 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from host.storage import FileStorage

SIZES = (0, 1_000, 10_000, 100_000)


def prefill(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "history.jsonl").open("w") as fh:
        for i in range(count):
            role = "user" if i % 2 == 0 else "assistant"
            fh.write(json.dumps({"role": role, "text": f"message {i} " + "lorem ipsum " * 8, "id": str(i)}) + "\n")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def measure(size: int, turns: int, root: Path) -> tuple[float, float, float]:
    storage = FileStorage(root)
    user = f"user{size}"
    prefill(root / user, size)
    store = storage.user(user)
    timings = []
    for i in range(turns):
        started = time.perf_counter()
        await store.load_memory(20)
        await store.record_turn(
            [{"role": "user", "text": f"new {i}"}, {"role": "assistant", "text": "reply"}],
            f"## turn {i}\n\n**User:** new {i}\n\n---\n\n",
        )
        timings.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    full = (root / user / "history.jsonl").read_text().splitlines()
    [json.loads(line) for line in full]
    naive_ms = (time.perf_counter() - started) * 1000
    return statistics.median(timings), percentile(timings, 0.95), naive_ms


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    print(f"{'records':>9} | {'turn p50 ms':>11} | {'turn p95 ms':>11} | {'naive full read ms':>18}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            p50, p95, naive = await measure(size, args.turns, Path(tmp))
            print(f"{size:>9,} | {p50:>11.2f} | {p95:>11.2f} | {naive:>18.1f}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
