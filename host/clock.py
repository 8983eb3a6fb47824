"""The host's one clock. Everything that stamps or compares times (frames, history records,
the agents' logs) asks `now()`, so a test pins time for the whole host and every plugin with
`pinned(...)` instead of patching each module's own `datetime.now`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

_pinned: datetime | None = None


def now() -> datetime:
    """The current moment, timezone-aware, in UTC (or the pinned moment in a test)."""
    return _pinned if _pinned is not None else datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """`moment` as the ISO 8601 UTC text every frame and record uses: `2026-12-01T13:34:36.123Z`."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    """`now()` as ISO 8601 text."""
    return iso(now())


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
