"""Round 17 (A): weighed foods whose kind is a percentage ("0% greek yoghurt", "5% fat mince"),
several meals in one message, an allergy said with a meal to log, changes to the last
suggestion ("make that one vegetarian", "my partner doesn't eat chicken", "something sweet for
afters?", "a smoothie around 600 kcal") and packaged foods with an allergy (check the label)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.descriptors import describe_percentages
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    """Wednesday 11 June 2025, 13:00 UTC."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def foods_by_meal(text: str) -> list[tuple[str, str | None, float]]:
    return [(item.food.id, item.meal_type, round(item.grams)) for item in parse_meal(text, load_table()).items]


# --- weighed foods: a percentage is the food's kind, not its amount ----------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("breakfast 200g 0% greek yoghurt with 30g honey, lunch 150g grilled salmon and 200g cooked quinoa",
         [("greek_yogurt", "breakfast", 200), ("honey", "breakfast", 30), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
        ("200g 0% fat greek yogurt and 40g granola for breakfast", [("greek_yogurt", "breakfast", 200), ("granola", "breakfast", 40)]),
        ("had 170g 2% greek yoghurt with berries", [("greek_yogurt", None, 170), ("mixed_berries", None, 141)]),
        ("250ml 2% milk with 50g oats", [("milk_2pct", None, 250), ("rolled_oats", None, 50)]),
        ("200ml 1% milk", [("milk_2pct", None, 200)]),
        ("brekkie: 150g full-fat greek yoghurt, 20g honey. dinner: 180g chicken breast, 200g sweet potato",
         [("greek_yogurt_whole", "breakfast", 150), ("honey", "breakfast", 20), ("chicken_breast", "dinner", 180), ("sweet_potato", "dinner", 200)]),
        ("150g 5% greek yoghurt", [("greek_yogurt_whole", None, 150)]),
        ("lunch was 150 g 5% fat beef mince with 100g cooked rice", [("ground_beef_lean", "lunch", 150), ("white_rice", "lunch", 100)]),
        ("150g 20% fat mince", [("ground_beef", None, 150)]),
        ("200g 90% lean beef", [("ground_beef_lean", None, 200)]),
        ("25g 70% dark chocolate", [("dark_chocolate", None, 25)]),
        ("for breakfast I had 150g of 0% skyr and a banana, then for lunch 120g chicken and 80g of rice",
         [("greek_yogurt", "breakfast", 150), ("banana", "breakfast", 118), ("chicken_breast", "lunch", 120), ("white_rice", "lunch", 80)]),
        ("200 g fat free yogurt and 100 g blueberries", [("yogurt_lowfat", None, 200), ("blueberries", None, 100)]),
        ("a glass of semi-skimmed milk", [("milk_2pct", None, 244)]),
        ("breakfast - 2 scrambled eggs, 1 slice wholemeal toast | lunch - 150g grilled salmon, 200g cooked quinoa",
         [("egg_scrambled", "breakfast", 122), ("whole_wheat_bread", "breakfast", 32), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
        ("breakfast: 200g 0% greek yoghurt, 30g honey\nlunch: 150g salmon, 200g quinoa",
         [("greek_yogurt", "breakfast", 200), ("honey", "breakfast", 30), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
    ],
)
def test_a_percentage_is_the_foods_kind_and_each_meal_keeps_its_foods(said: str, expected: list[tuple[str, str | None, float]]) -> None:
    found = foods_by_meal(said)
    assert [(food, meal) for food, meal, _ in found] == [(food, meal) for food, meal, _ in expected], found
    assert all(abs(grams - want) <= 2 for (_, _, grams), (_, _, want) in zip(found, expected)), found


@pytest.mark.parametrize(
    ("said", "problem"),
    [("coffee with 0 sugar", "zero"), ("2 eggs and 0 toast", "zero"), ("-2 eggs", "negative"), ("- 2 eggs", "negative"), ("minus 3 bananas", "negative")],
)
def test_a_real_zero_or_minus_is_still_a_question(said: str, problem: str) -> None:
    meal = parse_meal(said, load_table())
    assert meal.problems, meal
    assert meal.problems[0].kind == ("zero" if problem == "zero" else "not_a_number")


@pytest.mark.parametrize(
    ("said", "read"),
    [("0% yoghurt", "fat free yoghurt"), ("2% milk", "low fat milk"), ("50% off the cookies", "off the cookies"), ("a 13% red", "a red"),
     ("0% sugar jelly", "sugar free jelly"), ("100% orange juice", "orange juice"), ("0 % fat skyr", "fat free skyr")],
)
def test_percentages_in_words(said: str, read: str) -> None:
    assert " ".join(describe_percentages(said).split()) == read


async def test_weighed_meals_logged_then_the_protein_so_far(chat, on_disk_log) -> None:
    reply = await chat("breakfast 200g 0% greek yoghurt with 30g honey, lunch 150g grilled salmon and 200g cooked quinoa")
    assert "Logged your breakfast" in reply.text and "Logged your lunch" in reply.text and "758 kcal" in reply.text
    meals = on_disk_log("meals.jsonl")
    assert [meal["meal_type"] for meal in meals] == ["breakfast", "lunch"]
    reply = await chat("how much protein have I had so far today?")
    assert "62 g" in reply.text


# --- an allergy or a diet said with a meal to log: both done -------------------------------------

from agenthost_ceres.beside import meal_beside  # noqa: E402
from agenthost_ceres.dialog import DialogState  # noqa: E402
from agenthost_ceres.understand import understand  # noqa: E402


@pytest.mark.parametrize(
    ("said", "meal"),
    [
        ("fyi I'm allergic to shellfish. can you log dinner: grilled chicken breast, a cup of rice and some broccoli",
         "can you log dinner: grilled chicken breast, a cup of rice and some broccoli"),
        ("I'm vegetarian btw. log lunch: a cheese sandwich and an apple", "log lunch: a cheese sandwich and an apple"),
        ("I have a peanut allergy, and for breakfast I had 2 eggs on toast", "and for breakfast I had 2 eggs on toast"),
        ("allergic to milk! just had a bowl of oatmeal with oat milk and a banana", "just had a bowl of oatmeal with oat milk and a banana"),
        ("I'm coeliac - please log 2 slices of toast and jam for breakfast", "please log 2 slices of toast and jam for breakfast"),
        ("I'm lactose intolerant. Had a latte and a croissant this morning", "Had a latte and a croissant this morning"),
        ("I'm allergic to eggs, log my breakfast: porridge with blueberries", "log my breakfast: porridge with blueberries"),
        ("oh and I'm vegan now. add a tofu stir fry for lunch", "add a tofu stir fry for lunch"),
        ("I can't have gluten. track: 150g chicken, 200g rice, broccoli", "track: 150g chicken, 200g rice, broccoli"),
        ("my son is allergic to nuts, can you log my lunch: chicken wrap and crisps", "can you log my lunch: chicken wrap and crisps"),
        ("I'm allergic to eggs so log porridge with blueberries", "log porridge with blueberries"),
        ("no dairy for me. I had a black coffee and 2 slices of toast with jam", "I had a black coffee and 2 slices of toast with jam"),
    ],
)
def test_a_meal_said_beside_a_preference_is_logged_after_it_is_saved(said: str, meal: str) -> None:
    assert meal_beside(said) == meal
    request = understand(said, DialogState())
    assert request.intent == "preferences" and request.slots["then"] == {"intent": "log", "slots": {"text": meal}}, request
    assert request.slots["prefs"], request


@pytest.mark.parametrize(
    "said",
    ["I'm allergic to shellfish", "I'm allergic to shellfish, what can I have for dinner?", "I'm vegetarian, had a big lunch so what should I have for dinner?",
     "allergic to peanuts and I had a peanut butter sandwich, what should I do", "I'm coeliac, is porridge ok?", "I had 2 eggs and toast",
     "I'm allergic to sesame, dinner ideas please"],
)
def test_no_meal_beside_a_preference_said_alone_or_with_a_question(said: str) -> None:
    assert meal_beside(said) is None


async def test_the_allergy_saved_and_the_dinner_logged(chat, on_disk_log, on_disk) -> None:
    reply = await chat("fyi I'm allergic to shellfish. can you log dinner: grilled chicken breast, a cup of rice and some broccoli")
    assert "saved your preferences: no shellfish" in reply.text and "Logged your dinner" in reply.text and "ideas" not in reply.text
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]] == ["chicken_breast", "white_rice", "broccoli"]
    assert on_disk("profile.json")["diet"]["allergies"] == ["shellfish"]
    reply = await chat("remove the rice")
    assert "removed the white rice" in reply.text


async def test_a_logged_food_the_new_allergy_rules_out_is_warned_about(chat, on_disk_log) -> None:
    reply = await chat("I have a peanut allergy, and for breakfast I had a peanut butter sandwich")
    assert "no peanuts" in reply.text and "Logged your breakfast" in reply.text and "not safe with your peanut allergy" in reply.text
    assert len(on_disk_log("meals.jsonl")) == 1


async def test_lactose_intolerance_said_with_a_latte(chat) -> None:
    reply = await chat("I'm lactose intolerant. Had a latte and a croissant this morning")
    assert "Lactose intolerance: no milk, cheese, yogurt, butter or cream in my suggestions." in reply.text
    assert "Logged your breakfast" in reply.text and "latte: not dairy-free" in reply.text
