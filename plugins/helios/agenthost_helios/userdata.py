"""What the offline replies read about the user: name, weight, goal and latest plan."""

from __future__ import annotations

import re
from typing import Any

from host import Turn

from agenthost_helios.records import WORKOUTS_FILE, checked, empty


def first_name(turn: Turn) -> str:
    """The user's first name from the profile, or ''."""
    name = turn.profile.get("name") if isinstance(turn.profile, dict) else None
    return name.split()[0] if isinstance(name, str) and name.strip() else ""


# "I'm 80kg", "i weigh 176 lbs", "my weight is 80 kg": the body weight said in this message
# (not "squats at 80kg", which is a load)
_SAID_WEIGHT = re.compile(
    r"(?:\b(?:i'?m|i am|i weigh|weighing|my (?:body ?)?weight(?: is|'s)?|at a body ?weight of|"
    r"for (?:someone|somebody|a person|a guy|a woman|a man|me)(?: (?:of|at|who is|who's|weighing))?|"
    r"peso|pesa|ich wiege|wiege|je p[eè]se|peso|weeg|ik weeg)|"
    r"\b(?:calories|kcal|cals|burn\w*)\b.{0,25}\b(?:at|for|if i'?m))\s+(?:about |around |roughly )?"
    r"(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b|"
    # "68 kg here - what did the run burn?"
    r"^\W*(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b(?=\W*(?:here|me|myself|body ?weight)\b)"
)


# The body weight said after a calorie question, at the end: "how many cals roughly? 82kg" (the
# same groups as `_SAID_WEIGHT`)
_WEIGHT_AFTER_QUESTION = re.compile(r"(?!)()()|\?\s*(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds)\W*$")


def weight_kg(turn: Turn) -> float | None:
    """The weight said in this message ("how many calories did it burn? I'm 80kg"), else the
    profile's, when it is a plausible number."""
    said = _SAID_WEIGHT.search(turn.message.lower().replace("’", "'"))
    if said is None and (after := _WEIGHT_AFTER_QUESTION.search(turn.message.lower())):
        said = after  # "... how many cals roughly? 82kg"
    if said:
        number, unit = (said[1], said[2]) if said[1] else (said[3], said[4])
        kg = float(number) * (1 if unit.startswith("k") else 0.45359237)
        if 25 <= kg <= 350:
            return round(kg, 1)
    weight = turn.profile.get("weight_kg") if isinstance(turn.profile, dict) else None
    if isinstance(weight, (int, float)) and not isinstance(weight, bool) and 25 <= weight <= 350:
        return float(weight)
    return None


def fitness_goal(turn: Turn) -> dict[str, Any] | None:
    """profile.fitness_goal, when set."""
    goal = turn.profile.get("fitness_goal") if isinstance(turn.profile, dict) else None
    return goal if isinstance(goal, dict) and goal.get("goal") else None


async def last_plan(turn: Turn) -> dict[str, Any] | None:
    """The most recently saved plan, if any."""
    try:
        doc = checked(await turn.store.read_json(WORKOUTS_FILE, empty()))
    except Exception:  # a damaged file: answer as if there were no plan
        return None
    plans = [p for p in doc["plans"] if isinstance(p, dict) and p.get("sessions")]
    return plans[-1] if plans else None
