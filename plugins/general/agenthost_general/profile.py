"""The `remember` and `forget` tools: facts about the user in the shared `profile.json`.

General owns the keys `name`, `weight_kg`, `height_cm`, `age`, `sex`, `activity_level`, `goals`
and `facts`;
the other agents read them and write their own keys (`diet`, `calorie_target`,
`fitness_goal`), which these tools never touch. Every change goes through `update_json`, so
concurrent writers keep each other's keys, and arguments are checked before anything is
written, so a bad call leaves the file as it was.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Tool, ToolContext, ToolError

from agenthost_general.activity import LEVELS
from agenthost_general.agent import NAME

OWN_FIELDS = ("name", "weight_kg", "height_cm", "age", "sex", "activity_level", "goals", "facts")
RANGES: dict[str, tuple[float, float]] = {"weight_kg": (20, 400), "height_cm": (50, 260), "age": (1, 120)}
MAX_TEXT = 200
MAX_ITEMS = 100


def fact_key(text: str) -> str:
    """The key a free-form fact is stored under: lower case, single spaces, no end punctuation."""
    key = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).strip(" .!?")
    return re.sub(r"^that ", "", key)[:80]


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ToolError(f"{what} must be a non-empty text")
    value = re.sub(r"\s+", " ", value.strip())
    if len(value) > MAX_TEXT:
        raise ToolError(f"{what} is longer than {MAX_TEXT} characters")
    return value


def _number(value: Any, field: str) -> float:
    low, high = RANGES[field]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ToolError(f"{field} must be a number")
    if not low <= value <= high:  # also refuses NaN, which no comparison admits
        raise ToolError(f"{field} must be between {low:g} and {high:g}, got {value:g}")
    return round(float(value), 1)


def _changes(arguments: dict[str, Any]) -> dict[str, Any]:
    """Check `remember`'s arguments and return the clean values; raises ToolError on any bad one."""
    changes: dict[str, Any] = {}
    if arguments.get("name") is not None:
        changes["name"] = _text(arguments["name"], "name")[:60]
    for field in ("weight_kg", "height_cm"):
        if arguments.get(field) is not None:
            changes[field] = _number(arguments[field], field)
    if arguments.get("age") is not None:
        age = _number(arguments["age"], "age")
        if age != int(age):
            raise ToolError("age must be a whole number of years")
        changes["age"] = int(age)
    if arguments.get("sex") is not None:
        if arguments["sex"] not in ("male", "female"):
            raise ToolError("sex must be 'male' or 'female'")
        changes["sex"] = arguments["sex"]
    if arguments.get("activity_level") is not None:
        if arguments["activity_level"] not in LEVELS:
            raise ToolError(f"activity_level must be one of {', '.join(LEVELS)}")
        changes["activity_level"] = arguments["activity_level"]
    goals = arguments.get("goals")
    if goals is not None:
        if not isinstance(goals, list) or not goals:
            raise ToolError("goals must be a non-empty list of texts")
        changes["goals"] = [_text(goal, "each goal") for goal in goals]
    facts: dict[str, str] = {}
    raw_facts = arguments.get("facts")
    if raw_facts is not None:
        if not isinstance(raw_facts, dict) or not raw_facts:
            raise ToolError("facts must be a non-empty object of topic -> text")
        for topic, value in raw_facts.items():
            facts[fact_key(_text(topic, "a fact's topic"))] = _text(value, f"fact {topic!r}")
    if arguments.get("fact") is not None:
        fact = _text(arguments["fact"], "fact")
        facts[fact_key(fact)] = fact
    if facts:
        changes["facts"] = facts
    if not changes:
        raise ToolError(f"nothing to remember: give at least one of {', '.join(OWN_FIELDS)} or fact")
    return changes


def _apply(profile: dict[str, Any], changes: dict[str, Any]) -> None:
    for field, value in changes.items():
        if field == "goals":
            goals = goals_of(profile)
            known = {g.lower() for g in goals}
            goals += [g for g in value if g.lower() not in known]
            profile["goals"] = goals[-MAX_ITEMS:]
        elif field == "facts":
            facts = facts_of(profile)
            facts.update(value)
            if len(facts) > MAX_ITEMS:
                raise ToolError(f"too many facts ({len(facts)}); forget some first")
            profile["facts"] = facts
        else:
            profile[field] = value


def goals_of(profile: dict[str, Any]) -> list[str]:
    """The profile's goals, ignoring anything that is not a list of texts."""
    goals = profile.get("goals")
    return [g for g in goals if isinstance(g, str)] if isinstance(goals, list) else []


def facts_of(profile: dict[str, Any]) -> dict[str, str]:
    """The profile's facts, ignoring anything that is not an object of texts."""
    facts = profile.get("facts")
    return {str(k): str(v) for k, v in facts.items()} if isinstance(facts, dict) else {}


def own_view(profile: dict[str, Any]) -> dict[str, Any]:
    """The part of the profile General manages."""
    return {field: profile[field] for field in OWN_FIELDS if field in profile}


async def remember(context: ToolContext, **arguments: Any) -> dict[str, Any]:
    """Save facts about the user into profile.json; returns what was saved, the values it
    replaced (`previous`, only for single-valued fields that held something else) and the result."""
    changes = _changes(arguments)

    def change(profile: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        previous = {
            field: profile[field]
            for field in changes
            if field not in ("goals", "facts") and profile.get(field) not in (None, "", changes[field])
        }
        _apply(profile, changes)
        return previous, own_view(profile)

    previous, profile = await context.store.update_profile(change)
    return {"saved": changes, "previous": previous, "profile": profile}


def _matches(candidates: list[str], wanted: str) -> list[str]:
    """Candidates equal to `wanted` (ignoring case), else those containing it or contained in it."""
    key = fact_key(wanted)
    exact = [c for c in candidates if fact_key(c) == key]
    return exact or [c for c in candidates if key in fact_key(c) or fact_key(c) in key]


def _forget_item(profile: dict[str, Any], field: str, item: str) -> list[str]:
    if field == "goals":
        goals = goals_of(profile)
        found = _matches(goals, item)
        if not found:
            raise ToolError(f"no goal matches {item!r}; goals: {goals or 'none'}")
        profile["goals"] = [g for g in goals if g not in found]
        if not profile["goals"]:
            del profile["goals"]
        return [f"goal: {g}" for g in found]
    if field == "facts":
        facts = facts_of(profile)
        found = _matches(list(facts), item) or [k for k, v in facts.items() if _matches([v], item)]
        if not found:
            raise ToolError(f"no fact matches {item!r}; facts: {list(facts.values()) or 'none'}")
        for key in found:
            del facts[key]
        profile["facts"] = facts
        if not facts:
            del profile["facts"]
        return [f"fact: {key}" for key in found]
    raise ToolError("item only applies to field 'goals' or 'facts'")


async def forget(context: ToolContext, field: str, item: str | None = None) -> dict[str, Any]:
    """Remove a field (or one goal or fact) from the profile; other agents' keys are kept."""
    if field not in (*OWN_FIELDS, "all"):
        raise ToolError(f"field must be one of {', '.join(OWN_FIELDS)} or 'all'")
    if item is not None:
        item = _text(item, "item")
        if field == "all":
            raise ToolError("item only applies to field 'goals' or 'facts'")

    def change(profile: dict[str, Any]) -> list[str]:
        if item is not None:
            return _forget_item(profile, field, item)
        fields = OWN_FIELDS if field == "all" else (field,)
        return [f for f in fields if profile.pop(f, None) is not None]

    forgotten = await context.store.update_profile(change)
    return {"forgotten": forgotten}


def _number_schema(field: str, description: str) -> dict[str, Any]:
    low, high = RANGES[field]
    return {"type": "number", "minimum": low, "maximum": high, "description": description}


REMEMBER_PARAMETERS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 60, "description": "What to call the user"},
        "weight_kg": _number_schema("weight_kg", "Body weight in kilograms"),
        "height_cm": _number_schema("height_cm", "Height in centimetres"),
        "age": {"type": "integer", "minimum": 1, "maximum": 120, "description": "Age in years"},
        "sex": {"type": "string", "enum": ["male", "female"]},
        "activity_level": {
            "type": "string",
            "enum": list(LEVELS),
            "description": "How active the user is day to day: "
            + "; ".join(f"{level} = {words[0]}, {words[1]}" for level, words in LEVELS.items()),
        },
        "goals": {
            "type": "array",
            "items": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT},
            "minItems": 1,
            "description": "Goals to add to the user's list, e.g. ['run a marathon']",
        },
        "facts": {
            "type": "object",
            "additionalProperties": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT},
            "description": "Facts by topic, e.g. {'favourite colour': 'blue'}",
        },
        "fact": {
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_TEXT,
            "description": "A free-form fact in the user's words, e.g. \"I'm vegetarian\"",
        },
    },
    "additionalProperties": False,
}

FORGET_PARAMETERS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "field": {"type": "string", "enum": [*OWN_FIELDS, "all"], "description": "What to forget"},
        "item": {
            "type": "string",
            "minLength": 1,
            "description": "For goals or facts: the one goal or fact to remove (else all of them)",
        },
    },
    "required": ["field"],
    "additionalProperties": False,
}

REMEMBER = Tool(
    name="remember",
    description=(
        "Save facts the user tells you about themselves into their profile, which every agent "
        "reads: name, weight_kg, height_cm, age, sex, activity_level, goals (added to the list), "
        "facts by topic, or one free-form fact. Convert to kg and cm first. Only the given fields change."
    ),
    parameters=REMEMBER_PARAMETERS,
    function=remember,
    agent=NAME,
    side_effects=True,
)

FORGET = Tool(
    name="forget",
    description=(
        "Remove something from the user's profile: a whole field (name, weight_kg, height_cm, "
        "age, sex, activity_level, goals, facts), one goal or fact (field + item), or 'all' of these."
    ),
    parameters=FORGET_PARAMETERS,
    function=forget,
    agent=NAME,
    side_effects=True,
)
