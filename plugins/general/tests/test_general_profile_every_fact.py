"""Every fact of a profile sentence is saved and confirmed: the age after an intro ("set up my
profile: 35, ..."), the goal said without its "I" ("would like to lose a bit"), a sport or class
a week as the activity level, a life stage ("post-menopausal"), and a diet passed on to Ceres
with its own tool. Then the answers that use the profile (maintenance calories) read it."""

from __future__ import annotations

import json
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from host.registry import Registry
from host.testing import TurnRunner, ask
from host.types import ClassifyContext

import agenthost_general
from agenthost_general.agent import AGENT
from agenthost_general.diet_handoff import diet_arguments
from agenthost_general.life_stage import life_stage
from agenthost_general.routing import PROFILE_LIST, classify
from agenthost_general.statements import read_profile

CONTEXT = ClassifyContext(user_id="alice", history=[], profile={})


def facts_of(message: str) -> dict[str, object]:
    return {field: fact.value for field, fact in read_profile(message).facts.items()}


# --- The age first in a list, after words that introduce it ---------------------------------


@pytest.mark.parametrize(
    ("message", "age"),
    [
        ("set up my profile: 35, woman, 168 cm, 62 kg, moderately active", 35),
        ("Set up a profile for me - 29, male, 180cm, 85kg", 29),
        ("can you create my profile: 47, man, 6'0, 200 lb", 47),
        ("about me: 35 woman 168 cm 62 kg", 35),
        ("ok so a bit about me: 58, female, 155 cm, 60 kg", 58),
        ("my stats: 22, male, 175cm, 68kg", 22),
        ("here are my details: 64, F, 5 ft 2, 9 st 4", 64),
        ("quick intro - 19, guy, 183 cm, 77 kg", 19),
        ("for my profile: 40, woman, 170cm, 72kg, lightly active", 40),
        ("Profile please: 33, male, 178 cm, 90 kg", 33),
        ("update my profile: 51, female, 163 cm, 66 kg", 51),
        ("new profile: 35 / F / 168cm / 62kg", 35),
        ("profile update: 36, woman, 170 cm, 63 kg", 36),
        ("32 y/o | M | 180cm | 80kg", 32),
    ],
)
def test_a_number_first_in_an_introduced_list_is_the_age(message, age):
    reading = read_profile(message)
    assert reading.facts["age"].value == age
    assert {"sex", "height_cm", "weight_kg"} <= set(reading.facts)
    assert reading.rest == "" and not reading.problems


@pytest.mark.parametrize(
    "message",
    [
        "I'm 35 minutes into my run",
        "did 3 sets of 10",
        "5k in 28",
        "ran 10k in 55 today",
        "set up my workout: 3 sets of 12 squats",
        "about me: I ran 5 km this morning",
        "35 minutes of yoga done",
        "did 4x8 at 60 kg",
        "I'm 20 minutes late for the gym",
        "just did 45 push-ups",
    ],
)
def test_numbers_that_are_not_the_user_state_no_profile_fact(message):
    facts = facts_of(message)
    assert not ({"age", "weight_kg", "height_cm"} & set(facts)), facts


# --- A goal said without its "I" is no question, so General keeps the whole sentence ---------


@pytest.mark.parametrize(
    ("message", "goal"),
    [
        ("I'm 41, female, 5 ft 4 and 11 stone 2, desk job, would like to lose a bit", "lose a bit"),
        ("38, male, 5'11, 15 stone, office job, would really like to drop a stone", "drop a stone"),
        ("27, female, 160 cm, 58 kg, would love to get stronger", "get stronger"),
        ("I'm 45, man, 180 cm, 95 kg, could do with losing a few kilos", None),
        ("50, woman, 165cm, 80kg, am trying to lose weight", "lose weight"),
        ("33, male, 6ft, 13 st, sit at a desk all day, would like to build some muscle", "build some muscle"),
        ("I'm 62, female, 5 ft 3, 10 stone 6, retired, would like to get fitter", "get fitter"),
        ("24, F, 170cm, 65kg, am hoping to run a 10k", "run a 10k"),
        ("I'm 36, male, 175 cm, 82 kg, desk job, would like to tone up", "tone up"),
        ("29, woman, 5'5, 150 lb, would like to lose about 10 lb", "lose about 10 lb"),
    ],
)
def test_a_wish_without_its_i_is_a_goal_and_general_claims_the_sentence(message, goal):
    reading = read_profile(message)
    assert not reading.question
    assert {"age", "sex", "height_cm", "weight_kg"} <= set(reading.facts)
    if goal:
        assert reading.facts["goals"].value == [goal]
    assert classify(message, CONTEXT).score >= PROFILE_LIST


def test_eleven_stone_two_and_a_desk_job():
    facts = facts_of("I'm 41, female, 5 ft 4 and 11 stone 2, desk job, would like to lose a bit")
    assert facts["weight_kg"] == 70.8 and facts["activity_level"] == "sedentary" and facts["age"] == 41


@pytest.mark.parametrize("message", ["would you like to know my weight?", "would it help to know I'm 80 kg?", "am I overweight at 90 kg?"])
def test_a_real_question_stays_a_question(message):
    assert read_profile(message).question


# --- A sport or a class a week is the activity level -----------------------------------------


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("24 y/o guy, 6ft 1, 190lb, play 5-a-side twice a week", "light"),
        ("30, male, 80kg, 182cm, tennis 3 times a week", "moderate"),
        ("I play football 2x a week", "light"),
        ("I go to spin 4 times a week", "moderate"),
        ("I'm 28, 65 kg, climbing twice a week", "light"),
        ("I'm 52, 160 cm and 68 kg, I do pilates twice a week", "light"),
        ("I play netball once a week", "light"),
        ("I do yoga five times a week", "moderate"),
        ("I play basketball every day", "active"),
        ("35, woman, 60 kg, boxing classes 3x a week", "moderate"),
        ("I play squash three times per week", "moderate"),
        ("I play rugby 6 days a week", "active"),
    ],
)
def test_a_sport_or_class_a_week_is_an_activity_level(message, level):
    assert facts_of(message)["activity_level"] == level


@pytest.mark.parametrize(
    "message",
    ["I want to play tennis twice a week", "I used to play football 3 times a week", "should I do yoga twice a week?", "my son plays rugby 3 times a week",
     "I watch football twice a week", "30, male, 80kg, 180cm, watch rugby every day", "I bet on tennis 3 times a week"],
)
def test_a_wish_a_past_or_someone_else_sets_no_activity(message):
    assert "activity_level" not in facts_of(message)


# --- A life stage is kept, and implies the sex the calorie equations need ---------------------


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("I'm 52, post-menopausal, 160 cm and 68 kg", "post-menopausal"),
        ("post menopausal, 58, 70kg", "post-menopausal"),
        ("I'm 55 and went through the menopause five years ago", "post-menopausal"),
        ("I've been through the menopause", "post-menopausal"),
        ("I'm 48 and going through the menopause", "menopausal"),
        ("menopausal, 51, 75 kg", "menopausal"),
        ("I'm perimenopausal", "perimenopausal"),
        ("46, peri-menopause, 68kg", "perimenopausal"),
        ("34, F, breastfeeding, 65 kg", "breastfeeding"),
        ("I'm still breast-feeding my son", "breastfeeding"),
        ("had a baby 4 months ago, 31, 72kg", "postpartum"),
        ("I'm 6 weeks postpartum", "postpartum"),
        ("I'm 30, 24 weeks pregnant, 70kg, 165cm", "pregnant"),
    ],
)
def test_a_life_stage_is_read(sentence, stage):
    assert life_stage(sentence)[0] == stage
    reading = read_profile(sentence)
    assert stage != "pregnant" or len({"age", "weight_kg", "height_cm"} & set(reading.facts)) >= 2
    assert reading.facts["facts"].value == {"life stage": stage}
    assert reading.facts["sex"].value == "female"
    assert "menopaus" not in reading.rest and "feeding" not in reading.rest


@pytest.mark.parametrize(
    "sentence",
    ["my mum is post-menopausal", "what happens after the menopause?", "is yoga good for the menopause?", "my wife is breastfeeding", "she's perimenopausal",
     "trying to get pregnant", "before I was pregnant I ran 5k", "my sister is pregnant", "I'm 30 weeks pregnant, can I keep running?"],
)
def test_someone_elses_stage_or_a_question_is_not_kept(sentence):
    assert life_stage(sentence) is None
    assert "facts" not in facts_of(sentence)


def test_a_sex_said_is_kept_over_the_one_a_stage_implies():
    facts = read_profile("I'm 52, female, post-menopausal").facts
    assert facts["sex"].implied_by == ""


# --- A diet said beside the facts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        ("I'm vegetarian", {"diet_type": "vegetarian"}),
        ("and I'm vegan", {"diet_type": "vegan"}),
        ("plant-based", {"diet_type": "vegan"}),
        ("I'm a pescatarian", {"diet_type": "pescatarian"}),
        ("veggie", {"diet_type": "vegetarian"}),
        ("I'm strictly vegetarian", {"diet_type": "vegetarian"}),
        ("I have coeliac disease", {"conditions": ["coeliac"]}),
        ("I'm celiac", {"conditions": ["coeliac"]}),
        ("I'm lactose intolerant", {"conditions": ["lactose intolerance"]}),
        ("I'm vegan and coeliac", {"diet_type": "vegan", "conditions": ["coeliac"]}),
        ("I'm diabetic", {"conditions": ["diabetes"]}),
        ("I have type 2 diabetes", {"conditions": ["diabetes"]}),
    ],
)
def test_a_diet_said_of_the_user_is_read(text, arguments):
    assert diet_arguments(text)[0] == arguments


@pytest.mark.parametrize(
    "text",
    [
        "I'm not vegetarian",
        "I used to be vegan",
        "mostly vegetarian",
        "trying to go vegan",
        "my wife is vegetarian",
        "vegetarian recipes?",
        "I'm allergic to nuts",
        "thinking of going pescatarian",
        "I eat vegan food sometimes",
        "is a vegan diet healthy?",
    ],
)
def test_a_hedged_diet_someone_elses_or_an_allergy_is_not_passed_on(text):
    assert diet_arguments(text)[0] == {}


@pytest.fixture
def with_ceres(storage) -> TurnRunner:
    """General with Ceres' real `set_diet_preferences` tool registered, as the host would."""
    ceres = pytest.importorskip("agenthost_ceres")
    tools = {tool.name: tool for tool in [*agenthost_general.TOOLS, *ceres.TOOLS]}
    registry = Registry(agents={"general": AGENT, "ceres": ceres.AGENT}, tools=tools)
    return TurnRunner(agenthost_general, AGENT, storage.user("alice"), registry=registry)


async def test_the_diet_is_saved_by_ceres_tool_and_said_so(with_ceres, on_disk):
    reply = await with_ceres("ok so about me: 31 y/o woman, 5ft 6, 140lb, play netball twice a week and I'm vegetarian")
    profile = on_disk("profile.json")
    assert (profile["age"], profile["sex"], profile["activity_level"]) == (31, "female", "light")
    assert profile["diet"]["type"] == "vegetarian"
    assert "age 31" in reply.text and "activity level lightly active" in reply.text
    assert "Passed on to **Ceres 🥗**" in reply.text and "diet vegetarian" in reply.text
    assert "I haven't saved" not in reply.text


async def test_an_allergy_beside_the_diet_is_said_not_saved(with_ceres, on_disk):
    reply = await with_ceres("about me: 40, male, 180 cm, 85 kg. I'm vegan and allergic to sesame")
    profile = on_disk("profile.json")
    assert profile["diet"]["type"] == "vegan" and not profile["diet"]["allergies"]
    assert "diet vegan" in reply.text
    assert "I haven't saved that you're allergic to sesame" in reply.text and '"@ceres I\'m allergic to sesame"' in reply.text


async def test_without_ceres_the_diet_is_pointed_to_not_saved(chat, on_disk):
    reply = await chat("24 y/o guy, 6ft 1, 190lb, and I'm vegetarian")
    assert "diet" not in on_disk("profile.json")
    assert "I haven't saved that you're vegetarian" in reply.text


async def test_the_life_stage_and_implied_sex_are_saved_and_confirmed(chat, on_disk):
    reply = await chat("I'm 56, post-menopausal, 5 ft 5 and 10 stone, I do yoga twice a week")
    profile = on_disk("profile.json")
    assert profile["facts"] == {"life stage": "post-menopausal"} and profile["sex"] == "female"
    assert profile["activity_level"] == "light" and profile["age"] == 56
    assert "life stage post-menopausal" in reply.text and "sex female (as you're post-menopausal)" in reply.text


async def test_a_stage_never_overwrites_the_sex_saved_before(chat, on_disk):
    await chat("I'm a man")
    await chat("I'm 50, perimenopausal, 70 kg")
    assert on_disk("profile.json")["sex"] == "male"


# --- Through the server: the sentence is General's, and the answers read it --------------------


@pytest.mark.skipif(
    not {"helios", "ceres"} <= {ep.name for ep in entry_points(group="agenthost")},
    reason="needs the Helios and Ceres plugins installed (pip install -e plugins/<name>)",
)
@pytest.mark.parametrize(
    ("sentence", "maintenance"),
    [
        # Mifflin-St Jeor: 10 x 62 + 6.25 x 168 - 5 x 35 - 161 = 1,334; x 1.55 (moderate) = about 2,070
        ("set up my profile: 35, woman, 168 cm, 62 kg, moderately active", (1900, 2200)),
        # 10 x 70.8 + 6.25 x 162.6 - 5 x 41 - 161 = 1,358; x 1.2 (sedentary) = about 1,630
        ("I'm 41, female, 5 ft 4 and 11 stone 2, desk job, would like to lose a bit", (1550, 1700)),
        # 10 x 86.2 + 6.25 x 185.4 - 5 x 24 + 5 = 1,906; x 1.375 (light) = about 2,620
        ("24 y/o guy, 6ft 1, 190lb, play 5-a-side twice a week", (2500, 2750)),
    ],
)
async def test_the_sentence_is_generals_and_maintenance_calories_read_it(aiohttp_client, tmp_path: Path, sentence, maintenance):
    from host.app import create_app
    from host.config import test_config

    config = test_config(tmp_path / "data", plugins={"enabled": ["general", "helios", "ceres"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/zoe")
    await ws.receive_json()
    reply = await ask(ws, sentence, "m1")
    assert reply["metadata"]["agent_id"] == "general"
    profile = json.loads((tmp_path / "data" / "zoe" / "profile.json").read_text())
    assert {"age", "sex", "height_cm", "weight_kg", "activity_level"} <= set(profile)
    reply = await ask(ws, "what are my maintenance calories?", "m2")
    assert reply["metadata"]["agent_id"] == "ceres"
    figures = [int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]{2,})\s*kcal", reply["message"])]
    assert any(maintenance[0] <= n <= maintenance[1] for n in figures), reply["message"]
    await ws.close()


# --- Lists in other registers: no commas, a parent, the gym, a daily walk ---------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Male 45yo 183cm 92kg sedentary want to lose 10kg",
         {"sex": "male", "age": 45, "height_cm": 183.0, "weight_kg": 92.0, "activity_level": "sedentary", "goals": ["lose 10kg"]}),
        ("female 32 5ft6 150lb", {"sex": "female", "age": 32, "height_cm": 167.6, "weight_kg": 68.0}),
        ("im 41 f 5ft4 11st2 desk job wanna lose a bit",
         {"age": 41, "sex": "female", "height_cm": 162.6, "weight_kg": 70.8, "activity_level": "sedentary", "goals": ["lose a bit"]}),
        ("41 female 163cm 71kg desk job lose weight",
         {"age": 41, "sex": "female", "height_cm": 163.0, "weight_kg": 71.0, "activity_level": "sedentary", "goals": ["lose weight"]}),
        ("30, male, 80kg, build muscle", {"age": 30, "sex": "male", "weight_kg": 80.0, "goals": ["build muscle"]}),
        ("40 year old dad, 6 foot, 16 stone, office job, want to get back in shape",
         {"age": 40, "sex": "male", "height_cm": 182.9, "weight_kg": 101.6, "activity_level": "sedentary", "goals": ["get back in shape"]}),
        ("I'm a mum of two, 38, 65kg", {"sex": "female", "age": 38, "weight_kg": 65.0}),
        ("me: 30M, 80kg, 180cm, gym 3x week", {"age": 30, "sex": "male", "weight_kg": 80.0, "height_cm": 180.0, "activity_level": "moderate"}),
        ("I am a 67 year old woman, 5ft 2in, 11st, I walk every day",
         {"age": 67, "sex": "female", "height_cm": 157.5, "weight_kg": 69.9, "activity_level": "light"}),
        ("I'm 63, male, 5'10\", 210 lbs, retired and walk the dog every day",
         {"age": 63, "sex": "male", "height_cm": 177.8, "weight_kg": 95.3, "activity_level": "light"}),
    ],
)
def test_lists_in_other_registers_are_read_whole(message, expected):
    assert facts_of(message) == expected


@pytest.mark.parametrize(
    "message",
    ["my dad is 60", "went for a walk with my dad", "I came 1st in my race", "lose weight", "I want to lose weight", "I want to weigh 70 kg", "I need to lose 5 kg", "man 5 minutes in and I'm dying",
     "68 kg, 170 cm, my husband is very active"],
)
def test_someone_else_a_wish_or_an_exclamation_adds_nothing(message):
    facts = facts_of(message)
    assert "activity_level" not in facts and "age" not in facts and "sex" not in facts


# --- "What's my TDEE?" reaching General: Ceres' figure from the saved profile -----------------


@pytest.mark.parametrize(
    "message",
    ["what's my TDEE?", "and my BMR?", "what is my basal metabolic rate", "tdee?", "calculate my maintenance calories",
     "what's my maintenance", "my calorie needs please", "what's my resting metabolic rate?", "calories to maintain my weight?",
     "total daily energy expenditure for me?"],
)
def test_energy_questions_are_read(message):
    from agenthost_general.energy_replies import asks_energy

    assert asks_energy(message)


@pytest.mark.parametrize("message", ["how do I raise my BMR?", "bike maintenance tips", "can I boost my metabolic rate", "maintenance of my car"])
def test_advice_or_other_maintenance_is_not_a_figure(message):
    from agenthost_general.energy_replies import asks_energy

    assert not asks_energy(message)


async def test_tdee_and_bmr_come_from_the_saved_profile_with_ceres_tool(with_ceres):
    await with_ceres("about me: 44, male, 178 cm, 84 kg, gym 3x a week")
    reply = await with_ceres("what's my TDEE?")
    # Mifflin-St Jeor: 10 x 84 + 6.25 x 178 - 5 x 44 + 5 = 1,737.5; x 1.55 = 2,693
    tdee = int(re.search(r"TDEE\) are about \*\*([\d,]+) kcal\*\*", reply.text).group(1).replace(",", ""))
    assert 2650 <= tdee <= 2750
    assert "age 44, male, 178 cm, 84 kg" in reply.text
    reply = await with_ceres("and my BMR?")
    assert "BMR (resting energy) is about **1,73" in reply.text


async def test_missing_facts_are_asked_for(with_ceres):
    await with_ceres("I'm 180 cm and 80 kg")
    reply = await with_ceres("what's my TDEE?")
    assert "I need your age and sex" in reply.text and '"I\'m 34"' in reply.text


# --- The same sentence in German, Spanish and French ------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ich bin 45, weiblich, 1,68 m groß, 70 kg, Bürojob, in den Wechseljahren",
         {"age": 45, "sex": "female", "height_cm": 168.0, "weight_kg": 70.0, "activity_level": "sedentary", "facts": {"life stage": "menopausal"}}),
        ("Ich bin 30, männlich, 1,80 m, 80 kg, spiele Fußball zweimal pro Woche",
         {"age": 30, "sex": "male", "height_cm": 180.0, "weight_kg": 80.0, "activity_level": "light"}),
        ("tengo 52 años, mujer, mido 1,60 y peso 68 kilos, hago pilates dos veces por semana",
         {"age": 52, "sex": "female", "height_cm": 160.0, "weight_kg": 68.0, "activity_level": "light"}),
        ("j'ai 40 ans, femme, je mesure 1,65 m, je pèse 60 kilos, travail de bureau",
         {"age": 40, "sex": "female", "height_cm": 165.0, "weight_kg": 60.0, "activity_level": "sedentary"}),
    ],
)
def test_the_sentence_in_other_languages(message, expected):
    assert facts_of(message) == expected


async def test_a_diet_in_spanish_is_passed_on_too(with_ceres, on_disk):
    reply = await with_ceres("tengo 52 años, mujer, mido 1,60 y peso 68 kilos, soy vegetariana, hago pilates dos veces por semana")
    profile = on_disk("profile.json")
    assert profile["diet"]["type"] == "vegetarian" and profile["activity_level"] == "light"
    assert "diet vegetarian" in reply.text


async def test_what_nothing_reads_is_said_not_saved(with_ceres, on_disk):
    reply = await with_ceres("30, female, 60kg, 165cm, I'm a nurse on 12 hour shifts")
    assert on_disk("profile.json")["age"] == 30
    assert "Not saved: \"I'm a nurse on 12 hour shifts\"" in reply.text
    assert "Say \"remember that I'm a nurse on 12 hour shifts\"" in reply.text


@pytest.mark.skipif(
    not {"helios", "ceres"} <= {ep.name for ep in entry_points(group="agenthost")},
    reason="needs the Helios and Ceres plugins installed (pip install -e plugins/<name>)",
)
async def test_over_the_socket_the_diet_reaches_ceres_meal_ideas(aiohttp_client, tmp_path: Path):
    from host.app import create_app
    from host.config import test_config

    config = test_config(tmp_path / "data", plugins={"enabled": ["general", "helios", "ceres"]})
    client = await aiohttp_client(create_app(config))
    ws = await client.ws_connect("/ws/kai")
    await ws.receive_json()
    reply = await ask(ws, "right so about me: 29 y/o guy, 5ft 11, 170lb, play tennis twice a week and I'm vegetarian", "m1")
    assert reply["metadata"]["agent_id"] == "general"
    assert "diet vegetarian" in reply["message"] and "activity level lightly active" in reply["message"]
    profile = json.loads((tmp_path / "data" / "kai" / "profile.json").read_text())
    assert profile["diet"]["type"] == "vegetarian" and profile["activity_level"] == "light"
    history = [json.loads(line) for line in (tmp_path / "data" / "kai" / "history.jsonl").read_text().splitlines()]
    assert [call["name"] for call in history[1]["tool_calls"]] == ["remember", "set_diet_preferences"]
    reply = await ask(ws, "give me a lunch idea", "m2")
    assert reply["metadata"]["agent_id"] == "ceres" and "vegetarian" in reply["message"]
    await ws.close()


async def test_each_fact_is_confirmed_in_the_users_words(chat):
    reply = await chat("I'm 41, female, 5 ft 4 and 11 stone 2, desk job, would like to lose a bit")
    assert reply.text.startswith(
        "Saved: age 41, sex female, height 5'4\" (163 cm), weight 11 st 2 lb (70.8 kg), activity level sedentary (desk job), goal lose a bit."
    )
