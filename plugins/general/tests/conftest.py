"""Fixtures for General's tests: a file store on a temp dir, a registry with three agents (or
more), and `chat`, which answers a message offline the way the dispatcher would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from host.registry import Registry
from typing import Any

import pytest

from host.storage import FileStorage
from host.testing import TurnRunner
from host.types import Agent, Tool, ToolContext

import agenthost_general
from agenthost_general.agent import AGENT

HELIOS = Agent("helios", "Helios", "💪", "Fitness coach: workouts, training plans and exercise.")
CERES = Agent("ceres", "Ceres", "🥗", "Nutritionist: meals, calories, diets and recipes.")
USER = "alice"

@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path) -> FileStorage:
    return FileStorage(data_dir)


@pytest.fixture
def registry() -> Registry:
    """What the host's Registry offers General: agents and tools by name."""
    tools: dict[str, Tool] = {tool.name: tool for tool in agenthost_general.TOOLS}
    return Registry(agents={"helios": HELIOS, "ceres": CERES, "general": AGENT}, tools=tools)


@pytest.fixture
def context(storage: FileStorage, registry: Registry) -> ToolContext:
    return ToolContext(user_id=USER, store=storage.user(USER), registry=registry)


@pytest.fixture
def on_disk(data_dir: Path) -> Callable[[str], Any]:
    """`on_disk("profile.json")`: a user's JSON file as it is on disk (None when absent)."""

    def read(name: str) -> Any:
        path = data_dir / USER / name
        return json.loads(path.read_text()) if path.exists() else None

    return read


@pytest.fixture
def chat(storage: FileStorage, registry: Registry) -> TurnRunner:
    """`await chat("hello")`: General's offline reply, as the dispatcher would produce it;
    `chat.turns` holds every Turn answered (for its tool calls)."""
    return TurnRunner(agenthost_general, AGENT, storage.user(USER), registry=registry)
