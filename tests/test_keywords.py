"""host.keywords: whole-word, stemmed, phrase-first keyword scoring."""

from __future__ import annotations

import pytest

from host.keywords import KeywordScorer, normalise, reason, stem, tokenise


@pytest.fixture
def scorer() -> KeywordScorer:
    terms = {"hi": 0.4, "run": 0.5, "lift": 0.5, "eat": 0.5, "squat": 0.6, "bench press": 0.8,
             "press": 0.3, "push up": 0.6, "lose weight": 0.6, "calorie": 0.5}
    return KeywordScorer(terms)


@pytest.mark.parametrize(
    ("message", "term"),
    [("this is great", "hi"), ("I had brunch", "run"), ("shift work", "lift"), ("great weather", "eat"),
     ("the truncated file", "run"), ("whistle", "hi")],
)
def test_a_term_inside_another_word_does_not_match(scorer: KeywordScorer, message: str, term: str) -> None:
    assert term not in scorer.score(message).terms


@pytest.mark.parametrize(
    ("message", "term"),
    [("I went running", "run"), ("she runs daily", "run"), ("I ran 5k", "run"), ("lifting today", "lift"),
     ("I lifted heavy", "lift"), ("what I ate", "eat"), ("eating out", "eat"), ("20 squats", "squat"),
     ("how many calories", "calorie"), ("Hi!", "hi"), ("RUN.", "run"), ("10 push-ups", "push up")],
)
def test_plurals_and_verb_forms_match_the_base_word(scorer: KeywordScorer, message: str, term: str) -> None:
    assert term in scorer.score(message).terms


def test_a_phrase_matches_a_token_sequence_and_claims_its_words(scorer: KeywordScorer) -> None:
    match = scorer.score("new bench press record")
    assert match.terms == ("bench press",)
    assert match.score == pytest.approx(0.8)


def test_a_phrase_matches_with_a_small_gap_but_not_out_of_order(scorer: KeywordScorer) -> None:
    assert "lose weight" in scorer.score("I want to lose some weight").terms
    assert "lose weight" in scorer.score("losing weight is hard").terms
    assert "lose weight" not in scorer.score("weight I want to lose").terms
    assert "lose weight" not in scorer.score("lose a little bit of weight").terms


def test_scores_combine_by_noisy_or_and_stay_below_one(scorer: KeywordScorer) -> None:
    match = scorer.score("ran, lifted, squatted and ate")
    assert set(match.terms) == {"run", "lift", "squat", "eat"}
    assert match.score == pytest.approx(1 - 0.5 * 0.5 * 0.4 * 0.5)
    assert match.score < 1.0


def test_a_repeated_term_counts_once(scorer: KeywordScorer) -> None:
    assert scorer.score("run run run").score == pytest.approx(0.5)


def test_no_match_scores_zero(scorer: KeywordScorer) -> None:
    assert scorer.score("what is the capital of France?") == (0.0, ())
    assert scorer.score("") == (0.0, ())


def test_matched_terms_are_listed_strongest_first(scorer: KeywordScorer) -> None:
    assert scorer.score("eat then squat").terms == ("squat", "eat")


def test_a_zero_weight_phrase_excludes_its_words() -> None:
    scorer = KeywordScorer({"run": 0.5, "running late": 0.0})
    assert scorer.score("I'm running late for work") == (0.0, ())
    assert scorer.score("late for my run").terms == ("run",)


def test_weights_outside_zero_to_one_and_empty_terms_are_rejected() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        KeywordScorer({"run": 1.5})
    with pytest.raises(ValueError, match="no words"):
        KeywordScorer({"!!": 0.5})


def test_tokenise_lowercases_and_drops_apostrophes() -> None:
    assert tokenise("What's UP, I’m fine") == ["whats", "up", "im", "fine"]


def test_stem_maps_inflections_to_one_form() -> None:
    assert {stem(w) for w in ("run", "runs", "running", "ran")} == {"run"}
    assert {stem(w) for w in ("eat", "eats", "eating", "ate", "eaten")} == {"eat"}
    assert stem("berries") == stem("berry")
    assert stem("press") == stem("presses") == stem("pressing")
    assert stem("this") == "this" and stem("thing") == "thing"
    assert normalise("Squats and lunges") == [stem("squat"), "and", stem("lunge")]


def test_reason_names_the_matched_terms() -> None:
    assert reason("fitness", ("run", "squat")) == "fitness: run, squat"
    assert reason("fitness", ()) == "fitness: no matching terms"
