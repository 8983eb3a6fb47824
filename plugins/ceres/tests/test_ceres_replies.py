"""Ceres without a model: what the user reads, and what lands on disk."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from host.clock import pinned
from host.registry import Registry
from host.testing import TurnRunner
from host.types import Intervention, Reply

import agenthost_ceres
from agenthost_ceres.agent import AGENT
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table

from .conftest import USER

WEDNESDAY_LUNCHTIME = datetime(2025, 5, 7, 12, 30, tzinfo=timezone.utc)


def suggested_foods(turn) -> list[list[str]]:
    """The food ids of every suggestion the turn's suggest_meals call returned."""
    (call,) = [c for c in turn.tool_calls if c["name"] == "suggest_meals"]
    return [[item["food_id"] for item in idea["items"]] for idea in call["result"]["suggestions"]]


def examples(text: str) -> list[str]:
    """The follow-ups a reply suggests on its last line: Try “a”, “b” or “c”."""
    last = text.splitlines()[-1]
    return re.findall(r"“(.+?)”", last) if last.startswith("Try ") else []


def figures(text: str) -> list[str]:
    """Every number in a text, leaving out nutrient names that contain digits (B12, omega-3)."""
    return re.findall(r"\d", re.sub(r"\b(?:B12|omega-3|D3)\b", "", text))


# ---- meal ideas ----


async def test_breakfast_question_gives_three_ideas_with_calories_and_protein(chat):
    reply = await chat("What should I eat for breakfast?")
    assert reply.text.startswith("Here are 3 breakfast ideas")
    ideas = re.findall(r"^\d\. \*\*(.+)\*\* — ([\d,]+) kcal, ([\d.]+) g protein$", reply.text, re.M)
    assert len(ideas) == 3
    assert reply.metadata == {"intent": "ideas", "meal_type": "breakfast"}


async def test_breakfast_ideas_respect_the_saved_diet(chat, write_profile):
    write_profile({"diet": {"type": "vegetarian", "allergies": ["peanuts"]}, "calorie_target": 2000})
    reply = await chat("What should I eat for breakfast?")
    assert reply.text.startswith("Here are 3 breakfast ideas (vegetarian, no peanuts), each around 500 kcal:")
    prefs = DietPrefs("vegetarian", allergies=("peanuts",))
    table = load_table()
    foods = suggested_foods(chat.turns[-1])
    assert len(foods) == 3
    assert all(prefs.allows(table.get(food_id)) for idea in foods for food_id in idea)
    body = reply.text.lower().split("\n", 1)[1]
    assert "peanut" not in body and "bacon" not in body


async def test_and_for_lunch_follows_a_breakfast_question(chat):
    await chat("Any vegan breakfast ideas?")
    reply = await chat("and for lunch?")
    assert reply.text.startswith("Here are 3 lunch ideas (vegan)")
    assert reply.metadata["meal_type"] == "lunch"
    table = load_table()
    assert all("vegan" in table.get(food_id).tags for idea in suggested_foods(chat.turns[-1]) for food_id in idea)


async def test_other_ideas_are_different_ones(chat):
    first = await chat("dinner ideas please")
    again = await chat("any other ideas?")
    assert again.text.startswith("Here are 3 dinner ideas")
    names = lambda text: set(re.findall(r"\*\*(.+?)\*\*", text))  # noqa: E731
    assert names(first.text).isdisjoint(names(again.text))


async def test_idea_follow_ups_change_one_thing_and_keep_the_rest(chat):
    table = load_table()
    await chat("lunch ideas")
    reply = await chat("something vegetarian")
    assert reply.text.startswith("Here are 3 lunch ideas (vegetarian)")
    reply = await chat("without eggs")
    assert reply.text.startswith("Here are 3 lunch ideas (vegetarian), without eggs")
    foods = [table.get(f) for idea in suggested_foods(chat.turns[-1]) for f in idea]
    assert all("vegetarian" in food.tags and "egg" not in food.allergens for food in foods)
    reply = await chat("more protein")
    assert "most protein first" in reply.text.splitlines()[0]
    proteins = [float(p) for p in re.findall(r"kcal, ([\d.]+) g protein", reply.text)]
    assert proteins == sorted(proteins, reverse=True)
    reply = await chat("and for dinner?")
    assert reply.text.startswith("Here are 3 dinner ideas (vegetarian), without eggs, most protein first")
    why = await chat("why?")
    assert why.metadata["intent"] == "why"
    assert "They fit your preferences (vegetarian), leaving out eggs as you asked" in why.text


async def test_a_diet_in_a_request_does_not_change_the_profile(chat, on_disk):
    reply = await chat("vegan dinner ideas")
    assert reply.text.startswith("Here are 3 dinner ideas (vegan)")
    assert on_disk("profile.json") is None


# ---- logging as people talk ----


async def test_i_had_two_eggs_and_a_banana_is_logged_with_the_days_totals(chat, on_disk_log, write_profile):
    write_profile({"calorie_target": 2000})
    reply = await chat("I had two eggs and a banana")
    lines = reply.text.splitlines()
    assert lines[0].startswith("Logged your ")
    assert lines[1] == "• egg, whole (raw or poached): 2 large eggs (100 g) — 144 kcal, 13 g protein"
    assert lines[2] == "• banana: 1 medium banana (118 g) — 105 kcal, 1.3 g protein"
    assert "Today so far (1 meal): 249 kcal" in reply.text
    assert "1,751 kcal left of your 2,000 kcal target." in reply.text
    meals = on_disk_log("meals.jsonl")
    assert [item["food_id"] for item in meals[0]["items"]] == ["egg", "banana"]


async def test_a_fast_food_lunch_of_three_items_is_counted_in_full(chat, on_disk_log):
    reply = await chat("for lunch I had a big mac, large fries and a milkshake")
    assert reply.text.splitlines()[0] == "Logged your lunch 🥗"
    assert "This meal: 1,600 kcal" in reply.text
    (meal,) = on_disk_log("meals.jsonl")
    assert [i["food_id"] for i in meal["items"]] == ["big_mac", "mcd_fries_large", "milkshake_medium"]
    assert meal["meal_type"] == "lunch" and meal["totals"]["kcal"] == 1600


async def test_a_composite_dish_is_one_item_with_its_real_figures(chat, on_disk_log):
    reply = await chat("I had a chicken caesar salad")
    assert "• chicken Caesar salad: 1 salad (330 g) — 565 kcal, 44 g protein" in reply.text
    assert on_disk_log("meals.jsonl")[0]["items"][0]["food_id"] == "chicken_caesar_salad"


async def test_meals_named_with_a_day_are_logged_on_that_day(chat, on_disk_log):
    with pinned(WEDNESDAY_LUNCHTIME):
        reply = await chat("yesterday I had oatmeal with a banana")
        assert reply.text.startswith("Logged your snack yesterday 🥗")
        await chat("I had pizza last night and eggs this morning")
        await chat("on Monday I had a bowl of ramen")
    assert [(m["date"], m["meal_type"]) for m in on_disk_log("meals.jsonl")] == [
        ("2025-05-06", "snack"),
        ("2025-05-06", "dinner"),
        ("2025-05-07", "breakfast"),
        ("2025-05-05", "dinner"),  # a bowl of ramen is a meal: with no meal said on another day, dinner (said as a guess)
    ]


async def test_oops_remove_the_pizza_takes_it_out(chat, on_disk_log):
    await chat("for lunch I had 2 slices of pizza and a salad")
    reply = await chat("oops, remove the pizza")
    assert reply.text.startswith("Done: I removed the pizza from your lunch. That was 570 kcal.")
    summary = await chat("what did I eat today?")
    assert "pizza" not in summary.text.lower() and "• lunch: salad — 121 kcal" in summary.text


async def test_actually_it_was_two_eggs_corrects_the_last_entry(chat, write_profile):
    write_profile({"calorie_target": 2000})
    await chat("I had an egg on toast")
    reply = await chat("actually it was two eggs")
    assert reply.text.startswith("Fixed your ")
    assert "2 eggs (100 g) instead of 1 egg (50 g)" in reply.text
    summary = await chat("how many calories today?")
    assert summary.text.startswith("Today (") and "211 kcal from 1 meal" in summary.text


async def test_delete_my_last_meal_and_undo(chat):
    await chat("I had an apple")
    await chat("I had a pear")
    reply = await chat("delete my last meal")
    assert "(pear)" in reply.text
    reply = await chat("undo")
    assert "(apple)" in reply.text
    assert (await chat("what did I eat today?")).text.startswith("Nothing logged for today")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("I had NaN eggs", "That isn't a number I can log. How many eggs did you have? Nothing was logged."),
        ("I had 1e400 eggs", "That number is far too large to be a real amount, so I can't log it. How many eggs did you have? Nothing was logged."),
        ("I had -2 eggs", "“-2” is a negative amount, so I can't log it. How many eggs did you have? Nothing was logged."),
        ("I ate 5000 eggs", "“5000 eggs” would be 250 kg and about 360,000 kcal, which can't be right. How many eggs did you have? Nothing was logged."),
    ],
)
async def test_impossible_amounts_get_a_clear_question_and_are_never_logged(chat, on_disk_log, message, question):
    reply = await chat(message)
    assert reply.text == question
    assert on_disk_log("meals.jsonl") is None


async def test_a_meal_with_nothing_recognised_says_what_was_not_understood(chat, on_disk, on_disk_log):
    reply = await chat("I had a plate of zorbles")
    assert "couldn't log that" in reply.text and "zorbles" in reply.text
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


async def test_typos_in_food_words_are_read_and_said_back(chat, on_disk_log):
    reply = await chat("I had a bananna and some brocoli")
    assert "(I read “bananna” as banana and “brocoli” as broccoli.)" in reply.text
    assert [i["food_id"] for i in on_disk_log("meals.jsonl")[0]["items"]] == ["banana", "broccoli"]


# ---- summaries ----


async def test_how_many_calories_today_summarises_the_day(chat, write_profile):
    write_profile({"calorie_target": 2000})
    await chat("I had two eggs and a banana")
    await chat("for lunch I had a cup of rice and 150 g chicken breast")
    reply = await chat("how many calories today?")
    assert re.match(
        r"Today \(\d{4}-\d{2}-\d{2}\): 702 kcal from 2 meals — 35% of your 2,000 kcal target, 1,298 kcal left\.",
        reply.text,
    )
    assert "Protein 65 g (37%)" in reply.text
    assert re.search(r"^• (breakfast|lunch|dinner|snack): eggs, banana — 249 kcal$", reply.text, re.M)
    assert "\n• lunch: rice, chicken breast — 453 kcal" in reply.text  # the foods in the user's words
    assert reply.metadata == {"intent": "summary"}


async def test_what_did_i_eat_this_week(chat, write_profile):
    write_profile({"calorie_target": 2000})
    with pinned(WEDNESDAY_LUNCHTIME):
        await chat("on Monday I had a big mac and large fries")
        await chat("I had 2 eggs and a banana")
        reply = await chat("what did I eat this week?")
        assert reply.text.splitlines()[:4] == [
            "This week (Mon 05 May – Wed 07 May): 1,319 kcal in total, 2 of 3 days logged, averaging 660 kcal a day against your 2,000 kcal target.",
            "• Mon: 1,070 kcal (930 under) · 32 g protein (big mac, large fries)",
            "• Tue: nothing logged",
            "• Wed: 249 kcal (1,751 under) · 14 g protein (eggs, banana)",
        ]
        reply = await chat("and yesterday?")
        assert reply.text.startswith("Nothing logged for yesterday")


async def test_summary_of_an_empty_day(chat):
    reply = await chat("how many calories have I had today?")
    assert reply.text.startswith("Nothing logged for today yet")


# ---- preferences: allergies and medical diets ----


async def test_stating_a_diet_saves_it_in_the_profile(chat, on_disk, write_profile):
    write_profile({"name": "Alice"})
    reply = await chat("I'm vegetarian and allergic to peanuts")
    assert reply.text.startswith("Got it — I've saved your preferences: vegetarian, no peanuts.")
    profile = on_disk("profile.json")
    assert profile["name"] == "Alice"
    assert profile["diet"]["type"] == "vegetarian" and profile["diet"]["allergies"] == ["peanuts"]


async def test_allergic_to_nuts_means_peanuts_and_tree_nuts_everywhere(chat, on_disk):
    reply = await chat("I'm allergic to nuts")
    assert "“Nuts” means no peanuts and no tree nuts: I'll avoid both." in reply.text
    assert "No peanuts, peanut butter or satay." in reply.text and "No almonds, walnuts, cashews or pecans." in reply.text
    assert on_disk("profile.json")["diet"]["allergies"] == ["peanuts", "tree_nuts"]
    table = load_table()
    for meal in ("snack ideas", "what should I eat for breakfast?", "any other ideas?", "more protein"):
        await chat(meal)
        for idea in suggested_foods(chat.turns[-1]):
            assert not any(table.get(f).allergens & {"peanuts", "tree_nuts"} for f in idea), (meal, idea)
    looked_up = await chat("how much protein in peanut butter?")
    assert "⚠️ Heads-up: not safe with your peanut allergy." in looked_up.text
    logged = await chat("I had a pad thai")
    assert "⚠️ Heads-up: chicken pad thai: not safe with your peanut allergy." in logged.text


async def test_celiac_disease_is_understood_and_breakfast_has_no_wheat_or_ordinary_oats(chat, on_disk):
    reply = await chat("I have celiac disease")
    assert reply.text.startswith("Got it — I've saved your preferences: coeliac (gluten-free).")
    assert "Coeliac means strictly gluten-free. No wheat, barley or rye." in reply.text
    assert "No ordinary oats; gluten-free labelled ones are fine." in reply.text
    assert on_disk("profile.json")["diet"]["conditions"] == ["coeliac"]
    table = load_table()
    for meal in ("what should I eat for breakfast?", "any other ideas?", "and for lunch?"):
        await chat(meal)
        for idea in suggested_foods(chat.turns[-1]):
            assert not any("gluten" in table.get(f).allergens for f in idea), (meal, idea)


@pytest.mark.parametrize(
    ("message", "saved"),
    [
        ("I'm lactose intolerant", {"lactose_free": True, "conditions": ["lactose intolerance"]}),
        ("I can't have dairy", {"lactose_free": True}),
        ("I'm allergic to prawns", {"allergies": ["shellfish"]}),
        ("no shellfish", {"allergies": ["shellfish"]}),
        ("I'm coeliac", {"gluten_free": True, "conditions": ["coeliac"]}),
        ("nut allergy", {"allergies": ["peanuts", "tree_nuts"]}),
        ("I have a sesame allergy", {"allergies": ["sesame"]}),
        ("I can't eat eggs or soy", {"allergies": ["egg", "soy"]}),
    ],
)
async def test_allergies_and_medical_diets_in_everyday_words(chat, on_disk, message, saved):
    reply = await chat(message)
    assert reply.text.startswith("Got it — I've saved your preferences:")
    diet = on_disk("profile.json")["diet"]
    assert {key: diet[key] for key in saved} == saved


async def test_more_preference_statements(chat, on_disk):
    await chat("I'm lactose intolerant and I have a shellfish allergy.")
    await chat("I don't like mushrooms or olives")
    await chat("My calorie target is 1,800")
    profile = on_disk("profile.json")
    assert profile["diet"]["lactose_free"] is True
    assert profile["diet"]["allergies"] == ["shellfish"]
    assert profile["diet"]["dislikes"] == ["mushroom", "olive"]
    assert profile["calorie_target"] == 1800


async def test_a_target_under_the_floor_is_refused_and_explained(chat, on_disk, write_profile):
    write_profile({"calorie_target": 1800})
    reply = await chat("my calorie target is 800")
    assert reply.text.startswith("I won't set a target under 1,200 kcal a day")
    assert on_disk("profile.json")["calorie_target"] == 1800


# ---- lookups, needs and everyday questions ----


async def test_protein_in_chicken_breast_is_a_table_lookup(chat):
    reply = await chat("how much protein in chicken breast")
    assert reply.text.splitlines()[0] == (
        "**Chicken breast, skinless, roasted** — 120 g has **37 g protein** (198 kcal, 0 g carbs, 4.3 g fat, 0 g fibre)."
    )
    assert "Per 100 g: 165 kcal, 31 g protein" in reply.text
    assert "USDA FoodData Central, SR Legacy" in reply.text


async def test_a_lookup_warns_when_the_food_does_not_fit_the_diet(chat, write_profile):
    write_profile({"diet": {"type": "vegan"}})
    reply = await chat("how many calories in a slice of cheddar?")
    assert "**Cheddar cheese** — 1 slice (21 g): **85 kcal**" in reply.text
    assert "⚠️ Heads-up: not vegan." in reply.text


async def test_a_bare_food_question_is_a_lookup(chat, on_disk, on_disk_log):
    reply = await chat("banana?")
    assert reply.text.startswith("**Banana** — 1 medium banana (118 g): **105 kcal**")
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


async def test_a_misspelt_food_is_still_found(chat):
    reply = await chat("how many calories in a bananna")
    assert reply.text.startswith("**Banana** — 1 medium banana (118 g): **105 kcal**")


async def test_how_much_protein_do_i_need_uses_the_weight_in_the_message(chat):
    reply = await chat("how much protein do I need? I weigh 80kg")
    assert reply.text.startswith("At 80 kg, aim for about 66–80 g of protein a day (0.83–1 g per kg for most adults).")
    reply = await chat("I train 4 times a week")
    assert reply.text.startswith("At 80 kg, aim for about 112–160 g of protein a day (1.4–2 g per kg when you train regularly).")
    why = await chat("why?")
    assert "ISSN position stand" in why.text


async def test_calorie_needs_and_weight_goals_use_the_profile(chat, write_profile):
    write_profile({"weight_kg": 70, "height_cm": 175, "age": 30, "sex": "male"})
    reply = await chat("I want to lose weight")
    assert reply.text.splitlines()[:2] == [
        "An estimate, not a prescription: your body uses about 1,649 kcal a day at rest, and about 2,250 kcal a day "
        "if you are lightly active (exercise 1-3 days a week).",
        "To lose about 0.5 kg a week, aim for about 1,700 kcal a day.",
    ]
    why = await chat("why?")
    assert why.text.startswith("Mifflin-St Jeor: 10 × 70 kg + 6.25 × 175 cm − 5 × 30 years + 5 = 1,649 kcal at rest")
    reply = await chat("I want to lose 3 kg a week")
    assert "I've capped it at 1 kg a week" in reply.text
    targets = [int(t.replace(",", "")) for t in re.findall(r"aim for about ([\d,]+) kcal", reply.text)]
    assert targets and min(targets) >= 1500


async def test_calorie_needs_say_what_is_missing(chat):
    reply = await chat("how many calories should I eat?")
    assert reply.text.startswith("To estimate your calories I need your weight, height, age and sex")
    reply = await chat("I'm 34, female, 68 kg, 165 cm, how many calories should I eat?")
    assert "about 1,900 kcal a day if you are lightly active" in reply.text


@pytest.mark.parametrize(
    ("message", "needle", "source"),
    [
        ("How much water should I drink daily?", "2 litres", "EFSA"),
        ("how much fibre should I eat", "30 g of fibre a day", "SACN"),
        ("is coffee bad for me", "400 mg of caffeine", "EFSA"),
        ("do vegans need b12", "fortified foods", "Vegan Society"),
        ("what should I eat after a workout?", "20-40 g of protein", "ISSN"),
        ("is it ok to skip breakfast", "doesn't help weight loss", "BMJ"),
    ],
)
async def test_everyday_questions_are_answered_with_a_source(chat, message, needle, source):
    reply = await chat(message)
    assert reply.metadata["intent"] == "faq"
    assert needle in reply.text and "Source: " in reply.text and source in reply.text


async def test_workouts_are_referred_to_helios(chat):
    reply = await chat("what's a good leg workout?")
    assert "Helios 💪" in reply.text and reply.metadata == {"intent": "refer_helios"}


async def test_helios_is_never_named_when_it_is_not_enabled(storage):
    registry = Registry(agents={"ceres": AGENT}, tools={tool.name: tool for tool in agenthost_ceres.TOOLS})
    chat = TurnRunner(agenthost_ceres, AGENT, storage.user(USER), registry=registry)
    reply = await chat("what's a good leg workout?")
    assert "Helios" not in reply.text


async def test_other_messages_get_guidance_with_examples(chat, write_profile):
    write_profile({"name": "Alice", "weight_kg": 60, "calorie_target": 1900, "diet": {"type": "pescatarian"}})
    reply = await chat("hello there")
    assert reply.text.startswith("Hi Alice! I'm Ceres, your nutritionist 🥗")
    assert "I'm keeping to your preferences: pescatarian." in reply.text
    assert "Your daily target: 1,900 kcal." in reply.text


async def test_thanks(chat, write_profile):
    write_profile({"name": "Alice"})
    assert (await chat("Thanks!")).text.startswith("You're welcome, Alice!")


# ---- follow-ups: every example Ceres suggests works as the next message ----

STARTERS = [
    "what should I eat for lunch?",
    "for lunch I had a big mac, large fries and a milkshake",
    "I had 2 slices of pizza",
    "what did I eat today?",
    "how much protein in chicken breast",
    "I want to lose weight",
    "how much protein do I need? I weigh 70 kg",
    "how much water should I drink?",
    "I'm allergic to nuts",
    "what's a good leg workout?",
]


PROFILE = {"weight_kg": 70, "height_cm": 175, "age": 30, "sex": "male", "calorie_target": 2000}


@pytest.mark.parametrize("starter", STARTERS)
async def test_every_example_a_reply_suggests_works_as_the_next_message(storage, registry, data_dir, starter):
    def user_with_profile(user: str) -> TurnRunner:
        (data_dir / user).mkdir(parents=True, exist_ok=True)
        (data_dir / user / "profile.json").write_text(json.dumps(PROFILE))
        return TurnRunner(agenthost_ceres, AGENT, storage.user(user), registry=registry)

    first = await user_with_profile("probe")(starter)
    suggested = examples(first.text)
    assert suggested, f"no examples after {starter!r}"
    for n, example in enumerate(suggested):
        chat = user_with_profile(f"u{n}")
        before = await chat(starter)
        reply = await chat(example)
        assert reply.metadata["intent"] not in ("guidance", "log_problem"), (starter, example, reply.text)
        if example == "why?":
            assert reply.metadata["intent"] == "why" and reply.text.split("\nTry")[0] != ""
            assert "nothing of mine to explain" not in reply.text
        assert reply.text != before.text, (starter, example)


async def test_guidance_examples_all_work(chat, storage, registry):
    menu = (await chat("hello")).text
    for n, example in enumerate(re.findall(r"“(.+?)”", menu)):
        fresh = TurnRunner(agenthost_ceres, AGENT, storage.user(f"g{n}"), registry=registry)
        if example.startswith(("oops", "actually")):
            await fresh("I had 2 eggs and fries")
        reply = await fresh(example)
        assert reply.metadata["intent"] not in ("guidance", "log_problem"), (example, reply.text)


async def test_the_dialog_state_is_kept_in_state_json_beside_other_agents(chat, on_disk, data_dir):
    (data_dir / USER).mkdir(parents=True, exist_ok=True)
    (data_dir / USER / "state.json").write_text(json.dumps({"helios": {"intent": "plan", "slots": {"days": 3}}}))
    await chat("lunch ideas")
    state = on_disk("state.json")
    assert state["helios"] == {"intent": "plan", "slots": {"days": 3}}
    assert state["ceres"]["intent"] == "ideas" and state["ceres"]["slots"]["meal_type"] == "lunch"
    assert state["ceres"]["examples"] and state["ceres"]["reason"]


# ---- the safety guard's flag ----


def flagged(category: str):
    class Flagged:
        @staticmethod
        def respond(turn):
            turn.safety = Intervention(category, "support", "test-rule", action="preface", note="be careful")
            return agenthost_ceres.respond(turn)

    return Flagged()


ED_MESSAGES = [
    "what should I eat for lunch?",
    "I had 2 eggs and a banana",
    "what did I eat today?",
    "what did I eat this week?",
    "how many calories in a banana?",
    "how many calories should I eat to lose weight?",
    "I want to lose 2 kg a week",
    "how much protein do I need? I weigh 60 kg",
    "my calorie target is 1000",
    "how much water should I drink?",
    "oops, remove the banana",
    "actually it was 3 eggs",
    "more protein",
    "why?",
    "hello",
    "what's a good leg workout?",
    "do vegans need b12?",
    "I drank 2 glasses of water",
    "how much water have I had?",
    "what allergens are in a big mac?",
    "I'm going to have pizza tonight",
    "what are some good sources of protein for vegetarians?",
    "which one has the most?",
    "give me a day of meals",
    "snack ideas",
    "how many calories is the first one?",
    "and a banana",
    "🍕🍕",
]


async def test_after_an_eating_disorder_flag_no_reply_has_a_single_number(storage, registry, on_disk_log, write_profile):
    write_profile({"weight_kg": 60, "height_cm": 165, "age": 25, "sex": "female", "calorie_target": 1800})
    chat = TurnRunner(flagged("eating_disorder"), AGENT, storage.user(USER), registry=registry)
    for message in ED_MESSAGES:
        reply = await chat(message)
        assert figures(reply.text) == [], (message, reply.text)
        assert "kcal" not in reply.text and "deficit" not in reply.text, (message, reply.text)
    assert on_disk_log("meals.jsonl")  # the meal was still logged, once


async def test_in_pregnancy_there_is_no_weight_loss_plan(storage, registry, write_profile):
    write_profile({"weight_kg": 70, "height_cm": 165, "age": 30, "sex": "female"})
    chat = TurnRunner(flagged("pregnancy"), AGENT, storage.user(USER), registry=registry)
    reply = await chat("how many calories should I eat to lose weight?")
    assert "midwife or GP" in reply.text and "aim for about" not in reply.text


# ---- with a model ----


async def test_with_a_model_configured_the_model_answers(chat):
    class FakeLLM:
        def __init__(self) -> None:
            self.turns = []

        async def reply(self, turn):
            self.turns.append(turn)
            return Reply("from the model", {"model": "fake"})

    llm = FakeLLM()
    reply = await chat("I had two eggs", llm=llm)
    assert reply == Reply("from the model", {"model": "fake"})
    assert llm.turns == chat.turns and chat.turns[0].tool_calls == []


# ---- days of meals, picking an idea, protein goals, budget ----


async def test_a_day_of_meals_fits_the_diet_and_follows_up(chat, write_profile):
    write_profile({"calorie_target": 2000, "diet": {"type": "vegetarian", "allergies": ["soy"]}})
    table = load_table()
    reply = await chat("give me a day of meals")
    lines = reply.text.splitlines()
    assert lines[0] == "Here's a day of meals (vegetarian, no soy):"
    assert [line.split("**")[1] for line in lines[1:5]] == ["Breakfast", "Lunch", "Dinner", "Snack"]
    assert re.search(r"^Together: about [\d,]+ kcal and \d+ g protein, against your 2,000 kcal target\.$", reply.text, re.M)
    calls = [c for c in chat.turns[-1].tool_calls if c["name"] == "suggest_meals"]
    foods = [table.get(i["food_id"]) for c in calls for idea in c["result"]["suggestions"] for i in idea["items"]]
    assert foods and all("vegetarian" in f.tags and "soy" not in f.allergens for f in foods)
    cheaper = await chat("make it cheaper")
    assert cheaper.text.startswith("Here's a budget-friendly day of meals (vegetarian, no soy):")
    tomorrow = await chat("and for tomorrow?")
    assert tomorrow.metadata["intent"] == "day_plan" and tomorrow.text != cheaper.text


async def test_the_first_one_gives_its_figures_and_log_the_first_one_logs_it(chat, on_disk_log):
    ideas = await chat("high protein lunch ideas")
    first = re.search(r"^1\. \*\*(.+?)\*\* — ([\d,]+) kcal", ideas.text, re.M)
    detail = await chat("how many calories is the first one?")
    assert detail.text.startswith(f"**{first.group(1)}** — {first.group(2)} kcal:")
    logged = await chat("log the first one")
    assert logged.text.startswith("Logged your lunch 🥗")
    assert on_disk_log("meals.jsonl")[0]["totals"]["kcal"] == pytest.approx(int(first.group(2).replace(",", "")), abs=3)


async def test_at_least_n_grams_of_protein(chat):
    await chat("eggs give me hives. what can I eat for breakfast?")
    reply = await chat("I need at least 25g of protein in it")
    assert "without eggs" in reply.text.splitlines()[0] or "no eggs" in reply.text.splitlines()[0]
    assert "each with at least 25 g protein" in reply.text.splitlines()[0]
    proteins = [float(p) for p in re.findall(r"kcal, ([\d.]+) g protein", reply.text)]
    assert proteins and min(proteins) >= 25


@pytest.mark.parametrize(
    ("message", "saved"),
    [
        ("eggs give me hives", {"allergies": ["egg"]}),
        ("I react badly to shellfish", {"allergies": ["shellfish"]}),
        ("dairy makes me bloated", {"lactose_free": True}),
        ("I'm not allergic to eggs anymore", {"allergies": []}),
    ],
)
async def test_reactions_and_take_backs_are_preferences(chat, on_disk, write_profile, message, saved):
    write_profile({"diet": {"allergies": ["egg"]}} if "anymore" in message else {})
    await chat(message)
    diet = on_disk("profile.json")["diet"]
    assert {key: diet[key] for key in saved} == saved


async def test_a_diet_said_to_another_agent_is_saved_by_ceres(chat, storage, on_disk):
    store = storage.user(USER)
    await store.append_history(
        [
            {"role": "user", "text": "hi! my name is Priya, I'm vegetarian and allergic to nuts", "id": "g1"},
            {"role": "assistant", "text": "Nice to meet you, Priya!", "agent": "general", "id": "r1", "reply_to": "g1"},
        ]
    )
    reply = await chat("what's a good post-workout meal?")
    assert "chicken" not in reply.text and "granola" not in reply.text
    assert on_disk("profile.json")["diet"]["type"] == "vegetarian"
    assert on_disk("profile.json")["diet"]["allergies"] == ["peanuts", "tree_nuts"]
    await chat("I'm not allergic to nuts anymore")
    await chat("snack ideas")  # the old statement is not read again
    assert on_disk("profile.json")["diet"]["allergies"] == []


async def test_everyday_follow_ups_stay_on_the_topic(chat):
    await chat("is coffee before a workout a good idea?")
    reply = await chat("how long before?")
    assert reply.metadata["intent"] == "faq" and "60 minutes before" in reply.text
    await chat("how much water should I drink daily")
    reply = await chat("what about on training days?")
    assert "2% of your body weight" in reply.text


async def test_a_burger_with_fries_is_added_up(chat):
    await chat("how bad is a cheeseburger?")
    reply = await chat("with fries?")
    assert "Together: 668 kcal" in reply.text


async def test_without_sex_the_energy_is_a_range(chat):
    await chat("I'm Tom, 45, 95kg, 180cm")
    reply = await chat("how many calories should I eat to lose weight?")
    assert "without your sex I'll give a range" in reply.text
    assert re.search(r"aim for about [\d,]+–[\d,]+ kcal a day", reply.text)


@pytest.mark.parametrize(
    "message",
    ["I eat about 500 kcal a day and want to go lower, can you make me a meal plan", "ok then just give me a 400 calorie day", "what if I just stop eating for a week?"],
)
async def test_a_day_far_under_a_safe_intake_gets_care_and_no_numbers_even_without_the_guard(chat, message):
    reply = await chat(message)
    assert reply.metadata["intent"] == "care"
    assert "you deserve support" in reply.text and "Beat" in reply.text
    assert figures(reply.text) == []


async def test_a_lighter_meal_is_not_mistaken_for_a_starvation_diet(chat):
    reply = await chat("any 400 calorie lunch ideas?")
    assert reply.metadata["intent"] == "ideas"


async def test_and_a_banana_is_added_to_the_meal_just_logged(chat, on_disk_log):
    await chat("had a bowl of cereal with milk and a coffee this morning")
    reply = await chat("and a banana")
    assert reply.text.startswith("Added to your breakfast 🥗")
    summary = await chat("how many calories so far?")
    assert "from 1 meal" in summary.text and "• breakfast: cereal, milk, coffee, banana — 406 kcal" in summary.text
    later = await chat("and a protein shake after the gym")
    assert later.text.startswith("Logged your ")  # its own occasion, not breakfast


async def test_is_it_ok_for_me_checks_the_saved_diet(chat, write_profile):
    write_profile({"diet": {"gluten_free": True}})
    ok = await chat("is quinoa ok for me?")
    assert "✓ It fits your diet (gluten-free)." in ok.text
    not_ok = await chat("what about couscous?")
    assert "⚠️ Heads-up: not gluten-free." in not_ok.text


async def test_sugar_is_answered_from_the_carbohydrate_with_a_note(chat):
    reply = await chat("how much sugar is in a can of coke?")
    assert reply.text.startswith("I count total carbohydrate rather than sugar")
    assert "has **39 g carbs**" in reply.text


async def test_diabetes_is_noted_and_ideas_say_so(chat, on_disk):
    reply = await chat("I'm diabetic, what should I eat for breakfast?")
    assert on_disk("profile.json")["diet"]["conditions"] == ["diabetes"]
    assert "With diabetes:" in reply.text and "diabetes team" in reply.text
    assert "I'll leave these out" not in reply.text


async def test_no_cooking_ideas_need_no_cooking(chat):
    from agenthost_ceres.suggestions import needs_cooking

    await chat("what's a healthy lunch I can take to work?")
    table = load_table()
    foods = [table.get(f) for idea in suggested_foods(chat.turns[-1]) for f in idea]
    assert foods and not any(needs_cooking(food) for food in foods)


async def test_a_quick_meal_after_ideas_is_ideas_with_no_cooking(chat):
    from agenthost_ceres.suggestions import needs_cooking

    await chat("what should I have for dinner?")
    reply = await chat("something I can make in 5 minutes")
    assert reply.text.startswith("Here are") and "dinner ideas" in reply.text.splitlines()[0]
    assert "no cooking needed" in reply.text.splitlines()[0]
    table = load_table()
    foods = [table.get(f) for idea in suggested_foods(chat.turns[-1]) for f in idea]
    assert foods and not any(needs_cooking(food) for food in foods)

    vegan = await chat("something quick and vegan")  # both wishes, not only the first
    head = vegan.text.splitlines()[0]
    assert "(vegan)" in head and "no cooking needed" in head
    foods = [table.get(f) for idea in suggested_foods(chat.turns[-1]) for f in idea]
    assert foods and all("vegan" in food.tags and not needs_cooking(food) for food in foods)


async def test_which_has_the_most_ranks_the_foods_of_the_last_answer(chat):
    await chat("what are some good sources of protein for vegetarians?")
    reply = await chat("which one has the most?")
    assert reply.text.startswith("Richest in protein first, per usual portion: tofu and tempeh (22 g")
    lookup = await chat("how much protein in tofu")
    assert lookup.text.startswith("**Tofu, firm** — ½ cup (126 g) has **22 g protein**")


async def test_an_amount_alone_after_a_lookup_is_that_amount_of_the_same_food(chat):
    await chat("calories in an avocado?")
    reply = await chat("and half of one?")
    assert reply.text.startswith("**Avocado** — ½ avocado (100 g): **161 kcal**")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("am I over my calories?", "summary"),
        ("how many calories do I have left?", "summary"),
        ("give me a veggie-packed dinner", "ideas"),
        ("what's the healthiest breakfast cereal?", "faq"),
        ("I want to eat more vegetables, how?", "faq"),
    ],
)
async def test_more_everyday_phrasings(chat, message, intent):
    reply = await chat(message)
    assert reply.metadata["intent"] == intent, reply.text
    if message.startswith("give me a veggie"):
        assert "(vegetarian)" not in reply.text.splitlines()[0]


async def test_food_emoji_are_read_as_foods(chat, on_disk_log):
    reply = await chat("🍕🍕")
    assert reply.text.startswith("Logged your ")
    assert on_disk_log("meals.jsonl")[0]["items"][0]["grams"] == 214  # two slices


async def test_a_meal_planned_is_looked_up_and_logged_once_eaten(chat, on_disk_log):
    reply = await chat("I'm going to have pizza tonight")
    assert "I'll log it once you've had it" in reply.text and on_disk_log("meals.jsonl") is None
    logged = await chat("I had it")
    assert logged.text.startswith("Logged your ") and len(on_disk_log("meals.jsonl")) == 1


async def test_what_allergens_a_dish_has(chat, write_profile):
    write_profile({"diet": {"allergies": ["sesame"]}})
    await chat("what's in a big mac?")
    reply = await chat("what allergens does it have?")
    assert reply.text.startswith("**Big Mac (McDonald's)** contains: milk/dairy, eggs, soy, gluten and sesame.")
    assert "⚠️ Heads-up: not safe with your sesame allergy." in reply.text


async def test_how_much_water_adds_up_the_drinks_logged(chat):
    await chat("I drank 3 litres of water today")
    await chat("and 2 coffees")
    reply = await chat("how much water have I had?")
    assert reply.text.startswith("Today you've logged about 3.5 L of drinks: 3.0 L of water and 474 ml of coffees.")


@pytest.mark.parametrize(
    ("message", "diet_type"),
    [("I'm vegetarian but I eat fish", "pescatarian"), ("I don't eat meat anymore", "vegetarian")],
)
async def test_diet_types_in_everyday_words(chat, on_disk, message, diet_type):
    await chat(message)
    diet = on_disk("profile.json")["diet"]
    assert diet["type"] == diet_type and diet["dislikes"] == []


async def test_the_dialog_state_is_written_only_when_it_changes(chat, data_dir):
    await chat("Thanks!")
    path = data_dir / USER / "state.json"
    written = path.stat().st_mtime_ns
    await chat("Thanks!")
    assert path.stat().st_mtime_ns == written  # same state: no rewrite (each write is an fsync)
    await chat("why?")
    assert path.stat().st_mtime_ns == written  # "why?" explains, and keeps the state it explained
