"""Strong bones, a topic between the specialists (calcium and vitamin D, and weight-bearing
exercise): answered by General with the amounts for the user's sex and age from the profile;
a question only about the training or only about one nutrient stays with its specialist."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import ask

from host.testing import TurnRunner
from host.types import ClassifyContext

from agenthost_general.routing import classify
from agenthost_general.wellbeing import find_topic, person_key, topics

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


@pytest.mark.parametrize(
    "question",
    [
        "what should I be eating to keep my bones strong at my age?",
        "how can I keep my bones strong?",
        "foods for healthy bones",
        "how do I prevent osteoporosis",
        "what's good for bone health after menopause",
        "is milk good for your bones",
        "how do I stop bone loss as I get older",
        "tips for stronger bones",
        "what can I do about my bone density",
        "I'm worried about brittle bones like my mum, what should I do?",
        "how to keep bones healthy in your 60s",
    ],
)
def test_bone_questions_are_generals(question: str):
    found = find_topic(question)
    assert found is not None and found[0].id == "bone_health", question
    assert classify(question, CONTEXT).score >= 0.85, question  # above Ceres' "what should I eat" (0.8)


@pytest.mark.parametrize(
    "question",
    [
        "what exercise is good for osteoporosis prevention?",  # Helios' training answer
        "best exercises for bone density",
        "how much calcium do I need?",  # one nutrient: Ceres'
        "I broke a bone in my foot",
        "bone broth recipe",
        "chicken breast on the bone, how long in the oven",
    ],
)
def test_a_near_miss_is_not_claimed_above_the_specialist(question: str):
    assert classify(question, CONTEXT).score < 0.6, question


def test_every_people_key_is_a_sex_and_an_age_range():
    for topic in topics().values():
        for key, text in topic.people.items():
            who, low, high = person_key(key)
            assert who in ("any", "female", "male") and 0 < low <= high <= 120, (topic.id, key)
            assert len(text.split()) <= 80, (topic.id, key)
    with pytest.raises(ValueError, match="people key 'women 50'"):
        person_key("women 50")


@pytest.mark.parametrize(
    "facts, expected, absent",
    [
        ("I'm 60, female, 5'6 and 150 lb", "1,200 mg a day** for women from 51", "20 micrograms (800 IU)"),
        ("I'm 58 and male", "**1,000 mg of calcium** (UK: 700 mg)", "menopause"),
        ("I'm a 76 year old woman", "US: 20 micrograms, 800 IU, from 71", "For you, as a woman over 50"),
        ("I'm a 67 year old woman", "From 65, bones thin", "For you, at 19-50"),
        ("I'm 34, male", "For you, at 19-50", "menopause"),
        ("I'm 16", "1,000 mg of calcium a day for boys and 800 mg for girls", "For you"),
    ],
)
async def test_the_answer_has_the_amounts_for_the_users_sex_and_age(chat: TurnRunner, facts: str, expected: str, absent: str):
    await chat(facts)
    text = (await chat("what should I be eating to keep my bones strong at my age?")).text
    assert "calcium" in text.lower() and "vitamin d" in text.lower() and "weight-bearing" in text.lower()
    assert expected in text
    assert absent not in text
    assert "Source: NHS, Calcium and Vitamin D" in text


async def test_without_a_profile_the_general_answer_and_how_to_personalise_it(chat: TurnRunner):
    text = (await chat("how can I keep my bones strong?")).text
    assert text.startswith("Four things keep bones strong: **calcium** (700 mg a day")
    assert "For you" not in text


async def test_asking_for_an_age_group_answers_for_it_not_for_the_user(chat: TurnRunner):
    await chat("I'm 60, female")
    text = (await chat("how do teenagers keep their bones strong?")).text
    assert "1,000 mg of calcium a day for boys" in text and "For you" not in text


@pytest.mark.parametrize(
    "message",
    ["I'm 60 and female, how do I keep my bones strong?", "62F here, what should I eat for strong bones?", "59, woman, 5'5 - tips for healthy bones?"],
)
async def test_facts_and_the_question_in_one_sentence(chat: TurnRunner, on_disk, message: str):
    text = (await chat(message)).text
    assert text.startswith("Saved: age ")
    assert "For you, as a woman over 50" in text  # from what was just saved
    assert on_disk("profile.json")["sex"] == "female"


async def test_what_do_you_know_about_me_after_a_bone_answer_is_the_profile(chat: TurnRunner):
    # the tips point to Ceres with "knows": a word shared with the question is no follow-up
    await chat("I'm 60 and female, how do I keep my bones strong?")
    text = (await chat("what do you know about me")).text
    assert text.startswith("Here's what I know about you:\n- Age: 60")


@pytest.mark.skipif(
    not {"helios", "ceres"} <= {ep.name for ep in entry_points(group="agenthost")},
    reason="needs the Helios and Ceres plugins installed (pip install -e plugins/<name>)",
)
async def test_over_the_websocket_general_answers_and_its_pointers_work(aiohttp_client, tmp_path: Path):
    config = test_config(tmp_path / "data", plugins={"enabled": ["general", "helios", "ceres"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/ann")
    await ws.receive_json()
    await ask(ws, "I'm 60", "a")
    await ask(ws, "female, 5'6 and 150 lb", "b")
    reply = await ask(ws, "what should I be eating to keep my bones strong at my age?", "c")
    assert reply["metadata"]["agent_id"] == "general" and "For you, as a woman over 50" in reply["message"]
    pointers = [q for tip in topics()["bone_health"].tips for q in re.findall(r'"(@\w+ [^"]+)"', tip)]
    assert {p.split()[0] for p in pointers} == {"@ceres", "@helios"}
    for n, pointer in enumerate(pointers):
        answer = await ask(ws, pointer, f"p{n}")
        assert answer["metadata"]["agent_id"] == pointer.split()[0][1:], pointer
        assert "calcium" in answer["message"].lower() or "osteoporosis" in answer["message"].lower(), (pointer, answer["message"][:200])
    await ws.close()
