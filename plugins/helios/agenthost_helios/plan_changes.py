"""Follow-ups that change the last plan: "only 20 minutes", "make it harder", "4 days",
"shorter", "no equipment", "at the gym", "what about legs?", "swap running for cycling".

`changed(message, base)` takes the last plan's `make_plan` arguments and returns them with
what the message changes, and the changes in words ("minutes 30 → 20"); the plan that
follows is that plan, changed, not a fresh generic one.
"""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import fuzzy, library, limits, parse, render
from agenthost_helios.library import LEVELS, Exercise
from agenthost_helios.programs import CARDIO_CHOICES, CARDIO_WORDS, FOCUS_WORDS
from agenthost_helios.text import phrase_pattern

PLAN_KEYS = (
    "goal", "level", "days_per_week", "minutes_per_session", "equipment", "focus", "cardio", "avoid", "swaps", "weekdays",
    "split", "limits",
)
_SPLIT_WORDS = (
    ("push_pull_legs", re.compile(r"\b(push\W{0,3}pull\W{0,3}(and\W+)?legs?|ppl)\b")),
    ("upper_lower", re.compile(r"\b(upper\W{0,3}(and\W+)?lower|upper lower|u\W?l)\b(?!\s+back)")),
    ("full_body", re.compile(r"\bfull\W?body (split|every (session|day|time)|sessions only|only)\b|\bjust full\W?body\b")),
)


SPLIT_NAMES = {"push_pull_legs": "push/pull/legs", "upper_lower": "upper/lower", "full_body": "full body"}


def split(text: str) -> str | None:
    """The split a message names ("push pull legs", "upper/lower", "just full body"), or None."""
    text = parse.prepare(text).replace("'", "")
    return next((name for name, pattern in _SPLIT_WORDS if pattern.search(text)), None)
_FOCUS = phrase_pattern(FOCUS_WORDS)
_CARDIO = phrase_pattern(CARDIO_WORDS)
_SWAP = re.compile(r"\b(?:swap|switch|replace|change|trade)\s+(?:the\s+)?(.+?)\s+(?:for|with|to|into)\s+(.+)")
_INSTEAD = re.compile(r"(.+?)\s+instead(?:\s+of\s+(.+))?")
_HARDER = re.compile(r"\b(harder|tougher|more challenging|more intense|step it up|too easy|more difficult)\b")
_EASIER = re.compile(r"\b(easier|lighter|gentler|too hard|less intense|too much|too difficult|simpler)\b")
_SHORTER = re.compile(r"\b(shorter|less time|quicker|too long)\b")
_LONGER = re.compile(r"\b(longer|more time|too short)\b")
_NO_FOCUS = re.compile(r"\b(no (extra |special )?focus|balanced|full body again|evenly)\b")
# "swap the push-ups for something easier", "no burpees please", "I hate lunges", "replace squats with lunges"
SWAP_EXERCISE = re.compile(
    r"\b(swap|switch|replace|change|trade|substitute|sub|instead of|no more|no|not|without|skip|remove|drop|"
    r"leave out|take out|hate|dont like|do not like|cant do|cannot do|can not do|hurts? my|rather not)\b"
)
_OUT = re.compile(
    r"\b(no|not|without|skip|remove|drop|leave out|take out|hate|dont like|do not like|cant do|cannot do|"
    r"can not do|hurts? my|rather not|no more)\b"
)
_MORE_CARDIO = re.compile(r"\b(more|extra|add( some| more)?) (cardio|running|conditioning|aerobic|endurance)\b")
_LESS_CARDIO = re.compile(r"\b(less|fewer|no|not so much|cut( down)?( the)?) (cardio|running|conditioning)\b|\bmore (strength|weights|lifting)\b")
CARDIO_LADDER = ("strength", "general_fitness", "endurance")
# "my knees hate the jumping stuff", "jumping kills my ankles", "I can't do jumps", "easier on my
# knees": the jumps disliked, in any order, and a session asked to be kinder to the joints
_JUMPS = r"(jump\w*|hop|hops|hopping|plyo\w*|bounc\w*|impact|landings?)"
_JOINTS = r"(knees?|joints?|ankles?|hips?|shins?|back|feet|achilles)"
JUMPS_DISLIKED = (
    rf"\b{_JOINTS} (\w+ ){{0,2}}(hate|hates|cant|can not|cannot|dont|do not|arent|are not|wont|will not|struggle|"
    rf"struggles|complain|complains|suffer|scream|object)\b.{{0,25}}\b{_JUMPS}|"
    rf"\b{_JUMPS}( \w+){{0,3}} (hurts?|hurting|kills?|killing|wrecks?|wrecking|destroys?|destroying|murders?|"
    rf"aggravates?|bothers?|is bad for|are bad for|is murder on|is hard on|are hard on|does a number on|"
    rf"plays up|is not good for|isnt good for|isnt great for) (\w+ ){{0,2}}{_JOINTS}\b|"
    rf"\b(hate|hates|cant do|cant take|cant handle|cant manage|cant stand|can not do|cannot do|dont like|dont love|"
    rf"dont do|do not like|not a fan of|not into|no more|sick of|nothing with|skip the|lose the|ditch the|cut the|drop the|"
    rf"take out the|leave out the) (the |any |all (the |that |those )?|those |that |these )?{_JUMPS}|"
    rf"\b(kinder|easier|gentler|softer|nicer|less hard) (on|to|for) (my |the |our |his |her )?{_JOINTS}\b|"
    rf"\b(knee|joint)[- ]friendly\b"
)
# "no jumping", "low impact", "quiet for the neighbours": the impact moves left out
LOW_IMPACT = re.compile(
    r"\b(no (jumping|jumps|jump)|low impact|no impact|without (jumping|jumps)|joint friendly|quiet|neighbou?rs|"
    r"downstairs|apartment|flat upstairs|(bad|dodgy|sore|weak|injured|dicky|dodgey) knees?|"
    r"knees? (hurt|are bad|is bad|is dodgy)|"
    r"(knees?|joints?|hips?|ankles?) (are|is) (a bit |quite |pretty |really |so )?"
    r"(shot|bad|wrecked|knackered|dodgy|sore|weak|gone|dicky|achy|stiff)|"
    r"knee (injury|problems?|issues?|pain)|(nothing|anything|avoid|skip) (with )?(jumping|jumps)|"
    r"neighbou?r|(nothing|not) (too )?(loud|noisy)|no noise|silent|baby'?s? (is )?(asleep|sleeping|napping)|"
    r"(less|fewer|zero|minus the) (jumping|jumps|impact|noise)|thin (floors?|ceilings?|walls?))\b|" + JUMPS_DISLIKED
)
IMPACT_EXERCISES = ("jump_squat", "broad_jump", "jumping_jacks", "high_knees", "burpee", "jump_rope")
_GOAL_SWITCH = re.compile(r"\b(for|about|focus on|switch to|make it|change (it|the goal) to|goal)\b")


def focus(text: str) -> str | None:
    """The muscle group a message asks to focus on ("what about legs?"), as a FOCUS_PATTERNS key."""
    text = limits.unsaid(parse.prepare(text).replace("'", ""))  # "shoulder injury, legs only": legs
    text = re.sub(r"\b(push\W{0,3}pull\W{0,3}(and\W+)?legs?|upper\W{0,3}(and\W+)?lower|legs day split)\b", " ", text)
    text = library.NOT_THE_BACK.sub(" ", text)  # "back at the gym now"
    match = _FOCUS.search(text)
    return FOCUS_WORDS[match.group(0)] if match else None


def cardio(text: str) -> str | None:
    """What the message wants the cardio done on ("swap running for cycling" -> cycle), or None.

    In "swap X for Y" and "Y instead of X" it is Y; otherwise the only kind of cardio named."""
    text = parse.prepare(text).replace("'", "")
    if match := _SWAP.search(text):
        found = _CARDIO.search(match[2])
        if found is None and _CARDIO.search(match[1]) and _GENTLER.search(match[2]):
            return "cycle"  # "swap the running for something low impact": the bike, as for a bad knee
        return CARDIO_WORDS[found.group(0)] if found else None
    if match := _INSTEAD.search(text):
        found = _CARDIO.search(match[1].split(" ")[-1] if match[2] is None else match[1])
        if found:
            return CARDIO_WORDS[found.group(0)]
    named = {CARDIO_WORDS[m.group(0)] for m in _CARDIO.finditer(text) if not _NEGATED.search(text[: m.start()])}
    if not named and any(_NEGATED.search(text[: m.start()]) for m in _CARDIO.finditer(text)):
        return "walk"  # "no running, my knees are shot": brisk walking needs no kit and is easy on the joints
    return named.pop() if len(named) == 1 else None


_NEGATED = re.compile(r"\b(no|not|without|avoid|hate|cant|can't|cannot|never|skip)\s+(\w+\s+)?$")
# what a swap asks for instead of a kind of cardio, without naming one
_GENTLER = re.compile(
    r"\b(low|lower|less|no|zero|non)[- ]?impact\b|\b(gentler|easier|kinder|softer|better) (on|for|to) (my |the )?"
    r"(knees?|joints?|body|hips?|back|feet|ankles?|shins?)\b|\bsomething (gentler|easier|softer|kinder)\b"
)


# "actually I can do 4", "ok we could manage 5 after all", "let's go with 2 then", "make it 4 instead":
# a bare count, with no unit, said right after a plan: days a week when 1-7, minutes when 10-180
_BARE_COUNT = re.compile(
    r"^(?:(?:ok(?:ay)?|actually|well|hmm|wait|sorry|oh|so|right|no|yeah|yes)\b[\s,.!]*)*"
    r"(?:(?:i|we)(?:'?ll| will)?\s+(?:can|could|may|might|should)?\s*(?:actually\s+|now\s+|probably\s+|easily\s+)?"
    r"(?:do|manage|make|go|train|fit in|fit|squeeze in|handle|get in)|let'?s (?:do|go with|go for|say)|"
    r"make it|go with|change it to|maybe|more like|i have|ive got|i've got|i got)\s+"
    r"(\d{1,3})(?:\s+(?:then|now|instead|actually|after all|a week|per week|every week|tbh|really|i think))*\s*[.!]*$"
)


def bare_count(message: str) -> tuple[str, int] | None:
    """("days_per_week", 4) for "actually I can do 4" after a plan, ("minutes_per_session", 45)
    for "I can do 45 now"; None when the message names a unit or is not such a count."""
    text = parse.prepare(message).replace("\u2019", "'").strip()
    match = _BARE_COUNT.match(text)
    if match is None:
        return None
    count = int(match[1])
    if 1 <= count <= 7:
        return "days_per_week", count
    if 10 <= count <= 180:
        return "minutes_per_session", count
    return None


def changed(message: str, base: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """`base` (the last plan's arguments) with the message's changes; the changes in words;
    and notes for changes that could not be made ("already advanced")."""
    text = parse.prepare(message).replace("'", "")
    arguments = {key: base.get(key) for key in PLAN_KEYS}
    notes: list[str] = []
    swap = is_exercise_swap(text) and not _cardio_swap(text)
    if swap:
        # "swap the push-ups for something easier" changes that exercise, not the level or the goal
        notes += _exercise_swap(text, arguments)
    swapped = cardio(message)
    if swapped is not None and (_SWAP.search(text) or "instead" in text or "prefer" in text or "rather" in text):
        arguments["cardio"] = swapped
    elif swapped is not None and focus(message) is None and re.search(r"\b(what about|how about|use|do)\b", text):
        arguments["cardio"] = swapped
    group = None if swap else focus(message)  # "swap squats for something kinder to my lower back"
    if group is not None:
        arguments["focus"] = group
    elif _NO_FOCUS.search(text):
        arguments["focus"] = None
    if swapped is None and group is None and not swap and _GOAL_SWITCH.search(text):
        goal = parse.goal_type(message)
        if goal is not None:
            arguments["goal"] = goal
    goal_now = arguments.get("goal") if arguments.get("goal") in CARDIO_LADDER else "general_fitness"
    if _MORE_CARDIO.search(text) and arguments.get("goal") != "weight_loss":
        arguments["goal"] = CARDIO_LADDER[min(CARDIO_LADDER.index(goal_now) + 1, 2)]
        if arguments["goal"] == base.get("goal"):
            notes.append("It's already mostly cardio: add days or minutes for more (e.g. “5 days”, “45 minutes”).")
    elif _LESS_CARDIO.search(text) and arguments.get("goal") != "weight_loss":
        arguments["goal"] = CARDIO_LADDER[max(CARDIO_LADDER.index(goal_now) - 1, 0)]
    if LOW_IMPACT.search(text):
        arguments["avoid"] = sorted(set(arguments.get("avoid") or ()) | set(IMPACT_EXERCISES))
    count = bare_count(message)
    if days := parse.days_per_week(message) or (count[1] if count and count[0] == "days_per_week" else None):
        if days == base.get("days_per_week"):
            notes.append(f"It's already {days} days a week: {days} sessions, with rest days between the hard ones.")
        arguments["days_per_week"] = days
    if (chosen := weekdays_in(text, base)) is not None:
        arguments["weekdays"] = chosen
        arguments["days_per_week"] = len(chosen)
    elif arguments.get("weekdays") and len(arguments["weekdays"]) != arguments["days_per_week"]:
        arguments["weekdays"] = None  # "make it 4 days" after picking 3 weekdays: the usual spread
    minutes = parse.duration_minutes(message) or (count[1] if count and count[0] == "minutes_per_session" else None)
    if minutes:
        arguments["minutes_per_session"] = int(min(180, max(10, minutes)))
        if arguments["minutes_per_session"] == base.get("minutes_per_session"):
            notes.append(
                f"It already fits {arguments['minutes_per_session']} minutes per session, warm-up and cool-down included."
            )
    elif _SHORTER.search(text) and not swap:
        arguments["minutes_per_session"] = max(10, int(base["minutes_per_session"]) - 10)
        if arguments["minutes_per_session"] == base["minutes_per_session"]:
            notes.append("10 minutes is as short as a session gets, so I kept it there.")
    elif _LONGER.search(text):
        arguments["minutes_per_session"] = min(180, int(base["minutes_per_session"]) + 15)
    level = parse.level(message)
    rank = LEVELS.index(base["level"])
    if level is not None and (level != base["level"] or not (_HARDER.search(text) or _EASIER.search(text))):
        arguments["level"] = level  # "make it easier, I'm a beginner" on a beginner plan: easier still
    elif swap or _cardio_swap(text):
        pass  # "replace running with something easier on my knees": the cardio, not the level
    elif _HARDER.search(text):
        arguments["level"] = LEVELS[min(rank + 1, 2)]
        if rank == 2:
            notes.append("You're already on the advanced plan: add load or reps within it to keep progressing.")
    elif _EASIER.search(text):
        arguments["level"] = LEVELS[max(rank - 1, 0)]
        if rank == 0:
            arguments["minutes_per_session"] = max(10, int(arguments["minutes_per_session"]) - 10)
            notes.append(
                "It's already the beginner level, so I made the sessions shorter instead. To make each move easier "
                "too: lighter weights (or none), fewer reps, and knee or incline push-ups."
            )
    kit = parse.equipment(message)
    if kit is not None:
        arguments["equipment"] = kit
    if (named := split(message)) is not None:
        arguments["split"] = named
    return arguments, _changes(base, arguments), notes


_WEEKDAY_WORDS = {
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun",
}
_WEEKDAY = re.compile(r"\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?s?\b")
_MOVE = re.compile(r"\b(?:move|switch|swap|change)\s+(?:the\s+)?(\w+)(?:\s+(?:session|workout|one))?\s+(?:to|for|with)\s+(\w+)\b")


# "wednesdays and weekends", "weekdays after work", "any day but fridays", "busy at weekends"
_WEEKEND = re.compile(r"\bweek ?ends?\b")
_WORKWEEK = re.compile(r"\b(week ?days?|work ?days|during the week|in the week|after work|before work|mon(day)?s? to fri(day)?s?)\b")
_NOT_ON = (
    r"((except|but|not|apart from|other than|besides|no|without)|"
    r"(busy|working|work|cant|cannot|can not|never|not free|unavailable)(\s+\w+){0,2}?)"
)
_DAY_WORD = r"(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday|urday|sday)?s?|week ?ends?|week ?days?"
_EXCLUDED = re.compile(rf"\b{_NOT_ON}\s+(on\s+|at\s+|the\s+|on the\s+|at the\s+)?(?P<day>{_DAY_WORD})\b")
_AVAILABILITY = re.compile(r"\b(only|just|can|could|free|available|any (other )?day|prefer|rather|instead|work(s)? (best )?for me|suits? me)\b")


def days_available(text: str) -> list[str] | None:
    """The weekdays a message says someone can train on, in week order: days named, "weekends"
    as Sat and Sun, "weekdays" or "after work" as Mon-Fri, less the days ruled out ("any day but
    fridays", "not weekends"); None when it names no day."""
    excluded: set[str] = set()
    for match in _EXCLUDED.finditer(text):
        excluded |= set(_expand(match["day"]))
    kept = _EXCLUDED.sub(" ", text)
    days = {_WEEKDAY_WORDS[m.group(1)[:3]] for m in _WEEKDAY.finditer(kept)}
    if _WEEKEND.search(kept):
        days |= {"Sat", "Sun"}
    if _WORKWEEK.search(kept):
        days |= set(_WEEKDAY_ORDER[:5])
    if not days and not excluded:
        return None
    if not days:
        days = set(_WEEKDAY_ORDER)  # "any day but fridays"
    return sorted(days - excluded, key=_WEEKDAY_ORDER.index) or None


def _expand(word: str) -> list[str]:
    if _WEEKEND.fullmatch(word):
        return ["Sat", "Sun"]
    if re.fullmatch(r"week ?days?", word):
        return list(_WEEKDAY_ORDER[:5])
    return [_WEEKDAY_WORDS[word[:3]]]


def spread(days: list[str], count: int) -> list[str]:
    """`count` of `days` as far apart as the week allows (Mon-Fri, 3 -> Mon, Wed, Fri)."""
    if count >= len(days):
        return list(days)
    order = [_WEEKDAY_ORDER.index(d) for d in days]

    def gaps(picked: tuple[int, ...]) -> tuple[int, int]:
        steps = [(b - a) for a, b in zip(picked, picked[1:])] + [picked[0] + 7 - picked[-1]]
        return (min(steps), -sum(1 for s in steps if s == 1))

    from itertools import combinations

    best = max(combinations(order, max(1, count)), key=gaps)
    return [_WEEKDAY_ORDER[i] for i in best]


def weekdays_in(text: str, base: dict[str, Any]) -> list[str] | None:
    """The weekdays a message asks to train on ("tue, thu and sat instead", "move friday to
    saturday", "only weekends", "weekdays after work"), in week order, or None when it names none
    to train on. More days free than the plan has sessions: the plan's days, spread over them."""
    days = [_WEEKDAY_WORDS[m.group(1)[:3]] for m in _WEEKDAY.finditer(text)]
    if (not days or _WEEKEND.search(text) or _WORKWEEK.search(text) or _EXCLUDED.search(text)) and _AVAILABILITY.search(text):
        free = days_available(text)
        if free is None:
            return None
        wanted = parse.days_per_week(text) or int(base.get("days_per_week") or 3)
        return spread(free, wanted) if len(free) > wanted and (_WEEKEND.search(text) or _WORKWEEK.search(text) or _EXCLUDED.search(text)) else free
    if not days:
        return None
    current = list(base.get("weekdays") or [])
    if (move := _MOVE.search(text)) and len(days) == 2:
        if not current:
            from agenthost_helios.plan import planned_weekdays

            current = planned_weekdays(int(base.get("days_per_week") or 3))
        if days[0] in current and days[1] not in current:
            current[current.index(days[0])] = days[1]
            return sorted(current, key=_WEEKDAY_ORDER.index)
        return None
    if len(days) < 2 and not re.search(r"\b(only|just)\b", text):
        return None
    return sorted(dict.fromkeys(days), key=_WEEKDAY_ORDER.index)


_WEEKDAY_ORDER = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _cardio_swap(text: str) -> bool:
    """"swap the running for something low impact": the cardio the plan is done on, not the
    library's running exercise."""
    match = _SWAP.search(text)
    return bool(match and _CARDIO.search(match[1]) and cardio(text) is not None)


def is_exercise_swap(text: str) -> bool:
    """A message that swaps or leaves out an exercise the library knows."""
    canonical = fuzzy.repair(parse.prepare(text).replace("'", ""))
    return bool(SWAP_EXERCISE.search(canonical)) and library.pattern().search(canonical) is not None


def swap_reasons(base: dict[str, Any], arguments: dict[str, Any], message: str) -> list[str]:
    """Why each exercise swapped in this change took the other's place: what the user asked for,
    and what the new one shares with the old ("why that swap?")."""
    asked = message.strip().rstrip(".!?")
    found = []
    for old_id, new_id in (arguments.get("swaps") or {}).items():
        if (base.get("swaps") or {}).get(old_id) == new_id:
            continue
        old, new = library.by_id(old_id), library.by_id(new_id)
        shared = [m.replace("_", " ") for m in new.muscles if m in old.muscles]
        works = f"it works the same muscles ({', '.join(shared)})" if shared else "it trains the same movement"
        kit = "with no equipment" if not new.equipment else f"with {new.equipment_text()}"
        lighter = (
            ", with no bar on your back and a lighter load on the spine"
            if "barbell" in old.equipment and "barbell" not in new.equipment
            else ""
        )
        level = " at an easier level" if new.level_rank < old.level_rank else " at a harder level" if new.level_rank > old.level_rank else ""
        found.append(
            f"{new.name} in place of {old.name}: you asked “{asked}”, and {works} {kit}{lighter}{level}. "
            f"Say “swap {new.name.lower()} for ...” to pick another (e.g. a leg press, if you have one)."
        )
    return found


def _changes(base: dict[str, Any], arguments: dict[str, Any]) -> list[str]:
    """What changed from `base` to `arguments`, in words ("days 4 → 3", "Push-up → Incline push-up")."""
    changes = [
        f"{base.get(key)} → {arguments[key]} days a week" if key == "days_per_week"
        else f"{label} {_setting(key, base.get(key))} → {_setting(key, arguments[key])}"
        for key, label in (
            ("days_per_week", "days"),
            ("minutes_per_session", "minutes"),
            ("level", "level"),
            ("equipment", "equipment"),
            ("goal", "goal"),
            ("focus", "focus"),
            ("cardio", "cardio"),
            ("weekdays", "days of the week"),
            ("split", "split"),
        )
        if arguments.get(key) != base.get(key)
    ]
    for old, new in (arguments.get("swaps") or {}).items():
        if (base.get("swaps") or {}).get(old) != new:
            changes.append(f"no more {_plural(library.by_id(old).name)}: {library.by_id(new).name} instead")
    added = set(arguments.get("avoid") or ()) - set(base.get("avoid") or ())
    if set(IMPACT_EXERCISES) <= added:
        changes.append("no jumping")
        added -= set(IMPACT_EXERCISES)
    for left_out in sorted(added):
        changes.append(f"no {_plural(library.by_id(left_out).name)}")
    return changes


def _plural(name: str) -> str:
    """`push-ups`, `reverse lunges`, `farmer's carries`: an exercise's name in the plural, lower case."""
    name = name.lower()
    if name.endswith(("s", "hold", "stretch", "pose")):
        return name
    return name[:-1] + "ies" if name.endswith("y") and not name.endswith(("ay", "ey", "oy")) else name + "s"


def _exercise_swap(text: str, arguments: dict[str, Any]) -> list[str]:
    """Apply "swap the push-ups for something easier", "replace squats with lunges" or "no
    burpees" to `arguments` (its `swaps` and `avoid`); notes for what could not be done."""
    canonical = fuzzy.repair(text)
    if not SWAP_EXERCISE.search(canonical):
        return []
    named = [library.by_phrase(m.group(0)) for m in library.pattern().finditer(canonical)]
    if not named:
        return []
    out = named[0]
    wanted = next((e for e in named[1:] if e != out), None)
    kit = arguments.get("equipment") or ["none"]
    swaps = dict(arguments.get("swaps") or {})
    avoid = set(arguments.get("avoid") or ())
    if wanted is None:
        if _EASIER.search(canonical):
            wanted = _alternative(out, kit, easier=True)
        elif _HARDER.search(canonical):
            wanted = _alternative(out, kit, easier=False)
        elif _OUT.search(canonical) and not re.search(r"\b(for|with|to) (something|another|a different)\b", canonical):
            avoid.add(out.id)
            swaps.pop(out.id, None)
            arguments["swaps"], arguments["avoid"] = swaps, sorted(avoid)
            return []
        else:
            wanted = _alternative(out, kit, easier=None)
    if wanted is None:
        return [f"I don't have another version of the {out.name.lower()} for your equipment, so it stays."]
    if not wanted.allowed(kit):
        return [f"The {wanted.name.lower()} needs {wanted.equipment_text()}, which isn't in this plan's equipment."]
    swaps[out.id] = wanted.id
    avoid.discard(wanted.id)
    arguments["swaps"], arguments["avoid"] = swaps, sorted(avoid)
    return []


def _alternative(exercise: Exercise, kit: list[str], easier: bool | None) -> Exercise | None:
    """Another exercise for the same movement: easier, harder, or (None) about as hard."""
    options = [e for e in library.related(exercise, limit=12) if e.allowed(kit)]
    if easier is True:
        options = [e for e in options if e.level_rank < exercise.level_rank] or [
            e for e in options if e.level_rank == exercise.level_rank and e.category == exercise.category
        ]
    elif easier is False:
        options = [e for e in options if e.level_rank > exercise.level_rank]
    return options[0] if options else None



def _setting(key: str, value: Any) -> str:
    if key in ("avoid", "swaps"):
        return str(value)
    if key == "weekdays":
        return ", ".join(value) if value else "the usual spread"
    if value is None:
        return {"cardio": "mixed", "split": "the usual week"}.get(key, "none")
    if key == "split":
        return SPLIT_NAMES.get(str(value), str(value))
    if key == "equipment":
        return render.equipment(value)
    if key == "cardio":
        return CARDIO_CHOICES.get(value, str(value))
    return render.number(value) if isinstance(value, (int, float)) else str(value).replace("_", " ")
