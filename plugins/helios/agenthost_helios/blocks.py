"""The parts of a session's main work, sized to the time available: straight sets, circuits,
mobility holds and cardio blocks, with the exercise picked for each movement slot."""

from __future__ import annotations

from functools import cache
from typing import Any

from attrs import frozen

from agenthost_helios import library
from agenthost_helios.library import Exercise
from agenthost_helios.programs import CARDIO_CHOICES, COMPOUND, FALLBACK, HEAVY_EQUIPMENT, SLOTS

REP_SET_S = 40  # a set of 8-15 reps takes about this long
TRANSITION_S = 30  # setting up the next exercise
FINISHER_MAX_S = 30 * 60


@frozen
class Spec:
    """What a plan is for: the arguments of `build_plan`, with the equipment expanded."""

    goal: str
    level: str
    days: int
    minutes: int
    equipment: frozenset[str]
    focus: str | None = None  # a FOCUS_PATTERNS key: the muscle group trained first and most
    cardio: str | None = None  # a CARDIO_CHOICES key: what the cardio is done on
    avoid: frozenset[str] = frozenset()  # exercise ids never to use ("no burpees")
    swaps: tuple[tuple[str, str], ...] = ()  # (exercise id, its replacement id): "swap push-ups for something easier"
    split: str | None = None  # a programs.SPLITS key: the session kinds to cycle through

    @property
    def rank(self) -> int:
        return library.LEVELS.index(self.level)


def candidates(spec: Spec, pattern: str, used: set[str]) -> list[Exercise]:
    """Exercises that can fill `pattern`: not used yet, within the level, allowed by the equipment,
    with the user's swaps in place of what they replace and nothing they asked to avoid."""
    if not spec.avoid and not spec.swaps:
        return [e for e in _eligible(pattern, spec.rank, spec.equipment) if e.id not in used]
    swaps = dict(spec.swaps)
    found: list[Exercise] = []
    for exercise in _eligible(pattern, spec.rank, spec.equipment):
        if exercise.id in swaps:
            replacement = library.by_id(swaps[exercise.id])
            exercise = replacement if replacement.allowed(spec.equipment) else exercise
        if exercise.id in spec.avoid or exercise.id in used or exercise in found:
            continue
        found.append(exercise)
    return found


@cache
def _eligible(pattern: str, rank: int, equipment: frozenset[str]) -> tuple[Exercise, ...]:
    return tuple(
        e for e in library.exercises() if pattern in e.patterns and e.level_rank <= rank and e.allowed(equipment)
    )


def pick(spec: Spec, pattern: str, used: set[str], variant: int, prefer_loaded: bool = True) -> Exercise | None:
    """The best exercise for `pattern`, rotating among equally good ones by `variant`."""
    options = candidates(spec, pattern, used)
    if not options:
        fallback = FALLBACK.get(pattern)
        return pick(spec, fallback, used, variant, prefer_loaded) if fallback else None

    def score(e: Exercise) -> int:
        loaded = 2 if prefer_loaded and e.equipment else 0
        fits_level = 1 if spec.rank - e.level_rank <= 1 else 0
        primary = 1 if e.patterns[0] == pattern else 0
        return loaded + fits_level + primary

    best = max(score(e) for e in options)
    tier = [e for e in options if score(e) == best]
    return tier[variant % len(tier)]


def _hold_seconds(spec: Spec) -> int:
    return (30, 40, 60)[spec.rank]


def _role(pattern: str, position: int, extra: bool) -> str:
    """main (the session's first big lifts), secondary (other compound lifts) or accessory."""
    if extra or pattern not in COMPOUND:
        return "accessory"
    return "main" if position < 2 else "secondary"


def _prescription(spec: Spec, exercise: Exercise, role: str, kind: str) -> dict[str, Any]:
    """Sets, reps or seconds and rest for one exercise in straight sets."""
    r = spec.rank
    heavy = any(option in HEAVY_EQUIPMENT for need in exercise.equipment for option in need.split("|"))
    if kind == "strength_endurance" or spec.goal == "endurance":
        sets, reps, rest = (2, 3, 3)[r], "15-20", 45
    elif spec.goal == "strength" and role == "main":
        reps = ("8-10", "5-6", "3-5")[r] if heavy else ("8-12", "6-10", "6-10")[r]
        sets, rest = (3, 4, 5)[r], (90, 150, 180)[r] if heavy else (75, 90, 120)[r]
    elif spec.goal == "strength" and role == "secondary":
        sets, reps, rest = 3, ("8-12", "8-10", "6-8")[r], 90
    elif spec.goal == "strength":
        sets, reps, rest = 3, ("10-12", "10-12", "8-12")[r], 60
    elif role != "accessory":
        sets, reps, rest = (2, 3, 4)[r], ("10-12", "8-12", "8-12")[r], (60, 75, 90)[r]
    else:
        sets, reps, rest = (2, 3, 3)[r], "12-15", 45
    item: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "sets": sets,
        "reps": None,
        "seconds": None,
        "per_side": exercise.per_side,
        "rest_s": rest,
        "cue": exercise.cues[0],
    }
    if exercise.unit == "seconds":
        item["seconds"] = _hold_seconds(spec)
        item["rest_s"] = min(rest, 60)
    else:
        item["reps"] = reps
    return item


def _work_seconds(item: dict[str, Any]) -> int:
    work = item["seconds"] if item["seconds"] else REP_SET_S
    return work * (2 if item["per_side"] else 1)


def _cost(item: dict[str, Any]) -> int:
    return item["sets"] * (_work_seconds(item) + item["rest_s"]) + TRANSITION_S


def straight_sets(
    spec: Spec, kind: str, slots: tuple[str, ...], seconds: int, variant: int, ordinal: int
) -> list[dict[str, Any]]:
    """Sets of each slot's exercise; long sessions get a second, lighter pass with new exercises.

    When the first four slots (a balanced session) don't fit, every exercise loses a set."""
    for fewer_sets in (0, 1, 2):
        items, spent, covered = _fill_slots(spec, kind, slots, seconds, variant, fewer_sets)
        if covered >= min(4, len(slots)):
            break
    if len(items) < 2:
        # Too little time for straight sets: a short circuit gets more done.
        return circuit(spec, SLOTS["circuit"][variant % 3], seconds, variant, ordinal)
    blocks = [{"format": "sets", "minutes": spent // 60, "exercises": items}]
    leftover = seconds - spent
    if leftover >= 8 * 60:
        blocks.append(cardio(spec, "easy", min(leftover - 60, FINISHER_MAX_S), ordinal, finisher=True))
    return blocks


def _fill_slots(
    spec: Spec, kind: str, slots: tuple[str, ...], seconds: int, variant: int, fewer_sets: int
) -> tuple[list[dict[str, Any]], int, int]:
    """Exercises for the slots that fit in `seconds`; also how many of the leading slots got one."""
    used: set[str] = set()
    items: list[dict[str, Any]] = []
    spent = 0
    covered = 0
    for extra in (False, True):
        for position, pattern in enumerate(slots):
            exercise = pick(spec, pattern, used, variant)
            if exercise is None:
                continue
            item = _prescription(spec, exercise, _role(pattern, position, extra), kind)
            item["sets"] = max(2, item["sets"] - fewer_sets)
            if spent + _cost(item) > seconds:
                continue
            used.add(exercise.id)
            items.append(item)
            spent += _cost(item)
            if not extra and position == covered:
                covered += 1
    return items, spent, covered


def circuit(spec: Spec, slots: tuple[str, ...], seconds: int, variant: int, ordinal: int) -> list[dict[str, Any]]:
    """Stations of work/rest done back to back, repeated for as many rounds as fit."""
    work, rest = ((30, 30), (40, 20), (45, 15))[spec.rank]
    round_rest = 60
    blocks: list[dict[str, Any]] = []
    used: set[str] = set()
    left = seconds
    for circuit_index in range(2):
        block = _one_circuit(spec, slots, left, variant + circuit_index, used, work, rest, round_rest)
        if not block["exercises"]:
            break
        blocks.append(block)
        left -= block["minutes"] * 60 + (round_rest if circuit_index else 0)
        if left < 12 * 60:
            break
    if left >= 8 * 60:
        blocks.append(cardio(spec, "easy", min(left - 60, FINISHER_MAX_S), ordinal, finisher=True))
    return blocks


def _one_circuit(
    spec: Spec,
    slots: tuple[str, ...],
    seconds: int,
    variant: int,
    used: set[str],
    work: int,
    rest: int,
    round_rest: int,
) -> dict[str, Any]:
    exercises = []
    for pattern in slots:
        exercise = pick(spec, pattern, used, variant)
        if exercise is not None:
            used.add(exercise.id)
            exercises.append(exercise)
    station = work + rest
    best = (0, 0, 0)  # (seconds spent, stations, rounds)
    for stations in range(1, len(exercises) + 1):
        for rounds in range(1, 7):
            spent = rounds * stations * station + (rounds - 1) * round_rest
            if spent <= seconds and (spent, stations) > best[:2]:
                best = (spent, stations, rounds)
    spent, stations, rounds = best
    for extra in exercises[stations:]:
        used.discard(extra.id)
    return {
        "format": "circuit",
        "rounds": rounds,
        "work_s": work,
        "rest_s": rest,
        "round_rest_s": round_rest,
        "minutes": spent // 60,
        "exercises": [
            {"id": e.id, "name": e.name, "per_side": e.per_side, "cue": e.cues[0]} for e in exercises[:stations]
        ],
    }


def holds(spec: Spec, slots: tuple[str, ...], seconds: int, variant: int) -> dict[str, Any]:
    """Mobility drills and stretches held for time, plus a little core work, for two rounds."""
    hold = _hold_seconds(spec) + (15 if spec.goal == "flexibility" else 0)
    sets = 1 if seconds < 12 * 60 else 3 if seconds >= 60 * 60 else 2
    if seconds < 8 * 60:
        hold = min(hold, 40)
    used: set[str] = set()
    items: list[dict[str, Any]] = []
    spent = 0
    for round_index in range(3):
        for pattern in slots:
            exercise = pick(spec, pattern, used, variant + round_index, prefer_loaded=False)
            if exercise is None:
                continue
            item = {
                "id": exercise.id,
                "name": exercise.name,
                "sets": sets,
                "reps": None,
                "seconds": None,
                "per_side": exercise.per_side,
                "rest_s": 15,
                "cue": exercise.cues[0],
            }
            if exercise.unit == "seconds":
                item["seconds"] = hold
            else:
                item["reps"] = "8-10"
            if spent + _cost(item) > seconds:
                continue
            used.add(exercise.id)
            items.append(item)
            spent += _cost(item)
    return {"format": "holds", "minutes": spent // 60, "exercises": items}


def _modality(spec: Spec, kind: str, ordinal: int) -> str:
    """What to do the cardio on: the user's choice, else running/walking outdoors or a machine
    the user has."""
    if spec.cardio is not None:
        return CARDIO_CHOICES[spec.cardio]
    outdoor = "run/walk" if spec.level == "beginner" else "run"
    options = [outdoor]
    for machine, name in (("rower", "rowing machine"), ("stationary_bike", "bike"), ("treadmill", "treadmill")):
        if machine in spec.equipment:
            options.append(name)
    if kind == "intervals" and "jump_rope" in spec.equipment:
        options.append("jump rope")
    if spec.goal == "endurance":
        return outdoor if kind in ("long", "tempo") else options[ordinal % len(options)]
    if kind == "easy" and spec.level == "beginner":
        options[0] = "brisk walk"
    return options[ordinal % len(options)]


def cardio(spec: Spec, kind: str, seconds: int, ordinal: int, finisher: bool = False) -> dict[str, Any]:
    minutes = max(1, seconds // 60)
    modality = _modality(spec, kind, ordinal)
    if kind == "intervals":
        formats = (((1, 2), (1, 1)), ((3, 2), (2, 1), (1, 1)), ((4, 2), (3, 2), (2, 1), (1, 1)))[spec.rank]
        hard, easy = next((f for f in formats if minutes // sum(f) >= 3), formats[-1])
        reps = max(1, minutes // (hard + easy))
        minutes = reps * (hard + easy)
        if modality == "run/walk":
            text = f"{reps} × (jog {hard} min, walk {easy} min)"
        else:
            text = f"{reps} × ({hard} min hard {modality}, {easy} min easy): hard means only a few words at a time"
    elif kind == "tempo":
        easy = max(2, minutes // 4)
        steady = max(1, minutes - 2 * easy)
        text = (
            f"{easy} min easy, {steady} min steady {modality} at a comfortably hard pace "
            f"(short phrases only), {easy} min easy"
        )
    elif kind == "long":
        text = f"{minutes} min easy {modality}, conversational pace the whole way"
    else:
        label = "Finisher: " if finisher else ""
        text = f"{label}{minutes} min easy {modality} (you can talk in full sentences)"
    return {"format": "cardio", "kind": kind, "modality": modality, "minutes": minutes, "description": text}
