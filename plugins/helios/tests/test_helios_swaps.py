"""Swapping or leaving out one exercise in the last plan: "swap the push-ups for something
easier", "replace the squats with lunges", "no burpees", kept in later changes of the plan."""

from __future__ import annotations

import pytest

from agenthost_helios import library
from agenthost_helios.plan import build_plan
from agenthost_helios.tools import make_plan


def names_in(plan) -> set[str]:
    return {
        item["name"]
        for session in plan["sessions"]
        for block in session["main"]
        for item in block.get("exercises", [])
    }


def test_a_swap_puts_the_replacement_wherever_the_exercise_would_go():
    plain = build_plan("general_fitness", "beginner", 3, 30, ["none"], focus="upper_body")
    swapped = build_plan(
        "general_fitness", "beginner", 3, 30, ["none"], focus="upper_body", swaps={"push_up": "incline_push_up"}
    )
    assert "Push-up" in names_in(plain)
    assert "Push-up" not in names_in(swapped) and "Incline push-up" in names_in(swapped)
    assert "Incline push-up instead of push-up, as you asked." in swapped["reasons"]


def test_an_avoided_exercise_is_never_used_in_any_part_of_the_plan():
    for goal in ("general_fitness", "weight_loss", "strength"):
        plan = build_plan(goal, "intermediate", 4, 45, ["none"], avoid=["burpee", "bodyweight_squat"])
        used = names_in(plan) | {
            i["name"] for s in plan["sessions"] for part in ("warm_up", "cool_down") for i in s[part]["items"]
        }
        assert "Burpee" not in used and "Bodyweight squat" not in used, goal


async def test_the_tool_takes_exercise_names_and_names_the_field_at_fault(context):
    plan = await make_plan(context, goal="strength", equipment=["dumbbells"], swaps={"goblet squat": "Reverse lunge"})
    assert plan["swaps"] == {"goblet_squat": "reverse_lunge"}
    from host import ToolError

    with pytest.raises(ToolError, match="avoid: 'moonwalk' is not an exercise"):
        await make_plan(context, goal="strength", avoid=["moonwalk"])


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("swap the push-ups for something easier", "no more push-ups: Incline push-up instead"),
        ("replace push ups with knee push-ups", "no more push-ups:"),
        ("I hate burpees, leave them out", "no burpee"),
    ],
)
async def test_a_swap_in_words_changes_only_that_exercise(chat, on_disk, change, expected):
    await chat("give me an upper body workout")
    before = on_disk.json("workouts.json")["plans"][-1]

    reply = await chat(change)

    assert reply.metadata["intent"] == "plan_change"
    assert expected in reply.text.split("\n")[0]
    after = on_disk.json("workouts.json")["plans"][-1]
    for key in ("level", "goal", "minutes_per_session", "days_per_week", "focus"):
        assert after[key] == before[key], key


async def test_a_swap_is_kept_when_the_plan_changes_again(chat, on_disk):
    await chat("give me an upper body workout")
    await chat("swap the push-ups for something easier")
    await chat("make it 4 days")

    plan = on_disk.json("workouts.json")["plans"][-1]
    assert plan["days_per_week"] == 4 and plan["swaps"] == {"push_up": "incline_push_up"}
    assert "Push-up" not in names_in(plan)


async def test_a_swap_and_a_setting_in_one_message_both_apply_and_nothing_is_logged(chat, on_disk):
    await chat("give me an upper body workout")
    reply = await chat("only 20 minutes, and no burpees")
    assert "minutes 30 → 20" in reply.text and "no burpee" in reply.text
    assert on_disk.lines("workouts.jsonl") is None


def test_every_easier_swap_is_easier_or_the_same_level():
    from agenthost_helios.plan_changes import _alternative

    for exercise in library.exercises():
        easier = _alternative(exercise, ["full_gym"], easier=True)
        if easier is not None:
            assert easier.level_rank <= exercise.level_rank, (exercise.id, easier.id)


def plan_on_disk(on_disk) -> dict:
    return on_disk.json("workouts.json")["plans"][-1]


@pytest.mark.parametrize(
    ("change", "goal"),
    [("can you add more cardio?", "endurance"), ("less cardio please", "strength")],
)
async def test_more_or_less_cardio_moves_the_goal_along(chat, on_disk, change, goal):
    await chat("make me a 3 day plan")
    reply = await chat(change)
    assert reply.metadata["intent"] == "plan_change" and plan_on_disk(on_disk)["goal"] == goal


@pytest.mark.parametrize(
    ("change", "equipment"),
    [("I'm travelling this week, only bodyweight", ["none"]), ("back at the gym now", ["full_gym"])],
)
async def test_equipment_for_the_week_changes_and_back_at_the_gym_is_no_back_focus(chat, on_disk, change, equipment):
    await chat("give me a gym plan")
    await chat("I'm travelling this week, only bodyweight")
    await chat(change)
    plan = plan_on_disk(on_disk)
    assert plan["equipment"] == equipment and plan["focus"] is None


async def test_no_jumping_takes_every_impact_move_out(chat, on_disk):
    await chat("make me a 4 day weight loss plan")
    knee = await chat("I have a bad knee")
    assert "Say “no jumping”" in knee.text
    reply = await chat("no jumping please")
    assert "no jumping" in reply.text.split("\n")[0]
    used = {i["id"] for s in plan_on_disk(on_disk)["sessions"] for b in s["main"] for i in b.get("exercises", [])}
    assert not used & {"jump_squat", "broad_jump", "jumping_jacks", "high_knees", "burpee", "jump_rope"}


@pytest.mark.parametrize(
    ("change", "weekdays"),
    [("can I do it on tue, thu and sat instead?", ["Tue", "Thu", "Sat"]), ("move friday to saturday", ["Mon", "Wed", "Sat"])],
)
async def test_the_days_of_the_week_to_train_on(chat, on_disk, change, weekdays):
    await chat("make me a 3 day plan")
    await chat(change)
    plan = plan_on_disk(on_disk)
    assert [s["weekday"] for s in plan["sessions"]] == weekdays and plan["weekdays"] == weekdays


async def test_questions_about_the_saved_plan(chat):
    await chat("make me a 3 day plan")
    session = await chat("what does full body A involve?")
    facts = await chat("how long will each session take?")
    assert session.text.startswith("**Full body A** (Mon") and "Warm-up" in session.text
    assert "about 30 minutes each" in facts.text and "5-minute warm-up" in facts.text


async def test_weekdays_the_tool_refuses_say_why(context):
    from host import ToolError

    with pytest.raises(ToolError, match="weekdays names 2 different days but days_per_week is 3"):
        await make_plan(context, goal="strength", days_per_week=3, weekdays=["Mon", "Tue"])
