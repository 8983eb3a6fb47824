"""Logging as people talk, round 4: circuits done in rounds, rides and rest days on past days,
a named entry taken out, unit sums and the pace of what was just logged, and questions that
name an activity without reporting one."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned

WEDNESDAY = datetime(2025, 3, 12, 18, 0)  # a Wednesday evening: Saturday is the 8th, Monday the 10th


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def logged(on_disk) -> list[dict]:
    lines = on_disk.lines("workouts.jsonl") or []
    deleted = {line["deleted"] for line in lines if "deleted" in line}
    return [line for line in lines if "deleted" not in line and line["id"] not in deleted]


@pytest.mark.parametrize(
    "message",
    [
        "did 3 rounds of 10 pull-ups, 20 push-ups and 30 air squats, then jogged 2 miles",
        "3 rounds: 10 pull ups, 20 pushups, 30 air squats. then a 2 mile jog",
    ],
)
async def test_a_circuit_in_rounds_logs_every_move_with_its_rounds_and_the_jog(chat, on_disk, message):
    await chat(message)

    moves = {w.get("exercise"): (w.get("sets"), w.get("reps")) for w in logged(on_disk) if w.get("exercise")}
    assert moves == {"Pull-up": (3, 10), "Push-up": (3, 20), "Bodyweight squat": (3, 30)}
    [jog] = [w for w in logged(on_disk) if w["activity"] == "running"]
    assert round(jog["distance_km"], 1) == 3.2 and jog.get("sets") is None


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("on saturday I did a 40km club ride", "2025-03-08"),
        ("group ride on saturday, 60 km", "2025-03-08"),
        ("sunday was a rest day, but monday I did legs at the gym for an hour", "2025-03-10"),
        ("took sunday off, ran 5k on monday", "2025-03-10"),
    ],
)
async def test_rides_and_rest_days_land_on_the_day_of_the_workout(chat, on_disk, message, day):
    await chat(message)

    [workout] = logged(on_disk)
    assert workout["date"].startswith(day)


async def test_remove_the_named_activity_keeps_the_rest(chat, on_disk):
    await chat("did 20 push-ups, then jogged 2 miles")
    await chat("how far is 2 miles in km?")

    reply = await chat("remove the jog for now, I'll log it properly from my watch later")

    assert "removed: Running" in reply.text
    assert [w["activity"] for w in logged(on_disk)] == ["calisthenics"]


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("how far is 2 miles in km?", "2 miles is **3.22 km**"),
        ("what's 10k in miles", "10 km is **6.21 miles**"),
        ("how many km is 3 miles", "3 miles is **4.83 km**"),
        ("100 lbs in kg?", "100 lb is **45.4 kg**"),
    ],
)
async def test_unit_questions_get_the_sum_and_log_nothing(chat, on_disk, message, answer):
    reply = await chat(message)

    assert reply.text.startswith(answer), reply.text
    assert logged(on_disk) == []


async def test_the_pace_of_what_was_just_logged(chat):
    await chat("for real: did a 10k in 55 minutes")

    reply = await chat("what pace per km is that?")

    assert "**5:30/km**" in reply.text and "8:51/mi" in reply.text


async def test_a_pace_question_with_nothing_timed_asks_for_a_session(chat, on_disk):
    reply = await chat("what was my pace?")

    assert "distance and a time" in reply.text and logged(on_disk) == []


@pytest.mark.parametrize(
    "message",
    ["n is it ok 2 run on the off days", "is it bad to swim after leg day", "is it fine to walk 10k steps on rest days"],
)
async def test_a_question_naming_an_activity_logs_nothing(chat, on_disk, message):
    await chat(message)

    assert logged(on_disk) == []


async def test_minutes_trained_today_after_an_undo(chat):
    await chat("log a 30 min walk")
    await chat("whoops, that was my wife's walk not mine. delete it")
    await chat("I did 45 min of yoga this morning though")

    reply = await chat("how many minutes have I trained today?")

    assert "45 min" in reply.text and "Walking" not in reply.text


@pytest.mark.parametrize(("weight", "kg"), [("I'm 80kg", "80"), ("i weigh 176 lbs", "79.8")])
async def test_a_calorie_question_uses_the_weight_said_with_it(chat, weight, kg):
    await chat("on saturday I did a 40km club ride")

    reply = await chat(f"roughly how many calories did the 40k ride burn? {weight}")

    # the ride just logged, at the weight said (MET x kg x hours scales with it)
    assert f"your weight of {kg} kg" in reply.text and "Cycling" in reply.text and "70 kg" not in reply.text


@pytest.mark.parametrize("question", ["what have I logged today?", "what have I got down for today?"])
async def test_what_have_i_logged_is_the_days_summary(chat, question):
    await chat("45 min vinyasa yoga and a 20 min walk with the dog")
    await chat("scratch the walk, that was my partner who took the dog out")

    reply = await chat(question)

    assert "Yoga" in reply.text and "Walking" not in reply.text


async def test_the_workouts_of_a_named_day(chat):
    await chat("on monday i did a 60 min spin class and today 30 mins on the rower")

    reply = await chat("what workouts did i do on monday")

    assert reply.text.startswith("**Monday 10 Mar**: 1 workout") and "Spin" in reply.text and "Rowing" not in reply.text


async def test_each_way_in_a_correction_doubles_it_as_the_log_did(chat, on_disk):
    await chat("yesterday I cycled to work and back, 12km each way")
    await chat("sorry it was 14 km each way not 12")

    [ride] = logged(on_disk)
    assert ride["distance_km"] == 28


async def test_calories_of_the_last_log_at_the_weight_said(chat):
    await chat("swam 40 lengths of a 25m pool this morning, took about 45 mins")
    at_70 = await chat("how many calories did that burn?")
    at_82 = await chat("how many calories did that burn? I'm 82kg")

    kcal = lambda text: int(text.split("**")[1].split()[0])  # noqa: E731
    assert round(kcal(at_70.text) * 82 / 70) == kcal(at_82.text) and "82 kg" in at_82.text


@pytest.mark.parametrize(
    "message",
    ["haha ok it was 5 km in 27 minutes", "calories? I'm 60 kg", "how far have I ridden this week?",
     "what have I logged workout-wise today?"],
)
def test_follow_ups_about_the_log_stay_with_helios(message):
    from host.types import ClassifyContext

    from agenthost_helios.routing import classify

    assert classify(message, ClassifyContext("u", [], {}, last_agent="helios")).score >= 0.7


@pytest.mark.parametrize(
    "message",
    [
        "do I need electrolytes for a 10 mile run when it's hot out? or is water enough",
        "can you give me a full body workout? gym's shut today",
        "no equipment at home tho, just a yoga mat",
        "should I swim or cycle tomorrow",
    ],
)
async def test_questions_and_requests_naming_an_activity_are_never_logged(chat, on_disk, message):
    reply = await chat(message)

    assert logged(on_disk) == [] and "How long did" not in reply.text, reply.text


async def test_can_you_log_is_still_a_log(chat, on_disk):
    await chat("can you log my 5k run from this morning, 27 minutes")

    assert [w["activity"] for w in logged(on_disk)] == ["running"]


async def test_the_week_after_a_calorie_question_is_the_week(chat):
    await chat("swam 40 lengths of a 25m pool this morning, took about 45 mins")
    await chat("how many calories did that burn? I'm 82kg")

    reply = await chat("and what have I got down for this week?")

    assert "this week" in reply.text.split("\n")[0]


async def test_bare_calories_with_a_weight_after_a_log_rescales_it(chat):
    await chat("ran 5 km in 27 minutes")

    reply = await chat("calories? I'm 60 kg")

    assert reply.text.startswith("About **") and "60 kg" in reply.text


@pytest.mark.parametrize(
    "message", ["log my husband's 5k run from this morning", "my wife did a 30 min walk", "my son's football, 90 min"]
)
async def test_someone_elses_workout_is_not_logged(chat, on_disk, message):
    reply = await chat(message)

    assert logged(on_disk) == [] and "haven't logged it" in reply.text


async def test_a_workout_done_with_someone_is_mine(chat, on_disk):
    await chat("went for a 5k run with my husband this morning")

    assert [w["activity"] for w in logged(on_disk)] == ["running"]


async def test_average_speed_of_a_ride_is_in_km_per_hour(chat):
    await chat("I did a 10 mile ride yesterday in 50 min")

    reply = await chat("what was my average speed?")

    assert "**19.3 km/h** (12 mph)" in reply.text


async def test_pace_and_calories_at_a_weight_after_a_run_with_someone(chat):
    await chat("I did 5k with her, 31 min")

    pace = await chat("how fast was i per km")
    calories = await chat("and how many calories at 68 kg?")

    assert "**6:12/km**" in pace.text
    assert calories.text.startswith("About **") and "68 kg" in calories.text


async def test_yesterdays_weekday_by_name(chat):
    await chat("tuesday i did pilates for 50 mins")

    reply = await chat("what did i do on tuesday")

    assert reply.text.startswith("**Tuesday 11 Mar**: 1 workout") and "Pilates" in reply.text


async def test_remove_an_exercise_by_name_takes_out_only_that_one(chat, on_disk):
    await chat("did 4 rounds: 12 kettlebell swings, 10 goblet squats at 35 lbs, 200m run")

    reply = await chat("actually remove the kettlebell swings")

    assert "removed: Kettlebell swing" in reply.text
    assert sorted(w.get("exercise") or w["activity"] for w in logged(on_disk)) == ["Goblet squat", "running"]


async def test_log_another_set_of_reps(chat, on_disk):
    await chat("log 50 pushups")

    await chat("log another 30")

    assert [w["reps"] for w in logged(on_disk)] == [50, 30]


def test_what_have_i_done_today_is_the_training_log_but_not_what_i_ate():
    from host.types import ClassifyContext

    from agenthost_helios.routing import classify

    nobody = ClassifyContext("u", [], {})
    assert classify("what have i done today", nobody).score >= 0.5
    assert classify("what have i eaten today", nobody).score < 0.45
    assert classify("what did i say yesterday", nobody).score < 0.45


@pytest.mark.parametrize(
    "message",
    ["whats a good time for a first half marathon", "hows a 10k in 60 min for a beginner", "wheres a good place to run 5k"],
)
async def test_wh_questions_without_a_question_mark_log_nothing(chat, on_disk, message):
    await chat(message)

    assert logged(on_disk) == []


@pytest.mark.parametrize(
    ("undo", "left"),
    [
        ("take the yoga off", "walking"),
        ("the walk was my wife's, not mine", "yoga"),
        ("that walk wasn't mine", "yoga"),
        ("scrap the yoga", "walking"),
    ],
)
async def test_taking_out_one_of_two_entries_as_people_say_it(chat, on_disk, undo, left):
    await chat("did 30 min yoga and a 2 mile walk")

    reply = await chat(undo)

    assert "removed" in reply.text and [w["activity"] for w in logged(on_disk)] == [left]


async def test_someone_elses_run_after_mine_keeps_mine(chat, on_disk):
    await chat("ran 5k in 28 min")

    await chat("log my husband's 10k too")

    assert [w["distance_km"] for w in logged(on_disk)] == [5]


async def test_saturdays_ride_is_dated_saturday(chat, on_disk):
    await chat("saturday's ride was 35 miles, took 2 and a half hours")

    [ride] = logged(on_disk)
    assert ride["date"].startswith("2025-03-08") and ride["duration_min"] == 150


async def test_a_report_with_no_question_gets_no_curated_card(chat):
    reply = await chat("monday: legs. 1 hour")

    assert "💡" not in reply.text.split("\n")[0]


async def test_an_exclamation_is_still_a_report(chat, on_disk):
    await chat("what a session! ran 10k in 50 min")

    assert [w["distance_km"] for w in logged(on_disk)] == [10]


async def test_chat_spelt_days_and_undo(chat, on_disk):
    await chat("ystrday i did 45 min of wieghts")
    [lift] = logged(on_disk)
    assert lift["date"].startswith("2025-03-11")

    today = await chat("how mny cals did i burn tday")
    assert "today" in today.text.split("\n")[0]

    await chat("delet that")
    assert logged(on_disk) == []
