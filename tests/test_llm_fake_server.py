"""The fake OpenAI server's wire format, read raw: the LLM tests are only as good as it is."""

from __future__ import annotations

import json
from typing import Any

import aiohttp

from tests.openai_server import FakeOpenAI, error, text, tool_calls


async def post(url: str, body: dict[str, Any]) -> tuple[int, dict[str, str], str]:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}/chat/completions", json=body) as response:
            return response.status, dict(response.headers), await response.text()


def events(raw: str) -> list[str]:
    assert raw.endswith("\n\n")
    blocks = raw[:-2].split("\n\n")
    assert all(block.startswith("data: ") and "\n" not in block for block in blocks)
    return [block.removeprefix("data: ") for block in blocks]


async def test_a_streamed_reply_is_sse_data_events_ending_with_done(openai_server: FakeOpenAI) -> None:
    openai_server.push(text("Hi there"))

    status, headers, raw = await post(openai_server.url, {"model": "m", "stream": True, "messages": []})

    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    data = events(raw)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(item) for item in data[:-1]]
    assert all(c["object"] == "chat.completion.chunk" and c["model"] == "m" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert [c["choices"][0]["delta"].get("content") for c in chunks[1:-1]] == ["Hi", " there"]
    assert chunks[-1]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}


async def test_tool_call_deltas_carry_id_and_name_first_then_argument_pieces(openai_server: FakeOpenAI) -> None:
    openai_server.push(tool_calls(("lookup", {"query": "oats"}), pieces=3))

    _, _, raw = await post(openai_server.url, {"model": "m", "stream": True, "messages": []})

    deltas = [json.loads(item)["choices"][0]["delta"] for item in events(raw)[1:-2]]
    first, *rest = [d["tool_calls"][0] for d in deltas]
    assert first["id"].startswith("call_") and first["function"] == {"name": "lookup", "arguments": ""}
    assert len(rest) == 3 and all(set(piece) == {"index", "function"} for piece in rest)
    assert json.loads("".join(piece["function"]["arguments"] for piece in rest)) == {"query": "oats"}


async def test_an_error_script_answers_with_status_headers_and_an_openai_error_body(openai_server: FakeOpenAI) -> None:
    openai_server.push(error(429, headers={"Retry-After": "7"}, message="slow down"))

    status, headers, raw = await post(openai_server.url, {"model": "m", "messages": []})

    assert (status, headers["Retry-After"]) == (429, "7")
    assert json.loads(raw)["error"]["message"] == "slow down"


async def test_scripts_with_when_answer_only_matching_requests(openai_server: FakeOpenAI) -> None:
    openai_server.push(text("for b", when="bravo"), text("for a", when="alpha"))

    _, _, raw = await post(openai_server.url, {"model": "m", "messages": [{"role": "user", "content": "alpha"}]})

    assert json.loads(raw)["choices"][0]["message"]["content"] == "for a"
    assert openai_server.requests[0].messages == [{"role": "user", "content": "alpha"}]
