"""Coaching answers that come from the library and Helios' know-how rather than a tool call:
exercise technique, exercises for a muscle, pain, recovery and sleep, nutrition hand-off, and
the general coach reply that uses the profile, the week's log and the plan."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from host import Turn

from agenthost_helios import entries, library, parse, render
from agenthost_helios.library import Exercise
from agenthost_helios.plan import WEEKDAYS
from agenthost_helios.records import now
from agenthost_helios.text import ends_asking
from agenthost_helios.userdata import first_name, fitness_goal, last_plan, weight_kg

GOAL_TIPS = {
    "endurance": "Build it on easy miles: about 80% of your running at a chatty pace, one quality session a week, "
    "and no more than ~10% more volume week to week.",
    "strength": "Strength comes from progressive overload: the same big lifts 2-3 times a week, adding a little "
    "weight or a rep whenever every set looks clean.",
    "weight_loss": "Aim for 0.5-1% of body weight a week: strength training keeps the muscle, daily steps and "
    "cardio add the burn, and Ceres 🥗 can set up the food side.",
    "flexibility": "Little and often wins: 10 minutes of mobility most days beats one long session; hold stretches "
    "30-60 s and breathe into them.",
    "general_fitness": "Aim for 150+ active minutes a week plus two strength sessions; consistency beats intensity.",
}
SLEEP_TIPS = (
    "Sleep is your best recovery tool: aim for 7-9 hours, at roughly the same times every day.",
    "Keep the room cool and dark, and screens away for the last 30-60 minutes.",
    "Hard sessions late in the evening can delay sleep; finish them 2-3 hours before bed if you can.",
    "Short on sleep? Keep that day's training easy: reaction time, strength and motivation all dip.",
)
SORE_TIPS = (
    "Muscle soreness (DOMS) peaks 24-72 hours after a new or harder workout and fades on its own.",
    "Keep moving gently: an easy walk or ride, and light mobility, ease it better than total rest.",
    "Train other muscle groups meanwhile, sleep well, and get enough protein (Ceres 🥗 can help there).",
    "Sharp, one-sided or joint pain is not soreness: rest it and get it checked if it lasts.",
)
REST_TIPS = (
    "Plan 1-2 rest or easy days a week: that's when the fitness from training is actually built.",
    "Active recovery = 20-40 minutes of easy walking, cycling or swimming, plus mobility.",
    "Every 4th-6th week, cut the volume by about a third (a deload) to come back stronger.",
)
WARMUP_TIPS = (
    "Warm up 5-10 minutes: easy cardio to raise the heart rate, then dynamic moves (leg swings, hip circles, "
    "world's greatest stretch), then a light set of your first exercise.",
    "Cool down with 5 minutes of easy movement and a few 30-60 s stretches for the muscles you worked.",
)
HYDRATION_TIPS = (
    "Drink to thirst through the day; a glass of water 1-2 hours before training helps.",
    "For sessions over an hour or in the heat, sip about 400-800 ml an hour and consider electrolytes.",
)
TIRED_TIPS = (
    "Feeling flat for more than a few days (poor sleep, heavy legs, grumpy, resting heart rate up)? "
    "That's a sign to back off for a week.",
    "Swap the next hard session for an easy one; sleep and food first, then build back up.",
)


COACH_TOPICS = (
    (
        # "why can't I just do loads of crunches?" after belly fat: why it doesn't work, before the belly fat answer itself
        re.compile(
            r"\bwhy (can'?t|cant|cannot|not|shouldn'?t|doesn'?t|don'?t|won'?t)\b.{0,30}\b(crunch(es)?|sit[- ]?ups?|ab (work|exercises?)|abs? workouts?)\b"
            r"|\b(won'?t|wont|doesn'?t|don'?t|can'?t|cant)\b.{0,30}\b(crunch(es)?|sit[- ]?ups?|ab (work|exercises?)|abs? workouts?)\b.{0,30}\b(fat|belly|stomach|gut|burn)"
        ),
        "Because working a muscle doesn't burn the fat on top of it: your body draws on fat stores all over, in an order "
        "set largely by your genes. In a 6-week trial, people doing ab exercises 5 days a week lost no more belly fat than "
        "people who didn't (Vispute et al., 2011). Crunches still build a stronger core, so keep some: pair them with "
        "full-body strength, cardio and a small calorie deficit (Ceres 🥗 can help there), and the belly comes down with the rest.",
    ),
    (
        re.compile(r"\b(boring|bored|monotonous|same old|mix it up|less boring|more fun|fun ways?)\b"),
        "Variety keeps it fresh: 🔄\n- new routes, trails or a parkrun, or run with a friend or a club\n"
        "- change the session: intervals, hills or a tempo run instead of the same steady pace\n"
        "- try a class, a sport or a new activity for one session a week\n"
        "- save a favourite podcast or playlist for training only\n"
        "Ask “any alternatives to running?” for other ways to get the same fitness.",
    ),
    (
        re.compile(r"\b(intimidat\w*|nervous|anxious|scared|embarrass\w*|self conscious|self-conscious|awkward)\b"),
        "Totally normal, and everyone there was new once. 💪 Go at a quiet time (mid-morning or early afternoon), "
        "walk in with a written plan so you know exactly what you're doing, and start in the area you're most "
        "comfortable with: the bikes, the machines or a mat for bodyweight work. Staff are there to show you how "
        "the kit works, so ask. Want a plan to take with you? Say “gym plan, 3 days”.",
    ),
    (
        re.compile(
            r"\b(get|push|power|make it|grind) through\b|\blast (set|rep|reps|few reps|round|interval|mile|km|lap)\b|"
            r"\b(killing me|destroying me|is brutal|so hard|too hard|struggling)\b|\bcan'?t finish\b"
        ),
        "You've got this! 💪 For the hard part of a set or session:\n"
        "- Breathe: out hard on the effort, in on the way back; never hold your breath through a whole set.\n"
        "- Break it up: split the set into mini-sets of 2-3 reps with a 10-15 second pause.\n"
        "- Keep the form: if reps get ugly, lower the weight or stop a rep or two short; that still counts.\n"
        "- Focus on one cue (tight core, drive through the heels) and count down, not up.\n"
        "Next time, rest a little longer between sets or start a bit lighter, and build from there.",
    ),
    (
        re.compile(
            r"\binstead of (training|working out|exercising|going to the gym|the gym|running|going for a run|lifting)\b|"
            r"\b(motivat\w*|unmotivated|lazy|can'?t be bothered|skip|skipp\w*|skips|missing|no energy|don'?t feel like|consistent|"
            # "work has been crazy and I haven't trained in 3 weeks", "fell off the wagon", "how do I get back into it"
            r"haven'?t (been )?(trained|training|worked out|working out|exercised|exercising|run|ran|been to the gym|lifted)|"
            r"fell off|fallen off|off the wagon|get back (into|to|on) (it|training|the gym|running|exercise|track)|"
            r"consistency|stick (to|with) (it|a routine|my plan|exercise|working out)|habit|keep going|give up)\b|"
            # "I don't want to run today", "no quiero correr hoy" (read as "i don't want to running today")
            r"\bdon'?t (really )?want to (go )?(train|run|lift|work out|exercise|swim|cycle|go|do)\w* .*"
            r"\b(today|tonight|this (morning|afternoon|evening)|right now|rn)\b"
        ),
        "Motivation follows action: commit to just 10 minutes. Lay your kit out the night before, "
        "book workouts like meetings, and track every session: streaks are addictive. 🔥",
    ),
    (
        re.compile(
            r"\b(cardio|running) (or|vs|versus) (weights|lifting|strength)\b|\b(weights|lifting|strength) "
            r"(or|vs|versus) (cardio|running)\b"
        ),
        "Both! Strength training 2-3 times a week keeps muscle and bones strong; cardio (150+ minutes a week) "
        "builds heart and lungs. Short on time? Full-body circuits give you a bit of each. 💪",
    ),
    (
        re.compile(r"\b(no|dont have( the| any)?|don't have( the| any)?|not enough|lack of|never have) time\b|\btoo busy\b|\bbusy (schedule|life|week)\b"),
        "Short sessions count: the WHO says some activity is better than none, and bouts of any length add up. "
        "Try 10-20 minutes of bodyweight circuits at home, walk or cycle part of your commute, and take the stairs. "
        "Say “I only have 15 minutes a day” and I'll build a plan that fits.",
    ),
    (
        re.compile(r"\b(six|6) ?pack|\b(get|see|show|visible) (my )?abs\b|\babs (to )?show\b"),
        "Visible abs come down to body fat more than ab work: the muscles are there, and they show once the fat over "
        "them comes down, which happens all over the body, not where you exercise. Train your core 2-3 times a week "
        "(planks, dead bugs, leg raises) along with full-body strength and cardio, and Ceres 🥗 can help with the food side.",
    ),
    (
        re.compile(r"\b(belly|stomach|arm|thigh) fat\b|\bspot reduc\w*"),
        "You can't burn fat from one spot: crunches build the muscle underneath, but fat loss happens all over "
        "through regular training plus the food side (Ceres 🥗 can help there).",
    ),
    (
        # "how often should I work out?", not "how often should I weigh myself?"
        re.compile(
            r"\bhow (often|many (days|times))\b.{0,30}\b(train|training|work ?out|exercise|gym|lift|lifting|"
            r"sessions?|workouts?|cardio|run|running)\b"
        ),
        "For most people 3-4 sessions a week is the sweet spot: 2-3 strength days plus some cardio, with a rest "
        "day after hard sessions.",
    ),
    (
        re.compile(r"\brest between sets\b|\bhow long (should i )?rest (between|for)\b"),
        "Rest 2-3 minutes between heavy sets (1-6 reps), 60-90 s for 8-12 reps, and 30-45 s in circuits.",
    ),
)


def _dose(exercise: Exercise) -> str:
    side = " per side" if exercise.per_side else ""
    if "endurance" in exercise.patterns:
        return "20-40 minutes at an easy, conversational effort, 2-4 times a week, building up gradually"
    if exercise.unit == "seconds":
        return f"3 rounds of 20-45 s{side}" if exercise.category in ("cardio", "core") else f"2-3 × 30-60 s{side}"
    if exercise.category in ("mobility", "stretch"):
        return f"2 × 8-10{side}"
    return f"3 × 8-12{side}"


def _muscle_names(muscles: tuple[str, ...]) -> str:
    return ", ".join(m.replace("_", " ") for m in muscles)


async def exercise(turn: Turn) -> str:
    # intents.detect found it in the canonical text ("footing" is a run), as here
    found = library.exercise_in_text(entries.canonical(turn.message)) or library.exercise_in_text(turn.message)
    if found is None:
        raise LookupError(f"helios: no exercise named in {turn.message[:60]!r}, though the intent said one")
    steps = "\n".join(f"{i}. {cue}" for i, cue in enumerate(found.cues, 1))
    options = library.related(found)
    easier = [e.name for e in options if e.level_rank < found.level_rank]
    other = [e.name for e in options if e.level_rank >= found.level_rank]
    lines = [
        f"**{found.name}** 💪 ({found.level}, {found.equipment_text()}): works the {_muscle_names(found.muscles)}.",
        steps,
        f"Try {_dose(found)}."
        if "endurance" in found.patterns
        else f"Try {_dose(found)} with smooth, controlled reps.",
    ]
    if easier:
        lines.append(f"Easier option: {', '.join(easier)}.")
    if other:
        lines.append(f"Also try: {', '.join(other)}.")
    return "\n".join(lines)


async def muscle(turn: Turn, topic: str | None = None) -> str:
    """Exercises for the muscle group named (or `topic`, the one the last answer was about)."""
    found = library.muscles_in_text(turn.message)
    if found is None and topic in library.MUSCLE_GROUPS:
        found = (topic, library.MUSCLE_GROUPS[topic])
    assert found is not None
    word, muscles = found
    kit = parse.equipment(turn.message)
    plan = await last_plan(turn) if kit is None else None
    if kit is None and plan is not None:
        kit = plan["equipment"]
    level = parse.level(turn.message) or (plan or {}).get("level") or "advanced"
    choices = library.for_muscles(muscles, kit, level)
    if not choices:
        choices = library.for_muscles(muscles, None, "advanced")
        kit = None
    scope = f" with {render.equipment(kit)}" if kit else ""
    lines = [f"Great moves for your {word}{scope}: 🔥"]
    for e in choices:
        lines.append(f"- **{e.name}** ({e.equipment_text()}): {e.cues[0]}")
    lines.append(
        f"Pick 2-3 and do 3 sets of 8-12, twice a week, adding reps or weight as they get easy. "
        f"Ask “how do I do a {choices[0].name.lower()}?” for full cues."
    )
    return "\n".join(lines)


_CHEST = re.compile(r"\b(chest|heart)\b")


async def pain(turn: Turn) -> str:
    if _CHEST.search(parse.prepare(turn.message)):
        # Chest pain is never a muscle to stretch: the guard answers a red flag before routing,
        # and this is Helios' own floor for when it did not.
        return (
            "Chest pain isn't something to train through or stretch out. If it came on during exercise, or comes "
            "with breathlessness, dizziness, sweating or pain spreading to the arm, jaw or back, stop and call your "
            "emergency number now. Otherwise, please see a doctor before your next workout. 🩺"
        )
    found = library.muscles_in_text(turn.message)
    lines = [
        "Sorry to hear that. I'm a coach, not a clinician: sharp pain, swelling, numbness, or pain that "
        "gets worse or lasts more than a week or two deserves a doctor or physio. 🩺",
        "Meanwhile: skip anything that hurts, keep the rest of you moving gently, and return gradually once "
        "it's pain-free.",
    ]
    if found:
        word, muscles = found
        gentle = [
            e
            for e in library.exercises()
            if e.category in ("mobility", "stretch") and set(e.muscles) & set(muscles) and e.level == "beginner"
        ][:3]
        if gentle:
            names = ", ".join(e.name for e in gentle)
            lines.append(
                f"If it's stiffness rather than injury, gentle {word} mobility often helps: {names}, "
                "only within a comfortable range."
            )
    return "\n".join(lines)


async def recovery(turn: Turn) -> str:
    text = parse.prepare(turn.message)
    tips: tuple[str, ...]
    if re.search(r"\bsleep", text):
        tips, title = SLEEP_TIPS, "Sleep for performance 😴"
    elif re.search(r"\b(sore|soreness|doms)\b", text):
        tips, title = SORE_TIPS, "Sore muscles"
    elif re.search(r"\bwarm ?up|cool ?down\b", text):
        tips, title = WARMUP_TIPS, "Warm-up and cool-down"
    elif re.search(r"\bhydrat", text):
        tips, title = HYDRATION_TIPS, "Hydration"
    elif re.search(
        r"\b(tired|fatigue|fatigued|exhausted|overtrain\w*|burn ?out|heavy|dead|wrecked|shattered|knackered|cooked|"
        r"fried|spent|drained|broken|sluggish|run down|worn out)\b",
        text,
    ):
        tips, title = TIRED_TIPS, "Running on empty?"
    else:
        tips, title = REST_TIPS, "Recovery"
    lines = [f"**{title}**"] + [f"- {tip}" for tip in tips]
    result = await turn.call_tool("workout_history", days=7)
    if isinstance(result, dict) and result.get("sessions"):
        lines.append(
            f"Your last 7 days: {render.plural(result['sessions'], 'workout')}, "
            f"{render.number(result['minutes'])} min. "
            + ("That's a big week: an easy day is well earned. 💪" if result["sessions"] >= 6 else "Nice balance! 💪")
        )
    return "\n".join(lines)


async def nutrition(turn: Turn) -> str:
    return (
        "That one's for Ceres 🥗, our nutrition coach: ask her about meals, protein or calorie targets. "
        "On my side I've got your training covered: workouts, plans, goals and recovery. 💪"
    )


def goal_line(profile: dict[str, Any]) -> str | None:
    """`Goal: run a marathon (94 days to go).` from profile.fitness_goal, or None."""
    goal = profile.get("fitness_goal") if isinstance(profile, dict) else None
    if not isinstance(goal, dict) or not goal.get("goal"):
        return None
    line = f"🎯 Goal: {goal['goal']}"
    if goal.get("deadline"):
        try:
            days = (date.fromisoformat(goal["deadline"]) - now().date()).days
        except ValueError:
            days = None
        if days is not None and days >= 0:
            line += f" ({days} days to go)"
    return line + "."


def span(days: int) -> str:
    """`3 weeks and 2 days`, `1 week`, `5 days`."""
    weeks, rest = divmod(days, 7)
    parts = [render.plural(weeks, "week")] if weeks else []
    if rest or not weeks:
        parts.append(render.plural(rest, "day"))
    return " and ".join(parts)


def timeline_warning(goal: dict[str, Any], days_left: int) -> str | None:
    """A heads-up when the deadline is tight for the goal (e.g. a marathon in under 16 weeks)."""
    text = goal["goal"].lower()
    if "marathon" in text and "half" not in text and days_left < 112:
        return (
            "Heads-up: marathon plans usually run 16-20 weeks from a solid base of ~30 km a week. "
            "If you're newer to running, a half marathon first is a great stepping stone."
        )
    if "half marathon" in text and days_left < 70:
        return "Heads-up: half-marathon plans usually take 10-12 weeks from regular 5k running, so build carefully."
    match = re.search(r"\b(\d+(?:\.\d+)?)\s*(kg|kgs|kilos?)\b", text)
    if goal["type"] == "weight_loss" and match and days_left > 0:
        per_week = float(match.group(1)) / (days_left / 7)
        if per_week > 1:
            return (
                f"Heads-up: that's {per_week:.1f} kg a week; 0.5-1 kg a week is the sustainable range, "
                "so consider a later date."
            )
    return None


# "what can you do?", "who are you?", "how does this work?": the greeting, which says what Helios does
_META = re.compile(
    r"\b(what (can|do|could) you (do|help)|who are you|what are you|how (does|do) (this|it|you) work|help me|"
    r"what do you know|your (name|job))\b"
)
_QUESTION = re.compile(
    r"\?\s*$|^\W*(what|whats|how|why|when|which|who|is|are|does|do|should|can|could|would|will)\b"
)


async def coach(turn: Turn) -> str:
    name = first_name(turn)
    text = parse.prepare(turn.message)
    lines = []
    greeting = False
    if re.search(r"\b(thanks|thank you|cheers|ty)\b", text):
        lines.append(f"Anytime{', ' + name if name else ''}! Proud of the work you're putting in. 💪")
    elif re.search(r"^\W*(bye|goodbye|good night|night|see you|see ya|later|cya|ttyl)\b", text):
        return f"See you next time{', ' + name if name else ''}! Keep moving. 💪"
    elif topic := next((answer for pattern, answer in COACH_TOPICS if pattern.search(text)), None):
        lines.append(topic)
    elif (_QUESTION.search(text) or ends_asking(text)) and not _META.search(text):
        # a question with no curated answer: say so rather than guess or list what Helios does
        return (
            "That's one I don't have a sourced answer for, so I won't guess. 🤔 I'm on solid ground with training "
            "plans and how to change them, logging workouts and calories burned, exercise technique, recovery, "
            "running and everyday training questions: ask about any of those, or put this one another way."
        )
    else:
        greeting = True
        lines.append(f"Hey{' ' + name if name else ''}! Helios here, your training coach. 💪")
    week = await turn.call_tool("workout_history", days=7)
    if isinstance(week, dict) and week.get("sessions"):
        lines.append(
            f"Last 7 days: {week['sessions']} workout{'s' if week['sessions'] != 1 else ''}, "
            f"{render.number(week['minutes'])} min. {render.weekly_progress(week['active_minutes'])}"
        )
    elif isinstance(week, dict) and week.get("last_logged"):
        lines.append("Nothing logged in the last 7 days: let's get a session in today, even a 20-minute walk counts.")
    if goal := goal_line(turn.profile):
        lines.append(goal)
    plan = await last_plan(turn)
    if plan:
        order = {d: i for i, d in enumerate(WEEKDAYS)}
        today = WEEKDAYS[now().weekday()]
        upcoming = sorted(plan["sessions"], key=lambda s: (order[s["weekday"]] - order[today]) % 7)[0]
        when = "today" if upcoming["weekday"] == today else upcoming["weekday"]
        lines.append(f"Next on your plan ({when}): **{upcoming['title']}**, ~{upcoming['minutes']} min.")
    elif greeting:
        lines.append(
            "I can build you a weekly plan: say “I want to start working out” or “plan: 4 days, 45 min, dumbbells”."
        )
    if greeting and weight_kg(turn) is None and fitness_goal(turn) is None and not plan:
        lines.append(
            "I can also log workouts (“ran 5k in 30 minutes”), track your week (“what did I do this week?”), "
            "set goals (“my goal is to run a marathon by June”) and coach technique (“how do I do a squat?”)."
        )
    return "\n".join(lines)
