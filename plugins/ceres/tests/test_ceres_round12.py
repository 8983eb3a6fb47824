"""Round 12: hidden allergens in everyday sauces and staples ("can I still have soy sauce?" for
a coeliac: regular soy sauce is brewed with wheat), said with the reason and a safe swap."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.can_have import refusal
from agenthost_ceres.diet import DietPrefs

COELIAC = DietPrefs(gluten_free=True, conditions=("coeliac",))


@pytest.mark.parametrize(
    ("prefs", "question", "reason", "swap"),
    [
        (COELIAC, "can I still have soy sauce in a stir fry?", "brewed from soya beans and wheat", "tamari"),
        (COELIAC, "is soy sauce ok for me?", "wheat", "labelled gluten-free"),
        (COELIAC, "can i have chips with malt vinegar?", "barley", "cider vinegar"),
        (COELIAC, "can I still drink beer?", "barley", "labelled gluten-free"),
        (COELIAC, "are stock cubes ok?", "wheat flour", "labelled gluten-free"),
        (COELIAC, "is gravy safe for me?", "wheat flour", "cornflour"),
        (COELIAC, "can I eat couscous?", "couscous is wheat", "quinoa"),
        (COELIAC, "can I still have porridge?", "ordinary oats", "oats labelled gluten-free"),
        (COELIAC, "is teriyaki chicken ok for me?", "soy sauce", "tamari"),
        (DietPrefs(allergies=("sesame",)), "can I still have hummus?", "tahini", "without tahini"),
        (DietPrefs(allergies=("sesame",)), "is tahini dressing ok", "sesame paste", "lemon"),
        (DietPrefs(allergies=("fish",)), "is worcestershire sauce ok?", "anchovies", "anchovy-free"),
        (DietPrefs(allergies=("fish",)), "is caesar dressing ok for me?", "anchovies", "olive oil"),
        (DietPrefs(allergies=("egg",)), "can I still have mayo?", "egg yolk", "egg-free"),
        (DietPrefs(allergies=("egg",)), "is tartare sauce ok?", "mayonnaise", ""),
        (DietPrefs(allergies=("tree_nuts", "peanuts")), "can I still have pesto?", "pine nuts", "sunflower"),
        (DietPrefs(allergies=("dairy",)), "can I still have pesto?", "parmesan", "nutritional yeast"),
        (DietPrefs(allergies=("soy",)), "can I still have soy sauce?", "soya", "coconut aminos"),
        (DietPrefs(allergies=("soy",)), "is miso soup ok?", "soya", ""),
    ],
)
def test_a_hidden_allergen_is_a_no_with_its_reason_and_a_safe_swap(prefs: DietPrefs, question: str, reason: str, swap: str) -> None:
    answer = refusal(question, prefs)
    assert answer is not None and answer.startswith("No"), answer
    assert reason in answer and swap in answer, answer
    # the swap never brings back what the diet rules out
    assert not re.search(r"\b(?:regular soy sauce is fine|yes)\b", answer, re.I)


@pytest.mark.parametrize(
    ("prefs", "question"),
    [
        (COELIAC, "is tamari ok?"), (COELIAC, "can I have gluten-free soy sauce?"), (COELIAC, "is rice ok for me?"),
        (DietPrefs(allergies=("sesame",)), "is soy sauce ok?"), (DietPrefs(allergies=("fish",)), "can I have mayo?"),
        (DietPrefs(allergies=("egg",)), "is pesto ok?"),
    ],
)  # fmt: skip
def test_a_food_that_fits_is_no_refusal(prefs: DietPrefs, question: str) -> None:
    assert refusal(question, prefs) is None


async def test_a_coeliac_asking_about_soy_sauce_in_a_stir_fry_hears_about_the_wheat(chat) -> None:
    await chat("just diagnosed coeliac. need easy dinners for work nights")
    reply = await chat("can I still have soy sauce in a stir fry?")
    assert reply.text.startswith("No — soy sauce isn't safe for you"), reply.text
    assert "tamari" in reply.text and "wheat" in reply.text
    assert not re.search(r"\budon\b|\bramen\b|(?<!rice )noodles? with soy sauce", reply.text), reply.text


@pytest.mark.parametrize(
    "message",
    [
        "need a high protein lunch I can meal prep for the week", "any lunches to batch cook for the week?",
        "what should I prep for lunches this week", "meal prep ideas for the week", "make-ahead dinners for the week please",
    ],
)  # fmt: skip
async def test_cooking_ahead_for_the_week_is_ideas_not_the_weeks_log(chat, message: str) -> None:
    reply = await chat(message)
    assert "ideas" in reply.text and "nothing logged" not in reply.text, reply.text


async def test_a_partner_who_cant_eat_fish_joins_the_shared_lunches_and_the_sauce_fits_both(chat, on_disk) -> None:
    await chat("I've got a sesame allergy. need a high protein lunch I can meal prep for the week")
    both = await chat("oh and my partner can't eat fish, we share the lunches")
    assert set(on_disk("profile.json")["diet"]["allergies"]) == {"sesame", "fish"}
    assert "we share" not in both.text and "lunch ideas" in both.text, both.text
    sauce = await chat("what sauce could go with it?")
    assert "salsa" in sauce.text.lower(), sauce.text
    assert not re.search(r"sesame|tahini|fish|anchov", sauce.text.lower().split("):", 1)[1]), sauce.text


@pytest.mark.parametrize(
    ("profile", "absent"),
    [
        ({"type": "vegan"}, r"yogh?urt|honey|chicken|beef|lamb"), ({"allergies": ["dairy"]}, r"yogh?urt"),
        ({"allergies": ["fish", "sesame"]}, r"\bfish\b|sesame"), ({"allergies": ["egg"]}, r"\beggs?\b|mayo"),
    ],
)
async def test_sauce_ideas_leave_out_what_the_diet_rules_out(chat, write_profile, profile, absent: str) -> None:
    write_profile({"diet": profile})
    for message in ("any dressing ideas?", "what sauce goes with chicken and rice?", "what could I put on it, a sauce maybe?"):
        reply = await chat(message)
        assert "**" in reply.text and "Sauces" in reply.text, (message, reply.text)
        assert not re.search(absent, reply.text.lower().split("keeping to")[1].split(")", 1)[1]), reply.text


@pytest.mark.parametrize("message", ["how many calories in bbq sauce", "is soy sauce ok?", "I had chicken with sweet chilli sauce"])
def test_a_sauce_named_to_look_up_or_log_is_no_request_for_sauce_ideas(message: str) -> None:
    from agenthost_ceres.sauces import asks_sauces
    from agenthost_ceres.intents import clean

    assert not asks_sauces(clean(message))


def _kcal(text: str) -> float:
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(text, load_table())
    assert parsed.items and not parsed.unrecognised, (text, parsed.unrecognised)
    return sum(item.food.kcal * item.grams / item.food.portion_grams for item in parsed.items)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("2 rotis, a bowl of dal and a bowl of paneer butter masala", 900, 1300),
        ("3 chapatis with rajma", 550, 800),
        ("an aloo paratha and a bowl of dal", 500, 800),
        ("palak paneer and 2 roti", 600, 900),
        ("a bowl of chana masala with a paratha", 450, 800),
        ("aloo gobi and a chapati", 400, 650),
        ("a plate of jollof rice", 400, 800),
        ("shakshuka", 250, 450),
        ("a quarter chicken from nandos with regular peri chips and a regular coke", 700, 1050),
        ("half chicken and large peri chips", 1100, 1700),
        ("spaghetti bolognese and a large glass of red wine", 700, 900),
        ("spag bol", 450, 700),
        ("a small glass of white wine", 90, 130),
    ],
)
def test_dishes_said_as_people_say_them_are_logged_with_their_real_size(text: str, low: float, high: float) -> None:
    assert low <= _kcal(text) <= high, _kcal(text)


async def test_a_regular_coke_corrected_to_a_diet_one_is_replaced_and_named(chat) -> None:
    logged = await chat("lunch was a quarter chicken from nandos with regular peri chips and a regular coke")
    assert "quarter" in logged.text and "peri" in logged.text
    before = int(re.search(r"This meal: ([\d,]+) kcal", logged.text).group(1).replace(",", ""))
    fixed = await chat("oh wait it was a diet coke not regular")
    assert "diet cola" in fixed.text, fixed.text
    after = int(re.search(r"That meal is now ([\d,]+) kcal", fixed.text).group(1).replace(",", ""))
    assert before - after == pytest.approx(138, abs=5)


@pytest.mark.parametrize("said", ["oh wait it was a diet coke not regular", "sorry, it was a diet coke not a regular one", "whoops the coke was a diet one", "ah no, it was a diet coke, not a regular"])
def test_interjections_before_a_replacement_are_no_food(said: str) -> None:
    from agenthost_ceres.intents import replacement

    found = replacement(said)
    assert found is not None and "diet" in found[1] and "wait" not in found[0] and "whoops" not in found[0], found


@pytest.mark.parametrize(
    "message",
    [
        "im STARVING after swim training every single time, is that normal??", "so hungry after football practice, is that normal",
        "I'm ravenous after the gym, could eat the whole fridge lol", "why am I so hungry after running?",
        "always famished after my swim sessions, normal?", "after spin class I'm hangry for hours, is that a thing",
        "i could raid the cupboards after every workout, normal?", "starving after training every time",
        "is it normal to be really hungry after swimming", "after lifting I'm peckish all evening, normal?",
    ],
)  # fmt: skip
async def test_hunger_after_training_is_answered_as_normal_with_a_snack(chat, message: str) -> None:
    reply = await chat(message)
    assert "normal" in reply.text and re.search(r"banana|yogh?urt|sandwich|milk", reply.text), reply.text


async def test_what_to_have_straight_after_follows_the_hunger_answer(chat) -> None:
    await chat("im STARVING after swim training every single time, like i could eat the whole fridge. is that normal??")
    for follow in ("what should i have straight after so i dont raid the cupboards", "what should I eat right after then?"):
        reply = await chat(follow)
        assert reply.text.startswith("Straight after") and "protein" in reply.text, reply.text


@pytest.mark.parametrize(
    "follow",
    [
        "any way to fit it in better? like should i eat less the rest of the day", "should I skip lunch before to save calories?",
        "can I bank calories for it?", "how do I make room for it", "should I eat less before to make up for it",
    ],
)  # fmt: skip
async def test_fitting_a_treat_in_never_says_starve(chat, follow: str) -> None:
    await chat("dying for a burger on my cheat day, will one meal wreck my week?")
    reply = await chat(follow)
    assert re.search(r"don't need to starve or skip|skipping tends to backfire|no need to skip meals", reply.text), reply.text


@pytest.mark.parametrize(
    "follow",
    ["last time I upped it I was bloated for days", "when I ate more of it I got really gassy", "it gave me stomach cramps last time I tried"],
)
async def test_bloating_after_more_fibre_is_the_fibre_answer_go_slowly_with_water(chat, follow: str) -> None:
    await chat("how much fibre should I eat a day and where do I get it")
    reply = await chat(follow)
    assert "gradually" in reply.text and "water" in reply.text and "IBS" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "how do i loose belly fatt fast", "how do I lose belly fat", "how to get rid of my love handles", "best way to lose stomach fat?",
        "how can i get a flat tummy", "lose my belly in 2 weeks?", "how do i lose the belly",
    ],
)  # fmt: skip
async def test_belly_fat_is_whole_body_fat_loss_not_spot_reduction(chat, message: str) -> None:
    reply = await chat(message)
    assert "spot-reduce" in reply.text and "deficit" in reply.text, reply.text


@pytest.mark.parametrize("follow", ["cn i just go wit nothin", "can i just go with nothing", "or can I run on an empty stomach", "is it ok to go without eating"])
async def test_going_with_nothing_before_a_run_is_the_fasted_answer(chat, follow: str) -> None:
    await chat("wat shud i eat b4 a mornin run")
    reply = await chat(follow)
    assert "easy or moderate" in reply.text, reply.text


@pytest.mark.parametrize("diet", ["vegetarian though", "oh vegetarian tho", "vegan instead", "actually veggie please"])
async def test_a_diet_said_after_ideas_redoes_them_and_cheaper_keeps_it(chat, diet: str) -> None:
    await chat("lunches for work")
    veg = await chat(diet)
    assert "lunch ideas (veg" in veg.text, veg.text
    for cheaper in ("cheaper? i'm skint till payday", "i'm skint till friday"):
        cheap = await chat(cheaper)
        assert "budget-friendly" in cheap.text and "(veg" in cheap.text, cheap.text


@pytest.mark.parametrize(
    ("message", "span"),
    [
        ("hw much protien shud i eat im 80kg tryna bulk", "128–176 g"), ("how much protein do I need to build muscle? I'm 70 kg", "112–154 g"),
        ("I'm 90 kg and bulking, protein per day?", "144–198 g"), ("protein for muscle gain at 60kg?", "96–132 g"),
        ("how much protein to get bigger, I weigh 75 kg", "120–165 g"),
    ],
)  # fmt: skip
async def test_protein_to_build_muscle_is_1_6_to_2_2_g_per_kg(chat, message: str, span: str) -> None:
    reply = await chat(message)
    assert span in reply.text and "to build muscle" in reply.text, reply.text


async def test_protein_without_a_muscle_goal_keeps_the_adult_range(chat) -> None:
    reply = await chat("how much protein do I need? I weigh 80 kg")
    assert "66–80 g" in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "asked"),
    [
        ("just found out I'm 9 weeks!! want to run 5 days a week. can you plan it?", "and how many cals should I eat so I don't gain any weight?"),
        ("I'm 20 weeks pregnant", "how many calories to not put on weight"),
        ("im pregnant with my first", "what should my calories be so i dont gain"),
        ("we're expecting, I'm 12 weeks", "calories to avoid gaining weight?"),
    ],
)
async def test_no_calorie_target_against_gaining_in_pregnancy(chat, first: str, asked: str) -> None:
    await chat(first)
    reply = await chat(asked)
    assert "healthy part of pregnancy" in reply.text and "midwife" in reply.text, reply.text
    assert "kcal a day at rest" not in reply.text


@pytest.mark.parametrize(
    "message",
    ["how many calories should I eat so I don't gain weight? I'm 30, male, 85 kg, 180 cm", "calories to not put on weight, 30, female, 65 kg, 168 cm"],
)
async def test_not_gaining_is_maintenance_not_a_surplus(chat, message: str) -> None:
    reply = await chat(message)
    assert "kcal a day" in reply.text and "weight gain" not in reply.text and "above your needs" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("profile", "question", "says"),
    [
        ({"gluten_free": True, "conditions": ["coeliac"]}, "is there gluten in soy sauce?", ["Yes — regular soy sauce", "wheat", "tamari", "isn't safe for you"]),
        ({"gluten_free": True, "conditions": ["coeliac"]}, "does beer have gluten", ["Yes — beer", "barley", "labelled gluten-free"]),
        ({"gluten_free": True, "conditions": ["coeliac"]}, "is soy sauce gluten free?", ["No — regular soy sauce", "wheat", "tamari"]),
        ({"allergies": ["sesame"]}, "does hummus have sesame in it?", ["Yes — hummus", "tahini", "isn't safe for you"]),
        ({}, "does pesto have nuts in it?", ["Yes — pesto", "pine nuts", "check the label"]),
        ({}, "is there fish in worcestershire sauce", ["Yes — Worcestershire sauce", "anchovies"]),
        ({"allergies": ["egg"]}, "does mayo have egg in it", ["Yes — mayonnaise", "egg yolk", "egg-free mayo"]),
    ],
)
async def test_is_there_an_allergen_in_a_food_says_yes_and_why(chat, write_profile, profile, question: str, says: list[str]) -> None:
    write_profile({"diet": profile})
    reply = await chat(question)
    for words in says:
        assert words in reply.text, (words, reply.text)


@pytest.mark.parametrize("question", ["is there gluten in rice?", "does chicken have dairy in it?", "is there sesame in apples?"])
def test_a_food_without_the_allergen_gets_no_made_up_yes(question: str) -> None:
    from agenthost_ceres.can_have import contains_answer

    assert contains_answer(question, COELIAC) is None


@pytest.mark.parametrize(
    ("text", "foods"),
    [
        ("2 idli with sambar", ["idli", "sambar"]), ("a masala dosa", ["masala_dosa"]), ("chicken biryani and raita", ["chicken_biryani", "raita"]),
        ("chicken tikka", ["chicken_tikka"]), ("a bowl of poha", ["poha"]), ("khichdi", ["khichdi"]), ("pav bhaji", ["pav_bhaji"]),
        ("vada pav", ["vada_pav"]), ("a plate of nasi goreng", ["nasi_goreng"]), ("beef rendang with rice", ["beef_rendang", "white_rice"]),
        ("5 dumplings", ["pork_dumplings"]), ("jerk chicken with rice and peas", ["jerk_chicken", "rice_and_peas"]), ("moussaka", ["moussaka"]),
        ("paella", ["paella"]), ("risotto", ["risotto"]), ("lamb kofta with rice", ["kofta", "white_rice"]),
    ],
)  # fmt: skip
def test_common_dishes_of_other_cuisines_are_logged_whole(text: str, foods: list[str]) -> None:
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(text, load_table())
    assert [item.food.id for item in parsed.items] == foods and not parsed.unrecognised, (parsed.items, parsed.unrecognised)


@pytest.mark.parametrize(
    ("follow", "says"),
    [
        ("hmm not keen on chicken", "without chicken"), ("don't fancy fish today", "without fish"), ("too much effort tbh", "no cooking needed"),
        ("i only have a microwave at work", "no cooking needed"), ("something warmer, it's freezing", "soup ideas"), ("bored of eggs", "without egg"),
    ],
)  # fmt: skip
async def test_everyday_reactions_to_ideas_change_the_ideas(chat, follow: str, says: str) -> None:
    await chat("what should I have for lunch")
    reply = await chat(follow)
    assert says in reply.text, reply.text


@pytest.mark.parametrize(
    ("follow", "says"),
    [
        ("is that too much?", "up to about 2 g per kg"), ("is that much protein bad for my kidneys", "kidney"),
        ("what if I'm vegan", "vegan diets give enough protein"), ("can I get that from food alone", "ordinary meals"),
        ("do I need shakes for that?", "convenience"),
    ],
)  # fmt: skip
async def test_follow_ups_to_a_protein_figure(chat, follow: str, says: str) -> None:
    await chat("how much protein do I need? I weigh 70kg")
    reply = await chat(follow)
    assert says in reply.text, reply.text


@pytest.mark.parametrize(("text", "food"), [("just had a large glass of rosé", "white_wine"), ("a café latte", "latte"), ("a glass of rosé", "white_wine")])
def test_accented_food_words_read_as_the_words(text: str, food: str) -> None:
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(text, load_table())
    assert [item.food.id for item in parsed.items] == [food] and not parsed.unrecognised


async def test_a_slice_asked_about_is_the_slice_of_the_food_named(chat) -> None:
    reply = await chat("pizza night! how much protein in a slice?")
    assert "Pizza" in reply.text and "1 slice" in reply.text, reply.text


@pytest.mark.parametrize("message", ["im so bloated after eating beans, normal?", "lentils make me so gassy, is that normal", "why do beans give me gas"])
async def test_wind_from_beans_is_normal_and_eases(chat, message: str) -> None:
    reply = await chat(message)
    assert "common and normal" in reply.text and "gradually" not in reply.text.lower() or "build up" in reply.text, reply.text


@pytest.mark.parametrize("fix", ["the coke was diet", "make that a diet coke", "swap the coke for a diet one", "oh wait it was a diet coke not regular"])
async def test_a_drink_corrected_to_its_diet_kind_is_replaced_not_added(chat, on_disk_log, fix: str) -> None:
    await chat("had a burger and a coke")
    reply = await chat(fix)
    assert "diet cola" in reply.text and "Fixed your " in reply.text, reply.text
    assert len([r for r in on_disk_log("meals.jsonl") if not r.get("deleted")]) >= 1
    again = await chat("the burger was a cheeseburger")
    assert "replaced 1 hamburger" in again.text, again.text


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("my friend is coeliac and coming for dinner, can she have soy sauce?", ["isn't safe for her", "wheat", "she's coeliac", "tamari"]),
        ("cooking for my nephew who has a nut allergy, is pesto ok?", ["isn't safe for him", "his tree nut allergy", "sunflower"]),
        ("my niece is allergic to eggs and milk, can she have pancakes?", ["aren't safe for her", "egg and milk"]),
        ("our guests are coeliac, is couscous ok?", ["isn't safe for them", "wheat", "they're coeliac"]),
    ],
)
async def test_a_diet_said_for_someone_else_in_the_question_is_checked(chat, message: str, says: list[str]) -> None:
    reply = await chat(message)
    for words in says:
        assert words in reply.text, (words, reply.text)


@pytest.mark.parametrize(("text", "food"), [("had a slice of chocolate cake", "chocolate_cake"), ("2 slices of cake", "sponge_cake"), ("a piece of carrot cake", "carrot_cake")])
def test_cake_is_logged_as_cake(text: str, food: str) -> None:
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(text, load_table())
    assert [item.food.id for item in parsed.items] == [food] and not parsed.unrecognised


@pytest.mark.parametrize(
    ("fix", "meal"),
    [("that was lunch not breakfast", "lunch"), ("log that as dinner", "dinner"), ("oops it was my dinner actually", "dinner"), ("that was a snack", "snack"), ("it was tea, not lunch", "dinner")],
)
async def test_the_last_meal_logged_under_the_wrong_meal_is_moved_to_the_right_one(chat, on_disk_log, fix: str, meal: str) -> None:
    await chat("I had porridge with banana for breakfast")
    reply = await chat(fix)
    assert f"is now your {meal}" in reply.text, reply.text
    kept = [r for r in on_disk_log("meals.jsonl") if "items" in r]
    assert kept[-1]["meal_type"] == meal


@pytest.mark.parametrize(("meal", "ask", "says"), [
    ("had a big mac and large fries for lunch", "is that a lot?", ["1,070 kcal", "54%", "no need to skip"]),
    ("2 eggs on toast for breakfast", "was that ok?", ["211 kcal", "a light meal"]),
    ("a large pizza for dinner", "too much?", ["kcal", "%"]),
])  # fmt: skip
async def test_is_that_a_lot_after_logging_judges_the_meal_against_a_day(chat, meal: str, ask: str, says: list[str]) -> None:
    await chat(meal)
    reply = await chat(ask)
    for words in says:
        assert words in reply.text, (words, reply.text)


@pytest.mark.parametrize(("follow", "says"), [("even if I'm not thirsty?", "pale straw"), ("what about kids", "Children need less"), ("and for my toddler?", "2-3 years")])
async def test_water_follow_ups_on_thirst_and_children(chat, follow: str, says: str) -> None:
    await chat("how much water should I drink")
    reply = await chat(follow)
    assert says in reply.text, reply.text


@pytest.mark.parametrize("message", ["and something sweet for after dinner that isn't a whole cake", "something sweet that isn't cake", "any ideas for something savoury that isn't just toast"])
async def test_asking_for_something_that_is_not_a_food_logs_nothing(chat, on_disk_log, message: str) -> None:
    await chat("quick high protein snacks I can keep at my desk?")
    reply = await chat(message)
    assert "Logged" not in reply.text and "ideas" in reply.text, reply.text
    assert not on_disk_log("meals.jsonl")


@pytest.mark.parametrize(
    "message",
    [
        "how much caffeine before a workout is sensible? I'm 60kg",
        "caffeine before the gym, how much is sensible?",
        "is caffeine before a long run a good idea?",
    ],
)
async def test_caffeine_before_training_is_ceres_answer_with_the_dose_per_kg(tmp_path, message: str) -> None:
    """Ceres holds the caffeine answers (Helios has none): the router sends it there, and the
    answer is the training one (mg per kg, about an hour before), not the daily limits alone."""
    from aiohttp import web

    from host import keys
    from host.app import create_app
    from host.config import test_config
    from host.plugins import make_plugin_manager
    from host.types import ClassifyContext

    config = test_config(tmp_path)
    app = create_app(config, pm=make_plugin_manager(config))
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        decision = await app[keys.DISPATCHER].router.route(message, ClassifyContext(user_id="u", history=[], profile={}))
    finally:
        await runner.cleanup()
    assert decision.agent == "ceres", decision
    from agenthost_ceres import knowledge

    found = knowledge.find(message)
    assert found is not None and found[0].id == "caffeine_exercise", found
