"""Where someone is now, said beside a goal: "want to run my first 5k in 8 weeks. right now I
can run about 1 km without stopping", "currently can run 2km nonstop, want to get to 5k in 6
weeks", "hoping to run a 5k by september, I can only jog for about 5 minutes right now".

The running said (a distance or minutes without stopping) sets where a first 5k plan starts:
the last of Couch to 5K's stages whose longest run (NHS Couch to 5K) the user can already
manage. A distance is read as minutes at 7 min/km,
an easy beginner's jog (about 8.5 km/h). Nothing here is a log: it says what someone can do,
not a workout done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agenthost_helios import parse
from agenthost_helios.progress import Race, race_in_text

BEGINNER_MIN_PER_KM = 7.0  # an easy jog for someone new to running (~8.5 km/h)
# The longest nonstop run of each Couch to 5K stage (weeks 1-9), in minutes (NHS Couch to 5K).
STAGE_LONGEST_RUN = (1, 1.5, 3, 5, 20, 25, 25, 28, 30)

# "right now", "currently", "at the moment": the present, beside a goal for later
NOW = re.compile(
    r"\b(right now|rn|currently|at the moment|atm|at present|presently|for now|these days|as of now|"
    r"as it stands|nowadays|so far|at this point|today i can|my (current )?(max|best|limit) is)\b"
)
_RUN_VERB = r"(?:run|jog|go|do|manage|last|keep going|keep running|keep jogging)"
_CAN_RUN = re.compile(
    rf"\b(?:i can|i could|can|i manage to|i can manage|i can only|can only|able to|i can barely|can barely|i can just)\s+"
    rf"(?:only |just |barely |about |around |roughly |maybe )?{_RUN_VERB}\s+(?:for\s+)?(?:only |just |about |around |roughly |like |maybe |approx\w* )?"
    r"(?:a |an )?(\d+(?:\.\d+)?|half a|a|an)\s*(km|k|kms|kilomet\w+|mile|miles|mi|min|mins|minutes?|m|metres|meters)\b"
)
_RUNNING_NOW = re.compile(
    r"\b(?:currently|right now|at the moment|atm|at present)\s+(?:i(?:m| am)\s+)?(?:running|jogging|doing)\s+"
    r"(?:about |around |roughly |up to )?(\d+(?:\.\d+)?)\s*(km|k|kms|kilomet\w+|mile|miles|mi|min|mins|minutes?)\b"
)
_CANNOT = re.compile(
    r"\b(can ?t|cannot|can not|couldn ?t|could not)\s+(?:even\s+)?(?:run|jog)\b(?!\s+(?:on|at (?!all)|in|far|fast|without|more|longer))|"
    r"\b(never (?:run|ran|jogged)|not a runner|non ?runner|from (?:scratch|zero|the couch))\b"
)


@dataclass(frozen=True)
class Ability:
    """What someone can run now: `minutes` nonstop (0 when not yet), and how they said it."""

    minutes: float
    said: str


def ability(message: str) -> Ability | None:
    """The running someone says they can do now ("I can run about 1 km without stopping",
    "I can only jog for 5 minutes", "currently running 3 miles", "I can't run at all"), or None."""
    text = parse.prepare(message).replace("'", "")
    if found := _CAN_RUN.search(text) or _RUNNING_NOW.search(text):
        amount = 0.5 if found[1] == "half a" else 1.0 if found[1] in ("a", "an") else float(found[1])
        unit = found[2]
        if unit.startswith("min"):
            return Ability(amount, f"{amount:g} minutes")
        if unit in ("m", "metres", "meters"):
            if amount < 100:
                return None  # "20 m" is no run anyone trains from
            return Ability(round(amount / 1000 * BEGINNER_MIN_PER_KM, 1), f"{amount:g} m")
        km = amount * (parse.MILE_KM if unit.startswith("mi") else 1.0)
        shown = f"{amount:g} {'mile' if amount == 1 else 'miles'}" if unit.startswith("mi") else f"{amount:g} km"
        return Ability(round(km * BEGINNER_MIN_PER_KM, 1), shown)
    if _CANNOT.search(text):
        return Ability(0.0, "no running yet")
    return None


def first_stage(minutes: float) -> int:
    """The Couch to 5K stage (0-8) to start at for someone who can run `minutes` nonstop: the
    last whose longest run they can already manage (the first, for someone not running yet)."""
    return max((stage for stage, longest in enumerate(STAGE_LONGEST_RUN) if longest <= minutes), default=0)


def said_with_goal(message: str) -> bool:
    """True when the message says where someone is now beside a goal for later."""
    text = parse.prepare(message).replace("'", "")
    return ability(message) is not None or bool(NOW.search(text))


# A race wanted for later: "want to run my first 5k", "hoping to run a 5k by september", "goal:
# first half", "want to get to 5k in 6 weeks", "aiming for a 10k"
_WANTS = re.compile(
    r"\b(want|wanna|would like|id like|hope|hoping|plan|planning|aim|aiming|goal|target|trying|try|need|signed up|"
    r"entered|registered|get (to|up to)|build (up )?to|work (up )?to|train(ing)? for|ready for)\b"
)


_HOW = re.compile(r"\b(how (do|can|should|would|could|long|many|much|soon|fast|quickly)|what (should|would|do)|is it (possible|realistic)|can i)\b")


def without_ability(message: str) -> str:
    """The message with the running someone can do now taken out ("at the moment I can do 5k"),
    so the race it names is the one wanted, not the distance run today."""
    text = parse.prepare(message).replace("'", "")
    for pattern in (_CAN_RUN, _RUNNING_NOW):
        text = pattern.sub(" ", text)
    return text


def goal_race(message: str) -> Race | None:
    """The race someone wants to run, when the message says it beside where they are now
    ("want to run my first 5k in 8 weeks. right now I can run about 1 km"); else None."""
    if not said_with_goal(message):
        return None
    rest = without_ability(message)
    if _HOW.search(rest):
        return None  # "never run in my life, how do I get to 5k?": the way there, not a plan
    if not _WANTS.search(rest):
        return None
    # "a half", "my first half": runners' word for a half marathon, not half an hour or half a km
    rest = re.sub(r"\b((?:a|my|the|first|1st) half)\b(?! (?:an? |of )?(?:hour|hr|mile|km|k\b|kilomet\w*|way|the))", r"\1 marathon", rest)
    return race_in_text(rest)


_CLAUSE = re.compile(r"[.,;!?]+\s*|\s+(?:but|though|tho|and)\s+(?=(?:right now|currently|at the moment|atm|i can|i cant|i can't)\b)")


def goal_part(message: str) -> str:
    """The message without the clauses saying where someone is now ("I want to do my first pull
    up by christmas, right now I can't do a single one" -> the goal alone)."""
    parts = [p for p in _CLAUSE.split(message) if p and p.strip()]
    kept = [
        p for p in parts
        if not NOW.search(parse.prepare(p).replace("'", "")) and ability(p) is None
        and not re.search(r"\b(can'?t|cannot) do (a single|one|any)\b|\bi can (only |just )?(hang|do|manage)\b", p.lower())
    ]
    return ", ".join(k.strip() for k in kept) if kept and len(kept) < len(parts) else message
