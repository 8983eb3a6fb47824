"""agenthost's pytest plugin: fixtures for testing an agent plugin, with no conftest.

Installed with agenthost (entry point `pytest11`), so a plugin author's tests can ask for:

- `agenthost_chat`: `chat = await agenthost_chat(my_plugin)` starts the real app on a
  loopback port with your plugin (and only it, unless `entry_points=True`), opens a
  WebSocket as a user, and `reply = await chat.ask("hello")` returns the final frame;
  `await chat.history()` reads what was stored.
- `agenthost_client`: the same app as an aiohttp `TestClient`, for REST routes and raw frames.
- `agenthost_turns`: `run = agenthost_turns(my_plugin, MY_AGENT, tools=MY_TOOLS)`, then
  `reply = await run("hello")`: the plugin's `respond` called as the dispatcher calls it, with
  no server (see `host.testing.TurnRunner`).

Async tests run without any configuration: this plugin sets pytest-asyncio's mode to `auto`
(pytest-asyncio comes with `agenthost[testing]`); `--asyncio-mode=strict` overrides it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from host.app import create_app
from host.config import Config, test_config
from host.plugins import make_plugin_manager
from host.storage import FileStorage
from host.testing import Chat, TurnRunner

__all__ = ["agenthost_chat", "agenthost_client", "agenthost_turns"]


def pytest_configure(config: pytest.Config) -> None:
    # pytest-asyncio's default is "strict" (every async test marked). Plugin authors' tests are
    # async; make them run as written. `--asyncio-mode=strict` on the command line still wins.
    if getattr(config.option, "asyncio_mode", "missing") is None and config.getini("asyncio_mode") == "strict":
        config.option.asyncio_mode = "auto"


ClientFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def agenthost_client(tmp_path: Path) -> AsyncIterator[ClientFactory]:
    """`client = await agenthost_client(plugins=[...], entry_points=False, config=None, **sections)`:
    the app as `create_app` builds it, on a temp data dir (`tmp_path / "data"`), served on a
    free loopback port. `sections` set config fields (`server={"history_limit": 5}`)."""
    clients: list[TestClient] = []

    async def factory(
        plugins: list[Any] | tuple[Any, ...] = (), entry_points: bool = False, config: Config | None = None, **sections: Any
    ) -> TestClient:
        config = config or test_config(tmp_path / "data", **sections)
        pm = make_plugin_manager(config, load_entry_points=entry_points)
        client = TestClient(TestServer(create_app(config, extra_plugins=plugins, pm=pm)))
        await client.start_server()
        clients.append(client)
        return client

    yield factory
    for client in reversed(clients):
        await client.close()


@pytest.fixture
async def agenthost_chat(agenthost_client: ClientFactory, tmp_path: Path) -> AsyncIterator[Callable[..., Awaitable[Chat]]]:
    """`chat = await agenthost_chat(plugin, ..., user="alice", entry_points=False, **sections)`:
    a WebSocket to the app with these plugins, welcome frame read (`chat.welcome`)."""
    chats: list[Chat] = []

    async def factory(*plugins: Any, user: str = "alice", entry_points: bool = False, **sections: Any) -> Chat:
        client = await agenthost_client(plugins=list(plugins), entry_points=entry_points, **sections)
        chat = await Chat.open(client, user, tmp_path / "data")
        chats.append(chat)
        return chat

    yield factory
    for chat in chats:
        await chat.close()


@pytest.fixture
def agenthost_turns(tmp_path: Path) -> Iterator[Callable[..., TurnRunner]]:
    """`run = agenthost_turns(plugin, agent, tools=(), other_agents=(), user="alice")`: a
    `TurnRunner` on a temp store; `await run("message")` returns the plugin's `Reply`."""

    def factory(plugin: Any, agent: Any, tools: Any = (), other_agents: Any = (), user: str = "alice") -> TurnRunner:
        store = FileStorage(tmp_path / "data").user(user)
        return TurnRunner(plugin, agent, store, tools=tools, other_agents=other_agents)

    yield factory
