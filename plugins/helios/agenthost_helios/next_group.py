"""What to train today after a muscle group trained yesterday, and tomorrow after that: "did chest
yesterday, what should i train today?" ... "and tomorrow?".

Each major muscle group wants about 48 hours before it works hard again (ACSM: 2-3 days a week per
muscle group), so the answer rotates push (chest, shoulders, triceps), pull (back, biceps) and legs,
the way a push/pull/legs week does."""

from __future__ import annotations

import re

from agenthost_helios import parse

SOURCE = "Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011;43(7):1334-59"
ROTATION = ("push", "pull", "legs")
SESSIONS = {
    "push": "chest, shoulders and triceps (push-ups or bench press, overhead press, dips)",
    "pull": "back and biceps (rows, pull-downs or pull-ups, curls)",
    "legs": "legs (squats, lunges, Romanian deadlifts, calf raises)",
}
# the group named, as the part of the rotation it belongs to
_GROUPS = (
    (r"chest|pecs|push|shoulders?|delts|triceps?|bench", "push"),
    (r"back|lats|pull|biceps?|arms?|rows?|deadlifts?", "pull"),
    (r"legs?|leg day|quads|hamstrings?|glutes|lower body|squats?|calves", "legs"),
    (r"upper body|upper", "push"),  # an upper-body day: chest and back both worked, legs next
)
_GROUP = "|".join(pattern for pattern, _ in _GROUPS)
_TRAINED = re.compile(
    rf"\b(?:did|done|trained|train|hit|worked|smashed|had|was)\b.{{0,20}}?\b(?P<group>{_GROUP})\b(?: day)?.{{0,20}}"
    r"\b(?:yesterday|last night|yday)\b|"
    # "yesterday I did legs", "Gestern Brust gemacht" (read as "yesterday chest gemacht")
    rf"\b(?:yesterday|last night|yday)\b,? (?:i )?(?:did |trained |hit |worked |had |was )?(?:a |my )?(?P<first>{_GROUP})\b"
)
_WHAT_TODAY = re.compile(
    r"\bwhat (?:should|do|can|could|shall) i (?:train|do|hit|work|work on|focus on)\b.{0,15}\btoday\b|"
    r"\bwhat (?:to|should i) train today\b|\bwhat (?:muscle|muscles|body part|group) (?:today|should i train)\b"
)
_TOMORROW = re.compile(r"^\W*(?:(?:and|so|ok|okay|what about|how about|and what about)\W+)*(?:tomorrow|the day after)\W*$")


def asks_today(message: str) -> str | None:
    """The rotation part trained yesterday when the message asks what to train today, else None."""
    text = parse.prepare(message)
    if not _WHAT_TODAY.search(text) or (found := _TRAINED.search(text)) is None:
        return None
    return _part(found["group"] or found["first"])


def asks_tomorrow(message: str) -> bool:
    """"and tomorrow?" on its own."""
    return bool(_TOMORROW.search(parse.prepare(message)))


def _part(group: str) -> str:
    for pattern, part in _GROUPS:
        if re.fullmatch(pattern, group):
            return part
    return "push"


def today(yesterday: str) -> tuple[str, str]:
    """The reply for today after `yesterday`'s part, and the part suggested for today."""
    following = ROTATION[(ROTATION.index(yesterday) + 1) % 3]
    other = ROTATION[(ROTATION.index(yesterday) + 2) % 3]
    name = {"push": "chest", "pull": "back", "legs": "legs"}[yesterday]
    text = (
        f"Give your {name} a day or two: each muscle group wants about 48 hours before it works hard again. "
        f"Today, go for {SESSIONS[following]}, or {SESSIONS[other].split(' (')[0]} if you'd rather; a push, pull, "
        f"legs rotation does exactly that. 💪 Ask “and tomorrow?” for the next day.\n_Source: {SOURCE}_"
    )
    return text, following


def tomorrow(yesterday: str, today_part: str) -> tuple[str, str]:
    """The reply for tomorrow after `yesterday` and `today_part`, and tomorrow's part."""
    following = next(part for part in ROTATION if part not in (yesterday, today_part))
    text = (
        f"Tomorrow: {SESSIONS[following]}, the one part of the rotation left. The day after, "
        f"{SESSIONS[yesterday].split(' (')[0]} are ready again, or take a rest day or an easy walk, ride or swim "
        f"if you're tired (1-2 rest days a week).\n_Source: {SOURCE}_"
    )
    return text, following
