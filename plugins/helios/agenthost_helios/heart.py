"""Exercise after a heart event (a heart attack, a stent, bypass surgery, heart failure or
another diagnosed heart condition): who a question is about, and the follow-up that names no
condition.

Helios answers with the curated `heart_exercise` answer (data/faq.json: cardiac rehabilitation
and the cardiac team first, start gently, the signs to stop for, no plan until the team says
so) when the question is about someone else ("my mum had a stent, is swimming ok for her?"),
when the user says a clinician has cleared them ("I had a stent fitted last year, cardiologist
cleared me, what exercise can I do?"), or when it asks in general ("is walking ok after a
heart attack?"). A short follow-up ("can he still do some exercise?") is about the heart event
of the person the user named in one of their last few messages ("my grandad had a heart attack
last year, what's a heart-healthy diet for him?").

The user's own symptoms ("I get chest pain when I run") are never this answer: they stay the
guard's and Helios' cardiac floor's. Nor is the user's own heart condition before anyone has
cleared them: the guard's cardiac preface and Helios' floor decide that one.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from attrs import frozen

from agenthost_helios import faq, safety

ANSWER_ID = "heart_exercise"
FOLLOW_UP_USER_MESSAGES = 3  # how many of the user's last messages may have named the person and the heart event
FOLLOW_UP_MAX_WORDS = 20

Who = Literal["other", "cleared", "anyone"]

_RELATION = (
    r"(?:grand ?(?:dad|pa|father|ma|mother|mum|mom|parents?|pop)|grandad|granpa|grampa|gramps|gran|granny|nan|nana|nanna|"
    r"nanny|dad|daddy|papa|pops|father|mum|mom|mam|mama|"
    r"mother|parents?|husband|hubby|wife|partner|boyfriend|girlfriend|fianc\w*|spouse|brother|sister|son|daughter|uncle|"
    r"aunt|auntie|cousin|friend|mate|neighbou?r|colleague|boss|clients?|patients?|(?:father|mother|dad|mum|mom) in law|"
    r"in laws|step ?(?:dad|father|mum|mom|mother)|old man|old lady)"
)
# Someone other than the user: "my grandad", "one of my PT clients", "a friend of mine", "her dad"
_SOMEONE = re.compile(
    rf"\b(?:my|our|his|her|their|a|an|one of my|one of our)\s+(?:\w+\s+){{0,2}}?{_RELATION}s?\b|\b{_RELATION} of (?:mine|ours)\b"
)
_THEY = r"(?:he|she|they|hes|shes|theyre|my \w+(?: \w+)?)"
_THEM = r"(?:him|her|them|my \w+(?: \w+)?)"
# A follow-up asking about that person: "can he still ...", "is it ok for her to ...", "they can ...?"
_ASKS_ABOUT_THEM = re.compile(
    rf"\b(?:can|could|should|shall|may|might|would|will|does|do|did|is|are|was|has|have)\s+{_THEY}\b|"
    rf"\bfor {_THEM}\b|\b{_THEY}\s+(?:can|could|should|still|safely)\b"
)
# The user as the one who'd exercise: "my dad had a heart attack, can I still go running?"
_ASKS_ABOUT_ME = re.compile(
    r"\b(?:can|could|should|may|am|do) i (?:still |safely |even |also )?(?:exercise|work ?out|train|run|go|do|keep|start|"
    r"lift|swim|cycle|walk|jog|play|carry on|continue|get back)\b"
)
_ASKS = re.compile(
    r"\?|\b(what|which|how|when|can|could|should|is it|are there|any (tips|advice|ideas)|ok to|okay to|safe to|"
    r"allowed to|advice|recommend\w*)\b"
)
# A clinician's go-ahead for the user: "cardiologist cleared me", "the all clear to exercise",
# "finished cardiac rehab", "signed off by my consultant"
_CLEARED = re.compile(
    r"\b(doctor|doc|gp|cardiologist|cardiology|physician|consultant|nurse|surgeon|(rehab|cardiac|heart) team)\b.{0,40}"
    r"\b(cleared|signed (me )?off|said (im|i am|its|it is|i can|i could|i should)|says (im|i am|its|it is|i can|i should)|"
    r"all clear|go ahead|green light|ok to|okay to)\b|"
    r"\b(ive been|i was|i got|i have been|been|got|im|i am) (cleared|signed off|given the (all clear|go ahead|green light))\b|"
    r"\b(finished|completed|done|graduated from) (my |the )?(cardiac )?rehab\w*\b|\bcleared (me|to (exercise|train))\b"
)
# The user as the one with the heart event: "I had a stent", "my bypass" (not "my dad")
_MINE = re.compile(rf"\b(?:i|im|ive|id|me|myself)\b|\bmy\s+(?!(?:\w+\s+){{0,2}}?{_RELATION}s?\b)")
_CLAUSE_BREAK = re.compile(r"[.;!?]|\b(?:but|and then|also|anyway)\b")


@frozen
class Asked:
    """A question about exercise after a heart event: about someone else, the cleared user, or
    anyone; `text` holds the words it was read from (the earlier message too, for a follow-up)."""

    who: Who
    text: str


def answer() -> faq.Answer:
    """The curated answer (data/faq.json; a test checks it is there)."""
    found = faq.by_id(ANSWER_ID)
    assert found is not None
    return found


def question(message: str, history: list[dict[str, Any]]) -> Asked | None:
    """The question about exercise after a heart event that `message` asks, read with the user's
    last few messages for a follow-up, or None (the user's own symptoms, or their own heart
    condition with nobody having cleared them, are None)."""
    if safety.symptom_in_message(message) is not None:
        return None  # "I get chest pain when I run", "I'm pregnant": the guard's and the floors'
    entry = answer()
    text = faq.NEGATED_CONDITION.sub(" ", faq._prepare(message))
    if not entry.matcher.search(text) or not _ASKS.search(text) or _unless(entry, text):
        return None
    if entry.subject is not None and (event := entry.subject.search(text)):
        who = _who(text, event)
        return Asked(who, text) if who is not None else None
    if len(text.split()) > FOLLOW_UP_MAX_WORDS or not _ASKS_ABOUT_THEM.search(text):
        return None
    for earlier in _earlier_user_messages(history, message):
        said = faq._prepare(earlier)
        event = entry.subject.search(said) if entry.subject is not None else None
        if event is not None and _whose(said, event) == "other" and not _unless(entry, said):
            return Asked("other", f"{said} {text}")
    return None


def floor_kept(asked: Asked, before: dict[str, Any], floor: dict[str, Any] | None) -> dict[str, Any] | None:
    """The floor Helios keeps after answering `asked`: none once a clinician has cleared the
    user; else only one the user already had (a question about someone else's heart, which the
    guard may preface as the user's, sets none)."""
    if asked.who == "cleared":
        return None
    held = before.get("floor")
    return (floor or held) if isinstance(held, dict) else None


def _who(text: str, event: re.Match[str]) -> Who | None:
    whose = _whose(text, event)
    if whose == "other":
        return None if _ASKS_ABOUT_ME.search(text) and not _ASKS_ABOUT_THEM.search(text) else "other"
    if whose == "mine":
        return "cleared" if _CLEARED.search(text) else None
    return "anyone"


def _whose(text: str, event: re.Match[str]) -> Literal["other", "mine"] | None:
    """Whose heart event `event` is: the nearest person named before it in its sentence
    ("my grandad had a heart attack", "one of my clients had a stent", "I had a bypass"), else
    anyone the message names, else nobody ("is swimming ok after a heart attack?")."""
    before = _CLAUSE_BREAK.split(text[: event.start()])[-1]
    someone = max((m.end() for m in _SOMEONE.finditer(before)), default=-1)
    mine = max((m.end() for m in _MINE.finditer(before)), default=-1)
    if someone >= 0 or mine >= 0:
        return "other" if someone > mine else "mine"
    if _SOMEONE.search(text):
        return "other"
    return "mine" if _MINE.search(text) else None


def _unless(entry: faq.Answer, text: str) -> bool:
    return entry.unless is not None and bool(entry.unless.search(text))


def _earlier_user_messages(history: list[dict[str, Any]], message: str) -> list[str]:
    """The user's last few messages before this one, newest first."""
    said = [str(r.get("text", "")) for r in history if r.get("role") == "user"]
    if said and said[-1] == message:
        said = said[:-1]  # a history that already holds this message
    return list(reversed(said[-FOLLOW_UP_USER_MESSAGES:]))
