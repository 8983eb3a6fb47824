"""Running a tool: check its arguments against its JSON schema, call it, and never let it crash
the turn. The same path serves the offline replies and the LLM's function calls."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import jsonschema

from host.types import Tool, ToolContext, ToolError, Turn
from host.utils import await_me_maybe

log = logging.getLogger(__name__)


def validation_error(tool: Tool, arguments: dict[str, Any]) -> str | None:
    """A short message saying what is wrong with `arguments`, or None when they fit the schema."""
    validator = jsonschema.Draft202012Validator(tool.parameters)
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


async def run_tool(turn: Turn, name: str, arguments: dict[str, Any]) -> Any:
    """Run one of `turn.agent`'s tools and record the call in `turn.tool_calls`."""
    tool = turn.tools.get(name)
    started = time.perf_counter()
    if tool is None:
        result: Any = {"error": f"unknown tool {name!r}; available: {sorted(turn.tools)}"}
    else:
        context = ToolContext(user_id=turn.user_id, store=turn.store, registry=turn.registry)
        result = await execute_tool(tool, context, arguments)
    turn.tool_calls.append(
        {
            "name": name,
            "arguments": arguments,
            "result": result,
            "ms": round((time.perf_counter() - started) * 1000, 2),
        }
    )
    return result
