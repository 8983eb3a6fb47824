"""How the host talks to Redis: one client policy for the storage, the cluster and the rates.

redis-py's default retries a failed command ten times over about four seconds, on a lost
connection and on a timeout alike. Two things are wrong with that here:
- a timeout does not say the command was not run: a turn's `MULTI ... EXEC` that Redis ran
  but answered late would be sent again and store the turn twice;
- while Redis is away, each command would hold a turn for seconds before it fails.
So a command is retried only when the connection was lost (after Redis restarts, every
pooled connection fails once and reconnects), a few times within about half a second.

And redis-py's pool (since 8.0) holds at most 100 connections and fails a command at once
with "Too many connections" when they are all busy: at 500 sockets chatting at once on one
host, three messages in four were answered with an error. The pool here blocks instead: a
command waits up to POOL_TIMEOUT_S for one of MAX_CONNECTIONS connections (each is busy for
one round trip, plus however long an overloaded event loop takes to come back to it: with
5 s, 25 to 129 of 2,000 messages failed at 500 sockets on a machine busy with other work),
which also bounds what each host asks of Redis' `maxclients` (10,000).
"""

from __future__ import annotations

import redis.asyncio as redis
from redis.asyncio.connection import BlockingConnectionPool
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

RETRIES = 3
# Seconds: a command waits this long for Redis' answer (a connection, this long to open).
SOCKET_TIMEOUT_S = 5.0
CONNECT_TIMEOUT_S = 2.0
HEALTH_CHECK_S = 10
# Per pool (a host has two: storage and cluster, and the rate limits).
MAX_CONNECTIONS = 64
POOL_TIMEOUT_S = 20.0  # redis-py's own default for a blocking pool


def quick_retry() -> Retry:
    """Retry on a lost connection only: 3 times, 50 ms doubling to at most 250 ms apart."""
    return Retry(ExponentialWithJitterBackoff(base=0.05, cap=0.25), RETRIES, supported_errors=(RedisConnectionError,))


def pool(url: str, decode_responses: bool = True) -> BlockingConnectionPool:
    """Connections to `url`: at most MAX_CONNECTIONS, waited for, retried on a lost connection."""
    return BlockingConnectionPool.from_url(
        url, max_connections=MAX_CONNECTIONS, timeout=POOL_TIMEOUT_S, decode_responses=decode_responses,
        retry=quick_retry(), socket_timeout=SOCKET_TIMEOUT_S, socket_connect_timeout=CONNECT_TIMEOUT_S,
        health_check_interval=HEALTH_CHECK_S,
    )


def connect(url: str) -> redis.Redis:
    """A client for `url` on its own `pool`, answering with `str`s."""
    return redis.Redis.from_pool(pool(url))  # the client owns the pool: aclose() closes it
