"""The guard's number parsers: a daily intake ("500 calories a day", "a five hundred
calorie diet"), a rate of weight loss ("10 kg in a week", "a stone by Friday") and a goal
weight ("want to get down to 40kg").

Both read normalised text (`host.safety.text`), return the `Hit` each figure came from (so the
rules can ask who said it and whether it is negated) with the figure in kcal/day or kg/week,
and leave out what is not an intake or a loss: "burn 500 calories a day", "a 500 calorie
deficit", "500 calories for breakfast", "gain 10 kg".
"""

from __future__ import annotations

import re

from host.safety.lexicon import CALORIE_UNIT, LOSS_VERB
from host.safety.text import Hit, Text, words

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SMALL = "|".join(sorted((k for k in _UNITS if k not in ("a", "an")), key=len, reverse=True))
_TEN = "|".join(_TENS)
NUMBER = (
    rf"\d+(?:\.\d+)?(?: k)?|(?:{_SMALL}|a) hundred(?: and)?(?: (?:{_TEN}))?(?: (?:{_SMALL}))?|"
    rf"(?:{_TEN})(?: (?:{_SMALL}))?|{_SMALL}|a couple of|a few|half an?|half|an?"
)
_KG_PER = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0, "k": 1.0,
           "lb": 0.4536, "lbs": 0.4536, "pound": 0.4536, "pounds": 0.4536, "st": 6.35, "stone": 6.35, "stones": 6.35}
_WEEKS_PER = {"day": 1 / 7, "days": 1 / 7, "week": 1.0, "weeks": 1.0, "wk": 1.0, "wks": 1.0, "fortnight": 2.0,
              "month": 4.345, "months": 4.345, "weekend": 3 / 7, "tomorrow": 1 / 7, "tonight": 1 / 7}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MASS_UNIT = r"kgs?|kilos?|kilograms?|lbs?|pounds?|stones?|st"
_DURATION = r"days?|weeks?|wks?|fortnight|months?|weekend|tomorrow|tonight|" + "|".join(f"{day}s?" for day in _WEEKDAYS)  # "saturday's weigh in"
# Up to eight words or commas, within a sentence: "12 kilos before my sister's wedding, which
# is 10 days away".
_WITHIN = r"(?: (?:[a-z0-9]+|,)){0,8}?"
# A loss still to come, for a deadline ("lost 3 kg, the holiday is 4 days away" is no rate).
_LOSS_TO_COME = r"lose|losing|drop|dropping|shed|shedding|get rid of|take off|cut|slim down by"
_LOSS_AMOUNT = rf"(?:{_LOSS_TO_COME}) (?:[a-z]+ ){{0,3}}?(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT})"
_DAYS_AWAY = rf"(?P<count>{NUMBER}) (?P<duration>days?|weeks?|wks?|months?) (?:away|from now|to go|left|time|off)"
_LOSS_PATTERNS = (
    # the deadline after the loss, told as time away: "drop 12 kilos before the wedding, it's 10 days away"
    rf"{_LOSS_AMOUNT}{_WITHIN} (?:(?:in|within|only|just) )?{_DAYS_AWAY}",
    rf"{_LOSS_AMOUNT}{_WITHIN} (?:which is|thats|that is|its|it is|is) (?:in |only |just |only in |in only |in just )?(?P<count>{NUMBER}) (?P<duration>days?|weeks?|wks?)(?= (?:\.|,|\?|away|from now|time|to go|and|so|but)(?![a-z0-9])|$)",
    # the deadline first: "the wedding is in 10 days and I need to lose 12 kg", "I have 10 days to drop a stone"
    rf"(?:(?:in|within|only|just|have|got|ive got|i have|gives me|giving me) |^|(?<=[.,?] ))(?:only |just )?(?P<count>{NUMBER}) (?P<duration>days?|weeks?|wks?)(?! (?:a|per|each|every) (?:week|month|day)(?![a-z]))(?: (?:away|left|to go|from now|time))?{_WITHIN} "
    rf"(?:need to|needs to|want to|wanna|have to|has to|gotta|got to|must|going to|gonna|trying to|try to|hoping to|plan to|to|and) (?:[a-z]+ ){{0,2}}?(?:{_LOSS_TO_COME}) (?:[a-z]+ ){{0,3}}?(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT})",
    # no verb, a goal or the message's own words: "5 kilos in 4 days is what I need", "my target is 6 kg in a week"
    rf"(?:^|(?<=[.,?] )|(?:need|want|goal|target|aim|aiming|hoping|possible|realistic|doable|trying|is it possible to|can i|could i) (?:is |for |to (?:be |get |hit |do )?)?(?:[a-z]+ ){{0,2}}?)"
    rf"(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT})(?: off| down)? in (?:just |only |under |less than )?(?P<count>{NUMBER}) (?P<duration>days?|weeks?|wks?)",
    rf"(?:{LOSS_VERB}) (?:[a-z]+ ){{0,3}}?(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT})(?: of (?:weight|fat|body fat))?"
    rf"(?: [a-z0-9]+){{0,3}}? (?:in|within|by|over|before|inside|during|this|by the end of|before the end of|by end of) (?:the next |next |the |a |an |only |just |this |"
    rf"less than |under |about |around |like )?(?:(?P<count>{NUMBER}) )?(?P<duration>{_DURATION})",
    # a day named first: "the party is on Saturday and I need to lose 5 kilos" (at most a week away)
    rf"(?:on|by|this|next|until|till|before) (?:the )?(?P<duration>{'|'.join(_WEEKDAYS)}|tomorrow|weekend){_WITHIN} "
    rf"(?:need to|needs to|want to|wanna|have to|has to|gotta|got to|must|going to|gonna|trying to|hoping to|plan to) (?:[a-z]+ ){{0,2}}?(?:{_LOSS_TO_COME}) (?:[a-z]+ ){{0,3}}?(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT})",
    rf"(?P<amount>{NUMBER}) (?P<unit>{_MASS_UNIT}) (?:down|off|lighter|less|weight loss)(?: [a-z0-9]+){{0,2}}? "
    rf"(?:in|within|by|over|before) (?:the next |next |the |a |an |only |just |less than |under )?(?:(?P<count>{NUMBER}) )?(?P<duration>{_DURATION})",
)
_INTAKE = rf"(?P<amount>{NUMBER}) (?:(?P<thousand>k) )?(?:{CALORIE_UNIT})"
# An intake over several days: "300 calories in three days" is 100 a day.
_INTAKE_OVER_DAYS = rf"(?P<amount>{NUMBER}) (?:(?P<thousand>k) )?(?:{CALORIE_UNIT}) (?:in|over|across|in the (?:last|past)) (?P<count>{NUMBER}) days"
# A day's intake said without the unit, beside weight talk: "I've been on 500 a day and I'm still not losing".
_BARE_INTAKE = r"(?:on|eating|having|living on|surviving on|stick to|sticking to|only|just) (?:only |just |about |around |like )?(?P<amount>[2-9]\d\d|1[01]\d\d) (?:a day|per day|daily)(?! (?:of|steps|mg|ml|grams?|g|mins?|minutes|reps|skips|jumping|push ups|pushups|squats|burpees|sit ups|situps|crunches|metres|meters|m|burned|burnt|words))"
_WEIGHT_WORDS = r"los\w*|lose|lost|weight|diet\w*|deficit|scale|fat|calories|cals|kcal|eat|eating|food|hungry|skinny|thin"
_PER_DAY_AFTER = re.compile(
    r"^(?:a day|per day|daily|each day|every day|a d|day|diet|plan|meal plan|intake|per diem|max a day|"
    r"(?:or (?:less|under|fewer) )?(?:a|per) day|or less daily|for the (?:whole |entire )?day|in a day|all day|a day total|"
    # the guard's other languages: "400 calorias por dia", "500 Kalorien am Tag", "600 calorie al giorno"
    r"por dia|al dia|diarias|diarios|par jour|pro tag|am tag|taglich|al giorno|ogni giorno|per dag|dziennie|na dzien)(?![a-z])"
)
_PER_DAY_BEFORE = {"daily", "intake", "diet", "living", "live", "survive", "surviving"}
_TOTAL_AFTER = re.compile(r"^(?:total|in total|all in|all told|altogether|tops)(?![a-z])")
_DAY_OF_EATING = (
    r"(?:till|until|til|before) (?:dinner|tea|supper|the evening|evening|night|bedtime)|all day|the whole day|a day|per day|each day|every day|most days|"
    r"(?:dont|do not|barely|hardly|only) (?:really )?eat (?:anything )?(?:till|until|before|during|in the day|all day)|a meal a day|one meal"
)
# A ceiling set on a day's eating: "stick to 500 cals", "keep it under 600".
_LIMIT_PHRASES = {"stick to", "sticking to", "stay under", "staying under", "keep it under", "keep it to", "limit myself to",
                  "limiting myself to", "capped at", "cap it at", "allow myself", "allowing myself", "restricting to", "restrict to",
                  "restricting myself to", "living on", "surviving on", "get by on", "getting by on"}
_LIMITING = {"only", "just", "barely", "under", "max", "maximum", "than", "upto"}
_EATING = {"eat", "eating", "ate", "eaten", "consume", "consuming", "have", "having", "allow", "allowing", "limit",
           "limiting", "stay", "staying", "keep", "keeping", "restrict", "restricting", "living", "survive", "surviving", "on"}
# Words that make a calorie figure something other than a day's food.
_NOT_INTAKE_AFTER = {
    "less", "fewer", "deficit", "surplus", "more", "extra", "below", "under", "over", "above", "burn", "burned", "burnt",
    "burning", "breakfast", "lunch", "dinner", "supper", "snack", "snacks", "meal", "meals", "per", "bar", "bars", "drink",
    "shake", "workout", "run", "walk", "protein", "maintenance", "for", "in", "from", "on", "of", "at",
}
# A single food or meal named just before the figure ("a snack under 200 cals", "dessert for 150 kcal").
_ONE_FOOD = {"snack", "snacks", "breakfast", "lunch", "dinner", "meal", "bar", "bars", "shake", "smoothie", "recipe", "recipes", "dessert", "treat", "treats"}
_NOT_INTAKE_BEFORE = {
    "burn", "burns", "burned", "burnt", "burning", "deficit", "cut", "cutting", "reduce", "reducing", "minus", "drop",
    "lower", "surplus", "extra", "add", "adding", "gain", "bulk", "bulking", "maintenance", "tdee", "bmr", "above", "over",
}


def parse_number(text: str) -> float | None:
    """"500", "1.5", "1 k", "five hundred and fifty", "twenty two", "a", "a couple of", "half" -> a number."""
    text = text.strip()
    if not text:
        return None
    parts = text.split()
    if re.fullmatch(r"\d+(?:\.\d+)?", parts[0]):
        value = float(parts[0])
        return value * 1000 if parts[1:] == ["k"] else value
    if text.startswith("half"):
        return 0.5
    if text == "a couple of":
        return 2.0
    if text == "a few":
        return 3.0
    total = 0.0
    current = 0.0
    for word in parts:
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word in _TENS:
            current += _TENS[word]
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            return None
    return total + current


def daily_intakes(text: Text) -> list[tuple[Hit, float]]:
    """Each daily intake in kcal the text states ("eating 500 calories a day", "a 600 kcal diet")."""
    found: list[tuple[Hit, float]] = []
    if not text.has(CALORIE_UNIT):
        if text.has(_WEIGHT_WORDS):
            found = [(hit, float(hit.groups["amount"] or 0)) for hit in text.find(_BARE_INTAKE)]
        return found  # most messages name no calories: one short search instead of the intake pattern
    for hit in text.find(_INTAKE):
        amount = parse_number(hit.groups["amount"] or "")
        if amount is None:
            continue
        if hit.groups.get("thousand"):
            amount *= 1000
        after = text.text[hit.end :].strip()
        before = text.text[: hit.start].split()[-3:]
        if after.split()[:1] and after.split()[0] in _NOT_INTAKE_AFTER and not _PER_DAY_AFTER.match(after):
            continue
        if any(word in _NOT_INTAKE_BEFORE for word in before):
            continue
        # "dont really eat till dinner anymore, maybe 600 cals total": the day's total, said with the day's eating
        day_total = bool(_TOTAL_AFTER.match(after)) and text.has(_DAY_OF_EATING)
        leading = text.text[: hit.start].split()[-5:]
        if not day_total and any(word in _ONE_FOOD for word in leading) and not re.search(r"(?:a|per|each) day|daily", " ".join(leading)) and not _PER_DAY_AFTER.match(after):
            continue  # "what can I snack on for less than 200 cals": a snack's cap, not a day's food
        limited = any(word in _LIMITING for word in before) and any(w in _EATING for w in text.text[: hit.start].split()[-6:])
        limited = limited or " ".join(before[-2:]) in _LIMIT_PHRASES or " ".join(before[-3:]) in _LIMIT_PHRASES
        if _PER_DAY_AFTER.match(after) or any(word in _PER_DAY_BEFORE for word in before) or limited or day_total:
            if before[-1:] in (["under"], ["below"]) or before[-2:] == ["less", "than"]:
                amount -= 0.5  # "stay under 800 cals" is less than 800: a ceiling at the limit is below it
            found.append((hit, amount))
    for hit in text.find(_INTAKE_OVER_DAYS):
        amount, days = parse_number(hit.groups["amount"] or ""), parse_number(hit.groups["count"] or "")
        if amount is not None and days and days > 1:
            found.append((hit, amount * (1000 if hit.groups.get("thousand") else 1) / days))
    return found


# The guard's other languages (accents folded): small numbers, kilos, days to months, and losing weight.
_NUMBERS_L10N = {
    "un": 1, "une": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "een": 1, "jeden": 1, "jedna": 1, "jednego": 1,
    "dos": 2, "deux": 2, "zwei": 2, "due": 2, "dois": 2, "duas": 2, "twee": 2, "dwa": 2, "dwoch": 2,
    "tres": 3, "trois": 3, "drei": 3, "tre": 3, "drie": 3, "trzy": 3, "trzech": 3,
    "cuatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "quatro": 4, "cztery": 4, "czterech": 4,
    "cinco": 5, "cinq": 5, "funf": 5, "fuenf": 5, "cinque": 5, "vijf": 5, "piec": 5, "pieciu": 5,
    "seis": 6, "six": 6, "sechs": 6, "sei": 6, "zes": 6, "szesc": 6, "siete": 7, "sept": 7, "sieben": 7, "sette": 7, "sete": 7, "zeven": 7,
    "ocho": 8, "huit": 8, "acht": 8, "otto": 8, "oito": 8, "diez": 10, "dix": 10, "zehn": 10, "dieci": 10, "dez": 10, "tien": 10,
    "quince": 15, "quinze": 15, "funfzehn": 15, "quindici": 15, "vijftien": 15, "veinte": 20, "vingt": 20, "zwanzig": 20, "venti": 20, "vinte": 20, "twintig": 20,
}
_DURATION_WEEKS_L10N = {
    **dict.fromkeys("dia dias jour jours tag tage tagen giorno giorni dag dagen dzien dni".split(), 1 / 7),
    **dict.fromkeys("semana semanas semaine semaines woche wochen settimana settimane week weken tydzien tygodnie tygodni tygodniu".split(), 1.0),
    **dict.fromkeys("mes meses mois monat monate monaten mese mesi maand maanden miesiac miesiace miesiecy".split(), 4.345),
}
_NUMBER_L10N = rf"\d+(?:[.,]\d+)?|{'|'.join(_NUMBERS_L10N)}"
_LOSS_VERB_L10N = (
    r"perder|perdiendo|bajar|adelgazar|perdre|maigrir de|maigrir|abnehmen|abzunehmen|verlieren|runter|perdere|dimagrire|calare|"
    r"afvallen|verliezen|kwijt|kwijtraken|schudnac|zrzucic|stracic|emagrecer|perder|eliminar"
)
_IN_L10N = r"en|in|em|w|dans|innerhalb(?: von)?|entro|binnen|durante|para|pour|por|dentro de|nas proximas|nas|na|nel|nei|nelle|in den naechsten|in den nachsten"
_LOSS_L10N = (
    rf"(?:{_LOSS_VERB_L10N}) (?:[a-z]+ ){{0,2}}?(?P<amount>{_NUMBER_L10N}) ?(?P<unit>kilos?|kgs?|kilogram\w*|kilo)(?: [a-z]+){{0,4}}? "
    rf"(?:{_IN_L10N}) (?:(?:solo|seulement|nur|solo|so|apenas|alleen|tylko|moins de|menos de|weniger als|meno di|minder dan) )?(?:(?P<count>{_NUMBER_L10N}) )?(?P<duration>{'|'.join(_DURATION_WEEKS_L10N)})(?![a-z])|"
    # the time first: "in zwei Wochen 10 Kilo abnehmen", "en dos semanas perder 8 kilos"
    rf"(?:{_IN_L10N}) (?:(?P<count2>{_NUMBER_L10N}) )?(?P<duration2>{'|'.join(_DURATION_WEEKS_L10N)})(?: [a-z]+){{0,3}}? (?:(?:{_LOSS_VERB_L10N}) (?:[a-z]+ ){{0,2}}?)?"
    rf"(?P<amount2>{_NUMBER_L10N}) ?(?P<unit2>kilos?|kgs?|kilogram\w*|kilo) (?:[a-z]+ ){{0,2}}?(?:{_LOSS_VERB_L10N})|"
    # the verb after the kilos: "7 kilo afvallen in twee weken", "10 Kilo abnehmen in zwei Wochen"
    rf"(?P<amount3>{_NUMBER_L10N}) ?(?P<unit3>kilos?|kgs?|kilogram\w*|kilo) (?:[a-z]+ )?(?:{_LOSS_VERB_L10N})(?: [a-z]+){{0,3}}? "
    rf"(?:{_IN_L10N}) (?:(?P<count3>{_NUMBER_L10N}) )?(?P<duration3>{'|'.join(_DURATION_WEEKS_L10N)})(?![a-z])"
)

# What `daily_intakes` and `loss_rates` start from (the eating-disorder rule's triggers).
INTAKE_PATTERNS = (_INTAKE, _BARE_INTAKE, *_LOSS_PATTERNS, _LOSS_L10N)  # _INTAKE_OVER_DAYS starts with _INTAKE


def _number_l10n(word: str) -> float | None:
    """"10", "2,5", "zwei", "quinze" -> a number; None for anything else."""
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        return float(word.replace(",", "."))
    return _NUMBERS_L10N.get(word)


def language_of_loss(text: Text) -> bool:
    """A loss verb of the other languages is there (one short search before the long pattern)."""
    return text.has(_LOSS_VERB_L10N)


def loss_rates_l10n(text: Text) -> list[tuple[Hit, float]]:
    """Each rate of weight loss said in the guard's other languages, in kg a week ("perdre 10 kilos en deux
    semaines" -> 5; "quinze jours" is two weeks)."""
    found = []
    for match in words(_LOSS_L10N).finditer(text.text):
        groups = {k.rstrip("23"): v for k, v in match.groupdict().items() if v}
        amount = _number_l10n(groups["amount"])
        count = _number_l10n(groups["count"]) if "count" in groups else 1.0
        if amount is None or not count:
            continue
        found.append((Hit(match.start(), match.end(), match.group(0), groups), amount / (count * _DURATION_WEEKS_L10N[groups["duration"]])))
    return found


def loss_rates(text: Text) -> list[tuple[Hit, float]]:
    """Each rate of weight loss the text states, in kg a week ("lose 10 kg in a week" -> 10)."""
    found = loss_rates_l10n(text) if language_of_loss(text) else []
    if not text.has(_MASS_UNIT):
        return found  # no kilos, pounds or stones: none of the loss patterns can match
    for pattern in _LOSS_PATTERNS:
        for match in words(pattern).finditer(text.text):
            amount = parse_number(match.group("amount"))
            count = parse_number(match.group("count")) if match.groupdict().get("count") else 1.0
            if amount is None or count is None or count <= 0:
                continue
            kilograms = amount * _KG_PER[match.group("unit")]
            duration = match.group("duration")
            if duration.endswith("s") and duration[:-1] in _WEEKDAYS:
                duration = duration[:-1]
            weeks = 1.0 if duration in _WEEKDAYS else count * _WEEKS_PER[duration]  # a named day: at most a week away
            found.append((Hit(match.start(), match.end(), match.group(0), match.groupdict()), kilograms / weeks))
    return found


# A weight the user wants to reach: "want to get down to 40kg", "my goal is 85 lbs", "trying to hit 42 kilos".
_GOAL_WEIGHT = re.compile(
    r"(?<![a-z0-9])(?:get (?:down )?to|got to get to|down to|reach|hit|be|weigh|goal (?:is|weight is|weight of|of)|target (?:is|weight is|weight of|of)|aiming for|under|below)"
    r" (?:just |only |about |around |like )?(?P<amount>\d+(?:\.\d+)?) ?(?P<unit>kg|kgs|kilos?|kilograms?|lbs?|pounds)(?![a-z])"
)


# The first look for `goal_weights` (`host.safety.rules.TRIGGERS`): a number and a mass unit after a goal word.
GOAL_WEIGHT_TRIGGER = r"(?:to|reach|hit|be|weigh|is|of|for|under|below) (?:just |only |about |around |like )?\d+(?:\.\d+)? ?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds)|\d+(?:\.\d+)? ?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds)(?![a-z])(?: [a-z,]+){0,12}? (?:get (?:down )?to|down to|reach|aiming for|goal is|target is) \d+"


# A goal without its unit after a weight said with one: "i'm 45kg but still feel huge, want to get to 40".
_WEIGHT_WITH_UNIT = re.compile(r"(?<![a-z0-9.])\d+(?:\.\d+)? ?(?P<unit>kg|kgs|kilos?|kilograms?|lbs?|pounds)(?![a-z])")
_GOAL_BARE = re.compile(
    r"(?<![a-z0-9])(?:get (?:down )?to|got to get to|down to|reach|goal (?:is|weight is|weight of|of)|target (?:is|weight is|weight of|of)|aiming for)"
    r" (?:just |only |about |around |like )?(?P<amount>\d+(?:\.\d+)?)(?= \.| ,| \?| !| and| but| by| before|$)"
)


def goal_weights(text: Text) -> list[tuple[Hit, float]]:
    """Each goal weight the text states, in kg ("want to get down to 40kg" -> 40.0; "i'm 45kg, want to
    get to 40" -> 40.0 in the unit of the weight said)."""
    found = []
    for match in _GOAL_WEIGHT.finditer(text.text):
        kilograms = float(match.group("amount")) * _KG_PER[match.group("unit")]
        found.append((Hit(match.start(), match.end(), match.group(0), match.groupdict()), kilograms))
    if not found and (said := _WEIGHT_WITH_UNIT.search(text.text)) is not None:
        for match in _GOAL_BARE.finditer(text.text, said.end()):
            kilograms = float(match.group("amount")) * _KG_PER[said.group("unit")]
            found.append((Hit(match.start(), match.end(), match.group(0), {**match.groupdict(), "unit": said.group("unit")}), kilograms))
    return found
