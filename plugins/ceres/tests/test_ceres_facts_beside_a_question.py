"""Body facts said beside a needs question. Before, "I weigh 150 lbs, how many calories should I
eat" asked for height, age and sex without keeping or confirming the weight; "how much protein
should I eat? I'm 80kg" said to repeat it as "remember I'm 80 kg"; the height, age and sex then given
went to General, who saved them but gave no calories; and "how much protein does my husband need,
he's 90kg" got the menu. Now the user's own facts are saved (through General's `remember` tool)
and confirmed, the answer asks only for what is still missing, the facts given after it bring the
answer, and someone else's figures are used but never kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.registry import Registry
from host.storage import FileStorage
from host.testing import TurnRunner
from host.types import ClassifyContext

import agenthost_ceres
from agenthost_ceres.agent import AGENT
from agenthost_ceres.routing import classify

USER = "alice"


@pytest.fixture
def chat_with_general(data_dir: Path) -> TurnRunner:
    """Ceres with General's `remember` tool registered, as in a host running both."""
    from agenthost_general.agent import AGENT as GENERAL
    from agenthost_general.profile import REMEMBER

    registry = Registry(agents={"ceres": AGENT, "general": GENERAL}, tools={**{t.name: t for t in agenthost_ceres.TOOLS}, "remember": REMEMBER})
    return TurnRunner(agenthost_ceres, AGENT, FileStorage(data_dir).user(USER), registry=registry)


@pytest.mark.parametrize(
    ("said", "saved", "still", "profile"),
    [
        ("I weigh 150 lbs, how many calories should I eat", "weight 68 kg (150 lbs)", "still need your height, age and sex", {"weight_kg": 68}),
        ("im 25 and 5'6, how many cals to lose weight?", "height 168 cm, age 25", "still need your weight and sex", {"age": 25}),
        ("I'm 11 stone 4, how many calories do I need a day?", "weight 71.7 kg (11 stone 4)", "still need your height, age and sex", {"weight_kg": 71.7}),
    ],
)
async def test_a_fact_beside_a_calorie_question_is_saved_and_only_the_rest_asked(chat_with_general, on_disk, said, saved, still, profile) -> None:
    reply = await chat_with_general(said)
    assert f"Saved to your profile: {saved}." in reply.text and still in reply.text, reply.text
    assert profile.items() <= on_disk("profile.json").items()


@pytest.mark.parametrize(
    ("said", "saved", "weight"),
    [
        ("how much protein should I eat? I'm 80kg", "Saved to your profile: weight 80 kg.", 80),
        ("how much protein do i need i'm 70kg and lift 4x a week", "Saved to your profile: weight 70 kg.", 70),
        ("ich wiege 70 kg, wie viel eiweiß brauche ich?", "Saved to your profile: weight 70 kg.", 70),
        ("how many calories should I eat? I'm 5'4 and 140 pounds, 28F", "weight 63.5 kg (140 pounds), height 163 cm, age 28, sex female", 63.5),
    ],
)
async def test_a_fact_beside_an_answered_question_is_saved_not_to_be_repeated(chat_with_general, on_disk, said, saved, weight) -> None:
    reply = await chat_with_general(said)
    assert saved in reply.text and "remember I'm" not in reply.text, reply.text
    assert on_disk("profile.json")["weight_kg"] == weight


async def test_the_facts_asked_for_bring_the_answer_and_are_saved(chat_with_general, on_disk) -> None:
    await chat_with_general("I weigh 150 lbs, how many calories should I eat")
    reply = await chat_with_general("I'm 30, male, 180cm")
    assert "kcal a day" in reply.text and "Saved to your profile: height 180 cm, age 30, sex male." in reply.text, reply.text
    assert {"weight_kg": 68, "height_cm": 180, "age": 30, "sex": "male"}.items() <= on_disk("profile.json").items()


@pytest.mark.parametrize("said", ["I'm 30, male, 180cm", "30 male 180 cm 80kg", "im a woman, 40"])
def test_facts_given_after_ceres_asked_for_them_are_hers_over_generals(said: str) -> None:
    from agenthost_general.routing import classify as general_classify

    history = [
        {"role": "user", "text": "how many calories should I eat"},
        {"role": "assistant", "agent": "ceres", "text": "To estimate your calories I need your weight, height, age and sex, e.g. “I'm 34, female, 68 kg, 165 cm”."},
    ]
    context = ClassifyContext(user_id="u", history=history, profile={}, last_agent="ceres")
    assert classify(said, context).score > general_classify(said, context).score


@pytest.mark.parametrize(
    ("said", "weight"),
    [
        ("how much protein does my husband need, he's 90kg", "At 90 kg"),
        ("my daughter is 15 and 50kg, how much protein does she need?", "She's still growing"),
        ("how much protein should my mum eat? she's 60 kg", "At 60 kg"),
    ],
)
async def test_someone_elses_figures_answer_but_are_not_kept(chat_with_general, on_disk, said, weight) -> None:
    reply = await chat_with_general(said)
    assert reply.text.startswith(weight) and "Saved" not in reply.text and "remember I'm" not in reply.text, reply.text
    assert "weight_kg" not in (on_disk("profile.json") or {})
