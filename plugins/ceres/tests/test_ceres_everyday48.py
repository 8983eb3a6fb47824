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


@pytest.mark.parametrize(
    "message",
    [
        "how much coffee is too much? I have like 5 cups a day",
        "is 6 coffees a day too much caffeine?",
        "is coffee bad for me? i have 4 cups a day",
        "how much caffeine is too much? I have 3 espressos a day",
    ],
)
async def test_cups_of_coffee_a_day_is_caffeine_not_five_a_day(chat, message: str) -> None:
    reply = await chat(message)
    assert "400 mg" in reply.text and "fruit and vegetables" not in reply.text, reply.text


async def test_one_before_a_workout_after_the_caffeine_answer(chat) -> None:
    await chat("how much coffee is too much?")
    reply = await chat("is it ok to have one before a workout?")
    assert "mg per kg" in reply.text and "60 minutes before" in reply.text, reply.text  # ISSN caffeine position stand


async def test_calories_to_lose_weight_asked_in_german_uses_the_profile(chat, write_profile) -> None:
    write_profile({"age": 52, "sex": "male", "height_cm": 182, "weight_kg": 95})
    reply = await chat("Wie viele Kalorien sollte ich essen, um abzunehmen?")
    assert "To lose about 0.5 kg a week" in reply.text, reply.text  # Mifflin-St Jeor: 1,832 kcal at rest
    protein = await chat("Und wie viel Eiweiß am Tag?")
    assert "At 95 kg" in protein.text and "g of protein a day" in protein.text, protein.text


@pytest.mark.parametrize(
    "message",
    ["¿Cuántas calorías debo comer para adelgazar?", "Combien de calories dois-je manger pour perdre du poids ?", "Quante calorie devo mangiare per dimagrire?"],
)
async def test_calories_to_lose_weight_asked_abroad(chat, message: str) -> None:
    reply = await chat(message)
    assert "kcal" in reply.text and "I can:" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    ["Et combien de protéines je devrais manger après ?", "¿y cuánta proteína después?", "und wie viel Eiweiß danach?"],
)
async def test_protein_after_a_run_asked_abroad_is_the_post_workout_amount(chat, message: str) -> None:
    await chat("I ran 10 km this morning")
    reply = await chat(message)
    assert "20-40 g of protein" in reply.text, reply.text  # ISSN: 20-40 g after training


@pytest.mark.parametrize("then", ["et après le match ?", "¿y después del partido?", "und nach dem Spiel?", "e depois do jogo?"])
async def test_after_the_match_asked_abroad(chat, then: str) -> None:
    await chat("what should I eat before a football match?")
    reply = await chat(then)
    assert "After training" in reply.text and "protein" in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    ["Wie viele Ballaststoffe brauche ich am Tag?", "¿Cuánta fibra debo comer al día?", "Combien de fibres par jour ?", "Quanta fibra devo mangiare?"],
)
async def test_fibre_a_day_asked_abroad(chat, message: str) -> None:
    reply = await chat(message)
    assert "30 g of fibre a day" in reply.text, reply.text  # UK guidance (SACN)


async def test_the_week_names_what_was_eaten_each_day(chat) -> None:
    await chat("for lunch yesterday I had jollof rice and fried chicken")
    await chat("today I had porridge, a banana, coffee, a sandwich and an apple")
    reply = await chat("what did I eat this week?")
    assert "jollof rice, fried chicken" in reply.text, reply.text
    assert "porridge, banana" in reply.text and "+1 more" in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    ["how much a week is reasonable to lose?", "how many kg a week is safe to lose?", "what's a healthy amount to lose a month?"],
)
async def test_how_fast_to_lose_weight_is_the_nhs_pace(chat, message: str) -> None:
    reply = await chat(message)
    assert "0.5-1 kg (1-2 lb) a week" in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "I'm cutting right now, 16 weeks out from my first physique show. how much protein should I be on?",
        "on a cut for a bodybuilding comp, how much protein do I need?",
    ],
)
async def test_protein_on_a_cut_before_the_weight_is_known(chat, message: str) -> None:
    reply = await chat(message)
    assert "1.6–2.2 g per kg" in reply.text and "2.3–3.1 g per kg of lean mass" in reply.text, reply.text  # ISSN 2017; Helms 2014
