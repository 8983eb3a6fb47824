"""The Redis servers of bench/ws_throughput.py, and what Redis did per turn.

    host-redis   one host on Redis: Debian's redis-server with deploy/redis.conf (AOF on),
                 storage, turn order and rates in it
    cluster      two hosts on one Redis behind nginx with deploy/nginx.conf, as `./run.sh cluster`

Around each measurement, `measure` reads Redis' `INFO stats` and `INFO commandstats` before
and after, and adds to the row what Redis did per turn (the run's messages, warm-up
included): read events on client connections (`total_reads_processed`: one per request or
pipeline, so about one per round trip) and commands by name (those run inside scripts too).
Background work (each host flushes its counters every second) is included.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from subprocess import Popen
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "clients"))
import run_cluster  # noqa: E402  (clients/ holds scripts, not a package: RedisProcess, NginxProcess)

KINDS = ("host-redis", "cluster")
HOSTS = {"host-redis": 1, "cluster": 2}
# Starts one host with extra environment: (workdir, env) -> a context yielding (ws URL, process).
StartHost = Callable[[Path, dict[str, str]], AbstractContextManager[tuple[str, "Popen[bytes]"]]]
_redis_of: dict[str, Any] = {}  # served ws URL -> its RedisProcess


def missing_binary(kinds: list[str]) -> str | None:
    """What is not installed for these kinds (apt-get install ...), or None."""
    import os

    if set(kinds) & set(KINDS) and not os.path.exists(run_cluster.REDIS_SERVER):
        return f"{run_cluster.REDIS_SERVER} is not installed (apt-get install redis-server)"
    if "cluster" in kinds and not os.path.exists(run_cluster.NGINX):
        return f"{run_cluster.NGINX} is not installed (apt-get install nginx)"
    return None


@contextmanager
def start(kind: str, workdir: Path, start_host: StartHost) -> Iterator[tuple[str, Popen[bytes]]]:
    """Redis, the kind's hosts (through `start_host`) and, for `cluster`, nginx; yields (ws
    URL clients use, the first host's process)."""
    with ExitStack() as stack:
        redis = run_cluster.RedisProcess(workdir / "redis").start()
        stack.callback(redis.stop)
        env = {"AGENTHOST_STORAGE": "redis", "AGENTHOST_REDIS_URL": redis.url, "AGENTHOST_TRUSTED_PROXIES": "127.0.0.1"}
        hosts = [stack.enter_context(start_host(workdir / f"host-{n}", env)) for n in range(1, HOSTS[kind] + 1)]
        url = hosts[0][0]
        if kind == "cluster":
            nginx = run_cluster.NginxProcess(workdir / "nginx", [int(u.rsplit(":", 1)[1]) for u, _ in hosts]).start()
            stack.callback(nginx.stop)
            url = nginx.ws_url
        _redis_of[url] = redis
        try:
            yield url, hosts[0][1]
        finally:
            _redis_of.pop(url, None)


def measure(url: str, turns: int, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """`run()`'s row, with `row["redis"]` when a Redis serves `url` (`turns`: messages sent)."""
    redis = _redis_of.get(url)
    if redis is None:
        return run()
    before = _counts(redis)
    row = run()
    row["redis"] = _per_turn(before, _counts(redis), turns)
    return row


def _counts(redis: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in redis.command("INFO", "stats").splitlines():
        name, _, value = line.strip().partition(":")
        if name in ("total_reads_processed", "total_commands_processed"):
            counts[name] = int(value)
    for line in redis.command("INFO", "commandstats").splitlines():
        if line.startswith("cmdstat_"):
            name, _, fields = line.strip().partition(":")
            counts["cmd:" + name.removeprefix("cmdstat_")] = int(dict(f.split("=") for f in fields.split(","))["calls"])
    return counts


def _per_turn(before: dict[str, int], after: dict[str, int], turns: int) -> dict[str, Any]:
    delta = {name: after.get(name, 0) - before.get(name, 0) for name in after}
    info = delta.get("cmd:info", 0)  # our own two INFO calls are not the host's work
    return {
        "turns": turns,
        "reads_per_turn": round((delta.get("total_reads_processed", 0) - info) / turns, 2),
        "commands_per_turn": round((delta.get("total_commands_processed", 0) - info) / turns, 2),
        "by_command": {name[4:]: round(value / turns, 2) for name, value in sorted(delta.items(), key=lambda kv: -kv[1])
                       if name.startswith("cmd:") and value > 0 and name != "cmd:info"},
    }


def ratios(results: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """host-redis against host (what Redis costs one host), cluster against host-redis (what a
    second host behind nginx adds), at each concurrency both were measured at."""
    pairs = (("host-redis", "host"), ("cluster", "host-redis"))
    found: dict[str, list[dict[str, Any]]] = {}
    for top, bottom in pairs:
        if top in results["throughput"] and bottom in results["throughput"]:
            found[f"{top}/{bottom}"] = [
                {"connections": low["connections"],
                 "throughput_ratio": round(high["messages_per_s"] / low["messages_per_s"], 4),
                 "p50_latency_factor": round(high["p50_ms"] / low["p50_ms"], 2)}
                for low, high in zip(results["throughput"][bottom], results["throughput"][top])
            ]
    return found


def report(results: dict[str, Any]) -> list[str]:
    """Lines for the printed result: the ratios above, and Redis' work per turn."""
    lines = [f"{pair} throughput at {row['connections']:>3} connections: {row['throughput_ratio']:.3f}"
             f"  (p50 latency x{row['p50_latency_factor']:.2f})"
             for pair, rows in results.get("ratio_redis", {}).items() for row in rows]
    for kind, rows in results["throughput"].items():
        for row in rows:
            if "redis" in row:
                redis = row["redis"]
                top = ", ".join(f"{name} {calls:g}" for name, calls in list(redis["by_command"].items())[:8])
                lines.append(f"{kind} at {row['connections']} connections: Redis {redis['reads_per_turn']} round trips and "
                             f"{redis['commands_per_turn']} commands per turn ({top})")
    return lines
