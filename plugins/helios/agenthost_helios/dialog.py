"""Helios' dialog state: what the last answer was about, so the next message can build on it.

Kept in the user's `state.json` under the key `helios` (each agent owns one key):

    {"helios": {"intent": "plan", "plan": {...make_plan arguments...}, "reason": "why it is so",
                "logged": ["w-…"], "pending": [{"activity": "swimming", "date": "…"}],
                "summary": {"period": "this_week"}, "at": "2025-05-01T07:30:00Z"}}

"make it 4 days" is the last plan's arguments with `days_per_week` changed; "why?" reads
`reason`; "delete that" takes out the `logged` ids; "45 minutes", after "how long was the
swim?", completes the `pending` entry. The state is a convenience: a damaged `state.json` is
reported in the log and the turn goes on without it, so it is fsynced with the logs
(`sync=False`) rather than before each reply.
"""

from __future__ import annotations

import logging
from typing import Any

from host.storage import UserStore

from agenthost_helios.records import iso, now

STATE_FILE = "state.json"
KEY = "helios"
log = logging.getLogger(__name__)


async def read(store: UserStore) -> dict[str, Any]:
    """Helios' part of state.json, or {} when there is none (or the file is damaged)."""
    try:
        doc = await store.read_json(STATE_FILE, {})
    except Exception:
        log.exception("could not read %s for user %s", STATE_FILE, store.user_id)
        return {}
    mine = doc.get(KEY) if isinstance(doc, dict) else None
    return mine if isinstance(mine, dict) else {}


async def write(store: UserStore, state: dict[str, Any]) -> None:
    """Replace Helios' part of state.json with `state`, leaving the other agents' keys alone."""

    def change(doc: Any) -> None:
        if not isinstance(doc, dict):
            raise ValueError(f"{STATE_FILE} is not a JSON object")
        doc[KEY] = {**state, "at": iso(now())}

    try:
        await store.update_json(STATE_FILE, {}, change, sync=False)  # fsynced with the logs
    except Exception as exc:  # the answer is already decided; losing the state only loses context
        log.warning("could not save Helios' dialog state for user %s: %s", store.user_id, exc)
