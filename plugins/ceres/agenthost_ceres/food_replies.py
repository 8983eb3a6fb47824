"""Answers about food itself: meal ideas, what is in a food, and the user's diet, allergies
and medical diets (saved and confirmed back)."""

from __future__ import annotations

import re
from typing import Any

from host.clock import now

from agenthost_ceres import advice, allergens
from agenthost_ceres.answer import Answer, Asked, capital, grams, kcal, listing
from agenthost_ceres.diet import MEAL_SHARE, DietPrefs, calorie_target
from agenthost_ceres.foods import load_table
from agenthost_ceres.meals import meal_type_for_hour
from agenthost_ceres.policy import CARE_LINE, SUPPORT_LINE
from agenthost_ceres.understand import Request

NUTRIENT_LABELS = {"kcal": "kcal", "protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "fibre_g": "fibre"}
NEXT_MEAL = {"breakfast": "lunch", "lunch": "dinner", "dinner": "a snack", "snack": "breakfast"}
IDEA_SLOTS = ("meal_type", "diet", "gluten_free", "lactose_free", "exclude", "high_protein", "min_protein_g", "budget", "no_cook", "scale")
DIABETES_LINE = (
    "With diabetes: keep to regular meals, pair the carbohydrate with protein and vegetables as these do, and let "
    "your diabetes team match carbohydrate to your medicines (Diabetes UK)."
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
DAY_MEALS = ("breakfast", "lunch", "dinner", "snack")


async def ideas(asked: Asked, request: Request) -> Answer:
    """Meal ideas that fit the saved diet and this request's changes."""
    slots = {key: value for key, value in request.slots.items() if key in IDEA_SLOTS and value not in (None, [], False)}
    kind = slots.get("meal_type") or meal_type_for_hour(now().hour)
    slots["meal_type"] = kind
    arguments: dict[str, Any] = {"meal_type": kind}
    for key in ("diet", "gluten_free", "lactose_free", "exclude", "high_protein", "min_protein_g", "budget", "no_cook"):
        if key in slots:
            arguments[key] = slots[key]
    shown = list(asked.state.slots.get("shown", [])) if request.slots.get("more") else []
    if shown:
        arguments["skip"] = shown
    scale = float(slots.get("scale", 1.0))
    daily, _ = calorie_target(asked.turn.profile)
    if scale != 1.0 and daily:
        arguments["calorie_target"] = max(50, min(3000, round(daily * MEAL_SHARE[kind] * scale / 10) * 10))
    result = await asked.turn.call_tool("suggest_meals", **arguments)
    if "error" in result:
        return Answer(f"I couldn't find ideas that fit: {result['error']}.", "ideas", slots)
    found = result["suggestions"]
    numbers = asked.policy.numbers
    head = f"Here are {len(found)} {kind} ideas" if numbers and len(found) > 1 else f"Here's one {kind} idea" if len(found) == 1 else f"Here are some {kind} ideas"
    if result["diet"] != "no diet restrictions":
        head += f" ({result['diet']})"
    if result["excluded"]:
        head += f", without {allergens.describe(result['excluded'])}"
    if slots.get("budget"):
        head += ", budget-friendly"
    if slots.get("no_cook"):
        head += ", no cooking needed"
    if slots.get("min_protein_g"):
        head += f", each with at least {slots['min_protein_g']} g protein" if numbers else ", high in protein"
    elif slots.get("high_protein"):
        head += ", most protein first"
    if result["target_kcal"] and numbers:
        head += f", each around {kcal(result['target_kcal'])}"
    lines = [head + ":"]
    for number, idea in enumerate(found, 1):
        if numbers:
            lines.append(f"{number}. **{idea['name']}** — {kcal(idea['kcal'])}, {grams(idea['protein_g'])} protein")
            lines.append("   " + "; ".join(f"{item['name']}: {item['amount']}" for item in idea["items"]))
        else:
            lines.append(f"• **{idea['name']}**")
    if "diabetes" in DietPrefs.from_profile(asked.turn.profile).conditions:
        lines.append(DIABETES_LINE)
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
    for kind in DAY_MEALS:
        arguments: dict[str, Any] = {"meal_type": kind, "count": 1}
        for key in ("diet", "gluten_free", "lactose_free", "exclude", "high_protein", "budget"):
            if key in slots:
                arguments[key] = slots[key]
        if shown:
            arguments["skip"] = shown
        result = await asked.turn.call_tool("suggest_meals", **arguments)
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
    slots["last"] = [_remembered(idea) for idea in picked]
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
        text = f"**{idea['name']}**: " + ", ".join(item["name"] for item in idea["items"]) + "."
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


async def lookup(asked: Asked, request: Request) -> Answer:
    """What is in a food or dish, with the source, and whether it fits the user's diet."""
    nutrient = request.slots.get("nutrient")
    slots = {"food": request.slots["food"], "nutrient": nutrient}
    result = await asked.turn.call_tool("lookup_food", query=request.slots["food"])
    if "error" in result:
        return Answer(f"I don't have that one in my food table. {result['error']}", "lookup", slots)
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
        else:
            if not prefs.is_default:
                lines.append(f"✓ It fits your diet ({prefs.describe()}).")
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
    if refused_target is not None:
        lines.append(
            "I'd rather not set a calorie target right now; let's focus on regular, enjoyable meals. " + SUPPORT_LINE
            if not numbers
            else "I won't set a calorie target while you're pregnant: your midwife or GP is the right person to guide how much to eat."
        )
    examples = ["what should I eat for lunch?"]
    if saved.get("added_allergies") or "conditions" in prefs:
        examples.append("snack ideas")
    then = request.slots.get("then_ideas")
    if then is not None:
        ideas_answer = await ideas(asked, Request("ideas", then))
        ideas_answer.text = "\n".join(lines) + "\n\n" + ideas_answer.text
        ideas_answer.metadata = {**ideas_answer.metadata, "saved": True}
        return ideas_answer
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
        lines.append("Lactose intolerance: I'll keep milk, cheese, yogurt, butter and cream out of my suggestions.")
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
