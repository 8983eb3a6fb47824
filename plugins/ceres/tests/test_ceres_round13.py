"""Round 13: meal-log changes as people say them (only ate part of it, it was another day, a
typo'd amount, "+ a flat white", "today so far just ..."), brand snacks asked about before
they are logged, and log replies that name the user's own words."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from host.clock import now

from agenthost_ceres import intents


def live(on_disk_log) -> list[dict]:
    records = on_disk_log("meals.jsonl") or []
    gone = {r["deleted"] for r in records if "deleted" in r}
    return [r for r in records if "items" in r and r["id"] not in gone]


def day_kcal(on_disk_log, days_ago: int = 0) -> float:
    date = (now().date() - timedelta(days=days_ago)).isoformat()
    return sum(r["totals"]["kcal"] for r in live(on_disk_log) if r["date"] == date)


@pytest.mark.parametrize(
    ("said", "share"),
    [
        ("actually I only ate half, my flatmate nicked the rest", 0.5),
        ("i only had half of it tbh", 0.5),
        ("I only managed about a third of it", 0.333),
        ("only ate like half, wasn't hungry", 0.5),
        ("I really only ate a quarter of that", 0.25),
        ("just half of it", 0.5),
        ("shared it with my sister", 0.5),
        ("I only got through three quarters of it", 0.75),
        ("only had half the pad thai", 0.5),
        ("couldnt finish it, had about half", 0.5),
        ("I left a third of it, too full", 0.667),
        ("my kid ate half of it", 0.5),
        ("gave half to my dog", 0.5),
        ("half of it went in the bin", 0.5),
        ("we shared it", 0.5),
    ],
)
def test_only_part_of_a_meal_eaten_is_read_as_a_share(said: str, share: float) -> None:
    found = intents.portion_eaten(said)
    assert found is not None and found[0] == pytest.approx(share, abs=0.001), said


@pytest.mark.parametrize(
    "said",
    ["I had half a pizza", "I only had a banana", "I only eat half the time", "half a bagel with cream cheese", "how much is half a tube?",
     "my kid ate half a banana", "I left work early", "had a quarter of a cake", "how do I eat half as much"],
)  # fmt: skip
def test_a_meal_with_half_in_it_is_no_share(said: str) -> None:
    assert intents.portion_eaten(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "actually I only ate half, my flatmate nicked the rest",
        "oh I only had half of it",
        "only ate half lol, the rest is in the fridge",
        "I shared it with my boyfriend",
    ],
)
async def test_only_half_eaten_halves_the_last_meal_once(chat, on_disk_log, said: str) -> None:
    await chat("takeaway chicken pad thai for dinner")
    before = day_kcal(on_disk_log)
    reply = await chat(said)
    assert "half" in reply.text and "instead of" in reply.text, reply.text
    assert day_kcal(on_disk_log) == pytest.approx(before / 2, abs=2)
    again = await chat(said)  # the same message again changes nothing
    assert "already" in again.text and day_kcal(on_disk_log) == pytest.approx(before / 2, abs=2)
    total = await chat("so what's my total today")
    assert f"{round(before / 2)} kcal" in total.text.replace(",", "")


async def test_half_of_one_food_leaves_the_rest_of_the_meal(chat, on_disk_log) -> None:
    await chat("a cheeseburger and large fries for lunch")
    reply = await chat("I only ate half the fries")
    assert "fries" in reply.text.lower() and "half" in reply.text
    (meal,) = live(on_disk_log)
    burger = next(i for i in meal["items"] if "fries" not in i["name"])
    assert burger["quantity"] == 1


@pytest.mark.parametrize(
    "said",
    [
        "wait no that was yesterday morning, not today. can you move it?",
        "oops that was yesterday, pls fix",
        "no that was yesterday not today, can you change it",
        "sorry, that was yesterday morning",
        "hmm that was actually yesterday. could you move that for me?",
        "can you put that on yesterday",
        "I meant yesterday",
        "log that for yesterday instead",
        "move it to yesterday pls",
        "wait, I ate that yesterday",
        "can you move my lunch to yesterday",
        "my lunch was yesterday actually",
    ],
)
async def test_a_meal_said_to_be_yesterday_is_moved_there(chat, on_disk_log, said: str) -> None:
    await chat("log a glazed donut and a large cappuccino")
    reply = await chat(said)
    assert "yesterday" in reply.text and "Moved" in reply.text, reply.text
    assert {r["date"] for r in live(on_disk_log)} == {(now().date() - timedelta(days=1)).isoformat()}
    today = await chat("what did I eat today then?")
    assert "donut" not in today.text.lower() and "doughnut" not in today.text.lower()
    yesterday = await chat("and yesterday?")
    assert "donut" in yesterday.text.lower() or "doughnut" in yesterday.text.lower()


async def test_yesterday_morning_is_breakfast(chat, on_disk_log) -> None:
    await chat("log a glazed donut and a large cappuccino")
    await chat("wait no that was yesterday morning, not today. can you move it?")
    assert [r["meal_type"] for r in live(on_disk_log)] == ["breakfast"]


@pytest.mark.parametrize("said", ["sory i ment 3 egs", "sorry I meant 3 eggs", "oops i ment three eggs", "my bad, meant 3 eggs"])
async def test_a_typo_d_amount_correction_replaces_the_eggs(chat, on_disk_log, said: str) -> None:
    await chat("lgo 2 egs and tost for brekky")
    reply = await chat(said)
    assert re.search(r"\b3 eggs\b", reply.text), reply.text
    (meal,) = live(on_disk_log)
    eggs = next(i for i in meal["items"] if i["food_id"].startswith("egg"))
    assert eggs["quantity"] == 3


@pytest.mark.parametrize("said", ["+ a flat white mid morning", "and a coffee", "plus a flat white", "oh and a latte"])
async def test_an_addition_after_a_log_is_logged_not_a_menu(chat, on_disk_log, said: str) -> None:
    await chat("breakfast was 2 slices of wholemeal toast with peanut butter and a glass of OJ")
    before = day_kcal(on_disk_log)
    reply = await chat(said)
    assert "I can:" not in reply.text and "Added" in reply.text, reply.text
    assert day_kcal(on_disk_log) > before


@pytest.mark.parametrize(
    "said", ["today so far just a protein bar and a banana", "so far today only a protein bar and a banana", "just a protein bar and a banana so far"]
)
async def test_today_so_far_with_foods_is_a_log(chat, on_disk_log, said: str) -> None:
    reply = await chat(said)
    assert "Logged" in reply.text, reply.text
    assert 250 <= day_kcal(on_disk_log) <= 450


async def test_what_have_i_had_today_so_far_stays_a_summary(chat, on_disk_log) -> None:
    await chat("2 eggs for breakfast")
    reply = await chat("what have I had today so far?")
    assert "Today" in reply.text and len(live(on_disk_log)) == 1


async def test_an_unquantified_brand_snack_is_asked_about_then_logged(chat, on_disk_log) -> None:
    first = await chat("I ate infinity pringles 😭")
    assert "?" in first.text and re.search(r"how (?:many|much)", first.text, re.I)
    assert live(on_disk_log) == []
    second = await chat("ok fine, about half a big tube of sour cream & onion")
    assert "Logged" in second.text
    assert 420 <= day_kcal(on_disk_log) <= 530


@pytest.mark.parametrize(
    ("said", "low", "high"),
    [("a snickers", 230, 260), ("2 mars bars", 440, 470), ("a twix", 240, 260), ("a dairy milk", 230, 250), ("a protein bar", 180, 250),
     ("a tube of pringles", 900, 1050)],
)  # fmt: skip
async def test_brand_snacks_log_with_their_pack_figures(chat, on_disk_log, said: str, low: int, high: int) -> None:
    await chat(said)
    assert low <= day_kcal(on_disk_log) <= high


async def test_a_log_reply_names_the_users_own_words(chat) -> None:
    reply = await chat("breakfast was 2 slices of wholemeal toast with peanut butter and a glass of OJ")
    assert "toast" in reply.text


MEAT_OR_FISH = re.compile(r"\b(?:chicken|beef|pork|turkey|ham|bacon|salmon|tuna|cod|prawns?|shrimp|fish|lamb|steak)\b", re.I)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("high protein vegetarian lunch idea?", "nice, and for dinner?"),
        ("vegetarian lunch ideas please", "great, what about dinner"),
        ("any veggie breakfast ideas?", "perfect! and lunch?"),
        ("vegetarian dinner ideas", "cool, something for lunch too"),
        ("vegetarian snack ideas", "thanks, and dinner ideas as well"),
    ],
)
async def test_a_thread_s_diet_carries_to_the_next_meal(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert "ideas" in reply.text and "vegetarian" in reply.text, reply.text
    assert not MEAT_OR_FISH.search(reply.text), reply.text
    without = await chat("could you do that without eggs? I've gone off them")
    assert not MEAT_OR_FISH.search(without.text) and not re.search(r"\beggs?\b(?! ?free)", without.text.split("\n", 1)[1]), without.text


async def test_nice_alone_after_ideas_is_no_new_request(chat) -> None:
    await chat("vegetarian lunch ideas please")
    reply = await chat("nice, thanks")
    assert "Here are 3" not in reply.text


@pytest.mark.parametrize(
    "ask",
    ["can you lay out a day of meals like that?", "could you give me a full day of eating like that", "what would a day's worth of meals look like?",
     "map out a day of food for me"],
)  # fmt: skip
async def test_a_day_plan_after_protein_keeps_the_vegan_soy_free_thread(chat, ask: str) -> None:
    await chat("vegan here but allergic to soy, so no tofu for me. how do I get enough protein?")
    reply = await chat(ask)
    for meal in ("Breakfast", "Lunch", "Dinner", "Snack"):
        assert meal in reply.text, reply.text
    assert not re.search(r"\b(?:tofu|soy|soya|edamame|tempeh|miso|egg|milk|yogurt|cheese|chicken)\b", reply.text.split("\n", 1)[1], re.I), reply.text


async def test_something_sweet_after_nut_free_hiking_snacks_is_sweet_and_nut_free(chat) -> None:
    await chat("I can't have nuts at all, I carry an epipen. need snacks for a 6 hour hike saturday")
    reply = await chat("something sweet too for when I'm flagging")
    assert re.search(r"\b(?:banana|fruit|date|raisin|honey|apricot|mango|flapjack|chocolate)\b", reply.text, re.I), reply.text
    assert not re.search(r"\b(?:peanut|almond|walnut|cashew|pecan|hazelnut|pistachio|nut butter|granola)\b", reply.text, re.I), reply.text


@pytest.mark.parametrize("ask", ["how long would that take roughly?", "how long will that take?", "how many weeks would that be", "when would I get there?"])
async def test_how_long_after_calories_for_a_loss_in_the_profile_is_weeks(chat, write_profile, ask: str) -> None:
    write_profile({"age": 27, "sex": "female", "height_cm": 163, "weight_kg": 68, "activity_level": "sedentary", "goals": ["lose like 15 lbs"]})
    await chat("what should my daily calories be?")
    reply = await chat(ask)
    assert re.search(r"\b7–14 weeks\b", reply.text), reply.text


@pytest.mark.parametrize("ask", ["wat about on rest days", "what about rest days?", "and on non-training days?", "same on my days off?", "and when I'm not lifting?"])
async def test_protein_on_rest_days_is_the_same_not_cut(chat, ask: str) -> None:
    await chat("how much protein should i eat a day im 75kg and i lift")
    reply = await chat(ask)
    assert "About the same" in reply.text and "don't cut it" in reply.text and "105–150 g" in reply.text, reply.text


async def test_calories_on_rest_days_are_not_the_protein_answer(chat) -> None:
    await chat("how much protein should i eat a day im 75kg and i lift")
    reply = await chat("and calories on rest days?")
    assert "About the same on rest days: keep your protein" not in reply.text


@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("how much protein do I need? 70kg, lifting 4x a week", ("repair", "muscle")),
        ("how much protein do I need? I weigh 70 kg", ("repair",)),
        ("how much protein to lose weight? I'm 90 kg", ("muscle", "deficit")),
    ],
)
async def test_why_that_much_protein_gives_the_reason_not_only_the_citation(chat, ask: str, words: tuple[str, ...]) -> None:
    await chat(ask)
    reply = await chat("why that much?")
    for word in words:
        assert word in reply.text, reply.text
    assert "Source:" in reply.text


@pytest.mark.parametrize(
    ("ask", "other"),
    [
        ("I'm 68, female, 5ft 2in and 9 stone 7. I want to keep my bones strong. how much calcium and protein should I aim for?", "calcium"),
        ("how much protein and fibre do I need? I weigh 80kg", "fibre"),
        ("I'm 60kg, how much iron & protein should I be getting?", "iron"),
    ],
)
async def test_protein_and_another_nutrient_in_one_message_answers_both(chat, ask: str, other: str) -> None:
    reply = await chat(ask)
    assert re.search(r"\d+–\d+ g of protein", reply.text) and other in reply.text.lower(), reply.text


async def test_an_older_woman_in_stone_gets_the_prot_age_range(chat) -> None:
    reply = await chat("I'm 68, female, 5ft 2in and 9 stone 7. I want to keep my bones strong. how much calcium and protein should I aim for?")
    assert "60–72 g of protein" in reply.text and "1–1.2 g per kg" in reply.text and "700 mg" in reply.text


CHILLED = re.compile(r"\b(?:yogurt|cottage cheese|milk|cheese|eggs?|hummus|smoothie|frozen|chicken|tofu|edamame|avocado)\b", re.I)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what healthy snacks should I stock instead?", "and for my desk drawer at work? no fridge"),
        ("snack ideas please", "something for my gym bag? has to keep"),
        ("snack ideas", "ones that don't need a fridge"),
        ("any snack ideas", "what about shelf-stable ones for the office"),
    ],
)
async def test_snacks_for_a_desk_drawer_keep_without_a_fridge(chat, first: str, then: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert "keep without a fridge" in reply.text, reply.text
    ideas = "\n".join(line for line in reply.text.splitlines() if line.startswith(("1.", "2.", "3.", "   ")))
    assert ideas and not CHILLED.search(ideas), reply.text


async def test_hiking_snacks_for_a_nut_allergy_keep_and_have_no_nuts(chat) -> None:
    reply = await chat("I can't have nuts at all, I carry an epipen. need snacks for a 6 hour hike saturday")
    assert "keep without a fridge" in reply.text and not re.search(r"peanut butter|almond|walnut|cashew|granola", reply.text.split("Here are", 1)[1], re.I)


async def test_a_bag_of_crisps_is_still_a_log(chat, on_disk_log) -> None:
    reply = await chat("a bag of crisps and an apple")
    assert "Logged" in reply.text


@pytest.mark.parametrize(
    "ask",
    [
        "starting a cut next week after bulking all winter. do I drop carbs or fats first? and is a refeed day actually a thing?",
        "should I cut carbs or fat first on a cut?",
        "are refeed days worth it?",
        "just finished my bulk, starting a cut: fats first or carbs first?",
    ],
)
async def test_starting_a_cut_answers_carbs_or_fats_and_names_refeeds_honestly(chat, ask: str) -> None:
    reply = await chat(ask)
    assert "Either works" in reply.text and "refeed" in reply.text and "DIETFITS" in reply.text, reply.text


async def test_a_diet_break_question_keeps_the_diet_break_answer(chat) -> None:
    reply = await chat("I'm 3 weeks into a cut, can I have cake or take a diet break?")
    assert "diet break" in reply.text and "MATADOR" in reply.text


@pytest.mark.parametrize(
    "ask",
    [
        "got a blood test tomorrow morning and have to fast from 10pm. can I still have my protein shake before bed if it's before 10?",
        "fasting blood test at 9am, fast starts at midnight. can I have a snack before the cut off?",
        "I have bloods tomorrow, fasting from 8pm. is it ok to eat dinner at 7 before the fast?",
    ],
)
async def test_a_shake_before_a_blood_test_fast_is_fine_before_the_cut_off(chat, on_disk_log, ask: str) -> None:
    reply = await chat(ask)
    assert reply.text.startswith("Yes") and "cut-off" in reply.text and "water" in reply.text and "lab" in reply.text, reply.text
    assert live(on_disk_log) == []


async def test_food_during_a_blood_test_fast_keeps_the_fasting_rules(chat) -> None:
    reply = await chat("can I have coffee during my fasting blood test fast?")
    assert "water" in reply.text and not reply.text.startswith("Yes: anything")


@pytest.mark.parametrize(
    "ask",
    [
        "ran my first half marathon this morning!! what should I eat tonight and when can I run again?",
        "what should I eat after my marathon?",
        "just did a 10k race, what to eat tonight? after the race I'm starving",
    ],
)
async def test_after_a_race_a_recovery_meal_fluids_and_easy_days(chat, ask: str) -> None:
    reply = await chat(ask)
    assert "carbohydrate" in reply.text and "protein" in reply.text and "drinking" in reply.text, reply.text
    assert re.search(r"\b2-3 days\b", reply.text)


@pytest.mark.parametrize("ask", ["how do I know if I'm drinking enough?", "am I dehydrated?", "how can I tell if I'm drinking enough water"])
async def test_how_to_tell_if_you_drink_enough_names_urine_thirst_and_weighing(chat, ask: str) -> None:
    reply = await chat(ask)
    assert "urine" in reply.text and "thirsty" in reply.text and "weigh" in reply.text, reply.text


async def test_drinking_enough_after_another_answer_is_the_water_signs(chat) -> None:
    await chat("ran my first half marathon this morning!! what should I eat tonight and when can I run again?")
    reply = await chat("how do I know if I'm drinking enough?")
    assert "pale straw" in reply.text


@pytest.mark.parametrize("ask", ["why so much?", "that seems high, why?", "hmm ok but why", "why that much?", "why?"])
async def test_why_after_protein_in_several_wordings_gives_the_reason(chat, ask: str) -> None:
    await chat("how much protein do I need? 70kg, lifting 4x a week")
    reply = await chat(ask)
    assert "repair" in reply.text and "muscle" in reply.text, reply.text


@pytest.mark.parametrize("ask", ["isn't that a lot?", "bit much?", "that seems like loads", "wow that's so much"])
async def test_doubting_the_protein_figure_answers_whether_it_is_safe(chat, ask: str) -> None:
    await chat("how much protein do I need? 70kg, lifting 4x a week")
    reply = await chat(ask)
    assert "safe" in reply.text and "kidney" in reply.text, reply.text


@pytest.mark.parametrize(
    "ask",
    ["what about pub fish and chips, can I have that?", "fish and chips from the chippy - can I eat it?", "and a pint of beer, can I have one?"],
)
async def test_a_coeliac_asking_can_i_have_that_about_the_food_just_named_hears_no(chat, ask: str) -> None:
    await chat("diagnosed coeliac last month 😩 brunch ideas that aren't sad?")
    reply = await chat(ask)
    assert reply.text.startswith("No") and ("fryer" in reply.text or "barley" in reply.text), reply.text


@pytest.mark.parametrize(
    "ask",
    ["should I bring his epipen even if we're careful", "do I really need to carry my epi pen everywhere?", "is it ok to leave her auto-injector at home for a short trip?"],
)
async def test_carrying_an_adrenaline_pen_is_always_yes(chat, ask: str) -> None:
    await chat("taking my 10 yo nephew hiking sunday, he has a peanut allergy (only peanuts). what energy snacks should I bring for a 4 hour hike")
    reply = await chat(ask)
    assert reply.text.startswith("Yes, always") and "two" in reply.text and "emergency" in reply.text, reply.text


@pytest.mark.parametrize(("ask", "words"), [("whats a good stir fry for tonight?", r"stir-fry|noodle|rice"), ("what's a good curry for tonight", r"curry|dal")])
async def test_a_dish_for_tonight_is_dinner_ideas_of_that_kind(chat, ask: str, words: str) -> None:
    reply = await chat(ask)
    assert "dinner ideas" in reply.text and re.search(words, reply.text), reply.text


async def test_a_meal_logged_tonight_is_dinner(chat, on_disk_log) -> None:
    await chat("I had a pizza tonight")
    assert [r["meal_type"] for r in live(on_disk_log)] == ["dinner"]


@pytest.mark.parametrize("said", ["oops I think i logged that already earlier from my phone. remove the one you just added", "delete the duplicate", "remove the double entry", "undo the last one"])
async def test_removing_the_entry_just_added_takes_back_the_last_meal(chat, on_disk_log, said: str) -> None:
    await chat("breakfast 60g oats, 250ml semi skimmed milk, 1 banana, 15g honey")
    reply = await chat(said)
    assert "removed" in reply.text and live(on_disk_log) == [], reply.text


@pytest.mark.parametrize(
    ("ask", "figure"),
    [("how much of that was the beer", "206 kcal"), ("how many calories was the potato alone", "161 kcal"), ("and the protein in just the ribeye?", "68 g protein"),
     ("how many cals were the bud lights", "206 kcal")],
)  # fmt: skip
async def test_one_food_of_the_meal_just_logged_is_answered_alone(chat, ask: str, figure: str) -> None:
    logged = await chat("last night: 10 oz ribeye, baked potato w/ sour cream and 2 bud lights")
    assert "Logged" in logged.text and "1,239 kcal" in logged.text
    reply = await chat(ask)
    assert figure in reply.text, reply.text


async def test_cals_for_a_lean_bulk_is_the_users_needs(chat, write_profile) -> None:
    write_profile({"age": 32, "sex": "male", "height_cm": 185, "weight_kg": 97.1, "activity_level": "moderate", "goals": ["bulk without getting too fat"]})
    reply = await chat("cals for a lean bulk?")
    assert re.search(r"aim for about 3,\d{3} kcal", reply.text), reply.text
    protein = await chat("protein?")
    assert "155–214 g" in protein.text


async def test_protein_right_at_my_age_uses_the_older_range(chat, write_profile) -> None:
    write_profile({"age": 68, "sex": "female", "height_cm": 160, "weight_kg": 58})
    reply = await chat("How much protein is right at my age?")
    assert "58–70 g" in reply.text and "from age 65" in reply.text, reply.text


@pytest.mark.parametrize(("said", "low", "high"), [("logg 2 bannanas and a cofee with milk", 220, 260), ("lgo a tea with milk and 2 biscuits", 150, 200)])
async def test_a_log_verb_typed_wrong_still_logs(chat, on_disk_log, said: str, low: int, high: int) -> None:
    reply = await chat(said)
    assert "Logged" in reply.text and low <= day_kcal(on_disk_log) <= high, reply.text


@pytest.mark.parametrize("ask", ["can you do a veggie version of that", "could you make a vegan one", "got a vegetarian option of those?"])
async def test_a_diet_version_of_the_ideas_keeps_the_meal(chat, ask: str) -> None:
    await chat("high protein dinner idea? something not too fancy")
    reply = await chat(ask)
    assert "dinner ideas (veg" in reply.text and not MEAT_OR_FISH.search(reply.text), reply.text


async def test_protein_in_grams_per_day_after_a_profile_is_the_users_range(chat, write_profile) -> None:
    write_profile({"age": 21, "sex": "male", "height_cm": 185, "weight_kg": 74.8, "goals": ["bulk"]})
    reply = await chat("protein in grams per day?")
    assert "120–165 g" in reply.text, reply.text


@pytest.mark.parametrize("ask", ["what time should I stop having it so I can still sleep?", "will it keep me up at night?", "when's the cut off so it doesn't wreck my sleep"])
async def test_caffeine_and_sleep_after_caffeine_gives_a_cut_off(chat, ask: str) -> None:
    await chat("how much caffeine is ok before a workout? I already drink like 4 coffees a day")
    reply = await chat(ask)
    assert "half-life" in reply.text and "2pm" in reply.text, reply.text


async def test_weekend_beers_and_gains_then_their_calories(chat) -> None:
    first = await chat("does drinking on the weekend really ruin your gains? talking like 6-8 beers on a saturday night")
    assert "protein synthesis" in first.text and "sleep" in first.text
    second = await chat("how many calories is that many beers roughly")
    assert "1,450" in second.text and "1,950" in second.text, second.text  # UK pints at 244 kcal (USDA), as logged


async def test_cardio_and_gains_is_not_the_alcohol_answer(chat) -> None:
    reply = await chat("does cardio ruin your gains?")
    assert "alcohol" not in reply.text.lower() and "drink" not in reply.text.lower()


@pytest.mark.parametrize("ask", ["how do I say 'I have coeliac disease' in italian?", "how do I say gluten free in spanish?", "what's the phrase for coeliac in German?"])
async def test_a_coeliac_gets_the_phrase_in_the_language_asked(chat, ask: str) -> None:
    await chat("Coeliac here, off to Rome next week. What can I safely eat for breakfast at the hotel buffet?")
    reply = await chat(ask)
    assert "senza glutine" in reply.text and "sin gluten" in reply.text and "Zöliakie" in reply.text, reply.text


@pytest.mark.parametrize(
    "ask",
    ["I'm pregnant, 9 weeks. what should I be eating more of? I'm vegetarian btw", "just found out I'm pregnant! what do I need more of?",
     "what should I be eating now I'm in my first trimester?"],
)  # fmt: skip
async def test_what_to_eat_more_of_in_pregnancy_names_the_nutrients(chat, ask: str) -> None:
    reply = await chat(ask)
    assert "folic acid" in reply.text and "iron" in reply.text and "midwife" in reply.text, reply.text
    assert "Here are 3" not in reply.text


@pytest.mark.parametrize(
    "ask",
    ["why did I weigh 1.5kg more this morning than yesterday? I ate pizza last night. should I weigh every day or once a week",
     "why am I heavier this morning?", "my weight jumped 2 lbs overnight, is that real fat?", "how often should I weigh myself?"],
)  # fmt: skip
async def test_a_jump_on_the_scale_is_water_not_fat_and_nothing_is_logged(chat, on_disk_log, ask: str) -> None:
    reply = await chat(ask)
    assert "water" in reply.text and "average" in reply.text, reply.text
    assert live(on_disk_log) == []
    more = await chat("so its not actual fat?")
    assert "not fat" in more.text


@pytest.mark.parametrize("said", ["I ate infinity pringles 😭", "ate like infinity pringles", "omg I had infinity pringles earlier"])
async def test_loads_of_a_snack_is_asked_kindly_with_a_rough_amount(chat, on_disk_log, said: str) -> None:
    first = await chat(said)
    assert "?" in first.text and "half a tube" in first.text and live(on_disk_log) == [], first.text
    second = await chat("about half a tube")
    assert "Logged" in second.text and "didn't catch" not in second.text
    assert 420 <= day_kcal(on_disk_log) <= 530


async def test_the_amount_asked_for_keeps_the_day_of_the_first_message(chat, on_disk_log) -> None:
    await chat("omg I had infinity pringles last night")
    await chat("about half a tube")
    assert day_kcal(on_disk_log, days_ago=1) == pytest.approx(488, abs=5) and day_kcal(on_disk_log) == 0


@pytest.mark.parametrize("said", ["my tea was great", "lunch was nice, thanks"])
async def test_a_remark_about_a_meal_moves_nothing(chat, on_disk_log, said: str) -> None:
    await chat("log a glazed donut and a large cappuccino")
    await chat(said)
    assert {r["date"] for r in live(on_disk_log)} == {now().date().isoformat()}
