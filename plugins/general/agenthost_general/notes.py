"""The `notes` tool: add, list and delete the user's notes in `notes.json` ({"notes": [...]}).

A note is {"id": int, "text": str, "created": ISO UTC}. Ids are never reused while a higher
one exists (the next id is one more than the highest), so "delete note 3" means one note.
"""

from __future__ import annotations

import re
from typing import Any

from host.types import Tool, ToolContext, ToolError
from host.clock import utc_now

from agenthost_general.agent import NAME

NOTES = "notes.json"
MAX_NOTE = 1000
MAX_NOTES = 500


def _notes(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("notes", []), list):
        raise ToolError("notes.json is not in the expected shape; refusing to overwrite it")
    return data.setdefault("notes", [])


async def _add(context: ToolContext, text: str | None) -> dict[str, Any]:
    if not isinstance(text, str) or not text.strip():
        raise ToolError("action 'add' needs the note's text")
    clean = re.sub(r"[ \t]+", " ", text.strip())
    if len(clean) > MAX_NOTE:
        raise ToolError(f"a note is at most {MAX_NOTE} characters")

    def change(data: Any) -> dict[str, Any]:
        notes = _notes(data)
        if len(notes) >= MAX_NOTES:
            raise ToolError(f"you already have {MAX_NOTES} notes; delete some first")
        note = {"id": max((n.get("id", 0) for n in notes), default=0) + 1, "text": clean, "created": utc_now()}
        notes.append(note)
        return note

    return {"added": await context.store.update_json(NOTES, {"notes": []}, change)}


async def _delete(context: ToolContext, note_id: int | None) -> dict[str, Any]:
    if isinstance(note_id, float) and note_id.is_integer():
        note_id = int(note_id)  # JSON schema's "integer" also admits 3.0
    if isinstance(note_id, bool) or not isinstance(note_id, int):
        raise ToolError("action 'delete' needs the note's id (a whole number)")

    def change(data: Any) -> dict[str, Any]:
        notes = _notes(data)
        for index, note in enumerate(notes):
            if note.get("id") == note_id:
                return notes.pop(index)
        ids = [n.get("id") for n in notes]
        raise ToolError(f"there is no note {note_id}; ids: {ids or 'none (no notes yet)'}")

    return {"deleted": await context.store.update_json(NOTES, {"notes": []}, change)}


async def notes(context: ToolContext, action: str, text: str | None = None, id: int | None = None) -> dict[str, Any]:
    """Add a note (`text`), list all notes, or delete one (`id`)."""
    if action == "add":
        return await _add(context, text)
    if action == "delete":
        return await _delete(context, id)
    if action == "list":
        data = await context.store.read_json(NOTES, {"notes": []})
        return {"notes": _notes(data)}
    raise ToolError("action must be 'add', 'list' or 'delete'")


PARAMETERS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": ["add", "list", "delete"]},
        "text": {"type": "string", "minLength": 1, "maxLength": MAX_NOTE, "description": "The note, for 'add'"},
        "id": {"type": "integer", "minimum": 1, "description": "The note's id, for 'delete'"},
    },
    "required": ["action"],
    "additionalProperties": False,
}

TOOL = Tool(
    name="notes",
    description="Keep the user's notes: action 'add' with text, 'list', or 'delete' with the note's id.",
    parameters=PARAMETERS,
    function=notes,
    agent=NAME,
)
