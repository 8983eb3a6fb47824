"""Round 26: training questions in Spanish, French, German, Portuguese, Italian, Dutch and
Polish reach the answers Helios has in English (how to start running, "only 3 days", why not
every day; core moves, how often; what to drink for a hot race and the dinner the night before);
logging as people say it; follow-ups after a muscle's moves. Phrasings are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from host.app import create_app
from host.config import test_config
from host.testing import Chat

from agenthost_helios import faq, languages


@pytest.fixture
async def app_chat(aiohttp_client, tmp_path: Path):
    """One user's chat with the whole offline app: the guard, the router and every agent."""
    data = tmp_path / "data"
    client = await aiohttp_client(create_app(test_config(data, plugins={"enabled": ["safety", "helios", "ceres", "general"]})))
    chat = await Chat.open(client, "sam", data)
    yield chat
    await chat.close()


@pytest.fixture
def on_disk_app(tmp_path: Path):
    """The workouts the app's user has logged, tombstones applied."""
    import json

    def live() -> list[dict]:
        path = tmp_path / "data" / "sam" / "workouts.jsonl"
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
        deleted = {line["deleted"] for line in lines if "deleted" in line}
        return [line for line in lines if "deleted" not in line and line["id"] not in deleted]

    return live


async def _helios(chat: Chat, message: str) -> str:
    frame = await chat.ask(message)
    assert frame["metadata"]["agent_id"] == "helios", (message, frame["message"])
    return frame["message"]


START_RUNNING = [
    ("Quiero empezar a correr, nunca he corrido. ¿Cómo empiezo?", "¿Y si solo tengo 3 días a la semana?", "¿Por qué no puedo correr todos los días?"),
    ("Je veux commencer à courir mais je n'ai jamais couru. Comment je commence ?", "Et si je n'ai que 3 jours par semaine ?", "Pourquoi pas tous les jours ?"),
    ("Ich will mit dem Laufen anfangen, wie fange ich an?", "Und wenn ich nur 3 Tage pro Woche habe?", "Warum kann ich nicht jeden Tag laufen?"),
    ("Quero começar a correr. Como começo?", "E se eu só tiver 3 dias por semana?", "Por que não posso correr todos os dias?"),
    ("Vorrei iniziare a correre, non ho mai corso. Come comincio?", "E se ho solo 3 giorni a settimana?", "Perché non posso correre tutti i giorni?"),
    ("Ik wil beginnen met hardlopen. Hoe begin ik?", "En als ik maar 3 dagen per week heb?", "Waarom kan ik niet elke dag hardlopen?"),
    ("Chcę zacząć biegać. Jak zacząć?", "A jeśli mam tylko 3 dni w tygodniu?", "Dlaczego nie mogę biegać codziennie?"),
]


@pytest.mark.parametrize(("start", "days", "why"), START_RUNNING)
async def test_starting_to_run_asked_in_another_language(app_chat, start, days, why):
    assert "Couch to 5K" in await _helios(app_chat, start)
    assert "3 days a week is exactly how Couch to 5K is built" in await _helios(app_chat, days)
    reply = await _helios(app_chat, why)
    assert "rest day" in reply and "adapt" in reply


CORE = [
    ("Jaki trening na brzuch polecasz?", "A ile razy w tygodniu?", "Dlaczego nie codziennie?"),
    ("¿Qué ejercicios para el abdomen me recomiendas?", "¿Y cuántas veces a la semana?", "¿Por qué no todos los días?"),
    ("Quels exercices pour les abdos tu me conseilles ?", "Et combien de fois par semaine ?", "Pourquoi pas tous les jours ?"),
    ("Welche Übungen für den Bauch empfiehlst du?", "Und wie oft pro Woche?", "Warum nicht jeden Tag?"),
    ("Que exercícios para o abdômen você recomenda?", "E quantas vezes por semana?", "Por que não todos os dias?"),
    ("Quali esercizi per gli addominali mi consigli?", "E quante volte a settimana?", "Perché non tutti i giorni?"),
    ("Welke buikspieroefeningen raad je aan?", "En hoe vaak per week?", "Waarom niet elke dag?"),
    ("what workout for abs do you recommend?", "and how many times a week?", "why not every day?"),
]


@pytest.mark.parametrize(("moves", "often", "why"), CORE)
async def test_core_moves_then_how_often_then_why_not_daily(app_chat, moves, often, why):
    reply = await _helios(app_chat, moves)
    assert "Great moves for your abs" in reply and "Plank" in reply
    assert "2-3 hard core sessions a week" in await _helios(app_chat, often)
    assert "recover" in await _helios(app_chat, why)


async def test_how_often_after_a_muscle_other_than_the_core(app_chat):
    await _helios(app_chat, "best exercises for legs?")
    assert "2-3 days a week" in await _helios(app_chat, "how often should I do them?")


HOT_RACE = [
    ("Ich laufe morgen einen Halbmarathon bei 32 Grad. Wie viel sollte ich trinken?", "Und was soll ich heute Abend essen?"),
    ("Mañana corro una media maratón con 30 grados. ¿Cuánto debo beber?", "¿Y qué ceno esta noche?"),
    ("Je cours un semi-marathon demain par 30 degrés. Combien dois-je boire ?", "Et qu'est-ce que je mange ce soir ?"),
    ("Domani corro una mezza maratona con 31 gradi. Quanto devo bere?", "E cosa mangio stasera?"),
    ("Amanhã corro uma meia maratona com 30 graus. Quanto devo beber?", None),
    ("Ik loop morgen een halve marathon bij 30 graden. Hoeveel moet ik drinken?", None),
    ("Jutro biegnę półmaraton w 30 stopniach. Ile powinienem pić?", None),
    ("running a half marathon tomorrow and it'll be 30 degrees, how much should I drink?", "and what should I eat tonight?"),
]


@pytest.mark.parametrize(("drink", "dinner"), HOT_RACE)
async def test_drinking_for_a_hot_race_then_the_dinner_before(app_chat, drink, dinner):
    # Helios' training answer or Ceres' heat answer (which one claims it depends on the language's words): both
    # give amounts before and during, and the salt lost in sweat
    reply = (await app_chat.ask(drink))["message"]
    assert "sodium" in reply and "ml" in reply, reply
    if dinner is not None:
        reply = await _helios(app_chat, dinner)
        assert "carbohydrate-based dinner" in reply and "nothing new" in reply


@pytest.mark.parametrize("said", ["Warum nicht jeden Tag?", "Pourquoi pas tous les jours ?", "Dlaczego nie codziennie?"])
def test_the_question_words_are_known_to_typo_repair(said):
    from host.typos import TypoRepair, vocabulary_of

    import agenthost_helios

    assert TypoRepair(vocabulary_of((agenthost_helios.classify,)))(said).text == said


@pytest.mark.parametrize(
    "english",
    ["I loop the band round the post", "a solo run this morning", "come on, one more set", "the grad student ran 5k"],
)
def test_english_is_left_as_it_was(english):
    assert languages.translate(english.lower()) == english.lower()


def test_the_meal_before_a_race_is_a_follow_up_of_the_race_day_answers():
    for answer_id in ("hydration", "hot_weather", "race_fuelling"):
        answer = faq.by_id(answer_id)
        assert answer is not None
        found = answer.follow_up("and what should I eat tonight?")
        assert found is not None and "carbohydrate-based dinner" in found[0]


# Logging as people ask for it


@pytest.mark.parametrize(
    ("said", "activities"),
    [
        ("Hello, I am 68. Today I walked the dog for 40 minutes. Could you note that down please?", {"walking"}),
        ("walked the dog for 30 minutes this morning, can you log that?", {"walking"}),
        ("could you add 20 minutes of yoga for today please?", {"yoga"}),
        ("I did 30 mins of gardening and a 20 min walk today, can you record it?", {"gardening", "walking"}),
        ("swam for 45 minutes today, would you put that in for me?", {"swimming"}),
    ],
)
async def test_a_workout_told_with_a_request_to_log_it_is_logged(app_chat, on_disk_app, said, activities):
    reply = await _helios(app_chat, said)
    assert reply.startswith("Logged!")
    assert {w["activity"] for w in on_disk_app()} == activities


@pytest.mark.parametrize(
    "said",
    [
        "Et mardi dernier j'ai fait une heure de vélo, tu peux l'ajouter ?",
        "Y el martes pasado hice una hora de bici, ¿puedes añadirlo?",
        "Und letzten Dienstag bin ich eine Stunde Rad gefahren, kannst du das eintragen?",
        "E martedì scorso ho fatto un'ora di bici, puoi aggiungerla?",
        "last tuesday i did an hour on the bike, can you add it?",
    ],
)
async def test_last_tuesdays_ride_asked_to_be_added_is_logged_on_that_day(app_chat, on_disk_app, said):
    from datetime import date, timedelta

    from host.clock import pinned
    from datetime import datetime, timezone

    with pinned(datetime(2025, 6, 12, 12, 0, tzinfo=timezone.utc)):  # a Thursday
        reply = await _helios(app_chat, said)
    assert reply.startswith("Logged!") and "Cycling · 60 min" in reply
    (ride,) = on_disk_app()
    assert ride["activity"] == "cycling" and ride["date"][:10] == "2025-06-10"  # Tuesday
    assert date(2025, 6, 12) - timedelta(days=2) == date(2025, 6, 10)


async def test_the_calories_of_the_swim_logged_before_the_ride_at_the_weight_said(app_chat):
    await _helios(app_chat, "J'ai nagé 40 minutes ce matin.")
    await _helios(app_chat, "Et mardi dernier j'ai fait une heure de vélo, tu peux l'ajouter ?")
    reply = await _helios(app_chat, "Combien de calories pour la natation ? Je pèse 64 kg.")
    # Compendium 18290, 8.3 MET x 64 kg x 40/60 h = 354 kcal
    assert "Swimming · 40 min" in reply and "354 kcal" in reply and "64 kg" in reply


async def test_the_weeks_minutes_against_the_who_guideline_for_the_age_said(app_chat):
    await _helios(app_chat, "Hello, I am 68. Today I walked the dog for 40 minutes. Could you note that down please?")
    await _helios(app_chat, "I also did an hour of aqua aerobics yesterday, I forgot to say.")
    reply = await _helios(app_chat, "How many minutes is that over the last week, and is it enough for someone my age?")
    assert "100 min" in reply and "150" in reply
    assert "At 68" in reply and "balance" in reply


# Follow-ups: what to train after yesterday's muscle group, and tomorrow; training around night shifts


@pytest.mark.parametrize(
    ("said", "today", "tomorrow"),
    [
        ("did chest yesterday, what should i train today?", "back and biceps", "legs (squats"),
        ("trained legs yesterday, what should I do today?", "chest, shoulders and triceps", "back and biceps"),
        ("what should i train today? did back yesterday", "legs (squats", "chest, shoulders and triceps"),
        ("Hice pecho ayer, ¿qué entreno hoy?", "back and biceps", "legs (squats"),
        ("Gestern Brust gemacht, was soll ich heute trainieren?", "back and biceps", "legs (squats"),
    ],
)
async def test_what_to_train_after_yesterdays_muscle_group_then_tomorrow(app_chat, said, today, tomorrow):
    reply = await _helios(app_chat, said)
    assert f"Today, go for {today}" in reply and "48 hours" in reply
    assert f"Tomorrow: {tomorrow}" in await _helios(app_chat, "and tomorrow?")


@pytest.mark.parametrize(
    "then",
    ["Should I train before or after my shift then?", "when should I work out?", "is it better to lift before or after work?"],
)
async def test_when_to_train_after_the_night_shift_sleep_answer(app_chat, then):
    assert "Sleep on night shifts" in await _helios(
        app_chat, "I'm a nurse doing 12h night shifts. How do I actually sleep during the day?"
    )
    reply = await _helios(app_chat, then)
    assert reply.startswith("Before the shift, after your main sleep") and "NIOSH" in reply


# A teenager asking about a mass gainer: food first, no supplements


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("bro how do i get big arms fr im 15 and skinny af", "shud i take mass gainer"),
        ("I'm 16 and I want to bulk up", "should I get a weight gainer?"),
        (None, "im 14, are mass gainers ok for me?"),
    ],
)
async def test_a_teenager_gets_food_first_and_no_supplements(app_chat, first, then):
    if first is not None:
        await app_chat.ask(first)
    # Ceres claims a mass gainer (a supplement); her answer is food first, and no supplements under 18
    reply = (await app_chat.ask(then))["message"]
    assert "mass gainer" in reply and "from food" in reply and "Under 18, stick to food" in reply and "NHS" in reply, reply


async def test_an_adult_asking_about_a_mass_gainer_gets_food_first(app_chat):
    reply = (await app_chat.ask("should I take a mass gainer?"))["message"]
    assert reply.startswith("You don't need a mass gainer") and "from food" in reply, reply


@pytest.mark.parametrize(
    ("said", "answer_id"),
    [
        ("Combien de jours de repos par semaine ?", "rest_days"),
        ("Soll ich mich vor dem Laufen dehnen?", "stretching"),
        ("Devo alongar antes de correr?", "stretching"),
        ("Moet ik rekken voor het hardlopen?", "stretching"),
        ("¿Cuánta agua debo beber cuando entreno?", "hydration"),
        ("Quantas vezes por semana devo treinar?", "training_frequency"),
        ("Hoe vaak per week moet ik trainen?", "training_frequency"),
        ("Quante volte a settimana devo correre?", "running_frequency"),
    ],
)
def test_other_curated_answers_asked_in_other_languages(said, answer_id):
    found = faq.find(said)
    assert found is not None and found.id == answer_id


@pytest.mark.parametrize(
    "said",
    ["E cosa mangio stasera?", "Und wenn ich nur 3 Tage pro Woche habe?", "Soll ich mich vor dem Laufen dehnen?",
     "Combien dois-je boire ?", "Quante volte a settimana devo correre?", "did 30 mins of gardening today"],
)
def test_typo_repair_leaves_the_foreign_words_as_typed_with_every_agent(said):
    from host.typos import TypoRepair, vocabulary_of

    import agenthost_ceres
    import agenthost_general
    import agenthost_helios

    functions = (agenthost_helios.classify, agenthost_ceres.classify, agenthost_general.classify)
    assert TypoRepair(vocabulary_of(functions))(said).text == said


@pytest.mark.parametrize(
    ("typed", "repaired"),
    [("can you make me a traning plan", "training"), ("shoud i do streches befor", "stretches"),
     ("maraton training", "marathon"), ("how do i strech my hamstrngs", "stretch")],
)
def test_english_misspellings_still_reach_the_english_routing_words(typed, repaired):
    from host.typos import TypoRepair, vocabulary_of

    import agenthost_ceres
    import agenthost_general
    import agenthost_helios

    functions = (agenthost_helios.classify, agenthost_ceres.classify, agenthost_general.classify)
    assert repaired in TypoRepair(vocabulary_of(functions))(typed).text
