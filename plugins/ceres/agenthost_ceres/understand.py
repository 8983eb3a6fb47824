"""From a message and the dialog state to a `Request`: what Ceres is asked to do, with slots.

A short follow-up is read against the last answer first ("and for dinner?" after meal ideas
is the same request for dinner; "and yesterday?" after a summary is yesterday's summary;
"why?" explains the last answer), so every example Ceres suggests works as the next message.
Otherwise the message's own words decide, most specific first: preferences, undo,
corrections, meals to log, summaries, lookups, needs, ideas, everyday questions.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from attrs import Factory, define

from agenthost_ceres.diet_statements import added_allergens
from agenthost_ceres import abroad_asks, abroad_meals, allergy_languages, homemade, intents, knowledge, treat_worry
from agenthost_ceres.beside import meal_beside, told_beside
from agenthost_ceres.body import parse_body
from agenthost_ceres.day_swap import eaten_cold, swapped_meal
from agenthost_ceres.changes import diet_asked, meal_kcal_asked, request_part, someone_elses, tired_of_them
from agenthost_ceres.body_save import reports_weight
from agenthost_ceres.dates import find_when, today
from agenthost_ceres.dialog import DialogState
from agenthost_ceres.foods import load_table
from agenthost_ceres.fridge import keeps_without_fridge
from agenthost_ceres.parser import MEAL_WORDS, SAME_AS_BEFORE, parse_meal, tokenise
from agenthost_ceres.question import asks, core
from agenthost_ceres.diet_fit import fit_answer, fit_asked
from agenthost_ceres.drinks_training import TRAIN_AFTER, asks_training_after_drinks
from agenthost_ceres.log_and_ask import meal_and_question
from agenthost_ceres.allergens import dish_allergens, not_a_nut
from agenthost_ceres.intake import intake_and_rate
from agenthost_ceres.ingredients import ingredient_question
from agenthost_ceres.intake_check import intake_asked
from agenthost_ceres.routing import FUEL, GOAL_TIME, KEPT_FOOD_WORDS, ONE_AROUND_TRAINING, TREAT_AFTER_TRAINING, asks_loss_pace
from agenthost_ceres.sauces import asks_flavour, asks_sauces
from agenthost_ceres.can_have import claimed_ok
from agenthost_ceres.diet_statements import ALLERGY_SAID, JUST_DISLIKED, NOT_ALLERGIC
from agenthost_ceres.summary_lead import nutrient_asked, tally_asked
from agenthost_ceres.suggestions import STYLE_MEAL
from agenthost_ceres.symptoms import fibre_symptom
from agenthost_ceres.two_part import parts_asked

FOLLOW_UP_WORDS = 10  # follow-ups are short
MEAL_SWITCH = re.compile(
    r"^(?:and |what about |how about |ok |okay |also |now |then |same |the same )*(?:something |anything |ideas? |some ideas |options? )?(?:for |some |a )?"
    r"(breakfast|brunch|lunch|dinner|supper|snacks?|dessert)"
    r"(?: ideas?| options?| too| then| please| pls| tonight| tomorrow| as well| though| thanks)*$"
)
# What is said before a follow-up and changes nothing: "nice, and for dinner?", "perfect! and lunch?"
ACKNOWLEDGED = re.compile(
    r"^(?:(?:nice|great|cool|perfect|lovely|awesome|brilliant|thanks|thank you|cheers|ta|yum|yummy|sounds good|looks good|"
    r"love it|love that|amazing|sweet|good|ok|okay|alright|right)\b[,.!]*\s+)+(?=\S)"
)
# "can you do a veggie version of that", "make me a vegan one": the same ideas in that diet.
DIET_VERSION = re.compile(
    r"^(?:\w+[,!]? )?(?:(?:can you |could you |would you |please |pls )?(?:do|make|give me|show me|got|have you got|is there|any chance of)(?: me)? |(?:and |what about |how about |ok |okay )?(?=an? ))(?:a |an |the |some )?"
    r"(vegan|vegetarian|veggie|pescatarian|plant based|gluten free|dairy free|lactose free) (?:version|one|option|alternative|take|swap)s?(?: of (?:that|those|it|them|this|these))?(?: please| pls| too| instead)?$"
)
DIET_SWITCH = re.compile(
    r"^(?:and |ok |okay |but |now |please |can you |could you |oh |ah |actually |sorry |hmm |oops )*(?:something |make (?:it|them) |any |only |just |more |a |some )*"
    r"(vegan|vegetarian|veggie|pescatarian|plant based|gluten free|dairy free|lactose free)(?: ones?| options?| ideas?| please| instead)?"
    r"(?: though| tho| instead| please| pls| then| actually| sorry| for me| for us| lol)*$"
)
NO_COOK = re.compile(
    r"\b(?:no[- ]cook|no cooking|without cooking|don'?t (?:want to |have time to |feel like )?cook|can'?t cook|nothing to cook|"
    r"no kitchen|no (?:proper |real )?kitchen|no cooker|no stove|no hob|without (?:a )?(?:kitchen|stove|hob)|(?:don'?t|do not) have (?:a |any )?(?:kitchen|stove|hob|cooker)|"
    r"(?:dorm|dorm room|halls|student room|hotel room|bedsit)\b.{0,30}\b(?:no|without|only|just)\b|no cooking facilities|"
    r"take to work|packed lunch|lunch ?box|on the go|desk lunch|"
    # quick: a meal with no cooking is the one surely ready in minutes
    r"quick(?:ly|er|est)?|faster|(?:make|ready|done|eat) in (?:a few|\d+|five|ten|fifteen) min(?:ute)?s?|no time|in a (?:hurry|rush)|short on time|"
    # "something for dinner in 10 minutes", "a 5-minute lunch", "under 15 mins"
    r"(?:in|under|within) (?:about |like |less than |under )?(?:[1-9]|1[0-5]|five|ten|fifteen) ?min(?:ute)?s?|(?:[1-9]|1[0-5]|five|ten|fifteen)[- ]min(?:ute)?s? (?:meal|dinner|lunch|breakfast|snack|idea|recipe)s?|"
    # "i have like 5 mins before the bus", "only got ten minutes"
    r"(?:have|got|with) (?:like |only |just |about |maybe |barely )?(?:a few|a couple of|\d{1,2}|five|ten|two|three|twenty|thirty) min(?:ute)?s?|"
    r"(?:have|got|with|in|under|within) (?:like |only |just |about |maybe |barely |less than )?half an hour|"
    # too much bother, or only a microwave or a kettle at hand
    r"too much (?:effort|work|hassle|faff|bother)|(?:less|low|minimal|no) effort|lazy|can'?t be bothered|cba|simpler|easier|"
    r"(?:only|just) (?:have |got )?(?:a )?(?:microwave|kettle)(?! and (?:a |the )?(?:hob|stove|stovetop|hot ?plate|cooker))|(?:microwave|kettle) only|all i (?:have|'?ve got) is (?:a )?(?:microwave|kettle)|"
    r"(?:i )?(?:have|got) (?:a )?(?:microwave|kettle) (?:and that'?s it|only|and nothing else))\b"
)
# No oven, a hob still: "no oven", "my oven's broken", "I only have a hob".
NO_OVEN = re.compile(
    r"\b(?:no (?:working )?oven|without (?:an |the )?oven|(?:don'?t|do not) have (?:an |a working )?oven|oven'?s? (?:is )?(?:broken|broke|not working|dead)|"
    r"(?:only|just) (?:have |got )?(?:a )?(?:hob|stove|stovetop|hot plate|hotplate)|(?:hob|stove|stovetop) only|"
    r"(?:not|never|haven'?t|have not|hasn'?t|ain'?t) (?:got |even got |have |own )?(?:an |a )?oven|(?:hob|stove|stovetop) and (?:a )?microwave)\b"
)
# Food that keeps without a fridge: "for my desk drawer at work? no fridge", "for a long hike", "in my gym bag".
NO_FRIDGE = re.compile(
    r"\b(?:no|without (?:a )?|don'?t have (?:a |access to a )?|don'?t need (?:a )?|doesn'?t need (?:a )?|no access to (?:a )?)(?:fridge|refrigerat\w*)\b|\b(?:desk|drawer|locker|glovebox|glove box|backpack|rucksack|handbag|gym bag|work bag|hiking bag)\b|"
    r"\bshelf[- ]?stable\b|\bnon[- ]?perishable\b|\bkeeps? (?:for days|without (?:a )?fridge|at room temp\w*)|\bwon'?t go off\b|\broom temperature\b|\bhik(?:e|es|ing)\b|\btrek\w*\b|\bcamping\b"
)
CHEAPER = re.compile(
    r"\b(?:cheaper|cheap|budget|less expensive|inexpensive|affordable|on a budget|save money|costs? less|broke|skint|strapped|"
    r"hard up|tight on (?:money|cash)|short of (?:money|cash)|(?:no|little|not much) (?:money|cash)|till payday|until payday|low[- ]cost)\b"
)
PICK = re.compile(
    r"\b(?:the )?(first|second|third|1st|2nd|3rd|last(?! (?:night|week|time|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
    r"(?: one| idea| option| meal)?\b|\b(?:number|option|idea|no\.?|#) ?([1-6])\b"
)
SWAP = re.compile(r"\b(?:swap|replace|switch|substitute|change)\s+(?:out\s+)?(?:the\s+)?(?P<old>[a-z][a-z ]{1,30}?)\s+(?:for|with|to)\s+(?:some\s+|a\s+)?(?P<new>[a-z][a-z ]{1,30}?)$")
WHICH_MOST = re.compile(
    r"\bwhich(?: one| of (?:those|these|them|the \w+))?(?: of (?:those|these|them))?\b.{0,30}?\b(most|highest|more|least|fewest|lowest|best for)\b\s*"
    r"(?:in\s+)?(protein|calorie|kcal|energy|carb|fibre|fiber|fat)?"
)
# "just give me one", "only one pls", "pick one for me": one idea, not three.
ONE_IDEA = re.compile(r"^(?:ok |okay |can you |could you |pls |please )?(?:just |only )(?:give me |gimme |tell me |pick |suggest )?(?:one|1)\b(?=\W*$|\W+(?:pls|please|plz|thanks|idea|option|i'?m|im|no time|quick|in a rush|then|mate)\b)|\b(?:pick|choose) (?:one|1) for me\b|\bjust (?:the )?(?:one|1) (?:idea|option)\b")
TAKE_THAT = re.compile(r"^(?:ok |okay |great |yes |yeah )?(?:log|add|track|i(?:'ll| will) (?:have|take|make)|i (?:had|ate|made)|i'?m having) (?:it|that|this|this one|that one)$")
TAKE_IT = re.compile(r"\b(?:log|add|track|record|i'?ll (?:have|take|go with|make|eat)|i (?:had|ate|made|cooked|went with)|going with|let'?s go with|i'?m having)\b")
MORE_PROTEIN = re.compile(r"\b(?:more|higher|high|extra|lots of|plenty of) protein\b|\bprotein[ -]?(?:rich|packed|heavy)\b")
LIGHTER = re.compile(
    r"\b(?:lighter|smaller|less|fewer calories|lower calorie|low calorie|not so big|too big|too much)\b"
    # "trying to lose a few pounds too so nothing massive", "nothing too heavy"
    r"|\b(?:nothing|not) (?:too |that |so |very )?(?:massive|huge|big|heavy|filling|stodgy)\b|\bsomething (?:small|light)\b"
    r"|\b(?:trying|want|wanna|need|hoping) to (?:lose|drop|shed) (?:a (?:few|couple of|bit of) |some |a little )?(?:pounds|lbs|kilos?|kg|weight|fat|belly)\b"
)
BIGGER = re.compile(r"\b(?:bigger|larger|more filling|heartier|not enough|too small|more food)\b")
ANOTHER = re.compile(r"^(?:any |some |give me |show me |got any )?(?:more|other|others|another|something else|different|new)\b")
NUTRIENT_SWITCH = re.compile(
    r"^(?:and |what about |how about |how much |how many )*(protein|carbs?|carbohydrates?|fat|fibre|fiber|calories|kcal)\b"
)
GOAL_SWITCH = re.compile(
    r"^(?:and |what about |how about |ok |okay |but |so )*(?:what if i |if i |i )?(?:want|wanted|wanna|would like|need|plan)?\s*(?:to )?"
    r"(lose|losing|gain|gaining|maintain|maintaining|bulk|bulking|cut|cutting)\b"
)
# A message that opens on a question, whatever follows it: "and what should I have for dinner then?
# aiming for about 1900 a day" asks, it adds nothing to the meal just logged.
OPENS_ASKING = re.compile(r"^(?:(?:and|so|ok|okay|then|but|right|cool|great|thanks|nice)\W+)*(?:what|how|which|should|shall|can|could|would|any|is|are|do)\b[^?.!]*\?")
ADD_TO_MEAL = re.compile(r"^(?:and|also|plus|oh and|and also|i also had|also had|and a|and an|with|add|and add|can you add|please add)\b")
STANDALONE_AVOID = re.compile(r"^(?:no|without|avoid|never|i avoid|nothing with)\s+(?P<items>[a-z][a-z ,'&-]*?)(?: please| for me| thanks| ever)?$")
# A day's calories said as a number, not as foods: "I had 5000 calories today", "ate like 3k cals".
REPORTED_TOTAL = re.compile(
    r"\b(?:had|ate|eaten|consumed|eat|was at|hit|went over by|over by|did)\s+(?:about |around |like |roughly |over |only |maybe )?"
    r"(?P<kcal>\d{2,3}(?:,\d{3})|\d{2,5})\s*(?:k?cals?|calories|kcal)\b"
)
# "how do I log a meal?", "how can I delete an entry?": how to talk to Ceres.
HOW_TO = re.compile(
    r"\bhow (?:do|can|should|would|to) (?:i |you |we )?(?P<verb>log|track|record|add|enter|save|delete|remove|undo|correct|change|fix|set)\b"
    r"(?! (?:weight|on|off)\b)"
)
# "how many calories?", "so how many calories a day then": the user's needs (the profile's goal).
BARE_PROTEIN = re.compile(r"^(?:so |and |ok |okay |then )?how much protein(?: (?:now|then|a day|per day|daily|should i (?:have|eat|get)|do i need|for me|at my weight))*$")
BARE_CALORIES = re.compile(r"^(?:so |and |ok |okay )?how many (?:calories|kcal|cals)(?: (?:then|a day|per day|daily|should i have|do i need|is that))?(?: then)?$")
WHAT_ABOUT = re.compile(r"^(?:and |so |ok |okay )?(?:what|how) about (?:a |an |some |the )?(?P<food>[a-z][a-z ,'&-]+)$")
# A request for something to eat without the usual words: "something like that?", "I fancy a curry".
WANTS = re.compile(r"\b(?:something|anything|some|ideas?|like that|make|cook|fancy|love|want|craving|in the mood)\b")
IS_IT_GOOD = re.compile(r"^(?:is|are) .+ (?:healthy|unhealthy|good|bad|ok|okay|safe)\b")
# "is keto actually good for fat loss?", "are frozen veg as good as fresh?": a question the
# everyday answers cover, asked in a message that also names a day ("from yesterday's class").
EVERYDAY_ASK = re.compile(
    r"(?:^|[.!?,:;]\s*)(?:is|are|does|do|can|should|will) (?!i (?:eat|have|had|ate)\b)[\w' -]{2,60}(?:\?|$)"
    r"|(?:^|[.!?,:;]\s*)how (?:should|do|can|would) i (?:adjust|change|tweak|handle|manage|set|split|drop|lower|cut)\b[\w' -]{2,60}(?:\?|$)"  # "how should i adjust carbs as i get leaner?"
)
BEFORE_OR_AFTER = re.compile(r"\b(?:befor|before|b4|pre)[- ]?(?:or|vs\.?|and)[- ]?(?:after|post)\b|\bafter or before\b")
# A yes-or-no about having something before or after a session ("can i have a coffee before my run", "is it ok to
# drink milk after the gym"): the everyday answer for it, when one is sure, and not the food's figures
AROUND_A_SESSION = re.compile(
    r"^(?:(?:so|ok|okay|and|hey|quick question)\W+)*(?:can|could|should|shall|may) i (?:have|drink|eat|take|get)\b.*\b(?:before|after|pre|post)[- ]"
    r"(?:my |a |an |the |each |every )?(?:run|runs|workout|work out|training|gym|session|game|match|race|class|swim|ride|lift|lifting|cardio)\b|"
    r"^(?:is it|its|it s) (?:ok|okay|fine|good|bad|alright) to (?:have|drink|eat|take)\b.*\b(?:before|after) "
    r"(?:my |a |an |the )?(?:run|workout|training|gym|session|game|match|race|class|swim|ride)\b"
)
TRAINING_ONLY = re.compile(r"\b(workout|work out|exercise|training plan|gym|reps|squats?|marathon|cycling|cardio|lifting)\b")


TRAINING_DAY = re.compile(r"\bon (?:my )?(?:training|run|running|long run|workout|gym|match|game|race|lifting|leg) days?\b")
MEAL_KCAL = re.compile(r"\b(?:around|about|(?P<cap>under|below|less than|max|maximum|up to|no more than|at most|tops|not over)|roughly|approx(?:imately)?|~)?\s*(\d{3}|\d,\d{3}|\d{4})\s*(?:k?cals?|calories|kcal|calorie(?! (?:deficit|surplus|target|goal|budget|limit|a day|per day)))\b(?!\s*(?:a|per|each|every) (?:day|week)|\s*daily|\s*(?:left|remaining|to go))")
# When someone trains ("I lift at 5am", "my sessions are early morning"): said after ideas, a
# question about eating around that time.
TRAINS_AT = re.compile(
    r"\b(?:train|training|lift|lifting|run|running|work ?out|working out|exercise|gym|sessions?|class)\b.{0,25}"
    r"\b(?:at \d|\d ?(?:am|pm)\b|(?:early |in the )?morning|evening|early|at night)"
)
OWN_QUESTION_START = re.compile(r"^(?:and |so |but |ok |okay )*(?:how|what|where|why|is|are|do|does|can|should|will|which foods)\b")
REFERS_BACK = re.compile(r"\b(?:any of (?:that|those|these|them|it)|in (?:that|those|these|them)|of (?:those|these)|from (?:those|these)|those ideas|these ideas|that list)\b")
# Eating around a competition: "the night before my meet", "race day breakfast", "after the weigh-in".
COMPETITION_DAY = re.compile(
    r"\b(?:night|evening|morning|day) (?:before|of) (?:my |the |a |our )?(?:first )?(?:race|meet|match|game|competition|comp|tournament|marathon|half|triathlon|fight|weigh[- ]?in)\b"
    r"|\b(?:race|meet|match|game|competition|comp|fight) (?:day|morning)\b|\bweigh[- ]?in\b"
    r"|\b(?:meet|race|competition|comp|match|game|tournament)\b.{0,60}\b(?:night|evening|morning|day) before\b"
)
# Asking leave, not saying what was eaten: "can I still have my shake?", "is it ok to eat before?"
MAY_I = re.compile(r"\b(?:can|could|should|may|do) i (?:still )?(?:have|eat|drink|take)\b|\bis it (?:ok|okay|fine|alright) to\b|\bam i allowed\b")
# A log that goes on from the last one's day: "then a bibimbap for lunch", "pierogi for dinner that day".
SAME_DAY = re.compile(r"^(?:and |oh and |also |plus )?then\b|\b(?:that day|that date|the same day|same day|on that day|that (?:night|evening|afternoon|morning)|later that day|later on)\b")
THAT_DAY = re.compile(r"\b(?:that day|that date|the same day|on that day|for that day|then)\b")


@define
class Request:
    """What to do for this message: an intent and its slots."""

    intent: str
    slots: dict[str, Any] = Factory(dict)


# Everyday topics about one situation (a growing teenager, a religious fast) whose follow-ups keep it.
SITUATION_TOPICS = frozenset({"teen_appetite", "religious_fast_training"})

# A reaction said before the request, as its own sentence: "argh ok.", "damn.", "ugh ok.", "right."
REACTION = re.compile(
    r"(?i)^(?:(?:argh+|ugh+|damn|dang|hmm+|ok(?:ay)?|right|fine|lol|oh|ah+|cool|great|nice|wow|yikes|oops|meh|sigh|noted|gotcha|fair enough)[\s,]*)+[.!]+\s+(?=\S)"
)


# What a request sets aside at its end: "- not hummus obviously", ", but no peanut butter pls".
NOT_THAT = re.compile(
    r"(?i)\s*(?:[-–—,(]|\bbut\b)\s*(?:but\s+)?(?:not|no)\s+(?P<what>[a-z' ]{3,25}?)(?:,?\s+(?:obviously|obvs|ofc|of course|pls|please|lol|haha|thanks))*\s*[).!]*$"
)


def understand(text: str, state: DialogState) -> Request:
    """The request `text` makes, given what Ceres answered last (`state`)."""
    text = _in_english(text)  # "¿qué me hago de cena rápido? Tengo pollo, arroz...": read in English (answered in English)
    if (reaction := REACTION.match(text)) is not None and len(text[reaction.end() :].split()) >= 3:
        text = text[reaction.end() :]  # "argh ok. give me 3 dips i can put out": the request after the sigh
    if (aside := NOT_THAT.search(text)) is not None and len(text[: aside.start()].split()) >= 3:
        # "and a dip to go with it - not hummus obviously": the request, without what it set aside
        asked = understand(text[: aside.start()], state)
        if asked.intent == "ideas":
            asked.slots["exclude"] = [*(asked.slots.get("exclude") or []), aside.group("what").strip()]
            return asked
    text = asked_directly(text)  # "she also asked how much protein she should eat": how much protein should she eat
    if homemade.asks(text):
        return Request("homemade_vs", {})  # "roughly how many calories would a homemade one be vs the takeaway?"
    if (for_a_guest := guest_meal(text)) is not None:
        return for_a_guest  # "my sister has a milk allergy ... coming for dinner friday, something high protein i can make?"
    text = intents.PWEDE.sub("can i have", text)  # "pwede ba lugaw? or champorado": can I have them
    if (had := ONE_AROUND_TRAINING.search(text)) is not None and (thing := _last_thing(state)) is not None:
        text = text[: had.start("it")] + thing + text[had.end("it") :]  # "is it ok to have one before a workout?" after caffeine: caffeine before it
    text = claimed_ok(text) or text  # "my daughter says tinned tuna is fine ... Is that right?": whether tuna is ok for them
    if (worried := treat_worry.lookup_with_worry(text)) is not None:
        return Request("lookup", {"food": worried[0], "nutrient": worried[1], "treat": True})  # "how many cals is one and will it wreck my diet?"
    low = intents.clean(text)
    if (meal := meal_beside(text)) is not None and (stated := intents.stated_preferences(text)):
        # "fyi I'm allergic to shellfish. can you log dinner: ...": saved, then logged
        return Request("preferences", {"prefs": stated, "then": {"intent": "log", "slots": {"text": meal}}})
    if PLANNED.search(low) and (nutrient := intents.asks_about_logged(text)) is not None and len(items := parse_meal(text, load_table()).items) == 1:
        # "ordering a medium pepperoni from dominos, gonna have 3 slices. how many cals is that?": the food planned, not the day's log
        amount = PIECES.search(low)
        food = f"{amount.group(0)} of {items[0].said}" if amount and not re.match(r"\d", items[0].said) else items[0].said
        return Request("lookup", {"food": food, "nutrient": nutrient or None, "planned": True})
    if SAME_AS_BEFORE.search(low) and not intents.is_question(text) and not HABIT.search(low):
        return Request("log", {"text": text})  # "same lunch as yesterday": that meal again
    if (LOG_IT.search(low) or ASK_TO_LOG.search(low)) and parse_meal(text, load_table()).items and not intents.undo_request(text):
        return Request("log", {"text": text})  # "greek yogurt with berries it is. log it pls": the pick, logged
    if intents.reports_meal(text) and intents.asks_summary(text) and parse_meal(text, load_table()).items and not _everyday_question(text, low) and not _asks_beside_meal(text):
        return Request("log", {"text": text})  # "also had a latte this morning. total for today?": logged, and the log shows the day
    if not intents.stated_preferences(text) and (asked_about := ingredient_question(text, state.slots.get("id") if state.intent == "ingredient" else None)):
        return Request("ingredient", asked_about)  # "what is shrimp paste exactly? is it in green curry?": the ingredient, not the curry
    if asks_sauces(low) and not intents.stated_preferences(text):
        return Request("sauces", {})  # "what sauce could go with it?" after lunch ideas, or on its own
    if asks_flavour(low) and not intents.stated_preferences(text):
        return Request("sauces", {"flavour": True})  # "sick of plain chicken, ideas to make it less boring?": seasoning, then sauces
    if state.intent == "faq" and HOW_TO_GET_THERE.match(low) and (entry := knowledge.entry(state.slots.get("id"))) is not None and (facet := entry.facet_for(low)) is not None:
        return Request("faq", {"id": entry.id, "facet": facet.id})  # "how do I get there without farting all day?" after the fibre figure
    if (symptom := fibre_symptom(low)) is not None:
        return Request("faq", symptom)  # "beans make me really bloated though": what to do about it, not a preference
    if CAFFEINE_AND_SLEEP.search(low) and not intents.reports_meal(text):
        return Request("faq", {"id": "caffeine", "facet": "sleep"})  # "can I have coffee at 4pm and still sleep ok?": timing, not coffee's calories
    if (intake := intake_asked(text)) is not None and not intents.stated_preferences(text):
        return Request("intake_check", {"kcal": intake})  # "is 1,200 calories a day too low for me?": against their maintenance
    if reports_weight(low) and not intents.is_question(text) and not intents.stated_preferences(text) and not parse_meal(text, load_table()).items:
        if state.intent == "protein" and not state.slots.get("body"):
            return Request("protein", {key: value for key, value in state.slots.items() if key != "body"})  # "I weigh 90kg" when she asked for it: the protein asked, worked out
        return Request("body", {})  # "actually just weighed myself again, 76.5kg": the profile's weight, not a meal
    stated = intents.stated_preferences(text)
    if state.intent == "faq" and state.slots.get("id") in AFTER_TRAINING_ANSWERS and not stated and (
        BIG_MEAL.search(low) or (OK_ASKED.search(low) and asks(text) and parse_meal(text, load_table()).items)
    ):
        return Request("faq", {"id": "post_workout", "facet": "big_meal"})  # "I could eat a horse. is a burrito and a smoothie too much?" after a long ride
    if not stated and (told := meal_and_question(text)) is not None:
        return Request("log", {"text": told[0], "ask": told[1]})  # "had a bagel for breakfast, is that ok?": logged, then answered
    if (diet_question := fit_asked(text)) is not None and fit_answer(**diet_question) is not None:
        return Request("diet_fit", diet_question)  # "is parmesan vegetarian?", "is honey vegan?": yes or no, and why
    if not stated and asks_training_after_drinks(text):
        return Request("faq", dict(TRAIN_AFTER))  # "so hungover, should I skip the gym?": the alcohol answer's training part
    follow = follow_up(low, text, state)
    if follow is not None and follow.slots.get("for_whom") and set(stated) <= {"dislikes"}:
        return follow  # "my girlfriend's not a fan of beef" after ideas: ideas she eats too, her dislike not saved as the user's
    if follow is not None and stated and follow.intent not in ("why", "preferences"):
        # "he's not a fan of fish, something with chicken?" after ideas: saved, then the follow-up
        return Request("preferences", {"prefs": stated, "then": {"intent": follow.intent, "slots": follow.slots}})
    if follow is not None:
        return follow
    if not stated and state.intent == "preferences" and (state.slots.get("prefs") or {}).get("allergies"):
        added = added_allergens(text)
        if added:  # "I'm allergic to milk" ... "oh and eggs too": one more allergy
            return Request("preferences", {"prefs": {"allergies": added}, "then": _then(text, low)})
    if stated and (beside := told_beside(text)) is not None and (told := meal_and_question(beside)) is not None:
        # "I'm vegetarian, had a cheese sandwich for lunch, is that enough protein?": saved, logged, answered
        return Request("preferences", {"prefs": stated, "then": {"intent": "log", "slots": {"text": told[0], "ask": told[1]}}})
    if stated:
        then = _then(text, low)
        if then is None and state.intent in ("ideas", "day_plan") and REFERS_BACK.search(low):
            then = {"intent": state.intent, "slots": {**state.slots, "more": False}}  # "no eggs in any of that please"
        if (then is None or (then["intent"] == "ideas" and re.search(r"\b(?:instead|what else|alternatives?|substitutes?|other than)\b", low))) and (found := knowledge.find(low)) is not None and found[1] >= SURE_ANSWER and set(dict(found[0].instead_for)) & set(stated.get("allergies", [])):
            then = {"intent": "faq", "slots": {"id": found[0].id}}  # "more omega-3 for my heart, but I'm allergic to fish. what instead?": the answer for that allergy
        if then and then["intent"] == "faq" and not then["slots"].get("facet") and (entry := knowledge.entry(then["slots"].get("id"))) is not None and (facet := entry.facet_for(low)) is not None and facet.id in DIET_FACETS:
            then["slots"]["facet"] = facet.id  # "im vegan, is creatine any use for me": the diet said is what the question is about
        if then and then["intent"] == "ideas" and not then["slots"].get("meal_type") and state.intent in ("ideas", "day_plan"):
            then["slots"]["meal_type"] = state.slots.get("meal_type")  # "he's not a fan of fish, something with chicken?"
        if then and then["intent"] == "ideas" and then["slots"].get("style") and not KITCHEN.search(low) and OTHER_KITCHEN.search(low):
            then["slots"].pop("style")  # "my family is Nigerian, we eat a lot of bread and pasta, breakfast ideas?": not Italian
        if then and then["intent"] == "ideas" and not then["slots"].get("style") and (kitchen := _kitchen(low)):
            then["slots"]["style"] = kitchen  # "I'm Indian ... what can I have for breakfast instead?"
        return Request("preferences", {"prefs": stated, "then": then})
    return own_request(text, low)


# A question passed on ("she also asked how much protein she should eat, she's about 65 kg"): the
# question itself, with its word order put back ("how much protein should she eat").
REPORTED = re.compile(
    r"^(?:and |also |oh,? |oh and |plus )?(?:she|he|they|my (?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|friend|sister|brother|gran|grandma|grandad)|mum|mom|dad)"
    r"\s+(?:also\s+)?(?:asked|asks|is asking|was asking|wants to know|wanted to know|was wondering|wonders|would like to know)\s+(?:me\s+|you\s+)?(?:also\s+)?"
    r"(?P<question>(?:how|what|which|whether|if|when|why)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_EMBEDDED = re.compile(r"^(?P<wh>how much(?: \w+)?|how many(?: \w+)?|how|what(?: \w+)?|which(?: \w+)?|when|why)\s+(?P<who>she|he|they|we|i)\s+(?P<verb>should|can|could|would|must|needs to|need to|ought to)\b", re.IGNORECASE)
_EMBEDDED_PLAIN = re.compile(r"^(?P<wh>how much(?: \w+)?|how many(?: \w+)?|what(?: \w+)?|which(?: \w+)?)\s+(?P<who>she|he|they|we|i)\s+(?P<verb>needs?|eats?|wants?|has|have)\b", re.IGNORECASE)
_WHETHER = re.compile(r"^(?:whether|if)\s+(?P<who>she|he|they|we|i)\s+(?P<verb>should|can|could|may|needs to|need to)\b", re.IGNORECASE)


def asked_directly(text: str) -> str:
    """A question someone passed on ("she asked how much protein she should eat"), asked as
    they would ("how much protein should she eat"); else `text` unchanged."""
    found = REPORTED.match(text.strip())
    if found is None:
        return text
    question = found.group("question")
    if (embedded := _EMBEDDED.match(question)) is not None:
        verb = {"needs to": "does", "need to": "do", "ought to": "should"}.get(embedded.group("verb").lower(), embedded.group("verb"))
        rest = question[embedded.end():]
        rest = (" need to" + rest) if verb in ("does", "do") else rest
        return f"{embedded.group('wh')} {verb} {embedded.group('who')}{rest}"
    if (plain := _EMBEDDED_PLAIN.match(question)) is not None:
        # "how much protein she needs": how much protein does she need
        does = "does" if plain.group("who").lower() in ("she", "he") else "do"
        verb = plain.group("verb")[:-1] if does == "does" and plain.group("verb").endswith("s") else plain.group("verb")
        return f"{plain.group('wh')} {does} {plain.group('who')} {verb}{question[plain.end():]}"
    if (whether := _WHETHER.match(question)) is not None:
        verb = {"needs to": "does", "need to": "do"}.get(whether.group("verb").lower(), whether.group("verb"))
        rest = question[whether.end():]
        rest = (" need to" + rest) if verb in ("does", "do") else rest
        return f"{verb} {whether.group('who')}{rest}"
    return question


# Someone else's allergy said with a meal the user will make for them: "my sister has a proper milk
# allergy though, she carries an epipen. she's coming for dinner friday – something high protein i can
# make?". Ideas without the allergen, for this answer only: the allergy is hers, not the user's.
GUEST = r"(?:my|our)\s+(?P<who>sister|brother|mum|mom|mother|dad|father|friend|best friend|boss|colleague|guest|cousin|aunt|uncle|neighbou?r|nan|gran|grandma|grandad|niece|nephew|in-laws|mother-in-law|father-in-law|flatmate|housemate)"
GUEST_ALLERGY = re.compile(
    rf"\b{GUEST}(?:'s|\s+is|\s+has|\s+who(?:'s|\s+is|\s+has)|\s+(?:[a-z]+\s+){{0,3}}?(?:is|has))?\s+(?:got\s+|a\s+|an\s+|proper\s+|real\s+|severe\s+|serious\s+|bad\s+)*"
    r"(?:allergic\s+to\s+(?P<items>[a-z ,&'-]+?)|(?P<item>[a-z]+(?:\s+nut)?)\s+allergy)\b",
    re.IGNORECASE,
)
COOKING_FOR_THEM = re.compile(
    r"\b(?:coming|comes|over|round|around|visiting|staying)\b.{0,25}\b(?P<meal>dinner|lunch|tea|breakfast|brunch|supper)\b"
    r"|\b(?:what|something|anything|ideas?)\b.{0,40}\b(?:i|we)\s+(?:can|could|should)\s+(?:make|cook|serve|do)\b"
    r"|\bcook(?:ing)?\s+for\s+(?:her|him|them)\b",
    re.IGNORECASE,
)


def guest_meal(text: str) -> Request | None:
    """Ideas for a meal the user makes for someone with an allergy, without it, for this answer
    only (nothing saved: "my sister has a milk allergy" is hers); None for any other message."""
    found = GUEST_ALLERGY.search(text)
    if found is None or COOKING_FOR_THEM.search(text[found.end():]) is None:
        return None
    named = found.group("items") or found.group("item") or ""
    allergens = [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in re.split(r",|\band\b|&|\bor\b", named) if item.strip()]
    allergens = [item for item in allergens if item and len(item.split()) <= 2]
    if not allergens:
        return None
    meal = next((m.group("meal") for m in COOKING_FOR_THEM.finditer(text) if m.group("meal")), None)
    meal_type = {"tea": "dinner", "supper": "dinner", "brunch": "breakfast"}.get((meal or "").lower(), (meal or "dinner").lower())
    slots: dict[str, Any] = {"meal_type": meal_type, "exclude": allergens, "for_whom": f"your {found.group('who').lower()}"}
    if re.search(r"\b(?:high[- ]protein|protein|filling)\b", text, re.IGNORECASE):
        slots["high_protein"] = True
    return Request("ideas", slots)


def _last_thing(state: DialogState) -> str | None:
    """The food or drink of Ceres' last answer: a food looked up, or the topic of an everyday answer about one."""
    if state.intent == "lookup" and isinstance(food := state.slots.get("food"), str) and food:
        return food
    if state.intent == "faq" and (entry := knowledge.entry(state.slots.get("id"))) is not None and state.slots.get("id") in DRINK_TOPICS:
        return entry.topic
    return None


DRINK_TOPICS = frozenset({"caffeine", "alcohol", "energy_drinks", "protein_powder", "creatine"})


def _in_english(text: str) -> str:
    """`text` read in English when it is in one of the seven languages: a diet or allergy said
    first ("Tenho alergia à proteína do leite. Que lanche posso comer?"), then a meal told or a
    food asked ("hoy he desayunado tostadas con tomate"), then the other requests ("E para o
    jantar?"), then food words ("¿qué me hago de cena? Tengo pollo, arroz...")."""
    if abroad_asks.states_diet(text):
        english = abroad_asks.in_english(text, rest=spanish_to_english)
        named = allergy_languages.in_english(text)  # "amendoim e camarão": every allergen of a list, which the other reader may stop short of
        return f"{english} {named}" if named != text and named not in english else english
    if allergy_languages.said_abroad(text):
        return allergy_languages.in_english(text)  # "ohne Eier bitte, ich bin allergisch": the allergy, which the other readers miss
    if (english := abroad_meals.in_english(text)) != text:
        return english
    if (english := abroad_meals.and_another(text)) is not None:
        return english  # "¿y una manzana?" after a food's calories: that food's
    if (english := abroad_asks.in_english(text, ideas=False)) != text:
        return english  # "E para o jantar?", "¿Y cuántas proteínas tenía eso?", "En hoe lang duurt dat?"
    if abroad_asks.WHAT_TO_EAT.search(abroad_meals.plain(text)) and (english := abroad_asks.in_english(text)) != text:
        return english  # "Ho le gambe distrutte dopo l'allenamento, cosa mangio stasera?": dinner ideas for after training
    if (english := spanish_to_english(text)) != text:
        return english
    return abroad_asks.in_english(text)


# Caffeine asked about beside sleep: "can I have coffee at 4pm and still sleep ok?", "will an espresso after dinner keep me awake?"
_CAFFEINATED = r"(?<!decaf )(?<!decaf\s)\b(?:coffee|coffees|caffeine|espresso|espressos|latte|cappuccino|flat white|americano|energy drinks?|pre-?workout|red ?bull|monster|cola|coke|black tea|green tea|matcha)\b"
_SLEEP = r"\b(?:sleep|sleeping|asleep|awake|keep me up|keeps me up|bedtime|before bed|insomnia)\b"
CAFFEINE_AND_SLEEP = re.compile(rf"{_CAFFEINATED}.{{0,60}}{_SLEEP}|{_SLEEP}.{{0,60}}{_CAFFEINATED}")


# Ideas asked for a stretch of days: "high protein dinner ideas for this week", "what should I cook this week?": ideas, not the week's log.
IDEAS_ASKED = re.compile(r"\b(?:ideas?|suggest\w*|recipes?|options|inspiration|what (?:should|can|could|shall) (?:i|we) (?:eat|have|cook|make))\b")


MEAL_REFERRED = re.compile(r"\b(?:that|it|this|those|them|these)\b")


def _asks_beside_meal(text: str) -> bool:
    """True when a meal is told and then a question that is not the day's tally: "had a few
    beers last night, should I still train today?", "drank a bottle of wine, how many calories
    is that?" (the meal's own figure); "also had a latte. total for today?" stays the tally."""
    told = meal_and_question(text)
    return told is not None and (not intents.asks_summary(told[1]) or MEAL_REFERRED.search(told[1].lower()) is not None)


def _meal_without(low: str, slots: dict[str, Any]) -> Request | None:
    """ "and for dinner? no chicken tho, had it all week" after ideas: that meal's ideas without
    it (nothing to log), or None."""
    head = re.split(r"\s*[?,.!]\s*", low, maxsplit=1)
    if len(head) != 2 or (switch := MEAL_SWITCH.match(head[0])) is None or not (left_out := intents.exclusions(head[1])):
        return None
    kind = MEAL_WORDS.get(switch.group(1).rstrip("s"), "snack")
    return Request("ideas", {**slots, "more": False, "meal_type": kind, "exclude": list(dict.fromkeys([*(slots.get("exclude") or []), *left_out])), "include": []})


# "which of those are under 600 calories?", "any of them less than 500 cals": each idea's calories answer it.
WHICH_UNDER = re.compile(r"\b(?:which|any) (?:of (?:those|these|them|the ideas) |ones? )?(?:are|is|has|have|come in|comes in)? ?(?:under|below|less than|fewer than|over|above|more than) \d{2,4} ?(?:k?cals?|calories|kcal)\b")


# Facets about the diet itself, which a stated diet asks for ("im vegan, is creatine any use for me").
DIET_FACETS = frozenset({"vegetarian", "suhoor_food"})


# Someone's own kitchen, said with a diet: "I'm Indian and basically live on roti", "we eat Italian".
KITCHEN = re.compile(r"\b(?:i'?m|im|we'?re|i am|we are|as an?|being|(?:we|i) (?:eat|cook|mostly eat)|my family'?s?(?: is)?)\s+(?:\w+\s+){0,2}?(indian|pakistani|bangladeshi|sri lankan|punjabi|gujarati|tamil|bengali|keralan|desi|south indian|north indian|italian|mexican|chinese|japanese|thai|korean|vietnamese|greek|lebanese|turkish)\b")
KITCHENS = {"punjabi": "indian", "gujarati": "indian", "tamil": "indian", "bengali": "indian", "keralan": "indian", "desi": "indian",
            "south indian": "indian", "north indian": "indian", "pakistani": "indian", "bangladeshi": "indian", "sri lankan": "indian", "chinese": "asian", "japanese": "asian", "thai": "asian",
            "korean": "asian", "vietnamese": "asian", "greek": "mediterranean", "lebanese": "mediterranean", "turkish": "mediterranean"}


# A kitchen's staples, when the kitchen isn't said: "we eat chapati with everything".
STAPLE_KITCHENS = ((re.compile(r"\b(?:rotis?|chapat+is?|parathas?|naans?|puris?|pooris?|dal|dhal|sabzi)\b"), "indian"),)
# Any other kitchen said ("my family is Nigerian"): its staples say nothing of a style we have.
OTHER_KITCHEN = re.compile(
    r"\b(?:i'?m|im|we'?re|we are|i am|family is|family'?s)\s+(?:\w+\s+){0,2}?"
    r"(?!(?:vegetarian|vegan|pescatarian|flexitarian|fruitarian|coeliac|celiac|keto|paleo|diabetic|lactose|gluten|allergic|intolerant|an|just|trying|new|also|so|really)\b)"
    r"[a-z]+(?:ian|ean|ese|ish|i)\b"
)


def _kitchen(low: str) -> str | None:
    """The style of meal someone's own kitchen is, said or shown by its staples."""
    if (said := KITCHEN.search(low)) is not None:
        return KITCHENS.get(said.group(1), said.group(1))
    if OTHER_KITCHEN.search(low) and not re.search(r"\b(?:indian|pakistani|punjabi|bengali|gujarati|tamil|desi)\b", low):
        return None  # "my family is Nigerian, we eat a lot of bread and pasta": not Italian food
    return next((style for pattern, style in STAPLE_KITCHENS if pattern.search(low)), None)


# What a message that also states a preference may go on to ask ("I'm lactose intolerant, can I
# still get enough calcium?"): answered after the preference is saved, within it.
THEN_INTENTS = ("ingredient", "ideas", "day_plan", "faq", "faq_rank", "lookup", "needs", "protein", "summary", "sauces", "goal_time")


def _then(text: str, low: str) -> dict[str, Any] | None:
    """The request made beside a stated preference, as {"intent", "slots"}, or None: read from
    the clause where the question starts ("I'm gluten free, is porridge ok?")."""
    asked = _question_part(text)
    if asked == text and (embedded := EMBEDDED_QUESTION.search(text)) is not None and intents.is_question(text[embedded.end():]):
        asked = text[embedded.end():]  # "im alergic to penuts wat snak can i hav befor gym": no comma, the question still starts there
    if not (intents.is_question(text) or _asks_ideas(low) or (asked != text and (REQUEST_START.match(asked) or intents.is_question(asked) or asks(asked)))):
        return None
    request = own_request(asked, intents.clean(asked), stating=True)
    if request.intent not in THEN_INTENTS and asked != text:
        request = own_request(text, low, stating=True)
    if request.intent not in THEN_INTENTS:
        return None
    return {"intent": request.intent, "slots": request.slots}


# Protein asked per serving, not per day: "in a shake", "per meal", "in one sitting", "at once".
PROTEIN_AT_ONCE = re.compile(r"\b(?:in|per|for) (?:one|each|every|1) (?:sitting|go|meal)\b|\bat (?:once|a time)\b|\bin one go\b|\bper (?:shake|meal|sitting)\b")
# "in a shake", said with what to have ("how much protein should I have in a shake?"); "how much protein
# in a scoop?" is the scoop's own figure.
PROTEIN_IN_A_SERVING = re.compile(r"\b(?:in|per|for|with) (?:a|my|the|each|every) (?:post[- ]?workout |post[- ]?gym |pre[- ]?workout )?(?:shake|meal|smoothie)\b")


# Protein asked for one meal: "how much protein should dinner have", "how much protein at breakfast".
PROTEIN_AT_A_MEAL = re.compile(r"\bhow (?:much|many grams of) protein\b.{0,40}\b(?:breakfast|lunch|dinner|supper|tea|a meal|each meal|every meal|one meal)\b(?! (?:ideas?|options?))")
# A question run on after a statement with no punctuation: "im allergic to peanuts what snack can I have".
EMBEDDED_QUESTION = re.compile(r"(?i)^(?=\S+(?:\s+\S+){1,}\s+(?:what|wat|wot|which|how)\b)\S+(?:\s+\S+){1,}?\s+(?=(?:what|wat|wot|which|how)\s+\S+\s+(?:can|could|should|do|would|is|are|to)\b)")


# Food about to be had: "ordering a pizza", "gonna have 3 slices", "about to eat".
PLANNED = re.compile(r"\b(?:ordering|gonna (?:have|eat|get|order)|going to (?:have|eat|get|order)|about to (?:have|eat|order)|planning (?:on|to) (?:have|having|eat|eating)|thinking of (?:having|getting|ordering)|i'?ll (?:have|get|order))\b")
# "3 slices", "two pieces": how much of the food named beside it.
PIECES = re.compile(r"\b(?:\d+|one|two|three|four|five|six|half a|a couple of) (?:slices?|pieces?|squares?|scoops?)\b")
# "log it pls", "add that", "track this one": the foods in the same message are to be logged.
LOG_IT = re.compile(r"\b(?:log|add|track|record) (?:it|that|this|them|those)(?: one)?\b(?! (?:to|for) (?:my )?(?:allerg|diet|dislike|profile))")


# "can u log monday: ...", "could you note that down for me please?": a meal to log, asked politely.
ASK_TO_LOG = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz |just )?(?:log|track|record|note down|jot down)\b(?! (?:a |my |the )?(?:workout|run|session|weight|walk|ride|swim|lift|steps))"
    r"|\b(?:note|jot|write) (?:that|it|this|them|those|all that) down\b"
)


# A clause that asks for something without a question mark: "Give me a stir fry I can batch
# cook", "Need 40g protein breakfasts", "looking for snack ideas".
REQUEST_START = re.compile(r"(?i)^(?:any|give|suggest|recommend|need|i need|want|i want|looking for|i'?m looking for|show me|send me)\b")


POLITE_START = re.compile(r"^(?:(?:pls|plz|please|abeg|so|ok|okay|and|but|then|now)\W+)+")


def _question_part(text: str) -> str:
    """The message from the clause where a question or request starts, else the whole of it."""
    clauses = re.split(r"(?<=[,.;!?:\n])\s+|\s+[-–—]\s+", text.strip())
    for n, clause in enumerate(clauses):
        if intents.QUESTION_START.match(POLITE_START.sub("", intents.clean(clause))) or REQUEST_START.match(clause):  # "pls which food ...?"
            return " ".join(clauses[n:])
    return text


def _asks_food_after_news(text: str) -> bool:
    """ "cutting for summer, killing it so far. what's a good high protein snack under 200 cals?":
    the news before the question ("so far") is no request for the day's tally; the question asks food."""
    asked = _question_part(text)
    low = intents.clean(asked)
    return asked != text and not intents.asks_summary(asked) and bool(intents.meal_type(low)) and (_asks_ideas(low) or bool(MEAL_KCAL.search(low)))


def _capped_meal(low: str) -> bool:
    """ "any snacks under 150 kcal with lots of protein", "a lunch below 500 calories": ideas sized
    under a figure, not the everyday answer on that meal."""
    return bool(intents.meal_type(low)) and (found := MEAL_KCAL.search(low)) is not None and bool(found.group("cap"))


def own_request(text: str, low: str, stating: bool = False) -> Request:
    """The request a message makes on its own words (not as a follow-up); `stating` when it
    also states a preference, so only what it asks is read, never a meal to log or undo."""
    if (asked_about := ingredient_question(text)) is not None:
        return Request("ingredient", asked_about)  # "I'm allergic to soy, is quorn ok?": what Quorn is made of
    if stating:
        return _asked(text, low)
    if intents.protein_checked(low) is not None:
        return Request("protein", _needs_slots(text, low, "maintain"))  # "is 200g protein a day enough?": the range, and a yes or no
    if intents.HUNGRY_ASKS.search(low) and not EXERCISED.search(low) and not FUEL.search(low) and not intents.reports_meal(text) and not re.search(r"\b(?:normal|why (?:am|do) i|is it (?:ok|bad))\b", low) and (
        QUICK_NOW.search(low) or re.search(r"\b(?:make|cook|whip up|knock up|rustle up)\b", low) or not knowledge_question(low)
    ):
        slots = _ideas_slots(text, low)  # "im starving, whats quick", "just off a 12hr shift, what can i make in 10 min": quick food now
        if QUICK_NOW.search(low) and not slots.get("include"):
            slots["no_cook"] = True
        return Request("ideas", slots)
    if (said := FOODS_THEN_QUESTION.match(low)) is not None and not intents.reports_meal(text) and len(parse_meal(said.group("food"), load_table()).items) >= 1:
        # "i could murder a bacon sandwich, white bread, bit of butter. how many calories is that roughly?": those foods
        nutrient = intents.lookup_request(f"how many {said.group('nutrient')} in it")
        return Request("lookup", {"food": said.group("food"), "nutrient": nutrient[1] if nutrient else None})
    if (named := intents.QUESTION_THEN_FOODS.match(low)) is not None and parse_meal(named.group("food"), load_table()).items and not intents.reports_meal(text):
        # "how many calories is that roughly? 2 eggs and a cup of cooked rice": those foods, not the day's log
        return Request("lookup", {"food": named.group("food"), "nutrient": intents.lookup_request(text)[1] if intents.lookup_request(text) else None})
    if how := HOW_TO.search(low):
        return Request("howto", {"what": how.group("verb")})  # "how do I delete an entry?" asks, undoes nothing
    if ELECTROLYTES.search(low) and intents.is_question(text) and not intents.reports_meal(text):
        return Request("faq", {"id": "water", "facet": "electrolytes"})  # "do I need electrolytes too or is water fine?": not water's figures
    if COMPETITION_DAY.search(low) and not intents.reports_meal(text):
        return Request("faq", {"id": "competition_day"})  # "what should I eat the night before my meet?": the event's eating, not any dinner
    if intents.MEDICAL_FAST.search(low) and intents.is_question(text) and (not intents.reports_meal(text) or MAY_I.search(low)):
        fast = next(entry for entry in knowledge.load_entries() if entry.id == "medical_fasting")
        if fast.scorer.score(low).score >= knowledge.MIN_SCORE:
            facet = fast.facet_for(low)  # "can I still have my protein shake if it's before 10?": before the cut-off
            return Request("faq", {"id": "medical_fasting", **({"facet": facet.id} if facet else {})})  # "can I have coffee before a fasting blood test?": the clinic's fast, not coffee's figures
    if (total := REPORTED_TOTAL.search(low)) and not parse_meal(text, load_table()).items:
        return Request("reported_total", {"kcal": int(total.group("kcal").replace(",", ""))})  # "I had 5000 calories today"
    if (fixed := FOOD_MEAL_FIX.match(low)) is not None and parse_meal(food := (fixed.group("food") or fixed.group("food2")), load_table()).items:
        said = (fixed.group("meal") or fixed.group("meal2")).rstrip("s")
        meal = "dinner" if said == "tea" else MEAL_WORDS.get(said, "snack")
        return Request("move", {"food": food, "date": "today", "meal_type": meal, "same_day": True})  # "change the burger to dinner": that food, to that meal
    if (swapped := intents.replacement(text)) is not None:
        return Request("correct", {"text": swapped[1], "instead_of": swapped[0]})  # "scrap the juice, it was a black coffee"
    if (moved := intents.moved_to(text)) is not None:
        meal = MOVED_MEAL.search(low)  # "that was yesterday morning": yesterday's breakfast
        return Request("move", {"food": moved[0], "date": moved[1], **({"meal_type": MOVED_MEALS[meal.group(1)]} if meal else {})})
    if (portion := intents.portion_eaten(text)) is not None and not intents.is_question(text):
        return Request("portion", {"share": portion[0], "food": portion[1]})  # "actually I only ate half, my flatmate nicked the rest"
    if (kind := MEAL_TYPE_FIX.match(low)) is not None:
        said = (kind.group("meal") or kind.group("meal2")).rstrip("s")
        meal = "dinner" if said == "tea" else MEAL_WORDS.get(said, "snack")
        return Request("move", {"food": None, "date": "today", "meal_type": meal, "same_day": True})  # "that was lunch not breakfast"
    undo = intents.undo_request(text)
    if undo is not None and undo.get("food") and not names_food_or_amount(str(undo["food"])) and knowledge.find(low) is not None:
        undo = None  # "how to get rid of my love handles": an everyday question, no food to take back
    if undo is not None:
        return Request("undo", undo)
    corrected = intents.correction_text(text)
    if corrected is not None and names_food_or_amount(corrected):
        return Request("correct", {"text": corrected})
    avoid = STANDALONE_AVOID.match(low)
    if avoid and re.split(r"[\s,]+", avoid.group("items"))[0] in intents.PRONOUNS:
        avoid = None  # "no time to cook, im literally at a petrol station": the situation, not a food to avoid
    if avoid:
        prefs = _avoid_prefs(re.split(r",?\s+\b(?:tho|though|cos|coz|cuz|because|as|since|i|im|i'm|i am|lol|tbh)\b", avoid.group("items"))[0])
        if NOT_ALLERGIC.search(low) and not ALLERGY_SAID.search(NOT_ALLERGIC.sub("", low)):
            prefs = {"dislikes": [*prefs.get("allergies", []), *prefs.get("dislikes", [])]}  # "no eggs, not allergic, just hate them": disliked, not an allergy
        return Request("preferences", {"prefs": prefs, "then": None})
    question = intents.is_question(text)
    if (setback := knowledge.find(low)) is not None and setback[0].id in EVERYDAY_SITUATIONS and setback[1] >= SURE_ANSWER:
        # "lol I ate it. diet's dead in the water now, might as well give up on the week", "ate way too much at the all you can eat,
        # stomach hurts", "i crash after lunch every day": the situation answered, no meal logged or ideas given
        return Request("faq", {"id": setback[0].id})
    if (kept := keeping_food(low)) is not None and not intents.reports_meal(text):
        return kept  # "how long does cooked chicken last in the fridge?": keeping it safely, not chicken recipes
    if _asks_with_food(text, low):
        return Request("ideas", _ideas_slots(text, low))  # "a dinner with salmon please", "something with chicken?"
    if (intents.asks_summary(text) or tally_asked(low)) and not parse_meal(text, load_table()).items and not _everyday_question(text, low) and not _asks_food_after_news(text):
        return Request("summary", _summary_slots(low))  # "remind me what I ate monday", "what are my carbs at?": no meal to log
    if GOAL_TIME.search(low):
        return Request("goal_time", {})  # "how long till I hit my goal roughly?"
    if (pace := LOSS_IN_TIME.search(low)) and IS_IT_DOABLE.search(low):
        return Request("goal_time", _loss_in_time(pace))  # "i want to lose 5 kg in 2 months, is that possible?"
    if (by := LOSS_BY_DATE.search(low)) and IS_IT_DOABLE.search(low) and (slots := _loss_by_date(by)):
        return Request("goal_time", slots)  # "i wanna lose 5 kilos by august, is that realistic?"
    if intents.plans_to_eat(text) and parse_meal(text, load_table()).items:
        return Request("lookup", {"food": text, "nutrient": None, "planned": True})
    if (verb := LOG_VERB_TYPO.match(low)) and not question and _is_food_list(text[verb.end():] if len(text) >= verb.end() else ""):
        return Request("log", {"text": text[verb.end():]})  # "logg 2 bannanas and a cofee with milk"
    if not question and not asks(text) and not HABIT.search(low) and (later := THEN_ATE.match(text)) and (eaten := text[later.end():].strip(" ,")) and _mostly_foods(eaten):
        return Request("log", {"text": eaten})  # "then when i got home porridge made with milk and a chopped banana": the next meal
    if not question and (intents.reports_meal(text) or _is_food_list(text) or _names_a_meal_eaten(text, low) or _labelled_food_list(text)) and not (
        ASKS_SOMETHING.search(low) and intents.idea_style(low, in_ideas=True)
    ):
        return Request("log", {"text": text})

    return _asked(text, low)


# The next meal of a day being told, said by when: "then when i got home ...", "after my shift, ...", "later on ...".
THEN_ATE = re.compile(
    r"(?i)^(?:(?:and|so|oh|also|ok)\W+)*(?:(?:and )?then|after that|afterwards|later(?: on)?|after (?:my|the) (?:shift|work|gym|class|run|training|session)|"
    r"when i got (?:home|back|in)|once i got (?:home|back|in)|(?:when|once) i got off (?:work|shift))\b,?\s*"
    r"(?:(?:when|once|after) i (?:got|came|went) (?:home|back|in|off(?: \w+)?)\b,?\s*)?"
)


# A day of meals asked again, shorter: "shorter please, just 1 day", "only one day", "keep it simple".
ONE_DAY_AGAIN = re.compile(r"\b(?:just|only|for) (?:one|1|a single) day\b|\bshorter\b|\bsimpler\b|\bkeep it (?:short|simple)\b|\bless (?:detail|long)\b")


HABIT = re.compile(r"\b(?:used to|usually|normally|always|tend to|would|planning|gonna|going to|will)\b")  # habits and plans are no meal eaten


def _food_looked_up(text: str) -> bool:
    """ "dying for a pizza after this week. how many calories in 2 slices of a dominos pepperoni?":
    a food's figures asked, whatever week is named beside them."""
    asked = intents.lookup_request(text)
    return asked is not None and bool(parse_meal(asked[0], load_table()).items)


# Everything logged so far, asked after a log: "how much is that all together", "what's that in total
# with the rest", "both meals combined"; "that meal altogether" is still the one meal.
ALL_TOGETHER = re.compile(r"\ball together\b|\bcombined\b|\bboth (?:meals|logs|of them|together)\b|\bwith (?:the|everything) (?:rest|else)\b")
ONE_MEAL = re.compile(r"\b(?:that|this|the) (?:meal|one|lunch|dinner|breakfast|snack|plate)\b")


def _mostly_foods(text: str) -> bool:
    """Foods with at most one word not understood ("porridge made with semi skimmed milk and a chopped banana")."""
    parsed = parse_meal(text, load_table())
    return bool(parsed.items) and len(parsed.unrecognised) <= 1 and not intents.is_question(text)


REQUEST_WORDS = re.compile(
    r"\b(?:something|anything|please|pls|ideas?|give me|suggest\w*|recipes?|recommend\w*|what can i|what could i|what should i|"
    r"can you|could you|make|cook|how about|what about|fancy|maybe)\b"
)


# Cooking ahead: "a lunch I can meal prep for the week", "batch cook for work", "make-ahead dinners".
MEAL_PREP = re.compile(r"\b(?:meal[ -]?prep\w*|prep(?:ping)? (?:for|my|a|the|some|ahead)|(?:i can|to|could) prep\b|batch[ -]?cook\w*|make[ -]ahead|cook ahead|in bulk)")


# The everyday answers about keeping food safely: asked with a food in them ("how long does
# cooked chicken last in the fridge?"), they are still about keeping it, not recipes or its figures.
KEEPING_FOOD = ("leftovers_storage", "rice_storage", "freezing_food")
KEEPING_SURE = 0.7


def keeping_food(low: str) -> Request | None:
    """The food-safety answer (fridge, freezer, defrosting, reheating) a message surely asks for."""
    found = knowledge.find(low)
    if found is None or found[0].id not in KEEPING_FOOD or found[1] < KEEPING_SURE or ASKS_SOMETHING.search(low):
        return None  # "meal prep lunches that keep in the fridge?" asks for ideas
    if not (KEPT_FOOD_WORDS.search(low) or parse_meal(low, load_table()).items or dish_allergens(low) is not None):
        return None  # "I left my bike out overnight, is it ok?": no food kept
    facet = found[0].facet_for(low)
    return Request("faq", {"id": found[0].id, **({"facet": facet.id} if facet else {})})


def _asks_with_food(text: str, low: str) -> bool:
    """ "something with chicken?", "a dinner with salmon please": ideas with a food in them."""
    return (
        bool(wanted_foods(low)) and bool(REQUEST_WORDS.search(low) or intents.is_question(text))
        and not intents.reports_meal(text) and not intents.lookup_request(text)
    )  # fmt: skip


# The part of a day a move names ("that was yesterday morning"), as the meal it was.
MOVED_MEAL = re.compile(r"\b(?:yesterday|today|last|this|on \w+day|\w+day) (morning|lunchtime|afternoon|evening|night|breakfast|lunch|dinner|tea)\b|\b(last night)\b")
MOVED_MEALS = {
    "morning": "breakfast", "breakfast": "breakfast", "lunchtime": "lunch", "lunch": "lunch", "afternoon": "snack",
    "evening": "dinner", "night": "dinner", "dinner": "dinner", "tea": "dinner", "last night": "dinner",
}


# The last meal logged under the wrong meal: "that was lunch not breakfast", "it was my dinner actually",
# "log that as a snack", "change it to lunch".
# One food logged under the wrong meal: "change the burger to dinner", "the crisps were a snack, not lunch".
_MEAL_NAMES = r"breakfast|brunch|lunch|dinner|supper|tea|snacks?"
FOOD_MEAL_FIX = re.compile(
    rf"^(?:(?:oh|oops|sorry|wait|no|actually|hmm)\W+)*(?:please |can you |could you |pls )?(?:change|move|switch|put|log|file|make) (?:the |my )(?P<food>[a-z][a-z ]*?) (?:to|into|as|under|for) (?:my |a |the )?(?P<meal>{_MEAL_NAMES})(?: instead| please| pls| thanks)?\W*$"
    rf"|^(?:(?:oh|oops|sorry|wait|no|actually|hmm)\W+)*(?:the |my )(?P<food2>[a-z][a-z ]*?) (?:was|were) (?:actually |my |a |for |part of )*(?P<meal2>{_MEAL_NAMES})"
    rf"(?:,? (?:not|rather than|instead of) (?:my |a |the )?(?:{_MEAL_NAMES}))?(?: actually| sorry)?\W*$"
)
MEAL_TYPE_FIX = re.compile(
    r"^(?:(?:oh|oops|sorry|wait|no|actually|hmm)\W+)*(?:that|it|this|those) (?:was|were) (?:actually |my |a |for )*(?P<meal>breakfast|brunch|lunch|dinner|supper|tea|snacks?)"
    r"(?:,? (?:not|rather than|instead of) (?:my |a )?(?:breakfast|brunch|lunch|dinner|supper|tea|snacks?))?(?: actually| sorry)?\W*$"
    r"|^(?:please |can you )?(?:log|put|file|change|move|switch) (?:that|it|this|those) (?:as|to|under|into) (?:my |a )?(?P<meal2>breakfast|brunch|lunch|dinner|supper|snacks?)\W*$"
)


# "is that a lot?", "was that bad?", "too much?" about the meal just logged.
IS_IT_A_LOT = re.compile(
    r"^(?:(?:so|and|hmm|oh|ok|wait|but)\W+)*(?:(?:is|was) (?:that|it|this) (?:really |so |too |very )?(?:a lot|loads|too much|bad|terrible|awful|ok|okay|alright|fine|a lot of calories|high|a big meal|healthy|unhealthy|good|too many calories)"
    r"|how (?:bad|terrible|awful|unhealthy) (?:is|was) (?:that|it|this)|did i (?:overdo it|go overboard|blow it|ruin (?:it|my day|my diet)))"
    r"(?: for (?:one meal|a meal|lunch|dinner|breakfast|me|(?:a |my |the )?snacks?|one day|a day|the day|today))?(?: lol| lmao| haha| tbh| honestly)?\W*$|^(?:too much|a lot|that bad)\W*$"
)


# "is that enough protein?", "was it enough protein for breakfast lol" about the meal just logged.
ENOUGH_PROTEIN = re.compile(r"^(?:(?:so|and|but|ok|hmm)\W+)*(?:(?:is|was) (?:that|it|this) )?(?:enough|sufficient|a good amount of|plenty of) protein\b")


# Asking for something, not saying what was eaten: "something sweet that isn't a whole cake".
ASKS_SOMETHING = re.compile(r"\b(?:something|anything|ideas?|options?|suggest\w*|recommend\w*)\b")


# A lookup whose food is only an amount ("how many calories in a slice?"): the food is named elsewhere.
DRINK_IN_GENERAL = re.compile(r"(?:an? |the )?(?:alcohol|alcoholic drinks?|booze|drinks|drink|(?:big )?night out|(?:big )?night of drinking|drinking|(?:a )?session)")
BARE_AMOUNT = re.compile(r"^(?:a|an|one|1|half a|a small|a big|a large|a whole)? ?(?:slice|piece|bit|bowl|plate|portion|serving|square|bar|cup|glass|can|bottle|pint|one|it|that)s?\??$")


def _asked(text: str, low: str) -> Request:
    """What a message asks for: a summary, a day plan, needs, a lookup, ideas or an everyday answer."""
    question = intents.is_question(text)
    if asks_sauces(low):
        return Request("sauces", {})  # "I'm vegan, any dressing ideas?"
    if asks_flavour(low):
        return Request("sauces", {"flavour": True})  # "I'm vegan and sick of plain tofu, how do I make it less bland?"
    if EAT_AFTER.search(low) and SESSION_SAID.search(low) and not intents.meal_type(low):
        return Request("faq", {"id": "post_workout"})  # "that spin class murdered me. what should i eat after?": refuelling
    if (EAT_BEFORE.search(low) and SESSION_SAID.search(low) or EAT_BEFORE_SESSION.search(low)) and not intents.meal_type(low):
        return Request("faq", {"id": "pre_workout"})  # "dying to try the new HIIT class, what should I eat before?": fuel for it, not lunch ideas
    if _asks_with_food(text, low) or (_capped_meal(low) and not intents.asks_summary(_question_part(text))):
        return Request("ideas", _ideas_slots(text, low))
    if intents.asks_drinks(text):
        return Request("summary", {**_summary_slots(low), "period": "day", "drinks": True})
    if intents.asks_day_plan(text):
        return Request("day_plan", _ideas_slots(text, low))
    if MEAL_PREP.search(low) and not intents.asks_summary(text) and (intents.meal_type(low) or _asks_ideas(low) or question):
        return Request("ideas", _ideas_slots(text, low))  # "a lunch I can meal prep for the week": ideas, not the week's log
    if (intents.asks_summary(text) or (intents.summary_period(low) != "day" and (_mentions_eating(low) or len(low.split()) <= 3) and not intents.SHOPPING.search(low) and not _food_looked_up(text) and not IDEAS_ASKED.search(low))) and not _everyday_question(text, low):
        return Request("summary", _summary_slots(low))
    if re.search(r"\bhow (?:much|many grams of) protein\b", low) and PROTEIN_AT_A_MEAL.search(low) and not intents.LOGGED_WORDS.search(low):
        return Request("faq", {"id": "protein_timing"})  # "how much protein should dinner have?": a meal's share, 20-40 g
    if re.search(r"\bhow (?:much|many grams of) protein\b", low) and (
        PROTEIN_AT_ONCE.search(low) or (PROTEIN_IN_A_SERVING.search(low) and re.search(r"\bprotein (?:should|do|can|would|must|to) (?:i |you |we |my body )?(?:have|eat|put|take|use|absorb|aim|need|get)?", low))
    ):
        return Request("faq", {"id": "protein_timing"})  # "how much protein should I have in a shake after the gym?": 20-40 g a go
    if intents.asks_protein_needs(text) or BARE_PROTEIN.match(low) or intents.protein_checked(low) is not None:
        slots = _needs_slots(text, low, "maintain")  # "so how much protein now?" after the weight changed: from the profile
        if (other := intents.also_asked_nutrient(text)) is not None and (topic := knowledge.find(f"how much {other} do i need")) is not None:
            slots["also_faq"] = topic[0].id  # "how much calcium and protein should I aim for?": both answered
        return Request("protein", slots)
    if asks_loss_pace(low) and not re.search(r"\d", low) and (found_pace := knowledge.entry("weight_loss_rate")) is not None:
        return Request("faq", {"id": found_pace.id})  # "how much a week is reasonable to lose?": the NHS pace
    if (moving := intake_and_rate(low)) is not None and re.search(r"\bmaintenance|\bmaintain|\bhow many calories|\bburn|\btdee\b|\bwhat (?:do|would) i (?:use|need)", low):
        return Request("maintenance_from_intake", moving)  # "what's maintenance if I eat 2100 and lose 0.5 kg a week?"
    found = knowledge.find(low)
    if found is not None and found[0].id != "water" and WATER_ASKED.search(low) and (water := knowledge.entry("water")) is not None:
        found = (water, found[1])  # "how much water should I drink, I do 12 hr shifts in a hot warehouse": water, said with the job
    if found is not None and found[0].id == "hungry_after_exercise" and AFTER_A_SHIFT.search(low) and not EXERCISED.search(low):
        # "I'm starving after my night shift, it's 4am": the shift's hunger and sleep, not training's
        found = next(((e, found[1]) for e in knowledge.load_entries() if e.id == "shift_work_eating"), found)
    lookup = intents.lookup_request(text)
    if lookup is not None and lookup[1] == "protein_g" and (aged := AGED_PERSON.search(lookup[0].lower())) is not None:
        # "how much protein does a 70 year old need": a person's needs, not a food called "70 year old"
        return Request("faq", {"id": "protein_older_adults"}) if int(aged.group(1)) >= 60 else Request("protein", {"goal": "maintain"})
    if lookup is not None and GOAL_NOT_FOOD.fullmatch(lookup[0].strip().lower()) and (goal := intents.asks_needs(text)) is not None:
        # "cals for a lean bulk?", "protein for a cut": the user's needs for that goal, not a food called "bulk"
        return Request("protein" if lookup[1] == "protein_g" else "needs", {**_needs_slots(text, low, goal), "goal": goal, "goal_said": True})
    if lookup is None and question and _is_food_list(text):
        lookup = (text, None)  # "banana?"
    if lookup is None and (food := _ok_food(low)) is not None and (found is None or found[1] < 0.85):
        lookup = (food, None)  # "is a flapjack safe for her?": the flapjack, looked up (and refused first if it breaks the diet)
    if lookup is not None and found is not None and found[0].id == "sushi_pregnancy" and re.search(r"\bpregnan", low):
        return Request("faq", {"id": "sushi_pregnancy"})  # "can I still eat sushi now I'm pregnant?": whether it's safe, not its figures
    if lookup is not None and TREAT_ASKED.search(low) and (FUEL.search(low) or TREAT_AFTER_TRAINING.search(low)):
        return Request("faq", {"id": "treats_after_training"})  # "ran a half marathon and I'm ravenous, is a big burger ok?": fine, not its figures
    if lookup is not None and found is not None and found[1] >= 0.7 and BEFORE_OR_AFTER.search(low):
        return Request("faq", {"id": found[0].id})  # "should I drink a protein shake before or after the gym?": timing, not the shake's figures
    if lookup is not None and lookup[1] is None and found is not None and found[1] >= 0.85 and AROUND_A_SESSION.search(low):
        return Request("faq", {"id": found[0].id})  # "can i have a coffee before my run": whether and when, not its figures
    if lookup is not None and found is not None and found[1] >= 0.85 and (IS_IT_GOOD.match(low) or lookup[1] == "caffeine"):
        return Request("faq", {"id": found[0].id})  # "is coffee bad for me?", "how much caffeine in a latte?": the everyday answer
    if lookup is not None and BARE_AMOUNT.match(lookup[0].strip().lower()) and (named := parse_meal(text, load_table()).items):
        # "this cake is to die for, how many calories in a slice": the slice of the cake named before
        lookup = (f"{lookup[0].strip()} of {named[0].said}", lookup[1])
    if lookup is not None and DRINK_IN_GENERAL.fullmatch(lookup[0].strip().lower()):
        return Request("faq", {"id": "alcohol", "facet": "calories"})  # "how many calories in alcohol?": no one food, the drinks' figures
    if lookup is not None:
        return Request("lookup", {"food": lookup[0], "nutrient": lookup[1]})
    if (about := WHAT_ABOUT.match(low)) and (
        _only_foods(about.group("food")) or dish_allergens(about.group("food")) or not_a_nut(about.group("food"), ("peanuts",))
    ) and not intents.meal_type(low):
        return Request("lookup", {"food": about.group("food"), "nutrient": None})  # "what about rice noodles?"
    if _asks_ideas(low) and intents.meal_type(low) and not intents.asks_protein_needs(text):
        return Request("ideas", _ideas_slots(text, low))  # "what's a good breakfast for weight loss?"
    if intents.idea_style(low) and MAKE_OR_HAVE.search(low):
        return Request("ideas", _ideas_slots(text, low))  # "what can I have for a recovery shake?": shakes, not timing
    if (question or asks(text)) and WHICH_FOOD.search(low) and (found is None or found[1] < SURE_ANSWER or found[0].id == "muscle_gain_food"):
        slots = _ideas_slots(text, low)  # "which soup then?", "pls which food I fit chop to build muscle?": ideas of that kind
        if not slots.get("style") and (style := intents.idea_style(low, in_ideas=True)):
            slots["style"] = style
        if MUSCLE_FOOD.search(low) and not slots.get("style") and not slots.get("meal_type"):
            return Request("faq", {"id": "muscle_gain_food"})  # which foods build muscle: protein at every meal, carbs, enough calories
        if MUSCLE_FOOD.search(low):
            slots["high_protein"] = True
        return Request("ideas", slots)
    progress = intents.weight_progress(text)
    if progress is not None and (found is None or found[1] < 0.8) and intents.asks_needs(text) is None:
        person = SOMEONE_ELSE_LOST.search(low)
        return Request("progress", {"kilos": progress[0], "weeks": progress[1], "said": progress[2], **({"person": person.group(1)} if person else {})})  # "I lost 3 kg this month!"
    goal = intents.asks_needs(text) or ("maintain" if BARE_CALORIES.match(low) else None)
    if goal is not None and (not (found is not None and found[1] >= 0.9 and not parse_body(text).to_json()) or CALORIES_FIRST.match(low)):
        # "and calories to lose this small belly?": the figure asked, not the everyday answer on belly fat
        return Request("needs", _needs_slots(text, low, goal))  # "how fast can I lose weight?" is everyday
    if (tired := FED_UP_WITH.search(low)) is not None and not intents.reports_meal(text) and (found is None or found[1] < SURE_ANSWER or found[0].id in ("cravings", "hunger")):
        # "lol this diet is killing me, i'm so done with salads": other ideas, without them
        slots = _ideas_slots(text, low)
        said = [part.strip() for part in re.split(r",|\band\b|&", tired.group("what")) if part.strip()]
        include = [word for word in slots.get("include") or [] if word not in said and word != tired.group("what")]  # "done with salads": not "with salads"
        return Request("ideas", {**slots, "include": include, "exclude": list(dict.fromkeys([*(slots.get("exclude") or []), *said]))})
    if _asks_ideas(low) and (intents.meal_type(low) or found is None or found[1] < 0.8):
        return Request("ideas", _ideas_slots(text, low))
    last_clause = re.split(r"[.;!?,]\s*", low.strip(" ?!."))[-1]
    if intents.meal_type(last_clause) and not intents.QUESTION_START.match(last_clause) and len(last_clause.split()) <= 6:
        return Request("ideas", _ideas_slots(text, low))  # "soy allergy, I'm vegetarian. high protein dinner?"
    if intents.idea_style(low) and (question or WANTS.search(low)) and (found is None or found[1] < 0.8):
        return Request("ideas", _ideas_slots(text, low))  # "what dip could I make?", "any soups?"
    if (found is None or found[1] < SURE_ANSWER) and HUNGRY.search(low) and FUEL.search(low) and EAT_ASKED.search(low):
        return Request("faq", {"id": "hungry_after_exercise", "facet": "what_after"})  # "just got back from a 10k and im STARVING, whats quick to eat"
    if found is not None and not (intents.meal_type(low) and found[1] < SURE_ANSWER and _asks_what_to_eat(low)):
        facet = found[0].facet_for(low)  # "I'm doing 16:8 fasting, when should I train?"
        parts = parts_asked(found[0], low)  # "do I need to load it? and does it make you bloated": both
        return Request("faq", {"id": found[0].id, **({"facet": facet.id} if facet else {}), **({"parts": parts} if parts else {})})
    if intents.meal_type(low):
        return Request("ideas", _ideas_slots(text, low))  # "high protein dinner?"
    if TRAINING_ONLY.search(low):
        return Request("refer_helios", {})
    if intents.is_thanks(text):
        return Request("thanks", {})
    return Request("guidance", {})


# Whether a food is all right, asked: "is a big burger and chips ok?", "is it bad if I destroy a pizza?".
# "my husband lost 4 kg", "she's dropped a stone": someone else's loss, not the user's.
SOMEONE_ELSE_LOST = re.compile(
    r"\b((?:my|our) (?:husband|hubby|wife|partner|other half|boyfriend|girlfriend|bf|gf|fiance|fiancee|mum|mom|mother|dad|father|son|daughter|"
    r"brother|sister|friend|mate|best friend|flatmate|housemate|colleague|coworker|boss|client|gran|grandma|grandad|aunt|uncle|cousin|nan)|he|she)"
    r"(?:'s| has| have| is)? (?:finally |just |already |now |actually )?(?:lost|dropped|shed|gone down)\b"
)
# "a 70 year old", "my 80-yr-old mum": a person, where a lookup expects a food.
AGED_PERSON = re.compile(r"\b(\d{1,3}) ?(?:-| )?(?:years?|yrs?|y/?o)(?:[- ]old)?\b")
# Salt and sugar drinks asked about beside water: the electrolytes answer, whatever else is named.
ELECTROLYTES = re.compile(r"\b(?:electrolytes?|salt tablets?|salt tabs|sodium tablets?|hydration tablets?|rehydration salts|dioralyte|isotonic|nuun)\b")
# Everyday answers about eating around training, after which "is a big burrito ok or too much?" is refuelling.
AFTER_TRAINING_ANSWERS = frozenset({"post_workout", "race_recovery", "hungry_after_exercise", "treats_after_training", "carb_loading"})
BIG_MEAL = re.compile(
    r"\b(?:too much|too many|overdoing it|overkill|excessive|greedy)\b|\beat a horse\b|\bcould (?:murder|demolish|inhale|destroy)\b"
    r"|\bhow (?:much|big) (?:can|should) i (?:eat|have)\b"
)
OK_ASKED = re.compile(r"\b(?:enough|ok|okay|fine|alright|reasonable)\b")
TREAT_ASKED = re.compile(r"\b(?:is|are|would|will) (?:a |an |the |my |some )?(?:\w+ ){0,5}?(?:ok|okay|fine|alright|bad|terrible|too much)\b|\bbad if i\b")


# A goal where a lookup expects a food: "cals for a lean bulk?", "protein for a cut".
GOAL_NOT_FOOD = re.compile(
    # "slowly losing 3-4 kg", "dropping a few pounds", "lose this small belly": a loss, said with how much or what
    r"(?:(?:slowly|gradually|safely|gently|steadily) )?(?:lose|losing|loose|loosing|drop|dropping|shed|shedding|gain|gaining|put on|putting on)\s+"
    r"(?:about |around |like |roughly |a |an |the |this |my |some |another )?(?:\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|stone|st)|few (?:kilos|kg|pounds|lbs)|couple of (?:kilos|kg|pounds|lbs)|stone|weight|fat|(?:small |little |bit of )?(?:belly|tummy|gut|belly fat|muffin top))"
    r"|(?:an? |my |the )?(?:lean |slow |clean |dirty |aggressive |gentle |small |mini )?(?:bulk|bulking|cut|cutting|deficit|calorie deficit|surplus|calorie surplus|"
    r"recomp|maintenance|maintaining|weight loss|fat loss|losing weight|gaining weight|weight gain|muscle gain|gaining muscle)"
)
SURE_ANSWER = 0.8  # an everyday answer this sure beats meal ideas for a question naming a meal
# Everyday situations told with a meal or food in them, answered before any log or ideas.
EVERYDAY_SITUATIONS = frozenset({"one_big_meal", "overfull", "energy_slump", "heat_appetite", "fussy_eaters", "running_after_eating"})
WHAT_TO_EAT = re.compile(r"\bwhat (?:can|could|should|do) (?:i|we|he|she|they) (?:\w+ )?(?:eat|have|get|order|make)\b")


# Which food to have, asked: "which soup then?", "what kind of foods should I chop for muscle?".
WHICH_FOOD = re.compile(r"\b(?:which|what|wat|wich) (?:kind of |kinds of |type of |types of |sort of )?(?:\w+ )?(?:soups?|foods?|dishes|meals?|snacks?|chop)\b(?! (?:diary|log|tracker|app|label|labels|poisoning|allerg\w*|intoleran\w*|pyramid|groups?))")
CALORIES_FIRST = re.compile(r"^(?:(?:and|so|ok|okay|then|what about|how about)\W+)*(?:how many |what )?(?:calories|cals|kcals?)\b(?: (?:do i need|should i eat))? (?:to|for) ")
WATER_ASKED = re.compile(r"^(?:(?:so|ok|okay|and|but|hey|hi)\W+)*how (?:much|many (?:litres|liters|glasses|bottles|cups) of) (?:water|fluids?)\b(?! (?:is|are) in)")
EAT_AFTER = re.compile(r"\b(?:eat|have|grab)\s+(?:after|afterwards|post)\b(?!\s+(?:dinner|lunch|breakfast|work|school|8|9|\d))")
EAT_BEFORE = re.compile(r"\b(?:eat|have|grab)\s+(?:before|beforehand|pre)(?:\s+(?:it|that|the class|the session|the workout|the game|the match|the run|class|training))?\s*$")
# "whats a good thing to have before an evening weights session?": the session named after "before"
EAT_BEFORE_SESSION = re.compile(
    r"\b(?:eat|have|grab|drink)\s+(?:before|pre)\s+(?:(?:a|an|the|my|tonight'?s|tomorrow'?s|this|evening|morning|weights|lifting|gym|long|hard|big|day|hill|mountain|bike|\d+k|\d+ ?(?:km|k|mi|miles?))\s+){0,3}"
    # a hike or a long walk is fuel too ("what should I eat before a 15km hike myself?"), not food that keeps without a fridge
    r"(?:session|workout|training|class|run|game|match|gym|lift|lifting|swim|ride|spin|race|hike|hiking|walk|trek|climb|cycle|parkrun)\b"
)
SESSION_SAID = re.compile(r"\b(?:class|spin|spinning|session|workout|training|trained|gym|run|ran|ride|swim|match|game|practice|lifting|legs day|leg day|crossfit|hiit|yoga|pilates|bootcamp|boxing|zumba|barre)\b")
HUNGRY = re.compile(r"\b(?:starving|starved|ravenous|famished|hangry|so hungry|really hungry)\b")
EAT_ASKED = re.compile(r"\b(?:what'?s|whats|what is|what|anything|something|wat)\b(?: \w+){0,3} (?:to eat|to have|to grab|(?:should|can|could|do) i (?:eat|have|grab))\b")
MUSCLE_FOOD = re.compile(r"\b(?:build(?:ing)?|gain(?:ing)?|grow(?:ing)?|put(?:ting)? on) (?:\w+ )?(?:muscles?|mass)\b|\bprotein\b|\bbulk")
MAKE_OR_HAVE = re.compile(r"\bwhat (?:can|could|should) (?:i|we|he|she|they) (?:\w+ )?(?:have|make|eat|drink)\b")


def _asks_what_to_eat(low: str) -> bool:
    """ "what can I safely eat for breakfast at the hotel?": food for that meal is asked for."""
    return bool(WHAT_TO_EAT.search(low))


def _everyday_question(text: str, low: str) -> bool:
    """ "been dying to try keto, sore from yesterday's class. is keto good for fat loss?": an
    everyday question with a day in it, not a request for that day's tally."""
    found = knowledge.find(low)
    return found is not None and found[1] >= 0.9 and bool(EVERYDAY_ASK.search(low)) and not re.search(r"\bwhat (?:did|have) i\b", low)


# A tablet asked for instead of food: "is there a tablet I could take for it instead?", "could I just take a supplement?"
SUPPLEMENT_ASKED = re.compile(r"\b(?:tablets?|pills?|capsules?|supplements?|softgels?)\b")


def _omega3_thread(state: DialogState) -> bool:
    """True when Ceres' last answer was about omega-3 (its answer, or a fish allergy just saved)."""
    if state.intent == "faq":
        return state.slots.get("id") in ("fish_omega3", "omega3_supplement")
    return "omega" in (state.reason or "").lower() or "fish" in str((state.slots.get("prefs") or {}).get("allergies", ""))


# A worry about a protein amount said after it: "bad for your kidneys", "won't it hurt my kidneys?".
KIDNEY_WORRY = re.compile(r"\bkidneys?\b|\bliver\b|\bbones?\b")


def follow_up(low: str, text: str, state: DialogState) -> Request | None:
    """The last request with a changed slot, when `low` is a short follow-up to it."""
    if state.intent in ("faq", "ideas", "preferences") and SUPPLEMENT_ASKED.search(low) and len(low.split()) <= 2 * FOLLOW_UP_WORDS and _omega3_thread(state):
        return Request("faq", {"id": "omega3_supplement"})  # "is there a tablet I could take for it instead?" after omega-3 without fish
    if state.intent == "faq" and FOODS_FOR_IT.search(low) and (foods := _faq_follow_up(low, dict(state.slots))) is not None:
        return foods  # "sources?" after how much iron: its foods (the answer already names its source)
    if state.intent in ("log", "correct") and state.slots.get("meal_ids") and (kind := intents.variant_fix(low)) is not None and (
        not kind[1] or names_food_or_amount(kind[1])
    ):
        # "sorry it was 0% fat yoghurt, can you fix that", "it was the fat free one": that food's kind
        return Request("correct", {"text": f"{kind[0]} {kind[1]}".strip(), "variant": kind[0], "food": kind[1]})
    if state.intent == "faq" and state.slots.get("id") in AFTER_TRAINING_ANSWERS and keeps_without_fridge(low) and not intents.reports_meal(text):
        return Request("ideas", {"meal_type": "snack", "no_fridge": True})  # "something I can grab on the way to work" after refuelling advice
    if state.intent in ("ideas", "faq", "day_plan") and len(low.split()) <= 2 * FOLLOW_UP_WORDS and not intents.is_question(text) and (place := knowledge.find(low)) is not None and place[0].id == "grab_and_go" and place[1] >= SURE_ANSWER and state.slots.get("id") != "grab_and_go" and SHOP_SAID.search(low):
        return Request("faq", {"id": "grab_and_go"})  # "at a petrol station, no time to cook" after ideas: what to buy there
    if state.intent in ("ideas", "faq", "day_plan") and len(low.split()) <= 10 and re.match(r"^(?:and|what about|how about|ok and|so) (?:for )?(?:after|afterwards|post)\b(?! (?:that|this|it)\b)", low) and not intents.meal_type(low):
        return Request("faq", {"id": "post_workout"})  # "and aftr? i wnt to gain muscel" after breakfast before the gym: food after it
    if (
        state.intent in ("needs", "protein", "faq")
        and KIDNEY_WORRY.search(low)
        and (worry := knowledge.find(low)) is not None
        and worry[0].id == "protein_too_much"
        and state.slots.get("id") != "protein_too_much"
    ):
        return Request("faq", {"id": "protein_too_much"})  # "why so much? my dad says it's bad for your kidneys": the worry answered, not only the why
    if intents.asks_why(text) or (state.reason and WHY_LAST.search(low) and len(low.split()) <= 7):
        return Request("why", {})  # "why?", and "that seems high, why?"
    low = re.sub(r"^\+\s*", "plus ", low)  # "+ a flat white mid morning"
    low = AN_FOR_AND.sub("and ", low)  # "an after?": "and after?" typed short
    if state.intent in ("log", "correct") and ADD_TO_MEAL.match(re.sub(r"^(?:oh|ah|oops|sorry|wait|btw|and oh)\W+", "", low)) and len(low.split()) <= 2 * FOLLOW_UP_WORDS and names_food_or_amount(low) and not intents.is_question(text) and not OPENS_ASKING.match(low):
        # "oh and a glass of red wine with it, about 175ml": more for the meal just logged, however long
        return Request("log", {"text": text, "meal_type": state.slots.get("meal_type"), "date": state.slots.get("date"), "add_to_last": True})
    if state.intent in ("log", "correct") and state.slots.get("meal_ids") and ADDED_TO_IT.search(low) and names_food_or_amount(low) and not intents.is_question(text) and not intents.undo_request(text) and not OPENS_ASKING.match(low):
        # "forgot, I got guac on it too": more for the meal just logged (the same chain's guac when it was a chain's meal)
        return Request("log", {"text": _at_the_chain(text, state.slots.get("chain")), "meal_type": state.slots.get("meal_type"), "date": state.slots.get("date"), "add_to_last": True})
    if state.intent == "log_problem" and names_food_or_amount(low) and not intents.is_question(text) and not intents.undo_request(text):
        # "about half a big tube of sour cream & onion" after "how many pringles did you have?": the amount, for that food
        foods = state.slots.get("foods") or []
        parsed = parse_meal(text, load_table())
        asked_when = find_when(tokenise(intents.clean(str(state.slots.get("text") or ""))))
        day = {"date": asked_when[0].day.isoformat()} if asked_when and not find_when(tokenise(low)) else {}  # "infinity pringles last night"
        if len(foods) == 1 and ((not parsed.items and not parsed.problems) or not re.search(rf"\b{re.escape(foods[0].lower())}\b", low)):
            plain, joined = f"{text} {foods[0]}", f"{text} of {foods[0]}"  # "about half a tube" -> "about half a tube of pringles"
            cleaner = len(parse_meal(joined, load_table()).unrecognised) < len(parse_meal(plain, load_table()).unrecognised)
            if parsed.items and len(parse_meal(joined if cleaner else plain, load_table()).items) > len(parsed.items):
                return Request("log", {"text": text, **day})  # "real one: a bowl of rice, about 200g cooked": a food of its own, not the celery asked about
            return Request("log", {"text": joined if cleaner else plain, **day})
        return Request("log", {"text": text, **day})
    if state.intent == "faq" and state.slots.get("id") in SITUATION_TOPICS and len(low.split()) <= 2 * FOLLOW_UP_WORDS:
        # "good filling snacks to stock up for him?" after a growing teenager's appetite, "what should I
        # eat when I break the fast?" after training on a religious fast: the same situation's next question
        entry = next((e for e in knowledge.load_entries() if e.id == state.slots.get("id")), None)
        if entry is not None and (facet := entry.facet_for(low)) is not None:
            return Request("faq", {"id": entry.id, "facet": facet.id})
    if state.intent == "faq" and FOLLOW_UP_WORDS < len(low.split()) <= 2 * FOLLOW_UP_WORDS and re.search(r"\b(?:it|that|this|them|those)\b", low):
        entry = next((e for e in knowledge.load_entries() if e.id == state.slots.get("id")), None)
        if entry is not None and (facet := entry.facet_for(low)) is not None:
            return Request("faq", {"id": entry.id, "facet": facet.id})  # "what time should I stop having it so I can still sleep?" after caffeine
    if state.intent == "faq" and len(low.split()) <= 2 * FOLLOW_UP_WORDS and (facet := _named_facet(low, state)) is not None:
        return Request("faq", {"id": state.slots["id"], "facet": facet})  # "anything I can keep in my locker at work for next time?" after night-shift food
    if state.intent == "faq" and state.slots.get("id") and SIMPLER.search(low) and len(low.split()) <= 2 * FOLLOW_UP_WORDS:
        return Request("faq", {**{k: v for k, v in state.slots.items() if k != "parts"}, "simple": True})  # "ok make it simpler, like 3 bullet points"
    if state.intent == "day_plan" and (meal := swapped_meal(low)) is not None and not intents.reports_meal(text) and not intents.stated_preferences(text):
        # "swap lunch for something I can eat cold at my desk": that meal again, with its wishes; the rest of the day stays
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False, []) and key not in ("meal_type", "diet", "gluten_free", "lactose_free")}
        if eaten_cold(low):
            wishes.update(no_cook=True, cold=True)
        meal_wishes = {**(state.slots.get("meal_wishes") or {}), meal: wishes}
        return Request("day_plan", {**state.slots, "more": False, "swap": meal, "meal_wishes": meal_wishes})
    if state.intent in ("ideas", "day_plan") and keeps_without_fridge(low) and not intents.reports_meal(text):
        # "any that don't need a fridge? I'm on a building site all day": the same ideas, kept without one, however long
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False) and key != "meal_type"}
        return Request("ideas", {**state.slots, **wishes, "no_fridge": True, "more": False})
    if state.intent == "ideas" and (NO_COOK.search(low) or NO_OVEN.search(low) or CHEAPER.search(low)) and FOLLOW_UP_WORDS < len(low.split()) <= 2 * FOLLOW_UP_WORDS and not intents.meal_type(low) and not intents.reports_meal(text) and not intents.stated_preferences(text):
        # "something quicker pls, I've only got 5 mins before the bus": the same ideas, quick, however it is said
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False) and key != "meal_type"}
        if "exclude" in wishes:
            wishes["exclude"] = list(dict.fromkeys([*state.slots.get("exclude", []), *wishes["exclude"]]))
        return Request("ideas", {**state.slots, **wishes, "more": False})
    if state.intent in ("ideas", "day_plan") and (changed := _ideas_changed(low, text, state)) is not None:
        if state.intent == "day_plan" and changed.intent == "ideas" and changed.slots.get("meal_type") == state.slots.get("meal_type"):
            changed = Request("day_plan", changed.slots)  # "make that vegetarian" after a day of meals: the day again
        return changed  # "could you make that one vegetarian", "my partner doesn't eat chicken"
    if state.intent == "needs" and len(low.split()) <= 2 * FOLLOW_UP_WORDS and (found := GOAL_SWITCH.match(low)) and (rate := intents.loss_rate(low)) is not None:
        # "and if I want to lose about a pound a week?" after maintenance: the calories for that pace, not the everyday answer on pace
        goal = {"los": "lose", "gai": "gain", "mai": "maintain", "bul": "gain", "cut": "lose"}[found.group(1)[:3]]
        return Request("needs", {**state.slots, "goal": goal, "rate": rate, "body": {**state.slots.get("body", {}), **parse_body(text).to_json()}})
    if state.intent == "faq" and LIGHTER_WISH.search(low) and len(low.split()) <= 2 * FOLLOW_UP_WORDS and not intents.is_question(text) and not intents.reports_meal(text):
        return Request("ideas", {"meal_type": intents.meal_type(low) or "snack", "scale": 0.75})  # "trying to lose a few pounds too so nothing massive" after what to eat
    if state.intent in ("ideas", "day_plan") and len(low.split()) <= 2 * FOLLOW_UP_WORDS and (without := _meal_without(low, dict(state.slots))) is not None:
        return without  # "and for dinner? no chicken tho, had it all week 😂"
    if state.intent == "lookup" and state.slots.get("food") and (more := MORE_BESIDE_IT.match(low)) and names_food_or_amount(more.group("food")):
        # "what if i get large fries and a coke with it" after a big mac: the three together, with the total
        return Request("lookup", {**state.slots, "food": f"{state.slots['food']} and {more.group('food')}", "previous": state.slots.get("food")})
    if state.intent is None or len(low.split()) > FOLLOW_UP_WORDS:
        return None
    if state.intent in WEIGHT_INTENTS and FIRST_STEP.search(low):
        return Request("faq", {"id": "weight_loss_tips", "facet": "first_step"})  # "wat shud i chanje first" after a weight-loss pace
    if state.intent in ("needs", "protein", "faq") and (own := knowledge.find(low)) is not None and own[0].id in OWN_TOPICS and own[1] >= SURE_ANSWER and own[0].id != state.slots.get("id"):
        facet = own[0].facet_for(low)  # "is wey protien ok to use" after how much protein: whey, not the needs again
        return Request("faq", {"id": own[0].id, **({"facet": facet.id} if facet else {})})
    slots = dict(state.slots)
    if state.intent not in ("day_plan", "ideas") and intents.asks_day_plan(text) and not intents.asks_summary(text):
        return Request("day_plan", _ideas_slots(text, low))  # "can you lay out a day of meals like that?" after protein for a vegan
    if state.intent == "ideas":
        return _with_meal_kcal(_ideas_follow_up(low, slots), low, slots)  # "and a smoothie recipe, around 600 kcal", "something under 300 calories"
    if state.intent == "day_plan":
        follow = _ideas_follow_up(low, slots)
        if follow is None and ONE_DAY_AGAIN.search(low):
            return Request("day_plan", {**slots, "more": False})  # "shorter please, just 1 day": the day again, not more of it
        if follow is None:
            return Request("day_plan", {**slots, "more": True}) if re.match(r"^(?:and |what about )?(?:for )?tomorrow\b", low) else None
        if follow.slots.get("meal_type") != slots.get("meal_type"):
            return follow  # "and for dinner?": ideas for that one meal
        return Request("day_plan", follow.slots)
    if state.intent == "summary":
        return _summary_follow_up(low, slots)
    if state.intent == "lookup":
        return _lookup_follow_up(low, slots)
    if state.intent in ("needs", "protein"):
        return _needs_follow_up(low, text, state.intent, slots)
    if state.intent == "faq":
        return _faq_follow_up(low, slots)
    if state.intent == "progress" and re.search(r"\b(?:keep going|carry on|same way|continue|too fast|too slow|normal|ok|okay|healthy|safe)\b", low):
        return Request("progress", {**slots, "again": True})
    if state.intent in ("log", "correct", "summary") and THAT_DAY.search(low) and intents.asks_summary(text) and slots.get("date") and not find_when(tokenise(low)):
        return Request("summary", {"period": "day", "date": slots["date"]})  # "so what was my total for that day"
    if state.intent in ("log", "correct") and state.slots.get("meal_ids") and IS_IT_A_LOT.match(core(low)):
        return Request("meal_judge", {})  # "is that a lot?" after logging: the meal against a day
    if state.intent in ("log", "correct") and state.slots.get("meal_ids") and ENOUGH_PROTEIN.match(core(low)):
        return Request("logged_detail", {**slots, "nutrient": "protein_g", "enough": True})  # "is that enough protein?": that meal's, judged
    one = ONE_FOOD_OF_MEAL.search(low) if state.intent in ("log", "correct") and state.slots.get("meal_ids") else None
    if one is not None and names_food_or_amount(food := (one.group("food") or one.group("food2")).strip()):
        # "how much of that was the beer", "how many calories was the beer alone": one food of the meal just logged
        said = one.group("nutrient") or one.group("nutrient2") or "calories"
        nutrient = "protein_g" if "protein" in said else "kcal"
        return Request("logged_detail", {**slots, "nutrient": nutrient, "food": food})
    if state.intent in ("log", "correct") and ALL_TOGETHER.search(low) and not ONE_MEAL.search(low) and not parse_meal(text, load_table()).items:
        return Request("summary", {"period": "day", **({"date": slots["date"]} if slots.get("date") else {})})  # "how much is that all together" after two logs: the day
    if state.intent in ("log", "correct") and (nutrient := intents.asks_about_logged(text)) is not None and not parse_meal(text, load_table()).items:
        return Request("logged_detail", {**slots, "nutrient": nutrient or None})  # "how many calories was that?"
    if (
        state.intent in ("log", "correct") and SAME_DAY.search(low) and slots.get("date") and slots["date"] != today().isoformat()
        and not find_when(tokenise(low)) and names_food_or_amount(low) and not intents.is_question(text) and not intents.undo_request(text)
    ):
        return Request("log", {"text": text, "date": slots["date"]})  # "then a bibimbap for lunch" after yesterday's breakfast: yesterday too
    if state.intent in ("log", "correct") and ADD_TO_MEAL.match(low) and names_food_or_amount(low):
        return Request("log", {"text": text, "meal_type": slots.get("meal_type"), "date": slots.get("date"), "add_to_last": True})
    return None


# "how do I get there?", "how can I hit that without...": how to reach the figure just given.
HOW_TO_GET_THERE = re.compile(r"^(?:ok |okay |so |but |and |right )*how (?:do|can|should|would|will) i (?:ever |actually |even )?(?:get there|get to (?:that|it)|do (?:that|it|this)|manage (?:that|it)|hit (?:that|it|this)|reach (?:that|it)|get (?:that|it|enough|that much|more))\b")
# Hunger after a work shift, not after training.
AFTER_A_SHIFT = re.compile(r"\b(?:after|off|finish(?:ing|ed)?) (?:my |a |the |work(?:ing)? (?:a |the )?)?(?:night |long |late |early |12 ?h(?:ou)?r? |double )?shifts?\b|\bafter (?:work|nights)\b")
EXERCISED = re.compile(r"\b(?:train(?:ing)?|workout|work out|gym|run|running|ran|swim(?:ming)?|lift(?:ing)?|session|exercis\w*|match|game|race|class|cardio|ride|cycl\w*)\b")
# "make it simpler", "shorter pls", "in 3 bullet points", "tl;dr": the last everyday answer, short.
SIMPLER = re.compile(r"\b(?:simpler|simplify|simple version|shorter|in short|tl;? ?dr|bullet points?|bullets|summar(?:y|ise|ize)|in a nutshell|keep it short|too long|too much text|dumb it down|eli5)\b")
# Something more for the meal just logged: "forgot, I got guac on it too", "had cheese on it as well".
ADDED_TO_IT = re.compile(
    r"^(?:oh |oops |sorry |wait |ah |and )?(?:i )?forgot\b|\b(?:on|in|with) (?:it|that|there|top)(?: too| as well| also)\b|\b(?:got|had|added|put|asked for) (?:some |a |an |extra )?[a-z]+(?: [a-z]+)? (?:on|in|with) (?:it|that|there|top)\b"
)


def _at_the_chain(text: str, chain: Any) -> str:
    """The added foods as the chain's own when the meal was a chain's ("guac" at Chipotle)."""
    if not isinstance(chain, str) or not chain:
        return text
    table = load_table()
    for item in parse_meal(text, table).items:
        found = table.match(tokenise(f"{chain} {item.said}"))
        if found is not None and found[0].id.startswith(chain + "_"):
            text = re.sub(rf"(?i)\b{re.escape(item.said)}\b", f"{chain} {item.said}", text, count=1)
    return text


# "an after?", "an for dinner?": "and" typed short at the start of a follow-up (never "an apple").
AN_FOR_AND = re.compile(r"^an (?=(?:after|before|during|for|what|how|the|dinner|lunch|breakfast|snacks?|protein|calories|carbs|tomorrow|later|then)\b)")
# Words that turn an everyday answer into its counterpart: "and after?" after eating before
# exercise, "and at night?" after the morning.
CONTRASTS = (("before", "after"), ("morning", "evening"), ("morning", "night"), ("during", "after"))
FAQ_FOLLOW_START = re.compile(
    r"^(?:and|what about|how about|so|ok|okay|easy|any|ways|tips|examples|like what|such as|which|what|how|more|but|can|is|are|"
    r"should|do|does|did|when|why|will|would|could|then|also|anything|something)\b"
)


# After how much protein: where to get it ("good sources for it?", "which foods have it?").
PROTEIN_WHERE = re.compile(
    r"\bsources?\b|\bwhere (?:do|can|should|would) (?:i|you) get\b|\bwhich foods?\b|\bwhat (?:foods?|should i eat|to eat)\b|\bfoods? (?:with|high in|rich in)\b|\bhow (?:do|can) i get (?:it|that|enough)\b"
)

OWN_QUESTION = 0.65  # a follow-up matching another everyday topic this surely asks about that one ("what about energy drinks?")


SURE_FACET = 0.9  # a follow-up naming a facet this surely asks for it, however it is said


def _named_facet(low: str, state: DialogState) -> str | None:
    """The facet of the last everyday answer a follow-up surely names ("locker" after night-shift
    food), when no other everyday topic fits it better."""
    entry = next((e for e in knowledge.load_entries() if e.id == state.slots.get("id")), None)
    if entry is None or not entry.facets:
        return None
    scored = [(facet.scorer.score(low).score - (0.05 if facet.id == state.slots.get("facet") else 0.0), facet.id) for facet in entry.facets]
    best = max(scored, default=(0.0, ""))  # another facet first; the same one again ("I'm a student, £25 a week" after the budget answer) rather than the menu
    if best[0] < SURE_FACET:
        return None
    other = knowledge.find(low)
    if other is not None and other[0].id != entry.id and other[1] > best[0]:
        return None
    return best[1]


def _only_foods(words: str) -> bool:
    parsed = parse_meal(words, load_table())
    return bool(parsed.items) and not parsed.unrecognised


# After a weight-loss answer (its pace, needs, progress): "what should I change first?".
WEIGHT_INTENTS = ("goal_time", "needs", "progress", "faq")
FIRST_STEP = re.compile(
    r"\b(?:change|do|fix|tackle|cut|start|stop|swap) first\b|\bfirst (?:step|thing|change)\b|\bwhere (?:do|should|would|can) i (?:even )?start\b|"
    r"\bwhat (?:do|should|can) i start with\b|\bstart with what\b"
)
# Everyday topics a follow-up may switch to from needs or another answer ("is whey ok?" after protein).
OWN_TOPICS = ("protein_powder", "creatine", "supplements", "one_big_meal", "leftovers_storage", "rice_storage", "freezing_food")
# "best foods for it?", "sources?", "what foods are good for that?" after an everyday answer: its foods.
FOODS_FOR_IT = re.compile(
    r"^(?:and |so |ok |okay |what are |what'?s |which are |any |some |give me |list |name )*(?:the |some |a few |good |best |top |main |easy |rich |richest |natural |food )*"
    r"(?:foods?|sources?|things(?: to eat)?|options|examples|stuff)(?: (?:for|with|of|in|high in|rich in|that have|containing) (?:it|that|this|them|those))?"
    r"(?: then| please| pls| to eat| to get it| to get more)?\W*$"
    r"|^(?:and |so )?(?:what|which) (?:foods?|should i eat|can i eat|to eat)(?: (?:are|is) (?:good|best|high|rich))?(?: for| with| in) (?:it|that|this)\W*$"
    r"|^(?:and |so )?where (?:do|can|should) i get (?:it|that|them|enough)(?: from)?\W*$"
)
FOOD_NUTRIENT = {"fibre": "fibre_g", "fiber": "fibre_g", "protein": "protein_g"}


# After a supplement's answer, food asked for instead of it: the food that does the same job.
FOOD_INSTEAD = {"creatine": "muscle_gain_food", "supplements": "muscle_gain_food", "protein_powder": "protein_from_food"}
EAT_INSTEAD = re.compile(
    r"\b(?:eat|have|food|foods)\b.{0,30}\b(?:instead|rather)\b|\binstead\b.{0,30}\b(?:eat|have|food|foods)\b"
    r"|\b(?:just|only|from|with|real) (?:food|foods|diet|meals)\b|\bnaturally\b|\bwithout (?:it|supplements?|creatine|powders?|shakes?)\b"
)


def _faq_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    """ "what about on training days?" after water; "do I need to load it?" after creatine;
    "and after?" after eating before exercise; "something sweet?" after snacks."""
    entry = next((e for e in knowledge.load_entries() if e.id == slots.get("id")), None)
    if entry is not None and entry.options and FOODS_FOR_IT.search(low):
        nutrient = next((n for word, n in FOOD_NUTRIENT.items() if word in entry.topic.lower() or word in entry.id), None)
        if nutrient is not None:
            return Request("faq_rank", {"id": entry.id, "nutrient": nutrient})  # "best foods for it?" after fibre: the richest first
        return Request("faq", {"id": entry.id})  # "sources?" after iron: the answer's foods again
    food = _ok_food(low)
    if food is not None and entry is not None and re.search(rf"\b{re.escape(food)}\b", entry.topic) and (facet := entry.facet_for(low)):
        return Request("faq", {"id": entry.id, "facet": facet.id})  # "do I need electrolytes or is water fine" after water: its facet
    if food is not None:
        return None  # "can she have nutella?": a food of its own, not more of the last answer
    if entry is not None and entry.id in FOOD_INSTEAD and EAT_INSTEAD.search(low):
        return Request("faq", {"id": FOOD_INSTEAD[entry.id]})  # "what should I eat instead to get bigger" after creatine: food for muscle
    if entry is not None and entry.id.startswith("protein") and entry.id != "plant_protein" and VEGAN_WHAT_IF.search(low):
        return Request("faq", {"id": "plant_protein"})  # "what if I'm vegan" after "is that too much protein?"
    points_back = len(low.split()) <= 14 and re.search(r"\b(?:it|that|this|them|those|there|upped|increased|more of)\b", low)
    if entry is not None and points_back and (facet := entry.facet_for(low)) is not None:
        return Request("faq", {"id": entry.id, "facet": facet.id})  # "last time I upped it I was bloated for days" after fibre
    if re.match(r"^(?:and|what about|how about|and what about|ok and|also)? ?(?:the |my )?protein\??$", low):
        return Request("protein", _needs_slots(low, low, "maintain"))  # "and protein?" after carbs on long-run days: how much protein, from the profile
    if (
        intents.lookup_request(low) or intents.asks_summary(low) or intents.reports_meal(low) or intents.stated_preferences(low)
        or intents.asks_protein_needs(low) or BARE_CALORIES.match(low)
    ):
        return None  # a question of another kind ("how much protein in tofu", "how much protein do I need?"), or a preference
    style = intents.idea_style(low)
    if style is not None or (_asks_ideas(low) and intents.meal_type(low)):
        # "and a dinner idea with lots of protein?", "something sweet?": ideas, for the meal the answer was about
        ideas = _ideas_slots(low, low)
        if not ideas.get("meal_type") and entry is not None and entry.meal and style not in STYLE_MEAL:
            ideas["meal_type"] = entry.meal
        return Request("ideas", ideas)
    if not FAQ_FOLLOW_START.match(low):
        if entry is not None and len(low.split()) <= 6 and (facet := entry.facet_for(low)) is not None:
            return Request("faq", {"id": entry.id, "facet": facet.id})  # "in summer when it's hot?" after water
        return None
    if re.match(r"^(?:and|what about|how about|so|ok|okay)?,? ?(?:the |my )?(?:calories|cals|kcal)\b(?! in\b)", low):
        # "and calories? im 30M, 183cm, moderately active" after how fast to cut: the needs, for that goal
        goal = "lose" if slots.get("id") in ("weight_loss_rate", "deficit_size", "cut_macros", "protein_on_a_cut") else intents.asks_needs(low) or "maintain"
        return Request("needs", {"goal": goal, "body": parse_body(low).to_json(), "rate": intents.loss_rate(low), "trains": intents.trains(low)})
    if re.search(r"\bwhich\b.*\b(?:most|highest|best|more)\b", low):
        fibre = re.search(r"fib(?:re|er)", low) or (entry is not None and re.search(r"fib(?:re|er)", entry.topic) and "protein" not in low)
        return Request("faq_rank", {"id": slots.get("id"), "nutrient": "fibre_g" if fibre else "protein_g"})
    if intents.asks_needs(low) or re.search(r"\bhow many calories\b", low):
        goal = "lose" if slots.get("id") == "weight_loss_rate" else intents.asks_needs(low) or "maintain"
        return Request("needs", {"goal": goal, "body": parse_body(low).to_json(), "rate": intents.loss_rate(low)})
    if entry is not None and (facet := entry.facet_for(low)) is not None:
        return Request("faq", {"id": entry.id, "facet": facet.id})  # its own follow-up first ("will it make me bloated?")
    own = knowledge.find(low)
    if own is not None and own[1] >= OWN_QUESTION and (entry is None or own[0].id != entry.id):
        facet = own[0].facet_for(low)  # "how do I know if I'm drinking enough?" after race recovery: water's signs
        return Request("faq", {"id": own[0].id, **({"facet": facet.id} if facet else {})})  # a question of its own
    if entry is None:
        return None
    topic = entry.topic
    for one, other in CONTRASTS:
        for said, instead in ((other, one), (one, other)):
            if re.search(rf"\b{said}\b", low) and re.search(rf"\b{instead}\b", topic):
                switched = knowledge.find(re.sub(rf"\b{instead}\b", said, topic))
                if switched is not None and switched[0].id != entry.id:
                    return Request("faq", {"id": switched[0].id})
    combined = knowledge.find(f"{topic} {low}")
    return Request("faq", {"id": combined[0].id if combined is not None else entry.id})


# "amounts for 4 people?", "make it for two", "it needs to serve 6", "for the 3 of us"
SERVINGS = re.compile(
    r"\bfor (?:the )?(\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve)(?: of us)?(?: (?:people|persons|adults|servings|portions|of us|lunches|dinners|meals|days))?\b"
    r"|\bserves? (\d{1,2}|two|three|four|five|six|eight)\b|\b(\d{1,2}|two|three|four|five|six|eight) (?:people|servings|portions)\b"
)
SERVING_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10, "twelve": 12}


def servings_in(low: str) -> int | None:
    """How many people or portions a request is for ("for 4 people", "serves six"), 2-12."""
    found = SERVINGS.search(low)
    if found is None:
        return None
    said = next(group for group in found.groups() if group)
    count = SERVING_WORDS.get(said) or int(said)
    return count if 2 <= count <= 12 else None


# A meal asked for beside ideas of another ("and a main to go with it?", "what about dessert?").
MEAL_ASKED = re.compile(r"^(?:and|also|plus|now|ok|okay|what about|how about|then|maybe)\b|\b(?:to go with|for after|as well|too)\b|\bideas?\b")


# Foods said, then asked about: "a bacon sandwich, white bread, bit of butter. how many calories is that roughly?"
FOODS_THEN_QUESTION = re.compile(
    r"^(?P<food>[^?]{3,200}?)\s*[.!,;:-]+\s*(?:so |and |ok |but )*how (?:much|many) (?P<nutrient>calories|cals|kcal|protein|carbs|fat|sugar|fibre|fiber)\s+"
    r"(?:is|are|would|does|do|'s|in)\s+(?:that|it|this|those|these|all that)\b"
)


# Somewhere food is bought, not cooked: "im literally at a petrol station", "in a 7-eleven".
SHOP_SAID = re.compile(r"\b(?:petrol|gas|service|train|bus) station\b|\bservices\b|\bservo\b|\bgarage\b|\b(?:corner|convenience|the) (?:shop|store)\b|\bnewsagent|\bvending\b|\b7[- ]?eleven\b|\bmeal deal\b|\bairport\b|\bsupermarket\b|\btesco\b|\bspar\b")
QUICK_NOW = re.compile(r"\b(?:quick|quickly|fast|in \d+ ?min\w*|no time|asap|right now|rn|now)\b")


# A lighter meal wished for after advice on what to eat: "trying to lose a few pounds too so nothing massive".
LIGHTER_WISH = re.compile(
    r"\b(?:something |anything |nothing )?(?:lighter|smaller)\b|\b(?:nothing|not) (?:too |that |so |very )?(?:massive|huge|big|heavy|filling|stodgy)\b|\bsomething (?:small|light)\b"
)


# Where a wish ends and its reason starts: "something without nuts pls, im not allergic i just hate them".
AFTER_A_REASON = re.compile(r"\s*[,.;!]\s+|\s+(?:tho|though|cos|coz|cuz|because)\s+")


def _ideas_changed(low: str, text: str, state: DialogState) -> Request | None:
    """The last ideas changed by a diet asked for them, by what someone else at the table doesn't
    eat (for this answer; saved only when asked), or by a wish said after some chatter."""
    slots = {**state.slots, "more": False}
    if (diet := diet_asked(low)) is not None:  # the foods asked for before ("with chicken") give way to the diet
        return Request("ideas", {**slots, **({diet: True} if diet in ("gluten_free", "lactose_free") else {"diet": diet}), "include": [], "new_wish": True})
    if (theirs := someone_elses(low)) is not None:
        if "diet" in theirs:
            change: dict[str, Any] = {"diet": theirs["diet"], "include": []}
        else:
            change = {
                "exclude": list(dict.fromkeys([*slots.get("exclude", []), *theirs["exclude"]])),
                "include": [food for food in slots.get("include", []) if food not in theirs["exclude"]],
            }
        ideas_for_them = {**slots, **change, "for_whom": theirs["who"], "meal_type": slots.get("meal_type")}
        if theirs["remember"]:  # "my partner doesn't eat chicken, remember that": asked to keep it
            prefs = {"dislikes": theirs["exclude"]} if "exclude" in theirs else {"diet_type": theirs["diet"]}
            return Request("preferences", {"prefs": prefs, "then": {"intent": "ideas", "slots": ideas_for_them}})
        return Request("ideas", ideas_for_them)
    if (head := AFTER_A_REASON.split(low, maxsplit=1)) and len(head) == 2 and len(head[0].split()) <= FOLLOW_UP_WORDS and JUST_DISLIKED.search(head[1]):
        follow = follow_up(head[0], head[0], state)  # "something without nuts pls, im not allergic i just hate them": the wish, then why
        if follow is not None and follow.intent == "ideas":
            return follow
    if (part := request_part(text)) is not None and not intents.stated_preferences(text) and not names_food_or_amount(part[1]):
        tail, chatter = part  # "she's bored of it all already lol. something sweet for afters?"
        follow = follow_up(intents.clean(tail), tail, state)
        if follow is not None and follow.intent == "ideas":
            follow.slots["more"] = follow.slots.get("more") or tired_of_them(chatter)
            return follow
    return None


def _with_meal_kcal(request: Request | None, low: str, slots: dict[str, Any] | None = None) -> Request | None:
    """The ideas sized to the energy the follow-up asks ("around 600 kcal"), as a new request's
    are; a figure said on its own after ideas ("something under 300 calories") is the same ideas
    under it (`slots`: the last ideas')."""
    if request is None and slots is not None and (said := MEAL_KCAL.search(low)) is not None and not intents.reports_meal(low):
        request = Request("ideas", {**slots, "more": False})
    if request is not None and request.intent == "ideas" and (asked := meal_kcal_asked(low)) is not None:
        request.slots["meal_kcal"] = asked
        request.slots.pop("scale", None)
        if (said := MEAL_KCAL.search(low)) is not None and said.group("cap"):
            request.slots["kcal_cap"] = True  # "under 300": none above it
    return request


def _ideas_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    slots = {key: value for key, value in {**slots, "more": False}.items() if key != "count"}  # "just one" was for that answer
    low = ACKNOWLEDGED.sub("", low)  # "nice, and for dinner?": the diet and wishes of the thread kept
    if found := DIET_SWITCH.match(low) or DIET_VERSION.match(low):  # "actually veggie please": the diet, not a meal of "veggie" to log or correct
        word = found.group(1)
        if word in ("gluten free", "dairy free", "lactose free"):
            return Request("ideas", {**slots, "gluten_free" if word.startswith("gluten") else "lactose_free": True})
        # "actually something vegetarian instead" after chicken dinners: the new diet, without the chicken asked before
        return Request("ideas", {**slots, "diet": intents.DIETS[word], "include": []})
    if (tired := FED_UP_WITH.search(low)) is not None:
        said = [part.strip() for part in re.split(r",|\band\b|&", tired.group("what")) if part.strip()]
        include = [word for word in slots.get("include") or [] if word not in said]
        style = None if slots.get("style") and any(slots["style"] in word for word in said) else slots.get("style")
        return Request("ideas", {**slots, "style": style, "include": include, "exclude": list(dict.fromkeys([*(slots.get("exclude") or []), *said])), "new_wish": True})  # "i'm sick of salads" after ideas: none of them
    if (without := _meal_without(low, slots)) is not None:
        return without
    if WHICH_UNDER.search(low) and slots.get("last"):
        return Request("ideas_nutrient", {**slots, "nutrient": "kcal"})  # "which of those are under 600 calories?": each idea's calories
    if SIMPLER.search(low) and slots.get("last") and len(low.split()) <= 6 and not intents.meal_type(low):
        return Request("ideas_nutrient", {**slots, "nutrient": "kcal", "brief": True})  # "shorter pls" after ideas: the same ideas, one line each
    if ONE_IDEA.search(low) and slots.get("last"):
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False) and key != "meal_type"}
        return Request("ideas", {**slots, **wishes, "count": 1})  # "just give me one, I'm in a rush": the best one
    if (count := servings_in(low)) is not None and not intents.meal_type(low) and len(low.split()) <= 8:
        return Request("ideas", {**slots, "servings": count, "more": False, "same": True})  # "cool, amounts for 4 people?"
    if OWN_QUESTION_START.match(low) and knowledge_question(low) and not intents.meal_type(low) and not WHICH_MOST.search(low):
        return None  # "and how do I get omega 3 without fish?": an everyday question of its own, not a change to the ideas
    if TRAINS_AT.search(low) and (found := knowledge.find(low)) is not None and found[1] >= OWN_QUESTION:
        return None  # "I lift at 5am, no time to eat": when they train, an everyday question, not "without time"
    if (intents.reports_meal(low) or _is_food_list(low)) and not PICK.search(low) and not TAKE_THAT.match(low) and not ASKS_SOMETHING.search(low):
        return None  # "3 pints of lager last night": a meal to log, not a pick ("something sweet that isn't a whole cake" asks)
    if (swapped := SWAP.search(low)) and slots.get("last"):
        return Request("swap", {**slots, "old": swapped.group("old"), "new": swapped.group("new")})
    if TAKE_THAT.match(low) and slots.get("last"):
        if len(slots["last"]) == 1:
            return Request("log_idea", {**slots, "index": 0})
        return Request("idea_detail", {**slots, "index": 99})  # which one? (the answer asks)
    if (most := WHICH_MOST.search(low)) and slots.get("last"):
        key = {"calorie": "kcal", "kcal": "kcal", "energy": "kcal", "carb": "carbs_g", "fibre": "fibre_g", "fiber": "fibre_g", "fat": "fat_g"}.get(most.group(2) or "", "protein_g")
        shown = slots["last"]
        pick = (min if most.group(1) in ("least", "fewest", "lowest") else max)(range(len(shown)), key=lambda n: float(shown[n].get(key) or 0))
        return Request("idea_detail", {**slots, "index": pick})  # "which one of those has the most protein?"
    if (picked := PICK.search(low)) and slots.get("last"):
        word = picked.group(1) or picked.group(2)
        index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}.get(word, int(word) - 1 if word.isdigit() else 0)
        return Request("log_idea" if TAKE_IT.search(low) else "idea_detail", {**slots, "index": index})
    if CHEAPER.search(low) or NO_COOK.search(low) or NO_FRIDGE.search(low) or NO_OVEN.search(low):  # "something quick and vegan for dinner": every wish in it
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False)}
        if "exclude" in wishes:
            wishes["exclude"] = list(dict.fromkeys([*slots.get("exclude", []), *wishes["exclude"]]))
        return Request("ideas", {**slots, **wishes, "more": False})
    if found := MEAL_SWITCH.match(low):
        kind = MEAL_WORDS.get(found.group(1).rstrip("s"), "snack")
        return Request("ideas", {**slots, "meal_type": kind, **({"include_loose": True} if slots.get("include") and kind != slots.get("meal_type") else {})})
    if (grams := intents.min_protein(low)) is not None:
        return Request("ideas", {**slots, "min_protein_g": grams})
    if (wanted := wanted_foods(low)) and not intents.reports_meal(low) and not SWAP.search(low):
        meal = intents.meal_type(low) or slots.get("meal_type")
        return Request("ideas", {**slots, "meal_type": meal, "include": wanted, "more": False, "new_wish": True})  # "something with chicken?"
    if (meal := intents.meal_type(low)) is not None and meal != slots.get("meal_type") and MEAL_ASKED.search(low):
        # "and a high protein main to go with it?" after dips: ideas for that meal, the diet kept
        wishes = {key: value for key, value in _ideas_slots(low, low).items() if value not in (None, False)}
        return Request("ideas", {**slots, "style": None, "include": [], **wishes, "meal_type": meal, "more": False, "new_wish": True})
    if (nutrient := intents.asks_about_logged(low)) is not None and slots.get("last"):
        return Request("ideas_nutrient", {**slots, "nutrient": nutrient or "kcal"})  # "how much protein is in that?"
    if (style := intents.idea_style(low, in_ideas=True)) is not None:  # "something sweet?", "I love asian food, something like that?"
        kind = intents.meal_type(low) or (slots.get("meal_type") if style not in STYLE_MEAL else STYLE_MEAL[style])
        return Request("ideas", {**slots, "style": style, "meal_type": kind, "new_wish": True})
    if MORE_PROTEIN.search(low):
        return Request("ideas", {**slots, "high_protein": True})
    excluded = intents.exclusions(low)
    if excluded and not intents.stated_preferences(low):
        return Request("ideas", {**slots, "exclude": list(dict.fromkeys([*slots.get("exclude", []), *excluded]))})
    if LIGHTER.search(low):
        return Request("ideas", {**slots, "scale": round(slots.get("scale", 1.0) * 0.75, 2)})
    if BIGGER.search(low):
        return Request("ideas", {**slots, "scale": round(slots.get("scale", 1.0) * 1.25, 2)})
    if ANOTHER.match(low) or low in ("more", "others", "something else", "again"):
        return Request("ideas", {**slots, "more": True})
    return None


def _summary_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    if intents.moved_to(low) is not None:
        return None  # "move the pasta to today" after a look at yesterday: a move, not today's log
    tokens = tokenise(low)
    whens = find_when(tokens)
    period = intents.summary_period(low)
    if period != "day":
        return Request("summary", _summary_slots(low))
    if whens and len(tokens) <= 5:
        return Request("summary", {"period": "day", "date": whens[0].day.isoformat()})
    found = NUTRIENT_SWITCH.match(low)
    if (found and not names_food_or_amount(low[found.end() :])) or re.match(r"^(?:and )?(?:the )?(?:totals?|macros|breakdown|details)$", low):
        return Request("summary", slots)
    if intents.asks_about_logged(low) is not None and not parse_meal(low, load_table()).items:
        return Request("summary", slots)  # "and roughly how much protein was that?": the same day, whose protein it shows
    if re.match(r"^(?:and |so |what about |how about )?(?:the |my )?(?:protein|carbs|fat|fibre|fiber|calories|kcal|macros)\??$", low):
        return Request("summary", slots)  # "and the protein?"
    return None


IS_THAT_A_LOT = re.compile(r"^(?:and |so |but )?(?:is (?:that|it|this) (?:a lot|too much|bad|high|ok|okay|healthy|much|good|loads)|that'?s a lot|how bad is (?:that|it))\b")
WHICH_IS = re.compile(r"\bwhich (?:one )?(?:is|has|one is|one has)\b|\bwhich(?:'s| one'?s)\b|\bwhat'?s (?:worse|better|healthier)\b")


def _lookup_follow_up(low: str, slots: dict[str, Any]) -> Request | None:
    if IS_THAT_A_LOT.match(low):
        return Request("lookup_judge", slots)  # against a day's reference intake
    if WHICH_IS.search(low) and slots.get("previous"):
        return Request("compare", {**slots, "asked": low})
    if re.search(r"\ballergens?\b|\bwhat'?s in it\b|\bingredients\b", low) and not parse_meal(low, load_table()).items:
        return Request("lookup", {**slots, "nutrient": "allergens", "planned": False})
    if re.match(
        r"^(?:ok |okay |great |then |fine |pls |please |abeg )?(?:log|add|track|record) (?:it|that|this|one|them|both|all|those|these|both of them|am)\b|^i(?:'ll| will) have (?:it|that|one)\b|"
        r"^(?:ok |okay |so )?i (?:just )?(?:had|ate|have eaten|finished) (?:it|that|one|them)\b", low
    ):
        return Request("log", {"text": slots.get("log_text") or slots.get("food", "")})
    if slots.get("food") and (changed := _food_changed(low, str(slots["food"]))) is not None:
        return Request("lookup", {**slots, "food": changed, "previous": slots.get("food")})  # "and a single patty with no cheese?" after a double cheeseburger
    if (sized := SIZE_ASKED.match(low)) and slots.get("food"):
        previous = re.sub(r"^(?:a|an|one|the|some|\d+(?:\.\d+)?)\s+", "", str(slots["food"]))
        return Request("lookup", {**slots, "food": f"a {sized.group('size')} {previous}", "previous": slots.get("food")})  # "n a realy big 1?" after a banana
    amount = re.sub(r"^(?:and|what about|how about)\s+|\s*(?:of (?:one|it|them|those)|one|it)\s*$", "", low).strip()
    if (instead := INSTEAD.match(low)) and slots.get("food") and (swapped := _instead_of(instead.group("new"), slots["food"])):
        return Request("lookup", {**slots, "food": swapped, "previous": slots.get("food")})  # "and a bowl instead?" after a burrito
    same = SAME_AMOUNT.match(low)
    other = (same.group("food") or same.group("food2")) if same else None
    if other and slots.get("food") and names_food_or_amount(other):
        said = _amount_said(slots["food"])
        return Request("lookup", {**slots, "food": f"{said} {other}" if said else other, "previous": slots.get("food")})  # "and the same amount of salmon?"
    if amount and slots.get("food") and not parse_meal(amount, load_table()).items and names_food_or_amount(amount):
        previous = re.sub(r"^(?:a|an|one|the|some|\d+(?:\.\d+)?|half|quarter)\s+(?:of\s+)?(?:an?\s+)?", "", slots["food"])
        return Request("lookup", {**slots, "food": f"{amount} {previous}"})  # "and half of one?"
    if (found := re.match(r"^(?:and |but )?(?:with|plus|together with|and with) (?P<food>.+)$", low)) and names_food_or_amount(found.group("food")):
        return Request("lookup", {**slots, "food": f"{slots.get('food', '')} and {found.group('food')}"})

    if found := NUTRIENT_SWITCH.match(low):
        rest = low[found.end() :].strip()
        if re.match(r"(?:do|should|must|would|can) (?:i|we|you|he|she)\b", rest):
            return None  # "how much protein do I need a day?" after a banana: the person's needs, not the banana's
        food = re.sub(r"^(?:is |are )?(?:there )?(?:in|of|for|does|do|is|are)\s+", "", rest).strip()
        if food and names_food_or_amount(food):
            return Request("lookup", {"food": food, "nutrient": intents._nutrient_name(found.group(1))})
        return Request("lookup", {**slots, "nutrient": intents._nutrient_name(found.group(1))})
    found = re.match(r"^(?:and |what about |how about |and what about )(?:in |of |for |with )?(?P<food>.+)$", low)
    if found and names_food_or_amount(found.group("food")):
        return Request("lookup", {**slots, "food": found.group("food"), "previous": slots.get("food")})
    if found and len(found.group("food").split()) <= 3 and not intents.meal_type(low) and not intents.idea_style(low):
        return Request("lookup", {**slots, "food": found.group("food"), "previous": slots.get("food")})  # "and a mcflurry?": looked for, even if not in the table
    return None


# "what if i get large fries and a coke with it", "and if I add a shake too?": more food beside the last one asked.
MORE_BESIDE_IT = re.compile(
    r"^(?:and |so |ok |okay )?(?:what|how) about if i (?:get|add|have|order|grab)|^(?:and |so |ok |okay )?(?:what )?if i (?:get|add|have|order|grab|throw in)"
    r" (?:a |an |some )?(?P<food>.+?)\s+(?:with it|with that|with them|on the side|as well|too|on top|with (?:the|my) (?:meal|burger|order))\s*\??$"
)
# "and a single patty with no cheese?", "what about without the bun", "same but a double": the last food asked, changed.
FOOD_CHANGE = re.compile(
    r"^(?:and |but |so |ok |what about |how about |and what about |same but |the same but )*(?:(?:an?|one|the) )?"
    r"(?P<change>(?:(?:single|double|triple)(?:[- ](?:patty|patties|burger))?|(?:one|two|three)[- ](?:patty|patties)|(?:with )?(?:no|without(?: the| any)?|hold the|minus the|minus|skip the)\s+\w+)"
    r"(?:\s+(?:and|with|,)?\s*(?:(?:no|without(?: the| any)?|hold the|minus the|minus|skip the)\s+\w+|(?:patty|patties)))*)\s*(?:instead|then)?\??$"
)
LAYERS = {"single": "", "one": "", "double": "double", "two": "double", "triple": "triple", "three": "triple"}


def _food_changed(low: str, food: str) -> str | None:
    """The last food asked with the change said ("with no cheese", "a single patty"), or None when
    the message is no such change or changes nothing in it."""
    found = FOOD_CHANGE.match(low.strip())
    if found is None:
        return None
    change, new = found.group("change"), food.lower()
    if layers := re.search(r"\b(single|double|triple)\b|\b(one|two|three)(?=[- ]patt)", change):
        size = LAYERS[layers.group(1) or layers.group(2)]
        new = re.sub(r"\b(?:single|double|triple)\s+", "", new)
        if size:
            new = re.sub(r"\b(\w*burger)\b", rf"{size} \1", new, count=1)
    for dropped in re.findall(r"(?:no|without(?: the| any)?|hold the|minus the|minus|skip the)\s+(\w+)", change):
        stem = dropped.rstrip("s")
        if stem == "cheese" and "cheeseburger" in new:
            new = new.replace("cheeseburger", "hamburger")
            continue
        new = re.sub(rf"\s*(?:,\s*)?(?:and|with|plus)?\s*(?:an?|the|some|extra)?\s*\b{re.escape(stem)}s?\b", "", new)
    new = re.sub(r"\s+", " ", new).strip()
    return new if new and new != food.lower() else None


# "and a really big one?", "what about a small one": the last food asked, that size.
SIZE_ASKED = re.compile(
    r"^(?:and |n |what about |how about |or )*(?:an? |one )?(?P<size>(?:(?:really|realy|very|super|extra|rly) )?(?:big|large|huge|small|little|massive|giant|enormous))(?: one| 1| ones)?\W*$"
)
# "and the same amount of salmon?", "what about salmon, same weight?": the last amount, another food.
SAME_AMOUNT = re.compile(
    r"^(?:and |what about |how about |ok |so )*(?:the )?same (?:amount|weight|quantity|portion|size|serving|again)(?: of| for| in)?\s+(?P<food>[a-z][a-z ]+?)$"
    r"|^(?:and |what about |how about )*(?P<food2>[a-z][a-z ]+?),? (?:the )?same (?:amount|weight|quantity|portion)$"
)


INSTEAD = re.compile(r"^(?:and |or |what about |how about |ok |so )*(?:a |an |the |as a |in a )?(?P<new>[a-z][a-z ]{1,30}?) instead(?: of (?:that|it|the \w+))?$")


def _instead_of(new: str, previous: str) -> str | None:
    """The food a swap names, read against the one looked up before: "bowl" after "a chicken
    burrito from chipotle" is the Chipotle bowl; "wrap" after "chicken caesar salad" the wrap."""
    table = load_table()
    words = [w for w in re.findall(r"[a-z]+", previous.lower()) if w not in ("a", "an", "the", "from", "of", "with", "and", "at")]
    for first in reversed(words):
        for candidate in (f"{first} {new}", f"{first} {words[-1]} {new}" if words else ""):
            if candidate and table.find(candidate) is not None:
                return candidate
    for n in range(len(words)):
        candidate = " ".join([*words[n:-1], new]) if len(words) > 1 else f"{words[0]} {new}"
        if table.find(candidate) is not None:
            return candidate
    return new if table.find(new) is not None else None


def _ok_food(low: str) -> str | None:
    """The food words of "is X ok / safe for her?", "can she have X?", when they name a food of
    the table; else None."""
    from agenthost_ceres.can_have import asked_clause

    asked = asked_clause(low)
    if not asked:
        return None
    parsed = parse_meal(asked, load_table())
    if not parsed.items:
        from agenthost_ceres.allergens import DISH_ALLERGENS, dish_pattern, key_of

        key = key_of(asked)
        named = [dish for dish in DISH_ALLERGENS if dish_pattern(dish).search(key)]
        return max(named, key=len) if named else None  # "can she have nutella?": what it is made with
    return " ".join(item.words for item in parsed.items)


def _amount_said(food: str) -> str:
    """The amount in a looked-up text ("200g of chicken breast" -> "200 g"), or ""."""
    parsed = parse_meal(food, load_table())
    if not parsed.items:
        return ""
    item = parsed.items[0]
    if item.unit in ("g", "kg", "oz", "lb"):
        return f"{item.grams:.0f} g"
    return ""


# One food of the meal just logged asked about: "how much of that was the beer", "how many calories
# was the beer alone", "and the protein in just the chicken?"
ONE_FOOD_OF_MEAL = re.compile(
    r"\bhow (?:much|many (?:of (?:those|these|the|that|them) )?(?P<nutrient>calories|kcal|cals|grams of protein|g of protein))(?: of (?:that|it|those|them))? (?:was|were|is|are|came from|comes from|did) "
    r"(?:the |my |those |them |just the |only the )?(?P<food>[a-z][a-z ]*?)(?: alone| on (?:its|their) own| by (?:itself|themselves)| by (?:its|them)self)?$"
    r"|^(?:and |so |what about |how about )?(?:the )?(?P<nutrient2>calories|kcal|cals|protein) (?:in|for|from|of) (?:just |only )?(?:the |my |those )(?P<food2>[a-z][a-z ]*?)(?: alone| on (?:its|their) own)?$"
)


# "why" said last, after a remark about the answer: "that seems high, why?", "hmm ok but why".
WHY_LAST = re.compile(r"(?:^|[,.!?]\s*|\s(?:but|so|and|ok|okay)\s+)why(?: so| tho| though| is that| that)?$")
# Doubting the amount: "isn't that a lot?", "that seems like loads", "bit much?"
SEEMS_A_LOT = re.compile(
    r"^(?:(?:hmm+|wow|whoa|woah|ok|okay|but|and|so|jeez|damn)\W+)*(?:isn'?t (?:that|it|this)|is (?:that|it|this)|that(?:'s| is| seems| sounds)(?: like)?|"
    r"seems|sounds|feels)(?: quite| really| very| a bit| kinda| pretty)? (?:a lot|loads|too much|so much|excessive|high|heaps|a bit much|insane|crazy|mad)\b"
    r"|^(?:a )?bit much\b|^too much\b"
)


# Rest days, after a protein figure: "what about on rest days?", "and non-training days", "days off too?"
REST_DAYS = re.compile(r"\b(?:rest|off|non[- ]?training|non[- ]?gym|recovery|lazy|easy)[- ]?days?\b|\bdays? off\b|\bwhen i(?:'m| am)? (?:not|don'?t) (?:train|lift|work ?out|training|lifting)")


# "what if I'm vegan", "and as a vegetarian?" after an answer about protein: where the protein comes from then.
VEGAN_WHAT_IF = re.compile(r"\bwhat if i'?m (?:a )?(?:vegan|vegetarian|veggie|plant based)\b|\b(?:as|for) a (?:vegan|vegetarian|veggie)\b|^(?:and |but )?(?:if i'?m |if i was |if i went )?(?:vegan|vegetarian|veggie)\??$")


# "I'm not a big meat eater though", "I don't eat much meat" after a protein figure: protein without much meat.
LITTLE_MEAT = re.compile(
    r"\bnot (?:a )?(?:big|huge|great|massive) meat eater\b|\b(?:don'?t|do not|rarely|hardly(?: ever)?|barely) (?:really )?(?:eat|like|have) (?:much |a lot of |lots of )?meat\b"
    r"|\bnot (?:much|really|big) (?:of a |into |on )?meat\b|\bnot (?:into|keen on|fond of|a fan of) meat\b|\b(?:cutting|cut) down on meat\b|\bless meat\b"
)


def _needs_follow_up(low: str, text: str, intent: str, slots: dict[str, Any]) -> Request | None:
    if intent == "protein" and LITTLE_MEAT.search(low):
        return Request("faq", {"id": "protein_sources", "facet": "little_meat"})  # where that protein comes from without much meat
    if intent == "protein" and PROTEIN_WHERE.search(intents.expand_shorthand(low)):
        return Request("faq", {"id": "protein_sources"})  # "wat r gud sorces for it": where that protein comes from
    if intent == "protein" and SEEMS_A_LOT.search(low):
        return Request("faq", {"id": "protein_too_much"})  # "isn't that a lot?": whether that much is safe
    if intent == "protein":
        if REST_DAYS.search(low) and not re.search(r"\b(?:calories|kcal|cals|carbs?)\b", low):
            return Request("protein", {**slots, "rest_day": True})  # "wat about on rest dayz": the same figure, said so
        if VEGAN_WHAT_IF.search(low):
            return Request("faq", {"id": "plant_protein"})  # "what if I'm vegan": where a vegan gets that protein
        if (found := knowledge.find(low)) is not None and found[0].id in ("protein_too_much", "protein_from_food", "protein_powder", "plant_protein"):
            return Request("faq", {"id": found[0].id})  # "is that too much?", "can I get that from food alone?"
    if (_asks_ideas(low) and intents.meal_type(low)) or intents.lookup_request(low) or knowledge_question(low):
        return None  # a request of its own ("a healthy breakfast before a workout?")
    if intents.asks_summary(text) and intents.LOGGED_WORDS.search(low):
        return None  # "how much protein have I had today?" after the protein figure: the day's tally, not the need again
    if TRAINING_ONLY.search(low) and not re.search(r"\b(?:calories?|kcal|cals|protein|eat|food)\b", low):
        return None  # "and what exercise, given the knee?": training, not the numbers again
    if re.search(r"\bhow long\b|\bhow many (?:weeks|months)\b|\bwhen (?:will|would|could) i\b", low) and "lose" in (slots.get("goal"), slots.get("goal_in_effect")):
        return Request("goal_time", {})  # "and how long will that take?" after the calories to lose a stone
    body = parse_body(text)
    changed = {key: value for key, value in body.to_json().items()}
    if found := GOAL_SWITCH.match(low):
        goal = {"los": "lose", "gai": "gain", "mai": "maintain", "bul": "gain", "cut": "lose"}[found.group(1)[:3]]
        return Request("needs", {**slots, "goal": goal, "body": {**slots.get("body", {}), **changed}, "rate": intents.loss_rate(low)})
    if re.search(r"\bprotein\b", low):
        return Request("protein", {**slots, "body": {**slots.get("body", {}), **changed}})
    if re.search(r"\b(calories|kcal|energy|how much should i eat)\b", low):
        goal = intents.asks_needs(low) if intents.NEEDS_CUE.search(low) else slots.get("goal", "maintain")
        if intents.LOSE_WORDS.search(low):
            goal = "lose"
        elif intents.GAIN_WORDS.search(low):
            goal = "gain"
        return Request("needs", {**slots, "goal": goal or "maintain", "body": {**slots.get("body", {}), **changed}})
    if changed or intents.trains(low):
        return Request(intent, {**slots, "body": {**slots.get("body", {}), **changed}, "trains": slots.get("trains") or intents.trains(low)})
    return None


def knowledge_question(low: str) -> bool:
    """A clear everyday question of its own ("is fasted cardio ok?")."""
    found = knowledge.find(low)
    return found is not None and found[1] >= 0.9


# Foods said to be at hand: "I have chicken, rice, eggs and spinach", "got some tuna and pasta in".
ON_HAND = re.compile(r"(?:^|[,.;!?]\s*|\b(?:i|we)(?:'ve)? (?:(?:only|just|literally|basically|really) ){0,2}|\bi'?ve (?:only |just )?|\ball i have is |\bthere'?s )(?:have|got) (?:some |a bit of |leftover |only |just )?(?P<foods>[a-z][a-zà-ÿ ,&'-]+?)(?: in(?: the fridge)?)?(?=[,.;!?]\s*(?:what|any|ideas?|can|could|how)|\W*$)")


def _on_hand_protein(low: str) -> list[str]:
    """The main protein food of those said to be at hand, as the food every idea must have."""
    found = list(ON_HAND.finditer(low))
    if not found:
        return []
    table = load_table()
    items = parse_meal(found[-1].group("foods"), table).items
    if len(items) < 2:
        return []
    best = max(items, key=lambda item: item.food.protein_g / max(item.food.portion_grams, 1.0))
    return [best.said] if best.food.protein_g >= 5 else []


# Tired of the same food: "i'm so done with salads", "sick of chicken and rice", "bored of eating eggs every day".
FED_UP_WITH = re.compile(
    r"\b(?:so |really |totally |absolutely |proper )?(?:done with|sick of|bored of|bored with|tired of|fed up (?:of|with)|over eating|can'?t face|had enough of)\s+"
    r"(?:eating |having )?(?:all )?(?:the |these |those |my |more )?"
    r"(?P<what>(?:salads?|soups?|sandwich(?:es)?|wraps?|stir[- ]?fr(?:y|ies)|curr(?:y|ies)|omelett?es?|porridge|oats|eggs|chicken|rice|broccoli|tuna|pasta|beans|lentils|smoothies?|yogh?urts?|protein shakes?)"
    r"(?:\s*(?:,|and|&)\s*(?:salads?|soups?|chicken|rice|broccoli|eggs|tuna|pasta|beans|lentils|oats))*)\b"
)
# A meal for a family or children: "for a family of 4", "the kids are picky", "for the whole family".
FAMILY_MEAL = re.compile(r"\b(?:family|families|kids|children|toddlers?|(?:for|feed) (?:\d|four|five|six) (?:people|of us))\b")


def _ideas_slots(text: str, low: str) -> dict[str, Any]:
    slots: dict[str, Any] = {"meal_type": intents.meal_type(low), **intents.diet_overrides(low)}
    if (style := intents.idea_style(low)) is not None:
        slots["style"] = style
    if MORE_PROTEIN.search(low):
        slots["high_protein"] = True
    if CHEAPER.search(low):
        slots["budget"] = True
    if (no_cook := NO_COOK.search(low)) is not None and not (FAMILY_MEAL.search(low) and no_cook.group(0).startswith("quick") and not NO_COOK.search(low, no_cook.end())):
        slots["no_cook"] = True  # not "quick dinner ideas for a family of 4": a family's quick dinner is cooked, just not for long
    if NO_FRIDGE.search(low):
        slots["no_fridge"] = True  # "for my desk drawer at work? no fridge": what keeps without one
    if NO_OVEN.search(low) and not slots.get("no_cook"):
        slots["no_oven"] = True  # "no oven, dinner ideas?": hob dishes and no-cook ones
    if (grams := intents.min_protein(low)) is not None:
        slots["min_protein_g"] = grams
    if (grams := intents.day_protein(low)) is not None:
        slots["day_protein_g"] = grams  # "trying to hit 140g protein today": what the day has left
    if (day := intents.day_kcal(low)) is not None:
        slots["day_kcal"] = day  # "aiming for about 1900 a day"
    if (meal := MEAL_KCAL.search(low)) is not None and 150 <= int(meal.group(2).replace(",", "")) <= 2000:
        slots["meal_kcal"] = int(meal.group(2).replace(",", ""))  # "a dinner idea around 600 calories"
        if meal.group("cap"):
            slots["kcal_cap"] = True  # "under 200 cals": none above it
    excluded = [word for word in intents.exclusions(low) if not re.search(r"\bfridge\b", word)]
    if excluded:
        slots["exclude"] = excluded
    wanted = wanted_foods(low)
    if not wanted and (wanted := _on_hand_protein(low)):
        slots.pop("no_cook", None)  # "what quick dinner can I make? I have chicken, rice...": cooked from those, quick or not
    if wanted:
        slots["include"] = wanted  # "I have chicken, rice and spinach": ideas with the chicken
    return slots


# A few Spanish words and phrases of food questions, read in English: "¿qué me hago de cena rápido?
# Tengo pollo, arroz, huevos y espinacas", "¿y cuánta proteína debería llevar la cena?".
SPANISH_MARK = re.compile(r"[¿¡]|\b(?:qué|cuánta|cuánto|cuanta|cuanto|debería|deberia|tengo|cena|ceno|cenar|desayunar|almorzar|puedo|desayuno|almuerzo|pollo|huevos|espinacas|arroz|proteína|proteina|tendría|tendria|más o menos|mas o menos)\b", re.IGNORECASE)
SPANISH = (
    (r"[¿¡]", ""),
    (r"\bqué (?:me )?(?:hago|puedo hacer|hacer|cocino|preparo|puedo cocinar|puedo preparar) (?:de|para) (cena|desayuno|almuerzo|comer|cenar)\b", r"what can i make for \1"),
    (r"\bqu[eé] (?:como|ceno|desayuno)\b", "what should i eat"),
    (r"\bqu[eé] (?:puedo|debo|deber[ií]a|podr[ií]a) (cenar|desayunar|almorzar|comer)\b", r"what should i eat for \1"),  # "¿qué puedo cenar?"
    (r"\balmorzar\b", "lunch"),
    (r"\bpara cenar\b|\bde cena\b|\bla cena\b|\bcenar\b|\bcena\b", "dinner"),
    (r"\bpara desayunar\b|\bel desayuno\b|\bdesayuno\b|\bdesayunar\b", "breakfast"),
    (r"\bel almuerzo\b|\balmuerzo\b|\bla comida\b", "lunch"),
    (r"\bcu[aá]nta prote[ií]na\b", "how much protein"), (r"\bcu[aá]ntas calor[ií]as\b", "how many calories"),
    (r"\bdeber[ií]a (?:llevar|tener|comer)\b", "should have"), (r"\bdeber[ií]a\b", "should"), (r"\bm[aá]s o menos\b", "roughly"), (r"\btendr[ií]a\b", "would that have"), (r"\bat[uú]n\b", "tuna"), (r"\balgo de verduras?\b", "some vegetables"), (r"\btiene (?:eso|esto)\b", "is that"), (r"\buna taza de\b", "a cup of"), (r"\b(?:arroz|rice) cocido\b", "cooked rice"),
    (r"\bme muero de hambre\b", "i'm starving"), (r"\bsolo tengo\b", "i only have"), (r"\bun poco de\b|\bunos? pocos?\b|\bun poquito de\b", "some"),
    (r"\bqu[eé] (?:me )?(?:hago|puedo hacer|cocino|preparo|puedo cocinar|puedo preparar)\b", "what can i make"), (r"\bque tenga\b", "with"), (r"\bacabo de salir del (?:gym|gimnasio)\b", "i just left the gym"),
    (r"\bantes de(?:l)?\b", "before"), (r"\bdespu[eé]s de(?:l)?\b", "after"), (r"\bentrenar\b|\bentreno\b", "training"),
    (r"\bperder peso\b", "lose weight"), (r"\bganar m[uú]sculo\b", "build muscle"), (r"\bno quiero\b", "i don't want"),
    (r"\bnecesito\b", "do i need"), (r"\bquiero\b", "i want"), (r"\bdebo\b", "should i"), (r"\bcomer\b", "eat"),
    (r"\btengo\b", "i have"), (r"\br[aá]pid[oa]s?\b", "quick"), (r"\bcon\b", "with"), (r"\by\b", "and"),
    (r"\bpollo\b", "chicken"), (r"\barroz\b", "rice"), (r"\bhuevos?\b", "eggs"), (r"\bespinacas?\b", "spinach"), (r"\bat[uú]n\b", "tuna"),
    (r"\b(?:patatas|papas)\b", "potatoes"), (r"\bpescado\b", "fish"), (r"\bsalm[oó]n\b", "salmon"), (r"\blentejas\b", "lentils"),
    (r"\bgarbanzos\b", "chickpeas"), (r"\bqueso\b", "cheese"), (r"\byogur\b", "yogurt"), (r"\bleche\b", "milk"), (r"\bpan\b", "bread"),
    (r"\bpl[aá]tanos?\b", "banana"), (r"\bavena\b", "oats"), (r"\bverduras\b", "vegetables"), (r"\br[oó]coli\b|\bbr[oó]coli\b", "broccoli"), (r"\bpasta\b", "pasta"), (r"\bprote[ií]na\b", "protein"),
    (r"\b(?:al|por) d[ií]a\b", "a day"), (r"\ba la semana\b|\bpor semana\b", "a week"),
    (r"\b(?:la|el|los|las|unos|unas)\b ?", ""),
)


# Italian and Portuguese, read the same way: "E per la cena dopo lo spinning cosa mi consigli?",
# "e se eu treinar de manhã em jejum, morro?".
ROMANCE_MARK = re.compile(r"(?i)\b(?:per|cosa|mi|dopo|prima|della|dello|eu|de manhã|em|não|nao|você|voce|depois|antes|do|da|se|lo|il|e)\b")
ROMANCE = (
    (r"\b(?:treinar|allenarmi|allenarsi)((?: de manh[ãa]| di mattina| la mattina)?) (?:em jejum|a digiuno)\b", r"train fasted\1"),
    (r"\bcosa (?:mi )?consigli(?:a|ate)?\b|\bo que (?:você |voce )?(?:me )?(?:recomenda|sugere)\b", "what do you suggest"),
    (r"\bcosa (?:posso|devo) mangiare\b|\bo que (?:eu )?(?:posso|devo) comer\b", "what can i eat"),
    (r"\b(?:cosa|che) mangio\b|\bo que (?:eu )?como\b", "what should i eat"), (r"\b(?:la )?palestra\b|\b(?:a )?academia\b", "the gym"),
    (r"\bla cena\b|\bcena\b|\bjantar\b", "dinner"), (r"\bil pranzo\b|\bpranzo\b|\balmo[çc]o\b", "lunch"),
    (r"\bla colazione\b|\bcolazione\b|\bcaf[ée] da manh[ãa]\b", "breakfast"), (r"\bspuntino\b|\blanche\b", "snack"),
    (r"\bdopo(?: l[oa']?| il)?\b|\bdepois d[oae]\b", "after"), (r"\bprima d(?:i|el|ello|ella)\b|\bantes d[oae]\b", "before"),
    (r"\ballenamento\b|\btreino\b", "training"), (r"\btreinar\b|\ballenarmi\b", "train"),
    (r"\bem jejum\b|\ba digiuno\b", "fasted"), (r"\bde manh[ãa]\b|\bdi mattina\b|\bla mattina\b", "in the morning"),
    (r"\bmorro\b|\bmuoio\b", "is that bad"), (r"\bproteine\b|\bprote[íi]na\b", "protein"), (r"\bmangiare\b|\bcomer\b", "eat"),
    (r"^e\b", "and"), (r"\bper\b", "for"), (r"\bse eu\b", "if i"), (r"\bse\b", "if"),
)


# Dutch and Polish, the same way: "En wat kan ik het beste eten om sneller te herstellen?",
# "Umieram z głodu po siłowni, co szybkiego zjeść na kolację, coś z dużą ilością białka?".
# The host's glossary (host.glossary) may have put some of these words in English before Ceres reads them
# ("po treningu, co zjeść?" arrives as "po training, co eat?"): those half-English forms are read too.
NORTH_FOOD = re.compile(
    r"(?i)\b(?:eten|eiwit(?:ten)?|avondeten|ontbijt|herstellen|zjeść|zjesc|jeść|jesc|białk[aoe]|bialk[aoe]|kolacj[aęe]|śniadani[ea]|sniadani[ea]|obiad|głodu|glodu)\b"
    r"|\bco (?:szybkiego )?(?:mog[ęe] )?eat\b|\bpo (?:training|gym|exercise)\b|\bna (?:het|de) (?:exercise|training|train|running)\b|\bwhat must i eat\b"
    r"|\bwhat (?:can|must|shall|should) i (?:tonight|today|tomorrow|now|best|het beste) eat\b"  # "Wat kan ik vanavond eten?" as the glossary hands it on
)
NORTH = (
    (r"\bumieram z g[łl]odu\b", "i'm starving"), (r"\bpo si[łl]owni\b|\bpo treningu\b|\bpo (?:training|gym|exercise)\b", "after the gym"),
    (r"\bco (?:szybkiego )?(?:mog[ęe] )?(?:zje[śs][ćc]|eat)\b", "what can i eat"), (r"\bwhat must i eat\b", "what should i eat"), (r"\bna kolacj[ęe]\b|\bkolacj[aęe]\b", "for dinner"),
    (r"\bna [śs]niadanie\b|\b[śs]niadani[ea]\b", "for breakfast"), (r"\bna obiad\b|\bobiad\b", "for lunch"),
    (r"\bco[śs] z du[żz][ąa] ilo[śs]ci[ąa] bia[łl]ka\b", "something high protein"), (r"\bszybk\w*\b", "quick"),
    (r"\b(?:a )?ile bia[łl]ka\b", "how much protein"), (r"\bpowinienem je[śs][ćc]\b|\bpowinnam je[śs][ćc]\b", "should i eat"),
    (r"\bdziennie\b", "a day"), (r"\bwa[żz][ęe]\b", "i weigh"), (r"\bbia[łl]k[aoe]\b", "protein"),
    (r"\bwat kan ik (?:het beste |best )?eten\b", "what should i eat"),
    (r"\bwhat (?:can|must|shall|should) i (tonight|today|tomorrow|now) eat\b", r"what should i eat \1"),
    (r"\bwhat (?:can|must|shall|should) i (?:best|het beste) eat\b", "what should i eat"), (r"\bom (?:sneller |beter )?te herstellen\b", "to recover"),
    (r"\bna het (?:sporten|trainen|hardlopen|exercise|train|training|running)\b|\bna de training\b", "after training"), (r"\bhoeveel eiwit(?:ten)?\b", "how much protein"),
    (r"\bper dag\b", "a day"), (r"\bavondeten\b", "dinner"), (r"\bontbijt\b", "breakfast"), (r"\beiwit(?:ten)?\b", "protein"),
    (r"\beten\b", "eat"), (r"^en\b", "and"), (r"^a\b", "and"),
)


def north_to_english(text: str) -> str:
    """The message with its Dutch or Polish food words in English, when it has them (else as it is)."""
    if not NORTH_FOOD.search(text):
        return text
    for pattern, english in NORTH:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()


def romance_to_english(text: str) -> str:
    """The message with its Italian or Portuguese food and training words in English, when it
    has at least two of their marks and one of those words (else as it is)."""
    if NORTH_FOOD.search(text):
        return north_to_english(text)
    if len(ROMANCE_MARK.findall(text)) < 2 or not re.search(r"(?i)\b(?:cena|pranzo|colazione|jantar|almo[çc]o|caf[ée] da manh|spuntino|lanche|jejum|digiuno|allenamento|treino|treinar|mangiare|mangio|palestra|academia|consigli)", text):
        return text
    for pattern, english in ROMANCE:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()


def spanish_to_english(text: str) -> str:
    """The message with its Spanish food words in English, when it is in Spanish (else as it is)."""
    if len(SPANISH_MARK.findall(text)) < 2:
        return romance_to_english(text)
    for pattern, english in SPANISH:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()


WITH_FOOD = re.compile(
    r"\b(?:with|using|use up|that has|that have|containing|made with|featuring|based on|built around|involving)\s+"
    r"(?:some\s+|a\s+|an\s+|the\s+|lots of\s+|plenty of\s+|more\s+)?(?P<food>[a-z][a-z ]{1,40}?)(?=$|[,.?!]| for | and | or | please| tonight| today| maybe| instead)"
)


# A food named before the meal asked for: "chicken dinner ideas", "any salmon recipes for lunch".
FOOD_BEFORE_MEAL = re.compile(
    r"^(?:any |some |give me |good |easy |quick |simple |healthy |nice |tasty |\w+ )?(?P<food>[a-z]+) (?:breakfast|lunch|dinner|supper|tea|snack)s? (?:ideas?|recipes?|options?)\b"
)
# Fish or seafood asked for in ideas: "something with fish", "a fish dinner", "fishy meals", "seafood ideas".
FOOD_KIND_MEAL = re.compile(
    r"\b(?:with|using|containing|has|have|got|featuring)\s+(?:some\s+|a bit of\s+|more\s+)?(?P<kind>fish|seafood|oily fish|white fish)\b(?! (?:oil|sauce|fingers?|cakes?|and chips|finger))"
    r"|\b(?P<kind2>fish|seafood)(?= (?:dinners?|lunch(?:es)?|meals?|suppers?|dish(?:es)?|ideas?|recipes?|options?)\b)"
)
NOT_WANTED_FOODS = frozenset({"veggie", "veg", "vegetable", "vegetables", "light", "quick"})  # "veggie dinner ideas": the diet, not a food


def wanted_foods(low: str) -> list[str]:
    """Foods a request for ideas asks to have in them: "something with chicken" -> ["chicken"]
    (only words that name a food of the table)."""
    wanted: list[str] = []
    if (kind := FOOD_KIND_MEAL.search(low)) is not None:
        return [kind.group("kind") or kind.group("kind2")]  # "something with fish they might eat", "one fish dinner all of us can eat": a kind, not one food
    if (named := FOOD_BEFORE_MEAL.search(low)) is not None and named.group("food") not in NOT_WANTED_FOODS:
        parsed = parse_meal(named.group("food"), load_table())
        if len(parsed.items) == 1 and not parsed.unrecognised:
            wanted.append(named.group("food"))  # "chicken dinner ideas under 600 cals?": with chicken
    for found in WITH_FOOD.finditer(low):
        if re.search(r"\b(?:none|nothing|no|not|never|without|neither)\b[^,.;]*$", low[: found.start()]):
            continue  # "none of them with cheese": left out, not wanted
        words = found.group("food").strip()
        parsed = parse_meal(words, load_table())
        if len(parsed.items) == 1 and not parsed.unrecognised:
            wanted.append(words)
    return wanted


def _summary_slots(low: str) -> dict[str, Any]:
    period = intents.summary_period(low)
    whens = find_when(tokenise(low))
    day = whens[0].day if whens else today()
    if period == "week" and re.search(r"\b(?:last|previous) week\b", low):
        day = today() - timedelta(days=7)
    slots: dict[str, Any] = {"period": period, "date": day.isoformat()}
    days = list(dict.fromkeys(when.day.isoformat() for when in whens))
    if period == "day" and re.search(r"\btoday\b", low) and today().isoformat() not in days and whens:
        days.append(today().isoformat())  # "yesterday and today": "today" is not a past day to find
    if period == "day" and len(days) > 1:
        slots["dates"] = sorted(days)  # "what have I got logged for yesterday and today?": each day, in one reply
    if period == "day" and (part := PART_OF_DAY.search(low)) and slots["date"] == today().isoformat() and not slots.get("dates"):
        slots["part"] = PARTS.get(part.group(1) or part.group(2), part.group(1) or part.group(2))  # "what's logged for this afternoon?": that part of today
    if period == "day" and (nutrient := nutrient_asked(low)) is not None and nutrient != "kcal":
        slots["nutrient"] = nutrient  # "how much protein have I had so far today?": that figure first
    if (aim := AIMING_FOR.search(low)) and 1200 <= int((aim.group("kcal") or aim.group("kcal2")).replace(",", "")) <= 6000:
        slots["target"] = int((aim.group("kcal") or aim.group("kcal2")).replace(",", ""))  # "what's left if I'm aiming for 2000?"
    return slots


# A part of today asked about: "what have I had this afternoon?", "what's logged for tonight?".
PART_OF_DAY = re.compile(r"\b(?:this|for the|in the|so far this) (morning|afternoon|arvo|evening)\b|\b(tonight)\b")
PARTS = {"arvo": "afternoon", "tonight": "evening"}


# A day's calorie aim said with the question: "if I'm aiming for 2000", "with a 1,800 target".
AIMING_FOR = re.compile(
    r"\b(?:aiming (?:for|at)|aim (?:for|is)|target(?: is| of)?|goal(?: is| of)?|budget(?: is| of)?|limit(?: is| of)?|allowance(?: is| of)?|out of|staying under|stay under)\s+"
    r"(?:about |around |roughly )?(?P<kcal>\d{1,2},?\d{3})\b(?!\s*(?:g|grams|steps|m|km|ml)\b)"
    r"|\b(?P<kcal2>\d{1,2},?\d{3})\s*(?:kcal|cal|calories)?\s+(?:target|goal|budget|limit|a day)\b"
)


def _needs_slots(text: str, low: str, goal: str) -> dict[str, Any]:
    explicit = bool(intents.LOSE_WORDS.search(low) or intents.GAIN_WORDS.search(low) or re.search(r"\bmaintain", low))
    body = parse_body(text).to_json()
    if "activity" not in body and TRAINING_DAY.search(low):
        body["activity"] = "active"  # "my maintenance on training days": a day with a session in it, not the weekly average
    return {
        "goal": goal,
        "goal_said": explicit,
        "body": body,
        "rate": intents.loss_rate(low),
        "trains": intents.trains(low),
    }


def _avoid_prefs(items: str) -> dict[str, Any]:
    words = [w.strip() for w in re.split(r",|\band\b|\bor\b|&", items) if w.strip()]
    allergens = [w for w in words if intents.is_allergen_word(w)]
    others = [w for w in words if w not in allergens]
    prefs: dict[str, Any] = {}
    if allergens:
        prefs["allergies"] = allergens
    if others:
        prefs["dislikes"] = others
    return prefs


def _asks_ideas(low: str) -> bool:
    if not intents.asks_ideas(low) or re.search(r"\bhow much\b|\bhow many\b", low):
        return False
    # "what about cholesterol?" asks about cholesterol; "what about dinner?", "how about a curry?" ask for ideas
    if (about := WHAT_ABOUT.match(low)) and not intents.SUGGEST_CUE.search(about.group("food")):
        return bool(intents.meal_type(low) or intents.idea_style(low, in_ideas=True) or _only_foods(about.group("food")))
    return True


def _mentions_eating(low: str) -> bool:
    return bool(
        re.search(r"\b(eat|ate|eaten|had|calories|kcal|protein|food|meals?|intake|diet|macros|log|logged|doing)\b", low)
        or re.search(r"\bhow (?:did|do|am|have|was) (?:i|we) (?:do|did|done|doing|go|going|get on)\b", low)
    )


def _is_food_list(text: str) -> bool:
    """ "2 eggs and a banana" on its own: every word understood, so it is a meal to log."""
    parsed = parse_meal(text, load_table())
    return bool(parsed.items or parsed.problems) and not parsed.unrecognised


# A loss by a date, asked whether it can be done: "lose 5 kg in 2 months, is that possible?".
LOSS_IN_TIME = re.compile(
    r"\b(?:lose|drop|shed|get rid of)\s+(?:about |around |like |roughly )?(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>kg|kgs|kilos?|lbs?|pounds?|stone|st)\b"
    r"[^.?!]{0,30}?\b(?:in|within|by|over)\s+(?:the next\s+)?(?P<count>\d+|a|one|two|three|four|five|six|eight|ten|twelve)\s*(?P<span>weeks?|wks?|months?|mths?|days?)\b"
)
# A loss by a month or a day of the year: "lose 5 kilos by august", "drop a stone before christmas".
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "febuary": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "agust": 8, "augst": 8, "sep": 9, "sept": 9,
    "september": 9, "septmber": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_DAYS_OF_YEAR = {"christmas": (12, 25), "xmas": (12, 25), "summer": (6, 21), "new year": (1, 1), "new years": (1, 1)}
LOSS_BY_DATE = re.compile(
    r"\b(?:lose|loose|drop|shed|get rid of)\s+(?:about |around |like |roughly )?(?P<amount>\d+(?:\.\d+)?|a|one|two|three)\s*(?P<unit>kg|kgs|kilos?|lbs?|pounds?|stone|st)\b"
    r"[^.?!]{0,20}?\b(?:by|before|until|till|for)\s+(?:the\s+(?:start|end)\s+of\s+)?(?P<when>"
    + "|".join(sorted(map(re.escape, [*_MONTHS, *_DAYS_OF_YEAR]), key=len, reverse=True)) + r")\b"
)
IS_IT_DOABLE = re.compile(r"\b(?:possible|realistic|re\w{0,2}l\w{0,2}stic|doable|achievable|reasonable|feasible|safe|healthy|can i|could i|is (?:that|it|this) ok)\b")
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12}


def _loss_by_date(found: re.Match[str]) -> dict[str, Any] | None:
    """The kilos and the weeks from today to the month or day named (its first day: the pace it
    takes at the least), next year's when this year's has passed; None when that is under a week."""
    when = found.group("when")
    month, day = _DAYS_OF_YEAR.get(when) or (_MONTHS[when], 1)
    now = today()
    target = now.replace(month=month, day=day)
    if target <= now:
        target = target.replace(year=now.year + 1)
    weeks = (target - now).days / 7
    if weeks < 1:
        return None
    slots = _loss_in_time_amount(found)
    return {**slots, "weeks": round(weeks, 1)}


def _loss_in_time_amount(found: re.Match[str]) -> dict[str, Any]:
    """The kilos of a loss said in kg, lb or stone ("a stone" included)."""
    unit = found.group("unit")
    amount = float(_COUNT_WORDS.get(found.group("amount")) or found.group("amount"))
    return {"kilos": round(amount * (6.35 if unit.startswith("st") else 0.4536 if unit.startswith(("lb", "pound")) else 1.0), 1)}


def _loss_in_time(found: re.Match[str]) -> dict[str, Any]:
    count = _COUNT_WORDS.get(found.group("count")) or int(found.group("count"))
    span = found.group("span")
    weeks = count * (4.35 if span.startswith("m") else 1 / 7 if span.startswith("d") else 1)
    return {**_loss_in_time_amount(found), "weeks": round(weeks, 1)}


def _labelled_food_list(text: str) -> bool:
    """ "mcdonalds run: a quarter pounder, large fries and a diet coke", "tea - 2 crumpets": a
    short label, then foods (a word or two not understood is asked about after logging the rest)."""
    label, sep, rest = _split_label(text)
    if not sep or len(label.split()) > 4:
        return False
    parsed = parse_meal(rest, load_table())
    return _is_food_list(rest) or (len(parsed.items) >= 2 and len(parsed.unrecognised) <= 2 and not intents.is_question(rest))


# A log verb typed wrong at the start: "logg 2 bananas", "lgo a coffee", "lod 2 eggs".
LOG_VERB_TYPO = re.compile(r"^(?:pls |please )?(?:logg+|lgo|olg|lgo?g|lod|log+ed|add+)\b[:,]?\s+")


def _split_label(text: str) -> list[str]:
    parts = re.split(r"(\s*(?::|\s[-–—])\s+)", text, maxsplit=1)
    return parts if len(parts) == 3 else [text, "", ""]


def _names_a_meal_eaten(text: str, low: str) -> bool:
    """ "footlong turkey sub and a bag of crisps for lunch": foods and a meal, stated, not asked."""
    if _asks_ideas(low) or not intents.meal_type(low):
        return False
    return bool(parse_meal(text, load_table()).items)


def names_food_or_amount(text: str) -> bool:
    """True when `text` names a food of the table, or an amount ("3 slices", "two")."""
    parsed = parse_meal(text, load_table())
    if parsed.items or parsed.problems:
        return True
    return bool(re.search(r"\d|\b(?:one|two|three|four|five|half|a couple)\b", text))
