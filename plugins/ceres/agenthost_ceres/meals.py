"""The user's meal log, `meals.jsonl` (one meal a line), and the sums over a day.

A record is {"id", "date" (ISO day, UTC), "logged_at", "meal_type", "text", "items": [...],
"totals": {...}}. Logging appends one line, so records are in `logged_at` order; a day's meals
are read backwards from the end, stopping at the first meal logged before that day (a meal is
never logged more than a day before its date), so today costs the same after 10 or 100,000 meals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from host.clock import now
from host.storage import UserStore
from host.types import ToolError

from agenthost_ceres.foods import NUTRIENTS

MEALS_LOG = "meals.jsonl"
MEAL_TYPES = ("breakfast", "lunch", "dinner", "snack")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def meal_type_for_hour(hour: int) -> str:
    """The meal people usually eat at `hour` (0-23)."""
    if 5 <= hour < 11:
        return "breakfast"
    if 11 <= hour < 15:
        return "lunch"
    if 17 <= hour < 22:
        return "dinner"
    return "snack"


def resolve_date(value: str | None, today: date | None = None) -> str:
    """An ISO date from "YYYY-MM-DD", "today", "yesterday" or None (today, UTC).

    Raises ToolError for anything else, including impossible dates like 2024-02-30."""
    today = today or now().date()
    if value is None or value.strip().lower() in ("", "today"):
        return today.isoformat()
    text = value.strip().lower()
    if text == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    if not DATE_PATTERN.match(text):
        raise ToolError(f"date must be YYYY-MM-DD, 'today' or 'yesterday', not {value!r}")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ToolError(f"{value!r} is not a real date") from None


def sum_nutrients(rows: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Totals of the five nutrients over items or meal totals (kcal whole, grams to 0.1)."""
    totals = {name: 0.0 for name in NUTRIENTS}
    for row in rows:
        for name in NUTRIENTS:
            value = row.get(name, 0)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                totals[name] += value
    return {name: (float(round(v)) if name == "kcal" else round(v, 1)) for name, v in totals.items()}


def macro_split(totals: Mapping[str, float]) -> dict[str, int]:
    """Share of energy from protein, carbohydrate and fat, in whole percent (4/4/9 kcal per g)."""
    energy = {
        "protein_pct": totals["protein_g"] * 4,
        "carbs_pct": totals["carbs_g"] * 4,
        "fat_pct": totals["fat_g"] * 9,
    }
    whole = sum(energy.values())
    if whole <= 0:
        return {name: 0 for name in energy}
    return {name: round(100 * value / whole) for name, value in energy.items()}


def check_not_future(day: str, today: date | None = None) -> str:
    """`day` (ISO) if it is no later than tomorrow (a day of slack for time zones ahead of UTC).

    A meal logged ahead of its day would sit before the window `meals_on` reads, so it is refused."""
    today = today or now().date()
    if date.fromisoformat(day) > today + timedelta(days=1):
        raise ToolError(f"date {day} is in the future; log meals you have eaten")
    return day


def logged_key(meal: Any) -> str:
    """When `meal` was logged (its `logged_at`, else its date; '' if neither): its order in the log."""
    key = (meal.get("logged_at") or meal.get("date")) if isinstance(meal, dict) else None
    return key if isinstance(key, str) else ""


async def add_meal(store: UserStore, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Append `record` to meals.jsonl; returns every meal of the record's date, this one included."""
    await store.append_records(MEALS_LOG, [record])
    return await meals_on(store, record["date"])


async def meals_on(store: UserStore, day: str) -> list[dict[str, Any]]:
    """Every meal logged for `day` (ISO date), in the order they were logged.

    Reads the meals logged since the day before `day`: for today, only today's."""
    since = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    window = await store.recent_records(MEALS_LOG, while_=lambda meal: logged_key(meal) >= since)
    return [meal for meal in window if isinstance(meal, dict) and meal.get("date") == day]
