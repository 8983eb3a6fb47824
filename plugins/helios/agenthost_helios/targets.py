"""Which logged workouts a correction or a removal names.

"oops squats were 5 sets not 4" after logging squats, RDLs and a bike ride is about the squats,
and "take the stretching off" is about the stretching: never the last item logged because it
was last. Each activity or exercise the message names is matched against the recent workouts'
own names (the exercise, the user's label such as "Squats" or "HIIT", the activity), the ones
of the last log first. When the message names something that is in none of them, the caller
says so instead of changing another entry.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen

from agenthost_helios import entries

# Words too general to tell two workouts apart ("the session", "my workout")
_GENERIC = frozenset({
    "workout", "workouts", "session", "training", "exercise", "exercises", "weights", "weight", "lifting", "lift",
    "strength", "circuit", "class", "body", "day", "general",
})


@frozen
class Named:
    """One thing a message names: the exercise (if any), the activity and the words used."""

    exercise_id: str | None
    activity_id: str
    words: frozenset[str]


def named(message: str) -> list[Named]:
    """The activities and exercises `message` names, an unnamed "workout" left out."""
    text = entries.canonical(message)
    found = []
    for mention in entries.mentions(text):
        if mention.activity.id == "general_exercise" and mention.exercise is None:
            continue
        found.append(Named(
            mention.exercise.id if mention.exercise else None,
            mention.activity.id,
            _stems(mention.words or text[mention.start : mention.end]),
        ))
    return found


def _stems(words: str) -> frozenset[str]:
    """Content words, a plural 's' dropped: "squats" and "Goblet squat" share "squat"."""
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in re.findall(r"[a-z]+", words.lower())
        if w not in _GENERIC and len(w) > 2
    )


def _names_of(workout: dict[str, Any]) -> list[Named]:
    """What a logged workout is called, read as a message would be (its exercise, label, activity)."""
    found: list[Named] = []
    for name in (workout.get("exercise"), workout.get("label"), workout.get("activity_name")):
        if isinstance(name, str) and name:
            found.extend(named(name))
            found.append(Named(None, str(workout.get("activity") or ""), _stems(name)))
    return found


def _same(asked: Named, workout: dict[str, Any]) -> int:
    """How well a workout fits what was named: 3 the same exercise, 2 a shared word of its name
    ("squats" and "Goblet squat"), 1 the same activity when no exercise was named, 0 not it."""
    names = _names_of(workout)
    if asked.exercise_id is not None and any(n.exercise_id == asked.exercise_id for n in names):
        return 3
    if asked.words and any(asked.words & n.words for n in names):
        return 2
    if asked.exercise_id is None and any(n.activity_id == asked.activity_id for n in names if n.activity_id):
        return 1
    return 0


def matching(message: str, workouts: list[dict[str, Any]], last_logged: list[str]) -> list[dict[str, Any]] | None:
    """The workouts `message` names, best fit first for each thing named; None when it names
    none (then "delete that" means the last log); [] when it names something not among
    `workouts`. The last log's entries (`last_logged` ids) win over older ones."""
    asked = named(message)
    if not asked:
        return None
    ordered = sorted(workouts, key=lambda w: w.get("id") not in last_logged)  # stable: newest first otherwise
    chosen: list[dict[str, Any]] = []
    for thing in asked:
        scored = [(score, w) for w in ordered if (score := _same(thing, w)) and w not in chosen]
        if scored:
            best = max(score for score, _ in scored)
            chosen.append(next(w for score, w in scored if score == best))
    return chosen


def describe(message: str) -> str:
    """What the message named, for "I couldn't find the stretching in your log"."""
    text = entries.canonical(message)
    words = [m.words or text[m.start : m.end] for m in entries.mentions(text)]
    return " or ".join(dict.fromkeys(w for w in words if w)) or "that"
