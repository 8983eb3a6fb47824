"""Ceres 🥗: the agenthost nutritionist.

Logs meals from plain words against a bundled USDA FoodData Central table, sums the day against
the user's calorie target, suggests meals that fit their diet and allergies, looks foods up and
remembers diet preferences in the shared profile. With a model configured the model answers
(using the same tools); without one, `replies.offline_reply` does.
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
    """Register log_meal, daily_summary, suggest_meals, lookup_food and set_diet_preferences."""
    for tool in TOOLS:
        register(tool)


@hookimpl
async def respond(turn: Turn) -> Reply:
    """Answer as Ceres: through the model when one is configured, else from tools and data."""
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    return await offline_reply(turn)
