"""Round 10: foods added to a meal only append, dishes and drinks of several cuisines, typos of
short food words, carbs at night, eating out safely with an allergy, and training early."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from host.clock import pinned

from agenthost_ceres.foods import load_table
from agenthost_ceres.intents import clean
from agenthost_ceres.parser import parse_meal

WEDNESDAY = datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)


def meal_lines(on_disk_log) -> list[dict]:
    return [m for m in on_disk_log("meals.jsonl") if "items" in m]


@pytest.mark.parametrize(
    ("first", "added", "food"),
    [
        ("sausage roll and a steak bake for lunch", "oh and a medium latte with it", "latte_grande"),
        ("had a big bowl of beef pho for dinner last night", "and 2 fried spring rolls with it", "spring_roll"),
        ("2 eggs and toast for breakfast", "and a coffee with that", "coffee"),
        ("chicken curry with rice", "oh and a garlic naan", "garlic_naan"),
    ],
)
async def test_a_food_added_to_a_meal_is_a_new_line_and_the_meal_stays_one(chat, on_disk_log, first, added, food):
    with pinned(WEDNESDAY):
        await chat(first)
        before = meal_lines(on_disk_log)
        reply = await chat(added)
        after = meal_lines(on_disk_log)
        assert reply.text.startswith("Added to your"), reply.text
        assert after[: len(before)] == before  # nothing rewritten
        (new,) = after[len(before) :]
        assert new["adds_to"] == before[-1]["id"] and new["date"] == before[-1]["date"] and new["meal_type"] == before[-1]["meal_type"]
        assert [item["food_id"] for item in new["items"]] == [food]
        whole = before[-1]["totals"]["kcal"] + new["totals"]["kcal"]
        assert f"This meal: {whole:,.0f} kcal" in reply.text
        assert "(1 meal)" in reply.text


async def test_an_added_food_is_replaced_and_removed_on_its_own(chat, on_disk_log):
    with pinned(WEDNESDAY):
        await chat("sausage roll and a steak bake for lunch")
        await chat("oh and a medium latte with it")
        fixed = await chat("actually scratch the latte, it was a black coffee")
        assert "replaced" in fixed.text and "coffee" in fixed.text
        lunch = [m for m in meal_lines(on_disk_log)]
        assert lunch[-1]["adds_to"] == lunch[0]["id"] and lunch[-1]["items"][0]["food_id"] == "coffee"
        assert "That meal is now 843 kcal" in fixed.text  # the whole lunch, not the coffee alone
        twice = await chat("actually it was two sausage rolls")
        assert "sausage roll" in twice.text and "coffee" not in twice.text.split("That meal")[0]
        day = await chat("what did I eat today?")
        assert "1 meal" in day.text and "sausage" in day.text.lower() and "coffee" in day.text.lower()


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("3 chicken tacos", "chicken_taco", 450, 750),
        ("a horchata", "horchata", 150, 400),
        ("2 fish tacos", "fish_taco", 250, 550),
        ("2 tacos al pastor", "pork_taco", 250, 550),
        ("a mango lassi", "mango_lassi", 150, 350),
        ("a cup of chai", "masala_chai", 50, 200),
        ("a matcha latte", "matcha_latte", 150, 320),
        ("a boba milk tea", "bubble_tea", 200, 450),
        ("a bowl of bibimbap", "bibimbap", 450, 800),
        ("a banh mi", "banh_mi", 350, 650),
        ("a bowl of laksa", "laksa", 400, 800),
        ("6 gyoza", "gyoza", 250, 550),
        ("2 empanadas", "empanada", 400, 800),
        ("a plate of jollof rice", "jollof_rice", 250, 600),
    ],
)
def test_dishes_and_drinks_of_several_cuisines(text, food, low, high):
    (item,) = parse_meal(text, load_table()).items
    assert item.food.id == food and low <= item.to_json()["kcal"] <= high, (text, item.food.id, item.to_json()["kcal"])


async def test_tacos_and_a_horchata_on_monday_are_all_logged(chat, on_disk_log):
    with pinned(WEDNESDAY):
        reply = await chat("forgot to log monday: 3 chicken tacos and a horchata")
    (meal,) = meal_lines(on_disk_log)
    assert meal["date"] == "2025-06-09" and {i["food_id"] for i in meal["items"]} == {"chicken_taco", "horchata"}
    assert "horchata" in reply.text.lower() and "didn't catch" not in reply.text


@pytest.mark.parametrize(
    ("typed", "read"),
    [("and a apel", "and a apple"), ("an aple", "an apple"), ("a piza", "a pizza"), ("some mlik", "some mlik")],
)
def test_short_food_typos_are_read_and_real_words_stay(typed, read):
    assert clean(typed) == read


@pytest.mark.parametrize("word", ["seat", "tour", "pace", "slip", "pest", "rats"])
def test_four_letter_words_are_not_turned_into_foods(word):
    assert clean(f"the {word} was fine") == f"the {word} was fine"


@pytest.mark.parametrize(
    "question",
    [
        "how much protien tho",
        "how much protein though?",
        "ok how much protein then",
        "so how much protein roughly",
    ],
)
async def test_how_much_protein_with_a_filler_asks_for_needs(chat, question):
    reply = await chat(question)
    assert "g per kg" in reply.text or "g/kg" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what about carbs at night specifically",
        "do carbs at night make you fat?",
        "is it bad to eat carbs before bed",
        "no carbs after 6pm, is that a real rule?",
        "is pasta at night bad for weight loss",
    ],
)
async def test_carbs_at_night(chat, question):
    reply = await chat(question)
    assert "total intake" in reply.text and "Sofer" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what can I safely get at a cafe?",
        "how do I eat out safely with my allergy",
        "what can I order at a restaurant without getting glutened by cross contamination",
        "any tips for eating out with coeliac disease",
        "is a shared fryer a problem?",
    ],
)
async def test_eating_out_safely_with_a_diet(chat, question):
    await chat("I'm coeliac")
    reply = await chat(question)
    assert "cross-contamination" in reply.text and "staff" in reply.text, reply.text
    answer = reply.text[reply.text.index("Tell the staff") :]
    assert "toast" not in answer and "bread" not in answer


@pytest.mark.parametrize(
    "followup",
    [
        "I train at 6am though, does that change anything?",
        "what if I work out early in the morning",
        "I lift at 5am, no time to eat",
        "my sessions are early morning",
    ],
)
async def test_training_early_after_a_pre_workout_question_stays_with_ceres(chat, followup):
    await chat("what's a good snack before a workout?")
    reply = await chat(followup)
    assert reply.metadata.get("intent") == "faq" and "easy-to-digest" in reply.text, reply.text
    after = await chat("what about after?")
    assert "protein" in after.text and "carbohydrate" in after.text


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("vegan climber, allergic to tree nuts but peanuts are fine for me. how do I get enough protein?", "vegan"),
        ("vegan runner, how much protein?", "vegan"),
        ("vegetarian mum here, quick dinners?", "vegetarian"),
        ("a veggie student on a budget, cheap dinners?", "vegetarian"),
        ("plant-based lifter, protein ideas?", "vegan"),
    ],
)
def test_a_diet_describing_the_person_is_saved(text, diet):
    from agenthost_ceres.intents import stated_preferences

    assert stated_preferences(text).get("diet_type") == diet


@pytest.mark.parametrize("text", ["vegan protein ideas", "veggie burger calories", "do vegan athletes need b12?", "vegetarian dinner for 4"])
def test_a_diet_describing_food_or_people_in_general_is_not_saved(text):
    from agenthost_ceres.intents import stated_preferences

    assert "diet_type" not in stated_preferences(text)


async def test_a_vegan_with_a_tree_nut_allergy_gets_plant_protein_and_peanut_butter_is_explained(chat):
    first = await chat("vegan climber, allergic to tree nuts but peanuts are fine for me. how do I get enough protein?")
    sources = first.text[first.text.index("Good sources") :]
    assert "tofu" in sources and "eggs" not in sources and "milk" not in sources
    reply = await chat("so is peanut butter ok for me?")
    assert "legumes" in reply.text and "may contain" in reply.text and "almond" not in reply.text


@pytest.mark.parametrize(
    ("allergy", "question", "words"),
    [
        ("I'm allergic to tree nuts", "are peanuts ok for me?", "legumes"),
        ("I have a peanut allergy", "but is almond butter ok for me?", "separate allergy"),
        ("I'm allergic to shellfish", "and is salmon ok for me?", "separate allergy"),
        ("I'm allergic to fish", "ok is shrimp fine for me?", "separate allergy"),
    ],
)
async def test_a_food_close_to_an_allergy_carries_a_note(chat, allergy, question, words):
    await chat(allergy)
    reply = await chat(question)
    assert words in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "I have a milk allergy (the protein, not lactose). what can I have for a recovery shake after lifting?",
        "dairy allergy here, what could I make for a post-workout shake?",
        "allergic to milk. what should I have for a protein shake after the gym?",
    ],
)
async def test_a_shake_for_a_milk_allergy_is_milk_free_and_has_plant_protein(chat, question):
    reply = await chat(question)
    ideas = reply.text[reply.text.index("1.") :]
    assert re.search(r"soy|pea protein|tofu", ideas) and not re.search(r"whey|(?<!soy )\bmilk, |yogurt|skim milk|cheese", ideas), ideas


@pytest.mark.parametrize("question", ["what can I order from the chinese takeaway", "what can I order from the mexican takeaway?"])
async def test_ordering_food_of_a_cuisine_is_not_read_as_ideas_to_make(chat, question):
    reply = await chat(question)
    assert reply.metadata.get("intent") != "ideas", reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("I'm allergic to sesame. what dips can I make?", "and a high protein main to go with it?"),
        ("I'm allergic to sesame. what dips can I make?", "what about a main course?"),
        ("I'm allergic to sesame. dip ideas?", "and a veggie main too"),
        ("I'm allergic to sesame. snack ideas?", "ok and dinner ideas?"),
    ],
)
async def test_a_main_asked_after_dips_is_dinner_ideas_that_keep_the_diet(chat, first, then):
    await chat(first)
    reply = await chat(then)
    assert "dinner ideas" in reply.text and not re.search(r"sesame(?! ?\))|tahini|hummus", reply.text.split("\n", 1)[1]), reply.text


@pytest.mark.parametrize(
    "then",
    [
        "and something to bake for my son's class? he's fine with everything but i'll be eating it too",
        "what could I bake for a bake sale?",
        "any baking ideas for the kids?",
    ],
)
async def test_baking_ideas_keep_to_soy_and_egg_allergies(chat, then):
    await chat("fyi I'm allergic to soy and eggs. can you remember that?")
    reply = await chat(then)
    ideas = reply.text[reply.text.index("1.") :]
    assert re.search(r"banana|oat|apple", ideas) and not re.search(r"\beggs?\b|\bsoy|tofu", ideas), ideas


@pytest.mark.parametrize(
    ("goals", "low", "high"),
    [(["fat loss"], 94, 125), (["lose 10 kg"], 94, 125), (["build muscle"], 125, 172), ([], 65, 78)],
)
async def test_protein_follows_the_goal_saved_in_the_profile(chat, context, goals, low, high):
    await context.store.update_profile(lambda p: p.update(weight_kg=78, age=34, sex="male", height_cm=172, goals=goals))
    reply = await chat("how much protein do I need?")
    assert f"{low}–{high} g" in reply.text, reply.text


@pytest.mark.parametrize(
    ("profile", "message", "span"),
    [
        ({"age": 15, "weight_kg": 59, "height_cm": 173, "goals": ["bulk up for football season"]}, "how many calories should i eat? and should i take mass gainer or anything else", "2,400–3,200 kcal"),
        ({"age": 16, "sex": "male", "weight_kg": 60}, "how many calories do I need to bulk?", "2,800–3,200 kcal"),
        ({"age": 15, "sex": "female", "weight_kg": 50}, "how many calories should I eat? I play netball 4 times a week", "2,400 kcal"),
        ({"age": 12, "sex": "male", "weight_kg": 40}, "how many calories should I eat to gain muscle?", "2,000–2,600 kcal"),
    ],
)
async def test_a_growing_teenager_gets_calories_for_growth_and_food_first(chat, context, profile, message, span):
    await context.store.update_profile(lambda p: p.update(**profile))
    reply = await chat(message)
    assert span in reply.text and "food first" in reply.text.lower() and "supplements" in reply.text, reply.text
    assert "deficit" not in reply.text and "lose" not in reply.text


@pytest.mark.parametrize(
    "question",
    ["dying to know: is one cheat meal a week going to ruin my progress?", "quick one; is a cheat day every week bad for my progress?"],
)
async def test_an_everyday_question_after_a_colon_is_not_a_summary(chat, question):
    reply = await chat(question)
    assert reply.metadata.get("intent") == "faq" and "Nothing logged" not in reply.text, reply.text
