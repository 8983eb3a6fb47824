"""The notes tools: `add_note`, `list_notes` and `delete_note`, on `notes.json` ({"notes": [...]}).

One tool per kind of side effect: the two that write are marked `side_effects=True`, so the
host runs each at most once per turn (an offline answer after a failed model attempt reuses
the model's result instead of adding the note twice); `list_notes` only reads.

A note is {"id": int, "text": str, "created": ISO UTC}. Ids are never reused while a higher
one exists (the next id is one more than the highest), so "delete note 3" means one note.
"""

from __future__ import annotations

import re
from typing import Any

from host.clock import utc_now
from host.types import Tool, ToolContext, ToolError

from agenthost_general.agent import NAME

NOTES = "notes.json"
MAX_NOTE = 1000
MAX_NOTES = 500


def _notes(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("notes", []), list):
        raise ToolError("notes.json is not in the expected shape; refusing to overwrite it")
    return data.setdefault("notes", [])


async def add_note(context: ToolContext, text: str) -> dict[str, Any]:
    """Add a note; returns it (with its new id) as `added`."""
    if not isinstance(text, str) or not text.strip():
        raise ToolError("add_note needs the note's text")
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


async def list_notes(context: ToolContext) -> dict[str, Any]:
    """Every note, oldest first, as `notes`."""
    data = await context.store.read_json(NOTES, {"notes": []})
    return {"notes": _notes(data)}


async def delete_note(context: ToolContext, id: int) -> dict[str, Any]:
    """Delete the note with this id; returns it as `deleted`."""
    note_id: Any = id
    if isinstance(note_id, float) and note_id.is_integer():
        note_id = int(note_id)  # JSON schema's "integer" also admits 3.0
    if isinstance(note_id, bool) or not isinstance(note_id, int):
        raise ToolError("delete_note needs the note's id (a whole number)")

    def change(data: Any) -> dict[str, Any]:
        notes = _notes(data)
        for index, note in enumerate(notes):
            if note.get("id") == note_id:
                return notes.pop(index)
        ids = [n.get("id") for n in notes]
        raise ToolError(f"there is no note {note_id}; ids: {ids or 'none (no notes yet)'}")

    return {"deleted": await context.store.update_json(NOTES, {"notes": []}, change)}


ADD = Tool(
    name="add_note",
    description="Save a note for the user (a reminder, a to-do, anything they want kept); returns it with its id.",
    parameters={
        "type": "object",
        "properties": {"text": {"type": "string", "minLength": 1, "maxLength": MAX_NOTE, "description": "The note"}},
        "required": ["text"],
        "additionalProperties": False,
    },
    function=add_note,
    agent=NAME,
    side_effects=True,
)

LIST = Tool(
    name="list_notes",
    description="List the user's notes, oldest first, each with its id.",
    parameters={"type": "object", "properties": {}, "additionalProperties": False},
    function=list_notes,
    agent=NAME,
)

DELETE = Tool(
    name="delete_note",
    description="Delete one of the user's notes by its id (list_notes shows the ids).",
    parameters={
        "type": "object",
        "properties": {"id": {"type": "integer", "minimum": 1, "description": "The note's id"}},
        "required": ["id"],
        "additionalProperties": False,
    },
    function=delete_note,
    agent=NAME,
    side_effects=True,
)

TOOLS: tuple[Tool, ...] = (ADD, LIST, DELETE)
