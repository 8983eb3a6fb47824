"""Fixtures shared by the host's tests: an app built by `create_app` on a temp data dir, with
small test plugins registered on the app's own plugin manager."""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from host.app import create_app
from host.config import Config, test_config
from host.plugins import make_plugin_manager
from host.testing import receive_until
from tests.fakes import FALLBACK, KeywordAgent
from tests.openai_server import openai_server  # noqa: F401  (a fixture for every test module)
from tests.redis_server import redis_server  # noqa: F401  (a fixture for every test module)

MakeClient = Callable[..., Awaitable[TestClient]]


@pytest.fixture
def make_client(aiohttp_client: Any, tmp_path: Path) -> MakeClient:
    """`await make_client(plugins=[...], entry_points=False, server={...}, router={...})`."""

    async def factory(
        plugins: list[Any] | None = None, entry_points: bool = False, config: Config | None = None, **sections: Any
    ) -> TestClient:
        config = config or test_config(tmp_path / "data", **sections)
        pm = make_plugin_manager(config, load_entry_points=entry_points)
        if plugins is None:
            plugins = [KeywordAgent("fitness", ["run", "workout"]), KeywordAgent("food", ["eat", "lunch"]), FALLBACK()]
        app = create_app(config, extra_plugins=plugins, pm=pm)
        return await aiohttp_client(app)

    return factory


CLIENTS = Path(__file__).resolve().parent.parent / "clients"


def load_client_script(name: str) -> ModuleType:
    """Import `clients/<name>.py`, a script rather than a package module (it imports its neighbours)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(CLIENTS))
        spec = importlib.util.spec_from_file_location(f"agenthost_clients_{name}", CLIENTS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


@pytest.fixture
def live_host(tmp_path: Path) -> Iterator[Any]:
    """An offline `agenthost serve` subprocess on a free loopback port, data under tmp_path."""
    host = load_client_script("run_load").HostProcess(workdir=tmp_path / "host", log_level="INFO")
    host.start()
    try:
        yield host
    finally:
        host.stop()


async def raw_status(client: TestClient, path: str) -> int:
    """The status of a GET of `path` sent byte for byte (no client-side URL normalising)."""
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    await writer.drain()
    async with asyncio.timeout(5):
        status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


__all__ = ["MakeClient", "raw_status", "receive_until", "read_jsonl", "web"]
