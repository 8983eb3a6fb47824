"""Training after drinking, asked as people ask it: "had a few beers last night, should I still
train today?", "4 pints and a kebab last night, can I still go for a run?", "hungover, is the gym
a bad idea?". The drinks are what the training question is about, so it is Ceres' alcohol answer
(its `train_after` part), with the drinks logged when they are told as a meal.
"""

from __future__ import annotations

import re

from agenthost_ceres.question import asks

DRANK = re.compile(
    r"\b(?:beers?|pints?|lagers?|ciders?|wines?|prosecco|vodkas?|gins?|whiske?y|rum|tequila|shots|cocktails?|drinks|drinking|drank|drunk|booze|boozing|"
    r"hungover|hung over|hangover|night out|on the lash|sesh)\b",
    re.IGNORECASE,
)
TRAINING = re.compile(
    r"\b(?:train|training|trained|work ?out|workout|gym|run|running|go for a run|exercise|exercising|lift|lifting|session|class|spin|"
    r"swim|cycle|ride|match|game|football|parkrun|crossfit|hiit|leg day)\b",
    re.IGNORECASE,
)
# Only a question about whether to train, not a drink planned after it ("beers after the match?").
SHOULD_I = re.compile(
    r"\b(?:should|can|could|shall|do) i (?:still |even |really )?(?:\w+ ){0,3}?(?:train|go|do|run|lift|work ?out|exercise|hit|skip|play|swim|ride)\b"
    r"|\b(?:is it|would it be) (?:ok|okay|fine|safe|a bad idea|bad|wise|smart) to\b|\bbad idea\b|\bskip (?:the )?(?:gym|training|session|run|workout)\b",
    re.IGNORECASE,
)


def asks_training_after_drinks(text: str) -> bool:
    """True when `text` tells drinking (or a hangover) and asks whether to train."""
    return bool(DRANK.search(text) and TRAINING.search(text) and SHOULD_I.search(text) and asks(text))


TRAIN_AFTER = {"id": "alcohol", "facet": "train_after"}
