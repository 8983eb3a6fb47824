"""What every offline answer is made of, and how figures are written.

An `Answer` carries the text, the intent and slots a follow-up continues from, the reason
("why?" reads it back) and the example follow-ups shown at the end ("Try “and for dinner?”,
“why?”"). `Asked` is what a handler gets: the turn, the policy for this turn and the state.
"""

from __future__ import annotations

from typing import Any

from attrs import Factory, define, frozen

from host.types import Turn

from agenthost_ceres.dialog import DialogState
from agenthost_ceres.policy import Policy


@frozen
class Asked:
    """The turn being answered, what the answer may contain, and the last answer's state."""

    turn: Turn
    policy: Policy
    state: DialogState


@define
class Answer:
    """An answer's text, what a follow-up continues from, and what "why?" will say."""

    text: str
    intent: str
    slots: dict[str, Any] = Factory(dict)
    reason: str = ""
    examples: list[str] = Factory(list)
    metadata: dict[str, Any] = Factory(dict)


def with_examples(text: str, examples: list[str]) -> str:
    """The text with a last line of example follow-ups: Try “a”, “b” or “c”."""
    if not examples:
        return text
    quoted = [f"“{example}”" for example in examples]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"{text}\nTry {listed}."


def kcal(value: float) -> str:
    """ "1,234 kcal"."""
    return f"{round(value):,} kcal"




def grams(value: float) -> str:
    """Whole grams from 10 g up ("37 g"), one decimal below ("4.3 g", "0 g")."""
    return f"{value:.0f} g" if value >= 10 else f"{value:.1f} g".replace(".0 g", " g")


def listing(words: list[str]) -> str:
    """ "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def short_food(name: str) -> str:
    """ "egg, whole (raw or poached)" -> "egg"; "Big Mac (McDonald's)" -> "Big Mac"."""
    return str(name).split(",")[0].split("(")[0].strip()


def capital(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def plural(words: str) -> str:
    """ "sandwich" -> "sandwiches", "big mac" -> "big macs", "berry" -> "berries"."""
    head, _, last = words.rpartition(" ")
    if last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es" if not last.endswith("s") else ""
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()
