"""One run for a beginner, not a week: "plan me a 30 min running session, total beginner", then
"only got 15 minutes today" (the same kind of session, shorter) or "that felt easy, make it
harder" (longer run bits, shorter walks, then nonstop and a little faster, then hills).

A brisk-walk warm-up and cool-down around run-walk intervals that fill the minutes; the
interval steps follow the NHS Couch to 5K's (one-minute jogs between walks, growing to
running nonstop), so each "harder" is the next step and each "easier" the one before.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import parse

SOURCE = "NHS: Couch to 5K running plan for beginners"
MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES = 10, 60, 30
FIRST_STEP = 1  # Couch to 5K's first week: run 60 s, walk 90 s
# (run seconds, walk seconds); None: running nonstop. Each step a little harder than the last.
STEPS: tuple[tuple[int, int] | None, ...] = (
    (30, 90), (60, 90), (90, 90), (90, 60), (120, 60), (180, 90), (300, 120), (480, 120), None,
)
NONSTOP_STEP = len(STEPS) - 1  # an easy run, for someone who didn't say they're new to it
NONSTOP_EXTRAS = (
    "run the whole block at an easy pace you could talk at",
    "run the whole block, picking up the pace a little for the last 5 minutes",
    "run the whole block, with 4-6 × 30 s up a gentle hill (or a 3-5% treadmill incline), walking back down",
)

_RUN = re.compile(r"\b(run|running|jog|jogging|run ?walk|walk ?run|run/walk|walk/run)\b")
_ONE = re.compile(
    r"\b(session|workout|run for (today|tonight|this (morning|evening))|today|tonight|one run|a run|first run|"
    r"\d+ ?(min|mins|minutes))\b"
)
_ASK = re.compile(
    r"\b(plan|give|giv|gimme|make|build|design|create|suggest|recommend|write|need|want|what should i do|"
    r"whats a good|what is a good|can you|could you|any ideas|ideas)\b"
)
_WEEKLY = re.compile(
    r"\b(week|weeks|weekly|schedule|programme|program|days? a week|times a week|per week|x a week|5k|10k|"
    r"half marathon|marathon|race|couch to|c25k|(a|my|the|running|run|jogging|training|weekly) plan)\b"
)
_BEGINNER = re.compile(
    r"\b(beginners?|beginer|new to running|never (run|ran|jogged)|first (ever )?(run|jog)|total beginner|complete beginner|"
    r"just starting|start(ing)? (out|running|to run)|havent run|unfit|out of shape|run ?walk|walk ?run|run/walk|walk/run)\b"
)
_NOT_BEGINNER = re.compile(r"\b(intermediate|advanced|experienced|i can (already )?run|tempo|intervals?|fartlek|speed)\b")
HARDER = re.compile(r"\b(harder|tougher|more challenging|step it up|too easy|felt easy|was easy|easy peasy|push me|more intense)\b")
EASIER = re.compile(r"\b(easier|gentler|too hard|too much|struggled|couldnt|could not|knackered|dying)\b")
_MINUTES_SAID = re.compile(r"\b(only|just|got|have|make it|in|shorter|longer|for|can do|can spare|can manage|today|tonight|instead)\b")


def is_request(message: str) -> bool:
    """A single run asked for ("plan me a 30 min running session, total beginner", "plan me a 45
    min easy run session"): run-walk for a beginner, an easy run otherwise."""
    text = parse.prepare(message).replace("'", "")
    return bool(
        _RUN.search(text)
        and _ONE.search(text)
        and _ASK.search(text)
        and (_BEGINNER.search(text) or re.search(r"\b(easy|steady|gentle|recovery|chill|relaxed) (run|jog)\b", text))
        and not _WEEKLY.search(text)
        and not _NOT_BEGINNER.search(text)
        and not re.search(r"\b(treadmill|how (do|should|can) i)\b", text)
        # "what's a good running pace for a beginner?": the pace answer, not a session
        and not re.search(r"\b(what|whats|which|is)\b.{0,20}\b(good|normal|typical|decent|realistic|average|ok|okay)\b.{0,10}\b(pace|speed)\b", text)
    )


_BARE_MINUTES = re.compile(r"^\W*(?:ok |okay |can you |could you |pls |please )*make it (\d{1,2})\W*$")


def _minutes(text: str) -> float | None:
    """The minutes said ("only got 15 minutes", and "make it 20" after a session)."""
    if (minutes := parse.duration_minutes(text)) is not None:
        return minutes
    return float(bare[1]) if (bare := _BARE_MINUTES.search(text)) else None


def is_follow_up(message: str) -> bool:
    """After the session: other minutes ("only got 15 minutes today"), harder, easier, shorter."""
    text = parse.prepare(message).replace("'", "")
    if len(text.split()) > 14 or _WEEKLY.search(text):
        return False
    minutes = _minutes(text)
    return bool(
        (minutes and _MINUTES_SAID.search(text))
        or HARDER.search(text)
        or EASIER.search(text)
        or re.search(r"\b(shorter|longer|quicker one|less time|more time)\b", text)
    )


def settings(message: str, before: dict[str, Any] | None = None) -> dict[str, Any]:
    """The session asked for: this message's minutes and step over the last session's."""
    before = before or {}
    text = parse.prepare(message).replace("'", "")
    minutes = _minutes(text) or before.get("minutes") or DEFAULT_MINUTES
    if not _minutes(text) and re.search(r"\bshorter|less time|quicker one\b", text):
        minutes -= 10
    elif not _minutes(text) and re.search(r"\blonger|more time\b", text):
        minutes += 10
    first = FIRST_STEP if _BEGINNER.search(text) or before else NONSTOP_STEP
    step = int(before.get("step", first))
    if HARDER.search(text):
        step += 1
    elif EASIER.search(text):
        step -= 1
    last = len(STEPS) - 1 + len(NONSTOP_EXTRAS) - 1
    return {"minutes": int(max(MIN_MINUTES, min(float(minutes), MAX_MINUTES))), "step": max(0, min(step, last))}


def minutes_split(session: dict[str, Any]) -> tuple[float, float]:
    """The session's running and walking minutes (warm-up and cool-down are walking), to log it."""
    minutes, ends = session["minutes"], (5 if session["minutes"] >= 20 else 3)
    block = minutes - 2 * ends
    shape, _ = _shape(session["step"])
    if shape is None:
        return float(block), float(2 * ends)
    run, walk = shape
    rounds = max(1, (block * 60 + walk) // (run + walk))
    running = rounds * run / 60
    return round(running, 1), round(minutes - running, 1)


def _shape(step: int) -> tuple[tuple[int, int] | None, str]:
    if step < len(STEPS) - 1:
        return STEPS[step], ""
    return None, NONSTOP_EXTRAS[min(step - (len(STEPS) - 1), len(NONSTOP_EXTRAS) - 1)]


def _clock(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds % 60 == 0 else (f"{seconds} s" if seconds < 120 else f"{seconds / 60:g} min")


def build(session: dict[str, Any], before: dict[str, Any] | None = None) -> str:
    """The session as a reply: what changed (after a follow-up), warm-up, intervals, cool-down."""
    minutes, step = session["minutes"], session["step"]
    ends = 5 if minutes >= 20 else 3
    block = minutes - 2 * ends
    shape, nonstop = _shape(step)
    if shape is None:
        main = f"- {block} min: {nonstop}"
    else:
        run, walk = shape
        rounds = max(1, (block * 60 + walk) // (run + walk))
        main = f"- {rounds} × (run {_clock(run)} easy, walk {_clock(walk)})"
    lines = []
    if before:
        lines.append(_what_changed(before, session))
    lines += [
        f"Here's a {minutes}-minute beginner run-walk session 🏃" if shape is not None
        else f"Here's a {minutes}-minute easy run 🏃",
        f"- Warm-up: {ends} min brisk walk",
        main,
        f"- Cool-down: {ends} min easy walk, then stretch your calves and the fronts of your thighs",
        "Run at a pace where you can still talk"
        + ("; walking breaks are part of the plan, not cheating." if shape is not None else "."),
        "Say “only 15 minutes”, “make it harder” or “easier”, and “done” once you've done it to log it.",
        f"_Source: {SOURCE}_",
    ]
    return "\n".join(lines)


def _what_changed(before: dict[str, Any], now: dict[str, Any]) -> str:
    said = []
    if now["minutes"] != before.get("minutes"):
        said.append(f"{'shorter' if now['minutes'] < before.get('minutes', 0) else 'longer'}: {now['minutes']} minutes")
    old_shape, _ = _shape(int(before.get("step", FIRST_STEP)))
    new_shape, nonstop = _shape(now["step"])
    if now["step"] > before.get("step", FIRST_STEP):
        if new_shape is not None and old_shape is not None:
            parts = []
            if new_shape[0] > old_shape[0]:
                parts.append(f"longer run bits ({_clock(old_shape[0])} → {_clock(new_shape[0])})")
            if new_shape[1] < old_shape[1]:
                parts.append(f"shorter walks ({_clock(old_shape[1])} → {_clock(new_shape[1])})")
            said.append("harder: " + " and ".join(parts))
        elif old_shape is not None:
            said.append("harder: no more walk breaks, running the whole middle block")
        else:
            said.append(f"harder: {nonstop.split(', ', 1)[-1]}")
    elif now["step"] < before.get("step", FIRST_STEP):
        said.append("easier: shorter run bits and longer walks" if new_shape is not None else "easier")
    if not said:
        return "Same session, fresh: 💪"
    return f"Done: {'; '.join(said)}. 💪"
