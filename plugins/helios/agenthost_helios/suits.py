""""What kind of training suits me?" with no condition named: the WHO mix that suits nearly
everyone, shaped by what is known of the person (the goal and age said now or in the profile),
and, when little is known, what to tell Helios to tailor it. A condition told earlier in the
conversation gets its curated answer instead (`faq.in_context`)."""

from __future__ import annotations

import re

from agenthost_helios import parse

SOURCE = (
    "WHO guidelines on physical activity and sedentary behaviour, 2020; "
    "Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011;43(7):1334-59"
)
BASE = (
    "The mix that suits nearly everyone is the WHO's: 150-300 minutes a week of moderate cardio you enjoy "
    "(brisk walking, cycling, swimming, jogging, dancing), or 75-150 minutes of vigorous, plus strength work "
    "for all the major muscles on 2 or more days. The best kind is the one you'll keep doing, so start with "
    "what you like and can fit into your week."
)
FOR_GOAL = {
    "weight_loss": (
        "For losing weight: regular cardio you'll stick with, building towards 200-300 minutes a week, and "
        "full-body strength work 2-3 times a week to keep your muscle while you lose fat; the food side does "
        "most of the losing (Ceres 🥗 can help there)."
    ),
    "strength": (
        "For muscle and strength: lifting 3 times a week (full body, or upper/lower), 2-4 sets of 8-12 reps "
        "on the big moves (squat, hinge, push, pull), adding a little weight or a rep week by week, with some "
        "cardio for your heart."
    ),
    "endurance": (
        "For endurance: mostly easy sessions at a pace where you can talk, one longer session a week and one "
        "quicker one, building your weekly time by about 10% at a time, plus strength work twice a week to "
        "protect your joints."
    ),
    "flexibility": (
        "For flexibility: yoga, Pilates or a mobility routine 2-3 times a week, holding stretches 30-60 "
        "seconds, alongside the cardio and strength work."
    ),
    "general_fitness": (
        "For all-round fitness: 2-3 full-body strength sessions and 2-3 cardio sessions a week, mixing easy "
        "and harder days."
    ),
}
OLDER = (
    "From 65, add activities that challenge your balance and strength on 3 or more days a week (tai chi, "
    "standing on one leg, step-ups), which cut the risk of falls."
)
MIDLIFE = (
    "At {age}, strength work matters more each decade: it keeps muscle and bone that otherwise slowly go."
)
ASK = (
    "To tailor it, tell me your goal (lose weight, get stronger, run a 5k, feel fitter), your age, how many "
    "days a week you have, and whether you train at home or in a gym, plus any injury or condition, e.g. "
    "“I'm 45, want to get stronger, 3 days at home”."
)
NEXT = "Say “make me a plan” and I'll build the week on that."

# "what kind of training suits me?", "what exercise is best for me?", "which sport would suit me",
# "what sort of workouts should I be doing?", "what training would you recommend for me?"
_SUITS = re.compile(
    r"\b(what|which) (kind of |kinds of |type of |types of |sort of |sorts of |form of |forms of )?(training|exercises?|"
    r"workouts?|activity|activities|sports?|movement|lifting|fitness)\b.{0,30}\b(suits?|would suit|good for me|best for me|"
    r"right for me|ideal for me|ok for me|okay for me|safe for me|would you recommend|do you recommend|would you suggest|"
    r"do you suggest|should i (be )?(do|doing|try|start|focus on|pick|choose)|for someone like me|for me)\b|"
    r"\b(best|right|ideal) (kind|type|sort|form) of (training|exercise|workout|activity|sport) for (me|someone like me)\b|"
    r"\bhow should i (train|exercise|work out|start)\b"
)


def asks(message: str) -> bool:
    """True when the message asks what kind of training suits the person asking."""
    return bool(_SUITS.search(parse.prepare(message).replace("'", "")))


def answer(goal: str | None, age: int | None, known: list[str], weight_topics: bool = True) -> str:
    """The reply: the WHO mix, the goal's line, an age line, and what is known or what to tell."""
    lines = ["**What kind of training suits you** 💡", BASE]
    if goal == "weight_loss" and not weight_topics:
        goal = "general_fitness"  # under an eating-disorder flag: no weight-loss advice
    if goal in FOR_GOAL:
        lines.append(FOR_GOAL[goal])
    if age is not None and age >= 65:
        lines.append(OLDER)
    elif age is not None and age >= 40:
        lines.append(MIDLIFE.format(age=age))
    if known:
        lines.append(f"(From what you've told me: {', '.join(known)}.) {NEXT}")
    if goal is None or age is None:
        lines.append(ASK)
    lines.append(f"_Source: {SOURCE}_")
    return "\n".join(lines)
