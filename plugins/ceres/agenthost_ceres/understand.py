"""From a message and the dialog state to a `Request`: what Ceres is asked to do, with slots.

A short follow-up is read against the last answer first ("and for dinner?" after meal ideas
is the same request for dinner; "and yesterday?" after a summary is yesterday's summary;
"why?" explains the last answer), so every example Ceres suggests works as the next message.
Otherwise the message's own words decide, most specific first: preferences, undo,
corrections, meals to log, summaries, lookups, needs, ideas, everyday questions.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from attrs import Factory, define

from agenthost_ceres import intents, knowledge
from agenthost_ceres.body import parse_body
from agenthost_ceres.dates import find_when, today
from agenthost_ceres.dialog import DialogState
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import MEAL_WORDS, parse_meal, tokenise

FOLLOW_UP_WORDS = 10  # follow-ups are short
MEAL_SWITCH = re.compile(
    r"^(?:and |what about |how about |ok |okay |also |now |then )*(?:for |some |a )?(breakfast|brunch|lunch|dinner|supper|snacks?|dessert)"
    r"(?: ideas?| options?| too| then| please)?$"
)
DIET_SWITCH = re.compile(
    r"^(?:and |ok |okay |but |now |please |can you |could you )*(?:something |make (?:it|them) |any |only |just |more |a |some )*"
    r"(vegan|vegetarian|veggie|pescatarian|plant based|gluten free|dairy free|lactose free)(?: ones?| options?| ideas?| please| instead)?$"
)
NO_COOK = re.compile(
    r"\b(?:no[- ]cook|no cooking|without cooking|don'?t (?:want to |have time to |feel like )?cook|can'?t cook|nothing to cook|"
    r"no kitchen|no stove|no oven|take to work|packed lunch|lunch ?box|on the go|desk lunch|"
    # quick: a meal with no cooking is the one surely ready in minutes
    r"quick(?:ly)?|(?:make|ready|done|eat) in (?:a few|\d+|five|ten|fifteen) min(?:ute)?s?|no time|in a (?:hurry|rush)|short on time)\b"
)
CHEAPER = re.compile(r"\b(?:cheaper|cheap|budget|less expensive|inexpensive|affordable|on a budget|save money|costs? less|broke)\b")
PICK = re.compile(
    r"\b(?:the )?(first|second|third|1st|2nd|3rd|last)(?: one| idea| option| meal)?\b|\b(?:number|option|idea|no\.?|#) ?([1-6])\b"
)
TAKE_IT = re.compile(r"\b(?:log|add|track|record|i'?ll (?:have|take|go with|make|eat)|i (?:had|ate|made|cooked|went with)|going with|let'?s go with|i'?m having)\b")
MORE_PROTEIN = re.compile(r"\b(?:more|higher|high|extra|lots of|plenty of) protein\b|\bprotein[ -]?(?:rich|packed|heavy)\b")
LIGHTER = re.compile(r"\b(?:lighter|smaller|less|fewer calories|lower calorie|low calorie|not so big|too big|too much)\b")
BIGGER = re.compile(r"\b(?:bigger|larger|more filling|heartier|not enough|too small|more food)\b")
ANOTHER = re.compile(r"^(?:any |some |give me |show me |got any )?(?:more|other|others|another|something else|different|new)\b")
NUTRIENT_SWITCH = re.compile(
    r"^(?:and |what about |how about |how much |how many )*(protein|carbs?|carbohydrates?|fat|fibre|fiber|calories|kcal)\b"
)
GOAL_SWITCH = re.compile(
    r"^(?:and |what about |how about |ok |okay |but |so )*(?:if i |i )?(?:want|wanted|wanna|would like|need|plan)?\s*(?:to )?"
    r"(lose|losing|gain|gaining|maintain|maintaining|bulk|bulking|cut|cutting)\b"
)
ADD_TO_MEAL = re.compile(r"^(?:and|also|plus|oh and|and also|i also had|also had|and a|and an|with)\b")
STANDALONE_AVOID = re.compile(r"^(?:no|without|avoid|never|i avoid|nothing with)\s+(?P<items>[a-z][a-z ,'&-]*?)(?: please| for me| thanks| ever)?$")
IS_IT_GOOD = re.compile(r"^(?:is|are) .+ (?:healthy|unhealthy|good|bad|ok|okay|safe)\b")
TRAINING_ONLY = re.compile(r"\b(workout|work out|exercise|training plan|gym|reps|squats?|marathon|cycling|cardio|lifting)\b")


@define
class Request:
    """What to do for this message: an intent and its slots."""

    intent: str
    slots: dict[str, Any] = Factory(dict)


def understand(text: str, state: DialogState) -> Request:
    """The request `text` makes, given what Ceres answered last (`state`)."""
    low = intents.clean(text)
    follow = follow_up(low, text, state)
    if follow is not None:
        return follow
    stated = intents.stated_preferences(text)
    if stated:
        return Request("preferences", {"prefs": stated, "then_ideas": _ideas_slots(text, low) if _asks_ideas(low) else None})
    undo = intents.undo_request(text)
    if undo is not None:
        return Request("undo", undo)
    corrected = intents.correction_text(text)
    if corrected is not None and names_food_or_amount(corrected):
        return Request("correct", {"text": corrected})
    avoid = STANDALONE_AVOID.match(low)
    if avoid:
        return Request("preferences", {"prefs": _avoid_prefs(avoid.group("items")), "then_ideas": None})
    question = intents.is_question(text)
    if intents.plans_to_eat(text) and parse_meal(text, load_table()).items:
        return Request("lookup", {"food": text, "nutrient": None, "planned": True})
    if not question and (intents.reports_meal(text) or _is_food_list(text) or _names_a_meal_eaten(text, low)):
        return Request("log", {"text": text})
    if intents.asks_drinks(text):
        return Request("summary", {**_summary_slots(low), "period": "day", "drinks": True})
    if intents.asks_day_plan(text):
        return Request("day_plan", _ideas_slots(text, low))
    if intents.asks_summary(text) or (intents.summary_period(low) != "day" and (_mentions_eating(low) or len(low.split()) <= 3)):
        return Request("summary", _summary_slots(low))
    if intents.asks_protein_needs(text):
        return Request("protein", _needs_slots(text, low, "maintain"))
    found = knowledge.find(low)
    lookup = intents.lookup_request(text)
    if lookup is None and question and _is_food_list(text):
        lookup = (text, None)  # "banana?"
    if lookup is not None and found is not None and found[1] >= 0.85 and IS_IT_GOOD.match(low):
        return Request("faq", {"id": found[0].id})  # "is coffee bad for me?": the everyday answer, with sources
    if lookup is not None:
        return Request("lookup", {"food": lookup[0], "nutrient": lookup[1]})
    goal = intents.asks_needs(text)
    if goal is not None:
        return Request("needs", _needs_slots(text, low, goal))
    if _asks_ideas(low) and (intents.meal_type(low) or found is None or found[1] < 0.8):
        return Request("ideas", _ideas_slots(text, low))
    if found is not None:
        return Request("faq", {"id": found[0].id})
    if intents.meal_type(low) and not question:
        return Request("ideas", _ideas_slots(text, low))
    if TRAINING_ONLY.search(low):
        return Request("refer_helios", {})
    if intents.is_thanks(text):
        return Request("thanks", {})
    return Request("guidance", {})


def follow_up(low: str, text: str, state: DialogState) -> Request | None:
    """The last request with a changed slot, when `low` is a short follow-up to it."""
    if intents.asks_why(text):
        return Request("why", {})
    if state.intent is None or len(low.split()) > FOLLOW_UP_WORDS:
        return None
    slots = dict(state.slots)
    if state.intent == "ideas":
        return _ideas_follow_up(low, slots)
    if state.intent == "day_plan":
        follow = _ideas_follow_up(low, slots)
        if follow is None:
            return Request("day_plan", {**slots, "more": True}) if re.match(r"^(?:and |what about )?(?:for )?tomorrow\b", low) else None
        if follow.slots.get("meal_type") != slots.get("meal_type"):
            return follow  # "and for dinner?": ideas for that one meal
        return Request("day_plan", follow.slots)
    if state.intent == "summary":
        return _summary_follow_up(low, slots)
    if state.intent == "lookup":
        return _lookup_follow_up(low, slots)
    if state.intent in ("needs", "protein"):
        return _needs_follow_up(low, text, state.intent, slots)
    if state.intent == "faq":
        return _faq_follow_up(low, slots)
    if state.intent in ("log", "correct") and ADD_TO_MEAL.match(low) and names_food_or_amount(low):
        return Request("log", {"text": text, "meal_type": slots.get("meal_type"), "date": slots.get("date"), "add_to_last": True})
    if state.intent == "log_problem" and names_food_or_amount(low) and not intents.is_question(text):
        foods = slots.get("foods") or []
        parsed = parse_meal(text, load_table())
        if not parsed.items and not parsed.problems and len(foods) == 1:
            return Request("log", {"text": f"{text} {foods[0]}"})  # "2": the amount the question asked for
        return Request("log", {"text": text})
    return None


def _faq_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    """ "what about on training days?" after water; "easy ways to get more?" after fibre."""
    if not re.match(r"^(?:and|what about|how about|so|ok|okay|easy|any|ways|tips|examples|like what|such as|which|what|how|more|but|can|is|are|should|do|does)\b", low):
        return None
    if intents.lookup_request(low) or intents.asks_summary(low) or intents.reports_meal(low):
        return None  # a question of another kind ("how much protein in tofu")
    if re.search(r"\bwhich\b.*\b(?:most|highest|best|more)\b", low):
        return Request("faq_rank", {"id": slots.get("id"), "nutrient": "fibre_g" if re.search(r"fib(?:re|er)", low) else "protein_g"})
    if intents.asks_needs(low) or re.search(r"\bhow many calories\b", low):
        goal = "lose" if slots.get("id") == "weight_loss_rate" else intents.asks_needs(low) or "maintain"
        return Request("needs", {"goal": goal, "body": parse_body(low).to_json(), "rate": intents.loss_rate(low)})
    own = knowledge.find(low)
    if own is not None and own[1] >= 0.8:
        return Request("faq", {"id": own[0].id})  # a question of its own
    entry = next((e for e in knowledge.load_entries() if e.id == slots.get("id")), None)
    if entry is None:
        return None
    combined = knowledge.find(f"{entry.topic} {low}")
    return Request("faq", {"id": combined[0].id if combined is not None else entry.id})


def _ideas_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    slots = {**slots, "more": False}
    if (picked := PICK.search(low)) and slots.get("last"):
        word = picked.group(1) or picked.group(2)
        index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}.get(word, int(word) - 1 if word.isdigit() else 0)
        return Request("log_idea" if TAKE_IT.search(low) else "idea_detail", {**slots, "index": index})
    if CHEAPER.search(low) or NO_COOK.search(low):  # "something quick and vegan for dinner": every wish in it
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False)}
        if "exclude" in wishes:
            wishes["exclude"] = list(dict.fromkeys([*slots.get("exclude", []), *wishes["exclude"]]))
        return Request("ideas", {**slots, **wishes, "more": False})
    if found := MEAL_SWITCH.match(low):
        return Request("ideas", {**slots, "meal_type": MEAL_WORDS.get(found.group(1).rstrip("s"), "snack")})
    if found := DIET_SWITCH.match(low):
        word = found.group(1)
        if word in ("gluten free", "dairy free", "lactose free"):
            key = "gluten_free" if word.startswith("gluten") else "lactose_free"
            return Request("ideas", {**slots, key: True})
        return Request("ideas", {**slots, "diet": intents.DIETS[word]})
    if (grams := intents.min_protein(low)) is not None:
        return Request("ideas", {**slots, "min_protein_g": grams})
    if MORE_PROTEIN.search(low):
        return Request("ideas", {**slots, "high_protein": True})
    excluded = intents.exclusions(low)
    if excluded and not intents.stated_preferences(low):
        return Request("ideas", {**slots, "exclude": list(dict.fromkeys([*slots.get("exclude", []), *excluded]))})
    if LIGHTER.search(low):
        return Request("ideas", {**slots, "scale": round(slots.get("scale", 1.0) * 0.75, 2)})
    if BIGGER.search(low):
        return Request("ideas", {**slots, "scale": round(slots.get("scale", 1.0) * 1.25, 2)})
    if ANOTHER.match(low) or low in ("more", "others", "something else", "again"):
        return Request("ideas", {**slots, "more": True})
    return None


def _summary_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    tokens = tokenise(low)
    whens = find_when(tokens)
    period = intents.summary_period(low)
    if period != "day":
        return Request("summary", _summary_slots(low))
    if whens and len(tokens) <= 5:
        return Request("summary", {"period": "day", "date": whens[0].day.isoformat()})
    found = NUTRIENT_SWITCH.match(low)
    if (found and not names_food_or_amount(low[found.end() :])) or re.match(r"^(?:and )?(?:the )?(?:totals?|macros|breakdown|details)$", low):
        return Request("summary", slots)
    return None


def _lookup_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    if re.search(r"\ballergens?\b|\bwhat'?s in it\b|\bingredients\b", low) and not parse_meal(low, load_table()).items:
        return Request("lookup", {**slots, "nutrient": "allergens", "planned": False})
    if re.match(
        r"^(?:ok |okay |great |then |fine )?(?:log|add|track|record) (?:it|that|this|one|them)\b|^i(?:'ll| will) have (?:it|that|one)\b|"
        r"^(?:ok |okay |so )?i (?:just )?(?:had|ate|have eaten|finished) (?:it|that|one|them)\b", low
    ):
        return Request("log", {"text": slots.get("log_text") or slots.get("food", "")})
    amount = re.sub(r"^(?:and|what about|how about)\s+|\s*(?:of (?:one|it|them|those)|one|it)\s*$", "", low).strip()
    if amount and slots.get("food") and not parse_meal(amount, load_table()).items and names_food_or_amount(amount):
        previous = re.sub(r"^(?:a|an|one|the|some|\d+(?:\.\d+)?|half|quarter)\s+(?:of\s+)?(?:an?\s+)?", "", slots["food"])
        return Request("lookup", {**slots, "food": f"{amount} {previous}"})  # "and half of one?"
    if (found := re.match(r"^(?:and |but )?(?:with|plus|together with|and with) (?P<food>.+)$", low)) and names_food_or_amount(found.group("food")):
        return Request("lookup", {**slots, "food": f"{slots.get('food', '')} and {found.group('food')}"})
    if found := NUTRIENT_SWITCH.match(low):
        rest = low[found.end() :].strip()
        food = re.sub(r"^(?:is |are )?(?:there )?(?:in|of|for|does|do|is|are)\s+", "", rest).strip()
        if food and names_food_or_amount(food):
            return Request("lookup", {"food": food, "nutrient": intents._nutrient_name(found.group(1))})
        return Request("lookup", {**slots, "nutrient": intents._nutrient_name(found.group(1))})
    found = re.match(r"^(?:and |what about |how about |and what about )(?:in |of |for |with )?(?P<food>.+)$", low)
    if found and names_food_or_amount(found.group("food")):
        return Request("lookup", {**slots, "food": found.group("food")})
    return None


def _needs_follow_up(low: str, text: str, intent: str, slots: dict[str, Any]) -> Request | None:
    body = parse_body(text)
    changed = {key: value for key, value in body.to_json().items()}
    if found := GOAL_SWITCH.match(low):
        goal = {"los": "lose", "gai": "gain", "mai": "maintain", "bul": "gain", "cut": "lose"}[found.group(1)[:3]]
        return Request("needs", {**slots, "goal": goal, "body": {**slots.get("body", {}), **changed}, "rate": intents.loss_rate(low)})
    if re.search(r"\bprotein\b", low):
        return Request("protein", {**slots, "body": {**slots.get("body", {}), **changed}})
    if re.search(r"\b(calories|kcal|energy|how much should i eat)\b", low):
        goal = intents.asks_needs(low) if intents.NEEDS_CUE.search(low) else slots.get("goal", "maintain")
        if intents.LOSE_WORDS.search(low):
            goal = "lose"
        elif intents.GAIN_WORDS.search(low):
            goal = "gain"
        return Request("needs", {**slots, "goal": goal or "maintain", "body": {**slots.get("body", {}), **changed}})
    if changed or intents.trains(low):
        return Request(intent, {**slots, "body": {**slots.get("body", {}), **changed}, "trains": slots.get("trains") or intents.trains(low)})
    return None


def _ideas_slots(text: str, low: str) -> dict[str, Any]:
    slots: dict[str, Any] = {"meal_type": intents.meal_type(low), **intents.diet_overrides(low)}
    if MORE_PROTEIN.search(low):
        slots["high_protein"] = True
    if CHEAPER.search(low):
        slots["budget"] = True
    if NO_COOK.search(low):
        slots["no_cook"] = True
    if (grams := intents.min_protein(low)) is not None:
        slots["min_protein_g"] = grams
    excluded = intents.exclusions(low)
    if excluded:
        slots["exclude"] = excluded
    return slots


def _summary_slots(low: str) -> dict[str, Any]:
    period = intents.summary_period(low)
    whens = find_when(tokenise(low))
    day = whens[0].day if whens else today()
    if period == "week" and re.search(r"\b(?:last|previous) week\b", low):
        day = today() - timedelta(days=7)
    return {"period": period, "date": day.isoformat()}


def _needs_slots(text: str, low: str, goal: str) -> dict[str, Any]:
    explicit = bool(intents.LOSE_WORDS.search(low) or intents.GAIN_WORDS.search(low) or re.search(r"\bmaintain", low))
    return {
        "goal": goal,
        "goal_said": explicit,
        "body": parse_body(text).to_json(),
        "rate": intents.loss_rate(low),
        "trains": intents.trains(low),
    }


def _avoid_prefs(items: str) -> dict[str, Any]:
    words = [w.strip() for w in re.split(r",|\band\b|\bor\b|&", items) if w.strip()]
    allergens = [w for w in words if intents.is_allergen_word(w)]
    others = [w for w in words if w not in allergens]
    prefs: dict[str, Any] = {}
    if allergens:
        prefs["allergies"] = allergens
    if others:
        prefs["dislikes"] = others
    return prefs


def _asks_ideas(low: str) -> bool:
    return intents.asks_ideas(low) and not re.search(r"\bhow much\b|\bhow many\b", low)


def _mentions_eating(low: str) -> bool:
    return bool(
        re.search(r"\b(eat|ate|eaten|had|calories|kcal|protein|food|meals?|intake|diet|macros|log|logged|doing)\b", low)
        or re.search(r"\bhow (?:did|do|am|have|was) (?:i|we) (?:do|did|done|doing|go|going|get on)\b", low)
    )


def _is_food_list(text: str) -> bool:
    """ "2 eggs and a banana" on its own: every word understood, so it is a meal to log."""
    parsed = parse_meal(text, load_table())
    return bool(parsed.items or parsed.problems) and not parsed.unrecognised


def _names_a_meal_eaten(text: str, low: str) -> bool:
    """ "footlong turkey sub and a bag of crisps for lunch": foods and a meal, stated, not asked."""
    if _asks_ideas(low) or not intents.meal_type(low):
        return False
    return bool(parse_meal(text, load_table()).items)


def names_food_or_amount(text: str) -> bool:
    """True when `text` names a food of the table, or an amount ("3 slices", "two")."""
    parsed = parse_meal(text, load_table())
    if parsed.items or parsed.problems:
        return True
    return bool(re.search(r"\d|\b(?:one|two|three|four|five|half|a couple)\b", text))
