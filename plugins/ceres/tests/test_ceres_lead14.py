"""Gluten hidden in South Asian staples and spices (hing is sold cut with wheat flour), whose
question it is when someone else is quoted ("my mum says ..."), and a weight-loss goal by a month
("5 kilos by August, is that realistic?") judged by the pace it takes."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from host.clock import pinned

from agenthost_ceres.can_have import refusal
from agenthost_ceres.diet import DietPrefs

COELIAC = DietPrefs(gluten_free=True, conditions=("coeliac",))


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("and is hing ok? my mum says it has wheat in it", "cut with wheat flour"),
        ("is asafoetida ok for me?", "cut with wheat flour"),
        ("can I use hing in my dal?", "cut with wheat flour"),
        ("is atta ok for me?", "wholewheat flour"),
        ("can I still have paratha?", "wheat flour"),
        ("is rava ok?", "wheat semolina"),
        ("can I have chapati?", "wheat flour"),
        ("is pearl barley ok in soup?", "barley"),
    ],
)
def test_gluten_hidden_in_staples_and_spices_is_a_no_with_its_reason(question: str, reason: str) -> None:
    answer = refusal(question, COELIAC)
    assert answer is not None and answer.startswith("No"), answer
    assert reason in answer, answer


def test_hing_comes_with_the_gluten_free_kind_as_the_swap_and_the_question_is_the_users() -> None:
    answer = refusal("and is hing ok? my mum says it has wheat in it", COELIAC) or ""
    assert "isn't safe for you" in answer and "labelled gluten-free" in answer  # not "for her": mum only said it
    assert "isn't safe for her" in (refusal("my daughter is coeliac, is hing ok for her?", COELIAC) or "")


@pytest.mark.parametrize("question", ["is besan ok?", "can I have idli?", "is rice flour ok for me?", "is poha ok?"])
def test_gluten_free_south_asian_staples_are_no_refusal(question: str) -> None:
    assert refusal(question, COELIAC) is None


@pytest.mark.parametrize(
    ("message", "verdict", "pace"),
    [
        ("i wanna loose 5 kilos by agust is that relistic", "realistic", "0.7 kg a week"),  # 7 weeks from 11 June
        ("can I lose 5 kg by august, is that realistic?", "realistic", "0.7 kg a week"),
        ("i want to lose 3 kg by september, is that doable?", "comfortably", "0.3 kg a week"),
        ("can I drop a stone by the start of july? is that possible", "faster than is safe", "2.2 kg a week"),
        ("want to lose 10 lbs before christmas, is it realistic", "comfortably", "0.2 kg a week"),
    ],
)
async def test_a_loss_by_a_month_is_judged_by_the_pace_it_takes(chat, message: str, verdict: str, pace: str) -> None:
    with pinned(datetime(2025, 6, 11, 13, 0, tzinfo=timezone.utc)):
        reply = await chat(message)
    assert verdict in reply.text and pace in reply.text, reply.text
    assert not re.search(r"\b(?:250|500) kcal a day\b", reply.text), reply.text  # a deficit, never read as what to eat
