"""Helios' own floors when the safety guard has flagged the conversation (`turn.safety`).

The guard (a `screen` plugin) answers red flags itself, before routing; Helios never writes
its own red-flag reply. When the guard lets a message through with a flag (`action="preface"`),
Helios keeps to these floors:

- cardiac: no plan, no intensity: gentle activity only after a clinician has cleared it.
- pregnancy: no intensity plan; keep moving moderately, clinician first for anything hard,
  the ACOG warning signs, no lying flat on the back after the first trimester, no contact
  sports or fall risks (ACOG Committee Opinion 804, 2020).
- eating_disorder: no calorie figures, deficits or weight-loss plans anywhere.

A message that itself says the user is pregnant gets the pregnancy floor too, with or without
a guard (an operator may run without the built-in one).
"""

from __future__ import annotations

import re
from typing import Any

from host import Turn
from host.first_look import FirstLook
from host.text import per_turn

from agenthost_helios import records

GENTLE = ("cardiac", "pregnancy")
# Looked for in the message and in the last ten said before it, each turn: most hold none, and RE2
# says so in linear time (`host.first_look`).
_PREGNANT = FirstLook(re.compile(
    r"\b(i'?m|i am|im|currently|now|weeks?|months?)\s+(\d+\s+(weeks?|months?)\s+)?pregnant\b|\bmy pregnancy\b|"
    r"\bwhile pregnant\b|\bpregnant (and|but|so)\b|^\W*pregnant\b|\bexpecting a baby\b|\b(first|second|third) trimester\b|"
    r"\bthe baby (move|moving|kick)|\b\d{1,2} ?(weeks|wks)\b.{0,60}\b(baby|bump|waters?|contractions?|fluid|bleeding|"
    r"tighten\w*|midwife|due date|trimester|trickl\w*|leak\w*|pelvic floor)\b|\bmy (midwife|due date|bump)\b|"
    # Spanish, Portuguese, French, Italian, German, Dutch and Scandinavian: "estoy embarazada de 32
    # semanas", "je suis enceinte", "ich bin schwanger", "jeg er gravid", "sono incinta"
    r"\b(embarazada|gr[aá]vida|enceinte|incinta|schwanger|zwanger|gravid)\b|"
    # "estou de 20 semanas", "estoy de 12 semanas": how far along, said the Portuguese and Spanish way
    r"\b(estou|estoy|t[oô]) (de|com|con) \d{1,2} semanas\b",
    re.IGNORECASE,
))
# ACOG's reasons to stop exercising in pregnancy: named in the message, they lead the reply.
_WARNING_SIGN = re.compile(
    r"\b(bleed\w*|blood|spotting|fluid|waters?|leak\w*|trickl\w*|gush|contractions?|tighten\w*|cramp\w*|dizz\w*|faint\w*|"
    r"chest pain|headache|calf|calves|swollen|swelling|move (much|less)|moving (much|less)|not moving|movements?|"
    r"(tummy|belly|stomach|abdominal|pelvic) pain)\b|"
    # the same signs in the languages above: the baby moving less, bleeding, fluid, contractions
    r"\b(se mueve (\w+ ){0,2}menos|no se mueve|(se )?mexe (\w+ ){0,2}menos|n[aã]o (se )?mexe|"
    r"bouge (\w+ ){0,2}moins|ne bouge plus|si muove (\w+ ){0,2}meno|non si muove|"
    r"bewegt sich (\w+ ){0,2}weniger|bewegt sich (kaum|nicht mehr)|beweegt (\w+ ){0,2}minder|"
    r"r[öo]r sig (\w+ ){0,2}mindre|r[øo]rer (seg|sig) (\w+ ){0,2}mindre|bev[æa]ger sig (\w+ ){0,2}mindre|"
    r"sangr\w*|saign\w*|sanguin\w*|blutung\w*|bl[øo]d\w*|bloeding\w*|contracciones|contra[çc][õo]es|"
    r"contractions|contrazioni|wehen|sammandragning\w*|sammentrekning\w*|veer|"
    r"p[ée]rdida de l[ií]quido|rompi[oó]? (la )?bolsa|perte de liquide|fruchtwasser)\b",
    re.IGNORECASE,
)


# Warning signs of heart trouble with exertion (PAR-Q+, ACSM preparticipation screening, AHA):
# named in a message, they put Helios' cardiac floor under its answer even when no guard
# flagged it. Muscle soreness ("my chest is sore after bench") is not one of them.
_CARDIAC_SIGN = re.compile(
    r"\bchest\W+(?:\w+\W+){0,3}?(pain|pains|tight|tightness|pressure|discomfort|heavy|heaviness|crushing|"
    r"squeezing)\b|\b(pain|tightness|pressure|discomfort|heaviness) in (my|the) chest\b|"
    r"\b(tight|painful|heavy|crushing|squeezing) chest\b|"
    r"\b(band|belt|vice|weight|elephant)\W+(?:\w+\W+){0,3}?(round|around|across|on) (my |the )?chest\b|"
    r"\bleft arm\W+(?:\w+\W+){0,3}?(heavy|numb|tingl\w*)\b|"
    r"\b(pain|ache|aching|tightness) (in|down|spreading to) (my |the )?(left arm|jaw)\b|"
    r"\b(fainted|fainting|faint|passed out|pass out|passing out|blacked out|black out|blacking out|"
    r"nearly blacked|nearly passed|almost passed|collapsed|lost consciousness|everything went (grey|gray|black))\b|"
    r"\bheart\W+(?:\w+\W+){0,3}?(skipping|skipped|skips|irregular|fluttering|flutters|flutter|palpitat\w*)\b|"
    r"\bpalpitations?\b|"
    r"\b(out of breath|breathless|short of breath|cant catch my breath|can't catch my breath|couldnt catch my breath|"
    r"couldn't catch my breath|struggling to breathe)\b.{0,40}\b(stairs|flight|walking|at rest|lying|sitting|"
    r"doing nothing|little|barely|slightest)\b|"
    r"\b(ankles?|feet|legs) (are |have been |keep |started |been )?(swelling|swollen|puffy)\b|\bswollen (ankles?|feet)\b"
)
# A sign said to be absent: "no chest pain and no dizziness", "I don't get dizzy or faint", "never
# had palpitations": the negation reaches over a short list, never over "but" ("no chest pain but I
# nearly fainted" names one).
_NOT_ME = re.compile(
    r"\b(no|not|never|without|nor|neither|(do|did|does)\s*n'?o?t (have|get|feel|experience|notice)|"
    r"never (had|get|got|felt|have)|have\s*n'?o?t (had|got|felt|noticed)|not (had|got|getting|feeling))\b"
    r"(?:(?!\b(but|though|although|however|yet|except|then|until|now|today|sometimes)\b)[^.,;!?]){0,25}$|"
    r"\bmy (friend|mate|dad|father|mum|mom|mother|brother|sister|husband|wife|partner|son|daughter|grandad|grandpa|"
    r"grandma|gran|nan|client|dog|cat|uncle|aunt|colleague|boss)\b[^.,;!?]{0,40}$"
)
_CLEARED = {
    "cardiac": re.compile(
        r"\b(doctor|gp|cardiologist|physician|consultant|nurse)\b.{0,40}\b(cleared|says? (i'?m|im|it'?s|its) "
        r"(fine|ok|okay|all clear)|said (i'?m|im|it'?s|its|everything) (fine|ok|okay|all clear|normal)|found nothing|"
        r"nothing wrong|all clear|gave me the (all clear|ok|go ahead))\b|\b(i'?ve been|i was|got) (checked|cleared)\b"
    ),
    "pregnancy": re.compile(
        r"\b(not pregnant|no longer pregnant|had (my|the|our) baby|gave birth|baby (was )?born)\b"
    ),
}
# How long a floor stays once a message set it, when nothing clears it sooner.
FLOOR_DAYS = {"pregnancy": 280, "cardiac": 30}


# Feeling faint or dizzy on standing up, away from exercise ("feel faint when I stand up too fast, not
# during exercise"): a dip in blood pressure (NHS: low blood pressure), a GP's question if it keeps
# happening, not a warning sign of heart trouble with exertion. Actually fainting still counts.
_POSTURAL = re.compile(
    r"\b(stand|standing|stood|get|getting|got|sit|sitting) up\b|\bget(ting)? out of (bed|the bath|a chair)\b|\bhead rush\b"
)
_LOST_CONSCIOUSNESS = re.compile(r"\b(fainted|passed out|blacked out|collapsed|lost consciousness|hit the floor)\b")
# Breathlessness on stairs explained by time off ("ran out of breath on the stairs after a 3 week break,
# so unfit"): fitness lost, not a sign. At rest or lying down it always counts.
_DETRAINED = re.compile(
    r"\b(unfit|out of shape|so out of it|lost (my|all my) fitness|deconditioned|"
    r"after (a|my|the) (\d+\W?(day|week|month|wk)s?\W)?(break|lay ?off|time off|rest|holiday)|"
    r"(weeks?|months?|years?|wks?) off|(first|1st) (run|workout|session|time) (in|back)|"
    r"since i (stopped|quit|gave up)|haven'?t (trained|run|been running|worked out|been to the gym)|been off)\b"
)
_AT_REST = re.compile(r"\b(at rest|lying|sitting|doing nothing|in bed|at night)\b")
# Fainting at blood or needles ("I faint at the sight of blood lol, anyway how do I squat?"): a common reflex
# (vasovagal syncope, NHS: fainting), not a sign of heart trouble with exercise, unless it came with exercise.
_BLOOD_OR_NEEDLES = re.compile(
    r"\b(sight of blood|see(ing)? blood|blood tests?|blood draws?|giving blood|donat\w* blood|needles?|injections?|jabs?|vaccin\w*)\b"
)
_WITH_EXERCISE = re.compile(r"\b(during|while|when i|after|on)( my| a| the)? (run|running|ran|train|training|lift|lifting|workout|working out|exercis\w*|class|session|sprint\w*|cycl\w*|swim\w*)\b")


def _ordinary(sign: str, message: str) -> bool:
    """True when a sign the cardiac pattern caught is, in its message, something ordinary: feeling faint
    on standing up, or breathless on the stairs after time off."""
    if ("faint" in sign or "dizz" in sign) and _BLOOD_OR_NEEDLES.search(message) and not _WITH_EXERCISE.search(message):
        return True
    if "faint" in sign or "dizz" in sign:
        return bool(_POSTURAL.search(message) and not _LOST_CONSCIOUSNESS.search(message))
    if "breath" in sign:
        return bool(_DETRAINED.search(message) and not _AT_REST.search(message))
    return False


@per_turn  # asked of the same message by routing, the floor and the reply
def symptom_in_message(message: str) -> str | None:
    """`cardiac` when the user says they have a warning sign of heart trouble (not a friend,
    not "no chest pain"), `pregnancy` when they say they are pregnant; else None."""
    from agenthost_helios import soreness

    text = message.lower().replace("\u2019", "'")
    for match in _CARDIAC_SIGN.finditer(text):
        if _ordinary(match.group(0), text):
            continue
        if not _NOT_ME.search(text[max(0, match.start() - 60) : match.start()]):
            if "chest" in match.group(0) and soreness.tender_muscle(message):
                continue  # "my chest muscle hurts only when I press it since bench day, breathing normal"
            return "cardiac"
    if _PREGNANT.search(message):
        return "pregnancy"
    return None


# Someone else's pregnancy: "my wife is 30 weeks pregnant", "my sister's expecting", "she's pregnant"
_THEIR_PREGNANCY = re.compile(
    r"\b(my (wife|wifey|partner|girlfriend|gf|fianc[eé]e?|missus|missis|sister|daughter|friend|mate|mum|mom|mother|"
    r"colleague|coworker|client|cousin|niece|sister in law|daughter in law|neighbou?r|flatmate|roommate|bestie)|"
    r"she|shes|she's|her|wife|partner)\b[^.;!?]{0,40}$"
)
# The user's own pregnancy said outright ("I'm 7 months pregnant", "my bump", "I'm 20 weeks"): a bare "me" or
# "I" is not ("my wife's 7 months pregnant ... can you give me a plan?" is his plan, her pregnancy)
_MINE = re.compile(
    r"\b(i'?m|i am|im)\s+((\w+|\d+)\s+){0,3}(pregnant|expecting)\b|"
    r"\b(i'?m|i am|im)\s+\d{1,2}\s*(weeks?|wks?|months?)\b(?=\s*(along|gone|pregnant|in\b|now|today|[,.!?]|$))|"
    r"\bmy (own )?(pregnancy|bump|baby bump|midwife|due date|obgyn|ob|obstetrician|trimester)\b|"
    r"\b(i|we) (got|get|am getting|became|found out i'?m) pregnant\b|\bwhile i'?m pregnant\b|\bwhen i was pregnant\b"
)


def someone_elses_pregnancy(message: str) -> bool:
    """True when every pregnancy the message names is someone else's ("my wife is 30 weeks
    pregnant"): advice about her, but no floor on the user's own training."""
    text = message.lower().replace("\u2019", "'")
    if _MINE.search(text):
        return False
    pets = _PET_PREGNANT.search(text)  # "my mate's pregnant labrador": hers, and not a person's at all
    text = _PET_PREGNANT.sub(" the animal ", text) if pets else text
    found = list(_PREGNANT.finditer(text))
    if not found:
        return bool(pets)
    return all(_THEIR_PREGNANCY.search(text[max(0, m.start() - 60) : m.start() + 1]) for m in found)


# The user's own training asked for: "and I want to start lifting again, beginner routine please"
_FOR_ME = re.compile(r"\b(i|me|myself|my own|for me|i'?m|im|i'?d)\b")
_TRAINING_ASK = re.compile(
    r"\b(plan|routine|program\w*|split|workouts?|work(ing)? ?out|exercis\w*|lifting|lift|gym|weights|train|training|build muscle|"
    r"get (fit|fitter|stronger)|lose weight|beginner|hiit|run(ning)? plan)\b"
)
_ABOUT_HER = re.compile(r"\b(we|us|our|she|shes|she'?s|her|hers|together|both of us|with (my )?(wife|partner|girlfriend))\b")


def animals_only(message: str) -> bool:
    """True when the only pregnancy the message names is an animal's ("my mate's pregnant labrador",
    "my mare is in foal"): never a floor on the user's own training."""
    text = message.lower().replace("\u2019", "'")
    if not _PET_PREGNANT.search(text) or _MINE.search(text):
        return False
    return not _PREGNANT.search(_PET_PREGNANT.sub(" the animal ", text))


# What the user asks for themself beside an animal's pregnancy: "does walking her count as exercise for me?"
_FOR_MYSELF = re.compile(r"\b(for me|for myself|count(s)? as (exercise|a workout|cardio|activity)|calories|kcal|burn\w*|my (own )?(fitness|training|workouts?|steps|weight))\b")


def asks_for_myself(message: str) -> bool:
    """True when the message asks about the user's own exercise ("does that count as exercise for me?")."""
    return bool(_FOR_MYSELF.search(message.lower())) or own_training(message)


def own_training(message: str) -> bool:
    """True when the message asks about the user's own training (a plan, a routine, lifting),
    not about someone else's or a shared activity ("anything to bring with us?")."""
    text = message.lower().replace("\u2019", "'")
    return bool(_FOR_ME.search(text) and _TRAINING_ASK.search(text) and not _ABOUT_HER.search(text))


def _only_theirs(turn: Turn) -> bool:
    """True when the pregnancies this conversation named lately were all someone else's and this
    message names none: the user's own training has no pregnancy floor."""
    if _PREGNANT.search(turn.message):
        return False
    said = [str(r.get("text", "")) for r in turn.history[-10:] if r.get("role") == "user"]
    named = [text for text in said if _PREGNANT.search(text) or _PET_PREGNANT.search(text)]
    return bool(named) and all(someone_elses_pregnancy(text) for text in named)


def guard_category(history: list[dict[str, Any]]) -> str | None:
    """The category of the guard's answer when it answered last (agent `safety`), else None."""
    last = next((r for r in reversed(history) if r.get("role") == "assistant"), None)
    flagged = last.get("safety") if isinstance(last, dict) and last.get("agent") == "safety" else None
    return flagged.get("category") if isinstance(flagged, dict) else None


def _theirs(turn: Turn) -> bool:
    """True when the pregnancy in question is not the user's: "my wife is pregnant and I want to
    get fit before the baby arrives" (her pregnancy, his training), or a pregnant dog, cat or mare
    (her vet's). Asked only once a pregnancy is in play: it reads the last ten user messages."""
    theirs = (_only_theirs(turn) or someone_elses_pregnancy(turn.message)) and own_training(turn.message)
    return theirs or animals_only(turn.message)


def category(turn: Turn, state: dict[str, Any] | None = None) -> str | None:
    """The flag Helios must respect in this turn: the guard's category; else `cardiac` or
    `pregnancy` when the message says so; else the floor Helios' dialog state keeps from an
    earlier message (`state["floor"]`, until it lapses or a message clears it); None otherwise."""
    if turn.safety is not None:
        if turn.safety.category == "pregnancy" and turn.safety.severity == "advise" and _theirs(turn):
            return None  # "and I want to start lifting again" after asking about his wife's walks
        return turn.safety.category
    if found := symptom_in_message(turn.message):
        return None if found == "pregnancy" and _theirs(turn) else found
    if (guarded := guard_category(turn.history)) in FLOOR_DAYS and not (guarded == "pregnancy" and _theirs(turn)):
        return guarded  # the guard just answered a pregnancy or heart red flag: its floor holds here
    floor = (state or {}).get("floor")
    if not isinstance(floor, dict) or floor.get("category") not in FLOOR_DAYS:
        return None
    kind = floor["category"]
    if floor.get("theirs") and own_training(turn.message):
        return None  # her pregnancy still shapes advice about her walks, not the user's own plan
    if _CLEARED[kind].search(turn.message.lower()):
        return None
    since = records.parse_iso(floor.get("since"))
    if since is None or (records.now() - since).days > FLOOR_DAYS[kind]:
        return None
    return kind


def floor_after(turn: Turn, state: dict[str, Any]) -> dict[str, Any] | None:
    """The floor to keep in the dialog state after this turn: set by a symptom or a pregnancy
    the message names, kept while it lasts, dropped when a message clears it."""
    current = state.get("floor") if isinstance(state.get("floor"), dict) else None
    floor: dict[str, Any] | None = None
    flagged = turn.safety.category if turn.safety is not None and turn.safety.category in FLOOR_DAYS else None
    if flagged is None and guard_category(turn.history) in FLOOR_DAYS:
        flagged = guard_category(turn.history)
    said = symptom_in_message(turn.message) if turn.safety is None else None
    if (flagged or said) == "pregnancy" and animals_only(turn.message):
        # "my mate's pregnant labrador": the animal's, no floor on the user's own training
        floor = dict(current) if current else None
    elif found := flagged or said:
        kept = current if current and current.get("category") == found else {}
        floor = {**kept, "category": found, "since": kept.get("since") or records.iso(records.now())}
        if found == "pregnancy":
            # someone else's ("my wife is 30 weeks pregnant"): advice about her, not a floor on the user's plans
            theirs = someone_elses_pregnancy(turn.message) or (not _PREGNANT.search(turn.message) and _only_theirs(turn))
            floor["theirs"] = bool(theirs and kept.get("theirs", True))
    elif current and current.get("category") in FLOOR_DAYS and category(turn, state) == current["category"]:
        floor = dict(current)
    if floor and floor["category"] == "pregnancy" and warning_in_message(turn.message):
        floor["warned_at"] = records.iso(records.now())
    return floor


def is_floor_reply(text: str) -> bool:
    """True when `text` is one of Helios' answers under a cardiac or pregnancy floor."""
    return any(reply[:60] in text for reply in (PREGNANCY, PREGNANCY_KIT, PREGNANCY_LATER, CARDIAC, CARDIAC_NOW, STOP_NOW, STILL_NOW))


def cleared(turn: Turn, state: dict[str, Any]) -> str | None:
    """The floor this message clears ("my doctor checked me and said I'm fine"), or None."""
    floor = state.get("floor")
    kind = floor.get("category") if isinstance(floor, dict) else None
    if kind in _CLEARED and _CLEARED[kind].search(turn.message.lower()) and not symptom_in_message(turn.message):
        return kind
    return None


def no_intensity(turn: Turn, state: dict[str, Any] | None = None) -> bool:
    """True when plans and hard efforts are off the table (cardiac or pregnancy flag)."""
    return category(turn, state) in GENTLE


def no_calories(turn: Turn) -> bool:
    """True when calorie figures and weight-loss talk are off the table (eating-disorder flag)."""
    return category(turn) == "eating_disorder"


PREGNANCY = (
    "Staying active in pregnancy is a great idea when your pregnancy is uncomplicated: about 150 minutes "
    "a week of moderate activity (brisk walking, swimming, stationary cycling, pregnancy yoga or pilates) "
    "is what ACOG recommends, and you should be able to talk while you do it.\n"
    "- Talk to your midwife or doctor before starting anything new or keeping up hard training; if you "
    "trained hard before, they can tell you what suits your pregnancy.\n"
    "- After the first trimester, avoid exercises lying flat on your back; skip contact sports and "
    "anything with a real risk of falling or being hit (skiing, horse riding, team sports with contact), "
    "and scuba diving.\n"
    "- Stop and contact your maternity team at once with vaginal bleeding, fluid leaking, regular painful "
    "contractions, dizziness or feeling faint, chest pain, breathlessness before exercise, a headache, "
    "calf pain or swelling, or the baby moving less.\n"
    "I won't build an intensity plan right now, but I'm happy to suggest gentle sessions or log your walks "
    "and swims. 💪"
)
# The same advice in about 90 words, for a plain "what exercise is safe in pregnancy?" (ACOG 804)
PREGNANCY_SHORT = (
    "Staying active is a great idea in an uncomplicated pregnancy: about 150 minutes a week of moderate activity "
    "(brisk walking, swimming, stationary cycling, pregnancy yoga or pilates), still able to talk as you go. Check "
    "with your midwife or doctor before anything new. Avoid contact sports, fall risks, scuba diving, hot yoga, and "
    "lying flat on your back after the first trimester.\n"
    "Call your maternity team now, without waiting for an appointment, with bleeding, leaking fluid, painful "
    "contractions, dizziness, chest pain, a headache, calf swelling or the baby moving less. 💙"
)
# More asked than whether one activity is fine ("a gentle routine for my evening walks plus some pregnancy-safe core
# work"): the whole answer, not the short verdict.
_MORE_ASKED = re.compile(r"\b(routines?|exercises|core|abs|plan|programme|program|workouts|ideas|suggest\w*|what else|tips|advice|heat|hot|cool)\b", re.IGNORECASE)
# What the short activity answers keep of the long one (ACOG 804): being active is recommended and those who
# trained before usually carry on; a contact sport stops now, not when the bump shows.
PREGNANCY_KEEP_ACTIVE = "If you did it before, you can usually keep going."
PREGNANCY_STOP_CONTACT = "So stop sparring and contact now, not when you start to show; a bump guard doesn't make it safe."
_KEEP_ASKED = re.compile(r"\b(keep|keeping|continue|carry on|still|as normal|as usual|same as before)\b", re.IGNORECASE)
_CONTACT_ASKED = re.compile(r"\b(spar\w*|contact|fight\w*|bout|rolling|grappl\w*|belly guard|bump guard)\b", re.IGNORECASE)
PREGNANCY_STOP_SIGNS = (
    "Check with your midwife or doctor before anything new, and stop and call them now, without waiting for an "
    "appointment, with bleeding, leaking fluid, painful contractions, dizziness, chest pain, a headache, calf "
    "swelling or the baby moving less. 💙"
)
_YES_NO = re.compile(
    r"\b(can|could|may|should|do|does) (i|we|she|you)\b|\b(is|are)\b.{0,50}\b(ok|okay|safe|fine|alright|allowed|good)\b|"
    r"\b(ok|okay|safe|fine|alright|allowed) to\b",
    re.IGNORECASE,
)
# "our dog is pregnant lol, can she still come on my runs?": an animal's pregnancy is her vet's
# any animal a user walks, rides or keeps: dogs of any breed, cats, horses ("my mare"), farm animals
_ANIMAL = (
    r"(dog|dogs|doggo|bitch|puppy|pup|cat|cats|kitty|queen cat|mare|horse|pony|filly|jenny|donkey|goat|doe|ewe|sheep|cow|heifer|"
    r"sow|pig|rabbit|bunny|hamster|guinea pig|ferret|greyhound|labrador|lab|spaniel|collie|terrier|retriever|whippet|husky|"
    r"lurcher|staffie|staffy|cockapoo|cavapoo|labradoodle|goldendoodle|poodle|beagle|pug|dachshund|sausage dog|boxer|rottweiler|"
    r"rottie|shepherd|alsatian|doberman|bulldog|frenchie|chihuahua|corgi|schnauzer|pointer|setter|vizsla|weimaraner|malamute|"
    r"shih tzu|westie|jack russell|bichon|maltese|dalmatian|akita|samoyed|cocker|springer|mastiff|great dane|newfie|"
    r"sheepdog|pit ?bull|tabby|siamese|ragdoll|maine coon|moggy)"
)
_PET_PREGNANT = re.compile(
    rf"\b{_ANIMAL}\b[^.;!?]{{0,20}}\b(is |s )?(pregnant|expecting|in pup|in foal|in kit|in kitten|in calf|in lamb|in kid|"
    r"having (puppies|pups|kittens|a litter|a foal))\b|"
    # "my pregnant cat keeps jumping on the treadmill"
    rf"\bpregnant {_ANIMAL}\b",
    re.IGNORECASE,
)
PET_PREGNANT = (
    "That's one for her vet, not me: I coach people, and human pregnancy advice doesn't carry over to animals. Ask the "
    "vet how much running suits her now and later in the pregnancy; until then, keep her outings gentle and let her set "
    "the pace on shorter walks. 🐾"
)
# what the line on an activity says of the signs and the midwife, which PREGNANCY_STOP_SIGNS says instead
_SIGNS_BELOW = ", and stop with any of the warning signs below. Check with your midwife or doctor, especially if it's new to you."
# "what can I actually start with this week?": a first week, gentle and concrete (ACOG 804;
# NHS "Exercise in pregnancy": walking, swimming, aqua-natal and antenatal classes)
_START_ASK = re.compile(
    r"\bwhat (?:can|should|could|do) i (?:actually |realistically |safely |still )?(?:start|begin|do|try)\b|"
    r"\bwhere (?:do|should|can) i (?:start|begin)\b|\b(?:this|next|first) week\b|\bhow (?:do|should|can) i (?:start|begin)\b",
    re.IGNORECASE,
)
PREGNANCY_START = (
    "A gentle first week, once your midwife or doctor has said it's fine: 💙\n"
    "- 3-4 walks of 10-15 minutes at a pace where you can still talk, adding a few minutes each week\n"
    "- a swim, or an aqua-natal class at the local pool\n"
    "- an antenatal (pregnancy) yoga or pilates class, at a normal room temperature, never hot yoga\n"
    "Build up slowly toward about 150 minutes a week; if you never exercised before, there's no need to "
    "do more than that, and no need for HIIT."
)
# All-out intervals asked about in pregnancy: "Tabata to breathlessness", "HIIT no máximo", "sprints"
_ALL_OUT = re.compile(
    r"\b(hiit|tabata|sprints?|flat[- ]out|breathless|out of breath|gasping|m[aá]xim[oa]|sem f[oô]lego|sin aliento|"
    r"au[sß]er atem|à bout de souffle|a tope|a fondo)\b",
    re.IGNORECASE,
)
PREGNANCY_NO_ALL_OUT = (
    "In pregnancy, leave out all-out efforts such as Tabata or HIIT to breathlessness, even if you trained that way "
    "before: keep any intervals at an effort where you can still talk, and ask your midwife or doctor what suits "
    "your pregnancy before keeping up hard training."
)
# "how long should they be?" about a session in pregnancy: ACOG's 150 minutes a week, as sessions
_HOW_LONG = re.compile(r"\bhow (long|many minutes|much time)\b", re.IGNORECASE)
PREGNANCY_HOW_LONG = (
    "How long: sessions of about 20-30 minutes on most days add up to the 150 minutes a week ACOG suggests; "
    "keep to what you were already doing comfortably rather than adding more."
)
# Max efforts asked about in pregnancy: "testing my snatch max", "a heavy single", "1RM", "PR"
_MAX_EFFORT = re.compile(
    r"\b(max|maxes|maxing|1 ?rm|one rep max|heavy singles?|pr|prs|personal (best|record)|all[- ]out|to failure)\b",
    re.IGNORECASE,
)
PREGNANCY_NO_MAX = (
    "In pregnancy, skip heavy singles, PR tests and any lift near your limit for now: keep lifting submaximal (lighter "
    "weights you can move with good technique while breathing steadily, without straining or holding your "
    "breath), and plan any competition with your midwife or doctor and a coach who knows pregnancy."
)
# "what should we bring on longer walks?", "anything to take with me on a long run"
BRING = re.compile(
    r"\b(bring|take|carry|pack|have on (me|us|her|him))\b.{0,40}\b(with (us|me|her|him|them)|on (the |my |our |her |his |a |"
    r"longer |long |these |those |big )*(ones?|walks?|runs?|rides?|hikes?|outings?|trips?|days? out))\b|"
    r"\bwhat (should|do|would|can) (i|we|she|he) (bring|take|carry|pack)\b",
    re.IGNORECASE,
)
PREGNANCY_KIT = (
    "Good idea to plan for the longer ones: 💙\n"
    "- Water, and a drink before setting off: ACOG advises drinking plenty and not getting overheated, so skip "
    "the hottest part of the day and wear light layers.\n"
    "- A small snack, in case of hunger or feeling light-headed on the way.\n"
    "- A charged phone, and the maternity notes or the maternity unit's number.\n"
    "- Comfortable, supportive shoes and a supportive bra; a route with places to sit and toilets helps too.\n"
    "Keep to a pace where you can talk the whole way."
)
# "anything she should change as she gets further along?", "what about the third trimester?"
LATER_ASK = re.compile(
    r"\b(further along|further on|later (on|in)|(second|third|2nd|3rd|last) trimester|(gets?|getting) bigger|"
    r"bump (grows|gets bigger)|as (she|i|we|you) (go|goes|get|gets|progress\w*)|(change|adapt|modify) as)\b",
    re.IGNORECASE,
)
PREGNANCY_LATER = (
    "The usual changes later in pregnancy (ACOG): 💙\n"
    "- After the first trimester, nothing flat on the back: on the side, propped up or seated.\n"
    "- Core: pelvic-floor and all-fours moves instead of crunches, full planks and twists.\n"
    "- Balance shifts as the bump grows: avoid fall risks.\n"
    "- Don't overheat.\n"
    "- Listen to the body and ease off when needed.\n"
    "Stop and call the maternity team with bleeding, fluid leaking, contractions, dizziness, chest pain or the baby "
    "moving less."
)
PREGNANCY_SOURCE = (
    "ACOG Committee Opinion 804, Physical Activity and Exercise During Pregnancy and the Postpartum Period (2020)"
)
CARDIAC = (
    "Because of the symptoms you mentioned, I won't give you a training plan or any hard efforts for now: "
    "please see a doctor first, and tell them what happened during exercise. If chest pain, fainting, a "
    "racing or irregular heartbeat or unusual breathlessness comes back, stop at once and call your "
    "emergency number.\n"
    "Once a doctor has cleared you, gentle activity such as easy walking is usually where to restart, and "
    "I'll happily help you build back up from there. 💙"
)
CARDIAC_CONDITION = (
    "With a heart condition, or blood pressure that needs treatment, please see a doctor first (your GP, cardiologist "
    "or cardiac rehab team): they'll say what training suits you and how hard, given your heart and your medicines. "
    "Once they've said yes, I'll happily help you build up gently. Stop and get help straight away with chest pain, "
    "fainting, a racing or irregular heartbeat or unusual breathlessness. 💙"
)
CARDIAC_SOURCE = "ACSM preparticipation screening (Riebe et al., Med Sci Sports Exerc 2015); PAR-Q+"


# Curated answers written for pregnancy too, given as they are under the pregnancy floor
# Curated answers that suit a pregnancy as they are: pelvic floor work (NHS), keeping cool and drinking enough (ACOG 804: avoid overheating, stay hydrated)
PREGNANCY_TOPICS = frozenset({"pelvic_floor", "hot_weather", "hydration"})


def pregnancy_topic(turn: Turn, state: dict[str, Any] | None, found: Any) -> bool:
    """True when the curated answer `found` suits a pregnancy as it is ("when should I start pelvic
    floor exercises?") and no warning sign was named now or lately."""
    return (
        found is not None and found.id in PREGNANCY_TOPICS
        and not _WARNING_SIGN.search(turn.message) and not warned_lately(state)
    )


def pregnancy_in_message(turn: Turn) -> bool:
    """True when the message itself says the user is pregnant (then nothing is logged or planned
    from it: the answer is the pregnancy advice)."""
    return bool(_PREGNANT.search(turn.message))


def pet_pregnancy(message: str) -> bool:
    """True when the pregnancy in `message` is an animal's ("our dog is pregnant"), not the user's."""
    return bool(_PET_PREGNANT.search(message)) and not _MINE.search(message.lower().replace("\u2019", "'"))


def gentle_reply(turn: Turn, state: dict[str, Any] | None = None) -> tuple[str, str]:
    """Helios' answer, and its source, when a plan or intensity is asked for under a cardiac or
    pregnancy flag: no plan, clinician first, gentle activity only. In pregnancy, a warning
    sign named in the message puts "stop and contact your maternity team now" first."""
    if pet_pregnancy(turn.message):
        return PET_PREGNANT, "her vet (human pregnancy guidance does not apply to animals)"
    if category(turn, state) == "pregnancy":
        asked = _pregnancy_question(turn.message)
        if asked is not None and not _WARNING_SIGN.search(turn.message) and not warned_lately(state):
            source = PREGNANCY_SOURCE + "; " + _PREGNANCY_QUESTION_SOURCES[asked]
            effort = _MAX_HEART_RATE.sub(" ", turn.message)  # "is there a max heart rate": a limit asked, not a max lift
            if _pregnancy_activity_line(turn.message) is None and not _MAX_EFFORT.search(effort) and not _ALL_OUT.search(effort):
                return asked + "\n" + PREGNANCY_STOP_SIGNS, source
            # "still doing my hiit classes 5x a week, plus ramadan starts next week": the fast, then the training asked
            return asked + "\n\n" + _pregnancy_advice(turn, state), source
        return _pregnancy_advice(turn, state), PREGNANCY_SOURCE
    if _HAPPENING_NOW.search(turn.message) and (
        symptom_in_message(turn.message) == "cardiac" or (state or {}).get("floor", {}).get("category") == "cardiac"
    ):
        return CARDIAC_NOW, CARDIAC_SOURCE
    if turn.safety is not None and turn.safety.rule_id == "cardiac.known_condition" and not symptom_in_message(turn.message):
        # "im 65 and have high blood pressure can i lift weights": a condition told, no symptom
        return CARDIAC_CONDITION, CARDIAC_SOURCE
    return CARDIAC, CARDIAC_SOURCE


def _pregnancy_advice(turn: Turn, state: dict[str, Any] | None) -> str:
    """Helios' pregnancy answer (its source is PREGNANCY_SOURCE): the activity or effort named
    first, the changes later on, the kit, the signs, or the essentials."""
    advice = PREGNANCY
    if (named := _pregnancy_activity_line(turn.message)) is not None:
        if _HOW_LONG.search(turn.message):
            named += " " + PREGNANCY_HOW_LONG
        advice = named + "\n\n" + advice
    if _MAX_EFFORT.search(turn.message):
        advice = PREGNANCY_NO_MAX + "\n\n" + advice
    elif _ALL_OUT.search(turn.message):
        advice = PREGNANCY_NO_ALL_OUT + "\n\n" + advice
    elif _START_ASK.search(turn.message) and not _WARNING_SIGN.search(turn.message):
        advice = PREGNANCY_START + "\n\n" + advice
    if LATER_ASK.search(turn.message) and not _WARNING_SIGN.search(turn.message) and not BRING.search(turn.message):
        # "anything she should change as she gets further along?": the changes, then the signs to stop for
        return PREGNANCY_LATER
    if BRING.search(turn.message) and not _WARNING_SIGN.search(turn.message):
        # "anything to bring with us on longer ones?": the kit, then the signs to stop for
        lines = PREGNANCY.split("\n")
        return PREGNANCY_KIT + "\n" + lines[3].removeprefix("- ")
    if named is not None and advice == named + "\n\n" + PREGNANCY and not _SIGNS_ASKED.search(turn.message) and (named == PREGNANCY_CRUNCHES or not _MORE_ASKED.search(turn.message)) and not (
        _WARNING_SIGN.search(turn.message) or warned_lately(state)
    ):
        # "is scuba diving ok?", "can I keep swimming?": the verdict and the signs to stop for, not the whole talk
        fine = named.endswith(_SIGNS_BELOW)
        if fine and (_YES_NO.search(turn.message) or turn.message.rstrip().endswith("?")):
            named = "Yes, usually. " + named  # "can I keep jogging gently?": the verdict first
        named = named.replace(_SIGNS_BELOW, ".")
        if fine and _KEEP_ASKED.search(turn.message):
            named += " " + PREGNANCY_KEEP_ACTIVE  # "can I just keep going as normal?": those who did it before usually can
        elif not fine and _CONTACT_ASKED.search(turn.message):
            named += " " + PREGNANCY_STOP_CONTACT  # "can I keep sparring til I start showing?": no, now
        if not named.startswith("After the first trimester") and "flat on your back" not in named:
            named += " After the first trimester, avoid exercises lying flat on your back."
        return named + "\n" + PREGNANCY_STOP_SIGNS
    if _SIGNS_ASKED.search(turn.message):
        lines = advice.split("\n")
        advice = "\n".join([lines[3].removeprefix("- "), lines[0], lines[1], lines[2], lines[4]])
    if _WARNING_SIGN.search(turn.message):
        return STOP_NOW + "\n\n" + advice
    if warned_lately(state):
        return STILL_NOW + "\n\n" + advice
    if advice == PREGNANCY:
        return PREGNANCY_SHORT  # "I'm pregnant, what exercise is ok?": the essentials
    return advice


# Symptoms going on as they write ("in class right now", "it hasn't eased"), or the question of
# getting home with them: stop, emergency number now, nobody drives themselves.
_HAPPENING_NOW = re.compile(
    r"\b(right now|at the moment|still (sat|sitting|on|there|going|here|feel\w*|have|got)|hasn'?t (eased|gone|stopped|passed)|"
    r"won'?t (ease|go away|stop)|in class|mid (class|session|run|workout)|"
    r"drive (myself|home)|driving (myself|home)|make a fuss|see how i feel|wait (it out|and see))\b",
    re.IGNORECASE,
)
CARDIAC_NOW = (
    "Please stop now and call your emergency number (999 in the UK, 112 in Europe, 911 in the US) for an ambulance: "
    "chest tightness or pressure, especially with a heavy or numb arm, needs checking straight away, during exercise "
    "or after it. Don't drive yourself and don't wait to see how you feel: sit down, tell the instructor or someone "
    "near you, and let the ambulance come to you. Making a fuss is exactly right here. 💙"
)


_SIGNS_ASKED = re.compile(r"\b(signs?|symptoms?|when (should|do|must) i stop|warning)\b", re.IGNORECASE)
WARNED_HOURS = 24  # after a pregnancy warning sign, the follow-ups lead with "contact them now" for this long


# A heart-rate limit asked in pregnancy ("what heart rate should I stay under?"): ACOG 804 gives none now, the talk test instead
_HEART_RATE_ASKED = re.compile(r"\b(heart ?rate|hr|bpm|pulse|beats? (a|per) minute|frecuencia card[ií]aca|fréquence cardiaque|puls)\b", re.IGNORECASE)
PREGNANCY_HEART_RATE = (
    "There's no heart-rate number to stay under in pregnancy any more: ACOG dropped the old 140 bpm limit, as "
    "pregnancy changes your heart rate. Use the talk test instead: keep to an effort where you can still hold a "
    "conversation, and ease off if you can't."
)
# A Ramadan fast in pregnancy ("fasting for ramadan, can I still train?"; intermittent fasting is not this)
_FASTING_ASKED = re.compile(r"\b(ramadan|ramazan|ramzan|ramadhan|sawm|roza|rozay|iftar|suhoor|sehri|sahur)\b", re.IGNORECASE)
PREGNANCY_FASTING = (
    "Pregnancy is one of the reasons Islam allows you not to fast (the days can be made up later), so talk it through "
    "with your midwife or doctor first. If you do fast, keep activity gentle (a short walk, pregnancy yoga) and do it "
    "after iftar rather than while fasting, drink plenty between iftar and suhoor, and stop if you feel dizzy or faint."
)
_MAX_HEART_RATE = re.compile(r"\bmax(?:imum)?\s+(?=heart ?rate|hr\b|bpm|pulse)", re.IGNORECASE)
_PREGNANCY_QUESTION_SOURCES = {
    PREGNANCY_HEART_RATE: "ACOG 804 on heart-rate limits and the talk test",
    PREGNANCY_FASTING: "NHS: Ramadan and pregnancy; British Islamic Medical Association: Ramadan and pregnancy guidance",
}


def _pregnancy_question(message: str) -> str | None:
    """The short answer to a heart-rate limit or a fast asked about in pregnancy, or None."""
    if _FASTING_ASKED.search(message):
        return PREGNANCY_FASTING
    if _HEART_RATE_ASKED.search(message):
        return PREGNANCY_HEART_RATE
    return None


def warning_in_message(message: str) -> bool:
    """True when the message names one of ACOG's reasons to stop exercising in pregnancy."""
    return bool(_WARNING_SIGN.search(message))


def warned_lately(state: dict[str, Any] | None) -> bool:
    """True when a pregnancy warning sign was named in the last WARNED_HOURS hours."""
    floor = (state or {}).get("floor")
    warned = records.parse_iso(floor.get("warned_at")) if isinstance(floor, dict) else None
    return warned is not None and (records.now() - warned).total_seconds() < WARNED_HOURS * 3600


STOP_NOW = (
    "Please stop exercising and contact your midwife, maternity unit or doctor now, today rather than "
    "tomorrow: what you describe is one of the signs ACOG lists as a reason to stop and get checked. If it "
    "is heavy, or you feel unwell, call your emergency number."
)
STILL_NOW = (
    "What you described earlier is one of the signs ACOG lists as a reason to stop and get checked, so please "
    "contact your midwife, maternity unit or doctor now rather than waiting for it to pass, even if your due date "
    "is still weeks away. If it is heavy, or you feel unwell, call your emergency number."
)

ED_GENTLE = (
    "I'm glad you want to move, and I care about how you're feeling, so I won't give you numbers or a "
    "plan to burn food off: exercise shouldn't have to make up for eating. Movement you enjoy, like a walk with a "
    "friend, an easy swim or a gentle yoga class, is good for your mood and sleep just as it is. Since food and "
    "your body sound hard right now, please talk to someone you trust or your doctor; an eating-disorder helpline "
    "such as Beat (UK) or ANAD (US) can help too, and you're not alone in this. 💙"
)
ED_SOURCE = "Beat and NEDC guidance on talking about eating disorders (no numbers, signpost support)"

# Right after the guard answered self-harm (or while its flag is up), a request for a harder or
# any workout gets no plan: exercise used to punish or to replace hurting oneself is still harm.
SELF_HARM_GENTLE = (
    "I care about you, and I won't give you a harder workout to use instead of hurting yourself: you deserve "
    "support, not a punishment. You're not alone with this: "
    "please talk to someone you trust or your doctor, or a free helpline for your country (findahelpline.com, "
    "any time). If you might act on these thoughts, call your local emergency number (112 in Europe). When "
    "you're ready, I'm happy to help with gentle movement you enjoy. 💙"
)
# After the guard's answer, "pls dont send me hotline numbers, ive seen them all. i just want to
# lift": no lecture and no punishing session, the support said once, the door left open.
SELF_HARM_NO_LECTURE = (
    "Okay, I hear you, and I won't lecture you. I'm glad the gym helps, and I'm here with you. I'll say it once: "
    "if it gets worse, your local emergency number (112 in Europe) or findahelpline.com is there any time, and so "
    "is someone you trust. I won't give you a punishing session, but I'm happy to help with steady training you "
    "enjoy. 💙"
)
_DECLINES = re.compile(
    r"\b(dont|do not|stop|no more|not another|quit|without)\b.{0,25}\b(send\w*|giv\w*|lectur\w*|number|numbers|"
    r"hotlines?|helplines?|lines|crisis|therapy|therapist)\b|\b(seen|tried|called|rung|done) (them|those|all (of )?(them|those))\b|"
    r"\bnot (interested in|calling|ringing) (a |any )?(hotline|helpline|line|number)s?\b"
)
# "can we just talk about my workout instead": the user steering away from the support, heard, not lectured
CHANGES_SUBJECT = re.compile(
    r"\b(talk|chat) about (something else|my \w+|the \w+|training|workouts?|exercise)\b.{0,15}\binstead\b|"
    r"\b(change the subject|talk about something else)\b|"
    # "anyway whats a good leg workout": moving on, not asking for a harder session
    r"^\W*(?:ok(?:ay)? |so |but )?(?:anyway|anyways|moving on|regardless|whatever|nvm|never mind)\b"
)
TRAINING_WORDS = re.compile(r"\b(lift|lifting|train|training|gym|weights|work ?out|workout|exercise|run|running|session)\b")


def declines_support(message: str) -> bool:
    """"pls dont send me hotline numbers, ive seen them all": the user pushing back on the support."""
    return bool(_DECLINES.search(message.lower().replace("'", "").replace("’", "")))


SELF_HARM_SOURCE = "Samaritans and NHS guidance on responding to self-harm (listen, no judgement, signpost support)"


def self_harm_flag(turn: Turn) -> bool:
    """True when the guard flagged self-harm in this turn or answered it just before."""
    if turn.safety is not None:
        return turn.safety.category == "self_harm"
    return guard_category(turn.history) == "self_harm"


# In pregnancy (ACOG CO 804): contact sports and activities with a high risk of falling or of
# being hit are best avoided, and so are exercises lying flat on the back after the first
# trimester, scuba diving and hot yoga or pilates; most other activity is fine at a moderate
# effort in an uncomplicated pregnancy.
_AVOID_IN_PREGNANCY = {
    "soccer", "rugby", "american_football", "ice_hockey", "field_hockey", "boxing", "martial_arts", "wrestling",
    "basketball", "downhill_skiing", "climbing", "gymnastics", "skateboarding", "inline_skating", "ice_skating",
    "water_polo", "surfing", "trampoline", "mountain_biking",
}
_ON_THE_BACK = re.compile(
    r"\b(bench press|chest press|crunch\w*|sit[ -]?ups?|glute bridges?|dead bugs?|leg raises?|skull crushers?|"
    r"lying on (my|your|the) back|on my back|supine)\b",
    re.IGNORECASE,
)
_DIVING = re.compile(r"\b(scuba|diving|dive|dives|padi)\b", re.IGNORECASE)
# Curl-ups of the trunk: lying on the back and straining the front of the tummy
_CRUNCHES = re.compile(r"\b(crunch\w*|sit[ -]?ups?|situps?|ab curls?|curl[ -]?ups?|v[ -]?ups?|jack ?knives?|toes to bar|abdominales|abdos?|bauchpressen?)\b", re.IGNORECASE)
PREGNANCY_CRUNCHES = (
    "Sit-ups and crunches are best swapped out in pregnancy: the NHS advises against lying flat on your back for long "
    "after about 16 weeks (the bump presses on a main blood vessel and can make you faint), and crunches can widen "
    "a tummy gap (the stomach muscles parting). Core work that suits: pelvic floor exercises, all-fours moves like "
    "bird dog, and standing or side-lying work."
)
_HOT = re.compile(r"\b(hot yoga|bikram|hot pilates|scuba|diving)\b", re.IGNORECASE)


# Training words in the languages the guard reads pregnancy in ("puedo hacer ejercicio?", "je peux
# nager ?", "darf ich noch Sport machen?"), besides the activities the Compendium names.
_ACTIVITY_WORDS = re.compile(
    r"\b(exercis\w*|work ?out|workouts?|train|training|gym|sports?|activity|activities|fitness|class|classes|"
    r"ejercicio\w*|deportes?|entrenar|entreno|gimnasio|nadar|correr|caminar|"
    r"exercices?|natation|nager|courir|entra[iî]n\w*|"
    r"trainieren|schwimmen|laufen|joggen|radfahren|"
    r"esercizi\w*|allenar\w*|nuotare|exerc[ií]cios?|treinar|academia|ginásio)\b",
    re.IGNORECASE,
)


# A pregnancy said and nothing else: "I'm pregnant", "I'm 28 weeks pregnant", "just found out im pregnant!! 🎉".
_JUST_PREGNANT = re.compile(
    r"^\W*(?:(?:so|well|hi|hey|ok|okay|yay|omg|guess what|good news|big news|news|just so you know|fyi|btw|update)\W+)*"
    r"(?:i\s+)?(?:just\s+|recently\s+)?(?:found out\s+|learned\s+)?(?:that\s+)?(?:i'?m|i am|im)\s+(?:now\s+|currently\s+|finally\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s*(?:weeks?|wks?|months?)\s+)?(?:pregnant|expecting)"
    r"(?:\s+(?:with twins|again|now|with (?:my|our) (?:first|second|third)(?: baby| child)?))?[\W_]*$",
    re.IGNORECASE,
)


def asks_activity_in_pregnancy(message: str) -> bool:
    """A message saying a pregnancy and naming an activity, an exercise or training ("I'm pregnant,
    is scuba diving ok on holiday?", "estoy embarazada, puedo hacer ejercicio?"): Helios' pregnancy
    answer, whoever else the words might suit."""
    from agenthost_helios import compendium, entries, languages, library

    if not _PREGNANT.search(message):
        return False
    if _JUST_PREGNANT.match(message):
        return True  # "I'm 28 weeks pregnant", "just found out im pregnant!!": what staying active looks like now
    if _HOT.search(message) or _ON_THE_BACK.search(message) or _ACTIVITY_WORDS.search(message):
        return True
    text = entries.canonical(languages.translate(message))
    return compendium.activity_in_text(text) is not None or library.exercise_in_text(text) is not None


def _pregnancy_activity_line(message: str) -> str | None:
    """What ACOG says about the activity or exercise the message names, first; or None."""
    from agenthost_helios import compendium, entries, library
    from agenthost_helios.text import normalise

    text = entries.canonical(message)
    if _DIVING.search(message) and not re.search(r"\b(hot yoga|bikram|hot pilates)\b", message, re.IGNORECASE):
        return ("Scuba diving is best avoided for the whole pregnancy: ACOG advises against it because the baby is at "
                "risk of decompression sickness (gas bubbles). Snorkelling on the surface or swimming are good swaps.")
    if _HOT.search(message):
        return ("Hot yoga or pilates and scuba diving are best avoided in pregnancy (overheating; pressure changes). "
                "Regular yoga or pilates at a comfortable temperature is fine.")
    if _CRUNCHES.search(message):
        return PREGNANCY_CRUNCHES
    if _ON_THE_BACK.search(message):
        return ("After the first trimester, swap exercises done lying flat on your back for versions on an incline, "
                "on your side or standing (an incline press, standing cable or band work, side-lying leg work).")
    activity = compendium.activity_in_text(text)
    if activity is not None and activity.id in _AVOID_IN_PREGNANCY:
        said = compendium.pattern().search(normalise(text))
        name = said.group(0).capitalize() if said else activity.name
        return (f"{name} is best paused in pregnancy: ACOG advises avoiding contact sports and activities "
                "with a high risk of falling or being hit. Swimming, stationary cycling, brisk walking and pregnancy "
                "yoga or pilates are good swaps.")
    exercise = library.exercise_in_text(text)
    named = exercise.name.lower() if exercise else (activity.name.lower() if activity else None)
    if named and named not in ("general exercise",):
        lifting = (exercise is not None and exercise.category in ("strength", "core", "plyometric")) or (
            exercise is None and activity is not None and activity.id in entries.STRENGTH
        )
        how = (
            "lighter weights, breathe out on each effort (no breath-holding)" if lifting
            else "at a pace where you can still talk, not getting too hot, drinking plenty"
        )
        return (f"In an uncomplicated pregnancy, {named} is generally fine at a moderate effort if it feels "
                f"comfortable: {how}, and stop with any of "
                "the warning signs below. Check with your midwife or doctor, especially if it's new to you.")
    return None
