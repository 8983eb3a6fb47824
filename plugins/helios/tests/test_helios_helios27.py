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
