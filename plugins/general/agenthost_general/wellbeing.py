"""Everyday well-being answers (sleep, stress, steps, screen breaks, sun, habits...) from the
curated `data/wellbeing.toml`, each with its source.

`find_topic(text)` picks the topic a message asks about, on whole stemmed words
(`host.keywords`); `topic_answer` words it for the user, for their age group when the profile
or the message names one. The `everyday_advice` tool gives the model the same entries, so
with or without a model the answer rests on the same source.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen
from host.keywords import KeywordScorer, normalise
from host.types import Tool, ToolContext, ToolError

from agenthost_general.agent import NAME
from agenthost_general.statements import MAX_READ

DATA = "wellbeing.toml"
MIN_SCORE = 0.5  # one clear phrase ("how much sleep") or two weaker words ("stress" + "screen")
AUDIENCES = ("child", "teen", "older")
# An age said with its unit: "12 year old", "a 17 yr old swimmer", "15yo", "16 y/o"
_OLD = r"[- ]?(?:years?[- ]olds?|yrs?[- ]?olds?|yos?|y/o)"
AUDIENCE_WORDS: dict[str, re.Pattern[str]] = {
    "teen": re.compile(
        r"\b(?:teens?|teenagers?|adolescents?|teenage|high school|secondary school|1[3-7]" + _OLD + r"|"
        # "im 16 and ...", "my daughter is 14"
        r"(?:i'?m|i am|im|aged?|(?:son|daughter|kid|child) is|(?:s?he|s?he'?s|hes|shes) is) 1[3-7])\b(?![.,]?\d| ?(?:kg|kilos?|lbs?|st|stone|cm|%|k\b|km|mins?|minutes|hours|hrs|weeks|days|months))",
        re.I,
    ),
    "child": re.compile(
        r"\b(?:kids?|child|children|toddlers?|my (?:son|daughter)|school ?age|primary school|(?:[3-9]|1[0-2])" + _OLD + r")\b", re.I
    ),
    "older": re.compile(
        r"\b(?:older (?:people|adults?|person)|elderly|seniors?|pensioners?|over 65s?|retired|grandparents?|old age|"
        r"(?:6[5-9]|[7-9]\d)" + _OLD + r")\b",
        re.I,
    ),
}


@frozen
class Topic:
    """One curated answer: what it is about, the answer and its tips, and where it comes from."""

    id: str
    title: str
    terms: dict[str, float]
    answer: str
    tips: tuple[str, ...]
    why: str
    source: str
    url: str
    audiences: dict[str, str]
    people: dict[str, str] = {}
    between_specialists: bool = False

    def text_for(self, audience: str | None) -> str:
        """The answer for an age group ("teen"), or the general one."""
        return self.audiences.get(audience or "", self.answer)

    def for_person(self, profile: dict[str, Any] | None) -> str | None:
        """The part for the user's sex and age from the profile ("female 51-70"), the one for
        their sex before the one for either, or None when none fits or the profile lacks them."""
        age, sex = (profile or {}).get("age"), (profile or {}).get("sex")
        if not isinstance(age, int) or isinstance(age, bool):
            return None
        fits = []
        for key, text in self.people.items():
            who, low, high = person_key(key)
            if low <= age <= high and who in ("any", sex):
                fits.append((who == "any", text))
        return min(fits, key=lambda fit: fit[0])[1] if fits else None


PERSON_KEY = re.compile(r"^(any|female|male) (\d{1,3})-(\d{1,3})$")


def person_key(key: str) -> tuple[str, int, int]:
    """("female", 51, 70) from "female 51-70"; a ValueError naming the key when it is not that shape."""
    match = PERSON_KEY.match(key)
    if not match:
        raise ValueError(f"{DATA}: people key {key!r} must be 'any|female|male LOW-HIGH', e.g. 'female 51-70'")
    return match.group(1), int(match.group(2)), int(match.group(3))


@cache
def topics() -> dict[str, Topic]:
    """Every topic in the data file, by id (read once)."""
    raw = tomllib.loads(resources.files("agenthost_general").joinpath("data", DATA).read_text(encoding="utf-8"))
    found: dict[str, Topic] = {}
    for entry in raw["topic"]:
        missing = [key for key in ("id", "title", "terms", "answer", "why", "source", "url") if not entry.get(key)]
        if missing:
            raise ValueError(f"{DATA}: topic {entry.get('id', '?')!r} has no {', '.join(missing)}")
        found[entry["id"]] = Topic(
            id=entry["id"],
            title=entry["title"],
            terms=dict(entry["terms"]),
            answer=entry["answer"].strip(),
            tips=tuple(entry.get("tips", ())),
            why=entry["why"],
            source=entry["source"],
            url=entry["url"],
            audiences=dict(entry.get("audiences", {})),
            people=dict(entry.get("people", {})),
            between_specialists=bool(entry.get("between_specialists", False)),
        )
        for key in found[entry["id"]].people:
            person_key(key)
    return found


@cache
def _scorers() -> dict[str, KeywordScorer]:
    return {topic.id: KeywordScorer(topic.terms) for topic in topics().values()}


@cache
def _term_words() -> dict[str, list[frozenset[str]]]:
    """Each topic's terms as sets of stemmed words: a topic can only match a message that has
    all the words of one of its terms, which one pass over the message's words tells."""
    return {
        topic.id: [frozenset(normalise(term)) for term, weight in topic.terms.items() if weight > 0]
        for topic in topics().values()
    }


@cache
def _term_index() -> tuple[frozenset[str], dict[str, list[tuple[str, frozenset[str]]]]]:
    """`_term_words` by one word of each term (a term all of whose words a message has has that
    one): a message's words find the terms to check instead of every topic's every term. First,
    the topics with a term of no words, which every message touches."""
    always: set[str] = set()
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for topic_id, terms in _term_words().items():
        for term in terms:
            if not term:
                always.add(topic_id)
            else:
                by_word.setdefault(min(term), []).append((topic_id, term))
    return frozenset(always), by_word


def all_terms() -> dict[str, float]:
    """Every topic's words and phrases with its highest weight (exclusions left out)."""
    terms: dict[str, float] = {}
    for topic in topics().values():
        for term, weight in topic.terms.items():
            if weight > 0:
                terms[term] = max(weight, terms.get(term, 0.0))
    return terms


def score_topics(text: str) -> list[tuple[float, Topic]]:
    """Every topic the text touches (in its first `MAX_READ` characters), with how surely, best first."""
    text = text[:MAX_READ]
    words = set(normalise(text))
    always, by_word = _term_index()
    touched = set(always)
    for word in words:
        for topic_id, term in by_word.get(word, ()):
            if topic_id not in touched and term <= words:
                touched.add(topic_id)
    candidates = [topic for topic in topics().values() if topic.id in touched]
    scored = [(_scorers()[topic.id].score(text).score, topic) for topic in candidates]
    return sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: -pair[0])


# Words that say nothing about what a follow-up asks ("does that matter?"), nor the words a tip
# uses to point to an agent ("Ceres knows the foods ...": "what do you know about me" is no follow-up).
_PLAIN = frozenset(
    "a an the it its it's is was were be been does do did that this these those what if and but so or of to in on for "
    "with at by from about how why when matter matters should would will can could i we you my our they he she them "
    "still even really just any out look me know knows tell say ask".split()
)


def content_words(text: str) -> set[str]:
    """The stemmed words of `text` that carry its meaning."""
    return {word for word in normalise(text) if word not in _PLAIN}


# Words that name the same thing in the answers' plain words: "does exercise help?" after the
# stress answer asks about its "move a bit every day (even a walk)".
_KINDRED = (
    frozenset({"exercis", "workout", "gym", "run", "walk", "mov", "movement", "activ", "activiti", "physical", "sport", "swim", "train", "yoga"}),
)


def kindred_words(text: str) -> set[str]:
    """`content_words(text)` with the words naming the same thing (`_KINDRED`) added."""
    words = content_words(text)
    for family in _KINDRED:
        if words & family:
            words |= family
    return words


def find_topic(text: str) -> tuple[Topic, float] | None:
    """The topic the text asks about, and how surely (at least `MIN_SCORE`), or None."""
    scored = score_topics(text)
    if not scored or scored[0][0] < MIN_SCORE:
        return None
    return scored[0][1], scored[0][0]


def audience_of(text: str, profile: dict[str, Any] | None = None) -> str | None:
    """The age group a message names ("for teenagers"), else the user's from the profile's age."""
    for audience, pattern in AUDIENCE_WORDS.items():
        if pattern.search(text):
            return audience
    age = (profile or {}).get("age")
    if isinstance(age, int) and not isinstance(age, bool):
        if 6 <= age <= 12:
            return "child"
        if 13 <= age <= 17:
            return "teen"
        if age >= 65:
            return "older"
    return None


def source_line(topic: Topic) -> str:
    """"Source: NHS, Insomnia (https://...)"."""
    return f"Source: {topic.source} ({topic.url})"


async def everyday_advice(context: ToolContext, topic: str, audience: str | None = None) -> dict[str, Any]:
    """The curated answer on one everyday well-being topic, with its tips and source."""
    entry = topics().get(topic)
    if entry is None:
        raise ToolError(f"unknown topic {topic!r}; topics: {', '.join(topics())}")
    if audience is not None and audience not in AUDIENCES:
        raise ToolError(f"audience must be one of {', '.join(AUDIENCES)}")
    return {
        "topic": entry.id,
        "title": entry.title,
        "answer": entry.text_for(audience),
        "tips": list(entry.tips),
        "source": entry.source,
        "url": entry.url,
    }


def _tool() -> Tool:
    return Tool(
        name="everyday_advice",
        description=(
            "Curated, sourced advice on everyday well-being (not nutrition or training): "
            + "; ".join(f"{t.id} = {t.title.lower()}" for t in topics().values())
            + ". Quote the source it returns."
        ),
        parameters={
            "type": "object",
            "properties": {
                "topic": {"type": "string", "enum": list(topics())},
                "audience": {"type": "string", "enum": list(AUDIENCES), "description": "An age group, when it matters"},
            },
            "required": ["topic"],
            "additionalProperties": False,
        },
        function=everyday_advice,
        agent=NAME,
    )


TOOL = _tool()
