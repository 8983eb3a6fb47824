"""Helios through the real server: discovered from its entry point, reached over the WebSocket."""

from __future__ import annotations

import json
from pathlib import Path

from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.testing import ask


def test_the_entry_point_registers_helios_and_its_tools(tmp_path: Path):
    registry = build_registry(make_plugin_manager(test_config(tmp_path, plugins={"enabled": ["helios"]})))

    helios = registry.agents["helios"]
    assert (helios.label, helios.plugin) == ("Helios 💪", "helios")
    assert sorted(registry.tools_for(helios)) == [
        "correct_workout", "delete_workout", "log_workout", "make_plan", "set_goal", "workout_history",
    ]
    # Ceres' set_diet_preferences is named too (an allergy said beside a training question), there only with Ceres enabled
    assert set(helios.tools) - set(registry.tools_for(helios)) == {"set_diet_preferences"}


async def test_helios_logs_a_run_and_builds_a_plan_over_the_websocket(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/alice")
    welcome = await ws.receive_json()
    assert welcome["type"] == "welcome"
    helios = next(agent for agent in welcome["agents"] if agent["id"] == "helios")
    assert (helios["name"], helios["emoji"]) == ("Helios", "💪")

    reply = await ask(ws, "I ran 5k in 30 minutes", "m1")
    assert reply["metadata"]["agent_id"] == "helios"
    assert reply["agent"] == "Helios 💪"
    assert reply["metadata"]["reply_to"] == "m1"
    assert "Running · 30 min · 5 km (10 km/h, 6:00/km) → about **343 kcal** burned" in reply["message"]

    reply = await ask(ws, "I want to start working out", "m2")
    assert reply["metadata"]["agent_id"] == "helios"
    assert "**Your 3-day beginner general fitness plan**" in reply["message"]

    reply = await ask(ws, "make it 4 days", "m3")
    assert reply["metadata"]["agent_id"] == "helios"
    assert "3 → 4 days a week" in reply["message"]

    folder = tmp_path / "data" / "alice"
    workouts = [json.loads(line) for line in (folder / "workouts.jsonl").read_text().splitlines()]
    assert [w["activity"] for w in workouts] == ["running"]
    document = json.loads((folder / "workouts.json").read_text())
    assert "workouts" not in document
    assert [p["days_per_week"] for p in document["plans"]] == [3, 4]
    history = [json.loads(line) for line in (folder / "history.jsonl").read_text().splitlines()]
    assert [call["name"] for call in history[1]["tool_calls"]] == ["log_workout"]
    await ws.close()


async def test_the_follow_ups_helios_suggests_route_back_to_it(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()

    turns = [
        ("I want to start working out", "plan"),
        ("only 20 minutes", "plan_change"),
        ("why?", "why"),
        ("I went for a swim this morning", "log_incomplete"),
        ("45 minutes", "log_pending"),
        ("how many calories did that burn?", "history"),
        ("delete that", "undo"),
        ("what is progressive overload?", "faq"),
        ("how much should I add each week?", "faq"),
    ]
    for number, (message, intent) in enumerate(turns):
        reply = await ask(ws, message, f"m{number}")
        assert (reply["metadata"]["agent_id"], reply["metadata"]["intent"]) == ("helios", intent), message

    folder = tmp_path / "data" / "alice"
    plans = json.loads((folder / "workouts.json").read_text())["plans"]
    assert [p["minutes_per_session"] for p in plans] == [30, 20]
    lines = [json.loads(line) for line in (folder / "workouts.jsonl").read_text().splitlines()]
    assert lines[0]["activity"] == "swimming" and lines[1] == {"deleted": lines[0]["id"], "timestamp": lines[1]["timestamp"]}
    # After Helios, a question about food is still Ceres'.
    food = await ask(ws, "how much protein should I eat?", "m99")
    assert food["metadata"]["agent_id"] == "ceres"
    await ws.close()
