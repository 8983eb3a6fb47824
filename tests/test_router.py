"""The routing decision: threshold, margin, LLM tie-break, follow-up memory, fallback."""

from __future__ import annotations

from typing import Any

import pytest

from host import Agent, Score, hookimpl
from host.config import RouterConfig, test_config
from host.llm import LLMError
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import NoAgentError, Router
from host.types import ClassifyContext, RoutingDecision


class Scored:
    """An agent whose score for every message is fixed by the test."""

    def __init__(self, name: str, score: float) -> None:
        self.__name__ = f"scored-{name}"
        self.name = name
        self.score = score

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent(self.name, self.name.title(), "🧪", f"the {self.name} agent"))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score(self.name, self.score, "fixed")


class Meddler:
    """Tries to score an agent it does not own, and raises for one message."""

    __name__ = "meddler"

    @hookimpl
    def classify(self, message: str) -> list[Score]:
        if message == "explode":
            raise RuntimeError("classifier bug")
        return [Score("a", 1.0, "not mine to score")]


class FakeLLM:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.config = test_config(".").llm

    async def choose_agent(self, message, agents, context, decision):
        self.asked.append(message)
        if isinstance(self.answer, Exception):
            raise self.answer
        if self.answer is None:
            return None
        return RoutingDecision(self.answer, 0.77, "llm", decision.scores, decision.reasons)


def make_router(scores: dict[str, float], llm: Any = None, extra: list[Any] = (), **router: Any) -> Router:
    config = test_config(".")
    pm = make_plugin_manager(config, load_entry_points=False)
    for name, score in scores.items():
        pm.register(Scored(name, score), name=f"scored-{name}")
    for plugin in extra:
        pm.register(plugin, name=plugin.__name__)
    return Router(pm, build_registry(pm), RouterConfig(**router), llm)


CONTEXT = ClassifyContext(user_id="u", history=[], profile={})


async def test_best_score_above_threshold_wins():
    decision = await make_router({"a": 0.8, "b": 0.3, "general": 0.0}).route("x", CONTEXT)
    assert (decision.agent, decision.method, decision.confidence) == ("a", "keywords", 0.8)
    assert decision.scores == {"a": 0.8, "b": 0.3, "general": 0.0}
    assert decision.reasons["a"] == "fixed"


async def test_below_threshold_falls_back():
    decision = await make_router({"a": 0.2, "general": 0.0}).route("x", CONTEXT)
    assert (decision.agent, decision.method) == ("general", "fallback")


async def test_fallback_agent_missing_means_the_best_scores_wins():
    decision = await make_router({"a": 0.2, "b": 0.1}).route("x", CONTEXT)
    assert (decision.agent, decision.method) == ("a", "fallback")


async def test_no_agents_is_an_error():
    with pytest.raises(NoAgentError):
        await make_router({}).route("x", CONTEXT)


async def test_close_call_goes_to_the_llm():
    llm = FakeLLM("b")
    decision = await make_router({"a": 0.6, "b": 0.55, "general": 0.0}, llm=llm).route("close one", CONTEXT)
    assert (decision.agent, decision.method, decision.confidence) == ("b", "llm", 0.77)
    assert llm.asked == ["close one"]


async def test_clear_call_does_not_ask_the_llm():
    llm = FakeLLM("b")
    decision = await make_router({"a": 0.9, "b": 0.1}, llm=llm).route("clear", CONTEXT)
    assert decision.method == "keywords" and llm.asked == []


@pytest.mark.parametrize("answer", [LLMError("timeout"), None, "nonexistent", RuntimeError("bug")])
async def test_llm_failure_or_unknown_agent_keeps_the_keyword_decision(answer):
    decision = await make_router({"a": 0.6, "b": 0.55, "general": 0.0}, llm=FakeLLM(answer)).route("x", CONTEXT)
    assert (decision.agent, decision.method) == ("a", "keywords")


async def test_llm_classify_off_is_respected():
    llm = FakeLLM("b")
    llm.config.classify = False
    decision = await make_router({"a": 0.6, "b": 0.55}, llm=llm).route("x", CONTEXT)
    assert decision.method == "keywords" and llm.asked == []


@pytest.mark.parametrize("message, expected", [("and for lunch?", "memory"), ("why?", "memory"),
                                                ("how long?", "memory"), ("total so far?", "memory"),
                                                ("what dip could I make?", "memory"),
                                                ("tell me about the weather in paris", "fallback")])
async def test_short_follow_up_stays_with_the_previous_agent(message, expected):
    context = ClassifyContext(user_id="u", history=[], profile={}, last_agent="b")
    decision = await make_router({"a": 0.0, "b": 0.0, "general": 0.0}).route(message, context)
    assert decision.method == expected
    assert decision.agent == ("b" if expected == "memory" else "general")


DRINKING_ANSWER = "On training days, drink a little more around the session: sips during long or hot sessions."


def after_b(answer: str = DRINKING_ANSWER) -> ClassifyContext:
    """A conversation whose last answer was agent b's `answer`."""
    history = [{"role": "user", "text": "how much should I drink on a hot run?"}, {"role": "assistant", "agent": "b", "text": answer}]
    return ClassifyContext(user_id="u", history=history, profile={}, last_agent="b")


@pytest.mark.parametrize(
    "message",
    [
        "nice. can you put a few of those into a 10 minute finisher for us?",  # points back: "those"
        "something sweet too for when I'm flagging",  # "too"
        "I work nights in a hospital though, any tips?",  # "though"
        "can we make it 4 days instead?",
        "wait no that was yesterday morning, not today. can you move it?",
        "and for my desk drawer at work? no fridge",  # a follow-up opening, longer than 8 words
        "ok fine, about half a big tube of sour cream & onion",
        "how do I know if I'm drinking enough?",  # shares "drink" with the last answer
        "is sweating a lot on long sessions a problem",  # shares "session"
        "oops the rows were 55kg not 50",  # a correction of what was just logged
        "lol sorry, 800 metres",
    ],
)
async def test_an_unclaimed_follow_up_stays_with_the_agent_that_answered(message):
    decision = await make_router({"a": 0.0, "b": 0.0, "general": 0.0}).route(message, after_b())
    assert (decision.agent, decision.method) == ("b", "memory")


@pytest.mark.parametrize(
    "message",
    [
        "what is the capital of Peru",  # a new subject: no pointing back, no word in common
        "hello there, it is nice to meet you",  # "it" that stands for nothing said before
        "tell me about the weather in paris",
        "who won the football on saturday",
        # long enough to be a new subject even though it says "it"
        "I was reading about the history of the roman empire and wondered how it managed to last so long and then fall so fast",
    ],
)
async def test_a_new_subject_nobody_claims_goes_to_the_fallback(message):
    decision = await make_router({"a": 0.0, "b": 0.0, "general": 0.0}).route(message, after_b())
    assert (decision.agent, decision.method) == ("general", "fallback")


async def test_a_claimed_message_is_not_taken_by_pointing_back():
    # someone (a) claims it, weakly: pointing back does not move it to b; the fallback answers
    decision = await make_router({"a": 0.2, "b": 0.0, "general": 0.0}).route("can you make those vegetarian too please", after_b())
    assert decision.method == "fallback"


async def test_plugins_cannot_score_others_agents_and_a_raising_classifier_is_skipped():
    router = make_router({"a": 0.1, "b": 0.5, "general": 0.0}, extra=[Meddler()])
    decision = await router.route("anything", CONTEXT)
    assert decision.scores["a"] == 0.1 and decision.agent == "b"
    decision = await router.route("explode", CONTEXT)
    assert decision.agent == "b"


@pytest.mark.parametrize(
    ("message", "rest"),
    [("@b what now", "what now"), ("B, tell me more", "tell me more"), ("ask b about it", "about it"),
     ("Please ask B: why?", "why?"), ("@b", "@b")],
)
async def test_a_message_addressed_to_an_agent_goes_to_it_without_the_address(message, rest):
    decision = await make_router({"a": 0.9, "b": 0.0, "general": 0.0}).route(message, CONTEXT)
    assert (decision.agent, decision.method, decision.confidence) == ("b", "mention", 1.0)
    assert decision.message == rest


@pytest.mark.parametrize("message", ["maybe b is right", "about b", "abc, what now"])
async def test_a_name_inside_a_sentence_is_not_an_address(message):
    decision = await make_router({"a": 0.9, "b": 0.0, "general": 0.0}).route(message, CONTEXT)
    assert decision.method == "keywords" and decision.agent == "a"


async def test_a_weak_claim_by_the_agent_in_the_conversation_beats_the_fallback():
    context = ClassifyContext(user_id="u", history=[], profile={}, last_agent="b")
    decision = await make_router({"a": 0.0, "b": 0.2, "general": 0.0}).route("wait the kitkat was yesterday not today", context)
    assert (decision.agent, decision.method) == ("b", "memory")
    outbid = await make_router({"a": 0.25, "b": 0.2, "general": 0.0}).route("wait the kitkat was yesterday not today", context)
    assert outbid.method == "fallback"


async def test_a_word_shared_with_the_last_answer_counts_in_the_singular_too():
    context = after_b("No eggs, omelettes or mayonnaise. No egg noodles, most cakes or pancakes.")
    decision = await make_router({"a": 0.0, "b": 0.0, "general": 0.0}).route("his birthday is in 2 weeks, what cake can I bake", context)
    assert (decision.agent, decision.method) == ("b", "memory")
