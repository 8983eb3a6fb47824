"""Follow-ups about what the last answer was about, and alternatives to an activity or exercise.

- after an exercise's card: "what muscles does it work?", "how many reps?", "an easier
  version?", "what else can I do instead?", "any tips?";
- alternatives: "I'm bored of running, any alternatives?", "what can I do instead of burpees?";
- after pain: "what can I do instead?", "should I stop lifting?", "can I still train?": train
  around it, with what usually does not load the sore part, and when to get it checked.

The topic (an exercise, an activity, a body part that hurts) is kept in Helios' dialog state
under `topic`, so the follow-up needs no names.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import compendium, harder, library, parse
from agenthost_helios.library import Exercise

_MUSCLES = re.compile(r"\b(muscles?|works?|working|target\w*|hits?|good for)\b")
_DOSE = re.compile(r"\b(reps?|sets?|how many|how often|how long|how much|times a week|seconds)\b")
_EASIER = re.compile(r"\b(easier|simpler|beginner|regress\w*|modif\w*|can'?t do|cannot do|too hard)\b")
_HARDER = re.compile(r"\b(harder|tougher|advanced|progress\w*|too easy|next level|more challenging)\b")
_OTHER = re.compile(r"\b(alternatives?|instead|else|other|replace|swap|substitute|different|variations?)\b")
_FORM = re.compile(r"\b(form|cues?|tips?|technique|properly|correctly|right way|breath\w*|mistakes?|how (do|should|to))\b")
_ALTERNATIVE = re.compile(
    r"\b(alternatives?|instead of|other than|bored (of|with)|sick of|tired of|fed up with|hate|replacement for|"
    r"substitute for|something else|other options|what else|what can i do instead|swap for|"
    # "what can I replace burpees with", "what can I swap them for", "sub out the lunges"
    r"(replace|swap|substitute|sub out|switch) (\w+ ){1,2}(with|for)|can i (replace|swap|sub|substitute|switch)|"
    r"can't stand|cant stand|can not stand|loathe|despise|"
    # "I don't want to run marathons anymore", "ya no quiero correr maratones"
    r"dont (really )?(want to|wanna) (\w+ ){1,3}(any ?more|no more)|no longer (want to|wanna)|"
    # "burpees are awful, any swap that gets my heart rate up?", "a sub for jump squats"
    r"(any|a|good|some|easy|easier|gentler|decent|better) (swaps?|subs?(?![\s-]*\d)|replacements?|substitutes?))\b"
)
# A move disliked, said on its own ("burpees are the worst lol", "i really dont like lunges"): a
# request for something else when short and with no workout numbers ("squats were awful today,
# 5x5 at 80kg" is a log)
_DISLIKED = re.compile(
    r"\b((are|is|r) (so |just |absolutely |honestly )?(awful|horrible|terrible|the worst|evil|miserable|torture)|"
    r"(dont|do not|doesnt) (really )?(like|enjoy)|dislike)\b"
)
_STOP = re.compile(r"\b(should i stop|do i (have|need) to stop|stop (lifting|running|training|exercising|working out)|"
                   r"can i (still|keep|carry on|continue)|is it ok to (keep|still|carry on|continue)|"
                   r"what can i do|what should i do|what about|instead|in the meantime|meanwhile)\b")

# Cardio options, with what each is good for; the low-impact ones suit sore joints.
CARDIO_OPTIONS: tuple[tuple[str, str, bool], ...] = (
    ("cycling", "cycling (outdoors or a stationary bike): easy on the joints, easy to make harder", True),
    ("swimming", "swimming: whole-body and no impact at all", True),
    ("rowing_machine", "the rowing machine: legs, back and arms together", True),
    ("elliptical", "the elliptical (cross trainer): a running-like motion without the impact", True),
    ("walking", "brisk or hill walking: counts as moderate activity and builds a base", True),
    ("water_aerobics", "aqua aerobics: cardio with the water taking your weight", True),
    ("hiking", "hiking: steady effort outdoors, harder with hills", False),
    ("jump_rope", "jump rope: a lot of work in a short time", False),
    ("dancing", "a dance or aerobics class: cardio that doesn't feel like it", False),
    ("soccer", "a team sport or racket sport: intervals in disguise", False),
)
# Where it hurts -> the body region to rest, and what can usually still be trained.
PAIN_REGIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"\b(knee|knees|ankle|ankles|foot|feet|shin|shins|shinns?|calf|calves|hip|hips|hamstring|quad|groin|achilles|leg|legs)\b"),
        "lower body",
        "upper-body and core work (seated or lying where standing hurts), and cardio that doesn't load it, such as "
        "swimming or an arm bike, if they are pain-free",
    ),
    (
        re.compile(r"\b(shoulder|shoulders|elbow|elbows|wrist|wrists|arm|arms|hand|hands|neck|chest|bicep|tricep)\b"),
        "upper body",
        "legs and core (squats, lunges, glute bridges, planks on the forearms if pain-free), and walking, cycling or "
        "the stationary bike",
    ),
    (
        re.compile(r"\b(back|lower back|spine)\b"),
        "back",
        "walking (often one of the best things for a sore back), gentle swimming or cycling, and easy mobility such as "
        "cat-cow, within a pain-free range",
    ),
)


def asks_dose(message: str) -> bool:
    """"how long should I go for?", "how many sets?": how much of a move to do."""
    return bool(_DOSE.search(parse.prepare(message).replace("'", "")))


def exercise_follow_up(exercise: Exercise, message: str) -> str | None:
    """The answer to a follow-up about `exercise` ("what muscles does it work?"), or None."""
    text = parse.prepare(message).replace("'", "")
    name = exercise.name
    if harder.ASKS_HARDER.search(text) and (activity := harder.activity_of(exercise.id)):
        return harder.session(activity)  # "make it harder" after running: intervals, tempo, hills
    if _EASIER.search(text) or _HARDER.search(text) or _OTHER.search(text):
        return variations(exercise, easier=bool(_EASIER.search(text)), harder=bool(_HARDER.search(text)))
    if _MUSCLES.search(text):
        muscles = ", ".join(m.replace("_", " ") for m in exercise.muscles)
        return (
            f"The **{name.lower()}** works the {muscles}, with the {exercise.muscles[0].replace('_', ' ')} doing "
            f"most of the work. {_dose(exercise)}"
        )
    if _DOSE.search(text):
        return f"{_dose(exercise)} Add a rep or two (or a little load) each week while the form stays clean."
    if _FORM.search(text):
        cues = "\n".join(f"{i}. {cue}" for i, cue in enumerate(exercise.cues, 1))
        return f"**{name}**, step by step:\n{cues}\nBreathe out on the effort, and stop a set when the form slips."
    return None


_JUMPS = re.compile(r"\b(jump\w*|hop\w*|jacks?|skaters?|bound\w*|burpees?|tuck|plyo\w*|high knees|skipping)\b", re.IGNORECASE)
# Sore or complaining joints, or impact said to be the problem: swaps without jumping
_JOINTS = re.compile(r"\b(knees?|joints?|hips?|ankles?|shins?|impact|jumping|hurt\w*|injur\w*|sore)\b")


def no_jumping(message: str) -> bool:
    """True when swaps should leave jumping out ("burpees kill my knees, any swap?")."""
    return bool(_JOINTS.search(parse.prepare(message).replace("'", "")))


def variations(exercise: Exercise, easier: bool = False, harder: bool = False, low_impact: bool = False) -> str:
    """Easier, harder or other versions of an exercise from the library; `low_impact` leaves
    out the moves that jump or land."""
    options = library.related(exercise, limit=8)
    if low_impact:
        options = [e for e in options if e.category != "plyometric" and "plyo" not in e.patterns and not _JUMPS.search(e.name)]
    lower = [e for e in options if e.level_rank < exercise.level_rank]
    higher = [e for e in options if e.level_rank > exercise.level_rank]
    same = [e for e in options if e.level_rank == exercise.level_rank]
    name = exercise.name.lower()
    if easier:
        picks, what = (lower or same)[:3], f"Easier than the {name}"
    elif harder:
        picks, what = (higher or same)[:3], f"Harder than the {name}"
    else:
        picks, what = options[:4], f"Instead of the {name}"
    if low_impact:
        what += " (no jumping, kinder to your joints)"
    if not picks:
        return f"I don't have another version of the {name} in my library; slowing the lowering down changes it most."
    lines = [f"{what}, for the same muscles: 💪"]
    lines += [f"- **{e.name}** ({e.level}, {e.equipment_text()}): {e.cues[0]}" for e in picks]
    lines.append(f"Ask “how do I do a {picks[0].name.lower()}?” for the full cues.")
    return "\n".join(lines)


def is_alternative_request(message: str) -> bool:
    """"I'm bored of running, any alternatives?", "what can I do instead of burpees?"."""
    text = parse.prepare(message).replace("'", "")
    if _DISLIKED.search(text) and len(text.split()) <= 8 and not re.search(r"\d", text):
        return True
    return bool(_ALTERNATIVE.search(text))


def alternatives(message: str, topic: dict[str, Any]) -> str | None:
    """Alternatives to the exercise or activity named (or kept in `topic`), or None."""
    text = parse.prepare(message).replace("'", "")
    exercise = library.exercise_in_text(text)
    activity = compendium.activity_in_text(text)
    if exercise is None and activity is None:
        if topic.get("exercise"):
            exercise = library.by_id(topic["exercise"])
        elif topic.get("activity"):
            activity = compendium.by_id(topic["activity"])
    if exercise is not None and (activity is None or activity.id in ("calisthenics", "weight_training", "general_exercise")):
        if "endurance" not in exercise.patterns:
            return variations(exercise, low_impact=no_jumping(message) or bool(topic.get("pain")))
        activity = compendium.find_activity(exercise.name) or activity
    if activity is None or activity.id == "general_exercise":
        return None
    gentle = bool(topic.get("pain")) or bool(re.search(r"\b(knees?|joints?|impact|hurt\w*|injur\w*|sore)\b", text))
    options = [line for key, line, low in CARDIO_OPTIONS if key != activity.id and (low or not gentle)][:5]
    lead = (
        f"Plenty of ways to keep your fitness without {activity.name.lower()}"
        + (", all of them kind to sore joints" if gentle else "")
        + ": 🔥"
    )
    return "\n".join(
        [lead, *(f"- {o}" for o in options),
         "Mix two or three across the week and the WHO's 150 weekly minutes add up just the same. "
         "Want a plan on one of them? Say e.g. “swap running for cycling” after a plan, or “make me a plan”."]
    )


def pain_region(message: str) -> str | None:
    """Which part of the body a pain message is about: "lower body", "upper body" or "back"."""
    text = parse.prepare(message)
    for pattern, region, _ in PAIN_REGIONS:
        if pattern.search(text):
            return region
    return None


def is_pain_follow_up(message: str) -> bool:
    """"what can I do instead?", "should I stop lifting?", "can I still train?" after pain."""
    return bool(_STOP.search(parse.prepare(message).replace("'", "")))


# "how long b4 i can run again", "when can I train on it again?", "how long will it take to heal?"
_BACK_WHEN = re.compile(
    r"\b(how (long|many (days|weeks))|when)\b.{0,30}\b(can|could|should|will|till|until|til|before|b4)\b.{0,25}"
    r"\b(run|running|jog|jogging|train|training|lift|lifting|play|exercise|work ?out|go back|get back|start|back to|do it)\b|"
    r"\bhow long\b.{0,25}\b(heal|healing|recover|recovery|rest it|rest|off|out|better|settle|take|last)\b|"
    r"\bwhen (will|does|should) (it|this|the pain|they)\b.{0,15}\b(heal|settle|go away|stop|get better)\b"
)


def asks_back_when(message: str) -> bool:
    """True for "how long before I can run again?" (when training can start again) after a pain."""
    return bool(_BACK_WHEN.search(parse.prepare(message).replace("'", "")))


def back_when(region: str | None) -> str:
    """How long an ache usually keeps someone out, and the pain-free rule for going back (NHS:
    shin splints usually ease within a few weeks, GP if no better after 2 weeks of rest; most
    sprains and strains feel better after 2 weeks, strenuous exercise such as running can take
    up to 8 weeks)."""
    test = (
        "walking briskly for 30 minutes and hopping on that leg don't hurt"
        if region == "lower body"
        else "everyday movement and light versions of the exercise don't hurt"
    )
    return "\n".join(
        [
            "It depends on what it is, so let the pain set the pace. 🩺 Most overuse aches from training (sore "
            "shins, a grumbly knee or tendon) settle within 1-3 weeks of easing off; a sprain or strain usually "
            "feels better after about 2 weeks, though hard exercise such as running can take up to 8 weeks.",
            f"The rule for going back: once it's pain-free in daily life, and {test}, start with short, easy "
            "sessions at about half your usual (run-walk for running, on soft, flat ground), then build up over "
            "2-3 weeks, backing off if the pain comes back.",
            "If it's no better after 2 weeks of rest, hurts at night, or one spot on the bone is tender to touch, "
            "see a GP or physio before going back (a stress fracture needs weeks off).",
            "_Source: NHS, Shin splints and Sprains and strains (nhs.uk)_",
        ]
    )


def train_around(region: str | None) -> str:
    """What can usually still be trained with pain in `region`, and when to get it checked."""
    still = next((ok for _, name, ok in PAIN_REGIONS if name == region), None)
    lines = [
        "You usually don't need to stop everything: skip what hurts and keep the rest of you moving. 💙",
    ]
    if still:
        lines.append(f"With a sore {region}, that usually leaves {still}.")
    else:
        lines.append("Train the parts that don't hurt, and keep easy cardio going if it's pain-free.")
    lines.append(
        "Ease back into the painful movement gradually once it's pain-free, lighter and with fewer reps. "
        "Pain that's sharp, swollen, numb, getting worse or lasting more than a week or two is one for a "
        "doctor or physio."
    )
    return "\n".join(lines)


def _dose(exercise: Exercise) -> str:
    side = " per side" if exercise.per_side else ""
    if "endurance" in exercise.patterns:
        return "Do 20-40 minutes at an easy, conversational effort, 2-4 times a week."
    if exercise.unit == "seconds":
        return f"Do 2-3 rounds of 20-45 s{side}, 2-3 times a week."
    return f"Do 2-3 sets of 8-12{side}, 2-3 times a week, with a minute or two of rest between sets."


_COMPARE = re.compile(r"\b(or|vs|versus|better|difference|compared?( to| with)?)\b")


def compared(message: str) -> tuple[Exercise, Exercise] | None:
    """The two exercises a "crunches or planks?" question compares, or None."""
    text = parse.prepare(message).replace("'", "")
    if not _COMPARE.search(text):
        return None
    found: list[Exercise] = []
    for match in library.pattern().finditer(text):
        exercise = library.by_phrase(match.group(0))
        if exercise not in found:
            found.append(exercise)
    return (found[0], found[1]) if len(found) >= 2 else None


_BEGINNER = re.compile(r"\b(beginners?|newbies?|novices?|new to (this|it|the gym|lifting|training)|just starting|starting out)\b")


def for_beginner(message: str) -> bool:
    """True when a comparison is asked for someone starting out ("... for a beginner?")."""
    return bool(_BEGINNER.search(parse.prepare(message).replace("'", "")))


_LOW_IMPACT_MOVE = re.compile(r"\b(bike|cycl\w*|row\w*|rower|elliptical|cross trainer|swim\w*|aqua)\b", re.IGNORECASE)
_SORE_JOINT = re.compile(r"\b(bad|dodgy|sore|weak|injured|sprained|dicky|gammy|painful|stiff|arthritic) (\w+ )?(ankles?|knees?|hips?|shins?|feet|foot)\b")


def sore_joint(message: str) -> str | None:
    """The joint a comparison is asked around ("treadmill or bike? i have a bad ankle"), or None."""
    found = _SORE_JOINT.search(parse.prepare(message).replace("'", ""))
    return found.group(3) if found else None


def compare(first: Exercise, second: Exercise, beginner: bool = False, joint: str | None = None) -> str:
    """Two exercises side by side: what each works, how hard it is, what it needs; asked for a
    beginner, which of the two to start with when their levels differ."""
    def line(e: Exercise) -> str:
        muscles = ", ".join(m.replace("_", " ") for m in e.muscles[:3])
        return f"- **{e.name}** ({e.level}, {e.equipment_text()}): works the {muscles}. {e.cues[0]}."

    shared = [m.replace("_", " ") for m in first.muscles if m in second.muscles]
    if shared:
        verdict = (
            f"Both train the {', '.join(shared[:2])}, so neither is “better”: do the one you can do with good form, "
            "or both in the same session, and make it harder as it gets easy."
        )
    else:
        verdict = "They train different muscles, so they're not either/or: a balanced week has room for both."
    gentle = [e for e in (first, second) if _LOW_IMPACT_MOVE.search(e.name)]
    if joint and len(gentle) == 1:
        verdict = (
            f"With a sore {joint}, the {gentle[0].name.lower()} is the kinder choice: no impact on the joint, "
            "and just as good for fitness and burning calories."
        )
    if beginner and first.level_rank != second.level_rank:
        easy, hard = sorted((first, second), key=lambda e: e.level_rank)
        verdict += f" For a beginner, start with the {easy.name.lower()}; add the {hard.name.lower()} once the basics feel solid."
    return "\n".join([f"{first.name} or {second.name.lower()}? 🤔", line(first), line(second), verdict])
