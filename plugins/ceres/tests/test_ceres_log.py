"""The meal log on disk: meals.jsonl, left as it was by bad arguments, and reads that stop at the
day they need however long the log is."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import pytest
from agenthost_ceres import tools

from host.clock import pinned
from host.testing import CountingStore
from host.types import ToolContext, ToolError

from .conftest import USER


# The windows are whole days ("the last two days" starts at midnight), so the meals' ages are
# measured from a pinned noon: from the wall clock, how many old meals fall inside would depend
# on the hour the test runs.
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def noon() -> Iterator[datetime]:
    with pinned(NOW) as now:
        yield now


def moment(days_ago: float) -> datetime:
    return NOW - timedelta(days=days_ago)


def meal(number: int, days_ago: float, kcal: float = 300, logged_days_ago: float | None = None) -> dict[str, Any]:
    """A meal shaped as log_meal writes it."""
    logged = moment(days_ago if logged_days_ago is None else logged_days_ago)
    return {
        "id": f"meal{number}",
        "date": moment(days_ago).date().isoformat(),
        "logged_at": logged.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "meal_type": "lunch",
        "text": f"meal {number}",
        "items": [{"food_id": "apple", "name": "apple", "grams": 182, "kcal": kcal}],
        "totals": {"kcal": kcal, "protein_g": 1.0, "carbs_g": 20.0, "fat_g": 0.5, "fibre_g": 4.0},
    }


@pytest.fixture
def folder(data_dir: Path) -> Path:
    path = data_dir / USER
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_log(folder: Path, records: list[dict[str, Any]]) -> None:
    with (folder / "meals.jsonl").open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(record) + "\n" for record in records)


@pytest.mark.parametrize(
    ("call", "arguments"),
    [
        (tools.log_meal, {"text": "florp"}),
        (tools.log_meal, {"text": "an apple", "date": "2999-01-01"}),
        (tools.log_meal, {"text": "an apple", "meal_type": "brunch"}),
        (tools.daily_summary, {"date": "01/02/2024"}),
    ],
)
async def test_bad_arguments_leave_the_log_as_it_was(context, folder, call, arguments):
    write_log(folder, [meal(1, 2), meal(2, 1), meal(3, 0)])
    before = (folder / "meals.jsonl").read_bytes()

    with pytest.raises(ToolError):
        await call(context, **arguments)

    assert (folder / "meals.jsonl").read_bytes() == before
    assert sorted(path.name for path in folder.iterdir()) == ["meals.jsonl"]


async def test_logging_and_summing_today_read_only_today_of_a_long_log(context, folder, registry):
    # 3,000 meals, one every 8 hours, the newest two days old.
    write_log(folder, [meal(i, 2.1 + (3000 - i) / 3) for i in range(3000)])
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)

    logged = await tools.log_meal(counted, text="2 eggs and a banana")
    today = await tools.daily_summary(counted)

    assert logged["days"][0]["meal_count"] == today["meal_count"] == 1
    assert today["totals"]["kcal"] == 249
    assert store.reads == [(None, True, 1), (None, True, 1)]


async def test_undo_and_corrections_read_only_the_last_two_days_of_a_long_log(context, folder, registry):
    write_log(folder, [meal(i, 2.1 + (3000 - i) / 3) for i in range(3000)])
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)
    await tools.log_meal(counted, text="2 eggs and a banana")
    store.reads.clear()
    await tools.correct_meal(counted, text="3 eggs")
    await tools.delete_meal(counted, food="banana")
    # each reads the recent window (bounded by while_), never the 3,000 old meals
    assert all(bounded or limit == 1 for limit, bounded, _ in store.reads)
    assert max(count for _, _, count in store.reads) <= 2


async def test_a_week_reads_only_that_week_of_a_long_log(context, folder, registry):
    write_log(folder, [meal(i, 8 + (3000 - i) / 3) for i in range(3000)])
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)
    await tools.log_meal(counted, text="an apple")
    store.reads.clear()
    result = await tools.meal_summary(counted, period="7_days")
    assert result["days_logged"] == 1
    assert store.reads == [(None, True, 1)]


async def test_an_undo_is_a_tombstone_appended_to_the_log(context, folder):
    first = (await tools.log_meal(context, text="a slice of pizza"))["logged"][0]
    before = (folder / "meals.jsonl").read_bytes()
    await tools.delete_meal(context)
    after = (folder / "meals.jsonl").read_bytes()
    assert after.startswith(before)  # appended, never rewritten
    tombstone = json.loads(after[len(before):])
    assert first["id"] in tombstone.values()
    assert (await tools.daily_summary(context))["meal_count"] == 0


async def test_the_day_kept_after_each_meal_is_what_a_fresh_sum_gives(context, folder):
    from agenthost_ceres import meals

    write_log(folder, [meal(i, 0.01, kcal=100 + i, logged_days_ago=0.02) for i in range(5)] + [meal(9, 1, kcal=999)])
    today = NOW.date().isoformat()
    steps = [
        lambda: tools.log_meal(context, text="2 eggs and a banana"),
        lambda: tools.log_meal(context, text="a coffee with milk"),
        lambda: tools.delete_meal(context),  # the coffee, by a tombstone
        lambda: tools.correct_meal(context, text="3 eggs"),
    ]
    for step in steps:
        await step()
        kept = await meals.day_totals(context.store, today)
        fresh = await meals.meals_on(context.store, today)
        assert (kept.count, kept.sums.result()) == (len(fresh), meals.meal_totals(fresh))
    assert kept.count == 6
