"""Round 22 (general22): messages that reached the wrong agent or General's fallback through the
real router with the three agent plugins: a Spanish function word read as a well-being term
("tan" as "tanning"), hunger or a snack asked in Spanish."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

from host.config import test_config
from host.plugins import make_plugin_manager
from host.registry import build_registry
from host.router import Router
from host.types import ClassifyContext

AGENTS = ("helios", "ceres", "general")
installed = {ep.name for ep in entry_points(group="agenthost")}
pytestmark = pytest.mark.skipif(not set(AGENTS) <= installed, reason="the three agent plugins are not installed")


@pytest.fixture
def router(tmp_path: Path) -> Router:
    config = test_config(tmp_path)
    pm = make_plugin_manager(config)
    return Router(pm, build_registry(pm), config.router, llm=None)


async def routed(router: Router, message: str, last_agent: str | None = None, last_text: str = "...") -> tuple[str, str]:
    history = [] if last_agent is None else [{"role": "user", "text": "..."}, {"role": "assistant", "agent": last_agent, "text": last_text, "routing": {"method": "keywords"}}]
    decision = await router.route(message, ClassifyContext(user_id="u", history=history, profile={}, last_agent=last_agent))
    return decision.agent, decision.method


@pytest.mark.parametrize(
    "message",
    [
        "no llego tan cansada si como algo antes? tengo mucha hambre por la tarde",
        "y para la merienda, algo rápido?",
        "qué puedo picar? llego al entreno con hambre",
    ],
)
async def test_hunger_or_a_snack_asked_in_spanish_is_ceres(router, message):
    assert (await routed(router, message))[0] == "ceres"


@pytest.mark.parametrize("message", ["no llego tan cansada si como algo antes?", "es tan difícil, qué ceno?"])
async def test_spanish_tan_is_no_talk_of_tanning(router, message):
    scores, reasons = await router.scores(message, ClassifyContext(user_id="u", history=[], profile={}))
    assert scores["general"] == 0.0, reasons["general"]


@pytest.mark.parametrize("message", ["are sunbeds as bad as sunburn?", "is getting a tan bad for my skin"])
async def test_tanning_asked_in_english_is_still_generals_sun_safety(router, message):
    assert (await routed(router, message))[0] == "general"


PROTEIN_ANSWER = "At 80 kg, aim for about 80–96 g of protein a day.\nTry “why?”, “I train 4 times a week” or “and calories?”."


@pytest.mark.parametrize("message", ["and what exercises for my hip", "and workouts for a bad back?", "and any stretches"])
async def test_moves_asked_after_ceres_answer_go_to_helios(router, message):
    assert (await routed(router, message, "ceres", PROTEIN_ANSWER))[0] == "helios"


@pytest.mark.parametrize("message", ["and on workout days?", "and calories?", "and for snacks?"])
async def test_food_follow_ups_after_ceres_answer_stay_hers(router, message):
    assert (await routed(router, message, "ceres", PROTEIN_ANSWER))[0] == "ceres"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my nee is killing me, any workouts without runing", "my knee is killing me, any workouts without running"),
        ("walkin or joggin, which burns more", "walking or jogging, which burns more"),
        ("bycicle commute 30 min, the sorness is real", "bicycle commute 30 min, the soreness is real"),
        ("how much protine after exersize", "how much protein after exercise"),
    ],
)
async def test_slips_in_the_words_a_message_is_about_are_repaired(router, message, expected):
    assert router.typo_repair()(message).text == expected


@pytest.mark.parametrize("message", ["nee, ik heb geen tijd om te sporten vandaag", "my cousin and I went to the cabin"])
async def test_other_languages_and_everyday_words_stay_as_typed(router, message):
    assert "knee" not in router.typo_repair()(message).text
    assert "cabin" in router.typo_repair()("my cousin and I went to the cabin").text


@pytest.mark.parametrize(
    "message",
    ["hoping to drop a bit of weight before the reunion, is 3 months enough", "trying to shed a bit of weight this spring", "want to lose a little bit of weight, how fast is ok"],
)
async def test_a_weight_loss_wish_with_words_between_is_ceres(router, message):
    assert (await routed(router, message)) == ("ceres", "keywords")


@pytest.mark.parametrize("message", ["combien d'eau il faut boire", "c'est l'heure du footing", "quanto dell'acqua bevo"])
async def test_french_and_italian_elision_stays_as_typed(router, message):
    assert router.typo_repair()(message).text == message


@pytest.mark.parametrize(
    "message",
    [
        "dying to try the new HIIT class, what should I eat before?",
        "first spin session tonight, what do I have beforehand",
        "got a yoga class at 6, what should i grab before it?",
    ],
)
async def test_food_before_a_session_said_after_it_goes_to_ceres(router: Router, message: str) -> None:
    # everyday48: the session named first and "eat before" after it reached Helios, which logged the class
    agent, _ = await routed(router, message)
    assert agent == "ceres", message


@pytest.mark.parametrize("message", ["is it ok to have one before a workout?", "can I drink one before the gym?"])
async def test_one_before_training_after_ceres_caffeine_answer_stays_with_ceres(router: Router, message: str) -> None:
    # everyday48: "one" is the coffee Ceres just answered about; Helios' "workout" took it and could not answer
    history = [
        {"role": "user", "text": "how much coffee is too much?"},
        {"role": "assistant", "agent": "ceres", "text": "For healthy adults, up to 400 mg of caffeine a day", "routing": {"method": "keywords"}},
    ]
    decision = await router.route(message, ClassifyContext(user_id="u", history=history, profile={}, last_agent="ceres"))
    assert decision.agent == "ceres", message


@pytest.mark.parametrize("message", ["how much a week is reasonable to lose?", "how mutch a week is reasnable to loose", "how many kg a week is safe to lose?"])
async def test_how_fast_to_lose_after_helios_weight_loss_answer_goes_to_ceres(router: Router, message: str) -> None:
    # everyday48: Helios kept it by memory and repeated its exercise answer; the pace (NHS 0.5-1 kg a week) is Ceres'
    agent, _ = await routed(router, message, last_agent="helios", last_text="**Exercise and weight loss** 💡 The best exercise for weight loss is the one you'll keep doing")
    assert agent == "ceres", message


async def test_calories_for_a_pace_are_still_the_calories(router: Router) -> None:
    # everyday48 guard: "how many calories to lose a pound a week?" asks the calories, not the NHS pace
    from agenthost_ceres.dialog import DialogState
    from agenthost_ceres.understand import understand

    assert understand("and how many calories to lose about a pound a week?", DialogState()).intent != "faq"
