"""A linear-time first look for the guard's large patterns: can this pattern match at all?

The guard's patterns are Python regular expressions (lookarounds and all), and its largest ones,
the trigger alternations of hundreds of phrasings, cost Python's backtracking engine 15-30 us
a message each. RE2 (`google-re2`, a DFA) scans the same text in 2-4 us. It does not know
lookarounds, so it runs a *relaxed* copy of the pattern: every lookaround and anchor dropped,
which can only let more texts match, never fewer. So "RE2 finds nothing" proves that the real
pattern finds nothing, and the answer is exact; "RE2 finds something" hands the text to the
real pattern. No finding can change: only the time a message without a red flag takes.

A very large alternation (the union of every trigger is 185k characters, 837k relaxed) is
looked at differently. One DFA for it must build new states for nearly every new text, at 0.6-2 ms
a message (`bench/guard_novel_text.py`); a text seen before costs 6 us. So from
`FILTERED_PATTERN_CHARS` on, each of its alternatives is relaxed alone and handed to RE2's
FilteredRE2 (`re2.Filter`): one scan for the literal words the alternatives need, then only the
alternatives whose words are there run, each a small program. It says "could match" exactly when
the single relaxed copy would, at 20-80 us for a new text. A large pattern whose alternatives are
all in a filter built before (a rule's triggers, in the union of every rule's) reads that filter's
answer for the same text instead of scanning again.

The relaxed copy is written from Python's own parse of the pattern (`re._parser`), so every
piece of Python syntax means what Python means by it. Anything that has no safe relaxed form
(a back-reference, an unusual flag, a repeat RE2 cannot count) gets no prefilter: that pattern
runs as before. It is used on ASCII text only, where Python's and RE2's classes (`\\w`, `\\d`,
`\\s`, case folding) agree; the guard's normalised text nearly always is.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from functools import cache, lru_cache
from typing import Any

try:  # a dependency of agenthost; without it every pattern simply runs as before
    import re2
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    re2 = None

__all__ = ["FILTERED_PATTERN_CHARS", "MIN_PATTERN_CHARS", "Prefilter", "PrefilterSet", "prefilter", "relaxed", "relaxed_alternatives"]

# Shorter patterns are cheap in Python already; the RE2 call's own overhead (about 1 us) is not worth it.
MIN_PATTERN_CHARS = 200
# From here on a pattern's alternatives go to a FilteredRE2 (see the module docstring). Below it
# one DFA is as quick on a new text and quicker on a text seen before (the guard's patterns of
# 10k characters and less: 8 us against 8 on a new text, 1.6 against 3 on a second look).
FILTERED_PATTERN_CHARS = 12_000
_RE2_MAX_REPEAT = 1000
_C = sre_constants
# Python's \s on ASCII text (str patterns are Unicode: it includes \x1c-\x1f); RE2's does not.
_SPACE = r"\x{9}-\x{d}\x{1c}-\x{20}"
_CLASSES = {_C.CATEGORY_DIGIT: "0-9", _C.CATEGORY_WORD: "0-9A-Za-z_", _C.CATEGORY_SPACE: _SPACE}
_NEGATED = {_C.CATEGORY_NOT_DIGIT: _C.CATEGORY_DIGIT, _C.CATEGORY_NOT_WORD: _C.CATEGORY_WORD, _C.CATEGORY_NOT_SPACE: _C.CATEGORY_SPACE}


class Prefilter:
    """A relaxed pattern compiled by RE2: `could_match(text)` is False only when the pattern it
    was relaxed from cannot match `text` (ASCII text; see the module docstring)."""

    __slots__ = ("_compiled", "_filtered", "_match", "_unanchored")

    def __init__(self, compiled: Any) -> None:
        """`compiled`: the relaxed pattern compiled by RE2, or `_Some` of a filter's alternatives."""
        self._compiled = compiled
        self._filtered = isinstance(compiled, _Some)
        # RE2's own matcher on the text's UTF-8 bytes: the Python wrapper's search works out
        # every group's span in characters, which doubled the cost of a look. Through the
        # wrapper when a version of google-re2 lacks these.
        matcher = getattr(compiled, "_regexp", None)
        anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
        self._match = getattr(matcher, "Match", None) if anchor is not None else None
        self._unanchored = anchor

    def could_match(self, text: str) -> bool:
        if self._filtered:
            return self._compiled.any_match(text)
        if self._match is None:
            return self._compiled.search(text) is not None
        data = text.encode("utf-8")
        return self._match(self._unanchored, data, 0, len(data))[0] != (-1, -1)


# How many texts' answers each filter remembers, and the longest text it remembers one for.
MATCHING_CACHE_SIZE = 4096
MATCHING_CACHE_CHARS = 1000


class _Alternatives:
    """Relaxed alternatives in one `re2.Filter` (FilteredRE2); which of them match a text is
    remembered for the last `MATCHING_CACHE_SIZE` texts (of up to `MATCHING_CACHE_CHARS`
    characters): the guard asks about one text for the trigger union and then for each rule's
    triggers, which are some of the same alternatives, and the same everyday texts come again
    ("hello", "thanks"). The answer is a pure function of the text (the filter never changes
    once compiled), so no other host can make it stale."""

    __slots__ = ("_filter", "_matching", "index")

    def __init__(self, alternatives: list[str]) -> None:
        self._filter = re2.Filter()
        options = _options(8 << 20)
        for alternative in alternatives:
            self._filter.Add(alternative, options)  # re2.error when one does not compile
        self._filter.Compile()
        self.index = {alternative: number for number, alternative in enumerate(alternatives)}
        self._matching = lru_cache(maxsize=MATCHING_CACHE_SIZE)(self._scan)

    def matching(self, text: str) -> frozenset[int]:
        """The numbers of the alternatives that match `text`."""
        return self._matching(text) if len(text) <= MATCHING_CACHE_CHARS else self._scan(text)

    def _scan(self, text: str) -> frozenset[int]:
        # The scan for literal words is an RE2::Set: its DFA never gives up on a large text (a set
        # cannot fall back, so it resets its cache and goes on), and Compile proved it runs; so
        # "no word found" is never a failure read as "no match".
        return frozenset(self._filter.Match(text.encode("utf-8")) or ())


class _Some:
    """Some of an `_Alternatives`' alternatives (all of them when `numbers` is None)."""

    __slots__ = ("_alternatives", "_numbers")

    def __init__(self, alternatives: _Alternatives, numbers: frozenset[int] | None) -> None:
        self._alternatives = alternatives
        self._numbers = numbers

    def any_match(self, text: str) -> bool:
        found = self._alternatives.matching(text)
        return bool(found) if self._numbers is None else not found.isdisjoint(self._numbers)


# Every filter built so far: a pattern whose alternatives are all in one of them (a rule's
# triggers in the union of every rule's) reads that filter's answer instead of a filter of its own.
_FILTERS: list[_Alternatives] = []


class _NoSafeForm(Exception):
    """The pattern uses something with no relaxed RE2 form."""


def relaxed(pattern: str) -> str | None:
    """An RE2 pattern matching every ASCII text `pattern` matches (and maybe more), or None."""
    try:
        parsed, ignore_case = _parse(pattern)
        body = _sequence(parsed)
    except (_NoSafeForm, re.error, RecursionError):
        return None
    return f"(?i:{body})" if ignore_case else body


def relaxed_alternatives(pattern: str) -> list[str] | None:
    """`pattern`'s alternatives, each relaxed alone (`relaxed`): an ASCII text matches one of them
    wherever `relaxed(pattern)` matches it. Nested alternations are opened, so a union of unions
    gives its every alternative; each keeps its case-sensitivity. None when there is no relaxed form."""
    try:
        parsed, ignore_case = _parse(pattern)
        found = _alternatives(list(parsed), ignore_case)
    except (_NoSafeForm, re.error, RecursionError):
        return None
    return sorted(set(found))


def _parse(pattern: str) -> tuple[Any, bool]:
    """Python's parse of `pattern`, and whether it ignores case throughout."""
    parsed = sre_parse.parse(pattern)
    flags = parsed.state.flags & ~(re.UNICODE | re.VERBOSE | re.DOTALL)  # "." is always (?s:.)
    if flags & ~re.IGNORECASE:
        raise _NoSafeForm
    return parsed, bool(flags & re.IGNORECASE)


def _alternatives(items: list[Any], ignore_case: bool) -> list[str]:
    if len(items) == 1:
        op, av = items[0]
        if op is _C.BRANCH:
            return [alternative for branch in av[1] for alternative in _alternatives(list(branch), ignore_case)]
        if op is _C.SUBPATTERN and not (av[1] | av[2]) & ~(re.IGNORECASE | re.UNICODE | re.DOTALL):
            _, add_flags, del_flags, sub = av
            return _alternatives(list(sub), (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
    body = _sequence(items)
    return [f"(?i:{body})" if ignore_case else body]


@cache
def prefilter(pattern: str, min_chars: int = MIN_PATTERN_CHARS) -> Prefilter | None:
    """The compiled relaxed pattern for `pattern`, or None when it should run alone (RE2 is
    missing, the pattern has no safe relaxed form, or it is shorter than `min_chars`)."""
    if re2 is None or len(pattern) < min_chars:
        return None
    if len(pattern) >= FILTERED_PATTERN_CHARS and (filtered := _filtered(pattern)) is not None:
        return filtered
    source = relaxed(pattern)
    if source is None:
        return None
    try:
        return Prefilter(re2.compile(source, _options(64 << 20)))
    except re2.error:
        return None


def _filtered(pattern: str) -> Prefilter | None:
    """`pattern`'s alternatives in a filter, a filter built before that holds them all or a new
    one; None (no relaxed form, a single alternative, or one RE2 cannot compile: then the single
    relaxed copy is tried)."""
    alternatives = relaxed_alternatives(pattern)
    if alternatives is None or len(alternatives) < 2:
        return None
    for built in _FILTERS:
        if all(alternative in built.index for alternative in alternatives):
            return Prefilter(_Some(built, frozenset(built.index[alternative] for alternative in alternatives)))
    try:
        built = _Alternatives(alternatives)
    except re2.error:
        return None
    _FILTERS.append(built)
    return Prefilter(_Some(built, None))


def _options(max_mem: int) -> Any:
    options = re2.Options()
    options.max_mem = max_mem
    options.log_errors = False
    options.never_capture = True
    return options


class PrefilterSet:
    """The relaxed copies of many patterns in one RE2 set: `could_match(text)` is the indices
    of the patterns that might match ASCII `text`, in one linear-time scan instead of a search
    each; every pattern not among them cannot match it. None when it cannot tell (RE2 missing,
    text not ASCII): then every pattern must be tried. A pattern with no relaxed form is always
    among the indices."""

    __slots__ = ("_always", "_set", "_indices")

    def __init__(self, patterns: list[str | re.Pattern[str]]) -> None:
        self._always: frozenset[int] = frozenset()
        self._set: Any = None
        self._indices: dict[int, int] = {}  # the set's index of a pattern -> its index in `patterns`
        if re2 is None:
            return
        compiled = re2.Set.SearchSet(_options(64 << 20))
        always: set[int] = set()
        try:
            for index, pattern in enumerate(patterns):
                text = _source(pattern)
                source = relaxed(text) if text is not None else None
                if source is None:
                    always.add(index)
                    continue
                try:
                    self._indices[compiled.Add(source)] = index
                except re2.error:
                    always.add(index)
            compiled.Compile()
        except re2.error:
            return
        self._set, self._always = compiled, frozenset(always)

    def could_match(self, text: str) -> frozenset[int] | None:
        if self._set is None or not text.isascii():
            return None
        found = self._set.Match(text.encode("ascii")) or ()
        return self._always.union(self._indices[i] for i in found)


def _source(pattern: str | re.Pattern[str]) -> str | None:
    """A compiled pattern's text with its flags inline; None for a flag other than IGNORECASE
    (no relaxed form here: the pattern is always tried)."""
    if isinstance(pattern, str):
        return pattern
    flags = pattern.flags & ~re.UNICODE
    if flags & ~re.IGNORECASE:
        return None
    return f"(?i:{pattern.pattern})" if flags else pattern.pattern


def _sequence(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is _C.LITERAL:
        return _char(av)
    if op is _C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _C.ANY:
        return r"(?s:.)"  # a superset of Python's "." with or without DOTALL
    if op is _C.IN:
        return _class(av)
    if op is _C.BRANCH:
        # Sorted: whether some branch matches does not depend on their order, and RE2 merges the
        # common starts of neighbouring branches, so a text's first look at a large alternation
        # follows fewer threads (about half the cost of each new DFA state the trigger union makes).
        return "(?:" + "|".join(sorted({_sequence(branch) for branch in av[1]})) + ")"
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~(re.IGNORECASE | re.UNICODE | re.DOTALL):
            raise _NoSafeForm
        prefix = "i" if add_flags & re.IGNORECASE else ""
        prefix += "-i" if del_flags & re.IGNORECASE else ""
        return f"(?{prefix}:{_sequence(sub)})"
    if op is _C.ATOMIC_GROUP:
        return f"(?:{_sequence(av)})"
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, sub = av
        if low > _RE2_MAX_REPEAT:
            raise _NoSafeForm
        upper = "" if high == _C.MAXREPEAT or high > _RE2_MAX_REPEAT else str(high)
        return f"(?:{_sequence(sub)}){{{low},{upper}}}"
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return ""  # anchors and lookarounds only ever narrow a match: dropped, it widens
    raise _NoSafeForm  # back-references, conditionals


def _char(code: int) -> str:
    return rf"\x{{{code:x}}}"


def _class(items: Any) -> str:
    negate = bool(items) and items[0][0] is _C.NEGATE
    parts: list[str] = []
    for op, av in items[1:] if negate else items:
        if op is _C.LITERAL:
            parts.append(_char(av))
        elif op is _C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _C.CATEGORY and av in _CLASSES:
            parts.append(_CLASSES[av])
        elif op is _C.CATEGORY and av in _NEGATED and len(items) == 1:
            return f"[^{_CLASSES[_NEGATED[av]]}]"  # [\S] alone
        else:
            raise _NoSafeForm
    if not parts:
        raise _NoSafeForm
    return f"[{'^' if negate else ''}{''.join(parts)}]"
