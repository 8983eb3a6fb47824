"""Everyday life with a food allergy or a medical diet, asked in any of the seven languages:

    "Ik ben allergisch voor pinda's. Waar moet ik op letten bij het boodschappen doen?"  -> shopping
    "she has a school trip next week, what do I tell the teachers?"                       -> school
    "can she have baked stuff like muffins or pancakes?" (egg allergy)                    -> baked egg
    "her 1st birthday is next month, what cake can I make?"                               -> a cake that fits
    "my sister in law is vegan ... what main can I cook that everyone will like?"         -> a main for all
    "on low FODMAP for my IBS, what can I take to work for lunch?"                        -> low FODMAP food

Each answer is built for the allergies saved (or said in the same message) and names only foods
that fit them: the cake and main tables carry the allergens of each dish, and every low FODMAP
food is one Monash University lists as low at the portion given. Sources: Food Standards Agency
allergen labelling (the 14 allergens emphasised; precautionary "may contain" labels); Anaphylaxis
UK and Allergy UK (school allergy action plans, two adrenaline auto-injectors); BSACI egg allergy
guidance and the NHS (baked egg only on the allergy team's advice, the egg ladder); NHS Start4Life
(no honey before 12 months, little added sugar); Monash University low FODMAP diet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from agenthost_ceres.allergens import ALLERGY_NOUNS
from agenthost_ceres.diet import DietPrefs
from agenthost_ceres.labels import FREE_FROM_LABEL


def plain(text: str) -> str:
    """Lower case, straight apostrophes, accents off ("pinda’s" -> "pinda's", "gâteau" -> "gateau")."""
    low = text.lower().replace("’", "'")
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)).replace("ł", "l")


def _listing(words: list[str], joiner: str = "and") -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {joiner} {words[-1]}"


def allergy_words(prefs: DietPrefs, whose: str = "your") -> str:
    """ "your peanut allergy", "her egg and milk allergies", "your coeliac disease"."""
    nouns = [ALLERGY_NOUNS[a].split("/")[-1] for a in prefs.allergies if a in ALLERGY_NOUNS]
    if nouns:
        return f"{whose} {_listing(nouns)} {'allergy' if len(nouns) == 1 else 'allergies'}"
    if prefs.gluten_free:
        return f"{whose} coeliac disease" if "coeliac" in prefs.conditions else f"{whose} gluten-free diet"
    return f"{whose} allergy"


def free_words(prefs: DietPrefs) -> list[str]:
    """What the food leaves out, in plain words: ["peanuts", "tree nuts", "eggs"]."""
    words = {"peanuts": "peanuts", "tree_nuts": "tree nuts", "dairy": "milk", "egg": "eggs", "gluten": "gluten", "soy": "soya", "sesame": "sesame", "fish": "fish", "shellfish": "shellfish"}
    return [words.get(a, a) for a in avoided(prefs)] or ["animal products"]


def avoided(prefs: DietPrefs) -> list[str]:
    """The allergens to keep out: the saved allergies, gluten for a gluten-free diet, milk when lactose-free."""
    return list(dict.fromkeys([*prefs.allergies, *(("gluten",) if prefs.gluten_free else ()), *(("dairy",) if prefs.lactose_free else ())]))


# ---------------------------------------------------------------- shopping with an allergy

# Food shopping, in the seven languages (plain text).
SHOPPING = re.compile(
    r"\b(?:(?:food |grocery |weekly |the )?shopping|groceries|grocery|supermarkets?|food shops?|at the shops?|buying food|"
    r"(?:hacer |haciendo )?(?:la )?compras?|supermercados?|mercadona|(?:faire |fais |je fais )?(?:les |mes )?courses|supermarches?|hypermarche|"
    r"einkaufen|einkauf|einkaufe|lebensmitteleinkauf|supermarkt\w*|(?:fare |faccio )?(?:la )?spesa|supermercat\w*|"
    r"boodschappen\w*|winkelen|zakup\w*|sklep\w*|supermarket\w*)\b"
)
# What to watch for, or a question at all: "waar moet ik op letten", "worauf muss ich achten", "à quoi dois-je faire attention".
WATCH = re.compile(
    r"\b(?:look(?:ing)? (?:out )?for|watch(?:ing)? (?:out )?for|careful|attention|attenzione|atencao|cuidado|tips?|consejos?|conseils?|dicas?|consigli|tipps?|"
    r"letten|opletten|achten|aufpassen|fijarme|fijar|prestare|uwazac|uwage|na co|what should|how do|should i|what do|"
    r"que debo|que tengo|a quoi|worauf|waarop|waar moet|o que devo|cosa devo|a cosa)\b"
)
# Other names each allergen goes by on an ingredients list (FSA; Anaphylaxis UK "hidden" names).
OTHER_NAMES = {
    "peanuts": "groundnuts, monkey nuts, arachis oil, peanut flour",
    "tree_nuts": "almonds, hazelnuts, walnuts, cashews, praline, marzipan",
    "dairy": "whey, casein, lactose, butter, cream, cheese, ghee",
    "egg": "albumin, egg powder, mayonnaise, meringue",
    "soy": "soya, soybean, tofu, edamame, miso, soya lecithin",
    "gluten": "wheat, rye, barley, spelt, malt, ordinary oats",
    "sesame": "sesame seeds, tahini, sesame oil",
    "fish": "anchovies, fish sauce, Worcestershire sauce",
    "shellfish": "prawns, shrimp, crab, lobster, shrimp paste",
}
# The "may contain" warning as it is printed in each language, so the user knows it on the pack.
MAY_CONTAIN = (
    (re.compile(r"\b(?:boodschappen|winkel|ik|mijn|wat|waar|moet|een|het|voor|pinda'?s)\b"), "kan sporen van … bevatten"),
    (re.compile(r"\b(?:einkauf\w*|ich|mein\w*|worauf|muss|bei|supermarkt)\b"), "kann Spuren von … enthalten"),
    (re.compile(r"\b(?:courses|je|mes|quoi|dois|faire|supermarche)\b"), "peut contenir des traces de …"),
    (re.compile(r"\b(?:sou|estou|fazer|nas compras|o que|voce|mercado)\b"), "pode conter vestígios de …"),
    (re.compile(r"\b(?:spesa|sono|cosa|devo|fare|supermercato|mia|mio)\b"), "può contenere tracce di …"),
    (re.compile(r"\b(?:compras?|soy|estoy|que|debo|tengo|hacer)\b"), "puede contener trazas de …"),
    (re.compile(r"\b(?:zakup\w*|sklep\w*|jestem|mam|na co)\b"), "może zawierać …"),
)


# Meal ideas asked beside the shop ("what can I buy at the supermarket for high-protein dinners?", "packed lunch
# ideas, supermarket stuff is fine"): the ideas' answer, not how to shop.
IDEAS_ASKED = re.compile(r"\b(?:ideas?|lunch\w*|dinners?|breakfasts?|snacks?|meals?|recipes?|abendessen|mittagessen|fruhstuck|cena|pranzo|almuerzo|diner|dejeuner|avondeten|jantar|almoco|obiad|kolacj\w*)\b")


def asks_shopping(message: str) -> bool:
    """True when `message` asks what to watch for when shopping for food."""
    low = plain(message)
    return bool(SHOPPING.search(low) and WATCH.search(low)) and not IDEAS_ASKED.search(low)


# Plain foods with no label to read, each with the allergen it is (None: none of them).
EASY = (
    ("fresh fruit and vegetables", None), ("plain meat", None), ("fish", "fish"), ("eggs", "egg"), ("plain rice", None), ("potatoes", None),
    ("plain pasta", "gluten"), ("plain milk", "dairy"),
)


def shopping_text(message: str, prefs: DietPrefs, whose: str = "your") -> str:
    avoid = avoided(prefs)
    low = plain(message)
    local = next((said for pattern, said in MAY_CONTAIN if pattern.search(low)), "")
    names = [OTHER_NAMES[a] for a in avoid if a in OTHER_NAMES]
    labels = list(dict.fromkeys(FREE_FROM_LABEL["gluten" if a == "gluten" else a] for a in avoid if a in FREE_FROM_LABEL))
    lines = [
        f"Shopping with {allergy_words(prefs, whose).replace('your coeliac', 'coeliac')}: the label is your best tool.",
        "• Read the ingredients on every pack, every time, even foods you buy often: recipes change. In the UK and EU the 14 major allergens are highlighted (usually in bold) in the ingredients list.",
        "• Check the “may contain” or “made in a factory that also handles” (traces) warnings"
        + (f" (on packs here: “{local}”)" if local else "")
        + ": with a food allergy or coeliac disease, leave those on the shelf unless your allergy team or dietitian has told you otherwise.",
    ]
    # each list right after "Avoid" and short, so it reads as what to leave out, never as food offered
    lines += [f"• Avoid {listed} on a label too (other names for it)." for listed in names]
    lines.append("• Loose food from the bakery, deli or fish counter has no label: ask the staff for the allergen information (they must give it), and mind shared tongs and scoops.")
    plain_foods = [food for food, carries in EASY if carries not in avoid]
    easy = f"Easy, label-light choices: {_listing(plain_foods)}"
    lines.append(f"• {easy}{', and ranges labelled ' + _listing(labels, 'or') if labels else ''} (check each one).")
    if any(a in ("peanuts", "tree_nuts", "sesame", "shellfish", "fish", "egg", "dairy", "soy") for a in prefs.allergies):
        lines.append("• Keep your adrenaline auto-injector with you if one is prescribed, shopping included.")
    return "\n".join(lines)


# ---------------------------------------------------------------- school, nursery, trips

SCHOOL = re.compile(
    r"\b(?:school|nursery|preschool|kindergarten|daycare|day care|childminder|teachers?|class trip|school trip|field trip|residential|camp|"
    r"escuela|colegio|profesor\w*|maestr[oa]s?|excursion|guarderia|ecole|creche|maitresse|maitre|instituteur|institutrice|enseignant\w*|sortie scolaire|"
    r"schule|lehrer\w*|klassenfahrt|ausflug|kita|kindergarten|scuola|insegnant\w*|gita|asilo|escola|professor\w*|passeio|creche|"
    r"school(?:reis|uitje)|leerkracht\w*|juf|meester|kinderopvang|szkol\w*|nauczyciel\w*|wycieczk\w*|przedszkol\w*)\b"
)
TELL = re.compile(
    r"\b(?:tell|say|inform|let (?:them|the \w+) know|what (?:do|should) (?:i|we) (?:tell|say|give|pack|send)|need to know|explain|"
    r"decir|digo|dire|dico|dis|dizer|digo|sagen|sage|zeggen|zeg|powiedziec|powiem|avisar|informar|informer|informare|informieren|informeren|poinformowac|"
    r"wat moet|was muss|que (?:le |les )?(?:digo|tengo que decir)|cosa (?:dico|devo dire)|o que (?:digo|devo dizer)|que dois-je|co (?:mam )?powiedziec)\b"
)


def asks_school(message: str) -> bool:
    """True when `message` asks what the school, nursery or a trip's staff need to know."""
    low = plain(message)
    return bool(SCHOOL.search(low) and TELL.search(low))


# Who is in charge there, as the message names them: "the leaders", "his coach", "the childminder".
IN_CHARGE = re.compile(r"\b(?P<who>leaders?|coach(?:es)?|childminder|nursery staff|instructors?|club|camp staff|staff)\b")


def school_text(prefs: DietPrefs, whose: str = "her", message: str = "") -> str:
    subject = {"her": "she", "his": "he", "their": "they"}.get(whose, "they")
    allergy = allergy_words(prefs, whose)
    medicine = any(a in ("peanuts", "tree_nuts", "sesame", "shellfish", "fish", "egg", "dairy", "soy") for a in prefs.allergies)
    named = IN_CHARGE.search(plain(message))
    people = f"the {named.group('who')}" if named else "the teachers"
    lines = [
        f"Tell {people} before the day, in writing as well as in person, and make sure every adult going on the trip knows:",
        f"• The allergy: {allergy}, what {subject} must not eat, and that a trace can matter; give them {whose} allergy action plan from {whose} doctor or allergy team (with a photo, the symptoms to watch for and what to do).",
        "• Food: pack " + whose + " own lunch and snacks, and ask them to check the label of anything else offered (no sharing food, and hands washed before eating).",
    ]
    if medicine:
        lines.append(
            f"• The emergency medicine: {whose} two adrenaline auto-injectors (if prescribed) and antihistamine go on the trip with an adult trained to use them, "
            "and they call the emergency number (999 or 112) if there is swelling, trouble breathing or collapse."
        )
    else:
        lines.append(f"• What to do if {subject} eats it by mistake, and who to call; any medicine {subject} has (antihistamine) goes on the trip with an adult.")
    lines.append("• Your phone number for the day.")
    return "\n".join(lines)


# ---------------------------------------------------------------- baked egg

BAKED = re.compile(
    r"\b(?:baked (?:stuff|goods|things|treats)|bakes|baking|muffins?|pancakes?|cakes?|cupcakes?|biscuits?|cookies?|waffles?|brownies?|scones?|"
    r"sponge|brioche|crepes?|madeleines?|magdalenas?|bizcocho|tortitas?|gateaux?|kuchen|pfannkuchen|muffins|torta|biscotti|bolos?|panquecas?|"
    r"koek(?:jes)?|cake|pannenkoek\w*|ciast\w*|nalesnik\w*|babeczk\w*)\b"
)
CAN = re.compile(
    r"\b(?:can|could|may|is|are|ok|okay|safe|allowed|give|have|eat|still|puede|pode|peut|darf|kann|mag|kan|puo|moze|"
    r"puedo|posso|peux|durfen|mogen)\b"
)


# Already made without egg: "pancakes without egg", "Pfannkuchen ohne Ei", "egg-free muffins" (the swap's own yes answers those).
WITHOUT_EGG = re.compile(r"\b(?:without|sin|sans|ohne|senza|sem|zonder|bez|no)\s+(?:\w+\s+)?(?:eggs?|huevos?|oeufs?|ei(?:er)?|uova|uovo|ovos?|eieren|jaj\w*)\b|\begg[- ]?free\b|\beggless\b|\bvegan\b")
# A child the question is about, now or earlier in the chat: the allergy team's advice on baked egg is for them.
CHILD = re.compile(
    r"\b(?:she|he|her|him|baby|toddler|\d{1,2}[- ]?months?[- ]old|month old|year old|son|daughter|kid|child|little one|"
    r"hija|hijo|fille|fils|tochter|sohn|figlia|figlio|filha|filho|dochter|zoon|corka|syn|bebe|baby)\b"
)


def asks_baked_with_egg(message: str, prefs: DietPrefs, history_text: str = "") -> bool:
    """True when baked goods are asked about for a child with an egg allergy: "can she have muffins or pancakes?"."""
    low = plain(message)
    if "egg" not in prefs.allergies or not (BAKED.search(low) and CAN.search(low)) or CAKE_IDEA.search(low) and MAKE.search(low) or WITHOUT_EGG.search(low):
        return False
    return bool(CHILD.search(low) or CHILD.search(plain(history_text)))


BAKED_NAMED = re.compile(r"\b(?:muffins?|pancakes?|cakes?|cupcakes?|biscuits?|cookies?|waffles?|brownies?|scones?|crepes?|brioche|sponge)\b")


def baked_egg_text(prefs: DietPrefs, whose: str = "her", message: str = "") -> str:
    subject = {"her": "she", "his": "he", "their": "they"}.get(whose, "you")
    obj = {"her": "her", "his": "him", "their": "them"}.get(whose, "you")
    milk = "dairy" in prefs.allergies
    named = list(dict.fromkeys(found.group(0) for found in BAKED_NAMED.finditer(plain(message)))) or ["baked goods like muffins, pancakes and cakes"]
    return (
        f"No — {_listing(named)} aren't safe for {obj} as usually made: they have egg{' and milk' if milk else ''} in them. "
        f"Only egg-free{' and dairy-free' if milk else ''} versions for now: make them without eggs "
        f"(1 tbsp ground flaxseed soaked in 3 tbsp water, or half a mashed ripe banana, for each egg; baking powder for the rise{'; oat milk for the milk' if milk else ''}), "
        "or buy ones labelled egg-free and check the “may contain” warning.\n"
        f"Many children with an egg allergy can later eat egg that is well baked into a cake or muffin, but only try that "
        f"when {whose} allergy team (allergist or paediatric dietitian) says so: they may give you an egg ladder to follow step by step. "
        f"Until then, keep {whose} food egg-free."
        + (f" If {subject} reacts (hives, swelling, vomiting, wheeze), follow {whose} allergy plan and call 999 or 112 for any breathing trouble." if subject != "you" else "")
    )


# ---------------------------------------------------------------- a cake that fits

CAKE_IDEA = re.compile(
    r"\b(?:(?:birthday |party |smash )?cakes?|cupcakes?|traybakes?|sponge|tarta|pastel|bizcocho|gateaux?|kuchen|geburtstagskuchen|torte|torta|"
    r"bolo|taart|verjaardagstaart|tort|ciasto)\b"
)
MAKE = re.compile(
    r"\b(?:idea\w*|idee\w*|ideas|ideias|pomysl\w*|make|bake|baking|recipe|suggest\w*|recommend\w*|hacer|hago|preparar|faire|backen|fare|preparare|fazer|maken|bakken|upiec|zrobic|receta|recette|rezept|ricetta|receita|recept|przepis)\b"
)
# Each cake: its name and how, the allergens it carries as written, and whether it is vegan.
CAKES: tuple[tuple[str, frozenset[str], bool], ...] = (
    (
        "a chocolate “wacky” cake: self-raising flour, cocoa, sugar, sunflower oil, a spoon of vinegar and water, mixed and baked as one sponge "
        "(no eggs, milk, butter or nuts in it), topped with a dairy-free chocolate icing",
        frozenset({"gluten"}), True,
    ),
    (
        "a banana sponge cake sweetened mostly with very ripe banana: self-raising flour, mashed banana, oil and oat milk, with ground flaxseed soaked in water in place of the eggs",
        frozenset({"gluten"}), True,
    ),
    (
        "a vanilla cupcake tray made with oil and oat milk (a spoon of vinegar in the milk, no eggs), topped with dairy-free buttercream",
        frozenset({"gluten"}), True,
    ),
    (
        "a lemon drizzle sponge made with gluten-free self-raising flour, eggs, butter and sugar",
        frozenset({"egg", "dairy"}), False,
    ),
)


def asks_cake(message: str) -> bool:
    low = plain(message)
    return bool(CAKE_IDEA.search(low) and MAKE.search(low))


BABY = re.compile(r"\b(?:1st birthday|first birthday|one year old|1 year old|turns? (?:one|1)\b|\d{1,2} months? old|baby|babies|toddler|smash cake)\b")


def cake_text(message: str, prefs: DietPrefs, history_text: str = "") -> str:
    avoid = set(avoided(prefs))
    vegan = prefs.type == "vegan"
    fitting = [(how, carries) for how, carries, is_vegan in CAKES if not carries & avoid and (is_vegan or not vegan)]
    gluten_free = "gluten" in avoid
    if not fitting and gluten_free:
        fitting = [(how.replace("self-raising flour", "gluten-free self-raising flour"), frozenset()) for how, carries, is_vegan in CAKES if carries <= {"gluten"} and (is_vegan or not vegan)]
    lines = []
    baby = BABY.search(plain(message)) or BABY.search(plain(history_text))
    if baby:
        fitting.sort(key=lambda dish: "banana" not in dish[0])  # a baby's cake sweetened with fruit first
    if fitting:
        first = fitting[0][0]
        if vegan and not avoid:
            lines.append(f"A vegan cake everyone can share: {first}.")
        elif "gluten" in avoid:
            lines.append(f"A gluten-free cake{' with no ' + _listing([w for w in free_words(prefs) if w != 'gluten'], 'or') + ' in it' if len(avoid) > 1 else ''}: {first}.")
        else:
            lines.append(f"A cake with no {_listing(free_words(prefs), 'or')} in it: {first}." if avoid else f"A vegan cake everyone can share: {first}.")
        if len(fitting) > 1:
            lines.append(f"Or {fitting[1][0]}.")
    if baby:
        lines.append(
            "For a first birthday, a small “smash cake” is plenty: keep added sugar low (let the banana sweeten it), no honey before 12 months, "
            "and no whole nuts or hard sweets on top."
        )
    lines.append("Check every label you bake with, even baking powder, chocolate, sprinkles and icing, for the allergens and “may contain” warnings.")
    return "\n".join(lines)


# ---------------------------------------------------------------- a main for guests

HOSTING = re.compile(
    r"\b(?:christmas|xmas|thanksgiving|easter|sunday (?:lunch|dinner|roast)|dinner party|family (?:dinner|meal)|everyone|all of (?:them|us)|for all|"
    r"guests?|staying with us|coming (?:over|for)|one dish|centrepiece|centerpiece|navidad|noel|weihnacht\w*|natale|natal|kerst\w*|swiet\w*|wigilia)\b"
)
MAIN = re.compile(r"\b(?:main|mains|main course|main dish|centrepiece|centerpiece|one dish|same dish|plato principal|plat principal|hauptgericht|hauptspeise|secondo|piatto principale|prato principal|hoofdgerecht|danie glowne)\b")
VEGAN_SAID = re.compile(r"\b(?:vegan|veganas?|veganos?|vegane?r?|vegana|vegano|veganist\w*|vegetalien\w*|wegan\w*)\b")
# Each main: the dish, the allergens it carries as written, and whether it is vegan.
MAINS: tuple[tuple[str, frozenset[str], bool], ...] = (
    ("a mushroom, lentil and chestnut Wellington in ready-rolled puff pastry (most are dairy-free, check the label), with roast potatoes and gravy made from vegetable stock", frozenset({"gluten", "tree_nuts", "dairy"}), True),
    ("a lentil and mushroom shepherd's pie with a crispy olive-oil mash top: lentils, mushrooms, carrots and thyme in a red-wine gravy thickened with cornflour", frozenset(), True),
    ("a roast butternut squash stuffed with herby rice, cranberries and chickpeas, with roast potatoes and seasonal vegetables", frozenset(), True),
    ("a nut roast with cranberry sauce", frozenset({"tree_nuts", "gluten"}), True),
    ("a smoky tofu and vegetable pie", frozenset({"soy", "gluten"}), True),
)


def asks_main_for_guests(message: str) -> bool:
    low = plain(message)
    return bool(HOSTING.search(low) and MAIN.search(low))


def main_text(prefs: DietPrefs, vegan: bool) -> str:
    avoid = set(avoided(prefs))
    fitting = [dish for dish, carries, is_vegan in MAINS if not carries & avoid and (is_vegan or not vegan)]
    said = [*(("vegan",) if vegan else ()), *[f"{ALLERGY_NOUNS[a].split('/')[-1]}-free" for a in sorted(avoid) if a in ALLERGY_NOUNS]]
    fits = f" ({_listing(said)})" if said else ""
    lines = [f"One main everyone can eat{fits}: {fitting[0]}."]
    if len(fitting) > 1:
        lines.append(f"Or {fitting[1]}.")
    lines.append(
        "It's a proper centrepiece the whole table will enjoy; make the gravy and sides the same way so the whole plate is safe, "
        f"and check the labels of stock cubes{', pastry' if any('pastry' in dish for dish in fitting[:2]) else ''} and gravy granules" + (" for the allergens and “may contain” warnings." if avoid else ".")
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- low FODMAP

LOW_FODMAP = re.compile(r"\b(?:low[- ]?fodmap|fodmap)\b")
# Meals on a low FODMAP diet, only from foods Monash University lists as low at the portion given.
FODMAP_MEALS = {
    "lunch": (
        "a rice or quinoa salad with chicken, tuna or boiled eggs, cucumber, carrot, tomato and spinach, dressed with olive oil and lemon (no onion or garlic)",
        "a sandwich on spelt sourdough or gluten-free bread with chicken or ham, cheddar, lettuce and tomato",
        "a cold potato salad with boiled eggs, chives and a little mayonnaise",
        "a lactose-free yogurt and a firm banana or an orange on the side",
    ),
    "snack": (
        "a firm (not too ripe) banana, an orange, two kiwis or a handful of grapes or strawberries",
        "rice cakes with peanut butter",
        "a lactose-free yogurt",
        "carrot sticks with a little cheddar",
        "a small handful of walnuts, peanuts or pumpkin seeds",
        "plain popcorn",
    ),
    "breakfast": (
        "porridge made with oats (about ½ cup) and lactose-free milk or water, with strawberries or blueberries",
        "spelt sourdough or gluten-free toast with peanut butter and a firm banana",
        "eggs on sourdough toast",
        "lactose-free yogurt with strawberries and a few pumpkin seeds",
    ),
}
BEFORE_RUN = re.compile(
    r"\b(?:before|pre)[- ](?:my |a |the |tomorrow'?s )?(?:\d+ ?k\b|5k|10k|run|running|race|parkrun|training|workout|gym|match|game|ride|hike)|\bpre[- ]?run\b|"
    r"\bmid[- ]run\b|\b(?:antes de|avant|vor dem|prima d\w*|voor het|przed)\b"
)


def low_fodmap_said(message: str, history: list[dict[str, Any]]) -> bool:
    """True when the user said they follow a low FODMAP diet, now or earlier in the chat."""
    said = [message, *(str(m.get("text") or "") for m in history if m.get("role") == "user")]
    return any(LOW_FODMAP.search(plain(text)) for text in said)


def fodmap_meal(message: str, asked_meal: str | None) -> str:
    low = plain(message)
    if BEFORE_RUN.search(low):
        return "before_run"
    if asked_meal in FODMAP_MEALS:
        return asked_meal
    for meal in ("breakfast", "lunch", "snack"):
        if re.search(rf"\b{meal}", low):
            return meal
    return "lunch"


def fodmap_text(meal: str, prefs: DietPrefs, message: str = "") -> str:
    from agenthost_ceres.floor import violations

    if meal == "before_run":
        options = [o for o in FODMAP_MEALS["breakfast"][:2] if not violations(o, prefs)] + ["or, if you're short of time, a firm banana or two rice cakes with a little jam"]
        lines = [
            "Before the run, on low FODMAP: eat a light, low-fibre, low-fat breakfast about 2-3 hours before, or a small snack 1 hour before:",
            *[f"• {o}" for o in options],
            "Keep to foods you know sit well, go easy on coffee and skip big portions of fibre just before; sip water and save anything new for a training day.",
        ]
        return "\n".join(lines)
    options = [o for o in FODMAP_MEALS[meal] if not violations(o, prefs)]
    head = {
        "lunch": "Low FODMAP lunches that travel and need no microwave:" if re.search(r"\b(?:microwave|work|office|packed|take)\b", plain(message)) else "Low FODMAP lunch ideas:",
        "snack": "Low FODMAP snacks for the afternoon (one portion at a time, since portions matter):",
        "breakfast": "Low FODMAP breakfasts:",
    }[meal]
    lines = [head, *[f"• {o}" for o in options[:4]]]
    lines.append("Keep to the portions and the food list your dietitian gave you (the Monash University FODMAP app shows safe amounts); garlic-infused oil gives flavour without the garlic.")
    return "\n".join(lines)


def fodmap_asks_food(message: str) -> bool:
    """A request for something to eat: lunch, a snack, breakfast, before a run."""
    low = plain(message)
    return bool(
        re.search(r"\b(?:lunch|snack|breakfast|dinner|eat|take to work|bring|ideas?|what (?:can|should|could) i (?:have|eat|take|bring))\b", low)
        and (re.search(r"\?|\b(?:what|which|any|ideas?|suggest\w*|can i|should i)\b", low))
    )


# ---------------------------------------------------------------- the request

KINDS = ("shopping", "school", "baked_egg", "cake", "main", "low_fodmap")


def situation(message: str, english: str, prefs: DietPrefs, history: list[dict[str, Any]], asked_meal: str | None = None) -> dict[str, Any] | None:
    """The everyday situation `message` asks about, as slots for the `allergy_everyday` answer, or None."""
    has_allergy = bool(avoided(prefs))
    if (pet := pet_food_asked(message, history)) is not None:
        recent = [plain(message), *(plain(str(m.get("text") or "")) for m in history[-3:] if m.get("role") == "user")]
        return {"kind": "pet", "pet": pet, "pregnant": any(PET_PREGNANT.search(said) for said in recent), "food": bool(PET_FOOD_ASKED.search(plain(message)))}
    if low_fodmap_said(message, history) and fodmap_asks_food(english):
        return {"kind": "low_fodmap", "meal": fodmap_meal(english, asked_meal)}
    if has_allergy and (asks_shopping(message) or asks_shopping(english)):
        return {"kind": "shopping"}
    if has_allergy and (asks_school(message) or asks_school(english)) and not (asks_cake(message) or asks_cake(english)):
        return {"kind": "school"}
    history_text = " ".join(str(m.get("text") or "") for m in history[-6:] if m.get("role") == "user")
    if asks_baked_with_egg(message, prefs, history_text) or asks_baked_with_egg(english, prefs, history_text):
        return {"kind": "baked_egg"}
    if (asks_cake(message) or asks_cake(english)) and (has_allergy or prefs.type == "vegan"):
        return {"kind": "cake"}
    if asks_main_for_guests(message) or asks_main_for_guests(english):
        vegan = bool(VEGAN_SAID.search(plain(message))) or prefs.type == "vegan" or any(
            VEGAN_SAID.search(plain(str(m.get("text") or ""))) for m in history if m.get("role") == "user"
        )
        if vegan or has_allergy:
            return {"kind": "main", "vegan": vegan}
    return None


def everyday_text(slots: dict[str, Any], message: str, prefs: DietPrefs, whose: str, history: list[dict[str, Any]]) -> str:
    kind = slots.get("kind")
    history_text = " ".join(str(m.get("text") or "") for m in history if m.get("role") == "user")
    if kind == "shopping":
        return shopping_text(message, prefs, whose)
    if kind == "school":
        return school_text(prefs, whose if whose != "your" else "their", message)
    if kind == "baked_egg":
        return baked_egg_text(prefs, whose, message)
    if kind == "cake":
        return cake_text(message, prefs, history_text)
    if kind == "main":
        return main_text(prefs, bool(slots.get("vegan")))
    if kind == "pet":
        return pet_text(str(slots.get("pet") or "dog"), bool(slots.get("pregnant")), bool(slots.get("food", True)))
    return fodmap_text(str(slots.get("meal") or "lunch"), prefs, message)


# ---------------------------------------------------------------- a pet's food

# A pet named in the message or the last user turns: "my neighbour's dog is pregnant", then "should she be eating something different?".
PET = re.compile(r"\b(?P<pet>dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|perro|perra|chien\w*|hund|hundin|huendin|cagna|cachorr\w*|hond|teef)\b")
# The pet's own food asked about: "what should my dog eat", "dog food", "feed the cat".
PET_FOOD = re.compile(
    r"\b(?:feed\w*|fed)\s+(?:my |our |the |her |his |their |a )?(?:\w+'?s? )?(?:dogs?|pupp\w+|cats?|kittens?|rabbits?|hamsters?)\b"
    r"|\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|hamsters?)(?:'s)?\s+(?:food|diet|eat\w*|feed\w*|nutrition|treats)\b"
    r"|\b(?:should|can|could|does|do|is)\s+(?:my |our |the )?(?:dogs?|pupp\w+|cats?|kittens?)\s+(?:\w+\s+)?(?:eat|have)\b"
)
GONE = re.compile(r"\b(?:died|dead|passed away|put down|put to sleep|lost (?:her|his|their|my|our) (?:dog|cat))\b")
PET_FOOD_ASKED = re.compile(
    r"\b(?:eat\w*|food|feed\w*|diet|meals?|fed|treats?|vitamins?|supplements?|calcium|nutrition|comer|comida|manger|nourriture|fressen|futter|mangiare|cibo|eten|voer|jesc|karma)\b"
)
PET_PREGNANT = re.compile(r"\b(?:pregnant|expecting|in pup|in whelp|having (?:puppies|kittens)|embarazada|pre[ñn]ada|enceinte|gestante|trächtig|traechtig|incinta|gravida|drachtig|w ciazy|ciezarna)\b")


def pet_food_asked(message: str, history: list[dict[str, Any]]) -> str | None:
    """The pet a food question is about ("should she be eating something different?" after "my
    neighbour's dog is pregnant"), or None when no pet is in the message or the last user turn."""
    low = plain(message)
    recent = " ".join(plain(str(m.get("text") or "")) for m in history[-2:] if m.get("role") == "user")
    if GONE.search(low) or GONE.search(recent):
        return None
    pregnant_pet = bool(PET.search(low) and PET_PREGNANT.search(low)) or bool(PET.search(recent) and PET_PREGNANT.search(recent))
    if not PET_FOOD.search(low) and not (pregnant_pet and (PET_FOOD_ASKED.search(low) or PET_PREGNANT.search(low))):
        return None
    found = PET.search(low)
    if found is None:
        if not re.search(r"\b(?:she|he|it|her|him|they)\b", low):
            return None
        last = [plain(str(m.get("text") or "")) for m in history if m.get("role") == "user"][-1:]
        found = next((hit for said in last if (hit := PET.search(said)) is not None), None)
        if found is None:
            return None
    elif not (PET_FOOD_ASKED.search(low) or PET_PREGNANT.search(low)) or re.search(r"\b(?:my|i|i'm|me)\b[^.?!]{0,20}\b(?:eat|food|diet)\b", low) and not PET_PREGNANT.search(low):
        return None
    pet = found.group("pet")
    if re.match(r"cat|kitten|chat|katze|gatt|gat", pet):
        return "cat"
    if re.match(r"horse|pon|mare", pet):
        return "horse"
    if re.match(r"rabbit|bunn|guinea|hamster", pet):
        return "small pet"
    return "dog"


def pet_text(pet: str, pregnant: bool, food: bool = True) -> str:
    """The vet's question, with what vets usually do for a pregnant dog or cat."""
    if pet in ("dog", "cat") and pregnant:
        young = "puppy" if pet == "dog" else "kitten"
        walks = "" if food or pet != "dog" else "Ask the vet how much walking suits her now and later on; until then keep walks gentle and let her set the pace. "
        return walks + (
            f"That's one for her vet rather than me: I'm a nutritionist for people, and a pregnant {pet}'s needs aren't like ours. "
            f"Vets often move a pregnant {pet} onto a complete {young} (growth) food, or one made for pregnancy and nursing, in the last weeks of the pregnancy, "
            "fed as smaller, more frequent meals as she gets bigger, with fresh water always there. "
            "Don't give her human food, vitamins or calcium supplements unless the vet says so: ask them at her next check-up."
        )
    return (
        f"That's one for the vet rather than me: I'm a nutritionist for people, and a {pet}'s diet isn't like ours. "
        f"A complete food made for a {pet} of that age and size is the usual base; don't give human food or supplements unless the vet says so."
    )
