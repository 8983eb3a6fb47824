"""What a user eats and how fast their weight moves, said in one breath ("eating 2100 now and
losing 0.5 kg a week"): the figures maintenance is worked out from."""

from __future__ import annotations

import re

KCAL_PER_KG = 7700  # energy in 1 kg of body weight lost or gained: the usual rule of thumb (Hall 2008)
_RATE = r"(?P<amount>\d+(?:\.\d+)?|half a|a half|a quarter|a)\s*(?P<unit>kg|kgs|kilos?|kilograms?|lbs?|pounds?)\s*(?:a|per|each|every|/)\s*(?P<per>week|wk|month)"
_INTAKE = r"(?P<kcal>\d{1,2}[,.]?\d{3}|\d{3,4}|\d(?:\.\d)?k)\s*(?:k?cals?|calories|kcal)?"
# "what would maintenance be if I'm eating 2100 and losing 0.5 kg a week?": intake plus the deficit.
INTAKE_AND_RATE = (
    re.compile(rf"\b(?:eating|eat|on|having|at|consuming|averaging)\s+(?:about |around |roughly |like |~)?{_INTAKE}\b.{{0,60}}?\b(?P<dir>losing|lose|dropping|down|gaining|gain|putting on|up)\s+(?:about |around |roughly |like |~)?{_RATE}\b"),
    re.compile(rf"\b(?P<dir>losing|lose|dropping|down|gaining|gain|putting on|up)\s+(?:about |around |roughly |like |~)?{_RATE}\b.{{0,60}}?\b(?:eating|eat|on|having|at|consuming|averaging)\s+(?:about |around |roughly |like |~)?{_INTAKE}\b"),
)


def intake_and_rate(low: str) -> dict[str, float] | None:
    """{"kcal": 2100, "kg_per_week": -0.5} from "eating 2100 now and losing 0.5kg a week"."""
    for pattern in INTAKE_AND_RATE:
        found = pattern.search(low)
        if not found:
            continue
        said = found.group("kcal").lower().replace(",", "")
        kcal = float(said[:-1]) * 1000 if said.endswith("k") else float(said)
        amount = {"half a": 0.5, "a half": 0.5, "a quarter": 0.25, "a": 1.0}.get(found.group("amount")) or float(found.group("amount"))
        kilos = amount * (0.4536 if found.group("unit").startswith(("lb", "pound")) else 1.0)
        if found.group("per") == "month":
            kilos /= 4.35
        sign = -1.0 if found.group("dir") in ("losing", "lose", "dropping", "down") else 1.0
        if 800 <= kcal <= 6000 and 0 < kilos <= 2:
            return {"kcal": kcal, "kg_per_week": sign * kilos}
    return None
