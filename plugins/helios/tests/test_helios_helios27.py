"""helios27: corrections after a log of several workouts reach the one they are about (a
distance to the run, not the bench press logged after it; "2 km not 1" to the one that held 1;
"110 not 100" in the pounds it was told in); a time guessed from a distance is guessed again
when the distance is corrected, and can still be told; "5k run 27:30" reads the time.
Phrasings are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


async def _helios(chat: Chat, message: str) -> str:
    frame = await chat.ask(message)
    assert frame["metadata"]["agent_id"] == "helios", (message, frame["message"])
    return frame["message"]


# (log of several, correction, what the fixed line starts with, what it shows)
CORRECTIONS = [
    ("ran 3 miles in 28 min this morning then 3 sets of 10 bench press at 135 lbs", "it was 4 miles not 3", "Running", "4 mi"),
    ("did 4x8 deadlifts at 80kg and then a 5k run in 26 min", "sorry, it was 6k", "Running", "6 km"),
    ("swam 1km and walked 3 miles", "it was 2 km not 1", "Swimming", "2 km"),
    ("walked 2 miles, ran 5 miles", "actually it was 4 miles not 5", "Running", "4 mi"),
    ("5k run in 25 min then 3x10 squats at 60kg", "actually 4 sets", "Squats", "4×10"),
    ("3x10 bench at 100 lbs and 3x12 curls at 25 lbs", "it was 110 not 100", "Barbell bench press", "49.9 kg"),
    ("3x8 squats at 100kg", "the squats were 110", "Squats", "110 kg"),
    ("3x12 curls at 25 lbs", "the curls were 30", "Biceps curl", "13.6 kg"),
]


@pytest.mark.parametrize(("logged", "fix", "name", "shown"), CORRECTIONS)
async def test_a_correction_reaches_the_workout_it_is_about(app_chat: Chat, logged: str, fix: str, name: str, shown: str):
    assert "Logged" in await _helios(app_chat, logged)
    text = await _helios(app_chat, fix)
    assert text.startswith(f"Fixed! ✅ {name}"), text
    assert shown in text.splitlines()[0], text


async def test_two_corrections_in_a_row_reach_two_workouts(app_chat: Chat):
    await _helios(app_chat, "3 sets of 10 squats at 60kg then a 5k run in 25 min")
    assert "Squats (weight training) 4×10" in await _helios(app_chat, "actually 4 sets")
    text = await _helios(app_chat, "oh and it was 6k")
    assert text.startswith("Fixed! ✅ Running · 25 min · 6 km"), text


@pytest.mark.parametrize(("logged", "fix", "shown", "took"), [
    ("ran 5k", "it was 6k", "~37 min (estimated) · 6 km", "took me 33 minutes"),
    ("went for a 10k jog", "no it was 8k", "~50 min (estimated) · 8 km", "45 min"),
    ("walked 3 miles", "actually 4 miles", "~69 min (estimated) · 4 mi", "it took 75 minutes"),
])
async def test_a_time_guessed_from_the_distance_is_guessed_again(app_chat: Chat, logged: str, fix: str, shown: str, took: str):
    await _helios(app_chat, logged)
    text = await _helios(app_chat, fix)
    assert shown in text and "How long did the" in text, text
    told = await _helios(app_chat, took)
    minutes = took.split()[-2]
    assert told.startswith("Fixed! ✅") and f"{minutes} min" in told and "estimated" not in told.splitlines()[0], told


@pytest.mark.parametrize(("message", "minutes"), [
    ("yesterday 5k run 27:30, today 30 min yoga", "27.5 min"),
    ("10k - 52:10 this morning", "52.2 min"),
    ("ran 3 miles 24:10", "24.2 min"),
])
async def test_a_time_right_after_the_distance_is_read(app_chat: Chat, message: str, minutes: str):
    text = await _helios(app_chat, message)
    first = text.splitlines()[1]
    assert minutes in first and "estimated" not in first, text


# Chair exercises: a seated plan (rows and presses with a band, the legs worked sitting), for
# the user or someone they ask for, in the languages Helios reads; its follow-ups keep it seated.
CHAIR_ASKS = [
    "chair exercises",
    "chair exercises for my mum, she is 80",
    "seated workout please, I'm 82",
    "i'm 75 and can't stand for long, any exercises i can do?",
    "exercises I can do sitting down",
    "chair exrcises for my dad pls",
    "seated workout, 3 days, 20 min",
    "ejercicios en silla para mi abuela",
    "exercices sur chaise pour personnes âgées",
    "Übungen im Sitzen für Senioren",
    "exercícios na cadeira para idosos",
    "esercizi da seduti per anziani",
    "stoeloefeningen voor ouderen",
    "ćwiczenia na krześle dla seniorów",
]


@pytest.mark.parametrize("ask", CHAIR_ASKS)
async def test_chair_exercises_get_a_seated_plan(app_chat: Chat, ask: str):
    text = await _helios(app_chat, ask)
    assert "Built around a chair" in text and "Sit-to-stand" in text, text
    assert "Seated march" in text or "seated marching" in text, text
    if "20 min" not in ask:
        assert "Band row" in text, text  # the seated row
    for standing in ("Push-up", "Bodyweight squat", "Jumping jacks", "jog", "Reverse lunge", "Plank"):
        assert standing not in text, (standing, text)
    assert "swap running for cycling" not in text, text  # its cardio stays seated


async def test_a_chair_plan_follows_up_seated(app_chat: Chat):
    await _helios(app_chat, "my knee is bad, can i do chair exercises?")
    shorter = await _helios(app_chat, "only 20 minutes")
    assert "(20 min" in shorter and "Built around a chair" in shorter and "bike" not in shorter.split("**Progression")[0], shorter
    bare = await _helios(app_chat, "no equipment")
    assert "(30 min, no equipment)" in bare or "(20 min, no equipment)" in bare, bare
    assert "Band" not in bare.split("**Progression")[0] and "a resistance band is cheap" in bare, bare
    legs = await _helios(app_chat, "what about legs?")
    assert "Seated knee extension" in legs, legs
    easier = await _helios(app_chat, "make it easier")
    assert "no equipment)" in easier and "Band row" not in easier, easier  # "no equipment" kept
    assert "Standing" not in easier.split("**Progression")[0], easier
    why = await _helios(app_chat, "why?")
    assert "Built around a chair" in why or "chair" in why, why


@pytest.mark.parametrize("done", ["did 20 min of chair exercises this morning", "did my chair exercises"])
async def test_chair_exercises_done_are_logged_not_planned(app_chat: Chat, done: str):
    text = await _helios(app_chat, done)
    assert "plan" not in text.lower().split("\n")[0], text
    if "min" not in done:
        text = await _helios(app_chat, "25 min")
    assert text.startswith("Logged! 💪"), text


@pytest.mark.parametrize(("day", "shown"), [
    ("and tomorrow?", "Thu"),
    ("what about tomorrow?", "Thu"),
    ("tomorrow?", "Thu"),
    ("and friday?", "Friday (Fri)"),
    ("y el viernes?", "Friday (Fri)"),
    ("und morgen?", "Thu"),
    ("et demain ?", "Thu"),
])
async def test_a_day_alone_after_the_plan_shows_that_day(app_chat: Chat, day: str, shown: str, monkeypatch):
    from datetime import datetime, timezone

    from agenthost_helios import records

    wednesday = datetime(2026, 6, 10, 9, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(records, "now", lambda: wednesday)
    import agenthost_helios.intents as intents_module
    import agenthost_helios.replies as replies_module
    monkeypatch.setattr(intents_module, "now", lambda: wednesday)
    monkeypatch.setattr(replies_module, "now", lambda: wednesday)
    await _helios(app_chat, "make me a workout plan, 3 days")
    await _helios(app_chat, "what's my workout today?")
    text = await _helios(app_chat, day)
    assert shown in text and ("on your 3-day" in text), text
    assert "Fri (Fri)" not in text, text


async def test_what_about_my_knee_rebuilds_the_plan_around_it(app_chat: Chat):
    await _helios(app_chat, "make me a workout plan, 3 days, running")
    text = await _helios(app_chat, "what about my knee?")
    assert "rebuilt your plan around your knees" in text and "Built around your knees" in text, text
    assert "jog 1 min" not in text and "Reverse lunge" not in text, text
    again = await _helios(app_chat, "is that ok for my knees?")
    assert "already built around your knees" in again, again


@pytest.mark.parametrize("swap", [
    "swap the running for something low impact",
    "replace running with something easier on my knees",
])
async def test_running_swapped_for_something_gentler_changes_the_cardio(app_chat: Chat, swap: str):
    await _helios(app_chat, "make me a workout plan, 3 days, running")
    text = await _helios(app_chat, swap)
    assert text.startswith("Done! Updated your plan") and "cardio mixed → bike" in text, text
    assert "jog 1 min" not in text and "easy run/walk" not in text and "minutes 30 → 20" not in text, text


@pytest.mark.parametrize(("done", "title"), [
    ("I did day 1", "Full body A"),
    ("day 2 done!", "Intervals"),
    ("finished the first workout", "Full body A"),
    ("did full body B", "Full body B"),
    ("hice el día 1", "Full body A"),
    ("ich habe tag 1 gemacht", "Full body A"),
    ("ik heb dag 3 gedaan", "Full body B"),
])
async def test_a_plan_day_said_done_is_logged(app_chat: Chat, done: str, title: str):
    await _helios(app_chat, "make me a workout plan, 3 days")
    text = await _helios(app_chat, done)
    assert text.startswith("Logged! 💪") and title in text, text
    week = await _helios(app_chat, "what did I do this week?")
    assert title in week, week


# Moderate or vigorous: the talk test (NHS), with its source and a "why?", in several languages
@pytest.mark.parametrize("ask", [
    "what counts as vigorous?",
    "what counts as moderate exercise",
    "is gardening moderate or vigorous?",
    "how do i know if my walk is moderate?",
    "¿qué cuenta como ejercicio vigoroso?",
    "qu'est-ce qui compte comme activité modérée ?",
    "o que conta como exercício vigoroso?",
    "cosa conta come attività moderata?",
])
async def test_moderate_or_vigorous_is_answered_with_the_talk_test(app_chat: Chat, ask: str):
    text = await _helios(app_chat, ask)
    assert "**Moderate or vigorous**" in text and "talk, but not sing" in text and "_Source: NHS" in text, text


async def test_vigorous_after_the_weekly_minutes_and_why(app_chat: Chat):
    first = await _helios(app_chat, "how many minutes of exercise a week should I do?")
    assert "150-300 minutes" in first and "WHO" in first, first
    text = await _helios(app_chat, "what counts as vigorous?")
    assert "a few words without pausing for breath" in text, text
    why = await _helios(app_chat, "why?")
    assert "METs" in why, why


async def test_training_time_on_night_shifts_is_answered(app_chat: Chat):
    text = await _helios(app_chat, "I work night shifts, what time of day should I work out?")
    assert "Train after your main sleep" in text, text
    assert "sourced answer" not in text, text


@pytest.mark.parametrize(("fix", "shown"), [
    ("oops bench was 165 not 185", "Barbell bench press (weight training) 5×5 at 74.8 kg"),
    ("the squats were at 235 lbs", "Squats (weight training) 3×8 at 106.6 kg"),
    ("the rows were 145", "Barbell row (weight training) 3×10 at 65.8 kg"),
])
async def test_a_weight_fixed_in_pounds_is_converted_and_echoed(app_chat: Chat, fix: str, shown: str):
    await _helios(app_chat, "bench 185 lb 5x5, squats 225 lb 3x8, barbell rows 135lb 3x10")
    text = await _helios(app_chat, fix)
    pounds = [w for w in fix.split() if w.isdigit()][0]
    assert text.startswith(f"Fixed! ✅ {shown}") and f"({pounds} lb = " in text, text
