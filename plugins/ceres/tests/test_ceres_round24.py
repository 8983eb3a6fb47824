"""Round 24: meals told with clock times, a long day listed whole, alcohol figures that agree
with what is logged, a meal beside a question that is not about food, corrections and diets as
people say them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday_lunchtime():
    """A Wednesday at 13:00 UTC: a meal said without a time would be lunch."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def live(on_disk_log) -> list[dict]:
    return [r for r in on_disk_log("meals.jsonl") or [] if r.get("items")]


# --- clock times are when, never how many ---


async def test_times_split_the_day_into_meals_and_are_not_amounts(chat, on_disk_log) -> None:
    reply = await chat("at 8am I had porridge with banana, at 1pm a chicken caesar salad and at 4 a kitkat")
    meals = live(on_disk_log)
    assert [m["meal_type"] for m in meals] == ["breakfast", "lunch", "snack"], meals
    porridge = meals[0]["items"][0]
    assert porridge["quantity"] == 1 and porridge["grams"] < 300, porridge  # not 8 cups (1,328 kcal)
    assert meals[2]["items"][0]["quantity"] == 1, meals[2]  # one KitKat, not 4
    assert "Logged your breakfast" in reply.text and "Logged your snack" in reply.text and "8 cups" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "meal"),
    [
        ("and a glass of wine before bed", "snack"),
        ("at noon a tuna sandwich", "lunch"),
        ("a yogurt late at night", "snack"),
    ],
)
async def test_a_time_of_day_names_the_meal(chat, on_disk_log, said: str, meal: str) -> None:
    reply = await chat(said)
    meals = live(on_disk_log)
    assert [m["meal_type"] for m in meals] == [meal], (said, meals)
    assert "didn't catch" not in reply.text, reply.text


async def test_times_at_the_start_of_each_meal_are_not_amounts(chat, on_disk_log) -> None:
    reply = await chat("8am porridge, 1pm a tuna sandwich, 7pm chicken curry")
    meals = live(on_disk_log)
    assert [(m["meal_type"], m["items"][0]["quantity"]) for m in meals] == [("breakfast", 1), ("lunch", 1), ("dinner", 1)], meals
    assert "2,051" not in reply.text and "7 cups" not in reply.text, reply.text  # 7 chicken curries before


async def test_two_foods_at_two_times_are_two_meals(chat, on_disk_log) -> None:
    await chat("had a yogurt at 4pm and an apple at 10am")
    meals = live(on_disk_log)
    assert sorted(m["meal_type"] for m in meals) == ["breakfast", "snack"], meals


# --- a long day is listed whole ---


async def test_a_day_of_seven_meals_lists_every_one(chat) -> None:
    for said in ("breakfast was porridge", "snack: a banana", "lunch: a ham sandwich", "afternoon snack a cookie",
                 "dinner: salmon with potatoes and broccoli", "evening snack a yogurt", "and a glass of wine before bed"):
        await chat(said)
    reply = await chat("what have I eaten today?")
    assert "from 7 meals" in reply.text, reply.text
    assert "• breakfast: porridge — 166 kcal" in reply.text, reply.text  # the first meal was dropped before
    assert "• snacks: banana, cookie, yogurt, wine — 457 kcal" in reply.text, reply.text
    assert len(reply.text.split()) < 90, reply.text


# --- the pint in the answer is the pint that is logged ---


async def test_alcohol_answer_and_logged_pint_agree(chat, on_disk_log) -> None:
    answer = await chat("is alcohol bad for weight loss?")
    assert "UK pint (568 ml) of regular beer is about 245 kcal" in answer.text and "200 kcal" not in answer.text, answer.text
    assert "USDA FoodData Central" in answer.text, answer.text
    await chat("log a pint of lager")
    pint = live(on_disk_log)[0]["items"][0]
    assert pint["unit"] == "pint" and round(pint["kcal"]) == 244, pint


@pytest.mark.parametrize("said", ["how many calories in alcohol?", "calories in booze", "how many calories in a night of drinking?"])
async def test_calories_in_drink_in_general_are_the_pints_and_glasses(chat, said: str) -> None:
    reply = await chat(said)
    assert "UK pint (568 ml) of regular lager or bitter is about 245 kcal" in reply.text, reply.text
    assert "food table" not in reply.text, reply.text


# --- drinks told beside a training question: logged, and the question answered ---


@pytest.mark.parametrize(
    ("said", "day_back"),
    [
        ("had a few beers last night, should I still train today?", 1),
        ("had 4 pints and a kebab last night, can I still go for a run this morning?", 1),
        ("had a glass of wine with dinner, is it ok to lift tonight?", 0),
    ],
)
async def test_drinks_then_should_i_train_logs_and_answers(chat, on_disk_log, said: str, day_back: int) -> None:
    from datetime import timedelta

    from host.clock import now

    reply = await chat(said)
    meals = live(on_disk_log)
    assert len(meals) == 1 and meals[0]["date"] == (now().date() - timedelta(days=day_back)).isoformat(), meals
    assert any(item["food_id"] in ("beer", "red_wine") for item in meals[0]["items"]), meals
    assert "Logged your" in reply.text and "If you feel well, you can train" in reply.text and "hungover" in reply.text, reply.text
    assert "didn't catch" not in reply.text and "NHS: Hangover" in reply.text, reply.text


async def test_hungover_should_i_skip_the_gym_is_answered_without_a_log(chat, on_disk_log) -> None:
    reply = await chat("so hungover, should I skip the gym today?")
    assert "make it a rest day or a walk" in reply.text, reply.text
    assert not live(on_disk_log)


async def test_a_few_pints_then_how_many_calories_is_that_answers_the_meal(chat, on_disk_log) -> None:
    reply = await chat("had a few pints last night, how many calories is that?")
    assert len(live(on_disk_log)) == 1
    assert "came to **732 kcal**" in reply.text and "didn't catch" not in reply.text, reply.text


# --- a meat or a religious rule said in everyday words covers the foods made of it ---


@pytest.mark.parametrize(("food", "shown"), [("bacon", "bacon"), ("a sausage roll", "sausage roll"), ("pepperoni pizza", "pepperoni pizza"), ("ham", "ham")])
async def test_no_pork_rules_out_bacon_ham_and_sausage(chat, on_disk, food: str, shown: str) -> None:
    await chat("no pork for me please")
    assert on_disk("profile.json")["diet"]["dislikes"] == ["pork"]
    reply = await chat(f"is {food} ok?")
    assert reply.text.startswith(f"No — {shown} isn't a fit for you"), reply.text
    assert "It fits your diet" not in reply.text, reply.text


@pytest.mark.parametrize("said", ["I eat halal", "halal only please", "I'm Muslim so halal food only", "we only eat halal"])
async def test_halal_is_saved_as_no_pork_and_no_alcohol(chat, on_disk, said: str) -> None:
    reply = await chat(said)
    assert on_disk("profile.json")["diet"]["dislikes"] == ["pork", "alcohol"], reply.text
    beer = await chat("is a beer ok?")
    assert beer.text.startswith("No — beer isn't a fit for you"), beer.text
    ideas = await chat("breakfast ideas")
    assert "bacon" not in ideas.text.lower() and "sausage" not in ideas.text.lower(), ideas.text


async def test_kosher_is_saved_as_no_pork_and_no_shellfish(chat, on_disk) -> None:
    await chat("we keep kosher")
    assert on_disk("profile.json")["diet"]["dislikes"] == ["pork", "shellfish"]
    reply = await chat("are prawns ok?")
    assert reply.text.startswith("No — prawns aren't a fit for you"), reply.text


async def test_not_muslim_saves_nothing(chat, on_disk) -> None:
    await chat("I'm not muslim, is bacon healthy?")
    assert not ((on_disk("profile.json") or {}).get("diet") or {}).get("dislikes")


async def test_no_beef_rules_out_a_big_mac(chat) -> None:
    await chat("I don't eat beef")
    reply = await chat("is a big mac ok?")
    assert reply.text.startswith("No — big mac isn't a fit for you") and "It fits your diet" not in reply.text, reply.text


@pytest.mark.parametrize("said", ["no pork for me please", "we keep kosher", "I eat halal", "had a few beers last night, should I still train today?"])
def test_diet_rules_and_drinks_before_training_route_to_ceres(said: str) -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify(said, ClassifyContext(user_id="u", history=[], profile={})).score >= 0.7, said


# --- corrections said the short way ---


@pytest.mark.parametrize("said", ["not rice, quinoa", "no, not rice but quinoa", "quinoa, not rice", "it was quinoa instead of rice"])
async def test_one_food_swapped_for_another_the_short_way(chat, on_disk_log, said: str) -> None:
    await chat("some rice and chicken for lunch")
    reply = await chat(said)
    meals = live(on_disk_log)
    assert [i["food_id"] for i in meals[-1]["items"]] == ["quinoa", "chicken_breast"], meals
    assert "replaced white rice" in reply.text and "with quinoa" in reply.text, reply.text


async def test_a_whole_one_after_half_is_one_not_ninety_six(chat, on_disk_log) -> None:
    await chat("just had half a tuna sandwich and a packet of crisps")
    reply = await chat("actually it was a whole sandwich")
    sandwich = live(on_disk_log)[-1]["items"][0]
    assert sandwich["food_id"] == "tuna_sandwich" and sandwich["quantity"] == 1 and sandwich["grams"] < 250, sandwich
    assert "can't be right" not in reply.text and "Fixed your lunch" in reply.text, reply.text


async def test_a_meal_with_not_is_still_a_meal(chat, on_disk_log) -> None:
    await chat("had a burger, not fries")
    assert [m["meal_type"] for m in live(on_disk_log)] == ["lunch"]


# --- home cooking and the chippy, said without "I had" ---


@pytest.mark.parametrize(
    ("said", "food"),
    [
        ("made a chicken stir fry with noodles at home", "egg_noodles"),
        ("cooked myself a curry with rice", "chicken_curry_rice"),
        ("fish and chips from the chippy with mushy peas", "fish_and_chips"),
        ("fish n chips and mushy peas", "fish_and_chips"),
    ],
)
async def test_home_cooking_and_chippy_teas_are_logged(chat, on_disk_log, said: str, food: str) -> None:
    reply = await chat(said)
    meals = live(on_disk_log)
    assert len(meals) == 1 and food in [i["food_id"] for i in meals[0]["items"]], (reply.text, meals)
    assert "french_fries" not in [i["food_id"] for i in meals[0]["items"]], meals  # the chips are the fish supper's own
    assert "didn't catch" not in reply.text and "I can:" not in reply.text, reply.text


async def test_food_made_for_others_is_not_logged(chat, on_disk_log) -> None:
    await chat("I made a lasagne for the kids")
    assert not live(on_disk_log)


# --- "is X vegan/vegetarian/gluten free/dairy free/halal?" ---


@pytest.mark.parametrize(
    ("said", "starts"),
    [
        ("is parmesan vegetarian?", "No, not strictly: Parmigiano-Reggiano"),
        ("is haribo vegetarian?", "Usually not: gelatine is made from pig or cow"),
        ("is honey vegan?", "No — honey isn't vegan"),
        ("is bacon halal?", "No — bacon isn't halal: it's pork"),
        ("is chicken halal?", "Only if it's halal-certified"),
        ("are oats gluten free?", "No — ordinary oats are contaminated with wheat"),
        ("is rice gluten free?", "Yes — rice is gluten-free"),
        ("are eggs vegetarian?", "Yes — eggs are vegetarian"),
    ],
)
async def test_is_a_food_of_a_diet_is_answered_yes_or_no(chat, said: str, starts: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith(starts), reply.text
    assert "I can:" not in reply.text and "isn't safe for you" not in reply.text, reply.text


async def test_vegan_but_not_safe_with_the_saved_allergy(chat) -> None:
    await chat("I'm allergic to peanuts")
    reply = await chat("is peanut butter vegan?")
    assert reply.text.startswith("Yes — peanut butter is vegan, but not for you: not safe with your peanut allergy"), reply.text


async def test_a_no_for_the_saved_diet_says_it_stays_out(chat) -> None:
    await chat("vegetarian here")
    reply = await chat("is haribo vegetarian?")
    assert reply.text.startswith("Usually not: gelatine"), reply.text


# --- foods asked about while pregnancy is talked about: the NHS's list first ---


@pytest.mark.parametrize(
    ("said", "starts", "figures"),
    [
        ("can I have sushi?", "Usually yes: raw fish in sushi is fine if it was frozen first", True),
        ("what about brie?", "Only cooked until steaming hot: mould-ripened soft cheeses", False),
        ("is a tuna sandwich ok?", "Yes, in moderation: up to 4 medium cans or 2 fresh tuna steaks a week", True),
        ("can I eat salami?", "Only cooked (on a pizza, say) or frozen for 4 days first", False),
    ],
)
async def test_a_food_asked_after_saying_pregnant_gets_the_nhs_answer(chat, said: str, starts: str, figures: bool) -> None:
    await chat("I'm pregnant, which foods should I avoid?")
    reply = await chat(said)
    assert reply.text.startswith(starts) and "(NHS)" in reply.text, reply.text
    assert ("kcal" in reply.text) is figures and "food table" not in reply.text, reply.text


async def test_a_food_not_on_the_list_gets_only_its_figures(chat) -> None:
    await chat("I'm pregnant, which foods should I avoid?")
    reply = await chat("is a banana ok?")
    assert reply.text.startswith("**Banana**") and "NHS" not in reply.text, reply.text


async def test_without_pregnancy_sushi_is_only_its_figures(chat) -> None:
    reply = await chat("can I have sushi?")
    assert "frozen first" not in reply.text, reply.text


# --- type 2 diabetes said in passing, then fruit ---


async def test_fruit_with_diabetes_saved_is_the_diabetes_answer(chat) -> None:
    await chat("I have type 2 diabetes")
    reply = await chat("is fruit ok?")
    assert reply.text.startswith("Yes: whole fruit is fine with diabetes") and "150 ml" in reply.text and "Diabetes UK" in reply.text, reply.text


def test_type_2_diabetes_said_routes_to_ceres() -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify("I have type 2 diabetes", ClassifyContext(user_id="u", history=[], profile={})).score >= 0.7


# --- allergies said in the other languages Ceres reads ---


@pytest.mark.parametrize(
    ("said", "saved"),
    [
        ("soy alérgico al sésamo", ["sesame"]),
        ("mein Sohn hat eine Milchallergie", ["dairy"]),
        ("je suis allergique aux arachides", ["peanuts"]),
        ("sono allergica alle noci", ["peanuts", "tree_nuts"]),
        ("tenho alergia a ovo", ["egg"]),
        ("ich bin allergisch gegen Erdnüsse", ["peanuts"]),
        ("ik ben allergisch voor pinda's", ["peanuts"]),
    ],
)
async def test_an_allergy_said_in_another_language_is_saved(chat, on_disk, said: str, saved: list[str]) -> None:
    reply = await chat(said)
    assert on_disk("profile.json")["diet"]["allergies"] == saved, reply.text
    assert reply.text.startswith("Got it — I've saved your preferences"), reply.text


@pytest.mark.parametrize("said", ["soy alérgico al sésamo", "je suis allergique aux arachides", "ich bin allergisch gegen Erdnüsse"])
def test_an_allergy_said_in_another_language_routes_to_ceres(said: str) -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify(said, ClassifyContext(user_id="u", history=[], profile={})).score >= 0.8, said


def test_soy_the_food_is_not_spanish_for_i_am() -> None:
    from agenthost_ceres.allergy_languages import in_english

    assert in_english("soy milk in my latte") == "soy milk in my latte"


async def test_spanish_allergy_then_what_can_i_have_for_dinner(chat) -> None:
    await chat("soy alérgico al sésamo")
    reply = await chat("qué puedo cenar?")
    assert "dinner ideas (no sesame)" in reply.text and "tahini" not in reply.text.lower(), reply.text
