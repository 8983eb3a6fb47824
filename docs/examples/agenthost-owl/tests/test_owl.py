"""Owl's tests: the classifier alone, and a chat over a real WebSocket."""

import asyncio

from host.app import create_app
from host.config import test_config
from host.types import ClassifyContext

import agenthost_owl


def test_owl_claims_bird_questions_only():
    context = ClassifyContext(user_id="t", history=[], profile={})
    assert agenthost_owl.classify("Tell me about penguins", context).score == 0.9
    assert agenthost_owl.classify("What should I eat?", context).score == 0.0


async def test_owl_answers_over_the_websocket(aiohttp_client, tmp_path):
    client = await aiohttp_client(create_app(test_config(tmp_path, plugins={"enabled": ["owl"]})))
    ws = await client.ws_connect("/ws/birder")
    await ws.receive_json()  # welcome
    await ws.send_json({"type": "message", "message": "Tell me about owls", "id": "1"})
    async with asyncio.timeout(5):
        while (frame := await ws.receive_json())["type"] != "message":
            pass
    assert frame["agent"] == "Owl 🦉"
    assert "270 degrees" in frame["message"]
