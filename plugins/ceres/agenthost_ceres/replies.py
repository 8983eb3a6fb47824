"""Ceres' answers without a language model: the tools and the tables, in her voice.

`offline_reply(turn)` reads the dialog state, works out the request (`understand`), runs the
matching tool through `turn.call_tool` (so calls are validated, recorded and side effects run
once), writes the answer, and saves what a follow-up needs: the intent, its slots, the reason
("why?") and the examples the answer suggests, each of which works as the next message.
What the answer may contain follows the safety guard's flag (`policy`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from host.types import Reply, Turn

from agenthost_ceres import dialog
from agenthost_ceres.answer import Answer, Asked, kcal, with_examples
from agenthost_ceres.diet import DietPrefs, calorie_target
from agenthost_ceres.food_replies import day_plan, idea_detail, ideas, log_idea, lookup, preferences
from agenthost_ceres.log_replies import correct, log, summary, undo
from agenthost_ceres.needs_replies import faq, faq_rank, needs, protein
from agenthost_ceres.intents import stated_preferences, very_low_intake
from agenthost_ceres.policy import CARE_LINE, SUPPORT_LINE, Policy
from agenthost_ceres.tools import MIN_TARGET_KCAL
from agenthost_ceres.understand import Request, understand

log_ = logging.getLogger(__name__)

Handler = Callable[[Asked, Request], Awaitable[Answer]]


async def offline_reply(turn: Turn) -> Reply:
    """Answer `turn.message` from tools and data, and remember what a follow-up needs."""
    state = await dialog.load(turn.store)
    policy = Policy.for_turn(turn.safety, very_low_intake(turn.message))
    request = understand(turn.message, state)
    carried = said_to_others(turn.history)
    if not policy.numbers or (carried.get("calorie_target") or MIN_TARGET_KCAL) < MIN_TARGET_KCAL:
        carried.pop("calorie_target", None)  # never a target below the floor, or while numbers are off
    if carried and request.intent == "preferences":
        request.slots["prefs"] = merge_preferences(carried, request.slots["prefs"])
    elif carried:
        saved = await turn.call_tool("set_diet_preferences", **carried)
        if "error" not in saved:
            turn.profile = {**(turn.profile or {}), "diet": saved["diet"], "calorie_target": saved.get("calorie_target")}
    if policy.category == "very_low_intake" and request.intent not in ("log", "undo", "correct", "summary", "lookup"):
        request = Request("care", {})
    asked = Asked(turn, policy, state)
    answer = await HANDLERS[request.intent](asked, request)
    next_state = dialog.DialogState(answer.intent, answer.slots, answer.reason, answer.examples)
    if answer.intent != "why" and not next_state.same_as(state):
        try:
            await dialog.save(turn.store, next_state)  # a write costs an fsync: only when it changed
        except Exception:  # the answer stands even if the state cannot be written
            log_.exception("could not save Ceres' dialog state for user %s", turn.user_id)
    return Reply(with_examples(answer.text, answer.examples), {"intent": answer.intent, **answer.metadata})


def said_to_others(history: list[dict[str, Any]], limit: int = 10) -> dict[str, Any]:
    """Diet statements ("I'm vegetarian", "I'm allergic to nuts") the user made since Ceres last
    answered, in messages another agent answered: Ceres keeps the diet, so she saves them.
    (What came before her last answer she has read already.)"""
    records = [r for r in history if r.get("role") in ("user", "assistant")]
    start = next((n + 1 for n in range(len(records) - 1, -1, -1) if records[n].get("role") == "assistant" and records[n].get("agent") == "ceres"), 0)
    prefs: dict[str, Any] = {}
    recent = records[start:]
    users = [n for n, r in enumerate(recent) if r.get("role") == "user"][-limit:]
    for n in users:
        answered_by = next((r.get("agent") for r in recent[n + 1 :] if r.get("role") == "assistant"), None)
        text = recent[n].get("text")
        if answered_by not in (None, "ceres") and isinstance(text, str):
            prefs = merge_preferences(prefs, stated_preferences(text))
    return prefs


def merge_preferences(first: dict[str, Any], then: dict[str, Any]) -> dict[str, Any]:
    """Two sets of stated preferences as one: lists joined, the later value otherwise."""
    merged = dict(first)
    for key, value in then.items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *value])) if isinstance(value, list) else value
    return merged


async def why(asked: Asked, request: Request) -> Answer:
    """Explain the last answer from the reason saved with it."""
    reason = asked.state.reason
    if not reason:
        return Answer(
            "There's nothing of mine to explain yet. Ask me something (a meal idea, what's in a food, your "
            "needs) and then ask “why?”.",
            "why",
        )
    return Answer(reason, "why", examples=[e for e in asked.state.examples if e != "why?"][:2])


async def refer_helios(asked: Asked, request: Request) -> Answer:
    """Workouts belong to Helios (when Helios is enabled); the food side of training here."""
    helios = asked.turn.registry.agents.get("helios")
    head = (
        f"Workouts and training plans are for {helios.label}, our fitness coach: ask about training and "
        f"{helios.display_name} will pick it up."
        if helios is not None
        else "Training plans aren't something I do, but I can help with the food side."
    )
    body = (
        "From the food side: a carb-based snack 1-3 hours before (a banana, toast, porridge), and protein with "
        "carbs in the couple of hours after (Greek yogurt with fruit, chicken and rice, eggs on toast)."
        if asked.policy.numbers
        else "From the food side: a light carb-based snack before (a banana, toast) and a meal with protein and "
        "carbs afterwards help you feel good and recover."
    )
    return Answer(f"{head}\n{body}", "refer_helios", examples=["what should I eat after a workout?"])


async def care(asked: Asked, request: Request) -> Answer:
    """Ceres' own floor: no plan, no numbers for a day of eating far under a safe intake."""
    return Answer(
        f"{CARE_LINE} {SUPPORT_LINE} If you'd like, I can suggest a simple, balanced meal for today.",
        "care",
        reason="I don't make plans under a safe daily intake; eating that little can harm your health.",
        examples=["what should I eat for lunch?"],
    )


async def thanks(asked: Asked, request: Request) -> Answer:
    """You're welcome, by name."""
    name = (asked.turn.profile or {}).get("name")
    return Answer(
        f"You're welcome{', ' + name if isinstance(name, str) and name else ''}! Tell me what you eat and I'll keep "
        "your day's tally.",
        "thanks",
    )


async def guidance(asked: Asked, request: Request) -> Answer:
    """What Ceres can do, with examples that work as the next message."""
    profile = asked.turn.profile or {}
    name = profile.get("name")
    lines = [f"Hi {name}! " if isinstance(name, str) and name else "Hi! "]
    lines[0] += "I'm Ceres, your nutritionist 🥗 I can:"
    lines += [
        "• log what you eat, even several foods or days at once — “I had a big mac and large fries for lunch”",
        "• take it back or fix it — “oops, remove the fries”, “actually it was two eggs”",
        "• show your day or week — “what did I eat today?”, “how did I do this week?”",
        "• suggest meals that fit your diet — “what should I eat for dinner?”",
        "• look up foods and dishes — “how much protein in a chicken caesar salad?”",
        "• remember allergies and diets — “I'm allergic to nuts”, “I'm coeliac”",
        "• work out your needs — “how much protein do I need?”",
        "• answer everyday questions — “how much water should I drink?”",
    ]
    prefs = DietPrefs.from_profile(profile)
    if not prefs.is_default:
        lines.append(f"I'm keeping to your preferences: {prefs.describe()}.")
    if not asked.policy.numbers:
        lines = [line for line in lines if "protein do I need" not in line]
        lines.append(SUPPORT_LINE)
        return Answer("\n".join(lines), "guidance")
    summary = await asked.turn.call_tool("meal_summary", period="day")
    target, source = calorie_target(profile)
    if "error" not in summary and summary["meal_count"]:
        line = f"Today so far: {kcal(summary['totals']['kcal'])}"
        lines.append(line + (f" of your {kcal(target)} target." if target else "."))
    elif target:
        lines.append(f"Your daily target: {kcal(target)}{' (estimated from your profile)' if source == 'estimated' else ''}.")
    return Answer("\n".join(lines), "guidance")


HANDLERS: dict[str, Handler] = {
    "preferences": preferences,
    "log": log,
    "undo": undo,
    "correct": correct,
    "summary": summary,
    "lookup": lookup,
    "ideas": ideas,
    "day_plan": day_plan,
    "idea_detail": idea_detail,
    "log_idea": log_idea,
    "needs": needs,
    "protein": protein,
    "faq": faq,
    "faq_rank": faq_rank,
    "why": why,
    "refer_helios": refer_helios,
    "thanks": thanks,
    "care": care,
    "guidance": guidance,
}
