"""agenthost: a plugin-based, multi-agent chat server.

A plugin writes `from host import hookimpl` and implements hooks from `host.hookspecs`.
"""

from host.hookspecs import hookimpl
from host.types import (
    Agent,
    ClassifyContext,
    Inbound,
    Reply,
    ReplySink,
    RoutingDecision,
    Score,
    Tool,
    ToolContext,
    ToolError,
    Turn,
)

__version__ = "0.1.0"

__all__ = [
    "Agent",
    "ClassifyContext",
    "Inbound",
    "Reply",
    "ReplySink",
    "RoutingDecision",
    "Score",
    "Tool",
    "ToolContext",
    "ToolError",
    "Turn",
    "__version__",
    "hookimpl",
]
