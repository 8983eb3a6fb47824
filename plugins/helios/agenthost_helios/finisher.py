"""A short finisher from moves just talked about: "can you put a few of those into a 10 minute
finisher?" after alternatives to burpees is those moves as intervals (40 s on, 20 s off, one
move a minute), for the minutes asked."""

from __future__ import annotations

import re

from agenthost_helios import library
from agenthost_helios.library import Exercise

DEFAULT_MINUTES = 10
# Conditioning moves that need no kit, for when no moves were named before
DEFAULT_MOVES = ("mountain_climber", "jumping_jacks", "high_knees", "jump_squat")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def moves_in_reply(text: str) -> list[str]:
    """The ids of the exercises a reply listed in bold ("- **Mountain climbers** (...)")."""
    found: list[str] = []
    for name in _BOLD.findall(text):
        exercise = library.exercise_in_text(name.lower())
        if exercise is not None and exercise.id not in found:
            found.append(exercise.id)
    return found


# Seconds of work and of rest in each minute, by level
WORK_REST = {"easy": (30, 30), "standard": (40, 20), "hard": (45, 15)}


def build(move_ids: list[str], minutes: int | None, level: str = "standard") -> str:
    """The finisher as a reply: one move a minute, 40 s hard and 20 s easy (30/30 easier,
    45/15 harder), round the list."""
    work, rest = WORK_REST.get(level, WORK_REST["standard"])
    moves: list[Exercise] = []
    for move_id in [*move_ids, *DEFAULT_MOVES]:
        try:
            exercise = library.by_id(move_id)
        except KeyError:
            continue
        if exercise not in moves:
            moves.append(exercise)
    moves = moves[:4]
    total = int(min(30, max(4, minutes or DEFAULT_MINUTES)))
    rounds = total / len(moves)
    lines = [
        f"**{total}-minute finisher** 🔥 One move a minute: **{work} seconds hard, {rest} seconds easy**, going round the "
        f"list for {total} minutes ({rounds:g} rounds):",
        *(f"{i}. {m.name}: {m.cues[0]}" for i, m in enumerate(moves, 1)),
        ("Beginners: 30 seconds on, 30 off. " if level != "easy" else "")
        + "Keep the form sharp as you tire: slow down before it gets sloppy. "
        "Say “make it harder”, “make it easier” or “only 6 minutes” to change it.",
    ]
    return "\n".join(lines)
