"""Food emoji read as the words they picture: "🍕🍕" is "2 pizza", "☕" is "coffee"."""

from __future__ import annotations

import re

EMOJI_WORDS = {
    "🍕": "pizza", "🍔": "burger", "🍟": "fries", "🌭": "hot dog", "🥪": "sandwich", "🌮": "taco", "🌯": "burrito",
    "🥗": "salad", "🍝": "spaghetti bolognese", "🍜": "ramen", "🍣": "sushi", "🍛": "curry with rice", "🍚": "rice",
    "🍙": "rice", "🥟": "dumpling", "🍳": "fried egg", "🥚": "egg", "🥞": "pancakes", "🧇": "waffle", "🥯": "bagel",
    "🥐": "croissant", "🍞": "bread", "🥖": "baguette", "🧀": "cheese", "🍗": "chicken drumstick", "🍖": "steak",
    "🥩": "steak", "🥓": "bacon", "🍤": "shrimp", "🐟": "fish", "🦐": "shrimp", "🦞": "lobster", "🦀": "crab",
    "🍎": "apple", "🍏": "apple", "🍌": "banana", "🍊": "orange", "🍋": "lemon", "🍇": "grapes", "🍓": "strawberries",
    "🫐": "blueberries", "🍒": "cherries", "🍑": "peach", "🍐": "pear", "🍍": "pineapple", "🥭": "mango", "🍉": "watermelon",
    "🥝": "kiwi", "🥑": "avocado", "🥕": "carrot", "🥦": "broccoli", "🌽": "corn", "🥔": "potato", "🍠": "sweet potato",
    "🥒": "cucumber", "🍅": "tomato", "🥬": "lettuce", "🍄": "mushrooms", "🥜": "peanuts", "🌰": "chestnut",
    "🍩": "donut", "🍪": "cookie", "🍫": "chocolate", "🍦": "ice cream", "🍨": "ice cream", "🍰": "cheesecake",
    "🥧": "apple pie", "🍿": "popcorn", "🥛": "milk", "☕": "coffee", "🍵": "tea", "🍺": "beer", "🍻": "2 beer",
    "🍷": "red wine", "🥤": "cola", "🧃": "apple juice", "💧": "water", "🥥": "coconut water",
}  # fmt: skip
_ANY = "(" + "|".join(re.escape(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True)) + ")"
_ONE = re.compile(_ANY + "\ufe0f?")
_REPEATED = re.compile(_ANY + "\ufe0f?(?:\\1\ufe0f?)+")
_FIRST_CHARS = frozenset(e[0] for e in EMOJI_WORDS)
# An emoji closing a message after a word (not after "and", "a", "2" or ":") decorates it.
_DECORATION_BEFORE = re.compile(r"[a-z]{2,}$")
_NOT_DECORATED = frozenset(
    """and with plus of an some had have ate eaten drank drink having for then also another more just only
    was were is are got grabbed breakfast brekkie lunch dinner supper snack snacks tea today tonight yesterday
    this that these those in on my the your our how what about""".split()
)
_WORD_AFTER = re.compile(r"[A-Za-z0-9]")


def with_words(text: str) -> str:
    """`text` with each run of one food emoji written as words: "🍕🍕 and ☕" -> " 2 pizza  and  coffee "."""
    if text.isascii() or not _FIRST_CHARS.intersection(text):
        return text

    def words(found: re.Match[str]) -> str:
        word = EMOJI_WORDS[found.group(1)]
        before = found.string[: found.start()].rstrip().lower()
        if before.endswith(word):
            return " "  # "pizza 🍕" is one pizza
        last = _DECORATION_BEFORE.search(before)
        if last and last.group(0) not in _NOT_DECORATED and not _WORD_AFTER.search(found.string[found.end() :]):
            return " "  # "3 lagers 🍻", "a fry-up 🍳" at the end: a flourish on what was said, not one more
        return f" {word} "

    text = _REPEATED.sub(lambda m: f" {m.group(0).count(m.group(1))} {EMOJI_WORDS[m.group(1)]} ", text)
    return _ONE.sub(words, text)
