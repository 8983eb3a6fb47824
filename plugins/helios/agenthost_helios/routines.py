"""Warm-up and cool-down routines for an activity or a muscle group, built from the exercise
library: "stretching routine before running", "and after?", "cool-down stretches for legs",
"warm up before lifting".

Before: a few minutes of the activity done easy, then dynamic drills for the muscles it uses
(movement, not long holds: holding a stretch for more than about a minute right before hard
efforts can cost some strength and power, Behm et al. 2016). After: static stretches for
the same muscles, each held 20-30 seconds, about 60 seconds in all per muscle group (ACSM,
Garber et al. 2011).
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen

from agenthost_helios import compendium, library, parse
from agenthost_helios.library import Exercise
from agenthost_helios.text import normalise

SOURCE = (
    "Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011;43(7):1334-59; Behm et al., Appl Physiol Nutr "
    "Metab 2016;41(1):1-11"
)
DRILLS = 5
STRETCHES = 5

LOWER = ("quads", "hamstrings", "calves", "hip_flexors", "glutes", "adductors")
UPPER = ("shoulders", "upper_back", "lats", "chest", "rear_delts", "triceps")
FULL = ("hamstrings", "hip_flexors", "quads", "shoulders", "upper_back", "chest", "glutes", "lower_back", "calves")
# The muscles an activity works most, for the drills before it and the stretches after.
ACTIVITY_MUSCLES: dict[str, tuple[str, ...]] = {
    **{a: LOWER for a in ("running", "walking", "race_walking", "hiking", "stair_climbing", "stair_machine",
                          "cycling", "mountain_biking", "stationary_bike", "spin_class", "elliptical", "jump_rope",
                          "soccer", "rugby", "american_football", "basketball", "skateboarding", "inline_skating",
                          "ice_skating", "downhill_skiing", "cross_country_skiing", "snowshoeing", "step_aerobics",
                          "trampoline", "dancing", "aerobics", "field_hockey", "ice_hockey", "squash", "badminton",
                          "volleyball", "beach_volleyball", "ultimate_frisbee", "nordic_walking")},
    **{a: UPPER + ("core", "lower_back") for a in ("swimming", "rowing_machine", "climbing", "kayaking", "canoeing",
                                                  "paddle_boarding", "boxing", "tennis", "table_tennis", "golf",
                                                  "baseball", "racquetball", "surfing", "water_polo", "ski_machine")},
}
_EASY = {
    "running": "an easy jog", "walking": "easy walking", "hiking": "easy walking", "cycling": "easy spinning",
    "stationary_bike": "easy spinning", "spin_class": "easy spinning", "mountain_biking": "easy spinning",
    "swimming": "easy swimming", "rowing_machine": "easy rowing", "jump_rope": "easy skipping",
}
_LIFTING = re.compile(r"\b(lift|lifting|weights|weight training|gym|strength|squats?|deadlifts?|bench)\b")
_BEFORE = re.compile(r"\b(before|pre|warm ?ups?|warming up|prior to|ahead of)\b")
_AFTER = re.compile(r"\b(after|post|cool ?downs?|cooling down|afterwards|once (i'?m|im) done)\b")
_ASK = re.compile(
    r"\b(stretch\w*|warm ?ups?|warming up|cool ?downs?|cooling down|mobility)\b.{0,25}"
    r"\b(routine|session|sequence|exercises|moves|drills|ideas|please|pls|for|before|after)\b|"
    r"\b(what|which|good|best|some|give me|show me|need|want)\b.{0,15}\b(stretches|stretching|warm ?up|cool ?down)\b"
)
_ROUTINE_WORD = re.compile(r"\b(routine|sequence|drills|moves|stretches)\b")
_FOLLOW = re.compile(r"^\W*(and |what about |how about |ok |okay |now |then )*(for )?(the )?(before|after|afterwards)\W*$")


@frozen
class Routine:
    """A warm-up or cool-down: when it is for, what for (in words) and its parts."""

    when: str  # "before" or "after"
    target: str  # "running", "your legs", "lifting", "a full-body session"
    lines: tuple[str, ...]
    session: bool = True  # the target is a session ("before running"), not a body part ("for your legs")

    @property
    def about(self) -> str:
        """`before running`, `after lifting`, `for your legs`."""
        return f"{self.when} {self.target}" if self.session else f"for {self.target}"


def is_request(text: str) -> bool:
    """"streching routine befor running pls", "cool-down stretches for my legs", "what should I do
    to warm up before lifting?" (a routine, not "should I stretch before or after?")."""
    from agenthost_helios.faq import is_yes_no

    text = parse.prepare(text).replace("'", "")
    if not _ASK.search(text) or re.search(r"\b(before|after)\b.{0,30}\bor (before|after)\b", text):
        return False
    return not is_yes_no(text) or bool(_ROUTINE_WORD.search(text))


def is_follow_up(text: str) -> bool:
    """"and after?", "what about before?": the same routine for the other side of the session."""
    return bool(_FOLLOW.search(parse.prepare(text).replace("'", "")))


def when_in(text: str, default: str = "before") -> str:
    """"after" when the text is about after a session (or a cool-down), else "before"."""
    text = parse.prepare(text)
    after, before = _AFTER.search(text), _BEFORE.search(text)
    if after and (not before or after.start() > before.start()):
        return "after"
    if before:
        return "before"
    return default


def target_in(text: str) -> dict[str, Any] | None:
    """What the routine is for: {"activity": id} or {"muscles": word} or {"lifting": True}."""
    if (muscles := library.muscles_in_text(text)) is not None:
        return {"muscles": muscles[0]}
    for match in compendium.pattern().finditer(normalise(text)):
        activity = compendium.by_phrase(match.group(0))
        if activity.id in ("general_exercise", "stretching"):
            continue  # "stretching routine before running" is about the running
        return {"lifting": True} if activity.id == "weight_training" else {"activity": activity.id}
    if _LIFTING.search(parse.prepare(text)):
        return {"lifting": True}
    return None


def build(when: str, target: dict[str, Any] | None) -> Routine:
    """The routine for `when` ("before"/"after") and `target` (see `target_in`)."""
    muscles, name, easy = FULL, "a full-body session", "easy cardio (brisk walking, an easy bike or skipping)"
    target = target or {}
    if word := target.get("muscles"):
        muscles, name = library.MUSCLE_GROUPS.get(word, FULL), f"your {word}"
    elif activity_id := target.get("activity"):
        activity = compendium.by_id(activity_id)
        muscles, name = ACTIVITY_MUSCLES.get(activity_id, FULL), activity.name.lower()
        easy = _EASY.get(activity_id, f"easy {activity.name.lower()}")
    elif target.get("lifting"):
        name, easy = "lifting", "easy cardio (rower, bike or brisk walking)"
    session = "muscles" not in target
    if when == "after":
        return Routine("after", name, tuple(_stretches(muscles)), session)
    lines = [f"3-5 min of {easy}, just enough to get warm and breathe a little faster"]
    lines += [f"{e.name}: {_drill_dose(e)}" for e in _drills(muscles)]
    if target.get("lifting"):
        lines.append("Then 1-3 lighter sets of your first lift, building up to your working weight")
    elif target.get("activity") == "running":
        lines.append("Then 2-3 relaxed 15-20 s pick-ups (strides) before you settle into your pace")
    return Routine("before", name, tuple(lines), session)


def render(routine: Routine) -> str:
    """The routine as a reply, with what to ask next."""
    if routine.when == "before":
        title = f"**Warm-up {routine.about}** 🔥 (about 8-10 minutes, dynamic: keep moving, no long holds)"
        other = "Ask “and after?” for the cool-down stretches."
    else:
        title = (
            f"**Cool-down stretches {routine.about}** 🧘 (static: hold each 20-30 s, twice, to mild "
            "tightness, never pain)"
        )
        other = "Ask “and before?” for the warm-up."
    body = "\n".join(f"{i}. {line}" for i, line in enumerate(routine.lines, 1))
    return f"{title}\n{body}\n{other}\n_Source: {SOURCE}_"


def reason(routine: Routine) -> str:
    """What "why?" answers after a routine."""
    if routine.when == "before":
        return (
            "Easy movement raises your heart rate and muscle temperature, and dynamic drills take the joints through "
            "the ranges the activity needs, so you start better prepared; long static holds right before hard "
            "efforts can briefly cost strength and power, so they wait until after. (Source: " + SOURCE + ".)"
        )
    return (
        "After a session your muscles are warm, which makes static stretching comfortable and effective; the ACSM "
        "advises holding each stretch 10-30 seconds (30-60 s for older adults), about 60 s in all per muscle "
        "group, at least 2-3 days a week. (Source: " + SOURCE + ".)"
    )


def _overlap(exercise: Exercise, muscles: tuple[str, ...]) -> tuple[int, int]:
    hits = [muscles.index(m) for m in exercise.muscles if m in muscles]
    return (-len(hits), min(hits) if hits else 99)


def _drills(muscles: tuple[str, ...]) -> list[Exercise]:
    options = [
        e for e in library.exercises()
        if "warmup" in e.patterns and e.category != "cardio" and not e.equipment and e.level == "beginner"
    ]
    options.sort(key=lambda e: _overlap(e, muscles))  # the muscles' own drills first, then general ones
    return options[:DRILLS]


def _drill_dose(exercise: Exercise) -> str:
    if exercise.unit == "seconds":
        return "30 s"
    return "8-10 each side" if exercise.per_side else "8-10 reps"


def _stretches(muscles: tuple[str, ...]) -> list[str]:
    options = [e for e in library.exercises() if e.category == "stretch" and not e.equipment]
    options.sort(key=lambda e: _overlap(e, muscles))  # the muscles' own stretches first, then general ones
    chosen = options[:STRETCHES]
    return [f"{e.name}: {e.cues[0].rstrip('.')}; hold 20-30 s{' each side' if e.per_side else ''}" for e in chosen]


# "make it easier, bad knees, I can't get down on the floor", "anything I can do sitting?": the
# same idea done on a chair or standing (a chair or a wall for balance), held gently
_EASIER = re.compile(
    r"\b(easier|gentler|simpler|too hard|standing|stand up|seated|sitting|on a chair|in (a|my) chair|from (a|my) chair|"
    r"no floor|off the floor|not on the floor|nothing on the floor|(cant|can not|cannot|unable to) (get|go|lie|lay|kneel)"
    r"( down)?( on| to)?( the)?( floor)?|bad knees?|knees? (are|is) (bad|sore|dodgy|weak)|cant kneel|stiff)\b"
)
_OFTEN = re.compile(r"\b(how often|how many times|how many days|every day|daily|each day|how regularly)\b")
CHAIR_STRETCHES = (
    "Seated cat-cow: sit tall near the front of a steady chair, hands on your knees; slowly arch, then round your "
    "back, 8-10 times",
    "Seated twist: sit tall, turn gently to one side holding the chair back; hold 20-30 s each side",
    "Seated forward fold: feet apart, let your chest sink toward your thighs, hands sliding down your shins; hold "
    "20-30 s",
    "Seated hamstring stretch: one leg out straight with the heel on the floor, lean forward from the hips with a "
    "straight back; hold 20-30 s each side",
    "Standing side bend: hold a counter or the chair back, reach the other arm overhead and lean away; hold 20-30 s "
    "each side",
    "Standing back extension: hands on your lower back, gently lean back a little and return, 5-8 times",
)


def wants_easier(text: str) -> bool:
    """"make it easier, my knees are bad and I can't get down on the floor": the chair and standing version."""
    return bool(_EASIER.search(parse.prepare(text).replace("'", "")))


def asks_often(text: str) -> bool:
    """"how often?", "should I do them every day?" after a routine."""
    return bool(_OFTEN.search(parse.prepare(text).replace("'", "")))


def render_chair(target: dict[str, Any] | None) -> str:
    """The chair and standing stretches: nothing on the floor or on the knees."""
    name = f"your {target['muscles']}" if target and target.get("muscles") else "your back and hips"
    body = "\n".join(f"{i}. {line}" for i, line in enumerate(CHAIR_STRETCHES, 1))
    return (
        f"**Chair and standing stretches for {name}** 🧘 (nothing on the floor or on your knees; to mild tightness, "
        f"never pain)\n{body}\nBreathe slowly and don't bounce. Ask “how often?” for how many times a week.\n"
        f"_Source: {SOURCE}_"
    )


OFTEN = (
    "Gentle stretches like these can be done every day: the ACSM advises flexibility work on at least 2-3 days a "
    "week, with daily practice the most effective, holding each stretch 20-30 s (30-60 s from around 65). If you "
    "sit all day, also get up every 30-60 minutes for a short walk or a couple of these moves. A warm-up belongs "
    "before each workout."
)
