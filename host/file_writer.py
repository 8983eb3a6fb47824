"""How the file backend writes: logs at once, documents and fsyncs by one writer, in batches.

A line appended to a log (history.jsonl, conversations.md, an agent's log) is written at once
by the event loop: one write() of a few hundred bytes into the page cache, microseconds, where
handing it to a thread and back cost two wakeups (a profile had them at a third of a simple
turn). Replacing a JSON document needs an fsync, which waits for the disk: that is the writer
thread's job. It takes every operation queued at once (everything a turn, or every user
at that moment, queued in one pass of the event loop) and writes it as one batch: a document
replaced twice in a batch is written once, the batch's documents are fsynced side by side
(so it waits about one fsync, not one per document), and the batch's futures are resolved in
one call into the event loop.

What is on disk when a call returns (and so when a reply frame goes out, which waits for the
turn's records): every line and document given so far is written to its file, in the order
given for that file. Another process reading the data dir sees it, and a crash or kill of
the server cannot lose it.

What is fsynced when: a document is replaced by writing a temp file beside it, fsyncing it,
and renaming it over the old one (so after a power cut it is whole, old or new). A document
replaced with `sync=False` (an agent's note of what its last answer was about: cheap to lose,
written on many turns) skips that fsync, which cost 250 us of CPU and 3 ms of waiting here,
and is fsynced with the logs instead; a power cut within that interval can leave it old,
empty or damaged (read back as its default, the damaged file kept as `.corrupt`). Logs are
fsynced by a second thread within `sync_interval_s` of being written (and at `close`): one
pass over every log written meanwhile (group commit; from `SYNCFS_FROM` logs on, one Linux
syncfs() of their filesystem, where 200 fsyncs took 25-45 ms and one syncfs 1-3), so a power
cut or kernel crash loses at most that much of the logs; fsync waits for the disk, and a turn
must not.

Open logs: the writer keeps the logs it appends to open (at most `MAX_OPEN_LOGS`, the least
recently written closed first), so a turn's appends do not open and close their files each
time (speed21 measured an open, stat and close about three times a turn). Before each append
the path is looked up again (one stat): a log renamed, deleted or replaced by anyone (another
process or host on the same data dir, a person rotating it) is closed and the path opened anew,
so a write never goes to a file that is no longer the log. A handle unused for `IDLE_CLOSE_S`
is closed by the sync thread, and all are closed at `close_logs` (the storage's close) and
`stop`. Nothing above changes: each append is still one write() into the file before the call
returns, and the fsyncs are the same (by path, on the sync thread).
"""
from __future__ import annotations

import asyncio
import atexit
import contextlib
import ctypes
import logging
import os
import sys
import threading
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NamedTuple

from attrs import define, field

log = logging.getLogger(__name__)

DEFAULT_SYNC_INTERVAL_S = 1.0
FSYNC_THREADS = 8  # documents of one batch written and fsynced side by side
SYNCFS_FROM = 32  # logs to fsync at once from which one syncfs() of their filesystem is cheaper
APPENDED_REMEMBERED = 4096  # logs whose state after this writer's last append is remembered
MAX_OPEN_LOGS = 128  # logs kept open between appends (the least recently written closed first)
IDLE_CLOSE_S = 30.0  # a log not written for this long is closed by the sync thread


class Written(NamedTuple):
    """A file as a write left it: its inode, its size before the write and after it, and its
    modification time (ns). A store compares them with what it expected, to see whether
    anyone else wrote the file meanwhile."""

    ino: int
    size_before: int
    size: int
    mtime_ns: int


@define(eq=False)
class _OpenLog:
    """A log kept open for appending: its descriptor, the file it is (device, inode), when last written."""

    fd: int
    dev: int
    ino: int
    used: float


@define(eq=False)
class _Op:
    kind: str  # "replace", "replace_later" (fsynced with the logs), "set_aside", "barrier", "sync"
    path: str | None
    data: bytes = b""
    loop: asyncio.AbstractEventLoop | None = None
    future: asyncio.Future[Any] | None = None
    result: Any = None
    error: BaseException | None = field(default=None)


class Writer:
    """Writes operations from any event loop, in batches, on one thread (see the module doc)."""

    def __init__(self, sync_interval_s: float = DEFAULT_SYNC_INTERVAL_S, max_open_logs: int = MAX_OPEN_LOGS) -> None:
        self.sync_interval_s = sync_interval_s
        self.max_open_logs = max_open_logs
        self._open: OrderedDict[str, _OpenLog] = OrderedDict()  # logs kept open, least recently written first
        self._open_lock = threading.Lock()  # the loops' appends and the sync thread's closing
        self._queue: deque[_Op] = deque()
        self._wakeup = threading.Condition()
        self._dirty: set[str] = set()  # logs (and sync=False documents) written since their last fsync
        self._dirty_lock = threading.Lock()
        self._sync_wakeup = threading.Event()
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._pool: ThreadPoolExecutor | None = None  # fsyncs documents side by side
        self._waking: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()  # loops about to wake the writer
        self.batches = 0  # how many batches were written (for tests and benchmarks)
        self._appended: dict[str, tuple[int, int, int]] = {}  # log -> (inode, size, mtime_ns) after our last append

    # --- the loop's side ---------------------------------------------------------------------

    def append(self, path: str, text: str, looked: os.stat_result | None = None) -> Written:
        """Append `text` (whole lines) to `path` now, creating it and its folder if need be; a
        log whose last line a crash cut short gets a newline first, so the new lines stay
        whole. Written by the caller's thread: one write() of a few hundred bytes into the
        page cache takes microseconds, where handing it to a thread and back costs a wakeup
        each way (and, on a busy machine, a wait for the CPU). `looked`: the path's stat, just
        taken by the caller with nothing written between, serves as this append's look at it."""
        # A log as this writer's last append left it (inode, size, mtime) still ends in that
        # append's newline: no need to read its last byte again.
        data = text.encode("utf-8")
        with self._open_lock:
            fd, stat = self._open_log(path, looked)
            try:
                written = _append(fd, stat, data, self._appended.get(path))
            except BaseException:
                self._close_log(path)  # what the file is now is unknown: open it anew next time
                raise
        if text.endswith("\n"):
            self._appended[path] = (written.ino, written.size, written.mtime_ns)
            if len(self._appended) > APPENDED_REMEMBERED:
                del self._appended[next(iter(self._appended))]
        else:
            self._appended.pop(path, None)
        with self._dirty_lock:
            self._dirty.add(path)
        if not self._threads:  # the sync thread fsyncs it
            with self._wakeup:
                if not self._threads:
                    self._start()
        return written

    def _open_log(self, path: str, looked: os.stat_result | None = None) -> tuple[int, os.stat_result]:
        """The open descriptor of the log at `path` and the file's stat now (under `_open_lock`;
        `looked` when the caller just took it): the one kept open if `path` still names that
        file, else `path` opened (and kept)."""
        kept = self._open.get(path)
        if kept is not None:
            stat = looked
            if stat is None:
                try:
                    stat = os.stat(path)
                except (FileNotFoundError, NotADirectoryError):
                    stat = None
            if stat is not None and stat.st_ino == kept.ino and stat.st_dev == kept.dev:
                kept.used = time.monotonic()
                self._open.move_to_end(path)
                return kept.fd, stat
            self._close_log(path)  # renamed, deleted or replaced: the path is another file now
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        except FileNotFoundError:  # the user's first write: make the folder
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            stat = os.fstat(fd)
        except BaseException:
            os.close(fd)
            raise
        self._open[path] = _OpenLog(fd, stat.st_dev, stat.st_ino, time.monotonic())
        while len(self._open) > self.max_open_logs:
            self._close_log(next(iter(self._open)))
        return fd, stat

    def _close_log(self, path: str) -> None:
        """Close the log kept open for `path`, if any (under `_open_lock`)."""
        kept = self._open.pop(path, None)
        if kept is not None:
            with contextlib.suppress(OSError):
                os.close(kept.fd)

    def close_logs(self, idle_s: float | None = None) -> None:
        """Close the logs kept open (with `idle_s`, those not written for that long); the next
        append opens its log again."""
        with self._open_lock:
            if idle_s is None:
                paths = list(self._open)
            else:
                before = time.monotonic() - idle_s
                paths = []
                for path, kept in self._open.items():  # least recently written first
                    if kept.used > before:
                        break
                    paths.append(path)
            for path in paths:
                self._close_log(path)

    @property
    def open_logs(self) -> int:
        """How many logs are kept open now (for tests and benchmarks)."""
        return len(self._open)

    def replace(self, path: str, text: str, sync: bool = True) -> asyncio.Future[Written]:
        """Replace `path` with `text` atomically (temp file, fsync, rename); with `sync=False`
        the fsync is left to the sync thread, within `sync_interval_s` (see the module doc)."""
        return self._submit(_Op("replace" if sync else "replace_later", path, text.encode("utf-8")))

    def set_aside(self, path: str) -> asyncio.Future[None]:
        """Rename a damaged document to `<name>.corrupt`, for a human to look at."""
        return self._submit(_Op("set_aside", path))

    def barrier(self, sync: bool = False) -> asyncio.Future[None]:
        """Resolved once everything queued before it is written (and, with `sync`, every log
        written so far is fsynced)."""
        return self._submit(_Op("sync" if sync else "barrier", None))

    def _submit(self, op: _Op) -> asyncio.Future[Any]:
        op.loop = asyncio.get_running_loop()
        op.future = op.loop.create_future()
        with self._wakeup:
            if not self._threads:
                self._start()
            self._queue.append(op)
            wake = op.loop not in self._waking
            self._waking.add(op.loop)
        if wake:
            # Once the loop has run what is ready now: everything queued meanwhile (a turn's
            # two appends, other users' writes) goes in the same batch, for one wakeup.
            op.loop.call_soon(self._wake, op.loop)
        return op.future

    def _wake(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._wakeup:
            self._waking.discard(loop)
            self._wakeup.notify()

    def _start(self) -> None:
        self._stopping = False
        self._threads = [
            threading.Thread(target=self._write_forever, name="agenthost-file-writer", daemon=True),
            threading.Thread(target=self._sync_forever, name="agenthost-file-sync", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Write what is queued, fsync every log written, stop both threads and close the logs (at exit)."""
        with self._wakeup:
            threads, self._threads = self._threads, []
            self._stopping = True
            self._wakeup.notify()
        self._sync_wakeup.set()
        for thread in threads:
            thread.join(timeout=30)
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self.close_logs()

    # --- the writer thread -------------------------------------------------------------------

    def _write_forever(self) -> None:
        while True:
            with self._wakeup:
                while not self._queue and not self._stopping:
                    self._wakeup.wait()
                if not self._queue:
                    return
                batch = list(self._queue)
                self._queue.clear()
            self._write_batch(batch)

    def _write_batch(self, batch: list[_Op]) -> None:
        """The batch's documents, whose fsyncs run side by side (so the batch waits about one
        fsync, not one per document), then its barriers."""
        documents: dict[str, list[_Op]] = {}
        for op in batch:
            if op.path is not None:
                documents.setdefault(op.path, []).append(op)
        if len(documents) == 1:
            [(path, ops)] = documents.items()
            self._write_path(path, ops)
        elif documents:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=FSYNC_THREADS, thread_name_prefix="agenthost-fsync")
            list(self._pool.map(lambda item: self._write_path(*item), documents.items()))
        _tell([op for ops in documents.values() for op in ops])
        barriers = [op for op in batch if op.path is None]
        for op in barriers:
            if op.kind == "sync":
                try:
                    self._sync_dirty()
                except OSError as exc:
                    op.error = exc
        _tell(barriers)
        self.batches += 1

    def _write_path(self, path: str, ops: list[_Op]) -> None:
        """One document's operations in their order, a run of replaces as the last of them."""
        if path in self._open:  # a log renamed or replaced here: the handle is of the old file
            with self._open_lock:
                self._close_log(path)
        index = 0
        while index < len(ops):
            run = [ops[index]]
            while index + len(run) < len(ops) and ops[index + len(run)].kind in _REPLACES and run[0].kind in _REPLACES:
                run.append(ops[index + len(run)])
            index += len(run)
            # One fsync if anyone in the run asked for it: they all get the last version.
            fsync = any(op.kind == "replace" for op in run)
            try:
                result: Any = _replace(path, run[-1].data, fsync) if run[0].kind in _REPLACES else _set_aside(path)
            except BaseException as exc:  # noqa: BLE001  (every waiter must hear of it)
                for op in run:
                    op.error = exc
            else:
                if run[0].kind in _REPLACES and not fsync:
                    with self._dirty_lock:
                        self._dirty.add(path)
                for op in run:
                    op.result = result

    # --- the sync thread ---------------------------------------------------------------------

    def _sync_forever(self) -> None:
        while not self._stopping:
            self._sync_wakeup.wait(self.sync_interval_s)
            self._sync_wakeup.clear()
            try:
                self._sync_dirty()
            except OSError as exc:
                log.error("could not fsync the logs: %s", exc)
            self.close_logs(IDLE_CLOSE_S)
        try:
            self._sync_dirty()
        except OSError as exc:
            log.error("could not fsync the logs at shutdown: %s", exc)

    def _sync_dirty(self) -> None:
        with self._dirty_lock:
            dirty, self._dirty = self._dirty, set()
        if len(dirty) >= SYNCFS_FROM and _syncfs is not None:
            # Many users' logs: one syncfs() per filesystem, not one journal commit per file.
            where: dict[int, str] = {}
            for path in dirty:
                try:
                    where.setdefault(os.stat(path).st_dev, os.path.dirname(path))
                except FileNotFoundError:
                    continue
            for folder in where.values():
                fd = os.open(folder, os.O_RDONLY)
                try:
                    if _syncfs(fd) != 0:
                        error = ctypes.get_errno()
                        raise OSError(error, os.strerror(error), folder)
                finally:
                    os.close(fd)
            return
        failed: OSError | None = None
        for path in dirty:
            try:
                fd = os.open(path, os.O_RDONLY)
            except FileNotFoundError:
                continue
            try:
                os.fsync(fd)
            except OSError as exc:
                failed = exc
            finally:
                os.close(fd)
        if failed is not None:
            raise failed


def _load_syncfs() -> Callable[[int], int] | None:
    """Linux's syncfs(2) (everything dirty on one filesystem), or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    syncfs.argtypes, syncfs.restype = [ctypes.c_int], ctypes.c_int
    return syncfs


_syncfs = _load_syncfs()


def _tell(ops: list[_Op]) -> None:
    """Resolve the futures of `ops` in their event loops (one call into each loop)."""
    by_loop: dict[asyncio.AbstractEventLoop, list[_Op]] = {}
    for op in ops:
        assert op.loop is not None
        by_loop.setdefault(op.loop, []).append(op)
    for loop, waiting in by_loop.items():
        try:
            loop.call_soon_threadsafe(_resolve, waiting)
        except RuntimeError:  # that loop is closed: nobody waits for these any more
            pass


def _resolve(ops: list[_Op]) -> None:
    for op in ops:
        future = op.future
        if future is None or future.done():
            continue
        if op.error is not None:
            future.set_exception(op.error)
        else:
            future.set_result(op.result)


def _append(fd: int, stat: os.stat_result, data: bytes, ends_in_newline: tuple[int, int, int] | None = None) -> Written:
    """Append `data` to the log open as `fd`, whose stat before the write is `stat`;
    `ends_in_newline` is (inode, size, mtime_ns) of the file as an append ending in a newline
    left it: a file still so needs no look at its last byte."""
    size = stat.st_size
    unchanged = ends_in_newline == (stat.st_ino, size, stat.st_mtime_ns)
    if size and not unchanged and os.pread(fd, 1, size - 1) != b"\n":
        # A crash cut the last line short; start a new line so this one is not glued to it.
        data = b"\n" + data
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])
    after = os.fstat(fd)
    return Written(after.st_ino, size, after.st_size, after.st_mtime_ns)


_REPLACES = ("replace", "replace_later")


def _replace(path: str, data: bytes, fsync: bool = True) -> Written:
    """Replace `path` so a reader sees the old or the new file, never half of one (and, with
    `fsync`, so that after a power cut it is the old or the new one)."""
    folder, name = os.path.split(path)
    try:
        size_before = os.stat(path).st_size
    except FileNotFoundError:
        size_before = 0
        os.makedirs(folder, exist_ok=True)
    # One writer thread writes a given file at a time in this process, and the pid keeps
    # other processes' temp files apart: no random name needed (mkstemp's costs 20 us).
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
            stat = os.fstat(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return Written(stat.st_ino, size_before, stat.st_size, stat.st_mtime_ns)


def _set_aside(path: str) -> None:
    os.replace(path, path + ".corrupt")


_shared: Writer | None = None
_shared_lock = threading.Lock()


def shared_writer() -> Writer:
    """The process' one writer (started on first use, drained and fsynced at exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Writer()
            atexit.register(_shared.stop)
        return _shared


__all__ = ["DEFAULT_SYNC_INTERVAL_S", "IDLE_CLOSE_S", "MAX_OPEN_LOGS", "Writer", "Written", "shared_writer"]
