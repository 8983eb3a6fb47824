"""General's everyday well-being answers: the curated entry, its source, and "tell me more"."""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

from agenthost_general.dialog import Answer, Intent
from agenthost_general.wellbeing import AUDIENCE_WORDS, Topic, content_words, kindred_words, source_line, topics

AUDIENCE_EXAMPLES = {"teen": "and for teenagers?", "child": "and for children?", "older": "and for older adults?"}


def _usable_tips(turn: Turn, topic: Topic) -> list[str]:
    """The topic's tips, without those that send the user to an agent that is not enabled."""
    agents = getattr(turn.registry, "agents", {}) or {}
    return [tip for tip in topic.tips if all(name in agents for name in re.findall(r"@(\w+)", tip))]


def _hints(turn: Turn, topic: Topic, audience: str | None, tip: int) -> str:
    hints = []
    if tip < len(_usable_tips(turn, topic)):
        hints.append('"tell me more" for another tip')
    other = next((a for a in topic.audiences if a != audience), None)
    if other:
        hints.append(f'"{AUDIENCE_EXAMPLES[other]}"')
    hints.append('"why?" for what this rests on')
    return "Say " + ", ".join(hints[:-1]) + (" or " if len(hints) > 1 else "") + hints[-1] + "."


def topic_answer(turn: Turn, topic: Topic, audience: str | None = None) -> Answer:
    """The curated answer on `topic` (for an age group when given), with its source; and the
    part for the user's sex and age from the profile, unless the message asks for an age group."""
    personal = None if any(p.search(turn.message) for p in AUDIENCE_WORDS.values()) else topic.for_person(turn.profile)
    body = topic.text_for(audience) + (f"\n\n{personal}" if personal else "")
    text = f"{body}\n\n{source_line(topic)}\n{_hints(turn, topic, audience, 0)}"
    return Answer(text, reason=topic.why, slots={"topic": topic.id, "audience": audience, "tip": 0})


async def wellbeing_answer(turn: Turn, intent: Intent) -> Answer:
    """An everyday well-being question: the curated answer and its source."""
    return topic_answer(turn, topics()[intent.data["topic"]], intent.data.get("audience"))


def _asked_tip(tips: list[str], question: str, next_index: int) -> int:
    """The tip a follow-up question asks about: the one sharing most words with it, else the next."""
    asked = content_words(question)
    overlap = [len(asked & content_words(tip)) for tip in tips]
    best = max(range(len(tips)), key=lambda i: (overlap[i], i == next_index), default=next_index)
    return best if tips and overlap[best] > 0 else next_index


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*])")
# A follow-up asking for an amount ("how long should they be?", "is 6 hours enough?") is answered
# by a sentence that gives one.
AMOUNT_ASKED = re.compile(r"\bhow (?:long|much|many|often|late|early)\b|\bwhat time\b|^(?:and )?when\b|\benough\b|\btoo (?:much|little|many|few|long|short)\b", re.IGNORECASE)
FIGURE = re.compile(r"\d")


def _words(text: str) -> set[str]:
    """The content words of `text` and their kin ("exercise": "walk", "move"), figures aside
    ("6" in a question is no "6-12" in an answer), "help" aside (every answer "helps")."""
    return {word for word in kindred_words(text) if not FIGURE.search(word)} - {"help"}


def _asked_in_answer(turn: Turn, topic: Topic, audience: str | None, question: str, tips: list[str]) -> str | None:
    """The sentence of the answer itself a follow-up asks about ("is 6 hours enough?" after how
    much sleep adults need: the sentence with the hours), when it shares more words with the
    question than any tip does; None otherwise."""
    asked = _words(question)
    amount = AMOUNT_ASKED.search(question) is not None
    best_tip = max((len(asked & _words(tip)) + (amount and bool(FIGURE.search(tip))) for tip in tips), default=0)
    personal = topic.for_person(turn.profile)
    sentences = SENTENCE_END.split(topic.text_for(audience)) + (SENTENCE_END.split(personal) if personal else [])
    scored = [(len(asked & _words(sentence)) + (amount and bool(FIGURE.search(sentence))), sentence) for sentence in sentences]
    overlap, sentence = max(scored, key=lambda pair: pair[0], default=(0, ""))
    return sentence if overlap and overlap >= best_tip else None


async def more(turn: Turn, intent: Intent, state: dict[str, Any]) -> Answer:
    """"Tell me more" after a well-being answer: its next tip, until there are no more; a
    follow-up question on the topic gets the tip it asks about."""
    slots = state.get("slots") or {}
    topic = topics()[slots["topic"]]
    tips = _usable_tips(turn, topic)
    index = int(slots.get("tip") or 0)
    question = intent.data.get("question")
    sentence = _asked_in_answer(turn, topic, slots.get("audience"), question, tips) if question else None
    if sentence:
        return Answer(f"{sentence}\n\n{source_line(topic)}", reason=topic.why, slots=slots)
    if question and tips:
        chosen = _asked_tip(tips, question, min(index, len(tips) - 1))
        if chosen != index:
            return Answer(tips[chosen], reason=topic.why, slots=slots)
    new_slots = {**slots, "tip": index + 1}
    if index >= len(tips):
        others = [t.title.lower() for t in topics().values() if t.id != topic.id][:3]
        return Answer(
            f"That's everything I have on {topic.title.lower()}. I can also help with {', '.join(others)} and more: "
            'say "what can you do" for the list.',
            reason=topic.why,
            slots=new_slots,
        )
    text = tips[index] + (f"\n{_hints(turn, topic, slots.get('audience'), index + 1)}" if index + 1 < len(tips) else "")
    return Answer(text, reason=topic.why, slots=new_slots)


async def source(turn: Turn, intent: Intent, state: dict[str, Any]) -> Answer:
    """"Where's that from?" after a well-being answer: the source and what it rests on."""
    slots = state.get("slots") or {}
    topic = topics().get(slots.get("topic", ""))
    if topic is None:
        reason = state.get("reason") or ""
        text = reason or "That answer came from my own tools and your data, not from an outside source."
        return Answer(text, reason=reason, slots=slots)
    return Answer(f"{topic.why}\n{source_line(topic)}", reason=topic.why, slots=slots)
