"""Round 16: chains' named items with their published figures and sizes (never a word-by-word
reading of a product's name: "popcorn chicken" is chicken), the ingredient asked about (shrimp
paste, Quorn, fish sauce, pesto...) rather than the dish it comes in, and everyday follow-ups
(electrolytes after a water answer, protein first for muscle, a big meal after a long ride, and
the micronutrients that change with age and sex)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    """Wednesday 11 June 2025, 13:00 UTC: "yesterday" is the 10th."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def kcal_of(text: str) -> tuple[list[str], float]:
    meal = parse_meal(text, load_table())
    return [item.food.id for item in meal.items], sum(item.food.kcal * item.grams / item.food.portion_grams for item in meal.items)


@pytest.mark.parametrize(
    ("said", "ids", "low", "high"),
    [
        ("yesterday for dinner I had a KFC zinger tower burger, regular popcorn chicken and a pepsi max",
         ["kfc_zinger_tower", "kfc_popcorn_regular", "diet_cola"], 850, 950),
        ("grabbed a large popcorn chicken and a zinger from kfc", ["kfc_popcorn_large", "kfc_zinger"], 800, 950),
        ("2 zinger burgers", ["kfc_zinger"], 880, 920),
        ("kfc: zinger tower and a popcorn chicken", ["kfc_zinger_tower", "kfc_popcorn_regular"], 850, 950),
        ("a grande caramel frappuccino", ["frappuccino_caramel_grande"], 370, 390),
        ("venti caramel frappuccino from starbucks", ["frappuccino_caramel_venti"], 460, 480),
        ("a java chip frappuccino", ["frappuccino_java_chip_grande"], 430, 450),
        ("an original glazed donut from krispy kreme", ["krispy_kreme_original_glazed"], 185, 195),
        ("mcdonalds double cheeseburger and a coke", ["mcd_double_cheeseburger", "cola"], 580, 600),
        ("a whopper jr", ["whopper_jr"], 320, 340),
        ("greggs vegan sausage roll", ["greggs_vegan_sausage_roll"], 300, 320),
        ("3 crunchy tacos from taco bell", ["taco_bell_crunchy_taco"], 500, 520),
        ("a pumpkin spice latte and a greggs sausage roll", ["pumpkin_spice_latte_grande", "greggs_sausage_roll"], 710, 725),
        ("mcdouble, small fries and a coke", ["mcdouble", "mcd_fries_small", "cola"], 765, 775),
        ("taco bell: a cheesy gordita crunch and 2 doritos locos tacos", ["cheesy_gordita_crunch", "doritos_locos_taco"], 835, 845),
        ("greggs steak bake for lunch", ["greggs_steak_bake"], 400, 415),
        ("a grande caramel macchiato", ["caramel_macchiato_grande"], 245, 255),
        ("sausage mcmuffin and a hash brown", ["sausage_mcmuffin", "hash_brown"], 535, 545),
        ("subway footlong meatball marinara", ["meatball_sub_footlong"], 850, 950),
        ("a chipotle chicken burrito bowl", ["chipotle_chicken_bowl"], 600, 700),
        ("kfc original recipe", ["kfc_breast"], 385, 395),
        ("2 slices of dominos pepperoni pizza", ["dominos_pepperoni_medium"], 440, 480),  # round 19: Domino's own figures (a medium slice)
    ],
)
def test_a_chains_named_item_is_that_item_with_its_published_figures(said: str, ids: list[str], low: float, high: float) -> None:
    found, kcal = kcal_of(said)
    assert found == ids and low <= kcal <= high, (found, kcal)


@pytest.mark.parametrize(
    ("said", "ids"),
    [("a bowl of popcorn", ["popcorn"]), ("a chicken burger", ["chicken_sandwich"]), ("a hamburger and fries", ["hamburger", "french_fries"]),
     ("a glazed donut", ["donut"]), ("a fried chicken breast", ["kfc_breast"]), ("a homemade sausage roll", ["sausage_roll"]),
     ("a steak bake", ["steak_bake"])],
)
def test_near_misses_keep_their_own_rows(said: str, ids: list[str]) -> None:
    assert kcal_of(said)[0] == ids


async def test_a_frappuccino_added_to_the_last_meal_then_scratched(chat) -> None:
    await chat("had an original glazed donut from krispy kreme")
    reply = await chat("and a grande caramel frappuccino")
    assert "380 kcal" in reply.text and "I can:" not in reply.text
    reply = await chat("actually scratch the frappuccino, my mate drank it")
    assert "removed" in reply.text and "380 kcal" in reply.text
    reply = await chat("so what am I on today?")
    assert "190 kcal" in reply.text and "I can:" not in reply.text


from agenthost_ceres.dialog import DialogState  # noqa: E402
from agenthost_ceres.routing import classify  # noqa: E402
from agenthost_ceres.understand import understand  # noqa: E402
from host.types import ClassifyContext  # noqa: E402


@pytest.mark.parametrize(
    ("said", "ingredient", "dish"),
    [
        ("what is shrimp paste exactly? is it in green curry?", "shrimp_paste", "green curry"),
        ("whats belacan", "shrimp_paste", None),
        ("is there shrimp paste in a red curry?", "shrimp_paste", "red curry"),
        ("is quorn ok for me?", "quorn", None),
        ("what's quorn made from", "quorn", None),
        ("what is mycoprotein", "quorn", None),
        ("is there fish sauce in pad thai?", "fish_sauce", "pad thai"),
        ("what is worcestershire sauce made of?", "worcestershire", None),
        ("what is tahini made of?", "tahini", None),
        ("does hummus have tahini in it?", "tahini", "hummus"),
        ("what is miso?", "miso", None),
        ("what's ghee", "ghee", None),
        ("what exactly is nutritional yeast", "nutritional_yeast", None),
        ("never heard of dashi, what is it?", "dashi", None),
        ("qu'est-ce que le ghee? what is ghee", "ghee", None),
    ],
)
def test_an_ingredient_asked_about_is_that_ingredient(said: str, ingredient: str, dish: str | None) -> None:
    request = understand(said, DialogState())
    assert request.intent == "ingredient" and request.slots["id"] == ingredient and request.slots["dish"] == dish, request
    assert classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.7


@pytest.mark.parametrize(
    "said",
    ["I had miso soup for lunch", "how many calories in pesto?", "is pesto pasta healthy?", "does pesto have nuts?",
     "is worcestershire sauce ok?", "what is a good breakfast?", "give me a recipe with tahini", "is there gluten in soy sauce?",
     "what's the best protein powder?", "is tofu ok for me?"],
)
def test_near_misses_are_not_an_ingredient_question(said: str) -> None:
    assert understand(said, DialogState()).intent != "ingredient"


async def test_shrimp_paste_with_a_shellfish_allergy_then_a_follow_up(chat) -> None:
    await chat("off to Bangkok next month, I'm allergic to shellfish and peanuts")
    reply = await chat("what is shrimp paste exactly? is it in green curry?")
    assert reply.text.startswith("**Shrimp paste** is fermented") and "Thai curry pastes" in reply.text and "shellfish allergy" in reply.text
    reply = await chat("is it in pad thai too?")
    assert "Shrimp paste" in reply.text and "I can:" not in reply.text


async def test_quorn_with_a_soy_allergy_is_mycoprotein_and_the_label(chat) -> None:
    await chat("vegetarian (I eat eggs and dairy) but allergic to soy")
    reply = await chat("is quorn ok for me?")
    assert "mycoprotein" in reply.text and "not soya" in reply.text and "egg" in reply.text and "label" in reply.text


async def test_a_son_with_a_sesame_allergy_asking_about_hummus(chat) -> None:
    reply = await chat("my son has a sesame allergy, does hummus have tahini in it?")
    assert "Yes: tahini is in hummus" in reply.text and "his sesame allergy" in reply.text


from agenthost_ceres.diet import DietPrefs  # noqa: E402
from agenthost_ceres.ingredients import INGREDIENTS, ingredient_text, ruled_out_by_diet  # noqa: E402

DIETS = [DietPrefs(allergies=(a,)) for a in ("peanuts", "tree_nuts", "dairy", "egg", "fish", "shellfish", "soy", "gluten", "sesame")] + [
    DietPrefs(type="vegan"), DietPrefs(type="vegetarian"), DietPrefs(gluten_free=True, conditions=("coeliac",)), DietPrefs(lactose_free=True)]


@pytest.mark.parametrize("entry", INGREDIENTS, ids=lambda e: e.id)
def test_every_ingredient_says_avoid_when_the_diet_rules_it_out_and_has_a_source(entry) -> None:
    for prefs in DIETS:
        text = ingredient_text({"id": entry.id, "dish": None, "ok": True}, prefs)
        ruled = set(entry.allergens) & (set(prefs.allergies) | ruled_out_by_diet(prefs))
        assert ("one to avoid" in text) == bool(ruled), (entry.id, prefs, text)
        assert "Source: " in text and text.startswith(f"**{entry.name}** is ")


# --- everyday follow-ups ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["do I need electrolytes too or is water fine?", "should I take salt tablets on a long ride or is water ok?", "do I need electrolytes?",
     "are hydration tablets worth it for a half marathon?", "is isotonic better than water?"],
)
def test_electrolytes_beside_water_are_the_electrolytes_answer(said: str) -> None:
    request = understand(said, DialogState())
    assert (request.intent, request.slots.get("id"), request.slots.get("facet")) == ("faq", "water", "electrolytes"), request


@pytest.mark.parametrize("said", ["how much water is in a cucumber?", "I drank 2 litres of water today", "is sparkling water ok?"])
def test_water_near_misses_are_not_electrolytes(said: str) -> None:
    assert understand(said, DialogState()).slots.get("facet") != "electrolytes"


@pytest.mark.parametrize(
    "said",
    ["honestly I could eat a horse. is a big burrito and a smoothie ok or is that too much?", "is a whole pizza too much?",
     "could murder a curry, is that ok?", "is pasta and a milkshake enough or too much?"],
)
def test_a_big_meal_after_a_training_answer_is_refuelling(said: str) -> None:
    request = understand(said, DialogState("faq", {"id": "post_workout"}))
    assert (request.intent, request.slots.get("facet")) == ("faq", "big_meal"), request


@pytest.mark.parametrize("said", ["is a big burrito and a smoothie ok or is that too much?", "how soon after?", "what about chicken and rice?"])
def test_a_big_meal_needs_a_training_answer_before_it(said: str) -> None:
    state = DialogState() if "burrito" in said else DialogState("faq", {"id": "post_workout"})
    assert understand(said, state).slots.get("facet") != "big_meal"


async def test_recovery_meal_then_a_horse_is_fine(chat) -> None:
    await chat("just got back from a 100km ride and I'm literally starving, what's a good recovery meal?")
    reply = await chat("honestly I could eat a horse. is a big burrito and a smoothie ok or is that too much?")
    assert reply.text.startswith("That's fine, not too much") and "refuelling" in reply.text and "protein" in reply.text


@pytest.mark.parametrize("said", ["i want to build muscle, what should i eat", "what should i eat to bulk up", "how should I eat to build muscle?"])
async def test_building_muscle_is_protein_first(chat, said: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith("To build muscle, protein comes first") and "1.6–2.2 g per kg" in reply.text


async def test_gaining_weight_without_muscle_keeps_its_answer(chat) -> None:
    reply = await chat("I want to gain weight, what should I eat")
    assert "protein comes first" not in reply.text and "300 kcal" in reply.text


@pytest.mark.parametrize(
    ("said", "entry", "expect"),
    [
        ("I'm 55, how much b12 do I need", "b12", "over-50s"),
        ("do over 50s need b12", "b12", "over-50s"),
        ("do vegans need b12", "b12_vegan", "Vegan Society"),
        ("how much calcium do I need, I'm a 56 year old woman", "calcium", "1,200 mg for women over 50"),
        ("I'm 72, do I need vitamin D?", "vitamin_d", "800 IU) over 70"),
        ("how much iron do I need?", "iron", "Heavy periods"),
    ],
)
async def test_micronutrients_by_age_and_sex(chat, said: str, entry: str, expect: str) -> None:
    request = understand(said, DialogState())
    assert request.slots.get("id") == entry or (request.slots.get("then") or {}).get("slots", {}).get("id") == entry, request
    reply = await chat(said)
    assert expect in reply.text


@pytest.mark.parametrize(
    ("said", "who"),
    [("my husband lost 4 kg", "your husband"), ("my mum has lost 6kg in 2 months!", "your mum"), ("she's dropped 3 kilos this month", "her"),
     ("my best friend has finally lost 10 kg", "your best friend")],
)
async def test_someone_elses_loss_is_theirs(chat, said: str, who: str) -> None:
    reply = await chat(said)
    assert f"great news for {who}" in reply.text and "Well done on losing" not in reply.text


@pytest.mark.parametrize("said", ["I lost 3 kg this month!", "I've lost 2 kg since monday", "my husband and I lost 4 kg"])
async def test_the_users_own_loss_is_still_theirs(chat, said: str) -> None:
    reply = await chat(said)
    assert "great news for" not in reply.text


@pytest.mark.parametrize(
    ("said", "expect"),
    [
        ("is ghee dairy?", "Yes: ghee carries milk/dairy"),
        ("is quorn soy?", "No: quorn isn't made with soy"),
        ("does quorn have soy in it?", "No: quorn isn't made with soy"),
        ("is quorn vegan", "Only the vegan range"),
        ("is miso paste gluten free?", "mugi miso"),
        ("is pesto vegetarian?", "animal rennet"),
        ("is fish sauce vegetarian", "No: it carries fish"),
        ("is tahini vegan?", "Yes: tahini is vegan"),
        ("what even is tahini lol", "ground sesame seeds"),
    ],
)
async def test_what_an_ingredient_carries(chat, said: str, expect: str) -> None:
    reply = await chat(said)
    assert expect in reply.text, reply.text


async def test_egg_allergy_and_quorn_is_check_every_label(chat) -> None:
    reply = await chat("I'm allergic to eggs. is there egg in quorn?")
    assert "With your egg allergy, check every label" in reply.text and "egg white" in reply.text


async def test_can_haves_contains_answer_keeps_its_questions(chat) -> None:
    reply = await chat("does pesto have nuts?")
    assert reply.text.startswith("Yes — pesto is usually made with pine nuts")


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        ("do I need to eat more on rest days?", "rest_day_eating"),
        ("should I eat less on rest days", "rest_day_eating"),
        ("do I need more protein as I get older?", "protein_older_adults"),
        ("how much protein does a 70 year old need", "protein_older_adults"),
        ("how much protein does my 80-year-old mum need", "protein_older_adults"),
        ("do I need magnesium for cramps?", "magnesium"),
        ("I get leg cramps at night, will magnesium help?", "magnesium"),
        ("how much zinc do i need", "zinc"),
    ],
)
def test_everyday_answers_for_rest_days_age_and_minerals(said: str, entry: str) -> None:
    assert understand(said, DialogState()).slots.get("id") == entry


@pytest.mark.parametrize("said", ["how much protein in 2 eggs", "how much protein in a 12 inch pizza", "rest day today, ideas for lunch?"])
def test_their_near_misses_keep_their_answers(said: str) -> None:
    assert understand(said, DialogState()).slots.get("id") not in ("rest_day_eating", "protein_older_adults", "magnesium", "zinc")
