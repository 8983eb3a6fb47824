"""Typo repair: "workuot", "brekfast" and "wieght" read as the words they were meant to be.

    >>> repair = TypoRepair(["workout", "plan", "breakfast", "weight", "lose"])
    >>> repair("Give me a workuot plan").text
    'Give me a workout plan'
    >>> repair("Brekfast ideas?").changes
    (('brekfast', 'breakfast'),)

The router builds one `TypoRepair` from the words of the enabled plugins' keyword scorers
(`vocabulary_of`) and routes the repaired text, which is also what the chosen agent reads.
A word is only ever repaired into a vocabulary word, and only when it is not known: a known
word is one with the stem of a vocabulary word (what the scorers match anyway), one of
`KNOWN_WORDS` (everyday words close to a vocabulary word: "score" is not "sore") or their
regular forms, or a correctly spelt English word (`english_words`: "older" is never "order",
"faster" never "fasted", whatever the vocabulary grows to). An unknown word is repaired when

- `COMMON_MISSPELLINGS` lists it, for the misspellings that are real words ("loose weight"), or
  it is one edit from a listed one and from no vocabulary word ("looze" is "loose", so "lose");
- the normaliser squeezed a letter run in it and undoing its doubles gives a vocabulary word
  ("hiiiii" -> "hii" -> "hi");
- or it has `MIN_LENGTH` letters or more, no digits, is not a capitalised word inside a
  sentence (a name: "my name is Rick" keeps Rick), and exactly one word is most likely among
  the words and plurals (or, for an inflected word, the stems: "streching" -> "stretching")
  within one edit, or two from `LONG_WORD` letters (optimal string alignment: a swap of two
  neighbours is one edit), that keep its first letter (or swap it with the second).

Most likely means fewest edits, then what typists do most: the first letter kept, swapped
letters, a vowel written wrong ("suger"), the last letter kept, and a vocabulary word before
an everyday one. Known words compete but win nothing: "wnat" is nearest to "want", so it
stays as typed rather than becoming "what". Two equally likely words leave the word alone.
In a message of another language the agents read, its common words stay as typed
(`COMMON_FOREIGN`: "sono" is no "soon", "doet" no "diet"). The other-language words a plugin
reads it declares as `AsTyped` beside its `classify`: they stay as typed and compete, but are
never what a word is repaired into (Helios' Italian "mattina" does not make Ceres' "maltina" a
typo of it, nor French "ça passe" German "Pause").
Only the first `MAX_WORDS` words of a message are looked at, so a long message costs a
bounded time.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from host import text as host_text
from host.glossary import COMMON_WORDS, FOREIGN_WORDS
from host.keywords import KeywordScorer, stem

__all__ = ["COMMON_MISSPELLINGS", "KNOWN_WORDS", "AsTyped", "Repaired", "TypoRepair", "Vocabulary", "english_words", "vocabulary_of"]

MIN_LENGTH = 4  # shorter words are too often real ("ur", "gud", "ya") and too close to others
LONG_WORD = 9  # from this length a word may be two edits away ("excersise" -> "exercise")
FOREIGN_MIN_WORDS, FOREIGN_SHARE = 4, 0.4  # a message read as another language's
SLIP_MIN_LENGTH = 5  # a shorter word nearest an everyday word is as often another language's ("sono", "edad") or slang ("pecs")
MAX_WORDS = 100  # words of a message looked at (a new unknown word costs about 50 us)
TEXT_CACHE_CHARS = 1000  # the longest text whose repair is remembered between turns

# Misspellings that edit distance cannot settle (real words, or ties), repaired as written.
COMMON_MISSPELLINGS: dict[str, str] = {
    "loose": "lose",
    "loosing": "losing",
    "looser": "loser",
    "sory": "sorry",  # "sory i ment 3 egs": a tie with "sore" otherwise, and sore routes to Helios
    "logg": "log",  # "logg 2 bannanas": "long" otherwise
    # question words too short for the edit-distance rule, which decide who a question is for:
    # "wat shud i eat in a day, im a girl 58kg 165cm" asks Ceres, it doesn't only state facts
    "wat": "what",
    "wht": "what",
    "shud": "should",
    "shld": "should",
    "hw": "how",  # "hw many calries in ..."
    # numbers as people misspell them: "did fourty five minutes of yoga" is 45 minutes, not 5
    "fourty": "forty",
    "ninty": "ninety",
    "fourtyfive": "forty-five",
    # British spellings of a vocabulary word, which `english_words` would otherwise keep as typed.
    "yoghurt": "yogurt",
    "yoghurts": "yogurts",
    # Chat spellings of everyday words that are too short for the edit-distance rule, are real
    # words, or sit nearest a known word: "wich foods hav the most" asks which foods have the most,
    # "ooops ment 1 slice", "hamstrings r always tite", "befor my sisters wedding".
    "wich": "which",
    "beter": "better",  # one edit from "beer" too
    "nees": "knees",  # the silent letter left out: "my nees hurt", not "needs"
    "cnat": "can't",
    "hardr": "harder",
    "wen": "when",
    "tims": "times",  # "how many tims a week shud i do it": a known word, too short for the slip rule ("mens", "ging" stay)
    "evn": "even",
    "giv": "give",
    "ther": "there",
    "whre": "where",
    "mutch": "much",
    "mkae": "make",
    "weding": "wedding",  # one letter from "weeding", an activity Helios logs
    "slcie": "slice",
    "slcies": "slices",
    "maek": "make",
    "abot": "about",
    "abuot": "about",
    "erly": "early",
    "teh": "the",
    "wek": "week",
    "electrolites": "electrolytes",
    "electrolite": "electrolyte",
    "whcih": "which",
    "hav": "have",
    "ment": "meant",
    "befor": "before",
    "wnat": "want",
    "tite": "tight",
    "cud": "could",
    "wud": "would",
    "abt": "about",
    "becuz": "because",
    "bcoz": "because",
    "tryna": "trying to",
    # Scots and other spoken spellings, read as the English the agents know: "whit should a eat
    # before fitba", "ma legs are deid, cannae get doon the stairs", "brekky", "this arvo".
    "whit": "what",
    "fitba": "football",
    "deid": "dead",
    "cannae": "can't",
    "canny": "can't",
    "dinnae": "don't",
    "didnae": "didn't",
    "isnae": "isn't",
    "wasnae": "wasn't",
    "wouldnae": "wouldn't",
    "couldnae": "couldn't",
    "doon": "down",
    "oot": "out",
    "aboot": "about",
    "heid": "head",
    "wi": "with",
    "arvo": "afternoon",
    "brekky": "breakfast",
    "brekkie": "breakfast",
    # Slips that tie with an everyday word or sit two edits from the word, in the words that say
    # what a message is about: "my nee is bad, cant do runing" reads as running (not "ruining"),
    # "bycicle to work", "the sorness", "exersize", "pregnent".
    "runing": "running",
    "nee": "knee",  # "my nee is bad"; Dutch "nee" (no) stays in a Dutch message (`ALSO_FOREIGN`)
    "bycicle": "bicycle",
    "bicyle": "bicycle",
    "bycycle": "bicycle",
    "sorness": "soreness",
    "exersize": "exercise",
    "excersize": "exercise",
    "exersise": "exercise",
    "protine": "protein",
    "protiens": "proteins",
    "stretchs": "stretches",
    "diabetis": "diabetes",
    "breathles": "breathless",
    "pregnent": "pregnant",
    "pregant": "pregnant",
    "pragnant": "pregnant",
    # Words texted without their vowels or last letter, too far from the word for the edit-distance rule or
    # nearest another: "i had 2 egs and tost for brekfst" logged as lunch, "is it ok to workout evry day" got
    # "no sourced answer", "i ran 5km this mornin".
    "brekfst": "breakfast",
    "brkfst": "breakfast",
    "brekfest": "breakfast",
    "bfast": "breakfast",
    "evry": "every",
    "evryday": "everyday",
    "evrything": "everything",
    "mornin": "morning",
    "evenin": "evening",
    "tmrw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmoz": "tomorrow",
    "btwn": "between",
    "sumthing": "something",
    "sumthin": "something",
    "somethin": "something",
    "nite": "night",
    "alot": "a lot",
    "coz": "because",
    "cuz": "because",
    "wrkout": "workout",
    "wrkouts": "workouts",
    "excercise": "exercise",
    "excercises": "exercises",
    "excersises": "exercises",
}

_MISSPELT = [word for word in COMMON_MISSPELLINGS if len(word) >= 4]
# Listed misspellings that are a word of another language too: repaired only in an English message.
ALSO_FOREIGN = frozenset({"nee"})
# The most frequent words of Spanish, French, German, Portuguese, Italian, Dutch and Polish
# (`host.glossary.COMMON_WORDS`): left as typed in a message of another language ("niet" is no
# "nite", "sono" no "soon"), repaired as ever in an English one. A message is read as another
# language's when two of its words, or one in three, are such words that are no English word:
# "Warum nicht", "Sono stanca", "Ik ben moe", or when most of its words are no English word
# (`_mostly_foreign`: "Prendo lassativi ogni sera per sentirmi vuota"). Words of both ("die",
# "also", "come", "son") decide nothing, being English words that are never repaired anyway; an
# English message with a slip ("traning", "wnat", "loose wieght") holds none of them.
COMMON_FOREIGN: frozenset[str] = frozenset().union(*COMMON_WORDS.values())
FOREIGN_MARKERS, FOREIGN_MARKER_SHARE = 2, 1 / 3

# The lower-case words of SCOWL's English word lists up to size 35 (Debian's wbritish-small and
# wamerican-small, about 41,000 words with their inflections; data/english_words.COPYRIGHT).
ENGLISH_WORDS = Path(__file__).parent / "data" / "english_words.txt.gz"


@cache
def english_words() -> frozenset[str]:
    """Correctly spelt English words: typo repair leaves them as typed (a misspelling that is a
    real word is repaired only when `COMMON_MISSPELLINGS` lists it). Read once, in about 20 ms."""
    with gzip.open(ENGLISH_WORDS, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())

# Everyday words that stay as typed: the words the repair would otherwise turn into a routing
# word ("score" -> "sore", "skim" -> "swim", "deadlines" -> "deadlifts"), found by running it
# over a 100,000-word English word list and keeping the words people write in a chat, and
# frequent words that compete with the vocabulary for a typo ("wnat" is "want", not "what").
# A vocabulary that grows may need more: tests/test_typos.py checks real messages stay whole.
KNOWN_WORDS: frozenset[str] = frozenset(
    """
    about above after again against ahead cannot allergen allergenic allergies allergist allergy typo typos
    greek daal dhal donner flax peri barebell killa
    salam salaam salams assalamu alaikum shalom namaste inshallah mashallah habibi
    almost alone along already also always among another answer anyone anything anyway
    apply appreciative april around asked august away back bake bandana barn beach bead
    beam bear beat because been before being belch below best better between biker bile
    bite bony born both bought brain branch break bred breed bring broad brought built
    bunch buns burnt burp burps bury busy cab calf calm caloric car card care carp cart
    carving cause caving cell chain chance cheap cheat cheek cheesy chess chickpea china
    chip chips chore clean clear close coal code coil coin coke cold come cone cookie cope
    cord cork corn could couple course crab crating crest crook crossfire crunchy crutch
    cull curb cure daily daisy dawn dead deadliest deadline dear december desert diary died
    dies diner dirt docs does dog doing done door dose dots down dream drive drown dues
    duet during dye each early easing easy else enough entrance evening event ever every
    exam expertise face fact fail fair fairness fart faster fatness feast february fell felt fest
    fewer fill final fine finer fire first fish fisher fishy fist five fiver fixer flood
    fold fond fool foot form found free fresh friday friend from front fruity full funny
    gait game gave girl give given glue goal god goes going gold gone goods goody grain
    grand great green grin group guess hair half hall halo halt hammering hamster hand
    happy hard hate have head health healthier healthiest healthily healthiness heap hear
    heard hearty heat held hell hemp here hide high hiker hint hire hits hold home hope
    hour house however hungrier hungriest hydrating idea intermittently into item january
    joker july june just keen keep kept kind knew know lace lake lame lane large last later
    latest latte launch lazy least leave left less lest life like line lisp list lite
    little live loft log long look lore loser loss lost lots lounge love lover lower luck
    luncheon lurch lust made mail main make male many marathoner march mark mealy mean
    measles meat medal meet metal mice mild milk mill mind mine miss mixes moaning mole
    moment monday money month more most mostly mourn move much mule must name near need
    nets never next nice node none nope nose note nothing november nuns nutritional
    nutritionist nutritious oak oath october often okay once only open opt other ours over
    page paid pain palate pale pan park part past paste pave peace peck peep persona
    personalized personally personnel pick pill pilot place plain plant play please plenty
    plush poll posh position potion prank prey price probably prop pulp pure pushy quite
    race rage rain rake rare rather rave read real really reason recaps recite recorder
    recover remain remember reminder rent reset rewind reword rich ride rider ridge right
    rite road rock room routinely routing rude ruining rule rust sack safe said sake sale
    salon saloon salty same saturday save score scratches seem seen self send sent
    september shack shaken shaker shaky shall share sharp ship shipping shop shore short
    should shoulder show shut side sign since sing single site size skim slack sleep slim
    slow smack small smooth smoothness snake snore soft sold sole some soon sort soul sound
    soup speak spend spent splint spore spring sprinter squad squared stack stake star
    start stay steep stem stew still stop store story strange stranger strengthen stretcher
    stretchy strongest strongly study such sugary sunday supplemental sure swore take talk
    tank tell than thank that their them then there these they thin thing think this those
    though thursday thus time tired today together told took total town trail trainee trait
    trans tried true trust tuesday turn until upon used using vegetarianism vegetation very
    wade wafer wager wait waiter wake wall want war ward warn warp wary watch watery wave
    wealthier wednesday week weekend weigh weighty weird well went were what wheat when
    where which while white whole whose wide wife will wind wise wish with wok word wore
    work worm worry would write wrong yeah year yogi young your yours
    sweat sweats sweating sweaty
    heave heaved heaving heavier heaviest progression progressions
    """.split()
) | frozenset(
    # Short workout words of other languages that Helios reads (agenthost_helios.languages, which
    # declares its longer ones `AsTyped`) and that are one edit from a routing word: "hice"
    # (Spanish "I did") is no "hike", "fait" no "fast".
    "hice hize fait nage lang".split()
) | frozenset(
    # Everyday words found repaired into food or fitness words in round 12 ("carry" is no "curry").
    "carry".split()
)


# Contractions typed without their apostrophe, which no word list holds: they stay as typed
# ("dont" is never "done", now that a typo may be repaired into an everyday word).
CONTRACTIONS = frozenset(
    "dont wont cant didnt doesnt isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt couldnt mustnt neednt "
    "thats whats lets youre theyre ive youve weve theyve youd theyd youll theyll im hes shes theres heres wheres whos hows "
    "wanna gonna gotta kinda sorta dunno lemme gimme ya yall aint".split()
) | frozenset(
    # gym slang no word list holds: "my pecs are sore" is no "pecks"
    "pecs lats delts quads glutes hammies abs bis tris obliques traps wods amrap emom doms macros cals reps pbs prs".split()
)

# Short words that may be one half of two words typed without a space ("iam", "shouldi").
# At least one half must be one of these, so real words made of two words ("without", "begin",
# "homework") are never split.
# A leading "i" only before another of them ("iam", "ican"): "ideal" is no "i deal".
RUN_TOGETHER_SHORT = frozenset("i im am how much many what whats should could would does did can it me".split())

_LETTER_RUN = re.compile(r"([^\W\d_])\1{2}")
_DOUBLE = re.compile(r"([^\W\d_])\1")
_VOWELS = re.compile(r"[aeiouy]")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


class AsTyped(frozenset[str]):
    """Words of other languages a plugin reads, declared at module level beside its `classify`
    (as a `KeywordScorer` declares the words repair aims at): a word of them, or of their stems,
    stays as typed, and a word nearest one of them stays as typed too, for it is as likely a
    word of that language; none is ever what a word is repaired into."""


class Vocabulary(set[str]):
    """The words typo repair aims at (`vocabulary_of`), with the declared words it keeps as
    typed (`as_typed`, from the plugins' `AsTyped` declarations)."""

    def __init__(self, words: Iterable[str] = (), as_typed: Iterable[str] = ()) -> None:
        super().__init__(words)
        self.as_typed: frozenset[str] = frozenset(as_typed)


class Repaired(NamedTuple):
    """A message after typo repair: the text to read and what was changed, in order."""

    text: str
    changes: tuple[tuple[str, str], ...]


class TypoRepair:
    """Repairs the misspelt words of messages against a vocabulary (see the module docstring).

    `vocabulary` holds the words routing cares about, as written ("calories", "workout");
    `known` the everyday words that are never repaired and that compete as candidates;
    `dictionary` the correctly spelt words that are never repaired (`english_words()` unless
    given) but do not compete: a typo is repaired into the vocabulary or left alone.
    `as_typed` the words of other languages kept as typed (`AsTyped`; a `Vocabulary`'s own unless
    given): never repaired, competing as candidates, never a repair's target.
    Calling the object repairs a message; a message is repaired once a turn (`host.text.per_turn`),
    a word's repair is remembered across turns (words recur; it is the costly part).
    """

    def __init__(
        self,
        vocabulary: Iterable[str],
        known: Iterable[str] = KNOWN_WORDS,
        dictionary: Iterable[str] | None = None,
        as_typed: Iterable[str] | None = None,
    ) -> None:
        if as_typed is None:
            as_typed = getattr(vocabulary, "as_typed", ())
        vocabulary_words = {w for entry in vocabulary for w in host_text.tokenise(entry)}
        known_words = {w for entry in known for w in host_text.tokenise(entry)} - vocabulary_words
        # a word both routing and declared foreign ("pilates") is a target all the same
        kept_words = {w for entry in as_typed for w in host_text.tokenise(entry)} - vocabulary_words
        self.vocabulary: frozenset[str] = frozenset(stem(word) for word in vocabulary_words)
        self._as_typed = frozenset(stem(word) for word in kept_words) - self.vocabulary
        self._vocabulary_words = frozenset(vocabulary_words)
        self._known_words = frozenset(form for word in known_words for form in _inflections(word))
        self._dictionary = english_words() if dictionary is None else frozenset(dictionary)
        # What a word may be repaired to: every word and its plural, compared whole, and
        # every stem, compared with the stem of an inflected word ("streching" ->
        # "stretching"). Only words of MIN_LENGTH letters or more: "are" and "can" are too
        # close to too many others. Known words compete as candidates, but win nothing but a
        # typist's slip; the words kept as typed compete and win nothing at all.
        forms: dict[str, tuple[str, bool]] = {}  # form -> (its word's stem, a vocabulary word?)
        surfaces: dict[tuple[str, bool], str] = {}  # (stem, vocabulary?) -> the shortest word with it
        # A word kept as typed competes as a vocabulary word would (a word as near it and an
        # English word is left alone: Dutch "noten" is no "note" for Helios' French "noter").
        competing = {word for word in kept_words if stem(word) in self._as_typed}
        self._kept_targets = frozenset((stem(word), True) for word in competing)
        for words, in_vocabulary in ((vocabulary_words, True), (competing, True), (known_words, False)):
            for word in sorted(words, key=lambda w: (len(w), w)):
                if len(word) >= MIN_LENGTH:
                    target = (stem(word), in_vocabulary)
                    surfaces.setdefault(target, word)
                    for form in (word, _plural(word)):
                        forms.setdefault(form, target)
        self._surfaces = surfaces
        self._forms = list(forms)
        self._form_targets = [forms[form] for form in self._forms]
        self._stem_targets = list(surfaces)
        self._target_stems = [target_stem for target_stem, _ in self._stem_targets]
        self._word_cache = lru_cache(maxsize=4 * host_text.CACHE_SIZE)(self._repair_word)
        # what a word is in an English message, where the words kept as typed do not compete:
        # "streching" is "stretching" there, whatever German "Streich" is near it
        self._english_cache = lru_cache(maxsize=4 * host_text.CACHE_SIZE)(functools.partial(self._repair_word, abroad=False))
        # A whole text's repair, for the last CACHE_SIZE texts of up to TEXT_CACHE_CHARS characters
        # ("hello", "thanks" come again and again): a pure function of the text and of this
        # repair's vocabulary, which never changes (a new plugin set builds a new TypoRepair).
        self._text_cache = lru_cache(maxsize=host_text.CACHE_SIZE)(functools.partial(_repaired_afresh, self))
        # the words that show a message is another language's: listed, and no English word
        self._foreign_markers = frozenset(
            word for word in COMMON_FOREIGN | FOREIGN_WORDS.keys()
            if not (word in self._dictionary or word in self._known_words or word in CONTRACTIONS or word in COMMON_MISSPELLINGS)
        )

    def __call__(self, text: str) -> Repaired:
        """`text` with its misspelt words replaced (case kept), and the changes made."""
        return _repaired(self, text)

    def word(self, word: str, squeezed: bool = False) -> str | None:
        """What a normalised `word` was meant to be, when that is a vocabulary word; None when
        it stays as typed. `squeezed`: the normaliser cut a letter run in it ("hiiii" -> "hii")."""
        return self._word_cache(word, squeezed)

    def is_known(self, word: str) -> bool:
        """Whether a normalised word stays as typed: a known word or one of its regular forms,
        a correctly spelt English word, or a word with the stem of a vocabulary word (which the
        keyword scorers match)."""
        if word in self._known_words or word in self._dictionary or word in CONTRACTIONS:
            return True
        word_stem = stem(word)
        return word_stem in self.vocabulary or word_stem in self._as_typed

    def _mostly_foreign(self, text: str) -> bool:
        """Whether most of `text`'s words (four or more) are no English, everyday or vocabulary word."""
        words = [word.text for word in host_text.words(text)[:MAX_WORDS] if word.text.isalpha() and len(word.text) > 1]
        if len(words) < FOREIGN_MIN_WORDS:
            return False
        unknown = sum(not self.is_known(word) and word not in COMMON_MISSPELLINGS and self._english_cache(word, False) is None for word in words)
        return unknown / len(words) >= FOREIGN_SHARE

    def _reads_foreign(self, text: str) -> bool:
        """Whether `text` is written in another language the agents read: two of its words, or
        one in three, are common words of that language and no English word (`COMMON_FOREIGN`)."""
        words = [word.text for word in host_text.words(text)[:MAX_WORDS] if len(word.text) > 1]
        markers = sum(word in self._foreign_markers for word in words)
        return markers >= FOREIGN_MARKERS or markers > 0 and markers >= FOREIGN_MARKER_SHARE * len(words)

    def _repair_text(self, text: str) -> Repaired:
        source = host_text.nfkc(text)
        pieces: list[str] = []
        changes: list[tuple[str, str]] = []
        end = 0
        # No character three times running in the whole message (case-folded character by
        # character, so each word's folding is a piece of it): no word has a letter run.
        runs = host_text.has_triple(source.casefold())
        foreign: bool | None = None  # whether most of the words are no English words, read when first needed
        other_language: bool | None = None  # whether common words of another language show, read when first needed
        for word in host_text.words(text)[:MAX_WORDS]:
            raw = source[word.start:word.end]
            if _is_name(raw, source[:word.start]) or _ELISION.match(raw):
                continue  # a name, or French or Italian elision ("d'eau" is no "deal", "l'acqua" no "aqua")
            squeezed = runs and bool(_LETTER_RUN.search(raw.casefold()))
            fixed = self.word(word.text, squeezed)
            if self._kept_targets and (english := self._english_cache(word.text, squeezed)) != fixed:
                # a word as near a word of another language a plugin reads ("noten", Dutch nuts,
                # beside French "noter"): as typed in a message of another language, what it is
                # nearest among the others' words in an English one ("streching" is "stretching")
                if other_language is None:
                    other_language = self._reads_foreign(text) or self._mostly_foreign(text)
                if not other_language:
                    fixed = english
            if fixed is None:
                continue
            if (
                word.text in COMMON_FOREIGN
                and word.text not in FOREIGN_WORDS
                and word.text not in COMMON_MISSPELLINGS
                and _plain(word.text) != _plain(fixed)
            ):
                # "Warum nicht" is no "Warm night": a common word of the message's own language
                # stays as typed (only its accents may change: "après" to the vocabulary's "apres")
                if other_language is None:
                    other_language = self._reads_foreign(text) or self._mostly_foreign(text)
                if other_language:
                    continue
            if (
                stem(fixed) not in self.vocabulary
                and stem(fixed) not in self._as_typed  # "mañana" written as the declared "manana"
                and word.text not in COMMON_MISSPELLINGS
                and word.text not in FOREIGN_WORDS
            ) or word.text in ALSO_FOREIGN:
                # a slip repaired into an everyday word: not in a message of another language,
                # where "cours" (I run) is no "course" and "cortes" no "cores"
                if foreign is None:
                    foreign = self._mostly_foreign(text)
                if foreign:
                    continue
            pieces += [source[end:word.start], _like(raw, fixed)]
            changes.append((word.text, fixed))
            end = word.end
        if not changes:
            return Repaired(text, ())
        pieces.append(source[end:])
        return Repaired("".join(pieces), tuple(changes))

    def _repair_word(self, word: str, squeezed: bool, abroad: bool = True) -> str | None:
        """What `word` was meant to be (see `word`); `abroad`: the words kept as typed compete."""
        if word in COMMON_MISSPELLINGS:
            return COMMON_MISSPELLINGS[word]
        if word in FOREIGN_WORDS:
            return FOREIGN_WORDS[word]  # "białka" is "protein", "eten" is "eat" (`host.glossary`)
        if self.is_known(word) or any(char.isdigit() for char in word):
            return None
        if squeezed:
            undoubled = _DOUBLE.sub(r"\1", word)
            if self.is_known(undoubled):
                # "hiiiii" is "hi", "starvinggg" is "starving": the word under the letter run
                return undoubled
        if (split := self._split(word)) is not None:
            return split
        if (form := self._regular_form(word)) is not None:
            return form
        if len(word) < MIN_LENGTH:
            return None
        found: dict[tuple[str, bool], tuple[_Likelihood, str]] = {}  # target -> (likelihood, replacement)

        def consider(target: tuple[str, bool], key: _Likelihood, replacement: str) -> None:
            if target not in found or (key, replacement) < found[target]:
                found[target] = (key, replacement)

        for form, distance, index in _near(word, self._forms):
            target = self._form_targets[index]
            consider(target, _likelihood(word, form, distance, target[1]), form)
        word_stem, ending = stem(word), _ending(word)
        if ending and len(word_stem) > MIN_LENGTH:
            for target_stem, distance, index in _near(word_stem, self._target_stems):
                target = self._stem_targets[index]
                key = _likelihood(word_stem, target_stem, distance, target[1])
                consider(target, key, _inflect(self._surfaces[target], ending, target_stem))
        if not abroad:
            plain = _plain(word)
            found = {
                target: (key, replacement) for target, (key, replacement) in found.items()
                if target not in self._kept_targets or _plain(replacement) == plain
            }
        if not found:
            # "looze" is no edit from a vocabulary word it could be, but one from "loose", a
            # listed misspelling: what that one is meant to be
            misspelt = [form for form, _, _ in _near(word, _MISSPELT) if stem(COMMON_MISSPELLINGS[form]) in self.vocabulary]
            return COMMON_MISSPELLINGS[misspelt[0]] if len(misspelt) == 1 else None
        ranked = sorted((key, replacement, target) for target, (key, replacement) in found.items())
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None  # two words are as likely: leave it
        _, replacement, (_, in_vocabulary) = ranked[0]
        if ranked[0][2] in self._kept_targets and _plain(word) != _plain(replacement):
            # nearest a word of another language a plugin reads: a word of that language or
            # another ("maltina" is no "mattina"), unless only its accents differ ("después")
            return None
        # A word nearest to an everyday word was probably that word: "mkae it easier" is "make",
        # "abot" is "about", "erly" is "early", which the agents read in their phrases. Only for
        # the slips of a typist (two letters swapped, one left out): a letter changed is as often
        # a word of another language ("como" is no "come"), which stays as typed.
        if replacement == word or not in_vocabulary and (len(word) < SLIP_MIN_LENGTH or not _typist_slip(word, replacement)):
            return None
        return replacement

    def _regular_form(self, word: str) -> str | None:
        """An "-ing" form of a vocabulary word written with its spelling rule missed: the final
        consonant not doubled ("joging", "swiming"), the "e" kept ("hikeing", "cycleing") or the
        "g" dropped ("walkin", "joggin"); None for any other word. Edit distance cannot settle
        these: "swiming" is as near "swing" as "swimming", and the stem is too short to compare."""
        if len(word) < 5:
            return None
        candidates = []
        if word.endswith("ing") and not _VOWELS.fullmatch(word[-4]) and _VOWELS.fullmatch(word[-5]):
            candidates.append(word[:-3] + word[-4] + "ing")  # jog-ing -> jogging
        if word.endswith("eing"):
            candidates.append(word[:-4] + "ing")  # hike-ing -> hiking
        if word.endswith("in"):
            candidates.append(word + "g")  # walkin -> walking
        for candidate in candidates:
            if candidate in self._dictionary and stem(candidate) in self.vocabulary:
                return candidate
        return None

    def _split(self, word: str) -> str | None:
        """Two words run together ("howmuch", "shouldi", "iam"), as two words, when exactly one
        split gives two words of which one is a function word (`RUN_TOGETHER_SHORT`) and the
        other a known or vocabulary word; None otherwise. Only unknown words get here."""
        if len(word) < 3 or len(word) > 2 * LONG_WORD:
            return None
        splits = []
        for cut in range(1, len(word)):
            left, right = word[:cut], word[cut:]
            if left == "i" and right not in RUN_TOGETHER_SHORT:
                continue
            if (left in RUN_TOGETHER_SHORT or right in RUN_TOGETHER_SHORT) and self._whole(left) and self._whole(right):
                splits.append(f"{left} {right}")
        return splits[0] if len(splits) == 1 else None

    def _whole(self, part: str) -> bool:
        """A part of a run-together word that is a word on its own: one of
        `RUN_TOGETHER_SHORT`, or a known or vocabulary word of three letters or more."""
        if part in RUN_TOGETHER_SHORT:
            return True
        return len(part) >= 3 and (part in self._known_words or part in self._vocabulary_words)


# Voice typing writes "two" as "to" or "too" before what was counted: "for lunch I had to slices
# of pizza", "add too bananas" (not "I had to leave", "I had to cross", "add to my lunch").
DICTATED_TWO = re.compile(
    r"\b(had|ate|eaten|add|log|with|and|drank|plus)\s+(to|too)\s+(?=(?!(?:my|the|this|his|her|its|us|yes)\b)[a-z]*[a-hj-rtv-z]s\b)",
    re.IGNORECASE,
)


def _ends_on_to(lowered: str) -> bool:
    """Whether a lowered text ends on "to" before whitespace and "?!." at most: the last
    pattern of DROPPED_IN_PHRASE cannot match without it."""
    return lowered.rstrip().rstrip("?!.").rstrip().endswith("to")


# A letter dropped or a homophone, leaving a real word that only its neighbours show is wrong:
# "how log should I hold it" (long), "were do i start" (where). Each with what the lowered text
# must hold for the pattern to match (a word of it, or its ending), looked at first: Python's
# re tries a pattern at every word (the last one about 3 us a message), and most messages hold
# none of these. Case-insensitive, these letters match only their ASCII capitals.
DROPPED_IN_PHRASE: tuple[tuple[re.Pattern[str], str, Callable[[str], bool]], ...] = (
    (re.compile(r"\b(how)\s+log\b(?=\s+(?:should|shud|shld|do|does|did|is|are|will|can|would|must|to|for|until|till|before|after|have|has)\b)", re.IGNORECASE), r"\1 long",
     lambda lowered: "log" in lowered),
    (re.compile(r"\bwere(?=\s+(?:do|can|should|shud|would|could|did)\s+(?:i|you|u|we)\b)", re.IGNORECASE), "where",
     lambda lowered: "were" in lowered),
    # "ad a coffee with milk": a request opening on "ad" adds something
    (re.compile(r"^(\s*(?:pls\s+|please\s+|can you\s+|could you\s+)?)ad(?=\s+(?:a|an|some|another|my|the|\d+)\b)", re.IGNORECASE), r"\1add",
     lambda lowered: "ad" in lowered),
    # "should I take electrolytes to", "me to": a message ends on "to" after a verb that takes it
    # ("who am I talking to?", "want to"), never after a thing or "me"
    (re.compile(
        r"\b((?!(?:was|has|does|goes|comes|is|this|thanks|wants|needs|likes|loves|tries|gets|belongs|listens|talks|refers|applies|means|happens|leads|relates|sticks|turns|amounts|responds|reacts|adds|yes)\b)"
        r"(?:[a-z]*[a-rt-z]s|me))(\s+)to(?=\s*[?!.]*\s*$)",
        re.IGNORECASE,
    ), r"\1\2too", _ends_on_to),
)


@host_text.per_turn
def _repaired(repair: TypoRepair, text: str) -> Repaired:
    if len(text) > TEXT_CACHE_CHARS:
        return _repaired_afresh(repair, text)
    return repair._text_cache(text)


def _repaired_afresh(repair: TypoRepair, text: str) -> Repaired:
    phrase_changes: list[tuple[str, str]] = []
    lowered = text.lower()
    for pattern, replacement, could_match in DROPPED_IN_PHRASE:
        if could_match(lowered) and pattern.search(text):
            phrase_changes += [(match.group(0).lower(), match.expand(replacement).lower()) for match in pattern.finditer(text)]
            text = pattern.sub(replacement, text)
            lowered = text.lower()
    if phrase_changes:
        repaired = _repaired_words(repair, text)
        return Repaired(repaired.text, tuple(phrase_changes) + repaired.changes)
    return _repaired_words(repair, text)


def _repaired_words(repair: TypoRepair, text: str) -> Repaired:
    if "to" not in text.lower() or not DICTATED_TWO.search(text):  # "to" or "too" it must have
        return repair._repair_text(text)
    dictated = tuple((match.group(2).lower(), "two") for match in DICTATED_TWO.finditer(text))
    repaired = repair._repair_text(DICTATED_TWO.sub(r"\1 two ", text))
    return Repaired(repaired.text, dictated + repaired.changes)


def _typist_slip(word: str, meant: str) -> bool:
    """Whether `word` is `meant` with two neighbouring letters swapped or one letter left out."""
    if len(word) == len(meant):
        diffs = [i for i, (a, b) in enumerate(zip(word, meant)) if a != b]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == meant[diffs[1]] and word[diffs[1]] == meant[diffs[0]]
    return len(meant) == len(word) + 1 and any(meant[:i] + meant[i + 1 :] == word for i in range(len(meant)))


def _near(query: str, choices: list[str]) -> list[tuple[str, int, int]]:
    """The choices within the edit limit for `query`'s length that keep its first letter."""
    limit = 2 if len(query) >= LONG_WORD else 1
    return [
        (choice, int(distance), index)
        for choice, distance, index in process.extract(query, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
        if _same_start(query, choice)
    ]


def _plural(word: str) -> str:
    """The regular plural of `word`; a word ending in one "s" ("oats", "pilates") stays as it is."""
    if word.endswith("s") and not word.endswith("ss"):
        return word
    if word.endswith(("ss", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _inflections(word: str) -> set[str]:
    """`word` and its regular forms, with some that are not words ("stoping" beside
    "stopping"): enough to recognise what people write."""
    base = word[:-1] if word.endswith("e") else word
    forms = {word, _plural(word), base + "ing", base + "ed", word + word[-1] + "ing", word + word[-1] + "ed"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ied")
    return forms


def _ending(word: str) -> str:
    """The inflection `word` ends with ("ing", "ed", "s"), or ""."""
    return next((ending for ending in ("ing", "ed", "s") if word.endswith(ending) and stem(word) != word), "")


def _inflect(word: str, ending: str, word_stem: str) -> str:
    """`word` with `ending` ("stretch", "ing" -> "stretching"; "squat", "ing" -> "squatting"),
    or `word` itself when no regular form stems back to it."""
    if ending == "s":
        return _plural(word)
    if _ends_short(word):
        form = word + word[-1] + ending  # squat -> squatting
    else:
        form = (word[:-1] if word.endswith("e") else word) + ending
    return form if stem(form) == word_stem else word


def _ends_short(word: str) -> bool:
    """Ends consonant-vowel-consonant, so the last letter doubles before -ing/-ed ("squat", "jog")."""
    vowels, last, middle, before = "aeiou", word[-1:], word[-2:-1], word[-4:-2]
    if not before or last in vowels + "wxy" or middle not in vowels:
        return False
    return before[-1] not in vowels or before == "qu"


def _same_start(word: str, candidate: str) -> bool:
    return word[0] == candidate[0] or word[:2] == candidate[1::-1]


_Likelihood = tuple[int, bool, bool, bool, bool, bool]


def _likelihood(word: str, candidate: str, distance: int, in_vocabulary: bool) -> _Likelihood:
    """Sort key, most likely first: fewer edits, then the first letter kept ("aple" is
    "apple" before "pale"), a swap of letters, a vowel written wrong ("suger"), the same last
    letter, and a word of the vocabulary (what people write about here) before an everyday word."""
    return (
        distance,
        word[0] != candidate[0],
        sorted(word) != sorted(candidate),
        len(word) != len(candidate) or _VOWELS.sub("", word) != _VOWELS.sub("", candidate),
        word[-1] != candidate[-1],
        not in_vocabulary,
    )


# A word opened by an elided article or pronoun of French or Italian: "d'eau", "l'entraînement", "qu'il".
_ELISION = re.compile(r"^(?:[dljmnstc]|qu|dell|all|dall|nell|sull|un)['’]\w", re.IGNORECASE)


def _is_name(raw: str, before: str) -> bool:
    """A capitalised word that does not start a sentence: probably a name ("my name is Rick")."""
    if not (raw[:1].isupper() and raw[1:].islower()):
        return False
    before = before.rstrip()
    return bool(before) and not _SENTENCE_END.search(before)


def _plain(word: str) -> str:
    """`word` without its accents: "après" -> "apres"."""
    return "".join(char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char))


def _like(raw: str, word: str) -> str:
    """`word` in the case of `raw`: "Brekfast" -> "Breakfast", "WORKUOT" -> "WORKOUT"."""
    if raw.isupper() and len(raw) > 1:
        return word.upper()
    if raw[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def vocabulary_of(functions: Iterable[Callable[..., object]]) -> Vocabulary:
    """The words of every `KeywordScorer` at module level beside `functions` (the enabled
    plugins' `classify` hooks): what typo repair aims at; with the words of every `AsTyped`
    there (`Vocabulary.as_typed`): what it keeps as typed."""
    words: set[str] = set()
    as_typed: set[str] = set()
    for function in functions:
        for value in list(getattr(function, "__globals__", {}).values()):
            if isinstance(value, KeywordScorer):
                words.update(value.words)
            elif isinstance(value, AsTyped):
                as_typed.update(value)
    return Vocabulary(words, as_typed)
