"""Typo repair leaves the common words of the seven other languages the agents read as typed in a
message of that language ("Warum nicht" was "Warm night", "sono" "soon", "doet" "diet"), and
repairs English slips as before ("traning", "brekfast", "wnat", "loose wieght")."""

from __future__ import annotations

import unicodedata
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from host.config import test_config
from host.glossary import COMMON_WORDS, FOREIGN_WORDS
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.typos import COMMON_FOREIGN, COMMON_MISSPELLINGS, TypoRepair

installed = {ep.name for ep in entry_points(group="agenthost")}
needs_agents = pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= installed, reason="the agent plugins are not installed: pip install -e plugins/<name>"
)

# (message, what the agent reads): each was mangled before, by the agents' own vocabularies
FOREIGN = [
    ("Warum nicht?", "Warum nicht?"),  # "Warm night"
    ("Ich möchte abnehmen, aber ich esse zu viel Süßes", "Ich möchte abnehmen, aber ich esse zu viel Süßes"),  # "ayer"
    ("Aber der Rücken ist doch das eigentliche Problem, nicht das Herz", "Aber der Rücken ist doch das eigentliche Problem, nicht das Herz"),
    ("Mijn knie doet pijn na het hardlopen", "Mijn knie doet pijn na het running"),  # "diet"; hardlopen is a glossary word
    ("is het erg als ik een keer een pizza eet?", "is het erg als I een keer een pizza eat?"),  # "keep"
    ("Sono stanca e non ho voglia di allenarmi", "Sono stanca e non ho voglia di allenarmi"),  # "Soon", "voglio"
    ("sono a Torino", "sono a Torino"),
    ("Prendo lassativi ogni sera per sentirmi vuota", "Prendo lassativi ogni sera per sentirmi vuota"),  # "oggi"
    ("Je vais dîner avec des amis ce soir", "Je vais dîner avec des amis ce soir"),  # "doner", "mais"
    ("Combien de repas par jour?", "Combien de repas par jour?"),  # "repos"
    ("Je fais du sport trois fois par semaine", "Je fais du sport trois fois par semaine"),  # "fois"
    ("je mange presque rien depuis une semaine", "je mange presque rien depuis une semaine"),  # "depois"
    ("ya no quiero seguir viviendo, nada tiene sentido", "ya no quiero seguir viviendo, nada tiene sentido"),  # "nadar"
    ("Ayer comí demasiado, qué hago?", "Ayer comí demasiado, qué hago?"),  # "como"
    ("mi hijo de 16 quiere ganar músculo", "mi hijo de 16 quiere ganar músculo"),  # "quiero"
    ("no puedo respirar bien en la bici, mucho peor que nunca", "no puedo respirar bien en la bici, mucho peor que nunca"),  # "much"
    ("Quero perder peso mas tenho muita fome", "Quero perder peso mas tenho muita fome"),  # "Quiero"
    ("Tage", "Tage"),  # "Take": one word of one word is enough
]

ENGLISH = [
    ("traning tomorrow", "training tomorrow"),
    ("brekfast ideas?", "breakfast ideas?"),
    ("i wnat a snack", "i want a snack"),
    ("how to loose wieght", "how to lose weight"),
    # words of both ("also", "kind", "man", "son", "come", "die") do not make a message foreign
    ("also, traning tomorrow?", "also, training tomorrow?"),
    ("man i need a workuot", "man i need a workout"),
    ("my son wants to loose wieght", "my son wants to lose weight"),
    ("kind of hungry, brekfast ideas?", "kind of hungry, breakfast ideas?"),
]


@pytest.fixture(scope="module")
def repair(tmp_path_factory: pytest.TempPathFactory) -> TypoRepair:
    config = test_config(Path(tmp_path_factory.mktemp("typos")))
    pm = make_plugin_manager(config)
    return Router(pm, build_registry(pm), config.router, llm=None).typo_repair()


@needs_agents
@pytest.mark.parametrize(("message", "reads"), FOREIGN)
def test_common_words_of_another_language_stay_as_typed(repair: TypoRepair, message: str, reads: str) -> None:
    assert repair(message).text == reads


@needs_agents
@pytest.mark.parametrize(("message", "reads"), ENGLISH)
def test_english_slips_are_repaired_as_before(repair: TypoRepair, message: str, reads: str) -> None:
    assert repair(message).text == reads


def _plain(word: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))


@needs_agents
@pytest.mark.parametrize("language", sorted(COMMON_WORDS))
def test_no_common_word_is_repaired_in_a_sentence_of_its_language(repair: TypoRepair, language: str) -> None:
    """Every listed word, in runs of six of its language's words: only glossary words ("heute" is
    "today"), listed misspellings ("wat") and an accent mended ("après" -> "apres") change."""
    words = sorted(COMMON_WORDS[language])
    changed = []
    for start in range(0, len(words), 6):
        for word, fixed in repair(" ".join(words[start:start + 6])).changes:
            if word not in FOREIGN_WORDS and word not in COMMON_MISSPELLINGS and _plain(word) != _plain(fixed):
                changed.append((word, fixed))
    assert changed == []


def test_the_list_is_a_few_hundred_words_of_each_language() -> None:
    assert set(COMMON_WORDS) == {"es", "fr", "de", "pt", "it", "nl", "pl"}
    assert all(len(words) >= 140 for words in COMMON_WORDS.values())
    assert COMMON_FOREIGN == frozenset().union(*COMMON_WORDS.values())


def test_one_listed_word_in_a_long_english_message_does_not_make_it_foreign() -> None:
    """'dans' is French and 'days' a routing word: an English message with one such word among
    many is English, and its slips are repaired."""
    repair = TypoRepair(["days", "training", "breakfast"])
    assert repair("my brekfast after traning most dans is eggs").text == "my breakfast after training most days is eggs"
    assert repair("je mange dans une heure").text == "je mange dans une heure"
