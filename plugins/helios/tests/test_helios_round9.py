"""Round 9 follow-ups, everyday training and near-misses: quiet (no-jump) versions of the last
workout, "make it harder" after running advice (and never while it hurts), pain on the outside
of the knee, knees caving in on squats and going lighter, sleep for muscle and how many hours,
making weight for a weight class, training through Ramadan, sore abs, and swapping a move
someone hates. Phrasings are this file's own, not any test set's."""

from __future__ import annotations

import re

import pytest
from host.types import ClassifyContext

from agenthost_helios import faq
from agenthost_helios.routing import classify

JUMPS = re.compile(r"(?<!no )\b(jumping jacks|jump squats?|burpees?|tuck jumps?|box jumps?|skipping|high knees|jump rope)\b", re.I)


@pytest.mark.parametrize(
    "quiet",
    [
        "and no jumping, my downstairs neighbour already hates me",
        "we live in an apartment, keep it quiet",
        "nothing too loud, baby's asleep",
        "can we lose the jumping? neighbours complain",
        "quieter please, thin floors",
        "less noise pls, my neighbour bangs on the ceiling",
    ],
)
async def test_a_quiet_follow_up_drops_the_jumps_from_the_last_workout(chat, quiet):
    await chat("give me a 20 min hiit workout")

    reply = await chat(quiet)

    assert "no jumping" in reply.text and not JUMPS.search(reply.text.split("Say “")[0])
    assert re.search(r"squat|plank|bridge|push-up|lunge", reply.text, re.I)


@pytest.mark.parametrize(
    "quiet",
    ["and no jumping, my downstairs neighbour already hates me", "nothing too loud, baby's asleep",
     "quieter please, thin floors", "something tougher please", "i'm bored", "a bit harder?"],
)
def test_quiet_and_harder_follow_ups_stay_with_helios(quiet):
    assert classify(quiet, ClassifyContext("u", [], {}, last_agent="helios")).score >= 0.7


@pytest.mark.parametrize(
    ("first", "harder"),
    [
        ("I run 5k 3x a week at the same pace. how do I get faster", "make it harder, I'm bored"),
        ("how can I run a faster 5k", "its too easy, step it up"),
        ("how do I improve my 10k time", "something tougher please"),
        ("how do I get faster at running", "make it harder"),
    ],
)
async def test_harder_after_running_advice_is_a_harder_running_session(chat, first, harder):
    await chat(first)

    reply = await chat(harder)

    assert re.search(r"interval", reply.text, re.I) and re.search(r"tempo", reply.text, re.I)
    assert "Source:" in reply.text and "Brisk walk" not in reply.text


@pytest.mark.parametrize(
    "knee",
    [
        "outside of my knee gets sore after about 4k, is that a problem?",
        "my knee hurts on the outer side after 5 km, should I worry?",
        "pain on the outside of my left knee when I run downhill",
        "think I've got IT band issues, knee hurts on long runs",
    ],
)
async def test_pain_on_the_outside_of_the_knee_is_eased_off_with_a_physio_line(chat, knee):
    reply = await chat(knee)

    assert "ITB" in reply.text and "physio" in reply.text and "Ease off" in reply.text
    assert "DOMS" not in reply.text

    harder = await chat("make it harder")

    assert harder.text.startswith("Not while it hurts") and "Intervals" not in harder.text


@pytest.mark.parametrize(
    "valgus",
    [
        "my kness cave in wen i squat whats wrong",
        "when i squat my knees go inward, why?",
        "my knees buckle in on squats",
        "knee valgus when squatting, how to fix",
        "knees caving in at the bottom of my squat",
    ],
)
async def test_knees_caving_in_gets_cues_and_then_yes_go_lighter(chat, valgus):
    reply = await chat(valgus)

    assert "knees out" in reply.text and "glutes" in reply.text and "Source:" in reply.text

    lighter = await chat("shuold i go liter for now")

    assert "lighter" in lighter.text and "10-20%" in lighter.text


def test_the_host_typo_repair_of_cave_into_cake_still_finds_the_answer():
    # host.typos reads "cave" as Ceres' "cake": the pattern takes both beside the knees
    assert faq.find("my knees cake in when i squat").id == "knee_valgus"
    assert faq.find("a piece of cake after squats") is None or faq.find("a piece of cake after squats").id != "knee_valgus"


@pytest.mark.parametrize(
    "sleep",
    ["does sleep actually matter for building muscle or is that a myth", "is sleep important for gains",
     "does lack of sleep kill muscle growth", "sleep and muscle recovery, does it matter?"],
)
async def test_sleep_matters_for_muscle_and_the_hours_follow_up(chat, sleep):
    reply = await chat(sleep)

    assert "matters for building muscle" in reply.text and "7-9 hours" in reply.text and "Source:" in reply.text

    hours = await chat("how many hours should I aim for")

    assert hours.text.startswith("Aim for 7-9 hours") and "Hirshkowitz" in hours.text


@pytest.mark.parametrize(
    "cut",
    [
        "judo comp in 8 weeks, I'm 2 kg over the -73 category. what's a sensible way to get there without feeling flat?",
        "I'm a wrestler, 3 kg over my weight class with 6 weeks to the tournament. how do I make weight?",
        "boxing fight in 5 weeks and I need to lose 2kg to make weight",
        "how do I make weight for my bjj tournament without feeling weak",
    ],
)
async def test_making_weight_is_a_gradual_loss_without_dehydration(chat, cut):
    reply = await chat(cut)

    assert "slowly" in reply.text and "protein" in reply.text and "Avoid sauna suits" in reply.text
    assert "Reale" in reply.text


@pytest.mark.parametrize(
    "fasting",
    [
        "also Ramadan starts during the camp, I'll be fasting daylight hours. how do I keep training?",
        "how should I train during ramadan",
        "can I lift weights while fasting for ramadan?",
        "training tips for ramazan?",
    ],
)
async def test_training_through_ramadan_is_timed_around_iftar(chat, fasting):
    reply = await chat(fasting)

    assert "iftar" in reply.text and "suhoor" in reply.text and "Hydrate" in reply.text
    assert "Chaouachi" in reply.text


def test_ramadan_training_is_helios_and_ramadan_food_is_not():
    nobody = ClassifyContext("u", [], {})
    assert classify("how should I train during ramadan", nobody).score >= 0.6
    assert faq.find("what should I eat for suhoor in ramadan?") is None or classify(
        "what should I eat for suhoor in ramadan?", nobody
    ).score < 0.6


@pytest.mark.parametrize(
    "sore",
    ["and the abs thing, normal?", "my abs are killing me, is that normal", "my glutes are killing me after yesterday",
     "my quads are on fire after leg day is that normal"],
)
async def test_sore_muscles_after_training_are_doms_and_stay_with_helios(chat, sore):
    reply = await chat(sore)

    assert "DOMS" in reply.text
    assert classify(sore, ClassifyContext("u", [], {}, last_agent="ceres")).score >= 0.75


def test_a_diet_question_with_sore_abs_in_it_is_not_claimed_above_the_food_words():
    message = "been dying to try keto, my abs are killing me from yesterday's core class. is keto good for fat loss?"
    assert classify(message, ClassifyContext("u", [], {})).score < 0.7


@pytest.mark.parametrize(
    ("hate", "move"),
    [
        ("burpees are gonna give me a heart attack one day 😂 (kidding, i just hate them). what can i swap them for in a HIIT circuit",
         "burpee"),
        ("what can I replace burpees with in my circuit", "burpee"),
        ("I cant stand mountain climbers, what instead", "mountain climbers"),
        ("I can't stand jumping jacks, what else in a hiit session?", "jumping jacks"),
    ],
)
async def test_a_hated_move_is_swapped_and_a_circuit_follows(chat, on_disk, hate, move):
    reply = await chat(hate)

    assert reply.text.startswith(f"Instead of the {move}")

    circuit = await chat("ok give me a 20 min circuit with those")

    assert "20-minute" in circuit.text and "round" in circuit.text
    assert not (on_disk.lines("workouts.jsonl") or [])  # a request, never a log


@pytest.mark.parametrize(
    "spot",
    ["wat about situps dont they burn it", "do crunches burn belly fat", "can planks get rid of my gut",
     "how do i spot reduce my stomach", "will ab workouts flatten my tummy"],
)
async def test_ab_exercises_dont_burn_the_fat_on_top_and_that_is_helios_answer(chat, spot):
    reply = await chat(spot)

    assert "spot-reduce" in reply.text and "Vispute" in reply.text
    assert classify(spot, ClassifyContext("u", [], {}, last_agent="ceres")).score >= 0.6
