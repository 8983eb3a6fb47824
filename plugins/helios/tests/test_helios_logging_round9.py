"""Logging as people talk, round 9: workouts in German, French, Spanish, Italian and Dutch,
swims in yards with thousands separators and their corrections, autocorrect slips in exercise
names ("cross trader", "3 sets of lunches"), and "how many cals did the run burn, I'm 68 kg"
answered from the run just logged at the weight said."""

from __future__ import annotations

from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios import languages
from agenthost_helios.routing import classify

WEDNESDAY = datetime(2025, 6, 11, 13, 0)  # yesterday is Tuesday 2025-06-10


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def logged(on_disk) -> list[dict]:
    lines = on_disk.lines("workouts.jsonl") or []
    deleted = {line["deleted"] for line in lines if "deleted" in line}
    return [line for line in lines if "deleted" not in line and line["id"] not in deleted]


@pytest.mark.parametrize(
    ("message", "expected", "day"),
    [
        ("Heute 60 Minuten Yoga und 20 Minuten mit dem Rad zur Arbeit. Bitte eintragen.",
         {"yoga": 60, "cycling": 20}, "2025-06-11"),
        ("gestern 45 Minuten gelaufen und 30 Minuten Krafttraining", {"running": 45, "weight_training": 30}, "2025-06-10"),
        ("hier 45 minutes de vélo et 20 minutes de natation", {"cycling": 45, "swimming": 20}, "2025-06-10"),
        ("aujourd'hui 40 minutes de course à pied", {"running": 40}, "2025-06-11"),
        ("Ayer corrí 5 km en 28 minutos y 30 minutos de pesas", {"running": 28, "weight_training": 30}, "2025-06-10"),
        ("hoy 50 minutos de senderismo", {"hiking": 50}, "2025-06-11"),
        ("oggi 30 minuti di nuoto e 20 minuti di camminata", {"swimming": 30, "walking": 20}, "2025-06-11"),
        ("gisteren 40 minuten gefietst en 20 minuten hardgelopen", {"cycling": 40, "running": 20}, "2025-06-10"),
        ("vandaag 1 uur yoga", {"yoga": 60}, "2025-06-11"),
        ("gestern 7,5 km gelaufen in 42 Minuten", {"running": 42}, "2025-06-10"),
    ],
)
async def test_a_workout_told_in_a_european_language_is_logged(chat, on_disk, message, expected, day):
    reply = await chat(message)

    got = {w["activity"]: w["duration_min"] for w in logged(on_disk)}
    assert got == expected, reply.text
    assert {w["date"][:10] for w in logged(on_disk)} == {day}


@pytest.mark.parametrize(
    "message",
    ["I had two lunches today", "et voila, y not", "I had a rad day at the course", "e.g. 3 plans for next week"],
)
def test_english_that_looks_foreign_or_like_a_slip_is_left_alone(message):
    assert languages.translate(message.lower()) == message.lower()


@pytest.mark.parametrize(
    ("message", "exercises"),
    [
        ("did 30 mins on the cross trader and 3 sets of 12 lunches each leg", {"Reverse lunge"}),
        ("20 min on the tread mill and 4x10 squads", {"Bodyweight squat"}),
        ("3 sets of 8 dead lifts at 80kg", {"Deadlift"}),
        ("30 burpies and 3x20 lunches", {"Burpee", "Reverse lunge"}),
    ],
)
async def test_autocorrect_slips_in_exercise_names_are_read_as_the_exercise(chat, on_disk, message, exercises):
    reply = await chat(message)

    assert {w.get("exercise") for w in logged(on_disk) if w.get("exercise")} >= exercises, reply.text
    assert "lunch ideas" not in reply.text


def test_a_slip_and_its_fix_route_to_helios_above_the_food_words():
    helios = ClassifyContext("u", [], {}, last_agent="helios")
    for message in ("did 30 mins on the cross trader and 3 sets of 12 lunches each leg",
                    "lol lunges not lunches obvs. how many cals", "squats, not squads"):
        assert classify(message, helios).score >= 0.65, message
    assert classify("lunges not lunches", ClassifyContext("u", [], {})).score >= 0.85
    assert not languages.slip_correction("lunch not dinner")


async def test_after_the_slip_is_fixed_the_calories_are_those_logged(chat):
    await chat("did 30 mins on the cross trader and 3 sets of 12 lunches each leg")

    reply = await chat("lol lunges not lunches obvs. how many cals")

    assert "Elliptical" in reply.text and "lunge" in reply.text.lower() and "kcal" in reply.text


@pytest.mark.parametrize(
    ("message", "yards"),
    [
        ("yesterday swam 1500 yards freestyle, took me 35 minutes", "1,500 yd"),
        ("swam 1,650 yds in 40 min", "1,650 yd"),
        ("2000 yards of laps in 45 minutes this morning", "2,000 yd"),
    ],
)
async def test_a_swim_in_yards_is_logged_and_shown_in_yards(chat, on_disk, message, yards):
    reply = await chat(message)

    [swim] = logged(on_disk)
    assert swim["activity"] == "swimming" and swim["distance_unit"] == "yd"
    assert yards in reply.text


@pytest.mark.parametrize(
    "correction",
    ["oops it was 1650 yards (a mile), can you change it", "actually it was 1,650 yards", "sorry, 1650 yd not 1500"],
)
async def test_a_yardage_correction_changes_the_last_swim(chat, on_disk, correction):
    await chat("yesterday swam 1500 yards freestyle, took me 35 minutes")

    reply = await chat(correction)

    [swim] = logged(on_disk)
    assert round(swim["distance_km"], 2) == 1.51 and swim["date"][:10] == "2025-06-10"
    assert "1,650 yd" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "I'm 68kg, how many cals did the run burn",
        "how many calories did the run burn? I weigh 68 kg",
        "68 kg here - what did the run burn in calories",
    ],
)
async def test_calories_of_the_run_just_logged_use_the_weight_said(chat, question):
    await chat("ran 7.5k in 42 mins this morning then did 3 x 1 min planks")

    reply = await chat(question)

    # running at 10.7 km/h (MET 10.5) for 42 min at 68 kg: about 500 kcal; the planks left out
    assert "Running" in reply.text and "Plank" not in reply.text
    assert "68 kg" in reply.text and "500 kcal" in reply.text
