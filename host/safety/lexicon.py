"""The words and phrases the guard's rules are built from, as patterns over normalised text
(`host.safety.text.normalise`: lower case, "dont" for "don't", "10 kg" for "10kg").

Each section is written from the warning-sign lists of the guidance the guard follows: the AHA
heart-attack signs, the NHS, the Allina and Geisinger stop signs and the PAR-Q (cardiac); ACOG
Committee Opinion 804, Tommy's and the HSE (pregnancy); the eating-disorder behaviours (purging,
laxatives, diuretics and diet pills, fasting, chewing and spitting, compulsive exercise, missed
periods, fainting from not eating); self-harm intent, planning, overdose, goodbye and
passive-ideation language. A sign is built from its parts (a heart word a few words from a
rhythm word, a feeling in or on the chest) rather than listed as fixed sentences, and each has
the exclusions that keep its near-misses out.

Each pattern matches whole tokens (`host.safety.text.words`); `GAP` allows up to three words
between two parts. Kept apart from the rules so the vocabulary can be read (and extended) in
one place, and so `normalise` knows every word the rules use. The corpus rows in
`tests/data/safety_must_trigger.jsonl` name the list each was written from.
"""

from __future__ import annotations

import re

from host.safety.text import GAP

# --- shared context ------------------------------------------------------------------------------

EXERCISE = (
    r"runs?|running|ran|jog|jogs|jogging|sprint|sprints|sprinting|workouts?|working out|work out|works out|"
    r"exercis\w*|train|trains|training|trained|gym|lift|lifts|lifting|lifted|weights|squats?|squatting|deadlifts?|"
    r"deadlifting|bench|benching|bench press|press ups?|push ups?|pushups?|pull ups?|burpees?|hiit|cardio|crossfit|"
    r"cycling|cycle|bike|biking|spin class|spinning|swim|swimming|hike|hiking|climb\w*|stairs|hills?|uphill|"
    r"walk|walks|walking|class|classes|session|sessions|intervals|sets|reps|race|races|racing|marathon|"
    r"half marathon|5 k|10 k|football|soccer|basketball|tennis|rowing|row|boxing|sparring|leg day|chest day|"
    r"yoga|pilates|zumba|aerobics|treadmill|elliptical|exert\w*|physical activity|sport|sports|playing|"
    r"pushing myself|push myself|pushing hard|going hard|max effort|high intensity|intense|heavy|pr|1 rm|"
    r"crunch|crunches|sit ups?|situps?|lunges?|planks?|kettlebells?|dumbbells?|barbells?|skipping|jump rope|jumping|"
    r"circuits?|bootcamp|spin|kickboxing|martial arts|dance|dancing|aerobic|exercises|abs workout|ab workout|reformer|"
    r"stairmaster|stair master|stepper|step machine|rower|rowing machine|cross trainer|ski erg|assault bike|peloton|aqua aerobics|"
    r"rep max|max test|stair climber"
)
# Hard training, for pregnancy: anything beyond gentle activity.
TRAINING = EXERCISE + r"|keep fit|stay fit|stay active|get fit|abs|core|plank|planks|fitness|active"
NOW = (
    r"right now|at the moment|currently|as (?:i|we) speak|now(?= (?:\.|\?|,|and (?:its|it is|i|im|my)|im|its|my)(?![a-z0-9])|$)|"
    r"(?:still|wont|doesnt|isnt|not) (?:going away|go away|settling|settle|stopping|stop|easing|ease)|still (?:there|hurts|hurting|going|have it)|"
    r"hasnt (?:stopped|gone|eased|settled)|getting worse|worse and worse|keeps getting worse|"
    r"for (?:the (?:last|past) )?(?:\d+|a few|ten|twenty|thirty|fifteen|several) (?:minutes|mins|min|hours?)|since i stopped|even after (?:i )?(?:stopped|resting|rest)|"
    r"for (?:the (?:last|past) )?(?:half an hour|half hour|an hour)|since (?:[a-z]+ ){0,4}(?:\d+|an|a|half an|twenty|thirty) (?:hours?|minutes|mins) ago"
)
# "Sore two days after bench" is muscle soreness (DOMS), not a cardiac warning.
DELAYED = (
    r"(?:\d+|a|one|two|three|couple of|few|couple) days? (?:after|later|since)|the day after|next day|day after|"
    r"since (?:yesterday|my workout yesterday|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"after yesterdays|from yesterday"
)
MUSCLE = r"muscles?|pecs?|pectorals?|strain\w*|pulled|tweaked|sore|soreness|doms|ribs?|bruised?|stretch\w*|sternum|costochondritis|chest day|pump|pumped"
# A chest tight with a cold or asthma is a chest infection's or asthma's, not the heart's.
RESPIRATORY = (
    r"(?:got|have|had|with|from|because of|caught|since) (?:a |my |this |the )?(?:cold(?! sweats?)|flu|chest infection|cough|virus)|"
    r"(?:a|my|this) (?:cold|cough|chest infection)(?! sweat)|cough\w*|asthma\w*|congest\w*|phlegm|mucus|hay fever|inhaler"
)
HUMOUR = r"lol|lmao|haha\w*|hehe\w*|jk|joking|kidding|rofl|xd"

# --- cardiac ---------------------------------------------------------------------------------------

# AHA and NHS: chest discomfort is pain, pressure, squeezing, fullness, heaviness, tightness or
# burning ("like indigestion"), often described as a weight, a band or a vice on the chest.
CHEST_FEELING = (
    r"pains?|pian|pressure|tightness|tight feeling|aches?|aching|discomfort|squeezing|squeeze|crushing|heaviness|"
    r"stabbing|sharp pains?|burning|burning pain|weird feeling|funny feeling|heavy feeling|dull ache"
)
CHEST = (
    r"(?:chest|breastbone) (?:pains?|pian|aches?|aching|pressure|tightness|tight|tightening|discomfort|hurts?|hurting|burns|burning|"
    r"squeez\w*|heavy|heaviness|(?:is|was) (?:tight|hurting|burning|heavy|sore and tight)|feels? (?:tight|heavy|weird|funny|"
    r"like (?:its|it is) (?:being )?(?:squeezed|crushed)))|"
    rf"(?:{CHEST_FEELING})(?: feeling| sensation)? (?:in|on|across|around|behind|in the (?:middle|centre|center) of) (?:my |the |his |her |their )?(?:chest|heart|breastbone)|"
    r"(?:pains?|aches?|aching|pressure|tightness|discomfort)(?: [a-z]+){1,5} and (?:in|across) (?:my |the )?chest|"
    r"(?:tight|heavy|painful|burning|crushing|squeezing|aching) (?:chest|feeling in (?:my|the) chest)|heart (?:pains?|hurts|hurting|aches|aching)|angina|"
    r"chest (?:gets|got|goes|went|feels|felt|is|was|keeps getting|keeps going|has been|have been|been|started|starts|is still|still|keeps|kept)"
    r"(?: really| so| very| a bit| kind of| super| all| quite| pretty)? (?:tight|heavy|painful|tighter|sore and tight|hurting|aching|burning)|"
    r"chest (?:feels|felt|is|was) like (?:[a-z]+ ){0,4}(?:vice|vise|elephant|weight|band|squeez\w*|crush\w*|sitting on)|"
    r"(?:elephant|weight|heavy weight|tight band|band|belt|strap|vice|vise|brick) (?:is )?(?:sitting |pressing |standing |tightening |squeezing )?(?:on|across|around|round) (?:my |his |her )?chest|"
    r"(?:indigestion|heartburn)(?: [a-z]+){0,8} (?:in|across|behind) (?:my |the )?chest|chest (?:pain )?(?:feels )?like (?:really )?(?:bad )?(?:indigestion|heartburn)"
)
# Symptoms that have passed: "gone now" is not "now".
PASSED = r"(?:gone|fine|better|ok|okay|settled|passed|stopped|over|eased|calmed down|normal|back to normal) now"
# Someone clutching their chest: happening now.
CLUTCHING = r"(?:grabbed|grabbing|grabs|clutch\w*|holding|clasp\w*) (?:at )?(?P<whose>my|his|her|their) chest"
# The bar on the chest in a bench press is not a symptom.
CHEST_NOT = r"(?:the )?(?:bar|barbell|dumbbells?|plates?) (?:on|across) (?:my |the )?chest|chest (?:day|press|flyes?|fly|workout|pump|muscles?)"
FAINT = (
    r"fainted|fainting|faint|feel faint|felt faint|feeling faint|(?:almost|nearly) (?:faint\w*|passed out|blacked out|collapsed)|"
    r"pass out|passing out|passed out|black out|blacked out|blacking out|lost consciousness|losing consciousness|"
    r"lose consciousness|collapsed|collapse|collapsing|vision (?:went|goes|going|turned|turns) (?:black|dark|grey|gray)|"
    r"greyed out|grayed out|grey out|gray out|greying out|graying out|keeled over"
)
# "passed out on the couch" is sleep; "pass out the flyers" is handing out.
FAINT_NOT = (
    r"pass(?:ed|ing)? out (?:on (?:the |my )?(?:couch|sofa|bed)|in (?:bed|front of)|asleep|early|drunk|after (?:a few|some|the) drinks|"
    r"(?:the |some )?(?:flyers|leaflets|snacks|food|candy|drinks|papers|samples|cards|water|medals|prizes))|"
    r"faint (?:line|smell|taste|sound|hope|memory|idea|chance|outline|praise)|(?:a|the) faint|market collapsed|tent collapsed|"
    r"collapse (?:of|the)|collapsed (?:the|my tent|the tent)|"
    # fainting at the sight of blood or a needle (vasovagal), not from exertion
    r"(?:fainted|fainting|faint|passed out|pass out|nearly fainted) (?:when|at|after|during|from|because of) (?:[a-z]+ ){0,3}(?:blood|needles?|injections?|jabs?|vaccines?|blood tests?)"
)
# Allina and Geisinger stop signs: a heartbeat that skips, flutters or turns irregular. Said as
# a heart word and a rhythm word a few words apart ("my heart was racing and skipping beats").
HEART_WORD = r"heart|hearts|heartbeat|heart beat|heart rate|heart rhythm|pulse|ticker"
_NOT_A_SENSATION = r"monitor|watch|strap|tracker|app|sensor|reading|readings|zone|zones|but|so|because|if|then|though|when"
RHYTHM_WORD = (
    r"flutter\w*|flips?|flipping|flipped|flip flop\w*|skip\w*|missing (?:a )?beats?|missed (?:a )?beats?|misses (?:a )?beats?|"
    r"stutter\w*|irregular\w*|erratic\w*|all over the place|out of rhythm|jump\w* around|jumping all over|somersaults?|"
    r"extra beats|pausing|pauses|stops and starts|stopping and starting|beating (?:irregularly|erratically|out of rhythm|weird\w*|funny|oddly|strangely)|"
    r"(?:feels|felt|going|went|goes)(?: all| a bit| really| kind of| so)? (?:irregular|weird|funny|strange|odd|wrong)|stopped for a (?:second|moment|beat|few seconds)|"
    r"(?:paused|pauses) (?:for a|and then)|then thump\w*|thump\w* (?:hard|really hard)"
)
PALPITATIONS = (
    rf"palpitations?|(?:{HEART_WORD}) (?:(?!{_NOT_A_SENSATION})[a-z]+ ){{0,4}}?(?:{RHYTHM_WORD})|"
    r"irregular (?:heart ?beats?|heart rhythm|pulse|rhythm)|missed beats|extra beats|afib|a fib|atrial fibrillation|arrhythmia|"
    r"(?:flutter\w*|flip\w*|skipping|skipped beats) (?:feeling |sensation )?in (?:my )?chest"
)
# "My heart skipped a beat when I saw my PR" is a figure of speech.
PALPITATIONS_NOT = (
    r"skip(?:s|ped|ping)? a beat (?:when|every time|each time|whenever|as soon as|because|seeing|at (?:the|my)|for)|"
    r"(?:stopped|sank|sunk|dropped) (?:for a second )?when i (?:saw|heard|read|realised|realized|got|opened)"
)
# A racing heart is expected in hard exercise; it is a warning only when it will not settle.
RACING = (
    r"heart (?:is |was |keeps |kept |started |starts |has been |been )?(?:racing|races|pounding|pounds|thumping|thumps|hammering|hammers|banging|"
    r"beating (?:really |so |super )?fast|going crazy)|racing heart|pounding heart"
)
RACING_BAD = (
    r"(?:wont|doesnt|didnt|not) (?:slow|settle|calm|go back)|even (?:at|when|while) (?:rest|resting|sitting|lying)|at rest|"
    r"even (?:sitting|lying|resting|in bed|on the (?:sofa|couch))|for (?:an|over an|\d+) hours?|for ages"
)
BREATHLESS = (
    r"short(?:ness)? of breath|breathless(?:ness)?|out of breath|cant (?:catch my )?breathe?|cannot breathe|"
    r"couldnt (?:catch my )?breathe?|cant catch my breath|couldnt catch my breath|(?:cant|couldnt) get my breath|struggling to breathe|struggle to breathe|"
    r"trouble breathing|hard to breathe|difficulty breathing|gasping(?: for (?:air|breath))?|(?:cant|couldnt|could not|cannot) get (?:enough )?air|winded|short winded|"
    r"(?:fighting|struggling) for (?:breath|air)|(?:cant|couldnt|could not|cannot) get (?:a word|words) out|"
    r"(?:cant|cannot|couldnt) (?:lie|sleep) (?:down|flat) without (?:getting |being |feeling )?(?:short of breath|breathless|out of breath)"
)
# Breathlessness that is not ordinary effort (Allina: making talking hard; NHS: at rest, lying
# flat, waking at night, on very little effort, new or worse than before).
BREATHLESS_BAD = (
    r"(?:at|even at|when at|while at) rest|resting|sitting(?: down| still)?|lying (?:down|flat|in bed)|lie flat|in bed|at night|prop\w* (?:myself |me )?up|"
    r"wake (?:up )?(?:at night )?(?:gasping|breathless|short of breath)|woke up (?:gasping|breathless)|propped up|sudden\w*|"
    r"(?:cant|couldnt|could not|cannot|unable to|hard to|barely) (?:[a-z]+ ){0,4}?(?:talk|speak|get (?:a word|words) out)|"
    r"worse than (?:usual|normal|before)|more than (?:usual|normal|before)|never (?:used to|had)|didnt use to|(?:thats|its|is) new|new for me|"
    r"not normal|unusual\w*|blue lips|lips (?:are |went |turned )?blue|wont go away|doesnt go away|getting dressed|doing anything|doing nothing|"
    r"(?:easy|gentle|light|slow|short) (?:jog|run|walk|swim|ride|session|pace)|cold sweat\w*|clammy|had to grab (?:the side|the rail|onto|hold of)"
)
# Little effort ("one flight of stairs", "walking to the car"): a warning with a second sign.
LIGHT_EFFORT = (
    r"(?:one|a single|1|a) flights? of stairs|(?:walking|walk|going) (?:to|across|around) (?:the )?(?:car|room|kitchen|bathroom|shop|shops|house|bus stop|mailbox|postbox)|"
    r"a few steps|short walk|(?:just|even|only) (?:walking|talking|standing|getting up|showering)|carrying (?:the )?(?:shopping|groceries)"
)
CHANGE = r"lately|recently|these days|now|getting worse|worse|never used to|used to be fine|didnt use to|new|all of a sudden"
# NHS: swollen ankles, feet or legs with breathlessness are a sign of heart failure.
SWELLING = (
    r"(?:ankles?|feet|legs|lower legs) (?:and (?:ankles?|feet|legs) )?(?:have been |has been |are |is |been |keep |get |getting |started |have )?"
    r"(?:really |a bit |so |very )?(?:swell\w*|swollen|puffy|puffed up)|swollen (?:ankles?|feet|legs)|swelling (?:in|of|around) (?:my )?(?:ankles?|feet|legs)"
)
DIZZY = r"dizz\w*|light ?headed\w*|woozy|room (?:is |was )?spinning|vertigo|seeing stars"
# PAR-Q: losing balance because of dizziness.
BALANCE_LOST = (
    r"lost (?:my )?balance|los(?:e|ing) (?:my )?balance|fell (?:over|down|off)|fell|nearly fell|almost fell|(?:to )?not fall|falling (?:over|down)|fall over|keep falling|"
    r"(?:grab|grabbed|hold onto|held onto) (?:the |a |onto )?(?:rail|wall|bar|handles?|machine)|had to (?:sit|lie|get) (?:down|off)|"
    r"(?:legs|knees) (?:gave way|buckled)"
)
SPREADING = (
    r"(?:pains?|aches?|aching|numb\w*|tingl\w*|heaviness) (?:in|down|into|to|spreading (?:to|into|down)|going (?:down|into|to)|"
    r"radiating (?:to|into|down)) (?:my |the |his |her )?(?:left |right )?(?:arms?|jaw|neck|shoulders?|back)|"
    r"(?:left |right )?(?:arm|jaw) (?:pain|hurts|aches|is numb|numb\w*|tingl\w*|feels heavy)|spreading|radiat\w*"
)
# Arm or jaw symptoms on exertion, without chest pain: a doctor before training again (AHA).
ARM_JAW = (
    r"(?:left arm|jaw|my jaw)(?: and (?:teeth|neck|throat|shoulder|left arm))? (?:goes |going |gets |getting |is |feels |went |starts |start )?"
    r"(?:numb|tingly|tingling|heavy|pain|painful|hurts?|aching|aches?)|(?:pain|numbness|tingling|aching|ache|tightness) in (?:my )?(?:left arm|jaw)|"
    r"(?:pain|ache|aching|tightness|numbness)(?: that| which)?(?: goes| going| spreads| spreading| radiates| radiating| shoots| shooting| moves)? "
    r"(?:into|up (?:into|to)|down|to) (?:my )?(?:jaw|left arm|teeth|neck and jaw)"
)
# AHA: with chest discomfort, a cold sweat, nausea or light-headedness means call the emergency number.
CARDIAC_COMPANIONS = (
    r"cold sweats?|sweating (?:a lot|heavily|buckets)|clammy|nause\w*|feel(?:ing)? sick|felt sick|threw up|throwing up|vomit\w*|"
    r"light ?headed\w*|dizz\w*|(?:is|looks|went|turned|gone|going|hes|shes|theyre|im|looking)(?: [a-z]+ and)? (?:grey|gray|pale|ashen|blue|clammy)"
)
HEART_ATTACK = (
    r"(?:im|am i|i am|is|hes|shes|are|theyre|were|am) (?:having|going to have|gonna have|about to have) a heart attack|"
    r"(?:is this|this is|think (?:this is|its|it is)|could (?:this|it) be|might be|may be|feels like) a heart attack|"
    r"heart attack (?:right now|now)"
)
COLLAPSE_NOW = (
    r"(?:collapsed|passed out|fainted|keeled over|unconscious|not breathing|isnt breathing|stopped breathing|"
    r"wont wake up|not responding|unresponsive)"
)
HEART_HISTORY = (
    r"(?:i|ive|i ve|i have|i had|i have had|had|have|diagnosed with|been diagnosed with|living with) "
    r"(?:a |an )?(?:heart attack|heart condition|heart disease|heart failure|heart problem|heart problems|"
    r"stent|stents|bypass|pacemaker|cardiomyopathy|angina|afib|a fib|atrial fibrillation|arrhythmia|"
    r"heart surgery|high blood pressure|hypertension)"
)

# --- eating disorders ------------------------------------------------------------------------------

REFLEXIVE = r"(?P<who>myself|my self|me|herself|himself|themselves|themself|yourself|ourselves)"
PURGING = (
    rf"(?:make|makes|making|made|force|forces|forcing|forced) {REFLEXIVE} (?:throw up|be sick|sick|vomit|puke|purge)|"
    r"(?:fingers?|toothbrush) down (?:my|the|her|his|their) throat|"
    r"(?:purge|purges|purging|purged)(?! (?:my|the|your|our|their|his|her|old|all|clothes|closet|wardrobe|files|emails|list|cache|"
    r"inbox|stuff|house|room|photos|apps|friends list|phone|desk|garage|toxins|junk))|"
    r"binge (?:and|then) (?:purge|throw up|puke|be sick)|chew and spit|chewing and spitting|"
    r"(?:get|getting|got) rid of (?:my |the |what i )?(?:food|meals?|dinner|lunch|breakfast|ate|calories) by (?:being sick|throwing up|vomiting|purging|making myself sick)|"
    r"(?:chew|chewing|chewed) (?:[a-z]+ ){0,3}(?:and|then) (?:just )?(?:spit|spitting|spat)(?: it| them)? out"
)
# "Chew and spit" of seed shells or wine tasting is not purging.
CHEW_SPIT_NOT = r"shells?|husks?|seeds?|gum|tobacco|wine|pits?|pips?|olive stones?|bones?|gristle|skins?"
# Throwing up after meals, or bringing food back up: purging only when habitual or for weight
# (see PURGING_NOT).
PURGING_AFTER_MEALS = (
    r"(?:throw|throwing|threw|puke|puking|vomit|vomiting|be sick|sick|being sick) (?:(?:it|up|on purpose|deliberately|again|straight|right|everything|all) )*"
    r"(?:after|when|whenever|every time|each time) (?:i |she |he |they )?(?:eat|eats|eating|ate|binge\w*|meals?|every meal|dinner|lunch|breakfast|food|a meal)|"
    r"(?:throw|throwing|threw|puke|puking|puked|vomit\w*|bring|bringing|brought|get|getting|got) (?:up )?(?:all )?(?:of )?(?:my |the |her |his )?"
    r"(?:food|meals?|dinner|lunch|breakfast|it all|everything i (?:eat|ate))(?: back)?(?: up)?"
)
# "I threw up after eating bad sushi" is food poisoning, not purging.
PURGING_NOT = r"food poisoning|bad (?:sushi|chicken|food|seafood|oysters|prawns|meat|kebab)|stomach (?:bug|flu|virus)|norovirus|virus|hangover|drunk|migraine|morning sickness|motion sickness|car sick|carsick|seasick|pregnan\w*"
ILLNESS = r"sick|sickness|ill|illness|flu|virus|covid|food poisoning|stomach bug|norovirus|hospital|surgery|diarrh\w*|gastro\w*|infection|chemo\w*"
HABITUAL = r"every time|each time|whenever|always|every day|after every|every meal|on purpose|deliberately|again|keep|been|most (?:days|nights)|every night"
# The ED behaviours the guidance lists: laxatives, diuretics ("water pills"), diet pills.
LAXATIVE = (
    r"laxatives?|laxitives?|diuretics?|water pills?|water tablets?|diet pills?|slimming pills?|slimming tablets?|weight loss pills?|"
    r"fat burner pills?|appetite suppressants?|ipecac|dulcolax|senna|ex ?lax|detox tea\w*"
)
# A diuretic or weight-loss medicine from a doctor, or a laxative for the bowel.
LAXATIVE_NOT = r"constipat\w*|bowel|colonoscopy|blood pressure|heart failure|oedema|edema|prescribed|my doctor|my gp|orlistat|wegovy|ozempic|mounjaro|kidney"
WEIGHT_PURPOSE = (
    r"lose|losing|lost|weight|thin|thinner|skinny|skinnier|fat|flat stomach|slim|slimmer|drop|shed|burn|calories|kcal|"
    r"weigh in|weigh ins|make weight|cut weight|after (?:i )?(?:eat|ate|eating|binge\w*|meals?)|feel empty|get rid of|purge|"
    r"flush|bloat\w*|smaller|size|(?:stomach|tummy|belly) flat\w*|after every (?:meal|bite|snack)|nothing stays in|flatten\w*|flat (?:tummy|belly)|lighter|weigh less|scales?|gain|gaining|put on weight|stay thin|lean out|get down to|"
    r"(?:doesnt|dont|wont|will not|does not) count|undo|cancel out|make up for"
)
# "Starving, what's for lunch?" is hunger: only starving oneself is the red flag.
STARVING = (
    rf"(?:starve|starves|starving|starved) {REFLEXIVE}(?! of (?!food|calories|nutrients|carbs|energy))|"
    r"(?:starve|starving) (?:to (?:lose|get|be|drop)|for (?:a|the|\d+|one|two|three|few|several) (?:days?|weeks?|months?)|until|so i|so that i)"
)
STOP_EATING = (
    r"(?:stop|quit|stopped|quitting|stopping|give up|gave up|cut out) (?:(?:myself|me) (?:from )?)?(?:eating|food)(?: food)?"
    r"(?= (?:completely|entirely|altogether|totally|at all|for|to|so|until|and|just|forever|\.|\?|,)(?![a-z0-9])|$)"
)
SMALL_FOOD = r"apple|banana|rice cake|yogh?urt|orange|egg|cracker|carrot|cucumber|piece of fruit|slice of (?:bread|toast)|cup of soup|soup|salad"
NOT_EATING = (
    r"(?:not|stop|avoid|without|no) (?:eating|eat|food|foods|meals)(?: anything| at all)? "
    r"(?:for|until|in|over) (?:a|an|one|two|three|four|five|six|seven|ten|\d+|several|a few|few|the next|the whole|a whole) "
    r"(?:days?|weeks?|months?|whole week)|"
    r"(?:havent|hasnt|hadnt|didnt|dont) (?:eaten|eat|had (?:any )?food|had a meal)(?: anything| a thing| properly)? "
    r"(?:in|for) (?:days|weeks|a week|a fortnight|a month|(?:two|three|four|five|six|seven|\d+|several|a few|a couple of) (?:days|weeks))|"
    r"(?:eat|eating|ate|eaten) (?:nothing|barely anything|almost nothing)(?: at all)?(?: for| all| but| except| today| this week| in| to| so|$| \.| ,)|"
    r"(?:live|living|survive|surviving|exist|existing) on (?:only |just )?(?:water|black coffee|coffee|diet coke|gum|air|ice|lettuce|celery)|"
    r"(?:only|nothing but|just) (?:drink|drinking|drank|have|having)? ?(?:water|black coffee|diet coke) "
    r"(?:(?:for|all) (?:a|one|two|three|\d+|the|several|few|day|days|week|weeks)|"
    r"(?:until|till|til) (?:then|the (?!(?:morning|afternoon|evening|lunch|dinner|breakfast|meal)(?![a-z0-9]))[a-z]+|i (?:lose|hit|reach|get|drop|weigh|fit)|my (?:wedding|holiday|weigh in|event|party)))|"
    r"skip(?:ping)? (?:all|every|most) (?:my |of my )?meals|skip(?:ping)? meals (?:to|so|until|for (?:days|a week|weeks|(?:two|three|four|five|several|a few|\d+) days))|"
    r"(?:go|going|went|gone) (?:days|weeks|a day or two|(?:two|three|four|five|several|a few|\d+) days) without (?:eating|food|a meal)|"
    r"(?:water|juice|dry) fast(?:ing)? for (?:a|one|two|three|four|five|six|seven|ten|\d+) (?:days?|weeks?)|"
    r"fast(?:ing)? for (?:a week|a month|(?:three|four|five|six|seven|ten|fourteen|[3-9]|\d{2,}) (?:days|weeks))|"
    # multi-day fasts said the other way round: "a 5 day water fast", "72 hour fast", "day 4 of eating nothing"
    r"(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten|fourteen|twenty one|thirty) days? (?:long )?(?:water |juice |dry |extended |liquid )?fast|"
    r"(?:4[89]|[5-9]\d|[1-9]\d\d|forty eight|seventy two|ninety six) hours? (?:water |juice |dry |extended )?fast|"
    r"fast(?:ing)? for (?:4[89]|[5-9]\d|[1-9]\d\d|forty eight|seventy two) hours|"
    r"day (?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten) of (?:my )?(?:water |juice |dry )?(?:fast|fasting|not eating|eating nothing|no food)|"
    # one small thing a day
    rf"(?:only|just) (?:eat|eating|ate|have|having|allow myself) (?:an?|one|half an?|a single) (?:small )?(?:{SMALL_FOOD})s? (?:a|per|each|every) day|"
    rf"(?:only|just) (?:eaten|had|ate) (?:an?|one|half an?|a single) (?:small )?(?:{SMALL_FOOD})s?(?: [a-z]+){{0,8}} (?:all week|for days|for a week|keep it that way|every day|each day)"
)
# Eating very little, as a habit: makes fainting, missed periods or diet pills a red flag.
RESTRICTING = (
    r"(?:barely|hardly) (?:eat|eating|ate|eaten)(?: anything)?|(?:eat|eating|ate|eaten) (?:so|very|too) little|"
    r"(?:not|never|dont|didnt|havent|hadnt|wasnt) (?:been )?eat(?:ing|en)? (?:enough|much|anything|properly)"
    r"(?! (?:protein|carbs|fibre|fiber|fat|veg\w*|fruit|greens|iron|before|during|today|yet|this morning|for breakfast|since))|"
    r"from not eating|(?:starv|restrict)\w* (?:myself|me|calories|my food)|(?:been|started|keep|im|i am|was) restricting|cutting calories (?:hard|so much|right down|to nothing)|"
    r"(?:living|live|surviving|survive) (?:off|on) (?:nothing|almost nothing|\d+ (?:calories|cals|kcal))|" + NOT_EATING
)
# Exercise to burn off food, as a compulsion ("I have to run until I've burned off everything").
COMPULSIVE_EXERCISE = (
    r"(?:have to|must|make myself|force myself|made myself|forced myself|cant stop until i) (?:[a-z]+ ){0,8}?"
    r"burn(?:ed|t|ing)? (?:it|that|them|everything|every calorie|all of it|it all|off (?:everything|every (?:single )?calorie|what i (?:ate|eat)|all|my (?:food|meals?|dinner|lunch|breakfast)))(?: off)?|"
    r"burn(?:ed|t|ing)? off (?:everything|every (?:single )?calorie|all (?:the|my) (?:food|calories)|what i (?:ate|eat)|every(?:thing)? i (?:eat|ate))|"
    r"(?:dont|do not|wont|cant|never) (?:let myself |allow myself to |allowed to |get to )?eat (?:anything |a thing )?(?:until|unless|before) "
    r"(?:i |ive |i have |i ve )?(?:[a-z0-9]+ ){0,3}?(?:work\w* out|worked out|run|ran|exercis\w*|burn\w*|trained|train|workout|steps|cardio|miles|gym|session)|"
    r"(?:have to|must|need to|got to|gotta) earn (?:my |the )?(?:food|meals?|dinner|lunch|breakfast|calories)|"
    r"(?:burn\w*|exercis\w*|work\w*|run\w*|sweat\w*) (?:it |them |that )?off (?:everything|every (?:single )?(?:thing|calorie|bite|meal)|all (?:the|my) (?:food|calories)|"
    r"what i (?:ate|eat)|every(?:thing)? i (?:eat|ate))|"
    r"(?:make myself|force myself|made myself|forced myself|have to|must) (?:run|exercise|work out|train|do (?:cardio|burpees|sit ups|crunches|laps)|go (?:running|to the gym)) "
    r"(?:[a-z]+ ){0,3}?(?:every time|whenever|after|when|if) (?:i )?(?:eat|ate|have eaten|binge)"
)
# Missed periods (amenorrhoea): a red flag with restriction or weight loss, not in pregnancy,
# on contraception or in the menopause.
AMENORRHOEA = (
    r"(?:lost|losing|lose) (?:my |her )?periods?|(?:my |her )?periods? (?:has |have |had )?(?:stopped|gone|disappeared|went away|vanished|dried up)|"
    r"(?:havent|hasnt|hadnt|not) (?:had|got|gotten) (?:a|my|her|any) periods?(?: in| for| since)|no periods? (?:in|for|since)|"
    r"missed (?:[a-z]+ ){0,2}periods|amenorrh\w*"
)
AMENORRHOEA_NOT = r"pregnan\w*|the pill|contracepti\w*|coil|iud|implant|injection|menopaus\w*|perimenopaus\w*|breastfeeding|pcos|hysterectomy"
NOT_EATING_NOT = r"ramadan|lent|yom kippur|religious|surgery|operation|procedure|blood test|colonoscopy|scan|anaesthe\w*|anesthe\w*|intermittent|16 8|18 6|overnight"
ED_DISCLOSURE = (
    r"(?:i have|ive got|i ve got|i got|im|i am|i was|i m|my|ive been|been|struggl\w* with|recovering from|recovery from|"
    r"relaps\w*(?: into| with)?|diagnosed with|i think i have|i might have|suffer\w* (?:from|with)|battl\w* with|dealing with|"
    r"living with|history of) (?:an |a |my )?(?:eating disorder|anorexi\w*|bulimi\w*|binge eating disorder|arfid|ednos|osfed|orthorexi\w*)|"
    r"\bim (?:anorexic|bulimic)|i am (?:anorexic|bulimic)|my eating disorder"
)
ED_CUES = (
    r"pro ana|pro mia|thinspo|thinspiration|meanspo|bonespo|ana coach|ana buddy|ana tips|mia tips|"
    r"(?:suppress|kill|ignore|stop|numb|curb|trick) (?:my |your )?(?:hunger|appetite)(?: completely| entirely)? (?:so|to|for|until|without)|"
    r"(?:hide|hiding|hid) (?:not eating|that i dont eat|that im not eating|my eating|food|my weight loss) from|"
    r"(?:hide|hiding|hid|keep|keeping) (?:it )?from (?:[a-z]+ ){1,3}(?:that (?:im|i am|i)|the fact (?:that )?(?:im|i)) "
    r"(?:not eating|dont eat|skip\w*|throw\w* up|purg\w*|starv\w*|barely eat\w*)|"
    r"(?:i )?dont deserve (?:to eat|food|dinner|lunch|breakfast|a meal)|"
    r"(?:scared|afraid|terrified|frightened) of (?:eating|food|gaining(?: weight)?|getting fat)|fear of (?:eating|food|gaining)|"
    r"(?:punish|punishing|punished) (?:myself|me) (?:with|by|for eating)|"
    r"cant stop (?:binge\w*)|binge\w* (?:and|then) (?:starve|restrict|fast)|"
    r"(?:fast|fasting|starve|starving|restrict\w*|skip\w* meals) (?:[a-z]+ ){0,3}?(?:after|when|whenever|every time) (?:i |she |he )?binge\w*|"
    r"how little (?:can|could|should|do|must) i eat|(?:the )?least (?:amount of food|food|calories) i can (?:eat|get away with|survive on)|"
    r"(?:the )?least i (?:can|could) (?:eat|get away with eating|survive on)|"
    r"(?:i|im|ive been|been) (?:restricting|restrict)(?: again| my food| food| calories| everything)?|"
    r"(?:eat|eating|ate) (?:and )?then (?:feel )?(?:so )?(?:disgusting|disgusted|guilty) (?:and|so) (?:throw|purge|starve|skip)|"
    r"(?:skip|skipping|not eat|not eating|starve|starving|fast|fasting|run|running|exercise|exercising|burn|burning|work out|working out) "
    r"(?:[a-z]+ ){0,4}(?:to )?(?:make up for|compensate for|undo|cancel out|earn) (?:it|eating|what i (?:ate|eat)|the food|that|everything|my food|meals)|"
    r"(?:feel|felt|feeling) (?:so |really |very )?(?:disgusting|disgusted|gross|guilty|ashamed) (?:after|when|whenever|every time) (?:i )?(?:eat|eating|ate)(?= [a-z ]*(?:skip|purge|throw|starve|not eat|make up|compensate|days|dont anymore|dont eat|stopped|stop eating))"
)
# Intake and loss figures are parsed in `host.safety.numbers`.
CALORIE_UNIT = r"kcals?|k cals?|cals?|calories|calorie|kilocalories"
PER_DAY = r"a day|per day|daily|each day|every day|a d|day|per diem|diet|intake|a day diet|a day plan"
NOT_INTAKE = (
    r"burn\w*|deficit|surplus|less|fewer|below|under (?:maintenance|my maintenance|tdee)|more|extra|over|above|"
    r"snacks?|breakfast|lunch|dinner|supper|meals?|per meal|a meal|bars?|drinks?|shakes?|workouts?|runs?|walks?|"
    r"steps|bmr|tdee|maintenance|protein"
)
LOSS_VERB = r"lose|loses|losing|lost|drop|drops|dropping|dropped|shed|sheds|shedding|get rid of|take off|cut|cutting|slim down by"

# --- pregnancy ----------------------------------------------------------------------------------

# Weeks of pregnancy: 4 to 42, in figures or words.
_WEEKS = r"(?:[4-9]|[1-3]\d|4[0-2]|twenty(?: [a-z]+)?|thirty(?: [a-z]+)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# "I'm 36 weeks", "at 38 weeks", "36 weeks, ...": not "4 weeks into my plan" or "12 weeks old".
_NOT_GESTATION = (
    r"of|into|in|in a row|ago|later|until|till|left|out|away|old|postpartum|post|since|after|from|training|plan|program|programme|"
    r"off|to go|straight|running|sober|clean|streak|before|now that"
)
PREGNANT = (
    r"pregnant|pregnancy|trimester|(?:im|i am|were|we are|shes|she is) expecting(?=(?: (?:a baby|twins|our|my|a little|\.|\?|,)(?![a-z0-9]))|$)|"
    r"baby bump|my bump|her bump|prenatal|antenatal|expecting (?:a baby|twins)|(?:\d+|twenty|thirty) weeks? (?:along|gone|gestation)|"
    r"(?:the|my|her) baby (?:hasnt|isnt|is not|has not|stopped|has stopped|kicking|kicks|movements?)|babys? movements?|"
    r"(?:felt|feel|feeling) (?:the |my |her )?baby (?:move|moving|kick\w*)|"
    rf"(?:^|(?<=[.?] )){_WEEKS} (?:weeks?|wks?)(?= (?:,|\.|and|now|today|i|im|my|with|pregnant)(?![a-z0-9])|$)|"
    rf"(?:im|i am|currently|now|nearly|almost|just over|just under|about|shes|she is|were|we are|wife is|partner is) {_WEEKS} (?:weeks?|wks?)"
    rf"(?! (?:{_NOT_GESTATION})(?![a-z0-9]))|"
    rf"at {_WEEKS} (?:weeks?|wks?)(?! (?:old|of|into|in a row|postpartum|post|out)(?![a-z0-9]))"
)
# Signs that say a pregnancy by themselves ("my waters broke", "the baby's gone quiet").
PREGNANCY_IMPLIED = (
    r"(?:my|her) waters? (?:(?:have|has|just|might have|may have|must have|might|may|think|i think|are|is) )*(?:broke|broken|gone|went|break|breaking|leaking)|"
    r"waters? (?:(?:have|has|just|might have|may have|must have|might|may) )*(?:broke|broken|went|gone)|"
    r"(?:the )?baby (?:hasnt|has not|isnt|is not|hasnt been|not|stopped|has stopped|doesnt|didnt) (?:been )?(?:moving|kicking|moved|kicked|move|kick)|"
    r"(?:the |my )?babys? (?:been |is |has been |s been |gone |went )?(?:really |very |so |a lot |much )?(?:quiet|quieter|still|less active|not as active)|"
    r"(?:fetal|foetal) movements?|(?:regular|painful|strong) contractions|contractions (?:every|coming|are (?:\d+|few|five|ten))|"
    r"labou?r (?:pains|has started|started)|mucus plug|"
    r"placenta (?:previa|praevia)|low lying placenta|cerclage|incompetent cervix|cervical insufficiency|gestational (?:diabetes|hypertension)"
)
# Not pregnant now: "trying to get pregnant", "after my pregnancy", "a pregnant pause".
NOT_PREGNANT = (
    r"(?:not|never been|never|no longer) pregnant|(?:trying|try|want|wants|wanting|hoping|plan\w*) (?:to )?(?:get|getting|be|become) pregnant|"
    r"(?:get|getting) pregnant|(?:was|were|used to be|have been) pregnant|(?:after|before|since) (?:my |her |the )?(?:pregnancy|baby|birth)|"
    r"postpartum|post partum|post natal|postnatal|gave birth|had (?:my|a|the) baby|pregnant pause|pregnant with (?:meaning|possibilit\w*)|"
    r"pregnancy test(?! (?:was |came back |is )?positive)|negative pregnancy|not expecting|pregnancy (?:scare|scares)|"
    r"(?:could|might|can|am) i be pregnant|am i pregnant|(?:if|whether) im pregnant|last (?:year|pregnancy)|years ago"
)
PREGNANCY_SIGNS: dict[str, str] = {
    "bleeding": (
        r"bleed\w*|spotting(?! (?:me|him|her|for|them|each other|my))|blood (?:loss|clots?|when i wipe|in my (?:underwear|pants))|passing clots|"
        r"(?:pink|brown|red|bloody|blood stained|bloodstained) (?:discharge|mucus|spotting)"
    ),
    "contractions or tummy pain": (
        r"(?<!muscle )(?<!eccentric )(?<!concentric )(?<!isometric )(?<!bicep )(?<!biceps )(?<!quad )contractions?|"
        r"(?:stomach|tummy|belly|abdominal|period like|period|pelvic|lower|bad|painful|strong|severe|regular|awful) (?:cramps?|cramping|pains?|aches?|hurts?)|"
        r"cramping (?:in|down) (?:my |her )?(?:stomach|tummy|belly|abdomen|pelvis)|pains? in (?:my |her )?(?:stomach|tummy|belly|abdomen|pelvis)|"
        r"(?:stomach|tummy|belly|abdomen|uterus|womb) (?:is |keeps |has been |been |started |keeps on )?cramping|"
        r"(?:pains?|cramps?|aches?) (?:low |low down |down low )?in (?:my |her )?(?:lower )?(?:stomach|tummy|belly|abdomen|pelvis|bump)"
    ),
    "leaking fluid": (
        r"(?:waters?|water) (?:(?:are|is|have|has|keep|keeps|started|just|might be|may be|been|might have|may have) )*(?:broke|broken|break|breaking|leak\w*)|"
        r"(?:my |her )?waters (?:(?:have|has|just|might have|may have) )*(?:gone|went)|"
        r"leak\w* (?:[a-z]+ )?(?:fluid|water|liquid)|fluid (?:leak\w*|coming out)|gush of (?:fluid|water)|trickl\w* (?:of )?(?:fluid|water)|"
        r"(?:fluid|water|it) (?:is |s |keeps |still )?trickling|(?:fluid|water|liquid) (?:is |keeps |started )?(?:running|dripping|coming|trickling|gushing) (?:down|out)|(?:pants|underwear|knickers|leggings) (?:are |keep getting |got |keep )(?:wet|soaked|damp)"
    ),
    "dizziness or feeling faint": DIZZY + r"|" + FAINT,
    "chest pain": CHEST,
    "breathlessness": r"(?:short(?:ness)? of breath|breathless\w*|out of breath|cant (?:catch my )?breathe?) (?:before|at rest|even (?:at rest|before|when resting|sitting)|while resting|sitting down|lying down)|" + BREATHLESS + r"(?= (?:before|at rest))",
    "calf pain or swelling": (
        r"(?:calf|calves|leg) (?:pain|pains|hurts|swelling|swollen|is swollen|tender\w*|red|warm|aching)|swollen (?:calf|calves|leg)|"
        r"pain in (?:the back of )?(?:my |her )?(?:calf|calves|lower leg)|pain in the back of (?:my |her )?leg|"
        r"(?:leg|calf) (?:thats|that is|is|which is|thats gone|has gone|went) (?:[a-z]+ )?(?:swollen|hot|red|warm|tender)"
    ),
    "reduced movement": (
        r"(?:baby|babys|bump) (?:isnt|hasnt|is not|has not|not|stopped|hasnt been|havent felt (?:the )?baby|has stopped|stopped|doesnt seem to be|wont|didnt) "
        r"(?:been )?(?:moving|kicking|moved|kicked|move|kick)|(?:baby|babys|bump) (?:is |has been )?(?:moving|kicking) less|"
        r"(?:reduced|decreased|fewer|less|no|not as many|not much|slower) (?:fetal |foetal |baby |babys )?(?:movements?|kicks?|kicking)|"
        r"(?:cant|havent|didnt|dont|cannot|couldnt) feel (?:the |my |her )?baby(?: move| moving| kick\w*)?|havent felt (?:the |my |any )?(?:baby|kicks|movement)|"
        r"(?:babys?|bump) (?:been |is |has been |s been |gone |went |has gone |seems )?(?:really |very |so |a lot |much )?(?:quiet|quieter|still|less active|not as active)|"
        r"(?:not|havent been|isnt) (?:feeling|felt) (?:the |any |my |her |as many |much )?(?:kicks|movements?|baby)|"
        r"(?:kicks|movements?) (?:have |has |are |have been )?(?:slowed|stopped|reduced|decreased|changed|fewer|less|weaker)|(?:isnt|is not|not) as active"
    ),
    "a severe headache or blurred vision": (
        r"(?:severe|bad|terrible|awful|splitting|pounding|blinding|really bad|worst) headaches?|blurr\w* vision|vision (?:is )?blurr\w*|"
        r"(?:see|seeing|saw) (?:spots|flashing lights|stars)|flashing lights|headache (?:that )?(?:wont|doesnt|will not|isnt) (?:go|going|ease|easing|shift)|"
        r"headache (?:that )?(?:paracetamol|painkillers|tablets) (?:isnt|wont|doesnt|arent)"
    ),
    "sudden swelling of the face, hands or feet": (
        r"sudden\w* (?:swelling|puffiness|swollen|puffy) (?:in |of |around )?(?:my |her )?(?:face|hands|fingers|feet)|"
        r"(?:face|hands|fingers) (?:and (?:hands|feet|face|fingers) )?(?:are |have |has |got |suddenly |gone |went |really |so )*(?:swollen|puffy|swelled|swelling up)|"
        r"swelling (?:in|of|around) (?:my |her )?(?:face|hands|fingers)"
    ),
    "palpitations": PALPITATIONS + r"|heart (?:[a-z]+ ){0,4}?(?:racing|pounding|races|pounds) (?:[a-z]+ ){0,3}?(?:at rest|resting|sitting|lying down)",
}
# Tightenings, cramps and Braxton Hicks are a warning sign when regular or painful (ACOG:
# "regular painful contractions"); mild, irregular ones are normal.
TIGHTENING = (
    r"tightenings?|tightening (?:in|of|across) (?:my |her |the )?(?:bump|belly|tummy|stomach|abdomen|womb|uterus)|"
    r"(?:bump|belly|tummy|stomach|uterus|womb) (?:(?:keeps|is|going|goes|gets|getting|went|feels|feeling|has|been|keeps going) )+(?:really |very |so |rock )?(?:hard|tight|tense)|"
    r"braxton hicks|(?<!leg )(?<!calf )(?<!foot )(?<!toe )(?<!muscle )(?<!hamstring )(?<!quad )cramps?|cramping|"
    r"pressure (?:down below|in my (?:pelvis|vagina|bottom|cervix))|pelvic pressure|(?:lower )?back (?:pain|ache) (?:that )?(?:comes and goes|coming and going)|waves of pain|surges"
)
REGULAR = (
    r"regular\w*|every (?:few|couple of|\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (?:minutes|mins|min)|"
    r"(?:\d+|few|five|ten) (?:minutes|mins) apart|painful|pain|hurts?|hurting|strong|stronger|closer(?: together)?|"
    r"coming and going|come and go|wont stop|keep coming|getting worse|more often|cant talk through|timing them|timed them"
)
MILD = r"mild|irregular|practice|painless|occasional|not painful|dont hurt|doesnt hurt|no pain|on and off"
# ACOG: muscle weakness affecting balance (weakness and balance together).
WEAKNESS = r"(?:legs?|muscles?|arms?|body) (?:feel |felt |are |went |going |keep |feels |feeling |keeps )?(?:so |really |very )?(?:weak|wobbly|like jelly|shaky)|muscle weakness"
BALANCE = BALANCE_LOST + r"|unsteady|off balance|keep falling|stumbl\w*"
# Complications that mean "ask your obstetrician before exercising" (ACOG, HSE).
PREGNANCY_COMPLICATIONS = (
    r"placenta (?:previa|praevia)|low lying placenta|pre eclampsia|preeclampsia|pregnancy induced hypertension|"
    r"gestational hypertension|incompetent cervix|cervical insufficiency|cerclage|preterm labou?r|premature labou?r|"
    r"high risk pregnancy|twins|triplets"
)

# --- self-harm and suicide --------------------------------------------------------------------------

# Medicines people overdose on, and how much of them (for overdose phrasing, done or intended).
MEDS = (
    r"pills?|tablets?|meds|medications?|medicines?|painkillers?|paracetamols?|acetaminophen|tylenol|ibuprofen|aspirin|"
    r"co codamol|codeine|antidepressants?|sleeping (?:pills|tablets)|insulin|opioids?|oxy\w*|benzos?|xanax|diazepam|valium|"
    r"sertraline|fluoxetine|prozac|citalopram|lithium|prescription|heart pills|blood pressure pills"
)
_A_LOT_OF = (
    r"every (?:single )?(?:one of (?:my |the )?)?|the (?:whole|entire|rest of the) (?:bottle|box|packet|pack|strip|lot|tub|blister) of (?:my |the )?|"
    r"a (?:whole|full|entire) (?:bottle|box|packet|pack|strip|tub) of (?:my |the )?|(?:a |the )?(?:load|lot|bunch|handful|fistful|heap|pile|stack) of (?:my |the )?(?:[a-z]+s )?|"
    r"loads of (?:my |the )?(?:[a-z]+s )?|too many (?:of (?:my|the) )?|enough (?:of (?:my|the) )?|the rest of (?:my |the )?|(?:[1-9]\d+|twenty|thirty|forty|fifty|a hundred|dozens of) (?:of (?:my|the) )?"
)
OVERDOSE_ACT = rf"(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|neck|necking) (?:{_A_LOT_OF}|all (?:of )?(?:my |the |those |these )?)(?:{MEDS})"
# "I keep thinking about taking all my pills at once": an overdose thought, not a timing question.
IDEATION_LEAD = (
    r"thinking (?:about|of)|think about|thought (?:about|of)|want to|wants to|wanna|wanted to|feel like|tempted to|urges? to|"
    r"going to|gonna|about to|plan(?:ning)? to|could just|might just|should just|considering|imagin\w*|fantasi[sz]\w* about|"
    r"wish i could|ready to|dream(?:ing)? (?:about|of)|cant stop thinking about|decided to"
)
OVERDOSE_THOUGHT = rf"(?:{IDEATION_LEAD}) (?:just )?(?:{OVERDOSE_ACT}|(?:overdos\w*|od|oding) on (?:my |the |some |all (?:my|the) )?(?:{MEDS}))"
OVERDOSE_DONE = (
    rf"(?:took|taken|swallowed|downed|necked|just took) (?:{_A_LOT_OF})(?:{MEDS})|"
    rf"(?:took|taken|swallowed) all (?:of )?(?:my |the )?(?:{MEDS}) (?:on purpose|deliberately|to (?:die|end it|sleep forever|not wake up))|"
    rf"overdosed(?! on (?!(?:my |the |some |all (?:my|the) )?(?:{MEDS})))|(?:ive|i have|just) (?:od|odd|overdosed)"
)
# Asking for a method or a lethal amount: a red flag whoever the question is about.
METHOD_QUESTION = (
    rf"how many (?:(?:{MEDS})|of (?:my|these|them|the) [a-z]+) (?:would|does|do|will|could|should|to) (?:it )?(?:take|kill|i need)? ?(?:to )?"
    r"(?:die|kill (?:me|myself|you|someone|a person)|not wake up|never wake up|end it|be fatal|overdose)|"
    rf"(?:lethal|fatal|deadly) (?:dose|amount) of (?:{MEDS})|how much (?:{MEDS})(?: [a-z]+)? (?:would|does|to) (?:it take to )?(?:die|kill|overdose|be fatal)|"
    r"(?:best|easiest|quickest|fastest|painless|least painful|surest) way to (?:die|kill myself|end (?:my life|it)|commit suicide)"
)
# About to jump from a height: an emergency.
JUMP = r"(?:going to|gonna|about to|want to|wanna|will|ready to) jump(?= (?:off|from|in front)(?![a-z0-9])| \.| ,| \?|$)"
HEIGHT = r"bridge|roof|rooftop|ledge|edge|cliff|building|balcony|window|tracks|platform|car park"
# Means at hand ("the pills are in front of me"): an emergency with intent or after a disclosure.
ACCESS = (
    rf"(?:the |my |all the |all my )?(?:{MEDS}|rope|blade|razor|knife) (?:are|is) (?:right )?(?:here|in front of me|next to me|in my hand|on the (?:table|bed|counter)|lined up|counted out|ready)|"
    rf"(?:ive|i have|i ve|got) (?:the |my )?(?:{MEDS}|rope|blade|razor|knife) (?:right )?(?:here|in front of me|next to me|in my hand|ready|lined up|counted out)|"
    r"(?:counted|lined) (?:them |the [a-z]+ )?(?:out|up)|(?:theyre|they are|its) (?:right )?(?:here|in front of me|next to me|in my hand)"
)
# Taking all of one's pills as the day's routine ("out of the packet into an organiser").
OVERDOSE_NOT = (
    r"out of (?:the )?(?:packet|box|bottle|pack|blister)|organi[sz]er|dosette|with (?:food|breakfast|lunch|dinner|water|milk)|as prescribed|"
    r"(?:in|each|every) (?:the )?morning|for the week|on time|together or|at the same time or|spread them"
)
# "Cutting" as a diet phase, not self-harm ("started cutting again after my bulk").
CUT_DIET = r"bulk\w*|macros?|calories|carbs|cals|kcal|deficit|diet\w*|shred\w*|lean\w*|protein|weight|fat|show|comp|competition|prep|season"
USE_THEM = r"(?:going to|gonna|about to|will|ready to|want to|wanna) (?:take|swallow|use|do) (?:them|it|all)"
# Planning: how, when, where has been decided.
PLAN = (
    r"(?:i have|ive got|got|made|have|ive made|i made) a (?:plan|date)|(?:worked out|figured out|decided|planned|chosen|picked) (?:exactly )?(?:how|when|where)|"
    r"(?:picked|chosen|set|decided on|booked) (?:a|the) (?:date|day|time|place|spot|method)|know (?:exactly )?how (?:im going to|i will|ill|id|i would) do it"
)
# When: "I'm going to do it tonight", "tonight's the night".
TIMING = (
    r"(?:do it|end it|go through with it|kill myself|end my life)(?: [a-z]+){0,2}? (?:tonight|today|tomorrow|this weekend|soon|now|right now|after (?:this|work|school|everyone))|"
    r"(?:tonights|tonight is|todays|today is|tomorrows|tomorrow is) the (?:night|day)|the (?:night|day) (?:i|im going to|ill) (?:end it|do it|die|kill myself|go)"
)
TIMING_ALONE = r"the (?:night|day) (?:i|im going to|ill) (?:end it|die|kill myself|end my life|end everything)(?= \.| ,| \?|$)"
# Goodbye and preparation (Samaritans, empathySync #212): calm, oblique, marked by intent.
PREPARATION = (
    r"(?:wrote|written|writing|left|leaving) (?:a |some )?(?:letters?|notes?|goodbye [a-z]+|messages?) (?:to|for) (?:my [a-z]+|everyone|everybody|the people|each of [a-z]+)|"
    r"(?:found|finding|arranged|arranging|sorted|sorting) (?:a )?(?:new )?homes? for my (?:dog|cat|pets?|fish|kids)|"
    r"(?:gave|given|giving|give) away (?:all |most )?(?:of )?(?:my |all my )?(?:things|stuff|belongings|possessions|pets?|dog|cat)|"
    r"(?:gave|given|giving|give) (?:all )?(?:my |all my )(?:things|stuff|belongings|possessions) away|"
    r"(?:updated|sorted|wrote|made|finished|changed|done|did) (?:my |the )?will|paid (?:off )?(?:for )?(?:my |the )?funeral|funeral plan|"
    r"(?:put|putting|got|getting|sorted|sorting) (?:all )?(?:my )?affairs (?:in order|sorted)|(?:sorted|sorting|settled|settling) (?:out )?(?:all )?(?:my )?affairs|"
    r"said (?:my )?goodbyes?|saying goodbye (?:to|for)|say goodbye to (?:everyone|my)|goodbye everyone|bye everyone|"
    r"(?:deleted|deleting) (?:all )?my (?:accounts|social media|photos)"
)
FINALITY = (
    r"(?:you|anyone|nobody|no one) (?:wont|will not|will never|ll never|wont ever) (?:hear from|see|talk to) me (?:again|after (?:tonight|today|this))|"
    r"(?:this is|its) (?:my )?(?:last|final) (?:message|goodbye|post|time (?:talking|i talk))|"
    r"(?:after|when|once) im (?:gone|dead|not here|no longer here|not around)(?! (?:on|for|to|away|out|from|at|in)(?![a-z0-9]))|"
    r"(?:wont|will not|dont) need (?:[a-z]+ ){0,2}(?:where im going|after (?:tonight|today|this week))|"
    r"(?:wont|will not) be (?:around|here|alive) (?:much longer|for much longer|for long|anymore|any more|to see)|"
    r"(?:not|wont be|not going to be|not gonna be) (?:here|around|alive) (?:much longer|for long|for much longer)|last (?:day|night) (?:alive|on earth)|"
    r"said (?:my )?goodbyes(?! to (?:the|my old|our old))|this is (?:my )?goodbye(?! to (?:carbs|sugar|junk|the|my old|fast food))"
)
# "I won't be here next week" says goodbye only beside hopelessness ("no point logging my meals").
WEAK_FINALITY = r"(?:wont|will not) be (?:here|around) (?:next week|tomorrow|next month|by [a-z]+)"
HOPELESS_CONTEXT = r"no point|doesnt matter|pointless|whats the point|why bother|who cares"

SUICIDE_INTENT = (
    r"(?:going to|gonna|about to|plan(?:ning)? to|will|decided to|ready to|tonight (?:i|ill)|im|i am|finally|might|may|could|should|ill|id)"
    r"(?: just| finally| probably| actually)? "
    r"(?:kill (?:myself|me)|end (?:my life|it all|it|everything|myself)|take my (?:own )?life|commit suicide|"
    r"hang myself|overdose|od)(?= (?:tonight|today|now|this weekend|tomorrow|soon|when|after|,|\.|\?)(?![a-z0-9])|$)|"
    r"(?:i have|ive got|i got|i bought|bought|got|have|saved up|stockpil\w*|collected) (?:the |a |some |enough |all my |my )?"
    r"(?:pills|tablets|rope|gun|blade|razor)(?: (?:to|for|ready|saved|and))|"
    r"(?:wrote|written|writing|left) (?:my |a )?(?:suicide|goodbye) (?:note|letter)s?|"
    r"(?:on|at|standing on|going to) (?:the|a) (?:bridge|edge|roof|ledge)(?= (?:now|right now|tonight)(?![a-z0-9])| to (?:jump|end))"
)
SUICIDAL = (
    r"kill (?:myself|me)(?! (?:laughing|with (?:laughter|this)))|killing myself|end my life|ending my life|end it all|end myself|take my (?:own )?life|"
    r"taking my (?:own )?life|commit suicide|committing suicide|suicid\w*|attempt(?:ed)? suicide|"
    r"(?:want|wanna|wanted|wanting|going|ready|wish i could|like) (?:to )?die|wish i (?:was|were) dead|wish i (?:wasnt|werent|was not|were not) (?:here|alive|born|around)|"
    r"better off dead|(?:everyone|they|people|my family|the world|you all|everybody|my kids|my friends) (?:would be|d be|are|will be|would all be) "
    r"(?:better off|happier|fine) (?:without me|if i (?:just )?(?:wasnt|werent|was not|were not|was gone|were gone|died|disappeared|vanished|left|didnt exist)(?: around| here| alive)?)|"
    r"(?:thinking (?:of|about)|want to|wanna|going to|gonna|plan(?:ning)? to|considering) (?:ending|end) (?:things|it|it all|everything|my life)(?= (?:\.|\?|,|tonight|soon|now)(?![a-z0-9])|$)|"
    r"(?:dont|do not|no longer) want to (?:live|be alive|exist|be here|wake up|go on)|no reason (?:to|for) (?:live|living|go on|going on)|"
    r"nothing (?:left )?to live for|(?:life is not|life isnt|life aint|not) worth living|"
    r"(?:go to |fall )?(?:sleep|asleep) and (?:never|not) wake up|(?:want|wish) (?:it|everything|it all|this) (?:all )?(?:to )?(?:end|stop|be over)|"
    rf"want to disappear forever|(?:overdos\w*|od|oding) on (?:my |the |some |all (?:my|the) )?(?:{MEDS})|jump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony)|"
    r"(?:hang|hanging) myself"
)
# Saving up medicines: means gathered, not yet used ("for a trip abroad" is not).
STOCKPILING = rf"(?:stockpil\w*|hoard\w*|stash\w*|saving up|saved up|been saving|been keeping) (?:all )?(?:my |the |some )?(?:{MEDS})"
STOCKPILING_NOT = r"trip|holiday|travel\w*|abroad|vacation|journey|shortage|strike|away for"
SELF_HARM = (
    r"self harm\w*|selfharm\w*|self injur\w*|"
    r"(?:want to|wanna|urges? to|urge to|going to|thinking (?:about|of)|feel like|keep|been|started|relapsed and|relapse into) "
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|punish|punishing) (?:myself|me)|"
    r"(?:hurt|hurting|harm|harming) (?:myself|me) (?:on purpose|again|to feel|because i|when i (?:feel|get|am)|when im|deliberately)|"
    r"harm(?:ing)? myself|(?:cut|cutting|cuts) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))(?! (?:a |some |off|shaving|on |while |when |by accident|accidentally|with the|slack))|"
    r"(?:burn|burning|burnt|burned) myself (?:on purpose|again|with (?:a )?(?:lighter|cigarette))|"
    r"relaps\w* (?:on|with|into)? ?(?:self harm|cutting)|scratch(?:ing)? myself (?:until|till) (?:i |it )?bleed|"
    r"(?:hit|hitting|punch|punching|slap|slapping|bang|banging|bite|biting) (?:myself|me|my head)(?= (?:when|until|till|after|because|whenever|every time|if|to|as punishment|again|on purpose|hard)(?![a-z0-9]))|"
    r"(?:scratch|scratching|pick|picking|pinch|pinching) (?:myself|my (?:arms?|legs?|skin|wrists?|thighs?)) (?:until|till|til) (?:i |it |they )?(?:bleed|bled|bleeds|bleeding)|"
    r"relaps\w*(?: [a-z]+){0,3} (?:and )?(?:cut|cutting|burnt|burned|burning|hurt|hurting)(?= (?:again|myself|\.|,)(?![a-z0-9])|$)|"
    r"(?:hide|hiding|cover|covering) (?:up )?(?:my |the )?(?:cuts|self harm scars|sh scars|scars on my (?:arms|wrists|thighs|legs)|fresh cuts)|"
    r"(?:i )?(?:deserve|need) to (?:hurt|be hurt|bleed|feel pain|suffer)|"
    r"(?:burn\w*|cut\w*|scratch\w*|carv\w*) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?)) "
    r"(?:with (?:a |the )?(?:lighter|cigarette|razor|blade|knife|scissors|compass)|on purpose|deliberately|until it bleeds)"
)
# Hurting oneself by accident: "hit myself in the face with the rope".
SELF_HARM_ACCIDENT = r"by accident|accidentally|with the (?:rope|bar|barbell|dumbbell|kettlebell|plate|door)|(?:skipping|jump) rope"
# Said of someone else: a supportive answer for the person worried about them.
SELF_HARM_OTHER = (
    r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:himself|herself|themselves|themself)|"
    r"(?:is|s|seems|was|been|being|sounds|feels) suicidal|(?:wants?|wanted|said (?:he|she|they) (?:wants?|wanted)) to die|"
    r"(?:is|has been|been|keeps|started) (?:self harm\w*|cutting(?= (?:again|himself|herself|themselves|on (?:his|her|their))(?![a-z0-9])|$))|talk\w* about (?:suicide|killing (?:himself|herself|themselves)|ending (?:it|(?:his|her|their) life))"
)
INDIRECT = (
    r"(?:dont|do not|cant|no longer) see (?:the |any )?point (?:anymore|any more|in (?:anything|living|life|going on|trying)|of (?:anything|living|life|going on|it all|being alive))|"
    r"(?:dont|do not|cant) see (?:the |any )?point(?= (?:\.|\?|,)|$)|"
    r"whats the point (?:anymore|any more|of (?:living|life|anything|going on|it all|being alive|being here|me))|"
    r"whats the point(?= (?:\.|\?)|$)|no point (?:in )?(?:living|going on|being alive|being here)|"
    r"(?:i )?give up on (?:life|everything|myself|living)|cant (?:go on|keep going|do this|take (?:this|it)|handle (?:this|it)) "
    r"(?:anymore|any more|like this)|cant go on(?= (?:\.|\?|,)|$)|"
    r"nobody (?:would|will) (?:miss|notice|care)(?: me| if i (?:died|was gone|disappeared|wasnt here))?|"
    r"no one (?:would|will) (?:miss|notice|care)(?: me| if i (?:died|was gone|disappeared|wasnt here))?|"
    r"tired of (?:living|being alive|life|existing|being me)|hate being alive|(?:im )?a burden (?:to|on) everyone|"
    r"sleep forever|no reason (?:for me )?to (?:keep going|go on|carry on|stay|be here)|"
    r"think(?:ing)? (?:about|of) (?:dying|death|being dead|not being here|not waking up)|"
    r"(?:want|wish) (?:to |i could )?(?:disappear|vanish)(?: forever)?(?= (?:\.|\?|,)|$)|everything is hopeless|i feel hopeless|no way out|"
    # passive ideation: not acting, but not wanting to be alive
    r"(?:wouldnt|would not) (?:mind|care) if i (?:didnt|did not|never|dont) wake up|(?:hope|hoping|wish) i (?:dont|do not|didnt|never|wont) wake up"
    r"(?=(?: (?:tomorrow|again|ever|in the morning))?(?: \.| ,| \?|$))|"
    r"(?:wouldnt|would not) (?:mind|care) if i (?:died|was dead|got hit|didnt exist|wasnt here|disappeared)|"
    r"if (?:a |the )?(?:bus|car|truck|train|lorry) hit me i (?:wouldnt|would not) (?:care|mind)|(?:wouldnt|would not) (?:care|mind) if (?:a |the )?(?:bus|car|truck|train|lorry) (?:hit|ran over) me|"
    r"(?:dont|do not) (?:even |really )?care (?:if|whether) i (?:live|die|wake up)|wish (?:i|id|i had) never (?:been born|existed|woke up)|"
    r"(?:want|wish|wanna|like) (?:to )?(?:stop existing|not exist|cease to exist|not be alive)|"
    r"(?:i )?want out(?= (?:\.|,|\?|of (?:life|this life|everything|here))(?![a-z0-9])|$)|"
    r"(?:life|everything|my life) (?:is|feels|seems) (?:so |completely |totally )?(?:pointless|meaningless|hopeless)|"
    r"(?:cant|cannot|dont) see (?:a|any) future|no future (?:for me|left)|nothing matters (?:anymore|any more)|"
    r"(?:feel|feeling|felt|am|im) (?:so |really |completely |totally )?hopeless|nothing (?:will ever|is ever going to|ever) gets? better|"
    r"(?:done|finished) with (?:life|living|it all|everything)(?= (?:\.|,|\?)(?![a-z0-9])|$)|"
    r"whats (?:even )?the point (?:anymore|any more|(?:of|in) (?:living|life|anything|going on|it all|being alive|being here|me|trying))"
)
# Figures of speech: "leg day made me want to die lol", "suicide sprints", "I'd rather die than run".
SELF_HARM_NOT = (
    r"suicide (?:sprints?|runs?|drills?|squats?|burpees?|lines?|shuttles?|squad|rates?|prevention|statistics|awareness)|"
    r"rather die than|die (?:laughing|of (?:laughter|embarrassment|boredom|cuteness|shame))|to die for|"
    r"(?:workout|leg day|burpees?|class|session|run|hiit|spin|these|squats?|cardio|trainer|coach|it|that|this|doms|stairs|lunges?) "
    r"(?:made|makes|is making|will make|gonna make|made) me (?:want to|wanna) die|"
    r"kill (?:myself|me) (?:laughing|with laughter)|dying to|dead ?lift\w*|dead (?:bug|hang)|killed it|killing it|could sleep forever|"
    r"(?:my|the) (?:legs|arms|abs|glutes|quads|calves|lungs|core) (?:are |were )?(?:killing me|dead|dying)"
)
# The same in a few other languages (accents dropped by `normalise`); answered with the
# universal lines, since we cannot know the country.
SELF_HARM_OTHER_LANGUAGES = (
    r"quiero morir\w*|me quiero (?:morir|matar)|quiero matarme|suicidarme|no quiero (?:vivir|seguir viviendo)|quitarme la vida|"
    r"je veux mourir|envie de mourir|me suicider|me tuer|je veux en finir|mettre fin a (?:mes jours|ma vie)|"
    r"ich will (?:sterben|nicht mehr leben)|ich (?:mochte|moechte|wurde gern) sterben|mich umbringen|selbstmord|suizid\w*|"
    r"quero morrer|me matar|suicidar|nao quero mais viver|tirar minha (?:propria )?vida|"
    r"voglio morire|uccidermi|suicidarmi|togliermi la vita|non voglio (?:piu )?vivere|ik wil dood|zelfmoord|chce umrzec|zabic sie|olmek istiyorum|intihar"
)

# After a self-harm answer, these mean intent and means (an emergency): "I haven't taken them yet".
ESCALATION = (
    r"(?:going to|gonna|will|plan to|ready to|about to) do it|tonight|goodbye|bye forever|"
    r"(?:havent|have not|not|didnt|did not) (?:taken|done|swallowed|used|tried) (?:them|it|anything|the [a-z]+)? ?yet|not yet|"
    r"(?:theyre|they are|its|the [a-z]+ are|i have them|ive got them|got them) (?:right )?(?:here|with me|next to me|in front of me|in my hand|ready)|"
    r"(?:counted|lined) (?:them )?(?:out|up)|" + ACCESS
)
# A reply to the guard's own "Are you safe right now?": these mean no.
NOT_SAFE = r"no|nope|not really|not at all|im not|i am not|not safe|idk|i dont know|dont know|no im not|maybe not|not sure"
# A reply to its "are you having thoughts of ending your life?": these mean yes.
YES = r"yes|yeah|yep|yh|ya|yea|i am|i do|sometimes|maybe|kind of|kinda|a bit|a little|i think so|all the time|every day|lately"
# A reply that only acknowledges ("ok", "thanks"): not a new question for the guard.
ACKNOWLEDGE = r"(?:ok|okay|k|kk|thanks|thank you|thank u|thx|ty|cheers|will do|got it|sure|alright|all right|cool|noted|understood|yes|yeah|yep|i will|ill do that|fine)(?: (?:thanks|thank you|i will|will do|so much|a lot|lol))*"
# Messages on the agents' ground after a red flag (see `Guard._follow_up`): food, meals and
# training; but after an eating-disorder answer, talk of weight, calories or diets stays with
# the guard.
MEAL_TOPIC = (
    r"breakfast|lunch|dinner|supper|snack|snacks|recipe|recipes|cook|cooking|meal ideas?|eat for|groceries|"
    r"vegetables|fruit|vegetarian|vegan|allergic|allergy|water|coffee|tea|sleep"
)
WEIGHT_TALK = (
    r"calorie|calories|kcal|cals?|diet|diets|dieting|weight|thin|thinner|skinny|lose|losing|lost|fast|faster|quick|quicker|"
    r"hungry|hunger|appetite|fat|body|lighter|smaller|size|plan|burn|burning|purge|laxatives?|starve|starving|skip|"
    r"only (?:drink|eat|have)|nothing but|not eat\w*|stop eating|until then|water only|pills?"
)
# Playing a red flag down ("it was just low blood sugar", "I'll wait and see"): never the
# agents' ground, whatever food or training words it holds.
MINIMISING = (
    r"just (?:low )?blood sugar|(?:just|only|probably) (?:a |my )?(?:stitch|dehydrat\w*|tired|nothing|anxiety|stress|"
    r"indigestion|heartburn|muscle|sweat|pee|hormones|nerves)|it (?:was|s|is) (?:just|only|probably)|probably (?:nothing|fine)|"
    r"(?:im|i feel|feel|feeling) (?:totally |completely )?(?:fine|ok|okay|better|good) now|it (?:went|goes) away|not that bad|"
    r"no big deal|(?:dont|do not) want to (?:make a fuss|bother|worry)|wait and see|see if it (?:picks up|stops|goes)|"
    r"(?:reckons|thinks|says|said) it(?: s| was| is)|only (?:a little|a bit|lasted)|lie down for a bit|sleep it off"
)
# Maximal effort: not for pregnancy, whatever the trimester (ACOG: moderate effort, no straining).
MAX_EFFORT = (
    r"pr|prs|personal best|personal record|pb|1 rm|one rep max|max out|maxing out|max effort|all out|as heavy as|"
    r"heaviest|go heavy|lift heavy|heavy lifting|peak|peaking|max|maximal|to failure|compete|competition|race pace|sprint intervals"
)
FOOD_TOPIC = (
    r"eat|eating|ate|food|foods|meal|meals|breakfast|lunch|dinner|snack|snacks|recipe|recipes|cook|cooking|diet|"
    r"calorie|calories|kcal|protein|carbs|fat|fats|sugar|hungry|hunger|weight|thin|thinner|skinny|lose|losing|vegetables|"
    r"fruit|drink|water|coffee|tea|nutrition|vitamins?|supplements?|groceries|shopping list"
)

# Long words whose one-letter typos are repaired to them (none has a common English neighbour).
TYPO_TARGETS = frozenset(
    "suicide suicidal laxative laxatives diuretic diuretics palpitations palpitation anorexia anorexic bulimia bulimic "
    "pregnant pregnancy breathless contractions unconscious purging vomiting myself trimester chest tightness "
    "irregular tightenings".split()
)


def vocabulary() -> frozenset[str]:
    """Every word the lexicon's patterns use (so normalising never invents a new one)."""
    sources = [value for value in globals().values() if isinstance(value, str)]
    sources += list(PREGNANCY_SIGNS.values())
    return frozenset(word for source in sources for word in re.findall(r"[a-z]{2,}", source)) | TYPO_TARGETS


__all__ = ["GAP", "vocabulary"]
