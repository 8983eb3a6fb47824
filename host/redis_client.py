"""How the host talks to Redis: one client policy for the storage, the cluster and the rates.

redis-py's default retries a failed command ten times over about four seconds, on a lost
connection and on a timeout alike. Two things are wrong with that here:
- a timeout does not say the command was not run: a turn's `MULTI ... EXEC` that Redis ran
  but answered late would be sent again and store the turn twice;
- while Redis is away, each command would hold a turn for seconds before it fails.
So a command is retried only when the connection was lost (after Redis restarts, every
pooled connection fails once and reconnects), a few times within about half a second.
"""

from __future__ import annotations

import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

RETRIES = 3
# Seconds: a command waits this long for Redis' answer (a connection, this long to open).
SOCKET_TIMEOUT_S = 5.0
CONNECT_TIMEOUT_S = 2.0
HEALTH_CHECK_S = 10


def quick_retry() -> Retry:
    """Retry on a lost connection only: 3 times, 50 ms doubling to at most 250 ms apart."""
    return Retry(ExponentialWithJitterBackoff(base=0.05, cap=0.25), RETRIES, supported_errors=(RedisConnectionError,))


def connect(url: str) -> redis.Redis:
    """A client (a connection pool) for `url`, answering with `str`s."""
    return redis.Redis.from_url(
        url, decode_responses=True, retry=quick_retry(), socket_timeout=SOCKET_TIMEOUT_S,
        socket_connect_timeout=CONNECT_TIMEOUT_S, health_check_interval=HEALTH_CHECK_S,
    )
