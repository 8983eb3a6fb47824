"""A sports supplement asked for a teenager. Before, "my son is 15, can he take creatine?" and
"I'm 15, is creatine safe for me?" got the adult answer (3-5 g a day, "safe for healthy adults")
with no word about age; now an under-18, said in the message, kept in the profile or said earlier,
is told it isn't recommended while growing, with no adult dosing, and the examples work next."""

from __future__ import annotations

import pytest

ADULT_DOSE = "3-5 g a day"


@pytest.mark.parametrize(
    ("said", "lead"),
    [
        ("my son is 15, can he take creatine?", "At 15, he's still growing: creatine isn't needed or recommended under 18."),
        ("I'm 15, is creatine safe for me?", "At 15, you're still growing: creatine isn't needed or recommended under 18."),
        ("can i take creatine? i'm 17 and lift 4x a week", "At 17, you're still growing: creatine"),
        ("should my 14 year old daughter take protein powder?", "At 14, she's still growing: protein powder isn't needed or recommended"),
        ("I'm a teenager, should I take protein powder?", "You're still growing: protein powder isn't needed or recommended"),
        ("is creatine ok for a 16 year old?", "At 16, you're still growing"),
        ("my mate says protein shakes are a must at our age, im 15, true?", "At 15, you're still growing: protein powder isn't needed"),
    ],
)
async def test_a_teenager_asking_about_a_sports_supplement_is_told_it_is_not_for_under_18s(chat, said: str, lead: str) -> None:
    reply = await chat(said)
    assert reply.text.startswith(lead) and ADULT_DOSE not in reply.text and "American Academy of Pediatrics" in reply.text, reply.text


async def test_an_age_kept_in_the_profile_counts(chat, write_profile) -> None:
    write_profile({"age": 16})
    reply = await chat("should i take creatine")
    assert reply.text.startswith("At 16, you're still growing") and ADULT_DOSE not in reply.text, reply.text


@pytest.mark.parametrize("said", ["I'm 35, is creatine safe?", "should I take creatine?", "my son is 25, can he take creatine?"])
async def test_an_adult_gets_the_adult_answer(chat, said: str) -> None:
    reply = await chat(said)
    assert "still growing" not in reply.text and "Creatine" in reply.text or "Bloating" in reply.text, reply.text


async def test_the_examples_after_the_teen_answer_work(chat) -> None:
    reply = await chat("I'm 15, is creatine safe for me?")
    assert "Try “how much protein do I need?” or “snack ideas”." in reply.text, reply.text
    why = await chat("why?")
    assert "still growing" in why.text and "American Academy of Pediatrics" in why.text, why.text
    snacks = await chat("snack ideas")
    assert "snack ideas" in snacks.text, snacks.text
