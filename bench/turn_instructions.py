"""Instructions a turn, in process, for valgrind's callgrind: the figure a shared machine's
clock cannot disturb. The three agents (or `--trivial`), 60 warm-up turns, then N turns of the
throughput mix (`--unique`: each message made new with its turn's number, as
`bench/turn_cost.py --unique` does), the measured turns run inside `functools.reduce` so that
callgrind counts only them:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/turns.out .venv/bin/python bench/turn_instructions.py 120 --unique
    # instructions a turn: the "summary:" (or "totals:") line of /tmp/turns.out divided by 120

Without valgrind it prints the CPU time a turn (stderr). About two minutes under callgrind.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bench.turn_cost as turn_cost  # noqa: E402
from host import keys  # noqa: E402
from host.app import create_app  # noqa: E402
from host.config import test_config  # noqa: E402
from host.plugins import make_plugin_manager  # noqa: E402
from host.types import Inbound  # noqa: E402
from tests.fakes import FALLBACK  # noqa: E402

WARM_UP = 60


def main() -> None:
    trivial, unique = "--trivial" in sys.argv, "--unique" in sys.argv
    turns = next((int(arg) for arg in sys.argv[1:] if arg.isdigit()), 120)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        config = test_config(Path(tmp))
        if trivial:
            app = create_app(config, extra_plugins=[FALLBACK()], pm=make_plugin_manager(config, load_entry_points=False))
        else:
            app = create_app(config, pm=make_plugin_manager(config))
        runner = web.AppRunner(app)
        loop.run_until_complete(runner.setup())
        dispatcher, sink = app[keys.DISPATCHER], turn_cost.NullSink()

        def one(count: int, i: int) -> int:
            inbound = Inbound(user_id=f"user{i % 10}", text=turn_cost.text_of(i, unique), message_id=str(i))
            loop.run_until_complete(dispatcher.handle(inbound, sink))
            return count + 1

        for i in range(WARM_UP):
            one(0, i)
        gc.collect()
        started = time.process_time()
        functools.reduce(one, range(WARM_UP, WARM_UP + turns), 0)  # callgrind's --toggle-collect target
        print(f"CPU {(time.process_time() - started) * 1e6 / turns:.0f} us a turn", file=sys.stderr)
        loop.run_until_complete(runner.cleanup())
    loop.close()


if __name__ == "__main__":
    main()
