"""WebSocket throughput and latency: the host against a bare echo server, in one run.

In one run on one machine, the same client (its own process) drives
  (a) `echo`: bench/echo_server.py, a bare aiohttp echo server: the practical ceiling,
  (b) `host`: the host in offline mode (the installed agents, the safety guard, routing and
      file storage on),
  (c) `host-trivial`: the same host with one trivial agent in place of the installed ones
      (bench/trivial_host.py): the host's own cost per turn,
and, when asked with `--servers`, `host-asyncio` and `host-trivial-asyncio` (those hosts on
asyncio's own event loop, to compare with the uvloop they use when it is installed),
`host-jwt` (JWT auth on: each socket opens with its own token), `host-redis` (the host on
Redis) and `cluster` (two hosts on one Redis behind nginx), with Redis' round trips per turn
(bench/redis_servers.py). Each concurrency level (1, 50, 500 connections by default) sends
the same message count to each server in turn, in rounds (the best of 3 counts, so a busy
moment on a shared machine does not decide the comparison). Each connection sends a message,
waits for its final reply (the echo, or the host's `message` frame with the matching
`metadata.reply_to`), then sends the next.

    python bench/ws_throughput.py                      # writes reports/ws_throughput.json
    python bench/ws_throughput.py --messages 2000 --concurrency 1,50 --rounds 1
    python bench/ws_throughput.py --servers echo,host,host-asyncio   # uvloop against asyncio
    python bench/ws_throughput.py --servers echo,host,host-redis,cluster

The hosts lift the per-user and per-address rates (every client is 127.0.0.1 and sends as fast
as it can): this measures the host, with the limits' bookkeeping on, not the limits. Idle
sockets and memory: bench/idle_sockets.py.

Servers run as subprocesses with a temporary data dir; nothing outside it is written except the
report. `client` is the sub-command the orchestrator runs in the client process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import resource
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import jwt

from host.config import LimitsConfig

sys.path.insert(0, str(Path(__file__).resolve().parent))
import redis_servers  # noqa: E402  (bench/redis_servers.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
ECHO_SERVER = Path(__file__).resolve().parent / "echo_server.py"
MESSAGES = (
    "I want to start working out",
    "What should I eat for breakfast?",
    "Hello! What can you help with?",
    "Log a 30 minute run for me",
    "How much protein is in an egg?",
    "Thanks, that helps",
)
# Variables that would make the host use an LLM or a bridge, or read another configuration.
HOST_ENV_DROP = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "EXTERNAL_WS_URL", "EXTERNAL_WS_USER_ID")
REPLY_TIMEOUT_S = 30.0
KINDS = ("echo", "host", "host-trivial", "host-asyncio", "host-trivial-asyncio", "host-jwt", *redis_servers.KINDS)
DEFAULT_SERVERS = "echo,host,host-trivial"
TRIVIAL_HOST = Path(__file__).resolve().parent / "trivial_host.py"
# The client process mints its tokens with this secret (passed in its environment).
SECRET_ENV = "AGENTHOST_BENCH_JWT_SECRET"
BENCH_LIMITS = """\
[limits]
messages_per_user = "100000000/minute"
messages_per_ip = "100000000/minute"
requests_per_ip = "100000000/minute"
new_users_per_ip = "100000000/hour"
sockets_per_ip = 1000000
max_sockets = {max_sockets}
"""


def raise_fd_limit() -> int:
    """Lift the soft open-file limit to the hard limit; returns the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


# --- the client process ------------------------------------------------------------------------


def is_final(frame: dict[str, Any], message_id: str) -> bool:
    """The frame that ends a reply: the host's `message` frame for this id, or the echo itself."""
    if frame.get("type") != "message":
        return False
    metadata = frame.get("metadata")
    if isinstance(metadata, dict) and metadata.get("reply_to") == message_id:
        return True
    return frame.get("id") == message_id


async def _exchange(ws: aiohttp.ClientWebSocketResponse, message_id: str, text: str) -> tuple[float, bool]:
    """Send one message and read frames until its final reply; (seconds, ok)."""
    started = time.perf_counter()
    await ws.send_str(json.dumps({"type": "message", "message": text, "id": message_id}))
    while True:
        msg = await ws.receive(timeout=REPLY_TIMEOUT_S)
        if msg.type != aiohttp.WSMsgType.TEXT:
            return time.perf_counter() - started, False
        frame = json.loads(msg.data)
        if is_final(frame, message_id):
            return time.perf_counter() - started, True
        if frame.get("type") == "error" and frame.get("reply_to") == message_id:
            return time.perf_counter() - started, False


async def _open_all(
    session: aiohttp.ClientSession, url: str, prefix: str, count: int, parallel: int = 100
) -> list[aiohttp.ClientWebSocketResponse]:
    """Open `count` sockets, at most `parallel` handshakes at a time (the listen backlog is short)."""
    gate = asyncio.Semaphore(parallel)
    secret = os.environ.get(SECRET_ENV)

    async def one(index: int) -> aiohttp.ClientWebSocketResponse:
        user = f"{prefix}-{index}"
        headers = {}
        if secret:
            claims = {"sub": user, "scope": "chat", "exp": int(time.time()) + 3600}
            headers["Authorization"] = "Bearer " + jwt.encode(claims, secret, algorithm="HS256")
        async with gate:
            return await session.ws_connect(f"{url}/ws/{user}", heartbeat=None, max_msg_size=0, headers=headers)

    return list(await asyncio.gather(*(one(i) for i in range(count))))


def cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) a process has used so far, from /proc; 0.0 without a pid."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_client(url: str, connections: int, messages: int, prefix: str, server_pid: int | None = None) -> dict[str, Any]:
    """Closed-loop load: `messages` in total spread over `connections` sockets; latency per
    reply, and the server's CPU time per message while they ran (a figure a busy machine
    disturbs far less than throughput)."""
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        sockets = await _open_all(session, url, prefix, connections)
        # One warm-up exchange per socket (not counted): first-turn costs such as user folders.
        await asyncio.gather(*(_exchange(ws, f"warm-{i}", MESSAGES[i % len(MESSAGES)]) for i, ws in enumerate(sockets)))
        share = [messages // connections + (1 if i < messages % connections else 0) for i in range(connections)]
        latencies: list[float] = []
        errors = 0

        async def drive(index: int, ws: aiohttp.ClientWebSocketResponse) -> None:
            nonlocal errors
            for k in range(share[index]):
                try:
                    seconds, ok = await _exchange(ws, f"{index}-{k}", MESSAGES[(index + k) % len(MESSAGES)])
                except (asyncio.TimeoutError, aiohttp.ClientError, ConnectionError):
                    errors += share[index] - k
                    return
                if ok:
                    latencies.append(seconds)
                else:
                    errors += 1

        started, cpu_before = time.perf_counter(), cpu_seconds(server_pid)
        await asyncio.gather(*(drive(i, ws) for i, ws in enumerate(sockets)))
        elapsed, cpu = time.perf_counter() - started, cpu_seconds(server_pid) - cpu_before
        await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)
    latencies.sort()
    return {
        "connections": connections,
        "messages": messages,
        "ok": len(latencies),
        "errors": errors,
        "elapsed_s": round(elapsed, 3),
        "messages_per_s": round(len(latencies) / elapsed, 1) if elapsed > 0 else 0.0,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 3) if latencies else None,
        "p50_ms": round(percentile(latencies, 50) * 1000, 3) if latencies else None,
        "p95_ms": round(percentile(latencies, 95) * 1000, 3) if latencies else None,
        "p99_ms": round(percentile(latencies, 99) * 1000, 3) if latencies else None,
        "server_cpu_us_per_msg": round(cpu / len(latencies) * 1e6, 1) if latencies and server_pid else None,
    }


# --- the orchestrator --------------------------------------------------------------------------


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_bytes(pid: int) -> int:
    """Resident set size of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def wait_http(url: str, timeout_s: float, proc: subprocess.Popen[bytes]) -> None:
    """Poll `url` until it answers 200, the process dies, or the time is up."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode} before it was ready")
        try:
            request = urllib.request.Request(url, headers={"Accept": "application/json"})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout_s}s")


def agenthost_command() -> list[str]:
    """How to start the host: the venv's `agenthost` script next to this Python, else `-m host`."""
    script = Path(sys.executable).with_name("agenthost")
    return [str(script)] if script.exists() else [sys.executable, "-m", "host"]


@contextmanager
def server(kind: str, workdir: Path, max_sockets: int, extra_env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start one of `KINDS` on a free port; yields (ws base URL, process)."""
    if kind in redis_servers.KINDS:
        with redis_servers.start(kind, workdir, lambda folder, env: server("host", folder, max_sockets, env)) as running:
            yield running
        return
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in HOST_ENV_DROP and not k.startswith("AGENTHOST_")}
    env.update(extra_env or {})
    (workdir / "agenthost.toml").write_text(BENCH_LIMITS.format(max_sockets=max_sockets))
    if kind == "host-jwt":
        env["AGENTHOST_AUTH"] = "jwt"
        env["AGENTHOST_JWT_SECRET"] = os.environ[SECRET_ENV]
    if kind.endswith("-asyncio"):
        env["AGENTHOST_EVENT_LOOP"] = "asyncio"
    data_dir = workdir / "data"
    if kind == "echo":
        argv = [sys.executable, str(ECHO_SERVER), "--port", str(port)]
    elif kind.startswith("host-trivial"):
        argv = [sys.executable, str(TRIVIAL_HOST), "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir)]
    else:
        argv = [*agenthost_command(), "--log-level", "WARNING", "serve", "--host", "127.0.0.1",
                "--port", str(port), "--data-dir", str(data_dir)]
    log_path = workdir / f"{kind}.log"
    with log_path.open("wb") as log:
        # cwd is the temp dir so no ./agenthost.toml or ./.env changes the host under test.
        proc = subprocess.Popen(argv, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/", 60, proc)
        yield f"ws://127.0.0.1:{port}", proc
    except BaseException:
        sys.stderr.write(f"--- {kind} server log ---\n{log_path.read_text(errors='replace')[-4000:]}\n")
        raise
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[Any]) -> None:
    """Stop a server (SIGINT, so it shuts down as it would in use; SIGKILL if it hangs)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def client_env(kind: str) -> dict[str, str]:
    """The client's environment: the token secret only when it talks to `host-jwt`."""
    env = dict(os.environ)
    if kind != "host-jwt":
        env.pop(SECRET_ENV, None)
    return env


def client_run(url: str, connections: int, messages: int, prefix: str, kind: str = "host", server_pid: int | None = None) -> dict[str, Any]:
    """Run one measurement in a separate client process and return its JSON result."""
    argv = [sys.executable, __file__, "client", "--url", url, "--connections", str(connections),
            "--messages", str(messages), "--prefix", prefix]
    if server_pid:
        argv += ["--server-pid", str(server_pid)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=900, env=client_env(kind))
    if done.returncode != 0:
        raise RuntimeError(f"client failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def ratios(results: dict[str, Any], over: str = "echo") -> dict[str, list[dict[str, Any]]]:
    """Each host server's throughput and p50 latency against `over`'s at the same concurrency."""
    base = {row["connections"]: row for row in results["throughput"].get(over, [])}
    found: dict[str, list[dict[str, Any]]] = {}
    for kind, rows in results["throughput"].items():
        if kind == over or not base:
            continue
        found[kind] = [
            {
                "connections": row["connections"],
                "throughput_ratio": round(row["messages_per_s"] / base[row["connections"]]["messages_per_s"], 4),
                "p50_latency_factor": round(row["p50_ms"] / base[row["connections"]]["p50_ms"], 2),
            }
            for row in rows
            if row["connections"] in base and row["p50_ms"] is not None
        ]
    return found


def print_table(results: dict[str, Any]) -> None:
    """The human-readable result: one row per server and concurrency, with its ratio to echo."""
    print()
    print(f"{'server':<22}{'conns':>7}{'msgs':>8}{'errors':>8}{'msg/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'/echo':>8}{'CPU us/msg':>12}")
    ratio = {(kind, row["connections"]): row["throughput_ratio"] for kind, rows in results["ratio_over_echo"].items() for row in rows}
    for kind, rows in results["throughput"].items():
        for row in rows:
            share = ratio.get((kind, row["connections"]))
            print(f"{kind:<22}{row['connections']:>7}{row['messages']:>8}{row['errors']:>8}{row['messages_per_s']:>10.1f}"
                  f"{row['p50_ms']:>9.2f}{row['p95_ms']:>9.2f}{row['p99_ms']:>9.2f}{'' if share is None else f'{share:.3f}':>8}"
                  f"{row.get('server_cpu_us_per_msg') or '':>12}")


def orchestrate(args: argparse.Namespace) -> int:
    raise_fd_limit()
    levels = [int(x) for x in args.concurrency.split(",") if x.strip()]
    kinds = [k.strip() for k in args.servers.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown or "echo" not in kinds:
        print(f"--servers takes echo (the baseline) and some of {', '.join(KINDS[1:])} (got {args.servers})", file=sys.stderr)
        return 2
    if not levels:
        print("--concurrency takes at least one number of connections", file=sys.stderr)
        return 2
    if missing := redis_servers.missing_binary(kinds):
        print(f"--servers {args.servers}: {missing}", file=sys.stderr)
        return 2
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "aiohttp": aiohttp.__version__},
        "settings": {"messages_per_level": args.messages, "concurrency": levels, "rounds": args.rounds, "servers": kinds},
        "throughput": {kind: [] for kind in kinds},
    }
    os.environ.setdefault(SECRET_ENV, secrets.token_urlsafe(48))
    cap = max(LimitsConfig().max_sockets, max(levels) + 10)
    workdir = Path(tempfile.mkdtemp(prefix="agenthost-bench-"))
    try:
        # The servers run side by side and each level is measured on each in turn, so a busy
        # moment on a shared machine falls on all of them rather than on one.
        with ExitStack() as running:
            started = {kind: running.enter_context(server(kind, workdir / kind, cap)) for kind in kinds}
            for connections in levels:
                best: dict[str, dict[str, Any]] = {}
                for round_ in range(args.rounds):
                    for kind in kinds:
                        url, proc = started[kind]
                        pid = None if kind == "cluster" else proc.pid  # a cluster's CPU is more than one host's
                        row = redis_servers.measure(url, args.messages + connections, lambda: client_run(
                            url, connections, args.messages, f"c{connections}r{round_}", kind, pid))
                        print(f"{kind}: {connections} connections, round {round_ + 1}: {row['messages_per_s']} msg/s, "
                              f"p99 {row['p99_ms']} ms, server CPU {row['server_cpu_us_per_msg']} us/msg", flush=True)
                        if kind not in best or row["messages_per_s"] > best[kind]["messages_per_s"]:
                            best[kind] = row
                for kind in kinds:
                    results["throughput"][kind].append(best[kind])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results["ratio_over_echo"] = ratios(results)
    results["ratio_redis"] = redis_servers.ratios(results)
    print_table(results)
    for line in redis_servers.report(results):
        print(line)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    client = commands.add_parser("client", help="(internal) one closed-loop measurement; prints JSON")
    client.add_argument("--url", required=True)
    client.add_argument("--connections", type=int, required=True)
    client.add_argument("--messages", type=int, required=True)
    client.add_argument("--prefix", default="bench")
    client.add_argument("--server-pid", type=int, help="the server's pid, to read its CPU time")
    parser.add_argument("--messages", type=int, default=5000, help="messages per concurrency level (default 5000)")
    parser.add_argument("--concurrency", default="1,50,500", help="comma-separated connection counts")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds per level, each server in turn; the best round counts (default 3)")
    parser.add_argument("--servers", default=DEFAULT_SERVERS, help=f"some of {', '.join(KINDS)} (default {DEFAULT_SERVERS})")
    parser.add_argument("--out", default=str(ROOT / "reports" / "ws_throughput.json"))
    args = parser.parse_args(argv)
    if args.command == "client":
        raise_fd_limit()
        print(json.dumps(asyncio.run(run_client(args.url, args.connections, args.messages, args.prefix, args.server_pid))))
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
