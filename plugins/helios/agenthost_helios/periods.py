"""The spans of time a summary covers: "today", "this week", "last week", "the last 14 days".

Weeks run Monday to Sunday and days are UTC days (the host's clock; users have no time zone
yet). "this week" is since Monday; "the last 7 days" is a rolling week, which is what the
WHO's weekly guideline is checked against when nothing else is asked.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from attrs import frozen

from agenthost_helios import parse

PERIODS = (
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "last_7_days",
    "this_month",
    "last_month",
    "last_30_days",
    "this_year",
)
DEFAULT = "last_7_days"


@frozen
class Window:
    """A span of time: from `start` up to `end` (exclusive), `days` long, and its words."""

    period: str
    start: datetime
    end: datetime
    days: int
    label: str

    @property
    def weekly(self) -> bool:
        """True when the window is one week long, so the WHO weekly target applies as it is."""
        return self.days == 7


def _midnight(moment: datetime) -> datetime:
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def window(period: str | None, days: int | None, moment: datetime) -> Window:
    """The window for `period` (one of PERIODS) or the last `days` days, as of `moment`."""
    today = _midnight(moment)
    tomorrow = today + timedelta(days=1)
    if period is None and days is not None:
        return Window(f"last_{days}_days", tomorrow - timedelta(days=days), tomorrow, days, _last(days))
    period = period or DEFAULT
    if period == "today":
        return Window(period, today, tomorrow, 1, "today")
    if period == "yesterday":
        return Window(period, today - timedelta(days=1), today, 1, "yesterday")
    if period in ("this_week", "last_week"):
        monday = today - timedelta(days=today.weekday())
        if period == "this_week":
            return Window(period, monday, tomorrow, 7, f"this week (since Monday {monday:%-d %B})")
        start = monday - timedelta(days=7)
        return Window(period, start, monday, 7, f"last week ({start:%-d}–{monday - timedelta(days=1):%-d %B})")
    if period == "this_month":
        first = today.replace(day=1)
        return Window(period, first, tomorrow, (tomorrow - first).days, f"this month (since {first:%-d %B})")
    if period == "last_month":
        first = today.replace(day=1)
        start = (first - timedelta(days=1)).replace(day=1)
        return Window(period, start, first, (first - start).days, f"last month ({start:%B})")
    if period == "this_year":
        first = today.replace(month=1, day=1)
        return Window(period, first, tomorrow, (tomorrow - first).days, "this year (since 1 January)")
    length = {"last_7_days": 7, "last_30_days": 30}.get(period)
    if length is None:
        raise ValueError(f"unknown period {period!r}; one of {', '.join(PERIODS)}")
    return Window(period, tomorrow - timedelta(days=length), tomorrow, length, _last(length))


def _last(days: int) -> str:
    return "today" if days == 1 else f"in the last {days} days"


_LAST_N = re.compile(r"\b(?:last|past|previous)\s+(\d{1,3})\s+(day|days|week|weeks)\b")


def in_text(text: str) -> tuple[str | None, int | None]:
    """The period a question names, as (period, None) or (None, days); (None, None) if none."""
    text = parse.prepare(text)
    if match := _LAST_N.search(text):
        days = int(match[1]) * (7 if match[2].startswith("week") else 1)
        return None, max(1, min(365, days))
    for pattern, period in (
        (r"\btoday\b|\bso far today\b", "today"),
        (r"\byesterday\b", "yesterday"),
        # "over the last week", "in the past week": the 7 days up to today, not the calendar week before
        (r"\b(over|in|during|across|for) the (last|past) week\b", "last_7_days"),
        (r"\blast week\b|\bprevious week\b", "last_week"),
        (r"\b(this|the) week\b|\bthis wk\b|\bweekly\b|\bso far this week\b", "this_week"),
        (r"\b(past|last) (7 days|week)\b|\bseven days\b", "last_7_days"),
        (r"\blast month\b", "last_month"),
        (r"\bthis month\b|\bthe month\b|\bmonthly\b", "this_month"),
        (r"\b(past|last) (30 days|month)\b", "last_30_days"),
        (r"\bthis year\b|\bthe year\b", "this_year"),
    ):
        if re.search(pattern, text):
            return period, None
    return None, None
