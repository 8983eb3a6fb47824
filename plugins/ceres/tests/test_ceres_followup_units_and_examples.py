"""Follow-ups to Ceres' own answers. Before, "in grams" (no question mark) after meal ideas went to
the general agent's fallback, and "in grams?" said the ideas were "already in g"; after "2 eggs"
the example offered was "actually it was two eggs", which changed nothing. Now a unit asked after
her answer is hers, meal ideas come back food by food in grams or ounces, and the correction offered
is a different amount, which works as the next message."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify

IDEAS = (
    "Here are 3 dinner ideas:\n1. **Grilled chicken salad with quinoa** — 466 kcal, 43 g protein\n"
    "   chicken breast, skinless, roasted: 120 g; lettuce, romaine: 2 cups shredded (94 g)\nTry “why?”."
)


@pytest.mark.parametrize("said", ["in grams", "in oz please", "can you give me that in grams", "and in ounces"])
def test_a_unit_asked_after_her_answer_is_hers(said: str) -> None:
    history = [{"role": "user", "text": "what should I eat for dinner?"}, {"role": "assistant", "agent": "ceres", "text": IDEAS}]
    assert classify(said, ClassifyContext(user_id="u", history=history, profile={}, last_agent="ceres")).score >= 0.6


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("in grams", "   chicken breast, skinless, roasted: 120 g; lettuce, romaine: 94 g; cherry tomatoes: 74 g"),
        ("in grams please", "lettuce, romaine: 94 g"),
        ("in oz", "   chicken breast, skinless, roasted: 4.2 oz (120 g); lettuce, romaine: 3.3 oz (94 g)"),
    ],
)
async def test_meal_ideas_in_grams_or_ounces_list_each_food_by_weight(chat, said: str, expected: str) -> None:
    await chat("what should I eat for dinner?")
    reply = await chat(said)
    assert "Grilled chicken salad with quinoa:" in reply.text and expected in reply.text and "cups" not in reply.text, reply.text


async def test_the_ideas_go_on_after_the_grams(chat) -> None:
    await chat("what should I eat for dinner?")
    await chat("in grams")
    reply = await chat("and for lunch?")
    assert reply.text.startswith("Here are 3 lunch ideas"), reply.text


@pytest.mark.parametrize(
    ("logged", "example", "fixed"),
    [
        ("I had 2 eggs and toast for breakfast", "actually it was three eggs", "3 eggs (150 g) instead of 2 eggs (100 g)"),
        ("had a banana", "actually it was two bananas", "2 bananas (236 g) instead of 1 banana (118 g)"),
    ],
)
async def test_the_correction_offered_is_another_amount_and_works(chat, logged: str, example: str, fixed: str) -> None:
    reply = await chat(logged)
    assert f"“{example}”" in reply.text, reply.text
    again = await chat(example)
    assert fixed in again.text, again.text


async def test_no_count_is_offered_for_a_food_not_counted(chat) -> None:
    reply = await chat("had porridge for breakfast")
    assert "two oatmeals" not in reply.text and "“actually it was half a cup of oatmeal”" in reply.text, reply.text
