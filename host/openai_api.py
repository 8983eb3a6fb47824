"""`/v1`: the agents as OpenAI models, so any OpenAI SDK or chat UI (Open WebUI, LibreChat, the
`llm` CLI) talks to them. Registered as a default plugin through `register_routes`.

    GET  /v1/models              `agenthost` (routes each message, like the socket) and
                                 `agenthost-<agent>` for every enabled agent
    GET  /v1/models/{model}      one of them; an unknown id is 404 `model_not_found`
    POST /v1/chat/completions    streamed (SSE) or not

A request is one turn. Chat UIs resend the whole conversation, so the turn is its last message,
which must be the user's; it goes through the same dispatcher, safety guard and storage as a
socket message, and the server's history of the conversation is the agents' memory (the UI's
copy is not read). System and developer messages are passed to the agent as instructions.
The conversation is `X-Agenthost-Conversation-Id`, Open WebUI's `X-OpenWebUI-Chat-Id`, or a
hash of the messages up to the first user message. With auth on, the API key is the agenthost
token (`caller` says whose turn it is). Errors use OpenAI's envelope
`{"error": {"message", "type", "param", "code"}}`. See docs/openai.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import uuid
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from attrs import frozen

from host import keys
from host.access import identity
from host.auth import AuthError, Identity, bearer_token
from host.clock import now
from host.hookspecs import hookimpl
from host.llm import estimate_tokens
from host.protocol import ChunkFrame, ErrorFrame, MessageFrame, TypingFrame
from host.registry import Registry
from host.storage import InvalidName, check_user_id
from host.types import Inbound

log = logging.getLogger(__name__)

ROUTED_MODEL = "agenthost"
MODEL_PREFIX = "agenthost-"
LOCAL_USER = "local"  # who asks when there is no auth and the request names nobody
CONVERSATION_HEADER = "X-Agenthost-Conversation-Id"
OPEN_WEBUI_CHAT_HEADER = "X-OpenWebUI-Chat-Id"
OPEN_WEBUI_USER_HEADER = "X-OpenWebUI-User-Id"
AGENT_HEADER = "X-Agenthost-Agent"
MAX_CONVERSATION_ID = 128
ROLES = ("system", "developer", "user", "assistant", "tool", "function")
RETRY_AFTER_S = {"rate_limited": 1, "unavailable": 5}


class OpenAIError(Exception):
    """An error answered in OpenAI's envelope, so SDKs raise the matching exception."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",  # noqa: A002  (OpenAI's field name)
        param: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type, param, code
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def response(self) -> web.Response:
        return web.json_response(self.body(), status=self.status, headers=self.headers)


def _from_error_frame(frame: ErrorFrame) -> OpenAIError:
    """The HTTP answer for a turn that ended in an `error` frame. A 500 says `x-should-retry:
    false`: the agent may have written data (a logged meal) before it failed."""
    retry_after = getattr(frame, "retry_after", None) or RETRY_AFTER_S.get(frame.code)
    if frame.code == "rate_limited":
        return OpenAIError(429, frame.message, type="rate_limit_error", code="rate_limit_exceeded",
                           headers={"Retry-After": f"{retry_after:.0f}"})
    if frame.code == "unavailable":  # stored and not answered: asking again is safe
        return OpenAIError(503, frame.message, type="server_error", code=frame.code, headers={"Retry-After": f"{retry_after:.0f}"})
    status = 503 if frame.code == "no_agent" else 500
    return OpenAIError(status, frame.message, type="server_error", code=frame.code, headers={"x-should-retry": "false"})


# --- who asks ---------------------------------------------------------------------------------


def token_identity(request: web.Request) -> Identity | None:
    """The identity of the request's token (None without auth), or a 401 in OpenAI's envelope:
    OpenAI SDKs send their API key as `Authorization: Bearer <key>`, so the key is the token."""
    if request.app[keys.TOKEN_AUTHORITY] is None:
        return None
    who = identity(request)  # the access middleware verified the token already
    if who is not None and who.user is not None:
        if not who.scopes & {"chat", "admin"}:
            raise OpenAIError(403, "this token has neither the 'chat' nor the 'admin' scope", type="permission_error",
                              code="permission_denied")
        return who
    token = bearer_token(request.headers)
    problem = "send an agenthost token as the API key (Authorization: Bearer <token>)"
    if token is not None:
        try:
            request.app[keys.TOKEN_AUTHORITY].verify(token)  # type: ignore[union-attr]
        except AuthError as exc:
            problem = f"the API key is not a valid agenthost token: {exc}"
    raise OpenAIError(401, problem, code="invalid_api_key", headers={"WWW-Authenticate": 'Bearer realm="agenthost"'})


def caller(request: web.Request, body: Mapping[str, Any]) -> str:
    """The user a request speaks for: the one place identity comes from on `/v1`.

    With auth, the token's user. An `admin` token may speak for another user, named by the
    request's OpenAI `user` field or Open WebUI's `X-OpenWebUI-User-Id` header: a chat UI
    serving many people with one key. Without auth (a local server): that name, else `local`.
    A name that is not a valid user id is a 400."""
    who = token_identity(request)
    if who is not None and not who.is_admin:
        return who.user  # type: ignore[return-value]  # a `chat` token speaks for its own user only
    return _named_user(request, body) or (who.user if who is not None else None) or LOCAL_USER


def _named_user(request: web.Request, body: Mapping[str, Any]) -> str | None:
    named = body.get("user")
    param = "user"
    if named is None or named == "":
        named, param = request.headers.get(OPEN_WEBUI_USER_HEADER), OPEN_WEBUI_USER_HEADER
    if named is None or named == "":
        return None
    if not isinstance(named, str):
        raise OpenAIError(400, "'user' must be a string", param="user")
    try:
        return check_user_id(named)
    except InvalidName as exc:
        raise OpenAIError(400, f"{param} is not a valid agenthost user id: {exc}", param="user" if param == "user" else None) from None


# --- models -------------------------------------------------------------------------------------


def model_list(app: web.Application) -> list[dict[str, Any]]:
    """`agenthost`, then `agenthost-<agent>` for every enabled agent (a disabled one is absent)."""
    registry = app[keys.REGISTRY]
    created = int(app[keys.STARTED_AT])
    names = ", ".join(agent.label for agent in registry.agents.values()) or "no agent"
    models = [{
        "id": ROUTED_MODEL, "object": "model", "created": created, "owned_by": "agenthost",
        "name": "agenthost (the best agent for each message)",
        "description": f"Routes each message to the agent best suited to it: {names}.",
    }]
    for agent in registry.agents.values():
        models.append({
            "id": MODEL_PREFIX + agent.name, "object": "model", "created": created, "owned_by": agent.plugin or "agenthost",
            "name": f"{agent.label} (agenthost)", "description": agent.description,
        })
    return models


def forced_agent(registry: Registry, model: str) -> str | None:
    """The agent `model` names (None for `agenthost`, which routes), or a 404."""
    if model == ROUTED_MODEL:
        return None
    agent = model[len(MODEL_PREFIX):] if model.startswith(MODEL_PREFIX) else None
    if agent is None or agent not in registry.agents:
        known = ", ".join([ROUTED_MODEL, *(MODEL_PREFIX + name for name in registry.agents)])
        raise OpenAIError(404, f"The model '{model}' does not exist; this server has: {known}", param="model", code="model_not_found")
    return agent


async def list_models(request: web.Request) -> web.Response:
    try:
        token_identity(request)
    except OpenAIError as error:
        return error.response()
    return web.json_response({"object": "list", "data": model_list(request.app)})


async def get_model(request: web.Request) -> web.Response:
    try:
        token_identity(request)
    except OpenAIError as error:
        return error.response()
    model_id = request.match_info["model"]
    for model in model_list(request.app):
        if model["id"] == model_id:
            return web.json_response(model)
    known = ", ".join(m["id"] for m in model_list(request.app))
    return OpenAIError(404, f"The model '{model_id}' does not exist; this server has: {known}", param="model", code="model_not_found").response()


async def unknown_endpoint(request: web.Request) -> web.Response:
    return OpenAIError(
        404, f"agenthost has no {request.method} {request.path}; it serves GET /v1/models, GET /v1/models/{{model}} "
        "and POST /v1/chat/completions", code="unknown_url",
    ).response()


# --- the request ----------------------------------------------------------------------------------


@frozen
class ChatRequest:
    """What agenthost reads of a chat-completions request; every other parameter is ignored."""

    model: str
    agent: str | None
    text: str
    instructions: tuple[str, ...]
    conversation: str
    stream: bool
    include_usage: bool


def _content_text(content: Any, where: str) -> str:
    """A message's text: a string, or the `text` of its text parts (joined by newlines)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise OpenAIError(400, f"{where} must be a string or a list of content parts", param=where)
    texts = []
    for index, part in enumerate(content):
        if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
            kind = part.get("type") if isinstance(part, dict) else type(part).__name__
            raise OpenAIError(400, f"{where}[{index}] is a {kind!r} part; agenthost reads text parts only", param=f"{where}[{index}]")
        texts.append(part["text"])
    return "\n".join(texts)


def _conversation_id(headers: Mapping[str, str], messages: list[dict[str, Any]]) -> str:
    for header in (CONVERSATION_HEADER, OPEN_WEBUI_CHAT_HEADER):
        value = headers.get(header)
        if value:
            if len(value) > MAX_CONVERSATION_ID or not value.isprintable():
                raise OpenAIError(400, f"{header} must be at most {MAX_CONVERSATION_ID} printable characters")
            return value
    # No id given: the conversation is what it started with, which a UI resends unchanged.
    opening = []
    for message in messages:
        opening.append([message.get("role"), message.get("content")])
        if message.get("role") == "user":
            break
    digest = hashlib.sha256(json.dumps(opening, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"h-{digest[:24]}"


def parse_chat_request(body: Any, headers: Mapping[str, str], registry: Registry, max_message_bytes: int) -> ChatRequest:
    """Check a chat-completions body and take what agenthost needs, or raise a 400/404 naming the `param`."""
    if not isinstance(body, dict):
        raise OpenAIError(400, "the request body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise OpenAIError(400, "'model' is required: 'agenthost' or 'agenthost-<agent>' (GET /v1/models lists them)", param="model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise OpenAIError(400, "'messages' must be a non-empty list of messages", param="messages")
    n = body.get("n")
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 1):
        raise OpenAIError(400, "'n' must be a whole number, 1 or more", param="n")
    if n is not None and n > 1:
        raise OpenAIError(400, "agenthost answers each message once, with one agent: 'n' must be 1", param="n")
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise OpenAIError(400, "'stream' must be true or false", param="stream")
    options = body.get("stream_options")
    if options is not None and not isinstance(options, dict):
        raise OpenAIError(400, "'stream_options' must be an object", param="stream_options")

    instructions: list[str] = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise OpenAIError(400, f"messages[{index}] must be an object", param=f"messages[{index}]")
        role = message.get("role")
        if role not in ROLES:
            raise OpenAIError(400, f"messages[{index}].role must be one of {', '.join(ROLES)}", param=f"messages[{index}].role")
        if role in ("system", "developer"):
            text = _content_text(message.get("content"), f"messages[{index}].content")
            if text.strip():
                instructions.append(text)
    last = len(messages) - 1
    if messages[last].get("role") != "user":
        raise OpenAIError(400, "the last message must be the user's: it is the one agenthost answers", param=f"messages[{last}].role")
    where = f"messages[{last}].content"
    text = _content_text(messages[last].get("content"), where)
    if not text.strip():
        raise OpenAIError(400, "the last user message is empty", param=where, code="empty_message")
    size = len(text.encode("utf-8"))
    if size > max_message_bytes:
        raise OpenAIError(400, f"the last user message is {size} bytes; the limit is {max_message_bytes} (server.max_message_bytes)",
                          param=where, code="message_too_large")
    size = sum(len(t.encode("utf-8")) for t in instructions)
    if size > max_message_bytes:
        raise OpenAIError(400, f"the system and developer messages are {size} bytes together; the limit is {max_message_bytes} "
                          "(server.max_message_bytes)", param="messages", code="message_too_large")
    return ChatRequest(
        model=model,
        agent=forced_agent(registry, model),
        text=text,
        instructions=tuple(instructions),
        conversation=_conversation_id(headers, messages),
        stream=bool(stream),
        include_usage=bool(options and options.get("include_usage") is True),
    )


# --- the answer -------------------------------------------------------------------------------------


class FrameQueue:
    """The dispatcher's sink for one request: the handler reads the turn's frames in order."""

    def __init__(self) -> None:
        self._frames: asyncio.Queue[Any] = asyncio.Queue()

    async def send(self, frame: Any) -> None:
        self._frames.put_nowait(frame)

    async def next(self) -> Any:
        return await self._frames.get()


@frozen
class Answer:
    """What one completion is made of, streamed or not."""

    completion_id: str
    created: int
    chat: ChatRequest
    message_id: str


def _model_of(agent: str) -> str:
    return MODEL_PREFIX + agent


def _routing(frame: MessageFrame, chat: ChatRequest) -> dict[str, Any]:
    """The top-level `agenthost` object: who answered, and how the router chose."""
    metadata = frame.metadata
    routing = metadata.get("routing", {})
    details: dict[str, Any] = {
        "agent": metadata.get("agent_id"),
        "label": frame.agent,
        "method": routing.get("method"),
        "confidence": metadata.get("confidence"),
        "scores": routing.get("scores", {}),
        "conversation": chat.conversation,
        "message_id": metadata.get("reply_to"),
        "reply_id": metadata.get("id"),
        "usage_estimated": True,
    }
    for key in ("llm_error", "safety", "truncated"):
        if key in metadata:
            details[key] = metadata[key]
    return details


def _usage(chat: ChatRequest, text: str) -> dict[str, int]:
    """Estimated token counts (about four characters a token): an agent may answer with no model."""
    prompt = sum(estimate_tokens(t) for t in (*chat.instructions, chat.text))
    completion = estimate_tokens(text)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _headers(agent: str, chat: ChatRequest) -> dict[str, str]:
    return {AGENT_HEADER: agent, CONVERSATION_HEADER: chat.conversation}


async def _final_frame(queue: FrameQueue) -> MessageFrame | ErrorFrame:
    while True:
        frame = await queue.next()
        if isinstance(frame, (MessageFrame, ErrorFrame)):
            return frame


async def _complete(answer: Answer, queue: FrameQueue) -> web.Response:
    frame = await _final_frame(queue)
    if isinstance(frame, ErrorFrame):
        raise _from_error_frame(frame)
    agent = frame.metadata["agent_id"]
    body = {
        "id": answer.completion_id,
        "object": "chat.completion",
        "created": answer.created,
        "model": _model_of(agent),
        "system_fingerprint": None,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": frame.message, "refusal": None, "annotations": []},
            "logprobs": None,
            "finish_reason": "stop",
        }],
        "usage": _usage(answer.chat, frame.message),
        "agenthost": _routing(frame, answer.chat),
    }
    return web.json_response(body, headers=_headers(agent, answer.chat), dumps=_dumps)


class _EventStream:
    """The SSE response, opened at the first text (or the final frame), so a turn that fails
    before saying anything still gets its HTTP status; after that, errors are stream events."""

    def __init__(self, request: web.Request, answer: Answer) -> None:
        self.request = request
        self.answer = answer
        self.response: web.StreamResponse | None = None
        self.model = ""
        self.sent = ""
        self.gone = False  # the client hung up: the turn still finishes and is stored

    async def open(self, agent: str) -> None:
        if self.response is not None:
            return
        self.model = _model_of(agent)
        headers = {
            "Content-Type": "text/event-stream", "Cache-Control": "no-cache",
            "X-Accel-Buffering": "no",  # nginx: pass each event on at once
            **_headers(agent, self.answer.chat),
        }
        self.response = web.StreamResponse(headers=headers)
        await self.response.prepare(self.request)
        await self.chunk({"role": "assistant", "content": "", "refusal": None})

    async def chunk(self, delta: dict[str, Any], finish_reason: str | None = None, **extra: Any) -> None:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        event = self._event([choice], **extra)
        if self.answer.chat.include_usage:
            event["usage"] = None
        await self.write(event)

    def _event(self, choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {
            "id": self.answer.completion_id, "object": "chat.completion.chunk", "created": self.answer.created,
            "model": self.model, "system_fingerprint": None, "choices": choices, **extra,
        }

    async def text(self, delta: str) -> None:
        if delta:
            self.sent += delta
            await self.chunk({"content": delta})

    async def finish(self, frame: MessageFrame) -> None:
        # The final frame is authoritative. It extends what was streamed, unless the model
        # broke off mid-reply and the agent then answered without it: that answer follows.
        rest = frame.message[len(self.sent):] if frame.message.startswith(self.sent) else "\n\n" + frame.message
        await self.text(rest)
        await self.chunk({}, "stop", agenthost=_routing(frame, self.answer.chat))
        if self.answer.chat.include_usage:
            await self.write({**self._event([]), "usage": _usage(self.answer.chat, frame.message)})
        await self.done()

    async def fail(self, error: OpenAIError) -> None:
        await self.write(error.body())
        await self.done()

    async def done(self) -> None:
        await self.raw(b"data: [DONE]\n\n")

    async def write(self, event: dict[str, Any]) -> None:
        await self.raw(f"data: {_dumps(event)}\n\n".encode())

    async def raw(self, data: bytes) -> None:
        if self.gone or self.response is None:
            return
        try:
            await self.response.write(data)
        except (ConnectionError, RuntimeError):
            self.gone = True
            log.info("a /v1 client went away during message %s; its turn still finishes and is stored", self.answer.message_id)


async def _stream(request: web.Request, answer: Answer, queue: FrameQueue) -> web.StreamResponse:
    events = _EventStream(request, answer)
    agent: str | None = None
    while True:
        frame = await queue.next()
        if isinstance(frame, TypingFrame):
            agent = frame.agent
        elif isinstance(frame, ChunkFrame):
            await events.open(agent or frame.agent)
            await events.text(frame.delta)
        elif isinstance(frame, MessageFrame):
            await events.open(frame.metadata["agent_id"])
            await events.finish(frame)
            break
        elif isinstance(frame, ErrorFrame):
            error = _from_error_frame(frame)
            if events.response is None:
                raise error
            await events.fail(error)
            break
    assert events.response is not None
    if not events.gone:
        await events.response.write_eof()
    return events.response


async def chat_completions(request: web.Request) -> web.StreamResponse:
    """`POST /v1/chat/completions`: one turn through the dispatcher, answered as OpenAI does."""
    app = request.app
    try:
        try:
            body = await request.json()
        except web.HTTPRequestEntityTooLarge:
            raise OpenAIError(413, "the request body is larger than the server accepts (1 MiB)", code="request_too_large") from None
        except ValueError as exc:
            raise OpenAIError(400, f"the request body is not valid JSON: {exc}") from None
        token_identity(request)  # a refused token is a 401, whatever the body
        chat = parse_chat_request(body, request.headers, app[keys.REGISTRY], app[keys.CONFIG].server.max_message_bytes)
        user = caller(request, body)
        # The socket's message rates ([limits] messages_per_user, messages_per_ip) apply here too.
        wait = await app[keys.RATE_LIMITS].message(user, request.get(keys.CLIENT_IP) or request.remote or "unknown")
        if wait is not None:
            app[keys.METRICS].rate_limited("messages")
            raise OpenAIError(429, f"too many messages; retry in {wait:.0f} s", type="rate_limit_error",
                              code="rate_limit_exceeded", headers={"Retry-After": f"{wait:.0f}"})
        message_id = uuid.uuid4().hex
        inbound = Inbound(
            user_id=user, text=chat.text, message_id=message_id, transport="openai",
            agent=chat.agent, conversation=chat.conversation, instructions=chat.instructions,
        )
        answer = Answer(f"chatcmpl-{message_id}", int(now().timestamp()), chat, message_id)
        queue = FrameQueue()
        app[keys.DISPATCHER].submit(inbound, queue)
        if chat.stream:
            return await _stream(request, answer, queue)
        return await _complete(answer, queue)
    except OpenAIError as error:
        return error.response()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@hookimpl
def register_routes(register) -> None:  # type: ignore[no-untyped-def]
    """The OpenAI-compatible API; anything else under `/v1` is a 404 in OpenAI's envelope.
    `public` to the access middleware: each handler checks the token itself, so a refusal
    comes in OpenAI's envelope, which the SDKs turn into `AuthenticationError`."""
    register("GET", "/v1/models", list_models, access="public")
    register("GET", "/v1/models/{model}", get_model, access="public")
    register("POST", "/v1/chat/completions", chat_completions, access="public")
    register("*", "/v1/{tail:.*}", unknown_endpoint, access="public")
