"""Ceres through the real server: loaded from its entry point, reached over the WebSocket."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.plugins import available_entry_points
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


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_ceres_follow_ups_reach_ceres_through_the_router(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/bob")
    await ws.receive_json()
    conversation = [
        ("how much protein do I need? I weigh 80kg", "At 80 kg, aim for about 66–80 g of protein a day"),
        ("I train 4 times a week", "At 80 kg, aim for about 112–160 g of protein a day"),
        ("for lunch I had a big mac, large fries and a milkshake", "This meal: 1,600 kcal"),
        ("oops, remove the fries", "Done: I removed the fries from your lunch."),
        ("undo", "Done: I removed your lunch"),
        ("what did I eat today?", "Nothing logged for today"),
        ("this week?", "This week ("),
        ("why?", None),
    ]
    for n, (message, expected) in enumerate(conversation):
        reply = await ask(ws, message, f"m{n}")
        assert reply["metadata"]["agent_id"] == "ceres", (message, reply["metadata"]["routing"])
        if expected:
            assert expected in reply["message"], (message, reply["message"])
    await ws.close()


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_typos_in_questions_and_food_names_reach_ceres_and_are_read(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/typo")
    await ws.receive_json()
    breakfast = await ask(ws, "waht shoud i eat for brekfast", "t1")
    assert breakfast["metadata"]["agent_id"] == "ceres" and breakfast["message"].startswith("Here are 3 breakfast ideas")
    banana = await ask(ws, "how many calroies in a bananna", "t2")
    assert banana["message"].startswith("**Banana** — 1 medium banana (118 g): **105 kcal**")
    logged = await ask(ws, "for lunch I had a chiken sandwhich and brocoli", "t3")
    assert "grilled chicken sandwich" in logged["message"] and "broccoli" in logged["message"]
    await ws.close()


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_meals_said_without_food_words_still_reach_ceres(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/kim")
    await ws.receive_json()
    for n, message in enumerate(["2 days ago I had a kebab", "I drank 3 litres of water today", "is quinoa ok for me?", "what's in a big mac?", "🍕🍕"]):
        reply = await ask(ws, message, f"k{n}")
        assert reply["metadata"]["agent_id"] == "ceres", (message, reply["metadata"]["routing"])
    await ws.close()


@pytest.mark.skipif(
    not {"safety", "helios", "ceres", "general"} <= set(available_entry_points()), reason="install the plugins: ./run.sh test does"
)
async def test_after_an_eating_disorder_flag_ceres_answers_food_without_numbers(aiohttp_client, tmp_path: Path):
    """The real guard answers the red flag and prefaces the food turns that follow; Ceres'
    part of each prefaced answer holds no figure at all (issue 12)."""
    config = test_config(tmp_path / "data", plugins={"enabled": ["safety", "helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/eve")
    await ws.receive_json()
    flag = await ask(ws, "I make myself throw up after eating, how can I lose more weight", "e0")
    assert flag["metadata"]["safety"]["action"] == "answer"
    for n, message in enumerate(["what should I eat for lunch?", "snack ideas", "I had 2 eggs and toast for breakfast"], start=1):
        reply = await ask(ws, message, f"e{n}")
        assert reply["metadata"]["agent_id"] == "ceres", (message, reply["metadata"]["routing"])
        assert reply["metadata"]["safety"]["action"] == "preface", (message, reply["metadata"]["safety"])
        assert not re.search(r"\d|\bk?cals?\b|\bcalories?\b", reply["message"], re.IGNORECASE), (message, reply["message"])
    meals = [json.loads(line) for line in (tmp_path / "data" / "eve" / "meals.jsonl").read_text().splitlines()]
    assert [item["food_id"] for item in meals[0]["items"]][0] == "egg"  # logged all the same
    await ws.close()


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_a_training_question_after_ceres_post_workout_answer_goes_to_helios(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/leg")
    await ws.receive_json()
    food = await ask(ws, "what should I eat after a run?", "l1")
    assert food["metadata"]["agent_id"] == "ceres"
    rest = await ask(ws, "and how soon before I train legs again?", "l2")
    assert rest["metadata"]["agent_id"] == "helios", rest["metadata"]["routing"]
    food = await ask(ws, "what should I eat after a run?", "l3")
    drink = await ask(ws, "and what should I drink after training?", "l4")
    assert drink["metadata"]["agent_id"] == "ceres", drink["metadata"]["routing"]
    await ws.close()


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_threads_across_agents_through_the_router(aiohttp_client, tmp_path: Path):
    """Who answers what, through the real router: body facts Ceres asked for are hers, her
    thread survives one answer of General's, a pet that ate chocolate is General's (a vet)
    and so is its follow-up, and eating around training is Ceres'."""
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/thread")
    await ws.receive_json()
    conversation = [
        ("I'm on a cut at a 500 calorie deficit, how much protein should I eat?", "ceres", "Tell me your weight"),
        ("I'm 75 kg", "ceres", "At 75 kg, aim for about"),
        ("what time is it?", "general", "UTC"),
        ("and calories?", "ceres", "To estimate your calories"),
        ("my friend's dog ate a whole chocolate bar, should we be worried?", "general", "vet"),
        ("it was dark chocolate, does that matter?", "general", "the more dangerous"),
        ("what's a healthy breakfast before a morning workout?", "ceres", "breakfast ideas"),
        ("3 pints of lager last night", "ceres", "Logged your dinner yesterday"),
        ("how many calories was that?", "ceres", "came to"),
    ]
    for n, (message, agent, expected) in enumerate(conversation):
        reply = await ask(ws, message, f"x{n}")
        assert reply["metadata"]["agent_id"] == agent, (message, reply["metadata"]["routing"])
        assert expected in reply["message"], (message, reply["message"])
    await ws.close()
