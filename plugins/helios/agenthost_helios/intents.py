"""What a message asks Helios for, decided from its words (no model needed)."""

from __future__ import annotations

import re
from typing import Any

from agenthost_helios import compendium, harder, languages, library, limits, parse
from agenthost_helios.records import now
from agenthost_helios.text import ends_asking

_PAST = re.compile(
    r"\b(did|done|ran|jogged|walked|swam|cycled|biked|rode|hiked|rowed|lifted|played|trained|went|finished|"
    r"completed|just|log|logged|had|got in|managed|today|yesterday|this morning|tonight|last night|earlier|"
    r"worked out|spent|practiced|practised|climbed|danced|skated|skied|boxed)\b"
)
# Past experience told as context ("I've done a 5k before", "ive ran 5k plenty of times", "I have
# done 10k races in the past", "used to run marathons"): not a workout done today.
EXPERIENCE = re.compile(
    r"\b(?:(?:i'?\s?ve|i have|i'?\s?d|i had|we'?\s?ve|have)\s+(?:already\s+|actually\s+|also\s+)?"
    r"(?:done|run|ran|raced|completed|finished|swum|swam|cycled|ridden|rode|did)\b[^.?!]{0,40}?"
    r"\b(?:before(?=\s*(?:[,.;!?)]|$|\b(?:and|but|so|too|as well|though|lol|haha)\b))|in the past|previously|last (?:year|summer|season|spring|autumn|fall)|years? ago|"
    r"(?:a few|a couple|several|many|loads of|lots of|plenty of|a bunch of|a load of|\d+|two|three|four|five) times|"
    r"once or twice|in (?:school|college|uni|university)|back in the day)\b"
    r"|\bused to (?:run|race|swim|cycle|ride|lift|train|do)\b)"
)
_DID = re.compile(r"\b(did|done|ran|swam|cycled|lifted|trained|went|finished|completed|managed|logged?)\b")
_CANNOT = re.compile(r"\b(cant|can't|cannot|can not|couldnt|couldn't|barely|hardly|unable to)\b")
# "skipped all 3 gym sessions", "missed my runs all week", "haven't trained in a month": sessions
# not done, never a log (unless something else was: "skipped the gym but went for a run")
_MISSED = re.compile(
    r"\b(skip(?:ped|ping|s)?(?= (?:(?:my|the|a|all|some|most|every|both|of|\d+|two|three|four|five|those|these|our) )*"
    r"(?:workouts?|sessions?|gym|training|class(?:es)?|runs?|days?|leg day|it|them)\b)|missed|missing|miss|bailed on|blew off|bunked|ditched|dropped off|fell off|"
    r"(didnt|did not|never|havent|have not|hadnt|wasnt|werent) (go|gone|been|make it|made it|train|trained|work out|"
    r"worked out|exercise|exercised|get to|got to|run|lift|do any|done any|move|moved)|"
    r"(no|zero|0) (gym|workouts?|training|exercise|sessions?|runs?)( at all| this| last| for|$))\b"
)
_FUTURE = re.compile(r"\b(want to|wanna|going to|gonna|plan to|should i|will i|can i|could i|would|if i|goal)\b")
# "weigh-in is 2 hours before I lift", "how long should I rest after I run": a time said about a
# session still to come, in the present tense, is a plan or a question, never a report to log
_LATER = re.compile(
    r"\b(before|after|until|till|when|once) (i|we) (lift|run|train|swim|ride|cycle|bike|play|race|compete|"
    r"start|go|hit|get|lace|jump|do|walk|hike|row|box|climb|kick|warm)\b|\bweigh[- ]?ins?\b|"
    r"\bthe (morning|night|evening|day) of\b"
)
_DONE_VERB = re.compile(
    r"\b(did|done|ran|jogged|walked|swam|cycled|biked|rode|hiked|rowed|lifted|played|trained|went|finished|completed)\b"
)


# "planning my first 20 mile bike ride this weekend", "a 10k tomorrow": a day still to come
_LATER_DAY = re.compile(r"\b(planning|planned for|tomorrow|next (week|weekend|month))\b")


def _later(text: str) -> bool:
    """True for a session still to come ("2 hours before I lift", "planning a 20 mile ride")
    and no workout said done."""
    return bool(_LATER.search(text) or _LATER_DAY.search(text)) and not _DONE_VERB.search(text)
# "is it ok to run on the off days", "do I need electrolytes for a 10 mile run?", "can you give me a
# full body workout? gym's shut today": questions and requests, not reports of a workout done
_ASKS_IF = re.compile(
    r"^\W*((and|n|so|but|ok|okay|also|then|hmm|wait|what about|thx|thanks|haha|lol|hey|hi|yo|quick question)\W+)*"
    r"(is it|is that|would it be|it is|isnt it|are you sure|do you think|is there|do i|does|should|shall|can you|could you|"
    r"would you|will you|can i|could i|is|are|how|hows|what(?! an? )|whats|why|whys|when|whens|where|wheres|which|who|"
    r"whos|any)\b|"
    r"\b(can|could|would|will) you (give|make|build|write|suggest|show|recommend|plan|put)\b|"
    r"\b(give|gimme|make|build|write|send|show) me\b"
)
# "20 wks pregnant, feeling good. is it ok to keep doing easy 20 min jogs? 🙂", "can I keep doing my
# 30 min swims at 24 weeks": whether an activity is OK, asked anywhere in the message, is a question,
# never a log (unless a workout done is told before it: "did 5k, is it ok to run again tomorrow")
_ASKS_OK = re.compile(
    r"\b(is it|is that|would it be|will it be|isnt it|is this|are they|are these)\s+(still\s+)?(ok|okay|fine|safe|alright|"
    r"all right|bad|wise|a good idea|a bad idea|too much|normal)\b|"
    r"\b(can|could|should|shall|may) (i|we) (still|keep|carry on|continue|stop|go on)\b|"
    r"\bam i (still )?(ok|okay|allowed|safe) to\b|\b(ok|okay|fine|safe) (for me )?to (keep|still|carry on|continue)\b"
)


def _asks_ok(text: str) -> bool:
    """True when the message asks whether an activity is OK, with no workout done told before."""
    asked = _ASKS_OK.search(text)
    return bool(asked) and not _DONE_VERB.search(text[: asked.start()])


def _ends_asking(text: str) -> bool:
    """A question at the end, even with an emoji or a "lol" after it ("...jogs? 🙂"), other than
    a request to log what was told ("... could you note that down please?", "can you add it?")."""
    return ends_asking(text) and not LOG_REQUEST.search(text)


# Asking for the workout just told to be logged: "could you note that down please?", "can you add
# it?", "would you record them for me?", "pop that in my log?"
LOG_REQUEST = re.compile(
    r"\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?(?:log|add|record|track|save|enter|note|put|write|jot|pop|stick)"
    r"(?: (?:it|that|this|them|those|these|all|that all|it all|everything))?(?: (?:down|in|on|up))?\b"
    r"|\b(?:log|add|record|save|note|put|write|jot|pop|stick) (?:it|that|this|them|those|these|that all|it all) "
    r"(?:down|in|on)\b(?: (?:for me|please|pls))?\W*$"
)
# ... unless they ask to log it: "can you log my 5k run from this morning?", "would you put that in?"
_ASKS_TO_LOG = re.compile(r"\b(log|add|record|track|save|enter|put down|note down)\b|" + LOG_REQUEST.pattern)


# A usual daily step count told as a baseline ("currently about 4000 steps a day"), not a walk done
_STEPS_RATE = re.compile(
    r"\b(currently|usually|normally|typically|on average|averaging|average)\b.{0,20}\b\d[\d,.]*k? ?steps\b|"
    r"\b\d[\d,.]*k? ?steps (a|per|each|every) day\b|\b\d[\d,.]*k? ?steps daily\b"
)
# Keeping a log asked for with the workout told: "trying to track everything", "log it too"
_TRACKS = re.compile(
    r"\b(log|track|record|save|add) (it|this|that|them|everything|all of it|all my \w+)\b|\btrack(ing)? (everything|it all)\b"
)
_CALORIE_QUESTION = re.compile(
    r"\b(how many|how much|what did (that|it|this|i|(the|my) \w+))\b.*\b(calories|kcal|cals|burn)\b|\b(calories|cals) .*\b(burn|burned)\b"
)
_GOAL = re.compile(
    r"\b(my (fitness )?goal|goal is|goal(?= ?:)|new goal|set (a |my )?goal|my target(?! (?:heart ?rate|hr|bpm|pulse|zones?|range)\b)|target is|my aim|aiming to|"
    r"(i'?m|im|i am|currently|been) training for|i want to be able to|i'd like to be able to)\b|"
    r"\b(want|going|planning|need|hoping|about) to (train|get ready|prepare) for (a|an|my|the|our) \w+|"
    r"\btraining for (a|an|my|the|our) (race|\w*marathon|\d+ ?k|triathlon|ironman|event|competition|wedding|holiday|"
    r"season|match|game|fight|meet|hike|trek|ultra|sportive|ride|swim|trip|tournament)"
)
# "how long should I rest between sets IF I'M TRAINING FOR strength?": a goal said as the condition of
# a question is its context, not a goal to save
_CONDITION_BEFORE = re.compile(r"\b(if|when|since|as|because|while|given)\s+(?:\w+\s+){0,1}$")
_QUESTION = re.compile(r"\?|^\W*(how|what|which|when|why|where|should|can|could|is|are|do|does|would|will)\b")
# "a sub 25 minute 5k", "10 pull-ups", "bench 100kg": a target worth saving as a goal
_TARGET_NUMBER = re.compile(
    r"\b(sub|under|below|in less than) \d+|\b\d+ (pull ?ups?|push ?ups?|chin ?ups?|dips)\b|"
    r"\b(bench|squat|deadlift|lift) \d+ ?(kg|kgs|kilos?|lbs?|pounds)\b"
)
_WISH = re.compile(
    r"\b(i want to|i wanna|i'd like to|i would like to|i hope to|i plan to|i'm going to|i am going to|help me)\b"
)
_HISTORY = re.compile(
    r"\b(what did i (do|train)|what have i (done|trained)|how (much|many|often|far) (did|have) i|"
    r"my (workouts|workout history|training history|history|workout log|log|stats|progress|activity|totals?)|"
    r"workout (history|log|summary)|show (me )?my|summary|recap|so far this (week|month)|how am i doing|"
    r"how active (was|have) i|(total |my )?volume|my week|week look|how (was|is|has been) my (week|month)|"
    r"how (did|am) i (do|doing) this (week|month)|"
    r"what (have|did) i (got |get )?(logged|log|down|recorded)|what('s| is) (logged|down|in my log|on my log)|"
    r"what (workouts?|training|exercise|sessions?) (did|have) i|"
    r"how (much|many|long|far) (\w+ ){0,3}(did|have|had) i (\w+ )?(done|do|train|trained|work|worked|exercise|exercised|"
    r"logged|log|run|ran|walked|walk|swum|swam|swim|cycled|cycle|ridden|rode|ride|lifted|lift|burned|burnt|burn|been active))\b"
)
_TODAY = re.compile(
    r"\b(what('s| is) (my )?(workout|session|training) (for )?today|what should i do today|today'?s (workout|session)|"
    r"next (workout|session)|what('s| is) on (the plan )?today)\b"
)
_PLAN = re.compile(
    r"\b(plan|program|programme|routine|schedule|split|regime|regimen)\b|"
    # "what workout at the gym for a beginner?" ("jaki trening na siłowni dla początkującego?")
    r"\bwhat (workout|workouts|training|exercises|sessions?)\b.{0,25}\bfor (a |an )?(complete |total |absolute )?(beginner|beginners|newbie|novice)\b|"
    r"\b(start|begin|get into|getting into|starting|back into|get back into)\b.{0,25}"
    r"\b(working out|work out|workouts|exercising|exercise|training|the gym|gym|lifting|running|fitness)\b|"
    r"\b(get|getting) (fit|fitter|in shape|stronger|toned|back in shape|bigger|jacked|ripped)\b|"
    r"\b(build|gain|put on) (muscle|strength|size|mass)\b|\bbulk( up)?\b|\b(push pull legs|ppl|upper lower)\b|"
    r"\b(want to|help me|need to|trying to) (lose (some )?weight|tone up)\b|"
    r"\bwhat (workout|workouts|exercises?) should i do\b|\bwhere (do|should) i (start|begin)\b|"
    r"\bnew to (the gym|working out|exercise|fitness)\b|\b(give|make|build|write) me a workout\b|"
    r"\b(give|make|build|write|show|suggest|need|want) (me )?(a|an|some)\b.{0,30}\b(workout|routine|session)s?\b|"
    r"\b(let me|can i|could i|may i|id like to) (get|have) (a|an|some)\b.{0,30}\b(workout|routine)s?\b|"
    r"\b(a|any|some|good) beginners? (gym |home )?(workout|routine|program|programme)s?\b|"
    r"\b(home|upper body|lower body|full body|leg|legs|arm|arms|core|ab|abs|glute|quick|short|bodyweight|"
    r"\d+ ?min(ute)?s?) (workout|routine|session)\b|"
    r"\b(only |just )?(have|got|with|spare) (only |just |about )?\d+ ?(min|mins|minutes)\b.{0,40}"
    r"\b(what|workout|routine|exercise|exercises|can i do|should i do|train|work out)\b|"
    r"\bwhat (can|should) i do (in|with) (only |just )?\d+ ?(min|mins|minutes)\b"
)
_PLAN_CHANGE = re.compile(
    r"\b(make it|change|instead|swap|switch|only have|can only|harder|easier|shorter|longer|more|less|fewer|"
    r"days?|minutes?|mins?|hours?|equipment|dumbbells?|barbell|kettlebell|bands?|gym|at home|beginner|"
    r"intermediate|advanced)\b"
)
# "give me a plan to get fitter" asks for a plan, even where a curated answer's words appear.
_PLAN_REQUEST = re.compile(
    r"\b(give|make|build|write|create|need|want|send|suggest|design)\b.{0,25}\b(plan|program|programme|schedule|split)\b|"
    r"\b(plan|program|programme|schedule) (for|to)\b"
)
_FEELINGS = re.compile(r"\b(intimidat\w*|nervous|anxious|scared|embarrass\w*|self conscious|awkward)\b")
_PLAN_WORD = re.compile(r"\b(plan|program|programme|schedule)\b")
_HOW_TO = re.compile(
    r"\b(how (do|to|should|can|would) (i |you |we )?|form|technique|cues|tips|proper|correct|properly|"
    r"what is an?|what's an?|explain|teach me|show me how)\b"
)
# "what does a dead bug train", "what muscles do skull crushers hit": what a named move works
_WHAT_IT_WORKS = re.compile(
    r"\bwhat (do|does|muscles?( do| does)?|muscle groups?( do| does)?|body parts?( do| does)?|part of (the|my) body( do| does)?)\b"
    r".{0,40}\b(work|works|train|trains|target|targets|hit|hits|build|builds|strengthen|strengthens|do for)\b"
)
# A question anywhere in the message, with no workout done told ("beginner here, how long should
# zone 2 runs be, I do 2 runs a week"): asking how to train is never a log
_ASKS_HOW_ANYWHERE = re.compile(
    r"\bhow (long|far|often|many|much|fast|hard|slow|easy)\b.{0,30}\b(should|shud|shld|do|does|to|is|are|can|would|must)\b|"
    r"\b(should|shud|shld) (i|my|we|they|you|beginners?|zone|the|it|a|an|each|every)\b|"
    # a question in a later sentence, with or without its "?": "hit the wall at mile 20 on sunday. how
    # do i fuel better for the next one", "... 4000 steps a day, how do i build up from there"
    r"[.!,;:]\s*(?:(?:also|and|so|but|just|now|anyway)\s+)*(?:how (?:do|can|could|would|should) (?:i|we)|"
    r"what (?:should|can|could) (?:i|we)|any (?:tips|advice|ideas))\b"
)
_NEVER_DONE = re.compile(r"\b(never|not|havent|have not|hasnt|didnt|did not|not yet) (\w+ )?(\w+)\b")
# How often to train the muscle group just shown, and why not every day
_MUSCLE_OFTEN = re.compile(
    r"\bhow (often|many (times|days|sessions|workouts))\b|\b(times|days|sessions) (a|per|each|every) week\b|"
    r"\bevery ?day\b|\bdaily\b|\b(every|each) single day\b"
)
_MUSCLE_WORK = re.compile(
    r"\b(exercise|exercises|workout|workouts|moves|train|training|work|works|working|strengthen|target|"
    r"build|grow|stronger|bigger|tone|best|good for)\b"
)
_PLAN_REPLY = re.compile(r"\b\d-day\b.*\bplan\b|\bDay 1\b", re.IGNORECASE)
# Pain and allergy said as a figure of speech, about a way to train, not the body: "the least painful way to burn
# fat", "I'm allergic to cardio lol", "a painless way to get fit"
_FIGURATIVE = re.compile(
    r"\b(least|less|most|more|not too|not so|a less) painful (way|ways|option|options|method|methods|form|kind|type|thing|route|"
    r"cardio|exercise|workout|sport)s?\b|"
    r"\ballergic to (cardio|exercise|exercising|running|the gym|gyms|the treadmill|treadmills|burpees|sweat\w*|effort|hard work|"
    r"leg day|working out|workouts?|training|squats|sport|sports|jogging|the stairmaster|stairs)\b"
)
_PAIN = re.compile(
    r"\b(hurt|hurts|hurting|pain|painful|injury|injured|sprain|sprained|strain|strained|tweaked|niggle|"
    r"(bad|dodgy|weak|sore|injured|painful|stiff|arthritic) (knee|knees|back|shoulder|shoulders|hip|hips|ankle|ankles|"
    r"wrist|wrists|elbow|elbows|neck|foot|feet)|(knee|back|shoulder|hip|ankle) (problem|problems|issue|issues|injury)|"
    r"(pulled|tore|torn) (a |my )?(hamstring|hammy|muscle|calf|groin|quad|pec|bicep)|(rolled|twisted|turned|went over on) (my |an )?ankle|"
    # a joint, not a muscle: "my knees are killing me after squats" is pain to look at, not a set to push through
    r"(knee|knees|shoulder|shoulders|hip|hips|ankle|ankles|wrist|wrists|elbow|elbows|lower back) (are |is |r |have been |been )?"
    r"(really |so |absolutely )?(killing me|aching|achy|playing up|acting up|throbbing|giving me grief))\b"
)
# Something that happened to them at or during a workout, which is no workout to log or cheer:
# "I had a panic attack at the gym", "had an asthma attack on my run", "got a migraine after spin".
_EPISODES = (
    ("asthma", re.compile(r"\b(?:asthma (?:attack|flare(?:[- ]up)?)|(?:my )?asthma (?:kicked in|played up|was bad|got bad))\b")),
    ("panic", re.compile(r"\b(?:panic|anxiety) attack|\bpanicked\b")),
    ("migraine", re.compile(r"\b(?:migraines?|(?:bad|massive|splitting|pounding|awful|terrible) headache)\b")),
    ("sick", re.compile(r"\b(?:threw up|throwing up|vomit(?:ed|ing)?|puked|was sick|been sick)\b")),
    ("fall", re.compile(r"\b(?:had a (?:bad )?(?:fall|tumble)|took a (?:fall|tumble)|fell (?:over|off|down|hard))\b")),
)


def health_episode(text: str) -> str | None:
    """The kind of health episode `text` tells ("asthma", "panic", "migraine", "sick", "fall"), or None."""
    return next((kind for kind, pattern in _EPISODES if pattern.search(text)), None)


# Why ab work alone won't take fat off the belly: "why can't I just do loads of crunches?", "won't sit-ups burn my belly fat?"
SPOT_WHY = re.compile(
    r"\b(?:why (?:can'?t|cant|cannot|not|shouldn'?t|wouldn'?t|doesn'?t|don'?t|won'?t)(?: i| you)?(?: just)?(?: do)?|(?:won'?t|wont|doesn'?t|don'?t|can'?t|cant) (?:lots of |loads of |a lot of |hundreds of |enough )?)"
    r"[^.?!]{0,25}\b(?:crunch(?:es)?|sit[- ]?ups?|ab (?:work|exercises?|workouts?)|abs? workouts?|planks?|leg raises)\b"
)


# How the training left them ("lower back hurts after deadlifts today", "tired after long runs", "ran out
# of breath on the stairs"): a question about the feeling, not a workout to log
_FELT_AFTER = re.compile(
    r"\b(hurts?|hurting|hurted|aches?|aching|achy|painful|killing me|tired|exhausted|knackered|wiped|drained|"
    r"shattered|out of breath|breathless|winded|dizzy|faint|light ?headed)\b.{0,25}\b(after|since|during|when|on)\b"
)
# "can we just talk about my workout instead": a wish to talk about training, not a workout to log
_TALK_ABOUT = re.compile(r"\b(talk|chat|focus|think) about (my |the |some |our )?(workouts?|training|exercise|gym|running|lifting|fitness)\b")
_RECOVERY = re.compile(
    r"\b((i'?m|im|i am|feel|feeling|felt) (so |totally |absolutely )?(dead|wrecked|shattered|knackered|cooked|fried|"
    r"spent|drained|broken) after|heavy legs|legs (feel|felt|are|have been|been) (so |really |very )?heavy|dead legs|sluggish|run down|worn out|"
    r"sore|soreness|doms|rest day|rest days|recover|recovery|sleep|sleeping|tired|fatigue|fatigued|exhausted|"
    r"overtrain|overtraining|burn ?out|warm ?up|cool ?down|hydrat\w*|foam roll\w*|stretch after)\b"
)
_NUTRITION = re.compile(
    r"\b(eat|eating|ate|food|foods|diet|meal|meals|protein|carb|carbs|macros|snack|snacks|breakfast|lunch|dinner|"
    r"supplement|supplements|creatine|recipe|recipes|calorie intake|calorie target|nutrition|vitamins?|maintenance|"
    r"tdee|calories should i eat|(calorie |caloric )?(deficit|surplus)|"
    # the same asked in Spanish, Portuguese, Italian, French or German ("¿qué me hago de cena?")
    r"cena|cenar|comida|comer|desayuno|almuerzo|merienda|hambre|jantar|almoco|fome|pranzo|colazione|mangiare|"
    r"diner|dejeuner|manger|faim|abendessen|mittagessen|fruhstuck)\b"
)


# "what's a sensible deficit?", "how big a surplus for a lean bulk?": the calories eaten
_DEFICIT_ASK = re.compile(
    r"\b(what|whats|how (big|much|large|small)|sensible|good|right|ideal|safe|moderate|aggressive|decent|realistic)\b"
    r".{0,25}\b(calorie |caloric |energy )?(deficit|surplus)\b|"
    r"\b(deficit|surplus)\b.{0,25}\b(should|do i need|to aim for|for (a|my|the) (cut|bulk|lean bulk))\b"
)


# "how many calories did I burn?", "how many calories is that?", "and in kcal?", "calories?"
_OWN_CALORIES = re.compile(
    r"\b(did i|have i|my|i burned|i burnt|ive burned|did (that|it|this)|(that|it|this) burn\w*|"
    r"(is|was|were|are) (that|it|this|those|these)|for (that|it|this|those|these)|"
    r"did (the|my|that|this|todays|yesterdays|those|these) (\w+ ){1,3}burn)\b"  # "did the run burn"
)
_BARE_CALORIES = re.compile(
    r"^\W*(and |so |ok |okay )?(how many |how much |the |in )?(calories|kcal|cals)\W*"
    r"((i'?m|im|i am|i weigh|at|for|if i'?m|if im) (about |around )?\d{2,3}(\.\d)? ?(kg|kgs|kilos?|lbs?|pounds)\W*)?$"
)
_UNDO = re.compile(
    r"\b(undo|delete|remove|scrap|scratch|ditch|strike|erase|cancel|get rid of|take (that|it|this) (off|out|back)|"
    r"(didnt|did not|never) (do|did) (that|it|this)|logged (that |it |this )?by mistake|wrong (entry|workout|one))\b"
)
_UNDO_OBJECT = re.compile(
    r"\b(that|this|it|last|entry|entries|workout|workouts|log|logged|the (run|walk|swim|ride|session|one)|"
    r"everything|both|them)\b"
)
# "remove the jog", "delete my swim", "scrap that bike ride": the delete word, then a logged activity
_UNDO_NAMED = re.compile(
    r"\btake (the|my|that|this) (\w+ ){1,2}(off|out)\b|"
    r"\b(undo|delete|remove|scrap|scratch|ditch|strike|erase|cancel|get rid of|take off|take out)\b (the|my|that|this|todays|yesterdays)\b"
    r"(?! (plan|programme|program|exercise|move|last (set|rep)))"
)
# Just after a log, more ways to take one item out: "drop the deadlifts", "lose the overhead press"
_UNDO_MORE = re.compile(
    r"\b(drop|lose|cut|bin|leave out|knock off|take off|take out|forget|forget about|never ?mind|leave off)\b "
    r"(the|my|that|those|these)\b|"
    r"\b(didnt|did not|never|didn'?t (actually |even )?) ?(do|did|get to|manage) (the|my|any|those|these)\b|"
    r"\b(didnt|did not|didn'?t|never) happen\b|\bnever happened\b"
)
# "those were last week not today", "the rows were a few days ago": a workout that wasn't today's,
# said with no day to move it to
_PAST_TIME = r"(last week|the week before|(a few|two|three|several|\d) (days|weeks) ago|the other day|another day)"
_ANOTHER_TIME = re.compile(
    rf"\b(was|were|did (it|them|those|that|these)|done|happened)\b (\w+ ){{0,2}}{_PAST_TIME}\b|"
    rf"\b{_PAST_TIME},? (and )?not today\b|\b(was|were)(n'?t| not) today\b"
)
# "can I cut the yoga shorter next time?": a question about later sessions, not a removal
_NOT_A_REMOVAL = re.compile(
    r"^\W*(can|could|should|shall|do|would|will|is it ok to) i\b|\b(next time|in future|from now on|shorter|longer|"
    r"tomorrow|i'?ll|i will|gonna|going to)\b"
)
# "log my husband's 5k run", "my wife did a 30 min walk": someone else's workout, not the user's
SOMEONE_ELSE = re.compile(
    r"\b(?:my|our) (husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|friend|mate|son|daughter|kid|mum|mom|"
    r"dad|brother|sister|colleague|client|flatmate|roommate)(?:'?s\b| (?:did|ran|walked|swam|cycled|went|played|has done))"
)
# "do I need protein shakes to build muscle?", "can I build muscle after 50?": a question, not a plan request
# "my lower back hurts, should i keep exercising": whether to train with it, asked after the
# complaint, is the pain answer (keep gently active, when to see someone), not a plan
_KEEP_GOING = re.compile(
    r"\b(should|can|could|do) i (still |keep |carry on |continue |stop |keep on )|"
    r"\bis it (ok|okay|safe|bad|fine|alright) to (keep |still |carry on )?(exercis|train|work|run|lift|go|do)"
)
_YES_NO_ASK = re.compile(r"^\W*((and|so|but|ok|okay|also)\W+)*(do i need|is it|can i|should i|will|does|do|is|are|would)\b")
# "hurt my calf on a run", "pulled a hamstring during football", "rolled my ankle while running":
# an injury that happened doing something, told before the activity, is no log of it
_INJURED = re.compile(
    r"\b(hurt|injured|tweaked|pulled|strained|sprained|twisted|rolled|tore|torn|jarred|jammed)\s+(?:my|a|me|the)\s+"
    r"(?:\w+\s+){0,2}?(?:on|during|in|while|at|playing|doing|when)\b"
)


def _injured_doing(canonical: str) -> bool:
    """True when the text tells of an injury before it names the activity it happened in."""
    from agenthost_helios import entries

    hurt = _INJURED.search(canonical)
    named = entries.mentions(canonical)
    return hurt is not None and bool(named) and hurt.start() < named[0].start


_NOT_MINE = re.compile(r"\b(not mine|wasn'?t (me|mine)|was not (me|mine)|not me|wasn'?t my)\b")
_WITH_ME = re.compile(r"\b(i|we|me|us|with (my|our)|together|both)\b")
_SHORT_QUESTION = re.compile(r"^\W*(and |so |but )?(how|what|when|why|is|are|should|can|do|does)\b|\?\s*$")
_UNDO_LOG = re.compile(r"\b(last (entry|workout|one|log)|entry|workout|logged)\b")
_CORRECT = re.compile(
    r"^\W*(actually|no|nope|sorry|oops|correction|wait|my bad|i mean|i meant|make that|it was|"
    r"that was|should be|should have been|change (that|it) to)\b|\bactually\W*$|\b(it was actually|actually it was|it was|"
    r"that was|i meant|i mean|make that|should have been|should be|not \d+|(was|were) actually|actually (was|were))\b|"
    # "the lunges were 4 sets", "my run was 35 minutes": an item of the log said again with its number
    r"^\W*((oops|sorry|wait|ah|no|correction)\W+)*(the|my) (?!pace|heart|hr\b|speed|average|avg|split)(\w+ ){1,2}"
    r"(was|were) (only |just |really |at |with )?\d+(\.\d+)? ?(x ?\d|sets?\b|reps?\b|min\b|mins\b|minutes\b|hours?\b|hrs?\b|km\b|"
    r"k\b|miles?\b|kg\b|kgs\b|kilos?\b|lbs?\b|pounds\b)(?! ?(per|/|a) ?(km|kilometre|mile|k\b))(?![^?]*\?\s*$)|"
    # "the squats were 110": the number alone, ending the message (its unit is the logged one's)
    r"^\W*((oops|sorry|wait|ah|no|correction)\W+)*(the|my) (?!pace|heart|hr\b|speed|average|avg|split|weight|body|bmi|"
    r"resting|goal|target|best|pb\b|pr\b|record|age\b)(\w+ ){1,2}(was|were) (only |just |really |at |actually )?\d+(\.\d+)?\W*$"
)
_WHY = re.compile(
    r"^\W*(but |and |ok |okay |so |hmm )?(why|how come|whats the reason|what is the reason|what's the reason|"
    r"explain( that| this| it| why)?|reason|source|says who|according to (who|whom|what)|"
    r"where (does|did) (that|this) come from)\b"
)
# "and how many minutes in total?", "how long altogether", "total calories?", "how many sessions is that"
# The minutes of activity done in a period, asked with or without "is it enough?"
_MINUTES_DONE_ASKED = re.compile(
    r"\bhow (many|much) (active |exercise |activity |training )?(minutes|mins|time|exercise|activity)\b"
    r"(?!.{0,20}\b(should|do i need|to|a day|per day|a week|per week|is recommended)\b)"
)


def asks_minutes_in_period(message: str) -> bool:
    """True for the minutes of activity done in a period of the log ("how many minutes is that over
    the last week?", "how much activity have I done this week?")."""
    from agenthost_helios import periods

    return bool(_MINUTES_DONE_ASKED.search(parse.prepare(message))) and periods.in_text(message) != (None, None)


_TOTAL_ASK = re.compile(
    r"\b(how many (minutes|mins|hours|hrs|calories|cals|kcal|workouts|sessions|km|kilomet\w+|miles|steps)|how long|"
    r"how much time|how far)\b.{0,25}\b(total|altogether|all together|in all|overall|combined|all up)\b|"
    r"^\W*(and |so |whats |what is |what's )?(the )?(total|totals|grand total|overall)\b"
)


# "what did I do yesterday?", "what's on today's log?", "anything logged for monday?": the log of a day
_LOG_OF_DAY = re.compile(
    r"\b(what did i (do|train|log|get done)|what have i (done|logged|trained)|what (workouts?|training|exercise|sessions?) "
    r"(did|have) i|what(s|'s| is| was)? (on|in) (my |the )?(\w+ )?(log|logbook)|\b(show|list|see|check|read)( me)? (my |the )?(today|yesterday|mondays?|tuesdays?|"
    r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?)s? (log|workouts?|training)\b|anything (logged|down|recorded)|"
    r"whats? (is |was )?(logged|down|recorded)|what's (logged|down|recorded)|"
    # "did I train yesterday?", "yesterday's log please", "list what I logged today"
    r"^\W*did i (train|work ?out|exercise|do anything|log anything|do any \w+|run|lift|swim|cycle|go to the gym)\b|"
    r"^\W*(todays|yesterdays|(mon|tues|wednes|thurs|fri|satur|sun)days) (log|workouts?|training)\b|"
    r"\b(what|everything|all) (that )?i (logged|did|trained|have logged)\b)"
)
_A_DAY = re.compile(
    r"\b(today|todays|yesterday|yesterdays|this morning|last night|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)days?|the day before)\b"
)


def _asks_log_of_day(text: str) -> bool:
    """A question about what was logged on one day ("what did I do yesterday?", "what's on
    today's log?"): answered from the log, never read as a workout or today's plan."""
    text = text.replace("'", "")
    return bool(_LOG_OF_DAY.search(text) and _A_DAY.search(text)) and not _DONE_VERB.search(
        _LOG_OF_DAY.sub(" ", text)
    )


def another_time(message: str) -> bool:
    """True for "those were last week, not today": a workout said to belong to no day given."""
    return bool(_ANOTHER_TIME.search(parse.prepare(message)))


def asks_totals(message: str) -> bool:
    """True for "and how many minutes in total?", "what's the total": a summary's totals."""
    return bool(_TOTAL_ASK.search(parse.prepare(message)))
_PERIOD_FOLLOW_UP = re.compile(
    r"^\W*(and |what about |how about |and what about |what about for )?(today|yesterday|this week|last week|"
    r"this month|last month|the week|the month|last \d+ days|past \d+ days)\W*$"
)
_SUMMARY_WORDS = re.compile(
    r"\b(calories|kcal|burn|burned|burnt|minutes|active|activity|totals?|summary|stats|progress|workouts?|"
    r"sessions?|exercise|did i do|have i done)\b"
)


_MORE_DONE = re.compile(r"^\W*(and|plus|also|then|&|oh and|and then|n)\b")
# Said of the workout just logged: what came after (or before) it happened the same day.
SAME_SESSION = re.compile(r"\b(after|afterwards|after that|after it|before|beforehand|before it|before that|then|first)\b")


def adds_to_log(message: str, last: str | None, names_activity: bool) -> bool:
    """"and 30 min of stretching after", "plus 10 min yoga before it" just after a log: one
    more workout to log (not a stretching routine to show)."""
    text = parse.prepare(message)
    return bool(
        last in ("log", "correct", "log_again", "log_pending")
        and names_activity
        and parse.duration_minutes(message)
        and _MORE_DONE.search(text)
        and not ends_asking(text)
    )


SORENESS_ANSWERS = ("doms", "train_sore_again")
_TRAIN_WHEN = re.compile(
    r"\b(can|could|should|shall|is it ok to|ok to|do i|should i) (i )?(still |even )?(do|train|hit|go|lift|run|work|"
    r"workout|exercise|gym|play|ride|swim)\b.{0,30}\b(today|tonight|tomorrow|again|now|still|while|this week)\b"
)
RACE_TALK = ("goal", "roadmap", "timeline", "long_run", "ability", "race_plan")


# Curated answers whose patterns are specific enough to win over the last answer's reason ("why
# the walk breaks?") and a comparison of two moves ("is run walk a thing?")
# A short night asked about, not a workout told ("ran 5k on 4 hours sleep, felt rough" is a log)
_SLEEP_ASK = re.compile(r"\b(should|ok|okay|bad|fine|safe|skip|tips?|advice|wise|idea|can i|is it|do i)\b")
# A session reported done, not a change to the one suggested ("did it in 25 minutes", "ran 20 min")
_DONE_IT = re.compile(r"\b(did|done|ran|jogged|walked|finished|completed|managed|log|logged)\b")
FIRST_TOPICS = ("walk_breaks", "short_sleep_training", "high_heart_rate", "postnatal_return")  # answered before any session or log the words could read as
# "hit 188 bpm on my last sprint interval, is that dangerous? felt fine": a question about the
# number, not the interval to log
_ASKS_WORRY = re.compile(
    r"\b(is (that|it|this)|dangerous|normal|safe|too high|should i (worry|be worried|be concerned)|worried|concerned)\b"
)


# Something someone means to start, not something done: "wants to start lifting", "thinking of taking up running"
_MEANS_TO_START = re.compile(
    r"\b(wants?|wanting|would like|wanna|plans?|planning|thinking (about|of)|keen|hopes?|hoping|going|nervous about|scared of|"
    r"worried about) (to )?(start|starting|begin|beginning|try|trying|take up|taking up|get into|getting into)\b"
)


def _about_age(message: str) -> bool:
    """"nervous because of her age": starting later in life, not gym nerves."""
    from agenthost_helios import faq

    found = faq.find(message)
    return found is not None and found.id == "older_adults"


def _restarting(message: str) -> bool:
    """"been slacking a month, how do I get back into running?": a restart, not a beginner's start."""
    from agenthost_helios import faq

    found = faq.find(message)
    return found is not None and found.id == "getting_back"


def is_first_5k_days(message: str, last: str | None, state: dict[str, Any]) -> bool:
    """Right after talking about a first 5k (Couch to 5K): the days a week someone has ("can
    only do 3 days a week", "I can train 4 times a week")."""
    from agenthost_helios import progress, race_plan

    race = progress.race_by_id(state.get("race"))
    if last not in RACE_TALK or race is None or race_plan.applies_to(race):
        return False
    text = parse.prepare(message)
    if len(text.split()) > 14:
        return False
    if (race_plan.runs_asked(message) or parse.days_per_week(text)) is not None:
        return True
    # "I can only run at weekends", "only tuesdays and saturdays"
    return bool(re.search(
        r"\b(only|just|can|at|on|got|have|free)\b.{0,20}\b(weekends?|(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?)\b",
        text,
    ))


def is_race_plan(message: str, last: str | None, state: dict[str, Any]) -> bool:
    """Right after talking about a race of 10k or more: the runs a week for it ("can I do it on
    just 3 runs a week?"), or, after its plan, "make it harder, 5k is easy" or "4 runs a week"."""
    from agenthost_helios import progress, race_plan

    if last not in RACE_TALK or not race_plan.applies_to(progress.race_by_id(state.get("race"))):
        return False
    text = parse.prepare(message)
    if race_plan.runs_asked(message) is not None:
        return True
    from agenthost_helios import first_5k

    if last == "race_plan" and first_5k.swap_in(message) is not None:
        return True  # "can I swap one of the runs for a swim?"
    if last == "race_plan" and race_plan.time_box(message) is not None:
        return True  # "in weekdays I have only 20 minutes, fits?"
    changes = race_plan.HARDER.search(text) or (last == "race_plan" and race_plan.EASIER.search(text))
    return bool(changes) and len(text.split()) <= 16 and not _PAST.search(re.sub(r"\bi can (already )?", "", text))


# A plan asked for a race named with it: "can you make a plan?", "a plan for my first half", "training plan"
_RACE_PLAN_ASK = re.compile(
    r"\b(make|give|build|write|create|send|need|want|get|design|put together|suggest)\b.{0,30}\b(plan|program|programme|schedule)\b|"
    r"\b(plan|program|programme|schedule) (for|to get|to run|to do|to finish|so i can)\b|\btraining plan\b"
)


def asks_race_plan(message: str) -> bool:
    """A plan asked for, in words `_RACE_PLAN_ASK` knows."""
    return bool(_RACE_PLAN_ASK.search(parse.prepare(message)))


def longest_race(message: str) -> Any:
    """The longest race a message names ("I run 5k now ... my first 10k" is the 10k), or None."""
    from agenthost_helios import progress
    from agenthost_helios.text import normalise

    pattern, table = progress._race_names()
    found = [table[m.group(0)] for m in pattern.finditer(normalise(message))]
    return max(found, key=lambda race: race.km) if found else None


# The distance of steps logged, asked: "roughly how far is that?", "how many km is that", "what distance was it".
_HOW_FAR = re.compile(r"\bhow (?:far|long a distance|many (?:km|kms|kilomet\w+|miles|k))\b|\bwhat(?:'s| is| was)? (?:the |that )?(?:distance|in km|in miles)\b|\bhow much (?:distance|ground)\b")


def detect(message: str, history: list[dict[str, Any]], state: dict[str, Any] | None = None) -> str:
    """The reply Helios should give: log_pending, undo, correct, why, doms, convert, pace, workout,
    not_mine, routine_length, workout_calories, log_workout_done, long_run, timeline, ability, log, log_incomplete, estimate, goal, history, today,
    faq, plan_change, plan, exercise, muscle, pain, recovery, nutrition or coach. `state` is Helios' dialog state (what
    the last answer was about)."""
    state = state or {}
    last = state.get("intent")
    text = parse.prepare(message)
    words = len(text.split())
    from agenthost_helios import entries, faq, plan_changes  # these import this package's parsers

    from agenthost_helios import measures, progress, suits

    if last in ("log", "log_again", "correct") and (state.get("last_entry") or {}).get("measure") == "steps" and words <= 12 and _HOW_FAR.search(text) and not re.search(r"\d", text):
        return "steps_distance"  # "roughly how far is that?", "how many km is that" after logging 12,000 steps
    if measures.conversion(message) is not None:
        return "convert"  # "how far is 2 miles in km?", before any pending log reads "2 miles"
    if measures.asks_in_unit(message) and last in (
        "log", "log_again", "correct", "history", "pace", "log_pending", "plan", "plan_change", "race_plan", "plan_info",
        "today", "convert", "long_run", "timeline", "goal", "faq", "coach", "first_5k",
    ):
        return "convert"  # "how far is that in km?" after logging a walk in miles, "in miles please" after a plan
    from agenthost_helios import first_5k

    if last == "first_5k" and first_5k.steps_up(message):
        return "plan_change"  # "I can already do 5k in 30 min, make it harder": the weekly plan's next level
    if last == "first_5k" and first_5k.is_follow_up(message) and not _PAST.search(re.sub(r"\bjust\b", "", text)):
        return "first_5k"  # "I can only run 3 days a week tho", "swap one of the runs for a swim"
    if first_5k.is_request(message):
        if (told := faq.find(message)) is not None and told.id in faq.CONDITION_ANSWERS:
            return "faq"  # "asthmatic, want to start running, tips?": the asthma advice first, Couch to 5K named
        return "first_5k"  # "can you make me a 6 week plan to run my first 5k?"
    from agenthost_helios import starting_point

    if (race := starting_point.goal_race(message)) is not None and (race.id == "5k" or race.km >= 10):
        return "goal_from_now"  # "want to run my first 5k in 8 weeks. right now I can run about 1 km"
    if _RACE_PLAN_ASK.search(text) and (race := longest_race(message)) is not None and race.km >= 10 and not (
        last == "race_plan"
    ):
        return "race_plan"  # "I run 5k now, want my first 10k in 8 weeks. can you make a plan?": week by week
    from agenthost_helios import skill_goal

    if skill_goal.is_goal(message) and not _PAST.search(text):
        return "goal"  # "want to be able to do a pull-up in 12 weeks": the goal and the steps there
    from agenthost_helios import run_session

    from agenthost_helios import sessions as done_words

    if last == "run_session" and done_words.is_done(message) and not entries.mentions_activity(message):
        return "log_run_session"  # "done!" after the run-walk session: log it, as the reply offers
    if last == "run_session" and run_session.is_follow_up(message) and not _DONE_IT.search(text):
        return "run_session"  # "only got 15 minutes today", "that felt easy, make it harder"
    if run_session.is_request(message):
        return "run_session"  # "plan me a 30 min running session, total beginner": one run, not a week
    from agenthost_helios import next_group

    if next_group.asks_today(message) is not None:
        return "train_today"  # "did chest yesterday, what should i train today?": another muscle group
    if last in ("train_today", "train_tomorrow") and next_group.asks_tomorrow(message):
        return "train_tomorrow"  # "and tomorrow?" after it: the rotation's next part
    if asks_just_logged_calories(message, state):
        return "history"  # "roughly how many calories was that? I'm 62kg" right after a log
    if (last in _JUST_LOGGED + ("history",) or _logged_lately(state, history)) and words <= 14 and _ENOUGH_THIS_WEEK.search(text):
        return "history"  # "how's my week looking, is that enough?" right after a log: the week against the WHO's
    names_activity = entries.mentions_activity(message)
    if (
        last == "undo" and state.get("removed") and not names_activity and words <= 14
        and parse.workout_day(text, now().date()) not in (None, now().date()) and not ends_asking(text)
    ):
        return "relog"  # "it was last saturday, put it there" after "delete the bike ride, that wasn't today"
    from agenthost_helios import burn_off

    if burn_off.asks(message) and (burn_off.treat_in(message) is not None or re.search(r"\bhow (long|far|much|many)\b", text)):
        return "burn_off"  # "HOW LONG SHUD I RUN 4 TO BURN OFF A BIG MAC": the time it takes, never a log or a plan
    if last == "burn_off" and words <= 8 and names_activity and not gives_measures(message):
        return "burn_off"  # "WAT ABOUT WALKING" after it: the same treat, walked off
    if (
        not names_activity
        and not _logged_lately(state, history)
        and last not in _LOG_TALK
        and told_before(message, history) is not None
    ):
        return "estimate_told"  # "how many cals did I burn roughly? I'm 70kg" after a run told, not logged
    if last == "faq" and words <= 20 and not names_activity and _faq_follow_up(message, state) and not (
        _own_after_theirs(message, history)
    ):
        return "faq"  # "ok what would one week look like? I can run 3 times" after how to get faster: its follow-up, not the log
    if asks_minutes_in_period(message) and not names_activity:
        return "history"  # "how many minutes is that over the last week, and is it enough for someone my age?"
    if _asks_log_of_day(text):
        return "history"  # "what did I do yesterday?", "what's on today's log?": that day's log, not a plan
    if state.get("pending") and not names_activity and words <= 12 and (
        gives_numbers(message) or _LOAD_ONLY.search(text)
    ):
        return "log_pending"  # "45 minutes" after "how long?"; "lol typo, 90kg" after an impossible weight
    if state.get("pending") and state.get("weight_asked") and last == "log" and words <= 6 and re.search(r"\b\d{1,3}\b", text):
        return "log_pending"  # "sorry 90" after "what weight was it?"
    if last in ("estimate", "faq") and state.get("offer") and words <= 10 and (
        (_LOG_IT.search(text) and not gives_numbers(message))
        or (re.match(r"^\W*((yes|yeah|yep|sure|ok|okay|go on)\W+)*(log|add|save|track|record) (it|that|this)\b", text)
            and parse.duration_minutes(message) and not names_activity)
    ):
        return "log_offered"  # "yes log it" after the calories of a run told; "log it, 45 minutes" after "does that count?"
    if (
        state.get("estimated")
        and last in ("log", "correct")
        and not names_activity
        and words <= 8
        and parse.duration_minutes(message)
        and not _PLAN.search(text)
    ):
        return "correct"  # "28 minutes" (or "it took me 28 min") after a time estimated from the distance
    if (
        last in ("log", "correct")
        and state.get("last_entry")
        and not names_activity
        and words <= 6
        and re.match(r"^\W*(and|also|plus|then|&|another|log another|add another|one more|\d+ more)\b", text)
        and (gives_numbers(message) or re.search(r"\b\d{1,6}\b", text))
    ):
        return "log_again"  # "and yesterday 8000" after logging 10k steps
    names_logged = (
        _UNDO_NAMED.search(text) is not None
        and last not in ("plan", "plan_change", "routine", "today", "workout")
        and not re.search(r"\b(plan|programme|program|routine|circuit|list)\b", text)
        and names_activity
        # "can planks get rid of my gut?" is a question with a curated answer, when nothing was just logged
        and (faq.find(message) is None or _logged_lately(state, history))
    )
    if names_logged and re.match(r"\btake (the|my|that|this) ", _UNDO_NAMED.search(text).group(0)):
        return "undo"  # "take the yoga off"
    if (
        names_activity
        and _logged_lately(state, history)
        and not gives_measures(message)
        and not _ASKS_TO_LOG.search(text)
        and (_NOT_MINE.search(text) or (SOMEONE_ELSE.search(text) and not _WITH_ME.search(SOMEONE_ELSE.sub(" ", text))))
    ):
        return "undo"  # "the walk was my wife's, not mine" just after logging it
    if names_activity and SOMEONE_ELSE.search(text) and not _WITH_ME.search(SOMEONE_ELSE.sub(" ", text)):
        if not _UNDO.search(text) and not ends_asking(text) and not _MEANS_TO_START.search(text):
            return "not_mine"  # "log my husband's 5k run": theirs, not the user's
    if _UNDO.search(text) and (_UNDO_OBJECT.search(text) or words <= 4 or names_logged):
        if _logged_lately(state, history) or _UNDO_LOG.search(text) or names_logged:
            return "undo"  # "remove the jog for now, I'll log it later" names what to take out
    if names_activity and _logged_lately(state, history) and not gives_measures(message) and not _NOT_A_REMOVAL.search(text) and (
        _UNDO_MORE.search(text)
        or (_ANOTHER_TIME.search(text) and parse.workout_day(text, now().date()) in (None, now().date()))
    ):
        return "undo"  # "drop the deadlifts", "oops the rows were last week, not today": not today's to keep
    if _logged_lately(state, history) and parse.moved_day(message, now().date()) is not None and not _PLAN.search(text):
        return "correct"  # "that row was saturday instead of yesterday"
    if _CORRECT.search(text) and _logged_lately(state, history) and (
        gives_numbers(message)
        or names_activity
        or (words <= 6 and re.search(r"\b\d{1,4}\b", text))
        or (words <= 8 and parse.intensity(message))
        or (words <= 8 and parse.workout_day(message, now().date()) is not None)  # "no wait, it was monday"
    ):
        if not (last in ("plan", "plan_change") and _PLAN_CHANGE.search(text)):
            return "correct"
    if words >= 3 and (found := faq.find(message)) is not None and found.id in FIRST_TOPICS and (
        found.id == "walk_breaks"
        or (found.id == "short_sleep_training" and ("?" in text or ends_asking(text) or _SLEEP_ASK.search(text)))
        or (found.id == "high_heart_rate" and ("?" in text or ends_asking(text) or _ASKS_WORRY.search(text)))
        # "had my baby 10 weeks ago, when can I start running again?": the return after a birth, not Couch to 5K
        or (found.id == "postnatal_return" and ("?" in text or ends_asking(text) or re.search(r"\b(when|can i|should i|how soon|is it ok|safe)\b", text)))
    ):
        return "faq"  # "why the walk breaks? feels like cheating": the curated answer, not the last reason
    from agenthost_helios import next_load

    lifted = bool((state.get("last_entry") or {}).get("reps"))
    if lifted and last in ("log", "log_again", "correct", "convert") and next_load.asks_after_log(message):
        return "next_load"  # "nice. what should I aim for next week?" after "benched 135 lbs for 5 reps"
    if next_load.asks(message) or (last == "next_load" and next_load.follows(message) and not _PAST.search(text)):
        return "next_load"  # "for squats I'm doing 40kg for 3x8 right now, what's next?": a concrete step
    if _WHY.search(text) and words <= 10 and state.get("reason"):
        return "why"
    if last in _JUST_LOGGED and state.get("logged") and words <= 12 and _TOTAL_ASK.search(text) and not _PLAN.search(text):
        return "history"  # "¿cuántos minutos en total?" right after a log: what it logged, added up
    from agenthost_helios import soreness

    if soreness.is_delayed_soreness(message):
        # "my legs are killing me from squats yesterday": soreness, not a workout to log
        return "faq" if faq.find(message) is not None else "doms"
    if last == "faq" and words <= 20 and _faq_follow_up(message, state) and not _own_after_theirs(message, history):
        return "faq"  # "can I still take the dog out or will that make it worse?" after the soreness answer
    if last == "faq" and state.get("faq") in SORENESS_ANSWERS and words <= 12 and _TRAIN_WHEN.search(text):
        return "faq"  # "can I do push-ups today?" after the soreness answer: training while sore, not how-to
    if is_race_plan(message, last, state):
        return "race_plan"  # "can I do it on just 3 runs a week?" after "my first 10k in 8 weeks"
    if is_first_5k_days(message, last, state):
        return "c25k_days"  # "can only do 3 days a week" after how to start running a 5k

    if languages.slip_correction(message) and _logged_lately(state, history):
        return "history"  # "lol lunges not lunches. how many cals": the log already reads lunges
    if (
        _CALORIE_QUESTION.search(text)
        and _OWN_CALORIES.search(text)
        and _logged_lately(state, history)
    ):
        return "history"  # "I'm 68kg, how many cals did the run burn" after logging it
    if measures.asks_pace(message) and not names_activity or (
        measures.asks_pace(message) and words <= 8 and _logged_lately(state, history)
    ):
        return "pace"  # "what pace per km is that?" after "did a 10k in 55 minutes"
    from agenthost_helios import progress

    from agenthost_helios import routines, sessions, topics

    if (last == "today" or re.search(r"\btoday'?s (workout|session|plan|training)\b", text)) and sessions.is_done(message):
        return "log_session"  # "done!" after today's session was shown
    if (state.get("plan") or _follows_plan(history)) and sessions.says_session_done(message) and not _ends_asking(text):
        return "log_session"  # "I did day 1", "finished monday's workout": that session of the plan
    if (
        last in ("plan", "plan_change", "today", "plan_info")
        and sessions.is_plan_question(message)
        and not (faq.find(message) is not None and not _NAMES_PLAN_PART.search(text))
    ):
        return "plan_info"  # "how long will each session take?", "what does full body A involve?"

    canonical = entries.canonical(message)
    topic = state.get("topic") if isinstance(state.get("topic"), dict) else {}
    if (
        # "how long should i go for" after "treadmill or bike?": the dose of the moves compared
        (last == "exercise" or (last == "compare" and topics.asks_dose(message)))
        and topic.get("exercise")
        and words <= 12
        and library.exercise_in_text(canonical) in (None, library.by_id(topic["exercise"]))
        and not library.muscles_in_text(canonical)
        and topics.exercise_follow_up(library.by_id(topic["exercise"]), message) is not None
        and not progress.is_timeline(message, state.get("race"))
    ):
        return "exercise_more"  # "what muscles does it work?", "an easier version?"
    if words <= 10 and last in ("faq", "exercise", "pain", "pain_more", "harder") and harder.ASKS_HARDER.search(text):
        activity, hurts = harder.from_state(state)
        if hurts or (activity and last != "exercise"):
            return "harder"  # "something tougher please" after "how do I get faster?"; never while it hurts
    if last in ("pain", "pain_more") and topic.get("pain") and words <= 14 and topics.asks_back_when(message):
        return "pain_more"  # "how long b4 i can run agen" after the pain answer
    if last == "pain" and topics.is_pain_follow_up(message) and not _PAIN.search(text):
        if not library.muscles_in_text(canonical) or topics.is_alternative_request(message):
            return "pain_more"  # "should I stop lifting?", "what can I do instead?"
    if last == "muscle" and topic.get("muscle") and words <= 10 and _MUSCLE_OFTEN.search(text) and not (
        library.muscles_in_text(canonical)
    ):
        return "muscle_often"  # "and how many times a week?", "why not every day?" after moves for the abs
    if last == "muscle" and topic.get("muscle") and words <= 8 and not library.muscles_in_text(canonical) and (
        parse.equipment(message) or re.search(r"\b(at home|at the gym|in the gym|bodyweight)\b", text)
    ):
        return "muscle"  # "at home with no equipment" after exercises for the chest
    if adds_to_log(message, last, names_activity):
        return "log"  # "and 30 min of stretching after, also yesterday" right after a log: one more
    reports_done = (bool(_DONE_VERB.search(text)) or _timed_twice(message)) and gives_measures(message) and not (
        ends_asking(text)
    )
    if (routines.is_request(canonical) and not reports_done) or (last == "routine" and routines.is_follow_up(canonical)):
        return "routine"
    if last == "routine" and words <= 10 and (
        re.search(r"\bhow (long|many minutes|much time|many seconds|many secs)\b", text)
        or re.search(r"\b(hold|holding|held)\b.{0,20}\b(for|long|seconds?|secs?)\b", text)
    ):
        return "routine_length"  # "how long should it be?" after a warm-up routine
    if last == "routine" and words <= 25 and routines.wants_easier(message) and not names_activity:
        return "routine_easier"  # "make it easier, bad knees, I can't get down on the floor"
    if last == "routine" and words <= 10 and routines.asks_often(message):
        return "routine_often"  # "how often?" after a stretching routine
    from agenthost_helios import workouts

    if last == "workout" and sessions.is_done(message) and not names_activity:
        return "log_workout_done"  # "done" after a single workout: log it, as the reply offers
    if last == "workout" and _CALORIE_QUESTION.search(text) and not names_activity:
        return "workout_calories"  # "how many calories will that burn?" after a workout
    if (
        last in ("plan", "plan_change")
        and workouts.FREQUENCY.search(text.replace("'", ""))
        and words <= 16
        and not names_activity
        and not re.search(r"\b\d\b|\b(two|three|four|five|six)\b", text)
        and faq.find(message) is None  # "how often should I increase the weight?" is progressive overload
    ):
        return "plan_frequency"  # "how many times a week should I do it?" after a weekly plan: its days
    if last == "workout" and workouts.asks_frequency(message) and not names_activity:
        return "workout_frequency"  # "how many times a week should she do it?" after a workout
    if (
        last not in ("plan", "plan_change", "workout")
        and not (state.get("plan") and last in ("today", "why", "plan_info") and plan_changes.cardio(message) is not None)
        and topics.is_alternative_request(message)
        and library.exercise_in_text(canonical)
        and not _PLAN_REQUEST.search(text)
    ):
        return "alternatives"  # "what can I swap burpees for in a HIIT circuit?": the move, not a new workout
    if last in ("alternatives", "exercise", "compare", "finisher") and _FINISHER.search(text) and not _PAST.search(text):
        return "finisher"  # "can you put a few of those into a 10 minute finisher for us?"
    if last == "finisher" and words <= 8 and (
        harder.ASKS_HARDER.search(text) or re.search(r"\b(easier|gentler|too hard)\b", text)
        or (parse.duration_minutes(message) and re.search(r"\b(only|just|make it|instead|shorter|longer)\b", text))
    ):
        return "finisher"  # "make it harder", "only 6 minutes" after a finisher
    if (
        workouts.is_request(canonical)
        or (last == "workout" and workouts.is_follow_up(canonical))
        or (last in ("alternatives", "exercise") and re.search(r"\b(circuit|workout|session)\b", text)
            and parse.duration_minutes(message) and not _PAST.search(text))
    ):
        return "workout"  # "giv me a quik leg wrkout no equpment", then "n 1 for arms 2?"
    if progress.is_long_run(message):
        return "long_run"
    if progress.is_roadmap(message) and not _PLAN_WORD.search(text) and not _restarting(message):
        if (told := faq.find(message)) is not None and told.id in faq.CONDITION_ANSWERS:
            return "faq"  # "asthmatic, want to start running, tips?": the asthma advice first, Couch to 5K named
        return "roadmap"
    if progress.is_timeline(message, state.get("race"), goal_hint=last in ("goal", "plan", "roadmap", "ability")):
        return "timeline"
    if (
        last in ("plan", "plan_change") and harder.ASKS_HARDER.search(text) and words <= 20
        and not _DONE_VERB.search(EXPERIENCE.sub(" ", text))
    ):
        return "plan_change"  # "I can already do 5k in 30 min, make it harder" after a plan: a harder plan
    if progress.is_ability(message) and (names_activity or progress.race_in_text(message)):
        return "ability"
    if last == "history" and words <= 12 and _TOTAL_ASK.search(text) and not _PLAN.search(text):
        return "history"  # "and how many minutes in total?" after "what did I log today?": the same period's totals
    if _PERIOD_FOLLOW_UP.search(text) and (last == "history" or not _PERIOD_FOLLOW_UP.match(text).group(1)):
        return "history"  # "and last week?" after a summary; "this week?" on its own
    activity = compendium.activity_in_text(entries.canonical(message)) or (
        library.exercise_in_text(entries.canonical(message)) if names_activity else None
    )
    minutes = parse.duration_minutes(message)
    if (
        _CALORIE_QUESTION.search(text)
        and activity
        and not _OWN_CALORIES.search(text)
        and not re.search(r"\b(did i|have i|i did|i burned|i burnt)\b", text)
        # "did a 3 hour hike saturday, trying to track everything. how many cals?": logged, with its calories
        and not (_TRACKS.search(text) and told_workout(message))
    ):
        if minutes is None and _logged_lately(state, history) and _THE_ONE_LOGGED.search(text):
            return "history"  # "Combien de calories pour la natation ? Je pèse 64 kg." after logging a swim: that swim
        return "estimate"  # "how many calories does 30 min of cycling burn?", "... does running burn?"
    if last == "estimate" and activity and words <= 5 and re.match(r"^\W*(and |what about |how about |or )", text):
        return "estimate"  # "and cycling?" after an estimate
    goal_said = _GOAL.search(text)
    if goal_said and _QUESTION.search(text) and _CONDITION_BEFORE.search(text[: goal_said.start()]):
        goal_said = None  # "... if I'm training for strength?", "... if my goal is hypertrophy?"
    if (goal_said and not _PLAN_REQUEST.search(text)) or (
        _WISH.search(text)
        and (parse.deadline(message, now().date()) or progress.race_in_text(message) or _TARGET_NUMBER.search(text))
        and not _PLAN.search(text)
    ):
        return "goal"
    if (
        last in ("plan", "plan_change")
        and names_activity
        and not _DID.search(text)
        and plan_changes.is_exercise_swap(text)
    ):
        return "plan_change"  # "only 20 minutes, and no burpees" after a plan changes it; it logs nothing
    from agenthost_helios import habits

    if (
        habits.is_habit(message) and not habits.asks_something_else(message) and faq.find(message) is None
        and not _PLAN_REQUEST.search(text) and not _later(text)
    ):
        return "habit"  # "I've started doing weights with my grandson on tuesdays and thursdays": a routine, not a log
    if (episode := health_episode(text)) is not None:
        return "pain" if episode == "fall" else "episode"  # "I had a panic attack at the gym": how to look after it, no workout logged
    reported = _PAST.search(text) or (gives_numbers(message) and not _PLAN.search(text) and not _HOW_TO.search(text))
    if (
        names_activity
        and reported
        and not EXPERIENCE.search(text)
        and not _FUTURE.search(LOG_REQUEST.sub(" ", text))  # "would you put that in?" asks now
        and not _later(text)
        and not (_ASKS_IF.search(text) and not _ASKS_TO_LOG.search(text))
        and not _ends_asking(text)
        and not (_asks_ok(text) and not _ASKS_TO_LOG.search(text))
        and not _COUNTS_ASK.search(text)
        and not _CANNOT.search(text)
        # canonical: "skipped the gym" is "missing"; "haven't trained in 3 weeks" did nothing, though "trained" is in it
        and not (_MISSED.search(canonical) and not _DID.search(_MISSED.sub(" ", canonical)))
        and not (last in ("alternatives", "workout", "exercise") and not _PAST.search(text))
        and not _injured_doing(canonical)
        and not _FELT_AFTER.search(text)
        and not _TALK_ABOUT.search(text)
        and not (_ASKS_HOW_ANYWHERE.search(text) and not _DONE_VERB.search(_NEVER_DONE.sub(" ", text)))
        and not (_STEPS_RATE.search(text) and _ASKS_HOW_ANYWHERE.search(text))
        # "seated workout, 3 days, 20 min": the days a week of a plan asked for, nothing done
        and not (parse.days_per_week(message) is not None and not _PAST.search(text) and limits.found(message))
    ):
        reading = entries.read(message, now().date())
        if reading.problem or reading.complete:
            return "log"
        if reading.entries:
            return "log_incomplete"
    if (
        _PAST.search(text)
        and not _FUTURE.search(LOG_REQUEST.sub(" ", text))
        and not _later(text)
        and minutes
        and not _ends_asking(text)
        and not (_ASKS_IF.search(text) and not _ASKS_TO_LOG.search(text))
        and not (_asks_ok(text) and not _ASKS_TO_LOG.search(text))
        and not (_ASKS_HOW_ANYWHERE.search(text) and not _DONE_VERB.search(_NEVER_DONE.sub(" ", text)))
    ):
        return "log_incomplete"
    if (_CALORIE_QUESTION.search(text) or _CALORIES_ASKED_ANYHOW.search(text)) and activity and told_workout(message):
        # "ran 7.5k in about 45 min, im 70kg. roughly how many calories did i burn?" asked, with
        # nothing logged: the workout told here, estimated (and offered for the log), not an empty history
        return "estimate"
    if _TODAY.search(text) or sessions.asked_day(message, now().date()):
        return "today"
    if last in ("plan", "plan_change", "today", "plan_info", "why") and state.get("plan") and sessions.bare_day(message, now().date()):
        return "today"  # "and tomorrow?" after the plan or a day's session
    if _HISTORY.search(text) or (
        (_CALORIE_QUESTION.search(text) or _BARE_CALORIES.search(text))
        and (
            _OWN_CALORIES.search(SOMEONE_ELSE.sub(" ", text))  # not "my wife ran 5k, what did she burn?"
            or ((words <= 6 or _BARE_CALORIES.search(text)) and _logged_lately(state, history))
        )
    ):
        return "history"
    if last in ("plan", "plan_change", "today", "why") and state.get("plan") and limits.asked_about(message):
        return "plan_change"  # "what about my knee?" after a plan: that plan, built around the knee
    if (within := plan_within_limits(text, message, last, state)) is not None:
        return within  # "bad knees, 3 days a week", "I use a wheelchair": a plan built around it
    if topics.compared(canonical) is not None and not _PLAN_REQUEST.search(text):
        if (told := faq.find(message)) is not None and told.id == "walking_vs_running":
            return "faq"  # "running or walking, which burns more fat?": the weight-loss answer, not the moves side by side
        return "compare"  # "what's better for abs, crunches or planks?"
    if _FEELINGS.search(text) and not _PLAN_REQUEST.search(text) and not _about_age(message):
        return "coach"  # "I'm new to the gym and feel intimidated": reassurance before any plan
    if SPOT_WHY.search(text):
        return "coach"  # "why can't I just do loads of crunches?" after belly fat: why spot reduction fails, not how to crunch
    if topics.is_alternative_request(message) and not (
        # "replace running with something easier on my knees" after the plan or a day of it: the plan changed
        _plan_in_play(last, state) and _is_plan_change(text, message)
    ) and (names_activity or topic.get("exercise") or topic.get("activity")):
        return "alternatives"
    if (
        suits.asks(message)
        and not library.muscles_in_text(text)  # "what workout for abs do you recommend?": that muscle's moves
        and faq.in_context(message, history) is None
        and (faq.find(message) is None or faq.find(message).id == "how_much_exercise")
        and progress.race_in_text(message) is None
        and (
            (named := compendium.activity_in_text(canonical)) is None or named.id == "general_exercise"
        )
    ):
        return "suits"  # "what kind of training suits me?" with no condition named: the WHO mix, tailored
    if (
        (faq.find(message) is not None or faq.in_context(message, history) is not None)
        and not (_plan_in_play(last, state) and _is_plan_change(text, message))
        and not _PLAN_REQUEST.search(text)
    ):
        return "faq"
    if _DEFICIT_ASK.search(text) and not _PLAN_WORD.search(text):
        return "deficit"  # "starting my cut monday, lifting 4x/week: what's a sensible deficit?" is Ceres'
    if _NUTRITION.search(text) and (not _PLAN.search(text) or (_YES_NO_ASK.search(text) and not _PLAN_WORD.search(text))):
        return "nutrition"  # "do I need protein shakes to build muscle?" is Ceres' question
    if _PAIN.search(_FIGURATIVE.sub(" ", text)):
        return "pain"
    if (
        (last in ("plan", "plan_change") or _follows_plan(history) or (state.get("plan") and last not in _NOT_PLAN))
        and _is_plan_change(text, message)
    ):
        return "plan_change"
    exercise = library.exercise_in_text(entries.canonical(message))
    if exercise and not _PLAN_REQUEST.search(text) and not (_asks_ok(text) and _RECOVERY.search(text)) and (
        _HOW_TO.search(text) or ends_asking(text) or len(text.split()) <= 4 or _WHAT_IT_WORKS.search(text)
    ):
        return "exercise"
    if (library.muscles_in_text(message) or library.muscles_in_text(text)) and _MUSCLE_WORK.search(text) and not _PLAN.search(text):
        return "muscle"
    if library.muscles_in_text(message) and words <= 5 and re.match(r"^\W*(and |so )?(what|how) about\b", text):
        return "muscle"  # "what about legs?" with no plan to change
    if _PLAN.search(text) and not (_YES_NO_ASK.search(text) and not _PLAN_WORD.search(text)):
        return "plan"
    if _RECOVERY.search(text):
        return "recovery"
    if last == "faq" and state.get("faq") and words <= 8 and (_SHORT_QUESTION.search(text) or ends_asking(text)):
        from agenthost_helios.advice import COACH_TOPICS

        if not any(pattern.search(text) for pattern, _ in COACH_TOPICS):
            return "faq"  # "how much should I add each week?" after the progressive-overload answer
    return "coach"


# "what does tempo mean?" after a plan is the curated answer on tempo runs, unless it names a part
# of the plan ("what's on wednesday?", "how long is each session?")
_NAMES_PLAN_PART = re.compile(
    r"\b(session|sessions|day|days|plan|week|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\b"
)
# A short block of the moves just talked about: "put a few of those into a finisher / circuit"
_FINISHER = re.compile(
    r"\b(finisher|emom|amrap|tabata)\b|\b(those|these|them|they|few|some)\b.{0,30}\b(into|in|as) (a |an )?"
    r"(\d+ ?(min|mins|minute|minutes) )?(circuit|workout|session|routine|combo|block)\b"
)
# The calories of what was just logged, asked any way ("roughly how many calories was that? I'm
# 62kg", "what did I burn then, I weigh 80 kg", "energy burned at 95 kilos?", "cuántas calorías
# fueron?"); not an intake ("how many calories should I eat now?") or another period ("this week").
_BURN_ASKED = re.compile(
    r"\b(calories|calorie|cals?|kcals?|energy|calor[ií]as|kalorien|calorie|burn\w*|quem\w*|verbrann\w*|br[uû]l\w*|bruciat\w*)\b"
)
_INTAKE_ASKED = re.compile(
    r"\b(eat|eating|ate|food|meals?|snacks?|drink|intake|target|budget|need|needs|maintenance|deficit|surplus|"
    r"should i (have|eat|get)|(calories|kcal|cals) in (a|an|one|the|my|this|that)\b|comer|essen|manger|mangiare)\b"
)
_OTHER_PERIOD = re.compile(
    r"\b(this|last|per|a|each|every) (week|month|year|day)\b|\btoday\b|\byesterday\b|\bin total\b|\bso far\b|\btotals?\b"
)
BURN_QUESTION_MAX_WORDS = 20


def asks_just_logged_calories(message: str, state: dict[str, Any], last: str | None = None) -> bool:
    """True right after a log (`last`: the last answer's intent, the state's by default) when the
    message asks what the workouts it logged burned."""
    text = parse.prepare(message)
    return (
        (last or state.get("intent")) in _JUST_LOGGED
        and bool(state.get("logged"))
        and len(text.split()) <= BURN_QUESTION_MAX_WORDS
        and bool(_BURN_ASKED.search(text))
        and not _INTAKE_ASKED.search(text)
        and not _OTHER_PERIOD.search(text)
        and not _PLAN.search(text)
    )


_ENOUGH_THIS_WEEK = re.compile(
    # (not "is that enough to get a six pack?" or "... for abs?": enough for something else than the week)
    r"\b(is|was|are) (that|it|this|those|these|my week|this week) (enough|plenty|ok|okay|good enough)\b(?! (to|for) (?!(the|this|a|my) week\b))|"
    r"\b(am i|are we) (doing|training|moving|getting) enough\b|\bhow(s| is|s my| is my) (my |the )?week (looking|going)\b|"
    r"\benough (for|this|that) (the |a |my )?week\b"
)
_JUST_LOGGED = ("log", "log_pending", "log_again", "correct", "log_session", "log_workout_done")
# After these answers a short "4 days" or "only 20 minutes" is not about the plan.
_NOT_PLAN = ("log", "log_incomplete", "log_pending", "correct", "undo", "history", "estimate")
_CHANGE_ONLY = re.compile(
    r"\b(what about|how about|and|n|one for|1 for|another for|more|add|focus on|extra|less|no|without|swap|switch|replace|instead|"
    r"prefer|rather|only|just|make it|shorter|longer|harder|easier|tougher|lighter|gentler|at the gym|"
    r"at home|at a gym|in the gym)\b"
)


_REST_DAYS = re.compile(r"\b(rest|off|recovery|easy|non[ -]?training) ?days?\b|\bdays? off\b")
# The words that change a plan when a question with a curated answer names a setting in passing
_CHANGE_VERB = re.compile(
    r"\b(make it|make them|change|switch|swap|instead|only|can only|can we|could we|lets|let's|move|add|drop|remove|"
    r"harder|easier|shorter|longer|more|less|fewer|at the gym|at home|in the gym|at a gym|with|without|no|now|"
    r"actually|but|what about|how about|do \d|\d+ days?)\b"
)


def _asks_not_changes(text: str, message: str) -> bool:
    """A question one of the curated answers is for ("how many rest days do I need?", "anyway how
    often should I stretch?") with none of the words that change a plan: answered, not applied."""
    from agenthost_helios import faq

    asked = _ASKS_IF.search(text) or "?" in text or ends_asking(text) or re.search(r"\b(anyway|btw|quick question)\b", text)
    return bool(asked) and faq.find(message) is not None and not _CHANGE_VERB.search(text)


# What turns a stated limitation into a request for training: "bad knees, 3 days a week",
# "plantar fasciitis, want to keep fit", "sore lower back, what can I do at the gym?"
_TRAINING_ASKED = re.compile(
    r"\b(\d+ (days?|times|x|sessions?) (a|per|each) (week|wk)|\d+ ?x ?(a )?(week|wk)|"
    r"(keep|stay|get|getting) (fit|active|in shape|moving|fitter)|keep (training|exercising|working out)|"
    r"what (can|could|should) i (do|train|try)|what (exercise|exercises|workouts?|training|moves) (can|could|should)|"
    r"(legs|cardio|core|upper body|lower body|arms)( and (legs|cardio|core|upper body|arms))? only|"
    r"only (legs|cardio|core|upper body|lower body|arms)|at the gym|at home|(want|need|like) to (train|exercise|work out)|"
    r"(exercise|exercises|workouts?|training) (for|with) me|(help|get) me (moving|started|fit))\b"
)
# An injury just now, or a warning sign, is answered as pain first, never with a plan
_ACUTE = re.compile(
    r"\b(just|yesterday|today|this morning|last night|swollen|swelling|popped|snapped|gave way|gives way|giving way|"
    r"cant (walk|bear weight|put weight|move)|numb\w*|tingl\w*|worse|worst|why (does|do|is|are)|what causes)\b"
)
# A standing condition told as a fact ("I have arthritis in my knees", "I've got a bad back", "my knees are bad"), not asked
_CONDITION_TOLD = re.compile(
    r"^\W*(?:(?:oh|also|and|but|btw|ah|ok|sorry|forgot to say|i forgot to (?:say|mention)|just so you know)\W+)*"
    r"(?:i (?:have|ve got|ve|have got|got|suffer from|live with|m living with)|i m (?:recovering from|diabetic|asthmatic)|"
    r"my (?:\w+ ){0,2}(?:is|are|has|have|s) (?:bad|dodgy|weak|arthritic|stiff|not great|not good|injured|playing up)|bad|dodgy)\b"
)
# The named conditions a plan is built around for good ("I have arthritis in my knees", "oh and I have sciatica");
# "I have a bad knee" right after a plan gets the pain answer first, which offers the changes
NAMED_CONDITION = re.compile(
    r"\b(arthritis|arthritic|osteo\w*|rheumatoid|sciatica|(slipped|herniated|bulging|prolapsed) disc|plantar fasci\w*|"
    r"hypermobil\w*|tendin\w*|bursitis|impingement|(knee|hip) replacement|replaced (knee|hip)|acl reconstruction|"
    r"frozen shoulder|runner'?s knee|shin splints|chondromalacia)\b"
)


def condition_told(text: str) -> bool:
    """A named standing condition told as a fact, not asked about: "I have arthritis in my knees"."""
    text = text.replace("'", " ")
    return bool(_CONDITION_TOLD.search(text) and NAMED_CONDITION.search(text)) and "?" not in text
# Pain in one move or activity ("my knees hurt when i squat", "pain in my back while deadlifting"): what to do
# about that pain is asked, not a plan, unless a plan or days a week are named
_HURTS_DOING = re.compile(
    r"\b(hurts?|hurting|hurted|pain\w*|sore|aches?|aching|twinges?|clicks?|clicking|niggles?)\b (?:\w+ ){0,3}?"
    r"(when|while|whenever|during|if) (i |im |i m |doing |my |the )?\w+"
)
_DAYS_ASKED = re.compile(r"\b(\d+|two|three|four|five|six) ?(days?|times|x|sessions?) (a|per|each) (week|wk)\b")
# A condition told on its own, with no pain in it ("I use a wheelchair", "I'm 70 with arthritis")
_STANDING_LIMITS = frozenset({"wheelchair", "joints", "chair"})


# "can't stand for long, any exercises I can do?", "can I do chair exercises?": the seated plan asked for
_SEATED_ASKED = re.compile(
    r"\b(exercis\w*|workouts?|training|moves|routines?|plans?|keep (fit|active|moving)|stay (fit|active|moving)|"
    r"get (fit|fitter|stronger|moving)|strength|fitness)\b"
)


def plan_within_limits(text: str, message: str, last: str | None, state: dict[str, Any]) -> str | None:
    """"plan" when a message states an injury or limitation and asks for training, or states a
    standing condition on its own; "plan_change" when it adds one to the plan just given."""
    from agenthost_helios import faq

    said = limits.found(message)
    quiet = plan_changes_low_impact(message) and not said
    if not said and not quiet:
        return None
    if "chair" in said and _DID.search(text) and not _CANNOT.search(text):
        return None  # "did my chair exercises this morning": a workout to log, not a plan
    if _ACUTE.search(text) or (
        (_YES_NO_ASK.search(text) or _KEEP_GOING.search(text)) and not _PLAN_WORD.search(text) and "chair" not in said
    ):
        return None  # (but "bad knee, can I do chair exercises?" asks for the seated plan)
    if _HURTS_DOING.search(text) and not _PLAN_WORD.search(text) and not _DAYS_ASKED.search(text):
        return None  # "my knees hurt when i squat, what should i do": the pain in that move first, not a plan
    if faq.find(message) is not None and not _PLAN_WORD.search(text) and "chair" not in said:
        return None  # "I have arthritis in my hips, what exercise can I do?": the curated answer
    if said and last in ("plan", "plan_change") and state.get("plan") and condition_told(text):
        return "plan_change"  # "I have arthritis in my knees" right after the plan: that plan, rebuilt around them
    if _PLAN.search(text) or _TRAINING_ASKED.search(text) or ("chair" in said and _SEATED_ASKED.search(text)):
        # "bad back, 3 days a week" right after a plan: that plan, rebuilt around it
        return "plan_change" if last in ("plan", "plan_change") and state.get("plan") else "plan"
    if len(text.split()) <= 10 and (
        (said and set(said) <= _STANDING_LIMITS) or (quiet and re.search(r"\b(flat|apartment|neighbou?rs?)\b", text))
    ):
        return "plan"  # "I use a wheelchair", "no jumping, I live in a flat"
    return None


def plan_changes_low_impact(message: str) -> bool:
    """True when a message asks for no jumping ("no jumping, I live in a flat")."""
    from agenthost_helios import entries, plan_changes

    return bool(plan_changes.LOW_IMPACT.search(entries.canonical(message)))


def _plan_in_play(last: str | None, state: dict[str, Any]) -> bool:
    """The plan is what the conversation is on: just given or changed, or one of its days shown
    or explained ("and tomorrow?" then "replace running with something easier on my knees")."""
    return last in ("plan", "plan_change") or bool(state.get("plan") and last in ("today", "why", "plan_info"))


def _is_plan_change(text: str, message: str) -> bool:
    """A message that changes the last plan: a setting (days, minutes, level, equipment), a
    muscle group to focus on, or the cardio to swap."""
    from agenthost_helios import entries, faq, plan_changes

    text = _REST_DAYS.sub(" ", text)  # "how many rest days do I need?" names days, but changes none
    if (missed := faq.find(message)) is not None and missed.id == "missed_plan_day":
        return False  # "what if I can't make it one day?": what to do then, not a 1-day plan
    if _asks_not_changes(text, message):
        return False  # "i love the gym. anyway how many rest days do i need": a question, the gym said in passing
    if _PLAN_CHANGE.search(text) and not library.exercise_in_text(message):
        return True
    canonical = entries.canonical(message)
    if (
        parse.equipment(text) is not None
        or parse.days_per_week(text) is not None
        or plan_changes.bare_count(message) is not None
        or plan_changes.LOW_IMPACT.search(canonical)
        or plan_changes.weekdays_in(canonical, {}) is not None
        or re.search(r"\b(more|less|extra|fewer|no|add)\b.{0,12}\b(cardio|running|conditioning|strength|weights)\b", text)
    ):
        return True  # "only bodyweight", "no jumping", "tue, thu and sat instead", "more cardio"
    if library.exercise_in_text(canonical) and plan_changes.SWAP_EXERCISE.search(text):
        return not _HOW_TO.search(text)  # "swap the push-ups for something easier", "no burpees"
    return bool(_CHANGE_ONLY.search(text)) and (
        plan_changes.focus(text) is not None or plan_changes.cardio(text) is not None
    )


def _timed_twice(message: str) -> bool:
    """Two activities, each with the minutes it took, and no question or request ("30 min run
    with 10 min stretching after"): a report of what was done, not a routine asked for."""
    from agenthost_helios import entries

    if _ASKS_IF.search(parse.prepare(message).replace("'", "")):
        return False
    timed = [e for e in entries.read(message, now().date()).entries if e.minutes is not None and not e.minutes_estimated]
    return len(timed) >= 2


def asks(message: str) -> bool:
    """True when the message opens as a question or a request ("is it ok to...", "whats a good...",
    "can you give me..."), with or without a question mark."""
    return bool(_ASKS_IF.search(parse.prepare(message).replace("'", "")))


def gives_measures(message: str) -> bool:
    """A duration, distance, pace, or sets and reps in the message (not a bare count or day)."""
    text = parse.prepare(message)
    return bool(
        parse.duration_minutes(text) or parse.distance_km(text) or parse.pace(text)[0] or any(parse.sets_reps(text))
    )


def gives_numbers(message: str) -> bool:
    """A duration, distance, pace, sets or reps, a count of an exercise ("25 pushups") or a
    day in the message."""
    if parse.impossible_numbers(message):
        return True
    text = parse.prepare(message)
    return bool(
        parse.duration_minutes(text)
        or parse.distance_km(text)
        or parse.pace(text)[0]
        or any(parse.sets_reps(text))
        or re.search(r"\b(yesterday|today|this morning|last night|on (mon|tue|wed|thu|fri|sat|sun))", text)
        or _counts_an_exercise(message)
        or _LOAD_TIMES_REPS.search(text)
    )


# "lol typo, 90kg", "meant 60 kilos": the weight a pending lift was waiting for
_LOAD_ONLY = re.compile(r"\b\d{1,3}(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds)\b")
# "back squat 140kg x 5", "bench 100 kg for 8": a lift's weight and its reps, a report.
_LOAD_TIMES_REPS = re.compile(
    r"\d\s*(?:kg|kgs|kilos?|lbs?|pounds)\s*(?:x|×|for)\s*\d{1,3}\b(?!\s*(?:days?|weeks?|months?|years?|min|mins|minutes|hours?)\b)"
)


def _counts_an_exercise(message: str) -> bool:
    """A number right before an exercise or activity: "25 pushups", "ok 3x10 squats"."""
    from agenthost_helios import entries

    text = entries.canonical(message)
    return any(re.search(r"\b\d{1,5}\s*(?:x\s*)?$", text[: m.start]) for m in entries.mentions(text))


_THIRD_PERSON = re.compile(
    r"\b(?:my|our) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|friend|mate|son|daughter|kid|mum|mom|"
    r"mother|dad|father|brother|sister|grandad|granddad|grandpa|grandma|gran|nan|colleague|client|flatmate|roommate)\b|"
    r"\b(?:he|she|hes|shes|him|her)\b"
)


def _own_after_theirs(message: str, history: list[dict[str, Any]]) -> bool:
    """"cool. give me a 4 day hiit plan for me" after asking about a dad's heart attack: the
    user's own training, not a follow-up to the answer about someone else."""
    from agenthost_helios import safety

    said = next((str(r.get("text", "")) for r in reversed(history) if r.get("role") == "user"), "")
    text = parse.prepare(message).replace("'", "")
    return (
        safety.own_training(message)
        and bool(_THIRD_PERSON.search(parse.prepare(said).replace("'", "")))
        and not _THIRD_PERSON.search(text)
    )


def _faq_follow_up(message: str, state: dict[str, Any]) -> bool:
    """True when the last curated answer has a follow-up answer for this message."""
    from agenthost_helios import faq

    last = faq.by_id(state["faq"]) if isinstance(state.get("faq"), str) else None
    return faq.follows_up(last, message)


# "cycled to work and back, does that count as a workout": a question about the ride, answered first
_COUNTS_ASK = re.compile(
    r"\b(does|do|would|will|should|can|could) (that|this|it|those|these) (even |still |really |actually |also )?count\b|"
    r"\bcounts? (as|towards?) (my |a |as |any )?(cardio|exercise|workout|training|activity)\b"
)
# Yes to the offer to log what was just estimated: "log it", "yeah add it pls", "sure go on"
_LOG_IT = re.compile(
    r"^\W*((yes|yeah|yep|yup|ya|sure|ok|okay|please|pls|go on|go ahead|cool|great|perfect|nice|sweet|thanks|ta)\W+)*"
    r"((log|add|save|track|record|put|pop|stick) (it|that|this|them|those)( in| down| to my log| on| for me)?|"
    r"(yes|yeah|yep|yup|sure|ok|okay|go on|go ahead|do it)( please| pls)?)\W*"
    r"((please|pls|thanks|thx|ta|then|too|for me)\W*)*$"
)


# The calories asked any way in a message that tells the workout: "no tracker. calories?", "any idea
# how many kcal?", "roughly what did that burn?"
_CALORIES_ASKED_ANYHOW = re.compile(
    r"\b(calories|kcal|kcals|cals)\b\W{0,3}\?|\b(how many|how much|what|roughly|any idea|estimate)\b.{0,30}\b(calories|kcal|kcals|cals|burn|burned|burnt)\b"
)


def told_workout(message: str) -> bool:
    """True when `message` tells a workout done with its time ("ran 7.5k in about 45 min"), so its
    calories can be worked out from the message itself."""
    from agenthost_helios import entries

    text = parse.prepare(message)
    asked = re.sub(r"\b(would|will) (that|it|this|those|these) (be|have been|come to|burn)\b", " ", text)
    if not _PAST.search(text) or _FUTURE.search(asked) or EXPERIENCE.search(text):
        return False
    reading = entries.read(message, now().date())
    return not reading.problem and any(e.minutes and not e.minutes_estimated for e in reading.entries)


# The calories of one's own workout, asked in the past tense: "how many cals did I burn roughly?",
# "what did that burn", "calories burned?"
_OWN_BURN = re.compile(
    r"\b(did i|have i|i burn\w*|ive burn\w*|i just burn\w*|did (that|it|this|the run|my run|the ride|my ride|the walk|my walk)|"
    r"(that|it|this) burn\w*|(calories|cals|kcals?) (burn\w*|used)|burn\w* (calories|cals|kcals?))\b"
)


# Answers about the log: after them, "what did I burn" is about what the log holds
_LOG_TALK = frozenset({
    "log", "log_again", "log_pending", "log_incomplete", "log_offered", "log_session", "log_workout_done",
    "log_run_session", "undo", "correct", "history", "today", "not_mine",
})


def told_before(message: str, history: list[dict[str, Any]]) -> str | None:
    """The user's earlier message (among the last three) telling a workout done with a time or a
    distance, when `message` asks what it burned and names no activity itself; else None."""
    from agenthost_helios import compendium, entries

    text = parse.prepare(message)
    if not (_CALORIE_QUESTION.search(text) or _BURN_ASKED.search(text)) or not _OWN_BURN.search(text):
        return None
    if _INTAKE_ASKED.search(text) or _OTHER_PERIOD.search(text) or len(text.split()) > BURN_QUESTION_MAX_WORDS:
        return None
    said: list[str] = []
    for index, record in enumerate(history):
        if record.get("role") != "user":
            continue
        answer = next((str(r.get("text", "")) for r in history[index + 1:] if r.get("role") == "assistant"), "")
        # a workout Helios logged, removed or corrected is the log's business, not this one
        if not re.match(r"^\W*(logged|fixed|removed|done|deleted|updated|got it)\b", answer.lower()):
            said.append(str(record.get("text", "")))
    for earlier in reversed(said[-3:]):
        told = parse.prepare(earlier)
        activity = compendium.activity_in_text(entries.canonical(earlier))
        if (
            activity is not None
            and activity.id != "general_exercise"
            and _DONE_VERB.search(told)
            and not _FUTURE.search(told)
            and not EXPERIENCE.search(told)
            and (parse.duration_minutes(told) or parse.distance_km(told))
        ):
            return earlier
    return None


# The workout named as one done ("the swim", "for the swimming", "my run"), not an activity in general
_THE_ONE_LOGGED = re.compile(r"\b(the|my|that|this|for the|pour la|pour le|for the|del|della|dello|de la|beim|vom)\s+\w+")


def _logged_lately(state: dict[str, Any], history: list[dict[str, Any]]) -> bool:
    """True when Helios logged (or corrected) a workout in its latest answers."""
    if state.get("logged"):
        return True
    for record in reversed(history[-6:]):
        if record.get("role") == "assistant" and is_helios(record.get("agent")):
            return any(
                call.get("name") in ("log_workout", "correct_workout") for call in record.get("tool_calls") or []
            )
    return False


def _follows_plan(history: list[dict[str, Any]]) -> bool:
    """True when Helios' latest reply in the recent history was a plan."""
    for record in reversed(history[-6:]):
        if record.get("role") != "assistant":
            continue
        if not is_helios(record.get("agent")):
            return False
        return bool(_PLAN_REPLY.search(str(record.get("text", ""))))
    return False


def is_helios(agent: Any) -> bool:
    """True for Helios' own history records (stored as the id `helios` or the label `Helios 💪`)."""
    return isinstance(agent, str) and agent.lower().startswith("helios")
