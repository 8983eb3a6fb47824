"""Helios' tools: log a workout, read the history, make a weekly plan, set a goal.

Each function checks its own arguments (the host validates against the schema too, but the
functions are also called directly) and raises ToolError before writing anything.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from host import Tool, ToolContext, ToolError

from agenthost_helios import compendium, parse, records, workout_log
from agenthost_helios.library import EQUIPMENT, LEVELS
from agenthost_helios.plan import GOALS, build_plan
from agenthost_helios.records import WORKOUTS_FILE

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


async def log_workout(
    context: ToolContext,
    activity: str,
    duration_minutes: float,
    intensity: str = "moderate",
    notes: str = "",
    distance_km: float | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    """Append a workout with its estimated calories to workouts.jsonl; returns it with the last
    7 days' totals."""
    name = _text(activity, "activity", 80)
    minutes = _number(duration_minutes, "duration_minutes", 1, MAX_DURATION_MIN)
    level = _choice(intensity, "intensity", compendium.INTENSITIES)
    notes = _text(notes, "notes", 500, required=False)
    distance = None if distance_km is None else _number(distance_km, "distance_km", 0.01, 1000)
    logged = moment = records.now()
    if date is not None:
        day = records.parse_day(date, "date")
        today = moment.date()
        if day > today:
            raise ToolError(f"date {date} is in the future; log workouts you have done")
        if day < today - timedelta(days=366):
            raise ToolError(f"date {date} is more than a year ago")
        if day != today:
            moment = moment.replace(year=day.year, month=day.month, day=day.day, hour=12, minute=0, second=0)

    known = compendium.find_activity(name)
    matched = known or compendium.general_exercise()
    entry = matched.entry_for(level)
    basis = "intensity"
    speed = None
    if distance is not None and matched.speed_rows:
        speed = distance / (minutes / 60)
        if matched.max_kmh and speed > matched.max_kmh:
            raise ToolError(
                f"{distance:g} km in {minutes:g} min is {speed:.1f} km/h, too fast for {matched.name.lower()}; "
                "check the distance and the time"
            )
        entry = matched.entry_for_speed(speed) or entry
        basis = "speed"
    weight = await body_weight(context)
    kcal = compendium.calories(entry.met, weight or compendium.DEFAULT_WEIGHT_KG, minutes)
    # Records stay lean: optional fields only when set.
    workout = {
        "id": _new_id("w"),
        "date": records.iso(moment),
        "activity": matched.id,
        "activity_name": matched.name if known else name,
        "duration_min": int(minutes) if minutes.is_integer() else round(minutes, 1),
        "intensity": level,
        "met": entry.met,
        "compendium_code": entry.code,
        "calories": kcal,
        "weight_kg": weight or compendium.DEFAULT_WEIGHT_KG,
    }
    if weight is None:
        workout["weight_assumed"] = True
    if distance is not None:
        workout["distance_km"] = distance
    if speed is not None:
        workout["speed_kmh"] = round(speed, 1)
    if notes:
        workout["notes"] = notes
    if moment != logged:
        # The log is in logging order: a workout for an earlier day keeps its place by this.
        workout["logged_at"] = records.iso(logged)

    week_start = logged - timedelta(days=7)
    await workout_log.append(context.store, workout)
    week = records.totals(await workout_log.logged_since(context.store, week_start), 7, since=week_start)
    if weight:
        note = f"Calories use your weight of {weight:g} kg."
    else:
        note = (
            f"Calories assume a body weight of {compendium.DEFAULT_WEIGHT_KG:g} kg; "
            "share your weight for a closer estimate."
        )
    if not known:
        note += f" '{name}' is not in the activity table, so it was estimated as general exercise."
    return {
        "workout": workout,
        "compendium_activity": entry.description,
        "met_basis": basis,
        "week": week,
        "note": note,
    }


async def workout_history(context: ToolContext, days: int = 7, activity: str | None = None) -> dict[str, Any]:
    """Totals for the last `days` days (per activity, calories, active minutes), the recent
    workouts and the last one logged. Reads only the workouts logged in those days."""
    days = _integer(days, "days", 1, 365)
    activity_id = None
    if activity is not None:
        found = compendium.find_activity(_text(activity, "activity", 80))
        if found is None:
            raise ToolError(f"unknown activity {activity!r}; try e.g. running, walking, cycling, yoga, weight training")
        activity_id = found.id
    since = records.now() - timedelta(days=days)
    window = await workout_log.logged_since(context.store, since)
    summary = records.totals(window, days, activity_id, since=since)
    recent = [
        {k: w.get(k) for k in ("date", "activity_name", "duration_min", "intensity", "distance_km", "calories")}
        for w in window
        if isinstance(w, dict)
        and (moment := records.parse_iso(w.get("date")))
        and moment >= since
        and (activity_id is None or w.get("activity") == activity_id)
    ]
    # Newest first; workouts logged in the same second keep their logging order.
    summary["recent"] = sorted(reversed(recent), key=lambda w: w["date"], reverse=True)[:10]
    last = window[-1] if window and isinstance(window[-1], dict) else await workout_log.last_logged(context.store)
    summary["last_logged"] = {k: last.get(k) for k in ("date", "activity_name", "duration_min")} if last else None
    return summary


async def make_plan(
    context: ToolContext,
    goal: str = "general_fitness",
    level: str = "beginner",
    days_per_week: int = 3,
    minutes_per_session: int = 30,
    equipment: list[str] | None = None,
) -> dict[str, Any]:
    """Build a weekly plan for the goal, level, days, minutes and equipment, and save it."""
    goal = _choice(goal, "goal", GOALS)
    level = _choice(level, "level", LEVELS)
    days = _integer(days_per_week, "days_per_week", 1, 7)
    minutes = _integer(minutes_per_session, "minutes_per_session", 10, 180)
    kit = ["none"] if equipment is None else equipment
    if not isinstance(kit, list) or not kit:
        raise ToolError('equipment must be a list such as ["none"] or ["dumbbells", "bench"]')
    for item in kit:
        _choice(item, "each equipment item", EQUIPMENT)
    plan = build_plan(goal, level, days, minutes, kit)
    plan = {"id": _new_id("plan"), "created_at": records.iso(records.now()), **plan}

    def change(doc: Any) -> None:
        plans = records.checked(doc)["plans"]
        plans.append(plan)
        del plans[:-MAX_PLANS]

    await context.store.update_json(WORKOUTS_FILE, records.empty(), change)
    return plan


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
TOOLS = (
    Tool(
        name="log_workout",
        description=(
            "Log a workout the user has done. Estimates calories from the Compendium of Physical "
            "Activities MET value times the user's weight (70 kg assumed when unknown). Returns the "
            "saved workout and the last 7 days' totals."
        ),
        parameters={
            "type": "object",
            "properties": {
                "activity": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 80,
                    "description": "What they did, e.g. running, walking, cycling, swimming, yoga, weight training",
                },
                "duration_minutes": {"type": "number", "minimum": 1, "maximum": MAX_DURATION_MIN},
                "intensity": {
                    **INTENSITY_SCHEMA,
                    "default": "moderate",
                    "description": "How hard it felt: low, moderate or high",
                },
                "notes": {"type": "string", "maxLength": 500},
                "distance_km": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 1000,
                    "description": "Distance in km, if known (sets the pace for running, walking, cycling)",
                },
                "date": {
                    "type": "string",
                    "pattern": r"^\d{4}-\d{2}-\d{2}$",
                    "description": "Day of the workout, YYYY-MM-DD (UTC); omit for today",
                },
            },
            "required": ["activity", "duration_minutes"],
            "additionalProperties": False,
        },
        function=log_workout,
        agent=AGENT,
        side_effects=True,
    ),
    Tool(
        name="workout_history",
        description=(
            "Summarise the user's logged workouts over the last N days: sessions, minutes, calories, "
            "moderate-equivalent active minutes, totals per activity, the most recent workouts and "
            "the last workout logged (also when it is older than N days)."
        ),
        parameters={
            "type": "object",
            "properties": {
                "days": {"type": "integer", "minimum": 1, "maximum": 365, "default": 7},
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
            "level, days per week, minutes per session and the equipment available."
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
