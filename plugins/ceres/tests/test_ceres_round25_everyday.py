"""Round 25: everyday eating told in people's own words got the capability menu, General's
fallback, a failed log or the wrong answer: a picky eater, cramps running after eating, an
afternoon slump, a teenager bulking, sweets every evening, an over-full buffet, appetite in the
heat, a pizza craved, body fat."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify

MENU = "I can:"


def _ctx() -> ClassifyContext:
    return ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)


ANSWERS = [
    ("my daughter is a picky eater and barely eats veg, tips?", "Fussy eating is very common"),
    ("my son is such a fussy eater, how do i get him to eat vegetables", "Fussy eating is very common"),
    ("my kid only eats beige food, how do i get him to try new things", "Fussy eating is very common"),
    ("my toddler refuses everything green", "Fussy eating is very common"),
    ("my stomach cramps when i run after eating", "3-4 hours after a large meal"),
    ("i get a stitch when i run too soon after lunch, how long should i wait", "3-4 hours after a large meal"),
    ("how long should i wait to run after eating", "3-4 hours after a large meal"),
    ("i feel low energy in the afternoons, what should i eat", "snack every 3-4 hours"),
    ("always tired around 3pm, any food tips for the afternoon slump?", "snack every 3-4 hours"),
    ("i crash after lunch every day", "snack every 3-4 hours"),
    ("binge on sweets every evening, how do i stop", "Cravings are easier to plan for"),
    ("i keep bingeing on chocolate at night, how do i stop", "Cravings are easier to plan for"),
    ("overdid it at the buffet, feel sick", "over-full, queasy feeling"),
    ("ate way too much at the all you can eat, stomach hurts", "over-full, queasy feeling"),
    ("lost my appetite since the heat wave, is that ok", "eating less when it's very hot is common"),
    ("too hot to eat anything lately", "eating less when it's very hot is common"),
    ("i could kill for a pizza right now", "Wanting one particular food"),
    ("i'm dying for a burger", "Wanting one particular food"),
    ("i hate my body fat percentage, how do i lower it", "NHS's weight-loss tips"),
    ("how do i get my body fat down", "NHS's weight-loss tips"),
]


@pytest.mark.parametrize(("said", "says"), ANSWERS)
async def test_everyday_eating_gets_its_answer(chat, on_disk_log, said: str, says: str) -> None:
    reply = await chat(said)
    assert says in reply.text and MENU not in reply.text, reply.text
    assert not on_disk_log("meals.jsonl"), "a situation told is no meal to log"
    answer = reply.text.split("\n")[0]
    if "weight-loss tips" not in says and "Cravings" not in says:  # the new answers are short (those two were there before)
        assert len(answer.split()) <= 85 and answer.count("?") <= 1, answer


ROUTED_BEFORE = {  # Ceres had these already (with the menu or the wrong answer); the answer tests cover them
    "how do i get my body fat down", "my son is such a fussy eater, how do i get him to eat vegetables", "my kid only eats beige food, how do i get him to try new things",
    "i get a stitch when i run too soon after lunch, how long should i wait", "i feel low energy in the afternoons, what should i eat", "i crash after lunch every day",
}


@pytest.mark.parametrize("said", [s for s, _ in ANSWERS if s not in ROUTED_BEFORE])
def test_everyday_eating_routes_to_ceres(said: str) -> None:
    assert classify(said, _ctx()).score >= 0.55, said


def test_food_tips_for_the_afternoon_slump_are_ceres_not_generals_tiredness() -> None:
    assert classify("always tired around 3pm, any food tips for the afternoon slump?", _ctx()).score >= 0.85  # General scores "tired" 0.79


async def test_the_over_full_answer_never_says_to_make_up_for_it(chat) -> None:
    reply = await chat("overdid it at the buffet, feel sick")
    assert "no need to skip meals or make up for it" in reply.text and "kcal" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "says"),
    [
        ("my teen son wants to bulk, how much should he eat", "He's still growing"),
        ("my teenage daughter wants to build muscle, how much protein does she need", "She's still growing"),
    ],
)
async def test_a_teenager_bulking_gets_the_growing_answer_not_the_adult_figures(chat, said: str, says: str) -> None:
    reply = await chat(said)
    assert says in reply.text and "teenage" in reply.text, reply.text
    assert "g per kg" not in reply.text and "at 70 kg" not in reply.text, reply.text
    assert "supplements aren't needed at" in reply.text, reply.text

