"""A meal eaten and a question about it in one message: "had a bagel with cream cheese for
breakfast, is that ok?", "I just ate 2 eggs and toast, how much protein was that?", "had a big
mac and fries for lunch, what should I have for dinner?", "ate a whole pizza lol, how bad is that 😅".

The message is cut where the question starts: the meal before it is logged, and the question is
then answered as if it had followed the log (so "that" is the meal just logged, and dinner ideas
know what the day already holds).
"""

from __future__ import annotations

import re

from agenthost_ceres import intents
from agenthost_ceres.beside import EATEN
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.question import ASKING_CLAUSE, asks, core

# Where a clause may start: after punctuation or a dash ("ate a whole pizza lol, how bad is that").
CLAUSE_BREAK = re.compile(r"(?<=[,.;!?])\s+|\s+[-–—]\s+|\s*\n+\s*")
# Small words before the question itself: "lol, so how bad is that", "ok and is that enough protein".
LEAD_IN = re.compile(r"^(?:(?:lol|haha|ok|okay|so|and|but|also|anyway|hmm|honestly|be honest|tbh)\W+)+", re.IGNORECASE)
# Plans, not a meal eaten: "gonna have a pizza, how many calories?".
PLANNED = re.compile(r"\b(?:gonna|going to|planning|about to|thinking of|want to|wanna|should i|can i|could i|tomorrow|tonight i'?ll)\b", re.IGNORECASE)
# A reaction or purging beside the meal: the guard's and the allergy answers' business, nothing to log here.
REACTION = re.compile(
    r"\b(?:swell\w*|swollen|hives|rash|itch\w*|throat|breath\w*|threw up|throw up|vomit\w*|sick|purg\w*|made myself|allergic reaction|epipen|tingl\w*)\b",
    re.IGNORECASE,
)


def meal_and_question(text: str) -> tuple[str, str] | None:
    """(the meal as said, the question as said) when `text` tells a meal eaten and then asks
    about it or the day; None when it does not (one of them alone, or a meal not the user's)."""
    if REACTION.search(text) or not asks(text):
        return None
    parts = [part for part in CLAUSE_BREAK.split(text.strip()) if part.strip()]
    for n in range(1, len(parts)):
        asked = LEAD_IN.sub("", parts[n])
        if not _starts_asking(asked):
            continue
        meal = core(" ".join(parts[:n])).rstrip(" ,;:-–—")
        question = " ".join([asked, *parts[n + 1 :]]).strip()
        if intents.is_question(meal) or PLANNED.search(meal) or not (intents.reports_meal(meal) or EATEN.search(intents.clean(meal))):
            return None  # "what did I have, is that ok?": no meal told before the question
        if not parse_meal(meal, load_table()).items:
            return None  # "had a rough day, what should I eat?": nothing eaten to log
        return meal, question
    return _question_then_meal(parts)


# The food a meal told after a question points back to: "is pasta healthy? had a bowl of it".
POINTS_BACK = re.compile(r"\b(?:it|them|one|some|those|that|these)\b(?!\s+(?:was|is|were|are)\b)")
# How often, not a meal: "no eggs, had them all week", "i had loads this week", "I eat it every day".
OFTEN = re.compile(
    r"\b(?:all|the whole|every|each) (?:week|month|day|morning|night|evening|weekend)\b|\bthis (?:week|month)\b|\b(?:everyday|lately|recently|always|usually|normally|"
    r"all the time|loads|so much|so many|too much|too many|a lot|every ?time|used to|these days)\b"
)
NUTRIENT_WORDS = frozenset({"sugar", "sugars", "salt", "fat", "fats", "protein", "carbs", "fibre", "fiber", "caffeine", "sodium", "calories"})
# An amount eaten with no food after it: "i just ate two", "I had 200g for breakfast", "drank a 500ml bottle".
_MEASURE = r"g|grams?|ml|cl|l|kg|oz|cups?|slices?|pieces?|bowls?|glass(?:es)?|cans?|bottles?|mugs?|pints?|plates?|portions?|servings?|handfuls?|scoops?"
AMOUNT_ALONE = re.compile(
    r"\b(?:had|ate|eaten|drank|drunk|finished|got through|scoffed|polished off)\s+(?:just\s+|like\s+|about\s+)?"
    r"(?:a couple|a few|an?|one|two|three|four|five|six|half|\d+(?:\.\d+)?)(?:\s*(?:\d+(?:\.\d+)?\s*)?(?P<unit>" + _MEASURE + r")\b)*"
    r"(?=\s+(?:with|for|at|this|today|yesterday|earlier|last|in|on|and|so|too|as|before|after)\b|\s*[,.!]*\s*$)"
)


def _question_then_meal(parts: list[str]) -> tuple[str, str] | None:
    """(the meal, the question) when the question comes first: "how much protein in chicken? I had
    200g chicken for lunch", "is pasta healthy? had a bowl of it for lunch", "how many calories in a
    banana, i just ate two". The food the question names fills in a meal that points back at it."""
    for n in range(1, len(parts)):
        asked = LEAD_IN.sub("", parts[0])
        if not _starts_asking(asked) and not parts[n - 1].rstrip().endswith("?"):
            return None
        meal = core(" ".join(parts[n:])).rstrip(" ,;:-–—.!")
        question = " ".join(parts[:n]).strip()
        if asks(meal) or PLANNED.search(meal) or REACTION.search(meal) or OFTEN.search(meal) or not (intents.reports_meal(meal) or EATEN.search(intents.clean(meal))):
            continue
        named = [item for item in parse_meal(question, load_table()).items if item.said not in NUTRIENT_WORDS]  # "how much sugar in coke?": the coke
        eaten = parse_meal(meal, load_table()).items
        if len(named) == 1 and named[0].food.id not in {item.food.id for item in eaten}:
            food = named[0].said
            if POINTS_BACK.search(meal):
                meal = POINTS_BACK.sub(food, meal, count=1)  # "had a bowl of it for lunch": of the pasta asked about
            elif (amount := AMOUNT_ALONE.search(meal)) is not None:
                joint = " of " if amount.group("unit") else " "
                meal = f"{meal[: amount.end()]}{joint}{food}{meal[amount.end():]}"  # "i just ate two", "I had 200g for breakfast": of the food asked about
        if not parse_meal(meal, load_table()).items:
            continue
        return meal, question
    return None


def _starts_asking(clause: str) -> bool:
    """Whether `clause` opens with a question ("is that ok", "how much protein was that")."""
    found = ASKING_CLAUSE.match(clause)
    return found is not None or bool(intents.QUESTION_START.match(intents.clean(clause)))
