"""Wire protocol v1: the frames a client sends and the frames the server answers with.

Client -> server: `message` (a plain text frame counts as one), `ping`, `history`.
Server -> client: `welcome`, `typing`, `chunk`, `message` (the final reply), `error`, `pong`,
`history`. Every server frame is a JSON object with `type` and `timestamp`.
See docs/protocol.md for the prose version.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

import cattrs
from attrs import Factory, define, field

from host.clock import utc_now

PROTOCOL_VERSION = 1

ERROR_CODES = (
    "invalid_json",
    "message_too_large",
    "empty_message",
    "unknown_type",
    "binary_not_supported",
    "rate_limited",
    "no_agent",
    "internal",
    "unavailable",
)


class ProtocolError(Exception):
    """A client frame the server cannot act on; becomes an `error` frame, the socket stays open."""

    def __init__(self, code: str, message: str, reply_to: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reply_to = reply_to


# --- client -> server -------------------------------------------------------------------------


@define
class ClientMessage:
    message: str
    id: str | None = None
    timestamp: str | None = None


@define
class Ping:
    pass


@define
class HistoryRequest:
    limit: int = 20


ClientFrame = ClientMessage | Ping | HistoryRequest


def parse_client_frame(raw: str, max_message_bytes: int) -> ClientFrame:
    """Turn one text frame into a client frame, or raise `ProtocolError` saying what is wrong."""
    stripped = raw.lstrip()
    if not stripped.startswith("{"):
        return _check_message(ClientMessage(message=raw), max_message_bytes)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ProtocolError("invalid_json", f"frame is not valid JSON: {exc.msg} at position {exc.pos}") from None
    if not isinstance(data, dict):
        raise ProtocolError("invalid_json", "frame must be a JSON object")
    reply_to = data.get("id") if isinstance(data.get("id"), str) else None
    kind = data.get("type", "message")
    if kind == "message":
        text = data.get("message")
        if not isinstance(text, str):
            raise ProtocolError("empty_message", "a message frame needs a 'message' string", reply_to)
        return _check_message(ClientMessage(message=text, id=reply_to, timestamp=data.get("timestamp")), max_message_bytes)
    if kind == "ping":
        return Ping()
    if kind == "history":
        limit = data.get("limit", 20)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 200:
            raise ProtocolError("invalid_json", "'limit' must be a whole number from 1 to 200", reply_to)
        return HistoryRequest(limit=limit)
    raise ProtocolError(
        "unknown_type", f"unknown frame type {kind!r}; expected 'message', 'ping' or 'history'", reply_to
    )


def _check_message(frame: ClientMessage, max_message_bytes: int) -> ClientMessage:
    size = len(frame.message.encode("utf-8"))
    if size > max_message_bytes:
        raise ProtocolError(
            "message_too_large", f"message is {size} bytes; the limit is {max_message_bytes}", frame.id
        )
    if not frame.message.strip():
        raise ProtocolError("empty_message", "message is empty", frame.id)
    return frame


# --- server -> client -------------------------------------------------------------------------


@define(kw_only=True)
class ServerFrame:
    """Base of every server frame: a `type` and a `timestamp`."""

    type: ClassVar[str] = ""
    timestamp: str = Factory(utc_now)


@define(kw_only=True)
class WelcomeFrame(ServerFrame):
    type: ClassVar[str] = "welcome"
    user_id: str
    agents: list[dict[str, str]]
    protocol: int = PROTOCOL_VERSION


@define(kw_only=True)
class TypingFrame(ServerFrame):
    type: ClassVar[str] = "typing"
    agent: str
    state: str  # "start" or "stop"
    reply_to: str | None = None


@define(kw_only=True)
class ChunkFrame(ServerFrame):
    type: ClassVar[str] = "chunk"
    agent: str
    delta: str
    reply_to: str | None
    seq: int


@define(kw_only=True)
class MessageFrame(ServerFrame):
    """The final reply; shaped like the original backend's frame so its clients keep working."""

    type: ClassVar[str] = "message"
    message: str
    agent: str  # the label, e.g. "Helios 💪"
    user_id: str
    metadata: dict[str, Any] = field(factory=dict)


@define(kw_only=True)
class ErrorFrame(ServerFrame):
    type: ClassVar[str] = "error"
    code: str
    message: str
    reply_to: str | None = None


@define(kw_only=True)
class PongFrame(ServerFrame):
    type: ClassVar[str] = "pong"


@define(kw_only=True)
class HistoryFrame(ServerFrame):
    type: ClassVar[str] = "history"
    messages: list[dict[str, Any]]


_converter = cattrs.Converter()


def to_wire(frame: ServerFrame) -> dict[str, Any]:
    """The JSON object for `frame`, `type` first."""
    return {"type": frame.type, **_converter.unstructure(frame)}


def dumps(frame: ServerFrame) -> str:
    return json.dumps(to_wire(frame), ensure_ascii=False)
