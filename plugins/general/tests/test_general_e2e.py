"""General through the real server: loaded from its entry point, reached over the WebSocket."""

from __future__ import annotations

import json
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

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


SPECIALISTS = ("helios", "ceres")


def quoted(text: str) -> list[str]:
    """The messages a reply suggests saying next: its double-quoted examples."""
    return re.findall(r'"([^"]+)"', text)


@pytest.mark.skipif(
    not {"helios", "ceres"} <= {ep.name for ep in entry_points(group="agenthost")},
    reason="needs the Helios and Ceres plugins installed (pip install -e plugins/<name>)",
)
async def test_what_general_suggests_works_as_the_next_message(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["general", *SPECIALISTS]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/bob")
    await ws.receive_json()

    # A profile from one sentence is General's, saved in metric, said back in the user's units.
    reply = await ask(ws, "I'm 5'10 and 180 lbs", "p1")
    assert reply["metadata"]["agent_id"] == "general"
    assert reply["message"].startswith('Saved: height 5\'10" (178 cm), weight 180 lb (81.6 kg).')
    profile = json.loads((tmp_path / "data" / "bob" / "profile.json").read_text())
    assert profile == {"height_cm": 177.8, "weight_kg": 81.6}
    # ... and other agents' messages are not profile statements.
    reply = await ask(ws, "I ran 5 km this morning", "p2")
    assert reply["metadata"]["agent_id"] != "general"
    assert json.loads((tmp_path / "data" / "bob" / "profile.json").read_text()) == profile

    # The examples in the greeting go to the agent they are given for.
    greeting = (await ask(ws, "what can you do?", "g1"))["message"]
    for agent in SPECIALISTS:
        example = next(q for q in quoted(greeting) if f'"{q}" ({agent.title()}' in greeting)
        reply = await ask(ws, example, f"g-{agent}")
        assert reply["metadata"]["agent_id"] == agent, example

    # A specialist's question that reached General comes back with the message to send it.
    pointer = (await ask(ws, "@general how do I get a stronger squat", "s1"))["message"]
    [suggested] = [q for q in quoted(pointer) if q.startswith("@")]
    reply = await ask(ws, suggested, "s2")
    assert reply["metadata"]["agent_id"] == "helios"

    # A well-being answer's follow-ups stay with General.
    reply = await ask(ws, "how much sleep do I need?", "w1")
    assert reply["metadata"]["agent_id"] == "general" and "Source: CDC" in reply["message"]
    hints = quoted(reply["message"].splitlines()[-1])
    assert hints == ["tell me more", "and for children?", "why?"]
    for n, follow_up in enumerate(hints):
        answer = await ask(ws, follow_up, f"w{n + 2}")
        assert answer["metadata"]["agent_id"] == "general", follow_up
        assert "I can't answer that one" not in answer["message"], follow_up
    await ws.close()
