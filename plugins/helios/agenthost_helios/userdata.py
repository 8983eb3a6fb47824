"""What the offline replies read about the user: name, weight, goal and latest plan."""

from __future__ import annotations

from typing import Any

from host import Turn

from agenthost_helios.records import WORKOUTS_FILE, checked, empty


def first_name(turn: Turn) -> str:
    """The user's first name from the profile, or ''."""
    name = turn.profile.get("name") if isinstance(turn.profile, dict) else None
    return name.split()[0] if isinstance(name, str) and name.strip() else ""


def weight_kg(turn: Turn) -> float | None:
    """The profile's weight in kg when it is a plausible number."""
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
