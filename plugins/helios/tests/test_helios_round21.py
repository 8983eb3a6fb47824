"""Round 21: soreness told by what it stops people doing, what an exercise trains, swaps for moves
people dislike, questions that are never logs, calories of a workout told earlier, and follow-ups
on a plan. Phrasings are this file's own."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

from agenthost_helios import soreness

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    "said",
    [
        "arm day destroyed me, can hardly lift a cup lol, gym again today?",
        "glute day wrecked me 😩 struggling to sit on the bus",
        "my quads are deid fae leg day",
        "can barely walk down the stairs after leg day, is that normal",
    ],
)
def test_soreness_told_by_what_it_stops_is_soreness(said):
    assert soreness.is_delayed_soreness(said)


@pytest.mark.parametrize(
    "said",
    [
        "leg day killed me and now my knee is swollen",
        "after leg day i cant walk, sharp pain in my ankle",
        "can barely breathe after leg day, dizzy",
    ],
)
def test_an_injury_or_warning_sign_is_not_soreness(said):
    assert not soreness.is_delayed_soreness(said)


async def test_soreness_after_a_training_day_gets_the_doms_answer_not_a_workout(chat, on_disk):
    reply = await chat("shoulder day absolutely destroyed me, can hardly raise my arms. train or rest today?")

    assert "24-72" in reply.text or "48-72" in reply.text, reply.text
    assert "Warm-up" not in reply.text
    assert not on_disk.live("workouts.jsonl")
    more = await chat("how long will it hang around")
    assert "day" in more.text and "sourced answer" not in more.text, more.text



@pytest.mark.parametrize(
    ("said", "muscle"),
    [
        ("what does a farmer's walk train", "forearms"),
        ("what muscles do lying triceps extensions hit", "triceps"),
        ("what do dead bugs actually work", "core"),
    ],
)
async def test_what_a_named_move_works_gets_its_muscles(chat, said, muscle):
    reply = await chat(said)

    assert muscle in reply.text and "sourced answer" not in reply.text, reply.text


def test_a_question_naming_a_library_move_routes_to_helios():
    from agenthost_helios import routing

    assert routing.asks_about_exercise("skullcrushers or dead bugs, which is better for a newbie")
    assert routing.asks_about_exercise("what do farmers carries work")
    assert not routing.asks_about_exercise("what's a nice park bench in the city?")


async def test_a_comparison_for_a_beginner_says_which_to_start_with(chat):
    reply = await chat("as a newbie, skull crushers or dead bugs?")

    assert "start with the dead bug" in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    [
        "mountain climbers are torture, got a decent sub that keeps the heart rate high",
        "jump squats are the worst honestly",
        "i really dont like lunges",
    ],
)
async def test_a_disliked_move_gets_swaps_not_the_menu(chat, on_disk, said):
    reply = await chat(said)

    assert reply.text.startswith("Instead of the"), reply.text
    assert not on_disk.live("workouts.jsonl")


async def test_a_disliked_move_with_the_work_done_is_still_logged(chat, on_disk):
    await chat("did 4 sets of 12 lunges this morning, honestly they are the worst")

    assert len(on_disk.live("workouts.jsonl")) == 1


@pytest.mark.parametrize(
    "said",
    ["my hips hate jumping, what else is there", "all that jumping is too much for my knees", "my ankles complain about impact stuff"],
)
async def test_joints_that_hate_jumping_get_the_low_impact_answer(chat, said):
    reply = await chat(said)

    assert "low-impact" in reply.text.lower() or "Low-impact" in reply.text, reply.text


async def test_swaps_for_a_jumping_move_with_sore_knees_leave_jumping_out(chat):
    reply = await chat("jump squats bother my knees, got a sub?")

    assert reply.text.startswith("Instead of the jump squat"), reply.text
    assert "jack" not in reply.text.lower() and "jump" not in reply.text.split("\n", 1)[1].lower(), reply.text


@pytest.mark.parametrize(
    "said",
    [
        "total newbie, how long should my zone 2 jogs be, doing 3 a week",
        "i run twice a week, how many minutes should the easy runs last",
        "starting out with 3 runs a week - how long should each run go for",
    ],
)
async def test_how_long_runs_should_be_is_answered_and_never_logged(chat, on_disk, said):
    reply = await chat(said)

    assert not on_disk.live("workouts.jsonl"), reply.text
    assert "20-30 minutes" in reply.text, reply.text



async def test_a_sub_time_goal_is_not_a_swap_request(chat):
    reply = await chat("aiming for a sub 50 10k, any tips")

    assert not reply.text.startswith("Instead of"), reply.text


async def test_calories_of_a_workout_told_earlier_and_not_logged_are_estimated(chat, on_disk):
    await chat("swam 40 minutes this morning, is that good for my back?")
    reply = await chat("roughly what did i burn? im 65kg")

    assert "kcal" in reply.text and "65 kg" in reply.text, reply.text
    assert not on_disk.live("workouts.jsonl")


async def test_a_burn_question_with_no_workout_told_is_not_an_estimate(chat):
    await chat("how do i do a plank")
    reply = await chat("how many calories did i burn? im 65kg")

    assert "65 kg" not in reply.text or "kcal" not in reply.text, reply.text


async def test_a_day_split_asked_with_a_goal_is_a_plan_not_just_the_goal(chat):
    reply = await chat("could you build me a 4 day split for the gym, my goal is to get stronger")

    assert "4-day" in reply.text and "Upper body" in reply.text, reply.text


async def test_how_long_it_lasts_after_a_plan_gets_minutes_and_weeks(chat):
    await chat("plan: 3 days, 40 min, dumbbells")
    reply = await chat("and how long does it last?")

    assert "40 minutes" in reply.text and "weeks" in reply.text, reply.text


async def test_the_gym_shut_moves_the_plan_home(chat):
    await chat("plan: 3 days, 30 min, full gym")
    reply = await chat("and at home? cant get to the gym next week")

    assert "no equipment" in reply.text and "full gym →" in reply.text, reply.text


def test_a_gym_out_of_reach_is_no_equipment():
    from agenthost_helios import parse

    assert parse.equipment("the gym's closed till monday") == ["none"]
    assert parse.equipment("gym is shut, but i have dumbbells") == ["dumbbells"]
    assert parse.equipment("full gym please") == ["full_gym"]


async def test_after_a_removal_the_burn_is_the_logs_not_the_removed_workout(chat):
    await chat("did 30 min on the bike and 20 min of rowing")
    await chat("take the rowing off, only did 5 min of it")
    reply = await chat("roughly how much did i burn then")

    assert "5 min of rowing" not in reply.text, reply.text


async def test_how_far_a_beginner_should_run_is_never_a_log_even_with_an_hour_in_it(chat, on_disk):
    reply = await chat("my cat slept for an hour on my lap lol. how far should a complete beginner run? never ran in my life")

    assert not on_disk.live("workouts.jsonl"), reply.text
    assert "20-30 minutes" in reply.text, reply.text
    often = await chat("and how often per week")
    assert "Two or three runs a week" in often.text, often.text


async def test_a_timed_hiit_to_do_in_a_room_is_a_workout_not_a_log(chat, on_disk):
    reply = await chat("20 min hiit we can do in the living room")

    assert not on_disk.live("workouts.jsonl"), reply.text
    assert "Warm-up" in reply.text, reply.text


async def test_tight_hamstrings_get_stretch_and_strength_advice_then_the_hold(chat):
    reply = await chat("hammies always feel super stiff when i get up")

    assert reply.text.startswith("**Tight hamstrings**"), reply.text
    hold = await chat("how long do i hold each one")
    assert "30 seconds" in hold.text, hold.text


def test_a_hamstring_that_popped_is_not_just_tight():
    from agenthost_helios import faq

    found = faq.find("felt my hamstring pop and now it's tight")
    assert found is None or found.id != "tight_hamstrings"


async def test_a_comparison_around_a_sore_joint_names_the_low_impact_one_and_then_how_long(chat):
    reply = await chat("rower or treadmill to lose weight? my knees are dodgy, bad knees")

    assert "kinder choice" in reply.text and "neither" not in reply.text, reply.text
    more = await chat("how long should each go be")
    assert "minutes" in more.text and "sourced answer" not in more.text, more.text


@pytest.mark.parametrize(
    "said",
    ["wanna loose some wieght, gyms not for me tho, how do i start", "how shud i loose wieght for my holiday"],
)
async def test_losing_weight_asked_with_typos_gets_the_curated_answer_not_the_menu(chat, said):
    reply = await chat(said)

    assert reply.text.startswith("**Exercise and weight loss**"), reply.text


async def test_balance_exercises_for_an_older_adult_with_why_and_seated_versions(chat):
    reply = await chat("my mum is 80 and getting unsteady, any exercises to improve her balance?")

    assert reply.text.startswith("**Exercises for balance**") and "chair" in reply.text, reply.text
    why = await chat("why does that help")
    assert "falls" in why.text.lower(), why.text
    seated = await chat("could she do them in a chair")
    assert "seated" in seated.text, seated.text


def test_balance_with_dizziness_or_money_is_not_the_balance_answer():
    from agenthost_helios import faq

    for said in ("i get dizzy and lose my balance, what exercises help", "how do i work on my bank balance"):
        found = faq.find(said)
        assert found is None or found.id != "balance", said


async def test_skipping_meals_with_hours_of_cardio_gets_the_gentle_answer_not_calorie_targets(chat):
    reply = await chat("been skipping lunch and dinner and doing 3 hours on the treadmill but still not enough")

    assert "helpline" in reply.text and "calorie target" not in reply.text, reply.text


async def test_skipping_breakfast_before_the_gym_is_not_the_gentle_answer(chat):
    reply = await chat("i usually skip breakfast before the gym, is that ok")

    assert "helpline" not in reply.text, reply.text
