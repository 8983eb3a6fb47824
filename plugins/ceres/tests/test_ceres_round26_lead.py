"""Round 26 (lead): a food whose everyday versions often carry an allergen the table's plain row
has none of ("can I have a bagel?" with a sesame allergy) gets "check first", never "it fits
your diet"; a Bakewell tart or fresh pasta is what it is usually made of."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat


@pytest.fixture
async def chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


@pytest.mark.parametrize(("allergy", "food", "says"), [
    ("I'm allergic to sesame", "a bagel", "sesame seeds"),
    ("I'm allergic to sesame", "a burger bun", "sesame seeds"),
    ("I'm allergic to sesame", "sushi", "sesame seeds"),
    ("I'm allergic to tree nuts", "a brownie", "walnuts"),
    ("I'm allergic to tree nuts", "carrot cake", "walnuts"),
    ("I'm allergic to fish", "thai green curry", "fish sauce"),
    ("I have a soy allergy", "a vegan burger", "soya"),
])
async def test_a_food_that_often_carries_the_allergen_says_check_first(chat: Chat, allergy: str, food: str, says: str) -> None:
    await chat.ask(allergy)
    reply = (await chat.ask(f"can I have {food}?"))["message"]
    assert "fits your diet" not in reply, reply
    assert "⚠️" in reply and says in reply and "Check the label" in reply, reply


@pytest.mark.parametrize(("allergy", "food"), [
    ("I'm allergic to tree nuts", "a bakewell tart"),
    ("I'm allergic to eggs", "fresh pasta"),
])
async def test_a_dish_usually_made_with_the_allergen_is_not_safe(chat: Chat, allergy: str, food: str) -> None:
    await chat.ask(allergy)
    reply = (await chat.ask(f"can I have {food}?"))["message"]
    assert "isn't safe" in reply and "fits your diet" not in reply, reply


async def test_a_food_that_carries_none_of_the_users_allergens_still_fits(chat: Chat) -> None:
    await chat.ask("I'm allergic to sesame")
    reply = (await chat.ask("can I have a brownie?"))["message"]
    assert "fits your diet" in reply and "⚠️" not in reply, reply


@pytest.mark.parametrize("said", ["I want to cut for summer, how much protein?", "bulking rn, how much protein a day?"])
async def test_a_goal_then_how_much_protein_is_the_protein_answer(chat: Chat, said: str) -> None:
    reply = (await chat.ask(said))["message"]
    assert "g per kg" in reply and "I can:" not in reply, reply
