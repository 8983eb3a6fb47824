"""Round 22: an age said as "yr old", "yo" or "I'm 16" picks the teenagers' answer (and a teen
named as someone's son or daughter is a teen, not a child); "tan" in Spanish is no tanning."""

from __future__ import annotations

import pytest

from agenthost_general.wellbeing import audience_of, find_topic


@pytest.mark.parametrize(
    "message",
    ["how much sleep does a 16 yr old runner need", "my daughter is 15, how many hours should she sleep", "im 14 and always tired in the morning", "sleep for a 13yo footballer?"],
)
def test_a_teenagers_age_said_any_way_is_the_teen_audience(message):
    assert audience_of(message) == "teen"


@pytest.mark.parametrize("message", ["im 16kg heavier than last year", "i'm 15 minutes from the gym", "my 9 yr old won't sleep"])
def test_weights_minutes_and_children_are_not_teens(message):
    assert audience_of(message) != "teen"


def test_spanish_tan_is_not_sun_safety():
    found = find_topic("no llego tan cansada al gym si como antes?")
    assert found is None or found[0].id != "sun_safety"


def test_sunbeds_are_sun_safety():
    found = find_topic("are sunbeds safer than a holiday tan")
    assert found is not None and found[0].id == "sun_safety"
