"""Round 20: workout talk that is not a log, follow-ups on a plan or routine, and everyday training
questions that got a menu or the wrong answer. Phrasings are this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    "said",
    [
        "26 wks pregnant and doing great. is it ok to keep up my easy 25 min jogs? 😊",
        "week 18 of pregnancy, feeling strong. is it fine to keep doing easy 30 min runs? 🙏",
        "im 12 wks pregnant, all good so far, ok to carry on with my 20 min jogs? x",
        "my physio says my ankle is healed, can I keep doing 30 min runs now lol",
        "30 weeks along, should I still do my 40 minute swims",
        "back from holiday, am i ok to carry on with 45 min spin classes",
    ],
)
async def test_asking_whether_an_activity_is_ok_is_never_a_log(chat, on_disk, said):
    reply = await chat(said)

    assert not on_disk.live("workouts.jsonl"), reply.text
    assert "Logged" not in reply.text


async def test_a_workout_told_before_the_question_is_still_logged(chat, on_disk):
    reply = await chat("did a 5k run in 28 minutes this morning, is it ok to go again tomorrow")

    assert len(on_disk.live("workouts.jsonl")) == 1, reply.text


async def test_how_long_a_pregnancy_session_should_be_gets_minutes(chat):
    reply = await chat("19 weeks pregnant, my midwife is happy with my cycling. how long should each ride be?")

    assert "20-30 minutes" in reply.text
    assert "midwife" in reply.text


async def test_all_out_intervals_in_pregnancy_are_talked_down(chat):
    reply = await chat("25 weeks pregnant, want to keep my hiit going flat out till im gasping. best interval timings?")

    assert "all-out" in reply.text and "still talk" in reply.text
    assert "midwife" in reply.text


@pytest.mark.parametrize(
    "said",
    ["can you make me a 4 day beginner plan", "i need a 3 day full body program", "best upper/lower split for a newbie?"],
)
def test_a_training_week_by_days_or_split_is_helios(said):
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify(said, context).score >= 0.5
    assert routing.classify("a 4 day high protein meal plan please", context).score < 0.5


@pytest.mark.parametrize(
    "asked",
    [
        "how many rest days should i take",
        "ok and do i need rest days in between?",
        "the gym is my happy place lol. btw how many rest days do i need",
        "can you just answer my rest day question",
    ],
)
async def test_a_rest_day_question_after_a_plan_is_answered_not_applied(chat, asked):
    await chat("build me a 3 day workout plan")
    reply = await chat(asked)

    assert reply.text.startswith("**Rest days**"), reply.text
    assert "Updated your plan" not in reply.text


async def test_when_to_add_weight_after_a_plan_is_progressive_overload(chat):
    await chat("build me a 3 day workout plan with dumbbells")
    reply = await chat("how often should I up the weights?")

    assert reply.text.startswith("**Progressive overload**"), reply.text


async def test_a_stretching_routine_gets_a_chair_version_and_how_often(chat):
    first = await chat("some gentle stretches for my hips please, im 66 and stiff")
    assert "hold" in first.text.lower()

    easier = await chat("too hard, I can't kneel or get on the floor with my knees")
    assert "chair" in easier.text.lower() and "standing" in easier.text.lower(), easier.text
    assert "Child's pose" not in easier.text

    often = await chat("how many times a week?")
    assert "every day" in often.text and "2-3 days a week" in often.text, often.text


@pytest.mark.parametrize("fix", ["my bad, 120kg", "whoops 120"])
async def test_an_impossible_lift_asks_about_a_typo_and_the_weight_given_next_is_logged(chat, on_disk, fix):
    asked = await chat("overhead press 4x6 at 1200 kg")
    assert "typo" in asked.text and not on_disk.live("workouts.jsonl")

    fixed = await chat(fix)
    logged = on_disk.live("workouts.jsonl")
    assert len(logged) == 1, fixed.text
    assert "120 kg" in fixed.text and "4×6" in fixed.text


@pytest.mark.parametrize(
    "said",
    [
        "that leg day was brutal, my quads are going to be wrecked tomorrow huh",
        "Gestern Bootcamp, heute hab ich überall Muskelkater. Soll ich heute schwimmen?",
        "ayer hice crossfit y tengo agujetas en las piernas, ¿puedo correr hoy?",
        "Oggi palestra pesante, gambe distrutte. Domani riposo o camminata?",
    ],
)
async def test_soreness_said_ahead_or_in_other_languages_gets_the_doms_answer(chat, on_disk, said):
    reply = await chat(said)

    assert "DOMS" in reply.text, reply.text
    assert not on_disk.live("workouts.jsonl")


async def test_training_fasted_asked_in_portuguese_is_the_fasted_answer(chat):
    reply = await chat("posso treinar em jejum de manhã?")

    assert reply.text.startswith("**Fasted cardio**"), reply.text


@pytest.mark.parametrize(
    ("asked", "low", "high"),
    [("roughly how many steps would 3 miles be?", "6,000", "6,900"), ("how many steps is a km", "1,200", "1,400")],
)
async def test_steps_for_a_walking_distance(chat, asked, low, high):
    reply = await chat(asked)

    assert f"{low}-{high} steps" in reply.text, reply.text


async def test_how_far_a_step_count_is(chat):
    reply = await chat("how far is 12000 steps in miles?")

    assert "miles" in reply.text and "12,000 steps" in reply.text


@pytest.mark.parametrize(
    ("asked", "topic", "expected"),
    [
        ("how many sessions a week should I do hiit, I'm on rotating shifts", "HIIT", "1-3 sessions a week"),
        ("my knees ache on steep descents when hiking, any advice?", "Knees on downhills", "shorter, quicker steps"),
        ("weird but I loved my run without my garmin today, is that bad?", "Training by feel", "skill worth having"),
    ],
)
async def test_everyday_training_questions_round20(chat, asked, topic, expected):
    reply = await chat(asked)

    assert reply.text.startswith(f"**{topic}**"), reply.text
    assert expected in reply.text


async def test_removing_something_never_logged_leaves_the_workout_logged(chat, on_disk):
    await chat("45 min of rowing then 15 min in the steam room, log it")
    assert len(on_disk.live("workouts.jsonl")) == 1

    reply = await chat("remove the steam room, that's not exercise anyway")

    assert len(on_disk.live("workouts.jsonl")) == 1, reply.text
    assert "steam" in reply.text and "haven't removed" in reply.text


async def test_a_plan_asked_with_its_race_is_the_race_week_by_week_and_fits_short_weekdays(chat):
    first = await chat("I can jog 5k three times a week now. could you build me a plan for a half marathon in 12 weeks?")
    assert "Week 1" in first.text and "half" in first.text.lower(), first.text

    why = await chat("why does the long run go up so gradually?")
    assert "too much too soon" in why.text

    short = await chat("mon to fri I only have 25 minutes, does that work?")
    assert "easy runs of 25 minutes" in short.text and "weekend" in short.text, short.text


async def test_easier_on_a_beginner_plan_also_says_how_to_make_each_move_easier(chat):
    await chat("make me a 3 day beginner workout plan with dumbbells")
    reply = await chat("can you make it easier please")

    assert "lighter weights" in reply.text and "fewer reps" in reply.text, reply.text


async def test_rest_days_with_poor_sleep_on_nights_add_days_off_and_sleep_help(chat):
    reply = await chat("how many rest days should I take, I lift 5 days a week but I'm on night shifts and sleeping terribly")

    assert "2 days off" in reply.text and "blackout" in reply.text, reply.text


@pytest.mark.parametrize("said", ["and after? i want to bulk up", "n afta? tryna build muscle", "what about before, I lift at 6"])
def test_the_meal_after_asked_right_after_ceres_stays_with_ceres(said):
    from host.types import ClassifyContext

    from agenthost_helios.routing import classify

    assert classify(said, ClassifyContext("u", [], {}, last_agent="ceres")).score == 0.0
    assert classify(said, ClassifyContext("u", [], {}, last_agent="helios")).score >= 0.5


def test_which_foods_for_muscle_is_ceres_first_and_make_it_after_ceres_is_ceres():
    from host.types import ClassifyContext

    from agenthost_helios.routing import EATING_CAP, classify

    fresh = ClassifyContext("u", [], {})
    assert classify("which local foods should I eat to build muscle for the gym?", fresh).score <= EATING_CAP
    after_ceres = ClassifyContext("u", [], {}, last_agent="ceres")
    assert classify("make it quicker pls, I only get 10 minutes before work", after_ceres).score == 0.0


async def test_a_chest_muscle_sore_only_when_pressed_after_bench_is_soreness(chat):
    reply = await chat("my chest muscle has been paining me since heavy bench on saturday, only hurts when I press on it, breathing is fine. normal?")

    assert "DOMS" in reply.text and "doctor first" not in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    [
        "chest muscle pain only when I stretch since the gym, breathing is fine but my left arm feels heavy",
        "my chest muscles hurt only when I press on them since bench, but I get dizzy",
        "chest pain since my workout yesterday, feels like pressure",
    ],
)
async def test_a_chest_pain_with_a_warning_sign_is_never_soreness(chat, said):
    reply = await chat(said)

    assert "DOMS" not in reply.text, reply.text


@pytest.mark.parametrize("asked", ["what weight should i strat with on bench", "ok so whats a sensible starting weight"])
async def test_what_weight_to_start_with_is_answered(chat, asked):
    reply = await chat(asked)

    assert reply.text.startswith("**What weight to start with**"), reply.text
    assert "empty bar" in reply.text
