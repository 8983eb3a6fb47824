"""Round 14: everyday questions said other ways (before/after the gym in chat shorthand and
German, water in the heat, coffee and hydration, pantry staples, a coffee-shop order), a milk
allergy that is not lactose intolerance, gels for a coeliac, food-name typos, a clock time
that names the meal, and body facts said to Ceres saved through General's `remember` tool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import agenthost_ceres
from agenthost_ceres.agent import AGENT
from agenthost_ceres.dialog import DialogState
from agenthost_ceres.diet_statements import stated_preferences
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import meal_type_at_said_time
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.understand import understand
from host.registry import Registry
from host.storage import FileStorage
from host.testing import TurnRunner

USER = "alice"


def faq_of(text: str, state: DialogState | None = None) -> str | None:
    request = understand(text, state or DialogState())
    return request.slots.get("id") if request.intent == "faq" else None


@pytest.mark.parametrize(
    "said",
    ["wat shud i eat b4 gym in the mornin", "what should i eat before gym", "what to eat before lifting", "b4 my workout what shud i eat",
     "any ideas what to eat before my run", "what should i have before football"],
)  # fmt: skip
def test_before_the_gym_in_any_words_is_pre_workout_food(said: str) -> None:
    assert faq_of(said) == "pre_workout", said


@pytest.mark.parametrize(
    "said",
    ["what should i eat after gym", "what to eat after lifting", "Wie viel Eiweiß sollte ich nach dem Training essen?",
     "¿cuánta proteína después de entrenar?", "combien de protéines après l'entraînement"],
)  # fmt: skip
def test_after_training_in_any_words_or_language_is_post_workout_food(said: str) -> None:
    assert faq_of(said) == "post_workout", said


@pytest.mark.parametrize("said", ["n aftr?", "and after?", "what about after?"])
def test_after_a_pre_workout_answer_and_after_is_post_workout(said: str) -> None:
    assert faq_of(said, DialogState(intent="faq", slots={"id": "pre_workout"})) == "post_workout"


@pytest.mark.parametrize(
    "said",
    ["after spin class I'm hangry for hours, is that a thing", "after lifting I'm peckish all evening, normal?",
     "shoud i drink protien shake befor or afer gym", "should I have my protein before or after training"],
)  # fmt: skip
def test_near_misses_keep_their_own_answers(said: str) -> None:
    assert faq_of(said) in ("hungry_after_exercise", "protein_timing"), said


async def test_water_in_the_heat_while_training_names_salt_and_timing(chat) -> None:
    for said in ("how much water should I drink on days when it's like 35°C and I'm training outside?", "how much water when it's 30 degrees and I run?"):
        reply = await chat(said)
        assert "sodium" in reply.text and "before" in reply.text and "Afterwards" in reply.text, reply.text
    plain = await chat("how much water should I drink a day?")
    assert "2 litres" in plain.text and "sodium" not in plain.text


async def test_does_coffee_count_after_water_is_the_coffee_answer(chat) -> None:
    await chat("how much water should I drink when it's hot?")
    reply = await chat("does coffee count or is it dehydrating?")
    assert "count" in reply.text and "mild diuretic" in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    ["new year new me, I'm going to purge my pantry of all the junk food this weekend. what healthy staples should I stock up on instead?",
     "what should I keep in my cupboard to eat healthier", "give me a healthy shopping list", "what healthy basics should I always have at home?"],
)  # fmt: skip
async def test_pantry_staples_are_a_list_not_the_menu(chat, said: str) -> None:
    reply = await chat(said)
    assert "oats" in reply.text and "lentils" in reply.text and "I can:" not in reply.text, reply.text


async def test_pantry_staples_fit_the_diet(chat) -> None:
    await chat("I'm allergic to peanuts and fish")
    reply = await chat("what healthy staples should I stock up on?")
    assert "peanut butter" not in reply.text.lower() and "sardines" not in reply.text.lower() and "oats" in reply.text, reply.text


def test_what_should_i_buy_for_dinner_is_not_the_staples() -> None:
    assert faq_of("what should i buy for dinner tonight") != "pantry_staples"


@pytest.mark.parametrize(
    ("said", "allergies"),
    [
        ("I'm allergic to milk protein (proper allergy, not lactose intolerant)", ["milk protein"]),
        ("i have a cows milk allergy, not lactose intolerance", ["cows milk"]),
        ("I'm not lactose intolerant, just allergic to milk", ["milk"]),
    ],
)
def test_a_milk_allergy_said_not_to_be_lactose_intolerance_is_the_allergy_only(said: str, allergies: list[str]) -> None:
    assert stated_preferences(said) == {"allergies": allergies}


@pytest.mark.parametrize("said", ["I'm lactose intolerant", "I'm lactose intolerant, not allergic", "I'm vegan and lactose intolerant"])
def test_lactose_intolerance_is_still_saved(said: str) -> None:
    prefs = stated_preferences(said)
    assert prefs.get("lactose_free") is True and prefs["conditions"] == ["lactose intolerance"]


async def test_a_milk_allergy_gets_dairy_free_protein_for_its_shake(chat, on_disk) -> None:
    reply = await chat("I'm allergic to milk protein (proper allergy, not lactose intolerant). what can I use for a post-workout shake?")
    assert "pea protein" in reply.text and "whey" in reply.text, reply.text
    assert "lactose-free" not in reply.text.split("I'll leave")[0]
    assert on_disk("profile.json")["diet"]["lactose_free"] is False


async def test_egg_and_milk_allergy_drops_only_the_egg_white_sentence(chat) -> None:
    await chat("I'm allergic to eggs and milk")
    reply = await chat("which protein powder then?")
    assert "pea protein" in reply.text and "egg" not in reply.text.lower(), reply.text


async def test_a_coeliac_asking_about_gels_is_told_to_check_labels(chat) -> None:
    await chat("just been diagnosed with coeliac disease, marathon in 3 weeks")
    reply = await chat("and during the race? are gels and sports drinks ok for me?")
    assert "gluten-free" in reply.text and "label" in reply.text and "barley" in reply.text, reply.text


async def test_gels_without_coeliac_are_the_usual_answer(chat) -> None:
    reply = await chat("are sports drinks ok during a long run?")
    assert "barley" not in reply.text


@pytest.mark.parametrize("said", ["what should I order at starbucks?", "what's a healthy order at costa", "what can I get at a coffee shop"])
async def test_a_coffee_shop_order_is_concrete(chat, said: str) -> None:
    reply = await chat(said)
    assert "black coffee" in reply.text and "tea" in reply.text, reply.text


async def test_a_coffee_shop_order_with_a_milk_allergy_names_plant_milks(chat) -> None:
    await chat("I'm allergic to milk")
    reply = await chat("what should I order at starbucks?")
    assert "oat" in reply.text and "allergy" in reply.text
    assert not any(word in reply.text.lower() for word in ("latte", "cappuccino", "mocha", "whipped cream", "flat white")), reply.text


def test_mcdonalds_stays_the_takeaway_answer() -> None:
    assert faq_of("what should I order at mcdonalds") == "takeaway"


@pytest.mark.parametrize(
    ("said", "foods"),
    [("logg 2 egss and a peice of tost for brekky", ["eggs", "toast"]), ("2 egss", ["eggs"]), ("a peice of cake", ["cake"])],
)
def test_food_typos_egss_and_peice_are_read(said: str, foods: list[str]) -> None:
    assert [item.said for item in parse_meal(said, load_table()).items] == foods


@pytest.mark.parametrize("said", ["had a seat and a tour", "ate some mmeat", "had a bunn"])
def test_words_near_foods_stay_unread(said: str) -> None:
    assert not parse_meal(said, load_table()).items


@pytest.mark.parametrize(
    ("said", "meal"),
    [("a cappuccino at 4", "snack"), ("at 4pm", "snack"), ("around 16:30", "snack"), ("@ 7.30am", "breakfast"), ("at 12", "lunch"),
     ("at 9pm", "dinner"), ("at 7", None), ("had about 2 slices of pizza", None), ("200g at 35%", None), ("at 4 slices", None)],
)  # fmt: skip
def test_a_clock_time_names_the_meal(said: str, meal: str | None) -> None:
    assert meal_type_at_said_time(said) == meal


async def test_a_snack_at_4_is_logged_as_a_snack(chat, on_disk_log) -> None:
    reply = await chat("had a slice of new york cheesecake and a cappuccino at 4")
    assert "snack" in reply.text
    assert [r["meal_type"] for r in on_disk_log("meals.jsonl")] == ["snack"]


@pytest.fixture
def chat_with_general(data_dir: Path) -> TurnRunner:
    """Ceres with General's `remember` tool registered, as in a host running both."""
    from agenthost_general.agent import AGENT as GENERAL
    from agenthost_general.profile import REMEMBER

    registry = Registry(agents={"ceres": AGENT, "general": GENERAL}, tools={**{t.name: t for t in agenthost_ceres.TOOLS}, "remember": REMEMBER})
    return TurnRunner(agenthost_ceres, AGENT, FileStorage(data_dir).user(USER), registry=registry)


def profile_of(data_dir: Path) -> dict:
    return json.loads((data_dir / "users" / USER / "profile.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("said", "diet"),
    [("oh and 78kg, vegetarian", "vegetarian"), ("78 kg, vegan", "vegan"), ("I'm vegetarian and 78kg", "vegetarian"), ("23, 78kg, pescatarian", "pescatarian")],
)
async def test_weight_and_diet_in_one_message_are_both_saved(chat_with_general, on_disk, said: str, diet: str) -> None:
    reply = await chat_with_general(said)
    assert "78" in reply.text and diet in reply.text and "I can:" not in reply.text, reply.text
    profile = on_disk("profile.json")
    assert profile["weight_kg"] == 78 and profile["diet"]["type"] == diet


@pytest.mark.parametrize("said", ["actually just weighed myself again, 76.5kg", "I weigh 76.5kg now", "just weighed in at 76.5 kg", "the scale says 76.5kg"])
async def test_a_new_weight_updates_the_profile_not_a_meal(chat_with_general, on_disk, on_disk_log, said: str) -> None:
    await chat_with_general("I had 2 eggs for breakfast")
    reply = await chat_with_general(said)
    assert "76.5" in reply.text and "couldn't change" not in reply.text, reply.text
    assert on_disk("profile.json")["weight_kg"] == 76.5
    assert len(on_disk_log("meals.jsonl")) == 1  # the eggs, untouched


async def test_without_general_the_weight_is_noted_not_saved(chat, on_disk) -> None:
    reply = await chat("just weighed myself, 76.5kg")
    assert "76.5" in reply.text and "Saved" not in reply.text
    assert "weight_kg" not in (on_disk("profile.json") or {})


async def test_a_friends_weight_with_a_diet_is_not_saved(chat_with_general, on_disk) -> None:
    await chat_with_general("my friend is vegan and 60kg, what can I cook for her?")
    assert "weight_kg" not in (on_disk("profile.json") or {})
