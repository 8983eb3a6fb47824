"""What a message asks Ceres for, read from its words (used by the offline replies).

Each helper answers one question about the text: is it a question, which meal it names, which
diet, whether it states preferences (and which), asks for a summary (of which period), looks a
food up, reports a meal, takes one back or corrects it, asks for ideas (with what left out),
or asks about needs. `understand` combines them with the dialog state.

`clean` normalises with the host's normaliser (`host.text`) and repairs misspelt food words
against the food table (`fuzzy`); the router has already repaired the other words.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from host import text as host_text
from host.first_look import FirstLook
from host.text import per_turn

from agenthost_ceres.allergens import ALLERGENS, canonical_allergies, key_of
from agenthost_ceres.emoji import with_words
from agenthost_ceres.foods import load_table, singular
from agenthost_ceres.fuzzy import Speller
from agenthost_ceres.parser import FILLER, HOST_KNOWN_WORDS, KNOWN_WORDS, MEAL_WORDS, MODIFIERS, NUMBER_WORDS, ROUTING_WORDS, UNITS, parse_meal
from agenthost_ceres.question import ends_asking

QUESTION_START = re.compile(
    r"^(how|what|what's|whats|which|show|give|tell|did|do|does|am|is|are|can|could|should|shall|would|any|list|where|when|why)\b"
)
FIRST_PERSON = re.compile(
    r"\b(i'?m|i am|i'?ve|i have|i can'?t|i cannot|i don'?t|i do not|i avoid|i eat|i follow|i need|i went|i'?ve gone|i never|my|we'?re|we are)\b"
)
DIETS = {
    "vegan": "vegan",
    "plant based": "vegan",
    "vegetarian": "vegetarian",
    "veggie": "vegetarian",
    "pescatarian": "pescatarian",
    "pescetarian": "pescatarian",
    "omnivore": "omnivore",
}
DIET_WORD = re.compile(
    r"\b(vegan|plant[ -]based|vegetarian|veggie|pescatarian|pescetarian|omnivore)\b(?![ -](?:burger|patty|sausage|soup|option|packed|loaded|heavy|rich|filled|stuffed|based dish))"
)
GLUTEN_FREE = re.compile(
    r"\b(gluten[ -]?free|coeliac|celiac|gluten intoleran\w*|(?:can'?t|cannot|don'?t|do not|never) (?:eat|have|do) gluten|no gluten|avoid(?:ing)? gluten)\b"
)
LACTOSE_FREE = re.compile(
    r"\b(lactose[ -]?intoleran\w*|lactose[ -]?free|dairy[ -]?free|(?:can'?t|cannot|don'?t|do not|never) (?:eat|have|do|drink) (?:dairy|milk)|no dairy|avoid(?:ing)? dairy)\b"
)
ALLERGY_LIST = re.compile(r"\ballerg(?:ic|y|ies)\s+(?:to\s+)?(?P<items>[a-z][a-z ,'&-]*)")
ALLERGY_NOUN = re.compile(r"\b(?P<item>(?:tree |shell |soya? |sesame |peanut )?[a-z]+) allerg(?:y|ies)\b")
DISLIKE_LIST = re.compile(
    r"\b(?:i (?:really )?(?:don'?t|do not) (?:like|eat|enjoy)|i dislike|i hate|i can'?t stand|i'?m not (?:a )?fan of|not a fan of|i never eat|i detest)\s+(?P<items>[a-z][a-z ,'&-]*)"
)
CALORIE_TARGETS = (
    re.compile(
        r"(?:calorie|kcal|calories|daily|my)\s*(?:target|goal|budget|limit)\D{0,20}?(?P<kcal>\d{3,4}|\d,\d{3})\b"
    ),
    re.compile(
        r"(?:target|goal|budget|limit|aim(?:ing)? for|stick(?:ing)? to|eat(?:ing)?|set (?:it |my target |the target )?to|have)"
        r"\D{0,25}?(?P<kcal>\d{3,4}|\d,\d{3})\s*(?:k?cals?|calories)\b"
    ),
)
DIABETIC = re.compile(
    r"\b(?:i'?m|i am|im) (?:a )?(?:type [12] )?diabetic\b|\bi (?:have|got|'?ve got|was diagnosed with) (?:type [12] |type one |type two )?diabetes\b"
)
COELIAC = re.compile(r"\b(coeliac|celiac|coeliacs|celiacs)\b")
LACTOSE_INTOLERANT = re.compile(r"\blactose[ -]?intoleran\w*|\bintolerant to (?:lactose|dairy|milk)\b")
CANNOT_LIST = re.compile(
    r"\b(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|am not allowed to|i'?m not allowed to) (?:eat|have|touch|tolerate|digest|do) (?P<items>[a-z][a-z ,'&-]*)"
)
_SIGNS = r"(?:hives|a rash|rashes|an? (?:allergic |bad )?reaction|anaphylaxis|swelling|swollen lips|itchy \w+|welts)"
_UPSETS = r"(?:bloated|bloating|a stomach ?ache|stomach ?aches|stomach cramps|cramps|gas|the runs|diarrh\w+|sick|ill|nauseous|heartburn)"
REACTION_ALLERGY = (
    re.compile(rf"^(?:and |but |also )?(?P<items>[a-z][a-z ,'&-]*?) (?:gives?|gave|give) me {_SIGNS}"),
    re.compile(r"^(?:and |but |also )?(?P<items>[a-z][a-z ,'&-]*?) makes? (?:me|my \w+) (?:swell|itch|break out|come out in hives)"),
    re.compile(rf"\bi (?:get|got|come out in|break out in) {_SIGNS} (?:from|after|when i (?:eat|have)) (?P<items>[a-z][a-z ,'&-]*)"),
    re.compile(r"\bi react(?:ed)? (?:badly |really badly )?to (?:eating )?(?P<items>[a-z][a-z ,'&-]*)"),
)
REACTION_UPSET = (
    re.compile(rf"^(?:and |but |also )?(?P<items>[a-z][a-z ,'&-]*?) (?:gives?|gave|makes?|made) me (?:feel )?{_UPSETS}"),
    re.compile(r"^(?:and |but |also )?(?P<items>[a-z][a-z ,'&-]*?) (?:doesn'?t|don'?t|does not|do not) agree with me"),
    re.compile(r"\bi (?:can'?t|cannot) digest (?P<items>[a-z][a-z ,'&-]*)"),
)
FORGET = (
    re.compile(r"\b(?:i'?m|i am) (?:not|no longer) allergic to (?P<items>[a-z][a-z ,'&-]*)"),
    re.compile(r"\bremove (?P<items>[a-z][a-z ,'&-]*?) from my (?:allergies|allergy list|allergens|dislikes|diet|preferences)"),
    re.compile(r"\bi can (?:eat|have) (?P<items>[a-z][a-z ,'&-]*?) (?:again|now)\b"),
    re.compile(r"\b(?P<items>[a-z][a-z '&-]*?) (?:is|are) (?:fine|ok|okay) (?:again|now|for me)\b"),
)
LIST_STOP = re.compile(
    r"\b(but|so|what|which|how|please|pls|plz|can|could|should|because|since|though|although|and i|i'?m|i am|i|"
    # where a list of allergens ends and a request begins: "allergic to peanuts, snack ideas?",
    # "shellfish allergy here, what's a good dinner?"
    r"here|there|btw|lol|tho|tbh|cos|cuz|coz|any|ideas?|suggestions?|options?|recipes?|snacks?|breakfasts?|brunch|lunch(?:es)?|dinners?|"
    r"meals?|tonight|today|anything|something|need|want|looking|help|thanks|thank you|at all|it'?s|it is)\b"
)
TIME_WORDS = {"anymore", "again", "either", "now", "lately", "these", "days", "nowadays", "ever"}
NOT_FOODS = set(
    "all any also too very really severely mildly slightly a an the to of stuff things food foods bit little lot".split()
)

# "how much protein daily?", "how many grams of protein should I get daily": an amount per day asked,
# a need; "how much protein have I had today" (LOGGED_WORDS) stays a tally.
DAILY_AMOUNT = re.compile(
    r"^(?:(?:and|so|ok|okay|but|roughly|about)\W+)*(?:how (?:much|many)(?: grams of)? (?:protein|calories|cals|kcal|carbs|fat|fibre|fiber)|(?:protein|calories|cals|carbs|fibre|fiber))"
    r"(?: (?:should|do|would|must) (?:i|we) (?:eat|get|have|aim for|need|take))?(?: (?:roughly|about|ideally))? daily\W*$"
)
SHOPPING = re.compile(r"\b(?:shopping|grocery|food) (?:list|shop)\b|\bgroceries\b|\bweekly shop\b")  # food to buy, never a tally
LOGGED_WORDS = re.compile(r"\b(?:today|so far|yesterday|this week|last week|did i|have i|i'?ve|i had|logged|eaten|left)\b")
SUMMARY_CUE = re.compile(
    r"\b(today|todays|so far|yesterday|daily|summary|summarise|summarize|totals?|intake|tally|left|remaining|progress|macros)\b"
)
SUMMARY_WHAT = re.compile(
    r"\b(eat|calorie|calories|kcal|protein|carbs?|fat|fibre|fiber|eaten|ate|had|total|totals|summary|summarise|summarize|intake|macros|doing|did i do|left|remaining|progress|tally|logged)\b"
)
LOOKUPS = (
    re.compile(
        r"how (?:much|many|mny|mch|mnay|manny|meny) (?P<nutrient>[a-z]+)\s+(?:is |are )?(?:there )?(?:in|inside|does|do) (?P<food>.+?)(?: (?:have|contain|has))?$"
    ),
    re.compile(
        r"^(?:what are the |what's the |whats the |the )?(?P<nutrient>calories|kcal|protein|carbs|carbohydrates|fat|fibre|fiber|nutrition|nutrients|macros)(?: facts| info| information| content)? (?:in|of|for) (?P<food>.+)$"
    ),
    re.compile(r"^(?:nutrition|nutrients|macros) (?:facts |info |information )?(?:for|of|in) (?P<food>.+)$"),
    re.compile(
        r"^(?:is|are) (?P<food>.+?) (?:healthy|unhealthy|good for (?:me|you)|bad for (?:me|you)|(?:ok|okay|safe|fine|allowed|good|bad)(?: for me| for you| to eat| to have)?|fattening|high in (?P<nutrient>\w+)|low in \w+|a good source of (?:\w+))$"
    ),
    re.compile(r"^(?:look up|lookup) (?P<food>.+)$"),
    # "can I have satay chicken?", "can I still eat bread if I'm coeliac?"
    re.compile(
        r"^can i (?:still |safely )?(?:eat|have|drink|try) (?:a |an |some |the )?(?P<food>[a-z][a-z ,'&-]+?)"
        r"(?: (?:if|with|when|while|every|on|at|before|after|as)\b.*)?$"
    ),
    # "is it ok to eat rice every day?", "is it bad to have cheese at night?"
    re.compile(
        r"^(?:is it|is that) (?:ok|okay|fine|safe|healthy|bad|unhealthy|good) (?:for me )?to (?:eat|have|drink) (?P<food>[a-z][a-z ,'&-]+?)"
        r"(?: (?:every|each|at|before|after|late|daily|a lot|so much)\b.*)?$"
    ),
    re.compile(r"^what'?s (?:in|inside) (?:a |an |the |one )?(?P<food>[a-z][a-z ,'&-]+)$"),
    re.compile(r"^what (?P<nutrient>allergens?) (?:are|is) (?:there )?in (?:a |an |the )?(?P<food>[a-z][a-z ,'&-]+)$"),
    re.compile(r"^(?:does|do) (?:a |an |the )?(?P<food>[a-z][a-z ,'&-]+?) (?:have|contain) (?P<nutrient>nuts|gluten|dairy|milk|eggs?|soy|sesame|fish|shellfish|peanuts|allergens)$"),
    re.compile(r"\bhow (?:bad|good|healthy|unhealthy|fattening) (?:is|are) (?:a |an |the |some )?(?P<food>[a-z][a-z ,'&-]+)$"),
    # the question first, the foods after it: "how many calories is that roughly? 2 eggs and a cup of cooked rice"
    QUESTION_THEN_FOODS := re.compile(
        r"^(?:and |so |ok |roughly |approx )*how (?:much|many|mny|mch) (?P<nutrient>[a-z]+)(?: (?:is|are|does|do|would|will|in)(?: (?:that|it|this|there|those|these))?(?: be| have| come to| contain)?)?"
        r"(?: (?:roughly|approx|approximately|about|more or less|ish|then|altogether|in total|in all))*\s*[?:]+\s*(?P<food>(?:\d|a |an |one |two |three |half |some )[a-z0-9 ,'&/-]+?)[.!?]*$"
    ),
    # the food said first: "dominos pepperoni medium, how many cals per slice roughly", "a tub of skyr - how much protein?"
    re.compile(
        r"^(?P<food>[a-z][a-z0-9 '&-]+?)\s*[,:-]+\s*(?:and |so |ok |roughly |approx |about )*how (?:much|many|mny|mch) (?P<nutrient>[a-z]+)"
        r"(?: (?:is (?:that|it|there) |are there |does it have )?(?:per|a|in (?:a|one|each)|for (?:a|one)|each) (?:slice|piece|portion|serving|bar|biscuit|cookie|one))?"
        r"(?: (?:roughly|approx|approximately|about|more or less|ish|is (?:that|it)|are there|does it have|in it|in that))*$"
    ),
)
LOG_TRIGGER = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |also |then )?(?:had|ate|eaten|drank|drunk|snacked on|grabbed|finished)\b|^(?:log|add|track|record)\b|^(?:(?:also|and|oh and|plus|then) )?(?:ate|had|drank)\b|\bfor (?:breakfast|lunch|dinner|supper|brunch|a snack) i\b"
    # "forgot to log monday: ...", "so far today: 2 flat whites, a banana..."
    r"|\b(?:forgot|forget|forgotten|didn'?t|did not|never) (?:to )?(?:log|add|track|record)\b(?! (?:a |my )?(?:workout|run|session|weight))"
    r"|^(?:so far today|today so far|so far)\s*:"
)
# "got a whopper meal at BK", "grabbed a meal deal", "i ordered 2 slices": a meal said with the verb
# of buying it; a report only when foods follow ("i got a new job" is not one).
BOUGHT_MEAL = re.compile(
    r"(?:^(?:(?:just|also|oh and|and|then|ok|so) )*|\bi (?:just |also |then )?)(?:got|ordered|picked up|smashed|demolished|inhaled|devoured|"
    r"wolfed down|wolfed|polished off|scoffed|munched|nommed|treated myself to)(?= (?:a|an|some|the|two|three|four|\d)\b)"
)
# A meal said by the verb of cooking it: "made a chicken stir fry at home", "cooked myself a curry";
# not food cooked for others or for later ("made a lasagne for the kids", "cooked rice for the week").
COOKED_MEAL = re.compile(
    r"(?:^(?:(?:just|also|oh and|and|then|ok|so) )*|\bi (?:just |also |then )?)(?:made|cooked|whipped up|knocked up|rustled up|threw together)(?: myself| me)?(?= (?:a|an|some|the|my|two|\d)\b)"
)
COOKED_FOR_LATER = re.compile(r"\bfor (?:the |my |our )?(?:kids|children|family|husband|wife|partner|guests|friends|tomorrow|later|the week|lunches|meal ?prep)\b|\bbatch\b|\bprep\b")
SUGGEST_CUE = re.compile(
    r"\b(what'?s (?:a |an |some )?(?:good|healthy|quick|easy|nice|simple|cheap|light|filling|tasty) (?:breakfasts?|brunch|lunch(?:es)?|dinners?|supper|snacks?|meals?)|"
    # "a good high protein dinner", "healthy low-carb lunches", "a nice veggie dip"
    r"(?:good|healthy|quick|easy|nice|simple|cheap|light|filling|tasty|decent|great|best|tasty) (?:[\w-]+ ){0,3}"
    r"(?:breakfasts?|brunch|lunch(?:es)?|dinners?|supper|snacks?|meals?|dips?|desserts?|treats?|smoothies?|soups?|salads?)|"
    r"(?:healthy|quick|easy|simple|cheap|light|filling|tasty|packed) (?:breakfasts?|lunch(?:es)?|dinners?|snacks?|meals?)|(?:i |^)(?:need|want) (?:a |some )?(?:\w+ ){0,3}(?:breakfasts?|lunch(?:es)?|dinners?|snacks?|meals?)|"
    r"give me (?:a |an |some )?(?:[\w-]+ ){0,3}(?:breakfasts?|lunch(?:es)?|dinners?|snacks?|meals?|dish(?:es)?)|"
    # "a couple of dishes i could order at the indian", "what could i order there"
    r"dish(?:es)? (?:i|we) (?:could|can|should|might) (?:order|get|have)|what (?:could|can|should) (?:i|we) (?:order|get) (?:there|at (?:the|a|an) \w+)|"
    r"what (?:should|can|could|shall|do|would) (?:i|we|he|she|they|my (?:son|daughter|kids?|husband|wife|partner)) (?:eat|have|make|cook|get)|what to (?:eat|have|cook|make)|suggest\w*|ideas?|recommend\w*|what'?s for|meal plan|hungry|inspire|inspiration|options?|something (?:to eat|for)|what about|how about|more|another|other|else|different)\b"
)
NEEDS_CUE = re.compile(
    r"\b(how (?:many|much) (?:calories|cals|kcal) (?:should|do|can|must) (?:i|we)|"
    # "what should i eat to maintain, calorie wise", "how much to eat to maintain calorie-wise"
    r"(?:to|for) (?:maintain|maintenance|lose|cut|bulk|gain)\b[^.?!]{0,12}\b(?:calori(?:e|es)|kcal|cals?)[- ]?wise|(?:calori(?:e|es)|kcal|cals?)[- ]?wise\b[^.?!]{0,20}\bto (?:maintain|lose|cut|bulk|gain)|how many calories (?:a|per) day|calories (?:a|per) day|daily calories|calorie needs|"
    r"enough calories|maintenance calories|tdee|bmr|how much should i eat|how much (?:food )?(?:should|do|must) (?:i|she|he|they) (?:be )?(?:eat|eating)|lose weight|losing weight|weight loss|lose fat|fat loss|"
    r"(?:my|daily|day'?s) (?:daily )?(?:calories|calorie intake|intake) (?:be|should be|supposed to be|meant to be)|"
    r"what should my (?:daily )?(?:calories|calorie intake|intake) be|calorie intake should|"
    r"how many (?:calories|kcal) (?:a|per|each) day|calories (?:for|on) (?:a|my|the) (?:cut|bulk|diet)|"
    r"lose (?:some|a bit of|a little|the) weight|lose (?:like |about |around |roughly |another )?(?:\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|stone|st)|a stone)|slim down|get lean|cut(?:ting)? phase|"
    r"gain weight|put on weight|gain muscle|bulk(?:ing)?|build muscle|maintain (?:my )?weight|"
    r"calories (?:to|for|if i want to) (?:maintain|lose|gain|bulk|cut|a lean bulk|a cut|build|get lean)|calories for maintenance|"
    r"(?:calories|cals|kcal) (?:to|so i|so that i) (?:not|avoid|stop|don'?t|do not|never|keep from) (?:\w+ )?(?:gain|gaining|put(?:ting)? on)|"
    r"(?:what(?:'s| is| would be)?|roughly|my) (?:my )?maintenance\b(?! (?:phase|mode|work|man|day))|maintenance (?:be|is|would be|on|for)\b|"
    # "what calorie target would you suggest?", "does my calorie number change?", "cals and protein?"
    r"(?:what|what'?s|which|suggest|recommend|give me|set) (?:\w+ ){0,2}(?:calorie|kcal|cal) (?:target|goal|number|budget|limit)|"
    r"(?:my|the|a) (?:daily )?(?:calorie|kcal|cal) (?:target|goal|number|budget) (?:change|go (?:up|down)|be|still)|^(?:and )?(?:cals|calories|kcal) and protein\b|"
    # "how many calories for this?" after a goal; "calories for slowly losing 3-4 kg", "calories to lose this belly"
    r"how many (?:calories|cals|kcal) (?:for|to do) (?:this|that|it|my goal)|(?:calories|cals|kcal) (?:to|for) (?:slowly |gradually |safely )?(?:lose|losing|drop|dropping|shed|shedding|gain|gaining|put on|putting on))\b"
)
LOSE_WORDS = re.compile(r"\b(lose|losing|loss|slim|get lean|cut|cutting|deficit|drop)\b")
GAIN_WORDS = re.compile(r"\b(gain|gaining|put on|bulk|bulking|lean bulk|build muscle|surplus)\b")
# Gaining said as what to avoid: "so I don't gain any weight", "without putting on weight".
NOT_GAIN = re.compile(
    r"\b(?:not|don'?t|do not|won'?t|never|without|stop|avoid|no more|to not)\s+(?:\w+\s+){0,2}?(?:gain|gaining|put(?:ting)? on|pile on)\b"
)
THANKS_CUE = re.compile(
    r"^(?:thanks|thank you|thx|cheers|great|perfect|awesome|ok(?:ay)?|cool|nice)\b(?: (?:so much|a lot|ceres|very much))?$"
)


@lru_cache(maxsize=1)
def _speller() -> Speller:
    return Speller(load_table().vocabulary)


@host_text.per_turn  # read by classify and again by the reply
def expand_shorthand(text: str) -> str:
    """ "how mch watr shoud i drnk" -> "how much water should i drink": chat shorthand read as the
    words it stands for (lower case), for routing as for understanding."""
    text = SHORTHAND_WORD.sub(lambda found: SHORTHAND[found.group(0)], host_text.normalise(text))
    text = SORES_AS_SOURCES.sub(r"\1 sources", text)  # "gud sorces" arrives from the host's repair as "good sores"
    text = PWEDE.sub("can i have", text)  # "pwede ba lugaw?": Taglish for "can I have lugaw?"
    return DESERT_AS_DESSERT.sub(r"\1dessert\2", text)  # "and desert?" on its own is the sweet course


PWEDE = re.compile(r"\b(?:pwede|puwede|pwde|pede) (?:ba|po ba|ba po)(?: (?:ang|ko|ako|kumain ng|mag))?\b", re.IGNORECASE)
SORES_AS_SOURCES = re.compile(r"\b(good|best|main|other|top|cheap|veggie|vegan|plant|protein|easy|decent) sores\b")


DESERT_AS_DESSERT = re.compile(r"^((?:and |or |what about |how about |any |some |for |ideas for |a )?)deserts?((?: ideas?| please| pls)?\W*)$")


# Needs asked in Spanish, French, Italian, Portuguese or German ("¿cuánta proteína al día?",
# "y calorías?", "combien de protéines par jour", "wie viel Eiweiß brauche ich"), read as the
# English question, so the answer comes from the profile like any other.
_PROTEIN = r"(?:prote[ií]nas?|prot[ée]ines?|proteine|eiwei(?:ß|ss))"
_CALORIES = r"(?:calor[ií]as|kalorien)"
_ANY_PROTEIN = rf"(?:{_PROTEIN}|protein)"
_ANY_CALORIES = rf"(?:{_CALORIES}|calories|calorie|kcal)"
FOREIGN_CUE = re.compile(rf"\b{_PROTEIN}\b|\b{_CALORIES}\b|\b(?:cu[aá]nt[ao]s?|combien|quant[aeio]s?|wie ?viele?)\b|^(?:y|et|und) ")
FOREIGN_WORDS = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (rf"^(?:y|et|e|und)\s+(?:las\s+|les\s+|le\s+|die\s+|as\s+)?{_ANY_CALORIES}$", "and calories"),
        (rf"^(?:y|et|e|und)\s+(?:la\s+|les\s+|le\s+|das\s+|a\s+)?{_ANY_PROTEIN}$", "and protein"),
        (rf"\b(?:cu[aá]ntas?|combien de|quant[ae]|quantas?|wie ?viel(?:e)?)\s+{_ANY_PROTEIN}", "how much protein"),
        (rf"\b(?:cu[aá]ntas|combien de|quante|quantas|wie ?viele?)\s+{_ANY_CALORIES}", "how many calories"),
        (r"\b(?:al d[ií]a|par jour|al giorno|por dia|pro tag)\b", "a day"),
        (r"\b(?:necesito|j'ai besoin|ho bisogno|preciso|brauche ich)\b", "do i need"),
        # "nach dem Training", "después de entrenar", "après l'entraînement", "dopo l'allenamento"
        (r"\b(?:nach dem (?:training|sport|workout)|despu[eé]s de(?:l)? (?:entrenar|entrenamiento|gimnasio)|apr[eè]s (?:l'entra[iî]nement|le sport|la salle)|dopo (?:l'allenamento|la palestra)|depois do treino)\b", "after training"),
        (r"\b(?:vor dem (?:training|sport|workout)|antes de(?:l)? (?:entrenar|entrenamiento|gimnasio)|avant (?:l'entra[iî]nement|le sport|la salle)|prima (?:dell'allenamento|della palestra)|antes do treino)\b", "before training"),
        (rf"\b{_PROTEIN}\b", "protein"),
        (rf"\b{_CALORIES}\b", "calories"),
    )
)


@lru_cache(maxsize=1024)
def clean(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, no trailing punctuation, and misspelt
    food words repaired ("bananna" -> "banana"). Other words arrive repaired by the host's
    router (`host.typos`: "brekfast", "calroies"), which knows every agent's vocabulary."""
    text = host_text.normalise(with_words(text)).strip()
    text = text.rstrip(" ?!.").lstrip("¿¡ ")
    if FOREIGN_CUE.search(text):
        for said, english in FOREIGN_WORDS:
            text = said.sub(english, text)
    text = DESERT_AS_DESSERT.sub(r"\1dessert\2", SHORTHAND_WORD.sub(lambda found: SHORTHAND[found.group(0)], text))
    text = SORES_AS_SOURCES.sub(r"\1 sources", text)
    text = MEET_AS_MEAT.sub(r"\1 meat", text)  # "if i dont eat meet"
    text = FOUR_AS_FOR.sub("for ", text)  # "is whey ok 4 him?"
    text = LOOSE_AS_LOSE.sub("lose ", text)  # "i wanna loose like 5 kg"
    text = LOSS_AS_LOSE.sub(r"\1 lose", text)  # "i wnna loos 5 kilo" arrives from the host's repair as "loss"
    return re.sub(r"[a-z]{4,}", _repair, text)


# Chat shorthand, read as the words it stands for ("wat shud i eat", "sumthing sweet pls"): too
# short or too far from the word for typo repair, and never a food.
SHORTHAND = {
    "wat": "what", "wot": "what", "wht": "what", "whats": "what's", "wats": "what's", "shud": "should", "shld": "should",
    "wen": "when", "hw": "how", "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks",
    "abt": "about", "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't", "sumthing": "something",
    "smth": "something", "gimme": "give me", "wanna": "want to", "gonna": "going to", "cuz": "because", "coz": "because",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2day": "today", "b4": "before", "aftr": "after", "brekkie": "breakfast",
    "bfast": "breakfast", "brekky": "breakfast", "cals": "calories", "veggies": "vegetables", "gud": "good", "diner": "dinner",
    "mny": "many", "r": "are", "sorces": "sources", "srcs": "sources", "protien": "protein", "protin": "protein",
    "wk": "week", "insted": "instead", "instaed": "instead", "n": "and", "tak": "take", "agust": "august",
    "calorys": "calories", "calorie's": "calories", "eet": "eat", "brekfst": "breakfast", "brkfst": "breakfast",
    "vegitarian": "vegetarian", "vegiterian": "vegetarian", "vegeterian": "vegetarian",
    "hav": "have", "brekfast": "breakfast", "brekfest": "breakfast", "breakfst": "breakfast", "lnch": "lunch",
    "dinr": "dinner", "nite": "night", "lst": "last", "yday": "yesterday", "yest": "yesterday", "tonite": "tonight",
    "2nite": "tonight", "alergic": "allergic", "alergy": "allergy", "allergie": "allergy",
    "mch": "much", "muc": "much", "shoud": "should", "shoudl": "should", "drnk": "drink", "drnik": "drink", "daly": "daily",
    "dailly": "daily", "watr": "water", "wtr": "water", "wnna": "want to", "wana": "want to", "wnt": "want", "loos": "lose",
    "monts": "months", "mnths": "months", "posible": "possible", "possibel": "possible", "bild": "build", "mucsle": "muscle",
    "musle": "muscle", "evn": "even", "dayz": "days", "kilo": "kg", "kilos": "kg", "shd": "should", "nd": "and",
    "calroies": "calories", "calries": "calories", "proteen": "protein",
    "fatt": "fat", "cn": "can", "nothin": "nothing", "nuthin": "nothing", "nuffin": "nothing", "somethin": "something",
    "mornin": "morning", "eatin": "eating", "tryna": "trying to", "tryin": "trying", "bcos": "because", "bc": "because",
    "shuld": "should", "chanje": "change", "chnage": "change", "wey": "whey", "whay": "whey", "wud": "would", "cud": "could", "gd": "good", "rn": "right now", "wit": "with", "hd": "had", "lik": "like", "lyk": "like", "liek": "like",
}  # fmt: skip
FOUR_AS_FOR = re.compile(r"(?<=[a-z] )4 (?=(?:him|her|me|them|us|you|my|dinner|lunch|breakfast|brekkie|tea|yesterday|today|tomorrow|tonight|a\b))")
MEET_AS_MEAT = re.compile(r"\b(eat|eats|eating|ate|no|any|without|avoid|cut out|give up|gave up|red|white|lean|processed) meet\b")
LOSS_AS_LOSE = re.compile(r"\b(want to|to|gonna|i|can i|could i|will i|would i|should i) loss(?= (?:\d|a |about |around |like |some |weight))")
LOOSE_AS_LOSE = re.compile(r"\bloose (?=(?:like |about |around |some |a bit of |a little |the |my |\d|weight|fat|a stone|belly|inches))")
SHORTHAND_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True)) + r")(?![\w'])")


def _repair(found: re.Match[str]) -> str:
    word = found.group(0)
    if word in KNOWN_WORDS or word in HOST_KNOWN_WORDS or word in ROUTING_WORDS or word in FILLER or word in MODIFIERS:
        return word
    if word in NUMBER_WORDS or word in UNITS or singular(word) in UNITS:
        return word  # "2 pints", "three glasses": a unit said in the plural, never "pinto"
    if singular(word) in load_table().vocabulary or word in MEAL_WORDS:
        return word
    from agenthost_ceres.allergens import dish_words  # imports foods, as this module does

    if singular(word) in dish_words():
        return word  # "bakewell" is a tart, not a typo of "barebells"
    return _speller().repair(word) or word


def is_question(text: str) -> bool:
    """True for "how many ...?", "what should I eat", "had a bagel, is that ok lol" and anything
    ending in "?" (under any "lol", "pls", emoji or dots: `question.ends_asking`)."""
    return ends_asking(text) or bool(QUESTION_START.match(clean(text)))


@per_turn  # routing asks, and the reply asks again
def meal_type(text: str) -> str | None:
    """breakfast/lunch/dinner/snack if the text names one ("before bed" is a snack)."""
    if BEDTIME.search(text.lower()) or TIDE_OVER.search(text.lower()):
        return "snack"  # "something to keep me going till dinner": the snack before it
    if MAIN_COURSE.search(text.lower()) and not re.search(r"\b(?:breakfast|brunch|lunch)\b", text.lower()):
        return "dinner"  # "and a high protein main to go with it?"
    if TONIGHT.search(text.lower()) and not re.search(r"\b(?:breakfast|brunch|lunch|snacks?|dessert|pudding)\b", text.lower()):
        return "dinner"  # "whats a good stir fry for tonight?"
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in MEAL_WORDS:
            return MEAL_WORDS[word]
        if word.endswith("s") and word[:-1] in MEAL_WORDS:  # "snacks", "lunches"
            return MEAL_WORDS[word[:-1]]
        if word.endswith("es") and word[:-2] in MEAL_WORDS:
            return MEAL_WORDS[word[:-2]]
    return None


# A main course, asked for: "a high protein main", "veggie mains", "the main dish".
MAIN_COURSE = re.compile(r"\bmain (?:course|dish|meal)s?\b|\b(?:an?|the|some|for (?:the |a )?|protein|veggie|vegetarian|vegan|meat|fish|good|easy|quick) mains?\b(?! (?:thing|things|reason|reasons|goal|issue|problem|point|one|ones|source|sources|ingredient)\b)")
TONIGHT = re.compile(
    r"\b(?:for|cook|make|dinner|tea) (?:for )?tonight\b|\btonight'?s (?:dinner|tea|meal)\b"
    # "what should I eat tonight?", "what can I have tonight"
    r"|\bwhat (?:should|can|could|shall|do) (?:i|we) (?:eat|have|make|cook) (?:for )?tonight\b(?=\s*(?:[?!.]|$))"
)
# Food to last until a meal: "keep me going till dinner", "tide me over until lunch".
TIDE_OVER = re.compile(r"\b(?:keep me going|keeps? (?:me|him|her|them|us) going|tide (?:me|him|her|them|us) over|hold (?:me|him|her|them|us) over|last me|get me through)\b[^.?!]{0,20}\b(?:till|til|until|to|before|for) (?:breakfast|lunch|dinner|tea|supper)\b")
BEDTIME = re.compile(r"\b(?:before bed|bedtime|before i go to (?:bed|sleep)|late[- ]night|midnight snack|evening snack)\b")


def diet_overrides(text: str) -> dict[str, Any]:
    """Diet words in a request ("vegan dinner ideas", "something gluten-free") as tool arguments."""
    low = clean(text)
    overrides: dict[str, Any] = {}
    found = DIET_WORD.search(low)
    if found:
        overrides["diet"] = DIETS[found.group(1).replace("-", " ")]
    if GLUTEN_FREE.search(low):
        overrides["gluten_free"] = True
    if LACTOSE_FREE.search(low):
        overrides["lactose_free"] = True
    return overrides


def stated_preferences(text: str) -> dict[str, Any]:
    """Preferences the user states about themselves (see `diet_statements`): read once a turn,
    a fresh copy for each caller (who may change it)."""
    return copy.deepcopy(_stated_preferences(text))


@lru_cache(maxsize=1024)  # a pure reading of the text: routing, the reply and a message said again
def _stated_preferences(text: str) -> dict[str, Any]:
    from agenthost_ceres.diet_statements import stated_preferences as read

    return read(text)


def asks_summary(text: str) -> bool:
    """ "How many calories today?", "what have I eaten so far", "daily summary"."""
    low = clean(text)
    if re.search(r"\b(?:should|can|could|shall) (?:i|we) (?:eat|have)\b|\bto eat\b|\bideas?\b", low):
        return False
    if re.search(r"\b(?:can|could|should|shall) (?:i|we) (?:make|cook|whip up|rustle up|throw together)\b|\bwhat (?:\w+ ){0,3}to (?:make|cook)\b", low):
        return False  # "what quick dinner can I make? I have chicken, rice and eggs": ideas, not the day's tally
    if re.match(r"(?:does|do|is|are|will|would)\s+(?!i\b|my (?:day|total|intake|calories|protein)\b|that\b|it\b|this\b)", low) and not re.search(
        r"\b(?:today|tonight|so far|yesterday|this week|last week|left|i'?ve|i have|i had|did i|have i|logged)\b", low
    ):
        return False  # "does protein timing matter or is it just the total per day?": an everyday question, no tally
    if NEEDS_CUE.search(low) and re.search(r"\bshould\b|\bneed\b|\bsupposed\b|\bmeant\b|\bbe\b\s*$|\bto (?:lose|gain|maintain)\b", low):
        return False  # "what should my daily calories be?": needs, not a tally
    if SHOPPING.search(low) and not LOGGED_WORDS.search(low):
        return False  # "make me a high protein shopping list for the week": food to buy, not the week's tally
    if DAILY_AMOUNT.search(low) and not LOGGED_WORDS.search(low):
        return False  # "how much protein daily?": what to aim for each day, not today's tally
    if re.search(r"\b(daily|day'?s) (summary|totals?|tally)\b|^(summary|totals?|my totals?|today'?s totals?)$", low):
        return True
    if re.search(r"\bwhat (?:did|have) (?:i|we) (?:have|had|eat|eaten|ate|drink|drank|log|logged)\b", low):
        return True
    if re.search(r"\bwhat(?:'s| is| has| have i| do i have)? (?:been |got |i'?ve )?(?:logged|on (?:my|the) log|in (?:my|the) log)\b(?! (?:a|an|my|the) (?:meal|food|workout))", low):
        return True  # "so what's logged for this afternoon now?"
    if re.search(r"\b(?:remind me|tell me|show me|list|recap)\b.{0,20}\bwhat (?:i|we)(?:'ve| have)? (?:ate|had|eaten|drank|logged)\b", low):
        return True  # "remind me what I ate monday"
    if re.search(r"\bwhat (?:i|we)(?:'ve| have)? (?:ate|had|eaten|logged) (?:on |last |this |yesterday|today|so far)", low):
        return True
    if re.search(r"\b(?:today'?s|yesterday'?s|the day'?s|that day'?s|my daily|my day'?s|daily|my) (?:running )?(?:total|totals|tally|intake)\b", low):
        return True  # "what's today's total now", "my total"
    if re.search(r"\bwhere (?:am i|are we|do i stand|i'?m)(?: at)?\b.{0,25}\b(?:day|today|calories|kcal|total|so far)\b|\bhow am i doing (?:today|so far)\b", low):
        return True  # "where am I at for the day?"
    if re.search(r"\bwhat(?:'?s| is)? (?:am i|are we|i'?m|im|my count|the count) (?:on|at|up to)?\s*(?:for )?(?:today|so far|for the day|now)\b", low):
        return True  # "so what am I on today?", "what am I up to so far?"
    if re.search(r"\bwhat(?:'s| does| do| is| has)? (?:that|it|this|everything|all that|that all|it all|the lot|today) (?:come|comes|coming|add|adds|adding|amount|amounts|work|works) (?:to|up|out)\b", low):
        return True  # "what's that come to so far today?"
    if re.search(r"\bwhat(?:'?s| is| does| do| are)? (?:that|it|this|everything|the lot|we|i|my day)(?: all)? (?:all )?up (?:to )?(?:for (?:today|the day)|today|so far|then|now)\b|\bhow (?:much|many)(?: calories| kcal)? (?:is |are )?(?:that|it|this|everything)(?: all)? all up\b", low):
        return True  # "what's that all up for today then": Australian "all up", the total
    if re.search(r"\b(?:total|tally|add) (?:it |that |them |everything )?up\b|\bso far today\b.*\b(?:calories|kcal|total)\b|\bhow (?:many|much) (?:calories |kcal )?(?:is that|so far)\b", low):
        return True
    if re.search(r"\b(?:calorie|kcal|calories) total\b|\btotal (?:for (?:today|that day|the day|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|so far|now|today)\b", low):
        return True
    if re.search(r"\b(?:am i|i'?m|im) (?:over|under|within|on track|close to)\b|\bhow (?:much|many) (?:calories |kcal )?(?:do i have |have i got |is |are )?left\b", low):
        return True
    if re.search(r"\bhow(?:'?s| is| are| am| does) (?:my|i) (?:protein|calories|carbs|fat|fibre|fiber|macros|intake|day|diet|eating|doing|tally|numbers)\b", low):
        return True
    return bool(SUMMARY_CUE.search(low) and SUMMARY_WHAT.search(low) and not re.search(r"\b(in|of) (a|an|one|\d)", low) and not ADVICE_NOT_TALLY.search(low))


# Advice asked beside a day word or "progress": "how many carbs per hour should i be eating on the bike"
# after yesterday's ride, "is that gonna wreck my progress", "give me cheap meals for a week, £25 total".
ADVICE_NOT_TALLY = re.compile(
    r"\b(?:should|could|can) (?:i|we) (?:be )?(?:eating|having|fuell?ing|taking)\b|\b(?:per|an|a|every) hour\b|"
    r"\b(?:wreck|ruin|undo|mess up|set back|kill|destroy)\b[^.?!]{0,12}\b(?:progress|gains|diet|cut)\b|"
    r"\b(?:give|suggest|recommend|plan|make)(?: me| us)? (?:some |a few |any )?(?:\w+ ){0,2}(?:meals?|ideas|recipes|menu|meal plan)\b|\bbudget\b|£\d"
)




def lookup_request(text: str) -> tuple[str, str | None] | None:
    """(food words, nutrient asked about) for "how much protein in chicken breast", else None."""
    low = clean(text)
    for pattern in LOOKUPS:
        found = pattern.search(low)
        if found:
            food = re.sub(r"^(?:a |an |one |the |some )", "", found.group("food")).strip()
            if pattern is LOOKUPS[-1] and (piece := re.search(r"\b(?:per|a|in (?:a|one|each)|for (?:a|one)|each) (slice|piece|bar|biscuit|cookie)\b", low[found.end("food"):])):
                food = f"1 {piece.group(1)} of {food}"  # "..., how many cals per slice": one slice of it
            nutrient = found.groupdict().get("nutrient")
            if food and food not in ("it", "that", "this", "them", "today", "total") and not NOT_A_FOOD.match(food):
                return food, _nutrient_name(nutrient)
    return None


# A day's protein said and checked: "is 200g protein a day enough?", "is 180 grams of protein too much
# for me", "would 150g of protein be ok on a cut": (the grams).
PROTEIN_CHECKED = re.compile(
    r"\b(?:is|would|will|does|are)\s+(?:about |around |like |roughly |only |just )?(?P<grams>\d{2,3})\s*(?:g|gs|grams?|gr)\b\s*(?:of\s+)?(?:protein|protien|protine|prot)\b"
    r"(?:\s+(?:a|per|each|every)\s+day|\s+daily)?\s*(?:be\s+|really\s+|even\s+)?(?:enough|too much|too little|too low|too high|ok|okay|fine|good|sufficient|overkill|excessive|a lot|plenty|right|alright|safe)\b"
)


def protein_checked(low: str) -> int | None:
    """The grams of protein a day a message asks about ("is 200g protein a day enough?"), else None."""
    found = PROTEIN_CHECKED.search(low)
    return int(found.group("grams")) if found and 20 <= int(found.group("grams")) <= 500 else None


# Hungry now and asking what to eat: "im starvinggg just got off a 12hr shift, what can i make in 10
# min", "im starving, whats quick", "famished, anything fast?". Not someone starving themselves.
HUNGRY_ASKS = re.compile(
    r"^(?!.*\bstarv\w* (?:my|her|him|them)sel(?:f|ves)\b)(?=.*\b(?:starv(?:ing|in)+g*|starved|ravenous|famished|hangry|so hungry|really hungry|super hungry|hungry af|"
    r"could eat a horse|dying of hunger)\b)"
    r"(?=.*\b(?:what(?:'?s| is| can| should| do)?|whats|wat|anything|something|ideas?|quick|quickly|fast|easy|in \d+ ?min\w*|grab|make|cook|eat)\b)"
)


# "how many calories do I need": a person, not a food, after "do".
NOT_A_FOOD = re.compile(r"^(?:i|you|we|he|she|they|my|your|me|someone|people|a person|an adult|it)\b")


def reports_meal(text: str) -> bool:
    """ "I had two eggs and a banana", "log a coffee", "for lunch I ate ..."."""
    low = clean(text)
    if LOG_TRIGGER.search(low):
        return True
    if COOKED_MEAL.search(low) and not COOKED_FOR_LATER.search(low) and not is_question(text):
        return bool(parse_meal(text, load_table()).items)  # "made a chicken stir fry with noodles at home"
    return bool(BOUGHT_MEAL.search(low)) and bool(parse_meal(text, load_table()).items)


def asks_ideas(text: str) -> bool:
    """ "What should I eat for breakfast?", "dinner ideas", "I'm hungry"."""
    return bool(SUGGEST_CUE.search(clean(text)))






def asks_needs(text: str) -> str | None:
    """ "How many calories should I eat?", "I want to lose weight": "lose", "gain" or "maintain"."""
    low = clean(text)
    if not NEEDS_CUE.search(low):
        return None
    if LOSE_WORDS.search(low):
        return "lose"
    if GAIN_WORDS.search(low) and not NOT_GAIN.search(low):
        return "gain"
    return "maintain"  # "how many cals so I don't gain any weight?": staying the same


def is_thanks(text: str) -> bool:
    """ "Thanks!", "thank you so much", "great"."""
    return bool(THANKS_CUE.match(clean(text)))




def _diet_from_clause(clause: str, prefs: dict[str, Any]) -> None:
    if re.search(
        r"\b(no longer|not) (?:a |an )?(vegan|vegetarian|pescatarian)\b|\beat (?:meat|everything) again\b|\bi eat everything\b",
        clause,
    ):
        prefs["diet_type"] = "omnivore"
        return
    found = re.search(
        r"\b(?:i'?m|i am|we'?re|we are|i'?ve (?:gone|become|been)|i went|i became|i follow|i eat|i'?m on|i am on|switch(?:ed|ing)? to|going|gone|become|my diet is)"
        r" (?:now |a |an |fully |strictly |mostly |also |on a |on an |)*(vegan|plant[ -]based|vegetarian|veggie|pescatarian|pescetarian)\b",
        clause,
    )
    if found:
        prefs["diet_type"] = DIETS[found.group(1).replace("-", " ")]
        if prefs["diet_type"] == "vegetarian" and pescatarian_clause(clause):
            prefs["diet_type"] = "pescatarian"


# Words that are not a food someone reacts to: "will it make me bloated?" names no food.
NOT_REACTED_TO = frozenset("it this that these those they them will would does do did can could might may what which".split())


def _reactions(clause: str) -> tuple[list[str], list[str]]:
    """What the user reacts to: (allergy signs: hives, a rash, swelling; stomach upsets:
    bloating, stomach ache). "eggs give me hives" -> (["eggs"], [])."""
    found: list[list[str]] = [[], []]
    if QUESTION_START.match(clause.strip()):
        return found[0], found[1]  # "will it make me bloated?", "does milk give you gas?" ask, not state
    for index, patterns in enumerate((REACTION_ALLERGY, REACTION_UPSET)):
        for pattern in patterns:
            for match in pattern.finditer(clause):
                text = LIST_STOP.split(match.group("items"))[0]
                for part in re.split(r",|\band\b|\bor\b|&", text):
                    words = [w for w in part.strip().split() if w not in NOT_FOODS and w not in ("eating", "having", "drinking")]
                    if words and len(words) <= 3 and not set(words) & NOT_REACTED_TO:
                        found[index].append(" ".join(words))
    return found[0], found[1]


def _forgotten(clause: str) -> list[str]:
    """ "I'm not allergic to eggs anymore", "remove soy from my allergies": what to forget."""
    items: list[str] = []
    for pattern in FORGET:
        for found in pattern.finditer(clause):
            text = LIST_STOP.split(found.group("items"))[0]
            for part in re.split(r",|\band\b|\bor\b|&", text):
                words = [w for w in part.strip().split() if w not in NOT_FOODS and w not in ("anymore", "again", "now")]
                if words and len(words) <= 3:
                    items.append(" ".join(words))
    return items


def is_allergen_word(words: str) -> bool:
    """True when `words` name one of the major allergens ("nuts", "prawns", "sesame")."""
    return any(name in ALLERGENS for name in canonical_allergies([words]))


def _allergies(clause: str) -> list[str]:
    items = _listed(ALLERGY_LIST, clause)
    for found in ALLERGY_NOUN.finditer(clause):
        word = found.group("item")
        if word not in NOT_FOODS and word not in ("food", "no", "have", "severe", "mild", "my", "an", "bad", "serious"):
            items.append(word)
    return list(dict.fromkeys(items))


def _listed(pattern: re.Pattern[str], clause: str) -> list[str]:
    """The items of "allergic to peanuts, shellfish and soy" as ["peanuts", "shellfish", "soy"]."""
    items: list[str] = []
    for found in pattern.finditer(clause):
        text = LIST_STOP.split(found.group("items"))[0]
        for part in re.split(r",|\band\b|\bor\b|&|\bnor\b", text):
            words = [w for w in part.strip().split() if w not in NOT_FOODS and w not in TIME_WORDS]
            if words and len(words) <= 3:
                items.append(" ".join(words))
    return items


def _nutrient_name(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    for key, name in (
        ("allergen", "allergens"),
        ("caffeine", "caffeine"),
        ("sugar", "sugar"),
        ("calor", "kcal"),
        ("kcal", "kcal"),
        ("protein", "protein_g"),
        ("carb", "carbs_g"),
        ("fat", "fat_g"),
        ("fib", "fibre_g"),
    ):
        if word.startswith(key):
            return name
    return None


# --- undo, corrections, periods, needs, follow-ups -------------------------------------------

UNDO = re.compile(
    r"\b(?:undo|remove|delete|take (?:off|out|away)|scratch|scrap|ditch|cancel|get rid of|erase|unlog|un log|forget)\b(?P<rest>.*)$"
    r"|\bi (?:didn'?t|did not|never) (?:eat|have|drink|finish) (?P<rest2>.*)$"
    r"|\btake (?P<rest3>.+?) (?:off|out of|out)\b"
)
# "the shake was my mate's", "the fries weren't mine": a food logged that someone else had.
NOT_MINE = re.compile(
    r"\b(?:the|that|those) (?P<food>[a-z][a-z ]{1,30}?) (?:was|were|is|are) (?:"
    r"(?:my |his |her |our |a )?(?:mate|friend|wife|husband|partner|son|daughter|kid|brother|sister|mum|mom|dad|boyfriend|girlfriend|flatmate|colleague)'?s?"
    r"|(?:not|n't) (?:mine|for me)|someone else'?s|somebody else'?s)(?=\s*(?:[.,!;]|$))"
    r"|\b(?:the|that|those) (?P<food2>[a-z][a-z ]{1,30}?) (?:wasn'?t|weren'?t|isn'?t|aren'?t) (?:mine|for me)(?=\s*(?:[.,!;]|$))"
)
UNDO_NOISE = re.compile(
    r"\b(?:the|my|that|this|it|last|latest|previous|recent|entry|entries|one|meal|item|from|log|logs|my log|today|"
    r"please|again|just|thing|food|record|everything|all|oops|sorry|of|in|what|i|logged|ate|had|added|entered|"
    # "remove the one you just added", "delete the duplicate", "the double entry", "the second one"
    r"you|we|put|in|made|created|duplicate|duplicated|double|twice|copy|extra|second|new|newest|most|now|right)\b"
)
CORRECTION = re.compile(
    r"^(?:(?:oops|sorry|sory|soz|sry|no|wait|hmm|oh|ah|ok|okay|my bad)[, ]+)*(?:actually|correction|i meant|i mean|i ment|i meen|meant|make (?:that|it)|it was|that was|"
    r"change (?:it|that|the last one) to|should (?:have been|be)|not \w+ but|it should say"
    # "sorry the granola was 80g not 40": a logged food said with a new amount
    r"|(?=(?:the|my) [a-z][a-z ]{0,30}? (?:was|were) (?:actually |really |more like |about )?\d))\b[, ]*(?P<rest>.*)$"
)
# "ok who am i kidding make that 3 tim tams", "ugh fine, make it two": an aside, then the new amount
MAKE_THAT_AFTER_ASIDE = re.compile(
    r"^(?:[a-z' ]{1,40}?[,.!]* )make (?:that|it) (?P<rest>(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|a couple of|a few)\b.*)$"
)
WHY = re.compile(
    r"^(?:and |but |ok |okay |so )?(?:why|how come|how so|how did you (?:get|work|calculate|figure)|where (?:does|did|do) (?:that|this|those|these|it) come from|"
    r"what'?s (?:that|this) based on|what is (?:that|this) based on|based on what|(?:what'?s |what is |what are )?(?:the |your )?sources?|explain|says who|really)\b"
)
WHY_THAT = re.compile(
    r"^(?:and |but |ok |okay |so )?(?:why (?:is that|that|so|these|this|those|not|did you|do you say|so much|so little|so many|so few|those ones|these ones)|"
    r"how did you|where (?:does|did|do)|what'?s (?:that|this) based|what is (?:that|this) based)\b"
)
WEEK = re.compile(r"\b(?:this|the|last|past|previous) week\b(?! (?:before|after|of (?:the|my|a|her|his|our)|leading|ahead|running up)\b)|\bweekly\b|\bweek so far\b|\bfor the week\b")
SEVEN_DAYS = re.compile(r"\b(?:last|past|previous) (?:7|seven) days\b")
PROTEIN_NEEDS = FirstLook(re.compile(
    r"\bhow much protein (?:do|should|would|can|must) (?:i|we|you|one|a person|someone)\b|\bprotein (?:needs?|intake|requirements?|target|goal)\b|"
    r"\bhow much protein (?:a|per|each) day\b|\bhow much protein (?:i|we) (?:need|must have|must eat)\b(?! (?:in|for|with|after|before) )|\bhow much protein (?:i|me|we) (?:suppose|supposed to|should|go|fit|need to|dey)\b[^.?!]{0,20}\b(?:per|a|each|every) day\b|^(?:(?:and|so|ok|okay|but)\W+)*how (?:much|many grams of) protein(?: (?:should|do|would|must) (?:i|we) (?:eat|get|have|aim for|need|take))? daily\W*$|\bhow much protein (?:is|would be|'?s) (?:right|enough|good|ideal|best|ok|okay|recommended|needed)\b|"
    r"\bprotein (?:is|would be) (?:right|enough|recommended) (?:for|at)\b|^(?:and |so |ok )?(?:how much )?protein in (?:grams|g)(?: (?:a|per) day)?\b|\bprotein (?:a|per) day\b|\bdaily protein\b|\b(?:am i|i'?m) (?:getting|eating) enough protein\b|"
    r"\bhow many grams of protein (?:do|should)\b|^(?:and |so |but |ok |okay )?how much protein(?:,? (?:tho|though|then|roughly|exactly|really|for me|for that|for this))?\??$|^protein\??$|"
    # the question after a goal said first: "I want to cut for summer, how much protein?"
    r"\b(?:cut|cutting|bulk|bulking|lose|losing|lean|tone|toning|build|building|gain|gaining|shred|shredding)\b[^.?!]{0,40}[,.;!-]\s*(?:and |so |but |then )?how (?:much|many grams of) protein(?: (?:tho|though|then|roughly|a day|daily|per day))?\W*$|"
    # "how much protein should a man of my age be having", "for someone my age", "an old fella like me": their own need, by age
    r"\bhow (?:much|many grams of) protein\b[^.?!]{0,40}\b(?:my age|like me|at my age|for me)\b|"
    # "how much protein should a 70kg cyclist eat", "how much protein does a grown man need": a person's need, never a food's
    r"\bhow (?:much|many grams of) protein (?:should|does|do|would|must) (?:a|an) (?:[\w.'-]+ ){0,4}?"
    r"(?:players?|runners?|athletes?|lifters?|cyclists?|swimmers?|rowers?|climbers?|boxers?|fighters?|footballers?|sprinters?|"
    r"bodybuilders?|man|woman|men|women|guy|girl|lad|bloke|person|adult|teen(?:ager)?|student|pensioner|senior|vegan|vegetarian|veggie) "
    r"(?:eat|need|have|get|aim for|consume|take)\b|"
    # "how much protein does my husband need, he's 90kg", "how much protein should she eat": someone's need, never a food's
    r"\bhow (?:much|many grams of) protein (?:does|do|should|would|must) (?:(?:my|our) (?:(?!\d)[\w'-]+ ){0,2}?(?:son|daughter|kids?|child|boy|girl|teen(?:ager)?|husband|hubby|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|friend|mate|gran|grandma|grandad|nan)|he|she|they) "
    r"(?:need|eat|have|get|aim for|take)\b|"
    # "protein for muscle gain at 60kg?", "how much protein to get bigger": protein for a goal
    r"\b(?:how much |how many grams of )?protein (?:for|to) (?:(?:build(?:ing)?|gain(?:ing)?|put(?:ting)? on) )?(?:muscles?|muscle gain|bulk(?:ing)?|a bulk|mass|get(?:ting)? (?:big|bigger|jacked|swole)|gain(?:ing)? weight|lose weight|losing weight|weight loss|fat loss|a cut|cutting)\b"
))
RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds?)\s*(?:a|per|each|every)\s*week")
EXCLUDE = re.compile(
    r"\b(?:without|no|minus|hold the|skip the|except|but no|free of|not with|leave out|avoid(?:ing)?|not keen on|not so keen on|"
    # "swap the eggs", "ditch the bread" (no "for ..."): that food out of the ideas
    r"(?:swap|switch|replace|ditch|drop|change)(?: out)? the|(?:swap|replace|ditch)(?: out)?|"
    r"(?:i )?don'?t fancy|not feeling|bored of|sick of|fed up (?:of|with)|had enough of|can'?t face|not in the mood for|"
    r"(?:none|nothing|no ideas?|not one|neither) (?:of (?:them|those|these|it) )?(?:with|containing|that (?:has|have|contains?))|"
    r"(?:no|not) (?:any )?more)\s+(?P<items>[a-z][a-z ,'&-]*)"
)
FREE_OF = re.compile(r"\b([a-z]+)[ -]free\b")
TRAINING_WORDS = re.compile(
    r"\b(train|training|lift|lifting|gym|work out|workout|exercise|strength|athlete|runner|run|build muscle|"
    r"building muscle|gain muscle|muscle gain|bulk|bulking|gains|bodybuilding|weightlifting|cutting|on a cut|lean bulk|recomp|"
    # a competitor in prep: "12 weeks out from my first physique show", "my coach has me cutting", "14% bf"
    r"physique|bikini|figure|powerlifting|show prep|prep|weeks out|comp|competition|coach|\d+ ?% ?(?:bf|body ?fat)|"
    # a sport played: "a rugby player", "i play 5-a-side twice a week", "a cyclist"
    r"(?:rugby|football|soccer|hockey|netball|basketball|tennis|squash|badminton|volleyball|cricket|gaa|hurling) (?:player|players|training|practice|season)|"
    r"footballer|cyclist|rower|swimmer|sprinter|boxer|triathlete|crossfit)\b"
)


def undo_request(text: str) -> dict[str, Any] | None:
    """ "oops, remove the pizza" -> {"food": "pizza"}; "delete my last meal" / "undo" -> {};
    "remove lunch" -> {"meal_type": "lunch"}; None when the text takes nothing back."""
    low = clean(text)
    found = UNDO.search(low)
    someone_elses = NOT_MINE.search(low)
    if someone_elses and (found is None or _undone_words(found) == ""):
        return {"food": someone_elses.group("food") or someone_elses.group("food2")}  # "undo that, the shake was my mate's": that food, not the meal
    if not found:
        return None
    words = _undone_words(found)
    if words is None:
        return None
    if found.group("rest2") is not None and words and not _names_food(words):
        return None  # "it's just cos I didn't eat before lol": not a food taken back
    kind = MEAL_WORDS.get(words)
    if kind:
        return {"meal_type": kind}
    if words in ("", "it", "them", "that", "those", "this", "these") and (named := FOOD_SAID_GONE.search(low)) is not None and _names_food(named.group("food")):
        return {"food": named.group("food")}  # "actually no guac, remove it": the guac, not the whole meal
    return {"food": words} if words else {}


# The food an undo's "it" stands for, said before it: "no guac, remove it", "without the cheese - take it off".
FOOD_SAID_GONE = re.compile(
    r"\b(?:no|without|minus|skip|skipped|hold|scratch|not the)\s+(?:the\s+)?(?P<food>[a-z][a-z ]{1,30}?)\s*(?=,|;|\.|-|\b(?:so |please |pls )?(?:remove|delete|take|undo|get rid)\b)"
)


def _names_food(words: str) -> bool:
    from agenthost_ceres.foods import load_table  # imported late: the table loads once, when needed
    from agenthost_ceres.parser import parse_meal

    return bool(parse_meal(words, load_table()).items)


def _undone_words(found: re.Match[str]) -> str | None:
    """The food or meal words an undo names ("remove the pizza" -> "pizza"); "" for none, None
    when it takes back something that is no meal ("remove soy from my allergies")."""
    rest = next((group for group in found.groups() if group is not None), "")
    rest = re.split(r",|;|\.|\b(?:that was|that's|it was|it's|because|cause|since|as it|which)\b", rest)[0]
    if re.search(r"\bfrom my (?:allergies|allergy|diet|dislikes|preferences|profile)\b", rest):
        return None
    words = UNDO_NOISE.sub(" ", rest)
    words = re.sub(r"[^a-z ]", " ", words)
    return " ".join(words.split())


# Only part of the meal logged was eaten: "actually I only ate half, my flatmate nicked the rest",
# "I only managed about a third of it", "shared it with my sister, so half".
PORTION = re.compile(
    r"\b(?:only|just|actually|really)\s+(?:ate|had|eaten|managed|finished|got through|did)\s+(?:about |around |like |maybe |roughly )?"
    r"(?P<frac>half|a half|a third|one third|a quarter|one quarter|two thirds|three quarters|most|3/4|1/2|1/3|1/4|2/3)"
    r"(?:\s+(?:of\s+)?(?:it|that|them|those|this|the (?P<food>[a-z][a-z ]{1,40}?)|my (?P<food2>[a-z][a-z ]{1,40}?)))?(?=$|[,.;!]|\s+(?:my|the|cos|because|as|since|and|so|then|tho|though|lol|haha|tbh|honestly|really|in the end|tops|max)\b)"
    r"|\b(?:only|just)\s+(?P<frac2>half|a half|a third|a quarter|two thirds|three quarters)(?:\s+of\s+(?:it|that|them|the (?P<food3>[a-z][a-z ]{1,40}?)))?\s*(?:$|[,.;!])"
    r"|\b(?:shared|split) (?:it|that|them|the (?P<food4>[a-z][a-z ]{1,40}?)) (?:with|between)\b|\b(?:we|ended up) (?:shared|sharing|split|splitting) (?:it|that)\b"
    # "couldn't finish it, had about half", "ate maybe half tbh": a share said after eating, with nothing after it
    r"|\b(?:ate|had|eaten|managed)\s+(?:about |maybe |like |roughly |around |only |just )*(?P<frac3>half|a third|a quarter|two thirds|three quarters)"
    r"(?:\s+of\s+(?:it|that|them))?(?=$|[,.;!]|\s+(?:tbh|lol|honestly|max|tops|really|i think)\b)"
    # someone else had part of it: "my kid ate half of it", "gave half to my dog", "half of it went in the bin"
    r"|\b(?:my|the) (?:kids?|son|daughter|dog|cat|partner|wife|husband|mate|friend|flatmate|roommate|housemate|boyfriend|girlfriend|bf|gf|sister|brother|mum|mom|dad)"
    r" (?:ate|had|nicked|stole|took|finished) (?P<other>half|a third|a quarter)(?: of (?:it|that|mine|them))?(?=$|[,.;!])"
    r"|\bgave (?P<other2>half|a third|a quarter)(?: of (?:it|that))? (?:to|away)\b|\b(?P<other3>half|a third|a quarter) of (?:it|that) (?:went in the bin|got binned|went to waste)"
    # what was left: "I left half of it", "left about a third"
    r"|\b(?:left|binned|wasted|threw away|chucked)\s+(?:about |maybe |like |roughly |around )?(?P<left>half|a third|a quarter|two thirds|three quarters)(?:\s+of\s+(?:it|that|them))?(?=$|[,.;!]|\s)"
)
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "1/2": 0.5, "a third": 1 / 3, "one third": 1 / 3, "1/3": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "1/4": 0.25, "two thirds": 2 / 3, "2/3": 2 / 3, "three quarters": 0.75, "3/4": 0.75, "most": 0.75,
}


def portion_eaten(text: str) -> tuple[float, str | None] | None:
    """(the share eaten, the food it is about or None for the whole last meal) when the text
    says only part of a logged meal was eaten; None otherwise ("I had half a pizza" is a meal)."""
    low = clean(text)
    found = PORTION.search(low)
    if found is None:
        return None
    said = found.group("frac") or found.group("frac2") or found.group("frac3")
    share = FRACTIONS[said] if said else 0.5  # "shared it with my sister": half each
    if other := found.group("other") or found.group("other2") or found.group("other3") or found.group("left"):
        share = 1 - FRACTIONS[other]  # "my kid ate half of it", "I left a third": the rest was eaten
    food = next((found.group(key) for key in ("food", "food2", "food3", "food4") if found.group(key)), None)
    if food is not None and not _names_food(food):
        food = None  # "half of the plate": the meal, not a food
    return round(share, 3), food


def correction_text(text: str) -> str | None:
    """ "actually it was two eggs" -> "two eggs"; "make that 3 slices" -> "3 slices"."""
    found = CORRECTION.match(clean(text)) or MAKE_THAT_AFTER_ASIDE.search(clean(text))
    if not found:
        return None
    rest = found.group("rest").strip()
    while (shorter := re.sub(r"^(?:it was|that was|it's|its|only|just|more like|about|actually|really)\s+", "", rest)) != rest:
        rest = shorter  # "it was only 2 eggs" -> "2 eggs"
    rest = re.sub(r"\s*,?\s*\b(?:not|instead of|rather than)\b.*$", "", rest)
    # "the granola was 80g" -> "80g granola": the amount where the parser reads one
    said = re.match(r"^(?:the|my) (?P<food>[a-z][a-z ]*?) (?:was|were) (?:actually |really |more like |about )?(?P<amount>\d[\d.]*\s*[a-z]*)$", rest)
    if said:
        rest = f"{said.group('amount')} {said.group('food')}"
    return rest or None


# One logged food said to have been another: "scrap the juice, it was a black coffee", "the
# juice was actually a black coffee", "it was a coffee not a juice", "swap the chips for a salad".
_ART = r"(?:a |an |the |my |some |that |those )?"
REPLACEMENTS = (
    re.compile(rf"^(?:\w+[, ]+)?(?:actually |oh |sorry |wait |oops )*(?:scrap|scratch|drop|remove|lose|forget|ditch|not){' '}{_ART}(?P<old>[a-z][a-z ]*?),? "
               rf"(?:it was|it's|its|i had|i actually had|make it|that was|i meant|replace it with|swap it for|instead) {_ART}(?P<new>[a-z0-9][a-z0-9 ]*)$"),
    re.compile(rf"^(?:\w+[, ]+)?(?:actually )?{_ART}(?P<old>[a-z][a-z ]*?) (?:was|were) (?:actually |really |meant to be )?{_ART}(?P<new>[a-z0-9][a-z0-9 ]*?)(?: not {_ART}\w+)?$"),
    re.compile(rf"^(?:\w+[, ]+)?(?:actually |no |sorry )?(?:it was|it's|i had|that was) {_ART}(?P<new>[a-z0-9][a-z0-9 ]*?),? not {_ART}(?P<old>[a-z][a-z ]*)$"),
    re.compile(rf"^(?:\w+[, ]+)?(?:can you |please )?(?:swap|change|replace|switch) {_ART}(?P<old>[a-z][a-z ]*?) (?:for|with|to) {_ART}(?P<new>[a-z0-9][a-z0-9 ]*)$"),
    # "not rice, quinoa", "no, not rice but quinoa", "not the white bread - wholemeal"
    re.compile(rf"^(?:\w+[, ]+)?(?:actually |oh |sorry |wait |oops )*not {_ART}(?P<old>[a-z][a-z ]*?)(?:,| but| -| it was| i had)+ {_ART}(?P<new>[a-z0-9][a-z0-9 ]*?)(?: instead| actually)?$"),
    # "quinoa instead of rice", "it was quinoa instead of the rice"
    re.compile(rf"^(?:(?:actually|oh|no|sorry|oops|wait)[, ]+)*(?:it was |i had |it's |its |that was )?{_ART}(?!(?:i|we|had|ate|have|just|got)\b)(?P<new>[a-z0-9][a-z0-9 ]*?) (?:instead of|rather than) {_ART}(?P<old>[a-z][a-z ]*)$"),
    # "quinoa, not rice", "oops brown rice not white rice": the food first, said alone
    re.compile(rf"^(?:(?:actually|oh|sorry|wait|oops|no|nope|sorry)[, ]+)*{_ART}(?!(?:i|we|had|ate|have|just|got|grabbed|drank|made|for|then|and)\b)(?P<new>(?:(?!\b(?:had|ate|for|with|and)\b)[a-z ]){{1,30}}?),? not {_ART}(?P<old>[a-z][a-z ]{{0,30}})$"),
)


# What asks for the change after saying it: "the coke was a diet one, can you fix that".
FIX_IT_TAIL = re.compile(
    r"[,.!]*\s*(?:(?:can|could|would) you |pls |please |plz |just )*(?:fix|change|update|correct|amend|edit|sort)(?: that| it| this| the log| my log)?"
    r"(?: for me)?(?: please| pls| plz| thanks| thx)?\s*$|[,.!]*\s*(?:sorry|my bad|oops|lol|thanks|thx|please|pls)\s*$"
)


# The same food in another kind, said as people say it: "0% fat", "fat-free", "skimmed", "diet".
VARIANT_WORDS = (
    (re.compile(r"\b0 ?%(?: fat)?|\b0 percent(?: fat)?|\bzero[- ]fat|\bfat[- ]free|\bnon[- ]?fat|\bno[- ]fat"), "fat free"),
    (re.compile(r"\bsemi[- ]skim(?:med)?\b"), "semi skimmed"),
    (re.compile(r"\bfull[- ]fat\b|\bfull[- ]cream\b"), "full fat"),
    (re.compile(r"\b(?:reduced|half|lower)[- ]fat\b|\blow[- ]fat\b"), "low fat"),
    (re.compile(r"\b(?:sugar[- ]free|zero sugar|no sugar|no added sugar)\b"), "sugar free"),
)
VARIANT_FIX = re.compile(
    r"^(?P<opener>(?:(?:sorry|oops|wait|actually|oh|no|nope|my bad|hmm|ah|ok|okay)\W+)*(?:it was|it's|its|that was|they were|was|make (?:it|that)|should (?:be|have been)|i meant|meant|i had)?)\s*"
    r"(?:actually |really |meant to be )?(?:the |a |an |some )?"
    r"(?P<variant>fat free|semi skimmed|skimmed|skim|full fat|low fat|sugar free|diet|light|lite|whole)\b(?P<rest>(?: (?!one\b|version\b|kind\b|type\b|stuff\b|actually\b|sorry\b|please\b|pls\b|thanks\b|instead\b|not\b)[a-z]+){0,3})"
    r"(?: (?:one|version|kind|type|stuff))?(?: actually| sorry| instead| please| thanks| not (?:the )?\w+(?: \w+)?)?"
    r"(?P<fix>\W+(?:(?:can|could|would) you |please |pls )*(?:fix|change|update|correct|sort)(?: that| it| this)?(?: please| pls)?)?\W*$"
)


def variant_fix(low: str) -> tuple[str, str] | None:
    """("fat free", "yoghurt") for "sorry it was 0% fat yoghurt, can you fix that"; ("fat free",
    "") for "it was the fat free one": the kind of a food just logged."""
    said = low
    for pattern, canonical in VARIANT_WORDS:
        said = pattern.sub(canonical, said)
    found = VARIANT_FIX.match(said.strip())
    if found is None or ends_asking(said) and not found.group("fix"):
        return None
    if found.group("variant") == "whole" and re.search(r"\b(?:a|an|the|one) whole\b", said):
        return None  # "it was a whole sandwich": how much, not whole milk
    if found.group("rest").strip() and not (found.group("opener").strip() or found.group("fix")):
        return None  # "diet coke please", "whole wheat toast too": more to log, not a correction
    return found.group("variant").replace("skim", "skimmed").replace("skimmedmed", "skimmed").replace("lite", "light"), found.group("rest").strip()


def replacement(text: str) -> tuple[str, str] | None:
    """(the food logged, what it really was) for "scrap the juice, it was a black coffee"; None
    unless both name foods of the table."""
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal

    # "oh wait it was a diet coke not regular": the interjections said first are no food
    low = re.sub(r"^(?:(?:oh|wait|sorry|oops|hmm+|ah|um+|no|nope|actually|ok|okay|my bad|whoops)\b[,.!]*\s*)+", "", clean(text))
    # the request tail is dropped only for "the X was a Y": "it was a 6 inch not a footlong, fix
    # that" is a size said alone, which the correction reads
    tried = [(pattern, low) for pattern in REPLACEMENTS] + [(REPLACEMENTS[1], FIX_IT_TAIL.sub("", low))]
    for pattern, said in tried:
        found = pattern.match(said)
        if not found:
            continue
        old, new = found.group("old").strip(), found.group("new").strip()
        new = re.sub(r"\bones?$", old, new)  # "the coke was a diet one" -> "diet coke"
        if len(new.split()) <= 2 and not parse_meal(new, load_table()).items and parse_meal(f"{new} {old}", load_table()).items:
            new = f"{new} {old}"  # "the coke was diet": the kind of that food
        if old in ("it", "that", "this", "they", "those", "these", "he", "she", "i", "lunch", "dinner", "breakfast"):
            continue
        if re.fullmatch(r"(?:my |the )?(?:breakfast|brunch|lunch|dinner|supper|tea|snacks?|meal)(?: (?:today|tonight|yesterday|earlier|this morning|last night|at work))?", old):
            continue  # "and my lunch today was chicken rice and a coke": a meal told, not a food corrected
        table = load_table()
        said_old = parse_meal(old, table)
        if not said_old.items and len(new.split()) >= 2 and len(old.split()) <= 2:
            # "it was medium fries not large": the large what the new food is ("large fries")
            for cut in range(1, len(new.split())):
                whole = f"{old} {' '.join(new.split()[cut:])}"
                if parse_meal(whole, table).items and not parse_meal(whole, table).unrecognised:
                    old, said_old = whole, parse_meal(whole, table)
                    break
        is_food = bool(said_old.items) or (len(old.split()) <= 3 and old.split()[-1] in table.vocabulary | {singular(w) for w in old.split()})
        if is_food and parse_meal(new, table).items and not parse_meal(new, table).days and not parse_meal(new, table).unrecognised:
            return old, new
    return None


# A meal or food logged for the wrong day: "the kitkat was yesterday not today", "that was
# yesterday", "move the pizza to last night", "I had that on monday".
MOVED = (
    re.compile(r"^(?:\w+[, ]+)?(?:actually |oh |sorry |wait |oops )*(?:the |my |that |those )?(?P<what>[a-z][a-z ]*?) (?:was|were) (?:actually |really |from )?(?P<when>.+?)(?:,? not (?:today|yesterday|\w+day))?$"),
    re.compile(r"^(?:\w+[, ]+)?(?:can you |please )?move (?:the |my |that )?(?P<what>[a-z][a-z ]*?) to (?P<when>.+)$"),
    re.compile(r"^(?:\w+[, ]+)?(?:actually |no |sorry )?i (?:had|ate) (?:that|it|them|those) (?P<when>.+?)(?:,? not (?:today|yesterday|\w+day))?$"),    re.compile(r"^(?:\w+[, ]+)?(?:can you |could you |please |pls )?(?:put|log|move|change|switch|record|file|count|add) (?:that|it|this|those|them|(?:the |my )(?P<what>[a-z][a-z ]*?)) (?:on|to|for|under|into|as) (?P<when>.+?)(?: instead| please| pls| thanks)?$"),
    # "remove the pain au chocolat, it was yesterday actually": not gone, eaten on another day
    re.compile(r"^(?:\w+[, ]+)?(?:can you |please |pls )?(?:remove|delete|take off|take out|undo) (?:the |my |that )?(?P<what>[a-z][a-z ]*?),? (?:it|that|they|those|this) (?:was|were) (?:actually |really |from )?(?P<when>.+?)(?: actually| in fact| tbh| lol)?$"),
    re.compile(r"^(?:\w+[, ]+)?(?:i meant|i mean|meant|it should (?:be|have been|say)|that should (?:be|have been|say)|should (?:be|have been|say)) (?:for |on )?(?P<when>.+?)(?:,? not (?:today|yesterday|\w+day))?$"),
)


# Said before or after the move itself: "wait no ...", "... can you move it?", "... pls fix".
MOVE_LEAD = re.compile(r"^(?:(?:wait|no|nope|oh|oops|sorry|hmm+|ah|um+|ugh|my bad|whoops)\b[,.!]*\s*)+")
MOVE_TAIL = re.compile(
    r"[,.;!]*\s*(?:(?:so |and )?(?:can|could|would) you (?:please |pls )?|please |pls |just )?"
    r"(?:move|change|fix|update|put|shift|switch|sort)(?: (?:it|that|this|them|those|the log|it over|that over))?"
    r"(?: (?:to|into|onto) (?:yesterday|the right day|that day))?(?: for me)?(?: please| pls| thanks| thx)?\s*$"
)


MEAL_NAMED = re.compile(r"(?:(?:my|the|that|this) )?(?:breakfast|brunch|lunch|dinner|supper|tea|snack|meal|last meal|last entry)")


def moved_to(text: str) -> tuple[str | None, str] | None:
    """(the food, or None for the whole meal; the day as an ISO date) when the text says a
    logged meal was eaten on another day."""
    from agenthost_ceres.dates import find_when
    from agenthost_ceres.foods import load_table
    from agenthost_ceres.parser import parse_meal, tokenise

    low = MOVE_LEAD.sub("", clean(text)).strip(" ,.;!")
    low = MOVE_TAIL.sub("", low).strip(" ,.;!") or low  # "... can you move it?"; "move it to yesterday pls" stays whole
    for pattern in MOVED:
        found = pattern.match(low)
        if not found:
            continue
        tokens = tokenise(found.group("when"))
        whens = find_when(tokens)
        if not whens or whens[0].start > 1:
            continue
        what = (found.groupdict().get("what") or "").strip()
        if what in ("", "it", "that", "this", "those", "them", "meal", "that meal", "it all", "all that", "everything") or MEAL_NAMED.fullmatch(what):
            return None, whens[0].day.isoformat()  # "can you move my breakfast to yesterday": the meal logged last
        if parse_meal(what, load_table()).items:
            return what, whens[0].day.isoformat()
    return None


def asks_why(text: str) -> bool:
    """ "why?", "how did you work that out?", "source?"."""
    low = clean(text)
    return bool(WHY.match(low)) and (len(low.split()) <= 4 or bool(WHY_THAT.match(low)))


def summary_period(text: str) -> str:
    """ "week" (this/last week), "7_days" (the last 7 days) or "day"."""
    low = clean(text)
    if SEVEN_DAYS.search(low):
        return "7_days"
    return "week" if WEEK.search(low) else "day"


def asks_protein_needs(text: str) -> bool:
    """ "how much protein do I need?", "what should my protein intake be", and the question
    after body facts ("im 5'7, 150lb, 23, male. cutting for summer. how much protein??")."""
    low = ALSO_PROTEIN.sub("protein", clean(text))  # "how much calcium and protein should I aim for?": protein is asked too
    return bool(PROTEIN_NEEDS.search(low)) or any(PROTEIN_NEEDS.search(part.strip()) for part in re.split(r"[.!?;]+", low) if part.strip())


# Protein asked beside another nutrient: "calcium and protein", "protein & fibre", "protein and vitamin d".
ALSO_NUTRIENT = r"(?:carbs?|carbohydrates?|calcium|iron|fibre|fiber|vitamin [a-z0-9]+|vit [a-z0-9]+|omega[- ]?3s?|magnesium|zinc|potassium|b12|folate|iodine|water|fluids?)"
ALSO_PROTEIN = re.compile(rf"\b{ALSO_NUTRIENT}\s*(?:and|&|\+|plus|,)\s*protein\b|\bprotein\s*(?:and|&|\+|plus|,)\s*{ALSO_NUTRIENT}\b")


def also_asked_nutrient(text: str) -> str | None:
    """The other nutrient of "how much calcium and protein?" ("calcium"), else None."""
    found = ALSO_PROTEIN.search(clean(text))
    if found is None:
        return None
    return re.sub(r"\s*(?:and|&|\+|plus|,)?\s*\bprotein\b\s*(?:and|&|\+|plus|,)?\s*", " ", found.group(0)).strip()


def loss_rate(text: str) -> float | None:
    """A wished rate of change in kg a week ("lose 2 kg a week", "1 lb per week")."""
    low = re.sub(r"\bhalf (?:a |an )?(?=(?:kg|kgs|kilos?|lbs?|pounds?)\b)", "0.5 ", clean(text))  # "half a kilo a week"
    low = re.sub(r"\b(?:a|an|one) (?=(?:kg|kilos?|lb|pound)\b)", "1 ", low)  # "about a pound a week"
    found = RATE.search(low)
    if not found:
        return None
    value = float(found.group(1))
    return round(value * 0.4536, 2) if found.group(2).startswith(("lb", "pound")) else value


def trains(text: str) -> bool:
    """Mentions training ("I lift 4 times a week", "I'm a runner")."""
    return bool(TRAINING_WORDS.search(clean(text)))


def exclusions(text: str) -> list[str]:
    """Foods a request leaves out: "without eggs" -> ["eggs"], "dairy-free" -> ["dairy"]."""
    low = clean(text)
    items = _listed(EXCLUDE, low)
    items += [word for word in FREE_OF.findall(low) if word not in ("gluten", "lactose", "sugar", "fat", "guilt", "hands")]
    # "no non-veg and no egg also", "no fish no eggs": each food its own item, without the "no" or "also" said with it
    items = [re.sub(r"^(?:no|not|without|nor|any)\s+|\s+(?:also|too|either|as well|pls|please)$", "", part.strip())
             for item in items for part in re.split(r"\s+(?:no|without|nor)\s+", item)]
    items = [" ".join(_short_repaired(word) for word in item.split()) for item in items if item]
    # "sick of them", "can't stand it": a pronoun is the food said before it, not a food of its own
    return [item for item in dict.fromkeys(items) if item not in ("meat", "animal products", "non-veg", "non veg", "nonveg") and item not in PRONOUNS
            and item.split()[0] not in PRONOUNS and not item.startswith(("allergic", "not fan"))
            and not set(item.split()) & KITCHEN_TOOLS]  # "no time to cook", "no oven, just a hob": how, not a food


KITCHEN_TOOLS = frozenset({"oven", "hob", "stove", "microwave", "kitchen", "cooker", "stovetop", "grill", "air fryer", "airfryer", "kettle", "fridge", "freezer"})


PRONOUNS = frozenset({
    "them", "it", "those", "these", "that", "this", "they", "em", "'em",
    # "no time", "no cooking", "no fuss": how, not a food
    "time", "cooking", "cook", "fuss", "hassle", "effort", "faff", "oven", "hob", "stove", "microwave", "kitchen", "money", "budget",
})


def _short_repaired(word: str) -> str:
    """A three-letter food word with a doubled letter written once ("without egs" -> "eggs"):
    `clean` repairs only longer words, and a food left out must be read right."""
    if len(word) != 3 or word in KNOWN_WORDS or word in FILLER or singular(word) in load_table().vocabulary:
        return word
    return _speller().repair(word) or word


MIN_PROTEIN = re.compile(
    r"(?:at least|minimum(?: of)?|min|over|more than|no less than|>=?|≥)\s*(\d{1,3})\s*(?:g|grams?)\b(?:\s*of)?\s*protein"
    r"|(\d{1,3})\s*(?:g|grams?)\+?\s*(?:of\s*)?protein"
)
DAY_PLAN = re.compile(
    r"\b(?:a |one |full |whole |an entire )?day of (?:meals|eating|food)\b|\bmeal plan\b|\bplan (?:my|a|the|out my) (?:meals|day|menu|food|eating)\b|"
    r"\b(?:menu|meals|food) for (?:the |a |one )?(?:whole |full )?day\b|\bday'?s? (?:meals|menu|meal plan)\b|\bfull day\b|"
    r"\bwhat (?:should|can|could) i eat (?:today|tomorrow|all day)\b|\bdaily meal\b|"
    r"\bday'?s? worth of (?:meals|food|eating)\b|\btypical day (?:of (?:eating|meals|food)|food[- ]wise)\b|\b(?:a|one) day'?s? (?:eating|food)\b"
)


# A day's target said beside a meal asked for: "trying to hit 140g protein today", "aiming for
# about 1900 a day": what the day has left is the meal's, not the meal itself.
DAY_PROTEIN = re.compile(
    r"\b(\d{2,3})\s*(?:g|grams?)\s*(?:of\s*)?protein\s*(?:today|(?:a|per|each|for the) day|daily|in (?:a|the|one) day)\b"
    r"|\bprotein (?:goal|target|aim) (?:is |of )?(?:about |around )?(\d{2,3})\s*(?:g|grams?)\b"
)
DAY_KCAL = re.compile(
    r"(?<![\d,.])(\d,?\d{3})\s*(?:k?cals?|kcal|calories)?\s*(?:(?:a|per|each|for the) day|daily|today)\b"
    r"|\b(?:aiming|aim|trying|target(?:ing)?|sticking|stick|keeping|keep|staying|stay)\b(?: to| for| at| under| around| about| roughly)* (\d,?\d{3})\s*(?:k?cals?|kcal|calories)\b"
)


def day_protein(text: str) -> int | None:
    """ "trying to hit 140g protein today" -> 140: the day's protein target said with a meal asked for."""
    found = DAY_PROTEIN.search(clean(text))
    value = int(found.group(1) or found.group(2)) if found else 0
    return value if 40 <= value <= 400 else None


def day_kcal(text: str) -> int | None:
    """ "aiming for about 1900 a day" -> 1900: the day's calories said with a meal asked for."""
    found = DAY_KCAL.search(clean(text))
    value = int((found.group(1) or found.group(2)).replace(",", "")) if found else 0
    return value if 1000 <= value <= 5000 else None


def min_protein(text: str) -> int | None:
    """ "at least 25g of protein" -> 25 (not a day's target: "140g protein today")."""
    if day_protein(text) is not None:
        return None
    found = MIN_PROTEIN.search(clean(text))
    if not found:
        return None
    value = int(found.group(1) or found.group(2))
    return value if 1 <= value <= 150 else None


def asks_day_plan(text: str) -> bool:
    """ "give me a day of meals", "plan my meals", "a meal plan for today"."""
    return bool(DAY_PLAN.search(clean(text)))


VERY_LOW_INTAKE = re.compile(
    r"\b(?:stop(?:ped)? eating|not eat(?:ing)? (?:at all|anything|for)|starv(?:e|ing) myself|skip(?:ping)? (?:all )?(?:my )?meals|"
    r"eat(?:ing)? nothing|fast(?:ing)? for (?:a|an|one|two|three|\d+) (?:week|weeks|days?)|only (?:drink|have) water)\b"
)
# A fast a clinic asks for: before a blood test, an operation, a scan or a procedure.
MEDICAL_FAST = re.compile(
    r"\b(?:fasting )?(?:bloods|blood tests?|blood work|bloodwork|blood draw|cholesterol test|glucose test|glucose tolerance test|ogtt|"
    r"surgery|operation|op|anaesthetic|anesthetic|general anaesthetic|sedation|procedure|colonoscopy|endoscopy|gastroscopy|"
    r"scan|ultrasound|mri|ct scan|pet scan|lipid panel|lipid test|fasting test|nil by mouth)\b"
)
LOW_KCAL = re.compile(r"(?<![\d,.])\b(\d{2,3})\s*(?:k?cals?|calories?)\b")  # never the "200" of "1,200 calories"
DAILY = re.compile(r"\b(?:a day|per day|daily|each day|calorie day|kcal day|cal day|diet|meal plan|target|goal|only eat|eat about|eating about|live on)\b")
ONE_MEAL = re.compile(r"\b(?:snack|lunch|dinner|breakfast|meal(?! plan)|left|remaining|burn(?:ed|t)?|in a|in an|in one|per 100)\b")


# Weight control by pills, laxatives or purging ("water pills and diet pills to get lighter"):
# the same floor as a day of eating far too little.
HARMFUL_METHODS = re.compile(
    r"\b(?:laxatives?|water pills?|water tablets?|diuretics?|diet pills?|slimming pills?|slimming tablets?|fat burners?|"
    r"make myself (?:sick|throw up|vomit)|making myself (?:sick|throw up|vomit)|throw(?:ing)? up (?:after|my)|purg(?:e|es|ing)(?! (?:my |the |our |your )?(?:\w+ )?(?:pantry|cupboards?|kitchen|fridge|freezer|junk|snacks|cabinets?|house|wardrobe|closet)))\b"
)


# A clear-out of food, not of the body: "a big kitchen purge", "did a massive purge of the junk in my cupboards".
KITCHEN_PURGE = re.compile(r"\b(?:kitchen|pantry|cupboards?|fridge|freezer|junk|snacks|cabinets?|shelves|wardrobe|closet|house|restock\w*)\b")


def harmful_methods(text: str) -> bool:
    """Pills, laxatives or being sick to lose weight, said in the message."""
    found = HARMFUL_METHODS.search(text := clean(text))
    if found is not None and found.group(0).startswith("purg") and KITCHEN_PURGE.search(text):
        return any(not m.group(0).startswith("purg") for m in HARMFUL_METHODS.finditer(text))
    return found is not None


def very_low_intake(text: str) -> bool:
    """A day of eating far under a safe floor ("500 kcal a day", "a 400 calorie day", "stop
    eating for a week"), or weight control by pills, laxatives or being sick: Ceres then gives
    no numbers and no plan, whatever the guard said."""
    low = clean(text)
    if harmful_methods(low):
        return True
    said = VERY_LOW_INTAKE.search(low)
    if said and not (MEDICAL_FAST.search(low) and re.fullmatch(r"stop(?:ped)? eating|not eat(?:ing)? anything", said.group(0))
                     and not re.search(r"\b(?:days?|weeks?|starv\w*|lose|weight)\b", low)):
        return True  # "when should I stop eating before my fasting bloods?" is a clinic's fast, not a diet
    for found in LOW_KCAL.finditer(low):
        if int(found.group(1)) < 800 and DAILY.search(low) and not ONE_MEAL.search(low):
            return True
    if CUT_MORE.search(low) and (FEELING_FAINT.search(low) or TINY_DAY.search(low)):
        return True  # "black coffee, half an apple... feel kinda dizzy but proud. what else can I cut tomorrow?"
    return False


# Asking to eat still less: "what else can I cut tomorrow?", "how do I eat even less".
CUT_MORE = re.compile(
    r"\bwhat (?:else|more) (?:can|could|should|do) i (?:cut|drop|skip|get rid of|cut out)\b|\b(?:cut|eat) (?:even |a bit |a little )?(?:more|less) (?:tomorrow|than (?:that|today))\b"
    r"|\bhow (?:do|can) i eat (?:even )?less\b"
)
# Signs the day was already too little: dizzy or faint, or a day of almost nothing listed.
FEELING_FAINT = re.compile(r"\b(?:dizzy|faint|fainted|light ?headed|shaky|black(?:ed)? out|seeing stars|weak)\b")
TINY_DAY = re.compile(r"\b(?:half an? \w+|(?:black )?coffee|diet (?:coke|soda|pepsi)|water)\b[^.?!]{0,60}\b(?:half an? \w+|(?:black )?coffee|diet (?:coke|soda|pepsi)|water|x ?\d)\b")


FUTURE = re.compile(
    r"\b(?:i'?m|i am|im) (?:going to|gonna|planning to|about to|thinking of|thinking about) (?:have|eat|get|order|make|cook|grab|drink|having|eating|getting|ordering)\b|"
    r"\bi(?:'ll| will| might| may) (?:have|eat|get|order|make|cook|grab|drink)\b|\b(?:tomorrow|later today|tonight) i(?:'ll| will)\b|"
    r"\bfor (?:dinner|lunch|breakfast) (?:tonight|tomorrow|later)\b.*\bi(?:'ll| will)\b"
)


def plans_to_eat(text: str) -> bool:
    """ "I'm going to have pizza tonight", "tomorrow I'll eat salad": not eaten yet."""
    return bool(FUTURE.search(clean(text)))


def pescatarian_clause(clause: str) -> bool:
    """ "vegetarian but I eat fish", "vegetarian plus fish": a pescatarian."""
    return bool(re.search(r"\bvegetarian\b.*\b(?:but|except|plus|and)\b.*\b(?:i )?(?:eat|have|do)?\s*(?:fish|seafood)\b", clause))


DRINKS_ASKED = re.compile(
    r"\bhow much (?:water|fluids?|liquids?|coffee|tea|caffeine)? ?(?:have|did|had) i (?:had|drink|drunk|drank|have)\b|"
    r"\bhow much (?:water|fluid) (?:today|so far)\b|\bhow many (?:glasses|cups|coffees|teas) (?:have|did) i\b"
)


def asks_drinks(text: str) -> bool:
    """ "how much water have I had?": the drinks logged today."""
    return bool(DRINKS_ASKED.search(clean(text)))


# The kind of meal a request asks for, in everyday words (see `suggestions.STYLES`), first
# match wins: "something sweet", "a dip", "I love asian food", "any soups?".
STYLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dip", re.compile(r"\b(?:dips?|dipping)\b")),
    ("bake", re.compile(r"\b(?:to bake|bake sale|baking|baked goods|bake for|bake with|(?:i|we) (?:could|can|should) bake|home ?baked?)\b")),
    ("smoothie", re.compile(r"\bsmoothies?\b|\b(?:for an? |recovery |post[- ]?workout |post[- ]?gym |after[- ]?gym )(?:protein )?shakes?\b|\bshakes? (?:ideas?|recipes?)\b")),
    ("soup", re.compile(r"\bsoups?\b|\bsomething (?:warm|warmer|hot|hearty|warming|cosy|cozy)\b|\b(?:warm|hot|hearty|warming) (?:lunch|dinner|meal|food)s?\b|\bit'?s (?:freezing|so cold|cold out)\b")),
    ("salad", re.compile(r"\bsalads?\b")),
    ("sweet", re.compile(r"\bsweet(?! ?potato)(?:s|er)?\b|\bsweet tooth\b|\bsugary\b|\bdesserts?\b|\bpuddings?\b|\btreats?\b")),
    ("savoury", re.compile(r"\bsavou?ry\b|\bsalty\b")),
    ("indian", re.compile(r"\b(?:indian|curry|curries|dal|dhal|daal|masala|tikka)\b")),
    ("asian", re.compile(r"\b(?:asian|chinese|japanese|thai|korean|vietnamese|stir[ -]?fr(?:y|ies)|teriyaki|noodles?|wok)\b")),
    ("mexican", re.compile(r"\b(?:mexican|tex[ -]?mex|tacos?|burritos?|fajitas?|quesadillas?)\b")),
    ("italian", re.compile(r"\b(?:italian|pasta)\b")),
    ("mediterranean", re.compile(r"\b(?:mediterranean|greek(?! yog)|middle eastern|lebanese|turkish)\b")),
)


# Dishes that are also foods of the table: a style only when ideas are asked for ("any noodle
# ideas?", "I fancy a curry"), not in "what about rice noodles?" (is it ok for me?).
DISH_WORDS = re.compile(r"\b(?:curry|curries|dal|dhal|daal|masala|tikka|stir[ -]?fr(?:y|ies)|teriyaki|noodles?|tacos?|burritos?|fajitas?|quesadillas?|pasta|salads?|soups?|smoothies?)\b")
IDEAS_CUE = re.compile(
    r"\b(?:ideas?|suggest\w*|recommend\w*|recipes?|options?|something|anything|make|cook|fancy|craving|in the mood|"
    r"like that|love|what (?:should|can|could) i (?:eat|have)|any|what'?s a (?:good|nice|quick|easy|healthy|decent|tasty))\b"
)


def idea_style(text: str, in_ideas: bool = False) -> str | None:
    """The kind of meal asked for ("something sweet" -> "sweet", "asian food" -> "asian");
    a dish that is also a food ("noodles", "curry") counts only when ideas are asked for, or
    `in_ideas` (a follow-up to ideas)."""
    low = clean(text)
    for style, pattern in STYLE_WORDS:
        found = pattern.search(low)
        if found and (in_ideas or not DISH_WORDS.fullmatch(found.group(0)) or IDEAS_CUE.search(low)):
            return style
    return None


# A question about the meal just logged: "how many calories was that?", "how much protein was in
# it?", "what were the macros for that?" (a nutrient, and "that", "it" or "this meal").
ABOUT_LOGGED = re.compile(
    r"\b(?P<nutrient>calories|kcal|cals?|protein|carbs?|carbohydrates?|fat|fibre|fiber|macros|nutrition)\b"
    r".*\b(?:that|it|this|those|these|them|the (?:meal|lot|whole thing)|(?:this|that) (?:meal|one)|all of that|in total|altogether)\b"
    r"|\bhow (?:much|many|bad|big) (?:was|is|were) (?:that|it|this)\b"
    r"|\b(?:what(?:'?s| is| was)|how much(?: is| was)?) (?:that|it|this|all that|that lot) in (?P<nutrient2>calories|kcal|cals?|protein|carbs?|fat|fibre|fiber|macros)\b"
)


PERIOD_WORDS = re.compile(
    r"\b(?:this|last|past|the) (?:week|month|morning|afternoon|evening|year|weekend)\b|\btoday\b|\bso far\b|\byesterday\b|\bin total today\b"
)


def asks_about_logged(text: str) -> str | None:
    """The nutrient asked about the meal just logged ("kcal", "protein_g", ... or "" for all of
    them), or None when the text asks nothing about it."""
    low = clean(text)
    found = ABOUT_LOGGED.search(low)
    if not found or PERIOD_WORDS.search(low):
        return None  # "how many calories have I had this week?" is a summary
    word = found.group("nutrient") or found.group("nutrient2")
    return "" if word in (None, "macros", "nutrition") else (_nutrient_name("calories" if word.startswith("cal") else word) or "")


# Weight lost, said as progress: "I lost 3 kg this month!", "down 5 lbs in 2 weeks", "I've
# dropped a stone since January".
WEIGHT_LOST = re.compile(
    r"\b(?:i(?:'ve| have)?\s+)?(?:lost|dropped|shed|down)\s+(?:about |around |nearly |almost |over |another )?"
    r"(?P<amount>\d+(?:\.\d+)?|a|one|two|three|half a)\s*(?P<unit>kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone|st)\b"
    r"(?:[^.?!]{0,30}?\b(?:in|this|over|the past|the last|last|within)\s+(?:a |the |one |(?P<count>\d+|two|three|four|five|six|eight|twelve) )?"
    r"(?P<period>days?|weeks?|fortnight|months?|years?))?"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12, "half a": 0.5}
_WEEKS = {"day": 1 / 7, "week": 1, "fortnight": 2, "month": 4.35, "year": 52}
_KG = {"kg": 1.0, "kilo": 1.0, "kilogram": 1.0, "lb": 0.4536, "pound": 0.4536, "stone": 6.35, "st": 6.35}


def weight_progress(text: str) -> tuple[float, float | None, str] | None:
    """(kg lost, over how many weeks or None, the amount as said) when the text reports
    weight lost, else None."""
    found = WEIGHT_LOST.search(clean(text))
    if not found:
        return None
    amount = found.group("amount")
    number = float(amount) if amount[0].isdigit() else _COUNTS[amount]
    unit = found.group("unit").rstrip("s")
    kilos = round(number * _KG.get(unit, _KG.get(unit.rstrip("e"), 1.0)), 1)
    if not 0 < kilos <= 150:
        return None
    said = f"{amount} {found.group('unit')}"
    period = found.group("period")
    if not period:
        return kilos, None, said
    count = found.group("count")
    how_many = float(count) if count and count.isdigit() else _COUNTS.get(count or "one", 1)
    return kilos, round(how_many * _WEEKS[period.rstrip("s")], 2), said
