"""What Ceres may say in this turn, given the safety guard's flag (`turn.safety`).

- eating_disorder: no numbers at all (no calories, grams, targets, deficits, weights), no
  weight-loss plans; meals and ideas by name only, and a gentle word about support.
- pregnancy: no weight-loss plans or calorie cuts; clinician first.
- cardiac: every answer ends by sending the user to a doctor before they train again.
- anything else flagged: Ceres' own floors apply as always.
Ceres' own floors hold with or without a flag: never a plan under 1,200 kcal a day (1,500 for
men) or a loss faster than 1 kg a week, never a food the user is allergic to.
"""

from __future__ import annotations

from attrs import frozen

from host.types import Intervention

SUPPORT_LINE = (
    "If food or eating feels hard at the moment, you're not alone and you don't have to handle it by yourself: your GP, "
    "or an eating-disorder charity such as Beat (UK) or ANAD (US), can help."
)
# Ceres' own floor for weight control by pills, laxatives or being sick: no plan, no figures.
HARMFUL_METHODS_LINE = (
    "I'm worried about what you've described. Water pills, diet pills, laxatives or making yourself sick don't "
    "take off fat; they can upset your body's salts and harm your heart and kidneys, and you deserve support rather "
    "than a plan. Please talk to your GP or doctor soon, especially if your periods have stopped or you feel dizzy or faint."
)
# After a heart warning sign (chest pain, fainting, palpitations with exercise), whatever Ceres
# answers about food ends with the clinician-first word: eating is never the explanation she offers.
CARDIAC_LINE = (
    "Whatever you eat, what you described with exercise (the chest, dizziness or racing heart) needs a doctor's check "
    "before you train again; if it comes back or doesn't settle with rest, call your emergency number."
)
# After a pregnancy warning sign the guard answered (bleeding, fluid, pain...), a food answer keeps the call first:
# "ok but the snack?" gets the snack and the midwife.
PREGNANCY_LINE = (
    "Whatever you eat, please call your midwife or maternity unit about what you described, if you haven't yet, "
    "and hold off exercise until they've checked you."
)
CARE_LINE = (
    "I'm worried that eating this little isn't safe for you, and you deserve support rather than a tighter plan. "
    "I won't make a plan like that, but I'm here to help you eat regularly and well."
)


@frozen
class Policy:
    """What this turn's answer may contain."""

    numbers: bool = True  # calories, grams, targets and amounts
    weight_loss: bool = True  # deficits and weight-loss plans
    category: str | None = None

    @classmethod
    def for_turn(cls, safety: Intervention | None, very_low_intake: bool) -> Policy:
        """The guard's flag, or Ceres' own floor: a day of eating far under a safe intake
        asked for in this message is treated like an eating-disorder flag."""
        policy = cls.from_safety(safety)
        if very_low_intake and policy.numbers:
            return cls(numbers=False, weight_loss=False, category="very_low_intake")
        return policy

    @classmethod
    def from_safety(cls, safety: Intervention | None) -> Policy:
        """The policy for a turn the guard flagged with `safety` (None: no flag)."""
        if safety is None:
            return cls()
        if safety.category == "eating_disorder":
            return cls(numbers=False, weight_loss=False, category=safety.category)
        if safety.category == "pregnancy":
            return cls(numbers=True, weight_loss=False, category=safety.category)
        return cls(category=safety.category)
