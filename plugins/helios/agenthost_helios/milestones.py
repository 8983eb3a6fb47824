"""Milestones told with a workout: a first race ("just ran my first marathon and my legs are dead
lol"), a personal record ("new deadlift PR 140kg!"). The log still happens; the reply opens with
the congratulations, and after a long race adds how to recover.

Recovery: soreness peaks 24-72 hours after and fades within 3-5 days (the `doms` answer in
data/faq.json and its source); easy movement eases it.
"""

from __future__ import annotations

import re

_FIRST_RACE = re.compile(
    r"\b(?:first|1st)(?: ever)? (?P<race>half[- ]?marathon|half|marathon|ultra(?: ?marathon)?|10 ?k|5 ?k|parkrun|triathlon|"
    r"ironman|race|sportive|century ride|trail race|obstacle race)\b",
    re.IGNORECASE,
)
# "ran 16k, training for my first marathon": the race is still to come
_STILL_TO_COME = re.compile(r"\b(?:for|towards|before|ahead of|until|till) (?:my |the |a )?(?:first|1st)\b", re.IGNORECASE)
_LONG = ("marathon", "half", "ultra", "triathlon", "ironman")
_RECORD = re.compile(r"\b(?:pr|prs|pb|pbs|personal (?:best|record)|new (?:max|1 ?rm|best))\b", re.IGNORECASE)
_WEIGHT = re.compile(r"\b(\d{2,3}(?:\.\d)?) ?(kg|kgs|kilos?|lbs?|pounds)\b", re.IGNORECASE)
RECOVERY = (
    "Heavy, sore legs for 3-5 days are normal after that: walk a little, sleep well, eat carbs and protein, drink "
    "enough, and keep to easy walks, swims or spins until the soreness has gone before you run again."
)


def first_race(message: str) -> str | None:
    """The first race the message says was run ("marathon", "half marathon"), or None."""
    found = _FIRST_RACE.search(message)
    if found is None or _STILL_TO_COME.search(message):
        return None
    race = found["race"].lower().replace("-", " ")
    return "half marathon" if race == "half" else race


def cheer(message: str) -> str | None:
    """The congratulations a logged or counted workout opens with, or None."""
    if (race := first_race(message)) is not None:
        return f"Congratulations on your first {race}! 🎉"
    if _RECORD.search(message):
        weight = _WEIGHT.search(message)
        said = f" of {weight[1]} {'kg' if weight[2].lower().startswith('k') else 'lb'}" if weight else ""
        return f"A new PR{said}, congratulations! 🎉"
    return None


def recovery(message: str) -> str | None:
    """How to recover, after a first long race (marathon, half, ultra, triathlon), or None."""
    race = first_race(message)
    return RECOVERY if race is not None and race.startswith(_LONG) else None
