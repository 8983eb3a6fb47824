"""Round 9: a profile said in Spanish, French, Italian or Portuguese, with decimal commas."""

from __future__ import annotations

import pytest

from agenthost_general.statements import read_profile


def values(message: str) -> dict[str, object]:
    return {field: fact.value for field, fact in read_profile(message).facts.items()}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Hola! Tengo 28 años, mujer, mido 1,62 y peso 58 kilos.", {"age": 28, "sex": "female", "height_cm": 162.0, "weight_kg": 58.0}),
        ("soy hombre, tengo 41 años, mido 180 cm y peso 90", {"age": 41, "sex": "male", "height_cm": 180.0, "weight_kg": 90.0}),
        ("Bonjour, j'ai 45 ans, je suis un homme, je mesure 1,80 m et je pèse 82 kg", {"age": 45, "sex": "male", "height_cm": 180.0, "weight_kg": 82.0}),
        ("Ho 35 anni, donna, peso 60 kg", {"age": 35, "sex": "female", "weight_kg": 60.0}),
        ("Tenho 30 anos, homem, meço 1,75 e peso 80,5 kg", {"age": 30, "sex": "male", "height_cm": 175.0, "weight_kg": 80.5}),
    ],
)
def test_a_profile_in_another_language_is_read(message: str, expected: dict[str, object]) -> None:
    found = values(message)
    assert {key: found.get(key) for key in expected} == expected


def test_a_goal_in_spanish_is_read() -> None:
    assert read_profile("tengo 30 años y quiero ganar músculo").facts["goals"].value == ["build muscle"]


@pytest.mark.parametrize("message", ["peso 3 kilos de manzanas", "la mujer de mi hermano", "y calorías?"])
def test_no_foreign_reading_invents_a_body_fact(message: str) -> None:
    found = values(message)
    assert "weight_kg" not in found and "height_cm" not in found and "age" not in found
