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
    return None


def _starts_asking(clause: str) -> bool:
    """Whether `clause` opens with a question ("is that ok", "how much protein was that")."""
    found = ASKING_CLAUSE.match(clause)
    return found is not None or bool(intents.QUESTION_START.match(intents.clean(clause)))
