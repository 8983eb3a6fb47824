"""Round 5: a profile said as people say it, in other shapes and another language."""

from __future__ import annotations

import pytest

from agenthost_general.statements import read_profile


def facts(message: str) -> dict[str, str]:
    return {field: fact.words for field, fact in read_profile(message).facts.items()}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("weight's 48 kg, I want to bulk up", {"weight_kg": "weight 48 kg"}),
        ("my weight's 80kg", {"weight_kg": "weight 80 kg"}),
        ("height's 170 cm", {"height_cm": "height 170 cm"}),
    ],
)
def test_a_contracted_is_says_the_value(message, expected):
    assert {key: facts(message)[key] for key in expected} == expected


def test_a_german_profile_sentence_is_read():
    read = facts("Ich bin 45, männlich, 1,82 m groß, wiege 92 kg und möchte abnehmen.")
    assert read["age"] == "age 45" and read["sex"] == "sex male" and "182 cm" in read["height_cm"] and read["weight_kg"] == "weight 92 kg"


@pytest.mark.parametrize("message", ["the desert is huge and I'm tired", "ich bin müde"])
def test_no_german_reading_invents_a_fact(message):
    assert "weight_kg" not in facts(message) and "height_cm" not in facts(message)
