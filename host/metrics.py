"""Prometheus metrics: one registry per app (never the global one), served at `GET /metrics`.

Every name starts with `agenthost_` and follows Prometheus' conventions (`_total` counters,
`_seconds` histograms). Labels hold only bounded sets (agents, tools, routing methods,
outcomes, reasons, routes): never a user id, a message or a conversation.

The code calls the methods of one `Metrics` object (`app[keys.METRICS]`); what is cheaper to
read than to count (open sockets, queued turns, each transport's `status()`, plugin states) is
read when Prometheus scrapes, by `LiveCollector`. The metric list is in docs/metrics.md.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Container, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram, ProcessCollector
from prometheus_client.context_managers import Timer
from prometheus_client.exposition import choose_encoder
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

import host
from host.config import ConfigError
from host.hookspecs import hookimpl

if TYPE_CHECKING:
    from host.types import Intervention

log = logging.getLogger(__name__)

# From an offline answer (milliseconds) to a model's answer near `server.turn_timeout_s`.
TURN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0, 60.0)
LLM_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)
STORAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 2.5)
TOOL_BUCKETS = (0.001, 0.005, 0.025, 0.1, 0.5, 1.0, 5.0, 15.0)
UNKNOWN_TOOL = "unknown"  # a tool name the model made up: not a label value of its own


class Metrics:
    """The app's metrics and the few calls the code makes to move them."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        r = self.registry
        self.turns = Counter(
            "agenthost_turns_total", "Turns that ended, by transport, answering agent, routing method and outcome "
            "(answered, offline: the model failed and the agent answered without it, or the error code).",
            ["transport", "agent", "method", "outcome"], registry=r,
        )
        self.turn_seconds = Histogram(
            "agenthost_turn_duration_seconds", "From the start of a turn to its final frame, by answering agent.",
            ["agent"], buckets=TURN_BUCKETS, registry=r,
        )
        self.rate_limited_frames = Counter(
            "agenthost_rate_limited_frames_total", "Messages refused with rate_limited, by reason.", ["reason"], registry=r
        )
        self.interventions = Counter(
            "agenthost_safety_interventions_total", "Messages a screen hook flagged (the most severe finding of each).",
            ["category", "severity", "action"], registry=r,
        )
        self.tool_calls_total = Counter(
            "agenthost_tool_calls_total", "Tool runs, by tool and outcome (ok or error).", ["tool", "outcome"], registry=r
        )
        self.tool_seconds = Histogram(
            "agenthost_tool_duration_seconds", "How long each tool run took.", ["tool"], buckets=TOOL_BUCKETS, registry=r
        )
        self.llm_seconds = Histogram(
            "agenthost_llm_request_duration_seconds",
            "One request to the model, sent to last byte, by operation (reply or route).",
            ["operation"], buckets=LLM_BUCKETS, registry=r,
        )
        self.llm_errors = Counter(
            "agenthost_llm_errors_total", "Model failures, by operation and reason (timeout, rate limited, deadline, ...).",
            ["operation", "reason"], registry=r,
        )
        self.llm_tokens = Counter(
            "agenthost_llm_tokens_total", "Tokens the model server reported using, by operation and kind (prompt or completion).",
            ["operation", "kind"], registry=r,
        )
        self.storage_seconds = Histogram(
            "agenthost_storage_operation_duration_seconds", "One storage operation, queueing for a thread included.",
            ["operation"], buckets=STORAGE_BUCKETS, registry=r,
        )
        self.http_requests = Counter(
            "agenthost_http_requests_total", "HTTP requests (socket handshakes included), by route pattern, method and status.",
            ["route", "method", "status"], registry=r,
        )

    # --- what the code calls ----------------------------------------------------------------

    def _child(self, metric: Any, *values: str) -> Any:
        """`metric.labels(*values)`, looked up once per label set: prometheus_client's labels()
        validates and locks on every call (2 us; a turn made four or more). Label values come
        from closed sets (agents, methods, tools or `unknown`, storage operations), so this
        stays small."""
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child

    def turn_ended(self, *, transport: str, agent: str, method: str, outcome: str, seconds: float) -> None:
        self._child(self.turns, transport, agent, method, outcome).inc()
        self._child(self.turn_seconds, agent).observe(seconds)

    def rate_limited(self, reason: str) -> None:
        self.rate_limited_frames.labels(reason).inc()

    def intervention(self, found: Intervention) -> None:
        self.interventions.labels(found.category, found.severity, found.action).inc()

    def tool_calls(self, calls: Iterable[Mapping[str, Any]], known: Container[str]) -> None:
        """Count the runs a turn recorded (`turn.tool_calls`); a name no plugin registered
        counts as `unknown`, so a model cannot invent label values."""
        for call in calls:
            tool = call.get("name") if call.get("name") in known else UNKNOWN_TOOL
            result = call.get("result")
            outcome = "error" if isinstance(result, dict) and "error" in result else "ok"
            self._child(self.tool_calls_total, tool, outcome).inc()
            self._child(self.tool_seconds, tool).observe(float(call.get("ms") or 0.0) / 1000)

    def llm_timer(self, operation: str) -> Timer:
        """`with metrics.llm_timer("reply"):` times one model request, however it ends."""
        return self.llm_seconds.labels(operation).time()

    def llm_error(self, operation: str, reason: str) -> None:
        self.llm_errors.labels(operation, reason).inc()

    def llm_usage(self, operation: str, usage: Any) -> None:
        """Count an OpenAI `usage` object's tokens (servers that report none are skipped)."""
        for kind in ("prompt", "completion"):
            tokens = getattr(usage, f"{kind}_tokens", None)
            if isinstance(tokens, int) and tokens > 0:
                self.llm_tokens.labels(operation, kind).inc(tokens)

    def storage_timer(self, operation: str) -> Timer:
        return self._child(self.storage_seconds, operation.lstrip("_")).time()

    def storage_observe(self, operation: str, seconds: float) -> None:
        """What `storage_timer` records, for an operation timed by its caller."""
        self._child(self.storage_seconds, operation.lstrip("_")).observe(seconds)

    # --- the app ----------------------------------------------------------------------------

    def watch(self, app: web.Application) -> None:
        """Read `app`'s live state at each scrape, and the process' CPU, memory and files."""
        self.registry.register(LiveCollector(app))
        ProcessCollector(registry=self.registry)

    def exposition(self, accept: str = "") -> tuple[bytes, str]:
        """The metrics in the format `accept` asks for (Prometheus text by default), and its content type."""
        encoder, content_type = choose_encoder(accept)
        return encoder(self.registry), content_type


class LiveCollector(Collector):
    """What is read, not counted: sockets, queued turns, transports, plugins. Families are
    always present (without samples when there is nothing to report), so dashboards and
    alerts can name them on any server."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        from host import keys  # host.keys imports this module

        app = self.app
        info = GaugeMetricFamily("agenthost_build_info", "The agenthost version serving.", labels=["version"])
        info.add_metric([host.__version__], 1)
        yield info

        connections = app.get(keys.CONNECTIONS)
        sockets = GaugeMetricFamily("agenthost_websocket_connections", "Open chat sockets.")
        sockets.add_metric([], len(connections) if connections is not None else 0)
        yield sockets

        dispatcher = app.get(keys.DISPATCHER)
        queued = GaugeMetricFamily("agenthost_turns_queued", "Messages waiting behind their user's turn in progress.")
        running = GaugeMetricFamily("agenthost_turns_in_progress", "Users whose turn is being answered now.")
        queued.add_metric([], dispatcher.queued() if dispatcher is not None else 0)
        running.add_metric([], dispatcher.in_progress() if dispatcher is not None else 0)
        yield queued
        yield running

        yield from self._transports(app.get(keys.REGISTRY))

        # In shadow mode the built-in guard answers nothing, so the dispatcher never sees its
        # findings: they are read from the guard, to see what it would have done.
        shadow = CounterMetricFamily("agenthost_safety_shadow_hits", "Red flags the guard found in shadow mode (logged, not answered).",
                                     labels=["category", "severity"])
        guard = app.get(keys.SAFETY_GUARD)
        for key, count in (sorted(guard.shadow_hits.items()) if guard is not None else ()):
            category, _, severity = key.partition("/")
            shadow.add_metric([category, severity], count)
        yield shadow

        plugins = GaugeMetricFamily("agenthost_plugins", "Plugins by state (enabled, disabled, failed).", labels=["state"])
        pm = app.get(keys.PLUGIN_MANAGER)
        states = [info.state for info in pm.list_plugins()] if pm is not None else []
        for state in ("enabled", "disabled", "failed"):
            plugins.add_metric([state], states.count(state))
        yield plugins

    def _transports(self, registry: Any) -> Iterator[Metric]:
        """Each transport's `status()` (the bridge's: connected, reconnects, outbox depth)."""
        up = GaugeMetricFamily("agenthost_transport_connected", "1 when a transport's outside connection is up.", labels=["transport"])
        reconnects = CounterMetricFamily("agenthost_transport_reconnects", "Times a transport connected again after losing its connection.", labels=["transport"])
        outbox = GaugeMetricFamily("agenthost_transport_outbox_depth", "Messages waiting in a transport's outbox.", labels=["transport"])
        dropped = CounterMetricFamily("agenthost_transport_outbox_dropped", "Messages a full outbox dropped.", labels=["transport"])
        messages = CounterMetricFamily("agenthost_transport_messages", "Messages a transport carried, by direction (in or out).", labels=["transport", "direction"])
        for name, transport in (registry.transports.items() if registry is not None else ()):
            try:
                status = transport.status()
            except Exception:
                log.exception("transport %s: status() failed during a metrics scrape", name)
                continue
            if isinstance(status.get("connected"), bool):
                up.add_metric([name], 1 if status["connected"] else 0)
            for family, key in ((reconnects, "reconnects"), (outbox, "outbox_depth"), (dropped, "dropped")):
                if _number(status.get(key)):
                    family.add_metric([name], status[key])
            for direction in ("in", "out"):
                if _number(status.get(f"messages_{direction}")):
                    messages.add_metric([name, direction], status[f"messages_{direction}"])
        yield from (up, reconnects, outbox, dropped, messages)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- HTTP ---------------------------------------------------------------------------------------


@web.middleware
async def count_requests(request: web.Request, handler: Any) -> web.StreamResponse:
    """Count every request by its route's pattern (`/user/{user_id}/files`, never the user)."""
    from host import keys

    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        resource = request.match_info.route.resource
        route = resource.canonical if resource is not None else "unmatched"
        request.app[keys.METRICS].http_requests.labels(route, request.method, str(status)).inc()


async def metrics_view(request: web.Request) -> web.Response:
    """`GET /metrics`: the Prometheus text format (OpenMetrics when the scraper asks for it)."""
    from host import keys
    from host.views import json_error

    if request.app[keys.CONFIG].server.metrics_port is not None:
        json_error(404, "metrics are served on their own port (server.metrics_port)")
    return exposition(request, request.app[keys.METRICS])


def exposition(request: web.Request, metrics: Metrics) -> web.Response:
    body, content_type = metrics.exposition(request.headers.get("Accept", ""))
    return web.Response(body=body, headers={"Content-Type": content_type})


async def metrics_port_ctx(app: web.Application) -> AsyncIterator[None]:
    """With `server.metrics_port` set, serve `/metrics` there (on `server.host`, with the chat's
    TLS certificate if it has one) and nothing else, without a token: the chat port can be
    public while the metrics port stays inside."""
    from host import keys
    from host.serving import tls_context

    config = app[keys.CONFIG].server
    if config.metrics_port is None:
        yield
        return
    metrics = app[keys.METRICS]

    async def serve(request: web.Request) -> web.Response:
        return exposition(request, metrics)

    metrics_app = web.Application()
    metrics_app.router.add_get("/metrics", serve)
    runner = web.AppRunner(metrics_app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, config.host, config.metrics_port, ssl_context=tls_context(app[keys.CONFIG])).start()
    except OSError as exc:
        await runner.cleanup()
        raise ConfigError(f"server.metrics_port {config.metrics_port}: cannot listen on {config.host}: {exc.strerror}") from None
    log.info("metrics on http://%s:%d/metrics", config.host, config.metrics_port)
    try:
        yield
    finally:
        await runner.cleanup()


@hookimpl
def register_routes(register) -> None:  # type: ignore[no-untyped-def]
    """`/metrics`, for an `admin` token when auth is on (a 404 when `server.metrics_port`
    gives the metrics a port of their own, which needs no token: keep it private)."""
    register("GET", "/metrics", metrics_view, access="admin")
