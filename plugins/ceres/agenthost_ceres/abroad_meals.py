"""A meal told, or a food or needs question asked, in Spanish, French, German, Portuguese,
Italian, Dutch or Polish ("hoy he desayunado tostadas con tomate y un café con leche", "ich habe
heute Mittag eine Pizza gegessen", "quantas calorias tem uma banana?", "ile białka potrzebuję
dziennie?"), read as the English message ("for breakfast today I had toast with tomato and a
coffee with milk"), so it is routed, logged and answered like one said in English. Ceres answers
in English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from host.text import per_turn

from agenthost_ceres.abroad_words import DAYS, EATEN, FOODS, MEALS, SANDWICH, SMALL

if TYPE_CHECKING:
    from host.safety.prefilter import PrefilterSet

# Words each language uses and English does not: two of them (or one and a meal verb) name it.
MARKS: dict[str, str] = {
    "es": r"he|hoy|ayer|anoche|con|una|un|me|y|mediodia|desayun\w+|comi|comido|tome|tomado|bebi|bebido|cene|cenado|almorce|almorzado|para|leche|pollo|huevos?|pan|tostadas?",
    "fr": r"j'?ai|ce midi|ce matin|ce soir|hier|aujourd'?hui|avec|une|un|au|et|mange|pris|bu|des|du|petit[- ]dejeuner|dejeuner|diner",
    "de": r"ich|habe|hab|hatte|gegessen|getrunken|heute|gestern|mit|und|eine|einen|zum|fruhstuck|mittag|abend|abendessen|mittagessen",
    "pt": r"comi|almocei|jantei|tomei|bebi|lanchei|hoje|ontem|com|uma|um|cafe da manha|almoco|jantar|pao|frango|feijao",
    "it": r"ho|mangiato|preso|bevuto|pranzato|cenato|colazione|pranzo|oggi|ieri|stamattina|stasera|con|una|di|del",
    "nl": r"ik|heb|had ik|had i|gegeten|gedronken|vandaag|gisteren|gisteravond|vanochtend|een|met|en|als|ontbijt|avondeten",
    "pl": r"zjadl\w*|jadl\w*|wypil\w*|puszk\w*|butelk\w*|szklank\w*|na|sniadanie|obiad|kolacj\w*|dzis|dzisiaj|wczoraj|z|ze|na breakfast|na lunch|na dinner|ate",  # "zjadłem" reaches us as "ate"
}
# Nothing eaten, or not eaten ("ik heb vandaag niks gegeten", "no he comido nada"): no meal to read.
NOT_EATEN: dict[str, str] = {
    "es": r"no|nada|nunca", "fr": r"rien|pas|jamais|n'?ai", "de": r"nichts|nicht|keine?n?|kaum", "pt": r"nao|nada|nunca",
    "it": r"non|niente|nulla|mai", "nl": r"niks|niets|geen|niet|nauwelijks|amper|barely", "pl": r"nie|nic",
}
# Questions, each language's way of asking: "how many calories in X", "how much protein in X",
# "how much protein (or how many calories) do I need". Typo repair gives us "ile" and "hoeveel" as
# "how much", so the verb after the nutrient is what says the language.
ASKED: tuple[tuple[str, str, str], ...] = (
    ("es", r"cuant[ao]s? (?:proteinas?|calorias) (?:necesito|debo comer|tengo que comer)\w*", "{what} do i need a day"),
    ("pt", r"quant[ao]s? (?:proteinas?|calorias) (?:eu )?(?:preciso|devo comer)\w*", "{what} do i need a day"),
    ("fr", r"combien de (?:proteines|calories) (?:me faut-il|il me faut|dois-je manger|par jour)\w*", "{what} do i need a day"),
    ("it", r"quant[ei] (?:proteine|calorie) (?:mi servono|devo mangiare|al giorno)\w*", "{what} do i need a day"),
    ("de", r"wie ?viele? (?:eiweiss|protein|kalorien) (?:brauche ich|soll ich essen)\w*", "{what} do i need a day"),
    ("nl", r"(?:hoeveel|how much) (?:eiwit(?:ten)?|calorie[e]?n|calories|protein|kcal) (?:heb (?:ik|i) nodig|moet (?:ik|i) eten)\w*", "{what} do i need a day"),
    ("pl", r"(?:ile|how much) (?:bialka|kalorii|protein|calories) (?:potrzebuje|powinienem jesc|powinnam jesc)\w*", "{what} do i need a day"),
    ("es", r"cuant[ao]s? (?:proteinas?|calorias) (?:tiene[n]?|hay en|lleva[n]?)\s+(?P<food>.+)", "{what} in {food}"),
    ("pt", r"quant[ao]s? (?:proteinas?|calorias) (?:tem|tem em|ha em|possui)\s+(?P<food>.+)", "{what} in {food}"),
    ("fr", r"combien (?:de |d')(?:proteines|calories) (?:dans|days|y a-t-il dans|y a t il dans|contient|a|fait)\s+(?P<food>.+)", "{what} in {food}"),  # "dans" reaches us as "days" (typo repair)
    ("it", r"quant[ei] (?:proteine|calorie) (?:ha|hanno|ci sono in|ci sono nel|ci sono nella|contiene)\s+(?P<food>.+)", "{what} in {food}"),
    ("de", r"wie ?viele? (?:eiweiss|protein|kalorien) (?:hat|haben|sind in|stecken in|enthalt)\s+(?P<food>.+)", "{what} in {food}"),
    ("nl", r"(?:hoeveel|how much) (?:eiwit(?:ten)?|calorie[e]?n|calories|protein|kcal) (?:zit(?:ten)? er in|heeft|hebben)\s+(?P<food>.+)", "{what} in {food}"),
    ("pl", r"(?:ile|how much) (?:bialka|kalorii|protein|calories) (?:ma|maja|jest w)\s+(?P<food>.+)", "{what} in {food}"),
)
# One's own log asked: "¿qué comí ayer?", "quante calorie ho mangiato oggi?", "was habe ich heute gegessen?".
LOG_ASKED: dict[str, str] = {
    "es": r"(?:que|lo que|cuant[ao]s? (?:calorias|proteinas?)) (?:he |hemos )?(?:comido|comi|tomado|tome|llevo)",
    "pt": r"(?:o que|que|quant[ao]s? (?:calorias|proteinas?)) (?:eu )?(?:ja )?(?:comi|comemos|tenho comido|tomei)",
    "fr": r"(?:qu'?est-ce que|qu'?est ce que|qu'|combien de (?:calories|proteines)) ?(?:j'?ai|ai-je|ai je) (?:mange|pris)",
    "de": r"(?:was|wie ?viele? (?:kalorien|eiweiss|protein)) (?:habe|hab|hatte) ich (?:\w+ )?(?:gegessen|getrunken)",
    "it": r"(?:cosa|che cosa|quant[ei] (?:calorie|proteine)) (?:ho|abbiamo) (?:mangiato|preso)",
    "nl": r"(?:wat|(?:hoeveel|how much) (?:calorie[e]?n|calories|eiwit(?:ten)?|protein)) (?:heb|had) (?:ik|i) (?:\w+ )?(?:gegeten|gedronken|binnen)",
    "pl": r"(?:co|(?:ile|how much) (?:kalorii|bialka|calories|protein)) (?:\w+ )?(?:zjadl(?:em|am)|jadl(?:em|am)|ate)",
}
CALORIE_WORD = re.compile(r"\b(?:calori\w*|kalori\w*|kcal)\b")
# Any of a language's meal words: one look instead of one a meal.
_MEAL_WORDS = {language: "|".join(pattern for pattern, _ in meals) for language, meals in MEALS.items()}
_ANY_EATING = "|".join(f"{EATEN[language]}|{_MEAL_WORDS[language]}" for language in MARKS)
# Each language's day words ("gestern Abend", "ayer", "hier soir").
_DAY_WORDS = {language: "|".join(pattern for pattern, _ in days) for language, days in DAYS.items()}  # with "yesterday" for "gestern": typo repair may have made it English
_ANY_DAY = "|".join(_DAY_WORDS.values())
_ASKED = tuple(re.compile(rf"\b{pattern}") for _, pattern, _ in ASKED)
ENGLISH_SUBJECT = re.compile(r"\b(?:i|we) (?:ate|had|have had|drank)\b")
PROTEIN_WORD = re.compile(r"\b(?:protein\w*|eiweiss|eiwit\w*|bialka)\b")


def plain(text: str) -> str:
    """Lower case, apostrophes straight, accents and umlauts off, "ł" as "l", "ß" as "ss", and
    the question and exclamation marks of Spanish gone."""
    low = text.lower().replace("’", "'").replace("ł", "l").replace("ß", "ss")
    if low.isascii():
        return low  # nothing to take off
    low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return re.sub(r"[¿¡]", "", low)


@per_turn  # routing reads the message, and the reply again
def in_english(text: str) -> str:
    """`text` as English when it tells a meal, or asks a food's calories or protein or one's
    daily needs, in one of the seven languages; else `text` unchanged."""
    low = plain(text)
    asked = _asked(low)
    if asked is not None:
        return asked
    from agenthost_ceres import abroad_can_have  # imported late: it reads this module's food words

    if (can_have := abroad_can_have.in_english(text)) != text:
        return can_have  # "Ist Mayo im Kartoffelsalat okay?": the allergy and diet checks of "can i have mayonnaise in potato salad?"
    if (command := _taken_back(low)) is not None:
        return command  # "enlève le pain au chocolat, c'était hier": "remove the pain au chocolat, it was yesterday"
    language = _language(low)
    if language is None or _words_of(NOT_EATEN[language]).search(low):
        return text
    told = _told(low, language)
    from agenthost_ceres.foods import load_table  # imported late: the table loads once, on first use
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(told, load_table())
    if not _words_of(_ANY_EATING).search(low) and parsed.unrecognised:
        return text  # told by its day alone ("und gestern Abend noch zwei Brezeln"): only when every word is a food's
    return told if parsed.items else text  # "ich habe heute 10 km gelaufen": no food, no meal


# A food asked after the last one, in another language: "¿y una manzana?", "et une pomme ?", "und ein Apfel?"
AND_ANOTHER = re.compile(r"^\s*[¿]?\s*(?P<and>y|et|und|e|en)\s+(?P<food>[^?!.]{2,40}?)\s*[?!.]*\s*$")
AND_LANGUAGES = {"y": ("es",), "et": ("fr",), "und": ("de",), "e": ("it", "pt"), "en": ("nl",)}  # not Polish "i": it is also the English "I"


def and_another(text: str) -> str | None:
    """ "and an apple?" for "¿y una manzana?": a food named alone after "and" in one of the languages."""
    from agenthost_ceres.foods import load_table  # imported late: the table loads once, on first use
    from agenthost_ceres.parser import parse_meal

    found = AND_ANOTHER.match(plain(text))
    if found is None:
        return None
    for language in AND_LANGUAGES[found.group("and")]:
        foods = _foods(f" {found.group('food')} ", language).strip()
        if foods != found.group("food").strip() and (parsed := parse_meal(foods, load_table())).items and not parsed.unrecognised:
            return f"and {foods}?"
    return None


# A logged food taken back, or put on another day, in one of the languages: "enlève le pain au
# chocolat, c'était hier", "quita la cerveza", "lösch die Brezeln, das war gestern".
TAKEN_BACK: dict[str, tuple[str, str, str]] = {
    # (the verb that takes it back, "it was", "actually")
    "fr": (r"enleve|enlever|retire|retirer|supprime|supprimer|efface|effacer|annule|annuler", r"c'?etait|c'?est|ca etait", r"en fait|en vrai|finalement"),
    "es": (r"quita(?:me|lo|la)?|quitar|borra(?:me|lo|la)?|borrar|elimina(?:r)?|saca(?:me)?", r"(?:eso |esto )?(?:era|fue)", r"en realidad|de hecho"),
    "de": (r"entferne|entfernen|losch(?:e|en)?|streich(?:e|en)?", r"(?:das |es )?war", r"eigentlich|doch"),
    "it": (r"togli|togliere|elimina(?:re)?|cancella(?:re)?|rimuovi|rimuovere", r"(?:e stato|era)", r"in realta|veramente"),
    "pt": (r"tira(?:r)?|apaga(?:r)?|exclui(?:r)?", r"(?:isso )?(?:foi|era)", r"na verdade|afinal"),
    "nl": (r"verwijder(?:en)?|schrap(?:pen)?", r"(?:dat |het )?was", r"eigenlijk|toch"),
    "pl": (r"usun(?:ac)?|skasuj", r"to (?:bylo|byla|byl)", r"wlasciwie|w sumie"),
}


def _taken_back(low: str) -> str | None:
    """The English of a take-back said in one of the languages, or None."""
    for language, (verb, was, actually) in TAKEN_BACK.items():
        found = re.match(rf"^\s*(?:{verb})\b\s*(?P<rest>.*)$", low)
        if found is None:
            continue
        rest = found.group("rest")
        for pattern, english in DAYS[language]:
            rest = _words_of(pattern).sub(english, rest)
        rest = _words_of(was).sub(" it was ", rest)
        rest = _words_of(actually).sub(" actually ", rest)
        foods = _foods(rest, language).strip(" ,.!?-")
        if not re.search(r"[a-z]", foods) or re.fullmatch(r"(?:le|la|les|lo|es|das|het|to)", foods):
            return "remove it"  # "enlève-le", "bórralo": the last thing logged
        return f"remove the {foods}".replace("remove the it was", "remove it, it was").replace(" it was", ", it was").replace(",,", ",")
    return None


def said_abroad(text: str) -> bool:
    """True when `text` is a meal or a food question in one of the seven languages."""
    return in_english(text) != text


def _asked(low: str) -> str | None:
    """The English of a calories or protein question, or None."""
    question = low.strip(" ?!.")
    possible = _asked_look().could_match(question)
    if possible is not None and not possible:
        return None  # no pattern below can match (RE2's look, exact on ASCII): eight Python scans spared
    for (language, _, english), asked in zip(ASKED, _ASKED, strict=True):
        found = asked.search(question)
        if found is None:
            continue
        what = "how much protein" if PROTEIN_WORD.search(found.group(0)) else "how many calories"
        food = _foods(found.group("food"), language).strip() if "food" in found.groupdict() else ""
        return english.format(what=what, food=food) + "?"
    for language, pattern in LOG_ASKED.items():
        if _words_of(pattern).search(question):
            day = next((english for pattern, english in DAYS[language] if _words_of(pattern).search(question)), "today")
            day = "yesterday" if day == "last night" else "today" if day.startswith("this") else day
            if PROTEIN_WORD.search(question):
                return f"how much protein have i had {day}?"
            if CALORIE_WORD.search(question):
                return f"how many calories have i had {day}?"
            return f"what did i eat {day}?"
    return None


@lru_cache(maxsize=None)
def _asked_look() -> PrefilterSet:
    """ASKED's and LOG_ASKED's patterns in one RE2 set (`host.safety.prefilter`): one linear scan
    of a message says whether any of them could match it; most messages ask neither, and the
    separate searches cost 20-25 us a message."""
    from host.safety.prefilter import PrefilterSet  # on first use: host.safety imports the router

    return PrefilterSet([*_ASKED, *(_words_of(pattern) for pattern in LOG_ASKED.values())])


def _language(low: str) -> str | None:
    """The language a meal is told in: the one with most of its own words, when it has two of
    them and an eating verb or a meal word."""
    by_day = not _words_of(_ANY_EATING).search(low)
    if by_day and not _words_of(_ANY_DAY).search(low):
        return None  # no language's eating verb, meal word or day word: none is the meal's
    best, best_marks = None, 1
    for language, marks in MARKS.items():
        if language == "pl" and ENGLISH_SUBJECT.search(low):
            continue  # "I ate ...": English, whatever "na" or "z" it has (a Polish "zjadłem" comes to us as a bare "ate")
        if by_day and not _words_of(_DAY_WORDS[language]).search(low):
            continue  # "und gestern Abend noch zwei Brezeln": its day word stands in for the verb
        if not by_day and not (_words_of(EATEN[language]).search(low) or _words_of(_MEAL_WORDS[language]).search(low)):
            continue  # its marks count only beside an eating verb or a meal word
        found = {m.group(0) for m in _words_of(marks).finditer(low)}
        if len(found) > best_marks:
            best, best_marks = language, len(found)
    return best


def _told(low: str, language: str) -> str:
    """The English of a meal told in `language`: when, then "I had", then the foods."""
    day = meal = None
    for pattern, english in DAYS[language]:
        if (found := _words_of(pattern).search(low)) is not None:
            day, low = english, low[: found.start()] + " " + low[found.end():]
            break
    for pattern, english in MEALS[language]:
        if (found := _words_of(pattern).search(low)) is not None:
            meal, low = english, low[: found.start()] + " " + low[found.end():]
            break
    low = _words_of(EATEN[language]).sub(" ", low)
    foods = re.sub(r"^(?:and|with)\s+", "", _foods(low, language))  # "und gestern Abend noch ...": the "and" leads the message, not a food
    if not re.search(r"[a-z]", foods):
        return low
    when = " ".join(part for part in (f"for {meal}" if meal else "", day or "") if part)
    return f"{when} I had {foods}".strip() if when else f"I had {foods}"


def _foods(part: str, language: str) -> str:
    """The food words of `part` in English, in one pass (an English word is never read again)."""
    sandwich = re.search(rf"\b{SANDWICH[language]}(?P<fill>[^,]+?)(?=,| y | e | et | und | en | i |$)", part)
    if sandwich is not None:
        filling = _words(sandwich.group("fill"), language)
        part = part[: sandwich.start()] + f" {{{filling} sandwich}} " + part[sandwich.end():]
    if language in ("fr", "it"):
        part = re.sub(r"\b(un|l|d|dell|all|nell|sull|qu)'(?=\w)", r"\1' ", part)  # "un'insalata", "l'eau": the article a word of its own
    text = _words(part, language)
    text = re.sub(r"[{}]", "", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,.")


def _words(part: str, language: str) -> str:
    """`part` with each of the language's words in English; a word in braces stays as it is."""
    pattern, english = _table(language)

    def swap(found: re.Match[str]) -> str:
        return found.group(0) if found.group(0).startswith("{") else english[found.lastgroup or ""]

    return pattern.sub(swap, part)


@lru_cache(maxsize=None)
def _words_of(pattern: str) -> re.Pattern[str]:
    """`pattern` as whole words, compiled once (the tables' patterns are read on every message)."""
    return re.compile(rf"\b(?:{pattern})\b")


@lru_cache(maxsize=None)
def _table(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every food and small word of `language`, and each alternative's English."""
    english: dict[str, str] = {}
    alternatives = [r"\{[^}]*\}"]
    for n, (pattern, words) in enumerate((*FOODS[language], *SMALL[language])):
        english[f"w{n}"] = words
        alternatives.append(rf"\b(?P<w{n}>{pattern})(?![\w'])")
    return re.compile("|".join(alternatives)), english
