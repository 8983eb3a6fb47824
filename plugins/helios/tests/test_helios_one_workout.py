"""One workout rather than a week ("a quick leg workout, no equipment", "20 minute cardio
session at home"), its follow-ups ("n 1 for arms 2?"), and follow-ups to a plan that don't
open the message ("I only get 30 min per session tho", "3 runs a week instead of 4")."""

from __future__ import annotations

import pytest
from host.types import ClassifyContext

from agenthost_helios.routing import classify

AFTER_HELIOS = ClassifyContext(user_id="u", history=[], profile={}, last_agent="helios")


@pytest.mark.parametrize(
    ("message", "opening", "names"),
    [
        ("giv me a quik leg wrkout no equpment", "Here's a 15-minute leg workout (no equipment)", "Bodyweight squat"),
        ("20 minute cardio session I can do at home?", "Here's a 20-minute cardio workout (no equipment)", "Circuit"),
        ("quick 10 min core workout please", "Here's a 10-minute core workout", "Plank"),
        ("can I get a 30 minute chest session with dumbbells?", "Here's a 30-minute chest workout (dumbbells)", "press"),
    ],
)
async def test_a_timed_or_quick_workout_is_one_session_not_a_week(chat, on_disk, message, opening, names):
    reply = await chat(message)

    assert reply.metadata["intent"] == "workout" and reply.text.startswith(opening), reply.text
    assert names in reply.text and "Week:" not in reply.text
    assert (on_disk.raw("workouts.jsonl") or b"") == b""  # nothing logged


@pytest.mark.parametrize("follow_up", ["thx. n 1 for arms 2?", "and one for arms too", "what about arms?"])
async def test_another_muscle_group_after_a_workout_is_the_same_kind_of_workout(chat, follow_up):
    await chat("giv me a quik leg wrkout no equpment")

    reply = await chat(follow_up)

    assert reply.text.startswith("Here's a 15-minute arm workout (no equipment)"), reply.text
    assert any(move in reply.text for move in ("dip", "Push-up", "row", "curl"))


async def test_no_jumping_leaves_the_jumps_out_of_a_cardio_workout(chat):
    reply = await chat("20 minute cardio session at home, no jumping please, my knee is dodgy")

    assert "no jumping" in reply.text and "Jump" not in reply.text and "Burpee" not in reply.text


async def test_a_knee_kept_in_the_profile_leaves_the_jumps_out(chat, write_profile):
    await write_profile(facts=["dodgy left knee, nothing with jumping"])

    reply = await chat("20 minute cardio session I can do at home?")

    assert "Jump" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "I only get 30 min per session tho",
        "can it be 3 runs a week instead of 4?",
        "thx. n 1 for arms 2?",
        "how fast should the easy ones be?",
        "why upper/lower and not full body?",
    ],
)
def test_follow_ups_that_dont_open_the_message_stay_with_helios(message):
    assert classify(message, AFTER_HELIOS).score >= 0.7


async def test_a_setting_the_plan_already_has_is_said_so(chat):
    await chat("can you give me a 4 day upper/lower split? I've got a full gym")

    minutes = await chat("I only get 30 min per session tho")
    days = await chat("can it be 4 days a week?")

    assert "It already fits 30 minutes per session" in minutes.text and "Upper body" in minutes.text
    assert "It's already 4 days a week" in days.text


async def test_chat_spelling_and_a_sport_ruled_out_shape_the_plan(chat):
    reply = await chat("cn u make me a cardo routine 4 fat los, 3 dayz a wk, no runnin my knees r shot")

    plan = reply.text.split("Saved!")[0]
    assert "3-day" in plan and "run" not in plan.lower() and "Jump" not in plan and "brisk walk" in plan
    follow = await chat("hw long each sesh")
    assert "about 30 minutes each" in follow.text


def test_a_breakfast_after_getting_up_is_not_the_turkish_get_up():
    from agenthost_helios import library

    found = library.exercise_in_text("only have like 15 min after I get up, something smaller?")
    assert found is None or found.id != "turkish_get_up"


async def test_a_typo_ridden_workout_and_its_follow_ups(chat):
    first = await chat("giv me a 20 min arm wrkout wiht dumbels")
    legs = await chat("n 1 for legs 2")
    harder = await chat("mak it hardr")
    shoulders = await chat("wat abt shoulders")

    assert first.text.startswith("Here's a 20-minute arm workout (dumbbells)")
    assert legs.text.startswith("Here's a 20-minute leg workout (dumbbells)")
    assert harder.text.startswith("Here's a 20-minute leg workout") and harder.text != legs.text
    assert shoulders.text.startswith("Here's a 20-minute shoulder workout (dumbbells)")


@pytest.mark.parametrize("message", ["mak it hardr", "wat abt shoulders", "how fast was i per km", "n 1 for legs 2"])
def test_chat_spelled_follow_ups_stay_with_helios(message):
    assert classify(message, AFTER_HELIOS).score >= 0.7


@pytest.mark.parametrize(
    "message",
    [
        "my knees are a bit dodgy, can you swap anything that's hard on them",
        "shud i go lighter or keep the waight",
        "how long will that take me?",
    ],
)
def test_longer_follow_ups_about_the_plan_stay_with_helios(message):
    assert classify(message, AFTER_HELIOS).score >= 0.7


async def test_dodgy_knees_after_a_plan_take_the_jumps_out(chat):
    await chat("can you give me a full body workout? gym's shut today")
    await chat("no equipment at home tho, just a yoga mat")

    reply = await chat("my knees are a bit dodgy, can you swap anything that's hard on them")

    assert "no jumping" in reply.text and "Jump" not in reply.text.split("Saved!")[0]


def test_a_squatting_typo_is_squatting():
    from agenthost_helios import entries

    assert "squatting" in entries.canonical("im sqauting and my knes keep caving in")


@pytest.mark.parametrize(
    ("message", "week"),
    [
        ("give me a 3 day push pull legs split", "Week: Mon Push A · Wed Pull A · Fri Legs A"),
        ("ppl 6 days at the gym", "Week: Mon Push A · Tue Pull A · Wed Legs A · Thu Push B · Fri Pull B · Sat Legs B"),
        ("3 day upper/lower split please", "Week: Mon Upper body A · Wed Lower body A · Fri Upper body B"),
    ],
)
async def test_a_named_split_fills_the_week(chat, message, week):
    reply = await chat(message)

    assert week in reply.text, reply.text


async def test_why_a_split_and_a_switch_back_to_full_body(chat):
    await chat("can you give me a 4 day upper/lower split? I've got a full gym")

    why = await chat("why upper/lower and not full body?")
    back = await chat("actually just full body, 3 days")

    assert "upper/lower split alternates" in why.text
    assert "split upper/lower → full body" in back.text and "Full body C" in back.text


async def test_the_split_reaches_the_tool_and_a_bad_one_is_refused(context):
    from agenthost_helios.tools import make_plan
    from host.types import ToolError

    plan = await make_plan(context, goal="strength", days_per_week=3, split="push_pull_legs")
    assert [s["title"] for s in plan["sessions"]] == ["Push A", "Pull A", "Legs A"]
    with pytest.raises(ToolError, match="split"):
        await make_plan(context, goal="strength", split="bro")


async def test_a_misspelt_weight_goal_is_a_goal_in_clean_words(chat):
    reply = await chat("i wanna loose like 5 kg by agust, hw do i start")

    assert reply.text.startswith("Goal locked in! 🎯 **Lose 5 kg by august**"), reply.text


def test_loose_clothes_are_not_a_weight_goal():
    from agenthost_helios import parse

    assert parse.prepare("my jeans are loose now") == "my jeans are loose now"


async def test_why_a_swap_says_what_was_asked_and_what_the_new_move_shares(chat):
    await chat("can you give me a 4 day upper/lower split? I've got a full gym")
    swapped = await chat("swap the back squats for something kinder to my lower back")

    why = await chat("why that swap?")

    assert "focus" not in swapped.text.split("\n")[0]  # "lower back" is the reason, not a new focus
    assert why.text.startswith("What changed and why:\n- ")
    assert "you asked “swap the back squats for something kinder to my lower back”" in why.text
    assert "same muscles" in why.text and "Why the plan looks like this:" in why.text


@pytest.mark.parametrize("example", ["make it harder", "only 15 minutes", "one for arms too", "with dumbbells", "done"])
async def test_every_example_a_workout_suggests_works_as_the_next_message(chat, on_disk, example):
    first = await chat("quick 20 min leg workout at home")
    assert f"“{example}”" in first.text

    reply = await chat(example)

    if example == "done":
        assert reply.text.startswith("Logged! 💪") and len(on_disk.lines("workouts.jsonl")) == 1
    else:
        assert reply.metadata["intent"] == "workout" and reply.text != first.text


async def test_calories_of_a_workout_before_doing_it(chat):
    await chat("20 minute cardio session I can do at home?")

    reply = await chat("how many calories will that burn")

    assert reply.text.startswith("About **") and "circuit training" in reply.text


async def test_easier_at_beginner_level_makes_the_workout_shorter(chat):
    await chat("20 minute cardio session I can do at home?")

    reply = await chat("make it easier")

    assert reply.text.startswith("Here's a 15-minute cardio workout")
