"""The bridge transport: one outgoing WebSocket connection to an external chat app.

It keeps the connection up (reconnecting forever with capped, jittered exponential backoff;
keep-alive pings find a dead peer), turns the app's frames into `Inbound` messages for the
dispatcher, and sends each reply back, through a persisted outbox while disconnected.

One host alone keeps its outbox in a file. Hosts sharing a Redis (`dispatcher.cluster.redis`
is set) are one bridge: only the holder of the lease (`lease.py`) connects, the others stand
by and try to take the lease every `renew_s`. Frames from any host reach the holder through
the send stream, and the outbox lives in Redis (`queues.py`), so a failover loses nothing
queued. A holder past its lease (by its own clock) drops the connection before it sends or
routes anything more.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
import uuid
from collections import Counter, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attrs import asdict, frozen
from redis.exceptions import RedisError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from host.protocol import ErrorFrame, MessageFrame
from host.types import Inbound
from host.clock import utc_now

from agenthost_bridge_render.lease import BridgeLease, LeaseLapsed
from agenthost_bridge_render.outbox import Outbox, OutboxEntry, read_entries
from agenthost_bridge_render.queues import ClusterQueues, outbox_json
from agenthost_bridge_render.settings import BridgeSettings, parse_settings
from agenthost_bridge_render.wire import BRIDGE_LOG_USER, ExternalMessage, Skipped, parse_frame, reply_payload, user_id_for

log = logging.getLogger(__name__)

NAME = "bridge_render"
OUTBOX_FILE = Path(".bridge_render") / "outbox.jsonl"
# Plain-text replies cannot be told from the peer's own messages; a broadcast server that
# echoes them back must not start a reply loop, so recent ones are remembered.
RECENT_PLAIN_REPLIES = 200


@frozen
class Delivery:
    """What happened to one outbound frame: `sent` now, `queued` in the outbox, or (several
    hosts) `accepted` into the send stream, for the lease holder to send; `waiting` counts the
    frames ahead of it there (the outbox's, or the stream's)."""

    status: str
    id: str
    waiting: int


class BridgeTransport:
    """The `bridge_render` transport: `start(dispatcher)`, `stop()`, `status()`."""

    name = NAME

    def __init__(self) -> None:
        self.settings: BridgeSettings | None = None
        self.dispatcher: Any = None
        self.outbox: Outbox | None = None  # one host alone
        self.lease: BridgeLease | None = None  # several hosts: this host's side of the lease
        self.queues: ClusterQueues | None = None  # several hosts: the send stream and the outbox
        self.connected = False
        self.since: str | None = None
        self.connects = 0
        self.failed_attempts = 0
        self.last_error: str | None = None
        self.messages_in = 0
        self.messages_out = 0
        self.skipped: Counter[str] = Counter()
        self.takeovers = 0  # times this host took the lease
        self.lease_losses = 0  # times it lost the lease without giving it up
        self._socket: ClientConnection | None = None  # the open connection (also while flushing)
        self._ws: ClientConnection | None = None  # the connection new frames go straight out on
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._lease_lost = asyncio.Event()
        self._watchdog: asyncio.TimerHandle | None = None
        self._send_lock = asyncio.Lock()
        self._turns: set[asyncio.Future[Any]] = set()
        self._recent_plain: deque[str] = deque(maxlen=RECENT_PLAIN_REPLIES)

    @property
    def clustered(self) -> bool:
        """Whether this bridge is one of several hosts' on a shared Redis."""
        return self.lease is not None

    # --- lifecycle --------------------------------------------------------------------------

    async def start(self, dispatcher: Any) -> None:
        """Read the settings, set up the outbox and start connecting (in the background).

        Raises ValueError naming the setting when `[plugins.bridge_render]` is wrong. Without
        a URL the bridge stays idle and reports `configured: false`. With a shared Redis
        (`dispatcher.cluster.redis`) this host stands by until it takes the bridge lease."""
        config = dispatcher.config
        self.settings = parse_settings(
            config.plugin_settings(NAME),
            config.server.data_dir,
            max_message_bytes=config.server.max_message_bytes,
            max_frame_bytes=config.server.max_frame_bytes,
        )
        self.dispatcher = dispatcher
        if not self.settings.configured:
            log.info("bridge_render: no url / EXTERNAL_WS_URL set; the external bridge is off")
            return
        cluster = getattr(dispatcher, "cluster", None)
        client = getattr(cluster, "redis", None)
        if client is None:
            self.outbox = Outbox(Path(self.settings.data_dir) / OUTBOX_FILE, self.settings.outbox_size)
            await self.outbox.load()
            run = self._connect_forever(lambda: True)
        else:
            self.lease = BridgeLease(client, cluster.prefix, cluster.host_id, self.settings.lease_s)
            self.queues = ClusterQueues(client, cluster.prefix, self.settings.outbox_size)
            await self._move_file_outbox()
            run = self._run_clustered()
        self._stopping.clear()
        self.since = utc_now()
        self._task = asyncio.create_task(run, name="bridge_render connection")
        log.info(
            "bridge_render: %s %s as %s",
            "standing by for the bridge lease to connect to" if self.clustered else "connecting to",
            self.settings.public_url, self.settings.user_id,
        )

    async def stop(self) -> None:
        """Let replies in progress go out (bounded by `server.shutdown_grace_s`), then close
        the connection cleanly (1001 going away), persist the outbox, give up the lease."""
        task, self._task = self._task, None
        if task is not None and self._turns and self._ws is not None:
            grace = float(getattr(self.dispatcher.config.server, "shutdown_grace_s", 5.0))
            await asyncio.wait(set(self._turns), timeout=grace)
        self._stopping.set()
        if task is not None:
            ws = self._socket
            if ws is not None:
                try:
                    await ws.close(code=1001, reason="agenthost shutting down")
                except Exception as exc:  # the peer may already be gone
                    log.debug("bridge_render: close failed: %s", exc)
            elif not self.clustered:
                task.cancel()
            done, _ = await asyncio.wait({task}, timeout=self._close_timeout() + 1.0)
            if not done:
                task.cancel()
                await asyncio.wait({task}, timeout=1.0)
        if self.outbox is not None:
            await self.outbox.save()
        if self.lease is not None and self.lease.value is not None:
            try:  # a standby takes over at its next try instead of after the lease
                await self.lease.release()
                log.info("bridge_render: gave up the bridge lease")
            except (RedisError, OSError) as exc:
                log.warning("bridge_render: could not give up the bridge lease (%s); it lapses in %.0f s", exc, self.settings and self.settings.lease_s)

    def status(self) -> dict[str, Any]:
        """This host's side, without Redis round trips; `report()` adds the cluster's."""
        settings = self.settings
        status: dict[str, Any] = {
            "configured": bool(settings and settings.configured),
            "connected": self.connected,
            "url": settings.public_url if settings else None,
            "user_id": settings.user_id if settings else None,
            "format": settings.format if settings else None,
            "since": self.since,
            "connects": self.connects,
            "reconnects": max(0, self.connects - 1),
            "failed_attempts": self.failed_attempts,
            "last_error": self.last_error,
            "messages_in": self.messages_in,
            "messages_out": self.messages_out,
            "outbox_depth": len(self.outbox) if self.outbox is not None else 0,
            "outbox_size": settings.outbox_size if settings else None,
            "dropped": self.outbox.dropped if self.outbox is not None else 0,
            "skipped": dict(self.skipped),
        }
        if self.lease is not None and settings is not None:
            status["outbox_depth"] = status["dropped"] = None  # in Redis: `report()` reads them
            holding = self.lease.valid()
            status["cluster"] = {
                "host_id": self.lease.host_id,
                "role": "holder" if holding else "standby",
                "epoch": self.lease.epoch if holding else None,
                "takeovers": self.takeovers,
                "lease_losses": self.lease_losses,
                "lease_s": settings.lease_s,
                "renew_s": settings.renew_s,
            }
        return status

    async def report(self) -> dict[str, Any]:
        """What `GET /external-status` shows: `status()`, and with several hosts the holder
        (host, epoch, connected), the shared outbox and the frames waiting in the send stream.
        The URL has no credentials or query values."""
        status = self.status()
        if self.lease is None or self.queues is None:
            return status
        try:
            holder = await self.lease.holder()
            status["holder"] = asdict(holder) if holder is not None else None
            status["outbox_depth"] = await self.queues.depth()
            status["dropped"] = await self.queues.dropped()
            status["send_waiting"] = await self.queues.waiting()
        except (RedisError, OSError) as exc:
            status["holder"] = None
            status["redis_error"] = _describe(exc)
        return status

    async def _move_file_outbox(self) -> None:
        """Replies a single host left in its file outbox go to the cluster's send stream, once:
        the file is renamed away first, so two hosts on one data dir never both send them."""
        settings, queues = self.settings, self.queues
        assert settings is not None and queues is not None and self.lease is not None
        path = Path(settings.data_dir) / OUTBOX_FILE
        claimed = path.with_name(f"{path.name}.{self.lease.host_id}")
        try:
            path.rename(claimed)
        except FileNotFoundError:
            return
        except OSError as exc:
            log.error("bridge_render: could not claim %s to move it to Redis: %s", path, exc)
            return
        entries = await asyncio.to_thread(read_entries, claimed)
        try:
            async with asyncio.timeout(settings.lease_s):  # start-up must not hang on a Redis far away
                await queues.submit_all([(e.frame, not e.frame.lstrip().startswith("{")) for e in entries])
        except (RedisError, OSError, TimeoutError) as exc:
            with contextlib.suppress(OSError):
                claimed.rename(path)  # tried again at the next start
            log.error("bridge_render: could not move %d replies from %s to Redis: %s", len(entries), path, exc)
            return
        claimed.unlink(missing_ok=True)
        log.info("bridge_render: moved %d replies from %s to the cluster's send stream", len(entries), path)

    # --- the connection loop ----------------------------------------------------------------

    async def _connect_forever(self, allowed: Callable[[], bool]) -> None:
        """Connect, read, reconnect with backoff; while `allowed()` (the lease is held)."""
        settings = self.settings
        assert settings is not None and settings.url is not None
        failures = 0
        while not self._stopping.is_set() and allowed():
            try:
                ws = await connect(
                    settings.url,
                    additional_headers=settings.headers or None,
                    open_timeout=settings.open_timeout_s,
                    ping_interval=settings.ping_interval_s,
                    ping_timeout=settings.ping_timeout_s,
                    close_timeout=settings.close_timeout_s,
                    max_size=settings.max_frame_bytes,
                )
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                failures += 1
                self.failed_attempts += 1
                self._error(f"connect failed: {_describe(exc)}")
                await self._pause(self._backoff(failures))
                continue
            failures = 0
            if self._stopping.is_set():
                await ws.close(code=1001, reason="agenthost shutting down")
                break
            if not allowed():
                ws.transport.abort()
                break
            self._socket = ws
            try:
                await self._opened(ws)
                await self._read(ws)
            except ConnectionClosed as exc:
                if not self._stopping.is_set() and allowed():
                    self._error(f"connection closed: {exc}")
            except LeaseLapsed:
                self._drop_connection("the bridge lease lapsed while the outbox was being sent")
            except Exception as exc:
                log.exception("bridge_render: connection failed")
                self._error(f"connection failed: {_describe(exc)}")
                if allowed():
                    with contextlib.suppress(Exception):
                        await ws.close(code=1011, reason="bridge error")
                else:
                    ws.transport.abort()
            finally:
                self._socket = None
                self._ws = None
                self.connected = False
                self.since = utc_now()
                if self._stopping.is_set():  # also when stop() cancelled us mid-flush
                    with contextlib.suppress(Exception):
                        await ws.close(code=1001, reason="agenthost shutting down")
                await self._announce(connected=False)
            if not self._stopping.is_set() and allowed():
                failures += 1
                await self._pause(self._backoff(failures))

    def _backoff(self, failures: int) -> float:
        """Exponential in the number of failures in a row, capped, with equal jitter."""
        settings = self.settings
        assert settings is not None
        base = min(settings.max_backoff_s, settings.initial_backoff_s * 2 ** min(failures - 1, 32))
        return base / 2 + random.uniform(0, base / 2)

    async def _pause(self, delay: float) -> None:
        """Sleep `delay` seconds, or less if `stop()` is called meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=delay)

    async def _opened(self, ws: ClientConnection) -> None:
        """Send what waited in the outbox, in order, then let new replies go straight out."""
        async with self._send_lock:
            self.connects += 1
            log.info("bridge_render: connected to %s (connection %d)", self.settings and self.settings.public_url, self.connects)
            flushed = 0
            try:
                if self.queues is not None:
                    flushed = await self._flush_cluster_outbox(ws)
                else:
                    assert self.outbox is not None
                    while self.outbox:
                        entry = self.outbox.peek()
                        assert entry is not None
                        await ws.send(entry.frame)
                        self.outbox.pop()
                        self.messages_out += 1
                        flushed += 1
            finally:
                if flushed:
                    log.info("bridge_render: sent %d replies from the outbox", flushed)
                    if self.outbox is not None:
                        await self.outbox.save()
            self._ws = ws
            self.connected = True
            self.since = utc_now()
        await self._announce(connected=True)

    async def _flush_cluster_outbox(self, ws: ClientConnection) -> int:
        """Send the shared outbox oldest first, each frame popped once sent (fenced: only while
        this host holds the lease). Returns how many went out."""
        queues, lease = self.queues, self.lease
        assert queues is not None and lease is not None
        flushed = 0
        while (queued := await queues.head()) is not None:
            if not lease.valid():
                raise LeaseLapsed()
            await ws.send(queued.frame)
            self._sent(queued.frame, queued.plain)
            flushed += 1
            if not await queues.pop(queued, lease.value or ""):
                raise LeaseLapsed()
        return flushed

    async def _announce(self, *, connected: bool) -> None:
        """Tell the other hosts (through Redis) whether the holder's connection is open."""
        if self.lease is None or not self.lease.valid():
            return
        try:
            await self.lease.mark_connected(connected)
        except (RedisError, OSError) as exc:
            log.warning("bridge_render: could not record the connection state in Redis: %s", exc)

    async def _read(self, ws: ClientConnection) -> None:
        while True:
            raw = await ws.recv()
            try:
                await self._received(raw)
            except Exception:  # one bad frame must not end the connection
                log.exception("bridge_render: failed to handle a frame")
                self.skipped["internal"] += 1

    def _error(self, message: str) -> None:
        self.last_error = f"{utc_now()} {message}"
        log.warning("bridge_render: %s", message)

    def _close_timeout(self) -> float:
        return self.settings.close_timeout_s if self.settings else 5.0

    # --- holding the lease (several hosts) ----------------------------------------------------

    async def _run_clustered(self) -> None:
        """Stand by until this host takes the lease (trying every `renew_s`, or right when the
        holder's lease lapses if that is sooner); hold the bridge while it keeps it; repeat."""
        settings, lease = self.settings, self.lease
        assert settings is not None and lease is not None
        while not self._stopping.is_set():
            try:
                taken = await asyncio.wait_for(lease.acquire(), settings.renew_s)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._error(f"cannot reach Redis for the bridge lease: {_describe(exc)}")
                taken = False
            if taken:
                await self._hold()
            if not self._stopping.is_set():
                wait = settings.renew_s
                if not taken and lease.lapses_in_s is not None:
                    # A live holder renews long before its lease lapses; a dead one's lapses
                    # sooner than our next try would come: try right after it does.
                    wait = min(wait, lease.lapses_in_s + 0.01)
                await self._pause(wait)

    async def _hold(self) -> None:
        """Hold the bridge: connect, relay the send stream, renew the lease; until `stop()`, or
        until the lease is lost, when the connection is dropped before anything more goes out."""
        lease = self.lease
        assert lease is not None
        self.takeovers += 1
        log.info("bridge_render: this host (%s) holds the bridge lease, epoch %s", lease.host_id, lease.epoch)
        self._lease_lost.clear()
        self._arm_watchdog()
        connection = asyncio.create_task(self._connect_forever(lease.valid), name="bridge_render connection")
        helpers = [
            asyncio.create_task(self._relay(), name="bridge_render send stream"),
            asyncio.create_task(self._keep_lease(), name="bridge_render lease"),
            asyncio.create_task(self._stopping.wait()),
            asyncio.create_task(self._lease_lost.wait()),
        ]
        try:
            await asyncio.wait([connection, *helpers[2:]], return_when=asyncio.FIRST_COMPLETED)
            if self._stopping.is_set():  # stop() closes the connection: let the loop see it out
                await asyncio.wait({connection}, timeout=self._close_timeout() + 1.0)
        finally:
            for task in [connection, *helpers]:
                task.cancel()
            await asyncio.gather(connection, *helpers, return_exceptions=True)
            if self._watchdog is not None:
                self._watchdog.cancel()
                self._watchdog = None
        if self._stopping.is_set():
            return
        self.lease_losses += 1
        self._drop_connection("this host no longer holds the bridge lease")
        log.warning("bridge_render: this host lost the bridge lease (epoch %s); standing by", lease.epoch)
        with contextlib.suppress(Exception):  # still ours in Redis if only our clock ran out: hand it on
            await asyncio.wait_for(lease.release(), timeout=1.0)
        lease.forget()

    async def _keep_lease(self) -> None:
        """Renew the lease every `renew_s`; a renewal that fails for Redis reasons is tried
        again, and the watchdog ends the holding if the lease lapses meanwhile."""
        settings, lease = self.settings, self.lease
        assert settings is not None and lease is not None
        while True:
            await asyncio.sleep(settings.renew_s)
            try:
                async with asyncio.timeout(max(lease.remaining(), 0.01)):
                    kept = await lease.renew()
            except (RedisError, OSError, TimeoutError) as exc:
                self._error(f"could not renew the bridge lease ({_describe(exc)}); {lease.remaining():.1f} s left")
                continue
            if not kept:
                self._lose_lease("another host holds the bridge lease")
                return
            self._arm_watchdog()

    def _arm_watchdog(self) -> None:
        """Drop the connection the moment the local lease deadline passes, unless renewed."""
        assert self.lease is not None
        if self._watchdog is not None:
            self._watchdog.cancel()
        self._watchdog = asyncio.get_running_loop().call_later(self.lease.remaining(), self._deadline_passed)

    def _deadline_passed(self) -> None:
        self._watchdog = None
        if self.lease is not None and self.lease.valid():
            self._arm_watchdog()
            return
        self._lose_lease("the bridge lease lapsed: no renewal within lease_s")

    def _lose_lease(self, reason: str) -> None:
        self._drop_connection(reason)
        self._lease_lost.set()

    def _drop_connection(self, reason: str) -> None:
        """Cut the connection without a closing handshake: nothing more goes out on it."""
        self._ws = None
        self.connected = False
        ws, self._socket = self._socket, None
        if ws is not None:
            self._error(f"dropped the connection: {reason}")
            ws.transport.abort()

    async def _relay(self) -> None:
        """Take the frames other hosts (or late turns) put in the send stream, send or queue
        each, and only then acknowledge it. Ends as soon as the lease is not ours."""
        settings, lease, queues = self.settings, self.lease, self.queues
        assert settings is not None and lease is not None and queues is not None
        while lease.valid():
            try:
                await queues.ensure_group()
                while lease.valid():
                    for item in await queues.take(block_s=settings.renew_s):
                        if item.frame is not None:  # None: trimmed away; only the ack is left to do
                            async with self._send_lock:
                                delivery = await self._deliver_as_holder(item.frame, item.plain)
                            if delivery is None:
                                return  # not ours any more: the next holder reads it again
                        await queues.done(item.id)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._error(f"the send stream in Redis failed: {_describe(exc)}")
                await self._pause(min(1.0, settings.renew_s))

    # --- inbound ------------------------------------------------------------------------------

    async def _received(self, raw: str | bytes) -> None:
        settings = self.settings
        assert settings is not None
        if self.lease is not None and not self.lease.valid():
            # A holder that stalled past its lease wakes up with frames in its buffer: another
            # host holds the bridge now, so none of them is routed here.
            self.skipped["not_holder"] += 1
            self._lose_lease("the bridge lease lapsed before a frame was handled")
            return
        parsed = parse_frame(raw, settings.user_id, settings.max_message_bytes)
        if isinstance(parsed, ExternalMessage) and parsed.plain and parsed.text in self._recent_plain:
            self._recent_plain.remove(parsed.text)
            parsed = Skipped("echo", "our own plain-text reply")
        if isinstance(parsed, Skipped):
            self.skipped[parsed.reason] += 1
            level = logging.DEBUG if parsed.reason in ("echo", "non_chat") else logging.INFO
            log.log(level, "bridge_render: frame not routed (%s) %s", parsed.reason, parsed.detail)
            return
        self.messages_in += 1
        user_id = user_id_for(parsed.sender)
        message_id = parsed.message_id or f"ext-{uuid.uuid4().hex[:12]}"
        await self.append_log(f"in · {parsed.sender} → {user_id}", parsed.text)
        inbound = Inbound(user_id=user_id, text=parsed.text, message_id=message_id, transport=NAME, timestamp=utc_now())
        done = self.dispatcher.submit(inbound, _BridgeSink(self, parsed, message_id))
        if inspect.iscoroutine(done):
            done = await done
        if inspect.isawaitable(done):
            future = asyncio.ensure_future(done)
            self._turns.add(future)
            future.add_done_callback(self._turns.discard)

    # --- outbound -----------------------------------------------------------------------------

    async def deliver(self, frame: str, *, plain: bool = False) -> Delivery:
        """Send one frame now if connected (and nothing is waiting), else queue it in order.
        With several hosts, a host that does not hold the lease hands it to the holder."""
        async with self._send_lock:
            if self.queues is None:
                return await self._deliver_alone(frame, plain)
            delivery = await self._deliver_as_holder(frame, plain)
        if delivery is not None:
            return delivery
        submitted = await self.queues.submit(frame, plain)  # a reply is never refused: no limit
        return Delivery("accepted", submitted.id, submitted.waiting)

    async def _deliver_alone(self, frame: str, plain: bool) -> Delivery:
        """One host: send, or queue in the file outbox. The caller holds the send lock."""
        assert self.outbox is not None
        entry_id = uuid.uuid4().hex
        ws = self._ws
        if ws is not None and not self.outbox:
            try:
                await ws.send(frame)
                self._sent(frame, plain)
                return Delivery("sent", entry_id, 0)
            except ConnectionClosed as exc:
                self._error(f"send failed, reply queued: {exc}")
        if plain:
            self._recent_plain.append(frame)
        await self.outbox.add(OutboxEntry(id=entry_id, frame=frame, queued_at=utc_now()))  # logs any drop
        return Delivery("queued", entry_id, len(self.outbox))

    async def _deliver_as_holder(self, frame: str, plain: bool) -> Delivery | None:
        """Several hosts: send now, or queue in the shared outbox; None when this host does not
        hold the lease (then nothing was sent or queued). The caller holds the send lock."""
        lease, queues = self.lease, self.queues
        assert lease is not None and queues is not None
        entry_id = uuid.uuid4().hex
        ws = self._ws
        if ws is not None and lease.valid():
            try:
                # websockets writes a text frame before send() first yields: nothing can pass
                # between this lease check and the write.
                await ws.send(frame)
                self._sent(frame, plain)
                return Delivery("sent", entry_id, 0)
            except ConnectionClosed as exc:
                self._error(f"send failed, reply queued: {exc}")
        if lease.value is None or not lease.valid():
            return None
        queued = await queues.queue(outbox_json(entry_id, frame, plain, utc_now()), lease.value)
        if queued is None:
            return None
        for lost in queued.dropped:
            log.warning(
                "bridge outbox full (%d): dropped the oldest reply %s queued at %s",
                queues.outbox_size, lost.id, lost.queued_at,
            )
        return Delivery("queued", entry_id, queued.depth)

    def _sent(self, frame: str, plain: bool) -> None:
        self.messages_out += 1
        if plain:
            self._recent_plain.append(frame)

    async def send_text(self, message: str, agent: str, agent_id: str | None, to: str | None = None) -> Delivery:
        """Send a message that no inbound frame asked for (`POST /send-to-external`). With
        several hosts it always goes through the send stream (`accepted`), at most `outbox_size`
        waiting there (else `queues.SendQueueFull`)."""
        settings = self.settings
        assert settings is not None
        plain = settings.format == "text"
        frame = reply_payload(
            message=message, agent=agent, agent_id=agent_id, to=to, reply_to=None,
            timestamp=utc_now(), our_id=settings.user_id, plain=plain,
        )
        if self.queues is not None:
            submitted = await self.queues.submit(frame, plain, limit=settings.outbox_size)
            delivery = Delivery("accepted", submitted.id, submitted.waiting)
        else:
            delivery = await self.deliver(frame, plain=plain)
        await self.append_log(f"out · {agent} → {to or 'external app'} ({delivery.status})", message)
        return delivery

    async def append_log(self, heading: str, text: str) -> None:
        """Append to the combined bridge log, `<data_dir>/external-socket-user/conversations.md`."""
        try:
            store = self.dispatcher.storage.user(BRIDGE_LOG_USER)
            await store.append_conversation(f"## {utc_now()} · {heading}\n\n{text}\n\n---\n\n")
        except Exception:
            log.exception("bridge_render: could not write the bridge log")


class _BridgeSink:
    """The reply sink of one external message: the final reply (or error) goes back out."""

    def __init__(self, transport: BridgeTransport, message: ExternalMessage, message_id: str) -> None:
        self.transport = transport
        self.message = message
        self.message_id = message_id

    async def send(self, frame: Any) -> None:
        try:
            await self._send(frame)
        except Exception:  # the turn is stored regardless; never fail the dispatcher
            log.exception("bridge_render: could not deliver a reply")

    async def _send(self, frame: Any) -> None:
        transport = self.transport
        settings = transport.settings
        assert settings is not None
        plain = self.message.plain or settings.format == "text"
        if isinstance(frame, MessageFrame):
            text, agent = frame.message, frame.agent
            wire = reply_payload(
                message=text, agent=agent, agent_id=frame.metadata.get("agent_id"), to=self.message.sender,
                reply_to=frame.metadata.get("reply_to") or self.message_id, timestamp=frame.timestamp,
                our_id=settings.user_id, plain=plain,
            )
        elif isinstance(frame, ErrorFrame):
            text, agent = frame.message, "agenthost"
            wire = reply_payload(
                message=text, agent=agent, agent_id=None, to=self.message.sender,
                reply_to=frame.reply_to or self.message_id, timestamp=frame.timestamp,
                our_id=settings.user_id, plain=plain, kind="error", extra={"code": frame.code},
            )
        else:
            return  # typing and streamed chunks have no counterpart on the external wire
        delivery = await transport.deliver(wire, plain=plain)
        suffix = {"sent": "", "queued": " (queued: disconnected)"}.get(delivery.status, " (handed to the bridge holder)")
        await transport.append_log(f"out · {agent} → {self.message.sender}{suffix}", text)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, InvalidStatus):
        return f"server answered HTTP {exc.response.status_code}"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"
