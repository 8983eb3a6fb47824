"""Numbers that describe a food rather than say how much of it: "0% greek yoghurt", "2% milk",
"5% fat mince", "90% lean beef", "70% dark chocolate", "0.5% beer".

The meal parser reads a number before a food as its amount, so "200g 0% greek yoghurt" would be
zero yoghurt. These percentages are rewritten into the words the food table's aliases use
("fat free greek yoghurt", "low fat milk", "lean mince"), or dropped when they pick no row of
their own (cocoa solids, alcohol, "100% juice"), before the message is split into words.
"""

from __future__ import annotations

import re

# A percentage and what it is of: "0%", "2 %", "5% fat", "90 percent lean", "70% cocoa".
PERCENT = re.compile(
    r"(?<![\w.])(?P<value>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
    r"(?:\s*(?P<of>fat|sugar|lean|milk ?fat|cocoa|cacao|cocoa solids|abv|alcohol|vol|proof|juice|fruit|whole ?grain|whole ?wheat|wholemeal|rye|protein)\b)?"
)
# Meat whose fat is said as a percentage: "5% fat mince" is lean mince, "20% mince" is mince.
MEAT = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:mince|minced|ground|beef|steak|pork|lamb|turkey|burgers?|patt(?:y|ies)|sausages?)\b")
# Dairy sold by its fat: "0% skyr", "2% milk", "5% greek yoghurt".
DAIRY = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:milk|yog(?:h)?o?urts?|skyr|quark|kefir|cheese|cream|fromage|creme|ricotta|mozzarella|greek)\b")
# At most this much fat (g per 100 g) and a mince is sold as lean (UK supermarkets' "5% fat"
# lean and extra-lean mince; USDA's 90% lean ground beef row holds 10 g fat per 100 g).
LEAN_MEAT_FAT_PCT = 10.0
# Dairy said by its fat: skimmed milk and 0% yoghurt hold under 0.5 g fat per 100 g, semi-skimmed
# and "low fat" 1-2 g, whole milk 3.25-3.5 g and Greek-style yoghurt 5-10 g (USDA SR Legacy;
# UK milk labels: skimmed 0.1%, 1% milk, semi-skimmed 1.7%, whole 3.5%).
FAT_FREE_BELOW = 0.5
LOW_FAT_BELOW = 3.0


def describe_percentages(text: str) -> str:
    """`text` (lower case) with each percentage that describes a food said in words, or dropped."""
    return PERCENT.sub(lambda found: _in_words(found, text[found.end() :]), text)


def _in_words(found: re.Match[str], after: str) -> str:
    """The words for one percentage, given the text after it."""
    value = float(found.group("value"))
    of = (found.group("of") or "").replace(" ", "")
    if of in ("cocoa", "cacao", "cocoasolids", "abv", "alcohol", "vol", "proof", "juice", "fruit", "wholegrain", "wholewheat", "wholemeal", "rye", "protein"):
        return " "  # what it is made of, not which row: "70% dark chocolate", "100% orange juice"
    if of == "sugar":
        return " sugar free " if value == 0 else " "
    if of == "lean":
        return " lean " if value >= 100 - LEAN_MEAT_FAT_PCT else " "  # "90% lean beef"; "80% lean" is ordinary mince
    if MEAT.match(after):
        return " lean " if value <= LEAN_MEAT_FAT_PCT else " "  # "5% fat mince"
    if of not in ("fat", "milkfat") and not DAIRY.match(after):
        return " "  # "50% off", "a 13% red": nothing the food table tells apart
    if value < FAT_FREE_BELOW:
        return " fat free "
    if value < LOW_FAT_BELOW:
        return " low fat "
    return " full fat "  # "5% greek yoghurt", "10% yoghurt"


# A free-from claim said before a food: "a gluten free bagel", "dairy-free yoghurt", "GF pasta".
FREE_FROM = re.compile(r"\b(gluten|wheat|dairy|milk|lactose|nut|peanut|egg|soy|soya|sesame)[- ]?free\b|\b(gf)\b")
FREE_FROM_WORDS = frozenset({"gluten", "wheat", "dairy", "milk", "lactose", "nut", "peanut", "egg", "soy", "soya", "sesame"})
# What each claim answers among a diet's breaks (`DietPrefs.breaks` keys).
FREE_FROM_KEYS = {
    "gluten": {"gluten", "gluten_free"}, "wheat": {"gluten", "gluten_free"}, "gf": {"gluten", "gluten_free"}, "dairy": {"dairy", "lactose_free"},
    "milk": {"dairy", "lactose_free"}, "lactose": {"lactose_free"}, "nut": {"peanuts", "tree_nuts"}, "peanut": {"peanuts"}, "egg": {"egg"},
    "soy": {"soy"}, "soya": {"soy"}, "sesame": {"sesame"},
}


def free_from_said(text: str, food_words: str) -> set[str]:
    """The diet breaks a free-from claim said just before `food_words` answers ("gluten free
    bagel": {"gluten", "gluten_free"}): the user's word that this one is made without it."""
    if not food_words:
        return set()
    found = re.search(
        r"\b((?:(?:gluten|wheat|dairy|milk|lactose|nut|peanut|egg|soy|soya|sesame)[- ]?free|gf)(?:\s*(?:,|and|&)?\s*(?:(?:gluten|wheat|dairy|milk|lactose|nut|peanut|egg|soy|soya|sesame)[- ]?free|gf))*)\s+(?:\w+\s+){0,2}?"
        + re.escape(food_words.lower()) + r"\b",
        text.lower(),
    )
    if found is None:
        return set()
    keys: set[str] = set()
    for claim in FREE_FROM.finditer(found.group(1)):
        keys |= FREE_FROM_KEYS[claim.group(1) or claim.group(2)]
    return keys
