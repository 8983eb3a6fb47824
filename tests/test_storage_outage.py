"""A storage outage in the middle of a turn (Redis restarting under an agent's own read or
write) is answered `unavailable` (send it again), not `internal` (a bug), and recorded so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from host import Agent, Reply, Score, hookimpl
from host.storage import FileUserStore
from host.testing import receive_until
from tests.conftest import read_jsonl
from tests.fakes import FALLBACK


class Logger:
    """Claims 'log ...' and writes to its own log before it answers."""

    __name__ = "test-logger"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("logger", "Logger", "📓", "logs things"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("logger", 0.9 if message.startswith("log") else 0.0, "log")

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        await turn.store.append_records("things.jsonl", [{"id": turn.message_id, "text": turn.message}])
        return Reply("logged")


async def test_an_agents_write_that_meets_a_storage_outage_is_unavailable(
    make_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = await make_client(plugins=[Logger(), FALLBACK()])
    ws = await client.ws_connect("/ws/otto")
    await ws.receive_json()

    async def away(self: Any, name: str, records: Any) -> None:
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as patch:
        patch.setattr(FileUserStore, "append_records", away)
        await ws.send_json({"message": "log a walk", "id": "o1"})
        frame = (await receive_until(ws, "error"))[-1]
    assert (frame["code"], frame["reply_to"]) == ("unavailable", "o1")
    assert "6379" not in frame["message"]
    user, failure = read_jsonl(tmp_path / "data" / "otto" / "history.jsonl")
    assert (failure["role"], failure["code"], failure["reply_to"]) == ("error", "unavailable", "o1")
    await ws.send_json({"message": "log a run", "id": "o2"})  # Redis is back: answered
    assert (await receive_until(ws, "message"))[-1]["message"] == "logged"
