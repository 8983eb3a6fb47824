"""Round 25: ceres24's leftovers: a dish misspelt two ways at once, bread said with "toast"
beside it logged twice, garlic after "low FODMAP" or bananas after "keto" with no note, and
"can I have brie?" with no pregnancy said sent to General."""

from __future__ import annotations

import pytest


async def test_spaghetti_bolognese_misspelt_is_the_dish(chat, on_disk_log) -> None:
    reply = await chat("had spagheti bolognase and garlic bread for dinner")
    assert "didn't catch" not in reply.text, reply.text
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]] == ["spag_bol_plate", "garlic_bread"]


@pytest.mark.parametrize(
    ("said", "food"),
    [("i had white bread toast with butter", "white_bread"), ("2 slices of brown bread toast for breakfast", "whole_wheat_bread")],
)  # fmt: skip
async def test_bread_said_with_toast_is_one_bread(chat, on_disk_log, said: str, food: str) -> None:
    reply = await chat(said)
    items = on_disk_log("meals.jsonl")[0]["items"]
    breads = [item["food_id"] for item in items if "bread" in item["food_id"] or item["food_id"] == "sourdough"]
    assert breads == [food], (items, reply.text)


async def test_garlic_after_saying_low_fodmap_gets_a_note(chat, on_disk_log) -> None:
    await chat("I'm on a low FODMAP diet")
    reply = await chat("I had garlic bread with lunch")
    assert "Garlic is high FODMAP" in reply.text and "garlic-infused oil" in reply.text, reply.text
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]] == ["garlic_bread"]  # logged all the same


async def test_bananas_after_saying_keto_get_a_carb_note(chat, on_disk_log) -> None:
    await chat("I'm doing keto")
    reply = await chat("had two bananas for breakfast")
    assert "on keto, that's 54 g of carbs from the banana alone" in reply.text and "50 g a day" in reply.text, reply.text
    assert on_disk_log("meals.jsonl")[0]["items"][0]["food_id"] == "banana"



@pytest.mark.parametrize(("said", "says"), [("can I have brie?", "only cooked until steaming hot"), ("is pate ok to eat?", "avoid all pâté")])
async def test_a_listed_food_asked_with_no_pregnancy_said_gets_the_nhs_word_and_no_guessed_figures(chat, said: str, says: str) -> None:
    reply = await chat(said)
    assert "can't give its figures" in reply.text and "If you're asking because you're pregnant" in reply.text and says in reply.text, reply.text
    assert "Did you mean" not in reply.text and "kcal" not in reply.text, reply.text


def test_can_i_have_brie_routes_to_ceres() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify("can I have brie?", ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.5
