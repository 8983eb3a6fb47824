"""Whether a food is safe in pregnancy, asked while pregnancy is being talked about: "I'm
pregnant, which foods should I avoid?" then "can I have sushi?", "what about brie?", "is a tuna
sandwich ok?". The NHS's list (Foods to avoid in pregnancy, 2023) answers first, before the
food's figures; foods not on it get the figures as usual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

PREGNANT = re.compile(r"\bpregnan\w*|\bexpecting (?:a baby|twins)\b|\b\d{1,2} weeks? (?:gone|along)\b|\bmy midwife\b|\btrimester\b", re.IGNORECASE)
SOURCE = "NHS: Foods to avoid in pregnancy (2023)"
# (what the food is called, the answer): the NHS's advice, food by food.
RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), answer)
    for pattern, answer in (
        (r"\b(?:brie|camembert|chevre|ch[eè]vre|goat'?s? cheese|blue cheese|stilton|gorgonzola|roquefort|danish blue|gorgonzola)\b",
         "Only cooked until steaming hot: mould-ripened soft cheeses like brie, camembert and rinded goat's cheese, and soft blue cheeses, "
         "can carry listeria when cold. Hard cheeses such as cheddar and parmesan, and pasteurised soft cheeses like mozzarella, feta and cottage cheese, are fine"),
        (r"\b(?:pate|pâté|liver|foie gras|haggis)\b",
         "No: avoid all pâté (meat, fish or vegetable), which can carry listeria, and liver or liver products, which hold too much vitamin A for the baby"),
        (r"\b(?:shark|swordfish|marlin)\b", "No: shark, swordfish and marlin hold too much mercury in pregnancy"),
        (r"\b(?:tuna)\b", "Yes, in moderation: up to 4 medium cans or 2 fresh tuna steaks a week, because of the mercury in tuna"),
        (r"\b(?:sushi|sashimi|raw fish|poke)\b",
         "Usually yes: raw fish in sushi is fine if it was frozen first, which shop and restaurant sushi usually is (ask if unsure); "
         "cooked or vegetarian sushi is fine either way. Avoid raw shellfish, such as raw oysters"),
        (r"\b(?:smoked salmon|gravlax|smoked trout|cold[- ]smoked)\b", "Only cooked: cold-smoked or cured fish like smoked salmon and gravlax should be cooked until steaming hot first"),
        (r"\b(?:oysters?|raw shellfish|mussels?|clams?)\b", "Only cooked: raw shellfish such as oysters can carry bacteria and viruses; cooked shellfish is fine"),
        (r"\b(?:salami|chorizo|pepperoni|prosciutto|parma ham|serrano|cured meats?|charcuterie)\b",
         "Only cooked (on a pizza, say) or frozen for 4 days first: cold cured meats like salami, chorizo and prosciutto can carry toxoplasmosis"),
        (r"\b(?:rare|pink|undercooked|medium rare|blue) (?:steak|beef|lamb|burger|meat)|\bsteak tartare\b|\braw meat\b",
         "Only well cooked: cook meat until it's steaming hot with no pink or blood, to avoid toxoplasmosis"),
        (r"\b(?:runny|soft[- ]boiled|raw|dippy|poached) eggs?\b|\bhomemade mayo\w*|\bmousse\b|\beggs? benedict\b",
         "Yes, if they're British Lion eggs (the red lion stamp): those are safe runny or raw. Other eggs should be cooked until the white and yolk are solid"),
        (r"\b(?:unpasteuri[sz]ed|raw milk)\b", "No: avoid unpasteurised milk and anything made from it; pasteurised milk is fine"),
        (r"\b(?:alcohol|wine|beer|beers|prosecco|cocktails?|gin|vodka|pints?)\b", "No: the safest approach is not to drink alcohol at all in pregnancy"),
        (r"\b(?:coffee|caffeine|energy drinks?|lattes?|cappuccinos?|espresso)\b",
         "Yes, up to 200 mg of caffeine a day: about 2 mugs of instant coffee or 1 mug of filter coffee (tea, cola and chocolate count too)"),
    )
)  # fmt: skip
ASKED = re.compile(r"\b(?:can|could|may|should) i (?:still )?(?:have|eat|drink|get|try)\b|\b(?:is|are) .{1,40}\b(?:ok|okay|safe|fine|allowed)\b|^\W*(?:and |so )?(?:what|how) about\b|\bsafe to (?:eat|have|drink)\b", re.IGNORECASE)


def pregnant_now(message: str, history: Sequence[Mapping[str, Any]], profile: Mapping[str, Any] | None) -> bool:
    """True when the message or the user's last few messages (or the profile's notes) say a pregnancy."""
    said = [message, *(str(r.get("text") or "") for r in history[-8:] if r.get("role") == "user")]
    notes = " ".join(str(v) for v in (profile or {}).values() if isinstance(v, str | list))
    return any(PREGNANT.search(text) for text in said) or bool(PREGNANT.search(notes))


def pregnancy_answer(message: str) -> str | None:
    """The NHS's answer for the food `message` asks about in pregnancy; None when it asks none on the list."""
    if not ASKED.search(message):
        return None
    for pattern, answer in RULES:
        if pattern.search(message):
            return f"{answer} (NHS)."
    return None


def listed_food_named(message: str) -> bool:
    """True when `message` names a food on the NHS's pregnancy list ("brie", "pâté", "sushi")."""
    return any(pattern.search(message) for pattern, _ in RULES)
