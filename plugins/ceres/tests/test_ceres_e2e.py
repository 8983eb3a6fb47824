"""Ceres through the real server: loaded from its entry point, reached over the WebSocket."""

from __future__ import annotations

import json
from pathlib import Path

from host.app import create_app
from host.config import test_config
from host.testing import ask


async def test_ceres_logs_a_meal_and_suggests_over_the_websocket(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/alice")
    welcome = await ws.receive_json()
    assert welcome["type"] == "welcome"
    ceres = next(agent for agent in welcome["agents"] if agent["id"] == "ceres")
    assert (ceres["name"], ceres["emoji"]) == ("Ceres", "🥗")

    reply = await ask(ws, "I had two eggs and a banana", "m1")
    assert reply["metadata"]["agent_id"] == "ceres"
    assert reply["agent"] == "Ceres 🥗"
    assert reply["metadata"]["reply_to"] == "m1"
    assert reply["message"].startswith("Logged your ")
    assert "Today so far (1 meal): 249 kcal" in reply["message"]
    log = (tmp_path / "data" / "alice" / "meals.jsonl").read_text().splitlines()
    meals = [json.loads(line) for line in log]
    assert not (tmp_path / "data" / "alice" / "meals.json").exists()
    assert [item["food_id"] for item in meals[0]["items"]] == ["egg", "banana"]

    reply = await ask(ws, "What should I eat for breakfast?", "m2")
    assert reply["metadata"]["agent_id"] == "ceres"
    assert reply["message"].startswith("Here are 3 breakfast ideas")

    history = [json.loads(line) for line in (tmp_path / "data" / "alice" / "history.jsonl").read_text().splitlines()]
    assert [call["name"] for call in history[1]["tool_calls"]] == ["log_meal"]
    await ws.close()
