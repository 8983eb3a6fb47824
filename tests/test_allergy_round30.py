"""Round 30 (issue 12): eating out with an allergy or coeliac disease, by cuisine, and a
coeliac's kitchen shared with others.

"going out for Japanese tonight, what's safe for me?" with coeliac disease saved, "team lunch
at a Turkish place" with a sesame allergy, "Heute Abend gehen wir zum Inder" with a tree nut
allergy got General's fallback or the cuisine's meal ideas. Now: where that allergen usually
hides in that cuisine, tell the staff before ordering and ask about cross-contact, a few dishes
easier to ask about (never one carrying the allergen), and the auto-injector. "can I share the
toaster if I wash it?" when coeliac got pasta's figures; now what needs its own and why.
Phrasings are this file's own; the agents answer as installed, over a real WebSocket."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.allergens import ALLERGENS
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.eating_out import SAFER, safer_dishes
from agenthost_ceres.floor import violations
from host.plugins import available_entry_points
from tests.test_allergy_round29 import talk  # noqa: F401  (the same fixture: each final frame's agent and text)

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")
FITS = "✓ It fits your diet"
TELL = r"Tell the staff (about the allergy|you're coeliac) before ordering"


def _offered(text: str) -> str:
    """The line of dishes offered as easier to ask about."""
    found = re.search(r"Usually easier to ask about: (.*)", text)
    return found.group(1) if found else ""


# (said before, asked, where it hides there (must), never offered as easier)
CUISINES = [
    ("I'm allergic to peanuts", "we're getting a thai takeaway tonight, what should I order?", r"satay", r"peanut|satay|pad thai|massaman"),
    ("coeliac", "dinner at a japanese restaurant tomorrow, what can I eat?", r"soy sauce.*tempura", r"tempura|ramen|udon|katsu|(?<!free )soy sauce"),
    ("severe sesame allergy, I carry an epipen", "team lunch at a turkish place on thursday, anything safe for me?", r"tahini", r"hummus|tahini|sesame|za'atar"),
    ("shellfish allergy", "we're off to a tapas bar later, what should I avoid?", r"gambas", r"gambas|prawn|paella|calamari"),
    ("allergic to fish", "vietnamese place for lunch, what's safe?", r"fish sauce", r"pho|fish"),
    ("I have a milk allergy", "mexican restaurant tonight, what can I order?", r"sour cream", r"cheese|cream|taco|fajita"),
    ("coeliac", "going to the chippy tonight, what can I get?", r"shared fryers", r"batter|bun"),
    ("nut allergy", "Chinese takeaway tonight - what's safe to order?", r"kung pao", r"peanut|cashew"),
    ("I'm allergic to eggs", "cafe at the bakery this afternoon, what could I order?", r"brioche", r"cake|muffin|brioche"),
    ("Je suis allergique aux arachides", "Ce soir resto thaï, je commande quoi ?", r"satay", r"satay|pad thai"),
    ("Tengo alergia al sésamo", "¿Qué pido en un restaurante libanés?", r"hummus", r"hummus|tahini"),
    ("I'm allergic to tree nuts", "Heute Abend gehen wir zum Inder, was kann ich bestellen?", r"korma", r"korma|pasanda|cashew"),
]


@pytest.mark.parametrize(("said", "asked", "hides", "never"), CUISINES)
async def test_eating_out_by_cuisine_says_where_it_hides_to_tell_the_staff_and_what_to_ask_about(talk, said, asked, hides, never):
    _, (agent, text) = await talk(said, asked)
    assert agent.startswith("Ceres"), text
    assert re.search(hides, text, re.IGNORECASE), text
    assert re.search(TELL, text) and "cross-contact" in text, text
    assert _offered(text) and not re.search(never, _offered(text), re.IGNORECASE), text
    assert FITS not in text
    first = text.split("\nTry ")[0]
    assert len(first.split()) < 80, first


async def test_a_childs_allergy_is_his_and_his_auto_injector(talk):
    _, (_, text) = await talk("my boy (7) is allergic to peanuts and has an epipen", "he's begging for thai food for his birthday, which dishes should he avoid?")
    assert re.search(r"his peanut allergy.*satay", text), text
    assert "Keep his prescribed adrenaline auto-injector" in text


async def test_the_allergy_said_with_the_question_is_saved_and_used(talk):
    [(agent, text)] = await talk("coeliac here, korean bbq with friends tonight, what can I order?")
    assert agent.startswith("Ceres")
    assert "coeliac" in text.split("\n")[0]  # saved
    assert re.search(r"gochujang", text) and re.search(TELL, text), text


async def test_dishes_named_that_carry_the_allergen_are_said_first(talk):
    _, (_, text) = await talk("allergic to tree nuts only", "ordering from the pizzeria tonight, is the pesto gnocchi ok? and maybe cannoli after")
    first = text.split("\n")[0]
    assert first.startswith("⚠️ Skip pesto (pine nuts") and "cannoli" in first and "pistachio" in first, text


async def test_pick_one_dish_after_the_eating_out_answer(talk):
    *_, (agent, text) = await talk("I'm coeliac", "chinese restaurant with work tonight, what can I safely order?", "ok just choose one for me")
    assert agent.startswith("Ceres")
    assert text.startswith("Go for ") and "coeliac" in text and "soy sauce" in text, text


@pytest.mark.parametrize(
    "asked",
    ["going out for thai tonight, what should I order?", "any tips for ordering at an italian place?"],
)
async def test_no_allergy_no_allergy_answer(talk, asked):
    [(_, text)] = await talk(asked)
    assert not re.search(TELL, text), text


async def test_cooking_the_cuisine_at_home_is_not_the_restaurant_answer(talk):
    _, (_, text) = await talk("I'm allergic to peanuts", "I want to cook a thai curry at home tonight, any tips?")
    assert not re.search(TELL, text), text


SHARED = [
    ("I'm coeliac", "can I share the toaster with my housemates if I clean it?", r"toaster bags|own toaster"),
    ("coeliac disease", "do I need a separate colander or is washing it enough?", r"Colander: get your own"),
    ("I have celiac", "is it ok to use the same butter as my family?", r"Butter, spreads and jars: keep your own"),
    ("I'm coeliac", "my flatmate cuts bread on our shared chopping board, is washing it enough?", r"Chopping boards"),
    ("coeliac", "can we share the pasta colander and the toaster at home if I scrub them?", r"Colander: get your own"),  # "pasta" is no food asked about
]


@pytest.mark.parametrize(("said", "asked", "must"), SHARED)
async def test_a_coeliacs_shared_kitchen_says_what_needs_its_own(talk, said, asked, must):
    _, (agent, text) = await talk(said, asked)
    assert agent.startswith("Ceres")
    assert re.search(must, text) and "cross-contamination" in text, text
    assert not re.search(r"(?:washing|a wash) (?:is|should be) (?:enough|fine)", text), text
    assert "kcal" not in text


def test_no_easier_dish_carries_the_allergen_it_is_offered_for():
    """Every dish offered as easier to ask about reads, to the allergy floor, as free of that
    allergen (the few names the floor reads as another food are listed)."""
    floor_misreads = ("maki", "tom kha chicken soup", "tortilla española", "lettuce wrap", "shish taouk", "egg fried rice made without soy sauce", "kofta kebabs")
    for cuisine in SAFER:
        for allergen in ALLERGENS:
            prefs = DietPrefs(gluten_free=True) if allergen == "gluten" else DietPrefs(allergies=(allergen,))
            for dish in safer_dishes(cuisine, [allergen], 9):
                if not any(word in dish for word in floor_misreads):
                    assert not violations(dish, prefs), (cuisine, allergen, dish)


# A menu planned for a guest with an allergy, checked dish by dish; then ideas "for her" keep it out.
async def test_a_hosts_menu_is_checked_for_the_guests_allergy_and_her_ideas_leave_it_out(talk):
    (agent, menu), (_, dips) = await talk(
        "doing a dinner party friday and my friend has a sesame allergy. planning hummus, baba ganoush and a greek salad, all good?",
        "ugh ok. give me 3 dips that are safe for her",
    )
    assert agent.startswith("Ceres")
    assert re.search(r"Hummus\*\*: .*tahini", menu) and "Greek salad" in menu, menu
    assert "serving spoon" in menu and "Ask the staff" not in menu, menu
    assert "dip ideas" in dips and not re.search(r"(?i)hummus|tahini|sesame seeds", dips), dips


@pytest.mark.parametrize(
    "asked",
    ["right. and the birthday cake, can she just have a slice without the icing?", "ok. the chocolate cake, could she have a small piece?"],
)
async def test_a_slice_of_the_food_just_named_is_asked_about_that_food(talk, asked):
    _, (agent, text) = await talk("my niece is coeliac, she's staying with us", asked)
    assert agent.startswith("Ceres")
    assert text.startswith("No — ") and "cake" in text and "gluten" in text, text


@pytest.mark.parametrize("asked", ["damn. what can I have for breakfast then?", "ugh fine. a couple of snack ideas i can take to work"])
async def test_a_sigh_before_the_request_is_not_the_request(talk, asked):
    _, (_, text) = await talk("I'm allergic to peanuts", asked)
    assert "ideas" in text and "kcal" in text, text
    assert "I can:" not in text


async def test_may_contain_for_a_guest_child_says_oats_and_to_ask_the_parents(talk):
    [(_, text)] = await talk(
        "one of the kids coming to my son's party is coeliac. the biscuits say may contain gluten, is that ok? and oat bars are fine right?"
    )
    assert text.startswith("Best avoided") and "only oats labelled gluten-free" in text and "child's parents" in text, text


@pytest.mark.parametrize("asked", ["and a dip to go with it - not hummus obviously", "a dip for my lunch, but no tzatziki pls"])
async def test_a_request_that_sets_a_food_aside_is_answered_without_it(talk, asked):
    _, (_, text) = await talk("I'm allergic to sesame, what's a good mediterranean lunch?", asked)
    assert re.search(r"dip ideas?", text) and "without" in text, text
    set_aside = "hummus" if "hummus" in asked else "tzatziki"
    assert not re.search(rf"(?i)\*\*[^*]*{set_aside}", text), text
