"""Helpers for testing agenthost and its plugins (used by the host's tests and the plugins',
and through the pytest fixtures of `host.pytest_plugin`).

Two ways to test an agent:
- over a real WebSocket against `create_app(test_config(...))`: `Chat`, `receive_until`, `ask`;
- without a server, the way the dispatcher calls `respond`: `TurnRunner`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType
from typing import Any

from host import records
from host.clock import utc_now
from host.registry import Registry
from host.storage import FileStorage, UserStore
from host.types import Agent, Inbound, Reply, RoutingDecision, Tool, Turn
from host.utils import await_me_maybe

__all__ = ["Chat", "CountingStore", "TurnRunner", "ask", "receive_until"]


async def receive_until(ws: Any, frame_type: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Every frame up to and including the first of `frame_type`, waiting at most `timeout`."""
    frames: list[dict[str, Any]] = []
    async with asyncio.timeout(timeout):
        while True:
            frames.append(await ws.receive_json())
            if frames[-1]["type"] == frame_type:
                return frames


async def ask(ws: Any, message: str, message_id: str = "m1", timeout: float = 10.0) -> dict[str, Any]:
    """Send a chat message and return the final `message` frame of its reply."""
    await ws.send_json({"type": "message", "message": message, "id": message_id})
    return (await receive_until(ws, "message", timeout))[-1]


class Chat:
    """One user's WebSocket to a running app: `await chat.ask("hi")` returns the final frame
    of the reply (`message` or `error`); `chat.frames` holds every frame of the last reply."""

    def __init__(self, ws: Any, user_id: str, data_dir: Path, welcome: dict[str, Any]) -> None:
        self.ws = ws
        self.user_id = user_id
        self.data_dir = Path(data_dir)
        self.welcome = welcome
        self.frames: list[dict[str, Any]] = []
        self._sent = 0

    @classmethod
    async def open(cls, client: Any, user_id: str, data_dir: Path) -> Chat:
        """Connect as `user_id` to `client` (an aiohttp TestClient) and read the welcome."""
        ws = await client.ws_connect(f"/ws/{user_id}")
        welcome = await ws.receive_json()
        return cls(ws, user_id, data_dir, welcome)

    async def ask(self, message: str, timeout: float = 10.0) -> dict[str, Any]:
        """Send `message`; return the reply's final frame (`message`, or `error`)."""
        self._sent += 1
        message_id = f"{self.user_id}-{self._sent}"
        await self.ws.send_json({"type": "message", "message": message, "id": message_id})
        self.frames = []
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.ws.receive_json()
                self.frames.append(frame)
                if frame["type"] in ("message", "error") and frame.get("reply_to", frame.get("metadata", {}).get("reply_to")) == message_id:
                    return frame

    async def history(self) -> list[dict[str, Any]]:
        """What the host stored for this user, oldest first (the files backend's history.jsonl)."""
        return await FileStorage(self.data_dir).user(self.user_id).recent_history(1000)

    async def close(self) -> None:
        await self.ws.close()


class TurnRunner:
    """Answers messages with one plugin's `respond`, as the dispatcher would, without a server.

    History and profile are read from `store` before each turn and the turn is appended to the
    history after it, so follow-ups work. `turns` keeps every `Turn` answered (for its
    `tool_calls`); `deltas` the text each turn streamed.

        chat = TurnRunner(agenthost_ceres, AGENT, storage.user("alice"), tools=agenthost_ceres.TOOLS)
        reply = await chat("I had two eggs")
    """

    def __init__(
        self,
        plugin: ModuleType | object,
        agent: Agent,
        store: UserStore,
        tools: list[Tool] | tuple[Tool, ...] = (),
        other_agents: list[Agent] | tuple[Agent, ...] = (),
        registry: Registry | None = None,
        history_limit: int = 20,
    ) -> None:
        """`registry` replaces the one built from `agent`, `other_agents` and `tools`, for
        tests that change what is registered."""
        self.plugin = plugin
        self.agent = agent
        self.store = store
        self.registry = registry or Registry(
            agents={a.name: a for a in (agent, *other_agents)},
            tools={t.name: t for t in tools},
        )
        self.history_limit = history_limit
        self.turns: list[Turn] = []
        self.deltas: list[list[str]] = []

    async def __call__(self, message: str, llm: Any = None) -> Reply:
        history, profile = await self.store.load_memory(self.history_limit)
        deltas: list[str] = []

        async def stream(delta: str) -> None:
            deltas.append(delta)

        turn = Turn(
            message=message,
            message_id=f"m{len(self.turns) + 1}",
            user_id=self.store.user_id,
            agent=self.agent,
            routing=RoutingDecision(agent=self.agent.name, confidence=1.0, method="keywords", scores={}),
            history=history,
            profile=profile,
            store=self.store,
            tools=self.registry.tools_for(self.agent),
            stream=stream,
            llm=llm,
            registry=self.registry,
        )
        respond = getattr(self.plugin, "respond")
        result = await await_me_maybe(respond(turn))
        reply = result if isinstance(result, Reply) else Reply(str(result))
        self.turns.append(turn)
        self.deltas.append(deltas)
        inbound = Inbound(user_id=self.store.user_id, text=message, message_id=turn.message_id)
        await self.store.append_history(
            [
                records.user_record(inbound, utc_now()),
                records.assistant_record(
                    reply=reply, agent=self.agent.name, reply_id=records.new_id(), reply_to=turn.message_id,
                    routing=turn.routing, tool_calls=turn.tool_calls,
                ),
            ]
        )
        return reply


class CountingStore:
    """Wraps a user's store and notes, for each read of a `.jsonl` log, `(limit, bounded by
    while_ (or by a cursor), records returned)`: a test can then show a reply reads a window,
    not the whole log."""

    def __init__(self, store: UserStore) -> None:
        self._store = store
        self.reads: list[tuple[int | None, bool, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def recent_records(self, name: str, limit: int | None = None, while_: Any = None) -> list[dict[str, Any]]:
        records = await self._store.recent_records(name, limit=limit, while_=while_)
        self.reads.append((limit, while_ is not None, len(records)))
        return records

    async def read_log(self, name: str, while_: Any = None) -> tuple[list[dict[str, Any]], Any]:
        records, cursor = await self._store.read_log(name, while_=while_)
        self.reads.append((None, while_ is not None, len(records)))
        return records, cursor

    async def records_after(self, name: str, cursor: Any) -> tuple[list[dict[str, Any]], Any] | None:
        """What was appended after a window read before: bounded by the cursor."""
        found = await self._store.records_after(name, cursor)
        self.reads.append((None, True, len(found[0]) if found else 0))
        return found
