"""Helios offline: free text in, a useful coach's answer out, with the tools doing the work."""

from __future__ import annotations

from datetime import UTC, date, datetime

from host.testing import TurnRunner
from host.types import Reply


def today() -> date:
    return datetime.now(UTC).date()


def tool_names(chat: TurnRunner) -> list[str]:
    """The tools Helios called for the last message, in order."""
    return [call["name"] for call in chat.turns[-1].tool_calls]


async def test_starting_out_gets_a_concrete_beginner_plan(chat, on_disk):
    reply = await chat("I want to start working out")

    assert tool_names(chat) == ["make_plan"]
    assert reply.metadata["intent"] == "plan"
    assert "**Your 3-day beginner general fitness plan** (30 min, no equipment)" in reply.text
    assert "**Mon – Full body A**" in reply.text and "Warm-up 5 min" in reply.text and "Cool-down 5 min" in reply.text
    assert "Bodyweight squat 2×10-12" in reply.text
    plan = on_disk.json("workouts.json")["plans"][0]
    assert (plan["goal"], plan["level"], plan["days_per_week"], plan["equipment"]) == (
        "general_fitness",
        "beginner",
        3,
        ["none"],
    )


async def test_a_follow_up_changes_the_last_plan(chat, on_disk):
    await chat("Build me a strength plan: 4 days a week, 45 minutes, I have dumbbells and a bench")

    reply = await chat("make it 3 days")

    assert reply.metadata["intent"] == "plan_change"
    assert "4 → 3 days a week" in reply.text
    assert "**Your 3-day beginner strength plan** (45 min, bench, dumbbells)" in reply.text
    latest = on_disk.json("workouts.json")["plans"][-1]
    assert (latest["days_per_week"], latest["minutes_per_session"], latest["equipment"]) == (
        3,
        45,
        ["bench", "dumbbells"],
    )

    harder = await chat("make it harder")
    assert "level beginner → intermediate" in harder.text


async def test_a_run_is_logged_with_calories_and_the_weeks_total(chat, on_disk):
    reply = await chat("I ran 5k in 30 minutes")

    assert tool_names(chat) == ["log_workout"]
    assert "- Running · 30 min · 5 km (10 km/h, 6:00/km) → about **343 kcal** burned" in reply.text
    assert "assume a body weight of 70 kg" in reply.text
    assert "Last 7 days: 1 workout · 30 min · ~343 kcal." in reply.text
    [workout] = on_disk.lines("workouts.jsonl")
    assert (workout["distance_km"], workout["compendium_code"]) == (5, "12050")


async def test_yoga_is_logged_and_added_to_the_week(chat, write_profile):
    await write_profile(name="Sam Lee", weight_kg=60)
    await chat("I ran 5k in 30 minutes")

    reply = await chat("did 45 min of yoga")

    # Yoga at moderate effort: Surya Namaskar, 3.3 MET x 60 kg x 0.75 h = 149 kcal.
    assert reply.text.startswith("Logged, Sam! 💪\n- Yoga · 45 min → about **149 kcal** burned")
    assert "your weight of 60 kg" in reply.text
    assert "Last 7 days: 2 workouts · 75 min · ~443 kcal." in reply.text


async def test_a_workout_without_a_duration_gets_a_question_not_a_guess(chat, on_disk):
    reply = await chat("I went for a swim this morning")

    assert "How long did the swimming take?" in reply.text
    assert tool_names(chat) == []
    assert on_disk.raw("workouts.jsonl") is None and on_disk.raw("workouts.json") is None


async def test_what_did_i_do_this_week(chat):
    await chat("I ran 5k in 30 minutes")
    await chat("did 45 min of yoga")

    reply = await chat("what did I do in the last 7 days")

    assert tool_names(chat) == ["workout_history"]
    assert reply.text.startswith("**2 workouts in the last 7 days**: 75 min, about 516 kcal burned.")
    assert "- Yoga: 1× · 45 min · ~173 kcal" in reply.text
    assert "- Running: 1× · 30 min · ~343 kcal" in reply.text
    assert (
        "WHO check: 45 moderate + 30 vigorous min = 105 moderate-equivalent minutes (vigorous counts double), "
        "45 to go for the WHO's 150 minutes." in reply.text
    )


async def test_an_empty_week_invites_the_first_workout(chat):
    reply = await chat("what did I do this week?")

    assert reply.text.startswith("No workouts logged this week (since Monday")


async def test_a_marathon_goal_is_saved_with_its_deadline(chat, on_disk):
    reply = await chat("my goal is to run a marathon by June")

    year = today().year if today().month <= 6 else today().year + 1
    deadline = date(year, 6, 30)
    assert tool_names(chat) == ["set_goal"]
    assert f"Goal locked in! 🎯 **Run a marathon by June**, target date 30 June {year}." in reply.text
    goal = on_disk.json("profile.json")["fitness_goal"]
    assert (goal["type"], goal["deadline"]) == ("endurance", deadline.isoformat())
    assert on_disk.json("workouts.json")["goals"][0]["target"] == "42.2 km"


async def test_an_unrealistic_weight_loss_deadline_gets_a_heads_up(chat):
    reply = await chat("I want to lose 10 kg in 4 weeks")

    assert "2.5 kg a week" in reply.text and "0.5-1 kg a week" in reply.text


async def test_how_to_do_an_exercise_gives_its_cues(chat):
    reply = await chat("how do I do a squat?")

    assert reply.metadata["intent"] == "exercise"
    assert reply.text.startswith(
        "**Bodyweight squat** 💪 (beginner, no equipment): works the quads, glutes, adductors."
    )
    assert "1. Feet about shoulder-width" in reply.text
    assert "Goblet squat" in reply.text  # a loaded progression
    assert tool_names(chat) == []


async def test_exercises_for_a_muscle_group(chat):
    reply = await chat("exercises for back")

    assert reply.text.startswith("Great moves for your back: 🔥")
    assert "**Pull-up** (pull up bar)" in reply.text
    assert "**Doorframe row** (no equipment)" in reply.text


async def test_exercises_for_a_muscle_respect_the_equipment_named(chat):
    reply = await chat("best exercises for chest with dumbbells")

    assert "Great moves for your chest with dumbbells" in reply.text
    assert "Barbell bench press" not in reply.text and "Machine chest press" not in reply.text
    assert "Dumbbell floor press" in reply.text


async def test_todays_session_comes_from_the_saved_plan(chat):
    await chat("plan: 7 days a week, 20 minutes, no equipment")

    reply = await chat("what's my workout today?")

    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[datetime.now(UTC).weekday()]
    assert reply.text.startswith(f"Today ({weekday}) on your 7-day beginner general fitness plan:")
    assert "Warm-up" in reply.text


async def test_general_coaching_uses_the_profile_history_goal_and_plan(chat, write_profile):
    await write_profile(name="Sam Lee")
    await chat("I ran 5k in 30 minutes")
    await chat("my goal is to run a 10k in 8 weeks")
    await chat("I want to start working out")

    reply = await chat("hey coach")

    assert reply.metadata["intent"] == "coach"
    assert reply.text.startswith("Hey Sam! Helios here")
    assert "Last 7 days: 1 workout, 30 min." in reply.text
    assert "🎯 Goal: Run a 10k in 8 weeks (56 days to go)." in reply.text
    assert "Next on your plan" in reply.text


async def test_a_new_user_hears_what_helios_can_do(chat):
    reply = await chat("hi")

    assert "log workouts" in reply.text and "how do I do a squat?" in reply.text


async def test_common_coaching_questions_get_real_answers(chat):
    both = await chat("Should I do cardio or weights?")
    belly = await chat("how do I lose belly fat?")

    assert both.text.startswith("**Cardio or weights** 💡\nBoth.")
    assert "_Source: WHO guidelines on physical activity and sedentary behaviour, 2020_" in both.text
    assert belly.text.startswith("You can't burn fat from one spot")


async def test_nutrition_questions_go_to_ceres(chat):
    reply = await chat("how much protein should I eat?")

    assert "Ceres 🥗" in reply.text


async def test_pain_gets_a_careful_answer(chat):
    reply = await chat("my lower back hurts after deadlifts")

    assert "doctor or physio" in reply.text
    assert "Cat-cow" in reply.text or "Child's pose" in reply.text


async def test_sleep_advice_mentions_the_users_week(chat):
    await chat("did 60 minutes of weight training")

    reply = await chat("how much sleep do I need to recover?")

    assert "at least 7 hours" in reply.text and "AASM" in reply.text
    assert "Your last 7 days: 1 workout, 60 min." in reply.text
    assert "Your last 7 days: 1 workout, 60 min." in reply.text


async def test_calorie_estimate_does_not_log(chat, on_disk):
    reply = await chat("how many calories would I burn cycling for an hour?")

    assert "About **560 kcal** for 60 min of cycling" in reply.text  # 8.0 MET x 70 kg x 1 h
    assert on_disk.raw("workouts.jsonl") is None and on_disk.raw("workouts.json") is None


async def test_with_a_model_configured_respond_hands_the_turn_to_it(chat):
    class FakeLLM:
        def __init__(self) -> None:
            self.turns = []

        async def reply(self, turn):
            self.turns.append(turn)
            return Reply("from the model")

    llm = FakeLLM()

    reply = await chat("I ran 5k in 30 minutes", llm=llm)

    assert reply.text == "from the model"
    assert llm.turns == chat.turns and chat.turns[0].tool_calls == []


async def test_a_damaged_workouts_file_is_named_in_the_reply_and_left_as_it_was(chat, on_disk):
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "workouts.json").write_text("[1, 2, 3]")

    plan = await chat("I want to start working out")
    goal = await chat("my goal is to run a 10k")

    assert plan.text.startswith("I couldn't build that plan: workouts.json is not in the expected format")
    assert goal.text.startswith("I couldn't save that goal: workouts.json is not in the expected format")
    assert on_disk.raw("workouts.json") == b"[1, 2, 3]"
