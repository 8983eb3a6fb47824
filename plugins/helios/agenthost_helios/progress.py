"""How long progress takes, and the next step up (`data/progress.json`).

- timelines: "how long until I can run it nonstop?" (after a first-5k plan), "how many weeks to
  train for a half marathon?", "when will I see results?";
- long runs: "how long should my long runs be?" for the race the conversation is about;
- abilities: "I can already run 5k" (the next race up, and how long it takes), "I can do 10
  push-ups" or "I can't do a single pull-up" (how to build from there, with the library's
  easier and harder versions).

The race a conversation is about comes from the message, else from Helios' dialog state
(`race`, kept when a plan, goal or question names one), else from the saved fitness goal.
Every answer names its source; none of it is model output.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from agenthost_helios import library, parse
from agenthost_helios.library import Exercise
from agenthost_helios.text import ends_asking, normalise, phrase_pattern


@frozen
class Race:
    """A race distance people train for, with how long a novice plan takes and its long run."""

    id: str
    name: str
    km: float
    names: tuple[str, ...]
    weeks: tuple[int, int]
    start: str
    plan: str
    long_run_km: tuple[int, int]
    source: str

    @property
    def weeks_text(self) -> str:
        low, high = self.weeks
        return f"about {low} weeks" if low == high else f"{low}-{high} weeks"


@frozen
class Milestone:
    """How long a kind of progress takes (getting stronger, building muscle)."""

    id: str
    topic: str
    patterns: tuple[re.Pattern[str], ...]
    answer: str
    source: str


@frozen
class Answer:
    """An answer of this module: its text, why it says so (for "why?") and its source."""

    text: str
    reason: str
    race: str | None = None


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.files("agenthost_helios").joinpath("data/progress.json").read_text("utf-8"))


@cache
def races() -> tuple[Race, ...]:
    """The race ladder, shortest first."""
    return tuple(
        Race(
            id=r["id"],
            name=r["name"],
            km=float(r["km"]),
            names=tuple(r["names"]),
            weeks=(int(r["weeks"][0]), int(r["weeks"][1])),
            start=r["start"],
            plan=r["plan"],
            long_run_km=(int(r["long_run_km"][0]), int(r["long_run_km"][1])),
            source=r["source"],
        )
        for r in sorted(_data()["races"], key=lambda r: r["km"])
    )


@cache
def milestones() -> tuple[Milestone, ...]:
    """The other timelines (strength, muscle), in the file's order."""
    return tuple(
        Milestone(m["id"], m["topic"], tuple(re.compile(rf"\b{p}\b") for p in m["patterns"]), m["answer"], m["source"])
        for m in _data()["milestones"]
    )


@cache
def _race_names() -> tuple[re.Pattern[str], dict[str, Race]]:
    table = {normalise(name): race for race in races() for name in race.names}
    return phrase_pattern(table), table


def race_in_text(text: str) -> Race | None:
    """The race a message names ("my first 5k", "a half marathon"), the longest name first."""
    pattern, table = _race_names()
    found = [m.group(0) for m in pattern.finditer(normalise(text))]
    return table[max(found, key=len)] if found else None


def race_by_id(race_id: Any) -> Race | None:
    """The race with this id, or None."""
    return next((r for r in races() if r.id == race_id), None)


_TIMELINE = re.compile(
    r"\bhow (long|many weeks|many months|much time|soon|quickly|fast)\b.{0,40}"
    r"\b(until|till|til|before|will it take|does it take|would it take|it takes|to get|to be able|to build|"
    r"to see|will i|can i|do i)\b|"
    r"\bwhen (will|can|could|should|do) i\b.{0,30}\b(be able|see|notice|run|get|feel|look)\b|"
    r"\bhow many weeks\b"
)
_NONSTOP = re.compile(
    r"\b(nonstop|non stop|without (stopping|walking|a break|walk breaks)|the whole (way|thing|distance)|"
    r"continuously|all the way|in one go)\b"
)
_RUN = re.compile(r"\b(run|running|jog|jogging)\b")
_AGAIN = re.compile(r"\b(again|between|recover\w*|rest\w*|sore\w*)\b")
_LONG_RUN = re.compile(
    r"\blong ?runs?\b.{0,40}\b(how (long|far)|distance|length|be|should)\b|"
    r"\bhow (long|far)\b.{0,30}\blong ?runs?\b|\blongest run\b"
)
_ABILITY = re.compile(
    r"^\W*(?:(?:but|well|ok|okay|actually|and|so|yeah|yes|now|currently|right now)\W+)*"
    r"(?:i|im|i'm|i am)\b.{0,20}?\b(can|could|am able to|cant|can't|cannot|can not|couldnt|couldn't|"
    r"unable to|struggle to)\b(?! i\b)"
)
_CANNOT = re.compile(r"\b(cant|can't|cannot|can not|couldnt|couldn't|unable|struggle|barely|not even)\b")
_ONLY = re.compile(r"\b(only|just have|have only)\b")


_START = re.compile(
    r"\b(where (do|should|can|would) i (start|begin)|how (do|should|can|would) i (start|begin|get started)|"
    r"how to (start|begin|get started)|get started|first step|(start|begin) training for)\b"
)


_START_RUNNING = re.compile(
    r"\b(start|begin|get into|take up|starting|beginning|getting into|taking up|new to|get back into)\s+"
    r"(running|jogging|to run|to jog)\b|\bhow (do|should|can) i (start|begin) (running|jogging|to run|to jog)\b"
)


# "how do I get to 5k?", "how do I build up to running 5k nonstop", "is couch to 5k any good?", or a
# race said by someone who doesn't run yet ("never run in my life", "I'm 55 and unfit")
_BUILD_UP = re.compile(
    r"\bhow (do|can|could|should|would) i (get|build|work|progress|go) (up )?(to|towards?)\b|"
    r"\b(is|are) (the )?(couch to 5k|c25k|nhs couch to 5k)( plan| app| programme| program)? "
    r"(any good|good|worth it|legit|ok|okay|for me)\b"
)
_NOT_A_RUNNER = re.compile(
    r"\b(never (run|ran|jogged|been a runner)|not a runner|non runner|(total|complete|absolute) beginner|"
    r"(very |really |super |so )?unfit|out of shape|cant run (for )?(a|one) minute|havent run (in|for) years)\b"
)


def is_roadmap(text: str) -> bool:
    """"I want to run a marathon next year, where do I start?" (a race and a way to start),
    "how do I start running?" (the first rung, from no running at all), "how do I get to 5k?",
    "is couch to 5k any good?" and a race from someone who doesn't run yet ("never run in my
    life, want to do a parkrun")."""
    text = parse.prepare(text).replace("'", "")
    race = race_in_text(text)
    if race is not None and (_START.search(text) or _BUILD_UP.search(text) or _NOT_A_RUNNER.search(text)):
        return True
    return bool(_START_RUNNING.search(text))


def roadmap(race: Race) -> Answer:
    """The steps up the race ladder to `race`, each with how long its plan takes."""
    steps = [r for r in races() if r.km <= race.km]
    if len(steps) == 1:
        text = (
            f"Love it! 🔥 {race.plan} Go by time, not distance, at a pace where you could still talk, and take the "
            f"walk breaks: they're what make it work. Want it week by week? Say “make me a plan for a {race.name}”."
        )
        return Answer(f"{text}\n_Source: {race.source}_", f"That follows {race.source}.", race.id)
    lines = [f"Love it! 🔥 Here's the road to your {race.name}, one step at a time:"]
    for number, step in enumerate(steps, 1):
        lines.append(f"{number}. **{step.name}**: {step.weeks_text}, from {step.start}.")
    total = sum(r.weeks[0] for r in steps), sum(r.weeks[1] for r in steps)
    span = f"{total[0]}" if total[0] == total[1] else f"{total[0]}-{total[1]}"
    lines.append(
        f"From scratch that's about {span} weeks of training, plus easier weeks when life gets in the way. "
        "Skip the steps you can already do (tell me, e.g. “I can already run 5k”), keep most runs easy, and "
        "build your weekly distance by no more than about 10% a week."
    )
    sources = "; ".join(dict.fromkeys(r.source for r in steps))
    return Answer("\n".join(lines) + f"\n_Source: {sources}_", f"That roadmap follows {sources}.", race.id)


_THAT_GOAL = re.compile(r"\bhow long (will|would|does|did) (that|it|this) (take|be)\b|\bhow long to get there\b")


def is_timeline(text: str, race_hint: str | None = None, goal_hint: bool = False) -> bool:
    """"how long until I can run it nonstop?", "how many weeks to train for a 10k?", "when will
    I see results?", or "how long will that take?" right after a goal (`goal_hint`): a question
    about how long progress takes (not about rest or recovery)."""
    text = parse.prepare(text).replace("'", "")
    if goal_hint and _THAT_GOAL.search(text):
        return True
    if not _TIMELINE.search(text) or _AGAIN.search(text) or _LONG_RUN.search(text):
        return False
    if race_in_text(text) or _NONSTOP.search(text):
        return True
    if _RUN.search(text) and race_hint:
        return True
    return any(p.search(text) for m in milestones() for p in m.patterns)


def is_long_run(text: str) -> bool:
    """"how long should my long runs be?", "how far should the longest run go?"."""
    return bool(_LONG_RUN.search(parse.prepare(text).replace("'", "")))


def is_ability(text: str) -> bool:
    """"I can already run 5k", "I can do 10 push-ups", "I can't do a single pull-up": a statement
    of what someone can do (not "can I ...?", not "I can only train 3 days")."""
    text = parse.prepare(text).replace("'", "")
    return bool(_ABILITY.search(text)) and not _ONLY.search(text) and not ends_asking(text)


def timeline(message: str, race_hint: Race | None, goal: str = "") -> Answer | None:
    """How long the progress asked about (or the `goal` just set) takes, or None when it is not
    one this module knows."""
    text = parse.prepare(message).replace("'", "")
    if _THAT_GOAL.search(text) and goal:
        text = parse.prepare(goal).replace("'", "") + " run" * bool(race_in_text(goal))
    race = race_in_text(text) or race_hint
    if race is None and _NONSTOP.search(text) and _RUN.search(text):
        race = races()[0]  # "run without stopping" from scratch is what Couch to 5K is for
    if race is not None and (_RUN.search(text) or race_in_text(text) or _NONSTOP.search(text)):
        text_out = f"**{race.weeks_text}**, starting from {race.start}. {race.plan}"
        if race.id == races()[0].id:
            text_out += " Stick with the walk breaks until the plan drops them: that's what makes it work."
        nxt = _next_race(race)
        if nxt is not None:
            text_out += f" After that, the next step up is the {nxt.name} ({nxt.weeks_text} more)."
        return Answer(f"{text_out}\n_Source: {race.source}_", f"That timeline follows {race.source}.", race.id)
    if goal and parse.goal_type(goal) == "strength" and not any(p.search(text) for m in milestones() for p in m.patterns):
        text += " stronger"  # "10 pull-ups by Christmas": a strength goal
    for milestone in milestones():
        if any(p.search(text) for p in milestone.patterns):
            return Answer(
                f"**{milestone.topic}** ⏳\n{milestone.answer}\n_Source: {milestone.source}_",
                f"That timeline follows {milestone.source}.",
            )
    return None


def long_run_rule() -> tuple[str, str]:
    """How a long run grows, and its source."""
    rule = _data()["long_run"]
    return rule["rule"], rule["source"]


def long_run(race: Race | None) -> Answer:
    """How long the long run should be, for `race` when there is one."""
    rule = _data()["long_run"]
    if race is None:
        lines = ["**Long runs** 🏃 Typical peaks in novice plans:"]
        lines += [f"- {r.name}: about {r.long_run_km[0]}-{r.long_run_km[1]} km" for r in races()]
        lines.append(rule["rule"])
        sources = "; ".join(dict.fromkeys([rule["source"], *(r.source for r in races())]))
        return Answer("\n".join(lines) + f"\n_Source: {sources}_", f"That follows {sources}.")
    low, high = race.long_run_km
    minutes = f" (roughly {round(low * 6.5 / 5) * 5}-{round(high * 7.5 / 5) * 5} minutes at an easy pace)" if race.km <= 10 else ""
    text = (
        f"**Long runs for a {race.name}** 🏃 Build your long run up to about **{low}-{high} km**{minutes} by the "
        f"last few weeks before the race, then ease off. {rule['rule']}"
    )
    sources = f"{race.source}; {rule['source']}"
    return Answer(f"{text}\n_Source: {sources}_", f"That follows {sources}.", race.id)


def ability(message: str, exercise: Exercise | None, distance_km: float | None) -> Answer | None:
    """The next step from what someone says they can (or can't yet) do."""
    text = parse.prepare(message).replace("'", "")
    cannot = bool(_CANNOT.search(text))
    race = race_in_text(text)
    if distance_km is None and race is not None:
        distance_km = race.km
    if distance_km is not None and (exercise is None or "endurance" in exercise.patterns):
        return _next_distance(distance_km, cannot)
    if exercise is not None:
        return _next_exercise(exercise, cannot, text)
    return None


def _next_race(race: Race) -> Race | None:
    longer = [r for r in races() if r.km > race.km]
    return longer[0] if longer else None


def _next_distance(km: float, cannot: bool) -> Answer:
    done = [r for r in races() if r.km <= km * 1.05]
    if cannot or not done:
        first = races()[0]
        text = (
            f"That's exactly where everyone starts. 💪 {first.plan} Go by time, not distance: "
            "easy enough that you could talk, and walk breaks are part of the plan, not a failure."
        )
        return Answer(f"{text}\n_Source: {first.source}_", f"That follows {first.source}.", first.id)
    current = done[-1]
    nxt = _next_race(current)
    if nxt is None:
        text = (
            f"A {current.name}: brilliant. 🔥 From here the gains come from a steady year-round base, one quality "
            "session a week, and a goal race with a proper build and taper."
        )
        return Answer(text, "A marathon is the top of the usual race ladder.", current.id)
    text = (
        f"Great base! 🔥 The next step up is the **{nxt.name}**: {nxt.plan} Build your weekly distance by no more "
        f"than about 10% a week, and let the long run grow towards {nxt.long_run_km[0]}-{nxt.long_run_km[1]} km. "
        f"Want a plan? Say “make me a plan for a {nxt.name}”."
    )
    return Answer(f"{text}\n_Source: {nxt.source}_", f"That follows {nxt.source}.", nxt.id)


def _next_exercise(exercise: Exercise, cannot: bool, text: str) -> Answer:
    options = library.related(exercise, limit=6)
    easier = [e.name for e in options if e.level_rank < exercise.level_rank] or [
        e.name for e in options if e.level_rank == exercise.level_rank
    ][:2]
    harder = [e.name for e in options if e.level_rank > exercise.level_rank]
    name = exercise.name.lower()
    if cannot:
        steps = ", then ".join(easier[:3]) if easier else f"partial-range {name}s"
        text_out = (
            f"Everyone starts somewhere! 💪 Build up to the {name} with easier versions: {steps}. "
            "Do 2-3 sets of 8-12 of the hardest version you can do with good form, 2-3 times a week, and move "
            "on when 3 × 12 feels solid. Slow lowering (3-5 seconds down) builds strength for the full move fast."
        )
        return Answer(text_out, "Easier versions of a movement train the same muscles at a load you can handle, "
                      "and progressing when the sets get easy is progressive overload (ACSM, 2009).")
    counts = re.findall(r"\b(\d{1,3})\b", text)
    reps = int(counts[0]) if counts else None
    target = f" (about {max(3, round(reps * 0.7))}-{reps} reps a set)" if reps and reps >= 5 else ""
    harder_text = f" When 3 × 15 feels easy, move on to a harder version: {', '.join(harder[:3])}." if harder else (
        " When 3 × 15 feels easy, add load or slow the lowering down."
    )
    text_out = (
        f"Nice! 💪 To build on that, do 3 sets a little short of your max{target}, 2-3 times a week, "
        f"and add a rep or two each week.{harder_text}"
    )
    return Answer(text_out, "Adding reps, then a harder version, as sets get easy is progressive overload "
                  "(ACSM Position Stand on progression models in resistance training, 2009).")
