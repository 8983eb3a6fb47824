"""General's answers without a model: real ones, from its tools and the user's data.

`offline_reply(turn)` parses the message (`intents.parse`) and hands it to one small
function per intent (in `conversation`, `profile_replies`, `note_replies` and below). Data
changes go through the agent's tools (`turn.call_tool`), so the model and this path share the
same checks, and each call is recorded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from host.types import Reply, Turn

from agenthost_general import clock, conversation, note_replies, profile_replies
from agenthost_general.arithmetic import CalculationError, evaluate, format_number, pretty
from agenthost_general.intents import Intent, parse

Handler = Callable[[Turn, Intent], Awaitable[str]]


async def tell_time(turn: Turn, intent: Intent) -> str:
    """The time in UTC."""
    return clock.time_text(clock.now()) + " (I only know UTC, so add your own offset.)"


async def tell_date(turn: Turn, intent: Intent) -> str:
    """Today's date in UTC."""
    return f"Today is {clock.date_words(clock.now())} (UTC)."


async def calculate(turn: Turn, intent: Intent) -> str:
    """The value of the sum in the message, or why it has none."""
    expression = intent.data["expression"]
    try:
        return f"{pretty(expression)} = **{format_number(evaluate(expression))}**"
    except CalculationError as exc:
        return f"I can't work out {pretty(expression)}: {exc}."


HANDLERS: dict[str, Handler] = {
    "introduce": conversation.introduce,
    "greeting": conversation.greeting,
    "about_system": conversation.about_system,
    "remember": profile_replies.remember,
    "forget": profile_replies.forget,
    "recall": profile_replies.recall,
    "note_add": note_replies.note_add,
    "notes_list": note_replies.notes_list,
    "note_delete": note_replies.note_delete,
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
    "unknown": conversation.unknown,
}


async def offline_reply(turn: Turn) -> Reply:
    """Answer `turn.message` from General's tools and the user's data, in a concierge's voice."""
    intent = parse(turn.message, turn.history)
    text = await HANDLERS[intent.kind](turn, intent)
    return Reply(text=text, metadata={"intent": intent.kind})
