"""A daily intake asked about for oneself: "is 1,200 calories a day too low for me? I want to lose
the menopause belly", "should I eat 1500 to lose weight?", "my friend says eat 1200 a day, is that
enough for me?". Answered against the person's own maintenance (Mifflin-St Jeor from the profile
and what they said, `energy`), with the moderate deficit around it; a figure under the floor is
said to be too low, never planned. Intakes far under a safe floor ("500 calories a day") stay
with the floor's care answer (`intents.very_low_intake`) and the guard.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from agenthost_ceres import intents
from agenthost_ceres.answer import Answer, Asked, kcal
from agenthost_ceres.body import body_from_history, parse_body
from agenthost_ceres.energy import ENERGY_SOURCE, KCAL_PER_KG, LOSS_SOURCE, Body, plan
from agenthost_ceres.question import asks

if TYPE_CHECKING:  # understand reads `intake_asked`; the reply needs only the type
    from agenthost_ceres.understand import Request

LOWEST, HIGHEST = 800, 5000  # the figures read as a day's intake; lower ones are the floor's
_KCAL = r"(?P<kcal>\d{1,2},\d{3}|\d{3,4})(?:\s*(?:k?cals?|calories?|kcal)\b)?"
_JUDGED = (
    r"(?:too (?:low|little|few|much|high|many|aggressive|extreme)|enough|not enough|ok|okay|alright|all right|right|safe|sensible|"
    r"reasonable|healthy|good|fine|realistic|sustainable|low enough|a good (?:number|target|amount|idea))"
)
INTAKE_ASKED = (
    # "is 1,200 calories a day too low for me?", "would 1500 kcal be enough?"
    re.compile(rf"\b(?:is|would|will|isn'?t|wouldn'?t|is eating|would eating|is having)\s+(?:only |just |about |around )?{_KCAL}"
               rf"(?:\s+(?:a|per|each) day|\s+daily)?(?:\s+\w+){{0,2}}?\s+(?:be\s+)?{_JUDGED}\b"),
    # "should I eat 1200 calories to lose weight?", "should I be eating 1,400 a day?"
    re.compile(rf"\bshould i (?:be )?(?:eat|eating|have|having|stick to|go (?:down )?to|aim for|drop to|cut to)\s+(?:only |just |about |around )?{_KCAL}\b"),
    # "1200 calories, is that enough for me?", "my friend says eat 1200 a day, is that too low"
    re.compile(rf"{_KCAL}(?:\s+(?:a|per|each) day|\s+daily)?\b.{{0,40}}\b(?:is|would|isn'?t) (?:that|it|this) (?:\w+ )?{_JUDGED}\b"),
    # "how low should I go? is 1200 too low"
    re.compile(rf"\b(?:is|isn'?t)\s+{_KCAL}\s+{_JUDGED}\b"),
)
# An intake someone told the user to eat: "my friend said i should eat 1200 a day to get skinnier",
# "my coach told me to cut to 1400 calories". About the user, whoever said it.
TOLD_TO_EAT = re.compile(
    rf"\b(?:said|says|say|told|tells|reckons|thinks|suggested|recommended|wants)\b.{{0,25}}?\b(?:i|me|you)\b\s+(?:should |to |must |need to |have to |could |ought to )?(?:be )?(?:only |just )?"
    rf"(?:eat|eating|have|having|stick to|go (?:down )?to|cut to|drop to|be on|aim for|live on)\s+(?:only |just |about |around |like )?{_KCAL}"
)
# A figure is a day's eating only with words of eating beside it ("calories", "eat", "diet").
ABOUT_EATING = re.compile(r"\b(?:k?cals?|calories?|kcal|eat|eating|diet|dieting|intake|deficit|lose|losing)\b")
TOO_LOW = re.compile(r"\b(?:too (?:low|little|few)|low enough|how low)\b")
OTHER_UNITS = re.compile(r"\d\s*(?:steps?|m|meters?|metres?|km|miles?|reps?|kg|kgs|lbs?|ml|mg|bpm|mins?|minutes?)\b|\b(?:steps?|reps?|heart rate|bpm|score)\b")
FOR_SOMEONE_ELSE = re.compile(r"\b(?:my (?:son|daughter|kid|child|husband|wife|partner|mum|mom|dad|friend|client)|for (?:him|her|them))\b(?!.*\bfor me\b)")


def intake_asked(text: str) -> int | None:
    """The daily intake in kcal a message asks about for the user (800-5,000), or None."""
    low = intents.clean(text)
    if (told := TOLD_TO_EAT.search(low)) is not None and LOWEST <= (value := int(told.group("kcal").replace(",", ""))) <= HIGHEST:
        return value  # "my friend said i should eat 1200 a day to get skinnier": about the user
    if not asks(text) and not re.match(r"^(?:is|would|should|will)\b", low):
        return None
    if not ABOUT_EATING.search(low) and (not TOO_LOW.search(low) or OTHER_UNITS.search(low)):
        return None  # "is 5000 steps a day enough?": not food; "is 1200 too low?" is a day's eating
    for pattern in INTAKE_ASKED:
        found = pattern.search(low)
        if found is None:
            continue
        value = int(found.group("kcal").replace(",", ""))
        if LOWEST <= value <= HIGHEST and not FOR_SOMEONE_ELSE.search(low):
            return value
    return None


NEAR_FLOOR = 100  # kcal above the floor at which an intake is "as low as I'd go"
MODERATE_DEFICIT = (300, 500)  # kcal a day under maintenance: about 0.3-0.5 kg a week, NHS's steady pace


async def intake_check(asked: Asked, request: Request) -> Answer:
    """Whether a daily intake suits this person: against their maintenance and a moderate deficit."""
    said = int(request.slots["kcal"])
    turn = asked.turn
    body = Body.from_profile(turn.profile).merged(body_from_history(turn.history)).merged(parse_body(turn.message))
    if body.sex is None and _female_said(turn.message, turn.history):
        body = body.merged(Body(sex="female"))  # "I'm 52, post-menopausal": a woman, though no sex was saved
    slots = {"kcal": said}
    if not asked.policy.numbers:
        return Answer(
            "Whether an amount suits you depends on you, and it's worth working out with your GP or a dietitian rather than a number from me.",
            "intake_check", slots,
        )
    if body.age is not None and body.age < 18:
        return _growing(said, body, slots)
    if not body.complete:
        return Answer(
            f"{kcal(said)} a day is the lowest most women are advised to go (1,500 for men) without medical supervision, and for many people "
            "it's lower than they need. Whether it's too low for you depends on your size and activity: tell me your "
            f"{_listing(body.missing())} (e.g. “I'm 52, female, 160 cm, 68 kg”) and I'll compare it with what you use a day.",
            "intake_check", slots, examples=["I'm 52, female, 160 cm, 68 kg"], reason=f"Sources: {LOSS_SOURCE}.",
        )
    energy = plan(body, "lose")
    upkeep = energy.maintenance
    low, high = max(energy.floor, upkeep - MODERATE_DEFICIT[1]), max(energy.floor, upkeep - MODERATE_DEFICIT[0])
    low, high = round(low / 50) * 50, round(high / 50) * 50
    pace = lambda deficit: deficit * 7 / KCAL_PER_KG  # noqa: E731 - kg a week from a daily deficit
    gap = upkeep - said
    lines = [f"You use about {kcal(upkeep)} a day ({_who(body)}); that's your maintenance."]
    if said < energy.floor:
        lines.append(f"{kcal(said)} is too low: it's under the {kcal(energy.floor)} a day I'd never go below without medical supervision.")
    elif said < low:
        lines.append(
            f"So {kcal(said)} is on the low side for you: about {gap:,} kcal under maintenance, a loss of roughly {pace(gap):.1f} kg a week "
            "that's hard to keep up, leaves you hungry and tired, and costs muscle."
        )
    elif said <= high:
        lines.append(f"{kcal(said)} is a sensible, moderate deficit for you: about {pace(gap):.1f} kg a week.")
        if said < energy.floor + NEAR_FLOOR:
            lines.append(f"It's as low as I'd advise going, though ({kcal(energy.floor)} is the floor): don't go below it.")
    elif said < upkeep:
        lines.append(f"{kcal(said)} is only a small deficit for you: fine, just slow (about {pace(gap):.1f} kg a week).")
    else:
        lines.append(f"{kcal(said)} is at or above your maintenance, so you wouldn't lose weight on it.")
    if not low <= said <= high:
        lines.append(f"A moderate deficit of {MODERATE_DEFICIT[0]}–{MODERATE_DEFICIT[1]} kcal puts you at about {low:,}–{high:,} kcal a day, "
                     f"a steady {pace(MODERATE_DEFICIT[0]):.1f}–{pace(MODERATE_DEFICIT[1]):.1f} kg a week.")
    lines.append("Protein at every meal and strength work (weights, pilates or bodyweight work) help you keep muscle while you lose.")
    reason = (
        f"Mifflin-St Jeor for {_who(body)} gives {energy.bmr:,} kcal at rest; × {energy.factor:g} for your activity = {upkeep:,} kcal. "
        f"A 300-500 kcal daily deficit is about 0.3-0.5 kg a week ({KCAL_PER_KG:,} kcal per kg). Sources: {ENERGY_SOURCE}; {LOSS_SOURCE}."
    )
    return Answer("\n".join(lines), "intake_check", {**slots, "body": body.to_json()}, reason=reason,
                  examples=["why?", "how much protein do I need?"])


def _growing(said: int, body: Body, slots: dict[str, Any]) -> Answer:
    """An intake for someone under 18: too little for a growing, active body, and no diet plan."""
    from agenthost_ceres.needs_replies import TEEN_ACTIVE_KCAL, TEEN_SOURCE  # imported late: needs_replies is the bigger module

    band = (9, 13) if body.age is not None and body.age <= 13 else (14, 18)
    if body.sex in ("male", "female"):
        low, high = TEEN_ACTIVE_KCAL[(*band, body.sex)]
    else:
        low, high = TEEN_ACTIVE_KCAL[(*band, "female")][0], TEEN_ACTIVE_KCAL[(*band, "male")][1]
    need = f"{low:,} kcal" if low == high else f"{low:,}–{high:,} kcal"
    periods = ", regular periods" if body.sex == "female" else ""
    text = (
        f"{kcal(said)} a day is far too little for you. At {body.age:g} you're still growing, and an active teenager needs about {need} a day "
        f"for growth, strong bones{periods} and energy for sport. Eating that little leaves you tired and weaker at training, so I wouldn't "
        "recommend a diet like that. Keep to three meals and a couple of snacks, and if you're unhappy with your body, talk to your GP, "
        "school nurse or someone you trust."
    )
    return Answer(text, "intake_check", slots, reason=f"Source: {TEEN_SOURCE}; NHS: teenagers and weight (dieting is not advised while growing).",
                  examples=["snack ideas", "why?"])


FEMALE_ONLY = re.compile(r"\b(?:(?:post|peri|pre)?[- ]?menopaus\w*|the menopause|my periods?|pregnan\w*|breastfeeding)\b")


def _female_said(message: str, history: list[dict[str, Any]]) -> bool:
    """True when the user said something only a woman says of herself (the menopause, periods)."""
    said = [message, *(str(record.get("text") or record.get("content") or "") for record in history[-12:] if record.get("role") == "user")]
    return any(FEMALE_ONLY.search(intents.clean(text)) for text in said)


def _who(body: Body) -> str:
    return f"{body.age:g}, {body.sex}, {body.height_cm:g} cm, {body.weight_kg:g} kg, {ACTIVE_WORDS[body.activity or 'light']}"


ACTIVE_WORDS = {"sedentary": "mostly sitting", "light": "lightly active", "moderate": "moderately active", "active": "very active", "very_active": "extremely active"}


def _listing(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
