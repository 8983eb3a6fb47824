"""The `capabilities` tool: the agents enabled right now, read from the host's registry.

It reads the registry on every call rather than a fixed list, so an agent from a plugin
installed after this one was written shows up as soon as the host loads it.
"""

from __future__ import annotations

from typing import Any

from host.types import RegistryView, Tool, ToolContext

from agenthost_general.agent import NAME

PARAMETERS: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


def describe_agents(registry: RegistryView) -> list[dict[str, Any]]:
    """Each enabled agent with its label, description and tools, in registration order."""
    return [
        {
            "name": agent.name,
            "label": agent.label,
            "display_name": agent.display_name,
            "emoji": agent.emoji,
            "description": agent.description,
            "tools": [{"name": tool.name, "description": tool.description} for tool in registry.tools_for(agent).values()],
        }
        for agent in registry.agents.values()
    ]


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
