"""A first pull-up or push-up as a goal, from where someone is now: "I want to do my first pull
up by christmas, right now I can't do a single one", "goal: 10 push-ups, I can do 2".

Each ladder is the usual coaching progression for the move: easier versions that load the
same muscles (hangs, rows and slow lowering for a pull-up; wall, incline and lowering push-ups
for a push-up), three sessions a week with a day between, and a step up when every set is
clean, after the ACSM's progression model for resistance training (Ratamess et al., ACSM
Position Stand, Med Sci Sports Exerc 2009;41(3):687-708: progressive overload, 2-3 days a week
for novices). Where to start comes from the reps said now.
"""

from __future__ import annotations

import re

from agenthost_helios import parse

SOURCE = "ACSM Position Stand: Progression models in resistance training (Ratamess et al., 2009)"

_MOVES = {
    "pull-up": re.compile(r"\b(pull ?ups?|pullups?|chin ?ups?|chinups?)\b"),
    "push-up": re.compile(r"\b(push ?ups?|pushups?|press ?ups?)\b"),
}
_NONE_YET = re.compile(r"\b(cant|cannot|can not|couldnt|never)\b.{0,25}\b(do|done|manage|get)\b|\b(zero|0|not (a single|one|even one)|none)\b")
_REPS_NOW = re.compile(r"\b(?:i can|can|i do|manage|do)\s+(?:only |just |about |around )?(\d{1,2})\b")

LADDERS = {
    "pull-up": (
        ("no pull-up yet", [
            "Weeks 1-2: dead hang 3 × 20-30 s, scapular pulls (hang and pull your shoulders down) 3 × 8, "
            "inverted rows under a sturdy table or low bar 3 × 8",
            "Weeks 3-4: the same, plus negatives 3 × 3: jump or step up to chin over the bar, lower yourself in 3-5 s",
            "Weeks 5-6: negatives 4 × 3 lowering in 5 s, band-assisted pull-ups 3 × 5 (a lighter band as they get easy), "
            "rows 3 × 10",
            "Then: try one strict pull-up at the start of a session every couple of weeks",
        ]),
        ("a few already", [
            "Each session: 5 × 1-2 strict pull-ups, stopping well before failure, with 2 min rest",
            "Then negatives 3 × 3 (lower in 3-5 s) and inverted rows 3 × 10",
            "Add one rep to a set each week; test your best set every 2 weeks",
        ]),
    ),
    "push-up": (
        ("no push-up yet", [
            "Weeks 1-2: wall push-ups 3 × 10-15 and a plank 3 × 20 s",
            "Weeks 3-4: incline push-ups with hands on a kitchen counter or bench 3 × 8-12, going lower as they get easy",
            "Weeks 5-6: knee push-ups 3 × 8 and negatives 3 × 3 from the toes (lower in 3-5 s)",
            "Then: a full push-up from the toes, chest to a fist's height off the floor",
        ]),
        ("a few already", [
            "Each session: 3-4 sets of as many clean push-ups as you can minus one or two",
            "Then incline push-ups 2 × 10 to add volume, and a plank 3 × 30 s",
            "Add a rep to each set each week",
        ]),
    ),
}


def move_in(message: str) -> str | None:
    """The move a goal is about ("my first pull up", "10 push-ups"), or None."""
    text = parse.prepare(message).replace("'", "")
    return next((move for move, pattern in _MOVES.items() if pattern.search(text)), None)


def ladder(message: str, move: str) -> str:
    """The steps to `move` from where the message says someone is now (none yet unless reps are said)."""
    text = parse.prepare(message).replace("'", "")
    reps = _REPS_NOW.search(text)
    start = 1 if reps and int(reps[1]) >= 1 and not _NONE_YET.search(text) else 0
    title, steps = LADDERS[move][start]
    lines = [f"**Your road to {'a first' if start == 0 else 'more'} {move}{'s' if start else ''}** ({title}), 3 sessions a week with a rest day between:"]
    lines += [f"- {step}" for step in steps]
    lines.append("Move on when every set feels clean; if a step is still hard, give it another week.")
    lines.append(f"_Source: {SOURCE}_")
    return "\n".join(lines)


_WISHED = re.compile(
    r"\b(want|wanna|would like|id like|id love|would love|hope|hoping|goal|aim|aiming|target|trying|dream|"
    r"be able to|work (up )?(to|towards)|get (to|my first))\b"
)
_SOMEDAY = re.compile(r"\b(first|proper|a single|one day|by \w+|in \d+ ?(weeks?|months?)|before|this year|strict|unassisted)\b")
_ASKED = re.compile(r"\b(how (do|to|should|can)|what muscles|form|technique|cues)\b")


def is_goal(message: str) -> bool:
    """True for a pull-up or push-up wished for later ("want to be able to do a pull-up in 12
    weeks", "I'd love to do a proper push up, at the moment I can't do any"), not a how-to."""
    text = parse.prepare(message).replace("'", "")
    return (
        move_in(message) is not None
        and bool(_WISHED.search(text))
        and bool(_SOMEDAY.search(text) or _NONE_YET.search(text) or _REPS_NOW.search(text))
        and not _ASKED.search(text)
    )
