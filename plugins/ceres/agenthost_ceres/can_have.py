"""“Is X ok for him?”, “can I have X?”: a question whose answer is *no* when X breaks the saved
diet, whatever else the message is about.

Whatever answers the message (an everyday answer about protein powder, a lookup of a latte),
a food that carries a saved allergen or a food the diet excludes makes the answer start with
“No”, name the food and say why (“whey is a milk protein”), so the figures or advice that
follow are never read as a yes. The subject is whoever the user asks about: “him” for a son,
“her” for a daughter, “you” otherwise. What counts as carrying an allergen is the floor's
reading of the message (`floor.violations`), so “lactose-free milk” or “no mayo” is no food
to refuse.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from attrs import evolve
from host.text import per_turn

from agenthost_ceres.allergens import ALLERGY_NOUNS, canonical_allergies, dish_allergens, label, often_contains
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.floor import Mention, violations
from agenthost_ceres.question import ends_asking

# "is X ok / safe / fine", "can I / he / my son have X", "should she eat X", "am I allowed X".
# The words that ask it: "ok", "safe", and the other way round, "a no", "out", "off limits".
OK_WORDS = (
    r"ok|okay|safe|fine|alright|all right|allowed|permitted|suitable|cool|a go|a yes|good for (?:me|him|her|them|us)"
)
NOT_OK_WORDS = (
    r"a no(?:[- ]?go)?|a nono|a no[- ]no|out|off(?:[- ]limits| the (?:table|menu|list|cards))|forbidden|banned|"
    r"a problem|an issue|a risk|risky|dangerous|bad for (?:me|him|her|them|us)|to be avoided|something to avoid"
)
ASKS_IF_OK = re.compile(
    rf"\b(?:is|are|would|will|isn'?t|aren'?t|was|am i|is (?:he|she)|are (?:they|we))\b[^.?!]{{0,60}}?\b(?:{OK_WORDS}|{NOT_OK_WORDS})(?:\b|$)(?!\s+(?:of|with|to (?!have|eat|drink|use|try|cook|bake|add|put)|there|for (?:a|the) (?:run|walk)))"
    r"|(?<!what )(?<!which )(?<!what else )\b(?:can|could|may|should|shall|do|does|would)\s+(?:i|he|she|they|we|you|my \w+|our \w+|the \w+|\w+)\s+(?:still\s+|safely\s+|even\s+|ever\s+|be able to\s+)?"
    r"(?:have|eat|drink|take|use|try|get|order|cook with|avoid|skip|steer clear of|stay away from)\b"
    r"|\b(?:am i|is he|is she|are they|are we) (?:allowed|able|ok|okay|fine|safe)\b|\bsafe (?:for (?:me|him|her|them|us) )?to (?:have|eat|drink|take)\b"
    r"|\bdo(?:es)? (?:i|he|she|they|we) (?:need|have) to (?:avoid|skip|cut|drop)\b"
    r"|^[^.?!]{1,50}?\W+(?:ok|okay|safe|fine|allowed|a no|out)\s*(?:or not|yes or no|y/n)?\s*\?+\s*$"
    r"|\b(?:yes or no|y/n|safe or not|ok or not)\s*\?*\s*$",
    re.IGNORECASE,
)
# The question asked the other way round ("is satay a no?", "should I avoid pesto?"): "yes" is the no.
ASKS_IF_NOT_OK = re.compile(
    rf"\b(?:{NOT_OK_WORDS})\b|\b(?:avoid|skip|steer clear|stay away|cut|drop)\b",
    re.IGNORECASE,
)
QUESTION_VERB = re.compile(r"\b(?:is|are|would|will|isn'?t|can|could|may|should|shall|am)\b", re.IGNORECASE)
THIRD_PERSON = (
    (re.compile(r"\b(?:he|him|his|my (?:son|boy|husband|dad|father|brother|partner|nephew|grandson|uncle|grandad|grandpa|granddad|boyfriend|fiance|stepson)|our (?:son|boy|nephew|grandson))\b", re.I), "him"),
    (re.compile(r"\b(?:she|her|my (?:daughter|girl|wife|mum|mom|mother|sister|niece|granddaughter|aunt|auntie|gran|grandma|granny|nan|nana|girlfriend|fiancee|stepdaughter)|our (?:daughter|girl|niece|granddaughter))\b", re.I), "her"),
    # "allergic to nuts - all of them, peanuts too": "of them" counts foods, not people
    (re.compile(r"\b(?:they|(?<!\bof )them|my (?:kids|children|family|friends?|guests?|cousin|colleague|flatmate|housemate|mate)|the kids|our guests?|(?:one|a|the) guest)\b", re.I), "them"),
)
# What an ingredient is, said as the reason it carries the allergen: the keys of
# `DietPrefs.breaks` it answers for (an allergen, "gluten_free", "lactose_free"), and the words.
# The hidden ones matter most: soy sauce is brewed with wheat, malt vinegar and beer are barley.
MADE_OF: dict[str, tuple[tuple[str, ...], str]] = {
    "whey": (("dairy", "lactose_free"), "whey is a milk protein"),
    "casein": (("dairy", "lactose_free"), "casein is a milk protein"),
    "milk protein": (("dairy", "lactose_free"), "it's made from milk"),
    "lactose": (("dairy", "lactose_free"), "lactose is the sugar in milk"),
    "ghee": (("dairy", "lactose_free"), "ghee is clarified butter, made from milk"),
    "paneer": (("dairy", "lactose_free"), "paneer is a milk cheese"),
    "butter": (("dairy", "lactose_free"), "butter is made from milk"),
    "cream": (("dairy", "lactose_free"), "cream is made from milk"),
    "latte": (("dairy", "lactose_free"), "a latte is mostly milk"),
    "flat white": (("dairy", "lactose_free"), "a flat white is made with milk"),
    "cappuccino": (("dairy", "lactose_free"), "a cappuccino is made with milk"),
    "mayo": (("egg",), "mayonnaise is made with egg yolk"),
    "mayonnaise": (("egg",), "mayonnaise is made with egg yolk"),
    "albumen": (("egg",), "albumen is egg white"),
    "aioli": (("egg",), "aioli is made with egg yolk"),
    "meringue": (("egg",), "meringue is egg white"),
    "tahini": (("sesame",), "tahini is sesame paste"),
    "hummus": (("sesame",), "hummus is made with tahini (sesame)"),
    "pesto": (("tree_nuts", "dairy", "lactose_free"), "pesto is usually made with pine nuts and parmesan"),
    "satay": (("peanuts",), "satay sauce is made with peanuts"),
    "peanut butter": (("peanuts",), "peanut butter is ground peanuts"),
    "almond milk": (("tree_nuts",), "almond milk is made from almonds"),
    "nutella": (("tree_nuts",), "Nutella is made with hazelnuts"),
    "oyster sauce": (("shellfish",), "oyster sauce is made from oysters"),
    "fish sauce": (("fish",), "fish sauce is made from fermented fish"),
    "worcestershire": (("fish",), "Worcestershire sauce is made with anchovies"),
    "tofu": (("soy",), "tofu is made from soya"),
    "seitan": (("gluten", "gluten_free"), "seitan is wheat gluten"),
    "couscous": (("gluten", "gluten_free"), "couscous is wheat"),
    "soy sauce": (("soy", "gluten", "gluten_free"), "regular soy sauce is brewed from soya beans and wheat"),
    "soya sauce": (("soy", "gluten", "gluten_free"), "regular soy sauce is brewed from soya beans and wheat"),
    "teriyaki": (("soy", "gluten", "gluten_free"), "teriyaki sauce is made with regular soy sauce, which is brewed with wheat"),
    "malt vinegar": (("gluten", "gluten_free"), "malt vinegar is made from barley"),
    "beer": (("gluten", "gluten_free"), "beer is brewed from barley (or wheat)"),
    "lager": (("gluten", "gluten_free"), "lager is brewed from barley"),
    "stock cube": (("gluten", "gluten_free"), "many stock cubes contain wheat flour or barley"),
    "gravy": (("gluten", "gluten_free"), "gravy is usually thickened with wheat flour"),
    "bulgur": (("gluten", "gluten_free"), "bulgur is cracked wheat"),
    "hing": (("gluten", "gluten_free"), "most hing (asafoetida) powder is cut with wheat flour"),
    "asafoetida": (("gluten", "gluten_free"), "most asafoetida (hing) powder is cut with wheat flour"),
    "atta": (("gluten", "gluten_free"), "atta is wholewheat flour"),
    "maida": (("gluten", "gluten_free"), "maida is refined wheat flour"),
    "sooji": (("gluten", "gluten_free"), "sooji (rava) is wheat semolina"),
    "rava": (("gluten", "gluten_free"), "rava (sooji) is wheat semolina"),
    "semolina": (("gluten", "gluten_free"), "semolina is made from wheat"),
    "roti": (("gluten", "gluten_free"), "roti is made from wheat flour (atta)"),
    "chapati": (("gluten", "gluten_free"), "chapati is made from wheat flour (atta)"),
    "paratha": (("gluten", "gluten_free"), "paratha is made from wheat flour"),
    "naan": (("gluten", "gluten_free"), "naan is made from wheat flour"),
    "udon": (("gluten", "gluten_free"), "udon noodles are made from wheat"),
    "orzo": (("gluten", "gluten_free"), "orzo is a wheat pasta"),
    "panko": (("gluten", "gluten_free"), "panko is wheat breadcrumbs"),
    "spelt": (("gluten", "gluten_free"), "spelt is a kind of wheat"),
    "rye": (("gluten", "gluten_free"), "rye contains gluten"),
    "barley": (("gluten", "gluten_free"), "barley contains gluten"),
    "oats": (("gluten", "gluten_free"), "ordinary oats are contaminated with wheat (only oats labelled gluten-free are safe)"),
    "porridge": (("gluten", "gluten_free"), "porridge is made with ordinary oats, which are contaminated with wheat unless labelled gluten-free"),
    "miso": (("soy",), "miso is fermented soya beans"),
    "edamame": (("soy",), "edamame are young soya beans"),
    "tempeh": (("soy",), "tempeh is fermented soya beans"),
    "ranch": (("dairy", "lactose_free", "egg"), "ranch dressing is made with buttermilk and mayonnaise"),
    "caesar dressing": (("fish", "egg", "dairy", "lactose_free"), "Caesar dressing is made with anchovies, egg and parmesan"),
    "tartare sauce": (("egg",), "tartare sauce is mayonnaise-based (egg)"),
    "halloumi": (("dairy", "lactose_free"), "halloumi is a milk cheese"),
    "tzatziki": (("dairy", "lactose_free"), "tzatziki is yogurt-based"),
    "korma": (("tree_nuts", "dairy", "lactose_free"), "korma is usually made with ground almonds or cashews and cream"),
    "marzipan": (("tree_nuts",), "marzipan is ground almonds"),
    "halva": (("sesame",), "halva is made from tahini (sesame)"),
}


# A food someone else said is fine, asked back: "my daughter says tinned tuna is fine because it doesn't
# smell fishy. Is that right?", "my mate reckons ghee is ok for lactose, true?": whether it is, for the user.
CLAIMED_OK = re.compile(
    r"^(?:.*?\b(?:says?|said|told me|tells me|reckons?|thinks?|claims?|swears?)\s+(?:that\s+)?)?(?:a |an |the |some )?(?P<food>[a-z][a-z '&-]{1,40}?)\s+(?:is|are|'s|'re)\s+"
    r"(?:totally |perfectly |completely |actually |still )?(?:fine|ok|okay|safe|alright|allowed)\b[^?]*?[.!,]?\s*"
    r"(?:(?:is|isn'?t) (?:that|it|this|she|he|they) (?:right|true|correct)|(?:is )?(?:that |it )?(?:right|true|correct)|really|can i)\s*\?+\s*$",
    re.IGNORECASE,
)


def claimed_ok(text: str) -> str | None:
    """ "is tinned tuna ok for me?" for "my daughter says tinned tuna is fine ... Is that right?"; else None."""
    found = CLAIMED_OK.match(text.strip())
    if found is None or found.group("food").split()[0].lower() in ("it", "that", "this", "she", "he", "they", "i", "everything", "anything"):
        return None
    return f"is {found.group('food').strip()} ok for me?"


def asks_if_ok(text: str) -> bool:
    """True for a question whether someone may have a food ("is whey ok for him?")."""
    return bool(asked_clause(text))


@per_turn  # the floor, the reply and the follow-up reader each ask it of the same message
def asked_clause(text: str) -> str:
    """The sentences of `text` that ask whether someone may have a food, joined; "" when none
    does ("tree nuts are fine, I eat almonds" states, it doesn't ask)."""
    text = claimed_ok(text) or text  # "my daughter says tinned tuna is fine... Is that right?": is tinned tuna ok for me
    # "satay sauce?? yes or no", "pesto - safe or not?": one question
    text = re.sub(r"(?i)[?!.]+\s+(?=(?:yes or no|y/n|safe or not|ok or not|safe\??|ok\??)\s*\?*\s*$)", " ", text.strip())
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    asked: list[str] = []
    for sentence in sentences:
        found = ASKS_IF_OK.search(sentence)
        if found and (ends_asking(sentence) or re.search(r"(?i)(?:^|[,;:]|\s[-–—])\s*(?:(?:so|and|but|ok|okay|then|wait|hmm|also)\s+)?(?:is|are|can|could|may|should|am|would|do|does)\b", sentence) or re.search(r"(?i)\b(?:yes or no|y/n|safe or not|ok or not)\W*$", sentence)):
            # from the clause the question starts in: "I'm allergic to milk, is whey ok?" asks about whey only
            start = max((m.end() for m in re.finditer(r"[,;:]\s|\s[-–—]\s", sentence[: found.start()])), default=0)
            verbs = [m.start() for m in QUESTION_VERB.finditer(sentence, found.start(), found.end())]
            if verbs and verbs[-1] > start:
                start = verbs[-1]  # "my son is allergic to milk, is whey ok?": the last "is" before the "ok"
            if (
                re.match(r"(?i)(?:is|are|was|would|will|can|could|should)\s+(?:that|it|this|those|these|they)\b", sentence[start:])
                or re.match(r"(?i)(?:yes or no|y/n|safe or not|ok or not)\b", sentence[start:])
                or re.match(r"(?i)(?:can|could|may|should)\s+(?:i|we|he|she|they|you)\s+(?:still\s+)?(?:have|eat|get|order|drink|try)\s+(?:that|it|this|those|these|them|one)\b", sentence[start:])
            ):
                start = 0  # "satay chicken, is that ok?", "what about pub fish and chips, can I have that?": the food is the clause before
            asked.append(sentence[start:])
    return " ".join(asked)


# "what about casein?", "and ghee?" right after asking whether a food is ok: the same question.
SAME_QUESTION = re.compile(r"^\s*(?:and|or|what about|how about|and what about|also|same for)\b[^.?!]{1,40}\??\s*$", re.IGNORECASE)


# A piece of the food named just before: "the birthday cake, can she just have a slice without the icing?"
A_SLICE_OF_IT = re.compile(
    r"(?i)(?:^|[.!]\s+)(?:and |but |what about |so )?(?P<food>(?:the |a |that |this )?[a-z' -]{3,40}?),?\s+(?:can|could|may) (?P<who>she|he|they|i|we) "
    r"(?:just |still |maybe )?(?:have|eat|get|try) (?:a |one |just a |a small )?(?:slice|piece|bit|bite|taste|little|some)(?: of it| of that)?(?P<rest>[^?.!]*)\?"
)


def ok_question(message: str, history: list[dict[str, Any]]) -> str:
    """The question whether someone may have a food that `message` asks, or "" when it asks
    none: the message itself, or, for a short "what about casein?", the message with the person
    of the question it follows ("is whey ok for him?" -> "what about casein? (for him)")."""
    if (portion := A_SLICE_OF_IT.search(message)) is not None:
        # "and the birthday cake, can she just have a slice without the icing?": whether she may have the cake
        return f"can {portion.group('who')} have {portion.group('food').strip()}{portion.group('rest')}?"
    if asks_if_ok(message):
        return message
    first = re.split(r"(?<=[?!.])\s+", message.strip(), maxsplit=1)[0]  # "what about pancakes? he loves them"
    if not SAME_QUESTION.match(first):
        return ""
    earlier = [r.get("text") for r in history if r.get("role") == "user" and isinstance(r.get("text"), str) and r.get("text") != message]
    food = re.sub(r"(?i)^\s*(?:and what about|what about|how about|same for|and|or|also)\s+", "", first).strip(" ?")
    if earlier and asks_if_ok(earlier[-1]):
        person = who(asked_clause(earlier[-1]))
    elif earlier and re.match(r"(?i)(?:what|how) about\b", first):
        # "what about pancakes?" after talk of a child's allergy: whether he may have them (a no only if they break the diet)
        person = who(" ".join(earlier[-3:]))
    else:
        return ""
    return f"is {food} ok for {'me' if person == 'you' else person}?"


# A diet said for someone in the question itself ("my friend is coeliac, can she have soy sauce?",
# "my nephew has a nut allergy, is pesto ok?"): checked as well as the saved one.
SAID_COELIAC = re.compile(r"\b(?:coeliac|celiac|gluten[- ]free|gluten intolerant|can'?t (?:have|eat) gluten)\b", re.I)
SAID_ALLERGY = re.compile(
    r"\ballergic to (?P<a>[a-z ,]+?)(?=[,.;!?]|\s+(?:and|so|but|is|are|can|could|should|what|which|coming|who)\b|$)"
    r"|\b(?P<b>(?:tree |pea)?nut|peanut|egg|milk|dairy|sesame|soy|soya|fish|shellfish|wheat|gluten) allerg(?:y|ies)\b",
    re.I,
)


@per_turn  # asked of the same message and saved diet by the reply's steps
def said_prefs(text: str, saved: DietPrefs) -> DietPrefs:
    """`saved` with the diet and allergies `text` itself names for the person asked about."""
    allergies: list[str] = []
    for found in SAID_ALLERGY.finditer(text):
        words = re.split(r"\s*(?:,|\band\b|\bor\b)\s*", (found.group("a") or found.group("b") or "").strip())
        allergies += [key for key in canonical_allergies([w for w in words if w]) if key in ALLERGY_NOUNS]
    coeliac = bool(SAID_COELIAC.search(text))
    if not allergies and not coeliac:
        return saved
    return evolve(
        saved,
        allergies=tuple(dict.fromkeys([*saved.allergies, *allergies])),
        gluten_free=saved.gluten_free or coeliac,
        conditions=tuple(dict.fromkeys([*saved.conditions, *(("coeliac",) if coeliac else ())])),
    )


# "my mum says it has wheat in it": who said it, not whom the question is about.
SAYS = re.compile(
    r"\b(?:my \w+|he|she|they)\s+(?:says|said|thinks|reckons|told me|swears|heard)\b"
    r"|\b(?:that |which )?they\s+(?:sell|sold|stock|serve|make|do)\b",  # "the bars they sell at the gym": the shop, nobody asked about
    re.IGNORECASE,
)


@per_turn  # asked of the same text by the reply's steps
def who(text: str) -> str:
    """Whom the question is about: "him", "her", "them", else "you"."""
    text = SAYS.sub(" ", text)
    for pattern, word in THIRD_PERSON:
        if pattern.search(text):
            return word
    return "you"


def _unaccented(text: str) -> str:
    """`text` without accents ("crème brûlée" -> "creme brulee"), the same length when it has none."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def refusal(text: str, prefs: DietPrefs) -> str | None:
    """ "No — whey protein isn't safe for him: whey is a milk protein, and ..." when `text`
    asks whether a food that breaks `prefs` is ok; None when it doesn't ask, or the food fits."""
    asked = asked_clause(_unaccented(text))  # "crème brûlée" is read as the floor knows it, "creme brulee"
    if prefs.is_default or not asked:
        return None
    # "should I avoid pesto?" asks about pesto: the floor reads "avoid pesto" as pesto left out
    unmasked = re.sub(r"(?i)\b(?:avoid|skip|steer clear of|stay away from|cut out|cut|drop)\b", lambda m: "x" * len(m.group()), asked)
    found = violations(unmasked, prefs)
    if not found:
        return None
    person = who(asked)
    if person == "you" and not re.search(r"(?i)\b(?:i|me|my|i'?m)\b", asked):
        person = who(text)  # "cooking for my nephew who has a nut allergy, is pesto ok?": him
    # "soy sauce in a stir fry": the stir fry is where the soy sauce goes, the soy sauce is asked about
    found = [m for n, m in enumerate(found) if not (n and IN_A_DISH.search(asked[found[n - 1].end : m.start]))]
    said = {_with_sauce(asked, m): m for m in found}  # as the user wrote it ("snickers", not "snicker")
    # "granola bars are ...", but "a snickers is ..."
    parts = [_why(words, mention, person, _plural(words) and not ONE_OF.search(asked[: mention.start].lower())) for words, mention in said.items()]
    foods = _listing(list(said))
    first = found[0]
    one = bool(ONE_OF.search(asked[: first.start].lower()))  # "a snickers" is one bar
    verb = "aren't" if len(said) > 1 or (_plural(next(iter(said))) and not one) else "isn't"
    medical = any(key in ALLERGY_NOUNS or (key == "gluten_free" and "coeliac" in reason) for m in found for key, reason in m.breaks.items())
    safe = "safe" if medical else "a fit"
    swaps = [
        next((swap for swap in {**INGREDIENT_SWAPS, **SWAPS}[key] if not violations(swap, prefs)), "")
        for key in {**INGREDIENT_SWAPS, **SWAPS} if any(re.search(rf"\b{re.escape(key)}s?\b", words) for words in said)
    ]  # a swap never brings in another saved allergen
    swaps = [swap for swap in swaps if swap]
    if prefs.gluten_free and any("gluten_free" in m.breaks for m in found):
        swaps.append(
            "When eating out, ask for a gluten-free version made separately (“senza glutine” in Italy): "
            "a shared oven, fryer, pot or board can contaminate it."
        )  # cross-contamination is what catches coeliacs out
    if swaps and (left_out := _made_without(asked, found, prefs)):
        # "pancakes without egg, is that possible?": yes, made without it, and how
        how = swaps[0].removeprefix("Instead, ")
        return (
            f"Yes — {foods} can be made without {left_out}: {how} "
            f"Shop-bought or café {foods} usually contain {left_out}, so ask how they're made or make them yourself."
        )
    lead = "Yes, best avoided" if ASKS_IF_NOT_OK.search(asked) else "No"  # "is satay a no?" -> yes
    return f"{lead} — {foods} {verb} {safe} for {person}: {'; '.join(dict.fromkeys(parts))}.{''.join(' ' + swap for swap in swaps[:2])}"


# "pancakes without egg", "no eggs in it", "egg-free pancakes": what the user means to leave out
_WITHOUT = re.compile(r"(?i)\b(?:without|no|minus|free of|leave out|leaving out)\s+(?:any\s+|the\s+)?(?P<what>[a-z]+)|\b(?P<free>[a-z]+)-free\b")


def _made_without(asked: str, found: list[Mention], prefs: DietPrefs) -> str | None:
    """The allergen the user asks to leave out ("egg" in "pancakes without egg") when leaving it
    out is all the foods asked need to fit `prefs`; None otherwise."""
    left = [m.group("what") or m.group("free") for m in _WITHOUT.finditer(asked)]
    if not left:
        return None
    named = set(canonical_allergies(left))
    broken = {key for m in found for key in m.breaks}
    if not broken or not broken <= named:
        return None
    return " and ".join(dict.fromkeys(w.lower() for w in left))


# "can I use fish stock in the paella?": an ingredient asked about for a dish the user makes.
_INGREDIENT_IN = re.compile(
    r"(?:use|put|add|have|make it with|cook it with|swap in)\s+(?:some\s+|a\s+bit\s+of\s+)?(?P<ingredient>[a-z][a-z' -]{1,30}?)\s+(?:in|into|to|for)\s+(?:the|my|a|our|this)\s+$",
    re.IGNORECASE,
)


def ingredient_answer(text: str, prefs: DietPrefs) -> str | None:
    """ "Yes — fish stock is fine for your shellfish allergy ..." when `text` asks about an
    ingredient that fits `prefs` for a dish that usually doesn't ("can I use fish stock in the
    paella?"); None otherwise. The ingredient is what was asked, not the dish it goes in."""
    asked = asked_clause(text)
    if prefs.is_default or not asked:
        return None
    found = violations(asked, prefs)
    ingredient = _ingredient_for(asked, found, prefs)
    if ingredient is None:
        return None
    person = who(asked)
    if person == "you" and not re.search(r"(?i)\b(?:i|me|my|i'?m)\b", asked):
        person = who(text)
    return _ingredient_fits(ingredient, found[0], asked, person)


def _ingredient_for(asked: str, found: list[Mention], prefs: DietPrefs) -> str | None:
    """The ingredient asked about when the only food that breaks `prefs` is the dish it goes in
    ("fish stock" in "can I use fish stock in the paella?" with a shellfish allergy), else None."""
    if len(found) != 1:
        return None
    before = _INGREDIENT_IN.search(asked[: found[0].start])
    if before is None or violations(before.group("ingredient"), prefs):
        return None
    return before.group("ingredient").strip()


def _ingredient_fits(ingredient: str, dish: Mention, asked: str, person: str) -> str:
    """ "Yes — fish stock is fine for your shellfish allergy ..., and the paella itself ...": the
    ingredient answered, then what the dish usually carries."""
    owner = {"you": "your", "him": "his", "her": "her", "them": "their"}[person]
    nouns = [ALLERGY_NOUNS[key] for key in dish.breaks if key in ALLERGY_NOUNS]
    rules = f"{owner} {_listing(nouns)} {'allergy' if len(nouns) == 1 else 'allergies'}" if nouns else f"{owner} diet"
    name = asked[dish.start : dish.end].lower()
    keep = f" Everything else in your {name} has to be free of {_listing(nouns) or 'it'} too, so leave out the parts of the usual recipe that aren't."
    return (
        f"Yes — {ingredient} is fine for {rules}: it isn't one of the foods {rules} rules out. Check the label all the same, "
        f"because packaged versions can contain other ingredients (a seafood stock can include prawns or crab).{keep}"
    )


def suggested_swap(text: str, prefs: DietPrefs) -> str | None:
    """ "what about a shake after the gym?" from someone with a milk allergy: the safe version of
    the food suggested ("a shake of pea or soy protein powder ..."), or None when the food fits
    `prefs` or has no swap. A "what about X" asks for an idea, so the idea is the answer."""
    if prefs.is_default or not WHAT_ABOUT_IDEA.match(text.strip().lower()):
        return None
    found = violations(text, prefs)
    if not found:
        return None
    said = [text[m.start : m.end].lower() for m in found]
    for key, swaps in SWAPS.items():
        if any(re.search(rf"\b{re.escape(key)}s?\b", words) for words in said):
            # the swap names the food it replaces ("a shake of pea protein"): only the rest is checked
            swap = next((swap for swap in swaps if not violations(re.sub(rf"(?i)\b{re.escape(key)}s?\b", " ", swap), prefs)), None)
            if swap is not None:
                return swap.removeprefix("Instead, ")[:1].upper() + swap.removeprefix("Instead, ")[1:]
    return None


# "what about a shake after the gym?", "how about some custard?": a suggestion asked for.
WHAT_ABOUT_IDEA = re.compile(r"^(?:and |ok |so )?(?:what|how) about (?:a |an |some |the )?")

# Between two foods asked about: the second is the dish the first goes in ("soy sauce in a stir fry").
IN_A_DISH = re.compile(r"^\s*(?:sauce\s+)?(?:in|on|into|for|with(?:in)?)\s+(?:a|an|the|my|our|some|his|her)?\s*$", re.IGNORECASE)

# What to use instead, for the sauces and spreads asked about most: the first whose words fit
# the user's diet is said.
SWAPS: dict[str, tuple[str, ...]] = {
    "oyster sauce": (
        "Instead, a mushroom-based stir-fry sauce, or tamari with a pinch of sugar, gives the same savoury depth.",
        "Instead, a mushroom-based stir-fry sauce gives the same savoury depth (check the label).",
    ),
    "satay": ("Instead, a sauce made with sunflower-seed butter gives the same feel.",),
    "pesto": ("Instead, make it with sunflower or pumpkin seeds in place of the pine nuts, and nutritional yeast in place of the parmesan.",),
    "fish sauce": ("Instead, use soy sauce or tamari with a squeeze of lime.", "Instead, use a squeeze of lime and a pinch of salt."),
    "shake": (
        "Instead, a shake of pea or soy protein (a plant-based powder, 20-25 g protein a scoop) blended with oat milk and a banana does the same job after training.",
        "Instead, a shake of pea or rice protein (a plant-based powder, 20-25 g protein a scoop) blended with rice milk and a banana does the same job after training.",
    ),
    "whey": (
        "Instead, pea or soy protein (a plant-based powder) gives the same 20-25 g a scoop.",
        "Instead, pea or rice protein (a plant-based powder) gives the same 20-25 g a scoop.",
    ),
    "casein": ("Instead, pea or soy protein (a plant-based powder) gives the same protein.", "Instead, pea or rice protein (a plant-based powder) gives the same protein."),
    "ghee": ("Instead, cook with olive, rapeseed or coconut oil.",),
    "butter": ("Instead, use olive oil or a dairy-free spread.",),
    "paneer": ("Instead, firm tofu takes the same spices and holds its shape.", "Instead, chickpeas or potato take the same spices."),
    "custard": ("Instead, oat milk thickened with cornflour, a little sugar and vanilla makes the same pudding, free of egg and dairy.",),
    "aioli": ("Instead, garlic blended into an egg-free (vegan) mayo.",),
    "mayo": ("Instead, an egg-free mayo (a vegan one) works the same.",),
    "mayonnaise": ("Instead, an egg-free mayo (a vegan one) works the same.",),
    "pancake": (
        "Instead, make them with oat milk, and 1 tbsp ground flaxseed soaked in 3 tbsp water (or half a mashed banana) as the binder.",
        "Instead, make them on gluten-free flour with rice milk, and half a mashed banana as the binder.",
    ),
}

# Swaps said only when the user asks whether they may have the ingredient ("can I still have
# soy sauce?"), not offered as an idea for "what about couscous?".
INGREDIENT_SWAPS: dict[str, tuple[str, ...]] = {
    "hing": ("Instead, use a hing labelled gluten-free (cut with rice flour), or leave it out: a little more garlic and onion in the tadka.",),
    "asafoetida": ("Instead, use an asafoetida labelled gluten-free (cut with rice flour), or leave it out: a little more garlic and onion.",),
    "soy sauce": (
        "Instead, use tamari (brewed without wheat) or a soy sauce labelled gluten-free; then the dish is fine.",
        "Instead, coconut aminos gives the same salty, savoury taste without soya or wheat.",
    ),
    "teriyaki": (
        "Instead, make the glaze with tamari or a soy sauce labelled gluten-free, honey and ginger.",
        "Instead, make the glaze with coconut aminos, honey and ginger.",
    ),
    "malt vinegar": ("Instead, cider vinegar, wine vinegar or balsamic are gluten-free.",),
    "beer": ("Instead, choose a beer labelled gluten-free, cider, wine or spirits.",),
    "lager": ("Instead, choose a lager labelled gluten-free, cider, wine or spirits.",),
    "stock cube": ("Instead, use stock cubes or pots labelled gluten-free.",),
    "gravy": ("Instead, use gravy granules labelled gluten-free, or thicken the juices with cornflour.",),
    "couscous": ("Instead, quinoa, rice or buckwheat work the same way.",),
    "bulgur": ("Instead, quinoa, rice or buckwheat work the same way.",),
    "porridge": ("Instead, make it with oats labelled gluten-free.",),
    "oats": ("Instead, choose oats labelled gluten-free.",),
    "hummus": ("Instead, a dip of white beans or chickpeas blended with olive oil, lemon and garlic, without tahini.",),
    "tahini": ("Instead, a dressing of olive oil, lemon and garlic, or sunflower-seed butter in place of tahini.",),
    "worcestershire": ("Instead, a dash of soy sauce or tamari with lemon gives the same savoury kick, or look for an anchovy-free (vegan) brand.",),
    "caesar dressing": ("Instead, a dressing of olive oil, lemon, garlic and mustard.",),
    "korma": ("Instead, a tomato-based curry such as a madras or jalfrezi, without nuts or cream.",),
}


def _with_sauce(asked: str, mention: Mention) -> str:
    """The food as the user wrote it, with a "sauce" that follows ("oyster" -> "oyster sauce")."""
    words = asked[mention.start : mention.end].lower()
    follows = re.match(r"\s+(sauce|paste|dressing)\b", asked[mention.end :], re.IGNORECASE)
    return f"{words} {follows.group(1).lower()}" if follows and not words.endswith(follows.group(1).lower()) else words


ONE_OF = re.compile(r"\b(?:a|an|one|this|that)\s+$")


def _why(words: str, mention: Mention, person: str, plural: bool = False) -> str:
    # the longest ingredient named whose allergen is one this food breaks ("peanut butter", not "butter")
    keys = sorted((key for key in MADE_OF if re.search(rf"\b{re.escape(key)}s?\b", words)), key=len, reverse=True)
    made = next((MADE_OF[key][1] for key in keys[:1] if set(MADE_OF[key][0]) & set(mention.breaks)), None)
    if made is None and (dish := dish_allergens(words)) is not None:
        made = f"{words} {'are' if plural else 'is'} usually made with {dish[1]}"
    owner = {"you": "your", "him": "his", "her": "her", "them": "their"}[person]
    nouns = [ALLERGY_NOUNS[key] for key in mention.breaks if key in ALLERGY_NOUNS]
    others = [said for key, said in mention.breaks.items() if key not in ALLERGY_NOUNS]
    if nouns:
        rules = f"{owner} {nouns[0]} allergy rules" if len(nouns) == 1 else f"{owner} {_listing(nouns)} allergies rule"
        return f"{made}, and {rules} {'them' if plural else 'it'} out" if made else f"{rules} {words} out"
    others = [reason.replace("you're coeliac", {"you": "you're coeliac", "him": "he's coeliac", "her": "she's coeliac", "them": "they're coeliac"}[person]) for reason in others]
    if made:  # "malt vinegar is made from barley, so it's not gluten-free, and you're coeliac"
        return f"{made}, so it's " + "; ".join(f"{reason}" if reason.startswith("not ") else reason for reason in others)
    return "; ".join(f"{words} is {reason}" if reason.startswith("not ") else reason for reason in others)


def _plural(words: str) -> bool:
    """ "oats", "eggs", "chips" are plural; "hummus", "couscous", "swiss" are not."""
    last = words.split()[-1] if words.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _listing(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# "is there gluten in soy sauce?", "does hummus have sesame in it?", "does beer contain wheat?":
# whether a food carries an allergen, asked about the allergen.
CONTAINS_QUESTION = (
    re.compile(r"^(?:and |so |but |wait,? )?(?:is|are) there (?:any |some )?(?P<allergen>[a-z]+(?: nuts?)?) in (?:a |an |the |my |regular |normal )?(?P<food>[a-z][a-z '&-]*?)\??$"),
    re.compile(
        r"^(?:and |so |but |wait,? )?(?:does|do|can|could|would|will) (?:a |an |the |my |regular |normal )?(?P<food>[a-z][a-z '&-]*?) "
        r"(?:have|contain|has|got) (?:any |some )?(?P<allergen>[a-z]+(?: nuts?)?)(?: in (?:it|them))?\??$"
    ),
    re.compile(r"^(?:and |so |but )?(?:is|are) (?:a |an |the |my |regular |normal )?(?P<food>[a-z][a-z '&-]*?) (?P<allergen>gluten|dairy|egg|nut|wheat|soy|sesame)[- ]?free\??$"),
)


def contains_answer(text: str, prefs: DietPrefs) -> str | None:
    """ "Yes — regular soy sauce is brewed from soya beans and wheat ..." for "is there gluten in
    soy sauce?" when the food usually carries the allergen, with why it matters for the user
    and a swap; None when the question is no such one, or the food doesn't carry it (a plain
    "no" is never said: recipes vary)."""
    low = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    for pattern in CONTAINS_QUESTION:
        found = pattern.match(low)
        if found is None:
            continue
        keys = [key for key in canonical_allergies([found.group("allergen")]) if key in ALLERGY_NOUNS]
        if not keys:
            return None
        food = found.group("food").strip()
        asked_free = pattern is CONTAINS_QUESTION[2]
        probe = DietPrefs(allergies=tuple(keys), gluten_free="gluten" in keys, conditions=("coeliac",) if "gluten" in keys else ())
        hits = violations(food, probe)
        if not hits:
            return None
        mention = hits[0]
        words = food[mention.start : mention.end]
        made = _made_of(words, set(mention.breaks))
        lead = "No" if asked_free else "Yes"
        carried = " and ".join(label(key) for key in keys)
        reason = made or f"{words} usually contains {carried}"
        lines = [f"{lead} — {reason}."]
        mine = violations(food, prefs) if not prefs.is_default else []
        if mine:
            swaps = [swap for key, options in {**INGREDIENT_SWAPS, **SWAPS}.items() if re.search(rf"\b{re.escape(key)}s?\b", words)
                     for swap in options if not violations(swap, prefs)][:1]
            lines.append("So it isn't safe for you." + (" " + swaps[0] if swaps else ""))
        elif not asked_free and "usually" in reason:
            lines.append("Recipes and brands vary, so check the label's allergen list.")
        return " ".join(lines)
    return None


def _made_of(words: str, breaks: set[str]) -> str | None:
    keys = sorted((key for key in MADE_OF if re.search(rf"\b{re.escape(key)}s?\b", words)), key=len, reverse=True)
    made = next((MADE_OF[key][1] for key in keys[:1] if set(MADE_OF[key][0]) & breaks), None)
    if made is None and (dish := dish_allergens(words)) is not None:
        made = f"{words} is usually made with {dish[1]}"
    return made


# "the label says may contain peanuts, can I eat it?", "what does 'made in a factory that handles
# nuts' mean for me?": a precautionary allergen label asked about (FSA: precautionary allergen
# labelling; Anaphylaxis UK; Coeliac UK: 'may contain' and gluten-free labels).
MAY_CONTAIN = re.compile(
    r"\b(?:may|might|can|could) (?:also )?contain(?: traces(?: of)?)?\b|\btraces? of\b|\b(?:made|produced|packed|processed|manufactured) "
    r"(?:in|on|at) (?:a |the )?(?:same )?(?:factory|facility|kitchen|site|line|premises|environment)\b|\bsame (?:factory|facility|production line|line)\b|"
    r"\bfactory that (?:also )?(?:handles|uses)\b|\bnot suitable for \w+ (?:allergy )?sufferers\b"
)
_NAMED_AFTER = re.compile(r"(?:contain(?: traces(?: of)?)?|traces? of|handles|uses|for) (?P<word>[a-z]+(?: nuts?| butter)?)")


def _ask_parents(low: str) -> str:
    """For another family's child at a party or a playdate: ask the parents."""
    if re.search(r"\b(?:one of the (?:kids|children|guests)|(?:a|the|one) (?:kid|child|guest|friend)|(?:kids|children|guests) coming|friend'?s (?:son|daughter|kid))\b", low):
        return " Check with the child's parents too: they know which brands and foods are safe for them."
    return ""


def may_contain_answer(text: str, prefs: DietPrefs) -> str | None:
    """What a "may contain X" label means for the saved allergy or intolerance, when `text` asks
    about one; None otherwise. An allergy: treat it as a no. Coeliac: a no, choose "gluten-free".
    Lactose intolerance: traces are usually tolerated."""
    low = _unaccented(text).lower().replace("’", "'")
    if not MAY_CONTAIN.search(low) or not re.search(r"\?|\b(?:can i|is it|ok|okay|safe|mean|should i|eat it|have it)\b", low):
        return None
    named = [key for found in _NAMED_AFTER.finditer(low) for key in canonical_allergies([found.group("word")]) if key in ALLERGY_NOUNS]
    allergic = [a for a in (named or prefs.allergies) if a in prefs.allergies]
    if allergic:
        nouns = [ALLERGY_NOUNS[a] for a in allergic]
        what = _listing([label(a) for a in allergic])
        return (
            f"No — with your {_listing(nouns)} {'allergy' if len(nouns) == 1 else 'allergies'}, treat a “may contain {what}” or "
            "“made in a factory that handles ...” label as a no. It means the maker can't rule out traces, and with an allergy a trace can be "
            "enough to cause a reaction, so the FSA and Anaphylaxis UK advise avoiding it. Choose a version without the warning, or one labelled free "
            f"from it, and keep your adrenaline pen with you if you carry one.{_ask_parents(low)}"
        )
    if prefs.gluten_free and (not named or "gluten" in named):
        oats = (
            " Oats are no exception: ordinary oats (and flapjacks made with them) pick up wheat in the field and the mill, so only oats labelled "
            "gluten-free are safe." if re.search(r"\b(?:oats?|oaty|flapjacks?|porridge|granola)\b", low) else ""
        )
        return (
            "Best avoided: with coeliac disease even traces of gluten do harm, so Coeliac UK advises not eating foods labelled “may contain gluten” "
            f"(or wheat, barley or rye). Choose ones labelled gluten-free: that means under 20 parts per million, which is safe for coeliacs.{oats}{_ask_parents(low)}"
        )
    if prefs.lactose_free and (not named or "dairy" in named):
        return (
            "Usually yes for lactose intolerance: a “may contain milk” label warns of traces, and most people with lactose intolerance handle "
            "small amounts of lactose (up to about 12 g at once, a glass of milk's worth, in studies) without symptoms. It's different for a milk "
            "allergy, where traces matter and the label means no."
        )
    return None


# "what's a good swap for peanut butter?", "what can I use instead of eggs in baking?", "what can I
# swap pasta for?": a food the saved diet rules out, and what to use in its place.
_SWAP_TAIL = r"(?: (?:with|in|when|for|on|so|because|that|which)\b.*)?$"
SWAP_ASKED = (
    re.compile(rf"\b(?:swap|substitute|sub|alternative|replacement|replace|switch)s?\b(?: (?:for|to|of))? (?:the |my |a |an |some )?(?P<food>[a-z][a-z' -]*?){_SWAP_TAIL}"),
    re.compile(rf"\b(?:instead of|in place of|rather than) (?:the |my |a |an |some )?(?P<food>[a-z][a-z' -]*?){_SWAP_TAIL}"),
)
DIET_SWAPS: dict[str, tuple[str, ...]] = {
    "peanut butter": (
        "sunflower-seed butter or pumpkin-seed butter spreads the same way (pick one made in a nut-free factory)",
        "a spread of mashed avocado or hummus on toast",
    ),
    "pasta": ("pasta labelled gluten-free (rice, corn, buckwheat or lentil pasta), rice noodles, rice or potatoes",),
    "bread": ("bread labelled gluten-free, corn tortillas, rice cakes or a baked potato",),
    "milk": ("a calcium-fortified oat milk or soy milk", "a calcium-fortified oat milk or rice milk", "a calcium-fortified rice milk"),
    "cheese": ("nutritional yeast for the savoury taste, or a dairy-free cheese (check it's nut-free if you need that)",),
    "yogurt": ("a coconut or soy yogurt with added calcium", "a coconut yogurt with added calcium"),
    "egg": (
        "1 tbsp ground flaxseed soaked in 3 tbsp water per egg, or half a mashed banana, in baking; for a scramble, crumbled firm tofu",
        "1 tbsp ground flaxseed soaked in 3 tbsp water per egg, or half a mashed banana, in baking",
    ),
    "flour": ("a gluten-free flour blend (rice, potato and tapioca) or ground oats labelled gluten-free",),
    "soy sauce": ("tamari labelled gluten-free", "coconut aminos"),
    "tahini": ("sunflower-seed butter thinned with lemon juice",),
    "butter": ("olive oil or a dairy-free spread",),
    "almond milk": ("a calcium-fortified oat milk or soy milk", "a calcium-fortified oat milk"),
}


def swap_answer(text: str, prefs: DietPrefs) -> str | None:
    """ "Instead of peanut butter: sunflower-seed butter ..." when `text` asks for a swap for a food
    that breaks `prefs`; None when it asks none, the food fits, or no swap fits."""
    if prefs.is_default:
        return None
    low = _unaccented(text).lower().replace("’", "'").rstrip(" ?!.")
    for pattern in SWAP_ASKED:
        found = pattern.search(low)
        if found is None:
            continue
        food = found.group("food").strip()
        key = next((key for key in sorted(DIET_SWAPS, key=len, reverse=True) if re.search(rf"\b{re.escape(key)}s?\b", food)), None)
        if key is None or not violations(key, prefs):
            continue
        # a swap names the food it replaces ("pasta labelled gluten-free", "per egg"): only the rest is checked
        swap = next((option for option in DIET_SWAPS[key] if not violations(re.sub(rf"\b{re.escape(key)}s?\b", " ", option), prefs)), None)
        if swap is None:
            return None
        plural = "s" if key in ("egg",) else ""
        return f"Instead of {key}{plural}, for you: {swap}."
    return None


# "there's a party with pancakes and cake, which one can she have?": which of the foods named fits.
WHICH_OF = re.compile(
    r"(?i)\bwhich (?:one|ones|of (?:them|these|those|the two|the three|it)|is|are|can|could|would|should)\b[^.?!]{0,40}?\b(?:have|eat|ok|okay|safe|fine|allowed)\b"
)
_NAMED_LIST = re.compile(
    r"(?P<list>(?:[a-z'-]+ ){0,3}[a-z'-]+(?:, (?:[a-z'-]+ ){0,3}[a-z'-]+)*,? (?:and|or|&) (?:[a-z'-]+ ){0,2}[a-z'-]+)\s*[,.;:!?—–-]*\s*$"
)
_LEAD_IN = re.compile(r"^.*\b(?:with|serving|having|has|have|of|either|like|offering|there'?s|there are|there will be|gets?|got|planning|doing|making|cooking)\s+")
# What party and café foods are usually made with, said beside the allergy they break.
USUALLY_MADE = (
    (re.compile(r"\b(?:pancakes?|crepes?|waffles?|yorkshire puddings?)\b"), "milk, eggs and wheat flour"),
    (re.compile(r"\b(?:cakes?|cupcakes?|muffins?|brownies?|sponge|cookies?|biscuits?|birthday cake)\b"), "eggs, butter or milk and wheat flour"),
    (re.compile(r"\b(?:ice cream|ice-cream|gelato)\b"), "milk and cream, often egg"),
    (re.compile(r"\bpizzas?\b"), "a wheat base and cheese"),
    (re.compile(r"\b(?:quiche|custard)\b"), "eggs and milk or cream"),
)


def _named_foods(clause: str) -> list[str]:
    """ "pancakes", "cake" from "... a birthday party saturday with pancakes and cake"."""
    found = _NAMED_LIST.search(clause.lower())
    if found is None:
        return []
    named = _LEAD_IN.sub("", found.group("list"))
    items = [re.sub(r"^(?:a|an|the|some|any|maybe|probably)\s+", "", part.strip()) for part in re.split(r",\s*|\s+(?:and|or|&)\s+", named)]
    return [item for item in items if item and item not in ("it", "that", "this", "them", "stuff", "things")]


# A menu planned for guests, checked: "hosting saturday, one guest has a sesame allergy. i was
# going to do hummus, falafel and a halloumi salad. thoughts?"
MENU_ASKED = re.compile(
    r"(?i)\b(?:thoughts|what do you think|(?:is|would) (?:that|this|it|everything|all that) (?:be )?(?:ok|okay|safe|fine|alright)|all (?:good|ok|okay|safe|fine)|"
    r"any (?:problems?|issues?)|will (?:that|this|it) (?:work|be ok|be okay|be fine)|how (?:do|can|should) i adapt)\b"
)
HOSTING = re.compile(r"(?i)\b(?:hosting|going to (?:do|make|cook|serve)|was (?:going|planning|thinking)|planning|menu|cook(?:ing)? for|serving|dinner party)\b")


def _asked_which(text: str) -> re.Match[str] | None:
    """Where "which one can she have?" (or a planned menu's "thoughts?") is asked."""
    return WHICH_OF.search(text) or (MENU_ASKED.search(text) if HOSTING.search(text) else None)


def which_answer(text: str, prefs: DietPrefs) -> str | None:
    """For "which one can she have?" over foods named in the message: each food and whether it
    breaks `prefs` (what in it usually does), then what to do at a party or a meal out; None when
    the message asks no such thing or names no foods."""
    if prefs.is_default:
        return None
    asked = _asked_which(text)
    if asked is None:
        return None
    foods = _named_foods(text[: asked.start()].rstrip(" ,;:—–-")) or _named_foods(text[asked.end():].strip(" ?!.").removeprefix("of "))
    if len(foods) < 2:
        return None
    person = "you" if re.search(r"(?i)\b(?:i|me|we)\b", text[asked.start():]) else who(text)
    owner = {"you": "your", "him": "his", "her": "her", "them": "their"}[person]
    lines: list[str] = []
    out: list[str] = []
    avoided = (*prefs.allergies, *(("gluten",) if prefs.gluten_free else ()), *(("dairy",) if prefs.lactose_free else ()))
    for food in foods:
        broken = violations(food, prefs)
        if broken:
            out.append(food)
            usual = next((made for pattern, made in USUALLY_MADE if pattern.search(food)), None)
            why = _why(food, broken[0], person, _plural(food))
            if usual and " made " not in why:
                why = f"usually made with {usual}, so {why}"
            lines.append(f"• **{food[:1].upper() + food[1:]}**: {why}.")
        elif often := often_contains(re.sub(r"\bbrownies?\b", "cake", food), avoided):
            out.append(food)  # "brownies" with a nut allergy: often nuts in them, so not a safe pick
            lines.append(f"• **{food[:1].upper() + food[1:]}**: ⚠️ {often[:1].lower() + often[1:]}; only with a label or the baker's word.")
        else:
            lines.append(f"• **{food[:1].upper() + food[1:]}**: nothing in it usually breaks {owner} diet ({prefs.describe()}), but recipes vary, so check how it's made.")
    if len(out) == len(foods):
        lead = f"Neither is safe for {person} as usually made." if len(foods) == 2 else f"None of them is safe for {person} as usually made."
    elif out:
        lead = f"Only {_listing([f for f in foods if f not in out])} could suit {person}; {_listing(out)} usually {'do' if len(out) > 1 or _plural(out[0]) else 'does'} not."
    else:
        lead = f"Both could suit {person}, if made the usual way." if len(foods) == 2 else f"All of them could suit {person}, if made the usual way."
    if HOSTING.search(text) and not re.search(r"(?i)\b(?:restaurant|takeaway|order\w*|menu)\b", text):
        # "hosting saturday, one guest has a sesame allergy ... thoughts?": the host's own kitchen
        guest = {"you": "your guest", "him": "him", "her": "her", "them": "them"}[person]
        return "\n".join([lead, *lines, f"Check every label (spice mixes, breads, dressings), serve {guest} first with clean spoons and boards, and keep each dish's own serving spoon; ask {guest} which brands are safe."])
    if not re.search(r"(?i)\b(?:party|parties|birthday|host|hosts|friend'?s|house|sleepover|wedding|bbq|barbecue|picnic|school|play ?date)\b", text):
        return "\n".join([lead, *lines, "Ask the staff how each dish is made and tell them about the allergy; when in doubt, choose the simplest dish."])
    advice = (
        "Ask the host what's in them (or for the packaging), and bring "
        f"{owner if person != 'you' else 'your'} own safe treat so {'you' if person == 'you' else {'him': 'he', 'her': 'she', 'them': 'they'}[person]} "
        "can join in: for example a cupcake or pancakes made without the allergens, and a safe snack."
    )
    return "\n".join([lead, *lines, advice])


# "can I use lactose-free milk in the sauce for her?" with a milk allergy: a free-from word that
# does not free it from the allergen (the floor reads "lactose-free" as free of milk).
LACTOSE_FREE_DAIRY = re.compile(r"(?i)\blactose[- ]free\s+(?P<food>milk|cheese|yogh?urt|cream|butter|ice cream|whey|protein)\b")


def lactose_free_answer(text: str, prefs: DietPrefs, person: str = "you") -> str | None:
    """ "No — lactose-free milk is still cow's milk ..." when `text` asks about a lactose-free
    dairy food for someone with a milk allergy; None otherwise (lactose-free suits an intolerance)."""
    found = LACTOSE_FREE_DAIRY.search(text)
    if found is None or "dairy" not in prefs.allergies or not asks_if_ok(text) and not re.search(r"(?i)\b(?:can|could|may|should)\s+(?:i|we)\s+(?:use|put|add|make|cook|give|serve)\b", text):
        return None
    food = found.group("food").lower()
    owner = {"you": "your", "him": "his", "her": "her", "them": "their"}[person]
    return (
        f"No — lactose-free {food} isn't safe for {person}: it's still cow's milk. Only the lactose is broken down; the milk "
        f"proteins (casein and whey) that cause {owner} milk allergy are all still there. Use an unsweetened oat, soy or rice "
        "drink instead (and olive oil or a dairy-free spread for butter), and check every label for milk."
    )
