"""A dish named in passing that the user's allergy rules out: "after gym I like to buy suya or
kuli kuli" with a peanut allergy, "my mama uses crayfish for her egusi" with a fish allergy.

Whatever the message asked, the reply says first that the dish usually carries the allergen
(the name doesn't say it: suya's spice rub is ground groundnuts), unless the reply already
names the dish (a lookup of it has said so)."""

from __future__ import annotations

import re
from collections.abc import Callable

from agenthost_ceres.allergens import ALLERGY_NOUNS, DISH_ALLERGENS, dish_pattern, key_of
from agenthost_ceres.diet import DietPrefs


def dish_warnings(message: str, prefs: DietPrefs, reply: str) -> str | None:
    """One line per dish named in `message` whose usual allergens the saved allergies rule out
    and that `reply` doesn't name; None when there is none."""
    if not prefs.allergies:
        return None
    key = key_of(message)
    said = reply.lower()
    lines: list[str] = []
    seen: set[str] = set()
    for dish, (allergens, made) in DISH_ALLERGENS.items():
        breaks = [a for a in allergens if a in prefs.allergies]
        if not breaks or made in seen or not dish_pattern(dish).search(key) or re.search(rf"\b{re.escape(dish)}\b", said):
            continue
        seen.add(made)
        nouns = [ALLERGY_NOUNS.get(a, a) for a in breaks]
        allergy = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} and {nouns[-1]}"
        made = re.sub(r"\s*\([^)]*\)", "", made)  # said in one negated clause: "avoid X made with Y: your allergy rules it out"
        rules = "allergy rules" if len(nouns) == 1 else "allergies rule"
        lines.append(f"⚠️ Avoid {dish} made with {made}: your {allergy} {rules} it out, so ask how it's made.")
    return "\n".join(lines) or None


# Where each allergen hides in a cuisine's everyday dishes (FSA allergen guidance; Anaphylaxis UK
# and Coeliac UK eating-out advice): said when someone with the allergy asks what to order there.
CUISINES: tuple[tuple[str, str, dict[str, str]], ...] = (
    # each place's list said after "avoid" in under 60 characters, with no brackets or colons
    ("Lebanese or Middle Eastern", r"lebanese|middle eastern|turkish|persian|syrian|israeli|shawarma|kebab shop|falafel place", {
        "sesame": "hummus, baba ganoush, tahini sauces, za'atar and sesame bread",
        "tree_nuts": "baklava and pine nuts or almonds on rice and meat",
        "dairy": "labneh, yogurt sauces, halloumi and buttery rice",
        "gluten": "pitta, tabbouleh, filo pastry and kibbeh",
    }),
    ("Greek", r"greek", {
        "dairy": "feta, tzatziki and moussaka", "gluten": "pitta, filo pastry and moussaka",
        "tree_nuts": "baklava", "sesame": "tahini dips and sesame bread rings", "egg": "moussaka and avgolemono",
    }),
    ("Chinese", r"chinese", {
        "soy": "soy sauce, which is in almost every dish", "gluten": "soy sauce brewed with wheat, batters and noodles",
        "sesame": "sesame oil and seeds, sesame toast and dressings", "shellfish": "oyster sauce, prawn crackers and XO sauce",
        "peanuts": "kung pao dishes, peanut oil and satay", "egg": "egg fried rice, egg noodles and batters",
        "fish": "sauces and stocks made with dried fish",
    }),
    ("Thai", r"thai", {
        "fish": "fish sauce, which is in nearly every dish", "shellfish": "shrimp paste in curry pastes, and prawns",
        "peanuts": "satay, pad thai, massaman curry and som tam", "soy": "soy sauce and tofu", "gluten": "soy and oyster sauces",
        "egg": "pad thai and fried rice", "tree_nuts": "cashew stir-fries",
    }),
    ("Vietnamese", r"vietnamese|pho place", {
        "fish": "fish sauce in dips and broths", "peanuts": "peanut toppings and peanut dips",
        "shellfish": "prawn rolls and shrimp paste", "gluten": "banh mi bread and soy or hoisin sauce", "soy": "soy and hoisin sauces",
    }),
    ("Indian", r"indian|curry house|curry place|nepalese|pakistani|bangladeshi", {
        "tree_nuts": "korma, pasanda and creamy sauces made with cashews",
        "dairy": "ghee, paneer, cream, butter and yogurt marinades", "gluten": "naan, chapati, samosas and some hing",
        "peanuts": "some chutneys, poha and groundnut oil", "egg": "some naans and egg curries", "sesame": "some breads and chutneys",
        "fish": "fish curries and the pans they share", "shellfish": "prawn dishes and the pans they share",
    }),
    ("Japanese", r"japanese|sushi|ramen", {
        "fish": "dashi fish stock in soups and sauces, and the fish", "soy": "soy sauce, miso and edamame",
        "gluten": "soy sauce, tempura, katsu, ramen and udon", "sesame": "sesame seeds, sesame oil and dressings",
        "shellfish": "crab sticks, prawn tempura and ebi", "egg": "tamago, mayonnaise and tempura batter",
    }),
    ("Korean", r"korean", {
        "sesame": "sesame oil and seeds, which are in most dishes", "soy": "soy sauce, gochujang and doenjang", "gluten": "gochujang and soy sauce",
        "fish": "kimchi made with fish sauce", "shellfish": "kimchi with salted shrimp and seafood pancakes", "egg": "bibimbap and pancakes",
    }),
    ("Italian", r"italian|pizza|pizzeria", {
        "gluten": "pasta, pizza bases and breadcrumbs", "dairy": "cheese, cream and butter sauces, and pesto",
        "tree_nuts": "pesto, amaretti, cantucci and some desserts", "egg": "fresh pasta, carbonara and tiramisu",
        "fish": "anchovies on pizzas, puttanesca and Caesar dressing",
    }),
    ("Mexican", r"mexican|taco|burrito", {
        "dairy": "cheese, sour cream and crema", "gluten": "flour tortillas; corn ones are usually wheat-free",
        "peanuts": "some moles", "tree_nuts": "some moles", "sesame": "some moles",
    }),
    ("Spanish", r"spanish (?:place|restaurant|food|tapas)|tapas", {
        "shellfish": "paella, gambas, calamari and seafood stocks", "fish": "paella, boquerones, bacalao and fish stocks",
        "tree_nuts": "romesco, almond sauces and turron", "gluten": "croquetas, breaded or battered tapas and bread",
        "egg": "tortilla, alioli and croquetas", "dairy": "cheese, croquetas and flan",
    }),
    ("bakery or café", r"bakery|bakeries|patisserie", {
        "egg": "cakes, muffins, brioche and egg-glazed pastries", "dairy": "butter pastries, cakes and milky drinks",
        "gluten": "bread, pastries and cakes unless sealed gluten-free", "tree_nuts": "almond croissants, frangipane and nut cakes",
        "peanuts": "cookies, brownies and bars", "sesame": "seeded breads and bagels", "soy": "some breads and plant milks",
    }),
    ("burger or fast-food", r"burger|fast food|chippy|fish and chip|chip shop|fried chicken", {
        "sesame": "sesame-seed buns", "gluten": "buns, batters, breaded chicken and shared fryers",
        "dairy": "cheese, milkshakes and some buns and sauces", "egg": "mayonnaise, brioche buns and batters",
        "soy": "veggie patties and some buns", "fish": "fryers shared with battered fish", "shellfish": "fryers shared with scampi",
    }),
)


def _rule(allergen: str) -> Callable[[DietPrefs], str]:
    """ "your peanut allergy", or for a diet rather than an allergy, "coeliac disease" or "your lactose intolerance"."""
    def said(prefs: DietPrefs) -> str:
        if allergen in prefs.allergies:
            return f"your {ALLERGY_NOUNS.get(allergen, allergen).split('/')[-1]} allergy"
        if allergen == "gluten":
            return "coeliac disease" if "coeliac" in prefs.conditions else "your gluten-free diet"
        return "your lactose intolerance" if "lactose intolerance" in prefs.conditions else "your dairy-free diet"
    return said


WITH = {allergen: _rule(allergen) for allergen in ("peanuts", "tree_nuts", "dairy", "egg", "fish", "shellfish", "soy", "gluten", "sesame")}
EATING_OUT = re.compile(r"\b(?:order|restaurant|takeaway|take-away|takeout|place|eat(?:ing)? out|menu|get at|have at|eat at|food at|joint|buffet)\b")


def cuisine_warnings(message: str, prefs: DietPrefs) -> str | None:
    """ "what can I order at a lebanese restaurant?" with a sesame allergy: where sesame hides in
    that cuisine, in one ⚠️ line; None when no cuisine or no saved allergen it carries."""
    low = message.lower()
    if not EATING_OUT.search(low):
        return None
    avoided = [*prefs.allergies, *(("gluten",) if prefs.gluten_free else ()), *(("dairy",) if prefs.lactose_free else ())]
    for name, pattern, hides in CUISINES:
        if not re.search(rf"\b(?:{pattern})", low):
            continue
        said = [f"with {WITH[a](prefs)} avoid {hides[a]}" for a in dict.fromkeys(avoided) if a in hides]
        if said:
            article = "an" if name[0] in "AEIOU" else "a"
            return f"⚠️ At {article} {name} place, {'; '.join(said)}. Ask the staff how each dish is made."
    return None
