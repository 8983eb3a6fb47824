"""What the file backend keeps in memory of the files it reads and writes, so a turn does not
read the disk: the JSON documents (profile.json, state.json, ...) as text, and the newest
records of each log (history.jsonl, workouts.jsonl, ...), parsed.

Write-through: a write changes the cached copy when it is queued and the file when the writer
gets to it; the cache never holds anything the disk will not. Each entry remembers the file
as it expects it on disk (inode, size, modification time), so a read that finds it changed,
because another process or a person wrote it, reads it again. The whole cache holds at most
`budget` bytes (`[storage] cache_mb`), the least recently used files leaving first.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

import orjson
from attrs import define, field

# How much of a log's end is kept in memory: enough for a turn's history (20 records) and the
# last few entries of an agent's log; older records are read from the disk when asked for.
LOG_TAIL_BYTES = 64 * 1024
# Parsed records take about this many times their JSON size in memory.
PARSED_FACTOR = 3


def loads(text: str | bytes) -> Any:
    """`json.loads`, through orjson where it can (4x faster); json itself for what orjson
    refuses and json accepts (NaN, integers past 64 bits, lone surrogates)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


@define
class Doc:
    """A JSON document as text (`None`: no such file), and its file's (inode, size, mtime_ns)."""

    text: str | None
    stat: tuple[int, int, int] | None

    @property
    def cost(self) -> int:
        return len(self.text or "") + 100


TOMBSTONE = "deleted"  # a log record {"deleted": id} takes the record with that id out


def _plain(records: Iterable[Any]) -> bool:
    """Every record an object and none a tombstone: the newest n records are the last n."""
    return all(isinstance(record, dict) and TOMBSTONE not in record for record in records)


@define
class LogTail:
    """The newest records of a log, oldest first, with the size of each line; `complete` when
    they are all of the log's records. `ino` and `size` are the file as expected on disk.
    `plain` when every record is an object and none a tombstone (so far as this tail has held
    them): then the newest n records are its last n."""

    records: list[Any]
    sizes: list[int]
    complete: bool
    ino: int
    size: int
    tail_bytes: int = field(default=0)
    plain: bool = field(default=True)

    def __attrs_post_init__(self) -> None:
        self.tail_bytes = sum(self.sizes)
        self.plain = _plain(self.records)

    @property
    def cost(self) -> int:
        return self.tail_bytes * PARSED_FACTOR + 100

    def add(self, records: Iterable[Any], sizes: Iterable[int]) -> None:
        """Records just appended to the log; the oldest leave once the tail is over its size."""
        sizes = list(sizes)
        records = list(records)
        self.plain = self.plain and _plain(records)
        self.records.extend(records)
        self.sizes.extend(sizes)
        self.tail_bytes += sum(sizes)  # kept up to date, not summed over the whole tail on each append
        drop = 0
        while self.tail_bytes > LOG_TAIL_BYTES and len(self.records) - drop > 1:
            self.tail_bytes -= self.sizes[drop]
            drop += 1
        if drop:
            del self.records[:drop]
            del self.sizes[:drop]
            self.complete = False


class FileCache:
    """Cached files by path (text), least recently used first, within `budget` bytes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[str, Doc | LogTail] = OrderedDict()
        self._costs: dict[str, int] = {}
        self.used = 0

    def get(self, path: str) -> Doc | LogTail | None:
        entry = self._entries.get(path)
        if entry is not None:
            self._entries.move_to_end(path)
        return entry

    def put(self, path: str, entry: Doc | LogTail) -> None:
        self.drop(path)
        cost = entry.cost
        if cost > self.budget:
            return
        self._entries[path] = entry
        self._costs[path] = cost
        self.used += cost
        self._shrink()

    def resized(self, path: str) -> None:
        """An entry changed in place: count its new size."""
        entry = self._entries.get(path)
        if entry is None:
            return
        cost = entry.cost
        self.used += cost - self._costs[path]
        self._costs[path] = cost
        self._shrink()

    def drop(self, path: str) -> None:
        if self._entries.pop(path, None) is not None:
            self.used -= self._costs.pop(path)

    def __len__(self) -> int:
        return len(self._entries)

    def _shrink(self) -> None:
        while self.used > self.budget and self._entries:
            path, _ = self._entries.popitem(last=False)
            self.used -= self._costs.pop(path)
