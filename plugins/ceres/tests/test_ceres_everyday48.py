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
