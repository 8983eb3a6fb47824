"""Workouts 53, through the whole host (holdout52 and holdout53's Helios failures): what the user reads, and the log.

- Logging: "E ontem joguei futebol por 90 minutos" asked what was done; "Dzisiaj: przysiady 5x5 80 kg, wyciskanie na
  ławce 3x8 60 kg i 20 min rowerka" got General's menu; "and a 10k bike ride" was logged as a 62-minute run; "it was
  last saturday, put it there" right after removing it got the menu; "mon boxfit class 45 min" was dropped and its 45
  minutes given to the next day's run; "how's my week looking, is that enough?" got the last log's calories;
  "Hoeveel calorieën is dat ongeveer? Ik weeg 70 kilo" and "lol 4.2 km sorry, fat fingers" went to Ceres.
- Answers: walking vs running for weight loss with bad knees got the swimming answer; what cutting means and how long
  a cut lasts, how much to lose a week ("how mcuh shoud i loose a weak"), how long to run off a Big Mac, a week of 3
  runs to get faster and doing it on a treadmill, why soreness is worse on day 2, getting better at burpees and HIIT 4
  days a week had no answer or a wrong one; a first 5k asked for in Spanish got the generic endurance week.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from host.clock import pinned
from host.config import test_config
from host.plugins import available_entry_points
from host.testing import ask

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")

WEDNESDAY = datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)


async def _chat(make_client, tmp_path: Path, guard: bool = False):
    config = test_config(tmp_path / "data", plugins={"enabled": sorted(AGENTS | {"safety"} if guard else AGENTS)})
    client = await make_client(plugins=[], entry_points=True, config=config)
    ws = await client.ws_connect("/ws/robin")
    await ws.receive_json()
    turn = 0

    async def say(text: str) -> dict:
        nonlocal turn
        turn += 1
        return await ask(ws, text, str(turn))

    return say


def _workouts(tmp_path: Path) -> list[dict]:
    """The workouts still in the log: tombstones and what they removed left out."""
    lines = [json.loads(line) for path in (tmp_path / "data").rglob("workouts.jsonl") for line in path.read_text().splitlines() if line.strip()]
    deleted = {line["deleted"] for line in lines if "deleted" in line}
    return [line for line in lines if "deleted" not in line and line["id"] not in deleted]


def _kcal(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"\*\*([\d,]+) kcal\*\*", text)]


def _minutes(text: str) -> list[int]:
    """Every time in a reply, in minutes ("50 min", "1 h 50 min (110 min)")."""
    return [int(n) for n in re.findall(r"\b(\d+) min\b", text)]


# -- logging ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("E ontem joguei futebol por 90 minutos", "Soccer"),
        # not tuned on: the same in Spanish, Italian, French, German, Dutch, Polish, and another sport
        ("ayer jugué al fútbol 90 minutos", "Soccer"),
        ("ieri ho giocato a calcio per 90 minuti", "Soccer"),
        ("hier j'ai joué au foot pendant 90 minutes", "Soccer"),
        ("gestern 90 Minuten Fußball gespielt", "Soccer"),
        ("gisteren 90 minuten gevoetbald", "Soccer"),
        ("wczoraj grałem w piłkę nożną 90 minut", "Soccer"),
        ("ontem joguei basquete por 90 minutos", "Basketball"),
    ],
)
async def test_a_sport_played_yesterday_in_another_language_is_logged_on_its_day(make_client, tmp_path, said: str, name: str) -> None:
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        reply = (await say(said))["message"]
    assert reply.startswith("Logged") and f"{name} · 90 min (yesterday)" in reply, reply
    assert [w["date"][:10] for w in _workouts(tmp_path)] == ["2025-06-10"]


async def test_polish_lifts_and_the_bike_are_logged_then_the_squat_weight_corrected(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say("Dzisiaj: przysiady 5x5 80 kg, wyciskanie na ławce 3x8 60 kg i 20 min rowerka")
    assert reply["agent"].startswith("Helios"), reply
    for row in ("Squats (weight training) 5×5 at 80 kg", "Barbell bench press (weight training) 3×8 at 60 kg", "Stationary bike · 20 min"):
        assert row in reply["message"], reply["message"]
    fixed = (await say("Popraw: przysiady były na 85 kg, nie 80"))["message"]
    assert fixed.startswith("Fixed") and "Squats (weight training) 5×5 at 85 kg" in fixed, fixed
    assert sorted(w.get("load_kg") or 0 for w in _workouts(tmp_path)) == [0, 60, 85]


@pytest.mark.parametrize("said", ["and a 10k bike ride", "did a 10k bike ride", "20k on the bike this morning", "a 15k ride"])
async def test_a_race_distance_said_with_a_ride_is_a_ride(make_client, tmp_path, said: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say(said))["message"]
    assert "Cycling" in reply and "Running" not in reply, reply


async def test_a_ride_removed_because_it_wasnt_today_is_logged_on_the_day_then_named(make_client, tmp_path) -> None:
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        await say("swam 30 lengths of a 25m pool this morning, took about 35 min")
        await say("and a 10k bike ride")
        removed = (await say("sorry delete the bike ride, that wasn't today"))["message"]
        assert "removed: Cycling" in removed, removed
        moved = (await say("it was last saturday, put it there"))["message"]
    assert "Cycling" in moved and "Sat 7 Jun" in moved, moved
    assert sorted((w["activity"], w["date"][:10]) for w in _workouts(tmp_path)) == [("cycling", "2025-06-07"), ("swimming", "2025-06-11")]


async def test_a_removed_yoga_class_goes_on_the_day_named_after(make_client, tmp_path) -> None:
    # not tuned on: another activity, "another day", then the day alone with "log it"
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        await say("did 45 min yoga")
        await say("remove the yoga, that was another day")
        moved = (await say("log it on monday please"))["message"]
    assert "Yoga" in moved and "Mon 9 Jun" in moved, moved
    assert [(w["activity"], w["date"][:10]) for w in _workouts(tmp_path)] == [("yoga", "2025-06-09")]


async def test_a_catch_up_log_keeps_each_class_on_its_day_and_the_week_is_assessed(make_client, tmp_path) -> None:
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        logged = (await say("catch up log: mon 6am boxfit class 45 min, tues 10k run, wed rest, today legs at the gym for an hour"))["message"]
        assert "Boxing · 45 min (Mon 9 Jun)" in logged and "10 km" in logged and "Legs" in logged, logged
        days = sorted(w["date"][:10] for w in _workouts(tmp_path))
        assert days == ["2025-06-09", "2025-06-10", "2025-06-11"]
        week = (await say("how's my week looking, is that enough?"))["message"]
    assert week.startswith("**Yes, that's a solid week**") and "WHO" in week, week
    assert not week.startswith("About"), week


async def test_is_that_enough_after_a_short_week_says_not_yet(make_client, tmp_path) -> None:
    # not tuned on: a small week gets "not quite yet" with what is left
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        await say("walked 20 minutes today")
        week = (await say("is that enough for the week?"))["message"]
    assert week.startswith("**Not quite yet**") and "to go" in week, week


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("ran 42 km in 45 minutes this morning!!", "lol 4.2 km sorry, fat fingers"),
        # not tuned on
        ("ran 50 km in 30 minutes", "5 km sorry, fat-fingered it"),
    ],
)
async def test_fat_fingers_fixing_an_impossible_distance_is_logged_by_helios(make_client, tmp_path, first: str, then: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say(first)
    reply = await say(then)
    assert reply["agent"].startswith("Helios") and reply["message"].startswith("Logged"), reply
    assert len(_workouts(tmp_path)) == 1


@pytest.mark.parametrize(
    ("log", "asked", "low", "high"),
    [
        ("Vandaag 45 minuten gefietst naar mijn werk en terug", "Hoeveel calorieën is dat ongeveer? Ik weeg 70 kilo", 180, 500),
        # not tuned on: French and Spanish, another weight
        ("Hier 45 minutes de vélo", "Combien de calories ça fait ? Je pèse 60 kg", 150, 450),
        ("ayer corrí 5 km en 28 minutos", "cuántas calorías fueron? peso 62 kg", 250, 400),
    ],
)
async def test_the_burn_of_a_workout_just_logged_asked_in_another_language_is_helios(make_client, tmp_path, log: str, asked: str, low: int, high: int) -> None:
    say = await _chat(make_client, tmp_path)
    await say(log)
    reply = await say(asked)
    assert reply["agent"].startswith("Helios"), reply
    assert any(low <= kcal <= high for kcal in _kcal(reply["message"])), reply["message"]


# -- answers --------------------------------------------------------------------------------------------------------


async def test_walking_vs_running_for_weight_loss_with_bad_knees_then_how_long(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say("is walking as good as running for weight loss? I'm 58 and my knees aren't great"))["message"]
    assert "walking" in reply.lower() and "knees" in reply and "Swimming as exercise" not in reply, reply
    more = (await say("how long should I walk each day?"))["message"]
    assert "30-60 minutes" in more, more


@pytest.mark.parametrize("asked", ["running or walking, which burns more fat? my knees are bad", "is walking better than jogging to lose weight?"])
async def test_walking_or_running_for_weight_loss_other_words(make_client, tmp_path, asked: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say(asked))["message"]
    assert "Walking or running for weight loss" in reply, reply


async def test_what_cutting_means_then_how_long_a_cut_lasts(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    meaning = (await say("what does cutting mean in the gym? my mate said he's cutting before summer"))["message"]
    assert "eating a little less than you burn" in meaning and "bulk" in meaning, meaning
    how_long = (await say("how long does a cut usually last?"))["message"]
    assert "6-16 weeks" in how_long, how_long


async def test_a_cut_on_the_finger_is_still_the_wound_answer(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say("i cut my finger, can i still swim?"))["message"]
    assert "Cutting" not in reply and "bulk" not in reply, reply


@pytest.mark.parametrize(
    "asked",
    ["how mcuh shoud i loose a weak", "how much weight should I lose per week?", "is it safe to lose 2 kg a week?", "what's a healthy rate of weight loss"],
)
async def test_how_much_to_lose_a_week_is_half_to_one_kilo(make_client, tmp_path, asked: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say("i wnat to loose wieght but i hate runing wat can i do")
    reply = (await say(asked))["message"]
    assert "0.5-1 kg (1-2 lb) a week" in reply, reply


async def test_how_long_to_run_then_walk_off_a_big_mac(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    run = (await say("HOW LONG SHUD I RUN 4 TO BURN OFF A BIG MAC"))["message"]
    assert any(470 <= kcal <= 600 for kcal in _kcal(run)), run
    assert run.split("\n")[0].count("min") >= 1 and 40 <= _minutes(run)[0] <= 70, run
    walk = (await say("WAT ABOUT WALKING"))["message"]
    assert "Walking burns" in walk and 90 <= max(_minutes(walk.split("\n")[0])[:2]) <= 150, walk
    assert not _workouts(tmp_path)


@pytest.mark.parametrize(
    ("asked", "what", "low", "high"),
    [
        # not tuned on: another treat, another activity, a figure in kcal, a weight said
        ("how far would I have to walk to burn off a slice of pizza? I'm 85 kg", "Walking", 30, 70),
        ("how long to burn off 300 calories on the bike?", "Cycling", 20, 45),
        ("how long do i need to run to burn off a chocolate bar", "Running", 15, 35),
    ],
)
async def test_how_long_to_burn_off_a_treat_is_helios_answer(make_client, tmp_path, asked: str, what: str, low: int, high: int) -> None:
    say = await _chat(make_client, tmp_path)
    reply = await say(asked)
    assert reply["agent"].startswith("Helios") and f"{what} burns that off in about **" in reply["message"], reply
    assert low <= _minutes(reply["message"])[0] <= high, reply["message"]


async def test_a_week_of_three_runs_to_get_faster_then_on_a_treadmill(make_client, tmp_path) -> None:
    say = await _chat(make_client, tmp_path)
    await say("I can run 5k in 30 min now, how do I get faster?")
    week = (await say("ok what would one week look like? I can run 3 times"))["message"]
    for part in ("Run 1", "Run 2", "Run 3", "intervals", "easy", "long"):
        assert part in week, week
    treadmill = (await say("can I do all of that on a treadmill? it's dark and raining here"))["message"]
    assert treadmill.startswith("Yes") and "1% incline" in treadmill and "faster sessions" in treadmill, treadmill


async def test_a_week_after_another_way_of_asking_to_get_faster(make_client, tmp_path) -> None:
    # not tuned on
    say = await _chat(make_client, tmp_path)
    await say("how do I improve my 10k time?")
    week = (await say("what would a week look like with 4 runs?"))["message"]
    assert "Run 1" in week and "With a 4th run" in week, week


@pytest.mark.parametrize("asked", ["why does it always hurt more on day 2 than day 1?", "why is it worse the second day?"])
async def test_why_soreness_is_worse_on_day_two(make_client, tmp_path, asked: str) -> None:
    say = await _chat(make_client, tmp_path)
    await say("absolutely killed my legs yesterday 💀 can barely walk down the stairs lol. should I train today or rest?")
    reply = (await say(asked))["message"]
    assert "peaks around 24-72 hours" in reply and "day 2" in reply, reply


@pytest.mark.parametrize(
    "asked",
    [
        "that HIIT class nearly killed me 😂 thought I was gonna die on the burpees. how do I get better at them?",
        # not tuned on
        "burpees destroy me every class, any tips to improve?",
        "how do I get better at burpees? I can only do like 5",
    ],
)
async def test_getting_better_at_burpees_then_hiit_four_days_a_week(make_client, tmp_path, asked: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say(asked))["message"]
    assert "Getting better at burpees" in reply and "squat thrust" in reply and "DOMS" not in reply, reply
    often = (await say("would doing HIIT 4 days a week get me there faster?"))["message"]
    assert "2-3 HIIT sessions a week" in often, often


@pytest.mark.parametrize(
    ("start", "days", "why"),
    [
        ("Quiero correr mi primer 5k, ¿me das una rutina? Ahora mismo no corro nada", "Solo puedo 3 días por semana",
         "¿Y por qué tengo que caminar entre las carreras?"),
        # not tuned on: French, Portuguese and English
        ("Je veux courir mon premier 5 km, tu me fais un programme ? Je ne cours pas du tout", "Je ne peux que 3 jours par semaine",
         "Et pourquoi je dois marcher entre les courses ?"),
        ("Quero correr meus primeiros 5 km, me dá um plano? Agora não corro nada", "Só posso 3 dias por semana",
         "E por que tenho que caminhar entre as corridas?"),
        ("I want to run my first 5k, can you give me a routine? I can't run at all right now", "I can only do 3 days a week",
         "and why do I have to walk between the runs?"),
    ],
)
async def test_a_first_5k_asked_in_another_language_is_couch_to_5k_and_why_the_walks(make_client, tmp_path, start: str, days: str, why: str) -> None:
    say = await _chat(make_client, tmp_path)  # the guard's reading of the first message is safety52's
    plan = (await say(start))["message"]
    assert "first 5k plan, week by week" in plan and "walk" in plan, plan
    three = (await say(days))["message"]
    assert "3 runs a week" in three, three
    walks = (await say(why))["message"]
    assert "Why the walk breaks" in walks and "injured" in walks, walks


@pytest.mark.parametrize(("removal", "day", "shown", "logged"), [
    ("delete that, it was yesterday", "yesterday", "yesterday", "2025-06-10"),
    ("remove the run, that was last week", "thursday", "Thu 5 Jun", "2025-06-05"),
])
async def test_a_bare_day_after_the_offer_to_log_it_there_moves_it(make_client, tmp_path, removal: str, day: str, shown: str, logged: str) -> None:
    # not tuned on: the day said alone, after the removal's "Say ... and I'll log it there"
    with pinned(WEDNESDAY):
        say = await _chat(make_client, tmp_path)
        await say("ran 5k this morning")
        await say(removal)
        moved = await say(day)
    assert moved["agent"].startswith("Helios") and "Running" in moved["message"] and shown in moved["message"], moved
    assert [w["date"][:10] for w in _workouts(tmp_path)] == [logged]


async def test_am_i_doing_enough_is_the_week_verdict_or_the_who_answer(make_client, tmp_path) -> None:
    # not tuned on
    say = await _chat(make_client, tmp_path)
    nothing = (await say("am I doing enough exercise?"))["message"]
    assert "150-300 minutes a week" in nothing, nothing
    await say("walked 30 min")
    week = (await say("am I doing enough exercise?"))["message"]
    assert week.startswith("**Not quite yet**: 30 of the WHO's 150"), week


@pytest.mark.parametrize("asked", ["how long does it take to burn off belly fat?", "how long to burn off 5 kg of fat running?"])
async def test_burning_off_body_fat_is_not_a_treat_to_run_off(make_client, tmp_path, asked: str) -> None:
    say = await _chat(make_client, tmp_path)
    reply = (await say(asked))["message"]
    assert "burns that off" not in reply and "kcal a minute" not in reply, reply


async def test_is_that_enough_to_get_a_six_pack_after_a_log_is_the_abs_answer_not_the_week(make_client, tmp_path) -> None:
    from tests.test_agents_lead30 import _socket
    from host.testing import ask

    ws = await _socket(make_client, tmp_path, "abs")
    await ask(ws, "did a 45 min spin class this morning", "1")
    await ask(ws, "and 15 min of abs after", "2")
    reply = await ask(ws, "is that enough to get a six pack?", "3")
    assert "body fat" in reply["message"] and "67 kcal" not in reply["message"], reply["message"]
