"""agenthost: a plugin-based, multi-agent chat server.

A plugin writes `from host import hookimpl` and implements hooks from `host.hookspecs`; the
types it receives and returns are importable from here, documented in `host/types.py`.
"""

from host.clock import now
from host.hookspecs import hookimpl
from host.types import (
    Agent,
    ClassifyContext,
    Dispatch,
    Inbound,
    Intervention,
    RegistryView,
    Reply,
    ReplySink,
    RoutingDecision,
    Score,
    ScreenContext,
    Tool,
    ToolContext,
    ToolError,
    Transport,
    Turn,
)

__version__ = "0.1.0"

__all__ = [
    "Agent",
    "ClassifyContext",
    "Dispatch",
    "Inbound",
    "Intervention",
    "RegistryView",
    "Reply",
    "ReplySink",
    "RoutingDecision",
    "Score",
    "ScreenContext",
    "Tool",
    "ToolContext",
    "ToolError",
    "Transport",
    "Turn",
    "__version__",
    "hookimpl",
    "now",
]
