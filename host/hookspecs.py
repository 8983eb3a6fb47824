"""Every hook agenthost offers, in one place.

Plugins implement these with `@hookimpl` (from `host`). Hooks are called with keyword
arguments, so an implementation may accept fewer arguments than the spec. pluggy has no async
support: where a hook may return an awaitable, the host awaits it (`host.utils.await_me_maybe`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pluggy
from aiohttp import web

from host.types import Agent, ClassifyContext, Intervention, Reply, Score, ScreenContext, Tool, Transport, Turn

hookspec = pluggy.HookspecMarker("agenthost")
hookimpl = pluggy.HookimplMarker("agenthost")


@hookspec
def register_agents(register: Callable[[Agent], None]) -> None:
    """Register the agents this plugin offers: call `register(Agent(...))` once for each."""


@hookspec
def register_tools(register: Callable[[Tool], None]) -> None:
    """Register tools (a name, a description, a JSON schema and a function) owned by an agent."""


@hookspec
def register_transports(register: Callable[[Transport], None]) -> None:
    """Register transports (`host.Transport`: a `name`, `async start(dispatcher)`, `async
    stop()` and `status() -> dict`), which carry messages between an outside wire and the
    dispatcher."""


@hookspec
def register_routes(register: Callable[..., None]) -> None:
    """Register HTTP routes: `register(method, path, handler, access="admin")` with an aiohttp
    handler. `access` is who may call it when auth is on: `public`, `user` (the token's user
    must be the path's `{user_id}`, or an admin) or `admin` (the default: a route is closed
    unless its plugin opens it). A handler reaches the app (and so the dispatcher, storage
    and config) as `request.app`."""


@hookspec
def screen(message: str, context: ScreenContext) -> Intervention | list[Intervention] | None | Awaitable[Intervention | list[Intervention] | None]:
    """Look at every message before it is routed, from any transport, with or without a model.

    Return an `Intervention` (or several) for a red flag, None otherwise. Every plugin is
    asked and the most severe answer wins: `action="answer"` replies at once with routing
    method `safety` (no agent is called); `action="preface"` routes as usual and the agent
    sees it as `turn.safety`. A screen that raises is logged and skipped (the others still
    run). The built-in guard (`host.safety`) is a plugin of this hook, replaceable like any."""


@hookspec
def classify(message: str, context: ClassifyContext) -> Score | list[Score] | None:
    """Score the agents this plugin owns for `message`, 0.0 to 1.0, with a reason.

    Every enabled plugin is asked; the router sees all the scores. Return None to abstain."""


@hookspec
def respond(turn: Turn) -> Reply | str | Awaitable[Reply | str]:
    """Answer `turn.message` as `turn.agent`. Called only on the plugin that owns that agent.

    Return a `Reply` (or plain text), or an awaitable of one. With `turn.llm` set, return
    `await turn.llm.reply(turn)` to let the model answer; if the model fails, the host calls
    `respond` again with `turn.llm = None`, so the same code gives the offline answer."""


@hookspec
def startup(app: web.Application) -> None | Awaitable[None]:
    """Called once when the server starts, after every plugin is registered."""


@hookspec
def shutdown(app: web.Application) -> None | Awaitable[None]:
    """Called once when the server stops, before storage is flushed."""
