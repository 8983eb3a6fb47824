"""An ingredient asked about for a dish the user makes ("can I use fish stock in the paella?"
with a shellfish allergy) is answered about the ingredient, and "all of them" in an allergy
("allergic to nuts - all of them") names no other person."""

from __future__ import annotations

import pytest

from agenthost_ceres.can_have import ingredient_answer, refusal, who
from agenthost_ceres.diet import DietPrefs

SHELLFISH = DietPrefs(allergies=("shellfish",))
NUTS = DietPrefs(allergies=("peanuts", "tree_nuts"))
COELIAC = DietPrefs(gluten_free=True, conditions=("coeliac",))


@pytest.mark.parametrize(
    ("question", "prefs", "ingredient", "dish"),
    [
        ("can I use fish stock in the paella?", SHELLFISH, "fish stock", "paella"),
        ("can I use chicken stock in the paella instead?", SHELLFISH, "chicken stock", "paella"),
        ("is it ok to use chorizo in my paella?", SHELLFISH, "chorizo", "paella"),
        ("can I use rice noodles in the pad thai?", NUTS, "rice noodles", "pad thai"),
        ("could I use tofu in the satay?", NUTS, "tofu", "satay"),
        ("can I use rice flour in the pasta?", COELIAC, "rice flour", "pasta"),
        ("is it ok to add spinach to my lasagne?", COELIAC, "spinach", "lasagne"),
    ],
)
def test_an_ingredient_that_fits_is_a_yes_about_the_ingredient_with_the_dish_kept_free(
    question: str, prefs: DietPrefs, ingredient: str, dish: str
) -> None:
    answer = ingredient_answer(question, prefs)
    assert answer is not None and answer.startswith(f"Yes — {ingredient} is fine for your"), answer
    assert "Check the label" in answer and f"Everything else in your {dish} has to be free" in answer


@pytest.mark.parametrize(
    ("question", "prefs"),
    [
        ("can I use prawns in the paella?", SHELLFISH),  # the ingredient itself breaks the allergy
        ("can I use peanut butter in the satay?", NUTS),
        ("is paella ok for me?", SHELLFISH),  # the dish itself is asked about
        ("can I use soy sauce in the stir fry?", COELIAC),  # soy sauce is brewed with wheat
        ("can I use fish stock in the risotto?", SHELLFISH),  # nothing breaks the allergy: no refusal at all
    ],
)
def test_an_ingredient_that_breaks_the_diet_or_a_dish_asked_about_is_not_a_yes(question: str, prefs: DietPrefs) -> None:
    assert ingredient_answer(question, prefs) is None


def test_the_dish_asked_about_alone_is_still_a_no() -> None:
    answer = refusal("is paella ok for me?", SHELLFISH) or ""
    assert answer.startswith("No") and "shellfish allergy" in answer


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("allergic to nuts - all of them, peanuts too. what about granola bars or trail mix?", "you"),
        ("I can't have any of them. is trail mix ok?", "you"),
        ("both of them are off limits for me, what about pesto?", "you"),
        ("my kids are allergic to nuts, can they have trail mix?", "them"),
        ("my friends are coming, can they eat satay?", "them"),
    ],
)
def test_of_them_counts_foods_not_people(text: str, person: str) -> None:
    assert who(text) == person


def test_plural_foods_are_said_in_the_plural() -> None:
    answer = refusal("are granola bars or trail mix ok?", NUTS) or ""
    assert "granola bars are usually made with" in answer and "rules them out" in answer, answer


async def test_the_fish_stock_question_over_a_turn(chat) -> None:
    await chat("I have a shellfish allergy (anaphylaxis, carry an epipen)")
    reply = await chat("can I use fish stock in the paella?")
    assert reply.text.startswith("Yes — fish stock is fine for your shellfish allergy"), reply.text
    assert "isn't safe" not in reply.text
