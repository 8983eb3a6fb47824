"""The guard's view of a message: normalised text, whole-token patterns, and who and when.

`normalise` makes spellings meet. It starts from the host's one normaliser (`host.text`: NFKC,
case folding, straight quotes including U+2019, letter runs cut to two) and adds what matching
red flags needs: accents dropped, "don't" -> "dont", repeated letters cut to one where that
gives a word the rules know ("killl" -> "kill", "diiie" -> "die"), a small leetspeak and
algospeak map ("k1ll", "unalive", "kms"), and one-letter typos of a few long words the guard
relies on ("sucidal", "laxitives"). Sentence ends become "." or "?" tokens
and commas "," tokens, so a pattern never runs across them.

`Text` matches patterns on whole tokens only (never inside a word: "skilled" never holds
"killed") and answers the questions every rule asks about a match: is it negated ("no chest
pain"), hypothetical ("what if I get dizzy"), whose is it (first person, someone else, or
nobody: an informational question)?
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Literal

from attrs import frozen

from host.safety.prefilter import prefilter
from host.text import fold, nfkc

Person = Literal["first", "third", "none"]

# Apostrophe look-alikes `host.text` leaves alone.
_QUOTES = str.maketrans({"\u02bc": "'", "\u2032": "'", "\u00b4": "'"})
# Letters NFKD leaves whole (no combining mark to drop): "poczułem" must read "poczulem", not "poczu em".
# Ligatures too: "cœur" must read "coeur", not "c ur"; "Fuß" "fuss".
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
# Laughing emoji read as "lol": "leg day made me want to die 😂" is a figure of speech.
_LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F480\U0001F639]")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z0-9@$]+|[.!?;:\n]+|,|\u2014|\u2013|-{2,}")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# A few algospeak and shorthand forms, rewritten to the plain words the rules know.
_ALGOSPEAK: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])"), plain)
    for pattern, plain in (
        (r"(to|gonna|wanna|should|will|might|could|just|literally|i|ill|id|imma|ima|finna|bout to|ngl|lowkey|highkey|tbh|honestly|actually|seriously|fr|rn) kms", r"\1 kill myself"),
        # "kys" said of oneself ("i should just kys", "imma kys"); said to someone else it is abuse, not a disclosure
        (r"(i (?:should|might|will|wanna|want to|gonna|could|finna|am gonna|am going to)(?: just| literally| honestly)?|imma|ima|ill|tell me to|i should just) kys", r"\1 kill myself"),
        # "he said he wants to kys": his, said of himself
        (r"((?:he|she|they|hes|shes|theyre)(?: [a-z]+){0,3} (?:wants to|wanted to|want to|wanna|gonna|going to|would|will|is gonna|was gonna)) kys", r"\1 kill themselves"),
        (r"unalive (?:myself|me)", "kill myself"),
        (r"self (?:delete|deleting|unalive|unaliving)", "kill myself"),
        (r"(?:be|being|was|were) unalive", "be dead"),
        (r"(wanna|want to|gonna|going to|will|should|might|could|to) unalive(?= (?:\.|,|\?|tbh|ngl|fr|rn|lol|tonight|today|now)(?![a-z0-9])|$)", r"\1 kill myself"),
        (r"unalive", "kill"),
        (r"commit(?:ting|ing)? (?:sudoku|sewerslide|sewer slide|toaster bath)", "commit suicide"),
        (r"sewer ?slide", "suicide"),
        (r"my ed", "my eating disorder"),  # whole tokens: "fed" and "Ed" stay
        (r"ed (recovery|thoughts|voice|brain|relapse|behaviou?rs?)", r"eating disorder \1"),
    )
)
# "'d" and "'ll" after any word but "I" are spelt out ("everyone'd be better off", "she'd",
# "we'll"): glued on, they make other words ("shed", "well", "hell"). "I'd" and "I'll" stay "id"
# and "ill", the forms the patterns use.
_CONTRACTION = re.compile(r"(?<![a-z])(?!i')([a-z]+)'(d|ll)(?![a-z])")
_CONTRACTED = {"d": "would", "ll": "will"}
# normalise's other rewrites, compiled once.
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_TIME_COLON = re.compile(r"(?<=\d):(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_JOINER = re.compile(r"(?<=[a-z])[-_/](?=[a-z])")
_BRACKETS = re.compile(r"[()\[\]]")
# How far along a pregnancy is, as midwives write it: "36+2" is 36 weeks and 2 days.
_GESTATION_PLUS = re.compile(r"(?<![a-z0-9.+])([1-4][0-9]) ?\+ ?[0-6](?![a-z0-9.+])")
_DIGIT = re.compile(r"\d")
_NUMBER_UNIT = re.compile(r"(?<![a-z0-9.$@])(\d+(?:\.\d+)?)(?=[a-z])")
_SPELT_OUT = re.compile(r"(?<![a-z0-9])((?:[a-z] ){3,}[a-z])(?![a-z0-9])")
# Portuguese "no" is "in the" ("desmaiei no treino", "dor no braço"), not the English or Spanish negator,
# before the words it is said with there and that neither of those languages puts after "no".
_PORTUGUESE_IN_THE = frozenset("treino treinos treinao peito braco maxilar queixo ginasio academia esteira futebol spinning crossfit pilates meio fim".split())
NEGATORS = frozenset(
    "no not never without dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt wont wouldnt "
    "nor neither zero none aint nothing "
    # Portuguese's and Spanish's own ("não senti dor no peito", "nunca desmaiei no treino"): Spanish "no" is above
    "nao nunca jamais".split()
)
# Words that end a negation's reach inside a clause: "I don't know why but my chest hurts".
_SCOPE_BREAKS = frozenset("but though although however yet except until mas pero aber maar".split())
# After a negator, words that make it about something other than the sign: "not sure", "don't know", "no idea".
_NOT_A_DENIAL = frozenset("know sure idea think remember tell whether if".split())
FIRST_PERSON = frozenset("i im ive id ill me my myself mine".split())
_QUESTION_STARTS = frozenset("what whats why how hows when which who is are can could does do should would will".split())
# The people a user speaks about: "my daughter", "our coach" (also read by the guard's
# someone-else check, host.safety.guard._SOMEONE_ELSE).
RELATIONS = (
    r"(?:friend|bestie|mate|brother|sister|sibling|mum|mom|mother|dad|father|wife|husband|partner|spouse|son|daughter|"
    r"kid|child|boyfriend|girlfriend|bf|gf|client|coworker|colleague|roommate|flatmate|housemate|teammate|uncle|"
    r"aunt|grandma|grandpa|grandad|granddad|gramps|grampa|granny|gran|nan|nana|nanna|grandmother|grandfather|grandparent|cousin|niece|nephew|patient|student|teen|teenager|"
    r"fiance|fiancee|neighbour|neighbor|coach|trainer|athlete|girl|boy|guy|man|woman|lady|friends|kids|clients|"
    r"sisters|brothers|parents|children|students|patients|ladies|women|men|wives|aunties|lad|lass|lads|"
    # the people a coach or teacher speaks about ("one of my under-16 players")
    r"player|runner|swimmer|cyclist|rider|lifter|pupil|trainee|footballer|gymnast|dancer|rower|climber|member)"
)
# Where the people are: "a guy at my gym", "one of the girls in my class": that "my" is no subject.
_THEIR_PLACE = (
    r"(?:(?: in| at| from| on)(?: my| our| the)? (?:[a-z]+ ){0,2}(?:class|classes|group|gym|club|session|studio|team|squad|"
    r"work|office|school|parkrun|pool|church|building|street|unit|ward|league|course|running club|box))?"
)
# A relation word that names a thing, not a person: "I have a dad bod", "a mum tum", "man flu".
_NOT_A_PERSON = r"(?:bod|body|tum|tummy|jokes?|flu|boobs|bun|band|cave|power|strength|hug|shoes?)(?![a-z0-9])"
# The people called by what they are rather than by name, with no "my" ("mum", "grandad", "coach").
_KIN_NAMES = r"mum|mom|mam|mummy|mommy|mama|dad|daddy|papa|grandad|granddad|grandpa|grandma|granny|gran|nan|nana|nanna|auntie|coach|ref|referee"
# What they did, said of them: a verb right after the name.
_KIN_DID = (
    # not "says" or "told": "coach says just drink more" gives their words about the user
    r"(?:collapsed|fainted|passed|went|fell|dropped|blacked|keeled|stopped|started|isnt|wasnt|wont|cant|doesnt|didnt|"
    r"not|looks|looked|seems|seemed|has|had|is|was|clutched|clutching|grabbed)(?![a-z0-9])"
)
_THIRD_PARTY = re.compile(
    # "a friend of mine", "one of my clients": the "mine" and "my" belong to the other person's
    rf"(?<![a-z0-9])(?:a|an|one|two|some|this) (?:good |close |old |best )?{RELATIONS}s? of (?:mine|ours)(?![a-z0-9])|"
    rf"(?<![a-z0-9])(?:one|two|some|a few|several) of (?:my|our|the) (?:\w+ ){{0,2}}{RELATIONS}s?{_THEIR_PLACE}(?![a-z0-9])|"
    r"(?<![a-z0-9])(?:my|our|a|his|her|their) (?:best |older |younger |little |big |teenage |elderly )?"
    rf"{RELATIONS}s?{_THEIR_PLACE}(?![a-z0-9])(?! {_NOT_A_PERSON})"
    # a parent, grandparent or coach named as people call them, the subject of what happened: "mum fainted at the
    # gym", "dad collapsed on the court", "coach went down during practice" (never "my dad bod")
    rf"|(?<![a-z0-9])(?:{_KIN_NAMES})(?= (?:(?:just|has|had|suddenly|then|is|was|s|also|now|literally) )*{_KIN_DID})"
    # someone not known to them: "some guy at the gym just collapsed", "woman in my spin class fainted", "guy at my gym ..."
    r"|(?<![a-z0-9])(?:(?:some|this|that|the|another) (?:old |older |elderly |young |big )?(?:guy|bloke|dude|man|woman|lady|girl|boy|lad|kid|person|fella|chap)"
    r"|(?:^|(?<=[.,!?] ))(?:guy|bloke|woman|lady|girl|boy|lad|kid|fella|chap|old man|older man|elderly man|old lady|older lady))"
    rf"{_THEIR_PLACE}(?![a-z0-9])"
    # "they" of the pains themselves ("tightenings every few minutes and they hurt") is no one
    r"|(?<![a-z0-9])(?:he|she|hes|shes|they(?! (?:hurt|ache|burn|sting|throb)(?! (?:themselves|himself|herself|myself|me|him|her|them|us)(?![a-z0-9]))(?![a-z0-9])| (?:come|came|are coming|keep coming) (?:and go|every|in waves|back|regularly|closer)(?![a-z0-9]))|theyre|someone|somebody|anyone|anybody|people|everyone|athletes|"
    r"bodybuilders|runners|boxers|wrestlers|models|women|men|kids|teens|teenagers)(?![a-z0-9])"
)
# Someone else as the subject of a verb ("my sister is 17", "my dad said"): their "my" is no "I".
_SUBJECT_OTHER = re.compile(
    rf"(?:{_THIRD_PARTY.pattern})(?= (?:is|was|has|had|s|said|says|keeps|kept|been|gets|got|went|does|did|seems|looks|feels|told|texted|wants|started)(?![a-z0-9]))"
)
_HYPOTHETICAL = frozenset("if whether incase".split())
# "Does anyone else get ...?", "is it just me": the asker's own experience.
_ASKING_OTHERS = re.compile(
    r"(?<![a-z0-9])(?<!told )(?<!tell )(?<!telling )(?<!know )(?<!knows )(?<!let )(?<!seen )(?<!asked )(?:anyone else|anybody else|is it just me|am i the only one|is it normal (?:to|that|for me|if|when)|is (?:that|this) normal|should i be worried)(?![a-z0-9])"
)


def nearest_subject(tokens: list[str]) -> Person | None:
    """"first" or "third" by whichever subject comes last in `tokens`, None if neither does."""
    joined = " ".join(tokens)
    third_end = max((len(joined[: m.end()].split()) for m in _THIRD_PARTY.finditer(joined)), default=0)
    first_end = max((i + 1 for i, t in enumerate(tokens) if t in FIRST_PERSON), default=0)
    if not third_end and not first_end:
        return None
    return "third" if third_end >= first_end else "first"


def _any_subject(tokens: list[str]) -> Person | None:
    """"first" if the user speaks of themself anywhere in `tokens`, else "third" if of someone else.

    The "my" of "my sister" is hers, not the user's ("my sister is 17 and pregnant, and she's been fainting")."""
    joined = " ".join(tokens)
    if any(t in FIRST_PERSON for t in _SUBJECT_OTHER.sub(" ", joined).split()):
        return "first"
    return "third" if _THIRD_PARTY.search(joined) else None


def _squeeze(token: str, vocabulary: frozenset[str]) -> str:
    """Repeated letters ("host.text" already cut runs to two): cut to one where only that
    gives a word the guard knows ("diie" -> "die"; "kill" stays)."""
    if token in vocabulary or not re.search(r"([a-z])\1", token):
        return token
    once = re.sub(r"([a-z])\1+", r"\1", token)
    return once if once in vocabulary else token


def _de_leet(token: str, vocabulary: frozenset[str]) -> str:
    """"k1ll" -> "kill", "$uicide" -> "suicide": only letters-and-digits tokens, only into known words."""
    if token.isdigit() or not re.search(r"[a-z]", token) or not re.search(r"[0-9@$]", token):
        return token
    plain = _squeeze(token.translate(_LEET), vocabulary)
    return plain if plain in vocabulary else token


def _within_one_edit(word: str, target: str) -> bool:
    """Damerau-Levenshtein distance at most 1 (a letter added, dropped, changed or two swapped)."""
    if word == target:
        return True
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == target[diffs[1]] and word[diffs[1]] == target[diffs[0]]
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@cache
def _by_length(typo_targets: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """The typo targets grouped by length: a one-letter typo is at most one letter longer or shorter."""
    grouped: dict[int, list[str]] = {}
    for target in sorted(typo_targets):
        grouped.setdefault(len(target), []).append(target)
    return {length: tuple(targets) for length, targets in grouped.items()}


def _repair(token: str, vocabulary: frozenset[str], typo_targets: frozenset[str]) -> str:
    if len(token) < 5 or token in vocabulary or not token.isalpha():
        return token
    by_length = _by_length(typo_targets)
    for length in (len(token), len(token) - 1, len(token) + 1):
        for target in by_length.get(length, ()):
            if _within_one_edit(token, target):
                return target
    return token


@lru_cache(maxsize=16384)
def _word(token: str, vocabulary: frozenset[str], typo_targets: frozenset[str]) -> str:
    """One word in the guard's form: leetspeak and repeated letters undone into known words,
    a one-letter typo of a long word repaired. Remembered: most words of a message have
    been seen before, and this was half of screening a message."""
    return _repair(_squeeze(_de_leet(token, vocabulary), vocabulary), vocabulary, typo_targets)


def normalise(text: str, vocabulary: Iterable[str] = (), typo_targets: Iterable[str] = ()) -> str:
    """`text` as space-separated tokens, in the form the guard's patterns are written in.

    `vocabulary` is every word the patterns use (squeezing and leetspeak only ever turn a token
    into one of them); `typo_targets` the long words a one-letter typo is repaired to."""
    return _joined_up(_tokens(text, frozenset(vocabulary), frozenset(typo_targets)))


def normalise_joined(texts: Iterable[str], vocabulary: Iterable[str] = (), typo_targets: Iterable[str] = ()) -> str:
    """`normalise(" ".join(texts))`, from each text's tokens as `normalise` found them (remembered:
    the guard reads the user's previous message and this one joined, both normalised already).

    The same string: every step before the tokens' join changes a text only within a run of
    characters that holds no space (a character, a word, a number, an apostrophe, colon, comma
    or joiner between two characters), and looks past such a run only for "not a letter" or
    "not a digit", which the joining space is as much as the end of a text; the tokens
    themselves never hold a space. The steps after the join (letters spelt out, algospeak), which
    can reach across the joining space, run on the whole joined text as `normalise` runs them."""
    known, targets = frozenset(vocabulary), frozenset(typo_targets)
    return _joined_up(" ".join(tokens for tokens in (_tokens(text, known, targets) for text in texts) if tokens))


@lru_cache(maxsize=4096)
def _tokens(text: str, known: frozenset[str], targets: frozenset[str]) -> str:
    """`normalise`'s first part: the text's tokens in the guard's form, joined by single spaces.
    Remembered for the messages seen lately (a pure function of the text and the fixed
    vocabulary: nothing a user or another host can make stale)."""
    text = fold(nfkc(text).translate(_QUOTES))
    if not text.isascii():  # accents dropped (ASCII has none: skip the walk over every letter)
        text = "".join(char for char in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)) if not unicodedata.combining(char))
    # Each rewrite runs only when the text holds a character its pattern cannot match without
    # (an emoji, an apostrophe, a colon, ...): otherwise it would leave the text as it is, and
    # most messages hold few of them (eight scans were a third of normalising a message).
    if not text.isascii():
        text = _LAUGHING.sub(" lol ", text)
    if "'" in text:
        text = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_CONTRACTED[m.group(2)]}", text)  # everyone'd -> everyone would
        text = _INNER_APOSTROPHE.sub("", text)  # don't -> dont, I'm -> im
    if ":" in text:
        text = _TIME_COLON.sub(" ", text)  # 16:8, 5:30: a ratio or a time, not a sentence end
    if "," in text:
        text = _THOUSANDS.sub("", text)  # 1,500 -> 1500
    if "-" in text or "_" in text or "/" in text:
        text = _JOINER.sub(" ", text)  # self-harm, light-headed
    if "+" in text:
        text = _GESTATION_PLUS.sub(r"\1 weeks pregnant", text)  # 36+2 -> 36 weeks pregnant
    if "(" in text or ")" in text or "[" in text or "]" in text:
        text = _BRACKETS.sub(" , ", text)  # "during HIIT (28 wks) but": an aside, set off like commas
    if _DIGIT.search(text):
        text = _NUMBER_UNIT.sub(r"\1 ", text)  # 10kg -> 10 kg; k1ll stays
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if token in (",", "\u2014", "\u2013") or token.startswith("--"):
            tokens.append(",")
        elif not token[0].isalnum() and token[0] not in "@$":
            tokens.append("?" if "?" in token else ".")
        else:
            tokens.append(_word(token, known, targets))
    return " ".join(tokens)


def _joined_up(joined: str) -> str:
    """`normalise`'s second part, on the joined tokens: letters spelt out, algospeak."""
    joined = _SPELT_OUT.sub(lambda m: m.group(1).replace(" ", ""), joined)  # s u i c i d e
    if _may_hold_algospeak(joined):
        for pattern, plain in _ALGOSPEAK:
            joined = pattern.sub(plain, joined)
    return joined


# All the algospeak forms as one pattern, for one linear RE2 look before the ten rewrites:
# most messages hold none, and ten backtracking scans were a third of normalising one.
_ANY_ALGOSPEAK = "|".join(f"(?:{pattern.pattern})" for pattern, _ in _ALGOSPEAK)


def _may_hold_algospeak(text: str) -> bool:
    """False only when no `_ALGOSPEAK` form occurs in `text` (so no rewrite would change it)."""
    first_look = prefilter(_ANY_ALGOSPEAK)
    return first_look is None or not text.isascii() or first_look.could_match(text)


@cache
def words(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written over normalised text so it matches whole tokens only.

    Write `GAP` (up to three words, never across punctuation) for "a few words between"."""
    return re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")


GAP = r"(?:[a-z0-9]+ ){0,3}"


@frozen
class Hit:
    """One match of a pattern in a `Text`: where it is and what it caught."""

    start: int
    end: int
    matched: str
    groups: dict[str, str | None]


class Text:
    """A normalised message and the questions rules ask about matches in it."""

    def __init__(self, normalised: str) -> None:
        self.text = normalised
        self.tokens = normalised.split()
        self._found: dict[str, list[Hit]] = {}  # several rules ask about the same pattern
        self._ascii = normalised.isascii()  # where the RE2 first look is exact (host.safety.prefilter)

    def __repr__(self) -> str:
        return f"Text({self.text!r})"

    def find(self, pattern: str) -> list[Hit]:
        if pattern not in self._found:
            self._found[pattern] = (
                [Hit(m.start(), m.end(), m.group(0), m.groupdict()) for m in words(pattern).finditer(self.text)]
                if self._could_match(pattern) else []
            )
        return self._found[pattern]

    def has(self, pattern: str) -> bool:
        if pattern in self._found:
            return bool(self._found[pattern])
        return self._could_match(pattern) and words(pattern).search(self.text) is not None

    def could_have(self, pattern: str) -> bool:
        """False only when `has(pattern)` is certainly False, from the cheap first look alone."""
        if pattern in self._found:
            return bool(self._found[pattern])
        return self._could_match(pattern)

    def _could_match(self, pattern: str) -> bool:
        """False only when `pattern` certainly finds nothing here: a large pattern is looked
        for first by RE2 in linear time (`host.safety.prefilter`), most messages hold none."""
        if not self._ascii:
            return True
        first_look = prefilter(pattern)
        return first_look is None or first_look.could_match(self.text)

    def clause_before(self, hit: Hit) -> list[str]:
        """The tokens of the hit's clause that come before it."""
        before = self.text[: hit.start].split()
        for index in range(len(before) - 1, -1, -1):
            if before[index] in (".", "?", ","):
                return before[index + 1 :]
        return before

    def clause_of(self, hit: Hit) -> list[str]:
        """All the tokens of the hit's clause (up to the nearest punctuation either side)."""
        after = self.text[hit.end :].split()
        tail: list[str] = []
        for token in after:
            if token in (".", "?", ","):
                break
            tail.append(token)
        return [*self.clause_before(hit), *hit.matched.split(), *tail]

    def sentence_of(self, hit: Hit) -> list[str]:
        """The tokens of the hit's sentence (commas do not end it)."""
        before = self.text[: hit.start].split()
        start = max((i + 1 for i, t in enumerate(before) if t in (".", "?")), default=0)
        after = self.text[hit.end :].split()
        end = next((i for i, t in enumerate(after) if t in (".", "?")), len(after))
        return [*before[start:], *hit.matched.split(), *after[:end]]

    def negated(self, hit: Hit, reach: int = 4) -> bool:
        """A negator shortly before the hit in its clause ("no chest pain", "never fainted"), or
        before the list it ends ("never had chest pain or fainting")."""
        before = self.clause_before(hit)
        if before[-1:] in (["or"], ["nor"]):
            # the last of a list the negation covers, reached over the items before it; "i dont know if its
            # anxiety or palpitations" negates the knowing, not the palpitations
            reach += 4
            if any(word in _NOT_A_DENIAL for word in before[-reach:]):
                reach -= 4
        window: list[str] = []
        for token in reversed(before):
            if token in _SCOPE_BREAKS or len(window) >= reach:
                break
            window.append(token)
        start = len(before) - len(window)
        forward = [*before[start:], *hit.matched.split()[:1]]

        def is_negator(i: int, token: str) -> bool:
            if token not in NEGATORS:
                return False
            if token != "no":
                return True
            # Spanish "casi no come y se provoca el vómito" is "hardly eats"; Portuguese "no treino" is "in the"
            return not (start + i > 0 and before[start + i - 1] == "casi") and not set(forward[i + 1 : i + 2]) & _PORTUGUESE_IN_THE

        return any(is_negator(i, token) for i, token in enumerate(forward[: len(window)]))

    def hypothetical(self, hit: Hit) -> bool:
        """The hit sits in an "if" clause or a question about what might happen."""
        before = self.clause_before(hit)
        return any(token in _HYPOTHETICAL for token in before) or "happens" in before

    def person(self, hit: Hit) -> Person:
        """Whose situation the hit describes: "first" (the user), "third" (someone else) or
        "none" (a general or informational question, e.g. "what are the signs of ...?").

        The nearest subject before the hit in its clause decides ("I think my dad is having
        chest pain": the dad); failing that the rest of the clause, the sentence, the message."""
        if _ASKING_OTHERS.search(" ".join(self.sentence_of(hit))):
            return "first"  # "anyone else get a burning chest on long runs?": the asker does
        nearest = nearest_subject(self.clause_before(hit))
        if nearest is not None:
            return nearest
        for scope in (self.clause_of(hit), self.sentence_of(hit), self.tokens):
            found = _any_subject(scope)
            if found is not None:
                return found
        # No subject at all: a statement drops its "I" ("passed out during spin"); a question
        # without one is about the world ("is chest pain during exercise dangerous?").
        return "first" if self.is_request() or not self.asks(hit) else "none"

    def is_request(self) -> bool:
        """Asks for something to be done for the asker ("give me ...", "how to ...", "is it
        possible to ..."), rather than about the world in general."""
        return self.has(r"give me|make me|help me|show me|tell me how|how (?:to|do you|can you|would you|should you)|"
                        r"is it possible to|can you|could you|want to|wanna|need to|trying to|plan to|going to|gonna")

    def asks(self, hit: Hit) -> bool:
        """The hit's own clause is a question ("had chest pain last night. how long ...?" is not,
        nor "can't lie flat without getting breathless, ok to do cardio?")."""
        sentence = self.sentence_of(hit)
        clause = self.clause_of(hit)
        ender = next((t for t in self.text[hit.end :].split() if t in (".", "?", ",")), None)
        return ender == "?" or any(bool(part) and part[0] in _QUESTION_STARTS for part in (sentence, clause))

    def is_question(self) -> bool:
        return "?" in self.tokens or (bool(self.tokens) and self.tokens[0] in _QUESTION_STARTS)

    def first_person(self) -> bool:
        return any(token in FIRST_PERSON for token in self.tokens)
