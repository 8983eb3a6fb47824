"""Rate and resource limits over real sockets: rates answered with `rate_limited` and
`retry_after` or 429 and `Retry-After`, socket caps, new users per address, the handshake and
idle deadlines, a token's expiry, and a client that does not read."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import time
from typing import Any

import jwt
import pytest
from aiohttp import WSMsgType

from host import Agent, Reply, hookimpl
from host.testing import receive_until
from tests.conftest import read_jsonl
from tests.test_auth import JWT, SECRET, bearer, handshake_status

# Rates high enough not to get in the way of the limit a test is about.
OPEN = {"messages_per_user": "10000/minute", "messages_per_ip": "10000/minute",
        "requests_per_ip": "10000/minute", "new_users_per_ip": "10000/hour"}


async def connect(client: Any, user: str, **kwargs: Any) -> Any:
    ws = await client.ws_connect(f"/ws/{user}", **kwargs)
    assert (await ws.receive_json())["type"] == "welcome"
    return ws


async def test_messages_over_the_users_rate_get_rate_limited_with_retry_after_and_are_not_stored(make_client, tmp_path):
    client = await make_client(limits={**OPEN, "messages_per_user": "3/minute"})
    ws = await connect(client, "alice")
    for i in range(3):
        await ws.send_json({"message": f"run {i}", "id": f"m{i}"})
        assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == f"m{i}"
    await ws.send_json({"message": "run again", "id": "m3"})
    refused = await ws.receive_json()
    assert refused["type"] == "error" and refused["code"] == "rate_limited"
    assert refused["reply_to"] == "m3"
    assert 1 <= refused["retry_after"] <= 60
    await ws.send_json({"type": "ping"})  # the socket stays open; pings are not counted
    assert (await ws.receive_json())["type"] == "pong"
    texts = [r["text"] for r in read_jsonl(tmp_path / "data" / "alice" / "history.jsonl") if r["role"] == "user"]
    assert texts == ["run 0", "run 1", "run 2"]
    # Another user has a rate of their own.
    bob = await connect(client, "bob")
    await bob.send_json({"message": "run", "id": "b"})
    assert (await receive_until(bob, "message"))[-1]["metadata"]["reply_to"] == "b"


async def test_messages_over_the_addresses_rate_are_refused_whoever_sends_them(make_client):
    client = await make_client(limits={**OPEN, "messages_per_ip": "3/minute"})
    alice, bob = await connect(client, "alice"), await connect(client, "bob")
    for ws, mid in ((alice, "a1"), (bob, "b1"), (alice, "a2")):
        await ws.send_json({"message": "lunch", "id": mid})
        assert (await receive_until(ws, "message"))[-1]["type"] == "message"
    await bob.send_json({"message": "lunch", "id": "b2"})
    assert (await bob.receive_json())["code"] == "rate_limited"


async def test_sockets_per_user_per_address_and_in_total_are_capped_with_429(make_client):
    client = await make_client(limits={**OPEN, "sockets_per_user": 2})
    first, _second = await connect(client, "alice"), await connect(client, "alice")
    resp = await client.get("/ws/alice", headers={"Upgrade": "websocket", "Connection": "Upgrade",
                                                   "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                                                   "Sec-WebSocket-Version": "13"})
    assert resp.status == 429 and resp.headers["Retry-After"] == "10"
    assert "this user has 2 sockets open" in (await resp.json())["error"]
    await first.close()
    await asyncio.sleep(0.05)
    await connect(client, "alice")  # a closed socket frees its place

    client = await make_client(limits={**OPEN, "sockets_per_ip": 2})
    await connect(client, "a"), await connect(client, "b")
    assert await handshake_status(client, "/ws/c") == 429

    client = await make_client(limits={**OPEN, "max_sockets": 2})
    await connect(client, "a"), await connect(client, "b")
    resp = await client.get("/ws/c", headers={"Upgrade": "websocket", "Connection": "Upgrade",
                                               "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                                               "Sec-WebSocket-Version": "13"})
    assert resp.status == 429 and "maximum of 2 sockets" in (await resp.json())["error"]
    sessions = await (await client.get("/sessions")).json()
    assert sessions["total"] == 2


async def test_new_users_per_address_are_capped_and_a_refused_one_leaves_no_folder(make_client, tmp_path):
    client = await make_client(limits={**OPEN, "new_users_per_ip": "2/hour"})
    alice = await connect(client, "alice")
    await alice.send_json({"message": "run", "id": "1"})
    await receive_until(alice, "message")
    await connect(client, "bob")
    assert await handshake_status(client, "/ws/carol") == 429
    await alice.close()
    await connect(client, "alice")  # alice has data now: not a new user
    assert not (tmp_path / "data" / "carol").exists()


async def test_http_requests_over_the_addresses_rate_get_429_with_retry_after(make_client):
    client = await make_client(limits={**OPEN, "requests_per_ip": "5/minute"})
    for _ in range(5):
        assert (await client.get("/health")).status == 200
    resp = await client.get("/health")
    assert resp.status == 429
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    assert (await resp.json())["status"] == 429


async def test_a_socket_that_sends_nothing_is_closed_and_one_that_pings_is_not(make_client):
    client = await make_client(limits={**OPEN, "idle_timeout_s": 0.4})
    quiet, chatty = await connect(client, "quiet"), await connect(client, "chatty")
    started = time.monotonic()
    async with asyncio.timeout(5):
        while time.monotonic() - started < 1.0:
            await chatty.send_json({"type": "ping"})
            assert (await chatty.receive_json())["type"] == "pong"
            await asyncio.sleep(0.1)
        closing = await quiet.receive()
    assert closing.type == WSMsgType.CLOSE
    assert closing.data == 1000 and "idle" in closing.extra
    assert not chatty.closed


async def test_a_socket_is_closed_with_4401_when_its_token_expires(make_client):
    client = await make_client(auth={**JWT, "leeway_s": 0})
    short = jwt.encode({"sub": "alice", "scope": "chat", "exp": int(time.time()) + 2}, SECRET, algorithm="HS256")
    ws = await connect(client, "alice", headers=bearer(short))
    async with asyncio.timeout(6):
        closing = await ws.receive()
    assert closing.type == WSMsgType.CLOSE and closing.data == 4401
    assert "token expired" in closing.extra


async def test_a_connection_that_does_not_finish_its_handshake_is_closed(make_client):
    client = await make_client(limits={**OPEN, "handshake_timeout_s": 0.5})
    silent = await asyncio.open_connection(client.server.host, client.server.port)
    trickle = await asyncio.open_connection(client.server.host, client.server.port)
    trickle[1].write(b"GET /ws/alice HTTP/1.1\r\nHost: test\r\nUpgrade: websocket\r\n")  # never the blank line
    await trickle[1].drain()
    started = time.monotonic()
    async with asyncio.timeout(5):
        assert await silent[0].read() == b""
        assert await trickle[0].read() == b""
    assert time.monotonic() - started < 4
    for _, writer in (silent, trickle):
        writer.close()


class BigAgent:
    """Answers every message with 100 KB, so a client that does not read falls behind fast."""

    __name__ = "test-big"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("general", "Big", "📦", "answers at length"))

    @hookimpl
    def respond(self, turn: Any) -> Reply:
        return Reply("x" * 100_000)


def _masked_text_frame(text: str) -> bytes:
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81, 0x80 | 126]) + len(payload).to_bytes(2, "big") if len(payload) > 125 else bytes([0x81, 0x80 | len(payload)])
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


async def _open_a_socket_that_never_reads(host: str, port: int, path: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a small window: the server fills it fast
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, (host, port))
    reader, writer = await asyncio.open_connection(sock=sock)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(f"GET {path} HTTP/1.1\r\nHost: test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    await writer.drain()
    async with asyncio.timeout(5):
        assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 101")
    return reader, writer


@pytest.mark.slow
async def test_a_client_that_does_not_read_is_closed_and_blocks_nobodys_reply(make_client, caplog):
    client = await make_client(plugins=[BigAgent()], limits={**OPEN, "send_buffer_bytes": 256 * 1024})
    reader, writer = await _open_a_socket_that_never_reads(client.server.host, client.server.port, "/ws/alice")
    for i in range(120):  # 12 MB of replies: more than any loopback socket buffers
        writer.write(_masked_text_frame(json.dumps({"message": f"tell me {i}", "id": f"s{i}"})))
    await writer.drain()
    async with asyncio.timeout(30):
        while (await (await client.get("/sessions")).json())["users"].get("alice"):
            await asyncio.sleep(0.1)
    assert any("the client is not reading" in r.getMessage() for r in caplog.records)
    # The same user's other tab is answered: no turn waits on the socket that does not read.
    tab = await connect(client, "alice")
    await tab.send_json({"message": "and now?", "id": "t"})
    final = (await receive_until(tab, "message", timeout=20))[-1]
    assert final["metadata"]["reply_to"] == "t" and len(final["message"]) == 100_000
    writer.close()


async def test_behind_a_trusted_proxy_each_client_has_its_own_address(make_client):
    client = await make_client(limits={**OPEN, "requests_per_ip": "2/minute"},
                               server={"trusted_proxies": ["127.0.0.0/8"]})
    for address in ("203.0.113.7", "203.0.113.8"):
        for _ in range(2):
            assert (await client.get("/health", headers={"X-Forwarded-For": f"{address}, 127.0.0.1"})).status == 200
    assert (await client.get("/health", headers={"X-Forwarded-For": "203.0.113.7"})).status == 429
    # An untrusted peer cannot pick its address: without the proxy listed, X-Forwarded-For is ignored.
    client = await make_client(limits={**OPEN, "requests_per_ip": "2/minute"})
    for address in ("198.51.100.1", "198.51.100.2"):
        assert (await client.get("/health", headers={"X-Forwarded-For": address})).status == 200
    assert (await client.get("/health", headers={"X-Forwarded-For": "198.51.100.3"})).status == 429


@pytest.mark.parametrize(("limits", "says"), [
    ({"messages_per_user": "lots"}, "[limits] messages_per_user = 'lots' is not a rate"),
    ({"sockets_per_ip": 0}, "[limits] sockets_per_ip must be at least 1"),
    ({"idle_timeout_s": 0}, "[limits] idle_timeout_s must be more than 0"),
    ({"storage_uri": "carrier-pigeon://"}, "[limits] storage_uri 'carrier-pigeon://'"),
])
def test_a_bad_limit_stops_the_app_with_the_setting_named(tmp_path, limits, says):
    from host.app import create_app
    from host.config import ConfigError, test_config

    with pytest.raises(ConfigError) as error:
        create_app(test_config(tmp_path, limits=limits))
    assert says in str(error.value)


def test_a_bad_trusted_proxy_is_named(tmp_path):
    from host.app import create_app
    from host.config import ConfigError, test_config

    with pytest.raises(ConfigError, match="trusted_proxies / AGENTHOST_TRUSTED_PROXIES: 'nginx' is not an IP"):
        create_app(test_config(tmp_path, server={"trusted_proxies": ["nginx"]}))


async def test_the_in_memory_rates_count_as_the_limits_library_does(monkeypatch):
    """`SweepingMemoryStorage.acquire_now` (a hit without awaiting) allows and refuses exactly
    the hits the library's own sliding window does, at every moment of two windows and beyond."""
    import random

    import limits
    from limits.aio.storage import MemoryStorage
    from limits.aio.strategies import SlidingWindowCounterRateLimiter

    from host.ratelimits import SweepingMemoryStorage

    clock = [1_700_000_000.25]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    ours, theirs = SweepingMemoryStorage(), MemoryStorage()
    library = SlidingWindowCounterRateLimiter(theirs)
    rng = random.Random(13)
    refused = 0
    for rate in ("5/minute", "3/second", "20/hour"):
        item = limits.parse(rate)
        for step in range(600):
            clock[0] += rng.choice((0.0, 0.01, 0.4, 1.7, 7.0, 31.0))
            who = rng.choice(("ann", "bob"))
            expected = await library.hit(item, "msg-user", who)
            refused += not expected
            assert ours.acquire_now(item.key_for("msg-user", who), item.amount, item.get_expiry()) is expected, (rate, step)
            assert dict(ours.storage) == dict(theirs.storage)
            assert ours.expirations == theirs.expirations
    assert 100 < refused < 1500  # both ways, many times


async def test_the_memory_rates_count_under_the_librarys_own_keys_remembered_or_not(monkeypatch):
    """The in-memory rates use `key_for`'s keys (remembered per rate and identifiers, and
    forgotten past KEYS_REMEMBERED without losing a count)."""
    import host.ratelimits as ratelimits
    from host.config import LimitsConfig
    from host.ratelimits import RateLimits

    monkeypatch.setattr(ratelimits, "KEYS_REMEMBERED", 3)
    rates = RateLimits(LimitsConfig(messages_per_user="2/minute", messages_per_ip="1000/minute"))
    assert await rates.message("alice", "10.0.0.1") is None
    for user in ("bob", "carol", "dave"):  # more pairs than remembered: the keys are made again
        assert await rates.message(user, "10.0.0.2") is None
    assert await rates.message("alice", "10.0.0.1") is None
    assert await rates.message("alice", "10.0.0.1") is not None  # the third within the minute
    key = rates.messages_per_user.key_for("msg-user", "alice")
    assert rates._memory is not None and any(stored.startswith(key + "/") for stored in rates._memory.storage)
    await rates.close()
