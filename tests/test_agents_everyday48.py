"""Everyday 48, through the whole host: the weight Ceres asked for, said on its own ("I weigh 90kg"),
only saved it ("Saved to your profile"), and the protein question asked before it went unanswered;
it is answered now, for the goal said with it (a cut), and the weight is saved."""

from __future__ import annotations

import pytest

from host.config import test_config
from host.plugins import available_entry_points
from host.testing import ask

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")


@pytest.mark.parametrize(("weight", "band"), [("I weigh 90kg", "144–198 g"), ("90 kg", "144–198 g"), ("I'm 200 lbs", "145–200 g")])
async def test_the_weight_she_asked_for_answers_the_protein_question(make_client, tmp_path, weight: str, band: str) -> None:
    config = test_config(tmp_path / "data", plugins={"enabled": sorted(AGENTS)})
    client = await make_client(plugins=[], entry_points=True, config=config)
    ws = await client.ws_connect("/ws/alice")
    await ws.receive_json()
    first = await ask(ws, "I'm cutting for a bodybuilding show, how much protein should I be on?", "1")
    assert "Tell me your weight" in first["message"], first["message"]
    reply = await ask(ws, weight, "2")
    assert band in reply["message"] and "while cutting" in reply["message"], reply["message"]  # ISSN: 1.6-2.2 g/kg in a deficit
    assert "Saved to your profile" in reply["message"], reply["message"]
