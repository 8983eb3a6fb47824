"""Ceres without a model: what the user reads, and what lands on disk."""

from __future__ import annotations

import re

from host.types import Reply

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table


def suggested_foods(turn) -> list[list[str]]:
    """The food ids of every suggestion the turn's suggest_meals call returned."""
    (call,) = [c for c in turn.tool_calls if c["name"] == "suggest_meals"]
    return [[item["food_id"] for item in idea["items"]] for idea in call["result"]["suggestions"]]


async def test_breakfast_question_gives_three_ideas_with_calories_and_protein(chat):
    reply = await chat("What should I eat for breakfast?")
    assert reply.text.startswith("Here are 3 breakfast ideas")
    ideas = re.findall(r"^\d\. \*\*(.+)\*\* — ([\d,]+) kcal, ([\d.]+) g protein$", reply.text, re.M)
    assert len(ideas) == 3
    assert reply.metadata == {"intent": "suggest_meals", "meal_type": "breakfast"}


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


async def test_a_meal_with_nothing_recognised_says_what_was_not_understood(chat, on_disk, on_disk_log):
    reply = await chat("I had a plate of zorbles")
    assert "couldn't log that" in reply.text and "zorbles" in reply.text
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


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
    assert re.search(r"^• (breakfast|lunch|dinner|snack): egg, banana — 249 kcal$", reply.text, re.M)
    assert "\n• lunch: white rice, chicken breast — 453 kcal" in reply.text
    assert reply.metadata == {"intent": "daily_summary"}


async def test_summary_of_an_empty_day(chat):
    reply = await chat("how many calories have I had today?")
    assert reply.text.startswith("Nothing logged for today yet")


async def test_stating_a_diet_saves_it_in_the_profile(chat, on_disk, write_profile):
    write_profile({"name": "Alice"})
    reply = await chat("I'm vegetarian and allergic to peanuts")
    assert reply.text.startswith("Got it — I've saved your preferences: vegetarian, no peanuts.")
    profile = on_disk("profile.json")
    assert profile["name"] == "Alice"
    assert profile["diet"]["type"] == "vegetarian" and profile["diet"]["allergies"] == ["peanuts"]


async def test_more_preference_statements(chat, on_disk):
    await chat("I'm lactose intolerant and I have a shellfish allergy.")
    await chat("I don't like mushrooms or olives")
    await chat("My calorie target is 1,800")
    profile = on_disk("profile.json")
    assert profile["diet"]["lactose_free"] is True
    assert profile["diet"]["allergies"] == ["shellfish"]
    assert profile["diet"]["dislikes"] == ["mushroom", "olive"]
    assert profile["calorie_target"] == 1800


async def test_a_diet_in_a_request_does_not_change_the_profile(chat, on_disk):
    reply = await chat("vegan dinner ideas")
    assert reply.text.startswith("Here are 3 dinner ideas (vegan)")
    assert on_disk("profile.json") is None


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
    assert "Heads-up: it doesn't fit your preferences (vegan)." in reply.text


async def test_other_messages_get_guidance_from_the_profile(chat, write_profile):
    write_profile({"name": "Alice", "weight_kg": 60, "calorie_target": 1900, "diet": {"type": "pescatarian"}})
    reply = await chat("hello there")
    assert reply.text.startswith("Hi Alice! I'm Ceres, your nutritionist 🥗")
    assert "Your daily target: 1,900 kcal." in reply.text
    assert "I'm keeping to your preferences: pescatarian." in reply.text
    assert "about 72–96 g a day" in reply.text


async def test_hydration_uses_the_weight(chat, write_profile):
    write_profile({"weight_kg": 70})
    reply = await chat("How much water should I drink?")
    assert reply.text.startswith("Aim for about 2.5 L a day for you (35 ml per kg at 70 kg)")


async def test_workouts_are_referred_to_helios(chat):
    reply = await chat("what's a good leg workout?")
    assert "Helios 💪" in reply.text and reply.metadata == {"intent": "refer_helios"}


async def test_a_bare_food_question_is_a_lookup(chat, on_disk, on_disk_log):
    reply = await chat("banana?")
    assert reply.text.startswith("**Banana** — 1 medium banana (118 g): **105 kcal**")
    assert on_disk("meals.json") is None and on_disk_log("meals.jsonl") is None


async def test_calorie_needs_and_weight_goals_use_the_profile(chat, write_profile):
    write_profile({"weight_kg": 70, "height_cm": 175, "age": 30, "sex": "male"})
    reply = await chat("I want to lose weight")
    assert reply.text.splitlines()[:2] == [
        "From your profile, about 2,300 kcal a day keeps your weight steady with light activity.",
        "To lose weight gently (about 0.25–0.5 kg a week), aim for 1,800–2,000 kcal.",
    ]
    assert "112–140 g a day" in reply.text
    reply = await chat("Is 2000 calories a day enough?")
    assert "2,000 kcal is below that estimate." in reply.text


async def test_thanks(chat, write_profile):
    write_profile({"name": "Alice"})
    assert (await chat("Thanks!")).text.startswith("You're welcome, Alice!")


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
