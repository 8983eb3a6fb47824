"""Who may call which route: origins, identities and access levels, applied by one middleware.

Every route has an access level (`register(method, path, handler, access=...)`; a plugin's
route that says nothing is `admin`, the safest kind):
- `public`: anyone (`/`, `/health` with only its status, the HTML clients);
- `user`: a token whose `sub` is the path's `{user_id}` (any valid token if the path has none),
  or an `admin` token;
- `admin`: an `admin` token (`/sessions`, `/plugins`; the default for plugin routes).

With `[auth] mode = "none"` every request may do everything (a local server). Browser requests
that open a socket or change something (POST, PUT, PATCH, DELETE) must come from the server's
own origin or one in `server.allowed_origins`, whatever the auth mode: otherwise any web page
the user visits could chat as them or drive the bridge.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from host import keys
from host.auth import LOCAL, AuthError, Identity, bearer_token
from host.ratelimits import client_ip
from host.storage import InvalidName, check_user_id

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def identity(request: web.Request) -> Identity | None:
    """Who made this request: `LOCAL` without auth, the token's identity, or None (anonymous)."""
    return request.get(keys.IDENTITY)


def http_error(status: int, message: str, headers: dict[str, str] | None = None) -> web.HTTPException:
    """An HTTP error whose body is `{"error": message, "status": status}`."""
    classes: dict[int, type[web.HTTPException]] = {
        400: web.HTTPBadRequest, 401: web.HTTPUnauthorized, 403: web.HTTPForbidden,
        404: web.HTTPNotFound, 429: web.HTTPTooManyRequests,
    }
    return classes[status](
        text=json.dumps({"error": message, "status": status}), content_type="application/json", headers=headers
    )


def origin_allowed(request: web.Request, origin: str) -> bool:
    """The server's own origin (its `Host`), or one listed in `server.allowed_origins`."""
    allowed = request.app[keys.CONFIG].server.allowed_origins
    if origin.rstrip("/") in (o.rstrip("/") for o in allowed):
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc.lower() == request.host.lower()


def _is_websocket(request: web.Request) -> bool:
    return request.headers.get("Upgrade", "").lower() == "websocket"


@web.middleware
async def limit_requests(request: web.Request, handler: Any) -> web.StreamResponse:
    """HTTP requests (socket handshakes too) per client address: 429 with `Retry-After` above
    `[limits] requests_per_ip`."""
    limits = request.app[keys.RATE_LIMITS]
    ip = client_ip(request, request.app[keys.CONFIG].server.trusted_proxies)
    request[keys.CLIENT_IP] = ip
    wait = await limits.hit(limits.requests_per_ip, "req-ip", ip)
    if wait is not None:
        raise http_error(429, f"too many requests from your address; retry in {wait:.0f} s",
                         {"Retry-After": f"{wait:.0f}"})
    return await handler(request)


@web.middleware
async def access_control(request: web.Request, handler: Any) -> web.StreamResponse:
    """Origin check, then the route's access level: 401 without a valid token, 403 without the right."""
    origin = request.headers.get("Origin")
    if origin is not None and (_is_websocket(request) or request.method not in SAFE_METHODS):
        if not origin_allowed(request, origin):
            raise http_error(403, f"origin {origin[:100]!r} is not allowed; add it to server.allowed_origins")

    authority = request.app[keys.TOKEN_AUTHORITY]
    level = request.app[keys.ROUTE_ACCESS].get(request.match_info.route, "public")
    who: Identity | None = LOCAL
    problem = "this route needs a token: send 'Authorization: Bearer <token>'"
    if authority is not None:
        who = None
        token = bearer_token(request.headers)
        if token is not None:
            try:
                who = authority.verify(token)
            except AuthError as exc:
                problem = str(exc)
    request[keys.IDENTITY] = who
    if level == "public":
        return await handler(request)
    if who is None:
        error = ', error="invalid_token"' if problem.startswith(("token", "invalid")) else ""
        raise http_error(401, problem, {"WWW-Authenticate": f'Bearer realm="agenthost"{error}'})
    if level == "admin" and not who.is_admin:
        raise http_error(403, "this route needs a token with the 'admin' scope")
    if level == "user":
        if not who.scopes & {"chat", "admin"}:
            raise http_error(403, "this route needs a token with the 'chat' or 'admin' scope")
        user_id = request.match_info.get("user_id")
        if user_id is not None:
            try:
                check_user_id(user_id)
            except InvalidName as exc:
                raise http_error(400, f"invalid user id: {exc}") from None
            if not who.may_act_as(user_id):
                raise http_error(403, f"your token is for user {who.user!r}, not {user_id!r}")
    return await handler(request)
