"""Harder sessions for steady cardio: "make it harder" after running, cycling, rowing or
swimming is a faster session (intervals, tempo, hills), not a different machine.

The shapes follow the usual endurance practice (Seiler 2010: most training easy, one or two
harder sessions a week; ACSM's Guidelines for Exercise Testing and Prescription, 11th ed.,
2021, for interval work): one hard session a week to start, the rest easy.
"""

from __future__ import annotations

import re

SOURCE = (
    "Seiler S, What is best practice for training intensity and duration distribution in endurance athletes? "
    "Int J Sports Physiol Perform 2010;5(3):276-91; ACSM's Guidelines for Exercise Testing and Prescription, "
    "11th ed. (2021)"
)
# activity -> (name, sessions); every session has a 10-minute easy warm-up and cool-down
SESSIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "running": ("run", (
        "**Intervals**: 6 x 400 m (or 6 x 90 s) fast, at about your 5k pace or a bit quicker, with 90 s easy jogging between",
        "**Tempo**: 20 minutes at a comfortably hard effort (you can say a few words, not sentences)",
        "**Hills**: 8 x 45 s hard up a moderate hill, jogging or walking back down to recover",
        "**Fartlek**: 30 minutes easy with 8 x 1 minute faster whenever you choose, easy in between",
    )),
    "cycling": ("ride", (
        "**Intervals**: 5 x 3 minutes hard (hard to talk) with 3 minutes easy spinning between",
        "**Tempo**: 2 x 15 minutes at a comfortably hard effort, 5 minutes easy between",
        "**Hill repeats**: 6 x 2 minutes seated up a steady climb, rolling back down to recover",
    )),
    "swimming": ("swim", (
        "**Intervals**: 8 x 50 m fast with 30 s rest between",
        "**Threshold**: 4 x 200 m at a strong, steady effort with 30 s rest",
        "**Pyramid**: 50-100-150-200-150-100-50 m, each a little faster than your easy pace, 20 s rest",
    )),
    "rowing_machine": ("row", (
        "**Intervals**: 6 x 500 m hard with 2 minutes easy rowing between",
        "**Tempo**: 3 x 8 minutes at a comfortably hard effort (a few strokes per minute above easy), 3 minutes easy",
        "**Sprints**: 10 x 1 minute hard, 1 minute easy",
    )),
    "walking": ("walk", (
        "**Hills**: pick a hilly route, or 6 x 2 minutes brisk uphill (or at a treadmill incline of 8-10%) with 2 minutes easy",
        "**Intervals**: 8 x 1 minute as fast as you can walk, 2 minutes at your usual pace between",
        "**Longer**: add 10 minutes to one walk a week, with a weighted backpack if your back and knees are happy",
    )),
}
# library exercise ids that are one of the activities above
_EXERCISE_ACTIVITY = {
    "running": "running", "stationary_bike": "cycling", "rowing_machine": "rowing_machine",
    "brisk_walk": "walking", "treadmill_incline_walk": "walking",
}
# "make it harder", "something tougher please", "I'm bored", "step it up"
ASKS_HARDER = re.compile(
    r"\b(harder|tougher|more challenging|too easy|step it up|level up|kick it up|push (me|it)|bored|boring|"
    r"same pace|more intense|spice it up)\b"
)


# curated answers (faq ids) about one activity: "make it harder" after them is that activity's
FAQ_ACTIVITY = {
    "getting_faster": "running", "running_frequency": "running", "running_pace": "running", "tempo_run": "running",
    "running_cadence": "running", "spin_cadence": "cycling", "walking": "walking", "treadmill": "running",
}
# ... and after these, it hurts: no harder session until it doesn't
FAQ_PAIN = frozenset({"outer_knee_pain", "running_knees", "knee_valgus", "side_stitch"})


def activity_of(exercise_id: str | None, activity_id: str | None = None) -> str | None:
    """The activity of SESSIONS an exercise or activity id is, or None."""
    if activity_id in SESSIONS:
        return activity_id
    return _EXERCISE_ACTIVITY.get(exercise_id or "")


def from_state(state: dict) -> tuple[str | None, bool]:
    """(the activity the last answer was about, whether the user said it hurts) from Helios'
    dialog state."""
    topic = state.get("topic") if isinstance(state.get("topic"), dict) else {}
    last = state.get("intent") or state.get("previous")  # a handler sees the last intent as "previous"
    last_faq = state.get("faq") if last in ("faq", "harder") else None
    hurts = (bool(topic.get("pain")) and last in ("pain", "pain_more", "harder")) or last_faq in FAQ_PAIN
    activity = (
        FAQ_ACTIVITY.get(last_faq or "")
        or activity_of(topic.get("exercise"), topic.get("activity"))
    )
    return activity, hurts


NOT_WHILE_IT_HURTS = (
    "Not while it hurts: a harder session now is the quickest way to turn a niggle into weeks off. 🩹 "
    "Keep your runs below the distance where it starts, skip hills and speed work, and keep fit with something "
    "pain-free. Once you've had a week or two of pain-free easy running, ask me again and we'll add one harder "
    "session a week. If it isn't easing after about 2 weeks, or you're limping, see a physio."
)


def session(activity: str) -> str:
    """The harder sessions for `activity` (a key of SESSIONS), with how to fit them in."""
    name, options = SESSIONS[activity]
    lines = [f"Let's make it harder: swap one easy {name} a week for one of these (after 10 minutes easy, "
             "finishing with 10 minutes easy): 🔥"]
    lines += [f"- {option}" for option in options]
    lines.append(
        f"Keep the other {name}s easy and conversational, leave a day between hard sessions, and add a second one "
        "only after a few weeks. Hurting (not just tired)? Ease off and tell me where."
    )
    lines.append(f"_Source: {SOURCE}_")
    return "\n".join(lines)
