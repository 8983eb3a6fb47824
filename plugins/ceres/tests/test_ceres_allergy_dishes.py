"""An allergy, intolerance or medical diet said once, then tested by the dishes, bakes, takeaway
orders, snacks and meal ideas people ask about later (allergy27).

A dish the food table lacks must not be answered by its near name: "massaman curry" found a
plain chicken curry and said "✓ It fits your diet" to a nut allergy (massaman is cooked with
peanuts), "scotch egg" a shot of scotch and an egg to a coeliac, "bakewell tart" a protein bar.
The answer says what the dish usually holds and to check how it's made. A food that often hides
the allergen (takeaway curry, fries in a shared fryer) never gets "✓ fits". Allergies said in
other languages, several at once, are all saved."""

from __future__ import annotations

import re

import pytest

FITS = "✓ It fits your diet"

# (said once, asked later, what the reply must say, what it must never say)
DISHES = [
    ("I'm allergic to sesame", "can I have a bakewell tart?", r"usually made with almonds", r"Protein bar|" + FITS),
    ("nut allergy (incl peanuts)", "can I have a massaman curry from the thai place?", r"peanuts", r"Chicken curry|" + FITS),
    ("I'm coeliac", "can I have a scotch egg?", r"breadcrumbs", r"Spirits|" + FITS),
    ("EpiPen for sesame", "can I get a pork pie?", r"I don't have pork pie", r"Pork loin|Apple pie|" + FITS),
    ("no shellfish pls", "is tom yum ok?", r"prawns", FITS),
    ("I can't do dairy", "what about tiramisu?", r"mascarpone", FITS),
    ("allergic to sesame", "what about baba ganoush?", r"tahini", FITS),
    ("nut allergy (incl peanuts)", "is pad see ew ok?", r"egg and dark soy sauce", FITS),
    ("I'm coeliac", "can I have a bakewell tart?", r"wheat pastry", r"Protein bar|" + FITS),
    ("allergic to shellfish", "can I have laksa?", r"shrimp paste", FITS),
    ("I'm allergic to fish", "is kedgeree ok?", r"haddock", FITS),
    ("allergic to eggs", "can I have a yorkshire pudding?", r"egg", FITS),
    ("I'm allergic to tree nuts", "can I have a macaron?", r"almonds", FITS),
    ("coeliac here", "can I have tabbouleh?", r"bulgur", FITS),
    ("peanut allergy", "can I eat kung pao chicken?", r"peanuts", FITS),
    ("I'm allergic to milk", "is crème brûlée ok?", r"cream", FITS),
    ("I'm allergic to peanuts", "can I have gado gado?", r"peanut", FITS),
    ("I have a soy allergy", "can I have bulgogi?", r"soy", FITS),
    ("I'm allergic to sesame", "can I have japchae?", r"sesame", FITS),
    ("egg allergy", "can I have french toast?", r"egg", FITS),
    ("coeliac", "can I have a chicken kiev?", r"breadcrumbs", FITS),
    ("sesame allergy", "can I have a massaman curry?", r"I don't have massaman curry", r"Chicken curry|" + FITS),
    ("I'm allergic to fish", "can I have a bakewell tart?", r"I don't have bakewell tart", r"Protein bar|" + FITS),
    ("I'm allergic to milk", "can I have a pain au chocolat?", r"butter", r"Dark chocolate|" + FITS),
    ("I'm coeliac", "can I have banana bread?", r"wheat flour", r"White bread|" + FITS),
    ("tree nut allergy", "can I have banana bread?", r"walnuts", r"White bread|" + FITS),
    ("allergic to shellfish", "can I have a takoyaki?", r"octopus", FITS),
    ("I'm allergic to egg", "is coleslaw ok?", r"mayonnaise", FITS),
]


@pytest.mark.parametrize(("said", "asked", "must", "never"), DISHES)
async def test_a_dish_the_table_lacks_is_never_answered_by_a_near_name(chat, said: str, asked: str, must: str, never: str) -> None:
    await chat(said)
    reply = await chat(asked)
    assert re.search(must, reply.text, re.IGNORECASE), reply.text
    assert not re.search(never, reply.text), reply.text


# Foods whose everyday versions often hide the allergen: a warning to check, never "it fits".
OFTEN = [
    ("nut allergy (incl peanuts)", "can I have a chicken curry from the takeaway?", r"cashews or almonds"),
    ("I'm coeliac", "can I have fries?", r"shared with battered"),
    ("coeliac", "can I have sausages?", r"rusk or breadcrumbs"),
    ("I'm allergic to tree nuts", "can I have ice cream?", r"may contain nuts"),
    ("allergic to tree nuts", "can I have a slice of cake?", r"often have nuts"),
    ("coeliac", "is gravy ok?", r"wheat flour"),
    ("I'm allergic to tree nuts", "can I have biryani?", r"nuts"),
]


@pytest.mark.parametrize(("said", "asked", "must"), OFTEN)
async def test_a_food_that_often_hides_the_allergen_is_never_said_to_fit(chat, said: str, asked: str, must: str) -> None:
    await chat(said)
    reply = await chat(asked)
    assert re.search(must, reply.text, re.IGNORECASE), reply.text
    assert FITS not in reply.text


async def test_an_intolerance_is_worded_as_an_intolerance_not_an_allergy(chat) -> None:
    await chat("I'm lactose intolerant")
    reply = await chat("is a scone ok?")
    assert "lactose intolerance" in reply.text or "dairy-free" in reply.text, reply.text
    assert "milk allergy" not in reply.text and "milk diet" not in reply.text


# Said in other languages, several at once: every allergen saved.
ABROAD = [
    ("soy alérgico al maní y a los mariscos", ("peanuts", "shellfish")),
    ("soy alérgico al many y a los mariscos", ("peanuts", "shellfish")),  # "maní" as the host's typo repair delivers it
    ("tengo alergia al many", ("peanuts",)),
    ("sou alérgica a amendoim e camarão", ("peanuts", "shellfish")),
    ("jestem uczulony na orzeszki ziemne", ("peanuts",)),
    ("mam alergię na orzechy", ("peanuts", "tree nuts")),
    ("ich bin allergisch gegen Erdnüsse und Sesam", ("peanuts", "sesame")),
    ("je suis allergique aux arachides et au sésame", ("peanuts", "sesame")),
    ("ik ben allergisch voor noten en vis", ("peanuts", "tree nuts", "fish")),
    ("sono allergica alle noci, al pesce e ai crostacei", ("tree nuts", "fish", "shellfish")),
]


@pytest.mark.parametrize(("said", "saved"), ABROAD)
async def test_several_allergies_said_abroad_are_all_saved(chat, said: str, saved: tuple[str, ...]) -> None:
    reply = await chat(said)
    first = reply.text.splitlines()[0]
    assert "saved your preferences" in first, reply.text
    for allergen in saved:
        assert allergen in first, reply.text


NAMES = {
    "peanuts": r"peanut|satay",
    "shellfish": r"shrimp|prawn|crab|lobster|mussel",
    "sesame": r"sesame|tahini|hummus",
    "nuts": r"peanut|almond|walnut|cashew|pecan|granola",
    "dairy": r"\bmilk\b(?<!soy milk)(?<!oat milk)(?<!rice milk)(?<!almond milk)|cheese|yogh?urt|butter(?<!peanut butter)(?<!almond butter)|\bcream\b|whey",
    "egg": r"\beggs?\b|omelett?e|mayo",
    "gluten": r"wheat|barley|\brye\b|bread|pasta|couscous|porridge|toast|granola|pita|wrap",
}

# Meal ideas, day plans and training snacks asked later keep to what was said.
LATER = [
    ("soy alérgico al maní y a los mariscos", "what's a good snack after the gym?", ("peanuts", "shellfish")),
    ("jestem uczulony na orzeszki ziemne", "snack ideas?", ("peanuts",)),
    ("nut allergy (incl peanuts)", "what's a good post-workout snack?", ("nuts",)),
    ("EpiPen for sesame", "healthy snack ideas?", ("sesame",)),
    ("I can't do dairy", "what should I eat before a morning run?", ("dairy",)),
    ("no shellfish pls", "ideas for dinner tonight?", ("shellfish",)),
    ("I'm allergic to eggs", "what's a good pre-workout meal?", ("egg",)),
    ("I'm allergic to eggs", "what should I eat after training?", ("egg",)),
    ("I'm coeliac", "what's a good breakfast before a half marathon?", ("gluten",)),
    ("allergic to sesame and peanuts", "plan my meals for tomorrow", ("sesame", "peanuts")),
    ("I'm lactose intolerant", "what sauce could go with chicken?", ("dairy",)),
]


@pytest.mark.parametrize(("said", "asked", "kept"), LATER)
async def test_ideas_asked_later_name_nothing_that_was_ruled_out(chat, said: str, asked: str, kept: tuple[str, ...]) -> None:
    await chat(said)
    reply = await chat(asked)
    text = re.sub(r"⚠️[^\n]*|\b[\w-]+[- ]free\b|[Ss]ource:[^\n]*|Try “[^\n]*|without \w+|\(no [^)]*\)|\(keeping to [^)]*\)|\(lactose[^)]*\)", "", reply.text)
    for rule in kept:
        assert not re.search(NAMES[rule], text, re.IGNORECASE), (rule, reply.text)


# What to order at a restaurant of a cuisine: where the saved allergen hides in it, first.
CUISINES = [
    ("I have a severe sesame allergy (epipen)", "what can I order at a lebanese restaurant?", r"sesame allergy avoid hummus, baba ganoush, tahini"),
    ("EpiPen for sesame", "what can I get at a burger place?", r"sesame-seed buns"),
    ("I'm allergic to shellfish and fish", "what should I order at a chinese takeaway?", r"oyster sauce"),
    ("nut allergy (incl peanuts)", "eating out at a thai place tonight, any tips?", r"peanut allergy avoid satay, pad thai, massaman"),
    ("I'm coeliac", "we're going for indian tonight, what should I order?", r"coeliac disease avoid naan"),
    ("nut allergy (incl peanuts)", "what can I order at an indian restaurant?", r"At an Indian place.*made with cashews"),
    ("allergic to fish", "sushi restaurant tonight, what should I order?", r"dashi"),
    ("I can't do dairy", "pizza place later, what can I have?", r"dairy-free diet avoid cheese"),
]


@pytest.mark.parametrize(("said", "asked", "must"), CUISINES)
async def test_ordering_at_a_cuisine_says_where_the_allergen_hides_there(chat, said: str, asked: str, must: str) -> None:
    await chat(said)
    reply = await chat(asked)
    assert re.search(must, reply.text), reply.text


async def test_no_cuisine_line_without_an_allergy_it_carries(chat) -> None:
    await chat("I'm allergic to kiwi")
    reply = await chat("what can I order at a lebanese restaurant?")
    assert "⚠️ At a" not in reply.text


async def test_no_dairy_no_eggs_for_a_child_is_saved_and_kept_in_lunchbox_snacks(chat) -> None:
    """'no dairy, no eggs for my son, he's 6' got the capability menu, then lunchbox snacks of
    Greek yogurt and cottage cheese."""
    saved = await chat("no dairy, no eggs for my son, he's 6")
    assert "saved your preferences" in saved.text and "no eggs" in saved.text and "lactose-free" in saved.text
    snacks = await chat("what snacks can I pack for his lunchbox?")
    text = re.sub(r"\((?:lactose-free|no eggs|[^)]*free[^)]*)\)|without \w+|Try “[^\n]*", "", snacks.text)
    assert not re.search(NAMES["dairy"] + "|" + NAMES["egg"], text, re.IGNORECASE), snacks.text
    cake = await chat("can he have a fairy cake?")
    assert cake.text.startswith("No") and FITS not in cake.text


@pytest.mark.parametrize("said", ["no dairy, no eggs", "no dairy no eggs for my son", "no nuts or sesame for the kids"])
async def test_a_bare_list_of_noes_is_saved(chat, said: str) -> None:
    reply = await chat(said)
    assert "saved your preferences" in reply.text, reply.text


@pytest.mark.parametrize(("asked", "must"), [
    ("is nutmeg ok?", "not a nut"), ("what about coconut?", "ask your allergist"), ("can I have coconut milk?", "fruit seed"),
])
async def test_a_food_named_like_a_nut_that_isnt_one_is_said_so(chat, asked: str, must: str) -> None:
    await chat("nut allergy")
    reply = await chat(asked)
    assert must in reply.text, reply.text


@pytest.mark.parametrize("asked", ["can I have a croissant?", "can I have a blueberry muffin?"])
async def test_bakery_items_made_beside_nuts_are_never_said_to_fit_a_nut_allergy(chat, asked: str) -> None:
    await chat("nut allergy (incl peanuts)")
    reply = await chat(asked)
    assert FITS not in reply.text and "⚠️" in reply.text, reply.text


@pytest.mark.parametrize(
    ("said", "asked", "must", "never"),
    [
        ("I'm allergic to peanuts", "the label says may contain peanuts, can I eat it?", r"^No — with your peanut allergy.*treat", r"Peanuts, dry-roasted|kcal"),
        ("I'm allergic to peanuts", 'what does "made in a factory that handles nuts" mean for me?', r"^No — with your peanut allergy", r"Hi! I'm Ceres"),
        ("allergic to tree nuts", "can I have chocolate that may contain traces of nuts?", r"^No — with your tree nut allergy", r"fits your diet"),
        ("I'm coeliac", "oats say may contain gluten, ok?", r"Coeliac UK.*gluten-free", r"fits your diet"),
        ("I'm lactose intolerant", "it says may contain milk, is that ok?", r"^Usually yes for lactose intolerance.*milk allergy", r"^No"),
        ("I'm allergic to milk", "it says may contain milk, is that ok?", r"^No — with your milk allergy", r"Usually yes"),
    ],
)
async def test_a_may_contain_label_is_answered_for_the_allergy_or_intolerance(chat, said: str, asked: str, must: str, never: str) -> None:
    await chat(said)
    reply = await chat(asked)
    assert re.search(must, reply.text), reply.text
    assert not re.search(never, reply.text), reply.text


@pytest.mark.parametrize(
    ("said", "asked", "must"),
    [
        ("I'm allergic to peanuts", "what's a good swap for peanut butter?", r"sunflower-seed butter"),
        ("I'm coeliac", "what can I swap pasta for?", r"labelled gluten-free.*rice noodles"),
        ("I'm allergic to eggs", "what can I use instead of eggs in baking?", r"ground flaxseed"),
        ("I'm coeliac and can't do dairy", "what's a good alternative to milk?", r"rice milk"),
        ("I'm coeliac", "what can I use instead of bread?", r"corn tortillas"),
    ],
)
async def test_a_swap_asked_for_a_ruled_out_food_is_one_that_fits(chat, said: str, asked: str, must: str) -> None:
    await chat(said)
    reply = await chat(asked)
    assert re.search(must, reply.text), reply.text
    assert "Clean eating" not in reply.text


async def test_a_dish_name_the_host_repairs_is_still_read(chat) -> None:
    await chat("je suis cœliaque")
    reply = await chat("can I have a croque monster?")  # "croque monsieur" as the host's typo repair delivers it
    assert "bread" in reply.text and FITS not in reply.text, reply.text


@pytest.mark.parametrize("asked", ["can I have a doner kebab?", "can I have chicken shawarma?", "can I have prawn toast?", "can I have a chicken chow mein?"])
async def test_takeaway_dishes_that_hide_sesame_are_never_said_to_fit(chat, asked: str) -> None:
    await chat("EpiPen for sesame")
    reply = await chat(asked)
    assert FITS not in reply.text and re.search(r"sesame|tahini", reply.text.lower()), reply.text


@pytest.mark.parametrize("asked", ["can I have a twix?", "can I have a mars bar?", "can I have a kitkat?"])
async def test_a_branded_chocolate_bar_is_never_said_to_fit_a_nut_allergy(chat, asked: str) -> None:
    await chat("nut allergy (incl peanuts)")
    reply = await chat(asked)
    assert FITS not in reply.text and "may contain nuts" in reply.text, reply.text


async def test_rice_cakes_are_not_read_as_cake(chat) -> None:
    await chat("nut allergy (incl peanuts)")
    reply = await chat("can I have rice cakes?")
    assert "Cakes often" not in reply.text, reply.text


async def test_allergic_2_x_is_saved_and_tom_yum_soup_is_no_minestrone(chat) -> None:
    saved = await chat("allergic 2 shellfish")
    assert "no shellfish" in saved.text, saved.text
    reply = await chat("is tom yum soup ok")
    assert reply.text.startswith("No") and "prawns" in reply.text and "Minestrone" not in reply.text, reply.text


async def test_a_dish_read_as_two_other_foods_is_said_as_the_dish_without_a_diet(chat) -> None:
    reply = await chat("is tom yum soup healthy?")
    assert "Minestrone" not in reply.text and "prawns" in reply.text, reply.text
