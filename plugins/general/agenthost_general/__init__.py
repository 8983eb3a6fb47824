"""General 🤖: the agenthost concierge, for everything that is not fitness or nutrition.

It greets, says which agents are enabled, keeps the user's profile (from one sentence, metric
or imperial), answers everyday well-being questions from a curated, sourced set, keeps notes,
tells the time and does arithmetic. With a model configured the model
answers (using the same tools); without one, `offline.offline_reply` does.
"""

from __future__ import annotations

from collections.abc import Callable

from host import Agent, Reply, Tool, Turn, hookimpl

from agenthost_general import capabilities, notes, profile, wellbeing
from agenthost_general.agent import AGENT
from agenthost_general.offline import offline_reply
from agenthost_general.routing import classify  # noqa: F401  (the classify hookimpl lives here)

TOOLS: tuple[Tool, ...] = (capabilities.TOOL, profile.REMEMBER, profile.FORGET, *notes.TOOLS, wellbeing.TOOL)


@hookimpl
def register_agents(register: Callable[[Agent], None]) -> None:
    """Register General."""
    register(AGENT)


@hookimpl
def register_tools(register: Callable[[Tool], None]) -> None:
    """Register `capabilities`, `remember`, `forget`, the notes tools and `everyday_advice`."""
    for tool in TOOLS:
        register(tool)


@hookimpl
async def respond(turn: Turn) -> Reply:
    """Answer as General: through the model when one is configured, else from tools and data."""
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    return await offline_reply(turn)
