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
    running = Totals(days, activity, since, until)
    for workout in workouts:
        running.add(workout)
    return running.summary()


class Totals:
    """`totals` kept as workouts are logged: `add` each workout in the log's order, and
    `summary()` is what `totals` over them all gives (the same sums, in the same order).
    `workout_log.week` keeps one over the last 7 days, so logging the 1,000th workout of a
    day costs what the first did."""

    def __init__(self, days: int, activity: str | None = None, since: datetime | None = None, until: datetime | None = None) -> None:
        self.days, self.activity, self.until = days, activity, until
        self.since = since or now() - timedelta(days=days)
        self.sessions = 0
        self.minutes = 0.0
        self.calories = 0
        self.moderate = self.vigorous = 0.0
        self.assumed = 0
        self.by_activity: dict[str, dict[str, Any]] = {}
        self.by_day: dict[str, dict[str, Any]] = {}
        self.strength_days: set[str] = set()
        self.earliest: datetime | None = None  # the earliest date counted

    def add(self, workout: Any) -> None:
        """Count `workout` if it is dated within the span (and of the activity asked for)."""
        if not isinstance(workout, dict):
            return
        moment = parse_iso(workout.get("date"))
        if moment is None or moment < self.since or (self.until is not None and moment >= self.until):
            return
        if self.activity and workout.get("activity") != self.activity:
            return
        self.earliest = moment if self.earliest is None else min(self.earliest, moment)
        minutes = _float(workout.get("duration_min"))
        met = _float(workout.get("met"))
        kcal = int(_float(workout.get("calories")))
        name = workout.get("activity_name", "Other")
        self.sessions += 1
        self.minutes += minutes
        self.calories += kcal
        entry = self.by_activity.setdefault(
            workout.get("activity", "other"),
            {"activity": workout.get("activity", "other"), "name": name, "sessions": 0, "minutes": 0.0, "calories": 0},
        )
        entry["sessions"] += 1
        entry["minutes"] += minutes
        entry["calories"] += kcal
        day = moment.date().isoformat()
        daily = self.by_day.setdefault(day, {"date": day, "sessions": 0, "minutes": 0.0, "calories": 0, "activities": []})
        daily["sessions"] += 1
        daily["minutes"] += minutes
        daily["calories"] += kcal
        own = workout.get("exercise") or workout.get("label") or name
        if own not in daily["activities"]:
            daily["activities"].append(own)
        if met >= VIGOROUS_MET:
            self.vigorous += minutes
        elif met >= LIGHT_MET:
            self.moderate += minutes
        if workout.get("activity") in STRENGTH_ACTIVITIES:
            self.strength_days.add(day)
        if workout.get("weight_assumed"):
            self.assumed += 1

    def move_to(self, since: datetime) -> bool:
        """Start the span at `since` (later than before) if no workout counted is dated
        before it; False (start again) if one is."""
        if since < self.since or (self.earliest is not None and self.earliest < since):
            return False
        self.since = since
        return True

    def summary(self) -> dict[str, Any]:
        """The totals as `totals` returns them (fresh objects, the caller may change them)."""
        by_activity = sorted(self.by_activity.values(), key=lambda e: (-e["minutes"], e["name"]))
        return {
            "days": self.days,
            "since": iso(self.since),
            "until": iso(self.until) if self.until is not None else None,
            "sessions": self.sessions,
            "minutes": _tidy(self.minutes),
            "calories": self.calories,
            "moderate_minutes": _tidy(self.moderate),
            "vigorous_minutes": _tidy(self.vigorous),
            # Moderate-equivalent minutes: what the WHO's 150-300 minutes a week counts.
            "active_minutes": _tidy(self.moderate + 2 * self.vigorous),
            "strength_days": len(self.strength_days),
            "weight_assumed": self.assumed,
            "by_activity": [{**entry, "minutes": _tidy(entry["minutes"])} for entry in by_activity],
            "by_day": [
                {**daily, "minutes": _tidy(daily["minutes"]), "activities": list(daily["activities"])}
                for daily in sorted(self.by_day.values(), key=lambda d: d["date"])
            ],
        }


def _float(value: Any) -> float:
    """A stored number, or 0 for anything else (a hand-edited line must not break a summary)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    return float(value) if value == value and abs(value) != float("inf") else 0.0


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)
