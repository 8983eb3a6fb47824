"""The public types that plugins receive from and return to the host.

Everything here is plain attrs classes: a plugin author reads this file and knows what an
`Agent`, a `Score`, a `Tool`, a `Turn` and a `Reply` hold.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

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


class RegistryView(Protocol):
    """What a plugin may read of everything registered (`turn.registry`, `context.registry`)."""

    @property
    def agents(self) -> Mapping[str, Agent]: ...

    @property
    def tools(self) -> Mapping[str, Tool]: ...

    def tools_for(self, agent: Agent) -> dict[str, Tool]:
        """The tools `agent` may use: its own, plus any other agent's it names in `Agent.tools`."""
        ...


class Dispatch(Protocol):
    """What a transport's `start(dispatcher)` receives: where to hand messages."""

    @property
    def config(self) -> Any:
        """The app's `host.config.Config` (`config.plugin_settings(name)` for your table)."""
        ...

    def submit(self, inbound: Inbound, sink: ReplySink) -> Awaitable[None]:
        """Queue `inbound`; the awaitable completes once its final frame was sent to `sink`."""
        ...


@runtime_checkable
class Transport(Protocol):
    """A way in and out of the host besides the built-in socket (`register_transports`)."""

    name: str

    async def start(self, dispatcher: Dispatch) -> None:
        """Begin carrying messages: called once the app runs. Raise to be marked failed."""
        ...

    async def stop(self) -> None:
        """Finish replies in flight (within the grace period) and release connections."""
        ...

    def status(self) -> dict[str, Any]:
        """What `/health` shows under `transports`: JSON-serialisable, no credentials."""
        ...


@frozen
class ToolContext:
    """What a tool function receives as its first argument: whose data it works on."""

    user_id: str
    store: UserStore
    registry: RegistryView


ToolFunction = Callable[..., Any]


@frozen
class Tool:
    """A function an agent can use, described for the LLM by a JSON schema.

    `function(context: ToolContext, **arguments)` returns a JSON-serialisable value (or an
    awaitable of one) and raises `ToolError` for bad arguments. The host validates the
    arguments against `parameters` before calling it. `agent` names the agent that owns it.
    `side_effects=True` marks a tool that changes something (logs a meal, saves a fact): within
    one turn it runs at most once, so the offline answer after a model failure reuses its
    result instead of doing it again.
    """

    name: str
    description: str
    parameters: Mapping[str, Any]
    function: ToolFunction
    agent: str
    plugin: str | None = None
    side_effects: bool = False


@frozen
class ClassifyContext:
    """What a `classify` hook may look at besides the message text."""

    user_id: str
    history: list[dict[str, Any]]
    profile: dict[str, Any]
    last_agent: str | None = None


@frozen
class ScreenContext:
    """What a `screen` hook may look at besides the message: recent history (the guard keeps
    a flag for a few turns by reading the `safety` of its own earlier answers), the profile
    and the transport the message came in on."""

    user_id: str
    history: list[dict[str, Any]]
    profile: dict[str, Any]
    transport: str = "websocket"


SEVERITIES = ("advise", "support", "urgent", "emergency")  # least to most severe


@frozen
class Intervention:
    """What a `screen` hook found in a message.

    `category` (e.g. `cardiac`, `eating_disorder`, `self_harm`, `pregnancy`) and `severity`
    (one of `SEVERITIES`) say what and how bad; `rule_id` which rule fired (logged, never the
    text). `action` is `answer` (the host sends `reply` itself, before any routing, with
    routing method `safety`) or `preface` (the message is routed as usual and the chosen agent
    sees this intervention as `turn.safety`; `note` is added to the model's instructions).
    """

    category: str
    severity: str
    rule_id: str
    action: str = "answer"
    reply: str | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"Intervention.severity must be one of {SEVERITIES}, not {self.severity!r}")
        if self.action not in ("answer", "preface"):
            raise ValueError(f"Intervention.action must be 'answer' or 'preface', not {self.action!r}")
        if self.action == "answer" and not (self.reply and self.reply.strip()):
            raise ValueError("an Intervention with action 'answer' needs the reply text")

    @property
    def rank(self) -> int:
        """How severe, for picking the worst of several: 0 (advise) to 3 (emergency)."""
        return SEVERITIES.index(self.severity)

    def to_wire(self) -> dict[str, str]:
        """What the reply frame's metadata and the history record carry (never the message)."""
        return {"category": self.category, "severity": self.severity, "rule_id": self.rule_id, "action": self.action}


@frozen
class RoutingDecision:
    """The router's choice: the agent, how sure it is, how it decided and every score it saw."""

    agent: str
    confidence: float
    method: str  # "safety", "mention", "keywords", "llm", "memory" or "fallback"
    scores: dict[str, float]
    reasons: dict[str, str] = Factory(dict)
    message: str | None = None  # the text the agent reads, when routing changed it (a mention taken off)

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
    one of the agent's tools with validation, error handling and recording. `safety` is set
    when the safety guard flagged this conversation but let it through (e.g. no diet plans for
    a few turns after an eating-disorder red flag): respect it. `tool_calls` lists the tools
    already run in this turn, including by a model attempt that failed before this offline one.
    `instructions` are the client's system messages (from `/v1`), which `turn.llm` passes on.
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
    registry: RegistryView
    tool_calls: list[dict[str, Any]] = Factory(list)
    safety: Intervention | None = None
    instructions: tuple[str, ...] = ()
    # Side-effect tools still running (a deadline may cancel the model's attempt mid-call),
    # and which of the model's results this attempt has reused: see `host.tools.run_tool`.
    running_tools: set[asyncio.Future[Any]] = field(factory=set, init=False, repr=False, eq=False)
    reused_calls: set[int] = field(factory=set, init=False, repr=False, eq=False)

    async def call_tool(self, tool_name: str, /, **arguments: Any) -> Any:
        """Run one of this agent's tools; returns its result or `{"error": message}`.

        `tool_name` is positional-only so a tool may take an argument called `name`."""
        from host.tools import run_tool  # host.tools imports this module

        return await run_tool(self, tool_name, arguments)

    async def settle_tools(self, timeout: float) -> None:
        """Wait (at most `timeout` seconds) for side-effect tools still running, so what they
        did is in `tool_calls` before anything else is tried."""
        if self.running_tools:
            await asyncio.wait(set(self.running_tools), timeout=timeout)


@frozen
class Inbound:
    """A message that arrived on some transport, on its way to the dispatcher.

    A transport may say more than the text: `agent` names the agent the user picked outside
    the message (the `/v1` model `agenthost-ceres`), routed as if the message were addressed
    to it (method `mention`; the safety guard still screens it first). `conversation` names
    one conversation of the user's (a chat UI's chat): memory is read from that conversation
    alone. `instructions` are the client's own system messages, which a model reply follows
    after the agent's system prompt.
    """

    user_id: str
    text: str
    message_id: str
    transport: str = "websocket"
    timestamp: str | None = None
    agent: str | None = None
    conversation: str | None = None
    instructions: tuple[str, ...] = field(default=(), converter=tuple)


class ReplySink(Protocol):
    """Where the dispatcher sends the frames of one reply (`host.protocol` server frames).

    A transport turns them into its own wire format. `send` must not raise when the peer has
    gone away: the turn is stored regardless.
    """

    async def send(self, frame: Any) -> None: ...
