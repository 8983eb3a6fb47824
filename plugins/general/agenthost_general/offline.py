"""General's answers without a model: real ones, from its tools and the user's data.

`offline_reply(turn)` reads General's dialog state (`dialog.py`), parses the message
(`intents.parse`) and hands it to one small function per intent (in `conversation`,
`profile_replies`, `note_replies`, `wellbeing_replies` and below). Data changes go through the
agent's tools (`turn.call_tool`), so the model and this path share the same checks, and each
call is recorded. The answer's reason and slots are saved as the new dialog state, so "why?",
"tell me more" and the answer to a question General asked work as the next message.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from host.follow_ups import asks
from host.types import Reply, Turn

from agenthost_general.allergy_note import allergy_note
from agenthost_general import clock, conversation, diet_handoff, dialog, energy_replies, note_replies, profile_replies, wellbeing, wellbeing_replies
from agenthost_general.chat import chat_mood
from agenthost_general.arithmetic import CalculationError, evaluate, format_number, pretty
from agenthost_general.dialog import Answer, Intent
from agenthost_general.intents import parse
from agenthost_general.profile_replies import _said_units
from agenthost_general.suggestions import suggest_agents

Handler = Callable[..., Awaitable[str | Answer]]


async def tell_time(turn: Turn, intent: Intent) -> Answer:
    """The time in UTC."""
    return Answer(
        clock.time_text(clock.now()) + " (I only know UTC, so add your own offset.)",
        reason="I read the server's clock, which keeps UTC; I can't see your time zone.",
    )


async def tell_date(turn: Turn, intent: Intent) -> Answer:
    """Today's date in UTC."""
    return Answer(
        f"Today is {clock.date_words(clock.now())} (UTC).",
        reason="I read the server's clock, which keeps UTC; near midnight your local date may differ.",
    )


async def calculate(turn: Turn, intent: Intent) -> Answer:
    """The value of the sum in the message, or why it has none."""
    expression = intent.data["expression"]
    try:
        value = format_number(evaluate(expression))
    except CalculationError as exc:
        return Answer(f"I can't work out {pretty(expression)}: {exc}.", reason=str(exc))
    return Answer(
        f"{pretty(expression)} = **{value}**",
        reason=f"I worked out {pretty(expression)} with a calculator that follows the usual order of operations.",
    )


HANDLERS: dict[str, Handler] = {
    "introduce": conversation.introduce,
    "greeting": conversation.greeting,
    "about_system": conversation.about_system,
    "remember": profile_replies.remember,
    "remember_fact": profile_replies.remember_fact,
    "choose": profile_replies.choose,
    "update": profile_replies.update,
    "replace_goal": profile_replies.replace_goal,
    "ask_value": profile_replies.ask_value,
    "cancel": profile_replies.cancel,
    "forget": profile_replies.forget,
    "recall": profile_replies.recall,
    "bmi": profile_replies.body_mass_index,
    "energy": energy_replies.energy_needs,
    "note_add": note_replies.note_add,
    "notes_list": note_replies.notes_list,
    "note_delete": note_replies.note_delete,
    "wellbeing": wellbeing_replies.wellbeing_answer,
    "more": wellbeing_replies.more,
    "source": wellbeing_replies.source,
    "why": conversation.why,
    "fact": conversation.fact,
    "time": tell_time,
    "date": tell_date,
    "arithmetic": calculate,
    "thanks": conversation.small_talk,
    "bye": conversation.small_talk,
    "how_are_you": conversation.small_talk,
    "joke": conversation.small_talk,
    "praise": conversation.small_talk,
    "complaint": conversation.small_talk,
    "weather": conversation.small_talk,
    "laugh": conversation.small_talk,
    "are_you_there": conversation.small_talk,
    "meaning_of_life": conversation.small_talk,
    "unknown": conversation.unknown,
}
# Handlers that read the dialog state (the last answer's reason, slots or the user's units).
WITH_STATE = {"more", "source", "why", "unknown"}
# A question asked beside profile facts is answered too, unless it is one of these.
NOT_FOR_THE_REST = {"unknown", "remember", "remember_fact", "choose", "update", "replace_goal", "cancel", "why", "source", "more"}


async def _answer(turn: Turn, intent: Intent, state: dict[str, Any]) -> Answer:
    handler = HANDLERS[intent.kind]
    if intent.kind in WITH_STATE:
        result = await handler(turn, intent, state)
    elif intent.kind == "recall":
        result = await profile_replies.recall(turn, intent, state.get("units") or {})
    else:
        result = await handler(turn, intent)
    return result if isinstance(result, Answer) else Answer(result)


# Words that only carry the tone of a message ("oh wait, ...", "ok so ...", "lol"): a rest made of
# them alone is nothing left unsaved.
INTERJECTIONS = re.compile(
    r"\b(?:oh|ooh|ah|wait|hold on|ok|okay|so|well|um+|uh+|hm+|er+m*|lol|haha|hehe|oops|whoops|sorry|actually|btw|tbh|anyway|right|yeah|yes|hey|hi)\b",
    re.IGNORECASE,
)


# What is left after the facts asks something: "how fast should I be dropping?".
ASKED_OPENING = re.compile(r"^(?:what|who|how|why|when|where|which|can|could|should|would|do|does|is|are|will|any)\b", re.IGNORECASE)
# A message about the body's weight or make-up: its question is the nutritionist's to start with.
BODY_WORDS = re.compile(
    r"\b(?:lose|losing|drop|dropping|gain|gaining|bulk|bulking|cut|cutting|deficit|surplus|diet|weight|fat|lean|kg|kgs|kilos?|lbs?|pounds?|stone)\b",
    re.IGNORECASE,
)


def _topic_of_the_rest(rest: str, message: str, profile: dict[str, Any]) -> Intent | None:
    """The well-being topic the rest of a message asks about: named in the rest ("im
    perimenopausal and cant sleep", which the profile reader could not split), or, for a
    question that leans on the facts ("i sit all day at work, is that bad?"), in the whole message."""
    found = wellbeing.find_topic(rest)
    if found is None and (asks(rest) or ASKED_OPENING.search(rest.strip())):
        found = wellbeing.find_topic(message)
    if found is None:
        return None
    return Intent("wellbeing", {"topic": found[0].id, "audience": wellbeing.audience_of(rest, profile)})


async def _with_the_rest(turn: Turn, answer: Answer, rest: str) -> tuple[str | None, Answer]:
    """"I'm 15, how much sleep do I need?": after saving the facts, answer the question too (or
    say which agent will). Returns the intent that now leads the dialog, if it changed."""
    passed = await diet_handoff.pass_on(turn, rest)
    if passed:
        # "... and I'm vegetarian": saved by Ceres' tool; what else the rest says is answered below
        answer.text += "\n" + passed
        rest = diet_handoff.unsaid(rest, diet_handoff.diet_arguments(rest)[1])
        if not re.search(r"[a-z]{3}", rest, re.IGNORECASE):
            return None, answer
    profile = await turn.store.read_profile()
    turn.profile = profile  # the answer to the rest uses what was just saved ("I'm 60 and female, ...")
    intent = parse(rest, turn.history, {}, profile)
    if intent.kind in ("greeting", "introduce", "how_are_you", "thanks") or chat_mood(rest) is not None:
        # "hi im sarah, 29, ...", "..., feeling great": the saved facts' confirmation is the
        # answer; a greeting or a mood beside them needs no menu and is no fact left unsaved
        return None, answer
    if intent.kind in NOT_FOR_THE_REST:
        intent = _topic_of_the_rest(rest, turn.message, profile) or intent
    if intent.kind not in NOT_FOR_THE_REST:
        extra = await _answer(turn, intent, {})
        return intent.kind, Answer(
            f"{answer.text}\n\n{extra.text}",
            reason=f"{answer.reason} {extra.reason}".strip(),
            slots={**answer.slots, **extra.slots},
            pending=answer.pending,
        )
    diet = conversation.diet_pointer(turn, rest)
    if diet:
        answer.text += "\n\n" + diet
        return None, answer
    suggested = suggest_agents(rest, turn.registry)
    asked = asks(rest) or bool(ASKED_OPENING.search(rest.strip()))
    if asked and not suggested:
        # "I'm 75kg and wanna cut for summer. how fast should I be dropping?": a question in the
        # words of the facts just said, for the specialist of the conversation or of the goal
        other = conversation._recent_other_agent(turn, {})
        agents = getattr(turn.registry, "agents", None) or {}
        if other is not None:
            suggested = [other]
        elif BODY_WORDS.search(turn.message) and "ceres" in agents:
            suggested = [agents["ceres"]]
    if suggested and answer.pending is None:
        best = suggested[0]
        answer.text += f'\n\nFor the rest, **{best.label}** is the one to ask: "@{best.name} {rest}"'
    elif asked and answer.pending is None:
        # a question is never a fact left unsaved
        answer.text += f'\n\nI can\'t answer "{rest.strip()}" here; ask me "what can you do" to see who can help.'
    elif answer.pending is None and len(re.findall(r"[a-z]{2,}", INTERJECTIONS.sub(" ", rest), re.IGNORECASE)) >= 2:
        # "..., I'm a nurse, 12 hour shifts": nothing reads it, so say it was not saved, and how to keep it
        kept = rest.strip(" .!,")
        # "I'm 70, a retired teacher, ...": what the user is, said as "I'm a retired teacher"
        said = f"I'm {kept}" if re.match(r"(?:a|an)\s", kept, re.IGNORECASE) else kept
        answer.text += f'\nNot saved: "{kept}". Say "remember that {said}" and I\'ll keep it as a note every agent reads.'
    return None, answer


# Where a second question starts: "what's my BMI and how much should I eat to gain?"
SECOND_QUESTION = re.compile(
    r"(?:\?\s+|\s*[;,]?\s+(?:and|also|plus|then)\s+)(?=(?:what|how|which|when|can|could|should|do|does|is|are|will)\b)",
    re.IGNORECASE,
)
# General's own figures, after which a second question is answered too.
FIGURES = {"bmi", "energy", "recall"}


async def _second_question(turn: Turn, intent: Intent, answer: Answer) -> Answer:
    """"What's my BMI and how much should I eat to gain?": after General's figure, the second
    question too: answered when it is General's (another figure), else handed to its agent."""
    match = SECOND_QUESTION.search(turn.message)
    if match is None or answer.pending is not None or turn.safety is not None:
        return answer
    second = turn.message[match.end():].strip()
    follow = parse(second, turn.history, {}, turn.profile)
    if follow.kind in FIGURES and (follow.kind != intent.kind or follow.data != intent.data):
        extra = await _answer(turn, follow, {})
        return Answer(f"{answer.text}\n\n{extra.text}", reason=f"{answer.reason} {extra.reason}".strip(), slots=answer.slots)
    suggested = suggest_agents(second, turn.registry) if follow.kind == "unknown" else []
    if suggested:
        answer.text += f'\n\nFor the rest, **{suggested[0].label}** is the one to ask: "@{suggested[0].name} {second}"'
    return answer


def _settle_by_units(reading: Any, units: dict[str, str]) -> None:
    """"I'm actually 170" from a user who gave their weight in lb before: 170 lb, not a question
    about kg or lb. A value with a reading in the units the user speaks in is saved in them."""
    if reading is None or not getattr(reading, "problems", None):
        return
    kept = []
    for problem in reading.problems:
        kind = {"weight_kg": "weight", "height_cm": "height"}.get(problem.field)
        chosen = [o for o in problem.options if kind and o.fact.field == problem.field and o.unit == units.get(kind)]
        if problem.reason == "unclear" and len(chosen) == 1 and problem.field not in reading.facts:
            reading.add(chosen[0].fact)
        else:
            kept.append(problem)
    reading.problems = kept


async def offline_reply(turn: Turn) -> Reply:
    """Answer `turn.message` from General's tools and the user's data, in a concierge's voice."""
    state = await dialog.load(turn)
    intent = parse(turn.message, turn.history, state, turn.profile)
    _settle_by_units(intent.data.get("reading"), state.get("units") or {})
    answer = await _answer(turn, intent, state)
    kind = intent.kind
    if kind in FIGURES:
        answer = await _second_question(turn, intent, answer)
    if kind == "remember" and answer.slots.get("rest"):
        led_by, answer = await _with_the_rest(turn, answer, answer.slots["rest"])
        kind = led_by or kind
    if answer.slots.get("topic"):
        kind = "wellbeing"  # "tell me more" and "source?" keep following the same topic
    units = _said_units(intent.data["facts"]) if kind == "choose" else None
    reading = intent.data.get("reading")
    if reading is not None:
        units = _said_units(list(reading.facts.values()))
    if kind == "update" and hasattr(intent.data.get("value"), "said"):
        units = _said_units([intent.data["value"]])
    if answer.reason or answer.slots or answer.pending or units:
        # Small talk leaves nothing to follow up, so it costs no write (and an older state
        # no longer matches the last answer, so it is not taken for this one's).
        await dialog.save(turn, kind, answer, units)
    text = answer.text
    if kind == "wellbeing" and (note := allergy_note(text, turn.profile)):
        # "keep my bones strong" names milk and cheese: not for a milk allergy said to Ceres; said before the source
        head, source, tail = text.partition("\n\nSource:")
        text = f"{head}\n\n{note}{source}{tail}"
    return Reply(text=text, metadata={"intent": intent.kind})
