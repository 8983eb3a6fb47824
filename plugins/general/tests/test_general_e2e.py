"""General through the real server: loaded from its entry point, reached over the WebSocket."""

from __future__ import annotations

import json
from pathlib import Path

from host import Agent, hookimpl
from host.app import create_app
from host.config import test_config
from host.testing import ask


class MusePlugin:
    """A fourth agent, as a freshly installed third-party plugin would add it."""

    __name__ = "muse"

    @hookimpl
    def register_agents(self, register):
        register(Agent("muse", "Muse", "🎨", "Creative writing partner: poems, stories and song lyrics."))


async def test_general_answers_over_the_websocket(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["general"]})
    client = await aiohttp_client(create_app(config, extra_plugins=[MusePlugin()]))
    ws = await client.ws_connect("/ws/alice")
    welcome = await ws.receive_json()
    assert welcome["type"] == "welcome"
    # "general" comes from the installed entry point (naming a plugin that is not installed is an error).
    assert {a["id"] for a in welcome["agents"]} == {"general", "muse"}

    reply = await ask(ws, "my name is Sam", "m1")
    assert reply["metadata"]["agent_id"] == "general"
    assert reply["agent"] == "General 🤖"
    assert reply["message"].startswith("Nice to meet you, Sam!")
    profile = json.loads((tmp_path / "data" / "alice" / "profile.json").read_text())
    assert profile == {"name": "Sam"}

    reply = await ask(ws, "Hello! What can you do?", "m2")
    assert reply["metadata"]["agent_id"] == "general"
    assert reply["metadata"]["reply_to"] == "m2"
    assert reply["message"].startswith("Hello, Sam! I'm General 🤖")
    assert "- **Muse 🎨**: Creative writing partner: poems, stories and song lyrics." in reply["message"]

    history = [json.loads(line) for line in (tmp_path / "data" / "alice" / "history.jsonl").read_text().splitlines()]
    assert history[1]["tool_calls"][0]["name"] == "remember"
    await ws.close()
