#!/usr/bin/env python3
"""Watch a WebSocket server: print every frame with a timestamp, send each line typed on stdin.

    python clients/external_monitor.py ws://localhost:9000/ws/poc-backend
    python clients/external_monitor.py wss://chat.example.com/ws --header "Authorization: Bearer ..."

Lines printed (UTC timestamps):
    <time> * connected to ws://...           <time> < {"type": "message", ...}   (received)
    <time> > hello                           (sent)   <time> * disconnected: ...; retrying in 1.3s
    <time> * reconnected (reconnect #1)

It reconnects forever with capped, jittered exponential backoff; lines typed while
disconnected are sent after the reconnect. Stop it with Ctrl-C (or `--duration`).
Needs only `websockets` (pip install websockets).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import signal
import sys
import threading
import urllib.parse
from datetime import UTC, datetime

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def say(marker: str, text: str) -> None:
    """One output line: timestamp, marker (`<` received, `>` sent, `*` status), text."""
    print(f"{now()} {marker} {text}", flush=True)


def public(url: str) -> str:
    """The URL without user name, password or query values, safe to print."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = "&".join(f"{key}=***" for key, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def show_frame(frame: str | bytes) -> str:
    if isinstance(frame, bytes):
        preview = frame[:32].hex(" ")
        return f"[binary, {len(frame)} bytes] {preview}{' ...' if len(frame) > 32 else ''}"
    return frame


CLOSE_TIMEOUT_S = 2.0


class Monitor:
    """The connection loop, the stdin lines waiting to go out, and the reconnect count."""

    def __init__(self, url: str, headers: dict[str, str], initial_backoff: float, max_backoff: float) -> None:
        self.url = url
        self.headers = headers
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.lines: asyncio.Queue[str | None] = asyncio.Queue()
        self.connections = 0
        self.received = 0
        self.sent = 0

    def backoff(self, failures: int) -> float:
        base = min(self.max_backoff, self.initial_backoff * 2 ** min(failures - 1, 32))
        return base / 2 + random.uniform(0, base / 2)

    async def run(self) -> None:
        failures = 0
        while True:
            try:
                # close_timeout: Ctrl-C waits at most that long for the server's side of the close handshake
                ws = await connect(self.url, additional_headers=self.headers or None, open_timeout=10, close_timeout=CLOSE_TIMEOUT_S)
            except Exception as exc:
                failures += 1
                delay = self.backoff(failures)
                say("*", f"connect failed: {describe(exc)}; retrying in {delay:.1f}s (attempt {failures})")
                await asyncio.sleep(delay)
                continue
            failures = 0
            self.connections += 1
            if self.connections == 1:
                say("*", f"connected to {public(self.url)}")
            else:
                say("*", f"reconnected to {public(self.url)} (reconnect #{self.connections - 1})")
            reason = await self.session(ws)
            failures += 1
            delay = self.backoff(failures)
            say("*", f"disconnected: {reason}; reconnecting in {delay:.1f}s")
            await asyncio.sleep(delay)

    async def session(self, ws: ClientConnection) -> str:
        """Print frames and send stdin lines until the connection ends; returns why it ended."""
        sender = asyncio.create_task(self.send_lines(ws))
        try:
            while True:
                frame = await ws.recv()
                self.received += 1
                say("<", show_frame(frame))
        except ConnectionClosed as exc:
            return str(exc)  # e.g. "received 1001 (going away); then sent 1001 (going away)"
        finally:
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)
            await ws.close()

    async def send_lines(self, ws: ClientConnection) -> None:
        while True:
            line = await self.lines.get()
            if line is None:
                continue  # stdin ended; keep monitoring
            try:
                await ws.send(line)
            except ConnectionClosed:
                self.lines.put_nowait(line)  # keep it for the next connection
                say("*", f"not sent (disconnected), will retry: {line}")
                return
            self.sent += 1
            say(">", line)


def describe(exc: BaseException) -> str:
    if isinstance(exc, InvalidStatus):
        return f"server answered HTTP {exc.response.status_code}"
    return f"{type(exc).__name__}: {exc}"


def read_stdin(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None]) -> None:
    """In a daemon thread (portable to files, pipes and terminals): each line into `queue`."""
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if text:
            loop.call_soon_threadsafe(queue.put_nowait, text)
    loop.call_soon_threadsafe(queue.put_nowait, None)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Print every frame of a WebSocket server; send what you type.")
    parser.add_argument("url", help="ws:// or wss:// URL")
    parser.add_argument(
        "--header", action="append", default=[], metavar="'Name: value'", help="extra handshake header (repeatable)"
    )
    parser.add_argument("--initial-backoff", type=float, default=1.0, metavar="S", help="first reconnect delay (default 1)")
    parser.add_argument("--max-backoff", type=float, default=30.0, metavar="S", help="longest reconnect delay (default 30)")
    parser.add_argument("--duration", type=float, default=None, metavar="S", help="stop after S seconds (for scripts)")
    args = parser.parse_args(argv)
    if urllib.parse.urlsplit(args.url).scheme not in ("ws", "wss"):
        parser.error(f"url must start with ws:// or wss://, got {public(args.url)!r}")
    if not 0 < args.initial_backoff <= args.max_backoff:
        parser.error("need 0 < --initial-backoff <= --max-backoff")
    for header in args.header:
        if ":" not in header:
            parser.error(f"--header must look like 'Name: value', got {header!r}")
    return args


async def main_async(args: argparse.Namespace) -> None:
    headers = dict((part.strip() for part in h.split(":", 1)) for h in args.header)  # type: ignore[misc]
    monitor = Monitor(args.url, headers, args.initial_backoff, args.max_backoff)
    threading.Thread(target=read_stdin, args=(asyncio.get_running_loop(), monitor.lines), daemon=True).start()
    try:
        await asyncio.wait_for(monitor.run(), timeout=args.duration)
    except TimeoutError:
        pass
    finally:
        reconnects = max(0, monitor.connections - 1)
        say("*", f"stopped: {monitor.received} received, {monitor.sent} sent, {reconnects} reconnects")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Ctrl-C stops the monitor even when it was started with SIGINT ignored (a background job, or a parent that
    # ignores it): Python leaves an ignored SIGINT ignored, and asyncio.run only handles the default one
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
