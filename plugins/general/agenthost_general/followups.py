"""Follow-ups to General's last answer, read with its dialog state (`dialog.py`).

- the answer to a question General asked: "lb" or "cm" after "is 180 your height in cm or
  your weight in lb?", "80" after "what do you weigh?", "yes" to "did you mean 500 lb?";
- "why?" and "where's that from?" about the last answer;
- "tell me more" and "and for teenagers?" after an everyday well-being answer;
- "actually 78" or "make that 5'9" after General saved one value.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_general import wellbeing
from agenthost_general.dialog import Intent
from agenthost_general.statements import Fact, Problem, Reading, read_value

FLAGS = re.IGNORECASE
_OPENER = r"^(?:(?:but|and|so|ok|okay|hmm|really|wait)[,.]?\s+)?"
WHY = re.compile(
    _OPENER + r"(?:why|how come|why is that|why's that|why so|why not|why did you (?:say|answer|do) (?:that|this)|why do you say (?:that|so)"
    r"|how do you know(?: that)?|explain(?: that| why| please)?|what makes you say (?:that|so)|on what basis|what(?:'s| is) (?:the|your) reason(?:ing)?"
    r"|why (?:that|this)(?: one| answer)?)\W*$",
    FLAGS,
)
SOURCE = re.compile(
    _OPENER + r"(?:(?:what(?:'s| is| are) )?(?:your|the|its) sources?|sources?|where(?:'s| is| does) (?:that|this|it) (?:come )?from|where did you (?:get|find) (?:that|this)"
    r"|says who|any sources?|citations?|references?|is that (?:true|right|correct|evidence[- ]based)|proof|evidence)\W*$",
    FLAGS,
)
MORE = re.compile(
    _OPENER + r"(?:tell me more|more|more please|more tips|go on|what else|anything else|another(?: one| tip)?|keep going|continue|next|and\??|ok,? and\??|any other tips"
    r"|(?:any |got any |some |more )?(?:tips|advice|ideas)(?: please)?|what (?:else )?(?:can|should|do) (?:i|we) do(?: now| then| about it)?|what now)\W*$",
    FLAGS,
)
CANCEL = re.compile(r"^(?:no|nope|neither|none|never ?mind|cancel|forget it|skip|leave it|don't save (?:it|that))\W*$", FLAGS)
YES = re.compile(r"^(?:yes|yeah|yep|yup|correct|right|that's right|that one|exactly|sure|ok|okay|y)\W*(?:please)?\W*$", FLAGS)
FIRST = re.compile(r"^(?:the )?(?:first|1st|1)(?: one)?\W*$", FLAGS)
SECOND = re.compile(r"^(?:the )?(?:second|2nd|2)(?: one)?\W*$", FLAGS)
THIRD = re.compile(r"^(?:the )?(?:third|3rd|3)(?: one)?\W*$", FLAGS)
UNIT_WORDS: dict[str, str] = {
    "cm": r"cm|cms|centimet(?:er|re)s?",
    "m": r"m|metres?|meters?",
    "ft": r"ft|feet|foot",
    "lb": r"lbs?|pounds?",
    "kg": r"kgs?|kilos?|kilograms?",
    "years": r"years?(?: old)?|yrs?|age|years of age|my age",
}
FIELD_WORDS: dict[str, str] = {"height_cm": r"height|tall|my height", "weight_kg": r"weight|weigh|my weight", "age": r"age|old|my age"}
# An answer to "what's your weight?" is a value ("80", "about 80 kg", "it's 5'9"); a longer
# message is read as a message of its own.
ANSWER_WORDS = 4
CORRECTION = re.compile(
    r"^(?:no[,.]?\s+|sorry[,.]?\s+|oops[,.]?\s+|wait[,.]?\s+)*(?:actually|make (?:that|it)|i meant|i mean|correction:?|it's|it is|should be)\s+(.+?)\W*$",
    FLAGS,
)


def fact_data(fact: Fact) -> dict[str, Any]:
    """A fact as JSON for the dialog state."""
    return {"field": fact.field, "value": fact.value, "said": fact.said}


def option_data(problem: Problem) -> list[dict[str, Any]]:
    """A problem's readings as JSON for the dialog state ("unit" picks one)."""
    return [{"unit": option.unit, **fact_data(option.fact)} for option in problem.options]


def _chosen(text: str, options: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The option the user picked by unit ("lb"), field ("height"), position ("the first") or "yes"."""
    if YES.match(text) and len(options) == 1:
        return options[0]
    for pattern, index in ((FIRST, 0), (SECOND, 1), (THIRD, 2)):
        if pattern.match(text) and index < len(options):
            return options[index]
    words = re.sub(r"^(?:in|it's|it is|that's|that was|i meant|i mean|my)\s+", "", text.strip(" .!?").lower())
    for option in options:
        if re.fullmatch(rf"(?:{UNIT_WORDS.get(option['unit'], re.escape(option['unit']))})", words):
            return option
    by_field = [o for o in options if re.fullmatch(rf"(?:{FIELD_WORDS.get(o['field'], '$^')})", words)]
    return by_field[0] if len(by_field) == 1 else None


def _pending(text: str, pending: dict[str, Any]) -> Intent | None:
    if CANCEL.match(text):
        return Intent("cancel")
    if pending.get("kind") == "choose":
        option = _chosen(text, pending.get("options") or [])
        if option is not None:
            return Intent("choose", {"facts": [Fact(option["field"], option["value"], option["said"])]})
    elif pending.get("kind") == "ask" and pending.get("field") and len(text.split()) <= ANSWER_WORDS:
        value = read_value(pending["field"], text)
        if isinstance(value, Fact):
            return Intent("choose", {"facts": [value]})
        if isinstance(value, Problem):
            return Intent("remember", {"reading": Reading(problems=[value])})
    return None


def follow_up(text: str, state: dict[str, Any]) -> Intent | None:
    """The intent of `text` as a follow-up to General's last answer, or None when it is not one."""
    pending = state.get("pending")
    if isinstance(pending, dict):
        intent = _pending(text, pending)
        if intent is not None:
            return intent
    if WHY.match(text):
        return Intent("why")
    if SOURCE.match(text):
        return Intent("source")
    last = state.get("intent")
    slots = state.get("slots") or {}
    if last == "wellbeing" and slots.get("topic") in wellbeing.topics():
        if MORE.match(text):
            return Intent("more")
        audience = wellbeing.audience_of(text)
        if audience and len(text.split()) <= 8:
            return Intent("wellbeing", {"topic": slots["topic"], "audience": audience})
        if on_topic(text, slots["topic"], loose=True):
            return Intent("more", {"question": text})  # "it was dark chocolate, does that matter?"
    fields = slots.get("fields") or []
    if last in ("remember", "update", "choose") and len(fields) == 1:
        match = CORRECTION.match(text)
        if match:
            value = read_value(fields[0], match.group(1), (state.get("units") or {}).get(_kind(fields[0])))
            if value is not None:
                return Intent("update", {"field": fields[0], "value": value})
    return None


# A question that leans on the answer before it ("does that matter?", "what if it was a lot?").
ABOUT_IT = re.compile(
    _OPENER + r"(?:does (?:that|it|this)|is (?:that|it|this)|would (?:that|it)|will (?:that|it)|what if|and if|even if|"
    r"it was|it's|it is|they|he|she|should (?:i|we) still|how (?:bad|serious|long|soon))\b",
    FLAGS,
)
TOPIC_FOLLOW_UP_WORDS = 14


def on_topic(text: str, topic_id: str, loose: bool = False) -> bool:
    """True when `text` asks more about the topic General just answered: it uses the topic's
    own words (and asks no topic of its own), or it leans on the answer ("does that matter?").
    `loose` (once the message is General's) also counts a question sharing a word with the
    topic's tips ("what signs should we look out for?")."""
    if len(text.split()) > TOPIC_FOLLOW_UP_WORDS:
        return False
    scored = wellbeing.score_topics(text)
    if scored and scored[0][0] >= wellbeing.MIN_SCORE:
        return False  # a question of its own: about another topic, or the whole topic again
    if any(topic.id == topic_id for _, topic in scored) or ABOUT_IT.match(text):
        return True
    topic = wellbeing.topics()[topic_id]
    asks = text.rstrip().endswith("?") or bool(re.match(r"^(?:what|which|how|when|should|is|are|do|does|can)\b", text, FLAGS))
    return loose and asks and any(wellbeing.content_words(text) & wellbeing.content_words(tip) for tip in topic.tips)


def _kind(field: str) -> str:
    return {"weight_kg": "weight", "height_cm": "height"}.get(field, field)
