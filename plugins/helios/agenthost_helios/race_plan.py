"""A race plan week by week, on the runs a week someone has: "can I do it on just 3 runs a
week?" after "I want to run my first 10k in 8 weeks", then "make it harder, I can already run
5k easily".

Built from the race's row in `data/progress.json` (weeks, the long run it builds to, where it
starts from) and the long-run rule there (easy, growing by about 1-2 km a week, an easier
week every third or fourth): every week has one long run, the other runs easy. The harder
version adds one quality session a week (intervals, then tempo runs, at about goal pace or a
little faster) and takes the long run to the top of its range. The last week (the last two
before a half or a marathon) tapers. A 5k from no running is the NHS Couch to 5K, not this.
"""

from __future__ import annotations

import math
import re
from datetime import date

from agenthost_helios import parse
from agenthost_helios.progress import Race, races

MIN_RUNS, MAX_RUNS = 2, 6
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_RUNS = re.compile(
    r"\b(\d|two|three|four|five|six) (?:runs?|days?|times|sessions?|goes)(?: a| per| each| every)? ?(?:week|wk)\b|"
    r"\b(\d|two|three|four|five|six)x (?:a |per )?(?:week|wk)\b|"
    # "3 days instead, i cant do more with work", "only 4 runs max"
    r"\b(\d|two|three|four|five|six) (?:runs?|days?|sessions?|times)\b(?= (?:instead|only|max|maximum|tops|at most|is all)\b)|"
    r"\b(?:only|just|max|maximum) (\d|two|three|four|five|six) (?:runs?|days?|sessions?)\b"
)
_WEEKS = re.compile(r"\b(?:in|within|over|for|got|have) (?:about |only |just )?(\d{1,2}) ?(?:weeks|wks|week)\b")
HARDER = re.compile(
    r"\b(harder|tougher|more challenging|more intense|step it up|push me|faster)\b|"
    r"\bi can (?:already )?(?:easily |comfortably )(?:run|do|jog) (?:a )?\d+ ?(?:k|km)\b|"
    r"\bi can (?:already )?(?:run|do|jog) (?:a )?\d+ ?(?:k|km)\b.{0,15}\b(?:easily|with ease|comfortably|no problem)\b|"
    r"\b\d+ ?(?:k|km) (?:is|feels) (?:easy|fine|comfortable)\b|\btoo easy\b"
)
EASIER = re.compile(r"\b(easier|gentler|less|lighter|back off|too hard|too much)\b")
_SESSIONS = (
    "intervals: 6 × 400 m at a bit faster than goal pace, jog 200 m between",
    "tempo: 15 min comfortably hard (a few words at a time) between an easy warm-up and cool-down",
    "intervals: 5 × 800 m a bit faster than goal pace, 400 m jog between",
    "tempo: 20 min comfortably hard, easy 10 min either side",
    "intervals: 4 × 1 km at goal pace, 2 min easy between",
    "tempo: 25 min comfortably hard",
    "hills: 8 × 45 s up a steady hill, jog back down",
    "intervals: 3 × 1.5 km at goal pace, 3 min easy between",
)


def runs_asked(text: str) -> int | None:
    """The runs a week asked for ("on just 3 runs a week", "3x a week"), kept in 2-6."""
    text = parse.prepare(text)
    if (found := _RUNS.search(text)) is None:
        return None
    word = next(group for group in found.groups() if group)
    runs = _NUMBER.get(word) or int(word)
    return min(MAX_RUNS, max(MIN_RUNS, runs))


def weeks_until(text: str, deadline: str | None, today: date, race: Race) -> int:
    """The weeks there are: said in the message, else until the goal's deadline, else the
    race's usual plan length; never fewer than 3."""
    if found := _WEEKS.search(parse.prepare(text)):
        weeks = int(found[1])
    elif deadline:
        try:
            weeks = math.ceil((date.fromisoformat(deadline[:10]) - today).days / 7)
        except ValueError:
            weeks = race.weeks[1]
    else:
        weeks = race.weeks[1]
    return max(3, min(weeks, 24))


def _previous_km(race: Race) -> float:
    shorter = [r.km for r in races() if r.km < race.km]
    return max(shorter) if shorter else race.km / 2


def applies_to(race: Race | None) -> bool:
    """Only races built on running already (10k and up); a first 5k is Couch to 5K."""
    return race is not None and race.km >= 10


def build(race: Race, weeks: int, runs: int, harder: bool, cross: str | None = None) -> str:
    """The plan as a reply: a line per week, how the week is made, and its source. `cross` (a
    swim, a bike ride...) takes the place of one easy run each week ("swap one of the runs for
    a swim"); the long run always stays."""
    taper = 2 if race.km > 15 else 1
    top = race.long_run_km[1] if harder else race.long_run_km[0]
    start = round(min(_previous_km(race), race.long_run_km[0] * 0.625))
    if harder:
        start = round(min(start + 2, top * 0.7))
    build_weeks = max(1, weeks - taper)
    step = max(0.0, (top - start) / max(1, build_weeks - 1))
    easy = max(3, round(start * 0.6))
    if harder:
        opening = f"Here's the harder version: {weeks} weeks, {runs} runs a week, with one quality session each week. 🔥"
    elif runs < 3:
        opening = (
            f"{runs} runs a week can get you to a {race.name}, though novice plans use three or four: make the long run "
            f"the one you never skip. 🏃 Here's your {weeks}-week plan on {runs} runs a week:"
        )
    else:
        opening = f"Yes, {runs} runs a week is enough for a {race.name}. 🏃 Here's your {weeks}-week plan on {runs} runs a week:"
    if cross and runs >= 2:
        left = runs - 1
        opening = (
            (f"Here's the harder version: {weeks} weeks, " if harder else f"Here's your {weeks}-week plan: ")
            + f"{left} run{'s' if left != 1 else ''} and 1 {cross} a week, the long run kept. 🏃 The {cross} "
            "takes the place of an easy run: same easy effort, less pounding."
        )
    lines = [opening]
    quality = 0
    for week in range(1, weeks + 1):
        if week > build_weeks:  # taper: shorter runs, legs fresh for race day
            left = weeks - week
            long = round(top * (0.6 if left else 0))
            if left == 0:
                shakeouts = f"{runs - 1} short easy run{'s' if runs > 2 else ''} of {easy} km"
                lines.append(f"- Week {week}: {shakeouts} early in the week, then **race day: {race.name}** 🏁")
            else:
                lines.append(f"- Week {week}: taper. Long run {long} km easy, {runs - 1} easy runs of {easy} km")
            continue
        long = round(start + step * (week - 1))
        if week % 4 == 0 and week < build_weeks:
            long = max(start, long - 2)  # an easier week every fourth
        others = runs - 1
        parts = [f"long run {long} km easy"]
        if cross and others >= 1:
            parts.append(f"1 easy {cross} (30-45 min)")
            others -= 1
        if harder and others >= 1:
            parts.append(_SESSIONS[quality % len(_SESSIONS)])
            quality += 1
            others -= 1
        if others:
            parts.append(f"{others} easy run{'s' if others > 1 else ''} of {easy + (1 if week > build_weeks / 2 else 0)} km")
        lines.append(f"- Week {week}: " + " · ".join(parts))
    lines.append(
        "Easy means you could still talk in full sentences; put a rest day between runs. Grow the long run by no "
        "more than 1-2 km a week, and take an easier week whenever you need one."
        + ("" if harder else " Say “make it harder” if 5k already feels easy.")
    )
    return "\n".join(lines)


C25K_RUNS = 3  # the NHS plan: three runs a week, a rest day between
C25K_WEEKS = 9


def couch_to_5k_days(days: int, weekdays: list[str] | None = None) -> str:
    """A first 5k on the days someone has ("can only do 3 days a week"): Couch to 5K's three
    runs a week on their days; on two, each week's run three times (so longer); on more, three
    runs and the other days easy cross-training, never a fourth run."""
    from agenthost_helios.plan import planned_weekdays

    runs = min(days, C25K_RUNS)
    chosen = weekdays[:runs] if weekdays and len(weekdays) >= runs else planned_weekdays(runs)
    on = chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
    back_to_back = bool(weekdays) and len(weekdays) == 2 and _consecutive(weekdays)
    week_one = (
        "Week 1 is a brisk 5-minute walk, then 60 seconds of jogging and 90 seconds of walking, repeated for 20 "
        "minutes; each week the runs get longer and the walks shorter, until week 9 is 30 minutes nonstop."
    )
    if days <= 2:
        weeks = math.ceil(C25K_WEEKS * C25K_RUNS / 2)
        spacing = (
            " Couch to 5K puts a rest day between runs, so two days in a row is harder on the legs: if you can, move "
            "one run midweek (even 20 minutes before work); if not, keep the second day's run easy and repeat a week "
            "whenever your legs feel heavy."
            if back_to_back else ""
        )
        return (
            f"Two days a week works, it just takes longer: run on {on} and do each Couch to 5K week's run three "
            f"times before moving on, so the 9 weeks take about {weeks}.{spacing} {week_one} Repeat any week that "
            "feels too hard. 💪"
        )
    if days == C25K_RUNS:
        return (
            f"3 days a week is exactly how Couch to 5K is built: run on {on}, with a rest day between runs. 💪 "
            f"{week_one} Repeat any week that feels too hard; that's normal."
        )
    return (
        f"With {days} days, keep it to 3 runs a week ({on}) with a rest day between, and make "
        f"{'the fourth day' if days == C25K_RUNS + 1 else f'the other {days - C25K_RUNS} days'} easy cross-training: a brisk walk, cycling, "
        f"swimming or a short strength session, never a fourth run. {week_one} New runners' muscles, tendons and "
        "bones need the days between runs to adapt. 💪"
    )


_ORDER = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _consecutive(days: list[str]) -> bool:
    """True for two days next to each other in the week ("Sat", "Sun"; "Sun", "Mon")."""
    a, b = (_ORDER.index(d) for d in days)
    return abs(a - b) in (1, 6)


# "in weekdays I have only 20 minutes, fits?", "I've only got 30 min on weeknights"
_TIME_BOX = re.compile(r"\b(only|just|max|maximum|at most|no more than|have|got|\d+ ?min\w* max)\b")


def time_box(text: str) -> float | None:
    """The minutes a day said as a limit after a race plan, or None."""
    prepared = parse.prepare(text)
    minutes = parse.duration_minutes(prepared)
    if minutes is None or not 5 <= minutes <= 90 or not _TIME_BOX.search(prepared):
        return None
    return minutes


def fits_time(minutes: float, runs: int) -> str:
    """How the plan fits a daily time limit: short easy runs on the days with little time, the
    long run on the day with the most (the weekend)."""
    low, high = minutes / 7.5, minutes / 6
    easy = "the other runs" if runs > 2 else "the other run"
    return (
        f"Yes, it fits: make {easy} easy runs of {minutes:g} minutes on weekdays (about {low:.1f}-{high:.1f} km at an easy "
        "pace; run for the time and let the distance be what it is), and keep the long run for the weekend, Saturday "
        "or Sunday, when you have more time. The long run is the one to protect: it builds the endurance for race "
        "day, while short easy runs keep the week's running ticking over."
    )
