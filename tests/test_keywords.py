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


def test_messages_are_read_through_the_host_normaliser(scorer: KeywordScorer) -> None:
    assert scorer.score("ＲＵＮ").terms == ("run",)  # full-width letters
    assert scorer.score("new bench PRESSSSS").terms == ("bench press",)  # a squeezed letter run
    assert scorer.score("how do I lose   WEIGHT").terms == ("lose weight",)


def _reference_score(terms: dict[str, float], text: str, max_gap: int = 1) -> tuple[float, tuple[str, ...]]:
    """The scorer's rules written out plainly: every term tried against every message, in order."""
    ordered = sorted(((t, tuple(normalise(t)), w) for t, w in terms.items()), key=lambda i: (-len(i[1]), -i[2]))
    tokens = normalise(text)
    used = [False] * len(tokens)
    matched = []
    for term, phrase, weight in ordered:
        for start in range(len(tokens)):
            if used[start] or tokens[start] != phrase[0]:
                continue
            positions = [start]
            for word in phrase[1:]:
                nxt = next((p for p in range(positions[-1] + 1, min(positions[-1] + 2 + max_gap, len(tokens)))
                            if tokens[p] == word and not used[p]), None)
                if nxt is None:
                    break
                positions.append(nxt)
            else:
                for p in positions:
                    used[p] = True
                if weight > 0:
                    matched.append((term, weight))
                break
    remaining = 1.0
    for _, weight in matched:
        remaining *= 1 - weight
    matched.sort(key=lambda item: -item[1])
    return round(1 - remaining, 4), tuple(t for t, _ in matched)


def test_the_indexed_scorer_gives_the_same_results_as_trying_every_term() -> None:
    import random

    terms = {"run": 0.5, "running late": 0.0, "lose weight": 0.45, "weight": 0.2, "bench press": 0.8,
             "press": 0.3, "bench": 0.35, "set of": 0.45, "set": 0.25, "rest day": 0.65, "day": 0.1,
             "what should i eat": 0.8, "eat": 0.5, "meal plan": 0.85, "plan": 0.2, "a b a": 0.3}
    words = "run running late lose some weight bench press set of rest day what should i eat meal plan a b the".split()
    rng = random.Random(7)
    scorer = KeywordScorer(terms)
    for _ in range(3000):
        message = " ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        assert tuple(scorer.score(message)) == _reference_score(terms, message), message


def test_score_stems_and_vocabulary() -> None:
    scorer = KeywordScorer({"bench press": 0.8, "running late": 0.0})
    assert scorer.score_stems(normalise("new bench press pr")) == scorer.score("new bench press pr")
    assert scorer.vocabulary == {"bench", "press", "run", "lat"}  # stems
