"""Heart rate for the age the user says. Before, "what's my target heart rate?" was saved as a goal
("Goal locked in! What's my target heart rate"), "fat burning zone for a 40 year old" got the menu
or "no sourced answer", and "im thirty five" was no age; now each gets 220 minus the age with
the moderate and vigorous ranges in bpm, said to be an estimate."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "age", "moderate"),
    [
        ("what's my target heart rate? im 35", 35, "92-130 bpm"),
        ("what's my target heart rate? im thirty five", 35, "92-130 bpm"),
        ("max heart rate? I'm forty-two", 42, "89-125 bpm"),
        ("what heart rate zone should I be in for fat burning? I'm 40", 40, "90-126 bpm"),
        ("whats the fat burning zone? im 40", 40, "90-126 bpm"),
        ("fat burning heart rate for a 50 yr old", 50, "85-119 bpm"),
        ("what bpm should i be at to burn fat, I'm 30", 30, "95-133 bpm"),
    ],
)
async def test_heart_rate_ranges_for_the_age_said(chat, message: str, age: int, moderate: str) -> None:
    reply = await chat(message)
    assert f"For you (age {age}): an estimated maximum of about {220 - age} bpm" in reply.text, reply.text
    assert moderate in reply.text and "estimate" in reply.text and "Goal locked in" not in reply.text, reply.text


async def test_fat_burning_is_named_as_the_moderate_range(chat) -> None:
    reply = await chat("what heart rate zone should I be in for fat burning? I'm 40")
    assert "“fat-burning zone” is that moderate range" in reply.text, reply.text


async def test_a_target_that_is_a_goal_is_still_a_goal(chat) -> None:
    reply = await chat("my target is to run a sub 25 5k")
    assert reply.text.startswith("Goal locked in!"), reply.text


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    from host.app import create_app
    from host.config import test_config
    from host.testing import Chat

    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


@pytest.mark.parametrize(
    ("message", "top"),
    [("whats the fat burning zone? im 40", 180), ("what's my target heart rate? im 35", 185), ("fat burning heart rate for a 50 yr old", 170)],
)
async def test_the_whole_app_sends_heart_rate_for_an_age_to_helios(app_chat, message: str, top: int) -> None:
    frame = await app_chat.ask(message)
    assert frame["metadata"]["agent_id"] == "helios", frame["message"]
    assert f"estimated maximum of about {top} bpm" in frame["message"], frame["message"]
