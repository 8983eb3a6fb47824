"""Owl's tests, with the fixtures agenthost's pytest plugin provides (no conftest needed)."""

from host import ClassifyContext

import agenthost_owl
from agenthost_owl.birds import BIRDS


def test_owl_claims_bird_questions_only():
    context = ClassifyContext(user_id="t", history=[], profile={})
    assert agenthost_owl.classify("Tell me about penguins", context).score == 0.8
    assert agenthost_owl.classify("I had chicken wings and two eggs", context).score == 0.0


async def test_owl_answers_over_the_websocket(agenthost_chat):
    chat = await agenthost_chat(agenthost_owl)
    reply = await chat.ask("Tell me about owls")
    assert reply["agent"] == "Owl 🦉"
    assert reply["message"] == f"Hoot! {BIRDS['owl']}"
    history = await chat.history()
    assert [r["role"] for r in history] == ["user", "assistant"]
    assert history[-1]["tool_calls"][0]["name"] == "bird_fact"


async def test_an_unknown_bird_gets_the_list(agenthost_turns):
    run = agenthost_turns(agenthost_owl, agenthost_owl.OWL, tools=[agenthost_owl.BIRD_FACT])
    reply = await run("What about the dodo?")
    assert reply.text.startswith("Hoot! Ask me about one of these birds")
