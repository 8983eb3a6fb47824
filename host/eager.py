"""Awaiting a coroutine with a deadline, without arming a timer for one that never waits.

Most offline answers are ready without ever yielding to the event loop: the agent reads what
storage already holds and replies. A timer for such a coroutine can never fire (the loop does
not run until it yields), yet `asyncio.timeout` costs its creation, scheduling and cancelling
(about 5 us a turn, and the typing frames' timer as much again). `within` runs the coroutine
to its first wait first; only if it waits are the timers armed, for the same deadlines.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Generator
from typing import Any, TypeVar

_T = TypeVar("_T")


class _Rest:
    """The rest of a coroutine already run to its first wait (`waiting_on`, what it yielded),
    awaited like the coroutine itself: what the task sends or throws in goes to it."""

    def __init__(self, coro: Coroutine[Any, Any, _T], waiting_on: Any) -> None:
        self._coro = coro
        self._waiting_on = waiting_on

    def __await__(self) -> Generator[Any, Any, _T]:
        coro, waiting_on = self._coro, self._waiting_on
        while True:
            try:
                yield waiting_on
            except BaseException as exc:  # a cancellation (the deadline, a shutdown): the coroutine's to handle
                try:
                    waiting_on = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                continue
            return (yield from coro.__await__())


async def within(coro: Coroutine[Any, Any, _T], deadline: float, on_wait: Callable[[], None] = lambda: None) -> _T:
    """`await coro` under `asyncio.timeout_at(deadline)` (the running loop's clock), calling
    `on_wait()` first if `coro` has to wait: a coroutine that finishes without waiting returns
    (or raises) as it would have, and no timer is made for it."""
    try:
        waiting_on = coro.send(None)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    on_wait()
    async with asyncio.timeout_at(deadline):
        return await _Rest(coro, waiting_on)
