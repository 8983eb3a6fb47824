"""Helios' tools: log a workout, read the history, make a weekly plan, set a goal.

Each function checks its own arguments (the host validates against the schema too, but the
functions are also called directly) and raises ToolError before writing anything.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from host import Tool, ToolContext, ToolError

from agenthost_helios import compendium, entries, library, parse, periods, records, workout_log
from agenthost_helios.library import EQUIPMENT, LEVELS
from agenthost_helios.limits import LIMITS
from agenthost_helios.plan import CARDIO_CHOICES, FOCUS_PATTERNS, GOALS, SPLITS, WEEKDAYS, build_plan
from agenthost_helios.records import WORKOUTS_FILE, WORKOUTS_LOG

AGENT = "helios"
MAX_PLANS = 5  # plans are large; older ones add little and slow every rewrite of workouts.json
MAX_GOALS = 50
MAX_DURATION_MIN = 1440


def _new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _number(value: Any, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ToolError(f"{field} must be a number (got {value!r})")
    if not low <= value <= high:
        raise ToolError(f"{field} must be between {low:g} and {high:g} (got {value:g})")
    return float(value)


def _integer(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ToolError(f"{field} must be a whole number (got {value!r})")
    if not low <= value <= high:
        raise ToolError(f"{field} must be between {low} and {high} (got {value})")
    return value


def _text(value: Any, field: str, max_length: int, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ToolError(f"{field} must be text (got {value!r})")
    value = value.strip()
    if required and not value:
        raise ToolError(f"{field} must not be empty")
    if len(value) > max_length:
        raise ToolError(f"{field} is too long ({len(value)} characters; at most {max_length})")
    return value


def _choice(value: Any, field: str, options: tuple[str, ...]) -> str:
    if value not in options:
        raise ToolError(f"{field} must be one of {', '.join(options)} (got {value!r})")
    return str(value)


async def body_weight(context: ToolContext) -> float | None:
    """The user's weight in kg from the shared profile, when it is a plausible number."""
    weight = (await context.store.read_profile()).get("weight_kg")
    if isinstance(weight, (int, float)) and not isinstance(weight, bool) and 25 <= weight <= 350:
        return float(weight)
    return None


MAX_ITEMS = 10
UNDO_DAYS = 30  # how far back delete_workout and correct_workout look for a workout id
ITEM_KEYS = (
    "activity", "duration_minutes", "duration_estimated", "intensity", "distance_km", "distance_unit", "sets",
    "reps", "exercise", "steps", "date", "notes", "label", "load_kg",
)
DISTANCE_UNITS = ("km", "mi", "yd")


def _item(raw: Any, where: str) -> dict[str, Any]:
    """One workout to log, checked: every problem names the item and the field."""
    if not isinstance(raw, dict):
        raise ToolError(f"{where} must be an object with at least an activity")
    unknown = sorted(set(raw) - set(ITEM_KEYS))
    if unknown:
        raise ToolError(f"{where} has unknown field(s) {', '.join(unknown)}")
    item: dict[str, Any] = {"activity": _text(raw.get("activity"), f"{where}.activity", 80)}
    if raw.get("duration_minutes") is not None:
        item["minutes"] = _number(raw["duration_minutes"], f"{where}.duration_minutes", 0.1, MAX_DURATION_MIN)
    item["estimated"] = bool(raw.get("duration_estimated"))
    item["intensity"] = _choice(raw.get("intensity") or "moderate", f"{where}.intensity", compendium.INTENSITIES)
    if raw.get("distance_km") is not None:
        item["distance"] = _number(raw["distance_km"], f"{where}.distance_km", 0.01, 1000)
        item["distance_unit"] = _choice(raw.get("distance_unit") or "km", f"{where}.distance_unit", DISTANCE_UNITS)
    if raw.get("sets") is not None:
        item["sets"] = _integer(raw["sets"], f"{where}.sets", 1, 50)
    if raw.get("reps") is not None:
        item["reps"] = _integer(raw["reps"], f"{where}.reps", 1, 5000)
    if raw.get("steps") is not None:
        item["steps"] = _integer(raw["steps"], f"{where}.steps", 1, 200_000)
    if raw.get("load_kg") is not None:
        item["load_kg"] = _number(raw["load_kg"], f"{where}.load_kg", 0.5, 1000)
    label = _text(raw.get("label"), f"{where}.label", 80, required=False)
    if label:
        item["label"] = label
    exercise = _text(raw.get("exercise"), f"{where}.exercise", 80, required=False)
    if exercise:
        item["exercise"] = exercise
    notes = _text(raw.get("notes"), f"{where}.notes", 500, required=False)
    if notes:
        item["notes"] = notes
    if "minutes" not in item:
        if "sets" not in item and "reps" not in item:
            raise ToolError(f"{where} needs duration_minutes (or sets and reps to estimate it from)")
        sets, reps = item.get("sets", 1), item.get("reps", 10)
        seconds = sets * (reps * entries.REP_SECONDS + entries.SET_REST_SECONDS) - entries.SET_REST_SECONDS
        item["minutes"] = max(1.0, round(seconds / 60, 1))
        item["estimated"] = True
    item["day"] = _workout_day(raw.get("date"), f"{where}.date")
    return item


def _workout_day(value: Any, field: str) -> date | None:
    if value is None:
        return None
    day = records.parse_day(value, field)
    today = records.now().date()
    if day > today:
        raise ToolError(f"{field} {value} is in the future; log workouts you have done")
    if day < today - timedelta(days=366):
        raise ToolError(f"{field} {value} is more than a year ago")
    return day


def _record(item: dict[str, Any], weight: float | None, logged: datetime, where: str) -> dict[str, Any]:
    """The workouts.jsonl line for a checked item: the Compendium row, calories and when."""
    name = item["activity"]
    minutes = item["minutes"]
    known = compendium.find_activity(name)
    matched = known or compendium.general_exercise()
    entry = matched.entry_for(item["intensity"])
    speed = None
    distance = item.get("distance")
    said_time = not item.get("estimated")  # an estimated time can't make a distance impossible
    if distance is not None and said_time and matched.max_kmh and distance / (minutes / 60) > matched.max_kmh:
        raise ToolError(
            f"{where}: {distance:g} km in {minutes:g} min is {distance / (minutes / 60):.1f} km/h, too fast for "
            f"{matched.name.lower()}; check the distance and the time"
        )
    if distance is not None and matched.speed_rows:
        speed = distance / (minutes / 60)
        entry = matched.entry_for_speed(speed) or entry
    moment = logged
    day = item.get("day")
    if day is not None and day != logged.date():
        moment = logged.replace(year=day.year, month=day.month, day=day.day, hour=12, minute=0, second=0)
    workout: dict[str, Any] = {
        "id": _new_id("w"),
        "date": records.iso(moment),
        "activity": matched.id,
        "activity_name": matched.name if known else name,
        "duration_min": int(minutes) if float(minutes).is_integer() else round(minutes, 1),
        "intensity": item["intensity"],
        "met": entry.met,
        "compendium_code": entry.code,
        "calories": compendium.calories(entry.met, weight or compendium.DEFAULT_WEIGHT_KG, minutes),
        "weight_kg": weight or compendium.DEFAULT_WEIGHT_KG,
    }
    # Records stay lean: optional fields only when set.
    if weight is None:
        workout["weight_assumed"] = True
    if item.get("estimated"):
        workout["duration_estimated"] = True
    for key in ("label", "exercise", "sets", "reps", "load_kg", "steps", "notes"):
        if item.get(key) is not None:
            workout[key] = item[key]
    if distance is not None:
        workout["distance_km"] = distance
        if item.get("distance_unit", "km") != "km":
            workout["distance_unit"] = item["distance_unit"]  # how the user gave it, for replies
    if speed is not None:
        workout["speed_kmh"] = round(speed, 1)
    if moment != logged:
        # The log is in logging order: a workout for an earlier day keeps its place by this.
        workout["logged_at"] = records.iso(logged)
    return workout


async def _week_totals(context: ToolContext, moment: datetime) -> dict[str, Any]:
    return (await workout_log.week(context.store, moment - timedelta(days=7))).summary()


def _weight_note(weight: float | None) -> str:
    if weight:
        return f"Calories use your weight of {weight:g} kg."
    return (
        f"Calories assume a body weight of {compendium.DEFAULT_WEIGHT_KG:g} kg; "
        "share your weight for a closer estimate."
    )


def _estimated_from(workout: dict[str, Any]) -> str:
    """What an estimated time was worked out from, in words."""
    if workout.get("sets") or workout.get("reps"):
        return "the time is estimated from the sets and reps"
    if workout.get("steps"):
        return "the time is estimated from the steps"
    if workout.get("distance_km") and workout.get("duration_min"):
        kmh = workout["distance_km"] / (workout["duration_min"] / 60)
        return f"the time is estimated from the distance at a typical {kmh:.1f} km/h"
    return "the time is estimated"


async def log_workout(
    context: ToolContext,
    items: list[dict[str, Any]] | None = None,
    activity: str | None = None,
    duration_minutes: float | None = None,
    intensity: str = "moderate",
    notes: str = "",
    distance_km: float | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    """Append one or more workouts (`items`), each with its estimated calories, to
    workouts.jsonl in one write; returns them with the last 7 days' totals. Every item is
    checked before anything is written, so a bad one logs nothing.

    `activity`, `duration_minutes`, ... without `items` log a single workout (the shape the
    tool had before it took several)."""
    if items is None:
        single = {"activity": activity, "duration_minutes": duration_minutes, "intensity": intensity, "notes": notes}
        if distance_km is not None:
            single["distance_km"] = distance_km
        if date is not None:
            single["date"] = date
        if duration_minutes is None:
            raise ToolError("duration_minutes must be a number (got None)")
        items = [single]
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise ToolError(f"items must be a list of 1 to {MAX_ITEMS} workouts")
    checked = [_item(raw, f"items[{i}]" if len(items) > 1 else "workout") for i, raw in enumerate(items)]
    weight = await body_weight(context)
    logged = records.now()
    workouts = [
        _record(item, weight, logged, f"items[{i}]" if len(checked) > 1 else "workout")
        for i, item in enumerate(checked)
    ]
    await workout_log.append_all(context.store, workouts)
    notes_out = [_weight_note(weight)]
    for item, workout in zip(checked, workouts, strict=True):
        if compendium.find_activity(item["activity"]) is None:
            notes_out.append(f"'{item['activity']}' is not in the activity table, so it was estimated as general exercise.")
        if workout.get("duration_estimated"):
            notes_out.append(f"{workout.get('exercise') or workout['activity_name']}: {_estimated_from(workout)}.")
    result: dict[str, Any] = {
        "workouts": workouts,
        "compendium": [compendium.description(w["activity"], w["compendium_code"]) for w in workouts],
        "week": await _week_totals(context, logged),
        "note": " ".join(notes_out),
    }
    return result


async def _find(context: ToolContext, workout_ids: list[str] | None) -> list[dict[str, Any]]:
    """The workouts with these ids logged in the last UNDO_DAYS days (the latest one when
    `workout_ids` is None); ToolError naming any id not found."""
    since = records.now() - timedelta(days=UNDO_DAYS)
    window = await workout_log.logged_since(context.store, since)
    if workout_ids is None:
        if not window:
            raise ToolError(f"no workout logged in the last {UNDO_DAYS} days to undo")
        return [window[-1]]
    by_id = {w.get("id"): w for w in window if isinstance(w, dict)}
    missing = [i for i in workout_ids if i not in by_id]
    if missing:
        raise ToolError(f"no workout with id {', '.join(missing)} logged in the last {UNDO_DAYS} days")
    return [by_id[i] for i in workout_ids]


def _ids(workout_ids: Any) -> list[str] | None:
    if workout_ids is None:
        return None
    if not isinstance(workout_ids, list) or not 1 <= len(workout_ids) <= MAX_ITEMS:
        raise ToolError(f"workout_ids must be a list of 1 to {MAX_ITEMS} ids")
    return [_text(i, "workout_ids item", 40) for i in workout_ids]


def brief(workout: dict[str, Any]) -> dict[str, Any]:
    """What a reply needs to name a workout: id, day, activity, minutes, distance, calories."""
    keys = (
        "id", "date", "activity", "activity_name", "label", "exercise", "duration_min", "distance_km", "sets", "reps",
        "calories",
    )
    return {k: workout[k] for k in keys if workout.get(k) is not None}


async def delete_workout(context: ToolContext, workout_ids: list[str] | None = None) -> dict[str, Any]:
    """Take workouts out of the log (an undo): the given ids, or the latest one logged. The log
    stays append-only: a tombstone line is added for each."""
    found = await _find(context, _ids(workout_ids))
    for workout in found:
        await context.store.delete_record(WORKOUTS_LOG, workout["id"])
    return {"deleted": [brief(w) for w in found], "week": await _week_totals(context, records.now())}


async def correct_workout(
    context: ToolContext,
    workout_id: str | None = None,
    activity: str | None = None,
    duration_minutes: float | None = None,
    intensity: str | None = None,
    distance_km: float | None = None,
    date: str | None = None,
    sets: int | None = None,
    reps: int | None = None,
    distance_unit: str | None = None,
    load_kg: float | None = None,
) -> dict[str, Any]:
    """Correct a logged workout (the latest one when `workout_id` is None): the changed fields
    replace the old ones and the calories are worked out again. The corrected workout is
    appended first and the old one then taken out, so a failure in between leaves both, never
    neither."""
    [old] = await _find(context, None if workout_id is None else [_text(workout_id, "workout_id", 40)])
    changes = {
        "activity": activity,
        "duration_minutes": duration_minutes,
        "intensity": intensity,
        "distance_km": distance_km,
        "date": date,
        "sets": sets,
        "reps": reps,
        "load_kg": load_kg,
    }
    if all(value is None for value in changes.values()):
        raise ToolError(
            "say what to correct: activity, duration_minutes, intensity, distance_km, date, sets, reps or load_kg"
        )
    raw: dict[str, Any] = {
        "activity": old.get("activity"),
        "intensity": old.get("intensity"),
        "date": (records.parse_iso(old.get("date")) or records.now()).date().isoformat(),
    }
    for key, stored in (
        ("sets", "sets"), ("reps", "reps"), ("exercise", "exercise"), ("notes", "notes"), ("steps", "steps"),
        ("label", "label"), ("load_kg", "load_kg"),
    ):
        if old.get(stored) is not None:
            raw[key] = old[stored]
    if old.get("distance_km") is not None:
        raw["distance_km"] = old["distance_km"]
        raw["distance_unit"] = old.get("distance_unit", "km")
    if not old.get("duration_estimated") or (sets is None and reps is None):
        raw["duration_minutes"] = old.get("duration_min")
        raw["duration_estimated"] = bool(old.get("duration_estimated"))
        was_km, minutes = old.get("distance_km"), old.get("duration_min")
        if (
            distance_km is not None and duration_minutes is None and old.get("duration_estimated")
            and isinstance(was_km, (int, float)) and was_km > 0 and isinstance(minutes, (int, float))
        ):
            # "ran 5k" then "it was 6k": the time guessed from the distance, guessed again at the same speed
            raw["duration_minutes"] = float(max(1, round(float(minutes) * distance_km / float(was_km))))
    if activity is not None and activity != old.get("activity"):
        raw.pop("exercise", None)
        raw.pop("label", None)
    raw.update({k: v for k, v in changes.items() if v is not None})
    if distance_km is not None:
        raw["distance_unit"] = distance_unit or "km"
    if duration_minutes is not None:
        raw["duration_estimated"] = False
    item = _item(raw, "correction")
    weight = await body_weight(context)
    logged = records.now()
    workout = _record(item, weight, logged, "correction")
    if workout.get("logged_at") is None and workout["date"] != records.iso(logged):
        workout["logged_at"] = records.iso(logged)
    workout["replaces"] = old["id"]
    await workout_log.append_all(context.store, [workout])
    await context.store.delete_record(WORKOUTS_LOG, old["id"])
    return {"before": brief(old), "workout": workout, "week": await _week_totals(context, logged), "note": _weight_note(weight)}


async def workout_history(
    context: ToolContext, days: int | None = None, activity: str | None = None, period: str | None = None
) -> dict[str, Any]:
    """Totals for a period (`today`, `this_week`, `last_week`, `last_7_days`, ...; or the last
    `days` days): sessions, minutes, calories, per activity and per day, minutes against the
    WHO weekly guideline, the recent workouts and the last one logged. Reads only the
    workouts logged since the period began."""
    if days is not None:
        days = _integer(days, "days", 1, 365)
    if period is not None:
        _choice(period, "period", periods.PERIODS)
    if days is not None and period is not None:
        raise ToolError("give either period or days, not both")
    activity_id = None
    if activity is not None:
        found = compendium.find_activity(_text(activity, "activity", 80))
        if found is None:
            raise ToolError(f"unknown activity {activity!r}; try e.g. running, walking, cycling, yoga, weight training")
        activity_id = found.id
    moment = records.now()
    span = periods.window(period, days, moment)
    since = span.start
    window = await workout_log.logged_since(context.store, since)
    summary = records.totals(window, span.days, activity_id, since=since, until=span.end)
    summary["period"] = span.period
    summary["label"] = span.label
    summary["who"] = guideline(summary["moderate_minutes"], summary["vigorous_minutes"], summary["strength_days"], span.days)
    recent = [
        {k: w.get(k) for k in RECENT_KEYS if w.get(k) is not None}
        for w in window
        if isinstance(w, dict)
        and (when := records.parse_iso(w.get("date")))
        and since <= when < span.end
        and (activity_id is None or w.get("activity") == activity_id)
    ]
    # Newest first; workouts logged in the same second keep their logging order.
    summary["recent"] = sorted(reversed(recent), key=lambda w: w["date"], reverse=True)[:10]
    last = window[-1] if window and isinstance(window[-1], dict) else await workout_log.last_logged(context.store)
    summary["last_logged"] = {k: last.get(k) for k in ("date", "activity_name", "duration_min")} if last else None
    return summary


RECENT_KEYS = (
    "id", "date", "activity", "activity_name", "label", "exercise", "duration_min", "duration_estimated", "intensity",
    "distance_km", "distance_unit", "speed_kmh", "sets", "reps", "load_kg", "steps", "calories", "weight_kg",
)
WHO_MODERATE = (150, 300)
WHO_VIGOROUS = (75, 150)
WHO_STRENGTH_DAYS = 2


def guideline(moderate: float, vigorous: float, strength_days: int, days: int) -> dict[str, Any]:
    """The week against the WHO 2020 guideline for adults: 150-300 minutes of moderate or
    75-150 of vigorous activity (or a mix, a vigorous minute counting as two), and
    muscle-strengthening on 2 or more days. Longer periods are compared as a weekly average."""
    weeks = max(days, 1) / 7
    equivalent = (moderate + 2 * vigorous) / weeks if days >= 7 else moderate + 2 * vigorous
    return {
        "source": "WHO guidelines on physical activity and sedentary behaviour (2020)",
        "per_week": days >= 7,
        "moderate_equivalent": round(equivalent, 1),
        "target_low": WHO_MODERATE[0],
        "target_high": WHO_MODERATE[1],
        "met": equivalent >= WHO_MODERATE[0],
        "strength_days": strength_days if days == 7 else round(strength_days / weeks, 1),
        "strength_target": WHO_STRENGTH_DAYS,
    }


async def make_plan(
    context: ToolContext,
    goal: str = "general_fitness",
    level: str = "beginner",
    days_per_week: int = 3,
    minutes_per_session: int = 30,
    equipment: list[str] | None = None,
    focus: str | None = None,
    cardio: str | None = None,
    avoid: list[str] | None = None,
    swaps: dict[str, str] | None = None,
    weekdays: list[str] | None = None,
    split: str | None = None,
    limits: list[str] | None = None,
) -> dict[str, Any]:
    """Build a weekly plan for the goal, level, days, minutes and equipment (and, optionally, a
    muscle group to focus on, what to do the cardio on, exercises to leave out and exercises
    to swap for others, and injuries or limitations to build it around), and save it as the
    latest plan."""
    goal = _choice(goal, "goal", GOALS)
    level = _choice(level, "level", LEVELS)
    days = _integer(days_per_week, "days_per_week", 1, 7)
    minutes = _integer(minutes_per_session, "minutes_per_session", 10, 180)
    kit = ["none"] if equipment is None else equipment
    if not isinstance(kit, list) or not kit:
        raise ToolError('equipment must be a list such as ["none"] or ["dumbbells", "bench"]')
    for item in kit:
        _choice(item, "each equipment item", EQUIPMENT)
    if focus is not None:
        _choice(focus, "focus", tuple(FOCUS_PATTERNS))
    if cardio is not None:
        _choice(cardio, "cardio", tuple(CARDIO_CHOICES))
    if split is not None:
        _choice(split, "split", tuple(SPLITS))
    if limits is not None and not isinstance(limits, list):
        raise ToolError('limits must be a list such as ["knee"]')
    for limit in limits or ():
        _choice(limit, "each limits item", tuple(LIMITS))
    left_out = [_exercise(name, "avoid") for name in _names(avoid, "avoid")]
    swapped: dict[str, str] = {}
    if swaps is not None and not isinstance(swaps, dict):
        raise ToolError('swaps must be an object such as {"Push-up": "Incline push-up"}')
    for out, into in (swaps or {}).items():
        swapped[_exercise(out, "swaps").id] = _exercise(into, f"swaps[{out!r}]").id
    if weekdays is not None:
        if not isinstance(weekdays, list) or not weekdays:
            raise ToolError('weekdays must be a list such as ["Tue", "Thu", "Sat"]')
        for day in weekdays:
            _choice(day, "each weekdays item", WEEKDAYS)
        if len(set(weekdays)) != days:
            raise ToolError(f"weekdays names {len(set(weekdays))} different days but days_per_week is {days}")
    plan = build_plan(
        goal, level, days, minutes, kit, focus=focus, cardio=cardio,
        avoid=[e.id for e in left_out], swaps=swapped, weekdays=weekdays, split=split, limits=limits or (),
    )
    plan = {"id": _new_id("plan"), "created_at": records.iso(records.now()), **plan}

    def change(doc: Any) -> None:
        plans = records.checked(doc)["plans"]
        plans.append(plan)
        del plans[:-MAX_PLANS]

    await context.store.update_json(WORKOUTS_FILE, records.empty(), change)
    return plan


def _names(value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 20:
        raise ToolError(f"{field} must be a list of up to 20 exercise names")
    return [_text(v, f"each {field} item", 80) for v in value]


def _exercise(name: Any, field: str) -> library.Exercise:
    """The library exercise called `name` (its id, name or an alias); ToolError naming the field if none."""
    text = _text(name, field, 80)
    found = library.exercise_in_text(text) if text not in {e.id for e in library.exercises()} else library.by_id(text)
    if found is None:
        raise ToolError(f"{field}: {text!r} is not an exercise in the library")
    return found


async def set_goal(
    context: ToolContext,
    goal: str,
    type: str | None = None,
    target: str | None = None,
    deadline: str | None = None,
) -> dict[str, Any]:
    """Save a fitness goal in workouts.json and as profile.fitness_goal (replacing the previous one)."""
    text = _text(goal, "goal", 300)
    kind = _choice(type, "type", GOALS) if type is not None else parse.goal_type(text) or "general_fitness"
    target_text = _text(target, "target", 200, required=False) or None
    today = records.now().date()
    due = None
    if deadline is not None:
        due = records.parse_day(deadline, "deadline")
        if due < today:
            raise ToolError(f"deadline {deadline} is in the past; pick a date from today on")
        if due > today + timedelta(days=3653):
            raise ToolError(f"deadline {deadline} is more than ten years away")
    record = {
        "id": _new_id("goal"),
        "goal": text,
        "type": kind,
        "target": target_text,
        "deadline": due.isoformat() if due else None,
        "set_at": records.iso(records.now()),
        "status": "active",
    }

    def change_workouts(doc: Any) -> None:
        goals = records.checked(doc)["goals"]
        for old in goals:
            if isinstance(old, dict) and old.get("status") == "active":
                old["status"] = "replaced"
        goals.append(record)
        del goals[:-MAX_GOALS]

    def change_profile(profile: dict[str, Any]) -> None:
        profile["fitness_goal"] = {k: record[k] for k in ("goal", "type", "target", "deadline", "set_at")}

    await context.store.update_json(WORKOUTS_FILE, records.empty(), change_workouts)
    await context.store.update_profile(change_profile)
    days_left = (due - today).days if due else None
    return {"goal": record, "days_left": days_left}


INTENSITY_SCHEMA = {"type": "string", "enum": list(compendium.INTENSITIES)}
DATE_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "description": "Day of the workout, YYYY-MM-DD (UTC), up to a year back; omit for today",
}
ITEM_SCHEMA = {
    "type": "object",
    "properties": {
        "activity": {
            "type": "string",
            "minLength": 1,
            "maxLength": 80,
            "description": "What they did, e.g. running, walking, cycling, swimming, yoga, weight training, calisthenics",
        },
        "duration_minutes": {
            "type": "number",
            "minimum": 0.1,
            "maximum": MAX_DURATION_MIN,
            "description": "How long; leave out for strength work given as sets and reps (then estimated)",
        },
        "duration_estimated": {"type": "boolean", "description": "True when the minutes are a guess"},
        "intensity": {**INTENSITY_SCHEMA, "default": "moderate", "description": "How hard it felt"},
        "distance_km": {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1000,
            "description": "Distance in km, if known (sets the pace for running, walking, cycling)",
        },
        "distance_unit": {
            "type": "string",
            "enum": list(DISTANCE_UNITS),
            "default": "km",
            "description": "The unit the user gave the distance in (mi: replies show miles too); distance_km stays in km",
        },
        "sets": {"type": "integer", "minimum": 1, "maximum": 50},
        "reps": {"type": "integer", "minimum": 1, "maximum": 5000, "description": "Reps per set"},
        "exercise": {"type": "string", "maxLength": 80, "description": "The exercise, e.g. Push-up"},
        "steps": {"type": "integer", "minimum": 1, "maximum": 200000},
        "load_kg": {"type": "number", "minimum": 0.5, "maximum": 1000, "description": "Weight lifted per rep"},
        "label": {"type": "string", "maxLength": 80, "description": "The user's name for it, e.g. HIIT"},
        "date": DATE_SCHEMA,
        "notes": {"type": "string", "maxLength": 500},
    },
    "required": ["activity"],
    "additionalProperties": False,
}
TOOLS = (
    Tool(
        name="log_workout",
        description=(
            "Log workouts the user has done: one item per activity (\"did 3 sets of 10 push-ups and ran 5k "
            "in 28 min\" is two items), each with its own date when it was not today. Estimates calories "
            "from the Compendium of Physical Activities MET value times the user's weight (70 kg assumed "
            "when unknown). Returns the saved workouts (with their ids) and the last 7 days' totals. Ask "
            "instead of guessing when a number cannot be real."
        ),
        parameters={
            "type": "object",
            "properties": {"items": {"type": "array", "items": ITEM_SCHEMA, "minItems": 1, "maxItems": MAX_ITEMS}},
            "required": ["items"],
            "additionalProperties": False,
        },
        function=log_workout,
        agent=AGENT,
        side_effects=True,
    ),
    Tool(
        name="delete_workout",
        description=(
            "Undo: take logged workouts out of the log, by id (from log_workout or workout_history), or the "
            "latest one logged when no id is given. Use for \"delete that\", \"remove the run\"."
        ),
        parameters={
            "type": "object",
            "properties": {
                "workout_ids": {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1, "maxLength": 40},
                    "minItems": 1,
                    "maxItems": MAX_ITEMS,
                }
            },
            "additionalProperties": False,
        },
        function=delete_workout,
        agent=AGENT,
        side_effects=True,
    ),
    Tool(
        name="correct_workout",
        description=(
            "Correct a logged workout (the latest one unless workout_id is given): only the fields that "
            "change, e.g. \"actually it was 40 minutes\" is duration_minutes=40. Calories are recomputed."
        ),
        parameters={
            "type": "object",
            "properties": {
                "workout_id": {"type": "string", "minLength": 1, "maxLength": 40},
                "activity": ITEM_SCHEMA["properties"]["activity"],
                "duration_minutes": {"type": "number", "minimum": 0.1, "maximum": MAX_DURATION_MIN},
                "intensity": INTENSITY_SCHEMA,
                "distance_km": ITEM_SCHEMA["properties"]["distance_km"],
                "distance_unit": ITEM_SCHEMA["properties"]["distance_unit"],
                "date": DATE_SCHEMA,
                "sets": {"type": "integer", "minimum": 1, "maximum": 50},
                "reps": {"type": "integer", "minimum": 1, "maximum": 5000},
                "load_kg": {"type": "number", "minimum": 0.5, "maximum": 1000, "description": "Weight lifted per rep"},
            },
            "additionalProperties": False,
        },
        function=correct_workout,
        agent=AGENT,
        side_effects=True,
    ),
    Tool(
        name="workout_history",
        description=(
            "Summarise the user's logged workouts for a period (today, this week since Monday, last week, "
            "the last 7 days (default), this month...) or the last N days: sessions, minutes, calories "
            "burned, totals per activity and per day, moderate and vigorous minutes against the WHO "
            "weekly guideline (150-300 moderate-equivalent minutes, strength on 2+ days), the recent "
            "workouts with their ids and the last workout logged."
        ),
        parameters={
            "type": "object",
            "properties": {
                "period": {"type": "string", "enum": list(periods.PERIODS)},
                "days": {"type": "integer", "minimum": 1, "maximum": 365, "description": "Instead of period"},
                "activity": {"type": "string", "maxLength": 80, "description": "Only this activity, e.g. running"},
            },
            "additionalProperties": False,
        },
        function=workout_history,
        agent=AGENT,
    ),
    Tool(
        name="make_plan",
        description=(
            "Build and save a weekly training plan (warm-up, sets/reps or time, cool-down) for a goal, "
            "level, days per week, minutes per session and the equipment available. To change the last "
            "plan (\"only 20 minutes\", \"make it harder\", \"what about legs?\", \"swap running for "
            "cycling\"), call it again with the last plan's arguments and the change. The result's "
            "`reasons` say why the plan is built as it is."
        ),
        parameters={
            "type": "object",
            "properties": {
                "goal": {"type": "string", "enum": list(GOALS)},
                "level": {"type": "string", "enum": list(LEVELS), "default": "beginner"},
                "days_per_week": {"type": "integer", "minimum": 1, "maximum": 7, "default": 3},
                "minutes_per_session": {"type": "integer", "minimum": 10, "maximum": 180, "default": 30},
                "equipment": {
                    "type": "array",
                    "items": {"type": "string", "enum": list(EQUIPMENT)},
                    "minItems": 1,
                    "maxItems": len(EQUIPMENT),
                    "default": ["none"],
                    "description": "What the user has; 'none' for bodyweight only, 'full_gym' for a gym",
                },
                "focus": {
                    "type": "string",
                    "enum": list(FOCUS_PATTERNS),
                    "description": "A muscle group to train first and most in every strength session",
                },
                "cardio": {
                    "type": "string",
                    "enum": list(CARDIO_CHOICES),
                    "description": "What to do the cardio on (e.g. cycle instead of run)",
                },
                "avoid": {
                    "type": "array",
                    "items": {"type": "string", "maxLength": 80},
                    "maxItems": 20,
                    "description": "Exercises to leave out (\"no burpees\"); others for the same muscles take their place",
                },
                "limits": {
                    "type": "array",
                    "items": {"type": "string", "enum": list(LIMITS)},
                    "uniqueItems": True,
                    "description": "Injuries or limitations the user stated (\"bad knees\" -> knee, \"I use a "
                    "wheelchair\" -> wheelchair): what would load them is left out and the cardio moved off them",
                },
                "weekdays": {
                    "type": "array",
                    "items": {"type": "string", "enum": list(WEEKDAYS)},
                    "minItems": 1,
                    "maxItems": 7,
                    "uniqueItems": True,
                    "description": "The days to train on, one per training day (e.g. [\"Tue\", \"Thu\", \"Sat\"])",
                },
                "split": {
                    "type": "string",
                    "enum": list(SPLITS),
                    "description": "A split the user asked for (\"push pull legs\", \"upper/lower\"): its sessions fill every training day",
                },
                "swaps": {
                    "type": "object",
                    "additionalProperties": {"type": "string", "maxLength": 80},
                    "description": "Exercise to replace -> its replacement, e.g. {\"Push-up\": \"Incline push-up\"}",
                },
            },
            "required": ["goal"],
            "additionalProperties": False,
        },
        function=make_plan,
        agent=AGENT,
        side_effects=True,
    ),
    Tool(
        name="set_goal",
        description=(
            "Set the user's fitness goal (e.g. 'run a marathon', 'lose 5 kg', '10 pull-ups') with an "
            "optional target and deadline. Saved in workouts.json and as profile.fitness_goal."
        ),
        parameters={
            "type": "object",
            "properties": {
                "goal": {"type": "string", "minLength": 1, "maxLength": 300},
                "type": {"type": "string", "enum": list(GOALS)},
                "target": {"type": "string", "maxLength": 200, "description": "A measurable target, e.g. '42.2 km'"},
                "deadline": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "YYYY-MM-DD"},
            },
            "required": ["goal"],
            "additionalProperties": False,
        },
        function=set_goal,
        agent=AGENT,
        side_effects=True,
    ),
)
