"""Everyday well-being answers from the curated data file: every entry sourced, questions
matched to topics, nutrition and training left to Ceres and Helios, and the tool."""

from __future__ import annotations

import re

import pytest

from host.tools import execute_tool

import agenthost_general
from agenthost_general.wellbeing import audience_of, find_topic, topics

TOOLS = {tool.name: tool for tool in agenthost_general.TOOLS}


def test_every_entry_has_a_source_a_link_and_what_it_rests_on():
    assert len(topics()) >= 15
    for topic in topics().values():
        assert topic.source.strip() and topic.why.strip(), topic.id
        assert re.fullmatch(r"https://\S+", topic.url), topic.id
        assert len(topic.answer.split()) <= 80, f"{topic.id}: answers stay short"
        assert set(topic.audiences) <= {"child", "teen", "older"}, topic.id


def test_no_entry_gives_calorie_figures_or_training_plans():
    # Those are Ceres' and Helios' (and must stay out of a conversation flagged for an eating disorder).
    for topic in topics().values():
        for text in (topic.answer, *topic.tips, *topic.audiences.values()):
            assert not re.search(r"\bk?cal(?:orie)?s?\b|\bdeficit\b|\bsets? of\b|\breps?\b", text, re.I), (topic.id, text)


@pytest.mark.parametrize(
    "question, topic",
    [
        ("how many hours of sleep should an adult get", "sleep_need"),
        ("I can't sleep at night, any advice?", "sleep_better"),
        ("is a power nap a good idea", "naps"),
        ("I'm so stressed at work", "stress"),
        ("give me a breathing exercise", "breathing"),
        ("I've been feeling down lately", "low_mood"),
        ("how can I look after my mental health", "wellbeing"),
        ("how do I start meditating", "mindfulness"),
        ("is 10000 steps a day a myth", "steps"),
        ("I sit too much at work, is that bad", "sitting"),
        ("my eyes hurt from staring at a screen all day", "screen_breaks"),
        ("how much screen time is ok for a toddler", "screen_time"),
        ("do I get enough vitamin D from sunlight in winter", "vitamin_d"),
        ("what SPF sunscreen should I use", "sun_safety"),
        ("how long does it take to form a new habit", "habits"),
        ("how many units of alcohol a week is safe", "alcohol"),
        ("how long should I wash my hands", "hand_washing"),
        ("why am I always tired", "tiredness"),
    ],
)
def test_questions_find_their_topic(question, topic):
    found = find_topic(question)
    assert found is not None and found[0].id == topic


@pytest.mark.parametrize("question", ["how much water should I drink daily", "how do I stop stress eating", "I ran 5k", "what should I eat"])
def test_nutrition_and_training_are_not_topics(question):
    assert find_topic(question) is None


def test_the_age_group_comes_from_the_message_then_the_profile():
    assert audience_of("and for teenagers?") == "teen"
    assert audience_of("how much sleep does my son need") == "child"
    assert audience_of("how much sleep do I need", {"age": 70}) == "older"
    assert audience_of("how much sleep do I need", {"age": 30}) is None


async def test_a_wellbeing_answer_names_its_source_and_offers_follow_ups_that_work(chat):
    text = (await chat("what's the 20-20-20 rule for screen breaks?")).text
    assert text.startswith("Use the **20-20-20 rule**: every 20 minutes, look at something about 20 feet (6 metres) away for 20 seconds.")
    assert "\nSource: American Academy of Ophthalmology" in text
    assert text.endswith('Say "tell me more" for another tip or "why?" for what this rests on.')
    assert (await chat("tell me more")).text.startswith("Screen use doesn't damage your eyes")


async def test_a_tip_that_names_a_disabled_agent_is_skipped(chat, registry):
    await chat("how many steps a day?")
    assert "@helios" in "".join([(await chat("more")).text, (await chat("more")).text, (await chat("more")).text])
    del registry.agents["helios"]
    await chat("how many steps a day?")
    replies = [(await chat("more")).text for _ in range(3)]
    assert not any("Helios" in reply for reply in replies)
    assert replies[-1].startswith("That's everything I have on steps a day.")


async def test_the_everyday_advice_tool_serves_the_model_the_same_entries(context):
    result = await execute_tool(TOOLS["everyday_advice"], context, {"topic": "naps"})
    assert result["answer"].startswith("Keep naps short, **10 to 20 minutes**")
    assert result["source"] == "Mayo Clinic, Napping: Do's and don'ts for healthy adults"
    teen = await execute_tool(TOOLS["everyday_advice"], context, {"topic": "sleep_need", "audience": "teen"})
    assert teen["answer"].startswith("Teenagers (13-18) need **8-10 hours**")
    bad = await execute_tool(TOOLS["everyday_advice"], context, {"topic": "astrology"})
    assert bad["error"].startswith("invalid arguments for everyday_advice: topic: 'astrology' is not one of")
