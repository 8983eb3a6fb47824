"""Ceres 🥗: the agenthost nutritionist.

Logs meals from plain words (dishes and fast food from a sourced table, several foods and days
in one message), undoes and corrects them, sums days and weeks against the user's calorie
target, suggests meals that fit their diet, allergies and medical diets, looks foods up,
estimates energy and protein needs, and answers everyday questions from a curated, sourced
file. With a model configured the model answers (using the same tools); without one,
`replies.offline_reply` does. Both respect the safety guard's flag (`turn.safety`).
"""

from __future__ import annotations

from collections.abc import Callable

from host import Agent, Reply, Tool, Turn, hookimpl

from agenthost_ceres.agent import AGENT
from agenthost_ceres.replies import offline_reply
from agenthost_ceres.routing import classify  # noqa: F401  (the classify hookimpl lives here)
from agenthost_ceres.tools import TOOLS


@hookimpl
def register_agents(register: Callable[[Agent], None]) -> None:
    """Register Ceres."""
    register(AGENT)


@hookimpl
def register_tools(register: Callable[[Tool], None]) -> None:
    """Register Ceres' tools (see `tools.TOOLS`)."""
    for tool in TOOLS:
        register(tool)


@hookimpl
async def respond(turn: Turn) -> Reply:
    """Answer as Ceres: through the model when one is configured, else from tools and data."""
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    return await offline_reply(turn)
