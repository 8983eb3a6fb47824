"""Offline replies: Helios answering from its tools and data when no model is configured.

`offline_reply(turn)` reads Helios' dialog state, works out what the message asks (see
`intents.detect`), runs the tools through `turn.call_tool` (so calls are validated, recorded
and run at most once per turn), answers in the coach's voice and saves the new dialog state,
so every example an answer suggests works as the next message.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

import attrs

from host import Reply, Turn

from agenthost_helios import (
    advice,
    compendium,
    dialog,
    entries,
    faq,
    finisher,
    first_5k,
    habits,
    harder,
    heart,
    intents,
    limits,
    milestones,
    measures,
    next_group,
    next_load,
    workouts,
    parse,
    periods,
    plan_changes,
    progress,
    race_plan,
    render,
    run_session,
    routines,
    safety,
    sessions,
    skill_goal,
    soreness,
    starting_point,
    suits,
    targets,
    topics,
)
from agenthost_helios import burn_off, library
from agenthost_helios.entries import Entry
from agenthost_helios.plan import WEEKDAYS
from agenthost_helios.records import now
from agenthost_helios.text import ends_asking
from agenthost_helios.userdata import first_name, fitness_goal, last_plan, weight_kg

EXAMPLES = (
    "Try “only 20 minutes”, “make it harder”, “4 days”, “no equipment”, “what about legs?”, "
    "“swap running for cycling”, or ask “why?”."
)
# a seated plan's cardio stays seated: no "swap running for cycling" offered
SEATED_EXAMPLES = "Try “only 20 minutes”, “make it easier”, “2 days”, “what about legs?”, or ask “why?”."
LOG_EXAMPLES = "Wrong? Say “delete that” or “actually it was 40 minutes”."
CALORIE_METHOD = (
    "Calories burned are estimated as MET × body weight (kg) × hours, with MET values from the Compendium of "
    "Physical Activities (Ainsworth et al. 2011; Herrmann et al. 2024); with a distance, running, walking and "
    "cycling use the row for your speed. Your weight comes from your profile, or 70 kg is assumed."
)
WHO_REASON = (
    "The weekly check follows the WHO 2020 guidelines for adults: 150-300 minutes of moderate activity, or "
    "75-150 of vigorous, or a mix with a vigorous minute counting as two, plus muscle-strengthening on 2 or "
    "more days. Activities of 6 METs or more count as vigorous, 3 to 6 as moderate (Compendium)."
)
RECOVERY_TOPICS = ("sleep", "doms", "rest_days", "recovery")
CARRIED = (
    "plan", "logged", "pending", "summary", "faq", "estimated", "no_band", "floor", "routine", "race", "topic", "session_day",
    "last_entry", "workout", "race_plan", "moves", "finisher", "first_5k", "run_session", "offer", "limits", "burn_off",
)
Handler = Callable[[Turn, dict[str, Any]], Awaitable[str]]
# the user's own walks and their calories, asked beside an animal's pregnancy ("my spaniel's expecting, how many
# calories does my 45 min walk with her burn?"): answered, not passed to her vet
_OWN_ACTIVITY = ("estimate", "estimate_told", "log", "log_incomplete", "log_workout_done", "workout_calories", "history")


async def offline_reply(turn: Turn) -> Reply:
    """Helios' answer without a model: the intent picks a handler, the handler uses the tools."""
    state = await dialog.read(turn.store)
    # signs said to be absent ("I don't get dizzy or faint, just tired after long runs") are not what it asks
    intent = intents.detect(faq.without_absent_signs(turn.message), turn.history, state)
    flag = safety.category(turn, state)
    if (heart_asked := heart.question(turn.message, turn.history)) is not None:
        # exercise after someone else's heart event, or the user's once a clinician cleared them:
        # the curated answer is itself clinician-first, with no plan, so it holds under a cardiac flag
        intent = "faq"
    if safety.pet_pregnancy(turn.message) and not safety.asks_for_myself(turn.message) and intent not in _OWN_ACTIVITY:
        intent = "gentle"  # "our dog is pregnant, can she still come on my runs?": her vet's, whatever the guard made of it
    elif flag == "pregnancy" and intent == "faq" and safety.pregnancy_topic(turn, state, faq.find(turn.message)):
        pass  # "when should I start pelvic floor exercises?" in pregnancy: the curated answer (NHS), no floor reply
    elif flag in safety.GENTLE and heart_asked is None and intent in (
        "plan", "plan_change", "estimate", "today", "coach", "recovery", "long_run", "timeline", "ability", "roadmap",
        "routine", "faq", "exercise", "muscle", "muscle_often", "train_today", "train_tomorrow", "pain", "exercise_more", "alternatives", "pain_more", "compare",
        "workout", "race_plan", "suits", "first_5k", "run_session", "habit", "next_load",
    ):
        intent = "gentle"
    elif flag in safety.GENTLE and turn.safety is None and safety.symptom_in_message(turn.message):
        intent = "gentle"  # "I passed out on the treadmill yesterday" is never logged or planned from
    elif safety.cleared(turn, state) == "cardiac" and intent == "coach":
        intent = "cleared"
    if flag == "eating_disorder" and (
        intent in ("coach", "estimate", "habit", "burn_off")
        or (intent in ("plan", "plan_change", "workout") and (_COMPENSATE.search(turn.message.lower()) or _own_eating_flag(turn)))
    ):
        intent = "ed_gentle"  # no plans or figures to burn food off while the guard's flag is up
    if intent in ("nutrition", "deficit", "coach") and _RESTRICTING.search(parse.prepare(turn.message)) and (
        flag == "eating_disorder" or _NOT_ENOUGH.search(parse.prepare(turn.message))
    ):
        # "ive been skipping meals and doing 2 hours on the cross trainer but its no enough": not a
        # hand-off to Ceres' calorie targets
        intent = "ed_gentle"
    if safety.self_harm_flag(turn) and (
        intent in (
            "plan", "plan_change", "workout", "harder", "estimate", "routine", "race_plan", "long_run", "exercise_more",
            "first_5k", "run_session", "next_load",
        )
        or (
            intent not in ("log", "log_incomplete", "undo", "correct", "history", "why", "nutrition")
            and (_WORKOUT_ASK.search(parse.prepare(turn.message)) or safety.declines_support(turn.message))
        )
        # "i just want to lift" right after the guard's answer: the support stays, never the menu
        or (intent == "coach" and safety.TRAINING_WORDS.search(parse.prepare(turn.message)))
    ):
        intent = "sh_gentle"  # no harder workout to use instead of self-harm, right after the guard's answer
    # What carries over: the last plan, the ids just logged, entries waiting for a duration, the
    # summary's period, the race, the floor. The intent and the reason are the new answer's
    # ("why?" keeps the old).
    new_state = {k: v for k, v in state.items() if k in CARRIED}
    new_state.pop("floor", None)
    floor = safety.floor_after(turn, state)
    if heart_asked is not None:
        floor = heart.floor_kept(heart_asked, state, floor)
    if floor:
        new_state["floor"] = floor
    # "bad knees", said now or earlier in the conversation, shapes every plan until said to be over
    new_state.pop("limits", None)
    if said := limits.remembered(state.get("limits"), turn.message, turn.history):
        new_state["limits"] = said
    if intent == "plan_change" and (asked := limits.asked_about(turn.message)):
        new_state["limits"] = list(limits.known([*(said or []), *asked]))  # "what about my knee?"
        new_state["asked_about"] = [a for a in asked if a not in (said or [])]
    if intent == "why":
        new_state.update({k: state[k] for k in ("intent", "reason") if k in state})
    if intent == "relog":
        new_state["removed"] = state.get("removed")  # the workout just taken off, to log on the day named
    new_state["previous"] = state.get("intent")  # for the handler only; not saved
    text = await HANDLERS[intent](turn, new_state)
    new_state.pop("previous", None)
    if intent != "why":
        new_state.setdefault("intent", intent)
    if new_state != state:
        await dialog.write(turn.store, new_state)
    metadata: dict[str, Any] = {"intent": intent}
    if flag:
        metadata["safety_floor"] = flag
    return Reply(text=text, metadata=metadata)


def _today() -> date:
    return now().date()


def _error(result: Any) -> str | None:
    return result.get("error") if isinstance(result, dict) else "the tool gave no answer"


# Logging


def _question(pending: list[Entry]) -> str:
    counted = [e for e in pending if e.exercise is not None and e.exercise.unit == "reps"]
    if len(counted) == len(pending) == 1:
        return f"How many {_plural_name(counted[0].name)} did you do? (e.g. “3 sets of 10” or “25”)"
    names = [e.name.lower() for e in pending]
    if len(counted) == len(pending):
        listed = ", ".join(_plural_name(n) for n in names[:-1]) + " and " + _plural_name(names[-1])
        return f"How many sets and reps of the {listed}? (e.g. “3x10 lunges, 3x12 leg press”)"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    verb = "take" if len(names) == 1 else "each take"
    return f"How long did the {listed} {verb}? (e.g. “25 minutes”)"


def _plural_name(name: str) -> str:
    """`push-ups`, `squats`, `lunges`: an exercise counted in reps."""
    name = name.lower()
    return name if name.endswith("s") else name + "s"


async def _log_entries(turn: Turn, state: dict[str, Any], complete: list[Entry], pending: list[Entry]) -> str:
    """Log `complete`, keep `pending` for the question that follows, and say what happened."""
    state["intent"] = "log"
    state["pending"] = [e.to_state() for e in pending]
    if not complete and not pending:
        state.pop("logged", None)
        return "I couldn't tell which workout you mean. Say it whole, e.g. “cycled 14 km each way to work”, and I'll log it."
    if not complete:
        state.pop("logged", None)
        return f"{milestones.cheer(turn.message) or 'Love it! 🔥'} {_question(pending)} Then I'll log it with the calories."
    result = await turn.call_tool("log_workout", items=[e.item() for e in complete])
    if problem := _error(result):
        state["pending"] = []
        return f"Hmm, I couldn't log that: {problem}. Give it another go, e.g. “ran 5k in 30 minutes”."
    workouts = result["workouts"]
    state["logged"] = [w["id"] for w in workouts]
    last = complete[-1]
    measure = "steps" if last.steps else "reps" if last.reps and last.minutes_estimated else (
        "km" if last.distance_km and last.minutes_estimated else "minutes"
    )
    state["last_entry"] = {**last.to_state(), "measure": measure}
    # A time worked out from a distance is a guess: the next bare "28 minutes" corrects it.
    guessed = [w for w in workouts if w.get("duration_estimated") and w.get("distance_km") and not w.get("sets")]
    state["estimated"] = [w["id"] for w in guessed]
    state["reason"] = CALORIE_METHOD
    show_kcal = not safety.no_calories(turn)
    today = _today()
    name = first_name(turn)
    lines = [f"Logged{', ' + name if name else ''}! 💪"]
    if cheered := milestones.cheer(turn.message):
        lines[0] = f"{cheered} {lines[0]}"  # "just ran my first marathon": the news before the log
    lines += [f"- {render.workout(w, today, show_kcal)}" for w in workouts]
    if show_kcal:
        lines.append(f"({result['note']})")
        said = weight_kg(attrs.evolve(turn, profile={}))  # "... how many cals roughly? 82kg": the weight said now
        logged_at = workouts[0].get("weight_kg")
        if said and isinstance(logged_at, (int, float)) and logged_at and abs(said - logged_at) >= 1:
            at_said = round(sum(w.get("calories") or 0 for w in workouts) * said / logged_at)
            lines.append(
                f"At the {render.number(said)} kg you said, that's about **{at_said} kcal**. To log at that weight from "
                f"now on, say “remember I'm {render.number(said)} kg”."
            )
    week = result["week"]
    kcal = f" · ~{week['calories']} kcal" if show_kcal else ""
    lines.append(f"Last 7 days: {render.plural(week['sessions'], 'workout')} · {render.number(week['minutes'])} min{kcal}.")
    lines.append(render.weekly_progress(week["active_minutes"]))
    if pending:
        lines.append(_question(pending))
    elif guessed:
        what = guessed[0].get("activity_name", "it").lower()
        lines.append(f"How long did the {what} take? Tell me (e.g. “28 minutes”) and I'll fix the time and calories.")
    if (recover := milestones.recovery(turn.message)) is not None:
        lines.append(recover)
    lines.append(LOG_EXAMPLES)
    return "\n".join(lines)


async def log(turn: Turn, state: dict[str, Any]) -> str:
    reading = entries.read(turn.message, _today())
    _same_day_as_last(turn.message, state, reading.entries)
    if reading.problem:
        state["intent"] = "log"
        state["pending"] = [e.to_state() for e in reading.entries]
        what = _question(reading.entries) if reading.entries else "What did you do, and for how long?"
        if "ever lifted" in reading.problem:
            what = "A typo? Tell me the right weight and I'll log it (e.g. “60 kg”)"
            state["weight_asked"] = True  # "sorry 90" next is that weight, in kg
        timed = next((e for e in reading.entries if e.minutes and e.distance_km), None)
        if timed is not None:
            what = _distance_question(timed)
        return f"Hmm, {reading.problem}, so I haven't logged anything. {what}"
    return await _log_entries(turn, state, reading.complete, reading.incomplete)


def _distance_question(entry: Entry) -> str:
    """Ask which number of a too-fast distance and time was the slip, with a distance that fits."""
    fits = (entry.activity.typical_kmh or entry.activity.max_kmh or 5) * entry.minutes / 60
    example = f"{round(fits * 1000, -2):g} m" if fits < 2 else f"{round(fits, 1):g} km"
    return (
        f"Was it a typo in the distance or the time? Tell me the right one and I'll log the "
        f"{entry.name.lower()} (e.g. “{example}” or “it took 2 hours”)"
    )


def _same_day_as_last(message: str, state: dict[str, Any], read: list[Entry]) -> None:
    """"plus 15 min of stretching afterwards" just after logging yesterday's ride: the same day
    as that ride, unless the message names its own day."""
    last = state.get("last_entry")
    text = parse.prepare(message)
    if (
        state.get("previous") not in ("log", "correct", "log_again", "log_pending")
        or not isinstance(last, dict)
        or not last.get("date")
        or not intents.SAME_SESSION.search(text)
        or parse.workout_day(text, _today()) is not None
    ):
        return
    day = date.fromisoformat(last["date"])
    for entry in read:
        if entry.day is None or entry.day == _today():
            entry.day = day


async def log_again(turn: Turn, state: dict[str, Any]) -> str:
    """"and yesterday 8000" after logging steps: the same activity again, with this message's
    numbers (a bare number in the unit the last one was measured in) and day."""
    raw = dict(state.get("last_entry") or {})
    measure = raw.pop("measure", "minutes")
    for key in ("distance_km", "kmh", "sets", "reps", "date", "minutes"):
        raw.pop(key, None)
    base = Entry.from_state(raw)
    if base is None:
        return await log_incomplete(turn, state)
    text = parse.prepare(turn.message)
    reading = entries.complete_pending(base, turn.message, _today())
    entry = reading.entries[0] if reading.entries else base
    bare = re.search(r"(?<![\d.,:])(\d{1,6}(?:\.\d+)?)(?![\d:]|\s*(?:min|mins|minutes?|h|hours?|km|k|mi|miles?|reps?|sets?|x))", text)
    if bare and not reading.problem:
        value = float(bare[1])
        if measure == "steps":
            entry.steps, entry.minutes, entry.minutes_estimated = int(value), None, False
            entries._estimate_minutes(entry)
        elif measure == "reps":
            entry.reps, entry.minutes = int(value), None
            entries._estimate_minutes(entry)
        elif measure == "km":
            entry.distance_km, entry.minutes = value, None
            entries._estimate_minutes(entry)
        elif entry.minutes is None:
            entry.minutes = value
    entry.day = parse.workout_day(text, _today())
    if reading.problem or entry.minutes is None:
        state["intent"] = "log"
        return f"Hmm, {reading.problem or 'I could not tell how much'}, so I haven't logged it. {_question([base])}"
    return await _log_entries(turn, state, [entry], [])


async def log_incomplete(turn: Turn, state: dict[str, Any]) -> str:
    reading = entries.read(turn.message, _today())
    if reading.entries:
        return await _log_entries(turn, state, reading.complete, reading.incomplete)
    minutes = parse.duration_minutes(turn.message)
    state["intent"] = "log"
    return (
        f"Nice work! What did you do for those {render.number(minutes or 0)} minutes? "
        "Say e.g. “45 min of cycling” or “30 min weights” and I'll log it."
    )


# A number with no unit at all, the only number of the answer to "what weight was it?"
_BARE_WEIGHT = re.compile(r"^(?!.*\d\s*(?:kg|kgs|kilos?|lbs?|pounds|x|sets?|reps?|min|mins|minutes?|km)\b)(?!.*\d\D+\d)\D*?\b(\d{1,3}(?:\.\d+)?)\b")


async def log_pending(turn: Turn, state: dict[str, Any]) -> str:
    kept = [e for e in (Entry.from_state(raw) for raw in state.get("pending", []) if isinstance(raw, dict)) if e]
    if not kept:
        state["pending"] = []
        return await log_incomplete(turn, state)
    message = turn.message
    waits_for_weight = kept[0].reps is not None and kept[0].load_kg is None and kept[0].distance_km is None
    if state.get("previous") == "log" and waits_for_weight and _BARE_WEIGHT.search(parse.prepare(message)):
        message = _BARE_WEIGHT.sub(r"\1 kg", parse.prepare(message), count=1)  # "sorry 90" after "what weight?"
    reading = entries.complete_pending(kept[0], message, _today())
    if reading.problem:
        state["intent"] = "log"
        return f"Hmm, {reading.problem}, so I haven't logged it. {_question(kept[:1])}"
    return await _log_entries(turn, state, reading.complete, kept[1:])


async def undo(turn: Turn, state: dict[str, Any]) -> str:
    ids = await _targets(turn, state)
    if ids == []:
        state["intent"] = "undo"
        return _not_in_log(turn.message, "removed", state.pop("not_logged", None))
    result = await turn.call_tool("delete_workout", **({"workout_ids": ids} if ids else {}))
    state["intent"] = "undo"
    if problem := _error(result):
        return f"I couldn't remove it: {problem}."
    state["logged"] = []
    state["pending"] = []
    today = _today()
    show_kcal = not safety.no_calories(turn)
    gone = [render.workout(w | {"activity_name": w.get("activity_name", "Workout")}, today, False) for w in result["deleted"]]
    week = result["week"]
    kcal = f" · ~{week['calories']} kcal" if show_kcal else ""
    state["reason"] = "You asked me to remove it, so it no longer counts in your totals (the log keeps a note that it was taken out)."
    lines = [
        f"Done, removed: {'; '.join(gone)}. 🗑️",
        f"Last 7 days now: {render.plural(week['sessions'], 'workout')} · {render.number(week['minutes'])} min{kcal}.",
    ]
    if hint := _log_elsewhere_hint(turn.message, result["deleted"]):
        lines.append(hint)
        state["removed"] = _item_of(result["deleted"][0])  # "it was last saturday, put it there" logs it there
    return "\n".join(lines)


_ITEM_FIELDS = {
    "activity": "activity", "duration_min": "duration_minutes", "duration_estimated": "duration_estimated",
    "intensity": "intensity", "distance_km": "distance_km", "distance_unit": "distance_unit", "sets": "sets", "reps": "reps",
    "exercise": "exercise", "steps": "steps", "label": "label", "load_kg": "load_kg",
}


def _item_of(workout: dict[str, Any]) -> dict[str, Any]:
    """The `log_workout` item that logs a removed workout again, as it was."""
    return {item: workout[field] for field, item in _ITEM_FIELDS.items() if workout.get(field) is not None}


async def burn_off_reply(turn: Turn, state: dict[str, Any]) -> str:
    """How long a run (or the activity named) takes to burn off the treat named, or the one asked about
    just before ("WAT ABOUT WALKING")."""
    told = burn_off.treat_in(turn.message)
    kept = state.get("burn_off") if isinstance(state.get("burn_off"), dict) else None
    if told is None and kept is not None and state.get("previous") == "burn_off":
        told = burn_off.Treat(kept["name"], int(kept["kcal"]), kept.get("note", ""))
    if told is not None:
        state["burn_off"] = {"name": told.name, "kcal": told.kcal, "note": told.note}
    state["intent"] = "burn_off"
    state["reason"] = CALORIE_METHOD
    return burn_off.answer(told, burn_off.activity_in(turn.message), weight_kg(turn))


async def relog(turn: Turn, state: dict[str, Any]) -> str:
    """"it was last saturday, put it there" right after "delete the bike ride, that wasn't today": the
    workout just removed, logged on the day now named."""
    item = dict(state.pop("removed", None) or {})
    day = parse.workout_day(parse.prepare(turn.message), _today())
    if not item or day is None:
        return await coach(turn, state)
    result = await turn.call_tool("log_workout", items=[item | {"date": day.isoformat()}])
    if problem := _error(result):
        return f"Hmm, I couldn't log that: {problem}."
    state["intent"] = "log"
    state["logged"] = [w["id"] for w in result["workouts"]]
    show_kcal = not safety.no_calories(turn)
    week = result["week"]
    kcal = f" · ~{week['calories']} kcal" if show_kcal else ""
    return "\n".join([
        f"Done, moved to {day:%A %-d %b}: {render.workout(result['workouts'][0], _today(), show_kcal)} ✅",
        f"Last 7 days: {render.plural(week['sessions'], 'workout')} · {render.number(week['minutes'])} min{kcal}.",
        LOG_EXAMPLES,
    ])


def _log_elsewhere_hint(message: str, deleted: list[dict[str, Any]]) -> str | None:
    """After "scrap the rows, those were last week" or "take off the yoga, that was yesterday":
    how to log it on the day it happened (never done unasked: the message said remove)."""
    if len(deleted) != 1:
        return None
    day = parse.workout_day(parse.prepare(message), _today())
    named_day = day is not None and day != _today()
    if not named_day and not intents.another_time(message):
        return None
    w = deleted[0]
    what = str(w.get("exercise") or w.get("label") or w.get("activity_name") or "it").lower()
    if w.get("sets") and w.get("reps"):
        what = f"{w['sets']}x{w['reps']} {what}"
    elif w.get("duration_min") and not w.get("duration_estimated"):
        what = f"{render.number(float(w['duration_min']))} min {what}"
    if named_day:
        when = "yesterday" if day == _today() - timedelta(days=1) else f"on {day:%A}"
        return f"Want it {when} instead? Say “{what} {when}” and I'll log it there."
    return f"Want it on the day you did it? Say e.g. “{what} on Monday” and I'll log it there."


def _not_in_log(message: str, done: str, thing: str | None = None) -> str:
    """A removal or correction naming a workout that isn't in the last week's log: nothing else
    is touched in its place."""
    if thing:
        return (
            f"The {thing} isn't in your log (I only log workouts), so I haven't {done} anything and the rest stays "
            "as it was. Say “what did I do this week?” to see what's there."
        )
    return (
        f"I can't find “{targets.describe(message)}” in your workouts from the last 7 days, so I haven't {done} "
        "anything. Say “what did I do this week?” to see what's there."
    )


_UNDO_WORDS = re.compile(r"\b(delete|remove|undo|scrap|erase|cancel|get rid of|take off|take out)\b")


# "delete the sauna", "remove the massage": a thing named for removal that no activity matches
_REMOVE_THING = re.compile(
    r"\b(?:delete|remove|scrap|erase|cancel|get rid of|take off|take out|drop|ditch)\s+(?:the |my |that |this )?([a-z]{3,})\b"
)
_NOT_A_THING = frozenset(
    """it that this them those these both all everything entry entries workout workouts session sessions log logs
    last one ones today todays yesterday yesterdays previous record records activity activities exercise exercises
    training thing things lot latest most first second whole item items stuff""".split()
)


def _named_thing(message: str) -> str | None:
    """The thing a removal names ("sauna" in "delete the sauna, it is not sport"), or None."""
    found = _REMOVE_THING.search(parse.prepare(message).replace("'", ""))
    if found is None or found[1] in _NOT_A_THING:
        return None
    return found[1]


async def _targets(turn: Turn, state: dict[str, Any]) -> list[str] | None:
    """The workouts a "delete"/"actually" message is about: the ones it names ("remove the
    run", "squats were 5 sets"), the last log's first; else the ones the last log added; else
    None (the latest logged). [] when it names something that is not in the last week's log."""
    logged = [i for i in state.get("logged", []) if isinstance(i, str)]
    if not targets.named(turn.message):
        if (thing := _named_thing(turn.message)) is not None:
            # "delete the sauna" when no sauna was logged (it isn't a workout): nothing else goes in its place
            history = await turn.call_tool("workout_history", days=7)
            recent = [w for w in history.get("recent", []) if w.get("id")] if isinstance(history, dict) else []
            said = " ".join(str(w.get(k) or "") for w in recent for k in ("activity", "activity_name", "label", "exercise"))
            if thing[:4] not in said.lower().replace("_", " "):
                state["not_logged"] = thing
                return []
        return logged or None
    history = await turn.call_tool("workout_history", days=7)
    recent = [w for w in history.get("recent", []) if w.get("id")] if isinstance(history, dict) else []
    found = targets.matching(turn.message, recent, logged) or []
    km = parse.distance_km(entries.canonical(turn.message))
    if km is not None and len(found) == 1 and _UNDO_WORDS.search(turn.message.lower()):
        # "delete the 5k": the run of that distance, when there is one
        same = [w for w in recent if w.get("activity") == found[0].get("activity")]
        found = [w for w in same if abs(float(w.get("distance_km") or 0) - km) < 0.05][:1] or found
    return [w["id"] for w in found]


async def correct(turn: Turn, state: dict[str, Any]) -> str:
    ids = await _targets(turn, state)
    text = parse.prepare(turn.message)
    kmh, span = parse.pace(text)
    rest = text if span is None else text[: span[0]] + " " + text[span[1] :]
    changes: dict[str, Any] = {}
    if problem := parse.impossible_numbers(turn.message):
        return f"Hmm, {problem}, so I left the workout as it was. What should it say?"
    rest_said = rest
    if load := _LOAD_SAID.search(rest):
        # "the squats were at 110kg": the weight lifted, not a time or a distance
        changes["load_kg"] = round(float(load[1]) * (1 if load[2].startswith("k") else 0.45359237), 1)
        rest = rest[: load.start()] + " " + rest[load.end() :]
    rest = _OLD_VALUE.sub(" ", rest)  # "35 not 30 min": the 30 is what was wrong, not the change
    if (minutes := parse.duration_minutes(rest)) is not None:
        changes["duration_minutes"] = minutes
    if (distance := parse.distance_km(rest)) is not None:
        changes["distance_km"] = distance
        if parse.distance_unit(rest) != "km":
            changes["distance_unit"] = parse.distance_unit(rest)
    if re.search(r"\b(each way|both ways)\b", rest):
        # "sorry it was 14 km each way": the commute there and back, as when it was logged
        for key in ("distance_km", "duration_minutes"):
            if key in changes:
                changes[key] *= 2
        distance = changes.get("distance_km", distance)
    sets, reps = parse.sets_reps(rest)
    if sets:
        changes["sets"] = sets
    if reps:
        changes["reps"] = reps
    if level := parse.intensity(text):
        changes["intensity"] = level
    if (day := parse.corrected_day(text, _today())) is not None:
        changes["date"] = day.isoformat()
    named = compendium.activity_in_text(entries.canonical(turn.message))
    logged = [i for i in state.get("logged", []) if isinstance(i, str)]
    if ids == [] and len(logged) == 1 and not any(t.exercise_id for t in targets.named(turn.message)):
        ids = logged  # "actually it was a swim" after logging one walk: that walk, now a swim
    if ids == []:
        state["intent"] = "correct"
        return _not_in_log(turn.message, "changed")
    target = (ids[0] if targets.named(turn.message) else ids[-1]) if ids else None
    if named is None and len(logged) > 1 and target in logged and not targets.named(turn.message):
        target = await _suited_target(turn, logged, changes) or target
    guessed = [i for i in state.get("estimated", []) if isinstance(i, str)]
    if named is None and guessed and set(changes) == {"duration_minutes"}:
        target = guessed[-1]  # "28 minutes" after "ran 5k": the time that was estimated
    if named is not None and not _is_target_activity(turn, named.id, state):
        changes["activity"] = named.id
    if distance is not None and kmh and "duration_minutes" not in changes:
        changes["duration_minutes"] = round(distance / kmh * 60, 1)
    state["intent"] = "correct"
    if not changes and (bare := re.search(r"(?<![\d.:])(\d{1,4}(?:\.\d)?)(?![\d:]|\s*(?:%|x\b))", text)):
        found, target = await _bare_number_change(turn, state, float(bare[1]), text, target)
        changes.update(found)
    pounds = changes.pop("_pounds", None)
    if pounds is None and (load := _LOAD_SAID.search(rest_said)) and not load[2].startswith("k"):
        pounds = float(load[1])  # "the squats were at 110 lbs": echoed as said
    if not changes:
        return "What should I change: the time, the distance, the day or the activity? (e.g. “it was 40 minutes”)"
    result = await turn.call_tool("correct_workout", **({"workout_id": target} if target else {}), **changes)
    if problem := _error(result):
        return f"I couldn't correct it: {problem}. Nothing was changed."
    workout = result["workout"]
    replaced = (result.get("before") or {}).get("id") or target
    # the corrected one last (the next "actually ..." is about it), the others of that log kept
    state["logged"] = [i for i in logged if i != replaced] + [workout["id"]]
    state["pending"] = []
    # a time still guessed from the distance ("it was 6k" after "ran 5k") can still be told: "28 minutes"
    state["estimated"] = [workout["id"]] if workout.get("duration_estimated") and workout.get("distance_km") else []
    state["reason"] = CALORIE_METHOD
    show_kcal = not safety.no_calories(turn)
    week = result["week"]
    kcal = f" · ~{week['calories']} kcal" if show_kcal else ""
    if _unchanged(result.get("before") or {}, workout, changes):
        # never "Fixed!" for a change that changed nothing: say what the log holds and ask
        return (
            f"That's how it's already logged: {render.workout(workout, _today(), show_kcal)}\n"
            "What should be different: the day, the time, the distance or the activity?"
        )
    lines = [
        f"Fixed! ✅ {render.workout(workout, _today(), show_kcal)}"
        + (f" ({changes['intensity']} effort)" if "intensity" in changes else "")
        + (f" ({render.number(pounds)} lb = {render.number(changes['load_kg'])} kg)" if pounds and "load_kg" in changes else ""),
        f"Last 7 days: {render.plural(week['sessions'], 'workout')} · {render.number(week['minutes'])} min{kcal}.",
    ]
    if state["estimated"]:
        what = str(workout.get("activity_name") or "it").lower()
        lines.append(f"How long did the {what} take? Tell me (e.g. “28 minutes”) and I'll fix the time and calories.")
    return "\n".join(lines)


# The fields a change needs its workout to have: "it was 4 miles not 3" after a run and a bench
# press logged together is about the run, "4 sets not 3" about the lift.
_NEEDS = {"distance_km": ("distance_km",), "sets": ("sets", "reps"), "reps": ("sets", "reps"), "load_kg": ("load_kg", "sets")}


async def _suited_target(turn: Turn, logged: list[str], changes: dict[str, Any]) -> str | None:
    """Of the workouts the last log added, the latest that holds what the change is about (a
    distance, sets or a weight); None when that is the latest anyway or none does."""
    needs = {field for key in changes for field in _NEEDS.get(key, ())}
    if not needs:
        return None
    history = await turn.call_tool("workout_history", days=7)
    recent = history.get("recent", []) if isinstance(history, dict) else []
    by_id = {w.get("id"): w for w in recent if isinstance(w, dict)}
    holding = [i for i in logged if any(by_id.get(i, {}).get(field) is not None for field in needs)]
    if (old := _WAS.search(parse.prepare(turn.message))) is not None:
        # "it was 2 km not 1": the one that held 1
        was = float(old[1])
        same = [i for i in holding if any(abs(value - was) < 0.05 for value in _values(by_id[i], needs))]
        holding = same or holding
    return holding[-1] if holding else None


_WAS = re.compile(r"\b(?:not|instead of|rather than)\s*(\d{1,4}(?:\.\d+)?)")


def _values(workout: dict[str, Any], fields: set[str]) -> list[float]:
    """The numbers a logged workout holds in `fields`, a distance also in the unit it was told in."""
    values = [float(workout[f]) for f in fields if isinstance(workout.get(f), (int, float))]
    if "distance_km" in fields and isinstance(workout.get("distance_km"), (int, float)):
        per = {"mi": 1.609344, "yd": 0.0009144}.get(str(workout.get("distance_unit")), 1.0)
        values.append(float(workout["distance_km"]) / per)
    return values


_STORED = {"duration_minutes": "duration_min"}


def _unchanged(before: dict[str, Any], after: dict[str, Any], changes: dict[str, Any]) -> bool:
    """True when every field the correction set holds what the workout held before it."""
    if not before:
        return False
    for key in changes:
        stored = _STORED.get(key, key)
        if key not in ("date", "duration_minutes", "distance_km", "sets", "reps", "activity"):
            return False  # a field the brief record doesn't show: trust the change
        old, new = before.get(stored), after.get(stored)
        if key == "date":
            old, new = str(old or "")[:10], str(new or "")[:10]
        if old != new:
            return False
    return True


_LOAD_SAID = re.compile(r"\b(?:at|with|@|was|were)?\s*(\d{1,4}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b")


async def _bare_number_change(
    turn: Turn, state: dict[str, Any], value: float, text: str, target: str | None
) -> tuple[dict[str, Any], str | None]:
    """"actually it was 50": the number is in the unit the last workout was measured in (the
    weight of a lift logged with one, reps for a counted exercise, else minutes). "85 not 80"
    changes the field that held 80, in whichever workout of the last log held it (a weight
    told in pounds is matched in pounds). The changes and the workout they are for."""
    logged = [i for i in state.get("logged", []) if isinstance(i, str)]
    history = await turn.call_tool("workout_history", days=7)
    recent = history.get("recent", []) if isinstance(history, dict) else []
    last = next((w for w in recent if w.get("id") == target), None) or next(
        (w for w in recent if w.get("id") in logged), recent[0] if recent else None
    )
    if last is not None and (old := _NOT_OLD.search(text)):
        was = float(old[1])
        candidates = [last] + [w for i in reversed(logged) for w in recent if w.get("id") == i and w is not last]
        for workout in candidates:
            for key, field in (("load_kg", "load_kg"), ("reps", "reps"), ("sets", "sets"), ("duration_min", "duration_minutes")):
                if workout.get(key) is None:
                    continue
                if abs(float(workout[key]) - was) < 0.05:
                    return {field: int(value) if field in ("reps", "sets") else value}, workout.get("id") or target
                if key == "load_kg" and abs(float(workout[key]) - was * _LB) < 0.1:
                    # "110 not 100" in pounds: kept in kg, and the pounds said echoed
                    return {"load_kg": round(value * _LB, 1), "_pounds": value}, workout.get("id") or target
    if last is not None and last.get("load_kg") and 0.5 <= value / float(last["load_kg"]) <= 2:
        return {"load_kg": value}, target  # "the squats were 110" after 3x8 at 100 kg: the weight
    if last is not None and last.get("load_kg") and 0.75 <= value * _LB / float(last["load_kg"]) <= 1.5:
        return {"load_kg": round(value * _LB, 1), "_pounds": value}, target  # "the curls were 30" after 3x12 at 25 lbs
    if last is not None and last.get("reps") and last.get("duration_estimated") and value == int(value):
        return {"reps": int(value)}, target
    return {"duration_minutes": value}, target


_LB = 0.45359237


# "85 not 80", "85, not 80", "85 instead of 80": the value that was wrong, to find its field.
_NOT_OLD = re.compile(r"\d(?:\.\d)?\s*(?:[a-z]+\s*)?,?\s*\b(?:not|instead of|rather than)\s*(\d{1,4}(?:\.\d)?)\b")
_OLD_VALUE = re.compile(
    r",?\s*\b(?:not|instead of|rather than)\s*\d{1,4}(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|min|mins|minutes|km|k|miles?|reps?|sets?)?\b"
)


def _is_target_activity(turn: Turn, activity_id: str, state: dict[str, Any]) -> bool:
    """True when the activity named is the logged one's (so "the run was 40 min" is no change of activity)."""
    for raw in turn.tool_calls[::-1]:
        if raw.get("name") == "workout_history":
            for w in (raw.get("result") or {}).get("recent", []):
                if w.get("id") in state.get("logged", []):
                    found = compendium.find_activity(str(w.get("activity_name")))
                    return found is not None and found.id == activity_id
    for record in reversed(turn.history[-4:]):
        for call in record.get("tool_calls") or []:
            for w in (call.get("result") or {}).get("workouts", []) if isinstance(call.get("result"), dict) else []:
                if w.get("id") in state.get("logged", []):
                    return w.get("activity") == activity_id
            workout = (call.get("result") or {}).get("workout") if isinstance(call.get("result"), dict) else None
            if isinstance(workout, dict) and workout.get("id") in state.get("logged", []):
                return workout.get("activity") == activity_id
    return True


async def estimate_told(turn: Turn, state: dict[str, Any]) -> str:
    """"how many cals did I burn roughly? I'm 70kg" after a workout told in an earlier message
    but not logged: the estimate for that workout, with this message's weight."""
    earlier = intents.told_before(turn.message, turn.history)
    if earlier is None:
        return await coach(turn, state)
    # the weight said now wins: it comes first, where `weight_kg` looks
    text = await estimate(attrs.evolve(turn, message=f"{turn.message}. {earlier}"), state)
    # they said they did it: the log is offered, not asked about
    return text.replace("Did it already? Say “I did …” and I'll log it.", "Want it in your log? Tell me how long it took and I'll add it.")


async def estimate(turn: Turn, state: dict[str, Any]) -> str:
    canonical = entries.canonical(turn.message)
    activity = compendium.activity_in_text(canonical)
    if activity is None and (exercise := entries.library.exercise_in_text(canonical)) is not None:
        activity = entries.activity_for(exercise)
    assert activity is not None
    reading = entries.read(turn.message, _today())
    said = next((e for e in reading.entries if e.activity == activity), None)
    minutes = parse.duration_minutes(turn.message) or (said.minutes if said else None)
    per = not minutes  # no time given: the figure is per half hour
    minutes = minutes or 30.0
    state["intent"] = "estimate"
    state["reason"] = CALORIE_METHOD
    if safety.no_calories(turn):
        return (
            f"I'd rather not put a calorie number on it right now. {render.number(minutes)} minutes of "
            f"{activity.name.lower()} is good for your heart, mood and sleep, and that's what I'll help you track. 💙"
        )
    level = parse.intensity(turn.message) or (said.intensity if said else None) or "moderate"
    entry = activity.entry_for(level)
    if said and said.distance_km and said.minutes and activity.speed_rows:
        entry = activity.entry_for_speed(said.distance_km / (said.minutes / 60)) or entry
    weight = weight_kg(turn)
    kcal = compendium.calories(entry.met, weight or compendium.DEFAULT_WEIGHT_KG, minutes)
    basis = (
        f"for your {render.number(weight)} kg" if weight else "assuming 70 kg; tell me your weight for a closer number"
    )
    what = f"{'every 30' if per else render.number(minutes)} min of {activity.name.lower()}"
    effort, pace = f" at {level} effort", ""
    if said and said.steps:
        what = f"{said.steps:,} steps (about {render.number(minutes)} min of walking)"
    elif said and said.distance_km and said.minutes and activity.speed_rows:
        speed = said.distance_km / (said.minutes / 60)
        effort = ""
        pace = f"{render.number(round(said.distance_km, 2))} km at about {render.number(round(speed, 1))} km/h; "
        if said.distance_unit == "mi":
            miles = said.distance_km / measures.MILE_KM
            pace = f"{render.number(round(miles, 2))} mi at about {render.number(round(miles / (said.minutes / 60), 1))} mph; "
    ask = " Tell me how long you go for and I'll work out yours." if per else ""
    state.pop("offer", None)
    offer = "Did it already? Say “I did …” and I'll log it. 💪"
    if intents.told_workout(turn.message):
        # the workout told with the question: nothing is logged unasked, one word logs it
        state["offer"] = turn.message
        offer = "It's an estimate (a watch or heart rate would shift it a little). Want it in your log? Say “log it”. 💪"
    return (
        f"About **{kcal} kcal** for {what}{effort} "
        f"({pace}MET {render.number(entry.met)}, Compendium {entry.code}, {basis}).{ask} {offer}"
    )


async def log_offered(turn: Turn, state: dict[str, Any]) -> str:
    """"log it" after the calories of a workout told with the question: that workout, logged."""
    said = str(state.pop("offer", "") or "")
    reading = entries.read(said, _today())
    if (minutes := parse.duration_minutes(turn.message)) and len(reading.entries) == 1:
        # "log it, 35 minutes each way" after "cycled to work and back, does that count?"
        both = re.search(r"\b(each way|both ways|there and back|each direction)\b", parse.prepare(turn.message))
        entry = reading.entries[0]
        entry.minutes, entry.minutes_estimated = minutes * (2 if both else 1), False
    if reading.problem or not reading.complete:
        state["intent"] = "log"
        return "What did you do, and for how long? (e.g. “ran 5k in 30 minutes”) I'll log it."
    text = await _log_entries(turn, state, reading.complete, reading.incomplete)
    said_kg = _said_weight(said)
    kept = turn.profile.get("weight_kg") if isinstance(turn.profile, dict) else None
    if said_kg and said_kg != (kept or compendium.DEFAULT_WEIGHT_KG) and state.get("logged") and not safety.no_calories(turn):
        # the estimate used the weight said with it; the log uses the profile's (or 70 kg)
        text += (
            f"\nThe log uses {render.number(kept) + ' kg from your profile' if kept else '70 kg'}; the estimate used the "
            f"{render.number(said_kg)} kg you said. To log at that weight from now on, say “remember I'm {render.number(said_kg)} kg”."
        )
    return text


def _said_weight(message: str) -> float | None:
    """The body weight said in `message` ("im 70kg"), or None."""
    found = _BODY_WEIGHT.search(parse.prepare(message))
    if not found:
        return None
    kg = float(found[1]) * (0.45359237 if found[2].startswith(("lb", "pound")) else 1)
    return round(kg, 1) if 25 <= kg <= 350 else None


# Summaries


_CALORIES_ASKED = re.compile(r"\b(calories|kcal|burn|burned|burnt)\b")


_THAT = re.compile(
    r"\b(did|does) (that|it|this|those)\b|\b(that|it|this|those) (burn\w*|was|were)\b|"
    r"\b(is|was|were|are) (that|it|this|those|these)\b(?! (week|month|year|morning|afternoon|evening|weekend))|"
    r"\bfor (that|it|this|those|these)\b(?! (week|month|year|morning|afternoon|evening|weekend))|"
    r"^\W*(and |so |ok |okay )?(how many |how much |the |in )?(calories|kcal|cals)\W*"
    r"((i'?m|im|i am|i weigh|at|for|if i'?m|if im) (about |around )?\d{2,3}(\.\d)? ?(kg|kgs|kilos?|lbs?|pounds)\W*)?$"
)


async def history(turn: Turn, state: dict[str, Any]) -> str:
    named = compendium.activity_in_text(entries.canonical(turn.message))
    if named is not None and (named.id == "general_exercise" or periods.in_text(turn.message) != (None, None)):
        named = None  # "how many calories have I burned this week from exercise?" is the week's summary
    totals = intents.asks_totals(turn.message)
    volume = bool(_VOLUME_ASKED.search(parse.prepare(turn.message)))
    if volume:
        named, totals = None, False  # "volume on deadlifts?": kg lifted over the period, not the last log's calories
    week_asked = bool(_WEEK_ASKED.search(parse.prepare(turn.message)))
    if (
        (_THAT.search(parse.prepare(turn.message)) or named or intents.asks_just_logged_calories(turn.message, state, state.get("previous")))
        and state.get("logged") and not safety.no_calories(turn) and not week_asked
        and not totals and not volume
        and not intents.asks_minutes_in_period(turn.message)  # "how many minutes is that over the last week?"
    ):
        if text := await _last_logged_calories(turn, state, named.id if named else None):
            return text
        if named is not None and _CALORIES_ASKED.search(parse.prepare(turn.message)):
            return await estimate(turn, state)  # "did the 40k ride burn?" when the ride wasn't the last thing logged
    if totals and state.get("logged") and periods.in_text(turn.message) == (None, None):
        if text := await _logged_totals(turn, state):
            return text
    if (day_text := await _one_day(turn, state)) is not None:
        return day_text
    period, days = periods.in_text(turn.message)
    if period is None and days is None and state.get("summary"):
        period, days = state["summary"].get("period"), state["summary"].get("days")
    arguments: dict[str, Any] = {"period": period} if period else {"days": days} if days else {}
    result = await turn.call_tool("workout_history", **arguments)
    state["intent"] = "history"
    state["summary"] = {"period": period, "days": days}
    state["reason"] = WHO_REASON + " " + CALORIE_METHOD
    if problem := _error(result):
        return f"I couldn't read your log: {problem}."
    show_kcal = not safety.no_calories(turn)
    asked = bool(_CALORIES_ASKED.search(parse.prepare(turn.message)))
    text = render.summary(result, _today(), show_kcal, calorie_question=asked)
    if volume and (first := render.volume_answer(result, turn.message)):
        text = first + "\n\n" + text  # "what was my total volume on bench?": the answer first
    rolling: Any = None
    if not result["sessions"] and period == "this_week" and _today().weekday() < 6:
        # nothing since Monday: the rolling week is what "this week" means to most people then
        rolling = await turn.call_tool("workout_history", period="last_7_days")
        if isinstance(rolling, dict) and rolling.get("sessions"):
            result = rolling
            text = text.replace(" yet.", ".") + "\n" + render.summary(rolling, _today(), show_kcal, calorie_question=asked)
    elif period == "this_week" and _today().weekday() < 6:
        # "what have I done this week?" on a Wednesday: Saturday's hike is last calendar week, but
        # most people count it, so the last 7 days are said too whenever they hold more
        rolling = await turn.call_tool("workout_history", period="last_7_days")
        if isinstance(rolling, dict) and rolling.get("sessions", 0) > result["sessions"]:
            text += "\n" + render.rolling_week(rolling, result, _today(), show_kcal)
    if not result["sessions"]:
        text += (
            " Tell me what you did (e.g. “ran 5k in 30 minutes”) and I'll track it, "
            "or ask for a plan to get rolling! 💪"
        )
    else:
        if (verdict := _enough_verdict(turn.message, result, rolling if period == "this_week" else None)) is not None:
            text = verdict + "\n" + text
        if _ENOUGH_FOR_AGE.search(parse.prepare(turn.message)):
            text += "\n" + _for_age(_stated_age(turn.message) or _age_said_lately(turn) or _age(turn))
        if goal_line := advice.goal_line(turn.profile):
            text += "\n" + goal_line
        other = "last week" if result["period"] != "last_week" else "this week"
        text += f"\nAsk “and {other}?”, “today” or “why?”."
    return text


# "how's my week looking, is that enough?" right after a log: the week, not the calories of the log
_WEEK_ASKED = re.compile(r"\b(my|the|this|our|whole) week\b|\bweek (looking|looks|going|so far)\b|\bweekly\b")
_ENOUGH_ASKED = re.compile(r"\b(enough|on track|doing ok|doing okay|doing alright|doing well|how am i doing|looking good)\b")


def _enough_verdict(message: str, result: dict[str, Any], rolling: Any) -> str | None:
    """"is that enough?" about the week: yes or not yet against the WHO's weekly minutes and strength
    days, first (the week since Monday, or the last 7 days when they hold more)."""
    if not _ENOUGH_ASKED.search(parse.prepare(message)):
        return None
    h = rolling if isinstance(rolling, dict) and rolling.get("sessions", 0) > result.get("sessions", 0) else result
    who = h.get("who")
    if not who:
        return None
    done, low = who["moderate_equivalent"], who["target_low"]
    strength = who["strength_days"] >= who["strength_target"]
    if done >= low:
        more = "" if strength else f" Add strength work on {who['strength_target']} days a week to tick the WHO's other box."
        return (
            f"**Yes, that's a solid week** 👍: {render.number(round(done))} moderate-equivalent minutes (vigorous counts double) "
            f"meets the WHO's {low}-{who['target_high']} a week.{more}"
        )
    return (
        f"**Not quite yet**: {render.number(round(done))} of the WHO's {low} weekly minutes (vigorous counts double), "
        f"{render.number(round(low - done))} to go: a brisk walk or an easy session or two gets you there."
    )


# "is it enough for someone my age?", "enough at 70?" after the week's minutes
_ENOUGH_FOR_AGE = re.compile(r"\benough\b.{0,30}\b(my age|someone my age|at my age|older|age|[4-9]\d)\b")


def _for_age(age: int | None) -> str:
    """The WHO 2020 guideline for the age asked about, after the minutes counted against it."""
    if age is not None and age >= 65:
        return (
            f"At {age}, the WHO's advice is the same as for younger adults: 150-300 minutes of moderate activity a "
            "week, muscle-strengthening on 2 or more days, and balance and strength work on 3 or more days to "
            "prevent falls. (Source: WHO guidelines on physical activity and sedentary behaviour, 2020.)"
        )
    return (
        "The WHO's 150-300 minutes of moderate activity a week, plus muscle-strengthening on 2 or more days, holds "
        "for every adult age; from 65 it adds balance work on 3 or more days. (Source: WHO guidelines on physical "
        "activity and sedentary behaviour, 2020.)"
    )


_VOLUME_ASKED = re.compile(r"\b(volume|tonnage|how (much|many) (weight|kg|kilos?|lbs?|pounds) (did|have) i (lift|move)\w*)\b")
_ON_WEEKDAY = re.compile(r"\b(on|last|this past)\s+(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(day)?\b|"
                         r"\b(mon|tues|wednes|thurs|fri|satur|sun)day'?s?\b")


async def _one_day(turn: Turn, state: dict[str, Any]) -> str | None:
    """"what workouts did I do on Monday?": that day's workouts (a weekday within the last week)."""
    text = parse.prepare(turn.message)
    if not _ON_WEEKDAY.search(text):
        return None
    day = parse.workout_day(text, _today())
    if day is None or day > _today() or (_today() - day).days > 7:
        return None
    result = await turn.call_tool("workout_history", days=(_today() - day).days + 1)
    if not isinstance(result, dict):
        return None
    state["intent"] = "history"
    state["reason"] = WHO_REASON + " " + CALORIE_METHOD
    found = [w for w in result.get("recent", []) if str(w.get("date", ""))[:10] == day.isoformat()]
    label = f"{day:%A} {day.day} {day:%b}"
    if not found:
        return (
            f"Nothing logged for {label}. Tell me what you did (e.g. “on {day:%A} I ran 5k in 30 minutes”) "
            "and I'll add it."
        )
    show_kcal = not safety.no_calories(turn)
    lines = [f"**{label}**: {render.plural(len(found), 'workout')}"]
    lines += [f"- {render.workout(w, _today(), show_kcal)}" for w in reversed(found)]
    return "\n".join(lines)


async def _logged_totals(turn: Turn, state: dict[str, Any]) -> str | None:
    """"how many minutes in total?" right after a log: the workouts that message logged, added up."""
    result = await turn.call_tool("workout_history", days=31)
    if not isinstance(result, dict):
        return None
    mine = [w for w in result.get("recent", []) if w.get("id") in state.get("logged", [])]
    if not mine:
        return None
    state["intent"] = "history"
    state["reason"] = CALORIE_METHOD
    show_kcal = not safety.no_calories(turn)
    minutes = sum(float(w.get("duration_min") or 0) for w in mine)
    kcal = sum(int(w.get("calories") or 0) for w in mine)
    parts = " + ".join(render.number(float(w.get("duration_min") or 0)) for w in reversed(mine))
    burned = f", about **{kcal} kcal** burned" if show_kcal else ""
    sum_text = f" ({parts})" if len(mine) > 1 else ""
    lines = [f"In total: **{render.number(minutes)} min**{sum_text}{burned}. 💪"]
    lines += [f"- {render.workout(w, _today(), show_kcal)}" for w in reversed(mine)]
    lines.append("Ask “what did I do this week?” for the whole week.")
    return "\n".join(lines)


def _latest_of(recent: list[dict[str, Any]], activity: str) -> list[dict[str, Any]]:
    """The latest workout of `activity` in the last 7 days ("calories for the swim?" after the swim
    and then a ride were logged), as a list of one, or []."""
    since = (_today() - timedelta(days=7)).isoformat()
    done = [w for w in recent if w.get("activity") == activity and str(w.get("date", "")) >= since]
    return [max(done, key=lambda w: str(w.get("date", "")))] if done else []


async def _last_logged_calories(turn: Turn, state: dict[str, Any], activity: str | None = None) -> str | None:
    """"How many calories did that burn?": the workouts the last message logged; "did the run
    burn?": the run among them (all of them when none is that activity)."""
    result = await turn.call_tool("workout_history", days=31)
    if not isinstance(result, dict):
        return None
    mine = [w for w in result.get("recent", []) if w.get("id") in state.get("logged", [])]
    if activity is not None:
        mine = [w for w in mine if w.get("activity") == activity] or _latest_of(result.get("recent", []), activity)
    if not mine:
        return None
    state["intent"] = "history"
    state["reason"] = CALORIE_METHOD
    weight = weight_kg(turn)
    if weight:
        # "how many calories did that burn? I'm 82kg": MET x kg x hours scales with the weight
        mine = [
            w | {"calories": round(float(w["calories"]) * weight / float(w["weight_kg"]))}
            if w.get("calories") and w.get("weight_kg") and float(w["weight_kg"]) != weight else w
            for w in mine
        ]
    total = sum(int(w.get("calories") or 0) for w in mine)
    lines = [f"About **{total} kcal**:"] + [f"- {render.workout(w, _today())}" for w in reversed(mine)]
    lines.append(f"(Using your weight of {render.number(weight)} kg.)" if weight else "(Assuming 70 kg; tell me your weight for a closer number.)")
    return "\n".join(lines)


# Plans


def _base_plan(state: dict[str, Any], saved: dict[str, Any] | None) -> dict[str, Any] | None:
    """The last plan's arguments: from the dialog state, else from the saved plan."""
    if isinstance(state.get("plan"), dict) and state["plan"].get("level"):
        return dict(state["plan"])
    if saved is None:
        return None
    return {key: saved.get(key) for key in plan_changes.PLAN_KEYS}


def _plan_arguments(turn: Turn, base: dict[str, Any] | None) -> dict[str, Any]:
    goal_type = parse.goal_type(turn.message)
    if goal_type is None and (current := fitness_goal(turn)):
        goal_type = current.get("type")
    level = parse.level(turn.message) or (base or {}).get("level") or "beginner"
    minutes = parse.duration_minutes(turn.message)
    default_minutes = 30 if level == "beginner" else 45
    named_split = plan_changes.split(turn.message)
    if named_split is not None and goal_type is None:
        goal_type = "strength"  # "a 3 day push pull legs split" is a lifting week
    days = parse.days_per_week(turn.message) or (base or {}).get("days_per_week") or 3
    # "3 day workout plan, only weekends and fridays", "4 days, weekdays only": the days said
    weekdays = plan_changes.weekdays_in(parse.prepare(turn.message).replace("'", ""), {"days_per_week": days})
    if weekdays:
        days = len(weekdays)
    return {
        "weekdays": weekdays or None,
        "split": named_split,
        "goal": goal_type or (base or {}).get("goal") or "general_fitness",
        "level": level,
        "days_per_week": days,
        "minutes_per_session": int(min(180, max(10, minutes)))
        if minutes
        else (base or {}).get("minutes_per_session", default_minutes),
        "equipment": parse.equipment(turn.message) or (base or {}).get("equipment") or ["none"],
        "focus": plan_changes.focus(turn.message),
        "cardio": plan_changes.cardio(turn.message)
        if re.search(r"\b(on|prefer|using|with|no|not|without|avoid|hate|cant|can't)\b", parse.prepare(turn.message))
        else None,
        # what the user asked to leave out or swap stays out of their plans; "my knees are shot" leaves out the jumps
        "avoid": sorted(set((base or {}).get("avoid") or ()) | set(plan_changes.IMPACT_EXERCISES))
        if plan_changes.LOW_IMPACT.search(parse.prepare(turn.message))
        else (base or {}).get("avoid") or None,
        "swaps": (base or {}).get("swaps") or None,
    }


def _within_limits(message: str, arguments: dict[str, Any], state: dict[str, Any]) -> list[str]:
    """`arguments` built around the user's stated limitations (make_plan leaves out what would
    load them and moves the cardio off them; seated work gets a band); the line saying so, or []."""
    said = limits.known(state.get("limits"))
    arguments["limits"] = list(said) or None
    if not said:
        quiet = plan_changes.LOW_IMPACT.search(parse.prepare(message))
        return ["🤫 No jumping: every move in it is low-impact and quiet."] if quiet else []
    equipment = [e for e in arguments.get("equipment") or () if e != "none"]
    if ("wheelchair" in said or "chair" in said) and not equipment:
        if parse.equipment(message) == ["none"] or state.get("no_band"):
            # "no equipment" said (now or for this plan): kept, and what a band would add said
            state["no_band"] = True
            return [limits.summary(said), "No equipment, so no rows or presses: a resistance band is cheap and adds them."]
        arguments["equipment"] = ["resistance_band"]  # seated work without one is a few arm circles
        return [limits.summary(said), "It uses a resistance band: cheap, and it makes seated rows and presses possible."]
    return [limits.summary(said)]


async def _answer_plan(turn: Turn, state: dict[str, Any], arguments: dict[str, Any], opening: list[str]) -> str:
    if safety.no_calories(turn) and arguments["goal"] == "weight_loss":
        arguments["goal"] = "general_fitness"  # no weight-loss plans while the guard's flag is up
    call = {k: v for k, v in arguments.items() if v is not None}
    result = await turn.call_tool("make_plan", **call)
    if problem := _error(result):
        return f"I couldn't build that plan: {problem}."
    state["intent"] = "plan"
    state["plan"] = {key: arguments.get(key) for key in plan_changes.PLAN_KEYS}
    if (race := progress.race_in_text(turn.message)) is not None:
        state["race"] = race.id
    state["reason"] = "Why the plan looks like this:\n" + "\n".join(f"- {r}" for r in result.get("reasons", []))
    seated = {"wheelchair", "chair"} & set(arguments.get("limits") or ())
    examples = SEATED_EXAMPLES if seated else EXAMPLES
    return "\n".join([*opening, "", render.plan(result), "", f"Saved! Ask “what's my workout today?” any time. {examples}"])


_RACE_TALK = ("roadmap", "timeline", "long_run", "ability", "goal")


async def plan(turn: Turn, state: dict[str, Any]) -> str:
    # The last plan supplies what this message leaves out (days, minutes, equipment, level).
    base = _base_plan(state, await last_plan(turn))
    arguments = _plan_arguments(turn, base)
    named = progress.race_in_text(turn.message)
    race = named or (progress.race_by_id(state.get("race")) if state.get("previous") in _RACE_TALK else None)
    if race is not None and parse.goal_type(turn.message) is None:
        arguments["goal"] = "endurance"  # "make me a plan" right after talking about a 5k
    name = first_name(turn)
    opening = f"Let's do this{', ' + name if name else ''}! 💪 Here's a plan that fits your week."
    if arguments["level"] == "beginner":
        opening += " We start easy and build: consistency beats intensity."
    lines = [opening]
    if named is not None and arguments["goal"] == "endurance":
        lines.append(f"🏁 {race.plan} (Source: {race.source}.) This is your first week; grow it from there.")
    lines += _within_limits(turn.message, arguments, state)
    return await _answer_plan(turn, state, arguments, lines)


async def plan_change(turn: Turn, state: dict[str, Any]) -> str:
    base = _base_plan(state, await last_plan(turn))
    if base is None:
        return await plan(turn, state)
    said = _RACE_TIME.search(parse.prepare(turn.message))
    asked = turn.message if said is None else _RACE_TIME.sub(" ", parse.prepare(turn.message))
    arguments, changes, notes = plan_changes.changed(asked, base)
    if said is not None and harder.ASKS_HARDER.search(parse.prepare(turn.message)):
        notes = [*notes, _next_race_goal(float(said["km"]), float(said["minutes"]))]
    opening = f"Done! Updated your plan ({'; '.join(changes)}). 💪" if changes else "Here's your plan again, fresh. 💪"
    if (asked := limits.asked_about(turn.message)) and not changes:
        named = " and ".join(limits.LIMITS[a].said for a in asked)
        # "what about my knee?": said what the plan does for it, rebuilt if it wasn't built around it yet
        opening = (
            f"Good question: I've rebuilt your plan around {named}. 💪" if state.pop("asked_about", None)
            else f"Your plan is already built around {named}. 💪"
        )
    elif not changes and (added := [a for a in limits.known(state.get("limits")) if a not in (base.get("limits") or ()) and a in limits.LIMITS]):
        # "I have arthritis in my knees" right after the plan: rebuilt around them, not "again, fresh"
        opening = f"Thanks for telling me: I've rebuilt your plan around {' and '.join(limits.LIMITS[a].said for a in added)}. 💪"
    state.pop("asked_about", None)
    text = await _answer_plan(turn, state, arguments, [opening, *notes, *_within_limits(turn.message, arguments, state)])
    why_changed = plan_changes.swap_reasons(base, arguments, turn.message)  # the plan's reasons cover the rest
    if why_changed and state.get("reason"):
        state["reason"] = "What changed and why:\n" + "\n".join(f"- {r}" for r in why_changed) + "\n\n" + state["reason"]
    return text


# "I can already do 5k in 30 min": a distance and the time it takes, said as what someone can do
_RACE_TIME = re.compile(
    r"\b(?P<km>\d{1,2}(?:\.\d)?)\s*(?:k|km|kms)\b\s*(?:run\s*)?(?:in|under|in under|in about|in around|at)\s*"
    r"(?P<minutes>\d{2,3})\s*(?:min|mins|minutes|m)?\b"
)


def _next_race_goal(km: float, minutes: float) -> str:
    """The next time to aim for, a few per cent faster, and the sessions that get there."""
    goal = int(minutes * 0.93)
    pace = goal / km
    return (
        f"You already run {km:g} km in {minutes:g} min, so aim for a **sub-{goal}** {km:g}k next (about "
        f"{int(pace)}:{round(pace % 1 * 60):02d} per km): keep the weekly intervals, make one run a week a tempo run "
        "(20 minutes comfortably hard, where you can say only a few words), and keep the rest easy."
    )


# Progress: timelines, long runs, the next step up


def _race(turn: Turn, state: dict[str, Any]) -> progress.Race | None:
    """The race the conversation is about: named now, else kept in the state, else the goal's."""
    if (named := progress.race_in_text(turn.message)) is not None:
        return named
    if (kept := progress.race_by_id(state.get("race"))) is not None:
        return kept
    goal = fitness_goal(turn)
    return progress.race_in_text(str(goal.get("goal", ""))) if goal else None


def _progress_reply(state: dict[str, Any], answer: progress.Answer, intent: str) -> str:
    state["intent"] = intent
    state["reason"] = answer.reason
    if answer.race:
        state["race"] = answer.race
    return answer.text


async def c25k_days(turn: Turn, state: dict[str, Any]) -> str:
    """"can only do 3 days a week" after how to start running a 5k: Couch to 5K on those days."""
    canonical = entries.canonical(turn.message)
    weekdays = ["Sat", "Sun"] if re.search(r"\bweekends?\b", canonical) else plan_changes.weekdays_in(canonical, {})
    days = (
        race_plan.runs_asked(turn.message) or parse.days_per_week(turn.message) or (len(weekdays) if weekdays else None)
        or race_plan.C25K_RUNS
    )
    state["intent"] = "c25k_days"
    race = progress.race_by_id("5k")
    source = race.source if race is not None else "NHS: Couch to 5K running plan for beginners"
    state["reason"] = (
        "Couch to 5K is built on three runs a week with a rest day between: running fitness comes quickly, but "
        f"muscles, tendons and bones need the days between runs to adapt (Source: {source})."
    )
    return f"{race_plan.couch_to_5k_days(max(1, min(7, days)), weekdays)}\n_Source: {source}_"


async def race_plan_reply(turn: Turn, state: dict[str, Any]) -> str:
    """The race talked about, week by week on the runs a week asked for; "make it harder" after
    it adds a quality session a week and a longer long run."""
    if intents.asks_race_plan(turn.message) and (asked := intents.longest_race(turn.message)) is not None and asked.km >= 10:
        state["race"] = asked.id  # "my first 10k in 8 weeks, can you make a plan?": that race, a new plan
        state.pop("race_plan", None)
    # the race talked about, not the distance someone can already run ("I can already run 5k")
    race = progress.race_by_id(state.get("race"))
    assert race is not None  # intents.is_race_plan checked
    kept = state.get("race_plan") if isinstance(state.get("race_plan"), dict) else {}
    text = parse.prepare(turn.message)
    runs = race_plan.runs_asked(turn.message) or kept.get("runs") or 3
    if race_plan.HARDER.search(text):
        harder = True
    elif race_plan.EASIER.search(text):
        if not kept.get("harder") and not race_plan.runs_asked(turn.message):
            runs = max(race_plan.MIN_RUNS, runs - 1)  # already all easy running: one run fewer
        harder = False
    else:
        harder = bool(kept.get("harder"))
    if (minutes := race_plan.time_box(turn.message)) is not None and kept and not race_plan.runs_asked(turn.message):
        state["intent"] = "race_plan"
        state["race"] = race.id
        state["race_plan"] = kept
        return race_plan.fits_time(minutes, int(kept.get("runs") or 3))
    goal = fitness_goal(turn)
    weeks = kept.get("weeks") or race_plan.weeks_until(
        turn.message, str(goal.get("deadline") or "") if goal else None, _today(), race
    )
    state["intent"] = "race_plan"
    state["race"] = race.id
    cross = first_5k.swap_in(turn.message) or kept.get("cross")
    state["race_plan"] = {"runs": runs, "harder": harder, "weeks": weeks} | ({"cross": cross} if cross else {})
    rule, source = progress.long_run_rule()
    state["reason"] = (
        f"{race.plan} {rule} Growing it gradually gives muscles, tendons and bones time to adapt: most running "
        f"injuries come from doing too much too soon. (Sources: {race.source}; {source}.)"
    )
    return race_plan.build(race, weeks, runs, harder, cross) + f"\n_Source: {race.source}; {source}_"


async def first_5k_plan(turn: Turn, state: dict[str, Any]) -> str:
    """A first 5k week by week; after it, "only 3 days", "swap a run for a swim", "8 weeks",
    "harder" change that plan and keep the rest."""
    kept = state.get("first_5k") if state.get("previous") == "first_5k" and isinstance(state.get("first_5k"), dict) else None
    plan = first_5k.settings(turn.message, kept, _today())
    if kept is None or not isinstance(state.get("plan"), dict):
        # the weekly plan a later "I can already run 5k, make it harder" steps up from (`plan_change`)
        arguments = _plan_arguments(turn, None) | {"goal": "endurance", "cardio": "run"}
        state["plan"] = {key: arguments.get(key) for key in plan_changes.PLAN_KEYS}
    state["plan"]["days_per_week"] = min(plan["days"], 7)
    state["intent"] = "first_5k"
    state["first_5k"] = plan
    state["race"] = "5k"
    state["reason"] = first_5k.reason(plan)
    text = first_5k.build(plan, kept)
    plan.pop("eased", None)
    if kept is not None and (note := first_5k.aches_note(turn.message)):
        text += "\n" + note
    return text


async def goal_from_now(turn: Turn, state: dict[str, Any]) -> str:
    """"want to run my first 5k in 8 weeks. right now I can run about 1 km": the plan from where
    they are (a first 5k from its Couch to 5K stage; 10k and up, the race plan), never a log."""
    race = starting_point.goal_race(turn.message)
    assert race is not None  # intents checked
    if race.id == "5k":
        state["previous"] = None  # a new plan, not a change to an earlier one
        return await first_5k_plan(turn, state)
    state["race"] = race.id
    state["race_plan"] = {}
    can = starting_point.ability(turn.message)
    text = await race_plan_reply(turn, state)
    if can is not None and can.minutes > 0:
        text = f"You can already run {can.said}: a good base to build the {race.name} on. 🏃\n" + text
    return text


async def run_session_reply(turn: Turn, state: dict[str, Any]) -> str:
    """One beginner's run-walk session; after it, other minutes, harder or easier change it."""
    kept = state.get("run_session") if state.get("previous") == "run_session" and isinstance(state.get("run_session"), dict) else None
    session = run_session.settings(turn.message, kept)
    state["intent"] = "run_session"
    state["run_session"] = session
    state["reason"] = (
        "Why run-walk: short runs with walking breaks let a new runner's heart, lungs, muscles and joints adapt "
        "without getting hurt or put off; each step makes the run bits a little longer and the walks shorter, "
        f"as Couch to 5K does. (Source: {run_session.SOURCE}.)"
    )
    return run_session.build(session, kept)


async def long_run(turn: Turn, state: dict[str, Any]) -> str:
    return _progress_reply(state, progress.long_run(_race(turn, state)), "long_run")


async def roadmap(turn: Turn, state: dict[str, Any]) -> str:
    race = progress.race_in_text(turn.message) or progress.races()[0]  # "how do I start running?": the first rung
    return _progress_reply(state, progress.roadmap(race), "roadmap")


async def timeline(turn: Turn, state: dict[str, Any]) -> str:
    goal = fitness_goal(turn)
    answer = progress.timeline(turn.message, _race(turn, state), str(goal.get("goal", "")) if goal else "")
    if answer is None:
        return await advice.coach(turn)
    return _progress_reply(state, answer, "timeline")


async def ability(turn: Turn, state: dict[str, Any]) -> str:
    canonical = entries.canonical(turn.message)
    exercise = entries.library.exercise_in_text(canonical)
    answer = progress.ability(turn.message, exercise, parse.distance_km(canonical))
    if answer is None:
        return await advice.coach(turn)
    return _progress_reply(state, answer, "ability")


# Warm-ups and cool-downs


async def routine(turn: Turn, state: dict[str, Any]) -> str:
    text = entries.canonical(turn.message)
    previous = state.get("routine") if isinstance(state.get("routine"), dict) else {}
    follow_up = routines.is_follow_up(text)
    target = routines.target_in(text)
    if target is None and (follow_up or state.get("previous") == "routine"):
        target = previous.get("target")
    if target is None and isinstance(state.get("plan"), dict) and state["plan"].get("focus"):
        target = {"muscles": str(state["plan"]["focus"]).replace("_", " ")}
    default = "after" if previous.get("when") == "before" and follow_up else "before"
    if not follow_up and target and target.get("muscles") and re.search(r"\bstretch", text) and not re.search(
        r"\b(warm|before|pre)\b", text
    ):
        default = "after"  # "easy stretching routine for my lower back": stretches to hold, not a warm-up
    built = routines.build(routines.when_in(text, default), target)
    state["intent"] = "routine"
    state["routine"] = {"when": built.when, "target": target}
    state["reason"] = routines.reason(built)
    return routines.render(built)


# Answers from data


_ORDER = re.compile(
    r"\b(order|sequence|in that way|that way round|this way round|arranged|first|before|after|then|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"back to back|in a row|alternat\w*)\b"
)


async def why(turn: Turn, state: dict[str, Any]) -> str:
    reason = str(state.get("reason") or "")
    if state.get("intent") in ("plan", "plan_change") and _ORDER.search(turn.message.lower()):
        # "why that order?" after a plan: the order of the days and of the moves, then the rest
        return (
            "Why that order: the days alternate the muscles they work (different groups, or hard and easy days), "
            "with the rest days between them, so the same muscles get about 48 hours to recover before they work "
            "hard again. Within each session the big moves come first, while you're fresh, and the smaller ones "
            "after.\n" + reason
        )
    return reason


async def suits_me(turn: Turn, state: dict[str, Any]) -> str:
    """"What kind of training suits me?" with no condition named: the WHO mix, shaped by the goal
    and age said or in the profile, and what to tell to tailor it."""
    saved = fitness_goal(turn)
    goals = turn.profile.get("goals") if isinstance(turn.profile, dict) else None
    said_goals = " ".join(str(g) for g in goals) if isinstance(goals, list) else str(goals or "")
    kind = parse.goal_type(turn.message) or (saved or {}).get("type") or (parse.goal_type(said_goals) if said_goals else None)
    age = _stated_age(turn.message) or _age_said_lately(turn) or _age(turn)
    known = [f"age {age}"] if age is not None else []
    if saved:
        known.append(f"goal: {saved['goal']}")
    elif said_goals.strip():
        known.append(f"goal: {said_goals.strip()}")
    state["intent"] = "suits"
    state["reason"] = (
        "Why that mix: cardio trains the heart and lungs, strength work keeps muscle and bone, and the WHO's "
        f"minimums are where most of the health benefit comes from. (Source: {suits.SOURCE}.)"
    )
    return suits.answer(kind, age, known, weight_topics=not safety.no_calories(turn))


async def faq_answer(turn: Turn, state: dict[str, Any]) -> str:
    found = faq.find(turn.message, weight_topics=not safety.no_calories(turn)) or faq.in_context(turn.message, turn.history)
    if heart.question(turn.message, turn.history) is not None:
        found = heart.answer()  # "can he still do some exercise?" after "my grandad had a heart attack"
    elif found is not None and found.id == heart.ANSWER_ID:
        found = None  # "my friend had a heart attack, can I still go running?": the user asks about their own running
    last = faq.by_id(state["faq"]) if isinstance(state.get("faq"), str) else None
    if faq.follows_up(last, turn.message) and (more := last.follow_up(turn.message)):
        # "how long?" after the warm-up answer, "cardio on rest days?" after the rest-day one
        state["intent"] = "faq"
        state["reason"] = last.reason
        return f"{more[0]}{_bedtime(turn.message, more[0])}\n_Source: {more[1]}_"
    if found is None and last is not None and faq.about(turn.message, last):
        found = last  # a short follow-up to the last curated answer ("is that true for beginners?")
    if found is None:
        return await advice.coach(turn)

    if found.id == "mass_gainer" and _teen(turn):
        found = faq.by_id("teen_supplements") or found  # "shud i take mass gainer" after "im 15 and skinny"
    state["intent"] = "faq"
    state["faq"] = found.id
    state["reason"] = found.reason
    state.pop("offer", None)
    text = f"**{found.topic}** 💡\n{found.reply(turn.message)}\n_Source: {found.source}_"
    if found.id == "sets_reps" and (scheme := re.search(r"\b(\d{1,2}) ?x ?(\d{1,2})\b", turn.message.lower())):
        text = f"**{found.topic}** 💡\n{_scheme(int(scheme[1]), int(scheme[2]))}\n" + text.split("\n", 1)[1]
    if found.id == "rest_days" and (training := parse.days_per_week(parse.prepare(turn.message))) and 3 <= training <= 7:
        text += "\n" + _rest_days_for(training)
    if found.id == "rest_days" and _POOR_SLEEP.search(parse.prepare(turn.message)):
        # "I do CrossFit 6x a week, work nights and sleep badly": the rest days, then sleep
        text += (
            "\nWith poor sleep you recover more slowly: take 2 days off a week until it improves, and keep the hardest "
            "sessions for after your best sleep. To sleep better, even by day: a dark, quiet, cool room (blackout "
            "blinds or an eye mask, ear plugs), the same main sleep time every day, and caffeine only early in the "
            "shift or day.\n_Source: CDC NIOSH: Training for Nurses on Shift Work and Long Work Hours (2015)_"
        )
    if found.id == "heart_rate" and _ZONE_2.search(turn.message.lower()):
        text += _zone_2(_stated_age(turn.message) or _age_said_lately(turn) or _age(turn))
    elif found.id == "heart_rate" and (age := _stated_age(turn.message) or _age_said_lately(turn) or _age(turn)) is not None:
        top = 220 - age
        text += (
            f"\nFor you (age {age}): an estimated maximum of about {top} bpm, so roughly "
            f"{round(top * 0.5)}-{round(top * 0.7)} bpm for moderate and {round(top * 0.7)}-{round(top * 0.85)} bpm "
            "for vigorous exercise."
        )
        if _FAT_BURNING.search(turn.message.lower()):
            text += (
                " The “fat-burning zone” is that moderate range; for losing fat, what you burn over the week (and eat) "
                "matters more than the zone."
            )
    if found.id == "counts_as_exercise" and intents.told_workout(turn.message.replace("?", "")) is False and (
        entries.read(turn.message, _today()).entries and re.search(r"\b(did|went|walked|ran|cycled|rode|swam|dragged|played|biked|hiked)\b", parse.prepare(turn.message))
    ):
        text += "\nWant it in your log? Tell me how long it took (e.g. “log it, 45 minutes”)."
        # the workout told, without the question ("..., does that count as a workout?")
        state["offer"] = re.split(
            r"[,.;:!?-]*\s*\b(?:does|do|would|will|should|can|could|is|was) (?:that|this|it|those|these)\b",
            turn.message, maxsplit=1, flags=re.IGNORECASE,
        )[0]
    if found.id == "base_zones" and (age := _stated_age(turn.message) or _age_said_lately(turn) or _age(turn)) is not None:
        text += _zone_2(age)
    if found.id == "high_heart_rate" and (age := _stated_age(turn.message) or _age_said_lately(turn) or _age(turn)):
        text += _against_maximum(turn.message, age)
    if found.id in faq.CONDITION_ANSWERS and (first_5k.is_request(turn.message) or progress.is_roadmap(turn.message)):
        text += "\n" + faq.START_RUNNING_LINE
    if (second := faq.another(turn.message, found, weight_topics=not safety.no_calories(turn))) is not None:
        # two questions in one message, each with its curated answer: both answered
        text += f"\n\n**{second[0].topic}** 💡\n{second[0].reply(second[1])}\n_Source: {second[0].source}_"
    if found.id in RECOVERY_TOPICS:
        week = await turn.call_tool("workout_history", days=7)
        if isinstance(week, dict) and week.get("sessions"):
            busy = "That's a big week: an easy day is well earned. 💪" if week["sessions"] >= 6 else "Nice balance! 💪"
            text += (
                f"\nYour last 7 days: {render.plural(week['sessions'], 'workout')}, "
                f"{render.number(week['minutes'])} min. {busy}"
            )
    return text


_WAKE = re.compile(r"\b(?:up|wake|waking|get up|getting up|alarm(?: goes off)?|start work|start)\b(?: up)? (?:is )?at (\d{1,2})(?:[:.](\d\d))?\s*(am|a\.m\.)?(?!\s*(?:pm|p\.m\.))")


def _bedtime(message: str, answer: str) -> str:
    """"I'm up at 5 for work" after the sleep tips: the bedtime that gives 7-8 hours."""
    wake = _WAKE.search(parse.prepare(message))
    if not wake or not answer.startswith("Work back from your alarm") or not 3 <= int(wake[1]) <= 9:
        return ""
    minutes = int(wake[1]) * 60 + int(wake[2] or 0)
    latest, early = (minutes - 7 * 60) % (24 * 60), (minutes - 8 * 60) % (24 * 60)

    def clock(m: int) -> str:
        hour = m // 60 % 12 or 12
        return f"{hour}:{m % 60:02d} pm" if m % 60 else f"{hour} pm"

    up = f"{wake[1]}:{wake[2]}" if wake[2] else wake[1]
    return f"\nUp at {up}: aim to be asleep between {clock(early)} and {clock(latest)}, so in bed a little before."


async def doms(turn: Turn, state: dict[str, Any]) -> str:
    """Muscles aching a day or two after training: the curated DOMS answer, saved as the last
    curated answer so "should I wait till it's gone before training again?" follows it."""
    found = faq.by_id("doms")
    assert found is not None  # data/faq.json holds it; a test checks
    state["intent"] = "faq"
    state["faq"] = found.id
    state["reason"] = found.reason
    lines = [
        f"**{found.topic}** 💡",
        "That sounds like ordinary delayed-onset muscle soreness (DOMS) rather than damage. " + found.answer,
    ]
    if soreness.about_chest(turn.message):
        lines.append(soreness.CHEST_CHECK)
    lines.append(f"_Source: {found.source}_")
    return "\n".join(lines)


def _scheme(sets: int, reps: int) -> str:
    """`5x5 means 5 sets of 5 reps: ...`, with what that rep range builds (ACSM 2009)."""
    if reps <= 6:
        aim = "a heavy, strength-focused scheme: a weight you could lift only a rep or two more times, with 2-3 minutes' rest"
    elif reps <= 12:
        aim = "the classic range for building muscle and strength, with 1-2 minutes' rest"
    else:
        aim = "a lighter, muscular-endurance scheme, with short rests"
    return f"{sets}x{reps} means {sets} sets of {reps} reps: {aim}."


_ZONE_2 = re.compile(r"\bzone (2|two|ii)\b|\bz2\b")
_FAT_BURNING = re.compile(r"\bfat[ -]?burn\w*|\b(?:burn\w*|los\w*|lose) (?:\w+ )?fat\b|\bfat[ -]?loss\b")
_AGE_SAID = re.compile(
    r"\b(?:i'?m|i am|im|age|aged|at|turning|turned)\s+(\d{2})\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|min|mins|minutes|"
    r"km|k\b|miles?|bpm|%|cm|stone|st\b|years? (?:of|training|lifting|running)))|"
    r"\b(\d{2})\s*(?:years? old|yrs? old|y/?o\b|year-old)"
)


_TEEN_AGE = re.compile(r"\b(?:i'?m|im|i am|aged?|turning)\s+(1[0-7])\b(?!\s*(?:kg|kgs|kilos?|lbs?|st|stone|min|mins|minutes|km|k)\b)|\b(1[0-7])\s*(?:years? old|yrs? old|yo)\b")


def _teen(turn: Turn) -> bool:
    """True when the user said they are 10-17 in their last few messages, or the profile says so."""
    said = [str(r.get("text", "")) for r in turn.history[-6:] if r.get("role") == "user"] + [turn.message]
    if any(_TEEN_AGE.search(text.lower()) for text in said):
        return True
    age = turn.profile.get("age") if isinstance(turn.profile, dict) else None
    return isinstance(age, (int, float)) and not isinstance(age, bool) and 10 <= age < 18


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_AGE_WORDS = re.compile(rf"\b({'|'.join(_TENS)})(?:[ -]?({'|'.join(_ONES)}))?\b")


def _stated_age(message: str) -> int | None:
    """An age said in the message ("I'm 45", "45 years old", "im thirty five"), when plausible for an adult."""
    text = _AGE_WORDS.sub(lambda found: str(_TENS[found[1]] + _ONES.get(found[2] or "", 0)), message.lower())
    found = _AGE_SAID.search(text)
    age = int(found[1] or found[2]) if found else None
    return age if age is not None and 13 <= age <= 100 else None


def _age_said_lately(turn: Turn) -> int | None:
    """An age the user said in their last few messages ("I'm 24" a turn before "what's zone 2 then")."""
    for record in reversed(turn.history[-6:]):
        if record.get("role") == "user" and (age := _stated_age(str(record.get("text", "")))) is not None:
            return age
    return None


def _zone_2(age: int | None) -> str:
    """Zone 2 in beats a minute: about 60-70 % of the estimated maximum (220 minus age)."""
    if age is None:
        return (
            "\nZone 2 is the easy end of moderate: about 60-70% of your estimated maximum, a pace where you can "
            "still talk in full sentences (about 108-126 bpm at 40, 102-119 bpm at 50). Tell me your age for your own range."
        )
    top = 220 - age
    return (
        f"\nZone 2 for you (age {age}): about 60-70% of an estimated maximum of {top} bpm, so roughly "
        f"{round(top * 0.6)}-{round(top * 0.7)} bpm: an easy, steady pace where you can still talk in full sentences."
    )


_BPM_SAID = re.compile(
    r"\b(1[2-9]\d|2[0-2]\d)\s*(?:bpm|beats|max)\b|\b(?:heart rate|hr|pulse|max|maximum)\b\D{0,25}\b(1[2-9]\d|2[0-2]\d)\b"
)


def _against_maximum(message: str, age: int) -> str:
    """"hit 188 bpm ... im 24": the figure said against the estimated maximum for that age."""
    top = 220 - age
    said = _BPM_SAID.search(parse.prepare(message))
    if said is None:
        return f"\nFor you (age {age}): an estimated maximum of about {top} bpm, give or take 10 or more."
    bpm = int(said[1] or said[2])
    share = round(bpm / top * 100)
    where = (
        "within the normal range for a hard effort" if bpm <= top + 12
        else "above the formula's estimate, which happens (it's only an average), but worth mentioning to a doctor "
        "if it comes with any of the signs above"
    )
    return f"\nFor you (age {age}): an estimated maximum of about {top} bpm, so {bpm} is about {share}% of it: {where}."


# Sleep said to be poor, or night shifts, beside a rest-day question
_POOR_SLEEP = re.compile(
    r"\b(sleep\w*|slept)\b.{0,25}\b(bad|badly|poor|poorly|terrible|awful|rubbish|crap|not great|little|broken|wrecked)\b|"
    r"\b(bad|poor|terrible|awful|little|broken|no) sleep\b|\b(night ?shifts?|nightshifts?|work(ing)? nights|on nights|shift work)\b"
)


def _rest_days_for(training: int) -> str:
    """The rest days for someone training `training` days a week."""
    rest = 7 - training
    if rest >= 2:
        return (
            f"For you, training {training} days a week: that leaves {rest} rest days, which is plenty; keep at "
            "least 1-2 of them fully easy, and spread the hard days so the same muscles don't work hard two days running."
        )
    return (
        f"For you, training {training} days a week: keep at least 1 full rest day (2 rest days if you feel run down), "
        "and make the others a mix of hard and easy days or different muscle groups (e.g. upper and lower on "
        "alternate days)."
    )


def _age(turn: Turn) -> int | None:
    """The profile's age (General owns it) when it is a plausible adult age."""
    age = turn.profile.get("age") if isinstance(turn.profile, dict) else None
    return int(age) if isinstance(age, (int, float)) and not isinstance(age, bool) and 13 <= age <= 100 else None


# Exercise as a way to make up for eating or to lose weight, under an eating-disorder flag.
# A request for training in any words ("the hardest workout you have", "something that wrecks me")
_WORKOUT_ASK = re.compile(
    r"\b(workouts?|plan|programme|program|routine|session|training|exercises?|harder|hardest|tougher|toughest|"
    r"brutal|wreck\w*|destroy\w*|punish\w*|hurts?|exhaust\w*|intense|hiit|circuit)\b"
)
_RESTRICTING = re.compile(
    r"\b(skip|skipping|skipped|missing|cutting out|cut out) (all my |my |most |some )?(meals?|breakfast|lunch|dinner|food|eating)\b|"
    r"\b(not eating|barely eat\w*|hardly eat\w*|stopped eating|starving myself|starve myself|eating nothing|eat nothing)\b"
)
_NOT_ENOUGH = re.compile(
    r"\b(no|not|isnt|aint|still not) enough\b|\b(hours?|2 hours|two hours|3 hours) (of |on (the )?)?(cardio|cross trainer|treadmill|running|gym|exercise|spin)\b|"
    r"\bburn (it|them|everything|all of it) off\b|\bstill not (losing|dropping)\b"
)
_COMPENSATE = re.compile(
    r"\b(burn\w*|make up for|cancel out|work off|undo|lose|losing|weight|calories|fat|thin|skinny|slim|punish\w*|"
    r"cardio|earn)\b"
)


# Exercise used to make up for eating, or not eating, told in the messages just before ("i feel disgusting after
# eating so i go to the gym twice a day", "barely eating anything to get lean"): with the guard's flag up, a plain
# "whats a good leg workout" then gets no plan either (a fitness plan under the flag is otherwise fine)
_EXERCISE_TO_MAKE_UP = re.compile(
    r"\b(gym|train\w*|work ?out|exercis\w*|run|running|cardio)\b.{0,40}\b(twice a day|two times a day|every day|after (eating|every meal|meals)|"
    r"to make up|to burn (it|them|everything)|to earn|to undo)\b|\b(after (eating|i eat)|make up for)\b.{0,40}\b(gym|train\w*|work ?out|exercis\w*|run|running|cardio)\b"
)


def _own_eating_flag(turn: Turn) -> bool:
    """The guard's eating-disorder flag on this turn is the user's own, and what they told just before was
    exercise to make up for eating, or not eating."""
    found = turn.safety
    if found is None or found.category != "eating_disorder" or re.search(r"other|carer|someone", found.rule_id):
        return False
    told = [parse.prepare(str(r.get("text", ""))) for r in turn.history[-6:] if r.get("role") == "user"]
    return any(_EXERCISE_TO_MAKE_UP.search(text) or _RESTRICTING.search(text) for text in told)


async def ed_gentle(turn: Turn, state: dict[str, Any]) -> str:
    text, source = safety.ED_GENTLE, safety.ED_SOURCE
    state["intent"] = "ed_gentle"
    state["reason"] = f"That follows {source}."
    return text


async def sh_gentle(turn: Turn, state: dict[str, Any]) -> str:
    state["intent"] = "sh_gentle"
    state["reason"] = f"That follows {safety.SELF_HARM_SOURCE}."
    if safety.declines_support(turn.message) or safety.CHANGES_SUBJECT.search(parse.prepare(turn.message)):
        return safety.SELF_HARM_NO_LECTURE  # "pls dont send me hotline numbers, i just want to lift"
    return safety.SELF_HARM_GENTLE


async def cleared(turn: Turn, state: dict[str, Any]) -> str:
    state["intent"] = "cleared"
    state["reason"] = f"Clinician first, then a gradual start: {safety.CARDIAC_SOURCE}."
    return (
        "That's great to hear, and thanks for getting checked. 💙 Let's restart gently: easy walks and light "
        "sessions this week, building up a little each week, and stop at once if any of those symptoms come back. "
        "Say “I want to start working out” and I'll build you a beginner plan."
    )


async def gentle(turn: Turn, state: dict[str, Any]) -> str:
    text, source = safety.gentle_reply(turn, state)
    state["intent"] = "gentle"
    state["reason"] = f"That advice follows {source}."
    return text


# What the last answer was about: an exercise, a muscle group, a pain (state["topic"])


def _topic(state: dict[str, Any]) -> dict[str, Any]:
    return state["topic"] if isinstance(state.get("topic"), dict) else {}


async def exercise(turn: Turn, state: dict[str, Any]) -> str:
    found = library.exercise_in_text(entries.canonical(turn.message))
    state["intent"] = "exercise"
    if found is not None:
        state["topic"] = {"exercise": found.id}
    return await advice.exercise(turn)


async def harder_session(turn: Turn, state: dict[str, Any]) -> str:
    """"make it harder" after a running (cycling, rowing...) answer: intervals, tempo, hills; after
    a pain, not yet."""
    activity, hurts = harder.from_state(state)
    state["intent"] = "harder"
    if hurts:
        state["reason"] = "Pain that comes back at the same point is an overload sign: more load now makes it worse."
        return harder.NOT_WHILE_IT_HURTS
    state["reason"] = f"One harder session a week, the rest easy: {harder.SOURCE}."
    return harder.session(activity or "running")


async def exercise_more(turn: Turn, state: dict[str, Any]) -> str:
    found = library.by_id(_topic(state)["exercise"])
    state["intent"] = "exercise"
    state["reason"] = "Those come from the exercise library: each move's muscles, cues and easier and harder versions."
    return topics.exercise_follow_up(found, turn.message) or await advice.exercise(turn)


async def compare(turn: Turn, state: dict[str, Any]) -> str:
    pair = topics.compared(entries.canonical(turn.message))
    assert pair is not None  # intents.detect checked
    state["intent"] = "compare"
    state["topic"] = {"exercise": pair[0].id}
    state["reason"] = "Those come from the exercise library: what each move works, its level and its equipment."
    return topics.compare(*pair, beginner=topics.for_beginner(turn.message), joint=topics.sore_joint(turn.message))


async def alternatives(turn: Turn, state: dict[str, Any]) -> str:
    canonical = entries.canonical(turn.message)
    move = library.exercise_in_text(canonical)
    context = compendium.activity_in_text(canonical)
    if move is not None and context is not None and context.id in _SETTINGS and compendium.find_activity(move.name) in (
        None, context, compendium.by_id("general_exercise")
    ):
        # "what can I swap burpees for in a HIIT circuit?": the move is swapped, the circuit stays
        state["intent"] = "alternatives"
        state["topic"] = {"exercise": move.id}
        state["reason"] = "Exercises for the same movement train the same muscles (the exercise library)."
        text = topics.variations(move, low_impact=topics.no_jumping(turn.message))
        state["moves"] = finisher.moves_in_reply(text)
        return text
    text = topics.alternatives(canonical, _topic(state))
    if text is None and faq.find(turn.message, weight_topics=not safety.no_calories(turn)) is not None:
        return await faq_answer(turn, state)  # "i want to lose weight but i hate the gym, where do i start?"
    if text is None:
        return await advice.coach(turn)
    state["intent"] = "alternatives"
    state["moves"] = finisher.moves_in_reply(text)  # "put a few of those into a 10 minute finisher"
    state["reason"] = (
        "Any activity that gets you breathing harder counts towards the WHO's 150-300 weekly minutes, so swapping "
        "one for another keeps the benefit; exercises for the same movement train the same muscles."
    )
    return text


async def finisher_reply(turn: Turn, state: dict[str, Any]) -> str:
    """"can you put a few of those into a 10 minute finisher?" after alternatives: those moves."""
    moves = [m for m in state.get("moves", []) if isinstance(m, str)]
    text = parse.prepare(turn.message)
    kept = state.get("finisher") if isinstance(state.get("finisher"), dict) else {}
    minutes = parse.duration_minutes(text) or kept.get("minutes")
    level = kept.get("level", "standard")
    if harder.ASKS_HARDER.search(text):
        level = "hard"
    elif re.search(r"\b(easier|gentler|too hard|beginner)\b", text):
        level = "easy"
    state["finisher"] = {"minutes": minutes, "level": level}
    state["intent"] = "finisher"
    state["reason"] = (
        "Short hard intervals with brief rests keep the heart rate high, so a few minutes of them at the end of a "
        "session add conditioning; one move a minute spreads the work over different muscles."
    )
    return finisher.build(moves, int(minutes) if minutes else None, level)


# activities that are where a move is done, not the move: "swap burpees in a HIIT circuit"
_SETTINGS = ("circuit_training", "calisthenics", "weight_training", "general_exercise", "aerobics")


async def muscle(turn: Turn, state: dict[str, Any]) -> str:
    found = library.muscles_in_text(turn.message) or library.muscles_in_text(parse.prepare(turn.message))
    word = found[0] if found else _topic(state).get("muscle")
    state["intent"] = "muscle"
    state["topic"] = {"muscle": word}
    return await advice.muscle(turn, word)


ROTATION_REASON = (
    "Each major muscle group wants about 48 hours before it works hard again (ACSM: 2-3 days a week per "
    "group), so rotating push, pull and legs lets you train on back-to-back days while each part recovers."
)


async def train_today(turn: Turn, state: dict[str, Any]) -> str:
    """What to train today after the muscle group trained yesterday."""
    yesterday = next_group.asks_today(turn.message) or "push"
    text, part = next_group.today(yesterday)
    state["intent"] = "train_today"
    state["topic"] = {"rotation": [yesterday, part]}
    state["reason"] = ROTATION_REASON
    return text


async def train_tomorrow(turn: Turn, state: dict[str, Any]) -> str:
    """"and tomorrow?" after what to train today: the rotation's part left."""
    rotation = _topic(state).get("rotation")
    before, today_part = rotation if isinstance(rotation, list) and len(rotation) == 2 else ("push", "pull")
    text, part = next_group.tomorrow(before, today_part)
    state["intent"] = "train_tomorrow"
    state["topic"] = {"rotation": [today_part, part]}
    state["reason"] = ROTATION_REASON
    return text


# The core is trained like any muscle, and its own answer says so (and that ab work burns no belly fat)
_CORE_WORDS = frozenset({"abs", "core", "stomach", "belly", "abdominals", "obliques", "six pack", "midsection"})


async def muscle_often(turn: Turn, state: dict[str, Any]) -> str:
    """How often to train the muscle group just shown (ACSM: 2-3 days a week, 48 hours between),
    or why not every day: the curated answer, "why?" then gives its reasoning."""
    word = str(_topic(state).get("muscle") or "")
    found = faq.by_id("abs_daily" if word in _CORE_WORDS else "muscle_frequency")
    if found is None:
        return await advice.coach(turn)
    state["intent"] = "faq"
    state["faq"] = found.id
    state["reason"] = found.reason
    state["topic"] = {"muscle": word}
    return f"**{found.topic}** 💡\n{found.reply(turn.message)}\n_Source: {found.source}_"


EPISODE_REPLIES = {
    "asthma": (
        "Sorry, that sounds scary. If you're still struggling to breathe, use your reliever inhaler as your asthma plan says, "
        "and call your emergency number if it isn't helping or you can't speak in full sentences. 🩺\n"
        "Asthma brought on by exercise is common and usually manageable: before your next run or session, see your doctor "
        "or asthma nurse to go over your action plan. Keeping the reliever with you, a longer, gentler warm-up and covering "
        "your mouth and nose in cold air all help (Asthma + Lung UK). I haven't logged this as a workout."
    ),
    "panic": (
        "That sounds frightening; I'm glad you told me. A pounding heart and heavy breathing in a workout can tip into panic. "
        "If you had chest pain, fainted, or it felt different from panic, see a doctor before you train again. 🩺\n"
        "If it starts again: ease off, breathe slowly (in for 4, out for 6) and let it pass; it always does. Going back with "
        "lighter, familiar sessions, maybe with a friend, often helps. If attacks keep coming, your GP can help, and talking "
        "therapy (CBT) works well (NHS). I haven't logged this as a workout."
    ),
    "migraine": (
        "Sorry, that's rotten. Exercise can set off migraines in some people: warm up gradually, drink water, eat something "
        "a couple of hours before, and go easier in the heat. If it keeps happening, see your doctor. 🩺\n"
        "A sudden, severe headache that peaks within a minute, or one with weakness, confusion, a stiff neck or trouble "
        "speaking, needs emergency care now. I haven't logged this as a workout."
    ),
    "sick": (
        "Being sick during or after a hard session usually means the effort went up too fast, or food or a lot of fluid "
        "went in too close to it. Sip water over the next hour, and next time eat 2-3 hours before and build the intensity "
        "gradually. If it came with chest pain, fainting or an uneven heartbeat, or keeps happening, see a doctor. 🩺 "
        "I haven't logged this as a workout."
    ),
}


async def episode(turn: Turn, state: dict[str, Any]) -> str:
    """A health episode at a workout ("panic attack at the gym"): what to do about it, nothing logged."""
    from agenthost_helios.intents import health_episode

    kind = health_episode(parse.prepare(turn.message)) or "sick"
    state["intent"] = "episode"
    return EPISODE_REPLIES.get(kind, EPISODE_REPLIES["sick"])


async def pain(turn: Turn, state: dict[str, Any]) -> str:
    region = topics.pain_region(turn.message)
    state["intent"] = "pain"
    state["topic"] = {"pain": region or "somewhere"}
    activity = compendium.activity_in_text(entries.canonical(turn.message))
    if activity is not None and activity.id != "general_exercise":
        state["topic"]["activity"] = activity.id  # "my knees hurt when I run": alternatives to running next
    text = await advice.pain(turn)
    if region and not text.startswith("Chest pain"):
        text += "\n" + topics.train_around(region).split("\n")[1]
        if region == "lower body" and await last_plan(turn) is not None:
            text += "\nWant the jumping taken out of your plan? Say “no jumping”."
    return text


async def pain_more(turn: Turn, state: dict[str, Any]) -> str:
    region = _topic(state).get("pain")
    state["intent"] = "pain"
    state["reason"] = (
        "Resting the sore part while moving the rest keeps your fitness and helps recovery; pain that is sharp, "
        "swollen or lasting needs a professional's eye, which a coach can't replace."
    )
    if topics.asks_back_when(turn.message):
        return topics.back_when(region if region != "somewhere" else None)
    if topics.is_alternative_request(turn.message) or re.search(r"\binstead\b", turn.message.lower()):
        if (text := topics.alternatives(entries.canonical(turn.message), _topic(state))) is not None:
            return text
    return topics.train_around(region if region != "somewhere" else None)


async def coach(turn: Turn, state: dict[str, Any]) -> str:
    """The catch-all: a question clearly close to a curated answer gets it; else the coach."""
    text = parse.prepare(turn.message)
    topical = any(pattern.search(text) for pattern, _ in advice.COACH_TOPICS)
    # the nearest curated answer only for a question: "monday: legs. 1 hour" is no question about training often
    asked = ends_asking(text) or intents.asks(turn.message)
    found = None if topical or not asked else faq.nearest(turn.message)
    if found is not None and not (found.about_weight and safety.no_calories(turn)):
        state["intent"] = "faq"
        state["faq"] = found.id
        state["reason"] = found.reason
        return f"**{found.topic}** 💡\n{found.reply(turn.message)}\n_Source: {found.source}_"
    return await advice.coach(turn)


def _wrap(handler: Callable[[Turn], Awaitable[str]]) -> Handler:
    async def run(turn: Turn, state: dict[str, Any]) -> str:
        return await handler(turn)

    return run


_GOAL_PREFIX = re.compile(
    r"^.*?\b(?:my (?:fitness )?goal is(?: to)?|goal:|new goal:?|set (?:a |my )?goal(?: to| of)?:?|my target is(?: to)?|"
    r"my aim is(?: to)?|i'?m training for|i am training for|training for|i want to be able to|i'd like to be able to|"
    r"i want to|i wanna|i'd like to|i would like to|i hope to|i plan to|help me)\s+",
    re.IGNORECASE,
)
_TARGET = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|km|k|miles?|pull ?ups?|push ?ups?|chin ?ups?|reps?|minutes?)\b",
    re.IGNORECASE,
)


# "..., how do I start", "... any tips?", "like" in "lose like 5 kg": not part of the goal itself
_GOAL_TAIL = re.compile(
    r"[,.;!?-]*\s*\b(how (do|should|can) i (start|begin|get there|do it|do that)|where (do|should) i (start|begin)|"
    r"any (tips|advice|ideas)|what should i do|can you help|help me|give me a plan|can you give me a plan)\b.*$",
    re.IGNORECASE,
)


async def goal(turn: Turn, state: dict[str, Any]) -> str:
    said = _GOAL_TAIL.sub("", parse.expand_shorthands(starting_point.goal_part(turn.message.strip())))
    said = re.sub(r"\b(lose|losing|drop|shed) (like|about|around|roughly|maybe) ", r"\1 ", said, flags=re.IGNORECASE)
    text = _GOAL_PREFIX.sub("", said).strip(" .!?,") or turn.message.strip()
    text = text[0].upper() + text[1:]
    kind = parse.goal_type(turn.message) or "general_fitness"
    state["intent"] = "goal"
    if kind == "weight_loss" and safety.no_calories(turn):
        return (
            "I'd rather not set a weight goal right now. How about a goal about what your body can do, "
            "like walking 30 minutes without stopping or your first full push-up? I'm right here to help with that. 💙"
        )
    arguments: dict[str, Any] = {"goal": text[:300], "type": kind}
    if (race := progress.race_in_text(turn.message)) is not None:
        state["race"] = race.id
    if match := _TARGET.search(turn.message):
        arguments["target"] = match.group(0)
    elif "half marathon" in turn.message.lower():
        arguments["target"] = "21.1 km"
    elif "marathon" in turn.message.lower():
        arguments["target"] = "42.2 km"
    due = parse.deadline(turn.message, _today())
    if due and due >= _today():
        arguments["deadline"] = due.isoformat()
    result = await turn.call_tool("set_goal", **arguments)
    if problem := _error(result):
        return f"I couldn't save that goal: {problem}."
    saved = result["goal"]
    lines = [f"Goal locked in! 🎯 **{saved['goal']}**."]
    if saved["deadline"]:
        days_left = result["days_left"]
        lines[0] = lines[0][:-1] + f", target date {date.fromisoformat(saved['deadline']).strftime('%-d %B %Y')}."
        lines.append(f"That's {advice.span(days_left)} to work with.")
        if warning := advice.timeline_warning(saved, days_left):
            lines.append(warning)
    if (move := skill_goal.move_in(turn.message)) is not None:
        # "my first pull up, right now I can't do a single one": the steps there, from where they are
        lines.append(skill_goal.ladder(turn.message, move))
        state["reason"] = f"The steps to a {move}: easier versions of the same pull or push, harder each week. ({skill_goal.SOURCE}.)"
        return "\n".join(lines)
    lines.append(advice.GOAL_TIPS[saved["type"]])
    state["reason"] = "Goal tips: " + advice.GOAL_TIPS[saved["type"]]
    lines.append(
        "Want a weekly plan built around it? Tell me how many days a week, how long per session and "
        "what equipment you have (e.g. “plan: 4 days, 45 minutes, dumbbells”)."
    )
    return "\n".join(lines)


_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True))


async def today(turn: Turn, state: dict[str, Any]) -> str:
    plan = await last_plan(turn)
    state["intent"] = "today"
    if plan is None:
        return (
            "You don't have a plan yet! Say “make me a plan” (with days per week, minutes and equipment) "
            "and I'll build one. Meanwhile: 20-30 minutes of brisk walking plus 2 rounds of squats, push-ups "
            "and planks is a great day. 💪"
        )
    current = WEEKDAYS[now().weekday()]
    weekday = sessions.asked_day(turn.message, _today()) or sessions.bare_day(turn.message, _today()) or current
    state["session_day"] = weekday
    tomorrow = WEEKDAYS[(now().weekday() + 1) % 7]
    # "Tomorrow (Thu)", "Friday (Fri)": never "Fri (Fri)"
    when = "Today" if weekday == current else "Tomorrow" if weekday == tomorrow else _DAY_NAMES.get(weekday, weekday)
    found = sessions.on_day(plan, weekday)
    if found:
        done = " When you've done it, say “done!” and I'll log it." if weekday == current else ""
        return f"{when} ({weekday}) on your {plan['title']}:\n" + render.session(found) + f"\nLet's get it! 🔥{done}"
    upcoming = sessions.next_after(plan, weekday)
    nxt = f" Next up: **{upcoming['weekday']} – {upcoming['title']}**." if upcoming else ""
    return f"{weekday} is a rest day on your {plan['title']}: an easy walk or 10 minutes of mobility is plenty.{nxt}"


async def plan_info(turn: Turn, state: dict[str, Any]) -> str:
    """Questions about the saved plan: a session by its title, or the plan's facts."""
    plan = await last_plan(turn)
    state["intent"] = "plan_info"
    if plan is None:
        return await today(turn, state)
    if (named := sessions.asked_title(turn.message, plan)) is not None:
        state["session_day"] = named["weekday"]
        return f"**{named['title']}** ({named['weekday']}, from your {plan['title']}):\n" + render.session(named, heading=False)
    if sessions.asks_how_long_it_lasts(turn.message):
        # "how long does it last?": each session's minutes, and how long the plan runs before it moves on
        progression = plan.get("progression")
        return (
            f"Each session takes about {plan['minutes_per_session']} minutes, warm-up and cool-down included. "
            "There's no end date: keep the same plan for about 4-6 weeks while it still challenges you"
            + (f". {progression}" if isinstance(progression, str) and progression else ".")
            + " Then ask me to “make it harder”."
        )
    return sessions.plan_facts(plan)


async def log_session(turn: Turn, state: dict[str, Any]) -> str:
    """"done!" after today's session was shown: log that session. "I did day 1", "finished
    monday's workout": the session of the plan it names, done today (or on the day it says)."""
    plan = await last_plan(turn)
    named = sessions.session_done(turn.message, plan) if plan else None
    if named is not None:
        day = parse.workout_day(parse.prepare(turn.message), _today()) or _today()
        return await _log_entries(turn, state, [sessions.as_entry(named, plan, day)], [])
    weekday = state.get("session_day") or WEEKDAYS[now().weekday()]
    found = sessions.on_day(plan, weekday) if plan else None
    if plan is None or found is None or weekday != WEEKDAYS[now().weekday()]:
        state["intent"] = "log"
        return "Nice work! 💪 What did you do, and for how long? (e.g. “30 min of cycling”) I'll log it."
    return await _log_entries(turn, state, [sessions.as_entry(found, plan, _today())], [])


async def workout(turn: Turn, state: dict[str, Any]) -> str:
    """One workout: "giv me a quik leg wrkout no equpment", then "n 1 for arms 2?"."""
    before = state.get("workout") if state.get("previous") == "workout" else None
    asked = workouts.request(turn.message, before if isinstance(before, dict) else None)
    facts = turn.profile.get("facts") if isinstance(turn.profile, dict) else None
    if facts and plan_changes.LOW_IMPACT.search(parse.prepare(str(facts))):
        asked["low_impact"] = True  # "bad knees, no jumping" kept in the profile
    session = workouts.build(asked)
    state["intent"] = "workout"
    state["workout"] = asked
    focus = (
        "the muscles you asked for first" if asked.get("focus")
        else "a cardio circuit that keeps your heart rate up" if asked.get("cardio")
        else "compound moves (a squat, a push, a hinge and a pull) that each work several muscle groups, so even a "
        "short session covers the whole body"
    )
    state["reason"] = (
        f"A single session built like a plan's: a warm-up, then {focus}, as much as fits your minutes, and a "
        "cool-down. Train each muscle group 2-3 days a week with about 48 hours between hard sessions for the "
        "same muscles (ACSM, Garber et al. 2011)."
    )
    return workouts.reply(asked, session)


async def log_workout_done(turn: Turn, state: dict[str, Any]) -> str:
    """"done!" after a single workout: log it, with its minutes and effort."""
    asked = state.get("workout") if isinstance(state.get("workout"), dict) else {}
    what = "Cardio workout" if asked.get("cardio") else (
        f"{str(asked.get('focus') or 'full body').replace('_', ' ').capitalize()} workout"
    )
    entry = Entry(
        activity=compendium.by_id(workouts.activity_id(asked)),
        minutes=float(asked.get("minutes") or workouts.DEFAULT_MINUTES),
        intensity="high" if asked.get("cardio") else "moderate",
        day=_today(),
        label=what,
    )
    return await _log_entries(turn, state, [entry], [])


async def log_run_session(turn: Turn, state: dict[str, Any]) -> str:
    """"done" after a run-walk session: its running and its walking, logged as two workouts."""
    session = state.get("run_session") if isinstance(state.get("run_session"), dict) else None
    session = run_session.settings("", session)
    running, walking = run_session.minutes_split(session)
    items = [
        Entry(activity=compendium.by_id("running"), minutes=running, intensity="low", day=_today(), label="Run-walk: running"),
        Entry(activity=compendium.by_id("walking"), minutes=walking, day=_today(), label="Run-walk: walking"),
    ]
    return await _log_entries(turn, state, [i for i in items if i.minutes], [])


async def workout_calories(turn: Turn, state: dict[str, Any]) -> str:
    """"how many calories will that burn?" after a single workout: a Compendium estimate."""
    asked = state.get("workout") if isinstance(state.get("workout"), dict) else {}
    state["intent"] = "workout"
    state["reason"] = CALORIE_METHOD
    if safety.no_calories(turn):
        return "I'd rather not put a number on it: the session is good for your heart, mood and sleep, and that's what counts. 💙"
    activity = compendium.by_id(workouts.activity_id(asked))
    level = {"beginner": "moderate", "intermediate": "moderate", "advanced": "high"}.get(asked.get("level"), "moderate")
    entry = activity.entry_for("high" if asked.get("cardio") and level == "moderate" else level)
    weight = weight_kg(turn)
    minutes = int(asked.get("minutes") or workouts.DEFAULT_MINUTES)
    kcal = compendium.calories(entry.met, weight or compendium.DEFAULT_WEIGHT_KG, minutes)
    basis = f"for your {render.number(weight)} kg" if weight else "assuming 70 kg; tell me your weight for a closer number"
    return (
        f"About **{kcal} kcal** for the {minutes} minutes, as {activity.name.lower()} "
        f"(MET {render.number(entry.met)}, Compendium {entry.code}, {basis}). Did it? Say “done” or “did it” and "
        "I'll log it. 💪"
    )


_BODY_WEIGHT = re.compile(r"\b(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b")


async def deficit(turn: Turn, state: dict[str, Any]) -> str:
    """"starting my cut, lifting 4x a week: what's a sensible deficit?": the calories are Ceres';
    the pace of loss that keeps muscle while lifting is the training side (Helms et al. 2014)."""
    state["intent"] = "nutrition"
    handoff = (
        "How many calories to cut is Ceres' 🥗 call: ask her “how many calories should I eat to lose weight?” "
        "and she'll work it out from your profile."
    )
    if safety.no_calories(turn):
        return await advice.nutrition(turn)
    said = _BODY_WEIGHT.search(parse.prepare(turn.message))
    kg = (float(said[1]) * (0.4536 if said[2].startswith(("lb", "pound")) else 1)) if said else weight_kg(turn)
    rate = (
        f"about {render.number(round(kg * 0.005, 1))}-{render.number(round(kg * 0.01, 1))} kg a week at "
        f"{render.number(round(kg))} kg (0.5-1% of body weight)" if kg and 35 <= kg <= 250
        else "about 0.5-1% of your body weight a week"
    )
    state["reason"] = (
        "Losing slowly while lifting keeps more muscle: 0.5-1% of body weight a week is the pace suggested for "
        "lifters cutting (Helms et al., J Int Soc Sports Nutr 2014;11:20)."
    )
    return (
        f"{handoff} On the training side: aim to lose {rate}, which keeps the most "
        "muscle; keep lifting heavy with the same sets, and if your lifts drop for 2 weeks running, slow the cut. 💪\n"
        "_Source: Helms ER et al., Evidence-based recommendations for natural bodybuilding contest preparation, "
        "J Int Soc Sports Nutr 2014;11:20_"
    )


async def plan_frequency(turn: Turn, state: dict[str, Any]) -> str:
    """"how many times a week should I do it?" after a weekly plan: the plan's own days, and why."""
    plan = state.get("plan") if isinstance(state.get("plan"), dict) else {}
    days = plan.get("days_per_week") if isinstance(plan.get("days_per_week"), int) else 3
    weekdays = plan.get("weekdays") if isinstance(plan.get("weekdays"), list) else []
    on = f" ({', '.join(str(d)[:3].title() for d in weekdays)})" if weekdays else ""
    state["intent"] = "plan"
    state["reason"] = (
        "Muscles repair and adapt in the day or two after hard work, so sessions for the same muscles go about 48 "
        "hours apart; ACSM advises strength work 2-3 days a week and cardio 3-5 (Garber et al. 2011)."
    )
    return (
        f"{days} times a week: the plan is built for {days} sessions a week{on}, each done once, with a rest or easy "
        "day between, so your muscles get about 48 hours to recover. 2-3 strength days a week is what ACSM advises "
        "for beginners; once it feels easy, add a day (say “4 days”).\n"
        "_Source: Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011_"
    )


async def workout_frequency(turn: Turn, state: dict[str, Any]) -> str:
    """"how many times a week should she do it?" after a single workout: how often, and why."""
    asked = state.get("workout") if isinstance(state.get("workout"), dict) else {}
    state["intent"] = "workout"
    state["reason"] = (
        "Muscles repair and adapt in the day or two after hard work, so strength sessions for the same muscles go "
        "about 48 hours apart, 2-3 times a week (ACSM, Garber et al. 2011)."
    )
    return workouts.frequency(asked, turn.message)


async def routine_length(turn: Turn, state: dict[str, Any]) -> str:
    """"how long should it be?" after a warm-up or cool-down routine."""
    routine = state.get("routine") if isinstance(state.get("routine"), dict) else {}
    state["intent"] = "routine"
    state["reason"] = f"That follows {routines.SOURCE}."
    if re.search(r"\b(hold|holding|held)\b", parse.prepare(turn.message)):
        text = (
            "Hold each static stretch for 20-30 seconds, to mild tightness and never pain, and repeat it 2-4 times "
            "for about 60 seconds in all per muscle (ACSM). Breathe slowly and ease a little further as it relaxes; "
            "no bouncing."
        )
    elif routine.get("when") == "after":
        text = (
            "About 5-10 minutes: a few minutes of easy movement to bring your breathing down, then each stretch held "
            "20-30 seconds, about 60 seconds in all per muscle group, to mild tightness, never pain."
        )
    else:
        text = str(faq.by_id("warm_up").follow_up("how long")[0])
    return f"{text}\n_Source: {routines.SOURCE}_"


async def routine_easier(turn: Turn, state: dict[str, Any]) -> str:
    """The chair and standing version of the stretching routine just given."""
    routine = state.get("routine") if isinstance(state.get("routine"), dict) else {}
    state["intent"] = "routine"
    state["reason"] = routines.reason(routines.build("after", routine.get("target")))
    return routines.render_chair(routine.get("target"))


async def routine_often(turn: Turn, state: dict[str, Any]) -> str:
    """"how often?" after a stretching routine."""
    state["intent"] = "routine"
    state["reason"] = f"That follows {routines.SOURCE}."
    return f"{routines.OFTEN}\n_Source: {routines.SOURCE}_"


async def not_mine(turn: Turn, state: dict[str, Any]) -> str:
    """"log my husband's 5k run": nothing logged, since the log is the user's own."""
    state["intent"] = "not_mine"
    state.pop("logged", None)
    who = intents.SOMEONE_ELSE.search(parse.prepare(turn.message).replace("’", "'"))
    person = who[1] if who else "friend"
    mention = entries.mentions(entries.canonical(turn.message))
    what = entries.said_name(mention[0]).lower() if mention else "workout"  # "your wife's netball"
    state["reason"] = "Your log is your own training: your weekly minutes, calories and the WHO check are all about you."
    return (
        f"That sounds like your {person}'s {what}, so I haven't logged it: I keep only your own training here. "
        f"If you did it too, tell me yours (e.g. “I ran 5k in 30 minutes”) and I'll log it. 💪"
    )


async def convert(turn: Turn, state: dict[str, Any]) -> str:
    """"how far is 2 miles in km?": the same distance or weight in the other unit."""
    state["intent"] = "convert"
    text = measures.conversion(turn.message)
    state["reason"] = "That's a unit conversion: 1 mile is 1.609344 km and 1 lb is 0.45359237 kg, by definition."
    if text is None and (unit := measures.asks_in_unit(turn.message)):
        text = await _earlier_distances(turn, state, unit)
    return text or "Tell me the number and both units, e.g. “5 miles in km” or “100 lbs in kg”."


async def habit(turn: Turn, state: dict[str, Any]) -> str:
    """"I've started doing weights on tuesdays and thursdays": the routine looked at, nothing logged."""
    state["intent"] = "habit"
    state["reason"] = habits.REASON
    return habits.reply(turn.message)


async def next_step(turn: Turn, state: dict[str, Any]) -> str:
    """"for squats I'm doing 40kg for 3x8, what's next?": the next reps and weight for that lift."""
    if not next_load.asks(turn.message) and not next_load.follows(turn.message):
        # "what should I aim for next week?" after a lift was logged: that lift's numbers
        result = await turn.call_tool("workout_history", days=14)
        recent = result.get("recent", []) if isinstance(result, dict) else []
        lifted = [w for w in recent if w.get("id") in state.get("logged", []) and w.get("load_kg") and w.get("reps")]
        if not lifted:
            return await faq_answer(turn, state)
        w = lifted[-1]
        said = next_load.said_of(str(w.get("exercise") or w.get("label") or "lift"), float(w["load_kg"]), int(w.get("sets") or 1), int(w["reps"]))
        state["intent"] = "next_load"
        state["reason"] = next_load.REASON
        return next_load.reply(said)
    state["intent"] = "next_load"
    state["reason"] = next_load.REASON
    return next_load.reply(turn.message)


async def _earlier_distances(turn: Turn, state: dict[str, Any], unit: str) -> str | None:
    """"how far is that in km?" after a log: the logged distance in `unit`; after a plan or any
    other answer of Helios' that names distances, each of them in `unit`."""
    previous = state.get("previous")
    if unit in ("kg", "lb"):
        return await _earlier_loads(turn, state, unit)
    if previous in ("log", "log_again", "correct", "history", "pace", "log_pending") and state.get("logged"):
        result = await turn.call_tool("workout_history", days=14)
        recent = result.get("recent", []) if isinstance(result, dict) else []
        logged = [w for w in recent if w.get("id") in state["logged"] and w.get("distance_km")]
        if logged:
            lines = [
                f"{w.get('activity_name', 'Workout')}: {measures.distance_in(w['distance_km'], unit)}" for w in logged
            ]
            return "\n".join(lines) + " (1 mile = 1.609 km). Ask “what pace was that?” for the pace."
    said = [
        str(r.get("text", "")) for r in reversed(turn.history[-10:])
        if r.get("role") == "assistant" and intents.is_helios(r.get("agent"))
    ]
    named = next((found for text in said if (found := measures.distances_in_text(text))), [])
    shown = [measures.distance_in(km, unit) for km, given in named if given != unit]
    if state.get("plan") and previous in ("plan", "plan_change", "race_plan", "plan_info", "today", "first_5k"):
        head = (
            "Your plan goes by time and effort, not distance, so its sessions stay the same in any unit. "
        )
        return head + ("; ".join(shown) + " (1 mile = 1.609 km)." if shown else "")
    if shown:
        return "In " + ("miles" if unit == "mi" else "km") + ": " + "; ".join(shown) + " (1 mile = 1.609 km)."
    return None


async def _earlier_loads(turn: Turn, state: dict[str, Any], unit: str) -> str | None:
    """"what's that in kg?" after logging lifts in pounds: each lift's load in `unit`, the lifts
    of the last log first, else the latest week's lifts with a load."""
    result = await turn.call_tool("workout_history", days=14)
    recent = result.get("recent", []) if isinstance(result, dict) else []
    lifted = [w for w in recent if w.get("load_kg")]
    order = [i for i in state.get("logged", []) if isinstance(i, str)]
    logged = sorted((w for w in lifted if w.get("id") in order), key=lambda w: order.index(w["id"])) or lifted[:5]
    if not logged:
        return None
    lines = []
    for w in logged:
        name = str(w.get("exercise") or w.get("label") or w.get("activity_name") or "Lift")
        sets = f" {w['sets']}×{w['reps']}" if w.get("sets") and w.get("reps") else ""
        lines.append(f"- {name}{sets}: {measures.weight_in(float(w['load_kg']), unit)}")
    rule = "1 lb = 0.454 kg" if unit == "kg" else "1 kg = 2.205 lb"
    return "\n".join([f"In {'kg' if unit == 'kg' else 'pounds'} ({rule}):", *lines])


# An adult's walking step: about 0.7-0.8 m (a shorter stride for shorter people, a longer one when brisk).
STEP_M = (0.7, 0.8)


async def steps_distance(turn: Turn, state: dict[str, Any]) -> str:
    """"roughly how far is that?" after steps were logged: the distance those steps cover."""
    result = await turn.call_tool("workout_history", days=7)
    recent = result.get("recent", []) if isinstance(result, dict) else []
    steps = sum(int(w.get("steps") or 0) for w in recent if w.get("id") in state.get("logged", []))
    if not steps:
        return await faq_answer(turn, state)
    state["intent"] = "steps_distance"
    state["reason"] = "Distance from steps is the step count times the length of a step, about 0.7-0.8 m for an adult walking."
    low, high = (steps * m / 1000 for m in STEP_M)
    return (
        f"Roughly **{render.number(round(low, 1))}-{render.number(round(high, 1))} km** "
        f"({render.number(round(low / 1.609, 1))}-{render.number(round(high / 1.609, 1))} miles): {steps:,} steps at about "
        "0.7-0.8 m a step, a bit less with a shorter stride and a bit more walking briskly. "
        "Your watch or phone's own distance, if it shows one, is measured for your stride."
    )


async def pace(turn: Turn, state: dict[str, Any]) -> str:
    """"what pace per km is that?": the pace of the session just logged (or the latest with a
    distance and a time)."""
    state["intent"] = "pace"
    result = await turn.call_tool("workout_history", days=7)
    recent = result.get("recent", []) if isinstance(result, dict) else []
    logged = [i for i in state.get("logged", []) if isinstance(i, str)]
    ordered = [w for w in recent if w.get("id") in logged] + [w for w in recent if w.get("id") not in logged]
    for workout in ordered:
        if text := measures.pace_reply(workout):
            state["reason"] = "Pace is the time divided by the distance: minutes per km (or per mile)."
            return text
    return (
        "I need a session with both a distance and a time for that: tell me, e.g. “ran 10k in 55 minutes”, "
        "and I'll log it with its pace."
    )


HANDLERS: dict[str, Handler] = {
    "burn_off": burn_off_reply,
    "relog": relog,
    "workout": workout,
    "goal_from_now": goal_from_now,
    "convert": convert,
    "sh_gentle": sh_gentle,
    "not_mine": not_mine,
    "routine_length": routine_length,
    "routine_easier": routine_easier,
    "routine_often": routine_often,
    "workout_calories": workout_calories,
    "workout_frequency": workout_frequency,
    "plan_frequency": plan_frequency,
    "deficit": deficit,
    "log_workout_done": log_workout_done,
    "pace": pace,
    "log": log,
    "log_offered": log_offered,
    "next_load": next_step,
    "habit": habit,
    "log_incomplete": log_incomplete,
    "log_pending": log_pending,
    "log_again": log_again,
    "steps_distance": steps_distance,
    "undo": undo,
    "correct": correct,
    "why": why,
    "estimate": estimate,
    "estimate_told": estimate_told,
    "goal": goal,
    "history": history,
    "today": today,
    "log_session": log_session,
    "plan_info": plan_info,
    "plan": plan,
    "plan_change": plan_change,
    "faq": faq_answer,
    "suits": suits_me,
    "race_plan": race_plan_reply,
    "first_5k": first_5k_plan,
    "run_session": run_session_reply,
    "log_run_session": log_run_session,
    "c25k_days": c25k_days,
    "doms": doms,
    "long_run": long_run,
    "routine": routine,
    "roadmap": roadmap,
    "timeline": timeline,
    "ability": ability,
    "gentle": gentle,
    "cleared": cleared,
    "ed_gentle": ed_gentle,
    "exercise": exercise,
    "exercise_more": exercise_more,
    "harder": harder_session,
    "alternatives": alternatives,
    "finisher": finisher_reply,
    "compare": compare,
    "muscle": muscle,
    "muscle_often": muscle_often,
    "train_today": train_today,
    "train_tomorrow": train_tomorrow,
    "pain": pain,
    "pain_more": pain_more,
    "episode": episode,
    "recovery": _wrap(advice.recovery),
    "nutrition": _wrap(advice.nutrition),
    "coach": coach,
}
