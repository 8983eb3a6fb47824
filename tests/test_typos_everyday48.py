"""Everyday 48: typo repair read foods of a message in another language as English words: Spanish
"manzana" as "manana" (mañana), Italian "mela" as "meal", "miel"/"miele" as "mile", German "Salat"
as "salt", Dutch "bonen" as "benen". They stay as typed now, so Ceres reads the food."""

from __future__ import annotations

import pytest

from pathlib import Path

from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.typos import TypoRepair


@pytest.fixture
def repair(tmp_path: Path) -> TypoRepair:
    """The typo repair the router uses, with the three agents' vocabularies (where "manana" and "meal" are)."""
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    return Router(pm, build_registry(pm), config.router, llm=None).typo_repair()


@pytest.mark.parametrize(
    "message",
    [
        "y una manzana?",
        "cuantas calorias tiene una manzana",
        "e una mela?",
        "quante calorie ha il miele?",
        "wie viel Eiweiß hat ein Salat mit Hähnchen",
        "hoeveel calorieën hebben bonen",
        "et des pommes ?",
    ],
)
def test_foods_in_another_language_stay_as_typed(repair: TypoRepair, message: str) -> None:
    repaired = repair(message).text
    for word in ("meal", "mile", "salt", "benen", "manana", "pompes"):
        assert word not in repaired.lower().split(), repaired


@pytest.mark.parametrize(
    ("message", "word"),
    [("Ile błonnika dziennie powinienem jeść?", "fibre"), ("Hoeveel vezels moet ik per dag eten?", "fibre"), ("a jeśli po tym mam wzdęcia?", "bloating")],
)
def test_fibre_and_bloating_are_read_in_polish_and_dutch(message: str, word: str) -> None:
    assert word in TypoRepair(["fibre", "bloating"])(message).text, message
