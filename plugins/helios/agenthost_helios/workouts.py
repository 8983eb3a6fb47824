"""One workout, not a week: "give me a quick leg workout, no equipment", "20 minute cardio
session I can do at home?", then "n 1 for arms 2?" or "make it 15 minutes".

A single session built the way a plan's sessions are (`plan.session_for`): warm-up, main work
that fits the minutes, cool-down, from the exercises the equipment allows. The muscle group
picks the session's kind (legs -> a legs day, arms -> an upper-body day with the arms first,
chest -> push, back -> pull, core -> a circuit with the core first); cardio at home is a
bodyweight circuit that keeps the heart rate up, and "no jumping" (or bad knees) leaves out the
jumps.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import parse, plan, plan_changes, render
from agenthost_helios.text import ends_asking

DEFAULT_MINUTES = 20
DAY_MINUTES = 40
# The session kind (programs.SLOTS / TITLES) for a muscle group asked for.
PAIRINGS = ("back_biceps", "chest_triceps")  # a body-part split's day, named as gym-goers do
KIND_FOR_FOCUS = {
    "legs": "legs", "glutes": "lower", "upper_body": "upper", "arms": "upper", "chest": "push",
    "shoulders": "push", "back": "pull", "core": "circuit", "back_biceps": "pull", "chest_triceps": "push",
}
_ONE = re.compile(
    r"\b(workout|work out|wrkout|session|circuit|routine|exercises)\b"
)
_CARDIO = re.compile(r"\b(cardio|hiit|conditioning|circuit|sweat|get my heart rate up|fat burn\w*|calorie burn\w*)\b")
_WEEK = re.compile(
    r"\b(plan|program|programme|schedule|split|week|weekly|days? a week|x a week|times a week|per week|"
    r"today'?s|tomorrow'?s|my workout|todays)\b"
)
_ASKS = re.compile(
    r"\b(give|giv|gimme|need|want|suggest|show|send|make|write|got|have you got|any|a good|quick|quik|short|fast|"
    r"put together|can you|could you|would you|create|build|design|"
    r"can i do|could i do|i can do|to do|ideas?|please|pls|plz|for me)\b"
)
_NOT_ONE = re.compile(
    r"\b(warm ?up|cool ?down|stretch\w*|mobility|after my|before my|did|done|finished|logged|log|burn(ed)?|"
    r"how (long|many|often|much))\b"
)
# Asking for a workout to do, never a report of one done ("give me", "can you make", "I need")
_REQUEST = re.compile(
    r"\b(give|giv|gimme|need|want|suggest|send|make|write|build|design|put together|create|plan|recommend|"
    r"can you|could you|would you|whats a good|what is a good|any good|got a|have you got|how about a|ideas?)\b"
)
_QUICK = re.compile(r"\b(quick|quik|short|fast|brief|mini)\b")
# Something to do where they are: "15 min hiit i can do in my room", "cardio to do at home"
_DOABLE = re.compile(
    r"\b(i|we|u) (can|could) do\b|\bto do (in|at|from)\b|"
    r"\b(in|for) (my|our|the|a) (room|bedroom|flat|apartment|living room|lounge|garden|hotel room|hotel|dorm|kitchen)\b"
)
# Cardio and strength in one go: "something I can do in 20 min that's cardio AND strength", "kill two
# birds with one stone", "a hybrid session", "a metcon": a circuit of strength moves back to back
_AEROBIC = r"(cardio|conditioning|aerobic|hiit|heart rate|fitness|endurance)"
_RESISTANCE = r"(strength|strenght|weights?|lifting|muscle|muscles|toning|resistance)"
_WITH = r"(\b(and|with|plus|as well as|together with|at the same time as)\b|[&+])"
BOTH = re.compile(
    rf"\b{_AEROBIC}\b.{{0,25}}{_WITH}.{{0,15}}\b{_RESISTANCE}\b|\b{_RESISTANCE}\b.{{0,25}}{_WITH}.{{0,15}}\b{_AEROBIC}\b|"
    r"\b(kill|hit) (two|2) birds\b|\bhybrid (workout|session|training|circuit)\b|\bmetcons?\b|"
    r"\b(both|combine|combines|combined|combining|mix|mixes|mixed|mixing) (of )?(cardio|strength)\b"
)
# what asks for one such session: minutes, "quick", "something", or a request word
_BOTH_ASKS = re.compile(
    r"\b(something|anything|workout|session|circuit|routine|give|gimme|need|want|suggest|ideas?|can i|could i|"
    r"what can|please|pls)\b"
)
# a question about the two ("what's the difference between cardio and strength?", "cardio or
# weights first?", "is it ok to do cardio and strength on the same day?") is a curated answer
_BOTH_COMPARED = re.compile(
    r"\b(difference|differ|vs|versus|better|compare|compared|or|first|before|after|same day|balance|ratio|split|"
    r"how (much|many|often)|is it (ok|okay|bad|fine))\b"
)
# Gym talk for one session on a muscle group: "a killer leg day", "what should I do on push day?"
_DAY = re.compile(
    r"\b(legs?|arms?|chest|back|shoulders?|core|abs?|glutes?|push|pull|upper body|lower body|full body) day\b"
    r"(?! (?:was|yesterday|today was|last|this morning))"
)
_DAY_FOCUS = {"leg": "legs", "arm": "arms", "shoulder": "shoulders", "ab": "core", "abs": "core", "glute": "glutes",
              "push": "chest", "pull": "back"}


# "anything standing?", "no floor work, my floor is tiles": only moves done on your feet
STANDING = re.compile(
    r"\b(standing|stand up|on my feet|no floor|off the floor|not on the floor|nothing on the floor|"
    r"without (lying|laying|getting) (down|on the floor)|no (lying|laying) down|"
    r"(cant|can not|cannot) (get|lie|lay) (down )?on the floor)\b"
)
# Moves done lying, sitting, kneeling or on hands and feet: left out of a standing-only workout.
FLOOR_EXERCISES = (
    "glute_bridge", "single_leg_glute_bridge", "superman", "push_up", "diamond_push_up", "archer_push_up",
    "pike_push_up", "handstand_push_up", "prone_ytw", "plank", "side_plank", "dead_bug", "bird_dog", "hollow_hold",
    "bicycle_crunch", "russian_twist", "mountain_climber", "bear_crawl", "burpee", "dumbbell_floor_press",
    "renegade_row", "turkish_get_up", "cat_cow", "worlds_greatest_stretch", "inchworm", "hip_90_90", "sun_salutation",
    "hip_flexor_stretch", "childs_pose", "pigeon_pose", "downward_dog", "cobra_stretch", "supine_twist",
    "butterfly_stretch", "seated_forward_fold",
)


# "the tiles hurt my back, anything standing?": a body part that hurts is no muscle group to train
_JOINT = r"(?:lower |upper )?(?:back|knees?|shoulders?|hips?|wrists?|neck|elbows?|ankles?)"
_PAINED = re.compile(
    rf"\b(?:hurts?|hurting|sore|aches?|aching|pain in|bad|dodgy|killing|kills|wrecks?) (?:my |me |the )?{_JOINT}\b|"
    rf"\b(?:my |the )?{_JOINT} (?:hurts?|is sore|are sore|aches?|is killing me|is bad|pain|is playing up)\b"
)


def _day_as_session(text: str) -> str:
    """"a killer leg day" read as "a killer legs session": one session for that muscle group."""
    return _DAY.sub(lambda m: f"{_DAY_FOCUS.get(m[1], m[1])} session", text)
# "what should I do" beside a muscle group and minutes: one session asked for, not a week
_WHAT_TO_DO = re.compile(r"\bwhat (should|shall|can|could|do|would) (i|we) (do|hit|train)\b|\bwhat to (do|hit|train)\b")
# "n 1 for arms 2?", "one for chest too", "another for back", "same for core"
_ANOTHER = re.compile(r"\b(one|1|another|same|something|a similar one|similar) for\b|\b(what|how) about\b|^\W*(and|n)\b")


def asks_what_to_do(message: str) -> bool:
    """"what should i do for legs today, 30 mins": a muscle group, the minutes and what to do, one session asked."""
    text = _day_as_session(parse.prepare(message).replace("'", ""))
    return bool(_WHAT_TO_DO.search(text) and plan_changes.focus(text) and parse.duration_minutes(text)) and is_request(message)


def is_request(message: str) -> bool:
    """A request for one workout: a muscle group or cardio with minutes, "quick" or "session",
    and no week ("give me a 3 day plan" is a plan)."""
    prepared = parse.prepare(message).replace("'", "")
    if re.search(r"\b(after|before|post|pre) (a |my |the |each |every )?(\w+ )?day\b", prepared):
        return False  # "should I take ice baths after leg day?": a question about the day, not one asked for
    text = _day_as_session(prepared)
    if _WEEK.search(text) or _NOT_ONE.search(text):
        return False
    if BOTH.search(text) and not _BOTH_COMPARED.search(text) and (parse.duration_minutes(text) or _QUICK.search(text) or _BOTH_ASKS.search(text)):
        return True  # "20 min that's cardio AND strength": one circuit does both
    doable = _CARDIO.search(text) and _DOABLE.search(text) and not re.search(r"\b(did|done|just did|finished)\b", text)
    # "ok upper body it is. what should i do, about 45 min": a muscle group, the minutes, and what to do
    what_to_do = bool(_WHAT_TO_DO.search(text) and plan_changes.focus(text) and parse.duration_minutes(text))
    if not _ONE.search(text) and not doable and not what_to_do:
        return False
    what = plan_changes.focus(text) or _CARDIO.search(text) or re.search(r"\bfull ?body\b", text)
    # one session when it is timed, quick, or a "session"/"circuit"; "give me an upper body workout"
    # stays a week's plan (saved, and changed by "swap the push-ups")
    one_off = (
        what_to_do or parse.duration_minutes(text) or _QUICK.search(text) or re.search(r"\b(session|circuit)\b", text)
        # "give me a dumbbell workout for today": one session for the day, not a week
        or (_REQUEST.search(text) and re.search(r"\b(for (today|tonight|this (morning|afternoon|evening))|to do (today|tonight))\b", text))
        # "cn u make me a workot for my bak and bicepps": a workout for the user's own muscles
        or (_REQUEST.search(text) and plan_changes.focus(text)
            and re.search(r"\b(a|one) (\w+ )?(workout|routine) (for|to hit|to work|that hits|that works) (my|the)\b", text))
    )
    if not what and one_off and (_REQUEST.search(text) or re.search(r"\b(pls|please|plz|thanks|thx)\W*$", text)):
        # "give me a 30 min dumbbell workout for today", "I need a quick workout": a full-body session
        what = parse.equipment(text) or ["full body"]
    asks = _ASKS.search(text) or ends_asking(text) or doable or what_to_do
    if _DAY.search(parse.prepare(message).replace("'", "")):
        # "what's a decent core day", "and a brutal leg day for after lol": gym talk for one session
        asks = asks or re.match(r"^\W*((and|so|ok|okay|hey|right) )*(what|whats|how|any|a|an|my|ur|your)\b", text)
    return bool(what and one_off) and bool(asks)


# "no lunges or stairs please, she hates them", "skip the burpees", "he can't do push-ups": moves
# left out of the workout, each with its family ("lunges" is every lunge and the split squat)
_LEAVE_OUT = re.compile(
    r"\b(no|not|without|skip|remove|drop|leave out|take out|lose|ditch|hates?|dont like|doesnt like|do not like|"
    r"does not like|cant do|cant manage|cannot do|can not do|rather not|no more|nothing with|avoid)\b"
)
_STAIRS = re.compile(r"\b(stairs?|stair ?climb\w*|steps? ?ups?|stepper|box steps?)\b")
_FAMILIES = {
    "lunge": ("reverse_lunge", "walking_lunge", "dumbbell_lunge", "bulgarian_split_squat"),
    "step": ("step_up",),
}


def left_out(message: str) -> list[str]:
    """The exercise ids a message asks to leave out of a workout, or [] when it asks none out."""
    from agenthost_helios import fuzzy, library

    text = fuzzy.repair(parse.prepare(message).replace("'", ""))
    if not _LEAVE_OUT.search(text):
        return []
    ids: set[str] = set()
    for match in library.pattern().finditer(text):
        try:
            found = library.by_phrase(match.group(0))
        except KeyError:
            continue
        head = found.id.rsplit("_", 1)[-1]
        ids |= set(_FAMILIES.get(head, (found.id,)))
        if head == "squat" and found.id == "bodyweight_squat":
            ids |= {e.id for e in library.exercises() if e.id.endswith("_squat") and e.id != "deep_squat_hold"}
    if _STAIRS.search(text):
        ids |= set(_FAMILIES["step"])
    return sorted(ids)


# "how many times a week should she do it?", "how often should I do this one?", "can he do it every day?"
FREQUENCY = re.compile(
    r"\b(how (often|many (times|days|sessions)( (a|per|each) week)?)|(times|days|sessions) (a|per|each) week|"
    r"(do|repeat) (it|this|that|them|these|this one|that one|the workout|the session) (every ?day|daily|each day)|"
    r"every ?day)\b"
)


def asks_frequency(message: str) -> bool:
    """After a single workout: how often to do it (theirs or someone they train)."""
    text = parse.prepare(message).replace("'", "")
    return bool(FREQUENCY.search(text)) and len(text.split()) <= 16 and not _WEEK_PLAN.search(text)


_WEEK_PLAN = re.compile(r"\b(plan|program|programme|schedule|split)\b")


def frequency(asked: dict[str, Any], message: str) -> str:
    """How often to do the workout just given: strength twice or three times a week with a day
    between (ACSM; WHO for older adults), a cardio circuit on 3-5 days."""
    text = parse.prepare(message).replace("'", "")
    who = re.search(r"\b(she|her|he|him|they|them|my client|my (mum|mom|dad|father|mother|wife|husband|partner))\b", text)
    person = "they" if who else "you"
    if asked.get("cardio") and not asked.get("both"):
        return (
            f"3-5 times a week suits a cardio circuit like this: {person} can do it on non-consecutive days, with easy "
            "walks or rest between, building up to the WHO's 150-300 moderate minutes a week. "
            "Add a minute or a round every week or two once it feels comfortable.\n"
            "_Source: Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011; WHO guidelines on physical activity, 2020_"
        )
    return (
        f"2-3 times a week, on non-consecutive days (say Mon, Wed, Fri), so the same muscles get about 48 hours to "
        f"recover between sessions. The WHO advises strength work on 2 or more days a week at any age, and for "
        f"over-65s balance work too. Once {person} can do 12 reps with good form and no pain, add a rep, a set or "
        "a little load; if joints ache the next day, keep it at that level.\n"
        "_Source: Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011; WHO guidelines on physical activity, 2020_"
    )


def is_follow_up(message: str) -> bool:
    """After a single workout: "n 1 for arms 2?", "only 15 minutes", "with dumbbells", "no jumping"."""
    text = parse.prepare(message).replace("'", "")
    if len(text.split()) > 12 or _WEEK.search(text):
        return False
    return bool(
        (plan_changes.focus(text) and _ANOTHER.search(text))
        or (parse.duration_minutes(text) and re.search(r"\b(only|just|make it|in|got|have|shorter|longer)\b", text))
        or parse.equipment(text)
        or plan_changes.LOW_IMPACT.search(text)
        or STANDING.search(text)
        or bool(left_out(message))
        or re.search(r"\b(harder|easier|tougher|gentler|more advanced|shorter|longer)\b", text)
    )


def request(message: str, before: dict[str, Any] | None = None) -> dict[str, Any]:
    """The workout asked for: this message's focus, cardio, minutes, equipment and level over
    the last workout's (`before`)."""
    before = before or {}
    prepared = _PAINED.sub(" ", parse.prepare(message).replace("'", ""))
    text = _day_as_session(prepared)
    focus = plan_changes.focus(text)
    both = bool(BOTH.search(text))
    cardio = bool(_CARDIO.search(text)) or both
    if focus or cardio or re.search(r"\bfull ?body\b", text):
        what = {"focus": focus, "cardio": cardio and not focus, "both": both and not focus}
    else:
        what = {"focus": before.get("focus"), "cardio": bool(before.get("cardio")), "both": bool(before.get("both"))}
    minutes = parse.duration_minutes(text)
    level = parse.level(text) or before.get("level") or "beginner"
    shorter = 0
    changed = None
    if re.search(r"\b(harder|tougher|more advanced)\b", text):
        changed = "harder" if level != "advanced" else "hardest"
        level = {"beginner": "intermediate"}.get(level, "advanced")
    elif re.search(r"\b(easier|gentler)\b", text):
        if level == "beginner":
            shorter = 5  # already the easiest level: a shorter session instead
        level = {"advanced": "intermediate"}.get(level, "beginner")
    # "bad knees" is taken out of `text` (no muscle group to train) but still means no jumps
    low_impact = bool(plan_changes.LOW_IMPACT.search(parse.prepare(message).replace("'", ""))) or bool(before.get("low_impact"))
    standing = bool(STANDING.search(text)) or bool(before.get("standing"))
    if not minutes and before.get("minutes") and re.search(r"\b(shorter|longer)\b", text):
        # "make it longer" after a 20-minute workout: 10 minutes more (or less)
        minutes = before["minutes"] + (10 if re.search(r"\blonger\b", text) else -10)
    if not minutes:
        # "leg day", "back and biceps" are a gym session's worth
        default = DAY_MINUTES if _DAY.search(prepared) or what["focus"] in PAIRINGS else DEFAULT_MINUTES
        minutes = (before.get("minutes") or (15 if _QUICK.search(text) else default)) - shorter
    out = sorted(set(before.get("left_out") or ()) | set(left_out(message)))
    return {
        **what,
        "left_out": out,
        "minutes": int(min(90, max(10, minutes))),
        "equipment": parse.equipment(text) or before.get("equipment") or (
            ["full_gym"] if re.search(r"\bgym\b", text)  # "a good 45 minute gym session"
            else ["dumbbells"] if what["focus"] == "back_biceps"  # no curl or chin-up without kit; "no equipment" changes it
            else ["none"]
        ),
        "level": level,
        "low_impact": low_impact,
        "standing": standing,
        **({"changed": changed} if changed else {}),
    }


# What "make it harder" changed, said under the heading: the session at a glance looks much like the last.
_HARDER_SAID = {
    "harder": "Made it harder: a step up in level, so heavier weights or harder versions for fewer reps, with the rest to match.",
    "hardest": "This is already my hardest level, so to push it further: go heavier, add a set, slow the lowering to 3 seconds, or cut the rest by 15-30 seconds.",
}


def activity_id(asked: dict[str, Any]) -> str:
    """The Compendium activity a workout is logged and estimated as."""
    if asked.get("cardio"):
        return "circuit_training"
    return "calisthenics" if asked.get("equipment") in (None, ["none"]) else "weight_training"


def build(asked: dict[str, Any]) -> dict[str, Any]:
    """The session for a request from `request`."""
    focus = asked.get("focus")
    if asked.get("cardio"):
        kind, goal = "circuit", "weight_loss"
    elif focus:
        kind, goal = KIND_FOR_FOCUS.get(focus, "full_body"), "strength"
    else:
        kind, goal = "full_body", "strength"
    avoid = (plan_changes.IMPACT_EXERCISES if asked.get("low_impact") else ()) + (
        FLOOR_EXERCISES if asked.get("standing") else ()
    ) + tuple(asked.get("left_out") or ())
    if kind == "circuit" and focus != "core":
        focus = None  # a cardio circuit has no muscle group first
    return plan.session_for(goal, asked["level"], asked["minutes"], asked["equipment"], kind, focus=focus, avoid=avoid)


_OUT_NAMES = {
    "reverse_lunge": "lunges", "walking_lunge": "lunges", "dumbbell_lunge": "lunges", "bulgarian_split_squat": "lunges",
    "step_up": "step-ups or stairs",
}
_NAMES = {
    "legs": "leg", "arms": "arm", "upper_body": "upper-body", "glutes": "glute", "shoulders": "shoulder",
    "back_biceps": "back and biceps", "chest_triceps": "chest and triceps",
}


def reply(asked: dict[str, Any], session: dict[str, Any]) -> str:
    """The workout as a reply: what it is, the session, and what to say next."""
    what = (
        "cardio-and-strength circuit" if asked.get("both")
        else "cardio workout" if asked.get("cardio")
        else f"{_NAMES.get(asked['focus'], asked['focus'])} workout" if asked.get("focus") else "full-body workout"
    )
    extras = [render.equipment(asked["equipment"])]
    if asked.get("low_impact"):
        extras.append("no jumping")
    if asked.get("standing"):
        extras.append("all standing, nothing on the floor")
    if asked.get("left_out"):
        from agenthost_helios import library

        names = sorted({_OUT_NAMES.get(i, library.by_id(i).name.lower()) for i in asked["left_out"]})
        extras.append("no " + " or ".join(names))
    lines = [
        f"Here's a {asked['minutes']}-minute {what} ({', '.join(extras)}), ~{session['minutes']} min all in: 💪",
        *([_HARDER_SAID[asked["changed"]]] if asked.get("changed") in _HARDER_SAID else []),
        render.session(session, heading=False),
        *(["Both in one: strength moves back to back with short rests keep your heart rate up the whole time, "
           "so the circuit counts as cardio too (ACSM)."] if asked.get("both") else []),
        "Take the last reps of each set close to hard but with good form; rest when you need to. "
        "Say “make it harder”, “only 15 minutes”, “one for arms too” or “with dumbbells”, and “done” once "
        "you've done it to log it.",
    ]
    return "\n".join(lines)
