"""The `agenthost` command: `serve`, `plugins`, `route`. `python -m host` is the same command."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

import attrs
from aiohttp import web

from host import __version__
from host.config import Config, ConfigError, load_config
from host.logs import configure_logging

log = logging.getLogger("host.cli")


def _load(args: argparse.Namespace) -> Config:
    overrides = {
        "server.host": getattr(args, "host", None),
        "server.port": getattr(args, "port", None),
        "server.data_dir": Path(args.data_dir) if getattr(args, "data_dir", None) else None,
        "server.metrics_port": getattr(args, "metrics_port", None),
        "server.log_format": getattr(args, "log_format", None),
    }
    return load_config(args.config, overrides=overrides)


def serve(args: argparse.Namespace) -> int:
    from host import keys
    from host.app import create_app

    config = _load(args)
    configure_logging(args.log_level, config.server.log_format, secrets=[config.llm.api_key])
    # With JSON logs, stdout carries nothing but JSON lines too.
    say = log.info if config.server.log_format == "json" else lambda text: print(text, flush=True)
    app = create_app(config)
    agents = ", ".join(sorted(agent.label for agent in app[keys.REGISTRY].agents.values())) or "none"
    say(f"agenthost {__version__}: agents {agents}; data in {config.server.data_dir}")
    web.run_app(
        app,
        host=config.server.host,
        port=config.server.port,
        shutdown_timeout=config.server.shutdown_grace_s,
        print=lambda _: say(f"serving on http://{config.server.host}:{config.server.port} (Ctrl-C to stop)"),
    )
    return 0


def plugins(args: argparse.Namespace) -> int:
    from host.plugins import make_plugin_manager
    from host.registry import build_registry

    config = _load(args)
    pm = make_plugin_manager(config)
    build_registry(pm)  # registration errors mark plugins failed, so they show here too
    infos = pm.list_plugins(include_builtin=args.all)
    if args.json:
        print(json.dumps([{k: v for k, v in attrs.asdict(i).items() if v is not None} for i in infos], indent=2))
        return 0
    if not infos:
        print("no plugins installed (entry-point group 'agenthost')")
        return 0
    for info in infos:
        version = f" {info.version}" if info.version else ""
        dist = f" ({info.distribution})" if info.distribution else ""
        print(f"{info.name}{version}{dist}: {info.state}")
        if info.hooks:
            print(f"    hooks: {', '.join(info.hooks)}")
        if info.error:
            print(f"    error: {info.error}")
    return 0


def route(args: argparse.Namespace) -> int:
    """Show how every enabled agent scores a message and what the router decides, offline."""
    import asyncio

    from host.plugins import call_each, make_plugin_manager
    from host.registry import build_registry
    from host.router import NoAgentError, Router
    from host.types import ClassifyContext, Intervention, ScreenContext

    config = _load(args)
    pm = make_plugin_manager(config)
    registry = build_registry(pm)
    router = Router(pm, registry, config.router, llm=None)

    async def decide() -> tuple[list[Intervention], Any]:
        screened = await call_each(pm, "screen", message=args.message, context=ScreenContext(args.user, [], {}))
        found = [i for _, r in screened for i in (r if isinstance(r, list) else [r]) if isinstance(i, Intervention)]
        return found, await router.route(args.message, ClassifyContext(user_id=args.user, history=[], profile={}))

    try:
        interventions, decision = asyncio.run(decide())
    except NoAgentError:
        print("no agent is enabled: install or enable an agent plugin (agenthost plugins --all)", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({
            "message": args.message,
            "screen": [i.to_wire() for i in interventions],
            "scores": decision.scores,
            "reasons": decision.reasons,
            "decision": {"agent": decision.agent, "method": decision.method, "confidence": decision.confidence, "message": decision.message},
            "threshold": config.router.threshold,
            "margin": config.router.margin,
        }, ensure_ascii=False, indent=2))
        return 0
    if interventions:
        worst = max(interventions, key=lambda i: i.rank)
        print(f"screen: {worst.category} {worst.severity} ({worst.rule_id}, {worst.action}): the guard answers before routing")
    else:
        print("screen: nothing flagged")
    width = max(len(name) for name in decision.scores)
    for name, score in sorted(decision.scores.items(), key=lambda item: -item[1]):
        agent = registry.agents[name]
        reason = decision.reasons.get(name, "")
        print(f"  {name:<{width}}  {agent.emoji}  {score:.2f}  {reason}".rstrip())
    addressed = f", reads {decision.message!r}" if decision.message else ""
    print(
        f"decision: {decision.agent} ({decision.method}, confidence {decision.confidence:.2f}{addressed}); "
        f"threshold {config.router.threshold:.2f}, margin {config.router.margin:.2f}"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agenthost", description="A plugin-based, multi-agent chat server.")
    parser.add_argument("--version", action="version", version=f"agenthost {__version__}")
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR (default INFO)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve_parser = commands.add_parser("serve", help="serve the chat over HTTP and WebSocket")
    serve_parser.add_argument("--host", help="interface to bind (default 0.0.0.0)")
    serve_parser.add_argument("--port", type=int, help="port (default 8000)")
    serve_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    serve_parser.add_argument("--data-dir", help="where user folders are kept (default ./user_contexts)")
    serve_parser.add_argument("--log-format", choices=["text", "json"], help="text (default) or json: one JSON object per line")
    serve_parser.add_argument("--metrics-port", type=int, help="serve /metrics on this port only (default: on the chat port)")
    serve_parser.set_defaults(handler=serve)

    plugins_parser = commands.add_parser("plugins", help="list installed plugins and their state")
    plugins_parser.add_argument("--all", action="store_true", help="include the host's built-in plugins")
    plugins_parser.add_argument("--json", action="store_true", help="print JSON")
    plugins_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    plugins_parser.set_defaults(handler=plugins)

    route_parser = commands.add_parser("route", help="show how each enabled agent scores a message, and the decision")
    route_parser.add_argument("message", help="the message to score, in quotes")
    route_parser.add_argument("--user", default="cli", help="user id for the context (default cli)")
    route_parser.add_argument("--json", action="store_true", help="print JSON")
    route_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    route_parser.set_defaults(handler=route)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.log_level)
    try:
        return args.handler(args)
    except ConfigError as exc:
        print(f"agenthost: configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
