"""The REST routes as an HTTP client sees them."""

from __future__ import annotations

from tests.conftest import raw_status, receive_until


async def chat(client, user_id: str, text: str) -> dict:
    ws = await client.ws_connect(f"/ws/{user_id}")
    await ws.receive_json()
    await ws.send_json({"message": text, "id": "m"})
    final = (await receive_until(ws, "message"))[-1]
    await ws.close()
    return final


async def test_index_describes_the_server(make_client):
    client = await make_client()
    body = await (await client.get("/", headers={"Accept": "application/json"})).json()
    assert body["name"] == "agenthost"
    assert body["version"]
    assert {a["id"] for a in body["agents"]} == {"fitness", "food", "general"}
    assert body["transports"] == ["websocket"]
    assert isinstance(body["plugins"], list)


async def test_health_counts_connections_and_messages_per_agent(make_client):
    client = await make_client()
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()
    await ws.send_json({"message": "run fast", "id": "1"})
    await receive_until(ws, "message")
    await ws.send_json({"message": "lunch", "id": "2"})
    await receive_until(ws, "message")
    health = await (await client.get("/health")).json()
    assert health["status"] == "ok", health["problems"]
    assert health["connections"] == 1
    assert health["messages_handled"] == {"fitness": 1, "food": 1}
    assert health["llm"] == {"mode": "offline"}
    assert health["storage_ok"] is True
    assert health["uptime_s"] >= 0


async def test_health_says_no_agent_is_loaded_rather_than_crash(make_client):
    client = await make_client(plugins=[])
    resp = await client.get("/health")
    assert resp.status == 200
    health = await resp.json()
    assert health["status"] == "degraded"
    assert "no agent is loaded" in health["problems"][0]


async def test_sessions_counts_open_connections_per_user(make_client):
    client = await make_client()
    sockets = [await client.ws_connect(f"/ws/{user}") for user in ("a", "a", "b")]
    for ws in sockets:
        await ws.receive_json()
    body = await (await client.get("/sessions")).json()
    assert body == {"total": 3, "users": {"a": 2, "b": 1}}
    await sockets[0].close()
    body = await (await client.get("/sessions")).json()
    assert body["users"]["a"] == 1


async def test_user_files_list_and_content(make_client):
    client = await make_client()
    await chat(client, "alice", "run now")
    listing = await (await client.get("/user/alice/files")).json()
    names = {f["name"]: f for f in listing["files"]}
    assert set(names) == {"conversations.md", "history.jsonl"}
    assert names["history.jsonl"]["size"] > 0 and names["history.jsonl"]["modified"]
    resp = await client.get("/user/alice/files/conversations.md")
    assert resp.status == 200
    assert "**User:** run now" in await resp.text()
    # The original backend's singular path answers too.
    resp = await client.get("/user/alice/file/history.jsonl")
    assert resp.status == 200 and '"role":"user"' in await resp.text()


async def test_files_of_an_unknown_user_are_empty_and_create_nothing(make_client, tmp_path):
    client = await make_client()
    body = await (await client.get("/user/nobody/files")).json()
    assert body == {"user_id": "nobody", "files": []}
    resp = await client.get("/user/nobody/files/history.jsonl")
    assert resp.status == 404
    assert "nobody" in (await resp.json())["error"]
    assert not (tmp_path / "data" / "nobody").exists()


async def test_bad_user_ids_and_file_names_are_400_on_every_route(make_client, tmp_path):
    client = await make_client()
    await chat(client, "alice", "run")
    for path in ["/user/..%2F..%2Fetc/files", "/user/.hidden/files", "/user/a%00b/files/history.jsonl",
                 "/user/" + "x" * 65 + "/files", "/user/a%2Fb/file/profile.json"]:
        resp = await client.get(path)
        assert resp.status == 400, path
        assert "invalid user id" in (await resp.json())["error"]
    for name in ["..%2F..%2Fetc%2Fpasswd", "passwd", ".history.jsonl", "a%2Fb.json"]:
        resp = await client.get(f"/user/alice/files/{name}")
        assert resp.status in (400, 404), name
        assert resp.status == 400 or "no file" in (await resp.json())["error"]
    assert await raw_status(client, "/user/%2E%2E/files") in (400, 404)
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["alice"]


async def test_unknown_route_is_a_json_404(make_client):
    client = await make_client()
    resp = await client.get("/nope")
    assert resp.status == 404
    assert (await resp.json())["error"] == "Not Found"
