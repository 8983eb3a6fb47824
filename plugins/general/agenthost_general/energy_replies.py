""""What's my TDEE?", "and my BMR?" when they reach General: the figures from the saved profile.

Calorie needs are Ceres' subject and Ceres' arithmetic (Mifflin-St Jeor times an activity
factor, its `nutrition_needs` tool). A question about them that the router gives General (words
no specialist claims, such as "TDEE" or "BMR") is answered with that same tool, which General
names in its `Agent.tools`, so the figure is the one Ceres would give and reads the same profile.
Targets for losing or gaining stay Ceres' to plan: the answer says what to ask it.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

from agenthost_general import phrasing
from agenthost_general.dialog import Answer, Intent

FLAGS = re.IGNORECASE
TOOL = "nutrition_needs"
ENERGY = re.compile(
    r"\b(?:tdee|bmr|rmr|basal metabolic rate|resting metabolic rate|total daily energy expenditure|calorie needs|energy needs)\b"
    r"|\bmaintenance\s+(?:calories|kcal|level|intake)\b|\bmy\s+maintenance\b|\bmy\s+metabolic rate\b"
    r"|\bcalories?\s+(?:to|i need to|needed to)\s+maintain\b",
    FLAGS,
)
# "how much should I eat to gain?", "calories to lose weight": the target for a goal. Reaches
# General only beside a question of its own ("what's my BMI and how much should I eat to gain?").
GOAL_ENERGY = re.compile(
    r"\bhow (?:much|many calories|many kcals?)\s+(?:should|do|would|must|can)\s+i\s+(?:eat|have|need|be eating)(?:\s+to\s+eat)?"
    r"\s+(?:a day\s+|daily\s+|each day\s+)?(?:to|for|if i want to|if i wanna|so i)\s+(?:(?:help\s+)?(?:me\s+)?)?(?P<goal>gain|lose|bulk|cut|put on|drop|shed|build)\b"
    r"|\b(?:calories|kcal|calorie target)\s+(?:to|for)\s+(?P<goal2>gain|lose|bulk|cut|put on|drop)\b",
    FLAGS,
)
GOALS = {"gain": "gain", "bulk": "gain", "put on": "gain", "build": "gain", "lose": "lose", "cut": "lose", "drop": "lose", "shed": "lose"}
# A wish to change it ("how do I raise my BMR?") asks for advice, not the figure.
NOT_A_FIGURE = re.compile(r"\b(?:raise|increase|boost|speed up|lower|reduce|slow|improve|damage|damaged|broken|reset)\b", FLAGS)
BMR_ASKED = re.compile(r"\b(?:bmr|rmr|basal metabolic rate|resting metabolic rate|metabolic rate)\b", FLAGS)
EXAMPLES = {
    "age": '"I\'m 34"',
    "sex": '"I\'m a woman" or "I\'m a man"',
    "height": '"I\'m 170 cm" or "I\'m 5\'7"',
    "weight": '"I weigh 70 kg"',
}


def asks_energy(text: str) -> bool:
    """The message asks for the user's resting or maintenance calories."""
    return bool(ENERGY.search(text)) and not NOT_A_FIGURE.search(text)


def goal_asked(text: str) -> str | None:
    """"lose" or "gain" when the message asks what to eat a day for that goal, else None."""
    match = GOAL_ENERGY.search(text)
    return GOALS[(match.group("goal") or match.group("goal2")).lower()] if match else None


async def energy_needs(turn: Turn, intent: Intent) -> Answer:
    """The resting (BMR) and maintenance (TDEE) calories from the saved profile, worked out by
    Ceres' tool; what is missing asked for; nothing at all after an eating-disorder flag."""
    if turn.safety is not None and turn.safety.category == "eating_disorder":
        return Answer(
            "I'd rather not focus on calorie numbers right now. Regular meals and how you feel matter more, "
            "and your GP or a dietitian can look at what your body needs with you.",
            reason="After what you shared earlier, I'm keeping numbers out of our conversation.",
        )
    agents = getattr(turn.registry, "agents", None) or {}
    if TOOL not in turn.tools or "ceres" not in agents:
        return Answer(
            "Working out calorie needs takes the nutrition agent, and it isn't enabled here. Your profile keeps your "
            'age, sex, height, weight and activity level for when it is: say "what do you know about me" to check.',
            reason="Calorie needs are worked out by the nutrition agent's tool.",
        )
    ceres = agents["ceres"].label
    goal = intent.data.get("goal") or "maintain"
    result = await turn.call_tool(TOOL, goal=goal)
    if not isinstance(result, dict) or "error" in result:
        return Answer(f'I couldn\'t work that out just now. **{ceres}** can: say "@ceres what are my maintenance calories?"')
    energy: dict[str, Any] | None = result.get("energy")
    if energy is None:
        missing = [str(m) for m in result.get("missing") or []]
        asks = [EXAMPLES[m] for m in missing if m in EXAMPLES]
        return Answer(
            f"To work out your calories I need your {phrasing.joined(missing)}"
            + (f": say {', '.join(asks)}." if asks else ".")
            + " I'll keep it in your profile, so nobody asks again.",
            reason="The Mifflin-St Jeor equation needs age, sex, height and weight; your profile is missing some.",
        )
    bmr, maintenance = int(energy["bmr"]), int(energy["maintenance"])
    if goal != "maintain" and energy.get("target"):
        target = int(energy["target"])
        return Answer(
            f"To {goal} steadily, aim for about **{target:,} kcal** a day: your maintenance is about {maintenance:,} kcal, "
            f"and a {'surplus' if goal == 'gain' else 'deficit'} of {abs(target - maintenance):,} kcal a day "
            f"{'adds' if goal == 'gain' else 'takes off'} about {phrasing.number(abs(float(energy.get('rate_kg_week') or 0)))} kg a week. "
            f'An estimate from your profile, not a prescription; **{ceres}** plans meals around it: say "@ceres how many calories should I eat to {goal}?"',
            reason=f"{energy.get('method') or 'Mifflin-St Jeor with an activity factor'}, from your profile, with the change a steady {goal} needs.",
        )
    body = result.get("body") or {}
    activity = str(energy.get("activity") or body.get("activity") or "light")
    lead = (
        f"Your BMR (resting energy) is about **{bmr:,} kcal** a day."
        if BMR_ASKED.search(turn.message)
        else f"Your maintenance calories (TDEE) are about **{maintenance:,} kcal** a day."
    )
    other = (
        f"Your maintenance calories (TDEE), at your activity level ({activity.replace('_', ' ')}, x{energy['factor']}), are about {maintenance:,} kcal."
        if BMR_ASKED.search(turn.message)
        else f"That's your BMR (resting energy, about {bmr:,} kcal) x{energy['factor']} for your activity level ({activity.replace('_', ' ')})."
    )
    used = [f"age {int(body['age'])}" if body.get("age") is not None else "", str(body.get("sex") or "")]
    used += [f"{round(float(body['height_cm']))} cm" if body.get("height_cm") else "", f"{phrasing.number(round(float(body['weight_kg']), 1))} kg" if body.get("weight_kg") else ""]
    return Answer(
        f"{lead} {other}\nAn estimate from your profile ({', '.join(part for part in used if part)}), not a prescription. "
        f'To lose or gain, **{ceres}** plans the target: say "@ceres how many calories should I eat to lose weight?"',
        reason=f"{energy.get('method') or 'Mifflin-St Jeor with an activity factor'}, from the age, sex, height, weight and activity in your profile.",
    )
