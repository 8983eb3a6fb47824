"""The external app's wire format: which frames are chat messages, who sent them, and how a
reply goes back. Pure functions, no I/O."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from attrs import frozen

from host.storage import InvalidName, check_user_id

TEXT_FIELDS = ("message", "content", "text")
SENDER_FIELDS = ("sender", "from", "user", "user_id")
ID_FIELDS = ("id", "message_id", "msg_id")
# Frames that carry no chat message for an agent (presence, keep-alives, our own replies).
NON_CHAT_TYPES = frozenset(
    {
        "ping", "pong", "heartbeat", "system", "presence", "join", "joined", "leave", "left",
        "typing", "status", "welcome", "ack", "error", "agent_response",
    }
)
ANONYMOUS_SENDER = "anonymous"
# The original backend's single user: kept as the combined log of everything bridged.
BRIDGE_LOG_USER = "external-socket-user"
USER_PREFIX = "external-"


@frozen
class ExternalMessage:
    """A chat message from the external app, ready to be routed."""

    text: str
    sender: str  # as the external app named it
    message_id: str | None
    plain: bool  # the peer spoke plain text, so the reply goes back as plain text


@frozen
class Skipped:
    """A frame that is not routed, and why (`echo`, `non_chat`, `invalid_json`, `empty`, ...)."""

    reason: str
    detail: str = ""


def parse_frame(raw: str | bytes, our_id: str, max_message_bytes: int) -> ExternalMessage | Skipped:
    """Classify one frame from the external app: a message to route, or why it is skipped."""
    if isinstance(raw, bytes):
        return Skipped("binary", f"{len(raw)} bytes")
    size = len(raw.encode("utf-8", errors="replace"))
    if size > max_message_bytes:
        return Skipped("too_large", f"{size} bytes; the limit is {max_message_bytes}")
    if not raw.lstrip().startswith("{"):
        if not raw.strip():
            return Skipped("empty")
        return ExternalMessage(text=raw, sender=ANONYMOUS_SENDER, message_id=None, plain=True)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return Skipped("invalid_json", f"{exc.msg} at position {exc.pos}")
    if not isinstance(data, dict):
        return Skipped("invalid_json", "not a JSON object")
    kind = data.get("type")
    sender = _first_string(data, SENDER_FIELDS)
    if kind == "agent_response" or any(_first_string(data, (name,)) == our_id for name in SENDER_FIELDS):
        return Skipped("echo")
    if isinstance(kind, str) and kind.lower() in NON_CHAT_TYPES:
        return Skipped("non_chat", kind)
    text = _first_string(data, TEXT_FIELDS)
    if text is None or not text.strip():
        return Skipped("empty", f"type {kind!r} without message/content/text")
    message_id = _first_string(data, ID_FIELDS)
    return ExternalMessage(text=text, sender=sender or ANONYMOUS_SENDER, message_id=message_id, plain=False)


def _first_string(data: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for name in fields:
        value = data.get(name)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, dict):  # e.g. "user": {"id": "alice", "name": "Alice"}
            inner = value.get("id") or value.get("name")
            if isinstance(inner, (str, int)) and not isinstance(inner, bool) and str(inner):
                return str(inner)
    return None


def user_id_for(sender: str) -> str:
    """The host user id (and storage folder) of an external sender: `external-<sender>`, or
    `external-<sha256[:16]>` when the sender is not safe as a folder name. Never the combined
    log's folder, so no external user shares memory with another or with the log."""
    candidate = USER_PREFIX + sender
    try:
        check_user_id(candidate)
    except InvalidName:
        candidate = ""
    if not candidate or candidate == BRIDGE_LOG_USER:
        candidate = USER_PREFIX + hashlib.sha256(sender.encode("utf-8")).hexdigest()[:16]
    return candidate


def reply_payload(
    *,
    message: str,
    agent: str,
    agent_id: str | None,
    to: str | None,
    reply_to: str | None,
    timestamp: str,
    our_id: str,
    plain: bool,
    kind: str = "agent_response",
    extra: dict[str, Any] | None = None,
) -> str:
    """One outbound frame: the agent_response JSON object, or just the text when `plain`."""
    if plain:
        return message
    payload: dict[str, Any] = {
        "type": kind,
        "message": message,
        "agent": agent,
        "agent_id": agent_id,
        "to": to,
        "reply_to": reply_to,
        "timestamp": timestamp,
        "from": our_id,
    }
    payload.update(extra or {})
    return json.dumps(payload, ensure_ascii=False)
