"""Two hosts (two apps from `create_app`) on one real redis-server are one service: a user's
history is complete whichever host answered, two tabs on two hosts are answered one message
at a time, and /health, /sessions and the files routes speak for the whole cluster."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from host import keys
from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from host.redis_storage import RedisStorage
from host.testing import receive_until
from tests.fakes import FALLBACK, KeywordAgent
from tests.redis_server import RedisServer, unique_prefix


@pytest.fixture
async def cluster(redis_server: RedisServer, tmp_path: Path) -> Any:
    """`host = await cluster(plugins)`: one more host (an app on its own port) on a shared prefix."""
    prefix = unique_prefix()
    clients: list[TestClient] = []

    async def start(*plugins: Any) -> TestClient:
        config = test_config(tmp_path / f"host{len(clients)}", storage={"backend": "redis", "redis_url": redis_server.url, "prefix": prefix})
        app = create_app(config, extra_plugins=list(plugins) or [KeywordAgent("food", ["soup"], delay=0.05), FALLBACK()], pm=make_plugin_manager(config, load_entry_points=False))
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()


async def say(client: TestClient, user: str, message: str, message_id: str) -> dict[str, Any]:
    ws = await client.ws_connect(f"/ws/{user}")
    try:
        await ws.receive_json()
        await ws.send_json({"message": message, "id": message_id})
        return (await receive_until(ws, "message"))[-1]
    finally:
        await ws.close()


async def test_history_is_whole_whichever_host_answered(cluster: Any) -> None:
    host_a, host_b = await cluster(), await cluster()
    assert (await say(host_a, "alice", "soup one", "1"))["metadata"]["routing"]["method"] == "keywords"
    reply = await say(host_b, "alice", "soup two", "2")
    assert reply["metadata"]["history_seen"] == 2  # host B's agent saw host A's turn
    ws = await host_a.ws_connect("/ws/alice")
    await ws.receive_json()
    await ws.send_json({"type": "history", "limit": 10})
    history = (await receive_until(ws, "history"))[-1]["messages"]
    await ws.close()
    assert [r["text"] for r in history] == ["soup one", "food says: soup one", "soup two", "food says: soup two"]
    # The files routes render the same names from Redis, on either host.
    listing = await (await host_b.get("/user/alice/files")).json()
    assert {"history.jsonl", "conversations.md"} <= {f["name"] for f in listing["files"]}
    body = await (await host_b.get("/user/alice/files/history.jsonl")).text()
    assert [json.loads(line)["text"] for line in body.splitlines()] == [r["text"] for r in history]


async def test_two_tabs_on_two_hosts_are_answered_one_message_at_a_time(cluster: Any) -> None:
    agent_a, agent_b = KeywordAgent("food", ["soup"], delay=0.1), KeywordAgent("food", ["soup"], delay=0.1)
    host_a, host_b = await cluster(agent_a, FALLBACK()), await cluster(agent_b, FALLBACK())
    tab_a, tab_b = await host_a.ws_connect("/ws/bob"), await host_b.ws_connect("/ws/bob")
    await tab_a.receive_json()
    await tab_b.receive_json()
    for n in range(4):
        await tab_a.send_json({"message": f"soup a{n}", "id": f"a{n}"})
        await tab_b.send_json({"message": f"soup b{n}", "id": f"b{n}"})

    async def replies(ws: Any) -> list[str]:
        got = []
        while len(got) < 4:
            got.append((await receive_until(ws, "message", timeout=15))[-1]["metadata"]["reply_to"])
        return got

    got_a, got_b = await asyncio.gather(replies(tab_a), replies(tab_b))
    assert got_a == [f"a{n}" for n in range(4)] and got_b == [f"b{n}" for n in range(4)]
    # Never two turns of bob at once, across both hosts; each turn saw every earlier one.
    assert agent_a.max_active == 1 and agent_b.max_active == 1
    ws = await host_a.ws_connect("/ws/bob")
    await ws.receive_json()
    await ws.send_json({"type": "history", "limit": 50})
    history = (await receive_until(ws, "history"))[-1]["messages"]
    answers = [r for r in history if r["role"] == "assistant"]
    assert len(answers) == 8
    # Each reply directly follows its own message: no turn interleaved with another.
    for index, record in enumerate(history):
        if record["role"] == "assistant":
            assert history[index - 1]["id"] == record["reply_to"]


async def test_health_and_sessions_speak_for_the_cluster(cluster: Any) -> None:
    host_a, host_b = await cluster(), await cluster()
    await say(host_a, "carol", "soup", "1")
    await say(host_b, "dave", "soup", "1")
    open_a = await host_a.ws_connect("/ws/erin")
    open_b = await host_b.ws_connect("/ws/erin")
    await open_a.receive_json()
    await open_b.receive_json()
    for client in (host_a, host_b):
        await client.app[keys.CLUSTER].flush()  # each host does this every second
    health = await (await host_a.get("/health")).json()
    assert health["storage"] == "redis" and health["messages_handled"] == {"food": 2}
    sessions = await (await host_b.get("/sessions")).json()
    assert sessions == {"total": 2, "users": {"erin": 2}}
    await open_a.close()
    await open_b.close()


async def test_a_turn_on_redis_fetches_its_dialog_state_with_its_memory(redis_server: RedisServer) -> None:
    """Teams run Redis on another machine: the dialog state every agent reads each turn comes in
    the turn's first round trip, not one of its own."""
    storage = RedisStorage.from_url(redis_server.url, prefix=unique_prefix())
    try:
        await storage.user("bo").write_json("state.json", {"ceres": {"intent": "ideas"}})
        store = storage.user("bo")
        await store.begin_turn({"role": "user", "text": "and for dinner?", "id": "m1"}, 20)

        async def gets() -> int:
            stats = await storage.client.info("commandstats")
            return int(stats.get("cmdstat_get", {}).get("calls", 0))

        before = await gets()
        assert await store.read_json("state.json", {}) == {"ceres": {"intent": "ideas"}}
        assert await gets() == before  # no GET: it came with begin_turn
        assert await store.read_json("profile.json", {}) == {}
        assert await gets() == before + 1  # other documents are read from Redis every time
    finally:
        await storage.close()
