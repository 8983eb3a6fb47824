"""`create_app(config)`: the only place the application is built. The CLI, `python -m host`
and the tests all call it; nothing is created at import time.

Resources live in `cleanup_ctx` generators (created before `yield`, released after), in this
order: storage, the LLM client, the dispatcher, the transports, then the plugins' `startup`.
Shutdown runs them backwards, after every socket has been closed with 1001.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

from aiohttp import web

from host import keys
from host.access import access_control, limit_requests
from host.accesslog import AccessLogger
from host.auth import make_authority
from host.cluster import Cluster, LocalCluster
from host.config import Config, ConfigError
from host.connections import Connections
from host.dispatch import Dispatcher
from host.llm import make_llm, public_url
from host.metrics import Metrics, count_requests, metrics_port_ctx
from host.plugins import PluginManager, call_each, make_plugin_manager
from host.ratelimits import RateLimits, check_trusted_proxies
from host.registry import build_registry
from host.router import Router
from host.storage import FileStorage, Storage
from host.views import json_errors

log = logging.getLogger(__name__)


def create_app(config: Config, extra_plugins: Iterable[Any] = (), pm: PluginManager | None = None) -> web.Application:
    """Build the app. `extra_plugins` are registered on its plugin manager (tests use this)."""
    pm = pm or make_plugin_manager(config)
    for plugin in extra_plugins:
        pm.register(plugin, name=getattr(plugin, "__name__", None))
    registry = build_registry(pm)
    fallback = config.router.fallback_agent
    if registry.agents and fallback not in registry.agents:
        log.warning("router.fallback_agent %r is not loaded; the best score wins instead", fallback)
    _check_screening(pm)

    authority = make_authority(config.auth)  # a bad [auth] or [limits] setting stops here, named
    check_trusted_proxies(config.server.trusted_proxies)
    rate_limits = RateLimits(config.limits)

    app = web.Application(
        middlewares=[count_requests, json_errors, limit_requests, access_control],
        # keepalive_timeout also closes a connection that has not finished its request (headers
        # trickling in, or nothing at all) in time: the handshake deadline.
        handler_args={"keepalive_timeout": config.limits.handshake_timeout_s, "access_log_class": AccessLogger},
    )
    app[keys.METRICS] = Metrics()
    app[keys.METRICS].watch(app)
    app[keys.TOKEN_AUTHORITY] = authority
    app[keys.RATE_LIMITS] = rate_limits
    app[keys.ROUTE_ACCESS] = {}
    app[keys.CONFIG] = config
    app[keys.PLUGIN_MANAGER] = pm
    app[keys.REGISTRY] = registry
    app[keys.CONNECTIONS] = Connections()
    app[keys.STARTED_AT] = time.time()
    for route in registry.routes:
        added = app.router.add_route(route.method, route.path, route.handler)
        app[keys.ROUTE_ACCESS][added] = route.access
    app.cleanup_ctx.extend([_rate_limits_ctx, _storage_ctx, _llm_ctx, _dispatcher_ctx, _transports_ctx, _plugin_lifecycle_ctx, metrics_port_ctx])
    # Turns in flight finish (or are told the server is restarting) while their sockets are
    # still open; only then are the sockets closed.
    app.on_shutdown.extend([_finish_turns, _close_sockets])
    return app


def _check_screening(pm: PluginManager) -> None:
    """Refuse to serve when the safety guard was meant to run but could not load.

    A guard switched off on purpose (`[plugins] disabled = ["safety"]`) is the operator's choice
    and only warned about. One that failed to import would leave every health chat unscreened
    while looking like a normal start, so the host stops here, naming the plugin and its error.
    (A guard that raises on one message is different: that turn is counted and goes on.)"""
    if pm.implementers("screen"):
        return
    if "safety" in pm.failed:
        raise ConfigError(
            f"plugin safety (the safety guard) failed to load, and no other plugin screens messages: "
            f"{pm.failed['safety']}. The host will not serve health chats unscreened; fix the install "
            '(`agenthost plugins --all` shows the error), or run without a guard on purpose with [plugins] disabled = ["safety"]'
        )
    if "safety" in pm.disabled:
        log.warning("plugin safety is disabled and no other plugin screens messages: red flags reach the agents unanswered")


async def _rate_limits_ctx(app: web.Application) -> AsyncIterator[None]:
    yield
    await app[keys.RATE_LIMITS].close()


async def _storage_ctx(app: web.Application) -> AsyncIterator[None]:
    """The storage backend and the cluster: files and one host, or Redis shared by several."""
    config = app[keys.CONFIG]
    storage: Storage
    cluster: Cluster
    if config.storage.backend == "redis":
        from host.cluster import RedisCluster
        from host.redis_storage import RedisStorage

        storage = RedisStorage.from_url(config.storage.redis_url, config.storage.prefix, config.storage.max_entries, app[keys.METRICS])
        cluster = RedisCluster(storage.client, config.storage.prefix, storage=storage)
        log.info("storage: Redis at %s, prefix %r; host %s", public_url(config.storage.redis_url), config.storage.prefix, cluster.host_id)
    else:
        storage = FileStorage(
            config.server.data_dir, app[keys.METRICS], cache_mb=config.storage.cache_mb, sync_interval_s=config.storage.fsync_interval_s
        )
        cluster = LocalCluster()
    app[keys.STORAGE], app[keys.CLUSTER] = storage, cluster
    await cluster.start()
    yield
    await cluster.stop()
    await storage.close()


async def _llm_ctx(app: web.Application) -> AsyncIterator[None]:
    llm = make_llm(app[keys.CONFIG].llm, app[keys.METRICS])
    app[keys.LLM_CLIENT] = llm
    if llm is None:
        log.info("LLM: none configured (no OPENAI_API_KEY or OPENAI_BASE_URL); agents answer offline")
    else:
        described = llm.describe()
        log.info("LLM: model %s at %s", described.get("model"), described.get("base_url") or "api.openai.com")
    yield
    if llm is not None:
        await llm.close()


async def _dispatcher_ctx(app: web.Application) -> AsyncIterator[None]:
    config = app[keys.CONFIG]
    registry = app[keys.REGISTRY]
    pm = app[keys.PLUGIN_MANAGER]
    llm = app[keys.LLM_CLIENT]
    router = Router(pm, registry, config.router, llm)
    app[keys.DISPATCHER] = Dispatcher(
        config=config, pm=pm, registry=registry, router=router, storage=app[keys.STORAGE], llm=llm,
        cluster=app[keys.CLUSTER], metrics=app[keys.METRICS],
    )
    if not registry.agents:
        log.warning("no agent is loaded: install an agent plugin (see `agenthost plugins --all`)")
    await app[keys.DISPATCHER].warm_up()  # before _transports_ctx: no turn waits on it
    yield
    await app[keys.DISPATCHER].shutdown(config.server.shutdown_grace_s)  # a no-op after _finish_turns


async def _transports_ctx(app: web.Application) -> AsyncIterator[None]:
    registry = app[keys.REGISTRY]
    pm = app[keys.PLUGIN_MANAGER]
    started = []
    for name, transport in list(registry.transports.items()):
        try:
            await transport.start(app[keys.DISPATCHER])
            started.append(transport)
        except Exception as exc:
            owner = registry.transport_plugins.get(name, name)
            pm.mark_failed(owner, f"transport {name} failed to start: {exc}")
            del registry.transports[name]
    yield
    for transport in reversed(started):
        try:
            await transport.stop()
        except Exception:
            log.exception("transport %s failed to stop cleanly", transport.name)


async def _plugin_lifecycle_ctx(app: web.Application) -> AsyncIterator[None]:
    pm = app[keys.PLUGIN_MANAGER]
    await call_each(pm, "startup", app=app)
    yield
    await call_each(pm, "shutdown", app=app)


async def _finish_turns(app: web.Application) -> None:
    await app[keys.DISPATCHER].shutdown(app[keys.CONFIG].server.shutdown_grace_s)


async def _close_sockets(app: web.Application) -> None:
    await app[keys.CONNECTIONS].close_all()
