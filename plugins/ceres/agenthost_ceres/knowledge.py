"""Everyday nutrition questions (water, fibre, caffeine, protein timing, vitamin D, B12...)
answered from a small curated file, `data/faq.json`, where every answer names its sources.

A question is matched to an entry by the entry's weighted keywords (whole, stemmed words with
`host.keywords`, so "fiber", "fibre" and "fibres" all match); the best entry wins when it
scores at least `MIN_SCORE`. Foods an answer suggests are `options` (each with the table
foods or allergens it stands for), so the answer lists only those that fit the user's diet:
"eggs on toast" is never suggested to someone who is coeliac or allergic to eggs.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from attrs import frozen

from host.keywords import KeywordScorer, stems

from agenthost_ceres.allergens import ALLERGENS
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table

MIN_SCORE = 0.55
NOTHING_FITS = "foods that fit your diet (ask me for ideas)"


@frozen
class Source:
    """Where an answer comes from."""

    name: str
    year: int
    url: str

    def cite(self) -> str:
        """ "NHS: Vitamin D (2020)"."""
        return f"{self.name} ({self.year})"


FACET_SCORE = 0.5  # how surely a follow-up must name a facet ("do I need to load it?")


@frozen
class Facet:
    """A follow-up question about an entry's topic ("do I need to load it?" after creatine),
    answered on its own, from the entry's sources."""

    id: str
    scorer: KeywordScorer
    answer: str
    gentle: str
    example: str = ""  # the follow-up as a user would ask it ("do I need to load it?")
    sources: tuple[Source, ...] = ()  # when the facet rests on other sources than its entry
    not_for: tuple[str, ...] = ()  # allergens whose own answer replaces this facet ("is whey ok?" with a milk allergy)
    answers_main: bool = False  # the facet also gives the entry's own answer (water in the heat: the daily litres too)
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the facet's own foods, when it names others than its entry


@frozen
class Entry:
    """One everyday question: its topic, the answer (and a version without figures), sources,
    what the answer rests on (`why`), and the follow-up questions it answers (`facets`)."""

    id: str
    topic: str
    answer: str
    gentle: str
    sources: tuple[Source, ...]
    scorer: KeywordScorer
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (words, food ids or allergen names)
    joiner: str = "and"
    instead_for: tuple[tuple[str, str], ...] = ()  # (allergen, answer for people who avoid it)
    instead_sources: tuple[tuple[str, tuple[Source, ...]], ...] = ()  # (allergen, its answer's sources)
    why: str = ""  # the reasoning behind the answer, for "why?"
    facets: tuple[Facet, ...] = ()
    meal: str | None = None  # the meal whose ideas a follow-up like "something sweet?" asks for
    warns_about: tuple[str, ...] = ()  # allergens the answer is itself a warning about (oats for coeliacs)

    def render(self, prefs: DietPrefs | None = None, gentle: bool = False, facet: str | None = None) -> str:
        """The answer for someone with `prefs`: only the options that fit their diet, and the
        answer written for their allergy when the entry has one; a facet's answer when asked."""
        prefs = prefs or DietPrefs()
        text = self.gentle if gentle else self.answer
        chosen = self._facet(facet, prefs)
        if chosen is not None:
            text = chosen.gentle if gentle else chosen.answer
        else:
            allergen = self.allergy_variant(prefs)
            if allergen is not None:
                instead = dict(self.instead_for)
                text = instead.get(f"{allergen}_gentle", instead[allergen]) if gentle else instead[allergen]
        options = chosen.options if chosen is not None and chosen.options else self.options
        fitting = [words for words, parts in options if fits(parts, prefs)]
        listed = fitting[0] if len(fitting) == 1 else ", ".join(fitting[:-1]) + f" {self.joiner} " + fitting[-1] if fitting else NOTHING_FITS
        return text.replace("{options}", listed)

    def allergy_variant(self, prefs: DietPrefs) -> str | None:
        """The allergen whose own answer this user gets (a fish allergy: omega-3 without fish)."""
        return next(
            (
                a for a, _ in self.instead_for
                if not a.endswith("_gentle") and (a in prefs.allergies or (a == "gluten" and prefs.gluten_free) or (a == "vegan" and prefs.type == "vegan"))
            ),
            None,
        )  # a coeliac's gluten-free diet gets the gluten answer like an allergy; a vegan the vegan one ("which protein powder?": no whey)

    def sources_for(self, prefs: DietPrefs | None = None, facet: str | None = None) -> tuple[Source, ...]:
        """The sources of the answer this user gets (an allergy's answer, or a facet, may rest
        on others)."""
        chosen = self._facet(facet, prefs or DietPrefs())
        if chosen is not None:
            return chosen.sources or self.sources
        allergen = self.allergy_variant(prefs or DietPrefs())
        return dict(self.instead_sources).get(allergen, self.sources) if allergen else self.sources

    def _facet(self, facet: str | None, prefs: DietPrefs) -> Facet | None:
        """The facet asked for, unless the user's allergy has its own answer that replaces it."""
        chosen = next((f for f in self.facets if f.id == facet), None)
        if chosen is not None and chosen.not_for and self.allergy_variant(prefs) in chosen.not_for:
            return None  # "is whey ok?" with a milk allergy: the answer for the allergy, never the facet's yes
        return chosen

    def facet_for(self, question: str) -> Facet | None:
        """The facet a follow-up asks about, when it names one clearly enough."""
        best: tuple[Facet, float] | None = None
        for facet in self.facets:
            score = facet.scorer.score(question).score
            if score >= FACET_SCORE and (best is None or score > best[1]):
                best = (facet, score)
        return best[0] if best else None

    def to_json(self, prefs: DietPrefs | None = None, gentle: bool = False) -> dict[str, Any]:
        """The entry as the tool returns it."""
        answer: dict[str, Any] = {
            "topic": self.topic,
            "answer": self.render(prefs, gentle),
            "sources": [{"name": s.name, "year": s.year, "url": s.url} for s in self.sources_for(prefs)],
        }
        if self.why and not gentle:
            answer["why"] = self.why
        if self.facets:
            answer["more"] = {facet.id: facet.gentle if gentle else facet.answer for facet in self.facets}
        return answer


def entry(entry_id: Any) -> Entry | None:
    """The entry with this id, or None."""
    return next((e for e in load_entries() if e.id == entry_id), None)


@lru_cache(maxsize=1)
def load_entries() -> tuple[Entry, ...]:
    """The curated entries, read once per process."""
    text = resources.files("agenthost_ceres").joinpath("data/faq.json").read_text(encoding="utf-8")
    document = json.loads(text)
    sources = {key: Source(**value) for key, value in document["sources"].items()}
    return tuple(
        Entry(
            id=row["id"],
            topic=row["topic"],
            answer=row["answer"],
            gentle=row["gentle"],
            sources=tuple(sources[key] for key in row["sources"]),
            scorer=KeywordScorer(row["keywords"], max_gap=2),
            options=tuple((words, tuple(parts)) for words, parts in row.get("options", ())),
            joiner=row.get("joiner", "and"),
            instead_for=tuple(row.get("instead_for", {}).items()),
            instead_sources=tuple(
                (allergen, tuple(sources[key] for key in keys)) for allergen, keys in row.get("instead_sources", {}).items()
            ),
            why=row.get("why", ""),
            facets=tuple(
                Facet(
                    id=facet["id"],
                    scorer=KeywordScorer(facet["keywords"], max_gap=2),
                    answer=facet["answer"],
                    gentle=facet["gentle"],
                    example=facet.get("example", ""),
                    sources=tuple(sources[key] for key in facet.get("sources", ())),
                    not_for=tuple(facet.get("not_for", ())),
                    answers_main=bool(facet.get("answers_main", False)),
                    options=tuple((words, tuple(parts)) for words, parts in facet.get("options", ())),
                )
                for facet in row.get("facets", ())
            ),
            meal=row.get("meal"),
            warns_about=tuple(row.get("warns_about", ())),
        )
        for row in document["entries"]
    )


# A count of drinks a day ("5 cups a day", "3 cans of coke a day"), which is no "5 a day" of fruit and veg.
DRINKS_A_DAY = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|ten) ((?:cups?|mugs?|glasses|cans|bottles|shots|pints|coffees|teas|espressos|lattes)(?: of [a-z]+)?) a day\b")


@lru_cache(maxsize=1024)  # routing asks, the reply again, and people repeat themselves
def find(question: str) -> tuple[Entry, float] | None:
    """The entry that best answers `question`, and its score; None when none is close enough.
    Only the entries sharing a word with the question are scored (the others score 0), and
    the answer is kept for the questions asked lately: routing and the reply both ask."""
    best: tuple[Entry, float] | None = None
    entries, by_word = load_entries(), _entries_by_word()
    question = DRINKS_A_DAY.sub(r"\1 \2 daily", question)  # "I have like 5 cups a day": five coffees, not five-a-day
    tokens = stems(question)  # once: each entry's scorer reads the same stemmed words
    for position in sorted({position for word in tokens for position in by_word.get(word, ())}):
        entry = entries[position]
        score = entry.scorer.score_stems(tokens).score
        if score >= MIN_SCORE and (best is None or score > best[1]):
            best = (entry, score)
    return best


@cache
def words_of(ids: tuple[str, ...]) -> frozenset[str]:
    """Every stemmed word of the terms of the entries `ids`: a message with none of them can't be
    answered by those entries (`find` scores only the entries sharing a word with it)."""
    return frozenset(word for entry in load_entries() if entry.id in ids for word in entry.scorer.vocabulary)


@lru_cache(maxsize=1)
def _entries_by_word() -> dict[str, tuple[int, ...]]:
    """Each stemmed word of the entries' terms, and the entries (by position) that have it."""
    index: dict[str, list[int]] = {}
    for position, entry in enumerate(load_entries()):
        for word in entry.scorer.vocabulary:
            index.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in index.items()}


def fits(parts: tuple[str, ...], prefs: DietPrefs) -> bool:
    """True when none of an option's foods (or allergens) breaks `prefs`."""
    table = load_table()
    for part in parts:
        if part in ALLERGENS:
            if part in prefs.allergies or (part == "gluten" and prefs.gluten_free) or (part == "dairy" and prefs.lactose_free):
                return False
        elif not prefs.allows(table.get(part)):
            return False
    return True


def topics() -> list[str]:
    """Every topic, for "what can you tell me about?"."""
    return [entry.topic for entry in load_entries()]
