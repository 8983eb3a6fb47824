"""The host's Redis client (host/redis_client.py) against a real redis-server: many commands at
once wait for a connection instead of failing, and the pool stays bounded."""

from __future__ import annotations

import asyncio

from host.redis_client import MAX_CONNECTIONS
from host.redis_storage import RedisStorage
from tests.redis_server import RedisServer, unique_prefix


async def test_five_hundred_turns_at_once_all_get_stored_through_a_bounded_pool(redis_server: RedisServer) -> None:
    storage = RedisStorage.from_url(redis_server.url, prefix=unique_prefix())
    try:
        # redis-py's own pool fails a command at once ("Too many connections") past 100.
        await asyncio.gather(*(storage.user(f"u{n}").begin_turn({"role": "user", "text": "hi", "id": f"m{n}"}, 20)
                               for n in range(500)))
        assert [r["id"] for r in await storage.user("u499").recent_history(5)] == ["m499"]
        pool = storage.client.connection_pool
        assert len(pool._available_connections) + len(pool._in_use_connections) <= MAX_CONNECTIONS
    finally:
        await storage.close()
