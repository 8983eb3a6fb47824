"""Round 21: a diet or dislike of someone else said late ("hang on, I forgot to say she is
vegetarian"), ..."""

from __future__ import annotations

import re

import pytest

from agenthost_ceres.changes import someone_elses

MENU = "I can:"


def _idea_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if re.match(r"^\s*(?:\d+\.|•)", line))


@pytest.mark.parametrize("said", ["hang on, I forgot to say she is vegetarian", "sorry i should've mentioned, my dad's veggie", "wait, he hates mushrooms"])
def test_someone_elses_diet_said_late(said: str) -> None:
    assert someone_elses(said.lower()) is not None


async def test_her_diet_said_late_changes_the_ideas_for_her(chat) -> None:
    await chat("my neighbour just lost her husband, what could i cook and bring over to her?")
    reply = await chat("oops, I meant to say she is vegetarian")
    assert "vegetarian" in reply.text and "chicken" not in _idea_lines(reply.text).lower() and MENU not in reply.text, reply.text


async def test_a_favourite_food_while_losing_weight_can_fit(chat) -> None:
    reply = await chat("really fancy a takeaway pizza tonight, is it possible to have it and still lose weight?")
    assert reply.text.startswith("Yes") and "slice" in reply.text and "I need your weight" not in reply.text, reply.text


@pytest.mark.parametrize("said", ["dominos pepperoni medium - how many calories per slice?", "domino's pepperoni medium, how many cals a slice roughly"])
async def test_the_food_said_first_then_how_many_per_slice(chat, said: str) -> None:
    reply = await chat(said)
    assert "Domino" in reply.text and "1 slice" in reply.text and MENU not in reply.text, reply.text


@pytest.mark.parametrize(
    "said",
    ["fed up with plain turkey and rice every day, how can i make it less bland?", "any tips to jazz up boring chicken breast without loads of calories"],
)
async def test_bored_of_plain_food_gets_flavour_ideas(chat, said: str) -> None:
    reply = await chat(said)
    assert "spice" in reply.text and "Sauces" not in reply.text.splitlines()[0] and "ideas" not in reply.text.splitlines()[0], reply.text


async def test_flavour_ideas_keep_an_allergy(chat) -> None:
    reply = await chat("I'm allergic to soy. how do i make boring tofu-free stir fries less bland")
    assert "soy sauce, ginger" not in reply.text and "season it boldly" in reply.text, reply.text


async def test_carbs_as_a_cut_goes_on_is_the_cut_answer_not_the_week(chat) -> None:
    reply = await chat("8 wks out from my first bikini comp, 61kg, losing 0.4kg/wk. how do i adjust my carbs as i get leaner?")
    assert "carbs around training" in reply.text and "This week" not in reply.text, reply.text


async def test_a_days_protein_checked_on_a_cut_uses_the_cut_range(chat) -> None:
    await chat("prepping for a physique show, 90kg, dropping about half a kilo a week. should i cut carbs or fats first?")
    reply = await chat("would 190 grams of protein a day be enough?")
    assert reply.text.startswith("Yes, 190 g") and "while cutting" in reply.text, reply.text


async def test_a_days_protein_checked_too_much(chat) -> None:
    reply = await chat("im 70kg and lift, is 280g protein a day too much?")
    assert reply.text.startswith("That's more than enough") and "At 70 kg" in reply.text, reply.text


@pytest.mark.parametrize("said", ["ravenous after a double shift, what can i knock up in 5 min?", "im starvingg, anything quick i can eat?"])
async def test_hungry_now_asking_what_to_eat_gets_quick_ideas(chat, said: str) -> None:
    reply = await chat(said)
    assert "ideas" in reply.text.splitlines()[0] and "Pack it" not in reply.text and MENU not in reply.text, reply.text


def test_hungry_now_asking_what_to_eat_is_hers() -> None:
    from agenthost_ceres.routing import classify
    from host.types import ClassifyContext

    assert classify("absolutely famished, whats quick to make?", ClassifyContext(user_id="u", history=[], profile={}, last_agent=None)).score >= 0.75


async def test_a_dislike_with_its_reason_after_ideas_changes_them(chat, on_disk) -> None:
    await chat("whats a good afternoon snack")
    reply = await chat("something without almonds please, not allergic i just can't stand them")
    assert "ideas" in reply.text.splitlines()[0] and "almond" not in _idea_lines(reply.text).lower(), reply.text
    assert not ((on_disk("profile.json") or {}).get("diet") or {}).get("allergies")


async def test_no_food_said_not_to_be_an_allergy_is_a_dislike(chat, on_disk) -> None:
    reply = await chat("no eggs, not allergic or anything, i just hate them")
    diet = (on_disk("profile.json") or {}).get("diet") or {}
    assert not diet.get("allergies") and diet.get("dislikes") and "hate" not in str(diet["dislikes"]), (reply.text, diet)


async def test_the_reason_said_after_no_food_is_no_food_of_its_own(chat, on_disk) -> None:
    reply = await chat("no mushrooms tho, i hate them")
    diet = (on_disk("profile.json") or {}).get("diet") or {}
    assert "hate" not in str(diet) and "tho" not in str(diet) and "mushroom" in str(diet), (reply.text, diet)


async def test_a_lighter_wish_after_food_advice_gets_lighter_ideas(chat) -> None:
    await chat("just finished a night shift at 4am, what can i eat that wont keep me awake")
    reply = await chat("want to drop a few kilos as well so nothing too heavy")
    assert "ideas" in reply.text.splitlines()[0] and MENU not in reply.text, reply.text


async def test_a_shop_said_after_ideas_is_what_to_buy_there(chat) -> None:
    await chat("im starving, whats quick")
    reply = await chat("actually im stuck at the motorway services, no time to cook")
    assert "No cooking needed" in reply.text and "without time" not in reply.text, reply.text


async def test_foods_at_hand_give_a_dish_from_them(chat) -> None:
    reply = await chat("i literally only have eggs, rice and spinach in, what can i make?")
    assert "egg" in _idea_lines(reply.text).lower() and MENU not in reply.text, reply.text


async def test_how_many_calories_then_the_foods_is_a_lookup(chat) -> None:
    await chat("what should i have for lunch")
    reply = await chat("how much protein would that be roughly? 3 eggs and a slice of toast")
    assert "Together" in reply.text and "Nothing logged" not in reply.text, reply.text


async def test_iron_for_someone_vegetarian_names_no_meat(chat) -> None:
    reply = await chat("my daughter's iron came back low and she's vegetarian, which foods have the most iron?")
    assert "meat" not in reply.text.split("\nSource")[0] and "lentils" in reply.text, reply.text


async def test_an_allergy_said_with_a_nutrient_gets_that_allergys_answer(chat) -> None:
    reply = await chat("doctor wants me on more omega 3 but I'm allergic to fish, what else can I have?")
    assert "saved your preferences: no fish" in reply.text and "flaxseed" in reply.text and "ideas" not in reply.text, reply.text
    tablet = await chat("could I take a supplement for it instead?")
    assert "algae" in tablet.text and "pharmacist" in tablet.text and "fish" not in tablet.text.lower(), tablet.text


def test_a_tablet_instead_is_hers_after_her_answer() -> None:
    from agenthost_ceres.routing import classify
    from host.types import ClassifyContext

    history = [{"role": "user", "text": "omega 3 without fish?"}, {"role": "assistant", "agent": "ceres", "text": "With a fish allergy, get omega-3 from walnuts."}]
    assert classify("is there a pill I could have instead?", ClassifyContext(user_id="u", history=history, profile={}, last_agent="ceres")).score >= 0.6


async def test_a_food_someone_else_says_is_fine_is_checked_against_the_allergy(chat) -> None:
    await chat("I'm allergic to shellfish")
    reply = await chat("my husband reckons prawn crackers are fine because they barely taste of prawn. is that true?")
    assert reply.text.startswith("No"), reply.text


async def test_carbs_on_a_cut_said_with_a_weekly_pace_is_not_the_weeks_log(chat) -> None:
    reply = await chat("14 wks out from my show, 70kg, losing 0.4kg/wk so far. how should i adjust my carbs from here?")
    assert "carbs around training" in reply.text and "This week" not in reply.text, reply.text


async def test_protein_for_someone_my_age_is_the_own_need(chat, write_profile) -> None:
    write_profile({"age": 70, "weight_kg": 80})
    reply = await chat("how much protein should a woman of my age be eating?")
    assert "At 80 kg" in reply.text and "from age 65" in reply.text, reply.text


async def test_their_dislike_said_with_also(chat) -> None:
    await chat("breakfast ideas for my daughter?")
    reply = await chat("she also doesn't like yogurt")
    assert "yogurt" not in _idea_lines(reply.text).lower() and MENU not in reply.text, reply.text


async def test_spanish_without_accents_hungry_with_foods_at_hand(chat) -> None:
    reply = await chat("salgo del trabajo y me muero de hambre, que ceno rapido? tengo pollo, arroz y algo de verdura")
    assert "ideas" in reply.text.splitlines()[0] and "Nothing logged" not in reply.text, reply.text


async def test_foods_said_then_how_many_calories_is_that(chat) -> None:
    reply = await chat("fancy a cheese toastie right now with a cup of tea. how many calories is that roughly?")
    assert "Together" in reply.text and "Nothing logged" not in reply.text, reply.text


async def test_after_a_pregnancy_warning_sign_a_food_answer_keeps_the_call_to_the_midwife_first(storage, registry):
    import agenthost_ceres
    from agenthost_ceres.agent import AGENT
    from host.testing import TurnRunner
    from host.types import Intervention

    warned = Intervention("pregnancy", "urgent", "pregnancy.warning_sign", reply="Please call your midwife now.")
    advised = Intervention("pregnancy", "advise", "pregnancy.max_effort", reply="No PRs in pregnancy.")

    def flagged(answered: Intervention):
        class Flagged:
            @staticmethod
            def respond(turn):
                turn.safety = Intervention("pregnancy", "advise", "pregnancy.sticky", action="preface", note="")
                turn.history = [
                    {"role": "user", "text": "12 weeks and some bleeding after squats, whats a good snack"},
                    {"role": "assistant", "text": answered.reply, "safety": answered.to_wire()},
                ]
                return agenthost_ceres.respond(turn)

        return Flagged()

    after_bleeding = await TurnRunner(flagged(warned), AGENT, storage.user("u1"), registry=registry)("ok but the snack?")
    assert "call your midwife or maternity unit" in after_bleeding.text
    after_advice = await TurnRunner(flagged(advised), AGENT, storage.user("u2"), registry=registry)("ok but the snack?")
    assert "call your midwife or maternity unit" not in after_advice.text
