"""LLM.choose_agent: the router's tie-break through a forced `choose_agent` function call."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from host.config import LLMConfig
from host.llm import LLM, LLMError
from host.types import Agent, ClassifyContext, RoutingDecision
from tests.openai_server import FakeOpenAI, error, hang, text, tool_calls

AGENTS = [
    Agent("helios", "Helios", "💪", "Fitness: workouts, exercise, training plans."),
    Agent("ceres", "Ceres", "🥗", "Nutrition: meals, calories, diet."),
    Agent("general", "General", "🤖", "Everything else."),
]
CONTEXT = ClassifyContext(user_id="u1", history=[], profile={}, last_agent="ceres")
KEYWORDS = RoutingDecision(
    agent="helios",
    confidence=0.25,
    method="keywords",
    scores={"helios": 0.25, "ceres": 0.2, "general": 0.1},
    reasons={"helios": "protein", "ceres": "protein"},
)


@pytest.fixture
async def llm(openai_server: FakeOpenAI) -> AsyncIterator[LLM]:
    config = LLMConfig(base_url=openai_server.url, api_key="test", max_retries=0, classify_timeout_s=0.5)
    client = LLM(config)
    yield client
    await client.close()


async def test_the_model_choice_becomes_an_llm_decision_keeping_the_keyword_scores(
    llm: LLM, openai_server: FakeOpenAI
) -> None:
    answer = {"agent": "ceres", "confidence": 0.9, "reason": "asks about a protein shake"}
    openai_server.push(tool_calls(("choose_agent", answer)))

    decision = await llm.choose_agent("protein shake after the gym?", AGENTS, CONTEXT, KEYWORDS)

    assert decision == RoutingDecision(
        agent="ceres", confidence=0.9, method="llm", scores=KEYWORDS.scores, reasons=KEYWORDS.reasons
    )


async def test_the_request_forces_a_choice_among_the_agent_names(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(tool_calls(("choose_agent", {"agent": "helios", "confidence": 0.6, "reason": "gym"})))

    await llm.choose_agent("protein shake after the gym?", AGENTS, CONTEXT, KEYWORDS)

    body = openai_server.requests[0].body
    assert body["tool_choice"] == {"type": "function", "function": {"name": "choose_agent"}}
    parameters = body["tools"][0]["function"]["parameters"]
    assert parameters["properties"]["agent"]["enum"] == ["helios", "ceres", "general"]
    assert set(parameters["required"]) == {"agent", "confidence", "reason"}
    system, user = body["messages"]
    assert "ceres: Nutrition: meals, calories, diet." in system["content"]
    assert "previous message went to ceres" in system["content"]
    assert user == {"role": "user", "content": "protein shake after the gym?"}
    assert body.get("stream") in (None, False)


async def test_an_unknown_agent_name_is_an_error(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(tool_calls(("choose_agent", {"agent": "zeus", "confidence": 1, "reason": "?"})))

    with pytest.raises(LLMError) as caught:
        await llm.choose_agent("thunder?", AGENTS, CONTEXT, KEYWORDS)

    assert caught.value.reason == "unknown agent"


async def test_an_answer_that_is_not_json_is_an_error(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(tool_calls(("choose_agent", '{"agent": "ceres"')))

    with pytest.raises(LLMError) as caught:
        await llm.choose_agent("food?", AGENTS, CONTEXT, KEYWORDS)

    assert caught.value.reason == "no routing answer"


async def test_a_json_answer_in_the_text_is_accepted(llm: LLM, openai_server: FakeOpenAI) -> None:
    # Some local servers ignore tool_choice and answer in text.
    openai_server.push(text(json.dumps({"agent": "general", "confidence": 7, "reason": "chit-chat"})))

    decision = await llm.choose_agent("hello", AGENTS, CONTEXT, KEYWORDS)

    assert decision is not None
    assert (decision.agent, decision.confidence, decision.method) == ("general", 1.0, "llm")


async def test_classification_is_bounded_by_its_own_timeout(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(hang(10))

    with pytest.raises(LLMError) as caught:
        await asyncio.wait_for(llm.choose_agent("hm", AGENTS, CONTEXT, KEYWORDS), 5)

    assert caught.value.reason == "timeout"


async def test_a_server_error_while_classifying_is_an_error(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(error(500))

    with pytest.raises(LLMError) as caught:
        await llm.choose_agent("hm", AGENTS, CONTEXT, KEYWORDS)

    assert caught.value.reason == "server error 500"
