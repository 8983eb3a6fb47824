"""General's classify hook: what it claims (profile statements and requests, well-being topics,
small talk) and what it leaves to the specialists."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_general.routing import ACTIVITY_ONLY, BODY_FIELDS, PROFILE_LIST, PROFILE_STATEMENT, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


def score(message: str) -> float:
    return classify(message, CONTEXT).score


@pytest.mark.parametrize(
    "message",
    ["I'm 34, female, 68 kg, 165 cm", "I'm 5'10 and 180 lbs", "5 ft 4, 9 stone 2", "I weigh 80kg", "I'm a 40 year old man", "I'm 500 kg"],
)
def test_profile_statements_are_claimed(message):
    # three body facts or more outbid a training word said beside them ("... and I lift 4x a week")
    assert score(message) == (PROFILE_LIST if len(set(read_profile(message).facts) & BODY_FIELDS) >= 3 else PROFILE_STATEMENT)
    assert classify(message, CONTEXT).reason.startswith("general: profile ")


@pytest.mark.parametrize("message", ["update my weight to 78kg", "forget my height", "what do you know about me?"])
def test_profile_requests_are_claimed(message):
    assert score(message) >= PROFILE_STATEMENT


def test_an_activity_level_alone_is_claimed_below_a_specialists_word_for_it():
    assert score("I sit at a desk all day") == ACTIVITY_ONLY == score("I exercise 3 times a week")


@pytest.mark.parametrize(
    "message",
    ["I ran 5 km", "I had 200 g of rice", "I lifted 100 kg", "how much protein do I need? I weigh 80kg", "how do I stop stress eating"],
)
def test_other_agents_messages_are_not_claimed(message):
    assert score(message) < 0.3


@pytest.mark.parametrize("message", ["how much sleep do I need?", "tips for managing stress", "what SPF sunscreen should I use"])
def test_wellbeing_questions_are_claimed(message):
    assert score(message) >= 0.5
    assert "well-being" in classify(message, CONTEXT).reason


def test_not_is_not_a_note():
    assert score("actually it was 40 minutes, not 30") == 0.0
    assert score("save a note: buy oats") >= 0.5


def test_a_goal_alone_is_left_to_the_agent_that_helps_reach_it():
    assert score("my goal is to lose 5 kg") < 0.3


@pytest.mark.parametrize(
    "message, topic",
    [("how much slep do I need", "sleep_need"), ("I have insomnya", "sleep_better"), ("how long does it take to form a habbit", "habits")],
)
async def test_the_routers_typo_repair_knows_the_wellbeing_words(tmp_path, message, topic):
    from host.config import test_config
    from host.plugins import make_plugin_manager
    from host.registry import build_registry
    from host.router import Router

    config = test_config(tmp_path, plugins={"enabled": ["general"]})
    pm = make_plugin_manager(config)
    router = Router(pm, build_registry(pm), config.router, llm=None)
    decision = await router.route(message, CONTEXT)
    assert decision.agent == "general" and decision.method == "keywords"
    assert decision.reasons["general"] == f"general: well-being {topic}"
