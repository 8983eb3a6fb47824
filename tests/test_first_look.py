"""`host.first_look.FirstLook`: RE2's linear first look answers "no match" without Python's
scan, and every answer is the pattern's own."""

from __future__ import annotations

import re

from host.first_look import FirstLook

PETS = re.compile(r"(?<![a-z])(?:dog|cat|pupp(?:y|ies))s?\b(?=\W+(?:ate|eats))", re.IGNORECASE)
TEXTS = ("what should I eat for breakfast?", "my DOG ate chocolate", "puppies eats grapes, cats ate it", "hotdogs ate", "", "café: cat ate")


def test_the_answers_are_the_patterns_own() -> None:
    look = FirstLook(PETS)
    for text in TEXTS:
        assert [m.span() for m in look.finditer(text)] == [m.span() for m in PETS.finditer(text)]
        assert bool(look.search(text)) == bool(PETS.search(text))
        assert look.sub("pet", text) == PETS.sub("pet", text)
    assert look.search("my DOG ate chocolate").group(0) == "DOG"


def test_no_match_is_told_by_re2_alone() -> None:
    look = FirstLook(PETS)
    assert look.cannot_match("what should I eat for breakfast?")
    assert not look.cannot_match("my dog ate it")
    assert not look.cannot_match("café sans chien")  # not ASCII: the pattern itself looks


def test_a_flag_with_no_relaxed_form_always_runs_the_pattern() -> None:
    look = FirstLook(re.compile(r"^dog$", re.MULTILINE))
    assert not look.cannot_match("cat")
    assert look.search("cat\ndog").group(0) == "dog"
