"""Changes to the meal ideas just shown, said as people say them: "could you make that one
vegetarian", "my partner doesn't eat chicken", "she's bored of it all already lol. something
sweet for afters?", "and a smoothie recipe, around 600 kcal".

Each is the last ideas request with a changed slot. What someone else at the table doesn't eat
("my partner doesn't eat chicken", "my husband's vegetarian") changes this answer only: it is
not saved as the user's diet unless they ask ("... remember that").

Regexes only at import time: `routing` reads `changes_ideas` to claim these follow-ups, and the
meal parser imports `routing`.
"""

from __future__ import annotations

import re
from typing import Any

_DIETS = r"(vegan|veg[aeiy]?t[aei]r[iy]?[ae]n|veggie|pescatarian|plant[- ]based|meat[- ]free|meatless|gluten[- ]free|dairy[- ]free|lactose[- ]free|without meat|no meat)"
# "could you make that one vegetarian", "can it be vegan?", "same but veggie", "turn them into
# vegetarian ones", "vegetarian version of the second one?", "any way to make it meat-free?"
DIET_MADE = re.compile(
    r"^(?:\w+[,!]? )?(?:(?:just|also|now|then) )?(?:(?:can|could|would|will) (?:you|we|i) |please |pls |any way to |is there a way to |how (?:do|would|could) i |let'?s )?"
    r"(?:(?:make|turn|change|switch|adapt|convert|tweak|do|redo|swap) (?:that|it|this|them|those|these|the (?:\w+ )?(?:one|meal|recipe|idea|dish|ones|meals|ideas|thing|day|plan|menu|lot)|everything|all of (?:it|them))(?: one| lot| meal| recipe| idea| dish| thing| day| plan)? (?:into |to )?(?:an? |the )?"
    r"|(?:can|could|would) (?:that|it|this|they|those|these)(?: one)? (?:be|work) (?:as )?(?:an? )?|same (?:thing |again )?but |same but |"
    r"(?:is there|got|have you got|any chance of|what about|how about) (?:an? |a )?(?=\S+ (?:version|alternative|option|one)))"
    + _DIETS
    + r"(?: (?:version|alternative|option|one|ones|instead|please|pls|for me|for us|too|though|tho|then))*"
    r"(?: of (?:that|it|this|them|those|these|the (?:first|second|third|last)(?: one)?))?\s*[?.!]*$"
)
# "vegetarian version of the second one?", "a vegan take on that?"
DIET_VERSION_OF = re.compile(r"^(?:an? |the )?" + _DIETS + r" (?:version|alternative|take|swap|option)s? (?:of|on) (?:that|it|this|them|those|these|the (?:first|second|third|last)(?: one)?)\s*[?.!]*$")
DIET_WORDS = {
    "veggie": "vegetarian", "meat free": "vegetarian", "meat-free": "vegetarian", "meatless": "vegetarian", "without meat": "vegetarian",
    "no meat": "vegetarian", "plant based": "vegan", "plant-based": "vegan",
}

# Someone else at the table: "my partner", "the kids", "hubby", "my other half".
_WHO = (
    r"(?P<who>(?:(?:my|our) (?:partner|wife|husband|hubby|boyfriend|girlfriend|bf|gf|fiance|fiancee|fiancé|fiancée|other half|flatmate|housemate|roommate|"
    r"son|daughter|kid|kids|child|children|little one|toddler|teen|teenager|mum|mom|mam|dad|mother|father|parents|family|guest|guests|friend|friends|mate|mates|"
    r"sister|brother|nan|gran|grandma|grandad|in-laws|mother-in-law|father-in-law)|the (?:kids|children|family|little ones|guests)|hubby|wifey|(?:he|she|they))"
    r"(?:\s+(?:and|&)\s+(?:(?:my|our|the)\s+)?(?:kids|children|son|daughter|boys|girls|partner|wife|husband|family|mum|mom|dad|friends?))?)"
)
_DOES_NOT = (
    r"(?:'s|'re| is| are)?\s*(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|can not|never|refuses? to|isn'?t (?:a fan of|keen on|into|big on)|"
    r"aren'?t (?:fans of|keen on|into)|is not (?:a fan of|keen on)|not (?:a fan of|keen on|into|big on)|hates?|dislikes?|can'?t stand|is off|are off|has gone off|"
    r"(?:is|are) (?:allergic|intolerant) to)"
    r"(?: (?:really|actually|even|ever|eat|like|have|touch|do|stand|eat any|like any|eat anything with|have any))*"
)
# Said late, before who it is about: "oh wait she's vegetarian", "I should have said, she is vegetarian".
_SAID_LATE = (
    r"(?:wait|sorry|oops|actually|hang on|one more thing|i forgot(?: to (?:say|mention|tell you))?|forgot to (?:say|mention)|"
    r"i should(?: have|'ve|ve| of) (?:said|mentioned|told you)|i meant to (?:say|mention))[,!.:]?\s+"
)
THEIR_DISLIKE = re.compile(
    r"^(?:(?:oh|but|and|also|btw|fyi|though|hmm+|ah|ok|okay|just so you know|sadly|unfortunately|although)[,!]?\s+|" + _SAID_LATE + r")*" + _WHO
    + r"(?:\s+(?:also|really|just|still|actually|never|honestly))?" + _DOES_NOT
    + r"\s+(?P<items>[a-z][a-z ,&'/-]*?)(?:\s+(?:either|at all|though|tho|anymore|any more|lol|haha|sadly|unfortunately|really|so|btw))*"
    r"(?:[,.!]\s*(?P<remember>(?:please |can you |could you )?(?:remember|save|note|keep in mind|from now on)[a-z ,'!]*))?\s*[?.!]*$"
)
THEIR_DIET = re.compile(
    r"^(?:(?:oh|but|and|also|btw|fyi|though|hmm+|ah|ok|okay|just so you know)[,!]?\s+|" + _SAID_LATE + r")*" + _WHO
    + r"(?:'s|s|'re| is| are| has gone| went| just went| eats?| only eats?)\s+(?:a |an |fully |strictly |now |also )*" + _DIETS.replace("(", "(?P<diet>", 1)
    + r"(?:\s+(?:now|too|though|tho|btw|lol|these days))*(?:[,.!]\s*(?P<remember>(?:please |can you |could you )?(?:remember|save|note|keep in mind|from now on)[a-z ,'!]*))?\s*[?.!]*$"
)
# A request said after the dislike, which the diet statements and the ideas follow-up read.
ASKS_TOO = re.compile(r"\b(?:something|anything|ideas?|recipes?|options?|what|how|can|could|any|maybe|instead|with|please|pls)\b")
# Where the list of foods ends and the sentence goes on: "fish, we share the lunches".
CLAUSE_AFTER = re.compile(r",?\s+(?=(?:we|i|you|he|she|they|it|so|but|because|cos|as|since|which|who|when|if|is|are|was|does|do|can|should|would|will)\b)")
MEAT_WORDS = frozenset({"meat", "any meat", "meat at all", "animal products"})
FISH_AND_MEAT = frozenset({"meat or fish", "meat and fish", "meat or seafood", "fish or meat"})

# Chatter before the request in a longer message: "she's bored of it all already lol. something sweet for afters?"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s+(?:lol|haha|lmao)[.!]*\s+")
BORED = re.compile(r"\b(?:bored (?:of|with)|sick of|fed up (?:of|with)|tired of|had enough of|over) (?:it|it all|them|those|these|that|the lot|everything)\b")
MAX_CHATTER_WORDS = 14

# A meal's energy asked with a follow-up: "and a smoothie recipe, around 600 kcal".
MEAL_KCAL = re.compile(
    r"\b(?:around|about|under|below|less than|roughly|approx(?:imately)?|max|up to|no more than|at most|~|of|at|with)?\s*"
    r"(\d{3}|\d,\d{3}|\d{4})\s*(?:k?cals?|calories?|kcal)\b(?!\s*(?:a|per|each|every) (?:day|week)|\s*daily|\s*(?:left|remaining|to go))"
)
MIN_MEAL_KCAL, MAX_MEAL_KCAL = 100, 2000


def _diet_word(said: str) -> str:
    """A diet as said ("veggie", "meat-free", "vegitarian") as `suggest_meals` names it."""
    word = said.replace("-", " ")
    if re.fullmatch(r"veg[aeiy]?t[aei]r[iy]?[ae]n", word):
        return "vegetarian"
    return DIET_WORDS.get(word, word)


def diet_asked(low: str) -> str | None:
    """The diet a change to the last ideas asks for ("make that one vegetarian"), as a
    `suggest_meals` diet or "gluten_free"/"lactose_free"; None when it asks none."""
    found = DIET_MADE.match(low) or DIET_VERSION_OF.match(low)
    if found is None:
        return None
    word = found.group(1).replace("-", " ")
    if word in ("gluten free", "dairy free", "lactose free"):
        return word.replace(" ", "_").replace("dairy", "lactose")
    return _diet_word(word)


def someone_elses(low: str) -> dict[str, Any] | None:
    """What someone else at the table doesn't eat, said after ideas: {"who", "exclude" or
    "diet", "remember"}; None when the message says no such thing."""
    if (diet := THEIR_DIET.match(low)) is not None:
        word = diet.group("diet").replace("-", " ")
        if word in ("gluten free", "dairy free", "lactose free"):
            return None  # a medical diet of someone else's: the diet statements read it
        return {"who": _who(diet.group("who")), "diet": _diet_word(word), "remember": bool(diet.group("remember"))}
    found = THEIR_DISLIKE.match(low)
    if found is None:
        return None
    listed = CLAUSE_AFTER.split(found.group("items"))[0]  # "fish, we share the lunches": the fish
    if ASKS_TOO.search(listed):
        return None  # "he's not a fan of fish, something with chicken?": a wish of its own follows
    items = [item.strip() for item in re.split(r",|\band\b|\bor\b|&|/", listed) if item.strip()]
    items = [re.sub(r"^(?:any|the|a|an|much|eating|some)\s+", "", item) for item in items]
    items = [item for item in items if item and item not in ("it", "that", "this", "them", "those", "these", "anything", "much", "stuff", "food")]
    from agenthost_ceres.diet_statements import names_a_food  # imported late: it loads the food table

    if not items or not all(names_a_food(item) or item in MEAT_WORDS or item in FISH_AND_MEAT for item in items):
        return None  # "my partner doesn't like spicy food": no food of the table to leave out
    said = {"who": _who(found.group("who")), "remember": bool(found.group("remember"))}
    joined = " or ".join(items)
    if joined in FISH_AND_MEAT:
        return {**said, "diet": "vegetarian"}
    if joined in MEAT_WORDS or items == ["meat"]:
        return {**said, "diet": "vegetarian"}
    return {**said, "exclude": items}


def _who(said: str) -> str:
    """ "my partner" -> "your partner", "the kids" -> "the kids", "she" -> "she"."""
    return re.sub(r"^(?:my|our)\b", "your", said)


def request_part(text: str) -> tuple[str, str] | None:
    """(the last sentence, the chatter before it) of a longer message whose earlier sentences
    ask nothing ("she's bored of it all already lol. something sweet for afters?"); None for a
    message of one sentence, or one whose earlier sentence is a question of its own ("and after
    the gym? I used to have a shake")."""
    parts = [part for part in SENTENCE_END.split(text.strip()) if part.strip()]
    if len(parts) < 2:
        return None
    chatter = " ".join(parts[:-1])
    if len(chatter.split()) > MAX_CHATTER_WORDS or "?" in chatter:
        return None
    return parts[-1].strip(), chatter


def tired_of_them(chatter: str) -> bool:
    """True when the chatter says they are tired of the ideas ("she's bored of it all")."""
    return bool(BORED.search(chatter.lower()))


def meal_kcal_asked(low: str) -> int | None:
    """The energy asked for one meal or snack ("around 600 kcal"), within sensible bounds."""
    found = MEAL_KCAL.search(low)
    if found is None:
        return None
    value = int(found.group(1).replace(",", ""))
    return value if MIN_MEAL_KCAL <= value <= MAX_MEAL_KCAL else None


def changes_ideas(said: str) -> bool:
    """True when `said` (lower case) changes the ideas just shown: a diet for them, what someone
    at the table doesn't eat, or (after chatter) a short wish of its own. Read by routing."""
    tail = request_part(said)
    last = tail[0] if tail else said
    return bool(diet_asked(last) or someone_elses(last) or (tail and len(last.split()) <= 8 and WISH.search(last)))


# A short wish for other ideas: "something sweet for afters?", "any dessert?", "a smoothie?".
WISH = re.compile(
    r"^(?:and |what about |how about |maybe |ok |okay |so |but )*(?:something|anything|any|some|an? |ideas? for|options? for)\b"
    r"|\b(?:for (?:afters|pudding|dessert|after)|sweet|savoury|savory|smoothie|dessert|pudding|treat|snack)\b"
)
