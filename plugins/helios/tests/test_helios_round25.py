"""Round 25: everyday messages that are not warning signs get everyday answers. Signs said to be
absent ("I don't get dizzy or faint"), feeling faint on standing up, breathlessness after time off,
pain after a lift, a watch's low sleeping heart rate, giving blood, a cut and swimming, a blocked
nose, a hangover, a first HIIT class; and the follow-ups people send after a plan ("what about
cardio?", "what if I miss a day?"). Real signs still get Helios' floor. Phrasings are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat

from agenthost_helios import faq, safety


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()

REFUSAL = "Because of the symptoms you mentioned"


@pytest.mark.parametrize(
    "said",
    [
        "ran out of breath on the stairs after a 3 week break, so unfit",
        "got out of breath walking up the stairs, been off the gym for a month",
        "feel faint when I stand up too fast, not during exercise",
        "i feel faint getting out of bed sometimes, never when training",
        "I don't get dizzy or faint, just tired after long runs",
        "no chest pain and no dizziness when I run, just want a faster 5k",
        "never had palpitations or fainting, just want a plan",
        "i dont get chest pain or anything, just slow",
    ],
)
def test_no_sign_told_no_cardiac_floor(said):
    assert safety.symptom_in_message(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "no chest pain but i nearly fainted on my run",
        "i fainted when i stood up after my run",
        "breathless on the stairs lately, never used to be",
        "out of breath lying in bed since my break",
        "i dont know why but i nearly passed out at the gym",
        "chest gets tight when i run",
    ],
)
def test_real_signs_still_set_the_floor(said):
    assert safety.symptom_in_message(said) == "cardiac"


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("ran out of breath on the stairs after a 3 week break, so unfit", "Out of breath after time off"),
        ("out of breath after my first run in months, is that normal", "Out of breath after time off"),
        ("feel faint when I stand up too fast, not during exercise", "Feeling dizzy when training"),
        ("no chest pain and no dizziness when I run, just want a faster 5k", "Running faster"),
        ("I don't get dizzy or faint, just tired after long runs", "Recovery"),
        ("my apple watch said my heart rate was 40 while asleep, i'm a cyclist", "Resting heart rate"),
        ("garmin says my sleeping heart rate is 42, is that bad? i run a lot", "Resting heart rate"),
        ("cut myself shaving, can I still swim", "Swimming with a cut"),
        ("got a small graze on my knee, ok to go in the pool?", "Swimming with a cut"),
        ("i donate blood tomorrow, can i train today", "Training and giving blood"),
        ("gave blood this morning can i go to the gym tonight", "Training and giving blood"),
        ("can't breathe through my nose when running, blocked nose", "Exercising when ill"),
        ("i drank too much last night and feel awful, workout or rest?", "Training with a hangover"),
        ("thinking of trying a hiit class for the first time, any tips", "HIIT"),
    ],
)
async def test_everyday_situations_get_their_answer(chat, said, topic):
    reply = await chat(said)
    assert reply.text.startswith(f"**{topic}** 💡"), reply.text
    assert REFUSAL not in reply.text and "_Source:" in reply.text


async def test_breathless_after_a_break_keeps_the_see_a_gp_line(chat):
    reply = await chat("got puffed out on the stairs, been off for months, so unfit")
    assert "at rest" in reply.text and "chest pain" in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    ["my knees are killing me after squats", "lower back hurts after deadlifts today", "elbows aching after curls"],
)
async def test_pain_after_a_lift_is_pain_not_a_pep_talk_or_a_log(chat, said):
    reply = await chat(said)
    assert "doctor or physio" in reply.text and "You've got this" not in reply.text, reply.text
    assert "Then I'll log it" not in reply.text


async def test_netflix_instead_of_training_gets_motivation(chat):
    reply = await chat("i've been binge watching netflix instead of training")
    assert reply.text.startswith("Motivation follows action"), reply.text


@pytest.mark.parametrize(
    ("plan", "then", "topic"),
    [
        ("give me a beginner strength plan", "what about cardio?", "Cardio or weights"),
        ("give me a beginner strength plan", "wat about cardio", "Cardio or weights"),
        ("give me a beginner strength plan", "should i do cardio too", "Cardio or weights"),
        ("i want to start running, beginner plan please", "what about strength training?", "Cardio or weights"),
        ("give me a beginner strength plan", "what weights should i use", "What weight to start with"),
        ("give me a beginner strength plan", "is that enough?", "How much exercise"),
        ("give me a beginner strength plan", "what if i miss a day", "Missing a day on your plan"),
        ("make me a 3 day full body workout plan", "what if i cant make it one day", "Missing a day on your plan"),
        ("i want to start running, beginner plan please", "what if i miss a run", "Missing a day on your plan"),
    ],
)
async def test_follow_ups_after_a_plan(chat, plan, then, topic):
    await chat(plan)
    reply = await chat(then)
    assert reply.text.startswith(f"**{topic}** 💡"), reply.text
    assert "Updated your plan" not in reply.text


async def test_missing_a_day_leaves_the_plan_as_it_was(chat):
    await chat("give me a beginner strength plan")
    await chat("what if i miss a day")
    reply = await chat("what's my workout today?")
    assert "7-day" not in reply.text and "1-day" not in reply.text


def test_a_negated_sign_is_not_the_dizziness_answer():
    found = faq.find("no chest pain and no dizziness when I run, just want a faster 5k")
    assert found is not None and found.id == "getting_faster"
    assert faq.find("i get dizzy when i stand up after squats").id == "dizziness"


@pytest.mark.parametrize("said", ["asthmatic, want to start running, tips?", "i have asthma and want to start running"])
async def test_asthma_and_starting_to_run_gets_the_asthma_advice_and_couch_to_5k(chat, said):
    reply = await chat(said)
    assert reply.text.startswith("**Exercise with asthma** 💡"), reply.text
    assert "reliever" in reply.text and "Couch to 5K" in reply.text


async def test_talking_about_training_after_the_guards_self_harm_answer_is_not_a_log(app_chat):
    await app_chat.ask("i've been cutting myself again")
    reply = await app_chat.ask("can we just talk about my workout instead")
    text = reply.get("text") or reply.get("message") or ""
    assert "Then I'll log it" not in text and "I hear you" in text, text
