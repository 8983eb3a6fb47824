"""Helios' four tools, called directly and through the host's validation: happy paths, bad
arguments (a clear ToolError, nothing written) and persistence across a restart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from host.storage import FileStorage
from host.tools import execute_tool
from host.types import ToolContext, ToolError

from agenthost_helios import library, tools
from agenthost_helios.tools import TOOLS, log_workout, make_plan, set_goal, workout_history

BY_NAME = {tool.name: tool for tool in TOOLS}


def today() -> date:
    return datetime.now(UTC).date()  # the tools' calendar is UTC


# log_workout


async def test_log_workout_estimates_calories_with_the_assumed_70_kg(context, on_disk):
    result = await log_workout(context, activity="running", duration_minutes=30, intensity="moderate")

    workout = result["workouts"][0]
    assert (workout["activity"], workout["compendium_code"], workout["met"]) == ("running", "12050", 9.8)
    assert workout["calories"] == 343  # 9.8 MET x 70 kg x 0.5 h
    assert workout["weight_assumed"] is True and "distance_km" not in workout
    assert "70 kg" in result["note"]
    assert result["week"]["sessions"] == 1 and result["week"]["calories"] == 343
    assert on_disk.lines("workouts.jsonl") == [workout]
    assert on_disk.raw("workouts.json") is None  # plans and goals only


async def test_log_workout_uses_the_profile_weight(context, write_profile):
    await write_profile(name="Alice", weight_kg=80)

    result = await log_workout(context, activity="yoga", duration_minutes=60, intensity="low")

    assert result["workouts"][0]["compendium_code"] == "02150"  # yoga, Hatha, 2.5 MET
    assert result["workouts"][0]["calories"] == 200  # 2.5 x 80 x 1
    assert "weight_assumed" not in result["workouts"][0]
    assert "80 kg" in result["note"]


async def test_log_workout_picks_the_running_speed_row_from_the_distance(context):
    result = await log_workout(context, activity="run", duration_minutes=25, distance_km=5)

    [workout] = result["workouts"]
    assert workout["speed_kmh"] == 12.0
    assert (workout["compendium_code"], workout["met"]) == ("12080", 11.8)
    assert result["compendium"] == ["running, 7.5 mph (8 min/mile)"]


async def test_log_workout_intensity_changes_the_met(context):
    low = await log_workout(context, activity="swimming", duration_minutes=30, intensity="low")
    high = await log_workout(context, activity="swimming", duration_minutes=30, intensity="high")

    assert low["workouts"][0]["met"] < high["workouts"][0]["met"]
    assert high["week"]["sessions"] == 2


async def test_log_workout_keeps_an_unknown_activity_as_general_exercise(context):
    result = await log_workout(context, activity="parkour", duration_minutes=40)

    assert result["workouts"][0]["activity"] == "general_exercise"
    assert result["workouts"][0]["activity_name"] == "parkour"
    assert "not in the activity table" in result["note"]


async def test_log_workout_for_an_earlier_day(context, on_disk):
    yesterday = (today() - timedelta(days=1)).isoformat()

    result = await log_workout(context, activity="walking", duration_minutes=40, date=yesterday)

    assert result["workouts"][0]["date"].startswith(yesterday)
    assert result["workouts"][0]["logged_at"].startswith(today().isoformat())
    assert result["week"]["sessions"] == 1
    assert on_disk.lines("workouts.jsonl") == [result["workouts"][0]]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"activity": "   ", "duration_minutes": 30}, "activity must not be empty"),
        ({"activity": "running", "duration_minutes": 0}, "duration_minutes must be between 0.1 and 1440"),
        ({"activity": "running", "duration_minutes": -5}, "duration_minutes must be between 0.1 and 1440"),
        ({"activity": "running", "duration_minutes": "lots"}, "duration_minutes must be a number"),
        (
            {"activity": "running", "duration_minutes": 30, "intensity": "extreme"},
            "intensity must be one of low, moderate, high",
        ),
        ({"activity": "running", "duration_minutes": 10, "distance_km": 42.2}, "too fast for running"),
        ({"activity": "running", "duration_minutes": 30, "date": "next tuesday"}, "date must be a date like"),
        ({"activity": "running", "duration_minutes": 30, "date": "2999-01-01"}, "is in the future"),
    ],
)
async def test_log_workout_rejects_bad_arguments_and_writes_nothing(context, on_disk, arguments, message):
    await log_workout(context, activity="walking", duration_minutes=20)
    before = (on_disk.raw("workouts.jsonl"), on_disk.raw("workouts.json"))

    with pytest.raises(ToolError, match=message):
        await log_workout(context, **arguments)

    assert (on_disk.raw("workouts.jsonl"), on_disk.raw("workouts.json")) == before


async def test_the_host_validates_log_workout_against_its_schema(context):
    missing = await execute_tool(BY_NAME["log_workout"], context, {"items": [{"activity": "running"}]})
    extra = await execute_tool(
        BY_NAME["log_workout"], context, {"items": [{"activity": "run", "duration_minutes": 5, "mood": "good"}]}
    )
    nan = await execute_tool(
        BY_NAME["log_workout"], context, {"items": [{"activity": "run", "duration_minutes": float("nan")}]}
    )
    fine = await execute_tool(BY_NAME["log_workout"], context, {"items": [{"activity": "run", "duration_minutes": 5}]})

    assert "needs duration_minutes (or sets and reps" in missing["error"]
    assert "mood" in extra["error"]
    assert "duration_minutes must be between" in nan["error"]
    assert fine["workouts"][0]["duration_min"] == 5


async def test_workouts_survive_a_restart(context, data_dir, registry):
    await log_workout(context, activity="cycling", duration_minutes=45, intensity="high")

    restarted = ToolContext(user_id="alice", store=FileStorage(data_dir).user("alice"), registry=registry)
    history = await workout_history(restarted, days=7)

    assert history["sessions"] == 1
    assert history["by_activity"][0]["name"] == "Cycling"
    assert history["calories"] == 525  # 10.0 MET x 70 kg x 0.75 h


# workout_history


async def test_workout_history_totals_per_activity_and_by_days(context, on_disk):
    old = (today() - timedelta(days=20)).isoformat()
    await log_workout(context, activity="running", duration_minutes=30)
    await log_workout(context, activity="running", duration_minutes=20, intensity="low")
    await log_workout(context, activity="weight training", duration_minutes=45)
    await log_workout(context, activity="walking", duration_minutes=60, date=old)

    week = await workout_history(context, days=7)
    month = await workout_history(context, days=30)
    running = await workout_history(context, days=30, activity="jogging")

    assert (week["sessions"], week["minutes"]) == (3, 95)
    assert [(e["name"], e["sessions"], e["minutes"]) for e in week["by_activity"]] == [
        ("Running", 2, 50),
        ("Weight training", 1, 45),
    ]
    assert week["calories"] == sum(e["calories"] for e in week["by_activity"])
    # Running counts double (MET >= 6), weight training (3.5 MET) once.
    assert week["active_minutes"] == 2 * 50 + 45
    assert month["sessions"] == 4 and month["last_logged"]["activity_name"] == "Walking"
    assert running["sessions"] == 2
    assert [w["activity_name"] for w in week["recent"]] == ["Weight training", "Running", "Running"]
    # The log keeps logging order: the walk from 20 days ago was logged last.
    assert [w["activity"] for w in on_disk.lines("workouts.jsonl")] == [
        "running",
        "running",
        "weight_training",
        "walking",
    ]


async def test_workout_history_names_the_last_workout_when_the_window_is_empty(context):
    old = (today() - timedelta(days=20)).isoformat()
    await log_workout(context, activity="swimming", duration_minutes=30, date=old)
    await log_workout(context, activity="rowing", duration_minutes=25, date=old)

    week = await workout_history(context, days=7)

    assert week["sessions"] == 0 and week["recent"] == []
    assert week["last_logged"]["activity_name"] == "Rowing machine" and week["last_logged"]["date"].startswith(old)


async def test_workout_history_of_a_new_user_is_empty_and_creates_no_file(context, on_disk):
    history = await workout_history(context)

    assert (history["sessions"], history["minutes"], history["by_activity"]) == (0, 0, [])
    assert history["last_logged"] is None
    assert on_disk.raw("workouts.json") is None and on_disk.raw("workouts.jsonl") is None


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"days": 0}, "days must be between 1 and 365"),
        ({"days": 400}, "days must be between 1 and 365"),
        ({"days": 2.5}, "days must be a whole number"),
        ({"activity": "knitting"}, "unknown activity"),
    ],
)
async def test_workout_history_rejects_bad_arguments(context, arguments, message):
    with pytest.raises(ToolError, match=message):
        await workout_history(context, **arguments)


# make_plan


async def test_make_plan_builds_and_saves_a_weekly_plan(context, on_disk):
    plan = await make_plan(
        context,
        goal="strength",
        level="beginner",
        days_per_week=3,
        minutes_per_session=45,
        equipment=["dumbbells", "bench"],
    )

    assert plan["title"] == "3-day beginner strength plan"
    assert [s["weekday"] for s in plan["sessions"]] == ["Mon", "Wed", "Fri"]
    for session in plan["sessions"]:
        assert session["warm_up"]["items"] and session["cool_down"]["items"]
        assert 0.75 * 45 <= session["minutes"] <= 45
        for block in session["main"]:
            for item in block["exercises"]:
                exercise = library.by_id(item["id"])
                assert exercise.allowed(["dumbbells", "bench"]) and exercise.level == "beginner"
                assert item["sets"] >= 2 and (item["reps"] or item["seconds"])
    saved = on_disk.json("workouts.json")["plans"]
    assert [p["id"] for p in saved] == [plan["id"]]


async def test_make_plan_keeps_only_the_latest_plans(context, on_disk):
    for days in range(1, 8):
        await make_plan(context, goal="general_fitness", days_per_week=days)

    saved = on_disk.json("workouts.json")["plans"]
    assert [p["days_per_week"] for p in saved] == [3, 4, 5, 6, 7][-tools.MAX_PLANS :]


async def test_plans_survive_a_restart(context, data_dir):
    plan = await make_plan(context, goal="endurance", level="intermediate", days_per_week=4, minutes_per_session=40)

    doc = await FileStorage(data_dir).user("alice").read_json("workouts.json")

    assert doc["plans"][-1] == plan


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"goal": "get huge"}, "goal must be one of strength, endurance"),
        ({"goal": "strength", "level": "expert"}, "level must be one of beginner, intermediate, advanced"),
        ({"goal": "strength", "days_per_week": 8}, "days_per_week must be between 1 and 7"),
        ({"goal": "strength", "days_per_week": 0}, "days_per_week must be between 1 and 7"),
        ({"goal": "strength", "minutes_per_session": 5}, "minutes_per_session must be between 10 and 180"),
        ({"goal": "strength", "equipment": ["rocket"]}, "each equipment item must be one of"),
        ({"goal": "strength", "equipment": []}, "equipment must be a list"),
    ],
)
async def test_make_plan_rejects_bad_arguments_and_writes_nothing(context, on_disk, arguments, message):
    await make_plan(context, goal="flexibility")
    before = on_disk.raw("workouts.json")

    with pytest.raises(ToolError, match=message):
        await make_plan(context, **arguments)

    assert on_disk.raw("workouts.json") == before


async def test_the_host_validates_make_plan_against_its_schema(context):
    result = await execute_tool(BY_NAME["make_plan"], context, {"goal": "strength", "equipment": ["spaceship"]})

    assert "equipment" in result["error"]


# set_goal


async def test_set_goal_writes_workouts_and_the_profile_keeping_other_keys(context, on_disk, write_profile):
    await write_profile(name="Alice", diet={"type": "vegan"})
    deadline = (today() + timedelta(days=120)).isoformat()

    result = await set_goal(context, goal="Run a marathon", target="42.2 km", deadline=deadline)

    assert result["goal"]["type"] == "endurance"  # inferred from the text
    assert result["days_left"] in (119, 120, 121)
    profile = on_disk.json("profile.json")
    assert profile["name"] == "Alice" and profile["diet"] == {"type": "vegan"}
    assert profile["fitness_goal"]["goal"] == "Run a marathon"
    assert profile["fitness_goal"]["deadline"] == deadline
    assert on_disk.json("workouts.json")["goals"][-1]["status"] == "active"


async def test_a_new_goal_replaces_the_active_one(context, on_disk):
    await set_goal(context, goal="Run a 5k", type="endurance")
    await set_goal(context, goal="10 pull-ups", type="strength", target="10 pull-ups")

    goals = on_disk.json("workouts.json")["goals"]
    assert [(g["goal"], g["status"]) for g in goals] == [("Run a 5k", "replaced"), ("10 pull-ups", "active")]
    assert on_disk.json("profile.json")["fitness_goal"]["type"] == "strength"


async def test_goals_survive_a_restart(context, data_dir):
    await set_goal(context, goal="Touch my toes", type="flexibility")

    store = FileStorage(data_dir).user("alice")

    assert (await store.read_json("profile.json"))["fitness_goal"]["goal"] == "Touch my toes"
    assert (await store.read_json("workouts.json"))["goals"][0]["type"] == "flexibility"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"goal": ""}, "goal must not be empty"),
        ({"goal": "Run", "type": "speed"}, "type must be one of"),
        ({"goal": "Run", "deadline": "June"}, "deadline must be a date like"),
        ({"goal": "Run", "deadline": "2001-01-01"}, "is in the past"),
        ({"goal": "x" * 301}, "goal is too long"),
    ],
)
async def test_set_goal_rejects_bad_arguments_and_writes_nothing(context, on_disk, arguments, message):
    await set_goal(context, goal="Get fit")
    before = (on_disk.raw("workouts.json"), on_disk.raw("profile.json"))

    with pytest.raises(ToolError, match=message):
        await set_goal(context, **arguments)

    assert (on_disk.raw("workouts.json"), on_disk.raw("profile.json")) == before


@pytest.mark.parametrize(
    ("call", "arguments"),
    [(make_plan, {"goal": "strength"}), (set_goal, {"goal": "Run a 10k", "type": "endurance"})],
)
async def test_a_damaged_workouts_file_is_reported_not_overwritten(context, on_disk, call, arguments):
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "workouts.json").write_text("[1, 2, 3]")

    with pytest.raises(ToolError, match=r"workouts\.json is not in the expected format \(a JSON object\); it was left"):
        await call(context, **arguments)

    assert on_disk.raw("workouts.json") == b"[1, 2, 3]"
    assert on_disk.raw("profile.json") is None and on_disk.raw("workouts.jsonl") is None


async def test_a_damaged_workouts_file_does_not_stop_logging_workouts(context, on_disk):
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "workouts.json").write_text("[1, 2, 3]")

    result = await log_workout(context, activity="running", duration_minutes=30)
    week = await workout_history(context, days=7)

    assert on_disk.lines("workouts.jsonl") == [result["workouts"][0]]
    assert week["sessions"] == 1
    assert on_disk.raw("workouts.json") == b"[1, 2, 3]"


def test_every_tool_belongs_to_helios_and_has_an_object_schema():
    assert sorted(BY_NAME) == [
        "correct_workout", "delete_workout", "log_workout", "make_plan", "set_goal", "workout_history",
    ]
    for tool in TOOLS:
        assert tool.agent == "helios"
        assert tool.parameters["type"] == "object" and tool.parameters["additionalProperties"] is False
        assert tool.description
