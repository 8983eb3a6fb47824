"""Several hosts on one Redis (`host.cluster.RedisCluster`, a real redis-server): a user's turns
run one at a time in ticket order across hosts, a dead host's ticket lapses (and its message
in flight gets its error record), a ticket left by a Redis crash is released when Redis is
back, and counters and open sockets are summed over every host."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import redis.asyncio as redis

from host import cluster as cluster_module
from host.cluster import LocalCluster, RedisCluster
from host.redis_client import connect
from host.redis_storage import RedisStorage
from tests.redis_server import REDIS_SERVER, RedisServer, free_port, require_binary, unique_prefix

Hosts = Callable[[], RedisCluster]


@pytest.fixture
async def hosts(redis_server: RedisServer) -> AsyncIterator[Hosts]:
    """`hosts()` makes one more host (its own Redis client) on a shared key prefix."""
    prefix = unique_prefix()
    made: list[RedisCluster] = []

    def make() -> RedisCluster:
        made.append(RedisCluster(redis.Redis.from_url(redis_server.url, decode_responses=True), prefix=prefix))
        return made[-1]

    yield make
    for host in made:
        await host.stop()
        await host.client.aclose()


async def test_a_users_turns_run_one_at_a_time_in_ticket_order_across_hosts(hosts: Hosts) -> None:
    a, b = hosts(), hosts()
    running: list[str] = []
    order: list[str] = []

    async def turn(host: RedisCluster, name: str, hold: float) -> None:
        async with host.turn("alice"):
            running.append(name)
            assert len(running) == 1, f"{running} ran at once"
            order.append(name)
            await asyncio.sleep(hold)
            running.remove(name)

    first = asyncio.create_task(turn(a, "a1", 0.3))
    await asyncio.sleep(0.05)  # a1 holds the ticket; b1 and a2 queue behind it
    second = asyncio.create_task(turn(b, "b1", 0.05))
    await asyncio.sleep(0.05)
    third = asyncio.create_task(turn(a, "a2", 0.05))
    await asyncio.wait_for(asyncio.gather(first, second, third), 10)
    assert order == ["a1", "b1", "a2"]


async def test_other_users_never_wait(hosts: Hosts) -> None:
    a, b = hosts(), hosts()
    async with a.turn("alice"):
        async with asyncio.timeout(2):
            async with b.turn("bob"):
                pass


async def test_the_ticket_of_a_host_that_died_lapses(hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "TICKET_TTL_MS", 400)
    dead, alive = hosts(), hosts()
    # A host that took a ticket and then vanished: nobody renews it, nobody releases it.
    await dead._enter(keys=dead._keys("alice"), args=[400, 60])
    async with asyncio.timeout(5):
        async with alive.turn("alice"):
            pass


async def test_a_turn_held_long_keeps_its_ticket_renewed(hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "TICKET_TTL_MS", 300)
    a, b = hosts(), hosts()
    order: list[str] = []

    async def long_turn() -> None:
        async with a.turn("alice"):
            await asyncio.sleep(1.0)  # more than three TTLs
            order.append("long")

    async def next_turn() -> None:
        await asyncio.sleep(0.1)
        async with b.turn("alice"):
            order.append("next")

    await asyncio.wait_for(asyncio.gather(long_turn(), next_turn()), 10)
    assert order == ["long", "next"]


async def test_counters_and_sessions_are_summed_over_hosts(hosts: Hosts) -> None:
    a, b = hosts(), hosts()
    a.count("handled:helios", 2)
    b.count("handled:helios")
    b.count("errors")
    a.socket_opened("alice")
    b.socket_opened("alice")
    b.socket_opened("bob")
    await b.flush()  # the background task would, within a second
    assert await a.counters() == {"handled:helios": 3, "errors": 1}
    assert await b.sessions() == {"alice": 2, "bob": 1}
    b.socket_closed("bob")
    await b.stop()  # a host that stops takes its sockets with it
    assert await a.sessions() == {"alice": 1}


async def test_without_redis_a_turn_still_runs() -> None:
    gone = RedisCluster(redis.Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5))
    async with asyncio.timeout(5):
        async with gone.turn("alice"):
            pass
    await gone.client.aclose()


async def test_one_host_alone_keeps_counts_and_sockets_in_memory() -> None:
    local = LocalCluster()
    local.count("handled:ceres")
    local.socket_opened("alice")
    local.socket_opened("alice")
    local.socket_closed("alice")
    async with local.turn("alice"):
        pass
    assert (await local.counters(), await local.sessions()) == ({"handled:ceres": 1}, {"alice": 1})


async def test_a_message_whose_host_died_mid_turn_gets_its_error_record_before_the_next_turn(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster_module, "TICKET_TTL_MS", 400)
    prefix = unique_prefix()
    storage = RedisStorage.from_url(redis_server.url, prefix=prefix)
    dead, alive = (RedisCluster(connect(redis_server.url), prefix=prefix, storage=storage) for _ in range(2))
    try:
        store = storage.user("alice")
        await store.begin_turn({"role": "user", "text": "hi", "id": "m1"}, 20)
        await store.record_turn([{"role": "assistant", "text": "hello", "id": "r1", "reply_to": "m1"}], "## m1\n")
        # The dead host took its turn's ticket, stored the message, and vanished mid-turn.
        await dead._enter(keys=dead._keys("alice"), args=[400, 60])
        await store.begin_turn({"role": "user", "text": "the one in flight", "id": "m2"}, 20)
        async with asyncio.timeout(5):
            async with alive.turn("alice"):
                await store.begin_turn({"role": "user", "text": "next", "id": "m3"}, 20)
        async with alive.turn("alice"):  # only the turn right after the dead one records it
            pass
        history = await store.recent_history(20)
        assert [(r["role"], r.get("reply_to", r["id"])) for r in history] == [
            ("user", "m1"), ("assistant", "m1"), ("user", "m2"), ("error", "m2"), ("user", "m3"),
        ]
        assert history[3]["code"] == "unavailable"
        assert "(no reply: the server answering this message stopped" in (await store.read_file("conversations.md") or b"").decode()
    finally:
        for host in (dead, alive):
            await host.stop()
            await host.client.aclose()
        await storage.close()


async def test_a_ticket_left_by_a_redis_crash_is_released_when_redis_is_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_binary(REDIS_SERVER, "redis-server")
    monkeypatch.setattr(cluster_module, "TICKET_TTL_MS", 4000)
    server = RedisServer(tmp_path / "redis").start()
    a, b = RedisCluster(connect(server.url)), RedisCluster(connect(server.url))
    try:
        async with a.turn("alice"):
            server.kill()  # the turn ends while Redis is away: its ticket cannot be taken out
        await asyncio.to_thread(server.start)  # the AOF still holds the ticket
        started = asyncio.get_running_loop().time()
        async with asyncio.timeout(10):
            async with b.turn("alice"):
                waited = asyncio.get_running_loop().time() - started
        assert waited < 1.5, f"the next turn waited {waited:.1f} s for the ticket to lapse"
    finally:
        for host in (a, b):
            await host.stop()
            await host.client.aclose()
        server.stop()
