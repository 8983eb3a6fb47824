"""A plain asyncio load test for agenthost: N chat clients for S seconds, then a summary.

Each client opens `/ws/{user_id}`, sends a message with an `id`, waits for the final `message`
frame whose `metadata.reply_to` is that id (the typing and chunk frames before it do not count;
the original load test stopped its clock at the first frame, a "thinking…" notice), pauses, and
sends the next. An `error` frame for the message, a timeout or a dropped socket is an error.

    python clients/load_test.py --clients 10 --duration 30 --url ws://localhost:8000

`clients/run_load.py` (`./run.sh load`) prints the same summary from a locust run.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import statistics
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

# One message per agent, the three examples from the original README, then a few more.
MESSAGES = (
    "I want to start working out",
    "What should I eat for breakfast?",
    "Hello! What can you help with?",
    "Give me a beginner strength workout",
    "How much protein should I eat in a day?",
    "What can you do?",
)


@dataclass
class Summary:
    """What a load run measured; `format_summary` prints it the way the original README showed."""

    clients: int
    duration_s: float
    server: str
    sent: int
    received: int
    elapsed_s: float
    average_ms: float | None
    median_ms: float | None
    p95_ms: float | None
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    tool: str = "load_test.py"

    @property
    def errors(self) -> int:
        return sum(self.errors_by_kind.values())

    @property
    def failure_ratio(self) -> float:
        attempts = max(self.sent, self.received + self.errors)
        return self.errors / attempts if attempts else 1.0

    @property
    def success_rate(self) -> float:
        return 100.0 * self.received / self.sent if self.sent else 0.0

    @property
    def messages_per_s(self) -> float:
        return self.received / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(errors=self.errors, failure_ratio=self.failure_ratio, success_rate=self.success_rate,
                    messages_per_s=self.messages_per_s)
        return data


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


def format_summary(summary: Summary) -> str:
    """The summary in the style of the original README's load-test output."""
    lines = [
        "📊 LOAD TEST RESULTS",
        "==================",
        "🎯 Test Configuration:",
        f"   Clients: {summary.clients}",
        f"   Duration: {summary.duration_s:g}s",
        f"   Server: {summary.server}",
        "",
        "📈 Results Overview:",
        f"   Messages Sent: {summary.sent}",
        f"   Messages Received: {summary.received}",
        f"   Success Rate: {summary.success_rate:.2f}%",
        f"   Messages/Second: {summary.messages_per_s:.2f}",
        f"   Total Errors: {summary.errors}",
    ]
    for kind, count in sorted(summary.errors_by_kind.items()):
        lines.append(f"      {kind}: {count}")
    lines += [
        "",
        "⏱️ Response Times (send → final reply):",
        f"   Average: {_ms(summary.average_ms)}",
        f"   Median: {_ms(summary.median_ms)}",
        f"   95th Percentile: {_ms(summary.p95_ms)}",
    ]
    return "\n".join(lines)


def check_limits(summary: Summary, max_failure_ratio: float | None, max_p95_ms: float | None) -> list[str]:
    """The limits this run broke, as sentences; empty when it passed."""
    broken = []
    if summary.received == 0:
        broken.append("no reply was received")
    if max_failure_ratio is not None and summary.failure_ratio > max_failure_ratio:
        broken.append(f"failure ratio {summary.failure_ratio:.2%} is above {max_failure_ratio:.2%}")
    if max_p95_ms is not None and summary.p95_ms is not None and summary.p95_ms > max_p95_ms:
        broken.append(f"95th percentile {summary.p95_ms:.1f} ms is above {max_p95_ms:g} ms")
    return broken


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


# --- the clients ------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts shared by every client of one run."""

    sent: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


class ReplyError(Exception):
    """No good final reply for one message; `kind` names why (error code, timeout, disconnect)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


async def await_reply(ws: aiohttp.ClientWebSocketResponse, message_id: str, timeout_s: float) -> dict[str, Any]:
    """Read frames until the final `message` frame for `message_id`."""
    deadline = time.monotonic() + timeout_s
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ReplyError("timeout")
        try:
            msg = await ws.receive(timeout=remaining)
        except asyncio.TimeoutError:
            raise ReplyError("timeout") from None
        if msg.type != aiohttp.WSMsgType.TEXT:
            raise ReplyError("disconnected")
        frame = json.loads(msg.data)
        if frame.get("type") == "message" and (frame.get("metadata") or {}).get("reply_to") == message_id:
            return frame
        if frame.get("type") == "error" and frame.get("reply_to") in (message_id, None):
            raise ReplyError(f"error frame: {frame.get('code')}")


async def run_client(
    session: aiohttp.ClientSession, url: str, index: int, run_id: str, stop_at: float,
    interval_s: float, timeout_s: float, tally: Tally,
) -> None:
    """One chat client: message, final reply, pause; reconnects if the socket drops."""
    user_id = f"loadtest-{run_id}-{index}"
    texts = itertools.cycle(MESSAGES[index % len(MESSAGES):] + MESSAGES[: index % len(MESSAGES)])
    counter = itertools.count(1)
    while time.monotonic() < stop_at:
        try:
            ws = await asyncio.wait_for(session.ws_connect(f"{url}/ws/{user_id}", timeout=aiohttp.ClientWSTimeout(ws_close=5)), timeout_s)
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError):
            tally.error("connect failed")
            await asyncio.sleep(min(1.0, max(0.0, stop_at - time.monotonic())))
            continue
        try:
            while time.monotonic() < stop_at:
                message_id = f"{user_id}-{next(counter)}"
                started = time.perf_counter()
                await ws.send_str(json.dumps({"type": "message", "message": next(texts), "id": message_id}))
                tally.sent += 1
                try:
                    await await_reply(ws, message_id, timeout_s)
                except ReplyError as exc:
                    tally.error(exc.kind)
                    if exc.kind == "disconnected":
                        break
                else:
                    tally.latencies_ms.append((time.perf_counter() - started) * 1000)
                await asyncio.sleep(interval_s)
        except (aiohttp.ClientError, ConnectionError):
            tally.error("disconnected")
        finally:
            await ws.close()


async def run(url: str, clients: int, duration_s: float, interval_s: float, timeout_s: float) -> Summary:
    """Run `clients` clients for `duration_s` seconds against `url` and summarise."""
    url = url.rstrip("/")
    tally = Tally()
    run_id = uuid.uuid4().hex[:6]
    started = time.monotonic()
    stop_at = started + duration_s
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        await asyncio.gather(*(
            run_client(session, url, i, run_id, stop_at, interval_s, timeout_s, tally) for i in range(clients)
        ))
    elapsed = time.monotonic() - started
    latencies = sorted(tally.latencies_ms)
    return Summary(
        clients=clients,
        duration_s=duration_s,
        server=url,
        sent=tally.sent,
        received=len(latencies),
        elapsed_s=elapsed,
        average_ms=statistics.fmean(latencies) if latencies else None,
        median_ms=statistics.median(latencies) if latencies else None,
        p95_ms=percentile(latencies, 95) if latencies else None,
        errors_by_kind=tally.errors,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=10, help="concurrent clients (default 10)")
    parser.add_argument("--duration", type=float, default=30, help="seconds to send for (default 30)")
    parser.add_argument("--url", default="ws://localhost:8000", help="server base URL (default ws://localhost:8000)")
    parser.add_argument("--interval", type=float, default=1.0, help="pause after each reply, seconds (default 1)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds to wait for one reply (default 30)")
    parser.add_argument("--output", help="also write the results as JSON to this file")
    parser.add_argument("--max-failure-ratio", type=float, default=0.01, help="exit 1 above this (default 0.01)")
    parser.add_argument("--max-p95-ms", type=float, help="exit 1 when the 95th percentile is above this")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.duration <= 0:
        parser.error("--clients must be at least 1 and --duration above 0")

    summary = asyncio.run(run(args.url, args.clients, args.duration, args.interval, args.timeout))
    print(format_summary(summary))
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(json.dumps(summary.to_json(), indent=2) + "\n")
        print(f"\nwrote {args.output}")
    broken = check_limits(summary, args.max_failure_ratio, args.max_p95_ms)
    for reason in broken:
        print(f"❌ {reason}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
