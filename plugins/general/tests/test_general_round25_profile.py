"""Round 25: a profile from one sentence keeps the health condition or sport told with the facts
(saved as a note every agent reads, and confirmed), instead of "Not saved ... say remember that"."""

from __future__ import annotations

import pytest

from agenthost_general.statements import read_profile


@pytest.mark.parametrize(
    ("message", "notes"),
    [
        ("I'm a 52 year old man, 1.80m, 95 kilos, type 2 diabetic, want to lose a bit", {"condition": "type 2 diabetes"}),
        ("me: 17, male, 70kg, 178cm, play rugby", {"sport": "rugby"}),
        ("im 34, female, asthmatic, 65kg", {"condition": "asthma"}),
        ("i'm 60, have high blood pressure, 90kg, 170cm", {"condition": "high blood pressure"}),
        ("i'm 25, 70 kg, i have arthritis in my hands", {"condition": "arthritis in the hands"}),
        ("45 f 70kg 160cm, hypothyroid and i play netball", {"condition": "underactive thyroid", "sport": "netball"}),
    ],
)
def test_a_condition_or_sport_beside_the_facts_is_kept(message, notes):
    reading = read_profile(message)
    assert reading.facts["facts"].value == notes
    assert reading.rest == ""


@pytest.mark.parametrize(
    "message",
    [
        "i'm 40, 80kg, not diabetic",
        "i'm 40, 80kg, my dad is diabetic",
        "im 65 and have high blood pressure can i lift weights",
    ],
)
def test_a_condition_denied_of_someone_else_or_asked_is_not_kept(message):
    assert "facts" not in read_profile(message).facts


async def test_the_condition_is_saved_and_confirmed(chat, on_disk):
    reply = await chat("I'm a 52 year old man, 1.80m, 95 kilos, type 2 diabetic, want to lose a bit")
    assert "health condition type 2 diabetes" in reply.text
    assert "Not saved" not in reply.text
    assert on_disk("profile.json")["facts"]["condition"] == "type 2 diabetes"


async def test_the_sport_is_saved_and_confirmed(chat, on_disk):
    reply = await chat("me: 17, male, 70kg, 178cm, play rugby")
    assert "sport rugby" in reply.text and "Not saved" not in reply.text
    assert on_disk("profile.json")["facts"]["sport"] == "rugby"
