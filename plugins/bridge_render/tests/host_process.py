"""Host processes for the bridge's fault tests and failover benchmark: `agenthost serve`
(`python -m host serve`) with `AGENTHOST_STORAGE=redis` on a shared Redis and key prefix, on
a free loopback port, with its own data dir and config file and the bridge pointed at the fake
external chat app. It can be killed (SIGKILL), paused (SIGSTOP) and resumed (SIGCONT), and
`stop()` always ends what `start()` began.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

# Quick reconnects; a lease short enough for tests, long enough for two busy cores.
PROCESS_SETTINGS: dict[str, Any] = {
    "initial_backoff_s": 0.05,
    "max_backoff_s": 0.3,
    "open_timeout_s": 2.0,
    "close_timeout_s": 0.5,
    "lease_s": 2.0,
    "renew_s": 0.5,
}
# Never a real model, a real external app or other settings from the developer's environment.
SCRUBBED_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "EXTERNAL_WS_URL", "EXTERNAL_WS_USER_ID")


def _toml(value: Any) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value)


class HostProcess:
    """One `agenthost serve` process of the cluster."""

    def __init__(self, name: str, directory: Path, port: int, redis_url: str, prefix: str, bridge: dict[str, Any]) -> None:
        self.name = name
        self.directory = Path(directory)
        self.port = port
        self.redis_url = redis_url
        self.prefix = prefix
        self.bridge = {**PROCESS_SETTINGS, **bridge, "headers": {"X-Test-Host": name}}
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self.directory / "host.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HostProcess:
        self.directory.mkdir(parents=True, exist_ok=True)
        config = self.directory / "agenthost.toml"
        config.write_text(
            "[server]\n"
            f'host = "127.0.0.1"\nport = {self.port}\ndata_dir = {json.dumps(str(self.directory / "data"))}\n'
            "shutdown_grace_s = 2\n\n"
            "[plugins.bridge_render]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in self.bridge.items())
        )
        env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV and not k.startswith("AGENTHOST_")}
        env.update(AGENTHOST_STORAGE="redis", AGENTHOST_REDIS_URL=self.redis_url, AGENTHOST_REDIS_PREFIX=self.prefix)
        # Rate limits stay in memory: in Redis, `limits` wants `coredis`, which is not installed.
        command = [sys.executable, "-m", "host", "serve", "--config", str(config)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=self.directory, env=env, stdout=log, stderr=subprocess.STDOUT)
        return self

    async def ready(self, timeout: float = 60.0) -> None:
        """Until the host answers `/health` (it has started its transports by then)."""
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as session:
            while time.monotonic() < deadline:
                assert self.process is not None
                if self.process.poll() is not None:
                    raise RuntimeError(f"host {self.name} exited with {self.process.returncode}:\n{self.log()}")
                try:
                    async with session.get(f"{self.base_url}/health", timeout=aiohttp.ClientTimeout(total=1)) as response:
                        if response.status == 200:
                            return
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError(f"host {self.name} did not answer on port {self.port} within {timeout} s:\n{self.log()}")

    async def get(self, path: str) -> tuple[int, Any]:
        async with aiohttp.ClientSession() as session, session.get(self.base_url + path) as response:
            return response.status, await response.json()

    async def post(self, path: str, body: Any) -> tuple[int, Any]:
        async with aiohttp.ClientSession() as session, session.post(self.base_url + path, json=body) as response:
            return response.status, await response.json()

    def signal(self, number: signal.Signals) -> None:
        assert self.process is not None and self.process.poll() is None
        self.process.send_signal(number)

    def kill(self) -> None:
        """SIGKILL: nothing is closed, released or flushed."""
        self.signal(signal.SIGKILL)
        assert self.process is not None
        self.process.wait(10)

    def stop(self) -> None:
        """Whatever state it is in (even paused): end it, politely first."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGCONT)
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except FileNotFoundError:
            return ""
