"""The workout log on disk: workouts.jsonl, left as it was by bad arguments, and reads that stop
at the window they need however long the log is."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from agenthost_helios.tools import log_workout, make_plan, set_goal, workout_history

from host.testing import CountingStore
from host.types import ToolContext, ToolError

PLAN = {"id": "plan-1", "title": "3-day beginner general fitness plan", "sessions": [], "days_per_week": 3}
GOAL = {"id": "goal-1", "goal": "Run a 5k", "type": "endurance", "status": "active"}


def stamp(days_ago: float) -> str:
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def workout(number: int, activity: str, days_ago: float, minutes: int = 30, calories: int = 300) -> dict[str, Any]:
    """A workout shaped as log_workout writes it."""
    return {
        "id": f"w-{number}",
        "date": stamp(days_ago),
        "activity": activity,
        "activity_name": activity.replace("_", " ").capitalize(),
        "duration_min": minutes,
        "intensity": "moderate",
        "met": 7.0,
        "compendium_code": "02050",
        "calories": calories,
        "weight_kg": 70,
        "weight_assumed": True,
    }


def write_log(on_disk, records: list[dict[str, Any]]) -> None:
    on_disk.folder.mkdir(parents=True, exist_ok=True)
    with (on_disk.folder / "workouts.jsonl").open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(record) + "\n" for record in records)


@pytest.fixture
def saved(on_disk) -> None:
    """A user with a workout log, a plan and a goal on disk."""
    write_log(on_disk, [workout(1, "walking", 21), workout(2, "running", 2), workout(3, "cycling", 1)])
    (on_disk.folder / "workouts.json").write_text(json.dumps({"plans": [PLAN], "goals": [GOAL]}), encoding="utf-8")


@pytest.mark.parametrize(
    ("call", "arguments"),
    [
        (log_workout, {"activity": "running", "duration_minutes": 0}),
        (log_workout, {"activity": "running", "duration_minutes": 30, "date": "2999-01-01"}),
        (workout_history, {"days": 0}),
        (make_plan, {"goal": "get huge"}),
        (set_goal, {"goal": ""}),
    ],
)
async def test_bad_arguments_leave_the_log_and_the_plans_as_they_were(context, on_disk, saved, call, arguments):
    before = (on_disk.raw("workouts.jsonl"), on_disk.raw("workouts.json"))

    with pytest.raises(ToolError):
        await call(context, **arguments)

    assert (on_disk.raw("workouts.jsonl"), on_disk.raw("workouts.json")) == before


async def test_logging_and_reading_a_week_read_only_the_week_of_a_long_log(context, on_disk, registry):
    # 3,000 workouts, one every 6 hours, the newest three weeks old.
    old = [workout(i, "running", 21.1 + (3000 - i) / 4) for i in range(3000)]
    write_log(on_disk, old)
    # "the last 30 days" is today and the 29 days before it.
    month_start = datetime.combine(datetime.now(UTC).date() - timedelta(days=29), datetime.min.time(), UTC)
    in_month = sum(1 for w in old if datetime.fromisoformat(w["date"].replace("Z", "+00:00")) >= month_start)
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)

    await log_workout(counted, activity="walking", duration_minutes=30)
    week = await workout_history(counted, days=7)
    quarter = await workout_history(counted, days=30)

    assert week["sessions"] == 1 and week["last_logged"]["activity_name"] == "Walking"
    assert 30 <= in_month <= 35  # the old log's last 8-9 days, whatever the time of day
    assert quarter["sessions"] == 1 + in_month  # the walk, and those
    assert all(limit is not None or bounded for limit, bounded, _ in store.reads)
    assert [count for _, _, count in store.reads] == [1, 1, 1 + in_month]


async def test_an_empty_week_after_a_long_log_names_the_last_workout(context, on_disk):
    old = [workout(i, "cycling", 30 + i) for i in reversed(range(50))]
    write_log(on_disk, old)

    week = await workout_history(context, days=7)

    assert week["sessions"] == 0
    assert week["last_logged"] == {"date": old[-1]["date"], "activity_name": "Cycling", "duration_min": 30}


async def test_the_coach_notices_a_quiet_week(chat, on_disk):
    write_log(on_disk, [workout(1, "running", 12)])

    reply = await chat("hey coach")

    assert "Nothing logged in the last 7 days" in reply.text


async def test_the_week_kept_after_each_log_is_what_a_fresh_sum_gives(context, on_disk):
    from agenthost_helios import records, workout_log
    from agenthost_helios.tools import correct_workout, delete_workout

    write_log(on_disk, [workout(i, "cycling", 6.5 - i / 2, minutes=20 + i) for i in range(8)])
    steps = [
        lambda: log_workout(context, activity="running", duration_minutes=25),
        lambda: log_workout(context, items=[{"activity": "yoga", "duration_minutes": 40}, {"activity": "weight training", "duration_minutes": 15}]),
        lambda: delete_workout(context),  # the last one logged, by a tombstone
        lambda: correct_workout(context, duration_minutes=35),
        lambda: log_workout(context, activity="swimming", duration_minutes=12.5, date=(datetime.now(UTC) - timedelta(days=8)).date().isoformat()),
    ]
    for step in steps:
        result = await step()
        since = records.parse_iso(result["week"]["since"])
        fresh = records.totals(await workout_log.logged_since(context.store, since), 7, since=since)
        assert result["week"] == fresh
    assert result["week"]["sessions"] == 10  # 8 old, a run, yoga (the weights undone), corrected; the swim is too old
