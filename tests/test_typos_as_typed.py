"""Words of other languages a plugin declares `AsTyped` (Helios' L10N words): kept as typed, and
never what another word is "repaired" into ("maltina" is no Italian "mattina", "ça passe" no
German "Pause", "halva" no Dutch "halve"), while English slips still reach the English words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from host.config import test_config
from host.keywords import KeywordScorer
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.typos import AsTyped, TypoRepair, vocabulary_of
from tests.test_typos import needs_agents


@pytest.fixture(scope="module")
def repair(tmp_path_factory: pytest.TempPathFactory) -> TypoRepair:
    config = test_config(Path(tmp_path_factory.mktemp("as_typed")))
    pm = make_plugin_manager(config)
    return Router(pm, build_registry(pm), config.router, llm=None).typo_repair()


# --- the repair itself, on a small vocabulary -------------------------------------------------


def test_a_word_nearest_a_declared_word_stays_as_typed() -> None:
    repair = TypoRepair(["stretch", "pasta"], as_typed=["mattina", "streich", "pause"])
    assert repair.word("maltina") is None  # was "mattina" when declared as vocabulary
    assert repair.word("mattina") is None and repair.word("streich") is None  # kept as typed
    assert repair("had a maltina with my pasta").changes == ()
    assert TypoRepair(["stretch", "pasta", "mattina"]).word("maltina") == "mattina"  # what it prevents


def test_an_english_slip_near_a_declared_word_is_still_the_english_word() -> None:
    repair = TypoRepair(["stretching", "stretch"], as_typed=["streich"])
    assert repair("streching routine before running please").text == "stretching routine before running please"
    assert repair("how do I strech my calves").text == "how do I stretch my calves"


def test_a_declared_word_written_with_its_accents_is_still_read_as_declared() -> None:
    repair = TypoRepair(["training"], as_typed=["despues", "manana"])
    assert repair("¿Es mejor entrenar mañana o después?").text == "¿Es mejor entrenar manana o despues?"


def test_vocabulary_of_collects_the_declared_words_apart() -> None:
    namespace: dict[str, Any] = {"SCORER": KeywordScorer({"squat": 0.6}), "KEPT": AsTyped({"sentadilla"})}
    exec("def classify(message):\n    return None", namespace)
    vocabulary = vocabulary_of([namespace["classify"]])
    assert vocabulary == {"squat"} and vocabulary.as_typed == {"sentadilla"}
    assert TypoRepair(vocabulary).word("sentadila") is None  # nearest the declared word: as typed


# --- with the agents' own vocabularies --------------------------------------------------------


@needs_agents
@pytest.mark.parametrize(
    "said",
    [
        "for lunch I had rice and a maltina",  # Ceres' malt drink, not Helios' Italian "mattina"
        "Et un burger ce soir au fast-food, ça passe ?",  # not German "Pause"
        "a wiener schnitzel and chips",  # not German "wieder"
        "pesto pasta with quinoa",  # not Italian "petto", Portuguese "quinta"
        "nada tiene sentido",  # not Spanish "sentado"
        # not tuned on: other words the declared ones drew to them
        "is halva ok for me?",  # Dutch "halve"
        "and a little tapas spread for 4 people?",  # French "tapis"
        "hosting a mezze night, what dips can I make?",  # Italian "mezza"
        "the medic tent said it was dehydration",  # Italian "media"
        "what's a healthy order at costa",  # Portuguese "conta"
        "2 slices of panna cotta",  # Portuguese "conta"
        "Estou de 20 semanas, posso treinar pesado até a falha?",  # Spanish "pasado"
        "mon mari a mal au dos, ça passe au repos",  # French "mardi"
    ],
)
def test_words_near_a_declared_word_stay_as_typed_with_every_agent(repair: TypoRepair, said: str) -> None:
    assert repair(said).changes == (), repair(said).changes


@needs_agents
@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("streching routine befor running pls", "stretching"),
        ("how do i strech my hamstrings", "stretch"),
        ("lemme get a beginer workout for home", "beginner"),
        ("can u gimme a beginers workout for the gym", "beginners"),
        ("can you make me a traning plan", "training"),
    ],
)
def test_english_slips_still_reach_the_english_words(repair: TypoRepair, said: str, meant: str) -> None:
    assert meant in repair(said).text.split(), repair(said).text


@needs_agents
def test_a_dutch_word_as_near_a_declared_word_as_an_english_one_stays_as_typed(repair: TypoRepair) -> None:
    """Dutch "noten" (nuts) is one letter from "note" and from Helios' French "noter": as typed."""
    assert "noten" in repair("ik ben allergisch voor noten en vis").text
    assert "cortes" in repair("a veces me hago cortes en las piernas, cuántas series hago?").text
