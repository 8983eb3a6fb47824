"""The guard's RE2 first look (host/safety/prefilter.py): it may only ever skip a pattern that
would have found nothing, so every finding stays what Python's own engine gives."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import host.safety.text as safety_text
from host.safety import concepts, lexicon, rules
from host.safety.guard import Guard, read
from host.safety.prefilter import FILTERED_PATTERN_CHARS, MIN_PATTERN_CHARS, prefilter, relaxed, relaxed_alternatives
from host.safety.text import words

DATA = Path(__file__).resolve().parent / "data"


def corpus() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for name in ("safety_must_trigger", "safety_near_miss")
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def large_patterns() -> set[str]:
    """Every pattern of the guard long enough to get a first look."""
    found = {value for module in (lexicon, rules, concepts) for value in vars(module).values() if isinstance(value, str)}
    found |= set(rules._TRIGGER_PATTERNS.values())
    for concept in concepts.CONCEPTS:
        found |= {*concept.parts, concept.unless or ""}
    return {pattern for pattern in found if len(pattern) >= MIN_PATTERN_CHARS}


def test_every_large_pattern_of_the_guard_gets_a_first_look() -> None:
    patterns = large_patterns()
    assert len(patterns) > 100
    assert [pattern[:80] for pattern in patterns if prefilter(pattern) is None] == []


def test_the_first_look_never_misses_what_the_pattern_finds() -> None:
    """Over every corpus message, alone and joined to the one before: where a trigger (or any
    large pattern) matches the guard's text, its relaxed RE2 copy matches too."""
    texts = [row["text"] for row in corpus()]
    texts += [f"{a} {b}" for a, b in zip(texts, texts[1:])]
    normalised = [read(raw).text for raw in texts]
    triggers = [*rules._TRIGGER_PATTERNS.values(), concepts.TRIGGER]
    others = sorted(large_patterns() - set(triggers))
    matched = 0
    for pattern in triggers + others[::7]:  # every trigger, and a seventh of the rest (time)
        first_look = prefilter(pattern)
        assert first_look is not None
        for text in normalised:
            if words(pattern).search(text):
                matched += 1
                assert first_look.could_match(text), (pattern[:60], text)
    assert matched > 1000


def test_the_guard_finds_the_same_with_and_without_the_first_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every corpus row, screened with its history, gives the same finding either way."""
    guard = Guard()
    rows = corpus()

    def findings() -> list[Any]:
        out = []
        for row in rows:
            history = [{"role": "user", "text": text} for text in row.get("history", [])]
            out.append(guard.assess(row["text"], history, row.get("profile", {})))
        return out

    with_first_look = findings()
    monkeypatch.setattr(safety_text, "prefilter", lambda pattern: None)
    assert findings() == with_first_look
    assert sum(finding is not None for finding in with_first_look) > 1000


def test_relaxed_drops_lookarounds_and_anchors_and_keeps_python_meaning() -> None:
    assert relaxed(r"(?<![a-z])run(?!ning)") == r"\x{72}\x{75}\x{6e}"
    assert relaxed(r"^a$") == r"\x{61}"
    assert relaxed(r"a{,3}b") == r"(?:\x{61}){0,3}\x{62}"  # Python's {,3}, which RE2 reads as text
    assert relaxed(r"(a)\1") is None  # a back-reference has no relaxed form
    assert relaxed(r"(?m)a") is None
    assert relaxed(r"[^\W\d]") is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"chest (?:pain|tight\w*)(?! after)", "sharp chest tightness now"),
        (r"(?i)CHEST\s+pain", "chest\x1cpain"),  # Python's \s takes \x1c on str patterns
        (r"\d+ ?kcal|(?<=only )\w+", "only 500kcal"),
        (r"(?s)a.b", "a\nb"),
    ],
)
def test_a_relaxed_pattern_matches_wherever_the_pattern_does(pattern: str, text: str) -> None:
    padded = pattern + "|" + "x" * MIN_PATTERN_CHARS  # long enough to get a first look
    assert re.search(padded, text)
    first_look = prefilter(padded)
    assert first_look is not None and first_look.could_match(text)


def test_the_normaliser_reads_every_message_the_same_with_and_without_its_first_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """The algospeak rewrites are skipped when RE2 sees none of their forms: over the corpora
    (and the forms themselves) the guard's text is what the ten rewrites give."""
    texts = [row["text"] for row in corpus()]
    texts += ["i wanna kms", "self delete", "gonna unalive", "unalive myself tbh", "my ed voice is loud", "commit sudoku lol"]
    quick = [read(text).text for text in texts]
    monkeypatch.setattr(safety_text, "_may_hold_algospeak", lambda text: True)
    assert [read(text).text for text in texts] == quick
    assert sum("kill myself" in text for text in quick) > 10


def test_the_direct_matcher_and_the_re2_wrapper_agree() -> None:
    """The first look calls RE2's matcher on bytes; the wrapper's search is its fallback."""
    texts = [read(row["text"]).text for row in corpus()[::5]]
    pattern = rules._TRIGGER_PATTERNS["pregnancy"]
    assert MIN_PATTERN_CHARS <= len(pattern) < FILTERED_PATTERN_CHARS  # one DFA, not a filter
    first_look = prefilter(pattern)
    assert first_look is not None and first_look._match is not None
    direct = [first_look.could_match(text) for text in texts]
    first_look._match = None
    try:
        assert [first_look.could_match(text) for text in texts] == direct
    finally:
        prefilter.cache_clear()
    assert any(direct) and not all(direct)


def test_the_largest_patterns_first_look_answers_as_their_single_relaxed_copy() -> None:
    """From FILTERED_PATTERN_CHARS on, a first look is RE2's FilteredRE2 over the pattern's
    alternatives (one DFA for all of them built new states for every new text): over every
    message, alone and joined to the one before, it says "could match" exactly when the one
    relaxed copy of the whole pattern does."""
    import re2

    texts = every_message()
    texts += [f"{a} {b}" for a, b in zip(texts, texts[1:])]
    normalised = [text for text in {read(raw).text for raw in texts} if text.isascii()]
    largest = sorted({pattern for pattern in large_patterns() | {rules._ANY_TRIGGER} if len(pattern) >= FILTERED_PATTERN_CHARS}, key=len)
    assert rules._ANY_TRIGGER in largest and len(largest) >= 5
    matched = 0
    for pattern in largest:
        first_look = prefilter(pattern)
        assert first_look is not None and first_look._filtered, pattern[:60]
        options = re2.Options()
        options.max_mem = 256 << 20
        whole = re2.compile(relaxed(pattern), options)
        for text in normalised:
            could = whole.search(text) is not None
            matched += could
            assert first_look.could_match(text) == could, (pattern[:60], text)
    assert matched > 3000


def test_relaxed_alternatives_open_nested_alternations_and_keep_each_ones_case() -> None:
    assert relaxed_alternatives(r"(?:a|(?:bb|cc)d)|(?<!x)e") == [r"(?:\x{62}\x{62}|\x{63}\x{63})\x{64}", r"\x{61}", r"\x{65}"]
    assert relaxed_alternatives(r"(?i:ab|(?-i:CD))|de") == [r"(?i:\x{61}\x{62})", r"\x{43}\x{44}", r"\x{64}\x{65}"]
    assert relaxed_alternatives(r"(?i)ab|cd") == [r"(?i:\x{61}\x{62})", r"(?i:\x{63}\x{64})"]
    assert relaxed_alternatives(r"(a)\1|b") is None


@pytest.mark.parametrize(
    ("pattern", "text", "could"),
    [
        (r"(?i:chest pain)|(?-i:ZZ)", "CHEST PAIN", True),
        (r"(?i:chest pain)|(?-i:ZZ)", "zz", False),
        (r"chest (?:pain|tight\w*)|\d+ ?kcal|xyzzy", "500kcal", True),
        (r"chest (?:pain|tight\w*)|\d+ ?kcal|xyzzy", "chest tight", True),
        (r"chest (?:pain|tight\w*)|\d+ ?kcal|xyzzy", "chest hurts", False),
        (r"ab|(?:)", "anything", True),  # an empty alternative matches everywhere
    ],
)
def test_a_filtered_first_look_matches_as_the_pattern(pattern: str, text: str, could: bool) -> None:
    padded = pattern + "|" + "|".join(f"q{n}x" * 20 for n in range(FILTERED_PATTERN_CHARS // 60))
    assert len(padded) >= FILTERED_PATTERN_CHARS
    first_look = prefilter(padded)
    assert first_look is not None and first_look._filtered
    assert first_look.could_match(text) == could == bool(re.search(padded, text))


def test_a_large_pattern_within_a_filter_built_before_reads_its_answer() -> None:
    """A rule's triggers are some of the trigger union's alternatives: their first look reads the
    union's filter (one scan a text) and answers for their own alternatives only."""
    words_ = [f"w{n}x" * 15 for n in range(2 * FILTERED_PATTERN_CHARS // 45)]
    union = "|".join(["chest pain", "short of breath", *words_])
    part = "|".join(["short of breath", *words_[: len(words_) // 2 + 10]])
    assert len(part) >= FILTERED_PATTERN_CHARS
    whole, some = prefilter(union), prefilter(part)
    assert whole is not None and some is not None and some._compiled._alternatives is whole._compiled._alternatives
    for text in ("chest pain now", "so short of breath", "chest pain and short of breath", "fine", words_[-1], words_[0]):
        assert whole.could_match(text) == bool(re.search(union, text))
        assert some.could_match(text) == bool(re.search(part, text)), text
        assert some.could_match(text) == bool(re.search(part, text))  # asked again: the remembered answer


def every_message() -> list[str]:
    """The safety, routing and typo corpora's messages, and a few shapes they lack."""
    texts = [row["text"] for row in corpus()]
    for name in ("routing", "typos"):
        texts += [json.loads(line)["message"] for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["sooo tired", "hiiii!!!", "those?", "wait, those ones?\n", "AaA", "x'll y'd 16:8 1,500 (28 wks) 10kg self-harm \U0001F602",
              "Thanks, that helps", "ſo what about those", "I'm 12 WEEKS", "Baby"]
    return texts


def test_the_other_first_looks_and_shortcuts_change_nothing() -> None:
    """The router's and the guard's smaller first looks (the follow-up openings, a pregnancy
    said in the history) and normalise's and fold's skipped rewrites give what the plain
    Python patterns give, on every corpus message, alone and joined to the one before."""
    from host import follow_ups, text as host_text
    from host.safety import guard as guard_module

    texts = every_message()
    texts += [f"{a} {b}" for a, b in zip(texts, texts[1:])]
    for text in texts:
        assert follow_ups._points_back(text) == bool(follow_ups.POINTS_BACK.search(text)), text
        assert guard_module._may_mention_pregnancy(text) == bool(guard_module._MAYBE_PREGNANT.search(text)), text
        folded = text.casefold().translate(host_text._QUOTES)
        assert host_text.fold(text) == host_text._LETTER_RUN.sub(r"\1\1", folded), text
        assert host_text.has_letter_run(text) == bool(host_text._LETTER_RUN.search(text)), text
        assert safety_text.normalise(text, guard_module._VOCABULARY, lexicon.TYPO_TARGETS) == _normalise_every_rewrite(text), text


def _normalise_every_rewrite(text: str) -> str:
    """`host.safety.text.normalise` as it was, running every rewrite on every message."""
    import unicodedata

    from host.safety.guard import _VOCABULARY
    from host.text import fold, nfkc

    st = safety_text
    known, targets = frozenset(_VOCABULARY), frozenset(lexicon.TYPO_TARGETS)
    text = fold(nfkc(text).translate(st._QUOTES))
    if not text.isascii():
        text = "".join(char for char in unicodedata.normalize("NFKD", text.translate(st._UNDECOMPOSED)) if not unicodedata.combining(char))
    text = st._LAUGHING.sub(" lol ", text)
    text = st._CONTRACTION.sub(lambda m: f"{m.group(1)} {st._CONTRACTED[m.group(2)]}", text)
    text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)
    text = re.sub(r"(?<=\d):(?=\d)", " ", text)
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    text = re.sub(r"(?<=[a-z])[-_/](?=[a-z])", " ", text)
    text = re.sub(r"[()\[\]]", " , ", text)
    text = re.sub(r"(?<![a-z0-9.$@])(\d+(?:\.\d+)?)(?=[a-z])", r"\1 ", text)
    tokens: list[str] = []
    for token in st._TOKEN.findall(text):
        if token in (",", "\u2014", "\u2013") or token.startswith("--"):
            tokens.append(",")
        elif not token[0].isalnum() and token[0] not in "@$":
            tokens.append("?" if "?" in token else ".")
        else:
            tokens.append(st._word(token, known, targets))
    joined = " ".join(tokens)
    joined = re.sub(r"(?<![a-z0-9])((?:[a-z] ){3,}[a-z])(?![a-z0-9])", lambda m: m.group(1).replace(" ", ""), joined)
    for pattern, plain in st._ALGOSPEAK:
        joined = pattern.sub(plain, joined)
    return joined
