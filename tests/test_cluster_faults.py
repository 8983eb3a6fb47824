"""Faults of the several-hosts deployment, on real processes: Debian's redis-server (with
deploy/redis.conf) and nginx (with deploy/nginx.conf), and `agenthost serve` hosts, all on
free loopback ports, each test bounded in time and every process stopped.

- Redis killed (SIGKILL) while clients chat, and restarted on the same port and data: the
  hosts recover by themselves, clients get `unavailable` during the outage and answers
  after it, and every reply a client received before the crash is in the history.
- A host killed mid-turn behind nginx: the client reconnects, lands on the other host, and
  the history has every message once, the one in flight with its error record.
- A user's turns through one host, then the other; two tabs on two hosts at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from attrs import define

from host.cluster import TICKET_TTL_MS
from tests.conftest import load_client_script
from tests.openai_server import FakeOpenAI, hang, text
from tests.redis_server import require_binary, unique_prefix

run_cluster = load_client_script("run_cluster")
pytestmark = pytest.mark.slow


@define
class Cluster:
    """Redis, hosts and nginx; `url` is nginx's."""

    redis: Any
    hosts: list[Any]
    nginx: Any
    prefix: str

    @property
    def url(self) -> str:
        return self.nginx.http_url

    def host_on(self, user: str) -> Any:
        """The host holding `user`'s open socket (each host's /health counts its own)."""
        for host in self.hosts:
            if host.proc is None or host.proc.poll() is not None:
                continue
            with urllib.request.urlopen(host.http_url + "/health", timeout=5) as response:
                if json.load(response)["host"]["connections"]:
                    return host
        raise AssertionError(f"no host holds a socket of {user}")

    def other(self, host: Any) -> Any:
        return next(h for h in self.hosts if h is not host)


@pytest.fixture
def start_cluster(tmp_path: Path) -> Iterator[Any]:
    """`cluster = await asyncio.to_thread(start_cluster, env)`: Redis, two hosts, nginx."""
    require_binary(run_cluster.REDIS_SERVER, "redis-server")
    require_binary(run_cluster.NGINX, "nginx")
    started: list[Any] = []

    def start(env: dict[str, str] | None = None) -> Cluster:
        redis = run_cluster.RedisProcess(tmp_path / "redis").start()
        started.append(redis)
        prefix = unique_prefix()
        host_env = {
            "AGENTHOST_STORAGE": "redis", "AGENTHOST_REDIS_URL": redis.url, "AGENTHOST_REDIS_PREFIX": prefix,
            "AGENTHOST_TRUSTED_PROXIES": "127.0.0.1", "AGENTHOST_LLM_CLASSIFY": "0", **(env or {}),
        }
        hosts = [run_cluster.HostProcess(workdir=tmp_path / f"host-{i}", env=host_env, name=f"host-{i}", log_level="INFO")
                 for i in (1, 2)]
        started.extend(hosts)
        for host in hosts:
            host.launch()
        for host in hosts:
            host.wait_ready(60)
        nginx = run_cluster.NginxProcess(tmp_path / "nginx", [h.port for h in hosts]).start()
        started.append(nginx)
        return Cluster(redis, hosts, nginx, prefix)

    yield start
    for process in reversed(started):
        process.stop()


@contextlib.asynccontextmanager
async def socket(url: str, user: str) -> AsyncIterator[aiohttp.ClientWebSocketResponse]:
    async with aiohttp.ClientSession() as session, session.ws_connect(f"{url}/ws/{user}", heartbeat=None) as ws:
        assert (await ws.receive_json(timeout=10))["type"] == "welcome"
        yield ws


async def final(ws: aiohttp.ClientWebSocketResponse, message_id: str, timeout: float = 20) -> dict[str, Any]:
    """The `message` or `error` frame that ends the reply to `message_id`."""
    async with asyncio.timeout(timeout):
        while True:
            frame = await ws.receive_json()
            if frame["type"] == "message" and frame["metadata"]["reply_to"] == message_id:
                return frame
            if frame["type"] == "error" and frame.get("reply_to") == message_id:
                return frame


async def history(url: str, user: str) -> list[dict[str, Any]]:
    async with socket(url, user) as ws:
        await ws.send_json({"type": "history", "limit": 200})
        async with asyncio.timeout(10):
            while True:
                frame = await ws.receive_json()
                assert frame["type"] != "error", frame
                if frame["type"] == "history":
                    return frame["messages"]


def check_whole(records: list[dict[str, Any]]) -> None:
    """Every record once; each message followed directly by its one answer or error record."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), f"duplicate records: {ids}"
    for index, record in enumerate(records):
        if record["role"] == "user":
            answer = records[index + 1] if index + 1 < len(records) else None
            assert answer is not None and answer["role"] in ("assistant", "error") and answer["reply_to"] == record["id"], (
                f"message {record['id']} has no answer or error record after it: {[(r['role'], r.get('reply_to', r['id'])) for r in records]}"
            )
        else:
            assert records[index - 1]["id"] == record["reply_to"]


# --- Redis crashes -----------------------------------------------------------------------------


async def test_redis_killed_and_restarted_during_load(start_cluster: Any) -> None:
    cluster = await asyncio.to_thread(start_cluster)
    users = [f"load-{n}" for n in range(4)]
    # (sent, received, final frame) of every message, by user
    received: dict[str, list[tuple[float, float, dict[str, Any]]]] = {user: [] for user in users}
    phase = {"name": "before"}
    stop = asyncio.Event()
    answered_after: dict[str, int] = {user: 0 for user in users}

    async def chat(user: str) -> None:
        async with socket(cluster.url, user) as ws:
            n = 0
            while not stop.is_set():
                n += 1
                message_id = f"{user}-{n}"
                sent = time.monotonic()
                await ws.send_json({"message": ["I ran 5 km today", "I had oatmeal for breakfast", "hello"][n % 3], "id": message_id})
                frame = await final(ws, message_id)
                received[user].append((sent, time.monotonic(), frame))
                if phase["name"] == "after" and frame["type"] == "message":
                    answered_after[user] += 1
                    if all(count >= 3 for count in answered_after.values()):
                        stop.set()
                await asyncio.sleep(0.02)
            assert not ws.closed  # the same socket all along: nobody had to reconnect

    async def during_the_outage(watcher: aiohttp.ClientWebSocketResponse) -> None:
        """What else a client sees while Redis is away: clear answers, never a 500 or a lost socket."""
        await asyncio.sleep(0.5)
        await watcher.send_json({"type": "history", "limit": 10})
        frame = await watcher.receive_json(timeout=10)
        assert frame["type"] == "error" and frame["code"] == "unavailable", frame
        await watcher.send_json({"type": "ping"})
        assert (await watcher.receive_json(timeout=10))["type"] == "pong"  # the socket stays open
        async with aiohttp.ClientSession() as session:
            async with session.get(cluster.url + "/health") as response:
                assert response.status == 200 and (await response.json())["status"] == "degraded"
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"{cluster.url}/ws/outage-newcomer")
            assert refused.value.status == 503

    pids = [host.proc.pid for host in cluster.hosts]
    chatting = [asyncio.create_task(chat(user)) for user in users]
    async with socket(cluster.url, "outage-watcher") as watcher:
        await asyncio.sleep(2.0)
        killed_at = time.monotonic()
        cluster.redis.kill()
        phase["name"] = "outage"
        await asyncio.gather(during_the_outage(watcher), asyncio.sleep(3.0))
    restarting_at = time.monotonic()
    await asyncio.to_thread(cluster.redis.start)  # the same port and data dir: the AOF is read back
    restarted_at = time.monotonic()
    phase["name"] = "after"
    async with asyncio.timeout(30):
        await asyncio.gather(*chatting)

    assert [host.proc.pid for host in cluster.hosts] == pids  # no host was restarted
    # Every final frame is an answer or `unavailable`; sent and ended while Redis was away, it
    # is `unavailable` (a turn under way when Redis died may still be answered, unrecorded:
    # the dispatcher sends the answer it has).
    frames = [f for user in users for _, _, f in received[user]]
    assert all(f["type"] == "message" or f["code"] == "unavailable" for f in frames)
    during = [f for user in users for sent, got, f in received[user] if killed_at < sent and got < restarting_at]
    assert during and all(f["type"] == "error" for f in during), during
    for user in users:
        assert any(f["type"] == "message" for sent, _, f in received[user] if sent > restarted_at)
        records = await history(cluster.url, user)
        stored = {r["id"] for r in records}
        assert len(records) == len(stored)  # no duplicate
        before = [f for _, got, f in received[user] if got < killed_at and f["type"] == "message"]
        assert before and all(f["metadata"]["id"] in stored for f in before)  # kill -9 lost nothing acknowledged
        after = [f for sent, _, f in received[user] if sent > restarted_at and f["type"] == "message"]
        assert all(f["metadata"]["id"] in stored for f in after)


# --- a host crashes ----------------------------------------------------------------------------


async def test_a_host_killed_mid_turn_loses_nothing_and_answers_nothing_twice(start_cluster: Any) -> None:
    async with FakeOpenAI() as model:
        model.default = text("Here is your answer.")
        model.push(hang(60, when="the slow one"))
        cluster = await asyncio.to_thread(start_cluster, {"OPENAI_BASE_URL": model.url, "OPENAI_API_KEY": "test"})
        user = "crash-kim"
        async with socket(cluster.url, user) as ws:
            for n in (1, 2):
                await ws.send_json({"message": f"question {n}", "id": f"m{n}"})
                assert (await final(ws, f"m{n}"))["type"] == "message"
            victim = cluster.host_on(user)
            await ws.send_json({"message": "the slow one", "id": "m3"})
            async with asyncio.timeout(10):
                while not any("the slow one" in json.dumps(r.messages) for r in model.requests):
                    await asyncio.sleep(0.02)
            victim.kill()  # mid-turn: the message is stored, the model is thinking
            async with asyncio.timeout(10):
                while (await ws.receive()).type == aiohttp.WSMsgType.TEXT:  # typing frames, then the end
                    pass
        started = time.monotonic()
        async with socket(cluster.url, user) as ws:  # nginx sends the user to the other host
            assert cluster.host_on(user) is cluster.other(victim)
            await ws.send_json({"message": "question 4", "id": "m4"})
            reply = await final(ws, "m4", timeout=30)
            waited = time.monotonic() - started
        assert reply["type"] == "message", reply
        records = await history(cluster.url, user)
    check_whole(records)
    assert [(r["role"], r.get("reply_to", r["id"])) for r in records] == [
        ("user", "m1"), ("assistant", "m1"), ("user", "m2"), ("assistant", "m2"),
        ("user", "m3"), ("error", "m3"), ("user", "m4"), ("assistant", "m4"),
    ]
    assert records[5]["code"] == "unavailable"
    # The dead host's ticket lapses within TICKET_TTL_MS; then the other host answers at once.
    assert waited < TICKET_TTL_MS / 1000 + 5, f"the other host took {waited:.1f} s to answer"


# --- two hosts, one user -----------------------------------------------------------------------


async def test_turns_through_one_host_then_the_other_and_two_tabs_at_once(start_cluster: Any) -> None:
    cluster = await asyncio.to_thread(start_cluster)
    user = "two-hosts-lee"
    async with socket(cluster.url, user) as ws:
        for n in (1, 2, 3):
            await ws.send_json({"message": f"I ran {n} km", "id": f"a{n}"})
            assert (await final(ws, f"a{n}"))["type"] == "message"
        first = cluster.host_on(user)
        await asyncio.to_thread(first.stop)  # a rolling restart: this host goes away gracefully
    async with socket(cluster.url, user) as ws:
        assert cluster.host_on(user) is cluster.other(first)
        for n in (4, 5, 6):
            await ws.send_json({"message": f"I ran {n} km", "id": f"a{n}"})
            assert (await final(ws, f"a{n}"))["type"] == "message"
    records = await history(cluster.url, user)
    check_whole(records)
    assert [r["id"] for r in records if r["role"] == "user"] == [f"a{n}" for n in range(1, 7)]
    await asyncio.to_thread(first.start)  # back, on the same port

    # Two tabs of one user: one through nginx, one straight to the host nginx did not pick.
    tabs_user = "two-tabs-max"
    async with socket(cluster.url, tabs_user) as tab_a:
        other = cluster.other(cluster.host_on(tabs_user))
        async with socket(other.http_url, tabs_user) as tab_b:
            for n in range(5):
                await tab_a.send_json({"message": f"I had {n} eggs", "id": f"a{n}"})
                await tab_b.send_json({"message": f"I had {n} apples", "id": f"b{n}"})

            async def replies(ws: aiohttp.ClientWebSocketResponse, prefix: str) -> list[str]:
                got = []
                async with asyncio.timeout(30):
                    while len(got) < 5:
                        frame = await ws.receive_json()
                        if frame["type"] in ("message", "error"):
                            got.append(frame["metadata"]["reply_to"] if frame["type"] == "message" else f"error {frame['code']}")
                return got

            got_a, got_b = await asyncio.gather(replies(tab_a, "a"), replies(tab_b, "b"))
    assert got_a == [f"a{n}" for n in range(5)] and got_b == [f"b{n}" for n in range(5)]
    records = await history(cluster.url, tabs_user)
    check_whole(records)  # one message at a time across both hosts: no turn interleaved
    assert len(records) == 20
