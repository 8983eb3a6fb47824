"""The file writer keeps the logs it appends to open (host.file_writer, "Open logs"): what a
reader sees is unchanged, a log renamed or deleted behind its back is opened anew, the number
kept open is bounded, and they are closed when idle, at the storage's close and at app cleanup."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from host.config import test_config
from host.file_writer import Writer
from host.storage import FileStorage
from host.testing import ask
from tests.conftest import read_jsonl


def _open_under(folder: Path) -> list[str]:
    """The paths under `folder` this process holds open."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.fixture
def writer():
    writer = Writer(sync_interval_s=3600)
    yield writer
    writer.stop()


async def test_a_log_written_while_its_handle_is_open_is_read_back_whole(tmp_path, writer):
    storage = FileStorage(tmp_path / "data", writer=writer)
    store = storage.user("hana")
    await store.append_history([{"text": "one"}])
    path = tmp_path / "data" / "hana" / "history.jsonl"
    assert _open_under(tmp_path) == [str(path)]  # kept open after the append
    # Another process (or host) appends to the same file while our handle is open.
    with open(path, "a", encoding="utf-8") as other:
        other.write('{"text": "two"}\n')
    await store.append_history([{"text": "three"}])
    assert [r["text"] for r in read_jsonl(path)] == ["one", "two", "three"]
    assert [r["text"] for r in await store.recent_history(10)] == ["one", "two", "three"]
    await storage.close()


async def test_a_log_renamed_or_deleted_while_open_is_opened_anew(tmp_path, writer):
    storage = FileStorage(tmp_path / "data", writer=writer)
    store = storage.user("ines")
    await store.append_history([{"text": "old"}])
    path = tmp_path / "data" / "ines" / "history.jsonl"
    path.rename(path.with_name("history.1.jsonl"))  # rotated by a person or another process
    await store.append_history([{"text": "new"}])
    assert [r["text"] for r in read_jsonl(path)] == ["new"]
    assert [r["text"] for r in read_jsonl(path.with_name("history.1.jsonl"))] == ["old"]
    path.unlink()
    await store.append_history([{"text": "again"}])
    assert [r["text"] for r in read_jsonl(path)] == ["again"]
    assert _open_under(tmp_path) == [str(path)]  # the rotated file's handle was closed
    await storage.close()


async def test_the_number_of_open_logs_is_bounded(tmp_path):
    writer = Writer(sync_interval_s=3600, max_open_logs=4)
    try:
        storage = FileStorage(tmp_path / "data", writer=writer)
        for i in range(10):
            await storage.user(f"user{i}").append_history([{"text": f"hi {i}"}])
            assert writer.open_logs <= 4 and len(_open_under(tmp_path)) <= 4
        assert writer.open_logs == 4
        # The least recently written were closed; all ten logs are whole.
        assert sorted(_open_under(tmp_path)) == [str(tmp_path / "data" / f"user{i}" / "history.jsonl") for i in range(6, 10)]
        for i in range(10):
            assert [r["text"] for r in read_jsonl(tmp_path / "data" / f"user{i}" / "history.jsonl")] == [f"hi {i}"]
        await storage.close()
        assert writer.open_logs == 0 and _open_under(tmp_path) == []
    finally:
        writer.stop()


async def test_logs_idle_too_long_are_closed_by_the_sync_thread(tmp_path, monkeypatch):
    import host.file_writer

    monkeypatch.setattr(host.file_writer, "IDLE_CLOSE_S", 0.05)
    writer = Writer(sync_interval_s=0.02)
    try:
        storage = FileStorage(tmp_path / "data", writer=writer)
        await storage.user("jo").append_history([{"text": "hi"}])
        for _ in range(200):
            if not _open_under(tmp_path):
                break
            await asyncio.sleep(0.02)
        assert _open_under(tmp_path) == [] and writer.open_logs == 0
        await storage.user("jo").append_history([{"text": "again"}])  # opened again
        assert [r["text"] for r in read_jsonl(tmp_path / "data" / "jo" / "history.jsonl")] == ["hi", "again"]
    finally:
        writer.stop()


async def test_stop_closes_the_logs(tmp_path):
    writer = Writer(sync_interval_s=3600)
    storage = FileStorage(tmp_path / "data", writer=writer)
    await storage.user("kai").append_history([{"text": "hi"}])
    assert writer.open_logs == 1
    writer.stop()
    assert writer.open_logs == 0 and _open_under(tmp_path) == []


async def test_the_logs_are_closed_on_app_cleanup(aiohttp_client, tmp_path):
    from host.app import create_app
    from host.plugins import make_plugin_manager
    from tests.conftest import FALLBACK

    config = test_config(tmp_path / "data")
    app = create_app(config, extra_plugins=[FALLBACK()], pm=make_plugin_manager(config, load_entry_points=False))
    client = await aiohttp_client(app)
    ws = await client.ws_connect("/ws/lena")
    await ws.receive_json()
    await ask(ws, "hello there", "1")
    folder = tmp_path / "data" / "lena"
    assert str(folder / "history.jsonl") in _open_under(tmp_path)
    await ws.close()
    await client.close()  # runs the app's cleanup: the storage's close
    assert _open_under(tmp_path) == []
    assert [r["role"] for r in read_jsonl(folder / "history.jsonl")] == ["user", "assistant"]
