"""Free-text meals into foods, amounts and grams."""

from __future__ import annotations

import pytest

from datetime import date

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
    ("Greek yogurt with blueberries and granola", [("greek_yogurt_whole", 170), ("blueberries", 148), ("granola", 61)]),
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
        "1 glass (244 g)",
    ]
    assert items[0].to_json()["kcal"] == 144 and items[0].to_json()["protein_g"] == 12.6
    assert items[2].to_json()["kcal"] == 309  # 206 kcal per 100 g
    assert items[3].assumed == ""  # milk's own glass: a cup (244 g)


# ---- dishes, several foods, meals and days ----

REFERENCE = date(2025, 5, 7)  # a Wednesday


def parse(text: str):
    return parse_meal(text, load_table(), REFERENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a big mac, large fries and a milkshake", ["big_mac", "mcd_fries_large", "milkshake_medium"]),
        ("chicken caesar salad", ["chicken_caesar_salad"]),
        ("a grande latte and a bagel with cream cheese", ["latte_grande", "bagel_cream_cheese"]),
        ("curry with rice", ["chicken_curry_rice"]),
        ("a whopper from burger king", ["whopper"]),
        ("mac and cheese with a side salad", ["mac_and_cheese", "garden_salad"]),
        ("pb and j", ["pbj"]),
        ("a big mac from McDonald's", ["big_mac"]),
    ],
)
def test_dishes_win_over_their_ingredients(text, expected):
    parsed = parse(text)
    assert [item.food.id for item in parsed.items] == expected
    assert parsed.unrecognised == ()


@pytest.mark.parametrize(
    ("text", "grams"),
    [("2 slices of pizza", 214), ("a bowl of ramen", 849), ("200 g rice", 200), ("half a cup of oats", 40), ("10 mcnuggets", 160)],
)
def test_quantities_and_units_on_dishes(text, grams):
    (item,) = parse(text).items
    assert round(item.grams) == grams


def test_each_food_gets_the_meal_and_day_of_its_own_clause():
    parsed = parse("oatmeal for breakfast and a sandwich for lunch")
    assert [(i.food.id, i.meal_type, i.day) for i in parsed.items] == [
        ("oatmeal", "breakfast", None),
        ("turkey_sandwich", "lunch", None),
    ]
    parsed = parse("I had pizza last night and eggs this morning")
    assert [(i.food.id, i.meal_type, i.day) for i in parsed.items] == [
        ("pizza_cheese", "dinner", date(2025, 5, 6)),
        ("egg", "breakfast", date(2025, 5, 7)),
    ]
    parsed = parse("eggs and toast for breakfast yesterday, then a salad")
    assert {(i.meal_type, i.day) for i in parsed.items} == {("breakfast", date(2025, 5, 6))}
    parsed = parse("on Monday I had chili")
    assert [(i.food.id, i.day) for i in parsed.items] == [("chili", date(2025, 5, 5))]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("NaN eggs", "That isn't a number I can log. How many eggs did you have?"),
        ("1e400 eggs", "That number is far too large to be a real amount, so I can't log it. How many eggs did you have?"),
        ("-2 eggs", "“-2” is a negative amount, so I can't log it. How many eggs did you have?"),
        ("minus 3 bananas", "“minus 3” is a negative amount, so I can't log it. How many bananas did you have?"),
        ("1/0 eggs", "That number is far too large to be a real amount, so I can't log it. How many eggs did you have?"),
        ("0 eggs", "“0 eggs” is nothing to log. How many eggs did you have?"),
        ("5000 eggs", "“5000 eggs” would be 250 kg and about 360,000 kcal, which can't be right. How many eggs did you have?"),
        ("20 big macs", "“20 big macs” would be 4.4 kg and about 11,800 kcal, which can't be right. How many big macs did you have?"),
        ("5 kg of rice", "“5 kg of rice” would be 5 kg and about 6,487 kcal, which can't be right. How much rice did you have?"),
        ("an infinite amount of pizza", "That isn't a number I can log. How many pizzas did you have?"),
    ],
)
def test_impossible_amounts_become_a_question_and_never_an_item(text, question):
    parsed = parse(text)
    assert parsed.items == ()
    assert [problem.question for problem in parsed.problems] == [question]


def test_a_hyphen_inside_a_word_is_not_a_minus_sign():
    assert [i.food.id for i in parse("a hard-boiled egg").items] == ["egg_boiled"]
    assert parse("my nan made soup").problems == ()


@pytest.mark.parametrize(
    ("text", "repairs", "foods"),
    [
        ("bananna and brocoli", (("bananna", "banana"), ("brocoli", "broccoli")), ["banana", "broccoli"]),
        ("a chiken sandwhich", (("chiken", "chicken"), ("sandwhich", "sandwich")), ["chicken_sandwich"]),
        ("ceasar salad", (("ceasar", "caesar"),), ["caesar_salad"]),
        ("piza", (("piza", "pizza"),), ["pizza_cheese"]),
        ("spagetti bolognese", (("spagetti", "spaghetti"),), ["spag_bol_plate"]),
    ],
)
def test_misspelt_food_words_are_repaired(text, repairs, foods):
    parsed = parse(text)
    assert parsed.repairs == repairs
    assert [item.food.id for item in parsed.items] == foods


@pytest.mark.parametrize("word", ["bear", "tried", "zorbles", "florp", "drunk", "sat", "lovely", "place"])
def test_near_misses_are_not_turned_into_foods(word):
    parsed = parse(f"I had a {word}")
    assert parsed.items == () and parsed.repairs == ()


def test_a_size_word_picks_the_sized_row_across_chain_names():
    assert [i.food.id for i in parse("footlong subway turkey sub").items] == ["turkey_sub_footlong"]
    assert [i.food.id for i in parse("a large mcdonalds fries").items] == ["mcd_fries_large"]
    assert [i.food.id for i in parse("a large banana").items] == ["banana"]  # no sized banana: the table's portion


def test_a_size_for_each_item():
    (milk,) = parse("2 glasses of semi-skimmed, 250ml each").items
    assert (milk.food.id, milk.grams) == ("milk_2pct", 500)
    (eggs,) = parse("2 eggs each 60 g").items
    assert eggs.grams == 120


@pytest.mark.parametrize("word", ["nan", "NaN", "inf", "infinity"])
def test_words_float_would_read_as_numbers_are_not_amounts(word: str):
    # float("nan") is NaN: "I ate NaN eggs" used to fail the log_meal tool with a traceback.
    parsed = parse_meal(f"I ate {word} eggs", load_table())
    assert all(item.grams == item.grams and item.grams < 1e6 for item in parsed.items)


def test_a_whole_pizza_and_half_a_pizza_and_an_amount_said_after():
    (whole,) = parse("I ate a whole pizza").items
    assert whole.grams == 856  # eight slices
    (half,) = parse("half a pizza").items
    assert half.grams == 428
    (bagel,) = parse("a whole wheat bagel").items
    assert bagel.food.id == "bagel" and bagel.grams == 105
    (sushi,) = parse("I had sushi for lunch, about 8 pieces").items
    assert (sushi.food.id, sushi.grams) == ("sushi_roll", 240)
