"""`./run.sh cluster` (clients/run_cluster.py): Redis, N hosts and nginx from one command, the
nginx config rendered from deploy/nginx.conf, and everything stopped on Ctrl-C or when one
process dies."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import load_client_script
from tests.redis_server import free_port, require_binary

ROOT = Path(__file__).resolve().parent.parent
run_cluster = load_client_script("run_cluster")
TEMPLATE = (ROOT / "deploy" / "nginx.conf").read_text()


def test_the_nginx_config_is_deploy_nginx_conf_with_one_server_line_per_host() -> None:
    rendered = run_cluster.render_nginx_conf(TEMPLATE, [7001, 7002, 7003], 9000)
    upstream = rendered[rendered.index("upstream agenthost") :]
    upstream = upstream[: upstream.index("}")]
    servers = re.findall(r"^\s*server (\S+) (.*);$", upstream, re.M)
    assert servers == [(f"127.0.0.1:{port}", "max_fails=1 fail_timeout=5s") for port in (7001, 7002, 7003)]
    assert "hash $agenthost_user consistent;" in upstream and "agenthost-hosts-begin" in upstream
    assert "listen 127.0.0.1:9000;" in rendered and "8000" not in rendered
    # Everything else is the shipped file, line for line.
    kept = [line for line in TEMPLATE.splitlines() if "server 127.0.0.1:800" not in line and "listen" not in line]
    assert [line for line in rendered.splitlines() if "server 127.0.0.1:" not in line and "listen" not in line] == kept


def test_a_template_without_its_marker_lines_is_refused_by_name() -> None:
    broken = TEMPLATE.replace("# agenthost-hosts-end", "# the end")
    with pytest.raises(run_cluster.ClusterError, match="nginx.conf has lost its '# agenthost-hosts-begin'"):
        run_cluster.render_nginx_conf(broken, [7001], 9000)


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], int, list[str]]:
    require_binary(run_cluster.REDIS_SERVER, "redis-server")
    require_binary(run_cluster.NGINX, "nginx")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTERNAL_WS_", "AGENTHOST_"))}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "clients" / "run_cluster.py"), "--hosts", "2", "--port", str(port),
         "--dir", str(tmp_path / "cluster"), "--log-level", "WARNING"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines: list[str] = []
    deadline = time.monotonic() + 90
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            pytest.fail("run_cluster.py exited while starting:\n" + "".join(lines))
        lines.append(line)
        if line.startswith("Open "):
            return proc, port, lines
    proc.kill()
    pytest.fail("the cluster did not come up in 90 s:\n" + "".join(lines))


def _stop(proc: subprocess.Popen[str]) -> None:
    """Ctrl-C, so the command stops what it started; SIGKILL only if it hangs (its children
    then get SIGTERM from the kernel)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate(timeout=10)


def _ports(lines: list[str]) -> list[int]:
    return [int(p) for p in re.findall(r"127\.0\.0\.1:(\d+)", "".join(lines[-8:]))]


def _closed(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


async def _chat(port: int, user: str) -> dict:
    # A browser's Origin: nginx must pass the Host with its port for the origin check.
    origin = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as session, session.ws_connect(f"{origin}/ws/{user}", headers={"Origin": origin}) as ws:
        assert (await ws.receive_json())["type"] == "welcome"
        await ws.send_json({"message": "I want to start working out", "id": "c1"})
        while True:
            frame = await ws.receive_json(timeout=20)
            if frame["type"] in ("message", "error"):
                return frame


@pytest.mark.slow
async def test_one_command_starts_redis_two_hosts_and_nginx_and_ctrl_c_stops_them_all(tmp_path: Path) -> None:
    proc, port, lines = _start(tmp_path)
    ports = _ports(lines)
    try:
        assert len(set(ports)) == 4 and port in ports  # nginx, two hosts, Redis: each says where
        reply = await _chat(port, "cluster-alice")
        assert reply["type"] == "message" and reply["metadata"]["agent_id"] == "helios"
        assert (tmp_path / "cluster" / "redis" / "appendonlydir").is_dir()  # Redis' data where it said
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
    finally:
        _stop(proc)
    assert proc.returncode == 0, out
    assert "stopped: nginx, host-1, host-2, redis-server" in out
    assert all(_closed(p) for p in ports)


@pytest.mark.slow
async def test_when_a_host_dies_the_command_says_which_and_stops_the_rest(tmp_path: Path) -> None:
    proc, port, lines = _start(tmp_path)
    ports = _ports(lines)
    try:
        host_2 = next(line for line in lines if "host-2 ready" in line)
        pid = int(re.search(r"pid (\d+)", host_2).group(1))  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
    finally:
        _stop(proc)
    assert proc.returncode == 1
    assert f"host-2 (pid {pid}) exited with code -9; stopping the cluster" in out
    assert all(_closed(p) for p in ports)


@pytest.mark.slow
async def test_if_the_command_is_killed_outright_what_it_started_stops_too(tmp_path: Path) -> None:
    proc, port, lines = _start(tmp_path)
    ports = _ports(lines)
    proc.kill()  # SIGKILL: no Ctrl-C handling, no cleanup of its own
    proc.communicate(timeout=10)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(_closed(p) for p in ports):
        time.sleep(0.2)
    assert all(_closed(p) for p in ports), [p for p in ports if not _closed(p)]
