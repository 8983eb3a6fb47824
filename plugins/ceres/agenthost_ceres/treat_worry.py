"""A food's figures asked with a worry about the diet in one message: "could murder a big mac right now.
how many cals is one and will it wreck my diet?". The figures are looked up (the food named before "one"
when the question only points at it), and the answer adds that a treat now and then fits a week's eating.
"""

from __future__ import annotations

import re

from agenthost_ceres import intents
from agenthost_ceres.foods import load_table
from agenthost_ceres.parser import parse_meal

# "and will it wreck my diet", ", is it bad for my cut?", "would that ruin my progress"
DIET_WORRY = re.compile(
    r"[,;]?\s*\b(?:and |but |or )?(?:will|would|does|is|can|could) (?:it|that|one|this|they|those) (?:\w+ ){0,2}?"
    r"(?:wreck|ruin|destroy|mess up|blow|break|undo|kill|bad for|be bad for|hurt|set back) (?:my |the )?"
    r"(?:diet|cut|progress|deficit|gains|weight loss|calories|day)\b\s*\??",
    re.IGNORECASE,
)
# "how many cals is one", "how much protein is in it": the food is named earlier in the message
_POINTED_AT = re.compile(r"\bhow (?:many|much) (?:cals|calories|kcal|protein|carbs|fat)(?: is| are| in| does)?(?: there in)? (?P<one>one|it|that|them)\b", re.IGNORECASE)


def lookup_with_worry(text: str) -> tuple[str, str | None] | None:
    """(food words, nutrient) when `text` asks a food's figures beside a worry about the diet, else None."""
    worry = DIET_WORRY.search(text)
    if worry is None:
        return None
    rest = (text[: worry.start()] + " " + text[worry.end() :]).strip()
    if (pointed := _POINTED_AT.search(rest)) is not None:
        items = parse_meal(rest[: pointed.start()], load_table()).items
        if len(items) != 1:
            return None
        asked = re.sub(r"(?:\s+(?:is|are|in|does|there))+\s*$", "", rest[pointed.start() : pointed.start("one")])
        rest = f"{asked} in {items[0].said}"  # "how many cals is one" after "a big mac": how many cals in big mac
    return intents.lookup_request(rest)
