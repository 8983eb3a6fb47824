"""General's replies about notes, through the `add_note`, `list_notes` and `delete_note` tools."""

from __future__ import annotations

from host.types import Turn

from agenthost_general.intents import Intent

SHOWN = 30  # a chat reply stays readable; the rest are still in notes.json


async def note_add(turn: Turn, intent: Intent) -> str:
    """Save a note and say its number."""
    result = await turn.call_tool("add_note", text=intent.data["text"])
    if "error" in result:
        return f"I couldn't save that note: {result['error']}."
    note = result["added"]
    return f"Noted (#{note['id']}): {note['text']}\nSay \"show my notes\" to see them all."


async def notes_list(turn: Turn, intent: Intent) -> str:
    """The user's notes, numbered."""
    result = await turn.call_tool("list_notes")
    if "error" in result:
        return f"I couldn't read your notes: {result['error']}."
    notes = result["notes"]
    if not notes:
        return 'You have no notes yet. Add one with "note: buy oats".'
    shown = notes[-SHOWN:]
    lines = "\n".join(f"{n['id']}. {n['text']}" for n in shown)
    count = f"{len(notes)}" if len(shown) == len(notes) else f"the latest {len(shown)} of {len(notes)}"
    plural = "s" if len(notes) > 1 else ""
    return f"Your note{plural} ({count}):\n{lines}\n\nSay \"delete note {shown[0]['id']}\" to remove one."


async def note_delete(turn: Turn, intent: Intent) -> str:
    """Delete a note by number, or by the one note whose text matches."""
    note_id = intent.data.get("id")
    if note_id is None:
        listing = await turn.call_tool("list_notes")
        wanted = intent.data["text"].lower()
        found = [n for n in listing.get("notes", []) if wanted in n["text"].lower()]
        if len(found) != 1:
            which = "matches" if not found else f"matches {len(found)} notes"
            return f'No single note {which} "{intent.data["text"]}". Say "show my notes", then "delete note <number>".'
        note_id = found[0]["id"]
    result = await turn.call_tool("delete_note", id=note_id)
    if "error" in result:
        return f"I couldn't delete that: {result['error']}."
    return f"Deleted note #{result['deleted']['id']}: {result['deleted']['text']}"
