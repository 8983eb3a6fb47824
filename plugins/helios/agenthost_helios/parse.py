"""Reading numbers, dates and choices out of what people type: "ran 5k in 28:30",
"45 min of yoga", "3 days a week", "by June", "I have dumbbells and a bench"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MILE_KM = 1.609344


def prepare(text: str) -> str:
    """Lower case with number words as digits ("forty five" -> "45") and hyphens as spaces."""
    text = text.lower().replace("\u2019", "'").replace("-", " ")
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)


_NUM = r"(\d+(?:\.\d+)?)"
_HOURS = r"(?:h|hr|hrs|hour|hours)"
_MINUTES = r"(?:min|mins|minute|minutes)"
_DURATIONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], float] | None], ...] = (
    (re.compile(rf"{_NUM}\s*{_HOURS}\s*(?:and\s*)?(\d+)\s*{_MINUTES}\b"), lambda m: float(m[1]) * 60 + float(m[2])),
    (re.compile(r"\b(\d+)h(\d{1,2})\b"), lambda m: float(m[1]) * 60 + float(m[2])),
    (re.compile(r"\b(\d{1,2}):(\d{2}):(\d{2})\b"), lambda m: float(m[1]) * 60 + float(m[2]) + float(m[3]) / 60),
    (re.compile(r"\b(?:in|for|took|time of|finished in)\s+(\d{1,3}):(\d{2})\b"), None),  # h:mm or mm:ss
    (re.compile(rf"\b(\d+) and a half {_HOURS}\b"), lambda m: float(m[1]) * 60 + 30),
    (re.compile(rf"\b(?:an?|1) {_HOURS} and a half\b"), lambda m: 90.0),
    (re.compile(rf"\bhalf (?:an? )?{_HOURS}\b"), lambda m: 30.0),
    (re.compile(rf"\b(?:a )?quarter (?:of )?an? {_HOURS}\b"), lambda m: 15.0),
    (re.compile(rf"{_NUM}\s*{_HOURS}\b"), lambda m: float(m[1]) * 60),
    (re.compile(rf"{_NUM}\s*{_MINUTES}\b"), lambda m: float(m[1])),
    (re.compile(rf"\ban? {_HOURS}\b"), lambda m: 60.0),
    (re.compile(r"\b(\d{1,2})\s*m\b"), lambda m: float(m[1])),  # "30m" of yoga (under 100: not metres)
)


def duration_minutes(text: str) -> float | None:
    """The first duration in `text`, in minutes ("1h30", "45 min", "28:30", "an hour"), or None."""
    text = prepare(text)
    for pattern, convert in _DURATIONS:
        match = pattern.search(text)
        if not match:
            continue
        if convert is None:
            first, second = int(match[1]), int(match[2])
            # "1:15" reads as hours:minutes, "28:30" as minutes:seconds.
            value = first * 60 + second if first < 5 else first + second / 60
        else:
            value = convert(match)
        if value > 0:
            return round(float(value), 1)
    return None


_KM = re.compile(rf"{_NUM}\s*(?:k|km|kms|kilometers?|kilometres?)\b")
_MILES = re.compile(rf"{_NUM}\s*(?:mi|miles?)\b")
_METRES = re.compile(rf"{_NUM}\s*(?:m|meters?|metres?)\b")


def distance_km(text: str) -> float | None:
    """The first distance in `text`, in km ("5k", "3 miles", "800m", "half marathon"), or None."""
    text = prepare(text)
    if match := _KM.search(text):
        return float(match[1])
    if match := _MILES.search(text):
        return round(float(match[1]) * MILE_KM, 2)
    for match in _METRES.finditer(text):
        if float(match[1]) >= 100:
            return float(match[1]) / 1000
    if "half marathon" in text:
        return 21.1
    if "marathon" in text:
        return 42.2
    return None


_INTENSITY = (
    (
        "high",
        re.compile(
            r"\b(hard|intense|intensely|vigorous|tough|brutal|fast|sprints?|sprinting|all out|max effort|"
            r"race pace|killer|heavy|high intensity|exhausting|pushed hard)\b"
        ),
    ),
    ("low", re.compile(r"\b(easy|light|gentle|slow|slowly|relaxed|leisurely|recovery|chill|low intensity|casual)\b")),
    ("moderate", re.compile(r"\b(moderate|moderately|steady|medium|normal)\b")),
)


def intensity(text: str) -> str | None:
    """low / moderate / high when the text says how hard it was, else None."""
    text = prepare(text)
    for level, pattern in _INTENSITY:
        if pattern.search(text):
            return level
    return None


_DAYS = re.compile(r"\b([1-7])\s*(?:x|times|days?|sessions|workouts)\b")


def days_per_week(text: str) -> int | None:
    """Training days a week: "3 days a week", "4x", "twice a week", "every day"; else None."""
    text = prepare(text)
    if re.search(r"\b(every ?day|daily|7 days)\b", text):
        return 7
    if match := _DAYS.search(text):
        return int(match[1])
    if re.search(r"\btwice\b", text):
        return 2
    if re.search(r"\bonce a week\b", text):
        return 1
    return None


_LEVELS = (
    ("advanced", re.compile(r"\b(advanced|experienced|athlete|competitive|years of (training|lifting)|very fit)\b")),
    (
        "intermediate",
        re.compile(
            r"\b(intermediate|some experience|been training|been lifting|fairly fit|"
            r"moderately fit|returning)\b"
        ),
    ),
    (
        "beginner",
        re.compile(
            r"\b(beginner|beginners|new to|never|just starting|starting out|start working out|"
            r"start exercising|first time|out of shape|unfit|haven't (worked out|exercised)|"
            r"havent (worked out|exercised)|novice|newbie)\b"
        ),
    ),
)


def level(text: str) -> str | None:
    """beginner / intermediate / advanced when the text says so, else None."""
    text = prepare(text)
    for name, pattern in _LEVELS:
        if pattern.search(text):
            return name
    return None


_GOAL_TYPES = (
    (
        "weight_loss",
        re.compile(
            r"\b(lose|losing|drop|shed) (some |a little |a bit of |extra )?"
            r"(\d+ ?(kg|kgs|kilos?|lbs?|pounds|stone)|weight|fat|"
            r"the belly|belly fat)|\bweight loss\b|\bfat loss\b|\bburn fat\b|\bslim (down)?\b|"
            r"\bget lean(er)?\b|\bcut\b"
        ),
    ),
    (
        "endurance",
        re.compile(
            r"\b(marathon|half marathon|\d+ ?k|\d+ ?km|ultra|triathlon|ironman|race|run|running|"
            r"jog|jogging|endurance|stamina|cardio|cycle|cycling|sportive|swim|swimming|couch to)\b"
        ),
    ),
    (
        "strength",
        re.compile(
            r"\b(strength|stronger|strong|muscle|muscles|muscular|bulk|bulking|hypertrophy|bench|"
            r"squat|deadlift|pull ?ups?|chin ?ups?|push ?ups?|powerlifting|lift heavier|gains)\b"
        ),
    ),
    (
        "flexibility",
        re.compile(
            r"\b(flexible|flexibility|mobility|mobile|stretch|stretching|splits|touch (my|your) "
            r"toes|limber|stiff|supple)\b"
        ),
    ),
    (
        "general_fitness",
        re.compile(
            r"\bfit\b(?! (in|it|into|this|that|them))|"
            r"\b(fitter|fitness|healthy|healthier|in shape|active|energy|tone|toned)\b"
        ),
    ),
)


def goal_type(text: str) -> str | None:
    """The kind of goal the text describes (weight_loss, endurance, strength, flexibility,
    general_fitness), or None when nothing fits."""
    text = prepare(text)
    for name, pattern in _GOAL_TYPES:
        if pattern.search(text):
            return name
    return None


_EQUIPMENT = (
    (
        "full_gym",
        re.compile(r"\b(full gym|the gym|a gym|gym membership|commercial gym|at the gym|in the gym|gym access)\b"),
    ),
    ("dumbbells", re.compile(r"\b(dumbbells?|dumb bells?|db|dbs)\b")),
    ("barbell", re.compile(r"\b(barbells?|squat rack|power rack)\b")),
    ("kettlebell", re.compile(r"\b(kettlebells?|kettle bells?|kb|kbs)\b")),
    ("resistance_band", re.compile(r"\b(resistance bands?|bands?|mini bands?)\b")),
    ("pull_up_bar", re.compile(r"\b(pull ?up bar|chin ?up bar|doorway bar|bar for pull ?ups)\b")),
    ("bench", re.compile(r"\b(bench|weight bench)\b(?! press)")),
    ("machine", re.compile(r"\b(machines?|leg press machine)\b")),
    ("cable", re.compile(r"\b(cables?|cable machine)\b")),
    ("jump_rope", re.compile(r"\b(jump ?rope|skipping rope)\b")),
    (
        "stationary_bike",
        re.compile(r"\b(exercise bike|stationary bike|spin bike|peloton|turbo trainer|bike trainer)\b"),
    ),
    ("rower", re.compile(r"\b(rower|rowing machine|concept ?2|erg)\b")),
    ("treadmill", re.compile(r"\b(treadmill)\b")),
)
_NO_EQUIPMENT = re.compile(
    r"\b(no equipment|without equipment|bodyweight|body weight|no weights|nothing at home|"
    r"don't have (any )?equipment|dont have (any )?equipment|no gym|at home)\b"
)


def equipment(text: str) -> list[str] | None:
    """Equipment the text mentions (schema names), ["none"] for "no equipment", else None."""
    text = prepare(text)
    found = [name for name, pattern in _EQUIPMENT if pattern.search(text)]
    if found:
        return found
    if _NO_EQUIPMENT.search(text):
        return ["none"]
    return None


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(
    rf"\b(?:by|before|until|in|for|on|end of)\s+(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"({_MONTH})\b\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{{4}}))?"
)
_IN_SPAN = re.compile(r"\b(?:in|within|for the next)\s+(\d+)\s+(day|days|week|weeks|month|months|year|years)\b")


def deadline(text: str, today: date) -> date | None:
    """A target date in the text ("by June", "by 15 March", "in 12 weeks", "2025-10-12"), else None.

    A month without a day means the end of that month; a month already past means next year's.
    """
    if match := _ISO_DATE.search(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    text = prepare(text)
    if match := _MONTH_DAY.search(text):
        month = MONTHS[match[2]]
        year = int(match[4]) if match[4] else today.year
        day_text = match[1] or match[3]
        last = calendar.monthrange(year, month)[1]
        day = min(int(day_text), last) if day_text else last
        result = date(year, month, day)
        if result < today and not match[4]:
            last = calendar.monthrange(year + 1, month)[1]
            result = date(year + 1, month, min(day, last))
        return result
    if match := _IN_SPAN.search(text):
        count, unit = int(match[1]), match[2]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit.rstrip("s")] * count
        return today + timedelta(days=days)
    if re.search(r"\b(end of (the )?year|new year|this year)\b", text):
        return date(today.year, 12, 31)
    if re.search(r"\bchristmas\b", text):
        christmas = date(today.year, 12, 25)
        return christmas if christmas >= today else date(today.year + 1, 12, 25)
    if re.search(r"\bsummer\b", text):
        summer = date(today.year, 6, 21)
        return summer if summer >= today else date(today.year + 1, 6, 21)
    if re.search(r"\bnext month\b", text):
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


def history_days(text: str) -> int:
    """How far back a history question looks: today 1, week 7 (default), month 30, year 365."""
    text = prepare(text)
    if match := re.search(r"\b(?:last|past)\s+(\d+)\s+(day|days|week|weeks)\b", text):
        return min(365, int(match[1]) * (7 if match[2].startswith("week") else 1))
    if re.search(r"\btoday\b", text):
        return 1
    if re.search(r"\bmonth\b", text):
        return 30
    if re.search(r"\byear\b", text):
        return 365
    return 7


def workout_day(text: str, today: date) -> date | None:
    """The day a workout happened when the text says ("yesterday", "last night"), else None (today)."""
    text = prepare(text)
    if re.search(r"\b(yesterday|last night)\b", text):
        return today - timedelta(days=1)
    if match := re.search(r"\b(\d) days ago\b", text):
        return today - timedelta(days=int(match[1]))
    return None
