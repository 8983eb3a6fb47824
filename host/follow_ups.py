"""Does a message lean on the conversation? The router's memory rule asks this when no agent
claims a message confidently, to keep a follow-up with the agent that answered last instead of
sending it to the fallback agent, which cannot change another agent's answer.

Three signs, from strongest to weakest claim on brevity:
- it opens like a follow-up ("and for lunch?", "why?", "make it 3 days", "ok fine, half a tube");
- it points back at what was said ("a few of those", "something sweet too", "any tips though?",
  "can you move it?", "oops, 800 metres", "what's a good weight to start with"), or puts a
  limit on it ("I'm a student so like £25 a week max", "budget is tight tho", "how do I get
  there without ...", "only got 10 minutes");
- it shares a content word with the last answer ("how do I know if I'm drinking enough?" after
  an answer about drinking around training).
A message some agent claims is not a follow-up by these signs: the router scores it as usual.

`asks` says whether a message is a question when it ends in an emoji, "lol", "pls", "??" or "..."
instead of a plain "?"; `without_tail` is the message without them. General reads its messages
with both, so every place that asks "is this a question?" reads those endings alike.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from host.text import per_turn, tokenise

if TYPE_CHECKING:
    from host.safety.prefilter import Prefilter

FOLLOW_UP_MAX_WORDS = 8  # a message opening like a follow-up that some agent weakly claims
POINTS_BACK_MAX_WORDS = 18  # an unclaimed message longer than this is a new subject, not a reply

FOLLOW_UP_START = re.compile(
    # after an interjection too: "oh and yesterday I had ...", "ah also ..."
    r"^\s*(?:(?:oh|ah|um+|uh+|oops|wait|hm+)\b[\s,.!]*)?(and|also|what about|how about|wh?at about|then|so|but|why|more|another|instead|make it|what if|ok|okay|"
    r"how (long|soon|often|many|much)|is (it|that)|does (it|that)|can i|should i|actually|"
    # an edit of what was just logged or offered: "remove the açaí", "undo the last one", "swap the rice"
    r"remove|delete|undo|take (off|out)|swap|replace)\b",
    re.IGNORECASE,
)
# Openings and words that point back at the last answer, wherever they stand in the message.
POINTS_BACK = re.compile(
    r"^\s*(?:nice|cool|great|thanks|cheers|wait|hmm+|yeah|yes|no|nah|sure|right|fine|perfect|sounds good)\b"
    r"|\b(?:those|these|them|this one|too|though|instead|again|btw|as well|either|like that|the same|"
    r"can we|could we|can you|could you)\b"
    # "it" and "that" only where they stand for something said: "move it", "it was", not "it is nice"
    r"|\b(?:move|make|change|do|log|fix|undo|remove|delete|swap|put|take|add|keep|drop|skip|try|cut|have)\s+(?:it|that)\b"
    r"|\b(?:it|that)\s+(?:was|were|came|went|felt|got|did|does)\b"
    # a correction of what was just said or logged: "oops the rows were 55kg not 50", "sorry, 800 metres"
    r"|\b(?:oops|whoops|sorry|my bad|i meant|i mean|meant|typo|scratch that|correction|wrong)\b|\bnot \d"
    # a check of something said ("my daughter says tinned tuna is fine, is that right?")
    r"|\b(?:is|was|isn'?t) (?:that|it|this|she|he) (?:right|true|correct|ok|okay|fine|safe|a myth)\b"
    # ends on a word standing for what was said: "roughly how many km is that", "am I overdoing it"
    r"|\b(?:it|that|this|them|those)\W*$"
    # a person named before: "what could she have after practice?"
    r"|\b(?:she|he|her|him)\b"
    # a comparison with what was offered, "than" left out: "something smaller?", "shorter version please"
    r"|^(?!.*\bthan\b).*\b(?:smaller|bigger|shorter|longer|quicker|easier|harder|lighter|heavier|cheaper|simpler)\b"
    # the user's own record so far: "weekly summary pls", "what've I done this week"
    r"|\b(?:summary|recap|so far)\b|\bwhat(?:'ve|\s+have|\s+did)\s+i\s+(?:done|did|do)\b"
    # a limit put on what was just offered: money ("£25 a week max", "budget is tight tho"), who
    # it is for ("for both of us"), what to do without, the time there is ("only got 10 minutes")
    r"|[£$€]\s?\d|\b\d+\s?(?:quid|bucks|dollars|euros|p)\b|\b(?:budget|afford|skint|broke|pricey|expensive|max|tops|at most)\b"
    r"|\b(?:tho|tbh)\b|\bfor (?:both of us|the two of us|two of us|us both|two|the family|my family|the kids|my kids|all of us)\b"
    r"|\bwithout\b|\bget there\b|\b(?:only|just) (?:got|have|had)\b|\bno time\b|\bin a rush\b"
    r"|\b(?:do ?n[o']?t|doesn'?t|haven'?t|can'?t|cannot) (?:have|got|own|afford|use|stand)\b",
    re.IGNORECASE,
)
# A question left as a bare noun phrase after what was said: "..., petrol station options?",
# "..., something smaller?" (not "what is ...?": a question word opens a question of its own).
ELLIPTICAL = re.compile(
    r"(?:^|[,.;:!-]\s*)(?!(?:what|who|where|when|which|why|how|is|are|was|were|can|could|do|does|did|will|would|should)\b)"
    r"[a-z][\w'-]*(?:\s+[\w'-]+){0,3}\s*\?\s*$",
    re.IGNORECASE,
)
# A question ending on its preposition, whose object is what was just said: "what's a good weight
# to start with", "which should I go for", "what can I swap it for".
DANGLING = re.compile(
    r"^\s*(?:what|whats|what's|which|how much|how many|who)\b(?:\s+[\w'-]+){1,10}?\s+(?:with|for|on|at|to|from|about|of)\s*\??\s*$",
    re.IGNORECASE,
)
ABOUT_US = re.compile(r"\b(?:i|i'?d|i'?m|me|my|we|us|our|you|one|ones)\b", re.IGNORECASE)
QUESTION_OPENING = re.compile(r"^\s*(?:what|whats|what's|which|how|hows|how's|any|anything|can|could|should|is|are|do|does)\b", re.IGNORECASE)
# A question this short that no agent has any claim on ("how long?", "total so far?", "what
# dip could I make?") leans on the conversation.
BARE_MAX_WORDS = 6
BARE_QUESTION_MAX_WORDS = 4  # ... or this short when it opens like a question, "?" or not

# Words too common to show two messages share a subject (function words, chat words, time words).
COMMON_WORDS = frozenset(
    ["about", "above", "after", "again", "against", "also", "always", "anything", "around", "because", "been", "before", "being", "below", "best", "better", "between", "both", "cant", "could", "couldnt", "didnt", "does", "doesnt", "doing", "done", "dont", "down", "during", "each", "else", "enough", "even", "ever", "every", "from", "further", "good", "great", "have", "having", "here", "hers", "herself", "himself", "into", "just", "know", "like", "lots", "maybe", "might", "more", "most", "much", "must", "need", "never", "next", "nice", "okay", "once", "only", "other", "ought", "over", "please", "pretty", "quite", "rather", "really", "same", "should", "shouldnt", "some", "something", "still", "such", "sure", "than", "thank", "thanks", "that", "thats", "their", "theirs", "them", "then", "there", "these", "they", "thing", "things", "think", "this", "those", "though", "through", "today", "tomorrow", "yesterday", "tonight", "morning", "evening", "night", "week", "weeks", "month", "time", "times", "under", "until", "very", "want", "wants", "what", "whats", "when", "where", "which", "while", "whom", "whose", "will", "with", "would", "wouldnt", "your", "yours", "yourself", "youre", "going", "gonna", "wanna", "getting", "make", "makes", "made", "take", "tell", "give", "help", "thing", "yeah", "yes", "cool", "alright", "actually", "also", "usually", "maybe", "ever", "every", "anyone", "someone", "everyone", "people", "person", "work", "works"]
)
STEM = 5  # letters compared: "drinking" and "drink", "hydrate" and "hydration" share a subject

# What people put after a question, beside its "?" or in its place: an emoji ("😴", ":)"), a
# chat word ("lol", "pls", "tho"; not "thx", a message of its own), trailing dots ("...", "…") and repeated marks ("??", "?!").
_TAIL_WORDS = r"lol+|lmao|lmfao|rofl|haha+|hehe+|ha|xd|pls|plz|plse|please|tho|though|tbh|idk|:-?[()dp/]|;-?\)|<3"
TAIL = re.compile(rf"(?:[\s,]*(?:(?<![\w'])(?:{_TAIL_WORDS})(?![\w'])|\.{{2,}}|…|[?!]+|[^\w\s\x00-\x7f]))+\s*$", re.IGNORECASE)
# A question's opening words, which with a tail ("is 6 hours enough lol") stand for its "?".
ASKING_OPENING = re.compile(
    r"^\W*(?:what|whats|what's|who|whos|who's|how|hows|how's|why|when|where|which|can|could|should|would|will|do|does|did|"
    r"is|are|am|was|were|any|anyone|anything|hw|wat|wht|shud|cn)\b",
    re.IGNORECASE,
)


# Every ASCII character a tail can hold (a superset: all of _TAIL_WORDS' characters in both
# cases, the separators and marks); any other ASCII character ends it, and non-ASCII ones may
# be in it (emoji, "…", other spaces).
_TAIL_ASCII = "".join(sorted({*_TAIL_WORDS.lower(), *_TAIL_WORDS.upper(), *",.?!", *(chr(c) for c in range(128) if chr(c).isspace())}))


def _tail_region(text: str) -> int:
    """Where the last run of characters a tail can hold begins in `text`: no tail starts before."""
    end = len(text)
    while True:
        end = len(text[:end].rstrip(_TAIL_ASCII))
        if end == 0 or text[end - 1].isascii():
            return end
        end -= 1


@per_turn
def _split_tail(message: str) -> tuple[str, str]:
    """`message` as its body and the tail trailing it (both stripped); no body, no tail.
    Once a turn: `leans_on` asks `without_tail` and `asks` of the same message, and the
    search tried TAIL's alternation at every position (about 4 us a message); it starts where
    a tail can begin (its lookbehind still sees the character before)."""
    text = message.strip()
    match = TAIL.search(text, _tail_region(text))
    if match is None or match.start() == 0:
        return text, ""
    return text[: match.start()].rstrip(), match.group(0).strip()


def without_tail(message: str) -> str:
    """`message` without the emoji, chat words and dots trailing it ("how much sleep do I need 😴"
    -> "how much sleep do I need", "is 6 hours enough lol" -> "is 6 hours enough"), a "?" among
    them kept once ("enough?? 😴" -> "enough?"). A message made only of them is left as it is."""
    body, tail = _split_tail(message)
    return body + "?" if "?" in tail else body


def asks(message: str) -> bool:
    """Whether `message` ends as a question: on "?" once the tail after it is set aside ("any
    tips?? 😅"), or with a tail standing for the "?" after a question's opening ("is 6 hours
    enough lol", "can you help me pls", "are naps bad for you..."); "!" alone stands for no "?"
    ("how cool is that!")."""
    body, tail = _split_tail(message)
    if "?" in tail or body.endswith("?"):
        return True
    return bool(tail.replace("!", "").strip()) and ASKING_OPENING.match(body) is not None


def leans_on(message: str, *, claimed: bool, last_answer: str | None) -> bool:
    """Whether `message` is a follow-up to `last_answer` (the previous agent's reply).

    `claimed` is whether some agent gave the message any claim at all: a weakly claimed message
    needs a short follow-up opening; an unclaimed one may point back or share the subject."""
    count = len(tokenise(without_tail(message)))  # "lol", "pls" or an emoji makes no message longer
    if FOLLOW_UP_START.match(message) and (count <= FOLLOW_UP_MAX_WORDS or not claimed):
        return True
    if claimed:
        return False
    if _mostly_foreign(message):
        # "Mas eu sou atleta ... só quero saber how many rounds should I fazer": no agent reads
        # this language well enough to claim it; the conversation says what it is about
        return True
    asking = asks(message)
    if count <= BARE_MAX_WORDS and (asking or "?" in message):
        # "how long?", "pwede ba lugaw? or champorado": a question this short is about what was said
        return True
    if count <= BARE_QUESTION_MAX_WORDS and QUESTION_OPENING.match(message):
        # "is biltong ok", "any good brands": a question this short, "?" or not, asks about what was said
        return True
    if count <= FOLLOW_UP_MAX_WORDS and QUESTION_OPENING.match(message) and ABOUT_US.search(message):
        # "whats a low cal sauce i could make" after dinner ideas: a short question for the user's
        # own case, "?" or not ("what is the capital of Peru" is a new subject)
        return True
    if count > POINTS_BACK_MAX_WORDS:
        return False
    # ELLIPTICAL ends on "?" (then whitespace at most): read on the message without its tail
    # ("something smaller? lol"), and only for a message that asks.
    return _points_back(message) or asking and bool(ELLIPTICAL.search(without_tail(message))) or bool(DANGLING.search(message)) or shares_subject(message, last_answer or "")


FOREIGN_SHARE = 0.5  # of a message's words not English (names and numbers aside) for it to be read as another language
FOREIGN_MIN_WORDS = 4


def _mostly_foreign(message: str) -> bool:
    """Whether most of `message`'s words are no English words (`host.typos.english_words`)."""
    from host.typos import english_words  # on first use: the word list is read once

    words = [word for word in tokenise(message) if word.isalpha() and len(word) > 1]
    if len(words) < FOREIGN_MIN_WORDS:
        return False
    known = english_words()
    return sum(word not in known for word in words) / len(words) >= FOREIGN_SHARE


def _points_back(message: str) -> bool:
    """`POINTS_BACK.search(message)`, with RE2's linear look first on ASCII text, exact there
    (`host.safety.prefilter`): Python's scan tried its alternation at every position, 20-40 us a
    message the router could not place."""
    first_look = _points_back_first_look()
    if message.isascii() and first_look is not None and not first_look.could_match(message):
        return False
    return POINTS_BACK.search(message) is not None


@cache
def _points_back_first_look() -> Prefilter | None:
    from host.safety.prefilter import prefilter  # on first use: host.safety imports the router

    return prefilter(f"(?i:{POINTS_BACK.pattern})")


def shares_subject(message: str, answer: str) -> bool:
    """Whether `message` names something `answer` talked about (a content word in common)."""
    wanted = _subject_stems(message)
    return bool(wanted) and not wanted.isdisjoint(_subject_stems(answer))


def last_answer(history: list[dict[str, Any]], agent: str) -> str | None:
    """The text of `agent`'s most recent answer in `history`."""
    for record in reversed(history):
        if record.get("role") == "assistant" and record.get("agent") == agent:
            text = record.get("text")
            return text if isinstance(text, str) else None
    return None


def _subject_stems(text: str) -> set[str]:
    return {_singular(word)[:STEM] for word in tokenise(text) if len(word) >= 4 and word.isalpha() and word not in COMMON_WORDS}


def _singular(word: str) -> str:
    """"cakes" -> "cake", "sessions" -> "session"; "glass" and "this" stay."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


__all__ = ["asks", "last_answer", "leans_on", "shares_subject", "without_tail"]
