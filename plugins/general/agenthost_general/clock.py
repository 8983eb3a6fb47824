"""The time and date, in UTC (the server cannot know the user's time zone)."""

from __future__ import annotations

from datetime import datetime

from host.clock import now  # noqa: F401  (clock.now() is the host's clock; tests pin it)


def time_text(moment: datetime) -> str:
    """"It's 14:05 UTC on Tuesday, 25 November 2025." """
    return f"It's {moment:%H:%M} UTC on {date_words(moment)}."


def date_words(moment: datetime) -> str:
    """"Tuesday, 25 November 2025" """
    return f"{moment:%A}, {moment.day} {moment:%B %Y}"
