"""What the model is told: system prompt, profile, recent history (within a budget), message."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from host.config import LLMConfig
from host.llm import LLM, history_messages
from tests.openai_server import FakeOpenAI, make_turn, text


def record(role: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "text": text, "agent": "helios", "timestamp": "2024-01-01T00:00:00Z", **extra}


@pytest.fixture
async def llm(openai_server: FakeOpenAI) -> AsyncIterator[LLM]:
    client = LLM(LLMConfig(base_url=openai_server.url, api_key="test", max_retries=0, timeout_s=5))
    yield client
    await client.close()


async def test_the_request_carries_prompt_profile_history_and_message_with_their_roles(
    llm: LLM, openai_server: FakeOpenAI
) -> None:
    openai_server.push(text("Nice to see you again, Sam."))
    history = [record("user", "I want to run a 10k"), record("assistant", "Great goal! Start with 3 runs a week.")]
    turn = make_turn(
        "What should I do today?",
        system_prompt="You are Helios.",
        history=history,
        profile={"name": "Sam", "goals": ["run a 10k"], "empty": ""},
    )

    await llm.reply(turn)

    assert openai_server.requests[0].messages == [
        {"role": "system", "content": "You are Helios."},
        {"role": "system", "content": 'What is known about the user (shared by all agents): name: Sam; goals: ["run a 10k"]'},
        {"role": "user", "content": "I want to run a 10k"},
        {"role": "assistant", "content": "Great goal! Start with 3 runs a week."},
        {"role": "user", "content": "What should I do today?"},
    ]


async def test_no_profile_means_no_profile_note(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(text("Hi."))

    await llm.reply(make_turn("hi", system_prompt="You are Helios."))

    assert [m["role"] for m in openai_server.requests[0].messages] == ["system", "user"]


async def test_the_history_budget_drops_the_oldest_turns_first(openai_server: FakeOpenAI) -> None:
    # Each record costs 100/4 + 4 = 29 estimated tokens; a budget of 60 keeps two.
    history = [record("user" if i % 2 == 0 else "assistant", f"{i}" * 100) for i in range(6)]
    openai_server.push(text("ok"))
    llm = LLM(LLMConfig(base_url=openai_server.url, api_key="test", max_retries=0, history_token_budget=60))
    try:
        await llm.reply(make_turn("now", history=history))
    finally:
        await llm.close()

    sent = openai_server.requests[0].messages
    assert sent[1:] == [
        {"role": "user", "content": "4" * 100},
        {"role": "assistant", "content": "5" * 100},
        {"role": "user", "content": "now"},
    ]


def test_history_keeps_only_user_and_assistant_text_records() -> None:
    history = [record("user", "a"), {"role": "tool", "text": "x"}, record("assistant", ""), {"role": "user"}, record("assistant", "b")]

    assert history_messages(history, 1000) == [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]


def test_the_current_message_at_the_end_of_history_is_not_sent_twice() -> None:
    history = [record("user", "earlier"), record("assistant", "reply"), record("user", "now", id="m-7")]

    assert history_messages(history, 1000, ("m-7", "now")) == [
        {"role": "user", "content": "earlier"},
        {"role": "assistant", "content": "reply"},
    ]
    # A record with another id is an earlier message that happens to read the same.
    assert len(history_messages(history, 1000, ("m-8", "now"))) == 3


def test_a_zero_budget_sends_no_history() -> None:
    assert history_messages([record("user", "a"), record("assistant", "b")], 0) == []
