"""Helios' floors under the safety guard's flag, over the real socket with a stand-in guard;
and the curated answers: each with a source, each reachable by a question people ask."""

from __future__ import annotations

import re

import json
from pathlib import Path

import pytest
from host import hookimpl
from host.app import create_app
from host.config import test_config
from host.testing import ask
from host.types import Intervention

from agenthost_helios import faq


class FlaggingGuard:
    """A `screen` plugin that lets every message through with one flag (`action="preface"`)."""

    def __init__(self, category: str) -> None:
        self.category = category

    @hookimpl
    def screen(self, message, context):
        return Intervention(self.category, "advise", f"test.{self.category}", action="preface", note="test flag")


async def connect(aiohttp_client, tmp_path: Path, category: str):
    config = test_config(tmp_path / "data", plugins={"enabled": ["helios"]})
    client = await aiohttp_client(create_app(config, extra_plugins=[FlaggingGuard(category)]))
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()  # welcome
    return ws, tmp_path / "data" / "alice"


@pytest.mark.parametrize("category", ["cardiac", "pregnancy"])
async def test_a_cardiac_or_pregnancy_flag_gets_no_intensity_plan(aiohttp_client, tmp_path, category):
    ws, folder = await connect(aiohttp_client, tmp_path, category)

    plan = await ask(ws, "give me a hard HIIT workout plan, 5 days a week", "m1")
    burn = await ask(ws, "how many calories would I burn running hard for an hour?", "m2")

    for reply in (plan, burn):
        assert reply["agent"] == "Helios 💪" and reply["metadata"]["intent"] == "gentle"
        assert "Mon –" not in reply["message"] and "kcal" not in reply["message"]
    assert not (folder / "workouts.json").exists()  # no plan saved
    if category == "cardiac":
        assert "see a doctor first" in plan["message"] and "emergency number" in plan["message"]
    else:
        text = plan["message"]
        assert "midwife or doctor" in text and "150 minutes" in text
        assert "lying flat on your back" in text and "contact sports" in text
        assert "bleeding" in text
    await ws.close()


async def test_pregnancy_said_in_the_message_is_advised_without_a_guard(chat):
    reply = await chat("I'm 20 weeks pregnant, can I keep running and lifting?")

    assert reply.metadata["intent"] == "gentle" and reply.metadata["safety_floor"] == "pregnancy"
    assert "midwife or doctor" in reply.text and "After the first trimester" in reply.text
    assert chat.turns[-1].tool_calls == []


async def test_an_eating_disorder_flag_removes_every_calorie_figure(aiohttp_client, tmp_path):
    ws, folder = await connect(aiohttp_client, tmp_path, "eating_disorder")

    logged = await ask(ws, "ran 5k in 30 minutes", "m1")
    week = await ask(ws, "how many calories did I burn this week?", "m2")
    burn = await ask(ws, "make me a weight loss plan to burn it off", "m3")
    plan = await ask(ws, "give me a workout plan", "m3b")
    goal = await ask(ws, "my goal is to lose 10 kg by June", "m4")

    for reply in (logged, week, burn, plan, goal):
        assert "kcal" not in reply["message"] and "calorie" not in reply["message"].lower().replace("calories burned are", "")
    assert "Running · 30 min" in logged["message"]
    # exercise to make up for eating or lose weight: no plan, support instead
    assert "plan to burn food off" in burn["message"] and "doctor" in burn["message"]
    [saved] = json.loads((folder / "workouts.json").read_text())["plans"]
    assert saved["goal"] == "general_fitness"  # a plan for fitness is fine; never a weight-loss one
    assert "lose" not in plan["message"].lower()
    assert "I'd rather not set a weight goal" in goal["message"]
    assert "fitness_goal" not in json.loads((folder / "profile.json").read_text() if (folder / "profile.json").exists() else "{}")
    await ws.close()


async def test_chest_pain_never_gets_chest_stretches(chat):
    reply = await chat("my chest hurts")

    assert "stretch" not in reply.text.lower().replace("train through or stretch out", "")
    assert "emergency" in reply.text.lower() or "doctor" in reply.text.lower()


def test_a_pattern_hit_without_the_answers_subject_is_no_answer():
    # "on training days" is in the hydration answer's patterns, but this asks about calories
    assert faq.find("what's my maintenance on training days roughly?") is None
    assert faq.find("how much water on training days?").id == "hydration"


def test_every_curated_answer_names_its_source_and_has_questions():
    answers = faq.answers()
    assert len(answers) >= 20
    assert len({a.id for a in answers}) == len(answers)
    for answer in answers:
        assert answer.source.strip() and answer.answer.strip() and answer.patterns, answer.id
        # a named body, or a journal reference with its year
        assert any(name in answer.source for name in ("WHO", "ACSM", "CDC", "AASM", "Heart", "Mayo", "NHS", "NSCA", "ACE")) or re.search(
            r"\b(19|20)\d\d\b", answer.source
        ), answer.id
        assert answer.why is None or answer.why.strip(), answer.id


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("what is progressive overload?", "progressive_overload"),
        ("I've stopped getting stronger, what do I do", "progressive_overload"),
        ("should I stretch before running?", "stretching"),
        ("how long should I warm up", "warm_up"),
        ("how many rest days do I need?", "rest_days"),
        ("is it ok to work out every day?", "rest_days"),
        ("I'm so sore after leg day, should I train?", "doms"),
        ("how much sleep do I need for recovery", "sleep"),
        ("do I really need 10,000 steps a day?", "steps"),
        ("cardio or weights for a beginner?", "cardio_vs_weights"),
        ("how much exercise do I need a week?", "how_much_exercise"),
        ("how often should I train each muscle?", "muscle_frequency"),
        ("how many sets and reps should I do", "sets_reps"),
        ("how long should I rest between sets", "rest_between_sets"),
        ("what pace should I run at?", "running_pace"),
        ("how long does it take to recover after a hard workout", "recovery"),
        ("is hiit better than steady cardio?", "hiit"),
        ("does walking count as exercise?", "walking"),
        ("I sit at a desk job all day", "sitting"),
        ("what's my max heart rate", "heart_rate"),
        ("can I exercise with a cold?", "sick"),
        # the question's subject wins over the first pattern that matches
        ("how long should I rest between sets if I'm trying to build muscle?", "rest_between_sets"),
        ("how many minutes break between sets for hypertrophy", "rest_between_sets"),
        ("is it bad to do abs every single day?", "abs_daily"),
        ("can I train my core daily?", "abs_daily"),
        ("should I do crunches every day for a six pack", "abs_daily"),
        ("what bpm should my spin class playlist be?", "spin_cadence"),
        ("what cadence for climbs on the bike?", "spin_cadence"),
        ("my heart rate hits 188 in intervals, is that dangerous? I'm 30", "high_heart_rate"),
        ("my garmin says my heart rate was 182 on the hills, too high?", "high_heart_rate"),
        ("when can I train legs again?", "train_sore_again"),
        ("how many days rest between leg days", "muscle_frequency"),
        ("what's the difference between dynamic and static stretching?", "stretching"),
    ],
)
async def test_everyday_questions_get_the_curated_answer_with_its_source(chat, question, answer_id):
    expected = faq.by_id(answer_id)

    reply = await chat(question)

    assert reply.metadata["intent"] == "faq", reply.text
    assert reply.text.startswith(f"**{expected.topic}** 💡") and f"_Source: {expected.source}_" in reply.text
    why = await chat("why?")
    assert why.text == expected.reason and expected.source in why.text


@pytest.mark.parametrize(
    "message",
    [
        "I'm 14 weeks pregnant and noticed some bleeding during my workout today",
        "30 weeks and I haven't felt the baby move much since my run this morning",
        "33 weeks, I felt a gush of fluid while jogging",
    ],
)
async def test_a_pregnancy_warning_sign_is_never_logged_and_comes_first(chat, on_disk, message):
    reply = await chat(message)

    assert reply.text.startswith("Please stop exercising and contact your midwife, maternity unit or doctor now")
    assert on_disk.raw("workouts.jsonl") is None and "Logged" not in reply.text


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("what songs bpm for running cadence", "running_cadence"),
        ("whats a good running cadence", "running_cadence"),
        ("how many steps per minute should I run at", "running_cadence"),
        ("what cadence for climbs on the bike?", "spin_cadence"),
        ("should I stretch before my run or after?", "stretching"),
    ],
)
def test_cadence_and_stretching_questions_find_their_answer(question, answer_id):
    assert faq.find(question).id == answer_id


async def test_a_short_question_on_another_subject_does_not_repeat_the_last_card(chat):
    await chat("how often should I train each muscle?")

    reply = await chat("what bpm for a tabata playlist?")

    assert not reply.text.startswith("**How often to train a muscle**")


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("how many days a week should i lift", "muscle_frequency"),
        ("how long should i rest between hiit intervals", "hiit"),
        ("how long should a warm up be", "warm_up"),
        ("what pace should my easy runs be", "running_pace"),
        ("is 3 sets of 10 good", "sets_reps"),
        ("does lifting weights make women bulky", "strength_benefits"),
        ("what time of day is best to work out", "time_of_day"),
        ("how long should I hold each stretch", "stretching"),
    ],
)
def test_more_everyday_phrasings_find_their_answer(question, answer_id):
    assert faq.find(question).id == answer_id


def test_holding_a_plank_is_not_the_stretching_answer():
    found = faq.find("how long should i hold a plank")
    assert found is None or found.id != "stretching"


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("shud i go lighter or keep the waight", "go_lighter"),
        ("should I lower the weight", "go_lighter"),
        ("what kind of exercise should I be doing?", "how_much_exercise"),
        ("also i get rly out of breth on hills is that normal, im only just starting", "getting_fitter"),
    ],
)
def test_form_and_fitness_questions_find_their_answer(question, answer_id):
    assert faq.find(question).id == answer_id


async def test_weighing_yourself_is_not_the_training_frequency_tip(chat):
    reply = await chat("and how often should I weigh myself?")

    assert "3-4 sessions a week" not in reply.text


async def test_how_long_after_a_warm_up_routine(chat):
    await chat("do I actually need to warm up before lifting or is that a myth")

    reply = await chat("how long should it be?")

    assert "5-10 minutes" in reply.text


@pytest.mark.parametrize(
    ("question", "not_this"),
    [("whats better treadmill or elliptical", "treadmill"), ("do I need protein shakes to build muscle", None)],
)
async def test_no_wrong_card_and_no_plan_for_a_question(chat, question, not_this):
    reply = await chat(question)

    assert reply.metadata["intent"] != "plan"
    if not_this:
        found = faq.find(question)
        assert found is None or found.id != not_this


async def test_building_muscle_after_50_is_the_older_adults_answer(chat):
    reply = await chat("can I build muscle after 50")

    assert reply.text.startswith(f"**{faq.by_id('older_adults').topic}**")


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("what should i eat on rest days", None),
        ("how many calories on rest days", None),
        ("my heart rate at rest is 95 is that high", "resting_heart_rate"),
        ("should I run on a rest day", "rest_days"),
    ],
)
def test_an_answer_stands_aside_when_the_question_is_about_something_else(question, answer_id):
    found = faq.find(question)
    assert (found.id if found else None) == answer_id


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("my heart was pounding after the sprints, is that normal?", "high_heart_rate"),
        ("i feel like dying after every run, how do i make it easier", "getting_fitter"),
    ],
)
def test_hard_effort_worries_find_their_answer(question, answer_id):
    assert faq.find(question).id == answer_id


async def test_a_skipping_heartbeat_is_still_the_cardiac_floor(chat):
    reply = await chat("my heart keeps skipping beats after running, is that normal?")

    assert reply.metadata.get("safety_floor") == "cardiac" and "doctor" in reply.text
