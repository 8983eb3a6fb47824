"""Log output: readable text (the default) or one JSON object per line (`--log-format json`).

A JSON line holds `time`, `level`, `logger` and `message`, the fields a log call passed in
`extra` (each turn's line: `event: "turn"`, `message_id`, `user_id`, `transport`, `agent`,
`method`, `outcome`, `latency_ms`), and `exception` with the traceback when there is one.

Nothing agenthost logs holds a message's text, a token or a key; as a second line of defence
every formatter replaces the secrets it was given (the model's API key) with `[redacted]`,
wherever they turn up (an SDK's exception message, a URL with credentials).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any, TextIO

REDACTED = "[redacted]"
# Shorter strings are not secrets worth hiding, and replacing them would garble the log.
MIN_SECRET_LENGTH = 8
# Everything a LogRecord holds by itself; the rest came from `extra`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Redacting(logging.Formatter):
    def __init__(self, fmt: str | None = None, secrets: Iterable[str | None] = ()) -> None:
        super().__init__(fmt)
        self.secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


class TextFormatter(_Redacting):
    """`2026-12-01 10:00:00,000 INFO host.dispatch: turn m1 of user alice: ceres (keywords), answered in 4 ms`."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__(TEXT_FORMAT, secrets)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class JsonFormatter(_Redacting):
    """One JSON object per line, for a log collector (Loki, Elasticsearch, CloudWatch)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return self.redact(json.dumps(entry, ensure_ascii=False, default=str))


def make_formatter(log_format: str, secrets: Iterable[str | None] = ()) -> logging.Formatter:
    """The formatter for `log_format` (`text` or `json`)."""
    return JsonFormatter(secrets=secrets) if log_format == "json" else TextFormatter(secrets)


def configure_logging(level: str = "INFO", log_format: str = "text", secrets: Iterable[str | None] = (), stream: TextIO | None = None) -> None:
    """Send every log record to `stream` (stderr) in `log_format`, replacing what was set before."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(make_formatter(log_format, secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpx2"):  # the openai SDK's HTTP client logs every request at INFO
        logging.getLogger(noisy).setLevel(logging.WARNING)
