"""agenthost-bridge-render: a transport that bridges an external WebSocket chat app.

Set `EXTERNAL_WS_URL` (or `[plugins.bridge_render] url`) and the host keeps one connection to
that app: its users' messages are routed to the agents like any other, each external sender
with a conversation of their own, and the replies go back over the same connection. Adds
`GET /external-status` and `POST /send-to-external`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from host import hookimpl

from agenthost_bridge_render.routes import external_status, send_to_external
from agenthost_bridge_render.transport import BridgeTransport

__all__ = ["BridgeTransport", "register_routes", "register_transports"]


@hookimpl
def register_transports(register: Callable[[Any], None]) -> None:
    """One bridge per app: the host calls its `start(dispatcher)` once the app runs."""
    register(BridgeTransport())


@hookimpl
def register_routes(register: Callable[..., None]) -> None:
    """`GET /external-status` (state and counters) and `POST /send-to-external` (send a message).

    Both need an admin token when auth is on: sending speaks for the whole server, and the
    status names the external app and its traffic."""
    register("GET", "/external-status", external_status, access="admin")
    register("POST", "/send-to-external", send_to_external, access="admin")
