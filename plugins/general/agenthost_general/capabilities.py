"""The `capabilities` tool: the agents enabled right now, read from the host's registry.

It reads the registry on every call rather than a fixed list, so an agent from a plugin
installed after this one was written shows up as soon as the host loads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from host.types import Agent, Tool, ToolContext

from agenthost_general.agent import NAME

PARAMETERS: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


def _registered_tools(registry: Any) -> list[Tool]:
    """Every Tool in the registry, whether it keeps them as a dict or a list (or not at all)."""
    tools = getattr(registry, "tools", None) or {}
    values: Iterable[Any] = tools.values() if isinstance(tools, dict) else tools
    return [tool for tool in values if isinstance(tool, Tool)]


def describe_agents(registry: Any) -> list[dict[str, Any]]:
    """Each enabled agent with its label, description and tools, in registration order."""
    agents: dict[str, Agent] = dict(getattr(registry, "agents", None) or {})
    tools = _registered_tools(registry)
    described = []
    for agent in agents.values():
        owned = {tool.name: tool.description for tool in tools if tool.agent == agent.name}
        for name in agent.tools:
            owned.setdefault(name, "")
        described.append(
            {
                "name": agent.name,
                "label": agent.label,
                "display_name": agent.display_name,
                "emoji": agent.emoji,
                "description": agent.description,
                "tools": [{"name": name, "description": text} for name, text in owned.items()],
            }
        )
    return described


def capabilities(context: ToolContext) -> dict[str, Any]:
    """List the enabled agents, what each is for, and the tools each can use."""
    return {"agents": describe_agents(context.registry)}


TOOL = Tool(
    name="capabilities",
    description=(
        "List the agents that are enabled on this server right now: name, label, emoji, "
        "what each is for and the tools each can use. Use it to answer 'what can you do'."
    ),
    parameters=PARAMETERS,
    function=capabilities,
    agent=NAME,
)
