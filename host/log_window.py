"""A window of a user's log kept in memory: read once, then only what was appended after it.

Agents answer with sums over a window of their log ("today so far", "the last 7 days").
Reading the window again on every turn makes a turn dearer as the window fills: the 3,000th
meal of a busy day would sum 3,000. Instead:

    window = await LogWindow.of(store, "meals.jsonl", key=logged_key, since="2026-03-01", tag="day")
    today = fold(window, store.memo, "ceres.day:2026-03-02", start=DayTotals, add=DayTotals.add)

`LogWindow.of` reads the records whose `key` (their place in the log, e.g. when they were
logged; it never goes down along the log) is `since` or later, once, with a bounded read
(`UserStore.read_log`), and keeps them in the user's `memo` with the log's cursor. Each later
call reads only the records appended after that cursor (`records_after`: by this process or
by any other host on the same Redis), applies their tombstones, and drops the records that
fell out of the window. `fold` keeps a plugin's totals over the window's records: it adds only
the records appended since it last looked, and starts again when the window changed any other
way (a tombstone, records falling out, the log read again: `generation`). So the busy day's
3,000th meal costs what its first did.

What is kept is only ever derived from the log up to a cursor the backend checks, so it cannot
go stale: a write by another host or process is read at the next call, and a log replaced under
it is read again whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from attrs import define

from host.storage import TOMBSTONE, LogCursor, UserStore

__all__ = ["LogWindow", "fold"]

Key = Callable[[dict[str, Any]], str]
S = TypeVar("S")

_generations = itertools.count(1)


@define(eq=False)
class LogWindow:
    """The records of one log from `since` on (by `key`), oldest first, tombstones applied."""

    name: str
    since: str
    cursor: LogCursor
    records: list[dict[str, Any]]
    generation: int  # changes whenever `records` changed other than by records added at the end

    @classmethod
    async def of(cls, store: UserStore, name: str, *, key: Key, since: str, tag: str = "") -> LogWindow:
        """The window of `name` from `since` on, brought up to date. Windows of one log that
        move differently (today's, a rolling week) keep apart by `tag`."""
        memo_key = f"log_window:{name}:{tag}"
        window = store.memo.get(memo_key)
        if isinstance(window, LogWindow) and since >= window.since:
            appended = await store.records_after(name, window.cursor)
            if appended is not None:
                records, window.cursor = appended
                window._take(records, key)
                window._slide(since, key)
                return window
        records, cursor = await store.read_log(name, while_=lambda record: key(record) >= since)
        window = cls(name, since, cursor, [r for r in records if isinstance(r, dict)], next(_generations))
        store.memo[memo_key] = window
        return window

    def _take(self, appended: list[dict[str, Any]], key: Key) -> None:
        for record in appended:
            if TOMBSTONE in record:
                kept = [r for r in self.records if r.get("id") != record[TOMBSTONE]]
                if len(kept) != len(self.records):
                    self.records, self.generation = kept, next(_generations)
            elif key(record) >= self.since:
                self.records.append(record)
            elif self.records:  # out of order: like a fresh read, the window starts after it
                self.records, self.generation = [], next(_generations)

    def _slide(self, since: str, key: Key) -> None:
        """Drop the records that fell out of the window (their key is before `since`)."""
        self.since = since
        gone = 0
        while gone < len(self.records) and key(self.records[gone]) < since:
            gone += 1
        if gone:
            del self.records[:gone]
            self.generation = next(_generations)


@define(eq=False)
class _Folded(Generic[S]):
    generation: int
    count: int
    state: S


def fold(
    window: LogWindow,
    memo: dict[str, Any],
    memo_key: str,
    start: Callable[[], S],
    add: Callable[[S, dict[str, Any]], object],
    still_valid: Callable[[S], bool] | None = None,
) -> S:
    """`state = start(); add(state, record)` for every record of `window`, oldest first, kept
    in `memo` under `memo_key`: a later call adds only the records appended since, unless the
    window changed otherwise or `still_valid(state)` says the state no longer holds (then it
    starts again). The state is shared: read it, do not change it."""
    folded = memo.get(memo_key)
    if (
        isinstance(folded, _Folded)
        and folded.generation == window.generation
        and folded.count <= len(window.records)
        and (still_valid is None or still_valid(folded.state))
    ):
        for record in window.records[folded.count :]:
            add(folded.state, record)
        folded.count = len(window.records)
        return folded.state
    state = start()
    for record in window.records:
        add(state, record)
    memo[memo_key] = _Folded(window.generation, len(window.records), state)
    return state
