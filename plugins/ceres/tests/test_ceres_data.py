"""The bundled tables: big enough, cited with a version, internally consistent, tagged with the
allergens their names and ingredients imply, and findable by alias."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from agenthost_ceres.allergens import ALLERGENS
from agenthost_ceres.foods import load_table
from agenthost_ceres.knowledge import load_entries
from agenthost_ceres.parser import UNITS
from agenthost_ceres.suggestions import load_templates

TAGS = {"vegetarian", "vegan", "pescatarian", "gluten_free", "lactose_free", "alcohol"}


def figures(text: str) -> list[str]:
    """The numbers in a text, leaving out nutrient names that contain digits (B12, omega-3)."""
    return re.findall(r"\d", re.sub(r"\b(?:B12|b12|omega-3|D3|D2)\b", "", text))


def raw(name: str) -> dict:
    return json.loads(resources.files("agenthost_ceres").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def test_the_table_has_250_foods_and_60_dishes_and_cites_each_source_with_a_version():
    table = load_table()
    foods, dishes = raw("foods.json"), raw("dishes.json")
    assert len(foods["foods"]) >= 250 and len(dishes["dishes"]) >= 60
    assert "FoodData Central" in foods["source"]
    assert set(foods["datasets"]) == {"SR Legacy", "FNDDS 2019-2020"}
    assert {row["dataset"] for row in foods["foods"]} <= set(foods["datasets"])
    for key, source in dishes["sources"].items():
        assert source["name"] and source["version"] and source["url"].startswith("https://"), key
    for row in dishes["dishes"]:
        assert row["source"] in dishes["sources"], row["id"]
        food = table.get(row["id"])
        version = dishes["sources"][row["source"]]["version"]
        assert version in food.source, (row["id"], food.source)


def test_every_food_and_dish_has_a_portion_nutrients_tags_and_an_energy_its_macros_explain():
    for food in load_table().foods:
        assert food.portion_grams > 0 and food.portion_description.endswith("g)") or food.portion_unit == "g", food.id
        assert min(food.kcal, food.protein_g, food.carbs_g, food.fat_g, food.fibre_g) >= 0, food.id
        assert food.fibre_g <= food.carbs_g + 0.01, food.id
        assert food.protein_g + food.carbs_g + food.fat_g <= food.portion_grams, food.id
        assert food.tags <= TAGS and food.allergens <= set(ALLERGENS), food.id
        assert food.source, food.id
        if "alcohol" in food.tags:
            continue  # alcohol's 7 kcal/g is not in the macros
        atwater = 4 * food.protein_g + 4 * food.carbs_g + 9 * food.fat_g
        assert abs(atwater - food.kcal) <= 0.25 * food.kcal + 15, (food.id, food.kcal, atwater)


def test_every_chain_row_states_figures_its_macros_explain_within_five_percent():
    for row in raw("dishes.json")["dishes"]:
        if "recipe" in row or "alcohol" in row.get("tags", ()):
            continue  # a recipe is checked below; alcohol's 7 kcal/g is not in the macros
        atwater = 4 * row["protein_g"] + 4 * row["carbs_g"] + 9 * row["fat_g"]
        assert abs(atwater - row["kcal"]) <= 0.05 * row["kcal"] + 5, (row["id"], row["kcal"], atwater)


def test_a_recipe_dish_is_the_sum_of_its_ingredients():
    table = load_table()
    for row in raw("dishes.json")["dishes"]:
        if "recipe" not in row:
            continue
        dish = table.get(row["id"])
        parts = [(table.get(food_id), portions) for food_id, portions in row["recipe"]]
        assert all(0 < portions <= 6 for _, portions in parts), row["id"]
        assert dish.kcal == pytest.approx(sum(food.kcal * n for food, n in parts), abs=1), row["id"]
        extra = set(row.get("extra_allergens", ()))  # what the table's foods leave out (dashi in miso soup)
        assert dish.allergens == frozenset().union(*(food.allergens for food, _ in parts), extra), row["id"]
        assert dish.tags <= frozenset.intersection(*(food.tags for food, _ in parts)), row["id"]
        if not extra:
            assert dish.tags == frozenset.intersection(*(food.tags for food, _ in parts)), row["id"]
        assert "recipe:" in dish.source and "USDA FoodData Central" in dish.source


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("big mac", 560, 600),
        ("large fries", 450, 510),
        ("milkshake", 450, 650),
        ("chicken caesar salad", 400, 750),
        ("chicken burrito", 700, 1100),
        ("2 slices of pizza", 450, 700),
        ("a bowl of ramen", 450, 900),
        ("pad thai", 600, 1000),
        ("chicken curry with rice", 400, 800),
        ("bagel with cream cheese", 300, 450),
        ("grande latte", 150, 250),
        ("smoothie", 200, 400),
        ("turkey sandwich", 250, 500),
    ],
)
def test_everyday_dishes_carry_realistic_figures(words, low, high):
    from agenthost_ceres.parser import parse_meal

    (item,) = parse_meal(words, load_table()).items
    assert low <= item.to_json()["kcal"] <= high, (words, item.food.id, item.to_json()["kcal"])


# Words in a food's name, aliases or ingredients that mean it must carry an allergen: an
# audit of the tags that does not trust them. Exceptions name foods that only sound like it.
AUDIT = {
    "peanuts": (r"\bpeanuts?\b|\bsatay\b|pad thai", set()),
    "tree_nuts": (r"\balmonds?\b|\bwalnuts?\b|\bcashews?\b|\bpecans?\b|\bpistachios?\b|\bhazelnuts?\b|\bmacadamias?\b|\bgranola\b", set()),
    "dairy": (r"(?<!almond )(?<!coconut )(?<!soy )(?<!soya )(?<!oat )\bmilk\b|\bcheese|\bbutter\b|(?<!coconut )\bcream\b|\byogh?urt|\bwhey\b|\bparmesan|\bmozzarella|\bcheddar|\bfeta\b|\bricotta|\blatte\b|\bcappuccino|\bmilkshake|\bshake\b|\bice cream",
              {"peanut_butter", "almond_butter", "pbj"}),
    "egg": (r"\beggs?\b|\bomelet|\bmayo|\bmayonnaise|\bcarbonara|\bpancakes?\b|\bwaffles?\b", {"eggplant"}),
    "fish": (r"\bsalmon\b|\btuna\b|\bcod\b|\bsardines?\b|\bmackerel\b|\btrout\b|\btilapia\b|\banchov|\bfish\b|\bcaesar\b|\blox\b", set()),
    "shellfish": (r"\bshrimps?\b|\bprawns?\b|\bcrab\b|\blobster\b|\bscallops?\b|\bshellfish\b", set()),
    "soy": (r"\bsoy\b|\bsoya\b|\btofu\b|\bedamame\b|\bteriyaki\b", set()),
    "gluten": (r"\bbread\b|\btoast\b|\bbagel|\bpasta\b(?! sauce)|\bspaghetti|\bwheat\b|\bbarley\b|\brye\b|\boats?\b|\boatmeal|\bporridge|\bcouscous|\bbulgur|\bcroutons?\b|\bpizza|\bburger\b|\bsandwich|\bwrap\b|\bbeer\b|\bnoodles?\b|\bpita\b|\bcroissant|\bmuffin|\bcookie|\bcake\b|\bpie\b|\bbun\b",
               {"rice_noodles", "pho", "pad_thai", "shrimp_pad_thai", "rice_cakes", "marinara", "summer_roll"}),
    "sesame": (r"\bsesame\b|\btahini\b|\bhumm?o?us\b|\bhoumous\b|\bbig mac\b|\bwhopper\b", set()),
}


@pytest.mark.parametrize("allergen", sorted(AUDIT))
def test_every_food_whose_words_or_ingredients_imply_an_allergen_carries_it(allergen):
    pattern, exceptions = AUDIT[allergen]
    table = load_table()
    missing = []
    for food in table.foods:
        words = " ".join([food.name, *food.aliases, *(table.get(i).name for i, _ in food.recipe)]).lower()
        if re.search(pattern, words) and allergen not in food.allergens and food.id not in exceptions:
            missing.append(food.id)
    assert missing == [], f"{allergen} not tagged on {missing}"


def test_ordinary_oats_are_flagged_for_coeliac_disease():
    table = load_table()
    for food_id in ("oatmeal", "rolled_oats", "oat_milk", "overnight_oats"):
        assert "gluten" in table.get(food_id).allergens and "gluten_free" not in table.get(food_id).tags, food_id


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
        "Big Macs": "big_mac",
        "McDonald's fries": "mcd_fries_medium",
        "chicken caesar salad": "chicken_caesar_salad",
        "bagels with cream cheese": "bagel_cream_cheese",
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


def test_every_everyday_answer_names_its_sources_and_has_a_version_without_figures():
    entries = load_entries()
    assert len(entries) >= 20
    for entry in entries:
        assert entry.answer and entry.sources, entry.id
        for source in entry.sources:
            assert source.name and 1990 <= source.year <= 2030 and source.url.startswith("https://"), (entry.id, source)
        assert not figures(entry.gentle), entry.id
        assert "kcal" not in entry.gentle and "calorie" not in entry.gentle.lower(), entry.id


def test_everyday_answers_suggest_only_foods_that_fit_the_users_diet():
    from agenthost_ceres.diet import DietPrefs

    table = load_table()
    for entry in load_entries():
        for words, parts in entry.options:
            assert all(part in ALLERGENS or part in table.by_id for part in parts), (entry.id, words)
        for allergen in ALLERGENS:
            prefs = DietPrefs(allergies=(allergen,))
            shown = entry.render(prefs)
            for words, parts in entry.options:
                carried = {p for p in parts if p in ALLERGENS} | set().union(*(table.get(p).allergens for p in parts if p in table.by_id))
                if allergen in carried:
                    assert f"{words}," not in shown and f" {words}." not in shown and f" {words} " not in shown, (entry.id, allergen, words)
        assert "{options}" not in entry.render(DietPrefs()) and "{options}" not in entry.render(DietPrefs(), gentle=True)
