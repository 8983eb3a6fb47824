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
    r"rep max|max test|stair climber|repeats|reps|interval|mid set|a set|my set|last set|first set|each set|every set|top set|do legs|did legs|doing legs|legs day|arm day|arms day|push day|pull day|hill reps|track session|parkrun|park run|tempo|fartlek|long run|"
    r"\d+ (?:m|metres?|meters?|km|k|miles?|mi) (?:repeats?|reps?|sprints?|intervals?|efforts?|dash|run|race|swim|row)|"
    r"finish line|finishing line|the finish|start line|laps?|the track|on the track|at the track|"
    r"rugby|hockey|netball|squash|badminton|volleyball|rock climbing|bouldering|surfing|skiing|mma|jiu jitsu|bjj|judo|wrestling"
)
# Hard training, for pregnancy: anything beyond gentle activity.
TRAINING = EXERCISE + (
    r"|keep fit|stay fit|stay active|get fit|abs|core|plank|planks|fitness|active|ride|rides|riding|rode|"
    r"weightlift\w*|olympic lift\w*|powerlift\w*|lifter|snatch\w*|clean and jerk|clean and jerks|cleans|jerks|strongman|"
    r"hot yoga|bikram|hiit classes?|bootcamp|boot camp|spin|wods?|crossfit|metcons?|amraps?|emoms?|"
    # "so wats the leg routine?", "an ab routine"
    r"(?:leg|arm|chest|back|core|ab|abs|glute|shoulder|upper body|lower body|full body|gym|stretching|warm up|mobility|strength) (?:routine|circuit|split|session)s?"
)
NOW = (
    r"right now|rn|at the moment|currently|as (?:i|we) speak|halfway through|half way through|in the middle of (?:my |the |a )?(?:run|set|class|session|workout|race|ride|spin|swim|game|match)|"
    r"mid (?:run|set|class|session|workout|race|ride|spin|swim|game|match|rep)|(?:while|as) (?:im|i am|i m) (?:running|lifting|riding|cycling|rowing|swimming|on the (?:bike|treadmill|rower))|now(?= (?:\.|\?|,|and (?:its|it|it is|i|im|my)|im|its|my)(?![a-z0-9])|$)|"
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
# Pain that pressing or moving the arms brings on, after a lift new to them ("sore when I press on it or
# lift my arms up" after bench press): the chest wall, not the heart, when nothing else comes with it.
TENDER_WALL = (
    r"(?:sore|hurts?|tender|painful|aches?|pain) (?:\w+ )?(?:when|if|as) (?:i |you )?(?:press|push|touch|poke|prod|lift (?:my )?arms?|move (?:my )?arms?|raise (?:my )?arms?|reach|twist)|"
    r"tender (?:to (?:the )?touch|when (?:pressed|touched))|(?:hurts|sore|painful) to (?:touch|press|the touch)"
)
TENDER_WALL_CAUSE = r"bench\w*|push ?ups?|press ?ups?|chest (?:day|press|fly|flyes|workout)|flyes|dips|pec (?:deck|fly)|lifting|lifted|weights|first time in"
MUSCLE = r"muscles?|pecs?|pectorals?|strain\w*|pulled|tweaked|sore|soreness|doms|ribs?|bruised?|stretch\w*|sternum|costochondritis|chest day|pump|pumped"
# A chest tight with a cold or asthma is a chest infection's or asthma's, not the heart's.
RESPIRATORY = (
    r"(?:got|have|had|with|from|because of|caught|since) (?:a |my |this |the )?(?:cold(?! sweats?)|flu|chest infection|cough|virus)|"
    r"(?:a|my|this) (?:cold|cough|chest infection)(?! sweat)|cough\w*|asthma\w*|congest\w*|phlegm|mucus|hay fever|inhaler"
)
HUMOUR = r"lol|lmao|haha\w*|hehe\w*|jk|joking|kidding|rofl|xd"
# A laugh that is no joke: distress beside it ("I want to die lol nobody would care", "lol I'm so
# tired of everything"), or saying it is meant ("not joking").
REAL_DISTRESS = (
    r"(?:not|no|im not|i am not|not even) (?:joking|kidding)|no joke|for real|i mean it|seriously|srsly|"
    r"nobody|no one|noone|alone|lonely|cry\w*|crie\w*|everything|anymore|any more|my life|hate (?:my ?self|my life|me)|worthless|useless|"
    r"burden|better off|miss me|be gone|was gone|not here|hopeless|no point|whats the point|pointless|empty|numb|tired of|sick of|"
    r"cant (?:do|take|cope|handle|go on|keep)|give up|fat|ugly|disgusting|gross|failure|hurt|pills|tablets|rope|bridge|end it|gone|forever"
)
# A wish to die said of a hard session or a meal ("that HIIT class killed me, want to die lol 😂"):
# these words only; "kill myself" stays a check-in whatever the laugh.
HYPERBOLE_WISH = r"(?:want|wanna|wanted|wanting) to die|wanna die|kill me(?: now)?|shoot me(?: now)?|end me"
# The same laugh at a session in the guard's other languages ("quiero morir jajaja, el entreno de
# piernas me destrozó", "j'ai envie de mourir mdr cette séance"): a wish said of the workout, with
# a laugh, about training or food, and no distress beside it, is no wish at all, as in English.
HUMOUR_L10N = r"jaja\w*|jeje\w*|jiji\w*|jsjs\w*|mdr|ptdr|xptdr|kk+\w*|rsrs\w*|ahah\w*|hihi\w*|lach\w*|broma|bromeo|blague|witz|brincadeira|scherzo|grapje"
HYPERBOLE_WISH_L10N = (
    r"(?:me )?quiero morir(?:me)?|me quiero morir|(?:j ?ai )?envie de mourir|je veux mourir|(?:ich )?will (?:einfach )?sterben|quero morrer|voglio morire|(?:ik )?wil (?:gewoon )?dood|"
    r"(?:chce|chcialbym|chcialabym) (?:juz )?umrzec|zabije sie"
)
EFFORT_L10N = (
    r"entreno|entrenamiento|entrenar|piernas|brazos|gimnasio|gym|clase|spinning|crossfit|sentadillas|burpees|hiit|cardio|rutina|agujetas|comer|comida|cena|proteina|recuper\w*|"
    r"seance|entrainement|jambes|salle|muscu|cours|squats?|courir|manger|repas|proteines?|courbatures|"
    r"training|trainieren|beintag|beine|fitnessstudio|kurs|kniebeugen|laufen|essen|eiweiss|protein|muskelkater|workout|"
    r"treino|treinar|pernas|academia|aula|agachamentos|corrida|"
    r"allenamento|gambe|palestra|lezione|correre|mangiare|"
    r"trainen|benen|sportschool|hardlopen|eten|eiwit|herstel\w*|spierpijn|leg day|"
    r"trening\w*|przysiad\w*|cwicz\w*|silowni\w*|bieg\w*|interwal\w*|nogi|nog|kardio|zajeci\w*|schod\w*|podjazd\w*|pompk\w*|brzuszk\w*|jedzeni\w*|zakwas\w*"
)
REAL_DISTRESS_L10N = (
    r"nadie|sola|solo|en serio|de verdad|no es broma|no bromeo|ya no puedo|no aguanto|sin sentido|mi vida|odio mi|me odio|para siempre|pastillas|"
    r"personne|seule?|serieux|serieusement|pas une blague|plaisante pas|en peux plus|ma vie|me deteste|pour toujours|cachets|"
    r"niemand|allein|im ernst|ernsthaft|kein witz|kein scherz|mein leben|hasse mich|fur immer|tabletten|kann nicht mehr|"
    r"ninguem|sozinh\w*|serio|nao e brincadeira|minha vida|pra sempre|comprimidos|"
    r"nessuno|davvero|sul serio|non scherzo|la mia vita|mi odio|per sempre|pastiglie|"
    r"alleen|serieus|geen grap|mijn leven|haat mezelf|voor altijd|pillen|"
    # can't stop eating, hating their body: "quiero morir jaja no puedo dejar de comer, qué asco"
    r"no puedo (?:dejar|parar)|no paro de|arrive pas a arreter|kann nicht aufhoren|nao consigo parar|non riesco a smettere|kan niet stoppen|"
    r"gorda|gordo|asco|fea|feo|grosse|gros|degoutant\w*|moche|fett|hasslich|ekelhaft|nojo|feia|grassa|grasso|schifo|brutta|dik|lelijk|walgelijk|"
    r"nikt|nikogo|samotn\w*|sensu|beze mnie|na serio|naprawde|nie zartuje|zycie|zycia|zyc|placz\w*|mam dosc|nienawidze (?:siebie|sie)|do niczego|tabletki|gruba|gruby|obrzydliw\w*|nie moge przestac"
)
# What a laugh about effort or food talks about: the session, legs giving out, a recovery meal.
EFFORT_OR_FOOD = (
    r"killed me|destroyed me|wrecked me|broke me|ruined me|murdered me|"
    r"(?:legs|arms|abs|quads|glutes|calves|lungs|body|shoulders|core) (?:are |is |feel |were )?(?:literally |absolutely |totally |so )?(?:dead|gone|jelly|wrecked|destroyed|on fire|finished)|"
    r"recover\w*|refuel\w*|post workout|eat|food|meal|snack|protein|carbs|shake|dinner|lunch|breakfast|pizza|chocolate milk|banana|smoothie|"
    r"burrito|pasta|chips|takeaway|takeout|dessert|cake|ice cream"
)

# --- cardiac ---------------------------------------------------------------------------------------

# AHA and NHS: chest discomfort is pain, pressure, squeezing, fullness, heaviness, tightness or
# burning ("like indigestion"), often described as a weight, a band or a vice on the chest.
CHEST_FEELING = (
    r"pains?|pian|pressure|tightness|tight feeling|aches?|aching|discomfort|squeezing|squeeze|crushing|heaviness|"
    r"stabbing|sharp pains?|burning|burning pain|weird feeling|funny feeling|heavy feeling|dull ache|(?:tight )?band(?: feeling| like feeling)?|vice like feeling"
)
# AHA: "pressure, squeezing, fullness", said as a picture: "like an elephant is sitting on me",
# "my chest is in a vice", "like a band being tightened round my chest", "like someone is
# squeezing my heart". The bare "sitting on me" forms need the simile ("like", "as if"): "my
# cat was sitting on my chest" is a cat.
_PRESSING = r"sitting|sat|standing|stood|kneeling|knelt|pressing|pushing|pushed|squeezing|squeezed|crushing|crushed|squashing|stamping|stepping|leaning|lying|parked"
_CHEST_OR_ME = r"me|my chest|my ribs|my sternum|my breastbone|my heart|top of me|top of my chest|my lungs"
CHEST_METAPHOR = (
    rf"(?:like|as if|as though|feels? like|felt like) (?:an? |some |the )?(?:[a-z]+ ){{0,2}}?(?:elephant|elephants|someone|somebody|weight|ton of bricks|tonne of bricks|truck|lorry|car|horse|cow|gorilla|giant|person|fist|hand|boulder|anvil|bus)s? "
    rf"(?:is |was |were |had |has |were )?(?:(?:just |been )?(?:{_PRESSING}) )(?:down |hard )?(?:on|onto|into|around|round|in) (?:{_CHEST_OR_ME})|"
    r"(?:chest|heart) (?:is |was |feels |felt |gets |got |being )?(?:like it is |like its |like it was |as if it was )?(?:in|caught in|stuck in|gripped by|held in) a (?:vice|vise|clamp|vice grip|vise grip)|"
    r"(?:vice|vise|clamp|fist|hand|band|belt|strap|rope)(?: like)?(?: grip)? (?:is |was |are |were |had been )?(?:being |getting )?(?:tightened|tightening|pulled|squeezed|squeezing|clamped|clamping|closing|wrapped|strapped|gripping|clenched|clenching) "
    r"(?:tight )?(?:around|round|across|on|over) (?:my )?(?:chest|heart|ribs)|"
    r"(?:vice|vise|clamp|fist|hand|band|belt|strap)(?: like)?(?: grip)? (?:gripping|squeezing|crushing|clamping|clenching|closing on) (?:my )?(?:chest|heart)|"
    r"(?:has|had|got|grabbed|gripping|holding) my (?:heart|chest) in (?:a|their|his|her) (?:fist|vice|vise|clamp|grip|hand)|"
    r"(?:like|as if|as though) (?:my )?(?:chest|heart|ribs) (?:is|was|were|are) (?:being )?(?:crushed|squeezed|squashed|compressed|caved in|in a vice|clamped|gripped)|"
    r"(?:like|as if|as though) (?:someone|somebody|something) (?:is|was) (?:squeezing|crushing|gripping|clamping|sitting on|standing on|pressing on|pressing down on) (?:my )?(?:chest|heart|ribs|me)|"
    r"(?:crushing|squeezing|vice like|vise like|heavy|pressing) (?:pain|feeling|pressure|sensation|weight|ache|tightness) (?:in|on|across|behind|around) (?:my |the )?(?:chest|heart|breastbone|ribs|sternum)|"
    r"(?:my )?(?:chest|ribs|ribcage) (?:is |was |feels like it is |feels like its |feels like it s |felt like it was |)(?:going to|gonna|about to) (?:cave in|collapse|explode|burst|implode|crush)|"
    r"(?:a |an )?(?:heavy |huge |big |massive |giant )?(?:rock|stone|boulder|anvil|ton of bricks|tonne of bricks|load of bricks|bricks|piano|car|truck|lorry|bus) (?:is |was )?(?:sitting |pressing |resting |lying |stood |sat )?(?:on|across) (?:my )?chest"
)
CHEST = (
    r"(?:chest|breastbone) (?:pains?|pian|aches?|aching|pressure|tightness|tight|tightening|discomfort|hurts?|hurting|burns|burning|"
    r"squeez\w*|heavy|heaviness|(?:is|was) (?:tight|hurting|burning|heavy|sore and tight)|feels? (?:tight|heavy|weird|funny|"
    r"like (?:its|it is) (?:being )?(?:squeezed|crushed)))|"
    rf"(?:{CHEST_FEELING})(?: feeling| sensation)? (?:in|on|across|around|round|behind|in the (?:middle|centre|center) of) (?:my |the |his |her |their )?(?:chest|heart|breastbone)|"
    r"(?:pains?|aches?|aching|pressure|tightness|discomfort)(?: [a-z]+){1,5} and (?:in|across) (?:my |the )?chest|"
    r"(?:tight|heavy|painful|burning|crushing|squeezing|aching) (?:chest|feeling in (?:my|the) chest)|heart (?:pains?|hurts|hurting|aches|aching)|angina|"
    r"chest (?:gets|got|goes|went|feels|felt|is|was|keeps getting|keeps going|has been|have been|been|started|starts|is still|still|keeps|kept)"
    r"(?: really| so| very| a bit| kind of| super| all| quite| pretty| weirdly| strangely| oddly)? (?:tight|heavy|painful|tighter|sore and tight|hurting|aching|burning|"
    # AHA's "squeezing": "chest feels squeezed", "my chest is all crushed"
    r"(?:squeezed|squished|squashed|crushed|compressed|constricted|clamped|pressed|weighed down)(?! (?:into|in to|in|by) (?:this|these|my|the|a|that)))|"
    r"chest (?:feels|felt|is|was) like (?:[a-z]+ ){0,4}(?:vice|vise|elephant|weight|band|squeez\w*|crush\w*|sitting on)|"
    r"(?:elephant|weight|heavy weight|tight band|band|belt|strap|vice|vise|brick) (?:is )?(?:sitting |pressing |standing |tightening |squeezing )?(?:on|across|around|round) (?:my |his |her )?chest|"
    r"(?:indigestion|heartburn)(?: [a-z]+){0,8} (?:in|across|behind) (?:my |the )?chest|"
    r"(?:my )?chest (?:clamp\w*|seiz\w*|tighten\w*|locked|locking|cramp\w*|constrict\w*)(?: up)?(?! (?:muscles?|from|after (?:bench|chest day|push ups)))|chest (?:pain )?(?:feels )?like (?:really )?(?:bad )?(?:indigestion|heartburn)|"
    + CHEST_METAPHOR
)
# Symptoms that have passed: "gone now" is not "now".
PASSED = r"(?:gone|fine|better|ok|okay|settled|passed|stopped|over|eased|calmed down|normal|back to normal) now"
# Someone clutching their chest: happening now.
CLUTCHING = r"(?:grabbed|grabbing|grabs|clutch\w*|holding|clasp\w*) (?:at )?(?P<whose>my|his|her|their) chest"
# The bar on the chest in a bench press is not a symptom.
CHEST_NOT = r"(?:the )?(?:bar|barbell|dumbbells?|plates?) (?:on|across) (?:my |the )?chest|chest (?:day|press|flyes?|fly|workout|pump|muscles?)"
# Collapse as people tell it: "went down like a sack of potatoes", "mates said I was out for a
# few seconds", "hit the deck", "everything went black", "came to on the floor".
COLLAPSE_EVERYDAY = (
    r"(?:went|go|goes|going|gone) (?:down|over) (?:like (?:a |an )?(?:sack|bag) of (?:potatoes|spuds|bricks|sand)|like a (?:ton|tonne|load) of bricks|"
    r"like a (?:stone|rock|tree|felled tree|rag doll|puppet)|in a heap)|"
    r"(?:dropped|crumpled|collapsed|folded|keeled over|fell) (?:like a (?:stone|rock|sack of [a-z]+|ton of bricks|rag doll)|in a heap|to the (?:floor|ground|track|mat))|"
    r"(?:^|(?<=[.,?] )|(?:i|and|then|just|literally|basically|suddenly|i just) )(?:hit|smacked|slammed|kissed) the (?:deck|floor|ground|track|tarmac|pavement|mat)(?! (?:running|for|and (?:did|do|start\w*|bang\w*|pump\w*)))|"
    r"(?:was|were|been|went|i was) (?:out cold|spark out|out for (?:a|a few|a couple of|\d+|two|three|some|several|ten|twenty|thirty) (?:seconds?|secs?|moments?|minutes?|mins?))|"
    r"(?<!zoned )(?<!spaced )(?<!tuned )(?<!checked )(?<!stepped )(?<!popped )(?<!nipped )(?<!pulled )(?<!sat )(?<!zone )"
    r"out for (?:a|a few|a couple of|\d+|two|three|some|several|ten|twenty|thirty|a good \w+|about \w+) (?:seconds?|secs?|moments?)|how long i was out(?: for| cold)?|"
    r"(?:i|and i) (?:just |suddenly |simply |completely )?(?:dropped|went down|collapsed|crumpled|fell)(?= (?:\.|,|to the|on the|like|in a heap|mid|without)(?![a-z0-9])|$)|"
    r"(?:knocked|passed) (?:clean |spark )?out cold|"
    r"(?:everything|my vision|the world|the room|it all) (?:went|goes|going|turned|turns|started going) (?:black|dark|grey|gray|white|fuzzy|to black)|"
    r"(?:came to|came round|came around|came back round) (?:on|lying on|flat on) (?:the |my back on the )?(?:floor|ground|track|mat|gym floor|grass|pavement|treadmill)|"
    r"(?:woke up|woken up) (?:on|lying on|flat on) (?:the |my back on the )?(?:track|mat|gym floor|grass|pavement|treadmill|road)|"
    r"(?:found myself|ended up|woke up) (?:lying )?(?:on|flat on) (?:the |my back on the )?(?:floor|ground|track|mat|gym floor)(?= [a-z ]{0,40}(?:dont|didnt|cant|no idea|not sure) (?:remember|know how))|"
    r"(?:dont|didnt|cant|cannot|do not) remember (?:falling|going down|hitting the (?:floor|ground|deck)|collapsing|passing out|how i (?:ended up|got) on the (?:floor|ground))|"
    r"(?:had|having|have|keep having|been having) (?:a |another |two |some |these |a few )?(?:blackouts?|black outs?|fainting (?:spells?|episodes?|fits?)|faints|funny turns?|collapses?)(?! (?:of|curtains|blinds|drunk|from (?:drink|drinking|alcohol)))|"
    r"(?:a |another )?(?:dizzy spell|funny turn) and (?:fell|dropped|collapsed|fainted|went down|passed out)|"
    r"next thing (?:i knew|i know|i remember|im|i was)(?: [a-z]+){0,3} (?:on the (?:floor|ground|track|mat)|lying|people (?:around|over|standing over) me|in (?:an|the) ambulance)|"
    r"(?:and then|then) (?:i was|im|i m) (?:lying |flat )?on the (?:gym )?(?:floor|ground|track|mat)|"
    r"(?:nearly|almost) (?:went down|hit the deck|hit the floor|dropped)(?= (?:\.|,|\?|on|during|after|at|in|mid)(?![a-z0-9])|$)"
)
FAINT = (
    r"fainted|fainting|faint|feel faint|felt faint|feeling faint|(?:almost|nearly) (?:faint\w*|passed out|blacked out|collapsed)|"
    r"pass out|passing out|passed out|black out|blacked out|blacking out|lost consciousness|losing consciousness|"
    r"lose consciousness|collapsed|collapse|collapsing|vision (?:went|goes|going|turned|turns) (?:black|dark|grey|gray)|"
    r"greyed out|grayed out|grey out|gray out|greying out|graying out|keeled over|"
    # "went grey and had to sit down mid class": near-fainting as others see it
    r"(?:(?<=^)|(?<=i )|(?<=and )|(?<=then )|(?<=just )|(?<=suddenly ))(?:went|go|goes|going|turned) (?:all |really |completely )?(?:grey|gray|white|pale|clammy)(?= (?:and|,|\.|mid|during|on|after|when|halfway)(?![a-z0-9])|$)|" + COLLAPSE_EVERYDAY
)
# "passed out on the couch" is sleep; "pass out the flyers" is handing out.
FAINT_NOT = (
    # a price ("i nearly fainted when i saw the price of protein powder")
    r"(?:fainted|passed out|collapsed|keeled over) (?:when i saw|when i seen|at|seeing|looking at|reading) (?:the |that |this )?(?:price|prices|bill|cost|receipt|total|quote|invoice)|"
    # an animal ("my friend's dog literally fainted at the park after chasing a ball"): the vet's, not a heart check
    r"(?:dog|dogs|puppy|pup|cat|kitten|horse|pony|pet|rabbit|hamster)(?: [a-z]+){0,2} (?:literally |just |nearly |almost )?(?:fainted|collapsed|passed out|keeled over|went down)|"
    r"pass(?:ed|ing)? out (?:on (?:the |my )?(?:couch|sofa|bed)|in (?:bed|front of)|asleep|early|drunk|after (?:a few|some|the) drinks|"
    r"(?:the |some )?(?:flyers|leaflets|snacks|food|candy|drinks|papers|samples|cards|water|medals|prizes))|"
    r"faint (?:line|smell|taste|sound|hope|memory|idea|chance|outline|praise)|(?:a|the) faint|market collapsed|tent collapsed|"
    r"collapse (?:of|the)|collapsed (?:the|my tent|the tent)|"
    # laughter: "they make me collapse on the floor laughing", "collapsed in a heap of giggles"
    r"collaps\w* (?:on the floor |on the sofa |in a heap |in a fit )?(?:laughing|of laughter|in (?:laughter|giggles|hysterics|a heap of (?:laughter|giggles)))|"
    # idioms: a joke that "went down like a lead balloon", asleep "out like a light"
    r"(?:blacked|black|blacking|blackout) out (?:the|my|his|her|all|our|their|some|any|a)(?= [a-z])|blackout (?:curtains|blinds|drunk)|"
    r"(?:went|go|goes|going) down like a lead balloon|out like a light|hit the ground running|dropping like flies|"
    r"(?:dropped|went down|fell|going down|dropping) like a (?:stone|rock) (?:down|in|on|off) (?:the |my )?(?:[a-z]+ )?(?:leaderboard|rankings?|table|league|standings|charts?|list)|"
    r"(?:phone|battery|screen|power|lights|tv|app|watch|laptop)(?: [a-z]+){0,6} (?:and )?(?:everything|it all) (?:went|goes|turned) (?:black|dark)|"
    r"(?:everything|it all) (?:went|goes|turned) (?:black|dark) (?:on|in) (?:the |my )?(?:[a-z]+ )?(?:screen|phone|playlist|app|tv|watch|laptop|house|flat|room)|"
    r"(?:weight|price|prices|scale|number|temperature|heart rate|pace|score|stock|shares|sales) (?:went|dropped|fell|has gone|has dropped) (?:down )?like a (?:stone|rock)|"
    # fainting at the sight of blood or a needle (vasovagal), not from exertion
    r"(?:fainted|fainting|faint|passed out|pass out|nearly fainted) (?:when|at|after|during|from|because of) (?:[a-z]+ ){0,3}(?:blood|needles?|injections?|jabs?|vaccines?|blood tests?)"
)
# Allina and Geisinger stop signs: a heartbeat that skips, flutters or turns irregular. Said as
# a heart word and a rhythm word a few words apart ("my heart was racing and skipping beats").
HEART_WORD = r"heart|hearts|heartbeat|heart beat|heart rate|heart rhythm|pulse|ticker|my hart|hart beat|hartbeat"
_NOT_A_SENSATION = r"monitor|watch|strap|tracker|app|sensor|reading|readings|zone|zones|but|so|because|if|then|though|when"
RHYTHM_WORD = (
    r"flutter\w*|flips?|flipping|flipped|flip flop\w*|skip\w*|missing (?:a )?beats?|missed (?:a )?beats?|misses (?:a )?beats?|drum solo|drumming|"
    r"stutter\w*|irregular\w*|erratic\w*|all over the place|out of rhythm|jump\w* around|jumping all over|somersaults?|"
    r"extra beats|pausing|pauses|stops and starts|stopping and starting|beating (?:irregularly|erratically|out of rhythm|weird\w*|funny|oddly|strangely)|"
    r"(?:thump\w*|pound\w*|banging|hammering|going) (?:really )?(?:weird\w*|funny|strange\w*|odd\w*|irregular\w*|out of time)|"
    r"(?:feels|felt|going|went|goes)(?: all| a bit| really| kind of| so)? (?:irregular|weird|funny|strange|odd|wrong)|stopped for a (?:second|moment|beat|few seconds)|"
    r"(?:stop|stops|stopping|stopped) for a (?:sec|second|split second|moment|beat|few seconds)|"
    r"(?:paused|pauses) (?:for a|and then)|then (?:thump|thud|bang|pound|kick|jolt)\w*|thump\w* (?:hard|really hard)|doing (?:backflips|somersaults|cartwheels|flips)"
)
PALPITATIONS = (
    rf"palpitations?|(?:{HEART_WORD}) (?:(?!{_NOT_A_SENSATION})[a-z]+ ){{0,4}}?(?:{RHYTHM_WORD})|"
    r"irregular (?:heart ?beats?|heart rhythm|pulse|rhythm)|missed beats|extra beats|afib|a fib|atrial fibrillation|arrhythmia|"
    r"(?:flutter\w*|flip\w*|skipping|skipped beats) (?:feeling |sensation )?in (?:my )?chest|"
    # "my heart was going mental, like really fast and out of rhythm"
    r"heart (?:was |is |s |went |keeps )?(?:going )?(?:mental|crazy|nuts|haywire|all over the place)|out of rhythm|(?:heart ?beat|pulse|heart) (?:\w+ ){0,3}?(?:all over the place|off beat|out of sync)"
)
# "My heart skipped a beat when I saw my PR" is a figure of speech.
PALPITATIONS_NOT = (
    r"skip(?:s|ped|ping)? a beat (?:when|every time|each time|whenever|as soon as|because|seeing|at (?:the|my)|for)|"
    r"(?:stopped|sank|sunk|dropped) (?:for a second )?when i (?:saw|heard|read|realised|realized|got|opened)|"
    # "my heart does a little flip when my crush walks in"
    r"(?:flip|flips|flipped|somersault\w*|skip\w*|backflips?|leap\w*|jump\w*|flutter\w*) (?:[a-z]+ ){0,2}?(?:when|every time|whenever|each time|as soon as) "
    r"(?:i (?:see|saw|look at|check|read|hear|heard|open|get|think about)|my (?:crush|boyfriend|girlfriend|bf|gf|partner|ex|husband|wife|kids?)|(?:he|she|they) (?:walks?|looks?|smiles?|texts?|comes?))"
)
# A racing heart is expected in hard exercise; it is a warning only when it will not settle.
RACING = (
    r"heart (?:is |was |keeps |kept |started |starts |has been |been )?(?:racing|races|pounding|pounds|thumping|thumps|hammering|hammers|banging|"
    r"beating (?:really |so |super )?fast|going crazy)|racing heart|pounding heart|"
    r"heart (?:was |is |felt like it was |felt like it was going to |)(?:going to|gonna|about to|trying to) (?:jump|burst|beat|pound|explode) out of my chest"
)
RACING_BAD = (
    r"(?:wont|doesnt|didnt|not|wouldnt|couldnt|would not) (?:slow|settle|calm|go back)|even (?:at|when|while) (?:rest|resting|sitting|lying)|at rest|"
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
    r"worse than (?:usual|normal|before|ever)|more than (?:usual|normal|before|ever)|(?:breath|breathless|breathe) than ever|like never before|never (?:been|felt|had it) (?:this|so|that) bad|never (?:used to|had)|didnt use to|(?:thats|its|is) new|new for me|"
    r"not normal|unusual\w*|blue lips|lips (?:are |went |turned )?blue|wont go away|doesnt go away|getting dressed|doing anything|doing nothing|"
    r"(?:easy|gentle|light|slow|short) (?:jog|run|walk|swim|ride|session|pace|incline|hill|slope|climb|stroll|hike)|cold sweat\w*|clammy|had to grab (?:the side|the rail|onto|hold of)"
)
# Out of proportion to the company ("gasping way worse than all of them"): a warning beside a
# second sign (a chest, dizziness, palpitations or gentle effort), not alone (a new runner).
BREATHLESS_COMPARED = (
    r"(?:way|much|far|a lot|so much|loads|miles) (?:worse|more|harder|heavier) than (?:all (?:of )?)?(?:them|everyone|everybody|the others|the rest|the group|"
    r"my (?:friends|mates|mate|friend|partner|wife|husband|group|team|teammates|kids|dad|mum|mom))|(?:im|i am|i was) the only one (?:gasping|wheezing|puffing|struggling|out of breath)"
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
DIZZY = (
    r"dizz\w*|light ?headed\w*|woozy|room (?:is |was )?spinning|vertigo|seeing stars|saw stars|see stars|tunnel vision|"
    r"(?:vision|eyesight|eyes) (?:went|go|goes|going|is|was|got|gets|getting|started going) (?:all |really |a bit )?(?:blurry|fuzzy|funny|weird|spotty|starry|dark|tunnel\w*)"
    r"(?!(?: [a-z]+){0,3} (?:contacts?|lenses|glasses|goggles|sweat|suncream|sun cream|chlorine|mascara|screen))"
)
# PAR-Q: losing balance because of dizziness.
BALANCE_LOST = (
    r"lost (?:my )?balance|los(?:e|ing) (?:my )?balance|fell (?:over|down|off)|fell|nearly fell|almost fell|(?:to )?not fall|falling (?:over|down)|fall over|keep falling|"
    r"(?:grab|grabbed|hold onto|held onto) (?:the |a |onto )?(?:rail|wall|bar|handles?|machine)|had to (?:sit|lie|get) (?:down|off|on the (?:floor|ground))|"
    r"(?:legs|knees) (?:gave way|buckled)"
)
SPREADING = (
    r"(?:pains?|aches?|aching|numb\w*|tingl\w*|heaviness) (?:in|down|into|to|spreading (?:to|into|down)|going (?:down|into|to)|"
    r"radiating (?:to|into|down)) (?:my |the |his |her )?(?:left |right )?(?:arms?|jaw|neck|shoulders?|back)|"
    # "my left arm's gone heavy" is normalised to "my left arms gone heavy"
    r"(?:(?:left|right) arms?|arm|jaw|jaws|left shoulder|left shoulders) (?:is |s |feels |felt |went |goes |gets |getting |going |has gone |gone |has been |been |started |starting |turned |is going )?(?:all |really |so |a bit |kind of |kinda |weirdly |strangely |oddly |very |super |properly )?(?:pain|hurts|aches|aching|achy|numb\w*|tingl\w*|heavy|dead|weak)|spreading|radiat\w*|"
    r"(?:spreads|spread|radiates|moves|moving|goes|going|travels|travelling|shoots|shooting) (?:up |down |out )?(?:to|into|through|down|up) (?:my |the )?(?:left |right )?(?:arms?|jaw|neck|shoulders?|back|teeth)"
)
# Arm or jaw symptoms on exertion, without chest pain: a doctor before training again (AHA).
ARM_JAW = (
    r"(?:left arm|jaw|my jaw)(?: and (?:teeth|neck|throat|shoulder|left arm))? (?:goes |going |gets |getting |is |was |were |feels |felt |went |starts |started |start |kept |keeps )?"
    r"(?:numb|tingly|tingling|heavy|pain|painful|hurts?|hurting|aching|aches?)|(?:pain|numbness|tingling|aching|ache|tightness) in (?:my )?(?:left arm|jaw)|"
    r"(?:pain|ache|aching|tightness|numbness)(?: that| which)?(?: goes| going| spreads| spreading| radiates| radiating| shoots| shooting| moves)? "
    r"(?:into|up (?:into|to)|down|to) (?:my )?(?:jaw|left arm|teeth|neck and jaw)"
)
# AHA: with chest discomfort, a cold sweat, nausea or light-headedness means call the emergency number.
CARDIAC_COMPANIONS = (
    r"cold sweats?|sweating (?:a lot|heavily|buckets)|clammy|nause\w*|feel(?:ing)? sick|felt sick|threw up|throwing up|vomit\w*|"
    r"(?:sweaty|sweating|sweats) and (?:sick|nauseous|dizzy|shaky|faint|grey|gray|pale)|(?:sick|nauseous|dizzy|shaky|faint) and (?:sweaty|sweating)|(?:im|i am|i feel|feeling) (?:still )?(?:really |so )?sick|"
    r"light ?headed\w*|dizz\w*|(?:is|looks|went|turned|gone|going|hes|shes|theyre|im|looking)(?: [a-z]+ and)? (?:grey|gray|pale|ashen|blue|clammy)"
)
HEART_ATTACK = (
    r"(?:im|am i|i am|is|hes|shes|are|theyre|were|am) (?:having|going to have|gonna have|about to have) a heart attack|"
    r"(?:is this|this is|think (?:this is|its|it is)|could (?:this|it) be|might be|may be|feels like) a heart attack|"
    r"heart attack (?:right now|now)"
)
COLLAPSE_NOW = (
    r"(?:collapsed|passed out|fainted|keeled over|unconscious|not breathing|isnt breathing|stopped breathing|"
    r"wont wake up|wont wake|not waking up|isnt waking up|cant wake (?:him|her|them)|not responding|unresponsive)"
)
# After going down: twitching or not answering, read with who went down ("he's on the grass twitching").
DOWN_NOT_ANSWERING = r"twitching|jerking|shaking|fitting|seizing|gasping|not (?:really )?(?:answering|moving|making sense)|isnt (?:answering|responding|moving)|wont (?:answer|respond)"
# Someone's worry about a heart attack, no symptom in it: "my mum is convinced I'm going to have a heart attack".
HEART_ATTACK_WORRY = (
    r"(?:thinks?|convinced|worried|worries|scared|afraid|terrified|says?|said|reckons?|keeps saying|freaking out)(?: (?:that|im|i m|i am|i|ill|he|she|hes|shes|they|theyre|ll|is|s|gonna|going to|about to)){1,4}"
    r" (?:(?:going to|gonna|about to|will|would|might|could) )?(?:have|get|give (?:me|him|her|them|myself)) a heart attack"
)
# A trainer's or coach's notes on someone they train ("Client M, 52, session notes: ... said pressure in chest").
CLIENT_NOTES = r"client|clients|session notes|training notes|one of my (?:clients|members|runners|athletes|students|swimmers|players|trainees)"
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
    # "getting rid of dinner most nights after with the finger thing"
    r"(?:getting|get|got|gets) rid of (?:my |the |it |dinner|lunch|breakfast|meals?|food|everything|what i (?:eat|ate))(?: [a-z]+){0,6}? (?:finger|fingers|toothbrush|throat|toilet|bathroom)|the finger thing|"
    # "I make sure nothing stays down after I eat"
    r"(?:make sure|making sure|made sure|so that|so) (?:nothing|none of it|no food|the food|food|it|my food|dinner) (?:ever )?(?:stays|stay|staying|doesnt stay|dont stay|never stays) down|"
    r"(?:nothing|none of it|no food|dinner|my food) (?:ever )?(?:stays|stay) down (?:after|once|when) (?:i |ive )?(?:eat|ate|eaten|dinner|meals?)|"
    r"(?:purge|purges|purging|purged) (?:up )?(?:my |the |all (?:my |the )?|what i (?:eat|ate)|everything i (?:eat|ate))?(?:dinner|lunch|breakfast|food|meals?|calories|binge|tea|supper)?(?= (?:again|afterwards|after|straight after|every|each|most|whenever|when|so|to|\.|,|\?)(?![a-z0-9])|$)|"
    # food got rid of from the body, not the house: "getting rid of dinner afterwards so the scale moves"
    r"(?:get|gets|getting|got) rid of (?:my |the |it |all |everything |what i (?:eat|ate|have eaten)|everything i (?:eat|ate)|(?:all )?the food i (?:eat|ate))?"
    r"(?:(?:food|dinner|lunch|breakfast|meals?|snacks?|tea|supper|calories|binge|it all) )?(?:[a-z]+ ){0,2}?"
    r"(?:afterwards|after (?:eating|i eat|i ate|i have eaten|ive eaten|every meal|meals|each meal|dinner|lunch|breakfast)|straight after|right after|straight away after|"
    r"(?:by|through) (?:being sick|throwing up|vomiting|purging|making myself sick))|"
    r"(?:get|gets|getting|got) rid of (?:what i (?:eat|ate|have eaten)|everything i (?:eat|ate)|(?:all )?the food i (?:eat|ate))(?! (?:from|off|in) (?:my |the )?(?:log|diary|list|tracker|app|history|records?))|"
    r"(?:get|getting|got) rid of (?:my |the |what i )?(?:food|meals?|dinner|lunch|breakfast|ate|calories) by (?:being sick|throwing up|vomiting|purging|making myself sick)|"
    r"(?:chew|chewing|chewed) (?:[a-z]+ ){0,3}(?:and|then) (?:just )?(?:spit|spitting|spat)(?: it| them)? out"
)
# A clear-out called a purge ("a big kitchen purge this weekend", "a purge of my wardrobe").
PURGE_CLEAR_OUT = (
    r"(?:kitchen|pantry|fridge|freezer|cupboard|cupboards|wardrobe|closet|spring|house|home|garage|desk|digital|inbox|email|photo|phone|"
    r"social media|junk food|junk|snack|snacks|sugar|clothes|clothing|makeup|toy|book|declutter|decluttering|friend|friends|follower|followers|"
    r"playlist|data|file|files|cache|instagram|tiktok) (?:purge|purges|purging)|"
    r"(?:purge|purging|purged) (?:of|through)(?= )(?! (?:everything i|what i|all (?:the|my) (?:food|calories) i|my (?:dinner|lunch|breakfast|food|meals?)|the (?:food|meal) i))|"
    # what leaves the body is not food: "purge lactic acid", "purge caffeine from my system", acne "purging"
    r"(?:purge|purges|purging|purged) (?:[a-z]+ ){0,2}?(?:toxins?|lactic acid|caffeine|alcohol|booze|nicotine|smoke|tar|sodium|salt|chemicals|heavy metals|mucus|phlegm|"
    r"acne|spots|pores|skin|stress|negativity|emotions|feelings|thoughts|lactate)(?![a-z0-9])|"
    r"(?:skin|acne|pore|pores|retinol|retinoids?|tretinoin|skincare|spots|face) (?:is |s |keeps )?purg\w*|purging (?:phase|period|stage)|"
    r"purg\w* (?:[a-z]+ ){0,3}?(?:after|from|because of|with|during) (?:the |a |my )?(?:food poisoning|stomach bug|bug|virus|norovirus|illness|flu|hangover|migraine|new skincare|retinol)|"
    # what was cleared out is a place or a thing: "purged the junk from my cupboards", "purging the fridge"
    r"(?:purge|purges|purging|purged) (?:[a-z]+ ){0,5}?(?:cupboards?|kitchen|fridge|freezer|pantry|larder|wardrobe|closet|house|flat|garage|"
    r"inbox|phone|drawers?|shelves|desk|room|bedroom|loft|attic|junk|clutter|shed|car|cabinets?|bins?|snack drawer|treats? (?:tin|box|drawer))(?![a-z0-9])|"
    r"(?:purge|purging|purged) (?:this|next|at the|on the|over the) (?:weekend|week|month|saturday|sunday)(?= [a-z ]*(?:kitchen|cupboard|fridge|wardrobe|closet|house|junk|stuff|clothes))"
)
# "Chew and spit" of seed shells or wine tasting is not purging.
CHEW_SPIT_NOT = r"shells?|husks?|seeds?|gum|tobacco|wine|pits?|pips?|olive stones?|bones?|gristle|skins?"
# Throwing up after meals, or bringing food back up: purging only when habitual or for weight
# (see PURGING_NOT).
PURGING_AFTER_MEALS = (
    r"(?:throw|throwing|threw|puke|puking|vomit|vomiting|be sick|sick|being sick) (?:(?:it|up|on purpose|deliberately|again|straight|right|everything|all) )*"
    r"(?:after|when|whenever|every time|each time) (?:i |she |he |they )?(?:eat|eats|eating|ate|binge\w*|meals?|every meal|dinner|lunch|breakfast|food|a meal)|"
    r"(?:throw|throwing|threw|puke|puking|puked|vomit\w*|bring|bringing|brought|get|getting|got|sick up|sicking up|sicked up) (?:up )?(?:all )?(?:of )?(?:my |the |her |his )?"
    r"(?:food|meals?|dinner|lunch|breakfast|it all|everything i (?:eat|ate))(?: back)?(?: up)?"
)
# "I threw up after eating bad sushi" is food poisoning, not purging.
PURGING_NOT = r"(?:feel|felt|feeling|get|got) sick|(?:my|our|the) (?:toddler|baby|son|daughter|kid|kids|child|little one|dog|cat|puppy)|food poisoning|bad (?:sushi|chicken|food|seafood|oysters|prawns|meat|kebab)|stomach (?:bug|flu|virus)|norovirus|virus|hangover|drunk|migraine|morning sickness|motion sickness|car sick|carsick|seasick|pregnan\w*"
# "ill" only as a state: "I'll" is normalised to "ill" too ("I'll do whatever it takes").
ILLNESS = r"sick|sickness|(?:im|i am|been|was|were|feel|feeling|felt|got|gotten|so|very|really|fell|falling) ill|illness|flu|virus|covid|food poisoning|stomach bug|norovirus|hospital|surgery|diarrh\w*|gastro\w*|infection|chemo\w*"
HABITUAL = r"every time|each time|whenever|always|every day|after every|every meal|on purpose|deliberately|again|keep|been|most (?:days|nights)|every night"
# The ED behaviours the guidance lists: laxatives, diuretics ("water pills"), diet pills.
LAXATIVE = (
    r"laxatives?|laxitives?|diuretics?|water pills?|water tablets?|diet pills?|slimming pills?|slimming tablets?|weight loss pills?|"
    r"fat burner pills?|appetite suppressants?|ipecac|dulcolax|senna|ex ?lax|detox tea\w*"
)
# Making weight for a weigh-in (jockeys, wrestlers, boxers, fighters, rowers): the sport that
# asks for it, named beside laxatives, water pills or sweating down.
MAKING_WEIGHT = (
    r"make weight|making weight|made weight|weigh in|weigh ins|weighing room|weigh room|jockeys?|wrestl\w*|boxers?|boxing|"
    r"fighters?|fight night|my fight|a fight|the fight|fighting at|bout|ufc|mma|bjj|jiu jitsu|judo|weight class|weight category|"
    r"cut weight|cutting weight|weight cut\w*|lightweight|flyweight|featherweight|riding weight|ride at|racing weight"
)
# Sweating down or spitting to make weight: a sauna or a run in plastics, a bin bag or a sweat suit.
SWEATING_DOWN = (
    r"(?:sauna|steam room|hot room|hot bath)(?: [a-z]+){0,4} (?:in|wearing|with) (?:a |my |the |some )?(?:bin bags?|bin liners?|plastics?|garbage bags?|trash bags?|bin bag suit|sweat ?suits?|sauna suits?)|"
    r"(?:in|wearing|with) (?:a |my |the |some )?(?:bin bags?|bin liners?|plastics|garbage bags?|trash bags?|sweat ?suits?|sauna suits?)|"
    r"sweat(?:ing)? (?:the )?(?:[a-z]+ ){0,3}?(?:off|out|down)(?![a-z])|spitting|spit (?:all day|into|in a)|"
    r"sauna (?:sessions? )?to (?:make|lose|cut|drop|shift|get)|(?:sauna|saunas|sauna sessions?) (?:[a-z]+ ){0,3}(?:before|for) (?:the |my |a )?(?:weigh in|fight|race|bout)"
)
# Before a weigh-in, the sauna or going without water is sweating down whatever it is worn with.
DRYING_OUT = (
    r"(?:in|into|hit|hitting|sit in|sitting in|sat in|living in|doing) (?:the |a )?saunas?|sauna (?:twice|three times|every day|all day|sessions)|"
    r"(?:stopped|stop|not|no longer|cut out|cutting out|cut|cutting) (?:drinking|all) (?:any )?(?:water|fluids?|liquids?)|no (?:water|fluids?|drinking) (?:for|since|until|till)|"
    r"(?:water|fluid) (?:cut|cutting|loading)|dry(?:ing)? out|dehydrat\w* (?:myself|down)"
)
# "Everyone in the weighing room does it", "it's part of the job": common, so it must be safe.
EVERYONE_DOES_IT = (
    r"(?:everyone|everybody|all of us|all the [a-z]+|most of the [a-z]+|half the [a-z]+|loads of [a-z]+|lots of [a-z]+|(?:most|all) [a-z]+s)(?: [a-z]+){0,4} (?:does|do|did|doing) (?:it|this|that)|"
    r"(?:everyone|everybody|every [a-z]+) (?:[a-z]+ ){0,2}(?:cuts|does|purges|uses them|takes them)(?: (?:it|this|like this|weight))?(?![a-z])|cuts? like this|part of the (?:job|sport|game|culture|life)|comes with the (?:job|sport|territory)|"
    r"(?:its|it is|thats|that is) (?:just |totally |pretty |completely )?(?:normal|standard|how it is|what we do|how it works)(?: in [a-z]+| for [a-z]+)?(?= \.| ,|$| in| for| mate| tho| though| lol)|"
    r"normal (?:in|for) (?:boxing|racing|wrestling|jockeys|fighters|my sport|our sport|the sport|mma|judo)"
)
# A diuretic or weight-loss medicine from a doctor, or a laxative for the bowel.
LAXATIVE_NOT = r"constipat\w*|bowel|colonoscopy|blood pressure|heart failure|oedema|edema|prescribed|my doctor|my gp|orlistat|wegovy|ozempic|mounjaro|kidney"
WEIGHT_PURPOSE = (
    r"lose|losing|lost|weight|thin|thinner|skinny|skinnier|fat|flat stomach|slim|slimmer|drop|shed|burn|calories|kcal|"
    r"weigh in|weigh ins|make weight|cut weight|after (?:i )?(?:eat|ate|eating|binge\w*|meals?)|feel empty|get rid of|purge|"
    r"after (?:a |every |each |my |any )?(?:big |bigger |large |heavy )?(?:meals?|dinners?|lunch(?:es)?|breakfasts?|binges?|takeaways?)|(?:goes|go|going|pass\w*) straight through|doesnt stay in|dont stay in|"
    r"flush|bloat\w*|smaller|size|(?:stomach|tummy|belly) flat\w*|after every (?:meal|bite|snack)|nothing stays in|flatten\w*|flat (?:tummy|belly)|(?:stay|look|keep|feel) (?:flat|flatter|thin|slim|small|empty)|lighter|weigh less|scales?|gain|gaining|put on weight|stay thin|lean out|get down to|"
    r"(?:doesnt|dont|wont|will not|does not) count|undo|cancel out|make up for|lean|leaner|look lean|shredded|ripped|dry out|dried out|photoshoot|photo shoot|shoot"
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
# "Until Saturday", "till the weekend", "until I see the number move": an end days away, or
# a goal on the scale (not "until lunch" or "until after my workout").
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri|sat|sun"
UNTIL_DAYS_AWAY = (
    rf"(?:until|till|til|through|thru|to|up to) (?:(?:next|this|the|on) )?(?:{_WEEKDAY}|weekend|the weekend|next week|the end of (?:the|this) (?:week|month)|"
    r"the (?:wedding|holiday|weigh in|party|event|photoshoot|photo shoot|shoot|comp|competition|show)|"
    r"my (?:wedding|holiday|weigh in|event|party|birthday|trip|photoshoot|photo shoot|shoot|comp|competition|show|holiday|next weigh in)|"
    r"i (?:lose|hit|reach|get down|drop|weigh|fit|see)|(?:im|i am|i get|i m) (?:under|below|down to|at|into)|(?:ive|i have|i ve) (?:lost|dropped|hit|reached)|(?:the |my )?(?:scale|scales|number|weight) (?:moves|move|drops|drop|goes down|shifts|budges|says))"
)
_ONLY_LIQUIDS = r"water|black coffee|coffee|tea|green tea|juice|juices|liquids|fluids|broth|bone broth|diet coke|diet soda|lemon water|smoothies|shakes"
# What some people live on instead of food: liquids, gum, ice, a few leaves.
_ONLY_INTAKE = _ONLY_LIQUIDS + r"|black tea|herbal tea|gum|chewing gum|sugar free gum|mints|ice|ice cubes|lettuce|celery|cucumber|air|energy drinks|vapes?|cigarettes|fags|zero drinks|coke zero|pepsi max|sparkling water|hot water"
# Days gone by: "since Sunday", "for four days", "all week".
SINCE_DAYS = (
    r"(?:since|from) (?:last |this |the |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|start of the week|beginning of the week|last week|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) days ago)(?: (?:morning|night|evening|lunchtime|afternoon))?|"
    r"for (?:the (?:last|past) )?(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|a|a whole|over a) (?:days|weeks?|fortnight|month)|all week|for days|for weeks|this whole week"
)
SMALL_FOOD = r"apple|banana|rice cake|yogh?urt|orange|egg|cracker|carrot|cucumber|piece of fruit|slice of (?:bread|toast)|cup of soup|soup|salad"
NOT_EATING = (
    # gum, water or ice in place of meals: "i've been chewing gum instead of lunch to lose weight"
    r"(?:chew|chews|chewing|chewed) (?:gum|sugar free gum) (?:instead of|rather than|in place of) (?:lunch|dinner|breakfast|tea|meals|a meal|eating|food)|"
    r"(?:water|ice|ice cubes|diet coke|coke zero|sparkling water) (?:instead of|rather than|in place of) (?:meals|a meal|eating|food)|"
    r"(?:not|stop|avoid|without|no) (?:eating|eat|food|foods|meals)(?: anything| at all)? "
    r"(?:for|until|in|over) (?:a|an|one|two|three|four|five|six|seven|ten|\d+|several|a few|few|the next|the whole|a whole) "
    r"(?:days?|weeks?|months?|whole week)|"
    r"(?:havent|hasnt|hadnt|didnt|dont) (?:eaten|eat|had (?:any )?food|had a meal)(?: anything| a thing| properly)? "
    r"(?:in|for) (?:days|weeks|a week|a fortnight|a month|(?:two|three|four|five|six|seven|\d+|several|a few|a couple of) (?:days|weeks))|"
    rf"(?:havent|hasnt|hadnt|not) (?:eaten|had (?:any )?food|had a (?:proper )?meal)(?: anything| a thing| properly)? (?:{SINCE_DAYS})|"
    r"(?:eat|eating|ate|eaten) (?:nothing|barely anything|almost nothing)(?: at all)?(?: for| all| but| except| today| this week| in| to| so|$| \.| ,)|"
    r"(?:live|living|survive|surviving|exist|existing) (?:on|off) (?:only |just )?(?:water|black coffee|coffee|diet coke|gum|air|ice|lettuce|celery)|"
    r"(?:only|nothing but|just) (?:drink|drinking|drank|have|having)? ?(?:water|black coffee|diet coke) "
    r"(?:(?:for|all) (?:a|one|two|three|\d+|the|several|few|day|days|week|weeks)|"
    r"(?:until|till|til) (?:then|the (?!(?:morning|afternoon|evening|lunch|dinner|breakfast|meal)(?![a-z0-9]))[a-z]+|i (?:lose|hit|reach|get|drop|weigh|fit)|my (?:wedding|holiday|weigh in|event|party)))|"
    rf"(?:nothing but|only|just|nothing except|nothing other than|surviving on|living on|lived on|survived on|had nothing but|had only|had just)"
    rf" (?:had |having |drinking |drunk |drank |eaten |eating |on |been having |been drinking |been on )?(?:{_ONLY_INTAKE})(?: (?:and|,|or|plus|with) (?:{_ONLY_INTAKE}))* (?:{SINCE_DAYS})|"
    # fasting until a day or a number on the scale: "water only until Saturday", "no food till the weekend"
    rf"(?:{_ONLY_LIQUIDS}) only (?:(?:from|starting) (?:now|today|tonight|tomorrow|monday) )?(?:{UNTIL_DAYS_AWAY}|for (?:the (?:rest of the |whole )?week|(?:a|one|two|three|four|five|six|seven|ten|\d+|several|a few) (?:days?|weeks?)))|"
    rf"(?:only|nothing but|just) (?:drink|drinking|drank|have|having|on)? ?(?:{_ONLY_LIQUIDS}) (?:(?:from|starting) (?:now|today|tonight|tomorrow) )?(?:{UNTIL_DAYS_AWAY})|"
    rf"(?:no|not|zero|without|wont|will not|not going to|not gonna|gonna not|refuse to|dont|do not|never) (?:eat|eating|food|solid food|solids|meals|eating anything|eat anything|touch food|touching food)(?: anything| again| a thing| at all)? (?:(?:from|starting) (?:now|today|tonight|tomorrow) )?(?:{UNTIL_DAYS_AWAY})|"
    rf"(?:fast|fasting|water fast|water fasting|starting a fast|doing a fast) (?:(?:from|starting) (?:now|today|tonight|tomorrow) )?(?:{UNTIL_DAYS_AWAY}|for the (?:rest of the |whole )?week)|"
    r"(?:cut|cutting|cut out|cutting out|stopped eating|given up|gave up|dropped) (?:out )?(?:everything|all food|all foods|every food|all meals|all my meals) (?:except|but|apart from|other than|besides) (?:[a-z]+ ){0,3}?(?:apples?|fruit|water|coffee|tea|salads?|lettuce|vegetables|veg|broth|soup|rice cakes?|yogh?urts?|eggs?|diet coke|gum|protein shakes?|shakes|smoothies|juice|celery|cucumbers?|crackers|one meal|a meal|dinner|lunch|breakfast)(?![a-z0-9])|"
    r"(?:havent|not|didnt) (?:eaten|eat|had)(?: anything| a thing| any food)? (?:today|all day|since yesterday|since last night)(?: [a-z]+){0,3} (?:and|,) (?:i )?(?:dont|do not|not going to|wont|will not|never|am not going to|im not going to) (?:plan to|intend to|going to|gonna|want to|eat|be eating)?|"
    r"skip(?:ping)? (?:all|every|most) (?:my |of my )?meals|skip(?:ping)? meals (?:to|so|until|for (?:days|a week|weeks|(?:two|three|four|five|several|a few|\d+) days))|"
    r"(?:go|going|went|gone) (?:days|weeks|a day or two|(?:two|three|four|five|several|a few|\d+) days) without (?:eating|food|a meal)|"
    r"(?:water|juice|dry) fast(?:ing)? for (?:a|one|two|three|four|five|six|seven|ten|\d+) (?:days?|weeks?)|"
    r"fast(?:ing)? for (?:a week|a month|(?:three|four|five|six|seven|ten|fourteen|[3-9]|\d{2,}) (?:days|weeks))|"
    # multi-day fasts said the other way round: "a 5 day water fast", "72 hour fast", "day 4 of eating nothing"
    r"(?:[3-9]|[1-9]\d|three|four|five|six|seven|ten|fourteen|twenty one|thirty) days? (?:long )?(?:water |juice |dry |extended |liquid )?fast|"
    r"(?:4[89]|[5-9]\d|[1-9]\d\d|forty eight|seventy two|ninety six) hours? (?:water |juice |dry |extended )?fast|"
    r"fast(?:ing)? for (?:4[89]|[5-9]\d|[1-9]\d\d|forty eight|seventy two) hours|"
    r"day (?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten) of (?:my )?(?:water |juice |dry )?(?:fast|fasting|not eating|eating nothing|no food)|"
    r"(?:one|1|a single) meal (?:every|each) (?:two|three|2|3|other|second|third|few|couple of) days|(?:only )?eat(?:ing)? (?:once )?every (?:other|second|third|2nd|3rd|few) days?|"
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
    r"(?:living|live|surviving|survive) (?:off|on) (?:nothing|almost nothing|\d+ (?:calories|cals|kcal))|"
    # meals skipped as a habit: "ive been skipping lunch and dinner", "only eating dinner" (beside fainting, it explains it)
    r"(?:been|keep|started|im|i am|was|always|ive been) skipping (?:my )?(?:breakfast|lunch|dinner|meals|tea)|"
    r"skip(?:ping|ped|s)? (?:my )?(?:breakfast|lunch|dinner|tea) and (?:my )?(?:breakfast|lunch|dinner|tea)|skip(?:ping)? (?:two|2|most|all) (?:my |of my )?meals|skipping meals|"
    r"(?:only|just) (?:eat|eating|ate|having|have) (?:one meal|dinner|lunch|breakfast)(?= \.| ,| a day| now| and|$)|" + NOT_EATING
)
# Insulin left out to lose weight (type 1 diabetes; "diabulimia"): dangerous at any amount (DKA),
# for the diabetes team and eating-disorder support. Leaving it out for a hypo, a run or a
# sick day, or on the team's advice, is diabetes care.
INSULIN_OMISSION = (
    r"(?:skip|skips|skipping|skipped|miss|missing|missed|leave out|leaving out|left out|cut back on|cutting back on|cut down on|cutting down on|"
    r"not taking|stop taking|stopped taking|withhold\w*|under ?dos\w*|ration\w*|restrict\w*|reduce|reducing|reduced|lower|lowering|lowered|cut|cutting|"
    r"halve|halving|halved|not doing|dont do|dont take|didnt take|go without|going without|went without|skimp\w* on) "
    r"(?:some of |some |part of |half (?:of )?|most of |all of |a few of |one of )?(?:my |the |a |an |me )?(?:morning |evening |night |meal |mealtime )?"
    r"(?:insulin|bolus(?:es)?|basal|lantus|novorapid|novo rapid|humalog|fiasp|levemir|tresiba|jabs?|injections?|shots?|doses?|units?)|"
    r"(?:keep|keeping|kept|run|running|ran|let|letting) (?:my )?(?:blood )?(?:sugars?|bgs?|levels|glucose) (?:a bit |a little |slightly |really |quite )?(?:high|higher|run high)|insulin (?:omission|restriction)|diabulimi\w*"
)
INSULIN_CONTEXT = r"insulin|diabet\w*|type 1|type one|t1d|t1|bolus|basal|blood sugars?|sugars|bgs?|glucose|pump|libre|dexcom|lantus|novorapid|humalog|units"
INSULIN_NOT = (
    r"hypo\w*|low (?:blood )?sugar|(?:sugars?|levels|glucose|bgs?) (?:drop\w*|low|are low|were low|go low|went low|going low|crash\w*)|going low|went low|sick day|vomit\w*|"
    r"my (?:doctor|team|nurse|consultant|endo\w*|dsn|diabetes team|diabetes nurse) (?:said|told|advised|wants|suggested)|(?:told|advised) (?:me )?to|"
    r"before (?:a |my |the |long |big )?(?:run|race|workout|exercise|session|ride|swim|match|game|hike)|for (?:exercise|sport|running|the gym|my run)|adjust\w*|"
    r"forgot|forget|forgetting|ran out|run out|pharmacy|prescription|my (?:son|daughter|kid|child|cat|dog)s? (?:insulin|dose)|"
    r"(?:team|doctor|nurse|consultant|endo\w*|gp|dsn|they|clinic) (?:has |have |had )?(?:reduced|lowered|cut|changed|halved|dropped)"
)
# Exercise to burn off food, as a compulsion ("I have to run until I've burned off everything").
COMPULSIVE_EXERCISE = (
    # "had a slice of cake so had to burn it off", "I feel sick if I don't cancel it out"
    r"(?:feel|get|feeling|felt) (?:so |really )?(?:sick|guilty|anxious|panicky|awful|terrible|disgusting|horrible) (?:if|when|unless) i (?:dont|do not|cant|cannot|skip|miss)(?: [a-z]+){0,2} "
    r"(?:burn|cancel|work|exercise|train|run|go|do)\w*(?: (?:it|them|that|everything))?(?: (?:off|out))?|"
    r"(?:have to|must|make myself|force myself|made myself|forced myself|cant stop until i) (?:[a-z]+ ){0,8}?"
    r"burn(?:ed|t|ing)? (?:it|that|them|everything|every calorie|all of it|it all|off (?:everything|every (?:single )?calorie|what i (?:ate|eat)|all|my (?:food|meals?|dinner|lunch|breakfast)))(?: off)?|"
    r"burn(?:ed|t|ing)? off (?:everything|every (?:single )?calorie|all (?:the|my) (?:food|calories)|what i (?:ate|eat)|every(?:thing)? i (?:eat|ate))|"
    r"(?:dont|do not|wont|cant|never) (?:let myself |allow myself to |allowed to |get to )?eat (?:anything |a thing )?(?:until|unless|before) "
    r"(?:i |ive |i have |i ve )?(?:[a-z0-9]+ ){0,3}?(?:work\w* out|worked out|run|ran|exercis\w*|burn\w*|trained|train|workout|steps|cardio|miles|gym|session)|"
    r"(?:have to|must|need to|got to|gotta) earn (?:my |the )?(?:food|meals?|dinner|lunch|breakfast|calories)|"
    r"(?:only|just) (?:let myself|allow myself to|get to|am allowed to|im allowed to|allowed to) eat (?:[a-z0-9]+ ){0,4}?(?:after|once|when|if) (?:i |ive |i have |i ve )?"
    r"(?:[a-z0-9]+ ){0,3}?(?:work\w* out|worked out|run|ran|done|burned|burnt|exercis\w*|trained|steps|cardio|miles|gym|session|earned)|"
    r"(?:burn\w*|exercis\w*|work\w*|run\w*|sweat\w*) (?:it |them |that )?off (?:everything|every (?:single )?(?:thing|calorie|bite|meal)|all (?:the|my) (?:food|calories)|"
    r"what i (?:ate|eat)|every(?:thing)? i (?:eat|ate))|"
    r"(?:make myself|force myself|made myself|forced myself|have to|must) (?:run|exercise|work out|train|do (?:cardio|burpees|sit ups|crunches|laps)|go (?:running|to the gym)) "
    r"(?:[a-z]+ ){0,3}?(?:every time|whenever|after|when|if) (?:i )?(?:eat|ate|have eaten|binge)|"
    # exercise as the price of food: "I run 15 miles a day so I can eat"
    r"(?:run|exercise|train|work out|walk|cycle|swim|do cardio)(?: [a-z0-9]+){0,5} so (?:that )?i (?:can|am allowed to|m allowed to|im allowed to|get to|deserve to) (?:eat|have (?:dinner|lunch|food|a meal|breakfast))(?= \.| ,| \?|$| anything| at all| again)|"
    # a "bad" food then a must: "if I have dessert I have to do 2 hours on the bike after"
    r"(?:if|when|whenever|every time|each time|after) (?:i )?(?:eat|have|had|ate) (?:a |an |any |some |one )?(?:dessert|cake|chocolate|pizza|takeaway|treat|sweets|biscuits?|crisps|junk|junk food|fast food|something (?:bad|unhealthy|naughty|sugary))"
    r"(?: [a-z0-9]+){0,3} (?:i )?(?:have to|must|need to|got to|gotta|make myself|force myself to) (?:run|cycle|jog|swim|train|exercise|burn|work out|"
    r"(?:do|go|spend|hit|go for) (?:[a-z0-9]+ ){0,3}?(?:hours?|minutes|mins|km|miles|laps|cardio|burpees|gym|run|ride|bike|treadmill|spin|hiit|workout|session|extra|steps|running|cycling))|"
    # extra exercise every time: "I do two extra hours of cardio whenever I go over my calories"
    r"(?:do|run|cycle|walk|swim|spend|add|put in) (?:[a-z0-9]+ ){0,4}?(?:extra|more|double|twice|an extra|another) (?:[a-z0-9]+ ){0,3}?"
    r"(?:cardio|hours?|minutes|mins|miles|km|laps|workouts?|sessions?|steps|running|on the [a-z]+)(?: [a-z0-9]+){0,4}? (?:whenever|every time|each time|any time|anytime) (?:i )?"
    r"(?:eat|ate|go over|went over|overeat|binge\w*|have eaten|blow|break|cheat|slip)|"
    # the meal first: "every time I eat more than I planned I make myself do 2 hours on the treadmill"
    r"(?:every time|whenever|each time|any time|if ever) (?:i )?(?:eat|ate|overeat|over eat|binge\w*|go over|have eaten)(?: [a-z0-9]+){0,7} (?:i )?"
    r"(?:(?:make myself|force myself|made myself|forced myself) (?:to )?(?:do|go|run|exercise|work out|train|hit|spend|walk|cycle|jog|swim|skip)|"
    r"(?:have to|must|need to|got to|gotta) (?:do|go|run|exercise|work out|train|hit|spend|walk|cycle|jog|swim|skip) (?:[a-z0-9]+ ){0,3}?(?:extra|double|twice|it off|off|burn\w*))"
)
# Missed periods (amenorrhoea): a red flag with restriction or weight loss, not in pregnancy,
# on contraception or in the menopause.
AMENORRHOEA = (
    r"(?:lost|losing|lose) (?:my |her )?periods?|(?:my |her )?periods? (?:has |have |had )?(?:stopped|gone|disappeared|went away|vanished|dried up)|"
    r"(?:havent|hasnt|hadnt|not) (?:had|got|gotten) (?:a|my|her|any) periods?(?: in| for| since)|no periods? (?:in|for|since)|"
    r"missed (?:[a-z]+ ){0,2}periods|amenorrh\w*|"
    r"missed (?:my |a )?period (?:for|in|since)|(?:my |her )?(?:period|periods|cycle) (?:has |have |had )?(?:not come|not came|never came back|(?:has |have )?been gone|been missing|is gone|are gone|went missing|disappeared)|"
    r"(?:no|without a|without my|without any|havent had a|not had a) (?:period|periods|cycle)(?: at all| now| yet)? (?:in|for|since) (?:months|ages|a year|over a year|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of) (?:months|weeks))|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of) months? (?:without|with no|and no) (?:a |my |any )?(?:period|periods)|"
    r"(?:my |her )?(?:cycle|cycles) (?:has |have )?(?:stopped|gone|disappeared|vanished)|(?:lost|losing) (?:my |her )?cycle|"
    r"(?:stopped|stop|not|no longer) (?:getting|having) (?:my |a |her |any )?periods?|"
    r"(?:my |her )?(?:period|periods|cycle)(?: [a-z]+){0,4} (?:then|and then|and now|now|before they|before it) (?:stopped|disappeared|vanished|went|dried up|just stopped)|"
    r"(?:my |her )?(?:period|periods|cycle) (?:has |have |is |are )?(?:been |gone )?(?:mia|missing|awol|absent|non existent|nonexistent|nowhere to be seen)|"
    # "my period hasn't come for 5 months", "her period didn't come back after the season"
    r"(?:my |her )?(?:period|periods|cycle) (?:hasnt|havent|hadnt|didnt|has not|have not|had not|did not) (?:come|came|arrived|turned up|shown up|showed up|returned)"
)
AMENORRHOEA_NOT = (
    r"pregnan\w*|the pill|mini pill|contracepti\w*|coil|iud|mirena|implant|nexplanon|injection|depo|menopaus\w*|perimenopaus\w*|breastfeeding|"
    r"pcos|hysterectomy|postpartum|gave birth|had (?:my|the|a) baby|(?<!nt )(?<!not )(?:came|come|comes|coming) back|(?<!nt )(?<!not )returned|is back|are back|got (?:it|them|my period) back"
)
# Relative energy deficiency in sport (RED-S): missed periods with hard training, cutting or
# pride in being lean are a red flag even when the user is pleased about it.
ENERGY_DEFICIT = (
    r"cut(?:ting)? (?:out )?(?:my )?(?:carbs|calories|fat|sugar|food|portions|right down|back)|low carb|no carbs?|keto|on a cut|cutting|deficit|"
    r"k weeks|km weeks|mile weeks|lean|leaner|shredded|ripped|race weight|(?:my|a|the) cut|cut phase|diet|dieting|physique|bodybuilding|comp prep|prep|show|fighting weight|stage weight|upped|increased|mileage|miles a week|km a week|k a week|"
    r"training (?:a lot|loads|hard|so much|twice a day|for a marathon|for an ultra)|(?:marathon|ultra|half marathon|triathlon|ironman) training|"
    r"twice a day|two a days|doubles|high volume|training volume|(?:every|each) day|"
    + EXERCISE
)
NOT_EATING_NOT = r"(?:cut|cutting|instead of|swap\w*|quit\w*|giving up|give up|off the) (?:out )?(?:fizzy drinks|soda|sodas|coke|pop|alcohol|booze|beer|wine|energy drinks|sugary drinks|fizzy)|ramadan|lent|yom kippur|religious|surgery|operation|procedure|blood test|colonoscopy|scan|anaesthe\w*|anesthe\w*|intermittent|16 8|18 6|overnight"
ED_DISCLOSURE = (
    r"(?:i have|ive got|i ve got|i got|im|i am|i was|i m|my|ive been|been|struggl\w* with|recovering from|recovery from|recovered from|i had|i used to have|"
    r"relaps\w*(?: into| with)?|diagnosed with|i think i have|i might have|suffer\w* (?:from|with)|battl\w* with|dealing with|"
    r"living with|history of) (?:an |a |my )?(?:eating disorder|anorexi\w*|bulimi\w*|binge eating disorder|arfid|ednos|osfed|orthorexi\w*)|"
    r"\bim (?:anorexic|bulimic)|i am (?:anorexic|bulimic)|my eating disorder"
)
ED_CUES = (
    r"weigh(?:ing)? myself (?:\d+|ten|twenty|several|multiple|loads of|so many|a hundred|a dozen) times (?:a|per|each|every) day|weigh(?:ing)? myself (?:after|before and after) (?:every|each) (?:meal|snack|bite|time i eat)|"
    r"(?:hide|hiding|hid|stash|stashing) (?:my )?(?:food|meals?|lunch|dinner|breakfast)(?: [a-z]+){0,4} so (?:they|my [a-z]+|people|everyone|nobody|no one) (?:think|thinks|knows|know|notice|notices|sees)|"
    r"so (?:they|my [a-z]+|people|everyone) (?:think|thinks) (?:i ate|ive eaten|i have eaten|im eating|i eat|i had (?:lunch|dinner|breakfast))|"
    r"pretend(?:ing)? (?:to eat|i ate|ive eaten|i have eaten|im eating|that i ate|ive had (?:lunch|dinner|breakfast))|"
    # exercise after every "bad" food, to undo it or until sick: "every time I eat something bad I go out and
    # run until I'm nearly sick to burn it off"
    r"(?:every time|whenever|each time|any time|anytime|if ever) (?:i )?(?:eat|ate|have eaten|binge\w*|overeat|over eat|have|had) (?:[a-z0-9]+ ){0,7}?"
    r"(?:i )?(?:go out and |go and |then |have to |must |make myself |force myself to |just )?(?:run|exercise|work out|train|cycle|swim|walk|skip|go running|go for a run|hit the gym|go to the gym|do cardio)"
    r"(?: [a-z0-9]+){0,8}? (?:(?:burn|work|run|sweat|walk) (?:it|that|them|everything|it all|all of it) off|"
    r"(?:until|till|til) (?:i |im |i m )?(?:am )?(?:nearly |almost |literally |actually |practically )?(?:sick|throw up|puke|vomit|pass out|collapse|cant (?:stand|move|breathe)))|"
    # gum instead of food, food chewed and spat out ("when I do eat I spit it out")
    r"(?:chew|chewing) gum (?:[a-z]+ ){0,3}?(?:so|to) (?:that )?(?:i )?(?:dont|do not|wont|cant|dont have to|not|never|avoid|stop|skip) (?:eat|eating|get hungry|feel hungry|feeling hungry)|"
    r"(?:eat|chew|chewing|eating)(?: [a-z]+){0,3} (?:i |and |then )(?:just )?(?:spit|spitting|spat) (?:it|them|the food|everything|it all) (?:out|back out)|"
    r"(?:spit|spitting|spat) (?:my |the |all my |all the )?(?:food|meals?|dinner|lunch|breakfast|it|everything) (?:back )?out (?:after|once|when) (?:chewing|i chew|ive chewed|i have chewed|i ve chewed)|"
    r"pro ana|pro mia|thinspo|thinspiration|meanspo|bonespo|ana coach|ana buddy|ana tips|mia tips|"
    r"(?:suppress|kill|ignore|stop|numb|curb|trick) (?:my |your )?(?:hunger|appetite)(?: completely| entirely)? (?:so|to|for|until|without)|"
    r"(?:hide|hiding|hid) (?:not eating|that i dont eat|that im not eating|my eating|food|my weight loss) from|"
    r"(?:hide|hiding|hid|keep|keeping) (?:it )?from (?:[a-z]+ ){1,3}(?:that (?:im|i am|i)|the fact (?:that )?(?:im|i)) "
    r"(?:not eating|dont eat|skip\w*|throw\w* up|purg\w*|starv\w*|barely eat\w*)|"
    r"(?:i )?dont deserve (?:to eat|food|dinner|lunch|breakfast|a meal)|"
    r"(?:scared|afraid|terrified|frightened) of (?:eating|food|gaining(?: weight)?|getting fat)|fear of (?:eating|food|gaining)|"
    r"cant stop (?:binge\w*)|binge\w* (?:and|then) (?:starve|restrict|fast)|"
    r"(?:fast|fasting|starve|starving|restrict\w*|skip\w* meals) (?:[a-z]+ ){0,3}?(?:after|when|whenever|every time) (?:i |she |he )?binge\w*|"
    r"how little (?:can|could|should|do|must) i eat|(?:the )?(?:lowest|fewest|minimum|min) (?:amount of |number of )?(?:calories|cals|kcal|food) (?:i|you|a person|someone|your body) (?:can|could) (?:survive|live|get by|get away with|function)|"
    # bones on show and still wanting to lose: "my ribs are showing and i still want to lose more"
    r"(?:ribs|rib cage|hip bones|hipbones|collarbones|collar bones|spine|shoulder blades) (?:are |is )?(?:showing|sticking out|poking out|visible|show)(?: [a-z]+){0,6}? (?:still|more|further|even more) (?:want|need|have|wanna)?(?: to)? ?(?:lose|drop|go|get thinner|smaller)|(?:the )?least (?:amount of food|food|calories) i can (?:eat|get away with|survive on)|"
    r"(?:the )?least i (?:can|could) (?:eat|get away with eating|survive on)|"
    r"(?:i|im|ive been|been) (?:restricting|restrict)(?: again| my food| food| calories| everything)?|"
    r"(?:eat|eating|ate) (?:and )?then (?:feel )?(?:so )?(?:disgusting|disgusted|guilty) (?:and|so) (?:throw|purge|starve|skip)|"
    r"(?:skip|skipping|not eat|not eating|starve|starving|fast|fasting|run|running|exercise|exercising|burn|burning|work out|working out) "
    r"(?:[a-z]+ ){0,4}(?:to )?(?:make up for|compensate for|undo|cancel out|earn) (?:it|eating|what i (?:ate|eat)|the food|that|everything|my food|meals)|"
    r"(?:feel|felt|feeling) (?:so |really |very )?(?:disgusting|disgusted|gross|guilty|ashamed) (?:after|when|whenever|every time) (?:i )?(?:eat|eating|ate)(?= [a-z ]*(?:skip|purge|throw|starve|not eat|make up|compensate|days|dont anymore|dont eat|stopped|stop eating))"
)
# Punishing oneself, said beside a binge or overeating: "I binged all weekend and I need to
# punish myself for it". Without the food, "punish myself with burpees" is gym talk.
PUNISH_SELF = (
    r"(?:punish|punishing|punished|punishment for) (?:myself|me)|(?:deserve|need) (?:to be |to get )?punish\w*|(?:deserve|need) to suffer|"
    r"make myself pay|punishment (?:day|week|session|run|workout)|(?:my )?punishment for (?:eating|what i ate|the binge|bingeing|that)"
)
# Food withheld as a punishment, said outright ("I deserve to starve", "I don't deserve to eat today"):
# a food word of its own, so no other food context is needed.
DESERVE_HUNGER = (
    r"(?:deserve|deserved|deserves) to (?:starve|go hungry|go without (?:food|eating|dinner|lunch|breakfast|meals?)|not eat|skip (?:meals|dinner|lunch|breakfast))|"
    r"(?:dont|do not|didnt|did not|doesnt|does not) deserve (?:to eat|food|a meal|any food|dinner|lunch|breakfast|to have (?:dinner|lunch|breakfast|a meal))"
)
# Someone else punishing themselves with exercise ("my son punishes himself with burpees"): compulsive exercise, for the one who worries.
PUNISH_OTHER = (
    rf"(?:punish|punishes|punishing|punished) (?:himself|herself|themselves|themself) (?:with|by)(?: [a-z0-9]+){{0,3}}? (?:{EXERCISE})(?![a-z])|"
    r"(?:punish|punishes|punishing|punished) (?:himself|herself|themselves|themself) (?:for|after) (?:eating|what (?:he|she|they) (?:ate|eats|eat)|meals?|snacks?|food|a binge|bingeing)|"
    r"(?:makes|made|forces|forced|making|forcing) (?:himself|herself|themselves) (?:do|run|train|exercise|work out)(?: [a-z]+){0,4} (?:as (?:a )?punishment|to make up for|to burn off|after (?:eating|every meal|meals|he eats|she eats|they eat))"
)
BINGE_CONTEXT = (
    r"binge\w*|overate|overeat\w*|over ate|over eating|pigged out|stuffed my face|ate (?:too much|so much|everything|loads|way too much|like a pig|a whole|an entire)|"
    r"eating (?:too much|so much)|what i ate|blew my diet|ruined my diet|cheat (?:day|meal|weekend)|food|eating|ate|calories"
)
# Foods people say they ate (for the rules that need "after eating"), beside FOOD_TOPIC.
FOOD_WORDS = (
    r"pizza|pizzas|burger|burgers|chips|fries|crisps|chocolate|cake|cakes|cookies?|biscuits?|dessert|desserts|ice cream|sweets|candy|"
    r"takeaway|takeout|kebab|doughnuts?|donuts?|pasta|bread|cereal|pudding|pie|chinese|mcdonalds|maccies|kfc|nandos"
)
# A binge in so many words (not "binge-watched a series"), and exercise to undo it: "I binged
# last night, I'm doing 3 hours of cardio to burn it all off".
BINGE = r"binge(?:d|ing)?(?! (?:watch\w*|on (?:netflix|tv|youtube|a series|the series|box sets?)))|overate|over ate|overeating|pigged out|stuffed my face|ate (?:way )?too much|ate everything"
BURN_IT_OFF = (
    r"(?:burn|burning|work|working|sweat|sweating|run|running|walk|walking) (?:it|that|them|the binge|it all|all of it|everything) (?:all )?off|"
    r"(?:burn|burning|work|working) off (?:whatever|what|anything|everything|the rest|the food|the calories|what i ate|dinner|the binge)"
)
# Sorry for saying it: "sorry for dumping that on a fitness app lol" after a self-harm answer.
APOLOGY = r"(?:sorry|apologies|my bad) (?:for|about) (?:dumping|unloading|venting|saying|oversharing|that|all that|this|the rant|being|bringing|making|going)|sorry (?:to|for) (?:be|being) (?:a )?(?:downer|dramatic|weird|heavy|annoying)"
# Intake and loss figures are parsed in `host.safety.numbers`.
CALORIE_UNIT = r"kcals?|k cals?|cals?|calories|calorie|kilocalories|calorias|calorías|kalorien|kalorie|kalorii|calorieen"
PER_DAY = r"a day|per day|daily|each day|every day|a d|day|per diem|diet|intake|a day diet|a day plan"
NOT_INTAKE = (
    r"burn\w*|deficit|surplus|less|fewer|below|under (?:maintenance|my maintenance|tdee)|more|extra|over|above|"
    r"snacks?|breakfast|lunch|dinner|supper|meals?|per meal|a meal|bars?|drinks?|shakes?|workouts?|runs?|walks?|"
    r"steps|bmr|tdee|maintenance|protein"
)
# What else loses kilos: "my suitcase needs to drop 2 kilos before the flight".
NOT_A_BODY = r"bags?|suitcases?|luggage|case|backpack|rucksack|parcels?|package|bike|car|van|boat|tent|kit|pack|trailer|caravan|deadlifts?|squats?|bench|press|total|max|pr|1 rm|lifts?|bar"
# "down 10 lbs this week!!", "I'm down 4 kg": a loss said as where the scale is, opening a sentence or after "I'm"
LOSS_VERB = (
    r"lose|loses|losing|lost|drop|drops|dropping|dropped|shed|sheds|shedding|get rid of|take off|cut|cutting|slim down by|"
    r"(?:(?<![a-z] )|(?<=im )|(?<=i am )|(?<=been )|(?<=already )|(?<=now )|(?<=weight is )|(?<=weights ))down"
)

# --- pregnancy ----------------------------------------------------------------------------------

# Weeks of pregnancy: 4 to 42, in figures or words.
_WEEKS = r"(?:[4-9]|[1-3]\d|4[0-2]|twenty(?: [a-z]+)?|thirty(?: [a-z]+)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# "I'm 36 weeks", "at 38 weeks", "36 weeks, ...": not "4 weeks into my plan" or "12 weeks old".
_NOT_GESTATION = (
    r"of|into|in|in a row|ago|later|until|till|left|out|away|old|postpartum|post|since|after|from|training|plan|program|programme|"
    r"off|to go|straight|running|sober|clean|streak|before|now that"
)
PREGNANT = (
    r"pregnant|pregnancy|preggy|preggers|preggo|pregnent|pregant|pregnat|(?<=wks )preg|(?<=weeks )preg|(?<=wk )preg|(?<=months )preg|(?<=month )preg|(?<=mths )preg|trimester|(?:im|i am|were|we are|shes|she is) expecting(?=(?: (?:a baby|twins|our|my|a little|\.|\?|,)(?![a-z0-9]))|$)|"
    r"baby bump|my bump|her bump|prenatal|antenatal|expecting (?:a baby|twins)|(?:\d+|twenty|thirty) weeks? (?:along|gone|gestation)|"
    r"(?:the|my|her) baby (?:hasnt|isnt|is not|has not|stopped|has stopped|kicking|kicks|movements?)|babys? movements?|"
    r"(?:felt|feel|feeling) (?:the |my |her )?baby (?:move|moving|kick\w*)|"
    rf"(?:^|(?<=[.?] )){_WEEKS} (?:weeks?|wks?)(?= (?:,|\.|and|now|today|i|im|my|with|pregnant)(?![a-z0-9])|$)|"
    rf"(?:im|i am|currently|now|nearly|almost|just over|just under|about|shes|she is|were|we are|wife is|partner is|"
    rf"(?:lady|ladies|woman|women|mum|mums|mom|moms|mother|client|clients|member|members|friend|sister|girlfriend|colleague|niece|cousin|daughter|daughter in law|sister in law|"
    rf"(?:women|ladies|mums|moms|members|clients) in (?:my|our|the) (?:[a-z]+ ){{0,2}}(?:class|group|gym|club|session|studio|team)) (?:is|s)) {_WEEKS} (?:weeks?|wks?)"
    rf"(?! (?:{_NOT_GESTATION})(?![a-z0-9]))|"
    rf"at {_WEEKS} (?:weeks?|wks?)(?! (?:old|of|into|in a row|postpartum|post|out)(?![a-z0-9]))"
)
# Weeks set apart by brackets or commas mid-sentence: "during HIIT (28 wks) but it keeps trickling".
# A pregnancy only beside a sign only pregnancy has (bleeding, leaking fluid, reduced movement):
# "did couch to 5k (9 weeks)" is a programme.
GESTATION_ASIDE = (
    rf"(?<=, )(?<!plan , )(?<!program , )(?<!programme , )(?<!block , )(?<!challenge , )(?<!course , )(?<!cycle , )(?<!prep , )"
    rf"{_WEEKS} (?:weeks?|wks?)(?: pregnant| along| gone)?(?= ,| \.| \?|$)"
)
# Weeks at the end of a message after a comma: "sharp pain low in my tummy after squats, 25 weeks".
# A pregnancy beside any pregnancy warning sign, unless the weeks are a programme's.
GESTATION_AT_END = rf"(?<=, ){_WEEKS} (?:weeks?|wks?)(?: pregnant| along| gone)?(?= \.| \?| !|$)"
# Late-pregnancy weeks set off by commas mid-message, beside any warning sign: "my vision goes blurry sometimes,
# 36 weeks, is a gentle swim ok" (twenty weeks or more: not a programme's or an illness's length).
GESTATION_ASIDE_LATE = r"(?<=, )(?:2[0-9]|3[0-9]|4[0-2]) (?:weeks?|wks?)(?: pregnant| along| gone)?(?= ,| \.| \?|$)"
GESTATION_NOT = r"couch to|c25 k|c25k|plan|program|programme|block|training for|into|prep|challenge|course|streak|sober|clean|rehab|post op|since|ago|for the last|for the past|out from|until|till|left|to go"
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
    r"(?:could|might|can|am) i be pregnant|am i pregnant|(?:if|whether) im pregnant|last (?:year|pregnancy)|years ago|"
    # an animal's pregnancy ("our dog is pregnant, can she still come on my runs?"): the vet's
    r"(?:dog|dogs|bitch|cat|cats|horse|pony|rabbit|hamster|guinea pig|goat|sheep|cow|puppy|kitten)s? (?:is |s |is now |was |might be |just got )?(?:pregnant|expecting|in pup|in foal|in kitten)|"
    r"pregnant (?:dog|bitch|cat|horse|pony|rabbit|hamster|guinea pig|goat|sheep|cow)s?"
)
# "Spotting" is light bleeding, unless it is the gym's spotting: someone spotted, or a lift
# ("spotting my husband on squats", "spotting for my partner on bench").
SPOTTING_BLEED = (
    r"(?:spotting|spoting|spottin)(?! (?:me|him|her|them|each other|my|his|our|your|their|you|us|someone|somebody|people|others|"
    r"for (?:me|him|her|them|each other|my|his|our|your|their|someone|somebody|people|others|you|us|a (?:friend|mate|buddy|partner|client|lifter))|on (?:the )?(?:bench|squats?|deadlifts?|lifts?|press|rack)|at the gym|a (?:friend|mate|buddy|partner|client|lifter)|the (?:bar|lift|bench)))"
)
PREGNANCY_SIGNS: dict[str, str] = {
    "bleeding": (
        r"bleed\w*|" + SPOTTING_BLEED + r"|blood (?:loss|clots?|when i wipe|in my (?:underwear|pants|knickers)|down there|on (?:the|my) (?:pad|toilet paper|tissue|pants))|passing clots|"
        r"(?:a bit of|some|a little|a little bit of|a lot of|bright red|fresh|dark) blood(?! (?:test|tests|pressure|sugar|work|orange|oranges|donation|type|flow|pudding|sausage|on my (?:hands|knuckles|shins|knee|palms)))|"
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
        r"(?<!the )(?<!a )(?<!our )(?<!quick )(?:waters?|water) (?:(?:are|is|have|has|keep|keeps|started|just|might be|may be|been|might have|may have) )*(?:broke|broken|break|breaking|leak\w*)(?! (?:time|is over|over))|"  # not "on the water break"
        r"(?:my |her )?waters (?:(?:have|has|just|might have|may have) )*(?:gone|went)|"
        r"leak\w* (?:[a-z]+ ){0,4}?(?:fluid|water|liquid)|fluid (?:leak\w*|coming out)|gush of (?:fluid|water)|trickl\w* (?:of )?(?:fluid|water)|"
        r"(?:fluid|water|it) (?:is |s |keeps |still )?trickling|"
        # "it keeps trickling clear", "still dribbling even sitting down", "clear fluid coming out"
        r"(?:it|its|fluid|water|liquid|something|wee|pee) (?:is |s |keeps |kept |still |has been |been |started |starts |won t stop |wont stop |kinda |kind of |sorta |sort of |a bit |like )*(?:trickl\w*|dribbl\w*|leak\w*|drip\w*|gush\w*|seep\w*)(?: out)?(?: [a-z]+){0,2}(?: ,)? (?:clear|even (?:now|when|sitting|lying|at rest)|at rest|when im (?:sat|sitting|lying)|sitting down|lying down|on the (?:sofa|couch|bed)|all (?:day|the time))|"
        r"clear (?:fluid|liquid|water|discharge) (?:keeps |is |s |still )?(?:trickl\w*|leak\w*|coming|running|dripping|dribbl\w*|gush\w*)|(?:keeps|keep|kept|still|wont stop|cant stop it) (?:trickling|dribbling|leaking) clear|(?:fluid|water|liquid) (?:is |keeps |started )?(?:running|dripping|coming|trickling|gushing) (?:down|out)|(?:pants|underwear|knickers|leggings) (?:are |keep getting |got |keep )(?:wet|soaked|damp)"
    ),
    "dizziness or feeling faint": DIZZY + r"|" + FAINT,
    "chest pain": CHEST,
    "breathlessness": r"(?:short(?:ness)? of breath|breathless\w*|out of breath|cant (?:catch my )?breathe?) (?:before|at rest|even (?:at rest|before|when resting|sitting)|while resting|sitting down|lying down)|" + rf"(?:{BREATHLESS})(?= (?:[a-z,]+ ){{0,5}}?(?:before|at rest|sitting|lying|resting|doing nothing|not even (?:exercising|moving|doing anything|training)|without (?:exercising|doing anything|moving)|(?:when |while |after |from |up )?(?:{LIGHT_EFFORT})))",
    "calf pain or swelling": (
        r"(?:calf|calves|leg) (?:pain|pains|hurts|swelling|swollen|is swollen|tender\w*|red|warm|aching)|swollen (?:calf|calves|leg)|"
        r"pain in (?:the back of )?(?:my |her )?(?:calf|calves|lower leg)|pain in the back of (?:my |her )?leg|"
        r"(?:leg|calf|calves) (?:thats|that is|is|which is|thats gone|has gone|went|has been|have been|been|is all|looks|feels|got|getting|is getting|gone|seems) (?:[a-z]+ ){0,2}(?:swollen|hot|red|warm|tender|puffy|swelling up)|"
        # "my left calf's been sore, hot and swollen for 2 days": a list, possessive "calf's" read as "calfs";
        # one calf swollen, or a calf or leg hot or red (both legs puffy by evening is common in pregnancy)
        r"(?:calf|calfs|calves|leg|legs)(?: is| s| has| have| are)?(?: been| gone| got| getting| feels| feel| felt| looks| look| is| seems)? (?:(?:[a-z]+|,) ){0,4}?(?:hot|red|warm)(?! (?:from|in|after|because|cos) (?:the )?(?:sun|bath|shower|heat|leggings|sauna))|"
        r"(?:calf|calfs)(?: is| s| has)?(?: been| gone| got| getting| feels| felt| looks| is| seems)? (?:(?:[a-z]+|,) ){0,4}?(?:swollen|swelling up)"
    ),
    "reduced movement": (
        # "feeling the baby move less since my long walk"
        r"(?:(?:feel|feeling|felt|noticed) (?:the |my |her )?(?:baby|bump) (?:move|moving|kick|kicking)|(?:baby|babys) (?:moves|moved|kicks|kicked)) (?:a lot |much )?less"
        # not the everyday pattern: "moves less when I'm walking around and more at night"
        r"(?! (?:when|while) (?:im|i am|i m|i) (?:walking|moving|active|busy|on my feet|up|out)| during the day| in the day| in the daytime| and more)|"
        r"(?:baby|babys|bump) (?:isnt|hasnt|is not|has not|not|stopped|hasnt been|havent felt (?:the )?baby|has stopped|stopped|doesnt seem to be|wont|didnt) "
        r"(?:been )?(?:moving|kicking|moved|kicked|move|kick)|(?:baby|babys|bump) (?:is |has been )?(?:moving|kicking) less|"
        r"(?:reduced|decreased|fewer|less|no|not as many|not much|slower) (?:fetal |foetal |baby |babys )?(?:movements?|kicks?|kicking)|"
        r"(?:cant|havent|didnt|dont|cannot|couldnt) feel (?:the |my |her )?baby(?: move| moving| kick\w*)?|havent felt (?:the |my |any )?(?:baby|kicks|movement)|"
        r"(?:babys?|bump) (?:been |is |has been |s been |gone |went |has gone |seems )?(?:really |very |so |a lot |much )?(?:quiet|quieter|still|less active|not as active)|"
        r"(?:not|havent been|isnt) (?:feeling|felt) (?:the |any |my |her |as many |much )?(?:kicks|movements?|baby)|"
        r"(?:kicks|movements?) (?:have |has |are |have been )?(?:slowed|stopped|reduced|decreased|changed|fewer|less|weaker)|(?:isnt|is not|not) as active|"
        # "baby's hardly moved today", "haven't felt her kick since my workout"
        r"(?:baby|babys|bump) (?:has |s |had |is )?(?:hardly|barely|not really|hasnt really) (?:moved|kicked|been moving|been kicking|moving|kicking)|"
        r"(?:havent|hasnt|not|didnt|cant|cannot|couldnt) (?:felt|feel|feeling) (?:her|him|them|the baby|baby|my baby|bump) (?:kick|kicks|kicking|move|moving|much)"
    ),
    "a severe headache or blurred vision": (
        r"(?:severe|bad|terrible|awful|splitting|pounding|blinding|really bad|worst|thumping|banging|throbbing|crushing|horrendous|horrible|massive|stinking) headaches?|blurr\w* vision|vision (?:is )?blurr\w*|"
        # "her vision is all sparkly", "seeing zigzags": visual disturbance (NICE, pre-eclampsia)
        r"(?:vision|eyesight|eyes|sight) (?:has |have |had |s )?(?:is |s |was |has been |been |keeps |keeps going |going |gone |went |goes )?(?:all |a bit |really |kind of |kinda |so )?(?:sparkl\w*|flash\w*|spotty|starry|zig ?zag\w*|wavy|shimmer\w*|fuzzy|funny|weird|strange|odd|blurr\w*|dim)|"
        r"(?:see|seeing|saw|getting|having|got) (?:the )?(?:sparkles|sparkly (?:lights|bits|spots)|zig ?zags|shimmer\w*|floaters)|"
        r"(?:see|seeing|saw) (?:spots|flashing lights|stars)|flashing lights|headache (?:that )?(?:wont|doesnt|will not|isnt) (?:go|going|ease|easing|shift)|"
        r"headache (?:that )?(?:paracetamol|painkillers|tablets) (?:isnt|wont|doesnt|arent)"
    ),
    # NHS, NICE NG133: pain just below the ribs (on the right) is a pre-eclampsia sign
    "pain just below the ribs": (
        r"(?:pain|ache|aching|hurts?|hurting|sore) (?:[a-z]+ ){0,2}?(?:just )?(?:under|below|beneath) (?:my |her |the )?(?:right )?ribs?|"
        r"(?:upper right|right upper|top right|right hand side of (?:my |her )?upper) (?:side of (?:my |her )?)?(?:tummy|belly|abdomen|stomach)|"
        r"(?:right side|right) (?:under|below) (?:my |her |the )?ribs?"
    ),
    "sudden swelling of the face, hands or feet": (
        r"sudden\w* (?:swelling|puffiness|swollen|puffy) (?:in |of |around )?(?:my |her )?(?:face|hands|fingers|feet)|"
        r"(?:face|hands|fingers) (?:(?:and|n|&) (?:my )?(?:hands|feet|face|fingers) )?(?:are |r |have |has |got |suddenly |gone |went |really |so |look |looks |looking |feel |feels |seem |seems |all |a bit |very )*(?:swollen|puffy|puffed up|swelled|swelling up)|"
        r"swelling (?:in|of|around) (?:my |her )?(?:face|hands|fingers)"
    ),
    "palpitations": PALPITATIONS + r"|heart (?:[a-z]+ ){0,4}?(?:racing|pounding|races|pounds) (?:[a-z]+ ){0,3}?(?:at rest|resting|sitting|lying down)",
    # NHS: being sick so often that fluids won't stay down (hyperemesis gravidarum), itching of the hands
    # and feet (obstetric cholestasis) and a fever in pregnancy are each for the midwife or maternity unit today
    "being sick and not keeping fluids down": (
        r"(?:cant|can not|cannot|unable to|not able to|couldnt|havent been able to|not keeping) (?:keep )?(?:any |my |even )?(?:anything|any ?thing|water|fluids|food|liquids|it|drinks|meals)"
        r"(?: (?:or|and|n|nor) (?:any |even )?(?:water|fluids|food|liquids|drinks))? down|hyperemesis|"
        r"(?:throwing up|vomiting|being sick|puking) (?:all day|all night|all the time|constantly|non ?stop|every (?:hour|time i drink)|for (?:\d+|two|three|four) days)"
    ),
    "itching of the hands or feet": (
        r"itch\w* (?:on |of |in )?(?:my |the )?(?:hands|feet|palms|soles)|"
        r"(?:hands|feet|palms|soles)(?: and (?:my )?(?:hands|feet|palms|soles))? (?:are |is |have been |been |so |really |very |keep |keeps |getting |get )*(?:itch\w*)"
    ),
    "a fever": (
        r"(?:a |high |got a |have a |running a |with a )(?:fever|temperature|temp)(?! (?:check|gun|of the (?:room|water|pool)))|feverish|"
        r"(?:fever|temperature|temp) (?:of |is |was )?(?:3[89]|10[0-4])|rigors|shivering (?:and|with) (?:hot|a temperature|a fever)|chills and (?:a )?(?:fever|temperature)"
    ),
}
# Tightenings, cramps and Braxton Hicks are a warning sign when regular or painful (ACOG:
# "regular painful contractions"); mild, irregular ones are normal.
TIGHTENING = (
    r"tightenings?|tightening (?:in|of|across) (?:my |her |the )?(?:bump|belly|tummy|stomach|abdomen|womb|uterus)|"
    r"(?:bump|belly|tummy|stomach|uterus|womb) (?:(?:keeps|is|going|goes|gets|getting|went|feels|feeling|has|been|keeps going) )+(?:really |very |so |rock )?(?:hard|tight|tense)|"
    r"braxton hicks|(?<!leg )(?<!calf )(?<!foot )(?<!toe )(?<!muscle )(?<!hamstring )(?<!quad )cramps?|cramping|"
    r"pressure (?:down below|in my (?:pelvis|vagina|bottom|cervix))|pelvic pressure|(?:lower )?back (?:pain|ache) (?:that )?(?:comes and goes|coming and going|(?:comes|coming) in waves)|waves of pain|pain (?:that )?(?:comes|coming) in waves|pains (?:that )?(?:come|coming|keep coming) (?:every|and go|regularly|closer)|surges"
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
# Each named for the answer: ACOG 804's contraindications to exercise, and a doctor's bed rest, which stands.
PREGNANCY_COMPLICATION_NAMES: dict[str, str] = {
    "pre-eclampsia or high blood pressure": r"pre eclampsia|preeclampsia|pregnancy induced hypertension|gestational hypertension|high blood pressure",
    "a low-lying placenta": r"placenta (?:previa|praevia)|low lying placenta",
    "a short cervix or a stitch": r"incompetent cervix|cervical insufficiency|cerclage|short cervix|cervical stitch",
    "preterm labour": r"preterm labou?r|premature labou?r|threatened labou?r",
    "bed rest": r"bed ?rest|pelvic rest|activity restrict\w*|restricted activity|(?:told|said|advised) (?:me )?(?:not to|to stop|no) (?:exercis\w*|work ?out|working out|train\w*|gym)",
    "a high-risk pregnancy": r"high risk pregnancy",
    "twins": r"twins|triplets",
}
PREGNANCY_COMPLICATIONS = "|".join(PREGNANCY_COMPLICATION_NAMES.values())

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
    rf"how many (?:(?:{MEDS})|of (?:my|these|them|the) (?:[a-z]+ ){{0,2}}?[a-z]+) (?:would|does|do|will|could|should|to) (?:it )?(?:take|kill|i need)? ?(?:to )?"
    r"(?:die|kill (?:me|myself|you|someone|a person)|not wake up|never wake up|end it|be fatal|overdose)|"
    # "how many of my antidepressants would be an overdose", "how much paracetamol is lethal"
    rf"how (?:many|much) (?:of )?(?:my |the |these |those )?(?:[a-z]+ ){{0,2}}?(?:{MEDS}) (?:would|will|is|are|does|do|could) (?:it )?(?:be |take to )?(?:an? )?(?:overdose|od|fatal|lethal|deadly|kill (?:me|you|someone|a person)|be fatal)|"
    # "the maximum paracetamol dose before it becomes dangerous", "the most tablets you can take before it kills you"
    rf"(?:max|maximum|most|highest) (?:(?:{MEDS}) )?(?:dose|amount|number|many)(?: of (?:{MEDS}))?(?: [a-z]+){{0,3}}? (?:before|until|till) (?:it |they )?(?:becomes? |gets? |is |are |turns? )?(?:dangerous|deadly|fatal|lethal|toxic|kills?|an overdose)|"
    rf"(?:lethal|fatal|deadly) (?:dose|amount) of (?:{MEDS})|how much (?:{MEDS})(?: [a-z]+)? (?:would|does|to) (?:it take to )?(?:die|kill|overdose|be fatal)|"
    r"(?:best|easiest|quickest|fastest|painless|least painful|surest) way to (?:die|kill myself|end (?:my life|it)|commit suicide)|"
    # "can you recommend a painless way to go": only a way without pain, or a sure one, is this "go"
    r"(?:painless|pain free|least painful|surest|peaceful) (?:way|method) to (?:go|do it|end things|not wake up|check out|disappear)|"
    # researched already: "I've looked up how many pills it would take"
    rf"(?:looked up|looking up|searched|searching|googled|googling|researched|researching|found out|worked out|read up on) (?:how many|how much|what dose|the dose|what amount)(?: of)?(?: (?:{MEDS}|my [a-z]+|them|it))?"
    r"(?: [a-z]+){0,3}? (?:it would take|it d take|it will take|would kill|to die|would be fatal|is lethal|is fatal|to overdose|to od|to not wake up|it takes)|"
    r"(?:looked up|looking up|searched|googled|googling|researched|researching) (?:ways|how) to (?:die|kill myself|end it|end my life|overdose|not wake up)"
)
# "what if someone took a whole bottle of paracetamol", "what happens if you swallow all your pills": asked of
# anyone, an overdose is an emergency if it has happened, and the asker may mean themselves.
OVERDOSE_WHAT_IF = (
    r"(?:what (?:if|happens if|happens when|would happen if|d happen if)|is it (?:bad|dangerous|deadly|fatal) if|would (?:it|you) (?:die|kill you) if|can you die if) "
    r"(?:someone|somebody|you|i|a person|one|people|he|she|they) (?:took|takes|take|swallowed|swallows|swallow|ate|eats|had|has|downed|downs) "
    rf"(?:{_A_LOT_OF}|all (?:of )?(?:my |the |their |his |her |your )?)(?:{MEDS})"
)
# After a self-harm disclosure, asking how many it would take ("how many would it take with my heart
# tablets", "what dose is too much"): the lethal question, whatever the pills are called.
DOSE_QUESTION = (
    r"how (?:many|much)(?: [a-z]+){0,4}? (?:(?:would|does|do|will|could|should|did) (?:it|i|you|they|one)|it (?:would|will|d|does)) (?:take|need)|"
    r"how (?:many|much)(?: [a-z]+){0,4}? (?:is|are|would be) (?:too many|too much|enough|lethal|fatal|dangerous|deadly)|"
    r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|number)|what (?:dose|amount) (?:would|is|of)|how many (?:at once|in one go|together)"
)
# Taking a self-harm disclosure back as a joke ("bro chill it was a joke", "lol jk"): still answered by
# the guard, with a line kept. A plain "it's fine, just give me a leg day" stays on the agents' ground.
TAKEN_BACK = (
    r"(?:its|it s|it was|was|that was|thats|that s) (?:a|just a|only a) (?:meme|joke|bit)|just (?:joking|kidding|a joke|messing)|(?:was|im|i was|i m) (?:only )?(?:joking|kidding|messing)|"
    r"jk|j k|(?:im|i am|i m) not (?:suicidal|going to do anything|gonna do anything)|not suicidal"
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
# A missed period beside it is the diet's (RED-S), answered by the eating-disorder rules.
CUT_DIET = r"bulk\w*|macros?|calories|carbs|cals|kcal|deficit|diet\w*|shred\w*|lean\w*|protein|weight|fat|show|comp|competition|prep|season|periods?|cycle"
USE_THEM = r"(?:going to|gonna|about to|will|ready to|want to|wanna) (?:take|swallow|use|do) (?:them|it|all)"
# Planning: how, when, where has been decided.
PLAN = (
    r"(?:i have|ive got|got|made|have|ive made|i made) a (?:plan|date)|(?:worked out|figured out|decided|planned|chosen|picked) (?:exactly )?(?:how|when|where)|"
    r"(?:picked|chosen|set|decided on|booked) (?:a|the) (?:date|day|time|place|spot|method)|know (?:exactly )?how (?:im going to|i will|ill|id|i would) do it"
)
# When: "I'm going to do it tonight", "tonight's the night".
TIMING = (
    r"(?:do it|end it|go through with it|kill myself|end my life)(?: [a-z]+){0,2}? (?:tonight|today|tomorrow|this weekend|soon|now|right now|after (?:this(?! (?:season|year|month|term|semester|summer|winter|spring|autumn|fall|week|block|cycle|program|programme))|work|school|everyone))|"
    r"(?:going to|gonna|want to|will|ready to) die (?:tonight|today|tomorrow|this weekend)(?= \.| ,| \?| i|$)|"
    r"(?:tonights|tonight is|todays|today is|tomorrows|tomorrow is) the (?:night|day)|the (?:night|day) (?:i|im going to|ill) (?:end it|do it|die|kill myself|go)"
)
# After a self-harm answer, "it's all planned out" is a plan.
PLANNED_OUT = r"(?:its|it is|everythings|everything is|everything s|all) (?:all )?(?:planned|arranged|sorted|set|ready|decided)(?: out| now)?(?= \.| ,| \?| and| now|$)"
# After an eating-disorder answer, reassurance from the scale: "my weight's totally normal though",
# "I'm not underweight so it's fine", "my BMI is healthy", "I don't look ill".
WEIGHT_IS_FINE = (
    r"(?:my |her |his |their )?(?:weight|weights|bmi|size)(?: is| s| has been| was| seems| looks)? (?:\w+ ){0,2}?(?:normal|fine|healthy|ok|okay|average|in range|in the (?:healthy|normal) range)|"
    r"(?:im|i am|i m|shes|she is|hes|he is|theyre|they are) (?:\w+ ){0,1}?(?:not|hardly|nowhere near|not even|not actually) (?:\w+ ){0,1}?(?:underweight|skinny|thin|too thin|anorexic|skin and bones?|ill looking)|"
    r"(?:a |an )?(?:normal|healthy|average) (?:weight|bmi|size)|(?:dont|doesnt|do not|does not) (?:look|seem) (?:ill|sick|underweight|skinny|thin|unwell)|"
    r"(?:i|she|he|they) (?:look|looks|seem|seems) (?:totally |perfectly |completely |really )?(?:healthy|fine|normal|well)(?= \.| ,| \?| though| so| and| right|$)|"
    r"peso (?:normal|saludable)|poids normal|normalgewicht|peso normale"
)
# A heart scare investigated and cleared ("got the full workup and all clear, turned out to be reflux, cardiologist
# said go live your life"): told as background to a training question, not a sign now.
CLEARED_EARLIER = (
    r"(?:got|given|gave me|had|was given|been given|came back) (?:the |an? )?all clear|all clear|"
    r"(?:cardiologist|doctor|doc|gp|consultant|specialist|hospital|they) (?:\w+ ){0,3}?(?:said|says|told me|confirmed) (?:\w+ ){0,4}?"
    r"(?:(?:my )?heart (?:is|was|s) (?:fine|healthy|normal|perfect|ok|okay|strong)|nothing (?:wrong|to worry)|(?:im|i am|i was|its|it was|it s) (?:fine|healthy|ok|okay|clear|nothing)|go (?:and )?live|carry on|(?:i )?can (?:exercise|run|train|do anything))|"
    r"(?:tests?|ecg|ekg|echo|stress test|scans?|bloods|results?|checks?) (?:all )?(?:came back|were|was|are|all) (?:all )?(?:fine|normal|clear|good|ok|okay)|"
    r"turned out (?:to be|it was) (?:just )?(?:reflux|heartburn|acid|indigestion|anxiety|a panic attack|panic attacks?|muscular|a muscle|costochondritis|a pulled muscle|gastritis|nothing)|"
    r"cleared (?:me )?(?:to|for) (?:exercise|run|train|sport|play|all)|(?:checked|tested|investigated|looked at)(?: out)? and (?:clear|fine|normal|nothing)"
)
# Beside CLEARED_EARLIER, the signs back or new since ("it's come back this week"): a sign now after all.
SINCE_CLEARED = (
    r"again|(?:come|came|coming|its) back|since then|still|(?:now|recently|lately) (?:i|im|its|it)|started (?:again|up)|this (?:week|morning|month)|today|yesterday|"
    r"last night|keeps? (?:coming|happening|getting)|getting worse|worse|new|right now|rn|at the moment|on (?:my|the) (?:run|ride|bike|treadmill)|"
    r"(?<!sorted )(?<!fine )(?<!better )(?<!gone )(?<!resolved )(?<!treated )(?<!ok )now(?= \.| ,| \?| and|$)"
)
# How they feel about their body, said after an eating-disorder answer asked ("idk i just feel fat and gross all the time").
BODY_FEELINGS = (
    r"(?:feel|feeling|felt|look|looking|am|im|i m) (?:so |really |just |always |constantly |super |properly |kinda |like )*"
    r"(?:fat|gross|disgusting|huge|ugly|massive|like a whale|like a pig|worthless|like a failure|out of control|ashamed|guilty|disgusted)(?![a-z])|"
    r"(?:hate|cant stand|despise|disgusted (?:by|with)) (?:my body|myself|my (?:stomach|thighs|legs|face|arms)|how i look|the way i look|looking in the mirror)|"
    r"(?:me siento|je me sens|ich fuhle mich|me sinto|mi sento|ik voel me|czuje sie) (?:tan |muy |si |so |tao |cosi |zo |taka |taki )?(?:gord[oa]|gros(?:se)?|fett|dick|grass[oa]|dik|gruba|gruby)"
)
# What weighs on them, said after an eating-disorder answer asked how they feel ("i dont know, stressed about uni i guess").
STRESS_SAID = (
    r"stress\w*|anxious|anxiety|overwhelm\w*|pressure|lonely|alone|sad|depressed|low|down|burn(?:ed|t) out|exams?|deadlines?|break ?up|broke up|"
    r"(?:my )?(?:uni|university|college|school|work|job|family|parents|mum|mom|dad|boyfriend|girlfriend|partner|divorce)(?= is| has| stuff|$| i guess| tbh| mostly| really| ,| \.)"
)
# "ok then what should I eat instead?" after an eating-disorder answer, no meal named: what regular eating looks like.
WHAT_TO_EAT = (
    r"what (?:should|can|do|could|am i supposed to|would you have me) (?:i )?(?:eat|be eating)|what (?:to|do i) eat (?:instead|then)|"
    r"(?:how much|how many meals|how often) (?:should|do|am i supposed to) (?:i )?(?:eat|be eating)|what (?:does|would) (?:a )?(?:normal|healthy|proper) (?:day of eating|eating|day) look like|"
    r"(?:que|qu est ce que|quest ce que|que est ce que) (?:je )?(?:dois|devrais|peux) (?:je )?manger|que (?:debo|deberia|puedo|tengo que) comer|was (?:soll|sollte|kann|muss) ich (?:denn )?essen|"
    r"o que (?:devo|deveria|posso) comer|cosa (?:devo|dovrei|posso) mangiare|wat (?:moet|zou|kan) ik (?:dan )?eten|co (?:mam|powinnam|powinienem|moge) (?:w takim razie )?jesc"
)
# "Tell me at least whether it's safe" after an eating-disorder answer: asked straight, answered straight (no, and
# what it does to the body), in English and the guard's other languages.
IS_IT_SAFE = (
    r"(?:is|isnt|are|would|will|can) (?:it|that|this|they|those|these|taking them|doing (?:it|that|this)) (?:really |actually |even |at least |still |that |so |too )*(?:be )?(?:safe|dangerous|harmful|bad for (?:me|you|my body)|hurt me|harm me|damage \w+)|"
    r"(?:how|is it that|is it really) (?:bad|dangerous|harmful) (?:is it|are they|for me)?|(?:safe|dangerous|harmful) (?:to do|to take|to keep|if i|for (?:a few|3|three|two|2) weeks?)|"
    r"(?:es|sera|seria) (?:peligroso|seguro|malo|grave)|(?:me )?hace dano|(?:c ?est|est ce que c ?est|est ce) (?:dangereux|sans danger|grave|mauvais)|"
    r"(?:ist|ware) (?:das|es) (?:gefahrlich|sicher|schlimm|schadlich|ungesund)|(?:e|seria) (?:seguro|perigoso)|faz mal|(?:e|sarebbe) (?:sicuro|pericoloso)|fa male|"
    r"is (?:het|dat) (?:veilig|gevaarlijk|slecht)|czy to (?:jest )?(?:bezpieczn\w*|niebezpieczn\w*|szkodliw\w*|grozn\w*)|(?:jest|to) (?:bezpieczn\w*|niebezpieczn\w*|szkodliw\w*)"
)
# After a self-harm answer, training asked for AS the hurt or in its place: "a harder workout so I
# don't have to do the other stuff", "something that hurts more", "to punish myself", "till I drop".
TRAINING_AS_HARM = (
    r"(?:so|that|then|and) i (?:dont|do not|wont|will not|dont have to|wont have to|dont need to|wont need to|dont end up|can stop myself|stop myself from) (?:have to |need to |end up )?(?:do(?:ing)?|go(?:ing)? back to|resort to|turn to) (?:the other (?:stuff|thing|things)|that|it|that stuff|that again|it again|the rest)|"
    r"instead of (?:the other (?:stuff|thing|things)|that stuff|doing (?:that|it|the other)|hitting|hurting|harming|punishing)|(?:keep|stop|stops|keeps) me (?:from )?(?:doing (?:it|that|the other)|hurting|hitting|harming|cutting)|"
    r"the other (?:stuff|thing)(?= \.| ,| \?|$| i | so | anymore| again)|punish\w* (?:myself|me|my body)|castigar(?:me|mi cuerpo)|me castigo|me punir|punir mon corps|mich (?:zu )?bestrafen|punirmi|(?:i|i really) deserve (?:it|the pain|to hurt|to suffer)|"
    r"(?:hurts|hurt|punishes|burns|destroys|wrecks|breaks) (?:me )?(?:more|enough|properly|for real)|(?:make|makes) (?:it|me) (?:hurt|bleed|suffer)|"
    r"(?:until|till|til|to the point) (?:i|my [a-z]+) (?:bleed\w*|break\w*|collapse\w*|drop|puke|throw up|pass out|cant (?:walk|move|stand))|(?:harder|brutal|hurts more) (?:so|that|then) (?:it|i) (?:hurts|hurt|feel|suffer)"
)
# After a self-harm answer: "please don't tell me to call someone, I can't do phone calls".
# A relapse after a clean stretch ("three weeks clean and then last night"): the weeks still count.
# Exercise in place of help ("can't I just handle it with the gym?", "I don't want to go back on meds or see a
# shrink"): it helps alongside support, not instead of it.
INSTEAD_OF_HELP = (
    r"(?:handle|deal with|manage|fix|sort|cope with) (?:it|this|things|them) (?:\w+ )?(?:with|by|through) (?:the gym|exercise|exercising|lifting|running|training|sport|working out)|"
    r"(?:instead of|rather than) (?:meds|medication|therapy|a therapist|a shrink|the gp|a doctor|talking to someone|counselling)|"
    r"(?:dont|do not|dont really) want to (?:go back on|take|start|be on|see) (?:the |any )?(?:meds|medication|antidepressants|pills|a shrink|a therapist|therapy|a psychiatrist|a counsellor|the gp)(?: again)?|"
    r"(?:the gym|exercise|lifting|running|training) (?:is|will be) (?:my|enough|all i need)(?: therapy)?"
)
# An old eating disorder's behaviours coming back ("started skipping meals again", "weighing myself 3 or 4 times
# a day, which feels a bit familiar"): early signs of relapse (Beat, NEDC: relapse prevention).
ED_RELAPSE_SIGNS = (
    r"(?:skipping|skip|cutting out|restricting|counting|hiding|weighing|weigh|purging|bingeing|binging)(?: [a-z0-9]+){0,6}? again|"
    r"(?:feels?|felt|feeling|seems?) (?:a bit |kind of |kinda |weirdly |really |very |scarily |too )?familiar|old (?:habits|patterns|thoughts|behaviours|behaviors)|"
    r"(?:creeping|coming|sneaking|slipping) back|slipping (?:back|again)|"
    r"weigh(?:ing)? myself (?:\d+|two|three|four|five|several|multiple|a few|loads of) (?:or (?:\d+|four|five) )?times (?:a|per|each|every) day|"
    # "my dietitian has me on a meal plan but I want to secretly cut it down ... without anyone noticing" (holdout52)
    r"(?:cut|cutting|trim|trimming|reduce|reducing|shrink|shrinking|skimp|skimping) (?:\w+ ){0,3}?(?:meal plan|my plan|the plan|my portions|my snacks)|"
    r"(?:cut|cutting|trim|trimming|reduce|reducing) (?:it|them) (?:down|back)|"
    r"(?:without|so) (?:anyone|anybody|nobody|no one|my (?:dietitian|team|therapist|parents|mum|mom|family)) (?:noticing|notices|notice|knowing|knows|finding out|finds out)|"
    r"(?:secretly|in secret) (?:\w+ ){0,3}?(?:cut|eat less|skip|lose|restrict)"
)
RELAPSE = r"relaps\w*|slipped|(?:days?|weeks?|months?|years?) clean|(?:streak|clean stretch) (?:is )?(?:broken|gone|over|ruined)"
# Asking whether they will tell the family ("if I call, will they tell my parents?", "my mum will find
# out", "ils vont prévenir mes parents ?"): what is confidential.
TELL_PARENTS = (
    r"(?:will|would|do|does|are|is|gonna|going to|might|could|have to|has to|need to|must) (?:they|you|it|he|she|the (?:line|helpline|doctor|gp|nurse|school|clinic))"
    r"(?: \w+){0,2}? (?:tell|inform|call|ring|contact|phone|let) (?:my )?(?:parents|mum|mom|mam|dad|mother|father|family)|"
    r"(?:mum|mom|mam|dad|parents|mother|father|family) (?:will|would|might|could|is going to|are going to|gonna|d) (?:find out|know|see|hear|kill me|freak|go mad|lose it|flip|be furious|panic)|"
    r"(?:dont|do not|not) (?:want to|wanna|gonna|going to) tell (?:my )?(?:parents|mum|mom|mam|dad|mother|father|family)|not telling (?:my )?(?:parents|mum|mom|mam|dad|mother|father|family)|"
    r"(?:vont|va|vont pas) (?:\w+ )?(?:prevenir|dire|appeler)|previennent|(?:van|va) a (?:avisar|contar|llamar|decir)|avisan|(?:vao|vai) (?:avisar|contar|ligar)|avisam|contam|"
    r"avvisano|avvertono|(?:diranno|dicono) (?:ai|a)|(?:sagen|erzahlen|informieren|rufen) (?:die|sie) (?:es )?(?:meinen|den|meiner)|vertellen ze|zeggen ze|bellen ze|"
    r"confidential|anonymous|anonym\w*|confidenti\w*|vertraulich|anonimo|anonima|anoniem|vertrouwelijk|"
    # "please don't tell my parents", "stp dis rien à mes parents", "no le digas nada a mis padres"
    r"(?:dont|do not|please dont|pls dont|never) (?:tell|say anything to|message|text) (?:my )?(?:parents|mum|mom|mam|dad|mother|father|family)|"
    r"(?:ne )?(?:dis|dites|raconte) (?:rien|pas) a (?:mes parents|ma mere|mon pere|ma famille)|no (?:le |les )?(?:digas|cuentes) (?:nada )?a (?:mis padres|mi madre|mi padre|mi familia)|"
    r"nao (?:conta|conte|fala|fale|diga) (?:nada )?(?:pros|aos|pro|para os|pra) (?:meus pais|minha mae|meu pai)|non dir(?:e|lo) (?:niente )?ai miei|"
    r"(?:sag|erzahl) (?:es )?(?:meinen eltern|meiner mutter|meinem vater) nichts|nichts meinen eltern|nie mow (?:nic )?(?:rodzicom|mamie|tacie)|vertel het niet aan mijn ouders"
)
# Asking the assistant itself to keep it quiet: "please dont tell anyone", "promise you wont tell anybody".
TELL_ANYONE = (
    r"(?:dont|do not|please dont|pls dont|plz dont|never|promise not to|promise you wont|promise you will not|you wont|you will not) "
    r"(?:tell|say anything to|say it to|message|text|report (?:it|this|me) to) (?:anyone|anybody|nobody|no one|people|someone|a soul)|keep (?:it|this) (?:between us|secret|a secret|to yourself)"
)
NO_CALLS = (
    # "pls dont send me hotline numbers, ive seen them all"
    r"(?:dont|do not|please dont|pls dont|plz dont|stop|no need to) (?:send|give|sending|giving|throw|throwing|link|linking) (?:me )?(?:any |more |the |a |an |another |those |these |your )?(?:hotline|helpline|crisis line|phone|lifeline)(?: numbers?| lines?)?s?|"
    # "forget the hotline, just tell me what to eat", "stop with the helpline stuff", "not interested in a hotline"
    r"(?:forget|skip|stop with|enough with|enough of|spare me|not interested in|dont care about|never mind|nvm|no more of) (?:the |a |an |your |any |those |these |all the |all that )?"
    r"(?:hotline|helpline|crisis line|lifeline|phone number|number)s?(?: (?:stuff|thing|things|numbers?|crap|bs))?|"
    r"(?:ive|i ve|i have|already) (?:seen|tried|called|rung|got|had) (?:all )?(?:them|the (?:hotlines|helplines|numbers)|every (?:hotline|helpline|number))(?: all| before| already)?(?= \.| ,| \?| and| but| i|$)|"
    r"(?:dont|do not|didnt) (?:want|need|ask for) (?:a |the |any |your |another )?(?:hotline|helpline|crisis line|phone number|number to call)s?|no (?:more )?(?:hotlines?|helplines?)(?: please)?|"
    r"(?:cant|cannot|couldnt|dont|do not|wont|hate|hate doing|not good at|not able to|unable to) (?:do |make |talk on |use )?(?:phone calls|calls|the phone|phones|call (?:anyone|someone|them|a helpline|a hotline|a line))|"
    r"(?:dont|do not|please dont|stop) (?:tell|telling|ask|asking) me to (?:call|phone|ring)|(?:cant|cannot|couldnt|dont want to) (?:call|phone|ring|talk to) (?:anyone|someone|them|a stranger|strangers|a helpline)|"
    r"(?:phone|phones|calling|talking on the phone) (?:makes|gives|give|make) me (?:anxious|anxiety|panic)|phone anxiety|no phone|no credit|(?:im|i am) (?:deaf|nonverbal|non verbal|mute)|"
    # "I hate talking on the phone", "I can't talk out loud, my family will hear", "can I just text someone?"
    r"(?:hate|cant stand|dont like|not good at|scared of|anxious about|afraid of) (?:talking on the phone|phone calls|calling people|calling|the phone|phoning|ringing|talking to (?:strangers|a stranger))|"
    r"(?:cant|cannot|couldnt) (?:talk|speak) (?:out loud|right now|at the moment|now|here)|(?:theyll|they will|they would|theyd|someone will|someone would|my [a-z]+ (?:will|would|might|could)) (?:hear|overhear)|"
    r"(?:can i|could i|is there|are there|do they have|does it have) (?:just )?(?:text|message|chat|email|an online chat|a chat|online chat|webchat|a web chat|a text line|text line|something online|a chat line|an app|a way to text)|"
    r"(?:dont|do not) want to (?:speak|talk) (?:to|with) (?:a stranger|strangers|anyone on the phone|someone on the phone)|"
    # refusing outright: "I'm not ringing anyone", "I won't call them"
    r"(?:im|i am|i m) not (?:ringing|calling|phoning|contacting) (?:anyone|anybody|them|a helpline|any helpline|samaritans|any line|any number)|"
    r"(?:i )?(?:wont|will not|not going to|not gonna|refuse to) (?:ring|call|phone) (?:anyone|anybody|them|a helpline|any helpline|samaritans|any number)|"
    # "I don't want to talk on the phone", "not a phone person", "too anxious to call"
    r"(?:dont|do not|wont|will not|cant|cannot) (?:really )?(?:want to|wanna|like to|feel able to|face|bring myself to) (?:talk|speak|chat|be) (?:on|over) the phone|"
    r"(?:dont|do not|wont|will not) (?:really )?(?:want to|wanna) (?:call|ring|phone)(?: (?:anyone|anybody|someone|them|a helpline|a hotline|a line|a stranger))?(?= \.| ,| \?| and| but|$)|"
    r"not a phone person|(?:cant|cannot) face (?:calling|a call|the phone|phoning|ringing)|too (?:anxious|scared|nervous|shy|embarrassed) to (?:call|phone|ring|talk on the phone)|"
    r"phone calls? (?:arent|are not|isnt|is not) (?:for me|my thing)|(?:dont|do not) do (?:phone calls|calls|the phone)"
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
    r"(?:deleted|deleting) (?:all )?my (?:accounts|social media|photos)|"
    # a pet or everything given to someone: "gave my dumbbells and my dog to my brother"
    r"(?:gave|given|giving|give|handed|handing|rehomed|rehoming|rehome|left|leaving) (?:away )?(?:all )?(?:of )?my (?:[a-z]+ (?:and|,) (?:my )?){0,3}?"
    r"(?:dog|dogs|cat|cats|pets?|puppy|kitten|rabbit|bird|horse|hamster|fish|tortoise)(?: (?:and|,) (?:all )?(?:of )?(?:my )?[a-z]+){0,3} (?:to|with)|"
    r"(?:gave|given|giving|give|handed|handing|left|leaving) (?:all |most of |everything of )?(?:my |all my )(?:things|stuff|belongings|possessions|clothes|savings|money|gear|prized [a-z]+) (?:to|away)|"
    # "gave all my gym gear away", "giving away all my climbing kit"
    r"(?:gave|given|giving|give|handed|handing) (?:away )?(?:all|most) (?:of )?my (?:[a-z]+ )?(?:gear|kit|equipment|weights|clothes|books|games|records|tools|guitars?|bikes?|stuff|things|trainers|plants)(?: away| to| and| ,| \.|$)|"
    r"(?:gave|given|giving|give) (?:away )?everything (?:i own|i have)|"
    r"(?:ive |i have |i )?(?:written|wrote) (?:to|letters to|notes to|cards to) (?:everyone|everybody)(?! (?:about|re|regarding|to invite|inviting|for the|at work|in the (?:team|group|club)))|"
    r"(?:sorted|sorting|decided|deciding|worked out|arranged|arranging|chosen|chose) (?:out )?who (?:gets|will get|will have|takes|will take|will look after|looks after|should have|can have) (?:my|all my)|(?:gave|given|giving|give) (?:all )?(?:my |all my )?(?:passwords|bank details|pin) to"
)
# Weaker preparations: a possession given to someone, letters written. Each counts only beside a
# stronger sign (a preparation above, finality, a calm resolution, hopelessness): "I've given my
# bike to my nephew, sorted my will and written a few letters".
WEAK_PREPARATION = (
    r"(?:gave|given|giving|give|handed|handing|passed|passing) (?:away )?(?:all )?(?:of )?my (?:[a-z]+ ){0,2}?[a-z]+ (?:on )?to (?:my|a|his|her|their|the) (?:[a-z]+ )?[a-z]+|"
    r"(?:wrote|written|writing|finished|finishing) (?:a few |some |a couple of |several |all |the |my |a )?(?:letters?|notes?|cards?)(?= (?:\.|,|and|for|to|i|im)(?![a-z0-9])|$)|"
    r"(?:cancel|cancelled|canceled|cancelling|stop|stopped|end|ended|delete|deleted) (?:my |all my )?(?:training |meal |workout )?(?:plans?|programmes?|programs?|subscriptions?|accounts?)(?= (?:please|\.|,|and|i|im|now)(?![a-z0-9])|$)"
)
# Lending, moving and upgrading are not preparation: "gave my dog to my brother for the weekend",
# "gave away all my stuff, moving abroad", "gave my old dumbbells to my brother, upgrading".
PREPARATION_NOT = (
    r"for (?:the|a|this) (?:weekend|week|night|day|holidays?|few days|couple of days|bit|while|month)|while (?:im|i am|we are|were|i m|im away|i m away) (?:away|on|at|in)|"
    r"to (?:look after|mind|watch|walk|dog sit|pet sit|babysit|keep an eye)|until i (?:get back|return|come back)|on holiday|going away|"
    r"moving|move|moved|emigrat\w*|relocat\w*|new (?:flat|house|place|job|city|country|apartment)|new home(?! for)|travel\w*|backpacking|downsiz\w*|declutter\w*|minimalis\w*|"
    r"upgrad\w*|replac\w*|bought (?:a |some )?new|getting (?:a |some )?new|sold|selling|charity shop|landlord|allerg\w*|no pets|(?:my|the) (?:baby|newborn)"
)
# Settling things: weak alone ("cancelled my gym membership"), a warning beside a preparation or
# a calm resolution.
SETTLING = (
    r"(?:cancelled|canceled|cancelling|canceling|cancel|ended|stopped) (?:my |all my )?(?:gym |phone |netflix |spotify )?(?:membership|memberships|subscriptions?|contracts?|direct debits)|"
    r"(?:got|getting|sorted|sorting|sort) (?:out )?(?:some |a few |all my |all the |my )?things (?:sorted|in order|tidied up|squared away)|tying up (?:all )?(?:the )?loose ends|"
    r"(?:paid|paying) off (?:all )?my (?:debts|loans)|returned (?:all )?(?:the )?(?:things|stuff) i (?:borrowed|owed)|(?:sorted|sorting) (?:out )?everything (?:for|out)"
)
# A calm resolution, said with no object: "it's all planned out", "I'm at peace with it".
RESOLVED = (
    r"(?:its|it is|everythings|everything is|everything s) (?:all )?(?:planned|sorted|arranged|set|organi[sz]ed|worked out|figured out|decided|ready)(?: out| now)?(?= \.| ,| \?| and| now| so| im| i|$)|"
    r"(?:ive|i have|ive got|i got) (?:it|everything) (?:all )?(?:planned|sorted|arranged|figured out|worked out)(?: out)?(?= \.| ,| \?| and| now| im| i|$)|"
    r"(?:im|i am|i feel|feel|feeling) (?:so |really |completely |totally )?(?:at peace|calm|settled) (?:with (?:it|this|that|everything|it all|my decision|the decision)|about (?:it|this|that|everything|my decision)(?= \.| ,| now|$)|now(?= \.| ,|$))|"
    r"(?:made|making) (?:my )?peace with (?:it|that|this|everything|dying|leaving|going|it all)|(?:ive|i have|i ve) made (?:my|the) (?:choice|decision)(?= \.| ,|$)|"
    r"(?:it|nothing|none of it) (?:wont|will not) matter (?:anymore|any more)(?= \.| ,|$)|(?:my )?mind is made up|(?:ive|i have) made up my mind(?= \.| ,| \?|$)|"
    r"it (?:will|ll|would) (?:all )?be over soon|(?:it|none of (?:it|this)|nothing) (?:wont|will not|will) matter (?:soon|much longer|after (?:tonight|today|this))|"
    r"you (?:wont|will not) have to (?:worry about|deal with|put up with|hear from) me (?:much longer|for long|anymore|any more|soon|again)|"
    r"i (?:wont|will not) be a (?:problem|burden|bother) (?:much longer|for long|anymore|any more|soon)"
)
# Thanks that sound like a farewell ("thanks for all the workouts though"): only beside the rest.
FAREWELL_THANKS = r"(?:thanks|thank you|thank u|ty) for (?:everything|all (?:the|your|of your) [a-z]+|all (?:you have|youve) done|being there)(?: though| anyway| over the [a-z]+)?"
FINALITY = (
    r"(?:you|anyone|nobody|no one) (?:wont|will not|will never|ll never|wont ever) (?:hear from|see|talk to) me (?:again|after (?:tonight|today|this))|"
    r"(?:this is|its) (?:my )?(?:last|final) (?:message|goodbye|post|time (?:talking|i talk))|"
    r"(?:after|when|once) im (?:gone|dead|not here|no longer here|not around)(?! (?:on|for|to|away|out|from|at|in)(?![a-z0-9]))|"
    # "won't be needing them where I'm going" (not a jacket or a passport on a trip)
    r"(?:wont|will not|dont) (?:be )?(?:need|needing) (?!(?:a |my |any |the )?(?:jacket|coat|jumper|sweater|umbrella|hoodie|scarf|gloves|hat|boots|wellies|sunscreen|suncream|sun cream|visa|passport|adapter|euros|dollars|cash|phone|charger|layers|thermals)\b)(?:[a-z]+ ){0,3}(?:where im going|where i m going|where i am going|after (?:tonight|today|this week))|"
    r"(?:wont|will not) be (?:around|here|alive) (?:much longer|for much longer|for long|anymore|any more|to see)|"
    r"(?:wont|will not|not going to be|not gonna be) (?:be )?(?:around|here|alive) to (?:use|need|see|enjoy|ride|wear|look after|take care of|walk) (?:it|them|him|her)|"
    r"(?:a|the) future (?:i|that i|im) (?:wont|will not|not going to|dont plan to|dont intend to) (?:be )?(?:around|here|alive|have|see)(?: for| to see)?|"
    r"(?:not|wont be|not going to be|not gonna be) (?:here|around|alive) (?:much longer|for long|for much longer)|last (?:day|night) (?:alive|on earth)|"
    r"said (?:my )?goodbyes(?! to (?:the|my old|our old))|this is (?:my )?goodbye(?! to (?:carbs|sugar|junk|the|my old|fast food))"
)
# "I won't be here next week" says goodbye only beside hopelessness ("no point logging my meals").
WEAK_FINALITY = (
    r"(?:wont|will not) be (?:here|around) (?:next week|tomorrow|next month|by [a-z]+)|"
    r"(?:wont|will not|not going to|wont be|am not going to be|im not going to be) (?:be )?(?:needing|need) (?:any of )?(?:it|them|this|that|these|those|any of (?:it|this|them)|my [a-z]+|anything)"
    r"(?= (?:anymore|any more|again|now|though|anyway|\.|,|after (?:this|the|next) (?:weekend|week)|after (?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z0-9])|$)"
)
HOPELESS_CONTEXT = r"no point|doesnt matter|pointless|whats the point|why bother|who cares"

# Burden language (Joiner's perceived burdensomeness; Samaritans): others better off without
# the user. Whoever is named ("everyone'd", "my family", "my kids", "the world") and however the
# absence is put ("if I wasn't here", "without me", "if I just disappeared").
_OTHERS = (
    r"everyone|everybody|they|people|my family|my whole family|the world|you all|my kids|my children|my friends|my parents|"
    r"my partner|my wife|my husband|my boyfriend|my girlfriend|my mum|my mom|my dad|my team|my son|my daughter|things|life|it|everything|everyone else|all of them|the people around me|"
    r"the kids|my little ones|my pets|my dog|the family|my flatmates|my housemates|my parents|my siblings|my brother|my sister|the team"
)
_IF_I_WERE_GONE = (
    # "the team's better off without me on the pitch" is about the game
    r"without me(?: around| here| in (?:it|their lives|the picture))?(?! (?:on|at|as|for|playing|hogging|taking|doing|running|slowing|"
    r"in (?!(?:it|their lives|the picture)(?![a-z0-9])))(?![a-z0-9]))|"
    r"if i (?:just |simply |really |was to |were to )?(?:wasnt|werent|was not|were not|was gone|were gone|died|disappeared|vanished|left|didnt exist|never existed|"
    r"was dead|wasnt alive|was out of the picture|was out of the way|stopped existing|ceased to exist|was no longer here|wasnt in (?:it|their lives|the picture)|"
    r"went away|wasnt born|was never born|ended it|wasnt (?:here|around))(?: anymore| any more| around| here| alive| at all| forever)?"
)
BURDEN_BETTER_OFF = (
    rf"(?:{_OTHERS}) (?:(?:would|will|could|might)(?: honestly| probably| really| all| just| definitely| genuinely| actually| literally)* )?(?:all )?(?:be|are|is|s|re) (?:so |much |a lot |way |far |honestly |probably |just )*"
    rf"(?:better off|better|happier|easier|fine|okay|ok|lighter|less stressed|relieved|glad|happy|at peace) (?:for (?:everyone|everybody|them|all of them|my [a-z]+|the [a-z]+) )?(?:{_IF_I_WERE_GONE})|"
    rf"(?:everyones|everybodys|theyre|theyd|theyll|its|itd|lifes|things) (?:all )?(?:so |much |a lot |way |far |probably )*(?:be )?(?:better off|better|happier|easier) (?:{_IF_I_WERE_GONE})|"
    rf"(?:would|will|d) be (?:so |much |a lot |way |far )*(?:better|easier|kinder) (?:for|on) (?:everyone|everybody|them|my family|all of them|the people around me|my kids) (?:{_IF_I_WERE_GONE})|"
    r"(?:id|i would|i d) be doing (?:everyone|everybody|them|my family|the world) a favou?r (?:if i|by (?:disappearing|dying|not being here|being gone|leaving))|"
    # the life insurance instead of them: "my family would be better off with the life insurance money than with me"
    rf"(?:{_OTHERS}) (?:(?:would|will|could|might|d)(?: honestly| probably| really| just| definitely| actually)* )?(?:be |are |is )?(?:so |much |a lot |way |far )*(?:better off|better|happier|richer|more secure) "
    r"with (?:the |my |a )?(?:[a-z]+ ){0,3}?(?:insurance|payout|pay out|money|life cover|death benefit|pension|compensation)(?: [a-z]+){0,2} (?:than (?:with )?me|instead of me|than having me)|"
    r"(?:theyd|they would|they d|my family would|my kids would|my wife would|my husband would) (?:get|have) more (?:out of|from|with) (?:my|the) (?:life )?(?:insurance|pension|payout|life cover|will|money) than (?:from |with )?(?:having )?me|"
    r"(?:payout|insurance|pension|life cover|compensation|money)(?: [a-z]+){0,2} (?:would|will|d|could) (?:do|be worth|mean) (?:so |much |far |a lot )?more (?:for|to) (?:them|everyone|the family|the kids|my [a-z]+) than (?:i do|i ever (?:did|could)|me|having me)|"
    r"(?:im|i am|i d be|id be|i would be) worth more (?:to (?:them|my family|everyone|my kids|my wife|my husband) )?(?:dead|gone)(?: than alive)?"
)
# Feeling a burden or worthless, said of oneself (an indirect warning sign, not by itself intent).
BURDEN = (
    r"(?:im|i am|i feel like|i feel|feel like|feeling like|i know im|ive become|i have become|i just feel like|all im|im always|ive always been) "
    r"(?:such |only |just |nothing but |really |so |always |a |an |one big |a huge |a massive |a total |a complete |the )*"
    r"(?:(?:failure|disappointment|mess|loser|joke|screw up|fuck up|waste) (?:and|,) (?:a |an |such a )?)?"
    r"(?:burden|waste of space|waste of oxygen|waste of air|drain on everyone|problem for everyone|weight around (?:everyones|their) neck|dead weight|deadweight)"
    # said of the people in their life, or left there: not "a burden to my training partner because I'm slow"
    r"(?: (?:to|on|for) (?:everyone|everybody|them|all of them|my family|my loved ones|the people (?:i love|around me)|those around me|everyone around me|"
    r"my (?:kids|children|parents|wife|husband|friends|mum|mom|dad|family)))?(?: (?:and always will be|anyway|honestly|tbh|now|lately|really))?(?= (?:\.|,|\?|and|i|im|its)(?![a-z0-9])|$)"
)
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
    # "on the platform i think about just stepping forward when the train comes in"
    r"(?:think|thinking|thought|imagine|imagining|urge to|tempted to) (?:about |of )?(?:just )?(?:stepping|step|jumping|jump|walking|walk|falling|leaning) (?:forward|off|out|in|over)(?: [a-z]+){0,3}? (?:when|as|before) (?:the |a )?(?:train|bus|tube|lorry|truck|traffic)|"
    # "before I stop being a problem for everyone for good"
    r"(?:stop|stopped|no longer|not) (?:being )?(?:a |such a )?(?:problem|burden|pain|nuisance|drain) (?:for|to|on) (?:everyone|everybody|anyone|my family|them all|all of you|the people)(?: [a-z]+){0,2} (?:for good|forever|permanently|once and for all)|"
    # thinking through the method: "I've thought about how I'd do it"
    r"(?:thought|thinking|think|worked out|planned) (?:a lot |a bit )?(?:about )?(?:exactly )?how (?:id|i would|i d|im going to|i will|ill|i could|i might) (?:do it|end it|go through with it|kill myself|end things)(?= \.| ,|$)|"
    r"(?:hold|holding|held|grab|grabbed|look at|looking at|stare at|staring at|keep) (?:the |a |my )?(?:knife|blade|razor|pills|tablets|rope|bottle of pills|belt) (?:and|then) (?:think|thinking|thought|wonder|wondering) (?:about )?(?:it|using it|doing it|hurting myself|ending it)|"
    r"kill (?:myself|me)(?! (?:laughing|with (?:laughter|this)))|killing myself|end my life|ending my life|end it all|ending it all(?! (?:on|with|at|in) (?:a|the|my)(?![a-z]))|end myself|take my (?:own )?life|"
    r"taking my (?:own )?life|commit suicide|committing suicide|suicid\w*|attempt(?:ed)? suicide|"
    r"(?:want|wanna|wanted|wanting|going|ready|wish i could|like) (?:to )?die|wish i (?:was|were) dead|wish i (?:wasnt|werent|was not|were not) (?:here|alive|born|around)|"
    r"better off dead|" + BURDEN_BETTER_OFF + "|"
    # "kms" (kill myself) as typed, not kilometres ("5 kms")
    r"(?<![0-9] )(?<![0-9])(?<!\d k)kms(?= (?:fr|frfr|lol|lmao|rn|tbh|ngl|honestly|istg|now|tonight|\.|!|,|\?)(?![a-z])|$)|"
    # what keeps them here, said in passing: "the gym is the only reason i get out of bed, otherwise id have ended it already"
    r"(?:(?:otherwise|or else) |if (?:it wasnt|it werent|it was not|not) for (?:[a-z]+ ){1,4}?)(?:i think |honestly |tbh )?(?:id|i would|i d)(?: probably| honestly| definitely)? (?:have|of|ve) "
    r"(?:ended (?:it|things)(?! (?:with|between|off))|ended my life|ended everything|killed myself|taken my (?:own )?life|given up on life)|"
    r"(?:the )?(?:only|one) (?:thing|reason) (?:keeping|that keeps|that is keeping|thats keeping|that kept|i stay) me alive|"
    r"(?:thinking (?:of|about)|want to|wanna|going to|gonna|plan(?:ning)? to|considering) (?:ending|end) (?:things|it|it all|everything|my life)(?= (?:\.|\?|,|tonight|soon|now)(?![a-z0-9])|$)|"
    r"(?:dont|do not|no longer) want to (?:live|be alive|exist|be here|wake up|go on)|no reason (?:to|for) (?:live|living|go on|going on)|"
    r"nothing (?:left )?to live for|(?:life is not|life isnt|life aint|not) worth living|"
    r"(?:go to |fall )?(?:sleep|asleep) and (?:never|not) wake up|(?:want|wish) (?:it|everything|it all|this) (?:all )?(?:to )?(?:end|stop|be over)|"
    r"(?:thoughts? (?:about|of)|thinking (?:about|of)|think about|thought about|want to|wanna|urges? to|tempted to|going to|gonna|could just|might just) "
    r"(?:jumping|jump|stepping|step|walking|walk|throwing myself|throw myself|lying|lie down) (?:out )?(?:in front of|off|from|under) (?:a|the|an) (?:train|bus|car|lorry|truck|bridge|building|roof|cliff|balcony|tube|motorway)|"
    rf"want to disappear forever|(?:overdos\w*|od|oding) on (?:my |the |some |all (?:my|the) )?(?:{MEDS})|jump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony)|"
    r"(?:hang|hanging) myself|"
    # risks taken in the hope of not surviving: "sometimes I drive really fast hoping something happens"
    r"(?:drive|driving|drove|cross|crossing|crossed|ride|riding|rode|cycle|cycling|walk|walking) (?:[a-z]+ ){0,4}?(?:hoping|hope|wishing|half hoping) "
    r"(?:something (?:happens|will happen|bad happens|hits me)|(?:a|some) (?:car|truck|lorry|bus|train) (?:hits|will hit|would hit) me|i (?:crash|dont make it|wont make it|get hit|die))"
)
# Saving up medicines: means gathered, not yet used ("for a trip abroad" is not).
STOCKPILING = (
    rf"(?:{MEDS}) (?:stashed|hidden|saved|hoarded|stockpiled|put aside|set aside|squirrelled away)(?: [a-z]+){{0,4}} (?:for when|in case|just in case|for if)|"
    r"(?:for when|in case) (?:it|things|everything) (?:gets|get) (?:too much|too bad|too hard)|"
    rf"(?:stockpil\w*|hoard\w*|stash\w*|saving up|saved up|been saving|been keeping|squirrel\w* away|hiding|hidden|collecting|been collecting|collected|gathering|building up) (?:all )?(?:my |the |some )?(?:[a-z]+s )?(?:old |spare |leftover )?(?:{MEDS})|"
    rf"(?:a |my )?(?:stash|stockpile|hoard|secret supply|supply|collection) of (?:[a-z]+ ){{0,2}}?(?:{MEDS})"
)
STOCKPILING_NOT = r"trip|holiday|travel\w*|abroad|vacation|journey|shortage|strike|away for|(?:knee|hip|back|shoulder|foot|ankle) op|operation|surgery"
# The means named beside thoughts of suicide or self-harm ("there's a rope in the garage", "I bought a
# blade", "a box of paracetamol saved"): the answer asks for distance from them (WHO, Samaritans).
MEANS_NAMED = (
    rf"(?:{MEDS}|rope|ropes|blades?|razors?|razor blades?|knife|knives|ligature|noose|cord)"
    r"(?= (?:saved|hidden|stashed|put away|put aside|in (?:the|my|a) (?:garage|shed|drawer|room|bag|box|car|wardrobe|cupboard|bathroom)|under (?:the|my) (?:bed|mattress|pillow)|ready|in my room)(?![a-z]))|"
    rf"(?:bought|got|have|ive got|i have|keep|kept|hiding|hid|hidden|found|stashed|saved|bought myself) (?:a |the |some |my |a new |a whole |a couple of |a few )?(?:(?:box|packet|pack|bottle|strip|tub|pile|bag) of (?:[a-z]+ )?)?(?:{MEDS}|rope|blade|blades|razor|razors|razor blades?|knife|ligature|noose)(?![a-z])|"
    rf"(?:theres|there is) (?:a |the |some )?(?:rope|blade|razor|knife|noose|(?:{MEDS}))(?: [a-z]+){{0,2}} (?:in|under|at) |"
    rf"(?:{MEDS}) (?:are|is) (?:in|under) (?:my|the) (?:room|drawer|bag|bed|car|wardrobe|cupboard|garage)"
)
# Awake in the night and not wanting to wake anyone ("I'm in Glasgow, it's 2am and I don't want to
# wake anyone up"): it is OK to wake someone, and the lines are open all night.
NIGHT_ALONE = (
    r"(?:dont|do not|wont|cant|cannot|not going to|dont want to|dont wanna) (?:want to |wanna )?wake (?:anyone|anybody|them|him|her|my [a-z]+|people|the (?:house|family|kids))|"
    r"wake (?:anyone|anybody|them|my [a-z]+) up|(?:everyones|everyone is|everybody is|everybodys|they are|theyre|theyre all|all) (?:all )?asleep|"
    r"(?:nobody|no one|no ones|noone) (?:is |s )?(?:awake|up)|middle of the night|(?:its|it is) (?:so |really )?late|at this hour|this time of night|"
    r"(?:its|it is) (?:[1-5]|one|two|three|four|five) (?:am|a m|in the morning)|(?<![0-9])[1-5] ?am(?![a-z])"
)
SELF_HARM = (
    r"self harm\w*|selfharm\w*|self injur\w*|"
    # the slang: "been sh'ing again", "relapsed on sh", "sh relapse"
    r"(?:been|started|keep|kept|was|went back to) sh ?(?:ing|d|ed)(?![a-z])|relapsed (?:on|with|into) sh(?![a-z])|sh (?:relapse|urges|scars|cuts)(?![a-z])|"
    r"(?:want to|wanna|urges? to|urge to|going to|thinking (?:about|of)|feel like|keep|been|started|relapsed and|relapse into) "
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|punish|punishing) (?:myself|me)|"
    r"(?:hurt|hurting|harm|harming) (?:myself|me) (?:on purpose|again|to feel|because i|when i (?:feel|get|am)|when im|deliberately)|"
    r"(?:gone|went|going|go|slipped|fallen) back (?:in)?to (?:cutting|self harm\w*|hurting myself|burning myself|scratching myself)(?= (?:again|myself|\.|,|\?)(?![a-z0-9])|$)|"
    r"(?:hurt|hurting|harm|harming) (?:myself|me) (?:when i (?:eat|binge|overeat|fail|mess up|slip up)|after i (?:eat|binge|overeat)|whenever i|every time i)|"
    r"harm(?:ing)? myself|(?:cut|cutting|cuts) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))(?! (?:a |some |off|shaving|on |while |when |by accident|accidentally|with the|slack))|"
    r"(?:burn|burning|burnt|burned) myself (?:on purpose|again|with (?:a )?(?:lighter|cigarette))|"
    r"relaps\w* (?:on|with|into)? ?(?:self harm|cutting)|scratch(?:ing)? myself (?:until|till) (?:i |it )?bleed|"
    r"(?:hit|hitting|punch|punching|slap|slapping|bang|banging|bite|biting) (?:myself|my head)(?: in the (?:face|head|stomach|belly|legs))?(?= (?:when|until|till|after|because|whenever|every time|if|to|as punishment|again|on purpose|hard)(?![a-z0-9]))|"
    r"(?:scratch|scratching|pick|picking|pinch|pinching) (?:at )?(?:myself|my (?:arms?|legs?|skin|wrists?|thighs?)) (?:until|till|til) (?:i |it |they )?(?:bleed|bled|bleeds|bleeding)|"
    r"relaps\w*(?: [a-z]+){0,3} (?:and )?(?:cut|cutting|burnt|burned|burning|hurt|hurting)(?= (?:again|myself|\.|,)(?![a-z0-9])|$)|"
    r"(?:hide|hiding|cover|covering) (?:up )?(?:my |the )?(?:cuts|self harm scars|sh scars|scars on my (?:arms|wrists|thighs|legs)|fresh cuts)|"
    r"(?:i )?(?:deserve|need) to (?:hurt|be hurt|bleed|feel pain|suffer|be in pain|feel the pain)|"
    # a relapse with a razor or blade, or fresh cuts on the arms ("three weeks clean and then last night, with the razor")
    r"(?:relaps\w*|slipped|slip up|clean)(?: [a-z0-9,.]+){0,8}? (?:razor|razors|blade|blades)|(?:razor|razors|blade|blades)(?: [a-z0-9,.]+){0,8}? (?:relaps\w*|clean|again)|"
    r"(?:fresh|new|deep|open|my) cuts (?:on|across|up|all over) my (?:fore)?(?:arms?|wrists?|thighs?|legs?|stomach|hips?)(?! (?:from|after|when|because of) )|"
    # as a punishment, or after eating: "after I binge I hit myself or burn my arm with my straighteners as a punishment"
    r"(?:hit|hitting|punch|punching|slap|slapping|burn|burning|burnt|burned|cut|cutting|scratch|scratching|bite|biting|bang|banging|pinch|pinching|starve|starving) "
    r"(?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|belly|hands?|face|head|body)) (?:[a-z]+ |, ){0,8}?(?:as (?:a )?punishment|to punish myself|because i deserve (?:it|to)|for (?:eating|bingeing|binging|failing|being (?:fat|weak|stupid|useless)))|"
    r"(?:after|when|whenever|every time|each time|if) (?:i )?(?:binge\w*|overeat|eat too much|mess up|fail|slip up|eat)(?: [a-z]+){0,4} (?:i |then i )?(?:hit|punch|slap|burn|cut|scratch|bite|bang|pinch) (?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|belly|hands?|face|head))|"
    r"punish\w* myself (?:by|with) (?:hitting|punching|burning|cutting|scratching|biting|banging|slapping|pinching)|"
    # hitting themselves until it marks: "I punch my legs till they bruise", "hit my thighs with the roller until they're black"
    r"(?:hit|hitting|punch|punching|slap|slapping|bang|banging|pinch|pinching|whack|whacking|beat|beating) (?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|belly|hands?|face|head|body)) "
    r"(?:[a-z]+ ){0,5}?(?:until|till|til|so) (?:they|it|i|theyre|its) (?:bruise\w*|bleed\w*|bled|(?:are|go|turn) (?:black|purple|blue|bruised))|"
    r"(?:burn|burning|burnt|burned) (?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hands?)) (?:on purpose )?with (?:my |a |the )?(?:hair )?(?:straighteners|curling (?:iron|tongs|wand)|iron|lighter|hot (?:spoon|knife|metal|water)|matches|candle|cigarettes?)|"
    r"(?:burn\w*|cut\w*|scratch\w*|carv\w*) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?)) "
    r"(?:with (?:a |the )?(?:lighter|cigarette|razor|blade|knife|scissors|compass)|on purpose|deliberately|until it bleeds)|"
    # punching walls to hurt, not in a fight or a sport: "punched the wall til my knuckles bled again bc i ate 'bad' food"
    r"(?:punch|punched|punching|punches|hit|hitting|smash\w*|slam\w*) (?:my (?:fist|fists|hand|hands|head) )?(?:into |against )?(?:the |a |my )?walls? (?:[a-z]+ ){0,4}?(?:until|till|til|so) (?:my )?(?:knuckles|hands?|fists?|it|they|i) (?:\w+ )?(?:bleed\w*|bled|bruise\w*|broke|break|crack\w*)|"
    r"(?:punch|punched|punching|hit|hitting|smash\w*|slam\w*) (?:my (?:fist|fists|hand|hands|head) )?(?:into |against )?(?:the |a )?walls? (?:[a-z]+ ){0,6}?(?:to punish myself|as (?:a )?punishment|because i (?:ate|binged|deserve)|(?:bc|cos|cause|coz|because) i (?:ate|binged|had|deserve))"
)
# Hurting oneself by accident: "hit myself in the face with the rope".
SELF_HARM_ACCIDENT = (
    r"by accident|accidentally|with the (?:rope|bar|barbell|dumbbell|kettlebell|plate|door)|(?:skipping|jump) rope|"
    r"shav\w*|razor burn|razor bumps|razor (?:thin|sharp)|safety razor|new razor|electric razor|blade (?:of|on) (?:the|my) (?:skate|mower|blender|food processor)|roller blad\w*|rollerblad\w*|shoulder blades?"
)
# Food beside self-harm: the reply then speaks to the eating too.
SELF_HARM_FOOD = r"(?:bc|cos|cause|coz|because) i (?:ate|had|binged|ate too much)|(?:bad|junk|forbidden) food|make up for (?:it|eating|what i ate)|mess(?:ed|ing)? up (?:my |on my )?(?:diet|macros|eating|calories|food)|slip(?:ped)? up on (?:my )?(?:diet|macros)|(?:go|went|going) over (?:my )?(?:macros|calories)|break (?:my )?diet|broke (?:my )?diet|because i ate|binge\w*|eat too much|ate too much|eating too much|when i eat|after i eat|after eating|overeat\w*|overate|over eat\w*|purg\w*|starv\w*|not eating|stop eating|eating disorder|calories|fasted|fasting"
# Said of someone else: a supportive answer for the person worried about them.
SELF_HARM_OTHER = (
    r"(?:kill|kills|killing|hurt|hurts|hurting|harm|harms|harming|cut|cuts|cutting) (?:himself|herself|themselves|themself)|"
    r"(?:is|s|seems|was|been|being|sounds|feels) suicidal|(?:wants?|wanted|said (?:he|she|they) (?:wants?|wanted)) to die|"
    # a passive wish, reported: "wishes he could disappear for good", "wants to not wake up", "wishes she was dead"
    r"(?:wants|wanted|wishes|wished|wish) (?:to |(?:he|she|they) could |(?:he|she|they) (?:was|were|wasnt|werent) )(?:just )?"
    r"(?:disappear|vanish|dead|not (?:be )?(?:here|alive|around|exist)|never wake up|not wake up|go to sleep and not wake up|die)(?: for good| forever)?(?![a-z])|"
    r"(?:is|has been|been|keeps|started) (?:self harm\w*|cutting(?= (?:again|himself|herself|themselves|on (?:his|her|their))(?![a-z0-9])|$))|talk\w* about (?:suicide|killing (?:himself|herself|themselves)|ending (?:it|(?:his|her|their) life))"
)
# Someone else hurt in an accident, not on purpose: "my son hurt himself at football, twisted ankle",
# "she hurt herself falling off the treadmill".
SELF_HARM_OTHER_ACCIDENT = (
    r"(?:hurt|hurts|hurting|cut|cuts|cutting) (?:himself|herself|themselves|themself)(?= (?:(?:badly|quite badly|pretty badly|a bit|really|bad) )?"
    r"(?:shaving|playing|lifting|falling|slipping|tripping|skiing|snowboarding|skating|running|training|sparring|tackling|chopping|cooking|"
    r"in (?:training|practice|the gym|a fall|the (?:match|game|crash|accident|kitchen))|during|doing|while|fell|from|(?:at|in) (?:the )?(?:gym|football|rugby|training|practice|work|parkrun|netball|hockey|cricket|tennis|basketball|soccer|boxing|karate|judo|bjj|crossfit|dance|ballet|gymnastics|swimming|pool|match|game|track|climbing wall|climbing|bouldering|skatepark|spin|class|bootcamp)|"
    r"on (?:the|a|his|her|their) (?:bike|trampoline|treadmill|pitch|court|field|ice|stairs|run|ride|track|slopes?|rower|bars|beam|mat|machine|weights)|"
    r"(?:when|after) (?:he|she|they) (?:fell|slipped|tripped|landed|crashed|came off|fell off|dropped)|"
    r", (?:(?:a|his|her|their) )?(?:twisted|sprained|broke|broken|pulled|strained|rolled|bruised|torn))(?![a-z0-9]))|"
    # "my dad kills himself at the gym every day": working hard
    r"(?:kill|kills|killing) (?:himself|herself|themselves|themself)(?= (?:(?:at|in) (?:the )?(?:gym|football|rugby|training|practice|work|parkrun|netball|hockey|cricket|tennis|basketball|soccer|boxing|karate|judo|bjj|crossfit|dance|ballet|gymnastics|swimming|pool|match|game|track|climbing wall|climbing|bouldering|skatepark|spin|class|bootcamp)|training|lifting|running|on the (?:bike|treadmill|track|rower|pitch|court))(?![a-z0-9]))"
)
# A goodbye posted or sent, or a note left ("my teammate posted something like 'goodbye everyone' on his story",
# "my friend left a goodbye note"): a warning sign (#chatsafe), whoever's it is.
GOODBYE_POSTED = (
    r"(?:posted|posting|wrote|sent|texted|messaged|put up|shared) (?:something |a message |a post |a note |a story |a status |a video |a text )?(?:like |saying |that said |that says )?"
    r"(?:goodbye|bye|farewell)(?: (?:everyone|everybody|all|guys|world|forever|for good|to (?:everyone|everybody|us|all|his|her|their)(?: [a-z]+)?))"
    r"|(?:goodbye|suicide) (?:note|letter)s?"
)
# Someone else's words that the family would be better off, reported ("my husband said we'd all be
# better off", "she keeps saying everyone would be happier without her"); not a move, a car or a plan.
REPORTED_BURDEN = (
    r"(?:he|she|they|hes|shes|theyre|my [a-z]+)(?: [a-z]+){0,3}? (?:said|says|keeps saying|kept saying|told (?:me|us|her|him)|texted|wrote|thinks|feels|posted)(?: that)?(?: [a-z]+){0,12}? "
    r"(?:we|wed|we d|we would|we will|well|everyone|everybody|everyones|the kids|the family|his family|her family|their family|you all|yall)(?: would| d| will| are| is)? (?:all )?(?:be )?(?:so |much |way |far )?"
    r"(?:better off|happier|better)(?: without (?:him|her|them))?(?= \.| ,| and| \?| if (?:he|she|they)|$)"
)
# Someone else's means set out ready ("he's got his sleeping pills lined up on the bedside table and he's 'done'",
# "my dad has his pills counted out", "she's got the rope ready"): an emergency for them, whatever else is said.
ACCESS_OTHER = (
    rf"(?:he|she|they|hes|shes|theyve|theyre|my [a-z]+|our [a-z]+)(?: [a-z]+){{0,3}}? (?:has|have|got|s got|has got|had|keeps|put|left|laid|set) "
    rf"(?:(?:all )?(?:his|her|their|the|some|a|all) )?(?:[a-z]+ )?(?:{MEDS}|rope|ropes|blades?|razors?|knife|gun) "
    r"(?:all )?(?:lined up|counted out|laid out|set out|ready|out on|in front of (?:him|her|them)|next to (?:him|her|them)|by (?:his|her|their) bed)|"
    rf"(?:his|her|their) (?:[a-z]+ )?(?:{MEDS}|rope|blades?|razors?) (?:are|is) (?:all )?(?:lined up|counted out|laid out|ready)"
)
# Someone else's plan or date, said beside their thoughts of suicide ("he's got a plan and a date").
PLAN_OTHER = (
    r"(?:he|she|they|hes|shes|theyve|theyre)(?: [a-z]+){0,2}? (?:has|have|got|made|had|picked|chosen|set)(?: got)? (?:a|the) (?:plan|date|day)|"
    r"(?:a|the) plan and (?:a|the) (?:date|day|time)"
)
# Signs a parent or a friend sees of someone else's self-harm: blades kept hidden in their things, or
# long sleeves in the heat (NHS, YoungMinds: signs of self-harm in young people).
HIDDEN_BLADES_THEIRS = (
    r"(?:found|finding|find|spotted|noticed|there (?:are|were|was)) (?:\w+ ){0,2}?(?:razor blades?|blades?|razors?|sharpener blades?|pencil sharpener blades?|(?:a |some )?broken sharpeners?) "
    r"(?:\w+ ){0,3}?(?:in|under|inside|hidden in|taped (?:inside|under)|at the bottom of) (?:her|his|their|my (?:\w+ ){0,3}?\w+s) (?:pencil case|room|bedroom|drawer|drawers|bag|school bag|bed|mattress|pillow|wardrobe|desk|phone case|purse|wallet|makeup bag|pocket|pockets|blazer)"
)
# Blades kept for something else: shaving, crafts, models.
HIDDEN_BLADES_NOT = r"shav\w*|beard|stubble|craft\w*|art|model\w*|dt|design|lino|scalpel set|hobby|cosplay|sewing|woodwork\w*|sharpening|knife skills|chef"
SLEEVES_IN_HEAT = (
    r"(?:long sleeves?|hoodies?|a hoodie|jumpers?|sweatshirts?|cardigans?|wrist ?bands|sweatbands) (?:\w+ ){0,6}?(?:heat|hot|summer|heatwave|sunny|pe|sports day|swimming)|"
    r"(?:wont|refuses to|doesnt want to|stopped|will not|hasnt) (?:wear|wearing|get changed|getting changed|take off|taking off|roll up|rolling up) (?:\w+ ){0,3}?(?:short sleeves|t shirts?|shorts|swimsuit|swimming costume|in front of|for pe|(?:her|his|their) sleeves)"
)
SLEEVES_WHY = r"blades?|razors?|marks|cuts|scratch\w*|scars?|plasters|bandages?|blood|self harm\w*|hurting (?:herself|himself|themselves)|withdrawn|low|mood|upset|crying|quiet|not herself|not himself|worried|worry"
# Self-harm said to be nothing much ("it's not like it's proper self harm", "only scratching"): still self-harm.
SELF_HARM_DOWNPLAYED = (
    r"not (?:like )?(?:its |it s |it is )?(?:proper|real|actual|serious|properly|really) (?:self harm\w*|sh|cutting|harm)|"
    r"(?:just|only) (?:a bit of )?(?:scratch\w*|surface|superficial|little cuts|small cuts|a few scratches)|no biggie|not (?:that )?deep(?! enough)"
)
INDIRECT = (
    # no one would notice them gone: "no one would notice if i stopped showing up. to anything."
    r"no ?(?:one|body) (?:would|will|d|is going to)(?: even| really| actually)? (?:notice|care|miss me|know)(?: [a-z]+){0,2} if i (?:just )?"
    r"(?:wasnt (?:here|around)|werent (?:here|around)|was gone|disappeared|vanished|died|was dead|stopped existing|never came back|didnt wake up|"
    r"stopped showing up (?:\. )?(?:to anything|anywhere|at all|for good|altogether|to life))|"
    r"(?:dont|do not|cant|no longer) see (?:the |any )?point in (?:any of )?(?:this|it all|anything|it|life) (?:anymore|any more)|"
    r"(?:dont|do not|cant|no longer) see (?:the |any )?point (?:anymore|any more|in (?:anything|living|life|going on|trying)|of (?:anything|living|life|going on|it all|being alive))|"
    r"(?:dont|do not|cant) see (?:the |any )?point(?= (?:\.|\?|,)|$)|"
    r"whats the point (?:anymore|any more|of (?:living|life|anything|going on|it all|being alive|being here|me(?= \.| ,| \?| anyway| anymore| even| being (?:here|alive|around)| existing|$)))|"
    r"whats the point(?= (?:\.|\?)|$)|no point (?:in )?(?:me )?(?:even )?(?:living|going on|being alive|being here)|"
    r"(?:whats|what is) the point (?:of|in) (?:me )?even (?:being here|being alive|living|trying|going on)|"
    r"(?:i )?give up on (?:life|everything|myself|living)|cant (?:go on|keep going|do this|take (?:this|it)|handle (?:this|it)) "
    r"(?:anymore|any more|like this)|cant go on(?= (?:\.|\?|,)|$)|"
    r"(?:nobody|no one) (?:would|will) (?:even )?(?:miss|notice|care)(?: me| if i (?:died|was gone|disappeared|wasnt here|wasnt around|was dead|vanished))?(?! (?:if|when|that)(?![a-z0-9]))|"
    r"if i (?:didnt|did not|never|dont|do not) wake up(?: [a-z]+){0,3}(?: ,)? (?:id|i would|i d|im|i am|i wouldnt|i would not) (?:be )?(?:fine|ok|okay|happy|glad|relieved|care|mind|at peace)(?: with (?:it|that))?(?= \.| ,|$)|"
    r"(?:my )?(?:family|kids|children|wife|husband|partner|parents|friends|everyone|son|daughter) (?:deserves?|deserved) (?:so much |much |way )?(?:better|someone better) than (?:me|a (?:mum|mom|dad|wife|husband|partner|friend|son|daughter|person) like me)(?= \.| ,|$)|"
    r"tired of (?:living|being alive|life|existing|being me)(?! (?:out of|in (?:a|the|this|my)|with|off|like|on (?:a|the|my)|paycheck|pay ?check|at (?:home|my))(?![a-z]))|tired of fighting(?= \.| ,|$)|(?:cant|cannot) fight (?:it|this) (?:anymore|any more)|"
    r"(?:i think )?(?:its|it is) time (?:to stop|for me to go|to go)(?= \.| ,|$)|hate being alive|(?:im )?a burden (?:to|on) everyone|" + BURDEN + "|"
    r"(?:id|i would|i d) rather (?:be dead|not be alive|not exist|not be here|not wake up|disappear)(?! than (?!feel|live|be like|be me|go on|keep going|carry on|wake up|face))|"
    r"(?:whats|what is) the point (?:of|in) me(?= \.| ,| \?| anyway| anymore| even| being (?:here|alive|around)| existing|$)|"
    r"sleep forever|no reason (?:for me )?to (?:keep going|go on|carry on|stay|be here)|"
    r"think(?:ing)? (?:about|of) (?:dying|death|being dead|not being here|not waking up)|"
    r"(?:want|wish) (?:to |i could )?(?:just )?(?:disappear|vanish)(?: forever)?(?= (?:\.|\?|,)|$)|everything is hopeless|i feel hopeless|no way out|"
    # passive ideation: not acting, but not wanting to be alive
    r"(?:wouldnt|would not) (?:mind|care) if i (?:didnt|did not|never|dont) wake up|(?:hope|hoping|wish) i (?:just )?(?:dont|do not|didnt|never|wont|wouldnt|would not|couldnt|could not) wake up"
    r"(?=(?: (?:tomorrow|again|ever|in the morning))?(?: \.| ,| \?|$))|"
    r"(?:wouldnt|would not) (?:mind|care) if i (?:died|was dead|got hit|didnt exist|wasnt here|disappeared)|"
    r"if (?:a |the )?(?:bus|car|truck|train|lorry) hit me i (?:wouldnt|would not) (?:care|mind)|"
    # "honestly if i got hit by a car on my run tomorrow i wouldnt mind"
    r"if i (?:got|get|was|were) (?:hit|run over|knocked over|killed) by (?:a |the )?(?:bus|car|truck|train|lorry|van)(?: [a-z]+){0,6}? (?:i )?(?:wouldnt|would not|honestly wouldnt|dont think i would) (?:mind|care|be sad)|"
    r"(?:wouldnt|would not) (?:care|mind) if (?:a |the )?(?:bus|car|truck|train|lorry) (?:hit|ran over) me|"
    r"(?:dont|do not) (?:even |really )?care (?:if|whether) i (?:live|die|wake up)|wish (?:i|id|i had) never (?:been born|existed|woke up)|"
    r"(?:want|wish|wanna|like) (?:to )?(?:stop existing|not exist|cease to exist|not be alive)|"
    r"(?:want|wish|wanna) (?:to )?not be (?:here|around)(?: anymore| any more| no more)(?![a-z])|"
    r"(?:i )?want out(?= (?:\.|,|\?|of (?:life|this life|everything|here))(?![a-z0-9])|$)|"
    r"(?:life|everything|my life) (?:is|feels|seems) (?:so |completely |totally )?(?:pointless|meaningless|hopeless)|"
    r"(?:cant|cannot|dont) see (?:a|any) future|no future (?:for me|left)|nothing matters (?:anymore|any more)|"
    r"(?:feel|feeling|felt|am|im) (?:so |really |completely |totally )?hopeless|nothing (?:will ever|is ever going to|ever) gets? better|"
    r"(?:done|finished) with (?:life|living|it all|everything)(?= (?:\.|,|\?)(?![a-z0-9])|$)|"
    r"whats (?:even )?the point (?:anymore|any more|(?:of|in) (?:living|life|anything|going on|it all|being alive|being here|me(?= \.| ,| \?| anyway| anymore| even| being (?:here|alive|around)| existing|$)|trying))"
)
# "Everyone keeps saying it gets better but it doesn't": the hopelessness is the user's, whoever said it.
NOT_GETTING_BETTER = (
    r"(?:says?|saying|said|told me|tell me|keep telling me|promised) (?:that )?(?:it|things|life) (?:gets|will get|get|getting|would get) better (?:but|and) "
    r"(?:it|they|nothing|things) (?:doesnt|dont|does not|never|hasnt|wont|didnt|hasnt yet|never does|never did)"
)
# Figures of speech: "leg day made me want to die lol", "suicide sprints", "I'd rather die than run".
SELF_HARM_NOT = (
    r"suicide (?:sprints?|runs?|drills?|squats?|burpees?|lines?|shuttles?|squad|rates?|prevention|statistics|awareness)|"
    # the drill itself: "coach had us doing suicides on the court", "ran suicides till we puked"
    r"(?:had|made|makes|make|got|gets|have|has) (?:us|me|them|the team|the squad) (?:doing |do |run |running |ran )?suicides?|"
    r"(?:did|ran|run|runs|running|do|does|doing) (?:some |more |extra |\d+ |ten |twenty |a set of |sets of |a round of )?suicides?"
    r"(?= (?:on|at|in|across|up|down|for|until|till|after|before|and|then|again|x|\d+|,|\.|\?)(?![a-z0-9])|$)|"
    r"suicides? (?:on|at|in|across|around) (?:the )?(?:court|courts|pitch|field|track|baseline|lines?|gym|hall|sideline|sidelines)|"
    r"(?:those|these|more|some|\d+|ten|twenty|fifteen) suicides(?= (?:lol|lmao|haha|on|at|in|today|yesterday|tonight|and|,|\.|\?)(?![a-z0-9])|$)|"
    # racing in the drill: "always last in suicides", "get faster at suicides", "suicides are my worst"
    r"(?:last|first|slowest|fastest|worst|best|faster|quicker|better|slow|fast|good|bad) (?:in|at|on) (?:the )?suicides|suicides (?:are|were|is) (?:my |the )?(?:worst|hardest|killing|brutal|awful|easy)|"
    # someone or something else "trying to kill me": a trainer, a class, leg day
    r"(?:(?:my|the|this|that|these|those|our|his|her) (?:[a-z]+ ){0,2}?[a-z]+|he|she|they|it|this|that|coach|pt) (?:is |are |s |re |was |were |will |ll )?"
    r"(?:literally |actually |honestly |really |definitely |basically |lowkey |totally |seriously |actively |genuinely )*(?:trying to|going to|gonna|out to|about to) kill me|"
    r"(?:will|gonna|going to|is going to) be the death of me|die on (?:this|that) hill|"
    # dying in a workout: "going to die on this hill repeat lol", "I'll die in spin tonight"
    # "kill me now, 10 more burpees", "I want to die, this protein shake tastes awful lol"
    r"kill me now(?: ,)? (?:\d+|two|three|five|ten|twenty|another|one more|more) (?:more )?(?:burpees|reps|sets|squats|minutes|mins|laps|rounds|lunges|push ups|pushups|intervals|sprints|km|miles)|"
    r"(?:want to|wanna) die(?: ,)? (?:this|that|these|the) (?:[a-z]+ ){0,2}?(?:shake|food|meal|tastes?|smell|workout|class|playlist|song|music|burpees|app|diet)(?![a-z])|"
    r"(?:going to|gonna|about to|will|ll|might|could|want to|wanna|wanted to) (?:actually |literally |honestly )?die (?:on|in|during|at|doing|after|from) (?:this|that|the|these|those|my|today s|tonights|tomorrows) "
    r"(?:[a-z]+ )?(?:hill|hills|class|workout|session|run|race|set|rep|reps|repeats?|sprints?|burpees|squats|spin|hiit|leg day|intervals|circuit|bootcamp|parkrun|marathon|lap|laps|stairs|plank)s?|"
    # "I'd kill for some cake", "could murder a burger", "dying for a coffee"
    r"(?:id|i would|i d|i could|could|would) (?:honestly |literally |actually |seriously |genuinely |so |absolutely )*(?:kill|murder|die) for|(?:could|would|id) (?:honestly |literally |actually )*murder (?:a|an|some|the)|"
    r"(?:my|the|our) (?:legs|arms|abs|glutes|quads|calves|hamstrings|lungs|core|shoulders|feet|body) (?:are |were |is |feel |felt |s |re )?"
    r"(?:literally |absolutely |totally |completely |so |actually |just |properly |officially |basically |honestly )*(?:dead|dying|killing me|destroyed|wrecked)|"
    r"rather die than|die (?:laughing|of (?:laughter|embarrassment|boredom|cuteness|shame))|to die for|"
    r"(?:workout|leg day|burpees?|class|session|run|hiit|spin|these|squats?|cardio|trainer|coach|it|that|this|doms|stairs|lunges?) "
    r"(?:made|makes|is making|will make|gonna make|made) me (?:want to|wanna) die|"
    r"kill (?:myself|me) (?:laughing|with laughter)|dying to|dead ?lift\w*|dead (?:bug|hang)|killed it|killing it|could sleep forever|"
    r"(?:my|the) (?:legs|arms|abs|glutes|quads|calves|lungs|core) (?:are |were )?(?:killing me|dead|dying)"
)
# The same in other languages (accents dropped, apostrophes closed up by `normalise`: "j'en peux
# plus" -> "jen peux plus"), by language, so the reply can be in that language: explicit thoughts
# and intent, passive wishes not to wake up or to disappear, "I can't take any more", others better
# off without me, and self-harm. Figures of speech are left out ("este entrenamiento me mata",
# "ce workout va me tuer" name no wish of one's own).
SELF_HARM_BY_LANGUAGE: dict[str, str] = {
    "es": (
        r"quiero morir\w*|me quiero (?:morir|matar)|quiero matarme|(?:pienso|pensando|pense) en (?:matarme|morir\w*|suicidarme|quitarme la vida|acabar con todo)|"
        r"suicidarme|me voy a suicidar|no quiero seguir(?: asi| adelante| viviendo)?(?= \.| ,| \?|$)|no quiero (?:vivir|seguir viviendo|seguir aqui|despertar|existir)|quitarme la vida|acabar con (?:mi vida|todo)(?! (?:el|la|los|las) )|"
        # "I can't any more" is also what a tired legs say: only with "ya" or about life
        r"ya no (?:puedo|aguanto) mas(?! (?:con (?:el|la|este|esta|estos|estas) (?:entreno|entrenamiento|rutina|dieta|clase|ejercicio|serie|sentadillas))|(?: de| con)? (?:correr|entrenar|comer))|"
        r"no (?:puedo|aguanto) mas (?:con )?(?:mi vida|la vida|vivir|todo|esto|nada)(?![a-z])|"
        r"(?:seria|estaria) (?:mejor|mas facil) (?:no despertar|no estar aqui|no existir|morirme|estar muert[oa]|desaparecer|si no estuviera)|"
        r"ojala (?:no despertara|no despierte|estuviera muert[oa]|me muriera|no existiera|desapareciera)|mejor (?:estar|estaria) muert[oa]|"
        r"no (?:vale|merece) la pena (?:vivir|seguir)|no tengo (?:ganas|razones|motivos) (?:de|para) (?:vivir|seguir)|"
        r"(?:todos|mi familia|todo el mundo) (?:estarian|estaria) mejor sin mi|desaparecer para siempre|"
        r"(?:me corto|cortarme|cortandome|me estoy cortando|me vuelvo a cortar|me he vuelto a cortar|me hago dano|hacerme dano|me autolesiono|autolesion\w*|me (?:arano|rasguno|rasco)(?: \w+){0,3} (?:hasta sangrar|hasta hacerme sangre|a proposito))(?! (?:el pelo|las unas|el flequillo|el dedo|la barba|entrenando|en el gym|cocinando))|"
        r"quiero desaparecer(?: para siempre)?(?= \.| ,| \?|$)|ganas de morir\w*|(?:soy|me siento) una carga(?: para (?:todos|mi familia|los demas))?(?= \.| ,|$| para)"
    ),
    "fr": (
        r"je veux mourir|envie de mourir|(?:je veux|je vais|envie de|pense a|penser a|pensees de) me (?:tuer|suicider)|me suicider|suicidaire|"
        r"je veux en finir(?! avec (?!(?:la vie|tout|ma vie)(?![a-z])))|en finir avec (?:la vie|tout|ma vie)|"
        # "j'ai envie d'en finir", "ni à vivre d'ailleurs" (not "envie d'en finir avec ce programme")
        r"(?:envie|besoin|hate) d ?en finir(?! avec (?!(?:la vie|tout|ma vie)(?![a-z])))|(?:je voudrais|jaimerais|je vais|je pense a) en finir(?! avec (?!(?:la vie|tout|ma vie)(?![a-z])))|"
        r"(?:plus|aucune|pas de|sans) (?:aucune |de )?raisons? de vivre|(?<![a-z])ni (?:meme )?a vivre(?! (?:ici|la|en|dans|avec|seule?|a|chez|pres)(?![a-z]))|mettre fin a (?:mes jours|ma vie)|"
        r"je (?:ne )?veux plus vivre|je (?:ne )?veux plus (?:continuer|avancer|exister|etre la)(?! (?:le|la|les|ce|cette|mon|ma|mes|a|de|avec|comme|ici|sur)(?![a-z]))|(?:plus|pas) envie de continuer(?! (?:le|la|les|ce|cette|mon|ma|mes|a|de|avec)(?![a-z]))|(?:plus|pas) envie de vivre|(?:je nen|jen) peux plus de (?:vivre|la vie|tout|moi)|je ne supporte plus rien|"
        r"(?:ne plus|jamais) me reveiller|(?:ils|elles|tout le monde|ma famille) (?:seraient|serait) mieux sans moi|"
        r"(?:ce serait|cest) mieux (?:si je netais plus la|sans moi|si je disparaissais)|disparaitre pour toujours|"
        r"me faire du mal|je me (?:griffe|gratte)(?: \w+){0,3} (?:jusqu au sang|jusqua saigner|jusqu a saigner|expres)|je me scarifie|me scarifier|me mutiler|je me fais du mal|je veux disparaitre(?: pour toujours)?(?= \.| ,| \?|$)|je pense au suicide|je (?:suis|me sens) un fardeau"
    ),
    "de": (
        r"ich (?:will|mochte|moechte|wurde gern|wuerde gern|wurde lieber|wuerde lieber) (?:sterben|tot sein|nicht mehr (?:leben|da sein|aufwachen))|"
        r"um mich (?:selbst )?zu bestrafen|(?:so wie|wie) (?:fruher|frueher|damals) (?:mit dem|beim) ritzen|"
        r"ich (?:will|mag) (?:(?:einfach|echt|wirklich|eigentlich|so|halt) )?nicht mehr(?= (?:\.|,|\?|leben|sein)|$)|(?:keine|null) lust mehr (?:zu leben|auf (?:das|mein|dieses) leben|zu existieren)|"
        r"(?:das|mein) leben (?:hat|macht) (?:fur mich |fuer mich )?keinen sinn mehr|(?:sehe|finde) keinen sinn mehr (?:im|in meinem|zu) (?:leben|weiterleben)|"
        r"ich will nicht mehr weiter(?:machen|leben)?(?= \.| ,| \?|$)|mich umbringen|mir das leben nehmen|selbstmord|suizid\w*|lebensmude|lebensmuede|"
        r"ich kann (?:einfach |so )?nicht mehr (?:weiter|leben)|ich kann einfach nicht mehr|nicht mehr aufwachen|"
        r"(?:alle|meine familie|jeder) (?:waren|waere|ware|wurden|wuerden) (?:ohne mich )?besser dran(?: ohne mich)?|besser (?:dran )?ohne mich|"
        r"allem ein ende (?:setzen|machen|bereiten)|mich (?:selbst )?verletz\w*|mich ritzen|(?:ich )?ritze? mich|(?:hab|habe) mich (?!beim |mit |am |an |in den |bei )(?:\w+ ){0,2}?(?:geritzt|verletzt|geschnitten)|mich (?:wieder )?geritzt|mir weh tun|ich will (?:einfach )?verschwinden(?= \.| ,| \?|$)|ich bin (?:nur )?(?:eine|allen eine) last"
    ),
    "pt": (
        r"quero morrer|(?:vou|quero|penso em|pensando em) me matar|(?:vou|quero) me suicidar|suicidio|me suicidar|"
        r"nao quero mais viver|nao quero mais continuar(?= \.| ,| \?|$)|nao (?:vejo|encontro|tenho) (?:mais )?(?:nenhum )?(?:sentido|razao|motivo) (?:em|para|pra|de) (?:continuar )?(?:viver|vivendo|a vida|estar vivo|estar viva)|ja nao aguento mais|nao aguento mais (?:viver|a vida|essa vida|tudo|nada)(?![a-z])|tirar (?:a )?minha (?:propria )?vida|acabar com (?:tudo|a minha vida|minha vida)|"
        r"(?:seria|era) melhor (?:nao acordar|morrer|sumir|eu nao estar aqui|nao existir)|quero sumir|queria (?:morrer|sumir|nao acordar|nao existir)|"
        r"(?:todos|minha familia|todo mundo) (?:ficariam|estariam|ficaria|estaria) melhor sem mim|nao vale a pena viver|"
        r"me cortar|me corto|me machucar de proposito|me (?:arranho|coco|machuco)(?: \w+){0,3} (?:ate sangrar|de proposito)|automutila\w*|(?:sou|me sinto) um peso(?: para (?:todos|minha familia|os outros))?(?= \.| ,|$| para)"
    ),
    "it": (
        r"voglio morire|(?:voglio|vorrei|penso di|pensando di) (?:uccidermi|ammazzarmi|suicidarmi|farla finita)|uccidermi|ammazzarmi|suicidarmi|suicidio|"
        r"togliermi la vita|non voglio (?:piu )?vivere|non voglio piu (?:continuare|andare avanti)(?= \.| ,| \?|$)|non ce la faccio piu (?:a|ad) (?:vivere|andare avanti|sopportare)|non ce la faccio piu con (?:la vita|tutto)|farla finita|"
        r"vorrei (?:morire|sparire|non svegliarmi)|non svegliarmi piu|(?:sarebbe|starei) meglio (?:morto|morta|se non ci fossi)|"
        r"(?:tutti|la mia famiglia) (?:starebbero|starebbe) meglio senza di me|tagliarmi|mi taglio|farmi del male|autolesion\w*|mi faccio (?:del )?male(?! (?:al|alla|allo|alle|ai|agli|alle|correndo|in palestra|allenandomi|con|giocando|cadendo))|mi (?:graffio|gratto|ferisco|brucio|mordo)(?: \w+){0,3} (?:fino a sanguinare|a sangue|apposta|di proposito)|voglio sparire(?: per sempre)?(?= \.| ,| \?|$)|(?:sono|mi sento) un peso per (?:tutti|la mia famiglia|gli altri)"
    ),
    # Dutch: the wish to die or not to wake up, "er niet meer willen zijn", hurting oneself, life
    # without point ("het leven heeft geen zin meer"), others better off; "ik kan niet meer" alone
    # is what tired legs say at 30 km, and "deze training is moordend" names no wish of one's own
    "nl": (
        r"(?:ik )?(?:wil|wou|zou willen|wilde) (?:ik )?(?:(?:eigenlijk|gewoon|echt|liefst|liever|soms|best|het liefst|al|nu|vaak) )*(?:dood|sterven|doodgaan)(?! (?:moe|op|van het lachen|gaan van|vermoeid))|"
        r"dood (?:willen|wil|zijn|gaan) (?:zijn|gaan)?|(?:was|ware) ik (?:maar )?dood|(?:ik wou|ik wilde|ik wens) dat ik dood (?:was|ben)|"
        r"niet meer (?:wakker (?:te )?(?:worden|werd|word|zou worden)|willen (?:leven|bestaan)|leven|verder willen|verder leven)|nooit meer wakker (?:te )?(?:worden|werd|word)|"
        r"(?:wil|wou|zou) (?:(?:eigenlijk|gewoon|echt|liever) )*(?:er )?niet meer (?:zijn|leven|bestaan)(?= \.| ,| \?|$| en| maar)|er niet meer (?:willen )?zijn(?= \.| ,| \?|$| en| maar)|"
        r"zelfmoord\w*(?<!preventie)|suicidaal|suicide gedachten|(?:mezelf|mijzelf) (?:van kant (?:te )?maken|om (?:te )?brengen|ombrengen|doden|iets (?:aandoen|aan (?:te )?doen)|pijn (?:te )?doen|snijden|krassen|verwonden|beschadigen)|"
        r"(?:mezelf|mijzelf) (?:\w+ ){0,2}(?:gesneden|gekrast|verwond|pijn gedaan|beschadigd|iets aangedaan)|"
        r"(?:ik )?(?:snij|kras|beschadig) mezelf|een einde aan (?:mijn leven|alles|het) (?:maken|te maken)|er (?:gewoon |echt |liever )?een einde aan (?:maken|te maken)|uit het leven (?:stappen|te stappen)|mijn leven (?:beeindigen|te beeindigen)|"
        r"(?:het )?leven heeft (?:voor mij )?geen (?:zin|nut) meer|het leven heeft geen zin|geen zin meer (?:in|om te) (?:het leven|leven)|"
        r"(?:iedereen|mijn familie|mijn ouders|ze) (?:is|zijn|zou|zouden) (?:\w+ )?beter af zonder mij|beter af zonder mij|"
        r"(?:ik ben|ik voel me) (?:een |alleen maar een )?(?:last|blok aan het been) voor (?:iedereen|mijn familie|mijn ouders|anderen)|(?:ik )?wil (?:gewoon )?verdwijnen(?= \.| ,| \?|$)|voor altijd verdwijnen"
    ),
    # Polish, folded ("nie chcę już żyć" -> "nie chce juz zyc"): folding makes "chcę" and "chce" one word, so
    # whose wish it is comes from the subject ("moja przyjaciółka mówi, że chce się zabić": the guard's
    # someone-else opening); "umieram po tym treningu" and "ten trening mnie zabije" name no wish
    "pl": (
        r"(?:chce|chcialbym|chcialabym|wolal\w*|wolalabym|wolalbym) (?:juz |po prostu |tylko )?umrzec(?! (?:po|na|od|przez|ze|z) (?:tym|tych|tej|tego|treningu|treningach|nogach|przysiad\w*|biegu|cwiczeni\w*|smiechu|nudow|wstydu))|"
        r"(?:chce|chcialbym|chcialabym|zaraz|moge|mysle zeby|mysle o tym zeby) (?:sie )?zabic|zabije sie(?! (?:na|o|w|z|przez) )|chce sie (?:zabic|powiesic|otruc)|"
        r"nie chce (?:juz |dalej |wiecej |dluzej )?zyc|chce mi sie (?:umrzec|umierac)|nie mam (?:juz )?po co zyc|nie mam (?:juz )?sily zyc|nie chce mi sie (?:juz )?zyc|"
        r"nie widze (?:juz )?(?:sensu|celu) (?:w )?(?:zyciu|zycia|zyc|dalszego zycia|zeby zyc)|zycie nie ma (?:juz )?(?:sensu|celu)|nie ma sensu (?:dalej )?zyc|"
        r"(?<!to bylo )(?<!to jest )(?<!to by bylo )(?<!byloby )(?<!to czyste )samobojst\w*|samobojcz\w*|odebrac sobie zycie|odbiore sobie zycie|odebrac zycie sobie|skonczyc ze soba|skoncze ze soba|skonczyc (?:z tym wszystkim|ze wszystkim)|zakonczyc (?:swoje |moje )?zycie|"
        r"(?:zrobic|zrobilam|zrobilem|zrobie|robie|robilam|robilem|zrobilabym|zrobilbym) sobie (?:cos|krzywde)(?! (?:na|w) (?:treningu|silowni|kolano|plecy|kostke))|"
        r"(?:tne|cialam|cielam|pocielam|pocialem|ciac) sie(?! (?:z|na|w|przy|nozem|o) )|sie (?:tne|pocielam|pocialem|cielam|cialem|przypalilam|przypalilem)(?! (?:z|na|w|przy|nozem|o|golac\w*|kroj\w*) )|okalecz\w*|samookalecz\w*|samouszkodz\w*|(?:przypalam|przypalalam|przypalilam|przypalilem) sie|"
        r"(?:krzywdze|krzywdzilam|krzywdzilem|ranie|ranilam|ranilem) (?:sama |sam )?(?:siebie|sie)|"
        r"(?:chcialbym|chcialabym|wolal\w*|obym) (?:sie )?(?:juz )?(?:nie obudzic|sie nie obudzil\w*|nie obudzil\w*)|zasnac i (?:sie )?(?:juz )?(?:nie obudzic|nigdy nie obudzic|nie budzic)(?: sie)?|nie chce sie (?:juz )?(?:obudzic|budzic)(?! (?:tak )?(?:wczesnie|rano|o \d))|"
        r"(?:wszystkim|wszyscy|rodzinie|rodzina|im|bliskim) (?:byloby|bylo by|byliby|beda|bedzie|bedzie im|zyloby sie) (?:\w+ )?lepiej beze mnie|lepiej (?:by )?(?:im |wszystkim )?(?:bylo )?beze mnie|"
        r"lepiej (?:zeby|by|aby) mnie (?:juz )?nie bylo|czuje sie jak ciezar|"
        r"(?:jestem|czuje sie) (?:tylko )?ciezarem(?: dla (?:wszystkich|rodziny|bliskich|innych))?(?! dla (?:druzyny|zespolu|grupy))|"
        r"(?:chce|chcialbym|chcialabym) (?:po prostu )?zniknac(?= \.| ,| \?|$| na zawsze)|zniknac na zawsze|"
        r"(?:mam ochote|mam chec|ochota mnie bierze) (?:sie )?(?:zabic|umrzec)|(?:mysle|myslalam|myslalem|mysle ciagle|mysle tylko) (?:\w+ ){0,2}?o tym,? (?:zeby|by|aby) (?:umrzec|sie zabic|zniknac|skonczyc ze soba)|"
        r"(?:sie )?tnie sie|sie tnie|(?:sie )?okalecza(?: sie)?|robi sobie krzywde|krzywdzi sie|sie krzywdzi|"
        r"zasnac na zawsze|zasne na zawsze|nikt by nie (?:zauwazyl\w*|tesknil\w*|plakal\w*)|gdybym (?:zniknel\w*|zniknal|znikla|umarl\w*|sie zabil\w*)|"
        r"nie ma dla mnie (?:juz )?(?:nadziei|ratunku)|nie mam juz (?:zadnej )?nadziei(?! na)|"
        r"(?:lyknel\w*|lyknal\w*|polknel\w*|polknal\w*|wzial\w*|wziel\w*|lykam|biore) (?:\w+ )?(?:garsc|cale opakowanie|wszystkie|opakowanie|za duzo) (?:tabletek|lekow|pigulek|tabletki|leki)|"
        r"(?:zbieram|chomikuje|gromadze|zbieralam|zbieralem) (?:\w+ )?(?:tabletki|leki|pigulki|tabletek|lekow)|"
        r"(?:chce|chcialbym|chcialabym|mysle zeby|mysle o tym zeby|zaraz) (?:\w+ )?skoczyc z (?:mostu|dachu|okna|balkonu|wiezowca|bloku|wiaduktu)|rzucic sie pod (?:pociag|samochod|tramwaj|auto)|"
        r"(?:zeby|aby|by) sie zabic|(?:byloby|bylo by|mieliby|mialiby|bedzie) (?:\w+ )?lepiej,? gdyby mnie (?:juz )?nie bylo|gdyby mnie (?:juz )?nie bylo(?! (?:na|w|przy|z|u|dzis|jutro) )|mysli samobojcze|mysle o (?:smierci|samobojstwie|tym zeby (?:umrzec|sie zabic|skonczyc))|mam dosc zycia|zmeczon\w* zyciem"
    ),
    # a few more, answered in English with the universal lines
    "": r"olmek istiyorum|intihar",
}
# Affairs put in order beside wondering what for (an older person after a loss: "ik heb mijn zaakjes
# geregeld ... ik vraag me af waarvoor nog"): the preparation sign, in each language.
_AFFAIRS_WHAT_FOR = {
    "nl": (r"(?:zaakjes|zaken|papieren|alles|testament) (?:\w+ ){0,3}?(?:geregeld|op orde|in orde)", r"waarvoor nog|waarom nog|geen zin meer|mooi geweest|hoeft niet meer"),
    "de": (r"(?:angelegenheiten|dinge|papiere|alles|testament) (?:\w+ ){0,3}?(?:geregelt|geordnet|in ordnung gebracht)", r"wozu noch|wofur noch|hat keinen sinn mehr|reicht jetzt"),
    "es": (r"(?:mis asuntos|mis cosas|todo|mis papeles|el testamento) (?:\w+ ){0,3}?(?:en orden|arreglad\w*|organizad\w*)|(?:he arreglado|he dejado en orden|he organizado) (?:mis asuntos|todo|mis cosas)", r"para que seguir|para que sigo|ya no tiene sentido"),
    "fr": (r"(?:mes affaires|mes papiers|tout) (?:\w+ ){0,3}?(?:en ordre|regle\w*|range\w*)|(?:regle|mis de l ordre dans) (?:mes affaires|tout)", r"a quoi bon|pour quoi faire|plus de sens"),
    "it": (r"(?:le mie cose|i miei affari|tutto|le carte|il testamento) (?:\w+ ){0,3}?(?:in ordine|sistemat\w*)|(?:ho sistemato) (?:le mie cose|tutto)", r"a che serve|a che scopo|per cosa ancora|non ha piu senso"),
    "pt": (r"(?:as minhas coisas|minhas coisas|os meus assuntos|tudo|o testamento) (?:\w+ ){0,3}?(?:em ordem|arrumad\w*|resolvid\w*)|(?:arrumei|deixei em ordem|resolvi) (?:as minhas coisas|tudo|minhas coisas)", r"para que continuar|nao faz mais sentido|pra que continuar"),
}
for _code, (_affairs, _what_for) in _AFFAIRS_WHAT_FOR.items():
    SELF_HARM_BY_LANGUAGE[_code] += rf"|(?:{_affairs})(?: [a-z0-9,.]+){{0,20}}? (?:{_what_for})|(?:{_what_for})(?: [a-z0-9,.]+){{0,20}}? (?:{_affairs})"
# A goodbye letter written, their things given away, goodbyes said ("Rozdałem swoje rzeczy i napisałem list
# pożegnalny do rodziny"): preparation, a red flag by itself in each language, as in English (`PREPARATION`).
FAREWELL_L10N = {
    "pl": r"list\w* pozegnaln\w*|(?:rozdal\w*|oddal\w*) (?:wszystkie )?(?:swoje|moje) rzeczy|pozegnal\w* sie z (?:rodzina|wszystkimi|bliskimi)",
    "es": r"carta de despedida|(?:he regalado|regale|he dado|di) (?:todas )?mis cosas|me he despedido de (?:todos|mi familia)",
    "fr": r"lettre d ?adieu|(?:j ?ai donne|donne) (?:toutes )?mes affaires|(?:j ?ai dit|dit) adieu a (?:tout le monde|ma famille)",
    "de": r"abschiedsbrief\w*|(?:meine sachen|alle meine sachen) (?:\w+ ){0,2}?verschenkt|(?:mich )?von (?:allen|meiner familie) verabschiedet",
    "it": r"lettera d ?addio|(?:ho regalato|ho dato via) (?:tutte )?le mie cose|ho detto addio a (?:tutti|la mia famiglia)",
    "pt": r"carta de despedida|(?:dei|doei) (?:todas )?(?:as )?minhas coisas|(?:me despedi|despedi me) de (?:todos|minha familia)",
    "nl": r"afscheidsbrie\w*|(?:mijn spullen|al mijn spullen) (?:\w+ ){0,2}?weggegeven|afscheid genomen van (?:iedereen|mijn familie)",
}
for _code, _farewell in FAREWELL_L10N.items():
    SELF_HARM_BY_LANGUAGE[_code] += f"|{_farewell}"
SELF_HARM_OTHER_LANGUAGES = "|".join(SELF_HARM_BY_LANGUAGE.values())
# Round 23: cutting told in the past, a plan's wording, and someone else's wish or cuts, in the six languages
# ("me corté anoche", "je me suis coupée hier soir", "ich denke daran, mich umzubringen", "mi hija se corta los
# brazos"). A cut while cooking or shaving, a finger, a knife, is an accident, as in English.
_ACCIDENT_AFTER = r"(?!.*(?:cocin|dedo|cuchillo|afeit|pelando|cristal|vidrio|lata|papel|cuisin|doigt|couteau|rasa|verre|kuche|koch|finger|messer|rasier|glas|cozinh|faca|barbe|vidro|cucin|dito|coltello|rasoio|vetro|lattina|carta|koken|vinger|mes |scheer|glas))"
_SELF_HARM_MORE = {
    "es": rf"me (?:corte|he cortado|volvi a cortar)(?: (?:los brazos|las munecas|las piernas|los muslos|otra vez|de nuevo))?(?= \.| ,| \?|$| anoche| ayer| hoy| otra vez| de nuevo| porque| cuando| esta (?:noche|manana|tarde)){_ACCIDENT_AFTER}|"
          r"(?:quiere|queria|dice que quiere|ha dicho que quiere) (?:suicidarse|matarse|morirse|quitarse la vida)|se (?:corta|ha cortado|autolesiona|hace dano)(?! (?:el |la |las |los |o |a |as |os |un |una |um |uma )?(?:pelo|cabello|unas|flequillo|barba|cabelo|unhas|dedo|franja|cocinando|cozinhando|entrenando|treinando|afeitandose|barbeando|sin querer|sem querer))|"
          r"(?:tengo|ya tengo) (?:un|el) plan para (?:suicidarme|matarme|quitarme la vida)",
    "fr": rf"je me suis (?:encore |de nouveau )?(?:coupee?|mutilee?)(?: (?:les bras|les poignets|les cuisses|encore))?(?= \.| ,| \?|$| hier| cette nuit| ce soir| ce matin| encore| parce| quand){_ACCIDENT_AFTER}|je me suis (?:encore |de nouveau )?scarifi\w*|"
          r"(?:veut|voulait|dit qu ?elle veut|dit qu ?il veut|a dit qu ?(?:elle|il) voulait) (?:se suicider|se tuer|mourir|en finir)|se (?:scarifie|mutile|coupe les bras|coupe les poignets|fait du mal)",
    "de": r"mich (?:selbst )?(?:\w+ ){0,3}?umzubringen|mir das leben zu nehmen|(?:habe|hab) mir (?:\w+ ){0,3}?(?:arme|arm|handgelenke|handgelenk|oberschenkel|beine) (?:\w+ )?(?:aufgeschnitten|aufgeritzt|zerschnitten|geritzt)|"
          r"(?:sie|er) (?:will|mochte|wollte) sich (?:umbringen|das leben nehmen|toten|ritzen)|sich umbringen (?:will|mochte|wollte)|(?:sie|er|tochter|sohn|freundin|freund) ritzt sich|ritzt sich (?:\w+ ){0,2}?(?:die|den) (?:arme|arm|beine)",
    "pt": rf"me cortei(?: (?:nos bracos|nos pulsos|nas pernas|de novo|outra vez))?(?= \.| ,| \?|$| ontem| hoje| de novo| outra vez| porque| quando){_ACCIDENT_AFTER}|(?:voltei a|comecei a) me cortar|(?:para|pra|de) me matar|"
          r"(?:quer|queria|diz que quer|disse que quer) (?:se matar|morrer|se suicidar|tirar a propria vida)|se (?:corta|cortou|machuca de proposito|automutila)(?! (?:el |la |las |los |o |a |as |os |un |una |um |uma )?(?:pelo|cabello|unas|flequillo|barba|cabelo|unhas|dedo|franja|cocinando|cozinhando|entrenando|treinando|afeitandose|barbeando|sin querer|sem querer))",
    "it": rf"mi sono tagliat[oa](?: (?:le braccia|i polsi|le gambe|di nuovo|ancora))?(?= \.| ,| \?|$| ieri| stanotte| stasera| oggi| di nuovo| ancora| perche| quando){_ACCIDENT_AFTER}|(?:ho ricominciato|ricomincio|ho ripreso) a tagliarmi|"
          r"(?:vuole|voleva|dice che vuole|ha detto che vuole) (?:uccidersi|ammazzarsi|suicidarsi|morire|farla finita|togliersi la vita)|si (?:taglia|e tagliata|e tagliato|fa del male|autolesiona)(?! (?:i capelli|le unghie|cucinando|un dito|il dito))",
    "nl": r"(?:weer |opnieuw )?(?:gaan |beginnen met )?snijden in (?:mijn|m n) (?:armen|arm|polsen|benen|dijen)|ben (?:weer |opnieuw )gaan snijden|"
          r"(?:ze|hij) (?:wil|wilde) (?:zelfmoord plegen|dood|zichzelf (?:van kant maken|iets aandoen|doden))|zelfmoord wil plegen|snijdt zichzelf|(?:krast|beschadigt) zichzelf|zichzelf (?:snijdt|krast|pijn doet|iets aandoet)",
}
for _code, _more in _SELF_HARM_MORE.items():
    SELF_HARM_BY_LANGUAGE[_code] += f"|{_more}"
SELF_HARM_OTHER_LANGUAGES = "|".join(SELF_HARM_BY_LANGUAGE.values())
# Words that say which language a follow-up is in ("vivo en Madrid"), when it carries no red flag.
LANGUAGE_WORDS: dict[str, str] = {
    "es": r"se desmayo|me desmaye|no responde|no reacciona|no respira|vivo en|dolia|cuesta|me dolia|corriendo|no podia|bajar de peso|me tomo|sudor|palid[oa]|falta el|subiendo|escaleras|pasaba|al dia|novia|novio|hija|hijo|entrena|veces|anoche|vuelto|brazos|pienso|matarme|solo como|me corte|me quede|me puse|peso muerto|latidos|estoy|soy de|gracias|hola|pero|porque|tengo|quiero|ayuda|ahora|llamar|no puedo|vale|bueno|tambien|nadie|nada|cuando|despues|me duele|embarazada|todas las|todos los|muy|el|los|las|"
          r"puedo|fue|dice|dijo|hoy|manana|ayer|del|mucho|desde|hasta|estaba|hice|fui|semanas|embarazo|desmaye|cuantos|cuantas|cuanto|cuanta|aguanto|unas|unos|bajar|adelgazar|comiendo|necesito|hago|mis|llamo|van a|padres|gimnasio|entrenando|entrenar|corazon|sigo|mareo|mareada|mareado|me maree|"
          # "No quiero ambulancia, mi hermano me recoge en media hora"
          # (none Portuguese shares: "esposa", "marido", "nada", "minutos", "ambulancia" are both)
          r"hermano|hermana|mujer|recoge|media hora|llevar",
    "fr": r"je|javais|machoire|a velo|en montant|mange|copine|par jour|sentraine|scarifie|pense|tuer|prevu|suis|jhabite|jai|merci|bonjour|mais|parce que|habite|pas|veux|aide|oui|cest|personne|rien|quand|apres|chaque|mon|mes|tous les|depuis|tres|une|des|avec|dans|du|aux|enceinte",
    "de": r"ich|schmerzen|kiefer|bin|wohne|danke|hallo|aber|weil|nicht|kann|will|hilfe|ja|nein|niemand|nichts|habe|beim|nach|mein|meine|mit|und|ist|seit|wenn|der|das|ein|eine|immer|schwanger|mich|mir|jeden|nehme",
    "pt": r"eu|doia|na subida|coracao|fica|fico|treino|braco|bracos|doi|mexe|mexeu|manha|so como|todo dia|namorada|namorado|me cortei|voltei|pensando em|me matar|moro|obrigad[oa]|ola|mas|nao|estou|sou de|quero|ajuda|voce|ninguem|nada|sinto|tenho|depois|meu|minha|com|muito|todas as|todos os|um|uma|gravida|isso|estava|vejo|vivendo|viver|sem|ainda|agora|consigo|nunca mais|nao aguento|to tomando|tou|pra|ontem|perna|treinar|assim|desmaiei|kkk+|emagrecer|onibus",
    "it": r"io|cuore|battiti|manca|fiato|facendo|braccio|mascella|prendo|lassativi|pillole|mangio|mangia|mangiare|al giorno|uccidermi|sinistro|dimagrire|fa male|sono|abito|grazie|ciao|perche|voglio|aiuto|sto|nessuno|niente|vivo a|ho|dopo|mio|mia|ogni|molto|gli|che|incinta|settimane|della|nel|alla|sempre|piu|vedo|senso|andare|avanti|vivere|nulla|ce la faccio|sei|questo|questa|anche|cosi|fare|ancora|oggi|domani|ieri|allenamento|lallenamento|allenarmi|palestra|girata|mi sento|gira la testa|stretto|stretta",
    # no word another of these languages uses too ("de", "en", "te", "ja", "was")
    "nl": r"ik|ben|niet|het|een|mijn|wil|woon|woont|wonen|dank|bedankt|hallo|maar|omdat|hulp|nee|niemand|niets|heb|wat|hoe|ook|gewoon|eigenlijk|zwanger|weken|sinds|altijd|nog|mij|mezelf|jij|kan|meer|helpt|bij|tijdens|hardlopen|sporten|heel|erg|zijn|wordt|worden",
    # folded ("już" -> "juz"); none of the words the others use ("sie" is German too, "po" Italian, "na" Portuguese,
    # "mam" Dutch), nor an English word or name ("co", "ale", "bo", "jak", "sam", "nic")
    "pl": r"jestem|zrobilem|zrobilam|szary|spocony|martwym|ciagu|znowu|tne|jestes|jest|nie (?:moge|chce|wiem|mam|jem|je|jestem|boli|czuje|mogl\w*|dam|ma|rusza)|mnie|mi sie|juz|tylko|bardzo|teraz|dzisiaj|dzis|wczoraj|jutro|"
          r"moj|moja|moje|mojego|mojej|moim|mojemu|byl|byla|bylo|bylem|bylam|zeby|dla|mieszkam|dziekuje|dzieki|czesc|pomocy|nikt|nic nie|gdzie|kiedy|dlaczego|tez|prosze|"
          r"moge|chce|musze|wiem|boje|jeszcze|potem|podczas|przez|ciazy|tygodniu|silowni|treningu|czy|jak (?:sie|mam|moge|biegam|cwicze|dlugo|schudnac)|tak|sama|domu|boli|dalej|nadal|zrobic|sobie|"
          # the words its red flags are said in, which no other of these languages has
          r"klatce|klatk\w*|piersiowej|mostku|przytomnosc|trakcie|biegu|bieganiu|biegania|cwiczen\w*|serca|serce|wymiot\w*|przeczyszczaj\w*|tabletki|odchudz\w*|"
          r"schudnac|posilku|jedzeniu|gardla|glodze|tydzien|tygodnia|ciaza|krwawienie|krwawie|skurcze|wody|dziecko|umrzec|zyc|zycia|krzywde|zabic|beze mnie|piersi|dusznosc|pieczenie|kolatanie|kolacze|dziennie|biegam|cwicze|za kare|napadzie|objadania",
}

# English's everyday words, against which `rules.language_of` weighs the others (and the guard
# tells a follow-up in English from one with no words of any language).
ENGLISH_WORDS = r"i|im|my|me|the|and|is|it|you|to|of|live|from|thanks|please|dont|cant|what|how"
# Words of ENGLISH_WORDS that are Polish words too ("i" is "and", "to" is "it", "my" is "we"): not English beside Polish.
ENGLISH_IN_POLISH = r"i|to|my"

# Words of the languages above that squeezing repeated letters must leave as written ("woon" is
# not "won", "ook" not "ok"): every string of this module is the normaliser's vocabulary.
KEPT_AS_WRITTEN = r"woon|ook|nee|geen|meer|een|heel|weer|moe|zee"

# Medicines saved up, in the other languages ("j'ai mis de côté des médicaments depuis des semaines").
_MEDS_L10N = r"medicaments?|medocs?|cachets|comprimes|pilules|medicamentos|pastillas|pilas|tabletten|medikamente|pillen|remedios|comprimidos|farmaci|pastiglie|pillole|compresse"
STOCKPILING_L10N = (
    rf"(?:mis|mets|met|garde|gardes|stocke|stockes|accumule|accumules|cache|caches|economise) (?:de cote |en reserve |a part )?(?:des |mes |les |plein de |assez de )?(?:{_MEDS_L10N})|(?:{_MEDS_L10N}) (?:de cote|en reserve|caches)|"
    rf"(?:guardado|guardando|juntado|juntando|acumulado|acumulando|escondido|ahorrado) (?:\w+ )?(?:{_MEDS_L10N})|"
    rf"(?:gesammelt|gehortet|aufgehoben|gespart|versteckt|sammle|horte) (?:\w+ ){{0,3}}?(?:{_MEDS_L10N})|(?:{_MEDS_L10N}) (?:\w+ ){{0,3}}?(?:gesammelt|gehortet|aufgehoben|gespart|versteckt)|"
    rf"(?:guardei|guardando|juntei|juntando|acumulei|acumulando|escondi) (?:\w+ )?(?:{_MEDS_L10N})|"
    rf"(?:messo da parte|conservato|accumulato|nascosto|raccolto|messe da parte|accumulate|nascoste) (?:\w+ )?(?:{_MEDS_L10N})|(?:{_MEDS_L10N}) (?:messi|messe) da parte"
)
# A plan, a time or a goodbye beside a wish said in Polish ("mam plan, żeby się zabić w ten weekend"): an emergency.
PLAN_L10N = (
    "|".join(FAREWELL_L10N.values()) + "|"
    r"mam (?:juz )?(?:plan|sposob)(?! (?:treningow\w*|dietetyczn\w*|zywieniow\w*|posilkow|na (?:trening|diete|tydzien|jutro|weekend|posilki)))|zaplanowal\w*|(?:dzis|dzisiaj|tej nocy|w nocy|jutro|w ten weekend|w weekend|niedlugo|wieczorem) (?:to zrobie|sie zabije|skoncze ze soba|odbiore sobie zycie)|"
    r"(?:kupil\w*|mam|przygotowal\w*|odlozyl\w*|zbieram|chomikuje|gromadze) (?:juz )?(?:tabletki|leki|line|sznur|zyletk\w*)|list\w* pozegnaln\w*|pozegnal\w* sie z|"
    # means taken or at hand: a handful of pills swallowed, a bridge or a train
    r"(?:lyknel\w*|lyknal\w*|polknel\w*|polknal\w*|wzial\w*|wziel\w*|lykam) (?:\w+ )?(?:garsc|cale opakowanie|wszystkie|opakowanie) (?:tabletek|lekow|pigulek|tabletki|leki)|"
    r"skoczyc z (?:mostu|dachu|okna|balkonu|wiezowca|bloku|wiaduktu)|rzucic sie pod (?:pociag|samochod|tramwaj|auto)"
    # a plan or a time in the six other languages: "tengo un plan ... este fin de semana", "ich habe vor ... am Wochenende"
    r"|(?:tengo|ya tengo) (?:un|el) plan|lo tengo (?:planeado|pensado)|j ?ai (?:un plan|prevu)|ich habe (?:schon )?(?:einen plan|vor)|ich plane|tenho (?:um|o) plano|planejei|ho (?:un piano|gia deciso|pianificato)|ik heb (?:een plan|besloten)|"
    r"(?:este|ce|am|dieses|dit|questo) (?:fin de semana|week end|wochenende|fim de semana|weekend|fine settimana)|(?:esta|cette|heute) (?:noche|nuit|nacht)|(?:esta noite|stanotte|vannacht)"
)
# A young person ("im 14 if that matters", "I'm in year 9"): a youth line and a trusted adult too.
YOUNG = (
    r"(?:im|i am|i m|am|aged) (?:only |just |nearly |almost )?(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"(?! (?:kg|kgs|kilos?|lbs?|pounds|stone|st|weeks?|wks?|months?|days?|minutes?|mins?|km|k|miles?|reps|sets|percent|cm|ft|foot|feet|inches|hours?|hrs?|and a half|weeks pregnant|stone))|"
    r"(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen) ?(?:yo|y o|yrs? old|years? old)|(?:in )?year (?:[7-9]|1[0-3])(?![a-z0-9])(?! (?:old|olds|ago|of|plan|programme|program|anniversary|\d))|(?<=, )1[0-7](?= \.| !| \?| btw| if| and|$)|"
    r"(?:in )?(?:grade|gr) (?:[6-9]|1[0-2])(?![a-z0-9])|(?:at|in|my) (?:high|secondary|middle) school|sixth form|in (?:pe|gym class)|my (?:form tutor|head of year)"
)
# A young person in the guard's other languages ("tengo 15 años", "ich bin 14", "mam 16 lat", "au lycée"):
# the reply in their language adds a trusted adult.
_NOT_AN_AGE = r"(?! ?(?:kg|kilo\w*|semanas?|semaines?|wochen?|ssw|settimane|weken|tygodni\w*|meses|mois|monate?n?|mesi|maanden|miesiac\w*|km|cm|minut\w*|\d))"
YOUNG_L10N = (
    r"(?:tengo|tenho|ho|mam|jai|j ai) (?:1[0-7]|trece|catorce|quince|dieciseis|diecisiete|treize|quatorze|quinze|seize|dix sept|"
    r"treze|quatorze|dezesseis|dezasseis|dezessete|dezassete|tredici|quattordici|quindici|sedici|diciassette|"
    r"trzynascie|czternascie|pietnascie|szesnascie|siedemnascie) (?:anos|ans|anni|lat|lata)|"
    r"(?:ich bin|ik ben|sono|soy) (?:erst |pas |net |solo |nur )?(?:1[0-7]|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|dertien|veertien|vijftien|zestien|zeventien)"
    + _NOT_AN_AGE + r"|"
    r"(?:en el|al) (?:instituto|insti|cole|colegio)|au (?:college|lycee)|en (?:seconde|troisieme|premiere)|in der (?:schule|[5-9]\.? klasse|1[0-2]\.? klasse)|"
    r"(?:na|no) (?:escola|colegio|ensino medio)|(?:al|in) liceo|alle medie|op de middelbare|(?:w|do) (?:liceum|gimnazjum|podstawowce|szkole)"
)
# "I don't want to bother my son with this": the people around them, not a burden.
NOT_A_BOTHER = (
    r"(?:dont|do not|wouldnt|would not|cant|cannot|dont want to|do not want to|dont wanna|not going to|wont) (?:want to |wanna )?"
    r"(?:bother|burden|worry|upset|trouble|load (?:this|it) on|put (?:this|it) on|dump (?:this|it) on|be a burden (?:to|on)|be a bother to|"
    # "dont tell my daughter i said that, she has enough on" (not "please don't tell anyone": that asks for secrecy)
    r"tell(?= my )|mention (?:it|this|that) to(?= my )|say (?:anything|this|that|a word) to(?= my )) "
    r"(?P<who>my [a-z]+|anyone|anybody|them|him|her|people|the family|the kids|my family|my friends)"
)
# Asking to go back to training, or what if they say it's fine: the red flag carried on, not help on its way.
BACK_TO_TRAINING = (
    r"(?:can|could|should|may|shall) i (?:[a-z]+ ){0,3}?(?:train|play|run|go back|exercise|carry on|keep going|lift|race|compete|do (?:my|the|a) (?:class|session|workout|match|game|race|run))|"
    r"if (?:they|she|he|it|the [a-z]+) (?:say|says|said|think|thinks)"
)
# "ok rang them, they want me in": help is on its way even with more said after it.
DONE_CALLING = (
    r"(?:rang|called|phoned|spoke to|talked to|on the phone to|been on the phone to) (?:them|the midwife|my midwife|maternity|the maternity unit|triage|the hospital|111|nhs 111|the gp|my gp|the doctor|my doctor|999|911|112|000|an ambulance|samaritans|the helpline|lifeline|988)|"
    r"(?:they|she|he|the midwife|triage|the doctor|the hospital) (?:want|wants|asked|told|said) (?:me )?(?:me in|to come in|to go in|to come straight in|to come to|to go to)|they want me in|"
    r"(?:im|i am|were|we are) (?:on (?:my|our|the) way|heading in|going in|heading to (?:the )?hospital)|ambulance is (?:coming|on its way|here)|"
    r"(?:(?<![a-z] )|(?<=ok )|(?<=okay )|(?<=im )|(?<=i am ))(?:calling|ringing|phoning)(?= (?:\.|,|now|them|the|my|999|911|112|000|111)(?![a-z0-9])|$)|"
    # Polish: "dzwonię już na pogotowie", "zadzwoniłam do położnej", "karetka jedzie"
    r"(?:juz )?(?:dzwonie|zadzwonilam|zadzwonilem|zadzwonie|dzwonimy|zadzwonilismy) (?:juz )?(?:na pogotowie|po karetke|pod 112|pod 999|na 112|na 999|do (?:polozn\w*|lekarza|szpitala|nich|niej|niego)|na (?:izbe|sor|telefon zaufania))|"
    r"(?:wezwal\w*|wzywam) (?:juz )?(?:karetke|pogotowie)|karetka (?:juz )?(?:jedzie|jest w drodze)|(?:jade|jedziemy|jestem w drodze) do szpitala"
)

# After a self-harm answer, these mean intent and means (an emergency): "I haven't taken them yet".
# Afraid telling a parent will upset them ("if I tell my mum she'll be sad"), after a self-harm answer.
TELLING_FAMILY = (
    r"(?:if i (?:tell|told)|telling|tell) (?:my |her |him |them )?(?:mum|mom|mam|mummy|mommy|dad|daddy|parents|mother|father|nan|gran|family)"
    r"(?: [a-z]+){0,4} (?:(?:she|he|they)(?: ll| will| would| d)?|shell|hell|theyll|shed|hed|theyd|it will|itll|it would|itd) (?:be |get |feel |go )?(?:so |really |very )?(?:sad|upset|angry|mad|disappointed|cry|worried|hurt|stressed|freak\w*)|"
    r"(?:dont|do not) want to (?:upset|worry|hurt|stress|burden|disappoint) (?:my )?(?:mum|mom|mam|dad|parents|mother|father|family|her|him|them)"
)
# Someone who served: the self-harm answer adds the Veterans Crisis Line (988, then press 1).
VETERAN = (
    r"ex army|ex military|ex forces|ex services|ex serviceman|ex marine|ex navy|ex raf|ex para|ex soldier|veteran|veterans|(?:im|i am) a vet(?= \.| ,|$| and| who)|"
    r"served (?:in the (?:army|military|forces|marines|navy|air force|raf)|\w+ tours|in (?:iraq|afghanistan|vietnam))|tours? (?:in|of) (?:iraq|afghanistan|vietnam|duty)|"
    r"medically discharged|military service|(?:left|got out of) the (?:army|military|forces|marines|navy|air force)"
)
# Words that tell European from Brazilian Portuguese (normalised: no accents). A message with
# neither gets both countries' lines.
PORTUGUESE_VARIANT: dict[str, str] = {
    "PT": (
        r"passadeira|ginasio|telemovel|autocarro|comboio|pequeno almoco|casa de banho|rapariga|miudos?|miudas?|fixe|frigorifico|sumo|ecra|"
        r"centro de saude|utente|portugal|lisboa|porto|(?:estou|esta|estava|estamos|ando|anda) a (?:[a-z]+ar|[a-z]+er|[a-z]+ir)"
    ),
    "BR": (
        r"esteira|academia|celular|onibus|cafe da manha|banheiro|geladeira|suco|moca|voce|brasil|sao paulo|rio de janeiro|"
        r"(?:estou|esta|estava|estamos|to|ta|tava) (?:[a-z]+ando|[a-z]+endo|[a-z]+indo)"
    ),
}
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
# Saying they are getting help now, and nothing else: "ok I'm calling them", "ringing 999 now".
ACTING = (
    r"(?:(?:ok|okay|right|fine|yes|yeah|alright|will do|thanks|thank you) (?:, |\. )?)*"
    r"(?:im|i am|i m|ill|i will|i ll|going to|gonna|will|just)?(?: now)? ?(?:calling|ringing|phoning|call|ring|phone|going to call|gonna call|going to ring|gonna ring|"
    r"on the phone (?:to|with)|texting|going to text|heading to|going to|off to|getting a lift to|on my way to|on the way to) "
    r"(?:them|it|999|911|112|000|111|an ambulance|the ambulance|the midwife|my midwife|the hospital|hospital|a e|a and e|the er|my gp|the gp|the doctor|my doctor|"
    r"the maternity unit|maternity|triage|samaritans|the helpline|the line|shout|988|the lifeline|lifeline|the crisis line|someone)(?: now| right now)?(?: (?:, |\. )?(?:thanks|thank you|thx))?"
)
# Messages on the agents' ground after a red flag (see `Guard._follow_up`): food, meals and
# training; but after an eating-disorder answer, talk of weight, calories or diets stays with
# the guard.
MEAL_TOPIC = (
    r"breakfast|lunch|dinner|supper|snack|snacks|recipe|recipes|cook|cooking|meal ideas?|eat for|groceries|"
    r"vegetables|fruit|vegetarian|vegan|allergic|allergy|water|coffee|tea|sleep"
)
WEIGHT_TALK = (
    r"calorie|calories|kcal|cals?|diet|diets|dieting|weight|thin|thinner|skinny|lose|losing|lost|fast|faster|quick|quicker|"
    r"kg|kgs|kilos?|kilograms?|lbs?|pounds?|stones?|bmi|dress size|one meal|omad|"
    # denial stays with the guard too: "I'm not anorexic, just strict", "I'm just disciplined"
    r"anorexi\w*|bulimi\w*|eating disorder|disciplined|strict|not that deep|"
    r"hungry|hunger|appetite|fat|body|lighter|smaller|size|plan|burn|burning|purge|laxatives?|starve|starving|skip|"
    r"only (?:drink|eat|have)|nothing but|not eat\w*|stop eating|until then|water only|pills?|"
    # compensation asked as a number: "how much does 2 hours on the treadmill burn, so I know how much I'm allowed to eat"
    r"burns|burned|burnt|allowed|allow myself|earn|earned|deserve|compensate|make up for|work off|walk off|run off|sweat off|"
    r"how much (?:can|could|should|may|do|am) i (?:eat|have)|how much i (?:can|could|should|may|am allowed to|m allowed to|im allowed to) (?:eat|have)|how many (?:cals|calories|kcal)|portions?|macros|weigh|weighing|number|numbers|scales?"
)
# After a cardiac answer, chest symptoms still there or only just eased, or a plan to get home
# alone or wait it out ("easing off a little, I'll just drive myself home and sleep it off"): AHA,
# call the emergency number, don't drive yourself.
STILL_PRESENT = (
    r"still (?:there|here|hurts|hurting|tight|heavy|going|have it|got it|a bit|a little|aching|sore|squeez\w*|pressing|pressure|getting|seeing|having|bleeding|leaking)|"
    r"(?:less|easing|eased|better|easier|calmer) (?:now )?but (?:still|not gone|its still|it s still)|not (?:fully |completely |totally |quite |all the way )?gone|"
    r"hasnt (?:fully |completely )?(?:gone|stopped|eased|settled|passed)|(?:easing|eased|calming|settling) (?:off |down )?(?:a (?:little|bit|tad)|slightly|somewhat)|"
    # Polish: "dalej boli", "nadal uciska", "nie przechodzi"
    r"(?:dalej|nadal|wciaz|ciagle|jeszcze) (?:mnie )?(?:boli|bola|uciska|kluje|piecze|sciska|gniecie|trwa|czuje|mam)|nie (?:mija|przechodzi|przeszlo|minelo|ustepuje)"
)
STILL_THERE = STILL_PRESENT + r"|comes and goes|keeps coming back|(?:its|it s|it has|its) come back|came back"
GOING_HOME_ALONE = (
    r"drive (?:myself|home|back|to (?:the )?(?:hospital|a e|er))|driving (?:myself|home|back)|(?:cycle|ride|bike|jog|run) (?:myself )?(?:home|back)|"
    r"(?:get|take|catch) the (?:bus|train|tube) home|(?:hop|get|jump) in the car"
)
GETTING_HOME_ALONE = GOING_HOME_ALONE + (
    r"|walk (?:myself )?(?:home|back)|sleep it off|lie down (?:for a bit |for a while )?and see|wait (?:it out|and see)|see (?:if|how) it (?:goes|passes|settles)|walk it off|shake it off|tough it out|rest it off|"
    r"(?:pojade|wroce|jade|dojade|dojde) (?:sam |sama )?(?:do domu|autem|samochodem|rowerem)|poloze sie i zobacze|przeczekam|przejdzie samo|przespie sie|zobacze czy przejdzie"
)
# A symptom explained away ("its prob just cos i didnt eat b4 lol", "must've been low sugar, I'll
# have a banana next time"): after a cardiac or pregnancy answer, the guard's, though it talks of food.
# "What signs mean I should stop?" after a red-flag answer: the guard gives the signs itself.
SIGNS_QUESTION = (
    r"(?:what|which|wat|wht|any|the|tell me (?:the|what)) (?:[a-z]+ ){0,2}(?:signs?|symptoms?|red flags?|warning signs?)|"
    r"(?:what|wat|which) (?:would|should|do|does|will|counts as|is) (?:[a-z]+ ){0,3}(?:red flag|warning|serious|emergency)|"
    r"(?:what|wat|anything|things) (?:should |shud |do |must )?(?:i|we) (?:should |shud |need to |must |have to )?(?:watch|look|keep an eye) (?:out )?for|"
    r"what (?:would|does|do|will) (?:[a-z]+ )?mean (?:i|we) (?:should|have to|need to|must)|(?:what|wat) am i (?:looking|watching) (?:out )?for|"
    r"(?:how|when) (?:do|would|will|should|shud|can) (?:i|we) (?:know|tell) (?:when|if|that|it|its|whether)|how (?:do|would|will) i know (?:when|if) (?:to stop|its serious|something is wrong)|"
    r"when (?:do|should|shud|must) (?:i|we) (?:stop|call|ring|go to)|what (?:would|should) make me (?:stop|call|ring|go)|"
    r"how will i know if (?:something|anything) is wrong"
)
EXPLAINED_AWAY = (
    # an explanation that waves it away: "its prob just cos i didnt eat b4 lol", "must be because I hadn't eaten"
    r"(?:its|it s|thats|that s|it was|prob|probably|must be|must have been|maybe|surely|bet|i bet|i reckon|i think|just|only) (?:its |it was |it s )?"
    r"(?:prob |probably |just |only |def |defo |definitely |all )*(?:cos|coz|cause|cuz|because|bc|from|due to|down to) (?:i|of|my|the|not|it|im|ive)(?![a-z0-9])|"
    r"(?:didnt|hadnt|havent|did not|had not|not) (?:eat|eaten|eating|had (?:breakfast|lunch|dinner|enough|food|anything|much))(?: [a-z]+){0,2} (?:before|b4|beforehand|first|that day|all day|properly)|"
    # "must've been low sugar, I'll have a banana next time", "I think I just needed a snack", "prob just hungry"
    r"(?:must have been|mustve been|must of been|must be|probably|prob|maybe|just|i think it was|i think im|i reckon it was|it was|its) (?:just |only )?"
    r"(?:low (?:blood )?sugar|low on sugar|hungry|hypo|starving|dehydrated|overtired|the heat|nerves|a hypo)(?![a-z])|"
    r"(?:i )?(?:just |probably |prob )?(?:needed|need|wanted) (?:a |some |to )?(?:snack|food|sugar|something to eat|eat|a drink|to eat something)(?![a-z])|"
    r"(?:ill|i will|im going to|gonna|i ll) (?:just )?(?:eat|have) (?:more|something|a banana|a snack|breakfast|some sugar|a gel|carbs)(?: [a-z]+){0,2} (?:before|first|next time)(?![a-z])|"
    # "says she just skipped lunch", "I only missed breakfast"
    r"(?:she|he|i|they) (?:just |only |probably |prob )?(?:skipped|missed|forgot|didnt have|hadnt had) (?:her |his |my |their )?(?:lunch|breakfast|dinner|a meal|meals|to eat)(?![a-z])"
)
# Not wanting anyone called ("she doesn't want to call anyone", "he refuses to see a doctor"): still the
# guard's, whatever food or training words come beside it.
REFUSES_CARE = (
    r"(?:doesnt|does not|dont|do not|wont|will not|didnt|refuses to|refused to|wouldnt) (?:want to |wanna )?(?:call|ring|phone|see|go to|contact|bother|disturb) "
    r"(?:anyone|anybody|someone|the (?:midwife|doctor|gp|hospital)|(?:her|his|their|a|my) (?:midwife|doctor|gp)|a doctor|the maternity unit|999|911|112)|"
    # "I don't want to go to A&E, just tell me what to eat", "not going to hospital lol", "im not calling anyone, it'll pass"
    r"(?:dont|do not|wont|will not|not|never|refuse to|refusing to|im not|i am not) (?:want to |wanna |going to |gonna |be )?(?:go|going|goin) (?:to )?"
    r"(?:a e|a and e|ae|the er|er|the ed|hospital|the hospital|urgent care|the doctors?|a doctor|the emergency room|emergency|casualty|the walk in)(?![a-z0-9])|"
    r"(?:im|i am|i m) not (?:calling|ringing|phoning) (?:anyone|anybody|an ambulance|999|911|112|000|them)|no (?:ambulance|hospital|hospitals|a e|er)(?: for me)?(?= ,| \.|$| i| lol| pls| please)|"
    r"(?:it|itll|it will|it ll) (?:will )?(?:pass|go away|settle)(?: on its own| by itself)?(?= ,| \.|$| lol| i| so| just| anyway)"
)
# Putting the call off for something else first ("should I eat something first before I ring anyone?",
# "can it wait till after dinner?", "I'll call them in the morning"): the call comes first.
# Help put off to a later date ("ill tell my therapist after the wedding, promise", "I'll see the GP after my exams").
HELP_LATER = (
    r"(?:ill|i will|i ll|im gonna|im going to|i promise to|promise ill|i can) (?:tell|see|call|ring|talk to|go to|book|message|text|email) "
    r"(?:in )?(?:my |the |a )?(?:therapist|doctor|gp|team|treatment team|dietitian|dietician|counsellor|counselor|psychologist|nurse|someone)"
    r"(?: [a-z]+){0,3} (?:after|next (?:week|month|year)|once|when|in a (?:few )?(?:weeks?|months?))"
)
DELAYING = (
    r"before (?:i|we) (?:ring|call|phone|contact|go|head|text)|"
    r"(?:should|can|could|shall|do) i (?:\w+ ){0,2}?(?:eat|have|shower|finish|sleep|nap|rest|grab|get|pack|cook|feed|drink|lie|lay|try|wait|count)(?: [a-z]+){0,7} (?:first|before|beforehand)|"
    # "should I drink something cold and lie on my side first?" after fewer movements: no trick first (Tommy's, RCOG)
    r"(?:cold|iced|sugary) (?:drink|water|juice)(?: [a-z]+){0,4} (?:lie|lay|lying) (?:down |on my (?:left )?side)|(?:count|counting) (?:the )?kicks? first|"
    r"(?:drink|have) (?:something|a|some) (?:cold|iced|sugary|sweet)(?: [a-z]+){0,6} (?:lie|lay|lying|wait|see)|"
    r"can (?:it|this|that) wait|(?:ok|okay|alright|fine) to wait|(?:wait|leave it) (?:till|until|til|for) (?:after|tomorrow|the morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|later|tonight)|"
    r"(?:ring|call|phone) (?:them |anyone |someone |her |him )?(?:after|later|tomorrow|in the morning|once i)|"
    # "i'll see how it is after i've had something to eat", "gonna wait and see"
    r"(?:see|seeing) how (?:it|i|things|she|he) (?:is|goes|feel|feels|am|get|gets|settle|settles)(?: [a-z]+){0,2} (?:after|later|tomorrow|in the morning|once|when|first)|"
    r"wait and see|(?:see|seeing) if (?:it|this|that) (?:goes|passes|settles|eases|wears off)|(?:sleep|rest|lie down) (?:on it|it off) (?:first|and see)"
)
# Too young or fit for it to be the heart ("I'm 17 and proper fit tho, it's not like it's my heart",
# "he's an athlete", "she's only 14"): answered that youth and fitness don't rule out a heart cause.
YOUNG_AND_FIT = (
    r"(?:im|i am|i m|hes|he is|shes|she is|theyre|they are|were|we are|shes only|hes only) (?:only |just |so |really |proper |super |very |pretty |quite |still )?"
    r"(?:young|fit|healthy|athletic|sporty|in (?:great|good|top|the best) shape|an? (?:athlete|footballer|runner|swimmer|rower|cyclist|player|sportsman|sportswoman|pro|professional|dancer|gymnast|boxer))(?![a-z])|"
    r"(?:im|i am|hes|he is|shes|she is|theyre|they are) (?:only |just )?(?:1[0-9]|2[0-5]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"(?: (?:and|but|years old|yo|tho|though|lol)| ?,)|(?:only|just) (?:a kid|a teenager|a teen|a child)(?![a-z0-9])|"
    r"(?:proper|super|really|very|pretty|so) fit|fit and (?:healthy|young|strong)|young and (?:fit|healthy|strong)|fit as a fiddle|fittest (?:person|one|on the team|in the)|"
    r"(?:not|isnt|cant be|can t be|wont be|its not) (?:like )?(?:its |it s |it is |it was |a )?(?:my |his |her |their |a |the )?heart(?: thing| problem| issue)?(?![a-z])|"
    r"too (?:young|fit|healthy) (?:for|to have) (?:a |any )?heart|(?:nothing|never anything) wrong with (?:my|his|her|their) heart|never had (?:a |any )?heart (?:problem|issue|trouble)s?|"
    r"(?:young|fit|healthy) (?:people|athletes|kids|lads|girls|guys) (?:dont|do not|cant|cannot) (?:have|get)"
)
# The same in the guard's other languages ("ich bin erst 35 und nicht übergewichtig", "soy joven y estoy en forma").
YOUNG_AND_FIT_L10N = (
    r"soy (?:muy |solo |tan )?(?:joven|deportista|atleta)|(?:solo|solamente) tengo \d+ anos|tengo (?:solo |apenas )?\d+ anos y (?:estoy|soy|no)|estoy (?:muy |super )?en forma|no tengo sobrepeso|"
    r"je suis (?:encore |trop |tres )?(?:jeune|sportif|sportive|en forme)|je n ?ai que \d+ ans|jai que \d+ ans|pas en surpoids|"
    r"ich bin (?:doch |erst |noch |so |sehr )*(?:jung|fit|sportlich|\d\d(?! ?(?:km|k|m|kilo\w*|minuten|min|mal|stunden|kg)(?![a-z])))(?![a-z0-9])|nicht (?:ubergewichtig|dick)|"
    r"sou (?:muito |tao )?(?:jovem|atleta|novo|nova)|(?:so|apenas) tenho \d+ anos|estou em forma|nao (?:tenho sobrepeso|estou acima do peso)|"
    r"sono (?:ancora |troppo |molto )?(?:giovane|sportivo|sportiva|in forma)|ho (?:solo|appena) \d+ anni|non sono (?:in sovrappeso|grass[ao])|"
    r"ik ben (?:pas|nog maar|nog|heel|best|erg) ?(?:jong|fit|sportief|\d\d(?! ?(?:km|k|m|kilo\w*|minuten|min|keer|uur|kg)(?![a-z])))(?![a-z0-9])|ik ben (?:jong|fit|sportief)|geen overgewicht|"
    r"jestem (?:mlod\w*|wysportowan\w*|w formie)|mam (?:dopiero|tylko) \d+ lat|nie mam nadwagi"
)
# Playing a red flag down ("it was just low blood sugar", "I'll wait and see"): never the
# agents' ground, whatever food or training words it holds.
MINIMISING = (
    r"not that deep|"
    # cleared by someone: "called the GP and they said it's fine", "midwife says I'm ok to play"
    r"(?:said|says|told me|reckons|reckon) (?:its|it is|everything is|all is|im|i am|i m) (?:fine|ok|okay|normal|nothing|all good|good to go)|(?:fine|ok|okay|cleared|safe) to (?:play|train|run|exercise|carry on|keep going)|"
    r"just (?:low )?blood sugar|(?:just|only|probably) (?:a |my )?(?:stitch|dehydrat\w*|tired|nothing|anxiety|stress|"
    r"indigestion|heartburn|muscle|sweat|pee|hormones|nerves)|it (?:was|s|is) (?:just|only|probably)|probably (?:nothing|fine)|"
    r"(?:im|i feel|feel|feeling) (?:totally |completely )?(?:fine|ok|okay|better|good) now|it (?:went|goes) away|not that bad|"
    r"no big deal|(?:dont|do not) want to (?:make a fuss|bother|worry)|wait and see|see if it (?:picks up|stops|goes)|"
    r"(?:reckons|thinks|says|said) it(?: s| was| is)|only (?:a little|a bit|lasted)|lie down for a bit|sleep it off|"
    # taking it back or waving it away: "lol jk", "forget I said that", "it happens to loads of runners"
    # putting it off to a booked visit: "I'll mention it at my appointment on tuesday"
    r"(?:mention|bring|raise|ask about) (?:it|this|that)(?: up)? (?:at|to|with|in) (?:my|the) (?:next )?(?:appointment|appt|midwife|check ?up|scan|doctor|gp|antenatal)|"
    r"wait (?:until|till|til|for) (?:my|the) (?:next )?(?:appointment|appt|scan|check ?up|midwife)|"
    r"jk|just kidding|only joking|(?:was|im|i was) (?:only )?(?:joking|kidding)|forget (?:i said (?:that|it|anything)|it|that|about it)|ignore (?:that|me|what i said)|never ?mind|nvm|"
    r"happens to (?:loads of|lots of|a lot of|most|all|plenty of|every) (?:[a-z]+ )?(?:runners|people|lifters|athletes|cyclists|women|girls|guys)|"
    r"(?:its|it is|that s|thats) (?:totally |completely |pretty )?normal (?:for|in|with) (?:[a-z]+ )?(?:runners|athletes|lifters|cyclists|women|girls|training)|"
    r"(?:my |the )?(?:coach|trainer|mate|mum|mom|dad|daughter|son|friend|partner|wife|husband) (?:says|said|reckons|thinks) (?:its|it was|im|i am|i was|everyone|losing|its just)|"
    r"just (?:the heat|hot|overheated|overheating|overdid it|pushed too hard|didnt eat|hadnt eaten|hungover|tired)|everyone (?:gets|does|has) (?:that|it|this)"
)
# Pushing back on the guard's answer, in the turn after it ("it's not a big deal, loads of people at my gym
# do the same. just answer the question", "everyone on my team does this", "stop lecturing me"): the red
# flag is still there and the question is the same one, so the guard keeps it (counted as minimising).
# Awake again after going down: "he's awake now and says he's fine and wants to play the second half".
# Wanting to play on, now: "he ... wants to carry on", "she's insisting on finishing the match".
WANTS_TO_PLAY_ON = (
    r"(?:wants?|wanting|trying|insists?|insisting) (?:on |to )?(?:play|playing|carry on|carrying on|continue|continuing|finish|finishing|go back on|get back on|keep (?:going|playing|running))"
)
CAME_ROUND = (
    r"(?:came|come|coming|comes) (?:a)?round|(?:awake|conscious|alert|talking|sitting up|up) (?:again|now)|(?:woke|wakes|woken) up(?! (?:at|early|late|this|with|in))|"
    + WANTS_TO_PLAY_ON
)
# Bones giving way under training: "my 3rd stress fracture this year", "low bone density at 22".
BONE_STRESS = r"stress fractures?|stress reactions?|(?:low|poor) bone density|osteopenia|osteoporosis|brittle bones|bone (?:stress )?injur\w*"
# Help waved away for what they came for, after a red-flag answer: "ok whatever pls just give me an ab
# workout then", "i dont want to talk about it, just the meal plan".
HELP_DISMISSED = (
    r"(?:^|(?<=[.,!] ))(?:(?:ok|okay|ugh|fine|k|yeah|oh|so|well|lol|omg) (?:then )?)?whatever(?= [.,!?]| (?:pls|please|just|then|i|can|could|give|gimme|tell|man|dude|lol|ok)(?![a-z0-9])|$)|"
    r"(?:pls|please|plz|can you|could you|can u|cant you|ok|okay|fine|then|so) just (?:give|send|tell|show|gimme|do|make)(?: me| us)?|"
    r"just (?:give|send|gimme|tell|show) (?:me|us) (?:the|a|an|my|some|your) (?:meal plan|plan|workout|diet|routine|program|programme|macros|calories|numbers|split|answer)|"
    r"(?:i )?dont want to talk about (?:it|that|this)(?: [.,]| and| just|$)|"
    r"(?:i )?(?:just|only) (?:want|wanted|need|asked for) (?:the|a|an|my|some) (?:meal plan|plan|workout|diet|routine|program|programme|macros|calories|split)"
)
PUSHBACK = (
    r"(?:dont|do not|please dont|pls dont|no need to) lecture me|(?:skip|spare me) the (?:lecture|speech|sermon)|"
    r"(?:its|it s|thats|that s|this is|it is) not (?:a |that )?(?:big|huge|massive) (?:deal|thing)|not (?:a|that) (?:big|huge) (?:of a )?deal|no biggie|"
    r"(?:loads|lots|tons|plenty|half|most|all|a lot) of (?:people|us|my (?:mates|friends|team|teammates|squad|club)|the (?:guys|girls|lads|team)|"
    r"(?:runners|lifters|athletes|rowers|cyclists|dancers|fighters|boxers|gym ?goers|bodybuilders|people at (?:my|the) (?:gym|club|box|track)))"
    r"(?: [a-z]+){0,4} (?:do|does|did|are doing) (?:the same|it|this|that|the same thing|worse)|"
    r"every(?:one|body)(?: [a-z]+){0,4} (?:does|do|is doing) (?:it|this|that|the same)|"
    r"(?:just |please |can you |could you )?answer (?:the|my) (?:question|q)|(?:stop|quit) (?:lecturing|preaching|moralising|moralizing|the lecture)|"
    r"(?:youre|you are|ur|stop|quit) (?:\w+ )?overreact\w*|(?:lots|loads|plenty|tons) of people (?:train|exercise|work out|run|lift|go to the gym) (?:a lot|loads|every day|twice a day|more)|"
    r"(?:dont|do not) (?:need|want) (?:a |the |your )?(?:lecture|speech|sermon)|spare me the (?:lecture|speech|sermon)|"
    r"i (?:didnt|did not|never) ask (?:for|about) (?:that|this|a lecture|your opinion|therapy|a helpline)|"
    r"(?:thats|that s|its|it s) (?:totally |completely |pretty |perfectly )?(?:normal|common|standard) (?:at|in|for) (?:my|our|the) (?:gym|club|sport|team|level|age)"
)
# Playing down a self-harm disclosure ("it's not a big deal, I'm not suicidal or anything", "lol I'm fine it's
# a meme"): still the guard's, with a reply that it matters anyway.
DENIAL = (
    r"(?:its|it s|thats|that s) (?:nothing|fine|not a big deal|no big deal|not that deep|not serious|not that bad)|(?:im|i am|i m) (?:fine|ok|okay|alright|good)(?= (?:\.|,|\?|lol|honestly|tbh|really|its|it s|now|i)(?![a-z0-9])|$)|"
    r"dont worry|not a big deal|no big deal|(?:just |only )?intrusive thoughts|every(?:one|body) (?:gets|has|have) (?:them|those|thoughts like (?:that|this))|(?:dont|do not) make (?:it|this|a) (?:into )?(?:a )?(?:big )?(?:deal|thing|fuss)|overreact\w*|over react\w*|making a fuss|(?:im|i am|i m) not (?:suicidal|dying|going to do anything|gonna do anything)|not suicidal|"
    r"(?:its|it s|it was|was) (?:a|just a|only a) (?:meme|joke)|just (?:joking|kidding|a joke)|(?:was|im) (?:only )?(?:joking|kidding)|not that deep|"
    # "it's not like I'm trying to die or anything, it's just how I cope"
    r"not (?:like )?(?:im |i am |i m )?(?:trying|going|gonna|wanting|want|planning) to (?:die|kill myself|end it|end my life)|"
    r"(?:its|it s|thats|that s) (?:just )?how i (?:cope|deal)|just (?:a way|my way|how i) (?:to )?(?:cope|deal)|(?:its|it s) (?:a|my) coping (?:thing|mechanism|strategy)|it helps me (?:cope|deal)"
)
# No way to get to care after a pregnancy warning sign ("my partner is at work, no car", "estoy
# sola y no tengo coche"): don't drive, call the unit, an ambulance or a taxi if no one can take them.
NO_TRANSPORT = (
    r"(?:no|dont have a|havent got a|without a) (?:car|lift|ride)|cant drive|(?:no one|nobody|noone) (?:to|can|could|who can) (?:drive|take|give) me|"
    r"(?:partner|husband|wife|boyfriend|girlfriend|fiance|mum|mom|hubby|other half) (?:is|s) (?:at work|away|working|out|abroad|on shift)|"
    r"(?:im|i am|im home|home) (?:all )?(?:alone|on my own|by myself)|how (?:do|should|would|can) i get (?:there|to (?:the )?(?:hospital|unit|ward))|(?:should|can|could) i (?:just )?drive|drive myself|"
    r"no tengo coche|sin coche|no puedo conducir|no (?:hay|tengo a) nadie|estoy sola|nadie (?:me puede|que me pueda|puede) llevar|(?:pareja|marido|novio|esposo|mujer) (?:esta|se ha ido) (?:trabajando|en el trabajo|fuera|de viaje)|como (?:voy|llego)|conduzco yo|"
    r"(?:pas de|je nai pas de) voiture|(?:conjoint|mari|copain|compagnon|partenaire|compagne) (?:est )?au travail|je suis seule|personne (?:pour|ne peut) me (?:conduire|emmener)|comment y aller|"
    r"kein auto|(?:mann|partner|partnerin|freund) (?:ist )?(?:auf|bei der) arbeit|(?:ich bin|bin) allein|niemand (?:der mich|kann mich) (?:fahrt|fahren|bringen)|selbst fahren|wie komme ich (?:hin|dahin)|mit dem auto (?:weg|unterwegs)|(?:hat|nimmt|hatte) (?:\w+ )?das auto|auto ist weg|"
    # the car is gone with the partner: "mon mari a pris la voiture", "se llevó el coche", "levou o carro", "ha preso la macchina", "heeft de auto"
    r"a pris la voiture|(?:se llevo|se ha llevado|tiene) el coche|(?:levou|esta com) o carro|ha (?:preso |la )?(?:la )?macchina|(?:heeft|nam) de auto|met de auto weg|"
    r"nao tenho carro|sem carro|(?:marido|parceiro|parceira|namorado|companheiro|esposo) (?:esta )?(?:no trabalho|trabalhando|a trabalhar)|(?:estou )?sozinha|ninguem (?:para|pra|que|pode) me lev\w*|"
    r"non ho (?:la )?macchina|senza macchina|(?:marito|compagno|compagna|partner|fidanzato) (?:e )?al lavoro|(?:sono )?da sola|nessuno (?:che )?(?:mi )?(?:porta|accompagna|puo portarmi)|"
    r"geen auto|(?:partner|man|vriend) (?:is )?(?:aan het werk|op het werk|op zijn werk|aan t werk)|alleen thuis|niemand (?:die )?(?:mij|me) (?:kan )?(?:brengen|rijden)|zelf rijden|"
    r"nie mam (?:auta|samochodu|jak dojechac|czym dojechac)|(?:maz|partner|chlopak|narzeczony) (?:jest )?(?:w pracy|w delegacji|za granica)|(?:jestem )?sama w domu|nikt (?:mnie )?nie (?:moze mnie |moze )?(?:zawiezc|podwiezc|zawiezie|podwiezie)|(?:pojade|pojechac) sama"
)

# Their midwife or doctor out of reach after a pregnancy warning sign ("my midwife is only reachable
# tomorrow", "the clinic isn't answering"): the maternity unit answers day and night.
CANT_REACH_CARE = (
    r"(?:until|till|til|not before|only) tomorrow|(?:tomorrow|monday|the morning) (?:morning )?(?:at the earliest|first thing)|"
    r"(?:reachable|available|in|open|back|answering|working) (?:again )?(?:tomorrow|on monday|in the morning|after the weekend)|"
    r"(?:isnt|is not|wont be|not|arent|are not) (?:open|available|answering|reachable|in|back|picking up)(?! (?:to|for) (?:talk|chat))|"
    # "my midwife is off today", "the GP is on holiday"
    r"(?:midwife|doctor|gp|obstetrician|ob|obgyn|ob gyn|consultant|nurse|clinic)(?: s| is| was)? (?:off|away|on (?:holiday|leave|annual leave|vacation)|out of (?:the )?office)(?: today| this week| till| until| for)?|"
    r"(?:cant|couldnt|can not|cannot) (?:get through|reach|get hold of|get an appointment|get anyone)|no (?:answer|one (?:is )?answering|reply)|not answering|(?:closed|shut) (?:now|until|till|today|for the)|"
    r"pas morgen|morgen pas|(?:niet|geen) bereikbaar|neemt (?:niet|de telefoon niet) op|krijg (?:\w+ )?niemand (?:te pakken|aan de lijn)|"
    r"hasta manana|no (?:contesta|me lo coge|me coge|responde)|no (?:puedo|consigo) (?:contactar|hablar con|localizar)|"
    r"jusqu ?a demain|(?:ne )?repond pas|injoignable|pas avant demain|"
    r"erst morgen|bis morgen|nicht erreichbar|geht (?:keiner|niemand) ran|"
    r"so amanha|ate amanha|nao (?:atende|responde)|nao consigo (?:falar|contactar|ligar)|"
    r"solo domani|fino a domani|non risponde|non riesco a (?:contattar\w*|parlare)|"
    r"dopiero jutro|(?:do|az do) jutra|nie odbiera|nikt nie odbiera|nie moge sie (?:do nikogo )?dodzwonic|(?:przychodnia|gabinet) (?:jest )?zamkniet\w*|nie moge (?:jej |go )?zlapac"
)
# No appointment soon ("the GP can't see him for 2 weeks", "earliest appointment is next month",
# "6 week waiting list"): after an eating-disorder answer, not a reason to wait.
CANT_GET_SEEN = (
    r"(?:cant|can not|cannot|couldnt|wont|unable to) (?:see|fit|get) (?:him|her|them|me|us|my [a-z]+) (?:in )?(?:for|until|till|til|before|in|this|next|another)|"
    r"(?:cant|can not|cannot|couldnt|wont) (?:get (?:in|seen|an appointment)|be seen|see anyone) (?:for|until|till|til|before|this|next)|"
    r"(?:cant|cannot|couldnt|wont|not able to) get (?:an |a )?(?:appointment|appt|slot|gp appointment|doctors appointment)(?: [a-z]+){0,3} (?:for|until|till|til|before|this|next)|"
    r"(?:earliest|first|next) (?:available )?(?:appointment|appt|slot)(?: [a-z]+){0,2} (?:is|isnt|was) (?:in|not|next|weeks|until)|"
    r"(?:waiting|wait) (?:list|time)|(?:\d+|two|three|four|five|six|eight|a few|several) (?:week|month)s? (?:wait|waiting)|booked up|no appointments|fully booked|"
    r"(?:gp|doctor|paediatrician|pediatrician|clinic|surgery|practice)(?: [a-z]+){0,2} (?:says|said) (?:\d+|two|three|four|a few) (?:weeks|months)|"
    r"(?:have to|has to|got to|need to|will have to) wait (?:\w+ ){0,3}?(?:weeks|months|a fortnight|till|until)"
)

# Avoiding weight gain in pregnancy ("how many cals so I don't gain any weight?", "I want to stay
# slim while pregnant", "can I do a calorie deficit at 20 weeks?"): gain is expected and healthy
# (NHS, ACOG); no deficit, the midwife or doctor guides it.
AVOID_GAIN = (
    r"(?:so|so that) i (?:dont|do not|wont|will not|dont have to|dont end up) (?:gain|put on|get fat|get big|balloon|blow up|pile on|put (?:any |much |the |too much )?(?:weight|kilos|pounds|fat) on)|"
    r"(?:not|never|without|avoid|avoiding|stop|stopping|prevent|preventing|minimi[sz]e|limit|limiting) (?:to )?(?:gain|gaining|putting on|put on|piling on)(?: any| much| too much| the)? (?:weight|kilos|pounds|lbs|kg|fat|baby weight)|"
    r"(?:dont|do not) (?:want to|wanna) (?:gain|put on|get fat|get big|get huge)|"
    r"(?:stay|keep|staying|keeping) (?:slim|thin|skinny|small|lean|my figure|my shape|my weight down|in shape and slim)|"
    r"(?:lose|losing|drop|dropping|shed|shedding) (?:some |a bit of |any |a few |the )?(?:weight|kilos|pounds|lbs|fat|belly fat|body fat)|"
    r"(?:calorie|kcal|cal) deficit|in a deficit|(?:cut|cutting|cut down on|reduce|reducing|restrict|restricting) (?:my )?(?:calories|cals|kcal|food|intake|portions)|"
    r"(?:on a|go on a|start a|starting a|going on a|do a|doing a) (?:\w+ )?(?:diet|cut|fast)(?! (?:coke|soda|drink))|intermittent fasting|keto|"
    # cleanses and fasts: too little food for a pregnancy whatever the reason given (NHS: no dieting in pregnancy)
    r"(?:juice|juicing|detox|water|liquid|soup|smoothie) (?:cleanse|fast|fasting|diet|detox|only)|(?:a |the |this |my )?(?:cleanse|detox)(?! (?:tea|water))|"
    r"(?:skip|skipping|cut out|cutting out) (?:meals|breakfast|dinner|lunch|carbs)|meal replacement|(?:shakes?|slimming \w+) instead of (?:meals|food|eating|breakfast|lunch|dinner)|"
    # in the other languages the guard reads
    r"(?:no quiero|para no|sin) (?:engordar|subir de peso|ganar peso|coger peso)|adelgazar|bajar de peso|perder peso|deficit calorico|(?:hacer|ponerme a) dieta|mantenerme delgada|"
    r"(?:ne pas|sans|pour ne pas) (?:grossir|prendre (?:de )?(?:poids|kilos))|maigrir|perdre du poids|deficit calorique|faire (?:un )?regime|rester mince|"
    r"nicht zunehmen|(?:ohne|um nicht) zuzunehmen|abnehmen|kaloriendefizit|diat machen|schlank bleiben|"
    r"(?:nao|sem|para nao|pra nao) (?:engordar|ganhar peso)|emagrecer|deficit calorico|fazer dieta|continuar magra|"
    r"(?:non|senza|per non) (?:ingrassare|prendere peso|aumentare di peso)|dimagrire|perdere peso|fare (?:la )?dieta|restare magra|"
    r"niet (?:aankomen|aan te komen)|afvallen|gewicht verliezen|calorietekort|op dieet|slank blijven|"
    r"schudnac|schudne|chudnac|odchudz\w*|(?:zeby|by|aby) nie przytyc|nie (?:chce|chcialabym) (?:za duzo )?przytyc|(?:na|przejsc na|przejde na) diete|deficyt\w* kaloryczn\w*|ograniczyc kalorie|zostac szczupla|utrzymac figure"
)

# "what would they even check?" after a cardiac answer: what a doctor does (ECG, blood pressure,
# bloods; an echo, a monitor or an exercise test), which makes going less daunting.
# A watch's tracing offered in place of the doctor ("is a smartwatch ecg enough?").
WATCH_ECG = (
    r"(?:smart ?watch|apple watch|my watch|watch|fitbit|garmin|kardia|galaxy watch|wearable)(?: [a-z]+){0,2} (?:ecg|ekg|heart (?:tracing|check|rhythm))|(?:ecg|ekg) (?:on|from|with) (?:my |a |the )?(?:smart ?watch|apple watch|watch|fitbit|phone)|"
    # "my watch says my heart rate is normal so I'm fine"
    r"(?:smart ?watch|apple watch|watch|fitbit|garmin|whoop|oura|(?:heart rate|hr) monitor|monitor)(?: [a-z]+){0,2} (?:says|said|shows|showed|reads|read|is showing) (?:my )?(?:heart rate|hr|pulse|heart|bpm|rhythm|ecg)"
)
CHECKS_QUESTION = (
    r"what (?:would|will|do|does|did|might|could|should|are|is) (?:they|the doctor|the doctors|the gp|a doctor|doctors|the cardiologist|a cardiologist|the hospital|he|she|the nurse|my doctor|my gp|the clinic)(?: [a-z]+)? "
    r"(?:even |actually |usually |probably |going to |gonna )?(?:check|checking|do|doing|test|testing|look for|look at|be looking for|run|find)|"
    r"what (?:tests|checks|kind of (?:tests|checks)|sort of (?:tests|checks)|exams?|scans?) (?:would|will|do|does|should|might|are|is)|"
    r"what (?:would|will|do|does) (?:i|we|he|she|they) (?:get|need|have) (?:checked|tested|done)|"
    r"what (?:happens|will happen|would happen) (?:at|when i go to|when we go to) the (?:doctors|doctor|gp|appointment|hospital)|"
    r"(?:will|would|do|does|should) (?:they|i|the doctor|the gp|he|she) (?:\w+ )?(?:do|need|get|give me|want|run|order) (?:an? |some )?(?:ecg|ekg|echo|heart scan|blood tests?|heart monitor|stress test|holter)"
)

# Maximal effort: not for pregnancy, whatever the trimester (ACOG: moderate effort, no straining).
MAX_EFFORT = (
    r"pr|prs|personal best|personal record|pb|1 rm|one rep max|max out|maxing out|max effort|all out|as heavy as|"
    r"heaviest|go heavy|lift heavy|heavy lifting|peak|peaking|max|maximal|to failure|compete|competition|competitions|comps|race pace|sprint intervals|"
    # lifters' words for a maximal lift: "a heavy single now and then to see where I'm at"
    r"heavy singles?|heavy doubles?|heavy triples?|rep max|test (?:my |a |your )?(?:max|maxes|strength)|see where im at|see what i can (?:lift|do|pull|squat|bench)|all out|going all out|go all out|"
    # "can I keep doing crossfit at full intensity?", "flat out", "as hard as before"
    r"(?:at |on )?(?:full|max|maximum|top|100 ?%?) (?:intensity|effort|pace|speed|whack)|flat out|as hard as (?:before|ever|usual|i can|possible)|same intensity|no holding back"
)
# A first-time exerciser in pregnancy wanting to start hard or hot (ACOG: start gently; avoid hot
# yoga and overheating): the guard answers with a gentle start and the midwife.
NEW_TO_EXERCISE = (
    r"never (?:really |properly )?(?:exercised|worked out|trained|been (?:sporty|active|to a gym|to the gym|a gym person)|done (?:any |much )?(?:exercise|sport))|"
    r"(?:havent|have not|hadnt|didnt|dont) (?:really |ever )?(?:exercised|worked out|trained|done (?:any |much )?(?:exercise|sport))(?: (?:before|in years|for years|much|at all|since school))?|"
    r"never (?:set foot in|been (?:in|to)|stepped (?:in|into)) a gym|never (?:run|ran|lifted|been a runner)(?: before| in my life)?|"
    r"new to (?:exercise|exercising|the gym|working out|fitness|running|sport)|(?:complete|total|absolute) beginner|couch potato|(?:starting|start) from (?:scratch|zero|nothing)|"
    r"first time (?:exercising|at the gym|working out|doing (?:any )?exercise)|not (?:very |really )?(?:sporty|active)(?: at all)?(?: before| until now)?|"
    # "want to start crossfit, never done it", "never tried it before": the hard start named is new to them
    r"never (?:done|tried|did) (?:it|that|this|one|any|them)(?: before| in my life)?|(?:havent|have not|didnt) (?:ever )?(?:done|tried) (?:it|that|this|one|any) before"
)
HARD_START = (
    r"hiit|hot yoga|bikram|crossfit|boot ?camp|intense|high intensity|"
    r"(?:run\w*|hiit|crossfit|spin|lift\w*|train\w*|gym|\d+ ?k|\d+ (?:km|miles)|workouts?|classes) (?:[a-z]+ ){0,2}(?:every day|daily|twice a day|(?:5|6|7|five|six|seven) days (?:a|per) week)|"
    r"marathon|half marathon|heavy lifting|twice a day|so i (?:dont|do not|wont) (?:put on|gain) (?:any )?weight|lose weight|not gain (?:any )?weight"
)
# Race training and high weekly volume in pregnancy: ACOG says an uncomplicated pregnancy can
# usually carry on, with the midwife's agreement; the guard answers with that, not an agent's plan.
ENDURANCE = (
    r"half marathon|marathon|ultra|ultramarathon|triathlon|ironman|duathlon|century ride|sportive|"
    r"training for (?:a|an|the|my) (?:[a-z0-9]+ ){0,2}(?:race|run|marathon|triathlon|event|competition)|"
    r"\d+ (?:km|k|kms|miles|mi) (?:a|per|each|every) week|\d+ (?:km|k|miles) weeks|(?:\d+|five|six|seven) days a week"
)
# A race run for time in pregnancy ("booked a marathon at 33 weeks, any reason I can't race it for a PB?"):
# the clinician first, and why not all-out (overheating, hydration, balance, the warning signs).
RACE_FOR_TIME = (
    r"(?:race|racing|run|running|do|doing|go for|going for|chase|chasing|aim for|aiming for|get|try for|go after) (?:it |the race |the marathon |this |that )?"
    r"(?:(?:for )?(?:a |my |the )?(?:pb|pr|personal best|personal record|sub \d+|course record)|for (?:a |my )?(?:good |fast |best |quick )?time)(?![a-z])|"
    r"(?:pb|pr|personal best) (?:attempt|pace|at|in|on)|race pace|(?:race|racing|run|running) (?:it )?(?:all out|flat out|hard|properly|for time)|"
    r"beat (?:my|last years|her) (?:time|pb|pr|best)|faster than (?:last year|last time|my pb|my best)"
)
# A race named, for a PB said anywhere beside it ("parkrun on saturday, can I go for a PR?").
RACE_EVENT = r"races?|racing|parkrun|park run|\d+ ?k|half marathon|a half|the half|marathon|ultra|triathlon|duathlon|10 miler|sportive"
PERSONAL_BEST = r"pb|pbs|pr|prs|personal best|personal record|sub \d+"
# An event, not a weekly volume ("3x 5k a week" is a runner's habit, the midwife's leaflet covers it).
ENDURANCE_EVENT = r"half marathon|marathon|ultra|ultramarathon|triathlon|ironman|duathlon|century ride|sportive|race|races|event|competition"
# Training toward an endurance event, asked about its plan ("what pace for long runs", "how should I build my mileage").
ENDURANCE_PLANNING = (
    r"pace|paces|plan|programme|program|schedule|long runs?|mileage|how far|how many (?:km|k|miles)|build (?:up|my)|taper|"
    r"training for|train for|get ready for|sub \d+|finish time|target time"
)
KEEP_GOING_QUESTION = (
    r"keep going|carry on|continue|keep (?:running|training|racing|cycling|riding|swimming|at it|it up)|still (?:run|race|train|do it|go)|"
    r"(?:should|do|must) i stop|or stop|stop or|is (?:it|that|this) (?:ok|okay|safe|fine|alright)|can i (?:still |keep )"
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

# A carer told they are making too much of it ("she says I'm overreacting. am I?", "am I being paranoid?").
OVERREACTING = (
    r"overreact\w*|over react\w*|over the top|being (?:paranoid|dramatic|silly|too (?:much|protective))|(?:am i|im|i am) (?:paranoid|making (?:a fuss|too much of|a big deal)|worrying (?:too much|over nothing))|"
    r"making (?:a fuss|too much of (?:it|this)|a big deal (?:of|out of) (?:it|this|nothing))|(?:shes|hes|theyre|she is|he is|they are|she s|he s) (?:fine|ok|okay|alright)(?= (?:\.|,|\?|and|but|so)(?![a-z0-9])|$)|"
    r"(?:says|said|insists|swears|claims) (?:that )?(?:shes|hes|theyre|she is|he is|they are|its|it s|everything is) (?:fine|ok|okay|alright|nothing|normal)|"
    r"just a phase|nothing to worry about|(?:am i|im|i am) worrying for nothing"
)
# What a carer has seen that makes an eating disorder serious, for the carer's answer ("why it matters").
CARER_PERIODS = AMENORRHOEA
CARER_PILLS = r"diet pills?|slimming pills?|appetite suppressants?|fat burners?|laxatives?|water (?:tablets|pills)|diuretics?"

# A carer asking how to start the conversation ("how do I bring it up?", "what do I say to her?").
# Asking how to put it to a doctor, for themselves ("what would I even say to a doctor?",
# "I wouldn't know what to tell the GP"): the words to start with.
WHAT_TO_SAY = (
    r"what (?:would|do|should|could|can|am) (?:i|i m|im) (?:even |actually |supposed to |meant to |going to |gonna )?(?:say|tell|ask)(?: to)?(?: (?:a|the|my|them|him|her|someone|anyone)(?: (?:doctor|gp|nurse|dr|doc|therapist|counsellor|counselor))?)?|"
    r"(?:wouldnt|wont|dont|do not|would not|never) (?:even )?know what to (?:say|tell)|"
    r"how (?:do|would|should|can) (?:i|you) (?:even )?(?:bring (?:it|this) up|explain (?:it|this)|start|say (?:it|that|this)|tell (?:them|a doctor|the doctor|my doctor|my gp|the gp))(?: to (?:a|the|my) (?:doctor|gp|nurse))?|"
    r"what (?:do|would) (?:doctors?|gps?|they) (?:want|need) (?:me )?to (?:hear|know)"
)
# Who to go to, asked after a red-flag answer about someone else: "ok. who do i actually talk to?"
WHO_TO_TALK_TO = (
    r"who (?:do|should|can|would|could) (?:i|we) (?:actually |even |best |first )?(?:talk to|speak to|call|ring|phone|contact|go to|ask|see|get (?:him|her|them) to see)|"
    r"who (?:can|could|would) (?:actually )?help(?: (?:him|her|them|us|me))?|where (?:do|should|can|could) (?:i|we) (?:even |actually )?(?:get|go for|find|start looking for) (?:help|support)|"
    r"who (?:deals with|treats|handles) (?:this|that|it)|what kind of (?:doctor|professional|help|specialist)"
)
HOW_TO_TALK = (
    r"(?:how|when) (?:do|should|can|would) (?:i|we) (?:bring (?:it|this) up|raise (?:it|this)|approach (?:her|him|them|it|this)|talk to (?:her|him|them)|start (?:the|that) (?:conversation|talk))|"
    r"what (?:do|should|can) (?:i|we) (?:say|tell (?:her|him|them))|how (?:to|do i) (?:bring (?:it|this) up|approach (?:her|him|them)|talk to (?:her|him|them) about)"
)

# Chest pain that comes with effort and goes with rest, told afterwards (NHS: possible angina, see a
# doctor soon; AHA/NHS: call the emergency number if it comes at rest, lasts more than a few minutes
# or comes with sweating, breathlessness or sickness). "my dad gets chest pain walking up hills, goes
# away when he stops", "it settles after a minute of rest", "eases off when he walks".
SETTLES_WITH_REST = (
    r"(?:goes|go|went|gone|going|eases?|eased|easing|settles?|settled|settling|passes|passed|stops|stopped|disappears|disappeared|fades|faded|wears off|wore off|calms down|calmed down|clears|cleared|subsides|subsided)"
    r"(?: (?:away|off|down|again))?(?: [a-z]+){0,4}? (?:when|once|as soon as|after|if|with|while|whenever) (?:[a-z]+ ){0,4}?"
    r"(?:stops?|stopped|stopping|rests?|rested|resting|rest|slows?|slowed|slowing|sits?|sat|sitting|walks?|walked|walking|breaks?|pauses?|paused|stands? still|stood still|catches (?:his|her|their|my) breath|eases? off|backs? off)(?![a-z])"
)
# Told as what happens each time, not as what is happening now: "my husband gets chest pain when he runs".
EXERTION_HABIT = (
    r"(?:gets|get|getting|keeps getting|has been getting|have been getting|always gets|often gets|sometimes gets|tends to get|started getting|has had|have had)"
    r"(?= (?:[a-z]+ ){0,3}?(?:chest|tight chest|pain|pressure|tightness))|whenever|every time|each time|most times|on (?:his|her|their|my) (?:runs|rides|walks|hikes)|for (?:a few|a couple of|some|\d+|two|three|several) (?:weeks|months|days)"
)
# What makes exertional chest pain an emergency whenever it is told: at rest, lasting, or with the AHA's companions.
EXERTION_SEVERE = (
    r"at rest|even (?:at rest|resting|sitting|lying)|while (?:resting|sitting|lying)|(?:lasts?|lasted|lasting|went on|goes on|for) (?:more than |over |about |around )?(?:\d+|ten|fifteen|twenty|thirty|half an hour|an hour|a while|ages)(?: [a-z]+)?(?= |$)|"
    r"sweat\w*|clammy|breathless\w*|short of breath|out of breath|cant breathe|struggling to breathe|sick|nause\w*|vomit\w*|threw up|faint\w*|dizz\w*|light ?headed|collaps\w*|passed out|blacked out|"
    r"grey|gray|pale|ashen|clutch\w*|arm|jaw|neck|back|worse|getting worse|more often|every day now|woke (?:him|her|them|me) up|in (?:his|her|their|my) sleep|at night"
)
# The same, in the guard's other languages: "se le pasa al parar", "passa quando para", "passa quando si ferma",
# "ça passe quand il s'arrête", "es geht weg, wenn er stehen bleibt", "het gaat over als hij stopt".
SETTLES_WITH_REST_L10N = (
    r"se (?:le |me |te )?(?:pasa|quita|va|calma) (?:al|cuando|en cuanto|si|nada mas) (?:\w+ )?(?:para|parar|paro|descansa|descansar|descanso|sienta|sentarse|deja|dejar)|"
    r"(?:passa|some|melhora|alivia) (?:quando|ao|se|assim que|logo que) (?:ele |ela |eu )?(?:para|parar|paro|descansa|descansar|descanso|senta)|"
    r"(?:passa|sparisce|va via|si calma) (?:quando|appena|se) (?:si ferma|mi fermo|riposa|riposo|smette|smetto|si siede)|"
    r"(?:ca |cela |la douleur )?(?:passe|disparait|se calme|s en va) (?:au repos|a l arret|(?:quand|des qu|lorsqu|si) (?:il |elle |je )?(?:sarrete|s arrete|me arrete|marrete|se repose|me repose))|"
    r"(?:geht|vergeht|verschwindet|hort|lasst) (?:\w+ ){0,2}?(?:weg|auf|nach)? ?(?:wenn|sobald|in ruhe|bei ruhe|im stehen|nach einer pause) (?:er |sie |ich )?(?:stehen bleibt|stehenbleibt|anhalt|anhalt\w*|pausiert|pause macht|sich ausruht|ausruht|stoppt|aufhort)?|"
    r"(?:gaat|trekt) (?:\w+ )?(?:weg|over|bij) (?:in rust|bij rust|na rust|(?:als|zodra) (?:hij |zij |ze |ik )?(?:stopt|stop|rust|uitrust|stilstaat|gaat zitten))|"
    # Polish: "mija, jak stanie", "przechodzi po odpoczynku", "ustępuje w spoczynku"
    r"(?:mija|przechodzi|ustepuje|znika|przestaje) (?:\w+ ){0,2}?(?:gdy|jak|kiedy|po|w|jesli) (?:\w+ )?(?:odpocznie|odpoczywa|odpoczynku|odpoczne|stanie|staje|usiadzie|siada|przestanie|przestaje|zatrzyma|zatrzymuje|spoczynku|zwolni|zwalnia)"
)
# Now, at rest, lasting, or with sweating, breathlessness or sickness, in those languages: still an emergency.
EXERTION_SEVERE_L10N = (
    r"ahora|ahora mismo|(?<!pasa )(?<!quita )en reposo|sudando|sudor|no se (?:le |me )?(?:pasa|quita|va)|falta de aire|nauseas|vomit\w*|mareo|desmay\w*|"
    r"agora|(?<!passa )em repouso|suando|suor|nao passa|falta de ar|nausea|enjoo|tontura|desmai\w*|"
    r"adesso|ora|(?<!passa )a riposo|suda\w*|sudore|non passa|fiato corto|nausea|vertigini|svenut\w*|"
    r"maintenant|(?<!passe )(?<!calme )au repos|transpire|sueurs?|ne passe pas|essouffl\w*|nausee\w*|malaise|vertige\w*|"
    r"jetzt|gerade|in ruhe(?! (?:weg|vorbei))|schwitz\w*|geht nicht weg|atemnot|ubelkeit|schwindel\w*|ohnmacht\w*|"
    r"nu|in rust(?= [a-z]*(?:ook|nog))|zweet\w*|gaat niet over|kortademig\w*|misselijk\w*|duizelig\w*|flauw\w*|"
    r"teraz|(?<!mija )(?<!przechodzi )(?<!ustepuje )(?<!znika )w spoczynku|zimne poty|zimny pot|poci sie|spocon\w*|dusznosc\w*|nudnosci|wymiot\w*|zawrot\w*|zemdlal\w*|nie mija|nie przechodzi|dretwi\w*|promieniuje"
)

# --- after a birth -----------------------------------------------------------------------------------
# The weeks and months after a birth, when warning signs are the body's, not the pregnancy's (CDC
# "Hear Her" urgent maternal warning signs, up to a year after; NHS "Your body after the birth").
# Normalised text: no accents, apostrophes dropped ("j'ai accouché" -> "jai accouche").
_SINCE_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of|few)"
POSTPARTUM = (
    r"postpartum|post partum|postnatal\w*|post natal\w*|"
    rf"{_SINCE_COUNT} ?(?:days?|weeks?|wks?|w|months?|mths?) (?:pp|pn|post ?partum|post ?baby|post ?birth|after (?:giving birth|birth|the birth|delivery|having (?:her|him|the baby|my baby|the twins)|my c ?section|the c ?section|my section))|"
    r"(?:gave|given|giving) birth|(?:had|have had|just had|delivered) (?:my|our|the|a|her|his) (?:little |baby |beautiful |new |gorgeous )?(?:baby|babies|son|daughter|twins|little one|boy|girl|first|second|third|rainbow baby)(?! (?:shower|name|names|monitor|clothes|bath))|"
    rf"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:days?|weeks?|wks?|w) old (?:baby|babies|son|daughter|twins|newborn|boy|girl|little one)|"
    r"(?:since|after) (?:the|my|her|a) (?:birth|delivery|labou?r|c ?section|caesarean|cesarean|section)|"
    rf"(?:c ?section|caesarean|cesarean|section|delivery|labou?r) (?:was )?{_SINCE_COUNT} (?:days?|weeks?|months?) ago|"
    rf"(?:baby|newborn|son|daughter|little one|lo|twins) (?:is|are|s) (?:only |just |nearly |almost )?{_SINCE_COUNT} (?:days?|weeks?)(?: old)?(?! (?:pregnant|gone|along|today))|"
    r"newborn|new born|new (?:mum|mom|mother)|the baby came|baby arrived|"
    # Spanish, French, German, Portuguese, Italian, Dutch, Polish
    r"posparto|postparto|post parto|(?:despues|desde|tras) (?:del|el) parto|(?:di|he dado|ha dado|dio) a luz|pari|he parido|(?:tuve|tuvo) (?:a )?(?:mi|el|su) (?:bebe|hijo|hija)|(?:desde|tras|despues de) (?:la|mi) cesarea|"
    r"apres l ?accouchement|depuis l ?accouchement|(?:j ?ai|elle a|viens d|vient d) ?accouche\w*|(?:depuis|apres) (?:ma|la|sa) cesarienne|"
    r"nach der geburt|seit der geburt|wochenbett|entbunden|(?:nach|seit) (?:dem|meinem|ihrem) kaiserschnitt|"
    r"pos parto|depois do parto|(?:dei|deu) a luz|(?:depois|desde) (?:da|a) (?:minha )?cesariana|"
    r"dopo il parto|partorit[oa]|dopo il cesareo|"
    r"na de bevalling|(?:ben|is) (?:\w+ \w+ )?bevallen|bevallen (?:\d+|een|twee|drie|vier|vijf|zes) (?:dagen|weken|maanden)|kraamtijd|kraamweek|"
    r"po porodzie|(?:urodzilam|urodzila)|pologu|polog|po cesarce|po cesarskim cieciu"
)
# Each warning sign after a birth, with how urgent it is: "emergency" is the emergency number now,
# "urgent" the midwife, GP or maternity unit today (CDC Hear Her; NHS; RCOG Green-top 37a for clots).
POSTPARTUM_SIGNS: dict[str, tuple[str, str]] = {
    "heavy bleeding": ("emergency", (
        r"soak\w* (?:through )?(?:a |my |one |the |more than one |over a )?(?:pad|pads|maxi pads?|maternity pads?|sanitary pads?|towel|towels)|"
        r"(?:pad|pads|a pad) (?:an|every|each|in an|within an|in under an|in less than an|in about an|every half) (?:hour|hr)|"
        r"(?:gone|going|go|went|get|getting|got) through (?:\w+ )?(?:\w+ )?(?:pads|towels) (?:in|within|every) (?:about |under |less than |around |just over )?(?:an|a|one|half an|the last) (?:hour|hr)|"
        r"(?:bleeding|blood|bleed|lochia) (?:is |s |has |has got |got |getting |keeps |has been |been |went |gone )*(?:really |very |so |a lot |loads |much )?(?:heavy|heavier|worse|gushing|pouring|more and more)|"
        r"heavy bleed\w*|bleeding (?:heavily|a lot|loads|lots|like crazy|so much|really bad|really badly|badly)|"
        r"(?:big|large|huge|massive|golf ball|egg|plum|fist|palm|lemon|tennis ball)(?: ?sized| size)? (?:blood )?clots?|clots? (?:the size of|as big as|bigger than|size of)|"
        r"passing (?:big |large |huge )?clots|gush\w* (?:of )?blood|blood (?:gush\w*|pouring|everywhere|running down)|"
        r"empap\w* (?:una |la |mas de una )?compresa|compresas? (?:cada|por|en una|en menos de una) hora|tremp\w* (?:une |ma )?serviette|serviettes? (?:toutes les|par|en une|en moins d une) heure|binde (?:pro|jede|in einer|in weniger als einer) stunde|binde (?:durchgeblutet|voll)|"
        r"encharc\w* (?:um |o )?absorvente|absorventes? (?:por|a cada|em uma|em menos de uma) hora|inzupp\w* (?:un |l )?assorbente|assorbent[ei] (?:ogni|all|in un) ora|doorweekt\w* verband|verband (?:per|elk|binnen een|in een) uur|przesiak\w* podpask\w*|podpask\w* (?:co|na|w) godzin\w*|"
        r"sangrado abundante|sangro mucho|sangrando mucho|mucha sangre|coagulos (?:grandes|enormes)|saignements? abondants?|saigne beaucoup|beaucoup de sang|gros caillots|"
        r"starke blutung|blute (?:sehr )?stark|blutet (?:sehr )?stark|viel blut|gro?e blutgerinnsel|sangramento (?:forte|intenso)|sangrando muito|muito sangue|"
        r"sanguinamento (?:forte|abbondante)|sanguino (?:molto|tanto)|(?:tanto|molto) sangue|(?:grossi|grandi) coaguli|coaguli (?:grossi|grandi)|hevig bloedverlies|veel bloed|bloed (?:heel )?veel|grote stolsels|"
        r"silne krwawienie|krwawie (?:mocno|bardzo)|duzo krwi|duze skrzepy"
    )),
    "chest pain": ("emergency", CHEST + r"|dolor (?:en el|de) pecho|douleur (?:a|dans) la poitrine|brustschmerz\w*|schmerzen in der brust|dor no peito|dolore al petto|pijn op de borst|bol w klatce"),
    # Out of breath at rest or with light effort (not on a first run back), or struggling to breathe at all
    "breathlessness": ("emergency", PREGNANCY_SIGNS["breathlessness"] + "|" + (
        r"(?:cant|cannot|can t|struggling to|struggle to|hard to|trouble|difficulty|having trouble) (?:catch (?:my|her) breath|breathe|breathing|get (?:my|her) breath)(?! (?:on|during|after|when|while) (?:my |a |the )?(?:first )?(?:run|runs|jog|jogs|sprint\w*|intervals?|hiit|spin|class|workout))|"
        r"gasping for (?:air|breath)|me falta el aire|no puedo respirar|du mal a respirer|bekomme keine luft|nao consigo respirar|non riesco a respirare|nie moge oddychac|brakuje mi (?:tchu|powietrza)|"
        r"(?:essouffl\w*|atemnot|kurzatmig|falta de ar|fiato corto|affanno|kortademig|benauwd|dusznosc\w*)(?= (?:[a-z,]+ ){0,4}?(?:au repos|en marchant|in ruhe|beim gehen|em repouso|a riposo|camminando|in rust|w spoczynku|sin hacer nada|sans rien faire|ohne|sem fazer|senza fare|zonder)|$| ?[.,!?])"
    )),
    "calf pain or swelling": ("urgent", PREGNANCY_SIGNS["calf pain or swelling"] + r"|(?:pantorrilla|pierna) (?:esta )?(?:hinchada|roja|caliente)|(?:mollet|jambe) (?:est )?(?:gonfle\w*|rouge|chaud\w*)|(?:wade|bein) (?:ist )?(?:geschwollen|dick|rot|warm)|(?:panturrilha|perna) (?:esta )?(?:inchada|vermelha|quente)|(?:polpaccio|gamba) (?:e )?(?:gonfi[oa]|ross[oa]|cald[oa])|(?:kuit|been) (?:is )?(?:dik|gezwollen|rood|warm)|(?:lydka|noga) (?:jest )?(?:spuchniet\w*|czerwon\w*|goraca|ciepla)|spuchniet\w* (?:lydka|noga)"),
    "a bad headache or changes in vision": ("urgent", (
        r"(?:bad|severe|awful|terrible|pounding|splitting|worst|massive|killer|horrible|really bad|banging|thumping|blinding) headaches?|"
        r"headaches? (?:that |which |and it )?(?:wont|won t|doesnt|does not|will not|isnt|hasnt|has not|not) (?:go|going|gone|shift|ease|easing|stop|budge|get better)|"
        r"headaches? (?:for|all) (?:\d+|two|three|four|a few|couple of) (?:days?|hours?)|headaches? (?:every ?day|all day|since)|"
        r"blurr\w* vision|vision (?:is |s |has gone |gone |going |went |keeps going )?(?:blurr\w*|funny|weird|fuzzy|spotty|strange|dark)|seeing (?:spots|stars|flashing lights|flashes|sparkles|double)|flashing lights|(?:spots|sparkles|flashes) in (?:my |her )?(?:eyes|vision)|"
        r"dolor de cabeza (?:fuerte|muy fuerte|que no se (?:va|quita))|vista borrosa|mal de tete (?:qui ne passe pas|violent|terrible)|vision floue|starke kopfschmerzen|verschwommen sehen|dor de cabeca (?:forte|que nao passa)|vista embacada|mal di testa (?:forte|che non passa)|vista offuscata|hevige hoofdpijn|wazig zien|silny bol glowy|mroczki"
    )),
    "a fever": ("urgent", (
        r"fever\w*|high (?:temp|temperature)|(?:temp|temperature) (?:of |is |was |at |hit |hitting |reading |reads )?(?:3[89]|4[01]|100|101|102|103|104)|running a (?:temp|temperature)|"
        r"shivering|shivers|rigors|chills|hot and cold|shivery|fiebre|fievre|fieber|febre|febbre|koorts|goraczk\w*"
    )),
    "discharge or bleeding that smells": ("urgent", (
        r"(?:smelly|foul|funny smelling|bad smelling|stinky|off smelling|horrible smelling|strong smelling|fishy|bad) (?:discharge|bleeding|blood|lochia)|"
        r"(?:discharge|bleeding|blood|lochia|down there|it) (?:smells?|smelling|stinks?|is smelly|has a (?:smell|odou?r)|is (?:really )?smelly)(?! (?:fine|normal|ok|okay))"
    )),
    "a wound that's red, hot or oozing": ("urgent", (
        r"(?:wound|scar|incision|stitches|stiches|c ?section|section|tear|episiotomy)(?: site| line| scar| wound| cut)? (?:is |s |are |has |have |looks |look |feels |feel |getting |got |gone |started |keeps |keep |been |went |has been |is all )*(?:(?:really|very|so|a bit|quite|all|kinda|kind of|super) )?(?:red|hot|oozing|weeping|leaking|swollen|opening|opened up|open|pus\w*|smell\w*|infected|split\w*|gaping|coming apart|burst)|"
        r"(?:pus|ooze|oozing|green stuff|yellow stuff) (?:from|coming (?:out of|from)) (?:my |the |her )?(?:wound|scar|incision|stitches|c ?section|section|cut)"
    )),
    "severe tummy pain": ("urgent", (
        r"(?:severe|really bad|awful|agonising|agonizing|excruciating|unbearable|worst|horrible|sharp|stabbing|terrible|intense) (?:tummy|stomach|belly|abdominal|pelvic|lower|low) (?:pain|pains|cramps?|ache)|"
        r"(?:tummy|stomach|belly|abdominal|pelvic) pain (?:is |thats |that s |getting |keeps getting |has got |got )*(?:worse|severe|unbearable|really bad)"
    )),
    "fainting or dizziness": ("urgent", FAINT + r"|" + DIZZY),
    "a swollen face or hands": ("urgent", r"(?:face|hands|fingers|eyes)(?: and (?:face|hands|fingers|feet|ankles))? (?:are |is |s |have |has |gone |got |getting |look |looks |really |very |so |all )*(?:swollen|puffy|swelling up|swelled)|swollen (?:face|hands|fingers)|puffy (?:face|hands)"),
}
# Thoughts of harming the baby, and what may be postpartum psychosis (NHS, RCPsych, MIND): help today,
# the emergency number when they might act or lose touch with what is real.
_HARM_DONE = r"(?:hurt\w*|harm\w*|shak\w*|smother\w*|drop\w*|drown\w*|suffocat\w*|throw\w*|kill\w*|hit\w*|stab\w*|squeez\w*)"
_BABY = r"(?:the |my |our |her |his )?(?:baby|babies|son|daughter|newborn|little one|lo|twins|bubba|bub)"
HARM_TO_BABY = (
    r"(?:thoughts?|thinking|think|thought|urges?|urge|images?|pictures?|visions?|feel like|feeling like|want to|wanna|tempted to|imagine|imagining|keep seeing myself) "
    rf"(?:(?:that|of|about|i ll|i will|i would|im going to|im gonna|i am going to|myself|me) ){{0,3}}{_HARM_DONE} {_BABY}|"
    r"(?:baby|newborn|little one) would be better off without me|shouldnt be (?:a|her|his|the baby s) (?:mum|mom|mother)"
)
# After a birth, "thoughts of dropping her" are of the baby.
HARM_TO_BABY_SAID_OF_THEM = (
    r"(?:thoughts?|thinking|urges?|images?|pictures?|visions?|feel like|feeling like|want to|wanna|tempted to|imagine|imagining|keep seeing myself) "
    rf"(?:(?:that|of|about|i ll|i will|i would|im going to|im gonna|i am going to|myself|me) ){{0,3}}{_HARM_DONE} (?:her|him|them)(?! (?:self|up|off|out|back|workout|session))"
)
# Afraid of doing it ("scared I'll hurt the baby"): after a birth only; in pregnancy it is a question
# about exercise ("worried I might hurt the baby if I lift").
HARM_TO_BABY_FEAR = (
    r"(?:scared|afraid|terrified|frightened|worried|worry|worrying) (?:that |about )?(?:i ll|i will|i might|i could|im going to|im gonna|i am going to|i would|i d) "
    rf"(?:(?:actually|really|end up|snap and) )?(?!drop){_HARM_DONE} {_BABY}"
)
PSYCHOSIS_AFTER_BIRTH = (
    r"hearing (?:voices|things)|voices (?:telling|tell) me|seeing things (?:that arent|that are not|nobody else)|"
    r"(?:baby|babys|newborn) (?:is|isnt|is not|s) (?:evil|possessed|not (?:mine|real|my baby)|the devil|a replacement|an imposter|switched)|"
    r"(?:havent|have not|hasnt|not) slept (?:at all )?(?:in|for) (?:\d+|two|three|four|five|days)(?! (?:cos|because) (?:of )?(?:the )?(?:baby|feeds?|feeding))"
)
# Low mood after a birth, said plainly: postnatal depression is common and treatable (NHS, NICE CG192).
LOW_MOOD_AFTER_BIRTH = (
    r"(?:cant|can t|cannot|dont|do not) (?:stop crying|cope|bond with|love (?:the|my|her|him) (?:baby|son|daughter)|feel anything for (?:the|my|her|him)|feel (?:close|connected) to)|"
    r"not (?:bonding|bonded|coping)|dont feel (?:like )?(?:a |the )?(?:mum|mom|mother)|regret (?:having|had) (?:the|my|a|her|him) (?:baby|son|daughter)|"
    r"(?:cry|crying) (?:all (?:day|the time)|every day|constantly|non stop)|feel (?:nothing|so empty|empty|numb|hopeless|like a failure|like a terrible (?:mum|mom|mother)|like a bad (?:mum|mom|mother))|"
    r"made a (?:huge |terrible |big )?mistake having (?:a|the|her|him) baby|(?:everyone|they|my family) (?:would be|d be) better off without me"
)
