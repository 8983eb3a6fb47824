"""Round 24: everyday training questions as people type them, answered by Helios with a named
source (illness, a hangover, heat, asthma, type 2 diabetes, after covid, teenagers, running shoes,
cramp, the pelvic floor, swimming, clicking knees, overtraining), their follow-ups, and exercise in
pregnancy: routed to Helios (not General's "I'm not a medical service") and answered in about 80
words. Phrasings are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat

from agenthost_helios import faq


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("ive got a stinking cold, should i still hit the gym tonight", "sick"),
        ("can i go for a run with a sore throat", "sick"),
        ("is it ok to lift if i have a sore throat", "sick"),
        ("is it ok to work out with a hangover lol", "hangover_training"),
        ("sooo hungover, will a run sweat it out", "hangover_training"),
        ("tips for running in the heat? its 32 degrees here", "hot_weather"),
        ("running in 35 degree heat, any tips?", "hot_weather"),
        ("i have asthma, can i still run", "asthma_exercise"),
        ("asthmatic and my chest gets wheezy at the gym, what should i do", "asthma_exercise"),
        ("i have type 2 diabetes, what exercise is best", "diabetes_exercise"),
        ("pre diabetic, what exercise should i do", "diabetes_exercise"),
        ("had covid 3 weeks ago, when can i go back to the gym", "after_covid"),
        ("when can i exercise after covid", "after_covid"),
        ("my son is 14, can he lift weights?", "teen_lifting"),
        ("does lifting weights stunt your growth", "teen_lifting"),
        ("how much exercise does a teenager need", "teen_activity"),
        ("do i need proper running shoes or are my old trainers fine", "running_shoes"),
        ("woke up at 3am with a horrible cramp in my calf after my run, how do i stop that", "cramp"),
        ("my calves keep cramping up during my runs", "cramp"),
        ("how do i do pelvic floor exercises", "pelvic_floor"),
        ("i leak a bit when i jump or run, is that normal", "pelvic_floor"),
        ("is swimming good exercise", "swimming_exercise"),
        ("my knees click when i squat is that bad", "knee_clicking"),
        ("i think im overtraining, always tired and my lifts are going down", "overtraining"),
        ("i'm 72 and have bad balance what can i do", "balance"),
    ],
)
def test_everyday_questions_have_sourced_answers(said, answer):
    found = faq.find(said)
    assert found is not None and found.id == answer, found
    assert found.source


@pytest.mark.parametrize(
    "said",
    [
        "period cramps, can i still work out?",  # not a leg cramp
        "my knee clicks and it really hurts when i squat",  # pain: not "usually harmless"
        "my daughter and I have started lifting weights on mondays and thursdays",  # not a teenager
        "ran in the sun for an hour, how many calories did i burn",  # calories, not heat advice
    ],
)
def test_near_misses_get_other_answers(said):
    found = faq.find(said)
    assert found is None or found.id not in ("cramp", "knee_clicking", "teen_lifting", "hot_weather"), found


async def test_a_cold_then_chest_symptoms_and_how_long(chat):
    reply = await chat("got a cold, can i still train?")
    assert "neck check" in reply.text and "Mayo Clinic" in reply.text
    reply = await chat("how long should i wait?")
    assert "felt better for a day or two" in reply.text, reply.text


async def test_over_75_follow_up_after_the_later_life_answer(chat):
    await chat("im 67 and want to start lifting weights, is it safe?")
    reply = await chat("and if I'm over 75?")
    assert "balance" in reply.text and "3 or more days" in reply.text, reply.text
    assert "Starting later in life" not in reply.text  # not the same answer again


async def test_why_after_a_new_answer_gives_the_reasoning(chat):
    await chat("had covid 3 weeks ago, when can i go back to the gym")
    reply = await chat("why?")
    assert "inflame the heart" in reply.text and "BMJ 2021" in reply.text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I'm pregnant, is scuba diving ok on holiday?", "Scuba diving is best avoided"),
        ("im 20 weeks pregnant can i keep swimming", "Yes, usually. In an uncomplicated pregnancy, swimming"),
        ("pregnant, can i still play football with my sunday league?", "Football is best paused in pregnancy"),
        ("20 weeks pregnant can i still go skiing", "Skiing is best paused in pregnancy"),
    ],
)
async def test_an_activity_in_pregnancy_gets_a_short_answer(chat, said, expected):
    reply = await chat(said)
    assert reply.metadata["intent"] == "gentle"
    assert reply.text.startswith(expected), reply.text
    assert "midwife" in reply.text and "bleeding" in reply.text
    # 85 words, and 10 more for "if you did it before, you can usually keep going" when they ask to keep going (ACOG)
    assert len(reply.text.split()) <= (95 if "keep" in said else 85), len(reply.text.split())


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I'm pregnant, is scuba diving ok on holiday?", "Scuba diving is best avoided"),
        ("pregnant, can i still play football with my sunday league?", "Football is best paused"),
        ("estoy embarazada, puedo nadar?", "swimming is generally fine"),
        ("ich bin schwanger, darf ich noch joggen?", "running is generally fine"),
        ("i think im overtraining, always tired and my lifts are going down", "**Overtraining**"),
        ("i'm 72 and have bad balance what can i do", "**Exercises for balance**"),
        ("our dog is pregnant lol, can she still come on my morning runs?", "That's one for her vet"),
    ],
)
async def test_the_router_gives_these_to_helios(app_chat, said, expected):
    frame = await app_chat.ask(said)
    assert frame["metadata"]["agent_id"] == "helios", frame["message"]
    assert expected in frame["message"]
    assert "I'm not a medical service" not in frame["message"] and len(frame["message"].split()) <= 120


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("should i run through a cold", "sick"),
        ("can i exercise on my period", "period_exercise"),
        ("is it ok to go swimming during my period", "period_exercise"),
        ("is it safe to exercise while breastfeeding", "breastfeeding_exercise"),
        ("will going to the gym affect my milk supply", "breastfeeding_exercise"),
        ("feeling really stressed, will exercise help", "exercise_mood"),
        ("does running help with anxiety", "exercise_mood"),
        ("i get headaches after working out", "exercise_headache"),
        ("can you get fit just walking the dog", "walking"),
        ("how can i get my teenager off screens and more active", "teen_activity"),
    ],
)
def test_more_everyday_questions_have_sourced_answers(said, answer):
    found = faq.find(said)
    assert found is not None and found.id == answer, found


def test_a_sudden_severe_headache_is_not_the_everyday_answer():
    found = faq.find("sudden worst headache of my life during my workout")
    assert found is None or found.id != "exercise_headache"


async def test_back_pain_asked_whether_to_keep_exercising_is_no_plan(chat, on_disk):
    reply = await chat("my lower back hurts, should i keep exercising")
    assert reply.metadata["intent"] == "pain", reply.metadata
    assert "doctor or physio" in reply.text and "walking" in reply.text
    assert on_disk.raw("workouts.json") is None  # no plan saved


async def test_a_known_condition_without_symptoms_is_not_told_about_symptoms(app_chat):
    frame = await app_chat.ask("im 65 and have high blood pressure can i lift weights")
    assert frame["metadata"]["agent_id"] == "helios"
    assert "see a doctor first" in frame["message"]
    assert "symptoms you mentioned" not in frame["message"]


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("i have asthma, can i still run", "what if i'm over 60?", "balance work to prevent falls"),
        ("is it ok to work out with a hangover", "what about a light jog?", "a short, easy jog is fine"),
        ("had covid 3 weeks ago, when can i go back to the gym", "what if i still get breathless?", "long covid"),
        ("my son is 14, can he lift weights?", "how often?", "2-3 sessions a week on non-consecutive days"),
        ("is swimming good exercise", "how many times a week?", "3 swims of 30-50 minutes"),
        ("tips for running in the heat", "what should i drink?", "5-7 ml per kg"),
        ("how do i do pelvic floor exercises", "how long until it works?", "about 3 months"),
        ("i think im overtraining", "how long should i rest?", "within days to 2 weeks"),
    ],
)
async def test_follow_ups_stay_within_the_new_answers(chat, first, follow_up, expected):
    await chat(first)
    reply = await chat(follow_up)
    assert expected in reply.text, reply.text
    assert len(reply.text.split()) <= 130


def test_type_1_diabetes_has_its_own_answer():
    found = faq.find("i have type 1 diabetes, any tips for exercise")
    assert found is not None and found.id == "type1_exercise"
    assert "ketones" in found.answer and "Riddell" in found.source


@pytest.mark.parametrize(
    "said",
    [
        "how often should i train a week",
        "how often should a beginner train per week",
        "wie oft sollte ich pro woche trainieren?",
        "combien de fois par semaine je dois m'entraîner ?",
        "¿cuántas veces a la semana debo entrenar?",
        "con qué frecuencia debo ir al gimnasio",
    ],
)
def test_how_often_to_train_has_a_sourced_answer_in_several_languages(said):
    found = faq.find(said)
    assert found is not None and found.id == "training_frequency", found
    assert "3-5 days a week" in found.answer and "WHO" in found.source


async def test_a_german_question_on_training_is_helios_not_the_menu(app_chat):
    frame = await app_chat.ask("wie oft sollte ich pro woche trainieren?")
    assert frame["metadata"]["agent_id"] == "helios"
    assert "3-5 days a week" in frame["message"]


@pytest.mark.parametrize(
    "said",
    ["which exercises should i avoid when pregnant", "I'm 10 weeks pregnant, what exercise is safe?", "estoy embarazada, puedo hacer ejercicio?"],
)
async def test_a_plain_pregnancy_question_gets_the_essentials_in_about_90_words(app_chat, said):
    frame = await app_chat.ask(said)
    text = frame["message"]
    assert frame["metadata"]["agent_id"] == "helios"
    assert "150 minutes" in text and "midwife" in text and "scuba diving" in text and "lying flat" in text
    assert "bleeding" in text and "able to talk" in text
    assert len(text.split()) <= 95, len(text.split())


async def test_pelvic_floor_in_pregnancy_gets_the_exercises(app_chat):
    await app_chat.ask("i'm 20 weeks pregnant, can i keep jogging easy?")
    frame = await app_chat.ask("what about pelvic floor, when should i start doing those exercises")
    assert frame["metadata"]["agent_id"] == "helios"
    assert "**Pelvic floor exercises**" in frame["message"] and "in pregnancy" in frame["message"]


async def test_the_short_pregnancy_answers_say_to_call_now(chat):
    reply = await chat("is swimming ok at 28 weeks pregnant? I used to swim competitively")
    assert reply.text.startswith("Yes, usually.")
    assert "now, without waiting for an appointment" in reply.text


async def test_a_good_pace_for_a_beginner_is_the_pace_answer_not_a_session(chat):
    reply = await chat("what's a good running pace for a beginner, I'm doing like 7 min/km")
    assert reply.text.startswith("**Running pace**"), reply.text
    assert "talk test" in reply.text


@pytest.mark.parametrize(
    "said",
    ["combien de fois par semaine je dois courir ?", "wie oft sollte ich pro Woche laufen gehen?", "¿cuántas veces a la semana debo correr?"],
)
def test_how_often_to_run_in_french_german_and_spanish(said):
    found = faq.find(said)
    assert found is not None and found.id == "running_frequency", found
