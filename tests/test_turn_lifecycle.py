"""A turn's lifecycle as a client and the storage see it: the message is stored at once, every
turn ends in one final frame that the history also records, side effects happen once, the
model has one deadline, and shutdown answers or tells every turn in flight."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from host import keys
from host import text as host_text
from host import Agent, Intervention, Reply, Score, Tool, ToolContext, hookimpl
from host.app import create_app
from host.config import test_config
from host.plugins import make_plugin_manager
from tests.conftest import MakeClient, read_jsonl, receive_until
from tests.fakes import FALLBACK, KeywordAgent
from tests.openai_server import FakeOpenAI, Script, ScriptedCall, broken_stream, error, hang, text, tool_calls
from tests.test_shutdown import free_port

MEAL_SCHEMA = {"type": "object", "properties": {"food": {"type": "string"}}, "required": ["food"]}


class MealAgent:
    """Logs what the user ate with a side-effect tool, through the model or offline."""

    __name__ = "test-meals"

    def __init__(self) -> None:
        self.logged: list[str] = []

    async def log_meal(self, context: ToolContext, food: str) -> dict[str, Any]:
        self.logged.append(food)
        await context.store.append_records("meals.jsonl", [{"food": food}])
        return {"logged": food, "meals_today": len(self.logged)}

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("meals", "Meals", "🍎", "logs meals", system_prompt="You log meals."))

    @hookimpl
    def register_tools(self, register: Any) -> None:
        register(Tool("log_meal", "Log a meal.", MEAL_SCHEMA, self.log_meal, agent="meals", side_effects=True))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("meals", 0.9, "test")

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        if turn.llm is not None:
            return await turn.llm.reply(turn)
        result = await turn.call_tool("log_meal", food=turn.message)
        return Reply(f"offline: logged {result['logged']} ({result['meals_today']} today)")


def llm_settings(url: str, **extra: Any) -> dict[str, Any]:
    return {"base_url": url, "api_key": "test", "max_retries": 0, "timeout_s": 30.0, "classify": False, **extra}


async def send(client: Any, user: str, message: str, message_id: str = "m1", timeout: float = 15) -> list[dict[str, Any]]:
    ws = await client.ws_connect(f"/ws/{user}")
    try:
        assert (await ws.receive_json())["type"] == "welcome"
        await ws.send_json({"type": "message", "message": message, "id": message_id})
        return await receive_until(ws, "message", timeout=timeout)
    finally:
        await ws.close()


# --- received: stored at once -----------------------------------------------------------------


async def test_the_users_message_is_stored_before_the_agent_answers(make_client: MakeClient, tmp_path: Path) -> None:
    gate = asyncio.Event()
    client = await make_client(plugins=[KeywordAgent("slow", ["slow"], gate=gate), FALLBACK()])
    ws = await client.ws_connect("/ws/ann")
    await ws.receive_json()
    await ws.send_json({"message": "slow please", "id": "a1"})
    assert (await ws.receive_json())["type"] == "typing"
    history = tmp_path / "data" / "ann" / "history.jsonl"
    assert [(r["role"], r["text"], r["id"]) for r in read_jsonl(history)] == [("user", "slow please", "a1")]
    gate.set()
    await receive_until(ws, "message")
    assert [r["role"] for r in read_jsonl(history)] == ["user", "assistant"]


async def test_an_agent_that_fails_ends_in_an_error_frame_and_an_error_record(make_client: MakeClient, tmp_path: Path) -> None:
    from tests.fakes import BrokenAgent

    client = await make_client(plugins=[BrokenAgent("raise"), FALLBACK()])
    ws = await client.ws_connect("/ws/bo")
    await ws.receive_json()
    await ws.send_json({"message": "broken thing", "id": "b1"})
    error_frame = (await receive_until(ws, "error"))[-1]
    assert (error_frame["code"], error_frame["reply_to"]) == ("internal", "b1")
    user, failure = read_jsonl(tmp_path / "data" / "bo" / "history.jsonl")
    assert user["text"] == "broken thing"
    assert (failure["role"], failure["code"], failure["reply_to"], failure["agent"]) == ("error", "internal", "b1", "broken")
    assert "secret internal detail" not in failure["text"]


# --- side effects once -------------------------------------------------------------------------


async def test_a_model_that_breaks_after_a_tool_call_does_not_log_the_meal_twice(
    make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path
) -> None:
    agent = MealAgent()
    openai_server.push(tool_calls(("log_meal", {"food": "one apple"})), broken_stream("Logged your apple and", after=2))
    client = await make_client(plugins=[agent], llm=llm_settings(openai_server.url))

    frames = await send(client, "al", "I had one apple")

    final = frames[-1]
    assert final["metadata"]["llm_error"] == "stream interrupted"
    assert final["message"] == "offline: logged one apple (1 today)"  # the model's result, reused
    assert agent.logged == ["one apple"]
    assert len(read_jsonl(tmp_path / "data" / "al" / "meals.jsonl")) == 1
    assistant = read_jsonl(tmp_path / "data" / "al" / "history.jsonl")[-1]
    assert [call["name"] for call in assistant["tool_calls"]] == ["log_meal"]


async def test_a_call_id_the_model_repeats_runs_the_tool_once(
    make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path
) -> None:
    agent = MealAgent()
    repeated = ScriptedCall("log_meal", '{"food": "toast"}', id="call_same")
    openai_server.push(
        Script(tool_calls=[repeated]),
        Script(tool_calls=[ScriptedCall("log_meal", '{"food": "toast"}', id="call_same")]),
        text("Logged your toast."),
    )
    client = await make_client(plugins=[agent], llm=llm_settings(openai_server.url))

    frames = await send(client, "al", "toast for breakfast")

    assert frames[-1]["message"] == "Logged your toast."
    assert agent.logged == ["toast"]
    assistant = read_jsonl(tmp_path / "data" / "al" / "history.jsonl")[-1]
    assert len(assistant["tool_calls"]) == 1


async def test_the_offline_answer_still_logs_what_the_model_never_did(
    make_client: MakeClient, openai_server: FakeOpenAI
) -> None:
    agent = MealAgent()
    openai_server.push(error(500))
    client = await make_client(plugins=[agent], llm=llm_settings(openai_server.url))
    frames = await send(client, "al", "a banana")
    assert frames[-1]["message"] == "offline: logged a banana (1 today)"
    assert agent.logged == ["a banana"]


# --- one deadline for the model ------------------------------------------------------------------


def dripping() -> Script:
    return text(["word "] * 60, token_delay=0.25)


@pytest.mark.parametrize(
    ("script", "extra"),
    [
        (lambda: hang(60), {}),
        (lambda: error(429, headers={"Retry-After": "50"}), {"max_retries": 2}),
        (dripping, {}),
    ],
    ids=["hung", "retry-after-50s", "one-token-a-quarter-second"],
)
async def test_a_slow_model_gives_the_offline_answer_within_the_deadline(
    make_client: MakeClient, openai_server: FakeOpenAI, script: Any, extra: dict[str, Any]
) -> None:
    openai_server.push(script())
    openai_server.default = script()
    client = await make_client(plugins=[MealAgent()], llm=llm_settings(openai_server.url, deadline_s=1.5, **extra))
    async with asyncio.timeout(10):  # far below the 30 s request timeout and the 50 s Retry-After
        frames = await send(client, "dee", "soup")
    assert frames[-1]["type"] == "message"
    assert frames[-1]["message"].startswith("offline: logged soup")
    assert frames[-1]["metadata"]["llm_error"] in ("deadline", "timeout")


async def test_a_huge_model_reply_is_cut_at_the_cap(make_client: MakeClient, openai_server: FakeOpenAI, tmp_path: Path) -> None:
    openai_server.push(text("blah " * 2000))
    client = await make_client(plugins=[_LLMAgent()], llm=llm_settings(openai_server.url, max_reply_chars=100))
    frames = await send(client, "cap", "tell me everything")
    final = frames[-1]
    assert len(final["message"]) == 101 and final["message"].endswith("…")
    assert final["metadata"]["truncated"] is True
    assert sum(len(f["delta"]) for f in frames if f["type"] == "chunk") == 101
    assert read_jsonl(tmp_path / "data" / "cap" / "history.jsonl")[-1]["text"] == final["message"]


class _LLMAgent:
    __name__ = "test-llm-agent"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("general", "General", "🤖", "everything"))

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        return await turn.llm.reply(turn) if turn.llm else Reply("offline")


# --- hooks through pluggy -------------------------------------------------------------------------


class Spy:
    """A plugin with only hook wrappers: it must see every classify and respond call."""

    __name__ = "test-spy"

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    @hookimpl(wrapper=True)
    def classify(self, message: str) -> Any:
        self.seen.append(("classify", message))
        return (yield)

    @hookimpl(wrapper=True)
    def respond(self, turn: Any) -> Any:
        self.seen.append(("respond", turn.message))
        return (yield)


async def test_a_hookwrapper_sees_every_classify_and_respond_call(make_client: MakeClient) -> None:
    spy = Spy()
    client = await make_client(plugins=[KeywordAgent("fitness", ["run"]), KeywordAgent("food", ["eat"]), FALLBACK(), spy])
    spy.seen.clear()  # the startup warm-up's classify calls (test_screening_and_routing_are_warmed_up...)
    for number, message in enumerate(["I run", "what to eat"]):
        await send(client, "sp", message, message_id=f"s{number}")
    # Two plugins implement classify (FALLBACK does not): the wrapper sees each plugin's call.
    assert spy.seen == [
        ("classify", "I run"), ("classify", "I run"), ("respond", "I run"),
        ("classify", "what to eat"), ("classify", "what to eat"), ("respond", "what to eat"),
    ]


async def test_hook_call_monitoring_traces_the_calls(make_client: MakeClient) -> None:
    client = await make_client(plugins=[KeywordAgent("fitness", ["run"]), FALLBACK()])
    pm = client.app[keys.PLUGIN_MANAGER]
    traced: list[str] = []
    undo = pm.add_hookcall_monitoring(lambda name, impls, kwargs: traced.append(name), lambda *args: None)
    try:
        await send(client, "tr", "I run")
    finally:
        undo()
    assert "classify" in traced and "respond" in traced


# --- screen ---------------------------------------------------------------------------------------


class Screen:
    def __init__(self, result: Any = None, fail: bool = False) -> None:
        self.__name__ = f"test-screen-{id(self)}"
        self.result = result
        self.fail = fail

    @hookimpl
    def screen(self, message: str, context: Any) -> Any:
        if self.fail:
            raise RuntimeError("guard bug")
        return self.result if "flag" in message else None


class SafetyAware(KeywordAgent):
    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        return Reply(f"safety={turn.safety.rule_id if turn.safety else None}")


async def test_an_answer_from_screen_replies_before_routing_as_safety(make_client: MakeClient, tmp_path: Path) -> None:
    agent = KeywordAgent("food", ["flag"])
    urgent = Intervention("cardiac", "urgent", "t.chest", reply="Please stop and get checked today.")
    mild = Intervention("cardiac", "advise", "t.mild", reply="Take it easy.")
    client = await make_client(plugins=[agent, FALLBACK(), Screen(mild), Screen(urgent)])
    frames = await send(client, "sy", "@food flag this")
    final = frames[-1]
    assert final["message"] == "Please stop and get checked today."
    assert (final["agent"], final["metadata"]["agent_id"], final["metadata"]["routing"]["method"]) == ("Safety 🛟", "safety", "safety")
    assert final["metadata"]["safety"] == {"category": "cardiac", "severity": "urgent", "rule_id": "t.chest", "action": "answer"}
    assert agent.seen == []  # no agent was asked, even one addressed by name
    assistant = read_jsonl(tmp_path / "data" / "sy" / "history.jsonl")[-1]
    assert assistant["safety"]["rule_id"] == "t.chest" and assistant["routing"]["method"] == "safety"


async def test_a_preface_reaches_the_agent_as_turn_safety(make_client: MakeClient) -> None:
    note = Intervention("eating_disorder", "support", "t.sticky", action="preface", note="No numbers.")
    client = await make_client(plugins=[SafetyAware("food", ["flag"]), FALLBACK(), Screen(note)])
    assert (await send(client, "pf", "flag me"))[-1]["message"] == "safety=t.sticky"
    later = "there is no problem here at all today"  # too long to be a follow-up: the fallback answers
    assert (await send(client, "pf", later, "m2"))[-1]["message"] == f"general heard: {later}"


async def test_a_screen_that_raises_does_not_stop_the_turn(make_client: MakeClient) -> None:
    client = await make_client(plugins=[KeywordAgent("food", ["flag"]), FALLBACK(), Screen(fail=True)])
    assert (await send(client, "er", "flag"))[-1]["message"] == "food says: flag"
    dispatcher = client.app[keys.DISPATCHER]
    assert (await dispatcher.stats.snapshot())["screen_errors"] == 1


# --- shutdown ---------------------------------------------------------------------------------------


async def test_shutdown_tells_every_waiting_turn_and_records_it(tmp_path: Path, openai_server: FakeOpenAI) -> None:
    openai_server.default = hang(60)
    config = test_config(tmp_path / "data", server={"shutdown_grace_s": 0.5}, llm=llm_settings(openai_server.url))
    app = create_app(config, extra_plugins=[MealAgent()], pm=make_plugin_manager(config, load_entry_points=False))
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    async with aiohttp.ClientSession() as session:
        sockets = []
        for user in ("u1", "u2"):
            ws = await session.ws_connect(f"http://127.0.0.1:{port}/ws/{user}")
            await ws.receive_json()
            for number in range(3):  # one in flight, two queued behind it
                await ws.send_json({"message": f"{user} meal {number}", "id": f"{user}-{number}"})
            sockets.append(ws)
        await asyncio.sleep(0.3)
        frames: dict[int, list[dict[str, Any]]] = {0: [], 1: []}

        async def read(index: int) -> None:
            async for msg in sockets[index]:
                frames[index].append(msg.json())

        readers = [asyncio.ensure_future(read(i)) for i in range(2)]
        await asyncio.wait_for(runner.cleanup(), 15)
        await asyncio.wait_for(asyncio.gather(*readers), 5)
        assert [ws.close_code for ws in sockets] == [1001, 1001]
    for index, user in enumerate(("u1", "u2")):
        errors = [f for f in frames[index] if f["type"] == "error"]
        assert [(f["code"], f["reply_to"]) for f in errors] == [("unavailable", f"{user}-{n}") for n in range(3)]
        assert "restarting" in errors[0]["message"]
        history = read_jsonl(tmp_path / "data" / user / "history.jsonl")
        assert sorted(r["text"] for r in history if r["role"] == "user") == [f"{user} meal {n}" for n in range(3)]
        assert [(r["code"], r["reply_to"]) for r in history if r["role"] == "error"] == [("unavailable", f"{user}-{n}") for n in range(3)]


async def test_storage_that_fails_still_ends_the_turn_with_an_error_frame(make_client: MakeClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from host.storage import FileUserStore

    client = await make_client(plugins=[KeywordAgent("food", ["soup"]), FALLBACK()])
    ws = await client.ws_connect("/ws/st")
    await ws.receive_json()

    async def unreachable(self: Any, record: Any, limit: int) -> Any:
        raise ConnectionError("storage is gone")

    with monkeypatch.context() as patch:
        patch.setattr(FileUserStore, "begin_turn", unreachable)
        await ws.send_json({"message": "soup", "id": "s1"})
        frame = (await receive_until(ws, "error"))[-1]
        assert (frame["code"], frame["reply_to"]) == ("unavailable", "s1")
        assert "storage is gone" not in frame["message"]
    await ws.send_json({"message": "soup again", "id": "s2"})
    assert (await receive_until(ws, "message"))[-1]["message"] == "food says: soup again"


# --- one normalisation a turn -----------------------------------------------------------------


class Reader:
    """Screens, scores and answers through one `per_turn` reading of the message, counting
    how often the message is actually read."""

    __name__ = "test-reader"

    def __init__(self) -> None:
        self.reads: list[str] = []

        @host_text.per_turn
        def reading(message: str) -> str:
            self.reads.append(message)
            return message.upper()

        self.reading = reading

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("reader", "Reader", "📖", "reads"))

    @hookimpl
    def screen(self, message: str) -> None:
        self.reading(message)

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("reader", 0.9, self.reading(message))

    @hookimpl
    def respond(self, turn: Any) -> Reply:
        return Reply(self.reading(turn.message))


async def test_a_turn_reads_its_message_once_for_screen_classify_and_respond(make_client: MakeClient) -> None:
    reader = Reader()
    client = await make_client(plugins=[reader])
    reader.reads.clear()  # the startup warm-up's reads
    first = await send(client, "alice", "hello there", "m1")
    second = await send(client, "alice", "hello there", "m2")
    assert [frames[-1]["message"] for frames in (first, second)] == ["HELLO THERE", "HELLO THERE"]
    assert reader.reads == ["hello there", "hello there"]  # once a turn, never carried to the next


# --- warm-up --------------------------------------------------------------------------------------


class Recorder(KeywordAgent):
    """Records every message its `screen` and `classify` hooks are asked about."""

    def __init__(self) -> None:
        super().__init__("fitness", ["run"])
        self.screened: list[str] = []
        self.classified: list[str] = []

    @hookimpl
    def screen(self, message: str, context: Any) -> None:
        self.screened.append(message)

    @hookimpl
    def classify(self, message: str) -> Score:
        self.classified.append(message)
        return super().classify(message)


async def test_screening_and_routing_are_warmed_up_before_the_first_turn_and_nothing_is_stored(make_client: MakeClient, tmp_path: Path) -> None:
    # The guard and the agents compile on first use (over a second): done at startup, before any
    # transport, so the first user's turn does not stall the loop (and a bridge's lease renewal).
    from host.dispatch import WARM_UP_MESSAGES

    recorder = Recorder()
    client = await make_client(plugins=[recorder])
    assert recorder.screened == list(WARM_UP_MESSAGES)
    assert len(recorder.classified) == len(WARM_UP_MESSAGES)
    assert recorder.seen == []  # nobody was answered
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.jsonl"))

    ws = await client.ws_connect("/ws/alice")
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.send_json({"type": "message", "message": "I went for a run", "id": "1"})
    assert (await receive_until(ws, "message"))[-1]["agent"].startswith("Fitness")
    assert recorder.screened[-1] == "I went for a run"
    await ws.close()
