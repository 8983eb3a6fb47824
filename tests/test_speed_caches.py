"""What is remembered between turns to spare a repeated text its reading again (issue 13): the
typo repair of a whole text, the guard's FilteredRE2 answers and its word model's reading, and
General's first look for its chat moods. Each is a pure function of the text, bounded in size,
and gives exactly what reading afresh gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

from agenthost_general import chat

from host.safety import concern, prefilter
from host.safety.guard import Guard, read
from host.typos import TEXT_CACHE_CHARS, TypoRepair, _repaired_afresh

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[str]:
    texts = [json.loads(line)["message"] for line in (DATA / "routing.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("must_trigger", "near_miss"):
        texts += [json.loads(line)["text"] for line in (DATA / f"safety_{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["ugh mondays", "Mondays!! ugh", "what a day lol", "café: what a week", "hello", "thanks, that helps"]
    return texts


TEXTS = _texts()


def test_a_repeated_text_gets_the_typo_repair_it_got_the_first_time() -> None:
    repair = TypoRepair({"breakfast", "protein", "workout", "stretching", "squat"})
    for text in [*TEXTS[:400], "wat shud i eat for brekfast", "how log should i strech"] * 2:
        assert repair(text) == _repaired_afresh(repair, text)
    assert repair._text_cache.cache_info().maxsize is not None
    long_text = "brekfast " * (TEXT_CACHE_CHARS // 9 + 1)
    assert repair(long_text).text.startswith("breakfast breakfast")
    assert repair._text_cache.cache_info().currsize <= repair._text_cache.cache_info().maxsize


def test_the_word_models_reading_is_remembered_as_read() -> None:
    model = concern.model()
    for text in TEXTS * 2:
        assert model.read(text) == model._read(text)
    assert model._remembered.cache_info().maxsize == concern.READ_CACHE_SIZE


def test_the_filters_answers_are_their_scans() -> None:
    filters = prefilter._FILTERS
    Guard().assess("chest pain when I run")  # the guard builds its filters on first use
    assert filters
    for text in TEXTS[:300] * 2:
        normalised = read(text).text
        for built in filters:
            assert built.matching(normalised) == built._scan(normalised.encode("utf-8").decode("utf-8"))
    assert all(built._matching.cache_info().maxsize == prefilter.MATCHING_CACHE_SIZE for built in filters)


def test_the_chat_mood_is_the_first_mood_whose_pattern_matches() -> None:
    for text in TEXTS:
        for variant in (text, text.lower(), f"ugh mondays. {text}"):
            plain = next((mood for mood in chat.MOODS if mood.said.search(variant)), None)
            assert chat.chat_mood(variant) is plain, variant
    assert chat.chat_mood("ugh mondays") is chat.BANTER
    assert chat.chat_reply("UGH, Mondays") == chat.BANTER.reply
    assert re.search("kinder", chat.chat_reply("what a week") or "")
