"""A fake OpenAI-compatible chat server for tests and benchmarks.

`FakeOpenAI` serves `POST /v1/chat/completions` on 127.0.0.1 (a free port), streamed or not,
framed exactly as OpenAI frames it: `data: {json}\\n\\n` events and a final `data: [DONE]`.
A test pushes one `Script` per expected request (`text`, `tool_calls`, `error`,
`broken_stream`, `hang`) and then reads `server.requests` to check what the client sent.

    async def test_something(openai_server):
        openai_server.push(text("Hello there", token_delay=0.01))
        ...  # point the client at openai_server.url
        assert openai_server.requests[0].body["messages"][-1]["content"] == "hi"

Use the `openai_server` fixture (import it into the test module), or `async with FakeOpenAI()`.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from attrs import Factory, define, field

from host.types import Agent, RoutingDecision, Tool, Turn


@define
class ScriptedCall:
    """One tool call the fake model makes: `arguments` is sent as is (it may be malformed)."""

    name: str
    arguments: str
    id: str = field(factory=lambda: f"call_{uuid.uuid4().hex[:12]}")


@define
class Script:
    """How the fake model answers one request.

    `tokens` are the content deltas, sent `token_delay` seconds apart; `tool_calls` follow them.
    `first_delay` holds the response back before any byte is sent (a hang when long).
    `status` other than 200 answers with an OpenAI-style error body and `headers`.
    `drop_after` breaks the connection after that many content deltas (streamed requests).
    `when` makes the script answer only a request whose last user message contains that text.
    A streamed request with `stream_options.include_usage` gets OpenAI's usage chunk last
    (10 prompt tokens, one completion token per delta).
    `hold_after` stops the stream after that many content deltas until `release` is set, so a
    test can look at what arrived before the reply is complete. `complete=False` ends the
    body cleanly but without the finishing chunk and `[DONE]`.
    """

    tokens: list[str] = Factory(list)
    tool_calls: list[ScriptedCall] = Factory(list)
    token_delay: float = 0.0
    first_delay: float = 0.0
    status: int = 200
    headers: dict[str, str] = Factory(dict)
    error_message: str = ""
    drop_after: int | None = None
    arguments_pieces: int = 3
    when: str | None = None
    hold_after: int | None = None
    release: asyncio.Event | None = None
    complete: bool = True

    @property
    def finish_reason(self) -> str:
        return "tool_calls" if self.tool_calls else "stop"


@define
class RecordedRequest:
    """A request the server received: its JSON body, headers and times (`time.perf_counter`):
    arrival, the first content delta written, and the end of the answer written."""

    body: dict[str, Any]
    headers: dict[str, str]
    received_at: float
    first_token_at: float | None = None
    done_at: float | None = None

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))


def split_tokens(content: str) -> list[str]:
    """Split text into word-sized deltas that join back to exactly `content`."""
    return re.findall(r"\s*\S+|\s+$", content) or ([content] if content else [])


def text(
    content: str | list[str], *, token_delay: float = 0.0, first_delay: float = 0.0, when: str | None = None
) -> Script:
    """A plain reply, streamed word by word (or in the given pieces)."""
    tokens = list(content) if isinstance(content, list) else split_tokens(content)
    return Script(tokens=tokens, token_delay=token_delay, first_delay=first_delay, when=when)


def tool_calls(
    *calls: tuple[str, dict[str, Any] | str], content: str = "", when: str | None = None, pieces: int = 3
) -> Script:
    """A reply that calls tools: each call is `(name, arguments)`; a str is sent verbatim, so a
    test can send malformed JSON. The arguments are split over `pieces` deltas."""
    scripted = [ScriptedCall(name, args if isinstance(args, str) else json.dumps(args)) for name, args in calls]
    return Script(tokens=split_tokens(content), tool_calls=scripted, when=when, arguments_pieces=pieces)


def error(
    status: int, *, headers: dict[str, str] | None = None, message: str = "", when: str | None = None
) -> Script:
    """An HTTP error answer with an OpenAI-style JSON body (e.g. 429 with Retry-After)."""
    return Script(status=status, headers=dict(headers or {}), error_message=message or f"fake error {status}", when=when)


def broken_stream(content: str, *, after: int = 2, token_delay: float = 0.0, when: str | None = None) -> Script:
    """A streamed reply whose connection drops after `after` content deltas, with no [DONE]."""
    return Script(tokens=split_tokens(content), drop_after=after, token_delay=token_delay, when=when)


def hang(seconds: float, *, when: str | None = None) -> Script:
    """A reply that sends nothing for `seconds` (longer than the client's timeout, to test it)."""
    return Script(tokens=["late"], first_delay=seconds, when=when)


def closed_port_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _pieces(value: str, count: int) -> list[str]:
    if count <= 1 or len(value) <= 1:
        return [value]
    size = -(-len(value) // count)
    return [value[i : i + size] for i in range(0, len(value), size)]


class FakeOpenAI:
    """The fake server. `url` is the base URL to give the OpenAI client (ends with `/v1`)."""

    def __init__(self) -> None:
        self.scripts: list[Script] = []
        self.requests: list[RecordedRequest] = []
        self.default: Script | None = None  # answers when no pushed script matches
        self.url = ""
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None

    def push(self, *scripts: Script) -> None:
        """Queue scripts; each answers one request, in order (subject to `when`)."""
        self.scripts.extend(scripts)

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat_completions)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/_fake/requests", self._recorded)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/v1"
        return self

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeOpenAI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- request handling -------------------------------------------------------------------

    def _take_script(self, body: dict[str, Any]) -> Script | None:
        last_user = ""
        for message in body.get("messages", []):
            if message.get("role") == "user" and isinstance(message.get("content"), str):
                last_user = message["content"]
        for index, script in enumerate(self.scripts):
            if script.when is None or script.when in last_user:
                return self.scripts.pop(index)
        return self.default

    async def _pause(self, seconds: float) -> None:
        """Sleep, but wake at once when the server closes so tests end promptly."""
        if seconds > 0:
            try:
                await asyncio.wait_for(self._closing.wait(), seconds)
            except asyncio.TimeoutError:
                pass

    async def _models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    async def _recorded(self, request: web.Request) -> web.Response:
        """The recorded requests' timings, for a benchmark running the server in another process."""
        return web.json_response(
            [{"received_at": r.received_at, "first_token_at": r.first_token_at, "done_at": r.done_at} for r in self.requests]
        )

    async def _chat_completions(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        recorded = RecordedRequest(body=body, headers=dict(request.headers), received_at=time.perf_counter())
        self.requests.append(recorded)
        script = self._take_script(body)
        if script is None:
            script = error(500, message="fake server: no scripted response for this request")
        await self._pause(script.first_delay)
        if script.status != 200:
            return web.json_response(
                {
                    "error": {
                        "message": script.error_message,
                        "type": "rate_limit_error" if script.status == 429 else "api_error",
                        "param": None,
                        "code": None,
                    }
                },
                status=script.status,
                headers=script.headers,
            )
        model = str(body.get("model", "fake-model"))
        if not body.get("stream"):
            return web.json_response(self._completion(script, model))
        try:
            return await self._stream(request, script, model, recorded)
        except ConnectionResetError:  # the client gave up (its timeout); nothing left to send
            return web.Response(status=499)

    def _completion(self, script: Script, model: str) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(script.tokens) or None, "refusal": None}
        if script.tool_calls:
            message["tool_calls"] = [
                {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
                for call in script.tool_calls
            ]
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": script.finish_reason}],
            "usage": {"prompt_tokens": 10, "completion_tokens": len(script.tokens), "total_tokens": 10 + len(script.tokens)},
        }

    async def _stream(
        self, request: web.Request, script: Script, model: str, recorded: RecordedRequest
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:16]}"
        created = int(time.time())

        async def send(delta: dict[str, Any], finish_reason: str | None = None) -> None:
            chunk = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "system_fingerprint": None,
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
            }
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())

        await send({"role": "assistant", "content": "", "refusal": None})
        for count, token in enumerate(script.tokens):
            if script.drop_after is not None and count >= script.drop_after:
                # Close the socket mid-body: the chunked response never ends, as when a proxy dies.
                assert request.transport is not None
                request.transport.abort()
                return response
            if script.hold_after is not None and count == script.hold_after and script.release is not None:
                await asyncio.wait_for(script.release.wait(), 30)
            await self._pause(script.token_delay)
            if recorded.first_token_at is None:
                recorded.first_token_at = time.perf_counter()
            await send({"content": token})
        for index, call in enumerate(script.tool_calls):
            await send(
                {
                    "tool_calls": [
                        {"index": index, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}
                    ]
                }
            )
            for piece in _pieces(call.arguments, script.arguments_pieces):
                await send({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
        if script.complete:
            await send({}, finish_reason=script.finish_reason)
            if (recorded.body.get("stream_options") or {}).get("include_usage"):
                usage = {"prompt_tokens": 10, "completion_tokens": len(script.tokens), "total_tokens": 10 + len(script.tokens)}
                usage_chunk = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model, "choices": [], "usage": usage}
                await response.write(f"data: {json.dumps(usage_chunk)}\n\n".encode())
            await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        recorded.done_at = time.perf_counter()
        return response


# --- driving host.llm directly -----------------------------------------------------------------


class Deltas:
    """A `turn.stream` callback that records every delta, in order."""

    def __init__(self) -> None:
        self.deltas: list[str] = []
        self.first = asyncio.Event()

    async def __call__(self, delta: str) -> None:
        self.deltas.append(delta)
        self.first.set()

    @property
    def text(self) -> str:
        return "".join(self.deltas)


def make_turn(
    message: str = "hello",
    *,
    tools: list[Tool] | None = None,
    system_prompt: str = "You are Helios, a fitness coach.",
    history: list[dict[str, Any]] | None = None,
    profile: dict[str, Any] | None = None,
    stream: Deltas | None = None,
    llm: Any = None,
) -> Turn:
    """A Turn for the agent `helios` with the given tools, as the dispatcher would build it."""
    tools = tools or []
    agent = Agent(
        name="helios",
        display_name="Helios",
        emoji="💪",
        description="Fitness: workouts, exercise, training plans.",
        system_prompt=system_prompt,
        tools=tuple(tool.name for tool in tools),
        plugin="test",
    )
    return Turn(
        message=message,
        message_id="m-1",
        user_id="u1",
        agent=agent,
        routing=RoutingDecision(agent="helios", confidence=1.0, method="keywords", scores={"helios": 1.0}),
        history=list(history or []),
        profile=dict(profile or {}),
        store=None,  # type: ignore[arg-type]  # the test tools do not touch storage
        tools={tool.name: tool for tool in tools},
        stream=stream or Deltas(),
        llm=llm,
        registry=None,
    )


@pytest.fixture
async def openai_server() -> AsyncIterator[FakeOpenAI]:
    """A running `FakeOpenAI`; import this fixture into the test module to use it."""
    async with FakeOpenAI() as server:
        yield server
