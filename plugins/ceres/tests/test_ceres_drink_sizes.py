"""A drink's size said before its container. Before, "I had a 330ml can of coke" answered "would
be 121.4 kg and about 46,200 kcal, which can't be right" (330 cans), "a 250 ml glass of milk" 61 kg,
"33cl" and "2 dl" were not measures, "0,5 l bier" was two amounts, and "bebí una lata de 330ml de
coca cola" or "wypiłem puszkę coca coli" went to the general agent; now the measure is the amount
and the can, bottle, glass or mug only what it came in."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I had a 330ml can of coke", "cola soft drink (your coke): 330 ml (330 g) — 126 kcal"),
        ("had a 250 ml glass of milk", "milk, whole (3.25%): 250 ml (250 g)"),
        ("I had a 500ml bottle of orange juice", "orange juice: 500 ml (500 g) — 226 kcal"),
        ("had a 300ml mug of hot chocolate", "hot chocolate made with milk: 300 ml (300 g)"),
        ("a 33cl can of coke", "cola soft drink (your coke): 33 cl (330 g) — 126 kcal"),
        ("I had a 50 cl bottle of water", "water: 50 cl (500 g)"),
        ("had 2 dl milk", "milk, whole (3.25%): 2 dl (200 g)"),
        ("drank a 75cl bottle of wine", "wine, red: 75 cl (750 g)"),
        ("I drank a 1.5l bottle of coke", "1½ l (1500 g) — 571 kcal"),
        ("ich habe 0,5 l bier getrunken", "beer, regular: ½ l (500 g) — 215 kcal"),
        ("bebí una lata de 330ml de coca cola", "cola soft drink (your coke): 330 ml (330 g)"),
    ],
)
async def test_a_measure_before_the_container_is_the_amount(chat, said: str, expected: str) -> None:
    reply = await chat(said)
    assert expected in reply.text and "can't be right" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("drank 2 500ml bottles of water", "water: 1000 ml"),
        ("had two 330 ml cans of coke zero", "660 ml (660 g)"),
        ("had 2 x 330ml cans of coke and a 500ml bottle of water", "cola soft drink (your coke): 660 ml"),
    ],
)
async def test_how_many_containers_of_a_size_multiply(chat, said: str, expected: str) -> None:
    reply = await chat(said)
    assert expected in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    [
        "bebí una lata de 330ml de coca cola",
        "wypiłem puszkę coca coli",
        "j'ai bu une canette de coca",
        "bebi uma lata de coca cola",
    ],
)
async def test_a_can_of_coke_told_abroad_is_logged_by_ceres(chat, said: str) -> None:
    score = classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None))
    assert score.score >= 0.6 and "meal" in score.reason, score
    reply = await chat(said)
    assert "cola soft drink (your coke)" in reply.text and "latte" not in reply.text, reply.text


async def test_a_can_with_no_size_is_still_one_can(chat) -> None:
    reply = await chat("had a can of coke")
    assert "cola soft drink (your coke): 1 can" in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("had a 500 ml protein shake", "whey protein powder (your protein shake): 500 ml (30 g) — 106 kcal"),
        ("protein shake 300ml with milk", "whey protein powder (your protein shake): 300 ml (30 g)"),
    ],
)
async def test_a_protein_shake_in_ml_is_the_drink_not_that_much_powder(chat, said: str, expected: str) -> None:
    reply = await chat(said)
    assert expected in reply.text and "1,767 kcal" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("had a glass of red wine 175ml", "wine, red: 175 ml (175 g) — 149 kcal"),
        ("a mug of hot chocolate 250ml", "hot chocolate made with milk: 250 ml (250 g)"),
        ("had a bowl of rice 200g and chicken", "white rice, cooked: 200 g — 259 kcal"),
    ],
)
async def test_a_measure_said_after_the_drink_is_its_amount(chat, said: str, expected: str) -> None:
    reply = await chat(said)
    assert expected in reply.text and "didn't catch" not in reply.text, reply.text
