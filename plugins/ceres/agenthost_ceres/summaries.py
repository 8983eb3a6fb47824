"""Summaries of the meal log: one day (meals, totals, macro split, target) or a week (each
day's totals against the target, the average, and the week's totals).

Both read only the part of the log they need (see `meals.meals_between`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from host.types import ToolContext, ToolError

from agenthost_ceres.dates import resolve_date, today
from agenthost_ceres.diet import calorie_target as profile_calorie_target
from agenthost_ceres.foods import load_table
from agenthost_ceres.meal_log import short_name
from agenthost_ceres.meals import MEAL_TYPES, days_in, macro_split, meal_totals, meals_between, meals_on, merge_additions, week_of

PERIODS = ("day", "week", "7_days")


async def meal_summary(context: ToolContext, period: str = "day", date: str | None = None) -> dict[str, Any]:
    """A summary of one `period`: "day" (the day `date`), "week" (Monday to Sunday of the week
    with `date`, up to today) or "7_days" (the seven days ending on `date`)."""
    if period not in PERIODS:
        raise ToolError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    if period == "day":
        return {"period": "day", **(await daily_summary(context, date))}
    return await week_summary(context, period, date)


async def daily_summary(context: ToolContext, date: str | None = None) -> dict[str, Any]:
    """Totals for one day against the user's calorie target, with the macro split and meals."""
    day = resolve_date(date)
    meals = merge_additions(await meals_on(context.store, day))
    totals = meal_totals(meals)
    profile = await context.store.read_profile()
    target, source = profile_calorie_target(profile)
    by_meal = {kind: 0.0 for kind in MEAL_TYPES}
    for meal in meals:
        kind = meal.get("meal_type") if meal.get("meal_type") in by_meal else "snack"
        by_meal[kind] += float((meal.get("totals") or {}).get("kcal", 0))
    return {
        "date": day,
        "meal_count": len(meals),
        "meals": [
            {
                "id": meal.get("id"),
                "meal_type": meal.get("meal_type"),
                "text": meal.get("text"),
                "foods": [_food_as_said(item) for item in meal.get("items") or [] if isinstance(item, dict)],
                **{key: (meal.get("totals") or {}).get(key, 0) for key in ("kcal", "protein_g", "carbs_g", "fat_g", "fibre_g")},
                "logged_at": meal.get("logged_at"),
            }
            for meal in meals
        ],
        "totals": totals,
        "drinks_ml": _drinks(meals),
        "kcal_by_meal": {kind: round(kcal) for kind, kcal in by_meal.items()},
        "macro_split": macro_split(totals),
        "calorie_target": target,
        "target_source": source,
        "remaining_kcal": round(target - totals["kcal"]) if target else None,
        "percent_of_target": round(100 * totals["kcal"] / target) if target else None,
    }


async def week_summary(context: ToolContext, period: str, date: str | None = None) -> dict[str, Any]:
    """Each day's kcal and macros, the days logged, the daily average and the week's totals."""
    end = min(resolve_as_date(date), today())
    if period == "week":
        first, last = week_of(end)
        last = min(last, today())
    else:
        first, last = end - timedelta(days=6), end
    meals = await meals_between(context.store, first.isoformat(), last.isoformat())
    profile = await context.store.read_profile()
    target, source = profile_calorie_target(profile)
    days = []
    for day in days_in(first, last):
        todays = [meal for meal in meals if meal.get("date") == day.isoformat()]
        totals = meal_totals(todays)
        days.append(
            {
                "date": day.isoformat(),
                "weekday": day.strftime("%A"),
                "meal_count": len(todays),
                "foods": list(dict.fromkeys(_food_as_said(item) for meal in todays for item in meal.get("items") or [] if isinstance(item, dict))),
                "totals": totals,
                "versus_target": round(totals["kcal"] - target) if target and todays else None,
            }
        )
    logged = [day for day in days if day["meal_count"]]
    totals = meal_totals(meals)
    average = {name: round(value / len(logged), 1) for name, value in totals.items()} if logged else None
    return {
        "period": period,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "days": days,
        "days_logged": len(logged),
        "meal_count": len(meals),
        "totals": totals,
        "daily_average": average,
        "macro_split": macro_split(totals),
        "calorie_target": target,
        "target_source": source,
        "days_over_target": sum(1 for day in logged if (day["versus_target"] or 0) > 0) if target else None,
    }


def _drinks(meals: list[dict[str, Any]]) -> dict[str, float]:
    """Millilitres of each drink logged (water, coffee, tea, milk, juice...), about 1 g per ml."""
    table = load_table()
    drinks: dict[str, float] = {}
    for meal in meals:
        for item in meal.get("items") or []:
            food = table.by_id.get(str(item.get("food_id"))) if isinstance(item, dict) else None
            if food is not None and (food.category == "drinks" or food.id.startswith("milk_") or food.id.endswith("_juice")):
                name = _food_as_said(item)
                drinks[name] = round(drinks.get(name, 0.0) + float(item.get("grams", 0)), 0)
    return drinks


def _food_as_said(item: dict[str, Any]) -> str:
    """A logged food in the user's words when we have them ("chocolate milkshake"), else its
    short name ("Big Mac")."""
    said = item.get("said")
    return said if isinstance(said, str) and said else short_name(item.get("name", "?"))


def resolve_as_date(value: str | None) -> date:
    """`resolve_date` as a `date`."""
    return date.fromisoformat(resolve_date(value))
