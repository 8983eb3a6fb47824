"""File storage: layout, atomic JSON, safe names, and a history tail that stays cheap."""

from __future__ import annotations

import asyncio
import json

import pytest

from host.storage import FileStorage, InvalidName


@pytest.fixture
def storage(tmp_path):
    return FileStorage(tmp_path / "data")


@pytest.mark.parametrize("bad", ["", ".", "..", "../x", "a/b", "a\\b", ".hidden", "-x", "a\x00b", "x" * 65, "a..b", "é"])
def test_unsafe_user_ids_are_refused_and_nothing_is_created(storage, tmp_path, bad):
    with pytest.raises(InvalidName):
        storage.user(bad)
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("bad", ["../profile.json", "profile", "a/b.json", ".x.json", "x.exe", ""])
async def test_unsafe_file_names_are_refused(storage, bad):
    with pytest.raises(InvalidName):
        await storage.user("alice").read_json(bad)


async def test_json_roundtrip_update_and_no_temp_files_left(storage, tmp_path):
    store = storage.user("alice")
    assert await store.read_json("profile.json", {}) == {}
    await store.write_json("profile.json", {"name": "Alice"})
    result = await store.update_json("profile.json", {}, lambda p: p.setdefault("goals", []).append("5k") or len(p))
    assert result == 2
    assert json.loads((tmp_path / "data" / "alice" / "profile.json").read_text()) == {"name": "Alice", "goals": ["5k"]}
    assert sorted(p.name for p in (tmp_path / "data" / "alice").iterdir()) == [".lock", "profile.json"]  # no temp files


async def test_the_profile_is_read_and_changed_through_the_store(storage, tmp_path):
    store = storage.user("alice")
    assert await store.read_profile() == {}
    assert await store.update_profile(lambda p: p.update(name="Alice") or "ok") == "ok"
    assert await store.read_profile() == {"name": "Alice"}
    assert json.loads((tmp_path / "data" / "alice" / "profile.json").read_text()) == {"name": "Alice"}


async def test_a_profile_that_is_not_an_object_is_kept_aside_and_replaced(storage, tmp_path):
    store = storage.user("alice")
    await store.write_json("profile.json", ["not", "a", "profile"])
    assert await store.read_profile() == {}
    await store.update_profile(lambda p: p.update(name="Sam"))
    folder = tmp_path / "data" / "alice"
    assert json.loads((folder / "profile.json").read_text()) == {"name": "Sam"}
    assert json.loads((folder / "profile.json.corrupt").read_text()) == ["not", "a", "profile"]


async def test_a_failing_update_writes_nothing(storage, tmp_path):
    store = storage.user("alice")
    await store.write_json("meals.json", {"meals": [1]})

    def boom(data):
        data["meals"].append(2)
        raise ValueError("bad")

    with pytest.raises(ValueError):
        await store.update_json("meals.json", {}, boom)
    assert await store.read_json("meals.json") == {"meals": [1]}


async def test_concurrent_updates_lose_nothing(storage):
    store = storage.user("bob")

    async def add(i):
        await store.update_json("notes.json", {"notes": []}, lambda d: d["notes"].append(i))

    await asyncio.gather(*(add(i) for i in range(50)))
    assert sorted((await store.read_json("notes.json"))["notes"]) == list(range(50))


async def test_recent_history_reads_the_tail_in_order(storage, tmp_path):
    store = storage.user("carol")
    await store.append_history([{"role": "user", "text": f"m{i}" * 50} for i in range(3000)])
    tail = await store.recent_history(5)
    assert [r["text"][:5] for r in tail] == ["m2995", "m2996", "m2997", "m2998", "m2999"]
    assert await store.recent_history(0) == []
    assert await storage.user("nobody").recent_history(5) == []


async def test_a_torn_last_line_is_skipped(storage, tmp_path):
    store = storage.user("dan")
    await store.append_history([{"text": "a"}, {"text": "b"}])
    with (tmp_path / "data" / "dan" / "history.jsonl").open("a") as fh:
        fh.write('{"text": "c')  # a crash mid-write
    assert [r["text"] for r in await store.recent_history(10)] == ["a", "b"]
    # The next append starts on a line of its own, so it is not lost with the torn one.
    await store.append_history([{"text": "d"}])
    assert [r["text"] for r in await store.recent_history(10)] == ["a", "b", "d"]


async def test_corrupt_json_document_is_kept_aside_and_reads_as_default(storage, tmp_path):
    store = storage.user("eve")
    folder = tmp_path / "data" / "eve"
    folder.mkdir(parents=True)
    (folder / "profile.json").write_text("{not json")
    assert await store.read_json("profile.json", {}) == {}
    assert (folder / "profile.json.corrupt").read_text() == "{not json"


async def test_recent_records_stop_at_the_first_record_outside_the_window(storage):
    store = storage.user("fay")
    await store.append_records("workouts.jsonl", [{"day": d, "n": i} for i, d in enumerate([1, 2, 3, 3, 4, 5])])
    recent = await store.recent_records("workouts.jsonl", while_=lambda r: r["day"] >= 3)
    assert [r["n"] for r in recent] == [2, 3, 4, 5]
    assert [r["n"] for r in await store.recent_records("workouts.jsonl", limit=2)] == [4, 5]
    assert len(await store.recent_records("workouts.jsonl")) == 6
    with pytest.raises(InvalidName):
        await store.append_records("workouts.json", [{}])


async def test_lines_longer_than_a_read_step_come_back_whole(storage):
    store = storage.user("gus")
    records = [{"i": i, "text": "x" * 100_000} for i in range(3)]
    await store.append_records("notes.jsonl", records)
    assert await store.recent_records("notes.jsonl") == records


async def test_a_deleted_record_is_never_read_again_and_the_log_is_only_appended(storage, tmp_path):
    store = storage.user("alice")
    await store.append_records("meals.jsonl", [{"id": f"m{i}", "food": f"food {i}"} for i in range(5)])
    await store.delete_record("meals.jsonl", "m4")
    await store.delete_record("meals.jsonl", "m1")
    assert [r["id"] for r in await store.recent_records("meals.jsonl")] == ["m0", "m2", "m3"]
    assert [r["id"] for r in await store.recent_records("meals.jsonl", limit=2)] == ["m2", "m3"]
    lines = (tmp_path / "data" / "alice" / "meals.jsonl").read_text().splitlines()
    assert len(lines) == 7 and json.loads(lines[-1])["deleted"] == "m1"
