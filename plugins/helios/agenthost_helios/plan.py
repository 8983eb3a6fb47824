"""Weekly training plans built from the exercise library.

`build_plan` is pure: the same arguments give the same plan. A session is a warm-up, a main
part that fits the minutes (straight sets, a circuit, a cardio block or mobility holds, see
`blocks`) and a cool-down, using only exercises the equipment allows and the level suits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from agenthost_helios import blocks, library
from agenthost_helios.blocks import Spec, pick
from agenthost_helios.library import Exercise
from agenthost_helios.programs import (
    CARDIO_KINDS,
    FOCUS,
    GOALS,
    LETTERS,
    MAX_HARD_SESSIONS_BEGINNER,
    PROGRAMS,
    PROGRESSION,
    SLOTS,
    TITLES,
    TRAINING_DAYS,
    WEEKDAYS,
)

__all__ = ["GOALS", "WEEKDAYS", "build_plan"]


def build_plan(
    goal: str, level: str, days_per_week: int, minutes_per_session: int, equipment: Iterable[str]
) -> dict[str, Any]:
    """A weekly plan: schedule, sessions (warm-up, main work, cool-down), progression and notes."""
    spec = Spec(goal, level, days_per_week, minutes_per_session, frozenset(library.expand_equipment(equipment)))
    program = _program(spec)
    days = TRAINING_DAYS[spec.days]
    sessions = []
    for ordinal, ((kind, variant), weekday) in enumerate(zip(program, days, strict=True)):
        sessions.append(_session(spec, kind, variant, ordinal, WEEKDAYS[weekday], LETTERS[min(variant, 2)]))
    by_day = {session["weekday"]: session for session in sessions}
    schedule = [
        f"{day}: {by_day[day]['title']}" if day in by_day else f"{day}: rest (a walk is welcome)" for day in WEEKDAYS
    ]
    chosen = sorted(set(equipment) - {"none"}) or ["none"]
    return {
        "title": f"{spec.days}-day {spec.level} {spec.goal.replace('_', ' ')} plan",
        "goal": spec.goal,
        "level": spec.level,
        "days_per_week": spec.days,
        "minutes_per_session": spec.minutes,
        "equipment": chosen,
        "schedule": schedule,
        "sessions": sessions,
        "progression": PROGRESSION[spec.goal],
        "notes": _notes(spec, sessions),
    }


def _program(spec: Spec) -> list[tuple[str, int]]:
    table = PROGRAMS[spec.goal]
    hard_days = min(spec.days, 6)
    if spec.level == "beginner" and spec.goal != "flexibility":
        hard_days = min(hard_days, MAX_HARD_SESSIONS_BEGINNER)
    program = list(table[hard_days])
    while len(program) < spec.days:
        program.append(("mobility", 1) if spec.goal == "flexibility" else ("recovery", 0))
    return program


def _budget(minutes: int, kind: str) -> tuple[int, int]:
    """Warm-up and cool-down minutes for a session of `minutes` (mobility days need less)."""
    if minutes < 20 or kind == "mobility":
        return 3, 2
    if minutes < 60:
        return 5, 5
    return 8, 7


def _session(spec: Spec, kind: str, variant: int, ordinal: int, weekday: str, letter: str) -> dict[str, Any]:
    warm_min, cool_min = _budget(spec.minutes, kind)
    main_s = (spec.minutes - warm_min - cool_min) * 60
    if kind in CARDIO_KINDS:
        parts = [blocks.cardio(spec, kind, main_s, ordinal)]
    elif kind == "recovery" and main_s < 10 * 60:
        parts = [blocks.holds(spec, SLOTS["mobility"][1], main_s, variant)]
    elif kind == "recovery":
        easy = blocks.cardio(spec, "easy", main_s // 2, ordinal)
        parts = [easy, blocks.holds(spec, SLOTS["mobility"][1], main_s - easy["minutes"] * 60, variant)]
    elif kind == "mobility":
        parts = [blocks.holds(spec, SLOTS["mobility"][variant % 2], main_s, variant)]
    elif kind == "circuit":
        parts = blocks.circuit(spec, SLOTS["circuit"][variant % 3], main_s, variant, ordinal)
    else:
        slots = SLOTS[kind][variant % len(SLOTS[kind])]
        parts = blocks.straight_sets(spec, kind, slots, main_s, variant, ordinal)
    parts = [b for b in parts if b["minutes"] > 0 and (b["format"] == "cardio" or b["exercises"])]
    done = [e["id"] for b in parts for e in b.get("exercises", [])]
    muscles = [m for exercise_id in done for m in library.by_id(exercise_id).muscles]
    modality = next((b["modality"] for b in parts if b["format"] == "cardio"), None)
    warm_up = _warm_up(spec, warm_min, variant + ordinal, modality, set(done), muscles)
    cool_down = _cool_down(spec, cool_min, muscles, variant + ordinal, set(done))
    return {
        "day": ordinal + 1,
        "weekday": weekday,
        "title": TITLES[kind].format(letter=letter),
        "kind": kind,
        "focus": FOCUS[kind],
        "warm_up": warm_up,
        "main": parts,
        "cool_down": cool_down,
        "minutes": warm_up["minutes"] + sum(b["minutes"] for b in parts) + cool_down["minutes"],
    }


def _warm_up(
    spec: Spec, minutes: int, rotation: int, modality: str | None, done: set[str], muscles: list[str]
) -> dict[str, Any]:
    """Easy cardio, then mobility drills for the muscles the session works."""
    used = set(done)
    names: list[str] = []
    if modality:
        names.append(f"easy {modality}")
    else:
        cardio = pick(spec, "cardio", used, rotation, prefer_loaded=False)
        if cardio is not None and "warmup" in cardio.patterns:
            used.add(cardio.id)
            names.append(cardio.name)
    for offset in range(4):
        if len(names) >= 4:
            break
        drill = _pick_drill(spec, used, rotation + offset, set(muscles))
        if drill is None:
            break
        used.add(drill.id)
        names.append(drill.name)
    share = minutes * 60 // max(1, len(names))
    return {"minutes": minutes, "items": [{"name": n, "seconds": share} for n in names]}


def _pick_drill(spec: Spec, used: set[str], rotation: int, muscles: set[str]) -> Exercise | None:
    drills = [e for e in blocks.candidates(spec, "warmup", used) if e.category != "cardio"]
    drills.sort(key=lambda e: -len(muscles & set(e.muscles)))
    top = drills[:4]
    return top[rotation % len(top)] if top else None


def _cool_down(spec: Spec, minutes: int, muscles: list[str], rotation: int, done: set[str]) -> dict[str, Any]:
    """Stretches for the muscles the session worked, skipping any already in the session."""
    worked = set(muscles) or {"hamstrings", "hip_flexors", "chest", "lower_back"}
    stretches = blocks.candidates(spec, "stretch", done)
    stretches.sort(key=lambda e: -len(worked & set(e.muscles)))
    count = 2 if minutes <= 2 else 4
    top = stretches[: count * 2]
    chosen = [top[(rotation + i) % len(top)] for i in range(min(count, len(top)))]
    unique = list(dict.fromkeys(chosen))
    share = minutes * 60 // max(1, len(unique))
    return {
        "minutes": minutes,
        "items": [{"name": e.name, "seconds": share, "per_side": e.per_side} for e in unique],
    }


def _notes(spec: Spec, sessions: list[dict[str, Any]]) -> list[str]:
    notes = []
    if spec.level == "beginner":
        notes.append("Finish every set with 2-3 good reps still in the tank; form first, load later.")
    if spec.level == "beginner" and spec.days > MAX_HARD_SESSIONS_BEGINNER and spec.goal != "flexibility":
        notes.append(
            f"As a beginner, {MAX_HARD_SESSIONS_BEGINNER} hard sessions a week is plenty: "
            "the other days are easy active recovery."
        )
    if spec.days == 7 and spec.goal != "flexibility":
        notes.append(
            "Training every day: keep the recovery day truly easy, and take a full rest day if you feel run down."
        )
    if spec.equipment == {"none"}:
        notes.append("No equipment needed: a mat, a sturdy chair and a door frame are enough.")
    short = [s for s in sessions if s["minutes"] < spec.minutes - 10]
    if short:
        notes.append("Some sessions come in under your time: use the spare minutes for a longer cool-down or a walk.")
    notes.append("Sharp or joint pain means stop that exercise; soreness a day or two later is normal.")
    return notes
