"""Round 11: allergens added on their own ("oh and eggs too... allergic to both", or in the next
message), calorie-dense foods for gaining weight, and everyday follow-ups (electrolytes after
water, bloating after fibre, why eat before training)."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.diet_statements import added_allergens, stated_preferences


@pytest.mark.parametrize(
    ("message", "allergy"),
    [
        ("oh and eggs too, forgot to say. allergic to both", "egg"),
        ("sesame as well. I'm allergic to both", "sesame"),
        ("and soy too, allergic to all of them", "soy"),
        ("plus shellfish. I react to both", "shellfish"),
        ("oh, peanuts too. allergic to all three", "peanut"),
        ("also fish. I can't have either", "fish"),
        ("eggs too! anaphylactic to both", "egg"),
        ("I'm allergic to milk. and wheat too", "wheat"),
        ("oops, tree nuts as well - allergic to those too", "tree nut"),
        ("and sesame too. allergies to both of them", "sesame"),
        ("oh and prawns too, I'm allergic to each", "prawn"),
    ],
)
def test_an_allergen_added_in_a_clause_of_its_own_is_saved_with_the_pointer(message: str, allergy: str) -> None:
    allergies = stated_preferences(message).get("allergies", [])
    assert any(allergy in item for item in allergies), allergies
    assert not any(item in ("both", "either", "those", "each", "all three") for item in allergies)


@pytest.mark.parametrize("message", ["allergic to both", "I'm allergic to them both", "allergic to all three lol", "I can't have either"])
def test_a_pointer_with_nothing_named_saves_nothing(message: str) -> None:
    assert not stated_preferences(message).get("allergies")


@pytest.mark.parametrize(
    ("message", "items"),
    [
        ("oh and eggs too", ["eggs"]), ("sesame as well", ["sesame"]), ("also soy", ["soy"]), ("and peanuts too lol", ["peanuts"]),
        ("oh, and shellfish as well please", ["shellfish"]), ("plus fish", ["fish"]), ("prawns too", ["prawns"]),
        ("ah and milk too", ["milk"]), ("oops, tree nuts as well", ["tree nuts"]), ("and wheat too", ["wheat"]),
        ("chicken too", []), ("and rice as well", []), ("also what about dinner", []),
    ],
)  # fmt: skip
def test_added_allergens_are_only_allergens(message: str, items: list[str]) -> None:
    assert added_allergens(message) == items


@pytest.mark.parametrize("added", ["oh and eggs too, forgot to say", "eggs as well", "also eggs", "and eggs too lol", "plus eggs"])
async def test_an_allergen_added_in_the_next_message_joins_the_saved_allergies(chat, on_disk, added: str) -> None:
    await chat("I have a proper milk allergy, epipen level")
    reply = await chat(added)
    assert "egg" in reply.text.lower(), reply.text
    assert set(on_disk("profile.json")["diet"]["allergies"]) >= {"dairy", "egg"}
    ideas = await chat("so what do I have for breakfast then")
    assert not re.search(r"\beggs?\b|omelette|milk\b|cheese|yogh?urt", ideas.text.lower().split("no milk")[0].replace("no egg", "")), ideas.text


@pytest.mark.parametrize(
    "message",
    [
        "calorie dense food ideas?", "what are some high calorie foods for bulking", "energy dense foods to gain weight",
        "foods to gain weight fast", "best bulking foods", "I'm a hardgainer, what should I eat", "cheap calories for a bulk",
        "I struggle to eat enough calories, tips?", "calorie-rich foods please", "weight gain foods that aren't junk",
        "easy calories for bulking",
    ],
)
async def test_calorie_dense_foods_for_gaining_weight(chat, message: str) -> None:
    reply = await chat(message)
    assert re.search(r"peanut butter|olive oil|oats|avocado|dried fruit", reply.text), reply.text
    assert "NHS" in reply.text


async def test_calorie_dense_foods_leave_out_the_users_allergens(chat, context) -> None:
    await context.store.update_profile(lambda p: p.update(diet={"allergies": ["dairy", "egg", "peanuts"]}))
    reply = await chat("calorie dense food ideas for bulking?")
    text = reply.text.lower()
    assert "olive oil" in text and not re.search(r"\beggs?\b|milk|yogurt|peanut butter", text), reply.text


@pytest.mark.parametrize(
    "follow",
    ["do I need electrolytes too or is water fine", "what about electrolytes", "should I add salt to my bottle?", "is a sports drink better",
     "do I need sodium as well", "is plain water enough", "gatorade or just water?", "what about hydration tablets",
     "isotonic drinks worth it?", "do electrolytes matter on a long ride"],
)  # fmt: skip
async def test_electrolytes_after_a_water_question(chat, follow: str) -> None:
    await chat("how much water should I drink on a 3 hour ride when it's hot?")
    reply = await chat(follow)
    assert re.search(r"sodium|salt", reply.text) and "Source" in reply.text, reply.text


@pytest.mark.parametrize(
    "follow",
    ["will upping it make me bloated?", "does it cause bloating", "will it give me gas", "won't that make me windy",
     "any side effects?", "will it upset my stomach", "can too much cause cramps", "will I be farting loads lol",
     "does more fibre make you bloated", "what if it makes me gassy"],
)  # fmt: skip
async def test_bloating_after_a_fibre_question_says_go_gradually_and_drink(chat, follow: str) -> None:
    await chat("how much fibre should I be getting a day?")
    reply = await chat(follow)
    assert re.search(r"gradual", reply.text) and re.search(r"water|fluid", reply.text), reply.text


@pytest.mark.parametrize("opening", ["what should I eat before a 7am run?", "what to eat before the gym", "what should I eat before training?"])
async def test_why_eat_before_training_explains(chat, opening: str) -> None:
    await chat(opening)
    reply = await chat("why?")
    assert re.search(r"energy|fuel|glycogen|digest", reply.text), reply.text


@pytest.mark.parametrize(
    ("message", "food"),
    [
        ("whats a gud protien brekfast without egs? dont like them", r"\beggs?\b|omelette"),
        ("high protein breakfast ideas with no egs pls", r"\beggs?\b|omelette"),
        ("brekfast ideas but no egs", r"\beggs?\b|omelette"),
        ("lunch idea without egs", r"\beggs?\b|omelette"),
        ("what can I have for dinner without egs?", r"\beggs?\b|omelette"),
        ("snack ideas without egs?", r"\beggs?\b|omelette"),
        ("suggest a protein breakfast minus the egs", r"\beggs?\b|omelette"),
        ("dinner idea without peanutz", r"peanut"),
        ("breakfast ideas without yoghurtt", r"yogh?urt"),
        ("lunch ideas without tunna", r"\btuna\b"),
        ("dinner ideas without chiken?", r"chicken"),
    ],
)
async def test_a_misspelt_food_left_out_is_left_out(chat, message: str, food: str) -> None:
    reply = await chat(message)
    assert "ideas" in reply.text, reply.text
    ideas = reply.text.split("Tell me what")[0].split(":", 1)[1]
    assert not re.search(food, ideas.lower()), reply.text


@pytest.mark.parametrize(
    "message",
    [
        "got a whopper meal at BK, medium fries and a coke", "just got a big mac and medium fries", "ordered a large pepperoni pizza",
        "i got a greggs sausage roll", "smashed a burrito for lunch", "demolished two slices of pizza", "picked up a subway footlong for lunch",
        "i ordered 2 chicken tacos", "devoured a bowl of ramen", "wolfed down a kebab after the pub", "treated myself to a slice of cheesecake",
    ],
)
async def test_a_meal_said_with_the_verb_of_buying_it_is_logged(chat, on_disk_log, message: str) -> None:
    reply = await chat(message)
    assert "Logged" in reply.text and "kcal" in reply.text, reply.text
    assert on_disk_log("meals.jsonl")


@pytest.mark.parametrize("message", ["i got a new job", "got a question about protein", "just got back from the gym", "ordered the new running shoes lol"])
async def test_the_verb_of_buying_alone_logs_nothing(chat, on_disk_log, message: str) -> None:
    await chat(message)
    assert not on_disk_log("meals.jsonl")


@pytest.mark.parametrize(
    ("follow", "kind"),
    [
        ("oops the coke was a diet one, can you fix that", "diet"), ("the coke was actually a diet coke pls fix", "diet"),
        ("sorry, the coke was a diet one", "diet"), ("the coke was a diet one lol", "diet"), ("the coke was a zero one, can you change it", "zero"),
        ("the coke was a diet coke, update it please", "diet"), ("the fries were large ones, can you update it", "large"),
        ("the fries were small ones", "small"), ("the latte was a large one", None), ("the coke was a diet one, correct that pls", "diet"),
    ],
)  # fmt: skip
async def test_a_logged_food_said_to_be_a_kind_of_itself_is_replaced(chat, on_disk_log, follow: str, kind: str | None) -> None:
    await chat("I had a whopper, medium fries and a coke for lunch")
    before = on_disk_log("meals.jsonl")
    reply = await chat(follow)
    if kind is None:  # no latte logged: nothing replaced, and nothing lost
        assert on_disk_log("meals.jsonl") == before
        return
    assert "Fixed" in reply.text, reply.text
    foods = {item["food_id"] for record in on_disk_log("meals.jsonl")[len(before):] for item in record.get("items", [])}
    assert any(kind in food or (kind == "zero" and food == "diet_cola") for food in foods), (reply.text, foods)


@pytest.mark.parametrize(
    "message",
    [
        "got fasting bloods at 8am tomorrow. when should I stop eating tonight and can I have black coffee in the morning?",
        "when do I stop eating before a fasting blood test?", "how long do I fast before my cholesterol test", "can I drink water before fasting bloods",
        "blood test at 9 tomorrow, do I need to fast?", "when should I stop eating before my blood work", "can I have coffee before a fasting blood test",
        "fasting glucose test tomorrow morning, what can I eat tonight", "how many hours fast for a lipid panel", "nil by mouth from midnight, can I have water?",
        "do I have to stop eating before bloods",
    ],
)
async def test_a_clinics_fast_gets_its_usual_hours_not_a_care_line(chat, message: str) -> None:
    reply = await chat(message)
    assert re.search(r"8-12 hours|water", reply.text) and re.search(r"clinic|lab|GP", reply.text), reply.text
    assert "Beat" not in reply.text


@pytest.mark.parametrize("message", ["I want to stop eating for a week before my op", "stop eating before my scan to lose weight", "I'm going to stop eating"])
async def test_stopping_eating_to_diet_still_gets_the_care_line(chat, message: str) -> None:
    reply = await chat(message)
    assert "Beat" in reply.text or "support" in reply.text, reply.text


@pytest.mark.parametrize(
    "follow",
    ["can I go to the gym straight after or should I eat first", "can I train straight after?", "should I eat before the gym after it",
     "ok and the gym afterwards?", "is it ok to work out after", "what should I eat after the test", "can I have breakfast after",
     "can I lift straight after or eat first", "gym after, fine?", "what about training afterwards"],
)  # fmt: skip
async def test_training_after_a_fasting_blood_test_eats_first(chat, follow: str) -> None:
    await chat("got fasting bloods at 8am tomorrow, when should I stop eating?")
    reply = await chat(follow)
    assert re.search(r"\b(?:eat|snack|breakfast)\b", reply.text), reply.text


@pytest.mark.parametrize(
    "message",
    ["can I go to the gym straight after or should I eat first", "should I eat first or just train", "gym after, or eat first?",
     "train fasted or should I have breakfast first", "do I need to eat beforehand", "can I lift straight away or should I eat first",
     "run after work, should I have a snack first", "should I grab something first before I go to the gym", "or do I need to eat first",
     "I'm off to spin, must I eat beforehand"],
)  # fmt: skip
def test_whether_to_eat_before_training_is_ceres_question(message: str) -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score >= 0.8


@pytest.mark.parametrize(
    "message",
    ["gonna absolutely kill it at my first powerlifting meet on saturday, what should I eat the night before?", "what should I eat the night before a marathon",
     "race day breakfast?", "match day meal ideas", "what to eat the morning of my competition", "dinner ideas for the night before my half",
     "what should I eat before my meet", "game day food?", "best meal the evening before a race", "what do I eat after the weigh-in",
     "comp day, what should I have for breakfast"],
)  # fmt: skip
async def test_eating_around_a_competition_is_familiar_carbs_and_after_the_weigh_in(chat, message: str) -> None:
    reply = await chat(message)
    assert re.search(r"familiar|nothing new", reply.text) and re.search(r"carb", reply.text) and "weigh-in" in reply.text, reply.text


@pytest.mark.parametrize("message", ["what did I eat the day before yesterday", "I had pasta the night before", "dinner ideas for tonight"])
async def test_other_days_and_dinners_are_not_competitions(chat, message: str) -> None:
    reply = await chat(message)
    assert "weigh-in" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    ["and the morning of? weigh-in is 2 hours before I lift", "the night before?", "what about after the weigh-in", "ok the morning of then",
     "what should I eat the night before", "breakfast the morning before", "so the morning of?", "what food the evening before",
     "my weigh-in is at 8, then what", "what to eat after my weigh in"],
)  # fmt: skip
def test_the_night_before_and_the_weigh_in_route_to_ceres(message: str) -> None:
    from host.types import ClassifyContext

    from agenthost_ceres.routing import classify

    assert classify(message, ClassifyContext(user_id="alice", history=[], profile={})).score >= 0.8
