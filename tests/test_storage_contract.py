"""The storage contract: every `UserStore` operation the host and the agents use behaves the
same on the file backend and on Redis (a real redis-server). A second backend instance over
the same data plays a second host."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from host.redis_storage import RedisStorage
from host.storage import FileStorage, InvalidName, Storage
from tests.redis_server import RedisServer, unique_prefix

Open = Callable[[], Storage]


@pytest.fixture(params=["files", "redis"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Open]:
    """A function that opens the backend (call it twice for two hosts on the same data)."""
    opened: list[Storage] = []
    if request.param == "files":

        def open_files() -> Storage:
            opened.append(FileStorage(tmp_path / "data"))
            return opened[-1]

        yield open_files
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        prefix = unique_prefix()

        def open_redis() -> Storage:
            opened.append(RedisStorage.from_url(server.url, prefix=prefix))
            return opened[-1]

        yield open_redis
    for storage in opened:
        await storage.close()


async def render(storage: Storage, user: str, name: str) -> bytes | None:
    store = await storage.existing_user(user)
    return None if store is None else await store.read_file(name)


# --- documents ------------------------------------------------------------------------------


async def test_documents_read_write_and_update(backend: Open) -> None:
    store = backend().user("alice")
    default = {"meals": []}
    first = await store.read_json("meals.json", default)
    first["meals"].append(1)
    assert default == {"meals": []}  # the default is copied, never shared
    await store.write_json("profile.json", {"name": "Alice"})
    assert await store.update_json("profile.json", {}, lambda p: p.setdefault("goals", []).append("5k") or len(p)) == 2
    assert await store.read_json("profile.json") == {"name": "Alice", "goals": ["5k"]}


async def test_a_failing_change_writes_nothing(backend: Open) -> None:
    store = backend().user("alice")
    await store.write_json("notes.json", {"notes": [1]})

    def boom(data: Any) -> None:
        data["notes"].append(2)
        raise ValueError("no")

    with pytest.raises(ValueError):
        await store.update_json("notes.json", {}, boom)
    assert await store.read_json("notes.json") == {"notes": [1]}


async def test_two_hosts_updating_one_document_lose_no_change(backend: Open) -> None:
    host_a, host_b = backend().user("alice"), backend().user("alice")

    async def add(store: Any, n: int) -> None:
        # Half of them as an agent writes its dialog state (sync=False): the same guarantees.
        await store.update_json("counter.json", {"n": 0, "seen": []}, lambda d: (d.__setitem__("n", d["n"] + 1), d["seen"].append(n)), sync=n % 4 < 2)

    await asyncio.gather(*(add(host_a if n % 2 else host_b, n) for n in range(40)))
    final = await host_a.read_json("counter.json")
    assert final["n"] == 40 and sorted(final["seen"]) == list(range(40))


async def test_a_document_changed_by_another_host_after_it_was_read_here_keeps_both_changes(backend: Open) -> None:
    # An agent reads its state at the start of a turn and changes it at the end; another host
    # changes it in between. The change here is applied to what is there now, not to what was read.
    here, there = backend().user("alice"), backend().user("alice")
    await here.write_json("state.json", {"notes": ["first"]})
    assert await here.read_json("state.json") == {"notes": ["first"]}
    await there.update_json("state.json", {}, lambda d: d["notes"].append("from the other host"))
    await here.update_json("state.json", {}, lambda d: d["notes"].append("from here"))
    expected = {"notes": ["first", "from the other host", "from here"]}
    assert await there.read_json("state.json") == expected
    # and a document deleted elsewhere after it was read here starts again from the default
    await here.update_json("gone.json", {"n": 0}, lambda d: d.__setitem__("n", d["n"] + 1))
    assert await here.read_json("gone.json") == {"n": 1}


async def test_a_corrupt_document_is_set_aside_and_updated_from_the_default(backend: Open) -> None:
    storage = backend()
    store = storage.user("alice")
    await store.write_json("state.json", {"n": 5})
    if isinstance(storage, RedisStorage):
        await storage.client.set(storage.user_key("alice") + ":d:state.json", "{not json")
    else:
        assert isinstance(storage, FileStorage)
        (storage.data_dir / "alice" / "state.json").write_text("{not json")
    fresh = backend().user("alice")  # another host: nothing of the document in memory
    assert await fresh.update_json("state.json", {"n": 0}, lambda d: d.__setitem__("n", d["n"] + 1)) is None
    assert await fresh.read_json("state.json") == {"n": 1}


async def test_a_turn_reads_its_dialog_state_as_it_was_when_the_turn_began_plus_its_own_writes(backend: Open) -> None:
    here, there = backend().user("alice"), backend().user("alice")
    await there.write_json("state.json", {"ceres": {"intent": "ideas"}})
    turn = backend().user("alice")
    await turn.begin_turn({"role": "user", "text": "and for dinner?", "id": "m1"}, 20)
    assert await turn.read_json("state.json", {}) == {"ceres": {"intent": "ideas"}}
    await turn.update_json("state.json", {}, lambda d: d.__setitem__("helios", {"intent": "plan"}))
    assert await turn.read_json("state.json", {}) == {"ceres": {"intent": "ideas"}, "helios": {"intent": "plan"}}
    # the next turn, on another host, sees it all
    await here.update_json("state.json", {}, lambda d: d["ceres"].__setitem__("intent", "log"))
    after = backend().user("alice")
    await after.begin_turn({"role": "user", "text": "and lunch?", "id": "m2"}, 20)
    assert await after.read_json("state.json", {}) == {"ceres": {"intent": "log"}, "helios": {"intent": "plan"}}


async def test_the_profile_belongs_to_the_store(backend: Open) -> None:
    store = backend().user("alice")
    assert await store.read_profile() == {}
    await store.update_profile(lambda p: p.update(name="Alice"))
    assert await store.read_profile() == {"name": "Alice"}
    await store.write_json("profile.json", ["not", "an", "object"])
    assert await store.read_profile() == {}
    await store.update_profile(lambda p: p.update(name="Sam"))
    assert await store.read_profile() == {"name": "Sam"}


# --- logs -------------------------------------------------------------------------------------


async def test_logs_are_read_newest_last_by_limit_and_window(backend: Open) -> None:
    store = backend().user("alice")
    assert await store.recent_records("meals.jsonl") == []
    await store.append_records("meals.jsonl", [{"id": f"m{i}", "day": i} for i in range(500)])
    assert [r["day"] for r in await store.recent_records("meals.jsonl", limit=3)] == [497, 498, 499]
    assert [r["day"] for r in await store.recent_records("meals.jsonl", while_=lambda r: r["day"] >= 495)] == [495, 496, 497, 498, 499]
    assert len(await store.recent_records("meals.jsonl")) == 500
    assert await store.recent_records("meals.jsonl", limit=0) == []


async def test_a_deleted_record_is_gone_for_every_reader(backend: Open) -> None:
    host_a, host_b = backend().user("alice"), backend().user("alice")
    await host_a.append_records("workouts.jsonl", [{"id": f"w{i}"} for i in range(5)])
    await host_a.delete_record("workouts.jsonl", "w4")
    await host_a.delete_record("workouts.jsonl", "w1")
    assert [r["id"] for r in await host_b.recent_records("workouts.jsonl")] == ["w0", "w2", "w3"]
    assert [r["id"] for r in await host_b.recent_records("workouts.jsonl", limit=2)] == ["w2", "w3"]


async def test_a_log_is_read_once_then_only_what_any_host_appends_after_it(backend: Open) -> None:
    host_a, host_b = backend().user("alice"), backend().user("alice")
    await host_a.append_records("meals.jsonl", [{"id": f"m{i}", "day": i} for i in range(300)])
    window, cursor = await host_a.read_log("meals.jsonl", while_=lambda r: r["day"] >= 297)
    assert [r["id"] for r in window] == ["m297", "m298", "m299"]
    assert await host_a.records_after("meals.jsonl", cursor) == ([], cursor)
    await host_b.append_records("meals.jsonl", [{"id": "m300", "day": 300}])  # another host
    await host_a.append_records("meals.jsonl", [{"id": "m301", "day": 301}])
    await host_b.delete_record("meals.jsonl", "m298")
    appended, later = await host_a.records_after("meals.jsonl", cursor)
    assert [r.get("id") or f"-{r['deleted']}" for r in appended] == ["m300", "m301", "-m298"]  # tombstones too
    assert await host_b.records_after("meals.jsonl", later) == ([], later)
    appended[0]["day"] = "changed by a careless reader"
    assert (await host_a.records_after("meals.jsonl", cursor))[0][0] == {"id": "m300", "day": 300}
    # An empty log has a cursor too.
    assert await host_a.read_log("workouts.jsonl") == ([], (await host_a.read_log("workouts.jsonl"))[1])
    _, empty = await host_a.read_log("workouts.jsonl")
    await host_b.append_records("workouts.jsonl", [{"id": "w1"}])
    assert [r["id"] for r in (await host_a.records_after("workouts.jsonl", empty))[0]] == ["w1"]


async def test_a_cursor_into_a_log_that_was_replaced_says_read_it_again(backend: Open) -> None:
    storage = backend()
    store = storage.user("alice")
    await store.append_records("meals.jsonl", [{"id": f"m{i}"} for i in range(3)])
    _, cursor = await store.read_log("meals.jsonl")
    if isinstance(storage, RedisStorage):  # a person (or a script) replaces the log
        await storage.client.delete(f"{storage.user_key('alice')}:s:meals.jsonl")
    else:
        (storage.data_dir / "alice" / "meals.jsonl").unlink()
    await backend().user("alice").append_records("meals.jsonl", [{"id": "new"}])
    assert await store.records_after("meals.jsonl", cursor) is None
    window, cursor = await store.read_log("meals.jsonl")
    assert [r["id"] for r in window] == ["new"] and await store.records_after("meals.jsonl", cursor) == ([], cursor)


async def test_a_plugins_memo_is_per_user_and_outlives_the_store_object(backend: Open) -> None:
    storage = backend()
    storage.user("alice").memo["helios"] = {"cursor": 1}
    assert storage.user("alice").memo == {"helios": {"cursor": 1}}
    assert storage.user("bob").memo == {}
    assert backend().user("alice").memo == {}  # another process (or host) keeps its own


async def test_a_turn_begins_with_the_memory_before_its_message(backend: Open) -> None:
    store = backend().user("alice")
    await store.update_profile(lambda p: p.update(name="Alice"))
    await store.record_turn([{"role": "user", "text": "hi", "id": "1"}, {"role": "assistant", "text": "hello", "id": "2"}], "## turn 1\n")
    history, profile = await store.begin_turn({"role": "user", "text": "again", "id": "3"}, limit=20)
    assert [r["text"] for r in history] == ["hi", "hello"] and profile == {"name": "Alice"}
    assert [r["text"] for r in await store.recent_history(10)] == ["hi", "hello", "again"]
    history, _ = await store.load_memory(2)
    assert [r["text"] for r in history] == ["hello", "again"]
    assert (await store.load_memory(0))[0] == []


# --- the files route ---------------------------------------------------------------------------


async def test_files_are_listed_and_rendered_as_the_file_backend_writes_them(backend: Open) -> None:
    storage = backend()
    assert await storage.existing_user("alice") is None
    store = storage.user("alice")
    await store.record_turn([{"role": "user", "text": "héllo", "id": "1"}], "## one\n\n")
    await store.append_conversation("## two\n\n")
    await store.write_json("profile.json", {"name": "Zoë"})
    await store.append_records("meals.jsonl", [{"food": "apple"}, {"food": "pear"}])

    files = {info.name: info for info in await store.list_files()}
    assert sorted(files) == ["conversations.md", "history.jsonl", "meals.jsonl", "profile.json"]
    assert all(info.size > 0 and info.modified for info in files.values())
    assert await render(storage, "alice", "conversations.md") == "## one\n\n## two\n\n".encode()
    assert [json.loads(line) for line in (await render(storage, "alice", "meals.jsonl")).splitlines()] == [{"food": "apple"}, {"food": "pear"}]
    assert json.loads(await render(storage, "alice", "profile.json")) == {"name": "Zoë"}
    assert await store.read_file("missing.json") is None
    assert [user async for user in storage.user_ids()] == ["alice"]


@pytest.mark.parametrize("name", ["../profile.json", "profile", "a/b.json", ".x.json", "x.exe", "", "p.json\n"])
async def test_unsafe_names_are_refused(backend: Open, name: str) -> None:
    with pytest.raises(InvalidName):
        await backend().user("alice").read_json(name)


@pytest.mark.parametrize("user", ["", "../x", "a/b", ".hidden", "x" * 65, "alice\n"])
def test_unsafe_user_ids_are_refused(backend: Open, user: str) -> None:
    with pytest.raises(InvalidName):
        backend().user(user)


async def test_the_backend_reports_its_health(backend: Open) -> None:
    assert await backend().healthy() is True


# --- a window of a log kept in memory (host.log_window) -------------------------------------


class Reads:
    """A user's store that counts how it was read."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name in ("read_log", "records_after", "recent_records"):
            self.calls.append(name)
        return attribute


async def test_a_window_is_read_once_then_follows_what_any_host_appends(backend: Open) -> None:
    from host.log_window import LogWindow, fold

    def key(record: dict[str, Any]) -> str:
        return record["at"]

    host_a, host_b = Reads(backend().user("alice")), backend().user("alice")
    await host_b.append_records("meals.jsonl", [{"id": f"old{i}", "at": "2026-03-01", "kcal": 1000} for i in range(50)])
    await host_b.append_records("meals.jsonl", [{"id": f"m{i}", "at": "2026-03-02", "kcal": i} for i in range(3)])
    added: list[str] = []

    def add(state: dict[str, int], record: dict[str, Any]) -> None:
        added.append(record["id"])
        state["kcal"] += record["kcal"]
        state["meals"] += 1

    async def today(since: str = "2026-03-02") -> dict[str, int]:
        window = await LogWindow.of(host_a, "meals.jsonl", key=key, since=since, tag="day")
        return fold(window, host_a.memo, "day", lambda: {"kcal": 0, "meals": 0}, add)

    assert await today() == {"kcal": 3, "meals": 3}
    await host_b.append_records("meals.jsonl", [{"id": "m3", "at": "2026-03-02", "kcal": 10}])  # another host
    await host_a.append_records("meals.jsonl", [{"id": "m4", "at": "2026-03-02", "kcal": 20}])
    assert await today() == {"kcal": 33, "meals": 5}
    assert host_a.calls == ["read_log", "records_after"]  # the window once, then what came after it
    assert added == ["m0", "m1", "m2", "m3", "m4"]  # each meal added once
    await host_b.delete_record("meals.jsonl", "m3")  # undone on the other host: the sum starts again
    assert await today() == {"kcal": 23, "meals": 4}
    assert await today("2026-03-03") == {"kcal": 0, "meals": 0}  # a new day: yesterday's meals fall out
    assert await today("2026-03-01") == {"kcal": 50_023, "meals": 54}  # a wider window: read again
    assert host_a.calls.count("read_log") == 2
