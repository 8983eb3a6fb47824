"""Every part of a two-part everyday question: "creatine: do I need a loading phase or just 5g a
day? and does it make you bloated" is loading *and* bloating, "how much fibre a day, and does it
make you bloated?" the daily figure *and* the bloating, "how much water a day? I train outside in
Dubai" the litres *and* the heat.

The question is cut into its clauses (at question marks, full stops, and an "and"/"also" that
starts a new question); each clause asks one of the entry's facets, or the entry's own answer
when it names the topic without a facet. The answer gives each part once, in the order asked.
"""

from __future__ import annotations

import re

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.knowledge import MIN_SCORE, Entry, Source

MAIN = ""  # the entry's own answer, as a part
CLAUSES = re.compile(
    r"[?.;!]+\s*|:\s+"
    r"|,?\s+\b(?:and|also|plus|but|oh and)\s+(?=(?:does|do|is|are|will|would|can|could|should|how|what|when|which|why|won'?t|isn'?t|doesn'?t)\b)"
    r"|,\s*(?:and\s+)?(?:also\s+)?(?=(?:does|do|is|are|will|would|can|could|should|how|what|when|which|why|won'?t|isn'?t|doesn'?t)\b)"
    r"|\s+also\s+"
)
MIN_WORDS = 2  # "yes or no" is no part of its own


def parts_asked(entry: Entry, low: str) -> list[str]:
    """The parts of `entry` a message asks, in order (facet ids, `MAIN` for the entry's own
    answer); empty when it asks only one."""
    parts: list[str] = []
    for clause in (c.strip() for c in CLAUSES.split(low)):
        if len(clause.split()) < MIN_WORDS:
            continue
        facet = entry.facet_for(clause)
        if facet is not None:
            part = facet.id
        elif entry.scorer.score(clause).score >= MIN_SCORE:
            part = MAIN
        else:
            continue
        if part not in parts:
            parts.append(part)
    if MAIN in parts and any(f.answers_main for f in entry.facets if f.id in parts):
        parts.remove(MAIN)  # "how many litres a day in the heat?": the heat's answer gives the litres too
    return parts if len(parts) > 1 else []


def render_parts(entry: Entry, parts: list[str], prefs: DietPrefs, gentle: bool) -> tuple[str, tuple[Source, ...]]:
    """The answer to each part, joined, and the sources of them all (each once)."""
    texts: list[str] = []
    sources: list[Source] = []
    for part in parts:
        facet = part or None
        texts.append(entry.render(prefs, gentle=gentle, facet=facet))
        sources += [source for source in entry.sources_for(prefs, facet) if source not in sources]
    return "\n\n".join(texts), tuple(sources)
