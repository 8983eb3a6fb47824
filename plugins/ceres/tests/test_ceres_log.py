"""The meal log on disk: meals.jsonl, the one-time move of an old meals.json list into it, and
reads that stop at the day they need however long the log is."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from host.types import ToolContext, ToolError

from agenthost_ceres import tools

from .conftest import USER


def moment(days_ago: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days_ago)


def meal(number: int, days_ago: float, kcal: float = 300, logged_days_ago: float | None = None) -> dict[str, Any]:
    """A meal as the plugin stored it in meals.json before the log existed."""
    logged = moment(days_ago if logged_days_ago is None else logged_days_ago)
    return {
        "id": f"old{number}",
        "date": moment(days_ago).date().isoformat(),
        "logged_at": logged.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "meal_type": "lunch",
        "text": f"meal {number}",
        "items": [{"food_id": "apple", "name": "apple", "grams": 182, "kcal": kcal}],
        "totals": {"kcal": kcal, "protein_g": 1.0, "carbs_g": 20.0, "fat_g": 0.5, "fibre_g": 4.0},
    }


# Logging order: a week-old lunch, then today's, then (a minute later) yesterday's, backdated.
OLD = [meal(1, 7), meal(2, 0, kcal=500, logged_days_ago=0.002), meal(3, 1, kcal=400, logged_days_ago=0.001)]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    path = data_dir / USER
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def old_format(folder: Path) -> dict[str, Any]:
    """meals.json as the plugin wrote it before meals.jsonl."""
    document = {"meals": OLD}
    (folder / "meals.json").write_text(json.dumps(document), encoding="utf-8")
    return document


def write_log(folder: Path, records: list[dict[str, Any]]) -> None:
    with (folder / "meals.jsonl").open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(record) + "\n" for record in records)


async def test_an_old_meals_list_moves_to_the_log_once_and_nothing_is_lost(context, on_disk, on_disk_log, old_format):
    today = await tools.daily_summary(context)

    assert (today["meal_count"], today["totals"]["kcal"]) == (1, 500)
    assert on_disk_log("meals.jsonl") == OLD
    assert on_disk("meals.json") == {}

    logged = await tools.log_meal(context, text="a banana")
    yesterday = await tools.daily_summary(context, date="yesterday")

    assert on_disk_log("meals.jsonl") == [*OLD, logged["logged"]]
    assert (logged["day"]["meal_count"], logged["day"]["totals"]["kcal"]) == (2, 605)
    assert (yesterday["meal_count"], yesterday["meals"][0]["id"]) == (1, "old3")
    week_ago = moment(7).date().isoformat()
    assert (await tools.daily_summary(context, date=week_ago))["meals"][0]["id"] == "old1"


async def test_a_move_interrupted_after_writing_the_log_finishes_without_duplicates(
    context, folder, on_disk, on_disk_log, old_format
):
    write_log(folder, OLD[:2])  # a crash before meals.json was rewritten

    await tools.log_meal(context, text="an apple")

    assert [m["id"] for m in on_disk_log("meals.jsonl")][:3] == ["old1", "old2", "old3"]
    assert len(on_disk_log("meals.jsonl")) == 4
    assert on_disk("meals.json") == {}


async def test_parallel_first_calls_move_the_old_list_once(context, on_disk_log, old_format):
    results = await asyncio.gather(
        tools.log_meal(context, text="an apple"),
        tools.daily_summary(context),
        tools.log_meal(context, text="a pear"),
    )

    lines = on_disk_log("meals.jsonl")
    assert lines[:3] == OLD
    assert sorted(m["id"] for m in lines[3:]) == sorted([results[0]["logged"]["id"], results[2]["logged"]["id"]])
    assert len({m["id"] for m in lines}) == len(lines) == 5


@pytest.mark.parametrize(
    ("call", "arguments"),
    [
        (tools.log_meal, {"text": "florp"}),
        (tools.log_meal, {"text": "an apple", "date": "2999-01-01"}),
        (tools.log_meal, {"text": "an apple", "meal_type": "brunch"}),
        (tools.daily_summary, {"date": "01/02/2024"}),
    ],
)
async def test_bad_arguments_leave_an_old_file_as_it_was(context, folder, on_disk_log, old_format, call, arguments):
    before = (folder / "meals.json").read_bytes()

    with pytest.raises(ToolError):
        await call(context, **arguments)

    assert (folder / "meals.json").read_bytes() == before
    assert on_disk_log("meals.jsonl") is None


class CountingStore:
    """The user's store, noting how many records each read of a log returned."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.reads: list[tuple[int | None, bool, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def recent_records(self, name: str, limit: int | None = None, while_: Any = None) -> list[Any]:
        records = await self._store.recent_records(name, limit=limit, while_=while_)
        self.reads.append((limit, while_ is not None, len(records)))
        return records


async def test_logging_and_summing_today_read_only_today_of_a_long_log(context, folder, registry):
    # 3,000 meals, one every 8 hours, the newest two days old.
    write_log(folder, [meal(i, 2.1 + (3000 - i) / 3) for i in range(3000)])
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)

    logged = await tools.log_meal(counted, text="2 eggs and a banana")
    today = await tools.daily_summary(counted)

    assert logged["day"]["meal_count"] == today["meal_count"] == 1
    assert today["totals"]["kcal"] == 249
    assert store.reads == [(None, True, 1), (None, True, 1)]
