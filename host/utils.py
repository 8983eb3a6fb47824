"""Small helpers shared by the host's modules."""

from __future__ import annotations

import inspect
from typing import Any


async def await_me_maybe(value: Any) -> Any:
    """Resolve a hook result that may be a value, a callable or an awaitable (as datasette does)."""
    if callable(value):
        value = value()
    if inspect.isawaitable(value):
        value = await value
    return value
