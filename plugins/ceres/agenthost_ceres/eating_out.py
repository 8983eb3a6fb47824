"""Eating out with a food allergy or coeliac disease, by cuisine: "going out for Thai tonight,
what can my son have?" with a peanut allergy saved, "coeliac here, chinese with work tonight,
what can i safely order?", "Morgen gehen wir zum Spanier, ist Paella okay?".

One answer, built from two tables: where each allergen hides in that cuisine
(`dish_warning.CUISINES`) and the dishes usually easier to ask about (`SAFER` below, each with
the allergens it usually carries, so only those that fit are offered). Around them: tell the
staff before ordering and ask about the cuisine's usual cross-contact, and carry the medicine.
Sources: FSA "Allergen guidance for food businesses" and the 14 allergens; Anaphylaxis UK
"Eating out"; Coeliac UK "Eating out" and "Cross contamination"; NHS "Food allergy".
Also: a coeliac's kitchen shared with others (`SHARED_KITCHEN`), from Coeliac UK's
"Avoiding cross contamination" advice.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from agenthost_ceres.allergens import ALLERGY_NOUNS, DISH_ALLERGENS, dish_pattern, key_of
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.dish_warning import CUISINES, WITH

# Each cuisine of `CUISINES` by name: the words that name it in the languages Ceres reads
# (beside the English of `CUISINES`), what to ask the staff about there, and the dishes usually
# easier to check, with the allergens each usually carries (recipes vary: the answer says "ask").
FOREIGN = {
    "Thai": r"thail[äa]nder\b|thaï\w*|thailand\w*|tailand\w*|thail[äa]ndisch\w*|thais\b",
    "Vietnamese": r"vietnam\w*|pho\b",
    "Japanese": r"japaner\b|japon\w*|japan\w*|giappon\w*|izakaya",
    "Chinese": r"chinesen\b|chinois\w*|chino\b|china restaurant|chinesisch\w*|chinees\w*|chin[eê]s\w*|cinese|dim sum",
    "Indian": r"inder\b|indien\w*|indio\b|indisch\w*|indiano|indiaas\w*|indiana\b|india\b|\bindiano",
    "Lebanese or Middle Eastern": r"libanesen\b|t[üu]rken\b|liban\w*|arab\w* (?:place|restaurant)|moroccan|marocain",
    "Greek": r"griechen\b|grec\w*|griech\w*|grieks\w*|greco\b",
    "Korean": r"cor[ée]en\w*|coreano|koreanisch\w*",
    "Italian": r"italiener\w*|italien\w*|italiano|italiaans\w*|trattoria|pizza place|pizza hut",
    "Mexican": r"mexikaner\b|mexicain\w*|mexicano|mexikan\w*|mexicaans\w*",
    "Spanish": r"spanish (?:place|restaurant|food|tapas)|tapas|spanier\b|espagnol\w*|spanisch\w*|español\w*|espanhol\w*|spaans\w*",
    "burger or fast-food": r"mcdonald\W?s|burger king|kfc|five guys|nando\W?s|wendy\W?s|popeyes",
    "bakery or café": r"boulangerie|b[äa]ckerei|padaria|panader[ií]a|bakkerij|p[âa]tisserie|konditorei",
}
STAFF = {  # what to ask about there: where cross-contact happens in that kitchen
    "Thai": "shared woks, fryers, sauces and oils",
    "Vietnamese": "the dipping sauces, toppings and shared woks",
    "Japanese": "the soy sauce in marinades and dressings, and the shared fryer for battered food",
    "Chinese": "the sauces, marinades, shared woks and fryers",
    "Indian": "ground nuts in sauces, shared pans, ghee and fryers",
    "Lebanese or Middle Eastern": "the sauces, breads, shared grills and the falafel fryer",
    "Greek": "the dips, breads and shared grills",
    "Korean": "the sauces, marinades and sesame oil",
    "Italian": "the sauces, shared cooking water (gluten-free dishes need fresh water), boards and ovens",
    "Mexican": "the moles, shared fryers and tortillas",
    "Spanish": "the stocks, shared paella pans, fryers and sauces",
    "burger or fast-food": "shared fryers, buns and sauces",
    "bakery or café": "shared surfaces, ovens and tongs",
}
SAFER: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "Thai": (
        ("a green or red curry with chicken", frozenset({"fish", "shellfish"})),
        ("grilled chicken (gai yang) with sticky rice", frozenset({"fish", "soy", "gluten"})),
        ("tom kha chicken soup", frozenset({"fish", "shellfish"})),
        ("a chicken and basil stir-fry", frozenset({"fish", "soy", "gluten", "shellfish"})),
        ("steamed jasmine rice and fresh fruit", frozenset()),
    ),
    "Vietnamese": (
        ("pho with beef or chicken (rice noodles), no hoisin", frozenset({"fish"})),
        ("lemongrass chicken with rice", frozenset({"fish", "soy"})),
        ("fresh rice-paper rolls with chicken, dip on the side", frozenset({"fish", "shellfish", "peanuts"})),
        ("steamed rice with grilled pork", frozenset({"fish", "soy"})),
        ("plain steamed rice with fresh herbs and vegetables", frozenset()),
    ),
    "Japanese": (
        ("sashimi or salmon nigiri with tamari, a wheat-free soy sauce", frozenset({"fish", "soy"})),
        ("chicken yakitori with salt rather than sauce", frozenset()),
        ("cucumber or avocado maki", frozenset({"sesame", "fish", "soy", "gluten"})),
        ("plain rice and edamame", frozenset({"soy"})),
    ),
    "Chinese": (
        ("steamed chicken or fish with ginger and spring onion, no soy sauce", frozenset({"fish"})),
        ("plain steamed rice and stir-fried greens with garlic", frozenset({"soy", "gluten", "shellfish"})),
        ("egg fried rice made without soy sauce", frozenset({"egg"})),
        ("a chicken and vegetable stir-fry", frozenset({"soy", "gluten", "sesame", "shellfish"})),
        ("boiled rice and a Cantonese roast meat", frozenset({"soy", "gluten", "sesame"})),
    ),
    "Indian": (
        ("tandoori chicken or a chicken tikka", frozenset({"dairy"})),
        ("a tomato-based curry such as a jalfrezi or madras", frozenset({"dairy"})),
        ("dal with plain rice", frozenset({"dairy"})),
        ("chana masala (chickpeas) with rice", frozenset()),
    ),
    "Lebanese or Middle Eastern": (
        ("shish taouk (grilled chicken)", frozenset({"dairy"})),
        ("lamb or chicken kofta kebabs", frozenset({"gluten", "egg"})),
        ("fattoush salad with lemon dressing", frozenset({"gluten"})),
        ("grilled meat with rice and toum (garlic sauce)", frozenset({"gluten", "dairy", "egg"})),
        ("tabbouleh", frozenset({"gluten"})),
    ),
    "Greek": (
        ("chicken or pork souvlaki", frozenset({"dairy"})),
        ("Greek salad", frozenset({"dairy"})),
        ("grilled fish with lemon potatoes", frozenset({"fish"})),
        ("gigantes (baked beans in tomato)", frozenset()),
    ),
    "Korean": (
        ("grilled pork or beef with salt, lettuce wraps and rice", frozenset()),
        ("bibimbap without the sauce", frozenset({"egg", "sesame", "soy"})),
    ),
    "Italian": (
        ("pasta with a tomato and basil sauce", frozenset({"gluten", "egg"})),
        ("a margherita pizza", frozenset({"gluten", "dairy"})),
        ("grilled chicken with vegetables", frozenset()),
        ("risotto", frozenset({"dairy"})),
        ("a sorbet or fresh fruit for dessert", frozenset()),
    ),
    "Mexican": (
        ("chicken or beef tacos on corn tortillas", frozenset({"dairy"})),
        ("a burrito bowl with rice, beans and salsa", frozenset({"dairy"})),
        ("fajitas", frozenset({"gluten", "dairy"})),
        ("guacamole with corn chips", frozenset()),
    ),
    "Spanish": (
        ("grilled chicken, lamb or pork with potatoes", frozenset()),
        ("tortilla española (potato omelette)", frozenset({"egg"})),
        ("patatas bravas, if the fryer is not shared", frozenset({"egg"})),
        ("jamón, olives and a simple salad", frozenset()),
    ),
    "burger or fast-food": (
        ("a plain burger in a lettuce wrap", frozenset()),
        ("a grilled chicken burger", frozenset({"gluten", "sesame", "egg", "dairy"})),
        ("fries, if the fryer is only for fries", frozenset()),
    ),
    "bakery or café": (
        ("a pre-packed item with a full allergen label", frozenset()),
        ("fresh fruit or a yogurt pot", frozenset({"dairy"})),
        ("a black coffee or tea", frozenset()),
    ),
}
MEDICINE = ("peanuts", "tree_nuts", "sesame", "shellfish", "fish", "egg", "dairy", "soy")

# A question about eating there: ordering, eating out, which dishes are safe or to avoid.
ASKS = re.compile(
    r"\b(?:order\w*|restaurants?|resto|takeaway|take-away|takeout|place|eat(?:ing)? out|going (?:out|for)|go (?:out|for)|menu|joint|buffet|"
    r"tonight|friday|saturday|tomorrow|with (?:friends|work|colleagues)|colleagues|team lunch|safe\w*|avoid|ok|okay|fine|"
    r"can (?:i|he|she|we|they) (?:have|eat|get)|should (?:i|he|she|we|they) (?:have|eat|get|avoid)|wants?|"
    r"bestell\w*|restaurante|pedir|pido|command\w*|ordinare|zum|beim|essen gehen|sicher|s[ûu]r|seguro|evit\w*|[ée]viter|vermeiden|risque|risiko|riesgo)\b"
)
QUESTION = re.compile(r"\?|\b(?:what|which|how|can|could|should|is|are|any|tips?|ideas?|was|welche|quoi|quel\w*|qu[ée]|cu[aá]l\w*|o que|cosa)\b")


# Named as a cuisine (not a dish): enough with a question about it; a dish word ("burger", "pizza",
# "sushi") only counts with a place to eat it named.
NATIONAL = re.compile(
    r"\b(?:thai|vietnamese|japanese|chinese|indian|lebanese|middle eastern|turkish|persian|syrian|greek|korean|italian|mexican|spanish|nepalese|pakistani|bangladeshi)\b"
    r"|\b(?:thaï|thail|tailand|vietnam|japon|japan|giappon|chinois|chinesisch|chinees|cinese|chino|indien|indisch|indiano|indiaas|liban|grec|griech|grieks|cor[ée]en|coreano|koreanisch|italien|italiano|italiaans|mexicain|mexicano|mexikan|mexicaans|spanier|espagnol|spanisch|español|espanhol|spaans|inder\b|italiener|griechen\b|chinesen\b|japaner\b|mexikaner\b|libanesen\b|t[üu]rken\b)"
)
PLACE = re.compile(
    r"\b(?:order\w*|restaurants?|resto|takeaway|take-away|takeout|place|eat(?:ing)? out|going out|go out|menu|joint|chain|buffet|bakery|café|cafe|"
    r"bar|pub|diner|bistro|canteen|food court|chippy|chip shop|pizzeria|trattoria|tapas|kebab shop|curry house|"
    r"bestell\w*|restaurante|pedir|command\w*|ordinare|zum|beim|essen gehen)\b"
)
@cache
def _got_out() -> tuple[re.Pattern[str], ...]:
    """The cuisine as food got out: "he wants Thai food", "fancy a chinese", "korean bbq tonight"."""
    national = NATIONAL.pattern
    return (
        re.compile(rf"(?:{national})\w*\s+(?:food|takeaway|take-away|takeout|delivery|bbq|barbecue|buffet|tonight)\b"),
        re.compile(rf"\b(?:for|get|getting|grab|grabbing|ordering|wants?|fancy|having)\s+(?:a |an |some )?(?:{national})"),
    )


# Cooking it at home or hosting: a recipe's question, not the restaurant's.
AT_HOME = re.compile(r"\b(?:cook\w*|make|making|recipe|at home|hosting|host|homemade|home-made|bake|baking)\b")


# A restaurant in a city or region named instead of the cuisine: "ceno en un restaurante en Valencia",
# "eating out in Rome tonight": that country's kitchen (only with a restaurant or a meal out asked about).
CITIES = {
    "Spanish": r"valencia|madrid|barcelona|sevill[ae]|malaga|granada|bilbao|san sebastian|donostia|alicante|mallorca|majorca|ibiza|tenerife|benidorm|marbella|spain|espa[ñn]a|spanien|espagne|spagna|spanje|hiszpani\w*",
    "Italian": r"rome|roma|milan|milano|naples|napoli|florence|firenze|venice|venezia|bologna|turin|torino|sicily|sicilia|tuscany|toscana|italy|italia|italien|italie|itali[eë]|w[łl]och\w*",
    "Thai": r"bangkok|phuket|chiang mai|krabi|koh samui",
    "Japanese": r"tokyo|kyoto|osaka",
    "Greek": r"athens|crete|corfu|santorini|mykonos|rhodes",
    "Mexican": r"cancun|mexico city|tulum",
    "Vietnamese": r"hanoi|ho chi minh|saigon",
    "Korean": r"seoul|busan",
}


def cuisines_in(message: str, places: bool = False) -> list[str]:
    """The cuisines `message` names, in the order of `CUISINES` (at most two); with `places`,
    a city or country named stands for its kitchen when no cuisine is named."""
    low = message.lower()
    found = [name for name, pattern, _ in CUISINES if re.search(rf"\b(?:{pattern}|{FOREIGN.get(name, pattern)})", low)]
    if not found and places:
        plain = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        found = [name for name, pattern in CITIES.items() if re.search(rf"\b(?:{pattern})\b", plain)]
    return found[:2]


def asks_eating_out(message: str) -> list[str]:
    """The cuisines asked about when `message` asks what to order or avoid at one; else []."""
    low = message.lower()
    if not (ASKS.search(low) and QUESTION.search(low)) or (AT_HOME.search(low) and not PLACE.search(low)):
        return []
    if not (PLACE.search(low) or any(cue.search(low) for cue in _got_out())):
        return []
    return cuisines_in(message, places=bool(PLACE.search(low)))


def eater(message: str) -> str:
    """Whom the meal out is for: "him", "her", "them" (someone named), else "you"; "they have
    cannoli" is the restaurant, not a guest."""
    from agenthost_ceres.can_have import who  # imported late: it loads the floor's tables

    person = who(message)
    if person == "you" and (kin := re.search(r"(?i)\b(?:mon|ma|mi|mein\w*|meu|minha|mio|mia|mijn|onze|notre|nuestr[oa]) (?:(fils|hijo|sohn|filho|figlio|zoon|gar[çc]on|mann|mari|marido|novio|freund)|(fille|hija|tochter|filha|figlia|dochter|femme|frau|esposa|mujer|novia|freundin))\b", message)):
        return "him" if kin.group(1) else "her"
    if person == "them" and not re.search(r"(?i)\b(?:my|our|the) (?:kids?|children|family|friends?|guests?|colleagues?)\b", message):
        return "you"
    return person


def avoided(prefs: DietPrefs) -> list[str]:
    return list(dict.fromkeys([*prefs.allergies, *(("gluten",) if prefs.gluten_free else ()), *(("dairy",) if prefs.lactose_free else ())]))


def _whose(person: str) -> str:
    return {"him": "his", "her": "her", "them": "their"}.get(person, "your")


def condition(prefs: DietPrefs, person: str) -> str:
    """ "your peanut allergy", "his sesame and egg allergies", "coeliac disease"."""
    nouns = [ALLERGY_NOUNS.get(a, a).split("/")[-1] for a in prefs.allergies if a in ALLERGY_NOUNS]
    said = []
    if nouns:
        listed = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} and {nouns[-1]}"
        # "your peanut allergy", "your allergies to shellfish and sesame": the allergens always
        # read as the allergy's, never as food named on its own
        said.append(f"{_whose(person)} {listed} allergy" if len(nouns) == 1 else f"{_whose(person)} allergies to {listed}")
    if prefs.gluten_free and "gluten" not in prefs.allergies:
        said.append("coeliac disease" if "coeliac" in prefs.conditions or not said else "a gluten-free diet")
    return " and ".join(said)


def dishes_named(message: str, avoid: list[str]) -> list[str]:
    """The dishes `message` names that usually carry an avoided allergen, each with what it's made
    with: "pesto (pine nuts and parmesan)"."""
    key = key_of(message)
    named: dict[str, str] = {}
    for dish, (allergens, made) in DISH_ALLERGENS.items():
        if set(allergens) & set(avoid) and made not in named.values() and dish_pattern(dish).search(key):
            named[dish] = made
    return [f"{dish} ({BRACKETED.sub('', made)})" for dish, made in named.items()]


BRACKETED = re.compile(r"\s*\([^)]*\)")


def safer_dishes(cuisine: str, avoided: list[str], count: int = 3) -> list[str]:
    """The dishes of `cuisine` usually free of every avoided allergen, at most `count`."""
    return [dish for dish, carries in SAFER.get(cuisine, ()) if not carries & set(avoided)][:count]


def eating_out_answer(message: str, prefs: DietPrefs, person: str = "you") -> str | None:
    """What to avoid, ask and order at the cuisine(s) `message` asks about, for `prefs`' allergies
    or coeliac disease; None when it asks about no cuisine or no allergy or coeliac disease applies."""
    cuisines = asks_eating_out(message)
    if not avoided(prefs) or not cuisines:
        return None
    return eating_out_text(cuisines, prefs, person, message)


def eating_out_text(cuisines: list[str], prefs: DietPrefs, person: str = "you", message: str = "") -> str:
    """The answer for `cuisines`: dishes named in `message` that the allergy rules out, where the
    allergens hide there, what to ask the staff, the dishes easier to ask about, the medicine."""
    avoid = avoided(prefs)
    by_name = {name: hides for name, _, hides in CUISINES}
    lines = []
    if message and (named := dishes_named(message, avoid)):
        lines.append(f"⚠️ Skip {', '.join(named[:-1]) + ' and ' + named[-1] if len(named) > 1 else named[0]}: {'they usually carry' if len(named) > 1 else 'it usually carries'} what {condition(prefs, person)} rules out.")
    for name in cuisines:
        # as `cuisine_warnings` says it: "with your sesame allergy avoid hummus, ...", each list right after its "avoid"
        said = [f"with {WITH[a](prefs).replace('your ', _whose(person) + ' ', 1)} avoid {by_name[name][a]}" for a in avoid if a in by_name[name]]
        if said:
            article = "an" if name[0] in "AEIOU" else "a"
            lines.append(f"⚠️ At {article} {name} place, {'; '.join(said)}.")
    staff = " and ".join(dict.fromkeys(STAFF[name] for name in cuisines))
    tell = "Tell the staff about the allergy" if prefs.allergies else "Tell the staff you're coeliac"
    lines.append(f"{tell} before ordering and ask about {staff} (cross-contact); if they aren't sure, choose something else.")
    if any(a in MEDICINE for a in prefs.allergies):
        medicine = "Keep the prescribed adrenaline auto-injector (EpiPen) with you." if person == "you" else f"Keep {_whose(person)} prescribed adrenaline auto-injector (EpiPen) at hand."
    else:
        medicine = ""
    safer = [dish for name in cuisines for dish in safer_dishes(name, avoid, 3 if len(cuisines) == 1 else 2)]
    while True:  # under WORDS words: the fewer dishes to ask about, the shorter
        said = [*lines, *([f"Usually easier to ask about: {'; '.join(safer)}."] if safer else []), *([medicine] if medicine else [])]
        if len(safer) <= 1 or len(" ".join(said).split()) < WORDS:
            return "\n".join(said)
        safer.pop()


WORDS = 78


# Dishes whose traditional recipe leaves out what their family usually carries: "¿Y la paella
# valenciana?" is chicken and rabbit, not seafood, yet the pan and stock still need asking about.
TRADITIONAL: dict[str, tuple[str, frozenset[str], str]] = {
    "paella valenciana": (
        r"paella valenciana|valencian paella|paella de (?:pollo|conejo|pollo y conejo)",
        frozenset({"shellfish", "fish"}),
        "Paella valenciana is traditionally made with chicken, rabbit, green beans and butter beans, with no seafood, so it can be a good choice",
    ),
}


def dish_follow_up(message: str, prefs: DietPrefs, person: str = "you") -> str | None:
    """ "¿Y la paella valenciana? ¿La puedo pedir?" after the eating-out answer: that dish's own
    answer (its traditional recipe, or what it usually carries), or None when no such dish is named."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", message.lower()) if not unicodedata.combining(c))
    avoid = avoided(prefs)
    for pattern, free_of, said in TRADITIONAL.values():
        if re.search(rf"\b(?:{pattern})\b", plain) and avoid and set(avoid) <= free_of | {"gluten", "dairy", "egg", "soy"}:
            return (
                f"{said} with {condition(prefs, person)}. Still ask before ordering: tell the staff about the allergy and check it has no seafood stock "
                "and is cooked in its own pan, since many places make seafood paella alongside it. If they can't be sure, pick a grilled meat dish instead."
            )
    named = dishes_named(message, avoid)
    if not named and QUESTION.search(plain) and len(plain.split()) <= 12:
        from agenthost_ceres.floor import violations  # imported late: it loads the food table

        named = [message[m.start : m.end] for m in violations(plain, prefs)][:1]
    if named and prefs.gluten_free and set(avoid) <= {"gluten", "dairy"}:
        return (
            f"⚠️ Not the ordinary kind: {named[0]} usually has gluten, which coeliac disease rules out. Only a certified gluten-free version, "
            "made apart, is safe: ask the staff whether it's gluten-free and how it's kept separate, since shared ovens, boards and pasta water "
            "are where cross-contamination happens. If they can't be sure, choose something else."
        )
    if named:
        return (
            f"⚠️ Better not: {named[0]} usually carries what {condition(prefs, person)} rules out. "
            "Tell the staff about the allergy and ask for a dish made without it, cooked apart; if they can't be sure, choose something else."
        )
    return None


# A coeliac's kitchen shared with others: what needs its own, and what a wash makes fine
# (Coeliac UK, "Avoiding cross contamination"; Beyond Celiac, "Sharing a kitchen").
SHARED_KITCHEN: tuple[tuple[str, str], ...] = (
    (r"toast(?:er|ie)s?|grill", "Toaster: not after washing, since crumbs stay inside; use your own toaster or toaster bags"),
    (r"colanders?|sieves?|strainers?", "Colander: get your own, since pasta starch sticks in the holes and is hard to clean"),
    (r"butter|spreads?|jam|jars?|peanut butter|marmalade|mayo\w*", "Butter, spreads and jars: keep your own, labelled, since knives carry crumbs"),
    (r"boards?|chopping|wooden spoons?|wooden", "Chopping boards and wooden spoons: your own, since scratches hold gluten"),
    (r"fryers?|frying oil|oil", "Fryer or oil: never shared with breaded or battered food"),
    (r"oats|porridge", "Oats: only ones labelled gluten-free"),
    (r"pans?|pots?|plates?|cutlery|dishes|washing up|dishwasher|baking trays?|trays?", "Pans, plates and cutlery: fine after a normal wash with hot soapy water"),
)
SHARED_ASKED = re.compile(
    r"\b(?:same|shared?|sharing|separate|their|flatmates?\W?|housemates?\W?|roommates?\W?|family\W?s?|partner\W?s?|wash\w*|clean\w*|own)\b"
)


# The home's things, or the people it's shared with: "is a shared fryer a problem?" alone is eating out.
AT_HOME_KITCHEN = re.compile(
    r"\b(?:toast(?:er|ie)?s?|colanders?|sieves?|strainers?|butter|spreads?|jam|jars?|(?:chopping )?boards?|"
    r"(?:flat|house|room)mates?\W?s?|family|partner|home|kitchen)\b"
)


def shared_kitchen_answer(message: str, prefs: DietPrefs) -> str | None:
    """ "can I use the same toaster and colander as my flatmates if I wash them first?" with
    coeliac disease: each thing named, with what to do; None when none is named or no gluten-free
    diet applies."""
    low = message.lower()
    if not prefs.gluten_free or not SHARED_ASKED.search(low):
        return None
    named = [advice for pattern, advice in SHARED_KITCHEN if re.search(rf"\b(?:{pattern})\b", low)]
    if not named or not QUESTION.search(low) or not AT_HOME_KITCHEN.search(low):
        return None
    if len(named) < 3:
        named += [advice for _, advice in SHARED_KITCHEN if advice not in named][: 3 - len(named)]
    lines = ["With coeliac disease, even crumbs matter, so some things need to be your own to avoid cross-contamination:"]
    lines += [f"• {advice}." for advice in named]
    return "\n".join(lines)
