"""Follow-ups to General's last answer, read with its dialog state (`dialog.py`).

- the answer to a question General asked: "lb" or "cm" after "is 180 your height in cm or
  your weight in lb?", "80" after "what do you weigh?", "yes" to "did you mean 500 lb?";
- "why?" and "where's that from?" about the last answer;
- "tell me more" and "and for teenagers?" after an everyday well-being answer;
- "scratch that, I want to lose a little" after General saved a goal: that goal replaced;
- "actually 78" or "make that 5'9" after General saved one value, and "wait, weighed myself
  this morning and I'm actually 62" after it saved several: the value is the one it is nearest
  to (or names: "weighed", "tall"), so 62 after "28, 170 cm, 60 kg" is the weight.
"""

from __future__ import annotations

import re
from typing import Any

from host.follow_ups import asks

from agenthost_general import wellbeing
from agenthost_general.dialog import Intent
from agenthost_general.measures import NUMBER, find_measures
from agenthost_general.statements import BARE_GOAL, DOING_GOAL, WISH_GOAL, Fact, Problem, Reading, read_value

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
# "I already do that", "tried all that", "that doesn't work for me": the next tip, not a note.
_NO_USE = r"(?:(?:that|it|this|those|they) )?(?:does(?:n'?t| not)|did(?:n'?t| not)|do(?:n'?t| not)|won'?t) (?:work|help)(?: for me| much)?"
TRIED = re.compile(
    _OPENER + r"(?:(?:i(?:'ve| have)? (?:(?:already|always) (?:do|did|done|tried|try|doing)(?: (?:all )?(?:that|this|those|it|them))?"
    r"|(?:do|did|done|tried|try|doing) (?:all )?(?:that|this|those|it|them))(?: already)?"
    r"|(?:already |i'?ve )?tried (?:all )?(?:that|this|those|it|them)(?: already)?)(?:\W+(?:but |and )?" + _NO_USE + r")?"
    r"|" + _NO_USE + r"|(?:that|it|this)(?:'s| is) not working|none of (?:that|those|them|it) (?:work|works|helps?))\W*$",
    FLAGS,
)
# "is that healthy?", "am i overweight then?", "should I worry?" after the BMI: the verdict asked for.
BMI_VERDICT = re.compile(
    _OPENER + r"(?:is (?:that|it|this|mine|my bmi) (?:\w+ )?(?:healthy|good|bad|ok|okay|normal|high|low|fine|a problem|overweight|obese)"
    r"|am i (?:\w+ )?(?:overweight|underweight|healthy|fat|ok|okay|obese|normal)(?: then)?|should i (?:worry|be worried|lose (?:weight|some)|gain(?: weight)?)"
    r"|what does (?:that|it|this) mean(?: for me)?|is that bad|is that good|so am i (?:\w+ )?(?:overweight|healthy|ok|okay))\W*$",
    FLAGS,
)
# "what about coming home?" after the jet-lag answer: more on the same topic.
WHAT_ABOUT = re.compile(r"^(?:and |but |ok |so )?(?:what|how) about\b", FLAGS)
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


# A correction of a value just saved, said in passing: "oh wait, weighed myself this morning and
# I'm actually 62", "sorry, 175 not 170", "oops I meant 34". Short, one marker, no question.
CORRECTION_MARKER = re.compile(
    r"\b(?:actually|actual|i meant|i mean|meant to say|make (?:that|it)|correction|should (?:be|have been|of been)"
    r"|typo|not \d|sorry|oops|whoops|my bad|wait)\b",
    FLAGS,
)
CORRECTION_WORDS = 16
# The value, ending the clause or before a word that is no unit of something else ("62 squats").
_BARE = re.compile(
    rf"(?<![\w.'’/:-])({NUMBER})(?=\s*(?:$|[,.!;)—–]|-\s|(?:not|now|instead|rather|and|but|tho|though|lol|haha|today|this|then|actually|btw|sorry)\b))",
    FLAGS,
)
FIELD_HINTS: dict[str, re.Pattern[str]] = {
    "weight_kg": re.compile(r"\b(?:weigh\w*|weight|scales?|kgs?|kilos?|lbs?|pounds?|heavier|lighter)\b", FLAGS),
    "height_cm": re.compile(r"\b(?:tall|height|taller|shorter|cm|measured)\b", FLAGS),
    "age": re.compile(r"\b(?:age|aged|old|older|younger|birthday|years?|yrs?)\b", FLAGS),
}
# How far a corrected value may be from the one it corrects, as a share of it: 60 -> 62 kg is a
# correction of the weight, 28 -> 62 is no correction of the age.
NEAR_ENOUGH = 0.3


def _correction(text: str, fields: list[str], saved: dict[str, Any], units: dict[str, str]) -> Intent | None:
    """"I'm actually 62" after General saved age, height and weight: an update of the one field
    the value corrects (named by a unit or a word, else the nearest saved value)."""
    if len(text.split()) > CORRECTION_WORDS or "?" in text or asks(text) or not CORRECTION_MARKER.search(text):
        return None
    numeric = [f for f in fields if f in FIELD_HINTS]
    measures = find_measures(text)
    if len(measures) == 1:
        field = "weight_kg" if measures[0].kind == "weight" else "height_cm"
        value = read_value(field, measures[0].said) if field in numeric else None
        return Intent("update", {"field": field, "value": value}) if isinstance(value, Fact) else None
    numbers = [m.group(1) for m in _BARE.finditer(text)]
    if len(numbers) == 2 and re.search(rf"{re.escape(numbers[0])}\W*\s*(?:not|instead of|rather than)\s+{re.escape(numbers[1])}", text, FLAGS):
        numbers = numbers[:1]  # "175 not 170": the first is the new value
    if measures or len(set(numbers)) != 1:
        return None
    named = [f for f in numeric if FIELD_HINTS[f].search(text)]
    candidates: list[tuple[float, str, Fact]] = []
    for field in named if len(named) == 1 else numeric:
        value = read_value(field, numbers[0], units.get(_kind(field)))
        before = saved.get(field)
        if not isinstance(value, Fact) or not isinstance(before, int | float) or isinstance(before, bool) or before <= 0:
            continue
        distance = abs(float(value.value) - before) / before
        if len(named) == 1 or distance <= NEAR_ENOUGH:
            candidates.append((distance, field, value))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
        return None
    _, field, value = candidates[0]
    return Intent("update", {"field": field, "value": value})


# A goal said again in place of the one just saved: "scratch that, I want to lose a little",
# "actually I'd rather build muscle", "no wait, I want to get stronger instead".
GOAL_CHANGE = re.compile(
    r"^\W*(?:(?:(?:scratch|forget|ignore) (?:that|this)|actually|no|nah|nope|wait|hmm+|sorry|oops|on second thoughts?|change of plans?"
    r"|thinking about it|come to think of it)\b[\s,.!:;-]*)+"
    r"|\b(?:instead|rather)\b",
    FLAGS,
)
GOAL_CHANGE_WORDS = 20


def goal_change(text: str) -> Intent | None:
    """"scratch that, I want to lose a little" after a goal was saved: the new goal."""
    if len(text.split()) > GOAL_CHANGE_WORDS or "?" in text or asks(text) or not GOAL_CHANGE.search(text):
        return None
    said = re.sub(r"\s+instead\b", "", GOAL_CHANGE.sub("", text, count=1)).strip(" ,.!")
    said = re.sub(r"^(?:i'?d|i would)\s+rather\s+", "I want to ", said, flags=FLAGS)
    for pattern in (WISH_GOAL, BARE_GOAL, DOING_GOAL):
        match = pattern.search(said)
        if match:
            goal = match.group(1).strip(" ,.!")
            return Intent("replace_goal", {"goal": goal}) if goal else None
    return None


def follow_up(text: str, state: dict[str, Any], profile: dict[str, Any] | None = None) -> Intent | None:
    """The intent of `text` as a follow-up to General's last answer, or None when it is not one.
    `profile` holds the values just saved, which a correction of one of several is measured against."""
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
    if last == "bmi" and BMI_VERDICT.match(text):
        return Intent("bmi", {"verdict": True})  # "is that healthy?" after the BMI: what it says about them
    if last == "wellbeing" and slots.get("topic") in wellbeing.topics():
        if MORE.match(text) or TRIED.match(text):
            return Intent("more")
        audience = wellbeing.audience_of(text)
        if audience and len(text.split()) <= 8:
            return Intent("wellbeing", {"topic": slots["topic"], "audience": audience})
        if on_topic(text, slots["topic"], loose=True) or WHAT_ABOUT.match(text) and len(text.split()) <= TOPIC_FOLLOW_UP_WORDS:
            return Intent("more", {"question": text})  # "it was dark chocolate, does that matter?"
    fields = slots.get("fields") or []
    if last in ("remember", "update", "choose") and len(fields) == 1:
        match = CORRECTION.match(text)
        if match:
            value = read_value(fields[0], match.group(1), (state.get("units") or {}).get(_kind(fields[0])))
            if value is not None:
                return Intent("update", {"field": fields[0], "value": value})
    if last in ("remember", "update", "choose", "replace_goal") and "goals" in fields:
        intent = goal_change(text)
        if intent is not None:
            return intent
    if last in ("remember", "update", "choose") and len(fields) > 1:
        return _correction(text, fields, profile or {}, state.get("units") or {})
    return None


# A question that leans on the answer before it ("does that matter?", "what if it was a lot?").
ABOUT_IT = re.compile(
    _OPENER + r"(?:does (?:that|it|this)|is (?:that|it|this)|would (?:that|it)|will (?:that|it)|what if|and if|even if|"
    r"it was|it's|it is|they|he|she|should (?:i|we) still|how (?:bad|serious|long|soon))\b",
    FLAGS,
)
TOPIC_FOLLOW_UP_WORDS = 14
# Whether one more thing helps with what the answer was about: "does exercise help?" after stress.
HELPS = re.compile(_OPENER + r"(?:does|do|would|will|can|could|might)\s+((?:[\w'-]+\s+){1,4})help", FLAGS)


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
    helps = HELPS.match(text)
    if helps:
        # ... only when the answer says something about that thing (its words or their kin)
        asked = wellbeing.kindred_words(helps.group(1))
        return any(asked & wellbeing.kindred_words(part) for part in (topic.answer, *topic.tips))
    asking = asks(text) or bool(re.match(r"^(?:what|which|how|when|should|is|are|do|does|can)\b", text, FLAGS))
    # the answer counts as much as its tips: "is 6 hours enough?" asks about the hours it gave
    said = (topic.answer, *topic.audiences.values(), *topic.tips)
    return loose and asking and any(wellbeing.content_words(text) & wellbeing.content_words(part) for part in said)


def _kind(field: str) -> str:
    return {"weight_kg": "weight", "height_cm": "height"}.get(field, field)
