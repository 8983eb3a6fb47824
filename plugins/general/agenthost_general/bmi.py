"""Body mass index from the weight and height in the profile, read against the WHO adult
categories, with what BMI cannot tell (muscle, age, family background).

    >>> bmi(85, 182)
    25.7
    >>> category(25.7)
    ('overweight', '25-29.9')
"""

from __future__ import annotations

from typing import Any

# WHO adult categories: (upper bound, name, range as written).
CATEGORIES = (
    (18.5, "underweight", "under 18.5"),
    (25.0, "healthy", "18.5-24.9"),
    (30.0, "overweight", "25-29.9"),
    (float("inf"), "obese", "30 or more"),
)
HEALTHY_FROM, HEALTHY_BELOW = 18.5, 24.9  # the WHO healthy range, as weights for a height
ADULT_FROM = 18  # under this age BMI is read on age- and sex-specific centile charts
SOURCES = (
    "WHO, A healthy lifestyle: WHO recommendations (BMI categories for adults) "
    "(https://www.who.int/europe/news-room/fact-sheets/item/a-healthy-lifestyle---who-recommendations); "
    "NICE CG189, Obesity: identification, assessment and management (lower thresholds for some family "
    "backgrounds; waist-to-height ratio) (https://www.nice.org.uk/guidance/cg189)"
)


def bmi(weight_kg: float, height_cm: float) -> float:
    """Weight in kg over height in metres squared, to one decimal."""
    return round(weight_kg / (height_cm / 100) ** 2, 1)


def category(value: float) -> tuple[str, str]:
    """The WHO adult category of a BMI and its range: ("overweight", "25-29.9")."""
    for upper, name, written in CATEGORIES:
        if value < upper:
            return name, written
    return CATEGORIES[-1][1], CATEGORIES[-1][2]


def numbers(profile: dict[str, Any]) -> tuple[float, float] | None:
    """(weight in kg, height in cm) from the profile, when it holds both as real numbers."""
    weight, height = profile.get("weight_kg"), profile.get("height_cm")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in (weight, height)):
        return None
    return float(weight), float(height)
