"""Allergies said in Spanish, German, French, Italian, Portuguese, Dutch or Polish ("soy alérgico al
sésamo", "mein Sohn hat eine Milchallergie", "je suis allergique aux arachides", "sono allergica
alle noci", "sou alérgico a amendoim", "ik ben allergisch voor pinda's"), read in English so the
allergy is saved like one said in English. Ceres answers in English.
"""

from __future__ import annotations

import re
import unicodedata

ALLERGENS = {
    "sesamo": "sesame", "sesam": "sesame", "sesame": "sesame",
    "cacahuetes": "peanuts", "cacahuete": "peanuts", "mani": "peanuts", "erdnusse": "peanuts", "erdnuss": "peanuts", "arachides": "peanuts",
    "arachide": "peanuts", "cacahuetes fr": "peanuts", "arachidi": "peanuts", "amendoim": "peanuts", "amendoins": "peanuts", "pindas": "peanuts", "pinda": "peanuts", "pinda's": "peanuts",
    "frutos secos": "tree nuts", "nueces": "nuts", "nusse": "nuts", "nuss": "nuts", "noix": "nuts", "fruits a coque": "tree nuts", "noci": "nuts",
    "frutta a guscio": "tree nuts", "nozes": "nuts", "noten": "nuts", "haselnusse": "hazelnuts", "noisettes": "hazelnuts", "nocciole": "hazelnuts",
    "leche": "milk", "lacteos": "dairy", "milch": "milk", "milchprodukte": "dairy", "lait": "milk", "produits laitiers": "dairy", "latte": "milk",
    "latticini": "dairy", "leite": "milk", "laticinios": "dairy", "melk": "milk", "zuivel": "dairy", "kuhmilch": "milk",
    "huhnerei": "eggs", "huhnereiweiss": "eggs", "huhnereier": "eggs", "huevo": "eggs", "huevos": "eggs", "ei": "eggs", "eier": "eggs", "oeufs": "eggs", "oeuf": "eggs", "uova": "eggs", "uovo": "eggs", "ovo": "eggs",
    "ovos": "eggs", "eieren": "eggs", "mariscos": "shellfish", "marisco": "shellfish", "meeresfruchte": "shellfish", "schalentiere": "shellfish",
    "krebstiere": "shellfish", "fruits de mer": "shellfish", "crustaces": "shellfish", "frutti di mare": "shellfish", "crostacei": "shellfish",
    "frutos do mar": "shellfish", "marisco pt": "shellfish", "schaaldieren": "shellfish", "gambas": "prawns", "garnelen": "prawns", "crevettes": "prawns",
    "gamberi": "prawns", "camaroes": "shellfish", "camarao": "shellfish", "garnalen": "prawns", "pescado": "fish", "fisch": "fish", "poisson": "fish", "pesce": "fish",
    "peixe": "fish", "vis": "fish", "gluten": "gluten", "trigo": "wheat", "weizen": "wheat", "ble": "wheat", "grano": "wheat", "frumento": "wheat",
    "tarwe": "wheat", "soja": "soy", "soia": "soy", "mostaza": "mustard", "senf": "mustard", "moutarde": "mustard", "senape": "mustard", "mostarda": "mustard",
    "mosterd": "mustard", "apio": "celery", "sellerie": "celery", "celeri": "celery", "sedano": "celery", "aipo": "celery", "selderij": "celery",
    "many": "peanuts",  # "maní" arrives from the host's typo repair as "many": after "alergia al" it is only ever the peanut
    "orzeszki ziemne": "peanuts", "orzeszki": "peanuts", "orzechy": "nuts", "orzechow": "nuts", "mleko": "milk", "jajka": "eggs", "jaja": "eggs", "jajek": "eggs", "milk": "milk", "mleka": "milk", "œufs": "eggs", "œuf": "eggs",
    "skorupiaki": "shellfish", "owoce morza": "shellfish", "ryby": "fish", "sezam": "sesame", "pszenice": "wheat",
    "kiwi": "kiwi", "fresas": "strawberries", "erdbeeren": "strawberries", "fraises": "strawberries", "fragole": "strawberries", "morangos": "strawberries",
}  # fmt: skip
_ALLERGEN = "(?P<item>" + "|".join(sorted((re.escape(k) for k in ALLERGENS), key=len, reverse=True)) + ")"
WHO = {
    "mi hijo": "my son", "mi hija": "my daughter", "mein sohn": "my son", "meine tochter": "my daughter", "mon fils": "my son", "ma fille": "my daughter",
    "mio figlio": "my son", "mia figlia": "my daughter", "meu filho": "my son", "minha filha": "my daughter", "mijn zoon": "my son", "mijn dochter": "my daughter",
}  # fmt: skip
_WHO = "(?P<who>" + "|".join(map(re.escape, WHO)) + ")"
_ARTICLES = r"(?:(?:a|al|a la|a los|a las|à|au|aux|a l'|a la|alle|ai|agli|al|allo|alla|ao|à|aos|as|voor|gegen|gegenüber|auf|de|del|d')\s*)?"
# "soy alérgica", "je suis allergique", "ich bin allergisch", "sono allergico", "sou alérgica", "ik ben allergisch", "jestem uczulona": the allergy said without its food
_SAYS_ALLERGIC = (
    r"(?:(?:yo )?soy|estoy|je suis|j'?suis|sono|sou|estou|(?:ik|i) ben|ich bin|jestem)\s+(?:muy |tres |très |molto |muito |erg |sehr |bardzo )?"
    r"(?:alergic[oa]?s?|allergique|allergic[oa]?|allergisch|uczulon[yaei])\b"
)
PATTERNS = (
    # "soy alérgico al sésamo", "je suis allergique aux arachides", "sono allergica alle noci", "sou alérgica a amendoim", "ik ben allergisch voor pinda's", "ich bin allergisch gegen Erdnüsse"
    re.compile(rf"\b(?:(?:yo )?soy|estoy|je suis|j'?suis|sono|sou|estou|ik ben|ich bin|ich reagiere allergisch auf)\s+(?:muy |tres |très |molto |muito |erg |sehr )?alergic[oa]?s?\s+{_ARTICLES}{_ALLERGEN}\b"),
    re.compile(rf"\b(?:(?:yo )?soy|je suis|sono|sou|ik ben|ich bin)\s+(?:muy |tres |très |molto |muito |erg |sehr )?(?:allergique|allergic[oa]?|allergisch)\s+{_ARTICLES}{_ALLERGEN}\b"),
    # "tengo alergia al maní", "j'ai une allergie aux noix", "ho un'allergia alle uova", "tenho alergia a ovo", "ik heb een allergie voor noten"
    re.compile(rf"\b(?:tengo|j'?ai|ho|tenho|ik heb|ich habe)\s+(?:una |une |un'|uma |een |eine )?(?:alergia|allergie|allergia)\s+{_ARTICLES}{_ALLERGEN}\b"),
    # "mein Sohn hat eine Milchallergie", "ich habe eine Nussallergie", "ik heb een notenallergie"
    re.compile(rf"\b(?:ich habe|ich hab|hat|ik heb|heeft)\s+(?:eine |een )?{_ALLERGEN}[- ]?allergie\b"),
    # Polish: "jestem uczulony na orzeszki ziemne", "mam alergię na orzechy"
    re.compile(rf"\b(?:jestem|jest)\s+(?:bardzo\s+)?uczulon[yaei]\s+na\s+{_ALLERGEN}\b"),
    re.compile(rf"\b(?:mam|ma)\s+(?:silna\s+)?alergi[eai]\s+na\s+{_ALLERGEN}\b"),
    # "sin huevo por favor, soy alérgica", "sans œufs, je suis allergique", "ohne Eier bitte, ich bin allergisch", "bez jajek, jestem uczulona"
    re.compile(rf"\b(?:sin|sans|ohne|senza|sem|zonder|bez)\s+{_ARTICLES}{_ALLERGEN}\b[^.?!]{{0,30}}?\b{_SAYS_ALLERGIC}"),
    # "soy alérgica, sin huevo por favor", "je suis allergique : pas d'œufs", "sono allergica, niente uova"
    re.compile(rf"{_SAYS_ALLERGIC}[^.?!]{{0,20}}?\b(?:sin|sans|pas d'|pas de|ohne|keine|kein|senza|niente|sem|nada de|zonder|geen|bez)\s*{_ARTICLES}{_ALLERGEN}\b"),
)
# "... al maní y a los mariscos", "... aux arachides et au sésame", "... gegen Erdnüsse und Sesam": more allergens after the first
_MORE = re.compile(rf"^\s*(?:,\s*(?:y|e|et|und|en|i|and|ed)?|\s(?:y|e|et|und|en|i|and|ed|oraz))\s+{_ARTICLES}{_ALLERGEN}\b")
THEIR = re.compile(rf"^\s*{_WHO}\s+(?:es|est|è|e|é|is|ist|tiene|a|ha|tem|heeft|hat)\b")


def in_english(text: str) -> str:
    """`text` with an allergy said in one of the six languages rewritten as "I'm allergic to X"
    (or "my son is allergic to X"); the text unchanged when it says none."""
    low = _plain(text)
    for pattern in PATTERNS:
        found = pattern.search(low)
        if found is None:
            continue
        named = [ALLERGENS[found.group("item")]]
        end = found.end()
        while (more := _MORE.match(low[end:])) is not None:
            named.append(ALLERGENS[more.group("item")])
            end += more.end()
        named = list(dict.fromkeys(named))
        allergen = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        whose = THEIR.search(low)
        person = f"{WHO[whose.group('who')]} is" if whose else "I'm"
        return f"{person} allergic to {allergen}"
    return text


def said_abroad(text: str) -> bool:
    """True when `text` says an allergy in one of the six languages."""
    return in_english(text) != text


def _plain(text: str) -> str:
    """Lower case, apostrophes straight, accents and umlauts off ("sésamo" -> "sesamo", "Nüsse" -> "nusse")."""
    low = text.lower().replace("’", "'")
    if low.isascii():
        return low  # no accent to take off
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
