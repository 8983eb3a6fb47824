"""Answers about the meal log: logging what was eaten, taking it back, correcting it, and the
day's or week's summary."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agenthost_ceres import advice
from agenthost_ceres.answer import Answer, Asked, capital, grams, kcal, listing, plural, short_food
from agenthost_ceres.summary_lead import lead_line
from agenthost_ceres.diet_said import diet_notes
from agenthost_ceres.dates import today
from agenthost_ceres.diet import calorie_target
from agenthost_ceres.foods import format_amount, load_table
from agenthost_ceres.meals import MEAL_TYPES
from agenthost_ceres.parser import parse_meal
from agenthost_ceres.policy import SUPPORT_LINE
from agenthost_ceres.understand import Request

MAX_MEAL_LINES = 6


async def log(asked: Asked, request: Request) -> Answer:
    """Log the foods in the message; ask about impossible amounts; never log twice."""
    own_occasion = request.slots.get("add_to_last") and _names_a_day_or_meal(request.slots["text"])
    if request.slots.get("add_to_last") and not own_occasion:
        added = await asked.turn.call_tool("correct_meal", text=request.slots["text"], add_only=True)
        if "error" not in added:
            return _added(asked, added)
    arguments: dict[str, Any] = {"text": SAID_SAME_DAY.sub(" ", request.slots["text"]).strip() if request.slots.get("date") else request.slots["text"]}
    for key in ("meal_type", "date"):
        if request.slots.get(key) and (not own_occasion or (key == "date" and not _names_its_own_day(request.slots["text"]))):
            arguments[key] = request.slots[key]  # "and a banh mi for dinner the same day" after Monday's lunch: Monday's dinner
    result = await asked.turn.call_tool("log_meal", **arguments)
    if "error" in result:
        error = result["error"]
        if "Nothing was logged" in error:
            asked_about = re.findall(r"How (?:many|much) (.+?) did you have\?", error)
            return Answer(error, "log_problem", {"foods": asked_about, "text": request.slots["text"]}, examples=[])
        return Answer(f"Hmm, I couldn't log that. {error}", "log_problem")
    meals, days = result["logged"], result["days"]
    numbers = asked.policy.numbers
    lines: list[str] = []
    for meal in meals:
        when = _when(meal["date"], numbers)
        head = f"Logged your {meal['meal_type']}{' ' + when if when else ''} 🥗"
        if meal.get("meal_type_guessed"):
            head = f"Logged your meal {when} as dinner 🥗 (if it was lunch, say “it was lunch”)"
        if not numbers:
            lines.append(f"{head}: {listing([short_food(item['name']) for item in meal['items']])}.")
            continue
        lines.append(head)
        for item in meal["items"]:
            lines.append(f"• {_named(item)}: {item['amount']} — {kcal(item['kcal'])}, {grams(item['protein_g'])} protein")
        if len(meal["items"]) > 1:
            lines.append(f"This meal: {totals_line(meal['totals'])}")
    if numbers:
        for day in days:
            lines.append(_day_line(day))
    for warning in result.get("warnings", []):
        lines.append(f"⚠️ Heads-up: {warning}.")
    if numbers:
        for note in diet_notes(meals, asked.turn.message, asked.turn.history):
            lines.append(f"⚠️ Heads-up: {note}.")  # "I'm doing keto" earlier, then two bananas
    if result.get("repaired"):
        lines.append("(I read " + listing([f"“{r['typed']}” as {r['read_as']}" for r in result["repaired"]]) + ".)")
    if result["unrecognised"]:
        missed = ", ".join(f"“{word}”" for word in result["unrecognised"])
        lines.append(f"I didn't catch {missed}; tell me what it was (with an amount) and I'll add it.")
    if numbers and not any(day["calorie_target"] for day in days):
        lines.append("Tip: tell me your daily calorie target (“my calorie target is 2000”) and I'll show what's left.")
    first = meals[0]["items"][0]
    examples = [f"remove the {short_food(first['name']).lower()}", _correction_example(first, numbers)]
    last_day = meals[-1]["date"]
    examples.append(
        "what did I eat today?"
        if last_day == today().isoformat()
        else "what did I eat yesterday?"
        if _day_name(last_day) == "yesterday"
        else f"what did I eat on {date.fromisoformat(last_day):%A}?"
    )
    reason = "I matched " + "; ".join(
        f"“{item.get('words') or short_food(item['name'])}” to {item['name']}, {item['amount']}" for meal in meals for item in meal["items"]
    )
    reason += ". " + _sources(meal["items"] for meal in meals) if numbers else "."
    return Answer(
        "\n".join(lines),
        "log",
        slots={"meal_ids": [meal["id"] for meal in meals], "meal_type": meals[-1]["meal_type"], "date": meals[-1]["date"], **_chain_of(meals[-1])},
        reason=reason,
        examples=[e for e in examples if e],
        about=_eaten(item for meal in meals for item in meal["items"]),
    )


def _chain_of(meal: dict[str, Any]) -> dict[str, str]:
    """{"chain": "chipotle"} when the meal is one chain's items (a bowl's fillings), so "forgot, I
    got guac on it too" is that chain's guac; else nothing."""
    prefixes = {str(item.get("food_id") or "").split("_")[0] for item in meal.get("items") or []}
    table = load_table()
    if len(prefixes) == 1 and (chain := prefixes.pop()) and sum(1 for food in table.foods if food.id.startswith(chain + "_")) >= 3:
        return {"chain": chain}
    return {}


def _eaten(items: Any) -> list[str]:
    """The names (and the user's words) of logged items: the subject of a reply about them."""
    return [str(name) for item in items for name in (item.get("name"), item.get("words")) if name]


def _names_a_day_or_meal(text: str) -> bool:
    """ "and a coffee this morning": a meal or day of its own, so not an addition to the last meal."""
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(text, load_table())
    later = re.search(r"\b(?:after|before|later|then|afterwards|post|pre|earlier|tonight|at night|in the evening)\b", text.lower())
    return bool(parsed.days or parsed.meal_type or later)


# The day said as the last one's ("the same day", "that day"): the date carried, no food.
SAID_SAME_DAY = re.compile(r"(?i)\b(?:on |for |later )?(?:that day|that date|the same day|same day|that (?:night|evening))\b|^(?:and |also )?then\b")


# Today said without a date: "and a coffee this morning", "pasta tonight".
TODAY_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|just now|right now|earlier today)\b")


def _names_its_own_day(text: str) -> bool:
    """True when `text` says its own day ("on Tuesday", "this morning"), so the last log's date
    doesn't carry over to it."""
    return bool(parse_meal(text, load_table()).days or TODAY_WORDS.search(text.lower()))


def _added(asked: Asked, result: dict[str, Any]) -> Answer:
    """ "Added a coffee to your breakfast", with the day's totals."""
    meal, numbers = result["corrected"], asked.policy.numbers
    new = [change["now"] for change in result["changes"] if change["was"] is None]
    when = _when(meal["date"], numbers)
    lines = [f"Added to your {meal['meal_type']}{' ' + when if when else ''} 🥗"]
    for item in new:
        lines.append(f"• {item['name']}: {item['amount']} — {kcal(item['kcal'])}, {grams(item['protein_g'])} protein" if numbers else f"• {short_food(item['name'])}")
    if numbers:
        lines.append(f"This meal: {totals_line(meal['totals'])}")
        lines.append(_day_line(result["day"]))
    for warning in result.get("warnings", []):
        lines.append(f"⚠️ Heads-up: {warning}.")
    first = new[0] if new else meal["items"][-1]
    return Answer(
        "\n".join(lines),
        "log",
        slots={"meal_ids": [i for i in (result.get("meal_id"), result.get("added_id")) if i] or [meal["id"]], "meal_type": meal["meal_type"], "date": meal["date"]},
        reason="Added to the meal you logged last, as an entry of its own for the same meal, so nothing is counted twice.",
        examples=[f"remove the {short_food(first['name']).lower()}", "what did I eat today?"],
        about=_eaten(meal["items"]),
    )


def _not_caught(food: str, history: list[dict[str, Any]]) -> bool:
    """True when Ceres' latest answer said she didn't catch `food` ("I didn't catch “dodo”")."""
    last = next((str(r.get("text") or "") for r in reversed(history) if r.get("role") == "assistant"), "")
    missed = re.search(r"I didn't catch (.+?);", last)
    return bool(missed) and f"“{food.lower()}”" in missed.group(1).lower()


async def undo(asked: Asked, request: Request) -> Answer:
    """Take back the last meal, one food of a recent meal, or a named meal of today."""
    arguments: dict[str, Any] = {}
    if request.slots.get("food"):
        arguments["food"] = request.slots["food"]
    elif request.slots.get("meal_type"):
        day = await asked.turn.call_tool("meal_summary", period="day")
        wanted = [m for m in day.get("meals", []) if m.get("meal_type") == request.slots["meal_type"]]
        if not wanted:
            return Answer(f"You haven't logged a {request.slots['meal_type']} today, so there's nothing to remove.", "undo")
        arguments["meal_id"] = wanted[-1]["id"]
    result = await asked.turn.call_tool("delete_meal", **arguments)
    if "error" in result and (food := str(request.slots.get("food") or "")) and _not_caught(food, asked.turn.history):
        # "abeg remove the dodo" when the log said it didn't catch "dodo": nothing of it was logged
        text = f"Nothing to remove: I hadn't logged the {food}, because I didn't catch it, so your meals stay as they were."
        day = await asked.turn.call_tool("meal_summary", period="day")
        if asked.policy.numbers and day.get("meals"):
            text += f"\n{_day_line(day)}"
        return Answer(text, "undo", examples=["what did I eat today?"])
    if "error" in result:
        return Answer(f"I couldn't do that: {result['error']}.", "undo", examples=["what did I eat today?"])
    removed, day = result["removed"], result["day"]
    foods = listing([short_food(item["name"]) for item in removed["items"]])
    when = _when(removed["date"], asked.policy.numbers)
    if result["kept"] is not None:
        text = f"Done: I removed the {foods} from your {removed['meal_type']}{' ' + when if when else ''}."
    else:
        text = f"Done: I removed your {removed['meal_type']}{' ' + when if when else ''} ({foods})."
    if asked.policy.numbers:
        text += f" That was {kcal(sum(item.get('kcal', 0) for item in removed['items']))}.\n" + _day_line(day)
    return Answer(
        text, "undo", examples=["what did I eat today?"], about=_eaten(removed["items"]),
        reason="Undo adds a note to your meal log that takes the entry out; the log itself is never rewritten.",
    )  # fmt: skip


async def correct(asked: Asked, request: Request) -> Answer:
    """Correct the last meal with what it really was (or one food of it with another)."""
    instead = {"instead_of": request.slots["instead_of"]} if request.slots.get("instead_of") else {}
    text = request.slots["text"]
    if request.slots.get("variant"):
        text = await _variant_of_logged(asked, request.slots["variant"], request.slots.get("food") or "") or text
    result = await asked.turn.call_tool("correct_meal", text=text, **instead)
    if "error" in result:
        return Answer(f"I couldn't change that: {result['error']}", "correct", examples=["what did I eat today?"])
    meal, numbers = result["corrected"], asked.policy.numbers
    changes = []
    for change in result["changes"]:
        now = change["now"]
        if now is None:
            changes.append(f"took out {item_words(change['was']) if numbers else short_food(change['was']['name'])}")
            continue
        new = item_words(now) if numbers else short_food(now["name"])
        if change["was"] is None:
            changes.append(f"added {new}")
        else:
            was = change["was"]
            if not numbers:
                changes.append(f"{new} instead of {short_food(was['name'])}")
            elif instead:
                changes.append(f"replaced {item_words(was)} with {new}")  # "scratch the latte, it was a black coffee"
            elif new.split(",")[0] == item_words(was).split(",")[0]:
                changes.append(f"{now['name']} instead of {was['name']}, {new.split(', ', 1)[-1]}")  # the kinds, when the short names are the same
            else:
                changes.append(f"{new} instead of {item_words(was)}")
    when = _when(meal["date"], numbers)
    text = f"Fixed your {meal['meal_type']}{' ' + when if when else ''}: {listing(changes)}."
    if numbers:
        text += f"\nThat meal is now {totals_line(result.get('meal_totals') or meal['totals'])}.\n" + _day_line(result["day"])
    for warning in result.get("warnings", []):
        text += f"\n⚠️ Heads-up: {warning}."
    return Answer(
        text,
        "correct",
        slots={"meal_ids": [meal["id"]], "meal_type": meal["meal_type"], "date": meal["date"]},
        examples=["what did I eat today?"],
        reason="A correction replaces the meal's entry with a new one (the old one is taken out), so nothing is counted twice.",
        about=_eaten([*meal["items"], *(change["was"] for change in result["changes"] if change["was"])]),
    )


async def _variant_of_logged(asked: Asked, variant: str, food: str) -> str | None:
    """ "fat free greek yoghurt" for "it was the fat free one" after 200 g of Greek yogurt: the
    kind said, of the food of the last meal that has it (the one named, when one is)."""
    from agenthost_ceres.meal_log import recent_meals

    meals = await recent_meals(asked.turn.store)
    wanted = set(asked.state.slots.get("meal_ids") or [])
    meal = next((m for m in reversed(meals) if m.get("id") in wanted), meals[-1] if meals else None)
    if meal is None:
        return None
    table = load_table()
    named = {item.food.id for item in parse_meal(food, table).items} if food else set()
    items = sorted(meal["items"], key=lambda item: item.get("food_id") not in named)  # the food named first
    for item in items:
        logged = table.by_id.get(str(item.get("food_id")))
        if logged is None:
            continue
        bases = dict.fromkeys(" ".join(KIND_WORDS.sub(" ", alias).split()) for alias in logged.aliases[:6])  # "semi skimmed milk" -> "milk"
        for words in [*(f"{variant} {base}" for base in bases if base), *([f"{variant} {food}"] if food else [])]:
            parsed = parse_meal(words, table)
            if len(parsed.items) == 1 and not parsed.unrecognised and parsed.items[0].food.id != logged.id and _same_kind(logged.name, parsed.items[0].food.name):
                grams = item.get("grams")
                return f"{grams:g} g {words}" if isinstance(grams, int | float) and grams > 0 else words  # as much as was logged
    return None


# The words that say a food's kind ("semi skimmed", "2%", "diet"), taken off its name before the kind said is put on.
KIND_WORDS = re.compile(
    r"\b(?:semi[- ]skimmed|skimmed|skim|whole|full[- ]fat|reduced[- ]fat|low[- ]fat|fat[- ]free|non[- ]?fat|light|lite|diet|zero|sugar[- ]free|regular|plain)\b|\d+(?:\.\d+)?\s*%|\d+"
)


def _same_kind(old: str, new: str) -> bool:
    """True when two table names share their first word or words ("Greek yogurt, ..." and
    "Greek yogurt, ..."; "milk, whole" and "milk, skim"; "cola" and "diet cola")."""
    first = lambda name: set(re.findall(r"[a-z]+", name.lower().split(",")[0]))  # noqa: E731
    return bool(first(old) & first(new))


def _named(item: dict[str, Any]) -> str:
    """The food's table name, with the user's own word for it when the name doesn't hold it:
    "whole-wheat bread (your wholemeal toast)", "orange juice (your OJ)"."""
    name, said = str(item["name"]), str(item.get("said") or "").strip()
    words = [word for word in re.findall(r"[a-z]+", said.lower()) if len(word) > 2]
    if not said or not words or all(word.rstrip("s") in name.lower() for word in words):
        return name
    return f"{name} (your {said})"


SHARE_WORDS = {0.5: "half", 0.333: "third", 0.25: "quarter", 0.667: "two thirds", 0.75: "three quarters"}


async def portion(asked: Asked, request: Request) -> Answer:
    """Only part of the last meal (or of one food in it) was eaten: its figures scaled down."""
    food = {"food": request.slots["food"]} if request.slots.get("food") else {}
    result = await asked.turn.call_tool("scale_meal", share=request.slots["share"], **food)
    if "error" in result:
        return Answer(f"I couldn't change that: {result['error']}.", "correct", examples=["what did I eat today?"])
    meal, numbers = result["corrected"], asked.policy.numbers
    changes = [
        f"{item_words(change['now'])} instead of {item_words(change['was'])}" if numbers else f"less {short_food(change['now']['name'])}"
        for change in result["changes"]
    ]
    when = _when(meal["date"], numbers)
    share = SHARE_WORDS.get(round(float(request.slots["share"]), 3), "the part")
    text = f"Updated your {meal['meal_type']}{' ' + when if when else ''} to the {share} you ate: {listing(changes)}."
    if numbers:
        text += f"\nThat meal is now {totals_line(result.get('meal_totals') or meal['totals'])}.\n" + _day_line(result["day"])
    return Answer(
        text,
        "correct",
        slots={"meal_ids": [meal["id"]], "meal_type": meal["meal_type"], "date": meal["date"]},
        examples=["what did I eat today?"],
        reason="The meal's entry is replaced by one with the part you ate (the old one is taken out), so nothing is counted twice.",
        about=_eaten(meal["items"]),
    )


async def _last_meal_day(asked: Asked) -> str:
    """The day of the meal logged last ("it was lunch" after a look at yesterday: yesterday's meal stays yesterday's)."""
    from agenthost_ceres.meals import recent_meals

    try:
        meals = await recent_meals(asked.turn.store)
    except Exception:  # the move falls back to today's meal
        return "today"
    return str(meals[-1].get("date") or "today") if meals else "today"


async def move(asked: Asked, request: Request) -> Answer:
    """A meal, or one food of it, logged for the wrong day: moved to the day it was eaten."""
    date = request.slots["date"]
    if request.slots.get("same_day"):  # "that was lunch not breakfast": the last meal, on its own day
        date = str(asked.state.slots.get("date") or "today") if asked.state.intent in ("log", "correct") else await _last_meal_day(asked)
    arguments = {
        "date": date,
        **({"food": request.slots["food"]} if request.slots.get("food") else {}),
        **({"meal_type": request.slots["meal_type"]} if request.slots.get("meal_type") else {}),
    }
    result = await asked.turn.call_tool("move_meal", **arguments)
    if "error" in result:
        return Answer(f"I couldn't move that: {result['error']}.", "move", examples=["what did I eat today?"])
    moved, numbers = result["moved"], asked.policy.numbers
    foods = listing([short_food(item["name"]) for item in moved["items"]])
    to_day, from_day = _when(moved["date"], True) or "today", _when(result["from"]["date"], True) or "today"
    if moved["date"] == result["from"]["date"]:
        lines = [f"Moved: {foods} is now your {moved['meal_type']}{'' if to_day == 'today' else ' ' + to_day}, not your {result['from'].get('meal_type') or 'other meal'}."]
    else:
        verb = "are" if len(moved["items"]) > 1 else "is"
        lines = [f"Moved: {foods} {verb} now logged {to_day} (as {moved['meal_type']}), not {from_day}."]
    if numbers:
        lines += [_day_line(day) for day in result["days"]]
    return Answer(
        "\n".join(lines),
        "log",
        slots={"meal_ids": [moved["id"]], "meal_type": moved["meal_type"], "date": moved["date"]},
        reason="Moving writes the food as a meal of its own on the right day and takes it out of the old entry; nothing is counted twice.",
        examples=list(dict.fromkeys(["what did I eat today?", f"what did I eat {to_day}?"])),
        about=_eaten(moved["items"]),
    )


async def summary(asked: Asked, request: Request) -> Answer:
    """A day's or a week's meals and totals against the target."""
    period, day = request.slots.get("period", "day"), request.slots.get("date")
    if period == "day" and len(request.slots.get("dates") or ()) > 1 and not request.slots.get("drinks"):
        return await _days_summary(asked, request.slots["dates"])
    result = await asked.turn.call_tool("meal_summary", period=period, **({"date": day} if day else {}))
    if "error" in result:
        return Answer(f"I couldn't put the summary together: {result['error']}", "summary")
    slots = {"period": period, "date": result.get("date") or result.get("last")}
    if (said := request.slots.get("target")) and period == "day" and result.get("totals"):
        eaten = result["totals"]["kcal"]  # "what's left if I'm aiming for 2000?": against that aim
        result = {**result, "calorie_target": said, "target_source": "said", "percent_of_target": round(100 * eaten / said), "remaining_kcal": round(said - eaten)}
    if request.slots.get("drinks") and period == "day":
        answer = _drinks_summary(asked, result, slots)
        answer.about = list(result.get("drinks_ml") or {})
        return answer
    if period == "day" and request.slots.get("part") and result.get("meal_count"):
        return _part_summary(asked, result, slots, request.slots["part"])
    if period == "day":
        answer = _day_summary(asked, result, slots)
        if (nutrient := request.slots.get("nutrient")) and result.get("meal_count") and asked.policy.numbers:
            lead = lead_line(nutrient, result["totals"], _day_name(result["date"]), result["date"] == today().isoformat())
            answer.text = f"{lead}\n{answer.text}"  # "how much protein have I had so far today?": that first
        answer.about = [food for meal in result.get("meals", []) for food in (meal.get("foods") or [meal.get("text") or ""])]
        return answer
    return _week_summary(asked, result, slots)


async def _days_summary(asked: Asked, days: list[str]) -> Answer:
    """Several named days in one reply ("yesterday and today"), each as its own day summary."""
    parts: list[Answer] = []
    for day in days[:7]:
        result = await asked.turn.call_tool("meal_summary", period="day", date=day)
        if "error" in result:
            return Answer(f"I couldn't put the summary together: {result['error']}", "summary")
        part = _day_summary(asked, result, {"period": "day", "date": result["date"]})
        part.about = [food for meal in result.get("meals", []) for food in (meal.get("foods") or [meal.get("text") or ""])]
        parts.append(part)
    last = parts[-1]
    return Answer(
        "\n\n".join(part.text for part in parts),
        "summary",
        last.slots,
        reason=last.reason,
        examples=last.examples,
        about=[food for part in parts for food in part.about],
    )


def item_words(item: dict[str, Any]) -> str:
    """A logged item as people say it: "2 scrambled eggs (122 g)" for counted foods, else the
    food and its amount ("white rice, 1 cup (158 g)")."""
    food = load_table().by_id.get(str(item.get("food_id")))
    quantity = item.get("quantity")
    if food is not None and item.get("unit") == "each" and "each" in food.units and isinstance(quantity, int | float) and quantity > 0:
        alias = food.aliases[0] if food.aliases else short_food(food.name)
        said = alias if quantity <= 1 else plural(alias)
        return f"{format_amount(quantity)} {said} ({item.get('grams', 0):.0f} g)"
    return f"{short_food(item['name'])}, {item['amount']}"


def totals_line(totals: dict[str, float]) -> str:
    """ "702 kcal · 65 g protein · 72 g carbs · 16 g fat · 6.1 g fibre"."""
    return (
        f"{kcal(totals['kcal'])} · {grams(totals['protein_g'])} protein · {grams(totals['carbs_g'])} carbs · "
        f"{grams(totals['fat_g'])} fat · {grams(totals['fibre_g'])} fibre"
    )


def _meal_lines(meals: list[dict[str, Any]]) -> list[str]:
    """One line a meal; past MAX_MEAL_LINES, one line a kind of meal (breakfast, lunch, dinner,
    snacks) with every food, so a long day is listed whole and the reply stays short."""
    if len(meals) <= MAX_MEAL_LINES:
        return [f"• {meal['meal_type']}: {', '.join(meal.get('foods') or []) or meal.get('text') or ''} — {kcal(meal['kcal'])}" for meal in meals]
    kinds: dict[str, list[dict[str, Any]]] = {kind: [] for kind in MEAL_TYPES}
    for meal in meals:
        kinds[meal.get("meal_type") if meal.get("meal_type") in kinds else "snack"].append(meal)
    lines = []
    for kind, those in kinds.items():
        if those:
            foods = ", ".join(food for meal in those for food in (meal.get("foods") or [meal.get("text") or ""]))
            label = "snacks" if kind == "snack" and len(those) > 1 else kind
            lines.append(f"• {label}: {foods} — {kcal(sum(float(meal['kcal']) for meal in those))}")
    return lines


def _day_summary(asked: Asked, result: dict[str, Any], slots: dict[str, Any]) -> Answer:
    name = _day_name(result["date"])
    examples = ["and yesterday?", "this week?"] if result["date"] == today().isoformat() else ["and today?", "this week?"]
    target = result["calorie_target"]
    if not result["meal_count"]:
        text = f"Nothing logged for {name}{' yet' if result['date'] == today().isoformat() else ''}"
        if not asked.policy.numbers:
            return Answer(text + ". Tell me what you eat (e.g. “I had eggs on toast”) and I'll note it.", "summary", slots, examples=examples)
        text += f" ({result['date']}). Tell me what you eat — e.g. “I had 2 eggs and a banana” — and I'll keep the tally."
        if target and asked.policy.numbers:
            text += f"\nYour target is {kcal(target)}{' (estimated from your profile)' if result['target_source'] == 'estimated' else ''}."
        return Answer(text, "summary", slots, examples=examples)
    if not asked.policy.numbers:
        lines = [f"Here's what you logged {name}:"]
        lines += [f"• {meal['meal_type']}: {', '.join(meal['foods']) or meal.get('text') or ''}" for meal in result["meals"]]
        lines.append("Regular meals through the day are a great foundation. " + SUPPORT_LINE)
        return Answer("\n".join(lines), "summary", slots, examples=examples)
    totals, split, meals = result["totals"], result["macro_split"], result["meal_count"]
    head = f"{capital(name)} ({result['date']}): {kcal(totals['kcal'])} from {meals} meal{'s' if meals != 1 else ''}"
    if target:
        head += f" — {result['percent_of_target']}% of your {kcal(target)} target, " + _left(result["remaining_kcal"])
    lines = [
        head + ".",
        f"Protein {grams(totals['protein_g'])} ({split['protein_pct']}%) · carbs {grams(totals['carbs_g'])} ({split['carbs_pct']}%) · "
        f"fat {grams(totals['fat_g'])} ({split['fat_pct']}%) · fibre {grams(totals['fibre_g'])}",
    ]
    lines += _meal_lines(result["meals"])
    tip = advice.summary_tip(totals, split, result["remaining_kcal"])
    if tip:
        lines.append(tip)
    reason = f"These are the {meals} meal{'s' if meals != 1 else ''} in your log dated {result['date']}, added up."
    if target:
        reason += f" Your target of {kcal(target)} is " + (
            "the one you set." if result["target_source"] == "profile" else "estimated from your profile (Mifflin-St Jeor × activity)."
        )
    return Answer("\n".join(lines), "summary", slots, reason=reason, examples=examples)


# The meals of each part of the day, and the hours (UTC, as logged) a snack belongs to it.
PART_MEALS = {"morning": ("breakfast",), "afternoon": ("lunch",), "evening": ("dinner",)}
PART_HOURS = {"morning": range(0, 12), "afternoon": range(12, 18), "evening": range(18, 24)}


def _in_part(meal: dict[str, Any], part: str) -> bool:
    """True when a meal of the day belongs to `part`: its meal, or a snack logged in its hours."""
    if meal.get("meal_type") in PART_MEALS[part]:
        return True
    if meal.get("meal_type") != "snack":
        return False
    stamp = str(meal.get("logged_at") or "")
    hour = int(stamp[11:13]) if re.match(r"\d{4}-\d\d-\d\dT\d\d", stamp) else None
    return hour in PART_HOURS[part] if hour is not None else part == "afternoon"  # a snack said with no time: the afternoon's


def _part_summary(asked: Asked, result: dict[str, Any], slots: dict[str, Any], part: str) -> Answer:
    """ "what's logged for this afternoon?": that part of today's meals, then the whole day."""
    meals = [meal for meal in result["meals"] if _in_part(meal, part)]
    examples = ["what did I eat today?", "and yesterday?"]
    if not meals:
        return Answer(f"Nothing logged for this {part} yet. Tell me what you had and I'll add it.", "summary", slots, examples=examples)
    numbers = asked.policy.numbers
    lines = [f"This {part}:"]
    for meal in meals:
        foods = ", ".join(meal.get("foods") or []) or meal.get("text") or ""
        lines.append(f"• {meal['meal_type']}: {foods}" + (f" — {kcal(meal['kcal'])}" if numbers else ""))
    if numbers:
        lines.append(f"This {part} so far: {kcal(sum(meal['kcal'] for meal in meals))}; the whole day: {kcal(result['totals']['kcal'])}.")
    return Answer(
        "\n".join(lines), "summary", slots, reason=f"The {part}'s meals are its {' and '.join(PART_MEALS[part])} and the snacks logged then.",
        examples=examples, about=[food for meal in meals for food in (meal.get("foods") or [])],
    )


def _drinks_summary(asked: Asked, result: dict[str, Any], slots: dict[str, Any]) -> Answer:
    drinks = result.get("drinks_ml") or {}
    name = _day_name(result["date"])
    if not drinks:
        return Answer(
            f"You haven't logged any drinks {name}. Tell me (“I drank 2 glasses of water”) and I'll keep count; "
            "most adults need about 6-8 glasses of fluid a day.",
            "summary",
            slots,
            examples=["I drank 2 glasses of water"],
        )
    if not asked.policy.numbers:
        return Answer(f"{capital(name)} you've logged {listing(list(drinks))}. Sipping through the day is a good habit.", "summary", slots)
    total = sum(drinks.values())
    listed = listing([f"{ml / 1000:.1f} L of {drink}" if ml >= 1000 else f"{ml:.0f} ml of {drink}" for drink, ml in drinks.items()])
    text = f"{capital(name)} you've logged about {total / 1000:.1f} L of drinks: {listed}."
    if asked.policy.numbers:
        text += " Most adults need about 2 L (women) to 2.5 L (men) of water a day from drinks and food (EFSA)."
    return Answer(text, "summary", slots, reason="Drinks logged today, counting 1 ml as about 1 g.", examples=["what did I eat today?"])


WEEK_FOODS_SHOWN = 4  # foods named on a day's line of the week, the rest counted


def _week_summary(asked: Asked, result: dict[str, Any], slots: dict[str, Any]) -> Answer:
    first, last = date.fromisoformat(result["first"]), date.fromisoformat(result["last"])
    span = f"{first:%a %d %b} – {last:%a %d %b}"
    label = "The last 7 days" if result["period"] == "7_days" else ("This week" if last == today() else "That week")
    examples = ["last week?", "and today?"] if label == "This week" else ["this week?", "and today?"]
    if not result["meal_count"]:
        shown = f"{label} ({span})" if asked.policy.numbers else label
        return Answer(f"{shown}: nothing logged yet. Tell me what you eat and I'll keep the tally.", "summary", slots, examples=examples)
    days_total = len(result["days"])
    if not asked.policy.numbers:
        lines = [f"{label} you logged meals on these days:"]
        for day in result["days"]:
            lines.append(f"• {day['weekday']}: {'logged' if day['meal_count'] else 'nothing logged'}")
        lines.append(SUPPORT_LINE)
        return Answer("\n".join(lines), "summary", slots, examples=examples)
    average, target = result["daily_average"], result["calorie_target"]
    total = sum(day["totals"]["kcal"] for day in result["days"] if day["meal_count"])
    head = (
        f"{label} ({span}): {kcal(total)} in total, {result['days_logged']} of {days_total} days logged, "
        f"averaging {kcal(average['kcal'])} a day"
    )
    head += f" against your {kcal(target)} target." if target else "."
    lines = [head]
    for day in result["days"]:
        if not day["meal_count"]:
            lines.append(f"• {day['weekday'][:3]}: nothing logged")
            continue
        versus = day["versus_target"]
        extra = "" if versus is None else f" ({abs(versus):,} {'over' if versus > 0 else 'under'})"
        foods = day.get("foods") or []
        had = f" ({', '.join(foods[:WEEK_FOODS_SHOWN])}{f' +{len(foods) - WEEK_FOODS_SHOWN} more' if len(foods) > WEEK_FOODS_SHOWN else ''})" if foods else ""
        lines.append(f"• {day['weekday'][:3]}: {kcal(day['totals']['kcal'])}{extra} · {grams(day['totals']['protein_g'])} protein{had}")  # "what have I eaten this week?": the foods too
    split = result["macro_split"]
    lines.append(
        f"Daily average: {grams(average['protein_g'])} protein ({split['protein_pct']}%), {grams(average['carbs_g'])} carbs "
        f"({split['carbs_pct']}%), {grams(average['fat_g'])} fat ({split['fat_pct']}%), {grams(average['fibre_g'])} fibre."
    )
    if average["fibre_g"] < 20:
        lines.append("Fibre is on the low side: beans, oats, fruit and whole grains are easy wins (30 g a day is the UK guide).")
    reason = f"I added up the meals in your log dated {result['first']} to {result['last']}; the average is over the days you logged."
    return Answer("\n".join(lines), "summary", slots, reason=reason, examples=examples)


def _day_line(day: dict[str, Any]) -> str:
    name = _day_name(day["date"])
    line = f"{capital(name)} so far ({day['meal_count']} meal{'s' if day['meal_count'] != 1 else ''}): {totals_line(day['totals'])}"
    if day["date"] != today().isoformat():
        line = line.replace(" so far", "")
    if day["calorie_target"]:
        target_text = f"your {kcal(day['calorie_target'])} target" + (" (estimated)" if day["target_source"] == "estimated" else "")
        remaining = day["remaining_kcal"]
        line += f" — {remaining:,} kcal left of {target_text}." if remaining >= 0 else f" — {abs(remaining):,} kcal over {target_text}."
    return line


def _day_name(day: str) -> str:
    """ "today", "yesterday", or "Monday 5 May"."""
    difference = (today() - date.fromisoformat(day)).days
    if difference == 0:
        return "today"
    if difference == 1:
        return "yesterday"
    return f"{date.fromisoformat(day):%A} {date.fromisoformat(day).day} {date.fromisoformat(day):%B}"


def _when(day: str, numbers: bool = True) -> str:
    """"" for today, else "yesterday" / "on Monday 5 May" ("on Monday" when no numbers may be shown)."""
    name = _day_name(day)
    if name in ("today", "yesterday"):
        return "" if name == "today" else name
    return f"on {name}" if numbers else f"on {date.fromisoformat(day):%A}"


def _left(remaining: int) -> str:
    return f"{remaining:,} kcal left" if remaining >= 0 else f"{abs(remaining):,} kcal over"


def _correction_example(item: dict[str, Any], numbers: bool) -> str:
    food = load_table().by_id.get(item["food_id"])
    if food is None:
        return ""
    alias = food.aliases[0]
    if "each" in food.units and item.get("unit") in (None, "each"):
        # a number other than the one logged: "actually it was two eggs" after 2 eggs changed nothing
        count = "three" if round(float(item.get("quantity") or 1)) == 2 else "two"
        return f"actually it was {count} {plural(alias)}"
    return f"actually it was half a cup of {alias}" if "cup" in food.units and item.get("unit") != "cup" else ""


def _sources(groups: Any) -> str:
    table = load_table()
    sources = []
    for items in groups:
        for item in items:
            food = table.by_id.get(item["food_id"])
            if food is not None:
                sources.append(food.source)
    return "Figures: " + "; ".join(dict.fromkeys(sources)) + "."


MEAL_PROTEIN_G = 20  # the low end of a meal's protein (ISSN position stand, Jäger et al. 2017: 20-40 g a meal)
NUTRIENT_WORDS = {"kcal": "kcal", "protein_g": "protein", "carbs_g": "carbs", "fat_g": "fat", "fibre_g": "fibre"}


async def logged_detail(asked: Asked, request: Request) -> Answer:
    """ "How many calories was that?", "how much protein was in it?" after a log: the figures
    of the meals just logged (or corrected)."""
    slots = dict(request.slots)
    ids = set(slots.get("meal_ids") or [])
    result = await asked.turn.call_tool("meal_summary", period="day", **({"date": slots["date"]} if slots.get("date") else {}))
    meals = [meal for meal in result.get("meals", []) if meal.get("id") in ids] if "error" not in result else []
    if not meals:
        return Answer("I can't find that meal in your log any more (it may have been removed). Try “what did I eat today?”.", "log", slots)
    eaten = [food for meal in meals for food in meal.get("foods", [])]
    names = listing(eaten)
    kind = meals[-1].get("meal_type") or "meal"
    if len({(meal.get("date"), meal.get("meal_type")) for meal in meals}) > 1:
        kind = f"{len(meals)} meals" if len({meal.get("meal_type") for meal in meals}) == len(meals) else "meals"  # a whole day logged at once
    when = _when(meals[-1].get("date") or slots.get("date") or today().isoformat(), asked.policy.numbers)
    if not asked.policy.numbers:
        return Answer(f"Your {kind}{' ' + when if when else ''}: {names}. I'll leave the numbers out for now.", "log", slots, about=eaten)
    totals = {key: round(sum(float(meal.get(key) or 0) for meal in meals), 1) for key in NUTRIENT_WORDS}
    asked_for = slots.pop("nutrient", None)
    if food := slots.pop("food", None):
        items = await _logged_items(asked, ids, str(food))
        if items:
            # "how much of that was the beer": that food's share of the meal
            part = {key: round(sum(float(item.get(key) or 0) for item in items), 1) for key in NUTRIENT_WORDS}
            said = listing([item_words(item) for item in items])
            whose = kind + ("'" if kind.endswith("s") else "'s")  # "your dinner's", "your 3 meals'"
            figure = f"**{grams(part[asked_for])} {NUTRIENT_WORDS[asked_for]}**" if asked_for in NUTRIENT_WORDS and asked_for != "kcal" else f"**{kcal(part['kcal'])}**"
            text = f"The {food} ({said}) came to {figure} of your {whose} {kcal(totals['kcal'])}.\n{totals_line(part)}"
            return Answer(text, "log", slots, reason="Each food's figures at the amount logged (USDA FoodData Central, or the maker's published values).",
                          examples=["what did I eat today?"], about=[short_food(item["name"]) for item in items])
    head = f"Your {kind}{' ' + when if when else ''} ({names})"
    if asked_for in NUTRIENT_WORDS and asked_for != "kcal":
        text = f"{head} had **{grams(totals[asked_for])} {NUTRIENT_WORDS[asked_for]}**, in {kcal(totals['kcal'])}."
    else:
        text = f"{head} came to **{kcal(totals['kcal'])}**."
    text += f"\n{totals_line(totals)}"
    reason = "The sum of each food's figures at the amount logged (USDA FoodData Central, or the chain's published values)."
    if slots.pop("enough", None) and asked_for == "protein_g":
        # "had eggs for breakfast, is that enough protein?": that meal against a meal's worth, not a day's
        enough = totals["protein_g"] >= MEAL_PROTEIN_G
        text += "\n" + (f"That's a good amount for one meal: about {MEAL_PROTEIN_G}-30 g at each meal covers most adults' needs." if enough else
                        f"That's on the light side for one meal: about {MEAL_PROTEIN_G}-30 g at each meal covers most adults' needs. Greek yogurt, milk, beans, tofu or another egg would top it up.")
        reason += f" About {MEAL_PROTEIN_G}-30 g of protein a meal: ISSN position stand on protein and exercise (Jäger et al. 2017)."
    return Answer(
        text,
        "log",
        slots,
        reason=reason,
        examples=["and protein?" if asked_for in (None, "kcal") else "and calories?", "what did I eat today?"],
        about=eaten,
    )


async def _logged_items(asked: Asked, ids: set[str], food: str) -> list[dict[str, Any]]:
    """The items of the meals `ids` that are the food `food` names ("the beer": the Bud Lights)."""
    from agenthost_ceres.meal_log import _content_words, _item_matches
    from agenthost_ceres.meals import recent_meals

    words = _content_words(food)
    named = {item.food.id for item in parse_meal(food, load_table()).items}
    meals = [meal for meal in await recent_meals(asked.turn.store) if meal.get("id") in ids]
    return [item for meal in meals for item in meal["items"] if item.get("food_id") in named or (words and _item_matches(item, words))]


async def meal_judge(asked: Asked, request: Request) -> Answer:
    """ "Is that a lot?" after logging a meal: the meal against an adult's day (or the user's
    target), and what to do about a big one, never a reason to skip the next meal."""
    date = str(asked.state.slots.get("date") or "") or None
    result = await asked.turn.call_tool("meal_summary", period="day", **({"date": date} if date else {}))
    ids = set(asked.state.slots.get("meal_ids") or [])
    meals = [m for m in (result.get("meals") or []) if m.get("id") in ids] if "error" not in result else []
    if not meals:
        return Answer("Tell me which meal you mean and I'll put it against a day's needs.", "guidance", examples=["what did I eat today?"])
    if not asked.policy.numbers:
        return Answer("Every meal can fit into a day of regular eating; I'll leave the numbers out for now. " + SUPPORT_LINE, "meal_judge")
    total = sum(float(m.get("kcal") or 0) for m in meals)
    target, _ = calorie_target(asked.turn.profile or {})
    day = target or REFERENCE_DAY_KCAL
    share = 100 * total / day
    size = "a big meal" if share >= 40 else "a good-sized meal" if share >= 25 else "a light meal"
    against = f"your {kcal(day)} target" if target else f"an adult's {kcal(day)} reference day"
    lines = [f"That meal is {kcal(total)}: about {share:.0f}% of {against}, so {size}."]
    # a snack by the clock that is a meal's size ("ate a whole pizza lol" at 4pm) is judged as the meal it is
    if SNACKS_ASKED.search(asked.turn.message) or all(m.get("meal_type") == "snack" for m in meals) and share < 25:
        # "is that a lot for snacks lol": against a snack's usual size, then the day it sits in
        so_far = float(result.get("totals", {}).get("kcal") or total) if "error" not in result else total
        verdict = "more than" if total > SNACK_KCAL[1] else "about" if total >= SNACK_KCAL[0] else "under"
        lines = [
            f"Those snacks come to {kcal(total)}: {verdict} the {SNACK_KCAL[0]}–{SNACK_KCAL[1]} kcal of a typical adult snack, "
            + ("about a light meal's worth." if total > SNACK_KCAL[1] else "a normal amount."),
            f"It depends on the rest of your day: what counts is the total ({kcal(so_far)} so far today against {against}). "
            "Fine if your meals fit around them; whole foods like fruit, nuts and yogurt are good picks; the sweet or salty packet ones are the bit to trim if you want less.",
        ]
    elif share >= 40:
        lines.append(
            "That's fine now and then: no need to skip your next meal; keep the rest of the day lighter, with protein and "
            "vegetables, and drink water. What counts is your week, not one meal."
        )
    return Answer(
        "\n".join(lines), "meal_judge", dict(asked.state.slots),
        reason="Measured against your daily target, or the UK/EU adult reference intake of 2,000 kcal when you haven't set one.",
        examples=["what did I eat today?", "why?"],
    )


REFERENCE_DAY_KCAL = 2000  # the UK/EU adult reference intake (Regulation (EU) 1169/2011, Annex XIII)
SNACK_KCAL = (100, 200)  # an adult snack (NHS Better Health: healthier snacks), as the everyday snacks answer says
SNACKS_ASKED = re.compile(r"(?i)\bsnacks?\b")
