"""What a message says about the user's own diet, every way people say it.

    >>> stated_preferences("vegan with a peanut allergy (tree nuts are fine) and soy makes me break out in hives")
    {'diet_type': 'vegan', 'allergies': ['peanuts', 'soy'], 'fine_with': ['tree nuts']}

Read clause by clause (sentences, and what is in brackets), each statement a pattern family
whose items are read as a list ("peanuts, shellfish and soy", "peanut and sesame allergies"):

- allergies: "allergic to X", "X allergy", "anaphylactic to X", "an epipen for X", reactions
  ("X makes me break out in hives", "X gives me a rash", "X makes my lips swell", "I come out
  in hives from X", "I react to X");
- intolerances, which are avoided as strictly but are no allergy: "intolerant to X", "X
  intolerance", "sensitive to X", "X makes me sick / bloated", "X doesn't agree with me";
- what the user can't or won't have: "can't have X", "must avoid X", "no X for me", "I'm X-free";
- medical diets (coeliac / celiac, lactose intolerance, diabetes) and diet types ("I'm vegan",
  "vegan here", "vegan with a nut allergy", "as a vegetarian", "I don't eat meat");
- exceptions: "tree nuts are fine", "except fish": a whole allergen group said to be fine is
  taken out of what this message rules out, or off the saved list when nothing else is said;
- dislikes ("I don't like mushrooms"), take-backs ("I'm not allergic to eggs anymore") and a
  calorie target ("my target is 1800").

Hypotheticals and questions ("what if I'm allergic to nuts?", "does milk give you gas?") state
nothing. Items are major allergens when they name one (in everyday words, see `allergens`),
otherwise the food word itself; gluten and milk said as intolerances are the gluten-free and
lactose-free diets rather than allergies.
"""

from __future__ import annotations

import re

from agenthost_ceres import abroad_asks
from agenthost_ceres.allergy_languages import in_english
from functools import cache
from typing import TYPE_CHECKING, Any

from agenthost_ceres.allergens import ALLERGENS, WORDS, canonical_allergies, key_of
from agenthost_ceres.question import ends_asking

if TYPE_CHECKING:
    from host.safety.prefilter import PrefilterSet

DIETS = {
    "vegan": "vegan", "plant based": "vegan", "plant-based": "vegan", "vegetarian": "vegetarian", "veggie": "vegetarian",
    "pescatarian": "pescatarian", "pescetarian": "pescatarian", "omnivore": "omnivore",
}  # fmt: skip
_DIET = r"(?:vegan|plant[ -]based|vegetarian|veggie|pescatarian|pescetarian)"
# Words that make a diet word describe food, not the user: "vegan dinner ideas", "a veggie burger".
_FOOD_NOUNS = (
    r"(?:food|foods|dinner|dinners|lunch|lunches|breakfast|breakfasts|meal|meals|recipe|recipes|idea|ideas|option|options|snack|snacks|"
    r"burger|burgers|patty|sausage|sausages|soup|dish|dishes|version|protein|proteins|source|sources|alternative|alternatives|cheese|"
    r"milk|friendly|restaurant|place|places|cafe|diet plan|meal plan|swap|swaps|treat|treats|dessert|desserts|curry|pizza|pasta)"
)
# People a diet word can describe at the start of a message ("vegan climber", "veggie mum of two").
_PEOPLE = (
    r"(?:climber|runner|lifter|athlete|cyclist|swimmer|bodybuilder|powerlifter|weightlifter|boxer|footballer|rower|triathlete|"
    r"marathoner|dancer|hiker|student|mum|mom|dad|parent|teen|teenager|woman|man|guy|girl|lad|bloke|gal|nurse|gymgoer|gym goer|"
    r"beginner|lifelong|family|household|couple|here)"
)
SELF_DIET = (
    # "I'm vegan", "we're veggie", "I've gone plant based", "I eat vegan", "my diet is vegetarian"
    re.compile(
        rf"\b(?:i'?m|i am|im|we'?re|we are|i'?ve (?:gone|become|been)|i went|i became|i follow|i eat|i'?m on|i am on|"
        rf"switch(?:ed|ing)? to|going|gone|become|my diet is|as an?|being|fellow|a lifelong|strict|life ?long)"
        rf" (?:now |a |an |fully |strictly |mostly |also |on a |on an |totally |completely |)*(?P<diet>{_DIET})\b(?! {_FOOD_NOUNS}\b)"
    ),
    # a clause that starts with the diet: "vegan here", "vegan with a peanut allergy", "vegetarian, allergic to eggs"
    re.compile(rf"^(?:oh,? and |oh |and |also |but |ok |so )?(?:a |an |strict |fully |mostly )?(?P<diet>{_DIET})\b(?! {_FOOD_NOUNS}\b)(?=$|,| here| btw| myself| too| with | and | but | so | who | for | since | \+|\s*&)"),
    # the diet describing the person: "vegan climber, allergic to tree nuts", "vegetarian runner here"
    re.compile(rf"^(?:and |also |but |ok |so |hi,? |hey,? )?(?:a |an |strict |fully |mostly )?(?P<diet>{_DIET}) {_PEOPLE}\b"),
    # "coeliac and vegetarian", "allergic to soy and vegan"
    re.compile(rf"\b(?:coeliac|celiac|gluten[ -]free|lactose intolerant|allergic to [a-z ]+?|diabetic) (?:and|&|\+) (?:a |an )?(?P<diet>{_DIET})\b(?! {_FOOD_NOUNS}\b)"),
    # the diet in a list of body facts: "oh and 78kg, vegetarian", "23, 180cm, vegan"
    re.compile(
        rf"^(?=.*(?<![\d.])\d{{2,3}}(?:\.\d+)?\s*(?:kg|kgs|kilos?|cm|lbs?|pounds?|st|stone|yo|years? old)\b|\d{{2}},).*(?:,|\band|\+|&) (?:a |an |also |strict |fully |mostly )?(?P<diet>{_DIET})(?=\s*$|,|\s+(?:too|btw|also|now)\b)"
    ),
)
# Religious food rules said of oneself: "I eat halal", "halal only", "I'm Muslim", "we keep kosher".
# Halal: no pork or alcohol; kosher: no pork or shellfish (the foods either rule leaves out whatever
# the meat's slaughter, which a label or the butcher must answer).
RELIGIOUS_DIET = re.compile(
    r"\b(?:i|we) (?:only |strictly |always )?(?:eat|keep|follow|do|have) (?P<rule>halal|kosher)\b|\b(?P<rule2>halal|kosher) only\b|\bonly (?:eat )?(?P<rule3>halal|kosher)\b"
    r"|\b(?:i'?m|im|i am|we'?re|we are) (?:a |strictly |strict )?(?P<rule4>halal|kosher|muslim|jewish)\b|\b(?:strictly|strict) (?P<rule5>halal|kosher)\b"
)
RELIGIOUS_RULES = {"halal": ("pork", "alcohol"), "muslim": ("pork", "alcohol"), "kosher": ("pork", "shellfish"), "jewish": ("pork", "shellfish")}
NOT_A_DIET = re.compile(r"\b(no longer|not|never been) (?:a |an )?(vegan|vegetarian|pescatarian)\b|\beat (?:meat|everything) again\b|\bi eat everything\b")
COELIAC = re.compile(r"\b(?:coeliac|celiac|coeliacs|celiacs)\b")
LACTOSE_INTOLERANT = re.compile(r"\blactose[ -]?intoleran\w*|\bintolerant to (?:lactose|dairy|milk)\b")
NEGATED_BEFORE = re.compile(r"(?:^|[\s,(])(?:not|isn'?t|aren'?t|never|no longer)(?:\s+[a-z'-]+){0,2}\s*$")
NOT_INTOLERANT = re.compile(r"\b(?:not|isn'?t|no|never|rather than|instead of)(?: just| simply| merely| a| an| only)? *$")
DIABETIC = re.compile(
    r"\b(?:i'?m|i am|im) (?:a )?(?:type [12] )?diabetic\b|\bi (?:have|got|'?ve got|was diagnosed with) (?:type [12] |type one |type two )?diabetes\b"
)
CALORIE_TARGETS = (
    re.compile(r"(?:calorie|kcal|calories|daily|my)\s*(?:target|goal|budget|limit)\D{0,20}?(?P<kcal>\d{3,4}|\d,\d{3})\b"),
    re.compile(
        r"(?:target|goal|budget|limit|aim(?:ing)? for|stick(?:ing)? to|eat(?:ing)?|set (?:it |my target |the target )?to|have)"
        r"\D{0,25}?(?P<kcal>\d{3,4}|\d,\d{3})\s*(?:k?cals?|calories)\b"
    ),
)
# A clause that asks or supposes rather than states: "what if I'm allergic to nuts?", "can you
# be allergic to oats?", "does milk give you gas?".
HYPOTHETICAL = re.compile(
    r"^(?:and |but |so )?(?:what if|if|suppose|say|imagine|in case|what happens|can (?:you|someone|people|i) be|is it possible|"
    r"do (?:people|you|they)|does|is|are|would|could|should|how do i know|how can i tell|how would i know)\b"
)

# What follows the item list and is not part of it ("allergic to peanuts, snack ideas?").
LIST_STOP = re.compile(
    r"\b(?:but|so|what|which|how|please|pls|plz|can|could|should|because|cause|cos|coz|cuz|since|though|tho|tbh|although|when|if|and i|i'?m|i am|i|it|"
    r"here|there|btw|lol|any|ideas?|suggestions?|options?|recipes?|snacks?|breakfasts?|brunch|lunch(?:es)?|dinners?|meals?|tonight|"
    r"today|anything|something|need|want|looking|help|thanks|thank you|is|are|was|were|makes?|gives?|fine|ok|okay|for me|"
    r"actually|anymore|again|either|now|lately|nowadays|ever|too|as well|also|badly|really|severely|mildly|slightly|myself|"
    r"we|we'?re|we all|us|our|he|she|they|so we|log|logged|add|track|record|had|ate|just|"
    # what is said after the list about the speaker: "cut the salt for my blood pressure and honestly ..."
    r"honestly|basically|literally|seriously|genuinely|tbf|to be fair|for my)\b"
)
_SEPARATOR = re.compile(r",|\band\b|\bor\b|&|/|\bnor\b|\bplus\b|\+")
NOT_ITEMS = frozenset(
    "all any also too very really severely mildly slightly a an the to of stuff things food foods bit little lot some most kinds "
    "kind types type both either my me it this that these those them they eating having drinking eat have drink certain raw cooked "
    "two three four not just only even".split()  # "groundnut and fish, the two": a count of what was named, no food; "nuts, all of them not just peanuts"
)
MAX_ITEM_WORDS = 3
# Words that point back at items named elsewhere in the message ("eggs too. allergic to both").
REFERENCE = "<named>"
_POINTERS = re.compile(r"^(?:both|both of (?:them|those|these)|all (?:of )?(?:them|those|these|three|3|four|4)|all three|the two|"
                       r"those two|these two|those|these|each|each of them|either|either of them)$")
# A clause that adds items to what is being said: "oh and eggs too", "sesame as well", "also soy".
ADDED_ITEMS = (
    re.compile(r"^(?:oh,? |ah,? |oops,? |and |also |plus |oh and |oh also |oh,? and )*(?P<items>[a-z][a-z ,'&/-]*?),? (?:too|as well|also)\b"),
    re.compile(r"^(?:oh,? |ah,? |and )*(?:also|plus|add) (?P<items>[a-z][a-z ,'&/-]*)$"),
)

_SIGNS = (
    r"(?:hives|a rash|rashes|an? (?:allergic |bad |severe )?reaction|anaphylaxis|anaphylactic shock|swelling|swollen \w+|"
    r"an itchy \w+|itchy \w+|welts|eczema|an eczema flare|eczema flares?|a tingly \w+|a tingling \w+)"
)
_BODY = r"(?:lips?|throat|mouth|tongue|face|eyes|skin|gums|airways?)"
_UPSETS = (
    r"(?:bloated|bloating|a stomach ?ache|stomach ?aches|stomach cramps|cramps|gas|the runs|diarrh\w+|sick|ill|really ill|"
    r"unwell|nauseous|heartburn|a bad stomach|an upset stomach|ibs flares?|migraines?|headaches?)"
)
_ITEMS = r"(?P<items>[a-z][a-z ,'&/+-]*)"
# An allergy said by what happens, not by the word: hospital, A&E, an EpiPen, hives, a swelling
# throat ("I end up in A&E if I eat sesame", "my son gets hives if he eats prawns").
_HOSPITAL = r"(?:(?:the )?(?:hospital|a&e|a and e|er|emergency room|emergency|emergency department|resus|icu)|hospitali[sz]ed)"
_WHO = r"(?:i|he|she|they|(?:my|our) (?:little |baby |youngest |eldest |oldest |older |younger |two year old |\d+ ?yo )?\w+)"
_REACTS = (
    rf"(?:(?:end|ends|ended|wind|winds|wound) up (?:in|at) {_HOSPITAL}|(?:go|goes|went|get|gets|got|am|is|was|have to go|has to go|had to go) "
    rf"(?:straight |right )?(?:to|in|into) {_HOSPITAL}|(?:need|needs|needed|use|uses|used|have to use|has to use|had to use|reach for|grab) "
    rf"(?:my |his |her |their |an |the )?(?:epi ?pen|adrenaline|auto-?injector)s?|"
    rf"(?:get|gets|got|come out in|comes out in|break out in|breaks out in|broke out in|have|has) {_SIGNS}|"
    rf"{_BODY} (?:swells?|swell up|swells up|swelled|closes? up|closed up|tingles?|itch(?:es)?|puffs? up|go(?:es)? puffy|blows? up))"
)
_WHEN_EATS = (
    r"(?:if|when|whenever|after|every time|each time|anytime|any time) (?:i|he|she|they|we) (?:even )?"
    r"(?:eat|eats|ate|have|has|had|touch|touches|touched|taste|tastes|try|tries) (?:any |anything with |something with |a bit of |even a bit of )?"
)

# Items after the words: (pattern, kind).
AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:allergic|allergy|allergies|anaphylactic|anaphylaxis)\s*(?::|to|with|from|against|for(?! real)|on)\s*{_ITEMS}"), "allergy"),  # "allergic against eggs" (German "gegen"), "allergy for peanuts"
    (re.compile(rf"\b(?:my|his|her|our) (?:food )?(?:allergies|allergens|allergy) (?:are|is|include|includes)\s+{_ITEMS}"), "allergy"),  # "my allergies are eggs and soy"
    (re.compile(rf"\b(?:allergies|allergic)\s*:\s*{_ITEMS}"), "allergy"),
    (re.compile(rf"\bepi ?pens? (?:for|because of) {_ITEMS}"), "allergy"),
    (re.compile(rf"\b(?:an? )?(?:allergic |bad |severe |serious )?reactions? to {_ITEMS}"), "allergy"),
    (re.compile(rf"\bi (?:get|got|come out in|came out in|break out in|broke out in|have|develop|end up with) {_SIGNS} "
                rf"(?:from|after|with|when i (?:eat|have|touch)|if i (?:eat|have|touch)|whenever i (?:eat|have)) (?:eating |having )?{_ITEMS}"), "allergy"),
    (re.compile(rf"\bi (?:swell|swelled|swell up|swelled up|puff up|puffed up|blow up|blew up|come up|came up|break out|broke out|"
                rf"itch|get itchy|got itchy|go puffy|went puffy) (?:in hives |in welts |in a rash )?"
                rf"(?:with|from|after|when i (?:eat|have)|if i (?:eat|have)|whenever i (?:eat|have)) (?:eating |having )?{_ITEMS}"), "allergy"),
    (re.compile(rf"\b{_WHO} {_REACTS}(?: and [a-z' ]{{0,40}}?)? {_WHEN_EATS}{_ITEMS}"), "allergy"),
    (re.compile(rf"\b(?:my|his|her|their) {_BODY} (?:swells?|swell up|swells up|swelled|closes? up|closed up|tingles?|itch(?:es)?|puffs? up|go(?:es)? puffy) "
                rf"{_WHEN_EATS}{_ITEMS}"), "allergy"),
    (re.compile(rf"^(?:but |and |also )?{_WHEN_EATS}(?P<items>[a-z][a-z ,'&/-]*?),? (?:(?:i|he|she|they) {_REACTS}|(?:my|his|her|their) {_BODY} "
                rf"(?:swells?|swell up|swells up|closes? up|tingles?|itch(?:es)?|puffs? up|go(?:es)? puffy))"), "allergy"),
    (re.compile(rf"\b{_WHO}(?:'s| is| am|'m)? (?:been )?(?:in|to) {_HOSPITAL} (?:with|because of|from|over) {_ITEMS}"), "allergy"),
    (re.compile(rf"\bi react(?:ed|s)? (?:badly |really badly |strongly |severely |quite badly )?to (?:eating )?{_ITEMS}"), "allergy"),
    (re.compile(rf"\b(?:intolerant|intolerance|intolerances|sensitive|sensitivity)\s*(?::|to|of)\s*{_ITEMS}"), "intolerance"),
    (re.compile(rf"\bi (?:can'?t|cannot) digest {_ITEMS}"), "intolerance"),
    (re.compile(rf"\b(?:i )?(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|am not allowed to|i'?m not allowed to|am unable to) "
                rf"(?:eat|have|touch|tolerate|do|take|handle|stomach) (?:any )?{_ITEMS}"), "avoid"),
    (re.compile(rf"\b(?:i )?(?:must|have to|need to|got to|gotta) (?:avoid|stay away from|cut out|steer clear of) {_ITEMS}"), "avoid"),
    (re.compile(rf"\bi (?:avoid|stay away from|steer clear of|cut out|don'?t touch|never touch) {_ITEMS}"), "avoid"),
    # told to by a doctor or dietitian: "my doctor just told me to cut out soy as well", "GP says no more dairy"
    (re.compile(rf"\b(?:doctor|doc|gp|dietitian|dietician|consultant|specialist|allergist|nurse|nutritionist)s?(?:'s)? (?:has |have )?(?:just |now |also )?"
                rf"(?:told|said|says|wants|advised|asked|recommended|put) (?:me )?(?:to |i should |i need to |i have to |i must |on )?"
                rf"(?:cut out|avoid|stop eating|stop having|give up|drop|stay off|come off|go off|cut|no more|no|a) (?:all |any )?{_ITEMS}"), "avoid"),
    (re.compile(rf"\b(?:been |was |got )?(?:told|advised) (?:by (?:my |the )?\w+ )?to (?:cut out|avoid|stop eating|give up|drop|stay off) (?:all |any )?{_ITEMS}"), "avoid"),
    (re.compile(rf"^(?:but |and )?(?:no|zero|absolutely no|strictly no) {_ITEMS} (?:for me|please|in my diet|at all)"), "avoid"),
    # "no dairy, no eggs for my son", "no nuts or sesame for the kids": for the family cooked for
    (re.compile(rf"^(?:but |and )?(?:no|zero|absolutely no|strictly no) {_ITEMS} for (?:him|her|them|us|the kids|the family|(?:my|our) (?:\w+ )?"
                r"(?:son|daughter|kids?|child|children|boy|girl|toddler|baby|husband|wife|partner|family|household))\b"), "avoid"),
    (re.compile(rf"\bi (?:(?:don'?t|do not|never) eat|(?:don'?t|do not|never) touch) {_ITEMS}"), "avoid"),
    (re.compile(rf"\b(?:i (?:really )?(?:don'?t|do not) (?:like|enjoy|love)|i dislike|i hate|i can'?t stand|i'?m not (?:a )?fan of|not a fan of|"
                rf"i detest|(?:he|she|they) (?:doesn'?t|don'?t) like|(?:he|she|they)(?:'?s|'?re| is| are) not (?:a )?fan of) {_ITEMS}"), "dislike"),
    (re.compile(rf"\b(?:everything|anything) (?:except|but|apart from|other than) (?:for )?{_ITEMS}"), "avoid"),
    (re.compile(rf"(?<!everything )(?<!anything )\b(?:except|apart from|other than|but not|excluding) (?:for )?{_ITEMS}"), "except"),
    (re.compile(rf"\bi(?:'m| am)? (?:can |do )?(?:eat|have|am fine with|'m fine with|'m ok with|'m okay with|tolerate) {_ITEMS} (?:fine|ok|okay|no problem|without (?:a|any) problem)"), "fine"),
    (re.compile(rf"(?:^|, )(?:but |though |although )?i (?:can |do )?(?:still )?eat {_ITEMS}"), "except"),
    (re.compile(rf"\b(?:it'?s|its) (?:just|only) {_ITEMS}"), "allergy_only"),
)
# Items before the words: (pattern whose match starts where the items end, kind).
BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+allerg(?:y|ies)\b"), "allergy"),
    (re.compile(r"\s+(?:intoleran(?:ce|ces|t)|sensitivity|sensitivities)\b"), "intolerance"),
    (re.compile(rf"\s+(?:makes?|made|gives?|gave|causes?|caused|triggers?|triggered|brings? out) (?:me|my \w+) (?:(?:break|come|came|broke) out in |get |have |feel |go |into )?(?:an? )?{_SIGNS}"), "allergy"),
    (re.compile(rf"\s+(?:literally |always |actually |basically |just |can |could |will )?(?:sends?|sent|puts?|put|lands?|landed|gets?|got|takes?|took) "
                rf"(?:me|him|her|them|us|{_WHO}) (?:straight |right )?(?:to|in|into) {_HOSPITAL}"), "allergy"),
    (re.compile(rf"\s+(?:makes?|made) (?:me|him|her|them|{_WHO}) (?:end up|go|have to go) (?:to|in) {_HOSPITAL}"), "allergy"),
    (re.compile(rf"\s+(?:makes?|made) (?:my )?{_BODY} (?:swell|swell up|itch|itchy|tingle|tingly|burn|close up|puff up|go puffy)"), "allergy"),
    (re.compile(rf"\s+(?:makes?|made|gives?|gave|causes?|caused) (?:me )?(?:feel |get |go )?(?:really |very |so |quite )?{_UPSETS}"), "intolerance"),
    (re.compile(r"\s+(?:doesn'?t|don'?t|does not|do not) agree with me\b|\s+and i (?:don'?t|do not) get (?:on|along)\b"), "intolerance"),
    (re.compile(r"\s+(?:is|are) (?:a )?(?:no|no-go|no go|off limits|off the table|out) (?:for me|in my diet)\b"), "avoid"),
    (re.compile(r"[- ]free\b(?! (?:bread|pasta|options?|ideas?|version|recipes?|food|foods|snacks?|meals?|products?))"), "free"),
    (re.compile(r"\s+(?:is|are) (?:fine|ok|okay|alright|safe|no problem|good)(?: for me| though| actually| too)?\b"), "fine"),
)
# "I'm X-free", "need to be X-free": only said about oneself.
SELF_FREE = re.compile(r"\b(?:i'?m|i am|im|i eat|i need to be|i have to be|i must be|i keep|i stay|i went|i'?ve gone|i live|my diet is|has to be|we'?re)\b")
FORGET = (
    re.compile(rf"\b(?:i'?m|i am) (?:not|no longer) allergic to {_ITEMS}"),
    re.compile(rf"\bremove {_ITEMS} from my (?:allergies|allergy list|allergens|dislikes|diet|preferences)"),
    re.compile(rf"\bi can (?:eat|have) {_ITEMS} (?:again|now)\b"),
    re.compile(r"\b(?P<items>[a-z][a-z '&-]*?) (?:is|are) (?:fine|ok|okay) (?:again|now)\b"),
)
SELF = re.compile(
    r"\b(?:i'?m|i am|im|i'?ve|i have|i can'?t|i cannot|i don'?t|i do not|i avoid|i eat|i follow|i get|i react|i break out|"
    r"i come out|my (?:diet|allerg\w+|intoleran\w+)|we'?re|we are)\b"
)
MEAT_WORDS = frozenset({"meat", "red meat", "animal product", "animal products", "meat and fish", "meat or fish"})


# "my son can't have milk, he's allergic": the food named, then the allergy said of it.
ALLERGIC_AFTER = re.compile(
    r"\b(?:can'?t|cannot|mustn'?t|must not|shouldn'?t) (?:eat|have|touch|drink) (?:any )?(?P<items>[a-z][a-z &/-]*?)\s*[,-]?\s*"
    r"(?:as |because |since |cos |coz |cause )?(?:(?:he|she|they|i|we|it)(?:'s|'re| is| are|'m| am)|hes|shes|theyre|im) (?:severely |really |very |badly |seriously )?"
    r"(?:allergic|anaphylactic)\b(?! to (?!(?:it|them|that|those)\b))"
    # "swap the eggs, allergic pala ako", "no prawns please, i'm allergic": the food left out, then the allergy said of it
    r"|\b(?:swap|skip|ditch|drop|remove|hold|without|no)(?: out)? (?:the |any )?(?P<items2>[a-z][a-z &/-]*?)(?: please| pls| for me)?\s*[,-]?\s*"
    r"(?:as |because |since |cos |coz |cause )?(?:(?:i|we)(?:'m| am|'re| are)? |im )?(?:severely |really |very |badly |seriously )?(?:allergic|anaphylactic)\b(?! to (?!(?:it|them|that|those)\b))"
)


# Milk said by where it comes from ("anything that comes out of a cow's udder", "anything from a
# cow"; "cow's milk" is a word for milk already): the milk allergen, so yogurt, cheese, whey and butter are out too.
FROM_A_COW = re.compile(
    r"\b(?:anything|everything|stuff|things|whatever|food)(?: that)? (?:comes?|came|coming|made) (?:out of|from|with) (?:a |the )?cows?(?:'?s)?(?: udders?| milk)?\b"
    r"|\b(?:anything|everything|stuff|things) (?:from|out of) (?:a |the )?cows?(?:'?s)?(?: udders?)?\b"
)
PURE_VEG = re.compile(r"\b(?:pure|strict|strictly|fully|100%|full) ?(?:veg|veggie|vegetarian)\b(?! (?:food|foods|dish|dishes|meals?|options?|recipes?|restaurant|thali|ideas?))")
# "no dairy, no eggs", "no dairy no eggs": the second "no" joins one list of foods left out.
NO_LIST = re.compile(r"(?:,\s*|\s+)(?:and\s+|or\s+)?no\s+(?=[a-z])")
BARE_NO = re.compile(r"no [a-z][a-z ,'&/-]*")
JUST_SAID_WHY = re.compile(r"\b(?:tho|though|bear|stand|hate|like|fan|because|cos|coz|but|thanks|idea|time)\b")  # "no eggs tho, cant bear them": a dislike
# "no egg also" beside a diet said in the same message: one more food that diet leaves out.
NO_ALSO = re.compile(r"^(?:and |but |also )?(?:no|without) (?P<items>[a-z][a-z ,'&/-]*?)(?: also| too| either| as well| please| pls)?$")
NO_FOOD = frozenset("time cooking cook fuss hassle effort kitchen money budget oven microwave fridge stove hob".split())  # "no time to cook"
# "a proper allergy, not an intolerance": what the message avoids is an allergy.
PROPER_ALLERGY = re.compile(r"\b(?:proper|real|actual|true|genuine|diagnosed|serious|severe|full[- ]blown) (?:food )?allergy\b|\bit'?s an allergy\b")


# Foods left out because they are disliked, said beside "no X": "no eggs tho i hate them", "not allergic, I just hate them".
JUST_DISLIKED = re.compile(
    r"\b(?:i (?:just |really |honestly |simply )?(?:hate|dislike|can'?t stand|don'?t like|do not like|am not (?:a )?fan of)|"
    r"(?:i'?m|im|i am) not (?:a )?fan of|not allergic|(?:i'?m|im|i am) not allergic|no allergy|not an allergy|just (?:a )?preference)\b"
)
NOT_ALLERGIC = re.compile(r"\b(?:(?:i'?m|im|i am) )?not (?:actually )?allergic\b|\bno allergy\b|\bnot an allergy\b")
ALLERGY_SAID = re.compile(r"\ballerg\w*|\banaphyla\w*|\bepi-?pen\b|\bintoleran\w*|\bcoeliac\b|\bceliac\b|\breaction\b")


def stated_preferences(text: str) -> dict[str, Any]:
    """Preferences the user states about themselves (or the family they cook for), as
    `set_diet_preferences` arguments, plus `fine_with`: allergen groups said to be fine, which
    the reply confirms and the tool is not given."""
    from agenthost_ceres.intents import clean  # the host's normaliser and food typo repair

    english = abroad_asks.in_english(text)  # "Tenho alergia à proteína do leite de vaca", "ich vertrage keine Milch"
    named = in_english(text)  # "soy alérgico al sésamo", "mein Sohn hat eine Milchallergie", "... amendoim e camarão"
    text = (f"{english} {named}" if named != text else english) if english != text else named  # each reader's allergens: one may miss the second
    low = PURE_VEG.sub("i'm vegetarian", clean(text))  # "pure vegetarian", "pure veg": Indian English for vegetarian
    low = re.sub(r"\b(allergic|allergy|intolerant|sensitive|reaction) 2 (?=[a-z])", r"\1 to ", low)  # "allergic 2 shellfish"
    low = ALLERGIC_AFTER.sub(lambda found: f"allergic to {found.group('items') or found.group('items2')}", FROM_A_COW.sub("milk", low))
    proper = bool(PROPER_ALLERGY.search(low)) and not re.search(r"\bnot (?:a |an )?(?:proper |real |actual |true )?allergy\b", low)
    prefs: dict[str, Any] = {}
    allergies: list[str] = []
    fine: list[str] = []  # "tree nuts are fine": off the saved list when nothing else is said
    excepted: list[str] = []  # "except tree nuts", "I eat almonds": only out of what this message rules out
    added: list[str] = []  # "oh and eggs too": allergens added in a clause of their own
    disliked_only = bool(NOT_ALLERGIC.search(low)) and not ALLERGY_SAID.search(NOT_ALLERGIC.sub("", low))  # said not to be an allergy
    for clause in _clauses(low):
        clause = NO_LIST.sub(" and ", clause) if clause.startswith("no ") else clause  # "no dairy, no eggs for my son": one list
        if BARE_NO.fullmatch(clause) and not JUST_SAID_WHY.search(clause) and all(map(is_allergen_word, _items_after(clause[3:]))):
            clause += " please"  # "no dairy, no eggs" said on its own: the allergens left out
        added += _added_allergens(clause)
        if HYPOTHETICAL.match(clause) and not re.search(r"\b(?:i'?m|i am|im|i have|i get|i react)\b.*,", clause):
            continue
        if SOMEONE_ELSE.search(clause) and not SELF.search(clause):
            continue  # "my friend is coeliac, what can I cook for her?": for one meal, not the profile
        _diet_type(clause, prefs)
        if COELIAC.search(clause) and not re.search(r"\b(?:not|no longer|isn'?t) (?:a )?(?:coeliac|celiac)\b", clause):
            prefs["gluten_free"] = True
            prefs["conditions"] = _add(prefs.get("conditions"), ["coeliac"])
        if (intolerant := LACTOSE_INTOLERANT.search(clause)) and not NOT_INTOLERANT.search(clause[: intolerant.start()]):
            # "a proper allergy, not lactose intolerant": the allergy only, not a lactose-free diet
            prefs["lactose_free"] = True
            prefs["conditions"] = _add(prefs.get("conditions"), ["lactose intolerance"])
        if DIABETIC.search(clause):
            prefs["conditions"] = _add(prefs.get("conditions"), ["diabetes"])
        if (rule := RELIGIOUS_DIET.search(clause)) is not None and not NEGATED_BEFORE.search(clause[: rule.start()]):
            prefs["dislikes"] = _add(prefs.get("dislikes"), list(RELIGIOUS_RULES[next(word for word in rule.groups() if word)]))  # "I eat halal": no pork or alcohol
        forget = _forgotten(clause)
        if forget:
            prefs["forget"] = _add(prefs.get("forget"), forget)
            continue
        for kind, items in _statements(clause):
            if disliked_only and kind == "avoid":
                kind = "dislike"  # "no eggs, I'm not allergic, I just hate them": a dislike, not an allergy
            items = [item for item in items if not re.match(r"(?:i|im|i'm) (?:\w+ )?(?:hate|dislike|don'?t like|can'?t stand)\b", item)]
            if kind in ("allergy", "allergy_only") or (proper and kind in ("avoid", "intolerance") and all(map(is_allergen_word, items))):
                allergies += [item for item in items if not re.fullmatch(_DIET, item)]  # "veggie + egg allergy": the diet said first is no allergen
            elif kind == "fine":
                fine += items
            elif kind == "except":
                excepted += items
            else:
                if REFERENCE in items and kind != "dislike":
                    allergies.append(REFERENCE)  # "eggs too, I can't have either": the allergens named
                _avoided(kind, [item for item in items if item != REFERENCE], prefs, allergies)
        target = next((found for pattern in CALORIE_TARGETS if (found := pattern.search(clause))), None)
        if target and not ends_asking(text):
            kcal = int(target.group("kcal").replace(",", ""))
            if 300 <= kcal <= 9000:
                prefs["calorie_target"] = kcal
    if prefs.get("diet_type") in ("vegetarian", "vegan", "pescatarian"):
        for clause in (part.strip() for whole in _clauses(low) for part in whole.split(",")):  # "pure vegetarian, no egg also": the diet, and what else it leaves out
            if (no := NO_ALSO.match(clause)) is not None and not _statements(clause):
                _avoided("avoid", [item for item in _items_after(no.group("items")) if item != REFERENCE and item.split()[0] not in NO_FOOD], prefs, allergies)
    if added and (REFERENCE in allergies or any(kind == "allergy" for kind, _ in _all_statements(low))):
        allergies = [item for item in allergies if item != REFERENCE]
        allergies += [item for item in added if item not in allergies]
    allergies = [item for item in allergies if item != REFERENCE]
    _settle(prefs, allergies, fine, excepted)
    return prefs


def added_allergens(text: str) -> list[str]:
    """Allergens a message adds on its own, with no allergy word ("oh and eggs too", "sesame as
    well"): more of the allergies just saved, when that is what Ceres answered last."""
    from agenthost_ceres.intents import clean

    return [item for clause in _clauses(clean(text)) for item in _added_allergens(clause)]


def _added_allergens(clause: str) -> list[str]:
    """Allergens a clause adds on its own ("oh and eggs too", "sesame as well", "also soy")."""
    for pattern in ADDED_ITEMS:
        found = pattern.match(clause)
        if found:
            return [item for item in _items_after(found.group("items")) if item != REFERENCE and is_allergen_word(item)]
    return []


def _all_statements(low: str) -> list[tuple[str, list[str]]]:
    return [row for clause in _clauses(low) for row in _statements(clause)]


def _clauses(low: str) -> list[str]:
    """Sentences, with what is in brackets as clauses of their own."""
    clauses: list[str] = []
    for sentence in re.split(r"[.;!?\n]+", low):
        inside = re.findall(r"\(([^()]*)\)", sentence)
        outside = re.sub(r"\s*\([^()]*\)\s*", " ", sentence)
        clauses += [c.strip(" ,") for c in (outside, *inside) if c.strip(" ,")]
    return clauses


def _diet_type(clause: str, prefs: dict[str, Any]) -> None:
    if NOT_A_DIET.search(clause):
        prefs["diet_type"] = "omnivore"
        return
    if HYPOTHETICAL.match(clause):
        return
    for pattern in SELF_DIET:
        found = pattern.search(clause)
        if found:
            prefs["diet_type"] = DIETS[found.group("diet").replace("-", " ")]
            break
    if re.search(r"\b(?:i (?:don'?t|do not|never) eat|no) (?:any )?(?:meat|red meat)\b", clause) and not re.search(r"\bno meat (?:ideas?|dishes|recipes|options)\b", clause) and not re.search(
        # "no meat on fridays", "no meat during lent", "meat-free mondays": a day or a season without it, no diet
        r"\b(?:meat|red meat) (?:on |during |for |till |until |in )(?:a |the )?(?:fridays?|mondays?|tuesdays?|wednesdays?|thursdays?|saturdays?|sundays?|weekdays?|lent|ramadan|advent|weekends?|today|tonight|this week|a month|january)\b|\blent\b", clause):
        pescatarian = re.search(r"\b(?:but|except|only|though|however)\b.*\b(?:fish|seafood)\b|\b(?:i )?(?:do )?eat fish\b", clause)
        prefs.setdefault("diet_type", "pescatarian" if pescatarian else "vegetarian")
    if prefs.get("diet_type") == "vegetarian" and re.search(r"\bvegetarian\b.*\b(?:but|except|plus|and)\b.*\b(?:i )?(?:eat|have|do)?\s*(?:fish|seafood)\b", clause):
        prefs["diet_type"] = "pescatarian"


def _statements(clause: str) -> list[tuple[str, list[str]]]:
    """Every (kind, items) the clause states, in order."""
    found: list[tuple[int, str, list[str]]] = []
    possible = _statement_look().could_match(clause)
    for index, (pattern, kind) in enumerate(AFTER):
        if possible is not None and index not in possible:
            continue
        for match in pattern.finditer(clause):
            if _asks(clause, match.start()):
                continue
            items = _items_after(match.group("items"))
            if items:
                found.append((match.start(), kind, items))
    for index, (pattern, kind) in enumerate(BEFORE, start=len(AFTER)):
        if possible is not None and index not in possible:
            continue
        for match in pattern.finditer(clause):
            if kind == "free" and not SELF_FREE.search(clause[: match.start()]):
                continue
            if _asks(clause, match.start()) or NEGATED_BEFORE.search(clause[: match.start()]):
                continue  # "a proper allergy, not lactose intolerant": nothing stated
            items = _items_before(clause[: match.start()])
            if items:
                found.append((match.start(), "avoid" if kind == "free" else kind, items))
    return [(kind, items) for _, kind, items in sorted(found, key=lambda row: row[0])]


@cache
def _statement_look() -> "PrefilterSet":
    """AFTER's and BEFORE's patterns in one RE2 set (`host.safety.prefilter`): one linear scan
    of a clause tells which of them could match it; the others are not searched."""
    from host.safety.prefilter import PrefilterSet  # on first use: host.safety imports the router

    return PrefilterSet([pattern for pattern, _ in AFTER + BEFORE])


def _asks(clause: str, at: int) -> bool:
    """True when the comma-part of the clause around `at` asks or supposes, or is about
    someone the user doesn't cook for every day ("my friend is allergic to nuts")."""
    start = max(clause.rfind(",", 0, at), clause.rfind(" but ", 0, at)) + 1
    part = clause[start:].strip()
    return bool(HYPOTHETICAL.match(part)) or bool(SOMEONE_ELSE.search(clause[start : at + 1]))


# People whose diet is not the user's household's: what they avoid is for one meal, not the
# profile. (A son, a partner or the family the user cooks for is the household: that is saved.)
SOMEONE_ELSE = re.compile(
    r"\b(?:my|our|a|the|his|her|their) (?:friends?|mates?|colleagues?|co-?workers?|boss|guests?|visitors?|neighbou?rs?|flatmates?|"
    r"room-?mates?|housemates?|clients?|students?|team-?mates?|friend'?s \w+)\b|\b(?:someone|somebody|people|a friend)\b"
)


def _items_after(text: str) -> list[str]:
    """The items of a list that starts the text ("peanuts, shellfish and soy so ...")."""
    listed = LIST_STOP.split(text)[0]
    if _POINTERS.match(listed.strip(" ,")) or (not listed.strip() and re.match(r"either\b", text.strip())):
        return [REFERENCE]
    items: list[str] = []
    for part in _SEPARATOR.split(listed):
        words = [w for w in part.strip(" '-").split() if w not in NOT_ITEMS]
        if not words:
            continue
        phrase = _known_prefix(words)
        if phrase:
            items.append(phrase)
        elif len(words) <= 2:
            items.append(" ".join(words))
    return items


def _items_before(text: str) -> list[str]:
    """The items of a list that ends the text ("vegan with a peanut and sesame" -> peanut,
    sesame): read back from the end, item by item, while each ends in a food word; a part
    after a comma that says more than a food ("i'm allergic to peanuts, tree nuts") is another
    statement, not an item."""
    text = re.split(r"[:(]", text)[-1]
    pieces = re.split(r"(,|\band\b|\bor\b|&|/|\bnor\b|\bplus\b|\+)", text)
    parts = [(pieces[n].strip(), pieces[n - 1] if n else "") for n in range(0, len(pieces), 2)]
    items: list[str] = []
    joined_by = ""  # the separator between this part and the item read before it
    for part, separator in reversed(parts):
        words = part.split()
        phrase = _known_suffix(words)
        if phrase is None:
            break
        extra = [w for w in words[: len(words) - len(phrase.split())] if w not in NOT_ITEMS]
        if extra and joined_by == "," and items:
            break
        items.insert(0, phrase)
        if extra:
            break  # "vegan with a peanut": the list starts at "peanut"
        joined_by = separator
    return items


def _known_prefix(words: list[str]) -> str | None:
    for length in range(min(MAX_ITEM_WORDS + 1, len(words)), 0, -1):
        if _is_food(words[:length]):
            return " ".join(words[:length])
    return None


def _known_suffix(words: list[str]) -> str | None:
    for length in range(min(MAX_ITEM_WORDS + 1, len(words)), 0, -1):
        if _is_food(words[-length:]):
            return " ".join(words[-length:])
    return None


def _is_food(words: list[str]) -> bool:
    """True when the words name a food or an allergen Ceres knows ("tree nuts", "kiwi")."""
    from agenthost_ceres.floor import lexicon  # every food word: the table's and the allergens'

    phrase = " ".join(words)
    key = key_of(phrase)
    return bool(key) and (key in WORDS or tuple(key.split()) in lexicon() or key in ("lactose", "gluten", "dairy", "milk protein", "cows milk"))


def _avoided(kind: str, items: list[str], prefs: dict[str, Any], allergies: list[str]) -> None:
    """Intolerances and foods the user can't or won't have: gluten and milk are the gluten-free
    and lactose-free diets, a major allergen is avoided like an allergy, meat is a diet, and
    anything else is a food to keep off their plate."""
    for item in items:
        key = key_of(item)
        names = [name for name in canonical_allergies([item]) if name in ALLERGENS]
        if names == ["gluten"] or key == "bread":
            prefs["gluten_free"] = True
            if key in ("coeliac", "celiac"):
                prefs["conditions"] = _add(prefs.get("conditions"), ["coeliac"])
        elif names == ["dairy"] and kind != "dislike":
            prefs["lactose_free"] = True
            if key == "lactose":
                prefs["conditions"] = _add(prefs.get("conditions"), ["lactose intolerance"])
        elif item in MEAT_WORDS or key in MEAT_WORDS:
            if kind != "dislike" or key in ("meat", "meat and fish", "meat or fish"):
                prefs.setdefault("diet_type", "vegetarian" if "animal" not in key else "vegan")
        elif names and kind != "dislike":
            allergies.append(item)
        elif names and kind == "dislike" and key in ("fish", "seafood", "shellfish", "nut", "dairy"):
            prefs["dislikes"] = _add(prefs.get("dislikes"), [item])
        else:
            prefs["dislikes"] = _add(prefs.get("dislikes"), [item])


def _settle(prefs: dict[str, Any], allergies: list[str], fine: list[str], excepted: list[str]) -> None:
    """The allergies of the message less the groups said to be fine; a group said to be fine
    ("tree nuts are fine actually") with nothing else ruled out comes off the saved list."""
    said_fine = [item for item in (*fine, *excepted) if _whole_group(item)]
    groups = {name for item in said_fine for name in canonical_allergies([item])}
    if allergies:
        names = canonical_allergies(allergies)
        if groups & set(names):
            # "nuts, but tree nuts are fine": the allergens themselves, less the exception
            prefs["allergies"] = [name for name in names if name not in groups]
        else:
            prefs["allergies"] = list(dict.fromkeys(allergies))
        if not prefs["allergies"]:
            del prefs["allergies"]
        explicitly_fine = [item for item in fine if _whole_group(item)]
        if explicitly_fine:  # "tree nuts are fine, it's just peanuts": off the saved list too
            prefs["forget"] = _add(prefs.get("forget"), explicitly_fine)
    elif fine and not prefs:
        prefs["forget"] = [item for item in fine if _whole_group(item)]
        if not prefs["forget"]:
            del prefs["forget"]
    if said_fine and (prefs.get("allergies") or prefs.get("forget")):
        prefs["fine_with"] = list(dict.fromkeys(said_fine))


def _whole_group(item: str) -> bool:
    """True for words that name a whole allergen ("tree nuts", "fish", "soy"), not one food of
    it ("almonds"): only a whole group can be taken off."""
    key = key_of(item)
    return key in ("tree nut", "treenut", "peanut", "groundnut", "fish", "shellfish", "seafood", "soy", "soya", "egg", "dairy",
                   "milk", "gluten", "wheat", "sesame", "nut")  # fmt: skip


def _forgotten(clause: str) -> list[str]:
    """ "I'm not allergic to eggs anymore", "remove soy from my allergies": what to forget."""
    items: list[str] = []
    for pattern in FORGET:
        for found in pattern.finditer(clause):
            items += [item for item in _items_after(found.group("items")) if item != REFERENCE]
    return items


def _add(current: list[str] | None, more: list[str]) -> list[str]:
    return list(dict.fromkeys([*(current or []), *more]))


def is_allergen_word(words: str) -> bool:
    """True when `words` name one of the major allergens ("nuts", "prawns", "sesame")."""
    return any(name in ALLERGENS for name in canonical_allergies([words]))


def names_a_food(words: str) -> bool:
    """True when `words` name a food, a dish or an allergen Ceres knows ("chicken", "mushrooms", "tree nuts")."""
    return _is_food(words.lower().split())
