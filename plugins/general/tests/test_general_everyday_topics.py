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


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("whats the best time to go to bed", "sleep_better"),
        ("what time should i go to bed", "sleep_better"),
        ("how do i switch off after work", "stress"),
        ("can't seem to unwind in the evenings", "stress"),
        ("is it normal to feel tired after lunch", "tiredness"),
        ("why am i so sleepy after eating", "tiredness"),
    ],
)
async def test_more_ways_of_asking_reach_their_topic(chat, message, topic):
    found = find_topic(message)
    assert found is not None and found[0].id == topic
    reply = await chat(message)
    assert "Source:" in reply.text


@pytest.mark.parametrize("push_back", ["i already do that lol", "tried all that, doesnt work", "that doesn't help", "none of that works"])
async def test_already_tried_that_gets_the_next_tip(chat, push_back):
    await chat("tips for stress")
    reply = await chat(push_back)
    assert "worrying" in reply.text  # the stress topic's first tip
    assert "note:" not in reply.text and "can't answer" not in reply.text


async def test_what_about_after_a_topic_gets_more_on_it(chat):
    await chat("how do i beat jet lag")
    reply = await chat("what about coming home?")
    assert "naps short" in reply.text
    assert "can't answer" not in reply.text


@pytest.mark.parametrize("message", ["ok cool thx", "thx", "ty!"])
async def test_thanks_in_chat_words(chat, message):
    assert "welcome" in (await chat(message)).text


@pytest.mark.parametrize("message", ["gn", "night night", "gn!"])
async def test_good_night_in_chat_words(chat, message):
    assert "Goodbye" in (await chat(message)).text
