"""What a message asks General for, without a model: notes, profile facts, everyday
well-being, time, sums, small talk, and follow-ups to General's last answer.

`parse(message, history, state)` returns an `Intent`: a kind and its data. Follow-ups come
first ("lb" after "is that kg or lb?", "why?", "tell me more"), then the most specific
requests ("note: buy oats") down to the most general ("hello"), so "hi, my name is Sam" is
remembered rather than only greeted. `history` and `state` (General's dialog state, see
`dialog.py`) let a short message mean what it means in context.
"""

from __future__ import annotations

import re
from typing import Any

from host.follow_ups import asks, without_tail

from agenthost_general import changes, followups, wellbeing
from agenthost_general.energy_replies import asks_energy, goal_asked
from agenthost_general.dialog import Intent
from agenthost_general.followups import follow_up
from agenthost_general.arithmetic import extract_expression
from agenthost_general.measures import LB_TO_KG
from agenthost_general.phrasing import number
from agenthost_general.statements import Fact, Problem, clean, keyed_fact, read_profile, read_value, weight_fact

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
FORGET = re.compile(r"^(?:please\s+)?(?:can you\s+|could you\s+)?(?:forget|delete|erase|clear|remove|wipe)\b(?:\s+about)?\s*(.*)$", FLAGS)
FORGET_EVERYTHING = re.compile(
    r"^(?:everything|all|it all|me|everything about me|all about me|everything you know(?: about me)?|"
    r"(?:all(?: of)?\s+)?(?:my|the)\s+(?:whole\s+|entire\s+)?(?:profile|data|info|information|details|stuff)(?:\s+(?:you have|you've got|you kept|you saved))?)$",
    FLAGS,
)
# "forget my condition", "delete my sport": a note General keeps under its own name.
NOTE_NAMES = {"condition": "condition", "health condition": "condition", "medical condition": "condition", "sport": "sport", "injury": "injury"}
# "borra mi peso", "oublie mon poids", "vergiss mein Gewicht", "lösche alles": read as the English request.
FOREIGN_FORGET = re.compile(
    r"^(?:borra|borrar|elimina|eliminar|olvida|olvídate de|oublie|efface|supprime|vergiss|lösche|losche|entferne)\s+"
    r"(?:(?P<my>mi|mis|mon|ma|mes|mein|meine|meinen)\s+(?P<what>\w+)|(?P<all>todo|tout|alles|todos mis datos|toutes mes données|alle meine daten))$",
    FLAGS,
)
FOREIGN_FIELDS = {
    "peso": "weight", "poids": "weight", "gewicht": "weight", "altura": "height", "estatura": "height", "taille": "height",
    "größe": "height", "grösse": "height", "grosse": "height", "edad": "age", "âge": "age", "age": "age", "alter": "age",
    "nombre": "name", "nom": "name", "name": "name", "namen": "name", "perfil": "profile", "profil": "profile",
    "datos": "data", "données": "data", "daten": "data", "objetivo": "goals", "objectif": "goals", "ziel": "goals",
}
FORGET_FIELDS = {
    "name": "name",
    "weight": "weight_kg",
    "body weight": "weight_kg",
    "height": "height_cm",
    "age": "age",
    "sex": "sex",
    "gender": "sex",
    "activity": "activity_level",
    "activity level": "activity_level",
    "goals": "goals",
    "goal": "goals",
    "facts": "facts",
}
FIELD_NAMES = r"(weight|body weight|height|age|name|sex|gender|activity level|activity)"
# "update my weight to 78kg", "change my height to 5'9", "set my activity level to very active"
UPDATE = re.compile(
    rf"^(?:please\s+)?(?:can you\s+|could you\s+)?(?:update|change|set|correct|edit|fix|make|put)\s+my\s+(?:current\s+)?{FIELD_NAMES}"
    r"(?:\s+(?:to|as|at|=|:|is|now|for))*\s*(.*?)\s*[.!?]*$",
    FLAGS,
)
REMEMBER = re.compile(r"^(?:please\s+)?(?:can you\s+|could you\s+)?remember(?:\s+that|\s*:)?\s+(.+)$", FLAGS | re.S)
RECALL = (
    (
        "name",
        re.compile(r"\bwhat(?:'s| is) my name\b|\bwho am i\b|\bdo you (?:know|remember) my name\b|^(?:do you )?remember me\b", FLAGS),
    ),
    ("weight_kg", re.compile(r"\bhow much do i weigh\b|\bwhat(?:'s| is) my (?:body ?)?weight\b", FLAGS)),
    ("height_cm", re.compile(r"\bhow tall am i\b|\bwhat(?:'s| is) my height\b", FLAGS)),
    ("age", re.compile(r"\bhow old am i\b|\bwhat(?:'s| is) my age\b", FLAGS)),
    ("sex", re.compile(r"\bwhat(?:'s| is) my (?:sex|gender)\b", FLAGS)),
    ("activity_level", re.compile(r"\bhow active am i\b|\bwhat(?:'s| is) my activity(?: level)?\b", FLAGS)),
    ("goals", re.compile(r"\bwhat (?:are|is|were) my goals?\b", FLAGS)),
    (
        None,
        re.compile(
            r"\bwhat (?:do|did|else do) you (?:know|remember|have) (?:about|on) me\b|\bwhat do you know of me\b|\bmy profile\b"
            r"|\bwhat have you (?:saved|stored|remembered|got)\b|\bwhat (?:do|did) you remember\b|\bwhat(?:'s| is) saved about me\b"
            r"|\b(?:show|tell) me (?:what you know|my (?:data|details|info|information|stats))\b",
            FLAGS,
        ),
    ),
)
RECALL_TOPIC = re.compile(r"^(?:and\s+)?(?:what(?:'s| is| are| was)|what about|how about)\s+my\s+(.{1,60}?)\s*\??$", FLAGS)
# "what's my BMI?", "calculate my body mass index", "is my bmi ok?"
BMI = re.compile(
    r"\b(?:my|calculate|work out|check|what'?s|what is|whats)\b.{0,20}\b(?:bmi|body mass index)\b|^\s*bmi\W*$"
    # "what should I weigh to be in the healthy range?": the same figures, from the other side
    r"|\bwhat should i weigh\b|\b(?:healthy|ideal|normal) weight (?:range )?for my height\b|\bhow much should i weigh\b",
    FLAGS,
)
TIME = re.compile(r"\bwhat(?:'s| is)? the time\b|\bwhat time is it\b|\bcurrent time\b|\btell me the time\b|^time$", FLAGS)
DATE = re.compile(
    r"\bwhat(?:'s| is)? (?:the |today's )?date\b|\bwhat day is (?:it|today)\b|\btoday's date\b"
    r"|\bwhat(?:'s| is) today\b(?!\s*(?:'|’)?s\b)|^date$|\bwhat year is it\b|\bwhat month is it\b",
    FLAGS,
)
WHO = re.compile(
    r"\bwho are you\b|\bwhat are you\b|\bwhat(?:'s| is) your name\b|\bintroduce yourself\b"
    r"|\bare you (?:a |an )?(?:bot|robot|ai|human|real|person|machine)\b",
    FLAGS,
)
CAPABILITIES = re.compile(
    r"\bwhat (?:can|could) you (?:do|help)\b|\bwhat do you do\b|^(?:i need |can you |could you |please )?help(?: me)?(?: please)?\W*$"
    r"|^i need (?:some )?help\b|\bcan (?:you|anyone|somebody) help me\W*$|\bcapabilit|\b(?:which|what) agents\b"
    r"|\bwho (?:else )?(?:is|'s) (?:here|available|there)\b|\bwhat can i (?:ask|do)\b|\blist (?:the |all )?agents\b"
    r"|\bwhat (?:are )?(?:your|the) (?:features|options|skills)\b|\bhow can you help\b|^(?:options|menu|commands)$",
    FLAGS,
)
SYSTEM = re.compile(
    r"\bagenthost\b|\bwho (?:made|built|created|wrote) you\b|\b(?:difference|different) between you and\b|\bare you (?:chatgpt|gpt)\b|\bhow does (?:this|it|the routing|routing|the system) work\b|\bhow do you (?:work|route|decide|choose)\b"
    r"|\b(?:add|install|write|create|build|make)\s+(?:a |an |my own |new |another )*(?:agent|plugin)s?\b"
    r"|\brout(?:e|es|ing|er|ed)\b|\bplugins?\b|\bwhat is this\b|\bwhere am i\b",
    FLAGS,
)
HELLO = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|greetings|hallo|hola|sup|good (?:morning|afternoon|evening|day))\b", FLAGS
)
HOW_ARE_YOU = re.compile(r"\bhow are you\b|\bhow's it going\b|\bhow are things\b|\bwhat's up\b|\bhow do you do\b", FLAGS)
THANKS = re.compile(r"\b(?:thanks|thank you|thank u|thx|ty|cheers|appreciate it|much appreciated)\b", FLAGS)
# "later" alone or opening ("later!", "laters"), never inside a sentence ("and later a Club-Mate")
BYE = re.compile(r"^\s*(?:gn|nn|night night|nite)\W*$|\b(?:bye|goodbye|good night|see you|see ya|farewell|ciao|gotta go|(?:talk|catch you|speak) later)\b|^\s*(?:ok(?:ay)?\s+)?(?:later|laters)\b", FLAGS)
# A hello, thanks or goodbye said before much more is not what the message is about: "hi po, 7 months
# pregnant and my vision is blurry ..." is answered for what follows the hello.
SMALL_TALK_MAX_WORDS = 10
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
LAUGH = re.compile(r"^(?:lol|lmao|haha+|hehe+|rofl|ha ha|:\)|:d|😂|🤣)[\s!.]*$", FLAGS)
ARE_YOU_THERE = re.compile(r"\bis (?:this|it) (?:thing )?(?:on|working)\b|\bare you (?:still )?(?:there|awake|alive|working)\b|^\s*you (?:still )?there\b|^(?:test|testing)\b", FLAGS)
MEANING_OF_LIFE = re.compile(r"\bmeaning of life\b", FLAGS)
FACT = re.compile(r"\btell me something (?:interesting|new|cool|useful)\b|\b(?:fun|random|interesting) fact\b|\bteach me something\b|\bsurprise me\b", FLAGS)
JOKE = re.compile(r"\bjoke\b|\bmake me laugh\b|\bsomething funny\b", FLAGS)
WEATHER = re.compile(r"\bweather\b|\bforecast\b|\btemperature outside\b|\bis it (?:raining|sunny|cold|hot)\b", FLAGS)
QUESTION_OPENING = re.compile(r"^(?:what|who|how|why|when|where|which|can|could|should|would|do|does|is|are)\b", FLAGS)


# Chat spellings of the words General's patterns are written with: "whats my name", "who r u",
# "wat can u do", "how are u".
CHAT_SPELLINGS = {"whats": "what's", "wats": "what's", "wat": "what", "wht": "what", "u": "you", "r": "are", "ur": "your", "hw": "how", "wen": "when"}
CHAT_SPELLING = re.compile(r"(?<![\w'.])(" + "|".join(CHAT_SPELLINGS) + r")(?![\w'])", FLAGS)


def plain_spelling(text: str) -> str:
    """`text` with chat spellings written out ("who r u" -> "who are you")."""
    return CHAT_SPELLING.sub(lambda match: _same_case(match.group(1), CHAT_SPELLINGS[match.group(1).lower()]), text)


def _same_case(said: str, word: str) -> str:
    return word.capitalize() if said[:1].isupper() else word


STATEMENT = re.compile(r"^(?:i|i'm|im|i've|i'll|my|we|we're|our)\b", FLAGS)


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


def _in_english(text: str) -> str:
    """A request to forget said in Spanish, French or German, in the English words it means."""
    foreign = FOREIGN_FORGET.match(text.rstrip("?!. "))
    if foreign is None:
        return text
    if foreign.group("all"):
        return "forget everything"
    what = FOREIGN_FIELDS.get(foreign.group("what").lower())
    return f"forget my {what}" if what else text


def _forget_intent(text: str) -> Intent | None:
    text = _in_english(text)
    match = FORGET.match(text.rstrip("?!. "))
    if not match or not match.group(1):
        return None
    what = match.group(1).strip()
    if FORGET_EVERYTHING.match(what):
        return Intent("forget", {"field": "all"})
    names = re.match(r"^(?:my|the)\s+(.+)$", what, FLAGS)
    if names:
        fields = [FORGET_FIELDS.get(part.strip().lower()) for part in re.split(r"\s*(?:,|\band\b|&)\s*(?:my\s+)?", names.group(1))]
        if fields and all(fields):
            return Intent("forget", {"fields": list(dict.fromkeys(fields))})
        if names.group(1).strip().lower() in NOTE_NAMES:
            return Intent("forget", {"field": "facts", "item": NOTE_NAMES[names.group(1).strip().lower()]})
    goal = re.match(r"^(?:my|the)\s+goal\s+(?:to\s+|of\s+)?(.+)$", what, FLAGS)
    if goal:
        return Intent("forget", {"field": "goals", "item": goal.group(1)})
    if text.lower().startswith("forget"):
        topic = re.sub(r"^(?:that|my)\s+", "", what, flags=FLAGS)
        return Intent("forget", {"field": "facts", "item": topic})
    return None


def _update_intent(text: str, units: dict[str, str], values_only: bool = False) -> Intent | None:
    """"update my weight to 78kg"; with `values_only`, only when a value that can be saved is
    said (so "update my weight, I've dropped 4 kg" is read as the change it states)."""
    match = UPDATE.match(text)
    if not match:
        return None
    field = FORGET_FIELDS.get(match.group(1).lower(), match.group(1).lower())
    said = match.group(2).strip()
    if not said:
        return Intent("ask_value", {"field": field})
    unit = units.get({"weight_kg": "weight", "height_cm": "height"}.get(field, ""))
    value = read_value(field, said, unit)
    if values_only and not isinstance(value, Fact):
        return None
    return Intent("update", {"field": field, "value": value})


def _change_intent(text: str, profile: dict[str, Any] | None, units: dict[str, str]) -> Intent | None:
    """"I've dropped 4 kg since last month, can you update my weight", "put on 2 kilos", "down 5
    lb": the profile's weight plus the change. A message that says the new weight itself ("lost
    3 kg, now 87") is a statement (`_remember_intent`); one that asks something else ("lost 4 kg,
    is that too fast?") is left to whoever that question is for."""
    change = changes.weight_change(text)
    if change is None or changes.asks_more(text) or "weight_kg" in read_profile(text).facts:
        return None
    weight = (profile or {}).get("weight_kg")
    if isinstance(weight, int | float) and not isinstance(weight, bool):
        return Intent("update", {"field": "weight_kg", "value": new_weight(weight, change, units.get("weight")), "change": change})
    if changes.update_asked(text):
        return Intent("ask_value", {"field": "weight_kg", "change": change})
    return None


def new_weight(weight_kg: float, change: changes.Change, spoken: str | None = None) -> Fact | Problem:
    """The weight after `change`, said in the unit the change was said in (in stone and pounds
    for someone who gives their weight in stone: "lost half a stone" from 10 st is 9 st 7 lb)."""
    kg = change.applied_to(weight_kg)
    if change.unit == "lb" and spoken != "st":
        return weight_fact(kg, f"{round(kg / LB_TO_KG)} lb")
    if change.unit in ("lb", "st"):
        pounds = round(kg / LB_TO_KG)
        return weight_fact(kg, f"{pounds // 14} st {pounds % 14} lb")
    return weight_fact(kg, f"{number(kg)} kg")


def _remember_intent(text: str) -> Intent | None:
    match = REMEMBER.match(text)
    if match and match.group(1).strip(" ?!.").lower() not in ("me", "it", "this", "that"):
        said = match.group(1).strip().rstrip(".!?")
        reading = read_profile(said)
        if reading.facts or reading.problems:
            return Intent("remember", {"reading": reading})
        keyed = keyed_fact(said)
        arguments = {"facts": {keyed[0]: keyed[1]}} if keyed else {"fact": said[:1].upper() + said[1:]}
        return Intent("remember_fact", {"arguments": arguments})
    reading = read_profile(text)
    if not reading:
        return None
    # The rest ("I'm 15, how much sleep do I need?") is answered after the facts are saved.
    return Intent("remember", {"reading": reading, "rest": reading.rest if reading.facts else ""})


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
    for kind, pattern in (
        ("joke", JOKE),
        ("weather", WEATHER),
        ("how_are_you", HOW_ARE_YOU),
        ("are_you_there", ARE_YOU_THERE),
        ("meaning_of_life", MEANING_OF_LIFE),
        ("fact", FACT),
    ):
        if pattern.search(text):
            return Intent(kind)
    if LAUGH.match(text):
        return Intent("laugh")
    if len(text.split()) > SMALL_TALK_MAX_WORDS and not CAPABILITIES.search(text):
        return None
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


def _wellbeing_intent(text: str, profile: dict[str, Any] | None) -> Intent | None:
    found = wellbeing.find_topic(text)
    if found is None:
        return None
    return Intent("wellbeing", {"topic": found[0].id, "audience": wellbeing.audience_of(text, profile)})


def parse(
    message: str,
    history: list[dict[str, Any]] | None = None,
    state: dict[str, Any] | None = None,
    profile: dict[str, Any] | None = None,
) -> Intent:
    """The intent of `message`, using `history` (oldest first) and General's dialog `state`
    for follow-ups, and the `profile` for answers that depend on the user (their age group)."""
    said = clean(re.sub(r"[ \t]+", " ", message).strip())
    # Read without what trails it ("can you help me pls", "why? lol", "naps 😴"); a note keeps it.
    text = plain_spelling(without_tail(said))
    history = history or []
    state = state or {}
    intent = follow_up(text, state, profile) if state else None
    if intent:
        return intent
    intent = (
        _notes_intent(said, history)
        or _forget_intent(text)
        or _update_intent(text, state.get("units") or {}, values_only=True)
        or _change_intent(text, profile, state.get("units") or {})
        or _update_intent(text, state.get("units") or {})
        or _remember_intent(text)
    )
    if intent:
        return intent
    if BMI.search(text):
        return Intent("bmi")
    if asks_energy(text):
        return Intent("energy")
    goal = goal_asked(text)
    if goal:
        return Intent("energy", {"goal": goal})
    if TIME.search(text):
        return Intent("time", {"date": bool(DATE.search(text))})
    if DATE.search(text):
        return Intent("date")
    expression = extract_expression(text)
    if expression:
        return Intent("arithmetic", {"expression": expression})
    intent = _recall_intent(text) or _small_talk_intent(text) or _wellbeing_intent(text, profile)
    if intent:
        return intent
    if followups.WHY.match(text) or followups.SOURCE.match(text):
        return Intent("why")
    return Intent("unknown", {"statement": bool(STATEMENT.match(text)) and not (asks(said) or QUESTION_OPENING.match(text))})
