"""Meals moved and meals told after a question. Before, "move the pasta to today" after a look at
yesterday showed today's empty log; "change the burger to dinner" answered "replaced 1 hamburger
with 1 hamburger", and a food moved to another meal stayed folded into the old one in the day's
list; "how much protein in chicken? I had 200g chicken for lunch" looked the chicken up twice and
logged nothing, "is pasta healthy? had a bowl of it for lunch" gave lunch ideas, and "how many
calories in a banana, i just ate two" logged nothing. Now the move is made, the meal told after the
question is logged (the food asked about filling in "it", "two" or "200g") and the question answered
after it, with no "log it" offered for what was just logged."""

from __future__ import annotations

import pytest


async def test_a_move_after_a_look_at_yesterday_moves(chat, on_disk_log) -> None:
    await chat("I had pasta for dinner yesterday")
    await chat("what did I eat yesterday?")
    reply = await chat("move the pasta to today")
    assert reply.text.startswith("Moved: pasta is now logged today (as dinner), not yesterday."), reply.text


@pytest.mark.parametrize(
    ("logged", "said", "moved", "listed"),
    [
        ("had a burger and chips for lunch", "change the burger to dinner", "Moved: hamburger is now your dinner, not your lunch.", "• dinner: burger — 275 kcal"),
        ("had crisps and a sandwich for lunch", "the crisps were a snack, not lunch", "Moved: potato chips is now your snack, not your lunch.", "• snack: crisps — 150 kcal"),
        ("had toast and a banana for breakfast", "move the banana to snack", "Moved: banana is now your snack, not your breakfast.", "• snack: banana — 105 kcal"),
    ],
)
async def test_one_food_moved_to_another_meal_is_a_meal_of_its_own(chat, logged: str, said: str, moved: str, listed: str) -> None:
    await chat(logged)
    reply = await chat(said)
    assert reply.text.startswith(moved), reply.text
    day = await chat("what did I eat today")
    assert "from 2 meals" in day.text and listed in day.text, day.text


@pytest.mark.parametrize(
    ("said", "logged", "answer"),
    [
        ("how much protein in chicken? I had 200g chicken for lunch", "• chicken breast, skinless, roasted: 200 g — 330 kcal", "g protein"),
        ("is pasta healthy? had a bowl of it for lunch", "• pasta (spaghetti), cooked: 1 bowl (210 g)", "Pasta"),
        ("how many calories in a banana, i just ate two", "• banana: 2 medium bananas (236 g) — 210 kcal", "**Banana**"),
        ("how many calories in a croissant? had 2 with my coffee this morning", "• croissant, butter: 2 medium croissants (114 g)", "**Croissant, butter**"),
        ("is greek yogurt good for protein? I had 200g for breakfast", "• Greek yogurt, plain, whole milk: 200 g", "Logged your breakfast"),
        ("how much sugar in coke? i drank a 500ml bottle", "• cola soft drink (your coke): 500 ml (500 g)", "carbs"),
        ("can I eat eggs every day? I had 3 this morning", "• egg, whole (raw or poached): 3 large eggs (150 g)", "Logged your breakfast"),
    ],
)
async def test_a_meal_told_after_a_question_is_logged_and_the_question_answered(chat, on_disk_log, said: str, logged: str, answer: str) -> None:
    reply = await chat(said)
    assert logged in reply.text and answer in reply.text, reply.text
    assert "“log it”" not in reply.text, reply.text
    assert len(on_disk_log("meals.jsonl")) == 1


@pytest.mark.parametrize(
    "said",
    ["can you swap out the eggs? had them all week", "is rice bad for you? I eat it every day", "why am I always hungry? I had loads of pasta lately"],
)
async def test_a_habit_after_a_question_is_not_logged(chat, on_disk_log, said: str) -> None:
    await chat(said)
    assert not on_disk_log("meals.jsonl")
