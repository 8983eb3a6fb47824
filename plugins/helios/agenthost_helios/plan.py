"""Weekly training plans built from the exercise library.

`build_plan` is pure: the same arguments give the same plan, so the plans of the last few
hundred argument sets are kept (most people ask for the same few: a beginner's three days at
home) and each caller gets its own copy. A session is a warm-up, a main
part that fits the minutes (straight sets, a circuit, a cardio block or mobility holds, see
`blocks`) and a cool-down, using only exercises the equipment allows and the level suits.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import orjson

from agenthost_helios import blocks, library
from agenthost_helios.limits import avoided, cardio_within, known, summary
from agenthost_helios.blocks import Spec, pick
from agenthost_helios.library import Exercise
from agenthost_helios.programs import (
    CARDIO_CHOICES,
    CARDIO_KINDS,
    FOCUS,
    FOCUS_PATTERNS,
    GOALS,
    LETTERS,
    MAX_HARD_SESSIONS_BEGINNER,
    PROGRAMS,
    PROGRESSION,
    SLOTS,
    SPLIT_REASONS,
    SPLITS,
    TITLES,
    TRAINING_DAYS,
    WEEKDAYS,
)

__all__ = ["CARDIO_CHOICES", "FOCUS_PATTERNS", "GOALS", "SPLITS", "WEEKDAYS", "build_plan"]


def build_plan(
    goal: str,
    level: str,
    days_per_week: int,
    minutes_per_session: int,
    equipment: Iterable[str],
    focus: str | None = None,
    cardio: str | None = None,
    avoid: Iterable[str] = (),
    swaps: dict[str, str] | None = None,
    weekdays: Iterable[str] | None = None,
    split: str | None = None,
    limits: Iterable[str] = (),
) -> dict[str, Any]:
    """A weekly plan: schedule, sessions (warm-up, main work, cool-down), progression, notes,
    and the reasons for its structure (what "why?" answers). `focus` (a FOCUS_PATTERNS key)
    puts that muscle group first in every strength session; `cardio` (a CARDIO_CHOICES key)
    says what the cardio is done on; `avoid` (exercise ids) are never used, and `swaps` puts
    an exercise (its id) in the place of another wherever that one would go; `weekdays`
    ("Tue", "Thu", "Sat") are the days to train on, one per training day, instead of the
    usual spread; `split` (a SPLITS key: "push_pull_legs", "upper_lower", "full_body") is the
    strength sessions to cycle through instead of the goal's usual week; `limits` (limits.LIMITS
    keys: "knee", "back", "wheelchair") leave out what would load the injury and move the cardio
    off it."""
    plan = _built_plan(
        goal, level, days_per_week, minutes_per_session, tuple(equipment), focus, cardio, tuple(avoid),
        tuple((swaps or {}).items()), None if weekdays is None else tuple(weekdays), split, known(limits),
    )
    return orjson.loads(orjson.dumps(plan))  # the caller's own copy (a plan is JSON: 15 us for 5 KiB)


PLANS_KEPT = 256  # argument sets whose plans are kept: a plan is about 5 KiB


@lru_cache(maxsize=PLANS_KEPT)
def _built_plan(
    goal: str,
    level: str,
    days_per_week: int,
    minutes_per_session: int,
    equipment: tuple[str, ...],
    focus: str | None,
    cardio: str | None,
    avoid: tuple[str, ...],
    swaps: tuple[tuple[str, str], ...],
    weekdays: tuple[str, ...] | None,
    split: str | None,
    limits: tuple[str, ...] = (),
) -> dict[str, Any]:
    """`build_plan` for hashable arguments, remembered; never handed out (callers get copies)."""
    swaps_by_id = dict(swaps)
    asked_cardio = cardio
    cardio = cardio_within(limits, cardio)
    spec = Spec(
        goal,
        level,
        days_per_week,
        minutes_per_session,
        frozenset(library.expand_equipment(equipment)),
        focus,
        cardio,
        frozenset(avoid) | avoided(limits),
        tuple(sorted(swaps_by_id.items())),
        split,
    )
    program = _program(spec)
    chosen_days = sorted({WEEKDAYS.index(d) for d in weekdays}) if weekdays else None
    days = tuple(chosen_days) if chosen_days and len(chosen_days) == spec.days else TRAINING_DAYS[spec.days]
    sessions = []
    for ordinal, ((kind, variant), weekday) in enumerate(zip(program, days, strict=True)):
        sessions.append(_session(spec, kind, variant, ordinal, WEEKDAYS[weekday], LETTERS[min(variant, 2)]))
    by_day = {session["weekday"]: session for session in sessions}
    schedule = [
        f"{day}: {by_day[day]['title']}" if day in by_day else f"{day}: rest (a walk is welcome)" for day in WEEKDAYS
    ]
    chosen = sorted(set(equipment) - {"none"}) or ["none"]
    focus_words = f", {focus.replace('_', ' ')} focus" if focus else ""
    if split in SPLITS:
        focus_words += {"push_pull_legs": ", push/pull/legs", "upper_lower": ", upper/lower", "full_body": ", full body"}[split]
    return {
        "title": f"{spec.days}-day {spec.level} {spec.goal.replace('_', ' ')} plan{focus_words}",
        "goal": spec.goal,
        "level": spec.level,
        "days_per_week": spec.days,
        "minutes_per_session": spec.minutes,
        "equipment": chosen,
        "schedule": schedule,
        "sessions": sessions,
        "focus": focus,
        "cardio": cardio,
        "avoid": sorted(avoid),
        "limits": list(limits),
        "swaps": dict(spec.swaps),
        "weekdays": [WEEKDAYS[d] for d in days] if chosen_days else None,
        "split": split,
        "progression": PROGRESSION[spec.goal],
        "notes": _notes(spec, sessions),
        "reasons": reasons(spec, program, frozenset(avoid), limits, asked_cardio),
    }


def session_for(
    goal: str,
    level: str,
    minutes: int,
    equipment: Iterable[str],
    kind: str,
    focus: str | None = None,
    avoid: Iterable[str] = (),
) -> dict[str, Any]:
    """One session of `kind` (a TITLES key), built as a plan's sessions are: "a quick leg
    workout" is a legs session, not a week."""
    spec = Spec(goal, level, 1, minutes, frozenset(library.expand_equipment(equipment)), focus, None, frozenset(avoid))
    return _session(spec, kind, 0, 0, WEEKDAYS[0], LETTERS[0])


def planned_weekdays(days: int) -> list[str]:
    """The weekdays a plan of `days` training days uses when none are chosen ("Mon", "Wed", "Fri")."""
    return [WEEKDAYS[d] for d in TRAINING_DAYS[max(1, min(7, days))]]


def _program(spec: Spec) -> list[tuple[str, int]]:
    if spec.split in SPLITS:
        kinds = SPLITS[spec.split]
        # the user named the split: every training day is one of its sessions, A then B
        return [(kinds[i % len(kinds)], min(i // len(kinds), 2)) for i in range(spec.days)]
    table = PROGRAMS[spec.goal]
    hard_days = min(spec.days, 6)
    if spec.level == "beginner" and spec.goal != "flexibility":
        hard_days = min(hard_days, MAX_HARD_SESSIONS_BEGINNER)
    program = list(table[hard_days])
    while len(program) < spec.days:
        program.append(("mobility", 1) if spec.goal == "flexibility" else ("recovery", 0))
    return program


def _focused(spec: Spec, slots: tuple[str, ...]) -> tuple[str, ...]:
    """The session's slots with the focus muscle group's patterns first (and added if missing)."""
    if spec.focus is None:
        return slots
    first = FOCUS_PATTERNS[spec.focus]
    return first + tuple(p for p in slots if p not in first)


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
        parts = blocks.circuit(spec, _focused(spec, SLOTS["circuit"][variant % 3]), main_s, variant, ordinal)
    else:
        slots = _focused(spec, SLOTS[kind][variant % len(SLOTS[kind])])
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


_STRUCTURE = {
    "strength": "Strength comes from lifting the same big movements 2-3 times a week and adding load "
    "gradually: ACSM advises training each major muscle group 2-3 days a week, with about 48 hours "
    "before the same muscles work hard again.",
    "general_fitness": "It mixes strength days and cardio because the WHO recommends both: 150-300 "
    "minutes of moderate activity a week plus muscle-strengthening on 2 or more days.",
    "weight_loss": "Circuits keep your heart rate up while you build strength (muscle is what keeps "
    "the weight you lose off the scale for good), and interval and easy cardio days add to the "
    "weekly activity; the food side does the rest.",
    "endurance": "Most of the week is easy, with one harder session: easy volume builds the aerobic "
    "base, the long session builds endurance, and the strength-endurance day makes legs more "
    "durable.",
    "flexibility": "Little and often: ACSM advises stretching the major muscle groups at least 2-3 "
    "days a week, holding each stretch 10-30 seconds (30-60 s as we age) for about 60 s in total.",
}


def reasons(
    spec: Spec,
    program: list[tuple[str, int]],
    asked: frozenset[str] | None = None,
    limits: tuple[str, ...] = (),
    asked_cardio: str | None = None,
) -> list[str]:
    """Why the plan looks as it does, one reason per choice: what "why?" answers. `asked` is
    what the user left out by name (all of `spec.avoid` when not given); `limits` the injuries
    and limitations the plan is built around."""
    asked = spec.avoid if asked is None else asked
    hard = sum(1 for kind, _ in program if kind != "recovery")
    found = [_STRUCTURE[spec.goal]]
    if spec.split in SPLIT_REASONS:
        found.insert(0, SPLIT_REASONS[spec.split])
    if spec.days < 7:
        found.append(
            f"{spec.days} training day{'s' if spec.days != 1 else ''} spread across the week, so hard sessions "
            "never fall on back-to-back days when they can be avoided: recovery is when fitness is built."
        )
    if spec.avoid & {"jump_squat", "broad_jump", "jumping_jacks", "high_knees", "burpee", "jump_rope"}:
        found.append("No jumping: low-impact moves that train the same muscles are easier on the joints (and the neighbours).")
    if hard < spec.days:
        found.append(
            f"As a {spec.level}, {hard} hard sessions a week is plenty; the other "
            f"{spec.days - hard} day{'s are' if spec.days - hard != 1 else ' is'} easy active recovery."
        )
    level_reason = {
        "beginner": "Beginner volume (about 2 sets, stopping with 2-3 reps in reserve): form first, "
        "and the gentle start keeps soreness low so you come back for the next session.",
        "intermediate": "Intermediate volume (3 sets and shorter rests): enough to keep progressing "
        "once the basics feel solid.",
        "advanced": "Advanced volume (4-5 sets, heavier main lifts, longer rests before them): more "
        "work is what an experienced body needs to keep adapting.",
    }
    found.append(level_reason[spec.level])
    found.append(
        f"{spec.minutes} minutes a session, of which a warm-up raises your heart rate and loosens the "
        "joints you are about to use, and a cool-down brings you back down."
    )
    kit = sorted(set(spec.equipment) - {"none"})
    if not kit:
        found.append("No equipment, so every exercise uses your body weight and what any home has.")
    elif "full_gym" in kit or len(kit) > 8:
        found.append("A full gym, so the main lifts use barbells and machines you can load precisely.")
    else:
        found.append(f"Only exercises your equipment allows ({', '.join(k.replace('_', ' ') for k in kit)}).")
    if spec.focus:
        found.append(
            f"{spec.focus.replace('_', ' ').capitalize()} work comes first in every strength session, "
            "while you are freshest, which is what gets a muscle group the most attention."
        )
    if spec.cardio and (asked_cardio == spec.cardio or not limits):
        found.append(f"Cardio on the {CARDIO_CHOICES[spec.cardio]}, as you asked.")
    for old, new in spec.swaps:
        found.append(f"{library.by_id(new).name} instead of {library.by_id(old).name.lower()}, as you asked.")
    if limits:
        found.append(summary(limits).removeprefix("🩹 "))
    if asked:
        names = ", ".join(library.by_id(e).name.lower() for e in sorted(asked))
        found.append(f"No {names}, as you asked; other exercises for the same muscles take their place.")
    return found
