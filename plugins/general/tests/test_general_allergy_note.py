"""General's answers that name foods honour an allergy, intolerance or coeliac disease told to
Ceres earlier (allergy27): "how do I keep my bones strong?" lists milk, yogurt and cheese for
calcium, and a milk allergy saved in the profile must be said against them."""

from __future__ import annotations

import pytest

from agenthost_general.allergy_note import allergy_note


async def _save_diet(storage, diet: dict) -> None:
    user = storage.user("alice")
    await user.update_profile(lambda profile: profile.update({"diet": diet}))


@pytest.mark.parametrize(
    ("diet", "must", "named"),
    [
        ({"allergies": ["dairy"]}, "your milk allergy", ("milk", "yogurt", "cheese")),
        ({"lactose_free": True, "conditions": ["lactose intolerance"]}, "your lactose intolerance", ("milk", "yogurt", "cheese")),
        ({"allergies": ["fish"]}, "your fish allergy", ("fish",)),
        ({"allergies": ["soy", "fish"]}, "your soy and fish allergies", ("tofu", "fish")),
        ({"allergies": ["fish"], "lactose_free": True}, "your fish allergy and your lactose intolerance", ("fish", "milk")),
    ],
)
async def test_a_food_list_is_said_against_the_saved_allergy(chat, storage, diet: dict, must: str, named: tuple[str, ...]) -> None:
    await _save_diet(storage, diet)
    reply = await chat("how do I keep my bones strong?")
    note = next(line for line in reply.text.splitlines() if line.startswith("⚠️"))
    assert must in note
    for word in named:
        assert word in note
    assert reply.text.index("⚠️") < reply.text.index("Source:")


async def test_no_note_without_a_diet_or_for_a_pet(chat, storage) -> None:
    reply = await chat("how do I keep my bones strong?")
    assert "⚠️" not in reply.text
    assert allergy_note("Common dangers for dogs: chocolate and some peanut butters.", {"diet": {"allergies": ["peanuts"]}}) is None


def test_plant_and_lactose_free_milks_are_not_the_allergen() -> None:
    note = allergy_note("Calcium: fortified plant milks, oat milk, lactose-free milk and tofu.", {"diet": {"allergies": ["dairy"]}})
    assert note is None
