"""workouts.json's shape, dates, and the totals computed from workouts.

    workouts.json   {"plans": [plan, ...], "goals": [goal, ...]}   small, rewritten whole
    workouts.jsonl  one workout per line, only ever appended (see `workout_log`)

workouts.json is only ever changed through `store.update_json`, under the user's lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from host import ToolError
from host.clock import now  # noqa: F401  (records.now() is the host's clock)

WORKOUTS_FILE = "workouts.json"
WORKOUTS_LOG = "workouts.jsonl"
LISTS = ("plans", "goals")
# A MET of 6 or more is vigorous: health guidelines count its minutes double.
VIGOROUS_MET = 6.0
LIGHT_MET = 3.0


def empty() -> dict[str, list[Any]]:
    """A new, empty workouts.json document."""
    return {name: [] for name in LISTS}


def checked(doc: Any) -> dict[str, Any]:
    """`doc` with every list present, edited in place; ToolError if it is not a JSON object."""
    if not isinstance(doc, dict):
        raise ToolError(f"{WORKOUTS_FILE} is not in the expected format (a JSON object); it was left untouched")
    for name in LISTS:
        if not isinstance(doc.get(name), list):
            doc[name] = []
    return doc


def iso(moment: datetime) -> str:
    """`2024-05-01T07:30:00Z`: the timestamp form used in workouts.jsonl and workouts.json."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(text: Any) -> datetime | None:
    """A stored timestamp, or None if it is missing or malformed."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_day(text: str, field: str) -> date:
    """A `YYYY-MM-DD` argument as a date; ToolError naming `field` if it is not one."""
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ToolError(f"{field} must be a date like 2025-06-30 (got {text!r})") from None


def totals(
    workouts: Iterable[Any], days: int, activity: str | None = None, since: datetime | None = None
) -> dict[str, Any]:
    """Sessions, minutes, calories and per-activity sums for the workouts dated from `since`
    (default: `days` days ago) on."""
    since = since or now() - timedelta(days=days)
    chosen = []
    for workout in workouts:
        if not isinstance(workout, dict):
            continue
        moment = parse_iso(workout.get("date"))
        if moment is None or moment < since:
            continue
        if activity and workout.get("activity") != activity:
            continue
        chosen.append(workout)
    by_activity: dict[str, dict[str, Any]] = {}
    active = 0.0
    for workout in chosen:
        minutes = float(workout.get("duration_min") or 0)
        met = float(workout.get("met") or 0)
        entry = by_activity.setdefault(
            workout.get("activity", "other"),
            {
                "activity": workout.get("activity", "other"),
                "name": workout.get("activity_name", "Other"),
                "sessions": 0,
                "minutes": 0.0,
                "calories": 0,
            },
        )
        entry["sessions"] += 1
        entry["minutes"] += minutes
        entry["calories"] += int(workout.get("calories") or 0)
        if met >= VIGOROUS_MET:
            active += 2 * minutes
        elif met >= LIGHT_MET:
            active += minutes
    summary = sorted(by_activity.values(), key=lambda e: (-e["minutes"], e["name"]))
    for entry in summary:
        entry["minutes"] = _tidy(entry["minutes"])
    return {
        "days": days,
        "since": iso(since),
        "sessions": len(chosen),
        "minutes": _tidy(sum(float(w.get("duration_min") or 0) for w in chosen)),
        "calories": sum(int(w.get("calories") or 0) for w in chosen),
        # Moderate-equivalent minutes: what the WHO's 150-300 minutes a week counts.
        "active_minutes": _tidy(active),
        "by_activity": summary,
    }


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)
