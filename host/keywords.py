"""A small keyword scorer that agent plugins use in their `classify` hook.

`KeywordScorer({"run": 0.5, "bench press": 0.8})` turns a message into normalised tokens and
matches each term on whole tokens, so "this" never matches "hi" and "brunch" never matches
"run". Words are reduced to a rough stem (plurals, -ing, -ed and an irregular-forms table), so
"running", "runs" and "ran" all match "run". A multi-word term matches a sequence of tokens
(allowing a small gap, "lose some weight") and claims them, so "bench press" is not also
counted as "press". The matched weights combine as a noisy-or, `1 - prod(1 - w)`: more
evidence raises the score, which never passes 1.0, so scores stay comparable across plugins.

Messages are read through `host.text` (NFKC, case folding, straight quotes, squeezed letter
runs), and a message is stemmed once a turn however many scorers read it. Each scorer indexes its
terms once, so scoring a message only looks at the terms whose words all occur in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from host import text as host_text

__all__ = ["IRREGULAR_FORMS", "KeywordMatch", "KeywordScorer", "normalise", "reason", "stem", "stems", "tokenise"]

# Irregular inflections mapped to the base form before stemming (the stemmer only knows suffixes).
IRREGULAR_FORMS: dict[str, str] = {
    "ran": "run",
    "ate": "eat",
    "eaten": "eat",
    "swam": "swim",
    "swum": "swim",
    "rode": "ride",
    "ridden": "ride",
    "drank": "drink",
    "drunk": "drink",
    "lost": "lose",
    "went": "go",
    "gone": "go",
    "did": "do",
    "does": "do",
    "goes": "go",
    "done": "do",
    "made": "make",
    "had": "have",
    "has": "have",
    "felt": "feel",
    "slept": "sleep",
    "bought": "buy",
    "fed": "feed",
    "grew": "grow",
    "took": "take",
    "taken": "take",
    "broke": "break",
    "thought": "think",
    "fell": "fall",
    "fallen": "fall",
    "froze": "freeze",
    "frozen": "freeze",
    "ground": "grind",
    "held": "hold",
    "kept": "keep",
    "left": "leave",
    "met": "meet",
    "sat": "sit",
    "spent": "spend",
    "stood": "stand",
    "threw": "throw",
    "thrown": "throw",
    "wore": "wear",
    "worn": "wear",
    "won": "win",
    "wrote": "write",
    "written": "write",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "caught": "catch",
    "chose": "choose",
    "chosen": "choose",
    "came": "come",
    "got": "get",
    "gotten": "get",
    "gave": "give",
    "given": "give",
    "knew": "know",
    "known": "know",
    "said": "say",
    "saw": "see",
    "seen": "see",
    "told": "tell",
    "woke": "wake",
    "woken": "wake",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "leaves": "leaf",
    "knives": "knife",
    "loaves": "loaf",
    "halves": "half",
    "calves": "calf",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "mangoes": "mango",
    "heroes": "hero",
}

_VOWELS = set("aeiouy")
# A doubled final consonant is undone after -ing/-ed (running -> run), except these, which
# are often doubled in the base form (pulling -> pull, pressing -> press).
_KEEP_DOUBLE = set("lsfz")


def _has_vowel(text: str) -> bool:
    return any(char in _VOWELS for char in text)


# Words whose stems are kept: a message's words are nearly all everyday ones, stemmed again for
# every scorer's text and every typo look (a pure function of the word, so nothing can go stale).
STEM_CACHE_SIZE = 1 << 15


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """Reduce a lower-case word to a rough stem shared by its plural and verb forms.

    Not a linguistic stemmer: it only has to give the same result for a term and its common
    inflections (`run`, `runs`, `running`, `ran` -> `run`; `calorie`, `calories` -> `calori`).
    """
    word = IRREGULAR_FORMS.get(word, word)
    if len(word) <= 2:
        return word
    if word.endswith("ings") and len(word) >= 6:
        word = word[:-1]  # "mornings" -> "morning" -> "morn", as "morning" itself
    # A suffix goes only if a plausible stem is left: "thing", "need" and "bed" stay whole.
    if word.endswith("ing") and len(word) >= 5 and _has_vowel(word[:-3]):
        word = _undouble(word[:-3])
    elif word.endswith("ed") and not word.endswith("eed") and len(word) >= 4 and _has_vowel(word[:-2]):
        word = _undouble(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    return word


def _undouble(word: str) -> str:
    if len(word) >= 3 and word[-1] == word[-2] and word[-1] not in _VOWELS | _KEEP_DOUBLE:
        return word[:-1]
    return word


def tokenise(text: str) -> list[str]:
    """Split text into normalised word tokens (`host.text.tokenise`): "What's UP" -> ["whats", "up"]."""
    return host_text.tokenise(text)


@host_text.per_turn
def stems(text: str) -> tuple[str, ...]:
    """The stemmed tokens of `text`, once a turn: every plugin's scorer reads the same message."""
    return tuple(map(stem, host_text.tokenise(text)))


def normalise(text: str) -> list[str]:
    """Tokenise `text` and stem every token: the form both terms and messages are matched in."""
    return list(stems(text))


class KeywordMatch(NamedTuple):
    """The result of scoring one message: the combined score and the terms that matched."""

    score: float
    terms: tuple[str, ...]


class KeywordScorer:
    """Scores text against weighted terms (single words or phrases) on whole, stemmed tokens.

    `terms` maps a word or phrase to its weight in 0.0-1.0 (how sure one mention alone makes
    you). Phrases are matched before single words and the tokens they cover are not counted
    again; each term counts once however often it appears. A phrase with weight 0.0 is an
    exclusion: it claims its tokens and scores nothing ("running late" keeps "run" quiet).
    `max_gap` is how many extra tokens may sit between two words of a phrase (with the
    default 1, "lose some weight" matches "lose weight"; "lose a bit of weight" needs 3).
    """

    def __init__(self, terms: Mapping[str, float], *, max_gap: int = 1) -> None:
        self.max_gap = max_gap
        compiled: list[tuple[str, tuple[str, ...], float]] = []
        for term, weight in terms.items():
            if not 0.0 <= weight <= 1.0:
                raise ValueError(f"weight of {term!r} must be between 0 and 1, got {weight}")
            tokens = tuple(normalise(term))
            if not tokens:
                raise ValueError(f"term {term!r} has no words")
            compiled.append((term, tokens, weight))
        # Longest phrases first, so they claim their tokens before the words inside them.
        compiled.sort(key=lambda item: (-len(item[1]), -item[2]))
        self._terms = compiled
        # Which terms (by position in that order) each stemmed word appears in: a message
        # needs only the terms all of whose words it contains.
        self._terms_with: dict[str, list[int]] = {}
        for position, (_, tokens, _) in enumerate(compiled):
            for token in set(tokens):
                self._terms_with.setdefault(token, []).append(position)
        self._needs = [frozenset(tokens) for _, tokens, _ in compiled]
        self._words = frozenset(self._terms_with)

    @property
    def terms(self) -> dict[str, float]:
        """The terms and weights this scorer was built with."""
        return {term: weight for term, _, weight in self._terms}

    @property
    def words(self) -> frozenset[str]:
        """Every word its terms are made of, as written in the terms (normalised, not stemmed)."""
        return frozenset(word for term, _, _ in self._terms for word in host_text.tokenise(term))

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every stemmed word its terms are made of: the forms a message is matched in."""
        return frozenset(self._terms_with)

    def score(self, text: str) -> KeywordMatch:
        """Score `text`: noisy-or of the matched terms' weights, and those terms, best first."""
        return self.score_stems(stems(text))

    def score_stems(self, tokens: Sequence[str]) -> KeywordMatch:
        """Score a message already split into stemmed tokens (`stems(text)`)."""
        present = set(tokens)
        known = present & self._words  # in C, over the message's few words: most are no term's
        if not known:
            return KeywordMatch(0.0, ())
        terms_with, needs = self._terms_with, self._needs
        candidates = sorted({position for token in known for position in terms_with[token] if needs[position] <= present})
        if not candidates:
            return KeywordMatch(0.0, ())
        used = [False] * len(tokens)
        matched: list[tuple[str, float]] = []
        for position in candidates:
            term, term_tokens, weight = self._terms[position]
            positions = self._find(tokens, used, term_tokens)
            if positions is None:
                continue
            for found in positions:
                used[found] = True
            if weight > 0.0:
                matched.append((term, weight))
        remaining = 1.0
        for _, weight in matched:
            remaining *= 1.0 - weight
        matched.sort(key=lambda item: -item[1])
        return KeywordMatch(round(1.0 - remaining, 4), tuple(term for term, _ in matched))

    def _find(self, tokens: Sequence[str], used: list[bool], phrase: tuple[str, ...]) -> list[int] | None:
        """Positions of the first unclaimed occurrence of `phrase`, or None."""
        for start, token in enumerate(tokens):
            if used[start] or token != phrase[0]:
                continue
            positions = [start]
            for word in phrase[1:]:
                found = self._next(tokens, used, word, positions[-1] + 1)
                if found is None:
                    break
                positions.append(found)
            else:
                return positions
        return None

    def _next(self, tokens: Sequence[str], used: list[bool], word: str, start: int) -> int | None:
        for position in range(start, min(start + self.max_gap + 1, len(tokens))):
            if tokens[position] == word and not used[position]:
                return position
        return None


def reason(agent_topic: str, terms: Iterable[str]) -> str:
    """A short human reason for a score, naming the matched terms (`fitness: run, squat`)."""
    names = list(terms)
    return f"{agent_topic}: {', '.join(names)}" if names else f"{agent_topic}: no matching terms"
