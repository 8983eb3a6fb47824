"""What survives a crash, as README "Several hosts" states it:
- the file backend: everything a reply frame reports is on disk when the frame arrives, so a
  host killed (SIGKILL) right after loses none of it;
- Redis with the shipped settings (deploy/redis.conf): AOF on, `appendfsync everysec`, and a
  write Redis acknowledged survives `kill -9` of redis-server (it is in the AOF, which the OS
  holds, before Redis answers; only a crash of the machine can lose its last second).
The system-level versions (a host or Redis killed under load) are in test_cluster_faults.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import load_client_script, read_jsonl
from tests.redis_server import require_binary

run_cluster = load_client_script("run_cluster")
pytestmark = pytest.mark.slow


async def test_file_backend_a_reply_is_on_disk_when_its_frame_arrives(tmp_path: Path) -> None:
    host = run_cluster.HostProcess(workdir=tmp_path / "host")
    host.start()
    try:
        replies = []
        async with aiohttp.ClientSession() as session, session.ws_connect(f"{host.ws_url}/ws/dora") as ws:
            await ws.receive_json()
            for message_id, text in (("d1", "I had oatmeal for breakfast"), ("d2", "I had a banana for lunch")):
                await ws.send_json({"message": text, "id": message_id})
                while (frame := await ws.receive_json(timeout=20))["type"] != "message":
                    assert frame["type"] != "error", frame
                replies.append(frame)
            host.kill()  # the moment the last reply arrived: no shutdown, no flush
    finally:
        host.stop()
    folder = host.data_dir / "dora"
    history = read_jsonl(folder / "history.jsonl")
    assert [(r["role"], r.get("reply_to", r["id"])) for r in history] == [
        ("user", "d1"), ("assistant", "d1"), ("user", "d2"), ("assistant", "d2"),
    ]
    assert [r["id"] for r in history if r["role"] == "assistant"] == [f["metadata"]["id"] for f in replies]
    assert all("Logged" in f["message"] for f in replies)
    meals = json.dumps(read_jsonl(folder / "meals.jsonl"))  # what the replies said they logged
    assert "oatmeal" in meals and "banana" in meals
    assert (folder / "conversations.md").read_text().count("**User:**") == 2


def test_the_shipped_redis_settings_keep_what_redis_acknowledged_through_kill_9(tmp_path: Path) -> None:
    require_binary(run_cluster.REDIS_SERVER, "redis-server")
    redis = run_cluster.RedisProcess(tmp_path / "redis").start()
    try:
        assert redis.command("CONFIG", "GET", "appendonly").split() == ["appendonly", "yes"]
        assert redis.command("CONFIG", "GET", "appendfsync").split() == ["appendfsync", "everysec"]
        assert redis.command("CONFIG", "GET", "maxmemory-policy").split() == ["maxmemory-policy", "noeviction"]
        for n in range(100):
            assert redis.command("XADD", "ah:u:{kim}:s:history.jsonl", "*", "r", json.dumps({"n": n})).strip()
        redis.kill()
        redis.start()  # the same port and directory: the AOF is read back
        assert redis.command("XLEN", "ah:u:{kim}:s:history.jsonl").strip() == "100"
    finally:
        redis.stop()
