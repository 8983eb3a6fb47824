"""Reading free text: durations, distances, days, equipment, deadlines, intents."""

from __future__ import annotations

from datetime import date

import pytest

from agenthost_helios import intents, parse

TODAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("I ran 5k in 30 minutes", 30),
        ("did 45 min of yoga", 45),
        ("1h30 bike ride", 90),
        ("ran 10k in 52:30", 52.5),
        ("half an hour walk", 30),
        ("an hour and a half hike", 90),
        ("swam for 1 hour and 15 minutes", 75),
        ("forty-five minutes of rowing", 45),
        ("ran a half marathon in 1:55:00", 115),
        ("2 hours of tennis", 120),
        ("I went for a run", None),
    ],
)
def test_durations(text, minutes):
    assert parse.duration_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("ran 5k", 5),
        ("cycled 20 km", 20),
        ("ran 3 miles", 4.83),
        ("swam 800m", 0.8),
        ("ran a marathon", 42.2),
        ("did 30 min of yoga", None),
    ],
)
def test_distances(text, km):
    assert parse.distance_km(text) == km


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my goal is to run a marathon by June", date(2025, 6, 30)),
        ("by 15 March", date(2025, 3, 15)),
        ("before February", date(2026, 2, 28)),  # already past this year: next year's
        ("by January 2027", date(2027, 1, 31)),
        ("in 12 weeks", date(2025, 6, 2)),
        ("by 2025-10-01", date(2025, 10, 1)),
        ("by the end of the year", date(2025, 12, 31)),
        ("someday", None),
    ],
)
def test_deadlines(text, expected):
    assert parse.deadline(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "days", "kit"),
    [
        ("make it 3 days", 3, None),
        ("4x a week with dumbbells and a bench", 4, ["dumbbells", "bench"]),
        ("twice a week at the gym", 2, ["full_gym"]),
        ("every day, no equipment", 7, ["none"]),
        ("I have a kettlebell and resistance bands", None, ["kettlebell", "resistance_band"]),
    ],
)
def test_days_and_equipment(text, days, kit):
    assert parse.days_per_week(text) == days
    assert parse.equipment(text) == kit


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("run a marathon", "endurance"),
        ("lose 5 kg", "weight_loss"),
        ("lose some weight", "weight_loss"),
        ("do 10 pull-ups", "strength"),
        ("touch my toes", "flexibility"),
        ("get fit", "general_fitness"),
        ("fit it into 20 minutes", None),
    ],
)
def test_goal_types(text, goal):
    assert parse.goal_type(text) == goal


PLAN_REPLY = [
    {"role": "user", "text": "plan please"},
    {"role": "assistant", "agent": "helios", "text": "**Your 3-day beginner general fitness plan** ..."},
]


@pytest.mark.parametrize(
    ("message", "history", "intent"),
    [
        ("I want to start working out", [], "plan"),
        ("I want to lose some weight", [], "plan"),
        ("I ran 5k in 30 minutes", [], "log"),
        ("did 45 min of yoga", [], "log"),
        ("I went for a swim this morning", [], "log_incomplete"),
        ("what did I do this week", [], "history"),
        ("my goal is to run a marathon by June", [], "goal"),
        ("I want to lose 5 kg by summer", [], "goal"),
        ("how do I do a squat", [], "exercise"),
        ("exercises for back", [], "muscle"),
        ("make it 3 days", PLAN_REPLY, "plan_change"),
        ("make it 3 days", [], "coach"),
        ("how many calories would I burn cycling for an hour?", [], "estimate"),
        ("what's my workout today?", [], "today"),
        ("my shoulder hurts", [], "pain"),
        ("how much sleep do I need to recover?", [], "faq"),
        ("I'm exhausted after training", [], "recovery"),
        ("how much protein should I eat?", [], "nutrition"),
        ("hello!", [], "coach"),
    ],
)
def test_intents(message, history, intent):
    assert intents.detect(message, history) == intent
