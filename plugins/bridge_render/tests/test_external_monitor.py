"""clients/external_monitor.py, run as a process against a real WebSocket server."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

MONITOR = Path(__file__).resolve().parents[3] / "clients" / "external_monitor.py"
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ([<>*]) (.*)$")


class Process:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[str] = []

    async def expect(self, marker: str, pattern: str, timeout: float = 5.0) -> str:
        """Read output lines until one with `marker` whose text matches `pattern`."""
        assert self.proc.stdout is not None
        async with asyncio.timeout(timeout):
            while True:
                raw = await self.proc.stdout.readline()
                assert raw, f"the monitor exited; output so far: {self.lines}"
                line = raw.decode().rstrip("\n")
                self.lines.append(line)
                match = LINE.match(line)
                assert match, f"line without a timestamp: {line!r}"
                if match.group(1) == marker and re.search(pattern, match.group(2)):
                    return match.group(2)

    async def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text.encode() + b"\n")
        await self.proc.stdin.drain()


@pytest.fixture
async def monitor(external) -> AsyncIterator[Process]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(MONITOR), f"ws://user:pw@127.0.0.1:{external.port}/chat?token=abc",
        "--initial-backoff", "0.05", "--max-backoff", "0.2", "--duration", "30",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )
    process = Process(proc)
    yield process
    if proc.returncode is None:
        proc.kill()
    await asyncio.wait_for(proc.wait(), 5)


async def test_monitor_prints_frames_sends_lines_and_reconnects(external, monitor) -> None:
    connected = await monitor.expect("*", "^connected to ")
    assert connected == f"connected to ws://127.0.0.1:{external.port}/chat?token=***"  # no credentials shown
    await external.next_connection()

    await external.send({"type": "agent_response", "message": "hi"})
    assert await monitor.expect("<", "agent_response") == '{"type": "agent_response", "message": "hi"}'
    await external.send(b"\x01\x02")
    await monitor.expect("<", r"^\[binary, 2 bytes\] 01 02$")

    await monitor.type("hello from stdin")
    assert await external.next_frame() == "hello from stdin"
    await monitor.expect(">", "^hello from stdin$")

    await external.stop()  # closes with 1001, then nothing listens for a while
    await monitor.expect("*", "^disconnected: received 1001")
    await monitor.expect("*", "^connect failed: ")
    await monitor.type("typed while away")
    await external.start()
    await external.next_connection()
    await monitor.expect("*", r"reconnect #1\)$")
    assert await external.next_frame() == "typed while away"

    monitor.proc.send_signal(signal.SIGINT)  # Ctrl-C
    # the close handshake may take the monitor's CLOSE_TIMEOUT_S (2 s) on a loaded machine
    assert await monitor.expect("*", "^stopped: ", timeout=15) == "stopped: 2 received, 2 sent, 1 reconnects"
    assert await asyncio.wait_for(monitor.proc.wait(), 5) == 0


async def test_monitor_refuses_a_url_that_is_not_websocket() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(MONITOR), "http://example.com", stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 10)
    assert proc.returncode == 2
    assert b"ws:// or wss://" in err


async def test_monitor_stops_after_its_duration_with_a_summary(external) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(MONITOR), f"ws://127.0.0.1:{external.port}/", "--duration", "0.5",
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 10)
    assert proc.returncode == 0
    assert out.decode().splitlines()[-1].endswith("* stopped: 0 received, 0 sent, 0 reconnects")


async def test_ctrl_c_stops_the_monitor_even_when_its_parent_ignored_sigint(external) -> None:
    # a background job, or a parent that set SIGINT to SIG_IGN (run_cluster.main run in process did), hands the
    # ignored signal to its children: the monitor never stopped and its test hung in CI
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(MONITOR), f"ws://127.0.0.1:{external.port}/chat", "--duration", "30",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    monitor = Process(proc)
    try:
        await monitor.expect("*", "^connected to ")
        proc.send_signal(signal.SIGINT)
        assert (await monitor.expect("*", "^stopped: ", timeout=15)).startswith("stopped: 0 received")
        assert await asyncio.wait_for(proc.wait(), 5) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
