"""Everyday questions in other words, with their follow-ups: a yes/no question gets its verdict
first, "why?" gets the reasoning (not only the source), "how long?" and "can I do cardio on
rest days?" get the topic's follow-up; warm-ups and cool-downs for an activity or a muscle
group; and tips when a set is hard."""

from __future__ import annotations

import pytest

from agenthost_helios import faq, library, routines


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("is fasted cardio ok?", "fasted_cardio"),
        ("can I run on an empty stomach", "fasted_cardio"),
        ("and how long before I train legs again?", "muscle_frequency"),
        ("how many days should I wait between leg days", "muscle_frequency"),
        ("can I train chest two days in a row?", "muscle_frequency"),
        ("what heart rate zones should I train in?", "heart_rate"),
        ("how long should a workout be?", "workout_length"),
        ("should I do cardio before or after weights?", "cardio_or_weights_first"),
        ("how do I get fitter?", "getting_fitter"),
        ("how can I build up my stamina", "getting_fitter"),
        ("is running bad for your knees?", "running_knees"),
        ("how many rest days should I take per week?", "rest_days"),
    ],
)
async def test_questions_in_other_words_find_their_curated_answer(chat, question, answer_id):
    reply = await chat(question)
    assert reply.metadata["intent"] == "faq", reply.text
    assert reply.text.startswith(f"**{faq.by_id(answer_id).topic}** 💡")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("do I really need to warm up before lifting?", "Yes: a short warm-up"),
        ("is fasted cardio ok?", "Yes, at an easy or moderate pace"),
        ("does running ruin your knees", "No, not for most people"),
    ],
)
async def test_a_yes_no_question_gets_its_verdict_first(chat, question, lead):
    reply = await chat(question)
    assert reply.text.split("\n")[1].startswith(lead)


async def test_an_open_question_gets_no_verdict(chat):
    reply = await chat("how long should I warm up?")
    assert not reply.text.split("\n")[1].startswith("Yes")


async def test_why_after_a_curated_answer_gives_the_reasoning_and_the_source(chat):
    await chat("how many rest days should I take per week?")
    why = await chat("why?")
    assert "recover" in why.text and "overtraining" in why.text
    assert faq.by_id("rest_days").source in why.text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("do I need to warm up before lifting?", "how long?", "5-10 minutes is enough"),
        ("how many rest days do I need?", "can I do cardio on rest days?", "Yes, easy movement is fine on rest days"),
        ("how many rest days do I need?", "what about a gentle swim?", "Yes, easy movement is fine on rest days"),
    ],
)
async def test_a_follow_up_within_the_topic_gets_its_own_answer(chat, first, follow_up, expected):
    await chat(first)
    reply = await chat(follow_up)
    assert reply.text.startswith(expected) and "_Source:" in reply.text


async def test_asking_for_a_plan_is_not_taken_for_a_curated_question(chat):
    reply = await chat("give me a plan so I can get fitter")
    assert reply.metadata["intent"] == "plan"


async def test_the_heart_rate_answer_uses_the_age_in_the_profile(chat, write_profile):
    await write_profile(age=40)
    reply = await chat("what heart rate zones should I train in?")
    assert "For you (age 40): an estimated maximum of about 180 bpm" in reply.text
    assert "90-126 bpm for moderate and 126-153 bpm for vigorous" in reply.text


# Warm-ups and cool-downs


@pytest.mark.parametrize(
    ("message", "when", "about"),
    [
        ("streching routine befor running pls", "before", "before running"),
        ("cool down stretches for my legs", "after", "for your legs"),
        ("what's a good warm up before lifting", "before", "before lifting"),
        ("give me some stretches for after cycling", "after", "after cycling"),
        ("mobility routine for my hips please", "before", "for your hips"),
    ],
)
async def test_a_routine_is_built_for_the_activity_or_muscles_named(chat, message, when, about):
    reply = await chat(message)
    assert reply.metadata["intent"] == "routine"
    title = "Warm-up" if when == "before" else "Cool-down stretches"
    assert reply.text.startswith(f"**{title} {about}**")
    numbered = [line for line in reply.text.splitlines() if line[:2].rstrip(".").isdigit()]
    assert len(numbered) >= 5


async def test_a_warm_up_is_dynamic_and_a_cool_down_is_held(chat):
    before = await chat("warm-up routine before my run")
    after = await chat("and after?")

    steps = [line for line in before.text.splitlines() if line[:1].isdigit()]
    assert "dynamic" in before.text and "Leg swings" in before.text and not any("hold" in s for s in steps)
    assert after.text.startswith("**Cool-down stretches after running**")
    assert after.text.count("hold 20-30 s") == 5 and "quad stretch" in after.text.lower()
    again = await chat("what about before?")
    assert again.text.startswith("**Warm-up before running**")


def test_routines_use_only_equipment_free_moves_for_the_muscles_asked():
    for word, muscles in library.MUSCLE_GROUPS.items():
        for when in ("before", "after"):
            routine = routines.build(when, {"muscles": word})
            assert len(routine.lines) >= 5, word
    running = routines.build("after", {"activity": "running"})
    assert all("hold 20-30 s" in line for line in running.lines)


async def test_should_i_stretch_before_or_after_is_still_the_curated_answer(chat):
    reply = await chat("should I stretch before or after running?")
    assert reply.metadata["intent"] == "faq"


# Hard sets


async def test_a_hard_set_gets_practical_tips_not_a_menu(chat):
    reply = await chat("this workout is killing me lol, any tips to get through the last set?")
    assert "Breathe" in reply.text and "mini-sets" in reply.text
    assert "I can build you" not in reply.text


# Helios names no food: every curated text it can send, against every major allergen


ALLERGENS = {
    "peanut": r"\bpeanuts?\b|\bsatay\b",
    "tree nut": r"\b(almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|macadamias?|nuts?)\b",
    "milk": r"\b(milk|cheese|yogh?urt|butter|cream|whey|casein)\b",
    "egg": r"\beggs?\b",
    "fish": r"\b(fish|salmon|tuna|cod|sardines?|mackerel)\b",
    "shellfish": r"\b(shellfish|prawns?|shrimps?|crab|lobster|mussels?)\b",
    "soy": r"\b(soy|soya|tofu|edamame|tempeh)\b",
    "wheat/gluten": r"\b(wheat|bread|pasta|toast|bagels?|gluten|barley|rye|couscous)\b",
    "sesame": r"\b(sesame|tahini|hummus)\b",
}


def curated_texts() -> list[str]:
    import json
    from importlib import resources

    from agenthost_helios import advice, progress, safety, topics

    texts = [safety.PREGNANCY, safety.CARDIAC, safety.STOP_NOW, safety.STILL_NOW]
    for answer in faq.answers():
        texts += [answer.answer, answer.verdict or "", answer.why or "", *(text for _, text in answer.more)]
    data = json.loads(resources.files("agenthost_helios").joinpath("data/progress.json").read_text("utf-8"))
    texts += [race["plan"] for race in data["races"]] + [m["answer"] for m in data["milestones"]]
    for value in vars(advice).values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, (tuple, dict)):
            items = value.values() if isinstance(value, dict) else value
            texts += [v if isinstance(v, str) else v[-1] for v in items if isinstance(v, (str, tuple))]
    texts += [line for _, line, _ in topics.CARDIO_OPTIONS]
    for word in library.MUSCLE_GROUPS:
        for when in ("before", "after"):
            texts += routines.build(when, {"muscles": word}).lines
    return [t for t in texts if isinstance(t, str)]


@pytest.mark.parametrize("allergen", sorted(ALLERGENS))
def test_no_curated_answer_suggests_a_food_with_a_major_allergen(allergen):
    import re

    pattern = re.compile(ALLERGENS[allergen], re.IGNORECASE)
    texts = curated_texts()
    assert len(texts) > 100
    for text in texts:
        assert not pattern.search(text), (allergen, text)


@pytest.mark.parametrize(
    "message",
    ["leg day destroyed me, I can barely walk lol", "my legs are dead from squats", "can't lift my arms after yesterday"],
)
async def test_soreness_said_figuratively_is_soreness(chat, message):
    reply = await chat(message)
    assert reply.text.startswith("**Muscle soreness (DOMS)**")
    nxt = await chat("should I train tomorrow?")
    assert nxt.text.startswith("Yes, you can train")


async def test_dead_after_a_class_is_tiredness_not_a_menu(chat):
    reply = await chat("I'm dead after that spin class")
    assert reply.text.startswith("**Running on empty?**")


@pytest.mark.parametrize(("scheme", "expected"), [("5x5", "5 sets of 5 reps: a heavy"), ("3x12", "3 sets of 12 reps: the classic")])
async def test_a_sets_by_reps_scheme_is_explained(chat, scheme, expected):
    reply = await chat(f"my trainer said I should do {scheme}, what is that?")
    assert expected in reply.text


async def test_dizziness_on_standing_gets_advice_and_when_to_see_a_doctor(chat):
    reply = await chat("I feel dizzy every time I stand up after squats")
    assert reply.text.startswith("**Feeling dizzy when training**") and "see a doctor" in reply.text
