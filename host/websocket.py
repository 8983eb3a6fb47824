"""The built-in WebSocket transport: `/ws/{user_id}`, wire protocol v1 (see docs/protocol.md).

Registered as a default plugin through `register_routes`, like any other plugin's routes.
The handler only reads frames and hands messages to the dispatcher; replies come back
through a `WebSocketSink`, so a slow reply never blocks pings or the next message, and a
client that does not read never blocks a reply.

Who may open the socket is settled by host/access.py before the handler runs (origin, token,
`sub == user_id` or admin). The handler applies the `[limits]`: sockets per user, per address
and in total, new users per address, messages per user and per address, the idle deadline,
the token's expiry and the per-socket send buffer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

from aiohttp import WSCloseCode, WSMsgType, web

from host import keys, records
from host.access import http_error, identity
from host.auth import BEARER_SUBPROTOCOL_PREFIX, SUBPROTOCOL
from host.config import LimitsConfig
from host.hookspecs import hookimpl
from host.protocol import (
    ClientMessage,
    ErrorFrame,
    HistoryFrame,
    HistoryRequest,
    Ping,
    PongFrame,
    ProtocolError,
    ServerFrame,
    WelcomeFrame,
    encode,
    parse_client_frame,
)
from host.ratelimits import SOCKET_RETRY_AFTER_S
from host.types import Inbound
from host.views import valid_user_id

log = logging.getLogger(__name__)

# Close codes beyond RFC 6455's: the 4000-4999 range is the application's own.
CLOSE_IDLE = WSCloseCode.OK
CLOSE_NOT_READING = WSCloseCode.POLICY_VIOLATION
CLOSE_TOKEN_EXPIRED = 4401
CLOSE_GRACE_S = 2.0


class WebSocketSink:
    """Sends server frames to one socket, in order, without ever making the sender wait.

    `send` queues the frame and returns; one writer task sends the queue. A client that lets
    more than `limit` bytes pile up is not reading: its socket is closed with 1008 and the
    connection dropped, instead of the server's memory growing or a turn waiting on it.
    """

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, limit: int, user_id: str) -> None:
        self.ws = ws
        self.limit = limit
        self.user_id = user_id
        self._request = request
        self._queue: deque[bytes] = deque()
        self._queued_bytes = 0
        self._ready = asyncio.Event()
        self._writer = asyncio.create_task(self._write_queue())
        self._closing: asyncio.Task[None] | None = None

    @property
    def closed(self) -> bool:
        return self.ws.closed or self._closing is not None

    async def send(self, frame: ServerFrame) -> None:
        self.send_now(frame)

    def send_now(self, frame: ServerFrame) -> None:
        """`send` without awaiting (it never waits): queue the frame for the writer."""
        if self.closed:
            return
        data = encode(frame)
        if self._queued_bytes + len(data) > self.limit:
            log.warning("closing a socket of %s: the client is not reading (more than %d bytes waiting)",
                        self.user_id, self.limit)
            self.close(CLOSE_NOT_READING, "send buffer full: the client is not reading", flush=False)
            return
        self._queue.append(data)
        self._queued_bytes += len(data)
        self._ready.set()

    async def _write_queue(self) -> None:
        while True:
            await self._ready.wait()
            self._ready.clear()
            while self._queue:
                data = self._queue.popleft()
                self._queued_bytes -= len(data)
                try:
                    await self.ws.send_frame(data, WSMsgType.TEXT)
                except (ConnectionError, RuntimeError):
                    log.debug("client of %s went away with %d frame(s) unsent", self.user_id, len(self._queue) + 1)
                    self._queue.clear()
                    self._queued_bytes = 0
                    return

    def close(self, code: int, reason: str, flush: bool = True) -> None:
        """Close the socket with `code` (once): after the queued frames when `flush`, and drop
        the connection if the client does not take the close frame within a moment."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close(code, reason, flush))

    async def _close(self, code: int, reason: str, flush: bool) -> None:
        if not flush:
            await self._drop(code, reason)
            return
        try:
            async with asyncio.timeout(CLOSE_GRACE_S):
                while self._queue and not self._writer.done():
                    await asyncio.sleep(0.01)
        except TimeoutError:
            pass
        self._writer.cancel()
        self._queue.clear()
        self._queued_bytes = 0
        try:
            async with asyncio.timeout(CLOSE_GRACE_S):
                await self.ws.close(code=code, message=reason.encode())
        except (TimeoutError, ConnectionError, RuntimeError):
            await self._drop(code, reason)
        except asyncio.CancelledError:
            # Cancelling the writer mid-send cancels the transport's shared drain future, which
            # surfaces here; only a cancellation of this task itself is passed on.
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise
            await self._drop(code, reason)

    async def _drop(self, code: int, reason: str) -> None:
        """Close a connection whose client is not reading: the close frame goes behind what is
        already buffered (a client that reads again gets it), and after a moment the connection
        is dropped with whatever it still holds, instead of waiting on the client forever."""
        self._writer.cancel()
        self._queue.clear()
        self._queued_bytes = 0
        transport = self._request.transport
        if transport is None or transport.is_closing():
            return
        payload = code.to_bytes(2, "big") + reason.encode()[:120]
        transport.write(bytes([0x88, len(payload)]) + payload)  # FIN + close opcode, unmasked
        try:
            async with asyncio.timeout(CLOSE_GRACE_S):
                while transport.get_write_buffer_size() and not transport.is_closing():
                    await asyncio.sleep(0.05)
        except TimeoutError:
            pass
        transport.abort()

    async def stop(self) -> None:
        """Stop the writer (the socket has closed)."""
        self._writer.cancel()
        if self._closing is not None:
            await asyncio.gather(self._closing, return_exceptions=True)


class _Deadlines:
    """Closes an idle socket (no frame from the client for `idle_s`) and one whose token has
    expired, with one timer per socket that is moved, not replaced, as frames arrive."""

    def __init__(self, sink: WebSocketSink, idle_s: float, token_expires_at: float | None) -> None:
        self._loop = asyncio.get_running_loop()
        self._sink = sink
        self._idle_s = idle_s
        self.last_frame = self._loop.time()
        # Token expiry is wall-clock (epoch); the timer runs on the loop's clock.
        self._token_deadline = (
            None if token_expires_at is None else self._loop.time() + (token_expires_at - time.time())
        )
        self._handle = self._loop.call_at(self._next(), self._check)

    def _next(self) -> float:
        idle_deadline = self.last_frame + self._idle_s
        return idle_deadline if self._token_deadline is None else min(idle_deadline, self._token_deadline)

    def _check(self) -> None:
        now = self._loop.time()
        if self._token_deadline is not None and now >= self._token_deadline:
            self._sink.close(CLOSE_TOKEN_EXPIRED, "token expired: reconnect with a new token")
        elif now - self.last_frame >= self._idle_s:
            self._sink.close(CLOSE_IDLE, f"idle: no frame for {self._idle_s:g} s")
        else:
            self._handle = self._loop.call_at(self._next(), self._check)

    def cancel(self) -> None:
        self._handle.cancel()


async def websocket_handler(request: web.Request) -> web.StreamResponse:
    user_id = valid_user_id(request)
    app = request.app
    config = app[keys.CONFIG]
    limits = app[keys.RATE_LIMITS]
    connections = app[keys.CONNECTIONS]
    ip = request.get(keys.CLIENT_IP) or request.remote or "unknown"
    offered = [p.strip() for p in request.headers.get("Sec-WebSocket-Protocol", "").split(",") if p.strip()]
    if offered and SUBPROTOCOL not in offered and any(p.startswith(BEARER_SUBPROTOCOL_PREFIX) for p in offered):
        # Else aiohttp would log the offered subprotocols, token and all, as not overlapping.
        raise http_error(400, f"offer the subprotocol {SUBPROTOCOL!r} together with the token's")

    if await app[keys.STORAGE].existing_user(user_id) is None:
        wait = await limits.hit(limits.new_users_per_ip, "new-user-ip", ip)
        if wait is not None:
            raise http_error(429, f"too many new users from your address; retry in {wait:.0f} s",
                             {"Retry-After": f"{wait:.0f}"})
    # Checked and counted with no await in between, so simultaneous handshakes cannot overshoot.
    refusal = _socket_refusal(len(connections), connections.count_ip(ip), connections.count_user(user_id), config.limits)
    if refusal is not None:
        raise http_error(429, refusal, {"Retry-After": str(SOCKET_RETRY_AFTER_S)})
    ws = web.WebSocketResponse(
        heartbeat=config.server.heartbeat_s, max_msg_size=config.server.max_frame_bytes, protocols=(SUBPROTOCOL,)
    )
    connections.add(user_id, ws, ip)
    app[keys.CLUSTER].socket_opened(user_id)
    sink: WebSocketSink | None = None
    deadlines: _Deadlines | None = None
    try:
        await ws.prepare(request)
        sink = WebSocketSink(ws, request, config.limits.send_buffer_bytes, user_id)
        who = identity(request)
        deadlines = _Deadlines(sink, config.limits.idle_timeout_s, who.expires_at if who is not None else None)
        await sink.send(WelcomeFrame(user_id=user_id, agents=app[keys.REGISTRY].agent_summaries()))
        async for msg in ws:
            deadlines.last_frame = asyncio.get_running_loop().time()
            if msg.type == WSMsgType.TEXT:
                await _on_text(app, user_id, ip, msg.data, sink)
            elif msg.type == WSMsgType.BINARY:
                await sink.send(ErrorFrame(code="binary_not_supported", message="send text frames (JSON or plain text)"))
            elif msg.type == WSMsgType.ERROR:
                log.info("websocket of %s closed with error: %s", user_id, ws.exception())
    finally:
        connections.discard(user_id, ws)
        app[keys.CLUSTER].socket_closed(user_id)
        if deadlines is not None:
            deadlines.cancel()
        if sink is not None:
            await sink.stop()
    return ws


def _socket_refusal(total: int, from_ip: int, of_user: int, limits: LimitsConfig) -> str | None:
    """Why one more socket is refused (a message for the 429), or None."""
    if total >= limits.max_sockets:
        return f"the server has its maximum of {limits.max_sockets} sockets open; retry later"
    if from_ip >= limits.sockets_per_ip:
        return f"your address has {from_ip} sockets open, the most allowed; close one first"
    if of_user >= limits.sockets_per_user:
        return f"this user has {of_user} sockets open, the most allowed; close a tab first"
    return None


async def _on_text(app: web.Application, user_id: str, ip: str, data: str, sink: WebSocketSink) -> None:
    config = app[keys.CONFIG]
    try:
        frame = parse_client_frame(data, config.server.max_message_bytes)
    except ProtocolError as exc:
        await sink.send(ErrorFrame(code=exc.code, message=exc.message, reply_to=exc.reply_to))
        return
    if isinstance(frame, Ping):
        await sink.send(PongFrame())
        return
    # A message and a history read cost a turn or a trip to disk: both count as messages.
    wait = await app[keys.RATE_LIMITS].message(user_id, ip)
    reply_to = frame.id if isinstance(frame, ClientMessage) else None
    if wait is not None:
        app[keys.METRICS].rate_limited("messages")
        await sink.send(ErrorFrame(code="rate_limited", message=f"too many messages; retry in {wait:.0f} s",
                                   reply_to=reply_to, retry_after=wait))
        return
    if isinstance(frame, HistoryRequest):
        store = app[keys.STORAGE].user(user_id)
        try:
            messages = await store.recent_history(frame.limit)
        except Exception:  # storage away (Redis restarting): say so; the socket stays open
            log.exception("could not read the history of %s", user_id)
            await sink.send(ErrorFrame(code="unavailable", message="the history cannot be read right now; ask again in a moment"))
            return
        await sink.send(HistoryFrame(messages=messages))
    elif isinstance(frame, ClientMessage):
        inbound = Inbound(user_id=user_id, text=frame.message, message_id=frame.id or records.new_id())
        app[keys.DISPATCHER].submit(inbound, sink)


@hookimpl
def register_routes(register) -> None:  # type: ignore[no-untyped-def]
    """The chat socket, for the user of the token (or an admin). `{user_id}` takes any text
    so a bad id gets a clear 400, not a 404 (`[\\s\\S]`: `.` would not take a newline)."""
    register("GET", "/ws/{user_id:[\\s\\S]*}", websocket_handler, access="user")
