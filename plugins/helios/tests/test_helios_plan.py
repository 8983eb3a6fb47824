"""Plans: right days, fits the minutes, only allowed equipment, suits the level, warm-up and
cool-down every session."""

from __future__ import annotations

import itertools

import pytest

from agenthost_helios import library
from agenthost_helios.plan import GOALS, build_plan

KITS = (["none"], ["dumbbells"], ["barbell", "bench"], ["resistance_band", "pull_up_bar"], ["full_gym"])


def exercises_in(plan):
    for session in plan["sessions"]:
        for block in session["main"]:
            for item in block.get("exercises", []):
                yield library.by_id(item["id"])


@pytest.mark.parametrize(("goal", "level"), list(itertools.product(GOALS, library.LEVELS)))
def test_every_plan_fits_its_constraints(goal, level):
    for days, minutes, kit in itertools.product((1, 3, 5, 7), (15, 30, 60), KITS):
        plan = build_plan(goal, level, days, minutes, kit)

        assert len(plan["sessions"]) == days
        assert len(plan["schedule"]) == 7
        for session in plan["sessions"]:
            assert 0.75 * minutes <= session["minutes"] <= minutes, (days, minutes, kit, session["title"])
            assert session["warm_up"]["items"] and session["cool_down"]["items"]
            assert session["main"]
        for exercise in exercises_in(plan):
            assert exercise.allowed(kit), (exercise.id, kit)
            assert exercise.level_rank <= library.LEVELS.index(level), (exercise.id, level)


def test_a_beginner_bodyweight_plan_is_concrete():
    plan = build_plan("general_fitness", "beginner", 3, 30, ["none"])

    assert plan["title"] == "3-day beginner general fitness plan"
    assert plan["schedule"][:3] == ["Mon: Full body A", "Tue: rest (a walk is welcome)", "Wed: Intervals"]
    first = plan["sessions"][0]["main"][0]
    assert first["format"] == "sets"
    patterns = {p for item in first["exercises"] for p in library.by_id(item["id"]).patterns}
    assert {"squat", "push_horizontal", "hinge", "pull_horizontal"} <= patterns  # a balanced full-body day
    assert all(item["reps"] or item["seconds"] for item in first["exercises"])


def test_equipment_is_used_when_available():
    barbell = build_plan("strength", "intermediate", 4, 60, ["barbell", "bench"])

    names = {e.id for e in exercises_in(barbell)}
    assert {"back_squat", "bench_press", "deadlift"} <= names


def test_beginners_get_recovery_days_beyond_four_sessions():
    plan = build_plan("weight_loss", "beginner", 6, 45, ["none"])

    assert [s["kind"] for s in plan["sessions"]].count("recovery") == 2
    assert any("beginner" in note for note in plan["notes"])


def test_endurance_plans_are_mostly_cardio_on_the_users_machines():
    plan = build_plan("endurance", "intermediate", 5, 45, ["rower"])

    kinds = [s["kind"] for s in plan["sessions"]]
    assert kinds == ["easy", "intervals", "strength_endurance", "tempo", "long"]
    modalities = {b["modality"] for s in plan["sessions"] for b in s["main"] if b["format"] == "cardio"}
    assert modalities <= {"run", "rowing machine"} and "run" in modalities


def test_plans_are_deterministic():
    assert build_plan("strength", "advanced", 6, 75, ["full_gym"]) == build_plan(
        "strength", "advanced", 6, 75, ["full_gym"]
    )


def test_a_remembered_plan_is_each_callers_own_copy():
    first = build_plan("general_fitness", "beginner", 3, 30, ["none"])
    first["sessions"][0]["main"].clear()
    first["schedule"][0] = "changed by a caller"
    second = build_plan("general_fitness", "beginner", 3, 30, ["none"])
    assert second["sessions"][0]["main"] and second["schedule"][0] != "changed by a caller"
    assert second == build_plan("general_fitness", "beginner", 3, 30, ("none",))


def test_remembered_plans_follow_every_argument():
    squat = next(e for e in library.exercises() if e.id in {"bodyweight_squat", "air_squat", "squat"} or "squat" in e.id)
    base = build_plan("strength", "beginner", 3, 45, ["dumbbells"])
    variants = [
        build_plan("strength", "beginner", 3, 45, ["dumbbells"], avoid=[squat.id]),
        build_plan("strength", "beginner", 3, 45, ["dumbbells"], weekdays=["Mon", "Wed", "Fri"]),
        build_plan("strength", "beginner", 3, 45, ["dumbbells"], focus="legs"),
        build_plan("strength", "beginner", 3, 45, ["dumbbells"], split="upper_lower"),
        build_plan("strength", "beginner", 4, 45, ["dumbbells"]),
        build_plan("strength", "beginner", 3, 30, ["dumbbells"]),
    ]
    for variant in variants:
        assert variant != base
    assert squat.id not in {e.id for e in exercises_in(variants[0])}
