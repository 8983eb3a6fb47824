"""Fixtures for General's tests: a file store on a temp dir, a registry with three agents (or
more), and `chat`, which answers a message offline the way the dispatcher would."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from host.storage import FileStorage
from host.types import Agent, Reply, RoutingDecision, Tool, ToolContext, Turn

import agenthost_general
from agenthost_general.agent import AGENT

HELIOS = Agent("helios", "Helios", "💪", "Fitness coach: workouts, training plans and exercise.")
CERES = Agent("ceres", "Ceres", "🥗", "Nutritionist: meals, calories, diets and recipes.")
USER = "alice"

Chat = Callable[..., Awaitable[Reply]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path) -> FileStorage:
    return FileStorage(data_dir)


@pytest.fixture
def registry() -> SimpleNamespace:
    """What the host's Registry offers General: agents and tools by name."""
    tools: dict[str, Tool] = {tool.name: tool for tool in agenthost_general.TOOLS}
    return SimpleNamespace(agents={"helios": HELIOS, "ceres": CERES, "general": AGENT}, tools=tools)


@pytest.fixture
def context(storage: FileStorage, registry: SimpleNamespace) -> ToolContext:
    return ToolContext(user_id=USER, store=storage.user(USER), registry=registry)


@pytest.fixture
def on_disk(data_dir: Path) -> Callable[[str], Any]:
    """`on_disk("profile.json")`: a user's JSON file as it is on disk (None when absent)."""

    def read(name: str) -> Any:
        path = data_dir / USER / name
        return json.loads(path.read_text()) if path.exists() else None

    return read


@pytest.fixture
def chat(storage: FileStorage, registry: SimpleNamespace) -> Chat:
    """`await chat("hello")`: General's reply, with history and profile loaded from the store
    and the turn appended to history afterwards, as the dispatcher does. `chat.turns` holds
    every Turn answered."""

    turns: list[Turn] = []

    async def say(message: str, llm: Any = None) -> Reply:
        store = storage.user(USER)
        deltas: list[str] = []

        async def stream(delta: str) -> None:
            deltas.append(delta)

        turn = Turn(
            message=message,
            message_id="m1",
            user_id=USER,
            agent=AGENT,
            routing=RoutingDecision(agent="general", confidence=1, method="keywords", scores={}),
            history=await store.recent_history(20),
            profile=await store.read_json("profile.json", {}) or {},
            store=store,
            tools={name: tool for name, tool in registry.tools.items() if tool.agent == "general"},
            stream=stream,
            llm=llm,
            registry=registry,
        )
        reply = await agenthost_general.respond(turn)
        turns.append(turn)
        await store.append_history(
            [{"role": "user", "text": message}, {"role": "assistant", "text": reply.text, "agent": "general"}]
        )
        return reply

    say.turns = turns  # type: ignore[attr-defined]  # lets a test look at the last turn's tool calls
    return say
