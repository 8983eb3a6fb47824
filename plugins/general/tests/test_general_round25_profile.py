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
        ("33F 58kg 160cm asthmatic, i play netball", {"condition": "asthma", "sport": "netball"}),
        ("40 m 90kg 180cm type 2 diabetic", {"condition": "type 2 diabetes"}),
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


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ich bin 40, wiege 85 kg und bin 1,75 m groß", {"age": 40, "weight_kg": 85.0, "height_cm": 175.0}),
        ("Ich heiße Jonas, bin 27 und wiege 78,5 kg", {"name": "Jonas", "age": 27, "weight_kg": 78.5}),
        ("ik ben 35, weeg 80,5 kg en ben 1,80 m lang", {"age": 35, "weight_kg": 80.5, "height_cm": 180.0}),
        ("je m'appelle Luc, 50 ans, 80 kg", {"name": "Luc", "age": 50, "weight_kg": 80.0}),
        ("me llamo ana, tengo 33 años", {"name": "Ana", "age": 33}),
        ("hi im sarah, 29, 5 foot 4 and about 10 stone, trying to tone up", {"name": "Sarah", "age": 29}),
        ("hey im tom, 41, 6ft, 200lbs", {"name": "Tom", "age": 41}),
    ],
)
def test_every_fact_in_other_languages_and_lower_case_names(message, expected):
    facts = read_profile(message).arguments()
    for field, value in expected.items():
        assert facts.get(field) == pytest.approx(value) if isinstance(value, float) else facts.get(field) == value, (field, facts)
    assert read_profile(message).rest == ""


async def test_a_name_and_facts_after_a_greeting_get_the_confirmation_not_the_menu(chat, on_disk):
    reply = await chat("hi im sarah, 29, 5 foot 4 and about 10 stone, trying to tone up")
    assert reply.text.startswith("Saved: name Sarah, age 29")
    assert "These agents are ready to help" not in reply.text and "Not saved" not in reply.text
    assert on_disk("profile.json")["name"] == "Sarah"


@pytest.mark.parametrize(
    ("message", "change", "saved"),
    [
        ("i weigh 82 kg now, down from 90!", "That's 8 kg down from 90 kg, well done!", 82.0),
        ("down to 75kg from 80, feeling great", "That's 5 kg down from 80 kg, well done!", 75.0),
        ("im 180 lbs now, down from 200", "That's 20 lb down from 200 lb, well done!", 81.6),
        ("weighed in at 83.5 kg, up from 81", "That's 2.5 kg up from 81 kg.", 83.5),
    ],
)
async def test_progress_told_with_a_new_weight_is_acknowledged(chat, on_disk, message, change, saved):
    reply = await chat(message)
    assert change in reply.text
    assert "Not saved" not in reply.text
    assert on_disk("profile.json")["weight_kg"] == pytest.approx(saved, abs=0.1)
