"""A symptom is not a preference: "beans make me really bloated though" after a fibre answer asks
what to do about the wind (build up slowly, rinse tinned beans, drink water, other fibre
sources), it does not ask to keep beans off the plate. Only an explicit "I don't eat beans" or
"no beans for me" is a preference (`diet_statements`).

Only the foods whose wind and bloating are the ordinary effect of their fibre are read this
way (pulses, oats and bran, wholegrains, the cabbage family, fibre itself); "dairy makes me
bloated" still says lactose intolerance, and "soy gives me hives" an allergy.
"""

from __future__ import annotations

import re
from typing import Any

PULSES = r"(?:baked beans|kidney beans|black beans|beans?|lentils?|chickpeas?|pulses|legumes|hummus|houmous|dhal|dal|split peas)"
OTHER_FIBRE = (
    r"(?:oats|porridge|bran|whole ?grains?|wholemeal(?: bread)?|brown rice|fib(?:re|er)|high[ -]fib(?:re|er) (?:food|stuff)s?|"
    r"broccoli|cabbage|cauliflower|brussels? sprouts|sprouts|kale)"
)
_FOOD = rf"(?P<food>{PULSES}|{OTHER_FIBRE})"
_WIND = (
    r"(?:bloated|bloaty|bloating|gassy|gas|wind|windy|fart\w*|flatulen\w*|a stomach ?ache|stomach ?aches|tummy ?aches?|belly ?aches?|"
    r"stomach cramps|crampy|an upset stomach|a bad stomach|like a balloon)"
)
_HOW = r"(?:really |so |very |super |quite |a bit |a little |kinda |terribly |horribly |sooo* |always |just )*"
SYMPTOM = (
    re.compile(rf"\b{_FOOD} (?:{_HOW})(?:make|makes|made|give|gives|gave|leave|leaves|left|get|gets) me (?:feel |go |get )?(?:{_HOW})(?:terrible |awful |bad |loads of |so much |a lot of |really bad )?{_WIND}\b"),
    re.compile(rf"\b{_FOOD} (?:{_HOW})(?:make|makes|made) my (?:stomach|tummy|belly|gut) (?:hurt|ache|churn|cramp|bloat|swell|rumble|gurgle)\b"),
    re.compile(rf"\b{_FOOD} (?:{_HOW})(?:upset|upsets|hurt|hurts|wreck|wrecks|kill|kills|destroy|destroys|mess with|messes with|mess up|messes up) my (?:stomach|tummy|belly|gut|insides)\b"),
    re.compile(rf"\bi (?:{_HOW})(?:get|got|feel|go|end up) (?:{_HOW})(?:really )?{_WIND} (?:from|after|with|when i (?:eat|have)|if i (?:eat|have)|whenever i (?:eat|have)) (?:eating |having )?(?:any |some |the )?{_FOOD}\b"),
    re.compile(rf"\b{_FOOD} (?:don'?t|doesn'?t|do not|does not) agree with (?:me|my (?:stomach|tummy|gut))\b"),
)
# An explicit preference said beside the symptom: "beans make me bloated so no beans in my ideas".
STILL_A_PREFERENCE = re.compile(
    r"\b(?:no|without|leave out|keep (?:them|it|\w+) (?:off|out)|avoid|cut out|i (?:don'?t|do not|never|won'?t) eat|remove|"
    r"allerg\w*|intoleran\w*|coeliac|celiac|ibs)\b"
)


def fibre_symptom(low: str) -> dict[str, Any] | None:
    """The everyday answer (as faq slots) for wind or bloating from a fibre-rich food said in
    `low` (the cleaned message), or None when the message says none, or says a preference too."""
    for pattern in SYMPTOM:
        found = pattern.search(low)
        if found is None:
            continue
        if STILL_A_PREFERENCE.search(low[: found.start()] + " " + low[found.end():]) or re.search(r"\ballerg|\bintoleran", low):
            return None
        if re.fullmatch(PULSES, found.group("food")):
            return {"id": "beans_wind"}  # wind from pulses: normal, eases, rinse and build up
        return {"id": "fibre", "facet": "bloating"}  # more fibre of any other kind: gradually, with water
    return None
