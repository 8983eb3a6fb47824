"""The user's meal log, `meals.jsonl` (one meal a line), and the sums over a day or a week.

A record is {"id", "date" (ISO day, UTC), "logged_at", "meal_type", "text", "items": [...],
"totals": {...}}, plus "replaces" (the id it corrects) for a corrected meal and "adds_to" (the
meal's id) for foods added to a meal later ("oh and a latte with it"), so adding only appends. Logging appends
one line, so records are in `logged_at` order; a day's meals are read backwards from the end,
stopping at the first meal logged before that day (a meal is never logged more than a day
before its date), so today costs the same after 10 or 100,000 meals; a day's totals after each
meal are kept up to date in memory (`day_totals`), so the 1,000th meal of a day costs what the
first did. Undo and corrections
never rewrite the log: `store.delete_record` appends a tombstone, and a corrected meal is a
new record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from host.clock import now
from host.log_window import LogWindow, fold
from host.storage import UserStore
from host.types import ToolError

from agenthost_ceres.foods import NUTRIENTS

MEALS_LOG = "meals.jsonl"
MEAL_TYPES = ("breakfast", "lunch", "dinner", "snack")
RECENT_DAYS = 2  # undo and corrections look at meals logged in the last two days


# A clock time said with a meal: "at 4", "at 4pm", "around 16:30", "@ 7.30am". Without am/pm,
# 1-6 is the afternoon (people say "at 4" for 4 pm) and other hours are left unread.
SAID_TIME = re.compile(
    r"(?:\b(?:at|@)\s*|\b(?:around|about|by)\s*(?=\d{1,2}(?:[:.][0-5]\d|\s*[ap]\.?m\b|\s*(?:ish|o'?clock)\b|\s*$|\s*[,.;!?]\s*\S)))"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>am|pm|a\.m\.?|p\.m\.?)?(?:\s*o'?clock|ish)?(?![\w%°.,]\d|\w|\s+(?!and\b|then\b|with\b|for\b|today\b|yesterday\b|on\b|in\b|at\b)[a-z])"
    r"|(?<![\w.])(?P<hour2>\d{1,2})(?:[:.](?P<minute2>[0-5]\d))?\s*(?P<half2>am|pm|a\.m\.?|p\.m\.?)(?!\w)"
)


def meal_type_at_said_time(text: str) -> str | None:
    """The meal for a clock time the user said ("a cappuccino at 4" is a snack, "at 8am"
    breakfast), or None when no time (or no clear one) is said."""
    found = SAID_TIME.search(text.lower())
    if found is None:
        return None
    hour = int(found.group("hour") or found.group("hour2"))
    half = (found.group("half") or found.group("half2") or "").replace(".", "")
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    elif not half and 1 <= hour <= 6:
        hour += 12  # "at 4": the afternoon
    elif not half and not (hour == 12 or hour >= 13):
        return None  # "at 7", "at 9": morning or evening, unclear
    return meal_type_for_hour(hour)


def meal_type_for_hour(hour: int) -> str:
    """The meal people usually eat at `hour` (0-23)."""
    if 5 <= hour < 11:
        return "breakfast"
    if 11 <= hour < 15:
        return "lunch"
    if 17 <= hour < 22:
        return "dinner"
    return "snack"


def sum_nutrients(rows: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Totals of the five nutrients over items or meal totals (kcal whole, grams to 0.1)."""
    sums = NutrientSums()
    for row in rows:
        sums.add(row)
    return sums.result()


class NutrientSums:
    """`sum_nutrients` kept as rows come: `add` each row in order; `result()` is what
    `sum_nutrients` over them all gives."""

    def __init__(self) -> None:
        self.totals = {name: 0.0 for name in NUTRIENTS}

    def add(self, row: Mapping[str, Any]) -> None:
        for name in NUTRIENTS:
            value = row.get(name, 0)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                self.totals[name] += value

    def result(self) -> dict[str, float]:
        return {name: (float(round(v)) if name == "kcal" else round(v, 1)) for name, v in self.totals.items()}


class DayTotals:
    """A day's meal count and nutrient totals, as `meals_on` and `meal_totals` give them, kept
    as meals are logged (see `day_totals`)."""

    def __init__(self, day: str) -> None:
        self.day = day
        self.count = 0
        self.sums = NutrientSums()

    def add(self, meal: Any) -> None:
        if isinstance(meal, dict) and str(meal.get("date", "")) == self.day:
            self.count += 0 if meal.get("adds_to") else 1  # foods added to a meal are not a meal of their own
            if isinstance(meal.get("totals"), dict):
                self.sums.add(meal["totals"])


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


def meal_totals(meals: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """The five nutrients summed over meals."""
    return sum_nutrients(meal["totals"] for meal in meals if isinstance(meal.get("totals"), dict))


async def add_meals(store: UserStore, records: list[dict[str, Any]]) -> None:
    """Append meals to meals.jsonl in one write."""
    await store.append_records(MEALS_LOG, records)


async def add_meal(store: UserStore, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Append `record` to meals.jsonl; returns every meal of the record's date, this one included."""
    await add_meals(store, [record])
    return await meals_on(store, record["date"])


async def meals_on(store: UserStore, day: str) -> list[dict[str, Any]]:
    """Every meal logged for `day` (ISO date), in the order they were logged.

    Reads the meals logged since the day before `day`: for today, only today's."""
    return await meals_between(store, day, day)


async def day_totals(store: UserStore, day: str) -> DayTotals:
    """The count and totals of the meals of `day` (ISO date), kept in the user's memo and
    brought up to date with only the meals logged after them (`host.log_window`): what
    `meals_on` and `meal_totals` give, at the cost of the meals logged since the last look,
    so the 1,000th meal of a day costs what the first did. Read them; do not change them."""
    since = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    tag = "today" if day == now().date().isoformat() else "other"  # two windows at most
    window = await LogWindow.of(store, MEALS_LOG, key=logged_key, since=since, tag=tag)
    return fold(window, store.memo, f"ceres.day:{tag}", lambda: DayTotals(day), DayTotals.add, lambda kept: kept.day == day)


async def meals_between(store: UserStore, first: str, last: str) -> list[dict[str, Any]]:
    """Every meal dated `first`..`last` (ISO dates, inclusive), in the order they were logged.

    Reads the meals logged since the day before `first`, never the log before that."""
    since = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
    window = await store.recent_records(MEALS_LOG, while_=lambda meal: logged_key(meal) >= since)
    return [meal for meal in window if isinstance(meal, dict) and first <= str(meal.get("date", "")) <= last]


async def recent_meals(store: UserStore, days: int = RECENT_DAYS) -> list[dict[str, Any]]:
    """The meals logged in the last `days` days (whatever their dates), oldest first."""
    since = (now() - timedelta(days=days)).isoformat()
    window = await store.recent_records(MEALS_LOG, while_=lambda meal: logged_key(meal) >= since[:10])
    return [meal for meal in window if isinstance(meal, dict) and isinstance(meal.get("items"), list)]


async def last_meal(store: UserStore) -> dict[str, Any] | None:
    """The meal logged most recently, or None."""
    newest = await store.recent_records(MEALS_LOG, limit=1)
    return newest[0] if newest and isinstance(newest[0].get("items"), list) else None


async def remove_meal(store: UserStore, meal: Mapping[str, Any]) -> None:
    """Take a meal out of the log (a tombstone; the line itself stays)."""
    await store.delete_record(MEALS_LOG, str(meal["id"]))


async def replace_meal(store: UserStore, old: Mapping[str, Any], new: dict[str, Any]) -> None:
    """Put `new` in the place of `old`: the new record is written first, then `old` is taken
    out, so a failure in between leaves a meal twice (visible, and undone with one more undo)
    rather than no meal at all."""
    await store.append_records(MEALS_LOG, [{**new, "replaces": old["id"]}])
    await store.delete_record(MEALS_LOG, str(old["id"]))


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week `day` is in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def days_in(first: date, last: date) -> list[date]:
    """Every day from `first` to `last`, inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def meal_group(meal: Mapping[str, Any]) -> str:
    """The meal a record belongs to: the meal it adds to, the meal it corrects (kept through
    corrections as "group"), else its own id."""
    return str(meal.get("adds_to") or meal.get("group") or meal.get("id"))


def merge_additions(meals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`meals` with the records of one meal (foods added later, "adds_to") folded into one:
    its foods and totals together, where the meal was first logged."""
    merged: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for meal in meals:
        base = merged.get(meal_group(meal))
        if base is None:
            base = merged[meal_group(meal)] = {**meal, "items": list(meal.get("items") or [])}
            out.append(base)
            continue
        base["items"] = [*base["items"], *(meal.get("items") or [])]
        base["totals"] = sum_nutrients(t for t in (base.get("totals"), meal.get("totals")) if isinstance(t, dict))
        base["text"] = f"{base.get('text', '')} (and: {meal.get('text', '')})"
    return out
