"""Training told as a habit, not as one workout: "I've also started doing weights with my grandson
on tuesdays and thursdays", "I swim every Monday and Friday", "we go to a spin class twice a week".

That is the user's routine, never a workout to log (it names no day it happened). The answer looks
at the routine the way a coach would: how often, and for strength whether the same muscles get about
48 hours between sessions (ACSM); how it fits the WHO's weekly guideline (150-300 active minutes,
strength on 2 or more days).
"""

from __future__ import annotations

import re

from agenthost_helios import compendium, entries, parse

SOURCE = "WHO guidelines on physical activity and sedentary behaviour, 2020; Garber et al., ACSM Position Stand, Med Sci Sports Exerc 2011;43(7):1334-59"
REASON = (
    "Muscles repair and adapt in the day or two after strength work, so sessions for the same muscles go about 48 "
    "hours apart (ACSM, Garber et al. 2011); the WHO advises 150-300 active minutes a week and strength on 2 or more "
    "days (WHO 2020)."
)

LIGHT_MET = 4.5  # walking, yoga, stretching: easy enough to need no rest day
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
# "on tuesdays and thursdays", "every monday and friday", "mondays, wednesdays and fridays"
_PLURAL_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b")
_EVERY_DAY = re.compile(
    r"\b(every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b"
)
_NAMED_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)s?\b"
)
_EVERY_TIME = re.compile(r"\b(every|each) (morning|evening|day|night|weekday|weekend|lunchtime|lunch ?break)\b|\bmost (days|mornings|evenings)\b")
_PER_WEEK = re.compile(
    r"\b(\d ?times|\d ?x|\d|once|twice|three times|four times|five times) (a|per|each|every) week\b|\b\d ?x (a |per )?week\b"
)
# Said as something they do now, not something done once: "I've started doing", "we go", "I do"
_HABITUAL = re.compile(
    r"\b(started|starting|start|begun|began|taken up|took up|(i|we|he|she) (do|go|play|swim|run|lift|train|walk|cycle|ride|"
    r"have|attend|hit)|(ive|i have|weve|we have) (been|got|also)|(im|we are|were) (doing|going|now|also)|now (do|go)|"
    r"also (do|go|play|swim|run|lift|train|walk|cycle)|been (doing|going|lifting|running|swimming|training|playing|"
    r"cycling|walking|using)|"
    # "I climb twice a week", "we row on sundays": any verb in the present, not "I did", "we rowed"
    r"(i|we) (?!(did|ran|swam|went|rode|had|got|was|were|hit|made|took|\w+ed)\b)\w+)\b"
)
# A day it happened: then it is a workout to log, not the routine
_ONE_DAY = re.compile(
    r"\b(today|yesterday|this (morning|afternoon|evening)|last night|tonight|just (did|finished|got back)|earlier)\b|"
    r"\b(last|this past|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend)\b"
)
_STRENGTH = re.compile(
    r"\b(weights|weight training|lifting|lift|strength|resistance|dumbbells?|kettlebells?|barbell|bands|circuit|"
    r"push ?ups|squats|gym)\b"
)


def days_named(text: str) -> list[int]:
    """The weekdays named (0 = Monday), in week order."""
    found = set()
    for word in _NAMED_DAY.findall(text):
        word = word.lower()
        found.add(WEEKDAYS.index(word) if word in WEEKDAYS else _SHORT[word])
    return sorted(found)


def is_habit(message: str) -> bool:
    """True when `message` tells training the user does regularly, on days or times a week, and
    not one session on a day."""
    text = parse.prepare(message).replace("'", "")
    if _ONE_DAY.search(text) or not entries.mentions_activity(message):
        return False
    regular = _PLURAL_DAY.search(text) or _EVERY_DAY.search(text) or _PER_WEEK.search(text) or _EVERY_TIME.search(text)
    return bool(regular and _HABITUAL.search(text))


_COUNT = re.compile(r"\b(\d) ?(?:x|times)\b|\b(once|twice|three times|four times|five times)\b")
_COUNT_WORDS = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "five times": 5}


def _sessions(text: str) -> int:
    """The sessions a week said in all: "bjj 3x a week and lift twice" is 5."""
    return sum(int(digit) if digit else _COUNT_WORDS[word] for digit, word in _COUNT.findall(text))


# A question about the routine itself ("is that too much?", "enough?"), as against another question
# that only mentions it ("I do HIIT 4x a week, how should I adapt for my knee?")
_ASKS = re.compile(r"\?|\b(how|what|why|when|which|should|can|could|is|are|do|does|will|would)\b")
_ABOUT_ROUTINE = re.compile(
    r"\b(too much|too many|too little|enough|overdoing it|over ?training|ok|okay|fine|alright|good|bad|normal|"
    r"any good|a good (mix|balance|routine|rhythm)|sustainable|safe)\W*$|\b(is|are) (that|this|it|they) "
    r"(too much|enough|ok|okay|fine|alright|good|bad|safe|normal)\b"
)


def asks_something_else(message: str) -> bool:
    """True when the habit comes with a question that isn't about the routine itself."""
    text = parse.prepare(message).replace("'", "")
    return bool(_ASKS.search(text)) and not _ABOUT_ROUTINE.search(text)


def _days_text(days: list[int]) -> str:
    names = [WEEKDAYS[d].capitalize() + "s" for d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def reply(message: str) -> str:
    """The routine in `message` looked at: recovery between strength days, the WHO's weekly mix."""
    text = parse.prepare(message).replace("'", "")
    days = days_named(text) if (_PLURAL_DAY.search(text) or _EVERY_DAY.search(text)) else []
    count = len(days) or parse.days_per_week(text) or 0
    activity = compendium.activity_in_text(entries.canonical(message))
    named = list(dict.fromkeys(m.activity.name.lower() for m in entries.mentions(entries.canonical(message))))
    strength = bool(_STRENGTH.search(text)) or (activity is not None and activity.id == "weight_training")
    every = _EVERY_TIME.search(text)
    when = (
        f"on {_days_text(days)}" if days else f"{count} days a week" if count and count < 7
        else every[0] if every else "every day" if count == 7 else "regularly"
    )
    back_to_back = any((b - a) % 7 == 1 for a in days for b in days) if len(days) > 1 else False
    if len(named) > 1 or len(_COUNT.findall(text)) > 1:
        # "bjj 3x a week and lift twice", "swim twice a week and yoga on sundays": the week as a whole
        sessions = _sessions(text) + len(days) + (7 if every and every[0].endswith(("day", "morning", "evening", "night")) else 0)
        how_many = f"{sessions} sessions a week" if sessions else "That mix"
        across = f" across {' and '.join(named)}" if len(named) > 1 else ""
        return (
            f"{how_many}{across} is a solid week 💪 if you recover from it: keep at least one "
            "full rest day, don't put the two hardest sessions back to back, and give the same muscles about 48 hours "
            "between hard sessions. If you feel flat for days, sleep badly or your lifts or times stall, take an easier "
            f"week.\n_Source: {SOURCE}_"
        )
    if strength and back_to_back:
        return (
            f"Good on you for adding strength! 💪 {_days_text(days)} run back to back, though, and the same muscles need about "
            "48 hours to recover: work different muscles on each (upper body one day, legs the next), or move one "
            "session so there's a day between. Easy walking on any day is fine and helps recovery. Start light and add "
            f"a little weight once 2-3 sets of 10-12 feel easy.\n_Source: {SOURCE}_"
        )
    if strength:
        often = (
            "two strength days a week is just what the WHO advises" if count == 2
            else "once a week is a good start, and a second day would meet the WHO's advice" if count == 1
            else "that meets the WHO's strength advice (2 or more days)"
        )
        gap = ", and the day between gives your muscles about 48 hours to recover" if days else (
            ", best with a day between sessions so your muscles get about 48 hours to recover"
        )
        return (
            f"Strength {when} is a great rhythm! 💪 {often[0].upper() + often[1:]}{gap}. Easy walking on the "
            "other days is fine and even helps recovery. Start light and add a little weight once 2-3 sets of 10-12 "
            f"feel easy. To log a session, tell me how long it took (e.g. “45 min weights today”).\n_Source: {SOURCE}_"
        )
    name = activity.name.lower() if activity is not None else "that"
    light = activity is not None and activity.entry_for("moderate").met < LIGHT_MET
    rest = (
        "at an easy pace it needs no rest days, and it helps you recover" if light
        else "keep at least one rest or easy day a week"
    )
    return (
        f"{name[0].upper() + name[1:]} {when} is a great habit! 💪 Every session counts towards the WHO's 150-300 "
        f"active minutes a week; {rest}. If you don't lift yet, add strength work on 2 days a week (squats, push-ups, "
        "rows; no gym needed). To log a session, tell me how long it took (e.g. “40 minutes today”).\n"
        f"_Source: {SOURCE}_"
    )
