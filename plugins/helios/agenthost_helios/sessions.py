"""The saved plan's sessions by day, and logging one as done.

"what's on Thursday?", "tomorrow's workout?", "what's my workout today?" show that day's
session; "done!", "finished it", "I did today's workout" then log that session as a workout:
the Compendium activity its main work stands for, its minutes, and its title as the label.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from agenthost_helios import compendium, parse
from agenthost_helios.entries import Entry
from agenthost_helios.plan import WEEKDAYS

_DAY_NAMES = {name[:3]: short for name, short in zip(parse.WEEKDAY_NAMES, WEEKDAYS, strict=True)}
_DAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(today|tomorrow|tonight)\b")
_ASKS_SESSION = re.compile(
    r"\b(what(s| is)|whats) (on|planned|happening|my (workout|session|training))\b|\b(workout|session|training|plan) "
    r"(for|on)\b|\b(what do i do|what should i do|what am i doing)\b|"
    r"\b(today|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)s? (workout|session|training)\b"
)
_DONE = re.compile(
    r"^\W*(ok\W+|okay\W+|yes\W+|yep\W+)?(done|did it|finished|completed|all done|just did it|smashed it|nailed it|"
    r"crushed it|killed it|got it done)\b|"
    r"\b(i )?(did|finished|completed|done|smashed|nailed)\b.{0,12}\b(it|that|the (workout|session)|"
    r"todays? (workout|session|plan|training))\b"
)


# "make me a 3 day plan for mon wed and sat": a new plan on those days, not the saved plan's Monday
_NEW_PLAN = re.compile(
    r"\b(make|build|create|write|design|give|want|need|set up|put together)\b( me| us)? (a|an|new|my new)\b.{0,25}"
    r"\b(plan|program|programme|schedule|split|routine)\b"
)


def asked_day(text: str, today: date) -> str | None:
    """The weekday ("Thu") a question about the plan names ("what's on thursday?",
    "tomorrow's workout"), or None when it names no day or asks something else."""
    text = parse.prepare(text).replace("'", "")
    if not _ASKS_SESSION.search(text) or _NEW_PLAN.search(text):
        return None
    match = _DAY.search(text)
    if match is None:
        return None
    if match[2] in ("today", "tonight"):
        return WEEKDAYS[today.weekday()]
    if match[2] == "tomorrow":
        return WEEKDAYS[(today + timedelta(days=1)).weekday()]
    return _DAY_NAMES[match[1][:3]]


# "and tomorrow?", "what about friday?", "y mañana?", "und morgen?": a day alone, after a plan or a day's session
_BARE_DAY = re.compile(
    r"^\W*(?:(?:and|what about|how about|n|&|ok|so|then|y|et|und|e|en|a|i|und was ist mit|et pour|y el|e il|e o)\s+)*"
    r"(?:(?:on|for|the)\s+)*(?P<day>today|tomorrow|tonight|the day after tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|manana|mañana|demain|morgen|amanha|amanhã|domani|jutro|"
    r"lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:\s+then)?\W*$"
)
_FOREIGN_DAYS = {
    "manana": 1, "mañana": 1, "demain": 1, "morgen": 1, "amanha": 1, "amanhã": 1, "domani": 1, "jutro": 1,
    "lunes": "Mon", "martes": "Tue", "miercoles": "Wed", "miércoles": "Wed", "jueves": "Thu", "viernes": "Fri",
    "sabado": "Sat", "sábado": "Sat", "domingo": "Sun", "lundi": "Mon", "mardi": "Tue", "mercredi": "Wed",
    "jeudi": "Thu", "vendredi": "Fri", "samedi": "Sat", "dimanche": "Sun", "montag": "Mon", "dienstag": "Tue",
    "mittwoch": "Wed", "donnerstag": "Thu", "freitag": "Fri", "samstag": "Sat", "sonntag": "Sun",
}


def bare_day(text: str, today: date) -> str | None:
    """The weekday ("Thu") a message that is only a day names ("and tomorrow?", "what about
    friday?", "et demain ?"), or None."""
    match = _BARE_DAY.match(text.lower().replace("\u2019", "'").strip())
    if match is None:
        return None
    day = match["day"]
    if day in ("today", "tonight"):
        return WEEKDAYS[today.weekday()]
    if day == "the day after tomorrow":
        return WEEKDAYS[(today + timedelta(days=2)).weekday()]
    if day == "tomorrow" or _FOREIGN_DAYS.get(day) == 1:
        return WEEKDAYS[(today + timedelta(days=1)).weekday()]
    if day in _FOREIGN_DAYS:
        return str(_FOREIGN_DAYS[day])
    return _DAY_NAMES[day[:3]]


# "I did day 1", "day 2 done", "finished monday's workout", "did full body A", "hice el día 1":
# a session of the plan done, by its number, its weekday or its title
_ORDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
             "5th": 5, "6th": 6, "7th": 7}
_NUMBER = r"(?P<{}>[1-7]|one|two|three|four|five|six|seven|1st|2nd|3rd|4th|5th|6th|7th)"
_DONE_WORD = (
    r"(did|done|finished|completed|complete|smashed|nailed|crushed|killed|got through|ticked off|hice|fait|gemacht|"
    r"erledigt|fiz|feito|fatto|gedaan|klaar|zrobilem|zrobilam|zrobione|termine|terminado|termine|fini|finito)"
)
_SESSION_DONE = re.compile(
    rf"\b{_DONE_WORD}\b(\W+\w+){{0,3}}?\W+(the |my |le |el |o |il |de |den )?"
    rf"(day|session|workout|dia|jour|tag|giorno|dag|dzien|sesion|seance|sessao|sessione|training) ?(no\.? ?|number |#)?{_NUMBER.format('n')}\b|"
    rf"\b(day|session|workout|dia|jour|tag|giorno|dag|dzien) ?(no\.? ?|number |#)?{_NUMBER.format('m')}\b(\W+\w+){{0,2}}?\W*(done|finished|complete|completed|"
    rf"smashed|nailed|in the bag|hecho|fait|erledigt|gemacht|geschafft|feito|fatto|gedaan|klaar|zrobione)\b|"
    rf"\b{_DONE_WORD}\b(\W+\w+){{0,2}}?\W+(?P<day>(mon|tues|wednes|thurs|fri|satur|sun)day)s? (workout|session|training|plan)\b|"
    rf"\b(?P<first>{_DONE_WORD}) (the |my )?(?P<ordinal>first|second|third|fourth|fifth) (workout|session|day)\b"
)


def session_done(text: str, plan: dict[str, Any]) -> dict[str, Any] | None:
    """The plan's session a message says was done ("I did day 1" -> the first session of the
    week, "finished monday's workout", "did full body A"), or None."""
    folded = _fold(parse.prepare(text).replace("'", ""))
    order = {d: i for i, d in enumerate(WEEKDAYS)}
    week = sorted((s for s in plan.get("sessions", []) if s.get("weekday") in order), key=lambda s: order[s["weekday"]])
    match = _SESSION_DONE.search(folded)
    if match is not None:
        if match["day"]:
            return on_day(plan, _DAY_NAMES[match["day"][:3]])
        said = match["n"] or match["m"] or match["ordinal"]
        number = int(said) if said and said.isdigit() else _ORDINALS.get(said or "", 0)
        return week[number - 1] if 1 <= number <= len(week) else None
    if re.search(rf"\b{_DONE_WORD}\b", folded):
        for session in week:
            title = str(session.get("title", "")).lower()
            if title and re.search(rf"\b{re.escape(title)}\b", folded):
                return session  # "did full body A"
    return None


_TITLE_DONE = re.compile(
    rf"\b{_DONE_WORD}\b(\W+\w+){{0,2}}?\W+((full|upper|lower) body|push|pull|legs|strength circuit|mobility( & flexibility)?) "
    r"[abc]\b|"
    rf"\b{_DONE_WORD}\b (the |my |todays |today's )?(intervals|tempo|long easy session|strength endurance|easy cardio|active recovery)"
    r"( session| workout)?\W*$"
)


def says_session_done(text: str) -> bool:
    """"I did day 1", "finished monday's workout", "did full body A": a plan's session done."""
    folded = _fold(parse.prepare(text).replace("'", ""))
    return bool(_SESSION_DONE.search(folded) or _TITLE_DONE.search(folded))


def _fold(text: str) -> str:
    """`text` without accents ("día" -> "dia", "dzień" -> "dzien")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ł", "l")


def is_done(text: str) -> bool:
    """"done!", "finished it", "I did today's workout": the session just shown is done."""
    return bool(_DONE.search(parse.prepare(text).replace("'", "")))


def on_day(plan: dict[str, Any], weekday: str) -> dict[str, Any] | None:
    """The plan's session on `weekday` ("Thu"), or None on a rest day."""
    return next((s for s in plan.get("sessions", []) if s.get("weekday") == weekday), None)


def next_after(plan: dict[str, Any], weekday: str) -> dict[str, Any] | None:
    """The first session after `weekday`, wrapping round the week."""
    order = {d: i for i, d in enumerate(WEEKDAYS)}
    sessions = [s for s in plan.get("sessions", []) if s.get("weekday") in order]
    if not sessions:
        return None
    return sorted(sessions, key=lambda s: ((order[s["weekday"]] - order[weekday] - 1) % 7))[0]


_CARDIO_ACTIVITY = (
    ("rowing", "rowing_machine"), ("bike", "cycling"), ("cycle", "cycling"), ("swim", "swimming"),
    ("elliptical", "elliptical"), ("rope", "jump_rope"), ("stair", "stair_climbing"), ("walk", "walking"),
    ("run", "running"), ("treadmill", "running"),
)


def as_entry(session: dict[str, Any], plan: dict[str, Any], day: date) -> Entry:
    """The workout to log for a session done: its activity, minutes, effort and title."""
    kind = session.get("kind", "")
    cardio = next((b for b in session.get("main", []) if b.get("format") == "cardio"), None)
    if kind in ("mobility",):
        activity, intensity = "stretching", "low"
    elif kind == "recovery":
        activity, intensity = "walking", "low"
    elif kind == "circuit":
        activity, intensity = "circuit_training", "moderate"
    elif cardio is not None and kind in ("intervals", "easy", "long", "tempo"):
        modality = str(cardio.get("modality", "run"))
        activity = next((a for word, a in _CARDIO_ACTIVITY if word in modality), "running")
        if modality == "run/walk":
            activity = "running"
        intensity = {"intervals": "high", "tempo": "high", "easy": "low", "long": "low"}[kind]
    else:
        kit = set(plan.get("equipment") or ["none"]) - {"none"}
        activity, intensity = ("weight_training" if kit else "calisthenics"), "moderate"
    return Entry(
        activity=compendium.by_id(activity),
        minutes=float(session.get("minutes") or plan.get("minutes_per_session") or 30),
        intensity=intensity,
        day=day,
        label=str(session.get("title", ""))[:80] or None,
    )


_PLAN_INFO = re.compile(
    r"\bhow long (will |does |do |is |are |should )?(each|every|a|the|my|one) (session|workout|day)s?\b|"
    r"\bhow long (are|is) (the|my|each) (sessions?|workouts?)\b|\bhow long (will|does|would) (that|this|it) take\b|"
    r"\bwhat (does|do|is|are) (the |my )?(.+?) (involve|include|look like|mean|consist of)\b|"
    r"\bwhat (equipment|kit|gear) do i need\b|\bwhich days\b|"
    # "how long does it last?", "how long is each one?" after a plan
    r"^\W*((and|so|ok|okay|also)\W+)*how long (does|will|would|do|is|are) (it|that|this|the plan|each one|each|they|these|those|them|one)( (usually |normally )?(last|take|run|go on|go for))?\W*$"
)


def asked_title(text: str, plan: dict[str, Any]) -> dict[str, Any] | None:
    """The session a message names by its title ("what does full body A involve?"), or None."""
    text = parse.prepare(text).replace("'", "")
    for session in plan.get("sessions", []):
        title = str(session.get("title", "")).lower()
        if title and re.search(rf"\b{re.escape(title)}\b", text):
            return session
    return None


def is_plan_question(text: str) -> bool:
    """"how long will each session take?", "what does full body A involve?", "which days?"."""
    return bool(_PLAN_INFO.search(parse.prepare(text).replace("'", "")))


_HOW_LONG_IT_LASTS = re.compile(
    r"^\W*((and|so|ok|okay|also)\W+)*how long (does|will|would|do|is|are) (it|that|this|the plan|each one|each|they|these|those|them|one)"
    r"( (usually |normally )?(last|take|run|go on|go for))?\W*$"
)


def asks_how_long_it_lasts(text: str) -> bool:
    """"how long does it last?", "how long is each one?" after a plan."""
    return bool(_HOW_LONG_IT_LASTS.search(parse.prepare(text).replace("'", "")))


def plan_facts(plan: dict[str, Any]) -> str:
    """The plan in one paragraph: days, minutes, equipment, and how a session is built."""
    days = ", ".join(s["weekday"] for s in plan.get("sessions", []))
    first = plan["sessions"][0] if plan.get("sessions") else None
    parts = ""
    if first is not None:
        parts = (
            f" Each one is a {first['warm_up']['minutes']}-minute warm-up, the main work, then a "
            f"{first['cool_down']['minutes']}-minute cool-down."
        )
    kit = ", ".join(k.replace("_", " ") for k in plan.get("equipment", []) if k != "none") or "no equipment"
    return (
        f"Your {plan['title']}: {len(plan.get('sessions', []))} sessions a week ({days}), about "
        f"{plan['minutes_per_session']} minutes each, with {kit}.{parts} Ask “what's on {first['weekday'] if first else 'Mon'}?” "
        "to see a day in full."
    )
