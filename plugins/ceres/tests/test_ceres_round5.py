"""Round 5: "is X a no / ok / safe / out / off limits", "can he have X", "X?? yes or no" about a
food whose usual ingredients carry a saved allergen, answered in every phrasing and routing path."""

from __future__ import annotations

import pytest

from agenthost_ceres.can_have import asked_clause, refusal
from agenthost_ceres.diet import DietPrefs


def prefs(*allergies: str, gluten_free: bool = False) -> DietPrefs:
    return DietPrefs.from_profile({"diet": {"allergies": list(allergies), "gluten_free": gluten_free}})


@pytest.mark.parametrize(
    ("message", "allergy", "lead", "why"),
    [
        ("is satay sauce a no then?", "peanuts", "Yes, best avoided", "made with peanuts"),
        ("satay chicken, is that ok?", "peanuts", "No", "made with peanuts"),
        ("can he have satay", "peanuts", "No", "his peanut allergy"),
        ("is pad thai off limits?", "peanuts", "Yes, best avoided", "peanuts"),
        ("pesto - safe or not?", "tree_nuts", "No", "pine nuts"),
        ("wat about pesto, is it alright", "tree_nuts", "No", "pine nuts"),
        ("is hummus a problem for me?", "sesame", "Yes, best avoided", "tahini"),
        ("is oyster sauce a no go?", "shellfish", "Yes, best avoided", "made from oysters"),
        ("is mayo a no for her?", "egg", "Yes, best avoided", "her egg allergy"),
        ("am I ok to have a latte", "dairy", "No", "mostly milk"),
        ("satay sauce?? yes or no", "peanuts", "No", "made with peanuts"),
        ("should I avoid pesto?", "tree_nuts", "Yes, best avoided", "pine nuts"),
        ("does she need to avoid hummus", "sesame", "Yes, best avoided", "her sesame allergy"),
    ],
)
def test_any_way_of_asking_whether_a_food_with_a_saved_allergen_is_ok(message, allergy, lead, why):
    said = refusal(message, prefs(allergy))
    assert said is not None and said.startswith(f"{lead} — ") and why in said, said


@pytest.mark.parametrize(
    "message",
    ["I am out of breath, is that normal?", "the gym is out of the way", "is he out for a run", "tree nuts are fine, I eat almonds"],
)
def test_figures_of_speech_with_the_same_words_ask_about_no_food(message):
    assert asked_clause(message) == ""


def test_a_swap_never_brings_in_another_saved_allergen():
    both = refusal("is fish sauce ok?", prefs("fish", "soy"))
    assert both is not None and "soy sauce" not in both and "tamari" not in both
    fish_only = refusal("is fish sauce ok?", prefs("fish"))
    assert fish_only is not None and "tamari" in fish_only


@pytest.mark.parametrize(
    ("said", "asked", "allergen"),
    [
        ("peanut allergy only, almonds and cashews are fine for me", "is satay sauce a no then?", "peanut"),
        ("my son is allergic to peanuts", "can he have satay", "peanut"),
        ("I'm allergic to shellfish", "is oyster sauce a no go?", "oyster"),
        ("I have a sesame allergy", "is hummus a problem for me?", "sesame"),
    ],
)
async def test_the_question_after_an_allergy_is_answered_by_ceres_with_the_allergen(chat, said, asked, allergen):
    await chat(said)
    reply = await chat(asked)
    assert reply.text.startswith(("No — ", "Yes, best avoided — ")) and allergen in reply.text.lower(), reply.text


def test_a_refused_food_comes_with_a_swap_that_fits_everything_saved():
    said = refusal("can I use oyster sauce?", prefs("shellfish", "sesame"))
    assert said is not None and "mushroom" in said and "sesame" not in said.split(":", 1)[1].split("rules")[1]
    for allergies, gluten_free in ((("dairy", "egg"), False), (("dairy", "egg"), True)):
        said = refusal("are pancakes ok for him?", prefs(*allergies, gluten_free=gluten_free))
        assert said is not None and "banana" in said and "egg" not in said.split("rule pancakes out.")[1]


def test_a_coeliac_asking_about_pizza_hears_about_cross_contamination():
    said = refusal("is pizza or pasta ever ok?", prefs(gluten_free=True))
    assert said is not None and "shared oven" in said and "pasta water" not in said


async def test_what_about_a_food_after_a_childs_allergies_is_whether_he_may_have_it(chat):
    await chat("my son is 7 and allergic to milk and eggs. what can he have for breakfast before a match?")
    reply = await chat("what about pancakes? he loves them")
    assert reply.text.startswith("No — pancakes aren't safe for him") and "flaxseed" in reply.text


async def test_what_to_have_after_sessions_is_ceres_recovery_answer(chat):
    reply = await chat("what should I have right after those sessions to recover?")
    assert "protein" in reply.text


@pytest.mark.parametrize(
    ("text", "foods", "day"),
    [
        ("log yesterday's lunch: chipotle chicken burrito", ["chipotle_chicken_burrito"], "2025-06-10"),
        ("monday's dinner was pizza", ["pizza_cheese"], "2025-06-09"),
        ("a quarter pounder and large fries", ["quarter_pounder_cheese", "mcd_fries_large"], None),
        ("2 quarter pounders", ["quarter_pounder_cheese"], None),
    ],
)
def test_days_and_dishes_as_people_say_them(text, foods, day):
    from datetime import datetime, timezone

    from host.clock import pinned

    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        parsed = parse_meal(text, load_table())
    assert [item.food.id for item in parsed.items] == foods and parsed.unrecognised == ()
    assert day is None or {str(item.day) for item in parsed.items} == {day}


def test_a_size_corrected_names_the_sized_food():
    from agenthost_ceres.intents import replacement

    assert replacement("actually it was medium fries not large") == ("large fries", "medium fries")


async def test_a_labelled_list_is_logged_and_a_long_addition_joins_the_meal(chat, on_disk_log):
    reply = await chat("mcdonalds run: quarter pounder with cheese, large fries and a diet coke")
    assert "Logged" in reply.text and "Quarter Pounder" in reply.text
    reply = await chat("oh and a glass of red wine with it, about 175ml, forgot that")
    assert "wine" in reply.text.lower() and ("Added" in reply.text or "Logged" in reply.text), reply.text


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("how mch watr shoud i drnk daly", "water"),
        ("i wnna loss 5 kilo in 2 monts, is that posible?", "weight goal"),  # "loos" as the host's repair leaves it
        ("and desert?", "dessert"),
    ],
)
def test_chat_spellings_route_to_ceres(message, reason):
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    score = classify(message, ClassifyContext("u", [], {}, None))
    assert score.score >= 0.5 and reason in score.reason


def test_a_desert_island_is_no_dessert():
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify("is this a desert island?", ClassifyContext("u", [], {}, None)).score == 0.0


@pytest.mark.parametrize("message", ["wat r gud sores for it", "which foods have it?", "where do i get it from"])
def test_after_protein_needs_where_to_get_it_is_the_sources_answer(message):
    from agenthost_ceres.dialog import DialogState
    from agenthost_ceres.understand import understand

    assert understand(message, DialogState("protein", {}, None, [])).slots == {"id": "protein_sources"}


async def test_whats_left_against_an_aim_said_in_the_question(chat):
    await chat("for breakfast I had 2 eggs and a banana")
    reply = await chat("what's left for the day if I'm aiming for 2000?")
    assert "kcal left of your 2,000 kcal target" in reply.text or "2,000 kcal target, 1,7" in reply.text, reply.text


async def test_why_after_an_everyday_answer_gives_the_reason_not_only_the_sources(chat):
    await chat("how much water should I drink? I'm 90kg and I sweat buckets at work")
    reply = await chat("why so much?")
    assert "sweat" in reply.text and "EFSA" in reply.text


async def test_protein_for_a_vegan_without_soy_names_foods_that_fit_and_a_new_diet_redoes_it(chat):
    reply = await chat("vegan AND allergic to soy. I need like 120g protein a day, how??")
    assert "lentils" in reply.text and "tofu" not in reply.text.split("I'll leave these out")[-1]
    reply = await chat("oh and I just found out I'm coeliac too, so scratch anything with gluten")
    assert "saved" in reply.text and "lentils" in reply.text and "seitan" not in reply.text


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("i wnna loss 5 kilo in 2 monts, is that posible?", "Yes, that's realistic"),
        ("is it realistic to drop 2 stone in 6 months", "Yes, that's realistic"),
        ("can i lose 10kg in 3 weeks?", "That's faster than is safe"),
    ],
)
async def test_a_loss_by_a_date_is_judged_against_a_safe_pace(chat, message, said):
    reply = await chat(message)
    assert reply.text.startswith(said), reply.text
