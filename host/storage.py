"""Per-user storage. The default keeps one folder per user under the data dir:

    <data_dir>/<user_id>/conversations.md   human-readable log, one entry per turn
                        history.jsonl      one JSON object per message in and out
                        profile.json       facts shared by all agents
                        <agent data>.json  e.g. workouts.json, meals.json

Logs are only ever appended; memory reads the tail of `history.jsonl`, so a turn costs the
same with 10 or 100,000 entries. JSON documents are rewritten atomically (temp file + rename)
under a per-user lock. `Storage` is the interface a shared backend (Redis) would implement.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from attrs import frozen

from host.clock import utc_now
from host.metrics import Metrics

# Matched with `fullmatch`: `$` alone also matches before a trailing newline ("alice\n").
USER_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
DATA_FILE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\.(json|jsonl|md)")
TAIL_CHUNK = 64 * 1024
PROFILE = "profile.json"
HISTORY = "history.jsonl"
CONVERSATIONS = "conversations.md"
TOMBSTONE = "deleted"  # a log record {"deleted": id} takes the record with that id out

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


class UserStore(Protocol):
    """One user's data, as agents and tools see it."""

    user_id: str

    async def read_json(self, name: str, default: Any = None) -> Any: ...
    async def write_json(self, name: str, data: Any) -> None: ...
    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any]) -> Any: ...
    async def read_profile(self) -> dict[str, Any]: ...
    async def update_profile(self, change: Callable[[dict[str, Any]], Any]) -> Any: ...
    async def append_history(self, records: list[dict[str, Any]]) -> None: ...
    async def recent_history(self, limit: int) -> list[dict[str, Any]]: ...
    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None: ...
    async def recent_records(
        self, name: str, limit: int | None = None, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[dict[str, Any]]: ...
    async def delete_record(self, name: str, record_id: str) -> None: ...
    async def append_conversation(self, text: str) -> None: ...
    async def load_memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]: ...
    async def begin_turn(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]: ...
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


class FileStorage:
    """The embedded default: files under `data_dir`, one folder per user."""

    def __init__(self, data_dir: Path, metrics: Metrics | None = None) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.metrics = metrics or Metrics()
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._pending: set[asyncio.Future[Any]] = set()

    def user(self, user_id: str) -> FileUserStore:
        check_user_id(user_id)
        folder = (self.data_dir / user_id).resolve()
        if folder.parent != self.data_dir:
            raise InvalidName(f"user id {user_id!r} resolves outside the data dir")
        return FileUserStore(user_id, folder, self._locks[user_id], self)

    async def existing_user(self, user_id: str) -> FileUserStore | None:
        """The store of a user who has a folder already, without creating one."""
        store = self.user(user_id)
        return store if await asyncio.to_thread(store.folder.is_dir) else None

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

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run blocking file work in a thread, tracked so `flush()` can wait for it."""
        future = asyncio.ensure_future(asyncio.to_thread(fn, *args))
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        with self.metrics.storage_timer(fn.__name__):
            return await future

    async def flush(self) -> None:
        """Wait for every write already started (used at shutdown)."""
        if self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def close(self) -> None:
        await self.flush()


class BaseUserStore:
    """What every backend's user store shares, written once on top of its primitives
    (`read_json`, `update_json`, `append_records`, `recent_records` and `_set_aside`)."""

    user_id: str

    async def read_json(self, name: str, default: Any = None) -> Any:
        raise NotImplementedError

    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any]) -> Any:
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


class FileUserStore(BaseUserStore):
    """One user's folder. Every write holds the user's lock; reads of JSON are atomic by rename."""

    def __init__(self, user_id: str, folder: Path, lock: asyncio.Lock, storage: FileStorage) -> None:
        self.user_id = user_id
        self.folder = folder
        self.lock = lock
        self._storage = storage

    def _path(self, name: str) -> Path:
        return self.folder / check_file_name(name)

    async def read_json(self, name: str, default: Any = None) -> Any:
        path = self._path(name)
        return await self._storage.run(_read_json, path, default)

    async def write_json(self, name: str, data: Any) -> None:
        """Replace a JSON document whole (seeding data, migrations); agents change theirs with
        `update_json`, which cannot lose another writer's change."""
        path = self._path(name)
        async with self.lock:
            await self._storage.run(_write_json_atomic, path, data)

    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any]) -> Any:
        """Read, change and write a JSON document under the user's lock; returns `change`'s result.

        `change(data)` edits `data` in place and returns whatever the caller wants back.
        If it raises, nothing is written.
        """
        path = self._path(name)
        async with self.lock:
            # The folder's lock file also keeps out other processes on the same data dir.
            fd, data = await self._storage.run(_lock_and_read, path, default)
            try:
                result = change(data)
            except BaseException:
                os.close(fd)
                raise
            await self._storage.run(_write_and_unlock, fd, path, data)
            return result

    async def _set_aside(self, name: str) -> None:
        path = self._path(name)
        await self._storage.run(path.replace, path.with_suffix(path.suffix + ".corrupt"))

    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None:
        """Append records to a `.jsonl` log: the cost does not depend on the log's length."""
        path = self._jsonl_path(name)
        lines = _jsonl_lines(records)
        async with self.lock:
            await self._storage.run(_append_text, path, lines)

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
        return await self._storage.run(_tail_jsonl, self._jsonl_path(name), limit, while_)

    def _jsonl_path(self, name: str) -> Path:
        if not name.endswith(".jsonl"):
            raise InvalidName(f"{name!r} is not a .jsonl log")
        return self._path(name)

    async def append_conversation(self, text: str) -> None:
        async with self.lock:
            await self._storage.run(_append_text, self.folder / CONVERSATIONS, text)

    async def load_memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """What a turn starts from: the recent history and the profile, in one trip to disk."""
        return await self._storage.run(_load_memory, self.folder, limit)

    async def begin_turn(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Store the user's message at once and return the memory the turn starts from (the
        history before it, and the profile), in one trip to disk."""
        lines = _jsonl_lines([record])
        async with self.lock:
            return await self._storage.run(_begin_turn, self.folder, lines, limit)

    async def record_turn(self, records: list[dict[str, Any]], conversation: str) -> None:
        """Append a turn to history.jsonl and conversations.md in one trip to disk."""
        lines = _jsonl_lines(records)
        async with self.lock:
            await self._storage.run(_record_turn, self.folder, lines, conversation)

    async def list_files(self) -> list[FileInfo]:
        return await self._storage.run(_list_files, self.folder)

    async def read_file(self, name: str) -> bytes | None:
        path = self._path(name)
        return await self._storage.run(_read_bytes, path)

    async def file_content(self, name: str) -> FileContent | None:
        """The file to stream, by path, or None when the user has no such file."""
        path = self._path(name)
        is_file = await self._storage.run(path.is_file)
        return FileContent(name, path=path) if is_file else None


def _jsonl_lines(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def _load_memory(folder: Path, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    history = _tail_jsonl(folder / HISTORY, limit) if limit > 0 else []
    profile = _read_json(folder / PROFILE, {})
    return history, profile if isinstance(profile, dict) else {}


def _begin_turn(folder: Path, user_line: str, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    memory = _load_memory(folder, limit)
    _append_text(folder / HISTORY, user_line)
    return memory


def _record_turn(folder: Path, history_lines: str, conversation: str) -> None:
    _append_text(folder / HISTORY, history_lines)
    _append_text(folder / CONVERSATIONS, conversation)


def _read_json(path: Path, default: Any) -> Any:
    try:
        with path.open("r", encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return _copy_default(default)
    except json.JSONDecodeError as exc:
        # Keep the damaged file for a human to look at, and start afresh.
        path.replace(path.with_suffix(path.suffix + ".corrupt"))
        log.error("%s was not valid JSON (%s); kept as .corrupt", path, exc)
        return _copy_default(default)


def _lock_and_read(path: Path, default: Any) -> tuple[int, Any]:
    """Take the user folder's lock (flock on `.lock`), then read the document."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.parent / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd, _read_json(path, default)
    except BaseException:
        os.close(fd)
        raise


def _write_and_unlock(fd: int, path: Path, data: Any) -> None:
    try:
        _write_json_atomic(path, data)
    finally:
        os.close(fd)  # releases the flock


def _copy_default(default: Any) -> Any:
    return json.loads(json.dumps(default)) if default is not None else None


def _write_json_atomic(path: Path, data: Any) -> None:
    # Compact: with `indent` set, json.dumps leaves its C encoder for pure Python (8x slower
    # for a 48 KB workouts.json); pretty-print with `python -m json.tool` to read one.
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


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


def _append_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            # A crash cut the last line short; start a new line so this one is not glued to it.
            text = "\n" + text
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


def _tail_jsonl(
    path: Path, limit: int | None, while_: Callable[[dict[str, Any]], bool] | None = None
) -> list[dict[str, Any]]:
    """The last records of a JSONL file (oldest first), reading backwards in 64 KiB steps."""
    return select_recent(_records_backwards(path), limit, while_)


def _records_backwards(path: Path) -> Iterator[Any]:
    for line in _lines_backwards(path):
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
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

    def oldest_first(self) -> list[dict[str, Any]]:
        return self._selected[::-1]


def select_recent(
    newest_first: Iterable[Any], limit: int | None, while_: Callable[[dict[str, Any]], bool] | None = None
) -> list[dict[str, Any]]:
    """`RecentRecords` over an iterable of records, newest first."""
    selection = RecentRecords(limit, while_)
    for record in newest_first:
        if not selection.offer(record):
            break
    return selection.oldest_first()


def _lines_backwards(path: Path) -> Iterator[bytes]:
    """The non-empty lines of a file, last first, without reading the whole file."""
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return
    with fh:
        position = fh.seek(0, os.SEEK_END)
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


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
