"""Round 26: a profile, then a calorie question. Before, "im 16, a girl, 158cm and 50kg. i play
netball 3 times a week. how much should i be eating?" went to Helios (who sent it back), and "my
friend said i should eat 1200 a day to get skinnier for summer" got the menu; the Dutch "Ik wil
graag 5 kilo afvallen" then "Hoeveel calorieën per dag moet ik dan eten?" got the menu and "En hoe
lang duurt dat ongeveer?" the menu again."""

from __future__ import annotations

import re

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify


@pytest.mark.parametrize(
    "said",
    [
        "im 16, a girl, 158cm and 50kg. i play netball 3 times a week. how much should i be eating?",
        "i play football 4x a week, how much should i be eating",
        "I swim 5 mornings a week, how much food should I eat?",
    ],
)
def test_how_much_to_eat_beside_a_sport_is_ceres(said: str) -> None:
    assert classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.8


async def test_an_active_teenager_asking_how_much_to_eat_gets_a_growing_teens_figure(chat) -> None:
    reply = await chat("im 16, a girl, 158cm and 50kg. i play netball 3 times a week. how much should i be eating?")
    assert "still growing" in reply.text and "2,400 kcal" in reply.text, reply.text


@pytest.mark.parametrize(
    "told",
    [
        "my friend said i should eat 1200 a day to get skinnier for summer",
        "my mate reckons i should only eat 1300 calories to get lean",
        "someone on tiktok told me to eat 1000 calories a day",
        "should i eat 1400 a day to cut?",
    ],
)
async def test_a_low_intake_suggested_to_a_teenager_is_too_little_and_no_plan(chat, told: str) -> None:
    await chat("im 16, a girl, 158cm and 50kg. i play netball 3 times a week. how much should i be eating?")
    reply = await chat(told)
    assert "far too little" in reply.text and "still growing" in reply.text and "wouldn't recommend" in reply.text, reply.text
    assert not re.search(r"\bdeficit\b|kg a week|aim for", reply.text), reply.text
    assert len(reply.text.split("\nTry")[0].split()) <= 80, reply.text


async def test_an_adult_told_to_eat_1200_gets_it_judged_against_her_maintenance(chat) -> None:
    await chat("I'm 45, female, 165 cm, 80 kg")
    reply = await chat("my friend said i should eat 1200 a day to lose weight")
    assert "maintenance" in reply.text and "far too little" not in reply.text, reply.text


async def test_a_daughters_age_said_gives_her_growing_needs(chat) -> None:
    reply = await chat("my daughter is 15 and plays hockey 4 times a week, how much should she be eating?")
    assert reply.text.startswith("She's still growing") and "2,400 kcal" in reply.text, reply.text


LOSS = [
    ("Ik ben 52, vrouw, 170 cm en 78 kg. Ik wandel veel. Ik wil graag 5 kilo afvallen.", "Hoeveel calorieën per dag moet ik dan eten?", "En hoe lang duurt dat ongeveer?", 5),
    ("Tengo 40 años, mujer, 165 cm y 70 kg. Quiero perder 6 kilos.", "¿Cuántas calorías al día debo comer?", "¿Y cuánto tiempo tardaré?", 6),
    ("J'ai 35 ans, femme, 160 cm, 68 kg. Je voudrais perdre 4 kg.", "Combien de calories par jour je dois manger ?", "Et combien de temps ça prend ?", 4),
    ("Ich bin 50, weiblich, 168 cm und 80 kg. Ich möchte 8 Kilo abnehmen.", "Wie viele Kalorien am Tag soll ich essen?", "Und wie lange dauert das?", 8),
]


@pytest.mark.parametrize(("profile", "calories", "how_long", "kilos"), LOSS)
async def test_a_weight_to_lose_said_abroad_gives_the_loss_calories_then_the_weeks(chat, write_profile, profile, calories, how_long, kilos) -> None:
    write_profile({"age": 45, "sex": "female", "height_cm": 168, "weight_kg": 78})  # what General saved of the body facts
    await chat(profile)
    reply = await chat(calories)
    assert "To lose about 0.5 kg a week" in reply.text, reply.text
    weeks = await chat(how_long)
    assert f"losing {kilos} kg" in weeks.text and f"about {kilos}–{kilos * 2} weeks" in weeks.text, weeks.text
