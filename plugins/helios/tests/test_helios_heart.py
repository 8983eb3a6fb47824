"""Exercise after a heart event: someone else's heart attack, stent, bypass or heart failure (asked
at once or as a follow-up that only says "he" or "her"), and the user's own once a clinician
has cleared them, get the curated cardiac-rehabilitation answer; the user's own symptoms and
their own heart condition before anyone cleared it keep the guard's and the floor's answers."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from host.app import create_app
from host.config import test_config
from host.testing import Chat, TurnRunner
from host.types import Intervention, Turn

from agenthost_helios import faq, heart

PLAN = re.compile(r"\bsets? of \d|\b\d+\s*(x|×)\s*\d+\b|\bday [1-7]\s*[:–—-]|\b(mon|tue|wed|thu|fri)\w*\s*[:–—-]|\bk?cal\b|Logged")
SOURCE = "_Source: NHS: Heart attack, recovery (cardiac rehabilitation); British Heart Foundation: Cardiac rehabilitation"


def assert_heart_answer(reply) -> None:
    """The curated answer: rehab and the cardiac team first, a gentle start, the signs to stop
    for and the emergency number, no plan, its sources."""
    assert reply.metadata["intent"] == "faq", reply.text
    assert reply.text.startswith("**Exercise after a heart attack or with a heart condition**")
    for said in ("cardiac rehabilitation", "GP, cardiologist or cardiac team", "short walks", "warming up and cooling down",
                 "chest pain", "unusual breathlessness", "dizziness", "palpitations", "999 in the UK, 911 in the US",
                 "No training plan or hard efforts"):
        assert said in reply.text
    assert SOURCE in reply.text
    assert not PLAN.search(reply.text)


@pytest.mark.parametrize(
    "message",
    [
        "my dad had a triple bypass 3 months ago, what exercise can he do?",
        "my husband has heart failure, can he go to the gym?",
        "my gran got a pacemaker fitted last month. can she still go on walks?",
        "my mom had heart surgery last year. is walking good for her?",
        "my fiancé has afib, is it ok for him to lift weights?",
        "our neighbour had an angioplasty last week, when can she go back to aqua aerobics?",
        "my mother in law has heart failure and wants to do yoga, any advice?",
        "one of my PT clients had a heart attack 6 months ago and wants to get back to training. how should I approach it?",
        "a friend of mine had stents put in over the summer, is cycling safe for him?",
        "is it safe to exercise after a heart attack?",
        "my husband's heart failure is stable now, can he go swimming?",
        "my pops had a stent put in, is golf ok for him?",
    ],
)
async def test_exercise_after_someone_elses_heart_event_gets_the_cardiac_rehab_answer(chat, message):
    assert_heart_answer(await chat(message))


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("my grandad had a heart attack last year, what's a heart-healthy diet for him?", "can he still do some exercise?"),
        ("my mum had a stent put in in march", "is it ok for her to start exercising again?"),
        ("my wife was diagnosed with heart failure in the spring", "what kind of workouts are safe for her?"),
        ("my partner had a heart attack in january and has just finished cardiac rehab", "can they start running?"),
        ("my granddad had a coronary bypass in the autumn", "should he be walking every day?"),
        ("my dad had a heart attack at 58 and he's home from the hospital now", "is it safe for him to work out at the gym?"),
    ],
)
async def test_a_follow_up_that_only_says_he_or_she_is_about_the_heart_event_just_named(chat, first, follow_up):
    await chat(first)
    assert_heart_answer(await chat(follow_up))


async def test_the_answer_carries_on_with_how_much_which_activities_and_why(chat):
    await chat("my dad had a triple bypass 3 months ago, what exercise can he do?")

    how_much = await chat("how much walking should he do?")
    assert how_much.text.startswith("How much is for the cardiac rehab team or doctor to set")
    assert "_Source: NHS: Heart attack, recovery" in how_much.text
    swimming = await chat("what about swimming?")
    assert "After heart surgery the breastbone needs weeks to heal" in swimming.text
    why = await chat("why?")
    assert why.text.startswith("Regular activity strengthens the heart") and "British Heart Foundation" in why.text


async def guarded(chat, flag: Intervention) -> TurnRunner:
    """A runner whose first turn carries the guard's flag, as the dispatcher sets it."""
    respond = chat.plugin.respond
    answered: list[Turn] = []

    async def respond_with_the_guards_flag_first(turn: Turn):
        if not answered:
            turn.safety = flag
        answered.append(turn)
        return await respond(turn)

    plugin = SimpleNamespace(respond=respond_with_the_guards_flag_first)
    return TurnRunner(plugin, chat.agent, chat.store, registry=chat.registry)


KNOWN_CONDITION = Intervention("cardiac", "advise", "cardiac.known_condition", action="preface")


@pytest.mark.parametrize(
    "message",
    [
        "I had a stent fitted last year, cardiologist cleared me, what exercise can I do?",
        "had a heart attack two years ago, my doctor has given me the all clear to exercise. where do I start?",
        "I've finished cardiac rehab after my bypass, can I start going to the gym?",
    ],
)
async def test_the_users_own_heart_event_once_cleared_gets_the_answer_under_the_guards_preface(chat, on_disk, message):
    runner = await guarded(chat, KNOWN_CONDITION)
    reply = await runner(message)

    assert_heart_answer(reply)
    assert reply.metadata["safety_floor"] == "cardiac"  # the preface was seen, and answered clinician-first
    assert "floor" not in (on_disk.json("state.json").get("helios") or {})  # cleared: no floor carried on


async def test_someone_elses_heart_event_sets_no_floor_on_the_user(chat, on_disk):
    """The guard may take "one of my clients had a heart attack" for the user's: Helios answers
    about the client and keeps no cardiac floor on the user's own plans."""
    runner = await guarded(chat, KNOWN_CONDITION)
    assert_heart_answer(await runner("one of my PT clients had a heart attack 6 months ago and wants to get back to training. how should I approach it?"))
    assert "floor" not in (on_disk.json("state.json").get("helios") or {})

    plan = await runner("I want to start working out")
    assert plan.metadata["intent"] == "plan"


@pytest.mark.parametrize(
    "message",
    [
        "I had a heart attack last year, can I exercise?",
        "I have a heart condition, what exercise can I do?",
    ],
)
async def test_the_users_own_heart_condition_not_yet_cleared_keeps_the_floor(chat, message):
    runner = await guarded(chat, KNOWN_CONDITION)
    reply = await runner(message)
    assert reply.metadata["intent"] == "gentle" and "see a doctor first" in reply.text


@pytest.mark.parametrize(
    ("before", "message"),
    [
        ([], "I get chest pain when I run"),
        ([], "my dad had a heart attack last year, I get chest pain when I run, can I keep running?"),
        ([], "that leg workout nearly gave me a heart attack, can I do it again tomorrow?"),
        ([], "does running lower the risk of heart disease?"),
        ([], "my heart rate is high when I run"),
        ([], "had a gastric bypass last year, what exercise can I do?"),
        (["my dad had a heart attack last year"], "can I do some exercise?"),
        (["my dad had a heart attack last year"], "I want to start running, make me a plan"),
        (["I had a heart attack last year"], "can he still do some exercise?"),
    ],
)
async def test_near_misses_are_not_the_heart_answer(chat, before, message):
    for said in before:
        await chat(said)
    reply = await chat(message)
    assert "Exercise after a heart attack" not in reply.text
    assert heart.question(message, [{"role": "user", "text": said} for said in before]) is None


async def test_own_symptoms_stay_with_the_floor(chat):
    symptoms = await chat("I get chest pain when I run")
    assert symptoms.metadata["intent"] == "gentle" and symptoms.metadata["safety_floor"] == "cardiac"
    follow_up = await chat("my dad had a heart attack too, can I still go running?")
    assert follow_up.metadata["intent"] == "gentle" and "see a doctor first" in follow_up.text


async def test_a_high_heart_rate_keeps_its_own_answer(chat):
    heart_rate = await chat("my heart rate is high when I run")
    assert heart_rate.text.startswith("**A high heart rate in hard efforts**")


def test_the_curated_answer_is_in_the_data_with_its_sources():
    found = faq.by_id(heart.ANSWER_ID)
    assert found is not None and "British Heart Foundation" in found.source and "WHO" in found.source
    assert found.subject is not None and found.unless is not None


async def test_through_the_server_the_grandad_conversation_and_the_guard(aiohttp_client, tmp_path: Path):
    """Ceres answers the diet, Helios the follow-up about exercise; the user's own chest pain is
    still the guard's answer, and the cleared user gets the rehab answer, not a symptom reply."""
    config = test_config(tmp_path / "data", plugins={"enabled": ["safety", "helios", "ceres", "general"]})
    client = await aiohttp_client(create_app(config))

    grandad = await Chat.open(client, "grandchild", tmp_path / "data")
    diet = await grandad.ask("my grandad had a heart attack last year, what's a heart-healthy diet for him?")
    assert diet["metadata"]["agent_id"] == "ceres"
    exercise = await grandad.ask("can he still do some exercise?")
    assert exercise["metadata"]["agent_id"] == "helios"
    assert "cardiac rehabilitation" in exercise["message"] and "short walks" in exercise["message"]

    cleared = await Chat.open(client, "cleared", tmp_path / "data")
    reply = await cleared.ask("I had a stent fitted last year, cardiologist cleared me, what exercise can I do?")
    assert reply["metadata"]["agent_id"] == "helios"
    assert "cardiac rehabilitation" in reply["message"] and "symptoms you mentioned" not in reply["message"]

    symptoms = await Chat.open(client, "runner", tmp_path / "data")
    reply = await symptoms.ask("I get chest pain when I run")
    assert reply["metadata"]["agent_id"] == "safety"
    for chat in (grandad, cleared, symptoms):
        await chat.ws.close()
