"""Running a tool: check its arguments against its JSON schema, call it, record it once, and
never let it crash the turn. The same path serves the offline replies and the LLM's function
calls.

Side effects happen once per turn: a tool marked `side_effects` keeps running when a deadline
cancels the model's attempt (its result is still recorded), and when the agent then answers
offline, its call of the same tool gets the model's earlier result instead of doing it again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import OrderedDict
from functools import partial
from typing import Any

import jsonschema

from host.types import Tool, ToolContext, ToolError, Turn
from host.utils import await_me_maybe

log = logging.getLogger(__name__)


# A checked validator per schema: building one costs more than using it (tools are few and
# live as long as the app; the schema object itself is kept, so a reused id cannot mislead).
_VALIDATORS: dict[int, tuple[Any, jsonschema.protocols.Validator]] = {}
_MAX_VALIDATORS = 1024


def _validator(schema: Any) -> jsonschema.protocols.Validator:
    cached = _VALIDATORS.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    validator = jsonschema.Draft202012Validator(schema)
    if len(_VALIDATORS) >= _MAX_VALIDATORS:
        _VALIDATORS.clear()
    _VALIDATORS[id(schema)] = (schema, validator)
    return validator


# Arguments found valid lately, by schema: (the schema's id, the arguments frozen with every
# value's type). jsonschema took 100-300 us to check a tool's few arguments, and offline
# replies call their tools with the same arguments again and again.
_VALID: OrderedDict[tuple[int, Any], Any] = OrderedDict()
_MAX_VALID = 1024
_LEAVES = (str, int, float, bool, type(None))


def _frozen(value: Any) -> Any:
    """`value` as a hashable key that is equal for two values only when they are the same JSON
    with the same Python types throughout (a tuple is not a list, True is not 1, 1.0 is not
    1, key order counts): what the validator sees is then the same. TypeError for anything
    else."""
    kind = type(value)
    if kind in _LEAVES:
        return (kind, value)
    if kind is list or kind is tuple:
        return (kind, tuple(_frozen(item) for item in value))
    if kind is dict:
        return (kind, tuple((_frozen(key), _frozen(item)) for key, item in value.items()))
    raise TypeError(kind)


def validation_error(tool: Tool, arguments: dict[str, Any]) -> str | None:
    """A short message saying what is wrong with `arguments`, or None when they fit the schema."""
    schema = tool.parameters
    try:
        key: tuple[int, Any] | None = (id(schema), _frozen(arguments))
    except (TypeError, RecursionError):
        key = None
    if key is not None and _VALID.get(key) is schema:
        _VALID.move_to_end(key)
        return None
    validator = _validator(schema)
    if validator.is_valid(arguments):
        if key is not None:
            _VALID[key] = schema  # kept, so a reused id cannot mislead
            if len(_VALID) > _MAX_VALID:
                _VALID.popitem(last=False)
        return None
    error = jsonschema.exceptions.best_match(validator.iter_errors(arguments))
    if error is None:
        return None
    where = ".".join(str(p) for p in error.absolute_path) or "arguments"
    return f"invalid arguments for {tool.name}: {where}: {error.message}"


async def execute_tool(tool: Tool, context: ToolContext, arguments: dict[str, Any]) -> Any:
    """Call `tool` with `arguments`; a bad argument or a failure becomes `{"error": "..."}`."""
    if not isinstance(arguments, dict):
        return {"error": f"invalid arguments for {tool.name}: expected a JSON object"}
    problem = validation_error(tool, arguments)
    if problem:
        return {"error": problem}
    try:
        result = await await_me_maybe(tool.function(context, **arguments))
        json.dumps(result)  # a tool must return JSON-serialisable data
        return result
    except ToolError as exc:
        return {"error": str(exc)}
    except Exception as exc:
        log.exception("tool %s (plugin %s) failed", tool.name, tool.plugin)
        return {"error": f"tool {tool.name} failed: {type(exc).__name__}"}


async def run_tool(turn: Turn, name: str, arguments: dict[str, Any], call_id: str | None = None) -> Any:
    """Run one of `turn.agent`'s tools and record the call in `turn.tool_calls`.

    `call_id` is the model's id for a function call: a call id seen before in this turn is
    answered from its record, never run again."""
    if call_id is not None:
        for record in turn.tool_calls:
            if record.get("call_id") == call_id:
                return record["result"]
    tool = turn.tools.get(name)
    if tool is None:
        result: Any = {"error": f"unknown tool {name!r}; available: {sorted(turn.tools)}"}
        _record(turn, name, arguments, call_id, time.perf_counter(), result)
        return result
    if tool.side_effects and call_id is None:
        earlier = _model_result_to_reuse(turn, name)
        if earlier is not None:
            return earlier
    context = ToolContext(user_id=turn.user_id, store=turn.store, registry=turn.registry)
    started = time.perf_counter()
    task = asyncio.ensure_future(execute_tool(tool, context, arguments))
    task.add_done_callback(partial(_record_task, turn, name, arguments, call_id, started))
    if not tool.side_effects:
        return await task
    # Shielded: if the turn's deadline cancels us now, the tool still finishes and is recorded.
    turn.running_tools.add(task)
    task.add_done_callback(turn.running_tools.discard)
    return await asyncio.shield(task)


def _model_result_to_reuse(turn: Turn, name: str) -> Any:
    """The result of a successful call of `name` that the model made earlier in this turn and
    this attempt has not reused yet, or None."""
    for index, record in enumerate(turn.tool_calls):
        if index in turn.reused_calls or record["name"] != name or record.get("call_id") is None:
            continue
        result = record["result"]
        if isinstance(result, dict) and "error" in result:
            continue
        turn.reused_calls.add(index)
        log.info("tool %s already ran in this turn (model call %s); its result is reused", name, record["call_id"])
        return result
    return None


def _record_task(turn: Turn, name: str, arguments: dict[str, Any], call_id: str | None, started: float, task: asyncio.Future[Any]) -> None:
    if not task.cancelled():  # only a tool without side effects is ever cancelled, and did nothing to record
        _record(turn, name, arguments, call_id, started, task.result())


def _record(turn: Turn, name: str, arguments: Any, call_id: str | None, started: float, result: Any) -> None:
    record: dict[str, Any] = {"name": name, "arguments": arguments, "result": result, "ms": round((time.perf_counter() - started) * 1000, 2)}
    if call_id is not None:
        record["call_id"] = call_id
    turn.tool_calls.append(record)
