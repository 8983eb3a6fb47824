"""Plain-text/markdown views of plans, sessions, workouts and history, for the offline replies."""

from __future__ import annotations

from typing import Any

WHO_WEEKLY_MINUTES = 150


def number(value: float) -> str:
    """12 or 12.5, never 12.0."""
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def plural(count: float, word: str) -> str:
    """`1 workout`, `3 workouts`."""
    return f"{number(count)} {word}{'' if count == 1 else 's'}"


def duration(seconds: int) -> str:
    """`45 s`, `1 min`, `1.5 min`."""
    if seconds < 60:
        return f"{seconds} s"
    return f"{number(round(seconds / 60, 1))} min"


def _dose(item: dict[str, Any]) -> str:
    side = "/side" if item.get("per_side") else ""
    if item.get("seconds"):
        return f"{item['sets']}×{item['seconds']} s{side}"
    return f"{item['sets']}×{item['reps']}{side}"


def block(b: dict[str, Any]) -> str:
    """One line for one part of a session's main work."""
    if b["format"] == "cardio":
        return b["description"]
    if b["format"] == "circuit":
        names = " · ".join(e["name"] + (" (alternate sides)" if e["per_side"] else "") for e in b["exercises"])
        return (
            f"Circuit, {b['rounds']} round{'s' if b['rounds'] != 1 else ''} "
            f"({b['work_s']} s on / {b['rest_s']} s off, {b['round_rest_s']} s between rounds): {names}"
        )
    items = " · ".join(f"{e['name']} {_dose(e)}" for e in b["exercises"])
    rests = sorted({e["rest_s"] for e in b["exercises"]})
    rest = f"{rests[0]} s" if len(rests) == 1 else f"{rests[0]}-{rests[-1]} s"
    return f"{items} (rest {rest} between sets)"


def session(s: dict[str, Any], heading: bool = True) -> str:
    """A session: title line, warm-up, main work and cool-down."""
    lines = []
    if heading:
        lines.append(f"**{s['weekday']} – {s['title']}** (~{s['minutes']} min)")
    warm = ", ".join(i["name"] for i in s["warm_up"]["items"])
    lines.append(f"- Warm-up {s['warm_up']['minutes']} min: {warm}")
    for b in s["main"]:
        lines.append(f"- {block(b)}")
    cool = ", ".join(i["name"] for i in s["cool_down"]["items"])
    lines.append(f"- Cool-down {s['cool_down']['minutes']} min: {cool}")
    return "\n".join(lines)


def equipment(items: list[str]) -> str:
    """`no equipment` or `dumbbells, bench`."""
    names = [i.replace("_", " ") for i in items if i != "none"]
    return ", ".join(names) if names else "no equipment"


def plan(p: dict[str, Any]) -> str:
    """The whole plan: summary, each session, progression."""
    days = " · ".join(f"{s['weekday']} {s['title']}" for s in p["sessions"])
    parts = [
        f"**Your {p['title']}** ({p['minutes_per_session']} min, {equipment(p['equipment'])})",
        f"Week: {days}; rest the other days.",
        "",
    ]
    for s in p["sessions"]:
        parts.append(session(s))
        parts.append("")
    parts.append(f"**Progression:** {p['progression']}")
    if p.get("notes"):
        parts.append(f"**Tip:** {p['notes'][0]}")
    return "\n".join(parts)


def history(h: dict[str, Any]) -> str:
    """A history summary: totals, per activity, and progress towards 150 active minutes a week."""
    span = "today" if h["days"] == 1 else "in the last 7 days" if h["days"] == 7 else f"in the last {h['days']} days"
    if not h["sessions"]:
        return f"No workouts logged {span} yet."
    lines = [
        f"**{h['sessions']} workout{'s' if h['sessions'] != 1 else ''} {span}**: "
        f"{number(h['minutes'])} min, about {h['calories']} kcal burned."
    ]
    for entry in h["by_activity"]:
        lines.append(
            f"- {entry['name']}: {entry['sessions']}× · {number(entry['minutes'])} min · ~{entry['calories']} kcal"
        )
    if h["days"] == 7:
        lines.append(weekly_progress(h["active_minutes"]))
    return "\n".join(lines)


def weekly_progress(active_minutes: float) -> str:
    """How the week compares with the WHO's 150 moderate minutes (vigorous minutes count double)."""
    if active_minutes >= WHO_WEEKLY_MINUTES:
        return (
            f"That's {number(active_minutes)} active minutes (vigorous counts double): "
            f"the WHO's {WHO_WEEKLY_MINUTES}-minute weekly target is done! 🔥"
        )
    left = WHO_WEEKLY_MINUTES - active_minutes
    return (
        f"{number(active_minutes)} of the WHO's {WHO_WEEKLY_MINUTES} weekly active minutes "
        f"(vigorous counts double): {number(round(left))} to go."
    )
