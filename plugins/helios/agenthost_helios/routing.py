"""Offline routing for Helios: how strongly a message is about fitness and training.

Scores come from `host.keywords.KeywordScorer` (whole words, stemmed, phrases first), so
"brunch" is not "run" and "running", "ran" and "runs" are. Weights say how sure one mention
alone makes us; several mentions add up towards 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from host import hookimpl
from host.first_look import FirstLook
from host.keywords import KeywordScorer, reason
from host.typos import AsTyped
from host.types import ClassifyContext, Score

from agenthost_helios import burn_off, entries, faq, habits, intents, languages, parse, plan_changes, progress, routines, safety, soreness, workouts
from agenthost_helios.records import now

AGENT = "helios"

TERMS: dict[str, float] = {
    # Core vocabulary: these alone make a message about training.
    "workout": 0.65,
    "work out": 0.65,
    "exercise": 0.6,
    "gym": 0.6,
    "fitness": 0.55,
    "training": 0.5,
    "train": 0.45,
    "cardio": 0.65,
    "hiit": 0.65,
    "crossfit": 0.65,
    "strength": 0.45,
    "muscle": 0.5,
    "endurance": 0.5,
    "stamina": 0.5,
    # Activities.
    "run": 0.5,
    "jog": 0.55,
    "sprint": 0.5,
    "marathon": 0.65,
    "half marathon": 0.7,
    "5k": 0.6,
    "10k": 0.6,
    "lift": 0.5,
    "weightlifting": 0.65,
    "weightlifter": 0.65,
    "olympic lifting": 0.75,
    "snatch": 0.5,
    "clean and jerk": 0.8,
    "powerlifting": 0.7,
    "powerlifter": 0.7,
    "1rm": 0.7,
    "one rep max": 0.8,
    "lift weights": 0.75,
    "swim": 0.45,
    "cycling": 0.45,
    "bike ride": 0.5,
    "hike": 0.4,
    "yoga": 0.5,
    "pilates": 0.55,
    "stretch": 0.45,
    "walk": 0.3,
    "steps": 0.3,
    # Exercises and equipment.
    "squat": 0.65,
    "deadlift": 0.7,
    "bench press": 0.8,
    "bench": 0.35,
    "push up": 0.65,
    "pushup": 0.65,
    "pull up": 0.65,
    "pullup": 0.65,
    "chin up": 0.65,
    "plank": 0.55,
    "burpee": 0.65,
    "lunge": 0.6,
    "crunch": 0.45,
    "sit up": 0.55,
    "rep": 0.5,
    "set": 0.25,
    "dumbbell": 0.65,
    "barbell": 0.65,
    "kettlebell": 0.65,
    "treadmill": 0.6,
    # Body and goals.
    "abs": 0.5,
    "core": 0.3,
    "biceps": 0.55,
    "triceps": 0.55,
    "glutes": 0.55,
    "hamstring": 0.55,
    "quads": 0.55,
    "leg day": 0.8,
    "arm day": 0.8,
    "chest day": 0.8,
    "upper body": 0.6,
    "lower body": 0.6,
    "warm up": 0.6,
    "cool down": 0.5,
    "sore": 0.4,
    "rest day": 0.65,
    "recovery": 0.35,
    "personal record": 0.6,
    "pace": 0.4,
    "mile": 0.4,
    "build muscle": 0.75,
    "gain muscle": 0.75,
    "get fit": 0.7,
    "get in shape": 0.7,
    "six pack": 0.6,
    "burn fat": 0.5,
    "burn calories": 0.5,
    "lose weight": 0.45,
    "heart rate": 0.5,
    # A workout asked for in Portuguese, Spanish, Italian or French ("só me passa o treino")
    "treino": 0.6,
    "treinar": 0.55,
    "entrenamiento": 0.6,
    "entrenar": 0.55,
    "allenamento": 0.6,
    "entrainement": 0.6,
    "entraînement": 0.6,
    # How to lift on a cut: "should I lift lighter when dieting?", "keep lifting heavy or high reps?"
    "lift heavy": 0.7,
    "lift lighter": 0.7,
    "lift light": 0.7,
    "high reps": 0.6,
    # Training gadgets: "is my apple watch heart rate accurate or should I get a chest strap?"
    "heart rate monitor": 0.7,
    "hr monitor": 0.65,
    "apple watch": 0.5,
    "garmin": 0.5,
    "fitbit": 0.5,
    "workout plan": 0.85,
    "training plan": 0.85,
    "routine": 0.3,
    "in shape": 0.6,
    "out of shape": 0.7,
    "stronger": 0.5,
    "flexibility": 0.5,
    "mobility": 0.5,
    "set of": 0.45,
    "rest between": 0.5,
    # Everyday training questions (data/faq.json).
    "progressive overload": 0.85,
    "overload": 0.6,
    "doms": 0.7,
    "rest days": 0.65,
    "muscle groups": 0.6,
    "sets and reps": 0.7,
    "rep range": 0.7,
    "max heart rate": 0.7,
    "heart rate zone": 0.75,
    # a heart rate for an age said ("what's my target heart rate? im 35", "fat burning zone for a 40 year old")
    "target heart rate": 0.8,
    "maximum heart rate": 0.8,
    "fat burn zone": 0.8,  # stemmed: "fat burning zone" too
    "fat burn heart rate": 0.85,
    # Gym wear and tear and gym machines: "ripped a callus on the bar" (a known word, so never
    # "repaired" into "calls"), "the stairmaster is killing me"
    "callus": 0.6,
    "calluses": 0.6,
    "stairmaster": 0.6,
    "stair climber": 0.6,
    "stepmill": 0.6,
    # Questions about one's own training log.
    "calories did i burn": 0.75,
    "calories burned": 0.6,
    "calories burnt": 0.6,
    "did that burn": 0.7,
    "did i burn": 0.65,
    "workouts this week": 0.7,
    "active minutes": 0.6,
    # Exclusions (weight 0): these phrases claim their words, which then score nothing.
    "running late": 0.0,
    "run out": 0.0,
    "run errands": 0.0,
    "in the long run": 0.0,
}

SCORER = KeywordScorer(TERMS)

# Fitness words that are one typo from everyday words ("fitter" from "filter", "stitch" from
# "switch", "tone" from "tune"): matched here as whole words, so they route without becoming
# targets of the host's typo repair (which aims at the keyword scorers' words).
PHRASES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        (r"\bget(ting)? fitter\b", 0.75),
        (r"\bfitter\b", 0.5),
        (r"\blong runs?\b", 0.6),
        (r"\btone up\b|\btoned\b", 0.5),
        (r"\bbulk(ing)? up\b", 0.6),
        (r"\bpush[ /-]?pull[ /-]?legs?\b|\bppl\b", 0.8),
        (r"\bbelly fat\b", 0.45),
        (r"\brpe\b", 0.6),
        (r"\bdeloads?\b", 0.7),
        (r"\btempo runs?\b", 0.7),
        (r"\bside stitch(es)?\b|\bstitch(es)? when (i )?(run|jog)", 0.6),
        (r"\bmotivat(ed|ion)\b", 0.35),
        (r"\bhow active\b", 0.6),
        (r"\bhow many workouts\b", 0.7),
    )
)


def phrase_score(message: str) -> float:
    """The strongest of `PHRASES` in the message (0.0 when none)."""
    return max((weight for pattern, weight in PHRASES if pattern.search(message)), default=0.0)

# Words Helios reads in follow-ups and reports but that route nothing on their own: the host's
# typo repair aims at every keyword scorer beside `classify` (host.typos.vocabulary_of), so
# "mak it esier", "this mornin" and "4 dyas" reach Helios as the words they were meant to be.
# Weight 0: this scorer is never used to score.
FOLLOW_UP_WORDS = KeywordScorer(
    dict.fromkeys(
        # Only words no everyday English word is one typo from (checked against Debian's
        # wamerican list: "days" would turn "dads" into "days", "remove" "remote" into "remove").
        """easier morning afternoon evening yesterday tonight monday tuesday wednesday thursday friday
        saturday equipment dumbbells kettlebell barbell instead pushups"""
        # English words Helios reads that were its other-language words' too (now kept as typed,
        # `FOREIGN_WORDS`): "a beginer plan", "5 kilometrs"
        """ beginner beginners kilometer kilometers programme tempo""".split(),
        0.0,
    )
)

# Shorter words (four letters and less) are left to the host: `host.typos` keeps a language's common
# words as typed in a message of that language, and declared here they would keep English typos as
# typed ("fods" is as near French "fois" as "foods", so "what foods have the most protein" lost its foods).


def _foreign_words() -> list[str]:
    """The words to declare, but not one that means the English routing word a typo of it is near
    ("trening" is "training" in Polish: the English word is what it reads as, and is repaired into)."""
    from rapidfuzz.distance import Levenshtein

    own = {word for term in (*TERMS, *FOLLOW_UP_WORDS.words) for word in term.split()}
    found = {w for phrase in languages.PHRASES for w in phrase.split() if len(w) >= 5 and w.isalpha()}

    def same_as_near(word: str) -> bool:
        meaning = languages.PHRASES.get(word, "")[:4]
        return bool(meaning) and any(o[:4] == meaning and Levenshtein.distance(word, o) <= 2 for o in own)

    return sorted(found - {w for w in found if w not in own and same_as_near(w)})


# The foreign words Helios reads (`languages.PHRASES`, five letters and up), declared to the host's
# typo repair as words it keeps as typed ("Warum nicht jeden Tag?" was "repaired" into "Warm night
# jeden Tag?", "une heure" into "une heute", "Quante volte" into "Quanto volte") and never repairs
# another word into (Ceres' "maltina" is no Italian "mattina", French "ça passe" no German "Pause").
FOREIGN_WORDS = AsTyped(_foreign_words())

# Right after Helios answered, the follow-ups its answers suggest belong to it: "only 20
# minutes", "make it harder", "4 days", "why?", "delete that", "actually it was 40 minutes",
# "45 minutes" (after "how long did the swim take?"), "and last week?".
FOLLOW_UP_SCORE = 0.7
FOLLOW_UP_MAX_WORDS = 12
_LEAD = (
    r"^\W*(?:(?:ok|okay|and|n|so|then|but|actually|sorry|no|nope|oops|hmm|please|can you|could you|maybe|now|wait|"
    r"thx|thanks|thank you|ty|cheers|ta|great|cool|nice|perfect|awesome|lovely|brill|sweet|"
    r"haha|hah|lol|lmao|oh|ah|yeah|yes|yep|yup|fine|right|sure|alright|er|um|erm)\W+)*"
)
_HELIOS_WORDS = (
    r"(?:legs?|glutes|arms|chest|back|shoulders|core|abs|upper body|lower body|cardio|running|cycling|swimming|"
    r"rowing|walking|the plan|my plan|the workout|today|yesterday|this week|last week|this month|last month|"
    r"tomorrow|weights|dumbbells|bands|kettlebells?|the gym|home)"
)
FOLLOW_UP = re.compile(
    _LEAD
    + r"(?:why\b|how come|explain|says who|source\b|"
    r"make it|make that|only\b|just\b|shorter|longer|harder|easier|tougher|lighter|gentler|too (?:hard|easy|long|short)|"
    r"\d+\s*(?:days?|x|times)\b|(?:one|two|three|four|five|six|seven) days\b|"
    r"no equipment|without equipment|at (?:the |a )?gym|at home|i have (?:dumbbells|weights|bands|a kettlebell)|"
    rf"(?:what|how) about {_HELIOS_WORDS}|and (?:for )?{_HELIOS_WORDS}|more {_HELIOS_WORDS}|focus on|"
    r"swap|switch|replace|instead\b|"
    r"delete|undo|remove|take (?:it|that) (?:off|out)|it was|i meant|that was|"
    r"(?:scrap|scratch|drop|ditch|bin|lose|cut|strike|erase|cancel|get rid of|take off|take out|forget|never ?mind) "
    r"(?:the|that|this|those|these|my|it|them)\b|"
    r"\d+(?:\.\d+)?\s*(?:min|mins|minutes|hours?|h|hrs?|k|km|miles?|sets?|reps?)\b|half an hour|an hour\b|"
    r"(?:about|around|roughly|maybe) \d+|"
    r"how (?:much|many|often|long|fast|hard|heavy|far) (?:should|do|can|would|will) i\b|what if i\b|"
    r"how long (?:until|till|before|does it take|will it take|will (?:that|this) take|does (?:that|this) take)|"
    r"what (?:did|have) i (?:do|done)|how many (?:calories|cals|kcal)|how much did i|calories did|did (?:that|it) burn|"
    r"(?:what|which) (?:signs?|symptoms?)|in the meantime|meanwhile|"
    r"what(?:'s| is|s)? (?:on|planned for|happening) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)'?s (?:workout|session)|done\b|finished\b|did it\b|"

    r"my (?:week|workouts|log|total))",
    re.IGNORECASE,
)


# Food and drink words: a follow-up that names them is a question for Ceres, not Helios.
_FOOD = FirstLook(re.compile(
    r"\b(eat|eating|ate|food|foods|protein|meal|meals|breakfast|lunch|dinner|snacks?|drink|water|coffee|diet|"
    r"carbs?|fats?|fibre|fiber|sugar|recipe|calories in(?! total| all)|vegan|vegetarian)\b",
    re.IGNORECASE,
))


# A report of an activity done: an activity or exercise the Compendium or the library names,
# with a duration, distance, sets or reps, a day, or a past-tense verb ("on Monday I did a 1 hour
# spin class", "played tennis for an hour", "45 min zumba yesterday"). Most activity names are not
# routing words on their own ("squash" is a vegetable too), so they count only in a report.
ACTIVITY_REPORT_SCORE = 0.65
SYMPTOM_SCORE = 0.85
# "bad knees, 3 days a week", "I use a wheelchair", "plantar fasciitis, want to keep fit": training
# asked around an injury or a limitation (intents.plan_within_limits), scored like a workout told
LIMITS_PLAN_SCORE = 0.65
# "my abs are killing me from yesterday's class", "and the abs thing, normal?": sore from training,
# above another agent's follow-up; not when the message's question is about a diet ("is keto good
# for fat loss? my abs are killing me too") which is Ceres' to answer.
SORENESS_SCORE = 0.75
_SORENESS = re.compile(
    r"\b(abs|quads|hamstrings|glutes|biceps|triceps|calves|lats)\b.{0,12}\b(killing me|aching|achy|on fire|screaming|"
    r"so sore|still sore)\b|\b(abs|quads|glutes|biceps|triceps|calves|lats) thing\b.{0,20}\bnormal\b",
    re.IGNORECASE,
)
_DIET_ASK = re.compile(
    r"\b(keto|paleo|diet|dieting|fasting|carbs?|calories|protein|meal|eat|eating|food|supplements?|fat loss)\b", re.IGNORECASE
)
# "lunges not lunches", "squats I mean squats": the user fixing autocorrect in an exercise name, a
# food word that is really Helios' (above Ceres' food words, which the slip is made of).
SLIP_SCORE = 0.9
# A question one of Helios' curated answers, timelines or routines is written for ("what's RPE?",
# "how long until I can run 5k nonstop?", "stretches for after cycling") is Helios' even when
# no routing word names it.
CURATED_SCORE = 0.6
# "I'm pregnant, is scuba diving ok on holiday?": Helios' pregnancy answer (ACOG 804), not General's
# "I'm not a medical service" fallback: as strong as a curated answer, above General's health words (0.2).
PREGNANCY_ACTIVITY_SCORE = 0.6
# A question about a move the exercise library knows by a specific name ("dead bugs or skull
# crushers for a beginner?", "what do farmer's carries work"): Helios' even when no routing word
# names it. Short everyday words among the aliases ("bench", "dips") are left out.
EXERCISE_ASK_SCORE = 0.6
_EXERCISE_ASK = re.compile(
    r"\?|\b(what|which|how|better|best|beginners?|newbies?|works?|trains?|targets?|hits?|instead|swaps?|"
    r"alternatives?|good for|worth)\b",
    re.IGNORECASE,
)


def asks_about_exercise(message: str) -> bool:
    """A question naming a library exercise by a specific (long or two-word) name."""
    from agenthost_helios import library
    from agenthost_helios.text import normalise

    if not _EXERCISE_ASK.search(message):
        return False
    return any(" " in m.group(0) or len(m.group(0)) >= 8 for m in library.pattern().finditer(normalise(message)))


@lru_cache(maxsize=1024)
def curated_topic(message: str) -> str | None:
    """The curated answer, timeline or routine a message asks for, by its id, or None."""
    if (found := faq.find(message)) is not None:
        return found.id
    if progress.is_long_run(message) or progress.is_roadmap(message) or progress.is_timeline(message):
        return "progress"
    if routines.is_request(entries.canonical(message)):
        return "routine"
    return None


# "I want to lose 5kg before my wedding": a weight goal with a number, as much Helios' (training
# for it) as Ceres' (eating for it); Ceres' own words for food still win a food question.
WEIGHT_GOAL_SCORE = 0.45
# "make me a 3 day plan", "4-day split": a training week (a food plan names its food)
DAY_PLAN_SCORE = 0.5
_DAY_PLAN = re.compile(
    r"\b(\d|one|two|three|four|five|six|seven)[ -]?days?( a week| per week)? "
    # "a 3 day beginner plan", "3 day full body plan", "4-day upper lower split"
    r"((beginners?|beginner friendly|easy|simple|basic|starter|intermediate|advanced|full[ -]?body|upper[ /-]?lower|"
    r"home|gym|bodyweight|dumbbell|strength|weights?|lifting|fitness|exercise|training|workout|weekly) ){0,3}"
    r"(plan|split|program|programme|routine|schedule)\b|"
    # "whats a good upper lower split", "full body split or bro split?"
    r"\b(upper[ /-]?(body )?(and |& |/ ?)?lower([ -]?body)?|full[ -]?body|bro|body ?part) (split|plan|program|programme)\b",
    re.IGNORECASE,
)
_WEIGHT_GOAL = re.compile(
    r"\b(lose|losing|loose|loosing|drop|dropping|shed|shedding|get rid of)\s+"
    r"(another\s+|the\s+|about\s+|around\s+|like\s+|roughly\s+|maybe\s+|a good\s+)?"
    r"(\d+(\.\d+)?\s*(kg|kgs|kilos?|lbs?|pounds|stone|st)\b|a (few|couple of) (kg|kilos|pounds|lbs|stone))",
    re.IGNORECASE,
)


# "what have I done today?", "what did I do this week?": the training log, when nothing says food.
HISTORY_SCORE = 0.5
_HISTORY_ASK = re.compile(
    r"\bwhat (have|did) i (done|do|trained|train|logged)\b(?!.{0,25}\b(eat|eaten|ate|drink|drunk|drank|spend|spent|"
    r"say|said|tell|told|ask|asked|write|wrote|buy|bought|read)\b)|"
    # "how's my week looking?", "how is my training week going": the training log (food is excluded before)
    r"\bhow(?:s| is|'s) my (?:training |workout )?week (?:looking|going|shaping up)\b|"
    r"\bam i (?:doing|getting|moving|training) enough(?: exercise| activity| training| cardio)?\b",
    re.IGNORECASE,
)


# "I only have 15 minutes a day, what can I do?": a workout that fits the time there is.
TIME_BOX_SCORE = 0.5
_TIME_BOX = re.compile(
    r"\b(only |just )?(have|got|spare) (only |just |about )?\d+ ?(min|mins|minutes)\b.{0,40}"
    r"\b(what (can|should|could) i do|what to do|any ideas)\b|"
    r"\bwhat (can|should) i do (in|with) (only |just )?\d+ ?(min|mins|minutes)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(did|done|do|went|go|played|play|had|finished|completed|got in|managed|just|ran|swam|cycled|rode|"
    r"hiked|rowed|lifted|trained|walked|jogged|biked|danced|climbed|skated|skied|boxed|practi[cs]ed|"
    r"went for|took|spent|class|session|game|match|lesson)\b"
)
# Activity words that are everyday words too ("skipping breakfast", "chips and dips"): a report
# needs a duration, distance, sets or reps with them, not just a verb, a count or a day.
_EVERYDAY = frozenset({"skipping", "squash", "sup", "core", "abs", "circuit", "laps", "freestyle", "stroll",
                       "rode", "lift", "lifted", "weights", "stairs", "dance", "surf", "ski", "climbed",
                       "spin", "trek", "reformer", "hoops", "football", "golf", "bench step", "dip", "dips",
                       "fly", "flies", "press", "row", "rows", "crunch", "crunches", "bridge", "swing", "swings"})


@lru_cache(maxsize=1024)
def activity_report(message: str) -> str | None:
    """The activity a message reports having done, in the message's own words, or None."""
    text = entries.canonical(message)
    named = [m for m in entries.mentions(text) if m.activity.id != "general_exercise"]
    if not named:
        return None
    measured = intents.gives_measures(message)
    for mention in named:
        if measured or (
            mention.words not in _EVERYDAY and (_REPORTED.search(text) or intents.gives_numbers(message))
        ):
            return mention.words
    return None


# After Helios answered under a safety floor (pregnancy, heart symptoms), a message about the
# same situation stays with it: "my due date isn't for another 4 weeks though".
_FLOOR_CONTEXT = re.compile(
    r"\b(due date|baby|bump|midwife|pregnan\w*|weeks (pregnant|along)|contractions?|tighten\w*|bleed\w*|headaches?|"
    r"cramp\w*|leak\w*|swollen|swelling|(what|when) (should|do|must) (she|i|we) (do|stop)|"
    r"doctor|gp|cardiologist|nurse|hospital|symptoms?|signs?|chest|heart|breath\w*|dizz\w*|faint\w*|"
    r"better now|fine now|feel (fine|ok|okay|better)|meantime|meanwhile|wait|tomorrow|tonight|"
    r"drive|driving|fuss|ambulance|see how i feel|go home|get home|"
    # how the advice changes later in pregnancy: "anything she should change as she gets further along?"
    r"further along|further on|later (on|in)|(second|third|2nd|3rd|last) trimester|gets? bigger|as (she|i|we) (go|goes|get|gets))\b",
    re.IGNORECASE,
)


def is_follow_up(message: str, context: ClassifyContext) -> bool:
    """True for a short message that continues Helios' own last answer."""
    if context.last_agent != AGENT:
        return False
    message = parse.prepare(message)  # "hw long each sesh" as "how long each session"
    message = _FAT_FINGERS.sub("typo", message)  # "lol 4.2 km sorry, fat fingers": a typo, not a food word
    if _FLOOR_CONTEXT.search(message) and safety.is_floor_reply(_last_reply(context)) and not _FOOD.search(message):
        return True  # after a safety floor, a longer message about the same situation stays too
    words = len(re.findall(r"\w+", message))
    if words > FOLLOW_UP_ANYWHERE_MAX_WORDS or _FOOD.search(message):
        return False
    from agenthost_helios import measures

    if measures.asks_in_unit(message) and re.search(r"\d\s*(kg|lb|km|mi|miles)\b", _last_reply(context)):
        return True  # "in kg please" after lifts logged in pounds: those loads in kg
    if _ASKED_A_FIGURE.search(_last_reply(context)) and _GIVES_A_FIGURE.search(message):
        return True  # "haha meant 4 km in 20 minutes" after "400 km in 20 min ... haven't logged anything"
    from agenthost_helios import sessions

    if sessions.says_session_done(message):
        return True  # "I did day 1" after the plan: that session, logged
    if "Saved! Ask “what's my workout today?”" in _last_reply(context) and intents.condition_told(message.lower().replace("'", " ")):
        return True  # "I have arthritis in my knees" right after the plan: that plan, rebuilt around them
    if "I'll log it there" in _last_reply(context) and words <= 10 and parse.workout_day(message, now().date()) is not None:
        return True  # "thursday" after "remove the run, that was last week" and the offer to log it on its day
    if _last_reply(context).startswith(("Logged!", "Fixed!")) and _FIX_SAID.search(message):
        return True  # "the rows were 145" right after a log: a correction of it
    if (last := faq.answered_in(_last_reply(context))) is not None and last.follow_up(message) is not None:
        return True  # "tips for sleeping on 12 hour shifts?" after the sleep answer: a question it has the answer to
    if (
        FOLLOW_UP_ANYWHERE.search(message)
        or _JUMPS_DISLIKED.search(message.replace("'", ""))
        or (_DAYS_FREE.search(message) and plan_changes.days_available(message.replace("'", "")))
    ):
        return True
    return words <= FOLLOW_UP_MAX_WORDS and bool(FOLLOW_UP.search(message))


_FAT_FINGERS = re.compile(r"\bfat[- ]?(?:finger\w*|thumb\w*)\b", re.IGNORECASE)
_FIX_SAID = re.compile(r"^\W*((oops|sorry|wait|ah|no|correction)\W+)*(the|my) (\w+ ){1,2}(was|were) (only |just |actually |at )?\d+(\.\d+)?\b")
# Helios asked for a number it could not log or did not have: "so I haven't logged anything. Was it
# a typo in the distance or the time?", "How long did the running take?"; the answer gives one
_ASKED_A_FIGURE = re.compile(
    r"haven'?t logged (anything|it)|\bwas it a typo\b|\bhow (long|far|many)\b[^?\n]{0,60}\?|\btell me the right one\b",
    re.IGNORECASE,
)
_GIVES_A_FIGURE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilomet\w+|mi|miles?|m|metres?|meters?|yards?|yds?|min|mins|minutes?|hrs?|hours?|"
    r"h|reps?|sets?|lengths?|laps?)\b",
    re.IGNORECASE,
)


# Follow-ups that don't open the message: "I only get 30 min per session tho", "can it be 3 runs
# a week instead of 4?", "n 1 for arms 2?", "how fast should the easy ones be?"
FOLLOW_UP_ANYWHERE_MAX_WORDS = 20
FOLLOW_UP_ANYWHERE = re.compile(
    r"\b(?:only|just) (?:get|got|have|has|do|can do|can spare|manage) (?:about |around )?\d+ ?(?:min|mins|minutes)\b|"
    r"\b(?:i|we) (?:can|could) (?:only )?(?:do|spare|manage|fit in|squeeze in) (?:about |around )?\d+ ?(?:min|mins|minutes)\b|"
    r"\b\d+ ?(?:min|mins|minutes) (?:per|a|each|every) (?:session|workout|day|time|go)\b|"
    r"\b(?:\d|two|three|four|five|six) (?:runs|sessions|workouts|days|times|rides|swims) (?:a|per|each) week\b|"
    rf"\b(?:one|1|another|same|a similar one|something) for (?:the |my )?{_HELIOS_WORDS}\b|"
    r"\b(?:easy|long|slow|recovery|tempo) (?:ones|runs?)\b|"
    r"\bwhat (?:can|should|could) i (?:actually |realistically |safely |still )?(?:start|begin) (?:with|on)\b|"
    r"\bwhy (?:\w+ ){0,3}(?:and not|not|instead of|over|rather than|vs|versus)\b|"
    r"\bwhat (?:have|did) i (?:got |get )?(?:logged|log|down|recorded|done|do)\b|"
    r"\bwhat (?:workouts?|training|exercise|sessions?) (?:did|have) i\b|"
    r"\bhow (?:far|long|many (?:km|miles|minutes|hours)) (?:have|did) i\b|\bhow (?:fast|quick) (?:was|were|did) i\b|"
    r"^\W*(?:and |ok |then )?(?:log |add |plus )?(?:another|one more) \d+\b|^\W*(?:log |add )?\d+ more\b|"
    r"\bper (?:km|kilometre|kilometer|mile)\b|\b(?:one|1|another) for (?:\w+ )?(?:legs?|arms?|chest|back|core|abs|glutes)\b|"
    r"\bhow long (?:is |are |will |should )?(?:each|every|a|the|my|one) (?:session|workout|run|day|class)s?\b|"
    r"\b(?:swap|replace|change|take out|leave out|switch)\b.{0,30}\b(?:anything|everything|exercises?|moves?|ones?|something)\b|"
    r"\b(?:knees?|back|shoulders?|hips?|wrists?|ankles?) (?:is|are) (?:a bit |quite |pretty |really |so )?"
    r"(?:dodgy|bad|sore|shot|weak|injured|stiff|achy)\b|"
    r"\b(?:go|going|use|drop|move) (?:to )?(?:a )?(?:lighter|heavier)\b|\bkeep the (?:weight|load)\b|"
    r"^\W*(?:and |so |ok |okay )?(?:the )?(?:calories|kcal|cals)\b|"
    # "and no jumping, my downstairs neighbour hates me", "nothing too loud, baby's asleep"
    r"\b(?:no|without|less|fewer|zero|minus the) (?:jumping|jumps?|impact|noise|stomping)\b|\bquiet(?:er)?\b|"
    r"\b(?:nothing|not) (?:too )?(?:loud|noisy)\b|\bbaby'?s? (?:is )?(?:asleep|sleeping|napping)\b|\blow[- ]impact\b|"
    r"\bneighbou?rs?\b.{0,40}\b(?:hates?|complains?|complaining|noise|loud|annoyed|bang\w*)\b|"
    # "can we make it 4 days instead?", "why that order?", "put a few of those into a 10 minute finisher"
    r"\b(?:make|have|do|change) (?:it|them|the plan|that) (?:to |into )?(?:\d|two|three|four|five|six)(?:[ -]days?)\b|"
    r"\b(?:\d|two|three|four|five|six) days? instead\b|\bwhy (?:that|this|the|in that|in this) (?:order|sequence|split)\b|"
    r"\b(?:those|these|them|a few|some)\b.{0,30}\b(?:finisher|circuit|emom|amrap|tabata)\b|\bfinisher\b|"
    # "what's on today's log?", "yesterday's log please", "que hice ayer?" after Helios logged
    r"\b(?:today|yesterday|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?'?s (?:log|workouts?|training)\b|"
    r"\bwhat'?s (?:on|in) (?:my |the )?(?:\w+'?s? )?log\b|\bque hice\b|\bqu'?est-ce que j'?ai fait\b|"
    r"\bwas habe ich\b.{0,20}\bgemacht\b|\bcosa ho fatto\b|"
    # "should I hit legs again tomorrow", "felt fine, it came back down in a minute", "when can I run again?"
    r"\b(?:hit|train|do|work|smash) (?:legs?|arms?|chest|back|shoulders|glutes|core|abs|upper body|lower body) again\b|"
    r"\b(?:came|come|comes|went|goes|dropped) (?:back )?down\b|\bno (?:dizz\w*|light ?headed\w*|symptoms)\b|"
    r"\bwhen (?:can|should|could) i (?:run|train|lift|race|ride|swim|jog|go running) again\b|"
    # "the bike shouldn't be there, remove it", "oops the rows were last week, not today": a log to fix
    r"\b(?:delete|remove|undo|scrap|ditch|get rid of) (?:it|that|them|those|the \w+)\b|"
    r"\b(?:shouldn'?t|should not) be (?:there|in there|on (?:there|it|the log|my log)|logged)\b|"
    r"\b(?:was|were)(?:n'?t| not) (?:today|this week|me|mine)\b|\bnot today\b|"
    r"\b(?:didn'?t|did not|never) (?:do|did|happen)\b|\bnever happened\b|"
    r"\b(?:was|were) (?:last week|the week before|(?:a few|two|three|\d) (?:days|weeks) ago|the other day)\b|"
    # "can I still take the dog out or will that make it worse" after the soreness answer
    r"\bmake (?:it|them|things|the soreness|the pain|my \w+) worse\b|"
    r"\b(?:can|could|should|may) i (?:still |even )?(?:walk|go for a walk|go on a walk|take the dog|walk the dog)\b|"
    r"\b(?:would|will|does|can|could) (?:a |an |some )?(?:walk|walking|stroll|(?:easy|light|gentle|short) \w+(?: \w+)?|stretching|"
    r"foam rolling) (?:help|hurt|be ok|be okay|be fine|make)\b|"
    r"\b(?:is|are) (?:a |an )?(?:walk|walking|stroll|(?:easy|light|gentle|short) \w+(?: \w+)?|stretching) "
    r"(?:ok|okay|fine|alright|good|bad|allowed)\b|"
    # "any tips to actually sleep more, I'm up at 5" after the sleep answer; "I'm on 4000, how do I get more?"
    r"\b(?:tips?|ideas?|ways?|advice|how (?:do|can|could) i|what (?:can|should|could) i do)\b.{0,25}\b(?:sleep|fall asleep|get to sleep|"
    r"(?:more|extra) steps|steps up|walk more)\b|"
    r"\bhow (?:do|can|could|would) i (?:bump|boost|push|get|crank|raise|increase|improve|up) (?:that|it|this|them)\b|"
    # "I've only got mon, wed and sat free", "only at weekends" after a plan or a way to start
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?:,? (?:and |or |& )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)+|"
    r"\b(?:only|just) (?:at |on )?(?:the )?weekends?\b|\bweekends? only\b|"
    # "anything to bring with us on longer ones?"
    r"\b(?:bring|take|carry|pack)\b.{0,30}\b(?:with (?:us|me|her|him|them)|on (?:the |my |our |her |his |a |longer |long |"
    r"these |those )*(?:ones|walks?|runs?|rides?|hikes?))\b|"
    # "my floor is tiles, anything standing?", "no floor work please"
    r"\b(?:anything|something|ones?|exercises?|moves?|versions?|options?|all|only|just) (?:i can do )?standing\b|"
    r"\bstanding (?:up )?(?:ones|version|options?|exercises?|moves?|only|instead|workout|core|abs)\b|"
    r"\b(?:no|without|off the|not on the|nothing on the) floor\b|"
    # "something tougher please", "a bit harder?", "I'm bored"
    r"\b(?:something|anything|a bit|a little|bit|way|much) (?:harder|tougher|more challenging|more intense)\b|"
    r"^\W*(?:i'?m |im |getting |this is )?(?:so |a bit )?(?:bored|too easy)\b",
    re.IGNORECASE,
)


# "I can only do weekdays after work", "only wednesdays and weekends", "any day but fridays": the
# days the last plan should use
_DAYS_FREE = re.compile(
    r"\b(?:only|just|can|could|free|available|any (?:other )?day|instead|prefer|rather|busy|work)\b.{0,30}"
    r"\b(?:week ?ends?|week ?days?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|after work|before work)\b"
)
# "too hard, my knees hate the jumping stuff", "jumping kills my ankles": the last workout, kinder
_JUMPS_DISLIKED = re.compile(plan_changes.JUMPS_DISLIKED)


def _last_reply(context: ClassifyContext) -> str:
    """The text of the last answer in the history ('' when there is none)."""
    for record in reversed(context.history):
        if record.get("role") == "assistant":
            return str(record.get("text", ""))
    return ""


# Questions about eating for training ("how many grams of carbs on long run days?", "what's my
# maintenance on training days?"): the training words are context, the answer is Ceres'.
_EATING_ASK = re.compile(
    r"\b(how (many|much) (grams? (of )?)?(carbs?|carbohydrates?|protein|fat|calories|kcal|cals)\b"
    r"(?!.{0,45}\b(burn|burned|burnt|burns)\b)|"  # "how many calories does 30 min of cycling burn?" is Helios'

    r"\bmaintenance( calories)?\b|\b(tdee|macros|calorie (target|needs|intake|budget))\b|"
    # "which Nigerian food I fit chop to build muscle?", "what foods help muscle?"
    r"\b(which|what|wetin) (\w+ ){0,2}(foods?|meals?|dishes|soups?|chop)\b|"
    r"\bwhat (should|do|can) i eat\b|\bhow much (should|do) i eat\b|"
    # "how low should I go on carbs?", "how high should my protein be on a cut?", "should I drop carbs for my show?"
    r"\bhow (low|high|far) (should|do|can|could|would) (i|my|we) (\w+ ){0,3}(carbs?|carbohydrates?|protein|fats?|calories|cals|kcal)\b|"
    r"\b(drop|cut|lower|reduce|raise|increase|up|bump) (my |the )?(carbs?|carbohydrates?|protein|fats?|calories|cals)\b|"
    # "what's a sensible deficit?", "how big a surplus for a lean bulk?": the calories eaten, Ceres'
    r"\b(what|whats|how (big|much|large|small)|sensible|good|right|ideal|safe|moderate|aggressive|decent|realistic)\b"
    r".{0,25}\b(calorie |caloric |energy )?(deficit|surplus)\b|"
    r"\b(deficit|surplus)\b.{0,25}\b(should|do i need|to aim for|for (a|my|the) (cut|bulk|lean bulk))\b)",
    re.IGNORECASE,
)
EATING_CAP = 0.4
# "Acabo de salir del gym y me muero de hambre, ¿qué me hago de cena?": eating asked in another
# language, with "gym" only where it happens
_FOREIGN_EATING = re.compile(
    r"\b(cena|cenar|comida|comer|desayuno|almuerzo|merienda|hambre|jantar|almo[cç]o|fome|pranzo|colazione|mangiare|"
    r"d[iî]ner|d[ée]jeuner|manger|faim|abendessen|mittagessen|fr[uü]hst[uü]ck)\b",
    re.IGNORECASE,
)


# When someone trains, said just after Ceres' answer about eating around a workout ("I train at
# 6am though, does that change anything?", "what if I lift after work?"): the thread is Ceres'.
_TRAINING_TIME = re.compile(
    r"\b(i|we|my (workouts?|sessions?|training|runs?|classe?s?)|it)\b.{0,20}\b(train|training|trains|work ?out|"
    r"working out|lift|lifting|run|running|exercise|go to the gym|hit the gym|go to (the )?(gym|class)|swim|ride|"
    r"cycle|spin|session|sessions|classe?s?|is|are|start|starts)\b.{0,25}"
    r"\b(at \d|\d{1,2} ?(am|pm|o ?clock)|\d{1,2}[:.]\d\d|early|first thing|in the mornings?|mornings?|evenings?|"
    r"at night|late|before work|after work|before school|after school|lunch ?time|at lunch|fasted|"
    r"on an empty stomach|before breakfast|before dinner|after dinner)\b|"
    # "weigh-in is 2 hours before I lift", "and the morning of?", "an hour before I train"
    r"\b(\d+|an?|one|two|three|half an?) ?(hours?|hrs?|h|mins?|minutes) (before|after|until) (i|we) "
    r"(train|lift|run|race|compete|swim|ride|play|start|go|work ?out|exercise)\b|"
    r"^\W*(and |so |what about |how about )?(on )?the (morning|night|evening|day) of\b|\bweigh[- ]?ins?\b",
    re.IGNORECASE,
)
_HELIOS_ASK = re.compile(
    r"\b(plan|programme|program|routine|workout ideas?|session ideas?|log|logged|how many calories did|burn(ed)?|"
    r"warm ?up|stretch\w*)\b",
    re.IGNORECASE,
)
TIMING_WORDS_MAX = 16


# After the guard's answer about pregnancy or heart symptoms, what exercise is still fine is
# Helios' question ("ok so what can I actually start with this week?"); Helios answers it under
# the same floor (safety.category reads the guard's answer in the history).
_WHAT_EXERCISE = re.compile(
    r"\bwhat (?:can|should|could|do|would) i (?:actually |realistically |safely |still |even )?(?:start|begin|do|try)\b|"
    r"\bwhere (?:do|should|can) i (?:start|begin)\b|"
    r"\bwhat (?:exercise|exercises|activity|activities|workouts?|sport|training) (?:can|could|should|is|are|would)\b|"
    r"\b(?:is|are) (?:walking|swimming|yoga|cycling|pilates|aqua\w*|light weights) (?:ok|okay|safe|fine|allowed|good)\b|"
    r"\bcan i (?:still |even )?(?:walk|swim|do yoga|cycle|do pilates|exercise|work out|train|run|lift)\b|"
    r"\bwhat(?:'s| is) (?:safe|ok|okay|fine|allowed) (?:to do|for me)\b",
    re.IGNORECASE,
)
AFTER_GUARD_SCORE = 0.7


# Curated answers about a race or a hot session whose follow-ups name food or drink ("and what
# should I eat tonight?" after what to drink for tomorrow's hot half marathon): the follow-up
# answers (the meal before a race, drinking around training) are Helios' own, above Ceres' 0.8
# for "what should I eat".
RACE_DAY_ANSWERS = frozenset({"hydration", "hot_weather", "race_fuelling"})
RACE_DAY_SCORE = 0.85


def asks_race_day_follow_up(message: str, context: ClassifyContext) -> bool:
    """True when Helios' last answer was about a race or a hot session and this short message
    asks one of its follow-ups (the meal the night before, what to drink)."""
    if context.last_agent != AGENT or len(re.findall(r"\w+", message)) > FOLLOW_UP_ANYWHERE_MAX_WORDS:
        return False
    last = faq.answered_in(_last_reply(context))
    return last is not None and last.id in RACE_DAY_ANSWERS and last.follow_up(message) is not None


def asks_exercise_after_guard(message: str, context: ClassifyContext) -> bool:
    """True when the guard answered last about pregnancy or heart symptoms and this asks what
    exercise is still fine."""
    return (
        context.last_agent == "safety"
        and safety.guard_category(context.history) in safety.GENTLE
        and bool(_WHAT_EXERCISE.search(parse.prepare(message)))
        and not _FOOD.search(message)
    )


# Right after Helios logged workouts, a question about their calories ("roughly how many calories
# was that? I'm 62kg", "what did that burn at 80 kg?", "cuántas calorías fueron?") is about the
# workouts, even with a body weight in it and however long it is; one that names something to eat
# or an intake ("how many calories should I eat now?", "calories in a banana?") stays Ceres'.
_CALORIES_ASKED = re.compile(
    r"\b(?:calories|calorie|cals?|kcals?|kilocalories|energy|calorías|calorias|kalorien|calories brûlées|calorie bruciate)\b|"
    r"\b(?:burn|burned|burnt|burns|quemé|verbrannt)\b",
    re.IGNORECASE,
)
_INTAKE_ASKED = re.compile(
    r"\b(?:eat|eating|ate|food|meal|meals|snack|snacks|drink|intake|target|budget|need|needs|maintenance|deficit|surplus|"
    r"should i (?:have|eat|get)|calories in|kcal in|cals in|in (?:a|an|one|the|my|this|that) (?:\w+ )?(?:bar|banana|apple|shake|"
    r"sandwich|pizza|slice|bowl|cup|glass|pint|beer|coffee|latte))\b",
    re.IGNORECASE,
)
LOGGED_CALORIES_MAX_WORDS = 20
# "how far would I have to walk to burn off a slice of pizza?": the exercise it takes, above Ceres' food words
BURN_OFF_SCORE = 0.8
_HOW_MUCH_EXERCISE = re.compile(r"\bhow (long|far|much|many (minutes|hours|miles|km|kilometres|steps|laps|lengths))\b")
# "Hoeveel calorieën is dat ongeveer? Ik weeg 70 kilo", "how many cals was that, I'm 62kg" right after a log:
# that workout's burn, above Ceres' "calories in" (0.75), when it points at the log or says the user's weight
LOGGED_BURN_SCORE = 0.8
_OF_THE_LOG = re.compile(
    r"\b(?:is|was|were|did) (?:that|it|this|those)\b|\b(?:that|it|this) (?:burn\w*|was)\b|"
    r"\b(?:i weigh|ik weeg|i'?m|im|i am|weigh(?:ing)?|je p[eè]se|peso|ich wiege|waż[eę]|waze|io peso|eu peso) (?:about |around |environ |ongeveer |etwa |circa |cerca de |unos )?\d{2,3}(?:[.,]\d)? ?(?:kg|kgs|kilos?|lbs?|pounds)\b"
)


def asks_logged_calories(message: str, context: ClassifyContext) -> bool:
    """True when Helios' last answer logged workouts and this asks what they burned."""
    if context.last_agent != AGENT or not re.search(r"\bLogged\b|\bFixed\b|\bburned\b", _last_reply(context)):
        return False
    text = parse.prepare(message)
    if (read := languages.translate(text)) != text:
        text = read  # "Hoeveel calorieën is dat ongeveer? Ik weeg 70 kilo" asks it too
    return (
        len(re.findall(r"\w+", text)) <= LOGGED_CALORIES_MAX_WORDS
        and bool(_CALORIES_ASKED.search(text))
        and not _INTAKE_ASKED.search(text)
        and not _FOOD.search(text.replace("calories in total", "calories"))
    )


# "and what about after the gym? i go straight after work" right after Ceres' breakfast ideas:
# the same question (what to eat) for another time around training, still Ceres'
_WHAT_ABOUT_AROUND = re.compile(
    r"^\W*((and|so|ok|okay|also|hmm|then)\W+)*(what|how) about (after|before|post|pre)[- ]?(the |my |a |each )?"
    r"(gym|workout|workouts|training|session|sessions|run|runs|class|practice|game|match|lifting|swim)\b|"
    r"^\W*((and|so|ok|okay|also)\W+)*(after|before|post|pre)[- ]?(the |my |a )?(gym|workout|training|session|run|class)\W*$"
    # "and aftr? i wnt to gain muscel" after Ceres' breakfast before the gym: the meal after, Ceres' too
    r"|^\W*((and|n|so|ok|okay|also)\W+)*((what|how) about )?(after|aftr|afta|afterwards|before|befor|post)\s*[?,.!]",
    re.IGNORECASE,
)


def defers_to_ceres(message: str, context: ClassifyContext) -> bool:
    """True when Ceres answered last and this short message only says when the user trains, or
    asks the same for another time around training ("and what about after the gym?"): a
    follow-up to Ceres' eating advice, which stays with Ceres."""
    return (
        context.last_agent == "ceres"
        and len(re.findall(r"\w+", message)) <= TIMING_WORDS_MAX
        and bool(_TRAINING_TIME.search(message) or _WHAT_ABOUT_AROUND.search(message) or _MAKE_IT.search(message))
        and not _HELIOS_ASK.search(message)
    )


# "make it easier please, I have only 5 minutes in the morning" right after Ceres' breakfast: that meal
_MAKE_IT = re.compile(
    r"^\W*((ok|okay|and|so|please|pls|plz|can you|could you|now)\W+)*make (it|that|them|this|those) "
    r"(?!.{0,60}\b(workout|session|exercise|run|runs|lift|gym|training|harder|tougher|sets|reps)\b)",
    re.IGNORECASE,
)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    """Score Helios for `message` (see `_classify`); a question about what to eat for training
    is capped below Ceres' food words, unless it continues Helios' own answer."""
    if defers_to_ceres(message, context):
        return Score(AGENT, 0.0, "a follow-up to Ceres' answer: when the user trains")
    score = _classify(message, context)
    if (
        score.score > EATING_CAP and (_EATING_ASK.search(message) or _FOREIGN_EATING.search(message))
        and not score.reason.startswith("follow-up")
        # "rowed 5000m in 22 minutes, any idea how many kcal?": the calories of the workout told, not eaten
        and not (score.reason.startswith("fitness: reports an activity") and not _INTAKE_ASKED.search(message)
                 and not _FOOD.search(message))
    ):
        return Score(AGENT, EATING_CAP, score.reason + " (an eating question: Ceres' first)")
    if score.score > EATING_CAP and food_at_a_place(message) and score.reason.startswith("fitness: "):
        return Score(AGENT, EATING_CAP, score.reason + " (a food for a place: Ceres' first)")
    return score


# "a protein bar for my gym bag", "snacks for after the gym", "what to eat before gym": the gym is
# where the food goes, so the food is the question (Ceres' food words score 0.5, "gym" 0.6).
PLACE_TERMS = frozenset({"gym", "the gym", "pool", "class", "spin class", "training", "workout", "exercise"})
_AT_A_PLACE = re.compile(
    r"\b(for|in|to|into|at|after|before|post|pre|from|on the way to) (my |the |a )?"
    r"(gym|pool|class|spin class|training|workout|exercise|session)( bag| locker| kit)?\b|"
    r"\bgym (bag|locker|kit)\b|\b(post|pre)[- ]?(gym|workout|training)\b"
)
_FOOD_THING = re.compile(
    r"\b(protein (bar|bars|shake|shakes|ball|balls|snack|snacks|powder|cookie|cookies)|bars?|snacks?|"
    r"food|foods|drink|drinks|meal|meals|fruit|sandwich|smoothie|shake|shakes|nuts|trail mix|jerky|yogh?urt|banana|"
    r"something to eat|eat|eating|breakfast|lunch|dinner)\b"
)


def food_at_a_place(message: str) -> bool:
    """A food named with a training place word ("a protein bar for my gym bag") and no other
    training word: what Helios scores is only where the food goes."""
    text = message.lower()
    if not (_FOOD_THING.search(text) and _AT_A_PLACE.search(text)):
        return False
    terms = set(SCORER.score(message).terms)
    return bool(terms) and terms <= PLACE_TERMS


def _classify(message: str, context: ClassifyContext) -> Score:
    """Score Helios for `message`: the strongest of its signals, with the reason it gives (the
    fitness terms that matched, a follow-up of Helios' last answer, a reported activity...).
    Signals are tried strongest first, and only while they could still win."""
    match = SCORER.score(message)
    if (read := languages.translate(message.lower())) != message.lower() and (translated := SCORER.score(read)).score > match.score:
        match = translated  # "¿Por qué no puedo correr todos los días?" scores as "why cant i run every day?"
    best = Score(AGENT, match.score, reason("fitness", match.terms))
    if (extra := phrase_score(message)) > best.score:
        best = Score(AGENT, extra, "fitness: a training phrase")
    exercise_talk = best.score > 0
    food = bool(_FOOD.search(message))
    signals: tuple[tuple[float, Callable[[], str | None]], ...] = (
        (SLIP_SCORE, lambda: "follow-up: an exercise name's autocorrect fixed"
         if languages.slip_correction(message) else None),
        (SYMPTOM_SCORE, lambda: "fitness: a warning sign with exercise"
         if exercise_talk and safety.symptom_in_message(message) == "cardiac" else None),
        (SORENESS_SCORE, lambda: "fitness: sore from training"
         if (_SORENESS.search(message) or soreness.is_delayed_soreness(message)) and not _DIET_ASK.search(message)
         else None),
        (RACE_DAY_SCORE, lambda: "follow-up: the meal or drink before the race just talked about"
         if asks_race_day_follow_up(message, context) else None),
        (LOGGED_BURN_SCORE, lambda: "follow-up: what the workouts just logged burned, at the weight said"
         if asks_logged_calories(message, context) and _OF_THE_LOG.search(languages.translate(parse.prepare(message))) else None),
        (BURN_OFF_SCORE, lambda: "fitness: how long to burn off a treat"
         if burn_off.asks(message) and _HOW_MUCH_EXERCISE.search(parse.prepare(message)) else None),
        (FOLLOW_UP_SCORE, lambda: "follow-up to Helios' last answer" if is_follow_up(message, context) else None),
        (FOLLOW_UP_SCORE, lambda: "follow-up: the calories of the workouts just logged"
         if asks_logged_calories(message, context) else None),
        (AFTER_GUARD_SCORE, lambda: "follow-up: what exercise is fine, after the guard's answer"
         if asks_exercise_after_guard(message, context) else None),
        (ACTIVITY_REPORT_SCORE, lambda: f"fitness: reports an activity ({done})"
         if (done := activity_report(message)) else None),
        (LIMITS_PLAN_SCORE, lambda: "fitness: training around an injury or limitation"
         if not food and intents.plan_within_limits(parse.prepare(message), message, None, {}) else None),
        (ACTIVITY_REPORT_SCORE, lambda: "fitness: a training habit (days or times a week)"
         if not food and habits.is_habit(message) else None),
        (PREGNANCY_ACTIVITY_SCORE, lambda: "fitness: an activity in pregnancy"
         if not food and safety.asks_activity_in_pregnancy(message) else None),
        (CURATED_SCORE, lambda: f"fitness: a question Helios has a curated answer for ({topic})"
         if not food and (topic := curated_topic(message)) else None),
        (EXERCISE_ASK_SCORE, lambda: "fitness: a question about a move the exercise library knows"
         if not food and asks_about_exercise(message) else None),
        (DAY_PLAN_SCORE, lambda: "fitness: a training plan by days" if not food and _DAY_PLAN.search(message) else None),
        # "what should i do for legs today, 30 mins": one workout, though no routing word is strong
        (DAY_PLAN_SCORE, lambda: "fitness: one workout asked for" if not food and workouts.asks_what_to_do(message) else None),
        (HISTORY_SCORE, lambda: "fitness: what the training log holds" if not food and _HISTORY_ASK.search(message) else None),
        (TIME_BOX_SCORE, lambda: "fitness: what to do with the minutes there are"
         if not food and _TIME_BOX.search(message) else None),
        (WEIGHT_GOAL_SCORE, lambda: "fitness: a weight goal" if _WEIGHT_GOAL.search(message) else None),
    )
    for score, check in signals:
        if score <= best.score:
            break  # sorted strongest first: nothing below can win
        if why := check():
            return Score(AGENT, score, why)
    return best
