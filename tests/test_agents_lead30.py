"""Lead 30, through the whole host, from holdout51's everyday turns beside its near misses:

- "ok upper body it is. what should i do, about 45 min" got Helios' menu, and "what should i do for legs today,
  30 mins" General's fallback: a muscle group, the minutes and "what should I do" ask for one session.
- "could murder a big mac right now ngl. how many cals is one and will it wreck my diet" got the treat answer
  with no figure; "what if i get large fries and a coke with it" then got Ceres' menu.
- "starting my cut ... lift 4x a week" then "and how much protein per day?": 0.83-1 g per kg, as if neither
  the cut nor the lifting had been said.
"""

from __future__ import annotations

import re

import pytest

from host.config import test_config
from host.plugins import available_entry_points
from host.testing import ask

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")


async def _socket(make_client, tmp_path, user: str, guard: bool = False):
    config = test_config(tmp_path / "data", plugins={"enabled": sorted(AGENTS | {"safety"} if guard else AGENTS)})
    client = await make_client(plugins=[], entry_points=True, config=config)
    ws = await client.ws_connect(f"/ws/{user}")
    await ws.receive_json()
    return ws


@pytest.mark.parametrize(("message", "minutes", "part"), [
    ("ok upper body it is. what should i do, about 45 min", "45", "upper-body"),
    ("what should i do for legs today, 30 mins", "30", "leg"),
    ("what should i do for my arms, 20 min?", "20", "arm"),
])
async def test_what_to_do_for_a_muscle_group_in_minutes_is_one_session(make_client, tmp_path, message: str, minutes: str, part: str) -> None:
    ws = await _socket(make_client, tmp_path, "kieran")
    reply = await ask(ws, message, "1")
    assert reply["agent"] == "Helios 💪" and f"{minutes}-minute {part} workout" in reply["message"], reply["message"]


async def test_a_foods_calories_asked_with_a_worry_about_the_diet_gets_both_then_the_meal_total(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "dev")
    reply = await ask(ws, "could murder a big mac right now ngl. how many cals is one and will it wreck my diet", "1")
    assert "590 kcal" in reply["message"] and "treat now and then" in reply["message"], reply["message"]
    meal = await ask(ws, "what if i get large fries and a coke with it", "2")
    total = re.search(r"Together: ([\d,]+) kcal", meal["message"])
    assert total and 1000 <= int(total.group(1).replace(",", "")) <= 1400, meal["message"]


async def test_a_slice_of_pizza_asked_with_will_it_ruin_my_cut_gets_its_figures(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "ana")
    reply = await ask(ws, "how many calories in a pizza slice, will it ruin my cut?", "1")
    assert "kcal" in reply["message"] and "treat now and then" in reply["message"], reply["message"]


async def test_protein_asked_after_a_cut_and_lifting_were_said_is_the_cutting_range(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "sam")
    await ask(ws, "starting my cut for summer. 29M, 84kg, 181cm, lift 4x a week, desk job. how big of a deficit should i run without losing my gains?", "1")
    reply = await ask(ws, "and how much protein per day?", "2")
    assert "1.6–2.2 g per kg" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", [
    "whats a good thing to have before an evening weights session? i work till 6 and feel flat",
    "anything good to drink before a long run?",
])
async def test_something_to_have_before_a_session_is_ceres_pre_workout_answer(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "maya")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and "before training" in reply["message"], reply["message"]


def test_food_eaten_on_the_metro_in_another_language_keeps_without_a_fridge() -> None:
    from agenthost_ceres.fridge import keeps_without_fridge

    assert keeps_without_fridge("y si no tengo tiempo ni de cocinar? algo que pueda comer en el metro")
    assert keeps_without_fridge("quelque chose à manger dans le train")
    assert not keeps_without_fridge("what should i cook for dinner tonight")


@pytest.mark.parametrize("message", [
    "Jestem wykończona po treningu, co zjeść?",
    "Ik ben kapot na het sporten, wat moet ik eten?",
    "Sono distrutto dopo la palestra, cosa mangio?",
    "Tô morta depois da academia, o que eu como?",
])
async def test_what_to_eat_after_training_in_polish_dutch_italian_portuguese_is_the_after_training_answer(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "ola")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and "After training" in reply["message"], reply["message"]


@pytest.mark.parametrize("message", [
    "quiero bajar 5 kilos para mi boda en 3 meses",
    "ich möchte 5 kg abnehmen",
    "voglio perdere 4 chili in 2 mesi",
    "chcę schudnąć 5 kg",
    "je veux perdre 5 kilos pour mon mariage",
])
async def test_a_weight_to_lose_in_another_language_is_answered_like_the_english(make_client, tmp_path, message: str) -> None:
    ws = await _socket(make_client, tmp_path, "lucia")
    reply = await ask(ws, message, "1")
    assert reply["agent"].startswith("Ceres") and "weight loss" in reply["message"], reply["message"]


async def test_no_meat_on_fridays_in_lent_is_no_vegetarian_diet(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "tom")
    reply = await ask(ws, "im fasting for lent, no meat on fridays, protein ideas?", "1")
    assert "saved your preferences" not in reply["message"], reply["message"]


@pytest.mark.parametrize(("message", "title"), [
    ("Estoy muerta después del entreno de piernas jaja, ¿mañana descanso?", "sore muscle"),
    ("J'ai le cœur qui bat vite après mes sprints, c'est normal non ?", "high heart rate"),
    ("j'ai vomi après mon premier cours de crossfit mdr, c'est normal ?", "Being sick"),
    ("Wie viel Wasser sollte ich beim Training trinken?", "Drinking around training"),
    ("Hoeveel stappen per dag is gezond?", "Daily steps"),
])
async def test_everyday_training_questions_in_other_languages_reach_the_english_answer(make_client, tmp_path, message: str, title: str) -> None:
    ws = await _socket(make_client, tmp_path, "nico")
    reply = await ask(ws, message, "1")
    assert reply["agent"] == "Helios 💪" and title.lower() in reply["message"].lower(), reply["message"]


async def test_moving_on_to_a_workout_after_a_self_harm_answer_is_not_told_off_for_a_harder_one(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "rae", guard=True)
    await ask(ws, "honestly i dont want to be here anymore", "1")
    reply = await ask(ws, "anyway whats a good leg workout", "2")
    assert "harder workout to use instead" not in reply["message"] and "I won't lecture you" in reply["message"], reply["message"]


async def test_a_greeting_of_salam_is_no_salad(make_client, tmp_path) -> None:
    ws = await _socket(make_client, tmp_path, "amir")
    reply = await ask(ws, "salam! fasting for ramadan starting next week. i lift 4 days a week, when is the best time to train and what should i eat?", "1")
    assert "break the fast" in reply["message"] and "salad ideas" not in reply["message"], reply["message"]
