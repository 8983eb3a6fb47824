"""JWT auth as a client sees it: tokens on the socket and on REST, 401 against 403, scopes,
keys from a secret, a PEM file or a JWKS file, and tokens kept out of every log line."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import jwt
import pytest
from aiohttp import WSServerHandshakeError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

import agenthost_bridge_render
from host.auth import SUBPROTOCOL, TokenAuthority
from host.config import AuthConfig, ConfigError, load_config, test_config
from tests.conftest import receive_until
from tests.fakes import FALLBACK, KeywordAgent

SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789"
JWT = {"mode": "jwt", "secret": SECRET}


def token(user: str = "alice", scope: str | None = "chat", ttl: int = 600, secret: str = SECRET, **claims: Any) -> str:
    payload: dict[str, Any] = {"sub": user, "exp": int(time.time()) + ttl, **claims}
    if scope is not None:
        payload["scope"] = scope
    return jwt.encode(payload, secret, algorithm="HS256")


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


async def handshake_status(client: Any, path: str, **kwargs: Any) -> int:
    """The HTTP status that refused a WebSocket handshake (fails if it was accepted)."""
    with pytest.raises(WSServerHandshakeError) as refused:
        await client.ws_connect(path, **kwargs)
    return refused.value.status


# --- the socket --------------------------------------------------------------------------------


async def test_a_token_for_alice_opens_alices_socket_from_the_header_or_the_subprotocol(make_client):
    client = await make_client(auth=JWT)
    ws = await client.ws_connect("/ws/alice", headers=bearer(token("alice")))
    assert (await ws.receive_json())["user_id"] == "alice"
    await ws.send_json({"message": "run today", "id": "m1"})
    assert (await receive_until(ws, "message"))[-1]["metadata"]["reply_to"] == "m1"
    await ws.close()

    # A browser cannot set headers on a WebSocket: it offers the token as a subprotocol.
    ws = await client.ws_connect("/ws/alice", protocols=(SUBPROTOCOL, f"agenthost.bearer.{token('alice')}"))
    assert ws.protocol == SUBPROTOCOL  # the server never echoes the token back
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.close()


async def test_refused_handshakes_are_401_or_403_and_create_no_folder(make_client, tmp_path):
    client = await make_client(auth=JWT)
    assert await handshake_status(client, "/ws/alice") == 401
    expired = token("alice", ttl=-120)  # past the 30 s leeway
    assert await handshake_status(client, "/ws/alice", headers=bearer(expired)) == 401
    forged = token("alice", secret="another-secret-that-is-just-as-long-0123456789")
    assert await handshake_status(client, "/ws/alice", headers=bearer(forged)) == 401
    unsigned = jwt.encode({"sub": "alice", "exp": int(time.time()) + 60}, None, algorithm="none")
    assert await handshake_status(client, "/ws/alice", headers=bearer(unsigned)) == 401
    assert await handshake_status(client, "/ws/alice", headers=bearer("not.a.token")) == 401
    no_exp = jwt.encode({"sub": "alice", "scope": "chat"}, SECRET, algorithm="HS256")
    assert await handshake_status(client, "/ws/alice", headers=bearer(no_exp)) == 401
    bad_sub = token("alice\n")
    assert await handshake_status(client, "/ws/alice", headers=bearer(bad_sub)) == 401
    # A valid token for someone else: 403, in the header or the subprotocol.
    assert await handshake_status(client, "/ws/alice", headers=bearer(token("bob"))) == 403
    assert await handshake_status(client, "/ws/alice", protocols=(SUBPROTOCOL, f"agenthost.bearer.{token('bob')}")) == 403
    data = tmp_path / "data"
    assert not data.exists() or list(data.iterdir()) == []


async def test_the_refusals_say_why_in_json(make_client):
    client = await make_client(auth=JWT)
    resp = await client.get("/ws/alice", headers={"Upgrade": "websocket", "Connection": "Upgrade"})
    assert resp.status == 401
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert "token" in (await resp.json())["error"]
    resp = await client.get("/user/alice/files", headers=bearer(token("alice", ttl=-120)))
    assert (resp.status, (await resp.json())["error"]) == (401, "token expired")
    assert 'error="invalid_token"' in resp.headers["WWW-Authenticate"]
    resp = await client.get("/user/alice/files", headers=bearer(token("bob")))
    assert resp.status == 403
    assert (await resp.json()) == {"error": "your token is for user 'bob', not 'alice'", "status": 403}


async def test_an_admin_token_opens_any_users_socket_and_reads_their_files(make_client):
    client = await make_client(auth=JWT)
    ws = await client.ws_connect("/ws/alice", headers=bearer(token("alice")))
    await ws.receive_json()
    await ws.send_json({"message": "lunch", "id": "1"})
    await receive_until(ws, "message")
    await ws.close()
    admin = bearer(token("ops", scope="admin"))
    ws = await client.ws_connect("/ws/alice", headers=admin)
    assert (await ws.receive_json())["user_id"] == "alice"
    await ws.close()
    resp = await client.get("/user/alice/files/history.jsonl", headers=admin)
    assert resp.status == 200 and "lunch" in await resp.text()


async def test_chat_scope_reaches_only_its_own_data_and_admin_routes_need_admin(make_client):
    client = await make_client(auth=JWT)
    alice, bob, admin = bearer(token("alice")), bearer(token("bob")), bearer(token("root", scope="admin"))
    assert (await client.get("/user/alice/files", headers=alice)).status == 200
    assert (await client.get("/user/alice/files", headers=bob)).status == 403
    assert (await client.get("/user/alice/file/profile.json", headers=bob)).status == 403
    assert (await client.get("/user/alice/files", headers=admin)).status == 200
    for path in ("/sessions", "/plugins"):
        assert (await client.get(path)).status == 401, path
        assert (await client.get(path, headers=alice)).status == 403, path
        assert (await client.get(path, headers=admin)).status == 200, path
    # A token whose only scope is unknown may do nothing but the public routes.
    odd = bearer(token("alice", scope="read:weather"))
    assert (await client.get("/user/alice/files", headers=odd)).status == 403
    # A token from an identity provider without a scope claim is a chat token.
    plain = bearer(token("alice", scope=None))
    assert (await client.get("/user/alice/files", headers=plain)).status == 200


async def test_health_is_public_but_says_only_its_status(make_client):
    client = await make_client(auth=JWT)
    assert await (await client.get("/health")).json() == {"status": "ok"}
    assert await (await client.get("/health", headers=bearer(token("alice")))).json() == {"status": "ok"}
    detail = await (await client.get("/health", headers=bearer(token("ops", scope="admin")))).json()
    assert detail["status"] == "ok" and "connections" in detail and "plugins" in detail
    index = await (await client.get("/", headers={"Accept": "application/json"})).json()
    assert "plugins" not in index and {a["id"] for a in index["agents"]} == {"fitness", "food", "general"}
    assert (await client.get("/clients/local")).status == 200


async def test_me_says_who_a_token_is_for(make_client):
    client = await make_client(auth=JWT)
    assert (await client.get("/me")).status == 401
    body = await (await client.get("/me", headers=bearer(token("alice")))).json()
    assert body["user"] == "alice" and body["scopes"] == ["chat"] and body["auth"] == "jwt"
    assert body["expires_at"] > time.time()


async def test_issuer_and_audience_are_checked_when_configured(make_client):
    client = await make_client(auth={**JWT, "issuer": "https://id.example", "audience": "agenthost"})
    good = token("alice", iss="https://id.example", aud="agenthost")
    assert (await client.get("/me", headers=bearer(good))).status == 200
    for bad in (token("alice", iss="https://evil.example", aud="agenthost"), token("alice", iss="https://id.example"),
                token("alice", aud="agenthost"), token("alice", iss="https://id.example", aud="other")):
        assert (await client.get("/me", headers=bearer(bad))).status == 401


async def test_a_small_clock_skew_is_tolerated(make_client):
    client = await make_client(auth=JWT)
    assert (await client.get("/me", headers=bearer(token("alice", ttl=-10)))).status == 200  # within 30 s
    assert (await client.get("/me", headers=bearer(token("alice", ttl=-60)))).status == 401


def _rsa_and_ec_keys(tmp_path: Path) -> tuple[Any, Path, Any, Path]:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = tmp_path / "rsa.pub.pem"
    pem.write_bytes(rsa_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    ec_key = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(ec_key.public_key()))
    jwks = tmp_path / "jwks.json"
    jwks.write_text(json.dumps({"keys": [{**jwk, "kid": "team-key-1", "use": "sig", "alg": "ES256"}]}))
    return rsa_key, pem, ec_key, jwks


async def test_tokens_from_a_teams_identity_provider_rs256_pem_and_es256_jwks(make_client, tmp_path):
    rsa_key, pem, ec_key, jwks = _rsa_and_ec_keys(tmp_path)
    claims = {"sub": "alice", "scope": "chat", "exp": int(time.time()) + 600}

    client = await make_client(auth={"mode": "jwt", "public_key_file": pem})
    ws = await client.ws_connect("/ws/alice", headers=bearer(jwt.encode(claims, rsa_key, algorithm="RS256")))
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.close()
    # The public key used as an HMAC secret (the algorithm-confusion attack) proves nothing.
    confused = jwt.encode(claims, "x" * 64, algorithm="HS256")
    assert (await client.get("/me", headers=bearer(confused))).status == 401

    client = await make_client(auth={"mode": "jwt", "jwks_file": jwks})
    signed = jwt.encode(claims, ec_key, algorithm="ES256", headers={"kid": "team-key-1"})
    assert (await client.get("/me", headers=bearer(signed))).status == 200
    unknown_kid = jwt.encode(claims, ec_key, algorithm="ES256", headers={"kid": "other"})
    assert (await client.get("/me", headers=bearer(unknown_kid))).status == 401
    other_key = jwt.encode(claims, ec.generate_private_key(ec.SECP256R1()), algorithm="ES256", headers={"kid": "team-key-1"})
    assert (await client.get("/me", headers=bearer(other_key))).status == 401


async def test_the_token_never_reaches_a_log_line(make_client, caplog):
    caplog.set_level(logging.DEBUG)
    client = await make_client(auth=JWT)
    secret_token = token("alice")
    ws = await client.ws_connect("/ws/alice", protocols=(SUBPROTOCOL, f"agenthost.bearer.{secret_token}"))
    await ws.receive_json()
    await ws.send_json({"message": "run", "id": "1"})
    await receive_until(ws, "message")
    await ws.close()
    await client.get("/user/alice/files", headers=bearer(secret_token))
    await client.get("/user/bob/files", headers=bearer(secret_token))  # a 403
    # Never accepted from a query string, and not written to the access log if sent there.
    assert (await client.get(f"/user/alice/files?token={secret_token}")).status == 401
    await handshake_status(client, f"/ws/alice?access_token={secret_token}")
    # Offering the token without agenthost.v1 is refused before aiohttp could log the offer.
    assert await handshake_status(client, "/ws/alice", protocols=(f"agenthost.bearer.{secret_token}",)) == 400
    access = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert any('"GET /user/alice/files" 200' in line for line in access), access
    assert any('"GET /ws/alice" 101' in line for line in access), access
    signature = secret_token.rsplit(".", 1)[1]
    for record in caplog.records:
        assert signature not in record.getMessage(), record.getMessage()
        assert signature not in str(record.args)


# --- plugin routes -----------------------------------------------------------------------------


class RoutesPlugin:
    """A plugin with routes at each access level, and one that names none."""

    __name__ = "test-routes"

    @staticmethod
    async def answer(request: Any) -> Any:
        from aiohttp import web

        return web.json_response({"ok": True})

    def register_routes(self, register: Any) -> None:
        register("GET", "/owl/public", self.answer, access="public")
        register("GET", "/owl/{user_id}/notes", self.answer, access="user")
        register("GET", "/owl/mine", self.answer, access="user")
        register("GET", "/owl/unsaid", self.answer)


RoutesPlugin.register_routes = __import__("host").hookimpl(RoutesPlugin.register_routes)  # type: ignore[method-assign]


async def test_plugin_routes_get_their_access_level_and_admin_when_they_say_nothing(make_client):
    client = await make_client(auth=JWT, plugins=[KeywordAgent("fitness", ["run"]), FALLBACK(), RoutesPlugin()])
    alice, admin = bearer(token("alice")), bearer(token("ops", scope="admin"))
    assert (await client.get("/owl/public")).status == 200
    assert (await client.get("/owl/alice/notes")).status == 401
    assert (await client.get("/owl/alice/notes", headers=alice)).status == 200
    assert (await client.get("/owl/bob/notes", headers=alice)).status == 403
    assert (await client.get("/owl/mine", headers=alice)).status == 200
    assert (await client.get("/owl/unsaid", headers=alice)).status == 403
    assert (await client.get("/owl/unsaid", headers=admin)).status == 200


async def test_a_route_with_an_unknown_access_level_fails_its_plugin(make_client):
    class Bad:
        __name__ = "test-bad-routes"

        @__import__("host").hookimpl
        def register_routes(self, register: Any) -> None:
            register("GET", "/bad", RoutesPlugin.answer, access="everyone")

    client = await make_client(plugins=[FALLBACK(), Bad()])
    plugins = await (await client.get("/plugins")).json()
    failed = {p["name"]: p for p in plugins}["test-bad-routes"]
    assert failed["state"] == "failed" and "access must be one of public, user, admin" in failed["error"]
    assert (await client.get("/bad")).status == 404


async def test_the_bridges_send_route_needs_admin(make_client):
    client = await make_client(auth=JWT, plugins=[FALLBACK(), agenthost_bridge_render])
    body = {"message": "hello"}
    assert (await client.post("/send-to-external", json=body)).status == 401
    assert (await client.post("/send-to-external", json=body, headers=bearer(token("alice")))).status == 403
    # Past the check, the bridge answers for itself: no external app is configured here.
    resp = await client.post("/send-to-external", json=body, headers=bearer(token("ops", scope="admin")))
    assert resp.status == 503
    assert (await client.get("/external-status", headers=bearer(token("alice")))).status == 403
    status = await client.get("/external-status", headers=bearer(token("ops", scope="admin")))
    assert status.status == 200 and (await status.json())["configured"] is False


# --- configuration -----------------------------------------------------------------------------


def test_a_short_secret_or_a_missing_key_is_refused_with_the_setting_named(tmp_path):
    with pytest.raises(ConfigError, match="AGENTHOST_JWT_SECRET is 9 bytes; it must be at least 32"):
        TokenAuthority(AuthConfig(mode="jwt", secret="too-short"))
    with pytest.raises(ConfigError, match="no key is set"):
        TokenAuthority(AuthConfig(mode="jwt"))
    with pytest.raises(ConfigError, match="cannot be used with an HS256 secret"):
        TokenAuthority(AuthConfig(mode="jwt", secret=SECRET, algorithms=["none"]))
    with pytest.raises(ConfigError, match=r"public_key_file .*missing.pem: cannot read"):
        TokenAuthority(AuthConfig(mode="jwt", public_key_file=tmp_path / "missing.pem"))
    with pytest.raises(ConfigError, match="must be 'none' or 'jwt'"):
        from host.app import create_app

        create_app(test_config(tmp_path, auth={"mode": "basic"}))


def test_the_secret_comes_from_the_environment_never_from_the_file(tmp_path):
    path = tmp_path / "agenthost.toml"
    path.write_text(f'[auth]\nmode = "jwt"\nsecret = "{SECRET}"\n')
    with pytest.raises(ConfigError, match="'secret' must not be in a config file"):
        load_config(path, env={}, read_dotenv=False)
    path.write_text('[auth]\nmode = "jwt"\nleeway_s = 5\n')
    config = load_config(path, env={"AGENTHOST_JWT_SECRET": SECRET}, read_dotenv=False)
    assert (config.auth.mode, config.auth.secret, config.auth.leeway_s) == ("jwt", SECRET, 5)
    assert SECRET not in repr(config)
    config = load_config(None, env={"AGENTHOST_AUTH": "jwt", "AGENTHOST_ALLOWED_ORIGINS": "https://a.example, https://b.example"},
                         read_dotenv=False)
    assert config.auth.mode == "jwt"
    assert config.server.allowed_origins == ["https://a.example", "https://b.example"]
    assert config.server.host == "127.0.0.1"


def test_created_tokens_verify_and_carry_user_scope_and_expiry():
    authority = TokenAuthority(AuthConfig(mode="jwt", secret=SECRET, issuer="me", audience="you"))
    who = authority.verify(authority.create("alice", "admin", ttl_s=60))
    assert who.user == "alice" and who.is_admin and who.may_act_as("bob")
    assert 50 < (who.expires_at or 0) - time.time() <= 60
    with pytest.raises(ValueError, match="scope must be one of chat, admin"):
        authority.create("alice", "root")
