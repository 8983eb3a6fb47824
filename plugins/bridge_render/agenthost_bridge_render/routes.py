"""HTTP routes of the bridge: `GET /external-status` and `POST /send-to-external`."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from redis.exceptions import RedisError

from host import keys

from agenthost_bridge_render.queues import SendQueueFull
from agenthost_bridge_render.transport import NAME, BridgeTransport


def _transport(request: web.Request) -> BridgeTransport | None:
    transport = request.app[keys.REGISTRY].transports.get(NAME)
    return transport if isinstance(transport, BridgeTransport) else None


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message, "status": status}, status=status)


async def external_status(request: web.Request) -> web.Response:
    """The bridge's state: configured, connected, url (no credentials), counters, outbox; with
    several hosts also which host holds the bridge (`holder`: host, epoch, connected)."""
    transport = _transport(request)
    response = _error(503, "the bridge_render transport is not running") if transport is None else web.json_response(await transport.report())
    # Read-only status: clients/test_external_client.html opened from disk (origin "null") reads it.
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


async def send_to_external(request: web.Request) -> web.Response:
    """Send `{"message", "agent"?, "to"?}` to the external app: 200 sent, 202 queued (sent
    after the reconnect), 400 for a bad body, 503 when no external URL is configured. With
    several hosts: 202 accepted (into the send stream, for the host holding the bridge), 503
    when Redis cannot be reached or `outbox_size` messages already wait there."""
    try:
        body: Any = await request.json()
    except ValueError:  # invalid JSON, or a body that is not UTF-8
        return _error(400, "the body must be a JSON object like {\"message\": \"...\", \"agent\": \"helios\"}")
    if not isinstance(body, dict):
        return _error(400, "the body must be a JSON object like {\"message\": \"...\", \"agent\": \"helios\"}")
    message = body.get("message")
    if not isinstance(message, str) or not message.strip():
        return _error(400, "'message' must be a non-empty string")
    agent = body.get("agent")
    to = body.get("to")
    if agent is not None and not isinstance(agent, str):
        return _error(400, "'agent' must be a string (an agent id such as 'helios')")
    if to is not None and not isinstance(to, str):
        return _error(400, "'to' must be a string")
    transport = _transport(request)
    if transport is None or transport.settings is None or not transport.settings.configured:
        return _error(503, "no external app is configured: set [plugins.bridge_render] url or EXTERNAL_WS_URL")

    registry = request.app[keys.REGISTRY]
    known = registry.agents.get(agent) if agent else None
    label = known.label if known is not None else (agent or "agenthost")
    try:
        delivery = await transport.send_text(message, label, known.name if known is not None else None, to)
    except SendQueueFull as exc:
        return _error(503, f"not accepted: {exc}; is any host connected? see GET /external-status")
    except (RedisError, OSError) as exc:
        return _error(503, f"not accepted: the bridge's queue in Redis cannot be reached ({type(exc).__name__})")
    if delivery.status == "accepted":
        return web.json_response({"status": "accepted", "id": delivery.id, "waiting": delivery.waiting}, status=202)
    status = 200 if delivery.status == "sent" else 202
    return web.json_response({"status": delivery.status, "id": delivery.id, "outbox_depth": delivery.waiting}, status=status)
