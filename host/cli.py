"""The `agenthost` command: `serve`, `plugins`, `route`, `token create`, `storage migrate`.
`python -m host` is the same command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from host import __version__
from host.config import Config, ConfigError, load_config
from host.logs import configure_logging
from host.serving import ServeError
from host.storage import InvalidName, check_user_id


def _load(args: argparse.Namespace) -> Config:
    overrides = {
        "server.host": getattr(args, "host", None),
        "server.port": getattr(args, "port", None),
        "server.data_dir": Path(args.data_dir) if getattr(args, "data_dir", None) else None,
        "server.certfile": Path(args.certfile) if getattr(args, "certfile", None) else None,
        "server.keyfile": Path(args.keyfile) if getattr(args, "keyfile", None) else None,
        "server.metrics_port": getattr(args, "metrics_port", None),
        "server.log_format": getattr(args, "log_format", None),
    }
    return load_config(args.config, overrides=overrides)


def serve(args: argparse.Namespace) -> int:
    from host import keys
    from host.app import create_app
    from host.serving import announce, check_bind_is_safe, listen, run, tls_context

    config = _load(args)
    configure_logging(args.log_level, config.server.log_format, secrets=[config.llm.api_key, config.auth.secret])
    check_bind_is_safe(config, args.insecure_no_auth)
    ssl_context = tls_context(config)
    app = create_app(config)
    sock = listen(config)  # before any plugin starts, so a taken port is all that is reported
    agents = ", ".join(sorted(agent.label for agent in app[keys.REGISTRY].agents.values())) or "none"
    auth = "JWT" if config.auth.mode == "jwt" else "off (loopback only)"
    announce(config, f"agenthost {__version__}: agents {agents}; data in {config.server.data_dir}; auth {auth}")
    run(app, config, sock, ssl_context)
    return 0


def token_create(args: argparse.Namespace) -> int:
    """Print a token for `--user` on stdout, and the chat page's URL carrying it on stderr."""
    from host.auth import TokenAuthority

    config = _load(args)
    if config.auth.mode != "jwt" and not config.auth.secret:
        raise ConfigError("set AGENTHOST_JWT_SECRET (the server's HS256 secret) to create tokens")
    try:
        token = TokenAuthority(config.auth).create(args.user, args.scope, args.ttl)
    except (ValueError, InvalidName) as exc:
        print(f"agenthost: --user {args.user!r}: {exc}", file=sys.stderr)
        return 2
    print(token)
    if args.url:
        base = args.url.rstrip("/")
    else:
        scheme = "https" if config.server.certfile else "http"
        host = "localhost" if config.server.host in ("0.0.0.0", "::", "127.0.0.1") else config.server.host
        base = f"{scheme}://{host}:{config.server.port}"
    expires = f"{args.ttl // 3600} h" if args.ttl % 3600 == 0 else f"{args.ttl} s"
    print(f"chat page for {args.user} ({args.scope}, expires in {expires}): {base}/#token={token}", file=sys.stderr)
    return 0


def storage_migrate(args: argparse.Namespace) -> int:
    """Copy every user's data from one storage backend to the other (see host/migrate.py)."""
    import asyncio

    from host.migrate import Progress, migrate
    from host.storage import FileStorage, Storage

    if args.source == args.target:
        print(f"agenthost: --from and --to are both {args.source!r}; nothing to migrate", file=sys.stderr)
        return 2
    for user in args.user or []:
        try:
            check_user_id(user)
        except InvalidName as exc:
            print(f"agenthost: --user {user!r}: {exc}", file=sys.stderr)
            return 2
    config = _load(args)
    redis_url = args.redis_url or config.storage.redis_url
    prefix = args.prefix or config.storage.prefix

    def open_backend(kind: str) -> tuple[Storage, str]:
        if kind == "files":
            return FileStorage(config.server.data_dir), f"files ({config.server.data_dir})"
        from host.llm import public_url
        from host.redis_storage import RedisStorage

        return RedisStorage.from_url(redis_url, prefix, config.storage.max_entries), f"redis ({public_url(redis_url)}, prefix {prefix!r})"

    async def run() -> tuple[list[str], int]:
        (source, source_name), (target, target_name) = open_backend(args.source), open_backend(args.target)
        try:
            for storage, name in ((source, source_name), (target, target_name)):
                if not await storage.healthy():
                    return [f"cannot reach {name}"], 2
            users = args.user or [user async for user in source.user_ids()]
            bar = Progress(len(users))
            print(f"{'checking' if args.dry_run else 'migrating'} {len(users)} user(s) from {source_name} to {target_name}",
                  file=sys.stderr, flush=True)
            summary = await migrate(source, target, users, overwrite=args.overwrite, dry_run=args.dry_run, progress=bar.update)
            lines = summary.lines(source_name, target_name, args.dry_run)
            return (["dry run: nothing written", *lines] if args.dry_run else lines), 1 if summary.errors else 0
        finally:
            await source.close()
            await target.close()

    lines, code = asyncio.run(run())
    print("\n".join(lines))
    return code


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
    serve_parser.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    serve_parser.add_argument("--port", type=int, help="port (default 8000)")
    serve_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    serve_parser.add_argument("--data-dir", help="where user folders are kept (default ./user_contexts)")
    serve_parser.add_argument("--certfile", help="TLS certificate (PEM): serve https and wss")
    serve_parser.add_argument("--keyfile", help="the certificate's private key (PEM)")
    serve_parser.add_argument(
        "--insecure-no-auth", action="store_true",
        help="serve an address other than loopback with auth off (only behind something that authenticates)",
    )
    serve_parser.add_argument("--log-format", choices=["text", "json"], help="text (default) or json: one JSON object per line")
    serve_parser.add_argument("--metrics-port", type=int, help="serve /metrics on this port only (default: on the chat port)")
    serve_parser.set_defaults(handler=serve)

    token_parser = commands.add_parser("token", help="make access tokens (needs AGENTHOST_JWT_SECRET)")
    token_commands = token_parser.add_subparsers(dest="token_command", required=True)
    create_parser = token_commands.add_parser("create", help="print a signed token for a user")
    create_parser.add_argument("--user", required=True, help="the user id the token is for (its 'sub')")
    create_parser.add_argument("--scope", choices=["chat", "admin"], default="chat",
                               help="chat: the user's own socket and files (default); admin: everything")
    create_parser.add_argument("--ttl", type=int, default=3600, help="seconds until it expires (default 3600)")
    create_parser.add_argument("--url", help="the server's public URL for the chat page link (default from the config)")
    create_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    create_parser.set_defaults(handler=token_create)

    storage_parser = commands.add_parser("storage", help="move users' data between storage backends")
    storage_commands = storage_parser.add_subparsers(dest="storage_command", required=True)
    migrate_parser = storage_commands.add_parser(
        "migrate", help="copy every user's history, logs, documents and conversations.md to the other backend",
        description="Copy every user's data from one backend to the other. Idempotent: a second run copies "
                    "nothing, a run cut short is completed by the next. Progress on stderr, a summary on stdout; "
                    "exits 1 if any user or file could not be copied (each is named).",
    )
    migrate_parser.add_argument("--from", dest="source", choices=["files", "redis"], required=True, help="where the data is")
    migrate_parser.add_argument("--to", dest="target", choices=["files", "redis"], required=True, help="where it goes")
    migrate_parser.add_argument("--data-dir", help="the file backend's folder (default [server] data_dir: ./user_contexts)")
    migrate_parser.add_argument("--redis-url", help="the Redis backend (default [storage] redis_url / AGENTHOST_REDIS_URL)")
    migrate_parser.add_argument("--prefix", help="the Redis key prefix (default [storage] prefix / AGENTHOST_REDIS_PREFIX: ah)")
    migrate_parser.add_argument("--user", action="append", help="only this user (repeat for more; default every user)")
    migrate_parser.add_argument("--overwrite", action="store_true",
                                help="replace a destination document that differs (logs are only ever appended)")
    migrate_parser.add_argument("--dry-run", action="store_true", help="report what would be copied; write nothing")
    migrate_parser.add_argument("--config", help="config file (default ./agenthost.toml if present)")
    migrate_parser.set_defaults(handler=storage_migrate)

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
    except ServeError as exc:
        print(f"agenthost: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
