"""The bundled tables: big enough, cited, internally consistent, and findable by alias."""

from __future__ import annotations

import json
from importlib import resources

from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import UNITS
from agenthost_ceres.suggestions import load_templates

TAGS = {"vegetarian", "vegan", "pescatarian", "gluten_free", "lactose_free", "alcohol"}
ALLERGENS = {"dairy", "egg", "fish", "shellfish", "gluten", "soy", "nuts", "peanuts", "sesame"}


def test_the_table_has_200_foods_and_cites_fooddata_central():
    table = load_table()
    raw = json.loads(resources.files("agenthost_ceres").joinpath("data/foods.json").read_text(encoding="utf-8"))
    assert len(table) >= 200
    assert "FoodData Central" in raw["source"]
    assert set(raw["datasets"]) == {"SR Legacy", "FNDDS 2019-2020"}
    assert {food.dataset for food in table.foods} <= set(raw["datasets"])


def test_every_food_has_a_portion_nutrients_tags_and_a_plausible_energy():
    for food in load_table().foods:
        assert food.portion_grams > 0 and food.portion_description.endswith("g)") or food.portion_unit == "g", food.id
        assert min(food.kcal, food.protein_g, food.carbs_g, food.fat_g, food.fibre_g) >= 0, food.id
        assert food.fibre_g <= food.carbs_g + 0.01, food.id
        assert food.protein_g + food.carbs_g + food.fat_g <= food.portion_grams, food.id
        assert food.tags <= TAGS and food.allergens <= ALLERGENS, food.id
        if "alcohol" in food.tags:
            continue  # alcohol's 7 kcal/g is not in the macros
        atwater = 4 * food.protein_g + 4 * food.carbs_g + 9 * food.fat_g
        assert abs(atwater - food.kcal) <= 0.25 * food.kcal + 15, (food.id, food.kcal, atwater)


def test_tags_agree_with_allergens():
    for food in load_table().foods:
        assert ("gluten_free" in food.tags) == ("gluten" not in food.allergens), food.id
        assert ("lactose_free" in food.tags) == ("dairy" not in food.allergens), food.id
        if "vegan" in food.tags:
            assert "vegetarian" in food.tags and not food.allergens & {"dairy", "egg", "fish", "shellfish"}, food.id
        if "vegetarian" in food.tags:
            assert "pescatarian" in food.tags and not food.allergens & {"fish", "shellfish"}, food.id


def test_meat_and_fish_are_per_100_g():
    for food in load_table().foods:
        if food.category in ("meat & poultry", "fish & seafood") and food.portion_unit == "g":
            assert food.portion_grams == 100 and food.portion_description == "100 g", food.id


def test_aliases_are_unique_and_never_a_unit_word():
    table = load_table()
    assert table.collisions == []
    assert [key for key in table.index if len(key) == 1 and key[0] in UNITS] == []


def test_plurals_and_aliases_find_the_food():
    table = load_table()
    cases = {
        "eggs": "egg",
        "Berries": "mixed_berries",
        "tomatoes": "tomato",
        "chickpeas": "chickpeas",
        "garbanzo beans": "chickpeas",
        "courgettes": "zucchini",
        "wholemeal toast": "whole_wheat_bread",
        "cookies": "cookie",
        "french fries": "french_fries",
        "prawns": "shrimp",
        "hard-boiled eggs": "egg_boiled",
    }
    assert {text: getattr(table.find(text), "id", None) for text in cases} == cases
    assert table.find("unicorn steak") is None


def test_every_meal_template_uses_table_foods_for_real_meals():
    table = load_table()
    for template in load_templates():
        assert template.meals and set(template.meals) <= {"breakfast", "lunch", "dinner", "snack"}, template.name
        for food_id, portions in template.items:
            assert food_id in table.by_id, (template.name, food_id)
            assert 0 < portions <= 6, (template.name, food_id)
