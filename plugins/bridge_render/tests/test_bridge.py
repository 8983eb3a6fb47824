"""The bridge against a real WebSocket server playing the external app, with a fake dispatcher."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from agenthost_bridge_render import BridgeTransport
from agenthost_bridge_render.outbox import Outbox, OutboxEntry


async def test_json_message_gets_the_right_agents_reply(external, make_bridge) -> None:
    await make_bridge(url=external.url)
    await external.next_connection()
    await external.send({"type": "message", "from": "alice", "message": "log my workout", "id": "m1"})

    reply = await external.next_json()
    assert reply["type"] == "agent_response"
    assert reply["message"] == "helios: log my workout (earlier: 0)"
    assert reply["agent"] == "Helios 💪"
    assert reply["agent_id"] == "helios"
    assert reply["to"] == "alice"
    assert reply["reply_to"] == "m1"
    assert reply["from"] == "poc-backend"
    assert reply["timestamp"]
    assert external.paths == ["/chat/poc-backend"]  # {user_id} filled in


@pytest.mark.parametrize("field", ["content", "text"])
async def test_text_may_come_in_content_or_text_and_sender_in_other_fields(external, make_bridge, field) -> None:
    _, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    await external.send({field: "what to eat", "user": {"id": "carol", "name": "Carol"}})
    reply = await external.next_json()
    assert reply["message"] == "ceres: what to eat (earlier: 0)"
    assert reply["to"] == "carol"
    assert dispatcher.inbound[0].user_id == "external-carol"
    assert dispatcher.inbound[0].transport == "bridge_render"


async def test_plain_text_message_gets_a_plain_text_reply(external, make_bridge) -> None:
    _, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    await external.send("what should I eat after my workout")
    reply = await external.next_frame()
    assert reply == "helios: what should I eat after my workout (earlier: 0)"
    assert dispatcher.inbound[0].user_id == "external-anonymous"


async def test_text_format_setting_answers_json_in_plain_text(external, make_bridge) -> None:
    await make_bridge(url=external.url, format="text")
    await external.next_connection()
    await external.send({"from": "alice", "message": "lunch ideas"})
    assert await external.next_frame() == "ceres: lunch ideas (earlier: 0)"


async def test_two_senders_keep_separate_conversations_and_folders(external, make_bridge, until, tmp_path) -> None:
    await make_bridge(url=external.url)
    await external.next_connection()
    for sender, text in [("alice", "one"), ("bob", "one"), ("alice", "two")]:
        await external.send({"sender": sender, "message": text})
        reply = await external.next_json()
        assert reply["to"] == sender
    assert reply["message"] == "ceres: two (earlier: 1)"  # alice's second; bob's message is not hers

    data = tmp_path / "data"
    alice = [json.loads(line)["text"] for line in (data / "external-alice" / "history.jsonl").read_text().splitlines()]
    bob = [json.loads(line)["text"] for line in (data / "external-bob" / "history.jsonl").read_text().splitlines()]
    assert alice == ["one", "two"]
    assert bob == ["one"]

    log_file = data / "external-socket-user" / "conversations.md"
    await until(lambda: log_file.read_text().count("· out ·") == 3)
    log = log_file.read_text()
    assert log.count("· in · alice → external-alice") == 2
    assert log.count("· in · bob → external-bob") == 1
    assert log.count("· out · Ceres 🥗 → alice") == 2
    assert not (data / "external-socket-user" / "history.jsonl").exists()  # a log, not a conversation


async def test_unsafe_sender_ids_are_hashed_into_a_folder_of_their_own(external, make_bridge, tmp_path) -> None:
    _, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    for sender in ["../../etc", "socket-user", "x" * 80]:
        await external.send({"from": sender, "message": "hi"})
        assert (await external.next_json())["to"] == sender
    expected = ["external-" + hashlib.sha256(s.encode()).hexdigest()[:16] for s in ["../../etc", "socket-user", "x" * 80]]
    assert [i.user_id for i in dispatcher.inbound] == expected
    folders = sorted(p.name for p in (tmp_path / "data").iterdir() if not p.name.startswith("."))
    assert folders == sorted([*expected, "external-socket-user"])


async def test_echoes_and_non_chat_frames_are_not_routed(external, make_bridge, until) -> None:
    bridge, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    for frame in [
        {"type": "agent_response", "message": "an old reply", "from": "someone-else"},
        {"type": "message", "from": "poc-backend", "message": "our own words"},
        {"type": "ping"},
        {"type": "system", "message": "server restarting"},
        {"type": "presence", "user": "alice", "status": "online"},
        {"type": "join", "user": "alice"},
        {"type": "leave", "user": "alice"},
        {"type": "typing", "from": "alice"},
        {"type": "message", "from": "alice"},
    ]:
        await external.send(frame)
    await external.send({"type": "message", "from": "alice", "message": "real one"})
    assert (await external.next_json())["message"] == "ceres: real one (earlier: 0)"
    assert [i.text for i in dispatcher.inbound] == ["real one"]
    await until(lambda: bridge.status()["messages_out"] == 1)
    status = bridge.status()
    assert status["skipped"] == {"echo": 2, "non_chat": 6, "empty": 1}
    assert status["messages_in"] == 1 and status["messages_out"] == 1


async def test_a_plain_text_reply_echoed_back_is_not_answered_again(external, make_bridge) -> None:
    _, dispatcher = await make_bridge(url=external.url, format="text")
    await external.next_connection()
    await external.send("hello there")
    reply = await external.next_frame()
    await external.send(reply)  # a broadcast server sends our reply back to everyone
    await external.send("and again")
    assert await external.next_frame() == "ceres: and again (earlier: 1)"
    assert [i.text for i in dispatcher.inbound] == ["hello there", "and again"]


async def test_garbage_frames_do_not_stop_the_bridge(external, make_bridge) -> None:
    bridge, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    await external.send("{not json")
    await external.send(b"\x00\x01binary")
    await external.send("x" * 1_000_000)
    await external.send({"from": "alice", "message": "still there?"})
    assert (await external.next_json())["message"] == "ceres: still there? (earlier: 0)"
    status = bridge.status()
    assert status["connected"] and status["reconnects"] == 0
    assert status["skipped"] == {"invalid_json": 1, "binary": 1, "too_large": 1}
    assert [i.text for i in dispatcher.inbound] == ["still there?"]


async def test_a_frame_over_the_size_limit_costs_a_reconnect_not_the_bridge(external, make_bridge, until) -> None:
    bridge, _ = await make_bridge(url=external.url, max_frame_bytes=64 * 1024)
    await external.next_connection()
    await external.send("y" * 100_000)  # the client closes with 1009 (message too big)
    await external.next_connection()
    await until(lambda: bridge.status()["connected"])
    await external.send({"from": "alice", "message": "after"})
    assert (await external.next_json())["message"] == "ceres: after (earlier: 0)"
    assert bridge.status()["reconnects"] == 1
    assert "1009" in bridge.status()["last_error"]


async def test_replies_made_while_the_server_is_down_arrive_in_order_after_the_restart(
    external, make_bridge, until, tmp_path
) -> None:
    bridge, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    dispatcher.gate.clear()  # hold the replies until the server is gone
    for n in range(5):
        await external.send({"from": "alice", "message": f"m{n}", "id": f"id{n}"})
    await until(lambda: len(dispatcher.inbound) == 5)

    await external.stop()
    await until(lambda: not bridge.status()["connected"])
    dispatcher.gate.set()
    await until(lambda: bridge.status()["outbox_depth"] == 5)
    await until(lambda: bridge.status()["failed_attempts"] >= 2)  # it keeps trying meanwhile

    await external.start()
    await external.next_connection()
    replies = [await external.next_json() for _ in range(5)]
    assert [r["reply_to"] for r in replies] == [f"id{n}" for n in range(5)]
    assert [r["message"] for r in replies] == [f"ceres: m{n} (earlier: {n})" for n in range(5)]
    await until(lambda: bridge.status()["messages_out"] == 5)
    await asyncio.sleep(0.2)
    assert external.nothing_received()  # none doubled
    status = bridge.status()
    assert status["connected"] and status["reconnects"] == 1
    assert status["outbox_depth"] == 0 and status["dropped"] == 0 and status["messages_out"] == 5
    await until(lambda: not (tmp_path / "data" / ".bridge_render" / "outbox.jsonl").exists())


@pytest.mark.parametrize("code", [1000, 1001, 1012])
async def test_a_close_from_the_server_is_reconnected(external, make_bridge, until, code) -> None:
    bridge, _ = await make_bridge(url=external.url)
    first = await external.next_connection()
    await first.close(code=code, reason="bye")
    await external.next_connection()
    await until(lambda: bridge.status()["connected"])
    await external.send({"from": "alice", "message": "back?"})
    assert (await external.next_json())["message"] == "ceres: back? (earlier: 0)"
    status = bridge.status()
    assert status["reconnects"] == 1
    assert str(code) in status["last_error"]


async def test_a_peer_that_never_answers_pings_is_dropped_and_reconnected(external, make_bridge, until) -> None:
    external.ignore_pings = True
    bridge, _ = await make_bridge(url=external.url, ping_interval_s=0.2, ping_timeout_s=0.2, close_timeout_s=0.2)
    await external.next_connection()
    external.ignore_pings = False
    await external.next_connection()
    await until(lambda: bridge.status()["connected"])
    assert "keepalive ping timeout" in bridge.status()["last_error"]
    await external.send({"from": "alice", "message": "alive"})
    assert (await external.next_json())["message"] == "ceres: alive (earlier: 0)"


async def test_first_connection_failing_at_startup_is_retried_at_once(external, make_bridge, until) -> None:
    await external.stop()
    bridge, _ = await make_bridge(url=external.url)
    await until(lambda: bridge.status()["failed_attempts"] >= 2)
    assert not bridge.status()["connected"]
    assert "connect failed" in bridge.status()["last_error"]
    await external.start()
    await external.next_connection()
    await until(lambda: bridge.status()["connected"])
    assert bridge.status()["reconnects"] == 0  # the first connection that ever worked


async def test_backoff_grows_is_capped_and_jittered() -> None:
    bridge = BridgeTransport()
    from agenthost_bridge_render.settings import parse_settings

    bridge.settings = parse_settings({"url": "ws://x", "initial_backoff_s": 1, "max_backoff_s": 8}, Path("."))
    delays = {n: [bridge._backoff(n) for _ in range(200)] for n in (1, 2, 3, 4, 10)}
    for n, cap in [(1, 1), (2, 2), (3, 4), (4, 8), (10, 8)]:
        assert all(cap / 2 <= d <= cap for d in delays[n])
        assert len(set(delays[n])) > 1  # jittered


async def test_outbox_persists_across_a_host_restart(external, make_bridge, until, tmp_path) -> None:
    bridge, dispatcher = await make_bridge(url=external.url)
    await external.next_connection()
    dispatcher.gate.clear()
    await external.send({"from": "alice", "message": "first", "id": "a"})
    await external.send({"from": "alice", "message": "second", "id": "b"})
    await until(lambda: len(dispatcher.inbound) == 2)
    await external.stop()
    await until(lambda: not bridge.status()["connected"])
    dispatcher.gate.set()
    await until(lambda: bridge.status()["outbox_depth"] == 2)
    await asyncio.wait_for(bridge.stop(), 5)
    assert len((tmp_path / "data" / ".bridge_render" / "outbox.jsonl").read_text().splitlines()) == 2

    await external.start()
    restarted, _ = await make_bridge(url=external.url)
    assert restarted.status()["outbox_depth"] == 2
    await external.next_connection()
    assert [(await external.next_json())["reply_to"] for _ in range(2)] == ["a", "b"]
    await until(lambda: restarted.status()["outbox_depth"] == 0)
    await until(lambda: not (tmp_path / "data" / ".bridge_render" / "outbox.jsonl").exists())


async def test_a_full_outbox_drops_the_oldest_and_counts_them(external, make_bridge, until, caplog) -> None:
    await external.stop()
    bridge, _ = await make_bridge(url=external.url, outbox_size=3)
    for n in range(5):
        delivery = await bridge.send_text(f"note {n}", "Helios 💪", "helios")
        assert delivery.status == "queued"
    status = bridge.status()
    assert status["outbox_depth"] == 3 and status["dropped"] == 2
    assert "dropped the oldest" in caplog.text and "(2 dropped in all)" in caplog.text

    await external.start()
    await external.next_connection()
    assert [(await external.next_json())["message"] for _ in range(3)] == ["note 2", "note 3", "note 4"]


async def test_outbox_file_with_a_torn_line_keeps_the_rest(tmp_path) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_text('{"id": "1", "frame": "a", "queued_at": "t"}\n{"id": "2", "fra\n')
    outbox = Outbox(path, 10)
    await outbox.load()
    assert len(outbox) == 1 and outbox.pop().frame == "a"


async def test_stop_closes_with_going_away(external, make_bridge) -> None:
    bridge, _ = await make_bridge(url=external.url)
    server_side = await external.next_connection()
    await asyncio.wait_for(bridge.stop(), 5)
    await asyncio.wait_for(server_side.wait_closed(), 5)
    assert server_side.close_code == 1001
    assert not bridge.status()["connected"]


async def test_headers_from_the_config_reach_the_external_app(external, make_bridge) -> None:
    await make_bridge(url=external.url, headers={"Authorization": "Bearer s3cret"})
    await external.next_connection()
    assert external.headers[0]["Authorization"] == "Bearer s3cret"


async def test_without_a_url_the_bridge_does_nothing(make_bridge, tmp_path) -> None:
    bridge, _ = await make_bridge()
    status = bridge.status()
    assert status["configured"] is False and status["connected"] is False and status["url"] is None
    assert not (tmp_path / "data").exists()


async def test_outbox_file_stays_bounded_and_reloads_the_newest(tmp_path) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox = Outbox(path, 2)
    for n in range(10):
        await outbox.add(OutboxEntry(id=str(n), frame=f"frame {n}", queued_at="t"))
        assert len(path.read_text().splitlines()) <= 4
    assert outbox.dropped == 8
    reloaded = Outbox(path, 2)
    await reloaded.load()
    assert [reloaded.pop().frame for _ in range(len(reloaded))] == ["frame 8", "frame 9"]


async def test_stop_lets_a_reply_in_progress_go_out_before_closing(external, make_bridge, until) -> None:
    bridge, dispatcher = await make_bridge(url=external.url)
    server_side = await external.next_connection()
    dispatcher.gate.clear()
    await external.send({"from": "alice", "message": "last words", "id": "L"})
    await until(lambda: len(dispatcher.inbound) == 1)
    stopping = asyncio.create_task(bridge.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()  # waiting for the reply, not closing yet
    dispatcher.gate.set()
    assert (await external.next_json())["reply_to"] == "L"
    await asyncio.wait_for(stopping, 5)
    await asyncio.wait_for(server_side.wait_closed(), 5)
    assert server_side.close_code == 1001
    assert bridge.status()["outbox_depth"] == 0
