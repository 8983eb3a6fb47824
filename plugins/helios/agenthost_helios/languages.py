"""Workout logs in the common European languages, and phone autocorrect slips, read as English.

"Heute 60 Minuten Yoga und 20 Minuten mit dem Rad zur Arbeit" is logged like "today 60 minutes
yoga and 20 minutes cycling to work"; "30 mins on the cross trader and 3 sets of lunches" like
"cross trainer" and "lunges". Only the words a log needs are translated (activities, units,
days, "and", "log it"): everything else stays as it was, so the readers see the same numbers.

A word that is also English ("rad", "course", "e", "y", "en") is translated only in a phrase
that can't be English ("mit dem Rad", "course à pied"), or, for the little words meaning "and",
only when the message already had a foreign activity or unit word.
"""

from __future__ import annotations

import re
import unicodedata

from host.glossary import FOREIGN_WORDS
from host.text import per_turn

from agenthost_helios.text import longest_first

# Foreign phrase -> English, written without accents (the text is matched accent-free).
# German, French, Spanish, Italian, Dutch, Portuguese, Swedish, Norwegian, Danish, Polish, Finnish.
PHRASES: dict[str, str] = {
    # German
    "wieder trainieren": "train again", "nochmal trainieren": "train again", "ist das zu viel": "is that too much", "mit dem rad": "cycling", "mit dem fahrrad": "cycling", "mit dem velo": "cycling", "rad gefahren": "cycled",
    "radfahren": "cycling", "radgefahren": "cycled", "fahrrad gefahren": "cycled", "fahrradfahren": "cycling",
    "fahrrad": "bike", "radtour": "bike ride", "gelaufen": "ran", "joggen": "jogging", "gejoggt": "jogged",
    "laufen": "running", "dauerlauf": "run", "lauf": "run", "geschwommen": "swam", "schwimmen": "swimming",
    "spazieren gegangen": "walked", "spaziergang": "walk", "spazieren": "walking", "gewandert": "hiked",
    "wandern": "hiking", "wanderung": "hike", "krafttraining": "weight training", "hanteltraining": "weight training",
    "rudern": "rowing", "gerudert": "rowed", "crosstrainer": "cross trainer", "seilspringen": "jump rope",
    "liegestutze": "push ups", "kniebeugen": "squats", "klimmzuge": "pull ups", "ausfallschritte": "lunges",
    "minuten": "minutes", "stunden": "hours", "stunde": "hour", "heute morgen": "this morning", "heute": "today",
    "was habe ich gemacht": "what did i do", "was habe ich gestern gemacht": "what did i do yesterday",
    "was habe ich heute gemacht": "what did i do today", "was hab ich gestern gemacht": "what did i do yesterday", "was hab ich gemacht": "what did i do", "gestern abend": "last night", "gestern": "yesterday", "eintragen": "log it", "notieren": "log it",
    "zur arbeit": "to work", "ins buro": "to work", "zum buro": "to work", "losche": "delete", "entferne": "remove",
    "streich": "remove", "dehnen": "stretching", "dehnubungen": "stretching", "gedehnt": "stretched",
    # a rest day asked after a hard session ("Und morgen lieber Pause machen?")
    "pause machen": "take a rest day", "ruhetag": "rest day",
    # French
    # training again, asked ("Et demain je peux refaire une séance ou c'est trop ?")
    "refaire une seance": "train again", "refaire du sport": "train again", "m'entrainer": "train", "m entrainer": "train",
    "je peux m entrainer": "can i train", "je peux": "can i", "puedo": "can i", "kann ich": "can i", "c'est trop": "is that too much", "c est trop": "is that too much", "demain": "tomorrow",
    "course a pied": "running", "de course": "of running", "j ai couru": "i ran", "couru": "ran", "courir": "running", "footing": "jogging",
    "a velo": "cycling", "en velo": "cycling", "du velo": "cycling", "velo": "bike", "natation": "swimming",
    "j ai nage": "i swam", "nage": "swam", "marche rapide": "brisk walk", "marche": "walk", "randonnee": "hike",
    "musculation": "weight training", "pompes": "push ups", "tractions": "pull ups", "corde a sauter": "jump rope",
    "heures": "hours", "heure": "hour", "aujourd hui": "today", "ce matin": "this morning", "hier soir": "last night",
    "hier": "yesterday", "au travail": "to work", "au bureau": "to work",
    "qu ai je fait": "what did i do", "qu est ce que j ai fait": "what did i do", "qu est-ce que j ai fait": "what did i do", "j ai fait": "i did", "elliptique": "elliptical", "supprime": "delete", "enleve": "remove", "abdos": "abs",
    "etirements": "stretching",
    # Spanish
    "volver a entrenar": "train again", "entrenar otra vez": "train again", "entrenar de nuevo": "train again", "es demasiado": "is that too much",
    "sali a correr": "went running", "corri": "ran", "correr": "running", "carrera": "run", "trote": "jog",
    "en bici": "cycling", "bicicleta": "bike", "ciclismo": "cycling", "nade": "swam", "nadar": "swimming",
    "natacion": "swimming", "camine": "walked", "caminar": "walking", "caminata": "walk", "senderismo": "hiking",
    "pesas": "weights", "flexiones": "push ups", "sentadillas": "squats", "dominadas": "pull ups",
    "minutos": "minutes", "horas": "hours", "hora": "hour", "hoy": "today", "esta manana": "this morning",
    "ayer": "yesterday", "anoche": "last night", "al trabajo": "to work", "apunta": "log", "apuntalo": "log it", "registra": "log",
    "que hice": "what did i do", "que he hecho": "what have i done", "hice": "did", "hize": "did", "bici": "bike", "eliptica": "elliptical", "eliptico": "elliptical",
    "musculacion": "weight training", "levantamiento de pesas": "weight training", "gimnasio": "gym",
    "series de": "sets of", "repeticiones": "reps", "quita": "remove", "quitame": "remove", "borra": "delete",
    "borrame": "delete", "elimina": "remove", "abdominales": "abs", "estiramientos": "stretching",
    "estiramiento": "stretching",
    # Italian
    "ho corso": "i ran", "corsa": "run", "in bici": "cycling", "ho nuotato": "i swam", "nuoto": "swimming",
    "camminata": "walk", "passeggiata": "walk", "escursione": "hike", "minuti": "minutes", "ore": "hours",
    "oggi": "today", "stamattina": "this morning", "ieri": "yesterday", "al lavoro": "to work",
    "cosa ho fatto": "what did i do", "che ho fatto": "what did i do", "ho fatto": "i did", "ellittica": "elliptical", "pesi": "weights", "palestra": "gym", "togli": "remove",
    "cancella": "delete", "addominali": "abs", "allungamento": "stretching",
    # Dutch
    "hardlopen": "running", "hardgelopen": "ran", "gefietst": "cycled", "fietsen": "cycling", "fiets": "bike",
    "gezwommen": "swam", "zwemmen": "swimming", "wandelen": "walking", "gewandeld": "walked",
    "vandaag": "today", "gisteren": "yesterday", "naar het werk": "to work", "uur": "hour", "uren": "hours",
    "kilometer gelopen": "km ran", "verwijder": "remove",
    # Portuguese
    "corrida": "run", "natacao": "swimming", "musculacao": "weight training", "caminhada": "walk",
    "ontem": "yesterday", "hoje": "today", "fiz": "did", "tira": "remove", "apaga": "delete", "abdominais": "abs",
    "alongamento": "stretching",
    # played sports ("E ontem joguei futebol por 90 minutos", "ayer jugué al fútbol", "gestern Fußball gespielt")
    "basquete": "basketball", "voleibol": "volleyball", "volei": "volleyball", "jogar": "playing",
    "jugue al futbol": "played football", "jugue futbol": "played football", "jugue al": "played", "jugue": "played",
    "jugamos al futbol": "played football", "jugamos al": "played", "jugamos": "played", "futbol": "football",
    "baloncesto": "basketball", "balonmano": "handball", "jugar al": "playing",
    "ho giocato a calcio": "i played football", "giocato a calcio": "played football", "partita di calcio": "football match",
    "a calcetto": "football", "calcetto": "football", "ho giocato a": "i played", "ho giocato": "i played", "pallavolo": "volleyball", "pallacanestro": "basketball",
    "j ai joue au foot": "i played football", "joue au foot": "played football", "au foot": "football", "j ai joue au": "i played",
    "j ai joue": "i played", "joue au": "played",
    "fussball gespielt": "played football", "fussball": "football", "gespielt": "played", "handball gespielt": "played handball",
    "gevoetbald": "played football", "voetballen": "football", "voetbal": "football", "getennist": "played tennis",
    "gralem w pilke nozna": "i played football", "gralam w pilke nozna": "i played football", "w pilke nozna": "football",
    "pilka nozna": "football", "pilke nozna": "football", "w pilke": "football", "gralem w": "i played", "gralam w": "i played",
    "koszykowke": "basketball", "siatkowke": "volleyball", "tenisa": "tennis",
    "joguei futebol": "played football", "jogamos futebol": "played football", "joguei bola": "played football",
    "futebol": "football", "joguei": "played", "jogamos": "played", "pedalei": "cycled", "pedalada": "bike ride",
    "nadei": "swam", "caminhei": "walked", "andei de bicicleta": "cycled",
    # Swedish
    "cyklade": "cycled", "cyklat": "cycled", "cykling": "cycling", "cykla": "cycling", "cykeltur": "bike ride",
    "cykeln": "bike", "cykel": "bike", "jag sprang": "i ran", "sprang": "ran", "sprungit": "ran", "lopning": "running",
    "loprunda": "run", "joggade": "jogged", "jogga": "jogging", "springa": "running", "simmade": "swam",
    "simning": "swimming", "simma": "swimming", "promenerade": "walked", "promenad": "walk", "gick en promenad": "walked",
    "vandrade": "hiked", "vandring": "hike", "styrketraning": "weight training", "tranade": "trained",
    "stretchade": "stretched", "armhavningar": "push ups", "knaboj": "squats", "minuter": "minutes",
    "timmar": "hours", "en timme": "1 hour", "timme": "hour", "en halvtimme": "30 minutes", "halvtimme": "30 minutes",
    "ungefar": "about", "cirka": "about", "idag": "today", "i dag": "today", "igar kvall": "last night", "igar": "yesterday",
    "i gar": "yesterday", "i morse": "this morning", "i kvall": "tonight", "till jobbet": "to work",
    # Norwegian
    "syklet": "cycled", "sykling": "cycling", "sykle": "cycling", "sykkeltur": "bike ride", "sykkel": "bike",
    "lopte": "ran", "lopetur": "run", "jogget": "jogged", "svomte": "swam", "svomming": "swimming",
    "gikk en tur": "walked", "gikk tur": "walked", "gatur": "walk", "fjelltur": "hike", "styrketrening": "weight training",
    "trente": "trained", "minutter": "minutes", "en time": "1 hour", "en halvtime": "30 minutes", "omtrent": "about",
    "i morges": "this morning", "i kveld": "tonight", "i gar kveld": "last night", "til jobben": "to work",
    # Danish
    "cyklede": "cycled", "cyklet": "cycled", "cykeltur pa": "bike ride of", "lobet": "ran", "lobetur": "run",
    "jeg lob": "i ran", "svommede": "swam", "svomning": "swimming", "gik en tur": "walked", "gatur pa": "walk of",
    "styrketraening": "weight training", "traenede": "trained", "cirka en time": "about 1 hour", "i aftes": "last night",
    "pa arbejde": "to work",
    # Polish (l for the crossed l, as _fold writes it)
    "biegalem": "i ran", "biegalam": "i ran", "przebieglem": "i ran", "przebieglam": "i ran", "bieganie": "running",
    "jechalem na rowerze": "i cycled", "jechalam na rowerze": "i cycled", "na rowerze": "cycling", "rowerem": "by bike",
    "plywalem": "i swam", "plywalam": "i swam", "plywanie": "swimming", "spacerowalem": "i walked",
    "spacerowalam": "i walked", "na spacer": "for a walk", "na spacerze": "on a walk", "silownia": "gym", "na silowni": "at the gym", "trening": "training",
    "minut": "minutes", "minuty": "minutes", "godzine": "1 hour", "godziny": "hours", "wczoraj": "yesterday",
    "dzisiaj": "today", "dzis": "today", "rano": "this morning",
    # the gym's lifts and machines ("przysiady 5x5 80 kg, wyciskanie na ławce 3x8 60 kg i 20 min rowerka")
    "przysiady": "squats", "przysiadow": "squats", "przysiad": "squat", "martwy ciag": "deadlift", "martwego ciagu": "deadlift",
    "wyciskanie na lawce": "bench press", "wyciskania na lawce": "bench press", "wyciskanie sztangi na lawce": "bench press",
    "wyciskanie nad glowe": "overhead press", "wioslowanie": "rowing", "pompki": "push ups", "podciaganie": "pull ups",
    "wykroki": "lunges", "rowerka": "stationary bike", "rowerek": "stationary bike", "rowerku": "stationary bike",
    "rower stacjonarny": "stationary bike", "rowerze stacjonarnym": "stationary bike", "bieznia": "treadmill", "biezni": "treadmill",
    "popraw": "correction", "poprawka": "correction", "byly na": "were", "byl na": "was", "bylo": "was", "byly": "were",
    # Finnish
    "juoksin": "i ran", "juoksu": "run", "juoksulenkki": "run", "pyorailin": "i cycled", "pyoralla": "cycling",
    "pyoraily": "cycling", "uimassa": "swimming", "kavelin": "i walked", "kavely": "walk", "lenkki": "run",
    "salilla": "at the gym", "minuuttia": "minutes", "tunnin": "1 hour", "tunti": "1 hour", "tuntia": "hours",
    "kilometria": "km", "eilen": "yesterday", "tanaan": "today", "aamulla": "this morning",
    # Gym machines, dance and "an hour" / "half an hour" in the languages above
    "esteira": "treadmill", "cinta de correr": "treadmill", "maquina de remo": "rowing machine", "remo": "rowing",
    "tapis roulant": "treadmill", "cyclette": "stationary bike", "tapis de course": "treadmill",
    "rameur": "rowing machine", "velo d appartement": "stationary bike", "laufband": "treadmill",
    "rudergerat": "rowing machine", "hometrainer": "stationary bike", "loopband": "treadmill", "roeien": "rowing",
    "krachttraining": "weight training", "baile": "dancing", "bailar": "dancing", "danca": "dancing",
    "una hora": "1 hour", "media hora": "30 minutes", "un ora": "1 hour", "mezz ora": "30 minutes",
    "une heure": "1 hour", "une demi heure": "30 minutes", "demi heure": "30 minutes", "eine stunde": "1 hour",
    "halbe stunde": "30 minutes", "een uur": "1 hour", "half uur": "30 minutes", "uma hora": "1 hour",
    "meia hora": "30 minutes",
    # Totals asked in the languages above: "¿cuántos minutos en total?", "wie viele Minuten insgesamt?"
    "cuantos": "how many", "cuantas": "how many", "cuanto tiempo": "how long", "en total": "in total",
    "wie viele": "how many", "wieviele": "how many", "wie lange": "how long", "insgesamt": "in total",
    "combien de temps": "how long", "combien de": "how many", "au total": "in total", "en tout": "in total",
    "quanti": "how many", "quante": "how many", "quanto tempo": "how long", "in totale": "in total", "in tutto": "in total",
    "zusammen": "altogether", "bij elkaar": "altogether",
    "quantos": "how many", "quantas": "how many", "no total": "in total", "ao todo": "in total",
    "hoeveel": "how many", "hoe lang": "how long", "in totaal": "in total", "totaal": "total",
    "calorias": "calories", "kalorien": "calories", "calorieen": "calories", "kcal insgesamt": "kcal in total",
}
# "and" and "with", translated only beside the words above: "y" or "e" alone could be anything.
# Asking for a workout ("dame un entrenamiento de 30 minutos con mancuernas"): read as the English
# request, so it gets a session and is never logged.
PHRASES.update({
    "dame": "give me", "hazme": "make me", "haz me": "make me", "entrenamiento": "workout", "rutina": "routine", "mancuernas": "dumbbells",
    "donne moi": "give me", "donne-moi": "give me", "seance": "session", "entrainement": "workout",
    "halteres": "dumbbells", "gib mir": "give me", "hanteln": "dumbbells", "trainingseinheit": "workout",
    "dammi": "give me", "allenamento": "workout", "manubri": "dumbbells", "geef me": "give me",
    "oefeningen": "exercises", "halters": "dumbbells", "me das": "give me", "puedes darme": "give me",
    "peux-tu me donner": "give me", "kannst du mir": "can you",
    "me da um": "give me a", "me de um": "give me a", "treino": "workout", "sessao": "session",
    # weeks (of a pregnancy: "estou de 20 semanas"), and "até a falha" (to failure), never "ate"
    "semanas": "weeks", "semaines": "weeks", "settimane": "weeks", "ate a falha": "to failure",
    "hasta el fallo": "to failure", "jusqu a l echec": "to failure",
    # Sore muscles, wrecked legs and tomorrow ("ik heb overal spierpijn", "ho le gambe a pezzi. Domani
    # stretching o riposo?", "Muskelkater nach dem Training"), and training fasted ("treinar em jejum")
    "muskelkater": "sore muscles", "spierpijn": "sore muscles", "courbatures": "sore muscles",
    "courbatu": "sore", "courbaturee": "sore", "agujetas": "sore muscles", "dolori muscolari": "sore muscles",
    "indolenzimento": "soreness", "indolenzite": "sore", "indolenziti": "sore", "dor muscular": "sore muscles",
    "dores musculares": "sore muscles", "zakwasy": "sore muscles", "gambe a pezzi": "legs wrecked",
    "gambe distrutte": "legs wrecked", "gambe": "legs", "benen": "legs", "beine": "legs", "jambes": "legs",
    "pernas": "legs", "piernas": "legs", "domani": "tomorrow", "demain": "tomorrow", "amanha": "tomorrow",
    "riposo": "rest", "riposare": "resting", "descanso": "rest", "repos": "rest", "rustdag": "rest day",
    "treinar": "train", "treino em jejum": "fasted training", "em jejum": "fasted", "en ayunas": "fasted",
    "a jeun": "fasted", "nuchter": "fasted", "a digiuno": "fasted", "de manha": "in the morning",
})

def _fold_word(word: str) -> str:
    """One word without its accents ("pić" -> "pic", "łatwo" -> "latwo"), as `_fold` writes it."""
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).replace("ł", "l").replace("ß", "ss").replace("œ", "oe")


# Training questions in Spanish, French, German, Portuguese, Italian, Dutch and Polish, read as
# the English question Helios has an answer for ("¿Por qué no puedo correr todos los días?" ->
# "why cant i run every day?", "A ile razy w tygodniu?" -> "and how many times a week?"): how
# to start, how often, why not, what to drink or eat around a race, what the user recommends.
# Only phrases no English message holds: "come", "solo", "grad" or "pic" alone are English words.
QUESTIONS: dict[str, str] = {
    # Spanish
    "quiero empezar a": "i want to start", "quiero empezar": "i want to start", "empezar a": "start",
    "como empiezo a": "how do i start", "como empezar a": "how do i start", "como empiezo": "how do i start", "como empezar": "how do i start", "como comienzo": "how do i start",
    "por donde empiezo": "how do i start", "nunca he corrido": "i have never run", "y si solo tengo": "what if i only have",
    "si solo tengo": "if i only have", "solo tengo": "i only have", "dias a la semana": "days a week",
    "a la semana": "a week", "por semana": "a week", "veces": "times", "por que no puedo": "why cant i",
    "por que no": "why not", "por que": "why", "todos los dias": "every day", "cada dia": "every day",
    "que ejercicios": "what exercises", "ejercicios": "exercises", "ejercicio": "exercise",
    "el abdomen": "abs", "me recomiendas": "do you recommend", "recomiendas": "do you recommend",
    "cuanto debo beber": "how much should i drink", "cuanta agua": "how much water", "cuanto": "how much",
    "debo beber": "should i drink", "manana": "tomorrow", "por la manana": "in the morning", "que debo": "what should i", "debo": "should i", "beber": "drink",
    "media maraton": "half marathon", "maraton": "marathon", "esta noche": "tonight", "que ceno": "what should i eat for dinner",
    "que como": "what should i eat", "antes o despues": "before or after", "turno de noche": "night shift",
    "mi turno": "my shift", "entrenar": "train", "que entreno hoy": "what should i train today",
    "que entreno": "what should i train", "hice pecho": "did chest", "hice espalda": "did back",
    "hice pierna": "did legs", "pecho": "chest", "espalda": "back",
    "was soll ich heute trainieren": "what should i train today", "brust": "chest", "rucken": "back",
    "qu est-ce que je travaille aujourd hui": "what should i train today", "pectoraux": "chest",
    "cosa alleno oggi": "what should i train today", "petto": "chest", "schiena": "back", "con que frecuencia": "how often", "ir al gimnasio": "go to the gym",
    # French
    "je veux commencer a": "i want to start", "commencer a": "start", "comment je commence": "how do i start",
    "comment commencer": "how do i start", "comment commencer a": "how do i start",
    "comment je commence a": "how do i start", "par ou commencer": "how do i start", "je n ai jamais couru": "i have never run",
    "et si je n ai que": "what if i only have", "si je n ai que": "if i only have", "je n ai que": "i only have",
    "jours par semaine": "days a week", "par semaine": "a week", "fois": "times", "pourquoi je ne peux pas": "why cant i",
    "pourquoi ne pas": "why not", "pourquoi pas": "why not", "pourquoi": "why", "tous les jours": "every day",
    "chaque jour": "every day", "quels exercices": "what exercises", "exercices": "exercises",
    "tu me conseilles": "do you recommend", "me conseilles tu": "do you recommend", "conseilles": "recommend",
    "combien dois je boire": "how much should i drink", "dois je": "should i", "je dois": "should i",
    "boire": "drink", "manger": "eat", "ce soir": "tonight", "semi marathon": "half marathon",
    "semi-marathon": "half marathon", "chaleur": "heat", "qu est ce que je mange": "what should i eat",
    "qu est-ce que je mange": "what should i eat", "je mange quoi": "what should i eat",
    "avant ou apres": "before or after", "mon poste": "my shift", "ma garde": "my shift", "m entrainer": "train",
    # German
    "mit dem laufen anfangen": "start running", "wie fange ich an": "how do i start", "wie fange ich mit dem laufen an": "how do i start running", "anfangen": "start",
    "noch nie gelaufen": "never run before", "und wenn ich nur": "what if i only", "wenn ich nur": "if i only",
    "tage pro woche": "days a week", "tage die woche": "days a week", "pro woche": "a week", "in der woche": "a week",
    "warum kann ich nicht jeden tag laufen": "why cant i run every day", "jeden tag laufen": "run every day",
    "jeden tag trainieren": "train every day", "warum kann ich nicht": "why cant i", "warum nicht": "why not", "warum": "why", "jeden tag": "every day",
    "wie oft": "how often", "pro woche trainieren": "train a week", "pro woche laufen gehen": "run a week",
    "pro woche laufen": "run a week", "pro woche joggen": "run a week", "in der woche trainieren": "train a week",
    "die woche trainieren": "train a week", "pro woche ins fitnessstudio": "go to the gym a week", "welche ubungen": "what exercises", "ubungen": "exercises", "ubung": "exercise",
    "bauchmuskeln": "abs", "den bauch": "abs", "empfiehlst du": "do you recommend", "empfehlen sie": "do you recommend",
    "wie viel sollte ich trinken": "how much should i drink", "wie viel": "how much", "wieviel": "how much",
    "sollte ich": "should i", "soll ich": "should i", "trinken": "drink", "essen": "eat", "heute abend": "tonight",
    "today abend": "tonight",  # "heute" as the host's glossary reads it (`host.glossary`)
    "je cours": "i run", "combien dois-je boire": "how much should i drink", "dois-je": "should i",
    "que dois-je": "what should i", "corro": "i run", "ich laufe": "i run",
    "morgen": "tomorrow", "halbmarathon": "half marathon", "hitze": "heat", "vor oder nach": "before or after",
    "meiner schicht": "my shift", "der schicht": "the shift", "nachtschicht": "night shift", "trainieren": "train",
    # Portuguese
    "quero comecar a": "i want to start", "comecar a": "start", "como comeco": "how do i start", "como comeco a": "how do i start",
    "como comecar": "how do i start", "nunca corri": "i have never run", "e se eu so tiver": "what if i only have",
    "se eu so tiver": "if i only have", "so tenho": "i only have", "dias por semana": "days a week", "vezes": "times",
    "por que nao posso": "why cant i", "porque nao posso": "why cant i", "por que nao": "why not", "todos os dias": "every day",
    "exercicios": "exercises", "exercicio": "exercise", "o abdomen": "abs", "voce recomenda": "do you recommend", "recomenda": "recommend",
    "quanto devo beber": "how much should i drink", "quanto": "how much", "devo": "should i", "meia maratona": "half marathon",
    "maratona": "marathon", "esta noite": "tonight", "antes ou depois": "before or after", "meu turno": "my shift",
    # Italian
    "voglio iniziare a": "i want to start", "iniziare a": "start", "come comincio": "how do i start", "come comincio a": "how do i start", "come inizio a": "how do i start",
    "come inizio": "how do i start", "non ho mai corso": "i have never run", "e se ho solo": "what if i only have",
    "se ho solo": "if i only have", "giorni a settimana": "days a week", "giorni alla settimana": "days a week",
    "a settimana": "a week", "alla settimana": "a week", "volte": "times", "perche non posso": "why cant i",
    "perche non": "why not", "perche": "why", "tutti i giorni": "every day", "ogni giorno": "every day",
    "quali esercizi": "what exercises", "esercizi": "exercises", "mi consigli": "do you recommend",
    "quanto devo bere": "how much should i drink", "devo bere": "should i drink", "bere": "drink",
    "mezza maratona": "half marathon", "stasera": "tonight", "cosa mangio": "what should i eat", "mangiare": "eat",
    "correre": "running", "prima o dopo": "before or after", "il turno": "my shift", "allenarmi": "train",
    # Dutch
    "ik wil beginnen met": "i want to start", "beginnen met": "start", "hoe begin ik": "how do i start", "hoe begin ik met": "how do i start",
    "nog nooit gerend": "never run before", "nog nooit": "never", "en als ik maar": "what if i only",
    "als ik maar": "if i only", "dagen per week": "days a week", "waarom kan ik niet": "why cant i",
    "waarom niet": "why not", "waarom": "why", "elke dag": "every day", "iedere dag": "every day",
    "buikspieroefeningen": "abs exercises", "buikspieren": "abs", "raad je aan": "do you recommend",
    "hoe vaak": "how often", "hoeveel moet ik drinken": "how much should i drink", "moet ik": "should i",
    "drinken": "drink", "halve marathon": "half marathon", "vanavond": "tonight", "eten": "eat",
    "gerend": "ran", "voor of na": "before or after", "mijn dienst": "my shift", "nachtdienst": "night shift",
    # Polish (l for the crossed l, as _fold writes it)
    "chce zaczac biegac": "i want to start running", "chce zaczac": "i want to start", "jak zaczac": "how do i start",
    "od czego zaczac": "how do i start", "zaczac": "start", "nigdy nie biegalem": "i have never run",
    "nigdy nie biegalam": "i have never run", "biegac": "run", "a jesli mam tylko": "what if i only have",
    "jesli mam tylko": "if i only have", "mam tylko": "i only have", "dni w tygodniu": "days a week",
    "w tygodniu": "a week", "ile razy": "how many times", "razy": "times", "dlaczego nie moge": "why cant i",
    "dlaczego nie": "why not", "dlaczego": "why", "codziennie": "every day", "na brzuch": "for abs",
    "brzuch": "abs", "cwiczenia": "exercises", "polecasz": "do you recommend", "jaki trening": "what workout", "a ile": "and how many",
    "jakie cwiczenia": "what exercises", "ile powinienem pic": "how much should i drink",
    "ile powinnam pic": "how much should i drink", "powinienem": "should i", "powinnam": "should i",
    "polmaraton": "half marathon", "jutro": "tomorrow", "wieczorem": "tonight", "biegne": "i run",
    "przed czy po": "before or after", "zmianie": "shift", "zmiana": "shift",
}
# A first race and a beginner's walk breaks ("Quiero correr mi primer 5k, ¿me das una rutina? Ahora mismo no corro
# nada" ... "¿Y por qué tengo que caminar entre las carreras?")
QUESTIONS.update({
    "mi primer": "my first", "mi primera": "my first", "mon premier": "my first", "ma premiere": "my first",
    "mes premiers": "my first", "meus primeiros": "my first", "meu primeiro": "my first", "minha primeira": "my first",
    "il mio primo": "my first", "la mia prima": "my first", "mijn eerste": "my first", "moj pierwszy": "my first",
    "meinen ersten": "my first", "mein erster": "my first", "meine erste": "my first",
    "no corro nada": "i cant run yet", "no corro": "i cant run yet", "je ne cours pas du tout": "i cant run yet", "je ne cours pas": "i cant run yet",
    "nao corro nada": "i cant run yet", "nao corro": "i cant run yet", "non corro": "i cant run yet", "ik loop niet": "i cant run yet",
    "ich laufe gar nicht": "i cant run yet", "ich laufe nicht": "i cant run yet", "ahora mismo": "right now",
    "una rutina": "a routine", "um plano": "a plan", "plano": "plan", "un programme": "a plan",
    "een schema": "a plan", "einen plan": "a plan", "einen trainingsplan": "a plan",
    "tengo que": "do i have to", "tenho que": "do i have to", "muss ich": "do i have to", "musze": "do i have to",
    "marcher": "walk", "caminhar": "walk", "camminare": "walk", "wandelen tussen": "walk between",
    "entre las carreras": "between the runs", "entre carreras": "between runs", "entre les courses": "between the runs",
    "entre as corridas": "between the runs", "tra le corse": "between the runs", "zwischen den laufen": "between the runs",
    "tussen het hardlopen": "between the runs", "tussen de looprondes": "between the runs",
})
# Rest days, stretching before a run, drinking when training
QUESTIONS.update({
    "jours de repos": "rest days", "jours": "days", "avant de courir": "before running", "m etirer": "stretch",
    "s etirer": "stretch", "quand je m entraine": "when i train",
    "vor dem laufen dehnen": "stretch before running", "vor dem laufen": "before running",
    "nach dem laufen": "after running", "mich dehnen": "stretch", "ruhetage": "rest days", "beim training": "when training",
    "dni odpoczynku": "rest days", "ile dni odpoczynku": "how many rest days", "ile dni": "how many days", "przed bieganiem": "before running",
    "rozciagac": "stretch", "cuando entreno": "when i train", "dias de descanso": "rest days",
    "antes de correr": "before running", "estirar": "stretch", "giorni di riposo": "rest days",
    "prima di correre": "before running", "fare stretching": "stretch", "quando mi alleno": "when i train",
    "alongar": "stretch", "quando treino": "when i train", "rustdagen": "rest days",
    "voor het hardlopen": "before running", "rekken": "stretch", "als ik train": "when i train", "trainen": "train",
})
# Training for an event: a goal, never a session done ("estoy entrenando para un maratón" logged a marathon)
QUESTIONS.update({
    "estoy entrenando para": "i'm training for", "me estoy preparando para": "i'm training for", "entreno para": "i'm training for",
    "je m entraine pour": "i'm training for", "je me prepare pour": "i'm training for", "je prepare": "i'm training for",
    "ich trainiere fur": "i'm training for", "ich trainiere auf": "i'm training for", "ich bereite mich auf": "i'm training for",
    "mi sto allenando per": "i'm training for", "mi alleno per": "i'm training for", "sto preparando": "i'm training for", "mi preparo per": "i'm training for",
    "estou treinando para": "i'm training for", "estou a treinar para": "i'm training for", "treino para": "i'm training for", "estou me preparando para": "i'm training for",
    "ik train voor": "i'm training for", "i train voor": "i'm training for", "ik ben aan het trainen voor": "i'm training for", "trenuje do": "i'm training for", "przygotowuje sie do": "i'm training for",
    "un maraton": "a marathon", "una maratona": "a marathon", "uma maratona": "a marathon", "einen marathon": "a marathon", "un marathon": "a marathon",
    "een marathon": "a marathon", "una media maraton": "a half marathon", "una mezza maratona": "a half marathon",
    "uma meia maratona": "a half marathon", "einen halbmarathon": "a half marathon", "un semi marathon": "a half marathon", "een halve marathon": "a half marathon",
})
# What someone wants, no longer wants or is going to do: a wish or a plan, never a session done
# ("ya no quiero correr maratones" logged a marathon, "no quiero correr hoy" asked how long the run took)
QUESTIONS.update({
    "ya no quiero": "i no longer want to", "no quiero": "i don't want to", "quiero": "i want to", "no voy a": "i'm not going to",
    "voy a": "i'm going to", "me gustaria": "i would like to", "quisiera": "i would like to",
    "je ne veux plus": "i no longer want to", "je ne veux pas": "i don't want to", "je veux plus": "i no longer want to",
    "je veux pas": "i don't want to", "je veux": "i want to", "je vais": "i'm going to", "j aimerais": "i would like to",
    "je voudrais": "i would like to",
    "ich will nicht mehr": "i no longer want to", "ich will keine": "i don't want to", "ich will nicht": "i don't want to",
    "ich will": "i want to", "ich werde": "i'm going to", "keine lust": "i don't want to",
    "nao quero mais": "i no longer want to", "nao quero": "i don't want to", "quero": "i want to", "eu vou": "i'm going to",
    "gostaria de": "i would like to",
    "non voglio piu": "i no longer want to", "non voglio": "i don't want to", "voglio": "i want to", "vorrei": "i would like to",
    "ik wil niet meer": "i no longer want to", "ik wil geen": "i don't want to", "ik wil niet": "i don't want to",
    "ik wil": "i want to", "ik ga": "i'm going to",
    "nie chce juz": "i no longer want to", "nie chce": "i don't want to", "chce": "i want to", "bede": "i'm going to",
    "aller a la salle": "go to the gym", "aller a la gym": "go to the gym", "ir al gym": "go to the gym",
    "ins fitnessstudio": "to the gym", "andare in palestra": "go to the gym", "ir a academia": "go to the gym",
    "ir pra academia": "go to the gym", "naar de sportschool": "to the gym", "na silownie": "to the gym",
})
# Moderate or vigorous: "¿qué cuenta como ejercicio vigoroso?"
QUESTIONS.update({
    "cuenta como": "counts as", "compte comme": "counts as", "zahlt als": "counts as", "conta como": "counts as",
    "conta come": "counts as", "telt als": "counts as", "liczy sie jako": "counts as",
    "vigoroso": "vigorous", "vigorosa": "vigorous", "vigoureux": "vigorous", "vigoureuse": "vigorous",
    "moderado": "moderate", "moderada": "moderate", "modere": "moderate", "moderee": "moderate", "moderato": "moderate",
    "moderata": "moderate", "intensa": "vigorous", "cosa conta come": "what counts as", "attivita moderata": "moderate activity",
    "attivita vigorosa": "vigorous activity", "activite moderee": "moderate activity", "qu est ce qui compte comme": "what counts as",
})
# Chair (seated) exercises for an older or less mobile person
QUESTIONS.update({
    phrase: "chair exercises"
    for phrase in (
        "ejercicios en silla", "ejercicios en una silla", "ejercicios con silla", "ejercicios sentado", "ejercicios sentada",
        "ejercicios sentados", "ejercicios sentadas", "ejercicios para hacer sentado", "ejercicios para hacer sentada",
        "exercices sur chaise", "exercices sur une chaise", "exercices assis", "exercices assise", "exercices en position assise",
        "gym sur chaise", "gymnastique sur chaise", "gymnastique assise",
        # as typo repair leaves the French "exercices" (English "exercises")
        "exercises sur chaise", "exercises sur une chaise", "exercises assis", "exercises assise",
        "exercises en position assise",
        "ubungen im sitzen", "ubungen auf dem stuhl", "ubungen auf einem stuhl", "stuhlubungen", "sitzgymnastik",
        "training im sitzen", "gymnastik im sitzen",
        "exercicios na cadeira", "exercicios com cadeira", "exercicios sentado", "exercicios sentada", "exercicios sentados",
        "esercizi da seduti", "esercizi da seduto", "esercizi da seduta", "esercizi sulla sedia", "esercizi seduti",
        "ginnastica da seduti", "ginnastica sulla sedia",
        "stoeloefeningen", "oefeningen op een stoel", "oefeningen op de stoel", "zittende oefeningen", "oefeningen zittend",
        "stoelgym", "stoelgymnastiek",
        "cwiczenia na krzesle", "cwiczenia na siedzaco", "cwiczenia siedzac", "gimnastyka na krzesle",
    )
})
# Everyday training questions Helios answers in English: the best time of day to train ("qual o melhor horário
# pra treinar, manhã ou noite?"), a beginner's gym routine ("jaki trening na siłowni dla początkującego?"), good
# cardio before a competition ("Wat is goede cardio voor de laatste weken?")
_MORNING = {
    "es": ("por la manana", "manana"), "pt": ("de manha", "manha"), "fr": ("le matin", "matin"), "de": ("morgens", "am morgen"),
    "it": ("la mattina", "mattina", "di mattina"), "nl": ("s ochtends", "ochtend", "s morgens"), "pl": ("rano",),
}
_EVENING = {
    "es": ("por la noche", "noche", "por la tarde", "tarde"), "pt": ("a noite", "de noite", "noite", "a tarde"),
    "fr": ("le soir", "soir"), "de": ("abends", "am abend"), "it": ("la sera", "sera", "di sera"),
    "nl": ("s avonds", "avond"), "pl": ("wieczorem", "wieczor"),
}
_OR = {"es": ("o",), "pt": ("ou",), "fr": ("ou",), "de": ("oder",), "it": ("o",), "nl": ("of",), "pl": ("czy",)}
for _lang, _ors in _OR.items():
    for _or in _ors:
        for _am in _MORNING[_lang]:
            for _pm in _EVENING[_lang]:
                QUESTIONS[f"{_am} {_or} {_pm}"] = "morning or evening"
                QUESTIONS[f"{_pm} {_or} {_am}"] = "evening or morning"
QUESTIONS.update({
    # the best time to train
    "mejor hora para entrenar": "best time to train", "mejor momento para entrenar": "best time to train",
    "mejor horario para entrenar": "best time to train", "melhor horario pra treinar": "best time to train",
    "melhor horario para treinar": "best time to train", "melhor hora pra treinar": "best time to train",
    "melhor hora para treinar": "best time to train", "melhor horario de treino": "best time to train",
    "meilleur moment pour s entrainer": "best time to train", "meilleure heure pour s entrainer": "best time to train",
    "meilleur moment pour faire du sport": "best time to train",
    "beste zeit zum trainieren": "best time to train", "beste tageszeit zum trainieren": "best time to train",
    "beste zeit fur training": "best time to train", "beste tageszeit": "best time of day to train",
    "momento migliore per allenarsi": "best time to train", "ora migliore per allenarsi": "best time to train",
    "orario migliore per allenarsi": "best time to train", "il momento migliore per allenarmi": "best time to train",
    "beste tijd om te trainen": "best time to train", "beste moment om te trainen": "best time to train",
    "najlepsza pora na trening": "best time to train", "najlepsza pora do treningu": "best time to train",
    "kiedy najlepiej trenowac": "best time to train", "kiedy najlepiej cwiczyc": "best time to train",
    # a beginner at the gym
    "dla poczatkujacego": "for a beginner", "dla poczatkujacych": "for a beginner", "dla poczatkujacej": "for a beginner",
    "para principiantes": "for a beginner", "para un principiante": "for a beginner", "para principiante": "for a beginner",
    "para iniciantes": "for a beginner", "para iniciante": "for a beginner", "pra iniciante": "for a beginner",
    "pour debutant": "for a beginner", "pour debutants": "for a beginner", "pour un debutant": "for a beginner",
    "fur anfanger": "for a beginner", "fur einen anfanger": "for a beginner", "per principianti": "for a beginner",
    "per un principiante": "for a beginner", "voor beginners": "for a beginner", "voor een beginner": "for a beginner",
    "en el gimnasio": "at the gym", "de gimnasio": "gym", "na academia": "at the gym", "de academia": "gym",
    "a la salle": "at the gym", "de musculation": "gym", "im fitnessstudio": "at the gym", "in palestra": "at the gym",
    "in de sportschool": "at the gym", "op de sportschool": "at the gym", "na silowni": "at the gym",
    "rutina de gimnasio": "gym routine", "treino de academia": "gym routine", "programme de musculation": "gym routine",
    "scheda in palestra": "gym routine", "scheda palestra": "gym routine", "sportschoolschema": "gym routine",
    # cardio before a competition
    "goede cardio": "good cardio", "buen cardio": "good cardio", "bom cardio": "good cardio", "bon cardio": "good cardio",
    "gutes cardio": "good cardio", "buon cardio": "good cardio", "dobre cardio": "good cardio",
    "voor de laatste weken": "for the last weeks", "de laatste weken": "the last weeks",
    "para las ultimas semanas": "for the last weeks", "para as ultimas semanas": "for the last weeks",
    "pour les dernieres semaines": "for the last weeks", "fur die letzten wochen": "for the last weeks",
    "per le ultime settimane": "for the last weeks", "na ostatnie tygodnie": "for the last weeks",
    "wedstrijd": "competition", "competicion": "competition", "competicao": "competition", "wettkampf": "competition",
    "gara": "competition", "zawody": "competition",
    "trainingsplan": "training plan", "trainingsschema": "training plan", "plan treningowy": "training plan",
    "plano de treino": "training plan", "plan de entrenamiento": "training plan", "programme d entrainement": "training plan",
    "scheda di allenamento": "training plan",
    # wrecked after leg day and a rest tomorrow ("Estoy muerta después del entreno de piernas, ¿mañana descanso?")
    "estoy muerta": "my legs are dead", "estoy muerto": "my legs are dead", "entreno de piernas": "leg day", "dia de piernas": "leg day",
    "manana descanso": "should i rest tomorrow", "descanso manana": "should i rest tomorrow",
    "je suis mort": "my legs are dead", "je suis morte": "my legs are dead", "ich bin tot": "my legs are dead", "sono morto": "my legs are dead", "sono morta": "my legs are dead",
    # the heart fast after sprints, and being sick after a first class: is that normal?
    "le coeur qui bat vite": "my heart pounding", "mon coeur bat vite": "my heart is pounding", "coeur qui bat fort": "my heart pounding",
    "el corazon a mil": "my heart pounding", "corazon acelerado": "my heart pounding", "herz rast": "my heart is pounding", "herzrasen nach": "my heart pounding after",
    "coracao acelerado": "my heart pounding", "cuore a mille": "my heart pounding", "hart gaat tekeer": "my heart is pounding",
    "c est normal": "is that normal", "est ce normal": "is that normal", "es normal": "is that normal", "ist das normal": "is that normal",
    "e normal": "is that normal", "is dat normaal": "is that normal", "czy to normalne": "is that normal",
    "j ai vomi": "i threw up", "he vomitado": "i threw up", "vomite": "i threw up", "ich habe mich ubergeben": "i threw up", "ho vomitato": "i threw up",
    "vomitei": "i threw up", "ik heb overgegeven": "i threw up", "zwymiotowalam": "i threw up", "zwymiotowalem": "i threw up",
    "premier cours": "first class", "primera clase": "first class", "erste stunde": "first class", "primeira aula": "first class", "prima lezione": "first class", "eerste les": "first class",
    # water while training, and steps a day
    "wasser": "water", "water drinken": "drink water",
    "beim training": "when training", "durante el entrenamiento": "when training", "pendant l entrainement": "when training", "tijdens het sporten": "when training",
    "hoeveel stappen": "how many steps", "cuantos pasos": "how many steps", "combien de pas": "how many steps", "wie viele schritte": "how many steps",
    "quantos passos": "how many steps", "quanti passi": "how many steps", "ile krokow": "how many steps", "per dag": "a day", "al dia": "a day", "par jour": "a day",
    "pro tag": "a day", "am tag": "a day", "por dia": "a day", "al giorno": "a day", "dziennie": "a day", "is gezond": "is healthy",
})
PHRASES.update(QUESTIONS)


# Asking for a workout to be logged, and the days of the week: "Et mardi dernier j'ai fait une heure
# de vélo, tu peux l'ajouter ?" is "and last tuesday i did 1 hour of bike, can you add it?"
LOG_ASKED: dict[str, str] = {
    "tu peux l ajouter": "can you add it", "peux tu l ajouter": "can you add it", "tu peux le noter": "can you note it",
    "tu peux l enregistrer": "can you log it", "tu peux le rajouter": "can you add it", "ajoute le": "add it",
    "ajoute-le": "add it", "note le": "note it", "note-le": "note it",
    "puedes anadirlo": "can you add it", "puedes apuntarlo": "can you log it", "puedes agregarlo": "can you add it",
    "puedes anotarlo": "can you note it", "anadelo": "add it", "anotalo": "note it", "agregalo": "add it",
    "kannst du das eintragen": "can you log it", "kannst du das notieren": "can you log it",
    "kannst du das hinzufugen": "can you add it", "trag das ein": "log it", "bitte eintragen": "please log it",
    "puoi aggiungerla": "can you add it", "puoi aggiungerlo": "can you add it", "puoi segnarla": "can you log it",
    "puoi segnarlo": "can you log it", "puoi registrarla": "can you log it", "puoi registrarlo": "can you log it",
    "podes adicionar": "can you add it", "pode adicionar": "can you add it", "podes registar": "can you log it",
    "pode registrar": "can you log it", "podes anotar": "can you log it", "pode anotar": "can you log it",
    "kun je dat toevoegen": "can you add it", "kun je dat noteren": "can you log it", "kun je dat bijhouden": "can you log it",
    "mozesz dodac": "can you add it", "mozesz to dodac": "can you add it", "mozesz zapisac": "can you log it",
    "mozesz to zapisac": "can you log it", "dodaj to": "add it", "zapisz to": "log it",
    "une heure": "1 hour", "una hora": "1 hour", "eine stunde": "1 hour",
}
PHRASES.update(LOG_ASKED)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# each language's weekdays, the ways it says "last ...day", and the other ways it names the day
for _names, _last, _same in (
    (("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"), ("{} dernier",), ()),
    (("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"), ("el {} pasado", "{} pasado"), ()),
    (("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
     ("letzten {}", "letzte {}", "vergangenen {}"), ()),
    (("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"), ("{} scorso", "{} scorsa"), ()),
    (("segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"),
     ("na {} passada", "na {} feira passada", "na {}-feira passada", "{} passada", "{} feira passada",
      "{}-feira passada", "no {} passado", "{} passado"), ("{}-feira", "{} feira")),
    (("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"), ("afgelopen {}", "vorige {}"), ()),
    (("poniedzialek", "wtorek", "srode", "czwartek", "piatek", "sobote", "niedziele"),
     ("w zeszly {}", "w zeszla {}", "w ostatni {}", "w ostatnia {}"), ()),
):
    for _name, _english in zip(_names, _WEEKDAYS):
        PHRASES.setdefault(_name, _english)
        PHRASES.update({form.format(_name): f"last {_english}" for form in _last})
        PHRASES.update({form.format(_name): _english for form in _same})
PHRASES.update({"sroda": "wednesday", "sobota": "saturday", "niedziela": "sunday"})


def _glossed(phrase: str) -> str:
    """`phrase` as Helios reads it after the host's glossary put its Dutch and Polish words in
    English (`host.glossary`: "hoe begin ik" arrives as "hoe begin i", "a ile razy" as "a how
    much razy")."""
    return " ".join(_GLOSSARY.get(word, word) for word in phrase.split())


_GLOSSARY = {_fold_word(word): english.lower() for word, english in FOREIGN_WORDS.items()}
_ENGLISH = {word for english in _GLOSSARY.values() for word in english.split()}
# the glossed forms too, while a foreign word is left in them ("i walk" alone would be English)
PHRASES.update(
    {
        glossed: english
        for phrase, english in QUESTIONS.items()
        if (glossed := _glossed(phrase)) != phrase and any(word not in _ENGLISH for word in glossed.split())
    }
)

LITTLE_WORDS: dict[str, str] = {
    "und": "and", "et": "and", "y": "and", "e": "and", "en": "and", "mit": "with", "avec": "with",
    "con": "with", "met": "with", "bitte": "please", "por favor": "please", "s il te plait": "please",
    "de": "of", "di": "of", "van": "of", "och": "and", "og": "and", "med": "with", "tog": "took", "tok": "took",
    "tog det": "it took", "tok det": "it took", "tog omkring": "took about", "ja": "and", "w": "in",
    "las": "the", "los": "the", "el": "the", "les": "the", "die": "the", "den": "the", "gli": "the", "het": "the",
    "ate": "until", "hasta": "until", "przez": "for", "okolo": "about", "noin": "about", "dann": "then", "puis": "then", "luego": "then", "dopo": "then", "danach": "then",
}

# Autocorrect slips for exercise names: a phone's real word where an exercise was typed. Those
# that are real food or everyday words ("lunches", "squads") count only when a number, "sets of"
# or "x" sits right before them, so "3 sets of 12 lunches" is lunges and "I had two lunches" stays food.
SLIPS: dict[str, str] = {
    "cross trader": "cross trainer", "cross trainers": "cross trainer", "cross training machine": "cross trainer",
    "cross traner": "cross trainer", "elliptic al": "elliptical", "dead lifts": "deadlifts", "dead lift": "deadlift",
    "tread mill": "treadmill", "kettle bells": "kettlebells", "kettle bell": "kettlebell", "dumb bells": "dumbbells",
    "dumb bell": "dumbbell", "burpee s": "burpees", "stair master": "stairmaster", "row machine": "rowing machine",
    "rowing mashine": "rowing machine", "jumping jack s": "jumping jacks",
    "go liter": "go lighter", "going liter": "going lighter", "go lite": "go lighter", "go lightr": "go lighter",
}
COUNTED_SLIPS: dict[str, str] = {
    "lunches": "lunges", "lunch": "lunge", "squads": "squats", "squad": "squat", "deadlines": "deadlifts",
    "planets": "planks", "burpies": "burpees", "lungs": "lunges", "bur pees": "burpees", "squids": "squats",
    "crutches": "crunches", "pull upa": "pull ups",
}


def _fold(text: str) -> str:
    """Accents dropped ("Büro" -> "buro", "à" -> "a"), apostrophes as spaces ("j'ai" -> "j ai")."""
    if text.isascii():
        return text.replace(" '", " ").replace("'", " ")  # no accent to drop, none of the letters below
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l").replace(" '", " ").replace("'", " ")


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9])((?:{longest_first(table)}))(?![a-z0-9])")


_PHRASES = _pattern(PHRASES)
# "bei 30 Grad", "con 30 grados", "par 30 degrés", "w 30 stopniach": the heat, in degrees
_DEGREES = re.compile(r"\b(\d{1,2}) ?(?:grad|grados|degres|graus|gradi|graden|stopni|stopniach)\b")
_LITTLE = _pattern(LITTLE_WORDS)
_POLISH_AND = re.compile(r"(?<=[a-z0-9,]) i (?=\d)")
_SLIPS = _pattern(SLIPS)
_COUNT = r"(?:\d+\s*(?:x\s*\d+\s*)?|sets? of (?:\d+\s*)?|x\s*\d+\s*)"
_COUNTED = re.compile(
    rf"(?<![a-z0-9])(?P<before>{_COUNT})(?P<word>"
    + "|".join(re.escape(p) for p in sorted(COUNTED_SLIPS, key=len, reverse=True))
    + r")(?![a-z])"
)


@per_turn  # asked of the same text by routing and the reply
def translate(text: str) -> str:
    """Lower-case `text` with its foreign workout words and autocorrect slips in English; text
    with none of them comes back unchanged (accents and all)."""
    folded = _fold(text)
    changed = False
    if _PHRASES.search(folded):
        folded = _PHRASES.sub(lambda m: PHRASES[m.group(1)], folded)
        folded = _LITTLE.sub(lambda m: LITTLE_WORDS[m.group(1)], folded)
        folded = _POLISH_AND.sub(" and ", folded)  # "60 kg i 20 min rowerka": the Polish "and", before a count
        changed = True
    if _DEGREES.search(folded):
        folded = _DEGREES.sub(r"\1 degrees", folded)
        changed = True
    if _SLIPS.search(folded):
        folded = _SLIPS.sub(lambda m: SLIPS[m.group(1)], folded)
        changed = True
    if _COUNTED.search(folded):
        folded = _COUNTED.sub(lambda m: m.group("before") + COUNTED_SLIPS[m.group("word")], folded)
        changed = True
    return folded if changed else text


_EXERCISE_WORDS = sorted({*SLIPS.values(), *COUNTED_SLIPS.values()}, key=len, reverse=True)
_SLIP_WORDS = sorted({*SLIPS, *COUNTED_SLIPS}, key=len, reverse=True)
_SLIP_CORRECTION = re.compile(
    rf"\b({'|'.join(map(re.escape, _EXERCISE_WORDS))}),? not ({'|'.join(map(re.escape, _SLIP_WORDS))})\b|"
    rf"\b({'|'.join(map(re.escape, _SLIP_WORDS))}),? (?:i mean|i meant|meant|should be|=|->) "
    rf"({'|'.join(map(re.escape, _EXERCISE_WORDS))})\b"
)


@per_turn  # asked of the same text by routing and the reply
def slip_correction(text: str) -> bool:
    """True for "lunges not lunches", "squads I mean squats": the user fixing their phone's
    autocorrect in an exercise name (which Helios has read right already)."""
    return bool(_SLIP_CORRECTION.search(_fold(text.lower())))
