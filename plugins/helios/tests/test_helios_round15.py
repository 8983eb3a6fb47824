"""Round 15: a correction's bare number changes the field it names (the weight of a lift, not
minutes) and volume reads the corrected entry; a lift's weight times its reps ("back squat
140kg x 5") is a log. Phrasings are this file's own, not any test set's."""

from __future__ import annotations

import pytest


def live(on_disk) -> list[dict]:
    return on_disk.live("workouts.jsonl")


@pytest.mark.parametrize(
    ("log", "fix", "load", "question", "volume"),
    [
        ("did 5 sets of 5 on bench at 80kg", "wait, bench was 85 not 80", 85, "total volume on bench?", "2,125 kg"),
        ("squats 3x8 at 100kg", "oops the squats were 110", 110, "what was my squat volume", "2,640 kg"),
        ("deadlifts 3 sets of 5 at 140 kg", "sorry, 150 not 140", 150, "deadlift volume?", "2,250 kg"),
        ("bench 4x8 @ 60kg and 3 sets of pull ups", "the bench was actually 62.5", 62.5, "bench volume this week", "2,000 kg"),
        ("overhead press 5x5 at 40kg", "correction: 42.5 kg", 42.5, "how much volume on press?", "1,062 kg"),
    ],
)
async def test_a_bare_number_fixing_a_lift_is_its_weight_and_volume_reads_it(chat, on_disk, log, fix, load, question, volume):
    await chat(log)

    fixed = await chat(fix)

    lifts = [w for w in live(on_disk) if w.get("load_kg")]
    assert [w["load_kg"] for w in lifts] == [load]
    assert lifts[0]["duration_min"] < 15  # still the time the sets take, not 85 minutes
    assert f"{load:g} kg" in fixed.text
    assert volume in (await chat(question)).text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("log", "fix", "field", "value"),
    [
        ("bench 4x8 @ 60kg", "actually 10 reps not 8", "reps", 10),
        ("bench 4x8 @ 60kg", "it was 3 sets not 4", "sets", 3),
        ("ran for 30 min", "sorry it was 35 not 30 min", "duration_min", 35),
        ("ran for 30 minutes", "it was 40", "duration_min", 40),
        ("did 50 pushups", "actually it was 40", "reps", 40),
    ],
)
async def test_a_correction_still_changes_the_field_it_means(chat, on_disk, log, fix, field, value):
    await chat(log)

    await chat(fix)

    assert [w[field] for w in live(on_disk)] == [value]


@pytest.mark.parametrize(
    ("message", "sets", "reps", "load"),
    [
        ("back squat 140kg x 5", 1, 5, 140),
        ("bench 100 kg x 8", 1, 8, 100),
        ("deadlift 180kg x 3, 3 sets", 3, 3, 180),
        ("front squat 90kg x 5 x 3", 3, 5, 90),
        ("hit a bench of 225 lbs x 3 today", 1, 3, 102.1),
        ("rdl 100kg for 8 reps", 1, 8, 100),
    ],
)
async def test_a_lifts_weight_times_reps_is_logged(chat, on_disk, message, sets, reps, load):
    reply = await chat(message)

    [lift] = live(on_disk)
    assert (lift["sets"], lift["reps"], lift["load_kg"]) == (sets, reps, load)
    assert "Logged" in reply.text


@pytest.mark.parametrize(
    "message",
    ["I want to squat 140kg x 5 by summer", "how do I get to 100 kg x 5 on bench?", "can I bench 100kg for 8 reps yet?"],
)
async def test_a_lift_wished_or_asked_is_not_logged(chat, on_disk, message):
    await chat(message)

    assert live(on_disk) == []


LOGGED = (
    "Logged! 💪\n- Spin class · 45 min → about **446 kcal** burned\n- Core (calisthenics) · 20 min → about **89 kcal** burned"
)


def _after_log(message: str) -> float:
    from agenthost_helios.routing import classify
    from host.types import ClassifyContext

    history = [{"role": "user", "text": "did a 45 min spin class then 20 mins of core after"},
               {"role": "assistant", "agent": "helios", "text": LOGGED}]
    return classify(message, ClassifyContext(user_id="u", history=history, profile={}, last_agent="helios")).score


CALORIES_OF_THE_LOG = [
    ("roughly how many calories was that? I'm 62kg", 62),
    ("I weigh 62 kg, so what did I burn?", 62),
    ("and energy burned if I'm 95 kilos?", 95),
    ("how many calories would that be for someone 55kg", 55),
    ("cuántas calorías fueron? peso 62 kg", 62),
    ("any idea what that burned? i'm about 80 kg", 80),
    ("ok and kcal for that at 150 lbs?", 68),
    ("wie viele Kalorien waren das? ich wiege 70 kg", 70),
]


@pytest.mark.parametrize(("question", "kg"), CALORIES_OF_THE_LOG)
def test_the_calories_of_a_workout_just_logged_are_helios_question(question, kg):
    assert _after_log(question) >= 0.7  # above Ceres' "calorie" (0.55)


@pytest.mark.parametrize(
    "question",
    ["how many calories should I eat today then?", "how many calories in a banana?",
     "what's a good meal after that? I need 500 calories", "so what's my calorie target now?"],
)
def test_an_intake_question_after_a_log_is_not_helios(question):
    assert _after_log(question) <= 0.4


@pytest.mark.parametrize(("question", "kg"), CALORIES_OF_THE_LOG)
async def test_the_calories_of_the_log_are_met_times_the_weight_said(chat, question, kg):
    await chat("did a 45 min spin class then 20 mins of core after")

    reply = await chat(question)

    assert reply.metadata["intent"] == "history" and reply.text.startswith("About **")
    total = int(reply.text.split("**")[1].split()[0])
    assert abs(total - (446 + 89) * kg / 70) <= 3  # MET x kg x h, summed: 535 kcal at 70 kg
    assert f"{kg:g} kg" in reply.text
    assert "Last 7 days" not in reply.text and "this week" not in reply.text.lower()
