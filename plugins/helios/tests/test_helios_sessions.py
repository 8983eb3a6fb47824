"""The plan's sessions by day and logging one as done; pool lengths and parkruns; goals said as
wishes and how long they take; bulking and splits; rest after a race; and the words the host's
typo repair aims at for Helios."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned
from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def logged(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


async def test_a_day_of_the_plan_is_shown_and_a_rest_day_says_whats_next(chat):
    await chat("give me a 3 day strength plan")  # Mon, Wed, Fri

    friday = await chat("what's on friday?")
    thursday = await chat("what's on thursday?")

    assert friday.text.startswith("Friday (Fri) on your 3-day beginner strength plan")
    assert thursday.text.startswith("Thu is a rest day") and "Next up: **Fri" in thursday.text


async def test_done_after_todays_session_logs_that_session(chat, on_disk):
    await chat("give me a 3 day strength plan")
    shown = await chat("what's my workout today?")
    assert shown.text.startswith("Today (Wed)") and "say “done!”" in shown.text

    reply = await chat("done!")

    [workout] = logged(on_disk)
    assert (workout["activity"], workout["label"], workout["date"][:10]) == ("calisthenics", "Full body B", "2025-06-11")
    assert reply.text.startswith("Logged!") and "Full body B" in reply.text


async def test_done_with_no_session_today_asks_what_was_done(chat, on_disk):
    await chat("what's my workout today?")
    reply = await chat("done!")
    assert "What did you do" in reply.text and logged(on_disk) == []


@pytest.mark.parametrize(
    ("message", "km"),
    [("I swam 40 lengths", 1.0), ("swam 20 lengths of a 50m pool", 1.0), ("30 laps in the 25 m pool", 0.75)],
)
async def test_pool_lengths_are_a_distance(chat, on_disk, message, km):
    await chat(message)
    [workout] = logged(on_disk)
    assert (workout["activity"], workout["distance_km"]) == ("swimming", km)
    assert workout["duration_min"] != 25 and workout["duration_min"] != 50


async def test_a_parkrun_is_five_km(chat, on_disk):
    await chat("I did a parkrun in 27:30 this morning")
    [workout] = logged(on_disk)
    assert (workout["distance_km"], workout["duration_min"]) == (5, 27.5)


async def test_on_wednesday_said_on_a_wednesday_is_today_and_last_wednesday_a_week_ago(chat, on_disk):
    await chat("swam 30 minutes on wednesday")
    await chat("did yoga for an hour last wednesday")
    swim, yoga = logged(on_disk)
    assert (swim["date"][:10], yoga["date"][:10]) == ("2025-06-11", "2025-06-04")


@pytest.mark.parametrize(
    ("message", "goal"),
    [("i want to run a sub 25 minute 5k", "Run a sub 25 minute 5k"), ("I want to do 10 pull-ups", "Do 10 pull-ups")],
)
async def test_a_wish_with_a_target_is_saved_as_a_goal(chat, on_disk, message, goal):
    reply = await chat(message)
    assert reply.metadata["intent"] == "goal"
    assert on_disk.json("workouts.json")["goals"][-1]["goal"] == goal


async def test_how_long_will_that_take_after_a_goal_is_its_timeline(chat):
    await chat("my goal is to do 10 pull-ups by christmas")
    reply = await chat("how long will that take?")
    assert reply.metadata["intent"] == "timeline" and "4-8 weeks" in reply.text


async def test_a_plan_after_a_time_goal_is_an_endurance_plan_without_the_beginners_programme(chat, on_disk):
    await chat("i want to run a sub 25 minute 5k")
    reply = await chat("make me a plan")
    assert on_disk.json("workouts.json")["plans"][-1]["goal"] == "endurance"
    assert "Couch to 5K" not in reply.text


@pytest.mark.parametrize("message", ["I want to bulk up", "give me a push pull legs split", "help me put on size"])
async def test_bulking_and_splits_are_strength_plans_with_no_stray_focus(chat, on_disk, message):
    reply = await chat(message)
    assert reply.metadata["intent"] == "plan"
    plan = on_disk.json("workouts.json")["plans"][-1]
    assert (plan["goal"], plan["focus"]) == ("strength", None)


async def test_how_long_to_rest_after_a_marathon_is_recovery_not_rest_between_sets(chat):
    await chat("I ran a marathon yesterday!!")
    reply = await chat("how long should I rest?")
    assert reply.text.startswith("**Recovery**")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("mak it esier", "mak it easier"),
        ("i ran 5km this mornin", "i ran 5km this morning"),
        ("make it 3 dyas a week", "make it 3 days a week"),
        ("yesterdy i swam 40 laps", "yesterday i swam 40 laps"),
    ],
)
def test_the_host_repairs_helios_follow_up_words(tmp_path, typed, read):
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    router = Router(pm, build_registry(pm), config.router)
    assert router.typo_repair()(typed).text == read


async def test_ten_k_steps_are_steps_and_and_yesterday_8000_logs_more_steps(chat, on_disk):
    await chat("I did 10k steps")
    await chat("and yesterday 8000")
    today, yesterday = logged(on_disk)
    assert (today["activity"], today["steps"]) == ("walking", 10000)
    assert (yesterday["activity"], yesterday["steps"], yesterday["date"][:10]) == ("walking", 8000, "2025-06-10")


async def test_each_way_counts_both_ways(chat, on_disk):
    await chat("I walked to work and back, about 20 min each way")
    [walk] = logged(on_disk)
    assert walk["duration_min"] == 40


async def test_gardening_is_an_activity(chat, on_disk):
    await chat("did some gardening for an hour")
    [garden] = logged(on_disk)
    assert (garden["activity"], garden["compendium_code"]) == ("gardening", "08245")


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("what can you do?", "Hey! Helios here"),
        ("bye", "See you next time"),
        ("how do I get a six pack?", "Visible abs come down to body fat"),
        ("I don't have time to work out", "Short sessions count"),
    ],
)
async def test_everyday_chat_gets_the_right_kind_of_answer(chat, message, opening):
    reply = await chat(message)
    assert reply.text.startswith(opening)


async def test_a_watchs_calorie_figure_gets_the_accuracy_answer(chat):
    reply = await chat("my smartwatch says I burned 800 calories on my run, is that right?")
    assert reply.text.startswith("**Calories on your watch**") and "within 20%" in reply.text


async def test_sore_from_yesterdays_workout_is_soreness_not_the_plan(chat):
    reply = await chat("I'm sore from yesterday's workout, should I rest today?")
    assert reply.text.startswith("**Muscle soreness (DOMS)**")


async def test_i_want_to_train_for_an_event_is_a_goal(chat, on_disk):
    reply = await chat("I want to train for a triathlon")
    assert reply.metadata["intent"] == "goal"
    assert on_disk.json("workouts.json")["goals"][-1]["type"] == "endurance"


async def test_helios_reads_misspelt_pool_lengths_itself(chat, on_disk):
    await chat("yesterdy i swam 40 lenghts")
    [swim] = logged(on_disk)
    assert (swim["distance_km"], swim["date"][:10]) == (1.0, "2025-06-10")


def test_no_everyday_word_is_repaired_into_a_word_helios_adds_to_the_hosts_typo_repair(tmp_path):
    """Words Helios gives the host's typo repair must not pull real words over ("dads" into
    "days", "switch" into "stitch"): checked against Debian's word list when it is there."""
    from pathlib import Path

    from agenthost_helios.routing import FOLLOW_UP_WORDS

    words_file = Path("/usr/share/dict/american-english")
    if not words_file.exists():
        pytest.skip("no word list on this machine")
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    repair = Router(pm, build_registry(pm), config.router).typo_repair()
    ours = set(FOLLOW_UP_WORDS.words)
    words = [w for w in words_file.read_text(encoding="utf-8").split() if w.isalpha() and w.islower()]
    pulled = [change for w in words for change in repair(w).changes if change[1] in ours]
    assert pulled == []
