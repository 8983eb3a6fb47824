"""Safe arithmetic for offline replies: "what is 12 * 7", "15% of 80", "2 to the power of 10".

`extract_expression` turns a message into a Python-syntax expression (or None when the
message is not a sum), and `evaluate` computes it by walking the `ast` tree and allowing
only numbers, + - * / // % **, parentheses and sqrt/abs/round: no names, no attribute
access, no `eval`. Exponents and sizes are bounded so no input can hang the server.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable

from host.text import per_turn

MAX_LENGTH = 200
MAX_EXPONENT = 1000
MAX_MAGNITUDE = 10**300

OPERATORS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
FUNCTIONS: dict[str, Callable[[float], float]] = {"sqrt": math.sqrt, "abs": abs, "round": round}

LEAD_IN = re.compile(
    r"^(?:(?:and|so|ok|okay|now|then|hey|please)[, ]+)*"
    r"(?:what(?:'s| is)|whats|calculate|compute|evaluate|solve|work out|how much is|tell me)?\s*",
)
# Words people use for operators, applied in order (longest phrases first).
WORDS: tuple[tuple[str, str], ...] = (
    (r"(\d(?:[\d.]*))\s*%\s*of\s*", r"\1/100*"),
    (r"\bsquare root of\s*(\d[\d.]*)", r"sqrt(\1)"),
    (r"\bto the power of\b", "**"),
    (r"\bmultiplied by\b", "*"),
    (r"\bdivided by\b", "/"),
    (r"\btimes\b", "*"),
    (r"\bplus\b", "+"),
    (r"\bminus\b", "-"),
    (r"\bover\b", "/"),
    (r"\bmod(?:ulo)?\b", "%"),
    (r"\bsquared\b", "**2"),
    (r"\bcubed\b", "**3"),
    (r"(?<=[\d)\s])x(?=[\s\d(])", "*"),
    ("×", "*"),
    ("÷", "/"),
    (r"\^", "**"),
    (r"(?<=\d),(?=\d{3}\b)", ""),
)
_WORDS = tuple((re.compile(pattern), replacement) for pattern, replacement in WORDS)  # compiled once
EXPRESSION = re.compile(r"^(?:[\d\s.+\-*/%()]|sqrt|abs|round)+$")
HAS_OPERATION = re.compile(r"[\d)]\s*(?:\*\*|//|[-+*/%])\s*[-\d(.]|sqrt|abs|round|^\s*-")


class CalculationError(ValueError):
    """The expression is not allowed or has no value (division by zero, too large)."""


@per_turn  # routing asks, and the reply asks again
def extract_expression(message: str) -> str | None:
    """The arithmetic in `message` as an expression string, or None if it is not a sum."""
    text = message.strip().lower().replace("’", "'")
    text = LEAD_IN.sub("", text, count=1)
    text = text.rstrip(" ?!.=")
    for pattern, replacement in _WORDS:
        text = pattern.sub(replacement, text)
    text = text.strip()
    if not text or len(text) > MAX_LENGTH or not EXPRESSION.match(text) or not HAS_OPERATION.search(text):
        return None
    return text


def _check_size(value: float) -> float:
    if isinstance(value, complex):
        raise CalculationError("that has no real-number answer")
    if isinstance(value, float) and not math.isfinite(value):
        raise CalculationError("the result is too large")
    if abs(value) > MAX_MAGNITUDE:
        raise CalculationError("the result is too large")
    return value


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
        value = _eval(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        left, right = _eval(node.left), _eval(node.right)
        if isinstance(node.op, ast.Pow) and (abs(right) > MAX_EXPONENT or abs(left) > MAX_MAGNITUDE**0.1):
            raise CalculationError("that power is too large to work out")
        try:
            return _check_size(OPERATORS[type(node.op)](left, right))
        except ZeroDivisionError:
            raise CalculationError("division by zero has no answer") from None
        except OverflowError:
            raise CalculationError("the result is too large") from None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FUNCTIONS
        and len(node.args) == 1
        and not node.keywords
    ):
        argument = _eval(node.args[0])
        if node.func.id == "sqrt" and argument < 0:
            raise CalculationError("a negative number has no real square root")
        return FUNCTIONS[node.func.id](argument)
    raise CalculationError("only numbers, + - * / % **, parentheses and sqrt/abs/round are allowed")


def evaluate(expression: str) -> float:
    """The value of `expression`; raises `CalculationError` for anything not plain arithmetic."""
    if len(expression) > MAX_LENGTH:
        raise CalculationError("that expression is too long")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        raise CalculationError("that is not an expression I can read") from None
    return _eval(tree)


def format_number(value: float) -> str:
    """`84`, `3.5`, `0.3333333333`, `1.2e+40`: whole numbers without `.0`, at most 10 digits."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**15 else f"{value:.6e}"
    return f"{value:.10g}"


def pretty(expression: str) -> str:
    """The expression as the user would write it: `12 × 7`, `2^10`."""
    text = re.sub(r"\s+", "", expression)
    text = re.sub(r"(?<=[\d).])(\*\*|//|[-+*/%])", r" \1 ", text)
    return text.replace(" ** ", "^").replace(" * ", " × ").replace(" / ", " ÷ ")
