"""MET values from the Compendium of Physical Activities and the calorie estimate built on them.

The table lives in `data/activities.json` (with its citation). Calories burned are
MET x body weight in kg x hours, the Compendium's own rule of thumb (1 MET ~ 1 kcal/kg/h).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from agenthost_helios.text import normalise, phrase_pattern

INTENSITIES = ("low", "moderate", "high")
DEFAULT_WEIGHT_KG = 70.0
# When the Compendium has no entry for the asked intensity, the nearest one stands in.
_FALLBACK = {
    "low": ("low", "moderate", "high"),
    "moderate": ("moderate", "low", "high"),
    "high": ("high", "moderate", "low"),
}


@frozen
class MetEntry:
    """One Compendium row: its code, MET value and description."""

    code: str
    met: float
    description: str


@frozen
class Activity:
    """An activity people log, with the Compendium rows for each intensity and, maybe, by speed."""

    id: str
    name: str
    aliases: tuple[str, ...]
    entries: dict[str, MetEntry]
    speed_rows: tuple[tuple[float, MetEntry], ...] = ()
    max_kmh: float | None = None  # faster than any person goes: a distance and time past it are a typo
    typical_kmh: float | None = None  # assumed when a distance comes without a time ("ran 5k")

    def entry_for(self, intensity: str) -> MetEntry:
        """The row for `intensity`, or the nearest intensity the Compendium lists."""
        for key in _FALLBACK[intensity]:
            if key in self.entries:
                return self.entries[key]
        raise LookupError(f"activity {self.id} has no MET entries")

    def entry_for_speed(self, kmh: float) -> MetEntry | None:
        """The row whose speed is closest to `kmh`, when this activity has a speed table."""
        if not self.speed_rows:
            return None
        return min(self.speed_rows, key=lambda row: abs(row[0] - kmh))[1]


def _entry(raw: dict[str, Any]) -> MetEntry:
    return MetEntry(code=raw["code"], met=float(raw["met"]), description=raw["description"])


@cache
def _data() -> dict[str, Any]:
    text = resources.files("agenthost_helios").joinpath("data/activities.json").read_text("utf-8")
    return json.loads(text)


@cache
def activities() -> tuple[Activity, ...]:
    """Every activity in the table, in file order."""
    result = []
    for raw in _data()["activities"]:
        speeds = raw.get("speeds") or {}
        result.append(
            Activity(
                id=raw["id"],
                name=raw["name"],
                aliases=tuple(raw["aliases"]),
                entries={k: _entry(v) for k, v in raw["entries"].items()},
                speed_rows=tuple((float(r["kmh"]), _entry(r)) for r in speeds.get("rows", [])),
                max_kmh=raw.get("max_kmh", speeds.get("max_kmh")),
                typical_kmh=raw.get("typical_kmh"),
            )
        )
    return tuple(result)


def citation() -> list[str]:
    """The Compendium references the table comes from."""
    return list(_data()["_source"])


@cache
def _by_phrase() -> dict[str, Activity]:
    table: dict[str, Activity] = {}
    for activity in activities():
        for phrase in (activity.id, activity.name, *activity.aliases):
            table.setdefault(normalise(phrase), activity)
    return table


@cache
def _pattern() -> re.Pattern[str]:
    return phrase_pattern(_by_phrase())


def pattern() -> re.Pattern[str]:
    """The regex finding any name or alias (on `text.normalise`d text), longest first."""
    return _pattern()


def by_phrase(phrase: str) -> Activity:
    """The activity a matched name or alias stands for (KeyError if none)."""
    return _by_phrase()[phrase]


def general_exercise() -> Activity:
    """The stand-in used for an activity the table does not know."""
    return by_id("general_exercise")


def by_id(activity_id: str) -> Activity:
    """The activity with this id (raises KeyError if there is none)."""
    for activity in activities():
        if activity.id == activity_id:
            return activity
    raise KeyError(activity_id)


def find_activity(name: str) -> Activity | None:
    """The activity named exactly (id, name or alias; case and punctuation ignored), else the
    first activity mentioned anywhere in `name`, else None."""
    key = normalise(name)
    if key in _by_phrase():
        return _by_phrase()[key]
    return activity_in_text(name)


def activity_in_text(text: str) -> Activity | None:
    """The first activity mentioned in free text, preferring the longest phrase at a position."""
    match = _pattern().search(normalise(text))
    return _by_phrase()[match.group(0)] if match else None


def calories(met: float, weight_kg: float, minutes: float) -> int:
    """Estimated kcal burned: MET x kg x hours, rounded half up."""
    return math.floor(met * weight_kg * minutes / 60 + 0.5)


def description(activity_id: str, code: str) -> str:
    """The Compendium's words for the row with `code` of an activity ('' when unknown)."""
    try:
        activity = by_id(activity_id)
    except KeyError:
        return ""
    rows = list(activity.entries.values()) + [row for _, row in activity.speed_rows]
    return next((row.description for row in rows if row.code == code), "")
