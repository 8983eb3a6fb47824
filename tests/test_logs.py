"""`--log-format json`: every line a JSON object, one line per turn with its ids, agent, routing
and time, and never a message's text, a token or an API key."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from openai import AsyncOpenAI

from host import Agent, Reply, Score, hookimpl
from host.logs import REDACTED, configure_logging
from tests.conftest import MakeClient
from tests.fakes import FALLBACK, KeywordAgent
from tests.openai_server import FakeOpenAI, error, text
from tests.test_shutdown import free_port
from tests.test_turn_lifecycle import send

API_KEY = "sk-test-4f9c2e7d1b8a6035"
HEALTH_TEXT = "my blood pressure is 150 over 95 and I take lisinopril"


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """The root logger writing JSON lines into a buffer for the test, restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    buffer = io.StringIO()
    configure_logging("INFO", "json", secrets=[API_KEY], stream=buffer)
    try:
        yield buffer
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])


class Cardio:
    """Answers through the model; its offline answer quotes the user (as some agents do)."""

    __name__ = "test-cardio"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("cardio", "Cardio", "❤️", "blood pressure"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("cardio", 0.9 if "pressure" in message else 0.0)

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        return await turn.llm.reply(turn) if turn.llm else Reply(f"Noted: {turn.message}")


async def test_json_logs_have_one_line_per_turn_and_no_secret(make_client: MakeClient, openai_server: FakeOpenAI, log_lines: io.StringIO) -> None:
    openai_server.push(text("Keep an eye on it."), error(401, message=f"Incorrect API key provided: {API_KEY}"))
    client = await make_client(
        plugins=[Cardio(), KeywordAgent("fitness", ["run"]), FALLBACK()],
        llm={"base_url": openai_server.url, "api_key": API_KEY, "classify": False, "max_retries": 0},
    )
    await send(client, "alice", HEALTH_TEXT, "t1")
    await send(client, "alice", HEALTH_TEXT + " again", "t2")  # the model fails: answered offline
    await send(client, "bob", "I run", "t3")
    v1 = AsyncOpenAI(base_url=str(client.make_url("/v1")), api_key="sk-client-token-5e1d", max_retries=0)
    await v1.chat.completions.create(model="agenthost-fitness", messages=[{"role": "user", "content": "I run " + HEALTH_TEXT}], user="carol")

    lines = log_lines.getvalue().splitlines()
    entries = [json.loads(line) for line in lines]  # every line parses
    assert all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    turns = [e for e in entries if e.get("event") == "turn"]
    assert [(t["message_id"], t["user_id"], t["agent"], t["method"], t["outcome"], t["transport"]) for t in turns[:3]] == [
        ("t1", "alice", "cardio", "keywords", "answered", "websocket"),
        ("t2", "alice", "cardio", "keywords", "offline", "websocket"),
        ("t3", "bob", "fitness", "keywords", "answered", "websocket"),
    ]
    assert (turns[3]["user_id"], turns[3]["agent"], turns[3]["method"], turns[3]["transport"]) == ("carol", "fitness", "mention", "openai")
    assert len(turns) == 4 and all(isinstance(t["latency_ms"], float) for t in turns)
    everything = "\n".join(lines)
    assert "lisinopril" not in everything and "blood pressure" not in everything
    assert API_KEY not in everything and "sk-client-token-5e1d" not in everything
    assert any("authentication failed" in e["message"] for e in entries)  # the model's 401 was logged, redacted


def test_any_configured_secret_is_redacted_wherever_it_appears(log_lines: io.StringIO) -> None:
    log = logging.getLogger("test.redact")
    log.warning("calling https://user:%s@example.test/v1", API_KEY)
    try:
        raise RuntimeError(f"bad key {API_KEY}")
    except RuntimeError:
        log.exception("failed")
    entries = [json.loads(line) for line in log_lines.getvalue().splitlines()]
    assert entries[0]["message"] == f"calling https://user:{REDACTED}@example.test/v1"
    assert REDACTED in entries[1]["exception"] and API_KEY not in log_lines.getvalue()


def test_agenthost_serve_log_format_json_writes_only_json_lines(tmp_path: Path) -> None:
    """The real command: start it, answer one turn over the socket, stop it with Ctrl-C."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AGENTHOST_", "EXTERNAL_WS"))}
    command = [sys.executable, "-m", "host", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--data-dir", str(tmp_path / "data"), "--log-format", "json"]
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)

        async def one_turn() -> None:
            async with aiohttp.ClientSession() as session, session.ws_connect(f"http://127.0.0.1:{port}/ws/dana") as ws:
                await ws.receive_json()
                await ws.send_json({"message": HEALTH_TEXT, "id": "d1"})
                async for message in ws:
                    if message.json()["type"] == "message":
                        break

        import asyncio

        asyncio.run(one_turn())
    finally:
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=15)
    lines = [line for line in output.splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # stdout and stderr: JSON only
    assert any(e.get("event") == "turn" and e["user_id"] == "dana" and e["message_id"] == "d1" for e in entries)
    assert any(e.get("event") == "request" and e["path"] == "/health" and e["status"] == 200 for e in entries)
    assert any("serving on http://127.0.0.1" in e["message"] for e in entries)
    assert "lisinopril" not in output
