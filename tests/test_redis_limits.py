"""The `[limits]` rates in Redis (where `[storage] backend = "redis"` puts them): shared by
every host, and not in the way while Redis is unreachable."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

import pytest

from host.config import load_config
from host.testing import receive_until
from tests.redis_server import RedisServer, free_port
from tests.test_limits import OPEN, connect


async def test_the_users_rate_is_counted_over_every_host(make_client: Any, redis_server: RedisServer) -> None:
    limits = {**OPEN, "messages_per_user": "2/minute", "storage_uri": redis_server.url}
    host_a, host_b = await make_client(limits=limits), await make_client(limits=limits)
    user = f"rate-{uuid.uuid4().hex[:8]}"
    for client, mid in ((host_a, "a"), (host_b, "b")):
        ws = await connect(client, user)
        await ws.send_json({"message": "run", "id": mid})
        assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == mid
    ws = await connect(host_a, user)
    await ws.send_json({"message": "run", "id": "c"})
    refused = await ws.receive_json()
    assert refused["type"] == "error" and refused["code"] == "rate_limited" and refused["reply_to"] == "c"


async def test_while_the_rates_redis_is_unreachable_chat_goes_on_and_a_warning_says_why(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    nowhere = f"redis://127.0.0.1:{free_port()}/0"
    client = await make_client(limits={**OPEN, "storage_uri": nowhere})
    with caplog.at_level(logging.WARNING, logger="host.ratelimits"):
        assert (await client.get("/health")).status == 200
        ws = await connect(client, "alice")
        await ws.send_json({"message": "run", "id": "m"})
        assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == "m"
    warnings = [r.getMessage() for r in caplog.records if r.name == "host.ratelimits"]
    assert len(warnings) == 1 and "rate limits not enforced" in warnings[0] and nowhere in warnings[0]


def test_a_redis_storage_puts_the_rates_in_the_same_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from host.app import create_app
    from host.ratelimits import RateLimits

    monkeypatch.chdir(tmp_path)  # no agenthost.toml
    env = {"AGENTHOST_STORAGE": "redis", "AGENTHOST_REDIS_URL": "redis://127.0.0.1:6390/2"}
    config = load_config(None, env=env, read_dotenv=False)
    assert config.limits.storage_uri == "redis://127.0.0.1:6390/2"
    create_app(config)  # the `limits` Redis storage is built with the client the host has (redis-py)
    assert type(RateLimits(config.limits).storage).__name__ == "RedisStorage"
