"""Round 20: profile sentences that end "can you remember that?", a foreign "and" between values,
a week described by its running distance or by a sport played "in the week", an exercise on top
of a desk job, and a vegetarian diet said with a food left out ("pure veg, no onion either")."""

from __future__ import annotations

import pytest

from host.follow_ups import leans_on
from host.types import ClassifyContext

from agenthost_general.diet_handoff import diet_arguments, unsaid
from agenthost_general.routing import PROFILE_LIST, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


def facts(message: str) -> dict:
    return {field: fact.value for field, fact in read_profile(message).facts.items()}


@pytest.mark.parametrize(
    "message",
    [
        "52, male, 6ft 1 and 14st 2lb, I cycle to work. Could you save that for me?",
        "I'm 44, woman, 170 cm, 61 kg - please remember all of that",
        "im 29, guy, 5'8, 150lbs. got that?",
    ],
)
def test_asking_to_keep_the_facts_is_no_question_for_another_agent(message):
    reading = read_profile(message)
    assert not reading.question and "save" not in reading.rest and "remember" not in reading.rest
    assert {"age", "sex", "height_cm", "weight_kg"} <= set(reading.facts)
    assert classify(message, CONTEXT).score == PROFILE_LIST


def test_a_question_beside_the_request_to_remember_is_still_a_question():
    reading = read_profile("I'm 40 and 80kg, can you remember that? and how much water should I drink")
    assert reading.question and "water" in reading.rest


def test_a_german_and_between_height_and_weight_is_read():
    assert facts("Hi, I'm Jonas, 31, 179 cm und 74 kg") == {"name": "Jonas", "age": 31, "height_cm": 179.0, "weight_kg": 74.0}


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("I run about 12 km a week", "light"),
        ("I'm 24, 60kg, I run trails, roughly 25 miles a week", "active"),
        ("I jog 20 km per week", "moderate"),
        ("I cycle 150 km a week", "active"),
        ("I play water polo 2x in the week", "light"),
        ("I play handball four times a week", "moderate"),
        ("I do pilates twice in the week", "light"),
    ],
)
def test_a_week_told_by_its_distance_or_a_sport_in_the_week_sets_the_level(message, level):
    assert facts(message)["activity_level"] == level


def test_exercise_on_top_of_a_desk_job_sets_the_level():
    assert facts("31, female, 64 kg, 168 cm, office job, gym 4 times a week")["activity_level"] == "moderate"


def test_a_run_logged_is_still_no_activity_level():
    assert "activity_level" not in facts("I ran 8 km in 45 minutes this morning")


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        ("purely vegetarian", {"diet_type": "vegetarian"}),
        ("pure veggie, no onion either", {"diet_type": "vegetarian", "dislikes": ["onion"]}),
        ("I'm vegan, no mushrooms too", {"diet_type": "vegan", "dislikes": ["mushrooms"]}),
        ("vegetarian no eggs as well", {"diet_type": "vegetarian", "dislikes": ["eggs"]}),
    ],
)
def test_a_food_left_out_beside_a_diet_is_passed_on_as_a_dislike(text, arguments):
    assert diet_arguments(text)[0] == arguments
    assert unsaid(text, diet_arguments(text)[1]) == ""


@pytest.mark.parametrize("text", ["no eggs please", "no meat today, I had a big lunch", "my sister is vegetarian, no eggs"])
def test_a_food_left_out_without_a_diet_of_the_users_is_not_passed_on(text):
    assert "dislikes" not in diet_arguments(text)[0]


# --- Small talk only when the message is small talk ----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Abendessen: Schnitzel with fries and later a Radler, log please",  # "later" inside a sentence
        "hello there, after my spin class my left arm went numb and tingly and it hasn't stopped yet",
    ],
)
async def test_a_greeting_or_later_inside_a_longer_message_is_not_small_talk(chat, message):
    reply = await chat(message)
    assert not reply.text.startswith(("Goodbye", "Hello! I'm General", "Hi again"))


@pytest.mark.parametrize("message", ["laters!", "ok later", "bye for now", "hey there", "thanks a lot!"])
async def test_short_small_talk_is_still_answered_as_such(chat, message):
    reply = await chat(message)
    assert reply.text.startswith(("Goodbye", "Hello! I'm General", "You're welcome"))


@pytest.mark.parametrize(
    "message",
    [
        "good morning, 32 weeks pregnant and since lunch everything looks blurry and my hands are really swollen, is that normal",
        "hiya, splitting headache after my run and I'm seeing spots, is this just dehydration",
    ],
)
async def test_warning_signs_behind_a_greeting_get_the_health_deferral(chat, message):
    reply = await chat(message)
    assert "doctor" in reply.text and "emergency" in reply.text


# --- Follow-ups nobody claims stay with the agent that answered ------------------------------

LOGGED = "Logged your breakfast. This meal: 640 kcal, 21 g protein."


@pytest.mark.parametrize(
    "message",
    [
        "take off the croissant, my son ate it 🙈 I had a bite",  # an edit of what was logged
        "delete the flat white pls, that was yesterday's",
        "swap the honey for jam",
        "pwede ba taho? or puto",  # a short question beside more words
        "geht auch Müsli? oder Quark",
    ],
)
def test_an_edit_or_a_short_question_after_an_answer_leans_on_it(message):
    assert leans_on(message, claimed=False, last_answer=LOGGED)


@pytest.mark.parametrize("message", ["what is the tallest mountain in Africa? and the oldest tree", "which planet has the most moons? and which has rings"])
def test_a_longer_new_question_still_does_not(message):
    assert not leans_on(message, claimed=False, last_answer=LOGGED)


# --- Other languages' profile sentences, numbers in words -----------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ik ben 41, een vrouw, 1,72 m en 70 kilo", {"age": 41, "sex": "female", "height_cm": 172.0, "weight_kg": 70.0}),
        ("Mam 26 lat, jestem kobietą, ważę 58 kg", {"age": 26, "sex": "female", "weight_kg": 58.0}),
        ("Ho 35 anni, 1,70 m e 64 kg", {"age": 35, "height_cm": 170.0, "weight_kg": 64.0}),
        ("Tengo 50 años, 1,60 y 70 kilos", {"age": 50}),  # "1,60" alone is no height to save
        ("I'm 61, five foot two, nine stone", {"age": 61, "height_cm": 157.5, "weight_kg": 57.2}),
    ],
)
def test_profile_sentences_in_other_languages_and_numbers_in_words_are_read(message, expected):
    got = {field: (round(value, 1) if isinstance(value, float) else value) for field, value in facts(message).items()}
    assert expected.items() <= got.items()


def test_keep_that_on_file_is_no_fact_left_over():
    reading = read_profile("38, male, 178cm, 84kg - keep that on file please")
    assert reading.rest == "" and len(reading.facts) == 4


# --- Voice typing: numbers in words, "way" for "weigh" --------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I'm twenty nine and I way 72 kilos", {"age": 29, "weight_kg": 72.0}),
        ("my wait is seventy one kilograms and my height is one seventy eight centimetres", {"weight_kg": 71.0, "height_cm": 178.0}),
        ("I am sixty, male, six foot one", {"age": 60, "sex": "male", "height_cm": 185.4}),
        ("a hundred and ninety pounds, thirty four years old", {"weight_kg": 86.2, "age": 34}),
        ("im 31 yrs old 5ft5 130lbs wnt to tone up", {"age": 31, "height_cm": 165.1, "weight_kg": 59.0}),
    ],
)
def test_numbers_in_words_and_voice_typing_homophones_are_read(message, expected):
    got = {field: (round(value, 1) if isinstance(value, float) else value) for field, value in facts(message).items()}
    assert expected.items() <= got.items()


@pytest.mark.parametrize("message", ["I'm one of those people who skips breakfast", "I have three kids", "I wait twenty minutes for the bus"])
def test_number_words_that_are_no_body_value_are_left_alone(message):
    assert not {"age", "weight_kg", "height_cm"} & set(facts(message))


@pytest.mark.parametrize("message", ["anything that helps the stiffness settle quicker?", "would a foam roller help my calves", "it helps if I eat first, right"])
def test_help_said_as_a_verb_is_no_claim_on_the_message(message):
    assert classify(message, CONTEXT).score < 0.15


@pytest.mark.parametrize("message", ["help", "help me pls", "can u help", "I need a little help"])
def test_asking_for_help_is_still_generals(message):
    assert classify(message, CONTEXT).score >= 0.3


# --- Everyday questions that fell to the fallback --------------------------------------------


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("any tips for a better night time routine?", "sleep_better"),
        ("how do I wind down after a late shift", "sleep_better"),
        ("should I stop screens before bed", "screen_time"),
        ("how do I beat the afternoon slump at work", "tiredness"),
        ("I always feel sluggish after lunch, how do I get more energy", "tiredness"),
    ],
)
def test_everyday_questions_find_their_well_being_topic(message, topic):
    from agenthost_general import wellbeing

    found = wellbeing.find_topic(message)
    assert found is not None and found[0].id == topic


@pytest.mark.parametrize("message", ["my neck aches from sitting at a desk all day", "my hips are stiff from sitting all day"])
def test_pain_from_sitting_is_no_activity_level(message):
    assert "activity_level" not in facts(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("weight: 74 height: 181 age: 36", {"weight_kg": 74.0, "height_cm": 181.0, "age": 36}),
        ("height 1.7m weight 66kg", {"height_cm": 170.0, "weight_kg": 66.0}),
        ("I'm 27 and 59 kg, height is 1 metre 62", {"age": 27, "weight_kg": 59.0, "height_cm": 162.0}),
        ("my weight is 91kg and im 1,88", {"weight_kg": 91.0, "height_cm": 188.0}),
        ("Je suis un homme de 44 ans, je pèse 82 kg", {"sex": "male", "age": 44, "weight_kg": 82.0}),
        ("Sono una donna di 38 anni, alta 1,64, peso 57 kg", {"sex": "female", "age": 38, "height_cm": 164.0, "weight_kg": 57.0}),
    ],
)
def test_labels_decimal_commas_and_romance_ages_are_read(message, expected):
    got = {field: (round(value, 1) if isinstance(value, float) else value) for field, value in facts(message).items()}
    assert expected.items() <= got.items()


def test_a_distance_with_a_decimal_comma_is_no_height():
    assert "height_cm" not in facts("I swam 1,6 km this morning")
