"""Per-user storage. The default keeps one folder per user under the data dir:

    <data_dir>/<user_id>/conversations.md   human-readable log, one entry per turn
                        history.jsonl      one JSON object per message in and out
                        profile.json       facts shared by all agents
                        <agent data>.json  e.g. workouts.json, meals.json

Logs are only ever appended; memory reads the tail of `history.jsonl`, so a turn costs the
same with 10 or 100,000 entries. JSON documents are rewritten atomically (temp file + rename)
under a per-user lock. `Storage` is the interface a shared backend (Redis) would implement.

The file backend keeps what it reads and writes in memory (`host.file_cache`: documents and
the newest records of each log), so a turn reads no file; it appends to logs at once, and
hands documents (which are fsynced) to one writer thread that writes every user's in batches
(`host.file_writer`). A call returns once its data is in its file: when a reply frame goes
out, the turn's records are on disk.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import re
import tempfile
import time
from collections import OrderedDict, defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import orjson
from attrs import frozen

from host.clock import utc_now
from host.file_cache import LOG_TAIL_BYTES, TOMBSTONE, Doc, FileCache, LogTail, loads
from host.file_writer import Writer, shared_writer
from host.metrics import Metrics

# Matched with `fullmatch`: `$` alone also matches before a trailing newline ("alice\n").
USER_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
DATA_FILE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\.(json|jsonl|md)")
TAIL_CHUNK = 64 * 1024
PROFILE = "profile.json"
HISTORY = "history.jsonl"
CONVERSATIONS = "conversations.md"
# The agents' dialog state (a key per agent), read on nearly every turn: the Redis backend
# fetches it with the turn's memory, in the same round trip.
DIALOG_STATE = "state.json"
DEFAULT_CACHE_MB = 64

log = logging.getLogger(__name__)


class _NotAnObject(Exception):
    pass


class InvalidName(ValueError):
    """A user id or file name that could leave the data dir or is otherwise not allowed."""


def check_user_id(user_id: str) -> str:
    """Return `user_id` if it is safe as a folder name, else raise `InvalidName` saying why."""
    if not user_id:
        raise InvalidName("user id is empty")
    if len(user_id) > 64:
        raise InvalidName("user id is longer than 64 characters")
    if ".." in user_id or not USER_ID_PATTERN.fullmatch(user_id):
        raise InvalidName(
            "user id must be 1-64 characters of letters, digits, '_', '.', '-', "
            "start with a letter or digit, and not contain '..'"
        )
    return user_id


def check_file_name(name: str) -> str:
    """Return `name` if it is a plain data file name (no path), else raise `InvalidName`."""
    if ".." in name or not DATA_FILE_PATTERN.fullmatch(name):
        raise InvalidName(f"file name {name!r} is not allowed: a plain name ending in .json, .jsonl or .md")
    return name


@frozen
class FileInfo:
    name: str
    size: int
    modified: str


@frozen
class FileContent:
    """A stored file, for the files route to stream without reading it whole: a local `path`
    (the file backend: sent with sendfile) or `chunks`, an async iterator of bytes (a backend
    without local files), with its `size` when known."""

    name: str
    path: Path | None = None
    chunks: AsyncIterator[bytes] | None = None
    size: int | None = None


LogCursor = Any  # where a read of a log ended (backend-specific; only ever handed back to it)


class UserStore(Protocol):
    """One user's data, as agents and tools see it."""

    user_id: str

    async def read_json(self, name: str, default: Any = None) -> Any: ...
    async def write_json(self, name: str, data: Any) -> None: ...
    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any], *, sync: bool = True) -> Any: ...
    async def read_profile(self) -> dict[str, Any]: ...
    async def update_profile(self, change: Callable[[dict[str, Any]], Any]) -> Any: ...
    async def append_history(self, records: list[dict[str, Any]]) -> None: ...
    async def recent_history(self, limit: int) -> list[dict[str, Any]]: ...
    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None: ...
    async def recent_records(
        self, name: str, limit: int | None = None, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[dict[str, Any]]: ...
    async def delete_record(self, name: str, record_id: str) -> None: ...
    async def read_log(
        self, name: str, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> tuple[list[dict[str, Any]], LogCursor]: ...
    async def records_after(self, name: str, cursor: LogCursor) -> tuple[list[dict[str, Any]], LogCursor] | None: ...
    @property
    def memo(self) -> dict[str, Any]: ...
    async def append_conversation(self, text: str) -> None: ...
    async def load_memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]: ...
    async def begin_turn(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]: ...
    # Optional, not part of the protocol: `begin_turn_now` and `record_turn_now` (FileUserStore), the same
    # work done without awaiting when nothing has to wait; the dispatcher looks them up with getattr.
    async def record_turn(self, records: list[dict[str, Any]], conversation: str) -> None: ...
    async def list_files(self) -> list[FileInfo]: ...
    async def read_file(self, name: str) -> bytes | None: ...
    async def file_content(self, name: str) -> FileContent | None: ...


class Storage(Protocol):
    """A storage backend: hands out `UserStore`s and reports its health."""

    def user(self, user_id: str) -> UserStore: ...
    async def existing_user(self, user_id: str) -> UserStore | None: ...
    def user_ids(self) -> AsyncIterator[str]: ...
    async def healthy(self) -> bool: ...
    async def flush(self) -> None: ...
    async def close(self) -> None: ...


MEMO_USERS = 1000  # users whose `UserStore.memo` a storage keeps (the least recently used go)


class Memos:
    """The `memo` dicts of the users seen lately, at most `max_users` of them."""

    def __init__(self, max_users: int = MEMO_USERS) -> None:
        self.max_users = max_users
        self._memos: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def of(self, user_id: str) -> dict[str, Any]:
        memo = self._memos.get(user_id)
        if memo is None:
            memo = self._memos[user_id] = {}
            while len(self._memos) > self.max_users:
                self._memos.popitem(last=False)
        else:
            self._memos.move_to_end(user_id)
        return memo


class FileStorage:
    """The embedded default: files under `data_dir`, one folder per user, a cache of what was
    read and written (at most `cache_mb`), and the process' one writer (or `writer`), whose
    threads write documents and fsync the logs within `sync_interval_s` of their writing (the
    shortest any storage of the process asked for; `host.file_writer.DEFAULT_SYNC_INTERVAL_S`
    if none did)."""

    def __init__(
        self,
        data_dir: Path,
        metrics: Metrics | None = None,
        *,
        cache_mb: float = DEFAULT_CACHE_MB,
        sync_interval_s: float | None = None,
        writer: Writer | None = None,
    ) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.metrics = metrics or Metrics()
        self.cache = FileCache(int(cache_mb * 2**20))
        self.writer = writer or shared_writer()
        if sync_interval_s is not None:
            self.writer.sync_interval_s = min(self.writer.sync_interval_s, sync_interval_s)
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._last_write: dict[str, asyncio.Future[Any]] = {}  # files with a write on its way
        self.memos = Memos()

    def user(self, user_id: str) -> FileUserStore:
        return FileUserStore(user_id, _user_folder(self.data_dir, user_id), self._locks[user_id], self)

    async def existing_user(self, user_id: str) -> FileUserStore | None:
        """The store of a user who has a folder already, without creating one (a stat, on
        the loop: a thread hop for it cost every handshake more than the stat)."""
        store = self.user(user_id)
        return store if os.path.isdir(store._dir) else None

    async def user_ids(self) -> AsyncIterator[str]:
        """Every user with a folder, sorted (for `agenthost storage migrate`)."""
        names = await asyncio.to_thread(lambda: sorted(p.name for p in self.data_dir.iterdir() if p.is_dir()) if self.data_dir.is_dir() else [])
        for name in names:
            try:
                yield check_user_id(name)
            except InvalidName:
                continue  # not a user's folder (e.g. the bridge's .bridge_render)

    async def healthy(self) -> bool:
        def probe() -> bool:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.data_dir, prefix=".health-"):
                return True

        try:
            return await asyncio.to_thread(probe)
        except OSError:
            return False

    def track(self, path: str, future: asyncio.Future[Any]) -> None:
        """Remember `future` as the write on its way to `path` until it is done."""
        self._last_write[path] = future

        def done(finished: asyncio.Future[Any]) -> None:
            if self._last_write.get(path) is finished:
                del self._last_write[path]

        future.add_done_callback(done)

    def cache_text(self, path: str) -> str | None:
        """The text of a cached document (known to match its file), or None."""
        entry = self.cache.get(path)
        return entry.text if isinstance(entry, Doc) and entry.text is not None else None

    def writing(self, path: str) -> bool:
        """Is a write to `path` on its way (so the cache is newer than the file)?"""
        return path in self._last_write

    async def settle(self, paths: Iterable[str]) -> None:
        """Wait until the writes on their way to `paths` are done (failed or not)."""
        pending = [self._last_write[path] for path in paths if path in self._last_write]
        if pending:
            await asyncio.wait(pending)

    async def settle_folder(self, folder: Path) -> None:
        where = str(folder)
        await self.settle([path for path in list(self._last_write) if os.path.dirname(path) == where])

    async def flush(self) -> None:
        """Wait for every write already given (used at shutdown)."""
        await self.writer.barrier()

    async def close(self) -> None:
        """Write and fsync everything given so far, and close the logs the writer keeps open."""
        await self.writer.barrier(sync=True)
        self.writer.close_logs()


class BaseUserStore:
    """What every backend's user store shares, written once on top of its primitives
    (`read_json`, `update_json`, `append_records`, `recent_records` and `_set_aside`)."""

    user_id: str

    async def read_json(self, name: str, default: Any = None) -> Any:
        raise NotImplementedError

    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any], *, sync: bool = True) -> Any:
        raise NotImplementedError

    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    async def recent_records(
        self, name: str, limit: int | None = None, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    async def _set_aside(self, name: str) -> None:
        """Keep a damaged document as `<name>.corrupt` for a human, and start afresh."""
        raise NotImplementedError

    async def read_profile(self) -> dict[str, Any]:
        """The facts about the user that every agent shares (`profile.json`), `{}` if none."""
        profile = await self.read_json(PROFILE, {})
        return profile if isinstance(profile, dict) else {}

    async def update_profile(self, change: Callable[[dict[str, Any]], Any]) -> Any:
        """Change the shared profile as `update_json` does; returns `change`'s result. A profile
        that is not a JSON object is kept as `.corrupt` and replaced, so one bad write cannot
        lock every agent out of it."""

        def checked(profile: Any) -> Any:
            if not isinstance(profile, dict):
                raise _NotAnObject
            return change(profile)

        try:
            return await self.update_json(PROFILE, {}, checked)
        except _NotAnObject:
            await self._set_aside(PROFILE)
            log.error("%s of user %s was not a JSON object; kept as .corrupt", PROFILE, self.user_id)
            return await self.update_json(PROFILE, {}, change)

    async def append_history(self, records: list[dict[str, Any]]) -> None:
        await self.append_records(HISTORY, records)

    async def recent_history(self, limit: int) -> list[dict[str, Any]]:
        return await self.recent_records(HISTORY, limit)

    async def delete_record(self, name: str, record_id: str) -> None:
        """Take the record whose `id` is `record_id` out of a log (an undo) without rewriting
        it: a tombstone is appended, and `recent_records` never returns that record again."""
        await self.append_records(name, [{TOMBSTONE: record_id, "timestamp": utc_now()}])

    @property
    def memo(self) -> dict[str, Any]:
        """Room in this process for what a plugin derives from the user's data (a window of a
        log, totals over it), kept while the user is active and dropped any time. What is kept
        here must carry the cursor it was derived up to (see `records_after`), so a write by
        another process or host is read, never missed."""
        raise NotImplementedError

    async def read_log(
        self, name: str, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> tuple[list[dict[str, Any]], LogCursor]:
        """`recent_records(name, while_=while_)`, and the cursor at the log's end as read:
        `records_after(name, cursor)` then gives what is appended after it."""
        raise NotImplementedError

    async def records_after(self, name: str, cursor: LogCursor) -> tuple[list[dict[str, Any]], LogCursor] | None:
        """The records appended to a log after `cursor` (by any process or host), oldest
        first, tombstones included, and the new cursor; None when the log can no longer say
        (it was replaced, or trimmed past the cursor): read it again with `read_log`."""
        raise NotImplementedError


class FileUserStore(BaseUserStore):
    """One user's folder. Every operation holds the user's lock (one per user and storage);
    `update_json` also holds the folder's lock file, which keeps out other processes."""

    def __init__(self, user_id: str, folder: Path, lock: asyncio.Lock, storage: FileStorage) -> None:
        self.user_id = user_id
        self.folder = folder
        self.lock = lock
        self._storage = storage
        self._dir = str(folder)  # paths are kept as text: a Path hashes slowly, and the cache hashes them a lot

    def _path(self, name: str) -> str:
        return f"{self._dir}/{_checked_name(name)}"

    def _jsonl_path(self, name: str) -> str:
        if not name.endswith(".jsonl"):
            raise InvalidName(f"{name!r} is not a .jsonl log")
        return self._path(name)

    def _timer(self, operation: str) -> Any:
        return self._storage.metrics.storage_timer(operation)

    # --- documents ------------------------------------------------------------------------

    async def read_json(self, name: str, default: Any = None) -> Any:
        path = self._path(name)
        with self._timer("read_json"):
            async with self.lock:
                return await self._value(path, default)

    async def write_json(self, name: str, data: Any) -> None:
        """Replace a JSON document whole (seeding data, migrations); agents change theirs with
        `update_json`, which cannot lose another writer's change."""
        path = self._path(name)
        with self._timer("write_json"):
            async with self.lock:
                await self._replace(path, dumps(data))

    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any], *, sync: bool = True) -> Any:
        """Read, change and write a JSON document under the user's lock; returns `change`'s result.

        `change(data)` edits `data` in place and returns whatever the caller wants back.
        If it raises, nothing is written. `sync=False` is for a document cheap to lose that
        changes on many turns (an agent's note of what its last answer was about): it is
        written before this returns, like any other, but fsynced with the logs, within
        `[storage] fsync_interval_s`, instead of before (host.file_writer).
        """
        path = self._path(name)
        with self._timer("update_json"):
            async with self.lock:
                # The folder's lock file also keeps out other processes on the same data dir.
                fd = await self._lock_folder()
                try:
                    data = await self._value(path, default)
                    result = change(data)
                    text = dumps(data)
                    if text != self._storage.cache_text(path):  # an unchanged document is not written again
                        await self._replace(path, text, sync)
                    return result
                finally:
                    os.close(fd)  # releases the flock

    async def _set_aside(self, name: str) -> None:
        async with self.lock:
            await self._set_aside_locked(self._path(name))

    def _doc_now(self, path: str) -> Doc | None:
        """The document as cached, if the file has not changed behind the cache's back; None
        when it must be read."""
        entry = self._storage.cache.get(path)
        if isinstance(entry, Doc) and (self._storage.writing(path) or _stat_of(path) == entry.stat):
            return entry
        return None

    async def _doc(self, path: str) -> Doc:
        """The document as cached, read again if the file changed behind the cache's back."""
        entry = self._doc_now(path)
        if entry is not None:
            return entry
        cache = self._storage.cache
        await self._storage.settle([path])
        entry = Doc(*await asyncio.to_thread(_read_doc, path))
        cache.put(path, entry)
        return entry

    async def _value(self, path: str, default: Any) -> Any:
        """The document parsed (a fresh object each time), or a copy of `default`; a damaged
        one is kept as `.corrupt` for a human, and reads as `default`."""
        doc = await self._doc(path)
        if doc.text is None:
            return _copy_default(default)
        try:
            return loads(doc.text)
        except ValueError as exc:
            log.error("%s was not valid JSON (%s); kept as .corrupt", path, exc)
            await self._set_aside_locked(path)
            return _copy_default(default)

    async def _replace(self, path: str, text: str, sync: bool = True) -> None:
        doc = Doc(text, None)
        self._storage.cache.put(path, doc)
        future = self._storage.writer.replace(path, text, sync)
        self._storage.track(path, future)
        try:
            written = await future
        except BaseException:
            self._storage.cache.drop(path)  # the file may hold either version: read it again
            raise
        doc.stat = (written.ino, written.size, written.mtime_ns)

    async def _set_aside_locked(self, path: str) -> None:
        future = self._storage.writer.set_aside(path)
        self._storage.track(path, future)
        try:
            await future
        finally:
            self._storage.cache.drop(path)

    async def _lock_folder(self) -> int:
        """Take the folder's lock file (flock on `.lock`), waiting in a thread if another
        process holds it; returns the descriptor, whose closing releases it."""
        lock_file = f"{self._dir}/.lock"
        try:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        except (FileNotFoundError, NotADirectoryError):  # no folder yet (the user's first write): made as it always was
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                await asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        return fd

    # --- logs -----------------------------------------------------------------------------

    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None:
        """Append records to a `.jsonl` log: the cost does not depend on the log's length."""
        path = self._jsonl_path(name)
        with self._timer("append_records"):
            async with self.lock:
                self._append(path, records)

    async def recent_records(
        self, name: str, limit: int | None = None, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[dict[str, Any]]:
        """The newest records of a `.jsonl` log, oldest first, read backwards from its end.

        Stops after `limit` records, or at the first record (from the end) for which
        `while_(record)` is false, e.g. `lambda r: r["date"] >= week_ago`; so reading the
        last week costs the same whatever the log's age. Records taken out with
        `delete_record` are skipped (and do not count towards `limit`).
        """
        if limit is not None and limit <= 0:
            return []
        path = self._jsonl_path(name)
        with self._timer("recent_records"):
            async with self.lock:
                return await self._recent(path, limit, while_)

    def _tail_now(self, path: str, looked: os.stat_result | None = None) -> LogTail | None:
        """The log's newest records as cached, if the file has not changed behind the cache's
        back; None when it must be read. `looked`: the file's stat, just taken by the caller."""
        entry = self._storage.cache.get(path)
        if isinstance(entry, LogTail) and (self._storage.writing(path) or _log_stat(path, looked) == (entry.ino, entry.size)):
            return entry
        return None

    async def _tail(self, path: str) -> LogTail:
        """The log's newest records as cached, read again if the file changed behind the cache's back."""
        entry = self._tail_now(path)
        if entry is not None:
            return entry
        cache = self._storage.cache
        await self._storage.settle([path])
        entry = LogTail(*await asyncio.to_thread(_read_tail, path, LOG_TAIL_BYTES))
        cache.put(path, entry)
        return entry

    def _recent_now(self, path: str, limit: int | None, looked: os.stat_result | None = None) -> list[dict[str, Any]] | None:
        """`_recent(path, limit, None)` when the cached tail is current and holds them all; None
        when the file must be read."""
        tail = self._tail_now(path, looked)
        if tail is None:
            return None
        if tail.plain and limit is not None and limit > 0 and (len(tail.records) >= limit or tail.complete):
            # No tombstone and nothing but records: what the selection below would take (a
            # turn's history read, without a look at each of its twenty records).
            return [dict(record) for record in tail.records[-limit:]]
        selection = RecentRecords(limit, None)
        if selection.offer_all(reversed(tail.records)) and not tail.complete:
            return None
        return [dict(record) for record in selection.oldest_first()]

    async def _recent(self, path: str, limit: int | None, while_: Callable[[dict[str, Any]], bool] | None) -> list[dict[str, Any]]:
        tail = await self._tail(path)
        selection = RecentRecords(limit, while_)
        if selection.offer_all(reversed(tail.records)) and not tail.complete:
            # Older records than the cache holds are wanted: read them from the file's end (as
            # far as the cache knows it, so the records agree with a cursor taken from it).
            await self._storage.settle([path])
            return await asyncio.to_thread(_tail_jsonl, path, limit, while_, tail.size)
        # Copies, so a caller that changes a record does not change the cache's.
        return [dict(record) for record in selection.oldest_first()]

    def _append(self, path: str, records: list[dict[str, Any]], looked: os.stat_result | None = None) -> None:
        """Append `records` to the log at `path` (now: see `Writer.append`; `looked`, the file's
        stat just taken, is the writer's look at the path), and to its cached tail, which keeps
        the file's size and inode as this write left them."""
        lines = [dumps(record) for record in records]
        sizes = [len(line.encode("utf-8")) + 1 for line in lines]
        cache = self._storage.cache
        tail = cache.get(path)
        try:
            written = self._storage.writer.append(path, "".join(line + "\n" for line in lines), looked)
        except BaseException:
            cache.drop(path)  # how much of it reached the file is unknown: read it again
            raise
        if not isinstance(tail, LogTail):
            return
        if (written.size_before, written.ino if written.size_before else 0) != (tail.size, tail.ino if tail.size else 0):
            cache.drop(path)  # someone else wrote to the log meanwhile: read it again
        elif written.size - written.size_before != sum(sizes):
            cache.drop(path)  # a newline went first (a torn last line): the line sizes are off
        else:
            # As a reader of the file would get them (tuples as lists, and so on).
            tail.add([loads(line) for line in lines], sizes)
            tail.size, tail.ino = written.size, written.ino
            cache.resized(path)

    @property
    def memo(self) -> dict[str, Any]:
        return self._storage.memos.of(self.user_id)

    async def read_log(
        self, name: str, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> tuple[list[dict[str, Any]], LogCursor]:
        path = self._jsonl_path(name)
        with self._timer("read_log"):
            async with self.lock:
                tail = await self._tail(path)
                return await self._recent(path, None, while_), (tail.ino, tail.size)

    async def records_after(self, name: str, cursor: LogCursor) -> tuple[list[dict[str, Any]], LogCursor] | None:
        path = self._jsonl_path(name)
        with self._timer("records_after"):
            async with self.lock:
                tail = await self._tail(path)
                ino, size = cursor
                if size and (tail.ino != ino or tail.size < size):
                    return None  # the log was replaced or cut short
                if tail.size == size:
                    return [], cursor
                offset, found = tail.size, []
                for record, line_size in zip(reversed(tail.records), reversed(tail.sizes)):
                    if offset <= size:
                        break
                    offset -= line_size
                    found.append(record)
                if offset == size:
                    return [dict(record) for record in reversed(found) if isinstance(record, dict)], (tail.ino, tail.size)
                # Not all in memory (or the line sizes do not meet the cursor): read those bytes.
                return await asyncio.to_thread(_records_between, path, size, tail.size), (tail.ino, tail.size)

    async def append_conversation(self, text: str) -> None:
        with self._timer("append_conversation"):
            async with self.lock:
                self._storage.writer.append(self._path(CONVERSATIONS), text)

    # --- a turn ---------------------------------------------------------------------------

    async def load_memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """What a turn starts from: the recent history and the profile, from memory."""
        with self._timer("load_memory"):
            async with self.lock:
                return await self._memory(limit)

    async def _memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        memory = self._memory_now(limit)
        if memory is not None:
            return memory
        history = await self._recent(self._path(HISTORY), limit, None) if limit > 0 else []
        profile = await self._value(self._path(PROFILE), {})
        return history, profile if isinstance(profile, dict) else {}

    async def begin_turn(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Store the user's message at once and return the memory the turn starts from (the
        history before it, and the profile)."""
        with self._timer("begin_turn"):
            async with self.lock:
                memory = await self._memory(limit)
                self._append(self._path(HISTORY), [record])
                return memory

    def begin_turn_now(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]] | None:
        """`begin_turn` done now, without awaiting, when it needs no wait: the user's lock free
        (nobody queued for it), the history and profile in memory and current, the profile
        valid JSON. The same records, the same write, the same result; None (and nothing done)
        otherwise, for `begin_turn`. The dispatcher's turn then needs no task of its own to
        keep a shutdown from cutting the write short: nothing can come between."""
        if not _free(self.lock):
            return None
        started = time.perf_counter()
        path = self._path(HISTORY)
        # One look at the log for both the cache's check and the writer's: nothing comes between.
        looked = _look(path)
        memory = self._memory_now(limit, looked)
        if memory is None:
            return None
        self._append(path, [record], looked)
        self._storage.metrics.storage_observe("begin_turn", time.perf_counter() - started)
        return memory

    def _memory_now(self, limit: int, looked: os.stat_result | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]] | None:
        """`_memory(limit)` done now, when the history and profile are in memory and current
        and the profile is valid JSON; None (nothing read) when `_memory` must wait for the
        disk or set a damaged profile aside. `looked`: the history's stat, just taken."""
        history = self._recent_now(self._path(HISTORY), limit, looked) if limit > 0 else []
        if history is None:
            return None
        doc = self._doc_now(self._path(PROFILE))
        if doc is None:
            return None
        if doc.text is None:
            profile: Any = {}
        else:
            try:
                profile = loads(doc.text)
            except ValueError:
                return None  # _memory sets a damaged profile aside
        return history, profile if isinstance(profile, dict) else {}

    def record_turn_now(self, records: list[dict[str, Any]], conversation: str) -> bool:
        """`record_turn` done now, without awaiting, when the user's lock is free (nobody
        queued for it); False (and nothing done) otherwise."""
        if not _free(self.lock):
            return False
        started = time.perf_counter()
        self._append(self._path(HISTORY), records)
        self._storage.writer.append(self._path(CONVERSATIONS), conversation)
        self._storage.metrics.storage_observe("record_turn", time.perf_counter() - started)
        return True

    async def record_turn(self, records: list[dict[str, Any]], conversation: str) -> None:
        """Append a turn to history.jsonl and conversations.md (one batch of the writer)."""
        with self._timer("record_turn"):
            async with self.lock:
                self._append(self._path(HISTORY), records)
                self._storage.writer.append(self._path(CONVERSATIONS), conversation)

    # --- the files route ------------------------------------------------------------------

    async def list_files(self) -> list[FileInfo]:
        await self._storage.settle_folder(self.folder)
        return await asyncio.to_thread(_list_files, self.folder)

    async def read_file(self, name: str) -> bytes | None:
        path = self._path(name)
        await self._storage.settle([path])
        return await asyncio.to_thread(_read_bytes, path)

    async def file_content(self, name: str) -> FileContent | None:
        """The file to stream, by path, or None when the user has no such file."""
        path = self._path(name)
        await self._storage.settle([path])
        is_file = await asyncio.to_thread(os.path.isfile, path)
        return FileContent(name, path=Path(path)) if is_file else None


_checked_name = lru_cache(maxsize=256)(check_file_name)  # a few names, asked for on every call


@lru_cache(maxsize=16384)
def _user_folder(data_dir: Path, user_id: str) -> Path:
    """The user's folder, checked to be a folder of its own right under the data dir (the
    check resolves symlinks, so it is remembered for the users seen lately)."""
    check_user_id(user_id)
    folder = (data_dir / user_id).resolve()
    if folder.parent != data_dir:
        raise InvalidName(f"user id {user_id!r} resolves outside the data dir")
    return folder


def _free(lock: asyncio.Lock) -> bool:
    """Would `lock.acquire()` take `lock` at once? Not held, and nobody waiting for it (a
    woken waiter takes it before a newcomer, as asyncio.Lock decides)."""
    waiters = getattr(lock, "_waiters", False)  # asyncio's own; unknown elsewhere: ask the lock
    return waiters is not False and not lock.locked() and (waiters is None or all(waiter.cancelled() for waiter in waiters))


def _look(path: str) -> os.stat_result | None:
    """`os.stat(path)`, or None if there is no such file: from the inode, no data read."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _stat_of(path: str) -> tuple[int, int, int] | None:
    """(inode, size, mtime_ns) of `path`, or None if there is none."""
    stat = _look(path)
    return None if stat is None else (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _log_stat(path: str, looked: os.stat_result | None = None) -> tuple[int, int]:
    """(inode, size) of a log, (0, 0) if there is none; from `looked` when the caller has it."""
    stat = looked if looked is not None else _look(path)
    return (0, 0) if stat is None else (stat.st_ino, stat.st_size)


def _read_doc(path: str) -> tuple[str | None, tuple[int, int, int] | None]:
    try:
        with open(path, encoding="utf-8") as fh:
            stat = os.fstat(fh.fileno())
            return fh.read(), (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    except (FileNotFoundError, NotADirectoryError):
        return None, None


def _read_tail(path: str, max_bytes: int) -> tuple[list[Any], list[int], bool, int, int]:
    """The newest records of a log within `max_bytes` (at least one), oldest first, with their
    line sizes; whether they are all of it; and the file's inode and size as read."""
    try:
        fh = open(path, "rb")
    except (FileNotFoundError, NotADirectoryError):
        return [], [], True, 0, 0
    with fh:
        stat = os.fstat(fh.fileno())
        records: list[Any] = []
        sizes: list[int] = []
        taken = 0
        complete = True
        for line in _lines_backwards(fh, stat.st_size):
            if records and taken + len(line) + 1 > max_bytes:
                complete = False
                break
            try:
                record = loads(line)
            except ValueError:
                continue  # a torn last line after a crash: skip it, keep the rest
            records.append(record)
            sizes.append(len(line) + 1)
            taken += len(line) + 1
        records.reverse()
        sizes.reverse()
        return records, sizes, complete, stat.st_ino, stat.st_size


def dumps(data: Any) -> str:
    """The JSON text both backends store, compact (pretty-print with `python -m json.tool` to
    read a file), by orjson, 8x faster than json for a turn's records and documents; json for
    what orjson refuses (integers past 64 bits, a lone surrogate), which raises as it always
    did. orjson writes NaN and infinities (not JSON) as null, which other JSON readers can take."""
    try:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _copy_default(default: Any) -> Any:
    """A copy of `default` that changing cannot change the caller's (a new {} or [] at once)."""
    if default is None:
        return None
    if not default and type(default) in (dict, list):
        return type(default)()
    return json.loads(json.dumps(default))


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so a reader sees the old or the new file, never half of one:
    write a temp file beside it, fsync, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _tail_jsonl(
    path: str | Path, limit: int | None, while_: Callable[[dict[str, Any]], bool] | None = None, size: int | None = None
) -> list[dict[str, Any]]:
    """The last records of a JSONL file (oldest first, within its first `size` bytes if
    given), reading backwards in 64 KiB steps."""
    return select_recent(_records_backwards(path, size), limit, while_)


def _records_backwards(path: str | Path, size: int | None = None) -> Iterator[Any]:
    try:
        fh = open(path, "rb")
    except (FileNotFoundError, NotADirectoryError):
        return
    with fh:
        end = os.fstat(fh.fileno()).st_size
        for line in _lines_backwards(fh, end if size is None else min(size, end)):
            try:
                yield loads(line)
            except ValueError:
                continue  # a torn last line after a crash: skip it, keep the rest


class RecentRecords:
    """What `recent_records` returns, built from a log's records read newest first (every
    backend reads its own way and offers each record here): oldest first, at most `limit`,
    stopping at the first record for which `while_` is false, without records a tombstone
    deleted. A tombstone comes after the record it deletes, so reading backwards meets it first.
    """

    def __init__(self, limit: int | None, while_: Callable[[dict[str, Any]], bool] | None = None) -> None:
        self.limit = limit
        self.while_ = while_
        self._selected: list[dict[str, Any]] = []
        self._deleted: set[Any] = set()

    def offer(self, record: Any) -> bool:
        """Take the next older record; False once no older record can be wanted."""
        if not isinstance(record, dict):
            return True
        if TOMBSTONE in record:
            self._deleted.add(record[TOMBSTONE])
            return True
        if self._deleted and record.get("id") in self._deleted:
            return True
        if self.while_ is not None and not self.while_(record):
            return False
        self._selected.append(record)
        return self.limit is None or len(self._selected) < self.limit

    def offer_all(self, newest_first: Iterable[Any]) -> bool:
        """`offer` each record in turn until one returns False; whether all were taken (so older
        ones could still be wanted). The same rules in one loop: a turn's history read offers
        twenty records, and a method call for each cost more than the rules."""
        selected, deleted, limit, while_ = self._selected, self._deleted, self.limit, self.while_
        for record in newest_first:
            if not isinstance(record, dict):
                continue
            if TOMBSTONE in record:
                deleted.add(record[TOMBSTONE])
                continue
            if deleted and record.get("id") in deleted:
                continue
            if while_ is not None and not while_(record):
                return False
            selected.append(record)
            if limit is not None and len(selected) >= limit:
                return False
        return True

    def oldest_first(self) -> list[dict[str, Any]]:
        return self._selected[::-1]


def select_recent(
    newest_first: Iterable[Any], limit: int | None, while_: Callable[[dict[str, Any]], bool] | None = None
) -> list[dict[str, Any]]:
    """`RecentRecords` over an iterable of records, newest first."""
    selection = RecentRecords(limit, while_)
    selection.offer_all(newest_first)
    return selection.oldest_first()


def _lines_backwards(fh: BinaryIO, size: int) -> Iterator[bytes]:
    """The non-empty lines of the first `size` bytes of a file, last first, without reading
    the whole file."""
    position = size
    partial = b""
    while position > 0:
        step = min(TAIL_CHUNK, position)
        position -= step
        fh.seek(position)
        lines = (fh.read(step) + partial).split(b"\n")
        partial = lines.pop(0)  # may continue in the previous chunk
        for line in reversed(lines):
            if line.strip():
                yield line
    if partial.strip():
        yield partial


def _records_between(path: str, start: int, end: int) -> list[dict[str, Any]]:
    """The records of the lines from byte `start` to `end` of a log (a line cut by `start`
    left out), oldest first."""
    with open(path, "rb") as fh:
        if start and os.pread(fh.fileno(), 1, start - 1) != b"\n":
            start = fh.seek(start) + len(fh.readline())  # the rest of a line begun before it
        data = os.pread(fh.fileno(), max(0, end - start), start)
    records = []
    for line in data.split(b"\n"):
        if line.strip():
            try:
                record = loads(line)
            except ValueError:
                continue  # a torn line after a crash
            if isinstance(record, dict):
                records.append(record)
    return records


def _list_files(folder: Path) -> list[FileInfo]:
    if not folder.is_dir():
        return []
    infos = []
    for entry in sorted(folder.iterdir()):
        if entry.is_file() and not entry.name.startswith("."):
            stat = entry.stat()
            modified = datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(timespec="seconds")
            infos.append(FileInfo(entry.name, stat.st_size, modified.replace("+00:00", "Z")))
    return infos


def _read_bytes(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except (FileNotFoundError, IsADirectoryError):
        return None
