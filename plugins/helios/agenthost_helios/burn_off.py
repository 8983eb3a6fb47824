"""How long a run, walk or ride takes to burn off a treat ("HOW LONG SHUD I RUN 4 TO BURN OFF A BIG MAC",
"wat about walking"): the treat's calories, from its maker's published figures for the best-known ones,
over the Compendium's MET x kg x hours for the activity (a range from an easy to a hard pace). Said with
why exercise is a poor way to pay for food; with an eating-disorder flag the reply never gets here."""

from __future__ import annotations

import re

from attrs import frozen

from agenthost_helios import compendium, entries, parse


@frozen
class Treat:
    name: str
    kcal: int
    note: str = ""


# Published figures: McDonald's UK/US nutrition pages; Domino's; a standard chocolate bar, doughnut, pint or glass.
_TREATS: tuple[tuple[re.Pattern[str], Treat], ...] = tuple(
    (re.compile(pattern), treat)
    for pattern, treat in (
        (r"\bbig ?macs?\b", Treat("A Big Mac", 550, "about 490 kcal in the UK, 590 in the US")),
        (r"\b(quarter pounder|whopper)\b", Treat("A quarter-pound burger", 550, "about 520-660 kcal")),
        (r"\b(cheese ?burger|burger)s?\b", Treat("A burger", 500, "300 for a small one, 700+ for a big one")),
        (r"\b(large|big) (fries|chips)\b", Treat("A large fries", 450, "about 440-480 kcal")),
        (r"\b(fries|chips)\b", Treat("A portion of fries", 330, "about 220 small to 480 large")),
        (r"\b(slices? of pizza|pizza slices?)\b", Treat("A slice of pizza", 285, "about 250-350 kcal a slice")),
        (r"\bpizzas?\b", Treat("A whole pizza", 1600, "about 1,200-2,200 kcal, by size")),
        (r"\b(chocolate bar|bar of chocolate|mars bar|snickers|kit ?kat|chocolate)\b", Treat("A chocolate bar", 250, "about 200-300 kcal")),
        (r"\b(doughnut|donut)s?\b", Treat("A doughnut", 250, "about 200-350 kcal")),
        (r"\b(pint|beer|lager)s?\b", Treat("A pint of beer", 200, "about 180-250 kcal")),
        (r"\b(glass of wine|wine)\b", Treat("A glass of wine", 160, "a 175 ml glass, about 130-190 kcal")),
        (r"\b(can of (coke|cola)|coke|cola|fizzy drink|soda)\b", Treat("A can of cola", 140, "330 ml")),
        (r"\b(kebab)s?\b", Treat("A doner kebab", 900, "about 700-1,100 kcal")),
        (r"\b(ice cream)\b", Treat("A tub of ice cream", 250, "about 150-350 kcal for a small one")),
        (r"\b(cookie|biscuit)s?\b", Treat("A cookie", 200, "about 150-250 kcal for a big one")),
        (r"\b(cake|slice of cake|muffin|brownie)s?\b", Treat("A slice of cake", 350, "about 250-450 kcal")),
    )
)
_ASKS = re.compile(
    r"\b(?:burn|burning|work|working|run|running|walk|walking|cycle|cycling|swim|swimming|sweat|sweating|jog|jogging)"
    r" (?:it |that |this |them |those |these )?off\b|\bto burn (?:off )?(?:a|an|one|the|my|that|this)\b"
)
_KCAL = re.compile(r"\b(\d{2,4})\s*(?:kcal|cals?|calories)\b")
_RUN_WORDS = ("running", "walking", "cycling", "swimming")


def asks(message: str) -> bool:
    """True for "how long should I run to burn off a Big Mac?", "how far to walk off 500 calories?"; not for
    burning off body fat ("how long to burn off belly fat?")."""
    text = parse.prepare(message)
    return bool(_ASKS.search(text)) and not _BODY_FAT.search(text)


_BODY_FAT = re.compile(r"\boff (?:\w+ ){0,2}(?:fat|weight|belly|kilos?|pounds|kgs?|lbs|stone|love handles|tummy|gut)\b")


def treat_in(message: str) -> Treat | None:
    """The treat or the calories named, or None."""
    text = parse.prepare(message)
    if said := _KCAL.search(text):
        return Treat(f"{said[1]} kcal", int(said[1]))
    return next((treat for pattern, treat in _TREATS if pattern.search(text)), None)


def activity_in(message: str) -> compendium.Activity | None:
    """The activity named ("run", "walking"), or None."""
    found = entries.mentions(entries.canonical(message))
    return found[0].activity if found else None


def minutes_for(kcal: float, activity: compendium.Activity, weight: float) -> tuple[float, float, float]:
    """Minutes to burn `kcal` at an easy, a steady and a hard pace (MET x kg x hours)."""
    per_minute = {level: activity.entry_for(level).met * weight / 60 for level in ("low", "moderate", "high")}
    return kcal / per_minute["high"], kcal / per_minute["moderate"], kcal / per_minute["low"]


def _span(minutes: float) -> str:
    whole = round(minutes / 5) * 5 if minutes >= 20 else round(minutes)
    if whole < 90:
        return f"{whole} min"
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest:02d} min ({whole} min)" if rest else f"{hours} h ({whole} min)"


def answer(treat: Treat | None, activity: compendium.Activity | None, weight: float | None) -> str:
    """The time to burn `treat` off by `activity` (running when none), at `weight` (70 kg when unknown)."""
    activity = activity or compendium.by_id("running")
    kg = weight or compendium.DEFAULT_WEIGHT_KG
    doing = activity.name.lower()
    at = f"at your {kg:g} kg" if weight else f"for someone of {kg:g} kg"
    if treat is None:
        per_100 = minutes_for(100, activity, kg)[1]
        return (
            f"{activity.name} burns about {round(100 / per_100)} kcal a minute {at}, so roughly {round(per_100)} minutes "
            "for every 100 kcal. Ceres 🥗 can tell you what the food holds; then divide."
        )
    fast, steady, slow = minutes_for(treat.kcal, activity, kg)
    note = f" ({treat.note})" if treat.note else ""
    what = f"{treat.name} is about **{treat.kcal} kcal**{note}. " if not treat.name.endswith("kcal") else f"**{treat.kcal} kcal**: "
    lines = [
        f"{what}{activity.name} burns that off in about **{_span(steady)}** at a steady pace {at} "
        f"({_span(fast)} hard, {_span(slow)} easy), going by the Compendium of Physical Activities."
    ]
    others = [
        f"{name}: about {_span(minutes_for(treat.kcal, compendium.by_id(name), kg)[1])}"
        for name in _RUN_WORDS if name != activity.id
    ][:2]
    lines.append(f"For comparison, {', '.join(others).lower()}.")
    lines.append(
        "That's a lot of exercise for one treat, which is why exercise works better for fitness and for keeping "
        "weight off than as a way to pay for food: enjoy it now and then, and keep moving most days. 💪"
    )
    return "\n".join(lines)
