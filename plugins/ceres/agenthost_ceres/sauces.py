"""Sauces and dressings to go with a meal ("what sauce could go with it?"), each written with
what it is made of, so the allergy and diet floor reads every ingredient: only those that fit
the saved diet are offered, and the user's own allergens are never in one."""

from __future__ import annotations

import re

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.floor import violations

# (name, what it is made of, what it goes with). Everyday home recipes, nothing branded.
SAUCES: tuple[tuple[str, str, str], ...] = (
    ("Fresh tomato salsa", "chopped tomato, red onion, coriander, lime juice and a little chilli", "chicken, beans, rice bowls, eggs"),
    ("Chimichurri", "parsley, garlic, red wine vinegar, olive oil and chilli flakes", "chicken, beef, grilled vegetables"),
    ("Lemon and herb dressing", "olive oil, lemon juice, garlic, mustard and chopped herbs", "salads, grain bowls, fish, chicken"),
    ("Garlic yogurt sauce", "plain yogurt, crushed garlic, lemon juice and mint", "spiced chicken, lamb, falafel, roasted vegetables"),
    ("Peri-peri style sauce", "roasted red pepper, chilli, garlic, lemon juice, paprika and olive oil", "chicken, potatoes, wraps"),
    ("Quick tomato sauce", "tinned tomatoes, garlic, onion, olive oil and basil", "pasta, meatballs, beans, baked chicken"),
    ("Ginger, lime and chilli dressing", "fresh ginger, lime juice, a little honey, chilli and rapeseed oil", "noodles, rice bowls, stir-fries, tofu"),
    ("Avocado and lime crema", "mashed avocado, lime juice, garlic and a splash of water", "burrito bowls, tacos, chicken"),
    ("Mango salsa", "diced mango, red onion, lime juice, coriander and chilli", "chicken, fish, rice bowls"),
)
MAX_SAUCES = 4

# "what sauce could go with it?", "any dressing ideas?", "a marinade for the chicken?"
SAUCE_ASKED = re.compile(
    r"\b(?:sauces?|dressings?|marinades?|condiments?|drizzle|something to (?:put|pour|drizzle) on (?:it|that|them|top))\b"
)
NOT_IDEAS = re.compile(
    r"\b(?:how (?:much|many)|calories|kcal|protein|carbs|fat|macros|had|ate|eaten|log|healthy|unhealthy|bad|ok|okay|safe|allowed)\b"
)


def asks_sauces(low: str) -> bool:
    """True when `low` (cleaned) asks for a sauce or dressing to go with a meal, not about one
    ("how many calories in pesto sauce?", "is soy sauce ok?")."""
    if not SAUCE_ASKED.search(low) or NOT_IDEAS.search(low):
        return False
    return bool(re.search(r"\b(?:what|which|any|ideas?|suggest\w*|recommend\w*|go(?:es)? (?:with|on)|good with|could|should|can i|need|want|make|give me)\b", low))


# "so sick of plain chicken and broccoli, ideas to make it less boring?", "how do I jazz up bland
# chicken", "more flavour without the calories": ways to season the same food, not other meals.
FLAVOUR_ASKED = re.compile(
    r"\b(?:less (?:boring|bland|samey|plain)|more (?:interesting|exciting|flavou?rful|tasty)|tastier|"
    r"(?:more|add|adding|extra|some|without losing|give it|get) (?:\w+ )?flavou?rs?|flavou?r (?:it|them|\w+) up|"
    r"jazz(?:ing)? (?:it|them|\w+(?: \w+)?) up|spice (?:it|them|things|\w+) up|liven (?:it|them|\w+) up|"
    r"(?:so |really )?(?:bland|boring|tasteless|flavou?rless)(?: \w+){0,3}\b.*\b(?:ideas?|how|what|tips?|help|any)\b|"
    r"(?:how|what|ideas?|tips?|ways?)\b.*\b(?:bland|boring|tasteless|flavou?rless))"
)


def asks_flavour(low: str) -> bool:
    """True when `low` (cleaned) asks how to make a plain meal taste better, not for other meals
    or its figures ("how many calories in ...")."""
    return FLAVOUR_ASKED.search(low) is not None and not re.search(r"\bhow (?:much|many)\b|\b(?:i|we) (?:had|ate)\b|^(?:log|add)\b", low)


FLAVOUR_LEAD = (
    "To make the same food less boring without adding many calories, season it boldly: a spice rub (smoked paprika, cumin, "
    "garlic, chilli), a marinade of lemon or lime juice with garlic and herbs, or soy sauce, ginger and garlic for a stir-fry; "
    "roast or grill vegetables instead of boiling them. Then a light sauce on top:"
)


def sauces_for(prefs: DietPrefs) -> list[tuple[str, str, str]]:
    """The sauces whose ingredients all fit `prefs`, at most `MAX_SAUCES`."""
    return [sauce for sauce in SAUCES if not violations(f"{sauce[0]}: {sauce[1]}", prefs)][:MAX_SAUCES]


def sauces_text(prefs: DietPrefs, flavour: bool = False) -> str:
    """The answer: a few sauces that fit, each with what's in it and what it goes with (after
    ways to season the food itself when `flavour`)."""
    fitting = sauces_for(prefs)
    if not fitting:
        return "I haven't got a sauce that fits all your preferences; a squeeze of lemon or lime with black pepper and fresh herbs is always safe."
    within = "" if prefs.is_default else f" (keeping to {prefs.describe()})"
    lead = FLAVOUR_LEAD if not violations(FLAVOUR_LEAD, prefs) else "To make the same food less boring, season it boldly with herbs, spices, garlic and a squeeze of lemon or lime. Then a light sauce on top:"
    lines = [lead.replace(":", f"{within}:") if flavour else f"Sauces that go well with it{within}:"]
    for n, (name, made, goes) in enumerate(fitting, 1):
        dishes = [dish for dish in goes.split(", ") if not violations(dish, prefs)]  # "good with fish" is no idea for a fish allergy
        lines.append(f"{n}. **{name}**: {made}." + (f" Good with {', '.join(dishes)}." if dishes else ""))
    lines.append("Shop-bought sauces vary: check the label for your allergens.")
    return "\n".join(lines)
