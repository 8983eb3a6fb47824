"""Whether a food fits a diet, asked by the diet's name: "is parmesan vegetarian?", "is honey
vegan?", "are oats gluten free?", "is bacon halal?", "is butter dairy free?". The answer is yes or
no first, for that diet whether or not it is the one saved, with the reason when it is not plain.

Foods are read as the diet floor reads them (`floor.mentions`: the food table and the everyday
words it has no row for, such as gelatine or honey).
"""

from __future__ import annotations

import re

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.floor import mentions

DIET_ASKED = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hey|hi|quick question|random question|just wondering)\W+)*(?:is|are) (?:a |an |the |some |all |most |normal |regular )?"
    r"(?P<food>[a-z][a-z '&-]{1,40}?) (?:actually |really |usually |even |always |normally |technically |considered |ok for |okay for |suitable for |safe for )?"
    r"(?:a |an )?(?P<diet>vegan|vegetarian|veggie|pescatarian|gluten[- ]?free|dairy[- ]?free|lactose[- ]?free|halal|vegans|vegetarians|coeliacs|celiacs)"
    r"(?: friendly| safe| suitable| approved)?\W*$"
)
DIETS = {
    "vegan": ("vegan", DietPrefs(type="vegan")), "vegans": ("vegan", DietPrefs(type="vegan")),
    "vegetarian": ("vegetarian", DietPrefs(type="vegetarian")), "veggie": ("vegetarian", DietPrefs(type="vegetarian")),
    "vegetarians": ("vegetarian", DietPrefs(type="vegetarian")), "pescatarian": ("pescatarian", DietPrefs(type="pescatarian")),
    "gluten free": ("gluten-free", DietPrefs(gluten_free=True)), "coeliacs": ("gluten-free", DietPrefs(gluten_free=True)),
    "celiacs": ("gluten-free", DietPrefs(gluten_free=True)), "dairy free": ("dairy-free", DietPrefs(lactose_free=True)),
    "lactose free": ("dairy-free", DietPrefs(lactose_free=True)), "halal": ("halal", DietPrefs(dislikes=("pork", "alcohol"))),
}  # fmt: skip
# Foods whose answer is not plain yes or no, with why (Vegetarian Society; the Vegan Society).
NOT_STRICTLY = (
    (re.compile(r"\b(?:parmesan|parmigiano(?: reggiano)?|grana padano|pecorino|gorgonzola)\b"), {"vegetarian", "vegan"},
     "No, not strictly: Parmigiano-Reggiano, Grana Padano and pecorino are made with animal rennet (from calves' stomachs), so the "
     "Vegetarian Society doesn't count them vegetarian"),
    (re.compile(r"\b(?:gelatine|gelatin|jelly sweets|gummy bears|gummies|haribo|marshmallows?|jelly babies|wine gums)\b"), {"vegetarian", "vegan", "halal"},
     "Usually not: gelatine is made from pig or cow skin and bones, so gelatine sweets and marshmallows aren't vegetarian, and only "
     "halal-certified gelatine is halal; look for ones labelled vegetarian or vegan (made with pectin or agar)"),
)  # fmt: skip
MEAT_FOR_HALAL = "Only if it's halal-certified: the meat must come from an animal slaughtered the halal way, so look for the halal label or ask the butcher"


def fit_asked(text: str) -> dict[str, str] | None:
    """{"food", "diet"} when `text` asks whether a food is vegan, vegetarian, gluten-free,
    dairy-free or halal; None otherwise."""
    found = DIET_ASKED.match(text.strip().lower().replace("’", "'"))
    if found is None:
        return None
    diet = re.sub(r"[- ]", " ", found.group("diet"))
    return {"food": found.group("food").strip(), "diet": diet}


def fit_answer(food: str, diet: str) -> str | None:
    """Yes or no, and why, for `food` in `diet`; None when the food is not one Ceres knows."""
    word, prefs = DIETS[diet]
    for pattern, diets, answer in NOT_STRICTLY:
        if pattern.search(food) and word in diets:
            return f"{answer}."
    found = mentions(food, prefs)
    if not found:
        return None
    broken = [m for m in found if m.breaks]
    names = " and ".join(dict.fromkeys(food[m.start : m.end] for m in (broken or found)))
    plural = food.endswith("s") and not food.endswith("ss")
    if broken:
        return f"No — {names} {'aren' if plural else 'isn'}'t {word}" + _why(broken[0].breaks, word) + "."
    if word == "halal" and any("pescatarian" not in m.food.tags for m in found):  # meat: fish and plants need no slaughter
        return f"{MEAT_FOR_HALAL}."
    label = " (check the label for 'may contain' warnings, and for coeliac-safe oats and sauces)" if word == "gluten-free" else ""
    return f"Yes — {names} {'are' if plural else 'is'} {word}{label}."


def _why(breaks: dict[str, str], word: str) -> str:
    """The reason behind a no, when it says more than the diet's name ("you'd rather avoid pork" -> it's pork)."""
    meat = next((key.split(":", 1)[1] for key in breaks if key.startswith("dislike:")), None)
    if meat == "alcohol":
        return ": it has alcohol"
    if meat:
        return f": it's {meat}"
    return ""
