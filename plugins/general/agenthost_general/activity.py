"""How active the user is, from how they describe their day: "I sit at a desk all day" -> sedentary.

The five levels are the ones calorie-needs calculators use with the Mifflin-St Jeor or
Harris-Benedict equations (activity factors 1.2, 1.375, 1.55, 1.725 and 1.9); General stores
the level's id in the profile's `activity_level` and Ceres may turn it into a factor.
"""

from __future__ import annotations

import re

from host.first_look import FirstLook

FLAGS = re.IGNORECASE

# id -> (how General says it, what it means)
LEVELS: dict[str, tuple[str, str]] = {
    "sedentary": ("sedentary", "mostly sitting, little or no exercise"),
    "light": ("lightly active", "light exercise 1-3 days a week"),
    "moderate": ("moderately active", "exercise 3-5 days a week"),
    "active": ("active", "hard exercise 6-7 days a week"),
    "very_active": ("very active", "a physical job or training twice a day"),
}

_FEW = r"(?:1|2|3|one|two|three|once|twice|1-2|1-3|1 to 3|one or two|once or twice)"
_SOME = r"(?:3|4|5|three|four|five|3-4|3-5|4-5|3 to 5|three or four|four or five)"
_MOST = r"(?:6|7|six|seven|6-7|6 to 7|every|each)"
# Team and racket sports people play, and classes they do or go to: "play 5-a-side twice a week",
# "tennis 3 times a week", "I go to spin on Mondays and Thursdays" each say how active they are.
_SPORTS = (
    r"(?:sports?|football|soccer|(?:5|five|6|six|7|seven)[- ]a[- ]side|futsal|tennis|padel|squash|badminton|table tennis|ping pong|"
    r"basketball|netball|volleyball|handball|water polo|rugby|hockey|cricket|golf|baseball|softball|lacrosse|ultimate(?: frisbee)?|gaelic|hurling|"
    r"athletics|track|cross[- ]country)"
)
_CLASSES = (
    r"(?:crossfit|yoga|pilates|spin|spinning|zumba|boxing|kickboxing|martial arts|karate|judo|bjj|jiu[- ]?jitsu|muay thai|climbing|"
    r"bouldering|dance|dancing|hiit|circuits|aerobics|barre|body ?pump|classes|parkrun|rowing|hiking)"
)
_TRAIN = (
    r"(?:exercis(?:e|ing)|work(?:ing)? ?out|train(?:ing)?|go(?:ing)? to the gym|hit(?:ting)? the gym|(?:the\s+)?gym|go running|run(?:ning)?|"
    rf"(?:play(?:ing)?\s+)?{_SPORTS}|"
    r"lift(?:ing)?|lift(?:ing)? weights|do weights|go (?:swimming|cycling|to (?:classes|crossfit|spin))|swim(?:ming)?|cycl(?:e|ing)|"
    rf"(?:(?:do|doing|go to|going to|go)\s+)?{_CLASSES})(?:\s+(?:classes|class|sessions|lessons|training|matches|games))?"
)
# "3 times a week", "3x/week", "twice in the week" (how many say it in German or Dutch English)
_WEEKLY = r"(?:times?|days?|sessions?|x)\s*(?:a|per|each|every|/|in a|in the|in)?\s*(?:week|wk)"

# Most specific first: "not very active" must not be read as "very active".
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "sedentary",
        re.compile(
            r"\bsedentary\b|\binactive\b|\bcouch potato\b|\bnot (?:very |that |really |super |too )?active\b"
            r"|\b(?:desk|office|computer)[- ](?:job|work|bound|based)\b"
            r"|\bsit(?:ting)?\b(?:\s+(?:at|in front of|on)\s+(?:a|my|the)\s+(?:desk|computer|screen|couch|sofa))?"
            r"\s+(?:all|most of the|the whole)\s+day\b"
            r"|\b(?:don't|do not|never|rarely|hardly(?: ever)?|barely)\s+(?:exercise|work ?out|move|do (?:any )?(?:sports?|exercise))\b",
            FLAGS,
        ),
    ),
    (
        "very_active",
        re.compile(
            r"\b(?:very|extremely|super|really|highly|incredibly)\s+active\b"
            r"|\b(?:physical|manual|physically demanding|labou?ring|construction|farm)\s+(?:job|work|labou?r)\b"
            rf"|\b{_TRAIN}\s+twice\s+a\s+day\b",
            FLAGS,
        ),
    ),
    (
        "moderate",
        re.compile(
            rf"\b(?:moderately|fairly|reasonably|somewhat)\s+active\b|\b{_TRAIN}\s+(?:about\s+|around\s+)?{_SOME}\s*{_WEEKLY}",
            FLAGS,
        ),
    ),
    (
        "active",
        re.compile(
            rf"^\s*(?:quite\s+|pretty\s+)?active\s*$|\b(?:i'm|i am|im)\s+(?:quite\s+|pretty\s+|very much\s+)?active\b|\bon my feet all day\b"
            rf"|\b{_TRAIN}\s+(?:about\s+|around\s+)?{_MOST}\s*(?:{_WEEKLY}|day)|\b{_TRAIN}\s+daily\b",
            FLAGS,
        ),
    ),
    (
        "light",
        re.compile(
            rf"\b(?:lightly|slightly|a (?:bit|little)|a little bit)\s+active\b|\b{_TRAIN}\s+(?:about\s+|around\s+)?{_FEW}\s*(?:{_WEEKLY}|(?:a|in|in the) week)"
            # a daily walk: "I walk every day", "walk the dog daily" (light, not the exercise a week of "active")
            r"|\bwalk(?:ing)?(?:\s+(?:the dog|the dogs|a lot|everywhere|to work|to school|for an hour|\d+\s*(?:k|km|miles?|minutes|mins)))?\s+(?:every\s*day|daily|most days)\b",
            FLAGS,
        ),
    ),
)
# Most clauses state no level: RE2 says so for each pattern in linear time (`host.first_look`).
_SCREENED = tuple((level, FirstLook(pattern)) for level, pattern in PATTERNS)
# "I want to be more active", "how do I get active": a wish or a question, not how they live.
NOT_A_STATEMENT = re.compile(
    r"\b(?:more|less)\s+active\b|\b(?:want|wanna|need|trying|try|would like|'d like|hope|plan|planning|should|how)\b"
    r"|\b(?:get|become|stay|be)\s+active\b|\bused to\b|\bwas\b"
    # someone else's week: "my son plays rugby 3 times a week"
    r"|\b(?:my|our|his|her|their)\s+(?:son|daughter|kids?|child|children|husband|wife|partner|boyfriend|girlfriend|friend|mum|mom|dad|brother|sister|team)\b"
    r"|\b(?:he|she|they)\b"
    # a cause of pain, not how they live: "my back hurts from sitting all day"
    r"|\b(?:hurts?|hurting|aches?|aching|pain|painful|sore|stiff|stiffness|numb)\b",
    FLAGS,
)


# A sport or class named without a verb ("tennis 3 times a week") is the user's only at the start
# of what they say or after "I", "and"...: "I watch football twice a week" is not playing it.
BARE_SPORT = re.compile(rf"^(?:{_SPORTS}|{_CLASSES}|(?:the\s+)?gym)\b", FLAGS)
BEFORE_BARE_SPORT = re.compile(r"(?:^|(?:^|\s)(?:i|and|also|plus|then|still|usually|normally|regularly|often|me)|[,&+:;])\s*$", FLAGS)


# How far someone runs (or rides) a week says how hard they train: "I run cross country, like 35
# miles a week" is an athlete's week, whatever the number of sessions.
WEEKLY_DISTANCE = re.compile(
    r"\b(?P<sport>run|runs|running|jog|jogging|cycle|cycling|ride|riding|bike|biking)\b[^.!?;]{0,40}?"
    r"(?<![\d.])(?P<distance>\d{1,3}(?:\.\d)?)\s*(?P<unit>miles?|mi|km|kms|k)\s*(?:a|per|each|every|/|in a|in the)\s*(?:week|wk)\b",
    FLAGS,
)
# km a week of running at which the week is light, moderate, active (cycling counts a third)
RUN_KM_LEVELS = ((30.0, "active"), (15.0, "moderate"), (0.0, "light"))


def _weekly_distance(clause: str) -> tuple[str, tuple[int, int]] | None:
    match = WEEKLY_DISTANCE.search(clause)
    if match is None:
        return None
    km = float(match.group("distance")) * (1.609 if match.group("unit").lower().startswith("mi") else 1.0)
    if match.group("sport").lower().startswith(("cycl", "rid", "bik")):
        km /= 3
    return next(level for floor, level in RUN_KM_LEVELS if km >= floor), match.span()


def activity_level(clause: str) -> tuple[str, tuple[int, int]] | None:
    """The activity level a first-person clause states, and where, or None."""
    if NOT_A_STATEMENT.search(clause):
        return None
    found = _weekly_distance(clause)
    if found is not None:
        return found
    for level, pattern in _SCREENED:
        for match in pattern.finditer(clause):
            if BARE_SPORT.match(match.group(0)) and not BEFORE_BARE_SPORT.search(clause[: match.start()]):
                continue
            return level, match.span()
    return None


# The user's own words said back: "train 4 times a week" -> "you train 4 times a week".
YOUR_WORDS = re.compile(
    r"^(?:sit|sitting|exercise|work ?out|train|go|hit|run|play|don't|do not|never|rarely|hardly|barely|walk|lift|do|swim|cycle)\b"
    r"|^on my feet",
    FLAGS,
)


def level_words(level: str, said: str = "") -> str:
    """"sedentary (mostly sitting, little or no exercise)", or with the user's words when they
    described their week: "moderately active (you train 4 times a week)"."""
    name, meaning = LEVELS[level]
    if YOUR_WORDS.match(said):
        meaning = ("you're " if said.startswith("on ") else "you ") + said.replace("my feet", "your feet")
    elif OWN_DESCRIPTION.search(said):
        meaning = said  # "sedentary (desk job)", "moderately active (tennis 3 times a week)": what they said, said back
    return f"{name} ({meaning})"


# The user's words are worth saying back when they describe a job or a week, not a level's name.
OWN_DESCRIPTION = re.compile(r"\d|\b(?:job|work|week|weekly|day|daily|gym|classes)\b", FLAGS)
