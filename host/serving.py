"""Putting the app on an address: refuse an unsafe bind, set up TLS, and say in one line when
the address is taken.

`agenthost serve` calls `listen(config)` (which may raise `ServeError` with the line to print)
and then `run(app, config, sock, ssl_context)`.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import ipaddress
import logging
import socket
import ssl
from pathlib import Path

from aiohttp import web

from host.config import Config, ConfigError

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server cannot start as asked; the message says why and what to do instead."""


def is_loopback(host: str) -> bool:
    """Is `host` an address only this machine can reach?"""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def check_bind_is_safe(config: Config, insecure_no_auth: bool) -> None:
    """Refuse to serve without auth on an address other machines can reach."""
    host, port = config.server.host, config.server.port
    if config.auth.mode != "none" or is_loopback(host) or insecure_no_auth:
        if config.auth.mode == "none" and not is_loopback(host):
            log.warning("serving %s:%s WITHOUT authentication (--insecure-no-auth): anyone who can reach it "
                        "can read and write every user's data", host, port)
        return
    raise ServeError(
        f"refusing to serve {host}:{port} without authentication: anyone who can reach it could read every "
        "user's chats. Turn auth on with AGENTHOST_AUTH=jwt and AGENTHOST_JWT_SECRET=<32+ random bytes> "
        "(see README, 'Running it for real'), or bind 127.0.0.1, or pass --insecure-no-auth if something in "
        "front of agenthost already authenticates every request."
    )


def tls_context(config: Config) -> ssl.SSLContext | None:
    """The server's TLS context from `server.certfile` and `server.keyfile`, or None for plain HTTP."""
    certfile, keyfile = config.server.certfile, config.server.keyfile
    if certfile is None and keyfile is None:
        return None
    if certfile is None or keyfile is None:
        missing = "--certfile / AGENTHOST_CERTFILE" if certfile is None else "--keyfile / AGENTHOST_KEYFILE"
        raise ConfigError(f"TLS needs both a certificate and its key: {missing} is not set")
    for path, setting in ((certfile, "certfile"), (keyfile, "keyfile")):
        if not Path(path).is_file():
            raise ConfigError(f"[server] {setting} {path}: no such file")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(certfile), str(keyfile))
    except ssl.SSLError as exc:
        raise ConfigError(f"[server] certfile {certfile} / keyfile {keyfile}: not a certificate and its key ({exc.reason})") from None
    return context


def listen(config: Config) -> socket.socket:
    """Bind the server's socket now, before anything starts, so a taken port is one clear line."""
    host, port = config.server.host, config.server.port
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        if host == "localhost":
            host, family = "127.0.0.1", socket.AF_INET
        return socket.create_server((host.strip("[]"), port), family=family, backlog=1024)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(
                f"{host}:{port} is already in use (another agenthost?); pick another port with "
                f"--port {port + 1} or AGENTHOST_PORT={port + 1}"
            ) from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"no permission to listen on {host}:{port}; pick a port above 1023 with --port") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def run(app: web.Application, config: Config, sock: socket.socket, ssl_context: ssl.SSLContext | None) -> None:
    """Serve `app` on the bound socket until Ctrl-C or SIGTERM."""
    scheme = "https" if ssl_context is not None else "http"
    url = f"{scheme}://{config.server.host}:{config.server.port}"
    app.on_startup.append(_freeze_heap)  # after the app's own startup (the warm-up among it)
    web.run_app(
        app,
        sock=sock,
        ssl_context=ssl_context,
        shutdown_timeout=config.server.shutdown_grace_s,
        print=lambda _: announce(config, f"serving on {url} (Ctrl-C to stop)"),
        loop=new_event_loop(config.server.event_loop),
    )


YOUNG_COLLECTION_THRESHOLD = 5000  # Python's default is 700


async def _freeze_heap(app: web.Application) -> None:
    """Leave what start-up built out of the garbage collector's full passes: the guard's and
    the agents' tables, compiled patterns and modules (150,000 objects or more) live as long as
    the process, and each full collection walked them all again (a profile of a server under
    load had the collector at 7% of its CPU). Start-up's garbage is collected first; what is
    made after this is collected as always (less often: see below). Only for a served process: tests build many apps
    in one process, and this is once per process."""
    gc.collect()
    gc.freeze()
    # The youngest generation is collected every YOUNG_COLLECTION_THRESHOLD allocations (net of
    # frees) instead of every 700: each collection walks every turn in flight (thousands of
    # young objects with 50 connections), and a turn makes no reference cycles, so the default
    # only walked them again and again. Garbage cycles (a closed socket's) wait a little longer.
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)
    log.debug("heap frozen: %d objects left out of full collections", gc.get_freeze_count())


def new_event_loop(kind: str = "auto") -> asyncio.AbstractEventLoop:
    """The event loop to serve on: uvloop's (libuv) where it is installed, unless `kind` is
    "asyncio"; bench/ws_throughput.py measures the two side by side."""
    if kind in ("auto", "uvloop"):
        try:
            import uvloop
        except ImportError:
            if kind == "uvloop":
                raise ConfigError("server.event_loop is 'uvloop' but uvloop is not installed (pip install uvloop)") from None
        else:
            log.debug("event loop: uvloop %s", uvloop.__version__)
            return uvloop.new_event_loop()
    return asyncio.new_event_loop()


def announce(config: Config, line: str) -> None:
    """A line for whoever started the server: printed, or logged when the logs are JSON, so
    that the output is JSON lines only."""
    if config.server.log_format == "json":
        log.info(line)
    else:
        print(line, flush=True)
