"""One's own log asked in another language, and meals typed phone-style. Before, "quante calorie ho
mangiato oggi?", "¿qué comí ayer?", "was habe ich heute gegessen?" got the menu; "ho mangiato una
pizza e bevuto una birra" missed the beer ("bevuto", "borra" not understood); "2 slices of pizza n a
coke" said it didn't catch "n". Now the day's log answers, every food is logged, and "n" is "and"."""

from __future__ import annotations

import pytest

from host.types import ClassifyContext

from agenthost_ceres.routing import classify


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("quante calorie ho mangiato oggi?", "Today ("),
        ("was habe ich heute gegessen?", "Today ("),
        ("wat heb ik vandaag gegeten?", "Today ("),
        ("co dzisiaj zjadłem?", "Today ("),
        ("o que eu comi hoje?", "Today ("),
        ("qu'est-ce que j'ai mangé aujourd'hui ?", "Today ("),
        ("¿qué comí ayer?", "Yesterday ("),
        ("cuántas proteínas llevo hoy?", "Protein so far today"),
    ],
)
async def test_the_days_log_asked_abroad_is_the_log(chat, asked: str, expected: str) -> None:
    await chat("I had a cheese sandwich and an apple for lunch")
    await chat("had pasta for dinner yesterday")
    assert classify(asked, ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.5
    reply = await chat(asked)
    assert expected in reply.text and "I can:" not in reply.text, reply.text


async def test_a_drink_after_a_meal_in_italian_is_logged(chat) -> None:
    reply = await chat("ho mangiato una pizza e bevuto una birra")
    assert "• beer, regular" in reply.text and "didn't catch" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("had 2 slices of pizza n a coke 4 lunch", ["• pizza, cheese, regular crust: 2 slices", "• cola soft drink (your coke)"]),
        ("toast n jam for brekkie", ["• white bread", "jam"]),
        ("had fish n chips", ["• fish and chips"]),
    ],
)
async def test_n_typed_for_and(chat, said: str, expected: list[str]) -> None:
    reply = await chat(said)
    assert all(part in reply.text for part in expected) and "didn't catch “n”" not in reply.text, reply.text
