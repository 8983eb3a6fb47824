"""Round 26: meals told in another language with dishes the table lacked. Before, "un trozo
grande de tortilla de patatas y una ensalada con aceite de oliva. ¿Me lo apuntas?" got dinner
ideas (nothing logged) and "¿Y cuántas proteínas tenía eso?" the menu; "zwei Brezeln mit
Butter" logged only the butter, and "Bitte eintragen" logged a bitter. A Spanish omelette is now
a recipe dish summed from the table's USDA egg, potato, onion and olive oil, and a Brezel the
USDA SR Legacy soft pretzel (its small portion, 64 g)."""

from __future__ import annotations

import pytest

TORTILLA = [
    "Para cenar comí un trozo grande de tortilla de patatas y una ensalada con aceite de oliva. ¿Me lo apuntas?",
    "ontem jantei uma fatia de tortilha e salada",
    "hier soir j'ai mangé une part de tortilla espagnole",
    "ieri sera ho mangiato una fetta di tortilla di patate",
    "gisteravond heb ik een stuk spaanse omelet gegeten",
    "i had a slice of spanish omelette for dinner",
]
PROTEIN = ["¿Y cuántas proteínas tenía eso?", "E quanta proteína tinha isso?", "Et combien de protéines ça avait ?", "und wie viel Eiweiß hatte das?", "En hoeveel eiwit zat daarin?", "how much protein was in that?"]


@pytest.mark.parametrize("said", TORTILLA)
async def test_a_spanish_omelette_told_in_any_language_is_logged_as_the_dish(chat, on_disk_log, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("Logged your"), reply.text
    foods = [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]]
    assert "spanish_omelette" in foods and "omelette" not in foods and "flour_tortilla" not in foods, foods


@pytest.mark.parametrize("asked", PROTEIN)
async def test_the_protein_of_the_meal_just_logged_is_asked_in_any_language(chat, asked: str) -> None:
    await chat(TORTILLA[0])
    reply = await chat(asked)
    assert reply.text.startswith("Your dinner (") and "g protein**" in reply.text, reply.text
    grams = float(reply.text.split("**")[1].split(" g")[0])
    assert 8 <= grams <= 20, reply.text  # a slice of tortilla about 8-9 g, the salad 2-3 g


async def test_two_brezeln_with_butter_are_both_logged_and_please_log_it_is_no_beer(chat, on_disk_log) -> None:
    first = await chat("Heute Mittag: ein Döner mit allem und eine Cola (0,5 l). Bitte eintragen.")
    assert "beer" not in first.text and "bitter" not in first.text, first.text
    reply = await chat("Und gestern Abend hatte ich zwei Brezeln mit Butter.")
    record = on_disk_log("meals.jsonl")[-1]
    assert [item["food_id"] for item in record["items"]] == ["brezel", "butter"], record
    assert 350 <= record["totals"]["kcal"] <= 850, record["totals"]  # two small soft pretzels (USDA) and a tbsp of butter
    assert "I didn't catch" not in reply.text, reply.text
