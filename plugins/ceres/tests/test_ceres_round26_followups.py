"""Round 26: follow-ups to a day of meals and to meal ideas. Before, "swap lunch for something I
can eat cold at my desk" after a vegetarian day got the generic healthy-swaps text (which names
mince), "and make the whole thing vegan" the same, "something under 300 calories" after snack
ideas the capability menu, and "i only have half an hour" the menu too."""

from __future__ import annotations

import re

import pytest

MEAT = re.compile(r"\b(?:chicken|beef|mince|pork|ham|turkey|bacon|steak|tuna|salmon|fish|prawns?|shrimp|sausage)\b", re.I)
ANIMAL = re.compile(r"\b(?:eggs?|yogh?urt|cheese|feta|milk|butter|honey|cottage|whey)\b(?<!peanut butter)(?<!almond butter)", re.I)


def _plan(text: str) -> dict[str, str]:
    """The day's meals as shown: {"breakfast": name, ...}."""
    return {found.group(1).lower(): found.group(2) for found in re.finditer(r"• \*\*(\w+)\*\*: (.+?) —", text)}


@pytest.mark.parametrize(
    ("swap", "meal"),
    [
        ("swap lunch for something I can eat cold at my desk", "lunch"),
        ("can you change the lunch to something I can take to work", "lunch"),
        ("different dinner pls, something quicker", "dinner"),
        ("swap the breakfast for something without eggs", "breakfast"),
        ("switch out the snack, something sweet", "snack"),
    ],
)
async def test_one_meal_of_a_day_plan_is_swapped_and_the_rest_of_the_day_stays(chat, swap: str, meal: str) -> None:
    first = await chat("can you make me a 1-day vegetarian meal plan around 2000 calories")
    before = _plan(first.text)
    reply = await chat(swap)
    after = _plan(reply.text)
    assert reply.text.startswith(f"Here's the day with a new {meal}"), reply.text
    assert after[meal] != before[meal] and after[meal] not in [name for kind, name in after.items() if kind != meal], reply.text
    assert all(after[kind] == before[kind] for kind in before if kind != meal), reply.text
    assert "(vegetarian)" in reply.text and not MEAT.search(reply.text), reply.text


async def test_a_cold_lunch_swapped_in_is_one_with_no_cooking(chat) -> None:
    await chat("can you make me a 1-day vegetarian meal plan around 2000 calories")
    reply = await chat("swap lunch for something I can eat cold at my desk")
    assert reply.text.startswith("Here's the day with a new lunch you can eat cold (vegetarian)"), reply.text
    assert "stew" not in _plan(reply.text)["lunch"].lower(), reply.text


@pytest.mark.parametrize("whole", ["and make the whole thing vegan", "make the whole day vegan please", "can you make everything vegan", "now make the plan vegan"])
async def test_the_whole_day_made_vegan_is_the_day_again_in_that_diet(chat, whole: str) -> None:
    await chat("can you make me a 1-day vegetarian meal plan around 2000 calories")
    await chat("swap lunch for something I can eat cold at my desk")
    reply = await chat(whole)
    assert reply.text.startswith("Here's a day of meals (vegan)"), reply.text
    assert not MEAT.search(reply.text) and not ANIMAL.search(reply.text), reply.text
    assert "mince" not in reply.text and "Small swaps" not in reply.text


@pytest.mark.parametrize(
    ("first", "then", "cap"),
    [
        ("im STARVING after spin class what's a good quick snack", "something under 300 calories", 300),
        ("what should I have for lunch", "anything under 400 cals?", 400),
        ("snack ideas", "below 250 kcal please", 250),
        ("dinner ideas", "under 500 calories?", 500),
        ("breakfast ideas", "something less than 350 kcal", 350),
    ],
)
async def test_a_calorie_cap_said_after_ideas_is_the_same_ideas_under_it(chat, first: str, then: str, cap: int) -> None:
    await chat(first)
    reply = await chat(then)
    assert f"under {cap} kcal" in reply.text.splitlines()[0], reply.text
    figures = [int(value.replace(",", "")) for value in re.findall(r"\*\* — ([\d,]+) kcal", reply.text)]
    assert figures and all(value <= cap for value in figures), reply.text


@pytest.mark.parametrize(("first", "then"), [
    ("waht shuld i eat for brekfst b4 moring swim", "i hav like 20 mins only"),
    ("dinner ideas", "i only have half an hour"),
    ("lunch ideas", "only got 15 minutes"),
    ("breakfast ideas", "got like twenty minutes before work"),
])  # fmt: skip
async def test_the_time_there_is_said_after_ideas_gives_quick_ones(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert "no cooking needed, quick to make" in reply.text.splitlines()[0], reply.text


async def test_an_everyday_answer_after_a_vegetarian_day_keeps_to_that_diet(chat) -> None:
    await chat("can you make me a 1-day vegetarian meal plan around 2000 calories")
    reply = await chat("any tips for eating healthier?")
    assert "wholegrain bread" in reply.text and "more veg in every meal" in reply.text, reply.text  # the other tips stay
    assert not MEAT.search(reply.text), reply.text


async def test_a_saved_vegetarian_diet_takes_out_only_the_tip_that_names_meat(chat, write_profile) -> None:
    write_profile({"diet": {"type": "vegetarian"}})
    reply = await chat("any tips for eating healthier?")
    assert reply.text.startswith("Small swaps add up") and "grill, bake or air-fry" in reply.text and "mince" not in reply.text, reply.text
