"""The bridge lease: which host of a cluster holds the one connection to the external app.

    {prefix}:bridge:lease      string   the holder: {"host", "epoch", "since"}, expires after lease_s
    {prefix}:bridge:epoch      counter  one more for each new holder: the fencing token
    {prefix}:bridge:connected  string   the holder's lease value while its connection is open

A host takes the lease only when nobody holds it (`SET NX PX`, and the epoch's `INCR`, in one
script); the holder renews it every renew_s by compare-and-renew, so a host can only ever
extend or release its own lease, never one taken since. Every write the holder makes to the
shared queues is fenced the same way (see `queues.py`).

The holder also keeps a deadline of its own on the monotonic clock: lease_s after it *sent*
its last successful renewal, which is never later than the moment Redis lets the key expire.
Past that deadline the host behaves as if it had lost the lease, whatever it has (not yet)
heard from Redis: a holder that stalled (SIGSTOP, a frozen VM, a long pause) and wakes up
drops its connection before it sends or handles anything.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import redis.asyncio as redis
from attrs import frozen

from host.clock import utc_now

# The new lease's value; or, when another host holds it, the milliseconds until it lapses.
_ACQUIRE = """
if not redis.call('SET', KEYS[1], '', 'NX', 'PX', ARGV[2]) then return redis.call('PTTL', KEYS[1]) end
local epoch = redis.call('INCR', KEYS[2])
local value = cjson.encode({host = ARGV[1], epoch = epoch, since = ARGV[3]})
redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
return value
"""

_RENEW = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return 1
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
"""

_MARK_CONNECTED = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '1' then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', redis.call('PTTL', KEYS[1]))
elseif redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
return 1
"""


class LeaseLapsed(Exception):
    """This host's lease is gone (lapsed or taken): it must not send anything more."""


@frozen
class LeaseHolder:
    """Who holds the bridge, as any host reads it from Redis."""

    host: str
    epoch: int
    since: str
    connected: bool
    expires_in_s: float


def text(value: Any) -> str:
    """A Redis reply as text, whether the client decodes responses or not."""
    return value.decode() if isinstance(value, bytes) else str(value)


class BridgeLease:
    """This host's side of the lease: take it, renew it, know locally whether it still holds it."""

    def __init__(
        self,
        client: redis.Redis,
        prefix: str,
        host_id: str,
        lease_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.host_id = host_id
        self.lease_s = lease_s
        self.key = f"{prefix}:bridge:lease"
        self.epoch_key = f"{prefix}:bridge:epoch"
        self.connected_key = f"{prefix}:bridge:connected"
        self.clock = clock
        self.value: str | None = None  # the lease's value in Redis while this host holds it
        self.epoch: int | None = None
        self.deadline = 0.0  # on `clock`: past it this host no longer holds the lease
        self.lapses_in_s: float | None = None  # another host's lease, at the last `acquire()`
        self._acquire = client.register_script(_ACQUIRE)
        self._renew = client.register_script(_RENEW)
        self._release = client.register_script(_RELEASE)
        self._mark = client.register_script(_MARK_CONNECTED)

    @property
    def lease_ms(self) -> int:
        return max(1, round(self.lease_s * 1000))

    def valid(self) -> bool:
        """Whether this host holds the lease now, by its own clock (no Redis round trip)."""
        return self.value is not None and self.clock() < self.deadline

    def remaining(self) -> float:
        """Seconds until the local deadline (0 when the lease is not held)."""
        return max(0.0, self.deadline - self.clock()) if self.value is not None else 0.0

    async def acquire(self) -> bool:
        """Take the lease if nobody holds it; True when this host is now the holder. When
        another host holds it, `lapses_in_s` says when it lapses unless renewed."""
        started = self.clock()
        reply = await self._acquire(keys=[self.key, self.epoch_key], args=[self.host_id, self.lease_ms, utc_now()])
        if isinstance(reply, int):
            self.lapses_in_s = reply / 1000 if reply >= 0 else None
            return False
        self.lapses_in_s = None
        self.value = text(reply)
        self.epoch = int(json.loads(self.value)["epoch"])
        self.deadline = started + self.lease_s
        return True

    async def renew(self) -> bool:
        """Extend this host's own lease; False when it has lapsed or another host holds it
        (then this host is no longer the holder). Redis errors propagate: the lease may still
        be ours until the local deadline."""
        if self.value is None:
            return False
        started = self.clock()
        if await self._renew(keys=[self.key, self.connected_key], args=[self.value, self.lease_ms]):
            self.deadline = started + self.lease_s
            return True
        self.forget()
        return False

    async def release(self) -> None:
        """Give the lease up (only if still ours), so a standby takes over at its next try."""
        value, self.value = self.value, None
        self.deadline = 0.0
        if value is not None:
            await self._release(keys=[self.key, self.connected_key], args=[value])

    def forget(self) -> None:
        """Stop holding the lease locally (it lapsed or was taken)."""
        self.value = None
        self.deadline = 0.0

    async def mark_connected(self, connected: bool) -> None:
        """Tell the other hosts whether the holder's connection is open (for `/external-status`)."""
        if self.value is not None:
            await self._mark(keys=[self.key, self.connected_key], args=[self.value, "1" if connected else "0"])

    async def holder(self) -> LeaseHolder | None:
        """The current holder as Redis has it, or None when the bridge is not held."""
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.get(self.key)
            pipe.get(self.connected_key)
            pipe.pttl(self.key)
            value, connected, ttl = await pipe.execute()
        if not value:
            return None
        value = text(value)
        data = json.loads(value)
        return LeaseHolder(
            host=str(data["host"]),
            epoch=int(data["epoch"]),
            since=str(data.get("since", "")),
            connected=connected is not None and text(connected) == value,
            expires_in_s=max(0, int(ttl)) / 1000,
        )
