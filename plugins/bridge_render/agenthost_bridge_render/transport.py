"""The bridge transport: one outgoing WebSocket connection to an external chat app.

It keeps the connection up (reconnecting forever with capped, jittered exponential backoff;
keep-alive pings find a dead peer), turns the app's frames into `Inbound` messages for the
dispatcher, and sends each reply back, through a persisted outbox while disconnected.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
import uuid
from collections import Counter, deque
from pathlib import Path
from typing import Any

from attrs import frozen
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from host.protocol import ErrorFrame, MessageFrame
from host.types import Inbound
from host.clock import utc_now

from agenthost_bridge_render.outbox import Outbox, OutboxEntry
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
    """What happened to one outbound frame: `sent` now, or `queued` in the outbox."""

    status: str
    id: str
    outbox_depth: int


class BridgeTransport:
    """The `bridge_render` transport: `start(dispatcher)`, `stop()`, `status()`."""

    name = NAME

    def __init__(self) -> None:
        self.settings: BridgeSettings | None = None
        self.dispatcher: Any = None
        self.outbox: Outbox | None = None
        self.connected = False
        self.since: str | None = None
        self.connects = 0
        self.failed_attempts = 0
        self.last_error: str | None = None
        self.messages_in = 0
        self.messages_out = 0
        self.skipped: Counter[str] = Counter()
        self._ws: ClientConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._send_lock = asyncio.Lock()
        self._turns: set[asyncio.Future[Any]] = set()
        self._recent_plain: deque[str] = deque(maxlen=RECENT_PLAIN_REPLIES)

    # --- lifecycle --------------------------------------------------------------------------

    async def start(self, dispatcher: Any) -> None:
        """Read the settings, load the outbox and start connecting (in the background).

        Raises ValueError naming the setting when `[plugins.bridge_render]` is wrong. Without
        a URL the bridge stays idle and reports `configured: false`."""
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
        self.outbox = Outbox(Path(self.settings.data_dir) / OUTBOX_FILE, self.settings.outbox_size)
        await self.outbox.load()
        self._stopping.clear()
        self.since = utc_now()
        self._task = asyncio.create_task(self._run(), name="bridge_render connection")
        log.info("bridge_render: connecting to %s as %s", self.settings.public_url, self.settings.user_id)

    async def stop(self) -> None:
        """Let replies in progress go out (bounded by `server.shutdown_grace_s`), then close
        the connection cleanly (1001 going away) and persist the outbox."""
        task, self._task = self._task, None
        if task is not None and self._turns and self._ws is not None:
            grace = float(getattr(self.dispatcher.config.server, "shutdown_grace_s", 5.0))
            await asyncio.wait(set(self._turns), timeout=grace)
        self._stopping.set()
        if task is not None:
            ws = self._ws
            if ws is not None:
                try:
                    await ws.close(code=1001, reason="agenthost shutting down")
                except Exception as exc:  # the peer may already be gone
                    log.debug("bridge_render: close failed: %s", exc)
            else:
                task.cancel()
            done, _ = await asyncio.wait({task}, timeout=self._close_timeout() + 1.0)
            if not done:
                task.cancel()
                await asyncio.wait({task}, timeout=1.0)
        if self.outbox is not None:
            await self.outbox.save()

    def status(self) -> dict[str, Any]:
        """What `GET /external-status` shows; the URL has no credentials or query values."""
        settings = self.settings
        return {
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

    # --- the connection loop ----------------------------------------------------------------

    async def _run(self) -> None:
        settings = self.settings
        assert settings is not None and settings.url is not None
        failures = 0
        while not self._stopping.is_set():
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
            try:
                await self._opened(ws)
                await self._read(ws)
            except ConnectionClosed as exc:
                if not self._stopping.is_set():
                    self._error(f"connection closed: {exc}")
            except Exception as exc:
                log.exception("bridge_render: connection failed")
                self._error(f"connection failed: {_describe(exc)}")
                with contextlib.suppress(Exception):
                    await ws.close(code=1011, reason="bridge error")
            finally:
                self._ws = None
                self.connected = False
                self.since = utc_now()
                if self._stopping.is_set():  # also when stop() cancelled us mid-flush
                    with contextlib.suppress(Exception):
                        await ws.close(code=1001, reason="agenthost shutting down")
            if not self._stopping.is_set():
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
        assert self.outbox is not None
        async with self._send_lock:
            self.connects += 1
            log.info("bridge_render: connected to %s (connection %d)", self.settings and self.settings.public_url, self.connects)
            flushed = 0
            try:
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
                    await self.outbox.save()
            self._ws = ws
            self.connected = True
            self.since = utc_now()

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

    # --- inbound ------------------------------------------------------------------------------

    async def _received(self, raw: str | bytes) -> None:
        settings = self.settings
        assert settings is not None
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
        """Send one frame now if connected (and nothing is waiting), else queue it in order."""
        assert self.outbox is not None
        async with self._send_lock:
            entry_id = uuid.uuid4().hex
            ws = self._ws
            if ws is not None and not self.outbox:
                try:
                    await ws.send(frame)
                    self.messages_out += 1
                    if plain:
                        self._recent_plain.append(frame)
                    return Delivery("sent", entry_id, 0)
                except ConnectionClosed as exc:
                    self._error(f"send failed, reply queued: {exc}")
            if plain:
                self._recent_plain.append(frame)
            await self.outbox.add(OutboxEntry(id=entry_id, frame=frame, queued_at=utc_now()))  # logs any drop
            return Delivery("queued", entry_id, len(self.outbox))

    async def send_text(self, message: str, agent: str, agent_id: str | None, to: str | None = None) -> Delivery:
        """Send a message that no inbound frame asked for (`POST /send-to-external`)."""
        settings = self.settings
        assert settings is not None
        plain = settings.format == "text"
        frame = reply_payload(
            message=message, agent=agent, agent_id=agent_id, to=to, reply_to=None,
            timestamp=utc_now(), our_id=settings.user_id, plain=plain,
        )
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
        suffix = "" if delivery.status == "sent" else " (queued: disconnected)"
        await transport.append_log(f"out · {agent} → {self.message.sender}{suffix}", text)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, InvalidStatus):
        return f"server answered HTTP {exc.response.status_code}"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"
