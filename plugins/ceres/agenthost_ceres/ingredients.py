"""“What is shrimp paste exactly? Is it in green curry?”, “is Quorn ok for me?”: the ingredient
asked about, what it is made of, the dishes it usually hides in, and what that means for the
saved allergies, rather than the figures or ideas of the dish it comes in.

Each entry says what the ingredient is, the allergens it carries (`allergens.ALLERGENS` keys),
the dishes it is usually in (a pattern and the sentence that answers "is it in ...?"), a note
for someone whose allergy it does *not* carry (Quorn is no soya, but many Quorn products hold
egg or milk), and its source.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen

from agenthost_ceres.allergens import allergy_noun, describe, label
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.question import asks


@frozen
class Ingredient:
    """One ingredient people ask about: what it is and where it hides."""

    id: str
    names: str  # a regex alternation of what people call it
    name: str
    what: str
    allergens: tuple[str, ...]
    found_in: tuple[tuple[str, str], ...]  # (dish pattern, "Yes: ..." sentence)
    not_in: str  # said when the dish asked about is none of `found_in`
    caveat: str  # for someone whose saved allergies it does not carry
    swap: str
    source: str
    often: dict[str, str] = {}  # what many versions carry beyond `allergens` ("egg": Quorn's egg white), or a diet's answer


INGREDIENTS: tuple[Ingredient, ...] = (
    Ingredient(
        "shrimp_paste", r"shrimp paste|prawn paste|kapi|belacan|belachan|terasi|bagoong", "Shrimp paste",
        "fermented ground shrimp (or krill) mixed with salt, pressed into a strong, salty paste (kapi in Thailand, belacan in Malaysia, terasi in Indonesia)",
        ("shellfish",),
        ((r"green|red|yellow|panang|penang|massaman|jungle|thai curr|curry paste|curry|gaeng|kaeng",
          "Yes: shrimp paste is in most Thai curry pastes (green, red, yellow, panang), homemade and shop-bought; vegetarian or vegan curry pastes leave it out"),
         (r"som tam|papaya salad|nam prik|sambal|nasi goreng|laksa|rendang|kangkung|morning glory|fried rice|stir[- ]?fr",
          "Yes, often: it goes into chilli dips and sambals, som tam, laksa, rendang, nasi goreng and many stir-fries")),
        "It is mostly in Thai and Malaysian curry pastes, sambals and chilli dips; ask whether the dish has it",
        "It carries shellfish, so it is fine for your other allergies",
        "ask for the dish made without shrimp paste (a vegetarian curry paste, or soy sauce or salt for the savoury note) and say the allergy when you order",
        "Food Standards Agency: allergen guidance (crustaceans); Thai curry paste ingredient lists",
    ),
    Ingredient(
        "fish_sauce", r"fish sauce|nam pla|nuoc mam|nước mắm", "Fish sauce",
        "a thin, salty sauce made from anchovies (or other small fish) fermented with salt",
        ("fish",),
        ((r"pad thai|thai curr|green curr|red curr|curry paste|som tam|papaya salad|larb|laab|tom yum|tom kha|nuoc cham|pho|spring roll|kimchi|thai|vietnamese",
          "Yes: fish sauce seasons most Thai and Vietnamese dishes (pad thai, curries, som tam, larb, tom yum, dipping sauces) and much kimchi"),),
        "It is mostly in Thai, Vietnamese and some Korean dishes; ask whether the dish has it",
        "It carries fish only, so it is fine for your other allergies",
        "ask for the dish with soy sauce or salt instead of fish sauce, or use a vegan 'fish' sauce at home",
        "Food Standards Agency: allergen guidance (fish)",
        {"gluten": "Usually not, but a few brands add wheat (hydrolysed wheat protein), so check the label"},
    ),
    Ingredient(
        "worcestershire", r"worcestershire(?: sauce)?|worcester sauce|lea (?:and|&) perrins", "Worcestershire sauce",
        "a fermented sauce of malt vinegar, molasses, tamarind and anchovies",
        ("fish", "gluten"),
        ((r"bloody mary|caesar|cottage pie|shepherd'?s? pie|bolognese|spag bol|chilli|burger|welsh rarebit|cheese on toast|stew|casserole|gravy|marinade",
          "Often: Worcestershire sauce goes into Caesar dressing, Bloody Marys, cottage and shepherd's pie, bolognese, burgers and rarebit"),),
        "It is a splash in dressings, pies, stews and marinades; ask whether the dish has it",
        "It carries fish (anchovies) and, in the UK, barley malt vinegar, so it is fine for your other allergies",
        "look for an anchovy-free, gluten-free Worcestershire sauce, or use a squeeze of lemon and a pinch of salt",
        "Lea & Perrins ingredient list; Food Standards Agency: allergen guidance (fish, cereals containing gluten)",
    ),
    Ingredient(
        "pesto", r"pesto(?: genovese)?", "Pesto",
        "a sauce of basil, pine nuts, parmesan, garlic and olive oil (some shop brands use cashews instead of pine nuts)",
        ("tree_nuts", "dairy"),
        ((r"pasta|gnocchi|pizza|sandwich|panini|salad|trofie|linguine|spaghetti", "Yes, when the dish is dressed with pesto: it brings the pine nuts and parmesan with it"),),
        "It is only in a dish that says pesto; ask if unsure",
        "Pine nuts are seeds many with a tree-nut allergy tolerate, but they are labelled as nuts in many recipes and brands differ, so check the label",
        "use a nut-free pesto (basil, olive oil, garlic and sunflower seeds) or a tomato and basil sauce",
        "Food Standards Agency: allergen guidance (nuts, milk); pesto genovese recipe",
        {"vegetarian": "Not strictly: traditional pesto uses Parmigiano-Reggiano, made with animal rennet; many shop pestos use a vegetarian hard cheese, so check the label"},
    ),
    Ingredient(
        "tahini", r"tahini|tahina", "Tahini",
        "a paste of ground sesame seeds",
        ("sesame",),
        ((r"hummus|houmous|hummous|baba ganoush|baba ghanoush|halva|falafel|shawarma|kebab|sesame dressing|dressing|sauce",
          "Yes: tahini is in hummus, baba ganoush and halva, and in the sauce on falafel and shawarma wraps"),),
        "It is mostly in Middle Eastern dips, sauces and sweets; ask whether the dish has it",
        "It carries sesame only, so it is fine for your other allergies",
        "ask for a tahini-free dip (a white bean or roasted pepper dip)",
        "Food Standards Agency: allergen guidance (sesame)",
    ),
    Ingredient(
        "miso", r"miso(?! soup)(?: paste)?", "Miso",
        "a paste of soya beans fermented with salt and koji (often with rice or barley)",
        ("soy",),
        ((r"miso soup|ramen|glaze|salmon|aubergine|eggplant|dressing|marinade|soup",
          "Yes: miso is the base of miso soup and miso ramen, and goes into glazes (miso salmon, miso aubergine) and dressings"),),
        "It is mostly in Japanese soups, glazes and dressings; ask whether the dish has it",
        "It carries soya (and, when made with barley, gluten), so check the label for your diet",
        "a chickpea miso (soy-free) exists, or season with salt, a little tahini or nutritional yeast",
        "Food Standards Agency: allergen guidance (soya)",
        {"gluten": "Not always: miso made with barley (mugi miso) carries gluten, while rice or soya-only miso doesn't, so check the label"},
    ),
    Ingredient(
        "ghee", r"ghee|clarified butter", "Ghee",
        "clarified butter: butter heated until the water cooks off and the milk solids are strained out, so it is almost pure milk fat",
        ("dairy",),
        ((r"curr|dal|dhal|daal|naan|paratha|roti|biryani|tarka|korma|masala|indian|halwa|ladoo|sweet",
          "Often: ghee is used to fry spices for curries and dal (the tarka), brushed on naan and paratha, and in biryani and Indian sweets"),),
        "It is mostly in Indian cooking; ask whether the dish is made with ghee or oil",
        "It is nearly lactose-free (only traces of milk solids), so many lactose-intolerant people manage it, but it is still dairy",
        "ask for the dish cooked in oil, or use vegetable oil or a plant-based spread at home",
        "Food Standards Agency: allergen guidance (milk); USDA FoodData Central (ghee)",
    ),
    Ingredient(
        "quorn", r"quorn|mycoprotein", "Quorn",
        "mycoprotein, a protein made from a fungus (Fusarium venenatum) grown by fermentation: not soya",
        (),
        ((r"sausage roll|vegan sausage|nugget|mince|sausage|burger", "Often: meat-free mince, nuggets, sausages and Greggs' vegan sausage roll are made with Quorn mycoprotein"),),
        "It is in meat-free products that say Quorn or mycoprotein on the label",
        "It isn't made from soya, so it suits a soya allergy, but many Quorn products are bound with egg white and some contain milk (the vegan range has neither) and some coatings carry wheat: check the label of each product; a few people react to mycoprotein itself",
        "choose the vegan Quorn range if egg or milk is a problem, or beans, lentils, eggs and dairy for protein",
        "Quorn Foods product ingredient and allergen labels; Food Standards Agency: allergen labelling",
        {"egg": "Often: many Quorn products are bound with egg white; the vegan range has none, so check each label",
         "dairy": "Some: a few Quorn products contain milk; the vegan range has none, so check each label",
         "gluten": "Some: breaded and coated Quorn products carry wheat; the plain mince and pieces don't list it, but check each label",
         "vegan": "Only the vegan range: most Quorn products contain egg white (some milk too), so they're vegetarian but not vegan",
         "vegetarian": "Yes: Quorn is vegetarian (mycoprotein, with egg or milk in some products)"},
    ),
    Ingredient(
        "oyster_sauce", r"oyster sauce", "Oyster sauce",
        "a thick, sweet-salty sauce made from oyster extract, sugar and salt, often with soy sauce and wheat starch",
        ("shellfish", "soy", "gluten"),
        ((r"stir[- ]?fr|chow mein|lo mein|noodle|pak choi|bok choy|broccoli|beef|chinese|thai", "Yes, often: oyster sauce goes into Chinese and Thai stir-fries, noodles and greens"),),
        "It is mostly in Chinese and Thai stir-fries; ask whether the dish has it",
        "It carries shellfish, and often soya and wheat, so check the label for your diet",
        "ask for the dish without it; a mushroom-based vegetarian version has no shellfish (check it for soya and wheat)",
        "Food Standards Agency: allergen guidance (molluscs)",
    ),
    Ingredient(
        "tempeh", r"tempeh", "Tempeh",
        "whole soya beans fermented into a firm cake",
        ("soy",),
        (),
        "It is only in dishes that say tempeh",
        "It carries soya only, so it is fine for your other allergies",
        "chickpeas, beans, lentils, eggs or Quorn give protein without soya",
        "Food Standards Agency: allergen guidance (soya)",
    ),
    Ingredient(
        "nutritional_yeast", r"nutritional yeast|nooch|yeast flakes", "Nutritional yeast",
        "deactivated yeast dried into flakes, with a cheesy, savoury taste; many brands are fortified with vitamin B12",
        (),
        (),
        "It is mostly in vegan 'cheese' sauces and sprinkles",
        "It carries none of the major allergens (check the label for the brand's own may-contain warnings)",
        "",
        "Food Standards Agency: allergen labelling; manufacturers' labels",
    ),
    Ingredient(
        "dashi", r"dashi", "Dashi",
        "Japanese stock made from kombu seaweed and bonito (dried fish) flakes",
        ("fish",),
        ((r"miso soup|ramen|udon|soba|noodle|japanese|tempura", "Yes, usually: dashi is the stock of miso soup, ramen, udon and soba broths"),),
        "It is the stock of many Japanese soups and sauces; ask whether the dish has it",
        "It carries fish only, so it is fine for your other allergies",
        "ask for kombu (seaweed) or shiitake dashi, which has no fish",
        "Food Standards Agency: allergen guidance (fish)",
    ),
)
BY_ID = {entry.id: entry for entry in INGREDIENTS}
_NAMED = re.compile("|".join(rf"\b(?P<{entry.id}>{entry.names})\b" for entry in INGREDIENTS), re.IGNORECASE)
_WORD = "(?:" + "|".join(entry.names for entry in INGREDIENTS) + ")"

# "what is shrimp paste (exactly)?", "what's in pesto", "what is tahini made of", "ghee - what is it?"
WHAT_IS = re.compile(
    rf"\bwhat(?:'?s| is| exactly is| actually is| even is| really is|'?re| are)(?: even| really| actually)?(?: in)?(?: (?:the|a|an|this|that|some))? {_WORD}\b(?! (?:good|best|better|healthy|like|for\b))"
    rf"|\bwhat (?:is|are|'s) (?:in|inside) {_WORD}\b|\b{_WORD}\b[^.?!]{{0,20}}\b(?:made (?:of|from|with)|what is it|what'?s that|exactly\?)"
    rf"|\bnever heard of {_WORD}\b|\bwhat goes (?:in|into) {_WORD}\b",
    re.IGNORECASE,
)
# "is ghee dairy?", "is there egg in quorn?", "does miso have gluten?", "is quorn vegan?": what an
# ingredient carries, asked about an allergen or a diet.
_ASKED_WHAT = r"(?P<what>dairy|milk|lactose|soy|soya|gluten|wheat|eggs?|fish|shellfish|nuts?|sesame|vegan|vegetarian|veggie)"
CARRIES = (
    re.compile(rf"\b(?:is|are) (?:(?:a|the|real|regular|normal) )?{_WORD}(?: paste| sauce)? (?:a |an |actually |really |even )?{_ASKED_WHAT}(?P<free>[- ]?free| friendly)?\b", re.IGNORECASE),
    re.compile(rf"\bis there (?:any |some )?{_ASKED_WHAT} in (?:a |the )?{_WORD}\b", re.IGNORECASE),
    re.compile(rf"\b(?:does|do) (?:a |the )?{_WORD}(?: paste| sauce)? (?:have|contain|got) (?:any |some )?{_ASKED_WHAT}\b", re.IGNORECASE),
)
WHAT_KEYS = {"dairy": "dairy", "milk": "dairy", "lactose": "dairy", "soy": "soy", "soya": "soy", "gluten": "gluten", "wheat": "gluten",
             "egg": "egg", "eggs": "egg", "fish": "fish", "shellfish": "shellfish", "nut": "tree_nuts", "nuts": "tree_nuts",
             "sesame": "sesame", "vegan": "vegan", "vegetarian": "vegetarian", "veggie": "vegetarian"}
DIET_CARRIES = {"vegan": {"dairy", "egg", "fish", "shellfish"}, "vegetarian": {"fish", "shellfish"}}


def carries_line(entry: Ingredient, asks: str, free: bool) -> str:
    """ "Yes: ghee carries milk/dairy." for "is ghee dairy?", the other way round for "-free"."""
    if asks in DIET_CARRIES:
        if asks in entry.often:
            return entry.often[asks] + "."
        against = [a for a in entry.allergens if a in DIET_CARRIES[asks]]
        return f"No: it carries {' and '.join(label(a) for a in against)}, so it isn't {asks}." if against else f"Yes: {entry.name.lower()} is {asks}."
    said = label(asks)
    if asks in entry.allergens:
        return f"{'No' if free else 'Yes'}: {entry.name.lower()} carries {said}."
    if asks in entry.often:
        return entry.often[asks] + "."
    return f"{'Yes' if free else 'No'}: {entry.name.lower()} isn't made with {said}, but check the label for may-contain warnings."


# "is it in green curry?", "is there fish sauce in pad thai?", "does hummus have tahini in it?"
IN_DISH = re.compile(
    r"\b(?:is|are) (?:it|there|that|they|(?:any |some )?(?P<ing>[a-z' ]{3,25}?)) (?:usually |normally |always |also |even )?(?:in|used in|put in|added to) (?:a |an |the |most |all |some |my |thai |regular )?(?P<dish>[a-z' ]{3,30}?)\s*(?:[?.!]|$| too| as well| then)"
    r"|\b(?:does|do|would|will) (?:a |an |the |most )?(?P<dish2>[a-z' ]{3,30}?) (?:have|contain|use|come with|got) (?:any |some )?(?P<ing2>[a-z' ]{3,25}?)(?: in (?:it|them))?\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
# Ingredients whose "is it ok?" `can_have.MADE_OF` already answers (a "No —" first, and a swap).
OK_ANSWERED_BY_CAN_HAVE = frozenset({"fish_sauce", "worcestershire", "pesto", "tahini", "miso", "ghee", "oyster_sauce", "tempeh"})
OK_FOR = re.compile(r"\b(?:ok|okay|safe|fine|alright|allowed|suitable)\b|\bcan (?:i|he|she|they|we|my \w+) (?:have|eat|use)\b", re.IGNORECASE)


def ingredient_in(text: str) -> Ingredient | None:
    """The first ingredient of the table the text names."""
    found = _NAMED.search(text)
    if found is None:
        return None
    return next(BY_ID[name] for name, value in found.groupdict().items() if value)


def ingredient_question(text: str, last: str | None = None) -> dict[str, Any] | None:
    """The slots of an ingredient question (`id`, `dish`, `ok`), or None: `last` is the
    ingredient Ceres explained last, which "is it in green curry?" asks about."""
    low = text.lower().replace("’", "'")
    entry = ingredient_in(low)
    dish = None
    for found in IN_DISH.finditer(low):
        ing = found.group("ing") or found.group("ing2")
        words = found.group("dish") or found.group("dish2")
        if found.group("dish2") and entry is not None and ingredient_in(words) is entry:
            continue  # "does pesto have nuts?": pesto is the food asked about, not the dish
        if ing and ingredient_in(ing) is None and ingredient_in(words) is not None:
            continue
        dish = words.strip()
        break
    if entry is None:
        if last in BY_ID and dish and re.search(r"\b(?:is|does) (?:it|that)\b|\bis there any\b", low):
            return {"id": last, "dish": dish, "ok": False}
        return None
    if (carries := next((found for pattern in CARRIES if (found := pattern.search(low))), None)) is not None:
        free = (carries.groupdict().get("free") or "").strip(" -")
        asked_key = WHAT_KEYS[carries.group("what")]
        if entry.id in OK_ANSWERED_BY_CAN_HAVE and asked_key in entry.allergens and (carries.re is not CARRIES[0] or free == "free"):
            return None  # "does pesto have nuts?": `can_have.contains_answer` says yes, and why
        return {"id": entry.id, "dish": None, "ok": False, "asks": WHAT_KEYS[carries.group("what")], "free": free == "free"}
    what = WHAT_IS.search(low) is not None or dish is not None
    if not what and (entry.id in OK_ANSWERED_BY_CAN_HAVE or OK_FOR.search(low) is None or not asks(text)):
        return None  # "is pesto ok for her?": `can_have` answers no, with the swap
    return {"id": entry.id, "dish": dish, "ok": OK_FOR.search(low) is not None}


# What a diet (not an allergy) rules out, as allergen keys.
DIET_RULES_OUT = {"vegan": {"dairy", "egg", "fish", "shellfish"}, "vegetarian": {"fish", "shellfish"}}


def ruled_out_by_diet(prefs: DietPrefs) -> set[str]:
    """The allergen keys the diet type, gluten-free or lactose-free rules out."""
    keys = set(DIET_RULES_OUT.get(prefs.type or "", set()))
    if prefs.gluten_free:
        keys.add("gluten")
    if prefs.lactose_free:
        keys.add("dairy")
    return keys


def ingredient_text(slots: dict[str, Any], prefs: DietPrefs, person: str = "you") -> str:
    """The answer: what the ingredient is, whether the dish asked about has it, and what the
    saved allergies make of it."""
    entry = BY_ID[slots["id"]]
    lines = [f"**{entry.name}** is {entry.what}."]
    if slots.get("asks"):
        lines.append(carries_line(entry, slots["asks"], bool(slots.get("free"))))
    dish = slots.get("dish")
    if dish:
        said = next((sentence for pattern, sentence in entry.found_in if re.search(pattern, dish)), None)
        lines.append(f"{said}." if said else f"{entry.not_in}.")
    carried = [allergen for allergen in entry.allergens if allergen in prefs.allergies]
    by_diet = [allergen for allergen in entry.allergens if allergen in ruled_out_by_diet(prefs)]
    your = "your" if person == "you" else {"him": "his", "her": "her", "them": "their"}.get(person, "your")
    if carried:
        lines.append(
            f"With {your} {' and '.join(allergy_noun(a) for a in carried)} allergy, {entry.name.lower()} is one to avoid: {entry.swap}."
        )
    elif by_diet:
        lines.append(f"It carries {' and '.join(label(a) for a in by_diet)}, so with {your} diet ({prefs.describe()}) it is one to avoid: {entry.swap}.")
    elif hits := [a for a in prefs.allergies if a in entry.often]:
        lines.append(f"With {your} {allergy_noun(hits[0])} allergy, check every label: {entry.often[hits[0]][0].lower()}{entry.often[hits[0]][1:]}.")
    elif prefs.allergies and entry.allergens:
        lines.append(f"It carries {' and '.join(label(a) for a in entry.allergens)}, none of {your} saved allergens ({describe(prefs.allergies)}).")
    elif prefs.allergies:
        lines.append(f"For {your} allergies: {entry.caveat[0].lower()}{entry.caveat[1:]}.")
    elif entry.allergens and not slots.get("asks"):
        lines.append(f"It carries {' and '.join(label(a) for a in entry.allergens)}: keep it away from anyone with that allergy.")
    elif slots.get("ok"):
        lines.append(f"{entry.caveat}.")
    lines.append(f"Source: {entry.source}.")
    return "\n".join(lines)
