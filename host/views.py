"""The REST routes: `/`, `/health`, `/me`, `/plugins`, `/sessions`, a user's files, and the HTML
clients.

Registered as a default plugin through `register_routes`, each with its access level (see
host/access.py). Every error is JSON with a message.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, NoReturn

import attrs
from aiohttp import web
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

import host
from host import keys
from host.access import http_error, identity
from host.hookspecs import hookimpl
from host.storage import InvalidName, check_file_name, check_user_id

log = logging.getLogger(__name__)

CLIENTS_DIR = Path(__file__).resolve().parent.parent / "clients"
STORAGE_RETRY_AFTER_S = 1
CLIENT_PAGES = {"local": "test_local_client.html", "external": "test_external_client.html"}
NO_SCREEN_WARNING = "no plugin screens messages (is [plugins] disabling \"safety\"?): red flags reach the agents unanswered"


def json_error(status: int, message: str) -> NoReturn:
    """Raise a 400, 401, 403, 404 or 429 whose body is `{"error": message, "status": status}`."""
    raise http_error(status, message)


def _is_admin(request: web.Request) -> bool:
    who = identity(request)
    return who is not None and who.is_admin


def valid_user_id(request: web.Request) -> str:
    """The `{user_id}` of the path, or a 400 saying why it is not allowed."""
    user_id = request.match_info.get("user_id", "")
    try:
        return check_user_id(user_id)
    except InvalidName as exc:
        json_error(400, f"invalid user id: {exc}")


def _plugin_states(app: web.Application) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in attrs.asdict(info).items() if v is not None and k != "builtin"}
        for info in app[keys.PLUGIN_MANAGER].list_plugins()
    ]


def _wants_html(request: web.Request) -> bool:
    accept = request.headers.get("Accept", "")
    return "text/html" in accept and "application/json" not in accept


async def index(request: web.Request) -> web.StreamResponse:
    """JSON about the server; browsers get the chat page instead."""
    page = CLIENTS_DIR / CLIENT_PAGES["local"]
    if _wants_html(request) and page.is_file():
        return web.FileResponse(page)
    app = request.app
    registry = app[keys.REGISTRY]
    return web.json_response(
        {
            "name": "agenthost",
            "version": host.__version__,
            "protocol": 1,
            "websocket": "/ws/{user_id}",
            "agents": registry.agent_summaries(),
            "transports": ["websocket", *registry.transports],
            **({"plugins": _plugin_states(app)} if _is_admin(request) else {}),
        }
    )


async def health(request: web.Request) -> web.Response:
    """`{"status": "ok" | "degraded"}` for anyone; the detail (problems, counters, plugins,
    storage) only for an admin, since it says what a visitor should not know."""
    app = request.app
    registry = app[keys.REGISTRY]
    dispatcher = app[keys.DISPATCHER]
    llm = app[keys.LLM_CLIENT]
    storage_ok = await app[keys.STORAGE].healthy()
    plugins = _plugin_states(app)
    failed = [p["name"] for p in plugins if p["state"] == "failed"]
    problems = []
    if not registry.agents:
        problems.append("no agent is loaded: install or enable an agent plugin")
    if failed:
        problems.append(f"plugin(s) failed: {', '.join(failed)}")
    if not storage_ok:
        problems.append("storage is not writable")
    status = "ok" if not problems else "degraded"
    if not _is_admin(request):
        return web.json_response({"status": status})
    try:
        counts = await dispatcher.stats.snapshot()
        connections: int | None = sum((await app[keys.CLUSTER].sessions()).values())
    except (RedisConnectionError, RedisTimeoutError):  # Redis away: say so, with what this host knows
        problems.append("the cluster's counters are unreachable (Redis)")
        status = "degraded"
        counts = {"messages_handled": {}, "errors": 0, "llm_errors": 0, "rejected": 0, "screen_errors": 0, "safety": {}}
        connections = None
    body = {
        "status": status,
        "problems": problems,
        "uptime_s": round(time.time() - app[keys.STARTED_AT], 1),
        "host": {"id": app[keys.CLUSTER].host_id, "connections": len(app[keys.CONNECTIONS])},
        "storage": app[keys.CONFIG].storage.backend,
        "connections": connections,
        "messages_handled": counts["messages_handled"],
        "errors": counts["errors"],
        "llm_errors": counts["llm_errors"],
        "rejected": counts["rejected"],
        "llm": llm.describe() if llm is not None else {"mode": "offline"},
        "agents": sorted(registry.agents),
        "transports": {name: t.status() for name, t in registry.transports.items()},
        "plugins": plugins,
        "safety": _safety(app, counts),
        "storage_ok": storage_ok,
    }
    return web.json_response(body)


def _safety(app: web.Application, counts: dict[str, Any]) -> dict[str, Any]:
    """Which plugins screen messages, what they flagged and what they leave out."""
    screens = app[keys.PLUGIN_MANAGER].implementers("screen")
    status: dict[str, Any] = {"screens": screens, "interventions": counts["safety"], "screen_errors": counts["screen_errors"]}
    guard = app.get(keys.SAFETY_GUARD)
    if guard is not None:
        status.update(guard.status())
    if not screens:
        status["warnings"] = [NO_SCREEN_WARNING]
    return status


async def me(request: web.Request) -> web.Response:
    """Who the token says you are: `user`, `scopes`, `expires_at` (a page calls this to tell a
    refused or expired token from a network error, which a browser's WebSocket cannot)."""
    who = identity(request)
    assert who is not None  # the route is `user`: the middleware let no anonymous request in
    auth = request.app[keys.CONFIG].auth.mode
    return web.json_response({"auth": auth, "user": who.user, "scopes": sorted(who.scopes), "expires_at": who.expires_at})


async def plugins(request: web.Request) -> web.Response:
    return web.json_response(_plugin_states(request.app))


async def sessions(request: web.Request) -> web.Response:
    """Open sockets per user, on every host of the cluster."""
    per_user = await request.app[keys.CLUSTER].sessions()
    return web.json_response({"total": sum(per_user.values()), "users": per_user})


async def user_files(request: web.Request) -> web.Response:
    user_id = valid_user_id(request)
    store = await request.app[keys.STORAGE].existing_user(user_id)
    files = await store.list_files() if store else []
    return web.json_response({"user_id": user_id, "files": [attrs.asdict(f) for f in files]})


async def user_file(request: web.Request) -> web.StreamResponse:
    user_id = valid_user_id(request)
    name = request.match_info["name"]
    try:
        check_file_name(name)
    except InvalidName as exc:
        json_error(400, str(exc))
    store = await request.app[keys.STORAGE].existing_user(user_id)
    content = await store.file_content(name) if store else None
    if content is None:
        json_error(404, f"user {user_id!r} has no file {name!r}")
    content_type = "text/markdown" if name.endswith(".md") else "application/json"
    if name.endswith(".jsonl"):
        content_type = "application/x-ndjson"
    headers = {"Content-Type": f"{content_type}; charset=utf-8"}
    # Streamed, never read whole: a 50 MB history costs a buffer, not 50 MB, per request.
    if content.path is not None:
        return web.FileResponse(content.path, headers=headers)
    response = web.StreamResponse(headers=headers)
    if content.size is not None:
        response.content_length = content.size
    await response.prepare(request)
    assert content.chunks is not None
    async for chunk in content.chunks:
        await response.write(chunk)
    await response.write_eof()
    return response


async def client_page(request: web.Request) -> web.StreamResponse:
    name = request.match_info["page"]
    page = CLIENTS_DIR / CLIENT_PAGES.get(name, "")
    if name not in CLIENT_PAGES or not page.is_file():
        json_error(404, f"no client page {name!r}; known: {sorted(CLIENT_PAGES)}")
    return web.FileResponse(page)


@web.middleware
async def json_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Turn aiohttp's plain-text 404/405 into JSON errors like the rest of the API, and an
    unreachable Redis (restarting) into 503 with `Retry-After`, not a 500."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.content_type == "application/json" or exc.status < 400:
            raise
        return web.json_response({"error": exc.reason, "status": exc.status}, status=exc.status)
    except (RedisConnectionError, RedisTimeoutError) as exc:
        log.warning("%s %s: storage unreachable (%s); answered 503", request.method, request.path, exc)
        return web.json_response({"error": "storage is unreachable; retry in a moment", "status": 503}, status=503,
                                 headers={"Retry-After": str(STORAGE_RETRY_AFTER_S)})


@hookimpl
def register_routes(register) -> None:  # type: ignore[no-untyped-def]
    """The built-in REST API. `{user_id:.*}` so a bad id (with `/` or `..`) gets 400, not 404."""
    register("GET", "/", index, access="public")
    register("GET", "/health", health, access="public")
    register("GET", "/me", me, access="user")
    register("GET", "/plugins", plugins, access="admin")
    register("GET", "/sessions", sessions, access="admin")
    register("GET", "/user/{user_id:[^/]*}/files", user_files, access="user")
    register("GET", "/user/{user_id:[^/]*}/files/{name}", user_file, access="user")
    register("GET", "/user/{user_id:[^/]*}/file/{name}", user_file, access="user")  # the original backend's path
    register("GET", "/clients/{page}", client_page, access="public")
