"""Fixtures for the bridge's tests: a real `websockets` server on 127.0.0.1 plays the external
chat app; a small fake dispatcher (or the real host via `create_app`) answers."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from host import Agent, Reply, Score, hookimpl
from aiohttp.test_utils import TestClient

from host.app import create_app
from host.config import Config, test_config
from host.plugins import make_plugin_manager
from host.protocol import MessageFrame, TypingFrame
from host.storage import FileStorage
from host.types import Inbound, ReplySink

from agenthost_bridge_render import BridgeTransport

# Quick reconnects and close handshakes, so a test never waits long.
FAST = {
    "initial_backoff_s": 0.05,
    "max_backoff_s": 0.3,
    "ping_interval_s": 5.0,
    "ping_timeout_s": 5.0,
    "open_timeout_s": 2.0,
    "close_timeout_s": 0.5,
}
WAIT = 5.0


class ExternalApp:
    """The external chat app: accepts the bridge's connections, records every frame it gets."""

    def __init__(self) -> None:
        self.port = 0
        self.server: Server | None = None
        self.frames: asyncio.Queue[str | bytes] = asyncio.Queue()
        self.connections: asyncio.Queue[ServerConnection] = asyncio.Queue()
        self.current: ServerConnection | None = None
        self.paths: list[str] = []
        self.headers: list[Any] = []  # websockets.datastructures.Headers, case-insensitive
        self.ignore_pings = False  # the next connections never read, so never answer a ping
        self.silenced: list[ServerConnection] = []

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/chat/{{user_id}}"

    async def start(self) -> None:
        """Listen (again) on the same port: port 0 the first time."""
        self.server = await serve(self._handle, "127.0.0.1", self.port, ping_interval=None, close_timeout=0.5)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self, code: int = 1001) -> None:
        """Stop listening and close every connection with `code`."""
        assert self.server is not None
        for ws in self.silenced:
            ws.transport.abort()
        self.silenced.clear()
        self.server.close(close_connections=False)
        for ws in list(self.server.connections):
            await ws.close(code=code)
        await asyncio.wait_for(self.server.wait_closed(), WAIT)
        self.server = None
        self.current = None

    async def _handle(self, ws: ServerConnection) -> None:
        self.paths.append(ws.request.path)
        self.headers.append(ws.request.headers)
        if self.ignore_pings:
            ws.transport.pause_reading()
            self.silenced.append(ws)
        self.current = ws
        await self.connections.put(ws)
        try:
            async for message in ws:
                await self.frames.put(message)
        except ConnectionClosed:
            pass

    async def next_connection(self) -> ServerConnection:
        return await asyncio.wait_for(self.connections.get(), WAIT)

    async def send(self, frame: dict[str, Any] | str | bytes) -> None:
        assert self.current is not None, "the bridge is not connected"
        await self.current.send(json.dumps(frame) if isinstance(frame, dict) else frame)

    async def next_frame(self, timeout: float = WAIT) -> str | bytes:
        return await asyncio.wait_for(self.frames.get(), timeout)

    async def next_json(self, timeout: float = WAIT) -> dict[str, Any]:
        frame = await self.next_frame(timeout)
        assert isinstance(frame, str)
        return json.loads(frame)

    def nothing_received(self) -> bool:
        return self.frames.empty()


class FakeDispatcher:
    """Stands in for `host.dispatch.Dispatcher`: per-user order, a reply that shows how many
    earlier messages the user's own storage folder holds, `gate` to hold replies back;
    `cluster` as the host's (None: one host alone)."""

    def __init__(self, config: Config, cluster: Any = None) -> None:
        self.config = config
        self.cluster = cluster
        self.storage = FileStorage(config.server.data_dir)
        self.inbound: list[Inbound] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def submit(self, inbound: Inbound, sink: ReplySink) -> asyncio.Future[None]:
        self.inbound.append(inbound)
        return asyncio.ensure_future(self._turn(inbound, sink))

    async def _turn(self, inbound: Inbound, sink: ReplySink) -> None:
        async with self._locks[inbound.user_id]:
            agent, label = ("helios", "Helios 💪") if "workout" in inbound.text else ("ceres", "Ceres 🥗")
            await sink.send(TypingFrame(agent=agent, state="start", reply_to=inbound.message_id))
            await self.gate.wait()
            store = self.storage.user(inbound.user_id)
            earlier = await store.recent_history(100)
            await store.append_history([{"role": "user", "text": inbound.text}])
            await sink.send(
                MessageFrame(
                    message=f"{agent}: {inbound.text} (earlier: {len(earlier)})",
                    agent=label,
                    user_id=inbound.user_id,
                    metadata={"agent_id": agent, "reply_to": inbound.message_id},
                )
            )


MakeBridge = Callable[..., Awaitable[tuple[BridgeTransport, FakeDispatcher]]]


@pytest.fixture
async def external() -> AsyncIterator[ExternalApp]:
    app = ExternalApp()
    await app.start()
    yield app
    if app.server is not None:
        await app.stop()


@pytest.fixture
async def make_bridge(tmp_path: Path) -> AsyncIterator[MakeBridge]:
    """`await make_bridge(url=..., **settings)`: a started bridge on a fake dispatcher."""
    bridges: list[BridgeTransport] = []

    async def factory(data_dir: Path | None = None, **settings: Any) -> tuple[BridgeTransport, FakeDispatcher]:
        config = test_config(data_dir or tmp_path / "data", plugins={"settings": {"bridge_render": {**FAST, **settings}}})
        dispatcher = FakeDispatcher(config)
        bridge = BridgeTransport()
        await bridge.start(dispatcher)
        bridges.append(bridge)
        return bridge, dispatcher

    yield factory
    for bridge in bridges:
        await asyncio.wait_for(bridge.stop(), WAIT)


async def wait_until(check: Callable[[], bool], timeout: float = WAIT) -> None:
    """Poll `check` until it is true; fail after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.01)


@pytest.fixture
def until() -> Callable[..., Awaitable[None]]:
    return wait_until


class KeywordAgent:
    """A tiny agent plugin for end-to-end tests: claims messages with one of its keywords."""

    def __init__(self, name: str, emoji: str, keywords: list[str]) -> None:
        self.__name__ = f"test-{name}"
        self.name = name
        self.emoji = emoji
        self.keywords = keywords

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent(self.name, self.name.title(), self.emoji, f"test agent for {', '.join(self.keywords)}"))

    @hookimpl
    def classify(self, message: str) -> Score:
        hit = [k for k in self.keywords if k in message.lower()]
        return Score(self.name, 0.9 if hit else 0.0, ", ".join(hit))

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        return Reply(f"{self.name} says: {turn.message} (earlier: {len(turn.history)})")


@pytest.fixture
def test_agents() -> list[Any]:
    return [
        KeywordAgent("fitness", "💪", ["workout", "run"]),
        KeywordAgent("food", "🥗", ["eat", "lunch"]),
        KeywordAgent("general", "🤖", ["hello"]),
    ]


StartHost = Callable[..., Awaitable[TestClient]]


@pytest.fixture
def start_host(aiohttp_client: Any) -> StartHost:
    """`await start_host(data_dir, agents, disabled=False, **bridge_settings)`: the real host,
    with bridge_render loaded from its entry point (the only entry point enabled)."""

    async def factory(data_dir: Path, agents: list[Any], disabled: bool = False, **bridge: Any) -> TestClient:
        plugins = {"disabled": ["bridge_render"]} if disabled else {"enabled": ["bridge_render"]}
        config = test_config(data_dir, plugins={**plugins, "settings": {"bridge_render": {**FAST, **bridge}}})
        pm = make_plugin_manager(config)
        return await aiohttp_client(create_app(config, extra_plugins=agents, pm=pm))

    return factory
