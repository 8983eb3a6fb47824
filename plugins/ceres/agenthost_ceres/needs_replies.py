"""Answers about the user's own needs (calories for a goal, protein from body weight) and
everyday nutrition questions from the curated file, each with how it was worked out."""

from __future__ import annotations

import re

import attrs
from collections.abc import Sequence
from typing import Any

from agenthost_ceres import intents, knowledge
from agenthost_ceres.intents import NOT_GAIN
from agenthost_ceres.answer import Answer, Asked, kcal
from agenthost_ceres import abroad_asks
from agenthost_ceres.body import body_from_history
from agenthost_ceres.body_save import OTHER_PERSON, save_facts_said
from agenthost_ceres.energy import Body
from agenthost_ceres.foods import load_table
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.energy import ACTIVITY_LABELS, KCAL_PER_KG, PROTEIN_SOURCES
from agenthost_ceres.policy import CARE_LINE, SUPPORT_LINE
from agenthost_ceres.intake import KCAL_PER_KG
from agenthost_ceres.understand import Request
from agenthost_ceres.two_part import render_parts
from agenthost_ceres.sport import plays_sport, sport_in_history

NO_NUMBERS_NEEDS = (
    "I'm going to leave calorie numbers and weight goals aside for now. What helps most is eating regularly "
    "(three meals and a snack or two), with foods you enjoy. " + SUPPORT_LINE
)
PREGNANCY_NEEDS = (
    "During pregnancy, dieting to lose weight isn't advised, and your needs change as you go: the NHS says extra "
    "energy is only needed in the last trimester (about 200 kcal a day). Your midwife or GP is the best person to "
    "guide how much to eat. I'm happy to suggest balanced meals, or answer what to avoid in pregnancy."
)


PREGNANCY_NO_GAIN = (
    "Gaining some weight is a normal, healthy part of pregnancy: it's your baby, the placenta, extra blood and fluid, "
    "and the stores you'll need, so I won't work out calories to stop you gaining."
)
# The user herself pregnant ("I'm 9 weeks!!", "my midwife said"), not a partner or a friend.
PREGNANT = re.compile(
    r"\b(?:i'?m|i am|im|we'?re)\s+(?:\w+\s+){0,2}?(?:pregnant|expecting|\d{1,2}\s*(?:weeks?|wks?)\b)"
    r"|\bmy (?:pregnancy|bump|midwife|due date|first trimester|second trimester|third trimester)\b|\bwhile (?:i'?m )?pregnant\b",
    re.IGNORECASE,
)


def _pregnant(asked: Asked) -> bool:
    """True when the guard flagged pregnancy, or the user said in this conversation that she is pregnant."""
    if asked.policy.category == "pregnancy":
        return True
    said = [str(r.get("text") or "") for r in asked.turn.history[-8:] if r.get("role") == "user"] + [asked.turn.message]
    return any(PREGNANT.search(text) for text in said)


# A loss being made at a pace: "coach has me losing about 0.5-0.7% of bodyweight a week".
LOSING_PACE = re.compile(r"\b(?:losing|lose|dropping|drop)\b[^?!]{0,40}?\b(?:a|per|each|every) ?(?:week|wk)\b")


def _gym_just_said(history: list[dict[str, Any]]) -> bool:
    """True when the user's last message said they train, in any language she reads ("Umieram z
    głodu po siłowni": starving after the gym), so the protein asked next is a lifter's."""
    from agenthost_ceres.understand import spanish_to_english  # imported late: understand imports this module's callers

    last = next((r.get("text") for r in reversed(history) if r.get("role") == "user"), None)
    # "my mum is 60 and wants to start lifting weights" ... "how much protein should she eat?": a lifter's too
    return isinstance(last, str) and bool(re.search(
        r"\b(?:after|before|post|pre)[- ](?:the )?(?:gym|training|workout|lifting)\b|\b(?:lift(?:s|ing)?|lift) weights\b|\bstart(?:s|ed|ing)? lifting\b|\b(?:weight|strength|resistance) training\b|"
        # "29M, 84kg, lift 4x a week, desk job"
        r"\b(?:lift|lifts|lifting|train|trains|training|gym)(?: weights)? (?:\d|one|two|three|four|five|six)(?: ?x| times| days)(?: a| per)? week\b",
        intents.clean(spanish_to_english(last)),
    ))


def goal_from_profile(profile: dict[str, Any]) -> str | None:
    """ "lose", "gain" or None, from the goals General keeps in the profile ("lose 5 kg")."""
    goals = " ".join(g for g in (profile or {}).get("goals") or [] if isinstance(g, str)).lower()
    if re.search(r"\b(lose|losing|slim|cut|drop|fat loss|weight loss|get down|come down|healthier weight|lighter|trim)\b", goals):
        return "lose"
    if re.search(r"\b(gain|bulk|build muscle|put on|muscle)\b", goals):
        return "gain"
    return None


FOR_THIS = re.compile(r"\b(?:for|to do|with) (?:this|that|it|my goal|the goal)\b")


def _loss_said_just_before(asked: Asked) -> str | None:
    """ "lose" when one of the user's last two messages says a weight to lose ("Ik wil graag 5 kilo
    afvallen", "I want to lose 5 kg") and the profile keeps no goal (General saves English goals only)."""
    recent = [r["text"] for r in asked.turn.history[-4:] if r.get("role") == "user" and isinstance(r.get("text"), str)][-2:]
    return "lose" if any(TO_LOSE.search((abroad_asks.lose_goal(text) or text).lower()) for text in recent) else None


def goal_from_chat(asked: Asked) -> str | None:
    """ "lose" or "gain" said in the user's recent messages, when this one points back at it
    ("want to build muscles" ... "how much protein and how many calories for this?")."""
    message = intents.clean(asked.turn.message)
    # "starting my cut for summer ..." then "and how much protein per day?": the "and" carries the last message's goal on
    carried = bool(re.match(r"^(?:and|so|ok|okay|also|then)\b", message)) and len(message.split()) <= 10
    if not FOR_THIS.search(message) and not carried:
        return None
    for record in reversed(asked.turn.history[-8:]):
        if record.get("role") == "user" and isinstance(record.get("text"), str):
            low = intents.clean(record["text"])
            if re.search(r"\b(?:build|gain|put on|grow)\w* (?:\w+ )?(?:muscles?|mass)\b|\bbulk", low):
                return "gain"
            if re.search(r"\b(?:lose|losing|drop|shed)\b|\b(?:my|a|on|starting|start|begin|beginning) (?:a |my )?cut\b|\bcutting\b|\bdeficit\b", low):
                return "lose"
            if carried:
                return None  # only the message just before carries on
    return None


def trains_by_profile(profile: dict[str, Any]) -> bool:
    """True when the profile's goals or activity say the user trains (protein for training)."""
    goals = " ".join(g for g in (profile or {}).get("goals") or [] if isinstance(g, str)).lower()
    active = (profile or {}).get("activity_level") in ("moderate", "active", "very_active")
    return active or bool(re.search(r"\b(muscle|strength|bulk|lift|marathon|race|train|athlet)", goals))


# Building muscle is a protein question first (ISSN position stand on protein and exercise,
# Jäger et al. 2017: 1.6-2.2 g per kg a day to build muscle, 20-40 g a meal every 3-4 hours).
MUSCLE = re.compile(r"\b(?:muscle|muscles|bulk|bulking|gains|hypertrophy|lean mass|build(?:ing)? (?:up|size))\b")
MUSCLE_PROTEIN = (
    "To build muscle, protein comes first: about 1.6–2.2 g per kg of body weight a day (about 110–155 g at 70 kg), "
    "spread over 3–4 meals of 20–40 g each, with a protein food at every meal, alongside strength training 2–4 times a week. "
    "Tell me your weight (“I'm 75 kg”) for your own figure."
)


# Protein in a deficit, said before the weight is known ("I'm cutting for my first bodybuilding show, how much protein?").
CUTTING_PROTEIN = (
    "While cutting, aim higher to keep your muscle: about 1.6–2.2 g per kg a day if you lift (ISSN 2017), and lean lifters "
    "preparing for a show often go up to 2.3–3.1 g per kg of lean mass (Helms et al., 2014). "
)


async def needs(asked: Asked, request: Request) -> Answer:
    """Daily calories for a goal from the profile and the message (an estimate, with floors)."""
    slots = dict(request.slots)
    goal = slots.get("goal", "maintain")
    if goal == "maintain" and FOR_THIS.search(intents.clean(asked.turn.message)):
        # "ok so how many calories for that?" after a goal: that goal
        goal = slots.get("goal_in_effect") if slots.get("goal_in_effect") in ("gain", "lose") else goal_from_chat(asked) or goal
    if not slots.get("goal_said") and goal == "maintain":
        goal = goal_from_profile(asked.turn.profile) or _loss_said_just_before(asked) or goal
    slots["goal_in_effect"] = goal  # "how long would that take?" follows a loss read from the profile
    if not asked.policy.numbers:
        text = (CARE_LINE + " " + SUPPORT_LINE) if asked.policy.category == "very_low_intake" else NO_NUMBERS_NEEDS
        return Answer(text, "needs", slots, reason="I'm keeping numbers out of this conversation for now.")
    if (not asked.policy.weight_loss or _pregnant(asked)) and (goal == "lose" or NOT_GAIN.search(intents.clean(asked.turn.message))):
        # "how many cals so I don't gain any weight?" in pregnancy: no target against gaining
        lead = PREGNANCY_NO_GAIN + " " if goal != "lose" else ""
        return Answer(lead + PREGNANCY_NEEDS, "needs", slots, examples=["what should I avoid eating when pregnant?"])
    saved_line = await save_facts_said(asked.turn)  # "I weigh 150 lbs, how many calories should I eat": kept, and said so
    facts = {**{k: v for k, v in (asked.turn.profile or {}).items() if k in ("age", "sex")}, **_body_facts(asked, slots)}
    age = facts.get("age")
    if isinstance(age, (int, float)) and not isinstance(age, bool) and 9 <= age < 18 and goal != "lose":
        return _with_saved(teen_needs(int(age), facts.get("sex"), slots), saved_line)  # growing: estimated for their age, never a deficit
    if goal != "lose" and (child := CHILD_AGED.search(intents.clean(asked.turn.message))) is not None and 9 <= int(child.group("age")) < 18:
        # "my daughter is 15 and plays hockey, how much should she be eating?": her growing needs, not an adult's
        who = child.group("who")
        sex = "male" if who in TEEN_BOYS else "female" if who in TEEN_GIRLS else None
        return teen_needs(int(child.group("age")), sex, slots, person="he" if sex == "male" else "she" if sex == "female" else "they")
    if not isinstance(age, (int, float)) and goal != "lose" and (teen := TEEN_SAID.search(intents.clean(asked.turn.message))) is not None:
        # "my teen son wants to bulk, how much should he eat": a growing teenager, not the adult figures
        who = (teen.group("who") or "").lower()
        sex = "male" if who in TEEN_BOYS else "female" if who in TEEN_GIRLS else None
        return teen_needs(None, sex, slots, person=("he" if sex == "male" else "she" if sex == "female" else "they") if who else "you")
    result = await asked.turn.call_tool("nutrition_needs", **_arguments({**slots, "body": _body_facts(asked, slots)}, goal, asked.turn.profile))
    if "error" in result:
        return Answer(f"I couldn't work that out: {result['error']}", "needs", slots)
    slots["body"] = result["body"]
    energy = result.get("energy")
    lines: list[str] = []
    examples = ["how much protein do I need?"] if energy is None else []
    if energy is None and "energy_range" in result:
        spread = result["energy_range"]
        low_m, high_m = spread["maintenance"]
        lines.append(
            f"An estimate, not a prescription: without your sex I'll give a range. You use about {low_m:,}–{high_m:,} kcal "
            "a day if you are lightly active (the lower figure for a woman, the higher for a man)."
        )
        low_t, high_t = spread["target"]
        if goal == "lose":
            lines.append(f"To lose about 0.5 kg a week, aim for about {low_t:,}–{high_t:,} kcal a day, never under 1,200.")
        elif goal == "gain":
            lines.append(f"To gain steadily, aim for about {low_t:,}–{high_t:,} kcal a day, with strength training.")
        if "protein" in result:  # "how much protein and how many calories?": the protein needs no sex
            protein = result["protein"]
            lines.append(f"Protein: about {protein['low_g']}–{protein['high_g']} g a day ({protein['per_kg'][0]:g}–{protein['per_kg'][1]:g} g per kg{_per_lb(asked, protein['per_kg'])}).")
        lines.append("Tell me if you're a man or a woman (“I'm a man”) and I'll narrow it down.")
        if saved_line:
            lines.insert(0, saved_line)
        return Answer("\n".join(lines), "needs", slots, examples=["I'm a man", "I'm a woman"], reason=f"Sources: {spread['method']}; {spread['limits']}.")
    if energy is None:
        if saved_line:
            lines.append(saved_line)
        lines.append(
            f"To estimate your calories I {'still ' if saved_line else ''}need your {_listing(result['missing'])}, e.g. “I'm 34, female, 68 kg, "
            "165 cm”. Most adults need roughly 1,800–2,400 kcal a day (women towards the lower end)."
        )
        if goal == "lose":
            lines.append("For steady weight loss (about 0.5 kg a week) eat about 500 kcal less than you burn each day, never under 1,200 kcal a day in all.")
        elif goal == "gain":
            lines.append("For steady weight gain eat about 300 kcal a day above your needs, with strength training.")
        if goal == "gain" and MUSCLE.search(intents.clean(asked.turn.message)):
            # "i want to build muscle, what should i eat": protein first, then the surplus
            lines.insert(0, MUSCLE_PROTEIN)
        return Answer("\n".join(lines), "needs", slots, examples=examples, reason="An estimate needs weight, height, age and sex.")
    activity = ACTIVITY_LABELS[energy["activity"]]
    known = result["body"].get("activity") is not None
    lines.append(
        f"An estimate, not a prescription: your body uses about {kcal(energy['bmr'])} a day at rest, and about "
        f"{kcal(energy['maintenance'])} a day {'being' if known else 'if you are'} {activity}."
    )
    if goal == "lose":
        rate = abs(energy["rate_kg_week"])
        lines.append(f"To lose about {rate:.1f} kg a week, aim for about {kcal(energy['target'])} a day.")
        if energy["rate_capped"]:
            lines.append("I've capped it at 1 kg a week: faster loss means losing muscle and missing nutrients (NHS advises 0.5–1 kg a week).")
        if energy["floor_applied"]:
            lines.append(f"I won't go under {kcal(energy['floor'])} a day, so the loss will be slower than that; moving more is the other lever.")
    elif goal == "gain":
        lines.append(f"To gain steadily (about {energy['rate_kg_week']:.1f} kg a week), aim for about {kcal(energy['target'])} a day, with strength training.")
    if "protein" in result:
        protein = result["protein"]
        lines.append(f"Protein: about {protein['low_g']}–{protein['high_g']} g a day ({protein['per_kg'][0]:g}–{protein['per_kg'][1]:g} g per kg{_per_lb(asked, protein['per_kg'])}).")
    if result.get("saved_target"):
        lines.append(f"Your saved target is {kcal(result['saved_target'])}; say “my calorie target is …” to change it.")
    else:
        lines.append(f"Say “my calorie target is {energy['target']}” and I'll track your days against it.")
    if not known:
        lines.append("Tell me how active you are (e.g. “I train 4 times a week”) and I'll refine it.")
    if saved_line:
        lines.append(saved_line)
    elif keep := _keep_in_profile(asked, result["body"]):
        lines.append(keep)
    other = {"lose": "and to gain?", "gain": "and to lose?", "maintain": "and to lose weight?"}[goal]
    return Answer(
        "\n".join(lines),
        "needs",
        slots,
        reason=_energy_reason(result["body"], energy, goal),
        examples=["why?", other, "how much protein do I need?"],
    )


# Estimated energy for active children and teenagers (US Dietary Guidelines 2020-2025, Appendix 2):
# (low age, high age, sex) -> kcal a day for an active one. Mifflin-St Jeor is for adults.
TEEN_ACTIVE_KCAL = {(9, 13, "male"): (2000, 2600), (9, 13, "female"): (1800, 2200), (14, 18, "male"): (2800, 3200), (14, 18, "female"): (2400, 2400)}
TEEN_SOURCE = "US Dietary Guidelines for Americans 2020-2025, Appendix 2 (estimated calorie needs of active children and teenagers)"


# A teenager named without an age: "my teen son", "our teenage daughter", "I'm a teenager".
TEEN_SAID = re.compile(r"\b(?:teen|teens|teenage|teenaged|teenager)(?:\s+(?P<who>son|boy|lad|daughter|girl|kid|child))?\b")
CHILD_AGED = re.compile(r"\b(?:my|our) (?P<who>son|daughter|boy|girl|kid|child|lad)(?: is|'s| who is| who's|,)? (?P<age>\d{1,2})\b(?! ?(?:kg|kgs|kilos?|lbs?|cm|months?|mins?|minutes?))")
TEEN_BOYS = frozenset({"son", "boy", "lad"})
TEEN_GIRLS = frozenset({"daughter", "girl"})
GROWING = {"you": ("You're", "your"), "he": ("He's", "his"), "she": ("She's", "her"), "they": ("They're", "their")}


def teen_needs(age: int | None, sex: str | None, slots: dict[str, Any], person: str = "you") -> Answer:
    """Calories for a growing, training teenager: the active range for their age (14-18 when no age
    is said), food first, and no supplements beyond what a doctor or dietitian advises. `person`
    is who it is said to be about ("he" for "my teen son")."""
    band = (9, 13) if age is not None and age <= 13 else (14, 18)
    if sex in ("male", "female"):
        low, high = TEEN_ACTIVE_KCAL[(*band, sex)]
        who = f"an active {'boy' if sex == 'male' else 'girl'} of {age}" if age is not None else f"an active teenage {'boy' if sex == 'male' else 'girl'}"
    else:
        low, high = TEEN_ACTIVE_KCAL[(*band, "female")][0], TEEN_ACTIVE_KCAL[(*band, "male")][1]
        who = f"an active {age}-year-old" if age is not None else "an active teenager"
        who += " (the lower end for girls, the higher for boys)"
    span = f"{low:,} kcal" if low == high else f"{low:,}–{high:,} kcal"
    growing, whose = GROWING[person]
    text = (
        f"{growing} still growing, so eat for growth and training, never less: about {span} a day for {who} who trains most days. "
        "Get it from food first: three proper meals and two or three snacks, with a protein food at each (eggs, milk or yogurt, "
        "chicken, fish, beans or lentils), plenty of carbs around training (rice, pasta, potatoes, bread, oats) and fruit and veg. "
        f"A mass gainer or other supplements aren't needed at {whose} age: real food does the same job, and under-18s shouldn't take "
        "supplements beyond what a doctor or dietitian advises. If the weight isn't going up over a month, add a snack rather than a shake, "
        "and talk to your GP or a sports dietitian if you're worried."
    )
    return Answer(text, "needs", slots, reason=f"Source: {TEEN_SOURCE}; teenagers' needs are estimated for their age, as adult equations don't allow for growth.", examples=["snack ideas", "why?"])


# Building muscle, said in the message: "tryna bulk", "to build muscle", "Muskeln aufbauen".
BUILDS_MUSCLE = re.compile(
    r"\b(?:bulk|bulking|lean bulk|build(?:ing)? (?:some )?muscles?|gain(?:ing)? muscles?|muscle gain|put(?:ting)? on muscle|"
    r"hypertrophy|get(?:ting)? (?:big|bigger|jacked|swole)|muskeln? aufbauen|muskelaufbau|ganar m[uú]sculo|prendre du muscle)\b",
    re.IGNORECASE,
)


async def protein(asked: Asked, request: Request) -> Answer:
    """A protein range in grams from body weight, with its source."""
    slots = dict(request.slots)
    if not asked.policy.numbers:
        return Answer(
            "I'll leave the numbers aside. A protein food at each meal (eggs, yogurt, beans, tofu, fish, chicken) "
            "covers most people's needs. " + SUPPORT_LINE,
            "protein",
            slots,
        )
    goal = slots.get("goal", "maintain")
    if goal == "maintain" and BUILDS_MUSCLE.search(asked.turn.message):
        goal = "gain"  # "how much protein, I'm 80kg tryna bulk": protein to build muscle
    elif goal == "maintain" and (LOSING_PACE.search(intents.clean(asked.turn.message)) or (
        (not slots.get("trains") or ON_A_CUT.search(intents.clean(asked.turn.message))) and intents.LOSE_WORDS.search(intents.clean(asked.turn.message))
    )):
        goal = "lose"  # "how much protein to lose weight? I'm 90 kg": protein that keeps muscle in a deficit
    if goal == "maintain":
        goal = goal_from_profile(asked.turn.profile) or goal_from_chat(asked) or goal  # "fat loss" saved with the profile: protein for losing
    if goal == "maintain" and (checked := intents.protein_checked(intents.clean(asked.turn.message))) is not None and _cut_in_chat(asked):
        goal, slots["trains"] = "lose", True  # "12 wks out from my show, losing 0.5kg/wk" ... "is 200g protein a day enough?": the range for a cut
    if not slots.get("trains") and (plays_sport(asked.turn.message) or sport_in_history(asked.turn.history) or _gym_just_said(asked.turn.history)):
        slots["trains"] = True  # "play 5-a-side twice a week" said earlier: the training range, not 0.83 g/kg
    said = intents.clean(asked.turn.message)
    child = CHILD_AGED.search(said) or AGED_CHILD.search(said)
    child = child if child is not None and 9 <= int(child.group("age")) < 18 else None
    if child is not None or ((teen := TEEN_SAID.search(said)) is not None and teen.group("who")):
        # "my daughter is 15 and 50kg, how much protein does she need?": a growing teenager's eating, not an adult's per-kg figure
        who = (child.group("who") if child is not None else teen.group("who")).lower()
        sex = "male" if who in TEEN_BOYS else "female" if who in TEEN_GIRLS else None
        return teen_needs(int(child.group("age")) if child is not None else None, sex, slots, person="he" if sex == "male" else "she" if sex == "female" else "they")
    saved_line = await save_facts_said(asked.turn)  # "how much protein should I eat? I'm 80kg": kept, and said so
    result = await asked.turn.call_tool(
        "nutrition_needs", **_arguments({**slots, "body": _body_facts(asked, slots)}, goal, asked.turn.profile)
    )
    prefs = DietPrefs.from_profile(await _profile_now(asked))
    fitting = _protein_foods_that_fit(prefs)
    if "error" in result or "protein" not in result:
        return Answer(
            "Protein needs go by body weight: about 0.83 g per kg a day for most adults (WHO, EFSA), 1.0–1.2 g/kg "
            "from 65, and 1.4–2.0 g/kg if you train regularly (ISSN). "
            + (CUTTING_PROTEIN if goal == "lose" else "")
            + "Tell me your weight (e.g. “I weigh 70 kg”) and I'll work out yours." + (f"\n{fitting}" if fitting else ""),
            "protein",
            {**slots, "goal": goal},
            reason="; ".join(PROTEIN_SOURCES.values()) + ".",
            examples=["I weigh 70 kg"],
        )
    slots["body"] = result["body"]
    need = result["protein"]
    weight = result["body"]["weight_kg"]
    who = {"adult": "for most adults", "older": "from age 65", "training": "when you train regularly", "muscle": "to build muscle", "cutting": "while cutting and lifting, to keep your muscle", "losing": "while losing weight, to keep your muscle"}[need["basis"]]
    lines = [
        f"At {weight:g} kg, aim for about {need['low_g']}–{need['high_g']} g of protein a day "
        f"({need['per_kg'][0]:g}–{need['per_kg'][1]:g} g per kg{_per_lb(asked, need['per_kg'])} {who}).",
        fitting
        or "Spread it over your meals, about 20–40 g each: e.g. 3 eggs (19 g), a pot of Greek yogurt (17 g), 100 g of "
        "chicken (31 g), a cup of lentils (18 g).",
    ]
    if (checked := intents.protein_checked(intents.clean(asked.turn.message))) is not None:
        lines.insert(0, _protein_verdict(checked, weight, need))
    if saved_line:
        lines.append(saved_line)
    elif keep := _keep_in_profile(asked, result["body"]):
        lines.append(keep)
    examples = ["why?", "and calories?"]
    if need["basis"] not in ("training", "muscle", "cutting"):
        lines.append("If you lift or train most days, it's more: tell me (“I train 4 times a week”).")
        examples.insert(1, "I train 4 times a week")
    if also := slots.pop("also_faq", None):
        other = await faq(asked, Request("faq", {"id": also}))
        lines += ["", other.text]  # the other nutrient asked in the same message
    if slots.pop("rest_day", False):
        # "what about on rest days?": the same figure; muscle repair goes on between sessions
        lines.insert(0, REST_DAY_PROTEIN)
        examples = ["why?", "and calories?"]
    return Answer("\n".join(lines), "protein", slots, reason=f"{PROTEIN_WHY[need['basis']]} Source: {need['source']}.", examples=examples)


# A cut said, however a lifter says it: "while cutting", "on a cut", "in a deficit", "starting my cut".
# A cut or a stage said earlier in the chat: "12 wks out from my physique show", "losing 0.5kg/wk", "on a cut".
CUT_SAID = re.compile(
    r"\b(?:cutting|on a cut|my cut|a cut|in a deficit|calorie deficit|shredding|shredded|show prep|contest prep|prep|physique|bodybuilding|"
    r"(?:weeks?|wks?) out|step on stage|on stage|leaner)\b"
)


def _cut_in_chat(asked: Asked) -> bool:
    """True when this message or the user's recent ones say they are cutting (losing fat while lifting)."""
    said = [asked.turn.message] + [r["text"] for r in asked.turn.history[-8:] if r.get("role") == "user" and isinstance(r.get("text"), str)]
    return any(CUT_SAID.search(intents.clean(text)) or LOSING_PACE.search(intents.clean(text)) for text in said)


def _protein_verdict(grams: int, weight: float, need: dict[str, Any]) -> str:
    """Whether `grams` a day is enough for `need` (the range worked out), in a line."""
    per_kg = grams / weight
    if grams < need["low_g"]:
        return f"{grams} g a day is about {per_kg:.1f} g per kg: a little under the range below, so aim for at least {need['low_g']} g."
    if grams <= need["high_g"] * 1.15:
        where = "within" if grams <= need["high_g"] else "at the top of"
        return f"Yes, {grams} g a day is enough: about {per_kg:.1f} g per kg, {where} the range below."
    return (
        f"That's more than enough: {grams} g a day is about {per_kg:.1f} g per kg, above the range below. It's fine for healthy people, "
        "but more doesn't build more muscle, and the extra takes calories you could give to carbs for training."
    )


ON_A_CUT = re.compile(r"\b(?:cutting|on a cut|my cut|a cut|in a deficit|calorie deficit|shredding|getting shredded)\b")
# Why the figure is what it is ("why that much?"): what the protein does, for each basis.
PROTEIN_WHY = {
    "adult": "About 0.83 g per kg a day covers what the body uses to repair and replace its own proteins (muscle, skin, blood, "
    "enzymes) for almost all adults; eating more is fine but brings no extra benefit unless you train.",
    "older": "From about 65 the body builds muscle less readily from the same meal, so a little more protein (1.0-1.2 g per kg, the "
    "PROT-AGE group's advice) helps keep muscle and strength.",
    "training": "Training breaks down muscle protein, and protein gives your body what it needs to repair and rebuild it stronger "
    "(muscle protein synthesis): people who train need about 1.4-2.0 g per kg a day, against 0.83 g for inactive adults. "
    "Spread over 3-4 meals of 20-40 g, each one tops up muscle repair; beyond about 2 g per kg there is little extra gain.",
    "muscle": "Building muscle means building new muscle protein: training is the signal, and protein supplies the building "
    "blocks and the repair after each session (muscle protein synthesis). About 1.6-2.0 g per kg a day gets most of the gain; "
    "beyond about 2 g per kg there is little extra.",
    "cutting": "In a calorie deficit the body also breaks down muscle, and lifting while eating less makes protein matter more: about "
    "1.6-2.2 g per kg a day (the ISSN's figure; lean lifters late in a cut may go higher) with your training kept up protects the muscle "
    "while the fat comes off, and it keeps you fuller.",
    "losing": "In a calorie deficit the body also breaks down muscle; more protein (about 1.2-1.6 g per kg, more if you train) "
    "helps keep muscle while you lose fat, and it keeps you fuller for longer.",
}
REST_DAY_PROTEIN = (
    "About the same on rest days: keep your protein steady every day, don't cut it. Muscles repair and rebuild for a day or "
    "two after training, so rest days are when much of that protein is used. Only the carbs can come down a little on a rest day."
)


# "give me protein in grams per pound", "how many g/lb": the same figures per pound of body weight.
PER_POUND = re.compile(r"\b(?:per|a|each|/)\s*(?:pound|lb)s?\b|\bg\s*/\s*lbs?\b|\bgrams? per (?:pound|lb)\b", re.IGNORECASE)
POUNDS_PER_KG = 2.2046


def _per_lb(asked: Asked, per_kg: Sequence[float]) -> str:
    """ ", or 0.6–0.9 g per lb" when the message asks per pound; "" otherwise."""
    if not PER_POUND.search(asked.turn.message):
        return ""
    return f", or {per_kg[0] / POUNDS_PER_KG:.1f}–{per_kg[1] / POUNDS_PER_KG:.1f} g per lb"


def _protein_foods_that_fit(prefs: DietPrefs) -> str:
    """ "Spread it over your meals ...: lentils, beans and chickpeas, quinoa ..." with only the
    protein foods that fit a saved diet; "" when nothing is saved (the usual examples stand)."""
    if prefs.is_default:
        return ""
    entry = next((e for e in knowledge.load_entries() if e.id == "protein_sources"), None)
    if entry is None:
        return ""
    fitting = [words for words, parts in entry.options if knowledge.fits(parts, prefs)]
    if not fitting:
        return ""
    listed = fitting[0] if len(fitting) == 1 else ", ".join(fitting[:-1]) + " and " + fitting[-1]
    return f"Spread it over your meals, about 20–40 g each, from foods that fit your diet: {listed}."


async def _profile_now(asked: Asked) -> dict[str, Any] | None:
    """The profile as saved now, with a diet stated in this very message ("vegan and soy-free, how do I get 120 g?")."""
    try:
        return await asked.turn.store.read_profile()
    except Exception:  # the answer stands on the turn's profile if the store can't be read
        return asked.turn.profile


# A diet said with an everyday question, the user's or someone else's: "she's veggie", "for my vegan son".
DIET_IN_MESSAGE = re.compile(r"\b(?:vegan|plant[- ]based|veg[aeiy]?t[aei]r[iy]?[ae]n|veggie|meat[- ]free)\b(?! (?:burgers?|sausages?|mince|options? (?:at|on)))")


# Everyday answers about ordering food out, answered as eating out safely for someone with an
# allergy or coeliac disease.
EATING_OUT = ("takeaway",)


async def faq(asked: Asked, request: Request) -> Answer:
    """A curated everyday answer (or one of its follow-up facets), with its sources."""
    entry = next(e for e in knowledge.load_entries() if e.id == request.slots["id"])
    facet = request.slots.get("facet")
    numbers = asked.policy.numbers
    prefs = DietPrefs.from_profile(asked.turn.profile)
    if prefs.type == "omnivore" and (said := DIET_IN_MESSAGE.search(intents.clean(asked.turn.message))) is not None:
        # "what can I cook her that's high in iron? she's veggie": this answer's foods fit the diet said, for whoever it is
        prefs = attrs.evolve(prefs, type="vegan" if said.group(0).startswith(("vegan", "plant")) else "vegetarian")
    if entry.id in EATING_OUT and not facet and (prefs.allergies or prefs.gluten_free):
        # "what can I order at a restaurant?" from someone with an allergy or coeliac disease: safety first
        entry = next(e for e in knowledge.load_entries() if e.id == "eating_out_safely")
    text = entry.render(prefs, gentle=not numbers, facet=facet)
    used = entry.sources_for(prefs, facet)
    if parts := request.slots.get("parts"):
        text, used = render_parts(entry, parts, prefs, gentle=not numbers)  # every part of a two-part question
    if request.slots.get("simple"):
        text = _bullets(entry.render(prefs, gentle=True, facet=facet))  # "make it simpler, like 3 bullet points": the gentle version, as points
    if entry.id in SPORTS_SUPPLEMENTS and (teen := _under_18(asked)) is not None:
        # "I'm 15, is creatine safe for me?", "my son is 15, can he take creatine?": not for a growing body, and no adult dosing
        return Answer(
            f"{_teen_supplement_caveat(entry.topic, *teen)}\nSource: {AAP_SUPPLEMENTS.cite()}.",
            "faq",
            {"id": entry.id},
            reason=f"Teenagers are still growing and supplements haven't been tested in them; that's from {AAP_SUPPLEMENTS.cite()}, {AAP_SUPPLEMENTS.url}.",
            examples=["how much protein do I need?", "snack ideas"] if teen[1] == "you" else ["snack ideas"],
        )
    sources = "; ".join(source.cite() for source in used)
    lines = [text]
    if entry.id == "weight_loss_rate" and facet == "cut" and numbers and (weight := _weight_now(asked)):
        low_kg, high_kg = round(weight * 0.005 / 0.05) * 0.05, round(weight * 0.01 / 0.05) * 0.05
        kilos = "-".join(f"{value:.2f}".rstrip("0").rstrip(".") for value in (low_kg, high_kg))
        lines = [text.replace("(at 80 kg, 0.4-0.8 kg)", f"(at {weight:g} kg, about {kilos} kg)")]  # their own weight's pace
    if entry.id == "weight_loss_rate" and numbers and not facet and (kilos := _amount_to_lose(asked)):
        lines.append(f"At that pace, losing {kilos:g} kg takes about {kilos / 1.0:.0f}–{kilos / 0.5:.0f} weeks.")
    if entry.id == "carbs_amount" and facet == "training_days" and numbers and (weight := _weight_now(asked)):
        low_g, high_g = round(weight * 6 / 10) * 10, round(weight * 10 / 10) * 10
        lines = [line.replace("For a 60 kg runner a long-run day is about 360-600 g", f"At your {weight:.0f} kg, a long-run day is about {low_g:,}-{high_g:,} g") for line in lines]
    if entry.id == "alcohol" and numbers and (drinks := _their_drinks(asked.turn.message)) is not None:
        lines = [_drinks_said(line, *drinks) for line in lines]  # "I have like 4 pints on a saturday": their 4 pints' calories
    lines.append(f"Source: {sources}.")
    if not numbers:
        lines = [text, SUPPORT_LINE]
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]  # the answer's own point, when no reason is written down
    reason = (_because(entry.why) + " " if entry.why and numbers else (f"In short: {first} " if numbers and first else "")) + "That's from " + "; ".join(f"{s.cite()}, {s.url}" for s in used) + "."
    slots = {"id": entry.id, **({"facet": facet} if facet else {})}
    warns = {*entry.warns_about, *("gluten_free" for a in entry.warns_about if a == "gluten"), *("lactose_free" for a in entry.warns_about if a == "dairy")}
    return Answer(
        "\n".join(lines), "faq", slots, reason=reason, examples=_faq_examples(entry, facet) if numbers else [], warns=frozenset(warns)
    )


# Drinks counted in an alcohol question: "I have like 4 pints on a saturday", "usually 3 or 4 beers".
THEIR_DRINKS = re.compile(
    r"\b(?:like |about |around |maybe |usually |normally |roughly )?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"(?:\s*(?:-|or|to)\s*(?P<m>\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve))?\s+"
    r"(?P<kind>pints?|beers?|lagers?|bottles of (?:beer|lager)|cans of (?:beer|lager)|cans|bottles|(?:large |medium |small )?glasses of (?:red |white |rose )?wine|(?:large |medium |small )?wines)\b"
)
_DRINK_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
# kcal of one, after USDA FoodData Central (regular beer 43 kcal per 100 g; table wine 83 per 100 g)
_DRINK_KCAL = {"pint": (245, "UK pints of lager", "a 568 ml pint"), "beer": (150, "beers", "a 330-355 ml bottle or can"), "wine": (145, "glasses of wine", "a 175 ml glass")}
_ALCOHOL_KCAL_SAID = re.compile(r"6-8 UK pints of lager is roughly 1,450-1,950 kcal|So 6 pints of lager is about 1,450 kcal and 8 about 1,950")


def _their_drinks(message: str) -> tuple[int, int, str] | None:
    """(fewest, most, kind) of the drinks a message counts, or None."""
    found = THEIR_DRINKS.search(intents.clean(message))
    if found is None:
        return None
    low, high = (int(n) if n.isdigit() else _DRINK_COUNTS[n] for n in (found.group("n"), found.group("m") or found.group("n")))
    kind = found.group("kind")
    kind = "pint" if kind.startswith("pint") else "wine" if "wine" in kind else "beer"
    return (low, high, kind) if 0 < low <= high <= 24 else None


def _drinks_said(line: str, low: int, high: int, kind: str) -> str:
    """`line` with the answer's example session replaced by the drinks the user counted."""
    each, name, size = _DRINK_KCAL[kind]
    count = f"{low}" if low == high else f"{low}-{high}"
    total = f"{low * each:,}" if low == high else f"{low * each:,}-{high * each:,}"
    return _ALCOHOL_KCAL_SAID.sub(f"your {count} {name} come to roughly {total} kcal, about {each} each ({size})", line, count=1)


# Supplements taken to train or grow: not advised for under-18s.
AAP_SUPPLEMENTS = knowledge.Source(
    "American Academy of Pediatrics: Use of Performance-Enhancing Substances (LaBotz, Griesemer)", 2016, "https://doi.org/10.1542/peds.2016-1300"
)
SPORTS_SUPPLEMENTS = frozenset({"creatine", "protein_powder"})  # the mass gainer answer says "under 18, stick to food" itself
# "my 14 year old daughter", "our 16yo son": a child, aged before being named.
AGED_CHILD = re.compile(r"\b(?:my|our) (?P<age>\d{1,2}) ?(?:-| )?(?:years?|yrs?|y/?o)?(?:[- ]old)? (?P<who>son|daughter|boy|girl|kid|child|lad)\b")
# The user's own age said ("I'm 15", "im 16 and", "as a 14 year old", "15yo here").
OWN_AGE = re.compile(r"\b(?:i'?m|i am|im|as an?|me|age|aged)\s+(?P<age>1[0-7])\b(?! ?(?:kg|kgs|kilos?|lbs?|cm|stone|st|months?|mins?|minutes?|%|reps?|sets?|km|miles?|days?|weeks?|hours?))|\b(?P<aged>1[0-7]) ?(?:-| )?(?:years?|yrs?|y/?o)(?:[- ]old)?\b")
TEEN_PERSON = re.compile(r"\b(?:i'?m|i am|im) (?:a |only a |just a )?(?:teen|teenager|in (?:high school|year (?:7|8|9|10|11|12)|secondary school|sixth form))\b")


# Asked for the day they are an adult: "once i'm 18", "when I turn 18", "after my 18th birthday".
ADULT_LATER = re.compile(r"\b(?:once|when|after|as soon as|by the time) (?:i'?m|i am|im|i turn|i get to|he'?s|she'?s|he turns|she turns|they'?re|my) (?:1[89]|2\d|an adult|18th)\b")


def _under_18(asked: Asked) -> tuple[int | None, str] | None:
    """(age, person) when the question is for someone under 18: the user's age said or kept, or
    a child's ("my son is 15", "my teenage daughter"); None for an adult or no age known."""
    low = intents.clean(asked.turn.message)
    if ADULT_LATER.search(low):
        return None  # "ok and once i'm 18, how much would i take?": the adult answer is asked for
    if (child := CHILD_AGED.search(low) or AGED_CHILD.search(low)) is not None and 9 <= int(child.group("age")) < 18:
        who = child.group("who")
        return int(child.group("age")), "he" if who in TEEN_BOYS else "she" if who in TEEN_GIRLS else "they"
    if (teen := TEEN_SAID.search(low)) is not None and teen.group("who"):
        who = teen.group("who")
        return None, "he" if who in TEEN_BOYS else "she" if who in TEEN_GIRLS else "they"
    if (own := OWN_AGE.search(low)) is not None:
        return int(own.group("age") or own.group("aged")), "you"
    if TEEN_PERSON.search(low):
        return None, "you"
    age = (asked.turn.profile or {}).get("age") or body_from_history(asked.turn.history).to_json().get("age")
    if isinstance(age, (int, float)) and not isinstance(age, bool) and 9 <= age < 18:
        return int(age), "you"
    return None


def _teen_supplement_caveat(topic: str, age: int | None, person: str) -> str:
    """The word for a teenager before a sports supplement's answer."""
    growing, whose = GROWING[person]
    at = f"At {age}, " if age is not None else ""
    lead = f"{at}{growing.lower() if at else growing} still growing" if person != "you" else f"{at}{'you' if at else 'You'}'re still growing"
    is_are = "isn't" if not topic.endswith("s") else "aren't"
    return (
        f"{lead}: {topic} {is_are} needed or recommended under 18. Real food does the job: a protein food at each meal (eggs, milk or "
        f"yogurt, chicken, fish, beans), plenty of carbs and a snack around training. Supplements haven't been studied enough in teenagers, "
        f"and the American Academy of Pediatrics advises against performance supplements before 18; talk to a GP or sports dietitian "
        f"before taking anything at {whose} age."
    )


def _bullets(text: str) -> str:
    """A short answer as a few bullet points: its sentences, or the parts of a one-sentence answer."""
    parts = [part.strip() for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part.strip()]
    if len(parts) == 1:
        pieces = [re.sub(r"^(?:and|or|then)\s+", "", part.strip()) for part in re.split(r";\s+" if ";" in parts[0] else r",\s+", parts[0].rstrip(".")) if part.strip()]
        parts = []
        for piece in pieces:  # a short lead-in ("On days off") stays with what follows it
            if parts and len(parts[-1].split()) < 4:
                parts[-1] = f"{parts[-1]}, {piece}"
            else:
                parts.append(piece)
    parts = parts[:4]
    return "\n".join(f"• {part[0].upper()}{part[1:].rstrip('.')}" for part in parts)


def _faq_examples(entry: knowledge.Entry, facet: str | None) -> list[str]:
    """ "why?", and the entry's first follow-up question not answered yet, as the user would ask it."""
    examples = ["why?"]
    unasked = [f for f in entry.facets if f.id != facet]
    if unasked and unasked[0].example:
        examples.insert(0, unasked[0].example)
    return examples


async def faq_rank(asked: Asked, request: Request) -> Answer:
    """ "which one has the most?" after an everyday answer: its options, richest first."""
    entry = next((e for e in knowledge.load_entries() if e.id == request.slots.get("id")), None)
    nutrient = request.slots.get("nutrient", "protein_g")
    if entry is None or not entry.options:
        return await faq(asked, Request("faq", {"id": request.slots.get("id")}))
    prefs = DietPrefs.from_profile(asked.turn.profile)
    table = load_table()
    ranked = []
    for words, parts in entry.options:
        foods = [table.get(part) for part in parts if part in table.by_id]
        if not foods or not all(prefs.allows(food) for food in foods):
            continue
        food = max(foods, key=lambda f: getattr(f, nutrient))
        ranked.append((getattr(food, nutrient), words, food))
    ranked.sort(key=lambda row: -row[0])
    label = "fibre" if nutrient == "fibre_g" else "protein"
    if not asked.policy.numbers:
        text = f"Richest in {label} first: " + ", ".join(words for _, words, _ in ranked) + "."
    else:
        text = f"Richest in {label} first, per usual portion: " + "; ".join(
            f"{words} ({amount:.0f} g in {food.portion_description})" for amount, words, food in ranked
        ) + "."
    return Answer(text, "faq", {"id": entry.id}, reason="Figures from USDA FoodData Central for a usual portion.", examples=["why?"])


def _with_saved(answer: Answer, saved_line: str | None) -> Answer:
    """`answer` with the sentence confirming what was saved to the profile after it."""
    return attrs.evolve(answer, text=f"{answer.text}\n{saved_line}") if saved_line else answer


def _keep_in_profile(asked: Asked, body: dict[str, Any]) -> str:
    """When the figures came from the conversation, not the profile: how to keep them (General
    keeps weight, height, age and sex; Ceres only reads them)."""
    saved = Body.from_profile(asked.turn.profile).to_json()
    said = {key: value for key, value in body.items() if key in ("age", "sex", "height_cm", "weight_kg") and key not in saved}
    if not said or OTHER_PERSON.search(asked.turn.message.lower()):  # "my husband ... he's 90kg": his figures, not hers to keep
        return ""
    parts = [f"{said['age']:g}" if "age" in said else "", said.get("sex", ""),
             f"{said['height_cm']:g} cm" if "height_cm" in said else "", f"{said['weight_kg']:g} kg" if "weight_kg" in said else ""]
    facts = ", ".join(part for part in parts if part)
    return f"I've used {facts} from our chat; to keep it in your profile for every agent, say “remember I'm {facts}”."


def _body_facts(asked: Asked, slots: dict[str, Any]) -> dict[str, Any]:
    """What the message says, over what the profile holds, over what earlier messages said."""
    saved = Body.from_profile(asked.turn.profile).to_json()
    said_before = {k: v for k, v in body_from_history(asked.turn.history).to_json().items() if k not in saved}
    return {**said_before, **(slots.get("body") or {})}


_AMOUNT = r"(\d+(?:\.\d+)?|a|an|one|two|three|half a)\s*(kg|kgs|kilos?|lbs?|pounds?|stone|st)\b"
TO_LOSE = re.compile(
    rf"\b(?:lose|losing|drop|dropping|shed|shift) (?:about |around |roughly |like |another |some |off )?{_AMOUNT}"
    rf"|\b{_AMOUNT}\s+(?:take|to go|to lose|to drop)\b"  # "how long will a stone take?"
)
WORD_AMOUNTS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half a": 0.5}


def _because(why: str) -> str:
    """The reasoning behind an answer said as a reason: "Because body weight follows ..."."""
    if re.match(r"(?i)because\b", why) or re.match(r"[A-Z]{2,}|[A-Z][a-z]*[A-Z]", why):
        return why  # already a reason, or it opens with a name ("NHS", "EFSA") that keeps its capitals
    return f"Because {why[:1].lower()}{why[1:]}"


def _weight_now(asked: Asked) -> float | None:
    """The user's weight in kg: said in this message, the profile's, or said earlier in the chat."""
    from agenthost_ceres.body import parse_body

    said = parse_body(asked.turn.message).weight_kg
    saved = (asked.turn.profile or {}).get("weight_kg")
    weight = said or (saved if isinstance(saved, (int, float)) else None) or body_from_history(asked.turn.history).weight_kg
    return float(weight) if weight and 30 <= float(weight) <= 300 else None


def _amount_to_lose(asked: Asked) -> float | None:
    """The weight the user said they want to lose, in kg (this message, a recent one, or the
    goals General keeps in the profile)."""
    goals = [g for g in (asked.turn.profile or {}).get("goals") or [] if isinstance(g, str)]
    messages = [asked.turn.message] + [
        r["text"] for r in reversed(asked.turn.history[-12:]) if r.get("role") == "user" and isinstance(r.get("text"), str)
    ] + goals
    for text in messages:
        text = abroad_asks.lose_goal(text) or text  # "ik wil graag 5 kilo afvallen"
        if (found := TO_LOSE.search(text.lower())) and not re.match(r"\s*(?:a|per|each|every) ?(?:week|wk)\b", text.lower()[found.end():]):  # "a pound a week" is a pace
            said, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
            value = WORD_AMOUNTS.get(said) or float(said)
            kilos = value * 0.4536 if unit.startswith(("lb", "pound")) else value * 6.35 if unit.startswith(("st", "stone")) else value
            return round(kilos, 1) if 0 < kilos <= 150 else None
    return None


def _arguments(slots: dict[str, Any], goal: str, profile: dict[str, Any] | None = None) -> dict[str, Any]:
    body = slots.get("body") or {}
    arguments: dict[str, Any] = {"goal": goal, "trains": bool(slots.get("trains")) or trains_by_profile(profile or {})}
    for key in ("weight_kg", "height_cm", "sex", "activity"):
        if body.get(key) is not None:
            arguments[key] = body[key]
    if body.get("age") is not None:
        arguments["age"] = int(body["age"])
    if slots.get("rate") is not None:
        arguments["rate_kg_per_week"] = min(5.0, float(slots["rate"]))
    return arguments


def _energy_reason(body: dict[str, Any], energy: dict[str, Any], goal: str) -> str:
    sign = "+ 5" if body["sex"] == "male" else "− 161"
    text = (
        f"Mifflin-St Jeor: 10 × {body['weight_kg']:g} kg + 6.25 × {body['height_cm']:g} cm − 5 × {body['age']:g} years "
        f"{sign} = {energy['bmr']:,} kcal at rest; × {energy['factor']:g} for your activity = {energy['maintenance']:,} kcal."
    )
    if goal == "lose":
        text += (
            f" Losing {abs(energy['rate_kg_week']):g} kg a week takes about {abs(energy['rate_kg_week']) * KCAL_PER_KG / 7:,.0f} kcal "
            f"a day less ({KCAL_PER_KG:,} kcal per kg of body fat), never under {energy['floor']:,} kcal a day."
        )
    elif goal == "gain":
        text += " Gaining adds about 300 kcal a day."
    return text + f" Sources: {energy['method']}; {energy['limits']}."


def _listing(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


SAFE_RATE = (0.5, 1.0)  # kg a week, the NHS's steady pace


async def goal_time(asked: Asked, request: Request) -> Answer:
    """ "How long till I hit my goal?": the weight to lose at the NHS's steady 0.5-1 kg a week."""
    if not asked.policy.numbers or not asked.policy.weight_loss:
        return Answer(
            "I'd rather not put a timeline on your weight. What helps most is regular meals you enjoy and moving in ways "
            "that feel good; " + ("your midwife or GP can guide you." if asked.policy.category == "pregnancy" else SUPPORT_LINE),
            "goal_time",
        )
    if request.slots.get("kilos") and request.slots.get("weeks"):
        return _pace_judged(float(request.slots["kilos"]), float(request.slots["weeks"]))
    kilos = _amount_to_lose(asked)
    if kilos is None:
        return Answer(
            "Tell me how much you'd like to lose (e.g. “I want to lose 5 kg”) and I'll work out how long it takes at a safe pace.",
            "goal_time",
            examples=["I want to lose 5 kg"],
        )
    slow, fast = kilos / SAFE_RATE[0], kilos / SAFE_RATE[1]
    pounds = kilos / 0.4536
    text = (
        f"At a steady, safe pace of {SAFE_RATE[0]:g}–{SAFE_RATE[1]:g} kg (1–2 lb) a week, losing {kilos:g} kg ({pounds:.0f} lb) takes "
        f"about {fast:.0f}–{slow:.0f} weeks, roughly {fast / 4.35:.0f}–{slow / 4.35:.0f} months. The first week or two often "
        "drop faster (water), then it settles; a plateau for a week or two is normal."
    )
    if fast / 4.35 < 1.5:
        text = text.replace(f", roughly {fast / 4.35:.0f}–{slow / 4.35:.0f} months", "")
    return Answer(
        text,
        "goal_time",
        reason="The NHS advises losing 0.5-1 kg (1-2 lb) a week: faster loss is mostly water and muscle and is harder to keep off. "
        "Source: NHS, Losing weight: getting started.",
        examples=["how many calories should I eat?", "why?"],
    )


def _pace_judged(kilos: float, weeks: float) -> Answer:
    """ "Lose 5 kg in 2 months, is that possible?": the weekly pace it takes, against the NHS's safe 0.5-1 kg."""
    weekly = kilos / max(weeks, 0.1)
    slow, fast = kilos / SAFE_RATE[0], kilos / SAFE_RATE[1]
    if round(weekly, 1) < SAFE_RATE[0]:
        text = (
            f"Yes, comfortably: {kilos:g} kg in {weeks:g} weeks is about {weekly:.1f} kg a week, gentler than the "
            f"{SAFE_RATE[0]:g}–{SAFE_RATE[1]:g} kg a week the NHS calls steady and safe. A small daily deficit (about 250 kcal less than "
            "you burn each day) gets you there, with protein at each meal and some strength work to keep muscle."
        )
    elif weekly <= SAFE_RATE[1]:
        text = (
            f"Yes, that's realistic: {kilos:g} kg in {weeks:g} weeks is about {weekly:.1f} kg a week, within the steady, safe "
            f"{SAFE_RATE[0]:g}–{SAFE_RATE[1]:g} kg a week. That usually means eating about 500 kcal less than you burn "
            "each day (never under 1,200 kcal a day in all), with protein at each meal and some strength work to keep muscle."
        )
    else:
        text = (
            f"That's faster than is safe: {kilos:g} kg in {weeks:g} weeks would be about {weekly:.1f} kg a week, and the NHS advises "
            f"{SAFE_RATE[0]:g}–{SAFE_RATE[1]:g} kg a week (faster loss is mostly water and muscle, and comes back). "
            f"At that pace, {kilos:g} kg takes about {fast:.0f}–{slow:.0f} weeks."
        )
    return Answer(
        text,
        "goal_time",
        {"kilos": kilos, "weeks": weeks},
        reason="The NHS advises losing 0.5-1 kg (1-2 lb) a week: faster loss is mostly water and muscle and is harder to keep off. "
        "Source: NHS, Losing weight: getting started.",
        examples=["how many calories should I eat?", "why?"],
    )


async def progress(asked: Asked, request: Request) -> Answer:
    """ "I lost 3 kg this month!": well done, and whether the pace is a steady one."""
    kilos, weeks = request.slots.get("kilos"), request.slots.get("weeks")
    if not asked.policy.numbers:
        return Answer(
            "Thank you for sharing that. How you feel matters more than any number: regular meals you enjoy and moving in "
            "ways you like are what keep you well. " + SUPPORT_LINE,
            "progress",
        )
    rate = kilos / max(weeks, 1 / 7) if weeks else None
    too_fast = rate is not None and rate > SAFE_RATE[1] * 1.1
    if person := request.slots.get("person"):
        return _someone_elses_progress(person, kilos, rate, too_fast)
    said = str(request.slots.get("said") or f"{kilos:g} kg")
    amount = said if re.search(r"\bkg|kilo", said) else f"{said} ({kilos:g} kg)"
    opening = f"Thanks for telling me: that's {amount}." if too_fast else f"Well done on losing {amount}!"
    lines = [] if request.slots.get("again") else [opening]
    reason = "The NHS advises losing about 0.5-1 kg a week: faster loss is more often muscle and water, and harder to keep off."
    if rate is not None:
        pace = f"That's about {rate:.1f} kg a week"
        if too_fast:
            lines.append(
                f"{pace}, faster than the 0.5-1 kg a week the NHS advises. Faster loss is more often muscle and water and is "
                "harder to keep off, so make sure you're eating enough (protein at each meal, never under 1,200 kcal a day) and, "
                "if you weren't trying to lose weight, see your GP."
            )
        elif rate >= SAFE_RATE[0] * 0.8:
            lines.append(
                f"{pace}, right in the NHS's steady range of 0.5-1 kg a week. If you feel well and aren't hungry all the time, "
                "keep going the same way; expect the odd week with no change, which is normal."
            )
        else:
            lines.append(
                f"{pace}: slow and steady, which is the easiest kind to keep off. If you feel well, keep going; if you'd like it "
                "a little quicker, moving more each day is the gentlest lever."
            )
    else:
        lines.append("If you feel well and aren't hungry all the time, keep going the same way: a steady 0.5-1 kg a week is the pace the NHS advises.")
    lines.append("Source: NHS: Losing weight - getting started.")
    return Answer(
        "\n".join(lines),
        "progress",
        {"kilos": kilos, "weeks": weeks, "said": said},
        reason=reason,
        examples=["how do I keep it off?", "why?"],
    )


def _someone_elses_progress(person: str, kilos: float, rate: float | None, too_fast: bool) -> Answer:
    """ "my husband lost 4 kg": their news, in the third person; the user's own figures are untouched."""
    who = "your " + person.split(" ", 1)[1] if person.startswith(("my ", "our ")) else {"he": "him", "she": "her"}.get(person, person)
    lines = [f"That's great news for {who}: {kilos:g} kg is real progress."]
    if rate is not None and too_fast:
        lines.append(f"At about {rate:.1f} kg a week it's faster than the 0.5-1 kg a week the NHS advises, so it's worth checking they're eating enough (protein at each meal) and feel well; if the loss wasn't planned, a GP should know.")
    elif rate is not None:
        lines.append(f"At about {rate:.1f} kg a week it's a steady pace; the NHS advises 0.5-1 kg a week.")
    lines.append("Eating the same meals together and moving together are the support that helps most. I've left your own weight and figures as they are.")
    lines.append("Source: NHS: Losing weight - getting started.")
    return Answer("\n".join(lines), "progress", {"kilos": kilos, "person": person}, reason="The NHS advises losing about 0.5-1 kg a week.",
                  examples=["how do I keep it off?", "how much protein do I need?"])


async def maintenance_from_intake(asked: Asked, request: Request) -> Answer:
    """Maintenance worked out from what the user eats and how fast their weight moves: each kg
    is about 7,700 kcal, so 0.5 kg a week lost on 2,100 kcal means about 2,650 kcal to stay put."""
    kcal, rate = request.slots["kcal"], request.slots["kg_per_week"]
    if not asked.policy.numbers:
        return Answer(
            "I'd rather not work with calorie numbers right now. Eating regular meals you enjoy is what matters most; " + SUPPORT_LINE,
            "maintenance_from_intake",
        )
    per_day = abs(rate) * KCAL_PER_KG / 7
    maintenance = kcal + per_day if rate < 0 else kcal - per_day
    rounded = int(maintenance / 50.0 + 0.5) * 50  # to the nearest 50, halves up
    moving = "losing" if rate < 0 else "gaining"
    text = (
        f"Roughly {rounded:,} kcal a day. You're eating about {kcal:,.0f} kcal and {moving} about {abs(rate):g} kg a week; "
        f"a kg of body weight is about {KCAL_PER_KG:,} kcal, so {abs(rate):g} kg a week is about {per_day:,.0f} kcal a day "
        f"{'below' if rate < 0 else 'above'} what you use. Treat it as a ballpark: water and the food in your gut move the scale "
        f"from day to day, so use the trend over 2-3 weeks, and maintenance drifts {'down' if rate < 0 else 'up'} a little as your weight changes."
    )
    return Answer(
        text,
        "maintenance_from_intake",
        slots={"kcal": kcal, "kg_per_week": rate},
        reason=f"{kcal:,.0f} kcal {'+' if rate < 0 else '−'} {abs(rate):g} kg × {KCAL_PER_KG:,} kcal ÷ 7 days = {maintenance:,.0f} kcal. "
        "The 7,700 kcal per kg rule of thumb is an approximation (Hall, International Journal of Obesity 2008).",
        examples=["why?", "should I take a diet break?"] if rate < 0 else ["why?"],
    )
