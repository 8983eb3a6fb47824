"""`agenthost storage migrate`: every user's history, logs (tombstones too), documents and
conversations.md, from files to a real redis-server and back; idempotent, a partial run
completed without duplicates, conflicts named and left alone."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import redis as sync_redis

from host.cli import main
from host.redis_storage import RedisStorage
from host.storage import FileStorage, Storage
from tests.redis_server import RedisServer, unique_prefix

ENTRY = "## 2026-12-01T10:00:0{n}Z\n\n**User:** {text}\n\n**Ceres 🥗:** noted\n\n_routing: keywords, confidence 0.90_\n\n---\n\n"


async def seed(storage: Storage) -> None:
    """Two users, written the way the host and the agents write."""
    alice = storage.user("alice")
    for n, text in enumerate(["oatmeal for breakfast", "and a coffee", "what's my protein? ✓"]):
        await alice.begin_turn({"role": "user", "text": text, "id": f"u{n}", "timestamp": f"2026-12-01T10:00:0{n}Z"}, 20)
        await alice.record_turn(
            [{"role": "assistant", "text": "noted", "agent": "ceres", "id": f"a{n}", "reply_to": f"u{n}"}],
            ENTRY.format(n=n, text=text),
        )
    await alice.append_records("meals.jsonl", [{"id": "m1", "food": "oatmeal"}, {"id": "m2", "food": "coffee", "kcal": 2.5}])
    await alice.delete_record("meals.jsonl", "m1")  # an undo: a tombstone
    await alice.update_profile(lambda profile: profile.update(name="Alice", goals=["5k"]))
    await alice.write_json("state.json", {"ceres": {"intent": "log_meal", "slots": {"meal": "breakfast"}}})
    bob = storage.user("bob")
    await bob.begin_turn({"role": "user", "text": "hi", "id": "b0"}, 20)
    await bob.record_turn([{"role": "error", "code": "unavailable", "text": "restarting", "id": "e0", "reply_to": "b0"}], ENTRY.format(n=0, text="hi"))


async def contents(storage: Storage) -> dict[str, dict[str, Any]]:
    """Every user's files as the files route lists them, parsed."""
    found: dict[str, dict[str, Any]] = {}
    async for user in storage.user_ids():
        store = await storage.existing_user(user)
        assert store is not None
        files: dict[str, Any] = {}
        for info in await store.list_files():
            if info.name.endswith(".corrupt"):
                files[info.name] = None  # listed, not served
                continue
            raw = (await store.read_file(info.name) or b"").decode()
            if info.name.endswith(".jsonl"):
                files[info.name] = [json.loads(line) for line in raw.splitlines()]
            elif info.name.endswith(".json"):
                files[info.name] = json.loads(raw)
            else:
                files[info.name] = raw
        found[user] = files
    return found


def redis_snapshot(server: RedisServer, prefix: str) -> dict[str, Any]:
    """Every key under `prefix` with its whole value (stream entry ids and meta times included)."""
    client = sync_redis.Redis.from_url(server.url, decode_responses=True)
    try:
        snapshot: dict[str, Any] = {}
        for key in sorted(client.scan_iter(match=f"{prefix}:*")):
            kind = client.type(key)
            snapshot[key] = {"stream": lambda: client.xrange(key), "string": lambda: client.get(key),
                             "hash": lambda: client.hgetall(key)}[kind]()
        return snapshot
    finally:
        client.close()


def files_snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def run_migrate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["storage", "migrate", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no agenthost.toml or .env of the developer's
    for name in ("AGENTHOST_STORAGE", "AGENTHOST_REDIS_URL", "AGENTHOST_REDIS_PREFIX", "AGENTHOST_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_files_to_redis_copies_everything_and_a_second_run_changes_nothing(
    redis_server: RedisServer, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, prefix = workdir / "data", unique_prefix()
    asyncio.run(seed(FileStorage(data)))
    (data / "alice" / "profile.json.corrupt").write_text("{not json")  # set aside by a crash long ago
    args = ("--from", "files", "--to", "redis", "--data-dir", str(data), "--redis-url", redis_server.url, "--prefix", prefix)

    code, out, err = run_migrate(capsys, *args)
    assert code == 0, out
    assert "2/2 users" in err  # the progress, on stderr
    assert "2 user(s), 2 with something to copy" in out
    assert "copied 11 record(s) into 3 log(s), 2 document(s), 2 conversations.md" in out
    assert "skipped user alice, profile.json.corrupt: not a file the stores hold" in out

    async def compare() -> None:
        files, redis = FileStorage(data), RedisStorage.from_url(redis_server.url, prefix=prefix)
        try:
            copied = await contents(redis)
            expected = await contents(files)
            del expected["alice"]["profile.json.corrupt"]
            assert copied == expected  # the same names, records (tombstone too), documents and text
            meals = await redis.user("alice").recent_records("meals.jsonl")
            assert [m["id"] for m in meals] == ["m2"]  # the undo still holds
            memory, profile = await redis.user("alice").load_memory(20)
            assert [r["id"] for r in memory] == ["u0", "a0", "u1", "a1", "u2", "a2"] and profile["name"] == "Alice"
        finally:
            await redis.close()

    asyncio.run(compare())
    before = redis_snapshot(redis_server, prefix)
    code, out, _ = run_migrate(capsys, *args)
    assert code == 0 and "2 user(s), 0 with something to copy, 2 already up to date" in out
    assert redis_snapshot(redis_server, prefix) == before


def test_a_run_cut_short_is_completed_without_duplicates(
    redis_server: RedisServer, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, prefix, whole = workdir / "data", unique_prefix(), unique_prefix()
    asyncio.run(seed(FileStorage(data)))

    async def partial_copy() -> None:
        # What a run stopped after alice's first turns and profile would have left.
        files, redis = FileStorage(data), RedisStorage.from_url(redis_server.url, prefix=prefix)
        try:
            alice = files.user("alice")
            history = [json.loads(line) for line in (await alice.read_file("history.jsonl") or b"").splitlines()]
            await redis.user("alice").append_records("history.jsonl", history[:3])
            await redis.user("alice").write_json("profile.json", await alice.read_json("profile.json"))
            await redis.user("alice").append_conversation(ENTRY.format(n=0, text="oatmeal for breakfast"))
        finally:
            await redis.close()

    asyncio.run(partial_copy())
    for target in (prefix, whole):
        code, out, _ = run_migrate(capsys, "--from", "files", "--to", "redis", "--data-dir", str(data),
                                   "--redis-url", redis_server.url, "--prefix", target)
        assert code == 0, out
    assert "copied 11 record(s)" in out  # the clean run copies all 11; the cut-short one got the rest

    async def both() -> tuple[Any, Any]:
        completed, clean = (RedisStorage.from_url(redis_server.url, prefix=p) for p in (prefix, whole))
        try:
            return await contents(completed), await contents(clean)
        finally:
            await completed.close()
            await clean.close()

    completed, clean = asyncio.run(both())
    assert completed == clean
    assert [r["id"] for r in completed["alice"]["history.jsonl"]] == ["u0", "a0", "u1", "a1", "u2", "a2"]


def test_a_destination_that_has_moved_on_is_named_and_left_alone(
    redis_server: RedisServer, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, prefix = workdir / "data", unique_prefix()
    asyncio.run(seed(FileStorage(data)))

    async def diverge() -> None:
        redis = RedisStorage.from_url(redis_server.url, prefix=prefix)
        try:
            await redis.user("alice").append_records("history.jsonl", [{"role": "user", "text": "written on Redis", "id": "r0"}])
            await redis.user("alice").write_json("profile.json", {"name": "Alicia"})
        finally:
            await redis.close()

    asyncio.run(diverge())
    before = redis_snapshot(redis_server, prefix)
    code, out, _ = run_migrate(capsys, "--from", "files", "--to", "redis", "--data-dir", str(data),
                               "--redis-url", redis_server.url, "--prefix", prefix, "--user", "alice")
    assert code == 1
    assert ("error: user alice, history.jsonl: the destination's 1 record(s) are not the start of the source's 6; "
            "not copied") in out
    assert "error: user alice, profile.json: the destination has a different profile.json; not overwritten" in out
    after = redis_snapshot(redis_server, prefix)
    history_key = f"{prefix}:u:{{alice}}:s:history.jsonl"
    assert after[history_key] == before[history_key]
    assert json.loads(after[f"{prefix}:u:{{alice}}:d:profile.json"]) == {"name": "Alicia"}
    # The rest of alice's files were copied; --overwrite settles the document.
    assert f"{prefix}:u:{{alice}}:s:meals.jsonl" in after
    code, out, _ = run_migrate(capsys, "--from", "files", "--to", "redis", "--data-dir", str(data),
                               "--redis-url", redis_server.url, "--prefix", prefix, "--user", "alice", "--overwrite")
    assert code == 1 and "profile.json" not in out and "history.jsonl: the destination's" in out


def test_redis_to_files_copies_everything_and_a_second_run_touches_no_file(
    redis_server: RedisServer, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, prefix = workdir / "from-redis", unique_prefix()

    async def seed_redis() -> None:
        redis = RedisStorage.from_url(redis_server.url, prefix=prefix)
        try:
            await seed(redis)
        finally:
            await redis.close()

    asyncio.run(seed_redis())
    args = ("--from", "redis", "--to", "files", "--data-dir", str(data), "--redis-url", redis_server.url, "--prefix", prefix)
    code, out, err = run_migrate(capsys, *args)
    assert code == 0, out
    assert "2/2 users" in err and "copied 11 record(s) into 3 log(s), 2 document(s), 2 conversations.md" in out

    async def compare() -> None:
        redis = RedisStorage.from_url(redis_server.url, prefix=prefix)
        try:
            assert await contents(FileStorage(data)) == await contents(redis)
        finally:
            await redis.close()

    asyncio.run(compare())
    assert (data / "alice" / "conversations.md").read_text().count("**User:**") == 3
    before = files_snapshot(data)
    code, out, _ = run_migrate(capsys, *args)
    assert code == 0 and "0 with something to copy" in out
    assert files_snapshot(data) == before


def test_bad_arguments_are_refused_before_anything_is_opened(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_migrate(capsys, "--from", "files", "--to", "files")
    assert code == 2 and "--from and --to are both 'files'" in err
    code, _, err = run_migrate(capsys, "--from", "files", "--to", "redis", "--user", "../etc")
    assert code == 2 and "--user '../etc'" in err
    code, out, _ = run_migrate(capsys, "--from", "files", "--to", "redis", "--redis-url", "redis://127.0.0.1:1/0")
    assert code == 2 and "cannot reach redis (redis://127.0.0.1:1/0" in out
