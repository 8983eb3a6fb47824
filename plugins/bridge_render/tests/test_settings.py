"""`[plugins.bridge_render]`: URL checks, redaction, and the wire helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenthost_bridge_render.settings import parse_settings, redact_url
from agenthost_bridge_render.wire import ExternalMessage, Skipped, parse_frame, user_id_for


def settings(**table):
    return parse_settings(table, Path("data"))


def test_user_id_is_put_into_the_url_and_defaults_to_poc_backend() -> None:
    assert settings(url="wss://chat.example.com/ws/{user_id}").url == "wss://chat.example.com/ws/poc-backend"
    assert settings(url="ws://h:9000/ws/{user_id}", user_id="bot 1").url == "ws://h:9000/ws/bot%201"


def test_no_url_means_not_configured() -> None:
    assert not settings().configured
    assert not settings(url="").configured


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://example.com/ws", "must start with ws:// or wss://"),
        ("example.com/ws", "must start with ws:// or wss://"),
        ("ws:///path", "has no host name"),
        ("ws://host:99999/", "is not a valid URL"),
        ("ws://host/ws#frag", "#fragment"),
        ("ws://token@host/ws", "user name but no password"),
        ("ws://hôst/ws", "must be ASCII"),
    ],
)
def test_a_malformed_url_is_an_error_naming_the_setting(url, problem) -> None:
    with pytest.raises(ValueError) as info:
        settings(url=url)
    assert str(info.value).startswith("[plugins.bridge_render] url / EXTERNAL_WS_URL: ")
    assert problem in str(info.value)


def test_a_malformed_url_error_does_not_echo_credentials() -> None:
    with pytest.raises(ValueError) as info:
        settings(url="http://bob:hunter2@host/ws?token=abc")
    assert "hunter2" not in str(info.value) and "abc" not in str(info.value)


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ({"colour": "red"}, "unknown setting(s) ['colour']"),
        ({"format": "xml"}, "format"),
        ({"outbox_size": 0}, "outbox_size"),
        ({"outbox_size": 2.5}, "outbox_size"),
        ({"ping_interval_s": "soon"}, "ping_interval_s"),
        ({"headers": {"Authorization": 5}}, "headers"),
        ({"user_id": ""}, "user_id"),
        ({"initial_backoff_s": 5, "max_backoff_s": 1}, "max_backoff_s"),
        ({"lease_s": 0}, "lease_s"),
        ({"renew_s": "often"}, "renew_s"),
        ({"lease_s": 3, "renew_s": 3}, "renew_s (3.0) must be below lease_s (3.0)"),
        ({"renew_s": 12}, "renew_s (12.0) must be below lease_s (10.0)"),
    ],
)
def test_other_bad_settings_name_themselves(table, named) -> None:
    with pytest.raises(ValueError, match=r"\[plugins\.bridge_render\]") as info:
        settings(url="ws://h/", **table)
    assert named in str(info.value)


def test_the_lease_defaults_to_10_s_renewed_every_3_s() -> None:
    assert (settings().lease_s, settings().renew_s) == (10.0, 3.0)
    assert (settings(lease_s=2, renew_s=0.5).lease_s, settings(lease_s=2, renew_s=0.5).renew_s) == (2.0, 0.5)


def test_redacted_url_has_no_credentials_or_query_values() -> None:
    assert redact_url("wss://bob:hunter2@chat.example.com:8443/ws/x?token=abc&room=1") == (
        "wss://chat.example.com:8443/ws/x?token=***&room=***"
    )
    assert redact_url("ws://[::1]:9000/ws") == "ws://[::1]:9000/ws"


def test_sender_ids_become_safe_separate_user_ids() -> None:
    assert user_id_for("alice") == "external-alice"
    assert user_id_for("Alice") != user_id_for("alice")
    hashed = user_id_for("a/b")
    assert hashed.startswith("external-") and len(hashed) == len("external-") + 16
    assert user_id_for("a/b") == hashed  # stable: the same sender finds their memory again
    assert user_id_for("socket-user") != "external-socket-user"  # never the combined log


def test_frame_classification() -> None:
    assert parse_frame("  hi  ", "me", 100) == ExternalMessage("  hi  ", "anonymous", None, plain=True)
    assert parse_frame('{"from": 7, "text": "hey", "id": 3}', "me", 100) == ExternalMessage("hey", "7", "3", plain=False)
    assert parse_frame('{"message": "hey", "from": "me"}', "me", 100) == Skipped("echo")
    assert parse_frame('{"type": "PING"}', "me", 100).reason == "non_chat"  # type: ignore[union-attr]
    assert parse_frame('"just a string"', "me", 100) == ExternalMessage('"just a string"', "anonymous", None, plain=True)
    assert parse_frame("{oops", "me", 100).reason == "invalid_json"  # type: ignore[union-attr]
    assert parse_frame("x" * 101, "me", 100).reason == "too_large"  # type: ignore[union-attr]
    assert parse_frame("   ", "me", 100).reason == "empty"  # type: ignore[union-attr]
