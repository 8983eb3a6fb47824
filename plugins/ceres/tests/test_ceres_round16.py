"""Round 16: chains' named items with their published figures and sizes (never a word-by-word
reading of a product's name: "popcorn chicken" is chicken), the ingredient asked about (shrimp
paste, Quorn, fish sauce, pesto...) rather than the dish it comes in, and everyday follow-ups
(electrolytes after a water answer, protein first for muscle, a big meal after a long ride, and
the micronutrients that change with age and sex)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    """Wednesday 11 June 2025, 13:00 UTC: "yesterday" is the 10th."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def kcal_of(text: str) -> tuple[list[str], float]:
    meal = parse_meal(text, load_table())
    return [item.food.id for item in meal.items], sum(item.food.kcal * item.grams / item.food.portion_grams for item in meal.items)


@pytest.mark.parametrize(
    ("said", "ids", "low", "high"),
    [
        ("yesterday for dinner I had a KFC zinger tower burger, regular popcorn chicken and a pepsi max",
         ["kfc_zinger_tower", "kfc_popcorn_regular", "diet_cola"], 850, 950),
        ("grabbed a large popcorn chicken and a zinger from kfc", ["kfc_popcorn_large", "kfc_zinger"], 800, 950),
        ("2 zinger burgers", ["kfc_zinger"], 880, 920),
        ("kfc: zinger tower and a popcorn chicken", ["kfc_zinger_tower", "kfc_popcorn_regular"], 850, 950),
        ("a grande caramel frappuccino", ["frappuccino_caramel_grande"], 370, 390),
        ("venti caramel frappuccino from starbucks", ["frappuccino_caramel_venti"], 460, 480),
        ("a java chip frappuccino", ["frappuccino_java_chip_grande"], 430, 450),
        ("an original glazed donut from krispy kreme", ["krispy_kreme_original_glazed"], 185, 195),
        ("mcdonalds double cheeseburger and a coke", ["mcd_double_cheeseburger", "cola"], 580, 600),
        ("a whopper jr", ["whopper_jr"], 320, 340),
        ("greggs vegan sausage roll", ["greggs_vegan_sausage_roll"], 300, 320),
        ("3 crunchy tacos from taco bell", ["taco_bell_crunchy_taco"], 500, 520),
    ],
)
def test_a_chains_named_item_is_that_item_with_its_published_figures(said: str, ids: list[str], low: float, high: float) -> None:
    found, kcal = kcal_of(said)
    assert found == ids and low <= kcal <= high, (found, kcal)


@pytest.mark.parametrize(
    ("said", "ids"),
    [("a bowl of popcorn", ["popcorn"]), ("a chicken burger", ["chicken_sandwich"]), ("a hamburger and fries", ["hamburger", "french_fries"]),
     ("a glazed donut", ["donut"]), ("a fried chicken breast", ["kfc_breast"])],
)
def test_near_misses_keep_their_own_rows(said: str, ids: list[str]) -> None:
    assert kcal_of(said)[0] == ids


async def test_a_frappuccino_added_to_the_last_meal_then_scratched(chat) -> None:
    await chat("had an original glazed donut from krispy kreme")
    reply = await chat("and a grande caramel frappuccino")
    assert "380 kcal" in reply.text and "I can:" not in reply.text
    reply = await chat("actually scratch the frappuccino, my mate drank it")
    assert "removed" in reply.text and "380 kcal" in reply.text
    reply = await chat("so what am I on today?")
    assert "190 kcal" in reply.text and "I can:" not in reply.text
