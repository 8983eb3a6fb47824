"""Small helpers shared by the host's modules."""

from __future__ import annotations

import inspect
from datetime import datetime, timezone
from typing import Any


async def await_me_maybe(value: Any) -> Any:
    """Resolve a hook result that may be a value, a callable or an awaitable (as datasette does)."""
    if callable(value):
        value = value()
    if inspect.isawaitable(value):
        value = await value
    return value


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC, the form every frame and record uses."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
