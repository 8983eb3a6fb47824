"""Ceres' answers without a language model: the tools and the food table, in her voice.

`offline_reply(turn)` reads what the message asks (see `intents`), runs the matching tool
through `turn.call_tool` (so calls are validated and recorded), and writes a short, practical
answer. Follow-ups ("and for lunch?") use `turn.history`; the profile supplies name and diet.
"""

from __future__ import annotations

import re
from typing import Any

from host.clock import now
from host.types import Reply, Turn

from agenthost_ceres import advice, intents
from agenthost_ceres.advice import grams, kcal
from agenthost_ceres.diet import DietPrefs, calorie_target
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import meal_type_for_hour
from agenthost_ceres.parser import parse_meal

MAX_MEAL_LINES = 6
IDEAS_HEADER = re.compile(r"^Here are \d+ (breakfast|lunch|dinner|snack) ideas")
NUTRIENT_LABELS = {"kcal": "kcal", "protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "fibre_g": "fibre"}


async def offline_reply(turn: Turn) -> Reply:
    """Answer `turn.message` from tools and data."""
    text = turn.message
    stated = intents.stated_preferences(text)
    if stated:
        saved = await turn.call_tool("set_diet_preferences", **stated)
        if "error" in saved:
            return Reply(f"I couldn't save that: {saved['error']}", {"intent": "set_diet_preferences"})
        if intents.asks_ideas(text) or intents.meal_type(text):
            ideas = await _suggestions(turn)
            return Reply(_saved_text(saved) + "\n\n" + ideas.text, {"intent": "set_diet_preferences+suggest_meals"})
        return Reply(_saved_text(saved) + "\n" + _after_saving(saved), {"intent": "set_diet_preferences"})

    question = intents.is_question(text)
    if not question and (intents.reports_meal(text) or _is_food_list(text)):
        return await _log(turn)
    if intents.asks_summary(text):
        return await _summary(turn, intents.summary_date(text))
    lookup = intents.lookup_request(text)
    if lookup is None and question and _is_food_list(text):
        lookup = (text, None)  # "banana?"
    if lookup is not None:
        return await _lookup(turn, *lookup)
    goal = intents.asks_needs(text)
    if goal is not None:
        return Reply(advice.energy_needs(turn.profile, goal, text), {"intent": "calorie_needs"})
    if intents.asks_ideas(text) or intents.meal_type(text):
        return await _suggestions(turn)
    if intents.asks_hydration(text):
        return Reply(advice.hydration(turn.profile), {"intent": "hydration"})
    if intents.mentions_training(text):
        return Reply(advice.training(), {"intent": "refer_helios"})
    if intents.is_thanks(text):
        name = (turn.profile or {}).get("name")
        return Reply(
            f"You're welcome{', ' + name if name else ''}! Tell me what you eat and I'll keep your day's tally.",
            {"intent": "thanks"},
        )
    return await _guidance(turn)


async def _log(turn: Turn) -> Reply:
    result = await turn.call_tool("log_meal", text=turn.message)
    if "error" in result:
        return Reply(f"Hmm, I couldn't log that. {result['error']}", {"intent": "log_meal"})
    meal = result["logged"]
    lines = [f"Logged your {meal['meal_type']} 🥗"]
    for item in meal["items"]:
        lines.append(f"• {item['name']}: {item['amount']} — {kcal(item['kcal'])}, {grams(item['protein_g'])} protein")
    if len(meal["items"]) > 1:
        lines.append(f"This meal: {_totals_line(meal['totals'])}")
    day = result["day"]
    today = (
        f"Today so far ({day['meal_count']} meal{'s' if day['meal_count'] != 1 else ''}): {_totals_line(day['totals'])}"
    )
    if day["calorie_target"]:
        today += f" — {_remaining(day['remaining_kcal'], day['calorie_target'], day['target_source'])}"
    lines.append(today)
    if result["unrecognised"]:
        missed = ", ".join(f"“{word}”" for word in result["unrecognised"])
        lines.append(f"I didn't catch {missed}; tell me what it was (with an amount) and I'll add it.")
    if not day["calorie_target"]:
        lines.append(
            "Tip: tell me your daily calorie target (\"my calorie target is 2000\") and I'll show what's left."
        )
    return Reply("\n".join(lines), {"intent": "log_meal"})


async def _summary(turn: Turn, date: str) -> Reply:
    result = await turn.call_tool("daily_summary", date=date)
    if "error" in result:
        return Reply(f"I couldn't put the summary together: {result['error']}", {"intent": "daily_summary"})
    when = "today" if date == "today" else "yesterday"
    target = result["calorie_target"]
    if not result["meal_count"]:
        text = f"Nothing logged for {when}{' yet' if date == 'today' else ''} ({result['date']})."
        if date == "today":
            text += " Tell me what you eat — e.g. “I had 2 eggs and a banana” — and I'll keep the tally."
        if target:
            text += f"\nYour target is {kcal(target)}{' (estimated from your profile)' if result['target_source'] == 'estimated' else ''}."
        return Reply(text, {"intent": "daily_summary"})
    totals, split = result["totals"], result["macro_split"]
    meals = result["meal_count"]
    head = (
        f"{when.capitalize()} ({result['date']}): {kcal(totals['kcal'])} from {meals} meal{'s' if meals != 1 else ''}"
    )
    if target:
        head += f" — {result['percent_of_target']}% of your {kcal(target)} target, " + _left(result["remaining_kcal"])
    lines = [
        head + ".",
        f"Protein {grams(totals['protein_g'])} ({split['protein_pct']}%) · carbs {grams(totals['carbs_g'])} ({split['carbs_pct']}%) · "
        f"fat {grams(totals['fat_g'])} ({split['fat_pct']}%) · fibre {grams(totals['fibre_g'])}",
    ]
    for meal in result["meals"][-MAX_MEAL_LINES:]:
        foods = ", ".join(meal.get("foods") or []) or meal.get("text") or ""
        lines.append(f"• {meal['meal_type']}: {foods} — {kcal(meal['kcal'])}")
    if len(result["meals"]) > MAX_MEAL_LINES:
        lines.append(
            "By meal: " + " · ".join(f"{kind} {energy:,}" for kind, energy in result["kcal_by_meal"].items() if energy)
        )
    tip = advice.summary_tip(totals, split, result["remaining_kcal"])
    if tip:
        lines.append(tip)
    return Reply("\n".join(lines), {"intent": "daily_summary"})


async def _lookup(turn: Turn, food_words: str, nutrient: str | None) -> Reply:
    result = await turn.call_tool("lookup_food", query=food_words)
    if "error" in result:
        return Reply(f"I don't have that one in my food table. {result['error']}", {"intent": "lookup_food"})
    prefs = DietPrefs.from_profile(turn.profile)
    table = load_table()
    lines = []
    for item in result["items"]:
        asked = nutrient if nutrient and nutrient != "kcal" else None
        others = ", ".join(
            f"{grams(item[name])} {label}" for name, label in NUTRIENT_LABELS.items() if name not in ("kcal", asked)
        )
        name = item["name"][:1].upper() + item["name"][1:]
        if asked:
            lines.append(
                f"**{name}** — {item['amount']} has **{grams(item[asked])} {NUTRIENT_LABELS[asked]}** ({kcal(item['kcal'])}, {others})."
            )
        else:
            lines.append(f"**{name}** — {item['amount']}: **{kcal(item['kcal'])}** ({others}).")
        per100 = item["per_100g"]
        if abs(item["grams"] - 100) > 1:
            lines.append(f"Per 100 g: {_macros(per100)}.")
        food = table.get(item["food_id"])
        note = advice.food_note(item, food.category)
        if not prefs.is_default and not prefs.allows(food):
            note = f"Heads-up: it doesn't fit your preferences ({prefs.describe()})."
        if note:
            lines.append(note)
    sources = sorted({item["dataset"] for item in result["items"]})
    lines.append(f"Source: {'; '.join(sources)}.")
    return Reply("\n".join(lines), {"intent": "lookup_food"})


async def _suggestions(turn: Turn) -> Reply:
    text = turn.message
    previous = _previous_user_text(turn) or ""
    shown = _previous_assistant_text(turn) or ""
    last_ideas = IDEAS_HEADER.match(shown)
    # A follow-up ("and for lunch?", "any other ideas?") keeps what the last request asked for.
    follow_up = last_ideas is not None or intents.asks_ideas(previous)
    kind = intents.meal_type(text)
    overrides = intents.diet_overrides(text)
    if follow_up and (kind is None or len(text.split()) <= 3 or intents.wants_more(text)):
        kind = kind or (last_ideas.group(1) if last_ideas else intents.meal_type(previous))
        overrides = overrides or intents.diet_overrides(previous)
    kind = kind or meal_type_for_hour(now().hour)
    high_protein = bool(re.search(r"high[ -]?protein|more protein|protein[ -]rich", text.lower()))
    more = follow_up and intents.wants_more(text)
    result = await turn.call_tool("suggest_meals", meal_type=kind, count=6 if high_protein or more else 3, **overrides)
    if "error" in result:
        return Reply(f"I couldn't find ideas that fit: {result['error']}", {"intent": "suggest_meals"})
    ideas = result["suggestions"]
    if more:
        fresh = [idea for idea in ideas if idea["name"] not in shown]
        ideas = fresh or ideas
    if high_protein:
        ideas = sorted(ideas, key=lambda idea: -idea["protein_g"])
    ideas = ideas[:3]
    head = f"Here are {len(ideas)} {kind} ideas"
    if result["diet"] != "no diet restrictions":
        head += f" ({result['diet']})"
    if result["target_kcal"]:
        head += f", each around {kcal(result['target_kcal'])}"
    lines = [head + ":"]
    for number, idea in enumerate(ideas, 1):
        lines.append(f"{number}. **{idea['name']}** — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein")
        lines.append("   " + "; ".join(f"{item['name']}: {item['amount']}" for item in idea["items"]))
    lines.append("Tell me what you end up eating and I'll log it.")
    return Reply("\n".join(lines), {"intent": "suggest_meals", "meal_type": kind})


async def _guidance(turn: Turn) -> Reply:
    profile = turn.profile or {}
    name = profile.get("name")
    lines = [f"Hi {name}! " if name else "Hi! "]
    lines[0] += "I'm Ceres, your nutritionist 🥗 Here's how I can help:"
    lines += [
        "• log what you eat — “I had two eggs and a banana”",
        "• show today's totals — “how many calories today?”",
        "• suggest meals — “what should I eat for dinner?”",
        "• look up foods — “how much protein in chicken breast?”",
        "• remember your diet — “I'm vegetarian and allergic to peanuts”",
    ]
    summary = await turn.call_tool("daily_summary")
    target, source = calorie_target(profile)
    if "error" not in summary and summary["meal_count"]:
        line = f"Today so far: {kcal(summary['totals']['kcal'])}"
        if target:
            line += f" of your {kcal(target)} target"
        lines.append(line + ".")
    elif target:
        lines.append(
            f"Your daily target: {kcal(target)}{' (estimated from your profile)' if source == 'estimated' else ''}."
        )
    prefs = DietPrefs.from_profile(profile)
    if not prefs.is_default:
        lines.append(f"I'm keeping to your preferences: {prefs.describe()}.")
    weight = profile.get("weight_kg")
    if isinstance(weight, (int, float)) and 30 <= weight <= 300:
        low, high = round(weight * 1.2), round(weight * 1.6)
        lines.append(f"A good everyday protein range for you is about {low}–{high} g a day, spread over your meals.")
    else:
        lines.append(
            "A simple rule for any meal: half the plate vegetables or fruit, a quarter protein, a quarter whole grains."
        )
    return Reply("\n".join(lines), {"intent": "guidance"})


def _saved_text(saved: dict[str, Any]) -> str:
    changed = set(saved.get("changed", []))
    target = saved.get("calorie_target")
    if changed == {"calorie_target"}:
        return f"Got it — your daily calorie target is now {kcal(target)}."
    text = f"Got it — I've saved your preferences: {saved['summary']}."
    if "calorie_target" in changed:
        text += f" Daily calorie target: {kcal(target)}."
    return text


def _after_saving(saved: dict[str, Any]) -> str:
    changed = set(saved.get("changed", []))
    if "allergies" in changed:
        return "I'll leave those allergens out of every suggestion. Want some meal ideas that fit?"
    if "dislikes" in changed:
        return "I'll keep those off your plate in my suggestions."
    if changed == {"calorie_target"}:
        return "I'll measure your daily totals against it and size meal ideas to match."
    return "Every suggestion from now on will fit that. Want some meal ideas?"


def _remaining(remaining: int, target: int, source: str) -> str:
    target_text = f"your {kcal(target)} target" + (" (estimated)" if source == "estimated" else "")
    if remaining >= 0:
        return f"{remaining:,} kcal left of {target_text}."
    return f"{abs(remaining):,} kcal over {target_text}."


def _left(remaining: int) -> str:
    return f"{remaining:,} kcal left" if remaining >= 0 else f"{abs(remaining):,} kcal over"


def _macros(values: dict[str, float]) -> str:
    return f"{kcal(values['kcal'])}, {grams(values['protein_g'])} protein, {grams(values['carbs_g'])} carbs, {grams(values['fat_g'])} fat"


def _totals_line(totals: dict[str, float]) -> str:
    return (
        f"{kcal(totals['kcal'])} · {grams(totals['protein_g'])} protein · {grams(totals['carbs_g'])} carbs · "
        f"{grams(totals['fat_g'])} fat · {grams(totals['fibre_g'])} fibre"
    )


def _is_food_list(text: str) -> bool:
    """ "2 eggs and a banana" on its own: every word understood, so it is a meal to log."""
    parsed = parse_meal(text, load_table())
    return bool(parsed.items) and not parsed.unrecognised


def _previous_user_text(turn: Turn) -> str | None:
    for record in reversed(turn.history):
        if record.get("role") == "user" and isinstance(record.get("text"), str):
            return record["text"]
    return None


def _previous_assistant_text(turn: Turn) -> str | None:
    for record in reversed(turn.history):
        if record.get("role") == "assistant" and isinstance(record.get("text"), str):
            return record["text"]
    return None
