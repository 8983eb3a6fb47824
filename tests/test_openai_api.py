"""`/v1` with the real `openai` SDK against the app on loopback: the agents as models, routing
and forcing, streaming framing, OpenAI's error envelope, and the turn stored like any other."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from aiohttp.test_utils import TestClient
from openai import AsyncOpenAI

from host import Agent, Intervention, Reply, hookimpl, keys
from host.config import test_config
from tests.conftest import MakeClient, read_jsonl
from tests.fakes import FALLBACK, BrokenAgent, KeywordAgent
from tests.openai_server import FakeOpenAI, text


def sdk(client: TestClient, **options: Any) -> AsyncOpenAI:
    """The OpenAI SDK pointed at the test app (SDK defaults, retries included, unless given)."""
    return AsyncOpenAI(base_url=str(client.make_url("/v1")), api_key="sk-local-anything", timeout=15, **options)


def agents() -> list[Any]:
    return [KeywordAgent("fitness", ["run", "workout"]), KeywordAgent("food", ["eat", "lunch"]), FALLBACK()]


def user(content: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": content}]


async def raw_stream(client: TestClient, body: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    """POST a streamed request and return the status, headers and the body exactly as sent."""
    async with aiohttp.ClientSession() as session:
        async with session.post(client.make_url("/v1/chat/completions"), json=body, headers=headers or {}) as response:
            return response.status, dict(response.headers), await response.text()


def events(body: str) -> list[Any]:
    """The SSE events of a body framed `data: ...\\n\\n`, parsed (`[DONE]` kept as a string)."""
    assert body.endswith("\n\n"), body[-50:]
    parts = body.split("\n\n")[:-1]
    assert all(part.startswith("data: ") and "\n" not in part for part in parts), parts
    return [part[6:] if part == "data: [DONE]" else json.loads(part[6:]) for part in parts]


# --- models ---------------------------------------------------------------------------------------


async def test_models_list_the_router_and_every_enabled_agent_plugins_included(aiohttp_client: Any, tmp_path: Path) -> None:
    from host.app import create_app
    from host.plugins import make_plugin_manager

    config = test_config(tmp_path / "data", plugins={"disabled": ["ceres", "bridge_render"]})
    app = create_app(config, pm=make_plugin_manager(config))  # the installed plugins, ceres disabled
    client = await aiohttp_client(app)
    models = (await sdk(client).models.list()).data
    assert models[0].id == "agenthost"
    assert sorted(m.id for m in models[1:]) == ["agenthost-general", "agenthost-helios"]
    by_id = {m.id: m.model_dump() for m in models}
    assert by_id["agenthost-helios"]["name"] == "Helios 💪 (agenthost)"
    assert by_id["agenthost-helios"]["owned_by"] == "helios"
    assert "best agent" in by_id["agenthost"]["name"]


async def test_retrieve_a_model_and_an_unknown_one(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    model = await sdk(client).models.retrieve("agenthost-food")
    assert (model.id, model.object, model.model_extra["name"]) == ("agenthost-food", "model", "Food 🧪 (agenthost)")
    with pytest.raises(openai.NotFoundError) as caught:
        await sdk(client).models.retrieve("gpt-4o")
    assert caught.value.code == "model_not_found"
    assert "agenthost-fitness" in caught.value.message


# --- routing and forcing ------------------------------------------------------------------------------


async def test_agenthost_routes_like_the_socket_and_says_who_answered(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    raw = await sdk(client).chat.completions.with_raw_response.create(model="agenthost", messages=user("what should I eat for lunch"))
    completion = raw.parse()
    assert raw.headers["X-Agenthost-Agent"] == "food"
    assert completion.model == "agenthost-food"
    assert completion.choices[0].message.content == "food says: what should I eat for lunch"
    assert completion.choices[0].finish_reason == "stop"
    routing = completion.model_extra["agenthost"]
    assert (routing["agent"], routing["label"], routing["method"]) == ("food", "Food 🧪", "keywords")
    assert routing["scores"] == {"fitness": 0.0, "food": 0.9, "general": 0.0}
    assert completion.usage is not None and completion.usage.completion_tokens > 0


async def test_a_model_per_agent_forces_that_agent(make_client: MakeClient) -> None:
    fitness, food, general = agents()
    client = await make_client(plugins=[fitness, food, general])
    completion = await sdk(client).chat.completions.create(model="agenthost-food", messages=user("I run every day"))
    assert completion.model == "agenthost-food"
    assert completion.choices[0].message.content == "food says: I run every day"  # read as sent, nothing cut
    assert completion.model_extra["agenthost"]["method"] == "mention"
    assert fitness.seen == []


async def test_text_parts_and_system_messages_reach_the_agent(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    class ModelAgent:
        __name__ = "test-model-agent"

        @hookimpl
        def register_agents(self, register: Any) -> None:
            register(Agent("general", "General", "🤖", "everything", system_prompt="You are General."))

        @hookimpl
        async def respond(self, turn: Any) -> Reply:
            return await turn.llm.reply(turn)

    openai_server.push(text("Bonjour !"))
    client = await make_client(plugins=[ModelAgent()], llm={"base_url": openai_server.url, "api_key": "k", "classify": False, "max_retries": 0})
    messages = [
        {"role": "system", "content": "Answer in French."},
        {"role": "developer", "content": [{"type": "text", "text": "Be brief."}]},
        {"role": "user", "content": [{"type": "text", "text": "Say"}, {"type": "text", "text": "hello"}]},
    ]
    completion = await sdk(client).chat.completions.create(model="agenthost", messages=messages)
    assert completion.choices[0].message.content == "Bonjour !"
    sent = openai_server.requests[0].messages
    assert [(m["role"], m["content"]) for m in sent] == [
        ("system", "You are General."), ("system", "Answer in French."), ("system", "Be brief."), ("user", "Say\nhello"),
    ]


async def test_the_safety_guard_screens_v1_messages_first(make_client: MakeClient) -> None:
    class Guard:
        __name__ = "test-guard"

        @hookimpl
        def screen(self, message: str, context: Any) -> Intervention | None:
            assert context.transport == "openai"
            return Intervention("cardiac", "urgent", "t.chest", reply="Stop and call a doctor.") if "chest" in message else None

    fitness, food, general = agents()
    client = await make_client(plugins=[fitness, food, general, Guard()])
    raw = await sdk(client).chat.completions.with_raw_response.create(model="agenthost-fitness", messages=user("chest pain when I run"))
    completion = raw.parse()
    assert completion.choices[0].message.content == "Stop and call a doctor."
    assert (completion.model, raw.headers["X-Agenthost-Agent"]) == ("agenthost-safety", "safety")
    assert completion.model_extra["agenthost"]["safety"]["category"] == "cardiac"
    assert fitness.seen == []


# --- streaming ----------------------------------------------------------------------------------------


async def test_a_stream_is_framed_as_openai_frames_it(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    body = {"model": "agenthost", "messages": user("time for a workout"), "stream": True}
    status, headers, raw = await raw_stream(client, body)
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    assert headers["X-Agenthost-Agent"] == "fitness"
    sent = events(raw)
    assert sent[-1] == "[DONE]"
    chunks = sent[:-1]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": "", "refusal": None}
    finishes = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"] is not None]
    assert len(finishes) == 1 and finishes[0] is chunks[-1]  # one finish chunk, the last, no usage chunk
    assert finishes[0]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
    assert finishes[0]["agenthost"]["method"] == "keywords"
    assert "usage" not in chunks[-1]
    assert {c["model"] for c in chunks} == {"agenthost-fitness"} and len({c["id"] for c in chunks}) == 1
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "fitness says: time for a workout"


async def test_a_usage_chunk_comes_only_when_asked(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    body = {"model": "agenthost", "messages": user("lunch ideas"), "stream": True, "stream_options": {"include_usage": True}}
    sent = events((await raw_stream(client, body))[2])
    usage_chunk = sent[-2]
    assert usage_chunk["choices"] == [] and usage_chunk["usage"]["total_tokens"] > 0
    assert all(c["usage"] is None for c in sent[:-2])  # OpenAI's shape: null until the last
    assert sent[-3]["choices"][0]["finish_reason"] == "stop"


async def test_stream_text_equals_non_stream_text(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    api = sdk(client)
    plain = await api.chat.completions.create(model="agenthost", messages=user("I run fast"))
    stream = await api.chat.completions.create(model="agenthost", messages=user("I run fast"), stream=True)
    pieces, finishes = [], 0
    async for chunk in stream:
        pieces.append(chunk.choices[0].delta.content or "")
        finishes += chunk.choices[0].finish_reason is not None
    assert "".join(pieces) == plain.choices[0].message.content == "fitness says: I run fast"
    assert finishes == 1


async def test_the_sdk_stream_helper_builds_the_final_completion(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    async with sdk(client).chat.completions.stream(
        model="agenthost-general", messages=user("hello"), stream_options={"include_usage": True}
    ) as stream:
        completion = await stream.get_final_completion()
    assert completion.model == "agenthost-general"
    assert completion.choices[0].message.content == "general heard: hello"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.prompt_tokens > 0


async def test_a_model_that_breaks_mid_stream_is_followed_by_the_offline_answer(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    from tests.openai_server import broken_stream

    class Coach:
        __name__ = "test-coach"

        @hookimpl
        def register_agents(self, register: Any) -> None:
            register(Agent("general", "General", "🤖", "everything"))

        @hookimpl
        async def respond(self, turn: Any) -> Reply:
            return await turn.llm.reply(turn) if turn.llm else Reply("Offline answer.")

    openai_server.push(broken_stream("Model words that never end", after=2))
    client = await make_client(plugins=[Coach()], llm={"base_url": openai_server.url, "api_key": "k", "classify": False, "max_retries": 0})
    sent = events((await raw_stream(client, {"model": "agenthost", "messages": user("hi"), "stream": True}))[2])
    streamed = "".join(c["choices"][0]["delta"].get("content", "") for c in sent[:-1])
    assert streamed == "Model words\n\nOffline answer."  # what was shown stays; the answer follows
    assert sent[-2]["agenthost"]["llm_error"] == "stream interrupted"


# --- errors ----------------------------------------------------------------------------------------------


async def test_an_unknown_model_is_not_found(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    with pytest.raises(openai.NotFoundError) as caught:
        await sdk(client).chat.completions.create(model="agenthost-owl", messages=user("hi"))
    assert (caught.value.code, caught.value.body["param"]) == ("model_not_found", "model")


async def test_an_agent_that_raises_is_a_500_the_sdk_does_not_retry(make_client: MakeClient, tmp_path: Path) -> None:
    calls = []

    class Counting(BrokenAgent):
        @hookimpl
        async def respond(self, turn: Any) -> Any:
            calls.append(turn.message)
            raise KeyError("secret internal detail")

    client = await make_client(plugins=[Counting(), FALLBACK()])
    api = sdk(client)  # the SDK's default max_retries (2) would retry a plain 500
    for stream in (False, True):
        with pytest.raises(openai.InternalServerError) as caught:
            await api.chat.completions.create(model="agenthost-broken", messages=user("broken please"), stream=stream)
        assert caught.value.response.headers["x-should-retry"] == "false"
        assert caught.value.code == "internal"
        assert "secret internal detail" not in caught.value.message
    assert calls == ["broken please", "broken please"]  # once per request
    records = read_jsonl(tmp_path / "data" / "local" / "history.jsonl")
    assert [(r["role"], r.get("code")) for r in records] == [("user", None), ("error", "internal")] * 2


@pytest.mark.parametrize(
    ("change", "param", "words"),
    [
        ({"n": 2}, "n", "'n' must be 1"),
        ({"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Hello"}]}, "messages[1].role", "last message"),
        ({"messages": user([{"type": "image_url", "image_url": {"url": "data:,"}}])}, "messages[0].content[0]", "text parts only"),
        ({"messages": user("   ")}, "messages[0].content", "empty"),
        ({"messages": user("x" * 20_000)}, "messages[0].content", "server.max_message_bytes"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role", "must be one of"),
        ({"messages": []}, "messages", "non-empty"),
        ({"model": None}, "model", "'model' is required"),
        ({"user": "../etc"}, "user", "not a valid agenthost user id"),
    ],
    ids=["n", "assistant-last", "image", "empty", "too-large", "role", "no-messages", "no-model", "bad-user"],
)
async def test_bad_requests_are_400_naming_the_param(make_client: MakeClient, tmp_path: Path, change: dict[str, Any], param: str, words: str) -> None:
    client = await make_client(plugins=agents())
    body: dict[str, Any] = {"model": "agenthost", "messages": user("hi"), **change}
    with pytest.raises(openai.BadRequestError) as caught:
        await sdk(client).chat.completions.create(**body)
    assert caught.value.body["param"] == param
    assert words in caught.value.message
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())  # nothing stored


async def test_unsupported_parameters_are_ignored(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    completion = await sdk(client).chat.completions.create(
        model="agenthost", messages=user("I run"), temperature=0.2, max_tokens=5, top_p=0.5, seed=1, n=1,
        tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        extra_body={"frobnicate": True},
    )
    assert completion.choices[0].message.content == "fitness says: I run"


async def test_a_full_queue_is_429_with_retry_after(make_client: MakeClient) -> None:
    gate = asyncio.Event()
    slow = KeywordAgent("slow", ["slow"], gate=gate)
    client = await make_client(plugins=[slow, FALLBACK()], server={"max_queued_per_user": 1})
    api = sdk(client, max_retries=0)
    dispatcher = client.app[keys.DISPATCHER]

    async def until(condition: Any) -> None:
        async with asyncio.timeout(5):
            while not condition():
                await asyncio.sleep(0.01)

    first = asyncio.ensure_future(api.chat.completions.create(model="agenthost", messages=user("slow one")))
    await until(lambda: slow.active == 1)  # in flight
    second = asyncio.ensure_future(api.chat.completions.create(model="agenthost", messages=user("slow two")))
    await until(lambda: dispatcher.queued() == 1)  # waiting behind it
    with pytest.raises(openai.RateLimitError) as caught:
        await api.chat.completions.create(model="agenthost", messages=user("slow three"))
    assert caught.value.response.headers["Retry-After"] == "1"
    assert caught.value.code == "rate_limit_exceeded"
    gate.set()
    assert [(await f).choices[0].message.content for f in (first, second)] == ["slow says: slow one", "slow says: slow two"]


async def test_other_v1_paths_are_404_in_openais_envelope(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    with pytest.raises(openai.NotFoundError) as caught:
        await sdk(client).embeddings.create(model="agenthost", input="hi")
    assert caught.value.code == "unknown_url"
    assert "POST /v1/chat/completions" in caught.value.message


async def test_a_body_that_is_not_json_is_400(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents())
    response = await client.post("/v1/chat/completions", data=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["error"]["type"] == "invalid_request_error"


# --- identity, storage and memory -----------------------------------------------------------------------


async def test_the_turn_is_stored_like_a_socket_message(make_client: MakeClient, tmp_path: Path) -> None:
    client = await make_client(plugins=agents())
    api = sdk(client)
    completion = await api.chat.completions.create(
        model="agenthost", messages=user("I run"), user="alice", extra_headers={"X-Agenthost-Conversation-Id": "chat-7"}
    )
    asked, answered = read_jsonl(tmp_path / "data" / "alice" / "history.jsonl")
    assert (asked["role"], asked["text"], asked["transport"], asked["conversation"]) == ("user", "I run", "openai", "chat-7")
    assert (answered["role"], answered["text"], answered["agent"]) == ("assistant", "fitness says: I run", "fitness")
    assert answered["reply_to"] == asked["id"] == completion.model_extra["agenthost"]["message_id"]
    assert completion.id == f"chatcmpl-{asked['id']}"
    assert "fitness says: I run" in (tmp_path / "data" / "alice" / "conversations.md").read_text()


class Remembering(KeywordAgent):
    """Answers with what it remembers of the conversation (the user messages in turn.history)."""

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        said = [r["text"] for r in turn.history if r["role"] == "user" and r.get("id") != turn.message_id]
        return Reply(f"remembered {said}")


async def test_memory_follows_the_conversation_not_the_uis_copy(make_client: MakeClient) -> None:
    client = await make_client(plugins=[Remembering("memo", ["memo"]), FALLBACK()])
    api = sdk(client)
    first = await api.chat.completions.create(model="agenthost-memo", messages=user("memo one"))
    assert first.choices[0].message.content == "remembered []"
    # The UI resends the conversation (it may differ from what was said: the server's history counts).
    again = [*user("memo one"), {"role": "assistant", "content": "edited by the UI"}, *user("memo two")]
    second = await api.chat.completions.create(model="agenthost-memo", messages=again)
    assert second.choices[0].message.content == "remembered ['memo one']"
    assert second.model_extra["agenthost"]["conversation"] == first.model_extra["agenthost"]["conversation"]
    # Another chat (another opening) starts with no memory; an explicit id or Open WebUI's header names one.
    other = await api.chat.completions.create(model="agenthost-memo", messages=user("memo three"))
    assert other.choices[0].message.content == "remembered []"
    for header in ("X-Agenthost-Conversation-Id", "X-OpenWebUI-Chat-Id"):
        for text_ in ("memo a", "memo b"):
            reply = await api.chat.completions.create(model="agenthost-memo", messages=user(text_), extra_headers={header: f"c-{header}"})
        assert reply.choices[0].message.content == "remembered ['memo a']"
        assert reply.model_extra["agenthost"]["conversation"] == f"c-{header}"


async def test_without_auth_the_user_field_or_open_webuis_header_names_the_user(make_client: MakeClient, tmp_path: Path) -> None:
    client = await make_client(plugins=agents())
    api = sdk(client)
    await api.chat.completions.create(model="agenthost", messages=user("I run"), user="bob")
    await api.chat.completions.create(model="agenthost", messages=user("I run"), extra_headers={"X-OpenWebUI-User-Id": "carol"})
    await api.chat.completions.create(model="agenthost", messages=user("I run"))
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["bob", "carol", "local"]


async def test_a_client_that_hangs_up_mid_stream_still_gets_its_turn_stored(make_client: MakeClient, tmp_path: Path) -> None:
    gate = asyncio.Event()

    class Streamer(KeywordAgent):
        @hookimpl
        async def respond(self, turn: Any) -> Reply:
            await turn.stream("first part ")
            await gate.wait()
            await turn.stream("second part")
            return Reply("first part second part")

    client = await make_client(plugins=[Streamer("talk", ["talk"]), FALLBACK()])
    async with aiohttp.ClientSession() as session:
        response = await session.post(client.make_url("/v1/chat/completions"), json={"model": "agenthost", "messages": user("talk"), "stream": True})
        assert b"first part" in await response.content.readuntil(b"first part")
        response.close()  # the client goes away
    gate.set()
    async with asyncio.timeout(5):
        while len(read_jsonl(tmp_path / "data" / "local" / "history.jsonl")) < 2:
            await asyncio.sleep(0.05)
    assert read_jsonl(tmp_path / "data" / "local" / "history.jsonl")[-1]["text"] == "first part second part"


# --- with auth on ----------------------------------------------------------------------------------------


async def test_with_auth_the_api_key_is_the_token_and_its_user_speaks(make_client: MakeClient, tmp_path: Path) -> None:
    from tests.test_auth import JWT, token

    client = await make_client(plugins=agents(), auth=JWT)
    base = str(client.make_url("/v1"))
    for key, words in ((token("alice", ttl=-60), "expired"), (token("alice", secret="another-secret-that-is-long-enough-0123456789"), "signature"),
                       ("sk-not-a-token", "not a valid agenthost token")):
        with pytest.raises(openai.AuthenticationError) as caught:
            await AsyncOpenAI(base_url=base, api_key=key).chat.completions.create(model="agenthost", messages=user("I run"))
        assert caught.value.code == "invalid_api_key" and words in caught.value.message.lower(), caught.value.message
        with pytest.raises(openai.AuthenticationError):
            await AsyncOpenAI(base_url=base, api_key=key).models.list()
    response = await client.post("/v1/chat/completions", json={"model": "agenthost", "messages": user("I run")})  # no key at all
    assert response.status == 401 and (await response.json())["error"]["code"] == "invalid_api_key"
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())

    alice = AsyncOpenAI(base_url=base, api_key=token("alice"))
    assert [m.id for m in (await alice.models.list()).data][0] == "agenthost"
    # A chat token speaks for its own user: a `user` field (LibreChat always sends one) is not who asks.
    completion = await alice.chat.completions.create(model="agenthost", messages=user("I run"), user="mallory")
    assert completion.choices[0].message.content == "fitness says: I run"
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["alice"]


async def test_an_admin_token_may_speak_for_the_users_of_a_chat_ui(make_client: MakeClient, tmp_path: Path) -> None:
    from tests.test_auth import JWT, token

    client = await make_client(plugins=agents(), auth=JWT)
    gateway = AsyncOpenAI(base_url=str(client.make_url("/v1")), api_key=token("webui", scope="admin"))
    await gateway.chat.completions.create(model="agenthost", messages=user("I run"), user="bob")
    await gateway.chat.completions.create(model="agenthost", messages=user("I run"), extra_headers={"X-OpenWebUI-User-Id": "carol"})
    await gateway.chat.completions.create(model="agenthost", messages=user("I run"))
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["bob", "carol", "webui"]


async def test_the_sockets_message_rate_limits_apply_to_v1(make_client: MakeClient) -> None:
    client = await make_client(plugins=agents(), limits={"messages_per_user": "2/minute"})
    api = sdk(client, max_retries=0)
    for _ in range(2):
        await api.chat.completions.create(model="agenthost", messages=user("I run"), user="dee")
    with pytest.raises(openai.RateLimitError) as caught:
        await api.chat.completions.create(model="agenthost", messages=user("I run"), user="dee")
    assert int(caught.value.response.headers["Retry-After"]) >= 1
    await api.chat.completions.create(model="agenthost", messages=user("I run"), user="eve")  # another user is not held up
