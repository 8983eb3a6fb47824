"""Offline routing for Ceres: how strongly a message is about food, meals and nutrition.

Scores come from `host.keywords.KeywordScorer` (whole words, stemmed, phrases first), so
"ate", "eating" and "eats" match "eat" and "brunch" is a meal, not a run. Weights say how sure
one mention alone makes us; several mentions add up towards 1.0.

Right after Ceres answered, her own follow-ups are claimed too: a message that is one of the
examples her last answer suggested ("this week?", "I train 4 times a week") scores 0.9, and a
short undo, correction or "why?" scores 0.6, so they reach Ceres even without food words.
"""

from __future__ import annotations

import re
from typing import Any

from host import hookimpl
from host.first_look import FirstLook

from agenthost_ceres import abroad_asks, abroad_meals
from agenthost_ceres.allergy_languages import said_abroad
from agenthost_ceres.changes import changes_ideas
from agenthost_ceres.drinks_training import asks_training_after_drinks
from agenthost_ceres.emoji import with_words
from agenthost_ceres.fridge import keeps_without_fridge
from agenthost_ceres.question import asks, ends_asking
from agenthost_ceres.symptoms import fibre_symptom
from agenthost_ceres.units import asked_units
from host.keywords import KeywordScorer, reason, stems
from host.types import ClassifyContext, Score

AGENT = "ceres"

TERMS: dict[str, float] = {
    # Core vocabulary.
    "eat": 0.5,
    "food": 0.5,
    "meal": 0.55,
    "diet": 0.6,
    "nutrition": 0.7,
    "nutrient": 0.6,
    "calorie": 0.55,
    "kcal": 0.6,
    "macros": 0.6,
    "protein": 0.5,
    "takeaway": 0.45,
    # training without eating first, said in Portuguese, Italian or Spanish ("treinar em jejum")
    "em jejum": 0.8,
    "jejum": 0.7,
    "a digiuno": 0.8,
    "en ayunas": 0.8,
    # food bought on the way ("I'm at a petrol station, what should I get?")
    "petrol station": 0.55,
    "gas station": 0.55,
    "servo": 0.5,
    "convenience store": 0.55,
    "vending machine": 0.55,
    "meal deal": 0.6,
    "cafe": 0.4,
    "café": 0.4,
    "eat out": 0.45,
    "eating out": 0.45,
    "safest to order": 0.7,
    "what should i order": 0.6,
    # the same asked in Spanish, French, Italian, Portuguese and German
    "proteína": 0.5,
    "proteínas": 0.5,
    "proteina": 0.5,
    "protéines": 0.5,
    "proteine": 0.5,
    "eiweiß": 0.5,
    "calorías": 0.45,
    "calorias": 0.45,
    "kalorien": 0.45,
    "carb": 0.55,
    "fat": 0.3,
    "fiber": 0.55,
    "fibre": 0.55,
    "sugar": 0.45,
    "vitamin": 0.5,
    "supplement": 0.45,
    "multivitamin": 0.55,
    "salt": 0.45,
    "sodium": 0.5,
    "balanced plate": 0.6,
    "hungry": 0.55,
    "craving": 0.5,
    "portion": 0.5,
    "recipe": 0.6,
    "cook": 0.5,
    "ingredient": 0.55,
    "grocery": 0.55,
    "snack": 0.6,
    "breakfast": 0.6,
    "lunch": 0.6,
    "dinner": 0.6,
    "brunch": 0.6,
    "dessert": 0.55,
    # Diets and restrictions.
    "vegetarian": 0.6,
    "vegan": 0.6,
    "pescatarian": 0.65,
    "keto": 0.6,
    "paleo": 0.6,
    "gluten": 0.6,
    "lactose": 0.6,
    "dairy": 0.5,
    "allergic": 0.35,
    "allergy": 0.4,
    "intolerant": 0.45,
    "intolerance": 0.45,
    "coeliac": 0.75,
    "celiac": 0.75,
    # Diabetes said of oneself ("I have type 2 diabetes"): a medical diet Ceres keeps.
    "type 2 diabetes": 0.75,
    "type 1 diabetes": 0.75,
    "diabetic": 0.6,
    "prediabetic": 0.7,
    "prediabetes": 0.7,
    # Religious food rules and the meats they leave out ("I eat halal", "no pork for me please").
    "halal": 0.7,
    "kosher": 0.7,
    "pork": 0.5,
    "no pork": 0.7,
    "don't eat pork": 0.75,
    "no beef": 0.7,
    "don't eat beef": 0.75,
    "peanut": 0.45,
    "shellfish": 0.5,
    "prawn": 0.45,
    "sesame": 0.45,
    "soy": 0.45,
    "intermittent fasting": 0.8,
    "fasting": 0.55,
    "eating window": 0.7,
    "fasted cardio": 0.85,
    "fasted training": 0.85,
    "train fasted": 0.85,
    "fasted workout": 0.85,
    "empty stomach": 0.6,
    # Supplements and everyday questions with no food word in them.
    "creatine": 0.8,
    "protein powder": 0.8,
    "mass gainer": 0.8,
    "mass gainers": 0.8,
    "weight gainer": 0.8,
    "gainer shake": 0.8,
    "whey": 0.6,
    "supplements": 0.55,
    "carb loading": 0.85,
    "carbo loading": 0.85,
    "keep it off": 0.6,
    "keep the weight off": 0.8,
    "weight loss maintenance": 0.8,
    "counting calories": 0.8,
    "count calories": 0.8,
    "calorie counting": 0.8,
    "metabolism": 0.45,
    "meals a day": 0.6,
    # Foods and drinks.
    "fruit": 0.5,
    "vegetable": 0.5,
    "veggies": 0.5,
    "salad": 0.55,
    "chicken": 0.45,
    "rice": 0.45,
    "pasta": 0.45,
    "bread": 0.45,
    "egg": 0.45,
    "oats": 0.45,
    "oatmeal": 0.5,
    "yogurt": 0.5,
    "cheese": 0.45,
    "fish": 0.4,
    "salmon": 0.45,
    "tofu": 0.5,
    "beans": 0.45,
    "lentils": 0.5,
    "nuts": 0.4,
    "avocado": 0.45,
    "banana": 0.45,
    "apple": 0.4,
    "smoothie": 0.5,
    "pizza": 0.45,
    "burger": 0.45,
    "fries": 0.45,
    "sandwich": 0.45,
    "milkshake": 0.5,
    "bagel": 0.45,
    "burrito": 0.45,
    "curry": 0.45,
    "ramen": 0.45,
    "sushi": 0.45,
    "latte": 0.4,
    "chocolate": 0.4,
    "coffee": 0.35,
    "caffeine": 0.8,  # Ceres holds the caffeine answers (how much, before training); Helios has none
    "sweetener": 0.7,
    "protein sources": 0.8,
    "sources of protein": 0.8,
    "good sources": 0.5,
    "xylitol": 0.7,
    "erythritol": 0.7,
    "sorbitol": 0.7,
    "sugar alcohol": 0.7,
    "coffee before": 0.8,
    "hydration": 0.45,
    "water": 0.25,
    "milk": 0.45,
    "juice": 0.45,
    "coke": 0.4,
    "crisps": 0.45,
    "beer": 0.45,
    "lager": 0.5,
    "ale": 0.4,
    "cider": 0.45,
    "wine": 0.45,
    "prosecco": 0.5,
    "vodka": 0.45,
    "gin": 0.4,
    "whisky": 0.45,
    "whiskey": 0.45,
    "rum": 0.4,
    "cocktail": 0.45,
    # Phrases.
    "protein shake": 0.8,
    "flat white": 0.6,
    "high protein": 0.75,
    "how much protein": 0.85,
    "protein intake": 0.85,
    "calories should i eat": 0.8,
    "daily calories": 0.85,
    "calorie intake": 0.85,
    "calorie needs": 0.85,
    "maintenance calories": 0.9,
    "cals a day": 0.8,
    "calories per day": 0.8,
    "how many cals": 0.8,
    "calories for the cut": 0.85,
    # Nutrients asked about by name.
    "calcium": 0.8,
    "iron deficiency": 0.85,
    "much iron": 0.85,
    "iron a day": 0.85,
    "need iron": 0.8,
    "iron do i need": 0.85,
    "iron rich": 0.85,
    "enough iron": 0.85,
    "low iron": 0.8,
    "iron levels": 0.8,
    "iron supplement": 0.85,
    "vitamin d": 0.75,
    "b12": 0.8,
    "omega 3": 0.8,
    "magnesium": 0.75,
    "zinc": 0.7,
    "potassium": 0.75,
    "folic acid": 0.75,
    "calories do i need": 0.8,
    "calories a day": 0.7,
    "calories in": 0.75,
    "calories to": 0.6,
    "how much water": 0.75,
    # a day's water asked in other words ("how many litres of water a day in a heatwave?")
    "how many litres of water": 0.75,
    "how many liters of water": 0.75,
    "how many litres": 0.6,
    "how many glasses of water": 0.75,
    "how many cups of water": 0.75,
    "water should i drink": 0.75,
    "daily water intake": 0.75,
    "water per day": 0.7,
    "water intake": 0.6,
    "how much fluid": 0.75,
    "drink water": 0.7,
    "post workout meal": 0.9,
    "post workout snack": 0.9,
    "pre workout meal": 0.9,
    "pre workout snack": 0.9,
    "eat after": 0.6,
    "eat before": 0.6,
    "lean bulk": 0.6,
    "meal plan": 0.85,
    "meal prep": 0.85,
    "healthy eating": 0.75,
    "junk food": 0.75,
    "fast food": 0.7,
    "lose weight": 0.45,
    # the same wish with more words between ("want to drop a bit of weight for the dress"), which
    # otherwise nobody claims and General's fallback only points on
    "lose a bit of weight": 0.45,
    "lose a little bit of weight": 0.45,
    "drop weight": 0.45,
    "drop a bit of weight": 0.45,
    "shed weight": 0.45,
    "shed a bit of weight": 0.45,
    "gain weight": 0.55,
    "put on weight": 0.6,
    "underweight": 0.5,
    "ibs": 0.6,
    "bloating": 0.5,
    "gassy": 0.45,
    "shopping list": 0.5,
    # how big a deficit to run on a cut ("starting my cut monday, lifting 4x/week, what's a sensible deficit?")
    "sensible deficit": 0.85,
    "reasonable deficit": 0.85,
    "what deficit": 0.8,
    "how big a deficit": 0.85,
    "how much of a deficit": 0.85,
    "deficit should i": 0.8,
    # restocking a kitchen with healthy staples ("purge the junk from my kitchen, what do I restock with?")
    "restock my kitchen": 0.75,
    "restock the kitchen": 0.75,
    "restock the fridge": 0.7,
    "restock my fridge": 0.7,
    "restock with": 0.6,
    "junk from my kitchen": 0.7,
    "junk out of my kitchen": 0.7,
    "junk from the kitchen": 0.7,
    "what should i eat": 0.8,
    # Round 4: everyday questions asked without the words above.
    "diet break": 0.85,
    "refeed": 0.8,
    "on a cut": 0.6,
    "loading phase": 0.75,
    "lose per week": 0.8,
    "lose a week": 0.7,
    "maintenance": 0.6,
    "my maintenance": 0.85,
    "much protein": 0.8,
    "could murder": 0.6,
    "gels": 0.6,
    "energy gels": 0.85,
    "gels for": 0.85,
    "need gels": 0.85,
    "lose in a month": 0.8,
    "realistically lose": 0.8,
    # Round 19: how fast to lose on a cut, and the gym words for it ("wanna cut for summer, how fast should i be dropping?")
    "how fast should i be dropping": 0.8,
    "how fast should i drop": 0.8,
    "how fast should i cut": 0.8,
    "how fast should i be losing": 0.8,
    "how quickly should i drop": 0.8,
    "bulking": 0.6,
    "bulking and cutting": 0.85,
    # Round 15: keeping food safely (how long leftovers last, freezing, defrosting, reheating).
    "leftovers": 0.6,
    "leftover": 0.5,
    "in the fridge": 0.6,
    "fridge": 0.35,
    "freezer": 0.5,
    "freeze": 0.3,
    "defrost": 0.6,
    "thaw": 0.6,
    "au frigo": 0.6,
    "kühlschrank": 0.6,
    "einfrieren": 0.6,
    "nevera": 0.6,
    # Round 25: everyday eating people asked about in their own words ("my daughter is a picky eater",
    # "cramps when i run after eating", "afternoon slump", "overdid it at the buffet", "lost my appetite
    # since the heat wave", "binge on sweets every evening", "could kill for a pizza", "body fat percentage")
    "picky eater": 0.8,
    "fussy eater": 0.8,
    "picky eating": 0.8,
    "fussy eating": 0.8,
    "eats veg": 0.7,
    "everything green": 0.6,
    "anything green": 0.6,
    "run after eating": 0.85,
    "running after eating": 0.85,
    "too soon after eating": 0.85,
    "too soon after lunch": 0.8,
    "afternoon slump": 0.85,
    "energy slump": 0.85,
    "crash after lunch": 0.8,
    "low energy in the afternoon": 0.85,
    "buffet": 0.6,
    "all you can eat": 0.7,
    "ate too much": 0.7,
    "overate": 0.7,
    "lost my appetite": 0.7,
    "too hot to eat": 0.75,
    "appetite": 0.55,
    "sweets": 0.55,
    "chocolate at night": 0.6,
    "binge on": 0.55,
    "bingeing on": 0.55,
    "binging on": 0.55,
    "could kill for": 0.6,
    "dying for a": 0.55,
    "body fat": 0.7,
}

SCORER = KeywordScorer(TERMS)
# The words Ceres reads beyond her routing terms, at module level so the router's typo repair
# (host.typos.vocabulary_of) aims at them too: "actualy it was 3 bananas", "remvoe the pizza",
# "yesterdy", "somthing sweet" then reach her as the real words. Only this list's words, never
# scored (routing stays on TERMS).
VOCABULARY = KeywordScorer(
    {
        word: 0.5
        for word in (
            "actually remove delete undo correction yesterday today tonight tomorrow morning evening total totals "
            "summary something anything dessert smoothie ideas suggest suggestion recipe "
            "cheaper quick vegetarian vegan pescatarian allergic allergy intolerant coeliac lactose gluten dairy "
            "peanuts shellfish sesame monday tuesday wednesday thursday friday saturday sunday week bull "
            # food words one letter from a word above, which the repair would otherwise turn
            # into it ("beef" -> "beer", "thai" -> "that", "cake" -> "coke", "wing" -> "wine")
            "beef cake doner thai curly swiss wing cals kcals "
            # chat spellings of days and meals she reads as the words ("lst nite" is last night, not a note)
            "nite lst yday tonite brekkie brekky bfast "
            # everyday-answer words said misspelt ("is to much protien bad for ur kidnys", "creatien")
            "kidney kidneys bloated bloating creatine fridge "
            # places to eat out and a shared kitchen's things ("tapas bar" was read as "tapis bar", "resto" as "rest")
            "tapas resto chippy pizzeria toaster"
        ).split()
    }
)

# "fast" as speed ("how fast", "too fast", "run fast"): the stemmer would read it as fasting.
SPEED_FAST = re.compile(r"\b(?:how|too|so|as|run|running|ran|go|going|very|really|pretty|fast enough|faster)\s+fast\b|\bfast (?:pace|runs?|enough|twitch|km|mile|lap)\b", re.IGNORECASE)
EXAMPLE_SCORE = 0.9
# "is quinoa ok for me?", "can I eat couscous?": a question about a food of the table.
FOOD_QUESTION = re.compile(
    r"\b(?:is|are) (?:\w+ ){1,4}(?:ok|okay|safe|fine|good|bad|healthy|allowed|gluten[ -]free|vegan|vegetarian)\b|"
    r"\bcan i (?:eat|have|still eat|still have)\b|\bshould i (?:eat|have|avoid)\b|\bhow many calories\b|\bwhat'?s in\b|"
    r"\ballergens?\b|\bnutrition (?:facts|info)\b|\bmacros (?:of|in|for)\b"
)
FOOD_QUESTION_SCORE = 0.6
# "2 days ago I had a kebab", "I drank 3 litres of water": a meal or drink, when it names a food.
ATE = re.compile(r"\b(?:i|we)(?:'ve| have)? (?:just |also )?(?:had|ate|eaten|drank|drunk|snacked on|finished|grabbed|devoured)\b|^(?:ate|had|drank)\b|^\W*$")
FOLLOW_UP_SCORE = 0.6
FOLLOW_UP_WORDS = 7
EXAMPLES_LINE = re.compile(r"^Try (.+)\.$")
# A short reply to an answer that suggested follow-ups: "without soy", "something lighter".
SHORT_FOLLOW_UP = re.compile(
    r"^(?:without|no|minus|not|and|also|more|less|something|make it|only|just|what about|how about|instead|but|"
    r"easy|any|ways|tips|examples|like what|such as|which|cheaper|lighter|bigger|the first|the second|the third|the last|"
    r"how long|how much|how many|how often|when|is it|does it|should i|why|i'?ll (?:have|take|go with)|log (?:the|that|it)|"
    r"(?:i'?m |im )?(?:skint|broke|on a budget)|(?:vegan|vegetarian|veggie|pescatarian)(?: though| tho| instead)|can i just|"
    r"(?:hmm+ |meh |nah )?(?:not (?:so )?keen on|don'?t fancy|not feeling|bored of|sick of|too much (?:effort|work|hassle|faff)|what if i only|(?:i )?only (?:have|got) a|something (?:warm|warmer|hot|hearty|lighter|easier|simpler))|"
    r"i (?:had|ate|made) (?:the|that))\b"
)
TRAINING_WORDS = re.compile(r"\b(?:train|training|trained|workouts?|gym|lift|lifting|run|running|runs|legs|rest|sets|reps|sessions?|cardio)\b")
EATING_WORDS = re.compile(
    r"\b(?:eat|eating|ate|food|foods|meals?|snacks?|drink|drinking|drinks|water|fuel|hungry|protein|carbs?|caffeine|coffee|fasted|stomach)\b"
)
CONTINUATION = re.compile(r"^(?:and|what about|how about)\b")
CONTINUATION_SCORE = 0.7
FRIDGE_WISH_SCORE = 0.85  # food that keeps without a fridge, after her answer: above a place's words ("building site")
SHORT_WORDS = 6
OWN_FOLLOW_UP = re.compile(
    r"^(?:oops|sorry|no|wait)?[, ]*(?:undo|remove (?:it|that|the last one|my last (?:meal|entry))|delete (?:it|that|my last (?:meal|entry))|"
    r"actually|make (?:that|it) \d|it was \d|why\b|how come|source|this week|last week|the week|yesterday\b|and today|log (?:it|that|am)|"
    r"(?:what'?s |what is |show )?my (?:total|totals|tally|intake|day)\b)",
    re.IGNORECASE,
)


# An animal eating something ("my friend's dog ate a chocolate bar", "can cats eat tuna?") is a
# question for a vet, not about the user's food: Ceres leaves it (General points to a vet).
_ANIMALS = (
    r"(?:dog|dogs|doggo|puppy|puppies|pup|cat|cats|kitten|kittens|pet|pets|hamster|rabbit|bunny|guinea pig|parrot|budgie|ferret|horse|pony|tortoise|"
    r"beagle|labrador|lab|retriever|spaniel|terrier|poodle|cockapoo|labradoodle|husky|collie|dachshund|sausage dog|pug|bulldog|frenchie|chihuahua|"
    r"whippet|greyhound|lurcher|schnauzer|staffie|staffy|boxer|rottweiler|corgi|shih tzu|alsatian|german shepherd)"
)  # the breed is often all people say ("my friend's beagle just ate ...")
ANIMAL_EATS = FirstLook(re.compile(
    rf"\b{_ANIMALS}\b(?:\W+\w+){{0,3}}?\W+(?:ate|eaten|eats|swallowed|licked|chewed|got into|gobbled|scoffed)\b"
    rf"|\b(?:toxic|poisonous|safe|bad|dangerous|ok|okay)\s+(?:for|to)\s+(?:my\s+|a\s+|the\s+|our\s+)?{_ANIMALS}\b"
    rf"|\b(?:can|should|do|does)\s+(?:my\s+|a\s+|the\s+|our\s+)?{_ANIMALS}\s+(?:eat|have|drink)\b"
    rf"|\bfeed(?:ing)?\s+(?:my\s+|a\s+|the\s+|our\s+)?{_ANIMALS}\b",
    re.IGNORECASE,
))
# "I lost 3 kg this month!": progress, which Ceres reads the pace of.
WEIGHT_LOST = re.compile(
    r"\b(?:lost|dropped|shed|down)\s+(?:about |around |nearly |almost |over |another )?(?:\d+(?:\.\d+)?|a|one|two|three|half a)\s*"
    r"(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone|st)\b",
    re.IGNORECASE,
)
# "I want to lose 5 kg", "need to drop a stone": a weight goal, which Ceres plans the eating for.
WEIGHT_GOAL = re.compile(
    r"\b(?:lose|losing|loose|loosing|loss|los|drop|dropping|shed|shift|get rid of)\s+(?:about |around |another |like |roughly |the |a |an )?"
    r"(?:\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds?|stone|st)\b|stone\b|few (?:kilos|pounds))",
    re.IGNORECASE,
)
WEIGHT_GOAL_SCORE = 0.5
# How fast to lose weight: "how much a week is reasonable to lose?", "how many kg a week is safe to lose?"
# (the NHS pace, Ceres' answer), above the weight-loss talk Helios may have just had.
LOSS_PACE = re.compile(
    r"\b(?:how (?:much|many(?: kg| kgs| kilos?| pounds| lbs?)?)|how fast|what'?s? (?:a |the )?(?:safe|reasonable|realistic|healthy|normal|good))\b"
    r"[^.?!]{0,40}?\b(?:lose|losing|loose|loosing|drop|dropping)\b"
)
LOSS_PACE_WORDS = re.compile(r"\b(?:a week|per week|each week|weekly|a month|per month|reasonable|realistic|safe|healthy|normal|rate|pace)\b")
LOSS_PACE_SCORE = 0.75


def asks_loss_pace(low: str) -> bool:
    """True for a question on how fast to lose weight ("how mutch a week is reasnable to loose", as repaired)."""
    return bool(LOSS_PACE.search(low) and LOSS_PACE_WORDS.search(low)) and not re.search(r"\b(?:calori\w*|kcals?|cals?)\b", low)  # "how many calories to lose a pound a week?" asks the calories
# Eating around training ("a healthy breakfast before a morning workout", "what to eat after my
# run"): Ceres' question, above the training word that Helios scores.
FUEL = re.compile(
    r"(?:\b(?:eat|eating|breakfast|lunch|dinner|snack|meal|food|fuel|carbs?|protein)\b|\b(?:should|can|could|do) (?:i|he|she|we) (?:have|drink|take|get)\b|"
    # "whats a good thing to have before an evening weights session?"
    r"\b(?:thing|things|something|anything) (?:good )?to (?:have|drink|grab)\b)"
    r"[^.?!]{0,40}?\b(?:before|after|pre|post|around|during)\b"
    r"[^.?!]{0,25}?\b(?:workouts?|training|gym|runs?|running|race|match|game|sessions?|exercise|exercising|lifting|swim|ride|class|"
    r"5k|10k|parkrun|half marathon|marathon|triathlon)\b"
    # "dying to try the new HIIT class, what should I eat before?": the session first, the food before it asked after
    r"|\b(?:workouts?|training|gym|run|race|match|game|sessions?|class|spin|hiit|yoga|pilates|crossfit|bootcamp)\b[^.?!]{0,60}?\b(?:eat|have|grab)\s+(?:before|beforehand|pre)\b"
    r"|\b(?:carbs?|carbohydrates?|protein|calories|kcal|eat|eating|fuel)\b[^.?!]{0,40}?\b(?:on|for|during)\b[^.?!]{0,20}?"
    r"\b(?:long[- ]run|run|running|training|rest|race|match|game|gym|lifting|leg|hard|easy|workout)\s+days?\b"
    # "can I go to the gym straight after or should I eat first": whether to eat before training
    r"|\b(?:or|and|but|should|do|must|need to) (?:should |do |must )?(?:i )?(?:eat|have (?:breakfast|a snack|something)|grab (?:a snack|something))"
    r" (?:first|beforehand|before(?:hand)? i (?:go|train|lift|run))\b"
    # "and the morning of? weigh-in is 2 hours before I lift": eating around a competition
    r"|\b(?:eat|eating|food|breakfast|dinner|meal|fuel)\b[^.?!]{0,60}?\b(?:night|evening|morning) before\b|^(?:and |so |what about |ok )*the (?:night before|morning of)\b"
    r"|\bweigh[- ]?in is\b|\bafter (?:the |my )?weigh[- ]?in\b"
    # "STARVING after swim training", "so hungry after the gym I could eat the fridge": hunger from training
    r"|\b(?:starving|starved|ravenous|famished|hungry|hangry|peckish)\b[^.?!]{0,30}?\b(?:after|post|from)\b[^.?!]{0,20}?"
    r"\b(?:swim\w*|training|workouts?|gym|runs?|running|sessions?|exercise|exercising|lifting|class|rides?|cycling|football|practice)\b"
    r"|\b(?:eat|raid) the (?:whole )?(?:fridge|cupboards?|kitchen)\b"
    # "Ik ben kapot na het sporten, wat moet ik eten?" as the glossary leaves it ("na het exercise, what must I eat?"): after it, then the food
    r"|\b(?:after|post|na het|na de|po)\b[^.?!]{0,20}?\b(?:workouts?|training|gym|exercise|exercising|sessions?|runs?|running|class)\b[^.?!,]{0,5}[,]?[^.?!]{0,30}?\b(?:what|co|wat)\b[^.?!]{0,20}?\beat\b"
    # "just did a 15k long run and I'm STARVING": the training first, then the hunger
    r"|\b(?:long run|run|ran|training|trained|workout|session|gym|swim|ride|race|match|game|\d+ ?k|\d+ ?km|half marathon|marathon)\b[^.?!]{0,30}?"
    r"\b(?:starving|starved|ravenous|famished|hangry)\b",
    re.IGNORECASE,
)  # "how many carbs should I be getting on long run days?"
FUEL_SCORE = 0.8
# Which food to have, asked ("which foods help build muscle for the gym?", "which soup then?"): the
# food is the question, whatever goal or training is named with it.
WHICH_FOOD = re.compile(
    r"\b(?:which|what|wat|wich) (?:kind of |kinds of |type of |types of |sort of )?(?:\w+ )?(?:soups?|foods?|dishes|meals?|snacks?|chop)\b"
    r"(?! (?:diary|log|tracker|app|label|labels|poisoning|allerg\w*|intoleran\w*|pyramid|groups?))"
)
WHICH_FOOD_SCORE = 0.92
# A meal or food asked in Spanish: "¿qué me hago de cena?", "me muero de hambre", "¿cuánta proteína...?"
SPANISH_FOOD = re.compile(
    r"\b(?:cena|cenar|desayuno|desayunar|almuerzo|me muero de hambre|qué como|qué ceno|cu[aá]nta prote[ií]na|cu[aá]ntas calor[ií]as|"
    # hungry, or something to eat between meals ("y algo para llevar al gym y no llegar tan muerta de hambre?")
    r"hambre|hambrient[oa]s?|merienda|merendar|tentempi[eé]s?|algo (?:de |para )?(?:comer|picar)|"
    # the same in Dutch and Polish ("wat kan ik het beste eten", "co zjeść na kolację", "ile białka")
    r"eten|eiwit(?:ten)?|avondeten|ontbijt|zje[śs][ćc]|je[śs][ćc]|bia[łl]k[aoe]|kolacj[aęe]|[śs]niadani[ea]|umieram z g[łl]odu)\b"
)
SPANISH_FOOD_SCORE = 0.75
# How much to eat, asked beside a sport ("i play netball 3 times a week. how much should i be
# eating?"): an intake question, above the activity Helios reads in it.
HOW_MUCH_TO_EAT = re.compile(r"\bhow much (?:food |water |fluid )?(?:should|do|must|can|shall|would) (?:i|she|he|they|we) (?:be )?(?:eat|eating|drink|drinking)\b|\bhow much (?:food|fuel) (?:do|should) (?:i|she|he|they) (?:need|have)\b")
HOW_MUCH_TO_EAT_SCORE = 0.8
DURING_EXERCISE = re.compile(r"\b(?:during|while|mid[- ]?(?:run|race|ride|session|workout)|on the (?:run|bike)|per hour|an hour)\b")  # drinking during a session: the coach's
# Food or drink at half time, or oranges at the break: what to have, not the match.
HALF_TIME = re.compile(r"\b(?:have|eat|drink|snack|snacks|food|fuel|give|bring|pack|oranges?)\b[^.?!]{0,40}\bhalf[- ]?time\b|\bhalf[- ]?time (?:snacks?|food|oranges?|drinks?)\b")
# Baking, said as something to make or eat: "something sweet we could bake", "baking with the kids".
BAKE = re.compile(r"\b(?:bake|baking)\b(?! (?:in|under) the sun)")
BAKE_SCORE = 0.75
# One big meal on a diet ("ruined my diet", "might as well give up on the week"): a pattern, not
# routing terms, so its words never become the router's typo-repair targets ("feel" -> "fell").
SETBACK = re.compile(
    r"\b(?:ruined|blown|blew|wrecked|screwed up|messed up|killed) (?:my|the) (?:diet|week|progress|deficit|cut)\b|\b(?:diet|week|cut)(?: i?s| has| has been)? (?:ruined|blown|dead|over|a write[- ]off)\b"
    r"|\b(?:might|may) as well (?:give up|quit|start again|write off)\b|\bfell off the wagon\b|\bstart (?:again|over|afresh) (?:on )?monday\b"
)
SETBACK_SCORE = 0.6
FOOD_AFTER_TRAINING_SCORE = 0.9
ALLERGY_ABROAD_SCORE = 0.85
# A big meal after training, asked about: "had a massive burger after my half marathon, is that bad?"
TREAT_AFTER_TRAINING = re.compile(
    r"\b(?:after|post)\b[^.?!]{0,25}?\b(?:long run|run|race|training|workout|session|gym|swim|ride|match|game|half marathon|marathon|\d+ ?km?)\b[^?]{0,60}?"
    r"\b(?:is (?:it|that|this) (?:bad|ok|okay|fine|terrible|awful|too much)|bad if i|that bad)\b"
    r"|\b(?:is (?:it|that) (?:bad|ok|okay|fine)|bad if i)\b[^?]{0,60}?\b(?:after|post) (?:a |my |the |that )?(?:long run|run|race|training|workout|session|gym|swim|ride|match|game|half marathon|marathon)\b"
)
# "how long till I hit my goal?", "when will I reach my target weight?": the pace of a weight goal.
GOAL_TIME = re.compile(
    r"\bhow (?:long|many (?:weeks|months))\b.{0,40}\b(?:hit|reach|get to|achieve|make|lose|drop|meet|get there)\b"
    r"|\bwhen (?:will|would|could|can|should) i\b.{0,30}\b(?:hit|reach|get to|achieve|be at)\b.{0,30}\b(?:goal|target|weight|kg|lbs?|stone)\b"
    r"|\bhow long (?:will|would) (?:it|that|this) take\b.{0,30}\b(?:lose|goal|target)"
    r"|\bhow long (?:will|would|does|should|might|could) (?:a |an |one |half a |\d+(?:\.\d+)?\s*)(?:stone|st|kg|kilos?|lbs?|pounds?) take\b",
    re.IGNORECASE,
)
GOAL_TIME_SCORE = 0.85
WEIGHT_GOAL_WORDS = re.compile(r"\b(?:lose|losing|drop|dropping|shed|slim|weigh|\d*kg|kilos?|\d*lbs?|pounds?|stone|weight|cut|cutting)\b", re.IGNORECASE)


def _weight_goal(profile: dict[str, Any] | None) -> bool:
    """True when the profile's goals (General keeps them) are about weight."""
    goals = (profile or {}).get("goals") or []
    return any(isinstance(goal, str) and WEIGHT_GOAL_WORDS.search(goal) for goal in goals)


# The body facts Ceres just asked for ("I'm 75 kg" after "tell me your weight"): hers to use, over
# General's 0.95 for profile facts, so the answer she asked them for comes (and they are saved).
BODY_ANSWER_SCORE = 0.97
BODY_ANSWER_WORDS = 10


# A training question asked beside a diet or allergy, with nothing about food in it: Helios' to answer.
BESIDE_TRAINING_SCORE = 0.5
_TRAINING_ASKED = re.compile(
    r"\b(?:structure|plan|schedule|programme|program|routine|workouts?|training|train|runs?|running|gym|lift|lifting|exercises?|sessions?|"
    r"warm[- ]?up|stretch\w*|pace|5k|10k|marathon|reps|sets|cardio|strength|week)\b"
)
_FOOD_ASKED = re.compile(
    r"\b(?:eat|eating|ate|food|foods|meals?|breakfast|lunch|dinner|supper|snacks?|protein|carbs?|calories|cals|kcal|diet|drink|drinks|recipes?|fuel|"
    r"gels?|shakes?|supplements?|powder|have|cook|hungry|nutrition|allerg\w*|gluten|dairy|milk|safe|ok|okay|fine)\b"
)


_SOMEONE_ELSE = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:son|daughter|kids?|child|children|wife|husband|partner|friend|mum|mom|dad|brother|sister|girlfriend|boyfriend)\b"
    r"|\b(?:he|she|they)\b|\b(?:not|never|no longer|used to|maybe|might)\b"
)


def _training_asked_beside_a_diet(message: str) -> bool:
    """ "hiya, training for a 10k. I'm coeliac and allergic to milk too. how should i structure my
    running week?": a diet stated, and every question the message asks is about training."""
    from agenthost_ceres.intents import stated_preferences  # imported late: it loads the food table

    low = message.lower()
    if not low.rstrip().endswith("?") or _SOMEONE_ELSE.search(low) or not stated_preferences(message):
        return False  # someone else's allergy stays with Ceres, which keeps it (Helios passes on only the user's own)
    asked = [part for part in re.split(r"(?<=[.!?;])\s+|\n+", low) if part.strip().endswith("?")]
    return bool(asked) and all(_TRAINING_ASKED.search(part) and not _FOOD_ASKED.search(part) for part in asked)


@hookimpl
def classify(message: str, context: ClassifyContext) -> Score:
    """Score Ceres for `message`; the reason names the nutrition terms that matched, or says it
    follows up Ceres' last answer."""
    from agenthost_ceres.intents import expand_shorthand  # imported late: it loads the food table
    from agenthost_ceres.understand import north_to_english

    said = message
    english = abroad_asks.in_english(message, ideas=abroad_asks.states_diet(message))  # a diet and its request; else the questions only  # "Tenho alergia ao leite. Que lanche posso comer?": scored as the English request
    message = english if english != message else abroad_meals.in_english(message)  # "ich habe heute Mittag eine Pizza gegessen": scored as the English meal
    message = north_to_english(message)  # "What must I eat na het exercise?" (Dutch as the host's glossary hands it on): "what should i eat after training?"
    message = expand_shorthand(with_words(message))  # "🍕🍕" is about pizza; "how mch watr shoud i drnk" is about water
    if ANIMAL_EATS.search(message):
        return Score(AGENT, 0.0, "nutrition: about an animal's food, not yours")
    if _eating_out_with_allergy(said, context):
        # "going out for Japanese tonight, what's safe for me?" with coeliac disease saved: the allergy's answer
        return Score(AGENT, EATING_OUT_SCORE, "nutrition: eating out with an allergy or coeliac disease")
    if _training_asked_beside_a_diet(message):
        # "I'm coeliac and allergic to milk too. how should i structure my running week?": Helios
        # answers the question and saves the diet with Ceres' own tool (agenthost_helios.diet_beside)
        return Score(AGENT, BESIDE_TRAINING_SCORE, "nutrition: a diet said beside a training question")
    scored = message if WEIGHT_GOAL_WORDS.search(message) else SPEED_FAST.sub("quick", message)
    match = SCORER.score(scored)  # "how fast should the easy runs be?" is pace, not fasting; "how fast should I lose it?" is hers
    follow_up = follow_up_score(message, context)
    low = message.lower()
    if max(match.score, follow_up) < HOW_MUCH_TO_EAT_SCORE and HOW_MUCH_TO_EAT.search(low) and not DURING_EXERCISE.search(low):
        said_why = f"nutrition: {', '.join(match.terms)} (how much to eat or drink)" if match.terms else "nutrition: how much to eat or drink"
        return Score(AGENT, HOW_MUCH_TO_EAT_SCORE, said_why)  # "i play netball 3x a week. how much should i be eating?"
    if (
        max(match.score, follow_up) < FOOD_AFTER_TRAINING_SCORE
        and abroad_asks.WHAT_TO_EAT.search(abroad_meals.plain(said))
        and not (context.last_agent == "helios" and len(said.split()) <= 8)  # "Und was soll ich heute Abend essen?" after Helios' race answer: the race dinner is Helios'
    ):
        return Score(AGENT, FOOD_AFTER_TRAINING_SCORE, "nutrition: what to eat, asked in another language")  # "je mange quoi ce soir ?"
    if max(match.score, follow_up) < SPANISH_FOOD_SCORE and SPANISH_FOOD.search(low):
        return Score(AGENT, SPANISH_FOOD_SCORE, "nutrition: a meal asked in Spanish")  # "¿qué me hago de cena rápido?"
    if max(match.score, follow_up) < FUEL_SCORE and HALF_TIME.search(low):
        return Score(AGENT, FUEL_SCORE, "nutrition: food at half time")  # "what can he have at half time?"
    if max(match.score, follow_up) < BAKE_SCORE and BAKE.search(low):
        return Score(AGENT, BAKE_SCORE, "nutrition: something to bake")  # "something sweet we could bake together this weekend?"
    if follow_up > match.score:
        return Score(AGENT, follow_up, "nutrition: follows up Ceres' last answer")
    low = message.lower()
    from agenthost_ceres.can_have import asks_if_ok  # imported late: it loads the floor's tables

    from agenthost_ceres.ingredients import ingredient_question  # imported late, like the floor's tables

    if match.score < INGREDIENT_SCORE and ingredient_question(message) is not None:
        return Score(AGENT, INGREDIENT_SCORE, "nutrition: what an ingredient is")  # "what is shrimp paste exactly?"
    if match.score < KEEPING_SCORE and _keeping_food(message):
        return Score(AGENT, KEEPING_SCORE, "nutrition: keeping food safely")  # "can I reheat rice twice?"
    if match.score < SETBACK_SCORE and SETBACK.search(low):
        return Score(AGENT, SETBACK_SCORE, "nutrition: one big meal on a diet")  # "binged on biscuits, might as well start again monday"
    if match.score < ALLERGY_ABROAD_SCORE and (said_abroad(said) or abroad_asks.states_diet(said)):
        return Score(AGENT, ALLERGY_ABROAD_SCORE, "nutrition: an allergy said in another language")  # "soy alérgico al sésamo"
    if match.score < FOOD_AFTER_TRAINING_SCORE and asks_training_after_drinks(message):
        # "had a few beers last night, should I still train today?": the drinks are the question, above the training Helios scores
        return Score(AGENT, FOOD_AFTER_TRAINING_SCORE, "nutrition: training after drinking")
    fuel = FUEL.search(low) is not None
    if match.score < FOOD_AFTER_TRAINING_SCORE and (fuel or TREAT_AFTER_TRAINING.search(low)) and asks(message) and _names_a_food(message):
        # "ran a half marathon and I'm ravenous, is a big burger and chips ok?": the food asked about, above the race Helios scores
        return Score(AGENT, FOOD_AFTER_TRAINING_SCORE, "nutrition: a food asked about around training")
    if match.score < FUEL_SCORE and fuel:
        return Score(AGENT, FUEL_SCORE, "nutrition: eating around training")
    from agenthost_ceres.intents import HUNGRY_ASKS  # imported late, like expand_shorthand

    if match.score < FUEL_SCORE and HUNGRY_ASKS.search(low):
        return Score(AGENT, FUEL_SCORE, "nutrition: hungry now, asking what to eat")  # "im starving, whats quick"
    if match.score < WHICH_FOOD_SCORE and asks(message) and WHICH_FOOD.search(low):
        return Score(AGENT, WHICH_FOOD_SCORE, "nutrition: which food to eat")  # "pls which food I fit chop to build muscle for gym?": the food, above the gym
    from agenthost_ceres.pregnancy_foods import listed_food_named  # imported late, like the floor's tables

    if match.score < FOOD_QUESTION_SCORE and (FOOD_QUESTION.search(low) or asks_if_ok(message)) and (_names_a_food(message) or listed_food_named(message)):
        return Score(AGENT, FOOD_QUESTION_SCORE, "nutrition: a question about a food")
    if match.score < FOOD_QUESTION_SCORE and (ATE.search(low) or _only_foods(message)) and _names_a_food(message):
        return Score(AGENT, FOOD_QUESTION_SCORE, "nutrition: a meal eaten")
    if max(match.score, follow_up) < LOSS_PACE_SCORE and asks_loss_pace(low):
        return Score(AGENT, LOSS_PACE_SCORE, "nutrition: how fast to lose weight")  # "how much a week is reasonable to lose?"
    if match.score < WEIGHT_GOAL_SCORE and WEIGHT_GOAL.search(low):
        return Score(AGENT, WEIGHT_GOAL_SCORE, "nutrition: a weight goal")
    if match.score < WEIGHT_GOAL_SCORE + 0.1 and WEIGHT_LOST.search(low):
        return Score(AGENT, WEIGHT_GOAL_SCORE + 0.1, "nutrition: weight lost")
    from agenthost_ceres.intake_check import intake_asked  # imported late, like the floor's tables

    if match.score < INTAKE_SCORE and intake_asked(message) is not None:
        return Score(AGENT, INTAKE_SCORE, "nutrition: a day's intake asked about")  # "how low should I go? is 1200 too low"
    if match.score < GOAL_TIME_SCORE and GOAL_TIME.search(low) and (_weight_goal(context.profile) or context.last_agent == AGENT):
        return Score(AGENT, GOAL_TIME_SCORE, "nutrition: how long a weight goal takes")
    return Score(AGENT, match.score, reason("nutrition", match.terms))


KEEPING_SCORE = 0.7
EATING_OUT_SCORE = 0.85


def _eating_out_with_allergy(message: str, context: ClassifyContext) -> bool:
    """A cuisine's dishes asked about by someone with an allergy or coeliac disease, saved or said,
    or a coeliac's kitchen shared with others."""
    from agenthost_ceres.can_have import said_prefs  # imported late, like the floor's tables
    from agenthost_ceres.diet import DietPrefs
    from agenthost_ceres.eating_out import asks_eating_out, avoided, shared_kitchen_answer

    if not asks_eating_out(message) and not re.search(r"(?i)\b(?:toast|colander|sieve|strainer|chopping|butter|spreads?|fryer)", message):
        return False
    prefs = said_prefs(abroad_asks.in_english(message), DietPrefs.from_profile(context.profile))
    return bool(asks_eating_out(message) and avoided(prefs)) or shared_kitchen_answer(message, prefs) is not None
INTAKE_SCORE = 0.75
INGREDIENT_SCORE = 0.7
KEEPING_FOOD = ("leftovers_storage", "rice_storage", "freezing_food")


def _keeping_food(message: str) -> bool:
    """True when the message surely asks how to keep food safely (fridge, freezer, reheating)."""
    from agenthost_ceres.knowledge import find, words_of  # imported late: it loads the data file

    if not words_of(KEEPING_FOOD) & set(stems(message.lower())):
        return False  # find() scores only the entries sharing a word with the message: none of these
    found = find(message.lower())
    if found is None or found[0].id not in KEEPING_FOOD or found[1] < KEEPING_SCORE:
        return False
    return bool(KEPT_FOOD_WORDS.search(message.lower())) or _names_a_food(message)  # "I left my bike out overnight" is no food


# Words that make a keeping question one about food even when no food of the table is named.
KEPT_FOOD_WORDS = re.compile(r"\b(?:food|leftovers?|cooked|meal ?prep\w*|batch|fridge|freezer|frozen|defrost\w*|thaw\w*|reheat\w*|portions?|poulet|hähnchen|essen)\b")


def _only_foods(message: str) -> bool:
    """ "3 pints of lager last night", "2 eggs and toast": nothing but foods, amounts and days."""
    from agenthost_ceres.foods import load_table  # imported late: it loads the data files
    from agenthost_ceres.parser import parse_meal

    if len(message) > 200:
        return False
    parsed = parse_meal(message, load_table())
    return bool(parsed.items) and not parsed.unrecognised


def _names_a_food(message: str) -> bool:
    """True when the message names a food or dish of Ceres' table ("is quinoa ok for me?")."""
    from agenthost_ceres.foods import load_table  # imported late: it loads the data files
    from agenthost_ceres.parser import parse_meal

    from agenthost_ceres.allergens import dish_allergens

    return bool(parse_meal(message, load_table()).items) or dish_allergens(message) is not None  # "can he have satay?"


def thread(context: ClassifyContext) -> list[dict[str, Any]] | None:
    """The history up to Ceres' last answer, when it is the latest answer or General's one
    answer came after it ("remember I'm 70 kg", "what time is it?"): her thread goes on."""
    if context.last_agent == AGENT:
        return context.history
    answers = [n for n, record in enumerate(context.history) if record.get("role") == "assistant"]
    if len(answers) >= 2 and context.history[answers[-1]].get("agent") == "general" and context.history[answers[-2]].get("agent") == AGENT:
        return context.history[: answers[-2] + 1]
    return None


def follow_up_score(message: str, context: ClassifyContext) -> float:
    """How surely `message` continues Ceres' last answer (0 when Ceres did not answer last, or
    just before one answer of General's)."""
    history = thread(context)
    if history is None:
        return 0.0
    context = ClassifyContext(user_id=context.user_id, history=history, profile=context.profile, last_agent=AGENT)
    said = _plain(message)
    examples = suggested_examples(context.history)
    if said in {_plain(example) for example in examples}:
        return EXAMPLE_SCORE
    if (units := asked_units(message)) is not None and units.amount is None:
        return FOLLOW_UP_SCORE  # "in grams", "in oz please" after her answer: its figures in that unit
    if len(said.split()) <= 10 and BARE_AFTER.match(said) and (_after_ideas(context.history) or _about_fuel(context.history)):
        return BARE_AFTER_SCORE  # "and aftr? i wnt to gain muscel" after breakfast ideas before the gym: food after it, whatever goal is said
    if examples and len(said.split()) <= SHORT_WORDS and SHORT_FOLLOW_UP.match(said) and not _asks_for_moves(said):
        return CONTINUATION_SCORE if CONTINUATION.match(said) else FOLLOW_UP_SCORE
    if len(said.split()) <= BODY_ANSWER_WORDS and _states_body(said) and _asked_for_body(context.history):
        return BODY_ANSWER_SCORE  # "I'm 75 kg" after she asked for the weight
    if asked_a_question(context.history) and len(said.split()) <= SHORT_WORDS + 2 and re.search(r"\d|\b(?:one|two|three|half)\b", said):
        return FOLLOW_UP_SCORE  # the amount Ceres just asked for
    if len(said.split()) <= FOLLOW_UP_WORDS and (OWN_FOLLOW_UP.match(said) or _takes_back_a_food(said)):
        return FOLLOW_UP_SCORE
    if len(said.split()) <= 2 * FOLLOW_UP_WORDS and (OWN_FOLLOW_UP.match(said) or _not_mine(said)):
        return FOLLOW_UP_SCORE  # "wait undo that, the shake was my mate's"
    if len(said.split()) <= 16 and _in_last_answer(said, context.history):
        return FOLLOW_UP_SCORE  # "oh wait remove the yogurt, that was my sister's not mine": a food of the meal she just logged
    if len(said.split()) <= 16 and _changes_a_logged_meal(said):
        return FOLLOW_UP_SCORE  # "wait the kitkat was yesterday not today", "scrap the juice, it was a black coffee"
    if len(said.split()) <= 10 and _asks_for_the_day(said):
        return FOLLOW_UP_SCORE  # "so whats today's total now"
    if asked_a_question(context.history) and len(said.split()) <= 25 and _names_an_amount_of_food(said):
        return FOLLOW_UP_SCORE  # "ok fine, 150g dry penne with half a jar of tomato sauce" after "How much pasta?"
    if len(said.split()) <= CHANGE_WORDS and _after_ideas(context.history) and (
        changes_ideas(said) or (CONTINUATION.match(said) and _names_a_food(said))
    ):
        return CONTINUATION_SCORE  # "could you make that one vegetarian", "my partner doesn't eat chicken", "what about the granola bars?"
    if len(said.split()) <= 2 * FOLLOW_UP_WORDS and _after_ideas(context.history) and _quicker_wish(said):
        return CONTINUATION_SCORE  # "make it easier please, I have only 5 minutes in the morning" after breakfast ideas: quicker ones
    if len(said.split()) <= 8 and FIRST_STEP.search(said):
        return FOLLOW_UP_SCORE  # "wat shud i chanje first" after her answer on a weight goal
    if len(said.split()) <= 12 and not _about_training_only(said) and _everyday_topic(said):
        return FOLLOW_UP_SCORE  # "what should I do today to get back on track?" after her answer on it
    if len(said.split()) <= 14 and TRAINING_TIME.search(said) and _about_fuel(context.history):
        return CONTINUATION_SCORE  # "I train at 6am though, does that change anything?" after a pre-workout snack
    if len(said.split()) <= 12 and HOW_DO_I_DO_THAT.match(said):
        return FOLLOW_UP_SCORE  # "how do i get there without farting all day" after her fibre figure
    if len(said.split()) <= 16 and MONEY_SAID.search(said) and not _about_training_only(said):
        return FOLLOW_UP_SCORE  # "i'm a student so like £25 a week max" after her shopping answer: the same, on that budget
    if len(said.split()) <= 14 and ONE_AROUND_TRAINING.search(said) and _last_asked_names_food(context.history):
        return CONTINUATION_SCORE  # "is it ok to have one before a workout?" after her caffeine answer: that drink, before training (above Helios' workout)
    if len(said.split()) <= 16 and CONTINUATION.match(said) and AROUND_TRAINING.search(said):
        return CONTINUATION_SCORE  # "and what about after the gym?" after her food answer: food after the gym
    if len(said.split()) <= 16 and fibre_symptom(said) is not None:
        return FOLLOW_UP_SCORE  # "broccoli makes me fart lol" after her fibre answer: what to do about it
    if len(said.split()) <= 25 and keeps_without_fridge(said):
        return FRIDGE_WISH_SCORE  # "any that don't need a fridge? I'm on a building site all day" after her ideas
    if len(said.split()) <= 20 and SUPPLEMENT_INSTEAD.search(said):
        return FOLLOW_UP_SCORE  # "is there a tablet I could take for it instead?" after her omega-3 or iron answer
    if len(said.split()) <= 20 and FEEDING_SAID.search(said) and CHANGES_ANYTHING.search(said):
        return CONTINUATION_SCORE  # "forgot to say I'm 3 weeks postpartum and breastfeeding, does that change anything?" after her food answer
    return 0.0


# Breastfeeding or a recent birth said after her answer, asking whether it changes it.
FEEDING_SAID = re.compile(r"\b(?:breast ?feeding|breastfeed|chest ?feeding|nursing|postpartum|post[- ]partum|postnatal|post[- ]natal|just had (?:a|my|the) baby|gave birth)\b")
CHANGES_ANYTHING = re.compile(r"\b(?:change (?:anything|things|that|it|much|what)|changes? anything|any different|differently|what changes|does that matter|make a difference|still ok|still fine|still the same)\b")


# A tablet asked for in place of the food she just named: "is there a tablet I could take for it instead?"
SUPPLEMENT_INSTEAD = re.compile(
    r"\b(?:tablets?|pills?|capsules?|supplements?)\b[^.?!]{0,30}\b(?:instead|for (?:it|that|this)|rather)\b"
    r"|\b(?:instead|rather)\b[^.?!]{0,30}\b(?:tablets?|pills?|capsules?|supplements?)\b"
)


CHANGE_WORDS = 20  # a change to the ideas just shown, chatter before it included
# "how do I get there?", "how can I hit that without...": how to reach the figure she just gave.
HOW_DO_I_DO_THAT = re.compile(r"^(?:ok |okay |so |but |and |right )*how (?:do|can|should|would|will) i (?:ever |actually |even )?(?:get there|get to (?:that|it)|do (?:that|it|this)|manage (?:that|it)|hit (?:that|it|this)|reach (?:that|it)|get (?:that|it|enough|that much|more))\b")
# Money said after her answer: "i'm a student so like £25 a week max", "budget is tight tho".
MONEY_SAID = re.compile(r"£ ?\d|\$ ?\d|€ ?\d|\b\d+ ?(?:quid|pounds|euros?|dollars|bucks)\b|\bbudget\b|\bstudent\b|\bskint\b|\bbroke\b|\bafford\b|\bcheap(?:er)?\b|\btight on (?:money|cash)\b|\bmoney'?s tight\b")
# "and after?", "what about before?": the same food question at the other end of the training.
BARE_AFTER = re.compile(r"^(?:and|what about|how about|ok and|so) (?:for )?(?:after|afterwards|before|beforehand|post|pre)\b(?! (?:that|this|it)\b)")
BARE_AFTER_SCORE = 0.93
# "and what about after the gym?", "how about before my run?": eating then, after her food answer.
AROUND_TRAINING = re.compile(r"\b(?:before|after|post|pre|around)[- ](?:the |my |a |work(?:ing)? ?out|training|gym|run|lift|session|class|match|game|swim|ride|exercise|practice)")
# The heading of meal ideas ("Here are 3 dinner ideas ...", "Here's one sweet snack idea").
IDEAS_HEAD = re.compile(r"^Here(?:'s| are) (?:\w+ ){1,6}?ideas?\b", re.MULTILINE)


def _after_ideas(history: list[dict[str, Any]]) -> bool:
    """True when Ceres' latest answer gave meal ideas."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            text = record.get("text")
            return record.get("agent") == AGENT and isinstance(text, str) and bool(IDEAS_HEAD.search(text))
    return False


# "what should I change first?", "where do I start?" after her answer: her first step.
FIRST_STEP = re.compile(r"\b(?:change|do|fix|tackle|cut|start|stop|swap) first\b|\bfirst (?:step|thing|change)\b|\bwhere (?:do|should|would|can) i (?:even )?start\b")


# When or around what someone trains, said after Ceres answered about eating for training.
TRAINING_TIME = re.compile(
    r"\b(?:train|training|lift|lifting|run|running|work ?out|working out|exercise|gym|session|class)\b.{0,25}"
    r"\b(?:at \d|\d ?(?:am|pm)\b|morning|evening|early|at night|lunch ?time|after work|before work)"
    r"|\b(?:early|morning|evening) (?:session|workout|training|run|lift|class)s?\b"
)


# The food or drink just answered about, taken before or after training by a pronoun: "is it ok to have one before a workout?"
ONE_AROUND_TRAINING = re.compile(
    r"\b(?:have|drink|take|eat|grab)\s+(?P<it>one|it|that|some|them|those)\b(?=[^.?!]{0,25}\b(?:before|after|pre|post)\b[^.?!]{0,25}\b(?:workouts?|training|gym|runs?|sessions?|class|game|match|race|lifting|exercise|exercising)\b)",
    re.IGNORECASE,
)


def _last_asked_names_food(history: list[dict[str, Any]]) -> bool:
    """True when the user's message before Ceres' last answer named a food or drink ("how much coffee is too much?")."""
    asked = next((str(r.get("text") or "") for r in reversed(history) if r.get("role") == "user"), "")
    return _names_a_food(asked) or bool(re.search(r"\b(?:caffeine|coffee|coffees|espresso|energy drinks?|alcohol|beer|wine|creatine|protein shakes?|whey)\b", asked.lower()))


def _about_fuel(history: list[dict[str, Any]]) -> bool:
    """True when the user's last message before Ceres' answer asked about eating around training."""
    asked = next((str(r.get("text") or "") for r in reversed(history) if r.get("role") == "user"), "").lower()
    return bool(EATING_WORDS.search(asked) and (TRAINING_WORDS.search(asked) or re.search(r"\b(?:pre|post)[- ]?workout|\bexercis", asked)))


def _asked_for_body(history: list[dict[str, Any]]) -> bool:
    """True when Ceres' last answer asked for body facts: an example to say, anywhere in it,
    like “I weigh 70 kg” or “I'm 34, female, 68 kg, 165 cm”."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            text = record.get("text")
            if record.get("agent") != AGENT or not isinstance(text, str):
                return False
            return any(_states_body(example.lower()) for example in re.findall(r"“(.+?)”", text))
    return False


def _states_body(said: str) -> bool:
    """ "I'm 75 kg", "I'm a man", "34, female, 168 cm": body facts, stated."""
    from agenthost_ceres.body import parse_body  # imported late, with the rest of the reader

    if said.lstrip().startswith("remember"):
        return False  # "remember I'm 70 kg" asks General to keep it
    return bool(parse_body(said).to_json()) and not ends_asking(said)


# "and what exercise with the knee" after her protein answer: moves asked for, Helios' (not "and on
# workout days?", which asks her figure for those days)
ASKS_FOR_MOVES = re.compile(r"\b(?:exercises?|workouts?|stretch(?:es|ing)?)\b(?!\s+days?\b)")


def _asks_for_moves(said: str) -> bool:
    return bool(ASKS_FOR_MOVES.search(said)) and not EATING_WORDS.search(said)


def _about_training_only(said: str) -> bool:
    """ "how long before I train legs again?": training words and nothing to eat or drink, so
    Helios' ground even when the words match an eating-around-exercise topic."""
    return bool(TRAINING_WORDS.search(said)) and not EATING_WORDS.search(said)


def _everyday_topic(said: str) -> bool:
    """True when `said` is one of Ceres' everyday topics (`data/faq.json`)."""
    from agenthost_ceres.knowledge import find  # imported late: it loads the data file

    return find(said) is not None


def _changes_a_logged_meal(said: str) -> bool:
    """ "the kitkat was yesterday not today", "scrap the juice, it was a black coffee"."""
    from agenthost_ceres.intents import moved_to, replacement  # imported late: they load the food table

    return replacement(said) is not None or moved_to(said) is not None


def _asks_for_the_day(said: str) -> bool:
    """ "what's today's total now?", "remind me what I ate monday": her summaries."""
    from agenthost_ceres.intents import asks_summary  # imported late: it loads the food table

    return asks_summary(said)


def _names_an_amount_of_food(said: str) -> bool:
    """A food with an amount ("150g dry penne"): the answer to "how much did you have?"."""
    from agenthost_ceres.foods import load_table  # imported late: it loads the data files
    from agenthost_ceres.parser import parse_meal

    parsed = parse_meal(said, load_table())
    return any(item.words != item.said for item in parsed.items)


def _not_mine(said: str) -> bool:
    """ "the shake was my mate's": a logged food someone else had."""
    from agenthost_ceres.intents import NOT_MINE  # imported late: it loads the food table

    return bool(NOT_MINE.search(said))


def _takes_back_a_food(said: str) -> bool:
    """ "oops, remove the fries": an undo that names a food in the table."""
    from agenthost_ceres.intents import undo_request  # imported late: it loads the food table
    from agenthost_ceres.understand import names_food_or_amount

    request = undo_request(said)
    return bool(request and request.get("food") and names_food_or_amount(request["food"]))


def _quicker_wish(said: str) -> bool:
    """ "make it easier, I only have 5 minutes": ideas that take no cooking (read as `understand` reads it)."""
    from agenthost_ceres.understand import NO_COOK, NO_OVEN  # imported late: understand imports this module

    return NO_COOK.search(said) is not None or NO_OVEN.search(said) is not None  # "I've not got an oven, just a hob and a microwave"


def _in_last_answer(said: str, history: list[dict[str, Any]]) -> bool:
    """True when the food an undo names is in Ceres' latest answer (the meal she just logged)."""
    from agenthost_ceres.intents import undo_request  # imported late: it loads the food table

    food = str((undo_request(said) or {}).get("food") or "").lower()
    last = next((str(r.get("text") or "") for r in reversed(history) if r.get("role") == "assistant"), "").lower()
    words = [w.rstrip("s") for w in re.findall(r"[a-zà-ÿ]+", food) if len(w) > 2]
    return bool(words) and all(w in last for w in words)


def suggested_examples(history: list[dict[str, Any]]) -> list[str]:
    """The examples ("Try “a”, “b” or “c”.") on the last line of Ceres' latest answer."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            if record.get("agent") != AGENT or not isinstance(record.get("text"), str):
                return []
            found = EXAMPLES_LINE.match(record["text"].splitlines()[-1] if record["text"] else "")
            return re.findall(r"“(.+?)”", found.group(1)) if found else []
    return []


def asked_a_question(history: list[dict[str, Any]]) -> bool:
    """True when Ceres' latest answer ended with a question ("How many eggs did you have?")."""
    for record in reversed(history):
        if record.get("role") == "assistant":
            text = record.get("text")
            return record.get("agent") == AGENT and isinstance(text, str) and "?" in text.splitlines()[-1][-40:]
    return False


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip().rstrip("?!. ")
