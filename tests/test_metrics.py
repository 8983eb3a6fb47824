"""`/metrics` as Prometheus sees it: scraped after real turns, parsed with prometheus_client's
own parser. Counters move by exactly the turns sent, labels never hold a user, and the Grafana
dashboard queries only metrics a live app exposes."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from openai import AsyncOpenAI
from prometheus_client.parser import text_string_to_metric_families

from host import Agent, Intervention, Reply, Score, Tool, hookimpl
from host.testing import Chat
from tests.conftest import MakeClient
from tests.fakes import FALLBACK, BrokenAgent, KeywordAgent
from tests.openai_server import FakeOpenAI, error, text, tool_calls
from tests.test_shutdown import free_port
from tests.test_turn_lifecycle import send

DASHBOARD = Path(__file__).resolve().parent.parent / "deploy" / "grafana" / "agenthost.json"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(client: TestClient, path: str = "/metrics") -> tuple[Samples, dict[str, str], str]:
    """Every sample by (name, labels), each family's type by name, and the raw text."""
    response = await client.get(path)
    assert response.status == 200, await response.text()
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    raw = await response.text()
    samples: Samples = {}
    types: dict[str, str] = {}
    for family in text_string_to_metric_families(raw):
        types[family.name] = family.type
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples, types, raw


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum over every sample of `name` whose labels include `labels`."""
    return sum(v for (n, ls), v in samples.items() if n == name and set(labels.items()) <= ls)


def v1(client: TestClient) -> AsyncOpenAI:
    return AsyncOpenAI(base_url=str(client.make_url("/v1")), api_key="x", max_retries=0)


async def test_turn_counters_move_by_exactly_the_turns_sent(make_client: MakeClient) -> None:
    client = await make_client()  # fitness, food, general
    before, _, _ = await scrape(client)
    await send(client, "alice", "I run daily", "a1")
    await send(client, "alice", "a workout plan", "a2")
    await send(client, "bob", "what to eat for lunch", "b1")
    await send(client, "bob", "hello there, it is nice to meet you", "b2")  # too long to be a follow-up
    await v1(client).chat.completions.create(model="agenthost-food", messages=[{"role": "user", "content": "hi"}])
    after, types, raw = await scrape(client)

    def moved(**labels: str) -> float:
        return value(after, "agenthost_turns_total", **labels) - value(before, "agenthost_turns_total", **labels)

    assert moved(transport="websocket", agent="fitness", method="keywords", outcome="answered") == 2
    assert moved(transport="websocket", agent="food", method="keywords", outcome="answered") == 1
    assert moved(transport="websocket", agent="general", method="fallback", outcome="answered") == 1
    assert moved(transport="openai", agent="food", method="mention", outcome="answered") == 1
    assert total(after, "agenthost_turns_total") - total(before, "agenthost_turns_total") == 5
    assert total(after, "agenthost_turn_duration_seconds_count") == 5
    assert value(after, "agenthost_turn_duration_seconds_count", agent="fitness") == 2
    assert types["agenthost_turns"] == "counter" and types["agenthost_turn_duration_seconds"] == "histogram"
    # Storage answered every turn: one begin_turn and one record_turn each.
    assert value(after, "agenthost_storage_operation_duration_seconds_count", operation="begin_turn") == 5
    assert value(after, "agenthost_storage_operation_duration_seconds_count", operation="record_turn") == 5
    assert value(after, "agenthost_http_requests_total", route="/v1/chat/completions", method="POST", status="200") == 1
    for user in ("alice", "bob", "local"):  # no user id in any label or value
        assert user not in raw


async def test_failures_rate_limits_safety_and_tools_are_counted(make_client: MakeClient) -> None:
    gate = asyncio.Event()

    class Guard:
        __name__ = "test-guard"

        @hookimpl
        def screen(self, message: str) -> Intervention | None:
            return Intervention("cardiac", "urgent", "t.chest", reply="See a doctor.") if "chest" in message else None

    class Logger(KeywordAgent):
        @hookimpl
        def register_tools(self, register: Any) -> None:
            register(Tool("note", "Note it.", {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]},
                          lambda context, x: {"ok": x}, agent="logger"))

        @hookimpl
        async def respond(self, turn: Any) -> Reply:
            await turn.call_tool("note", x="fine")
            await turn.call_tool("note")  # missing argument: an error result
            await turn.call_tool("made_up")
            return Reply("noted")

    client = await make_client(
        plugins=[KeywordAgent("slow", ["slow"], gate=gate), Logger("logger", ["note"]), BrokenAgent(), FALLBACK(), Guard()],
        server={"max_queued_per_user": 1},
    )
    chat = await Chat.open(client, "u1", Path("unused"))
    assert (await chat.ask("broken thing"))["code"] == "internal"
    assert (await chat.ask("my chest hurts"))["message"] == "See a doctor."
    assert (await chat.ask("note this"))["message"] == "noted"
    await chat.close()
    ws = await client.ws_connect("/ws/u2")
    await ws.receive_json()
    await ws.send_json({"message": "slow 0", "id": "s0"})
    assert (await ws.receive_json())["type"] == "typing"  # in flight
    for number in (1, 2):  # one queued, one refused
        await ws.send_json({"message": f"slow {number}", "id": f"s{number}"})
    async with asyncio.timeout(5):
        while (await ws.receive_json()).get("code") != "rate_limited":
            pass
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_turns_queued") == 1
    assert value(samples, "agenthost_turns_in_progress") == 1
    assert value(samples, "agenthost_websocket_connections") == 1
    gate.set()
    await ws.close()
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_turns_total", transport="websocket", agent="broken", method="keywords", outcome="internal") == 1
    assert value(samples, "agenthost_turns_total", transport="websocket", agent="safety", method="safety", outcome="answered") == 1
    assert value(samples, "agenthost_safety_interventions_total", category="cardiac", severity="urgent", action="answer") == 1
    assert value(samples, "agenthost_rate_limited_frames_total", reason="queue_full") == 1
    assert value(samples, "agenthost_tool_calls_total", tool="note", outcome="ok") == 1
    assert value(samples, "agenthost_tool_calls_total", tool="note", outcome="error") == 1
    assert value(samples, "agenthost_tool_calls_total", tool="unknown", outcome="error") == 1  # not "made_up"
    assert value(samples, "agenthost_tool_duration_seconds_count", tool="note") == 2
    async with asyncio.timeout(5):
        while value(samples, "agenthost_turns_in_progress"):
            await asyncio.sleep(0.05)
            samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_turns_queued") == 0 and value(samples, "agenthost_websocket_connections") == 0


MEAL_SCHEMA = {"type": "object", "properties": {"food": {"type": "string"}}, "required": ["food"]}


class ModelAgent:
    """Answers through the model, with one tool the model may call."""

    __name__ = "test-model-agent"

    @hookimpl
    def register_agents(self, register: Any) -> None:
        register(Agent("meals", "Meals", "🍎", "logs meals"))

    @hookimpl
    def register_tools(self, register: Any) -> None:
        register(Tool("log_meal", "Log a meal.", MEAL_SCHEMA, lambda context, food: {"logged": food}, agent="meals", side_effects=True))

    @hookimpl
    def classify(self, message: str) -> Score:
        return Score("meals", 0.9)

    @hookimpl
    async def respond(self, turn: Any) -> Reply:
        return await turn.llm.reply(turn) if turn.llm else Reply("offline")


async def test_model_requests_errors_and_tokens_are_counted(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    openai_server.push(tool_calls(("log_meal", {"food": "soup"})), text("Logged your soup."), error(503))
    client = await make_client(plugins=[ModelAgent()], llm={"base_url": openai_server.url, "api_key": "k", "classify": False, "max_retries": 0})
    assert (await send(client, "m", "soup", "m1"))[-1]["message"] == "Logged your soup."
    assert (await send(client, "m", "bread", "m2"))[-1]["message"] == "offline"
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_llm_request_duration_seconds_count", operation="reply") == 3
    assert value(samples, "agenthost_llm_errors_total", operation="reply", reason="server error 503") == 1
    # The fake server reports 10 prompt tokens and one completion token per delta, as asked.
    assert all(r.body["stream_options"] == {"include_usage": True} for r in openai_server.requests)
    assert value(samples, "agenthost_llm_tokens_total", operation="reply", kind="prompt") == 20
    assert value(samples, "agenthost_llm_tokens_total", operation="reply", kind="completion") == 3
    assert value(samples, "agenthost_turns_total", transport="websocket", agent="meals", method="keywords", outcome="offline") == 1
    assert value(samples, "agenthost_tool_calls_total", tool="log_meal", outcome="ok") == 1


async def test_a_missed_model_deadline_is_counted_as_deadline(make_client: MakeClient, openai_server: FakeOpenAI) -> None:
    from tests.openai_server import hang

    openai_server.default = hang(30)
    client = await make_client(plugins=[ModelAgent()], llm={"base_url": openai_server.url, "api_key": "k", "classify": False,
                                                            "max_retries": 0, "deadline_s": 0.5})
    assert (await send(client, "d", "soup"))[-1]["metadata"]["llm_error"] == "deadline"
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_llm_errors_total", operation="reply", reason="deadline") == 1
    assert value(samples, "agenthost_llm_request_duration_seconds_count", operation="reply") == 1


class FakeBridge:
    """A transport plugin whose `status()` reads like the bridge's."""

    __name__ = "test-bridge"
    name = "bridge_test"

    def __init__(self) -> None:
        self.state: dict[str, Any] = {"connected": True, "reconnects": 3, "outbox_depth": 7, "dropped": 1, "messages_in": 5, "messages_out": 4}

    @hookimpl
    def register_transports(self, register: Any) -> None:
        register(self)

    async def start(self, dispatcher: Any) -> None:
        pass

    async def stop(self) -> None:
        pass

    def status(self) -> dict[str, Any]:
        return dict(self.state)


async def test_transport_status_is_read_at_scrape_time(make_client: MakeClient) -> None:
    bridge = FakeBridge()
    client = await make_client(plugins=[KeywordAgent("fitness", ["run"]), FALLBACK(), bridge])
    samples, types, _ = await scrape(client)
    assert value(samples, "agenthost_transport_connected", transport="bridge_test") == 1
    assert value(samples, "agenthost_transport_reconnects_total", transport="bridge_test") == 3
    assert value(samples, "agenthost_transport_outbox_depth", transport="bridge_test") == 7
    assert value(samples, "agenthost_transport_outbox_dropped_total", transport="bridge_test") == 1
    assert value(samples, "agenthost_transport_messages_total", transport="bridge_test", direction="in") == 5
    assert types["agenthost_transport_reconnects"] == "counter"
    bridge.state.update(connected=False, outbox_depth=9)
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_transport_connected", transport="bridge_test") == 0
    assert value(samples, "agenthost_transport_outbox_depth", transport="bridge_test") == 9
    assert value(samples, "agenthost_build_info", version="0.1.0") == 1
    assert value(samples, "agenthost_plugins", state="enabled") >= 3


async def test_a_separate_metrics_port_serves_them_and_the_chat_port_does_not(make_client: MakeClient) -> None:
    port = free_port()
    client = await make_client(server={"metrics_port": port})
    response = await client.get("/metrics")
    assert response.status == 404 and "server.metrics_port" in (await response.json())["error"]
    await send(client, "p", "I run")
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
            assert response.status == 200
            families = {f.name: f for f in text_string_to_metric_families(await response.text())}
        async with session.get(f"http://127.0.0.1:{port}/health") as response:
            assert response.status == 404  # nothing else is served there
    assert sum(s.value for s in families["agenthost_turns"].samples if s.name == "agenthost_turns_total") == 1


async def test_openmetrics_is_served_when_asked(make_client: MakeClient) -> None:
    client = await make_client()
    response = await client.get("/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    assert response.headers["Content-Type"].startswith("application/openmetrics-text")
    assert (await response.text()).rstrip().endswith("# EOF")


# --- the Grafana dashboard -----------------------------------------------------------------------


def dashboard_queries() -> list[str]:
    board = json.loads(DASHBOARD.read_text())
    queries = [target["expr"] for panel in board["panels"] for target in panel.get("targets", [])]
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":
            queries.append(variable["definition"])
    return queries


def series_names(types: dict[str, str]) -> set[str]:
    """The series names each family can expose: a counter's `_total`, a histogram's buckets..."""
    suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"), "gauge": ("",), "info": ("_info",)}
    return {name + suffix for name, kind in types.items() for suffix in suffixes.get(kind, ("",))}


async def test_every_metric_the_dashboard_queries_exists_in_a_live_scrape(make_client: MakeClient) -> None:
    client = await make_client()
    await send(client, "g", "I run")
    _, types, _ = await scrape(client)
    exposed = series_names(types)
    queries = dashboard_queries()
    used = {name for query in queries for name in re.findall(r"\b((?:agenthost|process)_[a-z0-9_]+)\b", query)}
    assert len(used) >= 20
    assert not used - exposed, f"the dashboard queries metrics no app exposes: {sorted(used - exposed)}"
    for query in queries:  # cheap syntax checks: brackets balance, no stray template typos
        assert query.count("(") == query.count(")") and query.count("{") == query.count("}") and query.count("[") == query.count("]"), query
        assert "$__rate_interval" in query or "rate(" not in query, query


def test_the_dashboard_covers_what_the_issue_asks_for() -> None:
    board = json.loads(DASHBOARD.read_text())
    titles = " | ".join(panel["title"].lower() for panel in board["panels"])
    for topic in ("by agent", "latency", "model errors", "sockets", "bridge", "safety"):
        assert topic in titles, topic
    assert {p["id"] for p in board["panels"]} == set(range(1, len(board["panels"]) + 1)) or len({p["id"] for p in board["panels"]}) == len(board["panels"])


@pytest.mark.parametrize("mode", ["enforce", "shadow"])
async def test_the_built_in_guard_is_counted_in_both_modes(make_client: MakeClient, tmp_path: Path, mode: str) -> None:
    from host.config import test_config
    from host.plugins import available_entry_points

    if not {"helios", "safety"} <= set(available_entry_points()):
        pytest.skip("install the host and the agent plugins: ./run.sh test does")
    config = test_config(tmp_path / "data", plugins={"disabled": ["bridge_render"]}, safety={"mode": mode})
    client = await make_client(plugins=[], entry_points=True, config=config)
    frames = await send(client, "h", "I feel chest pain when I run, should I push through?")
    samples, _, _ = await scrape(client)
    answered = value(samples, "agenthost_safety_interventions_total", category="cardiac", severity="urgent", action="answer")
    shadowed = value(samples, "agenthost_safety_shadow_hits_total", category="cardiac", severity="urgent")
    method = frames[-1]["metadata"]["routing"]["method"]
    assert (answered, shadowed, method) == ((1, 0, "safety") if mode == "enforce" else (0, 1, "keywords"))


async def test_with_auth_metrics_need_an_admin_token_but_not_on_their_own_port(make_client: MakeClient) -> None:
    from tests.test_auth import JWT, bearer, token

    port = free_port()
    client = await make_client(auth=JWT)
    assert (await client.get("/metrics")).status == 401
    assert (await client.get("/metrics", headers=bearer(token("alice")))).status == 403
    assert (await client.get("/metrics", headers=bearer(token("ops", scope="admin")))).status == 200
    separate = await make_client(auth=JWT, server={"metrics_port": port})
    assert (await separate.get("/metrics", headers=bearer(token("ops", scope="admin")))).status == 404
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/metrics") as response:
        assert response.status == 200


async def test_socket_messages_over_the_rate_are_counted(make_client: MakeClient) -> None:
    client = await make_client(limits={"messages_per_user": "1/minute"})
    ws = await client.ws_connect("/ws/rita")
    await ws.receive_json()
    for number in range(3):
        await ws.send_json({"message": f"I run {number}", "id": f"r{number}"})
    async with asyncio.timeout(5):
        refused = 0
        while refused < 2:
            refused += (await ws.receive_json()).get("code") == "rate_limited"
    samples, _, _ = await scrape(client)
    assert value(samples, "agenthost_rate_limited_frames_total", reason="messages") == 2
