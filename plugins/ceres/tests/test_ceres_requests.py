"""What a message asks beside a preference, after an answer, or about the meal just logged,
said in several ways: the classes the held-out conversations failed on, with phrasings of our
own (not the conversation set's)."""

from __future__ import annotations

import re

import pytest

from host.types import ClassifyContext

from agenthost_ceres.allergens import ALLERGENS
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import MEAL_TYPES
from agenthost_ceres.routing import BODY_ANSWER_SCORE, FOOD_QUESTION_SCORE, WEIGHT_GOAL_SCORE, classify
from agenthost_ceres.suggestions import STYLES, load_templates, suggest

from .test_ceres_allergens import forbidden
from .test_ceres_replies import figures


def suggested(turn) -> list[list[str]]:
    """The food ids of each idea the turn's suggest_meals call returned."""
    calls = [c for c in turn.tool_calls if c["name"] == "suggest_meals"]
    return [[item["food_id"] for item in idea["items"]] for call in calls for idea in call["result"]["suggestions"]]


def templates_named(names: list[str]) -> list:
    by_name = {t.name: t for t in load_templates()}
    return [by_name[name] for name in names if name in by_name]


def idea_names(text: str) -> list[str]:
    return re.findall(r"\*\*(.+?)\*\*", text)


# ---- a preference and a question in one message: both answered -----------------------------


@pytest.mark.parametrize(
    ("message", "saved", "answer"),
    [
        ("I'm lactose intolerant, can I still get enough calcium?", {"lactose_free": True}, r"calcium"),
        ("lactose intolerant here - how do I get calcium?", {"lactose_free": True}, r"fortified"),
        ("allergic to fish, so where do I get my omega-3 from?", {"allergies": ["fish"]}, r"flax|chia"),
        ("I'm vegan. How much protein do I need?", {"type": "vegan"}, r"protein"),
        ("I have coeliac disease, any ideas for breakfast?", {"gluten_free": True}, r"breakfast ideas"),
        ("shellfish allergy 🦐 what's a good high protein dinner?", {"allergies": ["shellfish"]}, r"dinner ideas"),
    ],
)
async def test_a_stated_preference_is_saved_and_the_question_beside_it_answered(chat, on_disk, message, saved, answer):
    reply = await chat(message)
    diet = on_disk("profile.json")["diet"]
    assert {key: diet[key] for key in saved} == saved
    assert reply.text.startswith("Got it")
    assert re.search(answer, reply.text, re.I), reply.text


async def test_the_answer_after_a_preference_keeps_to_it(chat):
    reply = await chat("I'm lactose intolerant, can I still get enough calcium?")
    listed = reply.text.split("Good sources:")[1].split(".")[0]
    assert "milk" not in listed.replace("soya milk", "").replace("oat milk", "") and "yogurt" not in listed
    reply = await chat("fish allergy - is there omega-3 without it?")
    answer = reply.text.split("\n\n", 1)[1]
    assert not re.search(r"\b(?:fish|salmon|mackerel|sardines)\b", answer.replace("fish allergy", ""), re.I), answer
    assert "British Dietetic Association" in answer


async def test_a_follow_up_after_the_combined_answer_is_the_questions(chat):
    await chat("I'm coeliac, can you suggest a high protein dinner?")
    reply = await chat("what about a quick snack?")
    assert "snack ideas" in reply.text
    table = load_table()
    assert all("gluten" not in table.get(food).allergens for idea in suggested(chat.turns[-1]) for food in idea)


@pytest.mark.parametrize(
    ("message", "allergies"),
    [
        ("im allergic to peanuts, snack ideas?", ["peanuts"]),
        ("I have a sesame allergy btw, any lunch ideas?", ["sesame"]),
        ("shellfish allergy here, what's for dinner?", ["shellfish"]),
        ("allergic to eggs and soy so what can I have for breakfast", ["egg", "soy"]),
        ("I'm allergic to kiwi", ["kiwi"]),
    ],
)
async def test_an_allergy_list_ends_where_the_request_starts(chat, on_disk, message, allergies):
    await chat(message)
    assert on_disk("profile.json")["diet"]["allergies"] == allergies


# ---- kinds of meal: sweet, a cuisine, a dip, a soup -----------------------------------------


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("allergen", ALLERGENS)
def test_no_idea_of_any_style_breaks_an_allergy(style, allergen):
    prefs = DietPrefs(allergies=(allergen,))
    table = load_table()
    for meal in MEAL_TYPES:
        for idea in suggest(meal, prefs, None, count=1000, table=table, style=style):
            assert [food.id for food, _ in idea.items if forbidden(prefs, food)] == [], (style, idea.name)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_has_ideas(style):
    assert any(suggest(meal, DietPrefs(), None, count=10, style=style) for meal in MEAL_TYPES), style


@pytest.mark.parametrize(
    ("first", "then", "tags"),
    [
        ("snack ideas please", "something sweet?", {"sweet"}),
        ("what should I have for a snack", "anything sweeter", {"sweet"}),
        ("dinner ideas", "I love asian food, something like that?", {"asian", "indian"}),
        ("what's for dinner", "I fancy a curry", {"indian", "asian"}),
        ("give me lunch ideas", "any soups?", {"soup"}),
        ("lunch ideas", "something mexican", {"mexican"}),
    ],
)
async def test_a_kind_of_meal_asked_after_ideas(chat, first, then, tags):
    await chat(first)
    reply = await chat(then)
    names = idea_names(reply.text)
    assert names, reply.text
    assert all(template.tags & tags for template in templates_named(names)), (names, reply.text)


@pytest.mark.parametrize("message", ["what dip could I make?", "any ideas for a dip?", "a healthy dip for a party?"])
async def test_a_dip_asked_on_its_own_keeps_to_a_sesame_allergy(chat, write_profile, message):
    write_profile({"diet": {"allergies": ["sesame"]}})
    reply = await chat(message)
    assert reply.text.startswith("Here are") and "dip ideas" in reply.text, reply.text
    assert not re.search(r"hummus|tahini|sesame", reply.text.split("\n", 1)[1], re.I)
    assert all("dip" in t.tags for t in templates_named(idea_names(reply.text)))


async def test_something_sweet_after_an_everyday_answer_on_snacks(chat):
    await chat("what are some healthy snacks?")
    reply = await chat("something sweet?")
    assert "sweet snack ideas" in reply.text
    assert all("sweet" in t.tags for t in templates_named(idea_names(reply.text)))


# ---- everyday answers: follow-up questions on the same topic ---------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("is creatine worth taking?", "do I need to load it?", r"loading is optional"),
        ("tell me about creatine", "is a loading phase necessary", r"loading is optional"),
        ("how much creatine should I take?", "when should I take it?", r"Timing matters little"),
        ("is creatine safe", "will it make me bloated?", r"water held in the muscles"),
        ("what should I eat before a run?", "and after?", r"After training"),
        ("what should I eat after the gym?", "how soon after?", r"two hours"),
    ],
)
async def test_an_everyday_follow_up_answers_the_part_asked(chat, first, then, expected):
    await chat(first)
    reply = await chat(then)
    assert re.search(expected, reply.text), reply.text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I do 16:8 intermittent fasting - when should I work out?", r"eating window"),
        ("doing intermittent fasting, is it ok to train in the morning?", r"eating window"),
        ("is fasted cardio ok?", r"easy or moderate effort"),
        ("can I run on an empty stomach?", r"easy or moderate effort"),
        ("lost 8 kg this year, how do I keep it off?", r"weigh themselves"),
        ("should I keep counting calories forever?", r"don't have to count forever"),
        ("do I need protein powder?", r"don't need protein powder"),
        ("is it bad to eat late at night?", r"whole day"),
        ("how do I stop sugar cravings", r"Cravings"),
        ("how many meals a day should I eat?", r"metabolism"),
        ("should I carb load before my marathon?", r"10-12 g"),
        ("how fast can I safely lose weight?", r"0\.5-1 kg"),
    ],
)
async def test_everyday_questions_of_new_kinds(chat, message, expected):
    reply = await chat(message)
    assert re.search(expected, reply.text), reply.text
    assert "Source:" in reply.text


async def test_why_not_faster_explains_the_safe_rate(chat):
    await chat("how quickly can I lose weight safely?")
    reply = await chat("why not faster?")
    assert re.search(r"muscle", reply.text) and "NHS" in reply.text


# ---- the meal just logged --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many calories was that?", r"came to \*\*[\d,]+ kcal\*\*"),
        ("how much protein was in that?", r"had \*\*\d+(?:\.\d)? g protein\*\*"),
        ("and the carbs in it?", r"g carbs\*\*"),
        ("what were the macros for that meal", r"came to \*\*"),
    ],
)
async def test_a_question_about_the_meal_just_logged(chat, question, expected):
    logged = await chat("for dinner I had a plate of spaghetti bolognese and a glass of red wine")
    meal_kcal = re.search(r"This meal: ([\d,]+) kcal", logged.text).group(1)
    reply = await chat(question)
    assert re.search(expected, reply.text), reply.text
    assert f"{meal_kcal} kcal" in reply.text


async def test_a_week_question_after_a_log_is_the_week(chat):
    await chat("had a banana and a latte")
    reply = await chat("how many calories have I had this week?")
    assert "week" in reply.text.lower() and "came to" not in reply.text


async def test_a_correction_keeps_the_kind_of_food_logged(chat, on_disk_log):
    await chat("log 4 scrambled eggs and a slice of toast for breakfast")
    reply = await chat("actually it was only 2 eggs")
    assert "2 scrambled eggs" in reply.text and "instead of 4 scrambled eggs" in reply.text
    meals = [m for m in on_disk_log("meals.jsonl") if "items" in m]
    eggs = [item for item in meals[-1]["items"] if item["food_id"].startswith("egg")]
    assert [(item["food_id"], item["quantity"]) for item in eggs] == [("egg_scrambled", 2)]


@pytest.mark.parametrize("message", ["had 1e400 grams of rice", "I ate 1e308 eggs", "drank inf glasses of milk", "NaN slices of pizza"])
async def test_an_impossible_number_is_never_read_back(chat, on_disk_log, message):
    reply = await chat(message)
    assert not re.search(r"e\+?\d{2,}|\binf|\bnan\b", reply.text, re.I), reply.text
    assert "?" in reply.text and on_disk_log("meals.jsonl") is None


async def test_i_mean_is_not_a_food(chat):
    await chat("had 1e400 grams of rice")
    reply = await chat("I mean 200 grams of cooked rice")
    assert reply.text.startswith("Logged") and "didn't catch" not in reply.text


# ---- weight control by pills or purging: care, never a plan or a figure --------------------


@pytest.mark.parametrize(
    "message",
    [
        "I've been using water pills and diet pills to get lighter",
        "how many laxatives should I take to lose weight",
        "I make myself sick after dinner so I don't gain",
        "are fat burners a good idea to drop 5 kg fast?",
    ],
)
async def test_weight_control_by_pills_or_purging_gets_care(chat, message):
    reply = await chat(message)
    assert "worried" in reply.text and "GP" in reply.text and "Beat" in reply.text
    assert figures(reply.text) == [], reply.text
    assert reply.metadata["intent"] == "care"


# ---- routing -----------------------------------------------------------------------------------


def context(history: list[dict] | None = None, last_agent: str | None = None) -> ClassifyContext:
    return ClassifyContext(user_id="alice", history=history or [], profile={}, last_agent=last_agent)


@pytest.mark.parametrize(
    "message",
    [
        "my friend's dog ate a whole chocolate bar",
        "can dogs eat grapes?",
        "is onion toxic to cats",
        "what should I feed my puppy",
        "the cat got into the leftover chicken",
    ],
)
def test_what_an_animal_eats_is_not_ceres_business(message):
    assert classify(message, context()).score == 0.0


@pytest.mark.parametrize(
    "message", ["3 pints of lager last night", "2 eggs and toast", "a bowl of porridge with a banana this morning"]
)
def test_a_message_of_nothing_but_foods_is_a_meal(message):
    assert classify(message, context()).score >= FOOD_QUESTION_SCORE


@pytest.mark.parametrize("message", ["I want to lose 5kg before my wedding", "need to drop a stone by summer"])
def test_a_weight_goal_is_claimed(message):
    assert classify(message, context()).score >= WEIGHT_GOAL_SCORE


@pytest.mark.parametrize("message", ["is creatine safe?", "is fasted cardio ok?", "do I need to count calories?", "should I carb load?"])
def test_everyday_questions_without_a_food_word_are_claimed(message):
    assert classify(message, context()).score >= 0.55


@pytest.mark.parametrize("message", ["I'm 75 kg", "75kg", "I weigh 11 stone", "I'm a 30 year old woman"])
def test_the_body_facts_ceres_asked_for_are_hers(message):
    asked = [
        {"role": "user", "text": "how much protein do I need?"},
        {"role": "assistant", "agent": "ceres", "text": "Tell me your weight and I'll work out yours.\nTry “I weigh 70 kg”."},
    ]
    assert classify(message, context(asked, "ceres")).score == BODY_ANSWER_SCORE
    assert classify(message, context()).score < BODY_ANSWER_SCORE


async def test_body_facts_after_a_protein_question_answer_it(chat):
    await chat("I'm on a cut at a 500 calorie deficit, how much protein should I eat?")
    reply = await chat("I'm 75 kg")
    assert re.search(r"At 75 kg, aim for about \d+–\d+ g of protein", reply.text), reply.text


# ---- foods and drinks people report that the table lacked -------------------------------------


@pytest.mark.parametrize(
    ("words", "food", "low", "high"),
    [
        ("a pint of cider", "cider", 180, 300),
        ("a double vodka", "spirits", 60, 220),
        ("a gin and tonic", "spirits", 60, 130),
        ("a glass of prosecco", "white_wine", 80, 160),
        ("fish and chips", "fish_and_chips", 800, 1400),
        ("fish n chips for tea", "fish_and_chips", 800, 1400),
        ("a cheese sandwich", "cheese_sandwich", 300, 500),
        ("a chicken salad sandwich", "chicken_salad_sandwich", 300, 550),
        ("a chicken korma", "chicken_korma", 550, 900),  # a takeaway portion, with its cream and almonds
        ("grapes", "grapes", 60, 150),
        ("some almonds", "almonds", 100, 250),
    ],
)
def test_everyday_foods_and_drinks_are_read_with_plausible_figures(words, food, low, high):
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(words, load_table())
    assert parsed.items[0].food.id == food and not parsed.unrecognised, (words, parsed)
    assert low <= parsed.items[0].to_json()["kcal"] <= high


async def test_for_tea_is_the_evening_meal_not_a_cup_of_tea(chat, on_disk_log):
    reply = await chat("had fish and chips for my tea")
    assert reply.text.startswith("Logged your dinner")
    assert [item["food_id"] for item in on_disk_log("meals.jsonl")[-1]["items"]] == ["fish_and_chips"]
    reply = await chat("a cup of tea and a biscuit")
    assert "tea, black" in reply.text


# ---- a preference, then a question about one food ----------------------------------------------


async def test_a_question_about_a_food_beside_a_preference_is_answered_for_it(chat):
    reply = await chat("I'm gluten free, is porridge ok?")
    assert "saved your preferences: gluten-free" in reply.text and "not gluten-free" in reply.text
    reply = await chat("what about rice noodles?")
    assert "Rice noodles" in reply.text and "fits your diet (gluten-free)" in reply.text


async def test_a_cuisine_asked_for_dinner_does_not_stick_to_breakfast(chat):
    await chat("any chinese dinner ideas?")
    reply = await chat("give me a quick breakfast then")
    assert reply.text.startswith("Here are") and "breakfast ideas" in reply.text, reply.text


async def test_body_facts_after_a_calorie_question_answer_it_and_say_how_to_keep_them(chat):
    await chat("I want to lose 5kg, how many calories should I eat?")
    reply = await chat("I'm a 35 year old woman, 165cm, 70kg")
    assert "To lose about 0.5 kg a week" in reply.text
    assert "“remember I'm 35, female, 165 cm, 70 kg”" in reply.text


def test_ceres_keeps_her_thread_over_one_answer_of_general():
    history = [
        {"role": "user", "text": "how many calories should I eat to lose weight?"},
        {"role": "assistant", "agent": "ceres", "text": "An estimate...\nTry “why?”, “and to gain?” or “how much protein do I need?”."},
        {"role": "user", "text": "remember I'm 35, female"},
        {"role": "assistant", "agent": "general", "text": "Saved: age 35, sex female."},
    ]
    assert classify("and to gain?", context(history, "general")).score >= 0.9
    helios_between = history[:3] + [{"role": "assistant", "agent": "helios", "text": "..."}]
    assert classify("and to gain?", context(helios_between, "helios")).score < 0.6


def test_remember_is_generals_even_after_ceres_asked():
    asked = [{"role": "assistant", "agent": "ceres", "text": "I need your weight, e.g. “I'm 34, female, 68 kg, 165 cm”."}]
    assert classify("remember I'm 70 kg", context(asked, "ceres")).score < BODY_ANSWER_SCORE


# ---- chat shorthand, more follow-up shapes ------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("wat shud i eat for lunch", "Here are 3 lunch ideas"),
        ("sumthing for brekkie pls", "Here are 3 breakfast ideas"),
        ("whats a gud snack", "Here are 3 snack ideas"),
    ],
)
async def test_chat_shorthand_is_read_as_the_words(chat, message, start):
    reply = await chat(message)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("how much water should I drink?", "and when it's hot?", r"hot weather"),
        ("how much water a day", "what about in a heatwave", r"hot weather"),
        ("should I take vitamin D?", "what about in summer?", r"sunlight"),
        ("is intermittent fasting ok?", "what about for women?", r"periods"),
    ],
)
async def test_more_everyday_follow_ups(chat, first, then, expected):
    await chat(first)
    reply = await chat(then)
    assert re.search(expected, reply.text), reply.text


@pytest.mark.parametrize(("question", "label"), [("how much protein is in that?", "Protein in each idea"), ("how many calories are those?", "Calories in each idea")])
async def test_a_nutrient_asked_after_ideas_is_given_for_each(chat, question, label):
    ideas = await chat("can you suggest a high protein vegan breakfast?")
    reply = await chat(question)
    assert reply.text.startswith(label)
    assert idea_names(reply.text) == idea_names(ideas.text)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how do I log a meal?", r"in your own words"),
        ("how can I track what I eat", r"in your own words"),
        ("how do I delete an entry?", r"remove the pizza"),
        ("how do I set my calorie target?", r"my calorie target is 2000"),
    ],
)
async def test_how_to_talk_to_ceres(chat, message, expected):
    reply = await chat(message)
    assert re.search(expected, reply.text) and "I can:" not in reply.text


# ---- more everyday shapes: eating around training, totals said as numbers, children ------------


@pytest.mark.parametrize(
    "message",
    [
        "what's a healthy breakfast before a morning workout?",
        "what should I eat after my run?",
        "best snack before the gym",
        "how many carbs before a race?",
    ],
)
def test_eating_around_training_is_ceres_question(message):
    assert classify(message, context()).score >= 0.8


@pytest.mark.parametrize(
    ("words", "fries"),
    [("a burger and chips", True), ("steak and chips", True), ("a portion of chips", True), ("chips and gravy", True),
     ("a bag of chips", False), ("a sandwich and chips", False)],
)
def test_british_chips_are_fries_and_a_bag_of_chips_is_crisps(words, fries):
    from agenthost_ceres.parser import parse_meal

    ids = [item.food.id for item in parse_meal(words, load_table()).items]
    assert ("french_fries" in ids) == fries and ("potato_chips" in ids) != fries, ids


async def test_add_after_a_log_adds_to_that_meal(chat, on_disk_log):
    await chat("log 150g chicken breast and a cup of rice")
    reply = await chat("add a protein shake")
    assert reply.text.startswith("Added to your")
    meal, added = [m for m in on_disk_log("meals.jsonl") if "items" in m]  # the meal, then the shake: only appended
    assert added["adds_to"] == meal["id"] and [i["food_id"] for i in added["items"]] == ["protein_powder"]
    assert not any("deleted" in str(m) for m in on_disk_log("meals.jsonl"))  # the meal's line stays
    today = await chat("what did I eat today?")
    assert "1 meal" in today.text and "protein" in today.text.lower()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I had 5000 calories today", r"doesn't undo your progress"),
        ("ate like 3500 cals yesterday", r"doesn't undo your progress"),
        ("I had 2000 calories today", r"I log foods rather than totals"),
    ],
)
async def test_a_days_calories_said_as_a_number(chat, on_disk_log, message, expected):
    reply = await chat(message)
    assert re.search(expected, reply.text) and on_disk_log("meals.jsonl") is None


async def test_a_whole_day_far_under_a_safe_intake_gets_care_not_a_figure(chat):
    reply = await chat("I only had 600 calories today")
    assert "worried" in reply.text and figures(reply.text) == []


@pytest.mark.parametrize(
    "message",
    [
        "my daughter is 12 and wants to lose weight, what should she eat?",
        "how can my 14 year old son lose weight",
        "I'm 15, how many calories should I eat to lose weight?",
        "our kids are getting chubby, should they diet?",
    ],
)
async def test_a_child_losing_weight_gets_the_gp_and_family_habits_never_a_target(chat, message):
    reply = await chat(message)
    assert "GP" in reply.text and "isn't recommended" in reply.text
    assert not re.search(r"\d+\s*kcal|\d+\s*kg", reply.text)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I'm allergic to milk and eggs. Can I still get enough protein?", r"Good sources:"),
        ("I'm trying to lose weight but I'm always hungry", r"protein at every meal"),
        ("what should I drink at a party to keep calories down?", r"fewest calories"),
        ("I'm breastfeeding, how many calories do I need?", r"330 kcal"),
        ("is it ok to eat eggs every day?", r"no recommended limit"),
        ("what's better for weight loss, low carb or low fat?", r"about equally well"),
        ("does keto work?", r"about equally well"),
        ("how much caffeine is in a latte?", r"400 mg of caffeine"),
        ("any tips to lose weight?", r"NHS's weight-loss tips"),
        ("how many calories do I need?", r"To estimate your calories"),
    ],
)
async def test_everyday_questions_of_yet_more_kinds(chat, message, expected):
    reply = await chat(message)
    assert re.search(expected, reply.text), reply.text


async def test_protein_sources_keep_to_the_allergies_just_saved(chat):
    reply = await chat("I'm allergic to milk and eggs. Can I still get enough protein?")
    listed = reply.text.split("Good sources:")[1].split(".")[0]
    assert "eggs" not in listed and "yogurt" not in listed and "milk" not in listed and "tofu" in listed


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I lost 3 kg this month!", r"Well done on losing 3 kg!\nThat's about 0\.7 kg a week, right in the NHS's steady range"),
        ("down 4 lbs in 2 weeks", r"Well done on losing 4 lbs \(1\.8 kg\)!\nThat's about 0\.9 kg a week"),
        ("I dropped 6kg in 3 weeks", r"Thanks for telling me: that's 6 kg\.\nThat's about 2\.0 kg a week, faster than"),
        ("I've lost half a stone", r"Well done on losing half a stone \(3\.2 kg\)!"),
    ],
)
async def test_weight_lost_is_read_for_its_pace(chat, message, expected):
    assert classify(message, context()).score >= 0.6
    reply = await chat(message)
    assert re.search(expected, reply.text), reply.text


async def test_keep_going_after_progress_answers_about_the_pace(chat):
    await chat("I lost 3 kg this month!")
    reply = await chat("should I keep going the same way?")
    assert "keep going the same way" in reply.text and "Well done" not in reply.text


# ---- allergens a dish's name doesn't say; more follow-up shapes ---------------------------------


@pytest.mark.parametrize(("message", "allergies"), [("tree nut allergy here", ["tree_nuts"]), ("I have a soy allergy", ["soy"]), ("shellfish allergy", ["shellfish"])])
async def test_a_two_word_allergy_is_read_whole(chat, on_disk, message, allergies):
    await chat(message)
    assert on_disk("profile.json")["diet"]["allergies"] == allergies


@pytest.mark.parametrize(
    ("profile", "message", "expected"),
    [
        ({"allergies": ["tree_nuts"]}, "is pesto ok?", r"pine nuts \(a tree nut\).*isn't safe with your tree nut allergy"),
        ({"allergies": ["peanuts"]}, "can I have satay chicken?", r"isn't safe with your peanut allergy"),
        ({"allergies": ["sesame"]}, "is halva ok for me?", r"isn't safe with your sesame allergy"),
        ({"allergies": ["egg"]}, "what about meringue?", r"isn't safe with your egg allergy"),
        ({"gluten_free": True}, "is tempura ok?", r"doesn't fit your gluten-free diet"),
    ],
)
async def test_a_dish_that_usually_carries_an_allergen_is_flagged(chat, write_profile, profile, message, expected):
    write_profile({"diet": profile})
    reply = await chat(message)
    assert re.search(expected, reply.text), reply.text
    assert "check the label" in reply.text


async def test_bare_how_many_calories_uses_the_profiles_goal(chat, write_profile):
    write_profile({"weight_kg": 70, "height_cm": 178, "age": 30, "sex": "male", "goals": ["gain muscle"]})
    reply = await chat("how many calories?")
    assert "To gain steadily" in reply.text


async def test_a_food_corrected_into_another_keeps_the_amount(chat):
    await chat("I ate 2 slices of toast with peanut butter")
    reply = await chat("oops I meant almond butter")
    assert "almond butter, 32 g instead of peanut butter, 2 tbsp (32 g)" in reply.text


async def test_before_bed_is_a_snack(chat):
    reply = await chat("what should I eat before bed?")
    assert reply.text.startswith("Here are 3 snack ideas")


async def test_protein_needs_after_an_everyday_answer_are_protein_needs(chat):
    await chat("I'm pregnant, what should I avoid eating?")
    reply = await chat("how much protein do I need?")
    assert "Protein needs go by body weight" in reply.text


async def test_cant_eat_gluten_or_dairy_is_both_diets(chat, on_disk):
    await chat("I can't eat gluten or dairy. quick lunch ideas?")
    diet = on_disk("profile.json")["diet"]
    assert diet["gluten_free"] is True and diet["lactose_free"] is True


async def test_log_it_after_one_idea_logs_that_idea(chat, on_disk_log):
    await chat("I can't eat gluten or dairy. quick lunch ideas?")
    await chat("cheaper")
    reply = await chat("log it")
    assert reply.text.startswith("Logged your lunch") and on_disk_log("meals.jsonl")


async def test_a_meal_named_after_a_preference_asks_for_ideas(chat):
    reply = await chat("soy allergy, I'm vegetarian. high protein dinner?")
    assert "dinner ideas (vegetarian, no soy)" in reply.text


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("how much sugar is in a can of coke?", "is that a lot?", r"39 g of sugar is more than the 30 g a day"),
        ("how many calories in a big mac?", "is that too much?", r"590 kcal is about 30% of an adult's daily reference intake"),
        ("how much fat in a croissant?", "is that bad?", r"% of an adult's daily reference intake"),
    ],
)
async def test_is_that_a_lot_after_a_lookup(chat, first, then, expected):
    await chat(first)
    reply = await chat(then)
    assert re.search(expected, reply.text), reply.text


async def test_which_is_worse_after_two_lookups(chat):
    await chat("how many calories in a glass of wine")
    await chat("and a pint of beer?")
    reply = await chat("which is worse?")
    assert "So beer carries more (244 kcal against 125 kcal)" in reply.text  # a UK pint, 568 ml


async def test_ibs_gets_the_nhs_advice(chat):
    reply = await chat("I have IBS, what should I avoid?")
    assert "food and symptom diary" in reply.text and "NHS" in reply.text


@pytest.mark.parametrize(
    ("message", "start"),
    [("wats a gud brekfast for weight loss", "Here are 3 breakfast ideas"), ("wat can i eat for diner", "Here are 3 dinner ideas")],
)
async def test_a_meal_asked_for_with_a_goal_or_a_typo_is_ideas(chat, message, start):
    assert (await chat(message)).text.startswith(start)


async def test_smaller_portions_scale_the_ideas_even_without_a_target(chat):
    first = await chat("dinner ideas")
    reply = await chat("smaller portions please")
    assert "each around" in reply.text and reply.text != first.text


async def test_a_swap_in_the_ideas_shown_works_their_figures_out_again(chat, write_profile):
    await chat("dinner ideas")
    await chat("make it vegetarian")
    reply = await chat("can I swap the rice for quinoa?")
    assert reply.text.startswith("Swapped rice for quinoa, gram for gram:")
    assert "rice swapped for quinoa" in reply.text
    write_profile({"diet": {"allergies": ["sesame"]}})
    await chat("lunch ideas")
    refused = await chat("swap the rice for tahini")
    assert "doesn't fit your diet" in refused.text


async def test_which_has_more_keeps_to_the_nutrient_asked(chat):
    await chat("how much protein in 100g of chicken breast")
    await chat("and in salmon?")
    reply = await chat("which has more?")
    assert "Salmon has more protein" in reply.text
