"""Hostile frames: each is a clear error frame, the socket stays open, nothing is stored half,
and the log holds no traceback. The parser is checked with hypothesis, and the live server
with a fuzz run of thousands of random and mutated frames over a few sockets."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType
from hypothesis import example, given, settings
from hypothesis import strategies as st

from host.protocol import (
    ERROR_CODES,
    MAX_ID_CHARS,
    ClientMessage,
    ErrorFrame,
    HistoryRequest,
    Ping,
    ProtocolError,
    dumps,
    parse_client_frame,
)
from host.testing import receive_until
from tests.conftest import read_jsonl
from tests.test_limits import OPEN

MAX_MESSAGE_BYTES = 16 * 1024

HOSTILE = [
    ('{"message": "hi", "a": ' + "[" * 50_000 + "]" * 50_000 + "}", "invalid_json", "nested too deeply"),
    ('{"message": "\\ud800 hi", "id": "s1"}', "invalid_json", "unpaired surrogate"),
    ('{"message": "hi", "id": "\\udfff"}', "invalid_json", "'id' must be"),
    ('{"message": "a\\u0000b", "id": "n1"}', "invalid_json", "NUL character"),
    ('{"type": "history", "limit": NaN}', "invalid_json", "NaN is not a number"),
    ('{"type": "history", "limit": Infinity}', "invalid_json", "Infinity is not a number"),
    ('{"type": "history", "limit": 1e400}', "invalid_json", "out of range"),
    ('{"type": "history", "limit": ' + "9" * 5000 + "}", "invalid_json", "too many digits"),
    ('{"type": "history", "limit": -5}', "invalid_json", "from 1 to 200"),
    ('{"message": "hi", "id": "' + "x" * 100_000 + '"}', "invalid_json", f"at most {MAX_ID_CHARS} characters"),
    ('{"message": "hi", "timestamp": {"a": 1}}', "invalid_json", "'timestamp' must be"),
    ('{"type": ["message"]}', "invalid_json", "'type' must be a string"),
    ('{"type": "' + "z" * 100_000 + '"}', "unknown_type", "unknown frame type"),
    ("plain text with a NUL \x00 in it", "invalid_json", "NUL character"),
]


@pytest.mark.parametrize(("raw", "code", "says"), HOSTILE, ids=[f"{c}:{s or 'x'}"[:40] for _, c, s in HOSTILE])
async def test_a_hostile_frame_gets_a_clear_error_and_the_socket_stays(make_client, tmp_path, caplog, raw, code, says):
    client = await make_client(limits=OPEN)
    ws = await client.ws_connect("/ws/mallory")
    await ws.receive_json()
    await ws.send_str(raw)
    error = await ws.receive_json()
    assert error["type"] == "error" and error["code"] == code, error
    assert says in error["message"]
    assert len(json.dumps(error)) < 400  # nothing the client sent is echoed back at length
    assert error["reply_to"] in (None, "s1", "n1")
    await ws.send_json({"message": "still here?", "id": "after"})
    assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == "after"
    history = read_jsonl(tmp_path / "data" / "mallory" / "history.jsonl")
    assert [r["text"] for r in history if r["role"] == "user"] == ["still here?"]
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


async def test_a_user_id_with_a_trailing_newline_is_refused(make_client, tmp_path):
    client = await make_client()
    for path in ("/ws/alice%0A", "/user/alice%0A/files"):
        resp = await client.get(path, headers={"Upgrade": "websocket", "Connection": "Upgrade"})
        assert resp.status == 400, path
        assert "invalid user id" in (await resp.json())["error"]
    resp = await client.get("/user/alice/files/history.jsonl%0A")
    assert resp.status == 400
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


# --- the parser, property-based ----------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
frame_like = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["message", "ping", "history"]) | json_values,
        "message": st.text() | json_values,
        "id": st.text(max_size=200) | st.integers() | json_values,
        "timestamp": st.text(max_size=80) | json_values,
        "limit": st.integers() | st.floats() | json_values,
    },
)
raw_frames = st.one_of(
    st.text(),
    json_values.map(lambda v: json.dumps(v)),
    frame_like.map(lambda v: json.dumps(v)),
    frame_like.map(lambda v: json.dumps(v, ensure_ascii=False)),
)


@settings(max_examples=1500, deadline=None)
@given(raw_frames)
@example('{"a": ' + "[" * 100_000)
@example('{"message": "\\ud83d\\udcaa"}')  # a surrogate *pair* is an emoji, and fine
@example('{"message": "x", "id": "\\ud800"}')
@example('{"type": "history", "limit": 1e999}')
def test_the_parser_returns_a_frame_or_a_clear_error_for_any_text(raw: str) -> None:
    try:
        frame = parse_client_frame(raw, MAX_MESSAGE_BYTES)
    except ProtocolError as exc:
        assert exc.code in ERROR_CODES
        assert exc.reply_to is None or (isinstance(exc.reply_to, str) and len(exc.reply_to) <= MAX_ID_CHARS)
        dumps(ErrorFrame(code=exc.code, message=exc.message, reply_to=exc.reply_to)).encode("utf-8")
        assert len(exc.message) < 300
        return
    assert isinstance(frame, ClientMessage | Ping | HistoryRequest)
    if isinstance(frame, ClientMessage):
        encoded = frame.message.encode("utf-8")  # never a lone surrogate: it can be stored and sent
        assert 0 < len(encoded) <= MAX_MESSAGE_BYTES and frame.message.strip() and "\x00" not in frame.message
        assert frame.id is None or (0 < len(frame.id) <= MAX_ID_CHARS and frame.id.encode("utf-8"))
    if isinstance(frame, HistoryRequest):
        assert 1 <= frame.limit <= 200


# --- the live server, fuzzed -------------------------------------------------------------------

VALID = [
    {"type": "message", "message": "I ate 2 eggs and toast", "id": "v"},
    {"type": "message", "message": "log a 30 minute run", "id": "v"},
    {"type": "message", "message": "what can you do?"},
    {"type": "ping"},
    {"type": "history", "limit": 5},
]
NASTY_VALUES: list[Any] = [None, True, -1, 0, 10**30, 1.5, "", " ", "\x00", "\ud800", "\udfff\ud800", "x" * 300,
                           [], {}, [[[[[]]]]], {"a": {"b": {"c": None}}}, "I ate -3 eggs", "I ate NaN eggs",
                           "log -30 minute run", "1e400 grams of rice", "@helios", "@", "ask", "Ceres,"]


def _mutate(rng: random.Random) -> str:
    """A valid frame with one thing wrong (a field replaced, removed or added, the text cut or
    corrupted), or nonsense."""
    frame: dict[str, Any] = dict(rng.choice(VALID))
    kind = rng.randrange(8)
    if kind == 0:
        frame[rng.choice(["type", "message", "id", "limit", "timestamp"])] = rng.choice(NASTY_VALUES)
    elif kind == 1 and frame:
        frame.pop(rng.choice(list(frame)))
    elif kind == 2:
        frame[rng.choice(["extra", "type", "Message"])] = rng.choice(NASTY_VALUES)
    elif kind == 3:
        text = json.dumps(frame)
        return text[: rng.randrange(len(text) + 1)]
    elif kind == 4:
        text = list(json.dumps(frame))  # ASCII: escapes keep every surrogate sendable
        for _ in range(rng.randrange(1, 4)):
            text[rng.randrange(len(text))] = rng.choice('{}[]":,\\0e-.nN \u00e9\U0001f4aa')
        return "".join(text)
    elif kind == 5:
        depth = rng.choice([10, 999, 5000, 100_000])
        return '{"message": "deep", "x": ' + "[" * depth + "]" * rng.choice([0, depth]) + "}"
    elif kind == 6:
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0xD7FF), rng.randrange(0xE000, 0x10FFFF)]))
                       for _ in range(rng.randrange(1, 60)))
    else:
        number = rng.choice(["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "9" * 5000, "-0", "1.0e-400"])
        return '{"type": "history", "limit": ' + number + "}"
    text = json.dumps(frame, ensure_ascii=rng.random() < 0.5)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot travel raw in a text frame: escape it
        text = json.dumps(frame)
    return text


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_thousands_of_random_and_mutated_frames_leave_no_traceback_and_every_socket_answering(
    make_client, tmp_path: Path, caplog: Any
) -> None:
    caplog.set_level(logging.INFO)
    # The real agents (their parsers see the fuzzed text too), with the rates lifted.
    client = await make_client(plugins=[], entry_points=True, limits=OPEN)
    rng = random.Random(10)
    users = ["fuzz-a", "fuzz-b", "fuzz-c", "fuzz-d"]
    sockets = [await client.ws_connect(f"/ws/{user}") for user in users]
    for ws in sockets:
        await ws.receive_json()
    sent, received = Counter(), Counter()

    async def drive(ws: Any, count: int) -> None:
        for _ in range(count):
            roll = rng.random()
            if roll < 0.02:
                await ws.send_bytes(b"\x00\xff binary")
                sent["binary"] += 1
            else:
                await ws.send_str(_mutate(rng) if roll < 0.9 else json.dumps(rng.choice(VALID)))
                sent["text"] += 1
            # A ping after each frame: when its pong is back, the frame has been handled.
            await ws.send_json({"type": "ping"})
            while True:
                msg = await ws.receive(timeout=20)
                assert msg.type == WSMsgType.TEXT, f"socket closed: {msg}"
                frame = json.loads(msg.data)
                received[frame["type"] if frame["type"] != "error" else f"error:{frame['code']}"] += 1
                if frame["type"] == "pong":
                    break

    await asyncio.gather(*(drive(ws, 800) for ws in sockets))
    for ws in sockets:  # every socket still answers a valid message, after the turns queued
        await ws.send_json({"message": "thanks, that helps", "id": "final"})
        async with asyncio.timeout(120):
            while True:
                frame = await ws.receive_json()
                received[frame["type"] if frame["type"] != "error" else f"error:{frame['code']}"] += 1
                if frame["type"] == "message" and frame["metadata"]["reply_to"] == "final":
                    break
                if frame["type"] == "error" and frame["reply_to"] == "final":  # its queue was full
                    assert frame["code"] == "rate_limited", frame
                    await asyncio.sleep(0.5)
                    await ws.send_json({"message": "thanks, that helps", "id": "final"})
        await ws.close()

    tracebacks = [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert not tracebacks, "\n".join(r.getMessage() for r in tracebacks[:5])
    for user in users:
        folder = tmp_path / "data" / user
        for path in folder.glob("*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():  # valid UTF-8, whole lines
                json.loads(line)
    total = sum(sent.values())
    print(f"\nfuzz: {total} frames over {len(sockets)} sockets ({dict(sent)}); answers: {dict(sorted(received.items()))}")
    assert total == 3200
    assert received["pong"] >= total and received["message"] > 100 and received["error:invalid_json"] > 500
