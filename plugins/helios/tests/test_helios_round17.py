"""Round 17: a correction moves a workout to the day it names, not the day it says was wrong;
each clause of a catching-up message on its own day, a muscle group at the gym as strength
training; follow-ups to Helios' own answers (the logged lifts in kg, how long soreness lasts,
when to run again after a pain, sleep on shifts); someone else's pregnancy does not become the
user's; a goal said with where the user is now. Phrasings are this file's own."""

from __future__ import annotations

from datetime import date, datetime

import re

import pytest
from host.clock import pinned
from host.types import ClassifyContext

from agenthost_helios.routing import classify

WEDNESDAY = datetime(2025, 6, 11, 13, 0)  # a Wednesday afternoon
MONDAY, TUESDAY, SATURDAY, SUNDAY = date(2025, 6, 9), date(2025, 6, 10), date(2025, 6, 7), date(2025, 6, 8)
YESTERDAY, TODAY = TUESDAY, date(2025, 6, 11)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    ("log", "fix", "day"),
    [
        ("swam 1500m yesterday, took about 35 minutes", "no wait, that was on saturday not yesterday", SATURDAY),
        ("did a 5k run this morning in 27 min", "actually it wasn't today, it was monday", MONDAY),
        ("yoga 45 min yesterday", "sorry, sunday rather than yesterday", SUNDAY),
        ("cycled 20 km yesterday in an hour", "it was monday, not yesterday", MONDAY),
        ("45 min spin class today", "oops, not today, yesterday", YESTERDAY),
        ("rowed 5000m in 22 minutes yesterday", "that row was saturday instead of yesterday", SATURDAY),
        ("walked 8 km on monday", "my bad, it was sunday not monday", SUNDAY),
        ("did 30 min of hiit yesterday", "wait that wasn't yesterday, it was on sunday", SUNDAY),
        ("played tennis for an hour today", "it was yesterday, as opposed to today", YESTERDAY),
        ("swam 40 lengths on sunday in 30 minutes", "hmm it was actually saturday not sunday", SATURDAY),
    ],
)
async def test_a_correction_moves_the_workout_to_the_day_it_names(chat, on_disk, log, fix, day):
    await chat(log)

    reply = await chat(fix)

    [workout] = live(on_disk)
    assert workout["date"][:10] == day.isoformat()
    said = "yesterday" if day == YESTERDAY else f"{day:%a} {day.day} {day:%b}"
    assert said in reply.text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "catching up: monday 30 min cycling commute, tuesday legs at the gym for about an hour, today a long walk, roughly 10k steps",
            [("cycling", MONDAY), ("weight_training", TUESDAY), ("walking", TODAY)],
        ),
        (
            "quick update: on monday I swam for 40 minutes, yesterday upper body at the gym for 50 min and this morning a 5k run",
            [("swimming", MONDAY), ("weight_training", YESTERDAY), ("running", TODAY)],
        ),
        (
            "saturday a 10k run in 55 min, sunday yoga for 30 minutes, today a walk, about 8000 steps",
            [("running", SATURDAY), ("yoga", SUNDAY), ("walking", TODAY)],
        ),
        (
            "monday gym 45 min chest and triceps, then today a swim, 1 km",
            [("weight_training", MONDAY), ("swimming", TODAY)],
        ),
        (
            "yesterday 40 min on the rowing machine and 20 min stretching, today 30 min cycling",
            [("rowing_machine", YESTERDAY), ("stretching", YESTERDAY), ("cycling", TODAY)],
        ),
        (
            "sunday 2 hour hike, monday swim 45 mins, yesterday back and biceps at the gym for an hour",
            [("hiking", SUNDAY), ("swimming", MONDAY), ("weight_training", YESTERDAY)],
        ),
        (
            "logging my week: sat parkrun, sun long walk 90 mins, mon chest day 1 hr",
            [("running", SATURDAY), ("walking", SUNDAY), ("weight_training", MONDAY)],
        ),
        (
            "mon: 5k run in 30 min. tue: rest. wed: legs at gym 1h",
            [("running", MONDAY), ("weight_training", TODAY)],
        ),
    ],
)
async def test_each_clause_of_a_catching_up_message_is_on_its_own_day(chat, on_disk, message, expected):
    await chat(message)

    got = sorted((w["activity"], w["date"][:10]) for w in live(on_disk))
    assert got == sorted((activity, day.isoformat()) for activity, day in expected)


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("tuesday legs at the gym for about an hour", "Legs"),
        ("did legs at the gym for an hour", "Legs"),
        ("hit the gym for legs yesterday, 1 hour", "Legs"),
        ("gym 45 min, chest and triceps", "Chest and triceps"),
        ("50 minutes at the gym doing arms", "Arms"),
        ("an hour of shoulders at the gym this morning", "Shoulders"),
    ],
)
async def test_a_muscle_group_at_the_gym_is_strength_training(chat, on_disk, message, label):
    reply = await chat(message)

    [workout] = live(on_disk)
    assert workout["activity"] == "weight_training"
    assert label in reply.text
    assert "General exercise" not in reply.text


@pytest.mark.parametrize(
    "message",
    ["went to the gym for an hour, my legs hurt", "got back from the gym, 1 hour", "gym for an hour, legs are sore from monday"],
)
async def test_the_gym_without_a_group_trained_stays_general(chat, on_disk, message):
    await chat(message)

    assert [w["activity"] for w in live(on_disk)] == ["general_exercise"]


async def test_one_day_said_still_dates_every_workout(chat, on_disk):
    await chat("ran 5k and swam 1km yesterday")

    assert {w["date"][:10] for w in live(on_disk)} == {YESTERDAY.isoformat()}


@pytest.mark.parametrize(
    ("log", "question", "expected"),
    [
        ("did bench 3x8 at 155 lb and squats 4x6 at 225", "what's that in kg?", ["155 lb is **70.3 kg**", "225 lb is **102.1 kg**"]),
        ("deadlift 3x5 at 315 lbs", "how much is that in kilos", ["315 lb is **142.9 kg**"]),
        ("overhead press 5x5 @ 95 pounds, rows 3x10 @ 135", "in kg please", ["95 lb is **43.1 kg**", "135 lb is **61.2 kg**"]),
        ("bench 5x5 at 80 kg", "what's that in pounds?", ["80 kg is **176 lb**"]),
        ("squat 3x5 at 100kg and deadlift 1x5 at 140", "can you convert the weights to lbs", ["100 kg is **220 lb**", "140 kg is **309 lb**"]),
        ("did 4x8 bench at 60kg", "how many lbs is that", ["60 kg is **132 lb**"]),
    ],
)
async def test_the_logged_lifts_in_the_other_unit(chat, on_disk, log, question, expected):
    await chat(log)
    before = len(live(on_disk))

    reply = await chat(question)

    for said in expected:
        assert said in reply.text
    assert len(live(on_disk)) == before  # a question logs nothing


async def test_a_lifts_load_without_its_unit_is_in_the_unit_said_before(chat, on_disk):
    await chat("did bench 3x8 at 155 lb and squats 4x6 at 225")

    loads = sorted(w.get("load_kg") for w in live(on_disk))
    assert loads == [70.3, 102.1]


async def test_a_time_of_day_after_a_lift_is_no_load(chat, on_disk):
    await chat("deadlift 3x5 at 100kg and a 20 min run at 6am")

    assert sorted(str(w.get("load_kg")) for w in live(on_disk)) == ["100.0", "None"]


DAYS = re.compile(r"\b\d+-\d+ (days|hours)\b")


@pytest.mark.parametrize(
    ("sore", "question"),
    [
        ("legs are absolutely dead after yesterday's leg day, I literally can't walk down the stairs lol", "how long till it goes away?"),
        ("my arms are killing me from curls yesterday", "how long does it usually last?"),
        ("so sore after my first spin class", "when will it ease off?"),
        ("my glutes are on fire after squats", "how many days will I be sore like this?"),
        ("DOMS is brutal after leg day", "how long before it wears off"),
        ("chest is wrecked after bench on monday", "will it be gone by friday?"),
        ("my abs are still sore 2 days after the class", "how long until it's gone?"),
        ("quads are screaming after the hike", "when does it stop?"),
        ("everything aches after my first bootcamp", "how long will this take to go away"),
        ("hamstrings so sore after deadlifts", "how long till its better"),
    ],
)
async def test_how_long_soreness_lasts_after_the_doms_answer(chat, sore, question):
    first = await chat(sore)
    assert "DOMS" in first.text or "soreness" in first.text.lower()

    reply = await chat(question)

    assert "2-5 days" in reply.text
    assert "doctor" in reply.text


@pytest.mark.parametrize(
    ("pain", "question"),
    [
        ("my shinns hurt wen i go runing shud i stop", "how long b4 i can run agen"),
        ("my knee hurts when I run", "when can I run again?"),
        ("my ankle hurts after football", "how long before I can play again"),
        ("shoulder hurts when I bench", "how long till I can lift again?"),
        ("my achilles is painful on runs", "how long should I rest it?"),
        ("hurt my calf on a run yesterday", "how many weeks until I can train again?"),
        ("my back hurts after deadlifts", "when will it get better?"),
        ("my wrist hurts doing push ups", "how long will it take to heal"),
        ("knees hurt on the stairs after running", "how long before i can start running again"),
        ("my hip hurts when I jog", "when can I get back to jogging?"),
    ],
)
async def test_when_to_train_again_after_a_pain(chat, pain, question):
    await chat(pain)

    reply = await chat(question)

    assert "pain-free" in reply.text
    assert re.search(r"\d+-\d+ weeks", reply.text)
    assert "physio" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "any tips? I work rotating shifts at the hospital",
        "what about shift work? I'm a nurse",
        "tips for sleeping on 12 hour shifts?",
        "I'm on nights this week, any advice?",
        "any advice for rotating shift patterns",
        "I work shifts, early and late, how do I sleep better",
        "tips? my job is rolling shifts",
        "and for night shifts?",
        "I do swing shifts at a warehouse, any sleep tips",
        "tips for sleep when working nights",
    ],
)
async def test_sleep_on_shifts_after_the_sleep_answer(chat, question):
    await chat("does sleep really matter for building muscle? I get about 5 hours most nights")

    reply = await chat(question)

    assert "anchor" in reply.text and "caffeine" in reply.text.lower()


@pytest.mark.parametrize(
    "message",
    [
        "hurt my calf on a run yesterday",
        "pulled a hamstring during football last night",
        "rolled my ankle while running this morning",
        "tweaked my back doing deadlifts",
    ],
)
async def test_an_injury_told_with_its_activity_is_no_log(chat, on_disk, message):
    reply = await chat(message)

    assert live(on_disk) == []
    assert "physio" in reply.text


async def test_a_workout_that_ended_in_a_niggle_is_still_logged(chat, on_disk):
    await chat("ran 10k this morning and hurt my knee at the end")

    assert [w["activity"] for w in live(on_disk)] == ["running"]


PLAN_MOVES = re.compile(r"squat|press|row|deadlift|lunge|push-up", re.IGNORECASE)


@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        ("my wife is 30 weeks pregnant and wants to keep up our evening walks together, any tips to keep them comfortable for her?",
         "and I want to start lifting again, 3 days a week. beginner routine please"),
        ("my girlfriend is 20 weeks pregnant, can she still swim?", "cool. can you make me a 4 day gym plan?"),
        ("my sister is pregnant and wants to do yoga, is that ok?", "nice. I want to start working out, 3 days a week"),
        ("partner's 25 weeks pregnant and asking about walking, any advice for her?", "and for me a beginner plan please, 3 days"),
        ("my wife is 12 weeks pregnant, what exercise is safe for her?", "ok and I want a plan to build muscle, 4 days at the gym"),
        ("she's 32 weeks pregnant and wants to keep cycling, is a stationary bike ok?", "thanks. now give me a 3 day beginner plan"),
        ("my missus is 28 weeks pregnant, can she still go to the gym?", "right, I want to get fitter myself, plan me 3 days a week"),
        ("my friend is 16 weeks pregnant and runs, should she slow down?", "ok and I'd like a 3 day strength plan please"),
    ],
)
async def test_someone_elses_pregnancy_does_not_stick_to_the_user(chat, theirs, mine):
    first = await chat(theirs)
    assert "midwife" in first.text or "doctor" in first.text  # the advice about her

    reply = await chat(mine)

    assert PLAN_MOVES.search(reply.text)
    assert "pregnan" not in reply.text.lower()


@pytest.mark.parametrize(
    "mine",
    [
        "I'm 30 weeks pregnant and my wife and I walk every evening, any tips?",
        "my partner says I should slow down but I'm 20 weeks pregnant, can I keep lifting?",
        "I'm pregnant, my sister says running is fine, is it?",
    ],
)
async def test_the_users_own_pregnancy_still_keeps_its_floor(chat, mine):
    await chat(mine)

    reply = await chat("ok so give me a 4 day hard training plan")

    assert "pregnan" in reply.text.lower()
    assert "Mon –" not in reply.text


@pytest.mark.parametrize(
    ("message", "weeks", "first_week"),
    [
        ("want to run my first 5k in 8 weeks. right now I can run about 1 km without stopping", 8, "run 3 min, walk 90 s, run 5 min"),
        ("currently can run 2km nonstop, want to get to 5k in 6 weeks", 6, "run 3 min, walk 90 s, run 5 min"),
        ("hoping to run a 5k in 10 weeks, I can only jog for about 2 minutes right now", 10, "6 × (run 90 s, walk 2 min)"),
        ("I cant run at all but want to do a 5k in 9 weeks", 9, "8 × (run 60 s, walk 90 s)"),
        ("my goal is a 5k in 12 weeks, at the moment I can run for 20 minutes", 12, "run 1: 3 × (run 5 min, walk 3 min)"),
        ("I can run a mile without stopping rn, want to do my first 5k in 7 weeks", 7, "run 3 min, walk 90 s, run 5 min"),
        ("aiming for my first parkrun in 8 weeks, currently I can jog for 3 minutes", 8, "2 × (run 90 s, walk 90 s, run 3 min"),
        ("at the moment I can only run for like 1 minute. I'd like to run a 5k in 10 weeks", 10, "8 × (run 60 s, walk 90 s)"),
        ("right now i can barely run 500m lol. want to do the race for life 5k in 10 weeks", 10, "2 × (run 90 s, walk 90 s, run 3 min"),
    ],
)
async def test_a_first_5k_goal_with_where_they_are_now_is_the_plan_from_there(chat, on_disk, message, weeks, first_week):
    reply = await chat(message)

    assert f"{weeks}-week first 5k plan" in reply.text
    assert f"**Week 1**: {first_week}" in reply.text
    assert "I can build you a weekly plan" not in reply.text
    assert live(on_disk) == []  # what they can run now is no workout done


async def test_the_first_5k_goal_then_its_days_then_an_easier_start_for_achy_knees(chat):
    await chat("want to run my first 5k in 8 weeks. right now I can run about 1 km without stopping")

    days = await chat("I can only do 3 days a week though")
    assert "3 runs a week" in days.text

    easier = await chat("can you make week 1 a bit easier, my knees are a bit achy after runs")
    assert "easier" in easier.text
    assert "**Week 1**: 6 × (run 90 s, walk 2 min)" in easier.text
    assert "achy knees" in easier.text and "shoes" in easier.text and "physio" in easier.text


@pytest.mark.parametrize(
    ("message", "race", "said"),
    [
        ("I want to run my first 10k in 10 weeks, at the moment I can do 5k", "10k", "5 km"),
        ("goal: first half marathon in 16 weeks. currently running 10k comfortably", "half marathon", "10 km"),
        ("want to do a half in 14 weeks, right now I can run about 8 km", "half marathon", "8 km"),
        ("signed up for a 10k in 8 weeks, currently I can run 3 miles", "10k", "3 miles"),
    ],
)
async def test_a_longer_race_goal_with_where_they_are_now_is_the_race_plan(chat, on_disk, message, race, said):
    reply = await chat(message)

    assert f"You can already run {said}" in reply.text
    assert "Week 1:" in reply.text and "long run" in reply.text
    assert live(on_disk) == []


@pytest.mark.parametrize(
    "message",
    [
        "can you make me a 6 week plan to run my first 5k?",  # a plan asked, as before
        "never run in my life, how do I get to 5k?",  # the way there
        "ran 2km today without stopping!",  # a log
        "my goal is to run a marathon by June",  # a goal with no starting point
    ],
)
async def test_near_misses_of_a_goal_with_where_they_are_now(chat, message):
    from agenthost_helios.intents import detect

    assert detect(message, []) != "goal_from_now"


@pytest.mark.parametrize(
    ("message", "road", "step"),
    [
        ("I want to do my first pull up by christmas, right now I can't do a single one", "a first pull-up", "negatives"),
        ("want to be able to do a pull-up in 12 weeks", "a first pull-up", "dead hang"),
        ("I want to work up to my first chin up, I can only hang for 10 seconds", "a first pull-up", "inverted rows"),
        ("goal: 10 pull ups by summer, currently I can do 2", "more pull-ups", "5 × 1-2 strict pull-ups"),
        ("I'd love to do a proper push up, at the moment I can't do any", "a first push-up", "wall push-ups"),
        ("aiming for 20 push ups by august, I can do 5 right now", "more push-ups", "Add a rep"),
    ],
)
async def test_a_pull_up_or_push_up_goal_gets_the_steps_from_where_they_are(chat, on_disk, message, road, step):
    reply = await chat(message)

    assert "Goal locked in" in reply.text
    assert f"Your road to {road}" in reply.text and step in reply.text
    assert "right now" not in reply.text.split("\n")[0] and "currently" not in reply.text.split("\n")[0]
    assert live(on_disk) == []


@pytest.mark.parametrize("message", ["how do I do a pull up?", "did 3 sets of 5 pull ups", "what muscles do push ups work?"])
async def test_near_misses_of_a_pull_up_goal(chat, message):
    reply = await chat(message)

    assert "Goal locked in" not in reply.text


@pytest.mark.parametrize(
    ("log", "fix"),
    [
        ("swam 1500m yesterday, took about 35 minutes", "it was 35 minutes"),
        ("ran 5k in 28 min on monday", "no wait, it was monday"),
        ("yoga 45 min yesterday", "sorry, it was yesterday"),
    ],
)
async def test_a_correction_that_changes_nothing_never_says_fixed(chat, on_disk, log, fix):
    await chat(log)
    [before] = live(on_disk)

    reply = await chat(fix)

    assert "Fixed" not in reply.text
    assert "already logged" in reply.text
    [after] = live(on_disk)
    assert (after["date"], after["duration_min"]) == (before["date"], before["duration_min"])


def _after(reply: str) -> ClassifyContext:
    return ClassifyContext("u", [{"role": "assistant", "agent": "helios", "text": reply}], {}, last_agent="helios")


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ("**Sleep** 💡 Yes, really: sleep matters for building muscle and for recovery.", "tips for sleeping on 12 hour shifts?"),
        ("**Sleep** 💡 Yes, really: sleep matters for building muscle and for recovery.", "any tips? I work rotating shifts at the hospital"),
        ("Logged! 💪\n- Barbell bench press (weight training) 3×8 at 70.3 kg", "in kg please"),
        ("Logged! 💪\n- Barbell bench press (weight training) 3×8 at 70.3 kg", "what's that in pounds?"),
    ],
)
def test_follow_ups_to_helios_answers_stay_with_helios(last, message):
    assert classify(message, _after(last)).score >= 0.6


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ("**Sleep** 💡 Yes, really: sleep matters for building muscle and for recovery.", "what should I eat before bed?"),
        ("Logged! 💪\n- Running · 30 min", "how many grams of protein in an egg?"),
    ],
)
def test_other_questions_after_helios_answers_are_not_claimed(last, message):
    assert classify(message, _after(last)).score < 0.6


async def test_a_new_plan_asked_after_a_first_5k_plan_is_that_plan(chat):
    await chat("want to run my first 5k in 8 weeks. right now I can run about 1 km without stopping")

    reply = await chat("actually, make me a 4 day gym plan for strength instead")

    assert "first 5k plan" not in reply.text
    assert "4-day" in reply.text and "strength plan" in reply.text


async def test_a_real_date_said_wrong_moves_to_the_other(chat, on_disk):
    await chat("ran 5k on 3 June in 30 min")

    await chat("sorry, 2nd of june rather than 3 june")

    [run] = live(on_disk)
    assert run["date"][:10] == "2025-06-02"


async def test_easier_with_no_stage_to_drop_adds_weeks_and_says_so(chat):
    await chat("I cant run at all but want to do a 5k in 9 weeks")

    reply = await chat("make it easier")

    assert "9 → 12 weeks, so every step is smaller and easier" in reply.text


@pytest.mark.parametrize("message", ["and is one cheat day a week going to ruin everything?", "had a cheat meal last night", "I play chess on mondays"])
async def test_a_cheat_day_is_no_chest_day(chat, on_disk, message):
    await chat(message)

    assert live(on_disk) == []


@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        ("my dad had a heart attack last year, can he still exercise?", "cool. give me a 4 day hiit plan for me"),
        ("my mum has bad knees, what exercise can she do?", "ok and I want a 3 day workout plan for myself"),
    ],
)
async def test_someone_elses_condition_does_not_shape_the_users_plan(chat, tmp_path, theirs, mine):
    await chat(theirs)

    reply = await chat(mine)

    alone = await fresh_reply(mine, tmp_path / "fresh")
    assert reply.text.split("\n")[2] == alone.split("\n")[2]  # the same plan as asked with no one else's context


async def fresh_reply(message: str, folder) -> str:
    """The reply to `message` in a fresh conversation, stored under `folder`."""
    import agenthost_helios
    from host.registry import Registry
    from host.storage import FileStorage
    from host.testing import TurnRunner

    from agenthost_helios.agent import AGENT
    from agenthost_helios.tools import TOOLS

    store = FileStorage(folder).user("fresh")
    registry = Registry(agents={"helios": AGENT}, tools={tool.name: tool for tool in TOOLS})
    return (await TurnRunner(agenthost_helios, AGENT, store, registry=registry)(message)).text
