"""A change in the user's weight said by how much, not where it ended up.

    weight_change("I've dropped 4 kg since last month")   -4 kg
    weight_change("put on 2 kilos")                       +2 kg
    weight_change("down 5 lb")                            -5 lb (2.3 kg)
    weight_change("I'm now 3 kg lighter")                 -3 kg
    weight_change("lost half a stone!")                   -7 lb (3.2 kg)
    weight_change("my husband lost 4 kg")                 None: someone else
    weight_change("I want to lose 4 kg")                  None: a wish
    weight_change("up 5 kg on my bench")                  None: a lift
    weight_change("I lost 20 kg when I was at uni")       None: long past, not since the profile

The new weight is the profile's weight plus the change (`Change.applied_to`); a message that
also says where the user is now ("lost 3 kg, now 87") is read as that value by
`statements.read_profile`, not here. Whether to act on it (the message asks something else?
is there a weight to change?) is the caller's decision.
"""

from __future__ import annotations

import re

from attrs import frozen
from host.first_look import FirstLook

from host.follow_ups import asks

from agenthost_general.measures import LB_TO_KG
from agenthost_general.phrasing import number

FLAGS = re.IGNORECASE
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
                 "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "a couple of": 2.0, "a couple": 2.0, "half a": 0.5, "half an": 0.5, "another": 1.0}
_AMOUNT_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?|a couple(?: of)?|half an?|an?|another|one|two|three|four|five|six|seven|eight|nine|ten"
_UNIT = r"kgs?|kilos?|kilograms?|kilogrammes?|kilogramos?|quilos?|chili|lbs?|pounds?|stones?|st\b"
AMOUNT = rf"(?P<amount>{_AMOUNT_NUMBER})(?:\s+and\s+a\s+(?P<half>half))?\s*(?P<unit>{_UNIT})(?![a-z])"
_FILLER = r"(?:(?:about|around|roughly|nearly|almost|over|just over|just under|another|a further|like|already|only)\s+)*"

# English, and the same said in Spanish, Portuguese, French, Italian and German ("he perdido 3 kg",
# "j'ai pris 2 kilos", "ho perso 4 kg"); German puts the verb after the amount ("3 kg abgenommen").
LOSS_VERBS = (
    r"lost|dropped|shed|shifted|knocked off|took off|taken off|slimmed down|came down|come down|went down|gone down"
    r"|perdido|bajado|adelgazado|perdi|emagreci|perdu|perso|calato|dimagrito|verloren"
)
GAIN_VERBS = r"gained|put on|piled on|added|went up|gone up|crept up|packed on|ganado|subido|engordado|ganhei|engordei|pris|preso|aumentato|zugenommen"
VERB_AFTER = {"abgenommen": True, "verloren": True, "zugenommen": False}
CHANGES = (
    # "I've dropped 4 kg", "lost half a stone", "put on 2 kilos"
    re.compile(rf"\b(?P<word>{LOSS_VERBS}|{GAIN_VERBS})\s+(?:by\s+)?{_FILLER}{AMOUNT}", FLAGS),
    # "down 5 lb", "I'm up 2 kg"
    re.compile(rf"(?:^|(?<=[\s,;:!(]))(?P<word>down|up)\s+{_FILLER}{AMOUNT}", FLAGS),
    # "ich habe 3 kg abgenommen"
    re.compile(rf"{AMOUNT}\s+(?P<word>{'|'.join(VERB_AFTER)})\b", FLAGS),
    # "I'm now 3 kg lighter", "4 pounds down"; not "10 kg heavier than I want to be"
    re.compile(
        rf"{AMOUNT}\s+(?P<word>lighter|heavier|down|up)\b(?!\s+(?:than\s+)?(?:i (?:want|need|should|would|'d)|my goal|to go|from my goal))",
        FLAGS,
    ),
)
# The change is someone else's, wished for, denied or long past: not the user's weight now.
OTHER_PERSON = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?!own\b|weight\b|scales?\b|body\b|clothes\b|jeans\b|trousers\b|app\b|watch\b|tracker\b)[a-z]+"
    r"|\b(?:mi|mon|ma|mein|meine|meinem|mio|mia|meu|minha)\s+(?!peso\b|poids\b|gewicht\b)[a-z]+"
    # not Spanish "he perdido" ("I have lost")
    r"|\b(?:he(?!\s+(?:perdido|bajado|adelgazado|ganado|subido|engordado)\b)|she|they|we|you)\b"
    r"|(?<!['\w])(?-i:[A-Z][a-z]+)\s+(?:has|have|had|just|lost|dropped|gained|put|went)\b",  # "Sam has lost 3 kg"
    FLAGS,
)
SELF = re.compile(r"\b(?:i|i've|ive|i'm|im|i'd|me|myself)\b", FLAGS)
WISH = re.compile(
    r"\b(?:if|want|wants|wanna|would|could|should|hope|hoping|wish|trying|try|need|needs|plan|planning|aim|aiming|going to|gonna|"
    r"goal|target|how (?:do|can|to)|to lose|to gain|to drop|to put)\b",
    FLAGS,
)
DENIED = re.compile(r"\b(?:not|never|no|haven't|hasn't|didn't|don't|hardly|barely)\b\s*(?:\w+\s+){0,2}$", FLAGS)
LONG_PAST = re.compile(
    r"\b(?:ago|when i was|back in|used to|in (?:19|20)\d\d|during (?:uni|college|school|covid|lockdown|pregnancy)|as a (?:kid|teen|child)|"
    r"last year|years?\b(?! ?to date))",
    FLAGS,
)
PART_BREAK = re.compile(r",|\s(?:but|and|so|though)\s", FLAGS)
SINCE = re.compile(r"\bsince\b|\bthis (?:week|month|year)\b|\bso far\b", FLAGS)
# "up 5 kg on my bench", "added 10 kg to my squat", "put on 20 kg plates": a lift, not the body.
A_LIFT = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:on|to|onto|in|for)\s+(?:my\s+|the\s+|each\s+)?(?:bar|bench|squat|deadlift|press|lifts?|pull[- ]?ups?|rows?|"
    r"total|max|pr|1rm|e1rm|barbell|dumbbells?|kettlebell|sled|rucksack|backpack|vest|pack|bag)\b|^\s*(?:plates?|dumbbells?|bags?|of (?:muscle )?(?:weight )?(?:on|to) (?:the|my) bar)\b",
    FLAGS,
)


@frozen
class Change:
    """A change of the user's weight: `kg` signed (negative for a loss) and `said`, the amount
    in the user's words and unit ("4 kg", "5 lb", "half a stone")."""

    kg: float
    said: str
    unit: str  # "kg", "lb" or "st": the unit to say the new weight in

    @property
    def loss(self) -> bool:
        return self.kg < 0

    def applied_to(self, weight_kg: float) -> float:
        """The new weight in kg, rounded as General stores it."""
        return round(weight_kg + self.kg, 1)

    @property
    def words(self) -> str:
        """"4 kg down", "2 kg up"."""
        return f"{self.said} {'down' if self.loss else 'up'}"


def _someone_else(before: str) -> bool:
    """True when the words before the change name someone else after the user last spoke of
    themselves: "my husband lost 4 kg", not "my wife and I have both lost 4 kg"."""
    others = [m.start() for m in OTHER_PERSON.finditer(before)]
    selves = [m.start() for m in SELF.finditer(before)]
    return bool(others) and (not selves or selves[-1] < others[-1])


def _amount(text: str) -> float:
    text = text.lower().replace(",", ".")
    return _WORD_NUMBERS.get(text, _WORD_NUMBERS.get(text.removesuffix("n"), 0.0)) if not text[:1].isdigit() else float(text)


# Most messages say no change of weight: RE2 says so for each pattern in linear time (`host.first_look`).
_SCREENED = tuple(FirstLook(pattern) for pattern in CHANGES)


def weight_change(message: str) -> Change | None:
    """The change of weight `message` says the user has had, or None (see the module docstring)."""
    text = message.replace("’", "'")
    for match in sorted((m for pattern in _SCREENED for m in pattern.finditer(text)), key=lambda m: m.start()):
        amount_text, unit_text, half = match.group("amount"), match.group("unit").lower(), match.group("half")
        amount = _amount(amount_text) + (0.5 if half else 0.0)
        if not 0 < amount <= 60:
            continue
        clause_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;\n")
        # whose change, and whether wished for: the words just before it, in its own part of the sentence
        part_start = max([clause_start, *(m.end() - 1 for m in PART_BREAK.finditer(text, 0, match.start()))])
        before = text[max(part_start + 1, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 40]
        if _someone_else(before + match.group(0)) or WISH.search(before) or DENIED.search(before) or A_LIFT.match(after):
            continue
        clause_end = min([i for i in (text.find(mark, match.end()) for mark in ".!?;\n") if i >= 0] or [len(text)])
        if LONG_PAST.search(text[clause_start + 1 : clause_end]) and not SINCE.search(text[clause_start + 1 : clause_end]):
            continue
        unit = "st" if unit_text.startswith("st") else "lb" if unit_text.startswith(("lb", "pound")) else "kg"
        kg = amount * {"kg": 1.0, "lb": LB_TO_KG, "st": 14 * LB_TO_KG}[unit]
        if not kg <= 60:
            continue
        word = match.group("word").lower()
        lost = word in ("down", "lighter") or VERB_AFTER.get(word, bool(re.fullmatch(LOSS_VERBS, word)))
        if unit == "st" and amount != int(amount):
            said, unit = f"{round(amount * 14):g} lb", "lb"  # half a stone: 7 lb
        elif unit == "st":
            said = f"{number(amount)} st"
        else:
            said = f"{number(amount)} {unit}"
        return Change(-kg if lost else kg, said, unit)
    return None


# "can you update my weight", "update my profile", "save that": what the user asks done with the change.
UPDATE_ASKED = re.compile(
    r"^\s*(?:(?:so|and|ok|okay|pls|please|just)\s+)*(?:(?:can|could|would|will)\s+(?:you\s+)?)?(?:please\s+)?"
    r"(?:update|change|adjust|amend|correct|fix|save|record)\b\s*(?:it|that|this|me|the profile|my (?:weight|profile|stats|details|numbers|info))?\b"
    r"(?:\s+(?:please|pls|for me|accordingly|in my profile|in the profile|on my profile))*\s*[.!?]*\s*$"
    r"|^\s*(?:update|weigh[- ]?in|news)\s*[:\-]"
    r"|\b(?:actualiza(?:r|s)?|cambia(?:r)?|atualiza(?:r)?|mets? à jour|mettre à jour|aktualisiere|ändere|aggiorna(?:re)?)\b.{0,20}\b(?:peso|poids|gewicht)\b",
    FLAGS,
)
_PARTS = re.compile(r"[^.!?;,\n]+[.!?;,\n]*")
_ASKS = re.compile(
    r"^\s*(?:(?:and|so|but|ok|okay|also|then)\s+)?(?:what|how|why|when|where|which|who|should|would|could|can|do|does|did|is|are|am|will|any)\b",
    FLAGS,
)


def update_asked(message: str) -> bool:
    """True when the message asks for the profile to be updated ("..., can you update my weight")."""
    return any(UPDATE_ASKED.search(part.strip(" .!,;")) for part in _PARTS.findall(message.replace("’", "'")))


def asks_more(message: str) -> bool:
    """True when the message asks something besides updating the profile ("lost 4 kg, is that
    too fast?", "down 5 lb, how much protein now?"): that question is for whoever it is about."""
    for part in _PARTS.findall(message.replace("’", "'")):
        said = part.strip()
        if UPDATE_ASKED.search(said.strip(" .!,;")):
            continue
        if asks(said) or _ASKS.match(said):
            return True
    return False
