"""Days as people say them, resolved against the host's clock."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from host.clock import pinned
from host.types import ToolError

from agenthost_ceres.dates import find_when, resolve_date

WEDNESDAY = date(2025, 5, 7)


@pytest.mark.parametrize(
    ("text", "day", "meal"),
    [
        ("yesterday i had oatmeal", date(2025, 5, 6), None),
        ("yesterday morning", date(2025, 5, 6), "breakfast"),
        ("last night", date(2025, 5, 6), "dinner"),
        ("this morning", WEDNESDAY, "breakfast"),
        ("tonight", WEDNESDAY, "dinner"),
        ("on monday", date(2025, 5, 5), None),
        ("on wednesday", WEDNESDAY, None),
        ("last wednesday", date(2025, 4, 30), None),
        ("on sat", date(2025, 5, 3), None),
        ("2 days ago", date(2025, 5, 5), None),
        ("three days ago", date(2025, 5, 4), None),
        ("the day before yesterday", date(2025, 5, 5), None),
    ],
)
def test_day_phrases(text, day, meal):
    (when,) = find_when(text.split(), WEDNESDAY)
    assert (when.day, when.meal_type) == (day, meal)


@pytest.mark.parametrize("text", ["i sat down", "the sun was out", "we wed in june", "a day out"])
def test_words_that_only_look_like_days_are_not_days(text):
    assert find_when(text.split(), WEDNESDAY) == []


def test_resolve_date_uses_the_hosts_clock_and_refuses_what_it_cannot_read():
    with pinned(datetime(2025, 5, 7, 9, 0, tzinfo=timezone.utc)):
        assert resolve_date(None) == "2025-05-07"
        assert resolve_date("yesterday") == "2025-05-06"
        assert resolve_date("last friday") == "2025-05-02"
        assert resolve_date("2024-02-29") == "2024-02-29"
        with pytest.raises(ToolError, match="not a real date"):
            resolve_date("2024-02-30")
        with pytest.raises(ToolError, match="date must be YYYY-MM-DD"):
            resolve_date("last week")
