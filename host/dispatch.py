"""The dispatcher: every message from every transport takes the same path through here.

Messages of one user are answered one at a time, in the order they arrived (even from two
tabs); different users never wait on each other. For each message: route it, show `typing`,
call the owning plugin's `respond`, store the turn, then send the final `message` frame.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import Counter, deque
from typing import Any

from attrs import Factory, define, evolve

from host.config import Config
from host.llm import LLM, LLMError
from host.plugins import PluginManager, call_plugin_hook
from host.protocol import ChunkFrame, ErrorFrame, MessageFrame, TypingFrame
from host.registry import Registry
from host.router import NoAgentError, Router
from host.storage import Storage, UserStore
from host.types import Agent, ClassifyContext, Inbound, Reply, ReplySink, RoutingDecision, Turn
from host.utils import await_me_maybe, utc_now

log = logging.getLogger(__name__)


@define
class DispatchStats:
    """Counters for `/health`."""

    started: float = Factory(time.time)
    handled: Counter[str] = Factory(Counter)
    errors: int = 0
    llm_errors: int = 0
    rejected: int = 0


@define
class _Job:
    inbound: Inbound
    sink: ReplySink
    done: asyncio.Future[None]


class Dispatcher:
    """Queues messages per user and runs each turn to its final frame."""

    def __init__(
        self,
        *,
        config: Config,
        pm: PluginManager,
        registry: Registry,
        router: Router,
        storage: Storage,
        llm: LLM | None,
    ) -> None:
        self.config = config
        self.pm = pm
        self.registry = registry
        self.router = router
        self.storage = storage
        self.llm = llm
        self.stats = DispatchStats()
        self._queues: dict[str, deque[_Job]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    def submit(self, inbound: Inbound, sink: ReplySink) -> asyncio.Future[None]:
        """Queue `inbound`; the returned future completes when its reply has been sent."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self._queues.setdefault(inbound.user_id, deque())
        if len(queue) >= self.config.server.max_queued_per_user:
            self.stats.rejected += 1
            limit = self.config.server.max_queued_per_user
            frame = ErrorFrame(code="rate_limited", message=f"more than {limit} messages waiting; slow down", reply_to=inbound.message_id)
            task = asyncio.ensure_future(sink.send(frame))
            task.add_done_callback(lambda _: done.set_result(None))
            return done
        queue.append(_Job(inbound, sink, done))
        if inbound.user_id not in self._workers:
            self._workers[inbound.user_id] = asyncio.create_task(self._drain(inbound.user_id))
        return done

    async def _drain(self, user_id: str) -> None:
        queue = self._queues[user_id]
        try:
            while queue:
                job = queue.popleft()
                try:
                    await self.handle(job.inbound, job.sink)
                except Exception:
                    log.exception("turn for user %s failed", user_id)
                finally:
                    if not job.done.done():
                        job.done.set_result(None)
        finally:
            del self._workers[user_id]
            if not queue:
                del self._queues[user_id]

    async def wait_idle(self, timeout: float) -> None:
        """Wait (bounded) for every queued turn to finish; used at shutdown."""
        workers = list(self._workers.values())
        if workers:
            await asyncio.wait(workers, timeout=timeout)

    @property
    def busy_users(self) -> int:
        return len(self._workers)

    async def handle(self, inbound: Inbound, sink: ReplySink) -> None:
        """Answer one message: route, respond, store, send the final frame."""
        store = self.storage.user(inbound.user_id)
        history, profile = await store.load_memory(self.config.server.history_limit)
        last_agent = next((r.get("agent") for r in reversed(history) if r.get("role") == "assistant"), None)
        context = ClassifyContext(user_id=inbound.user_id, history=history, profile=profile, last_agent=last_agent)
        received = inbound.timestamp or utc_now()
        try:
            decision = await self.router.route(inbound.text, context)
        except NoAgentError:
            await store.append_history([_user_record(inbound, received)])
            await sink.send(ErrorFrame(code="no_agent", message="no agent plugin is enabled on this server", reply_to=inbound.message_id))
            return
        agent = self.registry.agents[decision.agent]

        await sink.send(TypingFrame(agent=agent.name, state="start", reply_to=inbound.message_id))
        typing = asyncio.create_task(self._keep_typing(sink, agent, inbound.message_id))
        turn = self._make_turn(inbound, agent, decision, history, profile, store, sink)
        reply: Reply | None = None
        llm_error: str | None = None
        try:
            reply, llm_error = await asyncio.wait_for(self._respond(turn), self.config.server.turn_timeout_s)
        except asyncio.TimeoutError:
            log.error("agent %s (plugin %s) took longer than %ss", agent.name, agent.plugin, self.config.server.turn_timeout_s)
        except Exception:
            log.exception("agent %s (plugin %s) failed to respond", agent.name, agent.plugin)
        finally:
            typing.cancel()

        reply_id = uuid.uuid4().hex
        records = [_user_record(inbound, received)]
        if reply is not None:
            records.append(_assistant_record(inbound, turn, reply, reply_id, llm_error))
        await store.record_turn(records, _conversation_entry(inbound, agent, decision, reply, received))
        await sink.send(TypingFrame(agent=agent.name, state="stop", reply_to=inbound.message_id))

        if reply is None:
            self.stats.errors += 1
            await sink.send(
                ErrorFrame(code="internal", message=f"{agent.label} could not answer this message; it has been logged", reply_to=inbound.message_id)
            )
            return
        self.stats.handled[agent.name] += 1
        if llm_error:
            self.stats.llm_errors += 1
        metadata: dict[str, Any] = {
            **reply.metadata,
            "agent_id": agent.name,
            "confidence": round(decision.confidence, 3),
            "routing": decision.to_wire(),
            "reply_to": inbound.message_id,
            "id": reply_id,
        }
        if llm_error:
            metadata["llm_error"] = llm_error
        await sink.send(MessageFrame(message=reply.text, agent=agent.label, user_id=inbound.user_id, metadata=metadata))

    def _make_turn(
        self,
        inbound: Inbound,
        agent: Agent,
        decision: RoutingDecision,
        history: list[dict[str, Any]],
        profile: dict[str, Any],
        store: UserStore,
        sink: ReplySink,
    ) -> Turn:
        seq = 0

        async def stream(delta: str) -> None:
            nonlocal seq
            if delta:
                seq += 1
                await sink.send(ChunkFrame(agent=agent.name, delta=delta, reply_to=inbound.message_id, seq=seq))

        # An agent uses its own tools, plus any other agent's it names in `Agent.tools`.
        tools = {name: tool for name, tool in self.registry.tools.items() if tool.agent == agent.name or name in agent.tools}
        return Turn(
            message=inbound.text,
            message_id=inbound.message_id,
            user_id=inbound.user_id,
            agent=agent,
            routing=decision,
            history=history,
            profile=profile,
            store=store,
            tools=tools,
            stream=stream,
            llm=self.llm,
            registry=self.registry,
        )

    async def _respond(self, turn: Turn) -> tuple[Reply, str | None]:
        """Call the owning plugin's `respond`; if the model fails, answer again offline."""
        plugin = turn.agent.plugin or ""
        try:
            result = await await_me_maybe(call_plugin_hook(self.pm, "respond", plugin, turn=turn))
            return _as_reply(result, plugin), None
        except LLMError as exc:
            log.warning("LLM failed for agent %s (%s); answering offline", turn.agent.name, exc.reason)
            offline = evolve(turn, llm=None)
            result = await await_me_maybe(call_plugin_hook(self.pm, "respond", plugin, turn=offline))
            turn.tool_calls.extend(offline.tool_calls)
            return _as_reply(result, plugin), exc.reason

    async def _keep_typing(self, sink: ReplySink, agent: Agent, reply_to: str) -> None:
        while True:
            await asyncio.sleep(self.config.server.typing_interval_s)
            await sink.send(TypingFrame(agent=agent.name, state="start", reply_to=reply_to))


def _as_reply(result: Any, plugin: str) -> Reply:
    if isinstance(result, Reply):
        return result
    if isinstance(result, str):
        return Reply(text=result)
    raise TypeError(f"respond of plugin {plugin!r} returned {type(result).__name__}, not a Reply or str")


def _user_record(inbound: Inbound, received: str) -> dict[str, Any]:
    return {
        "role": "user",
        "text": inbound.text,
        "id": inbound.message_id,
        "timestamp": received,
        "transport": inbound.transport,
    }


def _assistant_record(inbound: Inbound, turn: Turn, reply: Reply, reply_id: str, llm_error: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "role": "assistant",
        "text": reply.text,
        "agent": turn.agent.name,
        "id": reply_id,
        "reply_to": inbound.message_id,
        "timestamp": utc_now(),
        "routing": {**turn.routing.to_wire(), "confidence": round(turn.routing.confidence, 3)},
    }
    if turn.tool_calls:
        record["tool_calls"] = turn.tool_calls
    if llm_error:
        record["llm_error"] = llm_error
    return record


def _conversation_entry(inbound: Inbound, agent: Agent, decision: RoutingDecision, reply: Reply | None, received: str) -> str:
    answer = reply.text if reply is not None else "_(no reply: the agent failed; see the server log)_"
    return (
        f"## {received}\n\n"
        f"**User:** {inbound.text}\n\n"
        f"**{agent.label}:** {answer}\n\n"
        f"_routing: {decision.method}, confidence {decision.confidence:.2f}_\n\n---\n\n"
    )
