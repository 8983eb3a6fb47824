"""Round 25: ceres24's leftovers: a dish misspelt two ways at once, and bread said with "toast"
beside it logged twice."""

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
