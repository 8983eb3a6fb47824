"""The major food allergens and medical diets, and the everyday words people use for them.

Allergens use the names the food table tags foods with. An everyday word maps to every
allergen it can mean, taking the strict reading when a word is ambiguous: "nuts" is peanuts
*and* tree nuts (most people who say it avoid both), "seafood" is fish and shellfish, "salmon"
is fish (allergists treat finned fish as one group). Coeliac disease is a gluten-free diet:
wheat, barley, rye and, unless labelled gluten-free, oats (Coeliac UK).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from agenthost_ceres.foods import alias_words, normalise

# The table's allergen names: the 9 major allergens of US law (FALCPA + FASTER Act) and the
# EU/UK list's overlap with it; "shellfish" covers crustaceans and molluscs.
ALLERGENS = ("peanuts", "tree_nuts", "dairy", "egg", "fish", "shellfish", "soy", "gluten", "sesame")

LABELS = {
    "peanuts": "peanuts",
    "tree_nuts": "tree nuts",
    "dairy": "milk/dairy",
    "egg": "eggs",
    "fish": "fish",
    "shellfish": "shellfish",
    "soy": "soy",
    "gluten": "gluten",
    "sesame": "sesame",
}

# What each allergen rules out, said back to the user when it is saved (short lists, so
# each reads as one "No ..." sentence).
COVERS: dict[str, tuple[str, ...]] = {
    "peanuts": ("peanuts, peanut butter or satay", "pad thai or other dishes with peanuts"),
    "tree_nuts": ("almonds, walnuts, cashews or pecans", "pistachios, hazelnuts, macadamias or almond milk", "granola or bars with nuts"),
    "dairy": ("milk, cheese or yogurt", "butter, cream or whey"),
    "egg": ("eggs, omelettes or mayonnaise", "egg noodles, most cakes or pancakes"),
    "fish": ("fish or tinned tuna", "anchovies, fish sauce or Caesar dressing"),
    "shellfish": ("shrimp, prawns or crab", "lobster, scallops, mussels or other shellfish"),
    "soy": ("tofu, edamame or soy milk", "soy sauce or miso"),
    "gluten": ("wheat, barley or rye", "bread, pasta, couscous or beer", "ordinary oats; gluten-free labelled ones are fine"),
    "sesame": ("sesame seeds or tahini", "hummus or sesame buns"),
}
# The noun for "your ... allergy".
ALLERGY_NOUNS = {
    "peanuts": "peanut",
    "tree_nuts": "tree nut",
    "dairy": "milk",
    "egg": "egg",
    "fish": "fish",
    "shellfish": "shellfish",
    "soy": "soy",
    "gluten": "wheat/gluten",
    "sesame": "sesame",
}

_GROUPS: dict[str, tuple[str, ...]] = {
    "nut": ("peanuts", "tree_nuts"),
    "nut product": ("peanuts", "tree_nuts"),
    "tree nut": ("tree_nuts",),
    "treenut": ("tree_nuts",),
    "peanut": ("peanuts",),
    "groundnut": ("peanuts",),
    "peanut butter": ("peanuts",),
    "seafood": ("fish", "shellfish"),
    "gluten": ("gluten",),
    "coeliac": ("gluten",),
    "celiac": ("gluten",),
}
_MEMBERS: dict[str, tuple[str, ...]] = {
    "tree_nuts": ("almond", "walnut", "cashew", "pecan", "pistachio", "hazelnut", "macadamia", "brazil nut", "pine nut", "almond milk"),
    "dairy": ("dairy", "milk", "lactose", "cheese", "butter", "cream", "yogurt", "yoghurt", "whey", "casein", "milk product",
              "milk protein", "cows milk", "cow milk", "cmpa"),
    "egg": ("egg", "egg white", "egg yolk"),
    "fish": ("fish", "salmon", "tuna", "cod", "anchovy", "sardine", "mackerel", "trout", "tilapia", "haddock", "finned fish"),
    "shellfish": ("shellfish", "crustacean", "shrimp", "prawn", "crab", "lobster", "crayfish", "langoustine", "mollusc",
                  "mollusk", "mussel", "clam", "oyster", "scallop", "squid", "octopus", "shell fish"),
    "soy": ("soy", "soya", "soybean", "soya bean", "tofu", "edamame", "soy sauce"),
    "gluten": ("wheat", "barley", "rye", "spelt", "gluten", "wheat flour"),
    "sesame": ("sesame", "sesame seed", "tahini"),
}  # fmt: skip
WORDS: dict[str, tuple[str, ...]] = {
    **{" ".join(normalise(alias_words(word))): (name,) for name, words in _MEMBERS.items() for word in words},
    **{" ".join(normalise(alias_words(word))): names for word, names in _GROUPS.items()},
}


# Dishes and ingredients that usually carry a major allergen although their name doesn't say
# so ("is pesto ok with a tree nut allergy?"): what they are usually made with. Recipes vary,
# which is why answers built on this say "usually" and to check the label.
DISH_ALLERGENS: dict[str, tuple[tuple[str, ...], str]] = {
    "pesto": (("tree_nuts", "dairy"), "pine nuts (a tree nut) and parmesan"),
    "satay": (("peanuts",), "peanuts"),
    "marzipan": (("tree_nuts",), "almonds"),
    "praline": (("tree_nuts",), "hazelnuts or almonds"),
    "nougat": (("tree_nuts", "egg"), "nuts and egg white"),
    "baklava": (("tree_nuts", "gluten"), "walnuts or pistachios in wheat pastry"),
    "frangipane": (("tree_nuts", "egg", "dairy", "gluten"), "ground almonds, egg, butter and flour"),
    "nutella": (("tree_nuts", "dairy"), "hazelnuts and milk"),
    "halva": (("sesame",), "tahini (sesame)"),
    "tempura": (("gluten", "egg"), "a wheat-flour and egg batter"),
    "aioli": (("egg",), "egg yolk"),
    "custard": (("dairy", "egg"), "milk and egg"),
    "meringue": (("egg",), "egg white"),
    "pavlova": (("egg",), "egg white"),
    "quiche": (("egg", "dairy", "gluten"), "eggs, cream or cheese and wheat pastry"),
    "tzatziki": (("dairy",), "yogurt"),
    "paneer": (("dairy",), "milk"),
    "ghee": (("dairy",), "butter"),
    "seitan": (("gluten",), "wheat gluten"),
    "tempeh": (("soy",), "soya beans"),
    "surimi": (("fish",), "white fish"),
    "worcestershire sauce": (("fish",), "anchovies"),
    # Asian sauces and pastes an idea or a recipe may name without their main ingredient's word
    "oyster sauce": (("shellfish", "soy", "gluten"), "oyster extract, often with soy sauce and wheat"),
    "shrimp paste": (("shellfish",), "fermented shrimp"),
    "belacan": (("shellfish",), "fermented shrimp paste"),
    "xo sauce": (("shellfish", "fish"), "dried scallops, dried shrimp and ham"),
    "dried shrimp": (("shellfish",), "shrimp"),
    "hoisin": (("soy", "gluten", "sesame"), "fermented soya beans, often wheat and sesame"),
    "gochujang": (("soy", "gluten"), "fermented soya beans and often wheat"),
    "ponzu": (("soy", "gluten", "fish"), "soy sauce and bonito (fish) stock"),
    "dashi": (("fish",), "bonito (fish) flakes"),
    "bonito": (("fish",), "dried tuna-like fish"),
    "katsuobushi": (("fish",), "dried bonito (fish)"),
    "kimchi": (("fish", "shellfish"), "usually fish sauce and salted shrimp"),
    "prawn crackers": (("shellfish", "gluten"), "prawns and wheat or tapioca flour"),
    "paella": (("shellfish", "fish"), "prawns, mussels or fish"),
    "gyoza": (("gluten", "soy"), "wheat wrappers and soy sauce"),
    "dumplings": (("gluten",), "wheat flour"),
    "korma": (("tree_nuts", "dairy"), "almonds or cashews and cream"),
    "katsu": (("gluten", "egg"), "breadcrumbs and egg"),
    "pad thai": (("peanuts", "egg", "fish", "shellfish"), "peanuts, egg, fish sauce and often prawns"),
    "caesar salad": (("fish", "egg", "dairy", "gluten"), "anchovies, egg, parmesan and croutons"),
    "hollandaise": (("egg", "dairy"), "egg yolk and butter"),
    "carbonara": (("egg", "dairy", "gluten"), "egg, cheese and pasta"),
    "brioche": (("gluten", "egg", "dairy"), "wheat flour, egg and butter"),
    "granola": (("gluten", "tree_nuts"), "oats and often nuts"),
    "bakewell": (("tree_nuts", "egg", "dairy", "gluten"), "almonds (frangipane), egg, butter and wheat pastry"),
    "fresh pasta": (("egg", "gluten"), "egg and wheat flour"),
    "egg pasta": (("egg", "gluten"), "egg and wheat flour"),
    "trail mix": (("peanuts", "tree_nuts"), "peanuts and tree nuts"),
    # West African street food and soups whose names don't say groundnut (peanut) or fish
    "suya": (("peanuts",), "yaji, a rub of ground groundnuts (peanuts)"),
    "yaji": (("peanuts",), "ground groundnuts (peanuts)"),
    "kuli kuli": (("peanuts",), "groundnuts (peanuts)"),
    "kulikuli": (("peanuts",), "groundnuts (peanuts)"),
    "groundnut soup": (("peanuts",), "groundnuts (peanuts)"),
    "maafe": (("peanuts",), "groundnut (peanut) paste"),
    "mafe": (("peanuts",), "groundnut (peanut) paste"),
    "egusi": (("fish", "shellfish"), "stockfish, dried fish and ground crayfish"),
    "ogbono": (("fish", "shellfish"), "stockfish, dried fish and ground crayfish"),
    "efo riro": (("fish", "shellfish"), "stockfish, dried fish and ground crayfish"),
    "pepper soup": (("fish",), "often catfish or other fish"),
    # Takeaway, bakery and restaurant dishes whose names don't say what they're made with: a lookup
    # of one the food table lacks would find a near name ("massaman curry" a plain chicken curry,
    # "scotch egg" a shot of scotch and an egg) and call it a fit
    "massaman": (("peanuts", "fish", "shellfish"), "peanuts, fish sauce and shrimp paste"),
    "tom yum": (("shellfish", "fish"), "prawns, fish sauce and often shrimp paste"),
    "laksa": (("shellfish", "fish"), "shrimp paste, fish sauce and often prawns"),
    "bouillabaisse": (("fish", "shellfish"), "fish and shellfish"),
    "pad see ew": (("gluten", "soy", "egg"), "egg and dark soy sauce (soya and wheat)"),
    "kung pao": (("peanuts", "soy", "gluten"), "peanuts and soy sauce (soya and wheat)"),
    "gado gado": (("peanuts", "egg", "soy"), "peanut sauce, egg and tofu"),
    "nasi goreng": (("egg", "soy", "shellfish"), "egg, sweet soy sauce and often shrimp paste"),
    "som tam": (("fish", "shellfish", "peanuts"), "fish sauce, dried shrimp and peanuts"),
    "bulgogi": (("soy", "sesame", "gluten"), "soy sauce (soya and wheat) and sesame oil"),
    "japchae": (("soy", "sesame", "gluten"), "soy sauce (soya and wheat) and sesame oil"),
    "wonton": (("gluten", "egg"), "wheat and egg wrappers"),
    "har gow": (("shellfish", "gluten"), "prawns in a wheat-starch wrapper"),
    "siu mai": (("shellfish", "gluten", "egg"), "pork and prawn in a wheat and egg wrapper"),
    "chow mein": (("gluten", "egg", "soy"), "wheat egg noodles and soy sauce"),
    "lo mein": (("gluten", "egg", "soy"), "wheat egg noodles and soy sauce"),
    "udon": (("gluten",), "wheat noodles"),
    "tonkatsu": (("gluten", "egg"), "breadcrumbs and egg"),
    "karaage": (("gluten", "soy"), "a soy sauce marinade and wheat flour"),
    "okonomiyaki": (("gluten", "egg", "fish"), "wheat flour, egg and bonito (fish) flakes"),
    "takoyaki": (("shellfish", "gluten", "egg"), "octopus in a wheat and egg batter"),
    "furikake": (("sesame", "fish"), "sesame seeds and bonito (fish)"),
    "banh mi": (("gluten", "egg"), "a wheat baguette and mayonnaise"),
    "baba ganoush": (("sesame",), "tahini (sesame)"),
    "dukkah": (("tree_nuts", "sesame"), "hazelnuts and sesame seeds"),
    "zaatar": (("sesame",), "sesame seeds"),
    "romesco": (("tree_nuts", "gluten"), "almonds or hazelnuts and bread"),
    "tabbouleh": (("gluten",), "bulgur wheat"),
    "moussaka": (("dairy", "egg", "gluten"), "a sauce of milk, butter, flour and egg"),
    "spanakopita": (("gluten", "dairy", "egg"), "filo pastry, feta and egg"),
    "raita": (("dairy",), "yogurt"),
    "kulfi": (("dairy", "tree_nuts"), "milk and pistachios or almonds"),
    "gulab jamun": (("dairy", "gluten"), "milk powder and wheat flour"),
    "chikki": (("peanuts",), "peanuts and jaggery"),
    "scotch egg": (("egg", "gluten"), "a boiled egg in sausage meat and breadcrumbs (wheat)"),
    "pork pie": (("gluten",), "wheat pastry"),
    "yorkshire pudding": (("gluten", "egg", "dairy"), "wheat flour, egg and milk"),
    "french toast": (("gluten", "egg", "dairy"), "bread soaked in egg and milk"),
    "prawn toast": (("shellfish", "sesame", "gluten"), "prawns on bread, usually coated in sesame seeds"),
    "croque": (("gluten", "dairy"), "bread, ham and cheese, often with a white sauce"),  # "croque monsieur" (arrives repaired as "croque monster")
    "schnitzel": (("gluten", "egg"), "breadcrumbs and egg"),
    "chicken kiev": (("gluten", "egg", "dairy"), "breadcrumbs, egg and garlic butter"),
    "arancini": (("gluten", "dairy", "egg"), "rice, cheese, egg and breadcrumbs"),
    "croquette": (("gluten", "dairy", "egg"), "a white sauce of milk and flour, egg and breadcrumbs"),
    "bitterballen": (("gluten", "dairy"), "a ragout thickened with flour and butter, in breadcrumbs"),
    "kroket": (("gluten", "dairy"), "a ragout thickened with flour and butter, in breadcrumbs"),
    "gnocchi": (("gluten",), "potato and wheat flour"),
    "pierogi": (("gluten", "egg", "dairy"), "a wheat and egg dough, often with cheese"),
    "spaetzle": (("gluten", "egg"), "wheat flour and egg"),
    "quesadilla": (("gluten", "dairy"), "a wheat tortilla and cheese"),
    "kedgeree": (("fish", "egg"), "smoked haddock and egg"),
    "bechamel": (("dairy", "gluten"), "milk, butter and wheat flour"),
    "bearnaise": (("egg", "dairy"), "egg yolk and butter"),
    "tartare sauce": (("egg",), "mayonnaise (egg)"),
    "tartar sauce": (("egg",), "mayonnaise (egg)"),
    "ranch dressing": (("dairy", "egg"), "buttermilk and mayonnaise"),
    "coleslaw": (("egg",), "mayonnaise (egg)"),
    "waldorf salad": (("tree_nuts", "egg"), "walnuts and mayonnaise"),
    # bakes and sweets
    "tiramisu": (("egg", "dairy", "gluten"), "mascarpone, egg and sponge fingers (wheat)"),
    "banana bread": (("gluten", "egg", "dairy"), "wheat flour, egg and butter"),
    "pain au chocolat": (("gluten", "dairy"), "wheat pastry, butter and milk chocolate"),
    "scone": (("gluten", "dairy"), "wheat flour, butter and milk"),
    "macaron": (("tree_nuts", "egg"), "ground almonds and egg white"),
    "amaretti": (("tree_nuts", "egg"), "almonds and egg white"),
    "cannoli": (("tree_nuts", "dairy", "gluten"), "ricotta in a wheat shell, often with pistachios"),
    "biscotti": (("gluten", "egg", "tree_nuts"), "wheat flour, egg and almonds"),
    "shortbread": (("gluten", "dairy"), "wheat flour and butter"),
    "eclair": (("gluten", "dairy", "egg"), "choux pastry (wheat, egg and butter) and cream"),
    "profiterole": (("gluten", "dairy", "egg"), "choux pastry (wheat, egg and butter) and cream"),
    "trifle": (("dairy", "egg", "gluten"), "custard, cream and sponge"),
    "panna cotta": (("dairy",), "cream"),
    "creme brulee": (("dairy", "egg"), "cream and egg yolk"),
    "fudge": (("dairy",), "butter and condensed milk"),
    "strudel": (("gluten", "dairy"), "wheat pastry and butter"),
    "stroopwafel": (("gluten", "dairy"), "wheat waffles and a butter caramel syrup"),
    "pastel de nata": (("egg", "dairy", "gluten"), "an egg and milk custard in wheat pastry"),
    "pao de queijo": (("dairy", "egg"), "cheese and egg"),
    "brigadeiro": (("dairy",), "condensed milk and butter"),
    # chocolate bars named by brand, from their ingredient lists
    "snickers": (("peanuts", "dairy", "egg", "soy"), "peanuts, milk chocolate and egg white"),
    "reeses": (("peanuts", "dairy", "soy"), "peanut butter and milk chocolate"),
    "peanut m&ms": (("peanuts", "dairy", "soy"), "peanuts and milk chocolate"),
    "toblerone": (("tree_nuts", "dairy", "egg"), "almond and honey nougat in milk chocolate"),
    "ferrero rocher": (("tree_nuts", "dairy", "gluten", "soy"), "hazelnuts, milk chocolate and a wafer"),
    "kinder bueno": (("tree_nuts", "dairy", "gluten", "soy"), "hazelnut cream, milk and a wafer"),
    "picnic bar": (("peanuts", "dairy", "egg", "gluten"), "peanuts, caramel, wafer and milk chocolate"),
    "double decker": (("dairy", "egg", "gluten", "soy"), "nougat, wafer and milk chocolate"),
}


# Foods whose everyday versions often, though not always, carry an allergen their name doesn't say
# (FSA allergen guidance; Anaphylaxis UK factsheets): the table's plain row may be free of it while
# the bagel on the counter is topped with sesame. A lookup of one says to check, never "it fits".
OFTEN_CONTAINS: dict[str, tuple[tuple[str, ...], str]] = {
    # each said in one clause of under 85 characters: the reply floor reads a warning that long as one
    "bagel": (("sesame",), "Bagels are often topped with sesame seeds or baked beside sesame ones"),
    "bun": (("sesame",), "Burger buns are often topped with sesame seeds"),
    "burger": (("sesame", "soy"), "Burgers often come in sesame buns, and veggie patties are often soya"),
    "sushi": (("sesame", "fish", "shellfish", "soy", "gluten"), "Sushi often has sesame seeds, fish, crab sticks or wheat soy sauce"),
    "stir fry": (("soy", "sesame", "peanuts", "gluten"), "Stir-fries often use soy sauce with wheat, sesame oil or peanuts"),
    "thai curry": (("fish", "shellfish", "peanuts"), "Thai curries are often made with fish sauce, shrimp paste or peanuts"),
    "green curry": (("fish", "shellfish"), "Thai green curry is often made with fish sauce and shrimp paste"),
    "red curry": (("fish", "shellfish"), "Thai red curry is often made with fish sauce and shrimp paste"),
    "carrot cake": (("tree_nuts",), "Carrot cake often has walnuts or pecans in it"),
    "brownie": (("tree_nuts",), "Brownies often have walnuts or pecans in them"),
    "veggie burger": (("soy", "gluten"), "Veggie burgers are often made with soya and wheat"),
    "vegan burger": (("soy", "gluten"), "Vegan burgers are often made with soya and wheat"),
    "falafel": (("sesame", "gluten"), "Falafel often comes with tahini, which is sesame, and some mixes have wheat"),
    "muesli": (("tree_nuts", "peanuts", "gluten"), "Muesli often has nuts, and oats that are not gluten-free"),
    "chocolate": (("dairy", "tree_nuts", "peanuts", "soy"), "Chocolate often has milk and soya, and many bars may contain nuts"),
    "protein bar": (("dairy", "soy", "tree_nuts", "peanuts"), "Protein bars often have whey from milk, soya or nuts"),
    "energy bar": (("tree_nuts", "peanuts", "dairy", "soy"), "Energy bars often have nuts, milk or soya"),
    "cookie": (("tree_nuts", "peanuts"), "Cookies often have nuts or are baked beside nut ones"),
    "naan": (("dairy", "egg"), "Naan is often made with yogurt or milk, and sometimes egg"),
    "curry": (("tree_nuts", "peanuts", "dairy"), "Takeaway curries are often made with cream, ghee, ground cashews or almonds"),
    "biryani": (("tree_nuts", "dairy"), "Biryani is often made with yogurt or ghee and topped with nuts"),
    "tikka masala": (("tree_nuts",), "Tikka masala is often thickened with ground cashews or almonds"),
    "fried rice": (("egg", "soy", "sesame", "gluten"), "Fried rice is often made with egg, soy sauce (with wheat) and sesame oil"),
    "poha": (("peanuts",), "Poha is often made with peanuts"),
    "banana bread": (("tree_nuts",), "Banana bread often has walnuts in it"),
    "cake": (("tree_nuts", "peanuts"), "Cakes often have nuts or are baked beside nut ones"),
    "ice cream": (("egg", "tree_nuts", "peanuts"), "Ice cream often has egg, and many flavours may contain nuts"),
    "fries": (("gluten",), "Fries are often cooked in oil shared with battered (wheat) foods"),
    "chips": (("gluten",), "Chips are often fried in oil shared with battered (wheat) foods"),
    "sausage": (("gluten",), "Sausages often have rusk or breadcrumbs (wheat) in them"),
    "gravy": (("gluten",), "Gravy is often thickened with wheat flour"),
    "smoothie": (("dairy",), "Smoothies are often made with yogurt or milk"),
    "soup": (("gluten", "dairy"), "Soups are often thickened with wheat flour or cream"),
    "croissant": (("tree_nuts",), "Bakery croissants are often made beside almond ones"),
    "kebab": (("sesame", "dairy", "egg"), "Kebabs often come with tahini, yogurt or mayo sauces and sesame bread"),
    "shawarma": (("sesame", "dairy", "egg"), "Shawarma often comes with tahini (sesame) or a yogurt or egg garlic sauce"),
    "chow mein": (("sesame",), "Chow mein is often finished with sesame oil"),
    "muffin": (("tree_nuts", "peanuts"), "Muffins are often baked beside nut ones or topped with nuts"),
    "pastry": (("tree_nuts", "peanuts"), "Bakery pastries often have nuts or are made beside nut ones"),
}


# Foods named like nuts that are not what a nut allergy is about (Anaphylaxis UK; FSA: coconut,
# nutmeg and water chestnuts are not among the tree nuts that must be declared), said to someone
# with a nut allergy who asks; coconut with the caution allergists give.
NOT_A_NUT: dict[str, str] = {
    "nutmeg": "Nutmeg is a spice from a seed, not a nut, so it's fine for a peanut or tree nut allergy. Ground spice mixes can be packed where nuts are handled, so check the label for “may contain nuts”.",
    "coconut": "Coconut is a fruit seed, not one of the tree nuts food labels must declare in the UK and EU, and most people with a nut allergy eat it safely. A few people do react to coconut, so if you've never had it, ask your allergist first; check coconut snacks and bars for “may contain nuts”.",
    "water chestnut": "Water chestnuts are a water plant's root, not a nut, so they're fine for a nut allergy (check sauces they come in).",
    "butternut": "Butternut squash is a vegetable, not a nut, so it's fine for a nut allergy.",
    "nutritional yeast": "Nutritional yeast is a yeast, not a nut, so it's fine for a nut allergy (check the label for “may contain nuts”).",
}


def not_a_nut(words: str, avoided: Iterable[str]) -> str:
    """The note for a nut-named food that isn't one (nutmeg, coconut) when `avoided` holds a nut allergy, else ""."""
    if not {"peanuts", "tree_nuts"} & set(avoided):
        return ""
    key = key_of(words)
    # the food itself ("coconut", "coconut milk"), not a dish it is in ("a coconut curry" is asked about the curry)
    return next((note for word, note in NOT_A_NUT.items() if re.fullmatch(rf"(?:an? |some )?{re.escape(word)}(?: squash| milk| water| oil| yogh?urt| flour| sugar| cream)?", key)), "")


def often_contains(words: str, avoided: Iterable[str]) -> str:
    """What the food named in `words` often carries of the `avoided` allergens ("Bagels are often
    topped with sesame seeds ..."), the first such dish's, or ""."""
    key, avoided = key_of(words), set(avoided)
    key = NOT_THE_KIND.sub(" ", key)  # "rice cakes" are no cake, "fish soup" is still a soup
    return next((how for dish, (carried, how) in OFTEN_CONTAINS.items() if avoided.intersection(carried) and dish_pattern(dish).search(key)), "")


NOT_THE_KIND = re.compile(r"\b(?:rice|fish|crab|corn|oat|potato) cake\b|\bsweet potato fries\b|\bveggie chips\b")


def dish_named(words: str) -> str | None:
    """The dish of the table above that `words` name ("pork pie" in "can I get a pork pie?"), or None."""
    key = key_of(words)
    return next((dish for dish in DISH_ALLERGENS if dish_pattern(dish).search(key)), None)


# Kinds a table row's own name may say when the words asked don't ("a twix" is a "Twix (milk chocolate ...)").
NAMED_KINDS = ("chocolate", "protein bar", "energy bar")


def often_contains_named(name: str, avoided: Iterable[str]) -> str:
    """`often_contains` for a table row's name, read only for the kinds of `NAMED_KINDS` ("rice cake" is no cake)."""
    key, avoided = key_of(name), set(avoided)
    if CHOCOLATE_BARS.search(name.lower()):
        key += " chocolate"  # "Twix, twin bar (Mars Wrigley)": a chocolate bar its name doesn't call one
    return next((OFTEN_CONTAINS[kind][1] for kind in NAMED_KINDS if avoided.intersection(OFTEN_CONTAINS[kind][0]) and dish_pattern(kind).search(key)), "")


CHOCOLATE_BARS = re.compile(r"\b(?:twix|mars|kitkat|kit kat|bounty|milky way|galaxy|dairy milk|maltesers|aero|wispa|crunchie|boost|yorkie|freddo|buttons|m&m|smarties|twirl|flake|time out|lion bar|hershey|milka)\b")


def dish_allergens(words: str) -> tuple[tuple[str, ...], str] | None:
    """The allergens a dish named in `words` usually carries, and what they come from."""
    key = key_of(words)
    for dish, found in DISH_ALLERGENS.items():
        if dish_pattern(dish).search(key):
            return found
    return None


@cache
def dish_words() -> frozenset[str]:
    """Every word of the dishes above ("bakewell", "massaman", "tiramisu"): real words, never a
    typo of a food-table word ("bakewell" was repaired to "barebell", a protein bar)."""
    return frozenset(word for dish in (*DISH_ALLERGENS, *OFTEN_CONTAINS) for word in re.findall(r"[a-z]+", dish) if len(word) >= 4)


def near_name(asked: str, unrecognised: Iterable[str], repaired: Iterable[tuple[str, str]]) -> bool:
    """True when a lookup of `asked` found only a near name of the dish: a word of it the table
    doesn't know names the dish ("massaman" before "curry"), or a dish word was read as another
    food ("bakewell" as "barebells")."""
    words = re.findall(r"[a-z']+", asked.lower())
    unknown = {w for w in unrecognised if len(w) >= 3 and not w.endswith(("s", "'s")) and w not in NOT_A_DISH_WORD}
    if any(typed in dish_words() for typed, _ in repaired):
        return True
    # an unknown word right before a known one is what kind of it the dish is ("massaman curry")
    return any(word in unknown and i + 1 < len(words) and words[i + 1] not in unknown and words[i + 1] not in NOT_A_DISH_WORD for i, word in enumerate(words))


# Words the parser leaves unread that say where or whose a food is, not which dish.
NOT_A_DISH_WORD = frozenset(
    "the a an my our his her their your some any from at with and or of for in on to this that place shop restaurant takeaway "
    "cafe caffe store work home tonight today later usual local favourite favorite fave".split()
)


@cache
def dish_pattern(dish: str) -> re.Pattern[str]:
    """The whole-word pattern of a dish's key, built once per dish of the table (it was built
    again for every dish on every message: about a fifth of a food question's time)."""
    return re.compile(rf"\b{re.escape(key_of(dish))}\b")


def canonical_allergies(words: Iterable[str]) -> list[str]:
    """ "Nuts", "prawns", "Tahini" -> ["peanuts", "tree_nuts", "shellfish", "sesame"]; a word
    that names no major allergen ("strawberry", "kiwi") is kept, singular and lower case.

    A saved "nuts" from before peanuts and tree nuts were told apart also reads as both."""
    result: list[str] = []
    for word in words:
        key = key_of(word)
        if not key:
            continue
        if key == "tree_nut":  # the table name itself ("tree_nuts" after singular())
            key = "tree nut"
        for name in WORDS.get(key, (key,)):
            if name not in result:
                result.append(name)
    return result


def key_of(word: str) -> str:
    """The lookup key of a word or phrase: lower case, singular words, single spaces, no accents
    ("crème brûlée" -> "creme brulee")."""
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return " ".join(normalise(alias_words(word.strip())))


def rules_out(allergy: str) -> str:
    """ "No tofu, edamame or soy milk. No soy sauce or miso." for a saved allergen."""
    return " ".join(f"No {items}." for items in COVERS.get(allergy, ()))


def allergy_noun(allergy: str) -> str:
    """ "peanut" for "your peanut allergy"; other words as they are."""
    return ALLERGY_NOUNS.get(allergy, allergy)


def label(allergy: str) -> str:
    """How an allergy is written to the user: "tree nuts", "milk/dairy", or the word itself."""
    return LABELS.get(allergy, allergy)


def describe(allergies: Iterable[str], joiner: str = "and") -> str:
    """ "peanuts, tree nuts and sesame" (or "... or sesame")."""
    names = [label(allergy) for allergy in allergies]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {joiner} " + names[-1]


# What to know when a food is safe for an allergy but close to it: (the user's allergy, an
# allergen the food has) -> the note. After the FSA's and NHS's allergy guidance and
# Anaphylaxis UK's allergen factsheets (peanuts are legumes; precautionary "may contain" labels).
RELATED: dict[tuple[str, str], str] = {
    ("tree_nuts", "peanuts"): (
        "Peanuts are legumes, not tree nuts, so this is fine for a tree-nut allergy; check the label for “may contain tree nuts”, "
        "as some peanut products are made on the same lines as tree-nut ones, and ask your allergist if you've ever reacted to peanuts"
    ),
    ("peanuts", "tree_nuts"): (
        "Tree nuts are a separate allergy from yours, but many people with a peanut allergy react to them too, and the two are often "
        "processed together: check the label for a “may contain” warning and ask your allergist before trying them"
    ),
    ("shellfish", "fish"): (
        "Fish is a separate allergy from yours, so this fits your diet; fish counters and restaurants often use the same boards and fryers for both "
        "kinds, so ask about cross-contamination"
    ),
    ("fish", "shellfish"): (
        "Shellfish is a separate allergy from yours, so this fits your diet; kitchens often use the same pans and fryers for both, "
        "so ask about cross-contamination"
    ),
}


def related_notes(allergies: Iterable[str], food_allergens: Iterable[str]) -> list[str]:
    """Notes for a food that is safe for `allergies` but has an allergen often confused with one
    of them ("peanut butter" for a tree-nut allergy: peanuts are legumes, watch the labels)."""
    has = set(food_allergens)
    return [note for (allergy, other), note in RELATED.items() if allergy in allergies and other in has and other not in allergies]
