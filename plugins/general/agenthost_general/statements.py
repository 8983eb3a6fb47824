"""Facts a user states about themselves, read from one sentence, metric or imperial.

    read_profile("I'm 34, female, 68 kg, 165 cm")      age 34, sex female, 68 kg, 165 cm
    read_profile("I'm 5'10 and 180 lbs")               177.8 cm ("5'10\""), 81.6 kg ("180 lb")
    read_profile("5 ft 4, 9 stone 2")                   162.6 cm, 58.1 kg ("9 st 2 lb")
    read_profile("I'm a 40 year old man")              age 40, sex male
    read_profile("I sit at a desk all day")            activity_level sedentary
    read_profile("I ran 5 km") / ("I lifted 100 kg")   nothing: not a statement about the user

A value counts only when the sentence says it is the user's: anchored ("I weigh", "I'm",
"my height is") or in a sentence that is nothing but profile facts ("68 kg, 165 cm").
Questions, wishes and other people ("what if I weigh 90 kg?", "I want to be 70 kg", "my son
is 5") state nothing. A value that cannot be a real weight, height or age (NaN, 1e400,
negative, "I'm 500 kg") or that could be two things ("I'm 180": cm or lb?) becomes a
`Problem` with the readings to choose from, never a fact.

This module knows nothing about General's replies or storage, so it also serves other agents
that want the user's weight from "how much protein do I need? I weigh 80 kg".

Only the first `MAX_READ` characters of a message are read: facts about yourself come in a
sentence or two, and the cost of a message must not grow with its length (the router runs
this on every message).
"""

from __future__ import annotations

import math
import re
from typing import Any

from attrs import Factory, define, frozen
from host.first_look import FirstLook
from host.text import per_turn

from agenthost_general.activity import LEVELS, activity_level, level_words
from agenthost_general.health_facts import CONDITION_WORDS, condition_note, sport_note
from agenthost_general.progress import FROM_BEFORE, weight_before
from agenthost_general.life_stage import KEY as LIFE_STAGE
from agenthost_general.life_stage import life_stage
from agenthost_general.measures import (
    INCH_TO_CM,
    LB_TO_KG,
    NUMBER,
    WEIGHT_KG,
    Measure,
    as_typed,
    cm_words,
    find_measures,
    kg_words,
    to_number,
    value_problem,
)

__all__ = ["DIET", "MAX_READ", "Fact", "Option", "Problem", "Reading", "keyed_fact", "profile_statements", "read_profile", "read_value", "weight_fact"]

FLAGS = re.IGNORECASE
MAX_READ = 1000  # characters of a message read for facts
ANCHOR_REACH = 60  # characters before a value searched for "I weigh", "I'm", "my height is"
_N = rf"(?<![\w.'])({NUMBER})"
FILLER = r"(?:about|around|roughly|approximately|approx\.?|nearly|almost|just|currently|now|only|exactly|like|maybe|probably|at|over|under|a|~)"

NAME = re.compile(
    r"\b(?:my name is|my name's|call me|i am called|i'm called|the name's|the name is|name\s*[:=]|i go by)\s+"
    r"([a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,2}?)"
    r"(?=\s*(?:$|[,.!;?)]|\band\b|\bbut\b|\bi\b|\bi'm\b|\bplease\b|\bfrom now on\b))",
    FLAGS,
)
# "Hi, I'm Sam": only after a greeting, or before a list of facts ("I'm Sam, 34, 68 kg"), and
# only a capitalised word, so "I'm tired" is no name.
_GREETING = r"(?i:(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))[,!.]*\s+(?:there[,!.]*\s+)?)"
_I_AM_NAME = r"(?i:i'm|i am|im|this is|it's)\s+([A-Z][a-z'\-]+)(?=\s*(?:$|[,.!;–—]|-\s|\band\b))"
HERE_NAME = re.compile(rf"^{_GREETING}?([A-Z][a-z'\-]+) here\b(?=\s*(?:$|[,.!;–—-]))")
GREETING_NAME = re.compile(rf"^{_GREETING}{_I_AM_NAME}")
LIST_NAME = re.compile(rf"^{_GREETING}?{_I_AM_NAME}")
# "hi im sarah, 29, ...": typed in lower case, a name after a greeting when a number follows it.
GREETING_NAME_LOWER = re.compile(rf"^{_GREETING}(?i:i'm|i am|im)\s+([a-z][a-z'\-]+)(?=\s*,\s*\d)")
NOT_NAMES = frozenset(
    "fine good ok okay great well back new here sorry tired hungry done ready sure male female man woman "
    "vegan vegetarian english british american irish scottish welsh canadian australian".split()
)
GOALS = re.compile(
    r"(?:\bmy\s+|(?:^|(?<=[.!?;,]))\s*(?:and\s+)?(?:the\s+|main\s+)?)(?:main |new |big |only )?goals?(?: (?:is|are|is to)\b| ?[:=])\s*(?:to )?(.+?)\s*(?:$|[.!;])",
    FLAGS,
)
# "... and I want to lose about 10 kg by the summer": a goal, when said beside other facts.
WISH_GOAL = re.compile(
    r"(?:^|\band\s+|\bso\s+|\bbut\s+)\s*(?:i\s*|i'?d\s+|i'?m\s+|am\s+|just\s+|really\s+|mainly\s+|mostly\s+)*(?:want|wanna|would (?:really\s+|just\s+|so\s+)?(?:like|love)|'d (?:really\s+)?(?:like|love)|like|am trying|'m trying|trying|"
    r"hope|hoping|plan|planning|need|aim|aiming|intend|looking)\s+(?:to\s+)?"
    r"((?:lose|gain|drop|shed|get|build|bulk|tone|put on|run|walk|swim|cycle|be|become|improve|reach|hit|increase|reduce|cut|eat|sleep|feel|stop|quit"
    r"|start|finish|complete|lift|squat|bench|deadlift|stay|keep|maintain)\b.{0,150}?)\s*$",
    FLAGS,
)
# "lose weight", "tone up", "build muscle" as a list's last item, beside the facts it follows.
BARE_GOAL = re.compile(
    r"^\s*(?:and\s+)?(?:to\s+)?((?:lose|drop|shed|gain|put on|build|tone up|bulk up)\s+(?:some\s+|a\s+(?:bit|few|little)\b|\d|weight|fat|muscle|the\s)[^.!?]{0,60}?)\s*$",
    FLAGS,
)
# "cutting for summer", "on a bulk", "training for a half marathon": a goal said as what one is doing.
DOING_GOAL = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+)?(?:i'?m\s+|i am\s+|currently\s+|just\s+)*((?:cutting|bulking|on a (?:cut|bulk|diet)|lean bulking|recomping|"
    r"training for\s+(?!\d+\s*(?:days?|times?|x))[^.!?]{3,80}|getting fit(?: enough)?(?: for)?[^.!?]{0,80})[^.!?]{0,60}?)\s*$",
    FLAGS,
)
# Diets and allergies are Ceres' to keep (so its meal ideas respect them), never General's.
DIET = re.compile(
    r"\b(?:vegetarian|vegan|pescatarian|pescetarian|gluten[- ]free|co?eliac|celiac|lactose[- ]intolerant|dairy[- ]free|allerg(?:y|ies|ic)"
    r"|intoleran(?:t|ce)|keto|halal|kosher|(?:don'?t|do not|can'?t|cannot) eat)\b",
    FLAGS,
)
KEYED_FACT = re.compile(r"^my (.{1,60}?) (?:is|are|was) (.+)$", FLAGS)

# Splits a message into clauses: a fact in one clause is judged by that clause's words. Every
# break begins with one of the characters of the lookahead that opens it (its alternatives' lookbehinds
# take none): a position without one is passed at once, instead of after each alternative and its
# sixteen lookbehinds (20-80 us a message -> a third to a quarter of it, the same breaks).
CLAUSE_BREAK = re.compile(
    r"(?=[!?;\n|.,\s])(?:"
    r"[!?;\n|]|\.(?!\d)|,(?!\d)|\s[-–—/]+\s|\s(?:but|though|although|whereas)\s|\s(?:and|&)\s(?=(?:now|currently|i|i'm|im|i'd|i'll|my|want|just want|would like)\b)"
    # a wish in a list with no commas ("Male 45yo 183cm 92kg sedentary want to lose 10kg") is its own clause
    r"|(?<=[a-z\d])(?<!\bi)(?<!\bi'd)(?<!\bwe)(?<!\byou)(?<!just)(?<!really)(?<!also)(?<!still)(?<!\bdo)(?<!n't)(?<!not)(?<!\bam)(?<!\bim)(?<!i'm)(?<!\bbe)(?<!been)(?<!\bare)\s+(?=(?:want|wanna|need|trying|tryna|looking|hoping|aiming)\s+to\s|wanna\s|tryna\s)"
    # a question after a fact with no comma ("im 80kg whats my daily total") is its own clause
    r"|(?:(?<=\d)|(?<=kg)|(?<=kgs)|(?<=cm)|(?<=lbs)|(?<=lb)|(?<=ft)|(?<=st))\s+(?=(?:what'?s|whats|what is|what are|what should|how much|how many|how long|how do|should i|can i|do i|is it|is that)\b)"
    # ... or a question tail with no comma ("im 72 and have bad balance what can i do")
    r"|(?<=[a-z\d])\s+(?=(?:what|how|which)\s+(?:can|should|could|do)\s+(?:i|we|you|he|she)\s+(?:do|try|start)\b"
    r"|(?:any|got any)\s+(?:tips|advice|ideas)\b|is\s+(?:it|that|this)\s+(?:ok|okay|safe|bad|normal|fine)\b"
    r"|(?:can|should|could|shall)\s+i\s+(?:still\s+)?(?:do|lift|run|train|exercise|work\s+out|go|start|keep|swim|play)\b)"
    # ... or a bare goal ending it ("41 female 163cm 71kg desk job lose weight")
    r"|(?<=[a-z\d])(?<!\bi)(?<!\bto)(?<!\bme)(?<!\bwe)(?<!\byou)(?<!can)(?<!will)(?<!\bdo)(?<!did)(?<!n't)(?<!not)(?<!help)(?<!make)(?<!just)"
    r"\s+(?=(?:lose|drop|shed|gain|put on|build|tone up|bulk up)\s+(?:some\s+|a\s+(?:bit|few|little)\s+|\d+\s*\w+\s*$|weight|fat|muscle|the\s+\w+\s*$)[^,.;!?]{0,40}$)"
    r")",
    FLAGS,
)
QUESTION_START = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|also)\s+)?(?:what|how|why|when|where|which|who|should|can|does|did|is|are|will|shall|isn't|aren't"
    # "do reformer pilates twice a week": a habit said without its "I", not a question
    r"|do(?!\s+(?!(?:i|you|u|we|they|people|it|you)\b)(?:[\w'-]+\s+){1,4}?(?:twice|once|daily|every|most days|\d+\s*(?:x|times)\b|a week|a day|per week)\b)"
    # "would like to lose a bit", "could do with losing a few pounds", "am trying to get fitter":
    # a wish said without its "I", not a question
    r"|would(?!\s+(?:really\s+|just\s+)?(?:like|love)\s+to\s+(?!know|ask|find|understand|check|see|hear)\w)"
    r"|could(?!\s+do\s+with\b)|am(?!\s+(?:trying|hoping|looking|aiming|planning|training|going|working|keen)\b)"
    r"|(?:got\s+)?any(?=\s+(?:tips|advice|ideas)\b))\b",
    FLAGS,
)
WISH_OR_PAST = FirstLook(re.compile(
    r"\b(?:if|when|whether|suppose|supposing|imagine|assuming|want|wants|wanna|would|'d like|hope|hoping|wish|goal|target|"
    r"aim|aiming|trying|try|get to|reach|down to|lose|losing|lost|gain|gaining|gained|drop|dropped|dropping|was|were|"
    r"used to|ago|last (?:year|month|week)|by (?:next|the end|june|july|summer|christmas))\b",
    FLAGS,
))
OTHER_PERSON = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?!name\b|weight\b|height\b|age\b|body\b|current\b|sex\b|gender\b|goal)\w+(?:\s+\w+)?"
    r"\s+(?:is|was|weighs|'s|are)\b|\b(?:he|she|they|it)(?:'s|\s+is|\s+are|'re|\s+weighs)\b|\b(?:have|has|got)\s+an?\s+\d",
    FLAGS,
)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself)\b|^\s*as an?\b", FLAGS)
ANCHOR = re.compile(
    r"(?:\bi\s*weigh|\bweighing|\b(?:my|current|body|starting)\s+(?:body\s*)?weight(?:'s|\s+is|\s*[:=])?|^\s*weight(?:'s|\s+is|\s*[:=])?"
    r"|\b(?:my\s+)?height(?:'s|\s+is|\s*[:=])?|\bi'?m|\bi\s+am|\bi\s+stand|\bstanding)"
    rf"\s*(?:{FILLER}\s*)*$",
    FLAGS,
)
# "I'm 10 kg overweight", "I'm 5 kg away from my goal": a difference, not the user's weight.
NOT_BODY = re.compile(
    r"^\s*(?:heavier|lighter|more|less|over(?:weight)?(?!\s+(?:the|christmas|xmas|summer|winter|holidays?|easter|lockdown)\b)|under(?:weight)?|too\b|away|off\b|to go|to lose|to gain|down|up\b"
    r"|short|of\s+(?:muscle|fat|weight)|on the (?:bar|bench)|(?:in|a|per|each)\s+(?:week|month|year|day)|bench|squat|deadlift"
    r"|dumbbells?|barbell|kettlebell|weights?\b|plates?\b|bags?\b|box)",
    FLAGS,
)
SEX_WORD = r"(male|female|man|woman|guy|girl|gal|boy|lady|gentleman|bloke|dude)"
# "40 year old dad", "I'm a mum of two": a parent says the sex too, but only beside an age or
# after "I'm" ("my dad" is someone else).
PARENT_WORD = r"(dad|father|mum|mom|mother|mam|husband|wife|grandad|grandpa|grandma|granny|nan)"
PARENT_MALE = frozenset({"dad", "father", "husband", "grandad", "grandpa"})
AGE_WORDS = r"\d{1,3}[\s-]*(?:years?|yrs?)[\s-]*old"
SEX_ANCHORED = re.compile(
    rf"\b(?:i'?m|i am|as)\s+(?:a\s+|an\s+)?(?:(?:{AGE_WORDS}|young|old|older|middle[- ]aged|single|tall|short|fit|busy|working|retired)\s+)*(?:{SEX_WORD}|{PARENT_WORD})\b"
    r"|\b(?:sex|gender)\s*(?:is|[:=])?\s*(male|female|man|woman|m|f)\b",
    FLAGS,
)
SEX_BARE = re.compile(rf"(?:^|\s)(?:and\s+)?(?:a\s+)?{SEX_WORD[:-1]}|m|f)\s*$", FLAGS)
SEX_BESIDE_AGE = re.compile(rf"(?<![\w.])\d{{1,3}}\s*(?:y/?o|yrs?(?:\s*old)?|years?\s*old|(?:-|\s)year-old)?\s*,?\s*(?:{SEX_WORD}|{PARENT_WORD})\b", FLAGS)
SEX_BEFORE_AGE = re.compile(r"^\s*(male|female|man|woman|guy|girl|m|f)\b(?=\s*[,/]?\s*\d{2}(?!\d)(?!\s*(?:kg|kgs|kilos?|lbs?|pounds?|cm|st|stone|ft|feet|foot|in|m\b|%|minutes?|mins?|k\b|km|miles?|reps?|sets?|x)))", FLAGS)
BARE_NUMBER = re.compile(rf"^\s*(?:and\s+)?({NUMBER})\s*$", FLAGS)
MALE = frozenset({"male", "man", "guy", "boy", "gentleman", "bloke", "dude", "m"})
SEX_WORDS = frozenset(SEX_WORD.strip("()").split("|")) | {"yo", "y/o"}

AGE_PLAIN = re.compile(rf"{_N}\s*(?:-|\s)?\s*(?:years?|yrs?|yr)\s*-?\s*old\b|{_N}\s*y/?o\b", FLAGS)
AGE_FIELD = re.compile(rf"\b(?:my age is|age is|aged?)\s*[:=]?\s*{_N}", FLAGS)
AGE_AND_SEX = re.compile(rf"{_N}\s*/?\s*([mf])\b", FLAGS)
AGE_ANCHORED = re.compile(
    rf"\b(?:i'?m|i am)\s+{_N}(?=\s*(?:$|and\b|with\b|so\b|[mf]\b|{SEX_WORD}\b))", FLAGS
)
WEIGHT_NO_UNIT = re.compile(
    rf"(?:\bi\s*weigh|\b(?:my|current|body)\s+(?:body\s*)?weight(?:'s|\s+is|\s*[:=])?|^\s*weight(?:'s|\s+is|\s*[:=])?)\s*(?:{FILLER}\s*)*{_N}"
    # the whole number ("79.5 now" is not 79 and ".5 now"); a time word after it is no unit
    rf"(?![\d.])(?!\s*(?!(?:now|today|currently|atm|at the moment|this morning|these days)\b)[a-z'\"])",
    FLAGS,
)
HEIGHT_NO_UNIT = re.compile(
    rf"(?:\b(?:my\s+)?height(?:'s|\s+is|\s*[:=])?\s*(?:{FILLER}\s*)*{_N}(?!\s*[a-z'\"])|\b(?:i'?m|i am)\s+(?:{FILLER}\s*)*{_N}\s*tall\b)",
    FLAGS,
)
GREETINGS = frozenset("hi hello hey hiya howdy ok okay so well thanks cheers".split())
LIST_WORDS = frozenset(
    "i i'm im am a an and about around roughly approximately approx tall old years year yrs yr yo y/o me my is "
    "weight height age aged sex gender hi hello hey hiya so currently now ok okay well btw also weigh stats here are "
    "the at just nearly almost over under plus oh um uh yes yeah sure actually in "
    # "forgot — 178cm", "Profile: 52, woman": words that introduce facts, not say something else
    "forgot forget oops sorry ps p.s correction profile details info stats: mention mentioned".split()
)


@frozen
class Fact:
    """One fact about the user: the profile `field`, the `value` stored (kg, cm, years,
    "female", "sedentary", "Sam"), and `said`, the value in the user's own units ("180 lb")."""

    field: str
    value: Any
    said: str
    # Not said but implied by another fact ("post-menopausal" -> sex female): confirmed as such
    # and never saved over a value the profile already holds.
    implied_by: str = ""

    @property
    def metric(self) -> str | None:
        """The stored value in metric when the user said it otherwise ("81.6 kg"), else None."""
        if self.field == "weight_kg" and not self.said.endswith(" kg"):
            return kg_words(self.value)
        if self.field == "height_cm" and not self.said.endswith(" cm"):
            return cm_words(self.value)
        return None

    @property
    def words(self) -> str:
        """How General confirms it: "weight 180 lb (81.6 kg)", "age 34", "activity level active (...)"."""
        label = FIELD_LABELS.get(self.field, self.field)
        if self.field == "activity_level":
            return f"{label} {level_words(self.value, self.said)}"
        if self.implied_by:
            return f"{label} {self.said} (as you're {self.implied_by})"
        return f"{label} {self.said}" + (f" ({self.metric})" if self.metric else "")


@frozen
class Option:
    """One way to read an unclear value: which field and the fact it would be."""

    fact: Fact
    unit: str  # the word that picks it ("cm", "lb", "kg", "ft", "years")


@frozen
class Problem:
    """A value General will not save without asking: what the user wrote (`said`), the field
    it seems to be (`field`, "" when unclear), why (`reason`: not_a_number, too_large,
    not_positive, out_of_range or unclear) and the readings that would make sense."""

    field: str
    said: str
    reason: str
    options: tuple[Option, ...] = ()


@define
class Reading:
    """What one message states about the user: facts to save and problems to ask about."""

    facts: dict[str, Fact] = Factory(dict)
    problems: list[Problem] = Factory(list)
    question: bool = False  # the message also asks something
    rest: str = ""  # what the message says besides facts ("how much protein do I need?")
    weight_before: tuple[float, str | None] | None = None  # "82 kg now, down from 90": (90.0, None)

    def __bool__(self) -> bool:
        return bool(self.facts or self.problems)

    def add(self, fact: Fact) -> None:
        if fact.field not in self.facts:
            self.facts[fact.field] = fact
        elif fact.field == "activity_level" and _LEVEL_ORDER.index(fact.value) > _LEVEL_ORDER.index(self.facts[fact.field].value):
            # "desk job in IT, yoga twice a week": the exercise on top of the job sets the level
            self.facts[fact.field] = fact
        elif fact.field == "facts":
            # an injury and a life stage in one message: both notes kept
            kept = self.facts["facts"]
            self.facts["facts"] = Fact("facts", {**kept.value, **fact.value}, f"{kept.said}; {fact.said}")

    def arguments(self) -> dict[str, Any]:
        """The facts as `remember` arguments."""
        return {field: fact.value for field, fact in self.facts.items()}


_LEVEL_ORDER = list(LEVELS)

FIELD_LABELS = {
    "name": "name",
    "weight_kg": "weight",
    "height_cm": "height",
    "age": "age",
    "sex": "sex",
    "activity_level": "activity level",
    "goals": "goal",
    "facts": "note",
}


def clean(text: str) -> str:
    """Straight quotes and primes, so "5′10″" and "I’m" read like "5'10\"" and "I'm"; a German
    profile sentence read in the English words it says ("Ich bin 45, männlich, 1,82 m groß")."""
    for curly, straight in (("’", "'"), ("‘", "'"), ("′", "'"), ("“", '"'), ("”", '"'), ("″", '"'), ("''", '"')):
        text = text.replace(curly, straight)
    text = METRES_AND_CENTIMETRES.sub(r"\1.\2 m", text)
    # "weight: 68 height: 173", "height 1.8m weight 90kg": each label starts a fact of its own
    text = LABEL_AFTER_VALUE.sub(r"\1, ", text)
    # "I'm 1,82", "1,65 m": a decimal comma in a height in metres, in any sentence
    text = re.sub(r"(?<![\d.,])(1),([4-9]\d?)(?![\d,])(?=\s*(?:m\b|metres?\b|meters?\b|tall\b|$|[,.;!?]|\s+(?:and|und|e|y|et|en|i)\b))", r"\1.\2", text)
    # "I run cross country, like 35 miles a week": the distance is how far they run
    text = re.sub(r"(?i)\b(run|running|jog|jogging|cycle|cycling|ride|riding)\b([^.!?;,]{0,30}),\s*(?=(?:like|about|around|roughly|maybe|approx\.?)?\s*\d{1,3}(?:\.\d)?\s*(?:miles?|mi|km|kms|k)\s*(?:a|per|each|every|/)\s*(?:week|wk)\b)", r"\1\2 ", text)
    # "185 cm und 78 kg", "1,65 m e 60 kg", "1,68 m en 62 kilo": another language's "and" between values
    text = re.sub(r"(?<=[\w.])\s+(?:und|en|e|y|et|i|og|och)\s+(?=\d)", " and ", text, flags=re.IGNORECASE)
    # "ten stone", "thirty two years old", "one sixty five centimetres", "five foot ten": numbers
    # said in words (as voice typing writes them) beside a unit or after "I'm"
    text = spoken_numbers(text)
    # what voice typing and fast thumbs make of "weigh" and "want": "I way 80 kilos", "my wait is 65"
    text = HOMOPHONES[0].sub("weigh", text)
    text = HOMOPHONES[1].sub("weight", text)
    text = re.sub(r"\b(?:wnat|wnt|whant|wamt)\b", "want", text, flags=re.IGNORECASE)
    if WEIGHED.search(text):
        # "got weighed at the doctor's today, I'm actually 170": the number is the weight the
        # scale gave, and the weighing is how the user knows it
        text = WEIGHED.sub("", text)
        text = re.sub(r"\bi'?m\s+(?:(?:actually|now|really|only|just|at)\s+)*(?=\d)", "I weigh ", text, flags=re.IGNORECASE)
    if GERMAN_PROFILE.search(text):
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # "1,82 m": a decimal comma
        for german, english in GERMAN_WORDS:
            text = german.sub(english, text)
    elif ROMANCE_PROFILE.search(text):
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # "1,62": a decimal comma
        for said, english in ROMANCE_WORDS:
            text = said.sub(english, text)
    else:
        for detect, words in ((DUTCH_PROFILE, DUTCH_WORDS), (POLISH_PROFILE, POLISH_WORDS)):
            if detect.search(text):
                text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # "1,68 m": a decimal comma
                for said, english in words:
                    text = said.sub(english, text)
                break
    return text


_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {**{word: n for n, word in enumerate(_SMALL)}, **{word: 10 * (n + 2) for n, word in enumerate(_TENS)}}
_UNDER_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_SMALL[1:10])}))?|(?:{'|'.join(_SMALL)}))"
SPOKEN_NUMBER = re.compile(
    rf"\b(?:(?:a|one) hundred(?: and)? {_UNDER_100}|one {_UNDER_100}(?= (?:cm|centimet(?:re|er)s?|pounds?|lbs?)\b)|(?:a|one) hundred|{_UNDER_100})\b",
    re.IGNORECASE,
)
_SPOKEN_UNIT = re.compile(
    r"\s*(?:years?|yrs?|y/?o|kg|kgs|kilos?|kilograms?|pounds?|lbs?|stones?|st|cm|centimet(?:re|er)s?|foot|feet|ft|inch(?:es)?|metres?|meters?)\b",
    re.IGNORECASE,
)
_SPOKEN_BEFORE = re.compile(r"(?:\b(?:i'?m|i am|im|aged?|age is|weigh|weight is|height is|foot|feet|ft|stone|st)\s+)$", re.IGNORECASE)
_SPOKEN_AFTER = re.compile(r"\s*(?:[,.;!]|$|\band\b)", re.IGNORECASE)


def _spoken_value(words: str) -> int:
    parts = re.findall(r"[a-z]+", words.lower())
    if parts[0] in ("a", "one") and len(parts) > 1 and parts[1] == "hundred":
        rest = [p for p in parts[2:] if p != "and"]
        return 100 + (sum(NUMBER_WORDS[p] for p in rest) if rest else 0)
    if parts[0] == "one" and len(parts) > 1:  # "one sixty five" centimetres: 165
        return 100 + sum(NUMBER_WORDS[p] for p in parts[1:])
    return sum(NUMBER_WORDS[p] for p in parts)


def spoken_numbers(text: str) -> str:
    """`text` with numbers said in words as digits where they are a value of the body: before a
    unit ("eighty kilos"), after "I'm" ("I'm forty five, female") or inches after feet ("five
    foot ten"). "I'm one of those people" keeps its "one"."""
    if not re.search(r"\b(?:" + "|".join(NUMBER_WORDS) + r"|hundred)\b", text, re.IGNORECASE):
        return text

    def value(match: re.Match[str]) -> str:
        before, after = text[: match.start()], text[match.end() :]
        if _SPOKEN_UNIT.match(after) or (_SPOKEN_BEFORE.search(before) and _SPOKEN_AFTER.match(after)):
            return str(_spoken_value(match.group(0)))
        if re.search(r"\b(?:foot|feet|ft)\s+$", before, re.IGNORECASE):
            return str(_spoken_value(match.group(0)))
        return match.group(0)

    return SPOKEN_NUMBER.sub(value, text)


# "I way 80 kilos", "I wait 70 kilos", "my wait is 65": voice typing's "weigh" and "weight".
HOMOPHONES = (
    re.compile(r"(?<=\bi )(?:way|whey|wait|weight)(?=\s+(?:about |around |like |roughly )?\d)", re.IGNORECASE),
    re.compile(r"(?<=\bmy )(?:wait|whey|way)(?=\s+(?:is|was|'s)\b)", re.IGNORECASE),
)


# A Dutch or Polish profile sentence ("Ik ben 34, vrouw, 1,68 m en 62 kilo", "Mam 30 lat, ważę 70 kg"),
# read in the English words it says. Typo repair has already read "ik" as "I" and "ważę" as "I weigh".
DUTCH_PROFILE = re.compile(r"\b(?:ik|i) (?:ben|weeg)\b|\b(?:vrouw|jaar oud)\b", re.IGNORECASE)
DUTCH_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (r"\b(?:ik|i) ben\b", "I'm"),
        (r"\bben\b(?=\s+\d)", "I'm"),  # "... en ben 1,80 m lang"
        (r"\b(?:(?:ik|i) )?weeg\b", "I weigh"),
        (r"\b(?:een )?vrouw\b", "female"),
        (r"\bjaar(?: oud)?\b", "years old"),
        (r"(?<=m) lang\b|(?<=cm) lang\b", " tall"),
    )
)
POLISH_PROFILE = re.compile(r"\bmam \d{1,3} lat|\bwzrostu\b|\bkobieta\b|\bmężczyzna\b", re.IGNORECASE)
POLISH_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (r"\bi (?=mam\b)", "and "),
        (r"\bmam (\d{1,3}) lat[a]?\b", r"I'm \1 years old"),
        (r"\bmam (\d{3}) ?cm(?: wzrostu)?\b", r"I'm \1 cm tall"),
        (r"\bwzrostu\b", "tall"),
        (r"\b(?:jestem )?kobietą\b|\bkobieta\b", "female"),
        (r"\b(?:jestem )?mężczyzną\b|\bmężczyzna\b", "male"),
        (r"\b(?:ważę|waze)\b", "I weigh"),
    )
)


# "1m68", "1 m 75": a height in metres and centimetres, as French, Spanish or Italian speakers
# (and many others) write it; read as 1.68 m.
METRES_AND_CENTIMETRES = re.compile(r"(?<![\w.,])(1)\s?(?:m|metres?|meters?|metro)\s?([3-9]\d)(?!\d|[.,]\d|\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b)", re.IGNORECASE)
LABEL_AFTER_VALUE = re.compile(
    r"(?<=\d)((?:\s*(?:kg|kgs|kilos?|lbs?|pounds?|cm|m|st|stone|ft|in|\"|'))?)\s+(?=(?:my\s+)?(?:weight|height|age|sex|gender)\b)", re.IGNORECASE
)
# "got weighed at the doctor's today, ...", "weighed in this morning and ...": how the user
# knows the weight said next, not something else to answer.
WEIGHED = re.compile(
    r"\b(?:i\s+)?(?:just\s+)?(?:(?:got|was|been|have been|'ve been)\s+)?weighed(?:\s+(?:myself|me|in))?(?:\s+(?:at|by)\s+(?:the\s+|my\s+)?[\w']+(?:'s)?)?"
    r"(?:\s+(?:today|this morning|yesterday|earlier|again|last night|after (?:the |my )?\w+))?\s*(?:[,.;:-]+|\s+and)\s*(?=i'?m\s+(?:(?:actually|now|really|only|just|at)\s+)*\d)",
    re.IGNORECASE,
)


# A Spanish, French, Italian or Portuguese profile sentence ("Tengo 28 años, mujer, mido 1,62 y
# peso 58 kilos", "j'ai 40 ans, je mesure 1,75 m", "ho 35 anni", "tenho 30 anos"): read the same way.
ROMANCE_PROFILE = re.compile(
    r"\b(?:tengo|tenho|j'ai|ho) \d{1,3} (?:años|anos|ans|anni)\b|\b(?:mido|meço|meco|je mesure|misuro|peso|je pèse|je pese|pesó)\s+\d"
    r"|\b(?:mujer|hombre|femme|homme|donna|uomo|mulher|homem)\b|\b(?:je m'appelle|me llamo|mi chiamo|me chamo)\s+\w|\b\d{1,3} (?:años|anos|ans|anni)\b",
    re.IGNORECASE,
)
_KILOS = r"(?:\s*(?:kilos?|kg|kgs|quilos?|chili|kilogramos?|kilogrammes?))?"
ROMANCE_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (r"\b(?:je m'appelle|me llamo|mi chiamo|me chamo)\b", "my name is"),
        (r"\b(?:tengo|tenho|j'ai|ho) (\d{1,3}) (?:años|anos|ans|anni)\b", r"I'm \1 years old"),
        (r"\b(?:de|di) (\d{1,3}) (?:años|anos|ans|anni)\b", r", \1 years old"),
        (r"\b(\d{1,3}) (?:años|anos|ans|anni)\b", r"\1 years old"),
        (r"(?:,\s*|\b)(?:sono |soy |sou )?alt[oa] (\d(?:\.\d{1,2})?)(?![\d.])(?:\s*(?:m\b|metros?|metri))?", r", I'm \1 m tall"),
        (r"\b(?:soy |je suis |sono |sou )?(?:una |une |um |uma )?(?:mujer|femme|donna|mulher)\b", "female"),
        (r"\b(?:soy |je suis |sono |sou )?(?:un |uno |um )?(?:hombre|homme|uomo|homem|varón)\b", "male"),
        (r"\b(?:mido|meço|meco|je mesure|misuro|sono alt[oa])\s+(\d(?:\.\d{1,2})?)(?![\d.])(?:\s*(?:m\b|metros?|mètres?|metri))?", r"I'm \1 m tall"),
        (r"\b(?:mido|meço|meco|je mesure|misuro|sono alt[oa])\s+(\d{3})(?:\s*(?:cm|centímetros|centimètres|centimetri))?", r"I'm \1 cm tall"),
        (r"\b(?:peso|je pèse|je pese)\s+(\d{2,3}(?:\.\d)?)" + _KILOS, r"I weigh \1 kg"),
        (r"\b(?:quiero|quero|je veux|voglio) (?:bajar|perder|perdre|dimagrire|emagrecer) (?:de |du )?(?:peso|poids)\b|\bquiero adelgazar\b", "I want to lose weight"),
        (r"\b(?:quiero|quero|je veux|voglio) (?:ganar|ganhar|prendre|aumentare) (?:músculo|musculo|masa muscular|massa muscular|du muscle|massa muscolare)\b", "I want to build muscle"),
        # the week, the job, the diet and the life stage, in the same words the English reader knows
        (r"\b(?:trabajo de oficina|trabajo en (?:una )?oficina|travail de bureau|lavoro d'ufficio|lavoro in ufficio|trabalho de escritório)\b", "desk job"),
        (r"\b(?:soy |je suis |sono |sou )?(?:vegetarian[oa]|végétarien(?:ne)?|vegetarien(?:ne)?)\b", "I'm vegetarian"),
        (r"\b(?:soy |je suis |sono |sou )?(?:vegan[oa]?|végétalien(?:ne)?)\b", "I'm vegan"),
        (r"\b(?:posmenopáusica|posmenopausica|ménopausée|ménopausee|postmenopausique|in postmenopausa|pós-menopausa)\b", "post-menopausal"),
        (r"\b(?:una vez|une fois|una volta|uma vez) (?:por|par|a|alla|por) (?:semana|semaine|settimana)\b", "once a week"),
        (r"\b(?:dos veces|deux fois|due volte|duas vezes) (?:por|par|a|alla) (?:semana|semaine|settimana)\b", "twice a week"),
        (r"\b(\d) (?:veces|fois|volte|vezes) (?:por|par|a|alla) (?:semana|semaine|settimana)\b", r"\1 times a week"),
        (r"\b(?:hago|je fais|faccio|faço) (?:de |du |de la )?(pilates|yoga|crossfit|spinning|zumba)\b", r"I do \1"),
        (r"\b(?:juego al|juego a|je joue au|gioco a|jogo) (?:fútbol|futbol|foot|football|calcio|futebol)\b", "I play football"),
        (r"\b(?:y|et)\b", "and"),
    )
)


# A German profile sentence: its own words, read as the English ones the parser knows.
GERMAN_PROFILE = re.compile(r"\b(?:ich bin|ich wiege|wiege|männlich|weiblich|jahre alt|groß|abnehmen|zunehmen|ich heiße|muskeln aufbauen)\b", re.IGNORECASE)
GERMAN_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (r"\bich heiße\b", "my name is"),
        (r"\bich bin\b", "I'm"),
        (r"\bbin\b(?=\s+(?:\d|ein|eine|männlich|weiblich))", "I'm"),  # "..., bin 27 und ...", "und bin 1,75 m groß"
        (r"\b(?:ich )?wiege\b", "I weigh"),
        (r"\bmännlich\b|\bein mann\b", "male"),
        (r"\bweiblich\b|\beine frau\b", "female"),
        (r"\bgroß\b|\bgross\b", "tall"),
        (r"\bjahre alt\b|\bjahre\b", "years old"),
        (r"\b(?:möchte|will|muss|würde gern|würde gerne) (?:\w+ )?abnehmen\b", "want to lose weight"),
        (r"\b(?:möchte|will|würde gern|würde gerne) (?:\w+ )?zunehmen\b", "want to gain weight"),
        (r"\b(?:möchte|will|würde gern|würde gerne) (?:\w+ )?(?:muskeln|muskelmasse|muskel) (?:aufbauen|zulegen)\b|\b(?:möchte|will) (?:\w+ )?muskelaufbau\b", "want to build muscle"),
        (r"\b(?:möchte|will|würde gern|würde gerne) (?:\w+ )?(?:fitter werden|fit werden)\b", "want to get fitter"),
        (r"\b(?:bürojob|büro-job|schreibtischjob|bürojobs|arbeite im büro)\b", "desk job"),
        (r"\b(?:ich bin |I'm )?(?:vegetarier(?:in)?)\b", "I'm vegetarian"),
        (r"\b(?:ich bin |I'm )?(?:veganer(?:in)?)\b", "I'm vegan"),
        (r"\bnach den wechseljahren\b|\bpostmenopausal\b", "post-menopausal"),
        (r"\bin den wechseljahren\b", "going through the menopause"),
        (r"\beinmal (?:pro|die|in der) woche\b", "once a week"),
        (r"\bzweimal (?:pro|die|in der) woche\b", "twice a week"),
        (r"\b(\d)(?:-?mal| mal) (?:pro|die|in der) woche\b", r"\1 times a week"),
        (r"\bfu(?:ß|ss)ball\b", "football"),
        (r"\b(?:ich )?spiele\b", "I play"),
        (r"\b(?:ich )?mache (pilates|yoga|crossfit|zumba)\b", r"I do \1"),
        (r"\bund\b", "and"),
    )
)


# Values: each a Fact, or a Problem with the readings that make sense.


def weight_fact(kg: float, said: str) -> Fact | Problem:
    """A weight in kg said as `said`, or the problem with it (with "did you mean" readings)."""
    problem = value_problem(kg, "weight")
    if problem is None:
        return Fact("weight_kg", round(kg, 1), said)
    options: list[Option] = []
    if problem == "out_of_range":
        number = said.split()[0]
        if said.endswith(" kg") and value_problem(to_number(number) * LB_TO_KG, "weight") is None:
            options.append(Option(Fact("weight_kg", round(to_number(number) * LB_TO_KG, 1), f"{number} lb"), "lb"))
        elif said.endswith(" lb") and value_problem(to_number(number), "weight") is None:
            options.append(Option(Fact("weight_kg", round(to_number(number), 1), f"{number} kg"), "kg"))
    return Problem("weight_kg", said, problem, tuple(options))


def height_fact(cm: float, said: str) -> Fact | Problem:
    """A height in cm said as `said`, or the problem with it."""
    problem = value_problem(cm, "height")
    if problem is None:
        return Fact("height_cm", round(cm, 1), said)
    options: list[Option] = []
    number = re.split(r"[ '\"]", said)[0]
    if problem == "out_of_range" and said.endswith(" cm") and value_problem(to_number(number) * 100, "height") is None:
        options.append(Option(Fact("height_cm", round(to_number(number) * 100, 1), f"{number} m"), "m"))
    elif problem == "out_of_range" and said.endswith(" m") and value_problem(to_number(number), "height") is None:
        options.append(Option(Fact("height_cm", round(to_number(number), 1), f"{number} cm"), "cm"))
    return Problem("height_cm", said, problem, tuple(options))


def age_fact(raw: str) -> Fact | Problem:
    """An age in years, or the problem with it ("150 years old", "-3")."""
    value = to_number(raw)
    problem = value_problem(value, "age")
    if problem is None and value != int(value):
        problem = "not_whole"
    if problem is None:
        return Fact("age", int(value), str(int(value)))
    return Problem("age", f"{as_typed(raw)} years", problem)


def _measure_fact(measure: Measure) -> Fact | Problem:
    return weight_fact(measure.metric, measure.said) if measure.kind == "weight" else height_fact(measure.metric, measure.said)


def bare_weight(raw: str, unit: str | None = None) -> Fact | Problem:
    """A weight written without a unit ("I weigh 80"): kg when only kg makes sense, lb when only
    lb does, else a Problem offering both. `unit` ("kg"/"lb") settles it."""
    value, typed = to_number(raw), as_typed(raw)
    if unit == "lb" or (unit is None and math.isfinite(value) and 250 < value <= 550):
        return weight_fact(value * LB_TO_KG, f"{typed} lb")
    if unit == "kg" or (unit is None and math.isfinite(value) and WEIGHT_KG[0] <= value < 90):
        return weight_fact(value, f"{typed} kg")
    if not math.isfinite(value) or value <= 0:
        return weight_fact(value, f"{typed} kg")
    options = [
        Option(fact, unit_word)
        for fact, unit_word in ((weight_fact(value, f"{typed} kg"), "kg"), (weight_fact(value * LB_TO_KG, f"{typed} lb"), "lb"))
        if isinstance(fact, Fact)
    ]
    return Problem("weight_kg", typed, "unclear" if options else "out_of_range", tuple(options))


def bare_height(raw: str, unit: str | None = None) -> Fact | Problem:
    """A height written without a unit ("my height is 178", "I'm 6 tall"): cm, m or feet by its size."""
    value, typed = to_number(raw), as_typed(raw)
    if unit == "cm" or (unit is None and math.isfinite(value) and value >= 100):
        return height_fact(value, f"{typed} cm")
    if unit == "m" or (unit is None and math.isfinite(value) and 1 <= value <= 2.6 and value != int(value)):
        return height_fact(value * 100, f"{typed} m")
    if unit == "ft" or (unit is None and math.isfinite(value) and 4 <= value <= 7 and value == int(value)):
        return height_fact(value * 12 * INCH_TO_CM, f"{typed} ft")
    return height_fact(value, f"{typed} cm")


def bare_number(raw: str) -> Fact | Problem:
    """"I'm 34" is an age; "I'm 180" could be a height in cm or a weight in lb or kg: a Problem
    that offers each reading that makes sense."""
    value, typed = to_number(raw), as_typed(raw)
    if math.isfinite(value) and value == int(value) and 10 <= value <= 110:
        return Fact("age", int(value), str(int(value)))
    if not math.isfinite(value) or value <= 0:
        return Problem("", typed, value_problem(value, "age") or "unclear")
    if value != int(value) and 1.4 <= value <= 2.2 and re.fullmatch(r"\d[.,]\d{1,2}", raw.strip()):
        # "I'm 1.82", "im 1,68": a height in metres (no weight or age is 1.82)
        return bare_height(raw.replace(",", "."), "m")
    readings: list[tuple[Fact | Problem, str]] = []
    if value == int(value) and value < 10:
        readings += [(age_fact(raw), "years"), (bare_height(raw, "ft"), "ft")]
    else:
        readings += [(bare_height(raw, "m"), "m")] if value < 3 else [(height_fact(value, f"{typed} cm"), "cm")]
        readings += [(weight_fact(value * LB_TO_KG, f"{typed} lb"), "lb"), (weight_fact(value, f"{typed} kg"), "kg")]
    options = tuple(Option(fact, unit) for fact, unit in readings if isinstance(fact, Fact))
    return Problem("", typed, "unclear" if options else "out_of_range", options)


def read_value(field: str, text: str, unit: str | None = None) -> Fact | Problem | None:
    """The value of one field from a short text ("update my weight to 78kg" -> "78kg"):
    a weight, height, age, sex, activity level or name; None when the text has none."""
    text = clean(text).strip(" .!?")
    if field in ("weight_kg", "height_cm"):
        kind = "weight" if field == "weight_kg" else "height"
        for measure in find_measures(text):
            if measure.kind == kind:
                return _measure_fact(measure)
        match = re.match(rf"^\s*(?:{FILLER}\s+)*({NUMBER})\s*$", text, FLAGS)
        if not match:
            return None
        return bare_weight(match.group(1), unit) if kind == "weight" else bare_height(match.group(1), unit)
    if field == "age":
        match = re.search(_N, text, FLAGS)
        return age_fact(match.group(1)) if match else None
    if field == "sex":
        match = re.search(r"\b(male|female|man|woman|m|f)\b", text, FLAGS)
        return _sex(match.group(1)) if match else None
    if field == "activity_level":
        found = activity_level(text) or _level_by_name(text)
        return Fact("activity_level", found[0], found[0]) if found else None
    if field == "name":
        name = text.strip(" \"'")
        return Fact("name", name.title() if name.islower() else name, name) if re.fullmatch(r"[^\W\d][\w'\- ]{0,59}", name) else None
    return None


def _level_by_name(text: str) -> tuple[str, tuple[int, int]] | None:
    key = text.lower().strip().replace(" ", "_").replace("-", "_")
    aliases = {"lightly_active": "light", "moderately_active": "moderate", "light": "light", "moderate": "moderate"}
    level = aliases.get(key, key)
    return (level, (0, len(text))) if level in LEVELS else None


# Sentences.


def _clauses(text: str) -> list[tuple[str, int, bool]]:
    """The message's clauses: (text, start, ends with a question mark)."""
    clauses = []
    start = 0
    for match in CLAUSE_BREAK.finditer(text):
        clauses.append((text[start:match.start()], start, match.group(0) == "?"))
        start = match.end()
    clauses.append((text[start:], start, False))
    return [(t, s, q) for t, s, q in clauses if t.strip()]


def _residue(clause: str, taken: bytearray) -> set[str]:
    """The clause's words outside the `taken` characters, less the words any list of facts has
    ("I'm", "and")."""
    low = clause.lower()
    end = min(len(low), len(taken))  # as a zip of the two would pair them
    kept, start = [], 0
    for run in _TAKEN_RUN.finditer(taken, 0, end):  # each run of taken characters blanked, in C: not a look at each character
        kept += (low[start : run.start()], " " * (run.end() - run.start()))
        start = run.end()
    kept.append(low[start:end])
    return {word for word in _RESIDUE_WORD.findall("".join(kept)) if word not in LIST_WORDS}


_TAKEN_RUN = re.compile(rb"[^\x00]+")
_RESIDUE_WORD = re.compile(r"[a-z][a-z'/]*")


# "Can you remember that?", "please save all that", "got that?": the user asks for what they just
# said to be kept, which is General's job, not a question for anyone else.
KEEP_THAT = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|pls|please)[\s,]+)*(?:(?:can|could|would|will) (?:you|u)\s+(?:please\s+|pls\s+)?)?(?:please\s+|pls\s+)?"
    r"(?:remember|save|store|keep|note|record|write down|make a note of)\s+(?:all\s+(?:of\s+)?)?(?:that|this|it|these|those|them|my details|my info|my stats)"
    r"(?:\s+(?:down|for me|in mind|please|pls|thanks|too|as well|on file|on record|in my profile|for (?:future|later)(?: reference)?))*\s*\??\s*$"
    r"|^\s*(?:got|get) (?:all )?(?:that|it)\s*\??\s*$",
    FLAGS,
)


class _Clause:
    """One clause and the facts found in it, before deciding whether they are the user's."""

    def __init__(self, text: str, question: bool) -> None:
        self.text = text
        keep = bool(KEEP_THAT.match(text))
        self.question = not keep and (question or bool(QUESTION_START.match(text)))
        self.not_a_statement = bool(WISH_OR_PAST.search(text) or OTHER_PERSON.search(text))
        # (where, value): tied to the user by "I weigh", "I'm" ...
        self.anchored: list[tuple[int, Fact | Problem]] = []
        # ... or true only in a message of nothing but facts ("68 kg, 165 cm").
        self.loose: list[tuple[int, Fact | Problem]] = []
        # ... or numbers alone, an age only beside other facts ("I'm Sam, 34, male"; not "80").
        self.numbers: list[tuple[int, Fact | Problem]] = []
        self.taken = bytearray(len(text))  # 1 for each character a value was read from
        if keep:
            self.take_all()  # "can you remember that?" says nothing more than the facts beside it

    def take(self, span: tuple[int, int]) -> bool:
        """Claim the characters of a value; False when another value already has some of them."""
        start, end = span
        if any(self.taken[start:end]):
            return False
        self.taken[start:end] = b"\x01" * (end - start)
        return True

    def take_all(self) -> None:
        self.taken = bytearray(b"\x01" * len(self.text))

    def give_back(self, span: tuple[int, int]) -> None:
        self.taken[span[0] : span[1]] = bytes(span[1] - span[0])

    @property
    def residue(self) -> set[str]:
        return _residue(self.text, self.taken)

    @property
    def bare(self) -> bool:
        """Nothing but facts: "68 kg", "and 180 lbs", "female", "I'm 34"."""
        return not self.residue


def _read_clause(text: str, question: bool) -> _Clause:
    clause = _Clause(text, question)
    for measure in find_measures(text):
        if not clause.take((measure.start, measure.end)):
            continue
        fact = _measure_fact(measure)
        prefix, after = text[max(0, measure.start - ANCHOR_REACH) : measure.start], text[measure.end : measure.end + 40]
        if NOT_BODY.match(after):
            clause.give_back((measure.start, measure.end))
            continue
        (clause.anchored if ANCHOR.search(prefix) else clause.loose).append((measure.start, fact))
    for pattern, reader in ((WEIGHT_NO_UNIT, bare_weight), (HEIGHT_NO_UNIT, bare_height)):
        for match in pattern.finditer(text):
            group = 1 if match.group(1) else 2
            if match.group(group) and clause.take(match.span()) and not NOT_BODY.match(text[match.end() : match.end() + 40]):
                clause.anchored.append((match.start(), reader(match.group(group))))
    for pattern in (AGE_PLAIN, AGE_FIELD):
        for match in pattern.finditer(text):
            raw = next(group for group in match.groups() if group)
            if clause.take(match.span()):
                (clause.anchored if FIRST_PERSON.search(text) or pattern is AGE_FIELD else clause.loose).append((match.start(), age_fact(raw)))
    for match in AGE_ANCHORED.finditer(text):
        if clause.take(match.span(1)):
            clause.anchored.append((match.start(1), bare_number(match.group(1))))
            sex = re.match(r"\s*/?\s*([mf])\b", text[match.end(1) :], FLAGS)
            if sex and clause.take((match.end(1) + sex.start(1), match.end(1) + sex.end(1))):
                clause.anchored.append((match.end(1) + sex.start(1), _sex(sex.group(1))))  # "I'm 41F"
    for match in AGE_AND_SEX.finditer(text):
        if clause.take(match.span()):
            clause.loose += [(match.start(1), age_fact(match.group(1))), (match.start(2), _sex(match.group(2)))]
    for match in SEX_ANCHORED.finditer(text):
        group = next(n for n in range(1, 4) if match.group(n))
        if clause.take(match.span(group)):
            clause.anchored.append((match.start(group), _sex(match.group(group))))
    match = SEX_BARE.search(text)
    if match and clause.take(match.span(1)):
        clause.loose.append((match.start(1), _sex(match.group(1))))
    for match in SEX_BESIDE_AGE.finditer(text):  # "41 yo male 182cm", "32 y/o guy", "40 year old dad"
        group = 1 if match.group(1) else 2
        if clause.take(match.span(group)):
            clause.loose.append((match.start(group), _sex(match.group(group))))
    match = SEX_BEFORE_AGE.match(text)  # "Male 45yo 183cm 92kg"
    if match and clause.take(match.span(1)):
        clause.loose.append((match.start(1), _sex(match.group(1))))
    level = activity_level(text)
    if level and clause.take(level[1]):
        # "very active" alone is an answer; "I sit at a desk all day" says it of the user.
        said = text[level[1][0] : level[1][1]].strip().lower()
        (clause.anchored if FIRST_PERSON.search(text) else clause.loose).append((level[1][0], Fact("activity_level", level[0], said)))
    if clause.bare:
        # A number alone among facts ("I'm Sam, 34, male"; "80 kg, 180 cm and 25") is an age.
        for match in re.finditer(_N, text, FLAGS):
            if clause.take(match.span(1)):
                clause.numbers.append((match.start(1), bare_number(match.group(1))))
    return clause


def _sex(word: str) -> Fact:
    sex = "male" if word.lower() in MALE | PARENT_MALE else "female"
    return Fact("sex", sex, sex)


def _name(text: str) -> tuple[str, tuple[int, int]] | None:
    """The name the user gives ("call me Sam") and where it is said."""
    match = NAME.search(text)
    if match:
        name = match.group(1).strip()
        return (name.title() if name.islower() else name), match.span()
    greeting = GREETING_NAME.match(text)
    if greeting and greeting.group(1).lower() not in NOT_NAMES:
        return greeting.group(1), greeting.span()
    lower = GREETING_NAME_LOWER.match(text)
    if lower and lower.group(1) not in NOT_NAMES and not condition_note(lower.group(1)):
        return lower.group(1).title(), lower.span()
    here = HERE_NAME.match(text)
    if here and here.group(1).lower() not in NOT_NAMES:
        return here.group(1), here.span()  # "Jo here, 27, F, 60kg"
    return None


def _goals(text: str) -> list[str] | None:
    match = GOALS.search(text)
    if not match:
        return None
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=to\s)", match.group(1))
    goals = [re.sub(r"^to\s+", "", p.strip(), flags=FLAGS) for p in parts]
    return [g for g in goals if g] or None


# Whatever the reader can find has one of these; a message with none is skipped in one search
# (the router reads every message through `classify`).
MIGHT_STATE = re.compile(
    r"\d|\b(?:nan|inf|infinity|male|female|man|woman|guy|girl|gal|boy|lady|gentleman|bloke|dude|m|f|active|inactive|sedentary"
    r"|desk|office|computer|sit|sitting|couch|exercise|work ?out|train|gym|running|sports?|physical|manual|labou?ring|construction"
    r"|lift|swim|cycle|yoga|pilates|crossfit|weights"
    r"|farm|feet|name|call|called|go by|goals?|sex|gender|age|aged|weight|height"
    # a sport a week ("I play netball once a week"), a life stage ("I've been through the menopause")
    r"|week|weekly|daily|every day|\w*menopaus\w*|breast[- ]?feeding|post[- ]?partum|post[- ]?natal|baby)\b|\b(?:i'?m|i am|this is|it's)\s+[A-Z]",
    re.IGNORECASE,
)


# A value said as where the user is now after a change ("I'm down to 85 kg", "I've gone up to 92
# kg", "weighed in at 83.5 kg", "new weight: 84 kg") is their current value: read as "I'm 85 kg".
# A wish ("I want to get down to 80 kg") or a loss ("I dropped 5 kg") is not.
NOW_AT = (
    re.compile(
        r"\b(?:i'?m|i am|im)\s+(?:now\s+|finally\s+|officially\s+|currently\s+)?(?:back\s+)?(?:down|up|back)\s+to\b"
        r"|\b(?:i'?ve|i have)\s+(?:now\s+|finally\s+)?(?:gone|come|got|gotten|dropped|climbed|crept|jumped|slimmed)\s+(?:back\s+)?(?:down|up)?\s*to\b"
        r"|\bi\s+(?:(?:have\s+)?now\s+)?(?:dropped|went down|went up|got down|got up|crept up|slimmed down)\s+to\b"
        r"|^\s*(?:(?:update|edit|news)\s*[:\-]\s*)?(?:now\s+)?(?:down|up)\s+to\b"
        # "update: 87.5 kg this morning", "weigh-in - 84.2kg": the number right after the label
        r"|^\s*(?:(?:weight\s+)?update|weigh[- ]?in|today'?s\s+weight)\s*[:\-]\s*(?=\d)",
        FLAGS,
    ),
    re.compile(
        # "weighed in at 83.5 kg", "weighed in this morning at 87.5 kg"
        r"\b(?:i\s+)?weighed\s+(?:myself\s+)?in\s+(?:(?:this|last|yesterday)\s+(?:morning|evening|afternoon|night)\s+|today\s+|earlier\s+)?at\b|\b(?:my\s+)?new\s+weight\s*(?:is|[:=])?"
        # "weighed myself this morning, 79.5 now": the number said right after the weighing
        r"|\b(?:i\s+(?:just\s+)?)?weighed\s+(?:myself\s+)?(?:this\s+morning|today|just\s+now|earlier)?\s*[,:;-]?\s*(?:and\s+)?(?:i'?m\s+|it'?s\s+|it\s+says\s+)?(?=\d)",
        FLAGS,
    ),
)


# "I've lost 3kg, now 87": the new weight, in the unit of the change.
CHANGED_THEN_NOW = re.compile(
    r"\b(?:lost|dropped|shed|gained|put on)\s+\d+(?:\.\d+)?\s*(?P<unit>kg|kgs|kilos?|lbs?|pounds?)\b[,;.!]?\s*(?:so\s+|and\s+)?(?:i'?m\s+|i am\s+)?"
    r"(?:now|down to|up to|at)\s+(?P<value>\d{2,3}(?:\.\d+)?)(?!\s*(?:kg|kgs|kilos?|lbs?|pounds?|st|stone|%|\.\d))",
    FLAGS,
)
# "12 and a half stone", "5 and a half foot": the half as a decimal.
AND_A_HALF = re.compile(r"\b(\d{1,3}) and a (half|quarter)\s+(stones?|st|kg|kgs|kilos?|lbs?|pounds?|foot|feet|ft)\b", FLAGS)


# "set up my profile: 35, woman, ...", "about me: 24 y/o guy, ...", "here are my stats - ...": words
# that introduce a list of facts, so the first value after them is read as one of the list (a
# bare number first in a list is the age).
PROFILE_INTRO = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|right|hi|hello|hey|well|alright)[\s,!.]+)*(?:"
    r"(?:(?:can|could|would) you\s+|please\s+|let'?s\s+|i'?d like to\s+|i want to\s+|help me\s+)?"
    r"(?:set ?up|create|make|start|fill in|build|update|save|do)\s+(?:my|a|me a)\s+(?:new\s+)?profile(?:\s+(?:for me|please))?"
    r"|(?:(?:a (?:bit|little)|some(?:thing)?|quick(?: bit)?|all)\s+)?about me|(?:a\s+)?(?:quick\s+)?(?:intro|introduction)"
    r"|(?:(?:my|some|a few|the|quick|basic|new|updated)\s+)+(?:details|stats|info|facts|numbers|vitals|basics|profile)(?:\s+update)?"
    r"|profile\s+(?:update|details|info|stats)"
    r"|here(?:'s| is| are)\s+(?:my|some|a few|the)\s+(?:details|stats|info|facts|numbers|basics)|for (?:my|the) profile|profile"
    r")\s*(?:please\s*)?[:\-–—,]\s*",
    FLAGS,
)


def _now_at(text: str) -> str:
    """The message with a current value after a change said as "I'm ..." / "I weigh ..."."""
    text = PROFILE_INTRO.sub("", text, count=1)
    text = AND_A_HALF.sub(lambda m: f"{int(m.group(1)) + (0.5 if m.group(2).lower() == 'half' else 0.25):g} {m.group(3)}", text)
    text = CHANGED_THEN_NOW.sub(lambda m: f"{m.group(0)[: m.start('value') - m.start()]}".rstrip() + f" — I'm {m.group('value')} {m.group('unit')}", text)
    text = NOW_AT[0].sub(lambda m: "I'm " if text[m.end() : m.end() + 1].isdigit() else "I'm", text)
    return NOW_AT[1].sub(lambda m: "I weigh " if text[m.end() : m.end() + 1].isdigit() else "I weigh", text)


@per_turn  # routing reads the message, and the reply reads it again (callers never change a Reading)
def read_profile(message: str) -> Reading:
    """What `message` states about the user (see the module docstring); empty when nothing."""
    text = _now_at(clean(message[:MAX_READ]))
    reading = Reading()
    if not MIGHT_STATE.search(text):
        return reading
    parts = _clauses(text)
    clauses = [_read_clause(part, question) for part, _, question in parts]
    statements = [c for c in clauses if not c.question and not c.not_a_statement]
    reading.question = any(c.question for c in clauses)
    named = _name(text)
    name = named[0] if named else None
    if named:
        reading.add(Fact("name", named[0], named[0]))
        for clause, (part, start, _) in zip(clauses, parts):
            if start < named[1][1] and named[1][0] < start + len(part):
                clause.take_all()  # the clause that gives the name is a fact
    # A message made only of facts ("I'm 34, female, 68 kg") makes its loose values the user's too.
    name_clause = LIST_NAME.match(text)
    list_name = name_clause.group(1) if name_clause and name_clause.group(1).lower() not in NOT_NAMES else None
    only_facts = all(
        c.bare or (list_name is not None and c.residue <= {list_name.lower(), "hi", "hello", "hey"})
        for c in statements
    )
    if not only_facts and not any(OTHER_PERSON.search(c.text) for c in clauses):
        # "32 y/o guy, 178cm, 72kg, want to put on muscle": two or more of the body's facts listed
        # bare are the user's, whatever else the message says
        # "33F 58kg 160cm asthmatic": a condition said in the list leaves it a list
        listed = {v.field for c in statements if c.bare or c.residue <= SEX_WORDS | CONDITION_WORDS for _, v in c.loose + c.numbers if isinstance(v, Fact)}
        listed |= {v.field for c in statements for _, v in c.anchored if isinstance(v, Fact)}
        only_facts = len(listed & {"weight_kg", "height_cm", "age", "sex"}) >= 2
    others = any(c.anchored or c.loose for c in statements)
    for clause in statements:
        listed_clause = clause.bare or clause.residue <= SEX_WORDS | CONDITION_WORDS
        values = clause.anchored + (clause.loose + clause.numbers if only_facts and others and listed_clause else [])
        if only_facts and others and not listed_clause:
            # in a list of the user's facts, how their week goes is theirs too, in whatever words
            # ("..., retired and walk the dog every day")
            values += [(at, v) for at, v in clause.loose if isinstance(v, Fact) and v.field == "activity_level"]
        for _, value in sorted(values, key=lambda pair: pair[0]):
            if isinstance(value, Fact):
                reading.add(value)
            else:
                reading.problems.append(value)
    if name is None and list_name and only_facts and reading.facts:
        reading.facts = {"name": Fact("name", list_name, list_name), **reading.facts}
        for clause in clauses:
            if list_name.lower() in clause.residue:
                clause.take_all()
    goals = _goals(text)
    if goals:
        reading.add(Fact("goals", goals, "; ".join(goals)))
        clauses = [c for c in clauses if not GOALS.search(c.text)]  # the goal's own clause is said
    elif reading.facts:
        wishes = {id(c): WISH_GOAL.search(c.text) or DOING_GOAL.match(c.text) or BARE_GOAL.match(c.text) for c in clauses if not c.question}
        found = [match.group(1).rstrip(" .!") for match in wishes.values() if match]
        if found:
            reading.add(Fact("goals", found, "; ".join(found)))
            clauses = [c for c in clauses if not wishes.get(id(c))]
    if "goals" in reading.facts and not goals:
        # the goal's own clause is said; a clause that was nothing but the goal adds no rest
        reading.rest = ""
    reading.rest = " ".join(
        c.text.strip() + ("?" if c.question else "")
        for c in clauses
        if c.question or (not c.anchored and not c.loose and not c.numbers and c.residue - GREETINGS)
    )
    skip: list[Any] = []  # what says a note that is kept, so it is no rest
    note = injury_note(text)
    if note is not None:
        reading.add(Fact("facts", {"injury": note}, note))
        said = re.sub(r"[^a-z ]", "", note.lower())
        skip.append(lambda c: re.sub(r"[^a-z ]", "", c.text.lower()).strip() in said)
    stage = _life_stage(text)
    if stage is not None and stage[0] == "pregnant" and len(set(reading.facts) & {"age", "weight_kg", "height_cm"}) < 2:
        # "I'm 30 weeks pregnant, can I keep running?" is the guard's and the specialists' to answer;
        # a pregnancy is kept when it is said in a profile sentence ("30, 24 weeks pregnant, 70kg, 165cm")
        stage = None
    if stage is not None:
        reading.add(Fact("facts", {LIFE_STAGE: stage[0]}, stage[0]))
        if "sex" not in reading.facts:
            reading.add(Fact("sex", "female", "female", implied_by=stage[0]))
        skip.append(lambda c: _only_stage(c.text))
    if set(reading.facts) & {"age", "weight_kg", "height_cm", "sex"} and not reading.question:
        # "52, 1.80m, 95 kilos, type 2 diabetic", "17, male, 70kg, play rugby": a condition or a
        # sport said with the body's facts is a fact about the user too, kept as a note
        sport = sport_note(text) if "activity_level" not in reading.facts else None  # "football twice a week" is the level
        health = {key: value for key, value in (("condition", condition_note(text)), ("sport", sport)) if value}
        if health:
            reading.add(Fact("facts", health, "; ".join(health.values())))
            skip.append(lambda c: _only_health(c.text))
    if "weight_kg" in reading.facts and not reading.question and (before := weight_before(text)) is not None:
        # "i weigh 82 kg now, down from 90!": progress to acknowledge, not a fact left unsaved
        reading.weight_before = before
        skip.append(lambda c: FROM_BEFORE.search(c.text) is not None and len(c.text.split()) <= HEALTH_CLAUSE_WORDS)
    if skip:
        reading.rest = _rest(clauses, lambda c: any(said_by(c) for said_by in skip))
    # Two readings of one field: keep the fact, drop a problem about the same field.
    reading.problems = [p for p in reading.problems if p.field not in reading.facts or not p.field]
    return reading


def _rest(clauses: list[_Clause], said: Any) -> str:
    """The rest of the message, without the clauses `said` (a predicate) says a note holds."""
    return " ".join(
        c.text.strip() + ("?" if c.question else "")
        for c in clauses
        if (c.question or (not c.anchored and not c.loose and not c.numbers and c.residue - GREETINGS)) and not said(c)
    )


HEALTH_CLAUSE_WORDS = 7  # a clause longer than this says more than the condition or sport


def _only_health(part: str) -> bool:
    """The clause says a condition or a sport and little else ("have high blood pressure")."""
    return bool(condition_note(part) or sport_note(part)) and len(part.split()) <= HEALTH_CLAUSE_WORDS


_BODY_PART = (
    r"(?:(?:left|right|both|lower|upper|my)\s+)?(?:knees?|ankles?|hips?|back|shoulders?|wrists?|elbows?|neck|hamstrings?|achilles|"
    r"foot|feet|calf|calves|groin|shins?|spine|disc|acl|meniscus|rotator cuff|plantar fasciitis)"
)
# "dodgy left knee", "a bad back", "knee surgery last year": an injury or joint problem, kept as a
# note in the profile ("facts") so every agent plans around it.
INJURY = FirstLook(re.compile(
    rf"\b(?:dodgy|bad|sore|injured|weak|dicky|gammy|busted|wonky|knackered|torn|sprained|broken|twisted|pulled|recovering|"
    rf"bum|rubbish|arthritic|slipped|herniated|rebuilt|reconstructed|dislocated|fractured|painful|stiff|creaky|tricky)\s+{_BODY_PART}\b"
    rf"|\b{_BODY_PART}\s+(?:injury|injuries|problems?|issues?|pain|surgery|replacement|op|operation|niggle|trouble|is (?:dodgy|bad|sore|injured|weak))\b"
    rf"|\b(?:hurt|injured|tore|sprained|broke|twisted|pulled|dislocated|fractured) (?:my |a )?{_BODY_PART}\b",
    FLAGS,
))
INJURY_NOT_MINE = re.compile(r"\b(?:my|his|her|their) (?:son|daughter|wife|husband|partner|friend|mum|mom|dad|kid)'?s?\b", FLAGS)


def injury_note(text: str) -> str | None:
    """The sentence that says the user has an injury ("Dodgy left knee, so nothing with jumping
    please" -> "Dodgy left knee, so nothing with jumping"), else None."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+|\s[-–—]+\s", text):
        if INJURY.search(sentence) and not INJURY_NOT_MINE.search(sentence) and not QUESTION_START.match(sentence.strip()):
            parts = re.split(r",\s*", sentence)
            at = next(n for n, part in enumerate(parts) if INJURY.search(part))
            more = [p for p in parts[at + 1 : at + 2] if re.match(r"(?i)(?:so|and so|which means|meaning|nothing|no|can'?t|avoid)\b", p.strip())]
            sentence = ", ".join([re.sub(r"(?i)^(?:and|but|also|plus)\s+", "", parts[at].strip()), *more])
            note = re.sub(r"[\s,]*\b(?:please|pls|thanks|thank you|ta)\b[\s.!]*$", "", sentence.strip(), flags=FLAGS).strip(" .!;")
            if note and "?" not in note:
                return note[:1].upper() + note[1:]
    return None


# Words that may surround a life stage in its own clause ("I'm still breastfeeding my son").
STAGE_WORDS = frozenset("still been through gone went i've ive currently recently just months weeks ago my son daughter baby twins the".split())


def _only_stage(clause: str) -> bool:
    """The clause says nothing but a life stage."""
    found = life_stage(clause)
    if found is None:
        return False
    rest = clause.lower().replace(found[1].lower(), " ")
    return {word for word in re.findall(r"[a-z][a-z'/]*", rest)} <= LIST_WORDS | STAGE_WORDS


def _life_stage(text: str) -> tuple[str, str] | None:
    """The life stage one of the message's sentences says the user is in ("52, post-menopausal,
    160 cm"), with the words it was said in; None when none does."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        found = life_stage(sentence)
        if found is not None:
            return found
    return None


def keyed_fact(text: str) -> tuple[str, str] | None:
    """("favourite colour", "blue") from "my favourite colour is blue", else None."""
    match = KEYED_FACT.match(text.strip().rstrip(".!"))
    return (match.group(1).strip(), match.group(2).strip()) if match else None



def profile_statements(text: str) -> dict[str, Any]:
    """The `remember` arguments stated in `text` (empty when it states none)."""
    return read_profile(text).arguments()
