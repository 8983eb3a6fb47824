"""The chat socket as a client sees it: protocol v1 frames, ordering, bad input."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp import WSMsgType

from tests.conftest import raw_status, read_jsonl, receive_until
from host import Reply, hookimpl
from tests.fakes import FALLBACK, BrokenAgent, KeywordAgent


async def test_welcome_lists_agents_and_protocol(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/alice")
    welcome = await ws.receive_json()
    assert welcome["type"] == "welcome"
    assert welcome["user_id"] == "alice"
    assert welcome["protocol"] == 1
    assert {a["id"] for a in welcome["agents"]} == {"fitness", "food", "general"}
    assert "timestamp" in welcome
    await ws.close()


async def test_message_is_routed_typed_streamed_and_answered(make_client, tmp_path):
    client = await make_client()
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()
    await ws.send_json({"type": "message", "message": "I want to run today", "id": "m1"})
    frames = await receive_until(ws, "message")
    types = [f["type"] for f in frames]
    assert types[0] == "typing" and frames[0]["state"] == "start" and frames[0]["reply_to"] == "m1"
    chunks = [f for f in frames if f["type"] == "chunk"]
    assert [c["seq"] for c in chunks] == [1, 2]
    assert "".join(c["delta"] for c in chunks) == "fitness says: I want to run today"
    assert any(f["type"] == "typing" and f["state"] == "stop" for f in frames)
    final = frames[-1]
    assert final["message"] == "fitness says: I want to run today"
    assert final["agent"] == "Fitness 🧪"
    assert final["user_id"] == "alice"
    meta = final["metadata"]
    assert meta["agent_id"] == "fitness"
    assert meta["reply_to"] == "m1"
    assert meta["confidence"] == 0.9
    assert meta["routing"] == {"method": "keywords", "scores": {"fitness": 0.9, "food": 0.0, "general": 0.0}}

    # The turn is on disk before the reply frame arrived.
    history = read_jsonl(tmp_path / "data" / "alice" / "history.jsonl")
    assert [r["role"] for r in history] == ["user", "assistant"]
    assert history[1]["routing"]["method"] == "keywords"
    assert history[1]["reply_to"] == "m1"
    log = (tmp_path / "data" / "alice" / "conversations.md").read_text()
    assert "**User:** I want to run today" in log and "**Fitness 🧪:** fitness says" in log
    await ws.close()


async def test_plain_text_frame_counts_as_message_and_fallback_routes(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/bob")
    await ws.receive_json()
    await ws.send_str("tell me a joke")
    final = (await receive_until(ws, "message"))[-1]
    assert final["metadata"]["agent_id"] == "general"
    assert final["metadata"]["routing"]["method"] == "fallback"
    assert final["metadata"]["reply_to"]  # the server made an id up
    assert final["message"] == "general heard: tell me a joke"


async def test_follow_up_stays_with_previous_agent(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/carol")
    await ws.receive_json()
    await ws.send_json({"message": "what should I eat", "id": "a"})
    await receive_until(ws, "message")
    await ws.send_json({"message": "and tomorrow?", "id": "b"})
    final = (await receive_until(ws, "message"))[-1]
    assert final["metadata"]["agent_id"] == "food"
    assert final["metadata"]["routing"]["method"] == "memory"
    assert final["metadata"]["history_seen"] == 2


async def test_ping_and_history(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/dave")
    await ws.receive_json()
    await ws.send_json({"type": "ping"})
    assert (await ws.receive_json())["type"] == "pong"
    await ws.send_json({"message": "lunch ideas?", "id": "x"})
    await receive_until(ws, "message")
    await ws.send_json({"type": "history", "limit": 5})
    history = (await receive_until(ws, "history"))[-1]
    assert [m["text"] for m in history["messages"]] == ["lunch ideas?", "food says: lunch ideas?"]


async def test_one_users_messages_are_answered_in_order_across_two_tabs(make_client, tmp_path):
    # Replies take a varying time; the order must still be the order sent.
    agent = KeywordAgent("fitness", ["run"], delay=0.01)
    client = await make_client(plugins=[agent, FALLBACK()])
    tab1 = await client.ws_connect("/ws/erin")
    tab2 = await client.ws_connect("/ws/erin")
    await tab1.receive_json()
    await tab2.receive_json()
    for i in range(6):
        tab = tab1 if i % 2 == 0 else tab2
        await tab.send_json({"message": f"run {i}", "id": f"m{i}"})
    replies1 = [(await receive_until(tab1, "message"))[-1] for _ in range(3)]
    replies2 = [(await receive_until(tab2, "message"))[-1] for _ in range(3)]
    # Each tab gets the replies to its own messages, in order.
    assert [r["metadata"]["reply_to"] for r in replies1] == ["m0", "m2", "m4"]
    assert [r["metadata"]["reply_to"] for r in replies2] == ["m1", "m3", "m5"]
    # One turn at a time for one user; each tab's messages in the order that tab sent them
    # (across tabs, the order the server received them).
    assert agent.max_active == 1
    assert [m for m in agent.seen if int(m[-1]) % 2 == 0] == ["run 0", "run 2", "run 4"]
    assert [m for m in agent.seen if int(m[-1]) % 2 == 1] == ["run 1", "run 3", "run 5"]
    history = read_jsonl(tmp_path / "data" / "erin" / "history.jsonl")
    assert [r["text"] for r in history if r["role"] == "user"] == agent.seen
    assert [r["role"] for r in history] == ["user", "assistant"] * 6


async def test_two_users_do_not_wait_on_each_other(make_client):
    gate = asyncio.Event()
    slow = KeywordAgent("slow", ["slow"], gate=gate)
    client = await make_client(plugins=[slow, FALLBACK()])
    alice = await client.ws_connect("/ws/alice")
    bob = await client.ws_connect("/ws/bob")
    await alice.receive_json()
    await bob.receive_json()
    await alice.send_json({"message": "slow please", "id": "a1"})
    assert (await alice.receive_json())["type"] == "typing"
    await bob.send_json({"message": "hello", "id": "b1"})
    reply = (await receive_until(bob, "message"))[-1]
    assert reply["metadata"]["reply_to"] == "b1"
    gate.set()
    assert (await receive_until(alice, "message"))[-1]["metadata"]["reply_to"] == "a1"


async def test_bad_frames_get_error_frames_and_the_socket_stays_open(make_client, tmp_path):
    client = await make_client(server={"max_message_bytes": 100})
    ws = await client.ws_connect("/ws/frank")
    await ws.receive_json()
    cases = [
        ("{not json", "invalid_json"),
        (json.dumps({"type": "message", "id": "q"}), "empty_message"),
        (json.dumps({"type": "message", "message": "   ", "id": "w"}), "empty_message"),
        (json.dumps({"type": "message", "message": "x" * 101, "id": "big"}), "message_too_large"),
        (json.dumps({"type": "dance"}), "unknown_type"),
        ('{"type": "history", "limit": "all"}', "invalid_json"),
    ]
    for raw, code in cases:
        await ws.send_str(raw)
        frame = await ws.receive_json()
        assert frame["type"] == "error", raw
        assert frame["code"] == code, raw
        assert frame["message"]
    await ws.send_bytes(b"\x00\x01")
    assert (await ws.receive_json())["code"] == "binary_not_supported"
    # The socket still works and nothing bad was stored.
    await ws.send_json({"message": "still there?", "id": "ok"})
    assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == "ok"
    texts = [r["text"] for r in read_jsonl(tmp_path / "data" / "frank" / "history.jsonl")]
    assert texts == ["still there?", "general heard: still there?"]


async def test_unknown_type_echoes_the_client_id(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/gina")
    await ws.receive_json()
    await ws.send_json({"type": "dance", "id": "d1"})
    frame = await ws.receive_json()
    assert frame["reply_to"] == "d1"


async def test_frame_over_hard_cap_closes_with_1009(make_client):
    client = await make_client(server={"max_frame_bytes": 4096})
    ws = await client.ws_connect("/ws/henry")
    await ws.receive_json()
    await ws.send_str("x" * 5000)
    msg = await asyncio.wait_for(ws.receive(), 5)
    assert msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    assert ws.close_code == 1009


async def test_invalid_user_ids_are_refused_at_the_handshake(make_client, tmp_path):
    client = await make_client()
    for bad in ["..%2F..%2Fetc", "a%2Fb", ".hidden", "x" * 65, "a%00b", "a b", "-x", ""]:
        resp = await client.get(f"/ws/{bad}", headers={"Upgrade": "websocket", "Connection": "Upgrade"})
        assert resp.status == 400, bad
        assert "invalid user id" in (await resp.json())["error"]
    # The client library would normalise these paths away, so send them raw.
    for raw_path in ["/ws/%2E%2E", "/ws/%2e%2e%2fetc", "/ws/..%5C..%5Cwindows"]:
        status = await raw_status(client, raw_path)
        assert status in (400, 404), raw_path
    assert not (tmp_path / "data").exists() or list((tmp_path / "data").iterdir()) == []


async def test_client_that_vanishes_mid_reply_still_has_its_turn_stored(make_client, tmp_path):
    gate = asyncio.Event()
    slow = KeywordAgent("slow", ["slow"], gate=gate)
    client = await make_client(plugins=[slow, FALLBACK()])
    ws = await client.ws_connect("/ws/ivy")
    await ws.receive_json()
    await ws.send_json({"message": "slow one", "id": "s"})
    assert (await ws.receive_json())["type"] == "typing"
    await ws.close()
    gate.set()
    path = tmp_path / "data" / "ivy" / "history.jsonl"
    async with asyncio.timeout(5):
        while not path.exists() or len(read_jsonl(path)) < 2:
            await asyncio.sleep(0.01)
    assert read_jsonl(path)[1]["text"] == "slow says: slow one"


async def test_no_agent_loaded_gives_an_error_frame(make_client):
    client = await make_client(plugins=[])
    ws = await client.ws_connect("/ws/jack")
    welcome = await ws.receive_json()
    assert welcome["agents"] == []
    await ws.send_json({"message": "anyone?", "id": "n"})
    frame = await ws.receive_json()
    assert frame["type"] == "error" and frame["code"] == "no_agent"


async def test_too_many_queued_messages_are_rate_limited(make_client):
    gate = asyncio.Event()
    slow = KeywordAgent("slow", ["slow"], gate=gate)
    client = await make_client(plugins=[slow, FALLBACK()], server={"max_queued_per_user": 2})
    ws = await client.ws_connect("/ws/kim")
    await ws.receive_json()
    await ws.send_json({"message": "slow 0", "id": "s0"})
    assert (await ws.receive_json())["type"] == "typing"  # s0 is being answered; s1, s2 wait
    for i in range(1, 4):
        await ws.send_json({"message": f"slow {i}", "id": f"s{i}"})
    frames = []
    async with asyncio.timeout(5):
        while not any(f["type"] == "error" for f in frames):
            frames.append(await ws.receive_json())
    error = next(f for f in frames if f["type"] == "error")
    assert error["code"] == "rate_limited" and error["reply_to"] == "s3"
    gate.set()
    replies = [(await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] for _ in range(3)]
    assert replies == ["s0", "s1", "s2"]


class QuickAgent(KeywordAgent):
    """Answers at once, without streaming."""

    @hookimpl
    def respond(self, turn):
        return Reply(f"{self.name} says: {turn.message}")


async def test_a_quick_reply_comes_without_typing_frames(make_client):
    client = await make_client(plugins=[QuickAgent("quick", ["quick"]), FALLBACK()])
    ws = await client.ws_connect("/ws/quinn")
    await ws.receive_json()
    await ws.send_json({"message": "quick one", "id": "q"})
    frames = await receive_until(ws, "message")
    assert [f["type"] for f in frames] == ["message"]
    assert frames[0]["message"] == "quick says: quick one"


async def test_typing_is_repeated_while_a_slow_reply_runs(make_client):
    slow = KeywordAgent("slow", ["slow"], delay=0.35)
    client = await make_client(plugins=[slow, FALLBACK()], server={"typing_interval_s": 0.1, "typing_delay_s": 0.05})
    ws = await client.ws_connect("/ws/lena")
    await ws.receive_json()
    await ws.send_json({"message": "slow", "id": "t"})
    frames = await receive_until(ws, "message")
    starts = [f for f in frames if f["type"] == "typing" and f["state"] == "start"]
    assert len(starts) >= 3
    stops = [i for i, f in enumerate(frames) if f["type"] == "typing" and f["state"] == "stop"]
    assert stops == [len(frames) - 2]  # stop comes once, just before the final message


@pytest.mark.parametrize("failure", ["raise", "wrong_type", "hang"])
async def test_an_agent_that_fails_gives_an_internal_error_and_the_message_is_kept(make_client, tmp_path, failure):
    client = await make_client(plugins=[BrokenAgent(failure), FALLBACK()], server={"turn_timeout_s": 0.2})
    ws = await client.ws_connect("/ws/mo")
    await ws.receive_json()
    await ws.send_json({"message": "broken please", "id": "b"})
    frames = await receive_until(ws, "error")
    error = frames[-1]
    assert error["code"] == "internal" and error["reply_to"] == "b"
    assert "secret internal detail" not in error["message"]
    assert "Broken 💥" in error["message"]
    # The server keeps serving this user, and the failed message is on disk.
    await ws.send_json({"message": "hello", "id": "h"})
    assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == "h"
    history = read_jsonl(tmp_path / "data" / "mo" / "history.jsonl")
    assert history[0]["text"] == "broken please"
    assert "no reply" in (tmp_path / "data" / "mo" / "conversations.md").read_text()


class OddReplyAgent(KeywordAgent):
    """Replies with what JSON encoders trip on: a lone surrogate, NaN, a non-string key."""

    @hookimpl
    def respond(self, turn):
        if "surrogate" in turn.message:
            return Reply("half an emoji: \ud83d!", metadata={"n": 1})
        return Reply("odd numbers", metadata={"ratio": float("nan"), "by_day": {1: "mon"}})


async def test_a_reply_json_cannot_hold_as_given_still_reaches_the_client(make_client):
    client = await make_client(plugins=[OddReplyAgent("odd", ["odd"]), FALLBACK()])
    ws = await client.ws_connect("/ws/olga")
    await ws.receive_json()
    await ws.send_json({"message": "odd surrogate", "id": "o1"})
    frame = (await receive_until(ws, "message"))[-1]
    assert frame["message"] == "half an emoji: ?!"  # the one character is replaced, not the frame
    await ws.send_json({"message": "odd numbers", "id": "o2"})
    raw = None
    async for msg in ws:
        if '"o2"' in msg.data and '"message"' in msg.data:
            raw = msg.data
            break
    frame = json.loads(raw)  # strict JSON: no NaN token
    assert frame["metadata"]["ratio"] is None and frame["metadata"]["by_day"] == {"1": "mon"}
    assert "NaN" not in raw


async def test_a_history_that_cannot_be_read_is_an_unavailable_error_and_the_socket_stays(make_client, monkeypatch):
    from host.storage import FileUserStore

    async def storage_away(self, limit):
        raise ConnectionError("storage restarting")

    client = await make_client()
    ws = await client.ws_connect("/ws/erin")
    await ws.receive_json()
    monkeypatch.setattr(FileUserStore, "recent_history", storage_away)
    await ws.send_json({"type": "history", "limit": 5})
    error = (await receive_until(ws, "error"))[-1]
    assert error["code"] == "unavailable" and "history" in error["message"]
    await ws.send_json({"type": "ping"})
    assert (await ws.receive_json())["type"] == "pong"
