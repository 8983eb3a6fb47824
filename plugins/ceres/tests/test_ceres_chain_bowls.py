"""A chain's bowl with its fillings listed: the protein the bowl is named by ("a chipotle steak bowl with brown
rice and guac") was lost with the bowl's own row (440 kcal, 6 g protein logged), and "double chicken" counted once."""

from __future__ import annotations

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal


def _ids(text: str) -> dict[str, float]:
    meal = parse_meal(text, load_table())
    return {item.food.id: item.quantity for item in meal.items}


def test_the_protein_a_bowl_is_named_by_is_logged_with_its_listed_fillings() -> None:
    assert _ids("had a chipotle steak bowl with brown rice and guac for dinner") == {"chipotle_steak": 1.0, "chipotle_brown_rice": 1.0, "chipotle_guacamole": 1.0}
    assert _ids("chipotle barbacoa bowl with white rice, pinto beans and cheese")["chipotle_barbacoa"] == 1.0


def test_double_protein_is_two_servings() -> None:
    assert _ids("a chipotle bowl with double chicken, rice, black beans and salsa")["chipotle_chicken"] == 2.0


def test_a_protein_listed_with_the_bowl_is_not_added_twice() -> None:
    found = _ids("chipotle chicken bowl with chicken, white rice and black beans")
    assert found["chipotle_chicken"] == 1.0 and "chipotle_chicken_bowl" not in found
