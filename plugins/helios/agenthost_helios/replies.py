"""Offline replies: Helios answering from its tools and data when no model is configured.

`offline_reply(turn)` reads the message (see `intents.detect`), runs the tools through
`turn.call_tool` (so calls are validated and recorded), and answers in the coach's voice.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from host import Reply, Turn

from agenthost_helios import advice, compendium, intents, parse, render
from agenthost_helios.library import LEVELS
from agenthost_helios.plan import WEEKDAYS
from agenthost_helios.records import now
from agenthost_helios.userdata import first_name, fitness_goal, last_plan, weight_kg

EXAMPLES = "Try: “make it 4 days”, “only 20 minutes”, “I have dumbbells and a bench” or “make it harder”."


async def offline_reply(turn: Turn) -> Reply:
    """Helios' answer without a model: the intent picks a handler, the handler uses the tools."""
    intent = intents.detect(turn.message, turn.history)
    handler = HANDLERS[intent]
    text = await handler(turn)
    return Reply(text=text, metadata={"intent": intent})


def _today() -> date:
    return now().date()


def _error(result: Any) -> str | None:
    return result.get("error") if isinstance(result, dict) else "the tool gave no answer"


async def log(turn: Turn) -> str:
    activity = compendium.activity_in_text(turn.message)
    minutes = parse.duration_minutes(turn.message)
    assert activity is not None and minutes is not None  # intents.detect checked both
    arguments: dict[str, Any] = {
        "activity": activity.id,
        "duration_minutes": minutes,
        "intensity": parse.intensity(turn.message) or "moderate",
    }
    distance = parse.distance_km(turn.message)
    if distance and activity.speed_rows:
        arguments["distance_km"] = distance
    day = parse.workout_day(turn.message, _today())
    if day:
        arguments["date"] = day.isoformat()
    result = await turn.call_tool("log_workout", **arguments)
    if problem := _error(result):
        return f"Hmm, I couldn't log that one: {problem}. Give it another go, e.g. “ran 5k in 30 minutes”."
    workout, week = result["workout"], result["week"]
    pace = ""
    if workout.get("distance_km"):
        pace = f" · {render.number(workout['distance_km'])} km"
        if workout.get("speed_kmh"):
            pace += f" ({render.number(workout['speed_kmh'])} km/h)"
    when = " (yesterday)" if day and (_today() - day).days == 1 else ""
    name = first_name(turn)
    lines = [
        f"Logged{when}! 💪 {workout['activity_name']} · {render.number(workout['duration_min'])} min{pace} "
        f"→ about **{workout['calories']} kcal** burned{', ' + name if name else ''}.",
        f"(MET {render.number(workout['met'])}, Compendium code {workout['compendium_code']}: "
        f"{result['compendium_activity']}. {result['note']})",
        f"Last 7 days: {week['sessions']} workout{'s' if week['sessions'] != 1 else ''} · "
        f"{render.number(week['minutes'])} min · ~{week['calories']} kcal.",
        render.weekly_progress(week["active_minutes"]),
    ]
    return "\n".join(lines)


async def log_incomplete(turn: Turn) -> str:
    activity = compendium.activity_in_text(turn.message)
    if activity is not None:
        return (
            f"Love it! 🔥 How long did the {activity.name.lower()} take? Tell me like “ran 5k in 28 minutes” "
            "or “45 min of yoga” and I'll log it with the calories."
        )
    minutes = parse.duration_minutes(turn.message)
    return (
        f"Nice work! What did you do for those {render.number(minutes or 0)} minutes? "
        "Say e.g. “45 min of cycling” or “30 min weights” and I'll log it."
    )


async def estimate(turn: Turn) -> str:
    activity = compendium.activity_in_text(turn.message)
    minutes = parse.duration_minutes(turn.message)
    assert activity is not None and minutes is not None
    level = parse.intensity(turn.message) or "moderate"
    entry = activity.entry_for(level)
    weight = weight_kg(turn)
    kcal = compendium.calories(entry.met, weight or compendium.DEFAULT_WEIGHT_KG, minutes)
    basis = (
        f"for your {render.number(weight)} kg" if weight else "assuming 70 kg; tell me your weight for a closer number"
    )
    return (
        f"About **{kcal} kcal** for {render.number(minutes)} min of {activity.name.lower()} at {level} effort "
        f"(MET {render.number(entry.met)}, Compendium {entry.code}, {basis}). "
        "Did it already? Say “I did …” and I'll log it. 💪"
    )


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


async def goal(turn: Turn) -> str:
    text = _GOAL_PREFIX.sub("", turn.message.strip()).strip(" .!?") or turn.message.strip()
    text = text[0].upper() + text[1:]
    kind = parse.goal_type(turn.message) or "general_fitness"
    arguments: dict[str, Any] = {"goal": text[:300], "type": kind}
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
    lines.append(advice.GOAL_TIPS[saved["type"]])
    lines.append(
        "Want a weekly plan built around it? Tell me how many days a week, how long per session and "
        "what equipment you have (e.g. “plan: 4 days, 45 minutes, dumbbells”)."
    )
    return "\n".join(lines)


async def history(turn: Turn) -> str:
    days = parse.history_days(turn.message)
    result = await turn.call_tool("workout_history", days=days)
    if problem := _error(result):
        return f"I couldn't read your log: {problem}."
    text = render.history(result)
    if not result["sessions"]:
        text += (
            " Tell me what you did (e.g. “ran 5k in 30 minutes”) and I'll track it, "
            "or ask for a plan to get rolling! 💪"
        )
    elif goal_line := advice.goal_line(turn.profile):
        text += "\n" + goal_line
    return text


async def today(turn: Turn) -> str:
    plan = await last_plan(turn)
    if plan is None:
        return (
            "You don't have a plan yet! Say “make me a plan” (with days per week, minutes and equipment) "
            "and I'll build one. Meanwhile: 20-30 minutes of brisk walking plus 2 rounds of squats, push-ups "
            "and planks is a great day. 💪"
        )
    weekday = WEEKDAYS[now().weekday()]
    sessions = plan["sessions"]
    todays = next((s for s in sessions if s["weekday"] == weekday), None)
    if todays:
        return f"Today ({weekday}) on your {plan['title']}:\n" + render.session(todays) + "\nLet's get it! 🔥"
    order = {d: i for i, d in enumerate(WEEKDAYS)}
    upcoming = sorted(sessions, key=lambda s: (order[s["weekday"]] - order[weekday]) % 7)[0]
    return (
        f"{weekday} is a rest day on your {plan['title']}: an easy walk or 10 minutes of mobility is plenty. "
        f"Next up: **{upcoming['weekday']} – {upcoming['title']}**."
    )


def _plan_arguments(turn: Turn, base: dict[str, Any] | None) -> dict[str, Any]:
    goal_type = parse.goal_type(turn.message)
    if goal_type is None and (current := fitness_goal(turn)):
        goal_type = current.get("type")
    level = parse.level(turn.message) or (base or {}).get("level") or "beginner"
    minutes = parse.duration_minutes(turn.message)
    default_minutes = 30 if level == "beginner" else 45
    return {
        "goal": goal_type or (base or {}).get("goal") or "general_fitness",
        "level": level,
        "days_per_week": parse.days_per_week(turn.message) or (base or {}).get("days_per_week") or 3,
        "minutes_per_session": int(min(180, max(10, minutes)))
        if minutes
        else (base or {}).get("minutes_per_session", default_minutes),
        "equipment": parse.equipment(turn.message) or (base or {}).get("equipment") or ["none"],
    }


async def _answer_plan(turn: Turn, arguments: dict[str, Any], opening: str) -> str:
    result = await turn.call_tool("make_plan", **arguments)
    if problem := _error(result):
        return f"I couldn't build that plan: {problem}."
    return "\n".join(
        [opening, "", render.plan(result), "", f"Saved! Ask “what's my workout today?” any time. {EXAMPLES}"]
    )


async def plan(turn: Turn) -> str:
    # The last plan supplies what this message leaves out (days, minutes, equipment, level).
    arguments = _plan_arguments(turn, await last_plan(turn))
    name = first_name(turn)
    opening = f"Let's do this{', ' + name if name else ''}! 💪 Here's a plan that fits your week."
    if arguments["level"] == "beginner":
        opening += " We start easy and build: consistency beats intensity."
    return await _answer_plan(turn, arguments, opening)


async def plan_change(turn: Turn) -> str:
    base = await last_plan(turn)
    if base is None:
        return await plan(turn)
    arguments = _plan_arguments(turn, base)
    text = parse.prepare(turn.message)
    arguments["goal"] = parse.goal_type(turn.message) or base["goal"]
    rank = LEVELS.index(base["level"])
    if parse.level(turn.message) is None:
        if re.search(r"\b(harder|tougher|more challenging|more intense|step it up)\b", text):
            arguments["level"] = LEVELS[min(rank + 1, 2)]
        elif re.search(r"\b(easier|lighter|gentler|too hard|less intense)\b", text):
            arguments["level"] = LEVELS[max(rank - 1, 0)]
    if parse.duration_minutes(turn.message) is None:
        if re.search(r"\bshorter\b|\bless time\b", text):
            arguments["minutes_per_session"] = max(10, base["minutes_per_session"] - 15)
        elif re.search(r"\blonger\b|\bmore time\b", text):
            arguments["minutes_per_session"] = min(180, base["minutes_per_session"] + 15)
    changes = [
        f"{label} {_setting(key, base[key])} → {_setting(key, arguments[key])}"
        for key, label in (
            ("days_per_week", "days"),
            ("minutes_per_session", "minutes"),
            ("level", "level"),
            ("equipment", "equipment"),
            ("goal", "goal"),
        )
        if arguments[key] != base[key]
    ]
    opening = f"Done! Updated your plan ({'; '.join(changes)}). 💪" if changes else "Here's your plan again, fresh. 💪"
    return await _answer_plan(turn, arguments, opening)


def _setting(key: str, value: Any) -> str:
    if key == "equipment":
        return render.equipment(value)
    return render.number(value) if isinstance(value, (int, float)) else str(value).replace("_", " ")


HANDLERS: dict[str, Callable[[Turn], Awaitable[str]]] = {
    "log": log,
    "log_incomplete": log_incomplete,
    "estimate": estimate,
    "goal": goal,
    "history": history,
    "today": today,
    "plan": plan,
    "plan_change": plan_change,
    "exercise": advice.exercise,
    "muscle": advice.muscle,
    "pain": advice.pain,
    "recovery": advice.recovery,
    "nutrition": advice.nutrition,
    "coach": advice.coach,
}
