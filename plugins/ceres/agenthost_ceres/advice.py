"""Ceres' practical advice, worked out from the profile and the numbers: energy needs, water,
training food, a tip on a day's totals, a line about a food; and how she writes amounts."""

from __future__ import annotations

import re
from typing import Any

from agenthost_ceres.diet import calorie_target


def energy_needs(profile: dict[str, Any], goal: str, text: str) -> str:
    """Daily calories from the profile, adjusted for the goal, with the protein to go with it."""
    target, source = calorie_target(profile)
    estimate, _ = calorie_target({key: value for key, value in (profile or {}).items() if key != "calorie_target"})
    lines = []
    if estimate:
        lines.append(f"From your profile, about {kcal(estimate)} a day keeps your weight steady with light activity.")
        if goal == "lose":
            lines.append(
                f"To lose weight gently (about 0.25–0.5 kg a week), aim for {kcal_range(estimate - 500, estimate - 300)}."
            )
        elif goal == "gain":
            lines.append(
                f"To gain steadily, aim for {kcal_range(estimate + 250, estimate + 500)}, with strength training (Helios 💪 can plan that)."
            )
    else:
        lines.append(
            "Most adults need roughly 1,800–2,400 kcal a day (women towards the lower end, men the higher). Tell me your "
            "weight, height, age and sex and I can estimate yours."
        )
        if goal == "lose":
            lines.append("For steady weight loss, eat about 300–500 kcal a day below your needs.")
        elif goal == "gain":
            lines.append("For steady weight gain, eat about 250–500 kcal a day above your needs.")
    asked = re.search(r"\b(\d{1},?\d{3})\s*(?:k?cals?|calories)\b", text.lower())
    if asked and estimate:
        asked_kcal = int(asked.group(1).replace(",", ""))
        verdict = "below" if asked_kcal < estimate - 150 else "above" if asked_kcal > estimate + 150 else "close to"
        lines.append(f"{kcal(asked_kcal)} is {verdict} that estimate.")
    weight = (profile or {}).get("weight_kg")
    if isinstance(weight, (int, float)) and 30 <= weight <= 300:
        low, high = (
            round(weight * (1.6 if goal != "maintain" else 1.2)),
            round(weight * (2.0 if goal != "maintain" else 1.6)),
        )
        lines.append(
            f"Keep protein around {low}–{high} g a day so the weight you lose or gain is mostly fat or muscle as you intend."
        )
    if source == "profile":
        lines.append(f"Your saved target is {kcal(target)}; say “my calorie target is …” to change it.")
    else:
        lines.append("Say “my calorie target is …” and I'll track your days against it.")
    return "\n".join(lines)


def hydration(profile: dict[str, Any]) -> str:
    """How much to drink: 35 ml per kg when the weight is known, else the usual adult range."""
    weight = (profile or {}).get("weight_kg")
    if isinstance(weight, (int, float)) and 30 <= weight <= 300:
        litres = round(weight * 0.035, 1)
        amount = f"about {litres:g} L a day for you (35 ml per kg at {weight:g} kg)"
    else:
        amount = "roughly 2–2.7 L a day for most adults (about 35 ml per kg of body weight)"
    return (
        f"Aim for {amount}, counting all drinks; food covers a bit more.\n"
        "Drink more on hot days and around training — a glass before, sips during, and a glass or two after.\n"
        "Pale-yellow urine is a handy sign you're on track. Tell me “I drank 2 glasses of water” if you'd like it in your log."
    )


def training() -> str:
    """Workouts belong to Helios; the food side of training in two lines."""
    return (
        "Workouts and training plans are for Helios 💪, our fitness coach — ask about training and Helios will pick it up.\n"
        "From the food side: have some carbs 1–3 hours before (a banana or oatmeal), and 20–40 g protein with carbs "
        "within a couple of hours after, e.g. Greek yogurt with berries or chicken with rice. Want post-workout meal ideas?"
    )


def summary_tip(totals: dict[str, float], split: dict[str, int], remaining: int | None) -> str:
    """One practical line about a day's totals (over target, low fibre, low protein, room left)."""
    if remaining is not None and remaining < 0:
        return f"You're {abs(remaining):,} kcal over today — no stress, one day doesn't undo anything; keep the next meal veg-heavy with lean protein."
    if totals["kcal"] >= 800 and totals["fibre_g"] < 20:
        return "Fibre is on the low side — beans, berries, oats or whole grains are easy wins (most adults need 25–30 g a day)."
    if totals["kcal"] >= 800 and split["protein_pct"] < 15:
        return "Protein is a bit low — add eggs, Greek yogurt, tofu, beans, fish or chicken to your next meal."
    if remaining is not None and remaining > 0:
        return f"You have room for about {remaining:,} kcal more — ask me for ideas that fit."
    return ""


def food_note(item: dict[str, Any], category: str) -> str:
    """One practical line about a food, from its numbers."""
    notes = []
    if item["kcal"] and item["protein_g"] * 4 >= 0.25 * item["kcal"] and item["protein_g"] >= 5:
        notes.append("a good protein source")
    if item["fibre_g"] >= 3:
        notes.append("high in fibre")
    if category in ("fruit", "vegetables") and "juice" not in item["name"]:
        notes.append("counts towards your 5-a-day")
    if not notes:
        return ""
    text = " and ".join(notes) if len(notes) <= 2 else ", ".join(notes[:-1]) + " and " + notes[-1]
    return f"Nice pick: {text}."


def kcal_range(low: float, high: float) -> str:
    """ "1,800–2,000 kcal"."""
    return f"{round(low):,}–{round(high):,} kcal"


def kcal(value: float) -> str:
    """ "1,234 kcal"."""
    return f"{round(value):,} kcal"


def grams(value: float) -> str:
    """Whole grams from 10 g up ("37 g"), one decimal below ("4.3 g", "0 g")."""
    return f"{value:.0f} g" if value >= 10 else f"{value:.1f} g".replace(".0 g", " g")
