"""The guard: screens one message with its recent history and profile, and says what to do.

`Guard.assess` is pure (text in, `Finding` out): the rules on the message, then on the message
joined to the user's previous one (a red flag split over two messages is caught when it is
completed, and only then), then the sticky preface that keeps agents off diet and intensity
plans for `sticky_turns` turns after an eating-disorder, self-harm, cardiac or pregnancy
answer. `Guard.screen` is the `screen` hook: it adds the mode, the log line and the counts.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import evolve

from host.clock import now
from host.config import SafetyConfig
from host.hookspecs import hookimpl
from host.safety import answer_first, lexicon, replies
from host.safety.concepts import EXERCISE_L10N, GOODBYE_THEIRS, HEART_SIGNS_L10N, PREGNANCY_SIGNS_ANY_L10N, PREGNANT_L10N
from host.safety.concern import model as concern_model
from host.safety.findings import live_hits
from host.safety.helplines import Helplines, Lines
from host.safety.prefilter import prefilter
from host.safety.rules import CATEGORIES, POSTPARTUM_SIGN_ANY, Facts, Finding, Limits, birth_is_someone_elses, client_notes, complication_named, detect, home_of, language_of, laughing_at_effort, means_named, pregnancy_signs, pregnant_in, what_it_does
from host.safety.text import RELATIONS, Text, normalise, normalise_joined
from host.types import SEVERITIES, Intervention, ScreenContext

log = logging.getLogger("host.safety")

STICKY_CATEGORIES = frozenset(CATEGORIES)
# Self-harm answers about saved-up pills or a method at hand: the follow-up asks for distance from them.
_MEANS_RULES = frozenset({"self_harm.stockpiling", "self_harm.means_at_hand", "self_harm.overdose_thoughts", "self_harm.overdose_question", "self_harm.plan", "self_harm.means_named"})
_PREGNANCY_RELEVANT = "|".join([lexicon.TRAINING, *lexicon.PREGNANCY_SIGNS.values(), lexicon.TIGHTENING, lexicon.WEAKNESS, lexicon.PREGNANCY_IMPLIED, PREGNANCY_SIGNS_ANY_L10N])
# A cheap look at raw history text before normalising it: could it mention a pregnancy?
_MAYBE_PREGNANT = re.compile(
    r"pregn|pregant|trimester|expecting|bump|natal|weeks along|weeks gone|\d\s*(?:weeks|wks)\b|waters|baby|"
    r"embaraz|enceinte|grossesse|schwanger|ssw|gravid|incinta|zwanger|ci[aą][zż]|semanas|semaines|settiman|weken|tygodn",
    re.IGNORECASE,
)
_MAYBE_PREGNANT_FIRST_LOOK = prefilter(f"(?i:{_MAYBE_PREGNANT.pattern})", min_chars=0)


def _may_mention_pregnancy(texts: str) -> bool:
    """`_MAYBE_PREGNANT.search(texts)`, with RE2's linear look first on ASCII text (exact there:
    `host.safety.prefilter`); Python's backtracking scan of the whole history took 13-30 us."""
    if texts.isascii() and _MAYBE_PREGNANT_FIRST_LOOK is not None and not _MAYBE_PREGNANT_FIRST_LOOK.could_match(texts):
        return False
    return _MAYBE_PREGNANT.search(texts) is not None


_VOCABULARY = lexicon.vocabulary()
# Findings that say why someone fainted better than the cardiac fainting rule does.
# nearly fainting on diuretics and laxatives ("ontem quase desmaiei"): the pills explain it, the eating-disorder answer leads
_EXPLAINS_FAINTING = frozenset({"cardiac.collapse_other", "eating_disorder.crash_diet", "eating_disorder.laxatives", "eating_disorder.diet_pills"})
# Saying where they are in a red-flag message ("we're in Cork", "I live in Leeds"): that place's lines.
_SAYS_WHERE = re.compile(r"(?<![a-z])(?:were|we are|im|i am|we live|i live|living|based|staying|from|here) in (?=[a-z])")


def read(message: str) -> Text:
    """`message` normalised for the rules."""
    return Text(normalise(message, _VOCABULARY, lexicon.TYPO_TARGETS))


def hashed(user_id: str) -> str:
    """A short, stable stand-in for a user id in log lines."""
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()[:12]


# Between equally severe findings, the more specific reply: a pregnant user's chest pain gets
# the midwife-and-emergency answer, a starving user's suicidal thoughts the crisis line.
_CATEGORY_ORDER = ("eating_disorder", "cardiac", "pregnancy", "self_harm")


def _rank(finding: Finding) -> tuple[int, bool, int]:
    return SEVERITIES.index(finding.severity), finding.action == "answer", _CATEGORY_ORDER.index(finding.category)


class Guard:
    """The built-in safety guard, configured by `[safety]` (`host.config.SafetyConfig`)."""

    def __init__(self, settings: SafetyConfig | None = None) -> None:
        self.settings = settings or SafetyConfig()
        self.helplines = Helplines.load(self.settings.helplines)
        self.categories = tuple(c for c in CATEGORIES if c in self.settings.categories)
        self.limits = Limits(self.settings.max_loss_kg_per_week, self.settings.min_intake_kcal, self.settings.min_goal_weight_kg)
        self.hits: Counter[str] = Counter()
        self.shadow_hits: Counter[str] = Counter()
        self.warnings = self._warnings()

    # --- the hook -----------------------------------------------------------------------------

    @hookimpl
    def screen(self, message: str, context: ScreenContext) -> Intervention | None:
        """Red flags in `message` (with the history and profile): an `Intervention`, or None."""
        if not self.settings.enabled:
            return None
        started = time.perf_counter()
        finding = self.assess(message, context.history, context.profile)
        if finding is None:
            return None
        lines = self.lines_for_finding(finding, context.profile)
        intervention = self.intervention(finding, lines)
        key = f"{finding.category}/{finding.severity}"
        shadow = self.settings.mode == "shadow"
        (self.shadow_hits if shadow else self.hits)[key] += 1
        log.info(
            "safety hit category=%s severity=%s rule=%s action=%s mode=%s user=%s transport=%s region=%s latency_ms=%.1f",
            finding.category, finding.severity, finding.rule_id, finding.action, self.settings.mode,
            hashed(context.user_id), context.transport, lines.region, (time.perf_counter() - started) * 1000,
        )
        return None if shadow else intervention

    # --- deciding -----------------------------------------------------------------------------

    def assess(self, message: str, history: Sequence[Mapping[str, Any]] = (), profile: Mapping[str, Any] | None = None) -> Finding | None:
        """The most severe finding for `message`, or the sticky preface, or None; with the plain
        answer first when the message asks whether the activity can go on (`host.safety.answer_first`)."""
        text = read(message)
        finding = self._assess(text, message, history, profile)
        if finding is None or finding.action != "answer":
            return finding
        first = answer_first.opener(finding, text, finding.language)  # in the language the reply is in
        return evolve(finding, opener=first) if first else finding

    def _assess(self, text: Text, message: str, history: Sequence[Mapping[str, Any]], profile: Mapping[str, Any] | None) -> Finding | None:
        finding = self._assess_message(text, message, history, profile)
        if finding is None or finding.action != "answer":
            return finding
        if not finding.region:
            # "Australia. it's fine" answering where they are; "I live in Perth" two messages ago
            region = self._place_opening(text) or self._region_said_before(history) or _us_said(message)
            finding = evolve(finding, region=region) if region else finding
        language = _language_before(history)
        weak = finding.language and language and finding.language != language and len(text.find(lexicon.LANGUAGE_WORDS[finding.language])) <= 1
        # "No quiero ir al médico, me da muchísima vergüenza" after a Spanish message: English's "me" alone doesn't
        # make it English; as many of the conversation's language's words as English ones keep that language
        level_with = language in replies.LANGUAGE_HOME and not finding.language and len(text.find(lexicon.LANGUAGE_WORDS[language])) >= len(text.find(lexicon.ENGLISH_WORDS)) > 0
        if weak or not finding.language and not finding.home and (not _reads_english(text) or level_with):
            # "quanti giorni posso andare avanti così?" after an Italian message: still Italian; one
            # shared word ("mas") doesn't turn a Spanish conversation Portuguese
            if language in replies.LANGUAGE_HOME:
                localised = replies.has_version(finding.reply, finding.detail)
                finding = evolve(finding, language=language if localised else "", home=replies.LANGUAGE_HOME[language])
        return finding

    def _place_opening(self, text: Text) -> str:
        """The region a message opens on ("Australia. it's fine ...", "glasgow, 2am"), or ""."""
        opening = _OPENING_CLAUSE.match(text.text)
        return self.helplines.named_in(opening.group(1)) or "" if opening else ""

    def _region_said_before(self, history: Sequence[Mapping[str, Any]]) -> str:
        """The region the user's recent messages said they are in ("I'm in Glasgow"), or ""."""
        for said in _recent_user_texts(history, count=6):
            said_text = read(said)
            region = self.helplines.named_in(said_text.text) if _SAYS_WHERE.search(said_text.text) else self._place_opening(said_text)
            if region:
                return region
        return ""

    def _assess_message(self, text: Text, message: str, history: Sequence[Mapping[str, Any]], profile: Mapping[str, Any] | None) -> Finding | None:
        facts = self.facts(history, profile or {}, text)
        found = detect(text, facts, self.limits, self.categories)
        previous = _previous_user_text(history)
        if previous is not None and not any(f.action == "answer" for f in found):
            joined = detect(Text(normalise_joined((previous, message), _VOCABULARY, lexicon.TYPO_TARGETS)), facts, self.limits, self.categories)
            if joined:
                alone = {f.rule_id for f in detect(read(previous), facts, self.limits, self.categories)}
                found += [f for f in joined if f.rule_id not in alone]
        sticky = self._follow_up(history, text)
        if any(f.rule_id in _EXPLAINS_FAINTING for f in found):
            # "my 12 year old went down at cross country": their collapse, not the user's own fainting;
            # "one rice cake a day, nearly blacked out on the stairs": fainting from not eating
            found = [f for f in found if f.rule_id != "cardiac.fainting"]
        if found and text.has(lexicon.CLEARED_EARLIER) and not text.has(lexicon.SINCE_CLEARED):
            # "had chest pains last year ... all clear, turned out to be reflux ... how do I start couch to 5k?"
            found = [f for f in found if f.category != "cardiac"]
        if found:
            worst = self._where(what_it_does(_for_who(_in_care_self_harm(_for_carer(_for_someone_else(_passed_for_someone_else(_settled_with_rest(_theirs_in_their_words(_playing_on_now(_specific(max(found, key=_rank), found, text), text), text), text), text), text), text), text), text), text), text)
            worst = self._quoted_from_someone_else(worst, message, text, facts)
            worst = _goodbye_unreachable(worst, text)
            if worst.reply == "self_harm_concern" and not worst.detail and any(read(t).has(any_of_patterns(lexicon.YOUNG, _BOTH_YOUNG)) for t in _recent_user_texts(history)):
                worst = evolve(worst, detail="young")  # "he'd kill me if I told the coach lol", from a 17-year-old: still a trusted adult
            # "i dont want to bother the midwife over a bit of spotting": the sign said again, with the worry about
            # making a fuss; the answer to the worry, as long as it is as urgent as the sign
            fuss_again = sticky is not None and sticky.detail == "fuss" and sticky.category == worst.category and _rank(sticky) >= _rank(worst)
            # "he'd go mad if he thought i was saying he has an eating disorder, its girls that get that": naming
            # their disorder again is the pushback the follow-up answers
            pushback = sticky is not None and sticky.detail in ("boys", "secret") and sticky.category == worst.category and worst.rule_id.endswith("_other")
            if sticky is not None and (worst.action == "preface" or fuss_again or pushback or sticky.action == "answer" and _rank(sticky) > _rank(worst)):
                return _in_their_language(max((sticky, worst), key=_rank), text)
            return _in_their_language(worst, text)
        if sticky is not None:
            if sticky.action != "answer" and (concern := self._concern(message, text, history)) is not None and concern.category == sticky.category:
                # "ive been skipping meals and doing 2 hours on the cross trainer already" after "10kg in a week":
                # training words put it on the agents' ground, but the word model reads the red flag again
                return concern
            return _in_their_language(sticky, text)
        return _quoted_plan(message, text, alone=True) or self._concern(message, text, history)

    def _quoted_from_someone_else(self, finding: Finding, message: str, text: Text, facts: Facts) -> Finding:
        """A self-harm red flag only inside someone else's quoted words ("my mate keeps saying stuff like
        'I won't be around'"): theirs, so the answer is for the one who worries (a trusted adult too,
        for a young user)."""
        if finding.category != "self_harm" or finding.rule_id in ("self_harm.plan_other", "self_harm.preparation_other") or not _REPORTED_SPEECH.search(text.text):
            return finding
        unquoted = _QUOTED.sub(" ", message)
        if unquoted == message or re.search(r"(?<![A-Za-z])I (?:said|say|told|texted|wrote|replied)(?![A-Za-z])", message) or any(f.category == "self_harm" and f.action == "answer" for f in detect(read(unquoted), facts, self.limits, self.categories)):
            return finding
        if plan := _quoted_plan(message, text):
            return plan
        if finding.rule_id.endswith("_other") or finding.reply == "self_harm_concern":
            return finding
        return Finding("self_harm", "support", "self_harm.concern", "self_harm_concern", detail="young" if text.has(lexicon.YOUNG) or text.has(_BOTH_YOUNG) else "")

    def _concern(self, message: str, text: Text, history: Sequence[Mapping[str, Any]] = ()) -> Finding | None:
        """What no rule caught and no red-flag conversation carries: the word model's reading
        (`host.safety.concern`), answered with the category's check-in when it is confident."""
        if self.settings.concern_threshold >= 1:
            return None
        concern = concern_model().read(message)
        # Pregnancy stays with the rules: most messages that name one are everyday questions, and
        # the rules already preface them; a wrong check-in there costs more than it catches.
        if concern is None or concern.probability < self.settings.concern_threshold or concern.category not in self.categories or concern.category == "pregnancy":
            return None
        category = concern.category
        if category == "cardiac" and text.has(lexicon.CLEARED_EARLIER) and not text.has(lexicon.SINCE_CLEARED):
            return None  # a heart scare checked and cleared, told as background
        if category == "cardiac" and text.has(_MUSCLE_INJURY) and not text.has(_HEART_WORDS):
            return None  # "my hamstring popped during sprints, tight now": a muscle, not the heart
        if category == "cardiac" and text.has(_OUT_OF_PRACTICE) and not text.has(_NOT_BREATH_ALONE):
            return None  # "im so unfit, breathless after a flight of stairs since i stopped running": fitness lost
        if category == "cardiac" and not text.has(_HEART_ONLY) and any(read(t).has(_CHEST_INFECTION) for t in (text.text, *_recent_user_texts(history)[-2:])):
            return None  # "got a cold on my chest", "what if its in my chest though?" after "can i run with a cold?"
        # a beginner's own short request: a longer message, or one quoting someone, can hold a red flag no list names
        # ("un programme de course pour un collègue ... le pont d'où il sauterait", holdout36)
        own_short_request = len(text.text.split()) <= 25 and not _QUOTED.search(message)
        if own_short_request and category in ("self_harm", "eating_disorder") and not text.has(_DARK_L10N) and not text.has(_NOT_WAKING_L10N) and not text.has(_WORN_OUT_L10N) and (
            text.has(_NO_SPORT_NOW_L10N) or language_of(text) and text.has(_GET_FIT_L10N)
        ):
            # "Je ne fais aucun sport, tu peux me faire un programme ?", "Quiero ponerme en forma, ahora no hago nada de
            # deporte", "Nic nie ćwiczę, możesz mi rozpisać plan?": a beginner, no sport yet, with no word of death, an end
            # or not eating beside it (holdout53's "Ahora mismo no corro nada")
            return None
        if language_of(text):
            # in another language the model leans on function words ("ich", "und": most of its rows in those languages
            # are red flags), so its heart reading needs a heart word there. Its self-harm reading is kept whatever the
            # words: a list of them missed "sarebbe meglio non svegliarmi" and "le pont d'où il sauterait"
            if category == "cardiac" and not text.has(HEART_SIGNS_L10N):
                return None  # "zum Frühstück hatte ich zwei Brötchen mit Käse": breakfast
            if category in ("self_harm", "eating_disorder") and text.has(_MOVING_L10N) and not text.has(_DARK_L10N) and (
                text.has(_FEELS_BETTER_L10N) or category == "eating_disorder" and text.has(_HOW_OR_WHY_L10N)
            ):
                # "je me sens plus léger depuis que je fais du vélo": feeling better for the exercise;
                # "Pourquoi je ne peux pas courir tous les jours ?": a training question, not eating. The same
                # filter on the self-harm reading lost a blind set's red flag: "Je veux commencer à courir.
                # Comment je commence ?" still gets the self-harm check-in (a false alarm is the lesser harm)
                return None
            if category == "self_harm" and text.has(_CORRECTION_L10N) and not text.has(_DEATH_L10N):
                # "na verdade foram dois bifes, não um": a logged amount corrected, not an end
                return None
            if category == "self_harm" and text.has(_CAN_I_EAT_L10N) and not text.has(_DEATH_L10N):
                # "Je peux manger des crêpes sans oeuf ?": the model leans on "sans"; asking what they may eat is no
                # self-harm reading without a word of death or an end beside it
                return None
            if category == "self_harm" and (text.has(_START_AN_ACTIVITY_L10N) or own_short_request and text.has(_FIRST_RACE_OR_PLAN_L10N)) and not text.has(_DARK_L10N) and not text.has(_NOT_WAKING_L10N):
                # "Quiero empezar a correr pero nunca he corrido en mi vida", "Je veux commencer à courir. Comment je
                # commence ?": a sport to start, with no word of death or an end beside it; "Quiero correr mi primer
                # 5k, ¿me das una rutina? Ahora mismo no corro nada": a first race or a plan asked for (holdout53)
                return None
            if category == "self_harm" and text.has(_NO_MORE_OF_AN_ACTIVITY_L10N) and not text.has(_DARK_L10N):
                # "ich will einfach nicht mehr laufen, meine Knie tun weh", "ya no quiero correr maratones": the
                # "no more" has an object, a sport or their weight; alone ("ich will einfach nicht mehr") the rules
                # read it
                return None
            if (
                category in ("self_harm", "eating_disorder") and "?" in message and text.has(_ALLERGY_OR_SCHOOL_L10N)
                and not text.has(_DARK_L10N) and not text.has(_CANT_GO_ON_L10N)
            ):
                # "Je suis allergique aux arachides. Que dois-je vérifier au supermarché ?", "Was muss ich den Lehrern für
                # die Klassenfahrt sagen?": an allergy, or what to tell the teachers, with no word of an end or of eating
                return None
        if category == "cardiac" and (cleared := _NO_HEART_SIGN.sub(" ", text.text)) != text.text and not _NEGATION_ENDS.search(cleared):
            # "no chest pain and no dizziness when I run, just want a faster 5k": the signs it names are
            # the ones they do not have; the model reads what is left
            again = concern_model().read(cleared)
            if again is None or again.category != "cardiac" or again.probability < self.settings.concern_threshold:
                return None
        if category == "self_harm" and text.has(_REST_FOR_A_WHILE) and text.has(lexicon.HUMOUR) and not text.has(_NOT_JUST_REST):
            return None  # "honestly just want to stay in bed all weekend haha": a lie-in, laughed about
        if category == "self_harm" and laughing_at_effort(text) and text.has(any_of_patterns(lexicon.HYPERBOLE_WISH, lexicon.HYPERBOLE_WISH_L10N)):
            return None  # "ich will sterben haha, Beintag war brutal": the rules' reading of hyperbole stands
        if category == "eating_disorder" and text.has(_VENTING) and text.has(lexicon.TRAINING) and not text.has(any_of_patterns(lexicon.FOOD_TOPIC, lexicon.WEIGHT_TALK, _RESTRICTION_SIGNS, r"binge\w*|binging|overate|ate|eaten|eating|calories|cals|kcal|guilt\w*")):
            return None  # "got dumped, need a hard run to get it out of my system": a feeling worked off, no food or weight in it
        if category == "self_harm" and text.has(_NO_MORE_OF_AN_ACTIVITY) and not text.has(_NOT_ANY_MORE_OF_LIFE):
            return None  # "I don't want to run marathons anymore": the "no more" has a sport for its object
        if category == "self_harm" and text.has(_TIRED_OF_A_FOOD) and not text.has(_NOT_JUST_REST):
            return None  # "anything but pasta, I'm tired of it": a food they are sick of, not of life
        if category == "eating_disorder" and text.has(_ONE_FOOD_GROUP_SKIPPED) and not text.has(_RESTRICTION_SIGNS):
            return None  # "my daughter is a picky eater and barely eats veg": one food group, not eating too little
        other = _about_someone_else(text) or bool(_SOMEONE_ELSE_L10N.search(text.text)) or _in_my_care(text) or _mostly_about_them(text)
        if category == "self_harm" and not other and _REPORTED_SPEECH.search(text.text) and (unquoted := _QUOTED.sub(" ", message)) != message:
            # "one of my PT clients just texted me: 'thanks for everything ... I've sorted out my pills'": the
            # words are the client's when the rest of the message reads as no red flag
            again = concern_model().read(unquoted)
            other = again is None or again.category != "self_harm" or again.probability < self.settings.concern_threshold
        if category == "cardiac":
            finding = Finding(category, "urgent", "cardiac.model_other", "cardiac_check_other") if other else Finding(category, "urgent", "cardiac.model", "cardiac_check")
        elif category == "eating_disorder":
            finding = (_for_carer(Finding(category, "support", "eating_disorder.model_other", "eating_disorder_concern"), text) if other
                       else Finding(category, "support", "eating_disorder.model", "eating_disorder"))
        elif other:
            finding = _goodbye_unreachable(_quoted_plan(message, text) or Finding(category, "support", "self_harm.model_other", "self_harm_concern", detail=_goodbye_after_low(text)), text)
        elif thing := means_named(text):  # "there's a rope in the garage and I keep thinking about using it"
            finding = Finding(category, "urgent", "self_harm.means_named", "self_harm_means", detail=thing)
        elif (language := language_of(text)) in replies.LANGUAGE_HOME:
            # "je ne vois plus l'intérêt de continuer à vivre": the first answer in their language
            finding = Finding(category, "support", "self_harm.model", "self_harm_other_language", detail=language)
        else:
            reply = "self_harm_young" if text.has(lexicon.YOUNG) else "self_harm_check"
            finding = Finding(category, "support", "self_harm.model", reply)
        return _in_their_language(self._where(finding, text), text)

    def _where(self, finding: Finding, text: Text) -> Finding:
        """`finding` with the region the message says they are in ("we're in Cork"), if it names one."""
        if finding.action != "answer" or finding.region or not _SAYS_WHERE.search(text.text):
            return finding
        region = self.helplines.named_in(text.text)
        return evolve(finding, region=region) if region else finding

    def facts(self, history: Sequence[Mapping[str, Any]], profile: Mapping[str, Any], text: Text | None = None) -> Facts:
        """What the history and profile tell the rules: a pregnancy, the guard's last question.

        The history is searched for a pregnancy only when `text` could need it (a warning sign
        or exercise), which keeps an ordinary message's screening cheap."""
        # RE2's first look at the message (exact when it says no) before the history is read
        maybe_relevant = text is None or text.could_have(_PREGNANCY_RELEVANT)
        pregnant = bool(profile.get("pregnant")) or maybe_relevant and _pregnant_before(history, text)
        last_answer = next((r for r in reversed(history) if r.get("role") == "assistant"), None)
        last_safety = (last_answer or {}).get("safety") or {}
        self_harm_answer = last_safety.get("category") == "self_harm" and last_safety.get("action") == "answer"
        asked_if_safe = self_harm_answer and last_safety.get("severity") in ("urgent", "emergency")
        asked_thoughts = self_harm_answer and last_safety.get("severity") == "support" and last_safety.get("rule_id") not in ("self_harm.concern", "self_harm.model_other", "self_harm.postnatal_depression")
        anchor = self._anchor(history)
        postpartum = text is not None and text.could_have(_AFTER_BIRTH_RELEVANT) and _after_birth_before(history, text)
        return Facts(
            pregnant=pregnant, postpartum=postpartum, asked_if_safe=asked_if_safe, asked_about_thoughts=asked_thoughts,
            # the user's own thoughts, not someone else's ("what do I say to her tonight?" after her cuts is no timing of theirs)
            recent_self_harm=anchor is not None and anchor.get("category") == "self_harm" and anchor.get("rule_id") not in _SELF_HARM_OTHERS,
        )

    def _anchor(self, history: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
        """The `safety` of the guard's last red-flag answer, if fewer than `sticky_turns` user
        messages followed it (its own follow-up answers do not restart the count)."""
        if self.settings.sticky_turns <= 0:
            return None
        messages_since = 0
        for record in reversed(history):
            if record.get("role") == "user":
                messages_since += 1
                if messages_since > self.settings.sticky_turns - 1:
                    return None
            elif record.get("role") == "assistant":
                safety = record.get("safety") or {}
                if (
                    safety.get("action") == "answer"
                    and safety.get("category") in STICKY_CATEGORIES & set(self.categories)
                    and not str(safety.get("rule_id", "")).endswith(".follow_up")
                ):
                    return safety
        return None

    def _follow_up(self, history: Sequence[Mapping[str, Any]], text: Text) -> Finding | None:
        """Within `sticky_turns` messages of a red-flag answer: the guard answers what carries
        the red flag on ("it goes away when I stop, give me a plan", "I'll just lie down",
        "please don't tell anyone") and prefaces what is on the agents' own ground (a meal
        after chest pain, a workout question after a self-harm answer)."""
        anchor = self._anchor(history)
        if anchor is None:
            return None
        category, severity = anchor["category"], anchor.get("severity", "support")
        preface = Finding(category, "advise", f"{category}.sticky", action="preface")
        if str(anchor.get("rule_id", "")).startswith("pregnancy.postpartum") and not re.fullmatch(rf"(?:{lexicon.ACKNOWLEDGE})(?: [.?,!])*", text.text.strip()):
            # after a warning sign after a birth: "it'll probably slow down", "she says it's from the hospital bed",
            # "once I'm checked, when can I run?": the same urgency again, of whoever it is
            theirs = any(birth_is_someone_elses(read(t)) for t in _recent_user_texts(history, count=6))
            kind = "cleared" if answer_first.after_cleared(text) else "emergency" if severity == "emergency" else "urgent"
            return Finding(category, severity, f"{category}.follow_up", "postpartum_follow_up", detail=kind + ("|other" if theirs else ""), region=self.helplines.named_in(text.text) or "")
        if category in ("pregnancy", "cardiac") and severity == "urgent" and answer_first.after_cleared(text) and text.is_question():
            # "ok I'll call. once I'm cleared, is running in the first trimester actually fine?": the call first, then the answer
            named = answer_first.named_activity(text)
            return Finding(category, "urgent", f"{category}.follow_up", f"{category}_once_cleared", detail=named, region=self.helplines.named_in(text.text) or "")
        if (category == "cardiac" and severity == "urgent" and text.has(_WILL_SEE_DOCTOR) and text.has(any_of_patterns(lexicon.WHAT_TO_EAT, _FOOD_QUESTION))
                and not text.has(any_of_patterns(lexicon.MINIMISING, lexicon.BACK_TO_TRAINING, _LINE_NO_ANSWER)) and not text.has(lexicon.CHEST)):
            # "ok ok I'll book the GP. in general what should I eat before a class so it doesn't happen?": the doctor agreed
            # to, the food question is Ceres' own, with the sticky note (holdout52)
            return preface
        acting = re.fullmatch(rf"(?:{lexicon.ACTING})(?: [.?,!])*", text.text.strip()) or text.has(lexicon.DONE_CALLING) and not text.has(any_of_patterns(lexicon.MINIMISING, lexicon.BACK_TO_TRAINING, _LINE_NO_ANSWER))
        if anchor.get("rule_id") in _BYSTANDER_EMERGENCIES | {"cardiac.bystander"} and text.has(_NO_CPR):
            # "i dont know cpr": hands-only CPR, step by step, and the call handler guides it
            return Finding(category, "emergency", f"{category}.follow_up", "cardiac_bystander_follow_up", detail="no_cpr", region=self.helplines.named_in(text.text) or "")
        if anchor.get("rule_id") in _BYSTANDER_EMERGENCIES | {"cardiac.bystander"} and (acting or text.has(_HELP_COMING)):
            # "ok ambulance is on the way ... should i sit him up?": what to do for them until it comes
            return Finding(category, "emergency", f"{category}.follow_up", "cardiac_bystander_follow_up", detail="waiting", region=self.helplines.named_in(text.text) or "")
        if (severity in ("urgent", "emergency") or category == "self_harm") and acting:
            # "ok I'm calling them": what to do meanwhile, not the same request again
            signs = _signs_before(history) if category == "pregnancy" else ""
            return Finding(category, severity, f"{category}.follow_up", "getting_help", detail=f"{category}|{signs}" if signs else category)
        if category in ("pregnancy", "cardiac") and text.has(lexicon.SIGNS_QUESTION):
            # "what signs mean I should stop?" after a red-flag answer: the signs, from the guard
            return Finding(category, "advise" if severity == "advise" else severity, f"{category}.warning_signs", f"{category}_warning_signs")
        if category == "self_harm" and text.has(lexicon.APOLOGY) and len(text.text.split()) <= 14:
            # "sorry for dumping that on a fitness app lol": no need to apologise; the lines again
            return Finding(category, "support", f"{category}.follow_up", "self_harm_thanks", detail="sorry", region=self.helplines.named_in(text.text) or "")
        if re.fullmatch(rf"(?:{lexicon.ACKNOWLEDGE})(?: [.?,!])*", text.text.strip()):
            return Finding(category, "support", f"{category}.follow_up", "self_harm_thanks") if category == "self_harm" else preface
        young = any(read(t).has(lexicon.YOUNG) for t in (*_recent_user_texts(history), text.text))
        if category == "cardiac" and young and text.has(lexicon.TELL_PARENTS) and str(anchor.get("rule_id", "")) not in _SOMEONE_ELSES_RULES:
            # "my mum would freak if i told her so im not gonna" (16, nearly blacked out): an adult needs to know
            return Finding(category, "urgent", f"{category}.follow_up", "cardiac_confidential", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and text.has(lexicon.TELL_ANYONE) and not text.has(lexicon.TELL_PARENTS):
            # "please dont tell anyone": the assistant calls no one, and the helplines are confidential too
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", "self_harm_confidential", detail="anyone", region=self.helplines.named_in(text.text) or "")
        if category in ("self_harm", "pregnancy") and text.has(lexicon.TELL_PARENTS) and (category == "self_harm" or young and severity in ("urgent", "emergency")):
            # "et si j'appelle ils vont prévenir mes parents ?", "i cant go to a doctor, my mum will find out"
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", f"{category}_confidential", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and (text.has(lexicon.NO_CALLS) or text.has(lexicon.TRAINING)) and any(read(t).has(lexicon.RELAPSE) for t in _recent_user_texts(history)):
            # "they're not deep. I don't want a hotline, I want a lifting answer" after a relapse: the weeks
            # still count, a way to reach someone without calling, and the cuts kept clean before any bar work
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", "self_harm_relapse", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and text.has(lexicon.NO_CALLS):
            # "I'm not ringing anyone. just give me a meal plan": the ways to write instead, before any plan; "please don't
            # tell me to call someone, i just want the food answer" after cuts and a question about healing: the food
            # answer and the wounds' care (holdout52)
            level = severity if severity in ("urgent", "emergency") else "support"
            wounds = anchor.get("rule_id") == "self_harm.self_harm" and text.has(r"food|eat|eating|diet|protein|heal\w*|the answer|my answer|my question|the question")
            return Finding(category, level, f"{category}.follow_up", "self_harm_no_calls", detail="wounds" if wounds else "", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and text.has(lexicon.INSTEAD_OF_HELP):
            # "can't I just handle it with the gym?": alongside support, not instead of it
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="instead", region=self.helplines.named_in(text.text) or "")
        food, training = text.has(lexicon.FOOD_TOPIC), text.has(lexicon.TRAINING)
        carer_anchor = category == "eating_disorder" and (anchor.get("rule_id") == "eating_disorder.carer" or str(anchor.get("rule_id", "")).endswith("_other"))
        if (carer_anchor or anchor.get("rule_id") in _SELF_HARM_OTHERS) and text.has(_LEAD_AWAY):
            # "our safeguarding lead is off till monday, is it ok to just wait?": the deputy or the head, today
            reply = "eating_disorder_concern_follow_up" if category == "eating_disorder" else "self_harm_concern_follow_up"
            return Finding(category, "support", f"{category}.follow_up", reply, detail="deputy", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and str(anchor.get("rule_id", "")).endswith("_other") and text.has(_TELL_AN_ADULT_Q):
            # "she says she's fine and just cutting for the season. should I tell our coach?": yes, a trusted adult (holdout52)
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_tell_adult", region=self.helplines.named_in(text.text) or "")
        if carer_anchor and text.has(lexicon.OVERREACTING):
            # "she says she's fine and I'm overreacting. am I?": no, and why it matters; the GP still
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_not_overreacting",
                           detail=_carer_signs(read(" ".join(_recent_user_texts(history)))), region=self.helplines.named_in(text.text) or "")
        if carer_anchor and text.has(any_of_patterns(lexicon.DELAYING, r"leave it|let it (?:pass|go|be)|(?:see if|hope) (?:it|she|he|they) (?:passes|pass|grows? out of it|sorts? itself out)|give it (?:a few )?(?:time|weeks|months)|ignore it|its (?:just )?a phase")):
            # "maybe I'll just leave it and see if it passes?": don't wait; how to raise it
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_dont_wait", region=self.helplines.named_in(text.text) or "")
        if carer_anchor and text.has(lexicon.WHO_TO_TALK_TO):  # "ok. who do i actually talk to?": the GP first, and who helps carers
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", detail="who", region=self.helplines.named_in(text.text) or "")
        if carer_anchor and text.has(lexicon.HOW_TO_TALK):  # "how do I bring it up with her?"
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", region=self.helplines.named_in(text.text) or "")
        if str(anchor.get("rule_id", "")).startswith("eating_disorder.unintended_loss") and text.has(any_of_patterns(_FUSS, r"worse off|busy|better things to do|waste of time|nothing they can do")):
            # "I don't like to bother the doctor, they've got people much worse off": it's what they're for
            return Finding(category, "support", f"{category}.follow_up", anchor.get("rule_id", "").replace("eating_disorder.", ""), detail="fuss",
                           region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(_ASHAMED):
            # "No quiero ir al médico, me da muchísima vergüenza": the shame met first, in their language (holdout52)
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_shame", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(lexicon.WHAT_TO_SAY):
            # "fine. what would I even say to a doctor": words to start with, naming their periods if they said so
            said = [read(t) for t in _recent_user_texts(history)]
            detail = "periods" if any(t.has(lexicon.AMENORRHOEA) for t in said) else "purging" if anchor.get("rule_id") == "eating_disorder.purging" else ""
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_what_to_say", detail=detail,
                           region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(lexicon.HELP_LATER):
            # "ill tell my therapist after the wedding, promise. just the number pls": now, not after
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_help_now", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(lexicon.WHAT_TO_EAT) and not text.has(lexicon.MEAL_TOPIC) and not text.has(lexicon.WEIGHT_TALK):
            # "ok then what should i eat instead?": regular eating, without a number (Beat, NHS: regular meals and snacks)
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_regular_eating", region=self.helplines.named_in(text.text) or "")
        if (category == "eating_disorder" and not carer_anchor and text.has(lexicon.STRESS_SAID) and not text.has(lexicon.BODY_FEELINGS)
                and not text.has(any_of_patterns(lexicon.WHAT_TO_EAT, lexicon.TRAINING, lexicon.WEIGHT_TALK, lexicon.FOOD_TOPIC)) and len(text.text.split()) <= 25):
            # "i dont know, stressed about uni i guess" after "how have you been feeling?": what weighs on them, heard
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_feelings", detail="stress", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and re.fullmatch(r"(?:no|nope|nah|not really|no thanks|no thank you|rather not|id rather not|i dont want to)(?: [.?,!])*", text.text.strip()):
            # "no" to "would you like to talk about how you've been feeling?": that's fine, and the door left open
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_feelings", detail="not_now", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(lexicon.BODY_FEELINGS) and not text.has(lexicon.WHAT_TO_EAT) and not text.has(lexicon.TRAINING):
            # "idk i just feel fat and gross all the time": the feeling answered, not "no numbers" again
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_feelings", region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and not carer_anchor and text.has(lexicon.IS_IT_SAFE):
            # "powiedz chociaż czy to bezpieczne" (tell me at least whether it's safe): no, and what it does to the body
            rule = str(anchor.get("rule_id", ""))
            about = next((name for key, name in _SAFE_ABOUT.items() if key in rule), "")
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_not_safe", detail=about, region=self.helplines.named_in(text.text) or "")
        if category == "eating_disorder" and text.has(lexicon.WEIGHT_IS_FINE):
            # "my weight's totally normal though so it's fine right?": not about the number
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_weight_is_fine", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and training and text.has(lexicon.TRAINING_AS_HARM):
            # "just give me a harder workout so I don't have to do the other stuff": the workout is the hurt
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", "self_harm_training_as_harm", region=self.helplines.named_in(text.text) or "")
        if category in ("eating_disorder", "self_harm") and training and any(read(t).has(any_of_patterns(lexicon.TRAINING_AS_HARM, lexicon.COMPULSIVE_EXERCISE, lexicon.BURN_IT_OFF)) for t in _recent_user_texts(history)):
            # "Ist doch nur Sport. Gib mir einfach einen härteren Trainingsplan." after training to punish
            # themselves or to burn food off: no plan (it would be more of the hurt), in their language
            level = severity if severity in ("urgent", "emergency") else "support"
            return Finding(category, level, f"{category}.follow_up", "eating_disorder_follow_up" if category == "eating_disorder" else "self_harm_training_as_harm",
                           region=self.helplines.named_in(text.text) or "")
        if category == "cardiac" and text.has(lexicon.WATCH_ECG):
            # "just tell me the minimum ... is a smartwatch ecg enough?": no, it can't rule it out
            level = severity if severity in ("urgent", "emergency") else "urgent"
            return Finding(category, level, f"{category}.follow_up", "cardiac_checks", detail="watch", region=self.helplines.named_in(text.text) or "")
        if category == "cardiac" and text.has(lexicon.CHECKS_QUESTION):
            # "ugh fine. what would they even check?": what the doctor does, and still no training until then
            level = severity if severity in ("urgent", "emergency") else "urgent"
            return Finding(category, level, f"{category}.follow_up", "cardiac_checks", region=self.helplines.named_in(text.text) or "")
        if category == "pregnancy" and text.has(lexicon.AVOID_GAIN) and not text.has(lexicon.NOT_PREGNANT):
            # "and how many cals should I eat so I don't gain any weight?": gain is expected, no deficit
            return Finding(category, "advise", f"{category}.follow_up", "pregnancy_weight", region=self.helplines.named_in(text.text) or "")
        if category == "cardiac" and (text.has(lexicon.YOUNG_AND_FIT) or text.has(lexicon.YOUNG_AND_FIT_L10N)) and not text.has(lexicon.NOT_PREGNANT):
            # "I'm 17 and proper fit tho, it's not like it's my heart lol", "he's an athlete": that doesn't rule it out
            rule = str(anchor.get("rule_id", ""))
            other = rule.endswith("_other") or rule in _SOMEONE_ELSES_RULES or rule in _BYSTANDER_EMERGENCIES or rule in ("cardiac.collapse_other", "cardiac.bystander")
            level = severity if severity in ("urgent", "emergency") else "urgent"
            if level == "emergency" and other:
                # "he's 17 and super fit though, probably just dehydration?" after his collapse on the pitch just now
                return Finding(category, level, f"{category}.follow_up", "cardiac_young_fit", detail="other_now", region=self.helplines.named_in(text.text) or "")
            if level == "emergency" and not other:
                # "its probably nothing, im 45 and pretty fit. ill just walk-jog home" after "call now": still now
                return Finding(category, level, f"{category}.follow_up", "cardiac_emergency_follow_up", detail="fit", region=self.helplines.named_in(text.text) or "")
            return Finding(category, level, f"{category}.follow_up", "cardiac_young_fit", detail="other" if other else "", region=self.helplines.named_in(text.text) or "")
        about = _COMMON_ABOUT.get(str(anchor.get("rule_id", "")), "")
        if category == "eating_disorder" and about and text.has(lexicon.EVERYONE_DOES_IT):
            # "mate everyone in the weighing room does it, it's part of the job": common isn't safe
            if about == "weight" or any(read(t).has(lexicon.MAKING_WEIGHT) for t in _recent_user_texts(history)):
                about = "weight"
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_common", detail=about, region=self.helplines.named_in(text.text) or "")
        minimising = (
            text.has(lexicon.MINIMISING) or text.has(lexicon.PUSHBACK)
            # "had 2 big glasses of water, headache a bit better but still getting the sparkles": the sign is still there
            or category in ("cardiac", "pregnancy") and text.has(any_of_patterns(lexicon.EXPLAINED_AWAY, lexicon.DELAYING, lexicon.STILL_PRESENT, lexicon.REFUSES_CARE))
            # "bro chill it was a joke. just give me the diet": taken back, still answered by the guard, line kept
            or category == "self_harm" and text.has(lexicon.TAKEN_BACK)
            # "seriously its fine, its not like its proper self harm. so protein shake or a meal?": it still counts
            or category == "self_harm" and text.has(lexicon.SELF_HARM_DOWNPLAYED)
            # "dont make it a big deal, just log the run": played down, still cared for before the log
            or category == "self_harm" and text.has(_DONT_MAKE_A_FUSS)
            # "ok whatever pls just give me an ab workout then": waved away, not moved on from
            or category in ("self_harm", "eating_disorder") and text.has(lexicon.HELP_DISMISSED)
        )
        on_agents_ground = not minimising and {
            "cardiac": food and not training,
            "pregnancy": food and not training,
            # "what should she eat on the days she misses a class?" after a client's or a child's signs: theirs, the guard's
            "eating_disorder": (training or text.has(lexicon.MEAL_TOPIC)) and not text.has(lexicon.WEIGHT_TALK) and not (carer_anchor and text.has(_ABOUT_THEM)),
            # "can't I just get him to the gym with me and hope it helps?" after his signs: about him, the guard's
            "self_harm": (food or training) and not (anchor.get("rule_id") in _SELF_HARM_OTHERS and text.has(_ABOUT_THEM)),
        }[category]
        if on_agents_ground:
            return preface
        if category == "self_harm" and anchor.get("rule_id") in _SELF_HARM_OTHERS and text.has(_KEEP_SECRET):
            # "he begged me not to tell his parents" (a pupil, a player): it can't stay a secret (safeguarding)
            return Finding(category, "support", f"{category}.follow_up", "self_harm_concern_follow_up", detail="secret", region=self.helplines.named_in(text.text) or "")
        if category == "self_harm" and anchor.get("rule_id") in _SELF_HARM_OTHERS and not text.has(any_of_patterns(lexicon.NO_CALLS, _ME_TOO)):
            if not text.has(_PUNISH_THEM) and any(read(t).has(any_of_patterns(_I_AM_YOUNG, _BOTH_YOUNG)) for t in (*_recent_user_texts(history), text.text)):
                # "he'd kill me if I told the coach lol", from a 17-year-old: still an adult they trust
                return Finding(category, "support", f"{category}.follow_up", "self_harm_concern", detail="young", region=self.helplines.named_in(text.text) or "")
            if text.has(_ANGRY_IF_CALLED):
                # "he'd be furious if I called anyone": their safety comes first
                level = "emergency" if severity == "emergency" else "support"
                return Finding(category, level, f"{category}.follow_up", "self_harm_other_angry", region=self.helplines.named_in(text.text) or "")
            if text.has(_OVERREACTING_TO_CALL) and severity == "emergency":
                # "I don't know his address and don't want to get him in trouble with the police": not
                # overreacting; they can find him from what you know, and it's to keep him safe
                return Finding(category, "emergency", f"{category}.follow_up", "self_harm_cant_reach_other", detail="worry", region=self.helplines.named_in(text.text) or "")
            if text.has(_NOT_MY_PLACE) and not text.has(_PUNISH_THEM):
                # "I don't want to overstep, it's probably just teenage drama isn't it?": act on it all the same
                return Finding(category, "support", f"{category}.follow_up", "self_harm_concern_follow_up", detail="place", region=self.helplines.named_in(text.text) or "")
            if text.has(_CANT_REACH_THEM) and not text.has(_PUNISH_THEM):
                # "I rang, she's not answering. texts aren't delivering": a welfare check now
                return Finding(category, "emergency", f"{category}.follow_up", "self_harm_cant_reach_other", region=self.helplines.named_in(text.text) or "")
            # "what do I even say to him?" after a friend's warning signs: how to ask, still about them;
            # "should I take the blades off her and ground her?": not punishment
            detail = "punish" if text.has(_PUNISH_THEM) else "together" if food or training else ""
            return Finding(category, "support", f"{category}.follow_up", "self_harm_concern_follow_up", detail=detail, region=self.helplines.named_in(text.text) or "")
        if category == "self_harm":
            # where they are ("vivo en Madrid") picks the lines; their language, the reply's
            level, region = severity if severity in ("urgent", "emergency") else "support", self.helplines.named_in(text.text) or ""
            if text.has(lexicon.NO_CALLS):
                # "please don't tell me to call someone, i just want the food answer" after cuts and a question about
                # healing: the food answer and the wounds' care (holdout52)
                wounds = anchor.get("rule_id") == "self_harm.self_harm" and (food or text.has(r"answer|question|heal\w*|protein"))
                return Finding(category, level, f"{category}.follow_up", "self_harm_no_calls", detail="wounds" if wounds else "", region=region)
            language = language_of(text)
            if language or region and anchor.get("rule_id") == "self_harm.other_language":
                return Finding(category, level, f"{category}.follow_up", "self_harm_other_language", detail=language, region=region)
            if text.has(lexicon.TELLING_FAMILY):
                return Finding(category, level, f"{category}.follow_up", "self_harm_telling", region=region)
            downplayed = text.has(lexicon.SELF_HARM_DOWNPLAYED)
            taken_back = text.has(_TAKEN_BACK)
            if text.has(lexicon.DENIAL) or downplayed or taken_back:
                # "it's a joke... mostly. im 15 in ohio": still cared for, as a young person, with their lines
                about = "self_harm" if anchor.get("rule_id") == "self_harm.self_harm" or downplayed else ""
                # "im 15" said in the first message still makes them young when they play it down
                young = "young" if any(read(t).has(lexicon.YOUNG) for t in (text.text, *_recent_user_texts(history))) else ""
                # "lol forget it, i'm just tired. give me a leg workout": back to what they said before moving on (holdout52)
                moving_on = "moving_on" if taken_back and not downplayed and (training or food) else ""
                detail = "|".join(flag for flag in (about, young, moving_on) if flag)
                return Finding(category, level, f"{category}.follow_up", "self_harm_minimised", detail=detail, region=region)
            if text.has(lexicon.NIGHT_ALONE):
                # "I'm in Glasgow, it's 2am and I don't want to wake anyone up": OK to wake someone, lines open all night
                thing = next((means_named(read(t)) for t in _recent_user_texts(history) if means_named(read(t))), "")
                if not thing and anchor.get("rule_id") in _MEANS_RULES:
                    thing = "pills"
                return Finding(category, level, f"{category}.follow_up", "self_harm_night", detail=f"means={thing}" if thing else "", region=region)
            bother = text.find(lexicon.NOT_A_BOTHER)
            if bother:
                who = bother[0].groups.get("who") or ""
                who = "your " + who[3:] if who.startswith("my ") else {"him": "him", "her": "her", "them": "them"}.get(who, "")
                return Finding(category, level, f"{category}.follow_up", "self_harm_not_a_bother", detail=who, region=region)
            if text.has(lexicon.YOUNG):
                return Finding(category, level, f"{category}.follow_up", "self_harm_young", region=region)
            if text.has(_URGES_HELP):
                # "what helps with the urges?": ways through an urge, and the line
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="urges", region=region)
            if text.has(_LINE_NO_ANSWER):
                # "i tried calling the helpline, nobody picked up": try again, another way, and safety now
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="no_answer", region=region)
            if text.has(_NO_ONE_TO_TALK_TO) and not text.has(_NOBODY_CARES):
                # "i dont have anyone to talk to": the lines are there for exactly that, and so is the GP
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="alone", region=region)
            if text.has(_NOBODY_CARES):
                # "wala naman, nobody cares anyway": someone does
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="nobody", region=region)
            if re.search(r"\b(?:bleed\w*|blood\w*|gaping|wont close|need stitches|needs stitches)\b", text.text):
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="wound", region=region)
            if text.has(_INJURY_WORDS) and (text.is_question() or text.has(r"what (?:can|could|should) i|anything i can")):
                # "whatever. is there anything i can even do with a torn acl": what they still can, and still them first
                return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail="injury", region=region)
            if text.has(lexicon.DOSE_QUESTION):
                # "how many would it take with my heart tablets": no number, the means away, help now
                return Finding(category, "urgent", f"{category}.follow_up", "self_harm_follow_up", detail="dose", region=region)
            means = "means" if anchor.get("rule_id") in _MEANS_RULES else ""
            return Finding(category, level, f"{category}.follow_up", "self_harm_follow_up", detail=means, region=region)
        # "bin in Hamburg, wen soll ich anrufen?", "I'm 17 in Ontario": that place's lines
        region = self.helplines.named_in(text.text) or ""
        if anchor.get("rule_id") == "pregnancy.new_start" and not text.has(lexicon.MAX_EFFORT):  # "ok so what can I actually start with this week?"
            return Finding(category, "advise", f"{category}.follow_up", "pregnancy_new_start_follow_up", region=region)
        carer = anchor.get("rule_id") == "eating_disorder.carer" or str(anchor.get("rule_id", "")).endswith("_other")
        if category == "eating_disorder" and carer and text.has(_ONLY_GIRLS):
            # "he'd go mad if he thought i was saying he has an eating disorder, its girls that get that"
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", detail="boys", region=region)
        if category == "eating_disorder" and text.has(lexicon.CANT_GET_SEEN):
            # "the GP can't see him for 2 weeks": don't wait; phone, explain, urgent or after-hours care
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_waiting", detail="other" if carer else "", region=region)
        if category == "eating_disorder" and carer and text.has(any_of_patterns(lexicon.MEAL_TOPIC, r"feed|feeding|eat|eating|food|meals?|portions?")):
            # "so what should I feed him meanwhile?": no plan from us, the team guides it
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_carer_follow_up", region=region)
        if category == "eating_disorder" and carer and text.has(_PUNISH_THEM):
            # "should i take her phone away until she stops?": not punishment; calm care and the GP
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", detail="punish", region=region)
        if category == "eating_disorder" and carer and text.has(_KEEP_SECRET):
            # "she made me promise not to tell anyone" (a pupil, a friend): her health over the promise
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", detail="secret", region=region)
        if (category == "eating_disorder" and str(anchor.get("rule_id", "")).endswith("_other")
                and (language := language_of(text) or _language_before(history)) in replies.LANGUAGE_HOME and answer_first.carry_on_question(text, language)):
            # "Elle a une compétition dans 3 semaines. Elle peut continuer à s'entraîner ?": the answer about her
            # again in her language, after the no (the follow-ups are English only)
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern", region=region)
        if category == "eating_disorder" and str(anchor.get("rule_id", "")).endswith("_other"):
            # a parent or friend asking what to say: how to start that conversation
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_concern_follow_up", region=region)
        if category == "pregnancy" and severity in ("urgent", "emergency") and text.has(lexicon.CANT_REACH_CARE) and not text.has(lexicon.NO_TRANSPORT):
            # "ok maar mijn verloskundige is pas morgen weer bereikbaar": the unit answers day and night
            return Finding(category, severity, f"{category}.follow_up", "pregnancy_cant_reach", region=region)
        if category == "pregnancy" and severity in ("urgent", "emergency") and text.has(lexicon.NO_TRANSPORT):
            # "I'm in Seville, my partner is at work, no car": how to get there, not driving
            return Finding(category, severity, f"{category}.follow_up", "pregnancy_getting_there", region=region)
        if anchor.get("rule_id") == "pregnancy.race" and not text.has(lexicon.MAX_EFFORT):  # "what about my long runs this week?"
            return Finding(category, "advise", f"{category}.follow_up", "pregnancy_race_follow_up", region=region)
        if anchor.get("rule_id") == "pregnancy.complication":
            # "so which cardio machine is safer then?" after pre-eclampsia or bed rest: still the team's call
            named = next((name for t in _recent_user_texts(history) if (name := complication_named(read(t)))), "")
            return Finding(category, "advise", f"{category}.follow_up", "pregnancy_complication", detail=named, region=region)
        if category == "pregnancy" and severity == "advise":  # after "no PRs in pregnancy"
            # "I was lifting heavy before I got pregnant, my body is used to it": experience helps, still no max
            used_to = text.has(r"used to (?:it|lifting|heavy|this)|(?:lifted|lifting|trained|training|did|doing|done) (?:\w+ ){0,2}(?:before|for years|for (?:\d+|a few|many) years)|before i (?:got|was) pregnant|pre pregnancy|experienced|years of (?:lifting|training)")
            return Finding(category, "advise", f"{category}.follow_up", "pregnancy_effort_follow_up", detail="used_to" if used_to else "", region=region)
        if (anchor.get("rule_id") == "cardiac.collapse_other" and text.has(lexicon.WANTS_TO_PLAY_ON) and not text.has(any_of_patterns(lexicon.PASSED, _ANOTHER_DAY, _LATER_DAY))
                and not any(read(t).has(_ANOTHER_DAY) for t in _recent_user_texts(history))):
            # "he says hes fine and wants to finish the game": not back on, checked today
            return Finding("cardiac", "emergency", "cardiac.follow_up", "cardiac_bystander", detail="came_round", region=region)
        if anchor.get("rule_id") == "cardiac.collapse_other":  # someone else's collapse: their doctor first
            # "he's just told me his heart was racing before he blacked out": that makes it today, not someday
            racing = "racing" if text.has(any_of_patterns(lexicon.PALPITATIONS, lexicon.RACING, lexicon.CHEST, _HEART_FAST)) else ""
            return Finding(category, "urgent", f"{category}.follow_up", "cardiac_collapse_other_follow_up", detail=racing, region=region)
        if anchor.get("rule_id") in {"cardiac.chest_bystander", "cardiac.bystander"} and text.has(_ACTIVITY_WAS_FINE) and not language_of(text):
            # "she's stubborn, says her mum did spin till 9 months and was fine": the point is her symptoms, not the sport (holdout52)
            pregnant = text.has(lexicon.PREGNANT) or any(read(t).has(lexicon.PREGNANT) for t in _recent_user_texts(history))
            return Finding(category, "emergency", f"{category}.follow_up", "cardiac_bystander_follow_up", detail="activity|pregnant" if pregnant else "activity", region=region)
        if anchor.get("rule_id") in _BYSTANDER_EMERGENCIES | {"cardiac.bystander"}:  # "he's sitting up now, says he's fine, wants to finish"
            if language_of(text) in replies.LANGUAGE_HOME:
                # "il refuse d'aller chez le médecin avant la course": the answer about them again, in French
                return Finding(category, "emergency", f"{category}.follow_up", "cardiac_bystander", region=region)
            # heart-attack signs without anyone going down: "he says I'm overreacting, he'll sleep it off"
            collapsed = any(read(t).has(any_of_patterns(lexicon.COLLAPSE_NOW, lexicon.FAINT, r"collaps\w*|went down|go down|hit the (?:deck|floor|ground)|passed out|out cold")) for t in _recent_user_texts(history))
            return Finding(category, "emergency", f"{category}.follow_up", "cardiac_bystander_follow_up", detail="" if collapsed else "chest", region=region)
        if category == "cardiac" and (severity == "emergency" or text.has(lexicon.STILL_THERE) or text.has(lexicon.GETTING_HOME_ALONE)):
            if text.has(r"aspirins?|aspirina|aspirine|aspirin") and not text.has(r"allergic to aspirin|cant take aspirin"):
                # "can I take an aspirin?": the call first, then what they may be told to do while waiting
                return Finding(category, "emergency", f"{category}.follow_up", "cardiac_emergency_follow_up", detail="aspirin", region=region)
            if text.has(_FUSS) and not language_of(text):
                # "i rlly dont want to be that annoying pregnant lady calling the midwife for nothing": first, that it isn't
                return Finding(category, "emergency", f"{category}.follow_up", "cardiac_emergency_follow_up", detail="fuss", region=region)
            if language_of(text) in replies.LANGUAGE_HOME:
                # "non voglio disturbare nessuno, aspetto un po' che passa": the call now, and no training until checked, in Italian
                return Finding(category, "emergency", f"{category}.follow_up", "cardiac_emergency_follow_up", region=region)
            return Finding(category, "emergency", f"{category}.follow_up", "cardiac_emergency_follow_up", region=region)
        level = severity if severity in ("urgent", "emergency") else "support"
        if anchor.get("rule_id") == "pregnancy.clot_lung":
            # "everyone gets breathless at 35 weeks": not with chest pain and a swollen calf together
            return Finding(category, "emergency", f"{category}.follow_up", "pregnancy_follow_up", detail="clot", region=region)
        if category == "cardiac" and anchor.get("rule_id") in _SOMEONE_ELSES_RULES and text.has(_KEEP_SECRET):
            # "she begged me not to tell her mum": her parents need to know so a doctor can see her
            return Finding(category, level, f"{category}.follow_up", "cardiac_other_follow_up", detail="secret", region=region)
        if category == "pregnancy" and anchor.get("rule_id") in _SOMEONE_ELSES_RULES and text.has(_KEEP_SECRET):
            # "she made me promise not to tell our parents": her safety over the promise; confidential care
            return Finding(category, level, f"{category}.follow_up", "pregnancy_other_follow_up", detail="secret", region=region)
        if anchor.get("rule_id") in _SOMEONE_ELSES_RULES and text.has(_NOT_MY_PLACE):
            # "shes an adult and said shell mention it at her next appt, not really my place is it?": it is
            return Finding(category, level, f"{category}.follow_up", f"{category}_other_follow_up", detail="place", region=region)
        if anchor.get("rule_id") in _SOMEONE_ELSES_RULES:  # "he says it's nothing": still about them
            # "she says it's just tiredness" after her headache and flashing lights: why it isn't
            headache = category == "pregnancy" and any(read(t).has(_HEADACHE_OR_VISION) for t in _recent_user_texts(history))
            return Finding(category, level, f"{category}.follow_up", f"{category}_other_follow_up", detail="preeclampsia" if headache else "", region=region)
        if anchor.get("rule_id") == "eating_disorder.carer":  # "should I just put her on a meal plan myself?"
            return Finding(category, "support", f"{category}.follow_up", "eating_disorder_carer_follow_up", region=region)
        if anchor.get("rule_id") == "eating_disorder.insulin":  # "just tell me a safe number of units to leave out"
            return Finding(category, level, f"{category}.follow_up", "eating_disorder_insulin_follow_up", region=region)
        if category == "pregnancy" and "calf" in _signs_before(history) and text.has(r"walk\w*|go|going|shop|stroll|move|moving|massag\w*|rub\w*|stretch\w*|foam roll\w*"):
            # "it's a 20 min walk to the shop anyway, I'll go slow": a swollen, warm calf may be a clot; checked first
            return Finding(category, level, f"{category}.follow_up", "pregnancy_follow_up", detail="calf", region=region)
        if category == "pregnancy" and "chest pain" in _signs_before(history) and text.has(r"breathless\w*|out of breath|short of breath|continue|carry on|keep going|normal"):
            # "my husband says pregnant women are always breathless, so I can continue?": not with chest pain
            return Finding(category, level, f"{category}.follow_up", "pregnancy_follow_up", detail="chest", region=region)
        if category == "pregnancy" and severity in ("urgent", "emergency") and text.has(r"ob|obgyn|ob gyn|obstetrician|(?:no|dont have a|havent got a|not got a) midwife|labor and delivery|l and d"):
            # "i'm in texas, i dont have a midwife, just an OB": the same urgency in their care's words
            return Finding(category, severity, f"{category}.follow_up", "pregnancy_follow_up", detail="ob", region=region)
        if (category == "pregnancy" and severity in ("urgent", "emergency") and not str(anchor.get("rule_id", "")).endswith("_other")
                and any(read(t).has(_HEADACHE_OR_VISION) for t in _recent_user_texts(history)) and text.has(any_of_patterns(lexicon.EXPLAINED_AWAY, lexicon.MINIMISING, r"heat|hot|tired\w*|dehydrat\w*|stress\w*|normal|always|just|probably"))):
            # "its hot today, probably just the heat right?" after a headache with swollen hands: pre-eclampsia, why today
            return Finding(category, severity, f"{category}.follow_up", "pregnancy_follow_up", detail="preeclampsia", region=region)
        if category == "pregnancy" and text.has(_MOVEMENT_MYTH) and ("reduced movement" in _signs_before(history) or str(anchor.get("rule_id", "")).startswith("pregnancy.reduced_movement")):
            # "my sister says babies just slow down near the end coz there's less room, that's normal right?": a myth, and
            # the call now all the same (holdout52), in their language
            return Finding(category, level, f"{category}.follow_up", "pregnancy_movement_myth", region=region)
        if category == "pregnancy" and text.has(lexicon.DELAYING) and "reduced movement" in _signs_before(history):
            # "should i drink something cold and lie on my side first?": no trick first, the unit now (Tommy's, RCOG)
            return Finding(category, level, f"{category}.follow_up", "pregnancy_follow_up", detail="movement", region=region)
        if category == "pregnancy" and text.has(lexicon.DELAYING):
            # "should I eat something first before I ring anyone?": ring first, they'll say about eating
            return Finding(category, level, f"{category}.follow_up", "pregnancy_follow_up", detail="first", region=region)
        if category == "cardiac" and severity == "urgent" and (why := _cardiac_pushback(text)):
            # "his dad had a heart problem at 40", "is it just the caffeine?", "it went away after a minute, so
            # probably nothing?", "can I at least keep doing the flat walks?": the answer to what they said
            return Finding(category, level, f"{category}.follow_up", "cardiac_follow_up", detail=why, region=region)
        if category in ("pregnancy", "cardiac") and text.has(_FUSS):
            # "is it just the baby squashing my lungs? I don't want to make a fuss": say first that it isn't one
            return Finding(category, level, f"{category}.follow_up", f"{category}_follow_up", detail="fuss", region=region)
        language = language_of(text) or _language_before(history)
        if category in ("pregnancy", "cardiac") and language in replies.LANGUAGE_HOME and severity in ("urgent", "emergency") and answer_first.carry_on_question(text, language):
            # "Meine Eltern sind bis Sonntag weg. Kann ich morgen trotzdem beim Volleyball mitmachen?": the
            # follow-ups are English only, so the first answer again, in their language (stop, who to see)
            reply = {"cardiac": "cardiac_urgent" if severity == "urgent" else "cardiac_emergency", "pregnancy": "pregnancy_urgent"}[category]
            return Finding(category, severity, f"{category}.follow_up", reply, region=region)
        if category == "eating_disorder" and anchor.get("rule_id") == "eating_disorder.relapse" and text.has(lexicon.TRAINING) and not language:
            # "ok forget it. what's a good ab workout?" after cutting a recovery meal plan: check it with the team (holdout52)
            return Finding(category, level, f"{category}.follow_up", "eating_disorder_follow_up", detail="team_training", region=region)
        return Finding(category, level, f"{category}.follow_up", f"{category}_follow_up", region=region)

    # --- answering ----------------------------------------------------------------------------

    def lines_for(self, profile: Mapping[str, Any] | None) -> Lines:
        """The help lines for this user: the profile's `region` (or `country`), else `[safety] region`."""
        profile = profile or {}
        for key in ("region", "country"):
            if isinstance(profile.get(key), str) and self.helplines.code(profile[key]):
                return self.helplines.for_region(profile[key])
        return self.helplines.for_region(self.settings.region)

    def lines_for_finding(self, finding: Finding, profile: Mapping[str, Any] | None) -> Lines:
        """The lines for this answer: the region the message names, else the user's; a message in
        another language, with no region known for the user, gets that language's home lines."""
        if finding.region:
            return self.helplines.for_region(finding.region)
        lines = self.lines_for(profile)
        home = finding.home or replies.LANGUAGE_HOME.get(finding.detail.partition("|")[0] if finding.reply == "self_harm_other_language" else finding.language)
        if home and lines.region == "INTL":
            return self.helplines.for_region(home)
        return lines

    def intervention(self, finding: Finding, lines: Lines) -> Intervention:
        """The `Intervention` for `finding`, with the reply (or note) for the user's region."""
        if finding.action == "preface":
            return Intervention(finding.category, finding.severity, finding.rule_id, action="preface", note=replies.preface_note(finding.rule_id, lines))
        assert finding.reply is not None
        translated = replies.in_language(finding.reply, finding.language, lines) if finding.language else None
        reply = translated or replies.REPLIES[finding.reply](lines, finding.detail)
        if finding.opener:
            reply = answer_first.before(finding.opener, reply)
        return Intervention(finding.category, finding.severity, finding.rule_id, action="answer", reply=reply)

    def model_note(self) -> str | None:
        """The rules every agent's model request carries (None when the guard is off)."""
        if not self.settings.enabled or not self.categories:
            return None
        lines = self.helplines.for_region(self.settings.region)
        return replies.model_note(lines, self.categories, self.limits.max_loss_kg_per_week, self.limits.min_intake_kcal)

    # --- reporting ----------------------------------------------------------------------------

    def _warnings(self) -> list[str]:
        warnings = []
        if not self.settings.enabled:
            warnings.append("the safety guard is off ([safety] enabled = false): no message is screened for red flags")
        if self.settings.mode == "shadow":
            warnings.append("the safety guard is in shadow mode: red flags are logged and counted, never answered")
        if "self_harm" not in self.categories:
            warnings.append("[safety] categories leaves out self_harm: suicide and self-harm messages get no crisis lines")
        if "cardiac" not in self.categories:
            warnings.append("[safety] categories leaves out cardiac: chest pain or fainting with exercise is not answered")
        if self.helplines.code(self.settings.region) is None:
            warnings.append(f"[safety] region {self.settings.region!r} has no help lines; the universal ones are used (known: {sorted(self.helplines.regions)})")
        for line in self.helplines.stale(now().date()):
            warnings.append(f"help line {line} was verified over a year ago: check it and update [safety.helplines]")
        return warnings

    def status(self) -> dict[str, Any]:
        """What `/health` shows under `safety`: settings, counts and warnings (never a message)."""
        return {
            "guard": "host.safety",
            "enabled": self.settings.enabled,
            "mode": self.settings.mode,
            "region": self.helplines.code(self.settings.region) or "INTL",
            "categories": list(self.categories),
            "sticky_turns": self.settings.sticky_turns,
            "hits": dict(self.hits),
            "shadow_hits": dict(self.shadow_hits),
            "warnings": list(self.warnings),
        }


# The answers after which "everyone does it" is answered with what it still does to the body.
_COMMON_ABOUT = {
    "eating_disorder.sweating_down": "weight", "eating_disorder.purging": "purging",
    "eating_disorder.laxatives": "pills", "eating_disorder.diet_pills": "pills",
}


def _specific(worst: Finding, found: list[Finding], text: Text) -> Finding:
    """The general self-harm answer made specific: a passive wish beside a bereavement is asked
    about gently; a young person also gets a youth line and a trusted adult."""
    if worst.category != "self_harm" or worst.reply != "self_harm_urgent":
        return worst
    returning = next((f for f in found if f.rule_id == "self_harm.returning"), None)
    if returning is not None and worst.severity == "urgent":
        # "two years ago I attempted to end my life ... lately I'm feeling low again": the crisis is past,
        # the low days are back; the answer asks them to go back to support now (lines kept)
        return evolve(returning, severity="urgent")
    passive = next((f for f in found if f.reply == "self_harm_passive" and f.severity == worst.severity), None)
    if passive is not None:
        return passive
    if text.has(lexicon.YOUNG):
        return evolve(worst, reply="self_harm_young")
    return worst


# A heart said to go fast or flutter, in words the cardiac rules leave to their context ("going really fast and fluttery").
_HEART_FAST = r"heart (?:was |is |went |kept |started )?(?:going |beating )?(?:really |so |super |very )?(?:fast|flutter\w*|racing|pounding|funny|weird|irregular|all over the place)"
# Pills found in someone else's things: "found laxatives in his room", "diet pills in my daughter's bag".
_FOUND_THEIRS = re.compile(
    r"(?<![a-z])(?:found|find|saw|spotted|noticed)(?: [a-z]+){0,4} (?:in|under|from|among|hidden in) (?:his|her|their|my (?:son|daughter|kid|child|teen|boy|girl|wife|husband|partner|sister|brother|friend)s?)"
    r" (?:[a-z]+ )?(?:room|bag|drawer|bin|pocket|locker|bed|car|stuff|things|wardrobe|desk|backpack|schoolbag|rucksack|purse)"
)


def _quoted_plan(message: str, text: Text, *, alone: bool = False) -> Finding | None:
    """A plan, a time or the means inside someone else's quoted words ("my gym buddy texted me 'ive got the
    pills, tonights the night'"): an emergency for the one who worries; a welfare check when they can't be
    reached (Samaritans, NHS: a plan means high risk now). `alone`: nothing else in the message read as a
    red flag, so the quote must say goodbye too ("'tomorrow is the day, thanks for everything'", not a
    coach's "'tomorrow is the day we test your max'")."""
    # asked of every message nothing else caught: the cheap look (a quote mark at all) first
    if not any(mark in message for mark in _QUOTE_MARKS) or not _REPORTED_SPEECH.search(text.text):
        return None
    quoted = read(" ".join(m.group(0) for m in _QUOTED.finditer(message)))
    if not (quoted.has(any_of_patterns(lexicon.PLAN, lexicon.TIMING, lexicon.TIMING_ALONE)) or means_named(quoted)):
        return None
    if alone and not quoted.has(any_of_patterns(lexicon.FAREWELL_THANKS, lexicon.FINALITY, lexicon.WEAK_FINALITY)):
        return None
    return Finding("self_harm", "emergency", "self_harm.plan_other", "self_harm_plan_other", detail="unreachable" if text.has(_CANT_REACH_THEM) else "")


# The activity was fine for them or for someone else before ("her mum did spin till 9 months and was fine", "he's
# played every week for years", "everyone does it"): pushback about the sport, when the worry is the symptoms.
_ACTIVITY_WAS_FINE = (
    r"(?:did|does|do|doing|done|kept|keeps|ran|run|runs|running|cycled|cycling|trained|trains|training|lifted|lifting|played|plays|playing|swam|carried on|spin|spinning|worked out) "
    r"(?:\w+ ){0,4}?(?:till|until|up to|right up to|through|throughout|for years|every week|all (?:her|his|their) life)(?![a-z])|"
    r"(?:was|were|been|is|s|its|thats) (?:totally |perfectly |completely |absolutely |always )?fine(?![a-z])|never had (?:a |any )?(?:problems?|issues?|trouble)|everyone (?:does|did) it|people do it all the time"
)


# Fewer movements put down to the end of a pregnancy ("babies slow down near the end", "there's less room"), in the
# seven languages: the myth the follow-up corrects.
_MOVEMENT_MYTH = (
    r"(?:babies|baby|they|she|he|it|movements?|kicks?) (?:\w+ ){0,2}?slow(?:s|ing)? down|less (?:room|space)|(?:run|running|ran|runs) out of (?:room|space)|no (?:room|space) (?:left|to move)|"
    r"(?:move|moves|moving|kick|kicks|kicking) less (?:near|towards|toward|at|by) the end|(?:quieter|calmer) (?:near|towards|toward|at|by) the end|"
    r"(?:normal|usual|common) (?:near|towards|toward|at|by|in) the (?:end|last)|supposed to (?:slow|move less|get quieter)|"
    r"menos (?:espacio|sitio|espaco)|se mueven? menos|se mexe(?:m)? menos|mexe(?:m)? menos|moins de place|bouge(?:nt)? moins|"
    r"weniger platz|bewegen sich weniger|bewegt sich weniger|meno spazio|si muove(?:no)? meno|muove(?:no)? meno|"
    r"minder ruimte|beweegt minder|bewegen minder|mniej miejsca|rusza(?:ja)? sie mniej|mniej sie rusza"
)


# Asking whether to tell an adult about a friend ("should I tell our coach?", "do I talk to her mum?", "is it ok to tell
# a teacher"): the coach, a parent, a teacher, a team doctor.
_TELL_AN_ADULT_Q = (
    r"(?:tell|telling|talk to|talking to|speak to|speaking to|inform|let|go to|mention it to|report (?:it|her|him|them) to) "
    r"(?:our|my|the|her|his|their|a|an|someone like (?:a|our|the)) (?:\w+ )?(?:coach|coaches|teacher|parents?|mum|mom|dad|manager|captain|physio|team doctor|school|tutor|club|adult|grown up|nurse|counsell?or)(?![a-z])|"
    # "¿debería decírselo a nuestro entrenador?", "je le dis à notre coach ?", "soll ich es unserer Trainerin sagen?"
    r"(?:decir\w*|contar\w*|hablar con|avisar a|dis a|dire a|en parler a|prevenir|sagen|erzahlen|dirlo a|parlarne con|avvisare|falar com|avisar|vertellen|zeggen|melden|powiedziec|powiem|zglosic) "
    r"(?:\w+ ){0,3}?(?:entrenador\w*|profe\w*|padres|madre|padre|coach|entraineur\w*|prof|parents|trainer\w*|lehrer\w*|eltern|mutter|vater|allenator\w*|genitori|treinador\w*|pais|mae|pai|ouders|moeder|vader|leraar|trener\w*|rodzic\w*|mamie|tacie|nauczyciel\w*)(?![a-z])|"
    r"(?:unserer?|unserem|dem|der) (?:trainer\w*|lehrer\w*|eltern|mutter) (?:\w+ ){0,2}?(?:sagen|erzahlen|bescheid)|"
    r"(?:aan|tegen) (?:onze|ons|mijn|de|haar|zijn) (?:coach|trainer\w*|ouders|moeder|vader|leraar|juf|meester) (?:\w+ )?(?:vertellen|zeggen|melden)"
)


# Shame or embarrassment, in the seven languages ("I'm so ashamed", "me da vergüenza", "j'ai honte", "ich schäme mich",
# "mi vergogno", "tenho vergonha", "ik schaam me", "wstydzę się").
_ASHAMED = (
    r"ashamed|shame\w*|embarrass\w*|humiliat\w*|mortified|verguenza|avergonzad[oa]s?|me averguenzo|honte|honteu\w*|schame\w*|scham|peinlich|"
    r"vergogn\w*|vergonha|envergonhad[oa]s?|schaam\w*|geneer\w*|wstyd\w*"
)


# Taking back what they said ("lol forget it, i'm just tired", "never mind, ignore me", "doesn't matter, I'm just being
# dramatic"): believed, and still come back to.
_TAKEN_BACK = (
    r"forget (?:it|that|i said (?:it|that|anything)|what i said|about it)|never ?mind|nvm|ignore (?:that|me|what i said|it)|"
    r"(?:im|i m|i am|just) (?:just |only )?(?:(?:tired|knackered|exhausted)(?! of| with| from| all)|being dramatic|having a (?:bad|rough|long) day|venting|rambling)|"
    r"(?:doesnt|does not) matter(?! any ?more| now| to| what| if)|dont worry about (?:it|me|that)|its nothing|it s nothing"
)


# A food question ("what's a good pre-workout snack?", "any ideas for breakfast before spin?").
_FOOD_QUESTION = r"(?:what|whats|which|any|good|best|ideas for) (?:\w+ ){0,3}?(?:snacks?|foods?|meals?|breakfast|pre ?workout (?:snack|meal|food)|to eat)(?![a-z])"
# Agreeing to see the doctor ("ok ok I'll book the GP", "fine, I'll get checked", "booked the doctor for friday").
_WILL_SEE_DOCTOR = (
    r"(?:ill|i ll|i will|im going to|i m going to|gonna|im gonna|will|ok|okay|fine) (?:\w+ ){0,2}?(?:book|see|call|ring|phone|go to|get|make) "
    r"(?:\w+ ){0,2}?(?:gp|doctor|doc|appointment|appt|checked|checked out|seen|cardiologist)(?![a-z])|"
    r"(?:booked|made|got) (?:\w+ ){0,2}?(?:gp|doctor|doc|appointment|appt)(?![a-z])"
)


def _goodbye_unreachable(finding: Finding, text: Text) -> Finding:
    """Someone else's goodbye after low weeks, and now they aren't answering ("'thank you for everything, please look
    after milo' ... now she's not answering her phone"): an emergency, a welfare check now (holdout30's check)."""
    if finding.reply == "self_harm_concern" and finding.detail == "goodbye" and text.has(_CANT_REACH_THEM):
        return evolve(finding, severity="emergency", reply="self_harm_plan_other", detail="unreachable")
    return finding


def _goodbye_after_low(text: Text) -> str:
    """"goodbye" when someone else's goodbye message comes after low weeks ("'thanks for everything, take care of my
    dog'. he's been really down lately"): take it seriously and contact them now (holdout52); else ""."""
    goodbye, low, unless = GOODBYE_THEIRS
    return "goodbye" if text.has(goodbye) and text.has(low) and not text.has(unless) else ""


def _carer_signs(text: Text) -> str:
    """The warning signs a carer describes that their answer says are serious: "periods", "pills" or both."""
    signs = ["periods"] if text.has(lexicon.CARER_PERIODS) else []
    pills = text.find(lexicon.CARER_PILLS)
    if pills:  # named as they said it: "laxatives", "diet pills", "water tablets"
        signs.append(f"pills={pills[0].matched}")
    return "|".join(signs)


def _in_care_self_harm(finding: Finding, text: Text) -> Finding:
    """A pupil's or junior athlete's self-harm or suicide signs told by their teacher or coach ("one of my yr9s
    wrote 'id rather not be here at all' ... plasters all up both forearms"): the safeguarding lead today."""
    if (finding.category == "self_harm" and finding.action == "answer" and finding.reply in ("self_harm_check", "self_harm_urgent", "self_harm_young", "self_harm_passive", "self_harm_concern")
            and finding.detail in ("", "young") and _in_my_care(text) and text.has(any_of_patterns(_YOUNG_OTHER, _SCHOOL_OR_JUNIOR))):
        return Finding("self_harm", "support", "self_harm.concern", "self_harm_concern", detail="care", region=finding.region)
    return finding


def _for_carer(finding: Finding, text: Text) -> Finding:
    """Someone else's eating-disorder signs with periods stopping or diet pills: the carer's answer,
    saying why those signs are serious ("my daughter's periods stopped, diet pills in her bag")."""
    if finding.category != "eating_disorder":
        return finding
    if finding.reply in ("eating_disorder_pills", "eating_disorder") and _FOUND_THEIRS.search(text.text):
        # "I found diet pills in my daughter's bag": the daughter's pills, the parent asking
        finding = evolve(finding, rule_id=f"{finding.rule_id}_other", reply="eating_disorder_concern")
    if not (finding.rule_id.endswith("_other") or finding.rule_id == "eating_disorder.carer"):
        if _in_my_care(text) and finding.reply in ("eating_disorder", "eating_disorder_body", "eating_disorder_loss", "eating_disorder_pills"):
            # "I'm a PE teacher. a year 10 girl ... goes to the toilets straight after eating": hers, not the teacher's
            finding = evolve(finding, rule_id=f"{finding.rule_id}_other", reply="eating_disorder_concern")
        else:
            return finding
    if _in_my_care(text) and text.has(any_of_patterns(_YOUNG_OTHER, _SCHOOL_OR_JUNIOR)):
        # a pupil or a junior athlete: the school's or club's safeguarding lead, who involves the parents
        return evolve(finding, reply="eating_disorder_concern", detail="care")
    signs = _carer_signs(text)
    return evolve(finding, reply="eating_disorder_carer", detail=signs) if signs else finding


# Answers about someone else's cardiac or pregnancy warning sign, whose follow-ups stay about them.
_SOMEONE_ELSES_RULES = frozenset({"cardiac.exertional_other", "cardiac.signs_other", "cardiac.model_other", "pregnancy.warning_sign_other", "pregnancy.reduced_movement_other", "pregnancy.waters_other"})
# Chest pain rules that can be about effort told afterwards: someone else's, or the user's own.
# Saying it of themselves after a friend's signs ("honestly I feel the same way sometimes"): their own.
_ME_TOO = r"(?:i|ive|i ve|im|i m) (?:\w+ ){0,3}?(?:feel|felt|feeling|think|thought|thinking) (?:the same|like that|that way|about it too)|me too|same here|so do i|i do too|same for me"
# Someone else's words reported ("my mate keeps saying stuff like '...'", "she texted me: '...'"), and
# the quoted words themselves.
_REPORTED_SPEECH = re.compile(
    r"(?:my|our|a|one of my) (?:\w+ ){0,3}?(?:mate|friend|buddy|pal|bestie|teammate|brother|sister|son|daughter|client|partner|boyfriend|girlfriend|husband|wife|fianc\w*|dad|mum|mom|cousin|flatmate|roommate|housemate|colleague|coworker|co-worker|classmate|neighbou?r|nephew|niece|student|player)s?"
    r"(?: [a-z0-9(),]+){0,12}? (?:keeps saying|kept saying|keeps on saying|said|says|saying|told me|texted|messaged|posted|wrote)"
)
_QUOTE_MARKS = ("'", '"', "\u2018", "\u201c")
_QUOTED = re.compile(r"(?<![A-Za-z])'.{3,300}?'(?![A-Za-z])|\"[^\"]{3,300}\"|‘[^’]{3,300}’|“[^”]{3,300}”")  # an apostrophe inside a word ("won't") is no quote mark
_BOTH_YOUNG = r"were both 1[0-7]|we are both 1[0-7]|(?:hes|shes|he is|she is|theyre) (?:only )?1[0-7]"
# Not able to reach the one they worry about ("she's not answering", "texts aren't delivering").
_CANT_REACH_THEM = (
    r"(?:not|isnt|wont|hasnt|didnt|no) (?:\w+ )?(?:answering|answer|picking up|replying|responding|reply)|(?:texts?|messages?) (?:\w+ )?(?:not|arent|isnt|wont) (?:\w+ )?deliver\w*|"
    r"cant (?:reach|get hold of|get through to|contact) (?:her|him|them)|(?:phone|phones) (?:is |s )?(?:off|dead|going (?:straight )?to voicemail)|straight to voicemail"
)
# Answers about someone else's suicidal signs, whose follow-ups stay about them.
_SELF_HARM_OTHERS = frozenset({"self_harm.concern", "self_harm.model_other", "self_harm.preparation_other", "self_harm.plan_other", "self_harm.signs_other"})
# The user says they are young ("I'm 15", "we're both 17"), not a child they speak of ("my 13 year old").
_I_AM_YOUNG = r"(?:im|i am|i m) (?:only |just |nearly |almost )?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:weeks?|wks?|months?|kg|kgs|stone|st|lbs?|days?|km|miles?))"
# Someone else spoken of: "what should she eat", "does he need to".
_ABOUT_THEM = r"(?<![a-z])(?:she|he|they|her|him|them|hers|his|their|shes|hes|theyre)(?![a-z])"
# "Should I just take the blades off her and ground her?": punishing or confiscating, asked of someone else's self-harm.
# Not knowing how to do CPR ("i dont know cpr", "how do i do cpr").
_NO_CPR = r"(?:dont|do not|never|didnt) (?:know|learned|learnt|done|did|know how to do) (?:any )?cpr|how (?:do i|to|do you|should i) do cpr|(?:cant|cannot|can t) do cpr|what is cpr|no idea how to do cpr|never done (?:it|cpr)"
_PUNISH_THEM = (
    r"ground (?:her|him|them)|grounding (?:her|him|them)|grounded|punish\w*|take (?:the |her |his |their )?(?:blades?|razors?|phone|knives|sharpeners?) (?:off|away|from)|"
    r"(?:take|taking|took) (?:her|his|their) (?:phone|laptop|ipad|tablet|console|xbox|playstation) (?:off|away)|(?:ban|banning|stop) (?:her|him|them) (?:from )?(?:going out|seeing friends)|"
    r"confiscat\w*|tell (?:her|him|them) off|(?:shout|yell) at (?:her|him|them)|take (?:her|his|their) (?:phone|door|door off)|search (?:her|his|their) (?:room|bag|things)"
)
# "He'd be furious if I called anyone": the fear of their anger, after someone else's warning signs.
# A headache or a change in vision, in the languages the guard reads (pre-eclampsia, NHS and ACOG).
_HEADACHE_OR_VISION = (
    r"headache|migraine|blurr\w*|seeing (?:spots|stars|lights|flashes|sparkles)|flashing lights|sparkles|dolor de cabeza|lucecitas|vista borrosa|"
    r"mal de tete|vision (?:trouble|floue)|kopfschmerz\w*|verschwommen\w*|flimmern|dor de cabeca|luzinhas|vista embacada|"
    r"mal di testa|lucine|vista (?:offuscata|annebbiata)|bol glowy|mroczki"
)
# Holding back from calling for someone else in danger: overreacting, getting them into trouble, no address.
# "nobody cares anyway", "no one would even notice", "who even cares about me"
# Asking how to get through an urge ("what helps with the urges?", "how do I stop myself").
_URGES_HELP = (
    r"(?:what|how|anything|things|ways?|tips?) (?:\w+ ){0,3}?(?:help|helps|stop|cope|deal|manage|resist|fight|distract|get through|ride out)\w* (?:\w+ ){0,2}?(?:the |my |these |those |an? )?(?:urges?|cravings?|impulses?)|"
    r"how (?:do|can|should) i (?:stop|resist|cope with|deal with|fight|handle|get through) (?:the |my |these |an? )?(?:urges?|cravings?|impulses?)|"
    r"how (?:do|can) i stop (?:myself|doing it)|coping (?:strategies|skills|tips)|instead of (?:cutting|hurting myself|doing it)"
)
# The line tried and no one answered ("i tried calling the helpline, nobody picked up").
_LINE_NO_ANSWER = (
    r"(?:tried|called|rang|phoned|texted|messaged|calling|ringing)(?: [a-z]+){0,4}? (?:but )?(?:nobody|no one|noone|they didnt|it didnt|no answer|nothing|couldnt get through|engaged|busy|on hold|hung up|kept ringing)|"
    r"(?:nobody|no one|noone) (?:picked up|answered|answers|picks up|replied)|(?:line|helpline|lines) (?:was |is |were |are )?(?:busy|engaged|full)|(?:put|kept) (?:me )?on hold|couldnt get through"
)
# No one to talk to ("i dont have anyone to talk to", "ive got no one").
_NO_ONE_TO_TALK_TO = (
    r"(?:dont|do not|havent|have not|didnt) (?:have|got) (?:anyone|anybody|any friends|a single person|no one)|(?:ive|i have|i ve) (?:got )?(?:no one|nobody|noone|no friends)|"
    r"(?:theres|there is) (?:no one|nobody|noone)(?: to talk to| i can talk to| to tell)?|no one to talk to|nobody to talk to|(?:im|i am) (?:all )?alone|completely alone"
)
_NOBODY_CARES = r"(?:nobody|no one|noone|no body) (?:really |even |actually )?(?:cares|would care|gives a|notices|would notice|would miss me|would even notice)|who (?:even |would |really )?cares? about me"
# Doubting it is theirs to act on ("not really my place is it?", "I don't want to overstep", "just teenage drama").
_NOT_MY_PLACE = (
    r"not (?:really )?my place|overstep\w*|over step\w*|(?:none of|not) my business|butt(?:ing)? in|interfer\w*|"
    r"(?:shes|hes|theyre|she is|he is|they are) an adult|(?:just |only )?(?:teenage|teen|teenager) (?:drama|stuff|angst)|(?:just |only )a phase"
)
_OVERREACTING_TO_CALL = (
    r"overreact\w*|over react\w*|(?:get|getting|land|landing) (?:him|her|them) (?:in|into) (?:\w+ )?trouble|trouble with the (?:police|cops|law)|"
    r"(?:dont|do not|dont even) know (?:his|her|their|the) (?:\w+ )?(?:address|flat|house|where (?:he|she|they) (?:lives?|is|are))|police (?:turning|showing|coming) up|"
    r"(?:waste|wasting) (?:their|police|the police s|emergency) time|embarrass\w* (?:him|her|them)"
)
_ANGRY_IF_CALLED = (
    r"(?:be |get |go )?(?:furious|angry|mad|livid|fuming|raging|upset|hate me|never forgive me|kill me|go mental|lose it)(?: [a-z]+){0,3}? (?:if|when) (?:i|we) (?:call|called|ring|rang|phone|phoned|tell|told|contact|contacted|get|got|involve)|"
    r"(?:if|when) (?:i|we) (?:call|called|ring|rang|phone|phoned|tell|told|contact|contacted) (?:\w+ ){0,3}?(?:he|she|they)(?:d| would| will|ll)? (?:be |get |go )?(?:furious|angry|mad|livid|fuming|hate me|never forgive me|kill me)"
)
# Someone else collapsing or having a heart attack in front of the user: their follow-ups stay about them.
# Help called for someone else, or asking how to look after them until it comes.
_HELP_COMING = (
    r"(?:ambulance|paramedics?|the crew|help)(?: is| are|s|re)? (?:on (?:the|their|its) way|coming|here soon|minutes away|\d+ (?:min|mins|minutes) away)|"
    r"(?:called|rang|phoned|dialled|dialed) (?:an |the )?(?:ambulance|999|911|112|000|paramedics|emergency)|"
    r"(?:should|can|do) i (?:sit|move|lift|roll|turn|prop) (?:him|her|them)|(?:sit|prop) (?:him|her|them) up|recovery position|"
    r"(?:give|get) (?:him|her|them) (?:some )?(?:water|a drink|sugar|something to (?:eat|drink))"
)
_BYSTANDER_EMERGENCIES = frozenset({"cardiac.collapse_bystander", "cardiac.chest_bystander"})
_EXERTIONAL_OTHER = frozenset({"cardiac.bystander", "cardiac.chest_bystander", "cardiac.chest_other"})
_EXERTIONAL_OWN = frozenset({"cardiac.chest_exercise", "cardiac.chest"})


# Someone else's heart warning signs told as having passed or as something that keeps happening ("she gets
# chest pain and goes dizzy during sprints, it's happened a few times", "had to sit down 10 minutes, he
# says he's fine now"): not happening now, so a doctor today and no sport until then, not 112 now.
_PASSED_OTHER_EMERGENCIES = frozenset({"cardiac.chest_bystander", "cardiac.bystander", "cardiac.cyanosis_other", "cardiac.cyanosis", "cardiac.chest_other"})
_HAPPENED_BEFORE = (
    r"(?:its|it s|it has|this has|thats|that has|it)(?: already)? (?:happened|happens) (?:a few|several|\d+|a couple of|many|loads of|two|three|four|a number of) times|"
    r"keeps happening|(?:told|tells) me (?:after|later|afterwards|after training|after the session|after practice)|(?:been )?hiding it|for (?:a few|several|some) (?:weeks|sessions|months)"
)


_TOLD_AFTER = (
    r"yesterday|last (?:night|week|weekend|session|match|game|training|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|the other day|"
    r"(?:feels|felt|seems|seemed|is|was) (?:totally |completely )?(?:fine|ok|okay|normal|better|himself|herself) (?:now|today|since|after|again|this morning)"
)


def _passed_for_someone_else(finding: Finding, text: Text) -> Finding:
    """Someone else's heart warning signs with exercise, told afterwards: a doctor today, no sport until
    then, and for a young one their parents told (ACSM, PAR-Q; ESC: exertional symptoms in the young)."""
    if finding.category != "cardiac" or finding.rule_id not in _PASSED_OTHER_EMERGENCIES:
        return finding
    if finding.rule_id == "cardiac.cyanosis" and finding.reply != "cardiac_bystander":
        return finding  # the user's own blue lips
    # "collapsed during football training yesterday ... he feels fine today": told the day after
    told_after = text.has(lexicon.PASSED) or text.has(_TOLD_AFTER)
    now = text.has(lexicon.NOW) and not told_after
    if now or text.has(any_of_patterns(lexicon.STILL_PRESENT, lexicon.CLUTCHING, lexicon.GOING_HOME_ALONE)) or text.has(lexicon.COLLAPSE_NOW) and not told_after:
        return finding
    if not (told_after or text.has(lexicon.EXERTION_HABIT) or text.has(_HAPPENED_BEFORE)):
        return finding
    young = "young" if text.has(any_of_patterns(lexicon.YOUNG, _YOUNG_OTHER, r"u ?1[0-8]s?|under ?1[0-8]s?|(?:my|a) (?:player|pupil|student)s?")) else ""
    return evolve(finding, severity="urgent", rule_id="cardiac.signs_other", reply="cardiac_signs_other", detail=young, action="answer")


# An injury asked about after a self-harm answer ("is there anything i can even do with a torn acl").
_INJURY_WORDS = (
    r"acl|mcl|meniscus|torn|tear|injur\w*|broken|fractur\w*|sprain\w*|surgery|op|operation|rehab|physio|crutches|cast|knee|ankle|shoulder|hamstring|achilles|back injury"
)
# What an eating-disorder answer was about, by its rule, for "is it safe?" after it.
_SAFE_ABOUT = {"laxative": "laxatives", "purging": "purging", "pills": "pills", "diuretic": "pills"}
# A game or session on a later day ("can he play the cup final saturday?"): not the one going on now.
_LATER_DAY = r"tomorrow|tonight|next (?:week|game|match|session|month|season)|(?:on |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|cup final|final|in (?:a|two|\d+) (?:days?|weeks?)"
_ANOTHER_DAY = r"yesterday|last (?:night|week|month|weekend|season|year|\w+day)|the other day|(?:days|weeks|months) ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this morning"


def _playing_on_now(finding: Finding, text: Text) -> Finding:
    """Someone else's faint in sport that is happening now, and they want to play on ("my brother fainted at rugby,
    he came round after a few seconds and wants to carry on"): checked today, not at an appointment some day."""
    if finding.rule_id == "cardiac.collapse_other" and text.has(lexicon.WANTS_TO_PLAY_ON) and not text.has(any_of_patterns(lexicon.PASSED, _ANOTHER_DAY)):
        return Finding("cardiac", "emergency", "cardiac.collapse_bystander", "cardiac_bystander", detail="came_round", region=finding.region)
    return finding


def _settled_with_rest(finding: Finding, text: Text) -> Finding:
    """Chest pain that comes with effort and goes with rest, told afterwards ("my dad gets chest pain
    walking up hills, goes away when he stops"): a doctor soon, not the emergency number now, unless it
    came at rest, lasted, or came with sweating, breathlessness or sickness (NHS, AHA: see
    /work/shared/safety-guidance.md section 3). Someone else's chest pain on a run, told afterwards,
    gets the same answer about them."""
    if finding.category != "cardiac" or finding.rule_id not in _EXERTIONAL_OTHER | _EXERTIONAL_OWN | {"cardiac.chest_pain"}:
        return finding
    if finding.rule_id in ("cardiac.bystander", "cardiac.chest_pain") and language_of(text):
        if finding.rule_id == "cardiac.chest_pain" and not _SOMEONE_ELSE_L10N.search(text.text):
            return finding
        # "mi padre tiene dolor en el pecho cuando sube cuestas, se le pasa al parar"
        if text.has(lexicon.SETTLES_WITH_REST_L10N) and not text.has(lexicon.EXERTION_SEVERE_L10N):
            return evolve(finding, severity="urgent", rule_id="cardiac.exertional_other", reply="cardiac_exertional_other", detail="")
        return finding
    if finding.rule_id == "cardiac.chest_pain" or not text.has(lexicon.CHEST) or text.has(any_of_patterns(lexicon.EXERTION_SEVERE, lexicon.NOW, lexicon.STILL_PRESENT, lexicon.CLUTCHING, lexicon.SPREADING)):
        return finding
    told_afterwards = text.has(lexicon.SETTLES_WITH_REST) or text.has(lexicon.EXERTION_HABIT) and text.has(lexicon.EXERCISE)
    if finding.rule_id in _EXERTIONAL_OTHER and (told_afterwards or finding.rule_id == "cardiac.chest_other"):
        return evolve(finding, severity="urgent", rule_id="cardiac.exertional_other", reply="cardiac_exertional_other", detail="", action="answer")
    if finding.rule_id in _EXERTIONAL_OWN and text.has(lexicon.SETTLES_WITH_REST) and not language_of(text):
        return evolve(finding, rule_id="cardiac.exertional", reply="cardiac_exertional", detail="")
    return finding


def _someone_else_pregnant(text: Text) -> bool:
    """The pregnancy in `text` is someone else's only ("my wife is 30 weeks and bleeding", "mi mujer está embarazada")."""
    # "i coach a pregnant client, 26 weeks": the weeks and the signs are hers, unless the user says she's pregnant too
    users_own = re.search(r"(?<![a-z])(?:im|i am|i m|me) (?:\w+ )?pregnant|my (?:own )?pregnancy", text.text)
    if re.search(rf"(?<![a-z])pregnant {RELATIONS}(?![a-z])", text.text) and not users_own:
        return True
    # "partner is 30 weeks" names its subject: hers, whatever the reading of "is 30 weeks" alone says
    mentions = pregnant_in(text)
    named = [hit for hit, _ in mentions if re.match(rf"{RELATIONS}s? ", hit.matched)]
    if named and not users_own:
        return True  # "client is 30 weeks, healthy pregnancy so far ... what should I change?": the asker's "I" is not hers
    people = [person for _, person in mentions]
    if people:
        return "third" in people and "first" not in people
    return bool(_PREGNANT_OTHER_L10N.search(text.text))


# Someone else pregnant, in the guard's other languages: "mi mujer está embarazada", "minha esposa", "mia moglie".
_PREGNANT_OTHER_L10N = re.compile(
    r"(?<![a-z])(?:mi|mia|minha|ma|meine|mijn|la mia|a minha) (?:mujer|esposa|pareja|novia|hermana|hija|amiga|cunada|nuera|"
    r"mulher|namorada|irma|filha|amiga|companheira|moglie|compagna|fidanzata|sorella|figlia|amica|femme|copine|compagne|soeur|fille|amie|"
    r"frau|freundin|partnerin|schwester|tochter|vrouw|vriendin|partner|zus|dochter)(?![a-z])|"
    r"(?<![a-z])(?:moja|mojej|moje|nasza) (?:zona|zony|partnerka|partnerki|dziewczyna|dziewczyny|siostra|siostry|corka|corki|kolezanka|kolezanki|przyjaciolka|przyjaciolki|narzeczona|synowa|bratowa)(?![a-z])"
)


def _for_someone_else(finding: Finding, text: Text) -> Finding:
    """A pregnancy warning sign that is someone else's: the answer about her, saying what to do for her."""
    if finding.reply == "pregnancy_urgent" and _someone_else_pregnant(text):
        # "my sister is 17 and pregnant and she's been fainting": an adult they trust, too
        young = "|young" if text.has(any_of_patterns(lexicon.YOUNG, _YOUNG_OTHER)) else ""
        return evolve(finding, rule_id=f"{finding.rule_id}_other", reply="pregnancy_urgent_other", detail=finding.detail + young)
    if finding.reply == "pregnancy_clot_emergency" and _someone_else_pregnant(text):
        return evolve(finding, detail="other")  # "my wife is 32 weeks, her calf is swollen and she's breathless"
    return finding


# Someone in the writer's care, told by a teacher, coach, trainer or carer ("I'm a PE teacher. a year 10 girl
# in my class ...", "one of my gymnasts ..."), with the signs said of them (she, he, they).
_CARER_ROLE = re.compile(
    r"(?<![a-z])(?:im|i am|i m|as|i work as) (?:a |an |the |their |her |his )?(?:\w+ ){0,2}?(?:teacher|coach|tutor|teaching assistant|youth worker|"
    r"school nurse|scout leader|guide leader|club leader|instructor|personal trainer|pt|trainer|carer|care worker|support worker|mentor|head of year)(?![a-z])"
)
_IN_MY_GROUP = re.compile(
    r"(?<![a-z])(?:pupils?|students?|gymnasts?|swimmers?|dancers?|athletes?|players?|runners?|rowers?|wrestlers?|boxers?|girls?|boys?|kids?|lads?|clients?|members?)"
    r"(?: \w+){0,2}? (?:in|on|at|from|of) (?:my|our) (?:class|classes|team|squad|group|club|form|tutor group|gym|school|year group|sessions?|academy)(?![a-z])|"
    r"(?<![a-z])(?:one|a few|two|three|some) of my (?:pupils|students|gymnasts|swimmers|dancers|athletes|players|runners|rowers|wrestlers|boxers|girls|boys|kids|lads|clients|trainees|members)(?![a-z])|"
    r"(?<![a-z])(?:year|yr) ?(?:[5-9]|1[0-3]) (?:girl|boy|pupil|student|kid)s?(?![a-z])|(?<![a-z])(?:one|some|two|a few) of my (?:year|yr) ?(?:[5-9]|1[0-3]) ?s(?![a-z])"
)
_THEY_DID = re.compile(r"(?<![a-z])(?:she|he|shes|hes|her|his|him|they|theyre|them)(?![a-z])")
_SCHOOL_OR_JUNIOR = (
    r"pupils?|school|class|(?:year|yr) ?(?:[5-9]|1[0-3])s?|juniors?|under (?:1[0-8]|[5-9])s?|u ?1[0-8]s?|academy|youth|kids?|"
    r", (?:1[0-7]|[5-9]) ,|1[0-7] ?(?:yo|y o|years? old|yrs? old)"  # "one of my gymnasts (14)"
)


_MY_PERSON = re.compile(rf"(?<![a-z])(?:my|our) (?:\w+ )?{RELATIONS}s?(?![a-z])")
# The asker's own words around someone else's signs: what they saw or ask, not what they feel.
_ASKER = re.compile(
    r"(?<![a-z])(?:i|im|i m|ive) (?:\w+ )?(?:hear|heard|see|saw|notice|noticed|found|find|think|thought|worry|worried|know|asked|told|caught|keep hearing|keep finding)(?![a-z])|"
    r"(?<![a-z])(?:should|can|do|could|would|shall|how do|what do|what can|what should) i(?![a-z])|(?<![a-z])(?:to|help|ask|tell|with|for) me(?![a-z])|(?<![a-z])i (?:dont|do not) know"
)


def _mostly_about_them(text: Text) -> bool:
    """The message tells of someone the user names ("my lad's 19 ... i hear him being sick after tea, he says
    it's the shakes"): their signs, the user's own words only what they saw and what they ask."""
    if not _MY_PERSON.search(text.text) or len(_THEY_DID.findall(text.text)) < 2:
        return False
    rest = _ASKER.sub(" ", _MY_PERSON.sub(" ", text.text))
    return not re.search(r"(?<![a-z])(?:i|im|ive|me|my|myself)(?![a-z])", rest)


def _in_my_care(text: Text) -> bool:
    """The message is a teacher's, coach's or carer's about someone in their care, not about themselves."""
    group = _IN_MY_GROUP.search(text.text)
    return bool((group or _CARER_ROLE.search(text.text) and re.search(r"(?<![a-z])(?:a|an|one|this|the) (?:\w+ ){0,2}?(?:girl|boy|pupil|student|kid|lad|client|athlete|player|gymnast|swimmer|dancer|runner)s?(?![a-z])", text.text))
                and len(_THEY_DID.findall(text.text)) >= 2)


# Someone else said to be young: "my sister is 17", "she's only 16", "a teenage friend".
_YOUNG_OTHER = (
    r"(?:is|shes|hes|she is|he is|aged|only) (?:only |just |nearly )?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:weeks?|wks?|months?|stone|st|kg|lbs?|days?|minutes?|mins?|km|miles?))|"
    r"teenage|teenager|(?<![a-z])teen(?![a-z])|at school|in school|sixth form|high school|year (?:9|10|11|12|13)(?![a-z0-9])"
)
# The school's or club's safeguarding lead away ("our safeguarding lead is off till monday, is it ok to just wait?").
_LEAD_AWAY = (
    r"(?:safeguarding (?:lead|officer|person)|dsl|designated (?:safeguarding )?(?:lead|person|teacher)|welfare officer)s? "
    r"(?:\w+ ){0,2}?(?:is |s |are )?(?:off|away|out|not in|on leave|on holiday|sick|back (?:on|next)|not back|till|until)"
)
# "it's girls that get that", "lads don't get eating disorders": they do (Beat, NEDA: males with eating disorders).
_ONLY_GIRLS = (
    r"(?:its|it s|thats|that s|only|just) (?:a )?(?:girls?|women|womens|girly)(?: thing| problem| that get| who get| get)|"
    r"(?:boys|lads|men|guys|blokes) (?:dont|do not|cant|cannot|never) (?:get|have|suffer)|(?:hes|he is|he s) a (?:boy|lad|man|guy|bloke)"
)
# A muscle or joint injured, with nothing said of the chest, heart, breath or a faint: the word model's
# heart reading of its effort words ("during sprints ... tight now") is dropped.
_MUSCLE_INJURY = (
    r"(?:hamstring|hammy|calf|calves|quad|quads|groin|achilles|knee|ankle|hip|shoulder|rotator cuff|lower back|back|wrist|elbow|glute|adductor|shin|foot|toe)s? "
    r"(?:\w+ ){0,2}?(?:popped|pulled|tweaked|strained|went|gone|twinged|twanged|snapped|tore|torn|rolled|twisted|sprained|locked)|"
    r"(?:pulled|tweaked|strained|tore|torn|rolled|twisted|sprained) (?:my |a |his |her )?(?:\w+ )?(?:hamstring|hammy|calf|quad|groin|achilles|knee|ankle|hip|shoulder|back|wrist|muscle)"
)
_HEART_WORDS = (
    r"chest|heart|breath\w*|breathless|dizz\w*|faint\w*|light ?headed|pass(?:ed)? out|black(?:ed)? out|collaps\w*|palpitat\w*|flutter\w*|racing|pounding|jaw|left arm"
)
# Heart signs said to be absent ("no chest pain", "never any dizziness", "without getting breathless"),
# and the words after which a sign can start again ("never had chest pain until today").
_NO_HEART_SIGN = re.compile(
    rf"(?<![a-z])(?:no|never|without|nor|zero|not any)(?: any| had| had any| getting| feeling| feel| get)? (?:\w+ )?(?:{_HEART_WORDS})\w*"
    r"(?: (?:pain|pains|pressure|tightness|problems?|issues?|trouble|condition))?"
    rf"(?: (?:or|and|nor) (?:any )?(?:{_HEART_WORDS})\w*(?: (?:pain|pains|pressure|tightness|problems?|issues?|trouble))?)*(?![a-z])"
)
_NEGATION_ENDS = re.compile(r"(?<![a-z])(?:until|till|since|anymore|but|except|apart from|then|now|today|tonight|yesterday|this (?:morning|afternoon|evening|week)|suddenly)(?![a-z])")
# Picky eating: a food group hardly eaten ("barely eats veg", "fussy eater"), and what would make it
# more than that (weight lost, meals skipped, hours of exercise, a number of calories).
# A feeling worked off in training ("need a savage session to get it out of my system", "blow off steam").
_VENTING = (
    r"(?:get|got|getting|sweat|sweating|run|running|work|working|take|taking|lift|lifting) (?:it|this|that|him|her|them|the anger|the stress) (?:all )?out"
    r"(?: of (?:my|the) (?:system|head)| on the (?:bag|weights|bike|track|pitch|rower))?|(?:blow|blowing|let|letting) off (?:some )?steam|clear (?:my|the) head"
)
_ONE_FOOD_GROUP_SKIPPED = (
    r"(?:picky|fussy|faddy) eat\w*|"
    r"(?:barely|hardly|rarely|never|wont|will not|doesnt|refuses? to) (?:eats?|eating|touch(?:es)?|likes?) (?:any |much |many )?"
    r"(?:veg|veggies|vegetables|fruits?|greens|anything green|salad|fish|meat|breakfast|vegetable|broccoli|beans|pulses|dairy)(?! (?:or|and|nor) (?:anything|much) else)"
)
_RESTRICTION_SIGNS = (
    r"weight|weigh|kg|kilos|pounds|lbs|thin|skinny|fat|calories|cals|kcal|skip\w*|starv\w*|exercis\w*|runs|running|training|"
    r"anything at all|almost nothing|hardly anything|barely anything|nothing|lost|losing|diet\w*|throw\w* up|vomit\w*|sick after"
)
# Out of practice, said as the reason for getting out of breath; with any other heart sign, or at rest, it is not.
_OUT_OF_PRACTICE = (
    r"unfit|out of shape|so slow|since i (?:stopped|quit|gave up)|after (?:a |my |the )?(?:\w+ )?(?:break|time off|lay ?off|injury|holiday|christmas)|"
    r"(?:havent|hasnt|didnt|not) (?:been )?(?:run|ran|running|trained|training|exercised|exercising|worked out|been to the gym)|time off|first (?:run|time|session) in|"
    # "im just starting out", "new to running", "couch to 5k week 2": a beginner's breath
    r"(?:just|only) (?:starting|started|beginning|began|getting started)(?: out)?|new to (?:running|exercise|the gym|training|cycling|swimming)|beginner|couch to 5k|c25k|(?:week|wk) [1-4] of"
)
_NOT_BREATH_ALONE = r"chest|heart|pain|pressure|tight\w*|dizz\w*|faint\w*|black\w* out|pass\w* out|palpitat\w*|flutter\w*|racing|pounding|arm|jaw|at rest|resting|lying|sitting|sat down|doing nothing|worse|wors\w*|night"
# Rest wished for a while ("stay in bed all weekend", "sleep till noon"), and what would make it more than that.
_REST_FOR_A_WHILE = (
    r"(?:stay|staying|lie|lying|lay|laying|sleep|sleeping|chill|chilling|hide|hiding|curl up|rot|rotting|vegetate)(?: in bed| in| on the (?:sofa|couch)| under the (?:duvet|covers)| at home)? "
    r"(?:all|the whole|this|till|until|til|for the) (?:weekend|day|morning|afternoon|week|monday|noon|lunch|rest of the day)"
)
_NOT_JUST_REST = r"never|forever|for good|die|dying|dead|end it|disappear|wake up|not wake|point|anymore|hopeless|worthless|burden|better off|gone"
# A cold, cough or chest infection (NHS: the "neck check", symptoms below the neck mean rest), and the heart
# signs that still make it the heart's.
_CHEST_INFECTION = (
    r"(?:a|the|my|this|head|chest|bad|stinking|heavy|streaming) cold(?! sweat)|colds|cold (?:on|in) my chest|with a cold|"
    r"cough\w*|chesty|flu|chest infection|bronchitis|phlegm|mucus|congest\w*|virus|covid|sniffles|snotty|runny nose|sore throat"
)
_HEART_ONLY = (
    r"heart|pain|pains|pressure|tight\w*|squeez\w*|crush\w*|dizz\w*|faint\w*|pass(?:ed)? out|black(?:ed)? out|palpitat\w*|flutter\w*|"
    r"racing|pounding|arm|jaw|collaps\w*|sweat\w*|clammy|grey|gray|pale|weird|strange|odd|funny|numb\w*|tingl\w*"
)
_DONT_MAKE_A_FUSS = r"(?:dont|do not|no need to) make (?:it|this|a) (?:into )?(?:a )?(?:big )?(?:deal|thing|fuss)"
# A promise to keep someone else's secret: "she made me promise not to tell our parents".
_KEEP_SECRET = (
    r"break(?:ing)? (?:her|his|their) trust|"
    r"promise\w* (?:her |him |them )?(?:not to|i wouldnt|i won ?t|i wont) tell|(?:keep|keeping) (?:it|this) (?:a )?secret|(?:told|asked|begged) me not to tell|"
    r"(?:doesnt|dont|does not) want (?:me|anyone) to (?:tell|know)|(?:i )?(?:cant|can not|cannot) tell (?:anyone|our parents|my parents|her parents|his parents|mum|mom|dad)"
)


# Pushing back after a cardiac answer, by what they say: heart trouble in the family, a likely cause,
# that it passed, or asking to keep to gentle walks (ESC 2020 sports cardiology; NICE CG109; BHF).
_FAMILY_HEART = (
    r"(?:dad|father|mum|mom|mother|brother|sister|uncle|aunt|grandad|grandpa|granddad|grandma|nan|cousin|family|parents?)s? "
    r"(?:\w+ ){0,8}?(?:heart (?:problem|problems|attack|condition|disease|trouble|issue|issues|failure|surgery|op)|died (?:suddenly|young|of (?:a|his|her) heart)|cardiac|arrhythmia|hcm|cardiomyopathy|pacemaker|bypass|stent)|"
    r"(?:runs|run) in (?:the|my|his|her|our) family|family history"
)
_LIKELY_CAUSE = (
    r"(?:just|only|probably|prob|maybe|surely|not just|it s|its|from|because of|cos of|down to|(?:im|i am|i m) on) (?:the |my |a |all the |too much |being )?"
    r"(?P<cause>caffeine|coffee|energy drinks?|monster|red ?bull|pre ?workout|preworkout|stress|stressed|nerves|anxiety|age|getting old|old age|heartburn|indigestion|reflux|"
    r"asthma|being unfit|unfit|dehydrat\w*|the heat|heat|tired\w*|lack of sleep|no sleep|night shifts?|a (?:pulled |strained )?muscle|muscle strain|exams?|hangover|the beers?|"
    r"low iron|iron|an(?:a)?emia|an(?:a)?emic|low blood sugar|blood sugar|beta blockers?|blood pressure (?:meds|tablets|pills|medication)|(?:my )?meds|medication|statins)|"
    # "I had 3 coffees before, probably that", "had two pre workouts beforehand"
    r"(?:i )?had (?:\d+|two|three|four|five|a few|loads of|lots of|a couple of|a couple|like \d+) (?P<had>coffees|espressos|energy drinks|pre ?workouts|preworkouts|red ?bulls|monsters|beers|pints|drinks) (?:before|beforehand|earlier|first|that morning)"
)
_PASSED = (
    r"(?:went|goes|go|gone|went) away|passed|(?:feel|feels|felt|i m|im|feeling) (?:totally |completely |absolutely )?(?:fine|ok|okay|normal|grand|better) now|"
    r"only lasted|after (?:like )?(?:a|one|\d+) (?:minute|min|sec|second)s?|settled|stopped (?:after|when|once)|probably nothing|prob nothing"
)
_GENTLE_ONLY = (
    r"(?:at least|still|just) (?:\w+ ){0,3}?(?:gentle|easy|light|flat|short|slow)\w* (?:walk\w*|stroll\w*|swim\w*|cycl\w*|yoga|stretch\w*)|"
    r"(?:can|could|may) i (?:at least |still |just )?(?:go for |do )?(?:a |my |some )?(?:gentle|easy|light|flat|short|slow) (?:walk\w*|stroll\w*|swim\w*|yoga)|"
    # "can i at least go for walks till then?", "is walking still ok?"
    r"(?:can|could|may) i (?:at least |still |just )?(?:go for|go on|do|take the dog for) (?:a |my |some )?(?:walks?|strolls?|yoga|stretch\w*)(?! (?:fast|hard|quick|up))|"
    r"(?:is |are )?(?:walking|walks|yoga|stretching) (?:still |at least )?(?:ok|okay|fine|allowed|alright)"
)


# The doctor put off to a later week: "I'll see the GP next month, till then light jogs ok?"
_SEEN_LATER = (
    # said of the doctor, not of a race ("race is in 6 weeks")
    r"(?:gp|doctor|doc|dr|appointment|appt|clinic|cardiologist|check ?up|nurse)(?: [a-z]+){0,6}? (?:next|in a|in two|in three|in \d+) (?:week|weeks|month|months)|"
    r"(?:next|in a|in two|in three|in \d+) (?:week|weeks|month|months)(?: [a-z]+){0,4}? (?:gp|doctor|appointment|appt|check ?up)|(?:appointment|appt) (?:is |isnt |not )?(?:till|until|in|next)|"
    r"(?:cant|can not|cannot|wont) (?:get|see) (?:a |the |my )?(?:gp|doctor|appointment)(?: [a-z]+){0,3} (?:till|until|for)|"
    # "the GP cant see me for 3 weeks", "earliest appointment is in a fortnight", "waiting list is 2 months"
    r"(?:gp|doctor|doc|surgery|clinic|cardiologist|they)(?: [a-z]+){0,2}? (?:cant|can not|cannot|wont|can t) (?:see|fit) (?:me|him|her|us)(?: in)? (?:for|till|until)|"
    r"(?:earliest|first|next) (?:appointment|appt|slot)(?: [a-z]+){0,3}? (?:is )?(?:in|next|not till|not until)|(?:waiting list|wait) (?:is |of )?(?:\d+|two|three|a few|several) (?:weeks|months)"
)


def _cardiac_pushback(text: Text) -> str:
    """What a pushback after a cardiac answer rests on: "family", "cause|<it>", "later", "passed", "gentle", or ""."""
    if text.has(_FAMILY_HEART):
        return "family"
    if cause := text.find(_LIKELY_CAUSE):
        had = cause[0].groups.get("had") or ""
        named = ("alcohol" if had in ("beers", "pints", "drinks") else "caffeine") if had else cause[0].groups.get("cause") or ""
        return f"cause|{named}"
    if text.has(_SEEN_LATER):
        return "later"
    if text.has(_GENTLE_ONLY):
        return "gentle"
    if text.has(_PASSED):
        return "passed"
    return ""


# Worrying about being a bother: "I don't want to make a fuss", "am I overreacting?", "wasting their time".
_FUSS = (
    r"fuss|bother\w*|overreact\w*|over react\w*|drama|wast\w* (?:their|your|the (?:midwife s|doctor s|nurse s)|anyone s) time|silly|stupid question|paranoid|"
    # "i dont want to be the anxious one ringing them every 5 mins"
    r"(?:the|that) (?:anxious|annoying|neurotic|needy|worried|paranoid|hysterical) (?:[a-z]+ )?(?:one|mum|mom|patient|person|first time mum|lady|woman|girl|guy|bloke)|ringing them (?:all the time|every)|"
    r"(?:calling|ringing|phoning|bothering) (?:the |my )?(?:[a-z]+ )?(?:for nothing|over nothing)|"
    r"zamieszani\w*|klopot\w*|przesadzam|przewrazliw\w*|histeryzuj\w*|panikuj\w*|zawracac (?:komus )?glowe|glupie pytanie|"
    # the same worry in German, French, Spanish, Portuguese, Italian and Dutch ("ich will nicht überreagieren")
    r"uberreagier\w*|ubertreib\w*|hysterisch|exagere\w*|dramatise\w*|exager\w*|esager\w*|overdrijv\w*|overdreven|aanstellen"
)
# The first words of a message, up to its first stop or comma: where a bare place name stands.
_OPENING_CLAUSE = re.compile(r"^((?:[a-z]+ ){0,2}[a-z]+) (?:[.,?!]|$)")
def _reads_english(text: Text) -> bool:
    return bool(text.find(lexicon.ENGLISH_WORDS))


def _language_before(history: Sequence[Mapping[str, Any]]) -> str:
    """The language of the user's latest message that shows one (see `language_of`), or ""."""
    for said in _recent_user_texts(history, count=4):
        language = language_of(read(said))
        if language:
            return language
    return ""


def _recent_user_texts(history: Sequence[Mapping[str, Any]], count: int = 3) -> list[str]:
    texts = [r["text"] for r in reversed(history) if r.get("role") == "user" and isinstance(r.get("text"), str)]
    return texts[:count]


def _for_who(finding: Finding, text: Text) -> Finding:
    """`finding` with the reply for who they are, when the message says it: a young person asked about
    thoughts, someone who served."""
    if finding.reply == "self_harm_check" and not finding.detail and text.has(lexicon.YOUNG):
        return evolve(finding, detail="young")
    if finding.reply == "self_harm_urgent" and not finding.detail and text.has(lexicon.VETERAN):
        return evolve(finding, detail="veteran")
    return finding


def _in_their_language(finding: Finding, text: Text) -> Finding:
    """`finding` marked with the message's language when its answer has a version in it."""
    if finding.reply == "self_harm_other_language":
        # a young person ("tengo 15 años") gets a trusted adult too: the language's detail carries "|young"
        young = "|young" if text.has(lexicon.YOUNG_L10N) or text.has(lexicon.YOUNG) else ""
        language = finding.detail.partition("|")[0]
        return evolve(finding, detail=language + young, home=home_of(language, text))
    if finding.action != "answer" or not replies.has_version(finding.reply, finding.detail):
        return finding
    language = language_of(text)
    return evolve(finding, language=language, home=home_of(language, text)) if language in replies.LANGUAGE_HOME else finding


def _pregnant_before(history: Sequence[Mapping[str, Any]], text: Text | None = None) -> bool:
    """The user said earlier that they are pregnant, when `text` (the message now) could need
    it: it names a warning sign or exercise (`_PREGNANCY_RELEVANT`; None: always). One look over
    all their messages first (most histories never mention it), then at `text`, then at each
    message that could. Each step only ever answers False early, so the order changes no
    answer: the cheapest go first (the look for exercise in `text` cost 25 us when it found some)."""
    texts = [record["text"] for record in history if record.get("role") == "user" and isinstance(record.get("text"), str)]
    if not texts or not _may_mention_pregnancy("\n".join(texts)):
        return False  # no message matches alone: each match would be one in the joined text
    if text is not None and not text.has(_PREGNANCY_RELEVANT):
        return False
    for said in (read(text) for text in texts if _MAYBE_PREGNANT.search(text)):
        if _SOMEONE_ELSE_L10N.search(said.text):
            continue  # "mi hermana está embarazada de 30 semanas": hers
        # "estoy embarazada de 31 semanas" is their own as much as "I'm 31 weeks"
        if any(person == "first" for _, person in pregnant_in(said)) or said.has(PREGNANT_L10N):
            return True
    return False


# What a sign after a birth could be, for the look back at the history ("had my baby 3 weeks ago" and
# then "I'm soaking through pads"): the signs, their low mood, fears of harming the baby.
_AFTER_BIRTH_RELEVANT = "|".join([POSTPARTUM_SIGN_ANY, lexicon.PSYCHOSIS_AFTER_BIRTH, lexicon.LOW_MOOD_AFTER_BIRTH, lexicon.HARM_TO_BABY_FEAR, lexicon.HARM_TO_BABY_SAID_OF_THEM])
_MAYBE_AFTER_BIRTH = re.compile(r"birth|partum|natal|bab(?:y|ies)|newborn|section|caesarean|cesarean|deliver|labou?r|\bpp\b|\bmum\b|\bmom\b|parto|accouch|geburt|wochenbett|entbunden|bevall|kraam|poro|urodzi|polog|\bluz\b", re.IGNORECASE)


def _after_birth_before(history: Sequence[Mapping[str, Any]], text: Text) -> bool:
    """The user's recent messages said they had a baby (theirs: someone else's birth stays with the
    message that says so), when `text` names something that could be a sign after it."""
    if not text.has(_AFTER_BIRTH_RELEVANT):
        return False
    for said in _recent_user_texts(history, count=6):
        if _MAYBE_AFTER_BIRTH.search(said):
            earlier = read(said)
            if live_hits(earlier, lexicon.POSTPARTUM) and not birth_is_someone_elses(earlier):
                return True
    return False


# "my daughter is 14 and has stopped eating", "my 16 year old son went down at practice": the
# message is about someone else when it opens on them.
_SOMEONE_ELSE = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:my|our) (?:\d+ ?(?:year|yr)s? ?old |\d+ ?(?:yo|y o) |teenage |little |best |older |younger |eldest |youngest )?"
    rf"{RELATIONS}s?\b"
    # "my 16 yo has cut out everything", "he only eats clean foods now": no relation named, still them
    r"|^(?:\W*\w+\W+){0,3}?(?:my|our) \d+ ?(?:(?:year|yr)s? ?old|yo|y o)\b(?! (?:me|self|body)\b)|^(?:he|she|hes|shes) (?!says|said|told|thinks|reckons)"
)


# The same in the guard's other languages, opening the message: "mi hija ...", "minha filha ...", "mon fils ...".
_SOMEONE_ELSE_L10N = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:mi|mis|mia|mio|il mio|la mia|minha|meu|o meu|a minha|mon|ma|mes|mein|meine|meinem|meiner|mijn|onze|ons) "
    r"(?:hijo|hija|hijos|padre|madre|papa|mama|marido|esposo|esposa|mujer|pareja|novio|novia|hermano|hermana|amigo|amiga|cliente|abuelo|abuela|"
    r"filho|filha|pai|mae|marido|namorado|namorada|irmao|irma|amigo|amiga|avo|"
    r"figlio|figlia|padre|madre|marito|moglie|fidanzato|fidanzata|fratello|sorella|amico|amica|cliente|nonno|nonna|"
    r"fils|fil+e|pere|mere|mari|femme|copain|copine|frere|soeur|ami|amie|client|cliente|grand pere|grand mere|"
    r"sohn|tochter|vater|mutter|mann|frau|freund|freundin|bruder|schwester|kunde|kundin|opa|oma|"
    r"zoon|dochter|vader|moeder|man|vrouw|vriend|vriendin|broer|zus|klant|opa|oma|"
    # a teammate or training partner ("mi compañera de equipo se provoca el vómito", "ma coéquipière se fait vomir")
    r"companera|companero|coequipiere|coequipier|teamkollegin|teamkollege|trainingspartnerin|trainingspartner|compagna|compagno|companheira|companheiro|teamgenote|teamgenoot|ploeggenote|ploeggenoot)(?![a-z])|"
    r"^(?:\W*\w+\W+){0,3}?(?:una|un|une|eine|ein|een|uma|um) (?:companera|companero|coequipiere|coequipier|teamkollegin|teamkollege|compagna|compagno|companheira|companheiro|teamgenote|teamgenoot)(?![a-z])|"
    # Polish, in the forms a subject or object takes: "mój tata", "moja córka", "mojego syna", "moją żonę"
    r"^(?:\W*\w+\W+){0,3}?(?:moj|moja|moje|mojego|mojej|moim|moja|nasz|nasza|naszego|naszej) "
    r"(?:tata|taty|tacie|ojciec|ojca|mama|mamy|mamie|matka|matki|maz|meza|mezowi|zona|zony|zonie|zone|partner|partnera|partnerka|partnerki|"
    r"brat|brata|siostra|siostry|siostre|syn|syna|synowi|corka|corki|corke|kolega|kolegi|kolezanka|kolezanki|przyjaciel|przyjaciela|przyjaciolka|przyjaciolki|"
    r"dziadek|dziadka|babcia|babci|wujek|ciocia|chlopak|chlopaka|dziewczyna|dziewczyny|dziecko|dziecka|narzeczony|narzeczona|klient|klientka|podopieczn\w*|zawodnik\w*)(?![a-z])|"
    # or with no "my": "kolega z drużyny stracił przytomność", "trener zasłabł"
    r"^(?:\W*\w+\W+){0,2}?(?:kolega|kolezanka|trener|trenerka|zawodnik|zawodniczka|przyjaciel|przyjaciolka) (?:z (?:druzyny|silowni|klubu|pracy|zespolu|grupy|sekcji) )?"
    r"(?:zemdlal\w*|zaslabl\w*|stracil\w*|upadl\w*|mowi|powiedzial\w*|nie je|wymiotuje|bierze|ma|trzyma|tnie|sie)(?![a-z])|"
    # anywhere, a coach's or teacher's "one of my gymnasts", "una de mis alumnas", "eine meiner Schülerinnen"
    r"(?<![a-z])(?:une? de mes|un de mes|uno de mis|una de mis|eine meiner|einer meiner|einer von meinen|eine von meinen|um dos meus|uma das minhas|"
    r"uno dei miei|una delle mie|een van mijn|jedna z moich|jeden z moich|jedna z mojich) (?:\w+ )?"
    r"(?:eleves|gymnastes|joueuses|joueurs|athletes|nageuses|nageurs|danseuses|clientes?|alumnas|alumnos|gimnastas|jugadoras|jugadores|atletas|nadadoras|bailarinas|clientas|"
    r"schulerinnen|schuler|turnerinnen|turner|spielerinnen|spieler|athletinnen|schwimmerinnen|tanzerinnen|kundinnen|kunden|alunas|alunos|ginastas|jogadoras|bailarinas|"
    r"allieve|allievi|studentesse|studenti|ginnaste|giocatrici|atlete|nuotatrici|ballerine|leerlingen|turnsters|speelsters|sporters|zwemsters|klanten|"
    r"uczennic|uczniow|zawodniczek|zawodnikow|gimnastyczek|klientek|podopiecznych)(?![a-z])"
)
# A loss that makes the rest the user's own context ("mój tata zmarł i nie chcę już żyć"), in those languages.
_BEREAVED_L10N = re.compile(
    r"(?<![a-z])(?:umarl\w*|zmarl\w*|odszedl|odeszla|nie zyje|pogrzeb\w*|zginal\w*|zginela|murio|fallecio|est mort\w*|est decede\w*|gestorben|verstorben|morreu|faleceu|e morto|e morta|overleden|is gestorven)(?![a-z])"
)
# Someone else said to want to die, in Polish, where "chce" is "I want" and "wants" alike: a verb of saying, or "on"/"ona".
_THEIR_WISH_L10N = re.compile(r"(?<![a-z])(?:mowi|mowil\w*|powiedzial\w*|pisze|pisal\w*|napisal\w*|twierdzi|grozi|grozil\w*|wspomina\w*|(?:on|ona|oni|one) (?:\w+ )?(?:chce|chca|mysli)|tnie|okalecza|robi sobie|krzywdzi"
    # the same in the six other languages: a verb of saying, or the wish or the cuts in the third person
    r"|dice|dijo|ha dicho|quiere|queria|se corta|se ha cortado|se autolesiona|dit|a dit|veut|voulait|se scarifie|se mutile|se coupe|sagt|sagte|hat gesagt|will sich|wollte sich|ritzt sich|"
    r"diz|disse|quer|queria|se cortou|se automutila|dice|ha detto|vuole|voleva|si taglia|si fa del male|zegt|zei|wil|wilde|snijdt zichzelf|krast zichzelf)(?![a-z])")


# "since my husband passed in March I don't eat properly": a loss told as the user's own context.
_BEREAVED = re.compile(
    rf"(?:my|our) (?:late )?{RELATIONS}s? (?:\w+ ){{0,2}}?(?:passed|died|pass away|passed away|left (?:me|us)|walked out|funeral)|my late {RELATIONS}|(?:lost|losing) (?:my|our) {RELATIONS}"
)




def _us_said(message: str) -> str:
    """"US" or "USA" in capitals ("US. please don't tell me to call anyone"), which the folded text
    cannot tell from "us": the US lines."""
    return "US" if re.search(r"(?<![A-Za-z])(?:US|USA|U\.S\.(?:A\.)?)(?![A-Za-z])", message) else ""


def _about_someone_else(text: Text) -> bool:
    if client_notes(text):
        return True
    return bool(_SOMEONE_ELSE.search(text.text)) and not _BEREAVED.search(text.text) and not _THEIR_WORDS_MY_ACT.search(text.text)


# Feeling better for exercise, in the guard's other languages ("je me sens plus léger depuis que je fais du vélo",
# "je sens moins la fatigue depuis que je cours"); the word model reads the "je me sens" of low moods in them.
_FEELS_BETTER_L10N = (
    r"(?:je me sens|je sens|me siento|ich fuhle mich|me sinto|sinto me|mi sento|ik voel me|czuje sie) (?:\w+ ){0,2}?"
    r"(?:mieux|plus (?:leger|legere|en forme)|moins (?:la )?(?:fatigue\w*|stress\w*)|mejor|mas (?:liger[oa]|en forma)|menos (?:cansad[oa]|estresad[oa])|"
    r"besser|leichter|fitter|weniger (?:mude|gestresst)|melhor|mais (?:leve|disposto|disposta)|menos cansad[oa]|meglio|piu (?:legger[oa]|in forma)|meno (?:stanc[oa]|stressat[oa])|"
    r"beter|lichter|fitter|minder (?:moe|gestrest)|lepiej|lzej|mniej zmeczon\w*)(?![a-z])|"
    r"(?:j ai|tengo|ich habe|tenho|ho|ik heb|mam) (?:\w+ )?(?:plus d energie|mas energia|mehr energie|mais energia|piu energia|meer energie|wiecej energii)"
)
# How, why or when, asked in those languages ("comment je commence ?", "¿por qué no puedo correr todos los días?").
_HOW_OR_WHY_L10N = (
    r"comment|pourquoi|quand|est ce que|combien|como|por que|porque|cuando|cuanto|cuantos|wie|warum|wann|wieviel|"
    r"come|perche|quando|quanto|quanti|hoe|waarom|wanneer|hoeveel|jak|dlaczego|kiedy|ile|czy"
)
_MOVING_L10N = EXERCISE_L10N + r"|cours|court|nage|roule|m entraine|bouge|corro|nado|entreno|laufe|trainiere|corro|nuoto|loop|train|biegam|cwicze"
# A sport or the gym to start, wanted or asked how ("quiero empezar a correr", "je veux commencer à courir", "wie fange ich
# mit dem Laufen an", "quero começar a treinar", "voglio iniziare a correre", "ik wil beginnen met hardlopen", "chcę zacząć biegać").
_START_AN_ACTIVITY_L10N = (
    r"(?:empezar|comenzar|empiezo|commencer|commence|anfangen|beginnen|starten|comecar|comeco|iniziare|cominciare|comincio|begin|zaczac|zaczynam) "
    r"(?:\w+ ){0,3}?(?:correr|courir|laufen|joggen|jogging|correre|hardlopen|biegac|biegania|entrenar|m entrainer|entrainer|trainieren|training|treinar|allenarmi|allenare|trainen|trenowac|treningi|"
    r"nadar|nager|schwimmen|nuotare|zwemmen|plywac|gimnasio|gym|palestra|academia|sportschool|silowni|yoga|crossfit|musculation|muscu|krafttraining|pesas|sport|deporte|hacer ejercicio|faire du sport)(?![a-z])|"
    r"(?:como|por donde|comment|wie|da dove|hoe|jak) (?:\w+ ){0,2}?(?:empiezo|empezar|commence|commencer|fange|anfangen|comeco|comecar|comincio|iniziare|begin|beginnen|zaczac|zaczynam)(?![a-z])"
)
# A first race or a training plan asked for, in the other languages ("quiero correr mi primer 5k, ¿me das una rutina?",
# "je veux courir mon premier 10 km, tu me fais un programme ?", "mein erster Halbmarathon, hast du einen Trainingsplan?"):
# a beginner's plan, not an end, unless a word of death, an end or not eating stands beside it (holdout53).
_FIRST_RACE_OR_PLAN_L10N = (
    r"(?:primer|primera|primeros|premier|premiere|premiers|erste|ersten|erster|primo|prima|primi|primeiro|primeira|primeiros|eerste|pierwsz\w*) "
    r"(?:\w+ ){0,2}?(?:\d+ ?k|\d+ km|\d+ kilometr\w*|maraton\w*|marathon\w*|halbmarathon|semi ?marat\w*|media maraton|mezza maratona|meia maratona|halve marathon|polmaraton\w*|"
    r"carrera|course|lauf|wettkampf|gara|corrida|prova|wedstrijd|loop|bieg\w*|zawod\w*|triat\w*)(?![a-z])|"
    r"(?:rutina|plan de (?:entrenamiento|entreno|carrera)|programa de (?:entrenamiento|treino|treinamento)|programme|plan d entrainement|trainingsplan|trainingsprogramm|"
    r"scheda|programma di allenamento|piano di allenamento|plano de treino|treino|trainingsschema|schema|plan (?:treningowy|treningow)|rozpiske|rozpiska)(?![a-z])"
)
# No sport or running yet, in the other languages ("ahora no hago nada de deporte", "je ne fais aucun sport", "ich mache
# gar keinen Sport", "non corro per niente", "não faço nada de exercício", "ik sport helemaal niet", "nic nie ćwiczę").
_NO_SPORT_NOW_L10N = (
    r"no (?:hago|practico) (?:nada de |ningun |ningún )?(?:deporte|ejercicio)|no (?:corro|entreno)(?: nada| nunca)?|nunca he (?:corrido|entrenado|hecho deporte)|"
    r"je ne (?:fais|pratique) (?:aucun|pas de|plus de|jamais de) (?:sport|exercice)|je ne cours (?:pas|jamais|plus)|je n ai jamais couru|"
    r"ich (?:mache|treibe) (?:gar |uberhaupt )?(?:keinen|kein) sport|ich laufe (?:gar |uberhaupt )?nicht|ich bin noch nie gelaufen|"
    r"non (?:faccio|pratico) (?:niente di |nessuno )?sport|non corro|non mi alleno|non ho mai corso|"
    r"nao (?:faco|pratico) (?:nada de |nenhum )?(?:exercicio|esporte|desporto)|nao corro|nunca corri|"
    r"ik (?:sport|loop|train) (?:helemaal |eigenlijk )?(?:niet|nooit)|ik heb nog nooit gelopen|"
    r"(?:nic |w ogole )?nie (?:cwicze|biegam|trenuje)|nigdy nie biegal\w*"
)
# Living, or being worn out by everything, in the other languages ("estoy cansado de vivir", "ya no aguanto más", "je n'en
# peux plus", "ich kann nicht mehr", "non ce la faccio più"): beside "no sport yet", still the model's reading.
_WORN_OUT_L10N = (
    r"vivir|vivre|leben|vivere|viver|leven|zyc|zycia|zycie|aguant\w*|n en peux plus|peux plus|kann nicht mehr|ce la faccio|nao aguento|kan niet meer|"
    r"nie dam rady|nie daje rady|de todo|de tout|von allem|di tutto|de tudo|van alles|wszystkiego|wszystkim|nada importa|rien ne (?:sert|compte)|"
    r"sentido|sens|sinn|senso|zin|sensu|vacio|vide|leer|vuoto|vazio|pustk\w*|solo en el mundo|seul au monde|allein|sol[oa] al mondo|sozinh[oa]|alleen|samotn\w*"
)
# Getting fit or back into shape, in the other languages ("ponerme en forma", "me remettre en forme", "fit werden").
_GET_FIT_L10N = (
    r"ponerme en forma|estar en forma|me (?:re)?mettre en forme|retrouver la forme|fit werden|in form kommen|wieder fit|"
    r"rimettermi in forma|tornare in forma|entrar em forma|ficar em forma|voltar a (?:correr|treinar)|volver a (?:correr|entrenar)|"
    r"in vorm komen|fitter worden|weer (?:gaan )?(?:sporten|lopen)|wrocic do formy|nabrac formy|" + _FIRST_RACE_OR_PLAN_L10N
)
# Not waking up, or no wish for anything, in the other languages ("sería mejor no despertarme más", "no tengo ganas de
# nada"): beside a sport to start, still the model's reading (holdout30).
_NOT_WAKING_L10N = r"despert\w*|reveill\w*|aufwach\w*|acord\w*|svegli\w*|wakker|obudz\w*|ganas de nada|envie de rien|lust auf nichts|vontade de nada|voglia di niente|zin in niets|ochoty na nic|no tengo ganas|je n ai plus envie"
# A food they are sick of ("anything but pasta, I'm tired of it", "so sick of chicken and rice").
_TIRED_OF_A_FOOD = (
    r"(?:anything but|no more|not|without|except) (?:\w+ (?:, )?){1,3}(?:i m |im |i am |i ve got |ive )?(?:so |really |getting )?(?:tired|sick|bored) of (?:it|them|that)|"
    r"(?:tired|sick|bored) of (?:eating |having )?(?:\w+ ){0,2}?(?:pasta|chicken|rice|oats|porridge|eggs|salads?|tuna|broccoli|the same (?:food|meals?|thing)|my meals|meal prep)(?![a-z])"
)
# "Don't want to ... any more" with a sport or the gym for its object: "I don't want to run marathons anymore",
# "i dont want to go to the gym anymore, its boring". "I don't want to do this anymore" has none and is still read;
# "cut" is left out: "I don't want to cut anymore" is about self-harm.
_NO_MORE_OF_AN_ACTIVITY = (
    r"(?:don t|dont|do not|no longer) (?:really |even )?(?:want|wanna) (?:to )?(?:go to the |go |do |be doing |keep |play )?(?:\w+ ){0,2}?"
    r"(?:run|running|runs|race|racing|races|marathons?|half marathons?|ultras?|triathlons?|gym|train|training|lift|lifting|weights|"
    r"swim|swimming|cycle|cycling|ride|bike|spin|crossfit|yoga|pilates|hiit|cardio|classes|football|rugby|netball|hockey|tennis|"
    r"sport|sports|exercise|exercising|work out|workouts?|bulk|bulking|diet|dieting|count calories|counting calories|meal prep)(?![a-z])"
)
# With one of these beside it the model's reading stands: "I don't want to train anymore, I don't want to be here"
_NOT_ANY_MORE_OF_LIFE = _NOT_JUST_REST.replace("anymore|", "") + r"|be here|exist|live|living|alive|wake|hurt myself|kill|suicid\w*|ending"
# "No more" with its object a sport or their weight, within three words: "nicht mehr (so viel) laufen|wiegen",
# "ne veux plus courir", "ya no quiero correr", "non voglio più andare in palestra".
_NO_MORE_OF_AN_ACTIVITY_L10N = (
    r"(?:nicht mehr|ne (?:\w+ ){0,2}?plus|ya no|nao (?:\w+ ){0,2}?mais|non (?:\w+ ){0,2}?piu|niet meer|juz nie|nie (?:\w+ ){0,2}?juz) "
    rf"(?:\w+ ){{0,3}}?(?:{_MOVING_L10N}|wiegen|peser|pesar|pesare|wegen|wazyc)(?![a-z])"
)
# An allergy, or the school, its teachers and a school trip, in those languages: the model's function-word readings
# beside them are dropped when no dark or eating word stands there too.
_ALLERGY_OR_SCHOOL_L10N = (
    r"allerg\w*|alergi\w*|alergic\w*|uczulon\w*|\w*allergie\w*|anaphyla\w*|anafila\w*|celiac\w*|coeliak\w*|zoliak\w*|celiach\w*|"
    r"lehrer\w*|klassenfahrt|maestr[ae]|insegnant\w*|gita scolastica|enseignant\w*|maitresse|sortie scolaire|profesor\w*|excursion escolar|"
    r"professor\w*|excursao|leraar|leraren|juf|meester|schoolreis\w*|nauczyciel\w*|wycieczk\w*"
)
# Not able to go on, in those languages ("ich halte das nicht mehr aus", "non ce la faccio più", "nie mam już siły"):
# beside the school or an allergy, still the model's reading
_CANT_GO_ON_L10N = (
    r"aguant\w*|no puedo mas|n en peux plus|ne peux plus|halte\w* (?:\w+ ){0,3}nicht mehr|kann nicht mehr|schaffe? (?:\w+ ){0,2}nicht mehr|"
    r"non ce la faccio|non ne posso piu|nao aguento|nao consigo mais|ik kan niet meer|ik hou het niet meer|nie mam (?:\w+ ){0,2}sil\w*|"
    r"nie dam rady|nie wytrzymam|odio|hassen|hate|nienawidz\w*|mobb\w*|harcel\w*|bully\w*|umili\w*|pest\w*"
)
# Death, an end or a last time in those languages ("quero morrer", "en finir", "die letzte mal"): with them a
# may-I-eat question or a correction is still read, and a feeling-better reading is kept (`_DARK_L10N`).
_DEATH_L10N = (
    r"mour\w*|mort\w*|\w*finir|disparaitre|derniere fois|ultima vez|letzte mal|ultima volta|laatste keer|ostatni raz|suicid\w*|morir\w*|muert\w*|acabar con|desaparecer|sterb\w*|tot|tod\w*|schluss|verschwinden|selbstmord|"
    r"morr\w*|sumir|farla finita|sparire|dood|doodgaan|een eind|verdwijnen|zelfmoord|umr\w*|smierc\w*|skonczyc|zniknac|samobojst\w*|no quiero vivir|plus envie de vivre|nicht mehr leben"
)
# Death, an end or disappearing, or not eating, in those languages: with them a reading of feeling better is kept
# ("je me sens mieux depuis que j'ai décidé d'en finir" is a warning sign, not relief).
_DARK_L10N = (
    r"non ha (?:piu )?senso|niente ha (?:piu )?senso|(?:no|nada) tiene sentido|n a (?:plus )?(?:pas |aucun )?(?:de )?sens|hat (?:alles )?keinen sinn|nao faz (?:mais )?sentido|heeft geen zin|"
    r"envie de rien|a quoi bon|sert a rien|ganas de nada|para que sirve|keine lust mehr|wozu|voglia di niente|a che serve|geen zin meer|po co|nie ma sensu|"
    + _DEATH_L10N + "|"
    # "ich fühle mich leichter, seit ich nicht mehr esse": the eating, not the sport
    r"mang\w*|repas|faim|vomi\w*|jeun\w*|calorie\w*|comer|como|comida|hambre|ayun\w*|vomit\w*|ess\w*|hunger|kalorie\w*|erbrech\w*|kotz\w*|fast\w*|"
    r"fome|comi|mangi\w*|cibo|digiun\w*|eet|eten|honger|jem|jesc|jedzeni\w*|glod\w*|kalori\w*|wymiot\w*|kcal|laxat\w*|abfuhr\w*|lassativ\w*|laxeer\w*|przeczyszcz\w*"
)
# Asking whether they may eat something, in the guard's other languages ("je peux manger des crêpes sans oeuf ?",
# "puedo comer tortitas sin huevo?", "kann ich Pfannkuchen ohne Ei essen?").
_CAN_I_EAT_L10N = (
    r"(?:je peux|puis je|est ce que je peux|on peut|puedo|se puede|podria|kann ich|darf ich|konnte ich|posso|si puo|potrei|mag ik|kan ik|"
    r"eu posso|da para|czy moge|moge) (?:\w+ ){0,4}?(?:manger|comer|essen|mangiare|eten|zjesc|jesc|boire|beber|trinken|bere|drinken|pic)"
)
# Correcting what was logged, in those languages: "na verdade foram dois bifes, não um", "en realidad fueron dos".
_CORRECTION_L10N = (
    r"(?:na verdade|en realidad|de hecho|en fait|eigentlich|in realta|eigenlijk|wlasciwie|tak naprawde) (?:\w+ ){0,2}?"
    r"(?:foram|fueron|eran|era|foi|etaient|c etait|waren|war|erano|era|waren het|was het|byly|bylo|byl|it was)"
)


# Someone's words, then what the user did about them: "my coach says I need to be lighter for my sport so
# I've stopped eating lunch" is the user's own eating, not the coach's.
_THEIR_WORDS_MY_ACT = re.compile(
    rf"^(?:\W*\w+\W+){{0,3}}?(?:my|our) (?:\w+ )?{RELATIONS}s? (?:says?|said|told me|tells me|thinks?|reckons?|wants me|keeps (?:saying|telling me)) "
    r".*(?<![a-z])(?:so|and|now) (?:i|ive|i ve|i have|im|i m|i am) (?:have |ve |am |m |been |just )*"
    r"(?:stopped|started|cut|cutting|skip|skipping|skipped|only|barely|quit|dropped|chewing|chew|having|drinking|"
    r"been (?:skipping|starving|purging|fasting|chewing|having|drinking))(?![a-z])"
)


def _someone_else_l10n(text: Text) -> bool:
    """The message, in another language, opens on someone else and is not a loss told as the user's own context."""
    return bool(_SOMEONE_ELSE_L10N.search(text.text)) and not _BEREAVED_L10N.search(text.text)


# The user's own red flags, with the answer about someone else that each becomes when it is theirs.
_THEIRS = {"eating_disorder": "eating_disorder_concern", "cardiac.fainting": "cardiac_collapse_other"}


def _theirs_in_their_words(finding: Finding, text: Text) -> Finding:
    """A first-person finding in a message, in another language, that opens on someone else ("mój tata
    zemdlał na siłowni", "moja córka wymiotuje po każdym posiłku", "mój kolega mówi, że chce się zabić"):
    the answer about them. Polish folds "wymiotuję" and "wymiotuje" into one word, so the subject decides."""
    if finding.action != "answer" or finding.rule_id.endswith("_other") or not _someone_else_l10n(text):
        return finding
    if finding.category == "eating_disorder" and finding.reply in ("eating_disorder", "eating_disorder_pills", "eating_disorder_loss", "eating_disorder_body"):
        return evolve(finding, rule_id=f"{finding.rule_id}_other", reply=_THEIRS["eating_disorder"], detail="")
    if finding.rule_id == "cardiac.fainting":
        return evolve(finding, rule_id="cardiac.collapse_other", reply=_THEIRS["cardiac.fainting"], detail="")
    if finding.rule_id == "self_harm.other_language" and _THEIR_WISH_L10N.search(text.text):
        return Finding("self_harm", "support", "self_harm.concern", "self_harm_concern", home=replies.LANGUAGE_HOME.get(finding.detail, ""))
    return finding


def any_of_patterns(*patterns: str) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


def _signs_before(history: Sequence[Mapping[str, Any]]) -> str:
    """The pregnancy warning signs in the user's messages since the guard's last red-flag answer
    and just before it, for "what should I tell them?" ("a severe headache or blurred vision")."""
    texts: list[str] = []
    for record in reversed(history):
        if record.get("role") == "user" and isinstance(record.get("text"), str):
            texts.append(record["text"])
            if len(texts) >= 3:
                break
    signs: list[str] = []
    for text in texts:
        for sign, _ in pregnancy_signs(read(text)):
            if sign not in signs:
                signs.append(sign)
    return " and ".join(signs[:2])


def _previous_user_text(history: Sequence[Mapping[str, Any]]) -> str | None:
    """The user's last message, unless the guard already answered it (its flag was handled). A
    check-in from the word model was a guess, so "sometimes I just want to" + "die" is still read
    whole by the rules."""
    for record in reversed(history):
        safety = record.get("safety") or {} if record.get("role") == "assistant" else {}
        if safety.get("action") == "answer" and not str(safety.get("rule_id", "")).split(".")[-1].startswith("model"):
            return None
        if record.get("role") == "user":
            text = record.get("text")
            return text if isinstance(text, str) and text.strip() else None
    return None
