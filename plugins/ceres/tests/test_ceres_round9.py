"""Round 9: a dish with what was in it listed, subs by length, a chain's own fillings, a milky
coffee's milk, a size corrected alone, a meal logged and the day's total asked in one message,
typos of short food words, and everyday questions that name a day."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from host.clock import pinned

from agenthost_ceres.dialog import DialogState
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.understand import understand

WEDNESDAY = datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)


def foods_of(text: str) -> list[str]:
    return [item.food.id for item in parse_meal(text, load_table()).items]


def kcal_of(text: str) -> float:
    return sum(item.to_json()["kcal"] for item in parse_meal(text, load_table()).items)


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        # the contents listed after a dish are the dish: logged instead of its typical row
        ("a full english (2 eggs, 2 sausages, bacon, beans, toast)", ["egg", "sausage", "bacon", "baked_beans", "white_bread"]),
        ("fry up: eggs, bacon, black pudding and toast", None),
        ("chipotle bowl: white rice, black beans, chicken, fajita veg, mild salsa, cheese, guac", [
            "chipotle_white_rice", "chipotle_black_beans", "chipotle_chicken", "chipotle_fajita_veg",
            "chipotle_tomato_salsa", "chipotle_cheese", "chipotle_guacamole",
        ]),
        ("a chipotle bowl with steak, brown rice, pinto beans and sour cream", [
            "chipotle_steak", "chipotle_brown_rice", "chipotle_pinto_beans", "chipotle_sour_cream",
        ]),
    ],
)
def test_a_dish_followed_by_its_contents_is_counted_once(text: str, foods: list[str] | None) -> None:
    found = foods_of(text)
    assert "full_english" not in found and "chipotle_chicken_bowl" not in found
    if foods is not None:
        assert found == foods


@pytest.mark.parametrize(
    "text",
    ["a big mac with fries and a coke", "a full english and a coffee", "a burger (no bun)"],
)
def test_a_dish_beside_other_foods_keeps_its_row(text: str) -> None:
    found = foods_of(text)
    assert any(food in found for food in ("big_mac", "full_english", "hamburger")), found


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a 6 inch sub", "turkey_sub_6inch", 300, 400),
        ("six-inch meatball sub", "meatball_sub_6inch", 380, 520),
        ('a 12" tuna sub', "tuna_sub_footlong", 750, 1000),
        ("footlong chicken teriyaki sub from subway", "chicken_teriyaki_sub_footlong", 600, 760),
        ("a foot long steak and cheese sub", "steak_sub_footlong", 700, 950),
        ("2 6 inch ham subs", "ham_sub_6inch", 600, 900),
    ],
)
def test_a_sub_by_its_length_is_one_sub_of_that_length(text: str, food: str, low: float, high: float) -> None:
    assert foods_of(text) == [food]
    assert low <= kcal_of(text) <= high


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        ("a 16 oz iced latte w whole milk", ["latte"]),
        ("2 cappuccinos with oat milk", ["cappuccino_grande"]),
        ("a flat white made with skimmed milk", ["flat_white"]),
        ("a coffee with milk", ["coffee_with_milk"]),  # a splash of milk in a mug (round 13), not a cup of milk beside it
    ],
)
def test_a_milky_coffees_milk_is_part_of_it(text: str, foods: list[str]) -> None:
    assert foods_of(text)[: len(foods)] == foods


@pytest.mark.parametrize(("text", "food"), [("2 egs on toast", "egg"), ("a flat wite", "flat_white")])
def test_short_food_typos_are_repaired(text: str, food: str) -> None:
    assert food in foods_of(text)


async def test_a_size_said_alone_corrects_the_last_meal(chat) -> None:
    with pinned(WEDNESDAY):
        first = await chat("lunch: footlong chicken teriyaki sub from subway with cheese + a choc chip cookie")
        assert "footlong" in first.text.lower() and "cookie" in first.text.lower()
        reply = await chat("wait it was a 6 inch not a footlong, fix that")
    assert re.search(r"chicken teriyaki sub \(2\d\d g\) instead of 1 footlong chicken teriyaki sub", reply.text), reply.text
    totals = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) kcal", reply.text)]
    assert any(400 <= total <= 650 for total in totals), reply.text


async def test_a_size_said_alone_other_ways(chat) -> None:
    with pinned(WEDNESDAY):
        await chat("I had a footlong meatball sub")
        reply = await chat("actually make that a six inch")
    assert re.search(r"meatball sub \(2\d\d g\) instead of 1 footlong meatball sub", reply.text), reply.text


async def test_a_meal_added_with_a_question_about_the_day_is_logged(chat, on_disk_log) -> None:
    with pinned(WEDNESDAY):
        await chat("chipotle bowl: white rice, black beans, chicken, guac. dinner tonight")
        reply = await chat("also had a 16 oz iced latte w whole milk this morning. total for today?")
    assert len(on_disk_log("meals.jsonl")) == 2
    assert "latte" in reply.text.lower() and "Today so far" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("been dying to try keto, sore from yesterday's spin class. is keto actually good for fat loss?", "faq"),
        ("my mate swears by paleo, he did it all last week. does paleo work?", "faq"),
        ("what did I eat yesterday?", "summary"),
        ("should i drink my protein shake before or after the gym", "faq"),
        ("shake b4 or after lifting?", "faq"),
        ("are frozen veggies as healthy as fresh ones?", "faq"),
        ("is frozen spinach as good as fresh", "faq"),
        ("do crunches burn belly fat", "faq"),
        ("can crunches give me a flat stomach", "faq"),
        ("what calorie target would you suggest?", "needs"),
        ("which calorie goal should I set", "needs"),
        ("lost 4 kg since last month, so 81 now. does my calorie number change?", "needs"),
    ],
)
def test_everyday_questions_and_needs_said_in_passing(text: str, intent: str) -> None:
    assert understand(text, DialogState()).intent == intent


@pytest.mark.parametrize(
    ("allergies", "message", "wanted", "unwanted"),
    [
        (["dairy", "egg"], "what about a shake after the gym?", r"pea or soy protein", r"\bwhey\b|milkshake|Milkshake"),
        (["dairy", "soy"], "what about a shake after the gym?", r"pea or rice protein", r"\bsoy\b|\bwhey\b"),
        (["dairy"], "how about a protein shake", r"plant-based", r"\bwhey\b"),
        (["egg", "dairy"], "what about some custard?", r"cornflour", r"\begg yolks?\b"),
    ],
)
async def test_what_about_an_unsafe_food_gets_its_safe_version(chat, context, allergies, message, wanted, unwanted) -> None:
    await context.store.update_profile(lambda profile: profile.update(diet={"allergies": allergies}))
    reply = await chat(message)
    assert re.search(wanted, reply.text), reply.text
    assert not re.search(unwanted, reply.text), reply.text


@pytest.mark.parametrize(
    "message",
    ["¿cuánta proteína al día?", "combien de protéines par jour ?", "wie viel Eiweiß brauche ich", "quanta proteina preciso por dia"],
)
def test_protein_needs_asked_in_another_language(message: str) -> None:
    assert understand(message, DialogState()).intent == "protein"


async def test_protein_per_pound_when_asked(chat, context) -> None:
    await context.store.update_profile(lambda p: p.update(age=25, sex="male", height_cm=188, weight_kg=95.3, activity_level="moderate"))
    reply = await chat("cals and protein? give me protein in grams per pound pls")
    assert re.search(r"\d\.\d–\d\.\d g per lb", reply.text), reply.text
    assert re.search(r"\d,\d{3} kcal", reply.text)


async def test_the_weight_said_now_is_the_one_used(chat, context) -> None:
    await context.store.update_profile(lambda p: p.update(age=39, sex="male", height_cm=175, weight_kg=85))
    reply = await chat("lost 4 kg since last month actually, so 81 now. does my calorie number change?")
    assert "kcal" in reply.text and "81" in reply.text, reply.text


@pytest.mark.parametrize("follow", ["cool, amounts for 4 people?", "can you make it for two", "it needs to serve 6", "for the 3 of us"])
async def test_ideas_scaled_for_several_people(chat, follow: str) -> None:
    await chat("quick high protein dinner idea?")
    reply = await chat(follow)
    count = re.search(r"amounts for (\d+) people", reply.text)
    assert count is not None and int(count.group(1)) in (2, 3, 4, 6), reply.text
    assert re.search(r"\d+ g\b", reply.text)


@pytest.mark.parametrize("follow", ["in summer when its hot?", "what about in a heatwave", "when it's really hot out"])
async def test_a_short_follow_up_on_an_everyday_answer_takes_its_facet(chat, follow: str) -> None:
    await chat("how much water should I drink?")
    reply = await chat(follow)
    assert re.search(r"\bmore\b|sweat", reply.text), reply.text


@pytest.mark.parametrize(
    "message",
    ["friday I'm getting a takeaway instead, what's the safest to order?", "we're eating out tonight, what should I order?", "what can I order from the chinese takeaway"],
)
async def test_a_takeaway_with_an_allergy_says_how_to_order_safely(chat, context, message: str) -> None:
    await context.store.update_profile(lambda p: p.update(diet={"allergies": ["sesame", "peanuts"]}))
    reply = await chat(message)
    assert re.search(r"allerg", reply.text) and re.search(r"\b(?:tell|mention|ask)\b", reply.text), reply.text
    said = "\n".join(line for line in reply.text.split("Source")[0].splitlines() if not line.startswith("⚠️"))  # a warning of where they hide names them
    assert not re.search(r"\b(?:sesame|tahini|satay|peanut)\b", said.lower().replace("your sesame", "").replace("peanut allergy", ""))


async def test_a_takeaway_without_an_allergy_gets_the_lighter_choices(chat) -> None:
    reply = await chat("what's the healthiest takeaway?")
    assert "grilled" in reply.text and "allergen information" not in reply.text


@pytest.mark.parametrize(
    "pick",
    ["greek yogurt with berries it is. log it pls, like 200g", "ok the tuna sandwich, log that", "going with eggs on toast, add it please"],
)
async def test_a_pick_with_log_it_is_logged(chat, on_disk_log, pick: str) -> None:
    await chat("what should I have for lunch?")
    reply = await chat(pick)
    assert on_disk_log("meals.jsonl"), reply.text
    assert "Logged" in reply.text or "Added" in reply.text


async def test_log_it_after_ideas_never_undoes(chat, on_disk_log) -> None:
    await chat("I had an apple")
    await chat("snack ideas?")
    await chat("a banana, log it")
    assert len(on_disk_log("meals.jsonl")) == 2


@pytest.mark.parametrize("message", ["how much protein in one scoop usualy", "how much protein is in 1 scoop", "how much protein in a scoop"])
async def test_a_scoop_alone_is_a_scoop_of_protein_powder(chat, message: str) -> None:
    reply = await chat(message)
    assert re.search(r"\b2\d g protein\b", reply.text), reply.text
