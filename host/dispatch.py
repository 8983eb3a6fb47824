"""The dispatcher: every message from every transport takes the same path through here.

A turn moves through explicit states (`TurnState`), each one visible in storage or on the wire:

    received   the user's message is stored at once, before anything else can fail
    screened   every `screen` hook looked at it; a red flag is answered here (method `safety`)
    routed     the router picked an agent
    answered   the agent replied: the model within `llm.deadline_s`, else its offline answer
    failed     the agent raised or hung, or the server stopped before it answered
    recorded   the answer (or the failure, with its code) is in the history

and ends with exactly one final frame: `message` or `error`. Messages of one user are answered
one at a time, in the order they arrived (even from two tabs, even on two hosts: see
`host.cluster`); different users never wait on each other. At shutdown, turns in flight get `server.shutdown_grace_s` to finish; the rest are
recorded as `unavailable` and their clients told the server is restarting.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections import deque
from typing import Any

from attrs import Factory, define, evolve

from host import records
from host import text as host_text
from host.clock import utc_now
from host.cluster import Cluster, LocalCluster
from host.config import Config
from host.eager import within
from host.llm import LLM, LLMError
from host.metrics import Metrics
from host.plugins import PluginManager, call_each
from host.protocol import ChunkFrame, ErrorFrame, MessageFrame, ServerFrame, TypingFrame
from host.registry import Registry
from host.router import NoAgentError, Router
from host.storage import Storage, UserStore
from host.types import Agent, ClassifyContext, Inbound, Intervention, Reply, ReplySink, RoutingDecision, ScreenContext, Turn
from host.utils import await_me_maybe

log = logging.getLogger(__name__)
# Everyday messages that reach the guard's and the agents' common paths (see Dispatcher.warm_up).
WARM_UP_MESSAGES = (
    "I had 2 eggs and toast for breakfast, log it",
    "make me a 3 day workout plan, 30 minutes, no equipment",
    "how much protein and water do I need a day? I weigh 70 kg",
    "I ran 5k in 28 minutes this morning and my legs are sore",
)

# Who answers when the safety guard does: not a registered agent, so nothing routes to it.
SAFETY_AGENT = Agent("safety", "Safety", "🛟", "Answers red flags before any agent does")
RESTARTING = "the server is restarting and could not answer this message; please send it again in a moment"
STORAGE_DOWN = "the server cannot store messages right now; please send it again in a moment"
INTERNAL = "this message could not be handled; it has been logged"
# How long a cancelled model attempt's side-effect tools may take to finish before the
# offline answer starts (they were shielded from the cancellation, so they do finish).
SETTLE_TOOLS_S = 5.0


class TurnState(enum.Enum):
    RECEIVED = "received"
    SCREENED = "screened"
    ROUTED = "routed"
    ANSWERED = "answered"
    FAILED = "failed"
    RECORDED = "recorded"


class DispatchStats:
    """The counters `/health` shows, kept by the cluster: this host's alone, or summed over
    every host on one Redis. Names: `handled:<agent>`, `errors`, `llm_errors`, `rejected`,
    `screen_errors`, `safety:<category>/<severity>`."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster

    def count(self, name: str, amount: int = 1) -> None:
        if amount:
            self.cluster.count(name, amount)

    async def snapshot(self) -> dict[str, Any]:
        counters = await self.cluster.counters()

        def group(prefix: str) -> dict[str, int]:
            return {name[len(prefix) :]: value for name, value in sorted(counters.items()) if name.startswith(prefix)}

        return {
            "messages_handled": group("handled:"),
            "errors": counters.get("errors", 0),
            "llm_errors": counters.get("llm_errors", 0),
            "rejected": counters.get("rejected", 0),
            "screen_errors": counters.get("screen_errors", 0),
            "safety": group("safety:"),
        }


@define
class _Job:
    inbound: Inbound
    sink: ReplySink
    done: asyncio.Future[None]


@define
class _Progress:
    """Where one turn is, so a failure at any point still ends it properly."""

    inbound: Inbound
    sink: ReplySink
    received: str
    state: TurnState = TurnState.RECEIVED
    store: UserStore | None = None
    agent: Agent | None = None
    decision: RoutingDecision | None = None
    finishing: asyncio.Future[None] | None = None  # recording and sending the answer
    outcome: str = ""  # answered, offline (the model failed) or the error code
    started: float = Factory(time.perf_counter)


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
        metrics: Metrics | None = None,
        cluster: Cluster | None = None,
    ) -> None:
        self.config = config
        self.metrics = metrics or Metrics()
        self.pm = pm
        self.registry = registry
        self.router = router
        self.storage = storage
        self.llm = llm
        self.cluster: Cluster = cluster or LocalCluster()
        self.stats = DispatchStats(self.cluster)
        self.closing = False
        self._queues: dict[str, deque[_Job]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    # --- queueing ---------------------------------------------------------------------------

    def submit(self, inbound: Inbound, sink: ReplySink) -> asyncio.Future[None]:
        """Queue `inbound`; the returned future completes when its final frame has been sent."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        job = _Job(inbound, sink, done)
        if self.closing:
            self._finish_with(job, self._refuse(job.inbound, job.sink))
            return done
        queue = self._queues.setdefault(inbound.user_id, deque())
        if len(queue) >= self.config.server.max_queued_per_user:
            self.stats.count("rejected")
            self.metrics.rate_limited("queue_full")
            limit = self.config.server.max_queued_per_user
            frame = ErrorFrame(code="rate_limited", message=f"more than {limit} messages waiting; slow down", reply_to=inbound.message_id)
            self._finish_with(job, sink.send(frame))
            return done
        queue.append(job)
        if inbound.user_id not in self._workers:
            self._workers[inbound.user_id] = asyncio.create_task(self._drain(inbound.user_id))
        return done

    def queued(self) -> int:
        """Messages waiting behind their user's turn in progress."""
        return sum(len(queue) for queue in self._queues.values())

    def in_progress(self) -> int:
        """Users whose turn is being answered now."""
        return len(self._workers)

    def _finish_with(self, job: _Job, work: Any) -> None:
        task = asyncio.ensure_future(work)
        task.add_done_callback(lambda _: job.done.done() or job.done.set_result(None))

    async def _drain(self, user_id: str) -> None:
        queue = self._queues[user_id]
        try:
            while queue:
                job = queue[0]  # taken off the queue once it runs, so a shutdown meanwhile tells it
                try:
                    async with self.cluster.turn(user_id):  # other hosts' turns of this user first
                        queue.popleft()
                        await self.handle(job.inbound, job.sink)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("turn for user %s failed", user_id)
                    if queue and queue[0] is job:
                        queue.popleft()
                        await self._refuse(job.inbound, job.sink, "internal", INTERNAL)
                finally:
                    if not job.done.done():
                        job.done.set_result(None)
                if queue:
                    # A turn may finish without waiting for anything (file storage records it
                    # at once): let other users' turns and sockets run before this user's next.
                    await asyncio.sleep(0)
        except asyncio.CancelledError:
            # Shutdown's grace period is over: every message still queued is stored and told.
            while queue:
                job = queue.popleft()
                await self._refuse(job.inbound, job.sink)
                if not job.done.done():
                    job.done.set_result(None)
            raise
        finally:
            del self._workers[user_id]
            if not queue:
                del self._queues[user_id]

    async def shutdown(self, grace: float) -> None:
        """Stop taking turns; give those in flight `grace` seconds, then end the rest with an
        `unavailable` error (stored in their history, sent to their clients)."""
        self.closing = True
        workers = list(self._workers.values())
        if not workers:
            return
        _, late = await asyncio.wait(workers, timeout=grace)
        if late:
            log.warning("shutdown: %d user(s) still had turns after %.1fs; telling them the server is restarting", len(late), grace)
            for task in late:
                task.cancel()
            await asyncio.wait(late, timeout=SETTLE_TOOLS_S + 5.0)

    # --- one turn ---------------------------------------------------------------------------

    async def handle(self, inbound: Inbound, sink: ReplySink) -> None:
        """Run one message through its states to its final frame."""
        turn = _Progress(inbound, sink, received=inbound.timestamp or utc_now())
        try:
            with host_text.one_turn():  # the message is normalised once, for the guard, router and agents
                await self._run(turn)
        except asyncio.CancelledError:
            if turn.finishing is not None:
                await turn.finishing  # the answer is being recorded and sent: let it finish
            elif turn.state is not TurnState.RECORDED:
                await self._fail(turn, "unavailable", RESTARTING)
            raise
        except Exception as exc:
            # A fault outside the agent (storage gone, a bug): the client still gets its frame.
            log.exception("turn %s of user %s failed in state %s", inbound.message_id, inbound.user_id, turn.state.value)
            if turn.finishing is None and turn.state is not TurnState.RECORDED:
                if _storage_fault(exc):
                    await self._fail(turn, "unavailable", STORAGE_DOWN)
                else:
                    await self._fail(turn, "internal", INTERNAL)

    async def _run(self, progress: _Progress) -> None:
        inbound, sink = progress.inbound, progress.sink
        store = progress.store = self.storage.user(inbound.user_id)
        record, limit = records.user_record(inbound, progress.received), self.config.server.history_limit
        # Done now when the store can (file storage, its cache current): nothing can come between.
        begin_now = getattr(store, "begin_turn_now", None)
        memory = begin_now(record, limit) if begin_now is not None else None
        if memory is None:
            # Shielded: a shutdown that cancels us now must not reorder this write and the failure's.
            memory = await asyncio.shield(store.begin_turn(record, limit))
        history, profile = memory
        if inbound.conversation is not None:
            history = records.in_conversation(history, inbound.conversation)

        intervention = await self._screen(inbound, history, profile)
        progress.state = TurnState.SCREENED
        if intervention is not None and intervention.action == "answer":
            assert intervention.reply is not None
            decision = RoutingDecision(SAFETY_AGENT.name, 1.0, "safety", {})
            await self._answered(progress, SAFETY_AGENT, decision, Reply(intervention.reply), safety=intervention)
            return

        context = ClassifyContext(user_id=inbound.user_id, history=history, profile=profile, last_agent=records.last_agent(history))
        try:
            decision = await self.router.route(inbound.text, context, agent=inbound.agent)
        except NoAgentError:
            await self._fail(progress, "no_agent", "no agent plugin is enabled on this server")
            return
        agent = self.registry.agents[decision.agent]
        progress.state, progress.agent, progress.decision = TurnState.ROUTED, agent, decision

        began = asyncio.get_running_loop().time()
        typing = _Typing(sink, agent.name, inbound.message_id, self.config.server.typing_delay_s, self.config.server.typing_interval_s)
        turn = self._make_turn(inbound, agent, decision, history, profile, store, sink, intervention, typing)
        reply: Reply | None = None
        llm_error: str | None = None
        failure: Exception | None = None
        try:
            # In this task, not wait_for's own: a task per turn cost its creation and a pass
            # of the event loop, for the same timeout and the same cancellation. The timeout's
            # and the typing frames' timers are armed only if the reply has to wait.
            reply, llm_error = await within(self._respond(turn), began + self.config.server.turn_timeout_s, typing.arm)
        except TimeoutError:
            log.error("agent %s (plugin %s) took longer than server.turn_timeout_s=%ss", agent.name, agent.plugin, self.config.server.turn_timeout_s)
        except Exception as exc:
            failure = exc
            log.exception("agent %s (plugin %s) failed to respond", agent.name, agent.plugin)
        finally:
            await typing.stop()
        if reply is None and failure is not None and _storage_fault(failure):
            # The agent's own read or write hit a storage outage (Redis restarting): not its bug.
            await self._fail(progress, "unavailable", STORAGE_DOWN, turn.tool_calls)
            return
        if reply is None:
            await self._fail(progress, "internal", f"{agent.label} could not answer this message; it has been logged", turn.tool_calls)
            return
        await self._answered(progress, agent, decision, reply, safety=intervention, tool_calls=turn.tool_calls, llm_error=llm_error)

    async def warm_up(self) -> None:
        """Screen and score a few everyday messages once, before any transport starts.

        The guard and the agents compile their patterns and load their tables on first use
        (about a second and a half on two cores); done on the first real turn, that stalls the
        event loop, and with it every other user and the bridge's lease renewal. Nothing is
        stored and nobody is answered; a hook that fails here fails again, loudly, on a turn."""
        started = time.perf_counter()
        for message in WARM_UP_MESSAGES:
            await call_each(self.pm, "screen", failed=[], message=message, context=ScreenContext(user_id="", history=[], profile={}))
            try:
                await self.router.scores(self.router.typo_repair()(message).text, ClassifyContext(user_id="", history=[], profile={}))
            except Exception:  # noqa: BLE001 - a broken classify is reported on the real turns
                log.debug("warm-up: scoring %r failed", message, exc_info=True)
        log.info("warmed up screening and routing in %.0f ms", (time.perf_counter() - started) * 1000)

    async def _screen(self, inbound: Inbound, history: list[dict[str, Any]], profile: dict[str, Any]) -> Intervention | None:
        """Ask every `screen` hook; the most severe intervention wins (the first of equals)."""
        failed: list[str] = []
        context = ScreenContext(user_id=inbound.user_id, history=history, profile=profile, transport=inbound.transport)
        results = await call_each(self.pm, "screen", failed=failed, message=inbound.text, context=context)
        self.stats.count("screen_errors", len(failed))
        found = [item for _, result in results for item in _as_interventions(result)]
        if not found:
            return None
        worst = max(found, key=lambda item: item.rank)  # max keeps the first of equal ranks
        self.stats.count(f"safety:{worst.category}/{worst.severity}")
        self.metrics.intervention(worst)
        log.info("safety %s %s rule=%s action=%s message=%s", worst.category, worst.severity, worst.rule_id, worst.action, inbound.message_id)
        return worst

    async def _answered(
        self,
        progress: _Progress,
        agent: Agent,
        decision: RoutingDecision,
        reply: Reply,
        *,
        safety: Intervention | None = None,
        tool_calls: list[dict[str, Any]] = (),  # type: ignore[assignment]
        llm_error: str | None = None,
    ) -> None:
        """Record the answer, then send it as the final `message` frame."""
        progress.state, progress.agent, progress.decision = TurnState.ANSWERED, agent, decision
        progress.outcome = "offline" if llm_error else "answered"
        self.metrics.tool_calls(tool_calls, known=self.registry.tools)
        inbound = progress.inbound
        reply_id = records.new_id()
        record = records.assistant_record(
            reply=reply, agent=agent.name, reply_id=reply_id, reply_to=inbound.message_id, routing=decision,
            tool_calls=tool_calls, llm_error=llm_error, safety=safety,
        )
        entry = records.conversation_entry(inbound, progress.received, agent.label, reply.text, decision.method, decision.confidence)
        self.stats.count(f"handled:{agent.name}")
        if llm_error:
            self.stats.count("llm_errors")
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
        if safety is not None:
            metadata["safety"] = safety.to_wire()
        frame = MessageFrame(message=reply.text, agent=agent.label, user_id=inbound.user_id, metadata=metadata)
        if self._record_and_send_now(progress, record, entry, frame):
            return
        # Shielded: once the answer exists, a shutdown does not stop it being stored and sent.
        progress.finishing = asyncio.ensure_future(self._record_and_send(progress, record, entry, frame))
        await asyncio.shield(progress.finishing)

    def _record_and_send_now(self, progress: _Progress, record: dict[str, Any], entry: str, frame: MessageFrame) -> bool:
        """`_record_and_send` done now, without awaiting, when the store can record now and the
        sink can queue a frame now (`record_turn_now`, `send_now`): nothing can come between,
        so it needs no task of its own to outlive a shutdown's cancellation. False (nothing
        done) when either cannot."""
        send_now = getattr(progress.sink, "send_now", None)
        record_now = getattr(progress.store, "record_turn_now", None)
        if send_now is None or record_now is None:
            return False
        try:
            if not record_now([record], entry):
                return False
        except Exception:  # the user still gets the answer; the log says it is not stored
            log.exception("could not record the answer to message %s of user %s", record["reply_to"], progress.inbound.user_id)
        progress.state = TurnState.RECORDED
        try:
            send_now(frame)
        except Exception:
            log.exception("could not send a %s frame", frame.type)
        self._ended(progress)
        return True

    async def _record_and_send(self, progress: _Progress, record: dict[str, Any], entry: str, frame: MessageFrame) -> None:
        assert progress.store is not None
        try:
            await progress.store.record_turn([record], entry)
        except Exception:  # the user still gets the answer; the log says it is not stored
            log.exception("could not record the answer to message %s of user %s", record["reply_to"], progress.inbound.user_id)
        progress.state = TurnState.RECORDED
        await _send_quietly(progress.sink, frame)
        self._ended(progress)

    async def _fail(self, progress: _Progress, code: str, message: str, tool_calls: list[dict[str, Any]] = ()) -> None:  # type: ignore[assignment]
        """Record that the message got no answer and why, then send the final `error` frame."""
        progress.state, progress.outcome = TurnState.FAILED, code
        self.metrics.tool_calls(tool_calls, known=self.registry.tools)
        inbound = progress.inbound
        agent = progress.agent
        record = records.error_record(code=code, text=message, reply_to=inbound.message_id, agent=agent.name if agent else None)
        if tool_calls:
            record["tool_calls"] = list(tool_calls)
        decision = progress.decision
        entry = records.conversation_entry(
            inbound, progress.received, agent.label if agent else "agenthost", f"_(no reply: {message})_",
            decision.method if decision else "none", decision.confidence if decision else 0.0,
        )
        store = progress.store or self.storage.user(inbound.user_id)
        try:
            await store.record_turn([record], entry)
        except Exception:
            log.exception("could not record the failure of message %s of user %s", inbound.message_id, inbound.user_id)
        progress.state = TurnState.RECORDED
        if code != "unavailable":
            self.stats.count("errors")
        await _send_quietly(progress.sink, ErrorFrame(code=code, message=message, reply_to=inbound.message_id))
        self._ended(progress)

    def _ended(self, progress: _Progress) -> None:
        """Count the turn and log one line about it: ids, agent, routing, outcome and time,
        never the text (it is health data)."""
        inbound, decision = progress.inbound, progress.decision
        agent = progress.agent.name if progress.agent else "none"
        method = decision.method if decision else "none"
        seconds = time.perf_counter() - progress.started
        self.metrics.turn_ended(transport=inbound.transport, agent=agent, method=method, outcome=progress.outcome, seconds=seconds)
        if not log.isEnabledFor(logging.INFO):
            return  # the line and its fields would be thrown away
        fields = {
            "event": "turn", "message_id": inbound.message_id, "user_id": inbound.user_id, "transport": inbound.transport,
            "agent": agent, "method": method, "outcome": progress.outcome, "latency_ms": round(seconds * 1000, 1),
        }
        log.info("turn %s of user %s: %s (%s), %s in %.0f ms", inbound.message_id, inbound.user_id, agent, method,
                 progress.outcome, seconds * 1000, extra=fields)

    async def _refuse(self, inbound: Inbound, sink: ReplySink, code: str = "unavailable", message: str = RESTARTING) -> None:
        """A message that will not be answered (the server stops): stored, and told why."""
        progress = _Progress(inbound, sink, received=inbound.timestamp or utc_now())
        try:
            progress.store = self.storage.user(inbound.user_id)
            await progress.store.append_history([records.user_record(inbound, progress.received)])
        except Exception:
            log.exception("could not store message %s of user %s during shutdown", inbound.message_id, inbound.user_id)
        await self._fail(progress, code, message)

    # --- answering ------------------------------------------------------------------------

    def _make_turn(
        self,
        inbound: Inbound,
        agent: Agent,
        decision: RoutingDecision,
        history: list[dict[str, Any]],
        profile: dict[str, Any],
        store: UserStore,
        sink: ReplySink,
        safety: Intervention | None,
        typing: _Typing | None = None,
    ) -> Turn:
        seq = 0

        async def stream(delta: str) -> None:
            nonlocal seq
            if delta:
                if typing is not None:
                    await typing.start()  # a streamed reply is bracketed by typing frames
                seq += 1
                await sink.send(ChunkFrame(agent=agent.name, delta=delta, reply_to=inbound.message_id, seq=seq))

        return Turn(
            message=decision.message or inbound.text,
            message_id=inbound.message_id,
            user_id=inbound.user_id,
            agent=agent,
            routing=decision,
            history=history,
            profile=profile,
            store=store,
            tools=self.registry.tools_for(agent),
            stream=stream,
            llm=self.llm,
            registry=self.registry,
            safety=safety,
            instructions=inbound.instructions,
        )

    async def _respond(self, turn: Turn) -> tuple[Reply, str | None]:
        """The owning plugin's answer: through the model within `llm.deadline_s` when one is
        configured; if the model fails or runs out of time, the same plugin answers offline,
        reusing what the model's tools already did."""
        if turn.llm is None:
            return await self._call_respond(turn), None
        try:
            async with asyncio.timeout(turn.llm.config.deadline_s):
                return await self._call_respond(turn), None
        except (LLMError, TimeoutError) as exc:
            reason = exc.reason if isinstance(exc, LLMError) else "deadline"
            if not isinstance(exc, LLMError):  # the client counts its own failures
                self.metrics.llm_error("reply", reason)
            log.warning("LLM failed for agent %s (%s); answering offline", turn.agent.name, reason)
        await turn.settle_tools(SETTLE_TOOLS_S)
        return await self._call_respond(evolve(turn, llm=None)), reason

    async def _call_respond(self, turn: Turn) -> Reply:
        plugin = turn.agent.plugin or ""
        results = self.pm.hook_of("respond", plugin)(turn=turn)
        if not results:
            raise TypeError(f"respond of plugin {plugin!r} returned None, not a Reply or str")
        return _as_reply(await await_me_maybe(results[0]), plugin)


class _Typing:
    """The typing frames of one reply: `start` once it has taken `delay` seconds (or before its
    first chunk), repeated every `interval` while it runs, and `stop` when it ends; none at all
    for a reply ready sooner, which a person would never see."""

    def __init__(self, sink: ReplySink, agent: str, reply_to: str, delay: float, interval: float) -> None:
        self.sink, self.agent, self.reply_to, self.interval = sink, agent, reply_to, interval
        self.started = False
        self._repeating: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._loop = asyncio.get_running_loop()
        self._due = self._loop.time() + delay
        if delay <= 0:
            self._on_time()

    def arm(self) -> None:
        """The reply has to wait: `start` goes out `delay` seconds after this object was made
        (a reply ready without waiting never needs the timer, so it is made only now)."""
        if not self.started and self._timer is None:
            self._timer = self._loop.call_at(self._due, self._on_time)

    def _on_time(self) -> None:
        self._timer = None
        if not self.started:
            self.started = True
            self._repeating = asyncio.ensure_future(self._repeat(first=True))

    async def start(self) -> None:
        """Send `start` now if it has not been sent (a chunk is about to go out)."""
        if self.started:
            return
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.started = True
        await self.sink.send(TypingFrame(agent=self.agent, state="start", reply_to=self.reply_to))
        self._repeating = asyncio.ensure_future(self._repeat(first=False))

    async def _repeat(self, first: bool) -> None:
        if not first:
            await asyncio.sleep(self.interval)
        while True:
            await self.sink.send(TypingFrame(agent=self.agent, state="start", reply_to=self.reply_to))
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        """The reply is over: no more `start`, and `stop` if `start` was sent."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._repeating is not None:
            self._repeating.cancel()
        if self.started:
            await self.sink.send(TypingFrame(agent=self.agent, state="stop", reply_to=self.reply_to))


def _storage_fault(exc: BaseException) -> bool:
    """A storage that cannot be reached (a file system error, Redis away), not a bug."""
    return isinstance(exc, (OSError, ConnectionError)) or type(exc).__module__.startswith("redis")


async def _send_quietly(sink: ReplySink, frame: ServerFrame) -> None:
    try:
        await sink.send(frame)
    except Exception:
        log.exception("could not send a %s frame", frame.type)


def _as_reply(result: Any, plugin: str) -> Reply:
    if isinstance(result, Reply):
        return result
    if isinstance(result, str):
        return Reply(text=result)
    raise TypeError(f"respond of plugin {plugin!r} returned {type(result).__name__}, not a Reply or str")


def _as_interventions(result: object) -> list[Intervention]:
    if isinstance(result, Intervention):
        return [result]
    if isinstance(result, (list, tuple)):
        return [item for item in result if isinstance(item, Intervention)]
    return []
