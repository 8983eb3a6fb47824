"""bench/ws_throughput.py with the Redis kinds: one host on Redis and two hosts behind nginx,
beside the echo baseline and the host on files, with what Redis did per turn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import load_client_script
from tests.redis_server import require_binary

ROOT = Path(__file__).resolve().parent.parent
run_cluster = load_client_script("run_cluster")


@pytest.mark.slow
def test_ws_throughput_compares_files_redis_and_two_hosts_behind_nginx(tmp_path: Path) -> None:
    require_binary(run_cluster.REDIS_SERVER, "redis-server")
    require_binary(run_cluster.NGINX, "nginx")
    out = tmp_path / "ws_throughput.json"
    done = subprocess.run(
        [sys.executable, "bench/ws_throughput.py", "--messages", "30", "--concurrency", "1,3", "--rounds", "1",
         "--servers", "echo,host,host-redis,cluster", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=170,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(out.read_text())
    for kind in ("echo", "host", "host-redis", "cluster"):
        rows = result["throughput"][kind]
        assert [row["connections"] for row in rows] == [1, 3]
        assert all(row["ok"] == 30 and row["errors"] == 0 for row in rows), kind
    for kind in ("host-redis", "cluster"):
        for row in result["throughput"][kind]:
            redis = row["redis"]
            assert redis["turns"] == 30 + row["connections"]  # the warm-up turns are counted too
            # Each turn at least stores its message and its answer, each in one MULTI/EXEC.
            assert redis["reads_per_turn"] >= 2 and redis["by_command"]["exec"] >= 2
            assert redis["by_command"]["xadd"] >= 2
    assert "redis" not in result["throughput"]["host"][0]
    assert set(result["ratio_redis"]) == {"host-redis/host", "cluster/host-redis"}
    assert [row["connections"] for row in result["ratio_redis"]["cluster/host-redis"]] == [1, 3]
    assert "cluster/host-redis throughput at   1 connections:" in done.stdout
    assert "host-redis at 1 connections: Redis " in done.stdout and " round trips and " in done.stdout


def test_ws_throughput_refuses_unknown_servers() -> None:
    done = subprocess.run([sys.executable, "bench/ws_throughput.py", "--servers", "echo,mainframe"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert ("--servers takes echo (the baseline) and some of host, host-trivial, host-asyncio, host-trivial-asyncio, host-jwt, "
            "host-redis, cluster (got echo,mainframe)") in done.stderr
