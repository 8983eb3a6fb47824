"""Lead 29, through the whole host: what to eat asked in German after a hard session ("Hab heute beim
Training alles gegeben, bin total tot 😅 Was soll ich jetzt essen?") got "Nothing logged for today yet"
(the "heute" read as a day summary, the sentence's "alles" as a may-I-eat-it-all question), and a bare
"Was soll ich jetzt essen?" the capability menu; "Und morgen lieber Pause machen?" then got Ceres' menu."""

from __future__ import annotations

import pytest

from host.config import test_config
from host.plugins import available_entry_points
from host.testing import ask

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")


@pytest.mark.parametrize("message", [
    "Hab heute beim Training alles gegeben, bin total tot 😅 Was soll ich jetzt essen?",
    "Heute war das Training brutal. Was soll ich jetzt essen?",
])
async def test_what_to_eat_after_a_hard_session_in_german_gets_the_after_training_answer(make_client, tmp_path, message: str) -> None:
    config = test_config(tmp_path / "data", plugins={"enabled": sorted(AGENTS)})
    client = await make_client(plugins=[], entry_points=True, config=config)
    ws = await client.ws_connect("/ws/lena")
    await ws.receive_json()
    reply = await ask(ws, message, "1")
    assert "After training" in reply["message"] and "protein" in reply["message"], reply["message"]
    rest = await ask(ws, "Und morgen lieber Pause machen?", "2")
    assert "Rest days" in rest["message"] and rest["agent"] == "Helios 💪", rest["message"]


async def test_what_to_eat_now_in_german_gets_meal_ideas(make_client, tmp_path) -> None:
    config = test_config(tmp_path / "data", plugins={"enabled": sorted(AGENTS)})
    client = await make_client(plugins=[], entry_points=True, config=config)
    ws = await client.ws_connect("/ws/jonas")
    await ws.receive_json()
    reply = await ask(ws, "Was soll ich jetzt essen?", "1")
    assert "ideas" in reply["message"] and "I can:" not in reply["message"], reply["message"]
