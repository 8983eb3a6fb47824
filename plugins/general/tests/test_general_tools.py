"""General's tools called as the host calls them: results, files on disk, bad arguments."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from host.registry import Registry
from host.storage import FileStorage
from host.tools import execute_tool
from host.types import Agent, Tool, ToolContext, ToolError

import agenthost_general
from agenthost_general.capabilities import capabilities
from agenthost_general.notes import add_note, delete_note, list_notes
from agenthost_general.profile import forget, remember

TOOLS = {tool.name: tool for tool in agenthost_general.TOOLS}
MUSE = Agent("muse", "Muse", "🎨", "Creative writing partner: poems, stories and lyrics.", tools=("write_poem",))


def write_poem(context: ToolContext, topic: str) -> str:
    return f"a poem about {topic}"


POEM = Tool("write_poem", "Write a short poem", {"type": "object", "properties": {"topic": {"type": "string"}}}, write_poem, "muse")


def restarted(data_dir: Path, registry: Any) -> ToolContext:
    """A context on a brand-new FileStorage over the same folder: what a restarted server sees."""
    return ToolContext(user_id="alice", store=FileStorage(data_dir).user("alice"), registry=registry)


# capabilities


async def test_capabilities_lists_enabled_agents_with_their_tools(context):
    result = await execute_tool(TOOLS["capabilities"], context, {})
    by_name = {a["name"]: a for a in result["agents"]}
    assert list(by_name) == ["helios", "ceres", "general"]
    assert by_name["helios"]["label"] == "Helios 💪"
    assert by_name["ceres"]["emoji"] == "🥗"
    assert by_name["helios"]["description"].startswith("Fitness coach")
    assert [t["name"] for t in by_name["general"]["tools"]] == ["capabilities", "remember", "forget", "add_note", "list_notes", "delete_note", "everyday_advice"]
    assert all(t["description"] for t in by_name["general"]["tools"])


async def test_capabilities_shows_a_newly_installed_fourth_agent(context, registry):
    registry.agents["muse"] = MUSE
    registry.tools["write_poem"] = POEM
    result = await execute_tool(TOOLS["capabilities"], context, {})
    muse = next(a for a in result["agents"] if a["name"] == "muse")
    assert muse["label"] == "Muse 🎨"
    assert muse["description"] == "Creative writing partner: poems, stories and lyrics."
    assert muse["tools"] == [{"name": "write_poem", "description": "Write a short poem"}]


async def test_capabilities_lists_another_agents_tool_that_an_agent_names(storage):
    """The same rule as the host's (`Registry.tools_for`): an agent may use a tool of another
    agent's by naming it in `Agent.tools`."""
    scribe = Agent("scribe", "Scribe", "✍️", "Copies poems.", tools=("write_poem",))
    registry = Registry(agents={"muse": MUSE, "scribe": scribe}, tools={"write_poem": POEM})
    result = capabilities(ToolContext("alice", storage.user("alice"), registry))
    assert [a["tools"] for a in result["agents"]] == [[{"name": "write_poem", "description": "Write a short poem"}]] * 2


async def test_capabilities_rejects_arguments(context):
    result = await execute_tool(TOOLS["capabilities"], context, {"agent": "helios"})
    assert "error" in result


# remember


async def test_remember_saves_every_field(context, on_disk):
    result = await remember(
        context,
        name="Sam",
        weight_kg=80,
        height_cm=180.5,
        age=34,
        sex="male",
        goals=["run a marathon"],
        facts={"Favourite colour": "blue"},
        fact="I'm vegetarian",
    )
    expected = {
        "name": "Sam",
        "weight_kg": 80.0,
        "height_cm": 180.5,
        "age": 34,
        "sex": "male",
        "goals": ["run a marathon"],
        "facts": {"favourite colour": "blue", "i'm vegetarian": "I'm vegetarian"},
    }
    assert on_disk("profile.json") == expected
    assert result["profile"] == expected


async def test_remember_keeps_other_agents_keys_and_adds_goals_without_duplicates(context, on_disk):
    await context.store.write_json("profile.json", {"diet": {"type": "vegan"}, "goals": ["sleep more"]})
    await remember(context, goals=["Sleep more", "learn Spanish"])
    await remember(context, weight_kg=72.25)
    assert on_disk("profile.json") == {"diet": {"type": "vegan"}, "goals": ["sleep more", "learn Spanish"], "weight_kg": 72.2}


async def test_concurrent_remember_calls_keep_both_changes(context, on_disk):
    await asyncio.gather(remember(context, name="Sam"), remember(context, weight_kg=80), remember(context, age=34))
    assert on_disk("profile.json") == {"name": "Sam", "weight_kg": 80.0, "age": 34}


@pytest.mark.parametrize(
    "arguments, message",
    [
        ({}, "nothing to remember"),
        ({"name": "   "}, "name must be a non-empty text"),
        ({"weight_kg": 800}, "weight_kg must be between 20 and 400"),
        ({"height_cm": -3}, "height_cm must be between 50 and 260"),
        ({"age": 30.5}, "age must be a whole number"),
        ({"sex": "robot"}, "sex must be 'male' or 'female'"),
        ({"goals": []}, "goals must be a non-empty list"),
        ({"facts": {"colour": ""}}, "fact 'colour' must be a non-empty text"),
        ({"name": "Sam", "weight_kg": "heavy"}, "weight_kg must be a number"),
    ],
)
async def test_remember_bad_arguments_raise_and_change_nothing(context, on_disk, arguments, message):
    await remember(context, name="Ann")
    before = on_disk("profile.json")
    with pytest.raises(ToolError, match=message):
        await remember(context, **arguments)
    assert on_disk("profile.json") == before == {"name": "Ann"}


async def test_remember_schema_errors_come_back_as_errors_and_write_nothing(context, data_dir):
    for arguments in ({"weight_kg": "heavy"}, {"nickname": "Sammy"}, {"age": 500}):
        result = await execute_tool(TOOLS["remember"], context, arguments)
        assert result["error"].startswith("invalid arguments for remember")
    assert not (data_dir / "alice" / "profile.json").exists()


async def test_remembered_facts_survive_a_restart(context, data_dir, registry):
    await execute_tool(TOOLS["remember"], context, {"name": "Sam", "weight_kg": 80})
    profile = await restarted(data_dir, registry).store.read_json("profile.json")
    assert profile == {"name": "Sam", "weight_kg": 80.0}


# forget


async def test_forget_a_field_one_item_or_everything_but_other_agents_keys(context, on_disk):
    await context.store.write_json("profile.json", {"calorie_target": 2000})
    await remember(context, name="Sam", weight_kg=80, goals=["run a marathon", "learn Spanish"], fact="I'm vegetarian")

    assert await forget(context, "weight_kg") == {"forgotten": ["weight_kg"]}
    assert await forget(context, "goals", item="Learn Spanish") == {"forgotten": ["goal: learn Spanish"]}
    assert await forget(context, "facts", item="vegetarian") == {"forgotten": ["fact: i'm vegetarian"]}
    assert on_disk("profile.json") == {"calorie_target": 2000, "name": "Sam", "goals": ["run a marathon"]}

    assert await forget(context, "all") == {"forgotten": ["name", "goals"]}
    assert on_disk("profile.json") == {"calorie_target": 2000}
    assert await forget(context, "name") == {"forgotten": []}


@pytest.mark.parametrize(
    "arguments, message",
    [
        ({"field": "diet"}, "field must be one of"),
        ({"field": "facts", "item": "left-handed"}, "no fact matches 'left-handed'"),
        ({"field": "goals", "item": "swim"}, "no goal matches 'swim'"),
        ({"field": "name", "item": "Sam"}, "item only applies to field 'goals' or 'facts'"),
        ({"field": "all", "item": "x"}, "item only applies"),
    ],
)
async def test_forget_bad_arguments_raise_and_change_nothing(context, on_disk, arguments, message):
    await remember(context, name="Sam", goals=["run"], fact="I'm vegetarian")
    before = on_disk("profile.json")
    with pytest.raises(ToolError, match=message):
        await forget(context, **arguments)
    assert on_disk("profile.json") == before


# notes


async def test_notes_add_list_delete(context, on_disk):
    first = await add_note(context, text="  buy oats ")
    await add_note(context, text="call mum")
    await add_note(context, text="book dentist")
    assert first["added"]["id"] == 1 and first["added"]["text"] == "buy oats"
    assert first["added"]["created"].endswith("Z")

    deleted = await delete_note(context, id=2)
    assert deleted["deleted"]["text"] == "call mum"
    listed = await list_notes(context)
    assert [(n["id"], n["text"]) for n in listed["notes"]] == [(1, "buy oats"), (3, "book dentist")]
    assert [n["text"] for n in on_disk("notes.json")["notes"]] == ["buy oats", "book dentist"]

    added = await add_note(context, text="water plants")
    assert added["added"]["id"] == 4  # ids are not reused


def test_each_notes_tool_has_one_kind_of_side_effect():
    assert (TOOLS["add_note"].side_effects, TOOLS["delete_note"].side_effects, TOOLS["list_notes"].side_effects) == (True, True, False)
    assert "notes" not in TOOLS


async def test_notes_list_is_empty_before_any_note(context, data_dir):
    assert await list_notes(context) == {"notes": []}
    assert not (data_dir / "alice" / "notes.json").exists()


@pytest.mark.parametrize(
    "tool, arguments, message",
    [
        (add_note, {"text": "   "}, "needs the note's text"),
        (add_note, {"text": "x" * 1001}, "at most 1000 characters"),
        (delete_note, {"id": "2"}, "needs the note's id"),
        (delete_note, {"id": 99}, r"there is no note 99; ids: \[1\]"),
    ],
)
async def test_notes_bad_arguments_raise_and_change_nothing(context, on_disk, tool, arguments, message):
    await add_note(context, text="buy oats")
    before = on_disk("notes.json")
    with pytest.raises(ToolError, match=message):
        await tool(context, **arguments)
    assert on_disk("notes.json") == before


async def test_notes_schema_errors_come_back_as_errors(context, on_disk):
    for name, arguments in (("add_note", {"text": ""}), ("add_note", {}), ("delete_note", {"id": "one"}), ("list_notes", {"all": True})):
        result = await execute_tool(TOOLS[name], context, arguments)
        assert result["error"].startswith(f"invalid arguments for {name}")
    assert on_disk("notes.json") is None


async def test_notes_refuse_to_overwrite_a_damaged_file(context, data_dir):
    path = data_dir / "alice" / "notes.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"notes": "not a list"}')
    with pytest.raises(ToolError, match="not in the expected shape"):
        await add_note(context, text="buy oats")
    assert path.read_text() == '{"notes": "not a list"}'


async def test_notes_survive_a_restart(context, data_dir, registry):
    await execute_tool(TOOLS["add_note"], context, {"text": "buy oats"})
    listed = await execute_tool(TOOLS["list_notes"], restarted(data_dir, registry), {})
    assert [n["text"] for n in listed["notes"]] == ["buy oats"]
