"""Fixtures for Helios' tests: a file store on a temp dir, a tool context, the user's files as
they are on disk, and `chat`, a conversation answered offline the way the dispatcher would."""

from __future__ import annotations

import json
from pathlib import Path
from host.registry import Registry
from typing import Any

import pytest
from host.storage import FileStorage
from host.testing import TurnRunner
from host.types import ToolContext

import agenthost_helios
from agenthost_helios.agent import AGENT
from agenthost_helios.tools import TOOLS

USER = "alice"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path) -> FileStorage:
    return FileStorage(data_dir)


@pytest.fixture
def registry() -> Registry:
    """The part of the host's Registry that tools may look at."""
    return Registry(agents={"helios": AGENT}, tools={tool.name: tool for tool in TOOLS})


@pytest.fixture
def context(storage: FileStorage, registry: Registry) -> ToolContext:
    return ToolContext(user_id=USER, store=storage.user(USER), registry=registry)


class OnDisk:
    """The user's files as they are on disk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def json(self, name: str) -> Any:
        return json.loads((self.folder / name).read_text(encoding="utf-8"))

    def raw(self, name: str) -> bytes | None:
        path = self.folder / name
        return path.read_bytes() if path.exists() else None

    def lines(self, name: str) -> list[Any] | None:
        """The records of a .jsonl log, one per line (None when the file is absent)."""
        path = self.folder / name
        if not path.exists():
            return None
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    def live(self, name: str) -> list[dict[str, Any]]:
        """The records of a .jsonl log that are still there: tombstones and what they deleted
        left out, as every reader skips them."""
        lines = self.lines(name) or []
        deleted = {line["deleted"] for line in lines if "deleted" in line}
        return [line for line in lines if "deleted" not in line and line["id"] not in deleted]


@pytest.fixture
def on_disk(data_dir: Path) -> OnDisk:
    return OnDisk(data_dir / USER)


@pytest.fixture
def chat(storage: FileStorage, registry: Registry) -> TurnRunner:
    """`await chat("I ran 5k")`: Helios' reply, as the dispatcher would produce it (offline unless
    given `llm=`); `chat.turns` holds every Turn answered (for its tool calls)."""
    return TurnRunner(agenthost_helios, AGENT, storage.user(USER), registry=registry)


@pytest.fixture
def write_profile(storage: FileStorage) -> Any:
    """`await write_profile(name=..., weight_kg=...)`: profile.json as another agent would write it."""

    async def write(**values: Any) -> None:
        await storage.user(USER).update_json("profile.json", {}, lambda profile: profile.update(values))

    return write
