"""What one turn costs inside the host, without the network: the host's own work (routing,
dispatch, storage) measured with a trivial agent, beside the same turns answered by the three
real agents offline. Prints figures, asserts nothing.

    .venv/bin/python bench/turn_cost.py [--turns 600] [--per-message] [--unique] [--mix locust] [--repeat 3]

`--mix locust` sends the twelve messages of `./run.sh load` (clients/locustfile.py) instead of
the throughput benchmark's six; `--repeat N` prints the best of N runs (the least disturbed by
other work on the machine). `--unique` makes every message a new text (the mix with the turn's number after it), as real
users' messages are: nothing read in one turn can be reused by the next.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from host import keys
from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from host.types import Inbound

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.ws_throughput import MESSAGES  # noqa: E402  (the same mix as the throughput benchmark)
from tests.fakes import FALLBACK  # noqa: E402  (the trivial agent of the host's tests)


LOCUSTFILE = Path(__file__).resolve().parent.parent / "clients" / "locustfile.py"


def locust_messages() -> tuple[str, ...]:
    """The messages of clients/locustfile.py's MESSAGES, read from its source (importing it
    would monkey-patch this process for gevent)."""
    for node in ast.walk(ast.parse(LOCUSTFILE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "MESSAGES":
            categories = ast.literal_eval(node.value)
            return tuple(text for _, texts in categories.values() for text in texts)
    raise SystemExit(f"{LOCUSTFILE}: no MESSAGES found")


class NullSink:
    async def send(self, frame: Any) -> None:
        return None


MIX: tuple[str, ...] = MESSAGES  # the messages sent, in turn (--mix)


def text_of(i: int, unique: bool) -> str:
    text = MIX[i % len(MIX)]
    return f"{text} #{i}" if unique else text


async def measure(turns: int, trivial: bool, unique: bool = False) -> tuple[float, float]:
    """(wall ms per turn, CPU ms per turn) for `turns` sequential turns over 10 users."""
    with tempfile.TemporaryDirectory() as tmp:
        config = test_config(Path(tmp))
        if trivial:
            pm = make_plugin_manager(config, load_entry_points=False)
            app = create_app(config, extra_plugins=[FALLBACK()], pm=pm)
        else:
            app = create_app(config, pm=make_plugin_manager(config))
        runner = web.AppRunner(app)
        await runner.setup()
        dispatcher = app[keys.DISPATCHER]
        sink = NullSink()
        started, cpu = time.perf_counter(), time.process_time()
        for i in range(turns):
            inbound = Inbound(user_id=f"user{i % 10}", text=text_of(i, unique), message_id=str(i))
            await dispatcher.handle(inbound, sink)
        wall_ms = (time.perf_counter() - started) * 1000 / turns
        cpu_ms = (time.process_time() - cpu) * 1000 / turns
        await runner.cleanup()
    return wall_ms, cpu_ms


async def per_message(turns: int) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) of a turn for each message of the mix, the three agents
    answering (the first tenth of the turns warms up and is not counted)."""
    wall: dict[str, list[float]] = {m: [] for m in MIX}
    cpu: dict[str, list[float]] = {m: [] for m in MIX}
    with tempfile.TemporaryDirectory() as tmp:
        config = test_config(Path(tmp))
        app = create_app(config, pm=make_plugin_manager(config))
        runner = web.AppRunner(app)
        await runner.setup()
        dispatcher, sink = app[keys.DISPATCHER], NullSink()
        for i in range(turns):
            text = MIX[i % len(MIX)]
            started, cpu_started = time.perf_counter(), time.process_time()
            await dispatcher.handle(Inbound(user_id=f"user{i % 10}", text=text, message_id=str(i)), sink)
            if i >= turns // 10:
                wall[text].append((time.perf_counter() - started) * 1000)
                cpu[text].append((time.process_time() - cpu_started) * 1000)
        await runner.cleanup()
    return {m: (statistics.median(wall[m]), statistics.median(cpu[m])) for m in MIX}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=600)
    parser.add_argument("--per-message", action="store_true", help="also each message of the mix, the three agents answering")
    parser.add_argument("--unique", action="store_true", help="every message a new text (the mix plus the turn's number)")
    parser.add_argument("--mix", choices=("throughput", "locust"), default="throughput", help="bench/ws_throughput.py's six messages or the load run's twelve")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is printed")
    args = parser.parse_args()
    global MIX
    MIX = locust_messages() if args.mix == "locust" else MESSAGES
    print(f"{'agents':<28} | {'turns/s':>8} | {'wall ms/turn':>12} | {'CPU ms/turn':>11}")
    for label, trivial in (("trivial (host work only)", True), ("helios, ceres, general", False)):
        runs = [await measure(args.turns, trivial, args.unique) for _ in range(max(1, args.repeat))]
        wall, cpu = min(runs, key=lambda run: run[1])
        print(f"{label:<28} | {1000 / wall:>8.0f} | {wall:>12.2f} | {cpu:>11.2f}", flush=True)
    if args.per_message:
        print()
        print(f"{'message':<36} | {'wall ms (median)':>16} | {'CPU ms (median)':>15}")
        for text, (wall, cpu) in (await per_message(args.turns)).items():
            print(f"{text:<36} | {wall:>16.2f} | {cpu:>15.2f}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
