"""Round 17 (A): weighed foods whose kind is a percentage ("0% greek yoghurt", "5% fat mince"),
several meals in one message, an allergy said with a meal to log, changes to the last
suggestion ("make that one vegetarian", "my partner doesn't eat chicken", "something sweet for
afters?", "a smoothie around 600 kcal") and packaged foods with an allergy (check the label)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.descriptors import describe_percentages
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from host.clock import pinned


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    """Wednesday 11 June 2025, 13:00 UTC."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def foods_by_meal(text: str) -> list[tuple[str, str | None, float]]:
    return [(item.food.id, item.meal_type, round(item.grams)) for item in parse_meal(text, load_table()).items]


# --- weighed foods: a percentage is the food's kind, not its amount ----------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("breakfast 200g 0% greek yoghurt with 30g honey, lunch 150g grilled salmon and 200g cooked quinoa",
         [("greek_yogurt", "breakfast", 200), ("honey", "breakfast", 30), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
        ("200g 0% fat greek yogurt and 40g granola for breakfast", [("greek_yogurt", "breakfast", 200), ("granola", "breakfast", 40)]),
        ("had 170g 2% greek yoghurt with berries", [("greek_yogurt", None, 170), ("mixed_berries", None, 141)]),
        ("250ml 2% milk with 50g oats", [("milk_2pct", None, 250), ("rolled_oats", None, 50)]),
        ("200ml 1% milk", [("milk_2pct", None, 200)]),
        ("brekkie: 150g full-fat greek yoghurt, 20g honey. dinner: 180g chicken breast, 200g sweet potato",
         [("greek_yogurt_whole", "breakfast", 150), ("honey", "breakfast", 20), ("chicken_breast", "dinner", 180), ("sweet_potato", "dinner", 200)]),
        ("150g 5% greek yoghurt", [("greek_yogurt_whole", None, 150)]),
        ("lunch was 150 g 5% fat beef mince with 100g cooked rice", [("ground_beef_lean", "lunch", 150), ("white_rice", "lunch", 100)]),
        ("150g 20% fat mince", [("ground_beef", None, 150)]),
        ("200g 90% lean beef", [("ground_beef_lean", None, 200)]),
        ("25g 70% dark chocolate", [("dark_chocolate", None, 25)]),
        ("for breakfast I had 150g of 0% skyr and a banana, then for lunch 120g chicken and 80g of rice",
         [("greek_yogurt", "breakfast", 150), ("banana", "breakfast", 118), ("chicken_breast", "lunch", 120), ("white_rice", "lunch", 80)]),
        ("200 g fat free yogurt and 100 g blueberries", [("yogurt_lowfat", None, 200), ("blueberries", None, 100)]),
        ("a glass of semi-skimmed milk", [("milk_2pct", None, 244)]),
        ("breakfast - 2 scrambled eggs, 1 slice wholemeal toast | lunch - 150g grilled salmon, 200g cooked quinoa",
         [("egg_scrambled", "breakfast", 122), ("whole_wheat_bread", "breakfast", 32), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
        ("breakfast: 200g 0% greek yoghurt, 30g honey\nlunch: 150g salmon, 200g quinoa",
         [("greek_yogurt", "breakfast", 200), ("honey", "breakfast", 30), ("salmon", "lunch", 150), ("quinoa", "lunch", 200)]),
    ],
)
def test_a_percentage_is_the_foods_kind_and_each_meal_keeps_its_foods(said: str, expected: list[tuple[str, str | None, float]]) -> None:
    found = foods_by_meal(said)
    assert [(food, meal) for food, meal, _ in found] == [(food, meal) for food, meal, _ in expected], found
    assert all(abs(grams - want) <= 2 for (_, _, grams), (_, _, want) in zip(found, expected)), found


@pytest.mark.parametrize(
    ("said", "problem"),
    [("coffee with 0 sugar", "zero"), ("2 eggs and 0 toast", "zero"), ("-2 eggs", "negative"), ("- 2 eggs", "negative"), ("minus 3 bananas", "negative")],
)
def test_a_real_zero_or_minus_is_still_a_question(said: str, problem: str) -> None:
    meal = parse_meal(said, load_table())
    assert meal.problems, meal
    assert meal.problems[0].kind == ("zero" if problem == "zero" else "not_a_number")


@pytest.mark.parametrize(
    ("said", "read"),
    [("0% yoghurt", "fat free yoghurt"), ("2% milk", "low fat milk"), ("50% off the cookies", "off the cookies"), ("a 13% red", "a red"),
     ("0% sugar jelly", "sugar free jelly"), ("100% orange juice", "orange juice"), ("0 % fat skyr", "fat free skyr")],
)
def test_percentages_in_words(said: str, read: str) -> None:
    assert " ".join(describe_percentages(said).split()) == read


async def test_weighed_meals_logged_then_the_protein_so_far(chat, on_disk_log) -> None:
    reply = await chat("breakfast 200g 0% greek yoghurt with 30g honey, lunch 150g grilled salmon and 200g cooked quinoa")
    assert "Logged your breakfast" in reply.text and "Logged your lunch" in reply.text and "758 kcal" in reply.text
    meals = on_disk_log("meals.jsonl")
    assert [meal["meal_type"] for meal in meals] == ["breakfast", "lunch"]
    reply = await chat("how much protein have I had so far today?")
    assert "62 g" in reply.text


# --- an allergy or a diet said with a meal to log: both done -------------------------------------

from agenthost_ceres.beside import meal_beside  # noqa: E402
from agenthost_ceres.dialog import DialogState  # noqa: E402
from agenthost_ceres.understand import understand  # noqa: E402


@pytest.mark.parametrize(
    ("said", "meal"),
    [
        ("fyi I'm allergic to shellfish. can you log dinner: grilled chicken breast, a cup of rice and some broccoli",
         "can you log dinner: grilled chicken breast, a cup of rice and some broccoli"),
        ("I'm vegetarian btw. log lunch: a cheese sandwich and an apple", "log lunch: a cheese sandwich and an apple"),
        ("I have a peanut allergy, and for breakfast I had 2 eggs on toast", "and for breakfast I had 2 eggs on toast"),
        ("allergic to milk! just had a bowl of oatmeal with oat milk and a banana", "just had a bowl of oatmeal with oat milk and a banana"),
        ("I'm coeliac - please log 2 slices of toast and jam for breakfast", "please log 2 slices of toast and jam for breakfast"),
        ("I'm lactose intolerant. Had a latte and a croissant this morning", "Had a latte and a croissant this morning"),
        ("I'm allergic to eggs, log my breakfast: porridge with blueberries", "log my breakfast: porridge with blueberries"),
        ("oh and I'm vegan now. add a tofu stir fry for lunch", "add a tofu stir fry for lunch"),
        ("I can't have gluten. track: 150g chicken, 200g rice, broccoli", "track: 150g chicken, 200g rice, broccoli"),
        ("my son is allergic to nuts, can you log my lunch: chicken wrap and crisps", "can you log my lunch: chicken wrap and crisps"),
        ("I'm allergic to eggs so log porridge with blueberries", "log porridge with blueberries"),
        ("no dairy for me. I had a black coffee and 2 slices of toast with jam", "I had a black coffee and 2 slices of toast with jam"),
        ("log dinner: chicken, rice and broccoli. oh and I'm allergic to shellfish", "log dinner: chicken, rice and broccoli."),
        ("I'm vegetarian and had a veggie burger for lunch", "had a veggie burger for lunch"),
        ("Heads up, I'm celiac! Breakfast was 2 poached eggs and a gluten free bagel", "Breakfast was 2 poached eggs and a gluten free bagel"),
        ("note I'm dairy free now - lunch: jacket potato with beans", "lunch: jacket potato with beans"),
    ],
)
def test_a_meal_said_beside_a_preference_is_logged_after_it_is_saved(said: str, meal: str) -> None:
    assert meal_beside(said) == meal
    request = understand(said, DialogState())
    assert request.intent == "preferences" and request.slots["then"] == {"intent": "log", "slots": {"text": meal}}, request
    assert request.slots["prefs"], request


@pytest.mark.parametrize(
    "said",
    ["I'm allergic to shellfish", "I'm allergic to shellfish, what can I have for dinner?", "I'm vegetarian, had a big lunch so what should I have for dinner?",
     "allergic to peanuts and I had a peanut butter sandwich, what should I do", "I'm coeliac, is porridge ok?", "I had 2 eggs and toast",
     "I'm allergic to sesame, dinner ideas please", "I'm vegan. What's for dinner?", "I'm allergic to fish. lunch: any ideas?"],
)
def test_no_meal_beside_a_preference_said_alone_or_with_a_question(said: str) -> None:
    assert meal_beside(said) is None


async def test_the_allergy_saved_and_the_dinner_logged(chat, on_disk_log, on_disk) -> None:
    reply = await chat("fyi I'm allergic to shellfish. can you log dinner: grilled chicken breast, a cup of rice and some broccoli")
    assert "saved your preferences: no shellfish" in reply.text and "Logged your dinner" in reply.text and "ideas" not in reply.text
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[0]["items"]] == ["chicken_breast", "white_rice", "broccoli"]
    assert on_disk("profile.json")["diet"]["allergies"] == ["shellfish"]
    reply = await chat("remove the rice")
    assert "removed the white rice" in reply.text


async def test_a_logged_food_the_new_allergy_rules_out_is_warned_about(chat, on_disk_log) -> None:
    reply = await chat("I have a peanut allergy, and for breakfast I had a peanut butter sandwich")
    assert "no peanuts" in reply.text and "Logged your breakfast" in reply.text and "not safe with your peanut allergy" in reply.text
    assert len(on_disk_log("meals.jsonl")) == 1


async def test_lactose_intolerance_said_with_a_latte(chat) -> None:
    reply = await chat("I'm lactose intolerant. Had a latte and a croissant this morning")
    assert "Lactose intolerance: no milk, cheese, yogurt, butter or cream in my suggestions." in reply.text
    assert "Logged your breakfast" in reply.text and "latte: not dairy-free" in reply.text


# --- changing the last suggestion --------------------------------------------------------------

from agenthost_ceres.changes import changes_ideas, diet_asked, request_part, someone_elses  # noqa: E402

AFTER_DINNER_IDEAS = DialogState("ideas", {"meal_type": "dinner", "high_protein": True, "include": ["chicken"], "last": [{"name": "x"}]})


@pytest.mark.parametrize(
    ("said", "diet"),
    [("could you make that one vegetarian", "vegetarian"), ("can you make it vegan?", "vegan"), ("make them veggie please", "vegetarian"),
     ("turn that into a vegetarian one", "vegetarian"), ("is there a vegetarian version?", "vegetarian"), ("same but vegetarian", "vegetarian"),
     ("any way to make it meat-free?", "vegetarian"), ("vegetarian version of the second one?", "vegetarian"), ("could it be gluten free instead", "gluten_free"),
     ("can that be plant-based?", "vegan"), ("make it pescatarian", "pescatarian"), ("could you do them dairy free", "lactose_free"),
     ("can you make it vegitarian", "vegetarian"), ("could you make that veggie", "vegetarian")],
)
def test_a_diet_asked_for_the_last_ideas(said: str, diet: str) -> None:
    assert diet_asked(said) == diet
    request = understand(said, AFTER_DINNER_IDEAS)
    assert request.intent == "ideas" and request.slots["meal_type"] == "dinner" and request.slots["include"] == [], request
    assert request.slots.get("diet") == diet or request.slots.get(diet) is True, request
    assert changes_ideas(said)


@pytest.mark.parametrize(
    ("said", "who", "change"),
    [("my partner doesn't eat chicken", "your partner", {"exclude": ["chicken"]}), ("my wife hates mushrooms", "your wife", {"exclude": ["mushrooms"]}),
     ("the kids won't eat fish", "the kids", {"exclude": ["fish"]}), ("my boyfriend can't stand tofu", "your boyfriend", {"exclude": ["tofu"]}),
     ("hubby doesn't like salmon", "hubby", {"exclude": ["salmon"]}), ("my husband is vegetarian", "your husband", {"diet": "vegetarian"}),
     ("my flatmate doesn't eat pork", "your flatmate", {"exclude": ["pork"]}), ("my daughter won't touch eggs", "your daughter", {"exclude": ["eggs"]}),
     ("my girlfriend's not a fan of beef", "your girlfriend", {"exclude": ["beef"]}), ("my partner doesn't eat meat", "your partner", {"diet": "vegetarian"}),
     ("oh my wife's vegan now", "your wife", {"diet": "vegan"}), ("my mum doesn't eat pork or beef", "your mum", {"exclude": ["pork", "beef"]}),
     ("my partners veggie", "your partner", {"diet": "vegetarian"}), ("my wife and kids don't eat beef", "your wife and kids", {"exclude": ["beef"]}),
     ("my husband is vegeterian", "your husband", {"diet": "vegetarian"}), ("my other half doesnt eat chicken", "your other half", {"exclude": ["chicken"]})],
)
def test_what_someone_else_doesnt_eat_changes_this_answer_only(said: str, who: str, change: dict) -> None:
    assert {key: value for key, value in (someone_elses(said) or {}).items() if key in ("who", "exclude", "diet")} == {"who": who, **change}
    request = understand(said, AFTER_DINNER_IDEAS)
    assert request.intent == "ideas" and request.slots["for_whom"] == who, request
    for key, value in change.items():
        assert set(value if isinstance(value, list) else [value]) <= set(request.slots[key] if isinstance(request.slots[key], list) else [request.slots[key]])


def test_someone_elses_dislike_is_saved_only_when_asked() -> None:
    request = understand("my partner doesn't eat chicken, please remember that", AFTER_DINNER_IDEAS)
    assert request.intent == "preferences" and request.slots["prefs"] == {"dislikes": ["chicken"]} and request.slots["then"]["intent"] == "ideas"


@pytest.mark.parametrize(
    "said",
    ["he's not a fan of fish, something with chicken?", "my partner is allergic to peanuts", "I don't eat chicken", "my partner loves chicken",
     "my wife had chicken for lunch", "what should my partner eat?"],
)
def test_near_misses_are_not_someone_elses_dislike_for_this_answer(said: str) -> None:
    assert someone_elses(said) is None or said == "my partner is allergic to peanuts"
    request = understand(said, AFTER_DINNER_IDEAS)
    assert not (request.intent == "ideas" and request.slots.get("for_whom") and "allergic" not in said), request


@pytest.mark.parametrize(
    ("said", "tail"),
    [("she's bored of it all already lol. something sweet for afters?", "something sweet for afters?"),
     ("he says they're boring haha. anything sweet for pudding?", "anything sweet for pudding?"),
     ("ugh long day. something quick instead?", "something quick instead?")],
)
def test_a_wish_after_some_chatter_is_the_follow_up(said: str, tail: str) -> None:
    assert request_part(said)[0] == tail
    request = understand(said, DialogState("ideas", {"meal_type": "lunch", "no_cook": True, "last": [{"name": "x"}]}))
    assert request.intent == "ideas" and "exclude" not in request.slots, request


def test_a_question_before_a_sentence_is_no_chatter() -> None:
    assert request_part("and after the gym? I used to have a protein shake with a banana") is None


@pytest.mark.parametrize(("said", "kcal"), [("and a smoothie recipe, around 600 kcal", 600), ("ok and a dinner of about 800 kcal", 800), ("a breakfast smoothie, about 500 calories", 500)])
def test_a_follow_up_sized_to_the_energy_asked(said: str, kcal: int) -> None:
    request = understand(said, DialogState("ideas", {"meal_type": "snack", "last": [{"name": "x"}]}))
    assert request.intent == "ideas" and request.slots["meal_kcal"] == kcal, request


async def test_dinner_for_two_then_the_partner_doesnt_eat_chicken(chat, on_disk) -> None:
    await chat("high protein dinner ideas for 2 people, under 30 mins")
    reply = await chat("my partner doesn't eat chicken")
    assert "that your partner can eat too" in reply.text and "chicken" not in reply.text.replace("without chicken", "")
    assert (on_disk("profile.json") or {}).get("diet") in (None, {}) or "chicken" not in str(on_disk("profile.json"))


async def test_a_smoothie_around_600_kcal_with_a_tree_nut_allergy(chat) -> None:
    await chat("I'm allergic to tree nuts but peanuts are totally fine for me. need a calorie dense snack, trying to bulk")
    reply = await chat("and a smoothie recipe, around 600 kcal")
    assert "smoothie ideas" in reply.text and "each around 600 kcal" in reply.text
    assert not re.search(r"almond|cashew|walnut|pecan|hazelnut|pistachio", reply.text, re.I)


# --- packaged foods with an allergy: check the label -------------------------------------------

from agenthost_ceres.diet import DietPrefs  # noqa: E402
from agenthost_ceres.labels import label_advice, names_packaged  # noqa: E402
import re  # noqa: E402


@pytest.mark.parametrize(
    "said",
    ["what about the granola bars from the supermarket", "and after the gym? I used to have a protein shake with a banana", "are protein bars ok?",
     "what about the cereal bars from tesco", "can she have shop-bought pancakes?", "which breakfast cereals are ok?", "is whey ok for me",
     "what about chicken nuggets", "are stock cubes ok?", "can I have crisps"],
)
def test_a_packaged_food_is_named(said: str) -> None:
    assert names_packaged(said)


@pytest.mark.parametrize("said", ["what dip could I make?", "pancakes for breakfast?", "something sweet for afters?", "I had 2 eggs", "can I have a banana"])
def test_home_made_foods_are_not_packaged(said: str) -> None:
    assert not names_packaged(said)


def test_the_label_line_names_what_to_look_for() -> None:
    peanut = label_advice("what about the granola bars from the supermarket", DietPrefs(allergies=("peanuts",)))
    assert peanut is not None and "check the label" in peanut and "may contain" in peanut and "nut-free" in peanut
    coeliac = label_advice("I used to have a protein shake", DietPrefs(gluten_free=True, conditions=("coeliac",)))
    assert coeliac is not None and "certified gluten-free" in coeliac and "Protein powders" in coeliac
    assert label_advice("what about the granola bars", DietPrefs()) is None  # no allergy, no line
    assert label_advice("granola bars?", DietPrefs(allergies=("peanuts",)), "check the label for a “may contain” warning") is None


async def test_the_coeliac_post_gym_shake_hears_to_check_the_label(chat) -> None:
    await chat("just got diagnosed celiac 😩 what can I eat for breakfast that has some protein?")
    reply = await chat("and after the gym? I used to have a protein shake with a banana")
    assert "protein" in reply.text and "certified gluten-free" in reply.text and "check the label" in reply.text


async def test_cereal_bars_from_a_shop_with_a_sesame_allergy(chat) -> None:
    await chat("lunchbox ideas for my son, he's allergic to sesame")
    reply = await chat("what about the cereal bars from tesco")
    assert "I can:" not in reply.text and "sesame-free" in reply.text


# --- one nutrient of the day asked: that figure first ------------------------------------------

from agenthost_ceres.summary_lead import tally_asked  # noqa: E402


@pytest.mark.parametrize(
    "said",
    ["how much protein have I had so far today?", "what are my carbs at?", "where am I at with protein?", "how many grams of fibre today",
     "how much protein did I have yesterday?", "how am I doing on fibre today", "protein so far?"],
)
def test_a_nutrient_of_the_day_is_a_summary(said: str) -> None:
    from agenthost_ceres.intents import clean

    request = understand(said, DialogState())
    assert request.intent == "summary", request
    assert tally_asked(clean(said)) or said == "protein so far?"


@pytest.mark.parametrize(
    "said",
    ["how much protein do I need?", "how much protein in 100g salmon", "how much fat per day should I eat", "how much protein in an egg",
     "how much fiber am i supposed to eat a day"],
)
def test_a_nutrient_of_a_food_or_of_needs_is_no_tally(said: str) -> None:
    assert not tally_asked(said) and understand(said, DialogState()).intent != "summary"


async def test_the_protein_so_far_leads_the_day(chat) -> None:
    await chat("breakfast 200g 0% greek yoghurt with 30g honey, lunch 150g grilled salmon and 200g cooked quinoa")
    reply = await chat("how much protein have I had so far today?")
    assert reply.text.startswith("Protein so far today: 62 g.")
    reply = await chat("what are my carbs at?")
    assert reply.text.startswith("Carbs so far today: 74 g.")


@pytest.mark.parametrize(
    ("said", "ids"),
    [("had a black coffee, no sugar", ["coffee"]), ("coffee without sugar", ["coffee"]), ("porridge with no honey", ["oatmeal"]),
     ("burger without mayo and fries", ["hamburger", "french_fries"]), ("a latte, no sugar", ["latte"]), ("coffee with sugar", ["coffee", "sugar"])],
)
def test_an_add_on_left_out_is_not_logged(said: str, ids: list[str]) -> None:
    assert [item.food.id for item in parse_meal(said, load_table()).items] == ids


async def test_a_day_of_meals_made_vegetarian_is_the_day_again(chat) -> None:
    await chat("plan my meals for tomorrow")
    reply = await chat("could you make that vegetarian")
    assert reply.text.startswith("Here's a day of meals (vegetarian)"), reply.text
    assert not re.search(r"chicken|salmon|tuna|beef|turkey|shrimp", reply.text, re.I)


async def test_the_bars_they_sell_at_the_gym_are_bars_for_you(chat) -> None:
    await chat("I'm coeliac, snack ideas for work?")
    reply = await chat("what about the protein bars they sell at the gym")
    assert "for you" in reply.text and "Helios" not in reply.text and "certified gluten-free" in reply.text, reply.text


async def test_a_free_from_food_said_is_not_warned_about(chat) -> None:
    await chat("I'm coeliac")
    reply = await chat("had gf toast and a bagel")
    assert "bagel: not gluten-free" in reply.text and "white bread: not gluten-free" not in reply.text, reply.text
    assert "didn't catch" not in reply.text
