"""What several hosts on one Redis share beyond storage: the order of each user's turns, the
counters `/health` shows, and the open sockets `/sessions` lists.

One host alone (the file backend) needs none of it: `LocalCluster` does the same with no
Redis. With `[storage] backend = "redis"`, `RedisCluster` makes the hosts one service:

    {prefix}:u:{<user>}:turns      zset   tickets waiting or running, in order (score = ticket)
    {prefix}:u:{<user>}:alive      hash   ticket -> expiry (ms, Redis' own clock): a host that
                                          dies stops renewing, and its tickets lapse
    {prefix}:u:{<user>}:ticket     string the last ticket handed out
    {prefix}:u:{<user>}:lapsed     string set when a ticket lapsed, until the next turn runs
    {prefix}:stats                 hash   counters for /health, summed over every host
    {prefix}:sessions:<host id>    hash   user -> open sockets on that host (expires unless renewed)

A user's turn runs when its ticket is the oldest live one, so two tabs on two hosts are
answered one message at a time, in the order the hosts took them (like Rasa's lock store).

A host that dies mid-turn leaves the user's message stored without an answer, and its ticket
lapses within TICKET_TTL_MS. The next turn of that user (on any host) finds the `lapsed`
mark and, before it stores its own message, records the dead turn's end: an `unavailable`
error record right after the message, as a shutdown would have. So the history has no gap,
and the other host does not wait longer than the lapse.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Protocol

import redis.asyncio as redis
from redis.exceptions import RedisError

from host import records
from host.types import Inbound

if TYPE_CHECKING:
    from host.storage import Storage

log = logging.getLogger(__name__)

# A running turn renews its ticket RENEWALS_PER_TTL times per TICKET_TTL_MS (every second); a
# ticket not renewed for TICKET_TTL_MS (its host died, or its event loop stalled that long)
# no longer holds the user's other turns back. So a dead host holds its users for at most
# this long, and a stalled one has 9 s of slack.
TICKET_TTL_MS = 10_000
RENEWALS_PER_TTL = 10
DIED = "the server answering this message stopped before it could; please send it again"
# How long an idle user's ordering keys live after their last turn.
IDLE_KEYS_S = 24 * 3600
STATS_FLUSH_S = 1.0
SESSIONS_TTL_S = 30

# The head of the queue: {the oldest live ticket or '', 1 if it is `mine` and a ticket lapsed
# before it}, dropping lapsed tickets at the head (and marking that in KEYS[3] (lapsed)).
_HEAD_OF_QUEUE = """
local function head_of_queue(turns, alive, lapsed, mine, now_ms, idle_s)
  while true do
    local head = redis.call('ZRANGE', turns, 0, 0)
    if #head == 0 then return {'', 0} end
    local expiry = redis.call('HGET', alive, head[1])
    if expiry and tonumber(expiry) > now_ms then
      if head[1] == mine and redis.call('DEL', lapsed) == 1 then return {mine, 1} end
      return {head[1], 0}
    end
    redis.call('ZREM', turns, head[1])
    redis.call('HDEL', alive, head[1])
    redis.call('SET', lapsed, '1', 'EX', idle_s)
  end
end
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
"""

# Take a ticket (KEYS: turns, alive, ticket, lapsed; ARGV: ttl ms, idle s) and, in the same round
# trip, see whether it is already at the head: {ticket, head, lapsed}.
_ENTER = _HEAD_OF_QUEUE + """
local ticket = redis.call('INCR', KEYS[3])
redis.call('ZADD', KEYS[1], ticket, ticket)
redis.call('HSET', KEYS[2], ticket, now_ms + tonumber(ARGV[1]))
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[2]) end
local found = head_of_queue(KEYS[1], KEYS[2], KEYS[4], tostring(ticket), now_ms, ARGV[2])
return {ticket, found[1], found[2]}
"""

# Renew ticket ARGV[1] if it is live, and return the head of the queue (KEYS: turns, alive, lapsed).
_HEAD = _HEAD_OF_QUEUE + """
local mine = ARGV[1]
if redis.call('HEXISTS', KEYS[2], mine) == 1 then
  redis.call('HSET', KEYS[2], mine, now_ms + tonumber(ARGV[2]))
end
return head_of_queue(KEYS[1], KEYS[2], KEYS[3], mine, now_ms, ARGV[3])
"""


class Cluster(Protocol):
    """The host's view of the other hosts (none, or those sharing its Redis). Plugins that
    must act once per cluster (the bridge holds one external connection) use `redis`, the
    shared client (None for one host alone), with keys under `prefix`."""

    host_id: str
    redis: redis.Redis | None
    prefix: str

    def turn(self, user_id: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold the user's turn: entered when every earlier turn of the user (on any host) is done."""
        ...

    def count(self, name: str, amount: int = 1) -> None:
        """Add to a counter that `/health` shows summed over the cluster."""
        ...

    async def counters(self) -> dict[str, int]: ...

    def socket_opened(self, user_id: str) -> None: ...
    def socket_closed(self, user_id: str) -> None: ...

    async def sessions(self) -> dict[str, int]:
        """Open sockets per user on every host."""
        ...

    async def start(self) -> None: ...
    async def stop(self) -> None: ...


def new_host_id() -> str:
    """Who this host is, for logs, `/external-status` and the session keys: name, pid, nonce."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class _NoWait:
    """An async context manager that does nothing."""

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


_NO_WAIT = _NoWait()


class LocalCluster:
    """One host: the dispatcher's per-user queue already keeps turns in order."""

    redis = None
    prefix = "ah"

    def __init__(self) -> None:
        self.host_id = new_host_id()
        self._counters: Counter[str] = Counter()
        self._sockets: Counter[str] = Counter()

    def turn(self, user_id: str) -> _NoWait:
        return _NO_WAIT  # nothing to wait for (an async generator's context manager cost each turn a few us)

    def count(self, name: str, amount: int = 1) -> None:
        self._counters[name] += amount

    async def counters(self) -> dict[str, int]:
        return dict(self._counters)

    def socket_opened(self, user_id: str) -> None:
        self._sockets[user_id] += 1

    def socket_closed(self, user_id: str) -> None:
        self._sockets[user_id] -= 1
        if self._sockets[user_id] <= 0:
            del self._sockets[user_id]

    async def sessions(self) -> dict[str, int]:
        return dict(self._sockets)

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass


class RedisCluster:
    """Several hosts on one Redis (see the module docstring for the keys). `storage` is where
    a turn that lapsed (its host died) gets its error record."""

    def __init__(self, client: redis.Redis, prefix: str = "ah", poll_s: float = 0.01, storage: Storage | None = None) -> None:
        self.client = self.redis = client
        self.prefix = prefix
        self.host_id = new_host_id()
        self.poll_s = poll_s
        self.storage = storage
        self._enter = client.register_script(_ENTER)
        self._head = client.register_script(_HEAD)
        self._pending: Counter[str] = Counter()
        self._sockets: Counter[str] = Counter()
        self._dirty_users: set[str] = set()
        self._releasing: set[asyncio.Task[None]] = set()
        self._task: asyncio.Task[None] | None = None

    # --- turn order -------------------------------------------------------------------------

    def _keys(self, user_id: str) -> list[str]:
        base = f"{self.prefix}:u:{{{user_id}}}"
        return [f"{base}:turns", f"{base}:alive", f"{base}:ticket", f"{base}:lapsed"]

    @contextlib.asynccontextmanager
    async def turn(self, user_id: str) -> AsyncIterator[None]:
        keys = self._keys(user_id)
        try:
            number, head, lapsed = await self._enter(keys=keys, args=[TICKET_TTL_MS, IDLE_KEYS_S])
            ticket = str(number)
        except (RedisError, OSError) as exc:
            # Redis away: answer anyway (storage will say if it cannot keep the turn).
            log.warning("cluster: no cross-host order for a turn of %s (Redis: %s)", user_id, exc)
            yield
            return
        try:
            # The usual case, no earlier turn of the user anywhere: the ticket is the head already.
            lapsed = bool(int(lapsed)) if head == ticket else await self._wait_for(keys, ticket)
            if lapsed:
                await self._end_dead_turn(user_id)
            renewing = asyncio.create_task(self._renew(keys, ticket, TICKET_TTL_MS / 1000 / RENEWALS_PER_TTL))
            try:
                yield
            finally:
                renewing.cancel()
        finally:
            await self._release(keys, ticket)

    async def _wait_for(self, keys: list[str], ticket: str) -> bool:
        """Until `ticket` is the oldest live one (renewing it meanwhile), or Redis is away.
        True if a ticket before it lapsed: the turn before this one may have died."""
        delay = self.poll_s
        try:
            while True:
                head, lapsed = await self._head(keys=[keys[0], keys[1], keys[3]], args=[ticket, TICKET_TTL_MS, IDLE_KEYS_S])
                if head in (ticket, ""):
                    return bool(int(lapsed))
                await asyncio.sleep(delay)
                delay = min(delay * 2, 0.2)
        except (RedisError, OSError) as exc:
            log.warning("cluster: lost the turn order while waiting (Redis: %s); answering anyway", exc)
            return False

    async def _renew(self, keys: list[str], ticket: str, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            try:
                await self._head(keys=[keys[0], keys[1], keys[3]], args=[ticket, TICKET_TTL_MS, IDLE_KEYS_S])
            except Exception as exc:  # Redis away: the turn goes on; its ticket may lapse
                log.warning("could not renew a turn ticket: %s", exc)

    async def _release(self, keys: list[str], ticket: str) -> None:
        """Take the ticket out, so the user's next turn runs at once. While Redis is away, keep
        trying in the background: a restarted Redis still holds the ticket (its AOF), and the
        user's next turn would otherwise wait for it to lapse."""
        try:
            await self._drop_ticket(keys, ticket)
        except (RedisError, OSError):
            task = asyncio.create_task(self._release_later(keys, ticket))
            self._releasing.add(task)
            task.add_done_callback(self._releasing.discard)
        except Exception as exc:  # e.g. the client closed at shutdown: the ticket lapses
            log.warning("cluster: could not release a turn ticket (%s); it lapses in %d s", exc, TICKET_TTL_MS // 1000)

    async def _drop_ticket(self, keys: list[str], ticket: str) -> None:
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.zrem(keys[0], ticket)
            pipe.hdel(keys[1], ticket)
            await pipe.execute()

    async def _release_later(self, keys: list[str], ticket: str) -> None:
        deadline = asyncio.get_running_loop().time() + TICKET_TTL_MS / 1000
        while asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(TICKET_TTL_MS / 1000 / 20)
            with contextlib.suppress(RedisError, OSError):
                await self._drop_ticket(keys, ticket)
                return

    async def _end_dead_turn(self, user_id: str) -> None:
        """Record the end of a turn whose ticket lapsed (its host died mid-turn): if the user's
        last record is a message without an answer, an `unavailable` error record follows it."""
        if self.storage is None:
            return
        try:
            store = self.storage.user(user_id)
            last = await store.recent_history(1)
            if not last or last[-1].get("role") != "user" or not last[-1].get("id"):
                return
            message = last[-1]
            log.warning("cluster: the turn of message %s of user %s died with its host; recording it as unavailable",
                        message["id"], user_id)
            inbound = Inbound(user_id=user_id, text=str(message.get("text", "")), message_id=str(message["id"]))
            entry = records.conversation_entry(inbound, str(message.get("timestamp", "")), "agenthost", f"_(no reply: {DIED})_", "none", 0.0)
            await store.record_turn([records.error_record(code="unavailable", text=DIED, reply_to=inbound.message_id)], entry)
        except Exception:  # the new turn goes on; the gap stays
            log.exception("cluster: could not record the end of a dead turn of user %s", user_id)

    # --- counters and sessions ---------------------------------------------------------------

    def count(self, name: str, amount: int = 1) -> None:
        self._pending[name] += amount

    async def counters(self) -> dict[str, int]:
        await self.flush()
        raw = await self.client.hgetall(f"{self.prefix}:stats")
        return {name: int(value) for name, value in raw.items()}

    def socket_opened(self, user_id: str) -> None:
        self._sockets[user_id] += 1
        self._dirty_users.add(user_id)

    def socket_closed(self, user_id: str) -> None:
        self._sockets[user_id] -= 1
        self._dirty_users.add(user_id)

    async def sessions(self) -> dict[str, int]:
        await self.flush()
        total: Counter[str] = Counter()
        async for key in self.client.scan_iter(match=f"{self.prefix}:sessions:*", count=500):
            for user, count in (await self.client.hgetall(key)).items():
                total[user] += int(count)
        return {user: count for user, count in total.items() if count > 0}

    async def flush(self) -> None:
        """Write this host's pending counts and socket changes now (a background task does it
        every STATS_FLUSH_S, so other hosts see them within that)."""
        pending, self._pending = self._pending, Counter()
        dirty, self._dirty_users = self._dirty_users, set()
        key = f"{self.prefix}:sessions:{self.host_id}"
        async with self.client.pipeline(transaction=False) as pipe:
            for name, amount in pending.items():
                pipe.hincrby(f"{self.prefix}:stats", name, amount)
            for user in dirty:
                if self._sockets[user] > 0:
                    pipe.hset(key, user, self._sockets[user])
                else:
                    self._sockets.pop(user, None)
                    pipe.hdel(key, user)
            if self._sockets:
                pipe.expire(key, SESSIONS_TTL_S)  # a host that dies stops renewing its sessions
            try:
                await pipe.execute()
            except Exception:
                self._pending.update(pending)  # try again next time
                self._dirty_users |= dirty
                raise

    async def _flush_forever(self) -> None:
        while True:
            await asyncio.sleep(STATS_FLUSH_S)
            try:
                await self.flush()
            except Exception as exc:
                log.warning("cluster: could not flush counters to Redis (%s); will retry", exc)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._flush_forever(), name="cluster counters")

    async def stop(self) -> None:
        for task in [self._task, *self._releasing]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        with contextlib.suppress(Exception):
            await self.flush()
            await self.client.delete(f"{self.prefix}:sessions:{self.host_id}")
