"""Packaged foods asked about with an allergy or coeliac disease: "what about the granola bars
from the supermarket" for a child with a peanut allergy, "I used to have a protein shake with a
banana" when newly coeliac, "are protein bars ok?".

Recipes change from brand to brand and factories share lines, so no table can clear a packaged
food: the answer says to read the label (the ingredients, and the "may contain" or "made in a
factory that also handles" warnings) and to choose products labelled free from the allergen or
certified gluten-free. Sources: the Food Standards Agency's allergen labelling guidance (the 14
allergens emphasised in the ingredients; precautionary "may contain" labels), Coeliac UK (the
Crossed Grain symbol; oats and protein powders may carry gluten), FARE (food label reading).
"""

from __future__ import annotations

import re

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.staples import avoids_gluten

# Foods people buy made: bars, shakes and powders, cereals, biscuits, sauces, ready meals...
# (not what people also make at home, a dip or a pancake, unless said to be bought)
PACKAGED = re.compile(
    r"\b(?:(?:granola|cereal|protein|energy|snack|breakfast|flapjack|oat|fruit|nut|muesli|chocolate|candy|kids'?)[ -]?bars?|flapjacks?|"
    r"protein (?:shakes?|powders?|bars?|balls?|bites?|cookies?|puddings?|yogh?urts?)|whey|casein|mass gainers?|(?:meal replacement|ready[- ]to[- ]drink) shakes?|shakes? powders?|"
    r"ready[- ]meals?|stock cubes?|gravy granules|jarred sauces?|(?:pasta|curry|stir[- ]fry|cooking) sauces?|biscuits?|cookies|crackers|crisps|cereals?|granola|muesli|"
    r"(?:shop|store|supermarket)[- ]bought \w+|pre[- ]?packed \w+|packaged \w+|packet \w+|frozen (?:pizza|meals?|pancakes?|waffles?)|"
    r"sausages?|nuggets|fish fingers|chicken dippers|veggie burgers?|plant[- ]based (?:burgers?|mince|sausages?)|quorn|"
    r"sweets|chocolates|ice lolly|ice lollies)\b"
)
# Said to come from a shop or a brand: "from the supermarket", "from Tesco", "shop-bought".
FROM_A_SHOP = re.compile(
    r"\b(?:shop[- ]bought|store[- ]bought|supermarket|packaged|pre[- ]?packed|branded|processed|from (?:the |a )?(?:shop|store|garage|corner shop|"
    r"tesco|asda|sainsbury'?s|aldi|lidl|morrisons|waitrose|co-?op|m&s|marks and spencer|iceland|costco|walmart|target|trader joe'?s|whole foods|kroger|boots))\b"
)
# What "free from" label to look for, per saved allergen (FSA: "free from" claims; Coeliac UK:
# "gluten-free" on the label or the Crossed Grain symbol).
FREE_FROM_LABEL = {
    "peanuts": "nut-free", "tree_nuts": "nut-free", "dairy": "dairy-free", "egg": "egg-free", "soy": "soya-free",
    "sesame": "sesame-free", "fish": "fish-free", "shellfish": "shellfish-free", "gluten": "certified gluten-free",
}
ALREADY_SAID = re.compile(r"\b(?:check|read)\w* (?:the |its |their )?(?:food )?labels?\b", re.IGNORECASE)


def names_packaged(message: str) -> bool:
    """True when the message names a food people buy made ("granola bars", "a protein shake",
    "from the supermarket")."""
    low = message.lower()
    return bool(PACKAGED.search(low) or FROM_A_SHOP.search(low))


def label_advice(message: str, prefs: DietPrefs, answer: str = "") -> str | None:
    """The label line for a packaged food named in `message` when the saved diet holds an
    allergy or coeliac disease, unless `answer` already says to read the label."""
    low = message.lower()
    if not names_packaged(message) or ALREADY_SAID.search(answer):
        return None
    labels = [FREE_FROM_LABEL[allergen] for allergen in prefs.allergies if allergen in FREE_FROM_LABEL]
    if avoids_gluten(prefs):
        labels.append(FREE_FROM_LABEL["gluten"])
    labels = list(dict.fromkeys(labels))
    if not labels:
        return None
    choose = " or ".join(labels) if len(labels) <= 2 else ", ".join(labels[:-1]) + " and " + labels[-1]
    line = (
        "Packaged foods differ from brand to brand, so check the label every time: the ingredients (allergens are in bold) "
        "and the allergy advice, including “may contain” or “made in a factory that also handles” (traces) warnings. "
        f"Choose ones labelled {choose}."
    )
    if avoids_gluten(prefs) and re.search(r"\b(?:protein|whey|casein|shakes?|powders?|gainers?|bars?|oats?|granola|muesli)\b", low):
        line += " Protein powders and bars can carry gluten from added flavourings or malt, or from a shared factory."
    return line
