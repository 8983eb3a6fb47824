"""An answer of General's that names foods ("calcium: milk, yogurt, cheese, fortified plant milks,
calcium-set tofu, tinned fish with bones ...") for someone who told Ceres of an allergy, an
intolerance or coeliac disease: one line after it says which of the foods named to leave out, and
that the others are fine. The diet is Ceres' (saved in the profile as `diet`); these words are
General's own short list of what names each major allergen."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# The diet's allergen names (Ceres' table names) -> words that name a food carrying it.
NAMED: dict[str, str] = {
    "dairy": r"milk|yogh?urt|cheese|butter|cream|whey",
    "egg": r"eggs?",
    "fish": r"fish|salmon|tuna|sardines?|mackerel|anchov(?:y|ies)",
    "shellfish": r"shellfish|shrimps?|prawns?|crab|mussels?|oysters?",
    "soy": r"tofu|soya?|edamame|miso",
    "peanuts": r"peanuts?|peanut butter",
    "tree_nuts": r"nuts|almonds?|walnuts?|cashews?|hazelnuts?",
    "gluten": r"bread|pasta|wheat|barley|rye|oats|porridge|couscous",
    "sesame": r"sesame|tahini|hummus",
}
NOUNS = {"dairy": "milk", "egg": "egg", "fish": "fish", "shellfish": "shellfish", "soy": "soy", "peanuts": "peanut",
         "tree_nuts": "tree nut", "gluten": "wheat", "sesame": "sesame"}  # fmt: skip
NOT_FOR_YOU = re.compile(r"\b(?:dogs?|cats?|pets?|puppy|vet)\b", re.IGNORECASE)  # "chocolate and peanut butter are dangerous for dogs"


def allergy_note(text: str, profile: Mapping[str, Any] | None) -> str | None:
    """ "⚠️ With your milk allergy, leave out the milk, yogurt and cheese named here: the other
    foods are fine for you." when `text` names foods the saved diet rules out; None otherwise."""
    diet = (profile or {}).get("diet")
    if not isinstance(diet, Mapping) or NOT_FOR_YOU.search(text):
        return None
    allergies = [str(a) for a in diet.get("allergies") or []]
    avoided = [*allergies, *(["dairy"] if diet.get("lactose_free") else []), *(["gluten"] if diet.get("gluten_free") else [])]
    found: dict[str, list[str]] = {}
    for allergen in dict.fromkeys(avoided):
        if allergen not in NAMED:
            continue
        # "fortified plant milks", "lactose-free milk", "peanut butter" (for dairy) are not the allergen
        words = re.findall(rf"(?i)(?<!plant )(?<!oat )(?<!soy )(?<!almond )(?<!peanut )(?<!free )\b(?:{NAMED[allergen]})\b", text)
        if words:
            found[allergen] = list(dict.fromkeys(word.lower() for word in words))
    if not found:
        return None
    named = [word for words in found.values() for word in words]
    foods = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    allergic = [a for a in found if a in allergies]
    reasons = []
    if allergic:
        nouns = [NOUNS[a] for a in allergic]
        reasons.append(f"your {nouns[0] if len(nouns) == 1 else ', '.join(nouns[:-1]) + ' and ' + nouns[-1]} {'allergy' if len(nouns) == 1 else 'allergies'}")
    if "gluten" in found and "gluten" not in allergic:
        reasons.append("coeliac disease" if "coeliac" in (diet.get("conditions") or []) else "your gluten-free diet")
    if "dairy" in found and "dairy" not in allergic:
        reasons.append("your lactose intolerance")
    why = " and ".join(reasons)
    return f"⚠️ With {why}, leave out the {foods} named here (or choose versions labelled free of it): the other foods are fine for you."
