"""The tools that change the meal log: log meals, take one out (undo), correct one.

Each writes once and only after every check has passed: an amount that cannot be right, a
date in the future or a text with no food raises `ToolError` and nothing is written. A text
with several meals or days ("oatmeal for breakfast and a sandwich for lunch", "pizza last
night and eggs this morning") becomes one record per meal and day, appended in one write.
"""

from __future__ import annotations

import difflib
import re
import uuid
from datetime import date as date_type
from collections.abc import Mapping, Sequence
from typing import Any

from host.clock import now, utc_now
from host.types import ToolContext, ToolError

from agenthost_ceres.dates import resolve_date, today
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.descriptors import free_from_said
from agenthost_ceres.diet import calorie_target as profile_calorie_target
from agenthost_ceres.foods import FoodTable, alias_words, load_table, normalise
from agenthost_ceres.meals import (
    MEAL_TYPES,
    add_meals,
    meal_group,
    check_not_future,
    last_meal,
    meal_type_at_said_time,
    meals_on,
    meal_type_for_hour,
    recent_meals,
    remove_meal,
    replace_meal,
    sum_nutrients,
)
from agenthost_ceres.meals import day_totals as kept_day_totals
from agenthost_ceres.parser import FILLER, MODIFIERS, SAME_AS_BEFORE, SUB_SIZE, ParsedItem, sub_size_word, ParsedMeal, parse_meal, tokenise

MAX_TEXT = 500
EXAMPLES = "'2 eggs and a banana', 'a big mac and large fries' or '150 g chicken breast'"


async def log_meal(
    context: ToolContext,
    text: str | None = None,
    items: Sequence[Mapping[str, Any]] | None = None,
    meal_type: str | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    """Log what was eaten, from the user's words (`text`) or from `items` (each {"text",
    "date"?, "meal_type"?}); returns the meals written, the words not understood and the
    totals of each day touched."""
    check_choice("meal_type", meal_type, MEAL_TYPES)
    default_day = check_not_future(resolve_date(date))
    pieces = _pieces(text, items)
    table = load_table()
    parsed_items: list[tuple[ParsedItem, str, str]] = []
    unnamed: list[int] = []  # items of another day with no meal said ("yesterday I had ...")
    unrecognised: list[str] = []
    repairs: list[tuple[str, str]] = []
    problems: list[str] = []
    repeated: list[dict[str, Any]] = []  # "same as yesterday for breakfast": that meal again
    for piece_text, piece_meal, piece_date in pieces:
        check_choice("meal_type", piece_meal, MEAL_TYPES)
        piece_day = check_not_future(resolve_date(piece_date)) if piece_date else default_day
        piece_text, again = await _same_as_before(context, piece_text, piece_meal or meal_type, piece_day)
        repeated += again
        if again and not re.search(r"[a-z]{3,}", re.sub(r"\b(?:today|then|and|also|plus|for|lunch|dinner|breakfast|snack)\b", "", piece_text.lower())):
            continue
        parsed = parse_meal(piece_text, table)
        problems += [problem.question for problem in parsed.problems]
        unrecognised += parsed.unrecognised
        repairs += parsed.repairs
        for item in parsed.items:
            day = check_not_future(item.day.isoformat()) if item.day and not piece_date else piece_day
            kind = piece_meal or item.meal_type or meal_type or meal_type_at_said_time(piece_text) or _default_meal(day)
            parsed_items.append((item, day, kind))
            if not (piece_meal or item.meal_type or meal_type or meal_type_at_said_time(piece_text)) and day != today().isoformat():
                unnamed.append(len(parsed_items) - 1)
    if problems:
        raise ToolError(" ".join(dict.fromkeys(problems)) + " Nothing was logged.")
    if not parsed_items and repeated:
        await add_meals(context.store, repeated)
        profile = await context.store.read_profile()
        days = [await day_totals(context, day, profile) for day in dict.fromkeys(record["date"] for record in repeated)]
        return {"logged": repeated, "unrecognised": list(dict.fromkeys(unrecognised)), "repaired": [], "warnings": [], "days": days}
    if not parsed_items:
        raise ToolError(not_understood(" ".join(piece for piece, _, _ in pieces), unrecognised, table))
    guessed = _meal_sized_days(parsed_items, unnamed)
    parsed_items = [(item, day, GUESSED_MEAL if n in unnamed and day in guessed else kind) for n, (item, day, kind) in enumerate(parsed_items)]
    records = list(repeated)
    for record in _records(parsed_items, text or "; ".join(piece for piece, _, _ in pieces)):
        same = next((r for r in repeated if (r["date"], r["meal_type"]) == (record["date"], record["meal_type"])), None)
        if same is None:
            records.append(record)
        else:  # "same as yesterday plus a coffee": one breakfast
            same["items"] = same["items"] + record["items"]
            same["totals"] = sum_nutrients(same["items"])
    for record in records:
        if record["date"] in guessed and record["meal_type"] == GUESSED_MEAL and any(n in unnamed and parsed_items[n][1] == record["date"] for n in range(len(parsed_items))):
            record["meal_type_guessed"] = True  # the reply says it was a guess, and how to change it
    await add_meals(context.store, records)
    profile = await context.store.read_profile()
    days = [await day_totals(context, day, profile) for day in dict.fromkeys(record["date"] for record in records)]
    warnings = diet_warnings(profile, [item for item, _, _ in parsed_items], text or " ".join(piece for piece, _, _ in pieces))
    return {
        "logged": records,
        "unrecognised": list(dict.fromkeys(unrecognised)),
        "repaired": [{"typed": typed, "read_as": read} for typed, read in dict.fromkeys(repairs)],
        "warnings": warnings,
        "days": days,
    }


async def delete_meal(
    context: ToolContext, meal_id: str | None = None, food: str | None = None
) -> dict[str, Any]:
    """Take a meal out of the log: the one with `meal_id`, else the latest meal with `food` in
    it (then only that food goes, the rest of the meal stays), else the latest meal."""
    meals = await recent_meals(context.store)
    if meal_id is not None:
        target = next((meal for meal in reversed(meals) if meal.get("id") == meal_id), None)
        if target is None:
            raise ToolError(f"no meal with id {meal_id!r} was logged in the last two days")
        await remove_meal(context.store, target)
        return await _removal(context, target, list(target["items"]), None)
    if food is not None:
        words = _content_words(food)
        if not words:
            raise ToolError(f"say which food to remove, e.g. 'the pizza', not {food!r}")
        named = {item.food.id for item in parse_meal(food, load_table()).items}
        for meal in reversed(meals):
            matching = [item for item in meal["items"] if item.get("food_id") in named or _item_matches(item, words)]
            if not matching:
                continue
            rest = [item for item in meal["items"] if item not in matching]
            if rest:
                replacement = _record_from_items(meal, rest)
                await replace_meal(context.store, meal, replacement)
                return await _removal(context, meal, matching, replacement)
            await remove_meal(context.store, meal)
            return await _removal(context, meal, matching, None)
        raise ToolError(f"I can't find {food.strip()!r} in the meals you logged in the last two days")
    newest = await last_meal(context.store)
    if newest is None:
        raise ToolError("there is no meal in your log to remove")
    await remove_meal(context.store, newest)
    return await _removal(context, newest, list(newest["items"]), None)


async def correct_meal(
    context: ToolContext, text: str, meal_id: str | None = None, add_only: bool = False, instead_of: str | None = None
) -> dict[str, Any]:
    """Correct the latest meal (or `meal_id`) with what it really was: foods named in `text`
    replace the same foods in the meal ("actually it was two eggs"); an amount alone
    ("make that 3 slices") changes a meal of one food; other foods in `text` are added.
    With `add_only`, every food in `text` is added ("and a coffee"); with `instead_of`, the
    foods of `text` take the place of that food ("scrap the juice, it was a black coffee")."""
    text = text.strip()
    if not text:
        raise ToolError("say what the meal really was, e.g. 'two eggs'")
    meals = await recent_meals(context.store)
    table = load_table()
    if instead_of is not None and not meal_id:
        words = _content_words(instead_of)
        named = {item.food.id for item in parse_meal(instead_of, table).items}
        meal = next(
            (m for m in reversed(meals) if any(i.get("food_id") in named or (words and _item_matches(i, words)) for i in m["items"])), None
        )
        if meal is None:
            raise ToolError(f"I can't find {instead_of.strip()!r} in the meals you logged in the last two days; nothing was changed")
    else:
        meal = (
            next((m for m in reversed(meals) if m.get("id") == meal_id), None) if meal_id else (meals[-1] if meals else None)
        )
    if meal is None:
        raise ToolError("there is no recent meal to correct; tell me what you ate and I'll log it")
    parsed = parse_meal(text, table)
    if len(meal["items"]) == 1 and not add_only and parsed.items and PINTS_SAID.fullmatch(text.lower().strip(" .!")):
        parsed = parse_meal("", table)  # "actually it was 2 pints" after a pint of milk: the amount, not pints of beer
    if parsed.problems:
        raise ToolError(" ".join(problem.question for problem in parsed.problems) + " Nothing was changed.")
    if not meal_id and instead_of is None and not add_only:
        meal = _part_holding(meals, meal, parsed, table)  # "actually two sausage rolls" after "and a latte with it"
    items = list(meal["items"])
    if instead_of is not None:
        return await _replace_food(context, meal, items, parsed, instead_of, text)
    if (not parsed.items or _only_a_size(text)) and (resized := _resized(text, items, table)) is not None:
        index, parsed = resized  # "it was a 6 inch not a footlong": the same food, the size said
        new_json = parsed.items[0].to_json()
        changes = [{"was": items[index], "now": new_json}]
        items[index] = new_json
        replacement = _record_from_items(meal, items, text=f"{meal.get('text', '')} (corrected: {text})")
        await replace_meal(context.store, meal, replacement)
        profile = await context.store.read_profile()
        return {
            "corrected": replacement,
            "replaced_id": meal["id"],
            "changes": changes,
            "day": await day_totals(context, replacement["date"], profile),
            "warnings": diet_warnings(profile, parsed.items),
        }
    if not parsed.items:
        amount = _amount_only(text, table)
        if amount is None or len(items) != 1:
            raise ToolError(not_understood(text, list(parsed.unrecognised), table))
        food = table.by_id.get(str(items[0].get("food_id")))
        parsed = parse_meal(f"{amount} {food.aliases[0] if food else short_name(items[0]['name'])}", table)
        if not parsed.items:
            raise ToolError(not_understood(text, list(parsed.unrecognised), table))
    changed: list[dict[str, Any]] = []
    for new in parsed.items:
        same = [] if add_only else [n for n, item in enumerate(items) if _same_food(item, new, table)]
        if not same and not add_only and (said := _content_words(new.said or "")):
            named = [n for n, item in enumerate(items) if _item_matches(item, said)]
            same = named if len(named) == 1 else []  # "I only ate half the wrap": the chicken Caesar wrap logged
        if same:
            new = _as_logged_kind(new, items[same[0]], table)  # "only 2 eggs" after 4 scrambled eggs
            new = _as_much_as_logged(new, items[same[0]], table)  # "I meant almond butter": as much as the peanut butter
        new_json = new.to_json()
        if not same and not add_only and len(items) == 1 and len(parsed.items) == 1:
            same = [0]  # "actually it was two eggs" after logging one omelette
        if same:
            changed.append({"was": items[same[0]], "now": new_json})
            items[same[0]] = new_json
            for extra in reversed(same[1:]):
                del items[extra]
        else:
            changed.append({"was": None, "now": new_json})
            items.append(new_json)
    if add_only:
        return await _add_to(context, meal, [change["now"] for change in changed], parsed, text)
    replacement = _record_from_items(meal, items, text=f"{meal.get('text', '')} (corrected: {text})")
    await replace_meal(context.store, meal, replacement)
    profile = await context.store.read_profile()
    return {
        "corrected": replacement,
        "meal_totals": await _whole_meal_totals(context, replacement),
        "replaced_id": meal["id"],
        "changes": changed,
        "day": await day_totals(context, replacement["date"], profile),
        "warnings": diet_warnings(profile, parsed.items),
    }


SHARE_WORDS = {0.5: "half", 0.333: "a third", 0.25: "a quarter", 0.667: "two thirds", 0.75: "three quarters"}


async def scale_meal(context: ToolContext, share: float, food: str | None = None, meal_id: str | None = None) -> dict[str, Any]:
    """Only `share` of the latest meal (or `meal_id`) was eaten ("I only ate half, my flatmate
    nicked the rest"): its foods, or only the food `food` names, become that share of what was
    logged. The entry is replaced, never duplicated; the same message again changes nothing."""
    if not 0.05 <= share < 1:
        raise ToolError(f"share must be between 0.05 and 1 (the part eaten, 0.5 for half), not {share!r}")
    meals = await recent_meals(context.store)
    table = load_table()
    words = _content_words(food) if food else set()
    named = {item.food.id for item in parse_meal(food, table).items} if food else set()
    if meal_id:
        meal = next((m for m in reversed(meals) if m.get("id") == meal_id), None)
    elif food:
        meal = next((m for m in reversed(meals) if any(i.get("food_id") in named or (words and _item_matches(i, words)) for i in m["items"])), None)
        if meal is None:
            raise ToolError(f"I can't find {food.strip()!r} in the meals you logged in the last two days; nothing was changed")
    else:
        meal = meals[-1] if meals else None
    if meal is None:
        raise ToolError("there is no recent meal to change; tell me what you ate and I'll log it")
    items = list(meal["items"])
    chosen = range(len(items))
    if food:
        chosen = [n for n, item in enumerate(items) if item.get("food_id") in named or (words and _item_matches(item, words))] or list(chosen)
    if meal.get("share") == round(share, 3) and meal.get("share_of") == sorted(chosen):
        raise ToolError("that change is already in your log; nothing was changed again")
    changes = []
    for n in chosen:
        was = items[n]
        now_json = _scaled_item(was, share, table)
        changes.append({"was": was, "now": now_json})
        items[n] = now_json
    replacement = {**_record_from_items(meal, items, text=f"{meal.get('text', '')} (ate {SHARE_WORDS.get(round(share, 3), share)})"),
                   "share": round(share, 3), "share_of": sorted(chosen)}
    await replace_meal(context.store, meal, replacement)
    profile = await context.store.read_profile()
    return {
        "corrected": replacement,
        "meal_totals": await _whole_meal_totals(context, replacement),
        "replaced_id": meal["id"],
        "changes": changes,
        "day": await day_totals(context, replacement["date"], profile),
        "warnings": [],
    }


def _scaled_item(item: Mapping[str, Any], share: float, table: FoodTable) -> dict[str, Any]:
    """A logged item as `share` of what it was: amount, grams and nutrients."""
    grams = float(item.get("grams") or 0) * share
    food = table.by_id.get(str(item.get("food_id")))
    nutrients = food.per_grams(grams) if food is not None else {
        key: round(float(item[key]) * share, 1) for key in ("kcal", "protein_g", "carbs_g", "fat_g", "fibre_g") if key in item
    }
    said = SHARE_WORDS.get(round(share, 3), f"{share:.0%}")
    return {**item, "quantity": round(float(item.get("quantity") or 1) * share, 3), "grams": round(grams, 1),
            "amount": f"{said} of {item.get('amount', 'it')}", **nutrients}


async def _whole_meal_totals(context: ToolContext, record: Mapping[str, Any]) -> dict[str, float]:
    """The totals of the meal `record` is part of: it, the meal it adds to and the foods added to it."""
    parts = [m for m in await recent_meals(context.store) if meal_group(m) == meal_group(record)]
    return sum_nutrients(m["totals"] for m in parts if isinstance(m.get("totals"), dict)) if parts else dict(record["totals"])


def _part_holding(meals: Sequence[dict[str, Any]], meal: dict[str, Any], parsed: ParsedMeal, table: FoodTable) -> dict[str, Any]:
    """The record of `meal` (it and the foods added to it later are records of their own) that
    holds a food of `parsed`, newest first; `meal` itself when none does."""
    parts = [m for m in meals if meal_group(m) == meal_group(meal)]
    for part in reversed(parts):
        if any(_same_food(item, new, table) for new in parsed.items for item in part["items"]):
            return part
    return meal


async def _add_to(
    context: ToolContext, meal: Mapping[str, Any], added: list[dict[str, Any]], parsed: ParsedMeal, text: str
) -> dict[str, Any]:
    """Foods added to `meal` ("oh and a latte with it"): a record of their own for the same day
    and meal, marked `adds_to` the meal, so the log only grows (the meal's line is never
    rewritten) and a day's summary shows them as one meal. `corrected` is the meal as it now
    stands, its foods and totals together."""
    record = {**_record_from_items(meal, added, text=text), "adds_to": meal_group(meal)}
    record.pop("group", None)
    await add_meals(context.store, [record])
    whole = [item for part in await recent_meals(context.store) if meal_group(part) == meal_group(record) for item in part["items"]]
    profile = await context.store.read_profile()
    return {
        "corrected": {**record, "items": whole, "totals": sum_nutrients(whole)},
        "added_id": record["id"],
        "meal_id": record["adds_to"],
        "changes": [{"was": None, "now": item} for item in added],
        "day": await day_totals(context, record["date"], profile),
        "warnings": diet_warnings(profile, parsed.items),
    }


async def _replace_food(
    context: ToolContext, meal: Mapping[str, Any], items: list[dict[str, Any]], parsed: ParsedMeal, instead_of: str, text: str
) -> dict[str, Any]:
    """The meal with the food `instead_of` names replaced by what `parsed` holds."""
    if not parsed.items:
        raise ToolError(not_understood(text, list(parsed.unrecognised), load_table()))
    words = _content_words(instead_of)
    named = {item.food.id for item in parse_meal(instead_of, load_table()).items}
    old = [n for n, item in enumerate(items) if item.get("food_id") in named or (words and _item_matches(item, words))]
    changed: list[dict[str, Any]] = []
    for k, new in enumerate(parsed.items):
        new_json = new.to_json()
        if k == 0:
            changed.append({"was": items[old[0]], "now": new_json})
            items[old[0]] = new_json
        else:
            changed.append({"was": None, "now": new_json})
            items.append(new_json)
    for extra in reversed(old[1:]):
        changed.append({"was": items[extra], "now": None})
        del items[extra]
    replacement = _record_from_items(meal, items, text=f"{meal.get('text', '')} (corrected: {text} instead of {instead_of})")
    await replace_meal(context.store, meal, replacement)
    profile = await context.store.read_profile()
    return {
        "corrected": replacement,
        "meal_totals": await _whole_meal_totals(context, replacement),
        "replaced_id": meal["id"],
        "changes": changed,
        "day": await day_totals(context, replacement["date"], profile),
        "warnings": diet_warnings(profile, parsed.items),
    }


async def move_meal(
    context: ToolContext, date: str, food: str | None = None, meal_id: str | None = None, meal_type: str | None = None
) -> dict[str, Any]:
    """Move a meal logged for the wrong day to `date` ("that was yesterday"), or only the food
    `food` names out of the latest meal that has it ("the kitkat was yesterday, not today"):
    written as a meal of its own on that day; the rest of the old meal stays where it was."""
    check_choice("meal_type", meal_type, MEAL_TYPES)
    day = check_not_future(resolve_date(date))
    meals = await recent_meals(context.store)
    if meal_id is not None:
        meal = next((m for m in reversed(meals) if m.get("id") == meal_id), None)
    elif food is not None:
        words = _content_words(food)
        named = {item.food.id for item in parse_meal(food, load_table()).items}
        meal = next(
            (m for m in reversed(meals) if any(i.get("food_id") in named or (words and _item_matches(i, words)) for i in m["items"])), None
        )
    else:
        meal = meals[-1] if meals else None
    if meal is None:
        raise ToolError(f"I can't find {food.strip()!r} in the meals you logged in the last two days" if food else "there is no recent meal to move")
    if food is not None and meal_id is None:
        words = _content_words(food)
        named = {item.food.id for item in parse_meal(food, load_table()).items}
        moving = [i for i in meal["items"] if i.get("food_id") in named or (words and _item_matches(i, words))]
    else:
        moving = list(meal["items"])
    if meal.get("date") == day and len(moving) == len(meal["items"]) and meal_type in (None, meal.get("meal_type")):
        raise ToolError(f"that meal is already logged for {day}; nothing was changed")
    kind = meal_type or (meal.get("meal_type") if meal.get("date") != day or food is None else _default_meal(day))
    moved = {**_record_from_items({**meal, "date": day, "meal_type": kind or "snack"}, moving), "text": f"moved from {meal['date']}: {meal.get('text', '')}"}
    moved.pop("adds_to", None)
    moved.pop("group", None)  # a meal of its own: "change the burger to dinner" is no longer folded back into lunch
    rest = [item for item in meal["items"] if item not in moving]
    await add_meals(context.store, [moved])
    if rest:
        kept = _record_from_items(meal, rest)
        await replace_meal(context.store, meal, kept)
    else:
        kept = None
        await remove_meal(context.store, meal)
    profile = await context.store.read_profile()
    days = [await day_totals(context, d, profile) for d in dict.fromkeys([day, meal["date"]])]
    return {"moved": moved, "from": {"meal_id": meal["id"], "date": meal["date"], "meal_type": meal.get("meal_type")}, "kept": kept, "days": days}


async def day_totals(context: ToolContext, day: str, profile: Mapping[str, Any]) -> dict[str, Any]:
    """A day's meal count and totals against the calorie target."""
    meals = await kept_day_totals(context.store, day)
    totals = meals.sums.result()
    target, source = profile_calorie_target(profile)
    return {
        "date": day,
        "meal_count": meals.count,
        "totals": totals,
        "calorie_target": target,
        "target_source": source,
        "remaining_kcal": round(target - totals["kcal"]) if target else None,
    }


def diet_warnings(profile: Mapping[str, Any], items: Sequence[ParsedItem], said: str = "") -> list[str]:
    """ "Big Mac: not safe with your sesame allergy" for each logged food that breaks the saved
    diet, unless the user said this one is free from it ("a gluten free bagel", in `said`)."""
    prefs = DietPrefs.from_profile(profile)
    if prefs.is_default:
        return []
    warnings = []
    for item in items:
        answered = free_from_said(said, item.said) if said else set()
        conflicts = list(dict.fromkeys(reason for key, reason in prefs.breaks(item.food).items() if key not in answered))
        if conflicts:
            warnings.append(f"{short_name(item.food.name)}: {'; '.join(conflicts)}")
    return list(dict.fromkeys(warnings))


def not_understood(text: str, unrecognised: Sequence[str], table: FoodTable) -> str:
    """The error for a text with no known food: what was not understood, and close matches."""
    words = list(dict.fromkeys(unrecognised)) or [text.strip()]
    hints = []
    for word in words:
        close = difflib.get_close_matches(word, table.single_words(), n=1, cutoff=0.75)
        if close:
            hints.append(f"'{word}' -> '{close[0]}'?")
    message = f"I couldn't find a food I know in {text.strip()!r}. Not understood: {', '.join(words)}."
    if hints:
        message += " Did you mean " + ", ".join(hints)
    return message + f" Try e.g. {EXAMPLES}."


def short_name(name: str) -> str:
    """ "egg, whole (raw or poached)" -> "egg"; "Big Mac (McDonald's)" -> "Big Mac"."""
    return str(name).split(",")[0].split("(")[0].strip()


def check_choice(name: str, value: str | None, choices: Sequence[str]) -> None:
    """Raise ToolError unless `value` is None or one of `choices`."""
    if value is not None and value not in choices:
        raise ToolError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


def _pieces(text: str | None, items: Sequence[Mapping[str, Any]] | None) -> list[tuple[str, str | None, str | None]]:
    """(text, meal_type, date) for each piece of what was eaten."""
    pieces: list[tuple[str, str | None, str | None]] = []
    if text is not None:
        if not text.strip():
            raise ToolError(f"say what you ate, e.g. {EXAMPLES}")
        pieces.append((text.strip(), None, None))
    for item in items or ():
        words = str(item.get("text", "")).strip()
        if not words:
            raise ToolError("every item needs its text, e.g. {'text': '2 slices of pizza', 'date': 'yesterday'}")
        pieces.append((words, item.get("meal_type"), item.get("date")))
    if not pieces:
        raise ToolError(f"say what you ate (text or items), e.g. {EXAMPLES}")
    if sum(len(piece) for piece, _, _ in pieces) > MAX_TEXT:
        raise ToolError(f"that is more than {MAX_TEXT} characters; log one meal at a time")
    return pieces


# A plate of food said for another day with no meal named ("yesterday I had a quarter chicken, chips
# and a coleslaw") is a meal, not a snack: at this size it is logged as that day's dinner, said as a guess.
MEAL_SIZED_KCAL = 450
GUESSED_MEAL = "dinner"


def _meal_sized_days(parsed: list[tuple[ParsedItem, str, str]], unnamed: list[int]) -> set[str]:
    """The days whose food said with no meal adds up to a meal's worth."""
    totals: dict[str, float] = {}
    for n in unnamed:
        item, day, _ = parsed[n]
        totals[day] = totals.get(day, 0.0) + float(item.to_json().get("kcal") or 0)
    return {day for day, total in totals.items() if total >= MEAL_SIZED_KCAL}


def _default_meal(day: str) -> str:
    """The meal for food with no meal named: by the hour today, a snack on another day."""
    return meal_type_for_hour(now().hour) if day == today().isoformat() else "snack"


def _records(parsed: list[tuple[ParsedItem, str, str]], text: str) -> list[dict[str, Any]]:
    """One record per (day, meal), in the order first mentioned."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item, day, kind in parsed:
        groups.setdefault((day, kind), []).append(item.to_json())
    stamp = utc_now()
    return [
        {
            "id": new_meal_id(),
            "date": day,
            "logged_at": stamp,
            "meal_type": kind,
            "text": text,
            "items": items,
            "totals": sum_nutrients(items),
        }
        for (day, kind), items in groups.items()
    ]


_MEAL_NAMES = {"brekkie": "breakfast", "brekky": "breakfast", "tea": "dinner", "supper": "dinner"}


async def _same_as_before(context: ToolContext, text: str, meal_type: str | None, day: str) -> tuple[str, list[dict[str, Any]]]:
    """`text` without a "same as yesterday (for breakfast)" it holds, and that day's meal copied to `day`."""
    found = SAME_AS_BEFORE.search(text)
    if found is None:
        return text, []
    said = (found.group("day") or "").lower()
    earlier = "yesterday" if said in ("yday", "the day before", "last night") else said
    try:
        source_day = resolve_date(earlier, date_type.fromisoformat(day))
    except ToolError:
        return text, []
    named = found.group("meal1") or found.group("meal2") or ("dinner" if said == "last night" else None)
    kind = _MEAL_NAMES.get(named.lower(), named.lower()) if named else meal_type
    meals = [m for m in await meals_on(context.store, source_day) if kind is None or m.get("meal_type") == kind]
    if not meals or source_day == day:
        return text, []
    if kind is None:
        meals = meals[-1:]  # no meal named: the last one logged that day
    copies = [
        {
            "id": new_meal_id(),
            "date": day,
            "logged_at": utc_now(),
            "meal_type": kind or meal.get("meal_type", "snack"),
            "text": f"same as {source_day}: {meal.get('text', '')}"[:MAX_TEXT],
            "items": [dict(item) for item in meal["items"]],
            "totals": sum_nutrients(meal["items"]),
        }
        for meal in meals
    ]
    return text[: found.start()] + " ; " + text[found.end() :], copies


def new_meal_id() -> str:
    """A fresh meal id."""
    return uuid.uuid4().hex[:12]


def _record_from_items(meal: Mapping[str, Any], items: list[dict[str, Any]], text: str | None = None) -> dict[str, Any]:
    """A new record for `meal` (same day and meal type, and the meal it adds to, if any) holding `items`."""
    return {
        "id": new_meal_id(),
        "date": meal["date"],
        "logged_at": utc_now(),
        "meal_type": meal.get("meal_type", "snack"),
        "text": text if text is not None else meal.get("text", ""),
        "items": items,
        "totals": sum_nutrients(items),
        **({"adds_to": meal["adds_to"]} if meal.get("adds_to") else {"group": meal_group(meal)}),
    }


async def _removal(
    context: ToolContext, meal: Mapping[str, Any], removed: list[dict[str, Any]], replacement: dict[str, Any] | None
) -> dict[str, Any]:
    profile = await context.store.read_profile()
    return {
        "removed": {"meal_id": meal["id"], "date": meal["date"], "meal_type": meal.get("meal_type"), "items": removed},
        "kept": replacement,
        "day": await day_totals(context, meal["date"], profile),
    }


def _content_words(text: str) -> set[str]:
    """The words of a food name that say which food it is ("the big mac" -> {"big", "mac"})."""
    words = set(normalise(alias_words(text)))
    return {w for w in words if w not in FILLER and w not in MODIFIERS and w not in ("a", "an", "the", "my", "that", "it")}


def _item_matches(item: Mapping[str, Any], words: set[str]) -> bool:
    """True when a logged item is the food `words` name (by id, name or alias)."""
    table = load_table()
    food = table.by_id.get(str(item.get("food_id")))
    keywords = food.keywords if food is not None else frozenset(normalise(alias_words(str(item.get("name", "")))))
    return words <= keywords or words <= set(normalise(alias_words(str(item.get("name", "")))))


def _same_food(item: Mapping[str, Any], new: ParsedItem, table: FoodTable) -> bool:
    """True when a logged item and a corrected one are the same food, or kinds of one food
    (an egg and a fried egg, a latte and a grande latte)."""
    if item.get("food_id") == new.food.id:
        return True
    old = table.by_id.get(str(item.get("food_id")))
    if old is None:
        return False
    head = lambda food: set(normalise(alias_words(short_name(food.name)))) - MODIFIERS  # noqa: E731
    return bool(head(old) & head(new.food))


def _as_logged_kind(new: ParsedItem, logged: Mapping[str, Any], table: FoodTable) -> ParsedItem:
    """The corrected item as the kind of food logged, when the correction names the food less
    precisely: "only 2 eggs" after "4 scrambled eggs" is 2 scrambled eggs, not 2 raw ones."""
    old = table.by_id.get(str(logged.get("food_id")))
    said = set(normalise(alias_words(new.said or "")))
    if old is None or old.id == new.food.id or not said or not said <= old.keywords:
        return new
    amount = new.words[: -len(new.said)].strip() if new.said and new.words.endswith(new.said) else ""
    again = parse_meal(f"{amount} {old.aliases[0]}".strip(), table)
    return again.items[0] if len(again.items) == 1 and not again.problems else new


def _as_much_as_logged(new: ParsedItem, logged: Mapping[str, Any], table: FoodTable) -> ParsedItem:
    """A food corrected into another with no amount said ("I meant almond butter") keeps the
    amount logged (2 tbsp), not the new food's usual portion."""
    grams = logged.get("grams")
    if new.words != new.said or new.food.id == logged.get("food_id") or not isinstance(grams, int | float) or grams <= 0:
        return new
    again = parse_meal(f"{grams:g} g {new.food.aliases[0]}", table)
    return again.items[0] if len(again.items) == 1 and not again.problems else new


# Pints said alone, as a correction ("it was 2 pints", "make that 3 pints"): an amount, though
# pints said alone in a log are beer.
PINTS_SAID = re.compile(r"(?:(?:actually |no |sorry |oh )*(?:it was|it were|make (?:that|it)|that was|more like) )?(?:\d+(?:\.\d+)?|a|one|two|three|four|five|half a) (?:(?:us|uk) )?pints?")


def _amount_only(text: str, table: FoodTable) -> str | None:
    """ "make that 3 slices", "it was 200 g": the amount, when the text names no food."""
    parsed: ParsedMeal = parse_meal(f"{text} apple", table)
    if parsed.items and parsed.items[-1].food.id == "apple":
        words = parsed.items[-1].words.rsplit(" ", 1)[0]
        return words if words and words != "apple" else None
    return None


# The sizes a correction may name alone ("it was a 6 inch", "make that a large"), as the parser reads them.
SIZE_SAID = re.compile(r"\b(footlong|sixinch|small|medium|large|regular|tall|grande|venti|kids|single|double|triple)\b")


def _only_a_size(text: str) -> bool:
    """ "a 6 inch", "make it a large one": a correction that names nothing but a size."""
    words = tokenise(SUB_SIZE.sub(sub_size_word, text.lower()))
    rest = [w for w in words if not SIZE_SAID.fullmatch(w) and w not in FILLER and w not in ("a", "an", "one", "make", "that", "it", "sub", "size")]
    return len(words) > len(rest) and not rest


def _resized(text: str, items: list[dict[str, Any]], table: FoodTable) -> tuple[int, ParsedMeal] | None:
    """ "it was a 6 inch not a footlong", "make it a small": the logged food that comes in the
    size named, as (its index, the parse of that size of it); None when no logged item has one."""
    said = SIZE_SAID.findall(" ".join(tokenise(SUB_SIZE.sub(sub_size_word, text.lower()))))
    if len(said) != 1:
        return None
    size = said[0]
    for index in range(len(items) - 1, -1, -1):
        words = " ".join(tokenise(str(items[index].get("said") or items[index].get("words") or "")))
        base = SIZE_SAID.sub(" ", words).split()
        if not base:
            continue
        for candidate in (f"{size} {' '.join(base)}", f"{' '.join(base)} {size}"):
            parsed = parse_meal(candidate, table)
            if len(parsed.items) == 1 and not parsed.unrecognised and parsed.items[0].food.id != items[index].get("food_id"):
                return index, parsed
    return None
