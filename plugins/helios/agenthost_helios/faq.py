"""Everyday training questions and their curated answers (`data/faq.json`), each with its
source (WHO 2020, ACSM position stands, CDC, ...): "should I stretch before running?", "how
many rest days do I need?", "is walking enough?". Written by people from those sources, not by
a model; the answer says what the source supports and names it."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from importlib import resources

from attrs import frozen

from agenthost_helios import parse

if TYPE_CHECKING:
    from host.safety.prefilter import PrefilterSet


@frozen
class Answer:
    """One curated answer: what it is about, when it applies, the text and its source; the
    short verdict for a yes/no question, the reasoning "why?" gets, and answers to follow-up
    questions within the topic (`more`: patterns and text)."""

    id: str
    topic: str
    patterns: tuple[re.Pattern[str], ...]
    answer: str
    source: str
    about_weight: bool = False
    subject: re.Pattern[str] | None = None  # when set, the question must name it too ("on training days" + water)
    unless: re.Pattern[str] | None = None  # when it matches, the question is about something else (food on rest days)
    verdict: str | None = None
    why: str | None = None
    more: tuple[tuple[tuple[re.Pattern[str], ...], str], ...] = ()
    # Answers whose patterns a follow-up to this one may also match ("when can I run again?" after
    # the post-race answer is its follow-up, not the one on training sore muscles again)
    overrides: frozenset[str] = frozenset()

    matcher: re.Pattern[str] = re.compile(r"(?!)")  # all of `patterns` as one regex: one search, not one each

    def reply(self, question: str) -> str:
        """The answer as a reply to `question`: the verdict first when it is a yes/no question."""
        if self.verdict and is_yes_no(question):
            return f"{self.verdict} {self.answer}"
        return self.answer[:1].upper() + self.answer[1:]

    def follow_up(self, question: str) -> tuple[str, str] | None:
        """The answer to a follow-up question within this topic ("how long?") and its source, or
        None. A follow-up may point to another entry ("see": "hiit"): that entry's answer and source."""
        text = _prepare(question)
        found = next((answer for patterns, answer in self.more if any(p.search(text) for p in patterns)), None)
        if found is None and self.id not in AGE_ANSWERS and _AGE_FOLLOW_UP.search(text):
            found = "see:older_adults"  # "what if I'm over 60?" after the asthma answer: the later-life advice
        if found and found.startswith("see:"):
            other = by_id(found[4:])
            return (other.reply(question), other.source) if other is not None else None
        return (found, self.source) if found else None

    @property
    def reason(self) -> str:
        """What "why?" answers after this one: the reasoning and the source."""
        if self.why:
            return f"{self.why} (Source: {self.source}.)"
        return f"That answer comes from {self.source}."


# "what if I'm over 60?", "and for someone in their 70s?", "does that change at my age?" after
# an answer that says nothing of age: the later-life answer (WHO: the same, plus balance from 65)
_AGE_FOLLOW_UP = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|what|how)\W+)*(?:(?:what|how) about|what if|if|and if|for|does (?:that|it|this) change)\b.{0,25}"
    r"\b(?:over|past|aged?|at|in (?:my|his|her|their)) ?(?:[6-9]\d|[6-9]0s|sixties|seventies|eighties|my age|(?:an )?older (?:person|people|adults?))\b"
    r"|^\W*(?:and |what about |what if )?(?:i'?m|im|i am|she'?s|he'?s|shes|hes) (?:[6-9]\d|older)\W*$"
)
# Answers for a condition told with a wish to start running: the condition's advice leads, and
# the beginner's running plan is named after it
CONDITION_ANSWERS = frozenset({"asthma_exercise", "diabetes_exercise", "type1_exercise", "after_covid", "lifting_blood_pressure"})
START_RUNNING_LINE = "To start running, the NHS Couch to 5K builds from one-minute jogs to 30 minutes in 9 weeks: say “couch to 5k plan” and I'll lay it out."
AGE_ANSWERS = frozenset({"older_adults", "balance", "bone_health", "kids_fitness", "teen_lifting", "teen_activity"})


@cache
def answers() -> tuple[Answer, ...]:
    """Every curated answer, in the file's order (the order they are tried in)."""
    raw = json.loads(resources.files("agenthost_helios").joinpath("data/faq.json").read_text("utf-8"))
    return tuple(
        Answer(
            id=entry["id"],
            topic=entry["topic"],
            patterns=tuple(re.compile(p) for p in entry["patterns"]),
            answer=entry["answer"],
            source=entry["source"],
            about_weight=bool(entry.get("weight")),
            subject=re.compile(entry["subject"]) if entry.get("subject") else None,
            unless=re.compile(entry["unless"]) if entry.get("unless") else None,
            verdict=entry.get("verdict"),
            why=entry.get("why"),
            matcher=re.compile("|".join(f"(?:{p})" for p in entry["patterns"])),
            overrides=frozenset(entry.get("overrides", ())),
            more=tuple(
                (tuple(re.compile(p) for p in extra["patterns"]), extra.get("answer") or f"see:{extra['see']}")
                for extra in entry.get("more", [])
            ),
        )
        for entry in raw["entries"]
    )


# A condition said to be absent: "no heart problems or anything", "never had any heart issues",
# "nothing wrong with her heart": not that condition
NEGATED_CONDITION = re.compile(
    r"\b(?:no|not any|without|never had|never had any|free of|no history of|no known|nothing wrong with (?:his|her|their|my|the|your)?)\s+"
    r"(?:(?:any|known|other|real|serious|major)\s+)?(?:heart|cardiac)(?:\s+(?:problems?|issues?|conditions?|disease|trouble))?\b"
)


# Signs said to be absent: "no chest pain and no dizziness when I run, just want a faster 5k", "I
# don't get dizzy or faint": the question is about something else, not those signs
_SIGN = (
    r"(?:(?:any|real|bad)\s+)?(?:dizz\w*|faint\w*|light ?headed\w*|chest (?:pain|tightness|pressure)|"
    r"palpitations?|breathless\w*|short(?:ness)? of breath|nause\w*|headaches?|pain|injur(?:y|ies))"
)
NEGATED_SIGN = re.compile(
    rf"\b(?:no|without|nor|never (?:had|get|got|have|feel)|(?:do|did|does)\s?n?t (?:have|get|feel)|"
    rf"(?:havent|have not) (?:had|got)|not (?:had|getting|feeling))\s+{_SIGN}"
    rf"(?:\s*(?:,|and|or|nor)\s+(?:no\s+|any\s+)?{_SIGN})*\b"
)


def without_absent_signs(message: str) -> str:
    """`message` without the signs it says are absent ("no chest pain and no dizziness when I run,
    just want a faster 5k" -> "when I run, just want a faster 5k"), for reading what it asks."""
    text = message.lower().replace("\u2019", "'").replace("'", "")
    return NEGATED_SIGN.sub(" ", text).strip() if NEGATED_SIGN.search(text) else message


def _prepare(message: str) -> str:
    return parse.prepare(message).replace("'", "")


_YES_NO = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|hmm|also|then|well|wait)\W+)*"
    r"(do|does|did|is|are|was|should|shall|can|could|will|would|must|am|have|has|need)\b"
)


def is_yes_no(question: str) -> bool:
    """"Do I really need to warm up?" (yes or no), not "should I stretch before or after?"."""
    text = _prepare(question)
    return bool(_YES_NO.search(text)) and not re.search(r"\bor\b", text)


@lru_cache(maxsize=1024)
def find(message: str, weight_topics: bool = True) -> Answer | None:
    """The answer for the question in `message`, or None. `weight_topics=False` skips the
    answers about losing weight (while the guard has flagged an eating disorder). When several
    answers' patterns match, the one whose topic the question names wins ("how long should I
    rest between sets to build muscle?" is about rest between sets, not how often to train a
    muscle); the file's order breaks ties. Cached per message: routing and the reply both ask."""
    text = NEGATED_SIGN.sub(" ", _prepare(message))
    possible = _first_look().could_match(text)
    every = answers()
    # Only the answers RE2 says could match, in the file's order (not a look at each of the 88).
    candidates = every if possible is None else [every[index] for index in sorted(possible)]
    found = [
        answer
        for answer in candidates
        if (weight_topics or not answer.about_weight)
        and answer.matcher.search(text)
        and (answer.subject is None or answer.subject.search(NEGATED_CONDITION.sub(" ", text)))
        and (answer.unless is None or not answer.unless.search(text))
    ]
    if len(found) <= 1:
        return found[0] if found else None
    asked = _content_words(text)
    return max(found, key=lambda answer: (_subject_score(answer, asked), -found.index(answer)))


@cache
def _first_look() -> "PrefilterSet":
    """Every answer's matcher in one RE2 set (`host.safety.prefilter`): one linear scan tells
    which answers could match, and only those are searched (59 searches a question before)."""
    from host.safety.prefilter import PrefilterSet  # on first use: host.safety imports the router

    return PrefilterSet([answer.matcher.pattern for answer in answers()])


def _subject_score(answer: Answer, asked: set[str]) -> float:
    """How much of the answer's subject the question names: its topic's words count most, then
    the rarer words of its patterns."""
    words, weight = _index()
    topic = _content_words(answer.topic)
    return 3 * len(asked & topic) + sum(weight.get(w, 0.0) for w in asked & words[answer.id]) / 10


# Where one question ends and another starts: "... thats normal right? also how many runs a week
# should i be doing"
_PARTS = re.compile(r"(?<=[.?!])\s+|\s*\b(?:also|and also|plus|oh and|one more thing)\b\s*")


def another(message: str, first: Answer, weight_topics: bool = True) -> tuple[Answer, str] | None:
    """A second question in `message` with its own curated answer, different from `first`, and
    the part that asks it ("did 6x400m today and my heart was racing, normal right? also how many
    runs a week should i do"); None when the message asks one thing."""
    parts = [part for part in _PARTS.split(message) if part and len(part.split()) >= 3]
    if len(parts) < 2:
        return None
    for part in parts:
        if first.matcher.search(_prepare(part)):
            continue
        found = find(part, weight_topics)
        if found is None or found.id == first.id or found.id in first.overrides or first.id in found.overrides:
            continue
        return found, part
    return None


def follows_up(last: Answer | None, message: str) -> bool:
    """True when `message` is a follow-up within `last`'s topic: it has a follow-up answer there,
    and no other curated answer claims the message (or only one `last` overrides)."""
    if last is None or last.follow_up(message) is None:
        return False
    found = find(message)
    return found is None or found.id == last.id or found.id in last.overrides


def answered_in(reply: str) -> Answer | None:
    """The curated answer a reply of Helios' gave ("**Sleep** 💡 ..."), or None."""
    if (found := re.match(r"\s*\*\*(.+?)\*\* 💡", reply)) is None:
        return None
    return next((answer for answer in answers() if answer.topic == found[1]), None)


def by_id(answer_id: str) -> Answer | None:
    """The answer with this id, or None."""
    return next((a for a in answers() if a.id == answer_id), None)


# The nearest curated answer to a question no pattern caught: the answers' own words (topic and
# the literal words of their patterns), stemmed, weighted by how rare they are across answers.
# Only a clear winner counts: a few shared rare words, well ahead of the runner-up.
_STOPWORDS = frozenset(
    """a an the i my me to do does did is are was be can could should would will of for in on at with and or it
    this that what how why when which who you your we our they them if so but not no yes any some more most much
    many very just really ok okay get got have has had need want like about from by as up out into over than then
    there here also still even ever too good bad best better""".split()
)
NEAREST_MIN_SCORE = 6.0
NEAREST_MARGIN = 2.0


def _content_words(text: str) -> set[str]:
    from host.keywords import stem

    return {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOPWORDS and len(w) > 2}


@cache
def _index() -> tuple[dict[str, frozenset[str]], dict[str, float]]:
    import math

    words = {
        a.id: frozenset(
            _content_words(a.topic)
            | {w for p in a.patterns for w in _content_words(re.sub(r"\\[a-zA-Z]|[^a-zA-Z ]", " ", p.pattern))}
        )
        for a in answers()
    }
    counts: dict[str, int] = {}
    for found in words.values():
        for word in found:
            counts[word] = counts.get(word, 0) + 1
    return words, {w: math.log(len(words) / n) for w, n in counts.items()}


def about(message: str, answer: Answer) -> bool:
    """True when a short follow-up can be about `answer`: it names none of the rarer words of
    other topics, or it shares one with this answer ("what songs bpm for running cadence?" after
    the muscle-frequency answer is not about it)."""
    words, weight = _index()
    asked = {w for w in _content_words(message) if w in weight or len(w) > 3}
    if len(asked) <= 1:
        return True  # "how long?", "really?", "for beginners?"
    return bool(asked & (words[answer.id] | _content_words(answer.answer)))


def nearest(message: str) -> Answer | None:
    """The curated answer a question is clearly closest to, or None when none stands out."""
    words, weight = _index()
    asked = _content_words(message)
    text = _prepare(message)
    scored = sorted(
        (
            (sum(weight[w] for w in asked & found), answer_id)
            for answer_id, found in words.items()
            # an answer's `unless` rules it out here too ("nap before my 10k race" is not after one)
            if (answer := by_id(answer_id)) is None or answer.unless is None or not answer.unless.search(text)
        ),
        reverse=True,
    )
    (best, best_id), (second, _) = scored[0], scored[1]
    if best >= NEAREST_MIN_SCORE and best - second >= NEAREST_MARGIN:
        return by_id(best_id)
    return None


# "what kind of training suits me?" a few messages after "I have osteopenia": the answer for the
# condition said earlier in the conversation (to any agent), not a guess.
_SUITS_ME = re.compile(
    r"\b(what|which) (kind of |kinds of |type of |types of |sort of |sorts of )?(training|exercises?|workouts?|"
    r"activity|activities|sports?|movement|lifting)\b.{0,30}\b(suits?|good for|best for|right for|ok for|okay for|"
    r"safe for|would you recommend|do you recommend|should i (do|try|start|focus on)|can i (do|try))\b|"
    r"\bhow should i (train|exercise|work out|start)\b|\bwhat (should|can|could) i (do|train|try)\b.{0,20}\b(then|for it|for that|with it|with that)\b"
)
CONTEXT_TOPICS = ("bone_health", "heart_exercise", "older_adults")
CONTEXT_TURNS = 6  # how far back a condition said counts (user messages)


def in_context(message: str, history: list[dict[str, object]]) -> Answer | None:
    """The curated answer for a condition the user told of in their last few messages, when
    `message` asks what training suits them; else None."""
    if not _SUITS_ME.search(_prepare(message)):
        return None
    said = [str(m.get("text") or "") for m in history if m.get("role") == "user"][-CONTEXT_TURNS:]
    for text in reversed(said):
        found = find(text)
        if found is not None and found.id in CONTEXT_TOPICS:
            return found
    return None


# The curated answers and their first look are built when the plugin loads, before the host
# serves (as the guard's patterns are): built on a user's first question, they stalled the
# event loop, and every other user with it, for about a second on two cores.
_first_look()
