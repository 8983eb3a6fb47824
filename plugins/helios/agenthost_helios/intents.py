"""What a message asks Helios for, decided from its words (no model needed)."""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import compendium, library, parse
from agenthost_helios.records import now

_PAST = re.compile(
    r"\b(did|done|ran|jogged|walked|swam|cycled|biked|rode|hiked|rowed|lifted|played|trained|went|finished|"
    r"completed|just|log|logged|had|got in|managed|today|yesterday|this morning|tonight|last night|earlier|"
    r"worked out|spent|practiced|practised|climbed|danced|skated|skied|boxed)\b"
)
_FUTURE = re.compile(r"\b(want to|wanna|going to|gonna|plan to|should i|will i|can i|could i|would|if i|goal)\b")
_CALORIE_QUESTION = re.compile(r"\b(how many|how much)\b.*\b(calories|kcal|burn)\b|\bcalories .*\b(burn|burned)\b")
_GOAL = re.compile(
    r"\b(my (fitness )?goal|goal is|goal:|new goal|set (a |my )?goal|my target|target is|my aim|aiming to|"
    r"training for|i want to be able to|i'd like to be able to)\b"
)
_WISH = re.compile(
    r"\b(i want to|i wanna|i'd like to|i would like to|i hope to|i plan to|i'm going to|i am going to|help me)\b"
)
_HISTORY = re.compile(
    r"\b(what did i (do|train)|what have i (done|trained)|how (much|many|often|far) (did|have) i|"
    r"my (workouts|workout history|training history|history|workout log|log|stats|progress|activity|totals?)|"
    r"workout (history|log|summary)|show (me )?my|summary|recap|so far this (week|month)|how am i doing|"
    r"how active (was|have) i)\b"
)
_TODAY = re.compile(
    r"\b(what('s| is) (my )?(workout|session|training) (for )?today|what should i do today|today'?s (workout|session)|"
    r"next (workout|session)|what('s| is) on (the plan )?today)\b"
)
_PLAN = re.compile(
    r"\b(plan|program|programme|routine|schedule|split|regime|regimen)\b|"
    r"\b(start|begin|get into|getting into|starting|back into|get back into)\b.{0,25}"
    r"\b(working out|work out|workouts|exercising|exercise|training|the gym|gym|lifting|running|fitness)\b|"
    r"\b(get|getting) (fit|fitter|in shape|stronger|toned|back in shape)\b|\b(build|gain) (muscle|strength)\b|"
    r"\b(want to|help me|need to|trying to) (lose (some )?weight|tone up)\b|"
    r"\bwhat (workout|workouts|exercises?) should i do\b|\bwhere (do|should) i (start|begin)\b|"
    r"\bnew to (the gym|working out|exercise|fitness)\b|\b(give|make|build|write) me a workout\b"
)
_PLAN_CHANGE = re.compile(
    r"\b(make it|change|instead|swap|switch|only have|can only|harder|easier|shorter|longer|more|less|fewer|"
    r"days?|minutes?|mins?|hours?|equipment|dumbbells?|barbell|kettlebell|bands?|gym|at home|beginner|"
    r"intermediate|advanced)\b"
)
_HOW_TO = re.compile(
    r"\b(how (do|to|should|can|would) (i |you |we )?|form|technique|cues|tips|proper|correct|properly|"
    r"what is an?|what's an?|explain|teach me|show me how)\b"
)
_MUSCLE_WORK = re.compile(
    r"\b(exercise|exercises|workout|workouts|moves|train|training|work|works|working|strengthen|target|"
    r"build|grow|stronger|bigger|tone|best|good for)\b"
)
_PLAN_REPLY = re.compile(r"\b\d-day\b.*\bplan\b|\bDay 1\b", re.IGNORECASE)
_PAIN = re.compile(r"\b(hurt|hurts|hurting|pain|painful|injury|injured|sprain|sprained|strain|strained|tweaked)\b")
_RECOVERY = re.compile(
    r"\b(sore|soreness|doms|rest day|rest days|recover|recovery|sleep|sleeping|tired|fatigue|fatigued|exhausted|"
    r"overtrain|overtraining|burn ?out|warm ?up|cool ?down|hydrat\w*|foam roll\w*|stretch after)\b"
)
_NUTRITION = re.compile(
    r"\b(eat|eating|ate|food|foods|diet|meal|meals|protein|carb|carbs|macros|snack|snacks|breakfast|lunch|dinner|"
    r"supplement|supplements|creatine|recipe|recipes|calorie intake|calorie target|nutrition|vitamins?)\b"
)


def detect(message: str, history: list[dict[str, Any]]) -> str:
    """The reply Helios should give: log, log_incomplete, estimate, goal, history, today,
    plan_change, plan, exercise, muscle, pain, recovery, nutrition or coach."""
    text = parse.prepare(message)
    activity = compendium.activity_in_text(message)
    minutes = parse.duration_minutes(message)
    if (
        _CALORIE_QUESTION.search(text)
        and activity
        and minutes
        and not re.search(r"\b(did i|have i)\b.*\b(week|today|month)\b", text)
    ):
        return "estimate"
    if _GOAL.search(text) or (_WISH.search(text) and parse.deadline(message, now().date()) and not _PLAN.search(text)):
        return "goal"
    if _PAST.search(text) and not _FUTURE.search(text) and not text.rstrip().endswith("?"):
        if activity and minutes:
            return "log"
        if activity or minutes:
            return "log_incomplete"
    if _TODAY.search(text):
        return "today"
    if _HISTORY.search(text) or (_CALORIE_QUESTION.search(text) and re.search(r"\b(did i|have i|my)\b", text)):
        return "history"
    if _NUTRITION.search(text) and not _PLAN.search(text):
        return "nutrition"
    if _PAIN.search(text):
        return "pain"
    if _follows_plan(history) and _PLAN_CHANGE.search(text) and not library.exercise_in_text(message):
        return "plan_change"
    exercise = library.exercise_in_text(message)
    if exercise and (_HOW_TO.search(text) or text.rstrip().endswith("?") or len(text.split()) <= 4):
        return "exercise"
    if library.muscles_in_text(message) and _MUSCLE_WORK.search(text) and not _PLAN.search(text):
        return "muscle"
    if _PLAN.search(text):
        return "plan"
    if _RECOVERY.search(text):
        return "recovery"
    return "coach"


def _follows_plan(history: list[dict[str, Any]]) -> bool:
    """True when Helios' latest reply in the recent history was a plan."""
    for record in reversed(history[-6:]):
        if record.get("role") != "assistant":
            continue
        if not is_helios(record.get("agent")):
            return False
        return bool(_PLAN_REPLY.search(str(record.get("text", ""))))
    return False


def is_helios(agent: Any) -> bool:
    """True for Helios' own history records (stored as the id `helios` or the label `Helios 💪`)."""
    return isinstance(agent, str) and agent.lower().startswith("helios")
