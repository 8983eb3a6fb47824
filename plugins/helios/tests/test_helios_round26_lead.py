"""Round 26 (lead): fainting at blood or needles is no warning sign of the heart, and a partner's
pregnancy puts no pregnancy floor on the user's own training in the same message."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat

from agenthost_helios import safety


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


REFUSAL = "Because of the symptoms you mentioned"


@pytest.mark.parametrize("said", [
    "I faint at the sight of blood lol, anyway how do I do a proper squat?",
    "i always go dizzy with needles, had my jab today, can i still go to the gym tomorrow?",
])
async def test_fainting_at_blood_or_needles_is_not_helios_cardiac_floor(app_chat: Chat, said: str) -> None:
    frame = await app_chat.ask(said)
    assert frame["metadata"]["agent_id"] == "helios" and REFUSAL not in frame["message"]


def test_a_faint_with_exercise_after_a_blood_test_still_counts() -> None:
    assert safety.symptom_in_message("had a blood test, then nearly fainted during my run") == "cardiac"


async def test_a_partners_pregnancy_and_the_users_own_plan_gets_the_plan(app_chat: Chat) -> None:
    frame = await app_chat.ask("my wife is pregnant and I want to get fit before the baby arrives")
    assert "plan" in frame["message"].lower() and "pregnancy" not in frame["message"].lower()


async def test_the_users_own_pregnancy_still_gets_the_pregnancy_answer(app_chat: Chat) -> None:
    frame = await app_chat.ask("I'm pregnant and want to get fit")
    assert "pregnancy" in frame["message"]
