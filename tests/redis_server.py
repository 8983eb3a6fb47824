"""A real `redis-server` (Debian's package) for tests, on a free loopback port in a temp dir.

`RedisServer` starts one, can be killed (`kill()`, SIGKILL) and restarted on the same port
and data dir (its AOF survives, as in production), and always stops what it started.
The `redis_server` fixture shares one per test session; tests isolate themselves with a key
prefix of their own (`unique_prefix()`). Without the binary the tests skip with a reason,
except in CI (`AGENTHOST_CI=1`, set by .ci/run), where a missing binary is a failure.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_binary(path: str, package: str) -> None:
    """Skip (or, in CI, fail) when a Debian binary the test needs is missing."""
    if os.path.exists(path):
        return
    message = f"{path} is not installed (apt-get install {package}; .ci/run does)"
    if os.environ.get("AGENTHOST_CI"):
        pytest.fail(message)
    pytest.skip(message)


class RedisServer:
    """One redis-server process with AOF (`appendfsync everysec`, as deploy/redis.conf ships)."""

    def __init__(self, directory: Path, port: int | None = None, appendfsync: str = "everysec") -> None:
        self.directory = Path(directory)
        self.port = port or free_port()
        self.appendfsync = appendfsync
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
                "--appendonly", "yes", "--appendfsync", self.appendfsync, "--save", "",
                "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode} (port {self.port})")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port} within 10 s")

    def kill(self) -> None:
        """SIGKILL, as a crash: whatever the AOF has not fsynced is lost."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One redis-server for the whole session (tests use their own key prefixes)."""
    require_binary(REDIS_SERVER, "redis-server")
    with tempfile.TemporaryDirectory(prefix="agenthost-redis-") as directory:
        server = RedisServer(Path(directory)).start()
        try:
            yield server
        finally:
            server.stop()


def unique_prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}"
