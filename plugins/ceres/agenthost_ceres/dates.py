"""Days as people say them ("yesterday", "this morning", "last night", "on Monday", "2 days
ago", "2024-05-01") turned into dates, with the meal the phrase implies when it does.

Dates are UTC days, as everywhere in the host (`host.clock`). A weekday always means the most
recent one that is not in the future ("on Monday" said on a Wednesday is two days ago; said on
a Monday it is today; "last Monday" on a Monday is a week ago).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from attrs import frozen

from host.clock import now
from host.types import ToolError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_ABBREVIATIONS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
                      "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}  # fmt: skip
PARTS_OF_DAY = {"morning": "breakfast", "lunchtime": "lunch", "afternoon": "snack", "evening": "dinner", "night": "dinner"}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_DAYS_BACK = 366


@frozen
class When:
    """A day a phrase points to, the meal it implies (if any), and the tokens it used."""

    day: date
    meal_type: str | None
    start: int
    end: int  # index after the last token of the phrase


def today() -> date:
    """Today's date (UTC), from the host's clock."""
    return now().date()


def find_when(tokens: Sequence[str], reference: date | None = None) -> list[When]:
    """Every day phrase in `tokens` (lower-case words, as the meal parser makes them)."""
    reference = reference or today()
    found: list[When] = []
    i = 0
    while i < len(tokens):
        match = _match_at(tokens, i, reference)
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.end
    return found


def resolve_date(value: str | None, reference: date | None = None) -> str:
    """An ISO date from "YYYY-MM-DD", "today", "yesterday", "monday", "last friday",
    "2 days ago" or None (today). Raises ToolError for anything else and for impossible dates."""
    reference = reference or today()
    text = (value or "").strip().lower()
    if not text or text == "today":
        return reference.isoformat()
    if ISO.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ToolError(f"{value!r} is not a real date") from None
    tokens = re.findall(r"[a-z]+|\d+", text)
    whens = find_when(tokens, reference)
    if len(whens) == 1 and whens[0].start == 0 and whens[0].end == len(tokens):
        return whens[0].day.isoformat()
    raise ToolError(
        f"date must be YYYY-MM-DD, 'today', 'yesterday', a weekday ('monday', 'last friday') or 'N days ago', not {value!r}"
    )


def _match_at(tokens: Sequence[str], i: int, reference: date) -> When | None:
    word = tokens[i]
    rest = tokens[i + 1 :]
    if word in ("yesterdays", "todays", "tonights") or (word.endswith("s") and word[:-1] in WEEKDAYS):
        word = word[:-1]  # "yesterday's lunch", "monday's dinner": the day's, as the tokens spell it
    if word == "the" and rest[:3] == ["day", "before", "yesterday"]:
        return When(reference - timedelta(days=2), None, i, i + 4)
    if word == "yesterday":
        part = rest[0] if rest and rest[0] in PARTS_OF_DAY else None
        return When(reference - timedelta(days=1), PARTS_OF_DAY.get(part or ""), i, i + 1 + (part is not None))
    if word == "last" and rest[:1] in (["night"], ["evening"]):
        return When(reference - timedelta(days=1), "dinner", i, i + 2)
    if word == "this" and rest[:1] and rest[0] in PARTS_OF_DAY:
        return When(reference, PARTS_OF_DAY[rest[0]], i, i + 2)
    if word == "tonight":
        return When(reference, "dinner", i, i + 1)
    if word == "today":
        return When(reference, None, i, i + 1)
    if word in NUMBERS or word.isdigit():
        days = NUMBERS.get(word) or int(word)
        if rest[:2] in (["days", "ago"], ["day", "ago"]) and 0 < days <= MAX_DAYS_BACK:
            return When(reference - timedelta(days=days), None, i, i + 3)
        return None
    start, last, short_ok = i, False, False
    if word in ("on", "last") and rest[:1] and _weekday(rest[0], short_ok=True):
        last, short_ok = word == "last", True
        i += 1
        word, rest = tokens[i], tokens[i + 1 :]
    weekday = _weekday(word, short_ok)
    if weekday is None:
        return None
    back = (reference.weekday() - WEEKDAYS.index(weekday)) % 7
    if last and back == 0:
        back = 7
    part = rest[0] if rest and rest[0] in PARTS_OF_DAY else None
    return When(reference - timedelta(days=back), PARTS_OF_DAY.get(part or ""), start, i + 1 + (part is not None))


def _weekday(word: str, short_ok: bool = False) -> str | None:
    """The weekday `word` names; abbreviations ("wed", "sat") only after "on"/"last", where
    they cannot be the verb or noun they also spell."""
    if word in WEEKDAYS:
        return word
    return _DAY_ABBREVIATIONS.get(word) if short_ok else None
