"""Round 18b: everyday messages that sound alarming but are not: a growing teenager who eats a
lot and stays thin (then snacks for him), training on a dry religious fast (then what to eat
when breaking it), clearing the junk out of a kitchen (staples to restock), and a shorter
'feeling fuller' answer."""

from __future__ import annotations

import pytest

MENU = "I can:"


@pytest.mark.parametrize(
    "said",
    [
        "our 16 yo daughter swims every morning, eats everything in sight and is still thin, should I worry?",
        "my teenage boy is a bottomless pit but stays skinny, he does rugby 4 times a week, normal?",
    ],
)
async def test_a_growing_active_teen_eating_a_lot_is_usually_normal(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Usually yes") and "GP" in reply.text, reply.text
    snacks = await chat("what filling snacks should I keep around for after practice?")
    assert "Filling snacks for a hungry teenager" in snacks.text, snacks.text


async def test_the_near_miss_a_child_wanting_to_lose_weight_still_gets_no_diet(chat) -> None:
    reply = await chat("my son is 13 and wants to lose weight, he's a bit chubby")
    assert "dieting to lose weight isn't recommended" in reply.text, reply.text


async def test_lifting_on_a_dry_religious_fast_then_breaking_it(chat) -> None:
    reply = await chat("during ramadan I can't eat or drink from dawn to dusk, what time is best to go to the gym?")
    assert "break the fast" in reply.text and "lighter" in reply.text, reply.text
    food = await chat("ok and what do I eat at iftar to recover from lifting?")
    assert "dates" in food.text and "protein" in food.text and MENU not in food.text, food.text


async def test_the_near_miss_fasted_cardio_keeps_its_own_answer(chat) -> None:
    reply = await chat("is fasted cardio before breakfast better for fat loss?")
    assert "break the fast" not in reply.text and "fasted" in reply.text, reply.text


async def test_clearing_the_junk_out_of_the_kitchen_is_staples(chat) -> None:
    reply = await chat("getting all the junk out of my kitchen this weekend, what do I restock the fridge with?")
    assert "oats" in reply.text and "eggs" in reply.text, reply.text
    assert len(reply.text.split("\nSource")[0].split()) <= 80


@pytest.mark.parametrize("said", ["how can I feel fuller on fewer calories", "tips to curb my hunger on a cut"])
async def test_feeling_fuller_is_short_and_sourced(chat, said: str) -> None:
    reply = await chat(said)
    answer = reply.text.split("\nSource")[0]
    assert "protein at every meal" in answer and len(reply.text.split("\nTry")[0].split()) <= 80, reply.text
    assert "Source: NHS" in reply.text and answer.count("?") <= 1


async def test_a_change_to_the_last_food_asked_is_looked_up(chat) -> None:
    await chat("dying for a burger, how many calories in a double cheeseburger?")
    reply = await chat("what about one patty and without the cheese?")
    assert MENU not in reply.text and "Hamburger, single patty" in reply.text, reply.text


async def test_the_near_miss_a_count_after_a_burger_is_not_a_change(chat) -> None:
    await chat("calories in a cheeseburger?")
    reply = await chat("and a banana?")
    assert "banana" in reply.text.lower() and "hamburger" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "said",
    ["beginning a cut next week at 92 kg, I train 5 days a week, how big a deficit should I run?", "what's a reasonable deficit for a lean bulk to cut switch"],
)
async def test_how_big_a_deficit_is_a_moderate_one(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("A moderate one") and "300-500 kcal" in reply.text, reply.text


async def test_the_near_miss_how_fast_to_lose_keeps_the_weekly_rate(chat) -> None:
    reply = await chat("how fast should I lose weight?")
    assert "0.5-1 kg" in reply.text and "A moderate one" not in reply.text, reply.text


def test_a_deficit_question_beside_a_training_week_is_routed_to_ceres() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    said = "starting a cut on the 1st, 70kg, I lift 3x a week, what deficit should I aim for?"
    assert classify(said, ClassifyContext(user_id="alice", history=[], profile={})).score >= 0.8
