"""Offline routing for General: greetings, thanks, small talk and questions about the system.

General is also the router's fallback, so it only needs to score what it positively
recognises: "hi", "thanks", "what can you do", "who are you", "help". These weights are kept
below the specialists' strong terms, so "hi, what should I eat?" still goes to Ceres.
"""

from __future__ import annotations

from host import hookimpl
from host.keywords import KeywordScorer, reason
from host.types import ClassifyContext, Score

AGENT = "general"

TERMS: dict[str, float] = {
    # Greetings and goodbyes.
    "hi": 0.4,
    "hello": 0.4,
    "hey": 0.4,
    "hiya": 0.4,
    "howdy": 0.4,
    "yo": 0.35,
    "good morning": 0.45,
    "good afternoon": 0.45,
    "good evening": 0.45,
    "good night": 0.45,
    "bye": 0.45,
    "goodbye": 0.5,
    "see you": 0.4,
    # Thanks and small talk.
    "thanks": 0.45,
    "thank you": 0.5,
    "thx": 0.45,
    "cheers": 0.35,
    "appreciate it": 0.45,
    "how are you": 0.55,
    "whats up": 0.45,
    "joke": 0.5,
    "weather": 0.55,
    "running late": 0.6,
    # The system itself.
    "what can you do": 0.8,
    "who are you": 0.8,
    "what are you": 0.7,
    "your name": 0.6,
    "help": 0.35,
    "agents": 0.5,
    "capabilities": 0.6,
    "how does this work": 0.75,
    "are you a bot": 0.8,
    "remember": 0.4,
    "my name is": 0.6,
    "call me": 0.45,
    "note": 0.4,
    "remind": 0.45,
}

SCORER = KeywordScorer(TERMS)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    """Score General for `message`; the reason names the small-talk or system terms matched."""
    match = SCORER.score(message)
    return Score(AGENT, match.score, reason("general", match.terms))
