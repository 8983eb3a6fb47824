"""A fake external chat app for the cluster tests and the failover benchmark: a `websockets`
server on 127.0.0.1 that behaves like a chat server the bridge's user may log in to twice.

Every message goes to every open connection of the bridge (so a holder that stalled and woke
up sees the same messages as the new one: it must not answer them), and waits in a backlog
while none is open (so messages sent during a failover reach the new holder). Each connection
is labelled with the host that opened it (the `X-Test-Host` handshake header, set through
`[plugins.bridge_render] headers`), and every frame the bridge sends is recorded with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any

from attrs import define, field
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

HOST_HEADER = "X-Test-Host"


@define(eq=False)
class Connection:
    """One connection the bridge opened: which host, when it opened and closed."""

    host: str
    ws: ServerConnection
    opened_at: float
    closed_at: float | None = None

    @property
    def open(self) -> bool:
        return self.closed_at is None


@define
class Received:
    """One frame the bridge sent, and the host whose connection carried it."""

    host: str
    frame: str
    at: float
    data: dict[str, Any] | None = field(default=None)

    def __attrs_post_init__(self) -> None:
        with contextlib.suppress(ValueError):
            parsed = json.loads(self.frame)
            self.data = parsed if isinstance(parsed, dict) else None


class ExternalChat:
    """The external app: `start()`, `send(frame)`, `stop()`, and what it saw."""

    def __init__(self) -> None:
        self.port = 0
        self.server: Server | None = None
        self.connections: list[Connection] = []
        self.received: list[Received] = []
        self.backlog: list[str] = []

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/chat/{{user_id}}"

    def open_connections(self) -> list[Connection]:
        return [c for c in self.connections if c.open]

    async def start(self) -> None:
        """Listen (again) on the same port: port 0 the first time."""
        self.server = await serve(self._handle, "127.0.0.1", self.port, ping_interval=None, close_timeout=0.5)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and drop every connection, as a crashed server would."""
        if self.server is None:
            return
        self.server.close(close_connections=False)
        for connection in self.open_connections():
            connection.ws.transport.abort()
        await asyncio.wait_for(self.server.wait_closed(), 5)
        self.server = None

    async def _handle(self, ws: ServerConnection) -> None:
        connection = Connection(ws.request.headers.get(HOST_HEADER, "?"), ws, time.monotonic())
        self.connections.append(connection)
        backlog, self.backlog = self.backlog, []
        try:
            for frame in backlog:
                await ws.send(frame)
            async for message in ws:
                self.received.append(Received(connection.host, message if isinstance(message, str) else repr(message), time.monotonic()))
        except ConnectionClosed:
            pass
        finally:
            connection.closed_at = time.monotonic()

    async def send(self, frame: dict[str, Any] | str) -> None:
        """To every open connection; into the backlog (sent on the next connection) if none."""
        text = json.dumps(frame) if isinstance(frame, dict) else frame
        delivered = False
        for connection in self.open_connections():
            try:
                await connection.ws.send(text)
                delivered = True
            except ConnectionClosed:
                pass
        if not delivered:
            self.backlog.append(text)

    def replies_to(self, message_id: str) -> list[Received]:
        return [r for r in self.received if r.data is not None and r.data.get("reply_to") == message_id]

    def texts(self) -> list[str]:
        """The `message` of every JSON frame received, in order."""
        return [r.data["message"] for r in self.received if r.data is not None and "message" in r.data]


async def wait_until(check: Callable[[], bool], timeout: float = 10.0, poll: float = 0.01) -> None:
    """Poll `check` until it is true; fail (TimeoutError) after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(poll)
