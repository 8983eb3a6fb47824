"""Wire protocol v1: the frames a client sends and the frames the server answers with.

Client -> server: `message` (a plain text frame counts as one), `ping`, `history`.
Server -> client: `welcome`, `typing`, `chunk`, `message` (the final reply), `error`, `pong`,
`history`. Every server frame is a JSON object with `type` and `timestamp`.
See docs/protocol.md for the prose version.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, ClassVar

import cattrs
import orjson
from attrs import Factory, define, field, fields

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


MAX_ID_CHARS = 128
MAX_TIMESTAMP_CHARS = 64
_UNSAFE_TEXT = re.compile("[\x00\ud800-\udfff]")  # NUL, and surrogates UTF-8 cannot encode


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > 20:
        raise ValueError(f"number {text[:20]}... has too many digits")
    return int(text)


# Made once: json.loads with these arguments would build a new decoder for every frame.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float, parse_int=_bounded_int)


def _loads(raw: str) -> Any:
    """`json.loads` that refuses NaN, Infinity, numbers out of range and absurd nesting."""
    try:
        return _DECODER.decode(raw)
    except json.JSONDecodeError as exc:
        raise ProtocolError("invalid_json", f"frame is not valid JSON: {exc.msg} at position {exc.pos}") from None
    except RecursionError:
        raise ProtocolError("invalid_json", "frame is nested too deeply") from None
    except ValueError as exc:
        raise ProtocolError("invalid_json", f"frame is not valid JSON: {exc}") from None


def _check_text(value: str, field: str, reply_to: str | None) -> str:
    bad = _UNSAFE_TEXT.search(value)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else f"an unpaired surrogate (U+{ord(bad.group()):04X})"
        raise ProtocolError("invalid_json", f"'{field}' contains {what}; send plain UTF-8 text", reply_to)
    return value


def _client_id(data: dict[str, Any]) -> str | None:
    """The frame's `id`, checked: a string of at most 128 characters of plain text (a whole
    number is taken as its digits, as clients of the original backend send)."""
    value = data.get("id")
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS or _UNSAFE_TEXT.search(value):
        raise ProtocolError(
            "invalid_json", f"'id' must be a non-empty string of at most {MAX_ID_CHARS} characters of plain text"
        )
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_client_frame(raw: str, max_message_bytes: int) -> ClientFrame:
    """Turn one text frame into a client frame, or raise `ProtocolError` saying what is wrong.

    Nothing else escapes: hostile input (deep nesting, NaN, 1e400, lone surrogates, NUL, an
    enormous id) is a `ProtocolError` like any other mistake, and the socket stays open.
    """
    stripped = raw.lstrip()
    if not stripped.startswith("{"):
        return _check_message(ClientMessage(message=_check_text(raw, "message", None)), max_message_bytes)
    data = _loads(raw)
    if not isinstance(data, dict):
        raise ProtocolError("invalid_json", "frame must be a JSON object")
    reply_to = _client_id(data)
    kind = data.get("type", "message")
    if kind == "message":
        text = data.get("message")
        if not isinstance(text, str):
            raise ProtocolError("empty_message", "a message frame needs a 'message' string", reply_to)
        timestamp = data.get("timestamp")
        if timestamp is not None and (not isinstance(timestamp, str) or len(timestamp) > MAX_TIMESTAMP_CHARS):
            raise ProtocolError("invalid_json", f"'timestamp' must be a string of at most {MAX_TIMESTAMP_CHARS} characters", reply_to)
        _check_text(text, "message", reply_to)
        if timestamp is not None:
            _check_text(timestamp, "timestamp", reply_to)
        return _check_message(ClientMessage(message=text, id=reply_to, timestamp=timestamp), max_message_bytes)
    if kind == "ping":
        return Ping()
    if kind == "history":
        limit = data.get("limit", 20)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 200:
            raise ProtocolError("invalid_json", "'limit' must be a whole number from 1 to 200", reply_to)
        return HistoryRequest(limit=limit)
    if not isinstance(kind, str):
        raise ProtocolError("invalid_json", "'type' must be a string: 'message', 'ping' or 'history'", reply_to)
    raise ProtocolError(
        "unknown_type", f"unknown frame type {_short(kind)}; expected 'message', 'ping' or 'history'", reply_to
    )


def _check_message(frame: ClientMessage, max_message_bytes: int) -> ClientMessage:
    # Surrogates are refused before this point, so the text always encodes.
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
    retry_after: float | None = None  # seconds, with `rate_limited`; left out of the frame when None


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
    wire = {"type": frame.type, **_converter.unstructure(frame)}
    if wire.get("retry_after", 0) is None:
        del wire["retry_after"]
    return wire


def dumps(frame: ServerFrame) -> str:
    """`frame` as JSON text (see `encode` for what the socket sends)."""
    return encode(frame).decode("utf-8")


def encode(frame: ServerFrame) -> bytes:
    """`frame` as the UTF-8 JSON a text frame carries. A turn's frames (`message`, `chunk`,
    `history`) are encoded by orjson, 30x faster than json for a reply frame; what orjson
    refuses goes through json instead (a plugin's lone surrogate costs that one character,
    replaced, never the whole frame).

    The small frames of an idle socket (`welcome`, `pong`, ...) go through json: orjson's
    output buffer, freed among the socket's long-lived objects, left heap holes that cost each
    idle socket 4 KiB more resident memory (bench/idle_sockets.py: 22.4 -> 26.7 KiB)."""
    names = _ORJSON_FRAMES.get(type(frame))
    if names is not None:
        # First without cattrs (which copied every dict of the frame and cost a reply frame
        # about 30,000 instructions): the fields as they are, for orjson to write only what it
        # writes exactly as it writes cattrs' copy (plain dicts, lists, tuples, strings,
        # numbers, None, enums). Anything else (an attrs object, a subclass, a datetime, a
        # set) raises here, and the frame takes the way below, as before.
        try:
            return orjson.dumps({"type": frame.type, **{name: getattr(frame, name) for name in names}},
                                default=_not_plain, option=_PLAIN_ONLY)
        except (orjson.JSONEncodeError, TypeError):
            pass
    wire = to_wire(frame)
    if isinstance(frame, _ORJSON_TYPES):
        try:
            return orjson.dumps(wire, option=orjson.OPT_NON_STR_KEYS)
        except (orjson.JSONEncodeError, TypeError):
            pass
    return json.dumps(wire, ensure_ascii=False).encode("utf-8", "replace")


def _not_plain(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} goes through cattrs")


# orjson writes subclasses of str, int, dict and list, datetimes and dataclasses itself; with
# these options it hands them to `default` instead, which sends the frame through cattrs.
_PLAIN_ONLY = (orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME
               | orjson.OPT_PASSTHROUGH_DATACLASS)
# The frames of a turn, written by orjson, and their fields in cattrs' order (the attrs order).
_ORJSON_FRAMES: dict[type[ServerFrame], tuple[str, ...]] = {
    cls: tuple(attribute.name for attribute in fields(cls)) for cls in (MessageFrame, ChunkFrame, HistoryFrame)
}
_ORJSON_TYPES = tuple(_ORJSON_FRAMES)  # and their subclasses, through cattrs
