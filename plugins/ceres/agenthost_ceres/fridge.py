"""Food that keeps without a fridge, asked in everyday words after meal ideas: "any that don't
need a fridge? I'm on a building site all day", "something I can keep in my bag", "that'll
survive in my car", "ones that don't need to be kept cold", something to eat on the bus or on the
go (the `no_fridge` wish of
`suggest_meals`)."""

from __future__ import annotations

import re

_PLACES = r"(?:bag|backpack|rucksack|car|van|truck|lorry|cab|pocket|locker|desk|drawer|glove ?box|tool ?box|lunch ?box|kit ?bag)"
KEEPS_WITHOUT_FRIDGE = re.compile(
    r"\b(?:no|without|don'?t have|do not have|haven'?t got|have not got|not got|there'?s no|there is no|no access to|nowhere to keep (?:it|them|food))\s+"
    r"(?:a |an |any |the |access to a )?(?:fridge|refrigerator|cool ?box|cooler)\b"
    r"|\b(?:don'?t|doesn'?t|do not|does not|won'?t|wont|will not|shouldn'?t) (?:need|have) (?:to be |to go in )?(?:kept |put |stored )?(?:in )?(?:cold|chilled|refrigerat\w*|a fridge|the fridge|fridge)\b"
    r"|\bfridge[- ]?free\b|\bno[- ]fridge\b|\bunrefrigerated\b|\bwithout refrigerat\w*"
    rf"|\b(?:survive|last|keep|keeps|stay good|be ok|be okay|be fine|leave|carry|chuck|stash|stick)\b(?: \w+){{0,3}} (?:in|on) (?:my|the|a|your) {_PLACES}\b"
    r"|\b(?:building site|construction site|on site all day|on the road all day|out on the road|on my feet all day|out all day|in the field all day)\b"
    # food eaten on the way: "something I can eat on the bus", "to have on my commute", "grab and go"
    r"|\b(?:eat|have|munch|snack on|grab|take|bring|nibble)\b(?: \w+){0,3} (?:on|in) (?:the|a|my) (?:bus|train|tube|metro|subway|tram|ferry|commute|way(?: to \w+)?|walk(?: to \w+)?|car|taxi|uber)\b"
    r"|\b(?:eat|have|munch|grab|take)\b(?: \w+){0,3} (?:on the (?:go|move|run)|while (?:walking|commuting|travelling|traveling|driving))\b"
    r"|\bportable\b|\bgrab[- ](?:and|n|&)[- ]go\b|\bon[- ]the[- ]go\b"
    # the same in the languages Ceres reads: "algo que pueda comer en el metro", "à manger dans le train", "unterwegs essen"
    r"|\b(?:comer|tomar|llevar|manger|mangiare|essen)\b(?: \w+){0,3} (?:en el|en la|dans le|dans la|en|no|na|in|im|in der) (?:metro|metr[oô]|bus|autob[uú]s|tren|trem|train|treno|tram|tranv[ií]a|[oô]nibus|camino|caminho|route|bahn|u-bahn|zug)\b"
    r"|\bunterwegs\b|\b(?:de|por el) camino\b|\bper strada\b|\bno caminho\b"
)


def keeps_without_fridge(low: str) -> bool:
    """True when `low` (a cleaned message) asks for food that keeps without a fridge."""
    return KEEPS_WITHOUT_FRIDGE.search(low) is not None
