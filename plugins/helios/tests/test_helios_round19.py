"""Round 19: everyday training questions that got a menu, a log question or the wrong answer:
the calories of a workout told with the question (nothing logged unasked), and the rest below.
Phrasings are this file's own."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from host.clock import pinned

WEDNESDAY = datetime(2025, 6, 11, 13, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(WEDNESDAY) as moment:
        yield moment


def kcal(text: str) -> int:
    return int(re.search(r"\*\*(\d+) kcal\*\*", text)[1])


async def test_calories_of_a_run_told_with_the_question_are_estimated_and_offered(chat, on_disk):
    reply = await chat("watch battery went flat on today's run :( did 10k in 55 min, I'm 80 kg, how many calories did I burn?")

    # 10.9 km/h running is ~11 MET (Compendium): about 800 kcal for 80 kg in 55 minutes
    assert 650 <= kcal(reply.text) <= 900, reply.text
    assert "log it" in reply.text.lower()
    assert not on_disk.lines("workouts.jsonl")

    again = await chat("yep, log it")
    assert again.text.startswith("Logged!")
    assert len(on_disk.live("workouts.jsonl")) == 1
    assert "80 kg" in again.text  # the log's weight differs from the one said: it says so


async def test_a_workout_told_without_a_question_mark_is_still_logged(chat, on_disk):
    reply = await chat("cycled 20 km in 50 minutes, how many calories did i burn")
    assert reply.text.startswith("Logged!")


async def test_how_much_an_activity_burns_is_helios_estimate():
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify("how many calories would 40 minutes of rowing burn for me?", context).score > 0.55
    assert routing.classify("how many calories should I eat on a day I row for 40 minutes?", context).score <= 0.4


@pytest.mark.parametrize(
    ("said", "topic", "expected"),
    [
        ("thinking of buying a garmin chest strap, or is my watch's wrist heart rate accurate enough?", "Chest strap or wrist heart rate", "more accurate"),
        ("on a cut right now, is it better to switch to lighter weights and high reps?", "Lifting while cutting", "Keep lifting heavy"),
        ("coach has us running suicides after every training, how can I get quicker at them", "Shuttle sprints (suicides)", "shuttle"),
        ("how do I build my aerobic base, what zones should I be in?", "Training zones for base fitness", "80%"),
        ("I cycle to work every day, 40 minutes, does that count as exercise?", "Does it count as exercise?", "Yes, it counts"),
        ("my labrador keeps limping after our runs, should I keep taking him?", "A dog limping after a run", "vet"),
        ("my sister's puppy hurt her paw, is paracetamol ok for dogs?", "Painkillers for a dog", "toxic"),
    ],
)
async def test_everyday_questions_get_their_curated_answer(chat, said, topic, expected):
    reply = await chat(said)

    assert reply.text.startswith(f"**{topic}**"), reply.text
    assert expected in reply.text


async def test_how_often_after_the_shuttle_sprint_answer(chat):
    await chat("we do line sprints at the end of netball training and I'm always the slowest")
    again = await chat("how often should I do extra ones?")
    assert "Twice a week" in again.text and "48 hours" in again.text


async def test_a_step_count_at_work_counts_and_strength_is_still_advised(chat):
    reply = await chat("I'm a postman, walk about 18k steps a day on my round, do I still need to exercise?")
    assert "counts" in reply.text and "strength" in reply.text


async def test_when_to_run_the_dog_again_follows_the_vet_answer(chat):
    await chat("can I give my dog some of my naproxen? she went lame after our trail run")
    again = await chat("and when can she come running with me again?")
    assert "vet" in again.text and "gradually" in again.text


async def test_a_question_about_a_heart_rate_in_an_interval_is_not_a_log(chat, on_disk):
    reply = await chat("got to 191 bpm in my last hill rep tonight, I'm 26. is that too high? felt ok after")

    assert reply.text.startswith("**A high heart rate in hard efforts**"), reply.text
    assert "191 is about 98%" in reply.text
    assert not on_disk.lines("workouts.jsonl")


async def test_base_zones_give_zone_2_for_the_age_said(chat):
    reply = await chat("I'm 40, which heart rate zones should I train in for my base fitness?")
    assert "zone 2" in reply.text and "108-126 bpm" in reply.text


async def test_soreness_said_as_what_was_done_to_the_day_is_recovery_not_a_workout(chat):
    reply = await chat("totally smashed arm day, my arms are jelly. any way to recover quicker?")
    assert reply.text.startswith("**Sore muscles: faster recovery**"), reply.text

    again = await chat("can i hit arms again tomorrow?")
    assert "2-3 days" in again.text


async def test_a_lift_with_its_weight_and_reps_gets_a_concrete_next_step(chat, on_disk):
    reply = await chat("leg press is at 100kg for 3 sets of 10 atm, where do I go from here?")

    assert "3×11" in reply.text and "3×12" in reply.text and "to 105-110 kg" in reply.text, reply.text
    assert not on_disk.lines("workouts.jsonl")

    again = await chat("and my overhead press, 30 kg 4x6?")
    assert "to 31-32.5 kg" in again.text and "4×7" in again.text, again.text


async def test_heavy_low_reps_add_weight_once_every_set_is_done(chat):
    reply = await chat("deadlifting 225 lbs 5x3, when should i increase?")
    assert "add 10-20 lb (to 235-245 lb)" in reply.text, reply.text


async def test_strength_on_two_weekdays_is_a_routine_looked_at_not_a_log(chat, on_disk):
    await chat("I'm 71 and do a 20 minute walk most days, do I need days off from that?")
    reply = await chat("my daughter and I have started lifting weights on mondays and thursdays too")

    assert "48 hours" in reply.text and "Mondays and Thursdays" in reply.text, reply.text
    assert not on_disk.lines("workouts.jsonl")


async def test_strength_on_back_to_back_days_gets_the_split_advice(chat):
    reply = await chat("I've started doing dumbbells on saturdays and sundays")
    assert "back to back" in reply.text and "48 hours" in reply.text


async def test_a_cardio_habit_counts_and_strength_is_suggested(chat, on_disk):
    reply = await chat("we go cycling every wednesday evening with the club")
    assert "150-300" in reply.text and "strength" in reply.text
    assert not on_disk.lines("workouts.jsonl")


def test_a_training_habit_routes_to_helios():
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify("started doing weights with my neighbour on wednesdays and fridays", context).score >= 0.6


async def test_calories_asked_in_few_words_for_a_workout_told(chat, on_disk):
    reply = await chat("did a 45 minute boxing class tonight, forgot my watch. calories?")
    assert "kcal" in reply.text and "log it" in reply.text.lower(), reply.text
    assert not on_disk.lines("workouts.jsonl")


def test_a_workout_told_with_its_calories_asked_routes_to_helios():
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify("swam 2km in 50 minutes this morning, any idea how many kcal?", context).score >= 0.6
    # what to eat after it stays an eating question
    assert routing.classify("swam 2km this morning, how many calories should I eat today?", context).score <= 0.4
    assert routing.classify("is my garmin heart rate accurate or do I need a chest strap?", context).score >= 0.7
    assert routing.classify("should I lift lighter while dieting?", context).score >= 0.7


def test_faster_and_heavier_stay_as_typed():
    """'recover faster' is no 'recover fasted' (Ceres' fasted cardio), 'heavier' no 'heavies'."""
    pytest.importorskip("agenthost_ceres")
    import importlib

    from host.typos import TypoRepair, vocabulary_of

    repair = TypoRepair(vocabulary_of([importlib.import_module(f"agenthost_{a}.routing").classify for a in ("ceres", "helios")]))
    assert repair("how do i recover faster, should i go heavier").changes == ()


async def test_does_that_count_answers_first_then_logs_with_the_time_given(chat, on_disk):
    reply = await chat("walked to the shops and back, 3km each way, would that count as exercise")
    assert reply.text.startswith("**Does it count as exercise?**"), reply.text
    assert not on_disk.lines("workouts.jsonl")

    again = await chat("log it, 25 minutes each way")
    assert again.text.startswith("Logged!")
    [walk] = on_disk.live("workouts.jsonl")
    assert walk["duration_min"] == 50 and walk["distance_km"] == 6


async def test_steps_at_work_with_still_need_to_work_out_is_the_counts_answer(chat):
    reply = await chat("i clock about 15k steps a day as a waiter, do i still need to work out?")
    assert reply.text.startswith("**Does it count as exercise?**") and "strength" in reply.text


async def test_a_progression_asked_for_by_name(chat):
    reply = await chat("what's a sensible progression from 30kg rows 3x8")
    assert "3×9" in reply.text and "to 31-32.5 kg" in reply.text, reply.text  # an upper-body lift: the smaller step


async def test_a_week_of_two_activities_is_looked_at_as_a_whole(chat, on_disk):
    reply = await chat("I climb twice a week and run 3x a week, is that ok?")
    assert reply.text.startswith("5 sessions a week") and "rest day" in reply.text, reply.text
    assert not on_disk.lines("workouts.jsonl")


@pytest.mark.parametrize("said", ["should i do legs again tomorrow or leave it", "trained back yesterday, can i hit back again today?"])
async def test_the_same_muscles_again_the_next_day_is_when_to_train_again(chat, said):
    reply = await chat(said)
    assert reply.text.startswith("**When to train a sore muscle again**"), reply.text


async def test_a_max_said_without_bpm_is_a_heart_rate(chat):
    reply = await chat("strava showed 189 max on my parkrun, I'm 33, is that dangerous?")
    assert reply.text.startswith("**A high heart rate in hard efforts**"), reply.text
    assert "189 is about 101%" in reply.text


async def _guard_answered(chat, message: str, category: str) -> None:
    """The guard's answer to `message` in the history, as the dispatcher records it."""
    from host import records
    from host.types import Inbound, Intervention, Reply, RoutingDecision

    from agenthost_helios.records import now

    flag = Intervention(category, "urgent", f"{category}.test", action="answer", reply="You're not alone.")
    await chat.store.append_history([
        records.user_record(Inbound(user_id=chat.store.user_id, text=message, message_id="g1"), now()),
        records.assistant_record(
            reply=Reply(flag.reply), agent="safety", reply_id="r-g1", reply_to="g1",
            routing=RoutingDecision("safety", 1.0, "safety", {}), safety=flag,
        ),
    ])


@pytest.mark.parametrize("said", ["stop giving me helpline numbers, I just want to train", "i just wanna go to the gym tbh"])
async def test_after_the_guards_self_harm_answer_training_talk_keeps_the_support(chat, said):
    await _guard_answered(chat, "honestly been thinking of ending it, lifting is all I've got", "self_harm")

    reply = await chat(said)
    assert "112" in reply.text and "findahelpline.com" in reply.text, reply.text
    assert "Helios here" not in reply.text and reply.text.count("?") <= 1 and len(reply.text.split()) <= 80


@pytest.mark.parametrize(
    "said",
    [
        "10 weeks pregnant and I lift heavy 4x a week like before, fine to carry on?",
        "I'm 20 weeks pregnant, I spar at boxing twice a week, ok to keep going?",
    ],
)
async def test_a_habit_told_in_pregnancy_gets_the_pregnancy_answer(chat, said):
    reply = await chat(said)
    assert reply.metadata["intent"] == "gentle", reply.text
    assert "midwife" in reply.text


async def test_a_habit_with_another_question_answers_that_question(chat):
    reply = await chat("I run 3 times a week, how do I stop my shins hurting?")
    assert reply.metadata["intent"] != "habit", reply.text


async def test_a_heart_rate_figure_with_a_zones_question_gets_the_zones(chat):
    reply = await chat("my hr got to 178 on the hills today, which zones should I train in?")
    assert "zone" in reply.text.lower() and not reply.text.startswith("**A high heart rate")


def test_strips_and_scrap_stay_as_typed():
    """Helios' words must not pull Ceres' 'strips of bacon' or 'scrap the juice' into 'straps'."""
    pytest.importorskip("agenthost_ceres")
    import importlib

    from host.typos import TypoRepair, vocabulary_of

    repair = TypoRepair(
        vocabulary_of([importlib.import_module(f"agenthost_{a}.routing").classify for a in ("ceres", "helios")])
    )
    assert repair("2 strips of bacon, actually scrap the juice").changes == ()


async def test_weeks_along_said_in_portuguese_is_a_pregnancy_and_ate_is_until(chat):
    reply = await chat("estou de 18 semanas, posso fazer agachamento pesado até a falha? qual treino?")
    assert reply.metadata["intent"] == "gentle", reply.text
    assert "midwife" in reply.text and "Ceres" not in reply.text


def test_a_workout_asked_for_in_portuguese_or_spanish_routes_to_helios():
    from host.types import ClassifyContext

    from agenthost_helios import routing

    context = ClassifyContext(user_id="u", history=[], profile={})
    assert routing.classify("me passa um treino pra hoje", context).score >= 0.6
    assert routing.classify("quiero un entrenamiento para hoy", context).score >= 0.6


@pytest.mark.parametrize("said", ["and what about after the gym? I train right after work", "ok how about before my run?"])
def test_what_about_around_training_after_ceres_answer_stays_hers(said):
    from host.types import ClassifyContext

    from agenthost_helios import routing

    history = [{"role": "user", "text": "quick breakfast ideas?"}, {"role": "assistant", "agent": "ceres", "text": "Here are 3 ideas"}]
    assert routing.classify(said, ClassifyContext("u", history, {}, last_agent="ceres")).score == 0.0
    # without Ceres' answer before it, it is not deferred
    assert routing.classify("what about after the gym, should I stretch?", ClassifyContext("u", [], {})).score > 0


async def test_dinner_asked_in_spanish_after_the_gym_is_handed_to_ceres(chat):
    from host.types import ClassifyContext

    from agenthost_helios import routing

    said = "salí del gym con mucha hambre, ¿qué ceno? tengo pasta y atún"
    assert routing.classify(said, ClassifyContext("u", [], {})).score <= 0.4
    reply = await chat(said)
    assert "Ceres" in reply.text and "Helios here" not in reply.text
