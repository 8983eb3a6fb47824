"""Round 25: a meal told in Spanish, French, German, Portuguese, Italian, Dutch or Polish is
logged like the English message, and a food's calories or one's protein needs asked in them is
answered. Ceres answers in English (she has no replies in the other languages): the tests say so
by asserting the English reply."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from host.app import create_app
from host.clock import now
from host.config import test_config
from host.plugins import available_entry_points
from host.testing import ask
from host.types import ClassifyContext

from agenthost_ceres.routing import classify

MEALS = [
    ("hoy he desayunado tostadas con tomate y un café con leche", "breakfast", 0, ["white_bread", "tomato", "coffee_with_milk"]),
    ("ayer cené una ensalada y pollo con arroz", "dinner", 1, ["garden_salad", "chicken_breast", "white_rice"]),
    ("esta mañana me he comido dos huevos y un plátano", "breakfast", 0, ["egg", "banana"]),
    ("ce midi j'ai pris une salade niçoise et un yaourt", "lunch", 0, ["garden_salad", "yogurt_plain"]),
    ("hier soir j'ai mangé des pâtes et du fromage", "dinner", 1, ["pasta", "cheddar"]),
    ("ich habe heute Mittag eine Pizza gegessen", "lunch", 0, ["pizza_cheese"]),
    ("zum Frühstück hatte ich Haferflocken mit Banane", "breakfast", 0, ["rolled_oats", "banana"]),
    ("hoje almocei arroz, feijão e frango", "lunch", 0, ["white_rice", "pinto_beans", "chicken_breast"]),
    ("no café da manhã comi pão com ovo e uma banana", "breakfast", 0, ["white_bread", "egg", "banana"]),
    ("stamattina ho fatto colazione con un cappuccino e un cornetto", "breakfast", 0, ["cappuccino_grande", "croissant"]),
    ("ieri sera ho cenato con pollo e patate", "dinner", 1, ["chicken_breast", "potato"]),
    ("ik heb vandaag een broodje kaas gegeten", None, 0, ["cheese_sandwich"]),
    ("gisteravond heb ik rijst met kip gegeten", "dinner", 1, ["white_rice", "chicken_breast"]),
    ("na śniadanie zjadłem owsiankę z bananem", "breakfast", 0, ["oatmeal", "banana"]),
    ("wczoraj na kolację zjadłem jajka i chleb", "dinner", 1, ["egg", "white_bread"]),
    ("me comí un bocadillo de jamón a mediodía", "lunch", 0, ["ham_cheese_sandwich"]),
    ("ce soir j'ai mangé du poulet avec du riz et des haricots verts", "dinner", 0, ["chicken_breast", "white_rice", "green_beans"]),
    ("ich hatte zum Abendessen Nudeln mit Tomatensoße", "dinner", 0, ["pasta", "marinara"]),
    ("a cena ho mangiato una pizza margherita", "dinner", 0, ["pizza_cheese"]),
    ("als lunch had ik twee boterhammen met kaas", "lunch", 0, ["white_bread", "cheddar"]),
    ("dziś na obiad zjadłem zupę pomidorową i kanapkę z serem", "lunch", 0, ["tomato_soup", "cheese_sandwich"]),
]  # fmt: skip


@pytest.mark.parametrize(("said", "meal", "days_back", "foods"), MEALS)
async def test_a_meal_told_in_another_language_is_logged_like_the_english(chat, on_disk_log, said: str, meal: str | None, days_back: int, foods: list[str]) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Logged your "), reply.text  # in English: Ceres has no replies in the other languages
    records = on_disk_log("meals.jsonl") or []
    assert len(records) == 1, records
    assert [item["food_id"] for item in records[0]["items"]] == foods
    assert records[0]["date"] == (now().date() - timedelta(days=days_back)).isoformat()
    if meal:
        assert records[0]["meal_type"] == meal


async def test_a_food_with_no_row_is_said_not_caught_not_guessed(chat, on_disk_log) -> None:
    reply = await chat("ontem jantei salada e peixe")  # "peixe" (fish) names no one fish of the table
    assert "didn't catch “peixe”" in reply.text, reply.text
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]] == ["garden_salad"]


@pytest.mark.parametrize(
    ("said", "says"),
    [
        ("quantas calorias tem uma banana?", "105 kcal"), ("combien de calories dans une banane ?", "105 kcal"),
        ("quante calorie ha una banana?", "105 kcal"), ("hoeveel calorieën zit er in een banaan?", "105 kcal"),
        ("ile białka potrzebuję dziennie?", "0.83 g per kg"),
        ("quanta proteína eu preciso por dia?", "0.83 g per kg"),
    ],
)  # fmt: skip
async def test_calories_and_protein_asked_in_another_language_are_answered(chat, on_disk_log, said: str, says: str) -> None:
    reply = await chat(said)
    assert says in reply.text, reply.text
    assert not on_disk_log("meals.jsonl")


ROUTED_BEFORE = {"ce midi j'ai pris une salade niçoise et un yaourt", "no café da manhã comi pão com ovo e uma banana", "na śniadanie zjadłem owsiankę z bananem", "wczoraj na kolację zjadłem jajka i chleb"}


@pytest.mark.parametrize("said", [m[0] for m in MEALS if m[0] not in ROUTED_BEFORE] + ["hoeveel calorieën zit er in een banaan?"])
def test_they_route_to_ceres(said: str) -> None:
    assert classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.5


@pytest.mark.parametrize(
    "said",
    ["pizza night! how much protein in a slice?", "I had a croissant and a café con leche", "¿qué puedo cenar?", "soy alérgico al sésamo",
     "ik ga vandaag hardlopen", "ho fatto una corsa di 5 km oggi", "what should I eat for dinner",
     # training or nothing eaten is no meal: no food named, or a "niks", "nada", "nic"
     "ich habe heute 10 km gelaufen", "ik heb vandaag 5 km hardgelopen", "ik heb vandaag niks gegeten", "no he comido nada hoy",
     "nie jadłem nic dzisiaj", "oggi non ho mangiato niente", "I ate a pizza and i had z"],
)  # fmt: skip
def test_english_and_other_requests_are_left_as_they_are(said: str) -> None:
    from agenthost_ceres.abroad_meals import in_english

    assert in_english(said) == said


@pytest.mark.skipif(
    not {"helios", "ceres", "general"} <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does"
)
async def test_through_the_router_and_typo_repair(aiohttp_client, tmp_path: Path) -> None:
    # typo repair hands Ceres "na breakfast ate owsiankę", "yesterday Abend" and "combien de calories days une banana"
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/eve")
    await ws.receive_json()
    turns = [
        ("na śniadanie zjadłem owsiankę z bananem", "Logged your breakfast"),
        ("gestern Abend habe ich Reis mit Hähnchen gegessen", "Logged your dinner"),
        ("als ontbijt had ik havermout met een banaan", "Logged your breakfast"),
        ("de merienda me tomé un yogur con fresas", "yogurt"),  # "yogur" reaches Ceres as "your"
        ("no jantar comi bife com batata frita", "steak"),  # "bife" as "bike"
        ("oggi a pranzo ho preso un panino al prosciutto", "sandwich"),  # "preso" as "press"
        ("zjadłam jogurt z truskawkami", "strawberries"),  # "zjadłam" as "ate"
        ("hoeveel eiwit heb ik nodig per dag?", "0.83 g per kg"),
        ("combien de calories dans une banane ?", "105 kcal"),
        ("ile białka potrzebuję dziennie?", "0.83 g per kg"),
    ]
    for n, (said, says) in enumerate(turns):
        reply = await ask(ws, said, f"m{n}")
        assert reply["metadata"]["agent_id"] == "ceres" and says in reply["message"], (said, reply["message"])
    await ws.close()


async def test_protein_needs_asked_after_a_food_lookup_are_the_persons_needs(chat) -> None:
    await chat("how many calories in a banana?")
    reply = await chat("how much protein do I need a day?")
    assert "0.83 g per kg" in reply.text and "Banana" not in reply.text, reply.text
