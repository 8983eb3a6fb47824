"""host.tools remembers arguments it found valid (jsonschema is slow); the remembered verdict
must be the one jsonschema would give, whatever looks alike in JSON but not to the validator."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from host import tools
from host.types import Tool

SCHEMA = {
    "type": "object",
    "properties": {
        "days": {"type": "integer", "minimum": 1, "maximum": 7},
        "kinds": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "note": {"type": "string"},
    },
    "required": ["days"],
    "additionalProperties": False,
}
TOOL = Tool(name="t", description="", parameters=SCHEMA, function=lambda context, **kwargs: None, agent="a")


@pytest.mark.parametrize(
    ("valid", "lookalike"),
    [
        ({"days": 1}, {"days": True}),  # True == 1 in Python, not to JSON Schema
        ({"days": 2}, {"days": 2.0}),
        ({"days": 1, "kinds": ["a"]}, {"days": 1, "kinds": ("a",)}),  # a tuple is no array to jsonschema
        ({"days": 1, "note": "x"}, {"days": 1, "note": 5}),
    ],
)
def test_a_remembered_verdict_is_the_validators(valid: dict[str, Any], lookalike: dict[str, Any]) -> None:
    tools._VALID.clear()
    assert tools.validation_error(TOOL, valid) is None
    assert tools.validation_error(TOOL, valid) is None  # now remembered
    expected = jsonschema.Draft202012Validator(SCHEMA).is_valid(lookalike)
    assert (tools.validation_error(TOOL, lookalike) is None) is expected


def test_invalid_arguments_are_not_remembered_and_unhashable_ones_still_checked() -> None:
    tools._VALID.clear()
    assert tools.validation_error(TOOL, {"days": 9}) is not None
    assert tools.validation_error(TOOL, {"days": 9}) is not None
    assert not tools._VALID
    assert tools.validation_error(TOOL, {"days": 1, "kinds": {"a"}}) is not None  # a set: not JSON, not cached
    assert not tools._VALID


def test_the_memory_is_bounded() -> None:
    tools._VALID.clear()
    for note in range(tools._MAX_VALID + 10):
        assert tools.validation_error(TOOL, {"days": 1, "note": str(note)}) is None
    assert len(tools._VALID) == tools._MAX_VALID
