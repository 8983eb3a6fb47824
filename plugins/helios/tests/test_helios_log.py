"""The workout log on disk: workouts.jsonl, the one-time move of an old workouts.json list into
it, and reads that stop at the window they need however long the log is."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from host.types import ToolContext, ToolError

from agenthost_helios.tools import log_workout, make_plan, set_goal, workout_history

PLAN = {"id": "plan-1", "title": "3-day beginner general fitness plan", "sessions": [], "days_per_week": 3}
GOAL = {"id": "goal-1", "goal": "Run a 5k", "type": "endurance", "status": "active"}


def stamp(days_ago: float) -> str:
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def workout(number: int, activity: str, days_ago: float, minutes: int = 30, calories: int = 300) -> dict[str, Any]:
    """A workout as the plugin stored it before the log existed."""
    return {
        "id": f"w-old{number}",
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


# Logging order: the walk was logged last, for a day three weeks back.
OLD = [workout(1, "running", 2), workout(2, "cycling", 1), workout(3, "walking", 21)]
OLD_IN_LOG_ORDER = [OLD[2], OLD[0], OLD[1]]


@pytest.fixture
def old_format(on_disk) -> dict[str, Any]:
    """workouts.json as the plugin wrote it before workouts.jsonl: workouts, plans and goals."""
    document = {"workouts": OLD, "plans": [PLAN], "goals": [GOAL]}
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "workouts.json").write_text(json.dumps(document), encoding="utf-8")
    return document


def write_log(on_disk, records: list[dict[str, Any]]) -> None:
    on_disk.folder.mkdir(parents=True, exist_ok=True)
    with (on_disk.folder / "workouts.jsonl").open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(record) + "\n" for record in records)


async def test_an_old_workouts_list_moves_to_the_log_once_and_nothing_is_lost(context, on_disk, old_format):
    month = await workout_history(context, days=30)

    assert month["sessions"] == 3 and month["calories"] == 900
    assert on_disk.lines("workouts.jsonl") == OLD_IN_LOG_ORDER
    assert on_disk.json("workouts.json") == {"plans": [PLAN], "goals": [GOAL]}

    logged = await log_workout(context, activity="yoga", duration_minutes=45)
    again = await workout_history(context, days=30)

    assert on_disk.lines("workouts.jsonl") == [*OLD_IN_LOG_ORDER, logged["workout"]]
    assert again["sessions"] == 4
    assert logged["week"]["sessions"] == 3  # running, cycling, yoga: the walk is three weeks old
    assert on_disk.json("workouts.json") == {"plans": [PLAN], "goals": [GOAL]}


async def test_a_move_interrupted_after_writing_the_log_finishes_without_duplicates(context, on_disk, old_format):
    write_log(on_disk, OLD_IN_LOG_ORDER[:2])  # a crash before workouts.json was rewritten

    week = await workout_history(context, days=7)

    assert on_disk.lines("workouts.jsonl") == OLD_IN_LOG_ORDER
    assert "workouts" not in on_disk.json("workouts.json")
    assert week["sessions"] == 2


async def test_parallel_first_calls_move_the_old_list_once(context, on_disk, old_format):
    results = await asyncio.gather(
        log_workout(context, activity="running", duration_minutes=20),
        workout_history(context, days=30),
        log_workout(context, activity="rowing", duration_minutes=15),
    )

    lines = on_disk.lines("workouts.jsonl")
    assert lines[:3] == OLD_IN_LOG_ORDER
    assert sorted(w["id"] for w in lines[3:]) == sorted([results[0]["workout"]["id"], results[2]["workout"]["id"]])
    assert len({w["id"] for w in lines}) == len(lines) == 5


@pytest.mark.parametrize("tool", ["make_plan", "set_goal"])
async def test_saving_a_plan_or_a_goal_also_moves_the_old_list(context, on_disk, old_format, tool):
    if tool == "make_plan":
        await make_plan(context, goal="strength")
    else:
        await set_goal(context, goal="Run a 10k")

    assert on_disk.lines("workouts.jsonl") == OLD_IN_LOG_ORDER
    document = on_disk.json("workouts.json")
    assert "workouts" not in document
    assert len(document["plans"]) + len(document["goals"]) == 3


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
async def test_bad_arguments_leave_an_old_file_as_it_was(context, on_disk, old_format, call, arguments):
    before = on_disk.raw("workouts.json")

    with pytest.raises(ToolError):
        await call(context, **arguments)

    assert on_disk.raw("workouts.json") == before
    assert on_disk.raw("workouts.jsonl") is None


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


async def test_logging_and_reading_a_week_read_only_the_week_of_a_long_log(context, on_disk, registry):
    # 3,000 workouts, one every 6 hours, the newest three weeks old.
    write_log(on_disk, [workout(i, "running", 21.1 + (3000 - i) / 4) for i in range(3000)])
    store = CountingStore(context.store)
    counted = ToolContext(user_id=context.user_id, store=store, registry=registry)

    await log_workout(counted, activity="walking", duration_minutes=30)
    week = await workout_history(counted, days=7)
    quarter = await workout_history(counted, days=30)

    assert week["sessions"] == 1 and week["last_logged"]["activity_name"] == "Walking"
    assert quarter["sessions"] == 1 + 35  # the walk, and the old log's last 8.9 days
    assert all(limit is not None or bounded for limit, bounded, _ in store.reads)
    assert [count for _, _, count in store.reads] == [1, 1, 1 + 35]


async def test_an_empty_week_after_a_long_log_names_the_last_workout(context, on_disk):
    old = [workout(i, "cycling", 30 + i) for i in reversed(range(50))]
    write_log(on_disk, old)

    week = await workout_history(context, days=7)

    assert week["sessions"] == 0
    assert week["last_logged"] == {"date": old[-1]["date"], "activity_name": "Cycling", "duration_min": 30}


async def test_the_coach_notices_a_quiet_week(chat, on_disk):
    write_log(on_disk, [workout(1, "running", 12)])

    reply = await chat.say("hey coach")

    assert "Nothing logged in the last 7 days" in reply.text
