"""Round 25: a person chatting about their day gets a short human reply that fits it, never the
note-taking offer, a medical deferral for pre-race nerves, or "That's one for Ceres"."""

from __future__ import annotations

import pytest

NOTE_MENU = "I can keep it for you"
DEFERRAL = "I'm not a medical service"
MENU = "Here's what I can do right now"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("i was dying on that last hill haha", "worked for it"),
        ("that run absolutely destroyed me lol", "worked for it"),
        ("i want to disappear into a cabin in the woods for a month lol", "proper break"),
        ("rough week at work, just need a break tbh", "proper break"),
        ("no pain no gain right?", "Pain is different"),
        ("my heart is racing before my first competition, nerves!", "adrenaline"),
        ("so nervous before my exam tomorrow, butterflies", "adrenaline"),
        ("estoy muy nerviosa por la carrera", "adrenaline"),
        ("feeling lazy today", "rest day does no harm"),
        ("zero motivation today ngl", "rest day does no harm"),
        ("bin heute total faul", "rest day does no harm"),
        ("im knackered after work today tbh", "long one"),
        ("estoy muy cansada hoy jaja", "long one"),
        ("feeling a bit down today", "happy to listen"),
        ("had the best day today, finally finished my big project at work", "well done"),
        ("ugh mondays am i right", "I hear you"),
        ("just want to hide under the duvet all day lol", "proper break"),
        ("im shattered after that shift", "long one"),
        ("feeling good today", "Glad to hear it"),
        ("got butterflies before my job interview tomorrow", "adrenaline"),
        ("je suis nerveuse avant ma compétition", "adrenaline"),
    ],
)
async def test_everyday_chat_gets_a_short_human_reply(chat, message, expected):
    reply = await chat(message)
    assert expected in reply.text
    for wrong in (NOTE_MENU, DEFERRAL, MENU, "That's one for"):
        assert wrong not in reply.text
    assert len(reply.text.split()) <= 80 and reply.text.count("?") <= 1


async def test_a_symptom_without_an_event_is_still_deferred(chat):
    reply = await chat("my heart keeps racing for no reason")
    assert DEFERRAL in reply.text


async def test_a_low_mood_reply_never_makes_light_of_it(chat):
    reply = await chat("been feeling a bit down this week")
    assert "sorry" in reply.text.lower() and "🎉" not in reply.text and "Ha," not in reply.text


@pytest.mark.parametrize(
    "message",
    ["so nervous for my first 10k on sunday, butterflies everywhere", "pre-race nerves are real lol, big race saturday"],
)
def test_nerves_before_a_race_are_generals_not_a_run_to_log(message):
    from host.types import ClassifyContext

    from agenthost_general.routing import classify

    score = classify(message, ClassifyContext(user_id="alice", history=[], profile={}))
    assert score.score >= 0.7 and score.reason == "general: nerves before an event"


def test_a_race_question_about_the_training_is_left_to_helios():
    from host.types import ClassifyContext

    from agenthost_general.routing import classify

    score = classify("nervous about my first marathon, how should i pace it?", ClassifyContext(user_id="alice", history=[], profile={}))
    assert score.reason != "general: nerves before an event"


async def test_chat_with_a_question_in_it_points_to_who_answers_the_question(chat):
    reply = await chat("absolutely killed it at spin tonight, nearly died on the hill climbs lol. how do i get better at the standing bits")
    assert "great session" in reply.text and "@helios absolutely killed it at spin tonight" in reply.text
    assert MENU not in reply.text


async def test_a_statement_after_a_specialists_answer_is_a_follow_up_not_a_note(chat, context):
    from host.records import assistant_record, user_record
    from host.types import Inbound, Reply, RoutingDecision

    await context.store.append_history(
        [
            user_record(Inbound("alice", "is 10,000 steps a day actually a thing or is it made up", "m1"), "2025-01-01T00:00:00Z"),
            assistant_record(
                reply=Reply("**Daily steps** There is nothing magic about 10,000."), agent="helios", reply_id="r1",
                reply_to="m1", routing=RoutingDecision("helios", 0.8, "keywords", {}),
            ),
        ]
    )
    reply = await chat("i do about 4k at the mo, work from home")
    assert NOTE_MENU not in reply.text
    assert '"@helios i do about 4k at the mo, work from home"' in reply.text
