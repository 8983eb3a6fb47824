"""LLM.reply against the fake OpenAI server: streaming and the tool-call loop."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from host.config import LLMConfig
from host.llm import LLM
from host.types import Tool, ToolContext, ToolError
from tests.openai_server import Deltas, FakeOpenAI, make_turn, text, tool_calls

WORKOUT_SCHEMA = {
    "type": "object",
    "properties": {"exercise": {"type": "string"}, "minutes": {"type": "integer", "minimum": 1}},
    "required": ["exercise", "minutes"],
    "additionalProperties": False,
}


def log_workout(context: ToolContext, exercise: str, minutes: int) -> dict[str, Any]:
    return {"logged": exercise, "minutes": minutes}


def workout_tool() -> Tool:
    return Tool("log_workout", "Log a workout the user did.", WORKOUT_SCHEMA, log_workout, agent="helios")


@pytest.fixture
async def llm(openai_server: FakeOpenAI) -> AsyncIterator[LLM]:
    client = LLM(LLMConfig(base_url=openai_server.url, api_key="test", max_retries=0, timeout_s=5, max_tool_rounds=3))
    yield client
    await client.close()


async def test_deltas_are_streamed_in_order_and_the_reply_is_their_concatenation(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(text(["Hel", "lo", " there", ", Sam", "!"]))
    deltas = Deltas()

    reply = await llm.reply(make_turn("hi", stream=deltas))

    assert deltas.deltas == ["Hel", "lo", " there", ", Sam", "!"]
    assert reply.text == "Hello there, Sam!"
    body = openai_server.requests[0].body
    assert body["stream"] is True
    assert body["model"] == "gpt-4o-mini"
    assert "tools" not in body  # an agent without tools offers none


async def test_the_first_delta_reaches_the_turn_before_the_model_has_finished(llm: LLM, openai_server: FakeOpenAI) -> None:
    release = asyncio.Event()
    script = text("one two three four")
    script.hold_after, script.release = 1, release
    openai_server.push(script)
    deltas = Deltas()

    task = asyncio.create_task(llm.reply(make_turn("hi", stream=deltas)))
    await asyncio.wait_for(deltas.first.wait(), 5)
    assert deltas.deltas == ["one"]
    assert not task.done()  # the model is still holding the rest back
    release.set()
    reply = await asyncio.wait_for(task, 5)

    assert reply.text == "one two three four"


async def test_a_tool_call_split_over_chunks_is_run_and_its_result_fed_back(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(
        tool_calls(("log_workout", {"exercise": "run", "minutes": 30}), pieces=4),
        text("Logged your 30 minute run."),
    )
    turn = make_turn("I ran for 30 minutes", tools=[workout_tool()])

    reply = await llm.reply(turn)

    assert reply.text == "Logged your 30 minute run."
    assert [(c["name"], c["arguments"], c["result"]) for c in turn.tool_calls] == [
        ("log_workout", {"exercise": "run", "minutes": 30}, {"logged": "run", "minutes": 30})
    ]
    first, second = openai_server.requests
    assert first.body["tools"] == [
        {
            "type": "function",
            "function": {"name": "log_workout", "description": "Log a workout the user did.", "parameters": WORKOUT_SCHEMA},
        }
    ]
    assert first.body["tool_choice"] == "auto"
    assistant, tool_message = second.messages[-2:]
    assert assistant["role"] == "assistant"
    call_id = assistant["tool_calls"][0]["id"]
    assert assistant["tool_calls"][0]["function"] == {"name": "log_workout", "arguments": '{"exercise": "run", "minutes": 30}'}
    assert tool_message == {"role": "tool", "tool_call_id": call_id, "content": '{"logged": "run", "minutes": 30}'}


async def test_several_calls_in_one_round_run_concurrently(llm: LLM, openai_server: FakeOpenAI) -> None:
    started: dict[str, asyncio.Event] = {"a": asyncio.Event(), "b": asyncio.Event()}

    async def wait_for_other(context: ToolContext, which: str) -> str:
        started[which].set()
        other = "b" if which == "a" else "a"
        try:
            # Run one after the other, each would wait here for the other forever.
            await asyncio.wait_for(started[other].wait(), 5)
        except TimeoutError:
            raise ToolError("ran alone") from None
        return f"{which} ran alongside {other}"

    schema = {"type": "object", "properties": {"which": {"enum": ["a", "b"]}}, "required": ["which"]}
    tool = Tool("pair", "Meet the other call.", schema, wait_for_other, agent="helios")
    openai_server.push(tool_calls(("pair", {"which": "a"}), ("pair", {"which": "b"})), text("Both done."))
    turn = make_turn("go", tools=[tool])

    reply = await llm.reply(turn)

    assert reply.text == "Both done."
    tool_messages = [m for m in openai_server.requests[1].messages if m["role"] == "tool"]
    assert [json.loads(m["content"]) for m in tool_messages] == ["a ran alongside b", "b ran alongside a"]
    call_ids = [c["id"] for c in openai_server.requests[1].messages[-3]["tool_calls"]]
    assert [m["tool_call_id"] for m in tool_messages] == call_ids


def failing_tool(context: ToolContext) -> None:
    raise RuntimeError("database on fire: secret detail")


@pytest.mark.parametrize(
    ("call", "expected_error"),
    [
        (("explode", {}), "tool explode failed: RuntimeError"),
        (("log_workout", {"exercise": "run", "minutes": 0}), "invalid arguments for log_workout"),
        (("log_workout", '{"exercise": "run", "minutes": '), "arguments for log_workout are not valid JSON"),
        (("log_workout", "[1, 2]"), "arguments for log_workout must be a JSON object"),
        (("teleport", {}), "unknown tool 'teleport'"),
    ],
    ids=["tool-raises", "schema-violation", "malformed-json", "not-an-object", "unknown-tool"],
)
async def test_a_bad_tool_call_goes_back_to_the_model_as_an_error(
    llm: LLM, openai_server: FakeOpenAI, call: tuple[str, Any], expected_error: str
) -> None:
    explode = Tool("explode", "Always fails.", {"type": "object", "properties": {}}, failing_tool, agent="helios")
    openai_server.push(tool_calls(call), text("Sorry, that did not work."))
    turn = make_turn("do it", tools=[workout_tool(), explode])

    reply = await llm.reply(turn)

    assert reply.text == "Sorry, that did not work."
    result = json.loads(openai_server.requests[1].messages[-1]["content"])
    assert expected_error in result["error"]
    assert "secret detail" not in result["error"]
    assert turn.tool_calls[0]["result"] == result  # recorded for history.jsonl too


async def test_a_tool_with_a_parameter_called_name_gets_it(llm: LLM, openai_server: FakeOpenAI) -> None:
    def greet(context: ToolContext, name: str) -> str:
        return f"hello {name}"

    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    openai_server.push(tool_calls(("greet", {"name": "Ana"})), text("Done."))
    turn = make_turn("greet Ana", tools=[Tool("greet", "Greet someone.", schema, greet, agent="helios")])

    await llm.reply(turn)

    assert turn.tool_calls[0]["result"] == "hello Ana"


async def test_the_tool_loop_stops_after_max_tool_rounds_and_asks_for_words(llm: LLM, openai_server: FakeOpenAI) -> None:
    call = ("log_workout", {"exercise": "row", "minutes": 5})
    openai_server.push(tool_calls(call), tool_calls(call), tool_calls(call), text("Enough logging."))
    turn = make_turn("log rowing", tools=[workout_tool()])

    reply = await llm.reply(turn)

    assert reply.text == "Enough logging."
    assert [r.body["tool_choice"] for r in openai_server.requests] == ["auto", "auto", "auto", "none"]
    assert len(turn.tool_calls) == 3
    assert reply.metadata["tool_rounds"] == 3


async def test_text_around_a_tool_round_is_streamed_and_kept_in_the_reply(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(
        tool_calls(("log_workout", {"exercise": "swim", "minutes": 20}), content="Let me log that."),
        text("Logged 20 minutes of swimming."),
    )
    deltas = Deltas()

    reply = await llm.reply(make_turn("I swam", tools=[workout_tool()], stream=deltas))

    assert reply.text == "Let me log that.\n\nLogged 20 minutes of swimming."
    assert deltas.text == reply.text
    assert openai_server.requests[1].messages[-2]["content"] == "Let me log that."
