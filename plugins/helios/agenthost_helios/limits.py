"""Injuries and limitations a user states ("bad knees", "plantar fasciitis", "I use a wheelchair",
"70 with arthritis") and what a plan does about them: the exercises it leaves out, what the
cardio is done on, and one line saying so, with the advice to see a physio or doctor.

The choices follow the NHS pages on knee pain, back pain, shoulder pain, heel pain and arthritis
(keep active with low-impact exercise such as walking, cycling or swimming; stop what hurts) and
the ACSM's guidance on exercise with arthritis and for wheelchair users (seated upper-body work,
arm-crank or wheelchair-push cardio).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from attrs import frozen

from agenthost_helios import library, parse
from host.text import per_turn

JUMPS = frozenset({"jump_squat", "broad_jump", "jumping_jacks", "high_knees", "burpee", "jump_rope", "power_clean"})
# Cardio that pounds the legs: what an injured knee, hip, foot or back is not given
IMPACT_CARDIO = frozenset({"run", "jump_rope", "stairs"})
PHYSIO = "If pain is sharp, or lasts more than a week or two, see a physio or doctor."


@frozen
class Limit:
    """One limitation and what a plan does about it."""

    id: str
    said: str  # "your knees": how the line names it
    avoid_patterns: frozenset[str]  # movement patterns left out (every exercise with one of them)
    avoid_ids: frozenset[str]  # exercises left out besides
    cardio: str  # a CARDIO_CHOICES key: what the cardio is done on instead
    banned_cardio: frozenset[str]  # CARDIO_CHOICES keys this limit rules out
    line: str  # what the plan does, in words
    pain: bool = True  # an injury or a condition: the physio line follows


_LEGS_LOADED = frozenset({"pistol_squat", "deep_squat_hold", "back_squat", "front_squat", "running"})
_BACK_LOADED = frozenset({
    "deadlift", "romanian_deadlift", "dumbbell_rdl", "kettlebell_deadlift", "kettlebell_swing", "band_good_morning",
    "barbell_row", "back_squat", "front_squat", "dumbbell_thruster", "overhead_press", "superman", "russian_twist",
    "bicycle_crunch", "hanging_leg_raise", "hanging_knee_raise", "turkish_get_up", "running", "farmers_carry",
    "suitcase_carry",
})
_SHOULDER_LOADED = frozenset({
    "plank", "side_plank", "mountain_climber", "bear_crawl", "renegade_row", "turkish_get_up", "kettlebell_swing",
    "dumbbell_thruster", "dead_hang", "hanging_knee_raise", "hanging_leg_raise", "inchworm", "downward_dog",
    "sun_salutation", "wood_chop", "rowing_machine", "shadow_boxing", "chair_dip",
})
_UPPER_BODY = frozenset({"push_horizontal", "push_vertical", "pull_horizontal", "pull_vertical", "triceps", "biceps",
                         "shoulders", "grip"})
# What can be done sitting in a wheelchair (with a band, dumbbells or a gym's cable and machines)
SEATED = frozenset({
    "arm_circles", "shadow_boxing", "wood_chop", "pallof_press", "band_pull_apart", "band_row", "band_lat_pulldown",
    "band_chest_press", "band_overhead_press", "face_pull", "dumbbell_shoulder_press", "lateral_raise", "biceps_curl",
    "overhead_triceps_extension", "reverse_fly", "lat_pulldown", "seated_cable_row", "machine_chest_press",
    "triceps_pushdown", "cross_body_shoulder_stretch", "doorway_chest_stretch", "open_book",
})
# What an older or less mobile person does on a sturdy chair (NHS "Sitting exercises" and
# strength exercises for older people): the seated upper body above, the legs worked sitting,
# and standing up from the chair as the one move off it
CHAIR = (SEATED - {"wood_chop"}) | {"sit_to_stand", "seated_knee_extension", "seated_heel_raise", "seated_march"}

LIMITS: dict[str, Limit] = {
    "knee": Limit(
        "knee", "your knees", frozenset({"plyo", "lunge"}), JUMPS | _LEGS_LOADED, "cycle", IMPACT_CARDIO,
        "no running, jumping, lunges or deep squats; cardio on the bike (or swimming), and stop anything that hurts.",
    ),
    "hip": Limit(
        "hip", "your hip", frozenset({"plyo", "lunge"}), JUMPS | _LEGS_LOADED, "cycle", IMPACT_CARDIO,
        "no running, jumping, lunges or deep squats; cardio on the bike (or swimming), and stop anything that hurts.",
    ),
    "back": Limit(
        "back", "your back", frozenset({"plyo"}), JUMPS | _BACK_LOADED, "walk", IMPACT_CARDIO,
        "no running, jumping, deadlifts, swings or twisting crunches; walking for cardio, and gentle core work "
        "(dead bug, bird dog) kept pain-free.",
    ),
    "shoulder": Limit(
        "shoulder", "your shoulder", frozenset({"plyo"}) | _UPPER_BODY, JUMPS | _SHOULDER_LOADED, "cycle",
        frozenset({"swim", "row"}),
        "no pressing, pulling, hanging or weight on the hands; legs, core and cardio on the bike instead.",
    ),
    "foot": Limit(
        "foot", "your feet", frozenset({"plyo"}), JUMPS | {"running", "brisk_walk", "walking_lunge",
                                                            "treadmill_incline_walk"}, "cycle",
        IMPACT_CARDIO | {"walk"},
        "no running, jumping or long walks; cardio on the bike (or swimming), and strength work that spares the feet.",
    ),
    "joints": Limit(
        "joints", "your joints", frozenset({"plyo"}),
        JUMPS | {"pistol_squat", "bulgarian_split_squat", "walking_lunge", "deep_squat_hold", "front_squat",
                 "running", "hanging_leg_raise", "handstand_push_up", "archer_push_up"},
        "walk", IMPACT_CARDIO,
        "no running or jumping; walking for cardio (cycling or swimming suit too), moves kept within a comfortable range.",
    ),
    "wheelchair": Limit(
        "wheelchair", "your chair", frozenset(), frozenset(), "seated", frozenset({"run", "walk", "jump_rope", "stairs", "elliptical"}),
        "every move is done seated (upper body and core), with wheelchair pushing or an arm bike for cardio.",
        pain=False,
    ),
    "chair": Limit(
        "chair", "a chair", frozenset(), frozenset(), "chair",
        frozenset({"run", "walk", "jump_rope", "stairs", "elliptical", "swim", "row"}),
        "every move is done sitting on a sturdy chair (standing up from it is the one move off it), with seated "
        "marching for cardio. Hold the chair's sides, move slowly, and stop if anything hurts or you feel dizzy.",
        pain=False,
    ),
}

_PROBLEM = (
    r"(bad|dodgy|dodgey|dicky|weak|sore|stiff|achy|aching|aches?|injur\w*|hurt\w*|pain\w*|problems?|issues?|trouble|"
    r"friendly|arthritic|arthritis|osteoarthritis|surgery|op|operation|replacement|replaced|reconstruction|"
    r"niggl\w*|twinge\w*|shot|wrecked|knackered|gone|torn|tore|strain\w*|sprain\w*|tendin\w*|bursitis|"
    r"impingement|dislocat\w*|frozen|kind(er)? to|easy on|gentle on|spare|sparing|protect|killing|playing up|"
    r"plays up|acting up|flar\w*|went|gone out|locked|clicks|clicking)"
)
_PARTS = {
    "knee": r"(knees?|kneecaps?|acl|mcl|meniscus|patell\w*)",
    "hip": r"(hips?)",
    "back": r"(lower back|my back|the back|back|lumbar|spine)",
    "shoulder": r"(shoulders?|rotator cuff)",
    "foot": r"(ankles?|feet|foot|heels?|achilles|shins?)",
}
# Named conditions that need no problem word: "plantar fasciitis", "sciatica", "runner's knee"
_CONDITIONS = {
    "knee": r"(runner'?s knee|jumper'?s knee|chondromalacia|knee[- ]friendly|patellofemoral)",
    "back": r"(sciatica|slipped disc|herniated disc|bulging disc|prolapsed disc|disc (problem|issue|injury)s?|"
            r"back ?pain|backache|back spasms?|lumbago)",
    "shoulder": r"(frozen shoulder|rotator cuff (injury|tear|problem)|shoulder impingement)",
    "foot": r"(plantar fasci\w*|heel pain|heel spurs?|shin splints|achilles tend[io]n\w*|sprained ankle|flat feet)",
    "joints": r"(arthritis|osteoarthritis|arthritic|rheumatoid|joint pain|(bad|dodgy|stiff|sore|achy|weak) joints|"
              r"joints (are|is) (bad|dodgy|stiff|sore|achy|not great|shot)|hypermobil\w*|osteoporosis|"
              r"(easy|easier|kind|kinder|gentle|gentler) (on|to|for) (my |the )?joints|joint friendly)",
    "wheelchair": r"(wheel ?chair|wheelie|paraplegi\w*|spinal cord injury|(cant|can't|cannot|can not) (use|move|stand on) "
                  r"my legs|(cant|can't|cannot|can not) stand (up|without|unaided|on my (own|legs|feet)))",
    # "chair exercises for my mum", "a seated workout", "exercises I can do sitting down", "can't stand for long"
    "chair": r"((chair|seated|sitting|sit down|sat down)[- ]?(exercises?|workouts?|training|routines?|plans?|moves|"
             r"fitness|aerobics|gym|strength|sessions?|classes?)|(exercises?|workouts?|moves|training|routines?|something|"
             r"anything|things) ((to do|for (me|her|him|them|us)|(i|you|she|he|we|they|one|my \w+) (can|could) (do|manage)) )?"
             r"(done )?((while|whilst) )?(sitting|seated|sat|(in|on|from) (a|my|the|her|his) (chair|seat))( down)?(?! all day)|"
             r"chair ?based|seated only|only seated|(only|just) (do|manage) (it )?(sitting|seated)|"
             r"(cant|can't|cannot|can not) stand (for (long|more than|very long|any time|too long)|long))",
}
_NEGATED = re.compile(r"\b(no|not|without|never|free of|dont have|don't have|nothing wrong with)\s+(\w+\s+){0,2}$")
_FINE = re.compile(r"\b(fine|ok|okay|better|healed|good|all good|recovered)\b")
# "I'm back", "back at the gym", "back day", "back to it": the word back that is no body part
_NOT_BODY_BACK = re.compile(
    r"\b(i'?m|im|i am|get(ting)?|got|come|coming|came|be|been|go(ing)?|went|bring|welcome|way|back and forth|"
    r"pay|put|hold|holding|cut|cutting|ease|easing|step(ping)?|bounce|bouncing)\s+back\b|\bback (to|at|in|into|on|"
    r"from|day|days|workout|session|and biceps|& biceps|n biceps|squat|extension|row|rows|off|up|home|then|again|"
    r"after|when)\b"
)


@cache
def _pattern(limit_id: str) -> re.Pattern[str]:
    choices = []
    if limit_id in _PARTS:
        part = _PARTS[limit_id]
        choices += [rf"\b{part}\b(\W+\w+){{0,4}}?\W+{_PROBLEM}\b", rf"\b{_PROBLEM}\b(\W+\w+){{0,3}}?\W+{part}\b"]
    if limit_id in _CONDITIONS:
        choices.append(rf"\b{_CONDITIONS[limit_id]}\b")
    return re.compile("|".join(choices))


# "my mum has bad knees", "he uses a wheelchair": someone else's condition shapes no plan of the user's
_SOMEONE_ELSE = re.compile(
    r"\b(my|our|his|her|their) (mum|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|son|daughter|kids?|"
    r"child|children|friend|gran|grandma|grandmother|granny|grandad|grandpa|grandfather|nan|nana|brother|sister|"
    r"client|clients|aunt|uncle|colleague|boss|neighbou?r|parents?)\b|^\W*(he|she|they) (has|have|is|are|uses|use)\b"
)
_ME = re.compile(r"\b(i|im|i'm|i've|ive|me|myself|mine)\b")


def unsaid(text: str) -> str:
    """`text` (already prepared) with the limitations it states blanked out, so that "shoulder
    injury, legs only" names legs, not shoulders, as what to train."""
    for limit_id in LIMITS:
        text = _pattern(limit_id).sub(" ", text)
    return text


# A word every limitation's pattern needs: most messages have none, and skip the seven patterns (29 us a message).
_ANY_PART = re.compile(
    r"knee|kneecap|acl|mcl|menisc|patell|hip|back|lumbar|spine|shoulder|rotator|ankle|feet|foot|heel|achilles|shin|"
    r"sciatica|disc|lumbago|plantar|arthri|rheumat|chondro|joint|hypermobil|osteopor|wheel|paraplegi|spinal|legs|stand|chair|seat|sitting|sat\b|sit down"
)


# "what about my knee?", "and my back?", "is that ok for my knees?" right after a plan: the plan
# built around that part (no problem word needed: asking is saying it needs care)
_ASKED_ABOUT = re.compile(
    r"^\W*(and |but |so |ok |okay )?(what about|how about|and|but) (my|the) (?P<part>knees?|lower back|hips?|ankles?|feet|foot)"
    r"( though| then| tho)?\W*$|"
    r"^\W*(and |but |so |ok |okay )?(is (that|it|this|the plan) (ok|okay|safe|fine|good) (for|with)|"
    r"will (that|it|this) (hurt|be ok for|be okay for|be fine for|be safe for)|(that|it)s? (ok|okay|safe|fine) (for|with))"
    r" (my|the) (?P<part3>knees?|back|lower back|hips?|shoulders?|ankles?|feet|foot)( though| then| tho)?\W*$|"
    r"^\W*(my|the) (?P<part2>knees?|back|lower back|hips?|shoulders?|ankles?|feet|foot) (though|tho|then)\W*$"
)
_PART_LIMIT = {"knee": "knee", "back": "back", "lower": "back", "hip": "hip", "shoulder": "shoulder", "ankle": "foot",
               "feet": "foot", "foot": "foot"}


def asked_about(message: str) -> list[str]:
    """The limitation a short question about a body part names ("what about my knee?" ->
    ["knee"]), [] when the message is not one."""
    match = _ASKED_ABOUT.match(parse.prepare(message).replace("\u2019", "'"))
    if match is None:
        return []
    part = (match["part"] or match["part2"] or match["part3"]).split()[0]
    return [_PART_LIMIT.get(part.rstrip("s"), _PART_LIMIT.get(part, "knee"))]


@per_turn  # asked by routing and the intents of the same message
def found(message: str) -> list[str]:
    """The limitations a message states, as LIMITS keys, in LIMITS order ([] when none)."""
    text = parse.prepare(message).replace("\u2019", "'")  # typos mended first: "dodgy kness"
    if not _ANY_PART.search(text):
        return []
    text = _NOT_BODY_BACK.sub(" ", text)
    someone_else = bool(_SOMEONE_ELSE.search(text) and not _ME.search(text))
    said = []
    for limit_id in LIMITS:
        if someone_else and limit_id != "chair":
            continue  # "chair exercises for my mum": the plan asked for is a seated one, whoever it is for
        match = _pattern(limit_id).search(text)
        if match is None or _NEGATED.search(text[: match.start()]):
            continue
        if _FINE.search(match.group(0)) or re.search(r"\b(are|is|feel|feels) (fine|ok|okay|good|better)\b", text[match.end():][:25]):
            continue
        said.append(limit_id)
    if "chair" in said and "wheelchair" in said:
        said.remove("chair")  # a wheelchair user's seated plan: upper body and core
    if "joints" in said and any(part in said for part in ("knee", "hip", "foot")):
        said.remove("joints")  # "arthritis in my knees": the knee's rules, which cover the joint's
    return said


_HEALED = r"(is|are|feels?|feeling|now|has|have|is all|are all) (fine|better|healed|good|ok|okay|all good|recovered|sorted|pain free)"
_ALL_CLEAR = re.compile(
    r"\b(fully (recovered|healed)|no (more )?(injury|injuries|restrictions|limitations|pain)( now| anymore)?$|"
    r"(injury|it|everything) (has |is )?(healed|all healed|better now)|(physio|doctor|gp) (has )?(cleared|signed) me)\b"
)


def cleared(message: str) -> set[str]:
    """The limitations a message says are over ("my knee is fine now", "fully recovered")."""
    text = parse.prepare(message).replace("\u2019", "'")
    if _ALL_CLEAR.search(text):
        return set(LIMITS)
    return {
        limit_id for limit_id, part in _PARTS.items() if _healed(part).search(text)
    }


@cache
def _healed(part: str) -> re.Pattern[str]:
    """A part said to be healed ("my knee is fine now"), compiled once."""
    return re.compile(rf"\b{part}\b(\W+\w+){{0,2}}?\W+{_HEALED}\b")


def remembered(kept: Iterable[str] | None, message: str, history: Iterable[dict[str, Any]]) -> list[str]:
    """The limitations said so far and not said to be over: those kept from earlier turns, then
    the conversation's user messages in order (some may have gone to another agent), then this
    message's; in LIMITS order."""
    said = set(kept or ()) & set(LIMITS)
    told = [str(entry.get("text") or "") for entry in history if isinstance(entry, dict) and entry.get("role") == "user"]
    for text in told:
        gone, named = _read_before(text)
        said = (said - gone) | named
    said = (said - cleared(message)) | set(found(message))
    return [limit_id for limit_id in LIMITS if limit_id in said]


@lru_cache(maxsize=4096)
def _read_before(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(`cleared(text)`, `found(text)`) of an earlier user message, kept between turns: every
    turn reads the conversation's messages again."""
    return frozenset(cleared(text)), frozenset(found(text))


@cache
def avoided(limit_ids: tuple[str, ...]) -> frozenset[str]:
    """Every exercise id the limitations leave out."""
    out: set[str] = set()
    for limit_id in (i for i in limit_ids if i in LIMITS):
        limit = LIMITS[limit_id]
        out |= limit.avoid_ids
        out |= {e.id for e in library.exercises() if limit.avoid_patterns & set(e.patterns)}
        if limit_id == "wheelchair":
            out |= {e.id for e in library.exercises()} - SEATED
        if limit_id == "chair":
            out |= {e.id for e in library.exercises()} - CHAIR
    return frozenset(out)


def cardio_within(limit_ids: Iterable[str], chosen: str | None) -> str | None:
    """What the cardio is done on: the user's choice when every limitation allows it, else the
    first limitation's own choice that the others allow."""
    limit_ids = [i for i in limit_ids if i in LIMITS]
    if not limit_ids:
        return chosen
    banned = set().union(*(LIMITS[i].banned_cardio for i in limit_ids))
    if chosen is not None and chosen not in banned:
        return chosen
    seated = [i for i in limit_ids if i in ("wheelchair", "chair")]
    # a seated plan's cardio is seated whatever else is said ("bad knee, chair exercises": not the bike)
    options = [LIMITS[i].cardio for i in seated + limit_ids if LIMITS[i].cardio not in banned]
    return options[0] if options else ("swim" if "swim" not in banned else "cycle")


def known(limit_ids: Iterable[str] | None) -> tuple[str, ...]:
    """The LIMITS keys among `limit_ids`, in LIMITS order, each once."""
    given = set(limit_ids or ())
    return tuple(limit_id for limit_id in LIMITS if limit_id in given)


def summary(limit_ids: Iterable[str]) -> str:
    """One line on what the plan does for the limitations, and the physio advice when one hurts."""
    limit_ids = [i for i in limit_ids if i in LIMITS]
    if not limit_ids:
        return ""
    # a seated plan's line alone: its cardio is what the plan does (the others' lines name theirs)
    limit_ids = sorted(limit_ids, key=lambda i: i not in ("wheelchair", "chair"))
    names = [LIMITS[i].said for i in limit_ids]
    named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if limit_ids[0] in ("wheelchair", "chair") and len(limit_ids) > 1:
        others = names[1:]
        spared = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
        what = f"{LIMITS[limit_ids[0]].line} Nothing in it loads {spared}."
    else:
        lines = [LIMITS[i].line for i in limit_ids[:2]]
        what = " ".join([lines[0]] + [line[0].upper() + line[1:] for line in lines[1:]])
    advice = f" {PHYSIO}" if any(LIMITS[i].pain for i in limit_ids) else ""
    return f"🩹 Built around {named}: {what}{advice}"
