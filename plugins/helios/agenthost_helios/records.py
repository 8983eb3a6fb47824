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


STRENGTH_ACTIVITIES = ("weight_training", "calisthenics", "circuit_training", "pilates")


def totals(
    workouts: Iterable[Any],
    days: int,
    activity: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> dict[str, Any]:
    """Sessions, minutes, calories, per-activity and per-day sums for the workouts dated from
    `since` (default: `days` days ago) up to `until` (default: no end).

    Minutes count for the WHO guideline by MET: 3 to under 6 is moderate, 6 or more vigorous
    (and counts double in `active_minutes`, the moderate-equivalent minutes)."""
    since = since or now() - timedelta(days=days)
    chosen = []
    for workout in workouts:
        if not isinstance(workout, dict):
            continue
        moment = parse_iso(workout.get("date"))
        if moment is None or moment < since or (until is not None and moment >= until):
            continue
        if activity and workout.get("activity") != activity:
            continue
        chosen.append((moment, workout))
    by_activity: dict[str, dict[str, Any]] = {}
    by_day: dict[str, dict[str, Any]] = {}
    moderate = vigorous = 0.0
    strength_days: set[str] = set()
    assumed = 0
    for moment, workout in chosen:
        minutes = _float(workout.get("duration_min"))
        met = _float(workout.get("met"))
        kcal = int(_float(workout.get("calories")))
        name = workout.get("activity_name", "Other")
        entry = by_activity.setdefault(
            workout.get("activity", "other"),
            {"activity": workout.get("activity", "other"), "name": name, "sessions": 0, "minutes": 0.0, "calories": 0},
        )
        entry["sessions"] += 1
        entry["minutes"] += minutes
        entry["calories"] += kcal
        day = moment.date().isoformat()
        daily = by_day.setdefault(day, {"date": day, "sessions": 0, "minutes": 0.0, "calories": 0, "activities": []})
        daily["sessions"] += 1
        daily["minutes"] += minutes
        daily["calories"] += kcal
        own = workout.get("exercise") or workout.get("label") or name
        if own not in daily["activities"]:
            daily["activities"].append(own)
        if met >= VIGOROUS_MET:
            vigorous += minutes
        elif met >= LIGHT_MET:
            moderate += minutes
        if workout.get("activity") in STRENGTH_ACTIVITIES:
            strength_days.add(day)
        if workout.get("weight_assumed"):
            assumed += 1
    summary = sorted(by_activity.values(), key=lambda e: (-e["minutes"], e["name"]))
    for entry in summary:
        entry["minutes"] = _tidy(entry["minutes"])
    daily_list = sorted(by_day.values(), key=lambda d: d["date"])
    for daily in daily_list:
        daily["minutes"] = _tidy(daily["minutes"])
    return {
        "days": days,
        "since": iso(since),
        "until": iso(until) if until is not None else None,
        "sessions": len(chosen),
        "minutes": _tidy(sum(_float(w.get("duration_min")) for _, w in chosen)),
        "calories": sum(int(_float(w.get("calories"))) for _, w in chosen),
        "moderate_minutes": _tidy(moderate),
        "vigorous_minutes": _tidy(vigorous),
        # Moderate-equivalent minutes: what the WHO's 150-300 minutes a week counts.
        "active_minutes": _tidy(moderate + 2 * vigorous),
        "strength_days": len(strength_days),
        "weight_assumed": assumed,
        "by_activity": summary,
        "by_day": daily_list,
    }


def _float(value: Any) -> float:
    """A stored number, or 0 for anything else (a hand-edited line must not break a summary)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    return float(value) if value == value and abs(value) != float("inf") else 0.0


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)
