"""The next step for a lift said with its weight and sets × reps: "for squats I'm doing 40kg for
3x8 right now, what's next?", "bench 60 kg 5x5, when do I go up?".

A concrete progression, not the general answer on progressive overload: in the hypertrophy range
(6 reps or more) add reps at the same weight up to the top of the range, then add weight and start
again at the reps said (double progression); at 5 reps or fewer add weight once every set is done.
The weight step is the ACSM one (about 2-10%, the smaller step for upper-body lifts), in plate
sizes: 2.5-5 kg on a lower-body lift under 100 kg, 1-2.5 kg on an upper-body lift under 50 kg.
"""

from __future__ import annotations

import re

from agenthost_helios import entries, library, parse, render

SOURCE = (
    "ACSM Position Stand: Progression Models in Resistance Training for Healthy Adults, Med Sci Sports Exerc "
    "2009;41(3):687-708"
)
REASON = (
    "When you can do 1-2 reps more than your target on two sessions in a row, ACSM advises adding about 2-10% to "
    f"the load, the smaller step for upper-body lifts; reps first, then weight, keeps every step small. ({SOURCE}.)"
)

_LOAD = re.compile(r"\b(\d{1,3}(?:\.\d{1,2})?)\s*(kg|kgs|kilos?|lbs?|pounds)\b")
_SCHEME = re.compile(
    r"\b(\d{1,2})\s*(?:x|×|\*|sets? of|by)\s*(\d{1,2})\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|min|mins|minutes|km|k)\b)"
)
_ASKS_NEXT = re.compile(
    r"\b(whats next|what next|whats the next|what now|next (step|steps|move)|what do i do (next|now)|"
    r"what should i (do|aim for|go for|try) next|where (do|should|can) i go from (here|there)|"
    r"how (do|should|can|would) i (progress|move up|go up|increase|keep progressing|keep going|add|build on)|"
    r"when (should|do|can|would) i (go up|increase|add|move up|put (the weight|it) up|up the weight|progress)|"
    r"how much (should|do|can) i (add|increase|go up)|(should|do|can) i (add weight|increase|go up|move up|up the weight)|"
    r"how (do|can) i get (stronger|heavier|to \d+)|(good|best|next|sensible) progression|progress(ion)? (from|on) (here|there|this|that|\d+)|"
    r"how to progress|next (weight|load|jump))\b"
)
_LOWER = frozenset({"quads", "hamstrings", "glutes", "adductors"})


def asks(message: str) -> bool:
    """True when `message` gives a lift's weight and sets × reps and asks what comes next."""
    text = parse.prepare(message).replace("'", "")
    return bool(_ASKS_NEXT.search(text) and _LOAD.search(text) and _SCHEME.search(text) and _lift(message))


# The next step asked right after a lift was logged, with no weight said: "nice. what should I
# aim for next week?", "what next time?", "how do I progress from here?".
_NEXT_TIME = re.compile(r"\b(?:aim for|go for|try|do|lift) (?:next|the next) (?:week|time|session|workout)\b|\bnext (?:week|time|session)\b.{0,20}\?")


def asks_after_log(message: str) -> bool:
    """True when `message` asks the next step for a lift just logged, without its numbers."""
    text = parse.prepare(message).replace("'", "")
    return len(text.split()) <= 14 and not _LOAD.search(text) and bool(_ASKS_NEXT.search(text) or _NEXT_TIME.search(text))


def said_of(exercise: str, load_kg: float, sets: int, reps: int) -> str:
    """A logged lift as `reply` reads one: "Barbell bench press 135 lb 1x5" (in pounds when the
    kilos are a round number of pounds, as a lift said in pounds is stored)."""
    pounds = load_kg * 2.20462
    if abs(pounds - round(pounds)) < 0.2 and round(pounds) % 5 == 0 and abs(load_kg * 2 - round(load_kg * 2)) > 0.05:
        return f"{exercise} {round(pounds)} lb {sets}x{reps}"
    return f"{exercise} {render.number(round(load_kg, 1))} kg {sets}x{reps}"


def follows(message: str) -> bool:
    """"and deadlift 140kg 3x5?" right after a next step: another lift, the same question."""
    text = parse.prepare(message).replace("'", "")
    return len(text.split()) <= 12 and bool(_LOAD.search(text) and _SCHEME.search(text) and _lift(message))


_DOING = {"squatting": "squat", "deadlifting": "deadlift", "benching": "bench press", "pressing": "press", "rowing": "row", "curling": "curl"}


def _lift(message: str) -> library.Exercise | None:
    """The lift named ("deadlifting 100 kg" is the deadlift)."""
    said = re.sub(r"\b(" + "|".join(_DOING) + r")\b", lambda m: _DOING[m[1]], message.lower())
    return library.exercise_in_text(entries.canonical(said))


def _steps(load: float, unit: str, lower: bool) -> tuple[float, float]:
    """The smallest and largest sensible weight step, in the unit the load was said in."""
    if unit == "kg":
        return (2.5, 5.0) if lower and load < 100 else (5.0, 10.0) if lower else (1.0, 2.5) if load < 50 else (2.5, 5.0)
    return (5.0, 10.0) if lower and load < 225 else (10.0, 20.0) if lower else (2.5, 5.0) if load < 110 else (5.0, 10.0)


def reply(message: str) -> str:
    """The next step for the lift in `message` (see `asks`)."""
    text = parse.prepare(message).replace("'", "")
    load_said, scheme = _LOAD.search(text), _SCHEME.search(text)
    assert load_said is not None and scheme is not None
    load = float(load_said[1])
    unit = "kg" if load_said[2].startswith("k") else "lb"
    sets, reps = int(scheme[1]), int(scheme[2])
    if sets > reps and sets >= 6 and reps <= 5:
        sets, reps = reps, sets  # "8x3" said as reps x sets is rare; "10x3" is 3 sets of 10
    exercise = _lift(message)
    lower = bool(exercise and _LOWER & set(exercise.muscles))
    name = (exercise.name if exercise else "that lift").lower().removeprefix("bodyweight ").removeprefix("barbell ")
    small, big = _steps(load, unit, lower)
    up = f"{render.number(small)}-{render.number(big)} {unit} (to {render.number(load + small)}-{render.number(load + big)} {unit})"
    now = f"{render.number(load)} {unit} for {sets}×{reps}"
    if reps <= 5:
        return (
            f"Next for your {name} at {now}: once every set of {reps} is done with clean form, add {up} next session. "
            f"If you miss reps, stay at that weight until you get them all, and if you stall three sessions running, "
            f"drop about 10% and build back up. 💪\n_Source: {SOURCE}_"
        )
    top = 12 if reps < 12 else min(reps + 3, 15)
    if reps >= 12:
        return (
            f"Next for your {name} at {now}: you're at the top of the usual range, so add {up} next session and "
            f"drop back to {sets}×8-10, then build the reps up again. Keep every rep clean; if the reps fall apart, "
            f"take the smaller step. 💪\n_Source: {SOURCE}_"
        )
    ladder = "".join(f"{sets}×{r}, " for r in range(reps + 1, min(reps + 3, top)))
    return (
        f"Next for your {name} at {now}: keep the weight and add a rep to each set as you manage it ({ladder}up "
        f"to {sets}×{top}). When you get {sets}×{top} with clean form two sessions in a row, add {up} and start "
        f"again at {sets}×{reps}. If a session stalls, repeat it before adding more. 💪\n_Source: {SOURCE}_"
    )
