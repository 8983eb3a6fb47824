"""Round 12: hidden allergens in everyday sauces and staples ("can I still have soy sauce?" for
a coeliac: regular soy sauce is brewed with wheat), said with the reason and a safe swap."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.can_have import refusal
from agenthost_ceres.diet import DietPrefs

COELIAC = DietPrefs(gluten_free=True, conditions=("coeliac",))


@pytest.mark.parametrize(
    ("prefs", "question", "reason", "swap"),
    [
        (COELIAC, "can I still have soy sauce in a stir fry?", "brewed from soya beans and wheat", "tamari"),
        (COELIAC, "is soy sauce ok for me?", "wheat", "labelled gluten-free"),
        (COELIAC, "can i have chips with malt vinegar?", "barley", "cider vinegar"),
        (COELIAC, "can I still drink beer?", "barley", "labelled gluten-free"),
        (COELIAC, "are stock cubes ok?", "wheat flour", "labelled gluten-free"),
        (COELIAC, "is gravy safe for me?", "wheat flour", "cornflour"),
        (COELIAC, "can I eat couscous?", "couscous is wheat", "quinoa"),
        (COELIAC, "can I still have porridge?", "ordinary oats", "oats labelled gluten-free"),
        (COELIAC, "is teriyaki chicken ok for me?", "soy sauce", "tamari"),
        (DietPrefs(allergies=("sesame",)), "can I still have hummus?", "tahini", "without tahini"),
        (DietPrefs(allergies=("sesame",)), "is tahini dressing ok", "sesame paste", "lemon"),
        (DietPrefs(allergies=("fish",)), "is worcestershire sauce ok?", "anchovies", "anchovy-free"),
        (DietPrefs(allergies=("fish",)), "is caesar dressing ok for me?", "anchovies", "olive oil"),
        (DietPrefs(allergies=("egg",)), "can I still have mayo?", "egg yolk", "egg-free"),
        (DietPrefs(allergies=("egg",)), "is tartare sauce ok?", "mayonnaise", ""),
        (DietPrefs(allergies=("tree_nuts", "peanuts")), "can I still have pesto?", "pine nuts", "sunflower"),
        (DietPrefs(allergies=("dairy",)), "can I still have pesto?", "parmesan", "nutritional yeast"),
        (DietPrefs(allergies=("soy",)), "can I still have soy sauce?", "soya", "coconut aminos"),
        (DietPrefs(allergies=("soy",)), "is miso soup ok?", "soya", ""),
    ],
)
def test_a_hidden_allergen_is_a_no_with_its_reason_and_a_safe_swap(prefs: DietPrefs, question: str, reason: str, swap: str) -> None:
    answer = refusal(question, prefs)
    assert answer is not None and answer.startswith("No"), answer
    assert reason in answer and swap in answer, answer
    # the swap never brings back what the diet rules out
    assert not re.search(r"\b(?:regular soy sauce is fine|yes)\b", answer, re.I)


@pytest.mark.parametrize(
    ("prefs", "question"),
    [
        (COELIAC, "is tamari ok?"), (COELIAC, "can I have gluten-free soy sauce?"), (COELIAC, "is rice ok for me?"),
        (DietPrefs(allergies=("sesame",)), "is soy sauce ok?"), (DietPrefs(allergies=("fish",)), "can I have mayo?"),
        (DietPrefs(allergies=("egg",)), "is pesto ok?"),
    ],
)  # fmt: skip
def test_a_food_that_fits_is_no_refusal(prefs: DietPrefs, question: str) -> None:
    assert refusal(question, prefs) is None


async def test_a_coeliac_asking_about_soy_sauce_in_a_stir_fry_hears_about_the_wheat(chat) -> None:
    await chat("just diagnosed coeliac. need easy dinners for work nights")
    reply = await chat("can I still have soy sauce in a stir fry?")
    assert reply.text.startswith("No — soy sauce isn't safe for you"), reply.text
    assert "tamari" in reply.text and "wheat" in reply.text
    assert not re.search(r"\budon\b|\bramen\b|(?<!rice )noodles? with soy sauce", reply.text), reply.text
