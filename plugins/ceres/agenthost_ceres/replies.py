"""Ceres' answers without a language model: the tools and the tables, in her voice.

`offline_reply(turn)` reads the dialog state, works out the request (`understand`), runs the
matching tool through `turn.call_tool` (so calls are validated, recorded and side effects run
once), writes the answer, and saves what a follow-up needs: the intent, its slots, the reason
("why?") and the examples the answer suggests, each of which works as the next message.
What the answer may contain follows the safety guard's flag (`policy`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from attrs import evolve
from host.types import Reply, Turn

from agenthost_ceres import abroad_can_have, allergy_everyday, dialog, homemade, knowledge
from agenthost_ceres.can_have import contains_answer, ingredient_answer, may_contain_answer, swap_answer, ok_question, refusal, said_prefs, suggested_swap, which_answer, who, lactose_free_answer
from agenthost_ceres.ingredients import BY_ID, ingredient_text
from agenthost_ceres.labels import label_advice, names_packaged
from agenthost_ceres.dish_warning import cuisine_warnings, dish_warnings
from agenthost_ceres.eating_out import asks_eating_out, cuisines_in, dish_follow_up, eater, eating_out_answer, eating_out_text, safer_dishes, shared_kitchen_answer
from agenthost_ceres.eating_out import avoided as _avoided_by, condition as _condition_of
from agenthost_ceres.answer import Answer, Asked, kcal, with_examples
from agenthost_ceres.diet import DietPrefs, calorie_target
from agenthost_ceres.diet_fit import DIETS, fit_answer
from agenthost_ceres.drinks_training import TRAIN_AFTER, TRAINING
from agenthost_ceres.floor import Floor, violations
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.food_replies import (
    compare,
    day_plan,
    howto,
    idea_detail,
    ideas,
    ideas_nutrient,
    log_idea,
    lookup,
    lookup_judge,
    body,
    preferences,
    swap,
)
from agenthost_ceres.log_replies import correct, log, logged_detail, meal_judge, move, portion, summary, undo
from agenthost_ceres.needs_replies import faq, faq_rank, goal_from_profile, goal_time, maintenance_from_intake, needs, progress, protein
from agenthost_ceres.intake_check import intake_check
from agenthost_ceres.intents import harmful_methods, stated_preferences, very_low_intake
from agenthost_ceres.pregnancy_foods import SOURCE as PREGNANCY_SOURCE, pregnancy_answer, pregnant_now
from agenthost_ceres.policy import CARDIAC_LINE, CARE_LINE, HARMFUL_METHODS_LINE, PREGNANCY_LINE, SUPPORT_LINE, Policy
from agenthost_ceres.sauces import sauces_text
from agenthost_ceres.tools import MIN_TARGET_KCAL
from agenthost_ceres.understand import Request, understand
from agenthost_ceres.understand import _in_english as understand_in_english
from agenthost_ceres.units import asked_units, last_figures, units_reply

log_ = logging.getLogger(__name__)

Handler = Callable[[Asked, Request], Awaitable[Answer]]


async def offline_reply(turn: Turn) -> Reply:
    """Answer `turn.message` from tools and data, and remember what a follow-up needs."""
    state = await dialog.load(turn.store)
    policy = Policy.for_turn(turn.safety, very_low_intake(turn.message))
    if policy.numbers and (units := asked_units(turn.message)):
        # "in litres please" after the water answer: its figures in litres; the dialog state stays the answer's
        return Reply(units_reply(units, last_figures(turn.history)), {"intent": "units"})
    request = understand(turn.message, state)
    request = await _eating_out_request(turn, request, state)
    request = await _everyday_request(turn, request, state)
    if request.intent == "ideas" and (guest := state.slots.get("guest_exclude")) and GUEST_NAMED.search(turn.message):
        # "argh ok. give me 3 dips that are totally safe for her" after her menu was checked: without her allergens
        request = Request("ideas", {**request.slots, "exclude": list(dict.fromkeys([*(request.slots.get("exclude") or []), *guest]))})
    carried = said_to_others(turn.history)
    carried.pop("fine_with", None)  # confirmed when it was said; nothing to save
    if not policy.numbers or (carried.get("calorie_target") or MIN_TARGET_KCAL) < MIN_TARGET_KCAL:
        carried.pop("calorie_target", None)  # never a target below the floor, or while numbers are off
    if carried and request.intent == "preferences":
        request.slots["prefs"] = merge_preferences(carried, request.slots["prefs"])
    elif carried:
        saved = await turn.call_tool("set_diet_preferences", **carried)
        if "error" not in saved:
            turn.profile = {**(turn.profile or {}), "diet": saved["diet"], "calorie_target": saved.get("calorie_target")}
    if request.slots.get("ask") and not policy.numbers:
        request.slots.pop("ask")  # a meal told beside a question while numbers are off: logged without figures, nothing judged
    if policy.category == "very_low_intake" and request.intent not in ("log", "undo", "correct", "summary", "lookup", "logged_detail"):
        request = Request("care", {})
    elif request.intent in ("needs", "protein", "faq", "day_plan", "preferences", "guidance") and about_a_child_losing_weight(turn.message, turn.profile):
        request = Request("child_weight", {})
    elif (policy.category == "pregnancy" or PREGNANT.search(turn.message)) and EAT_MORE_OF.search(turn.message):
        # "I'm pregnant... what should I be eating more of? I'm vegetarian btw": pregnancy's nutrients, not lunch ideas
        pregnancy = {"intent": "faq", "slots": {"id": "pregnancy"}}
        request = Request("preferences", {**request.slots, "then": pregnancy}) if request.intent == "preferences" else Request("faq", {"id": "pregnancy"})
    if request.intent == "guidance" and EAT_ASKED.search(turn.message) and (policy.category == "pregnancy" or PREGNANT.search(turn.message) or _pregnant_before(turn.history)):
        request = Request("faq", {"id": "pregnancy"})  # "also what shouldn't I eat now?" after telling us she's pregnant: what to eat and avoid
    answer = await answer_request(Asked(turn, policy, state), request)
    if answer.intent not in NO_LABEL_ADVICE and names_packaged(turn.message):
        # "what about the granola bars from the supermarket" with a peanut allergy: read the label
        if label := label_advice(turn.message, DietPrefs.from_profile(await _saved_profile(turn)), answer.text):
            answer.text = f"{answer.text}\n{label}"
    if policy.numbers and policy.category is None and answer.intent in CHEERED and GOOD_NEWS.search(turn.message) and not answer.text.startswith(("Well done", "Congrat", "Got it")):
        answer.text = f"Well done, that's great news! {answer.text}"  # "100 day streak 🎉 ... hba1c came down too! whats a treat i can have": the news first
    if answer.intent not in ("refer_helios", "care") and policy.numbers and (part := training_part(turn.message)) is not None:
        answer.text = f"{answer.text}\n\nFor the training part ({part}), Helios 💪 is your coach: ask him with “@helios {part}”."  # "what should i eat after and should i stretch or foam roll?"
    if policy.category == "cardiac" and not re.search(r"\b(?:doctor|GP|emergency)\b", answer.text):
        answer.text = f"{answer.text}\n\n{CARDIAC_LINE}"  # "it's prob just cos I didn't eat": food is never the all-clear
    if policy.category == "pregnancy" and _after_pregnancy_warning(turn.history) and not re.search(r"\b(?:midwife|maternity|doctor|GP)\b", answer.text):
        answer.text = f"{answer.text}\n\n{PREGNANCY_LINE}"
    next_state = dialog.DialogState(answer.intent, answer.slots, answer.reason, answer.examples)
    if answer.intent != "why" and not next_state.same_as(state):
        try:
            await dialog.save(turn.store, next_state)  # a write costs an fsync: only when it changed
        except Exception:  # the answer stands even if the state cannot be written
            log_.exception("could not save Ceres' dialog state for user %s", turn.user_id)
    return Reply(with_examples(answer.text, answer.examples), {"intent": answer.intent, **answer.metadata})


# Good news shared before a question: a streak, a better blood test, a first race or a personal best
# (never a weight lost, which the guard and the needs answers read for themselves).
GOOD_NEWS = re.compile(
    r"(?i)\b\d+[- ]?days? streak\b|\bstreak of \d+|\b(?:hba1c|a1c|blood pressure|bp|cholesterol|blood sugars?|sugars)\b[^.!?]{0,20}\b(?:came|come|has come|have come|went|is|are|'s|got) (?:right )?(?:down|better|lower|back to normal|normal)\b|"
    r"\b(?:new |a )?(?:personal best|pb)\b|\b(?:finished|ran|did|completed|smashed) my first (?:5k|10k|half|marathon|parkrun|race|triathlon|sportive)\b|🎉|🥳"
)
CHEERED = frozenset({"faq", "ideas", "needs", "protein", "lookup", "day_plan"})


# A training question asked beside a food one: "what should i eat after and should i stretch or foam roll?".
TRAINING_PART = re.compile(
    r"(?i)\b(?:and |also |plus )?(?P<part>(?:should|do|can|could|would) i (?:\w+ ){0,2}?(?:stretch\w*|foam[- ]?roll\w*|warm(?:ing)? up|cool(?:ing)? down|ice bath\w*|do (?:a )?(?:cool[- ]?down|warm[- ]?up))\b[^.?!]{0,40})"
)


async def _eating_out_request(turn: Turn, request: Request, state: Any) -> Request:
    """ "going out for Thai tonight, what can he have?" with a peanut allergy saved or said, or "can I
    share the toaster with my flatmates?" when coeliac: the allergy's own answer (saved first when
    said in the same message), not the cuisine's meal ideas or the general fallback."""
    if request.intent in ("ingredient", "diet_fit"):
        return request
    profile = await _saved_profile(turn) or {}
    if request.intent == "preferences":  # "coeliac here, going out for chinese tonight": what this message saves counts
        diet = dict(profile.get("diet") or {})
        for key, value in (request.slots.get("prefs") or {}).items():
            diet[key] = [*(diet.get(key) or []), *value] if key == "allergies" and isinstance(value, list) else value
        profile = {**profile, "diet": diet}
    prefs = said_prefs(abroad_can_have.in_english(turn.message), DietPrefs.from_profile(profile))
    if state.intent == "eating_out" and state.slots.get("cuisines") and dish_follow_up(turn.message, prefs, eater(turn.message)) is not None:
        # "¿Y la paella valenciana? ¿La puedo pedir?" after the Spanish restaurant's answer: that dish's own answer
        return Request("eating_out", {"cuisines": state.slots["cuisines"], "dish": True})
    if state.intent == "eating_out" and state.slots.get("cuisines") and PICK_ONE.search(turn.message.lower()):
        # "ok just pick one dish for me then", "give me a couple of dishes i could order at the indian"
        return Request("eating_out", {"cuisines": cuisines_in(turn.message) or state.slots["cuisines"], "pick": True})
    if (kitchen := shared_kitchen_answer(turn.message, prefs)) is None:
        question = ok_question(abroad_can_have.in_english(turn.message), turn.history)
        if question and not ORDER_ASKED.search(turn.message.lower()) and refusal(question, prefs) is not None:
            return request  # "pub fish and chips, can I have that?" when coeliac: the food's no, not the chippy's menu
        if which_answer(turn.message, prefs) is not None:
            return request  # "at the thai place they have satay, fries or a salad, which can I eat?": each food named, answered
    for intent, fits in (("shared_kitchen", kitchen), ("eating_out", None if kitchen else eating_out_answer(turn.message, prefs, eater(turn.message)))):
        if fits is None:
            continue
        if request.intent == "preferences":
            return Request("preferences", {**request.slots, "then": {"intent": intent, "slots": {}}})
        return Request(intent, {})
    return request


async def _everyday_request(turn: Turn, request: Request, state: Any) -> Request:
    """ "Ik ben allergisch voor pinda's. Waar moet ik op letten bij het boodschappen doen?", "what do I
    tell the teachers?", "can she have muffins?" with an egg allergy, "what cake can I make?", "a
    vegan main everyone will like", "low FODMAP lunch for work": the situation's own answer
    (`allergy_everyday`), with an allergy said in the same message saved first."""
    if request.intent in EVERYDAY_KEEPS:
        return request
    profile = await _saved_profile(turn) or {}
    if which_answer(turn.message, DietPrefs.from_profile(profile)) is not None:
        return request  # "there's a party with pancakes and cake, which one can she have?": each food named, answered
    if request.intent == "preferences":
        diet = dict(profile.get("diet") or {})
        for key, value in (request.slots.get("prefs") or {}).items():
            diet[key] = [*(diet.get(key) or []), *value] if key == "allergies" and isinstance(value, list) else value
        profile = {**profile, "diet": diet}
    prefs = said_prefs(abroad_can_have.in_english(turn.message), DietPrefs.from_profile(profile))
    english = understand_in_english(turn.message)
    then = request.slots.get("then") if request.intent == "preferences" else None
    asked_meal = (then or {}).get("slots", {}).get("meal_type") if then else request.slots.get("meal_type")
    found = allergy_everyday.situation(turn.message, english, prefs, turn.history, asked_meal)
    if found is None:
        return request
    if request.intent == "preferences":
        return Request("preferences", {**request.slots, "then": {"intent": "allergy_everyday", "slots": found}})
    return Request("allergy_everyday", found)


# Requests whose own answer stands: a meal told, taken back or fixed, a summary, an ingredient's or a restaurant's answer.
EVERYDAY_KEEPS = frozenset({"log", "undo", "correct", "move", "portion", "summary", "logged_detail", "ingredient", "diet_fit", "eating_out", "shared_kitchen", "care", "child_weight", "why", "thanks", "body"})


def _whose(message: str, history: list[dict[str, Any]]) -> str:
    """Whose allergy the answer is about: "her", "his", "their", else "your" (a daughter or son named earlier counts)."""
    person = who(understand_in_english(message))
    if person == "you":
        said = " ".join(str(m.get("text") or "") for m in history[-6:] if m.get("role") == "user").lower()
        if re.search(r"\b(?:she|her|daughter|girl|hija|fille|tochter|figlia|filha|dochter|corka|córka)\b", said):
            person = "her"
        elif re.search(r"\b(?:he|his|son|boy|hijo|fils|sohn|figlio|filho|zoon|syn)\b", said):
            person = "him"
    return {"him": "his", "her": "her", "them": "their"}.get(person, "your")


async def allergy_everyday_answer(asked: Asked, request: Request) -> Answer:
    """Shopping, school, baked egg, a cake, a main for guests or low FODMAP food, for the saved allergies."""
    message = asked.turn.message
    saved = DietPrefs.from_profile(await _saved_profile(asked.turn))
    known = DietPrefs.from_profile(asked.turn.profile)  # the turn's profile too: what the floor itself reads
    prefs = said_prefs(abroad_can_have.in_english(message), evolve(
        saved,
        type=saved.type if saved.type != "omnivore" else known.type,
        gluten_free=saved.gluten_free or known.gluten_free,
        lactose_free=saved.lactose_free or known.lactose_free,
        allergies=tuple(dict.fromkeys([*saved.allergies, *known.allergies])),
        conditions=tuple(dict.fromkeys([*saved.conditions, *known.conditions])),
    ))
    whose = _whose(message, asked.turn.history)
    text = allergy_everyday.everyday_text(request.slots, message, prefs, whose, asked.turn.history)
    kind = request.slots.get("kind")
    examples = {
        "shopping": ["snack ideas", "what should I eat for lunch?"],
        "school": ["packed lunch ideas", "snack ideas"],
        "baked_egg": ["breakfast ideas", "snack ideas"],
        "cake": ["snack ideas", "why?"],
        "main": ["what about a dessert?", "why?"],
        "low_fodmap": ["and a snack for the afternoon?", "breakfast ideas"],
        "pet": [],
    }.get(str(kind), [])
    # shopping, school and baked egg name the allergen only as what to avoid (the floor would cut the warning itself);
    # the cakes, mains, low FODMAP foods and a pet's food go through the floor like any food offered
    # (the cakes and mains come from tables that carry each dish's allergens, filtered here, as the eating-out answer's are)
    intent = "allergy_advice" if kind in ("shopping", "school", "baked_egg", "cake", "main") else "allergy_everyday"
    return Answer(
        text, intent, dict(request.slots),
        reason="Food Standards Agency allergen labelling; Anaphylaxis UK and Allergy UK (schools, action plans); BSACI and NHS egg allergy advice; NHS Start4Life; Monash University low FODMAP diet.",
        examples=examples,
    )


# What to order asked, beside a food asked about: "ist Paella okay oder was soll ich bestellen?"
ORDER_ASKED = re.compile(
    r"\b(?:order\w*|bestell\w*|pedir|command\w*|ordinare|what (?:can|should|could) (?:i|we|he|she) (?:have|get|eat)|what\W?s safe|safe to|which dishes|avoid)\b"
)


# The guest asked about again: "safe for her", "can he have", "for them".
GUEST_NAMED = re.compile(r"(?i)\b(?:for|to|give|serve)\s+(?:her|him|them|the guest|our guest)\b|\b(?:she|he|they)\b")


# After the eating-out answer: "just pick one dish for me", "so what should I order?"
PICK_ONE = re.compile(
    r"\b(?:pick|choose|one dish|dish(?:es)?|a couple|a few|options|what (?:should|do|can|could) (?:i|we|he|she) (?:order|get|have)|what to order|so what)\b"
)
ONE_ONLY = re.compile(r"\b(?:one|a dish|single)\b")


async def eating_out(asked: Asked, request: Request) -> Answer:
    """What to avoid, ask and order at the cuisine asked about, for the saved or said allergies."""
    message = asked.turn.message
    prefs = said_prefs(abroad_can_have.in_english(message), DietPrefs.from_profile(await _saved_profile(asked.turn)))
    person = eater(message)
    cuisines = list(request.slots.get("cuisines") or asks_eating_out(message))
    if request.slots.get("dish") and (about_dish := dish_follow_up(message, prefs, person)) is not None:
        text = about_dish
    elif request.slots.get("pick") and (dishes := [d for c in cuisines for d in safer_dishes(c, _avoided_by(prefs), 3)]):
        dishes = dishes[:1] if ONE_ONLY.search(message.lower()) else dishes[:3]
        text = (
            f"Go for {'; or '.join(dishes)}. Show the waiter and say it's for {_condition_of(prefs, person)}: "
            "ask them to check the sauces and marinades, and to cook it in a clean pan, away from shared fryers."
        )
    else:
        text = eating_out_answer(message, prefs, person) or eating_out_text(cuisines, prefs, person)
    return Answer(
        text, "eating_out", {"cuisines": cuisines},
        reason="Where allergens hide in each cuisine and what to ask: FSA allergen guidance, Anaphylaxis UK and Coeliac UK eating-out advice.",
        examples=["just pick one dish for me", "what should I eat for dinner?"],
    )


async def shared_kitchen(asked: Asked, request: Request) -> Answer:
    """A coeliac's kitchen shared with others: what needs its own, and what a wash makes fine."""
    prefs = said_prefs(abroad_can_have.in_english(asked.turn.message), DietPrefs.from_profile(await _saved_profile(asked.turn)))
    text = shared_kitchen_answer(asked.turn.message, prefs) or ""
    return Answer(text, "shared_kitchen", reason="Source: Coeliac UK, Avoiding cross contamination.", examples=["what should I eat for dinner?", "snack ideas"])


def training_part(message: str) -> str | None:
    """The training question asked beside a food one, as said (for Helios), or None."""
    found = TRAINING_PART.search(message)
    return found.group("part").strip(" ,?") if found else None


async def answer_request(asked: Asked, request: Request) -> Answer:
    """The answer to `request`, through the allergy and diet floor (`floor`): what every
    offline reply is made of, whatever the request."""
    answer = await HANDLERS[request.intent](asked, request)
    if request.intent == "log" and request.slots.get("ask") and answer.intent == "log":
        return await _asked_after_log(asked, answer, str(request.slots["ask"]), str(request.slots.get("text") or ""))
    then = request.slots.get("then") if request.intent == "preferences" else None
    if request.intent == "preferences" and not then and (asked.state.intent in REDONE_AFTER_A_DIET_CHANGE or _lists_diet_foods(asked.state)):
        # "oh and I'm coeliac too, scratch anything with gluten" right after protein or meal ideas:
        # saved, and the last answer given again within the new diet
        then = {"intent": "allergy_everyday" if asked.state.intent == "allergy_advice" else asked.state.intent, "slots": dict(asked.state.slots)}
    if then and then.get("intent") in HANDLERS:
        # "I'm lactose intolerant, can I still get enough calcium?": saved, then answered
        # within what was just saved; the follow-ups are the question's.
        asked_then = await HANDLERS[then["intent"]](asked, Request(then["intent"], dict(then.get("slots") or {})))
        if then["intent"] == "log" and (then.get("slots") or {}).get("ask") and asked_then.intent == "log" and asked.policy.numbers:
            asked_then = await _asked_after_log(asked, asked_then, str(then["slots"]["ask"]), str(then["slots"].get("text") or ""))
        asked_then.text = f"{answer.text}\n\n{asked_then.text}"
        asked_then.metadata = {**asked_then.metadata, "saved": True}
        answer = asked_then
    about = [str(slots.get(key) or "") for slots in (request.slots, answer.slots) for key in ("food", "previous")]
    thread = asked.state.slots if asked.state.intent in ("ideas", "day_plan") and answer.intent in GENERAL_TEXT else None
    floor = diet_floor(asked.turn, answer.warns, [*about, *answer.about], suggests=answer.intent in SUGGESTING, thread=thread)
    # An ingredient's answer names foods only as where that ingredient hides, and says itself
    # what the saved diet makes of it (the floor would cut the very warning); its examples pass.
    answer.text = answer.text if answer.intent in ("ingredient", "diet_fit", "eating_out", "shared_kitchen", "allergy_advice") else floor.enforce(answer.text)
    answer.examples = floor.examples(answer.examples)
    if answer.intent == "lookup" and (swap := suggested_swap(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))):
        # "what about a shake after the gym?" with a milk allergy: the safe version is the idea asked for
        answer.text, answer.examples = f"For you, make it this way: {swap[0].lower()}{swap[1:]}", ["snack ideas", "what should I eat after a workout?"]
        return answer
    if answer.intent in ("ingredient", "diet_fit", "eating_out", "shared_kitchen", "allergy_advice", "allergy_everyday"):
        return answer  # the eating-out answer names the dishes to avoid, and says itself what to ask  # "what is shrimp paste? is it in green curry?": the ingredient's own answer says what the allergy makes of it
    if answer.intent == "lookup" and answer.text.startswith("I don't have") and FRUIT_ASKED.fullmatch(str(request.slots.get("food") or "").strip().lower()) and (
        "diabetes" in DietPrefs.from_profile(await _saved_profile(asked.turn)).conditions
    ):
        return await faq(asked, Request("faq", {"id": "diabetes_eating", "facet": "fruit"}))  # "is fruit ok?" with type 2 diabetes saved
    repeated = answer.intent == "faq" and answer.slots.get("id") == "pregnancy"  # "what about brie?" right after the pregnancy answer
    if (answer.intent in ("lookup", "guidance", "lookup_judge") or repeated) and pregnant_now(asked.turn.message, asked.turn.history, asked.turn.profile) and (
        safe := pregnancy_answer(asked.turn.message)
    ):
        # "can I have sushi?" after "I'm pregnant": the NHS's answer first, then the figures
        bare = answer.intent == "guidance" or repeated or not asked.policy.numbers or answer.text.startswith("I don't have")
        answer.text = safe if bare else f"{safe}\n\n{answer.text}"
        answer.reason = f"Source: {PREGNANCY_SOURCE}."
        if answer.intent == "guidance":
            answer.examples = ["which foods should I avoid in pregnancy?", "what should I eat for lunch?"]
    elif answer.intent == "lookup" and answer.text.startswith("I don't have") and (safe := pregnancy_answer(asked.turn.message)):
        # "can I have brie?" with no pregnancy said: no figures to give, and the NHS's word in case that's why it's asked
        food = str(request.slots.get("food") or "that").strip()
        answer.text = f"I don't have {food} in my food table, so I can't give its figures. If you're asking because you're pregnant, the NHS says: {safe[:1].lower()}{safe[1:]}"
        answer.reason = f"Source: {PREGNANCY_SOURCE}."
        answer.examples = ["which foods should I avoid in pregnancy?", "what should I eat for lunch?"]
    if not STAPLE_SWAPS_SAID.search(answer.text) and (swap_said := swap_answer(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))) is not None:
        # "what's a good swap for peanut butter?" with a peanut allergy: the swap that fits, not the healthy-swaps list
        answer.text, answer.examples = swap_said, ["snack ideas", "what should I eat for dinner?"]
        return answer
    if (label_said := may_contain_answer(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))) is not None:
        # "the label says may contain peanuts, can I eat it?": the label is the question, not the peanuts' figures
        answer.text, answer.examples = label_said, ["snack ideas", "what should I eat for dinner?"]
        return answer
    if (which := which_answer(asked.turn.message, said_prefs(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn))))) is not None:
        # "a party with pancakes and cake, which one can she have?": each food against her allergies, then what to do
        answer.text, answer.examples = which, ["snack ideas", "what should I eat for dinner?"]
        saved = DietPrefs.from_profile(await _saved_profile(asked.turn))
        said = said_prefs(asked.turn.message, saved)
        theirs = [a for a in said.allergies if a not in saved.allergies] + (["gluten"] if said.gluten_free and not saved.gluten_free else [])
        if theirs and who(asked.turn.message) != "you":
            answer.slots = {**answer.slots, "guest_exclude": theirs}  # "3 dips that are safe for her" next: without her allergens too
        return answer
    if (contains := contains_answer(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))) is not None:
        # "is there gluten in soy sauce?": yes, and why, whatever else the answer was
        if answer.intent in ("guidance", "lookup", "faq"):
            answer.text, answer.examples = contains, ["snack ideas", "what should I eat for dinner?"]
        else:
            answer.text = f"{contains}\n\n{answer.text}"
        return answer
    if answer.intent not in ("ingredient", "lookup") and (careful := dish_warnings(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)), answer.text)):
        answer.text = f"{careful}\n\n{answer.text}"  # "after gym I buy suya" with a peanut allergy: suya's rub is groundnuts
    if answer.intent != "ingredient" and (where := cuisine_warnings(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))):
        answer.text = f"{where}\n\n{answer.text}"  # "what can I order at a lebanese place?" with a sesame allergy: hummus, tahini, za'atar
    # "Und Pfannkuchen ohne Ei, geht das?": the question as Ceres read it, "can i have pancakes without egg?"
    question = ok_question(abroad_can_have.in_english(asked.turn.message), asked.turn.history)
    prefs_now = said_prefs(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))
    said = question or asked.turn.message  # "could I put lactose-free cream in it for her?" asks too
    guest = _guest_prefs(asked.state, said)  # "... for her?" after ideas for a sister with a milk allergy: her allergy
    for prefs_asked, person in ((guest, who(said) if who(said) != "you" else "them"), (prefs_now, who(said))):
        if prefs_asked is not None and (no := lactose_free_answer(said, prefs_asked, person) or (refusal(question, prefs_asked) if question and prefs_asked is guest else None)):
            # "can I use lactose-free milk in the sauce for her?": still milk, whatever it's free of
            answer.text, answer.examples = no, ["snack ideas", "what should I eat for dinner?"]
            return answer
    if question and (fits := ingredient_answer(question, prefs_now)) is not None:
        # "can I use fish stock in the paella?" with a shellfish allergy: the stock is asked about
        answer.text, answer.examples = fits, ["snack ideas", "what should I eat for dinner?"]
        return answer
    if question and (no := refusal(question, said_prefs(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn))))) is not None:
        if answer.intent == "guidance":  # nothing else was asked: the no, and what to ask next, not the menu
            answer.text, answer.examples = no, ["snack ideas", "what should I eat for dinner?"]
        else:
            # "is whey ok for him?": no first, and why; after the floor, which it would trip. The lookup after it
            # may be of a near name ("bakewell tart" found a protein bar): its "it fits your diet" would contradict the no
            rest = "\n".join(line for line in answer.text.split("\n") if not line.startswith("✓ It fits your diet"))
            # the lookup's own "X is usually made with ..., so it isn't safe ..." says the no again: its check-the-label advice stays
            rest = re.sub(r"^I don't have [^\n]*? in my food table, so I can't say whether it's safe for you \([^\n]*?\)\. ", "", rest)  # the no has said it
            answer.text = f"{no}\n\n{rest}"
    return answer


def _guest_prefs(state: Any, question: str) -> DietPrefs | None:
    """The allergies of the person the last ideas were for ("your sister", without milk), when the
    question is about them ("for her", "for my sister"); None otherwise. Theirs, never saved as the user's."""
    if not question or state.intent != "ideas" or not state.slots.get("for_whom") or not state.slots.get("exclude"):
        return None
    whom = str(state.slots["for_whom"]).removeprefix("your ")
    if not re.search(rf"(?i)\b(?:for|to|give|serve)\s+(?:her|him|them|my {re.escape(whom)})\b|\b(?:she|he|they)\b", question):
        return None
    from agenthost_ceres.allergens import canonical_allergies

    allergies = tuple(canonical_allergies(list(state.slots["exclude"])))
    return DietPrefs(allergies=allergies) if allergies else None


# An answer that already gives the diet's own swaps ("Gluten-free swaps for your staples: ..."): kept.
STAPLE_SWAPS_SAID = re.compile(r"(?i)\b(?:gluten|dairy|egg|nut)[- ]free swaps\b|\bswaps for your staples\b")


# Asked after a meal, what is no answer about it: read again as a log, or Ceres' menu.
NOT_ANSWERS = frozenset({"log", "log_problem", "undo", "correct", "move", "portion", "guidance", "howto"})


def _drank_alcohol(meal: str) -> bool:
    """Whether the meal told holds a drink with alcohol (beer, wine, spirits)."""
    return any("alcohol" in item.food.tags for item in parse_meal(meal, load_table()).items)


LOG_AGAIN = re.compile(r"^log (?:it|that|this|them|the \w+ one)\b")


async def _asked_after_log(asked: Asked, logged: Answer, question: str, meal: str = "") -> Answer:
    """ "had a big mac and fries for lunch, what should I have for dinner?": the meal logged,
    then the question answered as the next message would be, right after that log (so "that" is
    the meal, and dinner ideas know the day). The log keeps its own diet floor and loses its tip."""
    floor = diet_floor(asked.turn, logged.warns, logged.about)
    logged.text = "\n".join(line for line in floor.enforce(logged.text).splitlines() if not line.startswith("Tip:"))
    after = dialog.DialogState(logged.intent, logged.slots, logged.reason, logged.examples)
    request = understand(question, after)
    if TRAINING.search(question) and _drank_alcohol(meal):
        request = Request("faq", dict(TRAIN_AFTER))  # the drinks are what the training question is about
    if request.intent in NOT_ANSWERS:
        return logged
    answer = await answer_request(Asked(evolve(asked.turn, message=question), asked.policy, after), request)
    said = logged.text.splitlines()
    answer.text = "\n".join(line for line in answer.text.splitlines() if not any(line.strip() and line.strip() in old for old in said))  # no figures twice
    answer.text = f"{logged.text}\n\n{answer.text}"
    kept = [example for example in answer.examples if not LOG_AGAIN.match(example)]  # already logged: "log it" would log it twice
    answer.examples = list(dict.fromkeys([*kept[:2], *logged.examples[:1]]))  # "remove the pizza" still works next
    answer.metadata = {**answer.metadata, "logged": True}
    return answer


async def _saved_profile(turn: Turn) -> dict[str, Any] | None:
    """The profile as saved now: a preference stated in this very message ("I'm allergic to milk,
    is whey ok?") is in it."""
    try:
        return await turn.store.read_profile()
    except Exception:  # the answer stands on the turn's profile if the store can't be read
        log_.exception("could not read the profile for user %s", turn.user_id)
        return turn.profile


# Answers about the user's own log or body, where a packaged food named is theirs, not asked about.
NO_LABEL_ADVICE = frozenset(
    {"log", "log_problem", "correct", "undo", "move", "portion", "summary", "logged_detail", "meal_judge", "why", "care", "child_weight", "reported_total", "body", "howto", "thanks", "allergy_advice", "allergy_everyday"}
)

def _lists_diet_foods(state: Any) -> bool:
    """An everyday answer that lists foods for the diet ("a high protein shopping list", then "oh, I'm
    vegetarian"): a diet said straight after it gives it again, within the new diet."""
    if state.intent != "faq" or state.slots.get("facet"):
        return False
    from agenthost_ceres.knowledge import load_entries

    entry = next((e for e in load_entries() if e.id == state.slots.get("id")), None)
    return entry is not None and entry.id in DIET_LISTS


DIET_LISTS = frozenset({"pantry_staples", "snacks", "protein_sources", "hunger", "weight_gain_foods", "muscle_gain_food"})


# The answers a diet said straight after them changes, so they are given again within it.
REDONE_AFTER_A_DIET_CHANGE = frozenset({"protein", "ideas", "day_plan", "allergy_everyday", "allergy_advice"})

# Answers that suggest food: what the user asked for is a wish ("a smoothie", "something with
# chicken"), never a food to keep and warn about.
SUGGESTING = frozenset({"ideas", "day_plan", "idea_detail", "ideas_nutrient", "swap", "sauces"})


# Everyday answers in general words, which the diet of the ideas just shown holds too: after a
# vegetarian day of meals, no "half the mince in a chilli" in a tip.
GENERAL_TEXT = frozenset({"faq", "faq_rank", "guidance", "sauces"})


def diet_floor(turn: Turn, warns: Iterable[str] = (), about: Iterable[str] = (), suggests: bool = False, thread: dict[str, Any] | None = None) -> Floor:
    """The allergy and diet floor for this turn's reply (see `floor`): the saved diet, with the
    foods the message names, and `about` (the food a follow-up asks about, the user's own meals
    an answer reports), as its subject: kept, and warned about; an answer that `suggests`
    food has no subject but the user's own meals. `thread`: the slots of the ideas just shown,
    whose diet ("a vegetarian day of meals") holds beside the saved one."""
    prefs = DietPrefs.from_profile(turn.profile)
    if thread:
        kind = thread.get("diet") if thread.get("diet") in ("vegetarian", "vegan", "pescatarian") and prefs.type == "omnivore" else prefs.type
        prefs = evolve(prefs, type=kind, gluten_free=prefs.gluten_free or bool(thread.get("gluten_free")), lactose_free=prefs.lactose_free or bool(thread.get("lactose_free")))
    return Floor.for_message(prefs, "\n".join([*([] if suggests else [turn.message]), *about]), allowed=warns)


def said_to_others(history: list[dict[str, Any]], limit: int = 10) -> dict[str, Any]:
    """Diet statements ("I'm vegetarian", "I'm allergic to nuts") the user made since Ceres last
    answered, in messages another agent answered: Ceres keeps the diet, so she saves them.
    (What came before her last answer she has read already.)"""
    records = [r for r in history if r.get("role") in ("user", "assistant")]
    start = next((n + 1 for n in range(len(records) - 1, -1, -1) if records[n].get("role") == "assistant" and records[n].get("agent") == "ceres"), 0)
    prefs: dict[str, Any] = {}
    recent = records[start:]
    users = [n for n, r in enumerate(recent) if r.get("role") == "user"][-limit:]
    for n in users:
        answered_by = next((r.get("agent") for r in recent[n + 1 :] if r.get("role") == "assistant"), None)
        text = recent[n].get("text")
        if answered_by not in (None, "ceres") and isinstance(text, str):
            prefs = merge_preferences(prefs, stated_preferences(text))
    return prefs


def merge_preferences(first: dict[str, Any], then: dict[str, Any]) -> dict[str, Any]:
    """Two sets of stated preferences as one: lists joined, the later value otherwise."""
    merged = dict(first)
    for key, value in then.items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *value])) if isinstance(value, list) else value
    return merged


# What to eat more of, asked in pregnancy: the nutrients that matter then.
EAT_MORE_OF = re.compile(
    r"(?i)\bwhat (?:should|do|can) i (?:be )?(?:eat(?:ing)?|hav(?:e|ing)) (?:more|extra|plenty) of\b|\bwhat (?:foods?|nutrients?|vitamins?) (?:do|should) i (?:need|eat|take|have) (?:more|extra)?|"
    r"\bwhat (?:should|do) i (?:be )?eat(?:ing)?\b.{0,30}\b(?:pregnan\w*|baby|trimester)\b|\bwhat (?:do|should) i need more of\b"
)
PREGNANT = re.compile(r"(?i)\b(?:i'?m|i am|currently|just found out i'?m) (?:\d+ weeks? )?pregnant\b|\b(?:first|second|third) trimester\b")


async def why(asked: Asked, request: Request) -> Answer:
    """Explain the last answer from the reason saved with it."""
    reason = asked.state.reason
    if not reason:
        return Answer(
            "There's nothing of mine to explain yet. Ask me something (a meal idea, what's in a food, your "
            "needs) and then ask “why?”.",
            "why",
        )
    return Answer(reason, "why", examples=[e for e in asked.state.examples if e != "why?"][:2])


async def refer_helios(asked: Asked, request: Request) -> Answer:
    """Workouts belong to Helios (when Helios is enabled); the food side of training here."""
    helios = asked.turn.registry.agents.get("helios")
    head = (
        f"Workouts and training plans are for {helios.label}, our fitness coach: ask about training and "
        f"{helios.display_name} will pick it up."
        if helios is not None
        else "Training plans aren't something I do, but I can help with the food side."
    )
    body = (
        "From the food side: a carb-based snack 1-3 hours before (a banana, toast, porridge), and protein with "
        "carbs in the couple of hours after (Greek yogurt with fruit, chicken and rice, eggs on toast)."
        if asked.policy.numbers
        else "From the food side: a light carb-based snack before (a banana, toast) and a meal with protein and "
        "carbs afterwards help you feel good and recover."
    )
    return Answer(f"{head}\n{body}", "refer_helios", examples=["what should I eat after a workout?"])


async def care(asked: Asked, request: Request) -> Answer:
    """Ceres' own floor: no plan, no numbers for a day of eating far under a safe intake, or
    for weight control by pills, laxatives or being sick."""
    worry = HARMFUL_METHODS_LINE if harmful_methods(asked.turn.message) else CARE_LINE
    return Answer(
        f"{worry} {SUPPORT_LINE} If you'd like, I can suggest a simple, balanced meal for today.",
        "care",
        reason="I don't make plans under a safe daily intake; eating that little can harm your health.",
        examples=["what should I eat for lunch?"],
    )


LOW_DAY_KCAL = 1000  # a whole day said to be under this is a worry, not a figure to log
BIG_DAY_KCAL = 3000  # over this, the answer is about one big day


async def reported_total(asked: Asked, request: Request) -> Answer:
    """ "I had 5000 calories today": Ceres logs foods, not totals; a big day is no disaster, and
    a whole day far under a safe intake gets care, not a figure."""
    said = request.slots["kcal"]
    if said < LOW_DAY_KCAL or not asked.policy.numbers:
        return await care(asked, request)
    text = "I log foods rather than totals, so tell me what you ate (e.g. “pizza and a beer for dinner”) and I'll add it up."
    if said >= BIG_DAY_KCAL:
        entry = next(e for e in knowledge.load_entries() if e.id == "one_big_meal")
        text = entry.render() + " " + text
        sources = "; ".join(s.cite() for s in entry.sources)
        return Answer(f"{text}\nSource: {sources}.", "faq", {"id": entry.id}, reason=entry.why or f"That's from {sources}.", examples=["what should I eat tomorrow?"])
    return Answer(text, "reported_total", examples=["I had 2 eggs and toast for breakfast"])


# A child or teenager whose weight is talked about: no diet, no figures; their GP first.
CHILD = re.compile(
    r"\b(?:my|our)\s+(?:\d{1,2}[- ]?(?:year[- ]old|yo)\s+)?(?:son|daughter|child|kid|kids|children|boy|girl|teen|teenager|"
    r"stepson|stepdaughter|grandson|granddaughter)\b|\b(?:i'?m|i am|im)\s+(?:1[0-7]|[5-9])\b(?!\s*(?:kg|kilos?|lbs?|pounds?|st|stone|cm|ft|feet|%))"
)
LOSING = re.compile(r"\b(?:lose|losing|lost|diet|dieting|slim|skinny|thinner|weight loss|calories|too fat|overweight|chubby|burn fat)\b")


# A growing child who eats a lot (and stays thin): their appetite, not a wish to lose weight.
BIG_EATER = re.compile(
    r"\b(?:eats?|eating|ate)\b[^.?!]{0,25}?\b(?:like a horse|loads|so much|a ton|tons|huge amounts?|massive amounts?|enormous amounts?|constantly|non[- ]?stop|everything)\b"
    r"|\bbottomless pit\b|\bhollow legs\b|\bgrowth spurt\b|\b(?:always|constantly) (?:eating|hungry|starving)\b"
)
LOSS_WISH = re.compile(r"\b(?:lose|losing|diet|dieting|slim|weight loss|too fat|overweight|chubby|burn fat)\b")


def about_a_child_losing_weight(text: str, profile: dict[str, Any] | None) -> bool:
    """ "my daughter is 12 and wants to lose weight", "I'm 14, how do I lose weight?"."""
    low = text.lower()
    age = (profile or {}).get("age")
    young = isinstance(age, int) and not isinstance(age, bool) and age < 18
    if GAINING.search(low) or (young and not LOSS_WORDS.search(low) and goal_from_profile(profile or {}) == "gain"):
        return False  # "I'm 15 and want to bulk for football": food for growth and training (`teen_needs`)
    if CHILD_OF.search(low) and BIG_EATER.search(low) and not LOSS_WISH.search(low):
        return False  # "my son eats like a horse and stays skinny, is that normal?": growth and sport (`teen_appetite`)
    if CHILD_OF.search(low):
        return bool(LOSING.search(low))  # "my daughter is 12, how many calories should she eat?"
    # a young user: only a wish to lose weight ("I'm 14, how do I lose weight?"); "how many calories
    # should I eat?" gets the figures for a growing teenager
    return bool(LOSS_WORDS.search(low)) and (bool(CHILD.search(low)) or young)


CHILD_OF = re.compile(
    r"\b(?:my|our)\s+(?:\d{1,2}[- ]?(?:year[- ]old|yo)\s+)?(?:son|daughter|child|kid|kids|children|boy|girl|teen|teenager|"
    r"stepson|stepdaughter|grandson|granddaughter)\b"
)


GAINING = re.compile(r"\b(?:bulk|bulking|gain|gaining|put on|build muscle|building muscle|get bigger|mass gainer|weight gainer|too skinny|underweight)\b")
LOSS_WORDS = re.compile(r"\b(?:lose|losing|diet|dieting|slim|thinner|weight loss|too fat|overweight|burn fat)\b")


async def child_weight(asked: Asked, request: Request) -> Answer:
    """Weight loss for a child or teenager: growing into their weight, family habits, the GP."""
    return Answer(
        "For children and teenagers, dieting to lose weight isn't recommended: they're still growing, and the aim is usually "
        "to grow into their weight with healthy habits the whole family shares. Please talk to your GP or school nurse first: "
        "they can check growth on a chart made for their age and support you. Habits that help: regular family meals with "
        "plenty of fruit and vegetables, water or milk instead of sugary drinks, fewer sweets and snacks in the house, "
        "portions that suit their age, and at least an hour of activity a day. Keep talk away from weight and 'bad' foods, "
        "and praise what they do rather than how they look.",
        "child_weight",
        reason="Children are still growing, so the NHS advises healthy family habits and their GP's help rather than a diet; "
        "an hour of activity a day is the UK Chief Medical Officers' guideline for children and young people. Sources: NHS, "
        "Very overweight children: advice for parents; UK CMO physical activity guidelines (2019).",
        examples=["healthy snack ideas for kids"],
    )


# What to eat or avoid asked: "what shouldn't I eat now?", "anything I should avoid eating?"
EAT_ASKED = re.compile(r"(?i)\bwhat (?:should|shouldn'?t|can|can'?t|do|don'?t) i (?:eat|have|avoid)\b|\b(?:foods?|eat(?:ing)?) (?:to|should i|i should) avoid\b|\bavoid eating\b|\bsafe to eat\b")


def _pregnant_before(history: list[dict[str, Any]]) -> bool:
    """Whether the user said earlier in the conversation that she is pregnant."""
    return any(record.get("role") == "user" and PREGNANT.search(str(record.get("text") or record.get("content") or "")) for record in history[-12:])


def _after_pregnancy_warning(history: list[dict[str, Any]]) -> bool:
    """Whether the guard's last answer in `history` was to a pregnancy warning sign (urgent or emergency)."""
    for record in reversed(history):
        safety = record.get("safety") if record.get("role") == "assistant" else None
        if safety and safety.get("action") == "answer":
            return safety.get("category") == "pregnancy" and safety.get("severity") in ("urgent", "emergency")
    return False


async def sauces(asked: Asked, request: Request) -> Answer:
    """A few sauces or dressings that fit the saved diet, each with what's in it."""
    prefs = DietPrefs.from_profile(await _saved_profile(asked.turn))
    return Answer(
        sauces_text(prefs, flavour=bool(request.slots.get("flavour"))), "sauces", reason="Each sauce is listed with its ingredients, and only those whose every ingredient fits your diet.",
        examples=["what should I eat for lunch?", "why?"],
    )


async def homemade_vs(asked: Asked, request: Request) -> Answer:
    """ "how many calories would a homemade one be vs the takeaway?": a range for each."""
    dish = homemade.dish_in(homemade.earlier_texts(asked.turn.history, asked.turn.message)) or "pizza"
    if not asked.policy.numbers:
        return Answer("A homemade version is usually much lighter than the takeaway: a thinner base or less oil, and no fried sides.", "homemade_vs", {"dish": dish})
    return Answer(
        homemade.answer_text(dish), "homemade_vs", {"dish": dish},
        reason="Takeaway figures are the chains' published ones; the homemade ones add up a usual recipe's ingredients (USDA FoodData Central).",
        examples=["why?", "what should I eat for dinner?"],
    )


async def thanks(asked: Asked, request: Request) -> Answer:
    """You're welcome, by name."""
    name = (asked.turn.profile or {}).get("name")
    return Answer(
        f"You're welcome{', ' + name if isinstance(name, str) and name else ''}! Tell me what you eat and I'll keep "
        "your day's tally.",
        "thanks",
    )


async def ingredient(asked: Asked, request: Request) -> Answer:
    """What an ingredient is, whether the dish asked about has it, and what the saved allergies
    (or those said in the message) make of it."""
    prefs = said_prefs(asked.turn.message, DietPrefs.from_profile(await _saved_profile(asked.turn)))
    entry = BY_ID[request.slots["id"]]
    return Answer(
        ingredient_text(request.slots, prefs, who(asked.turn.message)), "ingredient", {**request.slots, "food": entry.name.lower()},
        reason=f"Source: {entry.source}.", examples=["what should I eat for dinner?", "snack ideas"],
        warns=frozenset(entry.allergens),
    )


FRUIT_ASKED = re.compile(r"(?:some |any |fresh |whole |a bit of )?(?:fruits?|fruit and veg)")


async def diet_fit(asked: Asked, request: Request) -> Answer:
    """ "Is parmesan vegetarian?": yes or no for that diet, and why; a note when it is the diet saved."""
    text = fit_answer(request.slots["food"], request.slots["diet"]) or ""
    if (made_of := contains_answer(asked.turn.message, DIETS[request.slots["diet"]][1])) is not None:
        text = made_of  # "is soy sauce gluten free?": no, regular soy sauce is brewed with wheat, and the swap
    prefs = DietPrefs.from_profile(await _saved_profile(asked.turn))
    broken = violations(request.slots["food"], prefs)
    if not broken:
        text = re.sub(r" So (?:it|they) (?:isn'?t|aren'?t) (?:safe|a fit) for you\.", "", text)  # asked about a diet not theirs
    if broken and text.startswith("No"):
        text += " I'll keep it out of your suggestions."
    elif broken:  # "is peanut butter vegan?" with a peanut allergy: vegan, and still not for them
        text = text.rstrip(".") + f", but not for you: {'; '.join(dict.fromkeys(reason for m in broken for reason in m.breaks.values()))}."
    return Answer(text, "diet_fit", dict(request.slots), reason="Source: the Vegetarian Society and the Vegan Society on animal ingredients; Coeliac UK on gluten.",
                  examples=["what should I eat for dinner?", "snack ideas"], about=[request.slots["food"]])


async def guidance(asked: Asked, request: Request) -> Answer:
    """What Ceres can do, with examples that work as the next message."""
    profile = asked.turn.profile or {}
    name = profile.get("name")
    lines = [f"Hi {name}! " if isinstance(name, str) and name else "Hi! "]
    lines[0] += "I'm Ceres, your nutritionist 🥗 I can:"
    lines += [
        "• log what you eat, even several foods or days at once — “I had a big mac and large fries for lunch”",
        "• take it back or fix it — “oops, remove the fries”, “actually it was two eggs”",
        "• show your day or week — “what did I eat today?”, “how did I do this week?”",
        "• suggest meals that fit your diet — “what should I eat for dinner?”",
        "• look up foods and dishes — “how much protein in a chicken caesar salad?”",
        "• remember allergies and diets — “I'm allergic to nuts”, “I'm coeliac”",
        "• work out your needs — “how much protein do I need?”",
        "• answer everyday questions — “how much water should I drink?”",
    ]
    prefs = DietPrefs.from_profile(profile)
    if not prefs.is_default:
        lines.append(f"I'm keeping to your preferences: {prefs.describe()}.")
    if not asked.policy.numbers:
        lines = [line for line in lines if "protein do I need" not in line]
        lines.append(SUPPORT_LINE)
        return Answer("\n".join(lines), "guidance")
    summary = await asked.turn.call_tool("meal_summary", period="day")
    target, source = calorie_target(profile)
    if "error" not in summary and summary["meal_count"]:
        line = f"Today so far: {kcal(summary['totals']['kcal'])}"
        lines.append(line + (f" of your {kcal(target)} target." if target else "."))
    elif target:
        lines.append(f"Your daily target: {kcal(target)}{' (estimated from your profile)' if source == 'estimated' else ''}.")
    return Answer("\n".join(lines), "guidance")


HANDLERS: dict[str, Handler] = {
    "preferences": preferences,
    "body": body,
    "log": log,
    "undo": undo,
    "correct": correct,
    "move": move,
    "portion": portion,
    "logged_detail": logged_detail,
    "summary": summary,
    "lookup": lookup,
    "ideas": ideas,
    "day_plan": day_plan,
    "idea_detail": idea_detail,
    "ideas_nutrient": ideas_nutrient,
    "howto": howto,
    "lookup_judge": lookup_judge,
    "compare": compare,
    "swap": swap,
    "log_idea": log_idea,
    "needs": needs,
    "protein": protein,
    "faq": faq,
    "faq_rank": faq_rank,
    "why": why,
    "refer_helios": refer_helios,
    "thanks": thanks,
    "sauces": sauces,
    "homemade_vs": homemade_vs,
    "meal_judge": meal_judge,
    "care": care,
    "reported_total": reported_total,
    "progress": progress,
    "goal_time": goal_time,
    "maintenance_from_intake": maintenance_from_intake,
    "child_weight": child_weight,
    "guidance": guidance,
    "ingredient": ingredient,
    "diet_fit": diet_fit,
    "intake_check": intake_check,
    "eating_out": eating_out,
    "shared_kitchen": shared_kitchen,
    "allergy_everyday": allergy_everyday_answer,
}
