"""The bridge's settings: the `[plugins.bridge_render]` table (`EXTERNAL_WS_URL` and
`EXTERNAL_WS_USER_ID` land there too), checked once at start so a mistake is a clear error."""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import Factory, define

SECTION = "[plugins.bridge_render]"
DEFAULT_USER_ID = "poc-backend"
FORMATS = ("json", "text")


@define
class BridgeSettings:
    """Everything the bridge needs to run. `url` is None when no external app is configured."""

    url: str | None = None
    user_id: str = DEFAULT_USER_ID
    headers: dict[str, str] = Factory(dict)
    format: str = "json"
    initial_backoff_s: float = 1.0
    max_backoff_s: float = 30.0
    ping_interval_s: float = 20.0
    ping_timeout_s: float = 20.0
    open_timeout_s: float = 10.0
    close_timeout_s: float = 5.0
    outbox_size: int = 1000
    max_message_bytes: int = 16 * 1024
    max_frame_bytes: int = 1024 * 1024
    # Several hosts on one Redis: the holder of the bridge lease renews it every `renew_s`;
    # a holder silent for `lease_s` loses it, and a standby takes over within lease + renew.
    lease_s: float = 10.0
    renew_s: float = 3.0
    data_dir: Path = Path("user_contexts")

    @property
    def configured(self) -> bool:
        return self.url is not None

    @property
    def public_url(self) -> str | None:
        """The URL as status pages may show it: no user info, no query values."""
        return redact_url(self.url) if self.url else None


_NUMBERS = {
    "initial_backoff_s": float,
    "max_backoff_s": float,
    "ping_interval_s": float,
    "ping_timeout_s": float,
    "open_timeout_s": float,
    "close_timeout_s": float,
    "outbox_size": int,
    "max_message_bytes": int,
    "max_frame_bytes": int,
    "lease_s": float,
    "renew_s": float,
}
_KNOWN = {"url", "user_id", "headers", "format", *_NUMBERS}


def parse_settings(
    table: Mapping[str, Any],
    data_dir: Path,
    max_message_bytes: int = 16 * 1024,
    max_frame_bytes: int = 1024 * 1024,
) -> BridgeSettings:
    """Check the `[plugins.bridge_render]` table; raise ValueError naming the bad setting."""
    unknown = sorted(set(table) - _KNOWN)
    if unknown:
        raise ValueError(f"{SECTION}: unknown setting(s) {unknown}; known: {sorted(_KNOWN)}")
    settings = BridgeSettings(data_dir=Path(data_dir), max_message_bytes=max_message_bytes, max_frame_bytes=max_frame_bytes)

    user_id = table.get("user_id", DEFAULT_USER_ID)
    if not isinstance(user_id, str) or not user_id.strip():
        raise ValueError(f"{SECTION} user_id / EXTERNAL_WS_USER_ID: must be a non-empty string, got {user_id!r}")
    settings.user_id = user_id.strip()

    raw_url = table.get("url")
    if raw_url not in (None, ""):
        settings.url = check_url(raw_url, settings.user_id)

    headers = table.get("headers", {})
    if not isinstance(headers, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise ValueError(f"{SECTION} headers: must be a table of header names to string values")
    settings.headers = dict(headers)

    fmt = table.get("format", "json")
    if fmt not in FORMATS:
        raise ValueError(f"{SECTION} format: must be one of {list(FORMATS)}, got {fmt!r}")
    settings.format = fmt

    for name, kind in _NUMBERS.items():
        if name not in table:
            continue
        value = table[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
            raise ValueError(f"{SECTION} {name}: must be a {'whole ' if kind is int else ''}number, got {value!r}")
        if value <= 0:
            raise ValueError(f"{SECTION} {name}: must be greater than 0, got {value!r}")
        setattr(settings, name, kind(value))
    if settings.max_backoff_s < settings.initial_backoff_s:
        raise ValueError(
            f"{SECTION} max_backoff_s ({settings.max_backoff_s}) must not be below "
            f"initial_backoff_s ({settings.initial_backoff_s})"
        )
    if settings.renew_s >= settings.lease_s:
        raise ValueError(
            f"{SECTION} renew_s ({settings.renew_s}) must be below lease_s ({settings.lease_s}): "
            "the holder renews its lease before it lapses"
        )
    return settings


def check_url(raw: Any, user_id: str) -> str:
    """The URL with `{user_id}` filled in, or ValueError saying what is wrong with it."""
    where = f"{SECTION} url / EXTERNAL_WS_URL"
    if not isinstance(raw, str):
        raise ValueError(f"{where}: must be a string, got {type(raw).__name__}")
    url = raw.strip().replace("{user_id}", urllib.parse.quote(user_id, safe=""))
    try:
        parsed = urllib.parse.urlsplit(url)
        port = parsed.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise ValueError(f"{where}: {redact_url(url)!r} is not a valid URL ({exc})") from None
    if parsed.scheme not in ("ws", "wss"):
        raise ValueError(f"{where}: {redact_url(url)!r} must start with ws:// or wss://")
    if not parsed.hostname:
        raise ValueError(f"{where}: {redact_url(url)!r} has no host name")
    if parsed.fragment:
        raise ValueError(f"{where}: {redact_url(url)!r} must not have a #fragment")
    if parsed.username is not None and parsed.password is None:
        raise ValueError(
            f"{where}: {redact_url(url)!r} has a user name but no password; put a token in the headers table"
        )
    try:
        url.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError(f"{where}: {redact_url(url)!r} must be ASCII (percent-encode other characters)") from None
    del port
    return url


def redact_url(url: str) -> str:
    """`url` without user name and password, and with every query value replaced by `***`."""
    try:
        parsed = urllib.parse.urlsplit(url)
        host = parsed.hostname or ""
        port = parsed.port
    except ValueError:
        return "<invalid url>"
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port is not None else host
    query = "&".join(
        f"{key}=***" for key, _ in urllib.parse.parse_qsl(parsed.query, keep_blank_values=True)
    )
    return urllib.parse.urlunsplit((parsed.scheme, netloc, parsed.path, query, ""))
