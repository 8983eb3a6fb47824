"""Idle sockets on one host: the memory each costs, and how fast a chat is answered meanwhile.

In one run, for the bare aiohttp echo server (the baseline) and then the host (offline, the
installed agents), each in a fresh process:
  1. a chat (one socket, `--chats` messages one after another) is timed with no idle sockets;
  2. client processes open `--sockets` sockets (each waits for the server's first frame: the
     host's `welcome`, the echo of a ping) and hold them, sending nothing;
  3. the server's resident memory before and after gives the cost per socket, and the chat is
     timed again while they are all open.

    python bench/idle_sockets.py                          # 20,000 sockets, writes reports/idle_sockets.json
    python bench/idle_sockets.py --sockets 2000 --chats 50

The host's `[limits] max_sockets` (2,000 by default) is set to what the run needs, and its
per-address limits are lifted (every socket comes from 127.0.0.1). Each process may hold at
most the hard open-file limit (`ulimit -Hn`): the benchmark raises its soft limit to that,
holds the sockets in several client processes, and opens at most what the server can hold
(the hard limit less a reserve), saying so when that is fewer than asked.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.ws_throughput import REPLY_TIMEOUT_S, client_run, raise_fd_limit, rss_bytes, server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FD_RESERVE = 200  # the server's own files: its listening socket, logs, user files, the chat socket
PARALLEL_HANDSHAKES = 200


async def hold(url: str, count: int, prefix: str) -> None:
    """Open `count` sockets, wait for one frame on each, print READY, hold them until stdin closes."""
    gate = asyncio.Semaphore(PARALLEL_HANDSHAKES)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(index: int) -> aiohttp.ClientWebSocketResponse:
            async with gate:
                ws = await session.ws_connect(f"{url}/ws/{prefix}-{index}", heartbeat=None, max_msg_size=0)
                # The host greets with `welcome`; the echo server answers the ping. Either way
                # the server has finished setting the connection up when a frame arrives.
                await ws.send_str(json.dumps({"type": "ping"}))
                await ws.receive(timeout=REPLY_TIMEOUT_S)
                return ws

        sockets = await asyncio.gather(*(one(i) for i in range(count)))
        print(f"READY {len(sockets)}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)


def open_idle(url: str, sockets: int, holders: int, kind: str) -> list[subprocess.Popen[str]]:
    """Start `holders` client processes holding `sockets` between them; returns once all are open."""
    procs: list[subprocess.Popen[str]] = []
    share = [sockets // holders + (1 if i < sockets % holders else 0) for i in range(holders)]
    for index, count in enumerate(share):
        argv = [sys.executable, __file__, "hold", "--url", url, "--count", str(count), "--prefix", f"idle{index}-{kind}"]
        procs.append(subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    deadline = time.monotonic() + 600
    for proc in procs:
        line = ""
        while time.monotonic() < deadline and not line.startswith("READY"):
            line = proc.stdout.readline() if proc.stdout else ""
            if not line and proc.poll() is not None:
                close_idle(procs)
                raise RuntimeError(f"an idle client failed: {proc.stderr.read()[-4000:] if proc.stderr else ''}")
        if not line.startswith("READY"):
            close_idle(procs)
            raise RuntimeError("the idle sockets did not open within 600 s")
    return procs


def close_idle(procs: list[subprocess.Popen[str]]) -> None:
    for proc in procs:
        if proc.stdin:
            proc.stdin.close()
    for proc in procs:
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def chat(url: str, messages: int, prefix: str) -> dict[str, Any]:
    """One socket sending `messages` one after another: the latency a user sees."""
    row = client_run(url, 1, messages, prefix)
    return {key: row[key] for key in ("ok", "errors", "p50_ms", "p95_ms", "p99_ms")}


def measure(kind: str, sockets: int, chats: int, holders: int, workdir: Path) -> dict[str, Any]:
    with server(kind, workdir / kind, sockets + 10) as (url, proc):
        client_run(url, 1, 20, "warm")  # imports and first-turn paths are loaded before the baseline
        alone = chat(url, chats, "chat-alone")
        time.sleep(1.0)
        before = rss_bytes(proc.pid)
        started = time.perf_counter()
        holding = open_idle(url, sockets, holders, kind)
        try:
            opened_s = time.perf_counter() - started
            time.sleep(2.0)
            after = rss_bytes(proc.pid)
            busy = chat(url, chats, "chat-busy")
        finally:
            close_idle(holding)
    return {
        "sockets": sockets,
        "open_s": round(opened_s, 1),
        "rss_before_mib": round(before / 2**20, 1),
        "rss_after_mib": round(after / 2**20, 1),
        "per_socket_kib": round((after - before) / sockets / 1024, 1),
        "chat_alone": alone,
        "chat_with_idle": busy,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    holder = commands.add_parser("hold", help="(internal) hold idle sockets until stdin closes")
    holder.add_argument("--url", required=True)
    holder.add_argument("--count", type=int, required=True)
    holder.add_argument("--prefix", default="idle")
    parser.add_argument("--sockets", type=int, default=20_000, help="idle sockets to hold (default 20,000)")
    parser.add_argument("--chats", type=int, default=200, help="messages of the timed chat (default 200)")
    parser.add_argument("--holders", type=int, default=4, help="client processes holding the sockets (default 4)")
    parser.add_argument("--servers", default="echo,host", help="echo, host or both (default both)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "idle_sockets.json"))
    args = parser.parse_args(argv)
    if args.command == "hold":
        raise_fd_limit()
        asyncio.run(hold(args.url, args.count, args.prefix))
        return 0

    limit = raise_fd_limit()
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    sockets = min(args.sockets, hard - FD_RESERVE)
    if sockets < args.sockets:
        print(f"the hard open-file limit is {hard} per process, so one server holds at most {sockets} sockets "
              f"(asked for {args.sockets}); raise it with `ulimit -Hn` as root for more", flush=True)
    holders = max(args.holders, -(-sockets // max(1, limit - FD_RESERVE)))
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "settings": {"asked": args.sockets, "sockets": sockets, "chats": args.chats, "fd_hard_limit": hard},
        "servers": {},
    }
    workdir = Path(tempfile.mkdtemp(prefix="agenthost-idle-"))
    try:
        for kind in [k.strip() for k in args.servers.split(",") if k.strip()]:
            row = measure(kind, sockets, args.chats, holders, workdir)
            results["servers"][kind] = row
            print(f"{kind}: {row['sockets']} idle sockets, {row['per_socket_kib']} KiB each; chat p50 "
                  f"{row['chat_alone']['p50_ms']} ms alone, {row['chat_with_idle']['p50_ms']} ms with them open", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"{'server':<8}{'sockets':>9}{'open s':>8}{'RSS MiB':>16}{'KiB/socket':>12}{'chat p50 / p99 ms alone':>26}"
          f"{'with idle open':>18}")
    for kind, row in results["servers"].items():
        alone, busy = row["chat_alone"], row["chat_with_idle"]
        print(f"{kind:<8}{row['sockets']:>9}{row['open_s']:>8}{row['rss_before_mib']:>8} -> {row['rss_after_mib']:<6}"
              f"{row['per_socket_kib']:>12}{alone['p50_ms']:>17.2f} / {alone['p99_ms']:<6.2f}"
              f"{busy['p50_ms']:>9.2f} / {busy['p99_ms']:<6.2f}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
