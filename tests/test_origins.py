"""The origin allow-list: a web page elsewhere cannot open a user's socket or POST to the
server, with auth on or off; scripts (no Origin) and the server's own pages are unaffected."""

from __future__ import annotations

import time

import jwt

import agenthost_bridge_render
from tests.fakes import FALLBACK
from tests.test_auth import JWT, SECRET, bearer, handshake_status


async def test_a_socket_from_another_sites_page_is_refused_with_auth_off(make_client, tmp_path):
    client = await make_client()
    assert await handshake_status(client, "/ws/alice", origin="https://evil.example") == 403
    assert await handshake_status(client, "/ws/alice", origin="null") == 403  # a page opened from disk
    own = f"http://{client.server.host}:{client.server.port}"
    ws = await client.ws_connect("/ws/alice", origin=own)
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.close()
    ws = await client.ws_connect("/ws/alice")  # a script sends no Origin
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.close()
    assert not (tmp_path / "data" / "alice").exists()  # nothing was said, nothing stored


async def test_allowed_origins_are_let_in_and_a_stolen_token_does_not_help_another_site(make_client):
    client = await make_client(auth=JWT, server={"allowed_origins": ["https://chat.example"]})
    alice = jwt.encode({"sub": "alice", "scope": "chat", "exp": int(time.time()) + 60}, SECRET, algorithm="HS256")
    ws = await client.ws_connect("/ws/alice", origin="https://chat.example", headers=bearer(alice))
    assert (await ws.receive_json())["type"] == "welcome"
    await ws.close()
    assert await handshake_status(client, "/ws/alice", origin="https://chat.example.evil.test", headers=bearer(alice)) == 403
    assert await handshake_status(client, "/ws/alice", origin="http://chat.example", headers=bearer(alice)) == 403


async def test_a_cross_site_post_is_refused_and_a_cross_site_get_is_not(make_client):
    client = await make_client(plugins=[FALLBACK(), agenthost_bridge_render])
    resp = await client.post("/send-to-external", json={"message": "hi"}, headers={"Origin": "https://evil.example"})
    assert resp.status == 403
    assert "origin 'https://evil.example' is not allowed" in (await resp.json())["error"]
    own = f"http://{client.server.host}:{client.server.port}"
    resp = await client.post("/send-to-external", json={"message": "hi"}, headers={"Origin": own})
    assert resp.status == 503  # let through: the bridge has no external app configured
    # Reads are not state changes; the browser's CORS rules keep their answers from other sites.
    assert (await client.get("/health", headers={"Origin": "https://evil.example"})).status == 200
