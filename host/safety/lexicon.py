"""The words and phrases the guard's rules are built from, as patterns over normalised text
(`host.safety.text.normalise`: lower case, "dont" for "don't", "10 kg" for "10kg").

Each pattern matches whole tokens (`host.safety.text.words`); `GAP` allows up to three words
between two parts. Kept apart from the rules so the vocabulary can be read (and extended) in
one place, and so `normalise` knows every word the rules use.
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
    r"circuits?|bootcamp|spin|kickboxing|martial arts|dance|dancing|aerobic|exercises|abs workout|ab workout|reformer"
)
# Hard training, for pregnancy: anything beyond gentle activity.
TRAINING = EXERCISE + r"|keep fit|stay fit|stay active|get fit|abs|core|plank|planks|fitness|active"
NOW = (
    r"right now|at the moment|currently|as (?:i|we) speak|now(?= (?:\.|\?|,|and (?:its|it is|i|im|my)|im|its|my)(?![a-z0-9])|$)|"
    r"(?:still|wont|doesnt|isnt|not) (?:going away|go away|settling|settle|stopping|stop|easing|ease)|still (?:there|hurts|hurting|going|have it)|"
    r"hasnt (?:stopped|gone|eased|settled)|getting worse|worse and worse|keeps getting worse|"
    r"for (?:the (?:last|past) )?(?:\d+|a few|ten|twenty|thirty|fifteen|several) (?:minutes|mins|min|hours?)|since i stopped|even after (?:i )?(?:stopped|resting|rest)"
)
# "Sore two days after bench" is muscle soreness (DOMS), not a cardiac warning.
DELAYED = (
    r"(?:\d+|a|one|two|three|couple of|few|couple) days? (?:after|later|since)|the day after|next day|day after|"
    r"since (?:yesterday|my workout yesterday|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"after yesterdays|from yesterday"
)
MUSCLE = r"muscles?|pecs?|pectorals?|strain\w*|pulled|tweaked|sore|soreness|doms|ribs?|bruised?|stretch\w*|sternum|costochondritis"
HUMOUR = r"lol|lmao|haha\w*|hehe\w*|jk|joking|kidding|rofl|xd"

# --- cardiac ---------------------------------------------------------------------------------------

CHEST = (
    r"chest (?:pains?|aches?|aching|pressure|tightness|tight|tightening|discomfort|hurts?|hurting|burns|"
    r"squeez\w*|heavy|heaviness|is (?:tight|hurting|burning|heavy)|feels? (?:tight|heavy|weird|funny|"
    r"like (?:its|it is) (?:being )?(?:squeezed|crushed)))|"
    r"(?:pains?|pressure|tightness|aches?|aching|discomfort|squeezing|crushing|heaviness|stabbing|sharp pains?) "
    r"(?:in|on|across|around|behind) (?:my |the |his |her |their )?(?:chest|heart)|tight (?:chest|feeling in (?:my|the) chest)|"
    r"heart (?:pains?|hurts|hurting|aches|aching)|angina|"
    r"chest (?:gets|got|goes|went|feels|felt|is|was|keeps getting)(?: really| so| very| a bit| kind of| super)? (?:tight|heavy|painful|tighter)"
)
FAINT = (
    r"fainted|fainting|faint|feel faint|felt faint|feeling faint|(?:almost|nearly) (?:faint\w*|passed out|blacked out|collapsed)|"
    r"pass out|passing out|passed out|black out|blacked out|blacking out|lost consciousness|losing consciousness|"
    r"lose consciousness|collapsed|collapse|collapsing|vision (?:went|goes|going|turned|turns) (?:black|dark|grey|gray)|"
    r"greyed out|grayed out|keeled over"
)
# "passed out on the couch" is sleep; "pass out the flyers" is handing out.
FAINT_NOT = (
    r"pass(?:ed|ing)? out (?:on (?:the |my )?(?:couch|sofa|bed)|in (?:bed|front of)|asleep|early|drunk|after (?:a few|some|the) drinks|"
    r"(?:the |some )?(?:flyers|leaflets|snacks|food|candy|drinks|papers|samples|cards|water|medals|prizes))|"
    r"faint (?:line|smell|taste|sound|hope|memory|idea|chance|outline|praise)|(?:a|the) faint|market collapsed|tent collapsed|"
    r"collapse (?:of|the)|collapsed (?:the|my tent|the tent)"
)
PALPITATIONS = (
    r"palpitations?|heart (?:is |was |keeps |kept |started |starts |has been |been )?(?:fluttering|flutters|skipping|skips|"
    r"skipped beats|missing beats|beating (?:irregularly|erratically|out of rhythm|weird\w*|funny)|(?:feels|felt) (?:irregular|weird|funny))|"
    r"irregular (?:heart ?beats?|heart rhythm|pulse|rhythm)|(?:heart ?beat|heart rate|pulse) (?:is |was |feels |felt |went |goes |going )?"
    r"(?:irregular|all over the place|erratic|skipping|jumpy)|missed beats|extra beats|afib|a fib|atrial fibrillation|arrhythmia"
)
# A racing heart is expected in hard exercise; it is a warning only when it will not settle.
RACING = r"heart (?:is |was |keeps |kept |started |starts |has been |been )?(?:racing|pounding|beating (?:really |so |super )?fast|going crazy)|racing heart|pounding heart"
RACING_BAD = r"(?:wont|doesnt|didnt|not) (?:slow|settle|calm|go back)|even (?:at|when|while) (?:rest|resting|sitting|lying)|at rest|for (?:an|over an|\d+) hours?|for ages"
BREATHLESS = (
    r"short(?:ness)? of breath|breathless(?:ness)?|out of breath|cant (?:catch my )?breathe?|cannot breathe|"
    r"couldnt (?:catch my )?breathe?|cant catch my breath|couldnt catch my breath|struggling to breathe|struggle to breathe|"
    r"trouble breathing|hard to breathe|difficulty breathing|gasping(?: for air)?|cant get (?:enough )?air"
)
BREATHLESS_BAD = (
    r"(?:at|even at|when at|while at) rest|resting|sitting (?:down|still)?|lying down|sudden\w*|cant (?:talk|speak)|"
    r"couldnt (?:talk|speak)|unable to (?:talk|speak)|worse than (?:usual|normal|before)|more than (?:usual|normal|before)|"
    r"never (?:used to|had)|not normal|unusual\w*|blue lips|lips (?:are |went |turned )?blue|wont go away|doesnt go away"
)
DIZZY = r"dizz\w*|light ?headed\w*|woozy|room (?:is |was )?spinning|vertigo|seeing stars"
SPREADING = (
    r"(?:pains?|aches?|aching|numb\w*|tingl\w*|heaviness) (?:in|down|into|to|spreading (?:to|into|down)|going (?:down|into|to)|"
    r"radiating (?:to|into|down)) (?:my |the |his |her )?(?:left |right )?(?:arms?|jaw|neck|shoulders?|back)|"
    r"(?:left |right )?(?:arm|jaw) (?:pain|hurts|aches|is numb|numb\w*|tingl\w*|feels heavy)|spreading|radiat\w*"
)
# Arm or jaw symptoms on exertion, without chest pain: a doctor before training again (AHA).
ARM_JAW = r"(?:left arm|jaw|my jaw) (?:goes |going |gets |getting |is |feels |went |starts )?(?:numb|tingly|tingling|heavy|pain|painful|hurts|aching|aches)|(?:pain|numbness|tingling) in (?:my )?(?:left arm|jaw)"
CARDIAC_COMPANIONS = r"cold sweats?|sweating (?:a lot|heavily|buckets)|clammy|nause\w*|feel(?:ing)? sick|threw up|throwing up|vomit\w*"
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
    r"(?:chew|chewing|chewed) (?:[a-z]+ ){0,3}(?:and|then) (?:just )?(?:spit|spitting|spat)(?: it| them)? out"
)
# Throwing up after meals: purging only when habitual or for weight (see PURGING_NOT).
PURGING_AFTER_MEALS = (
    r"(?:throw|throwing|threw|puke|puking|vomit|vomiting|be sick|sick) (?:it )?(?:up )?(?:after|when|whenever|every time|each time) "
    r"(?:i |she |he |they )?(?:eat|eats|eating|ate|binge\w*|meals?|every meal|dinner|lunch|breakfast|food|a meal)"
)
# "I threw up after eating bad sushi" is food poisoning, not purging.
PURGING_NOT = r"food poisoning|bad (?:sushi|chicken|food|seafood|oysters|prawns|meat|kebab)|stomach (?:bug|flu|virus)|norovirus|virus|hangover|drunk|migraine|morning sickness|motion sickness|car sick|carsick|seasick|pregnan\w*"
ILLNESS = r"sick|sickness|ill|illness|flu|virus|covid|food poisoning|stomach bug|norovirus|hospital|surgery|diarrh\w*|gastro\w*|infection|chemo\w*"
HABITUAL = r"every time|each time|whenever|always|every day|after every|every meal|on purpose|deliberately|again|keep|been"
LAXATIVE = r"laxatives?|laxitives?|diuretics?|water pills?|water tablets?|diet pills?|slimming pills?|fat burner pills?|ipecac|dulcolax|senna|ex ?lax|detox tea\w*"
WEIGHT_PURPOSE = (
    r"lose|losing|lost|weight|thin|thinner|skinny|skinnier|fat|flat stomach|slim|slimmer|drop|shed|burn|calories|kcal|"
    r"weigh in|weigh ins|make weight|cut weight|after (?:i )?(?:eat|ate|eating|binge\w*|meals?)|feel empty|get rid of|purge|"
    r"flush|bloat\w*|smaller|size"
)
# "Starving, what's for lunch?" is hunger: only starving oneself is the red flag.
STARVING = (
    rf"(?:starve|starves|starving|starved) {REFLEXIVE}(?! of (?!food|calories|nutrients|carbs|energy))|"
    r"(?:starve|starving) (?:to (?:lose|get|be|drop)|for (?:a|the|\d+|one|two|three|few|several) (?:days?|weeks?|months?)|until|so i|so that i)"
)
STOP_EATING = (
    r"(?:stop|quit|stopped|quitting|stopping|give up|gave up|cut out) (?:eating|food)(?: food)?"
    r"(?= (?:completely|entirely|altogether|totally|at all|for|to|so|until|and|just|forever|\.|\?|,)(?![a-z0-9])|$)"
)
NOT_EATING = (
    r"(?:not|stop|avoid|without|no) (?:eating|eat|food|foods|meals)(?: anything| at all)? "
    r"(?:for|until|in|over) (?:a|an|one|two|three|four|five|six|seven|ten|\d+|several|a few|few|the next|the whole|a whole) "
    r"(?:days?|weeks?|months?|whole week)|"
    r"(?:havent|hasnt|didnt|dont) (?:eaten|eat|had (?:any )?food|had a meal)(?: anything| a thing| properly)? "
    r"(?:in|for) (?:days|weeks|(?:two|three|four|five|six|seven|\d+|several|a few|a couple of) (?:days|weeks))|"
    r"(?:eat|eating|ate|eaten) (?:nothing|barely anything|almost nothing)(?: at all)?(?: for| all| but| except| today| this week| in|$| \.| ,)|"
    r"(?:live|living|survive|surviving|exist|existing) on (?:only |just )?(?:water|black coffee|coffee|diet coke|gum|air|ice|lettuce|celery)|"
    r"(?:only|nothing but|just) (?:drink|drinking|drank|have|having)? ?(?:water|black coffee|diet coke) "
    r"(?:for|all) (?:a|one|two|three|\d+|the|several|few|day|days|week|weeks)|"
    r"skip(?:ping)? (?:all|every|most) (?:my |of my )?meals|skip(?:ping)? meals (?:to|so|until|for (?:days|a week|weeks|(?:two|three|four|five|several|a few|\d+) days))|"
    r"(?:go|going|went|gone) (?:days|weeks|a day or two|(?:two|three|four|five|several|a few|\d+) days) without (?:eating|food|a meal)|"
    r"(?:water|juice|dry) fast(?:ing)? for (?:a|one|two|three|four|five|six|seven|ten|\d+) (?:days?|weeks?)|"
    r"fast(?:ing)? for (?:a week|a month|(?:three|four|five|six|seven|ten|fourteen|[3-9]|\d{2,}) (?:days|weeks))"
)
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
    r"(?:i )?dont deserve (?:to eat|food|dinner|lunch|breakfast|a meal)|"
    r"(?:scared|afraid|terrified|frightened) of (?:eating|food|gaining(?: weight)?|getting fat)|fear of (?:eating|food|gaining)|"
    r"(?:punish|punishing|punished) (?:myself|me) (?:with|by|for eating)|"
    r"cant stop (?:binge\w*)|binge\w* (?:and|then) (?:starve|restrict|fast)|"
    r"how little (?:can|could|should|do|must) i eat|(?:the )?least (?:amount of food|food|calories) i can (?:eat|get away with|survive on)|"
    r"(?:i|im|ive been|been) (?:restricting|restrict)(?: again| my food| food| calories| everything)?|"
    r"(?:eat|eating|ate) (?:and )?then (?:feel )?(?:so )?(?:disgusting|disgusted|guilty) (?:and|so) (?:throw|purge|starve|skip)|"
    r"(?:skip|skipping|not eat|not eating|starve|starving|fast|fasting|run|running|exercise|exercising|burn|burning|work out|working out) "
    r"(?:[a-z]+ ){0,4}(?:to )?(?:make up for|compensate for|undo|cancel out|earn) (?:it|eating|what i (?:ate|eat)|the food|that|everything|my food|meals)|"
    r"(?:feel|felt|feeling) (?:so |really |very )?(?:disgusting|disgusted|gross|guilty|ashamed) (?:after|when|whenever|every time) (?:i )?(?:eat|eating|ate)(?= [a-z ]*(?:skip|purge|throw|starve|not eat|make up|compensate|days))"
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

PREGNANT = (
    r"pregnant|pregnancy|trimester|(?:im|i am|were|we are|shes|she is) expecting(?= (?:a baby|twins|our|my|a little|\.|\?|,|$)(?![a-z0-9]))|"
    r"baby bump|my bump|her bump|prenatal|antenatal|expecting (?:a baby|twins)|(?:\d+|twenty|thirty) weeks? (?:along|gone)|"
    r"(?:the|my|her) baby (?:hasnt|isnt|is not|has not|stopped|has stopped|kicking|kicks|movements?)|babys? movements?|"
    r"(?:felt|feel|feeling) (?:the |my |her )?baby (?:move|moving|kick\w*)|"
    r"(?:\d+|twenty \w+|thirty \w+|twenty|thirty) (?:weeks?|wks?)(?= (?:,|\.|and|now|today|i|im|my|with|\+)(?![a-z0-9]))"
)
# Not pregnant now: "trying to get pregnant", "after my pregnancy", "a pregnant pause".
NOT_PREGNANT = (
    r"(?:not|never been|never|no longer) pregnant|(?:trying|try|want|wants|wanting|hoping|plan\w*) (?:to )?(?:get|getting|be|become) pregnant|"
    r"(?:get|getting) pregnant|(?:was|were|used to be|have been) pregnant|(?:after|before|since) (?:my |her |the )?(?:pregnancy|baby|birth)|"
    r"postpartum|post partum|post natal|postnatal|gave birth|had (?:my|a|the) baby|pregnant pause|pregnant with (?:meaning|possibilit\w*)|"
    r"pregnancy test(?! (?:was |came back |is )?positive)|negative pregnancy|not expecting|pregnancy (?:scare|scares)"
)
PREGNANCY_SIGNS: dict[str, str] = {
    "bleeding": r"bleed\w*|spotting(?! (?:me|him|her|for|them|each other|my))|blood (?:loss|clots?|when i wipe|in my (?:underwear|pants))|passing clots",
    "contractions or tummy pain": (
        r"(?<!muscle )(?<!eccentric )(?<!concentric )(?<!isometric )contractions?|braxton hicks|"
        r"(?:stomach|tummy|belly|abdominal|period like|period|pelvic|lower|bad|painful|strong|severe|regular|awful) (?:cramps?|cramping|pains?|aches?|hurts?)|"
        r"cramping (?:in|down) (?:my |her )?(?:stomach|tummy|belly|abdomen|pelvis)|pains? in (?:my |her )?(?:stomach|tummy|belly|abdomen|pelvis)"
    ),
    "leaking fluid": r"(?:waters?|water) (?:(?:are|is|have|has|keep|keeps|started|just|might be|may be|been) )?(?:broke|broken|break|breaking|leak\w*)|leak\w* (?:fluid|water|liquid)|fluid (?:leak\w*|coming out)|gush of (?:fluid|water)",
    "dizziness or feeling faint": DIZZY + r"|" + FAINT,
    "chest pain": CHEST,
    "breathlessness": r"(?:short(?:ness)? of breath|breathless\w*|out of breath|cant (?:catch my )?breathe?) (?:before|at rest|even (?:at rest|before|when resting|sitting)|while resting|sitting down|lying down)|" + BREATHLESS + r"(?= (?:before|at rest))",
    "calf pain or swelling": r"(?:calf|calves|leg) (?:pain|pains|hurts|swelling|swollen|is swollen|tender\w*|red|warm|aching)|swollen (?:calf|calves|leg)|pain in (?:my |her )?(?:calf|calves)",
    "reduced movement": (
        r"(?:baby|babys|bump) (?:isnt|hasnt|is not|has not|not|stopped|hasnt been|havent felt (?:the )?baby|has stopped|stopped|doesnt seem to be|wont) "
        r"(?:been )?(?:moving|kicking|moved|kicked|move)|(?:baby|babys|bump) (?:is |has been )?(?:moving|kicking) less|"
        r"(?:reduced|decreased|fewer|less|no|not as many|not much|slower) (?:fetal |foetal |baby |babys )?(?:movements?|kicks?|kicking)|"
        r"(?:cant|havent|didnt|dont|cannot) feel (?:the |my |her )?baby(?: move| moving| kick\w*)?|havent felt (?:the |my |any )?(?:baby|kicks|movement)"
    ),
    "a severe headache or blurred vision": r"(?:severe|bad|terrible|awful|splitting|pounding|blinding|really bad|worst) headaches?|blurr\w* vision|vision (?:is )?blurr\w*|seeing (?:spots|flashing lights)",
    "palpitations": PALPITATIONS,
}
# Complications that mean "ask your obstetrician before exercising" (ACOG, HSE).
PREGNANCY_COMPLICATIONS = (
    r"placenta (?:previa|praevia)|low lying placenta|pre eclampsia|preeclampsia|pregnancy induced hypertension|"
    r"gestational hypertension|incompetent cervix|cervical insufficiency|cerclage|preterm labou?r|premature labou?r|"
    r"high risk pregnancy|twins|triplets"
)

# --- self-harm and suicide --------------------------------------------------------------------------

SUICIDE_INTENT = (
    r"(?:going to|gonna|about to|plan(?:ning)? to|will|decided to|ready to|tonight (?:i|ill)|im|i am|finally) "
    r"(?:kill (?:myself|me)|end (?:my life|it all|it|everything|myself)|take my (?:own )?life|commit suicide|"
    r"hang myself|overdose|od)(?= (?:tonight|today|now|this weekend|tomorrow|soon|when|after|,|\.|\?)(?![a-z0-9])|$)|"
    r"(?:i have|ive got|i got|i bought|bought|got|have|saved up|stockpil\w*|collected) (?:the |a |some |enough |all my |my )?"
    r"(?:pills|tablets|rope|gun|blade|razor|plan)(?: (?:to|for|ready|saved|and))|"
    r"(?:wrote|written|writing|left) (?:my |a )?(?:suicide|goodbye) (?:note|letter)s?|said (?:my )?goodbyes|this is (?:my )?goodbye|"
    r"(?:took|swallowed|taken|just took) (?:a lot of|all (?:my|the)|too many|a bunch of|loads of|a handful of|[1-9]\d+|the whole (?:box|packet|bottle) of) "
    r"(?:pills|tablets|paracetamol|tylenol|sleeping pills|painkillers|meds|medication)|"
    r"(?:on|at|standing on|going to) (?:the|a) (?:bridge|edge|roof|ledge)(?= (?:now|right now|tonight)(?![a-z0-9])| to (?:jump|end))"
)
SUICIDAL = (
    r"kill (?:myself|me)(?! (?:laughing|with (?:laughter|this)))|killing myself|end my life|ending my life|end it all|end myself|take my (?:own )?life|"
    r"taking my (?:own )?life|commit suicide|committing suicide|suicid\w*|attempt(?:ed)? suicide|"
    r"(?:want|wanna|wanted|wanting|going|ready|wish i could|like) (?:to )?die|wish i (?:was|were) dead|wish i (?:wasnt|werent|was not|were not) (?:here|alive|born|around)|"
    r"better off dead|(?:everyone|they|people|my family|the world|you all|everybody|my kids|my friends) (?:would be|d be|are|will be|would all be) "
    r"(?:better off|happier|fine) (?:without me|if i (?:wasnt|werent|was not|were not|was gone|died|disappeared)(?: around| here| alive)?)|"
    r"(?:thinking (?:of|about)|want to|wanna|going to|gonna|plan(?:ning)? to|considering) (?:ending|end) (?:things|it|it all|everything|my life)(?= (?:\.|\?|,|tonight|soon|now)(?![a-z0-9])|$)|"
    r"(?:dont|do not|no longer) want to (?:live|be alive|exist|be here|wake up|go on)|no reason (?:to|for) (?:live|living|go on|going on)|"
    r"nothing (?:left )?to live for|(?:life is not|life isnt|life aint|not) worth living|"
    r"(?:go to |fall )?sleep and (?:never|not) wake up|(?:want|wish) (?:it|everything|it all|this) (?:all )?(?:to )?(?:end|stop|be over)|"
    r"want to disappear forever|(?:overdose|od) on|jump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony)|"
    r"(?:hang|hanging) myself"
)
SELF_HARM = (
    r"self harm\w*|selfharm\w*|self injur\w*|"
    r"(?:want to|wanna|urges? to|urge to|going to|thinking (?:about|of)|feel like|keep|been|started|relapsed and|relapse into) "
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|punish|punishing) (?:myself|me)|"
    r"(?:hurt|hurting|harm|harming) (?:myself|me) (?:on purpose|again|to feel|because i|when i (?:feel|get|am)|when im|deliberately)|"
    r"harm(?:ing)? myself|(?:cut|cutting|cuts) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))(?! (?:a |some |off|shaving|on |while |when |by accident|accidentally|with the|slack))|"
    r"(?:burn|burning|burnt|burned) myself (?:on purpose|again|with (?:a )?(?:lighter|cigarette))|"
    r"relaps\w* (?:on|with|into)? ?(?:self harm|cutting)|scratch(?:ing)? myself (?:until|till) (?:i |it )?bleed"
)
# Said of someone else: a supportive answer for the person worried about them.
SELF_HARM_OTHER = (
    r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:himself|herself|themselves|themself)|"
    r"(?:is|s|seems|was|been|being|sounds|feels) suicidal|(?:wants?|wanted|said (?:he|she|they) (?:wants?|wanted)) to die|"
    r"(?:is|has been|been|keeps|started) (?:self harm\w*|cutting)|talk\w* about (?:suicide|killing (?:himself|herself|themselves)|ending (?:it|(?:his|her|their) life))"
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
    r"(?:want|wish) (?:to |i could )?(?:disappear|vanish)(?: forever)?(?= (?:\.|\?|,)|$)|everything is hopeless|i feel hopeless|no way out"
)
# Figures of speech: "leg day made me want to die lol", "suicide sprints", "I'd rather die than run".
SELF_HARM_NOT = (
    r"suicide (?:sprints?|runs?|drills?|squats?|burpees?|lines?|shuttles?|squad|rates?|prevention|statistics|awareness)|"
    r"rather die than|die (?:laughing|of (?:laughter|embarrassment|boredom|cuteness|shame))|to die for|"
    r"(?:workout|leg day|burpees?|class|session|run|hiit|spin|these|squats?|cardio|trainer|coach|it|that|this|doms|stairs|lunges?) "
    r"(?:made|makes|is making|will make|gonna make|made) me (?:want to|wanna) die|"
    r"kill (?:myself|me) (?:laughing|with laughter)|dying to|dead ?lift\w*|dead (?:bug|hang)|killed it|killing it|"
    r"(?:my|the) (?:legs|arms|abs|glutes|quads|calves|lungs|core) (?:are |were )?(?:killing me|dead|dying)"
)
# The same in a few other languages (accents dropped by `normalise`); answered with the
# universal lines, since we cannot know the country.
SELF_HARM_OTHER_LANGUAGES = (
    r"quiero morir\w*|me quiero (?:morir|matar)|quiero matarme|suicidarme|no quiero (?:vivir|seguir viviendo)|quitarme la vida|"
    r"je veux mourir|envie de mourir|me suicider|me tuer|je veux en finir|mettre fin a (?:mes jours|ma vie)|"
    r"ich will (?:sterben|nicht mehr leben)|mich umbringen|selbstmord|suizid\w*|"
    r"quero morrer|me matar|suicidar|nao quero mais viver|tirar minha (?:propria )?vida|"
    r"voglio morire|uccidermi|suicidarmi|togliermi la vita|ik wil dood|zelfmoord|chce umrzec|zabic sie|olmek istiyorum|intihar"
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
    r"hungry|hunger|appetite|fat|body|lighter|smaller|size|plan|burn|burning|purge|laxatives?|starve|starving|skip"
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
    "pregnant pregnancy breathless contractions unconscious purging vomiting myself trimester chest".split()
)


def vocabulary() -> frozenset[str]:
    """Every word the lexicon's patterns use (so normalising never invents a new one)."""
    sources = [value for value in globals().values() if isinstance(value, str)]
    sources += list(PREGNANCY_SIGNS.values())
    return frozenset(word for source in sources for word in re.findall(r"[a-z]{2,}", source)) | TYPO_TARGETS


__all__ = ["GAP", "vocabulary"]
