"""Round 31 (issue 12): everyday life with a food allergy or a medical diet.

"Ik ben allergisch voor pinda's. Waar moet ik op letten bij het boodschappen doen?" was saved and
left there: now how to shop (the ingredients, the "may contain" warnings, the allergen's other
names) in any of the seven languages. "can she have baked stuff like muffins?" for a baby with an
egg allergy got muffins' calories: now egg-free versions, baked egg only on her allergy team's
advice. "what cake can I make?" got the capability menu or oat bars: now a cake that fits. "what
do I tell the teachers?" got the menu: now the allergy, the action plan and the medicine. A vegan
guest's Christmas main got the menu: now one dish for all, again after each allergy added. Low
FODMAP lunches named apples: now only low FODMAP foods. A restaurant "en Valencia" had no cuisine
for the eating-out answer; "¿Y la paella valenciana?" got the menu. Italian packed lunches and
"e una merenda per il pomeriggio?" were not read. Phrasings are this file's own."""

from __future__ import annotations

import re

import pytest

from host.plugins import available_entry_points
from tests.test_allergy_round29 import talk  # noqa: F401  (the same fixture: each final frame's agent and text)

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")
MENU = "I can:"


SHOPPING = [
    ("Ik ben allergisch voor pinda's. Waar moet ik op letten bij het boodschappen doen?", r"kan sporen van"),
    ("Ich bin allergisch gegen Erdnüsse. Worauf muss ich beim Einkaufen achten?", r"kann Spuren von"),
    ("Je suis allergique aux arachides, des conseils pour faire les courses au supermarché ?", r"peut contenir des traces"),
    ("Soy alérgica al huevo. ¿Qué debo mirar cuando hago la compra en el supermercado?", r"puede contener trazas"),
    ("Sono allergica alla soia, a cosa devo stare attenta quando faccio la spesa?", r"può contenere tracce"),
    ("Sou alérgico a amendoim. O que devo ver nas compras no supermercado?", r"pode conter vestígios"),
    ("Jestem uczulony na orzechy. Na co uważać przy zakupach w sklepie?", r"może zawierać"),
    ("I'm allergic to sesame, any tips for the weekly food shop?", r""),
]


@pytest.mark.parametrize(("asked", "local"), SHOPPING)
async def test_shopping_with_an_allergy_says_read_the_ingredients_and_may_contain(talk, asked, local):
    (agent, text), = await talk(asked)
    assert agent.startswith("Ceres") and MENU not in text, text
    assert "ingredients" in text and "“may contain”" in text and "(other names for it)" in text, text
    assert re.search(local, text), text


async def test_shopping_after_the_allergy_was_saved_names_the_allergens_other_names(talk):
    _, (agent, text) = await talk("my son has a milk allergy", "what should I look out for at the supermarket?")
    assert agent.startswith("Ceres") and "Avoid whey, casein" in text, text


@pytest.mark.parametrize(
    "asked",
    [
        "Ich habe eine Fischallergie. Was kann ich im Supermarkt für eiweißreiche Abendessen kaufen?",
        "I can't have sesame or eggs (proper allergies). can you give me a week of packed lunch ideas? supermarket stuff is fine",
    ],
)
async def test_meal_ideas_asked_beside_the_supermarket_are_not_the_shopping_answer(talk, asked):
    (agent, text), = await talk(asked)
    assert "Shopping with" not in text and not re.search(r"anchov", text.split("contains them.")[-1]), text


@pytest.mark.parametrize(
    ("said", "asked", "whose"),
    [
        ("our 9 month old just tested positive for egg allergy, what breakfasts can I give her?", "can she have baked stuff like muffins or pancakes?", "her"),
        ("my toddler is allergic to eggs", "is he ok to have cupcakes at nursery?", "his"),
        ("Mi hijo de 2 años es alérgico al huevo.", "can he eat biscuits and waffles?", "his"),
    ],
)
async def test_baked_goods_for_a_child_with_an_egg_allergy_are_egg_free_or_on_the_allergy_teams_advice(talk, said, asked, whose):
    _, (agent, text) = await talk(said, asked)
    assert agent.startswith("Ceres"), text
    assert text.startswith("No") and "egg-free" in text and f"{whose} allergy team" in text and "egg ladder" in text, text
    assert "kcal" not in text, text


async def test_pancakes_without_egg_are_still_a_yes(talk):
    _, (agent, text) = await talk("I'm allergic to eggs", "can I have pancakes without egg?")
    assert text.startswith("Yes"), text


@pytest.mark.parametrize(
    ("said", "asked", "never"),
    [
        ("our 9 month old has an egg allergy", "her 1st birthday is next month, what cake can I make?", r"(?<!no )\beggs?\b(?! in it)(?!s? in it)"),
        ("my son has a peanut allergy", "a cake idea I can bake for the class party?", r"almond|walnut|hazelnut|peanut butter"),
        ("my daughter is allergic to milk", "any birthday cake recipe ideas?", r"\bbutter\b(?!cream)|cheese"),
    ],
)
async def test_a_cake_idea_is_an_actual_cake_that_fits(talk, said, asked, never):
    _, (agent, text) = await talk(said, asked)
    assert agent.startswith("Ceres") and MENU not in text, text
    assert re.search(r"\bcake\b", text) and "“may contain”" in text, text
    offered = text.split(":", 1)[1].split("Check every label")[0]
    assert not re.search(never, re.sub(r"\(no [^)]*\)|in place of the eggs|dairy-free \w+|no honey[^,]*|no whole nuts[^.]*", "", offered), re.IGNORECASE), text


async def test_a_first_birthday_cake_keeps_honey_out_and_sugar_low(talk):
    _, (_, text) = await talk("my baby is allergic to eggs", "what smash cake can I make for her first birthday?")
    assert "no honey before 12 months" in text and "banana" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Mia figlia ha 8 anni ed è allergica alla soia.", "la settimana prossima ha una gita scolastica, cosa dico alle maestre?"),
        ("my son has a peanut allergy", "he starts a new school in september, what do I need to tell his teacher?"),
        ("Meine Tochter hat eine Nussallergie.", "Was sage ich der Lehrerin vor dem Schulausflug?"),
    ],
)
async def test_what_to_tell_the_school_is_the_allergy_the_plan_and_the_medicine(talk, said, asked):
    _, (agent, text) = await talk(said, asked)
    assert agent.startswith("Ceres") and MENU not in text, text
    assert "teachers" in text and "allergy action plan" in text and "adrenaline auto-injectors" in text and "label" in text, text


async def test_a_vegan_guests_main_stays_one_dish_for_all_as_allergies_are_added(talk):
    first, soy, nuts = await talk(
        "my sister in law is vegan and staying with us over christmas. what main can I cook that everyone will actually like?",
        "ah wait, she's also allergic to soy. does that change things?",
        "and my nephew is coming too, he has a tree nut allergy. one dish for all of them?",
    )
    assert first[0].startswith("Ceres") and re.search(r"Wellington|shepherd's pie|squash", first[1]), first[1]
    assert not re.search(r"\b(?:meat|chicken|beef|turkey|butter|cheese|egg)\b", first[1]), first[1]
    main = soy[1].split("One main", 1)[-1]
    assert "soy-free" in soy[1] and not re.search(r"tofu|soy sauce", main), soy[1]
    assert "tree nut-free" in nuts[1] and "chestnut" not in nuts[1] and "nut roast" not in nuts[1], nuts[1]
    assert re.search(r"shepherd's pie|squash", nuts[1]), nuts[1]


HIGH_FODMAP = r"\b(?:apples?|pears?|honey|cauliflower|mushrooms?|watermelon|mango(?:es)?|baked beans|kidney beans|agave|cashews?|pistachios?|artichokes?|asparagus|hummus|dates|dried fruit)\b"


async def test_low_fodmap_lunch_snack_and_pre_run_breakfast_name_only_low_fodmap_foods(talk):
    lunch, snack, run = await talk(
        "I've been told to go low FODMAP for my IBS. any lunch ideas I can take to the office? we have no microwave",
        "and something for an afternoon snack?",
        "what's a good breakfast before parkrun on saturday? my stomach plays up when I run",
    )
    assert re.search(r"rice|quinoa|sourdough", lunch[1]) and "no microwave" in lunch[1], lunch[1]
    assert re.search(r"banana|orange|kiwi|rice cakes", snack[1]), snack[1]
    assert re.search(r"2-3 hours|porridge|banana", run[1]), run[1]
    for _, text in (lunch, snack, run):
        assert not re.search(HIGH_FODMAP, text, re.IGNORECASE), text


async def test_a_restaurant_named_by_its_city_gets_that_kitchens_eating_out_answer(talk):
    (agent, text), = await talk("Soy alérgica al marisco y esta noche ceno en un restaurante en Sevilla. ¿Qué me pido?")
    assert agent.startswith("Ceres") and "Spanish place" in text and "Tell the staff" in text, text
    assert "grilled chicken" in text, text


async def test_paella_valenciana_after_the_spanish_answer_is_its_own_answer(talk):
    _, (agent, text) = await talk("shellfish allergy, eating out in Valencia tonight, what should I order?", "and the paella valenciana, can I order it?")
    assert agent.startswith("Ceres") and MENU not in text, text
    assert "chicken, rabbit" in text and "own pan" in text, text


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Mia figlia ha 8 anni ed è allergica alla soia. Cosa le metto nel pranzo al sacco per la scuola?", "e una merenda per il pomeriggio?"),
        ("Mi hijo es alérgico al huevo. ¿Qué le pongo en la fiambrera para el colegio?", "¿Y una merienda para la tarde?"),
        ("Mon fils est allergique aux arachides. Qu'est-ce que je mets dans sa boîte à lunch pour l'école ?", "Et un goûter pour l'après-midi ?"),
    ],
)
async def test_a_packed_school_lunch_and_snack_asked_abroad_are_ideas(talk, said, asked):
    lunch, snack = await talk(said, asked)
    assert "lunch ideas" in lunch[1] and MENU not in lunch[1], lunch[1]
    assert "snack ideas" in snack[1] and MENU not in snack[1], snack[1]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("I want to purge my cupboards of all the junk and start eating better. where do I even start??", "forgot to say I'm 3 weeks postpartum and breastfeeding, does that change anything?"),
        ("what are good high protein snacks?", "oh I'm breastfeeding btw, does that change things?"),
    ],
)
async def test_breastfeeding_said_after_her_answer_gets_the_breastfeeding_answer_not_generals_menu(talk, first, then):
    _, (agent, text) = await talk(first, then)
    assert agent.startswith("Ceres") and "Here's what I can do" not in text, text
    assert "breastfeeding" in text and re.search(r"midwife|health visitor", text) and "thirst" in text, text


@pytest.mark.parametrize("asked", ["ha ok. and what should I eat before a 15km hike myself?", "what should I eat before a 10 mile walk tomorrow?", "what to eat before a long bike ride?"])
async def test_food_before_a_hike_or_long_walk_is_pre_exercise_fuel(talk, asked):
    (agent, text), = await talk(asked)
    assert agent.startswith("Ceres") and re.search(r"banana|porridge|toast", text) and "hours before" in text, text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("my neighbour's dog is pregnant, can she still come on walks with me?", "should she be eating something different?"),
        ("what are good high protein snacks?", "my mate's dog is pregnant, what should she eat?"),
        ("our cat is pregnant", "does she need special food now?"),
    ],
)
async def test_a_pregnant_pets_food_is_the_vets_question_not_human_pregnancy_advice(talk, first, then):
    _, (agent, text) = await talk(first, then)
    assert "vet" in text and re.search(r"puppy|kitten", text), text
    assert not re.search(r"folic acid|micrograms|lunch ideas", text), text


@pytest.mark.parametrize(
    "asked",
    [
        "My dear friend's old dog died on Sunday and she's heartbroken, hardly eating. What could I make and take round to her?",
        "just did 2km in the pool and I'm absolutely starving, could eat a horse. quick snack ideas?",
        "I walk the dog for an hour every morning, what should I eat before?",
    ],
)
async def test_a_pet_named_beside_the_users_own_food_question_is_not_the_vets(talk, asked):
    (agent, text), = await talk(asked)
    assert "vet" not in text, text


async def test_a_dog_owner_asking_about_their_own_breakfast_gets_breakfast(talk):
    (agent, text), = await talk("I walk my dog every morning, what should I eat for breakfast?")
    assert "vet" not in text and "breakfast" in text, text


ALLERGEN_WORDS = {
    "peanuts": r"peanut", "tree_nuts": r"almond|walnut|hazelnut|cashew|pecan|pistachio|chestnut|nut roast", "egg": r"(?<!no )\beggs?\b(?! in it)",
    "dairy": r"(?<!dairy-free )\bbutter\b|\bcheese\b|\bcream\b", "gluten": r"(?<!gluten-free )(?<!-)\bflour\b|pastry|(?<!dairy-free )\bpie\b(?! with a crispy)",
    "soy": r"tofu|soy sauce|soya? milk", "sesame": r"sesame|tahini",
}


@pytest.mark.parametrize("allergen", sorted(ALLERGEN_WORDS))
@pytest.mark.parametrize("vegan", [False, True])
def test_the_cake_and_main_tables_offer_nothing_the_allergy_or_veganism_rules_out(allergen, vegan):
    from agenthost_ceres.allergy_everyday import cake_text, main_text
    from agenthost_ceres.diet import DietPrefs

    prefs = DietPrefs(type="vegan" if vegan else "omnivore", allergies=() if allergen == "gluten" else (allergen,), gluten_free=allergen == "gluten")
    for text in (cake_text("what cake can I bake?", prefs), main_text(prefs, vegan)):
        offered = re.sub(r"\((?:no|most)[^)]*\)|\([^)]*-free\)|no \w+(?:, \w+)*(?: or \w+)? in it|in place of the eggs|Check every label[^\n]*|labels of [^\n]*|check the label|[\w-]+-free(?: self-raising)? \w+", "", text)
        assert not re.search(ALLERGEN_WORDS[allergen], offered, re.IGNORECASE), text
        if vegan:
            assert not re.search(r"(?<!no )\beggs\b(?! in it)|(?<!dairy-free )\bbutter\b|\bhoney\b|\bmeat\b", offered), text
        assert re.search(r"\bcake\b|Wellington|pie|squash", text), text


@pytest.mark.parametrize("asked", ["En wat eet ik na het sporten morgen?", "Was esse ich nach dem Training?", "Cosa mangio dopo la palestra?"])
def test_what_to_eat_after_training_asked_abroad_is_read_in_english(asked):
    from agenthost_ceres.understand import _in_english

    assert _in_english(asked) == "what should I eat after training?"
