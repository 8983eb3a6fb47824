"""Round 12: one named item taken out of the last log in people's words ("scrap the rows",
"drop the deadlifts", "the lunges weren't today"), a bare number after a timed workout in the
same unit ("40 minutes of elliptical and 20 of weights"), the totals of what was just logged
asked in the languages Helios logs, and the everyday answers of this round. Phrasings are this
file's own, not any test set's."""

from __future__ import annotations

import re
from datetime import date

import pytest
from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.types import ClassifyContext

from agenthost_helios import entries
from agenthost_helios.routing import classify

WEDNESDAY = date(2025, 6, 11)
AFTER_HELIOS = ClassifyContext("u", [{"role": "assistant", "agent": "helios", "text": "Logged! 💪"}], {}, last_agent="helios")


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    ("logged", "remove", "gone", "kept"),
    [
        ("bench 4x8 @ 60 kg, bent over rows 3x10 @ 40", "scrap the rows, they were last week", "Barbell row", "Barbell bench press"),
        ("squats 5x5 at 100kg and deadlifts 3x5 at 140kg", "drop the deadlifts, I didn't do them today", "Deadlift", "Squats"),
        ("did 3x10 bench press at 60kg and 3x12 bicep curls", "remove the curls please", "Biceps curl", "Barbell bench press"),
        ("lat pulldown 3x12 at 50kg and 3 sets of 15 crunches", "get rid of the crunches", "Bicycle crunch", "Lat pulldown"),
        ("leg press 4x10 @ 180kg, lunges 3x12", "ditch the lunges, wrong day", "Reverse lunge", "Leg press"),
        ("ran 5k in 27 min and then did 3 sets of 10 pull-ups", "scratch the pull ups", "Pull-up", None),
        ("overhead press 3x8 at 40kg, bench 3x8 at 70kg", "lose the overhead press, that was monday", "Overhead press", "Barbell bench press"),
        ("swam 30 minutes and did 20 min on the bike", "the bike shouldn't be there, remove it", None, None),
        ("bench 4x8 @ 60 kg, bent over rows 3x10 @ 40", "oops the rows were last week, not today", "Barbell row", "Barbell bench press"),
        ("did 5k in 30 min and 3x12 lunges", "the lunges weren't today, take them off", "Reverse lunge", None),
        ("hice 30 minutos de bici y 3 series de 10 sentadillas", "quita las sentadillas", "Bodyweight squat", None),
    ],
)
async def test_one_named_item_of_the_last_log_is_taken_out(chat, on_disk, logged, remove, gone, kept):
    await chat(logged)
    before = live(on_disk)
    assert len(before) == 2, before

    reply = await chat(remove)

    assert reply.metadata["intent"] == "undo", reply.text
    after = live(on_disk)
    assert len(after) == 1, reply.text
    (left,) = after
    removed = next(w for w in before if w["id"] != left["id"])
    if gone is not None:
        assert removed.get("exercise") == gone or gone in removed.get("activity_name", "")
        assert "removed" in reply.text.lower()
    if kept is not None:
        assert left.get("exercise") == kept or kept in str(left.get("label"))


@pytest.mark.parametrize(
    "remove",
    [
        "scrap the rows, those were last week not today",
        "drop the rows",
        "the rows shouldn't be there",
        "oops the rows were last week, not today",
        "the rows weren't today",
        "get rid of the rows",
        "remove the rows please",
        "lose the rows, that was monday",
        "cut the rows from that",
        "ditch the rows",
    ],
)
def test_taking_an_item_out_right_after_a_log_routes_to_helios(remove):
    assert classify(remove, AFTER_HELIOS).score >= 0.7


async def test_taking_it_out_with_a_day_says_how_to_log_it_there(chat, on_disk):
    await chat("ran 30 min and 20 min yoga this morning")

    reply = await chat("take off the yoga, that was yesterday")

    assert [w["activity"] for w in live(on_disk)] == ["running"]
    assert "“20 min yoga yesterday”" in reply.text


@pytest.mark.parametrize(
    "not_a_removal",
    [
        "what's a good yoga class for beginners?",
        "drop sets for biceps, how do they work?",
        "how do I cut weight for a judo comp",
    ],
)
async def test_a_question_after_a_log_removes_nothing(chat, on_disk, not_a_removal):
    await chat("ran 30 min and 20 min yoga this morning")

    reply = await chat(not_a_removal)

    assert reply.metadata["intent"] != "undo", reply.text
    assert len(live(on_disk)) == 2


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Hoy hice 40 minutos de elíptica y 20 de pesas", [("elliptical", 40), ("weight_training", 20)]),
        ("did 40 minutes on the elliptical and 20 of weights", [("elliptical", 40), ("weight_training", 20)]),
        ("40 min elliptical and 20 weights", [("elliptical", 40), ("weight_training", 20)]),
        ("30 min of rowing and 15 of stretching", [("rowing_machine", 30), ("stretching", 15)]),
        ("ayer corrí 30 minutos y nadé 25", [("running", 30), ("swimming", 25)]),
        ("1 hour of tennis and 2 of golf", [("tennis", 60), ("golf", 120)]),
        ("hoje fiz 30 minutos de caminhada e 20 de musculação", [("walking", 30), ("weight_training", 20)]),
        ("oggi 45 minuti di corsa e 15 di stretching", [("running", 45), ("stretching", 15)]),
        ("hice 30 minutos de bici", [("cycling", 30)]),
        ("j'ai fait 30 minutes d'elliptique", [("elliptical", 30)]),
    ],
)
def test_a_bare_number_after_a_timed_workout_is_in_its_unit(message, expected):
    reading = entries.read(message, WEDNESDAY)

    assert [(e.activity.id, e.minutes) for e in reading.entries] == expected
    assert all(not e.minutes_estimated for e in reading.entries)


@pytest.mark.parametrize(
    "message",
    ["ran 30 min and did 20 pushups", "walked 40 min then 3x10 squats", "cycled 40 min and 50 sit-ups"],
)
def test_a_count_of_an_exercise_stays_reps(message):
    reading = entries.read(message, WEDNESDAY)

    assert reading.entries[-1].reps in (10, 20, 50) and reading.entries[-1].minutes_estimated


def test_foreign_workout_verbs_are_not_repaired_into_activities(tmp_path):
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    repair = Router(pm, build_registry(pm), config.router).typo_repair()

    assert "hike" not in repair("Hoy hice 40 minutos de elíptica").text.lower()
    assert repair("j'ai fait 30 minutes de vélo").changes == ()


@pytest.mark.parametrize(
    ("logged", "ask", "total"),
    [
        ("Hoy hice 40 minutos de elíptica y 20 de pesas", "¿cuántos minutos en total?", "60 min"),
        ("did 40 minutes on the elliptical and 20 of weights", "how many minutes in total?", "60 min"),
        ("Heute 30 Minuten Crosstrainer und 15 Minuten Krafttraining", "wie viele Minuten insgesamt?", "45 min"),
        ("aujourd'hui 30 minutes de vélo et 20 minutes de musculation", "combien de minutes au total ?", "50 min"),
        ("oggi 45 minuti di corsa e 15 di stretching", "quanti minuti in totale?", "60 min"),
        ("hoje fiz 30 minutos de caminhada e 20 de musculação", "quantos minutos no total?", "50 min"),
        ("vandaag 40 minuten gefietst en 20 minuten zwemmen", "hoeveel minuten in totaal?", "60 min"),
        ("ayer corrí 30 minutos y nadé 25", "¿y cuánto tiempo en total?", "55 min"),
        ("this morning 25 min rowing and 10 of stretching", "total minutes?", "35 min"),
        ("ran 20 min, cycled 30 min and swam 15 min", "how long altogether?", "65 min"),
    ],
)
async def test_the_total_of_what_was_just_logged(chat, logged, ask, total):
    await chat("yoga 50 min on monday")  # earlier in the week: not part of the total
    await chat(logged)

    reply = await chat(ask)

    assert reply.metadata["intent"] == "history"
    assert reply.text.startswith(f"In total: **{total}**"), reply.text


@pytest.mark.parametrize(
    ("sore", "ask"),
    [
        ("leg day wrecked me, my quads are dead. how long till I can train them again?", "can i still take the dog out or will that make it worse"),
        ("my legs are so sore from squats yesterday", "is walking ok or will it make it worse?"),
        ("how long should I wait after leg day before training legs again", "would a walk help?"),
        ("how do I recover from a hard leg session", "is a walk okay or should I do nothing?"),
        ("why am I so sore after my first spin class", "could I still walk to work or will it make it worse"),
        ("my glutes are still sore from Monday, when can I train them again?", "can I walk the dog though?"),
        ("arms are killing me after yesterday's pull ups", "would some light cycling help?"),
    ],
)
async def test_light_activity_while_sore_is_encouraged(chat, sore, ask):
    await chat(sore)

    reply = await chat(ask)

    assert "light activity won't make muscle soreness worse" in reply.text, reply.text
    assert "Source:" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "my glutes are killing me, can I walk the dog?",
        "i'm so stiff after the half marathon. is an easy bike ride ok tomorrow?",
        "ran my first 10k yesterday and my calves are aching, should i walk today or rest",
    ],
)
async def test_light_activity_while_sore_asked_at_once(chat, message):
    reply = await chat(message)

    assert reply.text.startswith("**Walking and light activity while sore**"), reply.text


def test_moving_while_sore_follow_ups_route_to_helios():
    for ask in ("can i still take the dog out or will that make it worse", "would a walk help?", "is walking ok?"):
        assert classify(ask, AFTER_HELIOS).score >= 0.7, ask


@pytest.mark.parametrize(
    ("first", "standing"),
    [
        ("need a killer ab workout that'll make me want to die lol, 15 mins max", "my floor is tiles and hurts my back, anything standing?"),
        ("quick 10 minute core workout please", "no floor work please, I'm in the office"),
        ("give me a 20 min ab workout with a resistance band", "can it be all standing? my knees hate kneeling"),
        ("quick core session with dumbbells", "nothing on the floor please, the hotel carpet is gross"),
        ("20 minute core workout at home?", "standing ones only please"),
    ],
)
async def test_a_standing_workout_leaves_out_the_floor(chat, first, standing):
    from agenthost_helios import library
    from agenthost_helios.workouts import FLOOR_EXERCISES

    await chat(first)

    reply = await chat(standing)

    assert reply.metadata["intent"] == "workout"
    assert "core workout" in reply.text and "all standing" in reply.text, reply.text
    for floor in FLOOR_EXERCISES:
        name = library.by_id(floor).name
        assert f"{name} " not in reply.text and f"{name}," not in reply.text and f"{name}\n" not in reply.text, name
    assert re.search(r"Standing (cross-body knee drive|oblique crunch|wood chop)|Pallof press|Suitcase carry", reply.text)


def test_a_standing_follow_up_routes_to_helios():
    for ask in ("my floor is tiles and hurts my back, anything standing?", "no floor work please", "standing ones only?"):
        assert classify(ask, AFTER_HELIOS).score >= 0.7, ask


@pytest.mark.parametrize(
    "ask",
    ["cool, anything to bring with us on longer ones?", "what should I take with me on longer walks?", "what should we pack for a day hike?"],
)
async def test_what_to_bring_in_pregnancy_is_the_kit_and_the_signs(chat, ask):
    await chat("my wife is 20 weeks, midwife says all fine, she wants to keep doing her easy walks. anything to watch?")

    reply = await chat(ask)

    assert reply.metadata.get("safety_floor") == "pregnancy"
    assert "Water" in reply.text and "phone" in reply.text and "snack" in reply.text
    assert "contact your maternity team" in reply.text


@pytest.mark.parametrize(
    "ask",
    [
        "what should I take on a long run, like 2 hours?",
        "what do I need to carry on a half day hike",
        "anything I should bring on long rides?",
        "what should we pack for a long walk on sunday",
    ],
)
async def test_what_to_bring_on_a_long_session(chat, ask):
    reply = await chat(ask)

    assert reply.text.startswith("**What to bring on a long walk, run or ride**"), reply.text


def test_carry_is_not_repaired_into_curry(tmp_path):
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    repair = Router(pm, build_registry(pm), config.router).typo_repair()

    assert repair("what do I need to carry on a hike").changes == ()


@pytest.mark.parametrize(
    "message",
    ["planning my first 20 mile bike ride this weekend", "45 min spin class tomorrow morning", "next week I'm doing a 10k"],
)
async def test_a_session_still_to_come_is_not_logged(chat, on_disk, message):
    reply = await chat(message)

    assert reply.metadata["intent"] not in ("log", "log_incomplete"), reply.text
    assert not on_disk.lines("workouts.jsonl")


async def test_a_workout_done_is_logged_even_with_a_plan_for_tomorrow(chat, on_disk):
    await chat("ran 5k in 30 min, doing it again tomorrow")

    assert len(live(on_disk)) == 1


def test_walking_in_pregnancy_gets_no_lifting_cues():
    from agenthost_helios.safety import _pregnancy_activity_line

    assert "weights" not in _pregnancy_activity_line("my wife is 20 weeks and walks every day")
    assert "weights" not in _pregnancy_activity_line("24 weeks pregnant, I brisk walk daily")
    assert "lighter weights" in _pregnancy_activity_line("20 weeks pregnant, can I keep doing squats?")


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("is 10,000 steps a day actually a real thing or just marketing?", "i'm on about 4000 now, how do i get more without a gym"),
        ("how many steps should I do a day", "I only do about 3000, tips?"),
        ("how many steps is enough to be healthy", "ok how do I increase my step count?"),
        ("is 10k steps a day necessary", "how do I walk more during the day?"),
    ],
)
async def test_ways_to_more_steps_after_the_steps_answer(chat, first, more):
    await chat(first)

    reply = await chat(more)

    assert "take the stairs" in reply.text and "Paluch" in reply.text, reply.text


async def test_more_steps_asked_at_once(chat):
    reply = await chat("how do I get more steps in without a gym? I work from home")

    assert reply.text.startswith("**Getting more steps in**")


@pytest.mark.parametrize(
    ("ask", "bedtime"),
    [
        ("any tips to actually sleep more, I'm up at 5 for work", "Up at 5: aim to be asleep between 9 pm and 10 pm"),
        ("what can I do to get to sleep earlier, alarm at 6:30", "Up at 6:30: aim to be asleep between 10:30 pm and 11:30 pm"),
        ("how can I sleep more?", None),
        ("tips to fall asleep faster?", None),
    ],
)
async def test_sleep_tips_after_the_sleep_answer(chat, ask, bedtime):
    await chat("does sleep really matter for building muscle? I only get about 5 hours")

    reply = await chat(ask)

    assert reply.text.startswith("Work back from your alarm"), reply.text
    assert "CDC: Tips for Better Sleep" in reply.text
    assert bedtime is None or bedtime in reply.text


def test_sleep_and_steps_follow_ups_route_to_helios():
    for ask in ("any tips to actually sleep more, I'm up at 5 for work", "i'm on about 4000 now, how do i get more steps?"):
        assert classify(ask, AFTER_HELIOS).score >= 0.7, ask


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ("total beginner, want to be able to run 5k. where do I start?", "can only do 3 days a week", "3 days a week is exactly how Couch to 5K is built: run on Mon, Wed and Fri"),
        ("how do I start running? never run before", "I can only train 3 times a week", "3 days a week is exactly how Couch to 5K"),
        ("i want to run my first 5k in 8 weeks", "i can do 3x a week", "3 days a week is exactly how Couch to 5K"),
        ("how do I get into running for a 5k, never run before", "only 2 days a week", "the 9 weeks take about 14"),
        ("total beginner, want to be able to run 5k. where do I start?", "I can do 4 days a week", "never a fourth run"),
        ("total beginner, want to be able to run 5k. where do I start?", "five times a week is fine for me", "the other 2 days easy cross-training"),
    ],
)
async def test_a_first_5k_on_the_days_there_are(chat, start, days, expected):
    await chat(start)

    reply = await chat(days)

    assert reply.metadata["intent"] == "c25k_days", reply.text
    assert expected in reply.text
    assert "_Source: NHS: Couch to 5K" in reply.text


@pytest.mark.parametrize(
    "why",
    [
        "why the walk breaks? feels like cheating",
        "why walk at all, can't I just run slowly?",
        "why do I have to walk so much, feels lazy",
        "is run walk really a thing or am I cheating",
    ],
)
async def test_why_the_walk_breaks_is_explained_with_sources(chat, why):
    await chat("total beginner, want to be able to run 5k. where do I start?")
    await chat("can only do 3 days a week")

    reply = await chat(why)

    assert reply.text.startswith("**Why the walk breaks**"), reply.text
    assert "tendons" in reply.text and "Couch to 5K" in reply.text


async def test_a_bare_why_after_the_days_explains_the_three_runs(chat):
    await chat("total beginner, want to be able to run 5k. where do I start?")
    await chat("can only do 3 days a week")

    reply = await chat("why?")

    assert "rest day between" in reply.text


@pytest.mark.parametrize(
    ("before", "ask", "pronoun"),
    [
        ("my grandad had a heart attack last year, what's a heart-healthy diet for him?", "can he still do some exercise?", "his"),
        (None, "my mum had a stent fitted in march. is it ok for her to go swimming?", "her"),
        (None, "my dad has heart failure, should he be exercising at all?", "his"),
        (None, "my husband had bypass surgery 2 months ago, can he go back to the gym?", "his"),
        ("my nan has angina", "is walking ok for her?", "her"),
        (None, "my brother had a cardiac arrest playing football, can he ever train again?", "his"),
    ],
)
async def test_someone_elses_heart_condition_gets_rehab_and_gentle_activity(chat, before, ask, pronoun):
    if before:
        await chat(before)

    reply = await chat(ask)

    assert "cardiac rehabilitation" in reply.text.lower() and "start gently" in reply.text.lower(), reply.text
    assert not re.search(r"\bDay 1\b|\d+ ?x ?\d+|sets? of", reply.text)


async def test_how_much_after_the_heart_answer_stays_with_the_doctors(chat):
    await chat("my grandad had a heart attack last year, can he still do some exercise?")

    reply = await chat("and how much walking is ok?")

    assert re.search(r"rehab|cardiac team|GP|cardiologist", reply.text), reply.text
    assert not re.search(r"\bDay 1\b|\d+ ?x ?\d+|sets? of", reply.text)


@pytest.mark.parametrize(
    "message",
    [
        "can he still do some exercise?",
        "my dad's 70, can he still lift?",
        "my friend had a heart attack, can I still go running?",
        "my dad had a stent fitted, is it ok if I keep doing HIIT?",
    ],
)
async def test_no_heart_answer_without_someone_elses_heart_condition(chat, message):
    reply = await chat(message)

    assert "cardiac rehabilitation" not in reply.text.lower()


@pytest.mark.parametrize(
    ("remove", "gone"),
    [
        ("I didn't do the curls actually", "Biceps curl"),
        ("forget the rows, wrong day", "Barbell row"),
        ("remove curls from today", "Biceps curl"),
        ("never mind the rows, didn't happen", "Barbell row"),
    ],
)
async def test_more_ways_to_take_an_item_out(chat, on_disk, remove, gone):
    await chat("bench 3x8 at 80kg, rows 3x10 at 60kg and 3x12 curls")

    reply = await chat(remove)

    assert reply.metadata["intent"] == "undo", reply.text
    assert gone not in {w.get("exercise") for w in live(on_disk)}
    assert len(live(on_disk)) == 2


def test_forget_or_didnt_do_after_a_log_routes_to_helios():
    for remove in ("forget the rows, wrong day", "I didn't do the curls actually", "never mind the plank"):
        assert classify(remove, AFTER_HELIOS).score >= 0.7, remove


@pytest.mark.parametrize(
    ("logged", "ask", "total"),
    [
        ("Heute 45 Minuten Laufen und 15 Minuten Dehnen", "und wie viele Kalorien insgesamt?", "60 min"),
        ("hoy 30 minutos de spinning y 15 de abdominales", "¿cuántas calorías quemé en total?", "45 min"),
        ("ran 40 minutes and 20 of stretching after", "total?", "60 min"),
        ("walked 30 min then 10 min core", "how many calories in total?", "40 min"),
    ],
)
async def test_totals_with_stretching_and_ab_work(chat, logged, ask, total):
    await chat(logged)

    reply = await chat(ask)

    assert reply.text.startswith(f"In total: **{total}**"), reply.text


def test_calories_in_total_after_a_log_is_helios_not_food():
    assert classify("und wie viele Kalorien insgesamt?", AFTER_HELIOS).score >= 0.7
    assert classify("how many calories in total?", AFTER_HELIOS).score >= 0.7


async def test_a_report_with_stretching_after_is_logged_not_a_routine(chat, on_disk):
    reply = await chat("ran 40 minutes and 20 of stretching after")

    assert reply.metadata["intent"] == "log"
    assert [w["activity"] for w in live(on_disk)] == ["running", "stretching"]


async def test_a_first_5k_at_weekends_only(chat):
    await chat("total beginner, want to be able to run 5k. where do I start?")

    reply = await chat("I can only run at weekends")

    assert reply.metadata["intent"] == "c25k_days"
    assert "run on Sat and Sun" in reply.text and "rest day between runs" in reply.text


async def test_bump_that_up_after_the_steps_answer(chat):
    await chat("is 10,000 steps a day actually a real thing or just marketing?")

    reply = await chat("my watch says i average 4k, how do i bump that up")

    assert "take the stairs" in reply.text
    assert classify("my watch says i average 4k, how do i bump that up", AFTER_HELIOS).score >= 0.7


@pytest.mark.parametrize(
    ("logged", "message"),
    [
        ("ran 30 min and did 20 min yoga", "can I cut the yoga shorter next time?"),
        ("walked 30 minutes today", "not today but tomorrow I'll run"),
        ("bench 3x8 at 80kg and rows 3x10 at 60kg", "the rows felt heavy, last week they were easy"),
        ("bench 3x8 at 80kg and rows 3x10 at 60kg", "should I drop the weight next time?"),
        ("bench 3x8 at 80kg and rows 3x10 at 60kg", "I didn't do the warm up, is that bad?"),
        ("squats 5x5 at 100kg", "forget the plan, what did I do this week?"),
    ],
)
async def test_near_misses_after_a_log_remove_nothing(chat, on_disk, logged, message):
    await chat(logged)
    before = len(live(on_disk))

    reply = await chat(message)

    assert reply.metadata["intent"] != "undo", reply.text
    assert len(live(on_disk)) == before


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("fiz 45 minutos de esteira", [("Incline treadmill walk", 45)]),
        ("20 minutos de remo", [("Rowing machine", 20)]),
        ("30 minuti di cyclette", [("Stationary bike", 30)]),
        ("20 minutes de rameur", [("Rowing machine", 20)]),
        ("30 Minuten Laufband", [("Incline treadmill walk", 30)]),
        ("45 minuten krachttraining", [("Weight training", 45)]),
        ("una hora de natación", [("Swimming", 60)]),
        ("eine halbe Stunde Rudergerät", [("Rowing machine", 30)]),
        ("een uur fietsen", [("Cycling", 60)]),
        ("meia hora de corrida", [("Running", 30)]),
    ],
)
def test_gym_machines_and_hours_in_other_languages(message, expected):
    assert [(e.name, e.minutes) for e in entries.read(message, WEDNESDAY).entries] == expected


@pytest.mark.parametrize("word", ["lange", "lang", "streich", "hice", "fait"])
def test_foreign_words_helios_reads_stay_as_typed(tmp_path, word):
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    repair = Router(pm, build_registry(pm), config.router).typo_repair()

    assert repair(f"wie {word} insgesamt").changes == ()


@pytest.mark.parametrize(
    ("logged", "ask", "total"),
    [
        ("Ayer hice una hora de bici y media hora de pesas", "¿y cuánto tiempo en total?", "90 min"),
        ("heute 30 Minuten Laufband und 20 Minuten Rudergerät", "wie lange insgesamt?", "50 min"),
        ("vandaag 45 minuten krachttraining en 15 minuten op de loopband", "hoe lang in totaal?", "60 min"),
        ("ieri 30 minuti di cyclette e 20 di pesi", "quanti minuti in tutto?", "50 min"),
    ],
)
async def test_how_long_in_total_in_other_languages(chat, logged, ask, total):
    await chat(logged)

    reply = await chat(ask)

    assert reply.text.startswith(f"In total: **{total}**"), reply.text


@pytest.mark.parametrize(
    ("sore", "ask"),
    [
        ("my arms are dead after yesterday's pull ups", "is it ok to carry the shopping or will that make it worse?"),
        ("quads are wrecked from leg day, stairs are agony", "should I still go for my usual walk?"),
        ("after yesterday's killer HIIT class I'm dying lol, legs are so sore", "can I still cycle to work?"),
    ],
)
async def test_everyday_movement_while_sore(chat, sore, ask):
    await chat(sore)

    reply = await chat(ask)

    assert "light activity won't make muscle soreness worse" in reply.text, reply.text


@pytest.mark.parametrize(
    "start",
    [
        "never run in my life, how do I get to 5k?",
        "is couch to 5k any good?",
        "how do I build up to running 5k nonstop",
        "i'm 55 and unfit, want to do a parkrun in a few months",
        "complete beginner here, I'd love to run a 5k",
    ],
)
async def test_a_first_5k_from_no_running_is_couch_to_5k(chat, start):
    reply = await chat(start)

    assert reply.metadata["intent"] == "roadmap", reply.text
    assert "Couch to 5K" in reply.text


@pytest.mark.parametrize(
    "not_a_start",
    ["I ran a 5k in 24 minutes yesterday", "what's a good 5k time for a 40 year old?", "how do I get faster at 5k?"],
)
async def test_runners_are_not_sent_to_couch_to_5k(chat, not_a_start):
    reply = await chat(not_a_start)

    assert reply.metadata["intent"] != "roadmap", reply.text


async def test_the_weekdays_someone_has_for_a_first_5k(chat):
    await chat("never run in my life, how do I get to 5k?")

    reply = await chat("I've only got mon, wed and sat free")

    assert reply.metadata["intent"] == "c25k_days"
    assert "run on Mon, Wed and Sat" in reply.text
    assert classify("I've only got mon, wed and sat free", AFTER_HELIOS).score >= 0.7


@pytest.mark.parametrize(
    "message",
    [
        "how long should I rest between sets if I'm training for strength?",
        "how many reps should I do if my goal is hypertrophy?",
        "should I stretch before lifting if I'm training for a powerlifting meet?",
        "what's a good warm up when I'm training for speed?",
    ],
)
async def test_a_goal_said_as_the_condition_of_a_question_is_not_saved(chat, message):
    """'... if I'm training for strength?' asks a question in that context: it is answered, and
    the user's goal is not changed by it."""
    reply = await chat(message)

    assert reply.metadata["intent"] != "goal", reply.text
    assert "Goal locked in" not in reply.text


async def test_a_goal_said_as_a_statement_is_still_saved(chat):
    reply = await chat("my goal is strength")

    assert reply.metadata["intent"] == "goal"
