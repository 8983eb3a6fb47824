"""Gluten-free swaps for the wheat staples of other kitchens: someone newly coeliac who "lives
on roti and paratha", pasta, injera or rye bread hears what takes their place, in their own
kitchen's foods, not only that wheat is out (Coeliac UK's food lists)."""

from __future__ import annotations

import re

from agenthost_ceres.diet import DietPrefs

# (the staples said, the gluten-free swaps). The swaps never name the wheat staple again: a
# reply that is checked for wheat foods should hold none.
SWAPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:rotis?|chapat+is?|phulkas?|parathas?|pooris?|puris?|naans?|atta|kulchas?|bhaturas?|indian bread)\b"),
        "dosa and idli (made from rice and urad dal), uttapam, poha (flattened rice), besan chilla (savoury gram crêpes), "
        "pongal, and flatbreads made from jowar (sorghum), bajra (pearl millet), ragi (finger millet) or makki (maize), "
        "bought labelled gluten-free",
    ),
    (
        re.compile(r"\b(?:pasta|spaghetti|penne|lasagne|lasagna|tagliatelle|fusilli|gnocchi|macaroni)\b"),
        "gluten-free pasta (made from rice, corn or lentils), risotto, polenta and potato dishes; no fresh pasta or "
        "gnocchi unless labelled gluten-free",
    ),
    (
        re.compile(r"\binjera\b|\bethiopian bread\b|\beritrean bread\b"),
        "injera labelled 100% teff (many are mixed with other grains, so ask), rice, potatoes, and the stews themselves "
        "when they aren't thickened",
    ),
    (
        re.compile(r"\b(?:bread|rye|sourdough|bagels?|toast|rolls?|buns?|pierogi|dumplings)\b"),
        "bread labelled gluten-free, buckwheat (kasha, naturally gluten-free), potatoes, rice cakes, corn tortillas and "
        "oats labelled gluten-free",
    ),
    (re.compile(r"\b(?:couscous|bulgur|bulgar|freekeh)\b"), "quinoa, rice, millet or buckwheat"),
    (re.compile(r"\b(?:udon|ramen|egg noodles|noodles)\b"), "rice noodles, glass noodles and soba labelled 100% buckwheat"),
    (re.compile(r"\b(?:flour tortillas?|wraps?|burritos?)\b"), "corn tortillas (check the label) or lettuce leaves"),
)


def gluten_free_swaps(message: str) -> str | None:
    """The swaps for the wheat staples `message` names, as one line, or None when it names none."""
    low = message.lower()
    found = [swap for pattern, swap in SWAPS if pattern.search(low)]
    if not found:
        return None
    return "Gluten-free swaps for your staples: " + "; ".join(found[:2]) + "."


def avoids_gluten(prefs: DietPrefs) -> bool:
    """True for a coeliac or gluten-free diet, and for a wheat allergy (saved as gluten)."""
    return prefs.gluten_free or "gluten" in prefs.allergies
