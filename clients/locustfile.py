"""Locust load test for agenthost's WebSocket (`/ws/{user_id}`, wire protocol v1).

Each simulated user holds one WebSocket (websocket-client, made cooperative by locust's gevent
monkey-patching) and sends a weighted mix of fitness, nutrition and general messages, each with
an `id`. A reply's latency runs from the send to the final `message` frame whose
`metadata.reply_to` is that id (typing and chunk frames on the way are read and skipped). It is
recorded as a locust request (request_type "WS", name = the category). An `error` frame for the
message, a timeout, a disconnect, or a reply from an agent other than the expected one is a failure.

    locust -f clients/locustfile.py --headless -u 10 -r 5 -t 30s --host ws://127.0.0.1:8000

`./run.sh load` (clients/run_load.py) starts a throw-away offline host and runs this for you.
Environment: AGENTHOST_LOAD_REPLY_TIMEOUT (seconds, default 30).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import random
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import websocket
from locust import User, between, events, task
from locust.env import Environment
from locust.stats import PERCENTILES_TO_REPORT, StatsCSV

REPLY_TIMEOUT_S = float(os.environ.get("AGENTHOST_LOAD_REPLY_TIMEOUT", "30"))

# Category -> (agent expected to answer, messages). Messages are unambiguous for offline routing.
MESSAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "fitness": (
        "helios",
        (
            "I want to start working out",
            "Give me a beginner strength workout",
            "I ran 5 km this morning, log my run",
            "How many sets of squats should I do at the gym?",
        ),
    ),
    "nutrition": (
        "ceres",
        (
            "What should I eat for breakfast?",
            "I had oatmeal with banana for breakfast",
            "How much protein should I eat in a day?",
            "Suggest a healthy dinner recipe",
        ),
    ),
    "general": (
        "general",
        (
            "Hello! What can you help with?",
            "Good morning!",
            "What can you do?",
            "Thanks, bye!",
        ),
    ),
}


class ReplyFailure(Exception):
    """A message that got no good reply: an error frame, a timeout, a disconnect or a misroute."""


class ChatUser(User):
    """One chat user: a WebSocket, a message, its reply, a pause, the next message."""

    wait_time = between(0.5, 1.5)

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        self.user_id = f"load-{uuid.uuid4().hex[:10]}"
        self.ws: websocket.WebSocket | None = None
        self.ids = itertools.count(1)

    # --- connection ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        base = (self.host or "ws://127.0.0.1:8000").rstrip("/")
        if base.startswith("http"):
            base = "ws" + base[4:]
        return f"{base}/ws/{self.user_id}"

    def connect(self) -> None:
        """Open the socket and read the welcome frame; a failure is recorded under `connect`."""
        started = time.perf_counter()
        try:
            ws = websocket.create_connection(self.url, timeout=REPLY_TIMEOUT_S, enable_multithread=False)
            frame = json.loads(ws.recv())
            if frame.get("type") != "welcome":
                raise ReplyFailure(f"first frame was {frame.get('type')!r}, not 'welcome'")
        except Exception as exc:
            self._record("connect", started, 0, exc)
            self.ws = None
            return
        self.ws = ws

    def on_start(self) -> None:
        self.connect()

    def on_stop(self) -> None:
        if self.ws is not None:
            try:
                self.ws.close()
            except Exception:
                pass
            self.ws = None

    # --- one message --------------------------------------------------------------------------

    def send_message(self, category: str) -> None:
        """Send one message of `category` and record the time to its final reply."""
        if self.ws is None:
            self.connect()
            if self.ws is None:
                return
        expected_agent, texts = MESSAGES[category]
        message_id = f"{self.user_id}-{next(self.ids)}"
        payload = json.dumps({"type": "message", "message": random.choice(texts), "id": message_id})
        started = time.perf_counter()
        try:
            self.ws.send(payload)
            reply = self._await_reply(message_id, started)
        except (websocket.WebSocketException, OSError, ReplyFailure) as exc:
            if not isinstance(exc, ReplyFailure):
                exc = ReplyFailure(f"connection lost: {type(exc).__name__}: {exc}")
                self.on_stop()  # the next task reconnects
            self._record(category, started, 0, exc)
            return
        agent = (reply.get("metadata") or {}).get("agent_id")
        error = None if agent == expected_agent else ReplyFailure(f"routed to {agent!r}, expected {expected_agent!r}")
        self._record(category, started, len(reply.get("message", "")), error)

    def _await_reply(self, message_id: str, started: float) -> dict[str, Any]:
        """Read frames until the final reply to `message_id`; raise ReplyFailure on an error or timeout."""
        assert self.ws is not None
        deadline = started + REPLY_TIMEOUT_S
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise ReplyFailure(f"no reply within {REPLY_TIMEOUT_S:g}s")
            self.ws.settimeout(remaining)
            try:
                raw = self.ws.recv()
            except websocket.WebSocketTimeoutException:
                raise ReplyFailure(f"no reply within {REPLY_TIMEOUT_S:g}s") from None
            if not raw:
                raise ReplyFailure("connection closed by the server")
            frame = json.loads(raw)
            kind = frame.get("type")
            if kind == "message" and (frame.get("metadata") or {}).get("reply_to") == message_id:
                return frame
            if kind == "error" and frame.get("reply_to") in (message_id, None):
                raise ReplyFailure(f"error frame {frame.get('code')}: {frame.get('message')}")

    def _record(self, name: str, started: float, length: int, exception: Exception | None) -> None:
        self.environment.events.request.fire(
            request_type="WS",
            name=name,
            response_time=(time.perf_counter() - started) * 1000,
            response_length=length,
            exception=exception,
            context={"user_id": self.user_id},
        )

    # --- the mix ------------------------------------------------------------------------------

    @task(4)
    def fitness(self) -> None:
        self.send_message("fitness")

    @task(4)
    def nutrition(self) -> None:
        self.send_message("nutrition")

    @task(2)
    def general(self) -> None:
        self.send_message("general")


@events.quitting.add_listener
def write_final_csv(environment: Environment, **_kwargs: Any) -> None:
    """Rewrite `<csv>_stats.csv` and `<csv>_failures.csv` with the final numbers.

    Locust rewrites its CSV files once a second and not after the last users stop, so they can
    miss the final second of the run. At `quitting` every user has stopped; the files are
    replaced atomically, so locust's own (older) buffered writes land on the replaced inode.
    """
    prefix = getattr(environment.parsed_options, "csv_prefix", None)
    if not prefix:
        return
    report = StatsCSV(environment, PERCENTILES_TO_REPORT)
    for suffix, write in (("_stats.csv", report.requests_csv), ("_failures.csv", report.failures_csv)):
        target = Path(f"{prefix}{suffix}")
        with tempfile.NamedTemporaryFile("w", newline="", dir=target.parent or ".", delete=False, suffix=".tmp") as fh:
            write(csv.writer(fh))
        os.replace(fh.name, target)
