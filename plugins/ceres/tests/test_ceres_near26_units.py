"""Units asked after an answer. Before, "in litres please" after the water answer, "in lbs?" after
the protein one, "and in ounces?" after a lookup or a logged meal all got the capability menu;
now the same answer's figures come back in the unit asked (the original in brackets), and
"what's 500 ml in cups?" converts one amount."""

from __future__ import annotations

import pytest

MENU = "I'm Ceres, your nutritionist"


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        ("in cups?", "8.3 cups (2 litres)"),
        ("in cups please", "10.4 cups (2.5 litres)"),
        ("and in ml?", "2,000 ml (2 litres)"),
        ("what's that in fluid ounces", "68 fl oz (2 litres)"),
        ("how many cups is that?", "8.3 cups (2 litres)"),
        ("ok can you give it in pints", "3.5 pints (2 litres)"),
        ("en tazas por favor", "8.3 cups (2 litres)"),
    ],
)
async def test_the_water_answer_in_other_units(chat, then: str, expected: str) -> None:
    await chat("how much water should I drink a day?")
    reply = await chat(then)
    assert MENU not in reply.text and expected in reply.text, reply.text
    assert len(reply.text.split()) <= 80, reply.text


@pytest.mark.parametrize("then", ["in litres please", "in liters?", "and in litres"])
async def test_units_already_given_are_said_again_not_the_menu(chat, then: str) -> None:
    await chat("how much water should I drink a day?")
    reply = await chat(then)
    assert reply.text.startswith("That's already in litres: Most adults need about 2 litres"), reply.text


async def test_a_second_unit_converts_the_answer_not_the_conversion(chat) -> None:
    await chat("how much water should I drink a day?")
    await chat("in cups?")
    reply = await chat("and in ml?")
    assert "2,000 ml (2 litres)" in reply.text and "cups" not in reply.text, reply.text


@pytest.mark.parametrize("then", ["in lbs?", "in pounds please", "what's that in lb"])
async def test_the_protein_answer_for_a_weight_in_pounds(chat, then: str) -> None:
    await chat("how much protein do I need? I weigh 70kg")
    reply = await chat(then)
    assert "154 lb (70 kg)" in reply.text and "0.38–0.45 g per lb" in reply.text, reply.text
    assert "58–70 g of protein" in reply.text  # protein stays in grams


@pytest.mark.parametrize("then", ["and in ounces?", "in oz please", "in oz?"])
async def test_a_lookup_weight_in_ounces_and_its_protein_still_in_grams(chat, then: str) -> None:
    await chat("how much protein is in 150g salmon")
    reply = await chat(then)
    assert "5.3 oz (150 g)" in reply.text and "33 g protein" in reply.text, reply.text


async def test_a_logged_meal_in_ounces_and_kilojoules(chat) -> None:
    await chat("I had 200g chicken breast and rice")
    ounces = await chat("and in ounces?")
    assert "7.1 oz (200 g)" in ounces.text and MENU not in ounces.text, ounces.text
    energy = await chat("in kJ please")
    assert "2,240 kJ (535 kcal)" in energy.text, energy.text


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("what's 500 ml in cups?", "500 ml is about 2.1 cups"),
        ("convert 150 lbs to kg", "150 lb is about 68 kg"),
        ("how many ounces is 200g", "200 g is about 7.1 oz"),
        ("how many kg is 180 pounds?", "180 lb is about 82 kg"),
    ],
)
async def test_one_amount_converted(chat, asked: str, expected: str) -> None:
    reply = await chat(asked)
    assert reply.text.startswith(expected), reply.text


async def test_units_with_nothing_before_say_how_to_ask(chat) -> None:
    reply = await chat("in kg please")
    assert reply.text.startswith("My last answer had no amounts to put in kg") and MENU not in reply.text, reply.text


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    from host.app import create_app
    from host.config import test_config
    from host.testing import Chat

    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("how much water should I drink a day?", "in cups?", "8.3 cups (2 litres)"),
        ("how much protein do I need? I weigh 70kg", "in lbs?", "154 lb (70 kg)"),
        ("I had 200g chicken breast and rice for lunch", "and in ounces?", "7.1 oz (200 g)"),
    ],
)
async def test_the_whole_app_sends_units_after_an_answer_to_its_figures(app_chat, first: str, then: str, expected: str) -> None:
    await app_chat.ask(first)
    frame = await app_chat.ask(then)
    assert expected in frame["message"], frame["message"]
