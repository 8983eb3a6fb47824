"""Free-text meals into foods, amounts and grams."""

from __future__ import annotations

import pytest

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal

CASES = [
    ("2 eggs and a banana", [("egg", 100), ("banana", 118)]),
    ("a cup of rice", [("white_rice", 158)]),
    ("150 g chicken breast", [("chicken_breast", 150)]),
    ("half an avocado", [("avocado", 100.5)]),
    ("two slices of toast with peanut butter", [("white_bread", 50), ("peanut_butter", 32)]),
    ("1 1/2 cups of brown rice", [("brown_rice", 292.5)]),
    ("one and a half cups oatmeal", [("oatmeal", 351)]),
    ("½ cup blueberries", [("blueberries", 74)]),
    ("3 tbsp hummus", [("hummus", 45)]),
    ("2 tsp honey", [("honey", 14)]),
    ("a couple of slices of pizza", [("pizza_cheese", 214)]),
    ("chicken breast 200g", [("chicken_breast", 200)]),
    ("8 oz steak", [("steak", 226.8)]),
    ("2 large eggs, 3 slices of bacon and a coffee", [("egg", 100), ("bacon", 24), ("coffee", 237)]),
    ("a bowl of mac and cheese", [("mac_and_cheese", 300)]),
    ("3 Brussels sprouts", [("brussels_sprouts", 63)]),
    ("200ml orange juice", [("orange_juice", 200)]),
    ("2 x eggs", [("egg", 100)]),
    ("Greek yogurt with blueberries and granola", [("greek_yogurt", 170), ("blueberries", 148), ("granola", 61)]),
    ("scrambled eggs on wholemeal toast", [("egg_scrambled", 61), ("whole_wheat_bread", 32)]),
    ("3 cherries, 2 tomatoes and 2 cookies", [("cherries", 24), ("tomato", 246), ("cookie", 32)]),
    ("a quarter of a cup of granola", [("granola", 30.5)]),
    ("2 chicken breasts", [("chicken_breast", 240)]),
    ("a dozen almonds", [("almonds", 14.4)]),
    ("1.5 kg of watermelon", [("watermelon", 1500)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text for text, _ in CASES])
def test_foods_and_grams(text: str, expected: list[tuple[str, float]]):
    parsed = parse_meal(text, load_table())
    assert [(item.food.id, round(item.grams, 1)) for item in parsed.items] == expected
    assert parsed.unrecognised == ()


def test_words_it_cannot_place_are_reported_not_guessed():
    parsed = parse_meal("I had 2 bananas and some xyzzy with flurb", load_table())
    assert [(item.food.id, item.grams) for item in parsed.items] == [("banana", 236)]
    assert parsed.unrecognised == ("xyzzy", "flurb")


def test_an_amount_with_no_food_after_it_is_reported():
    parsed = parse_meal("2 slices, and a banana", load_table())
    assert [item.food.id for item in parsed.items] == ["banana"]
    assert parsed.unrecognised == ("2 slices",)


def test_a_verb_is_not_read_as_a_unit():
    parsed = parse_meal("I can eat eggs", load_table())
    assert [(item.food.id, item.grams) for item in parsed.items] == [("egg", 50)]


@pytest.mark.parametrize(
    ("text", "meal"),
    [
        ("for lunch I had a salad", "lunch"),
        ("for a snack an apple", "snack"),
        ("supper: pasta", "dinner"),
        ("2 eggs", None),
    ],
)
def test_the_meal_named_in_the_text(text: str, meal: str | None):
    parsed = parse_meal(text, load_table())
    assert parsed.items and parsed.meal_type == meal


def test_amounts_read_naturally_and_nutrients_scale_with_weight():
    table = load_table()
    items = parse_meal("2 eggs, half an avocado, 150 g salmon and a glass of milk", table).items
    assert [item.amount_text for item in items] == [
        "2 large eggs (100 g)",
        "½ avocado (100 g)",
        "150 g",
        "1 glass (240 g)",
    ]
    assert items[0].to_json()["kcal"] == 144 and items[0].to_json()["protein_g"] == 12.6
    assert items[2].to_json()["kcal"] == 309  # 206 kcal per 100 g
    assert items[3].assumed == "1 glass ≈ 240 g"


@pytest.mark.parametrize("word", ["nan", "NaN", "inf", "infinity"])
def test_words_float_would_read_as_numbers_are_not_amounts(word: str):
    # float("nan") is NaN: "I ate NaN eggs" used to fail the log_meal tool with a traceback.
    parsed = parse_meal(f"I ate {word} eggs", load_table())
    assert all(item.grams == item.grams and item.grams < 1e6 for item in parsed.items)
