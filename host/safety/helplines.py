"""Help lines by region: the built-in table (`helplines.toml`), overridden by
`[safety.helplines.<REGION>.<line>]`, and the pick for one user.

A region is an ISO country code (`GB`, `US`, ...) or one of its aliases (`UK`), or `INTL`, the
universal fallback every other region borrows missing lines from.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from importlib import resources
from typing import Any

from attrs import frozen

from host.config import HelplineEntry

FALLBACK = "INTL"
STALE_AFTER_DAYS = 365


@frozen
class Lines:
    """The help lines a reply names, each as shown to the user (None when the region has none)."""

    region: str
    emergency: str
    crisis: str
    urgent: str | None = None
    text: str | None = None
    eating_disorder: str | None = None
    youth: str | None = None  # a line for children and young people (Childline, Kids Helpline)


@frozen
class Region:
    code: str
    name: str
    aliases: tuple[str, ...]
    lines: Mapping[str, HelplineEntry]
    places: tuple[str, ...] = ()


class Helplines:
    """Every region's lines; `for_region` picks one, falling back line by line to `INTL`."""

    def __init__(self, regions: dict[str, Region]) -> None:
        if FALLBACK not in regions or not {"emergency", "crisis"} <= set(regions[FALLBACK].lines):
            raise ValueError(f"the help lines need an {FALLBACK} region with 'emergency' and 'crisis'")
        self.regions = regions
        self._codes = {alias: region.code for region in regions.values() for alias in (region.code, *region.aliases)}

    @classmethod
    def load(cls, overrides: Mapping[str, Mapping[str, HelplineEntry]] | None = None) -> Helplines:
        """The built-in table with `overrides` (region -> line -> entry) laid over it."""
        raw: dict[str, Any] = tomllib.loads(resources.files("host.safety").joinpath("helplines.toml").read_text("utf-8"))
        regions: dict[str, Region] = {}
        for code, table in raw.items():
            lines = {
                kind: HelplineEntry(text=entry["text"], verified=entry["verified"], source=entry.get("source", ""))
                for kind, entry in table.items()
                if isinstance(entry, dict)
            }
            regions[code] = Region(code, table.get("name", code), tuple(table.get("aliases", ())), lines, tuple(table.get("places", ())))
        for code, lines in (overrides or {}).items():
            known = regions.get(code) or Region(code, code, (), {})
            regions[code] = Region(known.code, known.name, known.aliases, {**known.lines, **lines}, known.places)
        return cls(regions)

    def named_in(self, normalised: str) -> str | None:
        """The region whose country or city `normalised` text names ("vivo en madrid" -> "ES"), if one."""
        padded = f" {normalised} "
        for region in self.regions.values():
            if any(f" {place} " in padded for place in region.places):
                return region.code
        return None

    def code(self, region: str | None) -> str | None:
        """The table's code for `region` (an ISO code or alias, any case), or None if unknown."""
        return self._codes.get((region or "").strip().upper())

    def for_region(self, region: str | None) -> Lines:
        """The lines for `region`; unknown regions get the universal ones."""
        code = self.code(region) or FALLBACK
        chosen = {**self.regions[FALLBACK].lines, **self.regions[code].lines} if code != FALLBACK else dict(self.regions[FALLBACK].lines)
        if code != FALLBACK and "crisis" not in self.regions[code].lines:
            chosen["crisis"] = self.regions[FALLBACK].lines["crisis"]
        return Lines(
            region=code,
            emergency=chosen["emergency"].text,
            crisis=chosen["crisis"].text,
            urgent=chosen["urgent"].text if "urgent" in chosen else None,
            text=chosen["text"].text if "text" in chosen else None,
            eating_disorder=chosen["eating_disorder"].text if "eating_disorder" in chosen else None,
            youth=chosen["youth"].text if "youth" in chosen else None,
        )

    def stale(self, today: date) -> list[str]:
        """Lines not verified for more than `STALE_AFTER_DAYS` days, as `REGION line (date)`."""
        return [
            f"{code} {kind} (verified {entry.verified.isoformat()})"
            for code, region in sorted(self.regions.items())
            for kind, entry in sorted(region.lines.items())
            if (today - entry.verified).days > STALE_AFTER_DAYS
        ]
