"""Rate and resource limits (`[limits]`), so one client cannot take the host down.

Rates (messages per user and per IP, HTTP requests per IP, new users per IP) go through the
`limits` library: in memory by default, or in Redis (`storage_uri = "async+redis://..."`) so
several hosts share them. Socket counts (per user, per IP, in total) are this process's own:
they bound this process's memory. Over a rate, a socket gets a `rate_limited` error frame with
`retry_after`; an HTTP request gets 429 with `Retry-After`. While the rates' storage cannot
be reached (Redis restarting), the rates are not enforced and a warning is logged: chat
goes on as far as the storage allows, rather than every request failing with it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import math
import time
from collections.abc import Iterable
from typing import Any

import limits
from aiohttp import web
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import ConfigurationError, StorageError
from limits.storage import storage_from_string

from host.config import ConfigError, LimitsConfig

log = logging.getLogger(__name__)

# A refused socket (a count, not a rate) is told to come back after this long.
SOCKET_RETRY_AFTER_S = 10
# While the rates' storage is unreachable, one warning per this many seconds; and after a
# failed hit, none is tried for this long (each would wait out the client's retries).
UNREACHABLE_WARNING_S = 10.0
UNREACHABLE_PAUSE_S = 1.0
# Storage keys remembered for this many (rate, identifiers) pairs, then forgotten all at once.
KEYS_REMEMBERED = 20_000


class RateLimits:
    """The `[limits]` rates, checked with one `limits` storage; `None` from a check means allowed,
    a number means refused, retry after that many seconds."""

    def __init__(self, config: LimitsConfig) -> None:
        self.config = config
        self.messages_per_user = _rate(config.messages_per_user, "messages_per_user")
        self.messages_per_ip = _rate(config.messages_per_ip, "messages_per_ip")
        self.requests_per_ip = _rate(config.requests_per_ip, "requests_per_ip")
        self.new_users_per_ip = _rate(config.new_users_per_ip, "new_users_per_ip")
        for name in ("sockets_per_user", "sockets_per_ip", "max_sockets", "send_buffer_bytes"):
            if getattr(config, name) < 1:
                raise ConfigError(f"[limits] {name} must be at least 1, not {getattr(config, name)}")
        for name in ("handshake_timeout_s", "idle_timeout_s"):
            if not getattr(config, name) > 0:
                raise ConfigError(f"[limits] {name} must be more than 0, not {getattr(config, name)}")
        uri = config.storage_uri if config.storage_uri.startswith("async+") else "async+" + config.storage_uri
        try:
            self.storage = SweepingMemoryStorage() if uri == "async+memory://" else storage_from_string(uri, **_storage_options(uri))
        except ConfigurationError as exc:
            raise ConfigError(f"[limits] storage_uri {config.storage_uri!r}: {exc}") from None
        # Two counters per key (this window's and the last one's, weighted): constant memory per
        # user, no burst of twice the rate at a window's edge, and the same keys in Redis.
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        # In memory (one process), a hit is counted without awaiting: the library's chain of
        # coroutines and wrappers cost a message 25-30 us for two dictionary updates.
        self._memory = self.storage if isinstance(self.storage, SweepingMemoryStorage) else None
        self._keys: dict[tuple[int, tuple[str, ...]], str] = {}  # (id of the rate, identifiers) -> its key
        self._warned_at = -math.inf
        self._paused_until = -math.inf

    async def hit(self, item: limits.RateLimitItem, *identifiers: str) -> float | None:
        """Count one event against `item` for `identifiers`; None if allowed, else seconds to wait."""
        if time.monotonic() < self._paused_until:
            return None
        try:
            if self._memory is not None:
                if self._memory.acquire_now(self._key(item, identifiers), item.amount, item.get_expiry()):
                    return None
            elif await self.limiter.hit(item, *identifiers):
                return None
            stats = await self.limiter.get_window_stats(item, *identifiers)
        except StorageError as exc:
            self._unreachable(exc.storage_error)
            return None
        return float(max(1, math.ceil(stats.reset_time - time.time())))

    def _key(self, item: limits.RateLimitItem, identifiers: tuple[str, ...]) -> str:
        """`item.key_for(*identifiers)`, remembered: the library builds it anew on every hit
        (0.7 us, two a message), for the same few rates and the users and addresses seen lately."""
        cache_key = (id(item), identifiers)  # the rates are this object's, made once
        key = self._keys.get(cache_key)
        if key is None:
            if len(self._keys) >= KEYS_REMEMBERED:
                self._keys.clear()
            key = self._keys[cache_key] = item.key_for(*identifiers)
        return key

    def _unreachable(self, error: Exception) -> None:
        now = time.monotonic()
        self._paused_until = now + UNREACHABLE_PAUSE_S
        if now - self._warned_at >= UNREACHABLE_WARNING_S:
            self._warned_at = now
            from host.llm import public_url

            log.warning("rate limits not enforced: their storage (%s) is unreachable: %s", public_url(self.config.storage_uri), error)

    async def message(self, user_id: str, ip: str) -> float | None:
        """One chat message from `user_id` at `ip`."""
        return await self.hit(self.messages_per_user, "msg-user", user_id) or await self.hit(
            self.messages_per_ip, "msg-ip", ip
        )

    async def close(self) -> None:
        """Stop the memory storage's expiry task (other storages hold nothing to stop)."""
        timer = getattr(self.storage, "timer", None)
        if timer is not None and not timer.done():
            timer.cancel()


def _storage_options(uri: str) -> dict[str, Any]:
    """Errors wrapped as `StorageError` (so `hit` can tell an unreachable storage from a bug);
    for Redis, the `redis` client the host already uses (the library's default, `coredis`,
    is not installed), on the host's kind of pool (host/redis_client.py)."""
    options: dict[str, Any] = {"wrap_exceptions": True}
    if uri.startswith("async+redis://") or uri.startswith("async+rediss://"):
        from host.redis_client import pool

        options.update(implementation="redispy", connection_pool=pool(uri.removeprefix("async+"), decode_responses=False))
    elif uri.startswith("async+redis"):  # cluster, sentinel: the library's own client
        options.update(implementation="redispy")
    return options


class SweepingMemoryStorage(MemoryStorage):
    """The `limits` library's in-process storage, sweeping expired keys at most once a second.

    The library starts a sweep of every key after each hit, so a hit costs time in proportion to
    the number of users. Expired counters are ignored when read whatever the sweep does, so
    sweeping less often only keeps dead keys in memory a second longer.
    """

    SWEEP_INTERVAL_S = 1.0
    _last_sweep = 0.0

    async def _MemoryStorage__schedule_expiry(self) -> None:  # the library's private hook
        self._sweep_soon()

    def _sweep_soon(self) -> None:
        now = time.monotonic()
        if now - self._last_sweep >= self.SWEEP_INTERVAL_S:
            self._last_sweep = now
            if not self.timer or self.timer.done():  # as MemoryStorage.__schedule_expiry does
                self.timer = asyncio.get_running_loop().create_task(self._MemoryStorage__expire_events())  # type: ignore[attr-defined]

    def acquire_now(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        """`acquire_sliding_window_entry` without awaiting: the same keys, counts, expiries and
        arithmetic (limits' MemoryStorage), read and written in one step of the event loop, so
        no other hit can come between (the library's locks never wait here either)."""
        if amount > limit:
            return False
        now = time.time()
        previous_key, current_key = self.sliding_window_keys(key, expiry, now)
        previous_count = self._count(previous_key, now)
        current_count = self._count(current_key, now)
        previous_ttl = float(0) if previous_count == 0 else (1 - (((now - expiry) / expiry) % 1)) * expiry
        weighted_count = previous_count * previous_ttl / expiry + current_count
        if math.floor(weighted_count) + amount > limit:
            return False
        # incr(current_key, 2 * expiry, amount): a counter that starts now expires after two windows
        self._sweep_soon()
        self.storage[current_key] += amount
        if self.storage[current_key] == amount:
            self.expirations[current_key] = now + 2 * expiry
        current_count = self.storage.get(current_key, amount)
        weighted_count = previous_count * previous_ttl / expiry + current_count
        if math.floor(weighted_count) > limit:
            self.storage[current_key] = max(self.storage[current_key] - amount, 0)  # decr, as the library
            return False
        return True

    def _count(self, key: str, now: float) -> int:
        """`get`: the counter, dropped first if it has expired."""
        if self.expirations.get(key, 0) <= now:
            self.storage.pop(key, None)
            self.expirations.pop(key, None)
            self.locks.pop(key, None)
        return self.storage.get(key, 0)


def _rate(value: str, name: str) -> limits.RateLimitItem:
    try:
        return limits.parse(value)
    except ValueError:
        raise ConfigError(
            f"[limits] {name} = {value!r} is not a rate; write it like \"30/minute\" or \"1000 per hour\""
        ) from None


def client_ip(request: web.Request, trusted_proxies: Iterable[str]) -> str:
    """The client's address: the peer's, or, when the peer is a trusted proxy, the nearest
    address in `X-Forwarded-For` that is not itself a trusted proxy."""
    peer = request.remote or "unknown"
    trusted = _networks(tuple(trusted_proxies))
    if not trusted or not _in(peer, trusted):
        return peer
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _in(hop, trusted):
            return hop
    return peer


_network_cache: dict[tuple[str, ...], list[ipaddress.IPv4Network | ipaddress.IPv6Network]] = {}


def _networks(values: tuple[str, ...]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    if values not in _network_cache:
        _network_cache[values] = [ipaddress.ip_network(v, strict=False) for v in values]
    return _network_cache[values]


def _in(address: str, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def check_trusted_proxies(values: Iterable[str]) -> None:
    """`ConfigError` naming the entry of `server.trusted_proxies` that is not an address or network."""
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise ConfigError(
                f"[server] trusted_proxies / AGENTHOST_TRUSTED_PROXIES: {value!r} is not an IP address or network"
            ) from None
