"""Does logging a workout or a meal get slower as the user's log grows? Prints a table, asserts nothing.

For users with 0 to 100,000 entries already in workouts.jsonl / meals.jsonl, times through the
tool functions (a ToolContext on a FileStorage in a temp dir):
  Helios: log_workout (running, 30 min) + workout_history(days=7)
  Ceres:  log_meal ("2 eggs and a banana") + daily_summary() (today)
The logs are written directly, dated one entry an hour back from a week ago (workouts) or two
days ago (meals), so the recent window holds only what the benchmark itself logs. Baseline in
the same run: the old layout, one `update_json` appending a workout to a workouts.json whose
"workouts" list already holds that many entries (what every log_workout used to cost).

    .venv/bin/python bench/agent_log_growth.py [--repeats 50] [--baseline-repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from agenthost_ceres.tools import daily_summary, log_meal
from agenthost_helios.tools import log_workout, workout_history
from host.storage import FileStorage
from host.types import ToolContext

SIZES = (0, 1_000, 10_000, 100_000)
WARM_UP = 2


def stamp(moment: datetime, millis: bool = False) -> str:
    return moment.isoformat(timespec="milliseconds" if millis else "seconds").replace("+00:00", "Z")


def workout(i: int, moment: datetime) -> dict[str, Any]:
    """A workout shaped as log_workout writes it."""
    return {
        "id": f"w-{i:010d}",
        "date": stamp(moment),
        "activity": "running",
        "activity_name": "Running",
        "duration_min": 30,
        "intensity": "moderate",
        "met": 9.8,
        "compendium_code": "12050",
        "calories": 343,
        "weight_kg": 70,
        "weight_assumed": True,
        "distance_km": 5,
        "speed_kmh": 10.0,
    }


def meal(i: int, moment: datetime) -> dict[str, Any]:
    """A meal shaped as log_meal writes it."""
    return {
        "id": f"{i:012x}",
        "date": moment.date().isoformat(),
        "logged_at": stamp(moment, millis=True),
        "meal_type": "breakfast",
        "text": "2 eggs and a banana",
        "items": [
            {"food_id": "egg", "name": "Egg, whole", "amount": "2 large eggs (100 g)", "grams": 100.0,
             "kcal": 144, "protein_g": 12.6, "carbs_g": 0.7, "fat_g": 9.5, "fibre_g": 0.0},
            {"food_id": "banana", "name": "Banana", "amount": "1 medium banana (118 g)", "grams": 118.0,
             "kcal": 105, "protein_g": 1.3, "carbs_g": 27.0, "fat_g": 0.4, "fibre_g": 3.1},
        ],
        "totals": {"kcal": 249.0, "protein_g": 13.9, "carbs_g": 27.8, "fat_g": 10.0, "fibre_g": 3.1},
    }


def prefill(path: Path, count: int, newest: datetime, make: Callable[[int, datetime], dict[str, Any]]) -> None:
    """`count` entries, oldest first, one an hour, the last at `newest`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps(make(i, newest - timedelta(hours=count - 1 - i)), separators=(",", ":")) + "\n")


async def median_ms(repeats: int, step: Callable[[], Awaitable[Any]]) -> float:
    for _ in range(WARM_UP):
        await step()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        await step()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def measure(size: int, repeats: int, baseline_repeats: int, root: Path) -> tuple[float, float, float | None]:
    storage = FileStorage(root)
    now = datetime.now(UTC)
    user = f"user{size}"
    context = ToolContext(user_id=user, store=storage.user(user), registry=SimpleNamespace(agents={}, tools={}))
    prefill(root / user / "workouts.jsonl", size, now - timedelta(days=7, hours=1), workout)
    prefill(root / user / "meals.jsonl", size, now - timedelta(days=2), meal)

    async def helios() -> None:
        await log_workout(context, activity="running", duration_minutes=30)
        await workout_history(context, days=7)

    async def ceres() -> None:
        await log_meal(context, text="2 eggs and a banana")
        await daily_summary(context)

    helios_ms = await median_ms(repeats, helios)
    ceres_ms = await median_ms(repeats, ceres)

    baseline_ms = None
    if baseline_repeats:
        old = f"old{size}"
        store = storage.user(old)
        document = {"workouts": [workout(i, now - timedelta(hours=size - i)) for i in range(size)], "plans": []}
        await store.write_json("workouts.json", document)
        extra = workout(size, now)
        baseline_ms = await median_ms(
            baseline_repeats, lambda: store.update_json("workouts.json", {}, lambda doc: doc["workouts"].append(extra))
        )
    return helios_ms, ceres_ms, baseline_ms


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50, help="timed calls per size and agent")
    parser.add_argument("--baseline-repeats", type=int, default=3, help="0 skips the old-layout baseline")
    args = parser.parse_args()
    header = (
        f"{'entries':>9} | {'Helios log_workout+workout_history p50 ms':>41} | "
        f"{'Ceres log_meal+daily_summary p50 ms':>35} | {'old layout: one workouts.json append p50 ms':>43}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            helios_ms, ceres_ms, baseline_ms = await measure(size, args.repeats, args.baseline_repeats, Path(tmp))
            baseline = f"{baseline_ms:>43.1f}" if baseline_ms is not None else f"{'-':>43}"
            print(f"{size:>9,} | {helios_ms:>41.2f} | {ceres_ms:>35.2f} | {baseline}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
