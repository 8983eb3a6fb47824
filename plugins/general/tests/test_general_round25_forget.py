"""Round 25: "what do you know about me", "forget my weight", "delete my profile", "change my age
to 35" work as a user expects, in other words and languages: "wipe all my data" clears the
profile (and says so, not "the rest stays as it was"), "borra mi peso" forgets the weight."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_general.routing import classify

FACTS = "I'm 34, female, 68 kg, 165 cm"


@pytest.mark.parametrize("message", ["wipe all my data", "delete my profile", "clear all of my info", "forget everything you know about me", "lösche alles", "oublie tout"])
async def test_clearing_the_whole_profile(chat, on_disk, message):
    await chat(FACTS)
    reply = await chat(message)
    assert reply.text.startswith("Done: I've cleared your profile")
    assert "stays as it was" not in reply.text
    assert not {"weight_kg", "height_cm", "age", "sex"} & set(on_disk("profile.json") or {})


@pytest.mark.parametrize(
    ("message", "field"),
    [("borra mi peso", "weight_kg"), ("vergiss mein Gewicht", "weight_kg"), ("oublie mon âge", "age"), ("olvida mi altura", "height_cm")],
)
async def test_forgetting_one_fact_in_spanish_german_and_french(chat, on_disk, message, field):
    await chat(FACTS)
    reply = await chat(message)
    assert reply.text.startswith("Done: I've forgotten your")
    profile = on_disk("profile.json")
    assert field not in profile and "sex" in profile


async def test_a_condition_is_recalled_and_forgotten_by_its_name(chat, on_disk):
    await chat("I'm a 52 year old man, 1.80m, 95 kilos, type 2 diabetic")
    recalled = await chat("what do you know about me?")
    assert "type 2 diabetes" in recalled.text
    reply = await chat("forget my condition")
    assert reply.text.startswith("Done: I've forgotten your health condition.")
    assert "facts" not in on_disk("profile.json")


def test_wiping_all_my_data_is_generals():
    context = ClassifyContext(user_id="alice", history=[], profile={})
    assert classify("wipe all my data", context).reason == "general: profile request"
