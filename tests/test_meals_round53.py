"""Meals 53, through the whole host: what the user reads, and what the meal log holds.

Holdout 53's logging class: foods missing from the data or misread (a Costco slice logged as an
ordinary one, Tim Tams, plantain, Currywurst, croque-monsieur, pain au chocolat), meals told in
other languages with words left unread ("aceite", "salade verte", "zum Mittag", "(0,5 l)"), a meal
told by its day alone ("und gestern Abend noch zwei Brezeln"), a take-back said in French that
moves the food to yesterday, "make that 3 ..." after an aside, "what's that all up", phone typing.
Then the everyday answers: a user's own pints counted, sleep and fat loss, fibre-rich foods asked
as a follow-up, a kidney worry after a protein amount, ideas with fish, ideas without salads, no
oven, long-run carbs at the user's weight, wanting to lose weight in Spanish chat spelling.
Each class has variants that were not tuned on.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from host.clock import now
from tests.test_everyday_round49 import _chat, pytestmark  # noqa: F401 (the plugins' skip mark applies here too)

MENU = "Hi! I'm Ceres"


def _meals(tmp_path) -> list[dict]:
    path = tmp_path / "data" / "alice" / "meals.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _kcal(text: str, label: str = "This meal") -> int:
    found = re.search(rf"{label}[^:]*: ([\d,]+) kcal", text)
    assert found, text
    return int(found.group(1).replace(",", ""))


def _today() -> str:
    return now().date().isoformat()


def _yesterday() -> str:
    return (now().date() - timedelta(days=1)).isoformat()


# --- foods missing from the data -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "row", "low", "high"),
    [
        ("yesterday for dinner i had 2 slices of costco cheese pizza", "Costco", 1200, 1600),  # ~710 kcal a slice
        ("had a costco pizza slice for lunch", "Costco", 600, 800),  # not tuned on
        ("Dinner: jollof rice with fried plantain and one chicken drumstick", "plantain", 550, 1300),
        ("had rice and chicken with dodo for lunch", "plantain", 400, 1200),  # not tuned on: "dodo" is fried plantain
        ("croque monsieur and a green salad for lunch", "croque", 350, 800),  # not tuned on
        ("a pain au chocolat and a latte for breakfast", "pain au chocolat", 300, 650),  # not tuned on
        ("for lunch a currywurst with fries", "Currywurst", 700, 1000),  # not tuned on
    ],
)
async def test_foods_once_missing_are_logged_with_their_figures(make_client, tmp_path, said: str, row: str, low: int, high: int) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert row.lower() in reply.lower(), reply
    assert low <= _kcal(reply) <= high if "This meal" in reply else True, reply
    assert "didn't catch" not in reply, reply
    assert len(_meals(tmp_path)) == 1


async def test_a_list_of_foods_with_tim_tams_is_logged_then_corrected_after_an_aside_and_totalled(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    logged = await say("smashed avo on sourdough with a poached egg + a flat white, and a tim tam with my arvo cuppa")
    assert "Tim Tam" in logged and MENU not in logged, logged
    assert "sourdough / French bread" not in logged, logged  # the avocado toast has its bread: not counted twice
    assert 450 <= _kcal(logged) <= 1000, logged
    fixed = await say("ok who am i kidding make that 3 tim tams")
    assert re.search(r"\b3 tim tams\b", fixed.lower()), fixed
    total = await say("what's that all up for today then")
    assert "Today" in total and 650 <= _kcal(total, "Today") <= 1300, total
    # not tuned on: "how much is that all up"
    again = await say("how much is that all up")
    assert "Today" in again, again


# --- meals told in other languages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted", "low", "high"),
    [
        ("Hoy desayuné una tostada con tomate y aceite y un café con leche", "olive oil", 200, 550),
        ("Ayer cené una ensalada con aceite de oliva y pan", "olive oil", 200, 600),  # not tuned on
        ("Zum Mittag hatte ich eine Currywurst mit Pommes und eine Cola (0,5 l)", "Currywurst", 750, 1500),
        ("Ce midi j'ai mangé un croque-monsieur avec une salade verte", "croque", 350, 800),
        ("Ce soir j'ai mangé une salade verte et un pain au chocolat", "pain au chocolat", 300, 700),  # not tuned on
    ],
)
async def test_a_meal_told_in_another_language_reads_every_word(make_client, tmp_path, said: str, wanted: str, low: int, high: int) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert wanted.lower() in reply.lower(), reply
    assert "didn't catch" not in reply and "I read" not in reply, reply
    assert low <= _kcal(reply) <= high, reply


async def test_a_drink_with_its_volume_in_brackets_is_that_volume(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("lunch was a burger and a coke (500ml)")  # not tuned on
    assert "500" in reply and "didn't catch" not in reply, reply


@pytest.mark.parametrize(
    "said",
    [
        "Und gestern Abend noch zwei Brezeln mit Butter",
        "Y ayer por la noche dos cervezas",  # not tuned on
    ],
)
async def test_a_meal_told_by_its_day_alone_is_logged_on_that_day(make_client, tmp_path, said: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert MENU not in reply and "Yesterday" in reply, reply
    meals = _meals(tmp_path)
    assert len(meals) == 1 and meals[0]["date"] == _yesterday(), meals


@pytest.mark.parametrize(
    ("logged", "taken_back"),
    [
        ("et un pain au chocolat au goûter vers 16h", "enlève le pain au chocolat, c'était hier en fait"),
        ("merendé un croissant y un café con leche", "quita el croissant, era de ayer"),  # not tuned on
    ],
)
async def test_a_take_back_said_in_another_language_moves_the_food_to_that_day(make_client, tmp_path, logged: str, taken_back: str) -> None:
    say = await _chat(make_client, tmp_path)
    first = await say(logged)
    assert "Logged" in first, first
    moved = await say(taken_back)
    assert "Moved" in moved and "yesterday" in moved, moved
    dates = {meal.get("date") for meal in _meals(tmp_path)}
    assert _yesterday() in dates, dates


async def test_remove_it_was_yesterday_moves_rather_than_deletes(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    await say("had a croissant and a coffee for breakfast")
    moved = await say("remove the croissant, it was yesterday actually")  # not tuned on
    assert "Moved" in moved, moved
    assert any(meal.get("date") == _yesterday() for meal in _meals(tmp_path))


async def test_a_full_irish_and_a_roll_on_two_days_are_two_records(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("forgot to log, yesterday i had a full irish breakfast and today a chicken fillet roll for lunch")
    assert "full English breakfast" in reply and "chicken fillet roll" in reply, reply
    assert {meal.get("date") for meal in _meals(tmp_path)} == {_yesterday(), _today()}


# --- phone typing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("hd 2 eggs n toast wit buttr 4 brekky", "butter"),
        ("hd porridge wit buttr n honey", "butter"),  # not tuned on
        ("had chickn n rice 4 tea", "dinner"),  # not tuned on: "4 tea" is for tea (the evening meal), not four cups
    ],
)
async def test_phone_typing_logs_every_food(make_client, tmp_path, said: str, wanted: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert wanted in reply and "didn't catch" not in reply, reply


@pytest.mark.parametrize("dislike", ["i dont lik eggs", "i dont lyk eggs"])
async def test_a_dislike_typed_short_after_ideas_leaves_it_out(make_client, tmp_path, dislike: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say("waht shoud i eat for brekfast to stay ful til lunch")
    reply = await say(dislike)
    ideas = [line for line in reply.splitlines() if re.match(r"^\d\. \*\*", line)]
    assert MENU not in reply and ideas and not any("egg" in line.lower() for line in ideas), reply


@pytest.mark.parametrize(
    "said",
    [
        "kiero bajar d peso xq m kda chica la ropa, q ago??",
        "je veux maigrir, tu as des conseils ?",  # not tuned on
        "ich will abnehmen, was soll ich tun?",  # not tuned on
    ],
)
async def test_wanting_to_lose_weight_in_another_language_gets_an_answer(make_client, tmp_path, said: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert MENU not in reply and "Here's what I can do" not in reply and "can't answer" not in reply, reply


async def test_how_much_to_eat_in_spanish_chat_spelling_uses_the_body_said(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("cuanto tengo q komer? soy mujer 30 años mido 160 y peso 70")
    figures = [int(n.replace(",", "")) for n in re.findall(r"([\d,]{5}) kcal", reply)]
    assert any(1200 <= n <= 1900 for n in figures), reply


# --- everyday answers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "low", "high"),
    [
        ("how bad is beer for my gains honestly, i have like 4 pints on a saturday", 700, 1000),
        ("does drinking ruin my gains? usually 3 or 4 beers on a friday", 400, 650),  # not tuned on
    ],
)
async def test_an_alcohol_answer_counts_the_users_own_drinks(make_client, tmp_path, said: str, low: int, high: int) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(said)
    assert "1,450-1,950" not in reply, reply
    figures = [int(n.replace(",", "")) for n in re.findall(r"([\d,]{3,5}) kcal", reply)]
    assert any(low <= n <= high for n in figures), reply


async def test_sleep_and_fat_loss_then_phone_tips(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    why = await say("does sleep actually matter for losing fat? i get like 5 hrs a night")
    assert "ghrelin" in why and "7-9 hours" in why, why
    tips = await say("any tips, i always end up on my phone")
    assert "phone" in tips and "bedtime" in tips, tips
    # not tuned on
    say = await _chat(make_client, tmp_path / "b")
    other = await say("will only sleeping 5 hours a night slow my fat loss?")
    assert "ghrelin" in other, other


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Combien de fibres par jour je dois manger ? Je suis une femme de 50 ans", "Quels aliments en contiennent beaucoup ?"),
        ("how much fibre do i need", "which foods have a lot of it?"),  # not tuned on
        ("¿Cuánta fibra necesito al día?", "¿Qué alimentos tienen mucha?"),  # not tuned on
    ],
)
async def test_fibre_rich_foods_asked_after_the_fibre_answer(make_client, tmp_path, first: str, then: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say(first)
    reply = await say(then)
    assert "lentils" in reply and "raspberries" in reply, reply


async def test_fibre_rich_foods_asked_first(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("what foods are high in fibre?")
    assert "lentils" in reply and "ideas" not in reply, reply


@pytest.mark.parametrize("worry", ["why so much? my dad says it's bad for your kidneys", "why that much, won't it wreck my kidneys?"])
async def test_a_kidney_worry_after_a_protein_amount(make_client, tmp_path, worry: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say("how much protein should i eat, 75kg, lifting 3 times a week")
    reply = await say(worry)
    assert "kidney" in reply and "muscle" in reply, reply


async def test_a_fish_dinner_for_a_family_then_one_for_a_coeliac(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    first = await say("quick dinner ideas for a family of 4? kids are picky")
    assert "no cooking needed" not in first, first
    fish = await say("and something with fish they might actually eat?")
    assert re.search(r"salmon|cod|tuna|fish", fish.split("Try")[0], re.I) and MENU not in fish, fish
    # not tuned on
    say = await _chat(make_client, tmp_path / "b")
    seafood = await say("any seafood dinner ideas?")
    assert re.search(r"salmon|cod|tuna|shrimp|prawn", seafood.split("Try")[0], re.I), seafood


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("I'm starving and would literally kill for a pizza rn, how do I fit one into my week without ruining everything", "lol this diet is killing me, i'm so done with salads"),
        ("dinner ideas", "i'm sick of salads"),  # not tuned on
    ],
)
async def test_ideas_without_the_salads_someone_is_sick_of(make_client, tmp_path, first: str, then: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say(first)
    reply = await say(then)
    ideas = reply.split("Try")[0]
    assert "ideas" in ideas and "salad" not in ideas.lower().replace("without salad", ""), reply


async def test_fitting_a_pizza_into_the_week(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("how do I fit a takeaway pizza into my week")  # not tuned on
    assert "pizza" in reply and MENU not in reply, reply


@pytest.mark.parametrize("kitchen", ["I've not got an oven, just a hob and a microwave", "haven't got an oven, only a microwave and a hob"])
async def test_no_oven_after_ideas_keeps_them_without_it(make_client, tmp_path, kitchen: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say("can you sort me a meal prep for the week on a budget? UK")
    reply = await say(kitchen)
    assert "no oven needed" in reply and "without just" not in reply, reply


async def test_long_run_carbs_are_more_at_the_runners_weight(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    await say("hi! 41 yo female, 5 foot 7, 150 pounds, I run 3x a week, training for my first half marathon")
    await say("how many carbs should I be eating?")
    reply = await say("and on long run days?")
    assert "more" in reply and "68 kg" in reply, reply
