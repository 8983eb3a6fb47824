"""A message opening with a short question on the last answer ("and after? ...") or pointing at
it ("make it easier ...") stays with the agent that answered, whatever word for another agent
follows; an opening that is itself another agent's subject does not."""

from __future__ import annotations

from typing import Any

import pytest

from host import Agent, Score, hookimpl
from host.config import RouterConfig, test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.types import ClassifyContext


class Worded:
    """An agent that claims a message naming any of its words."""

    def __init__(self, name: str, words: str) -> None:
        self.__name__ = f"worded-{name}"
        self.name = name
        self.words = set(words.split())

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent(self.name, self.name.title(), "🧪", f"the {self.name} agent"))

    @hookimpl
    def classify(self, message: str) -> Score:
        said = set(message.lower().replace("?", " ").replace(",", " ").split())
        return Score(self.name, 0.8 if said & self.words else 0.0, "words")


def router() -> Router:
    pm = make_plugin_manager(test_config("."), load_entry_points=False)
    for plugin in (Worded("food", "dinner lunch snack eat"), Worded("fit", "muscle workout easier stronger legs"), Worded("general", "hi")):
        pm.register(plugin, name=plugin.__name__)
    return Router(pm, build_registry(pm), RouterConfig())


def after(agent: str) -> ClassifyContext:
    return ClassifyContext(user_id="u", history=[{"role": "assistant", "agent": agent, "text": "..."}], profile={}, last_agent=agent)


@pytest.mark.parametrize(
    "message",
    ["and later? want to build muscle", "what about before? it's legs day", "make it easier pls, I only get 5 minutes", "ok make them smaller, stronger flavours"],
)
async def test_an_opening_on_the_last_answer_keeps_it_with_that_agent(message):
    decision = await router().route(message, after("food"))
    assert (decision.agent, decision.method) == ("food", "memory")


@pytest.mark.parametrize("message", ["and a workout? want to build muscle", "how about legs? they feel weak"])
async def test_an_opening_that_is_another_agents_subject_goes_to_that_agent(message):
    assert (await router().route(message, after("food"))).agent == "fit"


async def test_after_the_fallback_agent_the_message_is_routed_as_usual():
    assert (await router().route("and later? want to build muscle", after("general"))).agent == "fit"


def history(*answers: tuple[str, str, str]) -> list[dict[str, Any]]:
    """(agent, routing method, text) for each answer, each after a user message."""
    records: list[dict[str, Any]] = []
    for agent, method, text in answers:
        records += [{"role": "user", "text": "..."}, {"role": "assistant", "agent": agent, "text": text, "routing": {"method": method}}]
    return records


async def test_past_the_fallbacks_answer_the_conversation_is_with_the_specialist_before_it():
    said = history(("fit", "keywords", "Logged: rowing 20 min."), ("general", "fallback", "I can't answer that one: general knowledge needs tools I don't have."))
    context = ClassifyContext(user_id="u", history=said, profile={}, last_agent="general")
    decision = await router().route("and a recap of my week please", context)
    assert (decision.agent, decision.method) == ("fit", "memory")


async def test_past_the_fallbacks_pointer_the_conversation_is_with_the_agent_it_named():
    said = history(("general", "fallback", 'That\'s one for **Fit**. Ask it directly: "@fit new to running, where to start"'))
    context = ClassifyContext(user_id="u", history=said, profile={}, last_agent="general")
    assert (await router().route("too slow, step it up", context)).agent == "fit"


async def test_after_the_fallback_agents_own_answer_it_keeps_the_conversation():
    said = history(("fit", "keywords", "Logged: rowing 20 min."), ("general", "keywords", "Adults need 7 or more hours of sleep."))
    context = ClassifyContext(user_id="u", history=said, profile={}, last_agent="general")
    assert (await router().route("and a recap of my week please", context)).agent == "general"


@pytest.mark.parametrize("message", ["whats a quick sauce i could make", "any cheaper swaps", "which one keeps longest"])
async def test_a_short_question_nobody_claims_stays_with_the_last_agent(message):
    decision = await router().route(message, after("food"))
    assert (decision.agent, decision.method) == ("food", "memory")
