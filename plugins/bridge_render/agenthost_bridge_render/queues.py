"""The bridge's queues in Redis, shared by every host of a cluster:

    {prefix}:bridge:send     stream   frames for the external app from any host: `POST
                                      /send-to-external`, and replies finished on a host that
                                      does not hold the lease. Consumer group `bridge`, read by
                                      the lease holder, acknowledged (and deleted) once it has
                                      sent the frame or queued it in the outbox.
    {prefix}:bridge:outbox   list     frames waiting for the holder's connection, oldest first,
                                      as JSON {id, frame, plain, queued_at}; flushed in order on
                                      connect. Bounded: a full outbox drops its oldest.
    {prefix}:bridge:dropped  counter  frames dropped from a full outbox

Only the lease holder writes the outbox: pushing and popping compare the lease's value in the
same script (a fencing check), so a host that lost the lease cannot add to or take from it.
The group has one consumer name, shared by every holder in turn: a new holder first re-reads
what its predecessor took but never acknowledged, so a frame is lost by no failover (it may
go out twice if a holder dies between sending it and acknowledging it).
"""

from __future__ import annotations

import json
from typing import Any

import redis.asyncio as redis
from attrs import frozen
from redis.exceptions import ResponseError

from agenthost_bridge_render.lease import text

GROUP = "bridge"
CONSUMER = "holder"

# Returns {id, frames waiting}, or false when ARGV[3] (> 0) frames already wait.
_SUBMIT = """
local waiting = redis.call('XLEN', KEYS[1])
if tonumber(ARGV[3]) > 0 and waiting >= tonumber(ARGV[3]) then return false end
return {redis.call('XADD', KEYS[1], '*', 'frame', ARGV[1], 'plain', ARGV[2]), waiting + 1}
"""

# Returns {depth, dropped entries...}, or -1 when ARGV[1] is not the lease's value.
_QUEUE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
local depth = redis.call('RPUSH', KEYS[2], ARGV[2])
local size = tonumber(ARGV[3])
local result = {math.min(depth, size)}
if depth > size then
  local dropped = redis.call('LPOP', KEYS[2], depth - size)
  redis.call('INCRBY', KEYS[3], #dropped)
  for _, entry in ipairs(dropped) do table.insert(result, entry) end
end
return result
"""

# 1 popped, 0 the head was another entry, -1 ARGV[1] is not the lease's value.
_POP = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
if redis.call('LINDEX', KEYS[2], 0) ~= ARGV[2] then return 0 end
redis.call('LPOP', KEYS[2])
return 1
"""


class SendQueueFull(Exception):
    """The send stream already holds as many frames as it may (no holder has taken them)."""


@frozen
class Submitted:
    """A frame in the send stream: its entry id, and how many frames wait there now."""

    id: str
    waiting: int


@frozen
class StreamFrame:
    """One frame from the send stream. `frame` is None when the entry was trimmed away."""

    id: str
    frame: str | None
    plain: bool


@frozen
class QueuedFrame:
    """One frame in the outbox; `raw` is its exact JSON in the list (what a pop compares)."""

    id: str
    frame: str
    plain: bool
    queued_at: str
    raw: str


@frozen
class Queued:
    """What queueing in the outbox did: its depth now, and the ids of frames dropped for it."""

    depth: int
    dropped: list[QueuedFrame]


def outbox_json(entry_id: str, frame: str, plain: bool, queued_at: str) -> str:
    return json.dumps({"id": entry_id, "frame": frame, "plain": plain, "queued_at": queued_at}, ensure_ascii=False)


def _queued(raw: Any) -> QueuedFrame:
    raw = text(raw)
    data = json.loads(raw)
    return QueuedFrame(str(data["id"]), str(data["frame"]), bool(data.get("plain")), str(data.get("queued_at", "")), raw)


class ClusterQueues:
    """The send stream and the outbox of one cluster (keys under `prefix`)."""

    def __init__(self, client: redis.Redis, prefix: str, outbox_size: int) -> None:
        self.client = client
        self.outbox_size = outbox_size
        self.lease_key = f"{prefix}:bridge:lease"
        self.send_key = f"{prefix}:bridge:send"
        self.outbox_key = f"{prefix}:bridge:outbox"
        self.dropped_key = f"{prefix}:bridge:dropped"
        self._submit = client.register_script(_SUBMIT)
        self._queue = client.register_script(_QUEUE)
        self._pop = client.register_script(_POP)

    # --- the send stream: any host -> the holder ---------------------------------------------

    async def ensure_group(self) -> None:
        """Create the consumer group (from the stream's first entry) unless it exists."""
        try:
            await self.client.xgroup_create(self.send_key, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def submit(self, frame: str, plain: bool, limit: int = 0) -> Submitted:
        """Add a frame for the holder. With a `limit`, raise SendQueueFull when that many wait."""
        reply = await self._submit(keys=[self.send_key], args=[frame, "1" if plain else "0", limit])
        if not reply:
            raise SendQueueFull(f"{limit} frames already wait for the bridge holder")
        return Submitted(text(reply[0]), int(reply[1]))

    async def submit_all(self, frames: list[tuple[str, bool]]) -> None:
        """Add several frames, in order, all or none (one MULTI/EXEC)."""
        async with self.client.pipeline(transaction=True) as pipe:
            for frame, plain in frames:
                pipe.xadd(self.send_key, {"frame": frame, "plain": "1" if plain else "0"})
            await pipe.execute()

    async def take(self, block_s: float, count: int = 50) -> list[StreamFrame]:
        """The holder's next frames: those read before but never acknowledged (a predecessor's
        or its own), else new ones, waiting up to `block_s` for them."""
        try:
            entries = await self._read("0", count, None) or await self._read(">", count, round(block_s * 1000))
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            await self.ensure_group()  # the stream was deleted (FLUSHALL, a Redis restart without AOF)
            return []
        return entries

    async def _read(self, start: str, count: int, block_ms: int | None) -> list[StreamFrame]:
        reply = await self.client.xreadgroup(GROUP, CONSUMER, {self.send_key: start}, count=count, block=block_ms)
        if isinstance(reply, dict):  # RESP3: {stream: [[(id, fields), ...]]}
            batches = [batch for value in reply.values() for batch in value]
        else:  # RESP2: [[stream, [(id, fields), ...]]]
            batches = [entries for _, entries in reply or []]
        frames = []
        for entries in batches:
            for entry_id, fields in entries:
                fields = {text(k): text(v) for k, v in (fields or {}).items()}
                frames.append(StreamFrame(text(entry_id), fields.get("frame"), fields.get("plain") == "1"))
        return frames

    async def done(self, entry_id: str) -> None:
        """Acknowledge a frame the holder has sent or queued, and delete it from the stream."""
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.xack(self.send_key, GROUP, entry_id)
            pipe.xdel(self.send_key, entry_id)
            await pipe.execute()

    async def waiting(self) -> int:
        """Frames in the send stream that no holder has taken care of yet."""
        return int(await self.client.xlen(self.send_key))

    # --- the outbox: the holder's frames waiting for its connection --------------------------

    async def queue(self, entry: str, lease_value: str) -> Queued | None:
        """Append `entry` (see `outbox_json`) if `lease_value` still holds the lease; None if not."""
        reply = await self._queue(
            keys=[self.lease_key, self.outbox_key, self.dropped_key], args=[lease_value, entry, self.outbox_size]
        )
        if not isinstance(reply, list):
            return None
        return Queued(int(reply[0]), [_queued(raw) for raw in reply[1:]])

    async def head(self) -> QueuedFrame | None:
        """The oldest frame in the outbox."""
        raw = await self.client.lindex(self.outbox_key, 0)
        return _queued(raw) if raw is not None else None

    async def pop(self, queued: QueuedFrame, lease_value: str) -> bool:
        """Remove `queued` from the head once sent; False when the lease is no longer ours."""
        result = await self._pop(keys=[self.lease_key, self.outbox_key], args=[lease_value, queued.raw])
        return int(result) >= 0

    async def depth(self) -> int:
        return int(await self.client.llen(self.outbox_key))

    async def dropped(self) -> int:
        return int(await self.client.get(self.dropped_key) or 0)
