"""Fixtures for Ceres' tests: a file store on a temp dir, a tool context, the user's files as
they are on disk, and `chat`, which answers a message offline the way the dispatcher would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from host.registry import Registry
from typing import Any

import pytest

from host.storage import FileStorage
from host.testing import TurnRunner
from host.types import Agent, ToolContext

import agenthost_ceres
from agenthost_ceres.agent import AGENT

HELIOS = Agent("helios", "Helios", "💪", "Fitness coach: workouts, training plans and exercise.")
USER = "alice"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path) -> FileStorage:
    return FileStorage(data_dir)


@pytest.fixture
def registry() -> Registry:
    """What the host's Registry offers: agents and tools by name."""
    return Registry(
        agents={"ceres": AGENT, "helios": HELIOS}, tools={tool.name: tool for tool in agenthost_ceres.TOOLS}
    )


@pytest.fixture
def context(storage: FileStorage, registry: Registry) -> ToolContext:
    return ToolContext(user_id=USER, store=storage.user(USER), registry=registry)


@pytest.fixture
def on_disk(data_dir: Path) -> Callable[[str], Any]:
    """`on_disk("meals.json")`: a user's JSON file as it is on disk (None when absent)."""

    def read(name: str) -> Any:
        path = data_dir / USER / name
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    return read


@pytest.fixture
def on_disk_log(data_dir: Path) -> Callable[[str], list[Any] | None]:
    """`on_disk_log("meals.jsonl")`: a user's .jsonl log as it is on disk, one record a line
    (None when absent)."""

    def read(name: str) -> list[Any] | None:
        path = data_dir / USER / name
        if not path.exists():
            return None
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    return read


@pytest.fixture
def write_profile(data_dir: Path) -> Callable[[dict[str, Any]], None]:
    """`write_profile({...})`: put a profile.json on disk for the user."""

    def write(profile: dict[str, Any]) -> None:
        folder = data_dir / USER
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "profile.json").write_text(json.dumps(profile), encoding="utf-8")

    return write


@pytest.fixture
def chat(storage: FileStorage, registry: Registry) -> TurnRunner:
    """`await chat("hello")`: Ceres' reply, as the dispatcher would produce it (offline unless
    given `llm=`); `chat.turns` holds every Turn answered (for its `tool_calls`)."""
    return TurnRunner(agenthost_ceres, AGENT, storage.user(USER), registry=registry)
