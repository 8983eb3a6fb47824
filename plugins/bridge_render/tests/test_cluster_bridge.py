"""One bridge per cluster, in one process: several `BridgeTransport`s, each with a Redis client
and a `RedisCluster` of its own on one real redis-server and one key prefix (as several hosts
would be), against a fake external chat app that sends every message to every open connection.

A "crash" here cancels a transport's tasks and cuts its socket without a word to Redis, so its
lease is neither renewed nor released; `test_cluster_processes.py` does the same with SIGKILL
and SIGSTOP on real host processes."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as redis
from attrs import define

from host.cluster import RedisCluster
from host.config import test_config
from tests.redis_server import RedisServer, free_port, redis_server, unique_prefix  # noqa: F401  (a fixture)

from agenthost_bridge_render import BridgeTransport
from agenthost_bridge_render.lease import BridgeLease
from agenthost_bridge_render.queues import ClusterQueues, SendQueueFull, outbox_json

from .conftest import FAST, FakeDispatcher
from .external_chat import HOST_HEADER, ExternalChat, wait_until

LEASE_S = 1.0
RENEW_S = 0.25
# A new holder connects within lease + renew of the old one's last renewal; the rest covers
# the connect itself and two busy cores.
TAKEOVER_BOUND_S = LEASE_S + RENEW_S + 1.0


@define
class Host:
    name: str
    bridge: BridgeTransport
    dispatcher: FakeDispatcher
    client: redis.Redis
    crashed: bool = False

    @property
    def holding(self) -> bool:
        return self.bridge.lease is not None and self.bridge.lease.valid()


MakeHost = Callable[..., Awaitable[Host]]


@pytest.fixture
async def chat() -> AsyncIterator[ExternalChat]:
    app = ExternalChat()
    await app.start()
    yield app
    await app.stop()


@pytest.fixture
def prefix() -> str:
    return unique_prefix()


@pytest.fixture
async def make_host(redis_server: RedisServer, tmp_path: Path, prefix: str) -> AsyncIterator[MakeHost]:
    """`await make_host("a", url=...)`: one more host's bridge on the shared Redis and prefix."""
    hosts: list[Host] = []

    async def factory(name: str, **settings: Any) -> Host:
        client = redis.Redis.from_url(redis_server.url, decode_responses=True)
        table = {**FAST, "lease_s": LEASE_S, "renew_s": RENEW_S, "headers": {HOST_HEADER: name}, **settings}
        config = test_config(tmp_path / name, plugins={"settings": {"bridge_render": table}})
        dispatcher = FakeDispatcher(config, cluster=RedisCluster(client, prefix=prefix))
        bridge = BridgeTransport()
        await bridge.start(dispatcher)
        hosts.append(Host(name, bridge, dispatcher, client))
        return hosts[-1]

    yield factory
    for host in hosts:
        if not host.crashed:
            await asyncio.wait_for(host.bridge.stop(), 10)
        await host.client.aclose()


async def crash(host: Host) -> None:
    """Like SIGKILL: the tasks stop and the socket is cut; nothing is said to Redis."""
    host.crashed = True
    bridge = host.bridge
    task, bridge._task = bridge._task, None
    if bridge._socket is not None:
        bridge._socket.transport.abort()
    assert task is not None
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def holders(hosts: list[Host]) -> list[Host]:
    return [h for h in hosts if h.holding]


async def one_holder_connected(chat: ExternalChat, hosts: list[Host]) -> Host:
    await wait_until(lambda: len(chat.open_connections()) == 1 and any(h.bridge.connected for h in hosts))
    [holder] = [h for h in hosts if h.bridge.connected]
    return holder


@pytest.mark.parametrize("count", [2, 3])
async def test_several_hosts_make_one_connection(chat, make_host, count) -> None:
    hosts = [await make_host(f"h{n}", url=chat.url) for n in range(count)]
    holder = await one_holder_connected(chat, hosts)
    await asyncio.sleep(LEASE_S + 2 * RENEW_S)  # several renewals and standby attempts later
    assert len(chat.connections) == 1 and chat.connections[0].host == holder.name
    assert holders(hosts) == [holder]

    for n in range(5):
        await chat.send({"from": "alice", "message": f"m{n}", "id": f"m{n}"})
    await wait_until(lambda: all(chat.replies_to(f"m{n}") for n in range(5)))
    await asyncio.sleep(0.2)
    assert [len(chat.replies_to(f"m{n}")) for n in range(5)] == [1] * 5
    assert sum(len(h.dispatcher.inbound) for h in hosts) == 5  # routed on the holder only


async def test_every_host_reports_the_holder_and_its_epoch(chat, make_host) -> None:
    a, b = await make_host("a", url=chat.url), await make_host("b", url=chat.url)
    holder = await one_holder_connected(chat, [a, b])
    standby = b if holder is a else a
    reports = [await a.bridge.report(), await b.bridge.report()]
    for report in reports:
        assert report["holder"]["host"] == holder.bridge.lease.host_id
        assert report["holder"]["epoch"] == holder.bridge.lease.epoch
        assert report["holder"]["connected"] is True
        assert report["outbox_depth"] == 0 and report["send_waiting"] == 0
    mine = (await holder.bridge.report())["cluster"]
    theirs = (await standby.bridge.report())["cluster"]
    assert (mine["role"], mine["epoch"]) == ("holder", holder.bridge.lease.epoch)
    assert (theirs["role"], theirs["epoch"]) == ("standby", None)
    assert (await standby.bridge.report())["connected"] is False


async def test_a_crashed_holder_is_replaced_and_messages_of_the_switch_are_answered_once(chat, make_host) -> None:
    hosts = [await make_host(f"h{n}", url=chat.url) for n in range(3)]
    first = await one_holder_connected(chat, hosts)
    epoch = first.bridge.lease.epoch
    await chat.send({"from": "alice", "message": "before", "id": "before"})
    await wait_until(lambda: chat.replies_to("before"))

    await crash(first)
    crashed_at = time.monotonic()
    await wait_until(lambda: not chat.open_connections())
    for n in range(3):  # nobody is connected: the chat app keeps them for the next login
        await chat.send({"from": "bob", "message": f"during {n}", "id": f"during{n}"})
    await wait_until(lambda: len(chat.connections) == 2, timeout=TAKEOVER_BOUND_S + 2)
    took = chat.connections[1].opened_at - crashed_at
    assert took < TAKEOVER_BOUND_S, f"took {took:.2f}s"

    await wait_until(lambda: any(h.bridge.connected for h in hosts))
    second = next(h for h in hosts if h.bridge.connected)
    assert second is not first and second.bridge.lease.epoch > epoch
    await wait_until(lambda: all(chat.replies_to(f"during{n}") for n in range(3)))
    await asyncio.sleep(0.3)
    for message_id in ["before", "during0", "during1", "during2"]:
        assert len(chat.replies_to(message_id)) == 1, message_id
    assert {r.host for r in chat.replies_to("during0")} == {second.name}


async def test_a_holder_that_stops_hands_over_within_one_renew_interval(chat, make_host) -> None:
    a, b = await make_host("a", url=chat.url), await make_host("b", url=chat.url)
    first = await one_holder_connected(chat, [a, b])
    await first.bridge.stop()
    first.crashed = True  # stopped already
    stopped_at = time.monotonic()
    await wait_until(lambda: len(chat.connections) == 2)
    assert chat.connections[0].host == first.name and chat.connections[1].host != first.name
    assert chat.connections[1].opened_at - stopped_at < RENEW_S + 1.0  # not a whole lease


async def test_send_to_external_on_a_standby_is_sent_once_by_the_holder(chat, make_host) -> None:
    a, b = await make_host("a", url=chat.url), await make_host("b", url=chat.url)
    holder = await one_holder_connected(chat, [a, b])
    standby = b if holder is a else a
    delivery = await standby.bridge.send_text("Stretch break!", "Helios 💪", "helios", to="alice")
    assert delivery.status == "accepted" and delivery.id
    await wait_until(lambda: "Stretch break!" in chat.texts())
    await asyncio.sleep(0.3)
    assert chat.texts().count("Stretch break!") == 1
    [frame] = [r for r in chat.received if r.data and r.data["message"] == "Stretch break!"]
    assert frame.host == holder.name and frame.data["agent_id"] == "helios" and frame.data["to"] == "alice"
    assert (await standby.bridge.report())["send_waiting"] == 0  # acknowledged and deleted


async def test_replies_queued_before_a_failover_go_out_in_order_from_the_new_holder(chat, make_host) -> None:
    a, b = await make_host("a", url=chat.url), await make_host("b", url=chat.url)
    first = await one_holder_connected(chat, [a, b])
    first.dispatcher.gate.clear()  # hold the replies until the chat app is gone
    for n in range(5):
        await chat.send({"from": "alice", "message": f"m{n}", "id": f"id{n}"})
    await wait_until(lambda: len(first.dispatcher.inbound) == 5)
    await chat.stop()
    await wait_until(lambda: not first.bridge.connected)
    first.dispatcher.gate.set()
    await wait_until(lambda: first.bridge.status()["messages_out"] == 0 and len(first.bridge._turns) == 0)
    assert (await first.bridge.report())["outbox_depth"] == 5

    await crash(first)
    await chat.start()
    await wait_until(lambda: len(chat.received) >= 5, timeout=TAKEOVER_BOUND_S + 5)
    await asyncio.sleep(0.3)
    second = b if first is a else a
    assert [r.data["reply_to"] for r in chat.received] == [f"id{n}" for n in range(5)]
    assert {r.host for r in chat.received} == {second.name}
    assert (await second.bridge.report())["outbox_depth"] == 0


async def test_a_reply_finished_after_the_lease_moved_goes_out_through_the_new_holder(chat, make_host, prefix) -> None:
    a, b = await make_host("a", url=chat.url), await make_host("b", url=chat.url)
    first = await one_holder_connected(chat, [a, b])
    first.dispatcher.gate.clear()
    await chat.send({"from": "alice", "message": "slow one", "id": "slow"})
    await wait_until(lambda: len(first.dispatcher.inbound) == 1)
    await first.client.delete(f"{prefix}:bridge:lease")  # as if it had lapsed: someone else takes it
    await wait_until(lambda: len(chat.connections) == 2 and chat.connections[1].host != first.name)
    # it lets go at its next renewal, which on a loaded machine can come after the new holder has connected
    await wait_until(lambda: not first.holding and not chat.connections[0].open)

    first.dispatcher.gate.set()  # the old holder's turn ends only now
    await wait_until(lambda: chat.replies_to("slow"))
    await asyncio.sleep(0.3)
    [reply] = chat.replies_to("slow")
    assert reply.host == chat.connections[1].host


async def test_a_holder_past_its_lease_drops_the_connection_and_routes_nothing(chat, make_host) -> None:
    host = await make_host("a", url=chat.url)
    await one_holder_connected(chat, [host])
    lease = host.bridge.lease
    real_clock = lease.clock
    lease.clock = lambda: real_clock() + 2 * LEASE_S  # woke up from a stall: its deadline is past
    await chat.send({"from": "alice", "message": "while you slept", "id": "slept"})
    await wait_until(lambda: not chat.connections[0].open)
    await asyncio.sleep(0.2)
    assert host.dispatcher.inbound == [] and chat.received == []
    assert host.bridge.status()["skipped"].get("not_holder") == 1


async def test_the_lease_is_fenced(redis_server, prefix) -> None:
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)
    try:
        old = BridgeLease(client, prefix, "old", lease_s=0.2)
        new = BridgeLease(client, prefix, "new", lease_s=5)
        queues = ClusterQueues(client, prefix, outbox_size=10)
        assert await old.acquire() and not await new.acquire()
        assert await queues.queue(outbox_json("1", "from old", False, "t"), old.value) is not None
        await asyncio.sleep(0.3)  # old stalls past its lease
        assert not old.valid()
        assert await new.acquire() and new.epoch == old.epoch + 1
        stale = old.value
        assert not await old.renew()  # compare-and-renew: not its lease any more
        assert await queues.queue(outbox_json("2", "from old, late", False, "t"), stale) is None
        head = await queues.head()
        assert head is not None and not await queues.pop(head, stale)
        old.value = stale
        await old.release()  # compare-and-delete: leaves the new holder's lease alone
        assert (await new.holder()).host == "new"
        assert await queues.pop(head, new.value) and await queues.depth() == 0
    finally:
        await client.aclose()


async def test_a_full_outbox_drops_the_oldest_and_counts_them(redis_server, prefix) -> None:
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)
    try:
        lease = BridgeLease(client, prefix, "h", lease_s=5)
        queues = ClusterQueues(client, prefix, outbox_size=3)
        assert await lease.acquire()
        for n in range(5):
            queued = await queues.queue(outbox_json(str(n), f"frame {n}", False, "t"), lease.value)
        assert queued is not None and queued.depth == 3 and [d.id for d in queued.dropped] == ["1"]
        assert await queues.dropped() == 2
        assert [json.loads(raw)["frame"] for raw in await client.lrange(f"{prefix}:bridge:outbox", 0, -1)] == [
            "frame 2", "frame 3", "frame 4",
        ]
    finally:
        await client.aclose()


async def test_the_send_stream_refuses_more_than_outbox_size_waiting(chat, make_host) -> None:
    host = await make_host("a", url=chat.url, outbox_size=2)
    await host.bridge.stop()  # no host holds the bridge now: nothing takes from the stream
    host.crashed = True
    for text in ["one", "two"]:
        assert (await host.bridge.send_text(text, "agenthost", None)).status == "accepted"
    with pytest.raises(SendQueueFull):
        await host.bridge.send_text("three", "agenthost", None)


async def test_a_file_outbox_left_from_one_host_moves_to_the_cluster(chat, make_host, tmp_path) -> None:
    left = tmp_path / "a" / ".bridge_render" / "outbox.jsonl"
    left.parent.mkdir(parents=True)
    left.write_text("".join(
        json.dumps({"id": str(n), "frame": json.dumps({"type": "agent_response", "message": f"old {n}"}), "queued_at": "t"}) + "\n"
        for n in range(3)
    ))
    await make_host("a", url=chat.url)
    await wait_until(lambda: len(chat.texts()) == 3)
    assert chat.texts() == ["old 0", "old 1", "old 2"]
    assert not left.exists() and not list(left.parent.iterdir())


async def test_without_redis_a_host_stands_by_and_keeps_serving(chat, tmp_path) -> None:
    client = redis.Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.2)
    config = test_config(tmp_path, plugins={"settings": {"bridge_render": {**FAST, "url": chat.url, "lease_s": LEASE_S, "renew_s": RENEW_S}}})
    bridge = BridgeTransport()
    await bridge.start(FakeDispatcher(config, cluster=RedisCluster(client, prefix="x")))
    try:
        await wait_until(lambda: "cannot reach Redis for the bridge lease" in (bridge.status()["last_error"] or ""))
        report = await bridge.report()
        assert report["holder"] is None and "redis_error" in report and report["cluster"]["role"] == "standby"
        assert chat.connections == []
    finally:
        await asyncio.wait_for(bridge.stop(), 10)
        await client.aclose()


async def test_the_routes_on_any_host(chat, aiohttp_client, redis_server, prefix, tmp_path, test_agents) -> None:
    """The real host (`create_app`, `[storage] backend = "redis"`) twice on one Redis:
    `/external-status` on either names the holder; `POST /send-to-external` on the standby is
    accepted (202) and sent once by the holder."""
    from host import keys
    from host.app import create_app
    from host.plugins import make_plugin_manager

    apps = []
    for name in ["a", "b"]:
        table = {**FAST, "url": chat.url, "lease_s": LEASE_S, "renew_s": RENEW_S, "headers": {HOST_HEADER: name}}
        config = test_config(
            tmp_path / name,
            storage={"backend": "redis", "redis_url": redis_server.url, "prefix": prefix},
            plugins={"enabled": ["bridge_render"], "settings": {"bridge_render": table}},
        )
        apps.append(await aiohttp_client(create_app(config, extra_plugins=test_agents, pm=make_plugin_manager(config))))
    try:
        await wait_until(lambda: len(chat.open_connections()) == 1)
        bridges = {c: c.app[keys.REGISTRY].transports["bridge_render"] for c in apps}
        await wait_until(lambda: any(b.connected for b in bridges.values()))
        holder = next(c for c, b in bridges.items() if b.connected)
        standby = next(c for c in apps if c is not holder)
        holder_id = holder.app[keys.DISPATCHER].cluster.host_id

        for client in apps:
            status = await (await client.get("/external-status")).json()
            assert status["holder"]["host"] == holder_id and status["holder"]["connected"] is True
            assert status["holder"]["epoch"] == bridges[holder].lease.epoch
        status = await (await standby.get("/external-status")).json()
        assert status["connected"] is False and status["cluster"]["role"] == "standby"

        response = await standby.post("/send-to-external", json={"message": "Stretch break!", "agent": "fitness"})
        assert response.status == 202
        body = await response.json()
        assert body["status"] == "accepted" and body["id"]
        await wait_until(lambda: "Stretch break!" in chat.texts())
        await asyncio.sleep(0.3)
        assert chat.texts().count("Stretch break!") == 1
        [frame] = [r for r in chat.received if r.data and r.data["message"] == "Stretch break!"]
        assert frame.host == ("a" if holder is apps[0] else "b") and frame.data["agent"] == "Fitness 💪"

        await chat.send({"from": "alice", "message": "log my workout", "id": "w1"})
        await wait_until(lambda: chat.replies_to("w1"))
        assert chat.replies_to("w1")[0].data["message"] == "fitness says: log my workout (earlier: 0)"
    finally:
        for client in apps:
            await client.close()
