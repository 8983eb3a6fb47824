"""Plain-text/markdown views of plans, sessions, workouts and history, for the offline replies."""

from __future__ import annotations

import re
from datetime import date, timedelta
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
        f"Week: {days}; rest the other days ({len(p['sessions'])} days a week).",
        "",
    ]
    for s in p["sessions"]:
        parts.append(session(s))
        parts.append("")
    parts.append(f"**Progression:** {p['progression']}")
    if p.get("notes"):
        parts.append(f"**Tip:** {p['notes'][0]}")
    return "\n".join(parts)


def day_words(day: date, today: date) -> str:
    """`today`, `yesterday`, or `Mon 10 Mar`."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"{day:%a %-d %b}"


MILE_KM = 1.609344


def distance(km: float, unit: str = "km") -> str:
    """`5 km`, or `3 mi (4.8 km)` for a distance the user gave in miles, `1,650 yd (1.51 km)`
    in yards."""
    if unit == "yd":
        return f"{round(km / 0.0009144):,} yd ({number(round(km, 2))} km)"
    if unit == "mi":
        return f"{number(round(km / MILE_KM, 2))} mi ({number(round(km, 1))} km)"
    return f"{number(km)} km"


def pace_per_km(kmh: float) -> str:
    """`5:36/km` for 10.7 km/h."""
    seconds = round(3600 / kmh)
    return f"{seconds // 60}:{seconds % 60:02d}/km"


def pace_per_mile(kmh: float) -> str:
    """`9:57/mi` for 9.7 km/h."""
    seconds = round(3600 * MILE_KM / kmh)
    return f"{seconds // 60}:{seconds % 60:02d}/mi"


def workout(w: dict[str, Any], today: date, calories: bool = True) -> str:
    """One logged workout: `Push-up (calisthenics) 3×10 · ~3.5 min (estimated) → about 15 kcal`."""
    name = w.get("activity_name", "Workout")
    own = w.get("exercise") or w.get("label")
    if own and str(own).lower() not in str(name).lower():
        name = f"{own} ({str(name).lower()})"
    text = name
    if w.get("sets") and w.get("reps"):
        text += f" {w['sets']}×{w['reps']}"
    elif w.get("reps"):
        text += f" ×{w['reps']}"
    if w.get("load_kg"):
        text += f" at {number(w['load_kg'])} kg"
    if w.get("steps"):
        text += f" · {w['steps']:,} steps"
    minutes = number(w.get("duration_min", 0))
    text += f" · ~{minutes} min (estimated)" if w.get("duration_estimated") else f" · {minutes} min"
    if w.get("distance_km"):
        miles = w.get("distance_unit") == "mi"
        text += f" · {distance(w['distance_km'], w.get('distance_unit', 'km'))}"
        if w.get("speed_kmh"):
            on_foot = w.get("activity") in ("running", "walking", "hiking")
            exact = w["distance_km"] / (w["duration_min"] / 60) if w.get("duration_min") else w["speed_kmh"]
            if miles:
                mph = number(round(exact / MILE_KM, 1))
                text += f", {mph} mph" + (f", {pace_per_mile(exact)}" if on_foot else "")
            else:
                text += f" ({number(w['speed_kmh'])} km/h" + (f", {pace_per_km(exact)})" if on_foot else ")")
    moment = w.get("date", "")
    try:
        day = date.fromisoformat(str(moment)[:10])
    except ValueError:
        day = today
    if day != today:
        text += f" ({day_words(day, today)})"
    if calories:
        text += f" → about **{w.get('calories', 0)} kcal** burned"
    return text


def summary(h: dict[str, Any], today: date, calories: bool = True, calorie_question: bool = False) -> str:
    """A period's summary: totals, per day, per activity, and the WHO weekly guideline."""
    label = h.get("label") or "the last 7 days"
    if not h["sessions"]:
        return f"No workouts logged {label} yet."
    count = plural(h["sessions"], "workout")
    if calorie_question and calories:
        lines = [
            f"You burned about **{h['calories']} kcal** in workouts {label}: {count}, {number(h['minutes'])} min."
        ]
    else:
        burned = f", about {h['calories']} kcal burned" if calories else ""
        lines = [f"**{count} {label}**: {number(h['minutes'])} min{burned}."]
    if len(h.get("by_day", [])) > 1:
        lines.append("By day:")
        for d in h["by_day"]:
            kcal = f" · ~{d['calories']} kcal" if calories else ""
            day = day_words(date.fromisoformat(d["date"]), today)
            lines.append(f"- {day}: {', '.join(d['activities'])} · {number(d['minutes'])} min{kcal}")
    if len(h.get("by_day", [])) == 1 and h.get("recent"):
        lines += [f"- {workout(w, today, calories)}" for w in reversed(h["recent"])]
        lines.append("By activity:" if len(h["by_activity"]) > 1 else "")
    else:
        lines.append("By activity:" if len(h.get("by_day", [])) > 1 else "")
    for entry in h["by_activity"]:
        kcal = f" · ~{entry['calories']} kcal" if calories else ""
        lines.append(f"- {entry['name']}: {entry['sessions']}× · {number(entry['minutes'])} min{kcal}")
    if volume := _volume(h.get("recent", [])):
        lines.append("Volume (sets × reps × kg): " + "; ".join(f"{name} {kg:,.0f} kg" for name, kg in volume.items()))
    who = h.get("who")
    if who and h["days"] >= 7:
        lines.append(guideline(h, who))
    if calories and h.get("weight_assumed"):
        lines.append("Calories assume 70 kg where your weight wasn't known; tell me your weight for closer numbers.")
    return "\n".join(line for line in lines if line)


def rolling_week(rolling: dict[str, Any], week: dict[str, Any], today: date, calories: bool = True) -> str:
    """The last 7 days beside a calendar week that holds less of them: what came before Monday,
    the 7 days' totals and their WHO check ("this week" on a Wednesday still counts Saturday's hike)."""
    monday = today - timedelta(days=today.weekday())
    before = [d for d in rolling.get("by_day", []) if date.fromisoformat(d["date"]) < monday]
    kcal = f" · ~{rolling['calories']} kcal" if calories else ""
    lines = [
        f"**Counting the last 7 days** (weeks here start on Monday): {plural(rolling['sessions'], 'workout')} · "
        f"{number(rolling['minutes'])} min{kcal}, including before Monday:"
    ]
    for d in before:
        day_kcal = f" · ~{d['calories']} kcal" if calories else ""
        lines.append(f"- {day_words(date.fromisoformat(d['date']), today)}: {', '.join(d['activities'])} · "
                     f"{number(d['minutes'])} min{day_kcal}")
    if rolling.get("who"):
        lines.append(guideline(rolling, rolling["who"]))
    return "\n".join(lines)


def guideline(h: dict[str, Any], who: dict[str, Any]) -> str:
    """The WHO line: moderate and vigorous minutes against 150-300 a week, and strength days."""
    per = " a week on average" if h["days"] > 7 else ""
    done = who["moderate_equivalent"]
    mix = f"{number(h['moderate_minutes'])} moderate + {number(h['vigorous_minutes'])} vigorous min"
    if done >= who["target_high"]:
        verdict = f"above the WHO's {who['target_low']}-{who['target_high']} minutes{per}: superb"
    elif done >= who["target_low"]:
        verdict = f"within the WHO's {who['target_low']}-{who['target_high']} minutes{per}: target met"
    else:
        verdict = (
            f"{number(round(who['target_low'] - done))} to go for the WHO's {who['target_low']} minutes{per}"
        )
    strength = (
        f" Strength sessions on {number(who['strength_days'])} day{'s' if who['strength_days'] != 1 else ''}"
        f" (WHO: {who['strength_target']}+ a week)."
    )
    cheer = " 🔥" if done >= who["target_low"] else ""
    return (
        f"WHO check: {mix} = {number(round(done))} moderate-equivalent minutes (vigorous counts double), "
        f"{verdict}.{strength}{cheer}"
    )


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
        f"{number(round(active_minutes))} of the WHO's {WHO_WEEKLY_MINUTES} weekly active minutes "
        f"(vigorous counts double): {number(round(left))} to go."
    )


def _volume(workouts: list[dict[str, Any]]) -> dict[str, float]:
    """Lifting volume per exercise (sets × reps × load), for the workouts that have all three."""
    totals: dict[str, float] = {}
    for w in workouts:
        if w.get("sets") and w.get("reps") and w.get("load_kg"):
            name = str(w.get("exercise") or w.get("label") or w.get("activity_name"))
            totals[name] = totals.get(name, 0.0) + w["sets"] * w["reps"] * w["load_kg"]
    return totals


_NOT_LIFTS = frozenset({"what", "was", "my", "total", "volume", "the", "for", "this", "last", "week", "today", "how",
                        "much", "did", "lift", "lifted", "tonnage", "and", "whats", "on", "of", "in", "kg", "days"})


def volume_answer(h: dict[str, Any], asked: str) -> str | None:
    """"what was my total volume on bench?": sets × reps × kg of the lift named (each log shown
    as its sum), or of every lift in the period when none is named; None when nothing has all three."""
    lifts = [w for w in h.get("recent", []) if w.get("sets") and w.get("reps") and w.get("load_kg")]
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", asked.lower())} - _NOT_LIFTS
    named = [w for w in lifts if words & {x.rstrip("s") for x in re.findall(r"[a-z]{3,}", _lift_name(w).lower())}]
    label = h.get("label") or "the last 7 days"
    if not named and _names_a_lift(words):
        lift = min(words & _LIFT_WORDS)
        return f"I don't see a {lift} with sets, reps and weight logged {label}, so there's no volume to add up for it."
    if not lifts:
        return None
    chosen = named or lifts
    if named:
        sums = " + ".join(f"{w['sets']}×{w['reps']}×{number(w['load_kg'])} kg" for w in reversed(chosen))
        total = sum(w["sets"] * w["reps"] * w["load_kg"] for w in chosen)
        return f"Your {_lift_name(chosen[0]).lower()} volume {label}: {sums} = **{total:,.0f} kg** (sets × reps × kg)."
    parts = "; ".join(f"{name} {kg:,.0f} kg" for name, kg in _volume(chosen).items())
    total = sum(_volume(chosen).values())
    return f"Your lifting volume {label}: **{total:,.0f} kg** (sets × reps × kg): {parts}."


def _lift_name(w: dict[str, Any]) -> str:
    return str(w.get("exercise") or w.get("label") or w.get("activity_name"))


_LIFT_WORDS = frozenset({"bench", "squat", "deadlift", "row", "press", "curl", "lunge", "rdl", "thrust", "pulldown"})


def _names_a_lift(words: set[str]) -> bool:
    return bool(words & _LIFT_WORDS)
