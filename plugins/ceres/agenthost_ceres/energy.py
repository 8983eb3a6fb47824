"""Energy and protein needs from a person's body and goal: estimates, with their method, their
limits and their sources, so an answer can say how it was worked out.

- Resting energy: Mifflin-St Jeor (Mifflin et al., Am J Clin Nutr 1990), the equation the
  Academy of Nutrition and Dietetics found most accurate for healthy adults.
- Activity: the usual physical-activity multipliers (1.2 sedentary ... 1.9 very hard work).
- Goals: a deficit of about 500 kcal a day loses about 0.5 kg a week (NHS, NICE CG189 advise
  a 600 kcal deficit); loss is capped at 1 kg a week and intake never goes under the floor
  (1,200 kcal for women, 1,500 for men, as NIH/NHLBI guidance puts it); a gain adds 300 kcal.
- Protein: 0.83 g/kg for adults (WHO/FAO/UNU 2007, EFSA 2012); 1.0-1.2 g/kg from 65
  (PROT-AGE 2013); 1.4-2.0 g/kg with regular training (ISSN position stand, Jäger et al. 2017),
  towards the top while losing weight; 1.6-2.2 g/kg to build muscle (Morton et al., Br J Sports
  Med 2018).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import asdict, frozen

ACTIVITY_FACTORS = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}
ACTIVITY_LABELS = {
    "sedentary": "mostly sitting",
    "light": "lightly active (exercise 1-3 days a week)",
    "moderate": "moderately active (exercise 3-5 days a week)",
    "active": "very active (hard exercise 6-7 days a week)",
    "very_active": "extremely active (physical job and training)",
}
DEFAULT_ACTIVITY = "light"
FLOOR_KCAL = {"female": 1200, "male": 1500}
DEFAULT_FLOOR_KCAL = 1200
KCAL_PER_KG = 7700  # energy in 1 kg of body fat, roughly
DEFAULT_LOSS_KG_WEEK = 0.5
MAX_LOSS_KG_WEEK = 1.0
GAIN_KCAL = 300

ENERGY_SOURCE = "Mifflin-St Jeor equation (Am J Clin Nutr 1990) with a standard activity factor"
LOSS_SOURCE = "NHS weight-loss guidance: 0.5-1 kg a week; NIH floors of 1,200 kcal (women) / 1,500 kcal (men)"
PROTEIN_SOURCES = {
    "adult": "WHO/FAO/UNU 2007 and EFSA 2012: 0.83 g per kg a day for adults",
    "older": "PROT-AGE study group 2013: 1.0-1.2 g per kg a day from age 65",
    "training": "ISSN position stand on protein and exercise (Jäger et al. 2017): 1.4-2.0 g per kg a day",
    "muscle": "Morton et al., Br J Sports Med 2018 (meta-analysis of 49 trials): gains level off at about 1.6 g per kg a day, up to 2.2 g/kg",
    "cutting": "ISSN position stand on protein and exercise (Jäger et al. 2017): 1.6-2.2 g per kg a day (up to 2.3-3.1 g per kg of lean mass for lean lifters) keeps muscle in a calorie deficit",
    "losing": "Leidy et al., The role of protein in weight loss and maintenance, Am J Clin Nutr 2015: 1.2-1.6 g per kg a day while losing weight",
}


@frozen
class Body:
    """What an estimate needs: weight, height, age, sex and activity (any may be unknown)."""

    weight_kg: float | None = None
    height_cm: float | None = None
    age: float | None = None
    sex: str | None = None
    activity: str | None = None

    @classmethod
    def from_profile(cls, profile: Mapping[str, Any] | None) -> Body:
        """The body facts in `profile` (General's keys), ignoring implausible values."""
        profile = profile or {}
        sex = str(profile.get("sex", "")).lower() or None
        activity = profile.get("activity_level")
        return cls(
            weight_kg=_number(profile.get("weight_kg"), 30, 300),
            height_cm=_number(profile.get("height_cm"), 120, 230),
            age=_number(profile.get("age"), 14, 110),
            sex=sex if sex in ("female", "male") else None,
            activity=activity if activity in ACTIVITY_FACTORS else None,
        )

    def merged(self, other: Body) -> Body:
        """These facts, with `other`'s where it knows them (a message over the profile)."""
        return Body(
            weight_kg=other.weight_kg if other.weight_kg is not None else self.weight_kg,
            height_cm=other.height_cm if other.height_cm is not None else self.height_cm,
            age=other.age if other.age is not None else self.age,
            sex=other.sex or self.sex,
            activity=other.activity or self.activity,
        )

    @property
    def complete(self) -> bool:
        """True when weight, height, age and sex are all known."""
        return None not in (self.weight_kg, self.height_cm, self.age, self.sex)

    def missing(self) -> list[str]:
        """The facts an energy estimate still needs, in words."""
        names = {"weight_kg": "weight", "height_cm": "height", "age": "age", "sex": "sex"}
        return [label for key, label in names.items() if getattr(self, key) is None]

    def to_json(self) -> dict[str, Any]:
        """The known facts as a dict (for dialog state and tool results)."""
        return {key: value for key, value in asdict(self).items() if value is not None}


def bmr_kcal(body: Body) -> float:
    """Resting energy a day, Mifflin-St Jeor: 10 W + 6.25 H - 5 A + 5 (men) or - 161 (women)."""
    assert body.complete
    return 10 * body.weight_kg + 6.25 * body.height_cm - 5 * body.age + (5 if body.sex == "male" else -161)  # type: ignore[operator]


def activity_of(body: Body) -> str:
    """The body's activity level, or the default (light) when unknown."""
    return body.activity or DEFAULT_ACTIVITY


def maintenance_kcal(body: Body) -> float:
    """Energy a day that keeps the weight steady: resting energy times the activity factor."""
    return bmr_kcal(body) * ACTIVITY_FACTORS[activity_of(body)]


def floor_kcal(body: Body) -> int:
    """The lowest daily intake Ceres ever plans for this person."""
    return FLOOR_KCAL.get(body.sex or "", DEFAULT_FLOOR_KCAL)


@frozen
class EnergyPlan:
    """A daily calorie estimate for a goal, and how it was reached."""

    goal: str  # "lose", "gain" or "maintain"
    bmr: int
    activity: str
    factor: float
    maintenance: int
    target: int
    rate_kg_week: float  # planned change, kg a week (negative for a loss)
    floor: int
    floor_applied: bool
    rate_capped: bool

    def to_json(self) -> dict[str, Any]:
        """The plan as a tool returns it."""
        return asdict(self)


def plan(body: Body, goal: str, rate_kg_week: float | None = None) -> EnergyPlan:
    """Daily calories for `goal` ("lose", "gain", "maintain"), within the floors and the
    1 kg-a-week limit; `rate_kg_week` is a wished rate of loss (positive number) or gain."""
    bmr = bmr_kcal(body)
    activity = activity_of(body)
    maintenance = bmr * ACTIVITY_FACTORS[activity]
    floor = floor_kcal(body)
    capped = False
    if goal == "lose":
        rate = DEFAULT_LOSS_KG_WEEK if rate_kg_week is None else abs(rate_kg_week)
        if rate > MAX_LOSS_KG_WEEK:
            rate, capped = MAX_LOSS_KG_WEEK, True
        target = maintenance - rate * KCAL_PER_KG / 7
        change = -rate
    elif goal == "gain":
        target = maintenance + GAIN_KCAL
        change = round(GAIN_KCAL * 7 / KCAL_PER_KG, 2)
    else:
        target, change = maintenance, 0.0
    applied = target < floor
    if applied:
        target = floor
        change = round(min(0.0, (target - maintenance) * 7 / KCAL_PER_KG), 2)
    return EnergyPlan(
        goal=goal,
        bmr=round(bmr),
        activity=activity,
        factor=ACTIVITY_FACTORS[activity],
        maintenance=_round50(maintenance),
        target=_round50(target) if not applied else floor,
        rate_kg_week=round(change, 2),
        floor=floor,
        floor_applied=applied,
        rate_capped=capped,
    )


@frozen
class ProteinNeed:
    """A daily protein range in grams, the g/kg behind it and its source."""

    low_g: int
    high_g: int
    low_per_kg: float
    high_per_kg: float
    basis: str  # "adult", "older", "training", "muscle", "cutting" or "losing"
    source: str


def protein_need(weight_kg: float, age: float | None = None, trains: bool = False, goal: str | None = None) -> ProteinNeed:
    """Protein for a body weight: the adult reference, more from 65, more with training."""
    if goal == "gain":
        basis, low, high = "muscle", 1.6, 2.2  # building muscle (a bulk): the meta-analysis' plateau and its upper bound
    elif trains:
        basis, low, high = "training", 1.4, 2.0
        if goal == "lose":
            basis, low, high = "cutting", 1.6, 2.2  # training in a deficit (a cut): the top of the range and beyond keeps muscle (ISSN)
    elif goal == "lose":
        basis, low, high = "losing", 1.2, 1.6  # more protein in a deficit keeps muscle and fullness
    elif age is not None and age >= 65:
        basis, low, high = "older", 1.0, 1.2
    else:
        basis, low, high = "adult", 0.83, 1.0
    return ProteinNeed(round(weight_kg * low), round(weight_kg * high), low, high, basis, PROTEIN_SOURCES[basis])


def _round50(value: float) -> int:
    return int(round(value / 50) * 50)


def _number(value: Any, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if low <= value <= high else None
