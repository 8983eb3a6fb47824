"""Typed keys for everything the app holds (`app[key]`) and a request carries (`request[key]`),
in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from host.auth import Identity, TokenAuthority
from host.cluster import Cluster
from host.config import Config
from host.connections import Connections
from host.dispatch import Dispatcher
from host.llm import LLM
from host.metrics import Metrics
from host.plugins import PluginManager
from host.ratelimits import RateLimits
from host.registry import Registry
from host.storage import Storage

if TYPE_CHECKING:  # the guard is a plugin: only imported when enabled
    from host.safety.guard import Guard

CONFIG = web.AppKey("config", Config)
PLUGIN_MANAGER = web.AppKey("plugin_manager", PluginManager)
REGISTRY = web.AppKey("registry", Registry)
STORAGE = web.AppKey("storage", Storage)  # type: ignore[type-abstract]
CLUSTER = web.AppKey("cluster", Cluster)  # type: ignore[type-abstract]
LLM_CLIENT = web.AppKey("llm", LLM | None)  # type: ignore[arg-type]
DISPATCHER = web.AppKey("dispatcher", Dispatcher)
CONNECTIONS = web.AppKey("connections", Connections)
STARTED_AT = web.AppKey("started_at", float)
METRICS = web.AppKey("metrics", Metrics)
SAFETY_GUARD: web.AppKey[Guard] = web.AppKey("safety_guard")  # set by the built-in guard at startup

# Identity and access (host/auth.py, host/access.py, host/ratelimits.py).
TOKEN_AUTHORITY = web.AppKey("token_authority", TokenAuthority | None)  # type: ignore[arg-type]
ROUTE_ACCESS = web.AppKey("route_access", dict)  # aiohttp route -> "public" | "user" | "admin"
RATE_LIMITS = web.AppKey("rate_limits", RateLimits)
IDENTITY = web.RequestKey("identity", Identity | None)  # type: ignore[arg-type]
CLIENT_IP = web.RequestKey("client_ip", str)
