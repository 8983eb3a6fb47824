"""The bundled data: the Compendium MET table and the exercise library."""

from __future__ import annotations

import re

from agenthost_helios import compendium, library


def test_the_activity_table_has_at_least_40_activities_with_compendium_codes():
    activities = compendium.activities()

    assert len(activities) >= 40
    for activity in activities:
        rows = list(activity.entries.values()) + [row for _, row in activity.speed_rows]
        assert rows, activity.id
        for row in rows:
            assert re.fullmatch(r"\d{5}", row.code), (activity.id, row.code)
            assert 1.0 <= row.met <= 25.0 and row.description


def test_the_table_cites_the_compendium():
    cited = " ".join(compendium.citation())

    assert "2011 Compendium of Physical Activities" in cited
    assert "2024 Adult Compendium of Physical Activities" in cited


def test_well_known_compendium_values():
    running = compendium.by_id("running")

    assert running.entry_for_speed(9.7).code == "12050" and running.entry_for_speed(9.7).met == 9.8
    assert compendium.by_id("yoga").entry_for("low").met == 2.5
    # Missing intensities fall back to the nearest one the Compendium lists.
    assert compendium.by_id("pilates").entry_for("high").code == "02105"


def test_activities_are_found_by_name_alias_or_mention():
    assert compendium.find_activity("Jogging").id == "running"
    assert compendium.find_activity("weights").id == "weight_training"
    assert compendium.activity_in_text("did 45 min of hot yoga today").id == "yoga"
    assert compendium.activity_in_text("went for a mountain bike ride").id == "mountain_biking"
    assert compendium.activity_in_text("had a meeting") is None


def test_calories_are_met_times_kg_times_hours():
    assert compendium.calories(8.0, 70, 60) == 560
    assert compendium.calories(3.5, 82.5, 40) == 193  # 192.5 rounds half up


def test_the_exercise_library_has_at_least_60_complete_exercises():
    exercises = library.exercises()

    assert len(exercises) >= 60
    assert len({e.id for e in exercises}) == len(exercises)
    for e in exercises:
        assert e.name and e.muscles and len(e.cues) >= 2, e.id
        assert e.level in library.LEVELS and e.unit in ("reps", "seconds")
        assert e.category in ("strength", "core", "cardio", "plyometric", "mobility", "stretch")
        for need in e.equipment:
            assert set(need.split("|")) <= set(library.EQUIPMENT), e.id


def test_equipment_rules():
    goblet = library.by_id("goblet_squat")
    bench_press = library.by_id("bench_press")

    assert goblet.allowed(["kettlebell"]) and goblet.allowed(["dumbbells"]) and not goblet.allowed(["none"])
    assert not bench_press.allowed(["barbell"]) and bench_press.allowed(["barbell", "bench"])
    assert bench_press.allowed(["full_gym"])
    assert library.by_id("push_up").allowed([])


def test_exercises_by_name_and_muscle():
    assert library.exercise_in_text("how do I do a Romanian deadlift?").id == "romanian_deadlift"
    assert library.exercise_in_text("tips for push-ups").id == "push_up"
    assert library.muscles_in_text("exercises for my butt") == ("butt", ("glutes",))
    back = library.for_muscles(library.MUSCLE_GROUPS["back"], ["none"])
    assert back and all(e.allowed(["none"]) for e in back)
    assert any("lats" in e.muscles or "upper_back" in e.muscles for e in back)
