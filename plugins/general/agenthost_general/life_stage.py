"""A life stage the user says they are in: "post-menopausal", "going through the menopause",
"20 weeks pregnant", "breastfeeding", "I had a baby 3 months ago".

It changes what every agent should advise (calcium and vitamin D after the menopause, the
clinician first for hard training in pregnancy, extra energy while breastfeeding, a gradual
return to exercise after a birth), so General keeps it in the profile's `facts` under "life
stage", beside the body's figures. Each stage is one a woman goes through, so when the sentence
gives no sex it also implies `sex` female (the calorie equations' sex), said back so the user
can correct it.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE
KEY = "life stage"

# (how General keeps it, the pattern that says it), most specific first: "perimenopausal" before
# "menopausal". Said of the user: first person, or bare in a list of facts ("52, post-menopausal").
STAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("post-menopausal", re.compile(r"\bpost[- ]?menopaus(?:al|e)\b|\b(?:after|past|been through|gone through|went through|through with) (?:the |my )?menopause\b", FLAGS)),
    ("perimenopausal", re.compile(r"\bperi[- ]?menopaus(?:al|e)\b|\b(?:starting|beginning) (?:the |my )?menopause\b", FLAGS)),
    ("menopausal", re.compile(r"\bmenopausal\b|\b(?:going through|in|having) (?:the |my )?menopause\b|\bthe change\b(?= of life)", FLAGS)),
    ("pregnant", re.compile(r"\b(?:(?:\d{1,2}|a few)\s*(?:weeks?|months?)\s+)?pregnant\b|\bexpecting (?:a baby|twins|my first)\b|\b(?:first|second|third) trimester\b", FLAGS)),
    ("breastfeeding", re.compile(r"\b(?:breast|chest)[- ]?feeding\b|\bnursing (?:my |a )?(?:baby|newborn|son|daughter)\b|\bexclusively pumping\b", FLAGS)),
    (
        "postpartum",
        re.compile(
            r"\bpost[- ]?(?:partum|natal)\b|\b(?:had|gave birth to) (?:a|my|the) (?:baby|son|daughter|twins)\b"
            r"(?:\s+(?:\d{1,2}|a|one|two|three|four|five|six|few)\s+(?:weeks?|months?)\s+ago)?",
            FLAGS,
        ),
    ),
)
# Someone else's stage ("my mum is post-menopausal", "my wife is breastfeeding") or a question
# about one ("what happens after the menopause?") states nothing about the user.
NOT_MINE = re.compile(
    r"\b(?:my|her|his|their|our)\s+(?:mum|mom|mother|wife|partner|sister|friend|girlfriend|daughter|aunt|gran|grandma|colleague)\b"
    r"|\b(?:she|her)\b|^\s*(?:what|how|why|when|does|do|is|are|can|should|will)\b|\?",
    FLAGS,
)


# A pregnancy wished for, feared or over ("trying to get pregnant", "before I was pregnant") is no stage.
NOT_NOW = re.compile(r"\b(?:trying|try|want|wanting|hoping|hope|planning|plan|if|when|not|was|were|after|before|since|used to|could|might)\b", FLAGS)


def life_stage(sentence: str) -> tuple[str, str] | None:
    """The stage a sentence says the user is in, and the words it was said in, or None."""
    if NOT_MINE.search(sentence):
        return None
    for stage, pattern in STAGES:
        match = pattern.search(sentence)
        if match and not (stage == "pregnant" and NOT_NOW.search(sentence)):
            return stage, match.group(0)
    return None
