"""The Redis storage backend: several hosts share one Redis (7.0, as Debian ships it; no
modules). Every `UserStore` operation behaves as the file backend's does (one contract test
suite runs against both); the file names agents use become keys:

    {prefix}:u:{<user>}:s:history.jsonl     stream (XADD MAXLEN ~ max_entries): one entry a record
    {prefix}:u:{<user>}:s:meals.jsonl       stream: every other `.jsonl` log, the same way
    {prefix}:u:{<user>}:s:conversations.md  stream: one entry per turn of the readable log
    {prefix}:u:{<user>}:d:profile.json      string: a JSON document, changed by compare-and-set
    {prefix}:u:{<user>}:meta                hash: `size:<name>` and `mtime:<name>` for the files route

A stream entry's id is the record's order and a resume cursor; logs are read newest first
with XREVRANGE, so a turn's cost does not grow with them. The braces make every key of one
user a Redis Cluster hash tag (one slot), so a user's transactions stay possible there.
`{prefix}` (default `ah`) lets several deployments share one Redis.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import redis.asyncio as redis
from redis.exceptions import RedisError

from host.clock import utc_now
from host.file_cache import loads
from host.metrics import Metrics
from host.redis_client import connect
from host.storage import (
    CONVERSATIONS,
    DIALOG_STATE,
    HISTORY,
    PROFILE,
    BaseUserStore,
    FileContent,
    FileInfo,
    InvalidName,
    LogCursor,
    Memos,
    RecentRecords,
    check_file_name,
    check_user_id,
    dumps,
    select_recent,
)

log = logging.getLogger(__name__)

RECORD = "r"  # the field of a `.jsonl` stream entry: the record as JSON
TEXT = "t"  # the field of a `.md` stream entry: the text
READ_BATCH = 200  # entries per XREVRANGE / XRANGE while reading a log
CAS_ATTEMPTS = 50  # optimistic update_json retries before giving up
_ABSENT = object()  # a document this store has not read yet (None: read, and not there)

# Compare-and-set a document: write ARGV[3] (and its size and mtime in the meta hash) only if
# the document is still what the caller read (ARGV[2], or absent when ARGV[1] is '0');
# otherwise return what it is now, so the caller can re-apply its change without reading again.
_SET_IF_UNCHANGED = """
local current = redis.call('GET', KEYS[1])
local expected = false
if ARGV[1] == '1' then expected = ARGV[2] end
if current ~= expected then
  if current then return {0, current} end
  return {0}
end
redis.call('SET', KEYS[1], ARGV[3])
redis.call('HSET', KEYS[2], 'size:' .. ARGV[4], ARGV[5], 'mtime:' .. ARGV[4], ARGV[6])
return {1}
"""


def _timed(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Time a store operation into `agenthost_storage_operation_duration_seconds`."""

    @functools.wraps(method)
    async def timed(self: RedisUserStore, *args: Any, **kwargs: Any) -> Any:
        with self._storage.metrics.storage_timer(method.__name__):
            return await method(self, *args, **kwargs)

    return timed


class StorageConflict(RuntimeError):
    """A document kept changing under `update_json` (another host writing it in a loop)."""


class RedisStorage:
    """The Redis backend: hands out `RedisUserStore`s over one connection pool."""

    def __init__(self, client: redis.Redis, prefix: str = "ah", max_entries: int = 100_000, metrics: Metrics | None = None) -> None:
        self.client = client
        self.prefix = prefix
        self.max_entries = max_entries
        self.metrics = metrics or Metrics()
        # Within one host, writers of a user take turns before they race other hosts.
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.memos = Memos()
        self.set_if_unchanged = client.register_script(_SET_IF_UNCHANGED)

    @classmethod
    def from_url(cls, url: str, prefix: str = "ah", max_entries: int = 100_000, metrics: Metrics | None = None) -> RedisStorage:
        return cls(connect(url), prefix, max_entries, metrics)

    def user_key(self, user_id: str) -> str:
        return f"{self.prefix}:u:{{{user_id}}}"

    def user(self, user_id: str) -> RedisUserStore:
        check_user_id(user_id)
        return RedisUserStore(user_id, self)

    async def existing_user(self, user_id: str) -> RedisUserStore | None:
        store = self.user(user_id)
        return store if await self.client.exists(store.meta_key) else None

    async def user_ids(self) -> AsyncIterator[str]:
        """Every user with data, sorted."""
        found = set()
        async for key in self.client.scan_iter(match=f"{self.prefix}:u:{{*}}:meta", count=1000):
            found.add(key[len(self.prefix) + 4 : -len("}:meta")])
        for user_id in sorted(found):
            try:
                yield check_user_id(user_id)
            except InvalidName:
                continue

    async def healthy(self) -> bool:
        try:
            return bool(await asyncio.wait_for(self.client.ping(), 2.0))
        except (RedisError, OSError, TimeoutError):
            return False

    async def flush(self) -> None:
        """Nothing to wait for: every write is acknowledged by Redis before it returns."""

    async def close(self) -> None:
        await self.client.aclose()


class RedisUserStore(BaseUserStore):
    """One user's keys. JSON documents change by compare-and-set, so two hosts writing one
    document never lose a change; logs are streams, appended and read backwards.

    A store is made for one turn (or one request). It remembers the text of each document it
    last read or wrote, as what to compare against when it changes that document: a stale
    memory costs one retry, never a lost change. Reads go to Redis, but for the dialog state
    within a turn: `begin_turn` fetches it with the turn's memory, and the turn's reads of it are
    answered from there. Nothing else writes it meanwhile: only a turn of this user does (the
    agents' state), and the user's turns run one at a time across every host (host.cluster);
    the turn's own writes go through this store, which keeps what it wrote."""

    def __init__(self, user_id: str, storage: RedisStorage) -> None:
        self.user_id = user_id
        self._storage = storage
        self._redis = storage.client
        self._base = storage.user_key(user_id)
        self.meta_key = f"{self._base}:meta"
        self._seen: dict[str, str | None] = {}  # document name -> its text when last read or written here
        self._turn_state = False  # whether _seen holds the dialog state as of this turn (begin_turn)

    # --- keys -----------------------------------------------------------------------------

    def _doc_key(self, name: str) -> str:
        check_file_name(name)
        if not name.endswith(".json"):
            raise InvalidName(f"{name!r} is not a .json document")
        return f"{self._base}:d:{name}"

    def _stream_key(self, name: str) -> str:
        check_file_name(name)
        if not (name.endswith(".jsonl") or name == CONVERSATIONS):
            raise InvalidName(f"{name!r} is not a .jsonl log")
        return f"{self._base}:s:{name}"

    def _touch(self, pipe: Any, name: str, size: int) -> None:
        pipe.hincrby(self.meta_key, f"size:{name}", size)
        pipe.hset(self.meta_key, f"mtime:{name}", utc_now())

    def _append(self, pipe: Any, name: str, records: list[dict[str, Any]]) -> None:
        key = self._stream_key(name)
        size = 0
        for record in records:
            line = dumps(record)
            size += len(line.encode("utf-8")) + 1
            pipe.xadd(key, {RECORD: line}, maxlen=self._storage.max_entries, approximate=True)
        self._touch(pipe, name, size)

    # --- documents ------------------------------------------------------------------------

    @_timed
    async def read_json(self, name: str, default: Any = None) -> Any:
        if name == DIALOG_STATE and self._turn_state:
            raw = self._seen.get(name)  # fetched by begin_turn, or written since by this turn
        else:
            raw = await self._redis.get(self._doc_key(name))
            self._seen[name] = raw
        return await self._loads(name, raw, default)

    @_timed
    async def write_json(self, name: str, data: Any) -> None:
        text = dumps(data)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._doc_key(name), text)
            pipe.hset(self.meta_key, mapping={f"size:{name}": len(text.encode("utf-8")), f"mtime:{name}": utc_now()})
            await pipe.execute()
        self._seen[name] = text

    @_timed
    async def update_json(self, name: str, default: Any, change: Callable[[Any], Any], *, sync: bool = True) -> Any:
        """Read, change and write a document; if another writer changed it meanwhile, re-apply
        `change` (which must only edit the data it is given) to what is there now. If `change`
        raises, nothing is written. `sync` changes nothing here: every write is as durable as
        Redis' append-only file makes it (`appendfsync everysec`).

        One round trip when this store has read the document already (an agent reads its
        state, then changes it): the write is compared against that text in Redis."""
        key = self._doc_key(name)
        async with self._storage._locks[self.user_id]:
            raw = self._seen.get(name, _ABSENT)
            if raw is _ABSENT:
                raw = await self._redis.get(key)
            for _ in range(CAS_ATTEMPTS):
                assert raw is None or isinstance(raw, str)
                data = _parse(raw)
                if data is _CORRUPT:
                    await self._loads(name, raw, default)  # logged and set aside
                    raw, data = None, _copy(default)
                elif raw is None:
                    data = _copy(default)
                result = change(data)
                text = dumps(data)
                size = len(text.encode("utf-8"))
                args = ["0" if raw is None else "1", raw or "", text, name, size, utc_now()]
                done, *now = await self._storage.set_if_unchanged(keys=[key, self.meta_key], args=args)
                if int(done):
                    self._seen[name] = text
                    return result
                raw = now[0] if now else None  # changed by another writer: try again on what it is now
        self._seen.pop(name, None)
        self._turn_state = self._turn_state and name != DIALOG_STATE  # read it from Redis again
        raise StorageConflict(f"{name} of user {self.user_id} kept changing; gave up after {CAS_ATTEMPTS} attempts")

    async def _loads(self, name: str, raw: str | None, default: Any) -> Any:
        if raw is None:
            return _copy(default)
        try:
            return loads(raw)
        except json.JSONDecodeError as exc:
            log.error("%s of user %s was not valid JSON (%s); kept as .corrupt", name, self.user_id, exc)
            await self._set_aside(name)
            return _copy(default)

    async def _set_aside(self, name: str) -> None:
        key = self._doc_key(name)
        self._seen[name] = None  # gone (renamed): what this store compares against and reads
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.rename(key, f"{key}.corrupt")
            pipe.hdel(self.meta_key, f"size:{name}", f"mtime:{name}")
            try:
                await pipe.execute()
            except RedisError:  # gone already: another host set it aside first
                pass

    # --- logs -----------------------------------------------------------------------------

    @_timed
    async def append_records(self, name: str, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            self._append(pipe, name, records)
            await pipe.execute()

    async def recent_records(
        self, name: str, limit: int | None = None, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> list[dict[str, Any]]:
        if limit is not None and limit <= 0:
            return []
        key = self._stream_key(name)
        selection = RecentRecords(limit, while_)
        end = "+"
        batch = READ_BATCH if limit is None else max(1, min(READ_BATCH, limit * 2))
        while True:
            entries = await self._redis.xrevrange(key, max=end, count=batch)
            for _, fields in entries:
                if not selection.offer(_record(fields)):
                    return selection.oldest_first()
            if len(entries) < batch:
                return selection.oldest_first()
            end = "(" + entries[-1][0]
            batch = READ_BATCH

    @property
    def memo(self) -> dict[str, Any]:
        return self._storage.memos.of(self.user_id)

    @_timed
    async def read_log(
        self, name: str, while_: Callable[[dict[str, Any]], bool] | None = None
    ) -> tuple[list[dict[str, Any]], LogCursor]:
        """The newest records while `while_` holds, and the id of the newest entry as the cursor."""
        key = self._stream_key(name)
        selection = RecentRecords(None, while_)
        end, cursor = "+", None
        while True:
            entries = await self._redis.xrevrange(key, max=end, count=READ_BATCH)
            if cursor is None:
                cursor = entries[0][0] if entries else "0-0"
            for _, fields in entries:
                if not selection.offer(_record(fields)):
                    return selection.oldest_first(), cursor
            if len(entries) < READ_BATCH:
                return selection.oldest_first(), cursor
            end = "(" + entries[-1][0]

    @_timed
    async def records_after(self, name: str, cursor: LogCursor) -> tuple[list[dict[str, Any]], LogCursor] | None:
        """The entries after `cursor`, in one round trip; None when the stream no longer holds
        the entries just after it (deleted, or trimmed past it by MAXLEN)."""
        key = self._stream_key(name)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.xrange(key, min="-", max="+", count=1)
            pipe.xrange(key, min="(" + cursor, max="+")
            oldest, entries = await pipe.execute()
        if cursor != "0-0" and (not oldest or _stream_id(oldest[0][0]) > _stream_id(cursor)):
            return None
        records = [record for _, fields in entries if isinstance(record := _record(fields), dict)]
        return records, entries[-1][0] if entries else cursor

    async def append_conversation(self, text: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            self._append_text(pipe, text)
            await pipe.execute()

    def _append_text(self, pipe: Any, text: str) -> None:
        pipe.xadd(self._stream_key(CONVERSATIONS), {TEXT: text}, maxlen=self._storage.max_entries, approximate=True)
        self._touch(pipe, CONVERSATIONS, len(text.encode("utf-8")))

    # --- a turn ---------------------------------------------------------------------------

    @_timed
    async def load_memory(self, limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """The recent history and the profile, in one round trip."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.xrevrange(self._stream_key(HISTORY), count=max(limit, 1))
            pipe.get(self._doc_key(PROFILE))
            entries, raw_profile = await pipe.execute()
        return await self._memory(entries if limit > 0 else [], raw_profile)

    @_timed
    async def begin_turn(self, record: dict[str, Any], limit: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Store the user's message and return the memory from before it, in one round trip."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xrevrange(self._stream_key(HISTORY), count=max(limit, 1))
            pipe.get(self._doc_key(PROFILE))
            pipe.get(self._doc_key(DIALOG_STATE))
            self._append(pipe, HISTORY, [record])
            entries, raw_profile, raw_state, *_ = await pipe.execute()
        self._seen[DIALOG_STATE], self._turn_state = raw_state, True
        return await self._memory(entries if limit > 0 else [], raw_profile)

    @_timed
    async def record_turn(self, records: list[dict[str, Any]], conversation: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            self._append(pipe, HISTORY, records)
            self._append_text(pipe, conversation)
            await pipe.execute()

    async def _memory(self, newest_first: list[Any], raw_profile: str | None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        self._seen[PROFILE] = raw_profile
        history = select_recent((_record(fields) for _, fields in newest_first), None)
        profile = await self._loads(PROFILE, raw_profile, {})
        return history, profile if isinstance(profile, dict) else {}

    # --- the files route ------------------------------------------------------------------

    async def list_files(self) -> list[FileInfo]:
        meta = await self._redis.hgetall(self.meta_key)
        names = sorted(field[len("size:") :] for field in meta if field.startswith("size:"))
        return [FileInfo(name, int(meta[f"size:{name}"]), meta.get(f"mtime:{name}", "")) for name in names]

    async def read_file(self, name: str) -> bytes | None:
        content = await self.file_content(name)
        if content is None:
            return None
        assert content.chunks is not None
        return b"".join([chunk async for chunk in content.chunks])

    async def file_content(self, name: str) -> FileContent | None:
        """The file as the file backend would have it, rendered from Redis in chunks."""
        check_file_name(name)
        size = await self._redis.hget(self.meta_key, f"size:{name}")
        if size is None:
            return None
        if name.endswith(".json"):
            raw = await self._redis.get(self._doc_key(name))
            if raw is None:
                return None
            return FileContent(name, chunks=_one(raw.encode("utf-8")), size=len(raw.encode("utf-8")))
        return FileContent(name, chunks=self._render_stream(name), size=int(size))

    async def _render_stream(self, name: str) -> AsyncIterator[bytes]:
        key = self._stream_key(name)
        field = TEXT if name == CONVERSATIONS else RECORD
        start = "-"
        while True:
            entries = await self._redis.xrange(key, min=start, count=READ_BATCH)
            if not entries:
                return
            text = "".join(fields[field] + ("" if field == TEXT else "\n") for _, fields in entries)
            yield text.encode("utf-8")
            if len(entries) < READ_BATCH:
                return
            start = "(" + entries[-1][0]


def _stream_id(entry_id: str) -> tuple[int, int]:
    milliseconds, _, sequence = entry_id.partition("-")
    return int(milliseconds), int(sequence or 0)


def _record(fields: dict[str, str]) -> Any:
    try:
        return loads(fields.get(RECORD, ""))
    except json.JSONDecodeError:
        return None


_CORRUPT = object()


def _parse(raw: str | None) -> Any:
    """The document's data, None when absent, or `_CORRUPT` when it is not valid JSON."""
    if raw is None:
        return None
    try:
        return loads(raw)
    except json.JSONDecodeError:
        return _CORRUPT


def _copy(default: Any) -> Any:
    return json.loads(json.dumps(default)) if default is not None else None


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data
