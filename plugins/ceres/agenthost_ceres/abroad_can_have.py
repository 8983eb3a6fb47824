"""Whether a food is all right, asked in Spanish, French, German, Portuguese, Italian or Dutch,
read as the English question, so a saved allergy or diet is checked like one asked in English:

    "Ist Mayo im Kartoffelsalat okay?"                -> "is mayo in potato salad ok?"
    "Und Pfannkuchen ohne Ei, geht das?"             -> "can i have pancakes without egg?"
    "Et un burger ce soir au fast-food, ça passe ?"  -> "can i have a burger tonight at a fast food place?"
    "¿Puedo comer tortitas?"                         -> "can i have pancakes?"

Only the question's food words are translated (`abroad_words.FOODS` and its small words); a
message that asks nothing of the kind is returned unchanged. Matched on plain text (accents off).
"""

from __future__ import annotations

import re

from host.text import per_turn

from agenthost_ceres.abroad_meals import _foods, plain

# Each language's "is X ok?" / "can I have X?" / "X, is that ok?", with the food as `food`.
_OK = r"(?:ok(?:ay|e|ey)?|in ordnung|erlaubt|sicher|bien|bon|bueno|buena|seguro|segura|sur|sure|va bene|goed|veilig|tranquilo|de boa)"
ASKS: dict[str, tuple[re.Pattern[str], ...]] = {
    "de": (
        re.compile(rf"^(?:und |aber )?(?:ist|sind|waren|ware) (?P<food>.+?) (?:denn |auch |fur mich |dann )?{_OK}$"),
        re.compile(r"^(?:und |aber )?(?:kann|darf|konnte|durfte) ich (?:auch |denn |dann |noch )?(?P<food>.+?) (?:essen|haben|nehmen|trinken)$"),
        re.compile(r"^(?:und |aber )?(?P<food>.+?),? (?:geht das|gehen die|geht (?:es|sowas|so was)|ist das (?:ok(?:ay)?|in ordnung|erlaubt)|darf ich das|kann ich das (?:essen|haben))$"),
    ),
    "fr": (
        re.compile(r"^(?:et |mais )?(?:est-ce que |est ce que )?(?:je peux|je pourrais|puis-je|puis je|on peut|j'?peux) (?:manger|prendre|avoir|me faire) (?P<food>.+)$"),
        re.compile(r"^(?:et |mais )?(?P<food>.+?),? (?:ca|cela) (?:passe|va|irait|ira|marche)(?: pour moi)?$"),
        re.compile(r"^(?:et |mais )?(?P<food>.+?),? (?:c'?est|est-ce) (?:ok|bon|possible|autorise|sans danger)(?: pour moi)?$"),
    ),
    "es": (
        re.compile(r"^(?:y |pero )?(?:puedo|podria|se puede) (?:comer|tomar|pedir) (?P<food>.+)$"),
        re.compile(rf"^(?:y |pero )?(?:es|son|esta|estan) (?P<food>.+?) (?:para mi )?{_OK}$"),
        re.compile(r"^(?:y |pero )?(?P<food>.+?),? (?:vale|esta bien|se puede|lo puedo comer|puedo)$"),
    ),
    "it": (
        re.compile(r"^(?:e |ma )?(?:posso|potrei|si puo) (?:mangiare|prendere|avere) (?P<food>.+)$"),
        re.compile(r"^(?:e |ma )?(?P<food>.+?),? (?:va bene|e ok|e sicur[oa]|si puo|lo posso mangiare|posso)$"),
    ),
    "nl": (
        # typo repair hands "Mag ik mayonaise eten?" over as "May I mayonaise eat?": Dutch word order still
        re.compile(r"^(?:en |maar )?(?:mag|kan|may) (?:ik|i) (?:ook |wel )?(?!have |get |grab |still |really |just |please )(?P<food>.+?) (?:eten|eat|hebben|nemen)$"),
        # "zijn", or "is" with a Dutch word for ok: the English "is whey ok?" is read as it is
        re.compile(r"^(?:en |maar )?(?:is|zijn) (?P<food>.+?) (?:wel )?(?:oke|goed|veilig)$"),
        re.compile(rf"^(?:en |maar )?zijn (?P<food>.+?) (?:wel )?{_OK}$"),
        re.compile(r"^(?:en |maar )?(?P<food>.+?),? (?:kan dat|mag dat|is dat ok(?:e|ay)?)$"),
    ),
    "pt": (
        re.compile(r"^(?:e |mas )?(?:posso|poderia|da para) (?:comer|tomar|pedir) (?P<food>.+)$"),
        re.compile(r"^(?:e |mas )?(?P<food>.+?),? (?:pode|tudo bem|esta bem|posso|da)$"),
    ),
}
# Where and when, said beside the food: kept in English ("au fast-food" is the place the warning is about).
_PLACES = (
    (r"\b(?:au|du|dans un|en) fast[- ]?food\b|\bim fast[- ]?food\b|\bbeim (?:burgerladen|imbiss)\b|\ben (?:un )?(?:sitio de )?comida rapida\b|\bal fast[- ]?food\b|\bno fast[- ]?food\b", " at a fast food place "),
    (r"\b(?:ce soir|heute abend|esta noche|stasera|vanavond|hoje a noite|hoje)\b", " tonight "),
    (r"\b(?:demain|morgen|manana|domani|amanha)\b", " tomorrow "),
    (r"\b(?:im|in der|in den|dans le|dans la|dans les|en el|en la|nel|nella|nei|in het|in de|no|na)\b", " in "),
)
# A language's words that show the question is in it (besides its pattern).
_SURE = re.compile(r"\b(?:may|son|esta|zijn|is|ist|sind|kann|darf|ca|cela|je|puedo|podria|posso|potrei|mag|kan|pode|geht|passe|vale|est-ce)\b")


@per_turn  # the meal reader, the floor and the reply ask it of the same message
def in_english(text: str) -> str:
    """ "can i have X?" (or "is X ok?") for such a question in one of the six languages; else `text`."""
    low = plain(text).replace("œ", "oe").replace("ç", "c").strip()
    question = re.sub(r"[\s?!.]+$", "", low)
    question = re.sub(r"\s+", " ", re.sub(r"\b(?:pour moi|fur mich|para mi|per me|voor mij|pra mim|para mim)\b", " ", question)).strip(" ,")
    if not _SURE.search(question) or len(question.split()) > 14:
        return text
    for language, patterns in ASKS.items():
        for pattern in patterns:
            found = pattern.match(question)
            if found is None:
                continue
            food = found.group("food")
            for where, english in _PLACES:
                food = re.sub(where, english, food)
            food = _foods(food, language)
            food = re.sub(r"\s+", " ", food).strip(" ,")
            if not food or not re.search(r"[a-z]{3}", food) or food == question:
                continue
            if re.match(r"(?:in|tonight|tomorrow)\b", food) or not _names_food(food):
                continue
            return f"can i have {food}?"
    return text


def _names_food(words: str) -> bool:
    """Whether the food table knows a food in `words` ("je suis fatigue" names none)."""
    from agenthost_ceres.foods import load_table  # imported late: the table loads once, on first use
    from agenthost_ceres.parser import parse_meal

    return bool(parse_meal(words, load_table()).items)
