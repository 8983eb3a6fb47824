"""Round 4: "is X ok for him?" answered no first when X carries a saved allergen; takeaway
dishes (curry house, Chinese, Mexican, Italian, burger chains) with their figures; meals said
as people talk ("last night's tea was ...", "a splash of oat milk", "a glass of red"); several
days in one summary."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from host.clock import pinned

from agenthost_ceres.can_have import refusal
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal

WEDNESDAY = datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)
MILK_EGG = DietPrefs.from_profile({"diet": {"allergies": ["dairy", "egg"]}})


@pytest.mark.parametrize(
    ("message", "person", "why"),
    [
        ("is whey protein OK for him?", "him", "whey is a milk protein"),
        ("can my son have casein?", "him", "casein is a milk protein"),
        ("Is ghee fine for my daughter?", "her", "clarified butter"),
        ("can I eat mayo?", "you", "egg yolk"),
        ("would albumen be safe?", "you", "egg white"),
        ("is a latte ok?", "you", "mostly milk"),
        ("are lactose tablets and lactose ok for me?", "you", "sugar in milk"),
    ],
)
def test_asking_if_a_food_with_a_saved_allergen_is_ok_is_answered_no_and_why(message, person, why):
    said = refusal(message, MILK_EGG)
    assert said is not None and said.startswith("No — ") and f"for {person}:" in said and why in said


@pytest.mark.parametrize(
    "message",
    [
        "is lactose-free milk ok?",  # free from it
        "can I have rice?",  # fits
        "tree nuts are fine, I eat almonds. best protein sources?",  # a statement, not the question
        "what can I have for breakfast?",  # no food asked about
    ],
)
def test_no_refusal_where_nothing_asked_breaks_the_diet(message):
    assert refusal(message, MILK_EGG) is None


def test_a_diet_type_is_refused_in_its_own_words():
    said = refusal("is chicken ok?", DietPrefs.from_profile({"diet": {"type": "vegetarian"}}))
    assert said == "No — chicken isn't a fit for you: chicken is not vegetarian."


async def test_a_parent_asking_about_whey_for_a_son_with_a_milk_allergy_gets_no_first(chat):
    await chat("My son's 14 and has a milk allergy (anaphylaxis). What can he eat after training?")
    reply = await chat("is whey protein OK for him?")
    assert reply.text.startswith("No — whey protein isn't safe for him: whey is a milk protein")


def kcal_of(text: str) -> float:
    return sum(item.to_json()["kcal"] for item in parse_meal(text, load_table()).items)


@pytest.mark.parametrize(
    ("text", "foods", "low", "high"),
    [
        ("last night's tea was a lamb rogan josh, pilau rice and a peshwari naan from the curry house",
         ["lamb_rogan_josh", "pilau_rice", "peshwari_naan"], 1150, 1850),
        ("this morning just a coffee with a splash of oat milk", ["coffee", "oat_milk"], 5, 40),
        ("whopper with cheese and a medium onion rings", ["whopper_cheese", "onion_rings"], 1000, 1250),
        ("spag bol, a side salad with vinaigrette, 2 bits of garlic bread and a glass of red",
         ["spag_bol_plate", "garden_salad", "garlic_bread", "red_wine"], 900, 1250),  # a dinner plate of spag bol (round 12)
        ("sweet and sour chicken, egg fried rice and 2 spring rolls", ["sweet_sour_chicken", "fried_rice", "spring_roll"], 1150, 1400),
        ("chicken chow mein and salt and pepper chips from the chinese", ["chicken_chow_mein", "salt_pepper_chips"], 1250, 1550),
        ("chicken fajitas", ["chicken_fajitas"], 800, 1000),
        ("a chipotle bowl", ["chipotle_chicken_bowl"], 600, 700),
        ("a greggs sausage roll and a steak bake", ["greggs_sausage_roll", "greggs_steak_bake"], 700, 950),
        ("4 poppadoms with mango chutney and an onion bhaji", ["poppadom", "mango_chutney", "onion_bhaji"], 350, 500),
        ("crispy chilli beef and egg fried rice", ["crispy_chilli_beef", "fried_rice"], 800, 1000),
        ("a crunchwrap from taco bell and a large mcflurry", ["crunchwrap_supreme", "mcflurry_oreo"], 1000, 1080),
        ("bangers and mash", ["bangers_and_mash"], 550, 800),
        ("shepherds pie", ["shepherds_pie"], 450, 700),
        ("katsu curry", ["katsu_curry"], 750, 1050),
        ("peri peri chicken with peri peri chips", ["chicken_breast", "french_fries"], 450, 700),
    ],
)  # fmt: skip
def test_takeaway_meals_said_as_people_say_them(text, foods, low, high):
    parsed = parse_meal(text, load_table())
    assert [item.food.id for item in parsed.items] == foods and parsed.unrecognised == ()
    assert low <= kcal_of(text) <= high, kcal_of(text)


def test_last_nights_tea_is_yesterdays_dinner():
    with pinned(WEDNESDAY):
        parsed = parse_meal("last night's tea was a lamb rogan josh", load_table())
    assert [(item.meal_type, str(item.day)) for item in parsed.items] == [("dinner", "2025-06-10")]


def test_every_takeaway_dish_names_its_source_and_carries_its_allergens():
    table = load_table()
    assert "tree_nuts" in table.get("peshwari_naan").allergens
    assert "peanuts" in table.get("kung_pao_chicken").allergens
    for food_id in ("lamb_rogan_josh", "pilau_rice", "chicken_chow_mein", "chicken_fajitas", "garlic_bread", "whopper_cheese"):
        assert table.get(food_id).source


async def test_yesterday_and_today_in_one_reply(chat):
    with pinned(WEDNESDAY):
        await chat("last night's tea was a lamb rogan josh, pilau rice and a peshwari naan from the curry house")
        await chat("this morning just a coffee with a splash of oat milk")
        reply = await chat("what have I got logged for yesterday and today?")
    assert reply.metadata["intent"] == "summary"
    assert "Yesterday (2025-06-10)" in reply.text and "Today (2025-06-11)" in reply.text
    assert "rogan josh" in reply.text and "coffee" in reply.text


@pytest.mark.parametrize(
    ("message", "food"),
    [
        ("wait undo that, the shake was my mate's", "shake"),
        ("the fries weren't mine", "fries"),
        ("the shake was my mate's", "shake"),
        ("remove the pizza, it was my mates", "pizza"),
    ],
)
def test_a_food_someone_else_had_is_the_one_taken_back(message, food):
    from agenthost_ceres.intents import undo_request

    assert undo_request(message) == {"food": food}


async def test_running_total_undo_of_a_mates_shake_and_todays_total(chat):
    with pinned(WEDNESDAY):
        logged = await chat("dinner: whopper with cheese and a medium onion rings. yes I know")
        assert "1,109 kcal" in logged.text
        await chat("oh and a medium chocolate shake with it")
        undone = await chat("wait undo that, the shake was my mate's")
        assert undone.metadata["intent"] == "undo" and "milkshake" in undone.text
        total = await chat("so what's that come to so far today?")
    assert total.metadata["intent"] == "summary" and "1,109 kcal" in total.text and "whopper" in total.text.lower()


@pytest.mark.parametrize(
    ("message", "kcal"),
    [
        ("roughly what would maintenance be if I'm eating 2100 now and losing 0.5kg a week?", "2,650 kcal"),
        ("I'm losing 1 lb a week on 1800 calories, what's my maintenance?", "2,300 kcal"),
        ("what's maintenance if I eat 2500 and I'm gaining 0.25 kg a week", "2,250 kcal"),
    ],
)
async def test_maintenance_from_what_is_eaten_and_the_rate_of_change(chat, message, kcal):
    reply = await chat(message)
    assert reply.metadata["intent"] == "maintenance_from_intake" and reply.text.startswith(f"Roughly {kcal} a day")
    why = await chat("why?")
    assert "7,700" in why.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("6 weeks into a cut and I'd kill for some cake. should I take a diet break?", "diet_break"),
        ("after that session I could murder a burger. is that really bad?", "treats_after_training"),
        ("what's a realistic amount to lose per week?", "weight_loss_rate"),
        ("what should I eat an hour before a 7am spin class?", "pre_workout"),
        ("how many grams of carbs on long run days?", "carbs_amount"),
    ],
)
async def test_everyday_questions_asked_in_other_words_reach_their_answer(chat, message, topic):
    reply = await chat(message)
    assert reply.metadata["intent"] == "faq" and reply.metadata.get("id", topic) == topic, reply.text
    assert "Source:" in reply.text


async def test_how_long_a_stone_takes_at_a_safe_rate(chat):
    await chat("what should my daily calories be? I'm 41, female, 72 kg, 165 cm")
    reply = await chat("how long will a stone take at that rate?")
    assert reply.metadata["intent"] == "goal_time" and "6.3 kg" in reply.text and "weeks" in reply.text


async def test_the_same_amount_of_another_food_then_which_is_better_on_a_cut(chat):
    await chat("how much protein in 200g of chicken breast?")
    salmon = await chat("and the same amount of salmon?")
    assert "200 g has **44 g protein**" in salmon.text
    better = await chat("which is better if I'm cutting?")
    assert "chicken breast is the leaner pick" in better.text and "omega-3" in better.text


async def test_a_dislike_said_of_the_ideas_shown_redoes_them_and_the_richest_is_picked(chat):
    await chat("high protein lunch ideas?")
    again = await chat("no eggs in any of that please, I just can't stand them")
    assert "saved your preferences: no eggs" in again.text and "Here are 3 lunch ideas (no eggs)" in again.text
    richest = await chat("which one of those has the most protein?")
    assert richest.metadata["intent"] == "ideas" and "protein" in richest.text


async def test_an_everyday_question_after_ideas_is_answered_not_read_as_a_change(chat):
    await chat("I can't have eggs or fish, allergic to both")
    await chat("lunch ideas?")
    reply = await chat("and how do I get omega 3 without fish?")
    assert reply.metadata["intent"] == "faq" and "flax" in reply.text


async def test_why_after_an_everyday_answer_gives_the_reason(chat):
    await chat("is it bad to eat carbs at night?")
    why = await chat("why?")
    assert why.text.startswith("Because body weight follows the energy you eat")


async def test_a_bowl_instead_of_the_burrito_looked_up(chat):
    await chat("calories in a chicken burrito from chipotle?")
    reply = await chat("n a bowl insted?")
    assert reply.metadata["intent"] == "lookup" and "660 kcal" in reply.text


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("wat r gud sorces if i dont eat meet", "faq"),
        ("hw mny cals shud i eat? im 28 f 70kg 168cm", "needs"),
        ("i wanna loose like 5 kg by agust, hw do i start", "needs"),
    ],
)
async def test_chat_shorthand_reaches_the_answer(chat, message, intent):
    reply = await chat(message)
    assert reply.metadata["intent"] == intent, reply.text


def test_not_having_eaten_before_is_no_food_taken_back():
    from agenthost_ceres.intents import undo_request

    assert undo_request("its prob just cos i didnt eat b4 lol") is None
    assert undo_request("I didn't eat the pizza") == {"food": "pizza"}


async def test_after_a_heart_warning_every_food_answer_sends_them_to_a_doctor(storage, registry):
    import agenthost_ceres
    from host.testing import TurnRunner
    from host.types import Intervention

    class Flagged:
        @staticmethod
        def respond(turn):
            turn.safety = Intervention("cardiac", "advise", "cardiac.follow_up", action="preface", note="")
            return agenthost_ceres.respond(turn)

    from agenthost_ceres.agent import AGENT

    chat = TurnRunner(Flagged(), AGENT, storage.user("u1"), registry=registry)
    reply = await chat("what should I eat to shift the belly?")
    assert "doctor's check before you train again" in reply.text


async def test_half_of_a_logged_dish_named_by_one_of_its_words(chat, on_disk_log):
    await chat("lunch was a chicken caesar wrap and a packet of crisps")
    reply = await chat("actually I only ate half the wrap, can you fix that")
    assert "½ chicken caesar wrap (121 g) instead of 1 chicken caesar wrap" in reply.text
    live = [m for m in on_disk_log("meals.jsonl") if "items" in m]
    assert [item["food_id"] for item in live[-1]["items"]] == ["chicken_caesar_wrap", "potato_chips"]


def test_a_korma_carries_its_cream_and_almonds():
    korma = load_table().find("chicken korma")
    assert korma is not None and {"tree_nuts", "dairy"} <= korma.allergens


async def test_yesterday_and_today_then_is_both_days_not_the_day_just_logged(chat):
    with pinned(WEDNESDAY):
        await chat("had a chicken korma, a garlic naan and a pint of lager from the indian last night")
        await chat("sweet and sour chicken and egg fried rice for tea")
        reply = await chat("what have I had yesterday and today then")
    assert "korma" in reply.text and "sweet and sour" in reply.text


async def test_an_allergy_and_the_question_in_one_message_answers_no_first(chat):
    reply = await chat("I'm allergic to milk, is whey protein ok for me?")
    assert reply.text.startswith("No — whey protein isn't safe for you") and "saved your preferences: no milk/dairy" in reply.text
    again = await chat("what about casein?")
    assert again.text.startswith("No — casein isn't safe for you")


async def test_a_childs_allergy_said_after_the_food_is_saved_and_respected(chat, on_disk):
    await chat("my son can't have milk, he's allergic")
    assert on_disk("profile.json")["diet"]["allergies"] == ["dairy"]
    reply = await chat("can he have ghee?")
    assert reply.text.startswith("No — ghee isn't safe for him")


async def test_how_long_after_the_calories_to_lose_a_stone(chat):
    await chat("I want to lose a stone, how many calories should I eat? I'm 41, female, 72 kg, 163 cm")
    reply = await chat("and how long will that take?")
    assert reply.metadata["intent"] == "goal_time" and "weeks" in reply.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("do I need a protein shake straight after the gym or is that a myth?", "protein_timing"),
        ("I'd murder a slice of cake right now, I'm on a cut. is that so bad?", "treats_after_training"),
    ],
)
async def test_more_everyday_phrasings(chat, message, topic):
    reply = await chat(message)
    assert reply.metadata["intent"] == "faq" and "Source:" in reply.text


async def test_a_branded_bar_with_peanuts_is_refused_for_a_husbands_allergy_without_the_menu(chat):
    await chat("my husband has a peanut allergy")
    reply = await chat("can he eat a snickers before football?")
    assert reply.text.startswith("No — snickers isn't safe for him: snickers is usually made with peanuts")
    assert "I can:" not in reply.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("what should I eat the night before my first 5k?", "carb_loading"),
        ("do I need gels for a 5k?", "carb_loading"),
        ("how much weight can I realistically lose in a month?", "weight_loss_rate"),
    ],
)
async def test_race_food_and_monthly_loss_asked_plainly(chat, message, topic):
    reply = await chat(message)
    assert reply.metadata["intent"] == "faq" and "Source:" in reply.text, reply.text


async def test_none_of_them_with_a_food_leaves_it_out(chat):
    await chat("vegetarian lunch ideas please")
    reply = await chat("none of them with cheese please")
    assert reply.metadata["intent"] == "ideas" and "with cheese" not in reply.text and "feta" not in reply.text


async def test_brekkie_weetabix_walkers_and_where_am_i_at(chat):
    with pinned(WEDNESDAY):
        first = await chat("for brekkie I had 2 weetabix with semi skimmed milk and a cup of tea")
        assert first.text.startswith("Logged your breakfast") and "Weetabix" in first.text and "didn't catch" not in first.text
        await chat("lunch: a tuna mayo sandwich, a packet of walkers and an apple")
        day = await chat("where am I at for the day?")
        assert day.metadata["intent"] == "summary"
        undone = await chat("scrap the apple, I didn't eat it")
    assert undone.metadata["intent"] == "undo" and "apple" in undone.text and "sandwich" not in undone.text.split("Today")[0]


async def test_ideas_sized_to_the_calories_asked_for_one_meal(chat):
    reply = await chat("give me a dinner idea around 600 calories")
    assert "each around 600 kcal" in reply.text
    veggie = await chat("make it veggie")
    assert "(vegetarian), each around 600 kcal" in veggie.text


def test_a_days_calories_are_not_one_meals():
    from agenthost_ceres.dialog import DialogState
    from agenthost_ceres.understand import understand

    request = understand("what should I eat for dinner on 1800 calories a day?", DialogState(None, {}, "", []))
    assert "meal_kcal" not in request.slots


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I'm 12 and a half stone and 5'9, 30, male", {"weight_kg": 79.4, "height_cm": 175, "age": 30.0, "sex": "male"}),
        ("5ft4 140 pounds 23 female", {"weight_kg": 63.5, "height_cm": 163, "age": 23.0, "sex": "female"}),
        ("I'm 11 stone 4 and 5 foot 4", {"weight_kg": 71.7, "height_cm": 163}),
    ],
)
def test_body_facts_in_stone_halves_and_a_bare_age_beside_imperial(message, expected):
    from agenthost_ceres.body import parse_body

    assert parse_body(message).to_json() == expected


async def test_maintenance_on_training_days_uses_a_training_days_activity(chat):
    reply = await chat("what's my maintenance on training days roughly? I'm 23, female, 63.5 kg, 163 cm")
    assert reply.metadata["intent"] == "needs" and "2,400 kcal" in reply.text and "very active" in reply.text


def test_for_a_coeliac_gluten_is_not_safe():
    coeliac = DietPrefs.from_profile({"diet": {"gluten_free": True, "conditions": ["coeliac"]}})
    answer = refusal("are oats ok?", coeliac)
    assert answer.startswith("No — oats aren't safe for you: ordinary oats are contaminated with wheat"), answer
    assert "not gluten-free, and you're coeliac" in answer and "oats labelled gluten-free" in answer and "When eating out" in answer


async def test_chat_spellings_of_an_allergy_question_a_meal_and_a_day(chat):
    with pinned(WEDNESDAY):
        no = await chat("my son is alergic to milk, is whey ok 4 him?")
        assert no.text.startswith("No — whey isn't safe for him")
        ideas = await chat("wat can he hav for brekfast then")
        assert ideas.metadata["intent"] == "ideas" and "breakfast ideas (no milk/dairy)" in ideas.text
        logged = await chat("had a chiken korma n pilau rice lst nite")
    assert "Logged your dinner yesterday" in logged.text


async def test_ok_questions_about_foods_after_an_everyday_answer_look_the_food_up(chat):
    await chat("my daughter has a peanut allergy")
    await chat("what should she eat after training?")
    butter = await chat("is it ok for her to have peanut butter on toast before netball?")
    assert butter.text.startswith("No — peanut butter isn't safe for her: peanut butter is ground peanuts")
    flapjack = await chat("is a flapjack safe for her?")
    assert flapjack.metadata["intent"] == "lookup" and not flapjack.text.startswith("No")
    nutella = await chat("can she have nutella?")
    assert "hazelnuts" in nutella.text
