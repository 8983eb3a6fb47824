"""What the plugins registered: agents, tools, transports and routes, each tagged with its plugin.

The host owns the `register` callbacks (as simonw/llm does), so it checks types, rejects a
duplicate name with an error naming both plugins, and knows who gave what. Registration runs
plugin by plugin: one that raises is marked failed and everything it registered is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from attrs import Factory, define, frozen

from host.plugins import PluginManager
from host.types import Agent, Tool, Transport

log = logging.getLogger(__name__)

ROUTE_ACCESS_LEVELS = ("public", "user", "admin")

@frozen
class Route:
    """An HTTP route a plugin added with `register_routes`; `access` says who may call it
    (`public`, `user` or `admin`, see host/access.py)."""

    method: str
    path: str
    handler: Callable[..., Awaitable[Any]]
    plugin: str
    access: str = "admin"


@define
class Registry:
    """Everything registered, by name."""

    agents: dict[str, Agent] = Factory(dict)
    tools: dict[str, Tool] = Factory(dict)
    transports: dict[str, Transport] = Factory(dict)
    transport_plugins: dict[str, str] = Factory(dict)
    routes: list[Route] = Factory(list)

    def tools_for(self, agent: Agent) -> dict[str, Tool]:
        """The tools `agent` may use, by name: its own, plus any other agent's that it names in
        `Agent.tools`. The one rule for this: the model's function list, `turn.tools` and the
        `capabilities` tool all come from here."""
        return {name: tool for name, tool in self.tools.items() if tool.agent == agent.name or name in agent.tools}

    def agent_summaries(self) -> list[dict[str, str]]:
        """The agents as the welcome frame and `GET /` describe them."""
        return [
            {"id": a.name, "name": a.display_name, "emoji": a.emoji, "label": a.label, "description": a.description}
            for a in self.agents.values()
        ]


class RegistrationError(Exception):
    """A plugin registered something invalid or a name another plugin already has."""


@define
class _Bundle:
    """What one plugin registered, before it is merged into the registry."""

    agents: list[Agent] = Factory(list)
    tools: list[Tool] = Factory(list)
    transports: list[Transport] = Factory(list)
    routes: list[Route] = Factory(list)


def _collect(pm: PluginManager, plugin: str) -> _Bundle:
    bundle = _Bundle()

    def register_agent(agent: Agent) -> None:
        if not isinstance(agent, Agent):
            raise RegistrationError(f"register_agents: expected an Agent, got {type(agent).__name__}")
        bundle.agents.append(attrs.evolve(agent, plugin=plugin))

    def register_tool(tool: Tool) -> None:
        if not isinstance(tool, Tool):
            raise RegistrationError(f"register_tools: expected a Tool, got {type(tool).__name__}")
        bundle.tools.append(attrs.evolve(tool, plugin=plugin))

    def register_transport(transport: Transport) -> None:
        for attribute in ("name", "start", "stop", "status"):
            if not hasattr(transport, attribute):
                raise RegistrationError(f"register_transports: transport has no '{attribute}' (see host.Transport)")
        bundle.transports.append(transport)

    def register_route(method: str, path: str, handler: Callable[..., Awaitable[Any]], *, access: str = "admin") -> None:
        if access not in ROUTE_ACCESS_LEVELS:
            raise RegistrationError(f"register_routes: access must be one of {', '.join(ROUTE_ACCESS_LEVELS)}, not {access!r}")
        bundle.routes.append(Route(method.upper(), path, handler, plugin, access))

    callbacks = {
        "register_agents": register_agent,
        "register_tools": register_tool,
        "register_transports": register_transport,
        "register_routes": register_route,
    }
    for hook_name, callback in callbacks.items():
        if plugin in pm.implementers(hook_name):
            pm.hook_of(hook_name, plugin)(register=callback)
    return bundle


def _merge(registry: Registry, bundle: _Bundle, plugin: str) -> None:
    """Add a plugin's bundle, or raise (adding nothing) if a name is taken."""
    for agent in bundle.agents:
        if agent.name in registry.agents:
            other = registry.agents[agent.name].plugin
            raise RegistrationError(f"agent {agent.name!r} is registered by both plugin {other!r} and plugin {plugin!r}")
    for tool in bundle.tools:
        if tool.name in registry.tools:
            other = registry.tools[tool.name].plugin
            raise RegistrationError(f"tool {tool.name!r} is registered by both plugin {other!r} and plugin {plugin!r}")
    for transport in bundle.transports:
        if transport.name in registry.transports:
            raise RegistrationError(f"transport {transport.name!r} is registered twice (plugin {plugin!r})")
    registry.agents.update({a.name: a for a in bundle.agents})
    registry.tools.update({t.name: t for t in bundle.tools})
    registry.transports.update({t.name: t for t in bundle.transports})
    registry.transport_plugins.update({t.name: plugin for t in bundle.transports})
    registry.routes.extend(bundle.routes)


def build_registry(pm: PluginManager) -> Registry:
    """Run every registration hook, plugin by plugin; a plugin that fails is marked failed."""
    registry = Registry()
    plugins = [name for name, plugin in pm.list_name_plugin() if plugin is not None]
    for name in plugins:
        try:
            _merge(registry, _collect(pm, name), name)
        except Exception as exc:
            pm.mark_failed(name, f"registration failed: {type(exc).__name__}: {exc}")
    for tool in list(registry.tools.values()):
        if tool.agent not in registry.agents:
            log.warning("tool %s (plugin %s) belongs to unknown agent %r; ignored", tool.name, tool.plugin, tool.agent)
            del registry.tools[tool.name]
    return registry
