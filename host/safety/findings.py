"""What the rules and the concepts share: a finding, the facts and limits they read, and how a
pattern's live (not negated, not excluded) hits are found. Its own module so that
`host.safety.rules` can use `host.safety.concepts` without either importing the other late."""

from __future__ import annotations

from functools import cache

from attrs import frozen

from host.safety.text import Hit, Text


@frozen
class Finding:
    """What one rule found. `reply` names the template (`host.safety.replies`) for an answer;
    `action="preface"` findings carry no reply and let the message route with a note."""

    category: str
    severity: str
    rule_id: str
    reply: str | None = None
    action: str = "answer"
    detail: str = ""
    region: str = ""  # the help lines' region when the message names one ("vivo en Madrid")
    language: str = ""  # the message's language when the reply has a version in it ("es", "fr", "de", "pt", "it")
    home: str = ""  # the region the message's words point to in that language ("passadeira" -> "PT", "esteira" -> "BR")
    opener: str = ""  # the plain answer to the question asked, said first ("No: no racing on Saturday, until ...")


@frozen
class Facts:
    """What the guard knows beyond the message: from the profile and the recent history."""

    pregnant: bool = False
    postpartum: bool = False  # a birth in the last weeks or months, said in the recent history
    asked_if_safe: bool = False  # the guard's last answer asked "Are you safe right now?"
    asked_about_thoughts: bool = False  # it asked "are you having thoughts of ending your life?"
    recent_self_harm: bool = False  # a self-harm answer within the last few turns


@frozen
class Limits:
    """Figures the rules compare against (`[safety]` settings)."""

    max_loss_kg_per_week: float = 2.0
    min_intake_kcal: float = 800.0
    min_goal_weight_kg: float = 40.0  # a teenager's is 5 kg more (`rules.YOUNG_GOAL_EXTRA_KG`)


@cache
def any_of(*patterns: str) -> str:
    """Patterns joined as alternatives, built once (a long key is hashed once, not per message)."""
    return "|".join(patterns)


def overlaps(hit: Hit, others: list[Hit]) -> bool:
    return any(other.start < hit.end and hit.start < other.end for other in others)


def live_hits(text: Text, pattern: str, *, unless: str | None = None, negatable: bool = True) -> list[Hit]:
    """Hits of `pattern` that are not negated and not part of an `unless` phrase."""
    exclusions = text.find(unless) if unless else []
    return [h for h in text.find(pattern) if not (negatable and text.negated(h)) and not overlaps(h, exclusions)]
