"""Round 26: everyday nutrition questions that got the menu, a food lookup or the week's log.
Before, "can I have coffee at 4pm and still sleep ok?" got coffee's 2 kcal, evening stress
snacking the menu, "is that a lot for snacks lol" the generic snacks answer, and a shellfish
allergy with "high protein dinner ideas for this week" the empty week."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(
    "asked",
    [
        "can I have coffee at 4pm and still sleep ok?",
        "is a coffee at 5pm going to mess up my sleep?",
        "will an espresso after dinner keep me awake?",
        "does coffee in the evening affect my sleep",
        "if i drink coffee at 3pm will i still sleep?",
    ],
)
async def test_coffee_late_in_the_day_and_sleep_is_caffeine_timing_not_calories(chat, asked: str) -> None:
    reply = await chat(asked)
    assert "half-life" in reply.text and "before bed" in reply.text and "kcal" not in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    [
        "work stress is wrecking me rn and I end up eating crisps and chocolate every evening on the sofa. any tips?",
        "i always snack when im stressed at night, how do i stop",
        "how do I stop comfort eating after work?",
        "stress eating every night, how do I stop?",
        "I eat when I'm bored in the evenings, help",
    ],
)
async def test_eating_under_stress_gets_practical_tips(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Eating more when stressed is very common") and "walk" in reply.text, reply.text
    assert "I can:" not in reply.text


@pytest.mark.parametrize("asked", ["is that a lot for snacks lol", "is that too much for snacks?", "is that a lot?"])
async def test_is_that_a_lot_after_snacks_puts_them_in_the_day(chat, asked: str) -> None:
    logged = await chat("snacks today: a banana, a handful of almonds and a greek yogurt")
    assert logged.text.startswith("Logged your snack"), logged.text
    reply = await chat(asked)
    assert reply.text.startswith("Those snacks come to 434 kcal") and "depends on the rest of your day" in reply.text, reply.text
    assert "100–200 kcal" in reply.text and "total" in reply.text


@pytest.mark.parametrize(
    "said",
    [
        "I'm allergic to shellfish (prawns, crab, all of it). Can you give me some high protein dinner ideas for this week?",
        "shellfish allergy here, any high protein dinner ideas for the week?",
        "can you give me some high protein dinner ideas for this week?",
    ],
)
async def test_ideas_for_the_week_are_ideas_not_the_weeks_log(chat, said: str) -> None:
    reply = await chat(said)
    assert "dinner ideas" in reply.text and "nothing logged yet" not in reply.text, reply.text
    if "shellfish" in said.lower():
        assert not re.search(r"shrimp|prawn|crab|lobster|mussel|scallop", reply.text.split("Here are", 1)[1], re.I), reply.text


async def test_how_did_i_do_this_week_is_still_the_week(chat) -> None:
    reply = await chat("how did I do this week?")
    assert "This week" in reply.text, reply.text


@pytest.mark.parametrize("asked", ["shud i take mass gainer", "is mass gainer worth it?", "should I get a weight gainer shake?"])
async def test_a_mass_gainer_is_food_first(chat, asked: str) -> None:
    reply = await chat(asked)
    assert reply.text.startswith("You don't need a mass gainer") and "Under 18" in reply.text, reply.text


def test_a_mass_gainer_routes_to_ceres() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify("shud i take mass gainer", ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.8


@pytest.mark.parametrize(
    "asked",
    [
        "Ich laufe morgen einen Halbmarathon bei 30 Grad. Wie viel sollte ich trinken?",
        "Mañana corro una media maratón con 30 grados. ¿Cuánto debo beber?",
        "Je cours un semi-marathon demain par 30 degrés. Combien dois-je boire ?",
        "Morgen loop ik een halve marathon bij 30 graden. Hoeveel moet ik drinken?",
        "Jutro biegnę półmaraton w upale. Ile powinienem pić?",
        "how much should I drink for a half marathon tomorrow? it'll be 30 degrees",
    ],
)
async def test_how_much_to_drink_for_a_hot_race_is_the_heat_answer_in_any_language(chat, asked: str) -> None:
    reply = await chat(asked)
    assert "heat" in reply.text and "litres" in reply.text, reply.text
    dinner = await chat("Und was soll ich heute Abend essen?" if "Grad" in asked else "and what should I have for dinner tonight?")
    assert "dinner ideas" in dinner.text, dinner.text


def test_how_much_to_drink_routes_to_ceres() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    said = "how much should I drink for a half marathon tomorrow? it'll be 30 degrees"
    assert classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.8


def test_how_much_to_drink_during_a_run_is_left_to_the_coach() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify("how much should I drink during it", ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score < 0.8
