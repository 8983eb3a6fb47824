"""A weight said by how much it changed ("I've dropped 4 kg since last month, can you update my
weight", "put on 2 kilos", "down 5 lb"): applied to the saved weight, confirmed back, and
claimed from the specialists; someone else's change, a wish, a lift or a question beside it is not."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import TurnRunner, ask
from host.types import ClassifyContext, Intervention

import agenthost_general
from agenthost_general.changes import asks_more, update_asked, weight_change
from agenthost_general.routing import PROFILE_REQUEST, classify

LB = 0.45359237


@pytest.mark.parametrize(
    "message, kg, said",
    [
        ("I've dropped 4 kg since last month, can you update my weight", -4, "4 kg"),
        ("put on 2 kilos", 2, "2 kg"),
        ("down 5 lb", -5 * LB, "5 lb"),
        ("I'm now 3 kg lighter", -3, "3 kg"),
        ("lost half a stone!", -7 * LB, "7 lb"),
        ("lost a stone since january", -14 * LB, "1 st"),
        ("gained 3 lbs since christmas, update my profile", 3 * LB, "3 lb"),
        ("I'm 2kg heavier than last time", 2, "2 kg"),
        ("weighed myself, down 1.5 kg this week", -1.5, "1.5 kg"),
        ("scales say I've lost another 2 kilos 🎉", -2, "2 kg"),
        ("i put on like 3kg over the holidays lol", 3, "3 kg"),
        ("Ive gained 1,5 kg", 1.5, "1.5 kg"),
        ("I'm 4 pounds down this week", -4 * LB, "4 lb"),
        ("knocked off 6 lbs!", -6 * LB, "6 lb"),
        ("update: down another kilo", -1, "1 kg"),
        ("I went up 2 kg after the cruise", 2, "2 kg"),
        ("my wife and I have both lost 4 kg", -4, "4 kg"),
        ("I need you to update my weight, I've dropped 4 kg", -4, "4 kg"),
        ("He perdido 3 kg, ¿puedes actualizar mi peso?", -3, "3 kg"),
        ("j'ai perdu 2 kilos", -2, "2 kg"),
        ("ho perso 4 kg", -4, "4 kg"),
        ("ich habe 3 kg abgenommen", -3, "3 kg"),
        ("ich habe 2 kg zugenommen", 2, "2 kg"),
        ("perdi 3 quilos", -3, "3 kg"),
        ("shifted half a stone", -7 * LB, "7 lb"),
        ("lost 2 and a half kilos", -2.5, "2.5 kg"),
        ("I'm up a couple of pounds", 2 * LB, "2 lb"),
        ("LOST 3 KILOS", -3, "3 kg"),
    ],
)
def test_a_change_is_read_with_its_sign_and_unit(message: str, kg: float | None, said: str | None):
    change = weight_change(message)
    if kg is None:
        assert change is None
        return
    assert change is not None, message
    assert change.kg == pytest.approx(kg, abs=0.01)
    assert change.said == said


@pytest.mark.parametrize(
    "message",
    [
        "my husband lost 4 kg",
        "she put on 2 kg",
        "Sam has dropped 5 lb",
        "I want to lose 4 kg",
        "I need to drop 5 kg before the wedding",
        "trying to shed 3 kg",
        "up 5 kg on my bench",
        "added 10 kg to my squat",
        "put on 20 kg plates",
        "I haven't lost 4 kg yet",
        "I lost 20 kg when I was at uni",
        "lost 10 kg 3 years ago",
        "if I lost 4 kg would my bmi be normal",
        "I'm 10 kg heavier than I want to be",
        "I'm 5 kg lighter than my goal",
        "how do I lose 4 kg",
        "I'm 84 kg",
        "I ran 5 km",
        "he lost 3 kg",
        "mi marido ha perdido 4 kg",
        "meine Frau hat 3 kg abgenommen",
        "quiero perder 4 kg",
        "dropped 2 dress sizes",
        "lost 5 cm off my waist",
    ],
)
def test_near_misses_are_no_change(message: str):
    assert weight_change(message) is None


def test_what_else_the_message_asks():
    assert update_asked("I've dropped 4 kg since last month, can you update my weight")
    assert not asks_more("I've dropped 4 kg since last month, can you update my weight")
    assert not asks_more("put on 2 kilos, can you change that in my profile?")
    assert asks_more("lost 4 kg, is that too fast?")
    assert asks_more("down 5 lb this week, how much protein now?")
    assert asks_more("lost 2 kg so far, any tips")
    # "change" in a question is no request to change the profile
    assert asks_more("lost 4 kg since last month actually, so 81 now. does my calorie number change?")
    assert asks_more("down 2kg, will my plan change?")
    assert not update_asked("down 5 lb!! 🎉")


def context(profile: dict[str, Any]) -> ClassifyContext:
    return ClassifyContext(user_id="alice", history=[], profile=profile)


@pytest.mark.parametrize(
    "message",
    ["I've dropped 4 kg since last month, can you update my weight", "put on 2 kilos", "down 5 lb", "I'm now 3 kg lighter", "lost half a stone!"],
)
def test_general_claims_a_change_to_the_saved_weight(message: str):
    assert classify(message, context({"weight_kg": 88})).score == PROFILE_REQUEST


def test_without_a_saved_weight_only_an_asked_update_is_claimed():
    assert classify("I've dropped 4 kg since last month, can you update my weight", context({})).score == PROFILE_REQUEST
    assert classify("lost 4 kg since last month!", context({})).score < 0.3  # the specialist's "well done"


@pytest.mark.parametrize(
    "message",
    ["lost 4 kg, is that too fast?", "I've lost 4 kg, how do I keep it off?", "my husband lost 4 kg", "I want to lose 4 kg", "up 5 kg on my bench"],
)
def test_a_question_or_no_change_of_the_users_is_not_claimed(message: str):
    assert classify(message, context({"weight_kg": 88})).score < 0.3


@pytest.mark.parametrize(
    "message, shown, stored",
    [
        ("I've dropped 4 kg since last month, can you update my weight", "Updated: weight 88 kg → 84 kg (4 kg down).", 84),
        ("put on 2 kilos", "Updated: weight 88 kg → 90 kg (2 kg up).", 90),
        ("I'm now 3 kg lighter", "Updated: weight 88 kg → 85 kg (3 kg down).", 85),
        ("down 5 lb", "Updated: weight 194 lb (88 kg) → 189 lb (85.7 kg) (5 lb down).", 85.7),
        ("lost half a stone!", "Updated: weight 194 lb (88 kg) → 187 lb (84.8 kg) (7 lb down).", 84.8),
        ("update: down another kilo", "Updated: weight 88 kg → 87 kg (1 kg down).", 87),
        ("He perdido 3 kg, ¿puedes actualizar mi peso?", "Updated: weight 88 kg → 85 kg (3 kg down).", 85),
        ("ich habe 2 kg zugenommen", "Updated: weight 88 kg → 90 kg (2 kg up).", 90),
    ],
)
async def test_the_change_is_applied_and_confirmed(chat: TurnRunner, on_disk, message: str, shown: str, stored: float):
    await chat("I'm 52, male, 178cm, 88kg")
    reply = await chat(message)
    assert reply.text.splitlines()[0] == shown
    assert on_disk("profile.json")["weight_kg"] == stored
    assert on_disk("profile.json")["height_cm"] == 178  # the rest is kept


async def test_someone_who_speaks_in_stone_hears_stone(chat: TurnRunner, on_disk):
    await chat("I'm 5 ft 4, 10 stone")
    reply = await chat("lost half a stone!")
    assert reply.text.startswith("Updated: weight 10 st 0 lb (63.5 kg) → 9 st 7 lb (60.3 kg) (7 lb down).")
    assert on_disk("profile.json")["weight_kg"] == 60.3


async def test_a_change_without_a_saved_weight_asks_for_the_weight_now(chat: TurnRunner, on_disk):
    reply = await chat("I've dropped 4 kg since last month, can you update my weight")
    assert reply.text.startswith("Got it, 4 kg down. I don't have your weight from before")
    assert on_disk("profile.json") is None
    reply = await chat("84")
    assert reply.text.startswith("Saved: weight 84 kg.")


class FlaggedGeneral:
    """General answering a turn the guard flagged (the dispatcher sets `turn.safety`)."""

    def __init__(self, flag: Intervention) -> None:
        self.flag = flag

    async def respond(self, turn):
        turn.safety = self.flag
        return await agenthost_general.respond(turn)


async def test_no_figures_after_an_eating_disorder_flag(chat: TurnRunner, on_disk):
    await chat("I weigh 60 kg")
    flag = Intervention("eating_disorder", "support", "ed.test", action="preface", note="no numbers")
    flagged = TurnRunner(FlaggedGeneral(flag), chat.agent, chat.store, registry=chat.registry)
    assert (await flagged("down another 2 kg")).text == "Saved your weight."
    assert on_disk("profile.json")["weight_kg"] == 58


@pytest.mark.skipif(
    not {"helios", "ceres"} <= {ep.name for ep in entry_points(group="agenthost")},
    reason="needs the Helios and Ceres plugins installed (pip install -e plugins/<name>)",
)
async def test_the_change_reaches_general_past_the_specialists(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["general", "helios", "ceres"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/dan")
    await ws.receive_json()
    await ask(ws, "52, male, 178cm, 88kg", "a")
    reply = await ask(ws, "I've dropped 4 kg since last month, can you update my weight", "b")
    assert reply["metadata"]["agent_id"] == "general"
    assert reply["message"].startswith("Updated: weight 88 kg → 84 kg (4 kg down).")
    assert json.loads((tmp_path / "data" / "dan" / "profile.json").read_text())["weight_kg"] == 84
    # a question beside the change is still the specialist's
    reply = await ask(ws, "lost 4 kg, is that too fast?", "c")
    assert reply["metadata"]["agent_id"] != "general"
    await ws.close()
