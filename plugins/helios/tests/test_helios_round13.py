"""Round 13: a correction or removal changes the item it names (or says it can't find it), every
activity of a message is logged, a request for a workout is never a log, the log of one day
asked in people's words, plans that say their days and explain their order, a harder running
plan with a goal, and everyday answers with the user's numbers (zone 2 at an age, rest days for
the days trained). Phrasings are this file's own, not any test set's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios.routing import classify

AFTER_HELIOS = ClassifyContext("u", [{"role": "assistant", "agent": "helios", "text": "ok 💪"}], {}, last_agent="helios")


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


def name(workout: dict) -> str:
    return str(workout.get("exercise") or workout.get("label") or workout.get("activity_name"))


# A correction names one item of a log of several: that item changes, the others stay as they were.
@pytest.mark.parametrize(
    ("logged", "correction", "changed", "field", "value"),
    [
        ("yesterday evening did legs: squats 4x8 at 100kg, RDLs 3x10 at 60kg, then 10 min on the bike",
         "oops squats were 5 sets not 4", "Squats", "sets", 5),
        ("bench 4x8 at 60kg and bent over rows 3x10 at 40kg", "sorry the bench was 5 sets", "bench", "sets", 5),
        ("ran 5k in 30 min and did 20 min yoga", "actually the run was 35 minutes", "Running", "duration_min", 35),
        ("ran 5k in 30 min and did 20 min yoga", "oops the yoga was 30 min", "Yoga", "duration_min", 30),
        ("swam 30 minutes and cycled 45 minutes", "the swim was actually 40 min", "Swimming", "duration_min", 40),
        ("deadlifts 3x5 at 140kg, pull ups 3x8, 15 min rowing", "correction: pull ups were 4 sets", "Pull-up", "sets", 4),
        ("walked 40 min and 20 min of stretching", "the walk was 50 minutes actually", "Walking", "duration_min", 50),
        ("squats 5x5 at 80kg and 20 min on the bike", "my bad, squats were 3x5", "Squats", "sets", 3),
        ("did 30 min of hiit and 15 min yoga", "wait the hiit was 25 minutes", "HIIT", "duration_min", 25),
        ("20 min elliptical, 3x10 lat pulldown at 50kg", "sorry, the elliptical was 30 min", "Elliptical", "duration_min", 30),
        ("squats 4x8 at 100kg, RDLs 3x10 at 60kg, 10 min bike", "the squats were at 110kg", "Squats", "load_kg", 110),
        ("squats 4x8 at 100kg, RDLs 3x10 at 60kg, 10 min bike", "oops RDLs were 70kg not 60", "Romanian", "load_kg", 70),
        ("bench 3x8 at 135 lbs and 20 min run", "actually the bench was 145 lbs", "bench", "load_kg", 65.8),
    ],
)
async def test_a_correction_changes_the_item_it_names(chat, on_disk, logged, correction, changed, field, value):
    await chat(logged)
    before = {name(w): w for w in live(on_disk)}

    reply = await chat(correction)

    after = {name(w): w for w in live(on_disk)}
    assert reply.metadata["intent"] == "correct", reply.text
    target = next(n for n in after if changed.lower() in n.lower())
    assert float(after[target][field]) == value, reply.text
    for other, workout in before.items():
        if changed.lower() not in other.lower():
            assert {k: workout.get(k) for k in ("sets", "reps", "duration_min", "load_kg")} == {
                k: after[other].get(k) for k in ("sets", "reps", "duration_min", "load_kg")
            }, f"{other} changed: {reply.text}"


@pytest.mark.parametrize(
    ("logged", "remove"),
    [
        ("ran 5k in 30 min", "remove the swim"),
        ("squats 4x8 at 100kg and bench 3x10 at 60kg", "delete the deadlifts"),
        ("30 min yoga this morning", "take the cycling off"),
        ("ran 5k and did 3x10 pushups", "scrap the rowing"),
        ("45 min walk", "get rid of the tennis"),
    ],
)
async def test_removing_an_item_that_was_not_logged_removes_nothing(chat, on_disk, logged, remove):
    await chat(logged)
    before = live(on_disk)

    reply = await chat(remove)

    assert live(on_disk) == before
    assert "can't find" in reply.text, reply.text


@pytest.mark.parametrize(
    ("logged", "fix"),
    [
        ("yesterday did squats 4x8 at 100kg, RDLs 3x10 at 60kg", "the lunges were 4 sets"),
        ("bench 4x8 at 60kg and rows 3x10", "oops the curls were 3x12"),
    ],
)
async def test_a_correction_of_an_item_not_logged_changes_nothing(chat, on_disk, logged, fix):
    await chat(logged)
    before = live(on_disk)

    reply = await chat(fix)

    assert live(on_disk) == before
    assert "can't find" in reply.text, reply.text


@pytest.mark.parametrize(
    ("message", "activities"),
    [
        ("log 30 min hiit class + 10 min stretching", ["circuit_training", "stretching"]),
        ("45 min spin + 15 min foam rolling", ["spin_class", "stretching"]),
        ("1 hour yoga + 20 min walk", ["yoga", "walking"]),
        ("ran 30 min + 10 min mobility", ["running", "stretching"]),
        ("did 40 min weights + 10 min stretching after", ["weight_training", "stretching"]),
        ("30 min run with 10 min stretching after", ["running", "stretching"]),
        ("hiit class for 45 min then stretched for 10", ["circuit_training", "stretching"]),
        ("did an hour of tennis, then 15 min of foam rolling", ["tennis", "stretching"]),
        ("walked 30 min, yoga 20 min and 10 min mobility work", ["walking", "yoga", "stretching"]),
        ("30 min gym then 10 mins of stretches", ["general_exercise", "stretching"]),
        ("1h de course et 20 min d'étirements", ["running", "stretching"]),
    ],
)
async def test_every_activity_of_a_message_is_logged(chat, on_disk, message, activities):
    await chat(message)

    assert sorted(w["activity"] for w in live(on_disk)) == sorted(activities)


async def test_taking_off_the_stretching_leaves_the_hiit(chat, on_disk):
    await chat("log 30 min hiit class + 10 min stretching")

    reply = await chat("actually take the stretching off, I skipped it")

    assert [w["activity"] for w in live(on_disk)] == ["circuit_training"], reply.text
    assert "Stretching" in reply.text


@pytest.mark.parametrize(
    "request_",
    [
        "ok now give me a 30 min dumbbell workout for today",
        "can you make me a 20 minute workout?",
        "I need a quick 15 min workout with kettlebells",
        "what's a good 45 minute gym session?",
        "write me a 30 min bodyweight workout",
        "gimme a 25 minute resistance band session pls",
        "could you put together a 40 minute workout for tonight",
        "dame un entrenamiento de 30 minutos con mancuernas",
        "donne-moi une séance de 20 minutes avec haltères",
        "gib mir ein 30 Minuten Workout mit Hanteln",
        "dammi un allenamento di 30 minuti",
        "give me a dumbbell workout for today",
        "any ideas for a 30 min workout this morning?",
        "hazme una rutina de 20 minutos",
        "30 min workout ideas please",
        "me dá um treino de 30 minutos com halteres",
    ],
)
async def test_a_request_for_a_workout_gets_one_and_logs_nothing(chat, on_disk, request_):
    reply = await chat(request_)

    assert reply.metadata["intent"] == "workout", reply.text
    assert on_disk.lines("workouts.jsonl") is None
    assert "Warm-up" in reply.text and "Cool-down" in reply.text


@pytest.mark.parametrize(
    "report",
    [
        "did a 30 min dumbbell workout today",
        "log a 30 min workout",
        "hoy hice 30 minutos de entrenamiento con mancuernas",
        "this morning 30 min workout with dumbbells",
        "hoje fiz 30 minutos de treino",
    ],
)
async def test_a_workout_said_done_is_still_logged(chat, on_disk, report):
    await chat(report)

    assert len(live(on_disk)) == 1


async def test_a_requested_workout_says_the_gym(chat):
    reply = await chat("what's a good 45 minute gym session?")

    assert "(full gym)" in reply.text


@pytest.fixture
def on_a_wednesday() -> Iterator[datetime]:
    """The clock on a Wednesday, so "tuesday" in the log is yesterday whatever day the suite runs."""
    with pinned(datetime(2025, 6, 11, 13, 0)) as moment:
        yield moment


@pytest.mark.parametrize(
    ("question", "day_has"),
    [
        ("what did I do yesterday?", "Bouldering"),
        ("what did I log yesterday?", "Bouldering"),
        ("what's on today's log?", "Kettlebell"),
        ("what did i do today", "Kettlebell"),
        ("show me yesterday's workouts", "Bouldering"),
        ("what was logged yesterday?", "Bouldering"),
        ("anything logged for tuesday?", "Bouldering"),
        ("que hice ayer?", "Bouldering"),
        ("qu'est-ce que j'ai fait hier ?", "Bouldering"),
        ("was habe ich gestern gemacht?", "Bouldering"),
        ("cosa ho fatto ieri?", "Bouldering"),
        ("did I train yesterday?", "Bouldering"),
        ("yesterday's log please", "Bouldering"),
        ("list what I logged today", "Kettlebell"),
        ("what's in my log for today", "Kettlebell"),
    ],
)
async def test_the_log_of_one_day_in_peoples_words(on_a_wednesday, chat, on_disk, question, day_has):
    await chat("tuesday: 1 hour bouldering. today: 30 min kettlebell swings and goblet squats")
    logged = len(live(on_disk))

    reply = await chat(question)

    assert reply.metadata["intent"] == "history", reply.text
    assert day_has in reply.text
    assert len(live(on_disk)) == logged


@pytest.mark.parametrize(
    "message",
    ["I'm sore from yesterday's workout, should I rest today?", "what should I do today?", "what's my workout today"],
)
async def test_not_questions_about_the_log(chat, message):
    reply = await chat(message)

    assert reply.metadata["intent"] != "history"


async def test_a_plan_says_its_days_changes_to_four_and_explains_its_order(chat):
    first = await chat("3 day beginner gym split for a 45 year old woman?")
    assert "3 days a week" in first.text

    four = await chat("can we make it 4 days instead?")
    assert "4 days a week" in four.text

    order = await chat("why that order?")
    assert order.text.startswith("Why that order:")
    assert "48 hours" in order.text and "recover" in order.text


async def test_already_running_5k_makes_the_plan_harder_with_a_goal(chat):
    await chat("beginner 5k plan please")

    harder = await chat("I can already do 5k in 30 min tbh, make it harder")

    assert harder.metadata["intent"] == "plan_change"
    assert "intermediate" in harder.text and "sub-27" in harder.text and "tempo" in harder.text
    assert "(30 min," in harder.text  # the 30 min of the 5k is not the sessions' length

    tempo = await chat("what does tempo mean exactly?")
    assert "comfortably hard" in tempo.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's zone 2 heart rate for me? I'm 45", "105-122 bpm"),
        ("zone 2 hr for a 30 year old?", "114-133 bpm"),
        ("I'm 60, what heart rate is zone 2?", "96-112 bpm"),
        ("what's my zone 2? I am 25", "117-136 bpm"),
    ],
)
async def test_zone_2_in_beats_for_the_age_said(chat, question, expected):
    reply = await chat(question)

    assert expected in reply.text


async def test_zone_2_without_an_age_gives_examples(chat):
    reply = await chat("what is zone 2 heart rate?")

    assert "108-126 bpm at 40" in reply.text and "your age" in reply.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many rest days do I need? I lift 5 days a week", "leaves 2 rest days"),
        ("I train 6 days a week, do I need rest days?", "at least 1 full rest day"),
        ("rest days? I lift 4 days a week", "leaves 3 rest days"),
        ("how many rest days should I take", "1-2 rest days"),
    ],
)
async def test_rest_days_as_a_number(chat, question, expected):
    reply = await chat(question)

    assert expected in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("how much sleep do I actually need to build muscle?", "I work nights in a hospital though, any tips?", "blackout"),
        ("how much sleep do I need?", "what about night shifts?", "anchor"),
        ("any tips for sleeping on night shifts? I'm a nurse", None, "caffeine"),
        ("my heart rate hit 185 on my intervals, is that too high?",
         "felt completely fine btw, no dizziness, and it came back down in a minute", "reassuring"),
        ("ran my first half marathon this morning!! then crashed on the sofa for 3 hours, is that normal?",
         "when can I run again?", "2-3 days"),
        ("did my first marathon yesterday and I'm absolutely wiped, is that normal?", None, "congratulations"),
        ("and is it ok to start lifting weights at my age? never done it", None, "bones strong"),
    ],
)
async def test_everyday_answers_and_their_follow_ups(chat, first, follow_up, expected):
    reply = await chat(first)
    if follow_up is not None:
        reply = await chat(follow_up)

    assert expected in reply.text, reply.text
    assert "Here's what I can do" not in reply.text


async def test_a_finisher_from_the_moves_just_suggested(chat):
    await chat("my mate would rather die than do another burpee, what's a decent alternative for conditioning?")

    finisher = await chat("nice. can you put a few of those into a 10 minute finisher for us?")
    assert finisher.text.startswith("**10-minute finisher**")
    assert "Mountain climbers" in finisher.text and "40 seconds hard" in finisher.text

    harder = await chat("make it harder")
    assert "45 seconds hard" in harder.text

    shorter = await chat("only 6 minutes")
    assert shorter.text.startswith("**6-minute finisher**")


@pytest.mark.parametrize(
    "message",
    [
        "can we make it 4 days instead?",
        "make it 5 days",
        "why that order?",
        "why this order",
        "nice. can you put a few of those into a 10 minute finisher for us?",
        "should I hit legs again tomorrow or just let them die in peace",
        "felt completely fine btw, no dizziness or anything, and it came back down in like a minute",
        "when can I run again?",
        "put them into a circuit",
        "can I train chest again tomorrow?",
        "what's on today's log?",
        "yesterday's log please",
        "que hice ayer?",
    ],
)
def test_follow_ups_to_helios_stay_with_helios(message):
    assert classify(message, AFTER_HELIOS).score >= 0.7


@pytest.mark.parametrize(
    "not_a_correction",
    [
        "my heart rate was 165 the whole time, is that ok?",
        "my pace was 6 min per km, is that good?",
        "the run was 5 degrees and raining lol",
        "my legs were 2 tired to go on",
    ],
)
async def test_a_remark_about_the_workout_just_logged_changes_nothing(chat, on_disk, not_a_correction):
    await chat("ran 5k in 30 min")
    before = live(on_disk)

    reply = await chat(not_a_correction)

    assert reply.metadata["intent"] != "correct", reply.text
    assert live(on_disk) == before


async def test_zone_2_uses_the_age_said_a_turn_before(chat):
    await chat("my watch says my heart rate hit 182 in my 5k race, I'm 24 and felt fine after. is that too high?")

    reply = await chat("ok cool. what's zone 2 then")

    assert "118-137 bpm" in reply.text
    assert "112" not in reply.text  # no figure that reads like an emergency number


@pytest.mark.parametrize("question", ["why upper then lower?", "how come that order?", "why is lower body on tuesday?"])
async def test_why_the_order_of_a_split(chat, question):
    await chat("4 day upper lower split at the gym")

    reply = await chat(question)

    assert reply.text.startswith("Why that order:")


@pytest.mark.parametrize(
    ("harder", "goal"),
    [
        ("too easy, I already run 5k in 28 min", "sub-26"),
        ("make it harder, I'm doing 5k in 25 minutes", "sub-23"),
        ("step it up please, 5k in 32 min is easy for me", "sub-29"),
    ],
)
async def test_a_harder_5k_plan_from_the_time_someone_runs(chat, on_disk, harder, goal):
    await chat("beginner 5k plan please")

    reply = await chat(harder)

    assert reply.metadata["intent"] == "plan_change"
    assert goal in reply.text and "tempo" in reply.text
    assert on_disk.lines("workouts.jsonl") is None  # what someone can run is not a run to log


@pytest.mark.parametrize(
    "before_a_race",
    [
        "should I nap before my 10k race?",
        "I'm doing a half marathon next week, how much sleep should I get?",
        "marathon tomorrow and I'm tired already, should I still run it?",
    ],
)
async def test_a_race_still_to_come_is_not_the_post_race_answer(chat, before_a_race):
    reply = await chat(before_a_race)

    assert "Tired after a big race" not in reply.text and "congratulations" not in reply.text


async def test_asking_about_resting_heart_rate_after_the_high_heart_rate_answer(chat):
    await chat("my watch said my heart rate hit 182 on the last interval, I'm 24, is that too high?")

    reply = await chat("I'm ok with that, but what's a normal resting heart rate?")

    assert reply.text.startswith("**Resting heart rate**")
