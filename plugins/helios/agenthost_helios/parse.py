"""Reading numbers, dates and choices out of what people type: "ran 5k in 28:30",
"45 min of yoga", "3 days a week", "by June", "I have dumbbells and a bench"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from host.text import per_turn

from agenthost_helios import languages

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
    "a couple of": 2,
    "a couple": 2,
    "a few": 3,
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MILE_KM = 1.609344
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}),(\d{3})\b")
_DECIMAL_COMMA = re.compile(
    r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s*(?:km|k|kms|kilometers?|kilometres?|mi|miles?|kg|kgs|kilos?|h|hrs?|hours?)\b)"
)


@per_turn  # a turn prepares its message a dozen times (routing, intents, slots)
def prepare(text: str) -> str:
    """Lower case with number words as digits ("forty five" -> "45") and hyphens as spaces."""
    text = languages.translate(text.lower().replace("\u2019", "'")).replace("-", " ")
    text = _THOUSANDS.sub(r"\1\2", text)  # "10,000 steps"
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)  # "7,5 km gelaufen": a European decimal comma
    text = _SHORTHAND.sub(lambda m: SHORTHANDS[m.group(0)], text)
    text = _CALORIES.sub("calories", text)
    text = _LOOSE.sub(lambda m: "lose " if m[1] == "e" else "losing ", text)  # "wanna loose like 5 kg"
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)


# Chat spellings no edit distance reaches: "hw long each sesh", "shud i", "3 dayz a wk", "no runnin"
SHORTHANDS = {
    "hw": "how", "hwo": "how", "lng": "long", "lnog": "long", "mch": "much", "muc": "much", "hld": "hold",
    "hodl": "hold", "rougly": "roughly", "roughy": "roughly", "tht": "that", "dat": "that", "dis": "this", "wat": "what", "wot": "what", "wht": "what", "shud": "should", "shld": "should",
    "shoud": "should", "cud": "could", "wud": "would", "sesh": "session", "seshs": "sessions", "seshes": "sessions",
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "b4": "before", "cos": "because", "cuz": "because", "coz": "because", "thru": "through",
    "wk": "week", "wks": "weeks", "dayz": "days", "dys": "days", "dayss": "days", "mnths": "months", "cn": "can", "gud": "good", "rly": "really",
    "runnin": "running", "joggin": "jogging", "liftin": "lifting", "swimmin": "swimming", "trainin": "training",
    "walkin": "walking", "cyclin": "cycling", "workin": "working", "doin": "doing", "gettin": "getting",
    "mak": "make", "hardr": "harder", "easir": "easier", "eazier": "easier", "shortr": "shorter", "longr": "longer",
    "abt": "about", "wiht": "with", "wth": "with", "aftr": "after", "befor": "before", "strech": "stretch",
    "streching": "stretching", "betwen": "between", "mny": "many", "tak": "take", "giv": "give", "quik": "quick",
    "tday": "today", "tdy": "today", "ystrday": "yesterday", "yestrday": "yesterday", "ysterday": "yesterday",
    "yesturday": "yesterday", "yday": "yesterday", "delet": "delete", "remov": "remove", "strat": "start", "strated": "started",
    "agust": "august", "augst": "august", "febuary": "february", "feburary": "february", "janurary": "january",
    "septmber": "september", "octber": "october", "novmber": "november", "decmber": "december", "breth": "breath", "brethe": "breathe", "wrkout": "workout", "shuold": "should", "shoudl": "should", "sholud": "should", "wen": "when",
    "kness": "knees", "knes": "knees", "kneez": "knees", "wrkouts": "workouts", "equpment": "equipment", "equiptment": "equipment",
    # chat spellings of round 10: "can u gimme a beginers workot", "3 dayz a wek", "legz r killing me frm squats"
    "gimme": "give me", "giz": "give me", "lemme": "let me", "wek": "week", "weks": "weeks", "wkly": "weekly",
    "frm": "from", "fr": "from", "legz": "legs", "armz": "arms", "glutez": "glutes", "beginer": "beginner",
    "beginers": "beginners", "begginer": "beginner", "begginers": "beginners", "workot": "workout",
    "wrkot": "workout", "excercise": "exercise", "excersize": "exercise",
    "exersise": "exercise", "excercises": "exercises", "musles": "muscles", "muscels": "muscles",
    "mussle": "muscle", "mussles": "muscles", "wiv": "with", "bc": "because", "b/c": "because",
    # round 14: "i wnt to gane musle but im skiny", "a workot for my bak and bicepps"
    "wnt": "want", "wnna": "wanna", "gane": "gain", "gaine": "gain", "musle": "muscle", "muscel": "muscle",
    "skiny": "skinny", "skinney": "skinny", "bicepps": "biceps", "bicpes": "biceps", "bicep": "biceps",
    "tricepps": "triceps", "tricep": "triceps", "shoulda": "should have", "bak": "back",
}
def expand_shorthands(text: str) -> str:
    """`text` with only its chat spellings expanded, its case and punctuation kept ("I wanna loose
    like 5 kg by agust" -> "I wanna lose like 5 kg by august")."""
    text = re.sub(_SHORTHAND.pattern, lambda m: SHORTHANDS[m.group(0).lower()], text, flags=re.IGNORECASE)
    return re.sub(_LOOSE.pattern, lambda m: "lose " if m[1].lower() == "e" else "losing ", text, flags=re.IGNORECASE)


_LOOSE = re.compile(r"\bloos(e|ing) (?=(?:like |about |around |some |a few |a bit of |\d|weight|fat|belly|the weight))")
# "calries", "calaries", "caleries", "calores": calories with a letter dropped or changed
_CALORIES = re.compile(r"\bc[ae]l+[aeo]?r+(?:ie|ei|y|e|i)s\b")
_SHORTHAND = re.compile(r"(?<![\w'])(" + "|".join(sorted(SHORTHANDS, key=len, reverse=True)) + r")(?![\w'])")


_NUM = r"(\d+(?:\.\d+)?)"
_HOURS = r"(?:h|hr|hrs|hour|hours)"
_MINUTES = r"(?:min|mins|minute|minutes)"
_DURATIONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], float] | None], ...] = (
    (re.compile(rf"{_NUM}\s*{_HOURS}\s*(?:and\s*)?(\d+)\s*{_MINUTES}\b"), lambda m: float(m[1]) * 60 + float(m[2])),
    (re.compile(rf"\ban? {_HOURS} and (\d+)\s*{_MINUTES}\b"), lambda m: 60 + float(m[1])),
    (re.compile(r"\b(\d+)h(\d{1,2})\b"), lambda m: float(m[1]) * 60 + float(m[2])),
    # "1 hr 15": the minutes left unnamed, when no other unit follows the second number.
    (
        re.compile(rf"\b(\d+)\s*{_HOURS}\s+(\d{{1,2}})\b(?!\s*(?:[a-z]|:|\.\d))"),
        lambda m: float(m[1]) * 60 + float(m[2]),
    ),
    (re.compile(r"\b(\d{1,2}):(\d{2}):(\d{2})\b"), lambda m: float(m[1]) * 60 + float(m[2]) + float(m[3]) / 60),
    (re.compile(r"\b(?:in|for|took|time of|finished in)\s+(\d{1,3}):(\d{2})\b"), None),  # h:mm or mm:ss
    # "5k run 27:30", "10k - 52:10": a time right after a distance (not a clock time, a pace or "at")
    (
        re.compile(
            r"\b\d+(?:\.\d+)?\s*(?:k|km|kms|mi|miles?)\b(?:\s+(?:run|jog|race|parkrun|swim|row|ride|walk)\w*)?"
            r"\s*[,:\-\u2013]?\s*(\d{1,3}):(\d{2})\b(?!\s*(?:am|pm|a\.m|p\.m|pace|/|per|min\w*\s*(?:/|per)|an?\s+(?:k|km|mile)))"
        ),
        None,
    ),
    # "just did my first parkrun!! 32:10", "parkrun this morning, 27:45", "ran 5k this morning - 27:45": a time a few
    # words after the parkrun or the distance (never one said "at", a clock time or a pace)
    (
        re.compile(
            r"\b(?:parkrun|park run|\d+(?:\.\d+)?\s*(?:k|km|kms|mi|miles?))\b(?:[\s,!.]+(?!at\b|by\b|around\b|@)[a-z']+){0,4}"
            r"[\s,:!\-\u2013]+(\d{1,3}):(\d{2})\b(?!\s*(?:am|pm|a\.m|p\.m|pace|/|per|min\w*\s*(?:/|per)|an?\s+(?:k|km|mile)))"
        ),
        None,
    ),
    (re.compile(rf"\b(\d+) and a half {_HOURS}\b"), lambda m: float(m[1]) * 60 + 30),
    (re.compile(rf"\b(?:an?|1) {_HOURS} and a half\b"), lambda m: 90.0),
    (re.compile(rf"\bhalf (?:an? )?{_HOURS}\b"), lambda m: 30.0),
    (re.compile(rf"\b(?:a )?quarter (?:of )?an? {_HOURS}\b"), lambda m: 15.0),
    (re.compile(rf"{_NUM}\s*{_HOURS}\b"), lambda m: float(m[1]) * 60),
    (re.compile(rf"{_NUM}\s*{_MINUTES}\b"), lambda m: float(m[1])),
    (re.compile(r"(\d+)\s*(?:s|sec|secs|second|seconds)\b"), lambda m: round(float(m[1]) / 60, 1)),
    (re.compile(rf"\ban? {_HOURS}\b"), lambda m: 60.0),
    (re.compile(r"\b(?:in|for) (?:a|one|a single) minute\b(?! ago)"), lambda m: 1.0),  # "500 push-ups in a minute"
    # "30m" of yoga (under 100: not metres; "a 25m pool" is a pool)
    (re.compile(r"\b(\d{1,2})\s*m\b(?!\s*(?:pool|lengths?|laps?|swim))"), lambda m: float(m[1])),
)


@per_turn  # asked of the same text by routing, intents and the entry read
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
_YARDS = re.compile(rf"{_NUM}\s*(?:yd|yds|yards?)\b(?!\s*pool)")
YARD_KM = 0.0009144


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def distance_unit(text: str) -> str:
    """`mi` or `yd` when the first distance in `text` is in miles or yards, else `km` (what a
    reply echoes)."""
    text = prepare(text)
    km, miles = _KM.search(text), _MILES.search(text)
    if not km and not miles and pool_km(text) is None and _YARDS.search(text):
        return "yd"
    return "mi" if miles and not km else "km"


_LENGTHS = re.compile(r"\b(\d{1,3})\s*(lengths?|laps?)\b")
_POOL = re.compile(r"\b(\d{2})\s*(?:m|metres?|meters?|yd|yards?)?\s*pool\b")
POOL_M = 25  # the usual pool, when the message does not say


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def pool_km(text: str, pool_m: float | None = None) -> float | None:
    """"40 lengths" (of a 25 m pool unless the text says otherwise), in km, or None."""
    text = prepare(text)
    match = _LENGTHS.search(text)
    if not match:
        return None
    pool = _POOL.search(text)
    metres = float(pool[1]) if pool else (pool_m or POOL_M)
    return round(int(match[1]) * metres / 1000, 3)


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def distance_km(text: str) -> float | None:
    """The first distance in `text`, in km ("5k", "3 miles", "800m", "half marathon", "40
    lengths" of a pool), or None."""
    text = prepare(text)
    if (lengths := pool_km(text)) is not None:
        return lengths
    if match := _KM.search(text):
        return float(match[1])
    if match := _MILES.search(text):
        return round(float(match[1]) * MILE_KM, 2)
    if match := _YARDS.search(text):
        return round(float(match[1]) * YARD_KM, 3)  # a swimmer's "1,650 yards"
    for match in _METRES.finditer(text):
        if float(match[1]) >= 100 and not re.match(r"\s*pool", text[match.end():]):
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


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def intensity(text: str) -> str | None:
    """low / moderate / high when the text says how hard it was, else None."""
    text = prepare(text)
    for level, pattern in _INTENSITY:
        if pattern.search(text):
            return level
    return None


_DAYS = re.compile(
    r"\b([1-7])\s*(?:x|times|days?|sessions|workouts)\b|"
    r"\b([1-7])\s*(?:runs|rides|swims|gym sessions|lifting sessions|training days)\s*(?:a|per|each|every)\s*week\b"
)


def days_per_week(text: str) -> int | None:
    """Training days a week: "3 days a week", "4x", "twice a week", "every day"; else None."""
    text = prepare(text)
    if re.search(r"\b(every ?day|daily|7 days|(a|per|each) day)\b", text) and not re.search(r"\b\d\s*times (a|per) day\b", text):
        return 7
    if match := _DAYS.search(text):
        return int(match[1] or match[2])
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
            r"\b(strength|stronger|strong|muscle|muscles|muscular|bulk|bulking|hypertrophy|bench|split|push pull|"
            r"upper lower|ppl|bigger|size|mass|"
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
        re.compile(
            r"\b(full gym|the gym|a gym|gym membership|commercial gym|at the gym|in the gym|gym access)\b|"
            r"(?:,|\band|\bwith|\bin|\bplan|\bat)\s+gym\s*(?:[,.!?]|$)|\bgym (plan|program|programme|split|routine)\b"
        ),
    ),
    ("dumbbells", re.compile(r"\b(dumbbells?|dumb bells?|dumbells?|dumbels?|dumbbels?|db|dbs)\b")),
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


# The gym named as out of reach ("the gym is shut over christmas", "can't get to the gym this
# week"): no gym, not the gym's equipment
_NO_GYM = re.compile(
    r"\b(the |my |our )?gym('?s| is| will be| was| has| gonna be| going to be)? (shut|closed|closing|out|off limits|not an option|unavailable)\b|"
    r"\b(cant|can't|cannot|won't|wont|unable to|not able to) (get to|go to|make it to|use|access|get into|get in to) (the |my |a )?gym\b"
)


def equipment(text: str) -> list[str] | None:
    """Equipment the text mentions (schema names), ["none"] for "no equipment", else None."""
    text = _NO_GYM.sub(" no gym ", prepare(text))
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


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"\b(?:(last|this|on|past)\s+)?(mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?(?:'?s)?\b"
)
# A day said to be a rest day is not the workout's day: "sunday was a rest day, but monday I did legs"
_RESTED_DAY = re.compile(
    r"\b(?:on\s+)?(?:mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?\s+(?:was|is|were)\s+"
    r"(?:a\s+|my\s+)?(?:rest|off|day off|rest day|recovery day|lazy day|a write off)\b(?:\s+day)?|"
    r"\b(?:rested|took|nothing|skipped)\s+(?:it\s+)?(?:on\s+)?(?:mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?\b|"
    r"\b(?:mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?\s+off\b"
)
_SAME_DAY = re.compile(
    r"\b(today|this (?:morning|afternoon|evening|lunchtime)|tonight|earlier today|earlier|at lunch(?:time)?|"
    r"after work|before work|just now|just)\b"
)
_DAY_BEFORE = re.compile(r"\b(?:the )?day before yesterday\b")
_YESTERDAY = re.compile(r"\b(yesterday|last night|last evening)\b")
_DAYS_AGO = re.compile(r"\b(\d{1,3}) days? ago\b")
_ON_DATE = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?)\b"
)


_DAY_WORD = (
    r"(?:(?:on|last)\s+)?(?:the day before yesterday|yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
    r"\d{1,3} days? ago|(?:mon|tues|tue|wed|wednes|thurs|thu|fri|sat|satur|sun)(?:day)?|"
    rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
# The day a correction says was wrong: "saturday not yesterday", "it wasn't today, it was
# monday", "sunday rather than yesterday", "instead of yesterday"
_WRONG_DAY = re.compile(
    rf",?\s*\b(?:not|wasn'?t|was not|isn'?t|weren'?t|instead of|rather than|as opposed to)\s+(?:really\s+)?{_DAY_WORD}\b"
)


def moved_day(text: str, today: date) -> date | None:
    """The day a message moves a workout to when it says both days ("saturday, not yesterday",
    "it wasn't today, it was monday"); None when it names no wrong day or no other day."""
    prepared = prepare(text)
    if not _WRONG_DAY.search(prepared):
        return None
    return workout_day(_WRONG_DAY.sub(" ", prepared), today)


def corrected_day(text: str, today: date) -> date | None:
    """The day a correction moves a workout to: `workout_day` of the text without the day it
    says was wrong ("that was on saturday not yesterday" is Saturday, never yesterday)."""
    return workout_day(_WRONG_DAY.sub(" ", prepare(text)), today)


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def workout_day(text: str, today: date) -> date | None:
    """The day a workout happened when the text says so, else None (meaning today).

    "yesterday", "last night", "this morning" (today), "2 days ago", "the day before
    yesterday", "on Monday" / "last Tuesday" (the latest such day before today), "on 3 March",
    "2025-05-01". A named date still to come this year means last year's."""
    if match := _ISO_DATE.search(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    text = _RESTED_DAY.sub(" ", prepare(text))
    if _DAY_BEFORE.search(text):
        return today - timedelta(days=2)
    if _YESTERDAY.search(text):
        return today - timedelta(days=1)
    if match := _DAYS_AGO.search(text):
        return today - timedelta(days=int(match[1]))
    if match := _WEEKDAY.search(text):
        wanted = next(i for i, name in enumerate(WEEKDAY_NAMES) if name.startswith(match[2][:3]))
        back = (today.weekday() - wanted) % 7
        if back == 0 and match[1] in ("last", "past"):
            back = 7  # "last Monday", said on a Monday, is a week ago; "on Monday" is today
        return today - timedelta(days=back)
    if match := _ON_DATE.search(text):
        month = MONTHS[match[2] or match[3]]
        day = int(match[1] or match[4])
        year = today.year
        try:
            result = date(year, month, day)
            if result > today:
                result = date(year - 1, month, day)
        except ValueError:
            return None
        return result
    if _SAME_DAY.search(text):
        return today
    return None


_SETS_REPS = (
    re.compile(r"\b(\d{1,3})\s*sets?\s*(?:of|x|×)\s*(\d{1,5})\b"),
    re.compile(r"\b(\d{1,3})\s*(?:x|×)\s*(\d{1,5})\b(?!\s*(?:min|mins|minutes?|sec|s\b|km|k\b|m\b|mi))"),
)
_SETS_ONLY = re.compile(r"\b(\d{1,3})\s*sets?\b")
_REPS_ONLY = re.compile(r"\b(\d{1,5})\s*(?:reps?|repetitions?)\b")


def sets_reps(text: str) -> tuple[int | None, int | None]:
    """Sets and reps: "3 sets of 10" and "3x10" give (3, 10), "4 sets" (4, None), "50 reps"
    (None, 50); (None, None) when the text gives neither."""
    text = prepare(text)
    for pattern in _SETS_REPS:
        if match := pattern.search(text):
            return int(match[1]), int(match[2])
    sets = _SETS_ONLY.search(text)
    reps = _REPS_ONLY.search(text)
    return (int(sets[1]) if sets else None), (int(reps[1]) if reps else None)


_UNIT_KM = {"km": 1.0, "k": 1.0, "kilometer": 1.0, "kilometre": 1.0, "mi": MILE_KM, "mile": MILE_KM}
_PACE_CLOCK = re.compile(
    r"\b(?:at\s+)?(?:an?\s+)?(\d{1,2}):(\d{2})\s*(?:min(?:ute)?s?\s*)?(?:/|per|a|an)\s*(km|k|kilomet(?:er|re)|mi|mile)s?\b"
    r"(?:\s*pace)?"
)
_PACE_MINUTES = re.compile(
    r"\b(?:at\s+)?(?:an?\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:min(?:ute)?s?|m)\s*(?:/|per|a|an)?\s*"
    r"(km|k|kilomet(?:er|re)|mi|mile)s?\b(?:\s*pace)?"
)
_PACE_BARE = re.compile(r"\b(?:at|@)\s*(?:an?\s+)?(\d{1,2}):(\d{2})\s*(?:pace|average)\b")
_SPEED = re.compile(r"\b(?:at\s+)?(\d{1,2}(?:\.\d+)?)\s*(km/h|kmh|kph|mph)\b")


@per_turn  # a pure reading of the text, asked again by routing, intents and the entry read
def pace(text: str) -> tuple[float | None, tuple[int, int] | None]:
    """A pace or speed in the text as km/h, with where it is (so a duration parser can skip it):
    "5:30/km", "5:30 min per km", "8 minute miles", "at 6:00 pace" (per km), "10 km/h", "6 mph"."""
    text = prepare(text)
    if match := _PACE_CLOCK.search(text):
        minutes = int(match[1]) + int(match[2]) / 60
        return _per_unit_to_kmh(minutes, match[3]), match.span()
    if match := _PACE_MINUTES.search(text):
        return _per_unit_to_kmh(float(match[1]), match[2]), match.span()
    if match := _PACE_BARE.search(text):
        return _per_unit_to_kmh(int(match[1]) + int(match[2]) / 60, "km"), match.span()
    if match := _SPEED.search(text):
        kmh = float(match[1]) * (MILE_KM if match[2] == "mph" else 1.0)
        return (round(kmh, 2) if kmh > 0 else None), match.span()
    return None, None


def _per_unit_to_kmh(minutes: float, unit: str) -> float | None:
    if minutes <= 0:
        return None
    key = unit if unit in _UNIT_KM else ("mi" if unit.startswith("mi") else "km")
    return round(60 / minutes * _UNIT_KM[key], 2)


_NOT_A_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)
_SCIENTIFIC = re.compile(r"\b\d+(?:\.\d+)?e[+-]?\d+\b", re.IGNORECASE)
_NEGATIVE = re.compile(r"(?:^|[\s(=:])[-−–]\d|\bminus\s+\d", re.IGNORECASE)
_HUGE = re.compile(r"\b\d{7,}\b")
_ZERO = re.compile(r"(?<![\d.,:])0+(?:\.0+)?\s*(?:min|mins|minutes?|hours?|hrs?|h|km|k|kms|miles?|mi|reps?|sets?|laps?|lengths?|steps)\b", re.IGNORECASE)


def impossible_numbers(text: str) -> str | None:
    """Why a number in the text cannot be logged, or None: NaN or infinity, scientific notation
    (1e400), a negative amount, or a number with 7+ digits. The reason never repeats the number."""
    if _NOT_A_NUMBER.search(text):
        return "one of those numbers isn't a number at all"
    if _SCIENTIFIC.search(text):
        return "one of those numbers is written like an astronomical figure, not an amount of exercise"
    if _HUGE.search(text):
        return "one of those numbers is far too large to be real"
    if _NEGATIVE.search(text):
        return "one of those numbers is negative, and a workout can't be"
    if _ZERO.search(text):
        return "a workout of 0 minutes, 0 km or 0 reps is not one I can log"
    return None
