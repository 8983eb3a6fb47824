"""Shutdown: every socket closes with 1001, and a turn in flight is still stored."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys

import aiohttp
import pytest
from aiohttp import web

from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from tests.conftest import read_jsonl
from tests.fakes import FALLBACK, KeywordAgent


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


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
async def test_signal_closes_every_socket_with_1001(tmp_path, signum):
    (tmp_path / "agenthost.toml").write_text("[plugins]\nenabled = []\n")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "host", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(tmp_path / "d")],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        async with aiohttp.ClientSession() as session:
            async with asyncio.timeout(30):
                while True:
                    try:
                        ws = await session.ws_connect(f"http://127.0.0.1:{port}/ws/sam")
                        break
                    except aiohttp.ClientConnectionError:
                        await asyncio.sleep(0.1)
            assert (await ws.receive_json())["type"] == "welcome"
            proc.send_signal(signum)
            msg = await asyncio.wait_for(ws.receive(), 10)
            assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            assert ws.close_code == 1001
        assert await asyncio.to_thread(proc.wait, 15) == 0
        assert "Traceback" not in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
