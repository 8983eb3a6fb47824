"""Round 15: keeping food safely (how long leftovers last, freezing, defrosting, reheating, rice),
grams and variants in a log ("it was 0% fat yoghurt"), the afternoon's entries, a date carried
over to the next log ("and a banh mi for dinner the same day"), other kitchens' staples for a
new coeliac, and everyday follow-ups ("best foods for it?", "is wey ok", "wat shud i chanje
first", a whole pizza after a long run and "might as well give up on the week")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from agenthost_ceres.dialog import DialogState
from agenthost_ceres.routing import classify
from agenthost_ceres.understand import understand
from host.clock import pinned
from host.types import ClassifyContext


@pytest.fixture(autouse=True)
def wednesday() -> Iterator[None]:
    """Wednesday 11 June 2025, 13:00 UTC: "monday" is the 9th, "yesterday" the 10th."""
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        yield


def faq_of(text: str, state: DialogState | None = None) -> tuple[str | None, str | None]:
    request = understand(text, state or DialogState())
    return (request.slots.get("id"), request.slots.get("facet")) if request.intent == "faq" else (None, None)


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        ("sliced my finger open chopping peppers for meal prep lol. anyway how long does cooked chicken last in the fridge?", "leftovers_storage"),
        ("how many days do leftovers keep?", "leftovers_storage"),
        ("is cooked pasta still good after 5 days in the fridge", "leftovers_storage"),
        ("I meal prep on sundays, will the chicken still be safe on friday?", "leftovers_storage"),
        ("how long can cooked mince stay in the fridge", "leftovers_storage"),
        ("how long does salmon keep once cooked?", "leftovers_storage"),
        ("I batch cooked a chilli on monday, is it still ok to eat on saturday?", "leftovers_storage"),
        ("burnt my hand on the oven lol. how long do leftovers last", "leftovers_storage"),
        ("wie lange hält gekochtes hähnchen im kühlschrank?", "leftovers_storage"),
        ("how long is leftover rice ok in the fridge?", "rice_storage"),
        ("can I freeze cooked rice?", "rice_storage"),
        ("can I freeze leftovers?", "freezing_food"),
        ("is it ok to refreeze defrosted chicken?", "freezing_food"),
    ],
)
def test_keeping_food_is_the_food_safety_answer(said: str, entry: str) -> None:
    assert faq_of(said)[0] == entry


@pytest.mark.parametrize(
    "said",
    ["give me lunch ideas with chicken", "any meal prep lunch ideas that keep in the fridge?", "how long does it take to cook rice?",
     "how much protein is in cooked chicken?", "are frozen vegetables as good as fresh?"],
)
def test_near_misses_are_not_food_safety(said: str) -> None:
    assert faq_of(said)[0] not in ("leftovers_storage", "rice_storage", "freezing_food")


@pytest.mark.parametrize(
    ("said", "routed"),
    [("how many days do leftovers keep?", True), ("how long does cooked chicken last in the fridge?", True), ("how do I defrost mince", True),
     ("how long should I rest between sets?", False)],
)
def test_keeping_food_routes_to_ceres(said: str, routed: bool) -> None:
    score = classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score
    assert (score >= 0.5) is routed, score


async def test_cooked_chicken_days_then_freezing_the_portions(chat) -> None:
    reply = await chat("sliced my finger open chopping peppers for meal prep, bled all over the board lol. anyway how long does cooked chicken last in the fridge?")
    assert "3-4 days" in reply.text and "2 days" in reply.text and "ideas" not in reply.text
    reply = await chat("and can I freeze the portions for later in the week?")
    assert reply.text.startswith("Yes") and "thaw" in reply.text.lower() and "months" in reply.text


async def test_rice_is_a_day_and_reheated_once(chat) -> None:
    reply = await chat("how long is leftover rice ok in the fridge?")
    assert "1 day" in reply.text
    reply = await chat("can I reheat it twice?")
    assert reply.text.startswith("No") and "once" in reply.text


@pytest.mark.parametrize(
    ("first", "then", "expect"),
    [
        ("how much fibre should I get a day? 45 year old woman", "best foods for it?", "Richest in fibre"),
        ("how much fibre do I need", "good sources?", "Richest in fibre"),
        ("how much iron do I need?", "sources?", "beans and lentils"),
        ("how much calcium do I need a day", "what foods are good for that?", "a glass of milk"),
    ],
)
async def test_foods_for_it_after_a_nutrient_answer(chat, first: str, then: str, expect: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert expect in reply.text and "I can:" not in reply.text


@pytest.mark.parametrize("then", ["is wey protien ok to use", "is whey ok?", "can I use whey protein?"])
async def test_whey_after_protein_needs_is_a_yes(chat, then: str) -> None:
    await chat("how much protein should I eat? im 70kg")
    reply = await chat(then)
    assert reply.text.startswith("Yes") and "whey" in reply.text and "aim for about" not in reply.text


@pytest.mark.parametrize("then", ["wat shud i chanje first", "what should I change first?", "where do I start?", "ok so what's the first step"])
async def test_a_first_step_after_a_weight_loss_pace(chat, then: str) -> None:
    await chat("i want to lose 5 kilos by august, is that realistic?")
    reply = await chat(then)
    assert reply.text.startswith("Start with one change") and "drinks" in reply.text


@pytest.mark.parametrize(
    "said",
    ["lol I ate it. diet's dead in the water now I guess, might as well give up on the week",
     "ate a whole tub of ice cream, my diet is ruined, may as well give up this week",
     "blew my diet at the wedding, might as well write off the week"],
)
async def test_giving_up_after_one_meal_is_next_meal_not_a_log(chat, on_disk_log, said: str) -> None:
    reply = await chat(said)
    assert "doesn't undo" in reply.text and "give up" in reply.text
    assert on_disk_log("meals.jsonl") is None


@pytest.mark.parametrize(
    ("said", "ceres"),
    [
        ("just did a 15k long run and I'm STARVING. is it bad if I destroy a whole pizza?", True),
        ("had a massive burger after my half marathon, is that bad?", True),
        ("I ran 10k this morning", False),
        ("my knee hurts after a run, is that bad?", False),
    ],
)
def test_a_big_meal_after_training_is_ceres(said: str, ceres: bool) -> None:
    score = classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score
    assert (score >= 0.8) is ceres, score


async def test_a_whole_pizza_after_a_long_run_is_fine(chat) -> None:
    reply = await chat("just did a 15k long run and I'm STARVING. is it bad if I destroy a whole pizza?")
    assert "fine" in reply.text and "ideas" not in reply.text


def _kcal(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) kcal", text)]


async def test_grams_are_used_and_greek_yoghurt_is_the_full_fat_kind_until_corrected(chat) -> None:
    reply = await chat("log 200g greek yoghurt, 40g granola and 100g blueberries")
    assert "whole milk" in reply.text and "200 g" in reply.text and 380 <= max(_kcal(reply.text)) <= 560
    reply = await chat("sorry it was 0% fat yoghurt, can you fix that")
    assert reply.text.startswith("Fixed") and "nonfat" in reply.text
    assert "That meal is now 370 kcal" in reply.text  # 200 g of the nonfat kind, the rest as logged


@pytest.mark.parametrize(
    ("logged", "fixed", "now"),
    [
        ("had 250 g of greek yogurt with honey", "it was the fat free one", "nonfat"),
        ("a glass of milk and a bowl of cornflakes", "it was skimmed milk actually", "skim"),
        ("a glass of milk with my toast", "sorry, semi-skimmed", "2%"),
        ("a can of coke with lunch", "sorry it was diet", "diet cola"),
        ("a glass of skimmed milk", "it was full fat actually", "whole"),
    ],
)
async def test_a_variant_said_after_a_log_swaps_that_food_for_its_kind(chat, logged: str, fixed: str, now: str) -> None:
    await chat(logged)
    reply = await chat(fixed)
    assert reply.text.startswith("Fixed") and now in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then", "day"),
    [
        ("forgot to log monday: big bowl of beef pho for lunch", "and a pork banh mi for dinner the same day", "Monday 9 June"),
        ("yesterday I had shakshuka for breakfast", "then a bibimbap for lunch", "yesterday"),
        ("on saturday I had jollof rice for lunch", "and pierogi for dinner that day", "Saturday 7 June"),
        ("on tuesday I had an arepa for breakfast", "and for dinner a chicken curry", "yesterday"),
    ],
)
async def test_the_next_log_keeps_the_day_of_a_dated_one(chat, on_disk_log, first: str, then: str, day: str) -> None:
    await chat(first)
    reply = await chat(then)
    assert reply.text.startswith("Logged your") and day in reply.text.split("\n")[0], reply.text
    assert "didn't catch" not in reply.text
    dates = {record["date"] for record in on_disk_log("meals.jsonl") if "date" in record}
    assert len(dates) == 1, dates


async def test_a_log_that_says_its_own_day_is_that_day(chat, on_disk_log) -> None:
    await chat("yesterday I had shakshuka for breakfast")
    reply = await chat("and a coffee today")
    assert "yesterday" not in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    ("said", "low", "high"),
    [("a slice of carrot cake", 400, 500), ("a slice of victoria sponge", 350, 450), ("a slice of chocolate cake", 430, 550),
     ("a slice of cheesecake", 350, 450), ("6 pierogi", 450, 650), ("an arepa", 250, 400)],
)
async def test_cake_and_dish_portions_are_cafe_sized(chat, said: str, low: int, high: int) -> None:
    reply = await chat(said)
    assert low <= _kcal(reply.text)[0] <= high, reply.text


async def test_a_clock_time_around_4_is_a_snack_and_the_afternoon_holds_what_is_left(chat) -> None:
    reply = await chat("had a slice of carrot cake and a flat white around 4")
    assert reply.text.startswith("Logged your snack")
    await chat("actually scratch the cake, I gave most of it to my kid. just the flat white")
    reply = await chat("so what's logged for this afternoon now?")
    assert reply.text.startswith("This afternoon") and "flat white" in reply.text and "carrot cake" not in reply.text


@pytest.mark.parametrize(
    ("logged", "asked", "shown", "hidden"),
    [
        ("a brownie and a latte at 3pm", "what have I had this afternoon?", "brownie", None),
        ("porridge for breakfast and a sandwich for lunch", "what did I have this morning?", "porridge", "sandwich"),
        ("pasta for dinner", "what's logged for tonight?", "pasta", None),
    ],
)
async def test_a_part_of_today_is_its_meals(chat, logged: str, asked: str, shown: str, hidden: str | None) -> None:
    await chat(logged)
    reply = await chat(asked)
    assert reply.text.startswith("This ") and shown in reply.text, reply.text
    assert hidden is None or hidden not in reply.text


@pytest.mark.parametrize("said", ["had about 2 slices of toast", "about 2 bananas"])
async def test_about_and_a_number_before_a_food_is_an_amount_not_a_time(chat, said: str) -> None:
    reply = await chat(said)
    assert "snack" not in reply.text.split("\n")[0]


WHEAT_STAPLES = re.compile(r"(?<!jowar )(?<!bajra )(?<!ragi )(?<!makki )\broti\b|paratha|\bnaan\b|chapat|\bupma\b|\brava\b|\bsooji\b|\bcouscous\b(?! or)")


@pytest.mark.parametrize(
    ("said", "swaps", "style"),
    [
        ("just been diagnosed coeliac 😩 I'm Indian and basically live on roti and paratha. what can I have for breakfast instead?", "dosa", "Indian-style breakfast"),
        ("we're punjabi, chapati with everything, just found out I'm coeliac. ideas for dinner?", "jowar", "Indian-style dinner"),
        ("I'm coeliac and Italian, pasta is my life. what can I eat for dinner instead?", "risotto", "Italian-style dinner"),
        ("newly coeliac, I'm Ethiopian and eat injera every day, what can I have instead?", "teff", None),
        ("I'm Polish and just found out I'm gluten intolerant, what do I replace bread with for breakfast?", "buckwheat", None),
    ],
)
async def test_a_new_coeliac_hears_swaps_for_their_own_staples(chat, said: str, swaps: str, style: str | None) -> None:
    reply = await chat(said)
    assert "Gluten-free swaps for your staples" in reply.text and swaps in reply.text
    assert style is None or style in reply.text
    assert not WHEAT_STAPLES.search(reply.text.split("Gluten-free swaps", 1)[1]), reply.text


async def test_a_coeliac_naming_no_staple_gets_no_swaps(chat) -> None:
    reply = await chat("I'm coeliac, what can I have for breakfast?")
    assert "swaps for your staples" not in reply.text and "breakfast ideas" in reply.text


async def test_staples_without_a_gluten_free_diet_get_no_swaps(chat) -> None:
    reply = await chat("I'm vegetarian and live on roti and dal, what can I have for lunch?")
    assert "swaps for your staples" not in reply.text


@pytest.mark.parametrize("asked", ["is whey protein OK for him?", "is wey protien ok to use", "what protein powder should I use after the gym"])
async def test_whey_is_never_a_yes_with_a_milk_allergy(chat, asked: str) -> None:
    await chat("my son has a milk allergy")
    reply = await chat(asked)
    assert "whey protein is fine" not in reply.text and "Yes: whey" not in reply.text, reply.text


def test_the_round15_words_repair_no_everyday_words() -> None:
    """Ceres' routing terms are the router's typo-repair vocabulary: "hill repeats" must not
    become "hill reheats", "STARVING" "STARTING" or "feel" "fell"."""
    import agenthost_ceres.routing as ceres_routing
    from host.typos import TypoRepair, vocabulary_of

    repair = TypoRepair(vocabulary_of([ceres_routing.classify]))
    for said in ("my heart rate on hill repeats", "6 x 400 m repeats", "I'm STARVING after my run", "I feel dizzy", "a hash brown",
                 "a home brew", "a mighty effort"):
        assert repair(said).text == said


@pytest.mark.parametrize(
    ("said", "expect"),
    [
        ("how long can I keep cooked rice", "1 day"),
        ("is 5 day old chicken safe to eat", "3-4 days"),
        ("combien de temps se conserve le poulet cuit au frigo ?", "3-4 days"),
        ("my mum left the curry out overnight, is it still safe?", "Throw it away"),
    ],
)
async def test_more_ways_of_asking_how_long_food_keeps(chat, said: str, expect: str) -> None:
    reply = await chat(said)
    assert expect in reply.text, reply.text


async def test_reheating_rice_in_the_microwave_is_not_a_no(chat) -> None:
    await chat("how long can I keep cooked rice")
    reply = await chat("is it ok to reheat it in the microwave")
    assert not reply.text.startswith("No") and "steaming hot" in reply.text


@pytest.mark.parametrize(
    "said",
    ["ran a half marathon this morning and I'm ravenous, is a big burger and chips ok?",
     "just did a 15k long run and I'm STARVING. is it bad if I destroy a whole pizza?"],
)
async def test_a_big_meal_after_a_long_effort_is_fine_not_its_figures(chat, said: str) -> None:
    reply = await chat(said)
    assert "is fine" in reply.text and "Per 100 g" not in reply.text
    score = classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score
    assert score >= 0.9


async def test_later_is_no_unknown_food(chat) -> None:
    reply = await chat("and a banana for a snack later")
    assert "didn't catch" not in reply.text


@pytest.mark.parametrize(("said", "ceres"), [("can I reheat rice twice?", True), ("my mum left the curry out overnight, is it still safe?", True),
                                             ("I left my bike out overnight, is it ok?", False)])
def test_keeping_food_needs_a_food(said: str, ceres: bool) -> None:
    score = classify(said, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score
    assert (score >= 0.7) is ceres, score
    assert (faq_of(said)[0] in ("leftovers_storage", "rice_storage", "freezing_food")) is ceres


@pytest.mark.parametrize(
    ("logged", "fixed", "now", "grams"),
    [("had 300ml semi skimmed milk in my porridge", "oops it was whole milk", "milk, whole", "300 g"),
     ("had a full fat coke with lunch", "sorry it was a diet one", "diet cola", "368 g")],
)
async def test_a_variant_keeps_the_amount_logged(chat, logged: str, fixed: str, now: str, grams: str) -> None:
    reply = await chat(logged)
    assert "milk" not in reply.text or "milk" in logged  # "full fat coke" is a coke, not whole milk
    reply = await chat(fixed)
    assert reply.text.startswith("Fixed") and now in reply.text and grams in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    ("said", "style"),
    [("I'm a new coeliac and my family is Nigerian, we eat a lot of bread and pasta, breakfast ideas?", None),
     ("I'm vegetarian, any pasta ideas for dinner?", "italian"),
     ("celiac here, sri lankan, we eat roti and string hoppers, dinner ideas?", "indian")],
)
def test_the_style_of_ideas_is_the_kitchen_said(said: str, style: str | None) -> None:
    request = understand(said, DialogState())
    slots = (request.slots.get("then") or {}).get("slots", request.slots)
    assert slots.get("style") == style


LOGGED = DialogState(intent="log", slots={"meal_ids": ["m1"], "meal_type": "lunch", "date": "2025-06-11"})


@pytest.mark.parametrize(
    "said",
    ["it was the fat free one", "sorry it was diet", "skimmed", "sorry it was 0% fat yoghurt, can you fix that", "it was full fat actually",
     "it was diet not regular", "oops it was whole milk", "it was semi skimmed instead"],
)
def test_a_kind_said_after_a_log_is_a_correction(said: str) -> None:
    request = understand(said, LOGGED)
    assert request.intent == "correct" and request.slots.get("variant"), request


@pytest.mark.parametrize(
    "said",
    ["light lunch ideas?", "diet coke please", "whole milk", "diet tips?", "light snacks?", "low fat options for dinner?", "whole wheat toast too"],
)
def test_a_kind_word_in_a_new_request_is_no_correction(said: str) -> None:
    assert understand(said, LOGGED).slots.get("variant") is None


@pytest.mark.parametrize("said", ["so how much protein now?", "how much protein then", "and how much protein a day"])
def test_a_bare_protein_question_is_the_users_protein_needs(said: str) -> None:
    assert understand(said, DialogState()).intent == "protein"
