"""Everyday questions General had no curated answer for (posture, menopause, jet lag, waking up
earlier), each answered with its NHS source in the many ways people ask; and a question said
beside profile facts answered from the topic of the whole message."""

from __future__ import annotations

import pytest

from agenthost_general.wellbeing import find_topic


@pytest.mark.parametrize(
    ("message", "topic", "source"),
    [
        ("how can I improve my posture", "posture", "NHS, How to sit correctly"),
        ("i slouch at my desk all day lol", "posture", "NHS, How to sit correctly"),
        ("what's the right desk setup for working from home?", "posture", "NHS, How to sit correctly"),
        ("how do I sit properly at my computer", "posture", "NHS, How to sit correctly"),
        ("menopause has wrecked my energy, what helps", "menopause", "NHS, Menopause"),
        ("hot flushes at night are killing me", "menopause", "NHS, Menopause"),
        ("any tips for perimenopause tiredness?", "menopause", "NHS, Menopause"),
        ("how do i beat jet lag", "jet_lag", "NHS, Jet lag"),
        ("flying to tokyo next week, any jetlag tips pls", "jet_lag", "NHS, Jet lag"),
        ("how do I cope with the time difference after a long haul flight", "jet_lag", "NHS, Jet lag"),
        ("how do i wake up earlier", "sleep_better", "NHS, Insomnia"),
        ("I want to be a morning person", "sleep_better", "NHS, Insomnia"),
    ],
)
async def test_an_everyday_question_gets_its_sourced_answer(chat, message, topic, source):
    found = find_topic(message)
    assert found is not None and found[0].id == topic
    reply = await chat(message)
    assert source in reply.text
    assert "can't answer" not in reply.text


async def test_posture_follow_ups(chat):
    await chat("how can I improve my posture?")
    assert "NHS" in (await chat("why?")).text
    assert "phone" in (await chat("tell me more")).text.lower()


@pytest.mark.parametrize(
    ("message", "saved", "expected"),
    [
        # a question leaning on the facts ("is that bad?") is about the topic of the whole message
        ("i sit all day at work, is that bad", "sedentary", "break up long stretches of sitting"),
        ("I sit at a desk all day, how do I sit properly lol", "sedentary", "arm's length"),
        # a topic the profile reader could not split from the fact it said
        ("im perimenopausal and cant sleep", "perimenopausal", "same times every day"),
    ],
)
async def test_a_question_beside_profile_facts_is_answered_from_its_topic(chat, message, saved, expected):
    reply = await chat(message)
    assert saved in reply.text
    assert expected in reply.text
    assert "can't answer" not in reply.text and "@helios" not in reply.text
