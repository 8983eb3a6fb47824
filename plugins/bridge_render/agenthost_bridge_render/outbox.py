"""The bounded outbox: replies waiting for the external connection, persisted so a host
restart does not lose them. When full, the oldest are dropped, counted and logged."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from pathlib import Path

from attrs import frozen

from host.storage import write_text_atomic

log = logging.getLogger(__name__)


@frozen
class OutboxEntry:
    """One frame waiting to be sent, exactly as it will go on the wire."""

    id: str
    frame: str
    queued_at: str


class Outbox:
    """A FIFO of at most `size` entries mirrored to `path` (one JSON object a line).

    A new entry is appended to the file; the file is rewritten only after entries were sent
    (or when overflow has left it twice as long as the outbox), so queueing stays cheap.
    Loading keeps the newest `size` lines, so lines of dropped entries do no harm meanwhile.
    """

    def __init__(self, path: Path, size: int) -> None:
        self.path = Path(path)
        self.size = size
        self.dropped = 0
        self._entries: deque[OutboxEntry] = deque()
        self._file_lines = 0
        self._disk_lock = asyncio.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:
        return bool(self._entries)

    def peek(self) -> OutboxEntry | None:
        return self._entries[0] if self._entries else None

    def pop(self) -> OutboxEntry:
        """Take the oldest entry out (in memory; `save()` afterwards updates the file)."""
        return self._entries.popleft()

    async def add(self, entry: OutboxEntry) -> int:
        """Append `entry` and persist it; returns how many of the oldest were dropped for it."""
        self._entries.append(entry)
        dropped = self._trim()
        async with self._disk_lock:
            if self._file_lines + 1 > 2 * self.size:
                await self._rewrite()
            else:
                await asyncio.to_thread(_append_entry, self.path, entry)
                self._file_lines += 1
        return dropped

    def _trim(self) -> int:
        dropped = 0
        while len(self._entries) > self.size:
            lost = self._entries.popleft()
            dropped += 1
            log.warning(
                "bridge outbox full (%d): dropped the oldest reply %s queued at %s (%d dropped in all)",
                self.size, lost.id, lost.queued_at, self.dropped + dropped,
            )
        self.dropped += dropped
        return dropped

    async def load(self) -> None:
        """Read the persisted entries (a torn or foreign line is skipped and logged)."""
        entries = await asyncio.to_thread(read_entries, self.path)
        self._entries.extend(entries[-self.size :])
        self._file_lines = len(entries)
        if entries:
            log.info("bridge outbox: %d replies waiting from before the restart", len(self._entries))

    async def save(self) -> None:
        """Rewrite the file from memory atomically (temp file + rename); empty removes it."""
        async with self._disk_lock:
            await self._rewrite()

    async def _rewrite(self) -> None:
        entries = list(self._entries)
        await asyncio.to_thread(_write_entries, self.path, entries)
        self._file_lines = len(entries)


def _line(entry: OutboxEntry) -> str:
    return json.dumps({"id": entry.id, "frame": entry.frame, "queued_at": entry.queued_at}, ensure_ascii=False) + "\n"


def _append_entry(path: Path, entry: OutboxEntry) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(_line(entry))


def read_entries(path: Path) -> list[OutboxEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            entries.append(OutboxEntry(id=str(data["id"]), frame=str(data["frame"]), queued_at=str(data["queued_at"])))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            log.error("%s line %d is not an outbox entry (%s); skipped", path, number, exc)
    return entries


def _write_entries(path: Path, entries: list[OutboxEntry]) -> None:
    if not entries:
        path.unlink(missing_ok=True)
        return
    write_text_atomic(path, "".join(_line(e) for e in entries))
