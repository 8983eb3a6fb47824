"""The safe evaluator: plain arithmetic works, anything else is refused without running it."""

from __future__ import annotations

import pytest

from agenthost_general.arithmetic import CalculationError, evaluate, extract_expression, format_number


@pytest.mark.parametrize(
    "message, shown",
    [
        ("what is 12 * 7", "84"),
        ("12x7", "84"),
        ("what's 1,000 * 3?", "3,000"),
        ("calculate 10 // 3", "3"),
        ("7 mod 3", "1"),
        ("square root of 16", "4"),
        ("what is 1 / 3", "0.3333333333"),
        ("-5 + 2", "-3"),
        ("2 ** 0.5", "1.414213562"),
        ("abs(-3) + round(2.6)", "6"),
        ("5 squared", "25"),
    ],
)
def test_arithmetic_in_words_and_symbols(message, shown):
    assert format_number(evaluate(extract_expression(message))) == shown


@pytest.mark.parametrize("message", ["hello", "what is 42", "what is the meaning of life", "note: 2 * 3 eggs", ""])
def test_messages_that_are_not_sums(message):
    assert extract_expression(message) is None


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os').system('true')",
        "(1).__class__",
        "open('x')",
        "[1, 2]",
        "lambda: 1",
        "sqrt(4, 5)",
        "round(2.5, ndigits=1)",
        "2 if 1 else 3",
        "'a' * 3",
        "True + 1",
    ],
)
def test_anything_but_arithmetic_is_refused(expression):
    with pytest.raises(CalculationError):
        evaluate(expression)


@pytest.mark.parametrize(
    "expression, message",
    [
        ("1 / 0", "division by zero"),
        ("5 % 0", "division by zero"),
        ("9 ** 9 ** 9", "power is too large"),
        ("10 ** 400", "too large"),
        ("(-8) ** 0.5", "no real-number answer"),
        ("sqrt(-1)", "negative number"),
        ("1 +", "not an expression"),
        ("1" * 201, "too long"),
    ],
)
def test_impossible_or_huge_results_are_refused(expression, message):
    with pytest.raises(CalculationError, match=message):
        evaluate(expression)
