"""Offline routing for General: small talk, the system, the user's profile and everyday
well-being.

General is also the router's fallback, so it only needs to score what it positively
recognises: "hi", "thanks", "what can you do", "help" (keyword weights kept below the
specialists' strong terms, so "hi, what should I eat?" still goes to Ceres); statements of
profile facts ("I'm 5'10 and 180 lbs", read by `statements.read_profile`, which never claims
"I ran 5 km" or "I lifted 100 kg"); managing the profile ("update my weight to 78kg"); and the
curated well-being topics ("how much sleep do I need?").
"""

from __future__ import annotations

import re

from host import hookimpl
from host.keywords import KeywordScorer, reason
from host.types import ClassifyContext, Score

from agenthost_general import changes, wellbeing
from agenthost_general.arithmetic import extract_expression
from agenthost_general.chat import NERVES, chat_mood
from agenthost_general.conversation import FIGURATIVE, HEALTH_OR_SAFETY
from agenthost_general.followups import goal_change, on_topic
from agenthost_general.intents import DATE, TIME
from agenthost_general.statements import MAX_READ, read_profile

AGENT = "general"

TERMS: dict[str, float] = {
    # Greetings and goodbyes.
    "hi": 0.4,
    "hello": 0.4,
    "hey": 0.4,
    "hiya": 0.4,
    "howdy": 0.4,
    "yo": 0.35,
    "good morning": 0.45,
    "good afternoon": 0.45,
    "good evening": 0.45,
    "good night": 0.45,
    "bye": 0.45,
    "goodbye": 0.5,
    "see you": 0.4,
    # Thanks and small talk.
    "thanks": 0.45,
    "thank you": 0.5,
    "thx": 0.45,
    "cheers": 0.35,
    "appreciate it": 0.45,
    "how are you": 0.55,
    "whats up": 0.45,
    "joke": 0.5,
    "weather": 0.55,
    "running late": 0.6,
    # The system itself.
    "what can you do": 0.8,
    "who are you": 0.8,
    "what are you": 0.7,
    "your name": 0.6,
    # "help" alone is a request for the menu; inside a question ("does walking help with fat
    # loss?") it must not outweigh the specialists' words for the subject.
    "help": 0.3,
    "i need help": 0.5,
    "agents": 0.5,
    "capabilities": 0.6,
    "how does this work": 0.75,
    "are you a bot": 0.8,
    "remember": 0.4,
    "my name is": 0.6,
    "call me": 0.45,
    # Not "note" alone: it stems to "not", so "not 30 minutes" would look like a note.
    "take a note": 0.6,
    "save a note": 0.6,
    "add a note": 0.6,
    "my notes": 0.55,
    "remind": 0.45,
}

SCORER = KeywordScorer(TERMS)
# The words General reads beyond small talk, at module level so the router's typo repair
# (host.typos.vocabulary_of) aims at them too: "insomnya", "stres" and "wieght" then reach
# General as "insomnia", "stress" and "weight". Scoring them is `wellbeing.find_topic`'s and
# `read_profile`'s job; this scorer only lists the words.
# Only distinctive words: an everyday one here ("stick", "stay", "strain") would pull real
# words towards it ("stuck" -> "stick").
VOCABULARY = KeywordScorer(
    {
        word: 0.5
        for word in (
            "sleep asleep insomnia stress stressed overwhelmed burnout breathing meditation meditate mindfulness anxiety anxious "
            "lonely loneliness depressed wellbeing sunscreen sunburn sunlight vitamin habit habits alcohol hangover "
            "handwashing sanitiser sanitizer tired exhausted fatigue sedentary screen weight height activity profile"
        ).split()
    }
)

# A message stating body facts and nothing else is General's; one that also asks something
# ("I weigh 80 kg, how much protein do I need?") is left to whoever the question is for.
PROFILE_STATEMENT = 0.85
BODY_FIELDS = frozenset({"weight_kg", "height_cm", "age", "sex"})
PROFILE_LIST = 0.95
# "I exercise 3 times a week" is an activity level to General and a training fact to Helios:
# Helios' word for it outscores this, "I sit at a desk all day" (no specialist word) does not.
ACTIVITY_ONLY = 0.5
PROFILE_REQUEST = 0.85
# A weight said beside a workout just done: below Helios' claim on the workout.
BESIDE_A_WORKOUT = 0.4
WORKOUT_REPORT = re.compile(
    r"\b(?:ran|jogged|swam|cycled|rode|biked|walked|hiked|rowed|skipped|did)\b[^.?!]{0,40}?"
    r"\b\d+(?:[.,]\d+)?\s*(?:m|km|k|mi|miles?|metres?|meters?|laps?|min|mins|minutes?|h|hrs?|hours?)\b",
    re.IGNORECASE,
)
PROFILE_REQUESTS = re.compile(
    r"^(?:please\s+)?(?:can you\s+|could you\s+)?(?:update|change|set|correct|edit|fix|forget|delete|erase|clear|remove|wipe)\s+(?:all\s+(?:of\s+)?)?my\s+"
    r"(?:current\s+)?(?:weight|body weight|height|age|name|sex|gender|activity(?: level)?|profile|data)\b"
    r"|\bwhat do you (?:know|remember) about me\b|\bhow active am i\b"
    r"|\bwhat(?:'s|s| is| was)\s+my\s+(?:name|age|weight|height|sex|gender)\b(?!\s+(?:loss|gain|lifting|training|class|plan))|\bhow (?:old|tall|heavy) am i\b"
    r"|\bdo you (?:know|remember) my (?:name|age|weight|height)\b"
    r"|\b(?:my|calculate|work out|check)\s+(?:bmi|body mass index)\b",
    re.IGNORECASE,
)
# "remind me to buy chicken", "note: call the gym", "show my notes": General's, whatever the note is about.
NOTES = re.compile(
    r"^\s*(?:please\s+)?(?:note\s*[:\-]|(?:remind me to|add (?:a )?note|take a note|make a note|save a note|show (?:me )?my notes|"
    r"list my notes|delete note|remove note)\b)",
    re.IGNORECASE,
)
NOTE_REQUEST = 0.9
OWN_TOOL = 0.8
# A well-being topic counts for a little less than its own certainty, so a specialist's strong
# word still wins a mixed message ("what foods help with sleep" is Ceres').
WELLBEING_FACTOR = 0.8
# A topic that needs both specialists (strong bones: calcium and vitamin D, and weight-bearing
# exercise) counts in full: General's answer covers both, where one specialist's everyday phrase
# ("what should I be eating ...") would answer half.
BETWEEN_SPECIALISTS_FACTOR = 1.0
# ... but one that asks only for the training ("best exercises for bone density") is Helios'.
TRAINING_ASKED = re.compile(r"\b(?:exercises?|workouts?|training|train|lifting|lift|weights|gym|routine|programme|program|plan)\b", re.IGNORECASE)
TRAINING_ASKED_FACTOR = 0.5
# Tiredness told with training going backwards ("always tired and my lifts are going down",
# "overtraining"): Helios' overtraining answer, not everyday tiredness.
PERFORMANCE_DROP = re.compile(
    r"\b(?:over ?train\w*|overreach\w*|(?:lifts?|strength|times|pace|performance|pbs?|prs?|numbers|splits)\s+"
    r"(?:are\s+|is\s+|keep\s+|have\s+been\s+|has\s+been\s+)?(?:going down|getting worse|dropping|declining|going backwards|gone backwards|stalled|stalling|tanking))\b",
    re.IGNORECASE,
)
MOVES_ASKED = re.compile(r"\b(?:stretch(?:es|ing)?|exercises?|mobility|yoga poses?)\b(?!\s+(?:of|between)\b)", re.IGNORECASE)
# A question on the topic General just answered ("it was dark chocolate, does that matter?" after
# the dog that ate chocolate): General's, above a specialist's single food word.
TOPIC_FOLLOW_UP = 0.7
# Symptoms, medicines or feeling unsafe that got past the guard: General's deferral to people
# who can judge them. A weak claim, but a claim, so the router's memory rule does not hand a
# message nobody else claims ("I took two of my pills before it, is that ok?") to the last agent.
HEALTH_DEFERRAL_CLAIM = 0.2
# "help", "help me", "can you help?", "I need some help": a request for the menu ("does that help
# with soreness?" and "anything that helps it go away" are not).
ASKS_FOR_HELP = re.compile(r"^\W*(?:\w+\W+){0,3}help\W*(?:me|pls|please|us)?\W*$|\bhelp me\b|\bneed (?:some |a little |your )?help\b|\bcan (?:you|u) help\b", re.IGNORECASE)


# Nerves before a race, match or exam ("so nervous for my first 10k on sunday, butterflies"):
# General's word on nerves, above a specialist's word for the event (Helios reads "10k" as a run
# to log), unless the message asks for the training or food itself ("how should I pace it?").
NERVES_CLAIM = 0.7
SPECIALIST_ASKED = re.compile(
    r"\b(?:pace|pacing|plan|train|training|taper\w*|eat|eating|food|carbs?|breakfast|drink|warm[- ]?up|stretch\w*|shoes|kit|log|logged)\b",
    re.IGNORECASE,
)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    """Score General for `message`; the reason names what it recognised. Only the first
    `MAX_READ` characters count: what General recognises is said early, and routing a long
    message must cost no more than a short one."""
    message = message[:MAX_READ]
    match = SCORER.score(message)
    best = Score(AGENT, match.score, reason("general", match.terms))
    if list(match.terms) == ["help"] and not ASKS_FOR_HELP.search(message):
        # "anything that helps it go away faster?": the verb, not a request for the menu
        best = Score(AGENT, 0.0, "general: 'help' said as a verb")
    if PROFILE_REQUESTS.search(message):
        best = max(best, Score(AGENT, PROFILE_REQUEST, "general: profile request"), key=_value)
    reading = read_profile(message)
    body = set(reading.facts) & BODY_FIELDS
    if (reading.facts or reading.problems) and not reading.question and (not reading.rest or len(body) >= 2):
        # Two or more body facts said, and no question: General's to save, whatever else the
        # message says ("... and I have osteopenia": the rest is handed on after saving).
        fields = sorted(reading.facts) or ["unclear value"]
        # A goal alone ("my goal is to lose 5 kg") is for whoever helps reach it.
        value = 0.0 if fields == ["goals"] else ACTIVITY_ONLY if fields == ["activity_level"] else PROFILE_STATEMENT
        if body == {"weight_kg"} and WORKOUT_REPORT.search(message):
            # "swam 1500m in 35 min today, I'm 62kg": the weight is said for the workout's
            # calories; Helios logs the workout (and reads the weight from the message)
            value = BESIDE_A_WORKOUT
        if len(body) >= 3:
            value = PROFILE_LIST  # "I'm 60, male, 70 kg, training for a half marathon": above a training word
        best = max(best, Score(AGENT, value, "general: profile " + ", ".join(fields)), key=_value)
    if "weight_kg" not in reading.facts and _weight_change_to_save(message, context):
        best = max(best, Score(AGENT, PROFILE_REQUEST, "general: weight change"), key=_value)
    if HEALTH_OR_SAFETY.search(FIGURATIVE.sub(" ", message)):
        best = max(best, Score(AGENT, HEALTH_DEFERRAL_CLAIM, "general: health or safety words"), key=_value)
    if chat_mood(message) is NERVES and not SPECIALIST_ASKED.search(message):
        best = max(best, Score(AGENT, NERVES_CLAIM, "general: nerves before an event"), key=_value)
    if NOTES.search(message):
        best = max(best, Score(AGENT, NOTE_REQUEST, "general: notes"), key=_value)
    if TIME.search(message) or DATE.search(message) or (len(message) < 120 and extract_expression(message)):
        # "what time is it?", "what's 15% of 80": General's own tools, never a short follow-up
        # of whoever answered last
        best = max(best, Score(AGENT, OWN_TOOL, "general: time, date or a sum"), key=_value)
    topic = wellbeing.find_topic(message)
    if topic is not None and topic[0].id == "alcohol" and _water_not_alcohol(message, context):
        topic = None  # "can u drink too much tho" after an answer on water: hydration, not units
    if topic is not None:
        factor = WELLBEING_FACTOR
        if topic[0].between_specialists:
            factor = TRAINING_ASKED_FACTOR if TRAINING_ASKED.search(message) else BETWEEN_SPECIALISTS_FACTOR
        elif MOVES_ASKED.search(message) or PERFORMANCE_DROP.search(message):
            # "tight hips from sitting all day, stretches?": the topic is the cause, the ask is
            # for moves to do, which is Helios' to show
            factor = TRAINING_ASKED_FACTOR
        best = max(best, Score(AGENT, round(topic[1] * factor, 4), f"general: well-being {topic[0].id}"), key=_value)
    if _just_saved_a_goal(context) and goal_change(message) is not None:
        # "scratch that, I want to lose a little" right after General saved a goal: General's to
        # replace, above a specialist's word for the new goal
        best = max(best, Score(AGENT, PROFILE_REQUEST, "general: goal changed"), key=_value)
    last_topic = _last_topic(context)
    if last_topic is not None and on_topic(message, last_topic):
        best = max(best, Score(AGENT, TOPIC_FOLLOW_UP, f"general: follows up well-being {last_topic}"), key=_value)
    return best


ALCOHOL_WORDS = re.compile(
    r"\b(?:alcohol\w*|booze|boozing|beers?|wines?|pints?|lager|cider|spirits|vodka|gin|rum|whisk(?:e)?y|tequila|cocktails?|shots|units|drunk|hangover|hungover|sober)\b",
    re.IGNORECASE,
)
WATER_LOOK_BACK = 2  # answers looked back over for the water a bare "drink" is about
WATER_WORDS = re.compile(r"\b(?:water|hydrat\w*|fluids?|litres?|liters?|glasses)\b", re.IGNORECASE)


def _water_not_alcohol(message: str, context: ClassifyContext) -> bool:
    """Whether "drink" in `message`, which names no alcohol, is about the water the answer just
    before it talked about ("how much water should I drink?" ... "can you drink too much?")."""
    if ALCOHOL_WORDS.search(message):
        return False
    if WATER_WORDS.search(message):
        return True
    answers = [str(record.get("text") or "") for record in context.history if record.get("role") == "assistant"][-WATER_LOOK_BACK:]
    return any(WATER_WORDS.search(said) for said in answers) and not any(ALCOHOL_WORDS.search(said) for said in answers)


def _weight_change_to_save(message: str, context: ClassifyContext) -> bool:
    """"I've dropped 4 kg since last month, can you update my weight", "down 5 lb": General's to
    apply to the saved weight, when there is one or the user asks for the update, and nothing
    else is asked ("lost 4 kg, is that too fast?" is the specialist's)."""
    change = changes.weight_change(message)
    if change is None or changes.asks_more(message):
        return False
    weight = (context.profile or {}).get("weight_kg")
    return isinstance(weight, int | float) and not isinstance(weight, bool) or changes.update_asked(message)


SAVED_GOAL = re.compile(r"^(?:Saved|Updated):[^\n]*\bgoals?\b")


def _just_saved_a_goal(context: ClassifyContext) -> bool:
    """Whether General's answer just before this message saved or changed a goal."""
    if context.last_agent != AGENT:
        return False
    for record in reversed(context.history):
        if record.get("role") == "assistant":
            return record.get("agent") == AGENT and bool(SAVED_GOAL.search(str(record.get("text") or "")))
    return False


def _last_topic(context: ClassifyContext) -> str | None:
    """The well-being topic of General's answer just before this message, if that is what it was:
    read from the message it answered (the history holds no dialog state)."""
    if context.last_agent != AGENT:
        return None
    records = [r for r in context.history if r.get("role") in ("user", "assistant")]
    if len(records) < 2 or records[-1].get("role") != "assistant" or records[-2].get("role") != "user":
        return None
    found = wellbeing.find_topic(str(records[-2].get("text") or ""))
    return found[0].id if found is not None else None


def _value(score: Score) -> float:
    return score.score
