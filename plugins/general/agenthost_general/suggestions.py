"""Which specialist agent a message General cannot answer probably belongs to.

Helios and Ceres get a small vocabulary each; any other agent (a plugin installed later) is
matched on the longer words of its own description, so it can be suggested too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from host.types import Agent

from agenthost_general.agent import NAME

HINTS: dict[str, frozenset[str]] = {
    "helios": frozenset(
        "workout workouts exercise exercises gym run running runner jog jogging train training muscle "
        "muscles cardio fitness strength stretch stretching yoga lift lifting squat squats pushups "
        "marathon 5k 10k steps sport sports abs bench deadlift hiit swim swimming cycling pushup pushups situps plank "
        "cardio reps sets injury sore soreness overload progressive split splits recovery warm warmup cooldown pace "
        "mile miles km plan routine lifting weights gains bulk".split()
    ),
    "ceres": frozenset(
        "food foods eat eating meal meals diet dieting calorie calories protein carbs carb recipe "
        "recipes nutrition breakfast lunch dinner snack snacks vegan vegetarian vitamin vitamins "
        "sugar fat fats hungry cook cooking fruit vegetables veggies fibre fiber keto drink water hydration hydrated "
        "caffeine coffee allergy allergic gluten lactose supplement supplements lose losing gain weight fibre minerals "
        "nutrients creatine snack meal prep kcal macros sodium salt burger cheeseburger pizza fries chips sandwich "
        "pasta rice bread milk cheese egg eggs chocolate cake biscuits cookies cereal oats yogurt juice soda "
        # nutrients asked about by name ("how much iron do I need? my periods are heavy")
        "iron calcium zinc iodine magnesium potassium folate folic b12 omega selenium nutrient".split()
    ),
}
# A message each specialist answers well, to offer as the next thing to say. Each must route to
# that agent on its own words (tests/test_general_suggestions.py checks it with the real router).
EXAMPLES: dict[str, str] = {
    "helios": "I want to start working out",
    "ceres": "what should I eat for breakfast?",
}
STOPWORDS = frozenset(
    "about agent anything answers asked based between everything questions their there these things "
    "which while would other others should could where what when your yours with from that this have".split()
)


def words(text: str) -> set[str]:
    """The lower-case words of `text`."""
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _description_words(agent: Agent) -> set[str]:
    return {w for w in words(agent.description) if len(w) >= 5 and w not in STOPWORDS}


def suggest_agents(message: str, registry: Any, scores: Mapping[str, float] | None = None) -> list[Agent]:
    """The enabled agents (never General) whose subject the message touches, best first: by the
    score each one's own `classify` gave the message (`scores`, from the routing decision), then
    by the words it shares with the agent's hints and description."""
    said = words(message)
    scores = scores or {}
    ranked = []
    for agent in (getattr(registry, "agents", None) or {}).values():
        if agent.name == NAME:
            continue
        vocabulary = HINTS.get(agent.name, frozenset()) | _description_words(agent)
        overlap = len(said & vocabulary)
        score = float(scores.get(agent.name) or 0.0)
        if overlap or score > 0:
            ranked.append((score, overlap, agent))
    ranked.sort(key=lambda item: (-item[0], -item[1]))
    return [agent for _, _, agent in ranked]
