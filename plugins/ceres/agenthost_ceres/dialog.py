"""Ceres' dialog state: the `ceres` key of the user's `state.json`.

It holds what the last answer was about, so a short follow-up is the last request with a
changed slot: `intent` (e.g. "ideas"), `slots` (meal type, diet, exclusions, food, period,
goal...), `reason` (why the answer is what it is, for "why?"), `examples` (the follow-ups the
answer suggested) and `at` (when). Other agents' keys in the file are left alone. It is
written only when it changed, as an atomic replace fsynced with the logs (`sync=False`: cheap
to lose, and written on many turns).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import Factory, asdict, define

from host.clock import utc_now
from host.storage import UserStore

STATE_FILE = "state.json"
KEY = "ceres"


@define
class DialogState:
    """What Ceres last answered, and the slots a follow-up may change."""

    intent: str | None = None
    slots: dict[str, Any] = Factory(dict)
    reason: str = ""
    examples: list[str] = Factory(list)
    at: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> DialogState:
        """Read the stored state, tolerating anything malformed (it starts afresh)."""
        if not isinstance(data, Mapping):
            return cls()
        slots = data.get("slots")
        examples = data.get("examples")
        return cls(
            intent=data.get("intent") if isinstance(data.get("intent"), str) else None,
            slots=dict(slots) if isinstance(slots, Mapping) else {},
            reason=data.get("reason") if isinstance(data.get("reason"), str) else "",
            examples=[e for e in examples if isinstance(e, str)] if isinstance(examples, list) else [],
            at=data.get("at") if isinstance(data.get("at"), str) else None,
        )

    def same_as(self, other: DialogState) -> bool:
        """True when `other` holds the same intent, slots, reason and examples (not the time)."""
        return (self.intent, self.slots, self.reason, self.examples) == (other.intent, other.slots, other.reason, other.examples)


async def load(store: UserStore) -> DialogState:
    """Ceres' state for this user (empty when there is none)."""
    document = await store.read_json(STATE_FILE, {})
    return DialogState.from_json(document.get(KEY) if isinstance(document, Mapping) else None)


async def save(store: UserStore, state: DialogState) -> None:
    """Write Ceres' key of state.json, keeping every other agent's key."""
    state.at = utc_now()
    record = asdict(state)

    def change(document: Any) -> None:
        if isinstance(document, dict):
            document[KEY] = record

    await store.update_json(STATE_FILE, {}, change, sync=False)
