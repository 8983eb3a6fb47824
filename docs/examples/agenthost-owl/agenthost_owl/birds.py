"""What Owl knows: a few birds, and the `bird_fact` tool that reads them."""

from __future__ import annotations

from host import Tool, ToolContext, ToolError

BIRDS = {
    "robin": "Robins are among the first birds to sing at dawn.",
    "owl": "Owls cannot move their eyes; they turn their heads up to 270 degrees instead.",
    "penguin": "Penguins drink sea water; a gland above their eyes filters out the salt.",
    "hummingbird": "A hummingbird's heart can beat over 1,200 times a minute.",
}


def bird_fact(context: ToolContext, bird: str) -> dict[str, str]:
    """One fact about a bird Owl knows; a ToolError (shown to the caller) for any other."""
    fact = BIRDS.get(bird.lower().rstrip("s"))
    if fact is None:
        raise ToolError(f"I know no facts about {bird!r}; try one of {sorted(BIRDS)}")
    return {"bird": bird, "fact": fact}


BIRD_FACT = Tool(
    name="bird_fact",
    description="A fact about one bird",
    parameters={"type": "object", "properties": {"bird": {"type": "string"}}, "required": ["bird"]},
    function=bird_fact,
    agent="owl",
)
