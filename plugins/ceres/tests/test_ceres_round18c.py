"""Round 18c: an allergy said by its reaction, not by the word "allergic" (hospital, A&E, an
EpiPen, hives, a swelling lip or throat), for the user or a child they cook for; milk said as
where it comes from ("anything that comes out of a cow"); and a proper allergy said beside
"can't have". The allergen is saved, ideas leave it out and it is never logged as a meal.
Near-misses: spicy food that makes someone ill, beans that bloat, and prawns eaten for dinner."""

from __future__ import annotations

import pytest

from agenthost_ceres.diet_statements import stated_preferences

SAVED = "I've saved your preferences"


@pytest.mark.parametrize(
    ("said", "allergen", "word"),
    [
        ("scallops send me to hospital, what can I have for dinner?", "shellfish", "shrimp"),
        ("I end up in A&E if I eat sesame. lunch ideas?", "sesame", "tahini"),
        ("I need my EpiPen if I eat hazelnuts, what snacks can I take hiking?", "tree nuts", "almonds"),
        ("I get hives and my lips swell if I eat eggs, breakfast ideas?", "eggs", "omelette"),
        ("my daughter gets hives if she eats shrimp or lobster, dinner ideas for the family?", "shellfish", "prawn"),
        ("my throat closes up whenever I have soy, any snack ideas?", "soy", "tofu"),
        ("cod put my little boy in hospital last year, what can he have for tea?", "fish", "salmon"),
    ],
)
async def test_an_allergy_said_by_its_reaction_is_saved_and_left_out(chat, said: str, allergen: str, word: str) -> None:
    reply = await chat(said)
    assert SAVED in reply.text and f"no {allergen}" in reply.text, reply.text
    ideas = reply.text.split("every suggestion")[-1].lower()
    assert word not in ideas and "logged" not in reply.text.lower(), reply.text
    more = await chat("more ideas please")
    assert word not in more.text.lower(), more.text


@pytest.mark.parametrize(
    "said",
    ["walnuts send me straight to A&E", "my son gets hives if he eats prawns or crab", "I have to use my epipen when I eat peanuts"],
)
async def test_a_reaction_alone_is_saved_not_logged(chat, said: str, on_disk_log) -> None:
    reply = await chat(said)
    assert SAVED in reply.text and "Logged" not in reply.text, reply.text
    assert not on_disk_log("meals.jsonl"), on_disk_log("meals.jsonl")


@pytest.mark.parametrize(
    "said",
    [
        "I can't have anything that comes out of a cow's udder, proper allergy not intolerance. snack ideas?",
        "nothing from a cow for me please, anything from a cow gives me hives. snack ideas?",
        "no cow's milk at all, it's a real allergy, snack ideas?",
    ],
)
async def test_milk_said_as_from_a_cow_is_a_milk_allergy(chat, said: str) -> None:
    reply = await chat(said)
    assert SAVED in reply.text and "no milk/dairy" in reply.text and "allergy:" not in reply.text, reply.text
    ideas = reply.text.split("every suggestion")[-1].lower()
    ideas = ideas.split("(no milk/dairy)")[-1]
    for plant in ("soy milk", "almond milk", "oat milk", "peanut butter", "almond butter"):
        ideas = ideas.replace(plant, "")
    for word in ("yogurt", "cheese", "whey", "butter", "milk"):
        assert word not in ideas, reply.text


async def test_vegan_with_a_peanut_allergy_by_reaction_gets_no_peanuts(chat) -> None:
    reply = await chat("vegan here, and peanuts literally send me to hospital. what are good protein sources?")
    assert "vegan, no peanuts" in reply.text, reply.text
    answer = reply.text.split("every suggestion")[-1].lower()
    assert "peanut" not in answer, reply.text
    more = await chat("high protein snack ideas?")
    assert "no peanuts" in more.text and "peanut" not in more.text.split("\n", 1)[1].lower(), more.text


@pytest.mark.parametrize(
    ("said", "prefs"),
    [
        ("spicy food makes me ill", {}),
        ("I went to A&E with a broken wrist", {}),
        ("I ate prawns and crab for dinner", {}),
        ("if I eat pasta late I feel full in the morning", {}),
        ("I can't have milk, I'm lactose intolerant", {"lactose_free": True, "conditions": ["lactose intolerance"]}),
    ],
)
def test_the_near_misses_state_no_allergy(said: str, prefs: dict) -> None:
    assert stated_preferences(said) == prefs


async def test_the_near_miss_prawns_for_dinner_is_logged(chat) -> None:
    reply = await chat("I ate prawns and crab for dinner")
    assert "Logged your dinner" in reply.text and SAVED not in reply.text, reply.text


async def test_the_near_miss_spicy_food_saves_nothing(chat) -> None:
    reply = await chat("spicy food makes me ill, dinner ideas?")
    assert SAVED not in reply.text and "dinner ideas" in reply.text, reply.text
