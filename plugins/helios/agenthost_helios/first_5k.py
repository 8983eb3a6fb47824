"""A first 5k week by week: "can you make me a 6 week plan to run my first 5k?", then "I can
only run 3 days a week", "swap one of the runs for a swim", "make it 9 weeks", "harder".

The weeks are the NHS Couch to 5K's nine stages (run-walk intervals growing to 30 minutes
nonstop), fitted to the weeks there are: fewer than nine skip ahead evenly (and say that
repeating a week is fine), more repeat stages. Three runs a week with a rest day between, as
the NHS plan has; two days do each week's runs over more days; more days, or a run swapped
for something else, are easy cross-training on the other days, never a fourth run. Every
change keeps the rest of the plan as it was.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from agenthost_helios import parse
from agenthost_helios.plan import planned_weekdays

SOURCE = "NHS: Couch to 5K running plan for beginners"
C25K_WEEKS, C25K_RUNS = 9, 3
MIN_WEEKS, MAX_WEEKS = 4, 16
# Each stage's runs, after a 5-minute brisk walk (NHS Couch to 5K, weeks 1-9).
STAGES: tuple[str, ...] = (
    "8 × (run 60 s, walk 90 s), about 20 min",
    "6 × (run 90 s, walk 2 min), about 21 min",
    "2 × (run 90 s, walk 90 s, run 3 min, walk 3 min), about 18 min",
    "run 3 min, walk 90 s, run 5 min, walk 2½ min, run 3 min, walk 90 s, run 5 min",
    "run 1: 3 × (run 5 min, walk 3 min) · run 2: run 8 min, walk 5 min, run 8 min · run 3: 20 min nonstop",
    "run 1: run 5 min, walk 3 min, run 8 min, walk 3 min, run 5 min · run 2: 2 × (run 10 min, walk 3 min) · "
    "run 3: 25 min nonstop",
    "25 min nonstop each run",
    "28 min nonstop each run",
    "30 min nonstop each run: about 5 km 🏁",
)
CROSS = {
    "swim": "swim", "swimming": "swim", "pool": "swim", "cycle": "bike ride", "cycling": "bike ride", "bike": "bike ride",
    "biking": "bike ride", "spin": "spin class", "elliptical": "elliptical session", "cross trainer": "elliptical session",
    "row": "row", "rowing": "row", "walk": "brisk walk", "walking": "brisk walk", "yoga": "yoga session",
    "strength": "strength session", "weights": "strength session", "aqua jogging": "aqua jog",
}
_CROSS_WORDS = "|".join(sorted(map(re.escape, CROSS), key=len, reverse=True))
_SWAP = re.compile(
    rf"\b(?:swap|switch|replace|change|trade|sub|substitute|make)\b.{{0,40}}\b(?:for|with|to|into)\b\s*(?:a |an |some |the )?"
    rf"({_CROSS_WORDS})\b|\b({_CROSS_WORDS})\b\s*(?:instead of|in place of|rather than)\b.{{0,20}}\brun"
)
_WEEKS = re.compile(r"\b(\d{1,2})[ -]?(?:weeks?|wks?|week)\b")
_DAYS = re.compile(
    r"\b(\d|one|two|three|four|five|six|seven)\s*(?:run(?:ning)?\s+)?(?:days?|runs?|times|x|sessions?)\s*(?:a|per|each|every|/)?\s*(?:week|wk)?\b"
)
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_HARDER = re.compile(r"\b(harder|tougher|more challenging|step it up|too easy|faster|i can already (run|jog)\b)")
_EASIER = re.compile(r"\b(easier|gentler|slower|too hard|too fast|too quick|more time|longer plan)\b")
# "a 6 week plan to run my first 5k", "couch to 5k plan", "help me get to 5k in 8 weeks"
_REQUEST = re.compile(
    r"\b(plan|programme|program|schedule|week by week|training plan|routine)\b|"
    r"\b(help me|get me|coach me|prepare me|train me)\b.{0,30}\b(\d|two|three|four) (days?|runs?|times|weeks?)\b"
)
_BEGINNER = re.compile(
    r"\b(first|1st|beginners?|new to running|never run|never ran|couch|c25k|start(ing)? running|get (to|up to)|"
    r"from scratch|from zero|non ?runner|cant run)\b"
)
_ALREADY = re.compile(r"\b(already|sub ?\d|under \d|faster|pb|pr|personal best|in \d{2} ?min)\b")


def swap_in(message: str) -> str | None:
    """The cross-training a run is swapped for ("swap one of the runs for a swim" -> "swim")."""
    text = parse.prepare(message).replace("'", "")
    return CROSS[found[1] or found[2]] if (found := _SWAP.search(text)) else None


def is_request(message: str) -> bool:
    """A week-by-week plan asked for a first 5k (not a faster one, not a single session)."""
    from agenthost_helios.progress import race_in_text

    text = parse.prepare(message).replace("'", "")
    race = race_in_text(message)
    return (
        race is not None
        and race.id == "5k"
        and bool(_REQUEST.search(text))
        and bool(_BEGINNER.search(text) or _WEEKS.search(text))
        and not _ALREADY.search(text)
        and not re.search(r"\b(session|workout for today|today)\b", text)
    )


# "I can already do 5k in 30 min, make it harder", "I've done parkrun loads of times": a runner
# already, so past Couch to 5K (the plan's next level, `plan_changes`), not a harder first 5k
_RUNNER_ALREADY = re.compile(
    r"\b(already|used to|(run|ran|done|did) (\w+ ){0,3}(before|in the past)|plenty of times|loads of times|lots of times|"
    r"i can (run|jog|do) (a |an )?\d+(\.\d)? ?(k|km|miles?)|"
    r"\d+(\.\d)? ?(k|km|miles?) in \d+|is easy for me|ive (done|run|ran)|i have (done|run|ran))\b"
)


def steps_up(message: str) -> bool:
    """After the plan, "I can already do 5k in 30 min, make it harder": a runner past it."""
    text = parse.prepare(message).replace("'", "")
    if re.search(r"\b(never|not|havent|have not|cant|cannot)\b", text):
        return False  # "I've never run before, make it easier"
    return bool(_RUNNER_ALREADY.search(text) and (_HARDER.search(text) or re.search(r"\b(easy|step it up)\b", text)))


# "actually, make me a 4 day gym plan for strength instead": a new plan asked, not a change to this one
NEW_PLAN = re.compile(
    r"\b(make|give|build|write|create|design|want|need|get|do)\b.{0,12}\b(me |us )?(a|an|new|another|different|separate)\b"
    r".{0,40}\b(plan|program\w*|routine|split|workout|session)\b(?!.{0,20}\b(5k|run|runs|running)\b)"
)


def is_follow_up(message: str) -> bool:
    """After the plan: days or runs a week, a swap, the weeks, harder or easier."""
    text = parse.prepare(message).replace("'", "")
    if len(text.split()) > 20 or steps_up(message) or NEW_PLAN.search(text):
        return False
    return bool(
        _SWAP.search(text) or _days(text) or _WEEKS.search(text) or _HARDER.search(text) or _EASIER.search(text)
        or re.search(r"\b(weekends?|only (at|on) (the )?weekends?)\b", text)
        or _weekdays(text) is not None
    )


def _weekdays(text: str) -> list[str] | None:
    """The days someone can run ("only wednesdays and weekends", "weekdays after work"), or None."""
    from agenthost_helios import plan_changes

    if not re.search(r"\b(only|just|can|could|free|available|any (other )?day|instead|prefer|rather|on|at|best|good|suits?|works?|ok|okay|fine)\b", text):
        return None
    return plan_changes.days_available(text)


_ONLY = re.compile(r"\b(?:only|just) (?:run |do |have |got |manage )?(\d|one|two|three|four|five|six|seven)\b(?! ?(?:min|mins|minutes|weeks?|k|km))")


def _days(text: str) -> int | None:
    """The days (or runs) a week said: "only 2" wins ("cant do 3 days, only 2"), else the last said."""
    found = _ONLY.search(text) or (list(_DAYS.finditer(text)) or [None])[-1]
    if found is None:
        return None
    number = _NUMBER.get(found[1]) or int(found[1])
    return number if 1 <= number <= 7 else None


def settings(message: str, before: dict[str, Any] | None = None, today: date | None = None) -> dict[str, Any]:
    """The plan's settings: this message's over the last plan's (`before`), else the defaults.
    A new plan starts where the running said now puts it ("I can run about 1 km without
    stopping", `starting_point`) and lasts until the date said ("by september") when no weeks are."""
    from agenthost_helios import starting_point

    fresh = not before
    before = dict(before or {})
    text = parse.prepare(message).replace("'", "")
    weeks = int(found[1]) if (found := _WEEKS.search(text)) else before.get("weeks", C25K_WEEKS)
    can = starting_point.ability(message) if fresh else None
    if fresh and found is None and today is not None and (due := parse.deadline(message, today)) and due > today:
        weeks = math.ceil((due - today).days / 7)
    free = _weekdays(text)
    weekdays = before.get("weekdays")
    if free is not None:
        # the runs on the days free, spread out: three of Mon-Fri are Mon, Wed and Fri
        from agenthost_helios.plan_changes import spread

        wanted = _days(text) or min(len(free), max(int(before.get("days", C25K_RUNS)), C25K_RUNS))
        weekdays = spread(free, wanted)
    days = _days(text) or (len(weekdays) if free is not None and weekdays else None) or (
        2 if re.search(r"\bweekends?\b", text) else None
    ) or before.get("days", C25K_RUNS)
    if weekdays and len(weekdays) != days:
        weekdays = None  # "make it 4 days" after picking days: the usual spread
    cross = before.get("cross")
    if swap := _SWAP.search(text):
        cross = CROSS[swap[1] or swap[2]]
    skip = int(before.get("skip", 0))
    if can is not None:
        skip = starting_point.first_stage(can.minutes)
    elif _HARDER.search(text):
        skip = min(skip + 2, 4)  # start a couple of stages in: the first weeks are already easy
    elif _EASIER.search(text):
        if skip:
            skip = max(skip - 2, 0)
        else:
            weeks = min(int(weeks) + 3, MAX_WEEKS)
            before["eased"] = True  # said with the change, not kept
    now = {"can": can.said} if can is not None else ({"can": before["can"]} if before.get("can") else {})
    return {"weeks": max(MIN_WEEKS, min(int(weeks), MAX_WEEKS)), "days": max(1, min(int(days), 7)), "cross": cross,
            "skip": skip} | ({"weekdays": list(weekdays)} if weekdays else {}) | now | (
        {"eased": True} if before.get("eased") else {}
    )


# Aches said with a follow-up ("make week 1 easier, my knees are a bit achy after runs")
_ACHES = re.compile(r"\b(knees?|shins?|ankles?|hips?|calf|calves|feet|foot|achilles)\b.{0,30}\b(ach\w*|sore|hurt\w*|pain\w*|niggl\w*|twinge\w*)\b|"
                    r"\b(ach\w*|sore|hurt\w*|pain\w*|niggl\w*)\b.{0,20}\b(knees?|shins?|ankles?|hips?|calf|calves|feet|foot|achilles)\b")
ACHES_NOTE = (
    "For the achy {joint}: run on softer, flatter ground (grass, a trail or a track) and slowly enough to talk, "
    "check your shoes aren't worn out, and add two short strength sessions a week (squats, step-ups, glute "
    "bridges, calf raises) to help your legs take the running. Mild achiness that settles by the next day is "
    "common when starting out; pain that is sharp, makes you limp, or lasts more than a week or two is one for a "
    "physio or GP (NHS: Couch to 5K; Running injuries)."
)


def aches_note(message: str) -> str | None:
    """A word on the joint that aches, when a follow-up says one does; else None."""
    text = parse.prepare(message).replace("'", "")
    if (found := _ACHES.search(text)) is None:
        return None
    joint = next(word for word in found.groups() if word and not re.match(r"(ach|sore|hurt|pain|niggl|twinge)", word))
    return ACHES_NOTE.format(joint=joint if joint.endswith("s") or joint in ("achilles",) else joint)


def stage_for(week: int, weeks: int, skip: int = 0) -> int:
    """The Couch to 5K stage (0-8) of `week` (1-based) in a plan of `weeks` weeks."""
    first, last = min(skip, len(STAGES) - 1), len(STAGES) - 1
    span = last - first
    if weeks >= span + 1:
        return first + math.ceil(week * (span + 1) / weeks) - 1  # more weeks: stages repeated evenly
    return first + round((week - 1) * span / max(1, weeks - 1))  # fewer: stages skipped evenly


def changed(before: dict[str, Any], plan: dict[str, Any]) -> str:
    """What a follow-up changed, said first ("Done: 2 days a week; the rest is as it was.")."""
    said = []
    if plan["days"] != before.get("days"):
        said.append(f"{before.get('days')} → {plan['days']} days a week")
    was = before.get("weekdays") or planned_weekdays(int(before.get("days") or C25K_RUNS))
    if plan.get("weekdays") and plan.get("weekdays") != was:
        said.append(f"on {_join(plan['weekdays'])}")
    if plan.get("cross") != before.get("cross"):
        said.append(f"one run swapped for a {plan['cross']}" if plan.get("cross") else "back to all runs")
    if plan["weeks"] != before.get("weeks"):
        eased = ", so every step is smaller and easier" if plan.get("eased") else ""
        said.append(f"{before.get('weeks')} → {plan['weeks']} weeks{eased}")
    if plan.get("skip", 0) != before.get("skip", 0):
        if plan.get("skip", 0) > before.get("skip", 0):
            said.append("harder: it starts further in")
        else:
            said.append("easier: it starts from the beginning" if not plan.get("skip") else "easier: it starts a couple of weeks earlier, with shorter runs and more walking")
    if not said:
        return "That's already how your plan is set up; here it is again. 💪"
    return f"Done: {'; '.join(said)}; the rest is as it was. 💪"


def build(plan: dict[str, Any], before: dict[str, Any] | None = None) -> str:
    """The plan as a reply: what changed (after a follow-up), how the week is made, a line per
    week, and what to say next."""
    weeks, days, cross, skip = plan["weeks"], plan["days"], plan.get("cross"), plan.get("skip", 0)
    slots = max(days, 2) if cross else days
    runs = min(slots - (1 if cross else 0), C25K_RUNS)
    runs = max(runs, 1)
    on = list(plan["weekdays"]) if len(plan.get("weekdays") or ()) == slots else planned_weekdays(slots)
    run_days, other_days = on[:runs] if not cross else [d for i, d in enumerate(on) if i != 1][:runs], []
    if cross:
        other_days = [on[1]]
    extra = [d for d in on if d not in run_days and d not in other_days]
    week_text = f"{runs} run{'s' if runs != 1 else ''} a week ({_join(run_days)})"
    if cross:
        week_text += f" and 1 {cross} ({other_days[0]})"
    if extra:
        week_text += f", with easy cross-training on {_join(extra)} (a brisk walk, a bike ride or a swim)"
    lines = [changed(before, plan)] if before else []
    lines += [
        f"Here's your {weeks}-week first 5k plan, week by week: {week_text}. Every run starts and ends with a 5-minute "
        "brisk walk. 🏃"
    ]
    for week in range(1, weeks + 1):
        lines.append(f"- **Week {week}**: {STAGES[stage_for(week, weeks, skip)]}")
    notes = []
    if weeks < C25K_WEEKS - skip:
        notes.append(
            f"{weeks} weeks is quicker than Couch to 5K's 9, so some weeks jump ahead: repeat any week that feels too "
            "hard; finishing a week or two later is fine."
        )
    if runs < C25K_RUNS:
        notes.append(
            f"On {runs} run{'s' if runs != 1 else ''} a week, do each week's runs in order over your run days and "
            "move on once you've done all three, so the plan may take a little longer."
        )
    if cross:
        notes.append(
            f"The {cross} keeps your heart and lungs working without the pounding, so it's a good swap for sore "
            f"knees; keep it easy to moderate (you can still talk), about 30 minutes."
        )
    if plan.get("can") and plan["can"] != "no running yet" and skip:
        notes.append(
            f"You can already run {plan['can']} without stopping, so week 1 starts at Couch to 5K's week {skip + 1} "
            "rather than its very first runs; say “make it easier” if that feels too much."
        )
    elif plan.get("can") and not skip:
        notes.append("It starts at the very beginning, with one-minute runs: everyone starts somewhere.")
    elif skip:
        notes.append("It starts a few stages in, since the first weeks would be too easy for you.")
    order = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    back_to_back = [
        (a, b) for a, b in zip(run_days, run_days[1:]) if order.index(b) - order.index(a) == 1
    ]
    if back_to_back:
        first, second = back_to_back[0]
        notes.append(
            f"Run slowly enough to talk. {first} and {second} are back to back, which is fine at this easy pace: "
            f"if your legs feel heavy on {second}, repeat the last run you managed or make it a brisk walk."
        )
    else:
        notes.append("Run slowly enough to talk, with a rest day between runs.")
    lines.append(" ".join(notes))
    other_weeks = 12 if weeks <= C25K_WEEKS else C25K_WEEKS
    lines.append(
        f"Say “only 2 days a week”, “swap a run for a bike ride”, “make it {other_weeks} weeks” or “make it harder”."
    )
    lines.append(f"_Source: {SOURCE}_")
    return "\n".join(lines)


def reason(plan: dict[str, Any]) -> str:
    """What "why?" answers after the plan."""
    return (
        "Why the plan looks like this: it follows Couch to 5K, which builds from one-minute jogs to 30 minutes "
        "nonstop with three runs a week and a rest day between; running fitness comes quickly, but muscles, "
        "tendons and bones need the days between runs to adapt, so the runs grow a little each week and the "
        f"walks shrink, rather than adding more runs. (Source: {SOURCE}.)"
        + (
            f" The {plan['cross']} in place of a run keeps the heart and lungs training without the impact of "
            "running, so the legs and joints get a break while the fitness still builds."
            if plan.get("cross") else ""
        )
    )


def _join(days: list[str]) -> str:
    return days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
