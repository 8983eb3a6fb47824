"""The LLM as a WebSocket client sees it: the host against the fake OpenAI server.

A small test plugin (`CoachAgent`) answers through `turn.llm` when a model is configured and
offline otherwise, so these tests do not depend on the real agents' wording.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from host import Agent, Reply, Score, Tool, ToolContext, hookimpl
from tests.conftest import MakeClient, read_jsonl, receive_until
from tests.openai_server import (
    FakeOpenAI,
    Script,
    broken_stream,
    closed_port_url,
    error,
    hang,
    text,
    tool_calls,
)

WORKOUT_SCHEMA = {
    "type": "object",
    "properties": {"exercise": {"type": "string"}, "minutes": {"type": "integer", "minimum": 1}},
    "required": ["exercise", "minutes"],
}


async def log_workout(context: ToolContext, exercise: str, minutes: int) -> dict[str, Any]:
    workouts = await context.store.read_json("workouts.json", []) or []
    workouts.append({"exercise": exercise, "minutes": minutes})
    await context.store.write_json("workouts.json", workouts)
    return {"logged": exercise, "minutes": minutes, "total": len(workouts)}


class CoachAgent:
    """One agent with one tool; `score` is what it claims for every message."""

    def __init__(self, name: str = "coach", score: float = 0.9) -> None:
        self.__name__ = f"test-{name}"
        self.name = name
        self.score = score

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(
            Agent(self.name, self.name.title(), "🏋️", f"{self.name}: workouts and training", system_prompt=f"You are {self.name}.")
        )

    @hookimpl
    def register_tools(self, register: Any) -> None:
        if self.name == "coach":
            register(Tool("log_workout", "Log a workout.", WORKOUT_SCHEMA, log_workout, agent="coach"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score(self.name, self.score, "test")

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        if turn.llm is not None:
            return await turn.llm.reply(turn)
        return Reply(f"offline {self.name}: {turn.message}")


def llm_settings(url: str, **extra: Any) -> dict[str, Any]:
    return {"base_url": url, "api_key": "test", "max_retries": 0, "timeout_s": 1.0, "classify_timeout_s": 1.0, **extra}


async def chat(client: Any, user: str, message: str, message_id: str = "m1") -> list[dict[str, Any]]:
    ws = await client.ws_connect(f"/ws/{user}")
    try:
        assert (await ws.receive_json())["type"] == "welcome"
        await ws.send_json({"type": "message", "message": message, "id": message_id})
        return await receive_until(ws, "message", timeout=10)
    finally:
        await ws.close()


async def test_model_deltas_arrive_as_chunks_in_order_and_the_final_message_joins_them(
    make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path
) -> None:
    openai_server.push(text(["Good", " morning", ", let's", " train", "!"]))
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url))

    frames = await chat(client, "u1", "hello coach")

    chunks = [f for f in frames if f["type"] == "chunk"]
    assert [c["delta"] for c in chunks] == ["Good", " morning", ", let's", " train", "!"]
    assert [c["seq"] for c in chunks] == [1, 2, 3, 4, 5]
    final = frames[-1]
    assert final["message"] == "Good morning, let's train!"
    assert final["agent"] == "Coach 🏋️"
    assert "llm_error" not in final["metadata"]
    assert openai_server.requests[0].messages[0] == {"role": "system", "content": "You are coach."}
    assert openai_server.requests[0].messages[-1] == {"role": "user", "content": "hello coach"}


async def test_a_tool_call_runs_against_the_users_store_and_is_kept_in_history(
    make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path
) -> None:
    openai_server.push(tool_calls(("log_workout", {"exercise": "run", "minutes": 25})), text("Logged a 25 minute run."))
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url))

    frames = await chat(client, "u1", "I ran 25 minutes")

    assert frames[-1]["message"] == "Logged a 25 minute run."
    user_dir = tmp_path / "data" / "u1"
    assistant = read_jsonl(user_dir / "history.jsonl")[-1]
    assert assistant["role"] == "assistant"
    [call] = assistant["tool_calls"]
    assert (call["name"], call["arguments"], call["result"]) == (
        "log_workout",
        {"exercise": "run", "minutes": 25},
        {"logged": "run", "minutes": 25, "total": 1},
    )
    assert (user_dir / "workouts.json").exists()


async def test_the_next_turn_sends_the_previous_one_as_memory(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    openai_server.push(text("Nice to meet you, Sam."), text("You are Sam."))
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url))

    await chat(client, "u1", "I am Sam", "m1")
    await chat(client, "u1", "Who am I?", "m2")

    assert openai_server.requests[1].messages[1:] == [
        {"role": "user", "content": "I am Sam"},
        {"role": "assistant", "content": "Nice to meet you, Sam."},
        {"role": "user", "content": "Who am I?"},
    ]


def slow_first_token() -> Script:
    script = text("never finished")
    script.token_delay = 30.0
    return script


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (lambda: hang(30), "timeout"),
        (slow_first_token, "timeout"),
        (lambda: error(401, message="Incorrect API key provided: test"), "authentication failed"),
        (lambda: error(429, headers={"Retry-After": "20"}), "rate limited"),
        (lambda: error(500, message="Traceback (most recent call last): boom"), "server error 500"),
        (lambda: broken_stream("half a sentence and then", after=3), "stream interrupted"),
    ],
    ids=["timeout", "stall", "401", "429", "500", "broken-stream"],
)
async def test_a_failing_model_ends_with_the_offline_reply_marked_llm_error(
    make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path, script: Any, reason: str
) -> None:
    openai_server.push(script())
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url))

    frames = await chat(client, "u1", "plan my week")

    final = frames[-1]
    assert final["message"] == "offline coach: plan my week"
    assert final["metadata"]["llm_error"] == reason
    assert not any(f["type"] == "error" for f in frames)
    for leaked in ("Traceback", "Incorrect API key", "boom"):
        assert all(leaked not in str(f) for f in frames)
    assert read_jsonl(tmp_path / "data" / "u1" / "history.jsonl")[-1]["llm_error"] == reason


async def test_an_unreachable_model_server_ends_with_the_offline_reply(make_client: MakeClient) -> None:
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(closed_port_url()))

    frames = await chat(client, "u1", "hello")

    assert frames[-1]["message"] == "offline coach: hello"
    assert frames[-1]["metadata"]["llm_error"] == "connection failed"


async def test_a_hanging_model_for_one_user_does_not_hold_up_another(
    make_client: MakeClient, openai_server: FakeOpenAI
) -> None:
    openai_server.push(hang(30, when="slow"), text("Quick answer.", when="quick"))
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url, timeout_s=8.0))
    slow_ws = await client.ws_connect("/ws/slowpoke")
    await slow_ws.receive_json()
    await slow_ws.send_json({"type": "message", "message": "slow one", "id": "s1"})
    try:
        async with asyncio.timeout(5):
            while not openai_server.requests:  # the slow request is in flight
                await asyncio.sleep(0.01)

        frames = await chat(client, "speedy", "quick one")

        assert frames[-1]["message"] == "Quick answer."
        assert len(openai_server.requests) == 2
    finally:
        await slow_ws.close()


async def test_a_close_call_is_settled_by_the_model(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    openai_server.push(
        tool_calls(("choose_agent", {"agent": "yoga", "confidence": 0.8, "reason": "stretching"})),
        text("Let's stretch."),
    )
    plugins = [CoachAgent("coach", score=0.2), CoachAgent("yoga", score=0.2)]
    client = await make_client(plugins=plugins, llm=llm_settings(openai_server.url))

    frames = await chat(client, "u1", "something for my back")

    final = frames[-1]
    assert final["metadata"]["agent_id"] == "yoga"
    assert final["metadata"]["routing"]["method"] == "llm"
    assert final["metadata"]["confidence"] == 0.8
    assert final["message"] == "Let's stretch."
    assert openai_server.requests[0].body["tool_choice"]["function"]["name"] == "choose_agent"


async def test_a_failed_tie_break_keeps_the_keyword_decision(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    openai_server.push(error(500), text("Coach here."))
    plugins = [CoachAgent("coach", score=0.25), CoachAgent("yoga", score=0.2)]
    client = await make_client(plugins=plugins, llm=llm_settings(openai_server.url))

    frames = await chat(client, "u1", "something for my back")

    assert frames[-1]["metadata"]["routing"]["method"] == "fallback"
    assert frames[-1]["message"] == "Coach here."


async def test_with_classify_off_the_model_is_not_asked_to_route(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    openai_server.push(text("Coach here."))
    plugins = [CoachAgent("coach", score=0.25), CoachAgent("yoga", score=0.2)]
    client = await make_client(plugins=plugins, llm=llm_settings(openai_server.url, classify=False))

    frames = await chat(client, "u1", "something for my back")

    assert frames[-1]["message"] == "Coach here."
    assert len(openai_server.requests) == 1 and openai_server.requests[0].body["stream"] is True


async def test_the_model_reads_an_addressed_message_without_the_address(
    make_client: MakeClient, openai_server: FakeOpenAI
) -> None:
    openai_server.push(text("Hi!"))
    client = await make_client(plugins=[CoachAgent()], llm=llm_settings(openai_server.url))
    await chat(client, "u1", "@coach how do I start?")
    assert openai_server.requests[0].messages[-1] == {"role": "user", "content": "how do I start?"}
