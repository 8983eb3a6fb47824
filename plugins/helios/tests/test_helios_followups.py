"""Plans and their follow-ups: every example Helios suggests works as the next message and
changes the last plan; "why?" explains it; summaries per period; the dialog state on disk."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from host.clock import pinned

from agenthost_helios import replies

THURSDAY = datetime(2025, 3, 13, 18, 0)


@pytest.fixture(autouse=True)
def clock():
    with pinned(THURSDAY) as moment:
        yield moment


def suggestions(text: str) -> list[str]:
    """The examples an answer suggests, in its “quotes”."""
    return re.findall(r"“([^”]+)”", text)


def latest_plan(on_disk) -> dict:
    return on_disk.json("workouts.json")["plans"][-1]


EXPECTED_CHANGE = {
    "only 20 minutes": lambda before, after: after["minutes_per_session"] == 20,
    "make it harder": lambda before, after: after["level"] == "intermediate",
    "4 days": lambda before, after: after["days_per_week"] == 4,
    "no equipment": lambda before, after: after["equipment"] == ["none"],
    "what about legs?": lambda before, after: after["focus"] == "legs" and "legs focus" in after["title"],
    "swap running for cycling": lambda before, after: after["cardio"] == "cycle"
    and "bike" in str(after["sessions"])
    and " run" not in str(after["sessions"]),
}


async def test_every_example_a_plan_suggests_works_as_the_next_message(chat, on_disk):
    first = await chat("I want to get fitter: 3 days a week, 30 minutes, I have dumbbells")
    examples = suggestions(first.text.split("Saved!")[1])
    assert set(EXPECTED_CHANGE) | {"why?", "what's my workout today?"} == set(examples)

    for example in examples:
        before = latest_plan(on_disk)
        reply = await chat(example)
        if example == "why?":
            assert reply.metadata["intent"] == "why"
            assert reply.text.startswith("Why the plan looks like this:")
            # It explains the plan as changed by the examples before it.
            for reason in ("WHO recommends", "20 minutes a session", "No equipment", "Legs work comes first", "on the bike"):
                assert reason in reply.text
        elif example == "what's my workout today?":
            assert reply.metadata["intent"] == "today"
        else:
            after = latest_plan(on_disk)
            assert reply.metadata["intent"] == "plan_change", example
            assert EXPECTED_CHANGE[example](before, after), example
            # The plan changes; everything else about it stays.
            unchanged = {"goal", "level", "days_per_week", "minutes_per_session", "equipment", "focus", "cardio"}
            changed = {k for k in unchanged if before.get(k) != after.get(k)}
            assert len(changed) == 1, (example, changed)
        await chat("why?")  # "why?" in between must not lose the thread


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("shorter", "minutes_per_session", 35),
        ("make it easier", "level", "beginner"),
        ("at the gym", "equipment", ["full_gym"]),
        ("can we do 5 days instead?", "days_per_week", 5),
        ("more core please", "focus", "core"),
        ("I'd rather swim instead of running", "cardio", "swim"),
    ],
)
async def test_other_changes_to_the_last_plan(chat, on_disk, message, field, value):
    await chat("plan: 3 days, 45 minutes, intermediate, dumbbells")

    reply = await chat(message)

    assert reply.metadata["intent"] == "plan_change"
    assert latest_plan(on_disk)[field] == value
    assert latest_plan(on_disk)["days_per_week"] == (5 if field == "days_per_week" else 3)


async def test_the_plan_state_is_kept_beside_other_agents_keys(chat, on_disk):
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "state.json").write_text('{"ceres": {"intent": "meal_ideas", "meal": "lunch"}}')

    await chat("I want to start working out")
    await chat("only 20 minutes")

    state = on_disk.json("state.json")
    assert state["ceres"] == {"intent": "meal_ideas", "meal": "lunch"}
    assert state["helios"]["intent"] == "plan"
    assert state["helios"]["plan"]["minutes_per_session"] == 20


async def test_a_damaged_state_file_does_not_stop_the_answer(chat, on_disk):
    on_disk.folder.mkdir(parents=True)
    (on_disk.folder / "state.json").write_text("[1, 2]")

    reply = await chat("I want to start working out")

    assert "**Your 3-day beginner general fitness plan**" in reply.text
    assert on_disk.raw("state.json") == b"[1, 2]"


async def test_summaries_per_day_and_activity_and_calories_asked_for(chat, write_profile):
    await write_profile(weight_kg=80)
    await chat("ran 5k in 30 minutes on Monday")
    await chat("did 45 min of weights yesterday")
    await chat("walked for an hour this morning")

    week = await chat("what did I do this week?")
    today = await chat("how many calories did I burn today?")
    last = await chat("and last week?")

    # Running 5 km in 30 min: 9.8 MET x 80 kg x 0.5 h = 392; weights 3.5 x 80 x 0.75 = 210;
    # walking at moderate effort 4.3 x 80 x 1 = 344.
    assert week.text.startswith("**3 workouts this week (since Monday 10 March)**: 135 min, about 946 kcal burned.")
    assert "- Mon 10 Mar: Running · 30 min · ~392 kcal" in week.text
    assert "- yesterday: Weight training · 45 min · ~210 kcal" in week.text
    assert "- today: Walking · 60 min · ~344 kcal" in week.text
    assert "WHO check: 105 moderate + 30 vigorous min = 165 moderate-equivalent minutes" in week.text
    assert "Strength sessions on 1 day (WHO: 2+ a week)" in week.text
    assert today.text.startswith("You burned about **344 kcal** in workouts today: 1 workout, 60 min.")
    assert last.text.startswith("No workouts logged last week (3–9 March) yet.")


async def test_the_70_kg_assumption_is_said(chat):
    await chat("ran 5k in 30 minutes")

    reply = await chat("how many calories did I burn this week?")

    assert "You burned about **343 kcal**" in reply.text
    assert "Calories assume 70 kg" in reply.text


def test_the_examples_line_names_only_what_works():
    assert suggestions(replies.EXAMPLES) == list(EXPECTED_CHANGE) + ["why?"]


async def test_lifting_volume_is_summed_per_exercise(chat):
    await chat("bench 4x8 at 60kg, rows 3x10 at 50kg, and 10 min on the rower")

    reply = await chat("what's my total volume this week?")

    assert "Volume (sets × reps × kg): Barbell row 1,500 kg; Barbell bench press 1,920 kg" in reply.text
