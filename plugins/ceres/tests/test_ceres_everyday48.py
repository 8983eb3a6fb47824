"""Everyday 48: an allergy said as "without X, I'm allergic" in another language was not read (so
the next ideas still had eggs); Australian beer measures (schooner, middy) and asides such as
"don't judge" beside a meal kept it from being logged; chorizo, a bottle of malt, puff puff and
Marie biscuits were not in the table, so meals with them came out short or not at all."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "allergen"),
    [
        ("sin huevos por favor, soy alérgico", "no eggs"),
        ("ohne Eier bitte, ich bin allergisch", "no eggs"),
        ("senza uova per favore, sono allergica", "no eggs"),
        ("sem leite, sou alérgica", "no milk"),
        ("je suis allergique, pas d'oeufs", "no eggs"),
        ("zonder melk alsjeblieft, ik ben allergisch", "no milk"),
        ("bez jajek, jestem uczulona", "no eggs"),
    ],
)
async def test_without_a_food_because_of_an_allergy_saves_it(chat, on_disk, message: str, allergen: str) -> None:
    await chat("what should I eat for dinner?")
    reply = await chat(message)
    assert "saved your preferences" in reply.text and allergen in reply.text, reply.text
    later = await chat("and for breakfast?")
    assert "breakfast ideas" in later.text and f"({allergen}" in later.text, later.text
    if allergen == "no eggs":
        assert "egg, scrambled" not in later.text and "Scrambled eggs" not in later.text, later.text


async def test_without_a_food_asked_in_spanish_keeps_the_dinner_ideas(chat) -> None:
    await chat("what's a light dinner?")
    reply = await chat("sin huevo, soy alérgica")
    assert "dinner ideas (no eggs)" in reply.text, reply.text


@pytest.mark.parametrize(
    ("message", "kcal"),
    [
        ("had 3 schooners of lager", "548 kcal"),  # 3 x 425 ml of regular beer (USDA 43 kcal/100 g)
        ("2 schooners after work", "365 kcal"),
        ("a middy of beer", "122 kcal"),  # 285 ml
    ],
)
async def test_australian_beer_measures(chat, message: str, kcal: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("Logged") and kcal in reply.text, reply.text


async def test_a_schooner_corrected_by_its_count(chat) -> None:
    await chat("3 schooners and a burger")
    reply = await chat("actually it was 2 schooners not 3")
    assert "2 schooners" in reply.text and "Fixed" in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "2 pints of lager and a kebab, don't judge lol",
        "dont judge me: half a large pepperoni pizza",
        "two slices of cake, no judgement pls",
        "3 donuts this arvo, please don't judge",
    ],
)
async def test_an_aside_beside_a_meal_still_logs_it(chat, on_disk_log, message: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("Logged"), reply.text
    assert on_disk_log("meals.jsonl"), reply.text


@pytest.mark.parametrize(
    ("message", "food", "kcal"),
    [
        ("lentils with chorizo for lunch", "chorizo", "273 kcal"),  # USDA SR chorizo, pork and beef: a 60 g link
        ("2 puff puff and a bottle of malt", "puff puff", "282 kcal"),
        ("3 bottles of malt", "malt drink", "366 kcal"),  # USDA SR malt beverage, 330 ml bottles
        ("tea with 4 marie biscuits", "Marie biscuit", "88 kcal"),  # Britannia label, 22 kcal a biscuit
    ],
)
async def test_everyday_foods_from_abroad_are_logged(chat, message: str, food: str, kcal: str) -> None:
    reply = await chat(message)
    assert reply.text.startswith("Logged") and food in reply.text and kcal in reply.text, reply.text


@pytest.mark.parametrize("message", ["a glass of single malt whisky", "chips with malt vinegar"])
async def test_malt_whisky_or_vinegar_is_no_malt_drink(chat, message: str) -> None:
    reply = await chat(message)
    assert "malt drink" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "chipotle bowl - chicken, white rice, black beans, cheese and guac",
        "had a chipotle burrito bowl — chicken, white rice, black beans, cheese, guac",
        "lunch: chipotle burrito bowl - chicken, white rice, black beans, cheese and guac",
    ],
)
async def test_a_chain_bowl_after_a_dash_counts_its_fillings_once(chat, message: str) -> None:
    # Chipotle's published figures: chicken 180, white rice 210, black beans 130, cheese 110, guacamole 230
    reply = await chat(message)
    assert "This meal: 860 kcal" in reply.text and "burrito bowl with rice" not in reply.text, reply.text
    fixed = await chat("scratch the guac, I skipped it")
    assert "630 kcal" in fixed.text, fixed.text


@pytest.mark.parametrize(
    ("logged", "undo", "gone", "left"),
    [
        ("had a burger, fries and a coke", "no fries, take them off", "french fries", "415 kcal"),
        ("had toast with butter and jam", "without the butter - delete it please", "butter", "123 kcal"),
        ("chipotle bowl - chicken, white rice, black beans, cheese and guac", "actually no guac, remove it", "guac", "630 kcal"),
    ],
)
async def test_remove_it_after_naming_the_food_takes_that_food_only(chat, logged: str, undo: str, gone: str, left: str) -> None:
    await chat(logged)
    reply = await chat(undo)
    assert f"removed the {gone}" in reply.text and left in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "I'm so excited to try the new HIIT class, what should I eat before?",
        "first spin session tonight, what do I have beforehand",
        "got a yoga class at 6, what should i grab before it?",
        "bootcamp at 7am tomorrow - what can I eat before?",
    ],
)
async def test_food_before_a_session_is_the_pre_workout_answer_not_meal_ideas(chat, message: str) -> None:
    reply = await chat(message)
    assert "hours before" in reply.text and "ideas" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(("word", "food"), [("vanana", "banana"), ("vread", "bread"), ("gacon", "bacon")])
def test_a_first_letter_one_key_off_is_repaired(word: str, food: str) -> None:
    from agenthost_ceres.foods import load_table

    assert load_table().speller.repair(word) == food


@pytest.mark.parametrize("word", ["panic", "tender", "later", "water", "beast", "toast"])
def test_real_words_keep_their_first_letter(word: str) -> None:
    from agenthost_ceres.foods import load_table

    repaired = load_table().speller.repair(word)
    assert repaired is None or repaired[0] == word[0], repaired


async def test_a_banana_typed_one_key_off_is_looked_up(chat) -> None:
    reply = await chat("how many calories in a vanana")
    assert "105 kcal" in reply.text, reply.text  # USDA: a medium banana


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("calories in a banana", "y una manzana?"),
        ("combien de calories dans une banane ?", "et une pomme ?"),
        ("wie viele Kalorien hat eine Banane?", "und ein Apfel?"),
        ("quante calorie ha una banana?", "e una mela?"),
        ("quantas calorias tem uma banana?", "e uma maçã?"),
    ],
)
async def test_and_another_food_asked_in_another_language(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert "Apple" in reply.text and "95 kcal" in reply.text, reply.text  # USDA: a medium apple
