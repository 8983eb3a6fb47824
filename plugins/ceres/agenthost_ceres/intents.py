"""What a message asks Ceres for, read from its words (used by the offline replies).

Each helper answers one question about the text: is it a question, which meal it names, which
diet, whether it states preferences (and which), asks for a day's summary, looks a food up,
reports a meal, or asks for ideas.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_ceres.parser import MEAL_WORDS

QUESTION_START = re.compile(
    r"^(how|what|what's|whats|which|show|give|tell|did|do|does|am|is|are|can|could|should|shall|would|any|list|where|when|why)\b"
)
FIRST_PERSON = re.compile(
    r"\b(i'?m|i am|i'?ve|i have|i can'?t|i cannot|i don'?t|i do not|i avoid|i eat|i follow|i need|i went|i'?ve gone|i never|my|we'?re|we are)\b"
)
DIETS = {
    "vegan": "vegan",
    "plant based": "vegan",
    "vegetarian": "vegetarian",
    "veggie": "vegetarian",
    "pescatarian": "pescatarian",
    "pescetarian": "pescatarian",
    "omnivore": "omnivore",
}
DIET_WORD = re.compile(
    r"\b(vegan|plant[ -]based|vegetarian|veggie|pescatarian|pescetarian|omnivore)\b(?! (?:burger|patty|sausage|soup|option))"
)
GLUTEN_FREE = re.compile(
    r"\b(gluten[ -]?free|coeliac|celiac|gluten intoleran\w*|(?:can'?t|cannot|don'?t|do not|never) (?:eat|have|do) gluten|no gluten|avoid(?:ing)? gluten)\b"
)
LACTOSE_FREE = re.compile(
    r"\b(lactose[ -]?intoleran\w*|lactose[ -]?free|dairy[ -]?free|(?:can'?t|cannot|don'?t|do not|never) (?:eat|have|do|drink) (?:dairy|milk)|no dairy|avoid(?:ing)? dairy)\b"
)
ALLERGY_LIST = re.compile(r"\ballerg(?:ic|y|ies)\s+(?:to\s+)?(?P<items>[a-z][a-z ,'&-]*)")
ALLERGY_NOUN = re.compile(r"\b(?P<item>[a-z]+) allerg(?:y|ies)\b")
DISLIKE_LIST = re.compile(
    r"\b(?:i (?:really )?(?:don'?t|do not) (?:like|eat|enjoy)|i dislike|i hate|i can'?t stand|i'?m not (?:a )?fan of|not a fan of|i never eat|i detest)\s+(?P<items>[a-z][a-z ,'&-]*)"
)
CALORIE_TARGETS = (
    re.compile(
        r"(?:calorie|kcal|calories|daily|my)\s*(?:target|goal|budget|limit)\D{0,20}?(?P<kcal>\d{3,4}|\d,\d{3})\b"
    ),
    re.compile(
        r"(?:target|goal|budget|limit|aim(?:ing)? for|stick(?:ing)? to|eat(?:ing)?|set (?:it |my target |the target )?to|have)"
        r"\D{0,25}?(?P<kcal>\d{3,4}|\d,\d{3})\s*(?:k?cals?|calories)\b"
    ),
)
LIST_STOP = re.compile(
    r"\b(but|so|what|which|how|please|can|could|should|because|since|though|although|and i|i'?m|i am|i)\b"
)
NOT_FOODS = set(
    "all any also too very really severely mildly slightly a an the to of stuff things food foods bit little lot".split()
)

SUMMARY_CUE = re.compile(
    r"\b(today|todays|so far|yesterday|daily|summary|summarise|summarize|totals?|intake|tally|left|remaining|progress|macros)\b"
)
SUMMARY_WHAT = re.compile(
    r"\b(eat|calorie|calories|kcal|protein|carbs?|fat|fibre|fiber|eaten|ate|had|total|totals|summary|summarise|summarize|intake|macros|doing|did i do|left|remaining|progress|tally|logged)\b"
)
LOOKUPS = (
    re.compile(
        r"how (?:much|many) (?P<nutrient>[a-z]+)\s+(?:is |are )?(?:there )?(?:in|inside|does|do) (?P<food>.+?)(?: (?:have|contain|has))?$"
    ),
    re.compile(
        r"^(?:what are the |what's the |whats the |the )?(?P<nutrient>calories|kcal|protein|carbs|carbohydrates|fat|fibre|fiber|nutrition|nutrients|macros)(?: facts| info| information| content)? (?:in|of|for) (?P<food>.+)$"
    ),
    re.compile(r"^(?:nutrition|nutrients|macros) (?:facts |info |information )?(?:for|of|in) (?P<food>.+)$"),
    re.compile(
        r"^(?:is|are) (?P<food>.+?) (?:healthy|good for (?:me|you)|bad for (?:me|you)|fattening|high in (?P<nutrient>\w+)|low in \w+|a good source of (?:\w+))$"
    ),
    re.compile(r"^(?:look up|lookup) (?P<food>.+)$"),
)
LOG_TRIGGER = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |also |then )?(?:had|ate|eaten|drank|drunk|snacked on|grabbed|finished)\b|^(?:log|add|track|record)\b|^(?:ate|had|drank)\b|\bfor (?:breakfast|lunch|dinner|supper|brunch|a snack) i\b"
)
SUGGEST_CUE = re.compile(
    r"\b(what (?:should|can|could|shall|do|would) (?:i|we) (?:eat|have|make|cook|get)|what to (?:eat|have|cook|make)|suggest\w*|ideas?|recommend\w*|what'?s for|meal plan|hungry|inspire|inspiration|options?|something (?:to eat|for)|what about|how about|more|another|other|else|different)\b"
)
MORE_CUE = re.compile(r"\b(more|another|other|others|else|different)\b")
HYDRATION_CUE = re.compile(r"\b(water|hydrat\w*|dehydrat\w*|thirst\w*|fluids?|how much (?:should i|to) drink)\b")
NEEDS_CUE = re.compile(
    r"\b(how many calories (?:should|do|can) (?:i|we)|calories (?:a|per) day|daily calories|calorie needs|enough calories|"
    r"how much should i eat|lose weight|losing weight|weight loss|lose fat|fat loss|gain weight|put on weight|bulk(?:ing)?|build muscle|maintain (?:my )?weight)\b"
)
THANKS_CUE = re.compile(
    r"^(?:thanks|thank you|thx|cheers|great|perfect|awesome|ok(?:ay)?|cool|nice)\b(?: (?:so much|a lot|ceres|very much))?$"
)
WORKOUT_CUE = re.compile(
    r"\b(workout|work out|exercise|training|train|gym|run|running|lift|lifting|cardio|reps|squats?|marathon|cycling)\b"
)


def clean(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, no trailing punctuation."""
    text = text.lower().replace("’", "'").strip()
    text = re.sub(r"\s+", " ", text)
    return text.rstrip(" ?!.")


def is_question(text: str) -> bool:
    """True for "how many ...?", "what should I eat" and anything ending in "?"."""
    return text.strip().endswith("?") or bool(QUESTION_START.match(clean(text)))


def meal_type(text: str) -> str | None:
    """breakfast/lunch/dinner/snack if the text names one."""
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in MEAL_WORDS:
            return MEAL_WORDS[word]
    return None


def diet_overrides(text: str) -> dict[str, Any]:
    """Diet words in a request ("vegan dinner ideas", "something gluten-free") as tool arguments."""
    low = clean(text)
    overrides: dict[str, Any] = {}
    found = DIET_WORD.search(low)
    if found:
        overrides["diet"] = DIETS[found.group(1).replace("-", " ")]
    if GLUTEN_FREE.search(low):
        overrides["gluten_free"] = True
    if LACTOSE_FREE.search(low):
        overrides["lactose_free"] = True
    return overrides


def stated_preferences(text: str) -> dict[str, Any]:
    """Preferences the user states about themselves, as `set_diet_preferences` arguments.

    Only first-person clauses count ("I'm vegetarian and allergic to peanuts", "my calorie
    target is 1800"), so "vegan dinner ideas" asks for ideas without changing the profile."""
    low = clean(text)
    prefs: dict[str, Any] = {}
    for clause in re.split(r"[.;!?\n]", low):
        if not FIRST_PERSON.search(clause) and not re.search(r"\ballerg", clause):
            continue
        _diet_from_clause(clause, prefs)
        if GLUTEN_FREE.search(clause):
            prefs["gluten_free"] = True
        if LACTOSE_FREE.search(clause):
            prefs["lactose_free"] = True
        allergies = _allergies(clause)
        if allergies:
            prefs["allergies"] = prefs.get("allergies", []) + allergies
        dislikes = [d for d in _listed(DISLIKE_LIST, clause) if d not in ("gluten", "dairy", "milk", "lactose")]
        if "meat" in dislikes:
            dislikes.remove("meat")
            prefs.setdefault(
                "diet_type",
                "pescatarian"
                if re.search(r"\b(?:but|except|only) (?:i eat |i have )?fish\b", clause)
                else "vegetarian",
            )
        if any(d in ("animal products", "animal product") for d in dislikes):
            prefs["diet_type"] = "vegan"
            dislikes = [d for d in dislikes if not d.startswith("animal product")]
        if dislikes:
            prefs["dislikes"] = prefs.get("dislikes", []) + dislikes
        target = next((found for pattern in CALORIE_TARGETS if (found := pattern.search(clause))), None)
        if target and not text.strip().endswith("?"):
            kcal = int(target.group("kcal").replace(",", ""))
            if 800 <= kcal <= 6000:
                prefs["calorie_target"] = kcal
    return prefs


def asks_summary(text: str) -> bool:
    """ "How many calories today?", "what have I eaten so far", "daily summary"."""
    low = clean(text)
    if re.search(r"\b(daily|day'?s) (summary|totals?|tally)\b|^(summary|totals?|my totals?|today'?s totals?)$", low):
        return True
    if re.search(r"\bwhat (?:did|have) (?:i|we) (?:have|had|eat|eaten|ate|drink|drank|log|logged)\b", low):
        return True
    return bool(SUMMARY_CUE.search(low) and SUMMARY_WHAT.search(low) and not re.search(r"\b(in|of) (a|an|one|\d)", low))


def summary_date(text: str) -> str:
    """ "yesterday" when the text says so, else "today"."""
    return "yesterday" if "yesterday" in text.lower() else "today"


def lookup_request(text: str) -> tuple[str, str | None] | None:
    """(food words, nutrient asked about) for "how much protein in chicken breast", else None."""
    low = clean(text)
    for pattern in LOOKUPS:
        found = pattern.search(low)
        if found:
            food = re.sub(r"^(?:a |an |one |the |some )", "", found.group("food")).strip()
            nutrient = found.groupdict().get("nutrient")
            if food and food not in ("it", "that", "this", "them", "today", "total"):
                return food, _nutrient_name(nutrient)
    return None


def reports_meal(text: str) -> bool:
    """ "I had two eggs and a banana", "log a coffee", "for lunch I ate ..."."""
    return bool(LOG_TRIGGER.search(clean(text)))


def asks_ideas(text: str) -> bool:
    """ "What should I eat for breakfast?", "dinner ideas", "I'm hungry"."""
    return bool(SUGGEST_CUE.search(clean(text)))


def wants_more(text: str) -> bool:
    """ "Any other ideas?", "something different", "more"."""
    return bool(MORE_CUE.search(clean(text)))


def asks_hydration(text: str) -> bool:
    """Questions about water and drinking enough."""
    return bool(HYDRATION_CUE.search(clean(text)))


def asks_needs(text: str) -> str | None:
    """ "How many calories should I eat?", "I want to lose weight": "lose", "gain" or "maintain"."""
    found = NEEDS_CUE.search(clean(text))
    if not found:
        return None
    phrase = found.group(1)
    if re.search(r"lose|loss", phrase):
        return "lose"
    if re.search(r"gain|put on|bulk|build", phrase):
        return "gain"
    return "maintain"


def is_thanks(text: str) -> bool:
    """ "Thanks!", "thank you so much", "great"."""
    return bool(THANKS_CUE.match(clean(text)))


def mentions_training(text: str) -> bool:
    """Workout words: that part belongs to Helios."""
    return bool(WORKOUT_CUE.search(clean(text)))


def _diet_from_clause(clause: str, prefs: dict[str, Any]) -> None:
    if re.search(
        r"\b(no longer|not) (?:a |an )?(vegan|vegetarian|pescatarian)\b|\beat (?:meat|everything) again\b|\bi eat everything\b",
        clause,
    ):
        prefs["diet_type"] = "omnivore"
        return
    found = re.search(
        r"\b(?:i'?m|i am|we'?re|we are|i'?ve (?:gone|become|been)|i went|i became|i follow|i eat|i'?m on|i am on|switch(?:ed|ing)? to|going|gone|become|my diet is)"
        r" (?:now |a |an |fully |strictly |mostly |also |on a |on an |)*(vegan|plant[ -]based|vegetarian|veggie|pescatarian|pescetarian)\b",
        clause,
    )
    if found:
        prefs["diet_type"] = DIETS[found.group(1).replace("-", " ")]


def _allergies(clause: str) -> list[str]:
    items = _listed(ALLERGY_LIST, clause)
    for found in ALLERGY_NOUN.finditer(clause):
        word = found.group("item")
        if word not in NOT_FOODS and word not in ("food", "no", "have", "severe", "mild", "my", "an", "bad", "serious"):
            items.append(word)
    return list(dict.fromkeys(items))


def _listed(pattern: re.Pattern[str], clause: str) -> list[str]:
    """The items of "allergic to peanuts, shellfish and soy" as ["peanuts", "shellfish", "soy"]."""
    items: list[str] = []
    for found in pattern.finditer(clause):
        text = LIST_STOP.split(found.group("items"))[0]
        for part in re.split(r",|\band\b|\bor\b|&|\bnor\b", text):
            words = [w for w in part.strip().split() if w not in NOT_FOODS]
            if words and len(words) <= 3:
                items.append(" ".join(words))
    return items


def _nutrient_name(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    for key, name in (
        ("calor", "kcal"),
        ("kcal", "kcal"),
        ("protein", "protein_g"),
        ("carb", "carbs_g"),
        ("fat", "fat_g"),
        ("fib", "fibre_g"),
    ):
        if word.startswith(key):
            return name
    return None
