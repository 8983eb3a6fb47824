"""Everyday 48: a health episode at a workout ("I had a panic attack at the gym", "had an asthma attack
on my run") got "Love it! 🔥 How long did it take?" and a workout to log; it gets what to do about it
now, and nothing is logged. Training for an event said in Spanish, French, German, Italian or
Portuguese ("estoy entrenando para un maratón") logged a 42 km run; it is the goal now."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("I had a panic attack at the gym", "breathe slowly"),
        ("had an anxiety attack halfway through my spin class", "breathe slowly"),
        ("had an asthma attack on my run", "reliever inhaler"),
        ("my asthma played up during football training", "reliever inhaler"),
        ("got a massive migraine after my hiit session", "emergency care"),
        ("threw up after leg day lol", "Sip water"),
    ],
)
async def test_a_health_episode_at_a_workout_is_cared_for_not_logged(chat, on_disk, message: str, said: str) -> None:
    reply = await chat(message)
    assert said in reply.text and "Love it" not in reply.text and "Logged" not in reply.text, reply.text
    assert not on_disk.live("workouts.jsonl"), reply.text


async def test_a_fall_on_a_run_gets_the_injury_answer(chat) -> None:
    reply = await chat("I had a fall on my run this morning")
    assert "doctor or physio" in reply.text and "Love it" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "estoy entrenando para un maratón",
        "entreno para una media maratón en octubre",
        "je m'entraîne pour un semi-marathon",
        "ich trainiere für einen Halbmarathon",
        "sto preparando una mezza maratona",
        "estou treinando para uma maratona",
    ],
)
async def test_training_for_an_event_abroad_is_a_goal_not_a_run(chat, on_disk, message: str) -> None:
    reply = await chat(message)
    assert "Goal locked in" in reply.text and "Logged" not in reply.text, reply.text
    assert not on_disk.live("workouts.jsonl"), reply.text


async def test_a_run_told_in_spanish_is_still_logged(chat) -> None:
    reply = await chat("ayer corrí 10 km en 55 minutos")
    assert reply.text.startswith("Logged"), reply.text


@pytest.mark.parametrize(
    "message",
    ["why can't I just do loads of crunches?", "why not just do hundreds of sit-ups?", "won't sit-ups burn my stomach fat?", "why don't ab workouts get rid of belly fat?"],
)
async def test_why_crunches_dont_burn_belly_fat(chat, message: str) -> None:
    await chat("how do I lose belly fat?")
    reply = await chat(message)
    assert "doesn't burn the fat on top of it" in reply.text and "Bicycle crunch" not in reply.text, reply.text


async def test_how_to_crunch_is_still_the_exercise(chat) -> None:
    reply = await chat("how do I do a crunch?")
    assert "crunch" in reply.text.lower() and "fat on top" not in reply.text, reply.text
