"""The public types that plugins receive from and return to the host.

Everything here is plain attrs classes: a plugin author reads this file and knows what an
`Agent`, a `Score`, a `Tool`, a `Turn` and a `Reply` hold.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from attrs import Factory, define, field, frozen

if TYPE_CHECKING:
    from host.llm import LLM
    from host.storage import UserStore


@frozen
class Agent:
    """An agent a plugin offers: what the router can pick and the user sees.

    `name` is the stable id (`helios`), `display_name` and `emoji` make the label shown in
    replies (`Helios 💪`). `description` tells the LLM router and the `capabilities` tool what
    the agent is for; `system_prompt` is its personality when an LLM writes the reply.
    `tools` names the tools (from `register_tools`) the model may call for this agent.
    `plugin` is filled in by the host with the name of the plugin that registered it.
    """

    name: str
    display_name: str
    emoji: str
    description: str
    system_prompt: str = ""
    tools: tuple[str, ...] = field(default=(), converter=tuple)
    plugin: str | None = None

    @property
    def label(self) -> str:
        """The name shown to users, e.g. `Helios 💪`."""
        return f"{self.display_name} {self.emoji}".strip()


@frozen
class Score:
    """How well one agent fits one message: 0.0 (not at all) to 1.0 (certainly), and why."""

    agent: str
    score: float
    reason: str = ""


@define
class Reply:
    """What an agent answers. `metadata` is merged into the reply frame's metadata."""

    text: str
    metadata: dict[str, Any] = Factory(dict)


class ToolError(Exception):
    """Raised by a tool for bad arguments or a failed action; the message is shown to the caller."""


@frozen
class ToolContext:
    """What a tool function receives as its first argument: whose data it works on."""

    user_id: str
    store: UserStore
    registry: Any  # host.registry.Registry; typed loosely to avoid an import cycle


ToolFunction = Callable[..., Any]


@frozen
class Tool:
    """A function an agent can use, described for the LLM by a JSON schema.

    `function(context: ToolContext, **arguments)` returns a JSON-serialisable value (or an
    awaitable of one) and raises `ToolError` for bad arguments. The host validates the
    arguments against `parameters` before calling it. `agent` names the agent that owns it.
    """

    name: str
    description: str
    parameters: Mapping[str, Any]
    function: ToolFunction
    agent: str
    plugin: str | None = None


@frozen
class ClassifyContext:
    """What a `classify` hook may look at besides the message text."""

    user_id: str
    history: list[dict[str, Any]]
    profile: dict[str, Any]
    last_agent: str | None = None


@frozen
class RoutingDecision:
    """The router's choice: the agent, how sure it is, how it decided and every score it saw."""

    agent: str
    confidence: float
    method: str  # "keywords", "llm", "memory" or "fallback"
    scores: dict[str, float]
    reasons: dict[str, str] = Factory(dict)

    def to_wire(self) -> dict[str, Any]:
        return {"method": self.method, "scores": {k: round(v, 3) for k, v in self.scores.items()}}


class StreamCallback(Protocol):
    def __call__(self, delta: str) -> Awaitable[None]: ...


@define
class Turn:
    """One message being answered by one agent: everything `respond` needs.

    `history` is the user's recent messages in and out, oldest first, each a dict with `role`
    (`user` or `assistant`), `text`, `agent` and `timestamp`. `stream(delta)` sends a piece of
    the reply to the client at once (the final reply text must still be returned in full).
    `llm` is None when no model is configured. Use `await turn.call_tool(name, **args)` to run
    one of the agent's tools with validation, error handling and recording.
    """

    message: str
    message_id: str
    user_id: str
    agent: Agent
    routing: RoutingDecision
    history: list[dict[str, Any]]
    profile: dict[str, Any]
    store: UserStore
    tools: dict[str, Tool]
    stream: StreamCallback
    llm: LLM | None
    registry: Any
    tool_calls: list[dict[str, Any]] = Factory(list)

    async def call_tool(self, tool_name: str, /, **arguments: Any) -> Any:
        """Run one of this agent's tools; returns its result or `{"error": message}`.

        `tool_name` is positional-only so a tool may take an argument called `name`."""
        from host.tools import run_tool  # host.tools imports this module

        return await run_tool(self, tool_name, arguments)


@frozen
class Inbound:
    """A message that arrived on some transport, on its way to the dispatcher."""

    user_id: str
    text: str
    message_id: str
    transport: str = "websocket"
    timestamp: str | None = None


class ReplySink(Protocol):
    """Where the dispatcher sends the frames of one reply (`host.protocol` server frames).

    A transport turns them into its own wire format. `send` must not raise when the peer has
    gone away: the turn is stored regardless.
    """

    async def send(self, frame: Any) -> None: ...
