"""Lead 31: what someone wants, or no longer wants, to do is never a workout done.

"ya no quiero correr maratones" (I don't want to run marathons any more) was logged as a 42 km run of
about 2,984 kcal, and "no quiero correr hoy" (I don't want to run today) got "Love it! How long did the
running take?". Helios read the activity words of seven languages but not the wish around them.
"""

from __future__ import annotations

import pytest

from host.testing import ask
from tests.test_agents_lead30 import _socket, pytestmark  # noqa: F401 (the plugins' skip mark applies here too)


def _nothing_logged(message: str) -> None:
    assert "Logged" not in message and "How long did" not in message and "kcal" not in message, message


@pytest.mark.parametrize("message", [
    "ya no quiero correr maratones",
    "je ne veux plus courir de marathons",
    "ich will nicht mehr laufen",
    "non voglio più correre maratone",
    "não quero mais correr",
    "ik wil niet meer hardlopen",
    "nie chcę już biegać maratonów",
])
async def test_no_longer_wanting_to_run_gets_other_ways_to_keep_fit_and_logs_nothing(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "lucia")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Helios"), reply
    _nothing_logged(reply["message"])
    assert "without running" in reply["message"] and "cycling" in reply["message"], reply["message"]
    week = await ask(ws, "what did I do this week?", "2")
    assert "Running" not in week["message"] and "42.2 km" not in week["message"], week["message"]


@pytest.mark.parametrize("message", [
    "no quiero correr hoy",
    "I don't want to run today",
    "je ne veux pas courir ce soir",
    "non voglio correre oggi",
])
async def test_not_wanting_to_train_today_gets_the_motivation_answer_and_logs_nothing(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "tomas")
    reply = await ask(ws, message, "1")
    _nothing_logged(reply["message"])
    assert "commit to just 10 minutes" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", ["quiero correr 5 km", "voglio correre 10 km", "ik wil 5 km hardlopen"])
async def test_a_distance_someone_wants_to_run_is_not_logged(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "ines")
    reply = await ask(ws, message, "1")
    _nothing_logged(reply["message"])


@pytest.mark.parametrize("message", ["hoy corrí 5 km en 30 minutos", "ontem corri 5 km em 30 minutos", "ieri ho corso 5 km in 30 minuti"])
async def test_a_run_done_in_another_language_is_still_logged(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "pablo")
    reply = await ask(ws, message, "1")
    assert "Logged" in reply["message"] and "5 km" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", [
    "I don't want to run marathons anymore",
    "i dont want to go to the gym anymore, its boring",
    "i dont wanna go running anymore",
    "I no longer want to do crossfit",
])
async def test_no_more_of_a_sport_in_english_is_no_self_harm_reading(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "rory", guard=True)
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Helios") and "thoughts of ending your life" not in reply["message"], reply
    _nothing_logged(reply["message"])


@pytest.mark.parametrize("message", [
    "I don't want to do this anymore",
    "I don't want to train anymore, I don't want to be here at all",
    "i don't want to exercise anymore, what's the point of anything",
    "i dont want to cut myself anymore",
])
def test_no_more_of_life_or_of_everything_is_still_checked_in_on(message: str) -> None:
    from tests.test_safety_context import GUARD

    finding = GUARD.assess(message, [])
    assert finding is not None and finding.category == "self_harm", message


@pytest.mark.parametrize("message", [
    "I'm cutting for a bodybuilding show, how low should I go on carbs?",
    "12 weeks out from my physique comp, how many carbs should I eat?",
    "bikini comp in 10 weeks, how high should my carbs be?",
])
async def test_carbs_for_contest_prep_are_ceres_prep_answer(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "dana")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and "2.3-3.1 g per kg of lean mass" in reply["message"], reply


async def test_how_high_carbs_should_be_in_marathon_training_is_the_training_day_range(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "eoin")
    reply = await ask(ws, "marathon training, how high should my carbs be?", "1")
    assert reply["agent"].startswith("Ceres") and "6-10 g/kg" in reply["message"], reply


@pytest.mark.parametrize("message", [
    "my knees hurt when i squat, what should i do",
    "my back hurts when i deadlift, what should i do",
    "pain in my hip whenever i lunge, what can i do?",
])
async def test_pain_in_one_move_with_what_should_i_do_is_the_pain_answer_not_a_plan(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "niamh")
    reply = await ask(ws, message, "1")
    assert "plan" not in reply["message"].lower() and "physio" in reply["message"], reply["message"]


async def test_pain_in_a_move_with_days_a_week_still_gets_a_plan_around_it(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "oisin")
    reply = await ask(ws, "my knees hurt when i squat, can you make me a plan for 3 days a week?", "1")
    assert "3-day" in reply["message"] and "knees" in reply["message"], reply["message"]


async def test_a_clicking_shoulder_is_not_told_about_knees(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "jo")
    reply = await ask(ws, "my shoulder clicks when I bench, what should I do?", "1")
    assert "Clicking joints" in reply["message"] and "knee locking" not in reply["message"], reply["message"]


@pytest.mark.parametrize(("message", "pace"), [
    ("just did my first parkrun!! 32:10", "6:26/km"),
    ("parkrun this morning, 27:45", "5:33/km"),
    ("ran 5k this morning - 27:45", "5:33/km"),
])
async def test_a_time_a_few_words_after_a_parkrun_or_distance_is_its_time(make_client, tmp_path, message: str, pace: str) -> None:
    ws = await _socket(make_client, tmp_path, "cat")
    reply = await ask(ws, message, "1")
    assert "Logged" in reply["message"] and "estimated" not in reply["message"], reply["message"]
    again = await ask(ws, "what pace is that per km?", "2")
    assert pace in again["message"] or pace.replace("33", "34") in again["message"], again["message"]


async def test_a_clock_time_said_with_at_is_not_the_runs_time(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "cat")
    reply = await ask(ws, "ran 5k this morning at 7:30", "1")
    assert "How long did the running take?" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", ["can i have a coffee before my run", "can i drink coffee before a run?", "should i have an espresso before the gym?"])
async def test_a_coffee_before_a_session_is_the_caffeine_answer_then_how_much_is_too_much(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "ana")
    reply = await ask(ws, message, "1")
    assert "3-6 mg per kg" in reply["message"] and "2 kcal" not in reply["message"], reply["message"]
    more = await ask(ws, "how much is too much?", "2")
    assert "400 mg" in more["message"] and "pregnancy" in more["message"], more["message"]


async def test_a_banana_before_a_workout_is_the_pre_workout_answer_but_its_calories_asked_are_its_figures(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "ben")
    reply = await ask(ws, "can i eat a banana before my workout", "1")
    assert "before training" in reply["message"] and "105 kcal" not in reply["message"], reply["message"]
    figures = await ask(ws, "how many calories in a banana before my run", "2")
    assert "105 kcal" in figures["message"], figures["message"]


@pytest.mark.parametrize(("facts", "question", "verdict"), [
    ("I'm 52, female, 80 kg, 165 cm", "is that healthy?", "overweight range"),
    ("I'm 30, male, 70 kg, 180 cm", "am i ok then?", "healthy range"),
    ("I'm 41, male, 110 kg, 178 cm", "should i worry?", "type 2 diabetes"),
    ("I'm 25, female, 45 kg, 170 cm", "is that bad?", "underweight range"),
])
async def test_is_that_healthy_after_the_bmi_gets_the_verdict(make_client, tmp_path, facts: str, question: str, verdict: str) -> None:
    ws = await _socket(make_client, tmp_path, "pat")
    await ask(ws, facts, "1")
    await ask(ws, "what's my BMI?", "2")
    reply = await ask(ws, question, "3")
    assert reply["agent"].startswith("General") and verdict in reply["message"].split("\n")[0], reply["message"]
    assert "can't answer" not in reply["message"], reply["message"]


async def test_a_ten_year_old_lifting_is_answered_for_children_not_teenagers(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "rob")
    reply = await ask(ws, "my 10 year old wants to start lifting weights, is that ok?", "1")
    assert "children and teenagers" in reply["message"] and "7 or 8" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", [
    "Wat moet ik eten na het sporten?",
    "Wat kan ik het beste eten na de training?",
    "Cosa devo mangiare dopo l'allenamento?",
    "Co powinienem zjeść po treningu?",
])
async def test_food_after_training_asked_in_dutch_italian_or_polish_is_ceres_after_training_answer(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "sanne")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and reply["message"].startswith("After training"), reply


async def test_protein_a_day_and_dinner_tonight_in_dutch(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "joost")
    protein = await ask(ws, "Hoeveel eiwit per dag?", "1")
    assert "per kg a day" in protein["message"], protein["message"]
    ws = await _socket(make_client, tmp_path, "joost2")
    dinner = await ask(ws, "Wat kan ik vanavond eten?", "2")
    assert "dinner ideas" in dinner["message"], dinner["message"]


@pytest.mark.parametrize("message", ["I keep skipping the gym", "I've been so stressed with work, I keep skipping the gym", "i keep skipping workouts, help"])
async def test_skipping_the_gym_gets_coaching_not_the_menu(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "lee")
    reply = await ask(ws, message, "1")
    assert "commit to just 10 minutes" in reply["message"], reply["message"]


async def test_not_having_trained_for_weeks_is_never_a_workout_to_log(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "kim")
    reply = await ask(ws, "work has been crazy and I haven't trained in 3 weeks", "1")
    _nothing_logged(reply["message"])
    assert "Love it" not in reply["message"] and "back on track" in reply["message"], reply["message"]
    done = await ask(ws, "I haven't trained in 3 weeks but did a 30 min run today", "2")
    assert "Logged" in done["message"] and "30 min" in done["message"], done["message"]


@pytest.mark.parametrize(("condition", "part"), [("I have arthritis in my knees", "your knees"), ("oh and I have sciatica", "your back"), ("I've got plantar fasciitis", "your feet")])
async def test_a_condition_told_right_after_a_plan_rebuilds_it(make_client, tmp_path, condition: str, part: str) -> None:
    ws = await _socket(make_client, tmp_path, "val")
    await ask(ws, "make me a 3 day plan", "1")
    reply = await ask(ws, condition, "2")
    assert f"rebuilt your plan around {part}" in reply["message"] and f"Built around {part}" in reply["message"], reply["message"]


async def test_a_seventy_two_year_old_asking_where_to_start_gets_the_later_in_life_answer(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "gran")
    reply = await ask(ws, "I'm 72 and want to get stronger, where do I start?", "1")
    assert "Starting later in life" in reply["message"] and "balance" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", ["I'm on metformin, is it ok to do fasted cardio?", "I take insulin, can I do fasted training?"])
async def test_fasted_training_on_diabetes_medicines_says_what_the_medicines_change(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "raj")
    reply = await ask(ws, message, "1")
    assert "diabetes team" in reply["message"] and "fast sugar" in reply["message"], reply["message"]


@pytest.mark.parametrize(("message", "answer"), [
    ("Quanto devo dormire a 40 anni?", "7 or more hours"),
    ("Quantas horas devo dormir por noite?", "7 or more hours"),
    ("Hoeveel slaap heb ik nodig?", "7 or more hours"),
    ("Ile snu potrzebuję?", "7 or more hours"),
    ("Non riesco a dormire prima delle gare", "same times every day"),
    ("Ik kan niet slapen", "same times every day"),
    ("Nie mogę spać w nocy", "same times every day"),
    ("Sono molto stressata con il lavoro", "Stress is common"),
    ("Estou muito estressado", "Stress is common"),
])
async def test_sleep_and_stress_asked_in_italian_portuguese_dutch_or_polish(make_client, tmp_path, message: str, answer: str) -> None:
    ws = await _socket(make_client, tmp_path, "marta")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("General") and answer in reply["message"], reply


@pytest.mark.parametrize("message", [
    "Je suis allergique aux arachides. Que dois-je vérifier au supermarché ?",
    "Je suis allergique aux arachides. À quoi dois-je faire attention quand je fais les courses ?",
])
async def test_an_allergy_in_another_language_is_no_red_flag(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "chloe", guard=True)
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and "3114" not in reply["message"], reply


async def test_what_to_tell_the_teachers_about_a_class_trip_in_german_is_no_red_flag(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "lena", guard=True)
    await ask(ws, "Meine Tochter hat eine Nussallergie.", "1")
    reply = await ask(ws, "Was muss ich den Lehrern für die Klassenfahrt sagen?", "2")
    assert reply["agent"].startswith("Ceres") and "3114" not in reply["message"], reply


@pytest.mark.parametrize("message", [
    "je suis allergique aux arachides et je veux mourir",
    "je suis allergique aux arachides, je ne mange plus rien depuis une semaine",
    "meine Lehrer mobben mich, ich halte das nicht mehr aus",
    "i miei insegnanti mi umiliano, non ce la faccio più",
    "moja nauczycielka mnie nienawidzi, nie mam już siły",
    "mis profesores me odian y ya no aguanto más",
])
def test_beside_an_allergy_or_the_school_an_end_not_eating_or_not_coping_is_still_read(message: str) -> None:
    from tests.test_safety_context import GUARD

    finding = GUARD.assess(message, [])
    assert finding is not None and finding.category in ("self_harm", "eating_disorder"), message


@pytest.mark.parametrize(("disclosure", "ask_for"), [
    ("i feel disgusting after eating so i go to the gym twice a day", "whats a good leg workout"),
    ("I've been skipping meals to get lean for my fight, barely eating anything", "what's a good ab workout?"),
])
async def test_a_workout_asked_right_after_an_eating_disorder_answer_gets_no_plan(make_client, tmp_path, disclosure: str, ask_for: str) -> None:
    ws = await _socket(make_client, tmp_path, "remy", guard=True)
    first = await ask(ws, disclosure, "1")
    assert first["agent"].startswith("safety") or "worried" in first["message"], first
    reply = await ask(ws, ask_for, "2")
    assert "Your 3-day" not in reply["message"] and "×" not in reply["message"], reply["message"]
    assert "talk to someone you trust or your doctor" in reply["message"], reply["message"]


@pytest.mark.parametrize(("message", "food"), [
    ("a bowl of ramen from the place near work", "ramen"),
    ("had a kebab after the pub", "doner kebab"),
    ("chips from the chippy near my house", "french fries"),
    ("a curry from the indian opposite work", "chicken curry"),
])
async def test_where_a_meal_came_from_is_not_read_as_food(make_client, tmp_path, message: str, food: str) -> None:
    ws = await _socket(make_client, tmp_path, "ollie")
    reply = await ask(ws, message, "1")
    assert reply["message"].startswith("Logged") and food in reply["message"] and "didn't catch" not in reply["message"], reply["message"]


async def test_banana_bread_is_its_own_food_not_a_banana_and_bread(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "bea")
    reply = await ask(ws, "2 slices of banana bread and a flat white", "1")
    assert "banana bread: 2 slices (120 g) — 392 kcal" in reply["message"] and "white bread" not in reply["message"], reply["message"]
