"""workouts.jsonl: the workout log, one workout per line, in the order the workouts were logged.

Logging appends one line; reading goes backwards from the end and stops at the first workout
logged before the window asked for, so a week costs the same after 10 or 100,000 workouts.
A workout's place in the log is when it was logged: `logged_at` for one logged for an earlier
day, else its `date`. Filtering on `date` afterwards is exact: nothing is logged before it happened.

Workouts used to live in workouts.json's "workouts" list; `migrate` moves them here once.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections import Counter
from datetime import datetime
from typing import Any

from host import ToolError
from host.storage import UserStore

from agenthost_helios.records import WORKOUTS_FILE, WORKOUTS_LOG, iso, parse_iso

# One migration at a time per user: the store's own lock is held by each call it makes, not
# across the read-append-rewrite a migration needs. Entries vanish once no call holds them.
_MIGRATIONS: weakref.WeakValueDictionary[tuple[int, str], asyncio.Lock] = weakref.WeakValueDictionary()


def logged_key(workout: Any) -> str:
    """When `workout` was logged, as `2025-05-01T07:30:00Z` ('' when unknown): its order in the log."""
    if not isinstance(workout, dict):
        return ""
    moment = parse_iso(workout.get("logged_at") or workout.get("date"))
    return iso(moment) if moment else ""


async def append(store: UserStore, workout: dict[str, Any]) -> None:
    """Add `workout` at the end of the log (an old workouts.json list is moved first)."""
    await migrate(store)
    await store.append_records(WORKOUTS_LOG, [workout])


async def logged_since(store: UserStore, since: datetime) -> list[dict[str, Any]]:
    """The workouts logged from `since` on, oldest first: a superset of those dated from `since`."""
    await migrate(store)
    cutoff = iso(since)
    return await store.recent_records(WORKOUTS_LOG, while_=lambda workout: logged_key(workout) >= cutoff)


async def last_logged(store: UserStore) -> dict[str, Any] | None:
    """The workout logged most recently, or None for an empty log."""
    await migrate(store)
    newest = await store.recent_records(WORKOUTS_LOG, limit=1)
    return newest[0] if newest and isinstance(newest[0], dict) else None


async def migrate(store: UserStore) -> None:
    """Move an old workouts.json "workouts" list into workouts.jsonl, once, losing nothing.

    The list goes in the order the workouts were logged, after anything a move interrupted by a
    crash already wrote (those are not written twice), then is dropped from workouts.json.
    Raises ToolError, changing nothing, when workouts.json is not a JSON object.
    """
    if not _has_list(await store.read_json(WORKOUTS_FILE)):
        return
    key = (id(asyncio.get_running_loop()), store.user_id)
    lock = _MIGRATIONS.get(key)
    if lock is None:
        lock = _MIGRATIONS[key] = asyncio.Lock()
    async with lock:
        doc = await store.read_json(WORKOUTS_FILE)
        if not _has_list(doc):
            return  # moved by a call that held the lock before us
        old = doc["workouts"] if isinstance(doc["workouts"], list) else []
        if old:
            # The whole log, read only during the move: it is empty unless a move was interrupted.
            written = Counter(_canonical(record) for record in await store.recent_records(WORKOUTS_LOG))
            missing = []
            for workout in sorted(old, key=logged_key):
                if written[_canonical(workout)]:
                    written[_canonical(workout)] -= 1
                else:
                    missing.append(workout)
            if missing:
                await store.append_records(WORKOUTS_LOG, missing)

        def drop(doc: Any) -> None:
            _has_list(doc)
            doc.pop("workouts", None)

        await store.update_json(WORKOUTS_FILE, {}, drop)


def _has_list(doc: Any) -> bool:
    """True when workouts.json still holds the old "workouts" key; ToolError if it is not an object."""
    if doc is None:
        return False
    if not isinstance(doc, dict):
        raise ToolError(f"{WORKOUTS_FILE} is not in the expected format (a JSON object); it was left untouched")
    return "workouts" in doc


def _canonical(record: Any) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)
