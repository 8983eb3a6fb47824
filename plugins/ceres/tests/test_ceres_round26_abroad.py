"""Round 26: an allergy, intolerance, coeliac disease or diet said in Spanish, French, German,
Portuguese, Italian, Dutch or Polish, with its qualifiers ("the protein of cow's milk", "my son
is allergic to", "ich vertrage keine ..."), is saved and the ideas asked for in the same message
leave it out; a bare "E para o jantar?" after them is the dinner ideas. Before, "Tenho alergia à
proteína do leite de vaca. Que lanche posso comer depois do treino?" got a yogurt parfait and a
cottage cheese bowl, and "E para o jantar?" the capability menu. Ceres answers in English."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.abroad_asks import in_english

# Words that name each allergen in an English reply (plant milks and "-free" aside).
NAMES = {
    "milk": r"\bmilk\b|cheese|yogh?urt|butter|\bcream\b|whey|paneer|ghee|feta|mozzarella|latte",
    "eggs": r"\beggs?\b|omelett?e|frittata|mayo",
    "peanuts": r"peanut|satay",
    "nuts": r"peanut|satay|almond|walnut|cashew|pecan|pistachio|hazelnut|pesto|granola",
    "fish": r"\bfish\b|salmon|tuna|\bcod\b|anchov|sardine|mackerel",
    "shellfish": r"shrimp|prawn|crab|lobster|mussel|scallop|shellfish",
    "soy": r"\bsoy|tofu|tempeh|edamame|miso",
    "gluten": r"wheat|barley|\brye\b|bread|pasta|couscous|noodle|bagel|\bwrap|granola|\boats?\b(?<!gluten-free oats)",
    "sesame": r"sesame|tahini|hummus",
}
PLANT = re.compile(r"\((?:no|coeliac|lactose)[^)]*\)+|\b[\w ]+[- ]free\b|\b(?:soy|oat|almond|rice|coconut) milk\b|\b(?:peanut|almond|nut|seed|cocoa) butter\b", re.I)

SAID = [
    # (message, allergens the ideas must not name, what is saved in the profile's diet)
    ("Tenho alergia à proteína do leite de vaca. Que lanche posso comer depois do treino?", ["milk"], {"allergies": ["dairy"]}),
    ("Mi hijo es alérgico a la proteína de la leche de vaca. ¿Qué le puedo dar de merienda?", ["milk"], {"allergies": ["dairy"]}),
    ("Je suis allergique aux protéines du lait de vache, des idées de petit-déjeuner ?", ["milk"], {"allergies": ["dairy"]}),
    ("Ich vertrage keine Milch. Was kann ich zum Frühstück essen?", ["milk"], {"lactose_free": True}),
    ("Ho un'intolleranza al lattosio. Idee per la cena?", ["milk"], {"lactose_free": True}),
    ("Tenho intolerância à lactose, o que posso lanchar?", ["milk"], {"lactose_free": True}),
    ("Sou celíaco. O que posso comer no café da manhã?", ["gluten"], {"gluten_free": True}),
    ("Soy celíaca, ¿qué puedo desayunar?", ["gluten"], {"gluten_free": True}),
    ("Ik heb coeliakie, wat kan ik als lunch eten?", ["gluten"], {"gluten_free": True}),
    ("Mein Sohn hat eine Weizenallergie. Ideen fürs Abendessen?", ["gluten"], {"allergies": ["gluten"]}),
    ("Sono allergica alle uova, cosa posso mangiare a colazione?", ["eggs"], {"allergies": ["egg"]}),
    ("Jestem uczulony na jajka. Co na obiad?", ["eggs"], {"allergies": ["egg"]}),
    ("Ik ben allergisch voor pinda's en noten. Wat kan ik als snack eten?", ["nuts"], {"allergies": ["peanuts", "tree_nuts"]}),
    ("Mam alergię na orzeszki ziemne. Co mogę zjeść na śniadanie?", ["peanuts"], {"allergies": ["peanuts"]}),
    ("Tengo alergia al marisco y al pescado, ¿ideas para cenar?", ["shellfish", "fish"], {"allergies": ["shellfish", "fish"]}),
    ("Ich bin allergisch gegen Fisch und Meeresfrüchte. Was soll ich heute Abend essen?", ["fish", "shellfish"], {"allergies": ["fish", "shellfish"]}),
    ("Je suis allergique au sésame et au soja. Une idée de déjeuner ?", ["sesame", "soy"], {"allergies": ["sesame", "soy"]}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "allergens", "saved"), SAID)
async def test_an_allergy_said_in_another_language_is_saved_and_kept_out_of_the_ideas_asked_beside_it(chat, on_disk, said, allergens, saved) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Got it — I've saved"), reply.text
    assert "Here are" in reply.text, reply.text  # the ideas asked for in the same message
    ideas = PLANT.sub("", reply.text.split("Here are", 1)[1].split("\n", 1)[1].split("Try “")[0])  # the ideas, not their heading
    for allergen in allergens:
        assert not re.search(NAMES[allergen], ideas, re.I), (allergen, reply.text)
    diet = on_disk("profile.json")["diet"]
    for key, value in saved.items():
        if isinstance(value, list):
            assert set(value) <= set(diet[key]), diet
        else:
            assert diet[key] == value, diet


@pytest.mark.parametrize("switch", ["E para o jantar?", "¿Y para cenar?", "Et pour le dîner ?", "Und zum Abendessen?", "E per cena?", "En voor het avondeten?", "A na kolację?"])
async def test_and_for_dinner_in_another_language_after_ideas_is_dinner_within_the_allergy(chat, switch: str) -> None:
    await chat("Tenho alergia à proteína do leite de vaca. Que lanche posso comer depois do treino?")
    reply = await chat(switch)
    assert reply.text.startswith("Here are 3 dinner ideas (no milk/dairy)"), reply.text
    assert not re.search(NAMES["milk"], PLANT.sub("", reply.text), re.I), reply.text


REPAIRED = [
    # as the host's typo repair hands them over: "Sono" -> "Soon", "Ik ben" -> "I ben", "dîner" -> "doner", "zjeść" -> "eat"
    ("Soon allergic alle uova, cosa posso mangiare a colazione?", "I'm allergic to eggs. breakfast ideas?"),
    ("I ben allergic voor pinda's en note. What can I als snack eat?", "I'm allergic to peanuts and nuts. snack ideas?"),
    ("Mam alergię na orzeszki ziemne. Co mogę eat na breakfast?", "I'm allergic to peanuts. breakfast ideas?"),
    ("Je suis intolerant au lactose, des idées de doner ?", "I'm lactose intolerant. dinner ideas?"),
    ("I ben coeliakie patiënt, what can I ontbijten?", "I'm coeliac. breakfast ideas?"),
    ("Ich bin allergic gegen Fisch und Meeresfrüchte. Was soll ich today Abend essen?", "I'm allergic to fish and shellfish. dinner ideas?"),
    ("Jestem uczulony na jajka. Co na lunch?", "I'm allergic to eggs. lunch ideas?"),
]


@pytest.mark.parametrize(("said", "english"), REPAIRED)
def test_the_words_are_read_as_typo_repair_hands_them_over(said: str, english: str) -> None:
    assert in_english(said) == english


@pytest.mark.parametrize(
    "english",
    [
        "I'm allergic to milk, eggs are fine. What can I eat?",
        "vitamin e, what should I eat for it?",
        "and a doner kebab",
        "soy milk latte please",
        "and for dinner?",
        "I'm allergic to nuts",
    ],
)
def test_an_english_message_is_never_rewritten(english: str) -> None:
    assert in_english(english) == english


MORE = [
    ("Mijn zoon is allergisch voor ei. Wat kan hij als ontbijt eten?", ["eggs"], {"allergies": ["egg"]}),
    ("Mój syn ma alergię na mleko. Co może zjeść na kolację?", ["milk"], {"allergies": ["dairy"]}),
    ("Mein Kind verträgt keine Milch, was kann ich ihm zum Abendessen machen?", ["milk"], {"lactose_free": True}),
    ("Ik kan niet tegen gluten, heb je ideeën voor de lunch?", ["gluten"], {"gluten_free": True}),
    ("Nie toleruję laktozy. Co na śniadanie?", ["milk"], {"lactose_free": True}),
    ("Tengo intolerancia al gluten. ¿Qué ceno hoy?", ["gluten"], {"gluten_free": True}),
    ("Je suis cœliaque, une idée pour le petit-déjeuner ?", ["gluten"], {"gluten_free": True}),
    ("Sono celiaco, cosa mangio a pranzo?", ["gluten"], {"gluten_free": True}),
    ("Sou alérgica a amendoim e castanhas. Ideias de lanche?", ["nuts"], {"allergies": ["peanuts", "tree_nuts"]}),
    ("Mia figlia è allergica al latte vaccino, idee per la merenda?", ["milk"], {"allergies": ["dairy"]}),
    ("Ich habe eine Erdnussallergie. Was kann ich als Snack essen?", ["peanuts"], {"allergies": ["peanuts"]}),
    ("Soy vegana y alérgica a la soja. ¿Ideas para cenar?", ["soy", "milk", "eggs", "fish"], {"allergies": ["soy"], "type": "vegan"}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "allergens", "saved"), MORE)
async def test_more_people_and_wordings_abroad_are_saved_and_kept_out(chat, on_disk, said, allergens, saved) -> None:
    await test_an_allergy_said_in_another_language_is_saved_and_kept_out_of_the_ideas_asked_beside_it(chat, on_disk, said, allergens, saved)


@pytest.mark.parametrize(
    ("repaired", "english"),
    [
        ("I can nite tegen gluten, heb je ideeën voor de lunch?", "I'm gluten intolerant. lunch ideas?"),  # "niet" as typo repair hands it over
        ("Mein Kind verträgt keine Milch, was kann ich ihm zum Abendessen machen?", "my son is lactose intolerant. dinner ideas?"),
    ],
)
def test_intolerances_said_as_they_reach_ceres(repaired: str, english: str) -> None:
    assert in_english(repaired) == english


def test_english_with_borrowed_words_is_not_rewritten() -> None:
    said = "I'm at the café de la paix, what should I eat?"
    assert in_english(said) == said


def test_a_calorie_question_in_spanglish_is_not_read_as_a_request_for_ideas() -> None:
    from agenthost_ceres.understand import _in_english

    said = "cuantas calorias should i eat para perder peso, im 70kg mujer 1.65"
    assert _in_english(said) == said  # the needs readers answer it, as before


@pytest.mark.parametrize("asked", ["a czy mogę to wszystko zjeść na raz wieczorem?", "¿puedo comer todo eso de una vez?", "posso mangiare tutto questo stasera?"])
def test_whether_something_may_be_eaten_abroad_is_no_request_for_ideas(asked: str) -> None:
    assert "ideas" not in in_english(asked) and "what should I eat" not in in_english(asked)
