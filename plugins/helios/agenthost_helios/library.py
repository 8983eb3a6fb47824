"""The exercise library (`data/exercises.json`): lookups by name, muscle and equipment."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from attrs import frozen

from agenthost_helios.text import normalise, phrase_pattern

LEVELS = ("beginner", "intermediate", "advanced")
EQUIPMENT = (
    "none",
    "dumbbells",
    "barbell",
    "kettlebell",
    "resistance_band",
    "pull_up_bar",
    "bench",
    "machine",
    "cable",
    "jump_rope",
    "stationary_bike",
    "rower",
    "treadmill",
    "full_gym",
)
FULL_GYM = frozenset(EQUIPMENT) - {"full_gym"}

# Everyday words for muscle groups -> the muscle names the library uses.
MUSCLE_GROUPS: dict[str, tuple[str, ...]] = {
    "back": ("lats", "upper_back", "lower_back", "traps", "rear_delts"),
    "upper back": ("upper_back", "traps", "rear_delts"),
    "lower back": ("lower_back",),
    "lats": ("lats",),
    "chest": ("chest",),
    "pecs": ("chest",),
    "shoulders": ("shoulders", "rear_delts"),
    "delts": ("shoulders", "rear_delts"),
    "arms": ("biceps", "triceps", "forearms"),
    "biceps": ("biceps",),
    "bicep": ("biceps",),
    "triceps": ("triceps",),
    "tricep": ("triceps",),
    "forearms": ("forearms",),
    "grip": ("forearms",),
    "legs": ("quads", "hamstrings", "glutes", "calves", "adductors"),
    "leg": ("quads", "hamstrings", "glutes", "calves", "adductors"),
    "quads": ("quads",),
    "thighs": ("quads", "hamstrings", "adductors"),
    "hamstrings": ("hamstrings",),
    "hamstring": ("hamstrings",),
    "glutes": ("glutes",),
    "glute": ("glutes",),
    "butt": ("glutes",),
    "bum": ("glutes",),
    "booty": ("glutes",),
    "hips": ("glutes", "hip_flexors", "adductors"),
    "hip flexors": ("hip_flexors",),
    "calves": ("calves",),
    "calf": ("calves",),
    "abs": ("core", "obliques"),
    "core": ("core", "obliques"),
    "stomach": ("core", "obliques"),
    "obliques": ("obliques",),
    "traps": ("traps",),
    "posture": ("upper_back", "rear_delts", "core"),
}


@frozen
class Exercise:
    """One exercise: what it trains, what it needs, and how to do it well."""

    id: str
    name: str
    aliases: tuple[str, ...]
    muscles: tuple[str, ...]
    equipment: tuple[str, ...]  # every item needed; "a|b" means a or b
    level: str
    category: str
    patterns: tuple[str, ...]
    unit: str  # "reps" or "seconds"
    per_side: bool
    cues: tuple[str, ...]

    @property
    def level_rank(self) -> int:
        return LEVELS.index(self.level)

    def allowed(self, available: Iterable[str]) -> bool:
        """True when the equipment in `available` covers every item this exercise needs."""
        have = expand_equipment(available)
        return all(any(option in have for option in need.split("|")) for need in self.equipment)

    def equipment_text(self) -> str:
        """The equipment in words, e.g. `dumbbells or kettlebell + bench`, or `no equipment`."""
        if not self.equipment:
            return "no equipment"
        return " + ".join(need.replace("_", " ").replace("|", " or ") for need in self.equipment)


def expand_equipment(available: Iterable[str]) -> set[str]:
    """The equipment set with `none` always present and `full_gym` meaning everything."""
    have = set(available) | {"none"}
    if "full_gym" in have:
        have |= FULL_GYM
    return have


@cache
def exercises() -> tuple[Exercise, ...]:
    """Every exercise in the library, in file order."""
    text = resources.files("agenthost_helios").joinpath("data/exercises.json").read_text("utf-8")
    return tuple(
        Exercise(
            id=raw["id"],
            name=raw["name"],
            aliases=tuple(raw["aliases"]),
            muscles=tuple(raw["muscles"]),
            equipment=tuple(raw["equipment"]),
            level=raw["level"],
            category=raw["category"],
            patterns=tuple(raw["patterns"]),
            unit=raw["unit"],
            per_side=bool(raw["per_side"]),
            cues=tuple(raw["cues"]),
        )
        for raw in json.loads(text)["exercises"]
    )


@cache
def _by_phrase() -> dict[str, Exercise]:
    table: dict[str, Exercise] = {}
    for exercise in exercises():
        for phrase in (exercise.id, exercise.name, *exercise.aliases):
            table.setdefault(normalise(phrase), exercise)
    return table


@cache
def _pattern() -> re.Pattern[str]:
    return phrase_pattern(_by_phrase())


def pattern() -> re.Pattern[str]:
    """The regex finding any name or alias (on `text.normalise`d text), longest first."""
    return _pattern()


def by_phrase(phrase: str) -> Exercise:
    """The exercise a matched name or alias stands for (KeyError if none)."""
    return _by_phrase()[phrase]


@cache
def _muscle_pattern() -> re.Pattern[str]:
    return phrase_pattern(MUSCLE_GROUPS)


def by_id(exercise_id: str) -> Exercise:
    """The exercise with this id (raises KeyError if there is none)."""
    for exercise in exercises():
        if exercise.id == exercise_id:
            return exercise
    raise KeyError(exercise_id)


def exercise_in_text(text: str) -> Exercise | None:
    """The longest exercise name or alias mentioned in free text, or None."""
    found = [m.group(0) for m in _pattern().finditer(normalise(text))]
    if not found:
        return None
    return _by_phrase()[max(found, key=len)]


# "back at the gym", "back to running", "get back into it": not the muscle group
NOT_THE_BACK = re.compile(
    r"\b(back (at|in|to|from|into|again|home|on|now|off|up|then|when|after|later|around)|(get|got|getting|come|came|"
    r"coming|going|go|went|be|was|i'?m|im) back|way back|back then|(there|work|home|school|town|the shops) and back)\b"
)


def muscles_in_text(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The first muscle group named in free text and the library muscles it stands for."""
    match = _muscle_pattern().search(NOT_THE_BACK.sub(" ", normalise(text)))
    if not match:
        return None
    return match.group(0), MUSCLE_GROUPS[match.group(0)]


def for_muscles(
    muscles: Iterable[str], equipment: Iterable[str] | None = None, level: str = "advanced", limit: int = 6
) -> list[Exercise]:
    """Strength and core exercises for `muscles`, taking turns between them so a group such as
    "back" gets lats, upper-back and lower-back work. Within a muscle, exercises that target it
    first come first. `equipment` None means any equipment; otherwise only what it allows."""
    ceiling = LEVELS.index(level)
    usable = [
        e
        for e in exercises()
        if e.category in ("strength", "core", "plyometric")
        and e.level_rank <= ceiling
        and (equipment is None or e.allowed(equipment))
    ]
    queues = []
    for muscle in muscles:
        ranked = sorted((e.muscles.index(muscle), index, e) for index, e in enumerate(usable) if muscle in e.muscles)
        queues.append([e for _, _, e in ranked])
    chosen: list[Exercise] = []
    while len(chosen) < limit and any(queues):
        for queue in queues:
            while queue and queue[0] in chosen:
                queue.pop(0)
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
    return chosen


def related(exercise: Exercise, limit: int = 3) -> list[Exercise]:
    """Other exercises with the same main pattern (easier and harder options), excluding itself."""
    main = exercise.patterns[0]
    others = [e for e in exercises() if e.id != exercise.id and e.patterns and e.patterns[0] == main]
    others.sort(key=lambda e: (abs(e.level_rank - exercise.level_rank), e.level_rank))
    return others[:limit]
