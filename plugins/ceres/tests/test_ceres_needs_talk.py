"""Calorie and protein needs asked in everyday words, and how long a weight goal takes: routed
to Ceres, read with the profile (General's facts and goals) and the body facts said beside."""

from __future__ import annotations

import re

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})
WOMAN_45 = {"age": 45, "sex": "female", "height_cm": 162.6, "weight_kg": 77.1, "goals": ["lose about 20 lbs"]}


def kcal_figures(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]*) kcal", text)]


@pytest.mark.parametrize(
    "message",
    [
        "what should my daily calories be? I walk the dog but otherwise desk job",
        "so how many cals a day should I be eating?",
        "what's my calorie intake supposed to be?",
        "how many calories per day do I need to lose weight",
        "and calories for the cut?",
    ],
)
async def test_calorie_needs_in_everyday_words_route_to_ceres_and_give_a_figure(chat, write_profile, message):
    assert classify(message, CONTEXT).score >= 0.8
    write_profile(WOMAN_45)
    reply = await chat(message)
    assert reply.metadata["intent"] == "needs", reply.text
    assert any(1200 <= figure <= 2100 for figure in kcal_figures(reply.text)), reply.text


async def test_protein_asked_after_body_facts_and_a_cut_uses_them(chat):
    reply = await chat("im 5'7, 150lb, 23, male. cutting for summer. how much protein??")
    assert reply.metadata["intent"] == "protein"
    low, high = (int(n) for n in re.search(r"about (\d+)–(\d+) g of protein", reply.text).groups())
    assert (low, high) == (109, 150)  # 1.6-2.2 g per kg of 68 kg: cutting is training in a deficit (ISSN; round 19)
    assert "68 kg" in reply.text and "170 cm" in reply.text
    follow = await chat("and calories for the cut?")
    assert follow.metadata["intent"] == "needs"
    assert any(1500 <= figure <= 2500 for figure in kcal_figures(follow.text)), follow.text


@pytest.mark.parametrize("message", ["how long till I hit my goal roughly?", "how many weeks will it take to reach my goal weight?"])
async def test_how_long_a_weight_goal_takes_at_a_safe_pace(chat, write_profile, message):
    write_profile(WOMAN_45)
    assert classify(message, ClassifyContext(user_id="alice", history=[], profile=WOMAN_45)).score >= 0.8
    reply = await chat(message)
    assert "losing 9.1 kg (20 lb) takes about 9–18 weeks" in reply.text


async def test_no_goal_yet_asks_for_one(chat):
    reply = await chat("how long till I hit my goal?")
    assert "how much you'd like to lose" in reply.text


def test_a_goal_question_with_no_weight_goal_is_not_claimed():
    assert classify("how long till I hit my goal?", CONTEXT).score < 0.5  # a running goal is Helios'


@pytest.mark.parametrize("message", ["how much calcium do i need a day?", "am I getting enough iron?", "do I need vitamin d in winter"])
def test_nutrients_asked_by_name_route_to_ceres(message):
    assert classify(message, CONTEXT).score >= 0.7


def test_pumping_iron_is_not_nutrition():
    assert classify("i pumped iron today", CONTEXT).score < 0.3
