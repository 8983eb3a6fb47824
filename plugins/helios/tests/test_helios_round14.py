"""Round 14: past experience told as context for a plan change is not a workout done today,
corrections and volume totals of lifts, everyday answers (hard-effort breathlessness and a
build-up, soreness and when to train the muscle again, exercise before a fasting blood test,
what to do on rest days, training with osteoporosis, gaining muscle when skinny, a one-session
workout for named muscles) and a food named with a place word left to Ceres. Phrasings are this
file's own, not any test set's."""

from __future__ import annotations

import pytest
from agenthost_helios.routing import classify

from host.types import ClassifyContext


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    "context",
    [
        "actually i've done a 5k before, make it harder",
        "I've run a few half marathons before, can you make it harder?",
        "i have done 10k races in the past so make it tougher",
        "ive ran 5k plenty of times, make it more challenging",
        "I used to run marathons, make it harder",
        "tbh I've done parkrun loads of times, step it up",
    ],
)
async def test_past_experience_with_a_plan_change_is_not_logged(chat, on_disk, context):
    await chat("plan me a beginner running schedule for my first 5k")

    reply = await chat(context)

    assert live(on_disk) == []
    assert reply.metadata["intent"] == "plan_change" and "intermediate" in reply.text


@pytest.mark.parametrize(
    "done",
    ["I did a 5k this morning in 30 min", "i've done 10 min of stretching before my run", "ran 3k today"],
)
async def test_a_workout_done_today_after_a_plan_is_still_logged(chat, on_disk, done):
    await chat("plan me a beginner running schedule for my first 5k")

    await chat(done)

    assert len(live(on_disk)) == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was my total volume on bench?", "4×8×60 kg = **1,920 kg**"),
        ("bench volume this week?", "1,920 kg"),
        ("how much volume did I do on rows", "3×10×55 kg = **1,650 kg**"),
        ("what's my total volume?", "**3,570 kg**"),
        ("how much weight did I lift this week?", "3,570 kg"),
        ("volume on squats?", "I don't see a squat"),
    ],
)
async def test_volume_is_sets_by_reps_by_kg_of_the_lift_asked_after_a_correction(chat, question, expected):
    await chat("bench 4x8 @ 60kg, rows 3x10 @ 50kg, then 3 sets of 12 walking lunges")
    fixed = await chat("oops the rows were 55kg not 50")
    assert "55 kg" in fixed.text and "row" in fixed.text.lower()

    reply = await chat(question)

    assert expected in reply.text.split("\n\n")[0]


@pytest.mark.parametrize("message", ["3 sets of 12 walking lunges", "walking lunges 3x10 after a 20 min walk"])
async def test_walking_lunges_are_lunges_not_a_walk(chat, on_disk, message):
    await chat(message)

    lunges = [w for w in live(on_disk) if w.get("sets")]
    assert [(w["activity"], w["exercise"]) for w in lunges] == [("calisthenics", "Walking lunge")]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            (
                "first hill sprint session today absolutely destroyed me, lungs on fire for a minute after each then fine. "
                "how many should i build up to?"
            ),
            "8-10 repeats",
        ),
        ("how many hill sprints should a beginner build up to?", "4-6 short hill sprints"),
        ("did strides after my run, how many strides should I work up to", "add 1-2 each week"),
        ("hill repeats had my lungs burning after each one, normal?", "normal response"),
        ("I have to fast from 8pm for a cholesterol blood test tomorrow at 9. can I still do my 6:30am spin class?", "lab or doctor"),
        ("is it ok to go for a run before my blood test in the morning", "Water is fine"),
        ("should I skip the gym before a fasting blood test?", "skip the hard class"),
        ("I have osteoporosis, what exercises are safe?", "balance"),
        ("my doctor says I have osteopenia, can I still lift weights?", "Royal Osteoporosis Society"),
        ("i wnt to gane musle but im skiny, im 19 n 58kg", "eating more"),
        ("im really skinny how do i bulk up", "surplus"),
        ("I'm a hardgainer, how do I put on muscle?", "progressive overload"),
        ("my pecs are super sore 2 days after bench, like bruised when I press on them. normal?", "DOMS"),
        ("quads feel bruised and tender since leg day yesterday, is that normal", "DOMS"),
    ],
)
async def test_everyday_questions_get_their_curated_answer(chat, on_disk, question, expected):
    reply = await chat(question)

    assert expected in reply.text
    assert live(on_disk) == []


@pytest.mark.parametrize(
    "warning",
    ["did hill sprints, chest tight and dizzy after each one, how many should I do",
     "after the hill repeats my lungs were on fire and I still can't breathe properly an hour later"],
)
async def test_breathlessness_with_a_warning_sign_is_not_the_sprint_answer(chat, warning):
    reply = await chat(warning)

    assert "8-10 repeats" not in reply.text


async def test_what_to_do_on_rest_days_after_the_rest_day_answer(chat):
    await chat("how many rest days a week should I take? I lift 4 days")
    await chat("why?")

    reply = await chat("what should I actually do on them though")

    assert "active recovery" in reply.text and "walk" in reply.text


@pytest.mark.parametrize(
    "again", ["chest is dead lol. should I train it again tomorrow or wait?", "legs are wrecked, hit them again tomorrow or rest?"]
)
async def test_when_to_train_a_dead_muscle_again(chat, again):
    reply = await chat(again)

    assert "Once the soreness has mostly eased" in reply.text


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("cn u make me a workot for my bak and bicepps", ("back and biceps workout", "curl")),
        ("can you make me a routine for my chest and triceps", ("chest and triceps workout", "Push-up")),
        ("give me a workout for my back and biceps with dumbbells", ("Biceps curl", "row")),
    ],
)
async def test_a_workout_for_named_muscles_is_one_session_of_them(chat, on_disk, request_, expected):
    reply = await chat(request_)

    assert reply.metadata["intent"] == "workout"
    assert all(word in reply.text for word in expected), reply.text
    shorter = await chat("shortr pls only got like 20 mins")
    assert "20-minute" in shorter.text and live(on_disk) == []


@pytest.mark.parametrize(
    ("condition", "question"),
    [
        ("I'm 66, female, 160cm and 60kg. I have osteopenia and want to get stronger", "what kind of training suits me?"),
        ("my bone density scan came back as osteoporosis", "so which exercises are safe for me?"),
        ("my dad had a heart attack in march", "what kind of exercise is best for him?"),
    ],
)
async def test_what_suits_me_answers_for_the_condition_said_earlier(chat, condition, question):
    await chat(condition)

    reply = await chat(question)

    assert reply.metadata["intent"] == "faq"
    assert "That's one I don't have" not in reply.text


async def test_what_suits_me_with_no_condition_said_is_not_a_condition_answer(chat):
    reply = await chat("what kind of training suits me?")

    assert "osteopenia" not in reply.text and "cardiac" not in reply.text


AFTER_CERES = ClassifyContext(
    "u", [{"role": "assistant", "agent": "ceres", "text": "Aim for a protein food at every meal."}], {}, last_agent="ceres"
)


@pytest.mark.parametrize(
    "message",
    ["and a protein bar for my gym bag?", "good snacks for after the gym?", "best protein shake post workout",
     "a drink to keep in my gym locker?", "something to eat on the way to the gym"],
)
def test_a_food_for_a_training_place_scores_below_ceres_food_words(message):
    assert classify(message, AFTER_CERES).score <= 0.4


@pytest.mark.parametrize(
    "message", ["should I go to the gym today", "I go to the gym 4 days a week, give me a plan", "ran 5k then had a protein bar after the gym"]
)
def test_the_gym_without_a_food_for_it_stays_helios(message):
    assert classify(message, AFTER_CERES).score >= 0.6
