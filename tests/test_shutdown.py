"""Shutdown: every socket closes with 1001, and a turn in flight is still stored."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from tests.conftest import read_jsonl
from tests.fakes import FALLBACK, KeywordAgent
from tests.openai_server import hang


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_a_turn_in_flight_is_answered_before_its_socket_closes_with_1001(tmp_path):
    config = test_config(tmp_path / "data")
    slow = KeywordAgent("slow", ["slow"], delay=0.3)
    app = create_app(config, extra_plugins=[slow, FALLBACK()], pm=make_plugin_manager(config, load_entry_points=False))
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"http://127.0.0.1:{port}/ws/zoe")
        await ws.receive_json()
        await ws.send_json({"message": "slow goodbye", "id": "g"})
        assert (await ws.receive_json())["type"] == "typing"
        frames = []

        async def read_until_closed() -> None:  # the client keeps reading, as a browser does
            async for msg in ws:
                frames.append(msg.json())

        reading = asyncio.ensure_future(read_until_closed())
        await asyncio.wait_for(runner.cleanup(), 10)
        await asyncio.wait_for(reading, 5)
        assert ws.close_code == 1001
    assert frames[-1]["type"] == "message" and frames[-1]["message"] == "slow says: slow goodbye"
    history = read_jsonl(tmp_path / "data" / "zoe" / "history.jsonl")
    assert [r["text"] for r in history] == ["slow goodbye", "slow says: slow goodbye"]


@contextlib.contextmanager
def serving(tmp_path: Path, port: int, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    """`agenthost serve` on 127.0.0.1:`port` (config from `tmp_path/agenthost.toml`), always
    stopped at the end."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "host", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(tmp_path / "d")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


async def connect_when_up(session: aiohttp.ClientSession, url: str) -> aiohttp.ClientWebSocketResponse:
    """A socket to `url`, retrying until the server listens (at most 30 s)."""
    async with asyncio.timeout(30):
        while True:
            try:
                return await session.ws_connect(url)
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
async def test_signal_closes_every_socket_with_1001(tmp_path, signum):
    (tmp_path / "agenthost.toml").write_text("[plugins]\nenabled = []\n")
    port = free_port()
    with serving(tmp_path, port) as proc:
        async with aiohttp.ClientSession() as session:
            ws = await connect_when_up(session, f"http://127.0.0.1:{port}/ws/sam")
            assert (await ws.receive_json())["type"] == "welcome"
            proc.send_signal(signum)
            msg = await asyncio.wait_for(ws.receive(), 10)
            assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            assert ws.close_code == 1001
        assert await asyncio.to_thread(proc.wait, 15) == 0
        assert "Traceback" not in proc.stdout.read()


async def test_sigterm_with_ten_turns_on_a_hung_model_stores_and_tells_every_one(tmp_path, openai_server):
    """The issue's case: ten users wait on a model that never answers when the server gets
    SIGTERM. Each client gets an `unavailable` error and then 1001; each history holds the
    message and the error record."""
    openai_server.default = hang(120)
    (tmp_path / "agenthost.toml").write_text(
        '[server]\nshutdown_grace_s = 1.0\n[llm]\nclassify = false\ndeadline_s = 60\n[plugins]\nenabled = ["general"]\n'
    )
    port = free_port()
    env = {**os.environ, "OPENAI_BASE_URL": openai_server.url, "OPENAI_API_KEY": "test"}
    users = [f"user{n}" for n in range(10)]
    with serving(tmp_path, port, env) as proc:
        async with aiohttp.ClientSession() as session:
            await (await connect_when_up(session, f"http://127.0.0.1:{port}/ws/probe")).close()
            sockets = [await session.ws_connect(f"http://127.0.0.1:{port}/ws/{user}") for user in users]
            for user, ws in zip(users, sockets):
                assert (await ws.receive_json())["type"] == "welcome"
                await ws.send_json({"message": "tell me something nice", "id": f"{user}-1"})
            async with asyncio.timeout(15):
                while len(openai_server.requests) < len(users):  # every turn is waiting on the model
                    await asyncio.sleep(0.05)
            proc.send_signal(signal.SIGTERM)

            async def final_frames(ws):
                frames = []
                async for msg in ws:
                    frame = msg.json()
                    if frame["type"] in ("message", "error"):
                        frames.append(frame)
                return frames, ws.close_code

            results = await asyncio.wait_for(asyncio.gather(*(final_frames(ws) for ws in sockets)), 20)
        for user, (frames, close_code) in zip(users, results):
            assert [(f["type"], f.get("code"), f.get("reply_to")) for f in frames] == [("error", "unavailable", f"{user}-1")]
            assert close_code == 1001
            history = read_jsonl(tmp_path / "d" / user / "history.jsonl")
            assert [(r["role"], r.get("code")) for r in history] == [("user", None), ("error", "unavailable")]
        assert await asyncio.to_thread(proc.wait, 15) == 0
        assert "Traceback" not in proc.stdout.read()
