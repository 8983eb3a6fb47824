"""Round 15: a correction's bare number changes the field it names (the weight of a lift, not
minutes) and volume reads the corrected entry; a lift's weight times its reps ("back squat
140kg x 5") is a log. Phrasings are this file's own, not any test set's."""

from __future__ import annotations

import pytest


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    ("log", "fix", "load", "question", "volume"),
    [
        ("did 5 sets of 5 on bench at 80kg", "wait, bench was 85 not 80", 85, "total volume on bench?", "2,125 kg"),
        ("squats 3x8 at 100kg", "oops the squats were 110", 110, "what was my squat volume", "2,640 kg"),
        ("deadlifts 3 sets of 5 at 140 kg", "sorry, 150 not 140", 150, "deadlift volume?", "2,250 kg"),
        ("bench 4x8 @ 60kg and 3 sets of pull ups", "the bench was actually 62.5", 62.5, "bench volume this week", "2,000 kg"),
        ("overhead press 5x5 at 40kg", "correction: 42.5 kg", 42.5, "how much volume on press?", "1,062 kg"),
    ],
)
async def test_a_bare_number_fixing_a_lift_is_its_weight_and_volume_reads_it(chat, on_disk, log, fix, load, question, volume):
    await chat(log)

    fixed = await chat(fix)

    lifts = [w for w in live(on_disk) if w.get("load_kg")]
    assert [w["load_kg"] for w in lifts] == [load]
    assert lifts[0]["duration_min"] < 15  # still the time the sets take, not 85 minutes
    assert f"{load:g} kg" in fixed.text
    assert volume in (await chat(question)).text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("log", "fix", "field", "value"),
    [
        ("bench 4x8 @ 60kg", "actually 10 reps not 8", "reps", 10),
        ("bench 4x8 @ 60kg", "it was 3 sets not 4", "sets", 3),
        ("ran for 30 min", "sorry it was 35 not 30 min", "duration_min", 35),
        ("ran for 30 minutes", "it was 40", "duration_min", 40),
        ("did 50 pushups", "actually it was 40", "reps", 40),
    ],
)
async def test_a_correction_still_changes_the_field_it_means(chat, on_disk, log, fix, field, value):
    await chat(log)

    await chat(fix)

    assert [w[field] for w in live(on_disk)] == [value]


@pytest.mark.parametrize(
    ("message", "sets", "reps", "load"),
    [
        ("back squat 140kg x 5", 1, 5, 140),
        ("bench 100 kg x 8", 1, 8, 100),
        ("deadlift 180kg x 3, 3 sets", 3, 3, 180),
        ("front squat 90kg x 5 x 3", 3, 5, 90),
        ("hit a bench of 225 lbs x 3 today", 1, 3, 102.1),
        ("rdl 100kg for 8 reps", 1, 8, 100),
    ],
)
async def test_a_lifts_weight_times_reps_is_logged(chat, on_disk, message, sets, reps, load):
    reply = await chat(message)

    [lift] = live(on_disk)
    assert (lift["sets"], lift["reps"], lift["load_kg"]) == (sets, reps, load)
    assert "Logged" in reply.text


@pytest.mark.parametrize(
    "message",
    ["I want to squat 140kg x 5 by summer", "how do I get to 100 kg x 5 on bench?", "can I bench 100kg for 8 reps yet?"],
)
async def test_a_lift_wished_or_asked_is_not_logged(chat, on_disk, message):
    await chat(message)

    assert live(on_disk) == []


LOGGED = (
    "Logged! 💪\n- Spin class · 45 min → about **446 kcal** burned\n- Core (calisthenics) · 20 min → about **89 kcal** burned"
)


def _after_log(message: str) -> float:
    from agenthost_helios.routing import classify
    from host.types import ClassifyContext

    history = [{"role": "user", "text": "did a 45 min spin class then 20 mins of core after"},
               {"role": "assistant", "agent": "helios", "text": LOGGED}]
    return classify(message, ClassifyContext(user_id="u", history=history, profile={}, last_agent="helios")).score


CALORIES_OF_THE_LOG = [
    ("roughly how many calories was that? I'm 62kg", 62),
    ("I weigh 62 kg, so what did I burn?", 62),
    ("and energy burned if I'm 95 kilos?", 95),
    ("how many calories would that be for someone 55kg", 55),
    ("cuántas calorías fueron? peso 62 kg", 62),
    ("any idea what that burned? i'm about 80 kg", 80),
    ("ok and kcal for that at 150 lbs?", 68),
    ("wie viele Kalorien waren das? ich wiege 70 kg", 70),
    ("how much did I burn there? I'm 90 kg", 90),
    ("what's the calorie burn at 75kg", 75),
    ("so how many cals is that for me, I'm 85kg", 85),
]


@pytest.mark.parametrize(("question", "kg"), CALORIES_OF_THE_LOG)
def test_the_calories_of_a_workout_just_logged_are_helios_question(question, kg):
    assert _after_log(question) >= 0.7  # above Ceres' "calorie" (0.55)


@pytest.mark.parametrize(
    "question",
    ["how many calories should I eat today then?", "how many calories in a banana?",
     "what's a good meal after that? I need 500 calories", "so what's my calorie target now?"],
)
def test_an_intake_question_after_a_log_is_not_helios(question):
    assert _after_log(question) <= 0.4


@pytest.mark.parametrize(("question", "kg"), CALORIES_OF_THE_LOG)
async def test_the_calories_of_the_log_are_met_times_the_weight_said(chat, question, kg):
    await chat("did a 45 min spin class then 20 mins of core after")

    reply = await chat(question)

    assert reply.metadata["intent"] == "history" and reply.text.startswith("About **")
    total = int(reply.text.split("**")[1].split()[0])
    assert abs(total - (446 + 89) * kg / 70) <= 3  # MET x kg x h, summed: 535 kcal at 70 kg
    assert f"{kg:g} kg" in reply.text
    assert "Last 7 days" not in reply.text and "this week" not in reply.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "is it bad to train on 5 hours sleep? new baby lol",
        "should I still go to the gym on 4 hours of sleep",
        "only got 3 hrs sleep last night, ok to lift today?",
        "new baby, barely slept, is it ok to work out?",
        "can I run after a night of no sleep?",
        "slept badly again, should I skip my workout?",
        "training while sleep deprived, good idea?",
        "up 3 times with night feeds, is a session today a bad idea",
        "is it ok to exercise on little sleep",
        "sleep deprived from the newborn but want to keep training, tips?",
    ],
)
async def test_training_on_little_sleep_is_lighter_and_shorter(chat, on_disk, question):
    reply = await chat(question)

    assert "Training on little sleep" in reply.text
    assert "lighter" in reply.text and "nap" in reply.text and "Fullagar" in reply.text
    assert live(on_disk) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much sleep do I need for recovery", "**Sleep**"),
        ("any tips to sleep better?", "Sleep"),
        ("does sleep matter for muscle growth", "**Sleep**"),
    ],
)
async def test_sleep_questions_without_a_short_night_keep_their_answer(chat, question, expected):
    reply = await chat(question)

    assert expected in reply.text and "Training on little sleep" not in reply.text


async def test_after_the_short_sleep_answer_how_much_sleep_is_7_to_9_hours(chat):
    await chat("is it bad to train on 5 hours sleep? new baby lol")

    reply = await chat("how much sleep do I actually need to build muscle")

    assert "7-9 hours" in reply.text


SORE = "first time benching in years on monday and now my chest is SO sore when I reach for stuff, like bruised muscles. normal?"


@pytest.mark.parametrize(
    "question",
    [
        "when can I bench again?",
        "how soon can I squat again",
        "when should I do chest again?",
        "how long until I can deadlift again",
        "how many days should I wait before I bench again",
        "when can i hit legs again",
        "when could I go back to the gym again?",
        "how long till I can train it again",
    ],
)
async def test_when_to_train_a_sore_muscle_again(chat, question):
    await chat(SORE)

    reply = await chat(question)

    assert "2-3 days (48-72 hours)" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "do steps on the treadmill count the same?",
        "does walking on a treadmill count the same as outside?",
        "do treadmill steps count?",
        "do my steps around the house count?",
        "does a walking pad count the same for steps?",
        "do steps at work count or only real walks?",
    ],
)
async def test_steps_count_wherever_they_are_taken(chat, question):
    await chat("how many steps a day is actually worth it? 10k feels like a lot")

    reply = await chat(question)

    assert reply.text.startswith("**Steps on a treadmill or indoors**") and "count the same" in reply.text


async def test_running_on_a_treadmill_versus_outside_keeps_its_answer(chat):
    reply = await chat("is running on a treadmill as good as running outside?")

    assert "1% incline" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "is a 10k steps walk ok on those or too much?",
        "can I do a long walk on them?",
        "is 10000 steps too much on a rest day?",
        "what about a walk, is that ok on those days?",
    ],
)
async def test_a_walk_on_rest_days_is_fine(chat, question):
    await chat("I lift 4 days a week, how many rest days should I take?")
    await chat("what should I actually do on them?")

    reply = await chat(question)

    assert reply.text.startswith("Yes") and "Daily steps" not in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what kind of training suits me?",
        "what exercise is best for me?",
        "which sport would suit me",
        "what sort of workouts would you recommend for me?",
        "what type of training should I be doing?",
        "what's the best kind of exercise for someone like me",
        "how should I train?",
        "what activities are right for me",
        "what kind of workouts suit me best?",
        "which type of exercise should I focus on?",
    ],
)
async def test_what_training_suits_me_with_nothing_known_asks_and_answers(chat, question):
    reply = await chat(question)

    assert reply.metadata["intent"] == "suits"
    assert "150-300 minutes" in reply.text and "tell me your goal" in reply.text
    assert "don't have a sourced answer" not in reply.text


async def test_what_training_suits_me_reads_the_profile(chat, storage):
    await storage.user("alice").update_profile(lambda p: p.update({"age": 67, "goals": ["lose a bit of weight"]}))

    reply = await chat("what kind of training suits me?")

    assert "For losing weight" in reply.text and "From 65" in reply.text and "age 67" in reply.text
    assert "tell me your goal" not in reply.text


@pytest.mark.parametrize(
    ("first", "expected"),
    [("I have osteopenia", "Royal Osteoporosis Society"), ("i'm 68, is it too late to start lifting?", "older adults")],
)
async def test_what_suits_me_after_a_condition_is_still_its_answer(chat, first, expected):
    await chat(first)

    reply = await chat("what kind of training suits me?")

    assert reply.metadata["intent"] != "suits" and expected in reply.text


@pytest.mark.parametrize(
    "message",
    ["ran 5k on 4 hours sleep, felt rough", "did 45 min weights on 5 hours sleep this morning"],
)
async def test_a_workout_done_on_little_sleep_is_still_logged(chat, on_disk, message):
    await chat(message)

    assert len(live(on_disk)) == 1


@pytest.mark.parametrize(
    ("request_", "weeks"),
    [
        ("can you make me a 6 week plan to run my first 5k?", 6),
        ("couch to 5k plan please, I've got 12 weeks", 12),
        ("I want to run my first 5k, can you give me a plan?", 9),
        ("beginner 5k plan please", 9),
        ("8 week plan for my first parkrun", 8),
        ("never run before, need a schedule to get to 5k in 10 weeks", 10),
        ("plan me a beginner running schedule for my first 5k", 9),
        ("can u do me a c25k plan", 9),
        ("first 5k in 7 weeks, can you write me a training plan?", 7),
        ("total beginner, week by week plan for a 5k please", 9),
    ],
)
async def test_a_first_5k_plan_lays_out_every_week(chat, on_disk, request_, weeks):
    reply = await chat(request_)

    assert reply.metadata["intent"] == "first_5k"
    assert f"**Week 1**: 8 × (run 60 s, walk 90 s)" in reply.text
    assert f"**Week {weeks}**: 30 min nonstop" in reply.text and f"**Week {weeks + 1}**" not in reply.text
    assert live(on_disk) == []


@pytest.mark.parametrize(
    ("change", "expected", "absent"),
    [
        ("I can only run 3 days a week tho", "3 runs a week (Mon, Wed and Fri)", None),
        ("only 2 days a week", "2 runs a week", "3 runs a week"),
        ("can I swap one of the runs for a swim? my knees hate running", "2 runs a week (Mon and Fri) and 1 swim (Wed)", None),
        ("replace a run with cycling", "and 1 bike ride", None),
        ("swap one run for the elliptical", "and 1 elliptical session", None),
        ("I can do 4 days", "easy cross-training on", None),
        ("make it 9 weeks", "**Week 9**: 30 min nonstop", None),
        ("make it harder", "starts a few stages in", None),
        ("that looks too hard, easier please", "**Week 9**", None),
        ("i can only run at weekends", "2 runs a week (Sat and Sun)", "Mon and Thu"),
    ],
)
async def test_a_first_5k_plan_changes_and_keeps_the_rest(chat, change, expected, absent):
    await chat("can you make me a 6 week plan to run my first 5k?")

    reply = await chat(change)

    assert reply.metadata["intent"] == "first_5k", reply.text
    assert expected in reply.text
    assert absent is None or absent not in reply.text
    if "weeks" not in change and "easier" not in change:
        assert "6-week" in reply.text  # the weeks asked for are kept


async def test_a_swap_then_the_days_keeps_the_swim(chat):
    await chat("can you make me a 6 week plan to run my first 5k?")
    await chat("can I swap one of the runs for a swim?")

    reply = await chat("make it 8 weeks")

    assert "1 swim" in reply.text and "**Week 8**" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "is couch to 5k any good?",
        "never run in my life, how do I get to 5k?",
        "I can already run 5k, can you give me a plan to get faster?",
        "I ran my first 5k yesterday in 32 minutes",
        "make me a plan for a 10k",
    ],
)
async def test_near_misses_of_a_first_5k_plan(chat, message):
    reply = await chat(message)

    assert reply.metadata["intent"] != "first_5k"


@pytest.mark.parametrize(
    ("request_", "minutes"),
    [
        ("plan me a 30 min running session, total beginner", 30),
        ("give me a 20 minute run/walk workout, I'm a complete beginner", 20),
        ("what's a good first run for a beginner? I have 25 minutes", 25),
        ("can you make me a beginner jogging session for today", 30),
        ("i'm unfit, suggest a 15 min run walk session", 15),
        ("new to running, what should I do for a 20 min run today?", 20),
        ("beginner here, need a 30 minute jog session", 30),
        ("could you design a run/walk session for a complete beginner", 30),
        ("just starting running, give me a 40 min session", 40),
        ("first ever run tonight, what should I do? got 30 minutes", 30),
    ],
)
async def test_a_beginners_run_is_one_run_walk_session(chat, on_disk, request_, minutes):
    reply = await chat(request_)

    assert reply.metadata["intent"] == "run_session", reply.text
    assert f"{minutes}-minute beginner run-walk session" in reply.text
    assert "walk 90 s" in reply.text and "Week:" not in reply.text
    assert live(on_disk) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("only got 15 minutes today", "15-minute beginner run-walk"),
        ("i can do 40 min today", "40-minute"),
        ("make it 20", "20-minute"),
        ("shorter please", "20-minute"),
        ("ok that felt easy, make it harder", "longer run bits (1 min → 90 s)"),
        ("too easy", "longer run bits"),
        ("that was too hard, easier", "easier: shorter run bits and longer walks"),
        ("can it be longer", "40-minute"),
    ],
)
async def test_a_beginners_run_changes_and_stays_a_run_walk(chat, on_disk, change, expected):
    await chat("plan me a 30 min running session, total beginner")

    reply = await chat(change)

    assert reply.metadata["intent"] == "run_session", reply.text
    assert expected in reply.text and "walk" in reply.text
    assert live(on_disk) == []


async def test_harder_and_harder_ends_running_nonstop_then_hills(chat):
    await chat("plan me a 30 min running session, total beginner")
    texts = [(await chat("make it harder")).text for _ in range(9)]

    assert any("no more walk breaks" in t for t in texts)
    assert "hill" in texts[-1]


async def test_done_after_a_run_walk_logs_the_running_and_the_walking(chat, on_disk):
    await chat("plan me a 30 min running session, total beginner")

    await chat("done!")

    logged = live(on_disk)
    assert sorted(w["activity"] for w in logged) == ["running", "walking"]
    assert sum(w["duration_min"] for w in logged) == 30


@pytest.mark.parametrize(
    "message",
    [
        "I ran for 15 minutes today",
        "give me a 30 min leg workout",
        "plan me a 30 min tempo run, I'm intermediate",
        "how do I start running?",
    ],
)
async def test_near_misses_of_a_beginners_run(chat, message):
    reply = await chat(message)

    assert reply.metadata["intent"] != "run_session"


@pytest.mark.parametrize(
    "question",
    ["is it bad to workout evry day wiht no rest", "can I train every day with no rest days?", "lifting with no rest between sets ok?"],
)
async def test_no_rest_is_not_no_sleep(chat, question):
    reply = await chat(question)

    assert "Training on little sleep" not in reply.text


@pytest.mark.parametrize(("change", "minutes"), [("make it longer", 30), ("can it be shorter?", 10), ("a bit longer pls", 30)])
async def test_a_single_workout_gets_longer_or_shorter(chat, change, minutes):
    await chat("give me a 20 minute hiit workout")

    reply = await chat(change)

    assert reply.metadata["intent"] == "workout" and f"{minutes}-minute" in reply.text


@pytest.mark.parametrize(
    "request_", ["plan me a 45 min easy run session", "give me an easy run for today, 40 minutes", "suggest a steady run session, 30 min"]
)
async def test_an_easy_run_asked_for_is_one_run_not_a_week(chat, request_):
    reply = await chat(request_)

    assert reply.metadata["intent"] == "run_session" and "easy run" in reply.text and "Week:" not in reply.text
    harder = await chat("make it harder")
    assert "pace" in harder.text


async def test_help_getting_ready_for_a_first_5k_on_days_a_week_is_the_plan(chat):
    reply = await chat("help me get ready for my first 5k, 3 days a week")

    assert reply.metadata["intent"] == "first_5k" and "3 runs a week" in reply.text
    assert "**Week 10**" in (await chat("make it 10 weeks")).text


async def test_the_days_said_after_only_win(chat):
    await chat("can u make me a 5k plan, never ran b4, 8 weeks")

    reply = await chat("cant do 3 days, only 2")

    assert "2 runs a week" in reply.text and reply.text.startswith("Done: 3 → 2 days a week")
    assert "bike ride" in (await chat("swap 1 run for cycling pls")).text
    assert "bike ride in place of a run" in (await chat("why cycling?")).text


async def test_a_short_night_before_training_after_a_night_shift_is_the_short_sleep_answer(chat):
    reply = await chat("is it ok to go to the gym after a night shift with 4 hrs sleep?")

    assert "Training on little sleep" in reply.text
    assert "Sleep on night shifts" in (await chat("any tips for sleeping after night shifts?")).text


@pytest.mark.parametrize("swap", ["can I swap one of the runs for a swim?", "replace one run with a bike ride", "swap a run for the elliptical"])
async def test_a_race_plan_swaps_one_easy_run_and_keeps_the_long_run(chat, swap):
    await chat("I want to run my first 10k in 8 weeks")
    await chat("can I do it on just 3 runs a week?")

    reply = await chat(swap)

    assert reply.metadata["intent"] == "race_plan"
    assert "2 runs and 1 " in reply.text and "- Week 1: long run 5 km easy · 1 easy " in reply.text
    assert "1 easy " in (await chat("make it harder")).text  # the swap is kept
