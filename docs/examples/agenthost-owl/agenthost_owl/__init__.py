"""Owl 🦉: an agenthost agent that answers questions about birds."""

from __future__ import annotations

import re
from collections.abc import Callable

from host import Agent, ClassifyContext, Reply, Score, Tool, Turn, hookimpl

from agenthost_owl.birds import BIRD_FACT, BIRDS

OWL = Agent(
    name="owl",  # the id in routing scores, metadata.agent_id and history
    display_name="Owl",
    emoji="🦉",  # replies show "Owl 🦉"
    description="Answers questions about birds and birdwatching",  # the LLM router reads this
    system_prompt="You are Owl, a patient birdwatcher. Answer briefly; use bird_fact.",
    tools=("bird_fact",),
)
# Words only Owl should claim. Not "fly", "wing" or "egg": other agents and everyday
# sentences use them ("chicken wings", "two eggs"), and a high score on them would take
# those messages away from the agent they belong to.
BIRD_WORDS = {"bird", "birds", "birdwatching", "birdsong", "feathers", *BIRDS, *(b + "s" for b in BIRDS)}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


@hookimpl
def register_agents(register: Callable[[Agent], None]) -> None:
    register(OWL)


@hookimpl
def register_tools(register: Callable[[Tool], None]) -> None:
    register(BIRD_FACT)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    hits = sorted(BIRD_WORDS.intersection(words(message)))
    return Score("owl", 0.8 if hits else 0.0, ", ".join(hits))


@hookimpl
async def respond(turn: Turn) -> Reply:
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    bird = next((w for w in words(turn.message) if w.rstrip("s") in BIRDS), None)
    if bird is None:
        return Reply(f"Hoot! Ask me about one of these birds: {', '.join(sorted(BIRDS))}.")
    result = await turn.call_tool("bird_fact", bird=bird)
    return Reply(f"Hoot! {result['fact']}")
