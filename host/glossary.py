"""Everyday words of other languages that say what a message is about, read as the English word.

"Umieram z głodu po siłowni, co szybkiego zjeść na kolację, coś z dużą ilością białka?" scores
nothing with English keywords; read with `FOREIGN_WORDS` it says "hungry", "gym", "eat",
"dinner" and "protein", so the router sends it to the nutritionist and the nutritionist reads
what is asked. Typo repair (`host.typos`) replaces these words like a misspelling, so the
chosen agent reads the same English words the router scored.

Only words that are no English word ("cena", "eten", "comer", not "fame" or "diner"), and only
what a message is about (eating, meals, protein, training, hunger, how much): no food names,
which the agents read in their own tables, and no verbs of a goal ("abnehmen", "adelgazar"),
which General reads in the whole sentence ("ich möchte 5 kg abnehmen").
Keys are written as `host.text` normalises a word (lower case, "ß" as "ss").
"""

from __future__ import annotations

from host import text as host_text

_GLOSSES: dict[str, tuple[str, ...]] = {
    "eat": (
        "jeść", "zjeść", "jem", "eten", "eet", "essen", "comer", "mangiare", "kumain", "kain",
    ),
    "ate": ("zjadłem", "zjadłam", "jadłem", "jadłam", "gegessen", "comí", "comi", "mangiato", "mangé"),
    "protein": ("białko", "białka", "białkiem", "eiwit", "eiwitten", "eiweiss"),
    "breakfast": ("śniadanie", "śniadania", "śniadaniu", "ontbijt", "frühstück", "fruhstuck", "desayuno", "colazione", "almusal"),
    "lunch": ("obiad", "obiadu", "mittagessen", "almoço", "almoco", "almuerzo", "pranzo", "tanghalian"),
    "dinner": ("kolacja", "kolację", "kolacji", "avondeten", "abendessen", "jantar", "cena", "dîner", "hapunan"),
    "snack": ("przekąska", "przekąskę", "przekąski", "tussendoortje", "lanche"),
    "calories": ("kalorie", "kalorii", "calorieën", "kalorien", "calorias", "calorías"),
    "hungry": ("głodu", "głodny", "głodna", "fome", "hambre", "faim", "gutom"),
    "gym": ("siłownia", "siłowni", "siłownię", "sportschool", "fitnessstudio", "gimnasio", "palestra"),
    "training": ("trening", "treningu", "treino", "entrenamiento", "allenamento", "entraînement", "entrainement"),
    "train": ("trenować", "trainen", "treinar", "entrenar", "allenarmi", "allenarsi"),
    "exercise": ("ćwiczenia", "ćwiczyć", "sporten", "ehersisyo"),
    "running": ("bieganie", "hardlopen", "corrida"),
    "run": ("biegać", "correr", "correre", "courir"),
    "swimming": ("pływanie", "zwemmen", "schwimmen", "natação", "natación", "nuoto"),
    "recover": ("herstellen", "regenerować", "recuperar"),
    "recovery": ("herstel", "regeneracja", "recuperação", "recuperación", "recupero"),
    "sore muscles": ("spierpijn", "muskelkater", "zakwasy"),
    "drink": ("pić", "drinken", "trinken", "beber", "bere", "boire"),
    "water": ("wody", "wasser", "água", "agua", "acqua", "tubig"),
    "how much": ("ile", "hoeveel", "wieviel", "quanto", "quanta", "cuánto", "cuánta", "cuanto", "cuanta", "combien"),
    "how many": ("quantos", "quantas", "cuántos", "cuántas", "quanti", "quante", "ilang"),
    "should I": ("powinienem", "powinnam"),
    "a day": ("dziennie", "dagelijks", "täglich", "taglich"),
    "I weigh": ("ważę", "waze"),
    "faster": ("sneller", "szybciej"),
    "quick": ("szybkiego", "szybko", "snel", "schnell", "rápido", "rapido", "veloce"),
    # when: what a log or a plan is for
    "today": ("dzisiaj", "dziś", "vandaag", "heute", "hoje", "hoy", "oggi", "ngayon"),
    "tomorrow": ("jutro", "morgen", "amanhã", "mañana", "domani", "demain", "bukas"),
    "yesterday": ("wczoraj", "gisteren", "gestern", "ontem", "ayer", "ieri", "kahapon"),
    "after": ("depois", "después", "dopo", "après", "pagkatapos"),
    "before": ("przed", "antes", "avant", "bago"),
    # the few Dutch words typo repair would otherwise misread ("gaan" as "gain", "amper" as "am per")
    "go": ("gaan",),
    "walk": ("lopen", "wandelen"),
    "barely": ("amper", "nauwelijks"),
    "can": ("kan",),
    "may": ("mag",),
    "must": ("moet",),
    "should": ("soll", "sollte"),
    "I": ("ik",),
    "best": ("beste",),
    "should I": ("devo", "debo", "dovrei"),
}

# keyed as typo repair sees a word (`host.text.words`: "Eiweiß" -> "eiweiss", letter runs squeezed)
FOREIGN_WORDS: dict[str, str] = {host_text.words(word)[0].text: english for english, words in _GLOSSES.items() for word in words}
assert all(" " not in word for words in _GLOSSES.values() for word in words), "one word each: typo repair reads words"

__all__ = ["FOREIGN_WORDS"]
