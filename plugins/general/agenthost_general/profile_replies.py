"""General's replies that read or change the shared profile: remember, update, forget, recall.

Every fact saved is confirmed back in the user's units and in metric ("Saved: height 5'10\"
(178 cm), weight 180 lb (81.6 kg)"); a value that cannot be real or could be two things is
asked about, with the readings that make sense, and saved only once the user picks one.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Turn

from agenthost_general import bmi, diet_handoff, phrasing
from agenthost_general.activity import level_words
from agenthost_general.dialog import Answer, Intent
from agenthost_general.followups import option_data
from agenthost_general.life_stage import KEY as LIFE_STAGE
from agenthost_general.measures import HEIGHT_CM, WEIGHT_KG, LB_TO_KG
from agenthost_general.profile import facts_of, goals_of
from agenthost_general.progress import progress_words
from agenthost_general.statements import FIELD_LABELS, Fact, Problem, Reading
from agenthost_general.suggestions import suggest_agents

MEASURED = ("age", "sex", "height_cm", "weight_kg", "activity_level")
# What to say to give a missing fact; each works as the next message.
EXAMPLES = {
    "age": '"I\'m 34"',
    "sex": '"I\'m a woman" or "I\'m a man"',
    "height_cm": '"I\'m 170 cm" or "I\'m 5\'7"',
    "weight_kg": '"I weigh 70 kg" or "I weigh 154 lb"',
    "activity_level": '"I sit at a desk all day" or "very active"',
}
RANGE_WORDS = {
    "weight_kg": f"{WEIGHT_KG[0]:g}-{WEIGHT_KG[1]:g} kg",
    "height_cm": f"{HEIGHT_CM[0]:g}-{HEIGHT_CM[1]:g} cm",
    "age": "1-120 years",
}
UNIT_OF = {"weight_kg": "weight", "height_cm": "height"}


def _no_figures(turn: Turn) -> bool:
    """After an eating-disorder flag, General repeats no weights or other body figures."""
    return turn.safety is not None and turn.safety.category == "eating_disorder"


def _said_units(facts: list[Fact]) -> dict[str, str]:
    """The units the user spoke in, to remember for the next message ("weight": "lb")."""
    units = {}
    for fact in facts:
        kind = UNIT_OF.get(fact.field)
        if kind:
            unit = fact.said.split()[-1] if " " in fact.said else ("ft" if "'" in fact.said else "cm")
            if " st" in f" {fact.said} " or fact.said.endswith(" st"):
                unit = "st"  # "13 st 10 lb" is said in stone
            units[kind] = {"st": "st", "lb": "lb", "kg": "kg", "cm": "cm", "m": "m", "ft": "ft", "in": "in"}.get(unit, "ft")
    return units


def stored_words(field: str, value: Any, units: dict[str, str] | None = None) -> str:
    """A stored value said in the user's units first: 81.6 -> "180 lb (81.6 kg)" for a pounds user."""
    units = units or {}
    if field == "weight_kg" and isinstance(value, int | float):
        metric = f"{phrasing.number(round(value, 1))} kg"
        if units.get("weight") == "lb":
            return f"{round(value / LB_TO_KG)} lb ({metric})"
        if units.get("weight") == "st":
            pounds = round(value / LB_TO_KG)
            return f"{pounds // 14} st {pounds % 14} lb ({metric})"
        return metric
    if field == "height_cm" and isinstance(value, int | float):
        metric = f"{round(value)} cm"
        if units.get("height") in ("ft", "in"):
            inches = round(value / 2.54)
            return f"{inches // 12}'{inches % 12}\" ({metric})"
        return metric
    if field == "activity_level" and isinstance(value, str):
        try:
            return level_words(value)
        except KeyError:
            return value
    return str(value)


def _problem_text(problem: Problem) -> str:
    label = FIELD_LABELS.get(problem.field, "value")
    if problem.reason == "unclear":
        readings = [_option_words(option.fact) for option in problem.options]
        return f"Is {problem.said} your {phrasing.either(readings)}?"
    if problem.reason == "not_a_number":
        opening = f'"{problem.said}" isn\'t a number I can save as your {label}.'
    elif problem.reason == "too_large":
        opening = f"{problem.said} is far too large to be a real {label}, so I haven't saved it."
    elif problem.reason == "not_positive":
        opening = f"{_a(label).capitalize()} can't be {problem.said}, so I haven't saved it."
    elif problem.reason == "not_whole":
        opening = f"I save your age in whole years, and {problem.said} isn't."
    else:
        opening = f"{problem.said} is outside what I can save as {_a(label)} ({RANGE_WORDS.get(problem.field, 'a real value')})."
    if problem.options:
        return f"{opening} Did you mean {phrasing.either([option.fact.said + _metric(option.fact) for option in problem.options])}?"
    return opening


def _a(noun: str) -> str:
    """"a weight", "an age"."""
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _option_words(fact: Fact) -> str:
    """"height in cm", "weight in lb (81.6 kg)", "age"."""
    label = FIELD_LABELS.get(fact.field, fact.field)
    if fact.field == "age":
        return "age"
    unit = fact.said.split()[-1] if " " in fact.said else "ft"
    return f"{label} in {unit}" + _metric(fact)


def _metric(fact: Fact) -> str:
    return f" ({fact.metric})" if fact.metric else ""


def _question(problem: Problem) -> tuple[str, dict[str, Any] | None]:
    """What to ask about a problem, and the pending state that reads the answer."""
    if problem.options:
        choices = [f'"{option.unit}"' if option.unit != "years" else '"age"' for option in problem.options]
        return f"Say {phrasing.either(choices)}, or tell me again with the unit.", {
            "kind": "choose",
            "said": problem.said,
            "options": option_data(problem),
        }
    if not problem.field:
        return (
            f'What did you mean: your age, height or weight? Say it with a unit, for example {EXAMPLES["age"]}, '
            f'"I\'m 170 cm" or "I weigh 70 kg".',
            None,
        )
    field = problem.field
    return f"What's your {FIELD_LABELS.get(field, 'value')}? For example {EXAMPLES.get(field, '')}.", {"kind": "ask", "field": field}


WEIGHT_GOAL = re.compile(r"\b(?:lose|losing|drop|cut|shed|slim|weigh|thin|thinner|kg|kilos?|lbs?|pounds?|stone|calories?|kcal)\b", re.IGNORECASE)


async def _save(turn: Turn, facts: list[Fact], problems: list[Problem], rest: str = "") -> Answer:
    """Save `facts` with the `remember` tool, confirm each, ask about each problem."""
    if _no_figures(turn):
        # After an eating-disorder flag, a weight-loss goal is neither saved nor passed on.
        facts = [f for f in facts if not (f.field == "goals" and any(WEIGHT_GOAL.search(g) for g in f.value))]
    # A sex implied by a life stage never replaces the one the user gave before.
    facts = [f for f in facts if not (f.implied_by and (turn.profile or {}).get(f.field) not in (None, ""))]
    lines: list[str] = []
    pending = None
    saved: list[Fact] = []
    if facts:
        result = await turn.call_tool("remember", **{fact.field: fact.value for fact in facts})
        if "error" in result:
            return Answer(f"I couldn't save that: {result['error']}. Could you say it another way?", reason="The profile tool refused the values.")
        saved = facts
        lines.append(_confirmation(turn, facts, result.get("previous") or {}, result.get("profile") or {}))
    for problem in problems:
        lines.append(_problem_text(problem))
    if problems:
        question, pending = _question(problems[0])
        lines.append(question)
    elif saved and not rest:
        goals = next((f.value for f in saved if f.field == "goals"), None)
        hint = _goal_pointer(turn, goals) if goals else _next_step(turn, saved, turn.profile, await turn.store.read_profile())
        if hint:
            lines.append(hint)
    reason = _save_reason(saved, problems)
    return Answer(
        "\n".join(lines),
        reason=reason,
        slots={"fields": [fact.field for fact in saved] or [p.field for p in problems if p.field][:1], "rest": rest},
        pending=pending,
    )


def _confirmation(turn: Turn, facts: list[Fact], previous: dict[str, Any], profile: dict[str, Any]) -> str:
    if set(f.field for f in facts) == {"name"}:
        name = facts[0].value
        return f"Nice to meet you, {name}! I'll remember your name, and every agent here will use it."
    if _no_figures(turn):
        words = phrasing.joined([FIELD_LABELS.get(f.field, f.field) for f in facts])
        return f"Saved your {words}."
    units = _said_units(facts)
    # A change too small to show ("170.2 cm" -> "170 cm") is confirmed as saved, not as updated.
    changed_facts = [f for f in facts if f.field in previous and stored_words(f.field, previous[f.field], units) != stored_words(f.field, f.value, units)]
    new = [_fact_words(f) for f in facts if f not in changed_facts]
    changed = [f"{FIELD_LABELS.get(f.field, f.field)} {stored_words(f.field, previous[f.field], units)} → {_fact_words(f, label=False)}" for f in changed_facts]
    parts = []
    if new:
        parts.append("Saved: " + ", ".join(new) + ".")
    if changed:
        parts.append("Updated: " + ", ".join(changed) + ".")
    name = profile.get("name")
    opening = f"Thanks, {name}. " if name and not previous and not any(f.field == "name" for f in facts) else ""
    return opening + " ".join(parts)


def _wish(goal: str) -> str:
    """The goal as the user would ask for it: "I want to lose 5 kg", "I'm training for my first
    half marathon" (a goal said as what they are doing keeps its -ing)."""
    first = goal.split(maxsplit=1)[0].lower() if goal.strip() else ""
    return f"I'm {goal}" if first.endswith("ing") and first not in ("bring", "sing", "swing") else f"I want to {goal}"


# Notes with a name of their own, confirmed by it: "health condition type 2 diabetes", "sport rugby".
NOTE_LABELS = {LIFE_STAGE: LIFE_STAGE, "condition": "health condition", "sport": "sport"}


def _fact_words(fact: Fact, label: bool = True) -> str:
    if fact.field == "facts":
        notes = [f"{NOTE_LABELS[key]} {value}" if key in NOTE_LABELS else f"a note for every agent ({value})" for key, value in fact.value.items()]
        return ", ".join(notes)
    if fact.field == "goals":
        goals = fact.value if isinstance(fact.value, list) else [fact.value]
        return ("goal" + ("s" if len(goals) > 1 else "") + " " if label else "") + "; ".join(goals)
    words = fact.words
    return words if label else words.removeprefix(FIELD_LABELS.get(fact.field, fact.field) + " ")


def _next_step(turn: Turn, saved: list[Fact], before: dict[str, Any], profile: dict[str, Any]) -> str:
    """What the saved facts are for (the first time), and the one most useful fact still missing."""
    if _no_figures(turn):
        return ""
    agents = getattr(turn.registry, "agents", {}) or {}
    measured = [f for f in saved if f.field in MEASURED]
    if not measured:
        return "" if {f.field for f in saved} == {"name"} else 'Every agent can see it; say "what do you know about me" to check.'
    lines = []
    if not any(before.get(field) not in (None, "") for field in MEASURED):
        uses = []
        if "ceres" in agents:
            uses.append(f"{agents['ceres'].label} for calorie and protein needs")
        if "helios" in agents:
            uses.append(f"{agents['helios'].label} for training plans")
        lines.append("Every agent can use this" + (f" ({', '.join(uses)})" if uses else "") + '. Say "what do you know about me" to check.')
    missing = [field for field in MEASURED if profile.get(field) in (None, "")]
    if "ceres" in agents and missing:
        field = missing[0]
        lines.append(f"For calorie estimates I'd also need your {FIELD_LABELS[field]}: say {EXAMPLES[field]}.")
    return "\n".join(lines)


# A goal about the body's weight or make-up: eating and training both get there.
BODY_GOAL = re.compile(
    r"\b(?:lose|losing|gain|gaining|put on|bulk|bulking|cut|cutting|tone|toning|maintain|muscle|weight|fat|lean|kg|lbs?|pounds?|stone)\b",
    re.IGNORECASE,
)


def _goal_pointer(turn: Turn, goals: list[str]) -> str:
    """Which agent helps reach a goal, with the message to send it: for a goal about the body's
    weight or muscle, Ceres (calories and protein) and Helios (training) both."""
    agents = getattr(turn.registry, "agents", {}) or {}
    if BODY_GOAL.search(goals[0]) and "ceres" in agents and "helios" in agents:
        return (
            f'To get there, **{agents["ceres"].label}** works out your calories and protein (say "how many calories should I eat?") '
            f'and **{agents["helios"].label}** plans the training (say "@helios {_wish(goals[0])}").'
        )
    suggested = suggest_agents(" ".join(goals), turn.registry)
    if not suggested:
        return 'Every agent can see it; say "what do you know about me" to check.'
    best = suggested[0]
    return f'To get there, **{best.label}** can help: say "@{best.name} {_wish(goals[0])}"'


def _save_reason(saved: list[Fact], problems: list[Problem]) -> str:
    parts = []
    if saved:
        fields = {f.field for f in saved}
        parts.append(
            f"You told me your {phrasing.joined([FIELD_LABELS.get(f.field, f.field) for f in saved])}, so I saved "
            "it in your profile, which every agent reads, so nobody has to ask again."
        )
        if fields & set(MEASURED):
            parts.append("Answers about calories, protein or training use these figures.")
        if fields & {"weight_kg", "height_cm"}:
            parts.append("I store kg and cm, and say them back in the units you use.")
    for problem in problems:
        if problem.reason == "unclear":
            parts.append(f"I didn't save {problem.said} because it could be more than one thing, and a wrong guess would skew every answer that uses it.")
        else:
            parts.append(f"I didn't save {problem.said} because it can't be a real {FIELD_LABELS.get(problem.field, 'value')}.")
    return " ".join(parts)


async def remember(turn: Turn, intent: Intent) -> Answer:
    """Save what the user said about themselves and confirm each fact, or ask about what can't be right."""
    reading: Reading = intent.data["reading"]
    answer = await _save(turn, list(reading.facts.values()), reading.problems, intent.data.get("rest", ""))
    weight = reading.facts.get("weight_kg")
    if weight is not None and reading.weight_before and not _no_figures(turn) and answer.text.startswith(("Saved", "Updated", "Thanks")):
        change = progress_words(weight.value, weight.said, reading.weight_before)
        if change:
            first, _, more = answer.text.partition("\n")
            cheer = ", well done!" if " down " in change else "."
            answer.text = f"{first}\nThat's {change}{cheer}" + (f"\n{more}" if more else "")
    notes = reading.facts["facts"].value if "facts" in reading.facts else {}
    condition = str(notes.get("condition", ""))
    if re.search(r"(?<!pre)diabetes", condition) and answer.text.startswith(("Saved", "Updated", "Thanks")):
        # Ceres keeps medical diets: its meal ideas then allow for diabetes from the same sentence
        passed = await diet_handoff.pass_on(turn, "I'm diabetic")
        if passed:
            answer.text = answer.text.replace("\n", "\n" + passed + "\n", 1) if "\n" in answer.text else f"{answer.text}\n{passed}"
    return answer


async def choose(turn: Turn, intent: Intent) -> Answer:
    """The user answered General's question ("lb", "80"): save that reading."""
    return await _save(turn, intent.data["facts"], [])


async def update(turn: Turn, intent: Intent) -> Answer:
    """"update my weight to 78kg": save the new value and say what it replaced."""
    value = intent.data["value"]
    field = intent.data["field"]
    if value is None:
        label = FIELD_LABELS.get(field, field)
        return Answer(
            f"I couldn't read a new {label} there. Say it with a unit, for example {EXAMPLES.get(field, '')}.",
            reason=f"The message named your {label} but no value I could read.",
            pending={"kind": "ask", "field": field},
        )
    if isinstance(value, Problem):
        return await _save(turn, [], [value])
    answer = await _save(turn, [value], [])
    change = intent.data.get("change")
    if change is not None and not _no_figures(turn) and "→" in answer.text:
        # "Updated: weight 88 kg → 84 kg (4 kg down)."
        first, _, more = answer.text.partition("\n")
        answer.text = first.removesuffix(".") + f" ({change.words}).\n" + more
        answer.text = answer.text.rstrip("\n")
        answer.reason = f"You said your weight changed by {change.said}, so I applied it to the {FIELD_LABELS[field]} I had. " + answer.reason
    return answer


async def replace_goal(turn: Turn, intent: Intent) -> Answer:
    """"scratch that, I want to lose a little" just after a goal was saved: the new goal in place
    of that one (the goal saved last), and who helps reach it."""
    goal = intent.data["goal"]
    if _no_figures(turn) and WEIGHT_GOAL.search(goal):
        return Answer("OK, I've left your goals as they were.", reason="After what you told me earlier, I don't save weight-loss goals.")
    old = goals_of(await turn.store.read_profile())[-1:]
    if old and old[0].lower() != goal.lower():
        result = await turn.call_tool("forget", field="goals", item=old[0])
        if "error" in result:
            old = []
    result = await turn.call_tool("remember", goals=[goal])
    if "error" in result:
        return Answer(f"I couldn't save that: {result['error']}. Could you say it another way?", reason="The profile tool refused the goal.")
    text = f"Updated: goal {old[0]} → {goal}." if old and old[0].lower() != goal.lower() else f"Saved: goal {goal}."
    return Answer(
        f"{text}\n{_goal_pointer(turn, [goal])}",
        reason="You changed the goal you had just given, so I replaced it rather than keeping both.",
        slots={"fields": ["goals"], "rest": ""},
    )


async def ask_value(turn: Turn, intent: Intent) -> Answer:
    """"change my weight" with no value: ask for it, and read the next message as the answer."""
    field = intent.data["field"]
    label = FIELD_LABELS.get(field, field)
    profile = await turn.store.read_profile()
    change = intent.data.get("change")
    if change is not None:
        # "I've dropped 4 kg, update my weight" with no weight saved: a change needs a start.
        return Answer(
            ("" if _no_figures(turn) else f"Got it, {change.words}. ")
            + f"I don't have your weight from before, so I can't work out the new one: what do you weigh now? "
            f"For example {EXAMPLES['weight_kg']}.",
            reason="A change needs the weight it started from, and your profile has no weight yet.",
            pending={"kind": "ask", "field": field},
        )
    now = f" (I have {stored_words(field, profile[field])} now)" if profile.get(field) not in (None, "") and not _no_figures(turn) else ""
    return Answer(
        f"Sure: what's your {label}{now}? For example {EXAMPLES.get(field, '')}.",
        reason=f"You asked to change your {label} without saying the new value.",
        pending={"kind": "ask", "field": field},
    )


async def cancel(turn: Turn, intent: Intent) -> Answer:
    """"never mind" after a question: nothing saved."""
    return Answer("OK, I've left your profile as it was.", reason="You said not to save it.")


async def remember_fact(turn: Turn, intent: Intent) -> Answer:
    """"remember that I'm vegetarian": a free-form or keyed fact."""
    result = await turn.call_tool("remember", **intent.data["arguments"])
    if "error" in result:
        return Answer(f"I couldn't save that: {result['error']}. Could you say it another way?")
    saved = result["saved"]
    name = result["profile"].get("name")
    return Answer(
        f"Got it{', ' + name if name else ''}: I've saved {phrasing.saved_words(saved)}. "
        "All the agents can see it; say \"what do you know about me\" to check.",
        reason="You asked me to remember it; it's in your profile, which every agent reads.",
    )


async def forget(turn: Turn, intent: Intent) -> Answer:
    """Remove one or more fields, or a goal or fact, from the profile and confirm it."""
    forgotten: list[str] = []
    for field in intent.data.get("fields") or [intent.data["field"]]:
        arguments = {"field": field, **({"item": intent.data["item"]} if intent.data.get("item") else {})}
        result = await turn.call_tool("forget", **arguments)
        if "error" in result:
            return Answer(f"I couldn't forget that: {result['error']}.")
        forgotten += result["forgotten"]
    if not forgotten:
        return Answer("There was nothing of that saved, so there's nothing to forget.")
    if intent.data.get("field") == "all":
        # "delete my profile": all of it is gone, so nothing "stays as it was"; what other agents
        # keep (a diet, the logs) is theirs to clear
        return Answer(
            f"Done: I've cleared your profile ({phrasing.forgotten_words(forgotten)}). Anything Ceres or Helios keep, "
            "like a diet or your logs, stays with them: ask them to clear it.",
            reason="You asked me to forget everything; it's gone from the profile every agent reads.",
        )
    return Answer(
        f"Done: I've forgotten {phrasing.forgotten_words(forgotten)}. The rest of your profile stays as it was.",
        reason="You asked me to forget it; it's gone from the profile every agent reads.",
    )


def _recall_field(profile: dict[str, Any], field: str, units: dict[str, str]) -> str:
    value = goals_of(profile) if field == "goals" else profile.get(field)
    if field == "goals":
        return f"Your goals: {'; '.join(value)}." if value else 'You haven\'t told me any goals yet: try "my goal is to ...".'
    if value in (None, ""):
        example = {"name": '"my name is Sam"', **EXAMPLES}[field]
        return f"I don't know your {FIELD_LABELS.get(field, field)} yet. Tell me ({example}) and I'll remember it."
    return {
        "name": f"You're {value}.",
        "weight_kg": f"You told me you weigh {stored_words(field, value, units)}.",
        "height_cm": f"You told me you're {stored_words(field, value, units)} tall.",
        "age": f"You told me you're {value}.",
        "sex": f"You told me you're {value}.",
        "activity_level": f"You told me you're {stored_words(field, value)}.",
    }[field]


def _recall_topic(profile: dict[str, Any], topic: str) -> str:
    key = topic.lower().strip()
    facts = facts_of(profile)
    for fact_key, value in facts.items():
        if key == fact_key or key in fact_key:
            return phrasing.fact_line(fact_key, value) + "."
    # Another agent's key, e.g. "calorie target" -> Ceres' `calorie_target`.
    other = key.replace(" ", "_")
    lines = phrasing.profile_lines({other: profile[other]}) if other in profile else []
    if lines:
        return "\n".join(line.removeprefix("- ") for line in lines)
    return f'I don\'t know your {topic} yet. Say "remember my {topic} is ..." and I will.'


async def recall(turn: Turn, intent: Intent, units: dict[str, str] | None = None) -> Answer:
    """One field, one topic, or everything the profile holds about the user."""
    profile = await turn.store.read_profile()
    units = units or {}
    reason = "That's what your profile holds: what you told me, and what Ceres and Helios saved."
    if intent.data.get("field"):
        text = _recall_field(profile, intent.data["field"], units)
        notes = _notes_asked_about(profile, turn.message)
        return Answer("\n".join([text, *(f"And you told me: {note}." for note in notes)]), reason=reason)
    if intent.data.get("topic"):
        return Answer(_recall_topic(profile, intent.data["topic"]), reason=reason)
    lines = phrasing.profile_lines(profile, lambda field, value: stored_words(field, value, units))
    if not lines:
        return Answer(
            "I don't know anything about you yet. Tell me things like \"I'm 34, female, 68 kg, 165 cm\", "
            "\"my name is Sam\" or \"remember that I'm vegetarian\", and every agent will know them.",
            reason="Your profile is empty: nobody has saved anything about you yet.",
        )
    return Answer(
        "Here's what I know about you:\n" + "\n".join(lines) + '\n\nSay "forget my ..." to remove anything, or "update my weight to ..." to change it.',
        reason=reason,
    )


RECALL_STOP = frozenset("what whats what's which was were again about tell remember know name that this with have your mine".split())


def _notes_asked_about(profile: dict[str, Any], message: str) -> list[str]:
    """The saved notes a recall message also asks about ("what's my name, and which knee was it?"
    -> the note about the knee), by a word of the note the message names."""
    facts = profile.get("facts") or {}
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", message.lower())} - RECALL_STOP
    return [str(note) for note in facts.values() if words & {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", str(note).lower())}]


# The answer to "is that healthy?" after the BMI, by its WHO range (NHS: "What is the body mass index (BMI)?")
_BMI_VERDICT = {
    "healthy": "By BMI you're in the healthy range. Staying active and eating well matter more from here than the number.",
    "underweight": (
        "By BMI you're in the underweight range, which can mean your body isn't getting enough; it's worth seeing your GP, "
        "who can check why and help you reach a healthy weight."
    ),
    "overweight": (
        "By BMI alone you're in the overweight range. It's a rough guide, not a diagnosis: your waist, activity, blood pressure "
        "and what you eat say more. Losing even 5 % of your weight slowly, and staying active, lowers the health risks; "
        "your GP can check the rest."
    ),
    "obese": (
        "By BMI you're in a range that raises the risk of type 2 diabetes, heart disease and joint problems. Your GP can check "
        "your blood pressure and blood sugar and help with a plan; losing even 5 % of your weight slowly brings real benefits."
    ),
}


async def body_mass_index(turn: Turn, intent: Intent) -> Answer:
    """ "What's my BMI?": worked out from the weight and height in the profile, with what the
    number means and what it can't tell; no figure at all after an eating-disorder flag."""
    if _no_figures(turn):
        return Answer(
            "I'd rather not focus on numbers like BMI right now. How you feel, your energy and your health matter "
            "more, and your GP can look at the whole picture with you.",
            reason="After what you shared earlier, I'm keeping numbers out of our conversation.",
        )
    profile = await turn.store.read_profile()
    found = bmi.numbers(profile)
    if found is None:
        missing = [label for field, label in (("weight_kg", "weight"), ("height_cm", "height")) if not profile.get(field)]
        return Answer(
            f"I need your {' and '.join(missing)} for that: say something like \"I'm 5'10 and 180 lbs\" or \"I'm 178 cm and "
            '80 kg" and I\'ll work it out.',
            pending={"kind": "ask", "field": "weight_kg" if missing == ["weight"] else "height_cm"} if len(missing) == 1 else None,
        )
    weight, height = found
    value = bmi.bmi(weight, height)
    name, written = bmi.category(value)
    lines = [f"Your BMI is {value:g} ({phrasing.number(round(weight, 1))} kg, {round(height)} cm)."]
    age = profile.get("age")
    adult = not (isinstance(age, int) and not isinstance(age, bool) and age < bmi.ADULT_FROM)
    if intent.data.get("verdict") and adult:
        # "is that healthy?" after the figure: the answer first, then the figure and its limits again
        lines.insert(0, _BMI_VERDICT.get(name, _BMI_VERDICT["overweight"]))
    if isinstance(age, int) and not isinstance(age, bool) and age < bmi.ADULT_FROM:
        lines.append(
            "Under 18, BMI is read on age- and sex-specific growth charts rather than the adult ranges, so your GP or "
            "school nurse is the one to say what it means for you."
        )
    else:
        lines.append(
            f"On the WHO adult scale that's in the {name} range ({written}); 18.5-24.9 is the healthy range."
            if name != "healthy"
            else "That's in the healthy range on the WHO adult scale (18.5-24.9)."
        )
        low, high = bmi.HEALTHY_FROM * (height / 100) ** 2, bmi.HEALTHY_BELOW * (height / 100) ** 2
        lines.append(
            f"At {round(height)} cm the healthy range is about {low:.0f}-{high:.0f} kg "
            f"({low * 2.20462:.0f}-{high * 2.20462:.0f} lb)."
        )
        lines.append(
            "BMI can't tell muscle from fat, so it reads high for muscular people; a waist under half your height is "
            "a useful second check. For people of South Asian, Chinese, Black African or African-Caribbean family "
            "background, NICE uses lower thresholds (23 and 27.5)."
        )
    if intent.data.get("verdict") and adult:
        lines = [lines[0], lines[1], lines[-1]]  # the verdict, the figure and its limits; the ranges were just said
    reason = (
        f"BMI is weight in kg divided by height in metres squared: {phrasing.number(round(weight, 1))} / "
        f"{height / 100:.2f}² = {value:g}. Sources: {bmi.SOURCES}."
    )
    return Answer("\n".join(lines), reason=reason)
