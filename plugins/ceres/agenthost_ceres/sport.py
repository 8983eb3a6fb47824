"""Sport someone plays, said in passing ("24 y/o guy, 6ft 1, play 5-a-side twice a week", "I go
climbing twice a week", "netball on tuesdays and thursdays"): they train, so protein is the
training range (ISSN: 1.4-2.0 g per kg a day), not the 0.83 g/kg of an inactive adult, even
when the profile holds no activity level. Gentle classes (yoga, pilates, walking) are not
read as training here."""

from __future__ import annotations

import re
from typing import Any

from agenthost_ceres import intents

SPORTS = (
    r"(?:5|five|6|six|7|seven|11|eleven)[- ]a[- ]side|football|footy|soccer|rugby|netball|basketball|volleyball|hockey|handball|cricket|"
    r"tennis|squash|badminton|padel|table tennis|climbing|bouldering|crossfit|cross ?fit|hiit|spin(?:ning)?(?: class(?:es)?)?|boxing|kickboxing|"
    r"martial arts|karate|judo|jiu[- ]?jitsu|bjj|mma|muay thai|wrestling|rowing|swimming|swim|cycling|cycle|ride|triathlon|"
    r"athletics|sprinting|track|lacrosse|gaa|hurling|american football|baseball|softball|ultimate frisbee|dance|dancing"
)
_OFTEN = r"(?:twice|two times|three times|four times|five times|\d+ ?(?:x|times)|once or twice|2-3 times|3-4 times)(?: a| per| each)? week|every (?:week|day)|most days|on (?:\w+days?)(?: and \w+days?)?|at weekends|on weekends"
PLAYS = re.compile(
    rf"\b(?:i |we )?(?:play|plays|playing|do|doing|go|going|train|training|compete|competing)\s+(?:\w+\s+){{0,2}}?(?:{SPORTS})\b"
    rf"|\b(?:{SPORTS})\b(?:\s+\w+){{0,3}}?\s+(?:{_OFTEN})\b"
)


def plays_sport(text: str) -> bool:
    """True when `text` says the user plays or trains in a sport."""
    return PLAYS.search(intents.clean(text)) is not None


def sport_in_history(history: list[dict[str, Any]], limit: int = 12) -> bool:
    """True when one of the user's recent messages says they play a sport."""
    said = [record.get("text") for record in history[-limit:] if record.get("role") == "user"]
    return any(isinstance(text, str) and plays_sport(text) for text in said)
