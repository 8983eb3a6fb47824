"""General's dialog state: what it last answered and why, kept in the user's `state.json`.

`state.json` holds one key per agent; General's is `general`:

    {"intent": "wellbeing", "slots": {"topic": "sleep", "tip": 2}, "reason": "...",
     "pending": {...} | null, "answer": "3f2a...", "units": {"weight": "lb", "height": "ft"}}

`intent` and `slots` let a follow-up ("tell me more", "and for teenagers?", "lb") be the last
answer with something changed; `reason` is what "why?" explains; `pending` is a question
General asked ("is 180 your height in cm or your weight in lb?") and the readings on offer;
`units` remembers the units the user speaks in. `answer`, a fingerprint of the reply's text,
ties the state to General's answer in the history, so a state left behind by an earlier answer
(before the model answered, or before another agent spoke) is never taken for the last one.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from attrs import Factory, define, frozen

from host.types import Turn

from agenthost_general.agent import NAME

log = logging.getLogger(__name__)

STATE = "state.json"


@frozen
class Intent:
    """What a message asks General for (`kind`) and the details (`data`)."""

    kind: str
    data: dict[str, Any] = Factory(dict)


@define
class Answer:
    """A reply, and what to remember about it for the next message."""

    text: str
    reason: str = ""
    slots: dict[str, Any] = Factory(dict)
    pending: dict[str, Any] | None = None


def last_answer(history: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The most recent assistant record in `history` (oldest first), or None."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            return record
    return None


def fingerprint(text: str) -> str:
    """A short hash of a reply's text: enough to recognise it in the history, nothing to read."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


async def load(turn: Turn) -> dict[str, Any]:
    """General's state when General gave the last answer (else only the remembered units)."""
    data = await turn.store.read_json(STATE, {})
    state = data.get(NAME) if isinstance(data, dict) else None
    if not isinstance(state, dict):
        return {}
    last = last_answer(turn.history)
    if last is None or last.get("agent") != NAME or fingerprint(str(last.get("text") or "")) != state.get("answer"):
        return {"units": state.get("units", {})} if isinstance(state.get("units"), dict) else {}
    return state


async def save(turn: Turn, intent: str, answer: Answer, units: dict[str, str] | None = None) -> None:
    """Record this answer as General's last one, keeping the other agents' keys."""
    state: dict[str, Any] = {
        "intent": intent,
        "slots": answer.slots,
        "reason": answer.reason,
        "pending": answer.pending,
        "answer": fingerprint(answer.text),
    }

    def change(data: Any) -> None:
        if not isinstance(data, dict):
            raise TypeError("state.json is not a JSON object")
        earlier = data.get(NAME) if isinstance(data.get(NAME), dict) else {}
        state["units"] = {**(earlier.get("units") or {}), **(units or {})}
        data[NAME] = state

    try:
        await turn.store.update_json(STATE, {}, change, sync=False)  # cheap to lose: fsynced with the logs
    except (TypeError, OSError) as exc:
        # The reply is more important than the follow-up memory: answer anyway, say why in the log.
        log.warning("General could not save its dialog state for %s: %s", turn.message_id, exc)
