"""Muscle soreness told the way people feel it, a day or two after training: "my chest muscles
really ache 2 days after bench press", "my legs are killing me from squats yesterday", "can't
lift my arms after yesterday's pull-ups, did I tear something?".

That is delayed-onset muscle soreness (DOMS), answered with the curated DOMS answer, not a
workout to log ("squats yesterday") and not chest pain. A message is soreness when it names a
muscle or body part, an ache, and a workout or the time since one, and none of the signs that
make it something else: pain that came on *during* exercise, breathlessness, dizziness,
pressure or tightness, an arm or jaw, palpitations (those keep Helios' cardiac floor and the
guard), or a sharp, popping or swollen joint (an injury: see a doctor or physio). "Hurts" and the
back are left to the pain answer: "my back hurts after deadlifts" may be an injury.
"""

from __future__ import annotations

import re

from agenthost_helios import parse

_PART = (
    r"(muscles?|legs?|quads?|hamstrings?|hammies|glutes?|butt|bum|calves|calf|arms?|biceps?|triceps?|forearms?|"
    r"shoulders?|delts|chest|pecs?|lats|traps|abs|core|stomach muscles|whole body|body|everything)"
)
_ACHE = (
    r"(ache|aches|aching|achy|sore|soreness|killing me|kill me|stiff|stiffness|tender|burning|"
    r"on fire|wrecked|destroyed|dead|screaming|jelly|doms|"
    # "leg day killed me", "my quads are deid" (Scots), "arms are cooked"
    r"killed me|destroyed me|wrecked me|smashed me|ruined me|deid|cooked|shot)"
)
_SORE = re.compile(rf"\b{_PART}\b(?:\W+\w+){{0,4}}?\W+{_ACHE}\b|\b{_ACHE}\b(?:\W+\w+){{0,3}}?\W+(?:in )?(?:my )?{_PART}\b")
# The workout it came from, or the time since: "2 days after bench press day", "from squats
# yesterday", "since Monday's session", "after leg day"
_SINCE = re.compile(
    r"\b(\d+|two|three|a|one|couple(?: of)?) days? (after|since|later|ago|on)\b|\b(the )?day after\b|\byesterday\b|"
    r"\blast night\b|\bsince (my|the|yesterday|last|(mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\bpost[- ]?workout\b|"
    # "my glutes are gonna kill me tomorrow", "today's spinning ... legs wrecked"
    r"\b(gonna|going to|will|ll|bound to)\b.{0,30}\btomorrow\b|"
    r"\b(today|this morning|tonight)s?\b.{0,30}\b(workout|session|class|spin|spinning|run|hiit|crossfit|bootcamp|gym|training)\b|"
    r"\b(after|from|since) (my |the |a |yesterdays? |last nights? |that |those |all (the |those )?)?"
    r"(\w+ )?(workout|session|class|training|gym|lifting|leg day|\w+ day|bench|benching|bench press|squats?|squatting|"
    r"deadlifts?|lunges|push ?ups|pull ?ups|chin ?ups|run|running|hike|spin|crossfit|bootcamp|hiit|pilates|yoga)\b|"
    # "absolutely killed leg day", "smashed chest day": the workout said as what was done to it
    r"\b(killed|smashed|crushed|destroyed|nailed|murdered|annihilated|demolished|survived|did|finished) "
    r"(it on |my |the |a |todays |yesterdays )?(leg|legs|arm|arms|chest|back|push|pull|upper|lower|glute|glutes|"
    r"shoulder|shoulders|core|ab|abs) day\b"
)
# Signs that make it something other than soreness: left to the safety floors and the pain answer.
_NOT_SORENESS = re.compile(
    r"\b(during|while (i was |im |i'?m )?(running|lifting|training|exercising|working out|on)|mid[- ](run|set|workout)|"
    r"breath\w*|dizz\w*|faint\w*|light ?headed|pressure|tight|tightness|squeez\w*|crushing|heavy arm|numb\w*|"
    r"tingl\w*|jaw|sweat\w*|palpitat\w*|heart|racing|flutter\w*|swell\w*|swollen|bruis\w*|pop|popped|snap\w*|"
    r"sharp|stabbing|shooting|one side|joint|knee|knees|ankle|wrist|elbow|dark (urine|pee)|cola)\b"
)
_CHEST = re.compile(r"\b(chest|pecs?)\b")
# Soreness told by what it stops them doing, the day after a workout: "can barely sit down after
# leg day", "cannae get doon the stairs", "can't lift my arms since push day"
_CANT_MOVE = re.compile(
    r"\b(can barely|can hardly|cant|can not|cannot|cannae|canny|struggling to|struggle to|hard to|hurts to) "
    r"(even )?(sit|sit down|walk|stand|stand up|get up|get down|get doon|go down|climb|lift|raise|straighten|bend|squat|"
    r"brush my hair|wash my hair|reach)\b"
)
# A named training day is itself the workout it came from: "leg day killed me", "push day wrecked me"
_TRAINING_DAY = re.compile(r"\b(leg|legs|arm|arms|chest|back|push|pull|upper|lower|glute|glutes|shoulder|shoulders|core|ab|abs) day\b")


def is_delayed_soreness(message: str) -> bool:
    """True when `message` tells of muscles aching after a workout, with no warning sign."""
    text = parse.prepare(message).replace("'", "")
    signs = _LIKE_A_BRUISE.sub(" ", text)  # tender "like a bruise" is how soreness feels; a bruise is not
    if tender_muscle(message):
        return True
    since = _SINCE.search(text) or _TRAINING_DAY.search(text)
    told = _SORE.search(text) or (_CANT_MOVE.search(text) and _TRAINING_DAY.search(text))
    return bool(told and since and not _NOT_SORENESS.search(signs))


# "my chest muscle dey pain me since I do heavy bench press for Monday. e dey pain only when I press
# am or stretch my arm, my breathing normal": a muscle that hurts only when pressed, stretched or
# used, since a workout, with breathing said to be normal and no other sign, is a sore muscle
_MUSCLE_PAIN = re.compile(r"\b(muscles?|pecs?|quads?|hamstrings?|glutes?|biceps?|triceps?|lats|delts|calf|calves)\b.{0,25}\b(pain\w*|hurt\w*|ache\w*|sore)\b")
_ONLY_WHEN_USED = re.compile(
    r"\bonly (hurts? |pains? |aches? )?when (i )?(press|push|touch|poke|stretch|move|reach|lift|use|flex|squeeze)\w*|"
    r"\b(sore|tender|painful|hurts?) (to|when i) (the )?(touch|press|poke|stretch)\w*\b"
)
_BREATHING_FINE = re.compile(
    r"\b(my )?breathing (is |dey |feels? )?(normal|fine|ok|okay|good|all right|alright)\b|"
    r"\bno (trouble|problem|problems|issue|issues|difficulty) (with )?breathing\b|\bnot (short of|out of) breath\b"
)


_SINCE_LIFTING = re.compile(
    r"\b(since|after|from)\b.{0,30}\b(bench\w*|press|push ?ups?|workout|session|gym|lifting|training|chest day|push day|dips|fly\w*)\b"
)


def tender_muscle(message: str) -> bool:
    """A muscle sore only when pressed, stretched or used, since a workout, no other warning sign."""
    text = parse.prepare(message).replace("'", "")
    if not (_MUSCLE_PAIN.search(text) and _ONLY_WHEN_USED.search(text) and (_SINCE.search(text) or _SINCE_LIFTING.search(text))):
        return False
    signs = _BREATHING_FINE.sub(" ", _LIKE_A_BRUISE.sub(" ", text))
    return not _NOT_SORENESS.search(signs) and not re.search(r"\barms?\b.{0,20}\b(heavy|numb|weak|dead)\b", signs)


_LIKE_A_BRUISE = re.compile(
    r"\b(like|as if|as though) (a |its |it is |theyre |they are |they were |im )?(been )?bruis\w*|"
    r"\bfeels? (all )?bruised\b|\bbruised feeling\b|\btender\b"
)


def about_chest(message: str) -> bool:
    """Soreness in the chest: the answer says what chest pain is not soreness."""
    return bool(_CHEST.search(parse.prepare(message)))


CHEST_CHECK = (
    "Sore pecs a day or two after pressing, worse when you stretch or reach, is this kind of soreness. Chest pain "
    "is different when it comes on *while* you exercise, or with breathlessness, dizziness, sweating or pain "
    "spreading to the arm, jaw or back: stop and get medical help straight away if that ever happens."
)
