"""How General words things: the agent list, the profile summary, and the offline help."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from agenthost_general.profile import facts_of, goals_of

HELP_LINES = (
    '- remember your profile: "I\'m 34, female, 68 kg, 165 cm", "I\'m 5\'10 and 180 lbs", "call me Sam"',
    '- show or change it: "what do you know about me", "update my weight to 78 kg", "forget my weight"',
    '- everyday well-being, with sources: "how much sleep do I need?", "tips for stress", "screen breaks"',
    '- keep notes: "note: buy oats", "show my notes", "delete note 1"',
    '- tell the time and date (UTC) and do sums: "what is 12 * 7"',
)

SHOWN_FIELDS = (
    ("name", "Name"),
    ("age", "Age"),
    ("sex", "Sex"),
    ("height_cm", "Height"),
    ("weight_kg", "Weight"),
    ("activity_level", "Activity level"),
)

# First person (the user's words) -> second person (how General repeats them).
PRONOUNS = {
    "i'm": "you're",
    "i am": "you are",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "i was": "you were",
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
}
PRONOUN_PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, PRONOUNS), key=len, reverse=True)) + r")\b", re.I)


def second_person(text: str) -> str:
    """"I'm vegetarian" -> "You're vegetarian": the user's own words said back to them."""
    flipped = PRONOUN_PATTERN.sub(lambda m: PRONOUNS[m.group(1).lower()], text.replace("’", "'"))
    return flipped[:1].upper() + flipped[1:]


def number(value: Any) -> str:
    """80.0 -> "80", 79.8 -> "79.8"."""
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def short(description: str, limit: int = 150) -> str:
    """The first sentence of an agent's description, at most `limit` characters."""
    first = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def agent_lines(agents: list[dict[str, Any]]) -> str:
    """One bullet per agent: "- **Helios 💪**: fitness coach…"."""
    return "\n".join(f"- **{a['label']}**: {short(a['description'])}" for a in agents)


def fact_line(key: str, value: str) -> str:
    """A free-form fact is said back in the second person; a keyed one as "topic: value"."""
    if key == value.lower().strip(" .!?") or key == re.sub(r"^that ", "", value.lower().strip(" .!?")):
        return second_person(value)
    return f"{second_person(key)}: {value}"


def _diet_words(diet: dict[str, Any]) -> str:
    words = [str(diet["type"])] if diet.get("type") else []
    words += [flag.replace("_", "-") for flag in ("gluten_free", "lactose_free") if diet.get(flag)]
    words += [str(condition) for condition in diet.get("conditions") or [] if str(condition) not in ("coeliac", "lactose intolerance")]
    if diet.get("allergies"):
        words.append("allergic to " + ", ".join(map(str, diet["allergies"])))
    if diet.get("dislikes"):
        words.append("dislikes " + ", ".join(map(str, diet["dislikes"])))
    return ", ".join(words)


def _goal_words(goal: Any) -> str:
    if isinstance(goal, dict):
        return ", ".join(f"{k.replace('_', ' ')} {number(v)}" for k, v in goal.items() if not isinstance(v, dict | list))
    return str(goal)


def _plain(field: str, value: Any) -> str:
    unit = {"weight_kg": " kg", "height_cm": " cm"}.get(field, "")
    return f"{number(value)}{unit}"


def profile_lines(profile: dict[str, Any], words: Callable[[str, Any], str] = _plain) -> list[str]:
    """The profile as bullets, General's keys first, then what the other agents saved;
    `words(field, value)` says a value (in the user's units)."""
    lines = []
    for key, label in SHOWN_FIELDS:
        if profile.get(key) not in (None, ""):
            lines.append(f"- {label}: {words(key, profile[key])}")
    if goals_of(profile):
        lines.append("- Goals: " + "; ".join(goals_of(profile)))
    for key, value in facts_of(profile).items():
        lines.append(f"- {fact_line(key, value)}")
    if isinstance(profile.get("diet"), dict) and _diet_words(profile["diet"]):
        lines.append(f"- Diet (from Ceres): {_diet_words(profile['diet'])}")
    if profile.get("calorie_target"):
        lines.append(f"- Calorie target (from Ceres): {number(profile['calorie_target'])} kcal")
    if profile.get("fitness_goal") and _goal_words(profile["fitness_goal"]):
        lines.append(f"- Fitness goal (from Helios): {_goal_words(profile['fitness_goal'])}")
    return lines


def saved_words(saved: dict[str, Any]) -> str:
    """What `remember` saved, as a phrase: "your weight (80 kg) and height (180 cm)"."""
    parts = []
    for key, value in saved.items():
        if key == "name":
            parts.append(f"your name ({value})")
        elif key == "weight_kg":
            parts.append(f"your weight ({number(value)} kg)")
        elif key == "height_cm":
            parts.append(f"your height ({number(value)} cm)")
        elif key == "age":
            parts.append(f"your age ({value})")
        elif key == "sex":
            parts.append(f"your sex ({value})")
        elif key == "goals":
            parts.append("your goal" + ("s" if len(value) > 1 else "") + f" ({'; '.join(value)})")
        elif key == "facts":
            parts.extend(f'"{fact_line(k, v)}"' for k, v in value.items())
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


FIELD_WORDS = {
    "activity_level": "your activity level",
    "name": "your name",
    "weight_kg": "your weight",
    "height_cm": "your height",
    "age": "your age",
    "sex": "your sex",
    "goals": "your goals",
    "facts": "the other facts about you",
}


NAMED_NOTES = {"condition": "health condition", "sport": "sport", "injury": "injury note"}


def forgotten_words(forgotten: list[str]) -> str:
    """What `forget` removed, as a phrase: 'your weight and "you're vegetarian"'."""
    parts = []
    for item in forgotten:
        kind, _, detail = item.partition(": ")
        if kind == "goal":
            parts.append(f'your goal "{detail}"')
        elif kind == "fact" and detail in NAMED_NOTES:
            parts.append(f"your {NAMED_NOTES[detail]}")  # "forget my condition": the note kept under that name
        elif kind == "fact":
            parts.append(f'"{second_person(detail)}"')
        else:
            parts.append(FIELD_WORDS.get(item, item))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def joined(items: list[str], last: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def either(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b or c"."""
    return joined(items, "or")


def name_suffix(profile: dict[str, Any] | None) -> str:
    """", Sam" when the user's name is known, else "" (to drop into a greeting)."""
    name = (profile or {}).get("name")
    return f", {name}" if name else ""
