"""Does a turn get slower as a user's data grows? Two measurements of whole turns (the
installed agents offline, the safety guard, routing, storage), in process, without the
network; prints figures, asserts nothing.

1. A busy day: one user sends 3,000 turns in one day, in turn "log a 20 minute run", "I had
   an apple" and "hello" (the clock is pinned, moving 10 s a turn from 06:00 UTC). The
   median latency of the last 300 turns over that of the first 300 is the growth; 1.0 is flat.
2. A long history: a user whose history.jsonl already holds 100,000 records against one with
   100, each then sending the same 300 turns.

    .venv/bin/python bench/turn_growth.py                 # writes reports/turn_growth.json
    .venv/bin/python bench/turn_growth.py --turns 900 --history 10000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

from host import keys
from host.app import create_app
from host.clock import pinned
from host.config import test_config
from host.plugins import make_plugin_manager
from host.types import Inbound

ROOT = Path(__file__).resolve().parent.parent
DAY_MESSAGES = ("log a 20 minute run", "I had an apple", "hello")
WINDOW = 300  # turns at each end of the day compared
START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # a Monday, so the whole day is in one week
STEP = timedelta(seconds=10)


class CountingSink:
    """Takes the frames a turn sends and counts the final ones by type (`message`, `error`)."""

    def __init__(self) -> None:
        self.finals: dict[str, int] = {"message": 0, "error": 0}

    async def send(self, frame: Any) -> None:
        if frame.type in self.finals:
            self.finals[frame.type] += 1


async def _app(data_dir: Path) -> tuple[web.AppRunner, Any]:
    config = test_config(data_dir)
    app = create_app(config, pm=make_plugin_manager(config))
    runner = web.AppRunner(app)
    await runner.setup()
    return runner, app[keys.DISPATCHER]


async def turns(dispatcher: Any, user: str, count: int, start: datetime, sink: CountingSink) -> tuple[list[float], list[float]]:
    """Latency and CPU time (the process', every thread) in ms of `count` turns of `user`, one
    after another, the clock moving STEP a turn. CPU time is what a busy disk or a busy
    neighbour on a shared machine disturbs least."""
    timings, cpu = [], []
    for i in range(count):
        with pinned(start + i * STEP):
            inbound = Inbound(user_id=user, text=DAY_MESSAGES[i % len(DAY_MESSAGES)], message_id=f"{user}-{i}")
            started, cpu_started = time.perf_counter(), time.process_time()
            await dispatcher.handle(inbound, sink)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    return timings, cpu


def prefill_history(folder: Path, count: int, newest: datetime) -> None:
    """`count` history records (user and assistant in turn), the newest a day before `newest`."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "history.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(count):
            moment = (newest - timedelta(days=1, seconds=10 * (count - i))).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            if i % 2 == 0:
                record = {"role": "user", "text": f"message {i} about my training", "id": f"u{i}", "timestamp": moment,
                          "transport": "websocket"}
            else:
                record = {"role": "assistant", "text": f"reply {i} " + "lorem ipsum " * 20, "agent": "general", "id": f"a{i}",
                          "reply_to": f"u{i - 1}", "timestamp": moment,
                          "routing": {"method": "fallback", "scores": {"general": 0.0}, "confidence": 0.0}}
            fh.write(json.dumps(record, separators=(",", ":")) + "\n")


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


async def busy_day(count: int, root: Path) -> dict[str, Any]:
    runner, dispatcher = await _app(root / "day")
    sink = CountingSink()
    try:
        timings, cpu = await turns(dispatcher, "busy", count, START, sink)
    finally:
        await runner.cleanup()
    window = min(WINDOW, count // 2)
    first, last = timings[:window], timings[-window:]
    first_cpu, last_cpu = cpu[:window], cpu[-window:]
    n = len(DAY_MESSAGES)
    by_message = {
        text: {
            "first_ms": median(first[k::n]), "last_ms": median(last[(k - count + window) % n::n]),
            "first_cpu_ms": median(first_cpu[k::n]), "last_cpu_ms": median(last_cpu[(k - count + window) % n::n]),
        }
        for k, text in enumerate(DAY_MESSAGES)
    }
    return {
        "turns": count,
        "answered": sink.finals["message"],
        "errors": sink.finals["error"],
        "window": window,
        "first_median_ms": median(first),
        "last_median_ms": median(last),
        "ratio": round(statistics.median(last) / statistics.median(first), 3),
        "first_cpu_ms": median(first_cpu),
        "last_cpu_ms": median(last_cpu),
        "cpu_ratio": round(statistics.median(last_cpu) / statistics.median(first_cpu), 3),
        "by_message": by_message,
    }


async def long_history(sizes: tuple[int, int], count: int, root: Path) -> dict[str, Any]:
    data_dir = root / "history"
    for size in sizes:
        prefill_history(data_dir / f"h{size}", size, START)
    runner, dispatcher = await _app(data_dir)
    sink = CountingSink()
    found: dict[str, Any] = {}
    try:
        # Interleaved in blocks, so a busy moment of a shared machine falls on both users.
        timings: dict[int, list[float]] = {size: [] for size in sizes}
        block = 30
        for offset in range(0, count, block):
            for size in sizes:
                start = START + offset * STEP
                timings[size] += (await turns(dispatcher, f"h{size}", min(block, count - offset), start, sink))[0]
        for size in sizes:
            found[str(size)] = {"median_ms": median(timings[size]), "p95_ms": round(sorted(timings[size])[int(0.95 * len(timings[size]))], 3)}
    finally:
        await runner.cleanup()
    small, large = sizes
    found["answered"], found["errors"] = sink.finals["message"], sink.finals["error"]
    found["ratio"] = round(found[str(large)]["median_ms"] / found[str(small)]["median_ms"], 3)
    return found


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=3000, help="turns of the busy day (default 3,000)")
    parser.add_argument("--history", type=int, default=100_000, help="records of the long history (default 100,000)")
    parser.add_argument("--history-turns", type=int, default=300, help="turns timed for each history size (default 300)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "turn_growth.json"))
    args = parser.parse_args()
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    with tempfile.TemporaryDirectory() as tmp:
        day = results["busy_day"] = await busy_day(args.turns, Path(tmp))
        print(f"busy day: {day['turns']} turns of one user ({day['answered']} answered, {day['errors']} errors); median of the first {day['window']} {day['first_median_ms']} ms, "
              f"of the last {day['window']} {day['last_median_ms']} ms: last/first {day['ratio']}", flush=True)
        for text, row in day["by_message"].items():
            print(f"    {text!r:<24} first {row['first_ms']:>7.3f} ms   last {row['last_ms']:>7.3f} ms   "
                  f"(CPU {row['first_cpu_ms']:.3f} -> {row['last_cpu_ms']:.3f} ms)")
        print(f"    CPU time: median of the first {day['window']} {day['first_cpu_ms']} ms, of the last {day['last_cpu_ms']} ms: "
              f"last/first {day['cpu_ratio']}")
        sizes = (100, args.history)
        history = results["long_history"] = await long_history(sizes, args.history_turns, Path(tmp))
        print(f"long history: {sizes[0]:,} records {history[str(sizes[0])]['median_ms']} ms, {sizes[1]:,} records "
              f"{history[str(sizes[1])]['median_ms']} ms a turn (median of {args.history_turns}): ratio {history['ratio']}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
