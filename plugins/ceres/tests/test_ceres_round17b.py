"""Round 17 (B): everyday answers and their follow-ups. Every part of a two-part question is
answered (creatine loading *and* bloating; the day's litres *and* the heat), creatine in coffee,
food to get bigger after a supplement, kidneys after protein needs; a fibre symptom ("beans make
me really bloated") is answered, never saved as a preference; a snack asked under a calorie cap
gets ideas under it, then ones that keep without a fridge; "is 1,200 calories too low for me?" is
answered against the person's own maintenance; sport played twice a week gives the training
protein range."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.dialog import DialogState
from agenthost_ceres.fridge import keeps_without_fridge
from agenthost_ceres.intake_check import intake_asked
from agenthost_ceres.intents import very_low_intake
from agenthost_ceres.sport import plays_sport
from agenthost_ceres.symptoms import fibre_symptom
from agenthost_ceres.understand import understand
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


# ---- every part of a two-part question --------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "creatine: do I need a loading phase or just 5g a day? and does it make you bloated",
        "should I load creatine or not, and will it make me puffy?",
        "do i have to do a loading phase with creatine? also does it cause water retention",
        "is 5g of creatine a day enough or do I need to load it first, and will I look bloated?",
        "creatine question: loading phase yes or no? and is the bloating thing real",
        "thinking of starting creatine. do I need to load it, and does it make you hold water?",
        "loading phase for creatine necessary? does creatine bloat you",
        "when should I take creatine, and will it make me gain water weight?",
    ],
)
async def test_creatine_loading_and_bloating_are_both_answered(chat, said: str) -> None:
    reply = await chat(said)
    assert re.search(r"3-5 g a day|loading is optional|Timing matters little", reply.text), reply.text
    assert "Bloating isn't a problem for most people" in reply.text and "water held in the muscles" in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "first", "then"),
    [
        ("how much fibre should I have a day, and does it make you bloated?", "30 g of fibre a day", "gradually"),
        ("how much water should I drink a day and does coffee count?", "2 litres of water a day", "tea and coffee count"),
    ],
)
async def test_a_daily_figure_and_a_follow_up_question_in_one_message(chat, said: str, first: str, then: str) -> None:
    reply = await chat(said)
    assert first in reply.text and then in reply.text and reply.text.index(first) < reply.text.index(then), reply.text


async def test_a_single_question_keeps_its_single_answer(chat) -> None:
    reply = await chat("do I need to load creatine?")
    assert "loading is optional" in reply.text and "Bloating isn't" not in reply.text


@pytest.mark.parametrize(
    "follow",
    [
        "can I just chuck it in my morning coffee?", "can i put it in my coffee", "is it ok to mix creatine with coffee?",
        "does caffeine cancel out creatine?", "what about in tea?", "can I stir it into my protein shake",
        "can i mix it with juice or just water", "does it dissolve in hot drinks",
    ],
)  # fmt: skip
async def test_creatine_in_coffee_tea_or_a_shake_is_fine(chat, follow: str) -> None:
    await chat("do i need to load creatine?")
    reply = await chat(follow)
    assert reply.text.startswith("Yes: take it in whatever you'll have every day") and "Caffeine and creatine are fine together" in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("is creatine safe for teenagers, im 16 and play rugby", "wat shud i eat insted to get bigger"),
        ("im 15, should i take creatine for football?", "what should I eat instead to get bigger"),
        ("creatine safe at 16?", "what should i eat instead then"),
        ("is creatine safe", "so what foods help me get bigger and stronger"),
        ("do I need creatine to build muscle", "how do i get big with just food"),
        ("is creatine ok for a 17 year old", "what do i eat to put on size then"),
    ],
)
async def test_food_to_get_bigger_after_creatine(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert reply.text.startswith("Food does the job, no supplement needed") and "Protein at every meal" in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how much protein do i need im 70kg and go gym", "is too much protein bad for your kidneys tho"),
        ("how much protein should I eat? I'm 80 kg and lift 4 times a week", "won't that much protein hurt my kidneys?"),
        ("protein needs at 65kg?", "i heard high protein wrecks your kidneys, true?"),
        ("how much protein do I need, I weigh 90kg", "is that safe for my kidneys"),
        ("how much protein do I need I'm 85kg", "my mum says protein shakes ruin your kidneys lol"),
        ("how much protein do i need im 70kg", "is it bad for the kidneys tho"),
    ],
)
async def test_kidneys_after_protein_needs(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert "kidney" in reply.text and "healthy adults" in reply.text and "aim for about" not in reply.text, reply.text


# ---- figures where people expect them -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "how much water should I drink a day? I live in Dubai and train outside most evenings",
        "how many litres of water a day in a heatwave?",
        "I work outdoors in summer in Texas, how much water should I be drinking per day",
        "how much water do I need daily if I run in the heat",
        "how much water should I drink when it's 40 degrees out",
        "how much fluid do i need on a hot day",
        "how much water a day, I sweat loads at the gym",
    ],
)
async def test_water_in_the_heat_gives_the_daily_litres_first(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("In total, EFSA's everyday figure is about 2.0 litres a day for women and 2.5 litres for men"), reply.text
    assert "sweat" in reply.text and reply.text.count("EFSA's everyday figure") == 1


# ---- a symptom is not a preference ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        ("beans make me really bloated though", "beans_wind"), ("lentils give me terrible wind", "beans_wind"),
        ("chickpeas make me so gassy", "beans_wind"), ("but beans upset my stomach", "beans_wind"),
        ("beans don't agree with me tbh", "beans_wind"), ("i get really gassy from lentils", "beans_wind"),
        ("beans always leave me bloated", "beans_wind"), ("pulses make my stomach hurt", "beans_wind"),
        ("broccoli makes me fart lol", "fibre"), ("oats make me bloated though", "fibre"),
        ("the problem is beans make me bloated", "beans_wind"), ("wholegrains make me bloated", "fibre"),
    ],
)  # fmt: skip
def test_a_fibre_symptom_is_read_as_one(said: str, entry: str) -> None:
    assert (fibre_symptom(said) or {}).get("id") == entry


@pytest.mark.parametrize(
    "said",
    ["dairy makes me bloated", "milk gives me stomach cramps", "I don't eat beans", "no beans for me", "beans make me bloated so no beans please",
     "I'm allergic to chickpeas, they make me sick", "what's in baked beans"],
)  # fmt: skip
def test_not_a_fibre_symptom(said: str) -> None:
    assert fibre_symptom(said) is None


@pytest.mark.parametrize("symptom", ["beans make me really bloated though", "lentils give me terrible wind", "broccoli makes me fart lol"])
async def test_after_the_fibre_answer_a_symptom_is_answered_and_nothing_is_saved(chat, on_disk, symptom: str) -> None:
    await chat("how much fibre should I aim for per day and what are easy ways to get it")
    reply = await chat(symptom)
    assert re.search(r"build up|gradually", reply.text) and "water" in reply.text and "saved" not in reply.text, reply.text
    assert not ((on_disk("profile.json") or {}).get("diet") or {}).get("dislikes")


async def test_beans_wind_names_gentler_fibre_that_fits_the_diet(chat, write_profile) -> None:
    write_profile({"diet": {"gluten_free": True, "conditions": ["coeliac"]}})
    reply = await chat("beans make me really bloated")
    assert "rinse tinned beans" in reply.text and "quinoa" in reply.text and "oats" not in reply.text, reply.text


@pytest.mark.parametrize(("said", "saved"), [("I don't eat beans", "bean"), ("no lentils for me", "lentil")])
async def test_an_explicit_preference_is_still_saved(chat, said: str, saved: str) -> None:
    await chat("how much fibre do i need")
    reply = await chat(said)
    assert "saved your preferences" in reply.text and saved in reply.text, reply.text


# ---- a snack under a calorie cap, then without a fridge ------------------------------------------


@pytest.mark.parametrize(
    ("said", "cap"),
    [
        ("cutting for summer, down about 0.5kg a week and honestly killing it so far. what's a good high protein snack under 200 cals?", 200),
        ("high protein snack under 200 calories?", 200),
        ("any snacks under 150 kcal with lots of protein", 150),
        ("what can I snack on for less than 200 cals", 200),
        ("need a low cal high protein snack, max 200 kcal", 200),
        ("cutting and smashing it, what snacks under 200 calories", 200),
        ("snack ideas below 250 calories?", 250),
    ],
)
async def test_snack_ideas_under_a_calorie_cap(chat, said: str, cap: int) -> None:
    reply = await chat(said)
    assert "snack idea" in reply.text and f"under {cap} kcal" in reply.text and "Nothing logged" not in reply.text, reply.text
    assert all(int(k) <= cap for k in re.findall(r"\*\* — (\d+) kcal", reply.text)), reply.text


@pytest.mark.parametrize(
    "follow",
    [
        "any that don't need a fridge? I'm on a building site all day", "anything that doesn't need refrigerating?",
        "i don't have a fridge at work", "something I can keep in my bag all day?", "ones that don't need to be kept cold?",
        "I'm out on the road all day, no fridge", "that'll survive in my car all day?", "no fridge on site though",
    ],
)  # fmt: skip
async def test_then_ones_that_keep_without_a_fridge(chat, follow: str) -> None:
    await chat("high protein snack under 200 calories?")
    reply = await chat(follow)
    assert re.search(r"that keeps? without a fridge", reply.text) and "yogurt" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "said",
    ["any that don't need a fridge? I'm on a building site all day", "no fridge at work", "something to keep in my bag", "will it survive in the car"],
)
def test_keeping_without_a_fridge_is_read(said: str) -> None:
    assert keeps_without_fridge(said.lower())


@pytest.mark.parametrize("said", ["is it ok to keep rice in the fridge", "how long does chicken last in the fridge", "put it in the fridge overnight"])
def test_a_fridge_question_is_not_a_wish_to_do_without(said: str) -> None:
    assert not keeps_without_fridge(said)


async def test_a_day_asked_with_so_far_is_still_the_tally(chat) -> None:
    await chat("had 2 eggs for breakfast")
    reply = await chat("how many calories have I had so far today?")
    assert "Today so far" in reply.text or "today" in reply.text.lower() and "kcal" in reply.text, reply.text


# ---- is this intake right for me ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kcal"),
    [
        ("is 1,200 calories a day too low for me? I want to lose the menopause belly", 1200),
        ("is 1200 calories too little for me?", 1200), ("would 1,200 kcal a day be too low?", 1200),
        ("my friend says I should eat 1200 a day, is that enough for me?", 1200), ("is 1500 calories too low for me?", 1500),
        ("is eating 1300 a day too low to lose weight?", 1300), ("is 1,200 cals ok for me to lose my belly?", 1200),
        ("how low should I go? is 1200 too low", 1200), ("should I eat 1200 calories to lose weight?", 1200),
        ("should I be eating 1,400 a day?", 1400),
    ],
)  # fmt: skip
def test_an_intake_asked_about(said: str, kcal: int) -> None:
    assert intake_asked(said) == kcal


@pytest.mark.parametrize(
    "said",
    ["I had 1200 calories today", "my target is 1800", "how many calories in a big mac?", "is 500 calories a day too low?",
     "my daughter eats 1200 a day, is that enough for her?", "a dinner around 600 calories"],
)  # fmt: skip
def test_not_an_intake_asked_about(said: str) -> None:
    assert intake_asked(said) is None


def test_1200_calories_is_not_the_200_of_a_very_low_intake() -> None:
    assert not very_low_intake("is 1,200 calories a day too low for me?")
    assert very_low_intake("is 500 calories a day too low?")


async def test_1200_for_a_woman_of_52_is_on_the_low_side_of_her_maintenance(chat, write_profile) -> None:
    write_profile({"age": 52, "height_cm": 160, "weight_kg": 68, "activity_level": "light"})
    await chat("I'm 52, post-menopausal, 160 cm and 68 kg, I do pilates twice a week")
    reply = await chat("is 1,200 calories a day too low for me? I want to lose the menopause belly")
    assert "You use about 1,750 kcal a day" in reply.text and "on the low side" in reply.text, reply.text
    assert "1,250–1,450 kcal a day" in reply.text and "worried" not in reply.text, reply.text
    why = await chat("why?")
    assert "Mifflin-St Jeor" in why.text and "1,731" in why.text or "1,750" in why.text, why.text


@pytest.mark.parametrize(
    ("profile", "said", "expected"),
    [
        ({"age": 30, "sex": "male", "height_cm": 180, "weight_kg": 90}, "is 1200 calories too low for me?", "too low: it's under the 1,500 kcal"),
        ({"age": 60, "sex": "female", "height_cm": 155, "weight_kg": 70}, "is 1,200 calories enough for me?", "as low as I'd advise going"),
        ({"age": 30, "sex": "male", "height_cm": 180, "weight_kg": 90}, "is 2,800 calories too much for me?", "at or above your maintenance"),
        ({"age": 45, "sex": "female", "height_cm": 170, "weight_kg": 80}, "is 1700 calories ok for me?", "sensible, moderate deficit"),
    ],
)
async def test_an_intake_judged_against_the_persons_maintenance(chat, write_profile, profile, said: str, expected: str) -> None:
    write_profile(profile)
    reply = await chat(said)
    assert expected in reply.text, reply.text


async def test_an_intake_without_the_body_asks_for_it(chat) -> None:
    reply = await chat("is 1200 calories too little for me?")
    assert "tell me your" in reply.text and "I'm 52, female, 160 cm, 68 kg" in reply.text, reply.text


async def test_a_very_low_intake_still_gets_care_not_a_comparison(chat) -> None:
    reply = await chat("I only eat 500 calories a day, is that too low?")
    assert "maintenance" not in reply.text and not re.search(r"\d", reply.text.split("Try")[0]), reply.text


# ---- sport said in passing: the training protein range -------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["ok so about me: 24 y/o guy, 6ft 1, 190lb, play 5-a-side twice a week and I'm vegetarian", "I play netball twice a week",
     "I go climbing twice a week", "tennis twice a week", "5-a-side on tuesdays and thursdays", "I cycle twice a week", "swim twice a week"],
)  # fmt: skip
def test_sport_said_in_passing(said: str) -> None:
    assert plays_sport(said)


@pytest.mark.parametrize("said", ["I do pilates twice a week", "I watch football", "I walk the dog", "my son plays"])
def test_not_sport(said: str) -> None:
    assert not plays_sport(said)


async def test_protein_after_sport_said_in_passing_is_the_training_range(chat, write_profile) -> None:
    write_profile({"age": 24, "sex": "male", "height_cm": 185, "weight_kg": 86.2})
    await chat("ok so about me: 24 y/o guy, 6ft 1, 190lb, play 5-a-side twice a week and I'm vegetarian")
    reply = await chat("how much protein do I need?")
    assert "1.4–2 g per kg" in reply.text and "0.83" not in reply.text, reply.text


def test_the_understanding_of_a_snack_after_news_is_ideas() -> None:
    request = understand("cutting for summer, killing it so far. what's a good high protein snack under 200 cals?", DialogState())
    assert request.intent == "ideas" and request.slots.get("kcal_cap") and request.slots.get("meal_kcal") == 200


@pytest.mark.parametrize(("said", "food"), [("chicken dinner ideas under 600 cals?", "chicken"), ("any salmon lunch ideas", "salmon"), ("easy tofu dinner ideas", "tofu")])
async def test_a_food_named_before_the_meal_is_in_the_ideas(chat, said: str, food: str) -> None:
    reply = await chat(said)
    assert f"with {food}" in reply.text, reply.text


async def test_veggie_before_the_meal_is_the_diet(chat) -> None:
    assert "(vegetarian)" in (await chat("veggie dinner ideas")).text


async def test_a_diet_switch_drops_the_meat_asked_before(chat) -> None:
    await chat("chicken dinner ideas under 600 cals?")
    reply = await chat("actually something vegetarian instead")
    assert "(vegetarian)" in reply.text and "chicken" not in reply.text.lower() and "under 600 kcal" in reply.text, reply.text
