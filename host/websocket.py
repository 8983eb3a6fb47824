"""The built-in WebSocket transport: `/ws/{user_id}`, wire protocol v1 (see docs/protocol.md).

Registered as a default plugin through `register_routes`, like any other plugin's routes.
The handler only reads frames and hands messages to the dispatcher; replies come back
through a `WebSocketSink`, so a slow reply never blocks pings or the next message.
"""

from __future__ import annotations

import logging
import uuid

from aiohttp import WSMsgType, web

from host import keys
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
    dumps,
    parse_client_frame,
)
from host.types import Inbound
from host.views import valid_user_id

log = logging.getLogger(__name__)


class WebSocketSink:
    """Sends server frames to one socket; a socket that has gone away is skipped silently."""

    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws

    async def send(self, frame: ServerFrame) -> None:
        if self.ws.closed:
            return
        try:
            await self.ws.send_str(dumps(frame))
        except (ConnectionError, RuntimeError):
            log.debug("client went away before a %s frame", frame.type)


async def websocket_handler(request: web.Request) -> web.StreamResponse:
    user_id = valid_user_id(request)
    config = request.app[keys.CONFIG]
    ws = web.WebSocketResponse(heartbeat=config.server.heartbeat_s, max_msg_size=config.server.max_frame_bytes)
    await ws.prepare(request)
    connections = request.app[keys.CONNECTIONS]
    connections.add(user_id, ws)
    sink = WebSocketSink(ws)
    try:
        await sink.send(WelcomeFrame(user_id=user_id, agents=request.app[keys.REGISTRY].agent_summaries()))
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await _on_text(request.app, user_id, msg.data, sink)
            elif msg.type == WSMsgType.BINARY:
                await sink.send(ErrorFrame(code="binary_not_supported", message="send text frames (JSON or plain text)"))
            elif msg.type == WSMsgType.ERROR:
                log.info("websocket of %s closed with error: %s", user_id, ws.exception())
    finally:
        connections.discard(user_id, ws)
    return ws


async def _on_text(app: web.Application, user_id: str, data: str, sink: WebSocketSink) -> None:
    config = app[keys.CONFIG]
    try:
        frame = parse_client_frame(data, config.server.max_message_bytes)
    except ProtocolError as exc:
        await sink.send(ErrorFrame(code=exc.code, message=exc.message, reply_to=exc.reply_to))
        return
    if isinstance(frame, Ping):
        await sink.send(PongFrame())
    elif isinstance(frame, HistoryRequest):
        store = app[keys.STORAGE].user(user_id)
        await sink.send(HistoryFrame(messages=await store.recent_history(frame.limit)))
    elif isinstance(frame, ClientMessage):
        inbound = Inbound(user_id=user_id, text=frame.message, message_id=frame.id or uuid.uuid4().hex)
        app[keys.DISPATCHER].submit(inbound, sink)


@hookimpl
def register_routes(register) -> None:  # type: ignore[no-untyped-def]
    """The chat socket. `{user_id:.*}` takes any text so a bad id gets a clear 400, not a 404."""
    register("GET", "/ws/{user_id:.*}", websocket_handler)
