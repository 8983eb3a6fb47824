"""Allergies and medical diets, enforced everywhere: every meal idea and every dish Ceres can
suggest, against every allergen and every diet; everyday words mapped the strict way."""

from __future__ import annotations

import itertools

import pytest

from agenthost_ceres import tools
from agenthost_ceres.allergens import ALLERGENS, canonical_allergies
from agenthost_ceres.diet import DIET_TYPES, DietPrefs
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import MEAL_TYPES
from agenthost_ceres.suggestions import PLATE_PARTS, load_templates, simple_plates, suggest

# Every restriction a user can have: each allergen, each diet type, and the medical diets.
RESTRICTIONS = (
    [DietPrefs(allergies=(allergen,)) for allergen in ALLERGENS]
    + [DietPrefs(type=kind) for kind in DIET_TYPES if kind != "omnivore"]
    + [DietPrefs(gluten_free=True), DietPrefs(lactose_free=True), DietPrefs(gluten_free=True, conditions=("coeliac",))]
    + [DietPrefs(type="vegan", gluten_free=True, allergies=("peanuts", "tree_nuts", "soy", "sesame"))]
)


def forbidden(prefs: DietPrefs, food) -> bool:
    """Whether `food` breaks `prefs`, worked out from the tags alone (not from DietPrefs)."""
    if set(prefs.allergies) & food.allergens:
        return True
    if prefs.gluten_free and "gluten" in food.allergens:
        return True
    if prefs.lactose_free and "dairy" in food.allergens:
        return True
    return prefs.type != "omnivore" and prefs.type not in food.tags


@pytest.mark.parametrize("prefs", RESTRICTIONS, ids=lambda p: p.describe())
@pytest.mark.parametrize("meal", MEAL_TYPES)
def test_no_meal_idea_ever_breaks_an_allergy_or_a_diet(prefs, meal):
    table = load_table()
    ideas = suggest(meal, prefs, None, count=1000, table=table) + simple_plates(meal, prefs, table)
    fitted = suggest(meal, prefs, 300, count=1000, table=table) + suggest(meal, prefs, 900, count=1000, table=table)
    assert ideas, f"no {meal} ideas at all for {prefs.describe()}"
    for idea in ideas + fitted:
        broken = [food.id for food, _ in idea.items if forbidden(prefs, food)]
        assert broken == [], (idea.name, broken)


def test_the_templates_and_plate_parts_cover_every_allergen_so_the_test_above_bites():
    table = load_table()
    used = {food_id for template in load_templates() for food_id, _ in template.items}
    used |= {food_id for parts in PLATE_PARTS.values() for group in parts for food_id, _ in group}
    carried = set().union(*(table.get(food_id).allergens for food_id in used))
    assert carried == set(ALLERGENS)


@pytest.mark.parametrize("allergen", ALLERGENS)
def test_every_food_and_dish_is_refused_for_each_allergen_it_carries(allergen):
    prefs = DietPrefs(allergies=(allergen,))
    wrong = [food.id for food in load_table().foods if prefs.allows(food) != (allergen not in food.allergens)]
    assert wrong == []
    for food in load_table().foods:
        if allergen in food.allergens:
            assert any(reason.endswith(" allergy") for reason in prefs.conflicts(food)), food.id


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["nuts"], ["peanuts", "tree_nuts"]),
        (["nut"], ["peanuts", "tree_nuts"]),
        (["tree nuts"], ["tree_nuts"]),
        (["almonds"], ["tree_nuts"]),
        (["peanut butter"], ["peanuts"]),
        (["prawns"], ["shellfish"]),
        (["crustaceans"], ["shellfish"]),
        (["mussels"], ["shellfish"]),
        (["seafood"], ["fish", "shellfish"]),
        (["salmon"], ["fish"]),
        (["milk"], ["dairy"]),
        (["lactose"], ["dairy"]),
        (["eggs"], ["egg"]),
        (["soya"], ["soy"]),
        (["tofu"], ["soy"]),
        (["wheat"], ["gluten"]),
        (["barley"], ["gluten"]),
        (["coeliac"], ["gluten"]),
        (["tahini"], ["sesame"]),
        (["strawberries"], ["strawberry"]),
        (["nuts"] * 2 + ["Peanuts"], ["peanuts", "tree_nuts"]),
    ],
)
def test_everyday_words_map_to_every_allergen_they_can_mean(words, expected):
    assert canonical_allergies(words) == expected


def test_a_profile_saved_before_peanuts_and_tree_nuts_were_told_apart_reads_as_both():
    # Old versions stored "nuts" for "I'm allergic to nuts" and ruled out tree nuts only.
    prefs = DietPrefs.from_profile({"diet": {"allergies": ["nuts"]}})
    assert prefs.allergies == ("peanuts", "tree_nuts")
    table = load_table()
    assert not prefs.allows(table.get("peanut_butter")) and not prefs.allows(table.get("almonds"))


def test_coeliac_rules_out_wheat_barley_rye_and_ordinary_oats():
    prefs = DietPrefs.from_profile({"diet": {"conditions": ["coeliac"]}})
    table = load_table()
    for food_id in ("white_bread", "barley", "rye_bread", "oatmeal", "rolled_oats", "beer", "couscous", "soy_sauce", "big_mac"):
        assert not prefs.allows(table.get(food_id)), food_id
        assert "not gluten-free, and you're coeliac" in prefs.conflicts(table.get(food_id))
    for food_id in ("white_rice", "quinoa", "corn_tortilla", "potato", "buckwheat", "pad_thai"):
        assert prefs.allows(table.get(food_id)), food_id


@pytest.mark.parametrize("allergy", ["nuts", "shellfish", "dairy", "egg", "sesame", "gluten", "soy", "fish", "peanuts"])
async def test_the_suggest_tool_never_breaks_a_saved_allergy_whatever_is_asked(context, write_profile, allergy):
    write_profile({"diet": {"allergies": [allergy]}})
    banned = set(canonical_allergies([allergy]))
    table = load_table()
    for meal, kind in itertools.product(MEAL_TYPES, ({}, {"high_protein": True}, {"diet": "vegetarian"}, {"count": 6})):
        result = await tools.suggest_meals(context, meal_type=meal, **kind)
        for idea in result["suggestions"]:
            carried = set().union(*(table.get(item["food_id"]).allergens for item in idea["items"]))
            assert not carried & banned, (allergy, meal, idea["name"])
