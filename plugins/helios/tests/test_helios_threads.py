"""Keeping the thread: follow-ups about the exercise, muscle group or pain the last answer was
about, alternatives, calorie estimates with and without a time, bare corrections, summaries of
a week that has barely started, and questions routed by what Helios can answer."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios import faq
from agenthost_helios.routing import classify

WEDNESDAY = datetime(2025, 6, 11, 13, 0)
NO_CONTEXT = ClassifyContext(user_id="u", history=[], profile={})


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("what muscles does it work?", "works the hamstrings, glutes, lower back"),
        ("how many reps?", "2-3 sets of 8-12"),
        ("something easier?", "Easier than the deadlift"),
        ("any alternatives?", "Instead of the deadlift"),
    ],
)
async def test_a_follow_up_about_the_exercise_just_explained(chat, follow_up, expected):
    await chat("how do I do a deadlift?")
    reply = await chat(follow_up)
    assert reply.metadata["intent"] == "exercise_more"
    assert expected in reply.text


async def test_a_follow_up_changes_the_equipment_for_the_muscle_group_just_shown(chat):
    await chat("how do I get a bigger chest?")
    reply = await chat("at home with no equipment")
    assert reply.text.startswith("Great moves for your chest with no equipment")
    assert "bench press" not in reply.text.lower()


@pytest.mark.parametrize(
    ("message", "absent", "present"),
    [
        ("I'm bored of running, any alternatives?", "- running", "cycling"),
        ("what can I do instead of burpees?", "Burpee**", "Mountain climbers"),
    ],
)
async def test_alternatives_to_an_activity_or_an_exercise(chat, message, absent, present):
    reply = await chat(message)
    assert reply.metadata["intent"] == "alternatives"
    assert present in reply.text and absent not in reply.text


async def test_after_knee_pain_instead_means_low_impact_options(chat):
    first = await chat("my knees hurt when I run")
    assert "doctor or physio" in first.text and "upper-body and core" in first.text

    reply = await chat("what can I do instead?")

    assert "kind to sore joints" in reply.text and "swimming" in reply.text
    assert "jump rope" not in reply.text


@pytest.mark.parametrize(
    ("pain", "follow_up", "expected"),
    [
        ("my back hurts after deadlifts", "should I stop lifting?", "walking (often one of the best things"),
        ("I have a shoulder injury, can I still lift?", "can I still train?", "legs and core"),
    ],
)
async def test_after_pain_a_follow_up_is_about_training_around_it(chat, pain, follow_up, expected):
    await chat(pain)
    reply = await chat(follow_up)
    assert reply.metadata["intent"] == "pain_more"
    assert reply.text.startswith("You usually don't need to stop everything") and expected in reply.text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how many calories does running burn?", "About **343 kcal** for every 30 min of running"),
        ("how many calories do I burn walking 10000 steps?", "10,000 steps (about 100 min of walking)"),
        ("how many calories would a 5k run in 30 minutes burn", "About **343 kcal** for 30 min of running"),
    ],
)
async def test_calorie_estimates_with_or_without_a_time_log_nothing(chat, on_disk, message, expected):
    reply = await chat(message)
    assert reply.metadata["intent"] == "estimate" and expected in reply.text
    assert on_disk.lines("workouts.jsonl") is None


async def test_and_another_activity_after_an_estimate(chat):
    await chat("how many calories does running burn?")
    reply = await chat("and cycling?")
    assert reply.metadata["intent"] == "estimate" and "of cycling" in reply.text


@pytest.mark.parametrize(
    ("log", "correction", "expected"),
    [("walked the dog for 40 min", "actually it was 50", "Walking · 50 min"), ("did 20 pushups", "no wait, it was 25", "×25")],
)
async def test_a_bare_number_corrects_what_the_last_workout_was_measured_in(chat, log, correction, expected):
    await chat(log)
    reply = await chat(correction)
    assert reply.metadata["intent"] == "correct" and expected in reply.text


async def test_this_week_before_anything_since_monday_shows_the_last_seven_days(chat):
    await chat("played 90 mins of football on saturday")
    reply = await chat("how active was I this week?")
    assert reply.text.startswith("No workouts logged this week (since Monday 9 June).")
    assert "**1 workout in the last 7 days**" in reply.text and "Soccer" in reply.text


@pytest.mark.parametrize(
    ("message", "minutes", "days"),
    [("I only have 15 minutes a day, what can I do?", 15, 7), ("what can I do with 20 minutes?", 20, 3)],
)
async def test_a_time_box_is_a_plan_that_fits_it(chat, on_disk, message, minutes, days):
    reply = await chat(message)
    assert reply.metadata["intent"] == "plan"
    plan = on_disk.json("workouts.json")["plans"][-1]
    assert (plan["minutes_per_session"], plan["days_per_week"]) == (minutes, days)


async def test_starting_running_is_couch_to_5k_and_a_plan_then_is_for_it(chat, on_disk):
    first = await chat("how do I start running?")
    assert first.metadata["intent"] == "roadmap" and "Couch to 5K" in first.text
    await chat("make me a plan")
    assert on_disk.json("workouts.json")["plans"][-1]["goal"] == "endurance"


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("is yoga good exercise?", "yoga"),
        ("what's the difference between cardio and strength training?", "cardio_vs_weights"),
        ("how do I avoid injury when running?", "running_injuries"),
        ("I get side stitches when I run, why?", "side_stitch"),
        ("what is a tempo run?", "tempo_run"),
        ("what are compound exercises?", "compound_exercises"),
        ("how do I breathe when lifting?", "breathing_lifting"),
        ("what's RPE?", "rpe"),
        ("how much weight should I lift?", "sets_reps"),
        ("is it better to do more reps or heavier weight?", "sets_reps"),
        ("what's a good workout for seniors?", "older_adults"),
        ("I'm 65, can I start lifting weights?", "older_adults"),
        ("what does a deload week mean?", "deload"),
        ("is swimming good for weight loss?", "exercise_weight_loss"),
        ("best cardio for fat loss?", "exercise_weight_loss"),
        ("how important is stretching?", "stretching"),
        ("can I build muscle without weights?", "bodyweight_muscle"),
        ("should I train in the morning or evening?", "time_of_day"),
        ("how many days a week should I run?", "running_frequency"),
        ("how do I improve my 5k time?", "getting_faster"),
    ],
)
async def test_more_everyday_questions_find_their_curated_answer(chat, question, answer_id):
    reply = await chat(question)
    assert reply.metadata["intent"] == "faq", reply.text
    assert reply.text.startswith(f"**{faq.by_id(answer_id).topic}** 💡")
    assert reply.text.split("\n")[1][:1].isupper()


async def test_a_follow_up_may_point_to_another_curated_answer_with_its_own_source(chat):
    await chat("how long should I rest between sets?")
    reply = await chat("and for cardio intervals?")
    assert reply.text.startswith("HIIT alternates") and f"_Source: {faq.by_id('hiit').source}_" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "what's RPE?",
        "what does a deload week mean?",
        "I get side stitches when I run, why?",
        "I want to lose 5kg before my wedding",
        "I only have 15 minutes a day, what can I do?",
        "give me some stretches for after cycling",
    ],
)
def test_questions_helios_can_answer_route_to_it_without_a_routing_word(message):
    assert classify(message, NO_CONTEXT).score >= 0.45


def test_food_questions_are_not_claimed_through_curated_answers():
    assert classify("how much water should I drink with my breakfast?", NO_CONTEXT).score < 0.45


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("is it ok to lift weights every day?", "rest_days"),
        ("what should my resting heart rate be?", "resting_heart_rate"),
        ("is running on a treadmill as good as outside?", "treadmill"),
        ("how long does it take to lose fitness if I stop?", "detraining"),
        ("what are the benefits of strength training for women?", "strength_benefits"),
        ("will lifting make me bulky?", "strength_benefits"),
        ("what's the best time to stretch?", "stretching"),
    ],
)
async def test_still_more_everyday_questions(chat, question, answer_id):
    reply = await chat(question)
    assert reply.text.startswith(f"**{faq.by_id(answer_id).topic}** 💡"), reply.text


async def test_training_for_women_is_not_a_goal(chat, on_disk):
    reply = await chat("what are the benefits of strength training for women?")
    assert reply.metadata["intent"] != "goal" and on_disk.raw("workouts.json") is None


def test_the_nearest_curated_answer_only_when_one_clearly_stands_out():
    assert faq.nearest("whats the point of a cool down").id == "warm_up"
    assert faq.nearest("is it bad to run on an empty stomach").id == "fasted_cardio"
    for vague in ("should I use a weightlifting belt?", "do I need a personal trainer?", "how do i increase my vertical jump"):
        assert faq.nearest(vague) is None, vague


async def test_a_question_with_no_sourced_answer_says_so_instead_of_a_menu(chat):
    reply = await chat("should I use a weightlifting belt?")
    assert "don't have a sourced answer" in reply.text
    assert "I can build you" not in reply.text and "“" not in reply.text


@pytest.mark.parametrize(
    ("message", "first", "second", "shared"),
    [
        ("what's better for abs, crunches or planks?", "Bicycle crunch", "Plank", True),
        ("pull ups vs push ups", "Pull-up", "Push-up", False),
    ],
)
async def test_two_exercises_compared_side_by_side(chat, message, first, second, shared):
    reply = await chat(message)
    assert reply.metadata["intent"] == "compare"
    assert f"**{first}**" in reply.text and f"**{second}**" in reply.text
    assert ("Both train" in reply.text) is shared


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("i'm new to the gym and feel intimidated", "Totally normal"),
        ("how can I make my runs less boring?", "Variety keeps it fresh"),
        ("how do I stay consistent?", "Motivation follows action"),
    ],
)
async def test_feelings_and_motivation_get_coaching_before_any_plan(chat, on_disk, message, opening):
    reply = await chat(message)
    assert reply.text.startswith(opening) and on_disk.raw("workouts.json") is None
