"""How long progress takes and what comes next: timelines, long runs, the race ladder and
"I can (or can't yet) do ...", with the race a conversation is about carried between turns."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from agenthost_helios import progress


def test_every_race_and_milestone_names_its_source():
    data = json.loads(resources.files("agenthost_helios").joinpath("data/progress.json").read_text("utf-8"))
    for entry in data["races"] + data["milestones"] + [data["long_run"]]:
        assert entry["source"].strip(), entry
    kms = [race.km for race in progress.races()]
    assert kms == sorted(kms) and len(kms) == 4


@pytest.mark.parametrize(
    ("text", "race"),
    [("my first 5k", "5k"), ("a half marathon in May", "half"), ("the marathon", "marathon"), ("10 km race", "10k"),
     ("half an hour run", None), ("26.2 miles", "marathon")],
)
def test_races_are_named_in_everyday_words(text, race):
    found = progress.race_in_text(text)
    assert (found.id if found else None) == race


async def test_after_a_first_5k_plan_how_long_until_nonstop_is_the_couch_to_5k_timeline(chat):
    await chat("give me a plan to run my first 5k")
    await chat("make it easier, I've never run before")

    reply = await chat("how long until I can run it nonstop?")

    assert reply.metadata["intent"] == "timeline"
    assert "**about 9 weeks**" in reply.text and "Couch to 5K" in reply.text
    why = await chat("why?")
    assert "NHS" in why.text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how many weeks does it take to train for a half marathon?", "about 12 weeks"),
        ("how long before I could run a marathon", "16-20 weeks"),
        ("when will I be able to run a 10k?", "about 8 weeks"),
        ("how long till I can jog without stopping", "about 9 weeks"),
        ("how long until I see results from lifting?", "4-8 weeks"),
        ("how long does it take to build muscle", "a couple of months"),
    ],
)
async def test_timeline_questions_in_other_words(chat, message, expected):
    reply = await chat(message)
    assert reply.metadata["intent"] == "timeline"
    assert expected in reply.text and "_Source:" in reply.text


async def test_how_long_before_training_a_muscle_again_is_not_a_timeline(chat):
    reply = await chat("and how long before I train legs again?")
    assert reply.metadata["intent"] != "timeline"


@pytest.mark.parametrize(
    ("first", "question", "expected"),
    [
        (None, "planning my first 10k next month, how long should my long runs be?", "8-12 km"),
        ("my goal is to run a half marathon in October", "how far should my long run be?", "16-19 km"),
        ("I want to run a marathon, where do I start?", "how long should the long runs get", "29-32 km"),
    ],
)
async def test_long_runs_follow_the_race_the_conversation_is_about(chat, first, question, expected):
    if first:
        await chat(first)
    reply = await chat(question)
    assert reply.metadata["intent"] == "long_run"
    assert expected in reply.text and "Daniels" in reply.text


async def test_a_long_run_question_with_no_race_lists_each_race(chat):
    reply = await chat("how long should my long run be?")
    for race in ("5k", "10k", "half marathon", "marathon"):
        assert f"- {race}: about" in reply.text


@pytest.mark.parametrize(
    ("message", "next_step"),
    [
        ("I can already run 5k", "**10k**"),
        ("i can run 10k now", "**half marathon**"),
        ("well I can do a half marathon", "**marathon**"),
    ],
)
async def test_what_i_can_already_run_gets_the_next_step_not_a_log(chat, on_disk, message, next_step):
    reply = await chat(message)
    assert reply.metadata["intent"] == "ability"
    assert next_step in reply.text
    assert on_disk.lines("workouts.jsonl") is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I can't do a single pull-up", "Negative pull-up"),
        ("i cant even do one push up", "Incline push-up"),
        ("I can do 10 push-ups", "3 sets a little short of your max (about 7-10 reps a set)"),
    ],
)
async def test_what_i_can_or_cannot_do_yet_gets_a_way_to_build(chat, on_disk, message, expected):
    reply = await chat(message)
    assert reply.metadata["intent"] == "ability"
    assert expected in reply.text
    assert on_disk.lines("workouts.jsonl") is None


async def test_i_can_only_train_three_days_is_still_a_plan_change(chat):
    await chat("I want to start working out")
    reply = await chat("I can only train 2 days a week")
    assert reply.metadata["intent"] == "plan_change"


async def test_where_to_start_for_a_race_is_the_road_there(chat):
    reply = await chat("I'm dying to run a marathon next year, where do I start?")

    assert reply.metadata["intent"] == "roadmap"
    assert [line[:6] for line in reply.text.splitlines()[1:5]] == ["1. **5", "2. **1", "3. **h", "4. **m"]
    nxt = await chat("I can already run 5k")
    assert "**10k**" in nxt.text
