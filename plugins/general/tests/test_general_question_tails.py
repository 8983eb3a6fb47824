"""Questions that end in an emoji, "lol", "pls", "??" or "..." instead of (or after) a "?": one
helper (`host.follow_ups.asks`, `without_tail`) reads them, for General and the router's memory rule."""

from __future__ import annotations

import pytest

from host.follow_ups import asks, leans_on, without_tail


@pytest.mark.parametrize(
    "message",
    [
        "how much sleep do I need 😴",
        "is 6 hours enough lol",
        "can you help me pls",
        "are naps bad for you...",
        "any tips?? 😅",
        "why? lol",
        "is this ok… 🙏",
        "what about weekends?!",
        "should I nap plz",
    ],
)
def test_a_question_with_a_tail_asks(message):
    assert asks(message)


@pytest.mark.parametrize(
    "message",
    ["I slept 6 hours lol", "thanks...", "lol", "😴", "how cool is that!", "what a day!!", "I walked 5 km today 🏃‍♀️", "is 6 hours enough"],
)
def test_a_statement_or_a_bare_opening_does_not(message):
    # "is 6 hours enough" with no tail is left to each caller's own reading of question openings
    assert not asks(message)


@pytest.mark.parametrize(
    ("message", "body"),
    [
        ("how much sleep do I need 😴", "how much sleep do I need"),
        ("enough?? 😴", "enough?"),
        ("can you help me pls", "can you help me"),
        ("tips for stress lol 😂", "tips for stress"),
        ("lol", "lol"),
    ],
)
def test_without_tail_keeps_the_question(message, body):
    assert without_tail(message) == body


def test_an_elliptical_question_with_an_emoji_leans_on_the_last_answer():
    message = "we're driving all day tomorrow, petrol station options? 😅"
    assert leans_on(message, claimed=False, last_answer=None)
    assert leans_on(message.removesuffix(" 😅"), claimed=False, last_answer=None)


async def test_can_you_help_me_pls_gets_the_introduction(chat):
    reply = await chat("can you help me pls")
    assert "ready to help" in reply.text
    assert "can't answer" not in reply.text


@pytest.mark.parametrize("why", ["why? lol", "why 🤔", "why tho", "where's that from??"])
async def test_why_with_a_tail_after_a_wellbeing_answer(chat, why):
    await chat("are naps good for you?")
    reply = await chat(why)
    assert "Mayo Clinic" in reply.text


async def test_tell_me_more_with_a_tail(chat):
    await chat("tips for stress")
    reply = await chat("what else... 🙏")
    assert "can't answer" not in reply.text and "worrying" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        # the answer's own sentence with the figure asked about, not a tip or the fallback
        ("how much sleep do I need?", "is 6 hours enough lol", "Adults need **7 or more hours**"),
        ("how much sleep do I need?", "is 9 hours too much?", "Adults need **7 or more hours**"),
        ("are naps good for you?", "how long should they be?", "10 to 20 minutes"),
        ("are naps good for you?", "what time is best", "3 pm"),
        ("how do I build a habit", "how long does it take?", "66 days on average"),
    ],
)
async def test_a_follow_up_question_gets_the_sentence_of_the_answer_it_asks_about(chat, first, follow_up, expected):
    await chat(first)
    reply = await chat(follow_up)
    assert expected in reply.text
    assert "can't answer" not in reply.text
    assert "Source:" in reply.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        # physical activity in other words: the answer's "move a bit every day (even a walk)"
        ("how can i reduce stress", "does exercise help?", "move a bit every day"),
        ("how can i reduce stress", "would going for a run help", "move a bit every day"),
        ("i cant sleep", "would yoga help?", "be active in the day"),
    ],
)
async def test_does_this_help_after_a_topic_gets_what_its_answer_says_about_it(chat, first, follow_up, expected):
    await chat(first)
    reply = await chat(follow_up)
    assert expected in reply.text
    assert "Source:" in reply.text


def test_does_this_help_is_general_s_only_when_its_answer_says_something_about_it():
    from agenthost_general.followups import on_topic

    assert on_topic("does exercise help?", "stress")
    assert on_topic("would going for a run help", "stress")
    # the sleep-need answer says nothing on activity: the question stays with the specialist
    assert not on_topic("does exercise help?", "sleep_need")


def test_does_exercise_help_after_stress_is_claimed_above_the_word_exercise():
    from host.types import ClassifyContext

    from agenthost_general.routing import TOPIC_FOLLOW_UP, classify

    history = [{"role": "user", "text": "how can i reduce stress"}, {"role": "assistant", "agent": "general", "text": "..."}]
    context = ClassifyContext(user_id="alice", history=history, profile={}, last_agent="general")
    assert classify("does exercise help?", context).score == TOPIC_FOLLOW_UP


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # chat spellings of the words General's patterns use
        ("whats my name lol", "don't know your name yet"),
        ("how are u 😊", "Running smoothly"),
        ("who r u", "I'm General"),
        ("wat can u do", "ready to help"),
        ("Whats ur name?", "I'm General"),
        ("u there?", "I'm here"),
    ],
)
async def test_chat_spellings_are_read(chat, message, expected):
    assert expected in (await chat(message)).text
