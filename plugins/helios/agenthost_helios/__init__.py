"""Helios 💪, the fitness coach plugin for agenthost.

Hooks: `register_agents` (Helios), `register_tools` (log_workout, delete_workout, correct_workout,
workout_history, make_plan,
set_goal), `respond` (the model when one is configured, else the offline coach) and
`classify` (from `agenthost_helios.routing`).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from host import Agent, Reply, Tool, Turn, hookimpl

from agenthost_helios import diet_beside
from agenthost_helios.agent import AGENT
from agenthost_helios.replies import offline_reply
from agenthost_helios.routing import classify  # noqa: F401
from agenthost_helios.tools import TOOLS

__all__ = ["classify", "register_agents", "register_tools", "respond"]


@hookimpl
def register_agents(register: Callable[[Agent], None]) -> None:
    """Register Helios."""
    register(AGENT)


@hookimpl
def register_tools(register: Callable[[Tool], None]) -> None:
    """Register Helios' tools: log, delete and correct workouts, the history, plans and goals."""
    for tool in TOOLS:
        register(tool)


@hookimpl
async def respond(turn: Turn) -> Reply:
    """Answer as Helios: through the model when configured, otherwise offline from tools and data.

    If the model fails, the host calls this again with `turn.llm = None`."""
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    if diet_beside.STATES_DIET.search(turn.message) and (passed := await diet_beside.pass_on(turn)):
        # "I'm coeliac and allergic to milk too. how should i structure my running week?": the
        # question answered, the diet kept by Ceres' tool
        reply = await offline_reply(attrs.evolve(turn, message=diet_beside.the_question(turn.message)))
        return attrs.evolve(reply, text=f"{reply.text}\n\n{passed}")
    return await offline_reply(turn)
