"""What a message asks General for, without a model: notes, profile facts, time, sums, small talk.

`parse(message, history)` returns an `Intent`: a kind and its data. The checks run from the
most specific ("note: buy oats") to the most general ("hello"), so "hi, my name is Sam" is
remembered rather than only greeted. `history` lets a short follow-up ("delete 2" after a
list of notes) mean what it meant in context.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import Factory, frozen

from agenthost_general.arithmetic import extract_expression
from agenthost_general.statements import keyed_fact, profile_statements

FLAGS = re.IGNORECASE
DELETE = r"(?:please\s+)?(?:delete|remove|erase|drop|cross off|scratch)"

NOTE_ADD = (
    re.compile(r"^(?:note|notes|memo|todo|to-do)\s*[:\-]\s*(.+)$", FLAGS | re.S),
    re.compile(
        r"^(?:please\s+)?(?:can you\s+)?(?:add|take|make|write|save|create|jot down)\s+(?:me\s+)?(?:a\s+)?"
        r"(?:new\s+)?note\s*(?:that|to say|saying|to|:|-)?\s+(.+)$",
        FLAGS | re.S,
    ),
    re.compile(r"^(?:please\s+)?(?:add|put|write)\s+(.+?)\s+(?:to|on|in)\s+(?:my\s+)?(?:notes|to-?do list)$", FLAGS),
    re.compile(r"^(?:please\s+)?(?:remind me to|remember to)\s+(.+)$", FLAGS | re.S),
)
NOTE_DELETE_ID = re.compile(rf"^{DELETE}\s+(?:my\s+)?(?:the\s+)?note\s*(?:number\s*|no\.?\s*|#)?(\d+)\b", FLAGS)
NOTE_DELETE_TEXT = (
    re.compile(rf"^{DELETE}\s+(?:my\s+)?(?:the\s+)?note\s*(?:about|saying|that says|:|-)?\s+(.+)$", FLAGS),
    re.compile(rf"^{DELETE}\s+(.+?)\s+from\s+(?:my\s+)?notes$", FLAGS),
)
NOTE_DELETE_FOLLOW_UP = re.compile(rf"^{DELETE}\s+(?:number\s*|#)?(\d+)$", FLAGS)
NOTES_LIST = re.compile(
    r"\b(?:show|list|read|see|view|display|give|get|what are|what's in|check|open)\b.*\bnotes\b"
    r"|^(?:my\s+)?notes$|\bwhat (?:did|have) i (?:note|noted|written|write)\b|\bany notes\b",
    FLAGS,
)
FORGET = re.compile(r"^(?:please\s+)?(?:forget|delete|erase|clear|remove)\b(?:\s+about)?\s*(.*)$", FLAGS)
FORGET_EVERYTHING = re.compile(r"^(?:everything|all|it all|me|my profile|my data|everything about me|all about me)$", FLAGS)
FORGET_FIELDS = {
    "name": "name",
    "weight": "weight_kg",
    "height": "height_cm",
    "age": "age",
    "sex": "sex",
    "gender": "sex",
    "goals": "goals",
    "goal": "goals",
    "facts": "facts",
}
REMEMBER = re.compile(r"^(?:please\s+)?(?:can you\s+|could you\s+)?remember(?:\s+that|\s*:)?\s+(.+)$", FLAGS | re.S)
RECALL = (
    (
        "name",
        re.compile(r"\bwhat(?:'s| is) my name\b|\bwho am i\b|\bdo you (?:know|remember) my name\b|^(?:do you )?remember me\b", FLAGS),
    ),
    ("weight_kg", re.compile(r"\bhow much do i weigh\b|\bwhat(?:'s| is) my (?:body ?)?weight\b", FLAGS)),
    ("height_cm", re.compile(r"\bhow tall am i\b|\bwhat(?:'s| is) my height\b", FLAGS)),
    ("age", re.compile(r"\bhow old am i\b|\bwhat(?:'s| is) my age\b", FLAGS)),
    ("goals", re.compile(r"\bwhat (?:are|is|were) my goals?\b", FLAGS)),
    (
        None,
        re.compile(
            r"\bwhat (?:do|did) you (?:know|remember) about me\b|\bwhat do you know of me\b|\bmy profile\b"
            r"|\bwhat have you (?:saved|stored|remembered)\b|\bwhat (?:do|did) you remember\b",
            FLAGS,
        ),
    ),
)
RECALL_TOPIC = re.compile(r"^(?:and\s+)?(?:what(?:'s| is| are| was)|what about|how about)\s+my\s+(.{1,60}?)\s*\??$", FLAGS)
TIME = re.compile(r"\bwhat(?:'s| is)? the time\b|\bwhat time is it\b|\bcurrent time\b|\btell me the time\b|^time$", FLAGS)
DATE = re.compile(
    r"\bwhat(?:'s| is)? (?:the |today's )?date\b|\bwhat day is (?:it|today)\b|\btoday's date\b"
    r"|\bwhat(?:'s| is) today\b|^date$|\bwhat year is it\b|\bwhat month is it\b",
    FLAGS,
)
WHO = re.compile(
    r"\bwho are you\b|\bwhat are you\b|\bwhat(?:'s| is) your name\b|\bintroduce yourself\b"
    r"|\bare you (?:a |an )?(?:bot|robot|ai|human|real|person|machine)\b",
    FLAGS,
)
CAPABILITIES = re.compile(
    r"\bwhat (?:can|could) you (?:do|help)\b|\bwhat do you do\b|\bhelp\b|\bcapabilit|\b(?:which|what) agents\b"
    r"|\bwho (?:else )?(?:is|'s) (?:here|available|there)\b|\bwhat can i (?:ask|do)\b|\blist (?:the |all )?agents\b"
    r"|\bwhat (?:are )?(?:your|the) (?:features|options|skills)\b|\bhow can you help\b|^(?:options|menu|commands)$",
    FLAGS,
)
SYSTEM = re.compile(
    r"\bagenthost\b|\bhow does (?:this|it|the routing|routing|the system) work\b|\bhow do you (?:work|route|decide|choose)\b"
    r"|\b(?:add|install|write|create|build|make)\s+(?:a |an |my own |new |another )*(?:agent|plugin)s?\b"
    r"|\brout(?:e|es|ing|er|ed)\b|\bplugins?\b|\bwhat is this\b|\bwhere am i\b",
    FLAGS,
)
HELLO = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|greetings|hallo|hola|sup|good (?:morning|afternoon|evening|day))\b", FLAGS
)
HOW_ARE_YOU = re.compile(r"\bhow are you\b|\bhow's it going\b|\bhow are things\b|\bwhat's up\b|\bhow do you do\b", FLAGS)
THANKS = re.compile(r"\b(?:thanks|thank you|thank u|thx|ty|cheers|appreciate it|much appreciated)\b", FLAGS)
BYE = re.compile(r"\b(?:bye|goodbye|good night|see you|see ya|farewell|ciao|later|gotta go)\b", FLAGS)
PRAISE = re.compile(
    r"^(?:(?:this|that|it)(?:'s| is| was) )?(?:really |so |very )?(?:great|awesome|amazing|perfect|brilliant|"
    r"helpful|useful|nice|cool|excellent|fantastic|wonderful)\b[.!]*$|^(?:love (?:it|this)|well done|good job|nice one)\b",
    FLAGS,
)
COMPLAINT = re.compile(
    r"^(?:(?:this|that|it)(?:'s| is| was) )?(?:really |so |not )?(?:bad|wrong|useless|unhelpful|terrible|awful|"
    r"rubbish|helpful|useful|what i (?:asked|wanted))\b[.!]*$|^(?:that'?s not (?:right|it|what i (?:asked|meant)))",
    FLAGS,
)
JOKE = re.compile(r"\bjoke\b|\bmake me laugh\b|\bsomething funny\b", FLAGS)
WEATHER = re.compile(r"\bweather\b|\bforecast\b|\btemperature outside\b|\bis it (?:raining|sunny|cold|hot)\b", FLAGS)
QUESTION = re.compile(r"\?\s*$|^(?:what|who|how|why|when|where|which|can|could|should|would|do|does|is|are)\b", FLAGS)


@frozen
class Intent:
    """What the message asks for (`kind`) and the details (`data`)."""

    kind: str
    data: dict[str, Any] = Factory(dict)


def clean(message: str) -> str:
    """The message with straight quotes, single spaces and no surrounding whitespace."""
    text = message.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"[ \t]+", " ", text).strip()


def last_reply(history: list[dict[str, Any]]) -> str:
    """The text of the assistant's most recent reply in `history` (oldest first), or ""."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            return str(record.get("text") or "")
    return ""


def _notes_intent(text: str, history: list[dict[str, Any]]) -> Intent | None:
    for pattern in NOTE_ADD:
        match = pattern.match(text)
        if match:
            return Intent("note_add", {"text": match.group(1).strip()})
    match = NOTE_DELETE_ID.match(text)
    if match:
        return Intent("note_delete", {"id": int(match.group(1))})
    for pattern in NOTE_DELETE_TEXT:
        match = pattern.match(text)
        if match:
            return Intent("note_delete", {"text": match.group(1).strip(" \"'.")})
    match = NOTE_DELETE_FOLLOW_UP.match(text)
    if match and "note" in last_reply(history).lower():
        return Intent("note_delete", {"id": int(match.group(1))})
    if NOTES_LIST.search(text.rstrip("?!. ")):
        return Intent("notes_list")
    return None


def _forget_intent(text: str) -> Intent | None:
    match = FORGET.match(text.rstrip("?!. "))
    if not match or not match.group(1):
        return None
    what = match.group(1).strip()
    if FORGET_EVERYTHING.match(what):
        return Intent("forget", {"field": "all"})
    field_match = re.match(r"^(?:my|the)\s+(\w+)$", what, FLAGS)
    if field_match and field_match.group(1).lower() in FORGET_FIELDS:
        return Intent("forget", {"field": FORGET_FIELDS[field_match.group(1).lower()]})
    goal = re.match(r"^(?:my|the)\s+goal\s+(?:to\s+|of\s+)?(.+)$", what, FLAGS)
    if goal:
        return Intent("forget", {"field": "goals", "item": goal.group(1)})
    if text.lower().startswith("forget"):
        topic = re.sub(r"^(?:that|my)\s+", "", what, flags=FLAGS)
        return Intent("forget", {"field": "facts", "item": topic})
    return None


def _remember_intent(text: str) -> Intent | None:
    match = REMEMBER.match(text)
    if match and match.group(1).strip(" ?!.").lower() not in ("me", "it", "this", "that"):
        said = match.group(1).strip().rstrip(".!?")
        arguments = profile_statements(said)
        if not arguments:
            keyed = keyed_fact(said)
            arguments = {"facts": {keyed[0]: keyed[1]}} if keyed else {"fact": said[:1].upper() + said[1:]}
        return Intent("remember", {"arguments": arguments})
    arguments = profile_statements(text)
    if QUESTION.search(text):
        # "My name is Sam, what's yours?" still introduces Sam; numbers in a question
        # ("what if I weigh 90 kg?") are not facts about the user.
        arguments = {"name": arguments["name"]} if "name" in arguments else {}
    return Intent("remember", {"arguments": arguments}) if arguments else None


def _recall_intent(text: str) -> Intent | None:
    for field, pattern in RECALL:
        if pattern.search(text):
            return Intent("recall", {"field": field})
    match = RECALL_TOPIC.match(text)
    if match:
        return Intent("recall", {"topic": match.group(1)})
    return None


def _small_talk_intent(text: str) -> Intent | None:
    if WHO.search(text):
        return Intent("introduce", {"who": True})
    if CAPABILITIES.search(text):
        return Intent("introduce")
    if SYSTEM.search(text):
        return Intent("about_system")
    for kind, pattern in (("joke", JOKE), ("weather", WEATHER), ("how_are_you", HOW_ARE_YOU)):
        if pattern.search(text):
            return Intent(kind)
    if HELLO.match(text):
        return Intent("greeting")
    if THANKS.search(text):
        return Intent("thanks")
    if COMPLAINT.search(text) and re.search(r"\bnot\b|bad|wrong|useless|unhelpful|terrible|awful|rubbish", text):
        return Intent("complaint")
    if PRAISE.search(text):
        return Intent("praise")
    if BYE.search(text):
        return Intent("bye")
    return None


def parse(message: str, history: list[dict[str, Any]] | None = None) -> Intent:
    """The intent of `message`, using `history` (oldest first) for short follow-ups."""
    text = clean(message)
    history = history or []
    intent = _notes_intent(text, history) or _forget_intent(text) or _remember_intent(text)
    if intent:
        return intent
    if TIME.search(text):
        return Intent("time", {"date": bool(DATE.search(text))})
    if DATE.search(text):
        return Intent("date")
    expression = extract_expression(text)
    if expression:
        return Intent("arithmetic", {"expression": expression})
    return _recall_intent(text) or _small_talk_intent(text) or Intent("unknown")
