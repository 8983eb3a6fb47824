"""How much time the host adds to a streamed LLM reply (a benchmark, not a test).

Three processes on 127.0.0.1: the fake OpenAI server (tests/openai_server.py) streaming a
fixed reply with a fixed delay between tokens, the host (`create_app` with a one-agent bench
plugin that answers through `turn.llm`), and this script as the WebSocket client. For each
turn it measures, on the machine's monotonic clock (shared by the processes):

- first chunk: the client receiving the first `chunk` frame - the server writing the first token;
- final: the client receiving the final `message` frame - the server writing `[DONE]`.

Usage: .venv/bin/python bench/llm_latency.py [--turns 200] [--users 10] [--tokens 20] [--token-delay 0.01]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script run from anywhere: make `tests.openai_server` importable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- the two server processes ------------------------------------------------------------------


async def run_fake(port_file: Path, tokens: int, token_delay: float) -> None:
    from tests.openai_server import FakeOpenAI, text

    async with FakeOpenAI() as server:
        server.default = text([f" tok{i}" for i in range(tokens)], token_delay=token_delay)
        port_file.write_text(server.url)
        await asyncio.Event().wait()  # until the parent terminates this process


def run_host(port: int, model_url: str, data_dir: Path) -> None:
    import logging

    from aiohttp import web

    from host import Agent, Reply, Score, hookimpl
    from host.app import create_app
    from host.config import test_config
    from host.plugins import make_plugin_manager

    class BenchAgent:
        __name__ = "bench-agent"

        @hookimpl
        def register_agents(self, register: Any) -> None:
            register(Agent("bench", "Bench", "⏱️", "answers everything", system_prompt="You are a benchmark."))

        @hookimpl
        def classify(self, message: str) -> Score:
            return Score("bench", 1.0, "bench")

        @hookimpl
        async def respond(self, turn: Any) -> Reply:
            return await turn.llm.reply(turn)

    logging.basicConfig(level=logging.WARNING)
    config = test_config(
        data_dir,
        server={"host": "127.0.0.1", "port": port},
        llm={"base_url": model_url, "api_key": "bench", "max_retries": 0, "classify": False},
        router={"fallback_agent": "bench"},
    )
    pm = make_plugin_manager(config, load_entry_points=False)
    app = create_app(config, extra_plugins=[BenchAgent()], pm=pm)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# --- the client --------------------------------------------------------------------------------


async def wait_until_up(session: aiohttp.ClientSession, url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            async with session.get(url) as response:
                if response.status < 500:
                    return
        except aiohttp.ClientError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"{url} did not come up within {timeout:.0f} s")
        await asyncio.sleep(0.1)


async def measure(host_url: str, fake_url: str, turns: int, users: int) -> tuple[list[float], list[float]]:
    first_chunk_ms: list[float] = []
    final_ms: list[float] = []
    async with aiohttp.ClientSession() as session:
        await wait_until_up(session, f"{fake_url}/models")
        await wait_until_up(session, f"{host_url}/health")
        sockets = []
        for number in range(users):
            ws = await session.ws_connect(f"{host_url}/ws/bench{number}")
            await ws.receive_json()  # welcome
            sockets.append(ws)
        received: list[tuple[float, float]] = []
        for turn in range(turns):
            ws = sockets[turn % users]
            await ws.send_json({"type": "message", "message": f"turn {turn}", "id": f"t{turn}"})
            first_chunk = None
            async with asyncio.timeout(30):
                while True:
                    frame = json.loads((await ws.receive()).data)
                    now = time.perf_counter()
                    if frame["type"] == "chunk" and first_chunk is None:
                        first_chunk = now
                    if frame["type"] == "message":
                        if "llm_error" in frame["metadata"]:
                            raise SystemExit(f"turn {turn} failed: {frame['metadata']['llm_error']}")
                        break
            assert first_chunk is not None, "no chunk frame before the final message"
            received.append((first_chunk, now))
        for ws in sockets:
            await ws.close()
        async with session.get(f"{fake_url.removesuffix('/v1')}/_fake/requests") as response:
            sent = await response.json()
    if len(sent) != turns:
        raise SystemExit(f"the fake server saw {len(sent)} requests for {turns} turns")
    for (first_chunk, final), timing in zip(received, sent):
        first_chunk_ms.append((first_chunk - timing["first_token_at"]) * 1000)
        final_ms.append((final - timing["done_at"]) * 1000)
    return first_chunk_ms, final_ms


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"{name:<36} median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--tokens", type=int, default=20, help="tokens in each reply")
    parser.add_argument("--token-delay", type=float, default=0.01, help="seconds between tokens")
    parser.add_argument("--role", choices=["client", "fake", "host"], default="client", help=argparse.SUPPRESS)
    parser.add_argument("--port-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--model-url", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.role == "fake":
        try:
            asyncio.run(run_fake(args.port_file, args.tokens, args.token_delay))
        except KeyboardInterrupt:  # the parent's SIGINT: the run is over
            pass
        return 0
    if args.role == "host":
        run_host(args.port, args.model_url, args.data_dir)
        return 0

    with tempfile.TemporaryDirectory(prefix="agenthost-bench-") as tmp:
        port_file = Path(tmp) / "fake-url"
        script = [sys.executable, str(Path(__file__).resolve())]
        fake = subprocess.Popen(
            [*script, "--role", "fake", "--port-file", str(port_file), "--tokens", str(args.tokens), "--token-delay", str(args.token_delay)]
        )
        host = None
        try:
            deadline = time.monotonic() + 30
            while not port_file.exists() or not port_file.read_text():
                if time.monotonic() > deadline or fake.poll() is not None:
                    raise SystemExit("the fake OpenAI server did not start")
                time.sleep(0.05)
            fake_url = port_file.read_text()
            port = free_port()
            host = subprocess.Popen(
                [*script, "--role", "host", "--port", str(port), "--model-url", fake_url, "--data-dir", str(Path(tmp) / "data")]
            )
            first_chunk, final = asyncio.run(measure(f"http://127.0.0.1:{port}", fake_url, args.turns, args.users))
        finally:
            for process in (host, fake):
                if process is not None and process.poll() is None:
                    process.send_signal(signal.SIGINT)
                    try:
                        process.wait(10)
                    except subprocess.TimeoutExpired:
                        process.kill()
    print(
        f"{args.turns} turns over {args.users} users, {args.tokens} tokens a reply, "
        f"{args.token_delay * 1000:.0f} ms between tokens ({os.cpu_count()} CPUs)"
    )
    print(summary("model first token -> client chunk", first_chunk))
    print(summary("model [DONE] -> client final message", final))
    return 0


if __name__ == "__main__":
    sys.exit(main())
