"""A second net under the rules: a small word model that says how likely a message is a red flag.

The rules (`host.safety.rules`, `host.safety.concepts`) are exact and explainable, but each
fresh set of conversations held red flags in words nobody had written down ("my family would be
better off with the life insurance money", "my son went down at practice, out for 10 seconds").
This model reads word pairs the way a person skims, trained on everything the rules were built
from: the guard's corpus (`tests/data/safety_*.jsonl`), the routing corpus and every
conversation set (`tests/data/conversations`, `tests/data/tuned_sets`). The guard asks it only
when no rule fired and no red-flag conversation is under way, and answers with a check-in for
the category (`host.safety.replies`), so a rule always wins where one applies.

It is a multinomial logistic regression over TF-IDF word unigrams and bigrams, trained by
`bench/train_concern.py` (scikit-learn, a development tool only) and stored as plain figures in
`host/safety/data/concern_model.json.gz`; scoring here is pure Python, about 30 us a message.
A reading must still hold on the message's content words alone (`FUNCTION_WORDS`, `CONTENT_FLOOR`).
The model is immutable data loaded once per process: nothing in it depends on users, so several
hosts agree."""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

from attrs import frozen

MODEL_PATH = Path(__file__).parent / "data" / "concern_model.json.gz"
NONE = "none"
_WORD = re.compile(r"\w\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def features(text: str) -> list[str]:
    """The model's features of `text`: its words (two letters or more, NFKC, lower case) and
    each pair of neighbouring words. The trainer uses this same function."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower().replace("'", ""))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


# Words that carry no red flag of their own. A reading that rests on them ("is creatine worth it? ive been
# lifting for like 2 months ... dont want to look bulky tho" read as self-harm at P=0.86; "something my kids
# would eat too, theyre 7 and 9" at 0.84) is no reading: `ConcernModel.read` scores a flagged message again
# on the features with a content word and keeps the reading only if it still holds at `CONTENT_FLOOR`.
# The other languages' function words are left out on purpose: the model's readings of them rest on "que", "el",
# "en", "het" (most of its training rows in those languages are red flags), and without them it missed a
# teacher's pupil with chest pain and a racing heart while running, told in Spanish. The guard's rules carry those
# languages; a reading that changes category without the function words is dropped all the same.
FUNCTION_WORDS = frozenset("""
i im ive id me my you your youre we our us it its they them their this that these those a an the and or but so if
then than to of in on at for with from by as is are was were be been being am do does did doing have has had having
would can could should may might just yes over about into very really too also get got what when where who which
some one lol pls please ok okay like tho though he she his him hes shes says said say
""".split())
CONTENT_FLOOR = 0.5
READ_CACHE_SIZE, READ_CACHE_CHARS = 4096, 1000


def _content(term: str) -> bool:
    """Whether `term` (a word or a word pair) holds a word outside `FUNCTION_WORDS`."""
    return any(word not in FUNCTION_WORDS for word in term.split())


@frozen
class Concern:
    """The model's reading of one message: the likeliest red-flag category and how likely it is
    that the message is any red flag at all (1 - P(none))."""

    category: str
    probability: float


class ConcernModel:
    """Scores messages with the stored figures (see the module docstring)."""

    def __init__(self, classes: list[str], intercepts: list[float], vocabulary: dict[str, list[float]], min_words: int) -> None:
        self.classes = classes
        self.intercepts = intercepts
        self.vocabulary = vocabulary  # term -> [idf, weight per class...]
        self.min_words = min_words
        self._none = classes.index(NONE)
        # The readings of the last READ_CACHE_SIZE texts (of up to READ_CACHE_CHARS characters): a pure
        # function of the text and these fixed figures, so no other host can make one stale; the same
        # everyday texts come again and again, and a reading was 30-60 us.
        self._remembered = lru_cache(maxsize=READ_CACHE_SIZE)(self._read)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> ConcernModel:
        with gzip.open(path, "rt", encoding="utf-8") as file:
            data = json.load(file)
        return cls(data["classes"], data["intercepts"], data["vocabulary"], data["min_words"])

    def probabilities(self, text: str) -> list[float]:
        """P(class) for each of `self.classes`, as scikit-learn's `predict_proba` gives them."""
        return self._probabilities(features(text))

    def _probabilities(self, terms: list[str]) -> list[float]:
        counts = Counter(terms)
        weighted = [(self.vocabulary[term], (1.0 + math.log(n)) * self.vocabulary[term][0]) for term, n in counts.items() if term in self.vocabulary]
        norm = math.sqrt(sum(value * value for _, value in weighted)) or 1.0
        logits = list(self.intercepts)
        for row, value in weighted:
            for k in range(len(logits)):
                logits[k] += row[k + 1] * value / norm
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return [e / total for e in exps]

    def read(self, text: str) -> Concern | None:
        """The likeliest red-flag category and P(red flag), or None for a message too short to
        judge ("and a apel", "ok") or with none of the model's words."""
        return self._remembered(text) if len(text) <= READ_CACHE_CHARS else self._read(text)

    def _read(self, text: str) -> Concern | None:
        if len(text.split()) < self.min_words:
            return None
        terms = features(text)  # once: probabilities() would work them out again
        if not any(term in self.vocabulary for term in terms):
            return None
        probabilities = self._probabilities(terms)
        best, category = self._top_flag(probabilities)
        if best <= 0:
            return None
        flagged = 1.0 - probabilities[self._none]
        if flagged >= CONTENT_FLOOR:
            on_content = self._probabilities([term for term in terms if _content(term)])
            if 1.0 - on_content[self._none] < CONTENT_FLOOR or self._top_flag(on_content)[1] != category:
                # the reading rests on function words, or changes its mind without them ("he says it was just
                # song lyrics and got really angry. do I just drop it?": cardiac at 0.91, eating disorder on "drop")
                return None
        return Concern(category, flagged)

    def _top_flag(self, probabilities: list[float]) -> tuple[float, str]:
        """The likeliest red-flag class and its probability."""
        return max((p, c) for p, c in zip(probabilities, self.classes) if c != NONE)


@cache
def model() -> ConcernModel:
    """The stored model, loaded on first use."""
    return ConcernModel.load()
