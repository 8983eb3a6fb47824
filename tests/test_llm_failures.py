"""How LLM.reply fails: each failure is an LLMError with a short reason, and nothing stalls."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from host.config import LLMConfig
from host.llm import LLM, LLMError, make_llm
from tests.openai_server import (
    Deltas,
    FakeOpenAI,
    Script,
    broken_stream,
    closed_port_url,
    error,
    hang,
    make_turn,
    text,
)


def make_client(url: str, **settings: object) -> LLM:
    config = LLMConfig(base_url=url, api_key="sk-test-secret", max_retries=0, timeout_s=0.5)
    for name, value in settings.items():
        setattr(config, name, value)
    return LLM(config)


@pytest.fixture
async def llm(openai_server: FakeOpenAI) -> AsyncIterator[LLM]:
    client = make_client(openai_server.url)
    yield client
    await client.close()


def stalls_after_first_token() -> Script:
    script = text("partial answer that never ends")
    script.token_delay = 10.0  # far beyond the 0.5 s read timeout
    return script


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (lambda: hang(10), "timeout"),
        (stalls_after_first_token, "timeout"),
        (lambda: error(401, message="Incorrect API key provided: sk-test-secret"), "authentication failed"),
        (lambda: error(429, headers={"Retry-After": "1"}), "rate limited"),
        (lambda: error(500, message="Traceback: internal detail"), "server error 500"),
        (lambda: error(503), "server error 503"),
        (lambda: broken_stream("one two three four five", after=2), "stream interrupted"),
    ],
    ids=["timeout", "stall-mid-stream", "401", "429", "500", "503", "broken-stream"],
)
async def test_a_failing_server_gives_an_llm_error_with_a_short_reason(
    llm: LLM, openai_server: FakeOpenAI, script: Callable[[], Script], reason: str
) -> None:
    openai_server.push(script())

    with pytest.raises(LLMError) as caught:
        await asyncio.wait_for(llm.reply(make_turn("hi")), 10)

    assert caught.value.reason == reason
    assert str(caught.value) == reason  # nothing from the server's error text
    assert len(openai_server.requests) == 1  # max_retries=0: no retry


async def test_connection_refused_is_connection_failed() -> None:
    llm = make_client(closed_port_url())
    try:
        with pytest.raises(LLMError) as caught:
            await asyncio.wait_for(llm.reply(make_turn("hi")), 10)
    finally:
        await llm.close()
    assert caught.value.reason == "connection failed"


async def test_a_broken_stream_has_streamed_what_arrived_before_the_break(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(broken_stream("one two three four", after=2))
    deltas = Deltas()

    with pytest.raises(LLMError):
        await llm.reply(make_turn("hi", stream=deltas))

    assert deltas.deltas == ["one", " two"]


async def test_a_stream_that_ends_without_finishing_is_interrupted(llm: LLM, openai_server: FakeOpenAI) -> None:
    # Every delta arrives and the body ends cleanly, but the model never finished: no
    # finish_reason, no [DONE] (a proxy that closed the response early).
    script = text("all of it")
    script.complete = False
    openai_server.push(script)

    with pytest.raises(LLMError) as caught:
        await llm.reply(make_turn("hi"))

    assert caught.value.reason == "stream interrupted"


async def test_429_is_retried_after_the_retry_after_delay(openai_server: FakeOpenAI) -> None:
    openai_server.push(error(429, headers={"Retry-After": "0.3"}), text("Worth the wait."))
    llm = make_client(openai_server.url, max_retries=1)
    try:
        reply = await asyncio.wait_for(llm.reply(make_turn("hi")), 10)
    finally:
        await llm.close()

    assert reply.text == "Worth the wait."
    first, second = openai_server.requests
    assert second.received_at - first.received_at >= 0.3


async def test_a_retry_after_beyond_two_minutes_is_not_waited_for(openai_server: FakeOpenAI) -> None:
    openai_server.push(error(429, headers={"Retry-After": "3600"}), text("never sent"))
    llm = make_client(openai_server.url, max_retries=2)
    try:
        with pytest.raises(LLMError) as caught:
            await asyncio.wait_for(llm.reply(make_turn("hi")), 10)
    finally:
        await llm.close()

    assert caught.value.reason == "rate limited"
    assert len(openai_server.requests) == 1


async def test_a_500_is_retried_by_the_sdk(openai_server: FakeOpenAI) -> None:
    openai_server.push(error(500, headers={"Retry-After": "0.05"}), text("Second time lucky."))
    llm = make_client(openai_server.url, max_retries=1)
    try:
        reply = await asyncio.wait_for(llm.reply(make_turn("hi")), 10)
    finally:
        await llm.close()

    assert reply.text == "Second time lucky."
    assert len(openai_server.requests) == 2


async def test_an_empty_answer_is_an_error(llm: LLM, openai_server: FakeOpenAI) -> None:
    openai_server.push(text(""))

    with pytest.raises(LLMError) as caught:
        await llm.reply(make_turn("hi"))

    assert caught.value.reason == "empty reply"


async def test_a_hanging_request_does_not_hold_up_another_users_turn(openai_server: FakeOpenAI) -> None:
    openai_server.push(hang(10, when="slow"), text("Quick answer.", when="fast"))
    llm = make_client(openai_server.url, timeout_s=5)
    try:
        slow = asyncio.create_task(llm.reply(make_turn("slow please")))
        await asyncio.sleep(0)  # the slow request goes out first
        fast = await asyncio.wait_for(llm.reply(make_turn("fast please")), 4)
        assert fast.text == "Quick answer."
        assert not slow.done()
        slow.cancel()
    finally:
        await llm.close()


def test_without_key_or_base_url_the_host_runs_offline() -> None:
    assert make_llm(LLMConfig()) is None


async def test_a_base_url_without_a_key_sends_a_placeholder_key(openai_server: FakeOpenAI) -> None:
    openai_server.push(text("ok"))
    llm = make_llm(LLMConfig(base_url=openai_server.url, max_retries=0))
    assert llm is not None
    try:
        await llm.reply(make_turn("hi"))
    finally:
        await llm.close()

    assert openai_server.requests[0].headers["Authorization"] == "Bearer not-needed"


def test_describe_names_model_and_server_but_never_the_key() -> None:
    llm = make_llm(LLMConfig(api_key="sk-very-secret", base_url="http://user:pw@127.0.0.1:9/v1", model="m1"))
    assert llm is not None

    described = llm.describe()

    assert described == {"mode": "llm", "model": "m1", "base_url": "http://127.0.0.1:9/v1"}
    assert "secret" not in repr(described) and "pw" not in repr(described)


def test_describe_with_only_a_key_names_the_openai_server() -> None:
    llm = make_llm(LLMConfig(api_key="sk-x"))
    assert llm is not None
    assert llm.describe()["base_url"] == "https://api.openai.com/v1"
