"""Diets, allergies and requests for meal ideas said in Spanish, French, German, Portuguese,
Italian, Dutch or Polish, read as the English message so that they are saved, routed and
answered like it (Ceres answers in English):

    "Tenho alergia à proteína do leite de vaca. Que lanche posso comer depois do treino?"
    -> "I'm allergic to milk. snack ideas for after training?"
    "Ich vertrage keine Milch. Was kann ich zum Frühstück essen?"
    -> "I'm lactose intolerant. breakfast ideas?"
    "E para o jantar?" -> "and for dinner?"

An allergy is read with its qualifiers ("the protein of cow's milk", "Kuhmilchprotein"), its
person ("mi hijo es alérgico a ..."), several allergens in one list, intolerances ("ich vertrage
keine ...", "intolérant au lactose") and coeliac disease ("sou celíaco", "ik heb coeliakie").
The words are matched as the host's typo repair hands them over too ("Sono allergica" arrives
as "Soon allergic", "Ik ben" as "I ben", "dîner" as "doner", "obiad" as "lunch").

Each sentence of the message is read on its own; a sentence that says nothing of these stays
as it was, and a message with none of them is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from host.text import per_turn

from agenthost_ceres.abroad_meals import plain

# Allergens as each language names them (plain text: accents off, "ł" as "l"), and the English
# word the diet statements read. Longer names are tried first.
ALLERGENS: dict[str, str] = {
    # milk, with the qualifiers people add: "the protein of cow's milk" is a milk allergy
    "leche de vaca": "milk", "leite de vaca": "milk", "lait de vache": "milk", "latte vaccino": "milk", "latte di mucca": "milk",
    "mleko krowie": "milk", "mleka krowiego": "milk", "kuhmilch": "milk", "koemelk": "milk", "kuhmilchprotein": "milk",
    "kuhmilcheiweiss": "milk", "milcheiweiss": "milk", "koemelkeiwit": "milk", "melkeiwit": "milk",
    "leche": "milk", "leite": "milk", "lait": "milk", "latte": "milk", "milch": "milk", "melk": "milk", "mleko": "milk", "mleka": "milk",
    "lacteos": "dairy", "laticinios": "dairy", "produits laitiers": "dairy", "latticini": "dairy", "milchprodukte": "dairy", "zuivel": "dairy",
    "nabial": "dairy", "nabialu": "dairy", "milk": "milk", "dairy": "dairy",
    "huevos": "eggs", "huevo": "eggs", "ovos": "eggs", "ovo": "eggs", "oeufs": "eggs", "oeuf": "eggs", "uova": "eggs", "uovo": "eggs",
    "eiern": "eggs", "eier": "eggs", "ei": "eggs", "eieren": "eggs", "jajka": "eggs", "jajko": "eggs", "jaja": "eggs", "jajek": "eggs", "eggs": "eggs",
    "cacahuetes": "peanuts", "cacahuete": "peanuts", "cacahuates": "peanuts", "mani": "peanuts", "amendoins": "peanuts", "amendoim": "peanuts",
    "arachides": "peanuts", "arachide": "peanuts", "arachidi": "peanuts", "erdnussen": "peanuts", "erdnusse": "peanuts", "erdnuss": "peanuts",
    "pinda's": "peanuts", "pindas": "peanuts", "pinda": "peanuts", "orzeszki ziemne": "peanuts", "orzeszkow ziemnych": "peanuts",
    "orzeszki arachidowe": "peanuts", "peanuts": "peanuts",
    "frutos secos": "tree nuts", "frutos de casca rija": "tree nuts", "fruits a coque": "tree nuts", "frutta a guscio": "tree nuts",
    "nueces": "nuts", "nozes": "nuts", "noix": "nuts", "noci": "nuts", "nussen": "nuts", "nusse": "nuts", "nuss": "nuts", "noten": "nuts", "note": "nuts",
    "orzechy": "nuts", "orzechow": "nuts", "orzechy laskowe": "hazelnuts", "avellanas": "hazelnuts", "avelas": "hazelnuts", "noisettes": "hazelnuts",
    "nocciole": "hazelnuts", "haselnusse": "hazelnuts", "hazelnoten": "hazelnuts", "almendras": "almonds", "amendoas": "almonds",
    "amandes": "almonds", "mandorle": "almonds", "mandeln": "almonds", "amandelen": "almonds", "migdaly": "almonds", "nuts": "nuts",
    "castanhas de caju": "tree nuts", "castanha de caju": "tree nuts", "castanhas": "tree nuts", "castanha": "tree nuts", "caju": "tree nuts",
    "anacardos": "tree nuts", "pistachos": "tree nuts", "noix de cajou": "tree nuts", "pistaches": "tree nuts", "anacardi": "tree nuts",
    "pistacchi": "tree nuts", "cashewnusse": "tree nuts", "cashews": "tree nuts", "pistazien": "tree nuts", "walnusse": "tree nuts",
    "cashewnoten": "tree nuts", "walnoten": "tree nuts", "pistachenoten": "tree nuts", "orzechy nerkowca": "tree nuts", "pistacje": "tree nuts",
    "orzechy wloskie": "tree nuts", "tree nuts": "tree nuts",
    "pescado": "fish", "peixe": "fish", "poissons": "fish", "poisson": "fish", "pesce": "fish", "fisch": "fish", "vis": "fish",
    "ryby": "fish", "ryb": "fish", "fish": "fish",
    "mariscos": "shellfish", "marisco": "shellfish", "frutos do mar": "shellfish", "fruits de mer": "shellfish", "crustaces": "shellfish",
    "frutti di mare": "shellfish", "crostacei": "shellfish", "meeresfruchte": "shellfish", "meeresfruchten": "shellfish",
    "schalentiere": "shellfish", "schalentieren": "shellfish", "krebstiere": "shellfish", "schaaldieren": "shellfish", "zeevruchten": "shellfish",
    "skorupiaki": "shellfish", "skorupiakow": "shellfish", "owoce morza": "shellfish", "owocow morza": "shellfish", "shellfish": "shellfish",
    "gambas": "prawns", "camarones": "prawns", "camaroes": "prawns", "crevettes": "prawns", "gamberi": "prawns", "gamberetti": "prawns",
    "garnelen": "prawns", "garnalen": "prawns", "krewetki": "prawns", "krewetek": "prawns",
    "soja": "soy", "soia": "soy", "soi": "soy", "soy": "soy",
    "trigo": "wheat", "ble": "wheat", "grano": "wheat", "frumento": "wheat", "weizen": "wheat", "tarwe": "wheat", "pszenica": "wheat",
    "pszenicy": "wheat", "pszenice": "wheat", "wheat": "wheat",
    "gluten": "gluten", "glutine": "gluten", "glutenu": "gluten",
    "sesamo": "sesame", "sesame": "sesame", "sesam": "sesame", "sezam": "sesame", "sezamu": "sesame",
}  # fmt: skip
# "la proteína de la leche", "protéines du lait", "Eiweiß der Milch", "białko mleka": the milk itself.
MILK_PROTEIN = re.compile(
    r"\b(?:(?:las? |os? |as |les? |la |il |le |de |het |die |das |der )?(?:proteinas?|proteines?|proteine|proteina|protein|eiweiss|eiwit|bialk[oa]|bialek|caseinas?|caseines?|kaseina)\s+"
    r"(?:de la |de los |del |do |da |dos |de |du |des |della |dello |del |di |van de |van |der |aus |z |w )?)(?=(?:leche|leite|lait|latte|milch|melk|mleka|mleko|milk)\b)"
)
_ARTICLE = r"(?:(?:a|al|a la|a las|a los|a l'|au|aux|ao|aos|as|os|o|alle|ai|agli|allo|alla|all'|al|voor|gegen|gegenuber|auf|op|de|del|de la|du|des|d'|na|to|the|la|le|les|el|los|il|lo|gli|i|der|die|das|den|het|on|for)\s*)*"
_ITEM = "(?:" + "|".join(sorted((re.escape(k) for k in ALLERGENS), key=len, reverse=True)) + ")"
_AND = r"(?:\s*,\s*|\s+(?:y|e|et|und|en|i|oraz|ed|and|&|ou|o|oder|of|lub|albo|or|ni|nor|noch)\s+|\s*/\s*)"
LIST = rf"(?P<items>{_ARTICLE}{_ITEM}(?:{_AND}{_ARTICLE}{_ITEM})*)\b"
ITEM = re.compile(rf"\b{_ITEM}\b")

# Who has it: the user ("I'm") unless a child or partner is named first.
WHO: dict[str, str] = {
    "mi hijo": "my son", "mi hija": "my daughter", "mi nino": "my son", "mi nina": "my daughter", "mein sohn": "my son", "meine tochter": "my daughter",
    "mein kind": "my son", "mon fils": "my son", "ma fille": "my daughter", "mon enfant": "my son", "mio figlio": "my son", "mia figlia": "my daughter",
    "il mio bambino": "my son", "meu filho": "my son", "minha filha": "my daughter", "mijn zoon": "my son", "mijn dochter": "my daughter",
    "mijn kind": "my son", "moj syn": "my son", "moja corka": "my daughter", "moje dziecko": "my son", "my son": "my son", "my daughter": "my daughter",
}  # fmt: skip
_WHO = re.compile(r"\b(?P<who>" + "|".join(map(re.escape, WHO)) + r")\b")

ALLERGIC = r"(?:alergic\w*|allergic\w*|allergique\w*|allergisch\w*|uczulon\w*)"
ALLERGY = r"(?:alergias?|allergies?|allergia|alergie|alergi[ae]|uczuleni[ea])"
STATEMENTS = (
    # "sou alérgico à proteína do leite", "je suis allergique aux arachides", "jestem uczulony na jajka"
    re.compile(rf"\b{ALLERGIC}\s+{LIST}"),
    # "tenho alergia a ovo", "j'ai une allergie aux noix", "mam alergię na orzeszki", "alergia al marisco y al pescado"
    re.compile(rf"\b{ALLERGY}\s+{LIST}"),
)
# "Milchallergie", "Weizen-Allergie", "notenallergie", "pinda-allergie": the allergen before the word.
COMPOUND = re.compile(rf"\b(?P<items>{_ITEM}(?:{_AND}{_ITEM})*)[- ]?allergie\b")
COMPOUND_PARTS = {"huhnerei": "eggs", "huhnereiweiss": "eggs", "huhnereier": "eggs", "huehnerei": "eggs", "hennenei": "eggs", "kippenei": "eggs",
                  "sesam": "sesame", "soja": "soy", "senf": "mustard", "sellerie": "celery", "nuss": "nuts", "erdnuss": "peanuts", "haselnuss": "hazelnuts", "eier": "eggs", "ei": "eggs", "fisch": "fish", "vis": "fish",
                  "schalentier": "shellfish", "krebstier": "shellfish", "noten": "nuts", "pinda": "peanuts", "weizen": "wheat", "tarwe": "wheat"}  # fmt: skip
COMPOUND_WORD = re.compile(r"\b(?P<part>" + "|".join(sorted(COMPOUND_PARTS, key=len, reverse=True)) + r")[- ]?allergie\b")

LACTOSE = r"(?:lactosa|lactose|lattosio|laktose|laktozy|laktoza|lactose)"
INTOLERANT = (
    # "intolerante a la lactosa", "intolérant au lactose", "intolleranza al lattosio", "nietolerancja laktozy"
    re.compile(rf"\b(?:intol+eran\w*|nietolerancj\w*)\s+{_ARTICLE}{LACTOSE}\b"),
    re.compile(rf"\b(?:{LACTOSE})[- ]?(?:intol+eran\w*)\b"),  # "Laktoseintoleranz", "lactose-intolerant"
    # "ich vertrage keine Milch", "no tolero la leche", "je ne digère pas le lait", "ik kan niet tegen melk"
    re.compile(
        rf"\b(?:vertrag(?:e|t|en)? (?:kein\w*|nicht)|no tolero|no tolera|nao tolero|nao tolera|ne (?:tolere|digere|supporte) pas|non tollero|non tollera|non digerisco|(?:kan|can) (?:niet|nite|geen) tegen|nie toleruje)\s+"
        rf"{_ARTICLE}(?:{LACTOSE}|leche|leite|lait|latte|milch|milchprodukte|melk|zuivel|mleka|nabialu|lacteos|laticinios|latticini|produits laitiers)\b"
    ),
)
GLUTEN_INTOLERANT = re.compile(
    rf"\b(?:intol+eran\w*|nietolerancj\w*|sensibili\w*|sensible|empfindlich\w*|gevoelig\w*)\s+{_ARTICLE}(?:gluten|glutine|glutenu)\b"
    r"|\b(?:gluten|glutine)[- ]?(?:intoleran\w*|unvertraglich\w*)\b"
    rf"|\b(?:vertrag(?:e|t|en)? (?:kein\w*|nicht)|no tolero|no tolera|nao tolero|nao tolera|ne (?:tolere|digere|supporte) pas|non tollero|non tollera|(?:kan|can) (?:niet|nite|geen) tegen|nie toleruje)\s+{_ARTICLE}(?:gluten|glutine|glutenu|weizen|trigo|ble|tarwe)\b"
)
COELIAC = re.compile(
    r"\b(?:celiac[oa]s?|celiacas?|coeliaques?|celiaques?|zoliakie|coeliakie|celiakie|celiaki[ae]?|celiakiem|celiaczk\w*|celiachia|celiaquia|"
    r"doenca celiaca|enfermedad celiaca|maladie coeliaque|celiac|coeliac)\b"
)
VEGAN = re.compile(r"\b(?:soy|sou|sono|soon|je suis|ich bin|ik ben|i ben|jestem|estoy|somos|siamo|wir sind|we zijn|nous sommes)\s+(?:\w+\s+)?(?:vegan[oa]s?|vegane?s?|veganer\w*|veganist\w*|vegetalien\w*|wegan\w*|vegan)\b")
VEGETARIAN = re.compile(
    r"\b(?:soy|sou|sono|soon|je suis|ich bin|ik ben|i ben|jestem|estoy|somos|siamo|wir sind|we zijn|nous sommes)\s+(?:\w+\s+)?"
    r"(?:vegetarian[oa]s?|vegetarien\w*|vegetarier\w*|wegetarian\w*|vegetarisch|vegetarian)\b"
)
NEGATED = re.compile(r"\b(?:no|nao|non|pas|nicht|kein\w*|niet|geen|nie)\s+(?:\w+\s+){0,1}$")

# Meals asked for, each as (pattern, English).
MEAL_WORDS: tuple[tuple[str, str], ...] = (
    (r"cafe da manha|pequeno[- ]almoco|petit[- ]dejeuner|desayun\w*|fruhstuck\w*|colazione|ontbijt\w*|sniadani\w*|breakfast|brunch", "breakfast"),
    (r"almuerzo|almorzar|almoco|almocar|dejeuner|mittagessen|mittag|pranzo|pranzare|middageten|lunchen|obiad\w*|lunch", "lunch"),
    (r"cena|cenar|ceno|cenamos|jantar|janta|janto|diner|doner|abendessen|abendbrot|heute abend|today abend|avondeten|avondmaal|kolacj\w*|dinner|supper|stasera|ce soir", "dinner"),
    (r"merienda|tentempie|picoteo|lanches?|lanchar|gouter|collation|en-cas|zwischenmahlzeit|spuntino|merenda|tussendoortje|przekask\w*|snackideen|snacks?", "snack"),
)
# A request for something to eat: "que lanche posso comer", "ideas para cenar", "was kann ich essen", "co na obiad".
REQUEST = re.compile(
    r"\b\w+(?:ideen|vorschlage|rezepte|ideeen|suggesties)\b|"  # German and Dutch compounds: "Frühstücksideen", "ontbijtideeen"
    r"\b(?:je mange quoi|on mange quoi|je mange quoi ce soir|que como|que ceno|cosa mangio|o que como|wat eet ik|was esse ich|"
    r"ideas|ideias|idees?|ideen|idee|ideeen|pomysl\w*|sugerencias?|sugestoes|sugestao|suggestions?|vorschlage?|vorschlag|suggerimenti|suggesties|"
    r"propozycj\w*|recomiend\w*|recomend\w*|conseill\w*|empfiehl\w*|consigli\w*|raad|polec\w*|recetas|receitas|recettes|rezepte?|ricette|recepten|przepisy|"
    r"puedo|podria|puede|posso|pode|poderia|peux|peut|pourrais|puis|kann|konnte|darf|soll|sollte|kan|mag|moet|moge|moze|mozna|powinienem|powinnam|dovrei|devo|debo|deberia|devrais|can|should|"
    # what to pack: "cosa le metto nel pranzo al sacco", "¿qué le pongo en la fiambrera?", "que mettre dans sa boîte à lunch"
    r"metto|mettere|preparo|preparare|pongo|poner|meto|mets|mettre|ponho|coloco|mitgeben|einpacken|packen|meegeven|doe ik|spakowac|zapakowac|"
    r"que (?:ceno|cenamos|desayuno|almuerzo|meriendo|como)|o que (?:janto|jantamos|almoco|como|lancho)|qu'est-ce que je mange|que manger|cosa mangio|cosa mangiare|was esse ich|wat eet ik|co zjesc|co na|what)\b"
)
EAT_VERB = re.compile(r"\b(?:comer|manger|mangiare|essen|eten|eet|esse|mange|mangio|zjesc|jesc|eat|dar|geben|donner|dare|geven|dac|desayunar|cenar|almorzar|merendar|jantar|almocar|lanchar|ontbijten|lunchen)\b")
AFTER_TRAINING = re.compile(
    r"\b(?:despues de(?:l)? (?:entren\w*|gimnasio|gym|correr)|depois do (?:treino|ginasio|academia)|apres (?:l'|la |le )?(?:entrainement|seance|sport|gym)|"
    r"nach dem (?:training|sport|gym)|dopo (?:l'|la |il )?(?:allenamento|palestra)|na (?:de |het )?(?:training|sporten|gym)|po treningu|after (?:training|the gym|my workout))\b"
)
# A session said anywhere in the message ("hab heute beim Training alles gegeben", "séance de cross training").
TRAINED = re.compile(r"\b(?:training|trainiert|entrainement|entraine|seance|entreno|entrenamiento|entrene|allenamento|allenato|treino|treinei|sportschool|trening\w*|palestra|academia|workout)\b")
QUICK = re.compile(r"\b(?:rapid[oa]s?|rapide|schnell\w*|veloc\w*|snel\w*|szybk\w*|facil|facile|einfach\w*|makkelijk\w*|latw\w*|quick)\b")
# A lunch packed for school or work: "pranzo al sacco", "fiambrera", "boîte à lunch", "Brotdose", "lancheira", "broodtrommel".
PACKED = re.compile(
    r"\b(?:pranzo al sacco|al sacco|schiscetta|lonchera|fiambrera|tupper|boite a lunch|lunchbox|brotdose|pausenbrot|lancheira|marmita|broodtrommel|"
    r"drugie sniadanie|per la scuola|para (?:el|la) (?:colegio|escuela)|pour l'ecole|fur die schule|para a escola|voor school|do szkoly)\b"
)
HIGH_PROTEIN = re.compile(r"\b(?:(?:fur den |zum )?muskelaufbau|pour (?:la )?prise de (?:masse|muscle)|para ganar (?:musculo|masa muscular)|per (?:la )?massa muscolare|voor spieropbouw|para ganhar (?:musculo|massa)|proteic\w*|ric[oa]s? (?:en|em) proteinas?|riche en proteines|eiweissreich\w*|proteinreich\w*|proteico|proteici|eiwitrijk\w*|bialkow\w*|high protein|"
    r"(?:duzo|duza ilosci?a?|wiecej|mucha|mas|muita|mais|beaucoup de|plus de|viel|mehr|veel|meer|molte|piu|lots of|more) (?:proteinas?|proteines|proteine|eiweiss|eiwit|bialka|protein))\b")
# "E para o jantar?", "¿Y para cenar?", "Et pour le dîner ?", "Und zum Abendessen?", "A na kolację?"
MEAL_SWITCH = re.compile(
    r"^(?:y|e|et|und|en|a|i|and|ou|o|oder|of|albo|ed)?\s*(?:que |qu'|wat |was |co |what )?(?:tal |about |voor |fur |für )?"
    r"(?:para|pour|zum|zur|fur|furs|fuers|per|voor|na|for|por|als|a|al|au|ao|pro|bei|op)?\s*(?:el|la|o|a|le|das|den|het|de|il|the|l')?\s*"
    r"\b(?P<meal>[a-z][a-z' -]*?)\s*[?.!]*$"
)
# The last meal's protein or calories: "¿Y cuántas proteínas tenía eso?", "und wie viel Eiweiß hatte das?"
LAST_MEAL = re.compile(
    r"\b(?:cuant[ao]s?|quant[ao]s?|quante?|quanti|combien(?: de| d')?|wie ?viele?|hoeveel|ile|how much|how many)\s+"
    r"(?P<what>proteinas?|proteines?|proteine|protein|eiweiss|eiwit(?:ten)?|bialka|calorias|calories|calorie|kalorien|calorieen|kalorii|kcal)\b"
    r"(?P<rest>.*)$"
)
# The same asked the other way round: "E di proteine quanto?", "Y de proteínas, ¿cuántas?", "A ile w tym było białka?"
LAST_MEAL_AFTER = re.compile(
    r"^(?:(?:y|e|et|und|en|a|i|and)\s+)?(?:(?:di|de|d'|des|van|an)\s*)?(?P<what>proteinas?|proteines?|proteine|eiweiss|eiwit(?:ten)?|bialka|calorias|calories|calorie|kalorien|calorieen|kalorii)\s*,?\s*"
    r"(?:quant[oiae]|cuant[oa]s?|combien|wie ?viel\w*|hoeveel|ile)\b\s*[?.!]*$"
    # (as the host's glossary may have it already: "A how much w tym było protein?")
    r"|\b(?:ile|how much|how many)\s+(?:w tym\s+)?(?:bylo|jest|ma|mialo|miala|mial)\s+(?:w tym\s+)?(?P<what2>bialka|kalorii|protein|calories)\b"
)
THAT = re.compile(r"\b(?:zat|zaten|daarin|erin|darin|drin|dabei|dedans|dentro|nel|w tym|eso|esto|isso|isto|ca|cela|ce repas|das|dies|quello|questo|dat|dit|to|tego|that|it|tenia|tinha|avait|hatte|hatten|aveva|avevano|had|mialo|miala|era|was|war|c'etait)\b")
# "Hoeveel calorieën per dag moet ik eten?", "¿cuántas calorías al día debo comer?"
PER_DAY = re.compile(
    r"\b(?:cuant[ao]s?|quant[ao]s?|quante?|combien(?: de)?|wie ?viele?|hoeveel|ile|how much|how many)\s+(?:calorias|calories|calorie|kalorien|calorieen|kalorii|kcal)\s+"
    # "Wie viele Kalorien sollte ich pro Tag essen?": a few words may come before the day
    r"(?:[a-z]+\s+){0,3}?(?:(?:al|por|par|pro|am|per|na|a|each)\s+(?:dia|jour|tag|giorno|dag|dzien|day)|(?:diarias?|diarios?|quotidiennes?|taglich\w*|giornalier\w*|dagelijks|dziennie|daily))\b"
)
# Calories to lose weight: "Wie viele Kalorien sollte ich essen, um abzunehmen?", "¿cuántas calorías para adelgazar?"
CALORIES_TO_LOSE = re.compile(
    r"\b(?:cuant[ao]s?|quant[ao]s?|quante?|combien(?: de)?|wie ?viele?|hoeveel|ile|how much|how many)\s+(?:calorias|calories|calorie|kalorien|calorieen|kalorii|kcal)\b"
    r".{0,60}\b(?:abnehmen|abzunehmen|adelgazar|perder peso|bajar de peso|perdre du poids|maigrir|dimagrire|perdere peso|emagrecer|afvallen|schudnac|lose weight)\b"
)
# Protein asked for a day or after training: "Und wie viel Eiweiß am Tag?", "combien de protéines après ?"
PROTEIN_ASKED = re.compile(
    r"\b(?:cuant[ao]s?|quant[ao]s?|quante?|quanti|combien(?: de| d')?|wie ?viel\w*|hoeveel|ile|how much)\s+(?:de\s+)?"
    r"(?:proteinas?|proteines?|proteine|eiweiss|eiwit(?:ten)?|bialka)\b(?P<rest>.*)$"
)
FIBRE_ASKED = re.compile(
    r"\b(?:cuant[ao]s?|quant[ao]s?|quante?|combien(?: de| d')?|wie ?viele?|hoeveel|ile|how much)\s+(?:de\s+)?(?:ballaststoffe|fibras?|fibres?|fibre alimentari|vezels|blonnika)\b"
)
# What makes a protein question one about the user's needs (a day, after training, need or should), not a meal's content ("¿cuánta proteína tendría?")
PROTEIN_NEED = re.compile(
    r"\b(?:al dia|por dia|par jour|am tag|pro tag|al giorno|per dag|dziennie|a day|apres|despues|depois|nach|danach|dopo|daarna|po|"
    r"brauche|necesito|preciso|besoin|bisogno|nodig|potrzebuje|devrais|deberia|sollte|dovrei|moet|powinienem|powinnam|debo|devo|manger|essen|comer|mangiare|eten|jesc)\b"
)
AFTER_WORD = re.compile(r"\b(?:apres|despues|depois|nach|danach|dopo|daarna|po|after)\b")
# "et après le match ?", "¿y después del partido?", "und nach dem Spiel?": food after the event just asked about
EVENTS = {"match": "match", "partido": "match", "jogo": "match", "spiel": "match", "partita": "match", "wedstrijd": "match", "mecz": "match",
          "course": "race", "carrera": "race", "corrida": "race", "gara": "race", "bieg": "race", "lauf": "race", "wettkampf": "race"}  # fmt: skip
AFTER_EVENT = re.compile(
    r"^(?:y|e|et|und|en|i|a)\s+(?:apres|despues|depois|nach|dopo|na|po)\s+(?:del?|do|da|dem|der|het|de|il|l'|le|la|el|o|a)?\s*"
    r"(?P<what>match|partido|jogo|spiel|partita|wedstrijd|mecz|meczu|course|carrera|corrida|gara|bieg|lauf|wettkampf|entrenamiento|entrainement|seance|training|treino|allenamento|trening\w*)\b[\s?.!]*$"
)
# "En hoe lang duurt dat ongeveer?", "¿y cuánto tiempo tardaré?", "combien de temps ça prend ?"
HOW_LONG = re.compile(
    r"\b(?:hoe ?lang|cuanto tiempo|quanto tempo|combien de temps|wie lange?|ile czasu|jak dlugo|how long)\b"
)
# Not a request for ideas, whatever verb it has: calories or protein asked, or a weight to lose
# ("cuantas calorias should i eat para perder peso"): the other readers answer those.
NOT_IDEAS = re.compile(
    r"\b(?:calori\w*|kalori\w*|kcal|cals?|prote\w*|eiweiss|eiwit\w*|bialk\w*|perder peso|perdre du poids|abnehmen|afvallen|dimagrire|schudnac|lose weight|adelgazar|emagrecer)\b"
    # whether something may be eaten ("a czy mogę to wszystko zjeść na raz?", "¿puedo comer todo eso?"): a yes or no, not ideas
    r"|\b(?:czy|wszystko|todo|tudo|alles|tutto|tout|isso|eso|esto|cela|questo|quello)\b"
)
# How much to drink: "Wie viel sollte ich trinken?", "¿cuánta agua debo beber?", "combien dois-je boire ?"
DRINK_HOW_MUCH = re.compile(r"\b(?:wie ?viel|cuant[oa]s?|quant[oa]s?|combien|hoeveel|ile|how much)\b.{0,30}\b(?:trinken|beber|boire|bere|drinken|pic|wypic|drink)\b")
RACE = re.compile(r"\b(?:halbmarathon|marathon|media maratona|maratona|meia maratona|semi[- ]marathon|halve marathon|polmaraton|maraton|wettkampf|lauf|carrera|course|gara|corrida|wedstrijd|bieg|zawody|race)\b")
HEAT = re.compile(r"\b\d{2} ?(?:grad|grados|degres|gradi|graus|graden|stopni|degrees|°)|\b(?:hitze|calor|chaleur|caldo|hitte|upal\w*|heat|heiss|caliente|chaud|quente|warm)\b")
# "Est-ce qu'il faut prendre ses protéines dans les 30 minutes après la séance ?": the protein window.
PROTEIN_WINDOW = re.compile(
    r"\b(?:proteinas?|proteines?|proteine|protein|eiweiss|eiwit|bialk\w*)\b.{0,60}\b(?:30|trente|treinta|trinta|dreissig|trenta|dertig|trzydziesci)\s*(?:min\w*)\b"
    r"|\b(?:fenetre|ventana|janela|finestra|fenster|venster|okno)\s+(?:anabolique|anabolica|anabolico|anabole|anabolisch\w*|anaboliczne)\b"
)
# Words of the seven languages that English does not use (as typo repair leaves them): two of
# them say the message is not English, so an English "I'm allergic to milk, eggs are fine" or
# "vitamin E, what should I eat for it?" is never rewritten.
FOREIGN = re.compile(
    r"\b(?:que|qu'|qu'est|suis|posso|puedo|podria|puis|peux|para|pour|por|voor|zum|zur|fur|ich|ik|wat|kann|kan|moet|je|j'ai|tengo|tenho|sono|soon|sou|"
    r"estoy|estou|jestem|mam|mein|meine|mijn|mi|mio|mia|meu|minha|mon|ma|mes|el|los|las|la|le|les|des|du|het|een|und|y|e|et|ou|oder|en|na|co|czy|"
    r"del|della|dei|di|da|dans|avec|con|com|mit|met|ze|ale|aber|mais|pero|mas|al|ao|au|aux|alle|ho|hai|ha|hat|habe|heb|ben|bin|est|es|ist|jest|"
    r"alergia|alergias|allergie|allergia|allergique|alergico|alergica|allergico|allergica|allergisch|uczulony|uczulona|sind|eso|isso|das|dat|cosa|che|"
    r"combien|cuanto|cuanta|cuantas|cuantos|quanto|quanta|quantas|quantos|quante|wie|hoeveel|ile|tym|bylo|tenia|tinha|avait|hatte|aveva|dla|och|nao|nicht|niet|nie|pas|"
    r"alergie|alergi|desayun\w*|jantar|janta|cenar|cena|almuerzo|almoco|colazione|pranzo|ontbijt\w*|avondeten|abendessen|fruhstuck|mittagessen|kolacj\w*|"
    r"sniadani\w*|obiad\w*|merienda|merenda|pomeriggio|nachmittag|lanche|lanchar|spuntino|gouter|dejeuner|diner|tussendoortje|przekask\w*|celiac[oa]s?|coeliaque|zoliakie|coeliakie|"
    r"celiakia|celiakie|celiachia|proteinas|proteines|eiweiss|eiwit|bialka|kalorien|calorieen|kalorii|calorias|vertrage|keine|kein|ideias|idees|ideen|ideeen|pomysly|hoe|lang|duurt|ongeveer|repas|dag|dan|moet|faut|vraiment|seance|hay|tomar|despues|entrenar|powinienem|powinnam|jutro|morgen|manana|demain|domani|amanha|pic|trinken|beber|boire|bere|drinken|apres|despues|depois|dopo|nach|danach|spiel|fibra|ballaststoffe|vezels|devo|"
    r"soll|sollte|jetzt|essen|heute|manger|mangiare|comer|eten|zjesc|jesc)\b"
)
PER_MEAL = re.compile(r"\b(?:combien|cuant[ao]s?|quant[ao]s?|quante?|wie ?viel\w*|hoeveel|ile|how much)\b.{0,30}\b(?:par (?:repas|reps)|por comida|por refeicao|pro mahlzeit|a pasto|per pasto|per maaltijd|na posilek|per meal)\b")

# What to eat, asked in French, German, Italian or Portuguese ("je mange quoi ce soir ?", "was soll ich
# heute Abend essen?", "cosa mangio stasera?", "o que como depois do treino?"): the food is the
# question, above the session or the sore legs told beside it (Helios reads "jambes" and "séance").
WHAT_TO_EAT = re.compile(
    r"\b(?:je mange quoi|on mange quoi|qu'?est-ce que je (?:mange|peux manger)|que (?:dois-je |puis-je )?manger|je (?:dois|peux) manger quoi|"
    r"was (?:soll|kann|sollte) ich (?:\w+ ){0,3}essen|was esse ich|cosa (?:mangio|posso mangiare|dovrei mangiare)|o que (?:eu )?(?:como|devo comer|posso comer)|"
    # "Wat moet ik eten na het sporten?", "Cosa devo mangiare dopo l'allenamento?", "Co powinienem zjeść po treningu?"
    r"wat (?:moet|kan|zal|zou) ik (?:\w+ ){0,3}eten|wat eet ik|(?:che )?cosa (?:devo|dovrei|posso) (?:\w+ ){0,2}mangiare|"
    r"co (?:powinienem|powinnam|mam|moge|mogę) (?:\w+ ){0,2}(?:zjesc|zjeść|jesc|jeść))\b"
)


def in_english(text: str, rest: Callable[[str], str] | None = None, ideas: bool = True) -> str:
    """`text` read as English when it says a diet or an allergy, or asks for meal ideas (or one
    of the follow-ups above), in one of the seven languages; else `text` unchanged. `rest`
    reads the sentences this module does not ("Tengo salmón y patatas"); `ideas=False` leaves
    requests for ideas as they are (the follow-up questions and diets only)."""
    low = _chat_spelling(plain(text).replace("œ", "oe"))
    if (wish := WANT_TO_LOSE.search(low)) is not None and not LOSE_GOAL.search(low):
        return "I want to lose weight, what should I do?"  # "kiero bajar d peso xq m kda chica la ropa, q ago??", "je veux maigrir"
    if (needs := EAT_HOW_MUCH.search(low)) is not None:
        return f"how many calories do i need a day? {_body_in_english(low[needs.end():])}".strip()  # "cuanto tengo q komer? soy mujer 30 años mido 160 y peso 70"
    if len(low.split()) <= 9 and LATE_AT_NIGHT.search(low.strip()) and not low.startswith("and"):
        return "and if it's late, at night?"  # "¿y si es tarde, por la noche?" after what to eat after training
    if (goal := lose_goal(low)) is not None and GOAL_SAID.search(low) and not states_diet(text) and not _BODY_SAID.search(low):
        # "quiero bajar 5 kilos para mi boda en 3 meses", "chcę schudnąć 5 kg": the goal, and its time if said, in English
        within = _WITHIN.search(low)
        return f"{goal} in {within.group('n')} {_WITHIN_UNITS[within.group('unit')[:3]]}" if within else goal
    if not _foreign(low):
        return text
    if (switched := _meal_switch(low)) is not None:
        return switched

    # an emoji ends a sentence too: "bin total tot 😅 Was soll ich jetzt essen?"
    sentences = [part.strip() for part in re.split(r"(?<=[.?!;])\s+|\s*[?!;]\s*$|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*", low) if part and part.strip()]
    read = [_sentence(sentence, ideas, low) for sentence in sentences]
    if all(english is None for english in read):
        return text
    return " ".join(english if english is not None else (rest or str)(sentence) for english, sentence in zip(read, sentences))


# Spanish as typed on a phone ("kiero bajar d peso xq m kda chica la ropa, q ago??"): its words spelt out.
_CHAT_MARK = re.compile(r"\b(?:xq|pq|kiero|kero|komer|kda|kdo|tngo|tmb|tb|q ago|q hago|tengo q|q tengo|cuanto q)\b")
_CHAT_WORDS = (
    (r"xq|pq|porq", "porque"), (r"kiero|kero", "quiero"), (r"komer", "comer"), (r"kda", "queda"), (r"kdo", "quedo"), (r"tngo", "tengo"),
    (r"tmb|tb", "tambien"), (r"q", "que"), (r"k", "que"), (r"d", "de"), (r"m", "me"), (r"ago", "hago"), (r"x", "por"),
)


def _chat_spelling(low: str) -> str:
    """`low` with Spanish chat spellings spelt out, when it has them; else `low` unchanged."""
    if not _CHAT_MARK.search(low):
        return low
    for said, word in _CHAT_WORDS:
        low = re.sub(rf"\b(?:{said})\b", word, low)
    return low


# Wanting to lose weight, with no amount, in the languages: "quiero bajar de peso", "je veux maigrir", "ich will abnehmen".
WANT_TO_LOSE = re.compile(
    r"\b(?:quiero|quisiera|necesito|tengo que|me gustaria|je veux|je voudrais|j'?aimerais|je dois|ich will|ich mochte|ich muss|ich wurde gern|"
    r"voglio|vorrei|devo|quero|preciso|gostaria de|ik wil|ik moet|ik zou graag|chce|chcialabym|chcialbym|musze)\s+"
    r"(?:\w+\s+)?(?:bajar|perder|adelgazar|maigrir|perdre|abnehmen|dimagrire|emagrecer|afvallen|schudnac|zrzucic)"
    r"(?:\s+(?:de |du |un poco de |algo de |un peu de |unos |)?(?:peso|poids|gewicht|kilos|kilo|peso|weight))?\b"
)
# How much to eat asked in Spanish or Portuguese with no nutrient named: "cuánto tengo que comer", "quanto devo comer".
EAT_HOW_MUCH = re.compile(r"\b(?:cuant[ao]|quant[ao]) (?:tengo que|debo|deberia|necesito|tenho que|devo|deveria|preciso) (?:comer|ingerir)\b[?!.,]*")
_BODY_WORDS = (
    (r"soy (?:una )?mujer|sou (?:uma )?mulher", "I'm a woman,"), (r"soy (?:un )?hombre|sou (?:um )?homem", "I'm a man,"),
    (r"(\d{2}) (?:anos|years)", r"\1 years old,"), (r"mido (\d)[.,](\d{2})\b", r"\1.\2 m tall,"), (r"(?:mido|meco|tengo una altura de) (\d{3})(?: ?cm)?", r"\1 cm tall,"),
    (r"(?:y )?(?:peso|pesado) (\d{2,3})(?: ?(?:kg|kilos?|quilos?))?", r"\1 kg,"),
)


def _body_in_english(said: str) -> str:
    """The body details said in Spanish or Portuguese ("soy mujer 30 años mido 160 y peso 70"), in English; "" for none."""
    found: list[str] = []
    for pattern, english in _BODY_WORDS:
        for match in re.finditer(rf"\b{pattern}", said):
            found.append(match.expand(english))
    return " ".join(found).rstrip(",")


# The same question for late in the evening: "¿y si es tarde, por la noche?", "et si c'est tard le soir ?",
# "und wenn es spät am Abend ist?", "e se for tarde da noite?", "e se è tardi la sera?", "en als het laat is, 's avonds?"
LATE_AT_NIGHT = re.compile(
    r"^(?:y|e|et|und|en|i|ed)?\s*(?:si|se|wenn|als|and if)\s+(?:es|est|c'?est|ist|e|for|is|het|it'?s)?\s*(?:muy |tres |sehr |molto |muito |erg )?"
    r"(?:tarde|tard|spat|tardi|laat|late)\b"
)


# A weight to lose said in the seven languages: "ik wil graag 5 kilo afvallen", "quiero perder 5 kilos",
# "ich möchte 5 Kilo abnehmen", "je veux perdre 5 kg", "chcę schudnąć 5 kg".
_LOSE_VERBS = r"(?:perder|bajar|adelgazar|perdre|abnehmen|verlieren|abspecken|perdere|dimagrire|emagrecer|afvallen|verliezen|kwijtraken|schudnac|zrzucic|stracic|lose)"
# "en 3 meses", "in 3 Monaten", "en 8 semaines", "em 2 meses", "in 10 settimane", "in 3 maanden", "w 3 miesiace"
_WITHIN = re.compile(r"\b(?:en|in|em|w|within|binnen|entro|dans)\s+(?P<n>\d+)\s+(?P<unit>mes\w*|monat\w*|mois|mesi|maand\w*|miesi\w*|semana\w*|semaine\w*|woche\w*|settiman\w*|wek\w*|tygodni\w*|month\w*|week\w*)")
_WITHIN_UNITS = {"mes": "months", "mon": "months", "moi": "months", "maa": "months", "mie": "months",
                 "sem": "weeks", "woc": "weeks", "set": "weeks", "wek": "weeks", "tyg": "weeks", "wee": "weeks"}
LOSE_GOAL = re.compile(
    r"\b(?:perder|bajar|adelgazar|perdre|abnehmen|verlieren|abspecken|perdere|dimagrire|emagrecer|afvallen|verliezen|kwijtraken|schudnac|zrzucic|stracic|lose)\b.{0,25}?(?P<n>\d+(?:[.,]\d+)?)\s*(?:kilos?|kg|quilos?|chili|kilo's|kilogram\w*)\b"
    r"|\b(?P<n2>\d+(?:[.,]\d+)?)\s*(?:kilos?|kg|quilos?|chili|kilo's|kilogram\w*)\s+(?:\w+\s+){0,2}?" + _LOSE_VERBS + r"\b"
)


# The weight to lose said as a goal on its own, the number right by the verb ("quiero bajar 5 kilos", "5 kg abnehmen"),
# not a question beside one's own weight ("cuantas calorias para perder peso, im 70kg").
GOAL_SAID = re.compile(
    _LOSE_VERBS.replace("|lose)", ")") + r"\s+(?:(?:unos|unas|uns|umas|like|about|around|ca|etwa|environ|circa|ongeveer|okolo|jakies|los|mis|meus|mes|die|de)\s+)?\d+(?:[.,]\d+)?\s*(?:kilos?|kg|quilos?|chili|kilo's|kilogram\w*)\b"
    r"|\b\d+(?:[.,]\d+)?\s*(?:kilos?|kg|quilos?|chili|kilo's|kilogram\w*)\s+(?:\w+\s+)?" + _LOSE_VERBS.replace("|lose)", ")") + r"\b"
)


# Body facts said beside the goal ("Ik ben 52, vrouw, 170 cm en 78 kg. Ik wil graag 5 kilo afvallen."): the profile
# readers take the whole message, so it is not cut down to the goal.
_BODY_SAID = re.compile(r"\b\d{2,3}\s*(?:cm|m\b)|\b\d{2}\s*(?:anos|años|ans|jahre|anni|jaar|lat|years)\b|\b1[.,]\d{2}\b")


@per_turn  # routing and the reply read the same message
def lose_goal(text: str) -> str | None:
    """ "I want to lose 5 kg" for a weight to lose said in one of the seven languages, else None."""
    found = LOSE_GOAL.search(plain(text))
    if found is None:
        return None
    return f"I want to lose {(found.group('n') or found.group('n2')).replace(',', '.')} kg"


def states_diet(text: str) -> bool:
    """True when `text` says a diet, an allergy, an intolerance or coeliac disease in one of the seven languages."""
    low = plain(text).replace("œ", "oe")
    return _foreign(low) and any(_statement(part) for part in re.split(r"(?<=[.?!;])\s+", low))


# Marks English borrows ("café de la paix", "pasta al dente", "crème brûlée"): two of them alone say nothing.
BORROWED = frozenset({"la", "le", "les", "de", "des", "du", "e", "y", "es", "est", "mi", "ma", "al", "da", "el", "en", "et", "con", "com", "ho", "ha", "mas", "pas", "das", "die", "dat", "che", "co", "na", "lang", "dan", "hat", "ben", "mon"})


@lru_cache(maxsize=4096)  # a pure reading of the text, asked of the same text about five times a turn (20-30 us each)
def _foreign(low: str) -> bool:
    """True when `low` is in one of the seven languages: two of their words, one not borrowed by English."""
    marks = {found.group(0) for found in FOREIGN.finditer(low)}
    return len(marks) >= 2 and bool(marks - BORROWED)


def said_abroad(text: str) -> bool:
    """True when `text` says a diet, an allergy or a request for meal ideas in one of the seven languages."""
    return in_english(text) != text


# A time of day or an article beside the meal asked next: "e una merenda per il pomeriggio?", "¿y una merienda para la tarde?"
_SWITCH_EXTRAS = re.compile(
    r"\b(?:per il pomeriggio|di pomeriggio|nel pomeriggio|para la tarde|por la tarde|pour l'apres-midi|l'apres-midi|fur den nachmittag|am nachmittag|nachmittags|"
    r"para a tarde|a tarde|voor de middag|in de middag|'s middags|na popoludnie|po poludniu|in the afternoon|for the afternoon)\b"
    r"|(?<=^)(?:(?:y|e|et|und|en|a|i|and|ed)\s+)?(?:(?:una|un|une|uno|ein|eine|einen|een|um|uma|jakas|jakis)\s+)"
)


def _meal_switch(low: str) -> str | None:
    """ "and for dinner?" for a bare "E para o jantar?" in any of the languages."""
    found = MEAL_SWITCH.match(low.strip())
    if found is None or _meal(found.group("meal").strip()) is None:
        # "e una merenda per il pomeriggio?": the same question with its article and time of day set aside
        bare = _SWITCH_EXTRAS.sub(lambda m: "and " if m.group(0).strip() and not m.group(0).startswith(("per ", "di ", "nel ", "para ", "por ", "pour ", "l'", "fur ", "am ", "nach", "a tarde", "voor ", "in ", "'s ", "na ", "po ")) else " ", low.strip())
        found = MEAL_SWITCH.match(re.sub(r"\s+", " ", bare).strip())
        if found is None or bare.strip() == low.strip() or len(low.split()) > 8 or (meal := _meal(found.group("meal").strip())) is None:
            return None
        return f"and for {'a snack' if meal == 'snack' else meal}?"
    if found is None or len(low.split()) > 6:
        return None
    meal = _meal(found.group("meal").strip())
    if meal is None or found.group("meal").strip() in ("lunch", "dinner", "breakfast", "snack", "supper", "brunch"):
        return None  # said in English: read as it is
    return f"and for {'a snack' if meal == 'snack' else meal}?"


def _meal(words: str) -> str | None:
    """The English meal `words` are, when they are one ("jantar", "het avondeten")."""
    for pattern, english in MEAL_WORDS:
        if re.fullmatch(rf"(?:(?:el|la|o|a|le|das|den|het|de|il|the|l') ?)?(?:{pattern})", words):
            return english
    return None


def _sentence(low: str, ideas: bool = True, whole: str = "") -> str | None:
    """One sentence in English, or None when it says nothing this module reads (`whole`: the
    message, whose other sentences may say what the question is about)."""
    said = [part for part in (_statement(low), _request(low, ideas, whole or low)) if part]
    return " ".join(said) if said else None


def _person(low: str, start: int) -> str:
    """ "my son is" when a child is named before `start` in the sentence, else "I'm"."""
    whose = None
    for whose in _WHO.finditer(low[:start]):
        pass
    return f"{WHO[whose.group('who')]} is" if whose else "I'm"


def _statement(low: str) -> str | None:
    """A diet, allergy, intolerance or coeliac disease the sentence says, in English."""
    low = MILK_PROTEIN.sub("", low)
    parts: list[str] = []
    allergens: list[str] = []
    start = len(low)
    for pattern in (*STATEMENTS, COMPOUND):
        for found in pattern.finditer(low):
            if NEGATED.search(low[: found.start()]):
                continue
            start = min(start, found.start())
            allergens += [ALLERGENS[item.group(0)] for item in ITEM.finditer(found.group("items"))]
    for found in COMPOUND_WORD.finditer(low):
        start = min(start, found.start())
        allergens.append(COMPOUND_PARTS[found.group("part")])
    if allergens:
        parts.append(f"{_person(low, start)} allergic to {_listed(allergens)}.")
    if any(pattern.search(low) for pattern in INTOLERANT):
        found = next(pattern.search(low) for pattern in INTOLERANT if pattern.search(low))
        parts.append(f"{_person(low, found.start())} lactose intolerant.")  # type: ignore[union-attr]
    if (found := GLUTEN_INTOLERANT.search(low)) is not None:
        parts.append(f"{_person(low, found.start())} gluten intolerant.")
    if (found := COELIAC.search(low)) is not None and not NEGATED.search(low[: found.start()]) and not re.search(r"\b(?:sin|sem|sans|ohne|senza|zonder|bez)\s+gluten", low[: found.start()]):
        parts.append(f"{_person(low, found.start())} coeliac.")
    if (found := VEGAN.search(low)) is not None:
        parts.append(f"{_person(low, found.start())} vegan.")
    elif (found := VEGETARIAN.search(low)) is not None:
        parts.append(f"{_person(low, found.start())} vegetarian.")
    return " ".join(parts) or None


def _listed(allergens: list[str]) -> str:
    """ "milk, eggs and fish": each allergen once, in the order said."""
    unique = list(dict.fromkeys(allergens))
    return unique[0] if len(unique) == 1 else f"{', '.join(unique[:-1])} and {unique[-1]}"


def _request(low: str, ideas: bool = True, whole: str = "") -> str | None:
    """A request for meal ideas (or a question about the last meal, the day's calories or a
    goal's time) the sentence makes, in English."""
    if PROTEIN_WINDOW.search(low):
        return "do I really need to take my protein within 30 minutes after training?"
    if PER_MEAL.search(low):
        return "and how much protein per meal?"
    if DRINK_HOW_MUCH.search(low):
        whole = whole or low  # "Ich laufe morgen einen Halbmarathon bei 30 Grad. Wie viel sollte ich trinken?"
        race = " for my race tomorrow" if RACE.search(whole) else ""
        return f"how much should I drink{race}{' when it is hot' if HEAT.search(whole) else ''}?"  # "Wie viel sollte ich trinken? ... bei 30 Grad"
    if PER_DAY.search(low):
        return "how many calories should I eat a day?"
    if HOW_LONG.search(low) and not re.search(r"\b(?:cocin|cuis|koch|cuoc|kook|gotow|cozinh|cook)\w*", low) and len(low.split()) <= 8:
        return "how long will that take?"
    if FIBRE_ASKED.search(low):
        return "how much fibre should I eat a day?"  # "Wie viele Ballaststoffe brauche ich am Tag?", "¿cuánta fibra debo comer?"
    plain_ask = not re.search(r"\d", low) and not any(re.search(rf"\b(?:{pattern})\b", low) for pattern, _ in MEAL_WORDS)  # no body facts or meal said with it
    if plain_ask and CALORIES_TO_LOSE.search(low):
        return "how many calories should I eat to lose weight?"  # "Wie viele Kalorien sollte ich essen, um abzunehmen?"
    if plain_ask and (asked := PROTEIN_ASKED.search(low)) is not None and not THAT.search(asked.group("rest")) and PROTEIN_NEED.search(asked.group("rest")):
        # "Et combien de protéines je devrais manger après ?", "Und wie viel Eiweiß am Tag?"
        return "how much protein should I have after training?" if AFTER_WORD.search(asked.group("rest")) else "how much protein do I need a day?"
    if (after := AFTER_EVENT.match(low)) is not None:
        return f"and after the {EVENTS.get(after.group('what'), 'training')}?"  # "et après le match ?"
    if (asked := LAST_MEAL.search(low)) is not None and (not asked.group("rest").strip(" ?.!") or THAT.search(asked.group("rest"))):
        what = "how much protein was" if re.match(r"prot|eiw|bial", asked.group("what")) else "how many calories were"
        return f"{what} in that?"
    if (asked := LAST_MEAL_AFTER.search(low)) is not None:
        what = "how much protein was" if re.match(r"prot|eiw|bial", asked.group("what") or asked.group("what2")) else "how many calories were"
        return f"{what} in that?"
    if not ideas or not REQUEST.search(low) or re.search(r"\b(?:i|we) (?:had|ate)\b", low) or NOT_IDEAS.search(HIGH_PROTEIN.sub(" ", MILK_PROTEIN.sub("", low))):
        return None
    meal = next((english for pattern, english in MEAL_WORDS if re.search(rf"\b(?:{pattern})\b", low)), None) or ("lunch" if PACKED.search(low) else None)
    if meal is None and not EAT_VERB.search(low):
        return None
    wishes = " ".join(word for word, pattern in (("quick", QUICK), ("high protein", HIGH_PROTEIN), ("packed", PACKED)) if pattern.search(low))
    # "Hab heute beim Training alles gegeben ... Was soll ich jetzt essen?": the session said in the sentence before
    after = " for after training" if AFTER_TRAINING.search(low) or meal is None and TRAINED.search(whole or low) else ""
    if meal is None:
        return f"what {wishes + ' food ' if wishes else ''}should I eat{' after training' if after else ''}?"  # "Wat kan ik het beste eten na het sporten?"
    return f"{wishes + ' ' if wishes else ''}{meal} ideas{after}?"
