"""Round 11: a session still to come is never logged ("weigh-in is 2 hours before I lift"),
distances already given asked for in the other unit, how long to hold a stretch, a summary's
totals, plan changes in the user's words, and no harder workout right after the guard's
self-harm answer. Phrasings are this file's own, not any test set's."""

from __future__ import annotations

import re

import pytest
from host.types import ClassifyContext

from agenthost_helios.routing import classify
from agenthost_helios.safety import SELF_HARM_GENTLE

from .test_helios_round10 import _guard_answered


@pytest.mark.parametrize(
    "later",
    [
        "and the morning of? weigh-in is 2 hours before I lift",
        "weigh in is 90 minutes before I compete, what then",
        "the night of the race I go to bed at 10, warm up starts an hour before I run",
        "what about 30 min before I train",
        "1 hour before I lift, is a banana enough",
        "an hour before I swim, is toast ok",
        "the morning of the 10k, 2 hours before I race",
        "my weigh-in is at 8 and I lift at 10",
        "and 45 minutes before I go out for my run",
        "the day of the meet, weigh ins are 2 hours before we lift",
    ],
)
async def test_a_session_still_to_come_is_never_logged(chat, on_disk, later):
    reply = await chat(later)

    assert reply.metadata["intent"] not in ("log", "log_incomplete"), reply.text
    assert not on_disk.lines("workouts.jsonl")


@pytest.mark.parametrize(
    "later",
    [
        "and the morning of? weigh-in is 2 hours before I lift",
        "what about 30 min before I train",
        "an hour before I run, is that ok",
        "the morning of the race?",
        "weigh in is the day before",
        "2 hours before I compete",
        "and the night of?",
        "45 mins before i work out",
        "so the day of, 3 hours before I race",
        "half an hour before I swim",
    ],
)
def test_when_the_user_trains_after_ceres_answer_stays_with_ceres(later):
    context = ClassifyContext("u", [{"role": "assistant", "agent": "ceres", "text": "..."}], {}, last_agent="ceres")

    assert classify(later, context).score == 0.0


async def test_a_session_done_before_lifting_is_still_logged(chat, on_disk):
    await chat("ran 3 km this morning before I went lifting, took 18 minutes")

    assert len(on_disk.lines("workouts.jsonl")) == 1


@pytest.mark.parametrize(
    ("logged", "ask", "expected"),
    [
        ("walked 4 miles with the dog yesterday, took about 80 minutes", "how far is that in km?", r"\*\*6\.4 km\*\*"),
        ("walked 4 miles in 80 min", "in km please", r"\*\*6\.4 km\*\*"),
        ("ran 10 km in 55 minutes", "what's that in miles", r"\*\*6\.2 miles\*\*"),
        ("cycled 20k in 50 minutes", "and in miles?", r"\*\*12\.4 miles\*\*"),
        ("hiked 8 miles in 3 hours", "how many km is that", r"\*\*12\.9 km\*\*"),
        ("jogged 5k in 30 min", "can you give me that in miles", r"\*\*3\.1 miles\*\*"),
        ("ran 3 miles in 27 minutes", "what is it in kilometres", r"\*\*4\.8 km\*\*"),
        ("rowed 6 km in 30 minutes", "convert that to miles", r"\*\*3\.7 miles\*\*"),
        ("walked 2 miles in 40 min", "how far was it in km", r"\*\*3\.2 km\*\*"),
        ("biked 15 miles in an hour", "that in km?", r"\*\*24\.1 km\*\*"),
    ],
)
async def test_a_logged_distance_in_the_other_unit(chat, on_disk, logged, ask, expected):
    await chat(logged)

    reply = await chat(ask)

    assert reply.metadata["intent"] == "convert", reply.text
    assert re.search(expected, reply.text), reply.text
    assert len(on_disk.lines("workouts.jsonl")) == 1


@pytest.mark.parametrize(
    "ask",
    ["can you put the distances in miles", "in miles please", "what's that in miles", "put the plan in miles",
     "can I have it in miles"],
)
async def test_a_running_plan_in_miles_names_its_distances_in_miles(chat, ask):
    await chat("5k plan for a beginner")

    reply = await chat(ask)

    assert reply.metadata["intent"] == "convert", reply.text
    assert "3.1 miles" in reply.text and "time and effort" in reply.text


@pytest.mark.parametrize(
    "hold",
    [
        "how lng shud i hold it",
        "how long should I hold each one",
        "how long do I hold them for",
        "how many seconds per stretch",
        "hold for how long?",
        "how long to hold each stretch",
        "how long shld i hold them",
        "and how long should I be holding it",
        "how many secs should i hold",
        "how long do i hold it",
    ],
)
async def test_how_long_to_hold_a_stretch_after_a_stretching_routine(chat, hold):
    await chat("gud strech for tight hamstrigns after runing?")

    reply = await chat(hold)

    assert "20-30 seconds" in reply.text and "Source:" in reply.text, reply.text


@pytest.mark.parametrize(
    "total",
    [
        "and how many minutes in total?",
        "how many minutes is that altogether",
        "how long in total",
        "total time?",
        "what's the total",
        "how many calories in all",
        "and how many workouts altogether",
        "how much time overall",
        "how many hours combined",
        "so the total?",
    ],
)
async def test_a_summarys_totals_follow_it(chat, total):
    await chat("heute 5 km gejoggt in 32 Minuten und danach 20 Minuten Yoga")
    await chat("what did I log today?")

    reply = await chat(total)

    assert reply.metadata["intent"] == "history", reply.text
    assert "52 min" in reply.text


async def test_plan_changes_are_said_in_the_users_words(chat):
    await chat("3 day beginner gym plan pls")

    days = await chat("can you make it 4 days")
    knees = await chat("lunges hurt my knees, swap them")

    assert "3 → 4 days a week" in days.text
    assert re.search(r"no (more )?reverse lunges\b", knees.text.split("\n")[0]), knees.text


@pytest.mark.parametrize(
    "harder",
    [
        "can you just give me a harder workout so I don't have to do the other stuff",
        "give me the hardest workout you have",
        "make me a brutal plan instead",
        "I'd rather you gave me a workout that wrecks me",
        "just give me a workout",
        "plan me 6 days of hiit",
        "a killer leg workout then",
        "make it harder",
        "what's a workout that really hurts",
        "5 day plan please",
    ],
)
async def test_no_harder_workout_right_after_the_guards_self_harm_answer(chat, harder):
    await _guard_answered(chat, "I run until my feet bleed when I eat too much", "self_harm")

    reply = await chat(harder)

    assert reply.text == SELF_HARM_GENTLE
    assert not re.search(r"\d ?[×x] ?\d|\bsets?\b|Warm-up", reply.text)
    assert "helpline" in reply.text and "deserve" in reply.text


async def test_after_another_red_flag_a_plan_is_still_a_plan(chat):
    await _guard_answered(chat, "8 weeks pregnant, want hot yoga", "eating_disorder")

    reply = await chat("3 day beginner gym plan pls")

    assert reply.text != SELF_HARM_GENTLE


@pytest.mark.parametrize(
    "sign",
    [
        "estoy embarazada de 32 semanas y el bebé se mueve mucho menos desde ayer. hice spinning esta mañana",
        "embarazada de 20 semanas, tengo sangrado después de correr",
        "estoy embarazada y tengo contracciones después del gimnasio",
        "estou grávida de 30 semanas e o bebê mexe menos desde ontem, fiz spinning",
        "je suis enceinte de 28 semaines et bébé bouge moins depuis hier, j'ai fait du vélo",
        "enceinte de 16 semaines, saignements après la course",
        "ich bin schwanger in der 33. Woche und das Baby bewegt sich weniger seit dem Spinning",
        "schwanger, Blutung nach dem Joggen",
        "sono incinta di 30 settimane e il bambino si muove meno dopo la corsa",
        "jeg er gravid i uke 30 og babyen rører seg mindre etter spinning",
        "jag är gravid och barnet rör sig mindre sedan jag sprang igår",
        "ik ben zwanger en de baby beweegt minder na het fietsen",
    ],
)
async def test_a_pregnancy_warning_sign_in_other_languages_leads_with_contact_them_now(chat, on_disk, sign):
    reply = await chat(sign)

    assert reply.metadata["intent"] == "gentle", reply.text
    assert reply.text.startswith("Please stop exercising and contact your midwife, maternity unit or doctor now")
    assert not on_disk.lines("workouts.jsonl")


@pytest.mark.parametrize(
    "calm",
    ["estoy embarazada de 12 semanas, ¿puedo seguir corriendo?", "je suis enceinte, je peux nager?",
     "ich bin schwanger, ist Yoga ok?"],
)
async def test_pregnant_in_other_languages_without_a_warning_sign_gets_the_gentle_advice(chat, calm):
    reply = await chat(calm)

    assert reply.metadata["intent"] == "gentle", reply.text
    assert "midwife" in reply.text and not reply.text.startswith("Please stop")


@pytest.mark.parametrize(
    "eat_first",
    [
        "can I go to the gym straight after or should I eat first",
        "should I eat something before the gym",
        "do i eat first or just train",
        "can I run without breakfast",
        "is it ok to lift without eating",
        "should i have breakfast before my workout",
        "go to my class or eat first?",
        "should I eat before a run",
        "can i work out without having eaten",
        "train straight away or should I have a snack first?",
    ],
)
async def test_whether_to_eat_before_training_gets_the_fasted_training_answer(chat, eat_first):
    reply = await chat(eat_first)

    assert reply.metadata["intent"] == "faq", reply.text
    assert "eat first" in reply.text and "Source:" in reply.text


@pytest.mark.parametrize("what_to_eat", ["what should I eat before a run", "what do i eat before the gym"])
def test_what_to_eat_before_training_is_not_the_fasted_answer(what_to_eat):
    from agenthost_helios import faq

    assert faq.find(what_to_eat) is None
