"""Answers about food itself: meal ideas, what is in a food, and the user's diet, allergies
and medical diets (saved and confirmed back)."""

from __future__ import annotations

import re
from typing import Any

from host.clock import now

import attrs

from agenthost_ceres import advice, allergens, knowledge
from agenthost_ceres.answer import Answer, Asked, capital, grams, kcal, listing, short_food
from agenthost_ceres.body_save import body_facts, save_body_facts
from agenthost_ceres.diet import MEAL_SHARE, DietPrefs, calorie_target
from agenthost_ceres.staples import avoids_gluten, gluten_free_swaps
from agenthost_ceres.diet_statements import SOMEONE_ELSE
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import meal_type_for_hour
from agenthost_ceres.policy import CARE_LINE, SUPPORT_LINE
from agenthost_ceres.suggestions import STYLE_LABELS, STYLE_MEAL
from agenthost_ceres.understand import Request

NUTRIENT_LABELS = {"kcal": "kcal", "protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "fibre_g": "fibre"}
NEXT_MEAL = {"breakfast": "lunch", "lunch": "dinner", "dinner": "a snack", "snack": "breakfast"}
IDEA_SLOTS = (
    "meal_type", "diet", "gluten_free", "lactose_free", "exclude", "high_protein", "min_protein_g", "budget", "no_cook", "no_fridge", "no_oven", "scale", "style",
    "include", "meal_kcal", "kcal_cap", "servings", "for_whom", "count", "day_kcal", "day_protein_g",
)  # fmt: skip
# Wishes a follow-up may drop first when a new kind of meal asked for has no idea with them all
# ("something asian-style?" after a no-cook lunch): the older, smaller wishes.
RELAXED_FIRST = ("no_cook", "no_fridge", "no_oven", "budget", "min_protein_g", "high_protein")
DIABETES_LINE = (
    "With diabetes: keep to regular meals, pair the carbohydrate with protein and vegetables as these do, and let "
    "your diabetes team match carbohydrate to your medicines (Diabetes UK)."
)
CAP_SHARE = 0.95  # ideas asked "under N kcal" are sized just under N (those still over it are left out)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
DAY_MEALS = ("breakfast", "lunch", "dinner", "snack")


def _weighed(grams_total: float) -> str:
    """A shopping weight: "400 g", "1.2 kg" (to the nearest 5 g under a kilo)."""
    if grams_total >= 1000:
        return f"{grams_total / 1000:.1f} kg"
    return f"{max(5, round(grams_total / 5) * 5):.0f} g"


async def ideas(asked: Asked, request: Request) -> Answer:
    """Meal ideas that fit the saved diet and this request's changes."""
    slots = {key: value for key, value in request.slots.items() if key in IDEA_SLOTS and value not in (None, [], False)}
    kind = slots.get("meal_type") or STYLE_MEAL.get(slots.get("style", "")) or meal_type_for_hour(now().hour)
    slots["meal_type"] = kind
    arguments: dict[str, Any] = {"meal_type": kind}
    for key in ("diet", "gluten_free", "lactose_free", "exclude", "high_protein", "min_protein_g", "budget", "no_cook", "no_fridge", "no_oven", "style", "include", "count"):
        if key in slots:
            arguments[key] = slots[key]
    shown = list(asked.state.slots.get("shown", [])) if request.slots.get("more") else []
    if shown:
        arguments["skip"] = shown
    scale = float(slots.get("scale", 1.0))
    daily, _ = calorie_target(asked.turn.profile)
    said_daily = int(slots.get("day_kcal") or 0)  # "aiming for about 1900 a day"
    daily = said_daily or daily or REFERENCE_INTAKES["kcal"]  # "smaller portions" scales even with no target saved
    if slots.get("meal_kcal") and asked.policy.numbers:
        # "a dinner around 600 calories"; "under 200 cals" is sized a little below the cap, so none goes over it
        share = CAP_SHARE if slots.get("kcal_cap") else 1.0
        arguments["calorie_target"] = max(50, min(3000, round(int(slots["meal_kcal"]) * scale * share / 10) * 10))
    elif scale != 1.0 and daily:
        arguments["calorie_target"] = max(50, min(3000, round(daily * MEAL_SHARE[kind] * scale / 10) * 10))
    day_left = ""
    if (asked.state.intent in AFTER_A_LOG or said_daily) and kind != "breakfast" and asked.policy.numbers and "calorie_target" not in arguments:
        # "had a big mac and fries for lunch, what should I have for dinner?": sized to what the day has left
        fitted = await _fit_to_day(asked, kind, daily, said_daily)
        if fitted is not None:
            day_left, arguments["calorie_target"] = fitted
    if slots.get("day_protein_g") and asked.policy.numbers and "min_protein_g" not in arguments:
        # "what should I have for dinner? trying to hit 140g protein today": what the day's log leaves
        protein_left = await _protein_left(asked, int(slots["day_protein_g"]))
        if protein_left is not None:
            line, arguments["min_protein_g"] = protein_left
            day_left = f"{line}\n{day_left}".strip()
    result = await asked.turn.call_tool("suggest_meals", **arguments)
    if "error" in result and request.slots.get("new_wish") and any(key in arguments for key in RELAXED_FIRST):
        # "something asian-style?" after no-cook lunches: the new wish stays, the older ones go
        relaxed = {key: value for key, value in arguments.items() if key not in RELAXED_FIRST}
        retried = await asked.turn.call_tool("suggest_meals", **relaxed)
        if "error" not in retried:
            arguments, result = relaxed, retried
            for key in RELAXED_FIRST:
                slots.pop(key, None)
    if "error" in result and request.slots.get("include_loose") and "include" in arguments:
        # "and for dinner?" after breakfasts with the oats they have: dinner ideas without the oats, not "no idea with oats"
        arguments.pop("include")
        slots.pop("include", None)
        result = await asked.turn.call_tool("suggest_meals", **arguments)
    if "error" in result and "style" in arguments:
        # "a quick breakfast" after Asian dinner ideas: the meal changed, the cuisine goes
        arguments.pop("style")
        slots.pop("style", None)
        result = await asked.turn.call_tool("suggest_meals", **arguments)
    if "error" in result:
        return Answer(f"I couldn't find ideas that fit: {result['error']}.", "ideas", slots)
    found = result["suggestions"]
    if slots.get("kcal_cap") and slots.get("meal_kcal") and (under := [idea for idea in found if idea["kcal"] <= int(slots["meal_kcal"]) * scale]):
        found = under  # "under 200 cals": the ideas over it are left out
    numbers = asked.policy.numbers
    style = slots.get("style")
    what = f"{STYLE_LABELS[style]} {kind}" if style in ("sweet", "savoury") or (style and style not in STYLE_MEAL and style not in ("salad",)) else kind
    if style in ("dip", "soup", "salad", "smoothie"):
        what = STYLE_LABELS[style]
    head = f"Here are {len(found)} {what} ideas" if numbers and len(found) > 1 else f"Here's one {what} idea" if len(found) == 1 else f"Here are some {what} ideas"
    if style == "bake":  # "something sweet we could bake together?": things to bake, not snacks to buy
        head = f"Here are {len(found)} ideas to bake" if numbers and len(found) > 1 else "Here's one idea to bake" if len(found) == 1 else "Here are some ideas to bake"
    if result["diet"] != "no diet restrictions":
        head += f" ({result['diet']})"
    if slots.get("include"):
        head += f", with {listing(slots['include'])}"
    if result["excluded"]:
        head += f", without {allergens.describe(result['excluded'])}"
    if slots.get("for_whom"):
        head += f", that {slots['for_whom']} can eat too"  # "my partner doesn't eat chicken": for this answer, not saved
    if slots.get("budget"):
        head += ", budget-friendly"
    if slots.get("no_fridge"):
        head += " that keeps without a fridge" if len(found) == 1 else " that keep without a fridge"
    elif slots.get("no_cook"):
        head += ", no cooking needed, quick to make"
    elif slots.get("no_oven"):
        head += ", no oven needed"
    if slots.get("min_protein_g"):
        head += f", each with at least {slots['min_protein_g']} g protein" if numbers else ", high in protein"
    elif slots.get("high_protein"):
        head += ", most protein first"
    if slots.get("kcal_cap") and slots.get("meal_kcal") and numbers and all(idea["kcal"] <= int(slots["meal_kcal"]) * scale for idea in found):
        head += f", each under {kcal(int(slots['meal_kcal']) * scale)}"
    elif result["target_kcal"] and numbers:
        head += f", each around {kcal(result['target_kcal'])}"
    servings = int(slots.get("servings") or 1)
    if servings > 1:
        head += f", with amounts for {servings} people"
    lines = [*([day_left] if day_left else []), head + ":"]
    for number, idea in enumerate(found, 1):
        if numbers and servings > 1:
            lines.append(f"{number}. **{idea['name']}** — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein a person")
            lines.append("   " + "; ".join(f"{item['name']}: {_weighed(item['grams'] * servings)}" for item in idea["items"]))
        elif servings > 1:
            lines.append(f"• **{idea['name']}**: " + "; ".join(f"{short_food(item['name'])} {_weighed(item['grams'] * servings)}" for item in idea["items"]))
        elif numbers:
            lines.append(f"{number}. **{idea['name']}** — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein")
            lines.append("   " + "; ".join(f"{item['name']}: {item['amount']}" for item in idea["items"]))
        else:
            lines.append(f"• **{idea['name']}**")
    if "diabetes" in DietPrefs.from_profile(asked.turn.profile).conditions:
        lines.append(DIABETES_LINE)
    if avoids_gluten(DietPrefs.from_profile(asked.turn.profile)) and (swaps := gluten_free_swaps(asked.turn.message)):
        lines.append(swaps)  # "she wants pasta tomorrow night, what can we use?" with a wheat allergy: the pasta she can have
    lines.append("Tell me what you end up eating and I'll log it.")
    if not numbers:
        lines.append(SUPPORT_LINE)
    reason = f"They fit your preferences ({result['diet']})"
    if result["excluded"]:
        reason += f", leaving out {allergens.describe(result['excluded'])} as you asked"
    reason += "."
    if result["target_kcal"] and numbers:
        reason += f" Each is sized to about {kcal(result['target_kcal'])}: {result['target_source']}."
    reason += " They come from my meal templates, with every food checked against your allergies and diet"
    reason += ", and kcal and protein computed from USDA FoodData Central." if numbers else "."
    slots["shown"] = list(dict.fromkeys([*shown, *(idea["name"] for idea in found)]))
    slots["last"] = [_remembered(idea) for idea in found]
    return Answer(
        "\n".join(lines),
        "ideas",
        slots,
        reason=reason,
        examples=_idea_examples(kind, result, found, slots),
        metadata={"meal_type": kind},
    )


# Ideas asked right after a meal was logged (or looked at) are for the rest of that day.
AFTER_A_LOG = frozenset({"log", "correct", "meal_judge"})
# The smallest meal offered when the day's calories are spent: a light meal, never a skipped one.
LIGHT_MEAL_KCAL = {"lunch": 400, "dinner": 400, "snack": 100}


# The most protein one meal is asked to reach when the day's target leaves more.
MEAL_PROTEIN_CAP_G = 60


async def _protein_left(asked: Asked, target_g: int) -> tuple[str, int] | None:
    """What today's log leaves of a day's protein target said with the meal asked for: a line
    saying so, and the protein the meal should reach (at most MEAL_PROTEIN_CAP_G); None when the
    day's log already reaches it."""
    day = await asked.turn.call_tool("meal_summary", period="day")
    eaten = float(day["totals"]["protein_g"]) if "error" not in day and day.get("meal_count") else 0.0
    left = round(target_g - eaten)
    if left <= 0:
        return None
    said = f"You've had about {eaten:.0f} g of protein today: {left} g to go for {target_g} g" if eaten else f"{target_g} g of protein to go today"
    return f"{said}, so these bring plenty.", max(20, min(left, MEAL_PROTEIN_CAP_G))


async def _fit_to_day(asked: Asked, kind: str, daily: int, said_daily: int = 0) -> tuple[str, int] | None:
    """What today's log leaves for this meal: a line saying so, and the meal's size (its usual
    share of the day, smaller when less is left, never under a light meal); None with nothing
    logged today. `said_daily`: the day's calories said with the meal asked for."""
    day = await asked.turn.call_tool("meal_summary", period="day")
    if "error" in day or not day.get("meal_count"):
        return None
    target, _ = calorie_target(asked.turn.profile)
    against = f"your {kcal(said_daily)} a day" if said_daily else f"your {kcal(target)} target" if target else f"an adult's {kcal(daily)} reference day"
    left = round(daily - float(day["totals"]["kcal"]))
    usual = daily * MEAL_SHARE[kind]
    size = round(max(LIGHT_MEAL_KCAL[kind], min(usual, left)) / 10) * 10 if asked.policy.weight_loss else round(usual / 10) * 10
    if left <= LIGHT_MEAL_KCAL[kind]:
        return f"Today's log is already at or near {against}, so these are lighter (no need to skip the meal):", size
    if left < usual:
        return f"That leaves about {kcal(left)} of {against} today, so these are sized to fit:", size
    return f"That leaves about {kcal(left)} of {against} today; each of these fits:", size


async def day_plan(asked: Asked, request: Request) -> Answer:
    """A day of meals (breakfast, lunch, dinner and a snack) that fits the diet and the target."""
    if asked.policy.category == "very_low_intake":
        return Answer(CARE_LINE + " " + SUPPORT_LINE, "day_plan", {}, reason="I don't plan days under a safe intake.")
    slots = {key: value for key, value in request.slots.items() if key in IDEA_SLOTS and key != "meal_type" and value not in (None, [], False)}
    shown = list(asked.state.slots.get("shown", [])) if request.slots.get("more") else []
    numbers = asked.policy.numbers
    lines: list[str] = []
    picked: list[dict[str, Any]] = []
    diet = excluded = ""
    swap = request.slots.get("swap")  # "swap lunch for something I can eat cold": that meal only
    before = list(asked.state.slots.get("last") or []) if swap and asked.state.intent == "day_plan" else []
    meal_wishes: dict[str, dict[str, Any]] = dict(request.slots.get("meal_wishes") or {})
    for number, kind in enumerate(DAY_MEALS):
        arguments: dict[str, Any] = {"meal_type": kind, "count": 1}
        for key in ("diet", "gluten_free", "lactose_free", "exclude", "high_protein", "budget"):
            if key in slots:
                arguments[key] = slots[key]
        wishes = meal_wishes.get(kind) or {}
        if wishes.get("exclude"):
            wishes = {**wishes, "exclude": list(dict.fromkeys([*arguments.get("exclude", []), *wishes["exclude"]]))}
        arguments.update({key: value for key, value in wishes.items() if key in IDEA_SLOTS and key != "meal_type"})
        if shown:
            arguments["skip"] = shown
        if kind == swap and number < len(before):
            arguments["skip"] = [*arguments.get("skip", []), *(idea["name"] for idea in before)]  # a different one, and none the day has already
        elif before and number < len(before):
            result = await asked.turn.call_tool("suggest_meals", **{**arguments, "count": 1})  # what the kept meal fits, for the heading
            kept = before[number]
            diet, excluded = (result["diet"], result["excluded"]) if "error" not in result else (diet, excluded)
            picked.append(kept)
            shown.append(kept["name"])
            lines.append(f"• **{capital(kind)}**: {kept['name']} — {kcal(kept['kcal'])}, {grams(kept['protein_g'])} protein" if numbers else f"• **{capital(kind)}**: {kept['name']}")
            continue
        result = await asked.turn.call_tool("suggest_meals", **arguments)
        if "error" in result and wishes:
            result = await asked.turn.call_tool("suggest_meals", **{key: value for key, value in arguments.items() if key not in wishes or key == "exclude"})  # the day's diet holds; the meal's wish gives way
        if "error" in result:
            return Answer(f"I couldn't plan a day that fits: {result['error']}", "day_plan", slots)
        idea = result["suggestions"][0]
        diet, excluded = result["diet"], result["excluded"]
        picked.append(idea)
        shown.append(idea["name"])
        if numbers:
            lines.append(f"• **{capital(kind)}**: {idea['name']} — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein")
        else:
            lines.append(f"• **{capital(kind)}**: {idea['name']}")
    head = "Here's a budget-friendly day of meals" if slots.get("budget") else "Here's a day of meals"
    if swap and before:
        head = f"Here's the day with a new {swap}" + (" you can eat cold" if (meal_wishes.get(swap) or {}).get("cold") else "")
    if diet != "no diet restrictions":
        head += f" ({diet})"
    if excluded:
        head += f", without {allergens.describe(excluded)}"
    lines.insert(0, head + ":")
    if re.search(r"\bweek\b", asked.turn.message.lower()) and not request.slots.get("more"):
        lines.insert(1, "Here's the first day; say “and for tomorrow?” for the next one, and so on for the week.")
    target, source = calorie_target(asked.turn.profile)
    if numbers:
        total = sum(idea["kcal"] for idea in picked)
        protein = sum(idea["protein_g"] for idea in picked)
        total_line = f"Together: about {kcal(total)} and {grams(protein)} protein"
        if target:
            total_line += f", against your {kcal(target)} target{' (estimated)' if source == 'estimated' else ''}"
        lines.append(total_line + ".")
    else:
        lines.append(SUPPORT_LINE)
    reason = f"One idea per meal from my meal templates, each fitting your preferences ({diet}) and sized to that meal's share of your day"
    reason += f" ({kcal(target)} a day)." if target and numbers else "."
    slots["shown"] = shown
    slots["last"] = [idea if "items" in idea and "name" in idea and set(idea) <= REMEMBERED else _remembered(idea) for idea in picked]
    if meal_wishes:
        slots["meal_wishes"] = meal_wishes
    return Answer(
        "\n".join(lines),
        "day_plan",
        slots,
        reason=reason,
        examples=["and for tomorrow?", "something vegetarian" if not re.search(r"\bveg(?:etari)?an\b", diet) else "more protein", "why?"],
    )


async def idea_detail(asked: Asked, request: Request) -> Answer:
    """What is in one of the ideas just shown ("how many calories is the first one?")."""
    slots = dict(request.slots)
    ideas_shown = slots.get("last") or []
    index = slots.pop("index", 0)
    if not ideas_shown or not -len(ideas_shown) <= index < len(ideas_shown):
        return Answer("I only showed you the ideas above; tell me which one (“the first one”).", "ideas", slots)
    idea = ideas_shown[index]
    ordinal = ORDINALS[index % len(ideas_shown)] if index >= 0 else "last"
    if not asked.policy.numbers:
        # no figures at all, not even the "(2%)" in a milk's name
        text = f"**{idea['name']}**: " + ", ".join(re.sub(r"\s*\([^)]*\d[^)]*\)", "", item["name"]) for item in idea["items"]) + "."
    else:
        text = (
            f"**{idea['name']}** — {kcal(idea['kcal'])}: {grams(idea['protein_g'])} protein, {grams(idea['carbs_g'])} carbs, "
            f"{grams(idea['fat_g'])} fat, {grams(idea['fibre_g'])} fibre.\n"
            + "; ".join(f"{item['name']}: {item['amount']}" for item in idea["items"])
        )
    return Answer(
        text,
        "ideas",
        slots,
        reason="Summed from USDA FoodData Central figures for each food at the amounts shown.",
        examples=[f"log the {ordinal} one", "something else"],
    )


async def log_idea(asked: Asked, request: Request) -> Answer:
    """Log one of the ideas just shown, at the amounts shown."""
    from agenthost_ceres.log_replies import log

    slots = dict(request.slots)
    ideas_shown = slots.get("last") or []
    index = slots.get("index", 0)
    if not ideas_shown or not -len(ideas_shown) <= index < len(ideas_shown):
        return Answer("Tell me which idea you had (“the first one”) or what you ate.", "ideas", slots)
    idea = ideas_shown[index]
    table = load_table()
    text = ", ".join(f"{item['grams']:g} g {table.get(item['food_id']).aliases[0]}" for item in idea["items"])
    meal_type = slots.get("meal_type")
    return await log(asked, Request("log", {"text": text, **({"meal_type": meal_type} if meal_type else {})}))


# A scoop with no food named ("in one scoop usually"): what people measure in scoops.
SCOOP_ONLY = re.compile(r"^(?:a |one |1 |per |each |the )?scoops?(?: (?:\w+ly|usually|normally|typically|roughly))?$")


def _avoided_allergens(prefs: DietPrefs) -> tuple[str, ...]:
    """The major allergens `prefs` keeps out: its allergies, and gluten or milk for a gluten- or lactose-free diet."""
    return (*prefs.allergies, *(("gluten",) if prefs.gluten_free else ()), *(("dairy",) if prefs.lactose_free else ()))


def _rule_words(avoided: list[str], prefs: DietPrefs) -> str:
    """ "isn't safe with your peanut allergy", "won't suit your lactose intolerance": why the dish is out, said as the user has it
    (an intolerance is not an allergy)."""
    allergic = [a for a in avoided if a in prefs.allergies]
    if allergic:
        return f"isn't safe with your {listing([allergens.allergy_noun(a) for a in allergic])} {'allergy' if len(allergic) == 1 else 'allergies'}"
    if "gluten" in avoided and "coeliac" in prefs.conditions:
        return "isn't safe with coeliac disease"
    if "dairy" in avoided and "lactose intolerance" in prefs.conditions:
        return "won't suit your lactose intolerance (the milk in it is what sets off symptoms)"
    return f"doesn't fit your {listing(['gluten-free' if a == 'gluten' else 'dairy-free' for a in avoided if a in ('gluten', 'dairy')]) or 'saved'} diet"


def _near_name_answer(food: str, usual: tuple[tuple[str, ...], str] | None, prefs: DietPrefs, slots: dict[str, Any]) -> Answer:
    """ "can I have a massaman curry?" with a nut allergy, when the table has only a plain chicken
    curry: nothing about the near name's food (its "it fits your diet" would be about another
    dish), but what the dish usually holds and to check how it's made."""
    dish = re.sub(r"\s+(?:from|at|in|for|with)\s+.*$", "", food.strip().lower()).removeprefix("a ").removeprefix("an ").removeprefix("some ")
    made = f" It's usually made with {usual[1]}." if usual else ""
    if often := allergens.often_contains(food, _avoided_allergens(prefs)):
        made += f" ⚠️ {often}."  # "banana bread" with a tree nut allergy: often walnuts
    return Answer(
        f"I don't have {dish} in my food table, so I can't say whether it's safe for you ({prefs.describe()}).{made} "
        "Recipes vary, so ask how it's made. Check the label's allergen list (and any “may contain” warning) before you eat it.",
        "lookup",
        slots,
        reason="A dish I don't have could be made with anything; only its label or the kitchen can say.",
        examples=["snack ideas", "what should I eat for dinner?"],
    )


async def lookup(asked: Asked, request: Request) -> Answer:
    """What is in a food or dish, with the source, and whether it fits the user's diet."""
    nutrient = request.slots.get("nutrient")
    if SCOOP_ONLY.match(request.slots["food"].strip().lower()) and (nutrient == "protein_g" or "protein" in asked.turn.message.lower()):
        # "how much protein in one scoop usually?": a scoop of protein powder
        request = Request(request.intent, {**request.slots, "food": "1 scoop of protein powder"})
    slots = {"food": request.slots["food"], "nutrient": nutrient, **({"previous": request.slots["previous"]} if request.slots.get("previous") else {})}
    if request.slots.get("treat"):
        # "... and will it wreck my diet?": the figures, then that one treat fits a week's eating
        answer = await lookup(asked, Request(request.intent, {k: v for k, v in request.slots.items() if k != "treat"}))
        treat = knowledge.entry("treats_after_training")
        if treat is None or answer.text.startswith("I don't have"):
            return answer
        return attrs.evolve(answer, text=f"{answer.text}\n{treat.gentle if not asked.policy.numbers else treat.answer}")
    usual = allergens.dish_allergens(request.slots["food"])
    prefs = DietPrefs.from_profile(asked.turn.profile)
    if note := allergens.not_a_nut(request.slots["food"], prefs.allergies):
        return Answer(note, "lookup", slots, reason="Named like a nut, but not one of the nuts an allergy is about.", examples=["snack ideas"])
    avoided = [a for a in (usual[0] if usual else ()) if a in _avoided_allergens(prefs)]
    if avoided:
        # "is pesto ok?" with a tree nut allergy: the allergen comes first, whatever the table says
        return Answer(
            f"{capital(request.slots['food'].strip())} is usually made with {usual[1]}, so it {_rule_words(avoided, prefs)}. Some versions are made without it, "
            "but check the label or ask the restaurant every time.",
            "lookup",
            slots,
            reason="That's what the dish is traditionally made with; recipes vary, so the label or the kitchen has the final word.",
            examples=["what dip could I make?"] if "dip" in request.slots["food"] else ["snack ideas"],
        )
    result = await asked.turn.call_tool("lookup_food", query=request.slots["food"])
    if "error" in result:
        if usual:
            return Answer(
                f"I don't have {request.slots['food'].strip()} in my food table, but it's usually made with {usual[1]} "
                f"(so it carries {allergens.describe(usual[0])}).",
                "lookup",
                slots,
            )
        return Answer(f"I don't have that one in my food table. {result['error']}", "lookup", slots)
    prefs = DietPrefs.from_profile(asked.turn.profile)
    dish = allergens.dish_named(request.slots["food"])
    split = dish is not None and not any(allergens.dish_pattern(dish).search(allergens.key_of(str(item.get("words") or item["name"]))) for item in result["items"])
    if not prefs.is_default and (split or allergens.near_name(request.slots["food"], result.get("unrecognised", ()), [tuple(r.values()) for r in result.get("repaired", ())])):
        # "pork pie" read as a pork chop and an apple pie, "massaman curry" as a chicken curry: not the dish asked
        return _near_name_answer(request.slots["food"], usual, prefs, slots)
    if split and usual and dish:
        # "is tom yum soup ok?" read as a minestrone: the dish as it usually is, not another's figures
        return Answer(
            f"I don't have {dish} in my food table, but it's usually made with {usual[1]} (so it carries {allergens.describe(usual[0])}).",
            "lookup",
            slots,
        )
    lines = []
    numbers = asked.policy.numbers
    prefs = DietPrefs.from_profile(asked.turn.profile)
    if nutrient == "allergens":
        return _allergens_answer(result, prefs, slots)
    if nutrient == "sugar" and numbers:
        lines.append("I count total carbohydrate rather than sugar; for drinks, sweets and fruit nearly all of it is sugar.")
        nutrient = "carbs_g"
    for item in result["items"]:
        name = capital(item["name"])
        if not numbers:
            lines.append(f"I'll leave the numbers out for now. **{name}**: {_fit_words(item)}")
            continue
        asked_for = nutrient if nutrient and nutrient != "kcal" else None
        others = ", ".join(f"{grams(item[key])} {label}" for key, label in NUTRIENT_LABELS.items() if key not in ("kcal", asked_for))
        if asked_for:
            lines.append(f"**{name}** — {item['amount']} has **{grams(item[asked_for])} {NUTRIENT_LABELS[asked_for]}** ({kcal(item['kcal'])}, {others}).")
        else:
            lines.append(f"**{name}** — {item['amount']}: **{kcal(item['kcal'])}** ({others}).")
        if abs(item["grams"] - 100) > 1:
            per100 = item["per_100g"]
            lines.append(
                f"Per 100 g: {kcal(per100['kcal'])}, {grams(per100['protein_g'])} protein, {grams(per100['carbs_g'])} carbs, {grams(per100['fat_g'])} fat."
            )
        if item["conflicts"]:
            lines.append(f"⚠️ Heads-up: {'; '.join(item['conflicts'])}.")
        elif often := allergens.often_contains(request.slots["food"], _avoided_allergens(prefs)) or allergens.often_contains_named(item["name"], _avoided_allergens(prefs)):
            # "can I have a bagel?" with a sesame allergy: the table's plain bagel has none, the bakery's may
            lines.append(f"⚠️ {often}. Check the label or ask how it's made before you eat it.")
        else:
            if not prefs.is_default:
                lines.append(f"✓ It fits your diet ({prefs.describe()}).")
                food = load_table().get(item["food_id"])
                lines.extend(f"{note}." for note in allergens.related_notes(prefs.allergies, food.allergens if food else ()))
            note = advice.food_note(item, load_table().get(item["food_id"]).category)
            if note:
                lines.append(note)
        if item.get("note"):
            lines.append(f"Note: {item['note']}.")
    if result.get("repaired"):
        lines.append("(I read " + listing([f"“{r['typed']}” as {r['read_as']}" for r in result["repaired"]]) + ".)")
    slots["log_text"] = ", ".join(item["words"] for item in result["items"] if item.get("words"))
    if request.slots.get("planned"):
        lines.append("I'll log it once you've had it: just tell me.")
    sources = list(dict.fromkeys(item["dataset"] for item in result["items"]))
    if numbers and len(result["items"]) > 1:
        total = sum(item["kcal"] for item in result["items"])
        lines.append(f"Together: {kcal(total)}, {grams(sum(item['protein_g'] for item in result['items']))} protein.")
    if numbers:
        lines.append(f"Source: {'; '.join(sources)}.")
    examples = [_other_nutrient(nutrient), "I had it" if request.slots.get("planned") else "log it"]
    return Answer(
        "\n".join(lines),
        "lookup",
        slots,
        reason=f"The figures come from {'; '.join(sources)}, scaled to the amount." if numbers else "They come from my food table.",
        examples=[e for e in examples if e] if numbers else [],
    )


async def preferences(asked: Asked, request: Request) -> Answer:
    """Save a diet, an allergy, a medical diet or a target, and say exactly what it covers."""
    prefs = dict(request.slots["prefs"])
    fine = prefs.pop("fine_with", [])  # confirmed back, not saved: nothing to rule out
    numbers = asked.policy.numbers
    refused_target = None
    if asked.policy.category == "very_low_intake":
        prefs.pop("calorie_target", None)
        if not prefs:
            return Answer(CARE_LINE + " " + SUPPORT_LINE, "preferences", {}, reason="I don't set targets under a safe intake.")
    if "calorie_target" in prefs and not asked.policy.weight_loss:
        refused_target = prefs.pop("calorie_target")
    lines: list[str] = []
    saved: dict[str, Any] = {}
    if prefs:
        saved = await asked.turn.call_tool("set_diet_preferences", **prefs)
        if "error" in saved:
            text = saved["error"]
            if not numbers:
                text = "I'd rather not set a calorie target right now. " + SUPPORT_LINE
            return Answer(capital(text) + ("." if not text.endswith(".") else ""), "preferences", examples=["what should I eat for lunch?"])
        lines.append(_confirmation(saved, prefs, numbers))
        asked.turn.profile = {**(asked.turn.profile or {}), "diet": saved["diet"], "calorie_target": saved.get("calorie_target")}
        if fine:
            them = "it" if len(fine) == 1 and not fine[0].endswith("s") else "them"
            lines.append(f"You said {listing(fine)} {'are' if them == 'them' else 'is'} fine, so I haven't ruled {them} out.")
    if saved.get("diet") and avoids_gluten(DietPrefs.from_profile({"diet": saved["diet"]})) and (swaps := gluten_free_swaps(asked.turn.message)):
        lines.append(swaps)  # "I'm Indian and basically live on roti and paratha": what takes their place
    if prefs and not SOMEONE_ELSE.search(asked.turn.message.lower()):
        # "oh and 78kg, vegetarian": the weight goes to the profile too, through General's tool
        body_line = await save_body_facts(asked.turn, body_facts(asked.turn.message))
        if body_line:
            lines.append(body_line)
    if refused_target is not None:
        lines.append(
            "I'd rather not set a calorie target right now; let's focus on regular, enjoyable meals. " + SUPPORT_LINE
            if not numbers
            else "I won't set a calorie target while you're pregnant: your midwife or GP is the right person to guide how much to eat."
        )
    examples = ["what should I eat for lunch?"]
    if saved.get("added_allergies") or "conditions" in prefs:
        examples.append("snack ideas")
    diet = saved.get("diet") or {}
    reason = (
        f"You told me about your diet, so I saved it in your profile: {saved.get('summary', 'nothing new')}. Every "
        "suggestion is checked against it food by food, and anything you log or look up that breaks it gets a warning."
        if diet
        else "I keep your diet in your profile so every suggestion fits it."
    )
    return Answer("\n".join(lines), "preferences", {"prefs": prefs}, reason=reason, examples=examples)


def _allergens_answer(result: dict[str, Any], prefs: DietPrefs, slots: dict[str, Any]) -> Answer:
    """What allergens a food or dish carries, and whether that matters for this user."""
    lines = []
    for item in result["items"]:
        carried = [allergens.label(a) for a in allergens.ALLERGENS if a in item["allergens"]]
        name = capital(item["name"])
        lines.append(f"**{name}** contains: {listing(carried)}." if carried else f"**{name}**: none of the major allergens in my table.")
        if item["conflicts"]:
            lines.append(f"⚠️ Heads-up: {'; '.join(item['conflicts'])}.")
    lines.append("Recipes and brands vary: always check the label or ask the restaurant if an allergy is serious.")
    return Answer("\n".join(lines), "lookup", slots, reason="Allergens from the foods in my table (chain items from the chain's allergen list).")


REMEMBERED = frozenset({"name", "kcal", "protein_g", "carbs_g", "fat_g", "fibre_g", "items"})


def _remembered(idea: dict[str, Any]) -> dict[str, Any]:
    """What the dialog state keeps of an idea shown, for "the first one" follow-ups."""
    return {
        "name": idea["name"],
        **{key: idea[key] for key in ("kcal", "protein_g", "carbs_g", "fat_g", "fibre_g")},
        "items": [{key: item[key] for key in ("food_id", "name", "amount", "grams")} for item in idea["items"]],
    }


def _confirmation(saved: dict[str, Any], prefs: dict[str, Any], numbers: bool) -> str:
    changed = set(saved.get("changed", []))
    diet = DietPrefs.from_profile({"diet": saved["diet"]})
    if changed == {"calorie_target"}:
        return f"Got it — your daily calorie target is now {kcal(saved['calorie_target'])}. I'll measure your days against it and size meal ideas to match."
    lines = [f"Got it — I've saved your preferences: {saved['summary']}."]
    added = saved.get("added_allergies") or []
    if added:
        said = [word for word in prefs.get("allergies", []) if len(allergens.canonical_allergies([word])) > 1]
        if said:
            both = allergens.canonical_allergies([said[0]])
            lines.append(f"“{capital(said[0])}” means no {allergens.describe(both, 'and no')}: I'll avoid both.")
        for name in added:
            if name in allergens.COVERS:
                lines.append(allergens.rules_out(name))
    if "coeliac" in diet.conditions and "conditions" in changed:
        lines.append("Coeliac means strictly gluten-free. " + allergens.rules_out("gluten"))
    if "diabetes" in diet.conditions and "conditions" in changed:
        lines.append("Diabetes noted: I'll keep ideas to regular, balanced meals, and your diabetes team sets the carbohydrate for your medicines.")
    if "lactose intolerance" in diet.conditions and "conditions" in changed:
        lines.append("Lactose intolerance: no milk, cheese, yogurt, butter or cream in my suggestions.")
    if saved.get("forgotten"):
        lines.append(f"I've taken {listing(saved['forgotten'])} off your list.")
    if "calorie_target" in changed and numbers:
        lines.append(f"Daily calorie target: {kcal(saved['calorie_target'])}.")
    medical = {"coeliac", "lactose intolerance"} & set(diet.conditions)
    if added or ("conditions" in changed and medical) or ("allergies" in changed and diet.allergies):
        lines.append("I'll leave these out of every suggestion and warn you if something you log or look up contains them.")
    elif "conditions" in changed:
        pass
    elif "dislikes" in changed:
        lines.append("I'll keep those off your plate in my suggestions.")
    else:
        lines.append("Every suggestion from now on will fit that.")
    return "\n".join(lines)


def _idea_examples(kind: str, result: dict[str, Any], found: list[dict[str, Any]], slots: dict[str, Any]) -> list[str]:
    examples = [f"and for {NEXT_MEAL[kind]}?"]
    diet = slots.get("diet") or ("vegetarian" if "vegetarian" in result["diet"] else None)
    if diet not in ("vegetarian", "vegan"):
        examples.append("something vegetarian")
    elif diet == "vegetarian":
        examples.append("something vegan")
    if not slots.get("high_protein"):
        examples.append("more protein")
    table = load_table()
    for idea in found:
        for item in idea["items"]:
            food = table.by_id.get(item["food_id"])
            if food is not None and food.allergens & {"egg", "dairy", "fish", "gluten"}:
                word = {"egg": "eggs", "dairy": "dairy", "fish": "fish", "gluten": "gluten"}[sorted(food.allergens & {"egg", "dairy", "fish", "gluten"})[0]]
                if word not in slots.get("exclude", []):
                    examples.append(f"without {word}")
                    break
        else:
            continue
        break
    examples.append("why?")
    return examples[:5]


def _fit_words(item: dict[str, Any]) -> str:
    if item["conflicts"]:
        return "heads-up, " + "; ".join(item["conflicts"]) + "."
    return "it fits your diet."


def _other_nutrient(asked_for: str | None) -> str:
    if asked_for in (None, "kcal"):
        return "and protein?"
    return "and calories?"


async def ideas_nutrient(asked: Asked, request: Request) -> Answer:
    """ "How much protein is in that?" after ideas: that figure for each idea shown."""
    slots = dict(request.slots)
    nutrient = slots.pop("nutrient", "kcal") or "kcal"
    brief = bool(slots.pop("brief", False))  # "shorter pls": each idea on one line
    shown = slots.get("last") or []
    if brief:
        lines = [f"{number}. **{idea['name']}**" + (f" — {kcal(idea['kcal'])}" if asked.policy.numbers else "") for number, idea in enumerate(shown, 1)]
        return Answer("\n".join(["In short:", *lines]), "ideas", slots, examples=["the first one", "log the first one"])
    if not asked.policy.numbers:
        return Answer("I'll leave the numbers out for now; " + ", ".join(f"**{idea['name']}**" for idea in shown) + " are all good choices.", "ideas", slots)
    label = NUTRIENT_LABELS.get(nutrient, "kcal")
    lines = []
    for number, idea in enumerate(shown, 1):
        figure = kcal(idea["kcal"]) if nutrient == "kcal" else f"{grams(idea[nutrient])} {label} ({kcal(idea['kcal'])})"
        lines.append(f"{number}. **{idea['name']}** — {figure}")
    head = "Calories in each idea:" if nutrient == "kcal" else f"{capital(label)} in each idea:"
    return Answer(
        "\n".join([head, *lines]),
        "ideas",
        slots,
        reason="Summed from USDA FoodData Central figures for each food at the amounts shown.",
        examples=["the first one", "log the first one"],
    )


async def howto(asked: Asked, request: Request) -> Answer:
    """ "How do I log a meal?": say it in your own words, with examples that work."""
    verb = request.slots.get("what", "log")
    if verb in ("delete", "remove", "undo"):
        text = "Just tell me what to take back: “remove the pizza” takes one food out of your last meal, “delete my last meal” removes the whole entry."
        examples = ["delete my last meal", "what did I eat today?"]
    elif verb in ("correct", "change", "fix"):
        text = "Tell me what it really was: “actually it was two eggs” or “make that 3 slices” changes your last meal."
        examples = ["what did I eat today?"]
    elif verb == "set":
        text = "Tell me your daily target in your own words, e.g. “my calorie target is 2000”, and I'll measure your days against it."
        examples = ["how many calories should I eat?"]
    else:
        text = (
            "Just tell me what you ate, in your own words: amounts, the meal and the day are optional. For example "
            "“I had 2 eggs and toast for breakfast”, “a big mac and large fries”, “200 g of rice with chicken yesterday” "
            "or “3 pints of lager last night”. I'll log it with its calories and protein."
        )
        examples = ["I had 2 eggs and toast for breakfast", "what did I eat today?"]
    return Answer(text, "howto", examples=examples)


# Adult reference intakes for a day (UK/EU labels), and free sugars (SACN): what "is that a
# lot?" is measured against.
REFERENCE_INTAKES = {"kcal": 2000, "protein_g": 50, "carbs_g": 260, "fat_g": 70, "fibre_g": 30}
FREE_SUGARS_G = 30


async def lookup_judge(asked: Asked, request: Request) -> Answer:
    """ "Is that a lot?" after a lookup: the food against an adult's day."""
    slots = dict(request.slots)
    result = await asked.turn.call_tool("lookup_food", query=slots.get("food", ""))
    if "error" in result or not result.get("items"):
        return Answer("Tell me which food you mean and I'll put it against a day's needs.", "lookup", slots)
    if not asked.policy.numbers:
        return Answer("Every food can fit in a day of regular meals; I'll leave the numbers out for now. " + SUPPORT_LINE, "lookup", slots)
    item = result["items"][0]
    nutrient = slots.get("nutrient") or "kcal"
    lines = []
    if nutrient == "sugar" or (nutrient == "carbs_g" and load_table().get(item["food_id"]).category == "drinks"):
        sugar = item["carbs_g"]
        verdict = "more than" if sugar > FREE_SUGARS_G else "about" if sugar > 0.8 * FREE_SUGARS_G else "a good part of" if sugar > 10 else "a small part of"
        lines.append(
            f"Yes: {grams(sugar)} of sugar is {verdict} the {FREE_SUGARS_G} g a day of free sugars the NHS advises adults to stay under."
            if sugar > 0.8 * FREE_SUGARS_G
            else f"{grams(sugar)} of sugar is {verdict} the {FREE_SUGARS_G} g a day of free sugars the NHS advises adults to stay under."
        )
        lines.append("Sugar in whole fruit and plain milk doesn't count towards that; in juice, smoothies and soft drinks it does.")
    else:
        key = nutrient if nutrient in REFERENCE_INTAKES else "kcal"
        share = 100 * item[key] / REFERENCE_INTAKES[key]
        amount = kcal(item["kcal"]) if key == "kcal" else f"{grams(item[key])} {NUTRIENT_LABELS[key]}"
        size = "a lot for one item" if share >= 30 else "a fair amount" if share >= 15 else "not much"
        lines.append(f"{capital(item['name'])}, {item['amount']}: {amount} is about {share:.0f}% of an adult's daily reference intake ({size}).")
    return Answer(
        "\n".join(lines),
        "lookup",
        slots,
        reason="Measured against the UK/EU adult reference intakes (2,000 kcal, 70 g fat, 260 g carbohydrate, 50 g protein) "
        "and SACN's advice on free sugars (no more than 5% of energy, about 30 g a day).",
        examples=["why?"],
    )


async def compare(asked: Asked, request: Request) -> Answer:
    """ "Which is worse?" after two lookups: the two side by side, and which has more."""
    slots = dict(request.slots)
    foods = [slots.get("previous", ""), slots.get("food", "")]
    looked = [await asked.turn.call_tool("lookup_food", query=food) for food in foods]
    items = [result["items"][0] for result in looked if "error" not in result and result.get("items")]
    if len(items) < 2:
        return Answer("Tell me the two foods you'd like me to compare (“a glass of wine or a pint of beer?”).", "lookup", slots)
    if not asked.policy.numbers:
        return Answer(f"Both {short_food(items[0]['name'])} and {short_food(items[1]['name'])} can fit in a day of regular meals. " + SUPPORT_LINE, "lookup", slots)
    asked_words = slots.get("asked", "")
    if CUTTING.search(asked_words):
        return _compare_for_a_cut(items, slots)
    asked_nutrient = slots.get("nutrient") if slots.get("nutrient") in NUTRIENT_LABELS else "kcal"
    key = next((k for word, k in (("protein", "protein_g"), ("carb", "carbs_g"), ("sugar", "carbs_g"), ("fat", "fat_g"), ("fib", "fibre_g")) if word in asked_words), asked_nutrient)
    label = "kcal" if key == "kcal" else NUTRIENT_LABELS[key]
    figure = (lambda item: kcal(item["kcal"])) if key == "kcal" else (lambda item: f"{grams(item[key])} {label}")
    higher, lower = sorted(items, key=lambda item: -item[key])
    lines = [f"{capital(short_food(item['name']))}, {item['amount']}: {figure(item)}." for item in items]
    if key in ("kcal", "fat_g", "carbs_g") and re.search(r"\b(?:worse|bad|unhealthy|fattening)\b", asked_words):
        lines.append(f"So {short_food(higher['name'])} carries more ({figure(higher)} against {figure(lower)}), as served.")
    else:
        lines.append(f"{capital(short_food(higher['name']))} has more {label if key != 'kcal' else 'calories'}.")
    return Answer("\n".join(lines), "lookup", slots, reason="Both from my food table, at the amounts you asked about.", examples=["log it"])


CUTTING = re.compile(r"\b(?:cut|cutting|on a cut|lose weight|losing weight|weight loss|fat loss|lose fat|dieting|on a diet|lean(?:er)?|deficit|shred\w*)\b")


def _compare_for_a_cut(items: list[dict[str, Any]], slots: dict[str, Any]) -> Answer:
    """ "Which is better if I'm cutting?": the one with more protein for its calories, and why."""
    def density(item: dict[str, Any]) -> float:
        return item["protein_g"] / item["kcal"] * 100 if item["kcal"] else 0.0

    leaner, other = sorted(items, key=lambda item: -density(item))
    lines = [
        f"{capital(short_food(item['name']))}, {item['amount']}: {kcal(item['kcal'])}, {grams(item['protein_g'])} protein, {grams(item['fat_g'])} fat "
        f"({density(item):.0f} g protein per 100 kcal)."
        for item in items
    ]
    lines.append(
        f"On a cut, {short_food(leaner['name']).lower()} is the leaner pick: more protein for fewer calories and less fat, "
        "which keeps you full and protects muscle while you eat less."
    )
    if re.search(r"\b(?:salmon|mackerel|sardine|trout|herring|oily fish)\b", other["name"].lower()):
        lines.append(f"{capital(short_food(other['name']))} is still worth a place once or twice a week for its omega-3 fats; just count its calories.")
    return Answer(
        "\n".join(lines),
        "lookup",
        slots,
        reason="Protein per 100 kcal from my food table (USDA FoodData Central), at the amounts you asked about: on a cut, "
        "more protein for the calories helps keep muscle and fullness (ISSN position stand on protein and exercise, 2017).",
        examples=["log it"],
    )


async def swap(asked: Asked, request: Request) -> Answer:
    """ "Can I swap the rice for quinoa?" after ideas: the ideas shown, with that food swapped
    gram for gram, their figures worked out again; never into a food the diet rules out."""
    from agenthost_ceres.parser import parse_meal

    slots = dict(request.slots)
    old_words, new_words = slots.pop("old", ""), slots.pop("new", "")
    table = load_table()
    parsed = parse_meal(new_words, table)
    prefs = DietPrefs.from_profile(asked.turn.profile)
    if not parsed.items:
        return Answer(f"I don't have {new_words} in my food table; try another food.", "ideas", slots)
    new_food = parsed.items[0].food
    if not prefs.allows(new_food):
        return Answer(f"I'd rather not: {short_food(new_food.name)} doesn't fit your diet ({prefs.describe()}).", "ideas", slots)
    changed, lines = [], []
    for idea in slots.get("last") or []:
        items = []
        for item in idea["items"]:
            food = table.by_id.get(item["food_id"])
            if food is not None and re.search(rf"\b{re.escape(old_words)}", f"{food.name} {' '.join(food.aliases)}", re.I):
                items.append({"food_id": new_food.id, "name": new_food.name, "amount": f"{item['grams']:g} g", "grams": item["grams"]})
            else:
                items.append(item)
        if items != idea["items"]:
            totals = {key: 0.0 for key in NUTRIENT_LABELS}
            for item in items:
                for key, value in table.get(item["food_id"]).per_grams(item["grams"]).items():
                    totals[key] += value
            idea = {**idea, **{key: round(value, 1) for key, value in totals.items()}, "items": items, "name": f"{idea['name']}, {old_words} swapped for {short_food(new_food.name).lower()}"}
            changed.append(idea)
            lines.append(f"• **{idea['name']}** — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein" if asked.policy.numbers else f"• **{idea['name']}**")
    if not changed:
        return Answer(f"None of the ideas I showed has {old_words} in it.", "ideas", slots)
    slots["last"] = changed
    return Answer(
        f"Swapped {old_words} for {short_food(new_food.name).lower()}, gram for gram:\n" + "\n".join(lines),
        "ideas",
        slots,
        reason="The same weight of the new food, with its figures from USDA FoodData Central.",
        examples=["log the first one", "something else"],
    )


async def body(asked: Asked, request: Request) -> Answer:
    """A new weight reported ("just weighed myself again, 76.5kg"): saved in the profile through
    General's `remember` tool, and confirmed (without the figure while numbers are off)."""
    saved = await save_body_facts(asked.turn, body_facts(asked.turn.message))
    examples = ["how much protein do I need?", "and calories?"]
    if not asked.policy.numbers:
        text = ("Thanks, I've noted that. " if saved else "Thanks for telling me. ") + SUPPORT_LINE
        return Answer(text, "body", {}, reason="Your profile keeps what you tell me about yourself.")
    if saved is None:
        facts = body_facts(asked.turn.message)
        said = ", ".join(f"{value:g} kg" if key == "weight_kg" else f"{value:g} cm" if key == "height_cm" else str(value) for key, value in facts.items())
        text = f"Noted: {said}. I'll use it for your needs in this chat."
    else:
        text = saved + " I'll use it for your calorie and protein needs from now on."
    return Answer(text, "body", {}, reason="Your needs are worked out from your weight, so I keep the latest one.", examples=examples)

