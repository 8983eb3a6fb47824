"""Meal ideas for someone with a peanut allergy put tree nuts last (and a tree-nut allergy, peanuts):
many people react to both and they are often processed together (allergens.RELATED, after the FSA, NHS and
Anaphylaxis UK). Before, the first snack ideas for "my son has a severe peanut allergy" were a parfait with
granola, a cottage cheese bowl with walnuts and rice cakes with almond butter."""

from __future__ import annotations

import pytest

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.suggestions import suggest


@pytest.mark.parametrize(("allergy", "related"), [("peanuts", "tree_nuts"), ("tree_nuts", "peanuts")])
@pytest.mark.parametrize("meal", ["snack", "breakfast", "lunch", "dinner"])
def test_ideas_without_the_related_allergen_come_first(allergy: str, related: str, meal: str) -> None:
    everything = suggest(meal, DietPrefs(allergies=(allergy,)), count=100)
    first = suggest(meal, DietPrefs(allergies=(allergy,)))
    clean = [idea for idea in everything if not any(related in food.allergens for food, _ in idea.items)]
    assert all(allergy not in food.allergens for idea in everything for food, _ in idea.items)  # never their own
    if len(clean) >= len(first):
        assert all(not any(related in food.allergens for food, _ in idea.items) for idea in first), [i.name for i in first]
