"""Someone else's pregnancy read as the user's: "My wife's 7 months pregnant ... can you give me a 3 day gym plan?"
got the pregnancy answer ("check with your midwife") because any "me" or "I" in the message made the pregnancy
his; "my mate's pregnant labrador ... does walking a dog count as exercise for me?" got it too. Only the user's own
pregnancy said outright ("I'm 7 months pregnant", "my bump") is theirs now; a partner's, sister's, client's or an
animal's gets the user's own answer. And "the least painful way to burn fat" / "allergic to cardio lol" got the
injury answer ("Sorry to hear that ... see a doctor or physio"): a figure of speech about a way to train."""

from __future__ import annotations

import pytest

PREGNANCY_WORDS = ("midwife", "maternity", "trimester", "vet")


@pytest.mark.parametrize(
    "message",
    [
        "My wife's 7 months pregnant and I want to get fit before the baby arrives so I can keep up lol. 35M, 95 kg. Can you give me a 3 day gym plan?",
        "my girlfriend is 30 weeks pregnant and I'd like a beginner gym plan for me, 3 days a week",
        "My partner's 6 months pregnant, I'm 40M and want to get stronger before the baby comes. Can you make me a 3 day plan?",
        "my sister is pregnant and it got me thinking I should sort myself out. give me a 3 day workout plan",
    ],
)
async def test_someone_elses_pregnancy_gets_the_users_own_plan(chat, message: str) -> None:
    reply = await chat(message)
    assert "Mon" in reply.text and "×" in reply.text, reply.text
    assert not any(word in reply.text.lower() for word in PREGNANCY_WORDS), reply.text


async def test_the_users_own_pregnancy_still_gets_the_pregnancy_answer(chat) -> None:
    reply = await chat("I'm 7 months pregnant, can you give me a 3 day gym plan?")
    assert "midwife" in reply.text and "Mon –" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Looking after my mate's pregnant labrador for a week lol, so loads of walks. Does walking a dog actually count as exercise for me?",
        "my neighbour's spaniel is pregnant and I'm walking her every day, does that count as exercise for me?",
        "our cat is expecting kittens lol. anyway does dog walking count as exercise?",
    ],
)
async def test_an_animals_pregnancy_is_not_the_users(chat, message: str) -> None:
    reply = await chat(message)
    assert "counts" in reply.text.lower() or "yes" in reply.text.lower(), reply.text
    assert not any(word in reply.text.lower() for word in ("midwife", "maternity", "trimester")), reply.text


async def test_dog_walking_calories_after_a_pregnant_dog(chat) -> None:
    await chat("Looking after my mate's pregnant labrador for a week lol, so loads of walks. Does walking a dog actually count as exercise for me?")
    reply = await chat("roughly how many calories would an hour of dog walking burn for me? I'm 75 kg")
    assert "kcal" in reply.text and "midwife" not in reply.text, reply.text


async def test_a_pregnant_dog_asked_about_is_still_for_the_vet(chat) -> None:
    reply = await chat("our dog is pregnant lol, can she still come on my runs?")
    assert "vet" in reply.text and "midwife" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "lol I'm allergic to cardio 😂 what's the least painful way to burn fat?",
        "what's the least painful way to burn fat? I hate the treadmill",
        "I'm allergic to exercise haha, what's the least painful way to lose weight?",
    ],
)
async def test_a_joke_about_cardio_gets_a_fat_loss_answer_not_an_injury_one(chat, message: str) -> None:
    reply = await chat(message)
    assert "Sorry to hear" not in reply.text, reply.text
    assert any(word in reply.text.lower() for word in ("walk", "strength", "weight", "minutes", "food")), reply.text


async def test_real_pain_still_gets_the_injury_answer(chat) -> None:
    reply = await chat("what's the least painful way to burn fat? my back hurts when I run")
    assert "doctor or physio" in reply.text, reply.text


# Everyday training questions in other languages got "That's one I don't have a sourced answer for" where Helios
# has the English answer: the best time of day to train, a beginner's gym routine, cardio before a competition.
@pytest.mark.parametrize(
    "message",
    [
        "oi! to fazendo academia faz 2 meses, qual o melhor horário pra treinar, manhã ou noite?",
        "¿Es mejor entrenar por la mañana o por la noche?",
        "Quel est le meilleur moment pour s'entraîner, le matin ou le soir ?",
        "Soll ich lieber morgens oder abends trainieren?",
        "meglio allenarsi la mattina o la sera?",
        "Is het beter om 's ochtends of 's avonds te trainen?",
        "lepiej trenować rano czy wieczorem?",
    ],
)
async def test_morning_or_evening_in_other_languages_gets_the_answer(chat, message: str) -> None:
    reply = await chat(message)
    assert "Morning or evening" in reply.text and "sourced answer" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Cześć, jaki trening na siłowni dla początkującego?",
        "welcher Trainingsplan für Anfänger im Fitnessstudio?",
        "¿qué rutina de gimnasio para principiantes me recomiendas?",
        "what workout at the gym for a beginner?",
    ],
)
async def test_a_beginner_gym_routine_in_other_languages_gets_a_plan(chat, message: str) -> None:
    reply = await chat(message)
    assert "Mon" in reply.text and "×" in reply.text and "sourced answer" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Hoi, ik doe over 4 weken mee aan een bikini fitness wedstrijd. Wat is goede cardio voor de laatste weken?",
        "what's good cardio for the last few weeks before my bikini comp?",
    ],
)
async def test_cardio_before_a_competition_gets_an_answer(chat, message: str) -> None:
    reply = await chat(message)
    assert "sourced answer" not in reply.text and "minutes" in reply.text, reply.text
