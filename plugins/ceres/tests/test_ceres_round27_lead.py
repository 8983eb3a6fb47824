"""Ceres' food-name typo repair turned correctly spelt words into foods: "I had a panic attack at the gym" logged
100 g of paneer ("panic" read as "panir"), and across the conversation sets "pounding" became pudding, "point" a
pint, "floor" flour, "purge" puree, Portuguese "quero" queso. English words and the other languages' common words
stay as typed now; a few sound-alike slips ("tost", "bred") are still read as the food."""

from __future__ import annotations

import pytest

from agenthost_ceres.foods import load_table


@pytest.mark.parametrize("word", ["panic", "pounding", "point", "floor", "purge", "pool", "late", "quero", "nach"])
def test_a_real_word_is_never_repaired_into_a_food(word: str) -> None:
    assert load_table().speller.repair(word) is None, word


@pytest.mark.parametrize(("word", "food"), [("tost", "toast"), ("chiken", "chicken"), ("protien", "protein"), ("bananna", "banana")])
def test_slips_are_still_repaired(word: str, food: str) -> None:
    assert load_table().speller.repair(word) == food


async def test_a_panic_attack_logs_no_meal(chat, on_disk_log) -> None:
    reply = await chat("I had a panic attack yesterday")
    assert on_disk_log("meals.jsonl") is None, reply.text
    assert "paneer" not in reply.text.lower()


@pytest.mark.parametrize("message", [
    "doing a full purge of my kitchen this weekend, binning all the junk. what should i restock with for healthy, cheap meals?",
    "did a massive purge of all the junk food in my kitchen cupboards 🙌 what healthy snacks should I restock with?",
])
async def test_a_kitchen_purge_gets_the_restock_not_the_worry(chat, message: str) -> None:
    # with 'purge' no longer read as 'puree', Ceres' own care check answered these with its eating-disorder worry
    reply = await chat(message)
    assert "worried" not in reply.text and "laxatives" not in reply.text, reply.text


async def test_the_adult_dose_is_answered_for_once_they_are_18(chat) -> None:
    await chat("im 17 and play rugby, is creatine safe?")
    reply = await chat("ok and once i'm 18, how much would i take?")
    assert "3-5 g" in reply.text and "still growing" not in reply.text, reply.text
