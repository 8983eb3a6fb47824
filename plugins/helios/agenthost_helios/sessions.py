"""The saved plan's sessions by day, and logging one as done.

"what's on Thursday?", "tomorrow's workout?", "what's my workout today?" show that day's
session; "done!", "finished it", "I did today's workout" then log that session as a workout:
the Compendium activity its main work stands for, its minutes, and its title as the label.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from agenthost_helios import compendium, parse
from agenthost_helios.entries import Entry
from agenthost_helios.plan import WEEKDAYS

_DAY_NAMES = {name[:3]: short for name, short in zip(parse.WEEKDAY_NAMES, WEEKDAYS, strict=True)}
_DAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(today|tomorrow|tonight)\b")
_ASKS_SESSION = re.compile(
    r"\b(what(s| is)|whats) (on|planned|happening|my (workout|session|training))\b|\b(workout|session|training|plan) "
    r"(for|on)\b|\b(what do i do|what should i do|what am i doing)\b|"
    r"\b(today|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)s? (workout|session|training)\b"
)
_DONE = re.compile(
    r"^\W*(ok\W+|okay\W+|yes\W+|yep\W+)?(done|did it|finished|completed|all done|just did it|smashed it|nailed it|"
    r"crushed it|killed it|got it done)\b|"
    r"\b(i )?(did|finished|completed|done|smashed|nailed)\b.{0,12}\b(it|that|the (workout|session)|"
    r"todays? (workout|session|plan|training))\b"
)


# "make me a 3 day plan for mon wed and sat": a new plan on those days, not the saved plan's Monday
_NEW_PLAN = re.compile(
    r"\b(make|build|create|write|design|give|want|need|set up|put together)\b( me| us)? (a|an|new|my new)\b.{0,25}"
    r"\b(plan|program|programme|schedule|split|routine)\b"
)


def asked_day(text: str, today: date) -> str | None:
    """The weekday ("Thu") a question about the plan names ("what's on thursday?",
    "tomorrow's workout"), or None when it names no day or asks something else."""
    text = parse.prepare(text).replace("'", "")
    if not _ASKS_SESSION.search(text) or _NEW_PLAN.search(text):
        return None
    match = _DAY.search(text)
    if match is None:
        return None
    if match[2] in ("today", "tonight"):
        return WEEKDAYS[today.weekday()]
    if match[2] == "tomorrow":
        return WEEKDAYS[(today + timedelta(days=1)).weekday()]
    return _DAY_NAMES[match[1][:3]]


def is_done(text: str) -> bool:
    """"done!", "finished it", "I did today's workout": the session just shown is done."""
    return bool(_DONE.search(parse.prepare(text).replace("'", "")))


def on_day(plan: dict[str, Any], weekday: str) -> dict[str, Any] | None:
    """The plan's session on `weekday` ("Thu"), or None on a rest day."""
    return next((s for s in plan.get("sessions", []) if s.get("weekday") == weekday), None)


def next_after(plan: dict[str, Any], weekday: str) -> dict[str, Any] | None:
    """The first session after `weekday`, wrapping round the week."""
    order = {d: i for i, d in enumerate(WEEKDAYS)}
    sessions = [s for s in plan.get("sessions", []) if s.get("weekday") in order]
    if not sessions:
        return None
    return sorted(sessions, key=lambda s: ((order[s["weekday"]] - order[weekday] - 1) % 7))[0]


_CARDIO_ACTIVITY = (
    ("rowing", "rowing_machine"), ("bike", "cycling"), ("cycle", "cycling"), ("swim", "swimming"),
    ("elliptical", "elliptical"), ("rope", "jump_rope"), ("stair", "stair_climbing"), ("walk", "walking"),
    ("run", "running"), ("treadmill", "running"),
)


def as_entry(session: dict[str, Any], plan: dict[str, Any], day: date) -> Entry:
    """The workout to log for a session done: its activity, minutes, effort and title."""
    kind = session.get("kind", "")
    cardio = next((b for b in session.get("main", []) if b.get("format") == "cardio"), None)
    if kind in ("mobility",):
        activity, intensity = "stretching", "low"
    elif kind == "recovery":
        activity, intensity = "walking", "low"
    elif kind == "circuit":
        activity, intensity = "circuit_training", "moderate"
    elif cardio is not None and kind in ("intervals", "easy", "long", "tempo"):
        modality = str(cardio.get("modality", "run"))
        activity = next((a for word, a in _CARDIO_ACTIVITY if word in modality), "running")
        if modality == "run/walk":
            activity = "running"
        intensity = {"intervals": "high", "tempo": "high", "easy": "low", "long": "low"}[kind]
    else:
        kit = set(plan.get("equipment") or ["none"]) - {"none"}
        activity, intensity = ("weight_training" if kit else "calisthenics"), "moderate"
    return Entry(
        activity=compendium.by_id(activity),
        minutes=float(session.get("minutes") or plan.get("minutes_per_session") or 30),
        intensity=intensity,
        day=day,
        label=str(session.get("title", ""))[:80] or None,
    )


_PLAN_INFO = re.compile(
    r"\bhow long (will |does |do |is |are |should )?(each|every|a|the|my|one) (session|workout|day)s?\b|"
    r"\bhow long (are|is) (the|my|each) (sessions?|workouts?)\b|\bhow long (will|does|would) (that|this|it) take\b|"
    r"\bwhat (does|do|is|are) (the |my )?(.+?) (involve|include|look like|mean|consist of)\b|"
    r"\bwhat (equipment|kit|gear) do i need\b|\bwhich days\b|"
    # "how long does it last?", "how long is each one?" after a plan
    r"^\W*((and|so|ok|okay|also)\W+)*how long (does|will|would|do|is|are) (it|that|this|the plan|each one|each|they|these|those|them|one)( (usually |normally )?(last|take|run|go on|go for))?\W*$"
)


def asked_title(text: str, plan: dict[str, Any]) -> dict[str, Any] | None:
    """The session a message names by its title ("what does full body A involve?"), or None."""
    text = parse.prepare(text).replace("'", "")
    for session in plan.get("sessions", []):
        title = str(session.get("title", "")).lower()
        if title and re.search(rf"\b{re.escape(title)}\b", text):
            return session
    return None


def is_plan_question(text: str) -> bool:
    """"how long will each session take?", "what does full body A involve?", "which days?"."""
    return bool(_PLAN_INFO.search(parse.prepare(text).replace("'", "")))


_HOW_LONG_IT_LASTS = re.compile(
    r"^\W*((and|so|ok|okay|also)\W+)*how long (does|will|would|do|is|are) (it|that|this|the plan|each one|each|they|these|those|them|one)"
    r"( (usually |normally )?(last|take|run|go on|go for))?\W*$"
)


def asks_how_long_it_lasts(text: str) -> bool:
    """"how long does it last?", "how long is each one?" after a plan."""
    return bool(_HOW_LONG_IT_LASTS.search(parse.prepare(text).replace("'", "")))


def plan_facts(plan: dict[str, Any]) -> str:
    """The plan in one paragraph: days, minutes, equipment, and how a session is built."""
    days = ", ".join(s["weekday"] for s in plan.get("sessions", []))
    first = plan["sessions"][0] if plan.get("sessions") else None
    parts = ""
    if first is not None:
        parts = (
            f" Each one is a {first['warm_up']['minutes']}-minute warm-up, the main work, then a "
            f"{first['cool_down']['minutes']}-minute cool-down."
        )
    kit = ", ".join(k.replace("_", " ") for k in plan.get("equipment", []) if k != "none") or "no equipment"
    return (
        f"Your {plan['title']}: {len(plan.get('sessions', []))} sessions a week ({days}), about "
        f"{plan['minutes_per_session']} minutes each, with {kit}.{parts} Ask “what's on {first['weekday'] if first else 'Mon'}?” "
        "to see a day in full."
    )
