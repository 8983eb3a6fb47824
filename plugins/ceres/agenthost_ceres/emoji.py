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
_RUN = re.compile("(" + "|".join(re.escape(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True)) + r")(?:\ufe0f)?")


def with_words(text: str) -> str:
    """`text` with each run of one food emoji written as words: "🍕🍕 and ☕" -> " 2 pizza  and  coffee "."""

    def words(found: re.Match[str]) -> str:
        word = EMOJI_WORDS[found.group(1)]
        before = found.string[: found.start()].rstrip().lower()
        return " " if before.endswith(word) else f" {word} "  # "pizza 🍕" is one pizza

    text = re.sub(
        "(" + "|".join(re.escape(e) for e in EMOJI_WORDS) + r")(?:\ufe0f)?(?:\1(?:\ufe0f)?)+",
        lambda m: f" {len(re.findall(re.escape(m.group(1)), m.group(0)))} {EMOJI_WORDS[m.group(1)]} ",
        text,
    )
    return _RUN.sub(words, text)
