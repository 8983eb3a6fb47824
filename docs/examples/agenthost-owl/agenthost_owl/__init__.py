"""Owl 🦉: a minimal agenthost agent plugin, the one docs/writing_plugins.md walks through."""

from __future__ import annotations

import re

from host import Agent, ClassifyContext, Reply, Score, Tool, ToolContext, ToolError, Turn, hookimpl

BIRDS = {
    "robin": "Robins are among the first birds to sing at dawn.",
    "owl": "Owls cannot move their eyes; they turn their heads up to 270 degrees instead.",
    "penguin": "Penguins drink sea water; a gland above their eyes filters out the salt.",
    "hummingbird": "A hummingbird's heart can beat over 1,200 times a minute.",
}
WORDS = {"bird", "birds", "birdwatching", "feather", "feathers", "nest", *BIRDS, *(b + "s" for b in BIRDS)}


@hookimpl
def register_agents(register):
    register(
        Agent(
            name="owl",
            display_name="Owl",
            emoji="🦉",
            description="Answers questions about birds and birdwatching",
            system_prompt="You are Owl, a patient birdwatcher. Answer briefly; use bird_fact.",
            tools=("bird_fact",),
        )
    )


def bird_fact(context: ToolContext, bird: str) -> dict:
    """One fact about a bird the plugin knows."""
    fact = BIRDS.get(bird.lower().rstrip("s"))
    if fact is None:
        raise ToolError(f"I know no facts about {bird!r}; try one of {sorted(BIRDS)}")
    return {"bird": bird, "fact": fact}


@hookimpl
def register_tools(register):
    register(
        Tool(
            name="bird_fact",
            description="A fact about one bird",
            parameters={"type": "object", "properties": {"bird": {"type": "string"}}, "required": ["bird"]},
            function=bird_fact,
            agent="owl",
        )
    )


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    hits = sorted(WORDS & set(re.findall(r"[a-z]+", message.lower())))
    return Score("owl", 0.9 if hits else 0.0, ", ".join(hits))


@hookimpl
async def respond(turn: Turn) -> Reply:
    if turn.llm is not None:
        return await turn.llm.reply(turn)
    words = re.findall(r"[a-z]+", turn.message.lower())
    bird = next((w for w in words if w.rstrip("s") in BIRDS), None)
    if bird is None:
        return Reply(f"Hoot! Ask me about one of these birds: {', '.join(sorted(BIRDS))}.")
    result = await turn.call_tool("bird_fact", bird=bird)
    return Reply(f"Hoot! {result['fact']}")
