"""One bridge per cluster with real host processes (`host_process.py`) on a real redis-server,
against the fake external chat app (`external_chat.py`): SIGKILL the holder, SIGSTOP it past
its lease and SIGCONT it, and send through a standby. Every process is stopped at the end."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from tests.redis_server import RedisServer, free_port, redis_server, unique_prefix  # noqa: F401  (a fixture)

from .external_chat import ExternalChat, wait_until
from .host_process import PROCESS_SETTINGS, HostProcess

pytestmark = pytest.mark.slow

LEASE_S = PROCESS_SETTINGS["lease_s"]
RENEW_S = PROCESS_SETTINGS["renew_s"]
# lease + renew by design; the rest is the connect and two busy cores.
TAKEOVER_BOUND_S = LEASE_S + RENEW_S + 1.5

StartHosts = Callable[[int], Awaitable[list[HostProcess]]]


@pytest.fixture
async def chat() -> AsyncIterator[ExternalChat]:
    app = ExternalChat()
    await app.start()
    yield app
    await app.stop()


@pytest.fixture
async def start_hosts(redis_server: RedisServer, tmp_path: Path, chat: ExternalChat) -> AsyncIterator[StartHosts]:
    """`await start_hosts(3)`: that many hosts on one Redis prefix, all answering."""
    prefix = unique_prefix()
    hosts: list[HostProcess] = []

    async def factory(count: int) -> list[HostProcess]:
        made = [
            HostProcess(f"h{len(hosts) + n}", tmp_path / f"h{len(hosts) + n}", free_port(), redis_server.url, prefix, {"url": chat.url})
            for n in range(count)
        ]
        hosts.extend(made)
        for host in made:
            host.start()
        await asyncio.gather(*(host.ready() for host in made))
        return made

    try:
        yield factory
    finally:
        for host in hosts:
            host.stop()


def by_name(hosts: list[HostProcess], name: str) -> HostProcess:
    return next(h for h in hosts if h.name == name)


async def holder_of(chat: ExternalChat, hosts: list[HostProcess]) -> HostProcess:
    await wait_until(lambda: len(chat.open_connections()) == 1, timeout=20)
    return by_name(hosts, chat.open_connections()[0].host)


async def ask(chat: ExternalChat, message_id: str) -> None:
    # A sender of its own: a host killed right after a reply may still hold that user's turn
    # ticket (`host.cluster`), which holds the user's next turn back until it lapses.
    await chat.send({"from": f"user-{message_id}", "message": "hello, what can you do?", "id": message_id})


def answered(chat: ExternalChat, ids: list[str]) -> dict[str, int]:
    return {i: len(chat.replies_to(i)) for i in ids}


async def test_three_hosts_one_connection_and_a_killed_holder_is_replaced(chat, start_hosts) -> None:
    hosts = await start_hosts(3)
    first = await holder_of(chat, hosts)
    await asyncio.sleep(LEASE_S + 2 * RENEW_S)
    assert len(chat.connections) == 1
    await ask(chat, "before")
    await wait_until(lambda: chat.replies_to("before"), timeout=20)

    first.kill()
    killed_at = time.monotonic()
    await wait_until(lambda: not chat.open_connections())
    during = [f"during{n}" for n in range(3)]
    for message_id in during:  # nobody is connected: the chat app keeps them for the next login
        await ask(chat, message_id)
    await wait_until(lambda: len(chat.connections) == 2, timeout=TAKEOVER_BOUND_S + 5)
    took = chat.connections[1].opened_at - killed_at
    assert took < TAKEOVER_BOUND_S, f"took {took:.2f} s"

    second = by_name(hosts, chat.connections[1].host)
    assert second is not first
    await wait_until(lambda: all(chat.replies_to(i) for i in during), timeout=20)
    after = ["after"]
    await ask(chat, "after")
    await wait_until(lambda: chat.replies_to("after"), timeout=20)
    await asyncio.sleep(2 * RENEW_S)
    assert answered(chat, ["before", *during, *after]) == dict.fromkeys(["before", *during, *after], 1)
    assert {r.host for i in during for r in chat.replies_to(i)} == {second.name}
    assert len(chat.connections) == 2

    survivor = next(h for h in hosts if h not in (first, second))
    status, body = await survivor.get("/external-status")
    assert status == 200 and body["cluster"]["role"] == "standby"
    assert body["holder"]["connected"] is True and body["holder"]["epoch"] >= 2
    holder_status = (await second.get("/external-status"))[1]
    assert holder_status["cluster"]["role"] == "holder" and body["holder"]["host"] == holder_status["cluster"]["host_id"]


async def test_a_holder_stopped_past_its_lease_lets_go_when_it_resumes(chat, start_hosts) -> None:
    hosts = await start_hosts(2)
    first = await holder_of(chat, hosts)
    await ask(chat, "before")
    await wait_until(lambda: chat.replies_to("before"), timeout=20)

    first.signal(signal.SIGSTOP)
    stopped_at = time.monotonic()
    # The chat app still counts the stopped holder as connected: what it sends now sits in
    # that host's socket, unanswered, until another host logs in too.
    await ask(chat, "stalled")
    await wait_until(lambda: len(chat.open_connections()) == 2, timeout=TAKEOVER_BOUND_S + 5)
    assert chat.connections[1].opened_at - stopped_at < TAKEOVER_BOUND_S
    second = by_name(hosts, chat.connections[1].host)
    assert second is not first

    after_takeover = [f"after{n}" for n in range(3)]
    for message_id in after_takeover:  # these reach both connections: only the holder answers
        await ask(chat, message_id)
    await wait_until(lambda: all(chat.replies_to(i) for i in after_takeover), timeout=20)

    first.signal(signal.SIGCONT)
    await wait_until(lambda: not chat.connections[0].open, timeout=10)  # it let go
    resumed = [f"resumed{n}" for n in range(3)]
    for message_id in resumed:
        await ask(chat, message_id)
    await wait_until(lambda: all(chat.replies_to(i) for i in resumed), timeout=20)
    await asyncio.sleep(LEASE_S)

    assert answered(chat, ["before", *after_takeover, *resumed]) == dict.fromkeys(["before", *after_takeover, *resumed], 1)
    assert len(chat.replies_to("stalled")) <= 1  # sent only into the stalled socket: at most once
    assert {r.host for r in chat.received if r.at > chat.connections[1].opened_at} == {second.name}
    assert len(chat.connections) == 2  # the resumed host stands by, it does not connect again
    status = (await first.get("/external-status"))[1]
    assert status["cluster"]["role"] == "standby" and status["cluster"]["lease_losses"] == 1
    assert status["holder"]["host"] != status["cluster"]["host_id"]


async def test_send_to_external_on_a_standby_host_is_sent_once_by_the_holder(chat, start_hosts) -> None:
    hosts = await start_hosts(2)
    holder = await holder_of(chat, hosts)
    standby = next(h for h in hosts if h is not holder)
    status, body = await standby.post("/send-to-external", {"message": "Stretch break!", "agent": "helios"})
    assert status == 202 and body["status"] == "accepted" and body["id"]
    await wait_until(lambda: "Stretch break!" in chat.texts(), timeout=10)
    await asyncio.sleep(2 * RENEW_S)
    assert chat.texts().count("Stretch break!") == 1
    [frame] = [r for r in chat.received if r.data and r.data.get("message") == "Stretch break!"]
    assert frame.host == holder.name and frame.data["agent_id"] == "helios"
