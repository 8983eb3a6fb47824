"""Round 12: a German profile sentence with a wish to build muscle keeps the weight and the goal,
and everyday "how do I sleep more" questions find the sleep advice."""

from __future__ import annotations

import pytest

from agenthost_general.statements import profile_statements
from agenthost_general.wellbeing import find_topic


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ich bin 39, männlich, 1,85 m groß, 98 kg und möchte Muskeln aufbauen",
         {"age": 39, "sex": "male", "height_cm": 185.0, "weight_kg": 98.0, "goals": ["build muscle"]}),
        ("ich bin 45 jahre alt, männlich, 90 kg und möchte muskelmasse aufbauen", {"age": 45, "sex": "male", "weight_kg": 90.0, "goals": ["build muscle"]}),
        ("Ich bin 28, weiblich, 1,68 m groß, wiege 61 kg und will fitter werden",
         {"age": 28, "sex": "female", "height_cm": 168.0, "weight_kg": 61.0, "goals": ["get fitter"]}),
        ("Ich bin 39, männlich, 1,85 m groß, 98 kg und möchte abnehmen",
         {"age": 39, "sex": "male", "height_cm": 185.0, "weight_kg": 98.0, "goals": ["lose weight"]}),
    ],
)  # fmt: skip
def test_a_german_profile_with_a_wish_keeps_every_fact(message: str, expected: dict) -> None:
    assert profile_statements(message) == expected


@pytest.mark.parametrize(
    "question",
    [
        "any tips to actually sleep more, I'm up at 5 for work", "how can I get more sleep with a newborn",
        "I need to get to sleep earlier, any advice?", "how do I sleep longer", "help me sleep please", "I don't get enough sleep, tips?",
    ],
)  # fmt: skip
def test_sleeping_more_finds_the_sleep_advice(question: str) -> None:
    found = find_topic(question)
    assert found is not None and found[0].id in ("sleep_better", "sleep_need"), found


@pytest.mark.parametrize("question", ["what foods help with sleep", "does sleep matter for muscle?"])
def test_sleep_questions_about_food_or_training_are_not_the_tips(question: str) -> None:
    found = find_topic(question)
    assert found is None or found[0].id != "sleep_better"
