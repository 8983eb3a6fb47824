"""Body facts said to Ceres ("oh and 78kg, vegetarian", "just weighed myself again, 76.5kg"),
saved in the profile through General's `remember` tool, which owns those keys.

Ceres names `remember` in its `Agent.tools`, so `turn.call_tool("remember", ...)` runs General's
tool with its own validation; when General isn't enabled the tool is missing and nothing is
saved (the reply then says nothing about it).
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

from agenthost_ceres.body import parse_body

REMEMBER = "remember"
SAVED_KEYS = ("weight_kg", "height_cm", "age", "sex")  # General's keys a message may state
# A new weight reported: "just weighed myself again, 76.5kg", "the scale says 80 kg now".
WEIGHED = re.compile(
    r"\b(?:weighed(?: myself| in)?|weigh(?:ing)? in|i weigh|i'?m (?:now )?(?:down|up) to|down to|up to|"
    r"scales? (?:says?|said|shows?|showed|read)|my (?:new |current )?weight is|i'?m now|now at|new weight)\b"
)


def body_facts(text: str) -> dict[str, Any]:
    """The profile facts a message states (weight, height, age, sex)."""
    said = parse_body(text).to_json()
    return {key: said[key] for key in SAVED_KEYS if key in said}


def reports_weight(low: str) -> bool:
    """True for a message that reports a new weight ("just weighed myself again, 76.5kg")."""
    return bool(WEIGHED.search(low)) and "weight_kg" in body_facts(low)


async def save_body_facts(turn: Turn, facts: dict[str, Any]) -> str | None:
    """Save `facts` with General's `remember` tool; the sentence confirming them, or None
    when nothing was saved (no facts, no such tool, or the tool refused them)."""
    if not facts or REMEMBER not in turn.tools:
        return None
    result = await turn.call_tool(REMEMBER, **facts)
    if not isinstance(result, dict) or "error" in result:
        return None
    turn.profile = {**(turn.profile or {}), **result.get("saved", facts)}
    previous = result.get("previous") or {}
    parts = [_describe(key, value, previous.get(key)) for key, value in facts.items()]
    if "weight_kg" in facts and (pounds := POUNDS_SAID.search(turn.message.lower())) is not None:
        parts[list(facts).index("weight_kg")] += f" ({pounds.group(0).strip()})"  # "I weigh 150 lbs": the figure said, beside the kg kept
    return f"Saved to your profile: {', '.join(parts)}."


# A weight said in pounds or stone ("150 lbs", "11 stone 4", "11st 4lb").
POUNDS_SAID = re.compile(r"\b\d{1,3}(?:\.\d)? ?(?:st(?:one)?s?(?: ?\d{1,2}(?: ?(?:lbs?|pounds?))?)?|lbs?|pounds?)\b")


def _describe(key: str, value: Any, before: Any) -> str:
    shown = {"weight_kg": f"weight {_number(value)} kg", "height_cm": f"height {_number(value)} cm", "age": f"age {_number(value)}", "sex": f"sex {value}"}[key]
    if before is None:
        return shown
    unit = {"weight_kg": " kg", "height_cm": " cm"}.get(key, "")
    return f"{shown} (was {_number(before)}{unit})"


def _number(value: Any) -> str:
    return f"{float(value):g}" if isinstance(value, (int, float)) else str(value)


# Someone else's body said ("my son is 15 and 60kg", "she weighs 55 kg", "for my wife, 70kg"):
# not the user's, so never saved in the user's profile.
OTHER_PERSON = re.compile(
    r"\b(?:my|our|his|her|their|a|for) (?:son|daughter|kids?|child|children|boy|girl|lad|teen|teenager|husband|hubby|wife|partner|"
    r"boyfriend|girlfriend|bf|gf|fiance|fiancee|mum|mom|mother|dad|father|brother|sister|friend|mate|gran|grandma|grandad|nan|"
    r"aunt|uncle|cousin|client|athlete|patient|colleague|flatmate|housemate|dog|cat)s?\b"
    r"|\b(?:he|she|they)(?:'s| is| are| weighs?| has)\b|\bhim\b|\bher\b"
)


async def save_facts_said(turn: Turn) -> str | None:
    """Save the weight, height, age and sex the user states about themselves beside a question
    ("I weigh 150 lbs, how many calories should I eat"): the sentence confirming them, or None
    when nothing of the user's was said or saved."""
    if OTHER_PERSON.search(turn.message.lower()):
        return None
    return await save_body_facts(turn, body_facts(turn.message))
