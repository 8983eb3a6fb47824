"""The allergy and diet floor: the last step of every reply Ceres sends.

Ideas, lookups and everyday answers are each filtered where they are made (the meal templates,
an answer's `options`), but free text slips through: a curated sentence that says "eggs,
yogurt, chicken, fish, beans, tofu", a facet written before a diet existed, a model's reply.
So every reply passes through `enforce` with the user's saved diet:

- every food named in it is found (the food table's aliases, plus the everyday words for the
  major allergens and for meat, fish, dairy and eggs that the table has no row for);
- a food named only as something to avoid is fine: "no peanuts", "without wheat", "your soy
  allergy", "instead of milk", "dairy-free yogurt" (the free-from word must cover the reason);
- a food the user asked about, or that is their own data (a meal they logged, a day's
  summary), is the subject of the reply: it stays, and the reply warns ("⚠️ Heads-up: tofu:
  not safe with your soy allergy") unless it already does;
- any other food the diet rules out is taken out: an idea ("1. **...**") or bullet line as a
  whole, an item of a list ("a, b, c and d", "(a, b, c)", "...: a, b or c"), otherwise the
  sentence; example messages ("Try “...”") that name one are dropped too.

Nothing here decides what fits: `DietPrefs.breaks` does, food by food, as everywhere else.
"""

from __future__ import annotations

import re
from host.first_look import FirstLook
from collections.abc import Iterable, Sequence
from functools import lru_cache

from attrs import evolve, frozen

from agenthost_ceres.allergens import ALLERGENS, DISH_ALLERGENS, _MEMBERS, canonical_allergies
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.foods import MAX_ALIAS_WORDS, Food, alias_words, load_table, normalise, singular
from agenthost_ceres.suggestions import load_templates

ALL_TAGS = frozenset({"vegetarian", "vegan", "pescatarian", "gluten_free", "lactose_free"})
# What an allergen takes away from the diet tags of a food that carries it.
_TAKES = {
    "dairy": {"vegan", "lactose_free"},
    "egg": {"vegan"},
    "fish": {"vegetarian", "vegan"},
    "shellfish": {"vegetarian", "vegan"},
    "gluten": {"gluten_free"},
}
MEAT = frozenset({"vegetarian", "vegan", "pescatarian"})
# Everyday words for foods the table has no row for: (phrases, allergens, diet tags taken away).
# Plant versions are listed so that "soy milk" or "vegan cheese" is read whole, not as "milk".
# fmt: off
GENERIC: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    ("meat|red meat|lean meat|lean red meat|processed meat|cured meat|poultry|beef|veal|venison|duck|goose|mutton|"
     "liver|offal|salami|chorizo|prosciutto|pancetta|gelatin|gelatine|lard|meatball|steak|mince|burger|sausage|kebab",
     (), MEAT),
    ("fish|oily fish|white fish|anchovy|anchovies|herring|kipper|pollock|haddock|halibut|sea bass|sashimi|"
     "fish finger|fish cake|fish oil", ("fish",), frozenset()),
    ("seafood", ("fish", "shellfish"), frozenset()),
    ("calamari|crawfish|crayfish|langoustine|mussel|clam|oyster|squid|octopus|shellfish", ("shellfish",), frozenset()),
    ("dairy|ghee|kefir|paneer|custard|quark|skyr|halloumi|brie|camembert|goat cheese|cheese|buttermilk|creme fraiche|"
     "cream|casein|whey|whey isolate|milk protein|dairy milk|cows milk|cow milk", ("dairy",), frozenset()),
    ("egg|albumen|egg white powder|omelet|frittata|quiche|meringue|aioli|hollandaise|shakshuka|french toast|eggy|"
     "tartare sauce|tartar sauce", ("egg",), frozenset()),
    ("honey", (), frozenset({"vegan"})),
    ("cake|sponge cake|pancake|waffle|brioche", ("gluten", "egg", "dairy"), frozenset()),
    ("wheat|wholewheat|wholemeal|wholegrain|whole grain|wholegrains|spelt|rye|farro|semolina|seitan|cereal|granola|"
     "muesli|bran|bran flakes|noodle|pasta|breadcrumb|breaded|batter|battered|pastry|pastries|biscuit|cracker|"
     "sandwich|wrap|bread roll|pizza|dumpling|udon|couscous|bulgur|malt vinegar|barley malt|stock cube|oxo cube|bouillon cube|"
     "gravy granule|barley|pearl barley|orzo|panko|"
     # South Asian staples and the spice most often cut with wheat flour (hing is sold compounded with it)
     "atta|maida|sooji|suji|rava|chapati|chapatti|roti|paratha|puri|naan|hing|asafoetida", ("gluten",), frozenset()),
    ("soy|soya|soya bean|soybean|tempeh|tamari|natto|tvp|textured vegetable protein|soy yogurt|soya yogurt|soy mince",
     ("soy",), frozenset()),
    ("sesame|sesame oil|halva|zaatar|za atar|gomasio|furikake", ("sesame",), frozenset()),
    ("groundnut|monkey nut|satay", ("peanuts",), frozenset()),
    ("nut|nut butter|trail mix", ("peanuts", "tree_nuts"), frozenset()),
    ("tree nut|brazil nut|pine nut|praline|marzipan|nutella|pesto|frangipane|nougat|gianduja|almond flour",
     ("tree_nuts",), frozenset()),
    ("oat yogurt", ("gluten",), frozenset()),
    # plant versions and look-alikes: free of what their last word would otherwise mean
    ("rice milk|coconut yogurt|pea milk|hemp milk|plant milk|plant based milk|vegan cheese|nutritional yeast|"
     "butter bean|cocoa butter|rice flour|corn flour|cornflour|gram flour|buckwheat flour|coconut flour|"
     "gluten free flour|glass noodle|quorn|veggie mince|seed|seed butter|sunflower seed butter|"
     "chilli flake|chilli pepper|chili pepper|chili flake|red chilli|green chilli|fresh chilli|chilli powder|chili powder|sweet chilli|a little chilli",
     (), frozenset()),
)
# fmt: on


def _synthetic(words: str, carried: Sequence[str], taken: frozenset[str]) -> Food:
    """A food with no figures: only what it carries and which diets it fits."""
    tags = set(ALL_TAGS) - set(taken)
    for allergen in carried:
        tags -= _TAKES.get(allergen, set())
    key = normalise(alias_words(words))
    return Food(
        id="word:" + "_".join(key), name=words, category="word", portion_amount=1, portion_unit="g",
        portion_plural="g", portion_grams=1, portion_description="", kcal=0, protein_g=0, carbs_g=0, fat_g=0,
        fibre_g=0, aliases=(words,), units={}, tags=frozenset(tags), allergens=frozenset(carried), dataset="",
        source="", keywords=frozenset(key),
    )  # fmt: skip


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, ...], Food]:
    """Every food word Ceres knows, as singular word tuples: the table's aliases first, then
    the allergens' everyday words, the dishes that usually carry one, and `GENERIC`."""
    index = dict(load_table().index)

    def add(phrase: str, food: Food) -> None:
        key = normalise(alias_words(phrase))
        if key and len(key) <= MAX_ALIAS_WORDS:
            index.setdefault(key, food)

    for allergen, words in _MEMBERS.items():
        for word in words:
            add(word, _synthetic(word, (allergen,), frozenset()))
    for dish, (carried, _) in DISH_ALLERGENS.items():
        key = normalise(alias_words(dish))
        row = index.get(key)
        if row is not None and not set(carried) <= row.allergens:
            # the table's recipe is one of many ("pad thai" without prawns): a reply reads the
            # name as the dish usually is, with every allergen it usually carries
            missing = set(carried) - row.allergens
            tags = set(row.tags).difference(*(_TAKES.get(a, set()) for a in missing))
            index[key] = evolve(row, allergens=row.allergens | frozenset(carried), tags=frozenset(tags))
        add(dish, _synthetic(dish, carried, frozenset()))
    for phrases, carried, taken in GENERIC:
        for phrase in phrases.split("|"):
            add(phrase, _synthetic(phrase, carried, taken))
    return index


@frozen
class Mention:
    """A food named in a text: where, which food, and what about it breaks the diet."""

    start: int
    end: int
    food: Food
    words: tuple[str, ...]
    breaks: dict[str, str]


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def mentions(text: str, prefs: DietPrefs) -> list[Mention]:
    """Every food named in `text` (longest phrase first, left to right), with what it breaks."""
    return [Mention(start, end, food, words, prefs.breaks(food)) for start, end, food, words in _foods_in(text)]


@lru_cache(maxsize=1)
def _lengths() -> dict[str, tuple[int, ...]]:
    """For each first word of a phrase in the lexicon, the phrase lengths there are, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in lexicon():
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


@lru_cache(maxsize=4096)
def _foods_in(text: str) -> tuple[tuple[int, int, Food, tuple[str, ...]], ...]:
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a character whose lower case is longer: keep positions exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    tokens = [(m.start(), m.end(), singular(m.group(0).replace("'", ""))) for m in _WORD.finditer(low)]
    index, lengths = lexicon(), _lengths()
    found: list[tuple[int, int, Food, tuple[str, ...]]] = []
    n = 0
    while n < len(tokens):
        for length in lengths.get(tokens[n][2], ()):
            if n + length > len(tokens):
                continue
            key = tuple(token for _, _, token in tokens[n : n + length])
            food = index.get(key)
            if food is not None:
                found.append((tokens[n][0], tokens[n + length - 1][1], food, key))
                n += length
                break
        else:
            n += 1
    return tuple(found)


# --- what names a food only to avoid it -------------------------------------------------------

_NEGATION = FirstLook(re.compile(
    r"\b(?:no|not|non|never|without|avoid\w*|free from|free of|excluding|exclude[sd]?|skip\w*|leave out|leaving out|"
    r"left out|cut out|cut down on|don'?t|do not|doesn'?t|won'?t|can'?t|cannot|shouldn'?t|isn'?t|aren'?t|stay away from|"
    r"steer clear of|rules? out|ruled out|instead of|rather than|in place of|swap(?:ped)? out|replace[sd]?|heads-up|"
    r"unsafe|allergic to|intolerant to|react(?:s|ed)? to|check (?:the )?labels?(?: for)?)\b|⚠️|\bcontains:",
    re.IGNORECASE,
))
# Where a negated clause turns into a suggestion: "no bread, but try rice", "skip the chips – have nuts".
_PIVOT = re.compile(r",\s*(?:but|try|have|go for|opt for|choose|pick|use|add|enjoy|eat|grab|make|how about)\b|\bbut\b|\binstead\b|\s[–—-]\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:()\n]")
# After the food a reply is about: what it is made of, said to explain it.
INGREDIENTS = re.compile(
    r"[^.!?\n]{0,40}?\b(?:is|are|'s)\s+(?:usually|traditionally|often|typically|normally|mostly|generally)?\s*"
    r"(?:made|cooked|prepared|fried|coated|topped)\s+(?:with|from|in)\b|[^.!?\n]{0,30}?\b(?:contains?|carr(?:y|ies))\b:?",
    re.IGNORECASE,
)
_ALLERGY_NOUN = re.compile(r"\b([\w-]+(?:\s+[\w-]+)?)\s+(?:allerg\w*|intoleran\w*)\b", re.IGNORECASE)
# "swap peanut butter for sunflower seed butter": only what is swapped out.
_SWAPPED = re.compile(r"\bswap(?:ping|s)?\s+(?:the\s+|your\s+)?([^.;:!?\n]{1,40}?)\s+(?:for|with)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”\n]{1,120}”|\"[^\"\n]{1,120}\"")
_FREE_FROM = re.compile(r"\b([a-z]+(?: [a-z]+)?)[- ]free\b(?:\s+(?!and\b|or\b|with\b)[a-z]+){0,2}\s*$")
# "oats labelled gluten-free", "bread (gluten-free)": the free-from word after the food.
_FREE_FROM_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:\(|labell?ed\s+|marked\s+|certified\s+|that\W?s\s+|that are\s+)([a-z]+)[- ]free\b")


@lru_cache(maxsize=4096)
def masked_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of `text` that name foods only to avoid them (negations up to the end of their
    clause or a turn to a suggestion, "X allergy"), and quoted example messages."""
    spans: list[tuple[int, int]] = []
    for found in _NEGATION.finditer(text):
        rest = text[found.end() :]
        end = _CLAUSE_END.search(rest)
        stop = end.start() if end else len(rest)
        pivot = _PIVOT.search(rest[:stop])
        if pivot:
            stop = pivot.start()
        spans.append((found.start(), found.end() + min(stop, 90)))
    spans += [(m.start(), m.end()) for m in _ALLERGY_NOUN.finditer(text)]
    spans += [m.span(1) for m in _SWAPPED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return tuple(spans)


def _free_from(text: str, mention: Mention) -> Food:
    """The food as a free-from word before it describes it: "dairy-free yogurt" carries no
    dairy (and is vegan), "gluten-free bread" no gluten, "vegan cheese" nothing animal."""
    before = text[max(0, mention.start - 40) : mention.start].lower()
    removed: set[str] = set()
    restored: set[str] = set()
    if re.search(r"\b(?:vegan|plant[- ]based)\s+$", before):
        removed |= {"dairy", "egg", "fish", "shellfish"}
        restored |= {"vegan", "vegetarian", "pescatarian"}
    found = _FREE_FROM.search(before) or _FREE_FROM_AFTER.match(text[mention.end : mention.end + 40].lower())
    if found:
        word = found.group(1).split()[-1]
        removed |= set(canonical_allergies([word])) & set(ALLERGENS)
        if word in ("lactose", "milk"):
            removed.add("dairy")
        if word in ("meat", "animal"):
            restored |= {"vegetarian", "pescatarian"}
    removed &= set(mention.food.allergens)
    if not removed and not restored:
        return mention.food
    allergens = mention.food.allergens - removed
    for allergen in removed:
        restored |= _TAKES.get(allergen, set())
    for allergen in allergens:  # what still carries an allergen keeps its tags off
        restored -= _TAKES.get(allergen, set())
    if not mention.food.tags & MEAT and not restored & MEAT:
        restored -= MEAT  # meat stays meat
    return evolve(mention.food, allergens=frozenset(allergens), tags=mention.food.tags | frozenset(restored))


def violations(text: str, prefs: DietPrefs, allowed: Iterable[str] = ()) -> list[Mention]:
    """The foods `text` names that break `prefs`, other than where it names them only to avoid
    them; `allowed` reasons (an answer that is itself about them) do not count."""
    if prefs.is_default:
        return []
    spans = masked_spans(text)
    allowed = set(allowed)
    result = []
    for mention in mentions(text, prefs):
        if re.match(r"[- ]free\b", text[mention.end : mention.end + 6], re.IGNORECASE):
            continue  # "nut-free", "gluten free": the free-from word itself
        food = _free_from(text, mention)
        breaks = prefs.breaks(food) if food is not mention.food else mention.breaks
        if set(breaks) - allowed and not any(start <= mention.start and mention.end <= end for start, end in spans):
            result.append(evolve(mention, food=food, breaks={k: v for k, v in breaks.items() if k not in allowed}))
    return result


_IDEA_NAME = re.compile(r"\*\*([^*\n]{1,120})\*\*")


def _idea_names(text: str) -> list[tuple[int, int, str]]:
    """The bold idea names in `text` ("1. **Shrimp tacos with cabbage slaw**"), with their spans."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _IDEA_NAME.finditer(text)]


@lru_cache(maxsize=256)
def offered_idea_names(prefs: DietPrefs) -> frozenset[str]:
    """The names of the meal templates whose every food `prefs` allow: `suggest` offers them,
    so a generic word in the name ("smoothie", "tacos", "nice cream", "soup") is not read as
    the table's dish of that name (a yogurt smoothie, beef tacos); their foods, listed after
    the name, are still read one by one."""
    table = load_table()
    return frozenset(t.name for t in load_templates() if all(prefs.allows(table.get(food_id)) for food_id, _ in t.items))


# --- taking out what breaks the diet ----------------------------------------------------------

IDEA_LINE = re.compile(r"^(\s*)(\d+)\.\s")
BULLET_LINE = re.compile(r"^\s*[•*-]\s")
HERE_ARE = re.compile(r"\bHere are (\d+) ")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)\s+(?=[A-Z“\"(*⚠✓])")
LIST_ITEM_WORDS = 7
CLAUSE_WORDS = 16  # a ";"-separated tip, taken out on its own
PLANT_MADE = re.compile(r"(?i)\b(?:plant|plant-based|pea|rice|hemp|pumpkin|vegan|dairy-free|soya?-free)\s+$")
NOTHING_LEFT = "I've left out what doesn't fit your diet ({diet}); ask me for ideas and I'll suggest foods that do."


# A logged food's measure, as a log's bullet writes it ("• cheese sandwich: 1 sandwich (99 g) — 354
# kcal"): how much of the food named before it, never a food of its own (no turkey sandwich here).
AMOUNT_BEFORE = re.compile(r": (?:\d+(?:\.\d+)?|½|¼|¾|⅓|⅔) $")
WEIGHT_AFTER = re.compile(r" \(\d[\d,.]* (?:g|ml)\) —")


def _amount_unit(text: str, mention: Mention) -> bool:
    """Whether `mention` is the measure of a logged food ("...: 1 sandwich (99 g) — ...")."""
    return bool(AMOUNT_BEFORE.search(text, 0, mention.start)) and bool(WEIGHT_AFTER.match(text, mention.end))


@frozen
class Floor:
    """One reply's floor: the user's preferences, the foods the reply is about (kept and
    warned about) and the reasons the answer itself is about (never dropped)."""

    prefs: DietPrefs
    subject: frozenset[str] = frozenset()  # food ids and phrases the user named
    allowed: frozenset[str] = frozenset()

    @classmethod
    def for_message(cls, prefs: DietPrefs, message: str, allowed: Iterable[str] = ()) -> Floor:
        """The floor for a reply to `message`: the foods it names are the reply's subject (not
        those it names to avoid: "snacks without eggs")."""
        spans = masked_spans(message)
        named = [m for m in mentions(message, prefs) if not any(a <= m.start and m.end <= b for a, b in spans)]
        subject = {m.food.id for m in named} | {" ".join(m.words) for m in named}
        return cls(prefs, frozenset(subject), frozenset(allowed))

    def is_subject(self, mention: Mention) -> bool:
        """True for a food the user named, by the same words or the same row of the table."""
        return mention.food.id in self.subject or " ".join(mention.words) in self.subject

    def bad(self, text: str) -> list[Mention]:
        """What in `text` must go: not the subject's foods, nor what a sentence says the subject
        is made of ("pesto is usually made with pine nuts")."""
        found = [m for m in violations(text, self.prefs, self.allowed) if not self.is_subject(m) and not _amount_unit(text, m)]
        if found:
            offered = [span for span in _idea_names(text) if span[2] in offered_idea_names(self.prefs)]
            found = [m for m in found if not any(start <= m.start and m.end <= end for start, end, _ in offered)]
        if not found or not self.subject:
            return found
        explained: list[tuple[int, int]] = []
        for mention in mentions(text, self.prefs):
            if self.is_subject(mention):
                cue = INGREDIENTS.match(text, mention.end)
                if cue:
                    end = re.compile(r"[.!?\n]").search(text, cue.end())
                    explained.append((cue.end(), end.start() if end else len(text)))
        return [m for m in found if not any(start <= m.start < end for start, end in explained)]

    def enforce(self, text: str) -> str:
        """`text` with what breaks the diet taken out, and warnings for the subject's foods."""
        if self.prefs.is_default:
            return text
        kept = self._without_ideas(text.split("\n"))
        lines = [self._line(line) for line in kept]
        result = "\n".join(line for line in lines if line is not None).strip()
        if not result:
            result = NOTHING_LEFT.format(diet=self.prefs.describe())
        return self._warned(result)

    def examples(self, examples: Sequence[str]) -> list[str]:
        """The example messages that name nothing the diet rules out."""
        return [e for e in examples if not violations(e, self.prefs, self.allowed)]

    def _without_ideas(self, lines: list[str]) -> list[str]:
        """Numbered ideas ("1. **...**" and their indented lines) that break the diet, taken
        out whole; the rest renumbered, and "Here are N" counted again."""
        blocks: list[list[str]] = []
        for line in lines:
            if IDEA_LINE.match(line) or not blocks or not (line.startswith("   ") and IDEA_LINE.match(blocks[-1][0])):
                blocks.append([line])
            else:
                blocks[-1].append(line)
        ideas = [b for b in blocks if IDEA_LINE.match(b[0])]
        gone = [b for b in ideas if self.bad("\n".join(b))]
        if not gone:
            return lines
        left = len(ideas) - len(gone)
        result: list[str] = []
        number = 0
        for block in blocks:
            if block in gone:
                continue
            if IDEA_LINE.match(block[0]):
                number += 1
                block = [IDEA_LINE.sub(lambda m: f"{m.group(1)}{number}. ", block[0], count=1), *block[1:]]
            elif left and HERE_ARE.search(block[0]):
                block = [HERE_ARE.sub(f"Here are {left} " if left > 1 else "Here's 1 ", block[0], count=1), *block[1:]]
            result.extend(block)
        if not left:
            result.append(NOTHING_LEFT.format(diet=self.prefs.describe()))
        return result

    def _line(self, line: str) -> str | None:
        if not self.bad(line):
            return line
        if BULLET_LINE.match(line) or IDEA_LINE.match(line):
            return None
        sentences = [self._sentence(s) for s in _SENTENCE.split(line)]
        kept = " ".join(s for s in sentences if s)
        return kept or None

    def _sentence(self, sentence: str) -> str | None:
        """A sentence without the list items that break the diet; None when what breaks it is
        not a list item (the sentence goes)."""
        sentence = re.sub(r"\s*\(([^()]*)\)", lambda m: self._group(m.group(0), m.group(1)), sentence)
        if not self.bad(sentence):
            return sentence
        if "; " in sentence:
            # "...: wholegrain bread instead of white; ...; half the mince in a chilli swapped for beans; more veg": that tip only
            parts = sentence.split("; ")
            kept = [part for part in parts if not (self.bad(part) and len(part.split()) <= CLAUSE_WORDS)]
            if kept and len(kept) < len(parts) and not self.bad(kept[0].rpartition(":")[0] + ":"):
                stop = re.search(r"[.!?]?\s*$", sentence).group(0)  # type: ignore[union-attr]
                sentence = "; ".join(kept).rstrip(" .!?") + stop
                if not self.bad(sentence):
                    return sentence
        if ":" in sentence:
            head, _, tail = sentence.rpartition(":")
            end = re.search(r"[.!?]?\s*$", tail)
            body, stop = tail[: end.start()], tail[end.start() :]
            if self.bad(body) and not self.bad(head + ":"):
                listed = self._items(body.strip())
                return f"{head}: {listed}{stop}" if listed else None
        parts = sentence.split(", ")
        if len(parts) > 2:
            middle = [p for p in parts[1:-1] if not (self.bad(p) and len(p.split()) <= LIST_ITEM_WORDS)]
            sentence = ", ".join([parts[0], *middle, parts[-1]])
        return None if self.bad(sentence) else sentence

    def _group(self, whole: str, inside: str) -> str:
        """A parenthesised list without its items that break the diet."""
        if not self.bad(inside):
            return whole
        listed = self._items(inside)
        if listed is None:
            return whole  # not a list: the sentence decides
        return f" ({listed})" if listed else ""

    def _items(self, listed: str) -> str | None:
        """ "a, b, c and d" without the items that break the diet ("" when none is left);
        None when `listed` is not a list of short items."""
        parts = [p.strip() for p in listed.split(", ")]
        joiner = "and"
        last = parts[-1]
        for word in (" or ", " and "):
            if word in last:
                head, _, tail = last.rpartition(word)
                parts[-1:] = [head, tail]
                joiner = word.strip()
                break
        parts = [re.sub(r"^(?:and|or)\s+", "", p) for p in parts if p]
        if any(len(p.split()) > LIST_ITEM_WORDS for p in parts if self.bad(p)):
            return None
        kept = [p for p in parts if not self.bad(p)]
        if len(kept) <= 1:
            return "".join(kept)
        return ", ".join(kept[:-1]) + f" {joiner} " + kept[-1]

    def _warned(self, text: str) -> str:
        """The text, with a heads-up for each food of the subject that breaks the diet and is
        not warned about yet."""
        notes: list[str] = []
        for mention in violations(text, self.prefs, self.allowed):
            if not self.is_subject(mention) or PLANT_MADE.search(text[: mention.start]):
                continue  # "a plant protein powder" is no whey powder, whatever row "protein powder" finds
            reasons = [r for key, r in mention.breaks.items() if key not in self.allowed]
            if all(reason in text for reason in reasons) or any(mention.food.name in note for note in notes):
                continue
            name = mention.food.name if not mention.food.id.startswith("word:") else " ".join(mention.words)
            notes.append(f"⚠️ Heads-up: {name.split(',')[0]}: {'; '.join(reasons)}.")
        return "\n".join([text, *dict.fromkeys(notes)]) if notes else text
