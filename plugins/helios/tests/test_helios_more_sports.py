"""Sports people log that had no Compendium row in Helios: logged under their own name, on the
nearest row (data/activities.json `_nearest`), or on their own row where the Compendium has one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "label", "activity", "code"),
    [
        ("played netball for an hour", "Netball (basketball)", "basketball", "15055"),
        ("korfball 1h", "Korfball (basketball)", "basketball", "15055"),
        ("2 hours of gaelic football", "Gaelic football (soccer)", "soccer", None),
        ("hurling training 90 mins", "Hurling (field hockey)", "field_hockey", "15350"),
        ("camogie match 60 minutes", "Camogie (field hockey)", "field_hockey", "15350"),
        ("aussie rules 80 min", "Australian rules football (rugby)", "rugby", None),
        ("pickleball for an hour", "Pickleball (tennis)", "tennis", None),
        ("did 45 min of dodgeball", "Dodgeball", "dodgeball", "15135"),
        ("roller derby practice 2 hours", "Roller derby", "roller_derby", "15590"),
        ("reformer class 50 min", "Reformer Pilates (pilates)", "pilates", "02105"),
    ],
)
async def test_a_sport_without_its_own_row_is_logged_under_its_name(chat, on_disk, message, label, activity, code):
    reply = await chat(message)

    assert f"{label} ·" in reply.text
    [logged] = on_disk.live("workouts.jsonl")
    assert logged["activity"] == activity
    if code is not None:
        assert logged["compendium_code"] == code


async def test_someone_elses_sport_is_named_as_they_said_it(chat, on_disk):
    reply = await chat("log my wife's netball from saturday, 60 min")

    assert "wife's netball" in reply.text
    assert on_disk.live("workouts.jsonl") == []


@pytest.mark.parametrize(
    ("message", "wrong"),
    [("my knee is hurting after a 30 min run", "field_hockey"), ("had garlic bread and a pint", "soccer"),
     ("forty minutes of rowing", "soccer"), ("hustling for 30 min at work", "field_hockey")],
)
def test_a_real_word_next_to_a_new_sport_name_is_not_read_as_it(message, wrong):
    from agenthost_helios import compendium, entries

    found = compendium.activity_in_text(entries.canonical(message))
    assert found is None or found.id != wrong
