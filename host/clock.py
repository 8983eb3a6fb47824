"""The host's one clock. Everything that stamps or compares times (frames, history records,
the agents' logs) asks `now()`, so a test pins time for the whole host and every plugin with
`pinned(...)` instead of patching each module's own `datetime.now`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

_pinned: datetime | None = None
# `utc_now`'s text of the current second ("2026-12-01T13:34:36"), and which second it is.
_second: int | None = None
_second_text = ""


def now() -> datetime:
    """The current moment, timezone-aware, in UTC (or the pinned moment in a test)."""
    return _pinned if _pinned is not None else datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """`moment` as the ISO 8601 UTC text every frame and record uses: `2026-12-01T13:34:36.123Z`."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    """`now()` as ISO 8601 text: `iso(now())`, with the date and time of the current second
    formatted once a second (a turn stamps three times; each `iso(now())` cost about 18,000
    instructions). The same clock as `datetime.now` (the system's real-time clock) and the
    same truncation to milliseconds."""
    global _second, _second_text
    if _pinned is not None:
        return iso(_pinned)
    second, nanoseconds = divmod(time.time_ns(), 1_000_000_000)
    if second != _second:
        _second_text, _second = datetime.fromtimestamp(second, timezone.utc).isoformat(timespec="seconds")[:19], second
    return f"{_second_text}.{nanoseconds // 1_000_000:03d}Z"


@contextmanager
def pinned(moment: datetime) -> Iterator[datetime]:
    """Stop the clock at `moment` (naive means UTC) for the duration of the block."""
    global _pinned
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    previous, _pinned = _pinned, moment
    try:
        yield moment
    finally:
        _pinned = previous
