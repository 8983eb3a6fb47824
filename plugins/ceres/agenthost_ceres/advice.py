"""One practical line about a day's totals or about a food, worked out from the numbers."""

from __future__ import annotations

from typing import Any


def summary_tip(totals: dict[str, float], split: dict[str, int], remaining: int | None) -> str:
    """One practical line about a day's totals (over target, low fibre, low protein, room left)."""
    if remaining is not None and remaining < 0:
        return f"You're {abs(remaining):,} kcal over today — no stress, one day doesn't undo anything; keep the next meal veg-heavy with lean protein."
    if totals["kcal"] >= 800 and totals["fibre_g"] < 20:
        return "Fibre is on the low side — beans, berries, oats or whole grains are easy wins (the UK guide is 30 g a day)."
    if totals["kcal"] >= 800 and split["protein_pct"] < 15:
        return "Protein is a bit low — add eggs, Greek yogurt, tofu, beans, fish or chicken to your next meal."
    if remaining is not None and remaining > 0:
        return f"You have room for about {remaining:,} kcal more — ask me for ideas that fit."
    return ""


def food_note(item: dict[str, Any], category: str) -> str:
    """One practical line about a food, from its numbers."""
    notes = []
    # The EU's claim rules: "high protein" is 20% of energy from protein, "high fibre" is 3 g
    # per 100 kcal (Regulation 1924/2006).
    if item["kcal"] and item["protein_g"] * 4 >= 0.20 * item["kcal"] and item["protein_g"] >= 5:
        notes.append("a good protein source")
    if item["fibre_g"] >= 3 and item["kcal"] and item["fibre_g"] * 100 / item["kcal"] >= 3:
        notes.append("high in fibre")
    name = item["name"].lower()
    starchy = ("potato" in name and "sweet" not in name) or any(word in name for word in ("fries", "chips", "hash brown"))
    if category in ("fruit", "vegetables") and "juice" not in name and not starchy:
        notes.append("counts towards your 5-a-day")  # potatoes don't count (NHS 5 A Day)
    if not notes:
        return ""
    text = " and ".join(notes) if len(notes) <= 2 else ", ".join(notes[:-1]) + " and " + notes[-1]
    return f"Nice pick: {text}."
