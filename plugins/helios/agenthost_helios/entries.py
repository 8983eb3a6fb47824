"""Reading the workouts out of what someone says.

"did 3 sets of 10 pushups and ran 5k in 28 min yesterday" is two entries: push-ups (3×10, the
time estimated from the sets) and a 5 km run of 28 minutes, both yesterday. Each activity or
exercise named starts an entry; the words between one and the next ("and", "then", a comma)
split the message into clauses, and each clause gives its own entry the numbers in it:
duration, distance, pace or speed, sets and reps, effort, day. A day said once ("yesterday")
holds for every entry that names none. Typos in activity names are repaired first
(`fuzzy.repair`).

Nothing here writes: `read` returns the entries and, when a number cannot be real (NaN,
1e400, a negative time, 30 hours), the problem to ask about instead of logging.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from attrs import define, field

from host.text import per_turn

from agenthost_helios import compendium, fuzzy, library, parse
from agenthost_helios.compendium import Activity
from agenthost_helios.library import Exercise

MAX_MINUTES = 24 * 60
MAX_SETS = 50
MAX_REPS = 5000
MAX_KM = 1000
MAX_REPS_PER_MINUTE = 100  # push-up and sit-up records are near this; nobody logs more
REP_SECONDS = 3  # one controlled rep
SET_REST_SECONDS = 60
STEPS_PER_MINUTE = 100  # a brisk walk's cadence (Tudor-Locke et al. 2011)
STRENGTH = ("weight_training", "calisthenics", "circuit_training")

_SEPARATOR = re.compile(
    r"\s*(?:[,;!]|(?<!\d)\.(?!\d)|\band then\b|\bthen\b|\band\b|\bplus\b|&|\bfollowed by\b|\bafter that\b|"
    r"\bafterwards\b|\bas well as\b|(?<![\dk])\+|\bwith\b(?= (?:an? |another )?\d*\s*(?:min|mins|minutes|hours?|hrs?|h)\b))\s*"
)
_STEPS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(k)?\s*steps\b")
_A_MILE = re.compile(r"\ban? mile\b")


@define
class Entry:
    """One workout read from a message; `minutes` None means the message did not say how long."""

    activity: Activity
    exercise: Exercise | None = None
    minutes: float | None = None
    minutes_estimated: bool = False
    distance_km: float | None = None
    distance_unit: str = "km"  # how the user gave the distance: "km", "mi" or "yd"
    kmh: float | None = None
    sets: int | None = None
    reps: int | None = None
    steps: int | None = None
    intensity: str | None = None
    day: date | None = None
    label: str | None = None  # the user's own word when it says more than the activity ("HIIT")
    load_kg: float | None = None

    @property
    def name(self) -> str:
        """What to call it in a reply: the exercise when one was named, else the activity."""
        return self.exercise.name if self.exercise else self.label or self.activity.name

    def item(self) -> dict[str, Any]:
        """The `log_workout` item for this entry (it needs `minutes` or sets and reps)."""
        item: dict[str, Any] = {"activity": self.activity.id}
        if self.minutes is not None and not self.minutes_estimated:
            item["duration_minutes"] = self.minutes
        elif self.minutes is not None and not (self.sets or self.reps):
            item["duration_minutes"] = self.minutes
            item["duration_estimated"] = True
        if self.intensity:
            item["intensity"] = self.intensity
        if self.distance_km is not None:
            item["distance_km"] = self.distance_km
            if self.distance_unit != "km":
                item["distance_unit"] = self.distance_unit
        if self.sets:
            item["sets"] = self.sets
        if self.reps:
            item["reps"] = self.reps
        if self.exercise is not None:
            item["exercise"] = self.exercise.name
        if self.steps:
            item["steps"] = self.steps
        if self.label:
            item["label"] = self.label
        if self.load_kg:
            item["load_kg"] = self.load_kg
        if self.day is not None:
            item["date"] = self.day.isoformat()
        return item

    def to_state(self) -> dict[str, Any]:
        """What the dialog state keeps of an entry still waiting for its duration."""
        state: dict[str, Any] = {"activity": self.activity.id}
        if self.exercise is not None:
            state["exercise"] = self.exercise.id
        for key in ("distance_km", "kmh", "sets", "reps", "intensity"):
            if getattr(self, key) is not None:
                state[key] = getattr(self, key)
        if self.distance_unit != "km":
            state["distance_unit"] = self.distance_unit
        if self.minutes is not None and not self.minutes_estimated:
            state["minutes"] = self.minutes  # a said time, kept when only the distance was wrong
        if self.day is not None:
            state["date"] = self.day.isoformat()
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Entry | None:
        """An entry kept by `to_state`, or None when the state names nothing known."""
        try:
            activity = compendium.by_id(str(state["activity"]))
            exercise = library.by_id(str(state["exercise"])) if state.get("exercise") else None
            day = date.fromisoformat(state["date"]) if state.get("date") else None
        except (KeyError, ValueError, TypeError):
            return None
        entry = cls(activity=activity, exercise=exercise, day=day)
        for key in ("distance_km", "kmh", "sets", "reps", "intensity"):
            if state.get(key) is not None:
                setattr(entry, key, state[key])
        if state.get("distance_unit") in ("km", "mi", "yd"):
            entry.distance_unit = state["distance_unit"]
        if isinstance(state.get("minutes"), (int, float)) and 0 < state["minutes"] <= MAX_MINUTES:
            entry.minutes = float(state["minutes"])
        return entry


@define
class Reading:
    """The entries in a message, and what is wrong with its numbers (None when all are fine)."""

    entries: list[Entry] = field(factory=list)
    problem: str | None = None

    @property
    def complete(self) -> list[Entry]:
        return [e for e in self.entries if e.minutes is not None]

    @property
    def incomplete(self) -> list[Entry]:
        return [e for e in self.entries if e.minutes is None]


@define
class _Mention:
    start: int
    end: int
    activity: Activity
    exercise: Exercise | None
    words: str = ""


@lru_cache(maxsize=1024)
def canonical(message: str) -> str:
    """The text every reader here works on: lower case, number words as digits, typos repaired,
    and "skipping" meaning missing ("I keep skipping workouts") kept apart from skipping rope."""
    text = _MISSING.sub("missing", fuzzy.repair(parse.prepare(message).replace("'", "")))
    text = _LIFTED.sub(lambda found: _LIFTS[found.group(1)], text)  # "benched 135 lbs for 5": the bench press
    return _KIT.sub(r"\2", text)  # "just a yoga mat" is kit, not a yoga session


# A lift said by its verb in the past: "benched 135 lbs for 5 reps", "squatted 100kg", "deadlifted 140".
_LIFTS = {"benched": "bench press", "squatted": "squat", "deadlifted": "deadlift", "deadlifed": "deadlift"}
_LIFTED = re.compile(r"\b(" + "|".join(_LIFTS) + r")\b")
_KIT = re.compile(
    r"\b(yoga|pilates|gym|boxing|running|swim(?:ming)?|cycling|bike) "
    r"(mats?|blocks?|straps?|bags?|gloves|shoes|trainers|shorts|kit|goggles|helmet|membership)\b"
)
_MISSING = re.compile(
    r"\bskip(?:ping|ped|s)?\b(?= (?:my |the |a |all |some |most |every )?(?:workouts?|sessions?|gym|training|"
    r"class(?:es)?|runs?|meals?|breakfast|lunch|dinner|days?|leg day|it|them|out|rest)\b)"
)


def mentions(text: str) -> list[_Mention]:
    """The activities and exercises named in `canonical` text, in order (see `_mentions`)."""
    return _mentions(text)


def mentions_activity(message: str) -> bool:
    """True when the message names an activity or an exercise (typos forgiven)."""
    return bool(_mentions(canonical(message)))


def read(message: str, today: date) -> Reading:
    """Every workout in `message`, with its numbers; see the module docstring."""
    if problem := parse.impossible_numbers(message):
        text = canonical(message)
        return Reading([_bare(m) for m in _mentions(text)], problem)
    text = canonical(message)
    mentions = _mentions(text)
    if not mentions:
        return Reading()
    message_day = parse.workout_day(text, today)
    entries: list[Entry] = []
    clauses = _clauses(text, mentions)
    rounds = _ROUNDS.search(text)
    rounds_end = len(text)
    if rounds and (then := re.compile(r"\b(then|after that|afterwards|followed by|plus)\b").search(text, rounds.end())):
        rounds_end = then.start()
    for mention, (start, end) in zip(mentions, clauses, strict=True):
        entry = _entry(text[start:end], mention.start - start, mention, today)
        if entry.activity.id == "general_exercise" and (group := _TRAINED_GROUP.search(text[start:end])):
            # "tuesday legs at the gym for an hour": a strength session for that muscle group
            entry.activity, entry.label = compendium.by_id("weight_training"), group[1].capitalize()
        if rounds and rounds.start() < mention.start < rounds_end and entry.reps and not entry.sets:
            # "3 rounds of 10 pull-ups, 20 push-ups and 30 squats": each move done 3 times
            entry.sets = int(rounds[1])
            if entry.minutes_estimated:
                entry.minutes = None
                _estimate_minutes(entry)
        entries.append(entry)
    _same_unit_as_before(text, clauses, mentions, entries)
    _same_load_unit(text, clauses, mentions, entries)
    if len(entries) == 1 and entries[0].intensity is None:
        entries[0].intensity = parse.intensity(text)
    if len(entries) == 1 and re.search(r"\b(each way|both ways)\b", text) and entries[0].minutes is not None:
        entries[0].minutes *= 2  # "walked to work and back, 20 min each way"
        if entries[0].distance_km:
            entries[0].distance_km *= 2
    if len(entries) > 1 and re.search(r"\b(each|both|apiece|every one)\b", text):
        timed = next((e for e in entries if e.minutes is not None and not e.minutes_estimated), None)
        for entry in entries:
            if timed is not None and entry.minutes is None:
                entry.minutes = timed.minutes  # "tennis saturday and squash sunday for an hour each"
    entries = _fill_days(_merge_lists(entries), message_day)
    for entry in entries:
        if problem := _too_fast(entry):
            # "swam 80 km in 30 minutes": the next message fixes one of the two ("sorry, 800 metres")
            return Reading([_bare_entry(e, keep_numbers=e is entry) for e in entries], problem)
        if problem := _implausible(entry):
            bare = [_bare_entry(e) for e in entries]
            if entry.load_kg is not None and not 0 < entry.load_kg <= MAX_LOAD_KG and len(entries) == 1:
                # "bench 3x10 at 900kg" ... "lol typo, 90kg": the answer gives the weight, the sets and reps stay
                bare[0].sets, bare[0].reps = entry.sets, entry.reps
            return Reading(bare, problem)
    return Reading(entries)


# A muscle group trained at the gym, said as lifters say it ("legs at the gym", "gym, chest and
# triceps"); "back" only with its pairing or "day", since "got back from the gym" is no back day.
_TRAINED_GROUP = re.compile(
    r"\b(legs|chest(?: and (?:tri(?:ceps|s)|shoulders))?|arms|shoulders|glutes|upper body|lower body|"
    r"back(?= and bi| day)(?: and bi(?:ceps|s))?|push|pull|biceps|triceps|abs|core)\b(?! (?:hurt|ache|sore|are|were|felt|feel))"
)
_MUSCLE_GROUP_WORDS = frozenset({"abs", "core", "legs", "arms", "glutes", "upper body", "lower body", "chest", "back", "shoulders"})
# A number on its own in a clause: "20" of "and 20 of weights", "y nadé 25"
_BARE_NUMBER = re.compile(r"(?<![\d.:])(\d{1,3}(?:\.\d+)?)(?![\d.:])(?!\s*(?:x|%|sets?|reps?|rounds?|times|laps|lengths|k\b|km|mi|m\b|kg|lbs?))")
_HOURS = re.compile(r"\b(h|hr|hrs|hour|hours)\b")


def _same_unit_as_before(text: str, clauses: list[tuple[int, int]], mentions: list[_Mention], entries: list[Entry]) -> None:
    """"40 minutes on the elliptical and 20 of weights", "ran 30 min and swam 25": a bare number
    after a timed workout is in the same unit, minutes (or hours), not a count of reps."""
    timed_unit: float | None = None
    for (start, end), mention, entry in zip(clauses, mentions, entries, strict=True):
        clause = text[start:end]
        if entry.minutes is not None and not entry.minutes_estimated:
            said = parse.duration_minutes(clause)
            timed_unit = 60.0 if said and _HOURS.search(clause) and not re.search(r"\b(min|mins|minutes?)\b", clause) else 1.0
            continue
        counted_exercise = (entry.exercise is not None and entry.exercise.unit == "reps") or (
            entry.activity.id in STRENGTH and entry.label is not None  # "50 sit ups", a move the library lacks
            and entry.label.lower() not in _MUSCLE_GROUP_WORDS  # "15 of abs" is a quarter hour of ab work
        )
        if timed_unit is None or counted_exercise or entry.sets or entry.distance_km or entry.steps:
            continue
        numbers = _BARE_NUMBER.findall(clause)
        if len(numbers) != 1 or not (entry.minutes is None or (entry.minutes_estimated and entry.reps)):
            continue
        entry.minutes, entry.minutes_estimated, entry.reps = float(numbers[0]) * timed_unit, False, None


# A load with its unit left off, after a lift that said it: "squats 4x6 at 225"
_UNITLESS_LOAD = re.compile(
    r"(?:\bat|@)\s*(\d{2,4}(?:\.\d+)?)\b(?!\s*(?:x|×|%|:|min|mins|minutes|secs?|km|k\b|mi|miles|reps?|sets?|bpm|rpm|am\b|pm\b|kg|kgs|kilos?|lbs?|pounds))"
)


def _same_load_unit(text: str, clauses: list[tuple[int, int]], mentions: list[_Mention], entries: list[Entry]) -> None:
    """"bench 3x8 at 155 lb and squats 4x6 at 225": a lift's bare load is in the unit the lift
    before it was said in (lb here), never dropped."""
    unit: str | None = None
    for (start, end), mention, entry in zip(clauses, mentions, entries, strict=True):
        clause = text[start:end]
        if entry.load_kg is not None:
            said = _LOAD.search(clause) or _BARE_LOAD.search(clause)
            unit = said[2] if said else unit
            continue
        lift = entry.activity.id in STRENGTH or (entry.exercise is not None and entry.exercise.category == "strength")
        if unit is None or not lift or not (bare := _UNITLESS_LOAD.search(clause)):
            continue
        entry.load_kg = round(float(bare[1]) * (1 if unit.startswith("k") else 0.45359237), 1)
        if entry.exercise is not None and not entry.exercise.equipment:
            entry.exercise, entry.label = None, mention.words.capitalize()  # a loaded squat, not a bodyweight one
        if entry.activity.id == "calisthenics":
            entry.activity = compendium.by_id("weight_training")


def complete_pending(pending: Entry, message: str, today: date) -> Reading:
    """The answer to "how long did the run take?": `pending` with this message's numbers."""
    if problem := parse.impossible_numbers(message):
        return Reading([pending], problem)
    text = canonical(message)
    mention = _Mention(0, 0, pending.activity, pending.exercise)
    entry = _entry(text, 0, mention, today)
    for key in ("distance_km", "kmh", "sets", "reps", "intensity"):
        if getattr(entry, key) is None:
            setattr(entry, key, getattr(pending, key))
            if key == "distance_km":
                entry.distance_unit = pending.distance_unit
    entry.day = entry.day or pending.day
    if (entry.minutes is None or entry.minutes_estimated) and pending.minutes is not None and entry.distance_km is not None:
        entry.minutes, entry.minutes_estimated = pending.minutes, False  # "sorry, 800 metres" after "swam 80 km in 30 minutes"
    if entry.minutes is None:
        _estimate_minutes(entry)
    if problem := _implausible(entry):
        return Reading([pending], problem)
    return Reading([entry])


def _bare(mention: _Mention) -> Entry:
    return Entry(activity=mention.activity, exercise=mention.exercise)


def _bare_entry(entry: Entry, keep_numbers: bool = False) -> Entry:
    """The entry to ask about: what was done and when, and with `keep_numbers` the distance and
    time said (one of them is wrong; the answer replaces it and keeps the other)."""
    bare = Entry(activity=entry.activity, exercise=entry.exercise, day=entry.day, label=entry.label)
    if keep_numbers:
        bare.minutes, bare.distance_km, bare.distance_unit = entry.minutes, entry.distance_km, entry.distance_unit
    return bare


def _mentions(text: str) -> list[_Mention]:
    """Activities and exercises named in `text`, in order, overlaps resolved to the longest:
    found once a turn, and each caller gets copies it may change."""
    return [_Mention(m.start, m.end, m.activity, m.exercise, m.words) for m in _found_mentions(text)]


@per_turn  # routing, the intents and the entry read all look for them
def _found_mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    for match in compendium.pattern().finditer(text):
        found.append(
            _Mention(match.start(), match.end(), compendium.by_phrase(match.group(0)), None, match.group(0))
        )
    for match in _STEPS.finditer(text):  # "10,000 steps" is a walk even when no walk is named
        found.append(_Mention(match.start(), match.end(), compendium.by_id("walking"), None, "steps"))
    sport = next((m for m in sorted(found, key=lambda m: m.start) if m.activity.id in _MATCH_SPORTS), None)
    if sport is not None:
        for match in _THE_MATCH.finditer(text, sport.end):
            # "football training tue 90 min and the match on sat": the match is a second session of that sport
            found.append(_Mention(match.start(), match.end(), sport.activity, None, match.group(0)))
    for match in library.pattern().finditer(text):
        exercise = library.by_phrase(match.group(0))
        overlapping = [m for m in found if m.start < match.end() and match.start() < m.end]
        if overlapping:
            for m in overlapping:
                covers = match.start() <= m.start and m.end <= match.end() and match.end() - match.start() > m.end - m.start
                if m.exercise is None and covers and exercise.category == "strength" and m.activity.id not in STRENGTH:
                    # "walking lunges" are lunges, not a walk
                    m.activity = compendium.by_id("weight_training" if exercise.equipment else "calisthenics")
                    m.exercise = exercise
                if m.exercise is None and m.activity.id in STRENGTH + ("stretching", "general_exercise"):
                    m.exercise = exercise
                if m.exercise is exercise and match.end() - match.start() > m.end - m.start:
                    # "30 air squats": the exercise's longer name is the mention, so "30" sits right before it
                    m.start, m.end, m.words = min(m.start, match.start()), max(m.end, match.end()), match.group(0)
            continue
        found.append(_Mention(match.start(), match.end(), activity_for(exercise), exercise, match.group(0)))
    found.sort(key=lambda m: (m.start, m.start - m.end))  # at one place, the longer name wins ("10k steps")
    kept: list[_Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    if len(kept) > 1:
        # "ran 16k, training for my first marathon": the race is still to come, not a second run
        kept = [m for m in kept if not _EVENT_TO_COME.search(text[: m.start])] or kept
    return _one_per_clause(text, kept)


_EVENT_TO_COME = re.compile(
    r"\b(?:training|train|prepping|prep|preparing|getting ready|building up|build up)\s+(?:for|towards)\s+"
    r"(?:my|a|an|the|our)?\s*(?:[a-z]+\s+){0,2}$|"
    r"\b(?:for|towards|before|ahead of)\s+(?:my|the|our)\s+(?:first|1st|next|upcoming)\s+$"
)


# Sports played as matches, and a match of one told after it with its own day or length
_MATCH_SPORTS = frozenset({
    "soccer", "rugby", "american_football", "basketball", "tennis", "badminton", "squash", "racquetball",
    "table_tennis", "volleyball", "beach_volleyball", "ice_hockey", "field_hockey", "baseball", "water_polo",
    "ultimate_frisbee",
})
_THE_MATCH = re.compile(
    r"(?:(?<=\band )|(?<=\balso )|(?<=\bplus )|(?<=\bthen ))(?:the|a|our|my|another) (?:match|game|fixture)\b"
    r"(?=.{0,30}\b(?:\d|an? hour|on (?:mon|tue|wed|thu|fri|sat|sun)|yesterday|today|tonight|last night|this morning|"
    r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\b))"
)


def activity_for(exercise: Exercise) -> Activity:
    """The Compendium activity an exercise is logged as: its own (running, jump rope...),
    stretching for mobility work, calisthenics for bodyweight moves, else weight training."""
    own = compendium.find_activity(exercise.name)
    if own is not None and own.id != "general_exercise" and not (exercise.category == "strength" and own.id not in STRENGTH):
        return own
    if exercise.category in ("mobility", "stretch"):
        return compendium.by_id("stretching")
    if not exercise.equipment or exercise.category in ("cardio", "plyometric"):
        return compendium.by_id("calisthenics")
    return compendium.by_id("weight_training")


_RACE_DISTANCE = re.compile(r"\d+(?:\.\d+)?k")


def _one_per_clause(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Two mentions with no "and"/comma between them are one workout ("a 30 min hiit workout"):
    keep the more specific one."""
    result: list[_Mention] = []
    for mention in mentions:
        if result and not _SEPARATOR.search(text[result[-1].end : mention.start]):
            previous = result[-1]
            if previous.activity.id == "general_exercise" and mention.activity.id != "general_exercise":
                result[-1] = mention
            elif _RACE_DISTANCE.fullmatch(previous.words) and mention.exercise is None and mention.activity != previous.activity:
                result[-1] = mention  # "a 10k bike ride", "10k on the bike": the distance of the ride, not a run
            elif previous.exercise is None and mention.exercise is not None and previous.activity == mention.activity:
                result[-1] = mention
            continue
        result.append(mention)
    return result


def _clauses(text: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Where each mention's clause starts and ends: split at the last separator between two."""
    bounds = []
    start = 0
    for current, following in zip(mentions, mentions[1:], strict=False):
        separators = list(_SEPARATOR.finditer(text, current.end, following.start))
        # "monday swim 45 mins, yesterday back and biceps at the gym": a day said opens a clause,
        # so the cut is before it, not at the "and" inside the next workout
        dated = [s for s in separators if _DAY_OPENS.match(text, s.end())]
        cut = dated[-1] if dated else separators[-1] if separators else None
        end, next_start = (cut.start(), cut.end()) if cut else (following.start, following.start)
        bounds.append((start, end))
        start = next_start
    bounds.append((start, len(text)))
    return bounds


_DAY_OPENS = re.compile(
    r"(?:on |last |this )?(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|"
    r"(?:mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?)\b"
)
_ROUNDS = re.compile(r"\b(\d{1,2})\s*(?:rounds?|circuits?|times through|laps of the circuit)\b(?:\s+of)?")
_LOAD = re.compile(r"\b(?:at|with|@)\s*(\d{1,4}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b")
# A weight with no "at" or "@", for a lift; not the lifter's own ("I'm 80 kg", "weigh 80kg").
_BARE_LOAD = re.compile(
    r"(?<!\bweigh )(?<!\bweighing )(?<!\bim )(?<!\bi m )(?<!\bam )(?<!\bbodyweight )"
    r"\b(\d{1,4}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b(?!\s*(?:body|bw|bodyweight|of (?:body|me)))"
)
# "back squat 140kg x 5", "bench 100 kg for 8", "140kg x 5 x 3": the reps (and sets) said right
# after a lift's weight, the lifter's shorthand for one set (or that many sets) of that many reps.
_LOAD_REPS = re.compile(
    r"^\s*(?:x|×|for)\s*(\d{1,3})\b(?!\s*(?:sets?|rounds?|min|mins|minutes|km|k)\b)(?:\s*reps?\b)?"
    r"(?:\s*(?:x|×)\s*(\d{1,2})\b(?:\s*sets?\b)?)?"
)
MAX_LOAD_KG = 500  # about the heaviest deadlift ever; nobody lifts more for reps
# Words that say more than the Compendium's activity name, kept as the entry's label.
_LABELS = {"hiit": "HIIT", "crossfit": "CrossFit", "tabata": "Tabata", "spin": "Spin", "spinning": "Spin",
           "zumba": "Zumba", "parkrun": "parkrun", "bouldering": "Bouldering", "padel": "Padel",
           "kickboxing": "Kickboxing", "bootcamp": "Bootcamp", "metcon": "Metcon", "leg day": "Leg day",
           # sports logged on the nearest Compendium row keep their own name (data/activities.json `_nearest`)
           "netball": "Netball", "korfball": "Korfball", "gaelic football": "Gaelic football",
           "gaa": "Gaelic football", "gaelic footy": "Gaelic football", "australian rules football": "Australian rules football",
           "australian rules": "Australian rules football", "aussie rules": "Australian rules football",
           "aussie rules football": "Australian rules football", "afl": "Australian rules football",
           "hurling": "Hurling", "camogie": "Camogie", "pickleball": "Pickleball", "pickle ball": "Pickleball",
           "reformer": "Reformer Pilates"}


# The user's word is the better name when the activity is a catch-all ("50 situps" is sit-ups,
# not "calisthenics"); these catch-all words are not.
_GENERIC_WORDS = frozenset({
    "calisthenics", "bodyweight", "bodyweight workout", "weights", "weight training", "weightlifting", "weight lifting",
    "lifting", "lifted", "lift", "strength training", "resistance training", "circuit", "circuits", "circuit training",
})


def _label(mention: _Mention) -> str | None:
    if mention.words in _LABELS:
        return _LABELS[mention.words]
    if mention.exercise is None and mention.activity.id in STRENGTH and mention.words not in _GENERIC_WORDS:
        return mention.words.replace("-", " ").capitalize()
    return None


def said_name(mention: _Mention) -> str:
    """The activity as the user named it when that says more ("Netball"), else its name."""
    return _label(mention) or mention.activity.name


def _entry(clause: str, at: int, mention: _Mention, today: date) -> Entry:
    entry = Entry(activity=mention.activity, exercise=mention.exercise, label=_label(mention))
    load = _LOAD.search(clause)
    if load is None and mention.activity.id in STRENGTH:
        load = _BARE_LOAD.search(clause)  # "a 900 kg squat", "back squat 140kg x 3"
    load_reps = None
    if load:
        entry.load_kg = round(float(load[1]) * (1 if load[2].startswith("k") else 0.45359237), 1)
        if load_reps := _LOAD_REPS.match(clause[load.end() :]):
            clause = clause[: load.end()] + " " + clause[load.end() + load_reps.end() :]
        if entry.exercise is not None and not entry.exercise.equipment:
            # "squats 5x5 at 100kg" is not a bodyweight squat: keep the user's word for it.
            entry.exercise, entry.label = None, mention.words.capitalize()
        if entry.activity.id == "calisthenics":
            entry.activity = compendium.by_id("weight_training")
        clause = clause[: load.start()] + " " + clause[load.end() :]
    kmh, span = parse.pace(clause)
    rest = clause if span is None else clause[: span[0]] + " " + clause[span[1] :]
    if steps := _STEPS.search(rest):
        entry.steps = int(float(steps[1]) * (1000 if steps[2] else 1))
        rest = rest[: steps.start()] + " " + rest[steps.end() :]
    entry.minutes = parse.duration_minutes(rest)
    entry.distance_km = parse.distance_km(rest)
    entry.distance_unit = parse.distance_unit(rest)
    if entry.distance_km is None and mention.words == "parkrun":
        entry.distance_km = 5.0  # every parkrun is 5 km
    if entry.distance_km is None and _A_MILE.search(rest):
        entry.distance_km = round(parse.MILE_KM, 2)
    entry.kmh = kmh
    entry.sets, entry.reps = parse.sets_reps(rest)
    if load_reps:
        entry.reps = int(load_reps[1])
        entry.sets = int(load_reps[2]) if load_reps[2] else entry.sets or 1
    if entry.sets is None and entry.reps is None:
        before = clause[:at]
        if match := re.search(r"\b(\d{1,5})\s*(?:x\s*)?$", before):
            entry.reps = int(match[1])
            # "did 50 pushups" is not a 50 km run: the number belongs to the exercise.
    entry.intensity = parse.intensity(clause)
    if (
        entry.intensity is None
        and mention.exercise is not None
        and mention.activity.id == "calisthenics"
        and mention.exercise.category in ("cardio", "plyometric")
    ):
        entry.intensity = "high"  # burpees, jumping jacks, jump squats: vigorous by nature
    entry.day = parse.workout_day(clause, today)
    if entry.minutes is None:
        _estimate_minutes(entry)
    return entry


def _estimate_minutes(entry: Entry) -> None:
    """Minutes from what the message did say: distance and pace, sets and reps, steps, or a
    distance at the activity's typical speed (`Activity.typical_kmh`)."""
    if entry.distance_km and entry.kmh:
        entry.minutes = round(entry.distance_km / entry.kmh * 60, 1)
    elif entry.distance_km and entry.activity.typical_kmh:
        entry.minutes = max(1.0, float(round(entry.distance_km / entry.activity.typical_kmh * 60)))
        entry.minutes_estimated = True
    elif entry.sets or entry.reps:
        sets = entry.sets or 1
        reps = entry.reps or 10
        seconds = sets * (reps * REP_SECONDS + SET_REST_SECONDS) - SET_REST_SECONDS
        entry.minutes = max(1.0, round(seconds / 60, 1))
        entry.minutes_estimated = True
    elif entry.steps:
        entry.minutes = max(1.0, round(entry.steps / STEPS_PER_MINUTE))
        entry.minutes_estimated = True
        entry.intensity = entry.intensity or "low"


def _fill_days(entries: list[Entry], message_day: date | None) -> list[Entry]:
    """The day of each entry whose clause named none: the day of the last clause before it that
    did ("monday 30 min cycling, tuesday legs at the gym, a swim after": the swim is Tuesday's),
    else the day the message names anywhere ("ran 5k and swam yesterday")."""
    said: date | None = None
    for entry in entries:
        if entry.day is not None:
            said = entry.day
        else:
            entry.day = said or message_day
    return entries


def _merge_lists(entries: list[Entry]) -> list[Entry]:
    """"squats, lunges and push-ups for 20 minutes" is one strength session: a strength entry
    with no numbers of its own joins the next strength entry. An unnamed "workout" with no
    numbers, beside named activities, is dropped."""
    result: list[Entry] = []
    carried: list[Entry] = []
    for entry in entries:
        bare = entry.minutes is None and not (entry.distance_km or entry.sets or entry.reps)
        if result and _same_session(result[-1], entry):
            # "today a long walk, roughly 10k steps": the steps are that walk's, on its day
            entry.day = entry.day or result[-1].day
            result[-1] = entry
            continue
        if result and bare and not entry.steps and _same_session(entry, result[-1]) and entry.day in (None, result[-1].day):
            # "30 lengths this morning, breaststroke": the stroke names the swim just counted, not a second one
            continue
        if bare and entry.activity.id in STRENGTH:
            carried.append(entry)
            continue
        if carried and entry.activity.id in STRENGTH:
            entry.exercise = None if len({c.name for c in carried} | {entry.name}) > 1 else entry.exercise
            if entry.day is None:
                entry.day = carried[0].day
            carried = []
        result.extend(carried)
        carried = []
        result.append(entry)
    result.extend(carried)
    if len(result) > 1:
        result = [
            e for e in result if not (e.activity.id == "general_exercise" and e.minutes is None)
        ] or result
    return result


def _same_session(first: Entry, then: Entry) -> bool:
    """A bare activity right before the numbers of the same one ("a long walk, roughly 10k
    steps", "a swim, 40 lengths") is one workout, unless the two name different days."""
    bare = first.minutes is None and not (first.distance_km or first.sets or first.reps or first.steps)
    return (
        bare
        and first.exercise is None
        and then.exercise is None
        and first.activity.id == then.activity.id
        and first.activity.id not in STRENGTH
        and bool(then.steps or then.distance_km)
        and (first.day is None or then.day is None or first.day == then.day)
    )


def _implausible(entry: Entry) -> str | None:
    """Why this entry's numbers cannot be real, or None."""
    if entry.minutes is not None and entry.minutes > MAX_MINUTES:
        if entry.minutes_estimated and entry.distance_km:
            return f"{entry.distance_km:g} km of {entry.activity.name.lower()} is more than anyone does in a day"
        return f"{parse_hours(entry.minutes)} is more than a whole day"
    if entry.minutes is not None and entry.minutes <= 0:
        return "a workout of 0 minutes is not one I can log"
    if entry.distance_km is not None and entry.distance_km > MAX_KM:
        return f"{entry.distance_km:g} km is further than anyone goes in one go"
    if entry.distance_km is not None and entry.distance_km <= 0:
        return "a distance of 0 is not one I can log"
    if entry.sets is not None and not 0 < entry.sets <= MAX_SETS:
        return f"{entry.sets} sets is more than a session holds"
    if entry.reps is not None and not 0 < entry.reps <= MAX_REPS:
        return f"{entry.reps} reps is more than anyone does in a session"
    if entry.load_kg is not None and not 0 < entry.load_kg <= MAX_LOAD_KG:
        return f"{entry.load_kg:g} kg is more than anyone has ever lifted"
    if problem := _too_fast(entry):
        return problem
    count = (entry.sets or 1) * entry.reps if entry.reps else None
    if count and entry.minutes and not entry.minutes_estimated and count / entry.minutes > MAX_REPS_PER_MINUTE:
        name = entry.name.lower()
        return f"{count} {name if name.endswith('s') else name + 's'} in {entry.minutes:g} min is faster than anyone moves"
    return None


def _too_fast(entry: Entry) -> str | None:
    """Why a distance in a time is faster than any person goes that way, or None."""
    if not (entry.distance_km and entry.minutes and not entry.minutes_estimated and entry.activity.max_kmh):
        return None
    speed = entry.distance_km / (entry.minutes / 60)
    if speed <= entry.activity.max_kmh:
        return None
    return (
        f"{round(entry.distance_km, 1):g} km in {entry.minutes:g} min would be {speed:.0f} km/h, "
        f"faster than anyone goes {entry.activity.name.lower()}"
    )


def parse_hours(minutes: float) -> str:
    """`30 hours`, `26.5 hours`."""
    return f"{round(minutes / 60, 1):g} hours"
