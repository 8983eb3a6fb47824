"""The records a turn writes to a user's history (`history.jsonl`, or a Redis stream), and the
readable entry it adds to `conversations.md`. One place for their shape: the dispatcher, the
test kit and every storage backend use these.

    user       {"role": "user", "text", "id", "timestamp", "transport", "conversation"?}
    assistant  {"role": "assistant", "text", "agent", "id", "reply_to", "timestamp",
                "routing": {"method", "scores", "confidence"}, "tool_calls"?, "llm_error"?, "safety"?}
    error      {"role": "error", "code", "text", "id", "reply_to", "timestamp", "agent"?}

Memory for the model reads only `user` and `assistant` records; an `error` record says a
message got no answer and why (the agent failed, the server restarted).
"""

from __future__ import annotations

import os
from typing import Any

from host.clock import utc_now
from host.types import Inbound, Intervention, Reply, RoutingDecision


def new_id() -> str:
    """A fresh record id: a random (version 4) UUID as 32 hex digits, what `uuid.uuid4().hex`
    gives, made from the 16 random bytes directly (RFC 9562 5.4: the version and variant bits
    set), without building a UUID object: 0.6 us instead of 5."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # variant 10 (RFC)
    return raw.hex()


def user_record(inbound: Inbound, received: str) -> dict[str, Any]:
    """The user's message, written the moment it is received."""
    record: dict[str, Any] = {"role": "user", "text": inbound.text, "id": inbound.message_id, "timestamp": received, "transport": inbound.transport}
    if inbound.conversation is not None:
        record["conversation"] = inbound.conversation
    return record


def in_conversation(history: list[dict[str, Any]], conversation: str) -> list[dict[str, Any]]:
    """The records of one conversation: the user's messages in it and the answers to them."""
    asked = {r.get("id") for r in history if r.get("role") == "user" and r.get("conversation") == conversation}
    return [r for r in history if (r.get("id") if r.get("role") == "user" else r.get("reply_to")) in asked]


def assistant_record(
    *,
    reply: Reply,
    agent: str,
    reply_id: str,
    reply_to: str,
    routing: RoutingDecision,
    tool_calls: list[dict[str, Any]] = (),  # type: ignore[assignment]
    llm_error: str | None = None,
    safety: Intervention | None = None,
) -> dict[str, Any]:
    """An agent's (or the safety guard's) answer to the message `reply_to`."""
    record: dict[str, Any] = {
        "role": "assistant",
        "text": reply.text,
        "agent": agent,
        "id": reply_id,
        "reply_to": reply_to,
        "timestamp": utc_now(),
        "routing": {**routing.to_wire(), "confidence": round(routing.confidence, 3)},
    }
    if tool_calls:
        record["tool_calls"] = list(tool_calls)
    if llm_error:
        record["llm_error"] = llm_error
    if safety is not None:
        record["safety"] = safety.to_wire()
    return record


def error_record(*, code: str, text: str, reply_to: str, agent: str | None = None) -> dict[str, Any]:
    """A message that got no answer: `code` is the error frame's code, `text` what the user was told."""
    record: dict[str, Any] = {"role": "error", "code": code, "text": text, "id": new_id(), "reply_to": reply_to, "timestamp": utc_now()}
    if agent:
        record["agent"] = agent
    return record


def conversation_entry(inbound: Inbound, received: str, label: str, answer: str, method: str, confidence: float) -> str:
    """One turn of `conversations.md`, the human-readable log (the original backend's format)."""
    return (
        f"## {received}\n\n"
        f"**User:** {inbound.text}\n\n"
        f"**{label}:** {answer}\n\n"
        f"_routing: {method}, confidence {confidence:.2f}_\n\n---\n\n"
    )


def last_agent(history: list[dict[str, Any]]) -> str | None:
    """The agent that answered most recently, for follow-ups."""
    return next((r.get("agent") for r in reversed(history) if r.get("role") == "assistant"), None)


__all__ = ["assistant_record", "conversation_entry", "error_record", "in_conversation", "last_agent", "new_id", "user_record"]
