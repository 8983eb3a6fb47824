"""The red-flag rules: one function per category, each reading a normalised `Text`.

Every rule needs two things together, never a keyword alone: a symptom and exercise, rest or
"now" (cardiac); a behaviour and the person who does it or its purpose (eating disorders:
"water pills to get lighter", missed periods with restriction); a warning sign and a pregnancy
(pregnancy; tightenings only when regular or painful); thoughts of suicide or self-harm and the
person who has them, raised to an emergency by a plan, a time or means at hand (self-harm).
Each skips negations ("no chest pain"), hypotheticals for symptoms ("what if I get dizzy?"),
figures of speech ("leg day made me want to die lol", "passed out on the couch"), muscle
soreness ("sore two days after bench"), a chest tight with a cold, prescribed medicines,
routines ("take all my pills at once or spread them out?"), diet cuts and general questions
("what are the signs of a heart attack?"). A rule returns `Finding`s; the guard picks the worst.
"""

from __future__ import annotations

import re
from attrs import evolve

from host.safety import lexicon as lx
from host.safety.numbers import GOAL_WEIGHT_TRIGGER, INTAKE_PATTERNS, daily_intakes, goal_weights, loss_rates
from host.safety.concepts import TRIGGER as CONCEPT_TRIGGER
from host.safety.concepts import WOUND_CARE, WOUND_SERIOUS, concepts
from host.safety.findings import Facts, Finding, Limits, any_of, live_hits, overlaps
from host.safety.text import Hit, Person, Text, nearest_subject

CATEGORIES = ("cardiac", "eating_disorder", "pregnancy", "self_harm")


def language_of(text: Text) -> str:
    """The language a short message is most likely in ("vivo en Madrid" -> "es"), or "" for English
    or when no other language has more of its everyday words in it."""
    counts = {code: len(text.find(pattern)) for code, pattern in lx.LANGUAGE_WORDS.items()}
    best = max(counts, key=lambda code: counts[code])
    if counts[best] == 0 or list(counts.values()).count(counts[best]) > 1:
        return ""
    english = len(text.find(lx.ENGLISH_WORDS))
    if best == "pl":  # "dusiłam się na rowerze i kłuło mnie": the Polish "i", not the English one
        english -= len(text.find(lx.ENGLISH_IN_POLISH))
    return best if counts[best] > english else ""


def home_of(language: str, text: Text) -> str:
    """The region a message in `language` points to by its words ("passadeira" -> "PT"), or ""."""
    if language != "pt":
        return ""
    variants = [code for code, pattern in lx.PORTUGUESE_VARIANT.items() if text.has(pattern)]
    return variants[0] if len(variants) == 1 else ""


_OWN = frozenset("i im ive id my myself".split())


def _who(text: Text, hit: Hit) -> Person:
    """The person a hit is about, reading a reflexive in it first ("starving herself")."""
    reflexive = hit.groups.get("who")
    if reflexive in ("myself", "my self", "me", "ourselves"):
        return "first"
    if reflexive in ("herself", "himself", "themselves", "themself"):
        return "third"
    if reflexive == "yourself":  # "how do you make yourself sick": asking how, for oneself
        return "first" if text.is_question() or text.is_request() else "none"
    if any(token in _OWN for token in hit.matched.split()):
        return "first"  # "my partner said I was out for a few seconds": the hit names its subject
    return text.person(hit)


def _sentence_has(text: Text, hit: Hit, pattern: str) -> bool:
    return Text(" ".join(text.sentence_of(hit))).has(pattern)


def _around_has(text: Text, hit: Hit, pattern: str) -> bool:
    """`pattern` in the hit's sentence outside the hit ("a strap being pulled tight across my
    chest" is not a pulled muscle)."""
    sentence = " ".join(text.sentence_of(hit))
    return Text(sentence.replace(hit.matched, " , ", 1)).has(pattern)


# --- cardiac --------------------------------------------------------------------------------------

_COLLAPSED = (
    r"not breathing|isnt breathing|stopped breathing|unconscious|unresponsive|not responding|wont wake up|"
    r"not waking up|isnt waking up|cant wake (?:him|her|them)|"
    r"(?:just|has|have) collapsed|collapsed (?:and|now|on the)|(?:is|s) collapsing|"
    # went down and is twitching or not answering: a cardiac arrest can look like a fit (Resuscitation Council UK)
    r"(?:went down|gone down|dropped|collapsed|fell|fainted|passed out|blacked out|hit the (?:deck|floor|ground)|on the (?:grass|ground|floor|pitch|track|mat|court))(?: [a-z,]+){0,12}? "
    r"(?:twitching|jerking|shaking|fitting|seizing|gasping|not (?:really )?(?:answering|responding|moving|making sense)|isnt (?:answering|responding|moving)|wont (?:answer|respond))"
)


# Someone else's chest pain long past is their history, for their doctor, not a new warning sign.
_LONG_AGO = r"last (?:year|month|winter|summer|spring|autumn)|(?:years?|months) ago|in the past|used to|history of|recovered|since (?:then|his|her) (?:op|operation|stent|bypass)"
# "coach collapsed during practice, kids are panicking": now, unless told afterwards ("collapsed during sprints on
# tuesday, came round after a few seconds": the doctor before he plays again, not the emergency call)
_COLLAPSED_DURING = r"collapsed (?:during|mid|in the middle of)"
_TOLD_AFTERWARDS = (
    lx.PASSED + "|" + _LONG_AGO + r"|yesterday|last (?:night|week)|this morning|earlier|the other day|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"came (?:round|to|around)|got (?:back )?up|(?:said|says|felt|feels) (?:he|she|they)? ?(?:was|were|is|are|felt|feel)? ?(?:fine|ok|okay|alright)|was out for|(?:a|one) (?:few|couple of) (?:seconds|minutes) ago"
)


def client_notes(text: Text) -> bool:
    """A trainer's or coach's notes on someone they train, with no symptom of the writer's own
    ("Client M, 52, session notes: ... said pressure in chest"): what they describe is the client's."""
    return text.has(lx.CLIENT_NOTES) and not text.has(r"i|im|ive|me|my (?:chest|heart|arm|jaw|breathing)")


# A heart rate of 190 or more read or felt ("watch said 210 bpm"), and an easy effort or the heart felt beside it.
_VERY_FAST_RATE = r"(?:19\d|2\d\d) ?(?:bpm|beats(?: a| per)? (?:minute|min))|(?:heart ?rate|hr|pulse) (?:of |was |at |hit |went to |is )*(?:19\d|2\d\d)(?![0-9])"
_EASY_OR_FELT = (
    r"just walking|walking|at rest|sitting|lying|in bed|doing nothing|asleep|easy|slow|gentle|warm ?up|"
    r"fluttery|flutter\w*|pounding|thumping|dizzy|light ?headed|faint|chest|breathless|wouldnt (?:slow|settle|come down)"
)


def cardiac(text: Text, facts: Facts, limits: Limits) -> list[Finding]:
    """Chest pain, fainting, palpitations or unusual breathlessness, with exercise or now."""
    found: list[Finding] = []
    # "not during exercise", "never when I train": the exercise is named to rule it out
    exercise = any(not text.negated(hit, reach=2) for hit in text.find(lx.EXERCISE))
    now = text.has(lx.NOW) and not text.has(any_of(r"(?:every |every now and then|now and (?:then|again))", lx.PASSED))
    # "it's better now but not gone, gonna ride home": still there, or getting home alone (AHA: don't drive yourself)
    now = now or text.has(any_of(lx.STILL_PRESENT, lx.GOING_HOME_ALONE))
    urgent_signs = text.has(any_of(lx.SPREADING, lx.CARDIAC_COMPANIONS))

    for hit in live_hits(text, lx.HEART_ATTACK, unless=r"(?:gave|give|giving|nearly had|almost had|will have|gonna have) (?:me )?a heart attack|" + lx.HEART_ATTACK_WORRY):
        if not text.hypothetical(hit) and not (text.has(lx.HUMOUR) and text.has(r"feel like|felt like")):
            person = text.person(hit)
            found.append(Finding("cardiac", "emergency", "cardiac.heart_attack", "cardiac_bystander" if person == "third" else "cardiac_emergency"))

    if text.has(_COLLAPSED) or text.has(_COLLAPSED_DURING) and not text.has(_TOLD_AFTERWARDS):
        hit = (text.find(any_of(lx.COLLAPSE_NOW, "collapsing", lx.DOWN_NOT_ANSWERING)) or [None])[0]
        if hit is not None and not text.negated(hit) and text.person(hit) == "third":
            came_round = text.has(lx.CAME_ROUND) and not text.has(lx.DOWN_NOT_ANSWERING)
            found.append(Finding("cardiac", "emergency", "cardiac.collapse_bystander", "cardiac_bystander", detail="came_round" if came_round else "collapsed"))

    for hit in live_hits(text, lx.CLUTCHING):
        person = "first" if hit.groups.get("whose") == "my" else "third"
        if person == "third":
            found.append(Finding("cardiac", "emergency", "cardiac.chest_bystander", "cardiac_bystander"))
        elif person == "first" and not text.hypothetical(hit):
            found.append(Finding("cardiac", "emergency" if now or urgent_signs else "urgent", "cardiac.chest", "cardiac_emergency" if now or urgent_signs else "cardiac_urgent", detail="chest pain"))

    chest_wall = text.has(lx.TENDER_WALL) and text.has(lx.TENDER_WALL_CAUSE) and not urgent_signs and not text.has(any_of(lx.BREATHLESS, lx.DIZZY, lx.FAINT, lx.PALPITATIONS))
    for hit in live_hits(text, lx.CHEST, unless=lx.CHEST_NOT):
        if text.hypothetical(hit) or _around_has(text, hit, any_of(lx.MUSCLE, lx.RESPIRATORY)) or text.has(lx.DELAYED) or chest_wall:
            continue
        if text.has(r"heartburn|reflux|indigestion|spicy|acid") and not exercise:
            continue
        person = "first" if any(token in _OWN for token in hit.matched.split()) else text.person(hit)
        if person == "none":
            continue
        notes = client_notes(text)
        if notes:
            person = "third"  # "Client M, 52: sled push, said pressure in chest, went after 5 min rest"
        if person == "third":
            if now or urgent_signs:
                found.append(Finding("cardiac", "emergency", "cardiac.chest_bystander", "cardiac_bystander"))
            elif (_sentence_has(text, hit, lx.EXERCISE) or notes) and not text.has(_LONG_AGO):
                # "my husband got a tight chest on his ride, it went when he stopped": theirs, told afterwards
                found.append(Finding("cardiac", "urgent", "cardiac.chest_other", "cardiac_check"))
            continue
        if now or urgent_signs:
            found.append(Finding("cardiac", "emergency", "cardiac.chest_now", "cardiac_emergency"))
        else:
            found.append(Finding("cardiac", "urgent", "cardiac.chest_exercise" if exercise else "cardiac.chest", "cardiac_urgent", detail="chest pain with exercise" if exercise else "chest pain"))

    companions = text.has(any_of(lx.CHEST, lx.DIZZY, lx.BREATHLESS, lx.PALPITATIONS))
    for hit in live_hits(text, lx.FAINT, unless=lx.FAINT_NOT):
        if text.hypothetical(hit) or _who(text, hit) != "first" or text.has(lx.RESTRICTING):
            continue  # fainting from starving is the eating-disorder rule's
        if exercise or companions or text.has(r"for no reason|randomly|keep (?:fainting|passing out|blacking out)|again"):
            found.append(Finding("cardiac", "urgent", "cardiac.fainting", "cardiac_urgent", detail="fainting with exercise"))

    dizzy = live_hits(text, lx.DIZZY) if exercise else []
    if dizzy and not text.has(lx.RESTRICTING):
        for hit in dizzy:
            if not text.hypothetical(hit) and _who(text, hit) == "first" and _sentence_has(text, hit, lx.BALANCE_LOST):
                found.append(Finding("cardiac", "urgent", "cardiac.dizzy_fall", "cardiac_urgent", detail="dizziness that makes you lose your balance"))
                break

    for hit in live_hits(text, lx.PALPITATIONS, unless=lx.PALPITATIONS_NOT):
        if text.hypothetical(hit) or _who(text, hit) != "first":
            continue
        if exercise or text.has(any_of(lx.CHEST, lx.DIZZY, lx.FAINT, lx.BREATHLESS)):
            found.append(Finding("cardiac", "urgent", "cardiac.palpitations", "cardiac_urgent", detail="an irregular or fluttering heartbeat with exercise"))

    for hit in live_hits(text, lx.RACING):
        if text.hypothetical(hit) or _who(text, hit) != "first":
            continue
        if text.has(lx.RACING_BAD) or text.has(any_of(lx.DIZZY, lx.FAINT)):
            found.append(Finding("cardiac", "urgent", "cardiac.racing_heart", "cardiac_urgent", detail="a racing heart that won't settle"))

    # "my smartwatch said 210 bpm while I was just walking, and I felt fluttery": a rate near or past a maximum
    # at an easy effort, or with the heart felt fluttering (AHA: palpitations with a very fast rate at rest)
    for hit in live_hits(text, _VERY_FAST_RATE):
        if not text.hypothetical(hit) and _who(text, hit) != "third" and text.has(_EASY_OR_FELT):
            found.append(Finding("cardiac", "urgent", "cardiac.racing_heart", "cardiac_urgent", detail="a very fast heartbeat at an easy effort"))

    humour = text.has(lx.HUMOUR)
    swelling = text.has(lx.SWELLING)
    for hit in live_hits(text, lx.BREATHLESS):
        if humour or text.hypothetical(hit) or _who(text, hit) != "first":
            continue
        light_effort = text.has(lx.LIGHT_EFFORT) and text.has(any_of(lx.CHANGE, lx.CHEST, lx.PALPITATIONS, lx.DIZZY))
        light_effort = light_effort or text.has(lx.BREATHLESS_COMPARED) and text.has(any_of(lx.CHEST, lx.PALPITATIONS, lx.DIZZY, lx.BREATHLESS_BAD))
        if swelling:
            found.append(Finding("cardiac", "urgent", "cardiac.breathless_swelling", "cardiac_urgent", detail="breathlessness with swollen ankles or legs"))
        elif text.has(lx.BREATHLESS_BAD) or light_effort or (exercise and text.has(any_of(lx.DIZZY, lx.FAINT, lx.PALPITATIONS))):
            jaw = " with jaw or arm pain" if text.has(lx.ARM_JAW) else ""  # "breathless, and my jaw was aching on the way up"
            found.append(Finding("cardiac", "urgent", "cardiac.breathless", "cardiac_urgent", detail=f"unusual breathlessness{jaw}"))

    if not found and exercise:
        for hit in live_hits(text, lx.ARM_JAW):
            if not text.hypothetical(hit) and _who(text, hit) == "first":
                found.append(Finding("cardiac", "urgent", "cardiac.arm_or_jaw", "cardiac_urgent", detail="arm or jaw pain or numbness with exercise"))
                break
    if not found and exercise:
        for hit in text.find(lx.HEART_HISTORY):
            if not text.negated(hit) and text.person(hit) == "first":
                found.append(Finding("cardiac", "advise", "cardiac.known_condition", action="preface"))
                break
    return found


# --- eating disorders -----------------------------------------------------------------------------

_HAS_ED = r"(?:has|have|got|with|from|developed|struggling with|suffers from) (?:an )?(?:eating disorder|anorexi\w*|bulimi\w*)"


def _ed(rule: str, person: Person, reply: str = "eating_disorder") -> Finding:
    if person == "third":
        return Finding("eating_disorder", "support", rule + "_other", "eating_disorder_concern")
    return Finding("eating_disorder", "support", rule, reply)


_TAKING_THEM = re.compile(r"(?<![a-z])(?:i|im|ive|id|ill|been|started|start) (?:[a-z]+ ){0,2}?(?:taking|take|took|using|use|used|popping|pop|having|nicking|stealing|on)(?![a-z])")


_MEALS = r"(?:her |his |their )?(?:dinner|lunch|breakfast|meals|tea|supper)(?: and (?:her |his |their )?(?:dinner|lunch|breakfast|tea|supper))?"
_THEIR_MEALS_SKIPPED = (
    rf"(?:started|starting|keeps?|kept|been|always|now|often) (?:\w+ )?(?:skipping|missing|refusing|not eating|leaving) {_MEALS}|"
    rf"(?:stopped|stops|quit|refuses to|wont|doesnt) (?:eat|eating) {_MEALS}|(?:skips|skipping) (?:her |his |their )?meals"
)
_WORRY_TRAINING_OR_WEIGHT = (
    r"worr\w*|concern\w*|should i|is (?:it|this|that) normal|scared|obsess\w*|gym|exercis\w*|training|trains|work(?:s|ing)? out|running|"
    r"weight|thin|thinner|skinny|lost|losing|hid\w*|secret\w*|calorie\w*|cals|diet\w*|fat|body"
)


def eating_disorder(text: Text, facts: Facts, limits: Limits) -> list[Finding]:
    """Purging, laxatives or diuretics for weight, starving, a very low intake or a crash loss."""
    found: list[Finding] = []
    # "How do people make themselves sick?" asks for a method: answered like the asker's own.
    how_to = text.has(r"how (?:do|does|can|to|would|should)")

    for hit in live_hits(text, lx.PURGING, unless=lx.PURGE_CLEAR_OUT):
        if "chew" in hit.matched and _sentence_has(text, hit, lx.CHEW_SPIT_NOT):
            continue
        person = _who(text, hit)
        if how_to and person != "third" or how_to and not text.has(r"(?:my|our|his|her|their) [a-z]+"):
            person = "first"
        if person != "none":
            found.append(_ed("eating_disorder.purging", person))
    if text.has(any_of(lx.HABITUAL, lx.WEIGHT_PURPOSE)) and not text.has(lx.PURGING_NOT):
        for hit in live_hits(text, lx.PURGING_AFTER_MEALS):
            person = _who(text, hit)
            if person != "none":
                found.append(_ed("eating_disorder.purging", person))

    # Restriction makes laxatives, missed periods and fainting red flags; looked for only when
    # one of them is there (it is one of the longest patterns, and most messages have none).
    laxatives = live_hits(text, lx.LAXATIVE)
    missed_periods = live_hits(text, lx.AMENORRHOEA)
    fainting = live_hits(text, any_of(lx.FAINT, lx.DIZZY), unless=lx.FAINT_NOT)
    restricting = bool((laxatives or missed_periods or fainting) and live_hits(text, lx.RESTRICTING))
    if laxatives and (text.has(lx.WEIGHT_PURPOSE) or restricting) and not text.has(lx.LAXATIVE_NOT):
        for hit in laxatives:
            person = _who(text, hit)
            if person == "third" and _TAKING_THEM.search(" ".join(text.clause_before(hit))):
                person = "first"  # "I've been taking my mum's water tablets": the user takes them
            elif person != "third" and re.search(r"(?:found|find|saw|spotted|noticed|caught (?:him|her|them) with)(?: [a-z]+){0,3}$", " ".join(text.clause_before(hit))) and text.has(r"(?:in|under|from) (?:his|her|their) (?:[a-z]+ )?(?:room|bag|drawer|bin|pocket|locker|bed|car|stuff|things)"):
                person = "third"  # "I found laxatives in his room": the son takes them
            found.append(_ed("eating_disorder.laxatives", person, reply="eating_disorder_pills"))

    if text.has(any_of(lx.MAKING_WEIGHT, lx.WEIGHT_PURPOSE)) and text.first_person():
        # "sitting in the sauna in a bin bag, still 2kg to go": sweating down to make weight
        # the sauna or no water counts beside the weigh-in and a weight to lose ("MMA fight saturday, no water, sauna twice a day, the last kilo")
        drying = live_hits(text, lx.DRYING_OUT) if text.has(lx.MAKING_WEIGHT) and text.has(any_of(lx.WEIGHT_PURPOSE, r"kilos?|kgs?|lbs?|pounds|over")) else []
        drying += live_hits(text, lx.SWEATING_DOWN)
        for hit in drying:
            if _who(text, hit) != "third" and not text.hypothetical(hit):
                found.append(_ed("eating_disorder.sweating_down", "first", reply="eating_disorder_body"))

    if text.has(lx.BINGE):
        for hit in live_hits(text, lx.BURN_IT_OFF):
            person = _who(text, hit)
            if person != "none":
                found.append(_ed("eating_disorder.compulsive_exercise", person))
    if not text.has(lx.HUMOUR):
        for hit in live_hits(text, lx.COMPULSIVE_EXERCISE):
            person = _who(text, hit)
            if person != "none":
                found.append(_ed("eating_disorder.compulsive_exercise", person))
    # stress fractures beside lost periods: low energy availability (RED-S, IOC 2023), however much they eat
    if missed_periods and (restricting or text.has(any_of(lx.WEIGHT_PURPOSE, lx.ENERGY_DEFICIT, lx.BONE_STRESS))) and not text.has(lx.AMENORRHOEA_NOT):
        for hit in missed_periods:
            person = "third" if re.search(r"(?<![a-z])(?:her|his|their)(?![a-z])", hit.matched) else _who(text, hit)
            if person != "none":
                found.append(_ed("eating_disorder.missed_periods", person, reply="eating_disorder_missed_periods"))
    if text.has(lx.INSULIN_CONTEXT) and text.has(any_of(lx.WEIGHT_PURPOSE, r"weight comes off|the weight|lighter|slimmer|smaller|size")) and not text.has(lx.INSULIN_NOT):
        for hit in live_hits(text, lx.INSULIN_OMISSION):
            person = _who(text, hit)
            if person != "none" or text.is_question():
                found.append(_ed("eating_disorder.insulin", "third" if person == "third" else "first", reply="eating_disorder_insulin"))
    if restricting:
        for hit in fainting:
            person = _who(text, hit)
            if person != "none" and not text.hypothetical(hit):
                found.append(_ed("eating_disorder.fainting", person, reply="eating_disorder_fainting"))

    for hit in live_hits(text, lx.STARVING):
        person = _who(text, hit)
        if person != "none":
            found.append(_ed("eating_disorder.starving", person))
    if not text.has(lx.NOT_EATING_NOT):
        for pattern in (lx.STOP_EATING, lx.NOT_EATING):
            for hit in text.find(pattern):
                if pattern is lx.STOP_EATING and text.negated(hit):
                    continue
                person = _who(text, hit)
                if person != "none":
                    found.append(_ed("eating_disorder.not_eating", person))

    if not found:
        # Someone else has started leaving out their meals, or skips meals: beside worry, training or their weight, or
        # more than one meal, an early warning sign (Beat). A habit of one meal is not ("my husband skips lunch, busy
        # at work", "my son ... skips breakfast, normal?": tests/data/safety_near_miss.jsonl)
        for hit in live_hits(text, _THEIR_MEALS_SKIPPED):
            # "should i worry?" after it is the parent's question about the son's meals, so only what comes before counts
            if nearest_subject(text.text[: hit.start].split()) == "third" and (text.has(_WORRY_TRAINING_OR_WEIGHT) or re.search(r"meals|and (?:her |his |their )?(?:lunch|dinner|breakfast)", hit.matched)):
                found.append(_ed("eating_disorder.not_eating", "third"))
                break

    for hit in live_hits(text, lx.ED_DISCLOSURE):
        if text.has(r"(?:i was|i had|history of|recovered|in recovery|recovery from|recovering from|used to)"):
            if text.has(lx.ED_RELAPSE_SIGNS) and _who(text, hit) != "third":
                # "had anorexia at uni ... started skipping meals again": early signs of relapse, acted on now
                # "my dietitian has me on a meal plan but I want to secretly cut it down": the plan itself cut, back to that team
                team = "team" if text.has(r"meal plan|my plan|recovery plan|my portions|my snacks") and text.has(
                    r"(?:cut|cutting|trim|trimming|reduce|reducing|shrink|shrinking|skimp|skimping)(?![a-z])|secretly|in secret|without (?:anyone|anybody|nobody|no one|my \w+) (?:noticing|notices|notice|knowing|knows|finding out)") else ""
                found.append(Finding("eating_disorder", "support", "eating_disorder.relapse", "eating_disorder_relapse", detail=team))
            else:
                found.append(Finding("eating_disorder", "advise", "eating_disorder.history", action="preface"))
        else:
            found.append(_ed("eating_disorder.disclosure", "first"))
    for hit in text.find(_HAS_ED):
        if text.person(hit) == "third" and not text.negated(hit):
            found.append(_ed("eating_disorder.disclosure", "third"))
    punishing = live_hits(text, lx.PUNISH_SELF)
    if punishing and text.has(any_of(lx.BINGE_CONTEXT, lx.FOOD_TOPIC, lx.FOOD_WORDS)):
        for hit in punishing:
            found.append(_ed("eating_disorder.punishing", "third" if _who(text, hit) == "third" else "first", reply="eating_disorder_punishing"))
    for hit in live_hits(text, lx.DESERVE_HUNGER):  # "ruined my diet again, I deserve to starve"
        found.append(_ed("eating_disorder.punishing", "third" if _who(text, hit) == "third" else "first", reply="eating_disorder_punishing"))
    if not text.has(lx.HUMOUR):
        for hit in live_hits(text, lx.PUNISH_OTHER):  # "my son punishes himself with burpees"
            found.append(_ed("eating_disorder.punishing", "third"))
    for hit in live_hits(text, lx.ED_CUES):
        person = _who(text, hit)
        found.append(_ed("eating_disorder.cues", "third" if person == "third" else "first"))

    for hit, kcal in daily_intakes(text):
        if kcal < limits.min_intake_kcal and not text.negated(hit) and text.person(hit) in ("first",):
            found.append(_ed("eating_disorder.very_low_intake", "first"))
        elif kcal < limits.min_intake_kcal and text.is_request():
            found.append(_ed("eating_disorder.very_low_intake", "first"))
    if goals := goal_weights(text):
        young = text.has(lx.YOUNG) or text.has(_THEY_ARE_YOUNG)
        for hit, kilograms in goals:
            # "i'm 45kg and want to get to 40kg": a weight now above the goal says it is a loss too
            losing = text.has(_LOSING_TOWARD) or any(kilograms < now <= kilograms * 2 for now in _weights_now(text))
            if text.negated(hit) or text.hypothetical(hit) or not losing or text.has(_GAINING):
                continue
            if any(kilograms / 2 < now < kilograms for now in _weights_now(text)):
                continue  # "im 12 and want to get to 40kg, im 35": a weight to gain
            if kilograms <= limits.min_goal_weight_kg or young and kilograms <= limits.min_goal_weight_kg + YOUNG_GOAL_EXTRA_KG:
                # "im 15 and want to get down to 40kg, currently 52": a goal below a healthy weight for nearly
                # any adult height, or a teenager dieting toward one (NHS: no diets for the young without the GP)
                found.append(_ed("eating_disorder.low_goal", "third" if text.person(hit) == "third" else "first", reply="eating_disorder_low_goal"))
                if young and found[-1].reply == "eating_disorder_low_goal":
                    found[-1] = evolve(found[-1], detail="young")
    for hit, rate in loss_rates(text):
        if text.has(lx.ILLNESS) and not text.has(any_of(lx.PURGING, lx.LAXATIVE)):
            continue  # "lost 3 kg in a week with the flu"
        if Text(" ".join(text.clause_before(hit))).has(lx.NOT_A_BODY):
            continue  # "my bag needs to drop 2 kilos before the flight"
        if rate <= limits.max_loss_kg_per_week or text.negated(hit):
            continue
        if text.person(hit) == "third":
            # "my teenage daughter has lost 10 kg in a month and skips meals": the answer is for the one who worries
            found.append(_ed("eating_disorder.rapid_loss", "third"))
        elif text.person(hit) == "first" or text.is_request() or text.is_question():
            found.append(_ed("eating_disorder.rapid_loss", "first", reply="eating_disorder_loss"))
    return found


# `[safety] min_goal_weight_kg` (40: under a BMI of 18.5, WHO's underweight line, for anyone 147 cm or taller);
# for a teenager (lexicon.YOUNG), whose healthy weight the growth charts judge, this much more.
YOUNG_GOAL_EXTRA_KG = 5.0
_LOSING_TOWARD = rf"{lx.LOSS_VERB}|get down|currently|now|at the moment|thinner|skinnier|slimmer|smaller|diet\w*|goal weight|target weight|from \d+"
_GAINING = r"gain|gaining|put on|bulk\w*|bigger|heavier|underweight|too (?:skinny|thin|light)|build muscle"
# Someone else's age said as a teenager's: "my daughter is 14", "my son's 16".
_THEY_ARE_YOUNG = r"(?:is|s|turned|just turned) (?:only |just )?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)(?! ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st|weeks?|months?|cm|ft|km|k|miles?|percent))"
_WEIGHT_NOW = re.compile(r"(?:currently|im|i m|i am|now|from|weigh|at|is|shes|hes) (?:about |around |only |like )?(\d+(?:\.\d+)?) ?(?:kg|kgs|kilos?)?(?= |,|\.|$)")


def _weights_now(text: Text) -> list[float]:
    """The figures said as a weight now ("currently 52", "im 35 now", "from 75"), ages and goals among them."""
    return [float(match.group(1)) for match in _WEIGHT_NOW.finditer(text.text)]


# --- pregnancy ----------------------------------------------------------------------------------


def pregnant_in(text: Text) -> list[tuple[Hit, Person]]:
    """Mentions of a current pregnancy (the user's, someone else's, or in general), including
    signs that say one by themselves ("my waters broke", "the baby has gone quiet")."""
    mentions = [(hit, text.person(hit)) for hit in live_hits(text, lx.PREGNANT, unless=lx.NOT_PREGNANT)]
    if not text.has(lx.NOT_PREGNANT):
        mentions += [(hit, _who_of_sign(text, hit)) for hit in live_hits(text, lx.PREGNANCY_IMPLIED)]
        if text.has(lx.GESTATION_ASIDE) and any(sign in _ONLY_IN_PREGNANCY for sign, _ in _pregnancy_signs(text)):
            mentions += [(hit, _who_of_sign(text, hit)) for hit in text.find(lx.GESTATION_ASIDE)]
        elif text.has(lx.GESTATION_AT_END) and not text.has(lx.GESTATION_NOT) and _pregnancy_signs(text):
            mentions += [(hit, _who_of_sign(text, hit)) for hit in text.find(lx.GESTATION_AT_END)]
        elif text.has(lx.GESTATION_ASIDE_LATE) and not text.has(lx.GESTATION_NOT) and _pregnancy_signs(text):
            mentions += [(hit, _who_of_sign(text, hit)) for hit in text.find(lx.GESTATION_ASIDE_LATE)]
    return mentions


_ONLY_IN_PREGNANCY = ("bleeding", "leaking fluid", "reduced movement")


def _who_of_sign(text: Text, hit: Hit) -> Person:
    """A sign that says a pregnancy is someone's: "her waters broke" is hers, "waters broke" the user's."""
    if re.match(r"her ", hit.matched):
        return "third"
    before = text.text[: hit.start].rstrip()
    if before.endswith(","):
        # weeks set off as an aside after whose they are: "my wife (38 wks) has ..."
        said_of = nearest_subject(before[:-1].split(" . ")[-1].split())
        if said_of is not None:
            return said_of
    person = text.person(hit)
    return "first" if person == "none" else person


def _pregnancy_signs(text: Text) -> list[tuple[str, Hit]]:
    """Each warning sign in `text`, with the hit that shows it."""
    signs: list[tuple[str, Hit]] = []
    for sign, pattern in lx.PREGNANCY_SIGNS.items():
        for hit in live_hits(text, pattern, unless=lx.FAINT_NOT):
            sentence = Text(" ".join(text.sentence_of(hit)))
            if sign == "contractions or tummy pain" and "contraction" in hit.matched and sentence.has(lx.MILD) and not live_hits(sentence, lx.REGULAR):
                continue  # "mild, irregular contractions": Braxton Hicks
            signs.append((sign, hit))
    for hit in live_hits(text, lx.TIGHTENING):
        sentence = Text(" ".join(text.sentence_of(hit)))
        if live_hits(sentence, lx.REGULAR) and not (sentence.has(lx.MILD) and not sentence.has(r"regular\w*|every|apart|painful")):
            signs.append(("regular or painful contractions", hit))
    for hit in live_hits(text, lx.WEAKNESS):
        if text.has(lx.BALANCE):
            signs.append(("muscle weakness affecting your balance", hit))
    # "my vision goes blurry" is the headache-and-vision sign, not dizziness, when both read it
    return [(sign, hit) for sign, hit in signs if not (sign == "dizziness or feeling faint" and any(other != sign and overlaps(hit, [seen]) for other, seen in signs))]


def pregnancy_signs(text: Text) -> list[tuple[str, Hit]]:
    """Each pregnancy warning sign in `text` (public: the guard names them in a follow-up)."""
    return _pregnancy_signs(text)


def pregnancy(text: Text, facts: Facts, limits: Limits) -> list[Finding]:
    """Warning signs in pregnancy (urgent: clinician first), and training while pregnant (advise);
    after a birth, its own warning signs (`postpartum`)."""
    if after_birth := postpartum(text, facts):
        return after_birth
    mentions = pregnant_in(text)
    personal = facts.pregnant or any(person in ("first", "third") for _, person in mentions)
    if not (personal or mentions):
        return []
    found: list[Finding] = []
    if personal:
        signs = [sign for sign, hit in _pregnancy_signs(text) if not (text.hypothetical(hit) or text.person(hit) == "none" and not facts.pregnant and not mentions)]
        # breathlessness of any degree counts beside the calf (alone it is common late in pregnancy)
        if "calf pain or swelling" in signs and ("chest pain" in signs or "breathlessness" in signs or text.has(lx.BREATHLESS)):
            # a sore, swollen calf with chest pain or breathlessness may be a clot in the lung (RCOG GTG 37a, NHS): 999 now
            found.append(Finding("pregnancy", "emergency", "pregnancy.clot_lung", "pregnancy_clot_emergency"))
        elif signs:
            found.append(Finding("pregnancy", "urgent", "pregnancy.warning_sign", "pregnancy_urgent", detail=signs[0]))
    own = any(person == "first" for _, person in mentions) or facts.pregnant and not any(person == "third" for _, person in mentions)
    avoiding_gain = own and text.has(lx.AVOID_GAIN) and not text.has(lx.NOT_PREGNANT)
    # her own race for time; a PB from before the pregnancy is history, not a plan
    race = (facts.pregnant or any(person == "first" for _, person in mentions)) and (text.has(lx.RACE_FOR_TIME) or text.has(lx.RACE_EVENT) and text.has(lx.PERSONAL_BEST)) and not text.has(
        r"pre pregnancy|before (?:i was |i got |getting )?pregnant|before the (?:baby|pregnancy|bump)|used to") and not (
        # "going for a PR on my deadlifts next week": a lift's max, the max-effort answer's, not a race's
        text.has(r"deadlift\w*|squat\w*|bench\w*|lift\w*|snatch\w*|clean and jerk|powerlift\w*|weights?|1 ?rm")
        and not text.has(r"race\w*|marathon|10k|5k|half|run|running|parkrun|triathlon|ironman|sportive|time trial"))
    if race and not found and not text.has(lx.PREGNANCY_COMPLICATIONS):
        # "entered a marathon at 33 weeks, any reason I can't race it for a PB?": the clinician, and why not all-out
        return [Finding("pregnancy", "advise", "pregnancy.race", "pregnancy_race")]
    if found or not (text.has(lx.TRAINING) or text.has(lx.ENDURANCE)):
        # "I'm 12 weeks, how many calories so I don't gain?": gain is expected; no deficit in pregnancy
        return found[:1] or ([Finding("pregnancy", "advise", "pregnancy.weight", "pregnancy_weight")] if avoiding_gain else [])
    if text.has(lx.PREGNANCY_COMPLICATIONS):
        # "I have pre-eclampsia, can I still go to the gym?", "on bed rest but I want to do some squats": the
        # obstetric team first (ACOG 804's contraindications), not the agents' general pregnancy advice
        return [Finding("pregnancy", "advise", "pregnancy.complication", "pregnancy_complication", detail=complication_named(text))]
    if personal and text.has(lx.NEW_TO_EXERCISE) and text.has(lx.HARD_START):
        return [Finding("pregnancy", "advise", "pregnancy.new_start", "pregnancy_new_start", detail="hot" if text.has(r"hot yoga|bikram|hot pilates|sauna") else "")]
    if personal and text.has(lx.MAX_EFFORT):
        return [Finding("pregnancy", "advise", "pregnancy.max_effort", "pregnancy_max_effort")]
    if any(person == "first" for _, person in mentions) and text.has(lx.ENDURANCE) and (text.has(lx.KEEP_GOING_QUESTION) or text.has(lx.ENDURANCE_EVENT) and text.has(lx.ENDURANCE_PLANNING)):
        # "pregnant and training for a marathon in 8 weeks, what pace for long runs": not a race plan before the midwife
        return [Finding("pregnancy", "advise", "pregnancy.endurance", "pregnancy_endurance")]
    if avoiding_gain:  # "I'm 20 weeks, what workout burns the most so I don't put on weight?"
        return [Finding("pregnancy", "advise", "pregnancy.weight", "pregnancy_weight")]
    return [Finding("pregnancy", "advise", "pregnancy.training", action="preface")]


def complication_named(text: Text) -> str:
    """The first pregnancy complication `text` names (`lexicon.PREGNANCY_COMPLICATION_NAMES`), or ""."""
    return next((name for name, pattern in lx.PREGNANCY_COMPLICATION_NAMES.items() if text.has(pattern)), "")


# --- after a birth ---------------------------------------------------------------------------------

# Every sign after a birth as one pattern (a message with none skips the per-sign looks).
POSTPARTUM_SIGN_ANY = "|".join(f"(?:{pattern})" for _, pattern in lx.POSTPARTUM_SIGNS.values())
_THEIRS = r"(?:my|our) (?:wife|partner|girlfriend|gf|fiancee|daughter|sister|friend|bestie|niece|cousin|client|sister in law|daughter in law)|(?:she|her)(?= )|shes"


def birth_is_someone_elses(text: Text) -> bool:
    """Every birth the message mentions is someone else's ("my wife had our baby 10 days ago")."""
    mentions = text.find(lx.POSTPARTUM)
    return bool(mentions) and text.has(_THEIRS) and all(text.person(hit) == "third" for hit in mentions)


def postpartum(text: Text, facts: Facts) -> list[Finding]:
    """Warning signs in the weeks and months after a birth (CDC "Hear Her", NHS, RCOG Green-top 37a):
    heavy bleeding, chest pain or breathlessness (emergency), a sore swollen calf, a bad headache or
    vision changes, a fever, a smelly discharge, an angry wound, severe tummy pain, fainting, a swollen
    face or hands (the midwife, GP or maternity unit today); thoughts of harming the baby or losing
    touch with what is real (help now), low mood (postnatal depression: help this week)."""
    after_birth = facts.postpartum or bool(live_hits(text, lx.POSTPARTUM))
    other = birth_is_someone_elses(text)
    who = "|other" if other else ""
    pregnant = facts.pregnant or bool(live_hits(text, lx.PREGNANT, unless=lx.NOT_PREGNANT))
    harm = [hit for hit in live_hits(text, lx.HARM_TO_BABY) if not text.hypothetical(hit)]
    if after_birth and not pregnant:
        harm += live_hits(text, lx.HARM_TO_BABY_FEAR) + live_hits(text, lx.HARM_TO_BABY_SAID_OF_THEM)
    if harm:
        return [Finding("self_harm", "urgent", "self_harm.harm_to_baby", "postpartum_harm_thoughts", detail=who.lstrip("|"))]
    if not after_birth:
        return []
    if live_hits(text, lx.PSYCHOSIS_AFTER_BIRTH):
        return [Finding("self_harm", "emergency", "self_harm.postpartum_psychosis", "postpartum_psychosis", detail=who.lstrip("|"))]
    if text.could_have(POSTPARTUM_SIGN_ANY):
        signs = [
            (sign, level) for sign, (level, pattern) in lx.POSTPARTUM_SIGNS.items()
            for hit in live_hits(text, pattern, unless=lx.FAINT_NOT)
            if not text.hypothetical(hit) and (text.person(hit) != "none" or facts.postpartum or text.has(lx.POSTPARTUM))
        ]
        names = [sign for sign, _ in signs]
        if "heavy bleeding" in names:
            return [Finding("pregnancy", "emergency", "pregnancy.postpartum_bleeding", "postpartum_emergency", detail="bleeding" + who)]
        if "chest pain" in names or "breathlessness" in names:
            return [Finding("pregnancy", "emergency", "pregnancy.postpartum_clot", "postpartum_emergency", detail="clot" + who)]
        if signs:
            return [Finding("pregnancy", "urgent", "pregnancy.postpartum_sign", "postpartum_urgent", detail=names[0] + who)]
    if live_hits(text, lx.LOW_MOOD_AFTER_BIRTH):
        return [Finding("self_harm", "support", "self_harm.postnatal_depression", "postpartum_low_mood", detail=who.lstrip("|"))]
    return []


# --- self-harm and suicide -------------------------------------------------------------------------

_INFORMATIONAL = r"thinking|think about|feel|feeling|felt|been|want|wanna|keep|cant stop|urges?|plan|going to|gonna"


def _self_harm_person(text: Text, hit: Hit) -> Person:
    person = _who(text, hit)
    if person == "none" and not (text.is_question() and not text.has(_INFORMATIONAL)):
        return "first"
    return person


def _own(text: Text, hit: Hit) -> Person:
    """Whose act a preparation is: "gave away all my things" is the user's, whoever is named
    before it ("left my dog with my sister and gave away all my things")."""
    if any(token in ("my", "myself", "mine") for token in hit.matched.split()):
        return "first"
    if re.match(r"(?:and |then )?(?:written|wrote)", hit.matched):
        # "given my bikes to my nephew and written to everyone": the nephew is not who wrote
        before = " ".join(text.clause_before(hit)[-3:])
        if not re.search(r"(?<![a-z])(?:he|she|they|hes|shes|theyve|theyre|has|have)(?![a-z])", before):
            return "first"
    return _self_harm_person(text, hit)


def _diet_cut(text: Text, hit: Hit) -> bool:
    """A bare "cutting (again)" beside bulking, macros or calories is a diet phase."""
    bare = re.fullmatch(r"(?:[a-z]+ ){0,3}cut(?:ting)?(?: again)?", hit.matched) is not None
    return bare and _sentence_has(text, hit, lx.CUT_DIET)


def laughing_at_effort(text: Text) -> bool:
    """A laugh about a session or a meal, in any of the guard's languages, with no distress beside it
    ("quiero morir jajaja, el entreno de piernas me destrozó"): a wish to die said of it is hyperbole."""
    return (
        text.has(any_of(lx.HUMOUR, lx.HUMOUR_L10N)) and text.has(any_of(lx.TRAINING, lx.EFFORT_OR_FOOD, lx.EFFORT_L10N))
        and not text.has(any_of(lx.REAL_DISTRESS, lx.REAL_DISTRESS_L10N))
    )


# "no", "not really no", "honestly idk", "no not rn" to "are you safe right now?": not safe
_NOT_SAFE_ANSWER = re.compile(
    rf"(?:(?:honestly|tbh|um+|uh+|well|i mean|i guess|i think|probably|ngl|no ?one|hmm+)(?: [.,])? )*(?:{lx.NOT_SAFE})(?: [.?,!])*"
    rf"(?: (?:{lx.NOT_SAFE}|not|rn|right now|tonight|atm|at the moment|really|tbh|honestly|anymore|any more)(?: [.?,!])*){{0,3}}"
)


def self_harm(text: Text, facts: Facts, limits: Limits) -> list[Finding]:
    """Suicidal intent or thoughts, overdose, goodbyes, self-harm and indirect hopelessness; of
    the user or another."""
    found: list[Finding] = []
    figures = text.find(lx.SELF_HARM_NOT)
    # "lol" softens a wish to a check-in, unless distress stands beside it ("I want to die lol nobody would care")
    humour = text.has(lx.HUMOUR) and not text.has(lx.REAL_DISTRESS)
    # laughing at a session or a meal ("that HIIT class killed me, I want to die lol 😂 what should I eat?"): no wish at all
    joking_about_effort = humour and text.has(any_of(lx.TRAINING, lx.EFFORT_OR_FOOD))

    if facts.asked_if_safe and _NOT_SAFE_ANSWER.fullmatch(text.text.strip()):
        found.append(Finding("self_harm", "emergency", "self_harm.not_safe", "self_harm_emergency"))
    if facts.asked_about_thoughts and re.fullmatch(rf"(?:{lx.YES})(?: [a-z]+){{0,3}}(?: [.?,])*", text.text.strip()):
        found.append(Finding("self_harm", "urgent", "self_harm.thoughts_yes", "self_harm_urgent"))
    if facts.recent_self_harm and live_hits(text, lx.ESCALATION, negatable=False):
        found.append(Finding("self_harm", "emergency", "self_harm.intent_followup", "self_harm_emergency"))

    if text.has(lx.SELF_HARM_OTHER_LANGUAGES) and not (
        laughing_at_effort(text) and all(re.fullmatch(lx.HYPERBOLE_WISH_L10N, hit.matched) for hit in text.find(lx.SELF_HARM_OTHER_LANGUAGES))
    ):
        matched = [code for code, pattern in lx.SELF_HARM_BY_LANGUAGE.items() if text.has(pattern)]
        # "tenho 15 anos e me corto": "me corto" is Spanish and Portuguese; the everyday words decide
        language = max(matched, key=lambda code: len(text.find(lx.LANGUAGE_WORDS[code]))) if len(matched) > 1 else matched[0]
        found.append(Finding("self_harm", "urgent", "self_harm.other_language", "self_harm_other_language", detail=language))
        if live_hits(text, lx.STOCKPILING_L10N):  # medicines saved up beside the wish: means at hand
            found.append(Finding("self_harm", "emergency", "self_harm.stockpiling", "self_harm_other_language", detail=language))
        elif live_hits(text, lx.PLAN_L10N):  # a plan, a time or a goodbye letter beside the wish
            found.append(Finding("self_harm", "emergency", "self_harm.plan", "self_harm_other_language", detail=language))
    for hit in live_hits(text, any_of(lx.SUICIDE_INTENT, lx.OVERDOSE_DONE, lx.TIMING_ALONE)):
        if not overlaps(hit, figures) and _self_harm_person(text, hit) == "first":
            found.append(Finding("self_harm", "emergency", "self_harm.intent", "self_harm_emergency"))
    for hit in live_hits(text, lx.JUMP):
        if text.has(lx.HEIGHT) and _self_harm_person(text, hit) == "first":
            found.append(Finding("self_harm", "emergency", "self_harm.intent", "self_harm_emergency"))
    for hit in live_hits(text, lx.ACCESS):
        if text.has(lx.USE_THEM) and _self_harm_person(text, hit) == "first":
            found.append(Finding("self_harm", "emergency", "self_harm.means_at_hand", "self_harm_emergency"))
    if text.has(lx.OVERDOSE_WHAT_IF) and not text.has(lx.OVERDOSE_NOT):
        # whoever it's about: if it has happened, an emergency; if it's theirs, the lines and the question
        found.append(Finding("self_harm", "urgent", "self_harm.overdose_question", "self_harm_urgent", detail="what_if"))
    for hit in live_hits(text, any_of(lx.OVERDOSE_THOUGHT, lx.METHOD_QUESTION)):
        if _sentence_has(text, hit, lx.OVERDOSE_NOT) and not text.has(lx.METHOD_QUESTION):
            continue  # the day's pills into an organiser, with breakfast
        person = _self_harm_person(text, hit)
        if person == "third" and not text.has(lx.METHOD_QUESTION):
            found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern"))
        elif not text.hypothetical(hit) or text.has(lx.METHOD_QUESTION):
            found.append(Finding("self_harm", "urgent", "self_harm.overdose_thoughts", "self_harm_urgent"))
    for pattern, rule in ((lx.SUICIDAL, "self_harm.suicidal"), (lx.SELF_HARM, "self_harm.self_harm")):
        for hit in live_hits(text, pattern, unless=lx.SELF_HARM_ACCIDENT):
            if overlaps(hit, figures) or text.hypothetical(hit) and text.is_question() and not text.first_person() or _diet_cut(text, hit):
                continue
            if joking_about_effort and re.fullmatch(lx.HYPERBOLE_WISH, hit.matched):
                continue
            if hit.matched.endswith("kill me") and re.search(
                r"(?:^|\s)(?:he|she|they|mum|mom|mam|dad|parents|coach|wife|husband|boss|teacher)(?: would| will| d| ll| is going to| is gonna| gonna)(?: literally| actually| honestly| absolutely)?$",
                " ".join(text.clause_before(hit)),
            ):
                continue  # "she'd kill me if I dragged her to the doctor": their anger, a figure of speech
            person = _self_harm_person(text, hit)
            if hit.matched.endswith("kill me") and re.search(r"(?<![a-z])(?:i|im|someone|somebody|something)(?![a-z])", " ".join(text.clause_before(hit))):
                person = "first"  # "I want someone to kill me"
            if person == "third":
                found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern"))
            elif person == "first":
                act = "act" if rule == "self_harm.self_harm" and not humour else ""
                found.append(Finding("self_harm", "support" if humour else "urgent", rule, "self_harm_check" if humour else "self_harm_urgent", detail=act))
    for hit in live_hits(text, lx.STOCKPILING):
        if not _sentence_has(text, hit, lx.STOCKPILING_NOT):
            person = _self_harm_person(text, hit)
            found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern") if person == "third"
                         else Finding("self_harm", "urgent", "self_harm.stockpiling", "self_harm_urgent"))
    for hit in live_hits(text, lx.SELF_HARM_OTHER, unless=lx.SELF_HARM_OTHER_ACCIDENT):
        if overlaps(hit, figures) or _diet_cut(text, hit) or joking_about_effort and re.fullmatch(lx.HYPERBOLE_WISH, hit.matched):
            continue
        reflexive = re.search(r"(?<![a-z])(?:himself|herself|themselves|themself)(?![a-z])", hit.matched)
        # "ngl I've started cutting again", or no subject at all: "been cutting again lately, don't tell anyone"
        unsaid = hit.matched.split()[0] in ("been", "started") and not re.search(r"[a-z]", " ".join(text.clause_before(hit)))
        if not reflexive and (unsaid or _self_harm_person(text, hit) == "first"):
            found.append(Finding("self_harm", "support" if humour else "urgent", "self_harm.self_harm", "self_harm_check" if humour else "self_harm_urgent", detail="" if humour else "act"))
        else:
            found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern"))
    for hit in live_hits(text, lx.GOODBYE_POSTED):
        if _self_harm_person(text, hit) == "third":
            found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern"))
        else:
            found.append(Finding("self_harm", "urgent", "self_harm.goodbye", "self_harm_check"))
    for hit in live_hits(text, lx.NOT_GETTING_BETTER, negatable=False):
        if not humour:
            found.append(Finding("self_harm", "support", "self_harm.indirect", "self_harm_check"))
    for hit in live_hits(text, lx.INDIRECT, negatable=False):
        # hopelessness asked as a question ("what's the point in anything?") is the asker's own
        if not overlaps(hit, figures) and _self_harm_person(text, hit) != "third":
            found.append(Finding("self_harm", "support", "self_harm.indirect", "self_harm_check"))

    # Goodbyes and preparations: one unmistakable, two together, or one beside hopelessness.
    hopeless = any(f.rule_id in ("self_harm.indirect", "self_harm.suicidal") for f in found) or text.has(lx.HOPELESS_CONTEXT)
    # A calm resolution ("it's all planned out, I'm at peace with it") counts like a preparation;
    # settling things, farewell thanks and "won't be needing it" count only beside one of them.
    preparations = [hit for hit in live_hits(text, lx.PREPARATION) if _own(text, hit) != "third"]
    weak_preparations = [hit for hit in live_hits(text, lx.WEAK_PREPARATION) if _own(text, hit) != "third"]
    moving_on = bool(preparations or weak_preparations) and text.has(lx.PREPARATION_NOT)
    if moving_on:
        preparations, weak_preparations = [], []
    resolved = {hit.matched for hit in live_hits(text, lx.RESOLVED) if _self_harm_person(text, hit) == "first"}
    finality = [hit for hit in live_hits(text, lx.FINALITY) if _self_harm_person(text, hit) == "first"]
    weak_finality = [hit for hit in live_hits(text, lx.WEAK_FINALITY) if _self_harm_person(text, hit) == "first"]
    # a gift or a letter counts only beside something stronger ("given my bike to my nephew, sorted my will")
    if preparations or resolved or finality or weak_finality or hopeless or facts.recent_self_harm:
        preparations += [hit for hit in weak_preparations if not overlaps(hit, preparations)]
    beside = bool(preparations or resolved) and bool(
        weak_finality or text.has(lx.FAREWELL_THANKS) or not text.has(lx.PREPARATION_NOT) and text.has(lx.SETTLING)
    )
    # two preparations are not a joke, whatever "lol" follows them ("gave all my gear away, wrote to my mates, any last tips lol")
    if len(preparations) >= 2 or not humour and (
        finality
        or (preparations or resolved) and (beside or hopeless or facts.recent_self_harm)
        or preparations and resolved
        or len(resolved) >= 2
        or weak_finality and (hopeless or facts.recent_self_harm)
    ):
        found.append(Finding("self_harm", "urgent", "self_harm.goodbye", "self_harm_urgent"))

    # Someone else's goodbye or words that the family would be better off ("my mate posted 'won't be
    # around to see the summer'", "my husband said we'd all be better off"): theirs; with their plan or
    # date beside them ("he's got a plan and a date"), an emergency for the one who worries.
    theirs = live_hits(text, lx.REPORTED_BURDEN) or [hit for hit in live_hits(text, any_of(lx.FINALITY, lx.WEAK_FINALITY)) if _self_harm_person(text, hit) == "third"]
    own_thoughts = any(f.category == "self_harm" and f.rule_id != "self_harm.concern" for f in found)
    if theirs and not own_thoughts and not any(f.rule_id == "self_harm.concern" for f in found):
        found.append(Finding("self_harm", "support", "self_harm.concern", "self_harm_concern"))
    if not own_thoughts and any(f.rule_id == "self_harm.concern" for f in found) and text.has(lx.PLAN_OTHER) and not humour:
        found.append(Finding("self_harm", "emergency", "self_harm.plan_other", "self_harm_plan_other"))
    if not humour and live_hits(text, lx.ACCESS_OTHER) and not text.has(lx.OVERDOSE_NOT + r"|weekly|daily|pill ?box"):  # the pattern names them as its subject
        found.append(Finding("self_harm", "emergency", "self_harm.plan_other", "self_harm_plan_other", detail="means"))
    # A plan or a time beside thoughts of suicide makes them an emergency.
    first_person_thoughts = any(f.category == "self_harm" and f.rule_id not in ("self_harm.concern",) for f in found)
    planned = facts.recent_self_harm and text.has(lx.PLANNED_OUT)
    if ((first_person_thoughts or facts.recent_self_harm) and text.has(any_of(lx.PLAN, lx.TIMING)) or planned) and not humour:
        found.append(Finding("self_harm", "emergency", "self_harm.plan", "self_harm_emergency"))
    # The means named beside their own thoughts ("saving up my dad's painkillers ... done with everything",
    # "there's a rope in the garage and I keep thinking about it"): distance from them first.
    thing = means_named(text)
    if thing and any(f.category == "self_harm" and f.rule_id != "self_harm.concern" for f in found):
        found = [
            (evolve(f, reply="self_harm_means", detail=thing) if f.rule_id == "self_harm.stockpiling"
             else Finding("self_harm", "urgent", "self_harm.means_named", "self_harm_means", detail=thing))
            if f.category == "self_harm" and f.severity in ("support", "urgent") and f.reply in _MEANS_ANSWERS else f
            for f in found
        ]
    # Self-harm tied to eating ("after I binge I burn my arm"): the reply speaks to both.
    if any(f.rule_id == "self_harm.self_harm" and f.reply == "self_harm_urgent" for f in found) and text.has(lx.SELF_HARM_FOOD):
        found = [evolve(f, reply="self_harm_food") if f.reply == "self_harm_urgent" else f for f in found]
    return found


def with_wound_care(found: list[Finding], text: Text) -> list[Finding]:
    """Asking how to treat the wound, or saying it is deep ("best cream so it heals?", "the new ones are
    pretty deep"): first aid for a burn or a cut, when to get it seen, then support."""
    own = any(f.rule_id == "self_harm.self_harm" and f.reply in ("self_harm_urgent", "self_harm_food") for f in found) and text.has(WOUND_CARE)
    # marks hidden under clothes ("cover the marks") need first aid only when they say how bad they are
    hidden = any(f.rule_id == "self_harm.hidden_marks" and f.reply == "self_harm_urgent" for f in found) and text.has(WOUND_SERIOUS)
    if own or hidden:
        wound = "burn" if text.has(r"burn\w*|burnt|lighter|cigarettes?|straighteners|iron|hot (?:water|pan|metal)|scald\w*") else "cut"
        return [evolve(f, reply="self_harm_injury", detail=wound) if f.reply in ("self_harm_urgent", "self_harm_food") else f for f in found]
    return found


# Answers that a named means turns into the answer asking for distance from it.
_MEANS_ANSWERS = frozenset({"self_harm_urgent", "self_harm_check", "self_harm_passive", "self_harm_young"})
_OBJECTS = ("rope", "noose", "ligature", "cord", "razor", "blade", "knife", "knives")


def means_named(text: Text) -> str:
    """The means a message names ("my dad's painkillers", "a rope in the garage"), as the reply says it, or ""."""
    hits = [hit for hit in live_hits(text, any_of(lx.MEANS_NAMED, lx.STOCKPILING)) if not _sentence_has(text, hit, lx.STOCKPILING_NOT)]
    for hit in hits:
        for word in reversed(hit.matched.split()):
            if word.startswith(_OBJECTS):
                return {"razor": "blade", "knives": "knife", "noose": "rope", "ligature": "cord"}.get(word, word.rstrip("s") if word.startswith("blade") else word)
            if word in ("painkillers", "painkiller", "tablets", "tablet", "pills", "pill"):
                return {"painkiller": "painkillers", "tablet": "tablets", "pill": "pills"}.get(word, word)
            if word in ("meds", "medication", "medications", "medicine", "medicines", "prescription", "prescriptions"):
                return "medicines"
    return "pills" if hits else ""  # a medicine by its name ("paracetamol", "sertraline")


DETECTORS = {"cardiac": cardiac, "eating_disorder": eating_disorder, "pregnancy": pregnancy, "self_harm": self_harm}

# Every finding of a rule comes from a hit of one of its triggers (the patterns its loops and
# checks start from), so a message without any skips the rule: one search instead of dozens,
# and most messages have none. A rule that gains a finding must add what it starts from here;
# tests/test_safety_rules.py checks over the whole corpus that the triggers change no finding.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "cardiac": (
        lx.HEART_ATTACK, _COLLAPSED, _COLLAPSED_DURING, lx.CLUTCHING, lx.CHEST, lx.FAINT, lx.DIZZY, lx.PALPITATIONS, lx.RACING,
        lx.BREATHLESS, lx.ARM_JAW, lx.HEART_HISTORY, _VERY_FAST_RATE,
    ),
    "eating_disorder": (
        lx.PURGING, lx.PURGING_AFTER_MEALS, lx.LAXATIVE, lx.COMPULSIVE_EXERCISE, lx.AMENORRHOEA, lx.FAINT, lx.DIZZY,
        lx.STARVING, lx.STOP_EATING, lx.NOT_EATING, _THEIR_MEALS_SKIPPED, lx.ED_DISCLOSURE, _HAS_ED, lx.ED_CUES, lx.PUNISH_SELF, lx.BURN_IT_OFF, lx.INSULIN_OMISSION, lx.SWEATING_DOWN, lx.DRYING_OUT, lx.PUNISH_OTHER, lx.DESERVE_HUNGER,
        *INTAKE_PATTERNS, GOAL_WEIGHT_TRIGGER,
    ),
    # A pregnancy finding needs a pregnancy: in the profile or history (`Facts.pregnant`, which
    # `could_fire` lets through) or mentioned in the message (`pregnant_in`'s patterns).
    # After a birth: its mention (or one before, `Facts.postpartum`), or thoughts of harming a baby.
    "pregnancy": (lx.PREGNANT, lx.PREGNANCY_IMPLIED, lx.GESTATION_ASIDE, lx.GESTATION_AT_END, lx.GESTATION_ASIDE_LATE, lx.POSTPARTUM, lx.HARM_TO_BABY),
    # A plan or a time counts only beside another self-harm finding, so it is no trigger.
    "self_harm": (
        lx.SELF_HARM_OTHER_LANGUAGES, lx.SUICIDE_INTENT, lx.OVERDOSE_DONE, lx.TIMING_ALONE, lx.JUMP, lx.ACCESS,
        lx.OVERDOSE_THOUGHT, lx.OVERDOSE_WHAT_IF, lx.METHOD_QUESTION, lx.SUICIDAL, lx.SELF_HARM, lx.STOCKPILING, lx.SELF_HARM_OTHER, lx.ACCESS_OTHER, lx.GOODBYE_POSTED,
        lx.INDIRECT, lx.NOT_GETTING_BETTER, lx.PREPARATION, lx.RESOLVED, lx.FINALITY, lx.WEAK_FINALITY, lx.REPORTED_BURDEN,
    ),
}
_TRIGGER_PATTERNS = {
    # One alternation of them all; named groups unnamed, as two may share a name.
    name: "|".join(f"(?:{re.sub(r'[(][?]P<[A-Za-z_]+>', '(?:', pattern)})" for pattern in patterns)
    for name, patterns in TRIGGERS.items()
}


assert set(_TRIGGER_PATTERNS) == set(DETECTORS), "every rule needs its triggers for _ANY_TRIGGER to be exact"
# Every rule's triggers and every concept's first part in one pattern: RE2's first look at it
# (exact when it finds nothing) spares an ordinary message five looks, twice a message.
_ANY_TRIGGER = "|".join(
    f"(?:{pattern})" for pattern in (*_TRIGGER_PATTERNS.values(), re.sub(r"[(][?]P<[A-Za-z_]+>", "(?:", CONCEPT_TRIGGER))
)


def could_fire(name: str, text: Text, facts: Facts) -> bool:
    """False when the rule `name` cannot find anything in `text`: none of its triggers occurs."""
    if name == "self_harm" and (facts.asked_if_safe or facts.asked_about_thoughts or facts.recent_self_harm):
        return True  # it answers a follow-up to its own question, whatever the words
    if name == "pregnancy" and (facts.pregnant or facts.postpartum):
        return True  # a pregnancy said before: its warning signs need no mention of it now
    pattern = _TRIGGER_PATTERNS.get(name)
    return pattern is None or text.has(pattern)


def detect(text: Text, facts: Facts, limits: Limits, categories: tuple[str, ...] = CATEGORIES) -> list[Finding]:
    """Every finding of the enabled categories' rules in `text`, and of their concepts
    (`host.safety.concepts`: the same red flags as word sets that occur together)."""
    if not (facts.pregnant or facts.postpartum or facts.asked_if_safe or facts.asked_about_thoughts or facts.recent_self_harm) and not text.could_have(_ANY_TRIGGER):
        return []  # no rule could fire (could_fire) and no concept starts (concepts' first look)
    found = [finding for name in categories if could_fire(name, text, facts) for finding in DETECTORS[name](text, facts, limits)]
    return with_wound_care(found + concepts(text, facts, limits, categories), text)


# Purging and sweating down to make weight: the answer says plainly what it does to the body.
_BODY_RULES = frozenset({"eating_disorder.purging", "eating_disorder.laxatives", "eating_disorder.sweating_down"})


def what_it_does(finding: Finding, text: Text) -> Finding:
    """Their own purging, or laxatives, water pills or sweating down to make weight, answered with what
    it risks (dental erosion, electrolytes, heart rhythm; dehydration, kidneys, collapse), still no
    numbers or method (AED medical guide; Beat). In another language, the general answer in it."""
    if finding.rule_id not in _BODY_RULES or finding.reply not in ("eating_disorder", "eating_disorder_pills", "eating_disorder_body") or language_of(text):
        return finding
    weight = text.has(lx.MAKING_WEIGHT) or text.has(lx.SWEATING_DOWN)
    if not weight and finding.rule_id != "eating_disorder.purging":
        return finding
    return evolve(finding, reply="eating_disorder_body", detail=f"weight|{weight_methods(text)}" if weight else "purging")


def weight_methods(text: Text) -> str:
    """What they said they do to make weight, in their words and no more ("laxatives and sweating it off"):
    the answer names no method they didn't."""
    named = []
    pills = text.find(r"laxatives?|diuretics?|water pills?|water tablets?|diet pills?|fat burners?")
    if pills:
        word = pills[0].matched
        named.append(word if word.endswith("s") else word + "s")
    if text.has(r"sauna|steam room|bin bags?|bin liners?|plastics|sweat ?suits?|sauna suits?|garbage bags?|trash bags?|sweat\w*"):
        named.append("sweating it off")
    if text.has(r"(?:stopped|stop|not|no longer|cut out|cutting out|cut|cutting) (?:drinking|all) (?:any )?(?:water|fluids?)|no (?:water|fluids?|drinking)|(?:water|fluid) (?:cut|cutting)"):
        named.append("going without water")
    return " and ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)
