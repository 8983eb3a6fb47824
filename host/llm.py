"""The OpenAI-compatible model client: streamed replies, the tool-call loop and routing.

Contract used by the rest of the host:
- `make_llm(config: LLMConfig) -> LLM | None`: None when neither key nor base URL is set.
- `LLM.reply(turn) -> Reply`: streams via `turn.stream`, runs tools via the turn, raises
  `LLMError` on any failure (the dispatcher then answers offline, marked `llm_error`).
- `LLM.choose_agent(message, agents, context, decision) -> RoutingDecision | None`: the router's
  tie-break; raises `LLMError` or returns None to keep the keyword decision.
- `LLM.describe() -> dict`: model and server for /health and the startup log (never the key).
- `LLM.close()`: release the HTTP client.

Any server that speaks the OpenAI chat-completions API works (OpenAI, llama.cpp, vLLM, ...).
Retries (429 with Retry-After, 5xx, connection errors) are the `openai` SDK's own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import openai
from attrs import define, field

from host.config import LLMConfig
from host.metrics import Metrics
from host.tools import run_tool
from host.types import Agent, ClassifyContext, Reply, RoutingDecision, Turn

log = logging.getLogger(__name__)

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local OpenAI-compatible servers ignore the key, but the SDK insists on one.
PLACEHOLDER_API_KEY = "not-needed"
DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."
# Rough size of one message's role and framing, in tokens, on top of its text.
MESSAGE_OVERHEAD_TOKENS = 4
PROFILE_NOTE_MAX_CHARS = 600


class LLMError(Exception):
    """The model could not answer; `reason` is short and safe to show a user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- messages ---------------------------------------------------------------------------------


def estimate_tokens(text: str) -> int:
    """A cheap token estimate (about four characters a token), good enough for a budget."""
    return math.ceil(len(text) / 4)


def profile_note(profile: Mapping[str, Any]) -> str | None:
    """The user's profile as one short system note, or None when there is nothing to say."""
    facts = []
    for key, value in profile.items():
        if value in (None, "", [], {}):
            continue
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        facts.append(f"{key}: {shown}")
    if not facts:
        return None
    note = "What is known about the user (shared by all agents): " + "; ".join(facts)
    return note if len(note) <= PROFILE_NOTE_MAX_CHARS else note[: PROFILE_NOTE_MAX_CHARS - 1] + "…"


def history_messages(
    history: Iterable[Mapping[str, Any]], budget_tokens: int, current: tuple[str, str] | None = None
) -> list[dict[str, str]]:
    """The newest `user`/`assistant` records that fit `budget_tokens`, oldest first, as chat
    messages. The oldest are dropped first. `current` is `(message_id, text)` of the message
    being answered: if the history already ends with it, it is left out (it is sent last)."""
    records = [r for r in history if r.get("role") in ("user", "assistant") and isinstance(r.get("text"), str) and r["text"]]
    if current and records:
        last = records[-1]
        message_id, message_text = current
        same_id = last.get("id") == message_id if "id" in last else last["text"] == message_text
        if last["role"] == "user" and same_id:
            records.pop()
    kept: list[dict[str, str]] = []
    used = 0
    for record in reversed(records):
        cost = estimate_tokens(record["text"]) + MESSAGE_OVERHEAD_TOKENS
        if used + cost > budget_tokens:
            break
        used += cost
        kept.append({"role": record["role"], "content": record["text"]})
    kept.reverse()
    return kept


def build_messages(turn: Turn, budget_tokens: int, safety_note: str | None = None) -> list[dict[str, Any]]:
    """The chat messages for a turn: the agent's system prompt, the client's instructions, the
    safety guard's rules (the same for every agent), the profile note, the turn's own safety
    note, the recent history within `budget_tokens`, then the user's message. The guard's notes
    come after the client's instructions, so those cannot override them."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": turn.agent.system_prompt or DEFAULT_SYSTEM_PROMPT}]
    messages.extend({"role": "system", "content": text} for text in turn.instructions)
    if safety_note:
        messages.append({"role": "system", "content": safety_note})
    note = profile_note(turn.profile or {})
    if note:
        messages.append({"role": "system", "content": note})
    if turn.safety is not None and turn.safety.note:
        messages.append({"role": "system", "content": turn.safety.note})
    messages.extend(history_messages(turn.history or [], budget_tokens, (turn.message_id, turn.message)))
    messages.append({"role": "user", "content": turn.message})
    return messages


def tool_specs(turn: Turn) -> list[dict[str, Any]]:
    """The turn's tools in the OpenAI `tools` format."""
    return [
        {
            "type": "function",
            "function": {
                "name": tool.name,
                "description": tool.description,
                # A plain dict copy: plugins may hand in read-only mappings.
                "parameters": json.loads(json.dumps(tool.parameters)),
            },
        }
        for tool in turn.tools.values()
    ]


# --- errors -------------------------------------------------------------------------------------


def failure_reason(exc: BaseException, streaming: bool = False) -> str:
    """A short, user-safe reason for an SDK failure. `streaming`: the reply had begun arriving."""
    if isinstance(exc, (openai.APITimeoutError, asyncio.TimeoutError)):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "stream interrupted" if streaming else "connection failed"
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return "authentication failed"
    if isinstance(exc, openai.RateLimitError):
        return "rate limited"
    if isinstance(exc, openai.NotFoundError):
        return "model or endpoint not found"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return f"server error {exc.status_code}"
        return f"request rejected {exc.status_code}"
    if isinstance(exc, openai.APIError):  # an error event inside the stream
        return "server error"
    if isinstance(exc, ValueError):  # an SSE event that is not JSON
        return "invalid response"
    return "model error"


def public_url(url: str) -> str:
    """`url` without any user:password part, so it is safe to log and show."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


# --- one streamed round -------------------------------------------------------------------------


@define
class PendingCall:
    """A tool call assembled from streamed deltas."""

    id: str = ""
    name: str = ""
    arguments: str = ""


@define
class Round:
    """What one streamed request produced: the text (already streamed) and the tool calls."""

    text: str = ""
    calls: list[PendingCall] = field(factory=list)
    finish_reason: str | None = None
    capped: bool = False  # the reply reached `max_reply_chars` and was cut there


class LLM:
    """A chat model reached through the `openai` SDK (one `AsyncOpenAI` client, no locks:
    every turn runs its own requests concurrently)."""

    def __init__(self, config: LLMConfig, client: openai.AsyncOpenAI | None = None, metrics: Metrics | None = None) -> None:
        self.config = config
        self.metrics = metrics or Metrics()
        # The safety guard's rules, sent with every agent's request (set by `host.safety` at startup).
        self.safety_note: str | None = None
        self.client = client or openai.AsyncOpenAI(
            api_key=config.api_key or PLACEHOLDER_API_KEY,
            base_url=config.base_url or OPENAI_BASE_URL,
            timeout=config.timeout_s,
            max_retries=config.max_retries,
        )

    def describe(self) -> dict[str, Any]:
        """The model and server, for /health and the startup log (never the key)."""
        return {"mode": "llm", "model": self.config.model, "base_url": public_url(self.config.base_url or OPENAI_BASE_URL)}

    async def close(self) -> None:
        """Release the HTTP client and its connections."""
        await self.client.close()

    # --- replies ----------------------------------------------------------------------------

    async def reply(self, turn: Turn) -> Reply:
        """Answer `turn` as its agent: stream the text through `turn.stream`, run the tools the
        model calls (up to `max_tool_rounds` rounds), and return the full text.

        Raises `LLMError` with a short reason when the model cannot answer."""
        started = time.perf_counter()
        messages = build_messages(turn, self.config.history_token_budget, self.safety_note)
        tools = tool_specs(turn)
        streamed: list[str] = []
        rounds = 0
        while True:
            allow_tools = bool(tools) and rounds < self.config.max_tool_rounds
            result = await self._stream_round(turn, messages, tools, allow_tools, streamed)
            if result.capped or not (allow_tools and result.calls):
                break
            rounds += 1
            messages.append(_assistant_tool_message(result))
            # One run per call id, even if the model repeats an id within the round.
            unique = list({call.id: call for call in result.calls}.values())
            outputs = dict(zip([c.id for c in unique], await asyncio.gather(*(self._run_call(turn, c) for c in unique))))
            for call in result.calls:
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(outputs[call.id], ensure_ascii=False)})
        if result.capped:
            await self._emit(turn, streamed, "…")
        text = "".join(streamed)
        if not text.strip():
            self.metrics.llm_error("reply", "empty reply")
            raise LLMError("empty reply")
        log.debug("llm reply for %s in %.0f ms, %d tool rounds", turn.agent.name, (time.perf_counter() - started) * 1000, rounds)
        metadata: dict[str, Any] = {"model": self.config.model, "tool_rounds": rounds}
        if result.capped:
            metadata["truncated"] = True
        return Reply(text, metadata=metadata)

    async def _stream_round(
        self,
        turn: Turn,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        allow_tools: bool,
        streamed: list[str],
    ) -> Round:
        """One streamed request: forward each content delta at once, gather tool-call deltas."""
        with self.metrics.llm_timer("reply"):
            return await self._request_round(turn, messages, tools, allow_tools, streamed)

    async def _request_round(
        self,
        turn: Turn,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        allow_tools: bool,
        streamed: list[str],
    ) -> Round:
        options: dict[str, Any] = {}
        if tools:
            # Once the rounds are used up the tools stay declared (the history mentions them)
            # but the model must answer in words.
            options = {"tools": tools, "tool_choice": "auto" if allow_tools else "none"}
        if self.config.stream_usage:
            options["stream_options"] = {"include_usage": True}
        result = Round()
        pending: dict[int, PendingCall] = {}
        started_round = False
        try:
            stream = await self.client.chat.completions.create(
                model=self.config.model,
                messages=messages,
                stream=True,
                temperature=self.config.temperature,
                max_tokens=self.config.max_tokens,
                **options,
            )
        except openai.OpenAIError as exc:
            raise self._error(exc, streaming=False) from None
        try:
            async with stream:
                async for chunk in stream:
                    if getattr(chunk, "usage", None) is not None:
                        self.metrics.llm_usage("reply", chunk.usage)
                    if not chunk.choices:
                        continue
                    choice = chunk.choices[0]
                    delta = getattr(choice, "delta", None)
                    if choice.finish_reason:
                        result.finish_reason = choice.finish_reason
                    if delta is None:
                        continue
                    if delta.content:
                        if not started_round and streamed and not streamed[-1][-1:].isspace():
                            # Text after a tool round starts a new paragraph.
                            await self._emit(turn, streamed, "\n\n")
                        started_round = True
                        content = delta.content
                        room = self.config.max_reply_chars - sum(map(len, streamed))
                        if len(content) >= room:
                            # A server that ignores max_tokens must not fill memory and history.
                            content, result.capped, result.finish_reason = content[: max(room, 0)], True, "length"
                        result.text += content
                        await self._emit(turn, streamed, content)
                        if result.capped:
                            log.warning("llm %s: reply cut at llm.max_reply_chars=%d", self.config.model, self.config.max_reply_chars)
                            break
                    for position, call_delta in enumerate(delta.tool_calls or ()):
                        # Some servers omit `index` when a call arrives whole in one chunk.
                        index = call_delta.index if isinstance(call_delta.index, int) else position
                        call = pending.setdefault(index, PendingCall())
                        if call_delta.id:
                            call.id = call_delta.id
                        if call_delta.function is not None:
                            # The name comes whole (some servers repeat it); arguments come in pieces.
                            call.name = call_delta.function.name or call.name
                            call.arguments += call_delta.function.arguments or ""
        except openai.OpenAIError as exc:
            raise self._error(exc, streaming=True) from None
        except ValueError as exc:  # an event whose data is not JSON
            raise self._error(exc, streaming=True) from None
        if result.finish_reason is None:
            # The body ended cleanly but without the model finishing: a cut stream.
            raise self._error(None, streaming=True)
        result.calls = [pending[index] for index in sorted(pending)]
        for call in result.calls:
            call.id = call.id or f"call_{uuid.uuid4().hex[:12]}"  # unique in the turn: ids dedupe runs
        return result

    async def _emit(self, turn: Turn, streamed: list[str], delta: str) -> None:
        streamed.append(delta)
        await turn.stream(delta)

    async def _run_call(self, turn: Turn, call: PendingCall) -> Any:
        """Run one tool call; anything wrong with it becomes an error result for the model."""
        try:
            arguments = json.loads(call.arguments) if call.arguments.strip() else {}
        except json.JSONDecodeError as exc:
            arguments = None
            problem = f"arguments for {call.name} are not valid JSON ({exc.msg} at position {exc.pos}); call it again with a JSON object"
        else:
            problem = None if isinstance(arguments, dict) else f"arguments for {call.name} must be a JSON object"
        if problem is not None:
            result = {"error": problem}
            turn.tool_calls.append({"name": call.name, "arguments": call.arguments, "result": result, "ms": 0.0, "call_id": call.id})
            return result
        return await run_tool(turn, call.name, arguments, call_id=call.id)

    def _error(self, exc: BaseException | None, streaming: bool, operation: str = "reply") -> LLMError:
        reason = "stream interrupted" if exc is None else failure_reason(exc, streaming)
        self.metrics.llm_error(operation, reason)
        detail = "" if exc is None else f"{type(exc).__name__}: {exc}"
        log.warning("llm %s at %s failed: %s (%s)", self.config.model, self.describe()["base_url"], reason, detail)
        return LLMError(reason)

    # --- routing ----------------------------------------------------------------------------

    async def choose_agent(
        self, message: str, agents: list[Agent], context: ClassifyContext, decision: RoutingDecision
    ) -> RoutingDecision | None:
        """Ask the model which of `agents` should answer `message` (a forced `choose_agent`
        function call), within `classify_timeout_s`. Returns the LLM's decision, keeping the
        keyword scores of `decision`; raises `LLMError` when the model fails or names no agent."""
        if not agents:
            return None
        names = [agent.name for agent in agents]
        request = {
            "model": self.config.model,
            "messages": routing_messages(message, agents, context),
            "tools": [routing_tool(names)],
            "tool_choice": {"type": "function", "function": {"name": "choose_agent"}},
            "temperature": 0,
            "max_tokens": 150,
        }
        timeout = self.config.classify_timeout_s
        try:
            async with asyncio.timeout(timeout):
                with self.metrics.llm_timer("route"):
                    completion = await self.client.with_options(timeout=timeout).chat.completions.create(**request)
        except (openai.OpenAIError, TimeoutError) as exc:
            raise self._error(exc, streaming=False, operation="route") from None
        if getattr(completion, "usage", None) is not None:
            self.metrics.llm_usage("route", completion.usage)
        answer = _routing_answer(completion)
        if answer is None:
            self.metrics.llm_error("route", "no routing answer")
            raise LLMError("no routing answer")
        agent = answer.get("agent")
        if agent not in names:
            log.info("llm router named an unknown agent %r", agent)
            self.metrics.llm_error("route", "unknown agent")
            raise LLMError("unknown agent")
        log.debug("llm router chose %s: %s", agent, answer.get("reason", ""))
        return RoutingDecision(
            agent=agent,
            confidence=_confidence(answer.get("confidence")),
            method="llm",
            scores=dict(decision.scores),
            reasons=dict(decision.reasons),
        )


def routing_tool(names: list[str]) -> dict[str, Any]:
    """The `choose_agent` function the router forces the model to call."""
    return {
        "type": "function",
        "function": {
            "name": "choose_agent",
            "description": "Choose the agent best suited to answer the user's message.",
            "parameters": {
                "type": "object",
                "properties": {
                    "agent": {"type": "string", "enum": names, "description": "The chosen agent's name."},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    "reason": {"type": "string", "description": "One short sentence."},
                },
                "required": ["agent", "confidence", "reason"],
            },
        },
    }


def routing_messages(message: str, agents: list[Agent], context: ClassifyContext) -> list[dict[str, str]]:
    """The prompt for routing: the agents and what they do, a little context, the message."""
    lines = [f"- {agent.name}: {agent.description}" for agent in agents]
    system = (
        "You route a user's chat message to the one agent best suited to answer it.\n"
        "The agents:\n" + "\n".join(lines) + "\nCall choose_agent with your choice."
    )
    if context.last_agent:
        system += f"\nThe user's previous message went to {context.last_agent}; prefer it for follow-ups."
    return [{"role": "system", "content": system}, {"role": "user", "content": message}]


def _routing_answer(completion: Any) -> dict[str, Any] | None:
    """The arguments of the model's `choose_agent` call (or a JSON answer in its text)."""
    if not completion.choices:
        return None
    reply = completion.choices[0].message
    candidates = [call.function.arguments for call in reply.tool_calls or () if getattr(call, "function", None)]
    if reply.content:
        candidates.append(reply.content)
    for raw in candidates:
        try:
            answer = json.loads(raw)
        except (json.JSONDecodeError, TypeError):
            continue
        if isinstance(answer, dict):
            return answer
    return None


def _confidence(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.5
    return min(1.0, max(0.0, number)) if math.isfinite(number) else 0.5


def _json_or_empty(raw: str) -> str:
    try:
        json.loads(raw)
    except json.JSONDecodeError:
        return "{}"
    return raw


def _assistant_tool_message(result: Round) -> dict[str, Any]:
    """The model's tool-call turn, echoed back before the results. Malformed arguments are
    replaced by `{}` (some servers re-parse them); the tool result explains the problem."""
    return {
        "role": "assistant",
        "content": result.text or None,
        "tool_calls": [
            {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": _json_or_empty(call.arguments)}}
            for call in result.calls
        ],
    }


def make_llm(config: LLMConfig, metrics: Metrics | None = None) -> LLM | None:
    """The configured model client, or None to run offline (neither key nor base URL set)."""
    if not config.configured:
        return None
    return LLM(config, metrics=metrics)
