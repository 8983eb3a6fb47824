"""End to end: the real host (`create_app`) with the bridge loaded from its entry point, small
test agents on the app's plugin manager, and a real WebSocket server as the external app."""

from __future__ import annotations

import json

from host import keys


async def test_messages_reach_the_right_agent_and_replies_come_back(start_host, tmp_path, external, test_agents) -> None:
    await start_host(tmp_path, test_agents, url=external.url)
    await external.next_connection()

    await external.send({"type": "message", "from": "alice", "message": "log my workout", "id": "m1"})
    reply = await external.next_json()
    assert reply["type"] == "agent_response"
    assert (reply["agent"], reply["agent_id"], reply["to"], reply["reply_to"], reply["from"]) == (
        "Fitness 💪", "fitness", "alice", "m1", "poc-backend",
    )
    assert reply["message"] == "fitness says: log my workout (earlier: 0)"

    await external.send("what should I eat for lunch")
    assert await external.next_frame() == "food says: what should I eat for lunch (earlier: 0)"


async def test_two_external_users_never_share_memory(start_host, tmp_path, external, test_agents, until) -> None:
    await start_host(tmp_path, test_agents, url=external.url)
    await external.next_connection()
    for sender in ["alice", "bob", "alice"]:
        await external.send({"from": sender, "message": "hello"})
        last = await external.next_json()
    assert last["message"] == "general says: hello (earlier: 2)"  # alice's first turn, not bob's

    def roles(user: str) -> list[str]:
        lines = (tmp_path / user / "history.jsonl").read_text().splitlines()
        return [json.loads(line)["role"] for line in lines]

    assert roles("external-alice") == ["user", "assistant", "user", "assistant"]
    assert roles("external-bob") == ["user", "assistant"]
    assert "hello" in (tmp_path / "external-alice" / "conversations.md").read_text()
    combined = tmp_path / "external-socket-user" / "conversations.md"
    await until(lambda: combined.read_text().count("· out · General 🤖 →") == 3)
    assert combined.read_text().count("· in ·") == 3


async def test_status_route_shows_state_without_credentials(start_host, tmp_path, external, test_agents, until) -> None:
    url = external.url.replace("ws://", "ws://bot:hunter2@") + "?token=s3cret"
    client = await start_host(tmp_path, test_agents, url=url)
    await external.next_connection()
    await external.send({"from": "alice", "message": "run plan"})
    await external.next_json()
    bridge = client.app[keys.REGISTRY].transports["bridge_render"]
    await until(lambda: bridge.status()["messages_out"] == 1)

    response = await client.get("/external-status")
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"  # the external page from disk reads it
    status = await response.json()
    assert status["configured"] is True and status["connected"] is True
    assert status["url"] == f"ws://127.0.0.1:{external.port}/chat/poc-backend?token=***"
    assert "hunter2" not in json.dumps(status) and "s3cret" not in json.dumps(status)
    assert status["since"] and status["last_error"] is None
    assert (status["reconnects"], status["messages_in"], status["messages_out"]) == (0, 1, 1)
    assert (status["outbox_depth"], status["dropped"]) == (0, 0)


async def test_send_to_external_connected_disconnected_and_bad_bodies(
    start_host, tmp_path, external, test_agents, until
) -> None:
    client = await start_host(tmp_path, test_agents, url=external.url)
    await external.next_connection()

    response = await client.post("/send-to-external", json={"message": "Stretch break!", "agent": "fitness"})
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "sent" and body["id"]
    frame = await external.next_json()
    assert (frame["message"], frame["agent"], frame["agent_id"], frame["from"]) == (
        "Stretch break!", "Fitness 💪", "fitness", "poc-backend",
    )

    for bad in [b"{not json", b'["a list"]', b'{"agent": "fitness"}', b'{"message": "  "}', b'{"message": 5}']:
        response = await client.post("/send-to-external", data=bad, headers={"Content-Type": "application/json"})
        assert response.status == 400, bad
        assert "error" in await response.json()

    await external.stop()
    await until(lambda: not client.app[keys.REGISTRY].transports["bridge_render"].status()["connected"])
    response = await client.post("/send-to-external", json={"message": "while you were away"})
    assert response.status == 202
    queued = await response.json()
    assert queued["status"] == "queued" and queued["outbox_depth"] == 1 and queued["id"]

    await external.start()
    await external.next_connection()
    frame = await external.next_json()
    assert (frame["message"], frame["agent"], frame["agent_id"]) == ("while you were away", "agenthost", None)


async def test_outbox_survives_a_host_restart(start_host, tmp_path, external, test_agents) -> None:
    await external.stop()
    client = await start_host(tmp_path, test_agents, url=external.url)
    for n in range(3):
        response = await client.post("/send-to-external", json={"message": f"note {n}"})
        assert response.status == 202
    await client.close()  # host shutdown
    assert len((tmp_path / ".bridge_render" / "outbox.jsonl").read_text().splitlines()) == 3

    await external.start()
    client = await start_host(tmp_path, test_agents, url=external.url)
    await external.next_connection()
    assert [(await external.next_json())["message"] for _ in range(3)] == ["note 0", "note 1", "note 2"]


async def test_shutdown_closes_the_external_connection_with_going_away(start_host, tmp_path, external, test_agents) -> None:
    client = await start_host(tmp_path, test_agents, url=external.url)
    server_side = await external.next_connection()
    await client.close()
    await server_side.wait_closed()
    assert server_side.close_code == 1001


async def test_without_a_url_the_routes_answer_but_nothing_connects(start_host, tmp_path, test_agents) -> None:
    client = await start_host(tmp_path, test_agents)
    status = await (await client.get("/external-status")).json()
    assert status["configured"] is False and status["connected"] is False
    response = await client.post("/send-to-external", json={"message": "hi"})
    assert response.status == 503
    assert "EXTERNAL_WS_URL" in (await response.json())["error"]


async def test_a_malformed_url_fails_the_plugin_with_the_setting_named(start_host, tmp_path, test_agents) -> None:
    client = await start_host(tmp_path, test_agents, url="http://example.com/ws")
    plugins = {p["name"]: p for p in await (await client.get("/plugins")).json()}
    assert plugins["bridge_render"]["state"] == "failed"
    assert "[plugins.bridge_render] url / EXTERNAL_WS_URL" in plugins["bridge_render"]["error"]
    assert (await client.get("/external-status")).status == 503


async def test_with_the_plugin_disabled_the_routes_do_not_exist(start_host, tmp_path, test_agents) -> None:
    client = await start_host(tmp_path, test_agents, disabled=True, url="ws://127.0.0.1:9/")
    assert (await client.get("/external-status")).status == 404
    assert (await client.post("/send-to-external", json={"message": "hi"})).status == 404
