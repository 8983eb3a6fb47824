"""Everyday words of other languages that say what a message is about, read as the English word.

"Umieram z głodu po siłowni, co szybkiego zjeść na kolację, coś z dużą ilością białka?" scores
nothing with English keywords; read with `FOREIGN_WORDS` it says "hungry", "gym", "eat",
"dinner" and "protein", so the router sends it to the nutritionist and the nutritionist reads
what is asked. Typo repair (`host.typos`) replaces these words like a misspelling, so the
chosen agent reads the same English words the router scored.

Only words that are no English word ("eten", "kolacja", not "fame" or "diner"), and only what
a message is about (eating, meals, protein, training, hunger, how much): no food names, which
the agents read in their own tables, and no verbs of a goal ("abnehmen"), which General reads in
the whole sentence ("ich möchte 5 kg abnehmen"). Only languages the agents do not read
themselves: Ceres and Helios read Spanish, French, Italian and Portuguese food and training
questions in their own phrases ("me muero de hambre", "cuánta proteína"), which a word changed
here would break.
Keys are written as `host.text` normalises a word (lower case, "ß" as "ss").
"""

from __future__ import annotations

from host import text as host_text

_GLOSSES: dict[str, tuple[str, ...]] = {
    "eat": ("jeść", "zjeść", "jem", "eten", "eet", "kumain", "kain"),
    "ate": ("zjadłem", "zjadłam", "jadłem", "jadłam"),
    "protein": ("białko", "białka", "białkiem", "eiwit", "eiwitten"),
    "breakfast": ("śniadanie", "śniadania", "śniadaniu", "ontbijt", "frühstück", "fruhstuck", "almusal"),
    "lunch": ("obiad", "obiadu", "mittagessen", "tanghalian"),
    "dinner": ("kolacja", "kolację", "kolacji", "avondeten", "abendessen", "hapunan"),
    "snack": ("przekąska", "przekąskę", "przekąski", "tussendoortje"),
    "calories": ("kalorie", "kalorii", "calorieën"),
    "hungry": ("głodu", "głodny", "głodna", "gutom"),
    "gym": ("siłownia", "siłowni", "siłownię", "sportschool", "fitnessstudio"),
    "training": ("trening", "treningu", "treningi"),
    "train": ("trenować", "trainen"),
    "exercise": ("ćwiczenia", "ćwiczyć", "sporten", "ehersisyo"),
    "running": ("bieganie", "hardlopen"),
    "run": ("biegać",),
    "swimming": ("pływanie", "zwemmen", "schwimmen"),
    "recover": ("herstellen", "regenerować"),
    "recovery": ("herstel", "regeneracja"),
    "sore muscles": ("spierpijn", "muskelkater", "zakwasy"),
    "drink": ("pić", "drinken"),
    "water": ("wody", "tubig"),
    "how much": ("ile", "hoeveel"),
    "how many": ("ilang",),
    "should I": ("powinienem", "powinnam"),
    "a day": ("dziennie", "dagelijks", "täglich", "taglich"),
    "I weigh": ("ważę", "waze"),
    "faster": ("sneller", "szybciej"),
    "quick": ("szybkiego", "szybko", "snel"),
    # when: what a log or a plan is for
    "today": ("dzisiaj", "dziś", "vandaag", "heute", "ngayon"),
    "tomorrow": ("jutro", "bukas"),
    "yesterday": ("wczoraj", "gisteren", "gestern", "kahapon"),
    "after": ("pagkatapos",),
    "before": ("przed",),
    # the few Dutch words typo repair would otherwise misread ("gaan" as "gain", "amper" as "am per")
    "go": ("gaan",),
    "walk": ("lopen", "wandelen"),
    "barely": ("amper", "nauwelijks"),
    "can": ("kan",),
    "may": ("mag",),
    "must": ("moet",),
    "I": ("ik",),
    "best": ("beste",),
}

# keyed as typo repair sees a word (`host.text.words`: "Eiweiß" -> "eiweiss", letter runs squeezed)
FOREIGN_WORDS: dict[str, str] = {host_text.words(word)[0].text: english for english, words in _GLOSSES.items() for word in words}
assert all(" " not in word for words in _GLOSSES.values() for word in words), "one word each: typo repair reads words"

__all__ = ["FOREIGN_WORDS"]
