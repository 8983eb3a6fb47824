"""The served path's cost a message, server side only: the host-trivial server (bench/trivial_host.py's
agent, the built-in guard, file storage, the event loop `agenthost serve` uses, its heap
freeze) runs in this process, and a loopback WebSocket client in a child process (its own
CPU is not counted) sends the throughput mix (bench/ws_throughput.py's messages, its closed
loop: each connection sends, waits for the final `message` frame, sends the next). What
bench/turn_cost.py leaves out is in it: aiohttp's frame reading and writing, parsing and
bounding the frame, the rate limits, the sink's queue and writer task, encoding the frames.

The client opens the sockets and sends WARM_UP messages on each; then the server counts the
measured messages inside `functools.reduce`, so that callgrind counts only them (the event
loop's thread; the storage's fsync thread wakes once a second):

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/served.out .venv/bin/python bench/served_instructions.py 600
    # instructions a message: the "totals:" line of /tmp/served.out divided by 600

Without valgrind it prints the server's CPU time a message (all its threads; stderr).
`--connections 50` spreads the messages over 50 sockets (under callgrind the server is the
slow side, so it then reads several frames a wake-up: a different, less repeatable mix);
`--profile FILE` writes a cProfile of the measured messages (the event loop's thread).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARM_UP = 30  # messages per connection before the count starts


async def _client(port: int, connections: int, warm_up: int, messages: int) -> None:
    """The child process: warm up, say `warm`, wait for `go`, send, say `done`."""
    import aiohttp

    from bench.ws_throughput import MESSAGES, _exchange

    reader = asyncio.StreamReader()
    await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    async with aiohttp.ClientSession() as session:
        sockets = [await session.ws_connect(f"http://127.0.0.1:{port}/ws/served-{i}", heartbeat=None) for i in range(connections)]
        share = [messages // connections + (1 if i < messages % connections else 0) for i in range(connections)]
        failed = 0

        async def drive(index: int, ws: aiohttp.ClientWebSocketResponse, count: int, prefix: str) -> None:
            nonlocal failed
            for k in range(count):
                _, ok = await _exchange(ws, f"{prefix}{index}-{k}", MESSAGES[(index + k) % len(MESSAGES)])
                failed += not ok

        await asyncio.gather(*(drive(i, ws, warm_up, "w") for i, ws in enumerate(sockets)))
        print("warm", flush=True)
        await reader.readline()
        await asyncio.gather(*(drive(i, ws, share[i], "m") for i, ws in enumerate(sockets)))
        print(f"done {failed}", flush=True)
        for ws in sockets:
            await ws.close()


def _serve(messages: int, connections: int, profile: str | None) -> None:
    from aiohttp import web
    from attrs import evolve

    from bench.trivial_host import TrivialAgent
    from host.app import create_app
    from host.config import test_config
    from host.logs import configure_logging
    from host.plugins import make_plugin_manager
    from host.serving import _freeze_heap, new_event_loop

    configure_logging("WARNING")
    loop = new_event_loop("auto")  # uvloop where installed, as `agenthost serve`
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        big = "100000000/minute"
        config = test_config(Path(tmp), limits={"messages_per_user": big, "messages_per_ip": big, "requests_per_ip": big,
                                                "new_users_per_ip": "100000000/hour"})
        config = evolve(config, plugins=evolve(config.plugins, enabled=["safety"], disabled=[]))
        app = create_app(config, extra_plugins=[TrivialAgent()], pm=make_plugin_manager(config))
        app.on_startup.append(_freeze_heap)
        runner = web.AppRunner(app)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        port = runner.addresses[0][1]

        async def start_client() -> asyncio.subprocess.Process:
            child = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--client", str(port), str(connections), str(WARM_UP), str(messages),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            )
            assert child.stdout is not None
            line = await child.stdout.readline()
            if line.strip() != b"warm":
                raise RuntimeError(f"client did not warm up: {line!r}")
            return child

        child = loop.run_until_complete(start_client())

        async def measured() -> bytes:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(b"go\n")
            return await child.stdout.readline()

        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
        started, times = time.process_time(), os.times()
        if profiler is not None:
            profiler.enable()
        line = functools.reduce(lambda _, __: loop.run_until_complete(measured()), [0], b"")  # callgrind's toggle
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        cpu, after = time.process_time() - started, os.times()
        loop.run_until_complete(child.wait())
        if not line.startswith(b"done 0"):
            raise RuntimeError(f"client: {line!r}")
        user, system = ((after[k] - times[k]) * 1e6 / messages for k in (0, 1))
        print(f"server CPU {cpu * 1e6 / messages:.1f} us a message (user {user:.0f}, system {system:.0f}; "
              f"{messages} messages, {connections} connection(s))", file=sys.stderr)
        loop.run_until_complete(runner.cleanup())
    loop.close()


def main() -> None:
    if sys.argv[1:2] == ["--client"]:
        port, connections, warm_up, messages = (int(v) for v in sys.argv[2:6])
        asyncio.run(_client(port, connections, warm_up, messages))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("messages", type=int, nargs="?", default=600)
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--profile", help="write a cProfile of the measured messages here")
    args = parser.parse_args()
    _serve(args.messages, args.connections, args.profile)


if __name__ == "__main__":
    main()
