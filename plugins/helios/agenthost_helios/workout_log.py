"""workouts.jsonl: the workout log, one workout per line, in the order the workouts were logged.

Logging appends one line; reading goes backwards from the end and stops at the first workout
logged before the window asked for, so a week costs the same after 10 or 100,000 workouts; the
week's totals after each log are kept up to date in memory (`week`), so the 1,000th workout
of a day costs what the first did.
A workout's place in the log is when it was logged: `logged_at` for one logged for an earlier
day, else its `date`. Filtering on `date` afterwards is exact: nothing is logged before it happened.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from host.log_window import LogWindow, fold
from host.storage import UserStore

from agenthost_helios import records
from agenthost_helios.records import WORKOUTS_LOG, iso, parse_iso


def logged_key(workout: Any) -> str:
    """When `workout` was logged, as `2025-05-01T07:30:00Z` ('' when unknown): its order in the log."""
    if not isinstance(workout, dict):
        return ""
    moment = parse_iso(workout.get("logged_at") or workout.get("date"))
    return iso(moment) if moment else ""


async def append(store: UserStore, workout: dict[str, Any]) -> None:
    """Add `workout` at the end of the log."""
    await store.append_records(WORKOUTS_LOG, [workout])


async def append_all(store: UserStore, workouts: list[dict[str, Any]]) -> None:
    """Add `workouts` at the end of the log in one write."""
    await store.append_records(WORKOUTS_LOG, workouts)


async def logged_since(store: UserStore, since: datetime) -> list[dict[str, Any]]:
    """The workouts logged from `since` on, oldest first: a superset of those dated from `since`."""
    cutoff = iso(since)
    return await store.recent_records(WORKOUTS_LOG, while_=lambda workout: logged_key(workout) >= cutoff)


async def week(store: UserStore, since: datetime) -> records.Totals:
    """The totals of the workouts dated from `since` (7 days back), kept in the user's memo
    and brought up to date with only what was logged after them (`host.log_window`): the
    same figures as `records.totals` over `logged_since(store, since)`, at the cost of the
    workouts logged since the last look. Read them; do not change them."""
    window = await LogWindow.of(store, WORKOUTS_LOG, key=logged_key, since=iso(since), tag="week")
    return fold(
        window, store.memo, "helios.week", lambda: records.Totals(7, since=since), records.Totals.add,
        still_valid=lambda week: week.move_to(since),
    )


async def last_logged(store: UserStore) -> dict[str, Any] | None:
    """The workout logged most recently, or None for an empty log."""
    newest = await store.recent_records(WORKOUTS_LOG, limit=1)
    return newest[0] if newest and isinstance(newest[0], dict) else None

