"""Allergies, intolerances, medical diets and diet types said every way people say them:
read into the saved diet (what the user would see under "no ..."), and confirmed back."""

from __future__ import annotations

import pytest

from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.diet_statements import stated_preferences
from agenthost_ceres.tools import set_diet_preferences


def saved(prefs: dict) -> DietPrefs:
    """The diet these statements leave in an empty profile (as `set_diet_preferences` saves it)."""
    diet = {"type": prefs.get("diet_type", "omnivore"), "gluten_free": prefs.get("gluten_free", False),
            "lactose_free": prefs.get("lactose_free", False), "allergies": prefs.get("allergies", []),
            "dislikes": prefs.get("dislikes", []), "conditions": prefs.get("conditions", [])}  # fmt: skip
    return DietPrefs.from_profile({"diet": diet})


@pytest.mark.parametrize(
    ("message", "allergies", "extra"),
    [
        # allergies, said as allergies
        ("I'm allergic to peanuts", ["peanuts"], {}),
        ("allergic to nuts", ["peanuts", "tree_nuts"], {}),
        ("my allergies: sesame, mustard", ["sesame", "mustard"], {}),
        ("I have a severe shellfish allergy", ["shellfish"], {}),
        ("peanut and sesame allergies here, any snack ideas?", ["peanuts", "sesame"], {}),
        ("nut, egg and milk allergy in this house", ["peanuts", "tree_nuts", "egg", "dairy"], {}),
        ("my son has a tree nut allergy", ["tree_nuts"], {}),
        ("I'm anaphylactic to cashews", ["tree_nuts"], {}),
        ("I carry an epipen for peanuts", ["peanuts"], {}),
        ("I have a cow's milk protein allergy", ["dairy"], {}),
        # allergies, said as reactions
        ("soy makes me break out in hives", ["soy"], {}),
        ("prawns give me a rash", ["shellfish"], {}),
        ("sesame makes my lips swell", ["sesame"], {}),
        ("hazelnuts make my throat itchy", ["tree_nuts"], {}),
        ("I come out in hives if I eat eggs", ["egg"], {}),
        ("I get an itchy mouth from kiwi and almonds", ["kiwi", "tree_nuts"], {}),
        ("I react badly to fish", ["fish"], {}),
        ("milk gives me eczema", ["dairy"], {}),
        ("oh and I swell up with prawns and anything like that", ["shellfish"], {}),
        ("I puff up after eating peanuts", ["peanuts"], {}),
        ("i break out in hives with sesame", ["sesame"], {}),
        # several at once, with exceptions
        ("vegan with a peanut allergy (tree nuts are fine, I eat almonds) and soy makes me break out in hives",
         ["peanuts", "soy"], {"type": "vegan"}),
        ("allergic to nuts but tree nuts are fine", ["peanuts"], {}),
        ("I'm allergic to all seafood except fish", ["shellfish"], {}),
        ("fish gives me hives and I'm gluten intolerant", ["fish"], {"gluten_free": True}),
        ("I'm lactose intolerant and allergic to shellfish", ["shellfish"], {"lactose_free": True}),
        ("heads up, allergic to eggs and milk. I lift 4x a week", ["egg", "dairy"], {}),
        # intolerances and can't-haves: avoided as strictly
        ("I'm intolerant to eggs", ["egg"], {}),
        ("egg intolerance", ["egg"], {}),
        ("soy doesn't agree with me", ["soy"], {}),
        ("I can't have shellfish or sesame", ["shellfish", "sesame"], {}),
        ("no eggs for me", ["egg"], {}),
        ("sesame is a no-go for me", ["sesame"], {}),
        ("I must avoid peanuts", ["peanuts"], {}),
        ("I'm nut-free", ["peanuts", "tree_nuts"], {}),
        ("I eat everything except fish", ["fish"], {}),
        ("milk and eggs make me sick", ["egg"], {"lactose_free": True}),
        ("dairy makes me bloated", [], {"lactose_free": True}),
        ("wheat makes me really ill", [], {"gluten_free": True}),
        ("I'm sensitive to gluten", [], {"gluten_free": True}),
        ("I have a wheat intolerance", [], {"gluten_free": True}),
        ("can't do dairy", [], {"lactose_free": True}),
        # medical diets and diet types
        ("just been diagnosed coeliac", [], {"gluten_free": True, "conditions": ("coeliac",)}),
        ("I have celiac disease", [], {"gluten_free": True, "conditions": ("coeliac",)}),
        ("I am celiac and lactose intolerant", [], {"gluten_free": True, "lactose_free": True, "conditions": ("coeliac", "lactose intolerance")}),
        ("vegan here", [], {"type": "vegan"}),
        ("plant based, allergic to soy", ["soy"], {"type": "vegan"}),
        ("being vegetarian, where do I get iron?", [], {"type": "vegetarian"}),
        ("coeliac and vegetarian, dinner ideas?", [], {"type": "vegetarian", "gluten_free": True}),
        ("I eat fish but no meat", [], {"type": "pescatarian"}),
        ("I'm vegetarian but I eat fish", [], {"type": "pescatarian"}),
        ("I don't eat meat or dairy", [], {"type": "vegetarian", "lactose_free": True}),
        ("I can't eat pork", [], {"dislikes": ("pork",)}),
    ],
)
def test_allergies_and_diets_said_every_way_are_read(message, allergies, extra):
    prefs = saved(stated_preferences(message))
    assert list(prefs.allergies) == allergies, stated_preferences(message)
    for key, value in extra.items():
        assert getattr(prefs, key) == value, (key, stated_preferences(message))


@pytest.mark.parametrize(
    "message",
    [
        "what if I'm allergic to nuts?",
        "can you be allergic to oats?",
        "does milk give you gas?",
        "is it normal to react to soy?",
        "is tofu vegan?",
        "vegan dinner ideas",
        "best vegan protein sources?",
        "gluten free bread ideas",
        "a veggie burger and chips",
        "my friend is allergic to nuts",
        "my friend is coeliac, what can I cook for her?",
        "we have a guest who is vegan tonight",
        "how much protein in peanut butter?",
    ],
)
def test_questions_suppositions_and_other_peoples_diets_save_nothing(message):
    prefs = stated_preferences(message)
    assert {key: value for key, value in prefs.items() if key != "fine_with"} == {}, prefs


def test_a_group_said_to_be_fine_on_its_own_comes_off_the_saved_list():
    assert stated_preferences("tree nuts are fine actually, it's just peanuts") == {
        "allergies": ["peanuts"], "forget": ["tree nuts"], "fine_with": ["tree nuts"],
    }  # fmt: skip
    assert stated_preferences("actually fish is fine") == {"forget": ["fish"], "fine_with": ["fish"]}
    # a food of a group is no exception to the group: still strict
    assert saved(stated_preferences("I'm allergic to nuts except almonds")).allergies == ("peanuts", "tree_nuts")


async def test_every_statement_is_saved_and_confirmed_back(chat, on_disk):
    reply = await chat("vegan with a peanut allergy (tree nuts are fine, I eat almonds) and soy makes me break out in hives. best protein sources?")
    diet = on_disk("profile.json")["diet"]
    assert diet["type"] == "vegan" and diet["allergies"] == ["peanuts", "soy"]
    assert reply.text.startswith("Got it — I've saved your preferences: vegan, no peanuts or soy.")
    assert "You said tree nuts are fine, so I haven't ruled them out." in reply.text
    assert "No tofu, edamame or soy milk." in reply.text  # what the soy allergy covers, said back
    answer = reply.text.split("ruled them out.")[1]
    for word in ("chicken", "egg", "milk", "yogurt", "cheese", "tofu", "edamame", "soy", "peanut"):
        assert word not in answer.lower(), (word, answer)
    assert "lentils" in answer


async def test_a_diet_and_a_request_in_one_message_get_both(chat, on_disk):
    await chat("high protein dinner idea?")
    reply = await chat("he's not a fan of fish, something with chicken?")
    assert on_disk("profile.json")["diet"]["dislikes"] == ["fish"]
    assert "with chicken" in reply.text and "dinner ideas" in reply.text
    assert "salmon" not in reply.text.lower() and "tuna" not in reply.text.lower()


async def test_an_exception_never_saves_an_allergy_or_clears_another(chat, on_disk, write_profile):
    write_profile({"diet": {"allergies": ["peanuts", "tree_nuts", "sesame"]}})
    reply = await chat("tree nuts are fine actually, it's just peanuts")
    assert on_disk("profile.json")["diet"]["allergies"] == ["peanuts", "sesame"]
    assert "tree nuts" in reply.text


async def test_set_diet_preferences_takes_the_canonical_names_it_is_given(context):
    result = await set_diet_preferences(context, allergies=["peanuts", "soy"])
    assert result["diet"]["allergies"] == ["peanuts", "soy"]
