"""Health conditions and sports a user tells about themselves beside their profile facts.

    condition_note("52, 95 kilos, type 2 diabetic")   "type 2 diabetes"
    condition_note("im 34, asthmatic, 65kg")           "asthma"
    sport_note("17, male, 70kg, play rugby")           "rugby"

Both are kept in the profile's notes (`facts["condition"]`, `facts["sport"]`), which every agent
reads. A condition said as a question ("is asthma a problem for running?"), denied ("not
diabetic") or about someone else ("my dad is diabetic") is no fact about the user.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

# Each condition: how people say it, and the name it is kept under.
CONDITIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, FLAGS), name)
    for pattern, name in (
        (r"\bpre-?diabet(?:ic|es)\b", "prediabetes"),
        (r"\btype\s*(?:1|one|i)\s*diabet(?:ic|es)\b|\bt1d\b", "type 1 diabetes"),
        (r"\btype\s*(?:2|two|ii)\s*diabet(?:ic|es)\b|\bt2d\b", "type 2 diabetes"),
        (r"\bdiabet(?:ic|es)\b|\bdiabétique\b|\bdiabétic[oa]\b|\bdiabetiker(?:in)?\b", "diabetes"),
        (r"\basthma(?:tic)?\b|\basmátic[oa]\b|\basmatique\b|\basthmatiker(?:in)?\b", "asthma"),
        (r"\b(?:rheumatoid |osteo-?)?arthritis(?: in my \w+)?\b|\barthritic\b|\barthrose\b|\bartritis\b", "arthritis"),
        (r"\bhigh blood pressure\b|\bhypertension\b|\bhypertensive\b|\bhigh bp\b|\bhipertensi[oó]n\b|\bbluthochdruck\b", "high blood pressure"),
        (r"\bhigh cholesterol\b", "high cholesterol"),
        (r"\b(?:a )?heart condition\b", "a heart condition"),
        (r"\bcopd\b", "COPD"),
        (r"\bepilep(?:sy|tic)\b", "epilepsy"),
        (r"\b(?:hypo|under-?active )thyroid(?:ism)?\b|\bhypothyroid\b", "underactive thyroid"),
        (r"\bpcos\b|\bpolycystic ovar(?:y|ies|ian)(?: syndrome)?\b", "PCOS"),
        (r"\bosteoporosis\b|\bosteopenia\b", "weak bones (osteoporosis or osteopenia)"),
        (r"\bfibromyalgia\b", "fibromyalgia"),
        (r"\bibs\b", "IBS"),
    )
)
# A condition said in one word inside a list of facts ("33F 58kg 160cm asthmatic").
CONDITION_WORDS = frozenset("asthmatic diabetic arthritic hypertensive epileptic prediabetic pre-diabetic hypothyroid type t1d t2d".split())
# "not diabetic", "no asthma", "don't have high blood pressure", "used to be asthmatic".
DENIED = re.compile(r"\b(?:not|no|never|isn'?t|aren'?t|don'?t have|doesn'?t have|no longer|used to (?:be|have)|free of|without)\s+(?:\w+\s+){0,2}$", FLAGS)
SOMEONE_ELSE = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:son|daughter|wife|husband|partner|friend|mum|mom|mother|dad|father|kid|child|boy|girl|"
    r"brother|sister|gran\w*|nan|family|client|patient|dog|cat)s?\b|\b(?:he|she|they)(?:'s| is| has| are)\b",
    FLAGS,
)
ASKED = re.compile(r"^\s*(?:what|how|why|when|which|can|could|should|would|do|does|is|are|will|any)\b|\?", FLAGS)


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?;])\s+|\n+", text) if part.strip()]


def condition_note(text: str) -> str | None:
    """The health conditions `text` says the user has ("type 2 diabetes, asthma"), else None."""
    found: list[str] = []
    for sentence in _sentences(text):
        if ASKED.search(sentence) or SOMEONE_ELSE.search(sentence):
            continue
        for pattern, name in CONDITIONS:
            match = pattern.search(sentence)
            if match is None or DENIED.search(sentence[: match.start()]):
                continue
            said = match.group(0).lower()
            kept = said if name == "arthritis" and " in my " in said else name  # "arthritis in my hands"
            if not any(name in other or other in name for other in found):
                found.append(kept.replace("in my", "in the"))
    return ", ".join(found) or None


# "play rugby", "i play football", "plays netball": a sport the user plays, said without how
# often (how often is the activity level's to read).
SPORTS = (
    r"rugby|football|soccer|netball|basketball|tennis|squash|badminton|hockey|cricket|golf|volleyball|handball|"
    r"baseball|softball|lacrosse|padel|pickleball|table tennis|water polo|ultimate frisbee|american football|gaelic football|hurling"
)
SPORT = re.compile(rf"(?:^\s*|[,;:]\s*|\b(?:i|and|also|i also)\s+)(?:play|plays|playing)\s+(?:a bit of\s+|some\s+|a lot of\s+|competitive\s+|club\s+|county\s+|amateur\s+)?({SPORTS})\b", FLAGS)


def sport_note(text: str) -> str | None:
    """The sport `text` says the user plays ("rugby"), else None."""
    for sentence in _sentences(text):
        if ASKED.search(sentence) or SOMEONE_ELSE.search(sentence):
            continue
        match = SPORT.search(sentence)
        if match is not None and not DENIED.search(sentence[: match.start(1)].rsplit("play", 1)[0]):
            return match.group(1).lower()
    return None
