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


# --- memory and the writer ------------------------------------------------------------------


def _counting(monkeypatch, module, name):
    """Replace `module.name` with a wrapper that counts its calls; returns the count holder."""
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


async def test_a_turn_reads_no_file_once_the_user_is_in_memory(storage, tmp_path, monkeypatch):
    import host.storage

    store = storage.user("alice")
    await store.update_profile(lambda p: p.update(name="Alice"))
    await store.begin_turn({"role": "user", "text": "first", "id": "u0"}, limit=20)
    await store.record_turn([{"role": "assistant", "text": "hello", "id": "a0"}], "## turn 0\n")
    reads = [_counting(monkeypatch, host.storage, name) for name in ("_read_doc", "_read_tail", "_tail_jsonl")]
    for turn in range(1, 4):
        history, profile = await store.begin_turn({"role": "user", "text": f"message {turn}", "id": f"u{turn}"}, limit=20)
        assert [r["text"] for r in history][-1] == ("hello" if turn == 1 else f"answer {turn - 1}")
        assert profile == {"name": "Alice"}
        await store.record_turn([{"role": "assistant", "text": f"answer {turn}", "id": f"a{turn}"}], f"## turn {turn}\n")
    assert [len(calls) for calls in reads] == [0, 0, 0]
    # ... and every record is in the files when the calls return.
    folder = tmp_path / "data" / "alice"
    assert [json.loads(line)["id"] for line in (folder / "history.jsonl").read_text().splitlines()] == [
        "u0", "a0", "u1", "a1", "u2", "a2", "u3", "a3"
    ]
    assert (folder / "conversations.md").read_text().count("## turn") == 4


async def test_a_turn_begun_and_recorded_now_is_the_turn_begun_and_recorded_by_awaiting(storage, tmp_path):
    """`begin_turn_now` and `record_turn_now` (the dispatcher's way when nothing needs a wait)
    give what `begin_turn` and `record_turn` give and write the same lines; they do nothing
    and say so while the user's lock is held, and until the history and profile are in memory
    and current (another process' write is read by the awaiting way first)."""
    now, awaited = storage.user("nina"), FileStorage(tmp_path / "other").user("nina")
    for store in (now, awaited):
        await store.update_profile(lambda p: p.update(name="Nina"))
        await store.begin_turn({"role": "user", "text": "first", "id": "u0"}, limit=3)
    for turn in range(1, 5):
        record = {"role": "user", "text": f"message {turn}", "id": f"u{turn}"}
        assert now.begin_turn_now(dict(record), 3) == await awaited.begin_turn(dict(record), 3)
        answer = [{"role": "assistant", "text": f"answer {turn}", "id": f"a{turn}"}]
        assert now.record_turn_now(answer, f"## turn {turn}\n") is True
        await awaited.record_turn(answer, f"## turn {turn}\n")
    for name in ("history.jsonl", "conversations.md", "profile.json"):
        assert (tmp_path / "data" / "nina" / name).read_text() == (tmp_path / "other" / "nina" / name).read_text()
    async with now.lock:
        assert now.begin_turn_now({"role": "user", "text": "x", "id": "x"}, 3) is None
        assert now.record_turn_now([{"role": "assistant", "text": "x", "id": "y"}], "") is False
    # Another process (or a person) wrote the profile: the awaiting way reads it again.
    (tmp_path / "data" / "nina" / "profile.json").write_text('{"name": "N."}')
    assert now.begin_turn_now({"role": "user", "text": "x", "id": "x"}, 3) is None
    assert (await now.begin_turn({"role": "user", "text": "x", "id": "x"}, 3))[1] == {"name": "N."}
    assert [json.loads(line)["id"] for line in (tmp_path / "data" / "nina" / "history.jsonl").read_text().splitlines()][-2:] == ["a4", "x"]


async def test_what_another_process_or_a_person_writes_is_read_again(storage, tmp_path):
    mine, other = storage.user("bob"), FileStorage(tmp_path / "data").user("bob")
    await mine.update_profile(lambda p: p.update(name="Bob"))
    await mine.append_history([{"role": "user", "text": "one", "id": "1"}])
    assert (await mine.load_memory(10)) == ([{"role": "user", "text": "one", "id": "1"}], {"name": "Bob"})
    await other.update_profile(lambda p: p.update(goal="run a 10k"))
    await other.append_history([{"role": "user", "text": "two", "id": "2"}])
    history, profile = await mine.load_memory(10)
    assert [r["id"] for r in history] == ["1", "2"]
    assert profile == {"name": "Bob", "goal": "run a 10k"}
    # A person edits the file by hand, in place.
    (tmp_path / "data" / "bob" / "profile.json").write_text('{"name": "Robert"}')
    assert await mine.read_profile() == {"name": "Robert"}
    await mine.update_profile(lambda p: p.update(goal="a marathon"))
    assert json.loads((tmp_path / "data" / "bob" / "profile.json").read_text()) == {"name": "Robert", "goal": "a marathon"}


async def test_records_and_documents_read_are_the_readers_own(storage):
    store = storage.user("carl")
    await store.append_records("meals.jsonl", [{"id": "m1", "food": "apple"}])
    await store.write_json("notes.json", {"notes": ["a"]})
    (meal,) = await store.recent_records("meals.jsonl")
    meal["food"] = "changed by a careless reader"
    notes = await store.read_json("notes.json")
    notes["notes"].append("changed too")
    assert await store.recent_records("meals.jsonl") == [{"id": "m1", "food": "apple"}]
    assert await store.read_json("notes.json") == {"notes": ["a"]}


async def test_the_documents_of_many_users_at_once_share_batches(tmp_path):
    from host.file_writer import Writer

    writer = Writer()
    storage = FileStorage(tmp_path / "data", writer=writer)
    try:
        users = [f"user{i}" for i in range(40)]
        await asyncio.gather(*(storage.user(u).update_profile(lambda p, u=u: p.update(name=u)) for u in users))
        assert writer.batches < 10  # 40 documents, each fsynced before it replaced the old: a few batches
        for user in users:
            assert json.loads((tmp_path / "data" / user / "profile.json").read_text()) == {"name": user}
    finally:
        writer.stop()


async def test_an_unchanged_document_is_not_written_again(storage, tmp_path, monkeypatch):
    store = storage.user("gail")
    await store.update_profile(lambda p: p.update(name="Gail"))
    path = tmp_path / "data" / "gail" / "profile.json"
    written = path.stat().st_ino
    assert await store.update_profile(lambda p: p.get("name")) == "Gail"
    assert path.stat().st_ino == written  # the same file: not replaced
    await store.update_profile(lambda p: p.update(name="Gail B."))
    assert path.stat().st_ino != written


async def test_a_write_that_fails_raises_and_is_not_read_back(storage, tmp_path):
    store = storage.user("dora")
    await store.append_history([{"text": "kept"}])
    history_file = tmp_path / "data" / "dora" / "history.jsonl"
    history_file.rename(history_file.with_suffix(".moved"))
    history_file.mkdir()  # the log cannot be written now
    with pytest.raises(IsADirectoryError):
        await store.append_history([{"text": "lost"}])
    history_file.rmdir()
    history_file.with_suffix(".moved").rename(history_file)
    assert [r["text"] for r in await store.recent_history(10)] == ["kept"]


async def test_documents_are_fsynced_before_they_replace_the_old_and_logs_by_close(tmp_path, monkeypatch):
    import os

    from host.file_writer import Writer

    synced: list[str] = []
    fsync = os.fsync

    def recording_fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        return fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    writer = Writer(sync_interval_s=3600)  # only close() syncs the logs here
    storage = FileStorage(tmp_path / "data", writer=writer)
    try:
        store = storage.user("erin")
        await store.update_profile(lambda p: p.update(name="Erin"))
        assert any("/.profile.json." in path and path.endswith(".tmp") for path in synced)  # the temp file, before the rename
        await store.record_turn([{"role": "assistant", "text": "hi"}], "## turn\n")
        folder = str(tmp_path / "data" / "erin")
        assert f"{folder}/history.jsonl" not in synced
        await storage.close()
        assert {f"{folder}/history.jsonl", f"{folder}/conversations.md"} <= set(synced)
    finally:
        writer.stop()


async def test_logs_are_fsynced_within_the_interval(tmp_path, monkeypatch):
    import os

    from host.file_writer import Writer

    synced: list[str] = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), fsync(fd))[1])
    writer = Writer(sync_interval_s=0.05)
    storage = FileStorage(tmp_path / "data", writer=writer)
    try:
        await storage.user("finn").append_records("workouts.jsonl", [{"id": "w1"}])
        path = str(tmp_path / "data" / "finn" / "workouts.jsonl")
        for _ in range(100):
            if path in synced:
                break
            await asyncio.sleep(0.02)
        assert path in synced
    finally:
        writer.stop()


async def test_a_sync_false_document_is_written_at_once_and_fsynced_with_the_logs(tmp_path, monkeypatch):
    import os

    from host.file_writer import Writer

    synced: list[str] = []
    fsync = os.fsync
    # only this test's files: another test's shared writer may fsync its own logs meanwhile
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(name) if (name := os.readlink(f"/proc/self/fd/{fd}")).startswith(str(tmp_path)) else None, fsync(fd))[1])
    writer = Writer(sync_interval_s=3600)  # only close() syncs here
    storage = FileStorage(tmp_path / "data", writer=writer)
    try:
        store = storage.user("gus")
        await store.update_json("state.json", {}, lambda d: d.update(helios={"intent": "plan"}), sync=False)
        path = tmp_path / "data" / "gus" / "state.json"
        assert json.loads(path.read_text()) == {"helios": {"intent": "plan"}}  # on disk before it returns
        assert not synced  # no fsync on the turn's path
        await store.update_json("state.json", {}, lambda d: d.update(ceres={"intent": "ideas"}), sync=False)
        assert json.loads(path.read_text()) == {"helios": {"intent": "plan"}, "ceres": {"intent": "ideas"}}
        await store.update_profile(lambda p: p.update(name="Gus"))  # the default still fsyncs first
        assert any("/.profile.json." in synced_path for synced_path in synced)
        assert str(path) not in synced
        await storage.close()
        assert str(path) in synced  # with the logs
    finally:
        writer.stop()


async def test_many_logs_are_fsynced_with_one_syncfs_of_their_filesystem(tmp_path, monkeypatch):
    import os

    import host.file_writer
    from host.file_writer import SYNCFS_FROM, Writer

    if host.file_writer._syncfs is None:
        pytest.skip("no syncfs(2) here")
    # Other tests' writers may still be syncing in their threads: count only what is under tmp_path.
    def ours(fd: int) -> list[str]:
        path = os.readlink(f"/proc/self/fd/{fd}")
        return [path] if path.startswith(str(tmp_path)) else []

    calls: list[str] = []
    real = host.file_writer._syncfs
    monkeypatch.setattr(host.file_writer, "_syncfs", lambda fd: (calls.extend(ours(fd)), real(fd))[1])
    fsynced: list[str] = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (fsynced.extend(ours(fd)), fsync(fd))[1])
    writer = Writer(sync_interval_s=3600)
    storage = FileStorage(tmp_path / "data", writer=writer)
    try:
        for i in range(SYNCFS_FROM):
            await storage.user(f"user{i}").append_history([{"text": "hi"}])
        await storage.close()
        assert len(calls) == 1 and calls[0].startswith(str(tmp_path / "data"))  # one call for them all
        assert fsynced == []
    finally:
        writer.stop()


async def test_a_turn_begun_now_looks_at_its_log_once_and_still_sees_another_writer(storage, tmp_path, monkeypatch):
    """`begin_turn_now` stats history.jsonl once, for the cache's check and the writer's look at
    the path (nothing comes between); a line another process appended is still read again."""
    import os

    store, other = storage.user("olga"), FileStorage(tmp_path / "data").user("olga")
    await store.begin_turn({"role": "user", "text": "first", "id": "u0"}, limit=5)
    store.record_turn_now([{"role": "assistant", "text": "hi", "id": "a0"}], "## turn 0\n")
    history = str(tmp_path / "data" / "olga" / "history.jsonl")
    real_stat, looks = os.stat, []

    def counting_stat(path, *args, **kwargs):
        if str(path) == history:
            looks.append(path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting_stat)
    memory = store.begin_turn_now({"role": "user", "text": "second", "id": "u1"}, 5)
    assert memory is not None and [r["id"] for r in memory[0]] == ["u0", "a0"]
    assert len(looks) == 1
    monkeypatch.setattr(os, "stat", real_stat)
    await other.append_history([{"role": "assistant", "text": "from elsewhere", "id": "x0"}])
    assert store.begin_turn_now({"role": "user", "text": "third", "id": "u2"}, 5) is None  # the cache is stale: read again
    history_now, _ = await store.begin_turn({"role": "user", "text": "third", "id": "u2"}, 5)
    assert [r["id"] for r in history_now] == ["u0", "a0", "u1", "x0"]


async def test_a_turns_history_read_now_is_the_selections_with_and_without_tombstones(storage, tmp_path):
    """`_recent_now` takes the last n records of a tail of plain records without looking at
    each; once a tombstone (or a line that is no object) is in the tail it selects record by
    record. Either way the history is what `recent_records` reads."""
    store = storage.user("tess")
    await store.begin_turn({"role": "user", "text": "m0", "id": "u0"}, limit=3)
    path = str(tmp_path / "data" / "tess" / "history.jsonl")
    for turn in range(1, 6):
        store.record_turn_now([{"role": "assistant", "text": f"a{turn}", "id": f"a{turn}"}], "")
        for limit in (1, 3, 50):
            assert store._recent_now(path, limit) == await store.recent_records("history.jsonl", limit)
    assert store._tail_now(path).plain
    await store.delete_record("history.jsonl", "a4")
    await store.append_records("history.jsonl", [["not", "an", "object"]])  # type: ignore[list-item]
    assert not store._tail_now(path).plain
    for limit in (1, 3, 50):
        assert store._recent_now(path, limit) == await store.recent_records("history.jsonl", limit)
    assert [r["id"] for r in store._recent_now(path, 3)] == ["a2", "a3", "a5"]
