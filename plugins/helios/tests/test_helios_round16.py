"""Round 16: jumps disliked in any words leave every jump out of the last workout (warm-up too);
one short circuit for cardio and strength together; getting back on track after missed
sessions; exercise that's kind to the joints; a first 5k on the weekdays said; and "this week"
that also says the last 7 days when they hold more. Phrasings are this file's own."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios.routing import classify

JUMPS = re.compile(r"jump|burpee|high knees|skipping|broad", re.IGNORECASE)


def after_helios(text: str) -> ClassifyContext:
    return ClassifyContext("u", [{"role": "assistant", "agent": "helios", "text": text}], {}, last_agent="helios")


@pytest.mark.parametrize(
    "complaint",
    [
        "too hard, make it easier. my knees hate the jumping stuff",
        "my knees can't take the jumping",
        "jumping kills my ankles, anything else?",
        "the jumps are hard on my knees",
        "I don't like the jumping bits",
        "not a fan of the jumps tbh",
        "can you ditch the jumping? my joints don't do well with it",
        "something easier on my knees please",
        "my hips hate all that hopping",
        "lose the plyo stuff, my back complains",
        "knee friendly version?",
    ],
)
async def test_jumps_disliked_leave_every_jump_out_of_the_workout(chat, complaint):
    first = await chat("give me a 20 minute HIIT session")
    assert JUMPS.search(first.text)  # the warm-up starts with jumping jacks

    easier = await chat(complaint)

    session = easier.text.split("Take the last reps")[0]
    assert "no jumping" in session
    assert not JUMPS.search(session.split("\n", 1)[1])


@pytest.mark.parametrize(
    "complaint",
    ["my knees hate the jumping stuff", "jumping kills my ankles", "I can't do jumps, my knees are shot"],
)
def test_jumps_disliked_after_a_helios_workout_stay_with_helios(complaint):
    assert classify(complaint, after_helios("Here's a 20-minute cardio workout (no equipment)")).score >= 0.7


@pytest.mark.parametrize(
    "message",
    [
        "I jumped at the chance to run with the club",  # a jump that is no dislike of jumps
        "hop on the bike for 20 min?",
        "my back hates me after deadlifts",
    ],
)
async def test_near_misses_keep_the_jumps(chat, message):
    from agenthost_helios import plan_changes

    assert plan_changes.LOW_IMPACT.search(message.lower().replace("'", "")) is None


STRENGTH_MOVES = re.compile(r"squat|push-up|lunge|row|deadlift|press|bridge", re.IGNORECASE)


@pytest.mark.parametrize(
    ("message", "minutes"),
    [
        ("want to kill two birds with one stone: something I can do in 20 min that's cardio AND strength", 20),
        ("what's a 30 minute workout that does both cardio and strength?", 30),
        ("I only have 25 mins, can I combine cardio and weights in one go?", 25),
        ("something quick that mixes strength and cardio", 15),
        ("a hybrid session for 40 min with dumbbells please", 40),
        ("need a 20 min metcon", 20),
        ("15 minutes, strength plus cardio, no equipment, go", 15),
        ("gimme something for 30 min, cardio with some muscle work", 30),
        ("cardio & weights in 35 minutes, ideas?", 35),
        ("got 20 mins at lunch, want strength and conditioning in one", 20),
    ],
)
async def test_cardio_and_strength_in_one_go_is_a_circuit_of_strength_moves(chat, on_disk, message, minutes):
    reply = await chat(message)

    assert f"{minutes}-minute cardio-and-strength circuit" in reply.text
    assert "Circuit" in reply.text and STRENGTH_MOVES.search(reply.text)
    assert not on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("what's the difference between cardio and strength training?", "Cardio or weights"),
        ("should I do cardio or weights first?", "Cardio or weights first"),
    ],
)
async def test_questions_about_cardio_and_strength_keep_their_curated_answers(chat, message, topic):
    assert f"**{topic}**" in (await chat(message)).text


@pytest.mark.parametrize(
    "message",
    [
        "binge-watched a series and skipped all 3 gym sessions",
        "skipped both my runs this week ugh",
        "missed 2 gym sessions cos of work",
        "haven't trained in 3 weeks",
    ],
)
async def test_sessions_missed_are_never_logged(chat, on_disk, message):
    await chat(message)

    assert on_disk.live("workouts.jsonl") == []


@pytest.mark.parametrize(
    ("message", "activity"),
    [
        ("skipped rope for 10 minutes", "jump_rope"),
        ("skipped the gym but went for a 5k run", "running"),
        ("didn't make it to the gym, did 20 pushups at home though", "calisthenics"),
    ],
)
async def test_what_was_done_beside_a_missed_session_is_still_logged(chat, on_disk, message, activity):
    await chat(message)

    assert [w["activity"] for w in on_disk.live("workouts.jsonl")] == [activity]


RESTART = re.compile(r"restart easy|one session|routine", re.IGNORECASE)


@pytest.mark.parametrize(
    "message",
    [
        "binge-watched an entire series this weekend and skipped all 3 gym sessions. how do I get back on track without feeling like crap?",
        "haven't worked out in 3 weeks because of the holidays, how do I start again?",
        "had the flu and missed a whole week of training, how do I ease back into it?",
        "skipped both my runs this week ugh",
        "lost my routine after moving house, how do I get back into the gym?",
        "how do I get back into exercise after christmas",
        "feel so guilty about skipping the gym all week",
        "ok lazy week, zero workouts. what now?",
        "back from 2 weeks holiday, how do I restart my training?",
        "returning to running after a month off, any tips?",
        "ugh missed the whole week of workouts again",
        "missed a week of training with a cold, what now?",
        "I've been slacking for a month, how do I get back into running?",
    ],
)
async def test_getting_back_on_track_is_a_restart_not_a_menu(chat, message):
    reply = await chat(message)

    assert "Getting back on track" in reply.text and RESTART.search(reply.text)


LOW_IMPACT_OPTIONS = re.compile(r"swimming.*cycling.*elliptical.*tai chi", re.IGNORECASE | re.DOTALL)


@pytest.mark.parametrize(
    "message",
    [
        "what exercise is kind on the knees?",
        "any low impact cardio ideas?",
        "I have arthritis in my hips, what exercise can I do?",
        "what's easy on the joints for a 67 year old?",
        "cardio that won't wreck my knees?",
        "which sports are good for bad knees",
        "what's gentle on my hips? I had a hip replacement last year",
        "knee friendly exercises please",
        "best exercise for someone with dodgy knees?",
        "what can I do that's easier on my joints than running",
        "osteoarthritis in both knees, which exercise should I do?",
        "my mum has bad knees, what exercise can she do?",
        "my dad is 70 with arthritis in his knee, what exercise is good for him?",
        "yo my knees r trash, wat cardio can i do",
        "what can I do for exercise with a bad hip?",
        "my husband has bad knees and wants to get fit, ideas?",
    ],
)
async def test_exercise_kind_to_the_joints_is_a_curated_answer(chat, message):
    reply = await chat(message)

    assert LOW_IMPACT_OPTIONS.search(reply.text) and "strength" in reply.text
    assert "NICE" in reply.text


@pytest.mark.parametrize(
    ("message", "not_topic"),
    [
        ("is running bad for my knees?", "kind to your knees"),
        ("my knees hurt when I run", "kind to your knees"),
        ("my knees cave in when I squat", "kind to your knees"),
        ("how do I get back to 5k after my 10k?", "Getting back on track"),
        ("what can I do with a sore knee?", "kind to your knees"),
        ("I missed the bus so walked 30 min to work", "Getting back on track"),
        ("how do I start running?", "Getting back on track"),  # a beginner's start: Couch to 5K
        ("how do I get back into running after having a baby?", "Getting back on track"),  # not a lost week
        ("how do I get back to the gym after surgery?", "Getting back on track"),
    ],
)
async def test_near_misses_keep_their_own_answers(chat, message, not_topic):
    assert not_topic not in (await chat(message)).text


@pytest.mark.parametrize(
    ("change", "runs"),
    [
        ("I can only run on wednesdays and weekends", "3 runs a week (Wed, Sat and Sun)"),
        ("only mondays and thursdays", "2 runs a week (Mon and Thu)"),
        ("I can only do weekdays after work", "3 runs a week (Mon, Wed and Fri)"),
        ("i can only run at weekends", "2 runs a week (Sat and Sun)"),
        ("can't run fridays, any other day works", "3 runs a week (Mon, Wed and Sat)"),
        ("I run at weekends only, and maybe tuesdays", "3 runs a week (Tue, Sat and Sun)"),
        ("tuesdays, thursdays and sundays are best for me", "3 runs a week (Tue, Thu and Sun)"),
        ("busy at weekends, weekdays only", "3 runs a week (Mon, Wed and Fri)"),
        ("just saturdays", "1 run a week (Sat)"),
        ("I'm free tue and fri only", "2 runs a week (Tue and Fri)"),
    ],
)
async def test_a_first_5k_plan_runs_on_the_days_said(chat, change, runs):
    await chat("want to run my first 5k in 8 weeks, never run before. plan?")

    reply = await chat(change)

    assert reply.metadata["intent"] == "first_5k", reply.text
    assert runs in reply.text
    assert "**Week 8**: 30 min nonstop" in reply.text  # the rest is kept
    why = await chat("why so much walking?")
    assert "walk" in why.text and "tendons" in why.text


async def test_back_to_back_run_days_are_said(chat):
    await chat("couch to 5k plan please")

    reply = await chat("only wednesdays and weekends")

    assert "Sat and Sun are back to back" in reply.text


@pytest.mark.parametrize(
    ("change", "weekdays"),
    [
        ("only on weekends", "Sat Full body A · Sun Full body B"),
        ("I can only do weekdays after work", "Mon Full body A · Wed Intervals · Fri Full body B"),
        ("only mondays and thursdays", "Mon Full body A · Thu Full body B"),
    ],
)
async def test_a_weekly_plan_moves_to_the_days_said(chat, change, weekdays):
    await chat("I want to start working out")

    reply = await chat(change)

    assert weekdays in reply.text


@pytest.mark.parametrize(
    ("change", "days"),
    [
        ("I can only do weekdays after work", "only wednesdays and weekends"),
    ],
)
def test_the_days_free_after_a_helios_plan_stay_with_helios(change, days):
    context = after_helios("Here's your 8-week first 5k plan, week by week: 3 runs a week (Mon, Wed and Fri).")
    assert classify(change, context).score >= 0.7
    assert classify(days, context).score >= 0.7


WEDNESDAY = datetime(2025, 3, 12, 18, 0)  # Monday is 10 March; Saturday 8 March is last calendar week


@pytest.mark.parametrize(
    "question",
    [
        "what have I done this week?",
        "what did I do this week",
        "how's my week looking?",
        "how many calories did I burn this week?",
        "weekly summary please",
        "how much have I trained this week?",
    ],
)
async def test_this_week_also_says_the_last_7_days_when_they_hold_more(chat, question):
    with pinned(WEDNESDAY):
        await chat("yesterday swam 1500m in 35 minutes")
        await chat("and on saturday I did a 2 hour hike")

        reply = await chat(question)

    assert "Swimming" in reply.text and "Sat 8 Mar: Hiking · 120 min" in reply.text  # the hike never dropped
    if "this week" in question:
        assert "this week" in reply.text and "Counting the last 7 days" in reply.text


@pytest.mark.parametrize(
    "logs",
    [
        ("yesterday swam 1500m in 35 minutes", "ran 5k in 30 min on monday"),  # all since Monday
        ("ran 5k in 30 min two weeks ago",),  # older than 7 days
    ],
)
async def test_this_week_alone_when_the_last_7_days_hold_nothing_more(chat, logs):
    with pinned(WEDNESDAY):
        for log in logs:
            await chat(log)

        reply = await chat("what have I done this week?")

    assert "Counting the last 7 days" not in reply.text


async def test_last_week_and_last_7_days_asked_are_not_doubled(chat):
    with pinned(WEDNESDAY):
        await chat("and on saturday I did a 2 hour hike")
        await chat("yesterday swam 1500m in 35 minutes")

        for question in ("what did I do last week?", "what did I do in the last 7 days?"):
            assert "Counting the last 7 days" not in (await chat(question)).text


@pytest.mark.parametrize(
    ("request_", "week"),
    [
        ("3 day workout plan, only weekends and fridays", "Week: Fri Full body A · Sat Intervals · Sun Full body B"),
        ("make me a 3 day plan for mon wed and sat", "Week: Mon Full body A · Wed Intervals · Sat Full body B"),
        ("4 day workout plan, I can only train weekdays", "Week: Mon "),
        ("workout plan please, I'm free mondays and thursdays only", "Week: Mon Full body A · Thu Full body B"),
    ],
)
async def test_a_new_plan_is_built_on_the_days_said(chat, request_, week):
    reply = await chat(request_)

    assert week in reply.text
    if "weekdays" in request_:
        assert not re.search(r"\b(Sat|Sun)\b", reply.text.split("Week:")[1].split("\n")[0])


async def test_the_saved_plans_day_is_still_shown_when_asked(chat):
    await chat("I want to start working out")

    reply = await chat("give me the workout for friday")

    assert "**Fri – Full body B**" in reply.text
