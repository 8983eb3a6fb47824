"""The plain answer to the question asked, said before the rest of a red-flag reply.

"Is that ok if he drinks more? he wants to train tomorrow", "can I at least do easy rowing until
the appointment?", "Kann ich morgen trotzdem wieder zum Kurs gehen?": after a faint, chest pain or
a pregnancy warning sign, the user asked whether the activity can go on. The reply's steps (stop,
who to call) still follow, but the first words answer them: "No: no swimming or training tomorrow,
until a doctor has checked him." In the user's language (en, de, fr, es, it, pt, nl, pl), for the user
or someone else, naming the activity, the time and the condition.
"""

from __future__ import annotations

import re

from host.safety.findings import Finding
from host.safety.replies import UNTIL_CHECKED
from host.safety.text import Text

# "can I still ...", "is that ok if he ...", "kann ich morgen trotzdem ...", "puedo seguir ...": whether
# something can go on. The verb must be an activity, not "call", "ring" or "go to the hospital".
_PLACES_OF_CARE = (
    r"hospital|a e|a and e|the er|er|urgent care|doctor|gp|midwife|maternity|triage|clinic|walk in|"
    r"krankenhaus|klinik|arzt|arztin|notaufnahme|hebamme|kreissaal|kreisaal|hopital|urgences|medecin|sage femme|maternite|"
    r"hospital|urgencias|medico|matrona|ospedale|pronto soccorso|ostetrica|ziekenhuis|huisarts|verloskundige|spoedeisende"
)
_ACTIVITY_VERBS = (
    r"train|training|go|going|do|doing|race|racing|run|running|jog|jogging|swim|swimming|row|rowing|play|playing|compete|competing|"
    r"ride|riding|cycle|cycling|lift|lifting|keep|keep going|carry on|continue|get back|be back|go back|return|finish|work out|"
    r"exercise|join|attend|spin|hike|climb|dance|skate|ski|box|spar|wrestle|practice|practise"
)
_WHO = r"i|he|she|they|we|my (?:son|daughter|kid|child|boy|girl|husband|wife|partner|dad|mum|mom|brother|sister|friend)"
_CARRY_ON = {
    "en": (
        rf"(?:can|could|may|should|shall|am|is|are) (?P<who>{_WHO}) (?:ok |okay |fine |allowed |safe |still |at least |just |even |maybe |really |also ){{0,3}}"
        rf"(?:to )?(?:\w+ ){{0,2}}?(?:{_ACTIVITY_VERBS})(?![a-z])(?! (?:to|in to|into) (?:the )?(?:{_PLACES_OF_CARE})(?![a-z]))|"
        r"(?:is|would) (?:it|that|this) (?:be )?(?:ok|okay|fine|safe|alright|all right|a problem|bad)(?: for (?P<who2>him|her|them|me))? (?:if|to)(?: (?P<who3>he|she|they|i))?|"
        r"(?:ok|okay|fine|safe|alright) (?:for (?P<who4>him|her|them|me) )?to (?:still |just )?(?:{verbs})(?![a-z])|"
        # "he can still play on saturday, right?", "surely a light jog is fine?"
        r"(?P<who5>i|he|she|they|we) (?:can|could) (?:still|at least|just) (?:\w+ ){0,2}?(?:{verbs})(?![a-z])|"
        r"(?:a |an |some )?(?:light|easy|gentle|short|slow) (?:\w+ )?(?:jog|run|swim|session|ride|spin|class|workout|row|game|match) (?:is|would be|should be|must be) (?:ok|okay|fine|alright|safe)|"
        # the race or match already booked, taken as settled: "picking up my bib for Sunday ... so should be fine"
        r"(?:so |it |i |im |ill )?(?:should|will|ll|gonna) be (?:fine|ok|okay|alright)(?= \.| ,| \?| for| on| by|$)"
    ).replace("{verbs}", _ACTIVITY_VERBS),
    "de": r"(?:kann|darf|soll|konnte|durfte) (?P<who>ich|er|sie|man) (?:\w+ ){0,5}?(?:trainieren|gehen|laufen|joggen|fahren|radeln|schwimmen|rudern|machen|mitmachen|mitspielen|teilnehmen|antreten|spielen|weitermachen|weiter|hin|zum|zur|ins)(?![a-z])",
    "fr": r"(?:je peux|puis je|je pourrai|je pourrais|il peut|elle peut|est ce que je peux|est ce qu il peut|est ce qu elle peut|on peut) (?:\w+ ){0,4}?(?:m entrainer|mentrainer|entrainer|courir|aller|continuer|faire|nager|jouer|reprendre|retourner)(?![a-z])",
    "es": r"(?:puedo|podre|podria|puede|debo|deberia) (?:\w+ ){0,4}?(?:entrenar|ir|correr|seguir|hacer|nadar|jugar|volver|continuar)(?![a-z])",
    "it": r"(?:posso|potrei|puo|dovrei) (?:\w+ ){0,4}?(?:allenarmi|allenarsi|andare|correre|continuare|fare|nuotare|giocare|tornare)(?![a-z])",
    "pt": r"(?:posso|poderia|pode|devo|da pra|da para|tem como) (?:\w+ ){0,4}?(?:treinar|ir|correr|continuar|fazer|nadar|jogar|voltar)(?![a-z])|"
          r"(?:o treino|treinar|a academia|o jogo)(?: ,)?(?: \w+){0,3}? (?:posso|pode|da pra)(?: ou nao)?(?![a-z])",
    "nl": r"(?:kan|mag|moet) (?P<who>ik|hij|zij|ze) (?:\w+ ){0,4}?(?:trainen|gaan|lopen|hardlopen|doorgaan|sporten|zwemmen|spelen|fietsen|roeien|naar)(?![a-z])",
    # "czy mogę jutro iść na trening?", "czy on może grać w sobotę?" (not "iść do lekarza")
    "pl": r"(?:moge|moze|mozna|bede mogl\w*|powinnam|powinienem|wolno mi) (?:\w+ ){0,4}?(?:trenowac|cwiczyc|biegac|pobiegac|isc|pojsc|jechac|plywac|grac|zagrac|wrocic|kontynuowac|dalej|jezdzic)(?![a-z])"
          r"(?! (?:do|na|pod) (?:lekarza|szpitala|sor|izbe|polozn\w*|przychodni|pogotowie)(?![a-z]))",
}
# A question about after the check ("once I'm cleared, is running fine?") is answered as that, not with a no.
_AFTER_CLEARED = (
    r"once (?:i|im|i am|he|hes|she|shes|they|theyre|ive|weve) (?:been |get |gets |got |am |is |are )?(?:cleared|checked|seen|given the all clear|ok)|"
    r"(?:after|when|if) (?:i|he|she|they|the (?:midwife|doctor|gp|scan)) (?:\w+ ){0,3}?(?:cleared?|says? (?:its|it s|im|i am|hes|shes|everything s|everything is) (?:ok|okay|fine|all good)|given the all clear)|"
    r"(?:once|when|after|if) (?:i|he|she|they|we) (?:get|gets|got|have|has|am|is|are) (?:given )?(?:the )?all clear|"
    r"(?:if|once|when|after) (?:the )?(?:hospital|midwife|doctor|gp|scan|cardiologist|they|she|he) (?:says?|said) (?:its|it s|im|i am|everything s|everything is|all is) (?:ok|okay|fine|all good|well|clear)|"
    r"if (?:everything|all) (?:is|s|turns out|comes back) (?:ok|okay|fine|normal|clear)|(?:after|once) (?:the|my|his|her) (?:appointment|check|checks|scan|tests?|ecg) (?:is|are|comes back) (?:ok|okay|fine|normal|clear)"
)
# Asking whether to stop, rest or skip: a plain no would say the opposite of what is meant.
_STOPPING = (
    r"skip|skipping|rest|resting|stop|stopping|pause|cancel|miss|sit (?:it |this |that )?out|take (?:a |some )?(?:break|time off|days? off|week off)|"
    r"drop out|withdraw|pull out|give (?:it|up)|hold off|avoid|not|nicht|pas|no|niet|nie|odpuscic|odpoczac|przerw\w*|zrezygnowac|aussetzen|pausieren|absagen|verzichten|arreter|saltar|descansar|parar|saltare|fermarmi|pular|overslaan|stoppen"
)
_WHOM = {"he": "him", "him": "him", "she": "her", "her": "her", "they": "them", "them": "them", "i": "you", "me": "you", "we": "you"}

# The activities a message names, as the no names them, in the order they are looked for.
_ACTIVITIES = (
    (r"race|races|racing|gala|meet|competition|compete|competing|tournament|regatta|parkrun|marathon|half|bib|expo|start line|race day", "racing"),
    (r"match|game|games|fixture|tryouts?", "matches"),
    (r"swim|swims|swimming|pool|laps", "swimming"),
    (r"row|rows|rowing|erg|ergs|erging", "rowing"),
    (r"spin|spinning|peloton", "spinning"),
    (r"class|classes|yoga|pilates|aerobics|kurs|kurse|cours|clase|clases|lezione|aula|aulas|les", "classes"),
    (r"run|runs|running|jog|jogging|sprint\w*", "running"),
    (r"ride|rides|riding|cycling|bike", "riding"),
    (r"hike|hikes|hiking", "hiking"),
    (r"lift|lifts|lifting|weights|gym|crossfit|wods?", "lifting"),
    (r"football|soccer|rugby|hockey|basketball|netball|tennis|squash|boxing|sparring|wrestling|dance|dancing|play|playing", "sport"),
    (r"hiit|intervals|train|training|trains|practice|practise|session|sessions|workout|workouts|exercise|exercising", "training"),
)
# When they mean to go on, as the no says it back: "tomorrow morning", "tonight", "on Saturday".
_WHEN = (
    r"tomorrow(?: morning| night| evening)?|tmrw|tmr",
    r"tonight|this evening|today|later today",
    r"this weekend|at the weekend|on the weekend",
    r"(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?",
)
_EVERYDAY = r"walk|walks|walking|stroll|strolls|commute|stairs|housework|shopping|work|school|driving|drive"
_LIGHT = r"easy|light|gentle|steady|slow|low intensity|just a bit|at least|a little|short"
_EXCUSES = r"dehydrat\w*|drink(?:s|ing)? more|more water|electrolytes?|heat|hot|low (?:blood )?sugar|didnt eat|hadnt eaten|not eating enough|hungry|tired|nerves|nervous|hypo"

# The same no in the other languages (second person; the time word when the message has one).
_NO_IN = {
    "de": ("Nein: {when}kein Training und kein Kurs, bis {checker} dich untersucht hat.", "morgen ", r"morgen", {"cardiac": "eine Ärztin oder ein Arzt", "eating_disorder": "eine Ärztin oder ein Arzt", "pregnancy": "deine Hebamme oder Ärztin"}),
    "fr": ("Non : pas d'entraînement ni de cours{when} tant qu'{checker} ne t'a pas examinée.", " demain", r"demain", {"cardiac": "un médecin", "eating_disorder": "un médecin", "pregnancy": "une sage-femme ou un médecin"}),
    "es": ("No: nada de entrenar ni de clases{when} hasta que {checker} te haya revisado.", " mañana", r"manana", {"cardiac": "un médico", "eating_disorder": "un médico", "pregnancy": "tu matrona o tu médico"}),
    "it": ("No: niente allenamento né lezioni{when} finché {checker} non ti ha visitata.", " domani", r"domani", {"cardiac": "un medico", "eating_disorder": "un medico", "pregnancy": "l'ostetrica o il medico"}),
    "pt": ("Não: nada de treino nem aulas{when} até {checker} avaliar você.", " amanhã", r"amanha", {"cardiac": "um médico", "eating_disorder": "um médico", "pregnancy": "a sua obstetra ou parteira"}),
    "nl": ("Nee: {when}geen training of les, tot {checker} je heeft nagekeken.", "morgen ", r"morgen", {"cardiac": "een arts", "eating_disorder": "een arts", "pregnancy": "je verloskundige of arts"}),
    "pl": ("Nie: {when}żadnych treningów ani zajęć, dopóki {checker} cię nie zbada.", "jutro ", r"jutro", {"cardiac": "lekarz", "eating_disorder": "lekarz", "pregnancy": "położna albo lekarz"}),
}
# The same no about someone else ("mi hijo se desmayó en el partido, ¿puede jugar el sábado?"): of them, not "you".
_NO_IN_OTHER = {
    "de": ("Nein: {when}kein Training und kein Sport, bis {checker} die Person untersucht hat.", "morgen ", r"morgen", {"eating_disorder": "eine Ärztin oder ein Arzt", "cardiac": "eine Ärztin oder ein Arzt", "pregnancy": "ihre Hebamme oder Ärztin"}),
    "fr": ("Non : pas d'entraînement ni de sport{when} {checker} n'a pas vu la personne.", " demain", r"demain", {"eating_disorder": "tant qu'un médecin", "cardiac": "tant qu'un médecin", "pregnancy": "tant que sa sage-femme ou son médecin"}),
    "es": ("No: nada de entrenar ni de deporte{when} hasta que {checker} le haya revisado.", " mañana", r"manana", {"eating_disorder": "un médico", "cardiac": "un médico", "pregnancy": "su matrona o su médico"}),
    "it": ("No: niente allenamento né sport{when} prima che {checker} faccia un controllo.", " domani", r"domani", {"eating_disorder": "un medico", "cardiac": "un medico", "pregnancy": "la sua ostetrica o il medico"}),
    "pt": ("Não: nada de treino nem esporte{when} até {checker} avaliar a pessoa.", " amanhã", r"amanha", {"eating_disorder": "um médico", "cardiac": "um médico", "pregnancy": "a obstetra ou parteira dela"}),
    "nl": ("Nee: {when}geen training of sport, tot {checker} diegene heeft nagekeken.", "morgen ", r"morgen", {"eating_disorder": "een arts", "cardiac": "een arts", "pregnancy": "haar verloskundige of arts"}),
    "pl": ("Nie: {when}żadnych treningów ani sportu, dopóki {checker} tej osoby nie zbada.", "jutro ", r"jutro", {"eating_disorder": "lekarz", "cardiac": "lekarz", "pregnancy": "jej położna albo lekarz"}),
}
# Replies about someone else: their no is said of them.
_ABOUT_SOMEONE_ELSE = frozenset({
    "cardiac_collapse_other", "cardiac_collapse_other_follow_up", "cardiac_exertional_other", "cardiac_signs_other", "cardiac_other_follow_up",
    "pregnancy_urgent_other", "pregnancy_other_follow_up", "eating_disorder_concern", "eating_disorder_carer",
    "eating_disorder_concern_follow_up", "eating_disorder_carer_follow_up", "eating_disorder_purging_other",
})
# The replies a no would contradict or repeat: the guard's own follow-ups that already answer a next step.
_NOT_FOR = frozenset({"getting_help", "pregnancy_warning_signs", "cardiac_warning_signs", "pregnancy_getting_there", "cardiac_checks"})


def after_cleared(text: Text) -> bool:
    """The message asks about after the clinician's check ("once I'm cleared, is running fine?")."""
    return text.has(_AFTER_CLEARED)


def carry_on_question(text: Text, language: str = "") -> re.Match[str] | None:
    """The part of `text` asking whether an activity can go on, in `language` (or English); not one
    asking whether to stop ("should I skip training tomorrow?", where a no would mean the opposite)."""
    pattern = _CARRY_ON.get(language or "en")
    if pattern is None or after_cleared(text):
        return None
    asked = re.search(rf"(?<![a-z])(?:{pattern})", text.text)
    if asked is None or re.search(rf"(?<![a-z])(?:{_STOPPING})(?![a-z])", asked.group(0)):
        return None
    return asked


# A cardiac sign put down to being unfit ("nearly fainted ... guess im just super unfit haha").
_BLAMED_ON_FITNESS = re.compile(
    r"(?<![a-z])(?:im|i am|i m|just|so|super|really|bit|very|must be|guess im|cos im|because im) (?:just |so |super |really |very |a bit |pretty )?(?:unfit|out of shape|out of condition|lazy)(?![a-z])"
)


def opener(finding: Finding, text: Text, language: str = "") -> str:
    """"No: ..." when `finding` is a cardiac or pregnancy red flag, or the user's own eating-disorder
    behaviour, whose message asks whether the activity can go on, else "". Emergencies keep their
    first words for the call. A heart sign the user puts down to being unfit is told first that it isn't."""
    answer = _opener(finding, text, language)
    if (finding.category == "cardiac" and finding.severity == "urgent" and finding.action == "answer" and not language
            and not finding.rule_id.endswith("_other") and _BLAMED_ON_FITNESS.search(text.text)):
        return "That isn't just being unfit: it's a warning sign worth checking." + (f" {answer}" if answer else "")
    return answer


def _opener(finding: Finding, text: Text, language: str = "") -> str:
    if finding.action != "answer" or finding.reply in _NOT_FOR:
        return ""
    # purging, laxatives, diuretics or starving, and "can I still train?": no, until a doctor has checked
    # them (Beat, NEDC: these upset the body's salts and can strain the heart in exercise); not of someone else
    own_eating_disorder = finding.category == "eating_disorder" and finding.reply not in _ABOUT_SOMEONE_ELSE and not finding.rule_id.endswith(("_other", ".carer"))
    # someone else's signs and "can she keep training for the comp?": not until a doctor has seen her (Beat,
    # AED: a medical assessment before sport goes on)
    eating_disorder = finding.category == "eating_disorder"
    if not eating_disorder and (finding.category not in ("cardiac", "pregnancy") or finding.severity != "urgent"):
        return ""
    if finding.reply in _NOT_FOR:
        return ""
    asked = carry_on_question(text, language) or (carry_on_question(text) if language else None)
    if asked is None:
        return ""
    if eating_disorder and not language and not _named(text):
        return ""  # "is it fine if I only do it on weekends?" asks about the behaviour, not an activity
    if eating_disorder and not own_eating_disorder and (not finding.rule_id.endswith(".follow_up") or not language and _asker(asked) in ("", "i", "we", "you")):
        # the carer's first answer is what to do (tests/test_safety_round19.py); a carer's "what should I do?"
        # asks what to do, not whether her sport can go on
        return ""
    if language in _NO_IN:
        other = finding.reply in _ABOUT_SOMEONE_ELSE or finding.rule_id.endswith("_other")
        template, when_word, when_pattern, checkers = (_NO_IN_OTHER if other else _NO_IN)[language]
        return template.format(when=when_word if text.has(when_pattern) else "", checker=checkers[finding.category])
    return _english(finding, text, asked)


def _asker(asked: re.Match[str]) -> str:
    """Whose activity the question asks about ("can she still run": "she"), or ""."""
    return next((asked.group(name) for name in ("who", "who2", "who3", "who4", "who5") if name in asked.re.groupindex and asked.group(name)), "")


def _english(finding: Finding, text: Text, asked: re.Match[str]) -> str:
    who = _asker(asked) or None
    whom = _WHOM.get((who or "").split()[0] if who else "", "")
    if who and who.startswith("my "):
        whom = "her" if re.search(r"daughter|girl|wife|mum|mom|sister", who) else "him" if re.search(r"son|boy|husband|dad|brother", who) else "them"
    other = finding.rule_id.endswith("_other") or finding.reply in _ABOUT_SOMEONE_ELSE
    if not whom or whom == "you" and other:
        whom = _someone_else(text) if other else "you"
    # the activities of the question's own sentence ("back in the pool for training tomorrow, is that ok?"), else the message's
    start = max(text.text.rfind(mark, 0, asked.start()) for mark in (" . ", " ? ", " ! "))
    ends = [i for mark in (" . ", " ? ", " ! ") if (i := text.text.find(mark, asked.end())) >= 0]
    sentence = Text(text.text[start + 1 : min(ends, default=len(text.text))])
    activities = _named(sentence) or _named(text)
    if sentence.has(_EVERYDAY) and not _named(sentence):
        return ""  # "can I at least go for a gentle walk?": everyday moving is not the training the no is about
    named = " or ".join(activities[:2]) or ("exercise" if finding.category == "pregnancy" else "training")
    # the time in the question's own sentence, else the last one told: "collapsed on Tuesday ... he wants to
    # play Saturday" means Saturday
    # the last time word of that sentence: "she feels fine today, can she play on sunday?" means Sunday
    in_sentence = [hit for pattern in _WHEN for hit in sentence.find(pattern)]
    when = max(in_sentence, key=lambda hit: hit.start).matched if in_sentence else ""
    if not when:
        told = [hit for pattern in _WHEN for hit in text.find(pattern)]
        when = max(told, key=lambda hit: hit.start).matched if told else ""
    day = re.fullmatch(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?", when)
    when = f" on {day.group(1).capitalize()}" if day else re.sub(r"(?<= )((?:mon|tues|wednes|thurs|fri|satur|sun)day)$", lambda m: m.group(1).capitalize(), f" {when}") if when else ""
    light = f", not even easy {activities[0] if activities else 'sessions'}" if text.has(_LIGHT) else ""
    if finding.category == "pregnancy":
        checker = "your midwife or doctor" if whom in ("you", "") else "her midwife or doctor"
    else:
        checker = "a doctor"
    opening = f"No: no {named}{when}{light}, until {checker} has checked {whom or 'you'}."
    if finding.category == "cardiac" and text.has(_EXCUSES):
        opening += f" {_EXCUSE_ANSWER}"
    return opening


def named_activity(text: Text) -> str:
    """The first activity `text` names ("running"), or ""."""
    named = _named(text)
    return named[0] if named else ""


def _named(text: Text) -> list[str]:
    """The activities `text` names, in the order it names them."""
    activities: list[str] = []
    for pattern, noun in sorted(_ACTIVITIES, key=lambda item: _first_at(text, item[0])):
        if _first_at(text, pattern) < len(text.text) and noun not in activities:
            activities.append(noun)
    return activities


def _first_at(text: Text, pattern: str) -> int:
    hits = text.find(pattern)
    return hits[0].start if hits else len(text.text)


def _someone_else(text: Text) -> str:
    if text.has(r"he|him|his|my (?:son|boy|husband|dad|brother|lad)"):
        return "him"
    if text.has(r"she|her|my (?:daughter|girl|wife|mum|mom|sister)"):
        return "her"
    return "them"


# Said after the no when the message explains the faint away ("coach reckons he was dehydrated").
_EXCUSE_ANSWER = "A faint or chest symptoms with exercise need a heart check, even if dehydration, heat or low sugar seem likely."
# The courtesy a reply opens with, which the no can stand in for when the two together run long.
_COURTESY = re.compile(r"^(?:Thank you for telling me[^.]*\. |I hope it's nothing, but |I know it's frustrating, but |I'm glad you're looking into this\. |I know it's hard when they feel fine, but |I know it's hard when they say it's nothing, but )")
# Closing lines that carry no step (a hope, an offer for later), dropped last when the whole runs long.
_CLOSING = re.compile(r" (?:I hope [^.]*|I'm here[^.]*|Once (?:a doctor|you've|they've)[^.]*I(?:'m| can)[^.]*|I'm happy to help[^.]*|I can help [^.]*)\.$")
_HOPE_IN_LANGUAGE = re.compile(r" (?:Espero que esteja tudo bem|Espero que todo esté bien|Ich hoffe, alles ist in Ordnung|Ik hoop dat alles goed is|J'espère que tout va bien|Spero che vada tutto bene|Mam nadzieję, że wszystko jest w porządku)\.")
MAX_WORDS = 80  # the guard's replies stay short (safe-messaging guidance): the no with its reply too


def before(first: str, reply: str) -> str:
    """`reply` with the no `first` before it, within `MAX_WORDS`: the explanation of an excuse goes
    first, then the reply's opening courtesy, which the no stands in for."""
    for said in UNTIL_CHECKED:  # the no already says it
        reply = reply.replace(said, "")
    joined = f"{first} {reply}"
    if len(joined.split()) > MAX_WORDS and _EXCUSE_ANSWER in first:
        first = first.replace(f" {_EXCUSE_ANSWER}", "")
        joined = f"{first} {reply}"
    if len(joined.split()) > MAX_WORDS and _COURTESY.match(reply):
        rest = _COURTESY.sub("", reply, count=1)
        joined = f"{first} {rest[0].upper()}{rest[1:]}"
    if len(joined.split()) > MAX_WORDS:
        joined = _CLOSING.sub("", _HOPE_IN_LANGUAGE.sub("", joined))
    return joined
