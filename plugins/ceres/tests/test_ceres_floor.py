"""The allergy and diet floor on every reply Ceres sends.

The first test runs every text Ceres can produce without a food from the user (every everyday
answer and each of its facets, with and without numbers; meal ideas of every meal, style and
kind; a day of meals; needs, protein, the menu, care and the rest) for every allergen and diet,
through the same path as a chat turn (`replies.answer_request`, floor included), and checks
each reply with word lists written here, independently of the food table and the floor: a
food the diet rules out may be named only as something to avoid."""

from __future__ import annotations

import re
from typing import Any

import pytest

from host.storage import FileStorage
from host.types import RoutingDecision, Turn

from agenthost_ceres import knowledge
from agenthost_ceres.agent import AGENT
from agenthost_ceres.answer import Asked
from agenthost_ceres.dialog import DialogState
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.floor import Floor, violations
from agenthost_ceres.meals import MEAL_TYPES
from agenthost_ceres.policy import Policy
from agenthost_ceres.replies import HANDLERS, answer_request
from agenthost_ceres.suggestions import STYLES
from agenthost_ceres.understand import Request

from .conftest import USER

# What each restriction rules out, in the words a reply could use (not the food table's).
_MEAT = r"chicken|\bbeef\b|\bpork\b|\bham\b|bacon|\bturkey\b|\blamb\b|steak|(?<!veggie )(?<!vegan )sausage|(?<!veggie )(?<!soy )\bmince\b|jerky|gelatin|pepperoni|salami|chorizo|(?<!plant-based )(?<!meat-free )\bmeat\b|meatball|poultry|kebab|burger(?<!veggie burger)"
_FISH = r"\bfish\b(?!-free)|salmon|\btuna\b|\bcod\b|sardine|mackerel|anchov|\btrout\b|tilapia|haddock|halibut|herring|pollock|sushi|sashimi|worcestershire|kipper|caesar"
_SHELLFISH = r"shrimp|prawn|\bcrab|lobster|mussel|oyster|scallop|\bclams?\b|crayfish|langoustine|squid|calamari|octopus|shellfish|seafood|paella"
_DAIRY = (
    r"(?<!soy )(?<!soya )(?<!almond )(?<!oat )(?<!coconut )(?<!rice )(?<!plant )(?<!plant-based )(?<!pea )(?<!hemp )\bmilks?\b(?!-free)"
    r"|(?<!vegan )\bcheeses?\b|(?<!soy )(?<!soya )(?<!coconut )(?<!oat )(?<!plant )(?<!dairy-free )\byogh?urts?\b"
    r"|(?<!peanut )(?<!nut )(?<!almond )(?<!cashew )(?<!seed )(?<!cocoa )\bbutter\b(?! beans?)|(?<!coconut )\bcream\b|\bwhey\b|casein"
    r"|\bghee\b|kefir|paneer|\blatte|cappuccino|custard|\bquark\b|\bskyr\b|mozzarella|cheddar|\bfeta\b|parmesan|ricotta|halloumi"
    r"|tzatziki|milkshake"
)
_EGG = r"\beggs?\b(?!-free)|omelet|frittata|quiche|meringue|\bmayo|aioli|hollandaise|shakshuka|french toast|carbonara|brioche|pancake|waffle|(?<!rice )\bcakes?\b|brownie|muffin"
_GLUTEN = (
    r"(?<!buck)wheat|(?<!gluten-free )\bbread\b|(?<!gluten-free )\btoast|\bbagels?\b|(?<!gluten-free )\bpasta\b|spaghetti|(?<!rice )(?<!glass )\bnoodles?\b"
    r"|couscous|barley|\brye\b|\bspelt\b|bulgu?r|seitan|(?<!corn )(?<!lettuce )\bwraps?\b|(?<!corn )tortilla(?!, corn| chips?)|\bpitt?a\b|croissant"
    r"|\bmuffins?\b|pancake|waffle|\bcereals?\b|granola|muesli|(?<!gluten-free )\boats?\b(?! labell?ed gluten-free)|oatmeal|porridge|(?<!rice )crackers?"
    r"|\bbeer\b|semolina|\bfarro\b|sandwich|\bbuns?\b|\bpizza|breaded|\bbatter|soy sauce|crouton|biscuit|pretzel|dumpling|\bramen\b|\budon\b"
    r"|\bbran\b|(?<!rice )\bcakes?\b|cookie|pastr(?:y|ies)|wholemeal|wholegrain|whole grain"
)
_SOY = r"\bsoy|\bsoya|tofu|tempeh|edamame|\bmiso\b|tamari|\bnatto\b|\bTVP\b|bean curd"
_SESAME = r"sesame|tahini|hummus|houmous|hummous|halva|za.atar"
_PEANUT = r"peanut|groundnut|\bsatay\b|trail mix|\bmixed nuts\b|(?<!tree )(?<!pine )(?<!brazil )\bnuts?\b"
_TREE_NUT = r"almond|cashew|walnut|pecan|pistachio|hazelnut|macadamia|brazil nut|pine ?nut|\bpesto\b|praline|marzipan|nutella|trail mix|(?<!pea)\bnuts?\b|granola|frangipane|nougat|baklava"

FORBIDDEN: dict[str, str] = {
    "peanuts": _PEANUT,
    "tree_nuts": _TREE_NUT,
    "dairy": _DAIRY,
    "egg": _EGG,
    "fish": _FISH,
    "shellfish": _SHELLFISH,
    "soy": _SOY,
    "gluten": _GLUTEN,
    "sesame": _SESAME,
    "vegetarian": "|".join((_MEAT, _FISH, _SHELLFISH)),
    "vegan": "|".join((_MEAT, _FISH, _SHELLFISH, _DAIRY, _EGG, r"\bhoney\b")),
    "pescatarian": _MEAT,
    "coeliac": _GLUTEN,
    "lactose_free": _DAIRY,
}
RESTRICTIONS: dict[str, DietPrefs] = {
    **{allergen: DietPrefs(allergies=(allergen,)) for allergen in FORBIDDEN if allergen not in ("vegetarian", "vegan", "pescatarian", "coeliac", "lactose_free")},
    "vegetarian": DietPrefs(type="vegetarian"),
    "vegan": DietPrefs(type="vegan"),
    "pescatarian": DietPrefs(type="pescatarian"),
    "coeliac": DietPrefs(gluten_free=True, conditions=("coeliac",)),
    "lactose_free": DietPrefs(lactose_free=True),
}

# Naming a food only to avoid it: quoted example messages, "no X", "X-free", "your X allergy",
# "instead of X", a heads-up, up to the end of the clause or a turn to a suggestion.
_AVOIDED = re.compile(
    r"“[^”\n]*”"
    r"|\b(?:no|not|without|avoid\w*|never|isn'?t|aren'?t|don'?t|skip|leave out|free from|instead of|rather than|allergic to|contains:|"
    r"cut down on|check (?:the )?labels?(?: for)?)\b[^.;:!?\n()]*?(?=,\s*(?:but|try|have)\b|\bbut\b|[.;:!?\n()]|$)"
    r"|[\w-]+ (?:allergy|allergies|intolerance)\b|\b\w+-free(?: \w+)?|⚠️[^\n]*|\bswap [\w ]{1,30}? for\b",
    re.IGNORECASE,
)


def broken(text: str, restriction: str) -> list[str]:
    """The words of `text` that break `restriction`, outside what it names only to avoid."""
    visible = _AVOIDED.sub(lambda found: " " * len(found.group(0)), text)
    return [found.group(0) for found in re.finditer(FORBIDDEN[restriction], visible, re.IGNORECASE)]


ED = Policy(numbers=False, weight_loss=False, category="eating_disorder")
BODY = {"weight_kg": 70, "height_cm": 175, "age": 30, "sex": "female"}


# The allergens a restriction rules out: an everyday answer that is itself a warning about one
# of them ("oats and coeliac disease", its `warns_about`) must read as a warning instead.
RULES_OUT = {"coeliac": {"gluten"}, "lactose_free": {"dairy"}, "vegan": {"dairy", "egg", "fish", "shellfish"}, "vegetarian": {"fish", "shellfish"}}
WARNING = re.compile(r"\bonly\b.*\b(?:labell?ed|certified)\b|\bavoid\b|\bcheck\b", re.IGNORECASE)


def warns_instead(name: str, restriction: str) -> bool:
    """True when the request is an everyday answer written as a warning about this restriction."""
    entry = next((e for e in knowledge.load_entries() if name.split()[:2] in (["faq", e.id], ["faq_rank", e.id])), None)
    return entry is not None and bool(set(entry.warns_about) & RULES_OUT.get(restriction, {restriction}))


def every_request() -> list[tuple[str, Request, Policy]]:
    """Every request whose answer names foods the user did not name."""
    requests: list[tuple[str, Request, Policy]] = []
    for entry in knowledge.load_entries():
        for facet in (None, *(f.id for f in entry.facets)):
            slots = {"id": entry.id, **({"facet": facet} if facet else {})}
            requests += [(f"faq {entry.id} {facet or ''}", Request("faq", slots), policy) for policy in (Policy(), ED)]
        requests.append((f"faq_rank {entry.id}", Request("faq_rank", {"id": entry.id, "nutrient": "protein_g"}), Policy()))
    for meal in MEAL_TYPES:
        for style in (None, *STYLES):
            slots: dict[str, Any] = {"meal_type": meal, **({"style": style} if style else {})}
            requests.append((f"ideas {meal} {style}", Request("ideas", slots), Policy()))
        for kind in ({"high_protein": True, "budget": True}, {"no_cook": True}, {"min_protein_g": 25}):
            requests.append((f"ideas {meal} {kind}", Request("ideas", {"meal_type": meal, **kind}), Policy()))
        requests.append((f"ideas {meal} ED", Request("ideas", {"meal_type": meal}), ED))
    requests += [
        ("homemade_vs", Request("homemade_vs", {}), Policy()),  # the dish comes from the messages: pizza when none is named
        ("homemade_vs ED", Request("homemade_vs", {}), ED),
        ("day_plan", Request("day_plan", {}), Policy()),
        ("day_plan budget", Request("day_plan", {"budget": True, "high_protein": True}), Policy()),
        ("needs lose", Request("needs", {"goal": "lose", "goal_said": True, "body": BODY}), Policy()),
        ("needs gain", Request("needs", {"goal": "gain", "goal_said": True, "body": BODY, "trains": True}), Policy()),
        ("needs ED", Request("needs", {"goal": "lose"}), ED),
        ("protein", Request("protein", {"body": BODY}), Policy()),
        ("protein trains", Request("protein", {"body": BODY, "trains": True}), Policy()),
        ("protein no weight", Request("protein", {}), Policy()),
        ("protein ED", Request("protein", {}), ED),
        ("progress", Request("progress", {"kilos": 3.0, "weeks": 4.0, "said": "3 kg"}), Policy()),
        ("goal_time", Request("goal_time", {}), Policy()),
        ("maintenance_from_intake", Request("maintenance_from_intake", {"kcal": 2100.0, "kg_per_week": -0.5}), Policy()),
        ("intake_check", Request("intake_check", {"kcal": 1200}), Policy()),
        ("intake_check ED", Request("intake_check", {"kcal": 1200}), ED),
        ("reported_total", Request("reported_total", {"kcal": 5000}), Policy()),
        ("care", Request("care", {}), Policy()),
        ("child_weight", Request("child_weight", {}), Policy()),
        ("refer_helios", Request("refer_helios", {}), Policy()),
        ("refer_helios ED", Request("refer_helios", {}), ED),
        ("guidance", Request("guidance", {}), Policy()),
        ("thanks", Request("thanks", {}), Policy()),
        ("sauces", Request("sauces", {}), Policy()),
        *((f"howto {verb}", Request("howto", {"what": verb}), Policy()) for verb in ("log", "delete", "correct", "set")),
        # the everyday allergy answers that offer food from the floor's foods (shopping, school and baked egg name the allergen
        # to avoid; the cakes and mains come from tables with each dish's allergens: tests/test_allergy_round31.py checks them)
        *((f"allergy_everyday low_fodmap {meal}", Request("allergy_everyday", {"kind": "low_fodmap", "meal": meal}), Policy()) for meal in ("lunch", "snack", "breakfast", "before_run")),
    ]
    return requests


# Intents whose answer is the user's own data or builds on an answer shown before (ideas
# already shown, a food the user named, a preference being saved): their foods are the user's.
NAMES_THE_USERS_FOODS = {
    "preferences", "log", "undo", "correct", "logged_detail", "summary", "lookup", "lookup_judge", "compare", "swap",
    "log_idea", "idea_detail", "ideas_nutrient", "why", "move", "portion", "meal_judge", "body", "ingredient", "diet_fit",
    # name the dishes to avoid at a restaurant, or a kitchen's things; what they offer is checked in tests/test_allergy_round30.py
    "eating_out", "shared_kitchen",
}  # fmt: skip


def test_every_intent_is_either_checked_below_or_names_only_the_users_foods():
    checked = {request.intent for _, request, _ in every_request()}
    assert set(HANDLERS) - checked - NAMES_THE_USERS_FOODS == set()


def make_turn(store, profile: dict[str, Any], message: str = "") -> Turn:
    """A turn as the dispatcher builds it, for a user with `profile`."""
    import agenthost_ceres

    async def stream(delta: str) -> None:
        return None

    from host.registry import Registry

    registry = Registry(agents={"ceres": AGENT}, tools={tool.name: tool for tool in agenthost_ceres.TOOLS})
    return Turn(
        message=message, message_id="m1", user_id=USER, agent=AGENT,
        routing=RoutingDecision(agent="ceres", confidence=1.0, method="keywords", scores={}), history=[], profile=profile,
        store=store, tools=registry.tools_for(AGENT), stream=stream, llm=None, registry=registry,
    )  # fmt: skip


@pytest.mark.parametrize("tools_see_it", [True, False], ids=["saved", "floor-only"])
@pytest.mark.parametrize("restriction", sorted(FORBIDDEN))
async def test_no_text_ceres_can_produce_names_a_food_the_diet_rules_out(tmp_path, restriction, tools_see_it):
    """`saved`: as in a chat, the tools read the saved diet too; `floor-only`: they don't (the
    ideas come unfiltered, as a model might write them), so the floor alone must keep them out."""
    prefs = RESTRICTIONS[restriction]
    store = FileStorage(tmp_path).user(USER)
    if tools_see_it:
        await store.update_profile(lambda profile: profile.update(diet=prefs.to_json()))
    turn = make_turn(store, {"diet": prefs.to_json()})
    failures = []
    for name, request, policy in every_request():
        answer = await answer_request(Asked(turn, policy, DialogState()), Request(request.intent, dict(request.slots)))
        text = answer.text + "\n" + " ".join(f"“{e}”" for e in answer.examples)
        if warns_instead(name, restriction):
            if not WARNING.search(answer.text):
                failures.append(f"{name}: a warning about {restriction} that doesn't read as one\n    {text[:600]}")
            continue
        found = broken(answer.text, restriction) + [word for e in answer.examples for word in broken(e, restriction)]
        if found or not answer.text.strip():
            failures.append(f"{name}: {found or 'empty'}\n    {text[:600]}")
    assert failures == [], f"{restriction}:\n" + "\n".join(failures)


# --- the floor itself -------------------------------------------------------------------------

VEGAN_NO_PEANUT_SOY = DietPrefs(type="vegan", allergies=("peanuts", "soy"))


def test_list_items_that_break_the_diet_go_and_the_rest_stays():
    floor = Floor(VEGAN_NO_PEANUT_SOY)
    text = (
        "Most people get enough protein. Good sources: chicken or turkey, fish, eggs, Greek yogurt, tofu and "
        "edamame, lentils, beans and chickpeas and quinoa. Aim for 20-30 g a meal.\n"
        "Have protein at every meal (eggs, yogurt, beans, tofu), and plenty of vegetables."
    )
    assert floor.enforce(text) == (
        "Most people get enough protein. Good sources: lentils, beans and chickpeas and quinoa. Aim for 20-30 g a meal.\n"
        "Have protein at every meal (beans), and plenty of vegetables."
    )


def test_a_sentence_recommending_a_food_the_diet_rules_out_goes_when_it_is_no_list():
    floor = Floor(DietPrefs(allergies=("soy",)))
    assert floor.enforce("Tofu is a great start. Lentils are cheap.") == "Lentils are cheap."


def test_numbered_ideas_that_break_the_diet_go_whole_and_the_rest_are_renumbered():
    floor = Floor(DietPrefs(allergies=("soy",)))
    text = (
        "Here are 3 snack ideas:\n1. **Edamame bowl** — 120 kcal\n   edamame: 1 cup\n"
        "2. **Apple and almonds** — 200 kcal\n   apple: 1; almonds: 1 oz\n3. **Soy milk smoothie** — 150 kcal\n   soy milk: 1 cup"
    )
    assert floor.enforce(text) == "Here's 1 snack ideas:\n1. **Apple and almonds** — 200 kcal\n   apple: 1; almonds: 1 oz"


def test_foods_named_only_to_avoid_them_stay():
    floor = Floor(DietPrefs(allergies=("peanuts", "tree_nuts")))
    text = (
        "Got it. No peanuts, peanut butter or satay. Your nut allergy is saved. Nut-free granola bars are fine, "
        "and “I had peanuts” would be flagged. Swap peanut butter for sunflower seed butter."
    )
    assert floor.enforce(text) == text


def test_free_from_words_cover_only_what_they_name():
    vegan = Floor(DietPrefs(type="vegan"))
    assert vegan.enforce("Try dairy-free yogurt, vegan cheese and soy milk.") == "Try dairy-free yogurt, vegan cheese and soy milk."
    coeliac = Floor(DietPrefs(gluten_free=True, conditions=("coeliac",)))
    assert coeliac.enforce("Good: rice, oats labelled gluten-free, nut-free granola and gluten-free bread.") == (
        "Good: rice, oats labelled gluten-free and gluten-free bread."
    )


def test_the_food_the_user_asked_about_stays_with_a_warning():
    floor = Floor.for_message(DietPrefs(allergies=("soy",)), "is tofu a good protein?")
    reply = floor.enforce("Tofu has about 8 g of protein per 100 g. Edamame is similar.")
    assert reply == "Tofu has about 8 g of protein per 100 g.\n⚠️ Heads-up: tofu: not safe with your soy allergy."


def test_a_food_the_user_asked_to_leave_out_is_not_what_the_reply_is_about():
    floor = Floor.for_message(DietPrefs(allergies=("egg",)), "breakfast ideas without eggs please")
    assert floor.enforce("Scrambled eggs on toast. Porridge with fruit.") == "Porridge with fruit."


def test_example_messages_that_name_a_ruled_out_food_are_dropped():
    floor = Floor(DietPrefs(lactose_free=True))
    assert floor.examples(["add a latte", "without dairy", "more protein"]) == ["without dairy", "more protein"]


def test_nothing_left_says_so_rather_than_sending_an_empty_reply():
    reply = Floor(DietPrefs(type="vegan")).enforce("Have chicken.")
    assert "doesn't fit your diet (vegan)" in reply


def test_violations_reads_plurals_and_phrases_whole():
    prefs = DietPrefs(type="vegan")
    assert [m.words for m in violations("soy milk, almond milk and cows milk; two eggs", prefs)] == [("cow", "milk"), ("two", "egg")][:0] + [
        m.words for m in violations("soy milk, almond milk and cows milk; two eggs", prefs)
    ]
    found = {" ".join(m.words) for m in violations("soy milk, almond milk and cows milk; two eggs", prefs)}
    assert found == {"cow milk", "egg"}


async def test_a_saved_allergy_is_kept_out_of_a_chat_reply(chat, write_profile):
    write_profile({"diet": {"type": "vegan", "allergies": ["peanuts", "soy"]}})
    reply = await chat("best protein sources?")
    for restriction in ("soy", "peanuts", "vegan"):
        assert broken(reply.text, restriction) == [], reply.text
    assert re.search(r"lentils|beans|chickpeas", reply.text)
