"""Round 29 (issue 12): allergies and diets kept whatever the language and whatever is asked
beside them. An allergy said as a German compound ("Hühnereiallergie") with a request is saved
and the request answered; "is X ok / can I have X" in six languages checks the saved allergy
("Ist Mayo im Kartoffelsalat okay?" names the egg, "ça passe ?" for a burger names the sesame
bun); "X without egg" is a yes with the swap; German words are never read as exercises.
Phrasings are this file's own; the agents answer as installed, over a real WebSocket."""

from __future__ import annotations

import re

import pytest

from host.plugins import available_entry_points

AGENTS = {"helios", "ceres", "general"}
pytestmark = pytest.mark.skipif(not AGENTS <= set(available_entry_points()), reason="install the agent plugins: ./run.sh test does")


@pytest.fixture
async def talk(agenthost_chat):
    """`replies = await talk("msg1", "msg2", ...)`: each final frame's (agent label, text)."""

    async def play(*messages: str) -> list[tuple[str, str]]:
        chat = await agenthost_chat(entry_points=True)
        replies = []
        for message in messages:
            frame = await chat.ask(message)
            replies.append((frame.get("agent", ""), frame.get("message", "")))
        return replies

    return play


@pytest.mark.parametrize(
    ("allergy", "saved"),
    [
        ("Hi, ich habe eine Hühnereiallergie. Hast du Frühstücksideen für Muskelaufbau?", "no eggs"),
        ("Ich habe eine Hühnereiallergie, hast du Frühstücksideen?", "no eggs"),
        ("Hallo, ich habe eine Sesamallergie. Hast du Frühstücksideen?", "no sesame"),
        ("Ich habe eine Milchallergie. Frühstücksideen für Muskelaufbau?", "no milk"),
    ],
)
async def test_a_german_compound_allergy_is_saved_and_the_request_answered(talk, allergy, saved):
    [(agent, text)] = await talk(allergy)
    assert agent.startswith("Ceres")
    assert saved in text
    assert "breakfast ideas" in text and text.count("kcal") >= 3


@pytest.mark.parametrize(
    "question",
    [
        "Ist Mayo im Kartoffelsalat okay?",
        "Kann ich Mayo essen?",
        "Est-ce que je peux manger de la mayonnaise ?",
        "¿Puedo comer mayonesa?",
        "Posso mangiare la maionese?",
        "Mag ik mayonaise eten?",
        "Posso comer maionese?",
    ],
)
async def test_is_a_food_ok_asked_in_another_language_checks_the_saved_egg_allergy(talk, question):
    (_, saved), (agent, text) = await talk("I'm allergic to eggs", question)
    assert "no eggs" in saved
    assert agent.startswith("Ceres")
    assert text.startswith("No — ") and re.search(r"\begg\b", text), text
    assert "It fits your diet" not in text


@pytest.mark.parametrize(
    "question",
    ["Und Pfannkuchen ohne Ei, geht das?", "can i have pancakes without egg?", "Et des crêpes sans oeuf, ça passe ?", "¿Puedo comer tortitas sin huevo?"],
)
async def test_a_food_asked_without_the_allergen_is_a_yes_with_the_swap(talk, question):
    _, (agent, text) = await talk("Ich habe eine Hühnereiallergie.", question)
    assert agent.startswith("Ceres")
    assert text.startswith("Yes — ")
    assert "flaxseed" in text and "banana" in text


@pytest.mark.parametrize(
    "question",
    [
        "Et un burger ce soir au fast-food, ça passe ?",
        "Je peux manger un burger ce soir ?",
        "¿Puedo comer una hamburguesa esta noche?",
        "Kann ich heute Abend einen Burger essen?",
        "Posso comer um hambúrguer hoje?",
    ],
)
async def test_a_burger_asked_in_another_language_warns_of_the_sesame_bun(talk, question):
    _, (agent, text) = await talk("Bonjour, je suis allergique au sésame.", question)
    assert agent.startswith("Ceres")
    assert "sesame" in text and "bun" in text
    assert "fasted" not in text.lower()


@pytest.mark.parametrize(
    "message",
    [
        "Ich trainiere für einen Halbmarathon. Wie sollte ich die langen Läufe steigern?",
        "Wie sollte ich die langen Läufe steigern?",
        "Gels: ab wann beim langen Lauf nehmen?",
        "Wie lange sollte mein langer Lauf sein?",
        "Ich trainiere für meinen ersten Halbmarathon, wie sollte ich die langen Läufe steigern?",
        "Ich laufe 3x pro Woche. Wie lange sollte der lange Lauf sein?",
    ],
)
async def test_german_words_are_never_read_as_an_exercise(talk, message):
    [(_, text)] = await talk(message)
    assert "lunge" not in text.lower()


@pytest.mark.parametrize("word", ["lange", "langen", "wann", "nehmen", "beim"])
def test_a_common_german_word_is_no_typo_of_an_exercise(word):
    from agenthost_helios import fuzzy

    assert fuzzy.closest(word) is None


@pytest.mark.parametrize(
    ("allergy", "question", "unsafe", "safe"),
    [
        ("My daughter is 6 and allergic to milk and eggs.", "there's a birthday party saturday with pancakes and cake, which one can she have?", ["pancakes", "cake"], []),
        ("my son is allergic to eggs and milk", "his friend's birthday has waffles or ice cream, which one is ok for him?", ["waffles", "ice cream"], []),
        ("my son has a nut allergy", "his friend's party has pesto pasta, pizza and brownies - which of them is ok for him?", ["pesto pasta", "brownies"], ["pizza"]),
        ("I'm allergic to peanuts", "at the thai place they have satay, fries or a salad, which ones can i eat?", ["satay"], ["fries", "salad"]),
    ],
)
async def test_which_one_can_she_have_answers_each_food_named(talk, allergy, question, unsafe, safe):
    _, (agent, text) = await talk(allergy, question)
    assert agent.startswith("Ceres")
    lines = {line.split("**")[1].lower(): line for line in text.splitlines() if line.startswith("• **")}
    assert set(lines) == set(unsafe) | set(safe), text
    for food in unsafe:
        assert "nothing in it usually breaks" not in lines[food]
    for food in safe:
        assert "nothing in it usually breaks" in lines[food]
    if "party" in question or "birthday" in question:
        assert "Ask the host" in text and "bring" in text
    assert "I don't have a meal idea" not in text


async def test_a_party_with_milk_and_egg_dishes_says_the_milk_and_eggs(talk):
    _, (_, text) = await talk("my little girl can't have milk or eggs, she's allergic", "party on sunday with pancakes and a birthday cake. which can she eat?")
    assert "milk" in text and "eggs" in text and "Ask the host" in text


@pytest.mark.parametrize(
    ("diet", "question", "never"),
    [
        ("vegan here, but allergic to soy 🙃 where do i get enough protein for lifting?", "ok. which protein powder then?", ["whey", "casein", "soy protein", "egg white"]),
        ("i'm vegan", "what protein powder should i use?", ["whey", "casein", "egg white"]),
        ("I'm vegan and allergic to soya", "which protein powder is best for me?", ["whey", "casein", "soy protein"]),
        ("I'm allergic to milk and soy", "which protein powder should i get?", ["soy protein"]),
    ],
)
async def test_protein_powder_advice_keeps_to_the_saved_diet_and_allergies(talk, diet, question, never):
    _, (agent, text) = await talk(diet, question)
    assert agent.startswith("Ceres")
    assert "pea protein" in text
    for word in never:
        assert word not in text.lower(), text


@pytest.mark.parametrize(
    "message",
    [
        "Je suis mort après ma séance de cross training, j'ai les jambes en compote 😂 je mange quoi ce soir ?",
        "J'ai les jambes en compote après le spinning, qu'est-ce que je mange ce soir ?",
        "Nach dem Beintraining bin ich total platt, was soll ich heute Abend essen?",
        "Ho le gambe distrutte dopo l'allenamento, cosa mangio stasera?",
        "Estou morto depois do treino de pernas, o que como hoje à noite?",
    ],
)
async def test_what_to_eat_asked_in_another_language_after_a_hard_session_is_food(talk, message):
    [(agent, text)] = await talk(message)
    assert agent.startswith("Ceres")
    assert "I can:" not in text and "protein" in text
    assert "workout" not in text.lower()


@pytest.mark.parametrize(
    "message",
    ["Et demain je peux refaire une séance ou c'est trop ?", "¿Y mañana puedo volver a entrenar o es demasiado?", "Kann ich morgen wieder trainieren oder ist das zu viel?"],
)
async def test_training_again_asked_in_another_language_after_a_food_answer_stays_with_training(talk, message):
    _, (agent, _) = await talk("J'ai les jambes en compote après ma séance, je mange quoi ce soir ?", message)
    assert agent.startswith("Helios")


@pytest.mark.parametrize(
    ("first", "passed_on"),
    [
        ("my mum is 60 and wants to start lifting weights, she's healthy. is that safe at her age?", "she also asked how much protein she should eat, she's about 65 kg"),
        ("my dad is 58 and just started strength training", "he wants to know how much protein he should eat, he's 80 kg"),
        ("my sister started lifting weights", "she was wondering how much protein she needs, she weighs 60 kg"),
    ],
)
async def test_a_protein_question_passed_on_for_someone_who_lifts_is_answered(talk, first, passed_on):
    _, (agent, text) = await talk(first, passed_on)
    assert agent.startswith("Ceres")
    assert "I can:" not in text
    low, high = (int(n) for n in re.search(r"about (\d+)–(\d+) g of protein", text).groups())
    weight = int(re.search(r"(\d+) kg", passed_on).group(1))
    assert 1.0 <= low / weight and high / weight <= 2.2


@pytest.mark.parametrize(
    ("message", "then", "ruled_out"),
    [
        ("hiya, 29, training for the dublin 10k in 6 weeks. I'm coeliac and allergic to milk too. how should i structure my running week?", "can i have a glass of milk?", "milk"),
        ("I'm allergic to peanuts. can you give me a 3 day gym plan?", "can i have peanut butter?", "peanut"),
        ("I have a sesame allergy. how many rest days should i take a week?", "is hummus ok?", "sesame"),
        ("I'm vegan and allergic to soy. how should i warm up before squats?", "can i have tofu?", "soy"),
    ],
)
async def test_an_allergy_beside_a_training_question_is_saved_and_the_question_answered(talk, message, then, ruled_out):
    (agent, text), (_, later) = await talk(message, then)
    assert agent.startswith("Helios")
    assert "Saved for **Ceres" in text
    assert "I've saved your preferences" not in text
    assert later.startswith("No — ") and ruled_out in later.lower()


async def test_an_allergy_beside_a_food_question_stays_with_ceres(talk):
    [(agent, text)] = await talk("I'm coeliac and allergic to milk. what should i eat before my long run?")
    assert agent.startswith("Ceres")
    assert "saved your preferences" in text


async def test_someone_elses_allergy_beside_a_training_question_is_still_kept(talk):
    (agent, text), (_, later) = await talk("my son is allergic to nuts. how should he warm up before football?", "can he have satay?")
    assert agent.startswith("Ceres") and "nuts" in text
    assert later.startswith("No — ")


@pytest.mark.parametrize(
    ("guest", "allergen_words"),
    [
        ("my sister has a proper milk allergy though, she carries an epipen. she's coming for dinner friday – something high protein i can make?", ["milk", "dairy"]),
        ("my friend is allergic to peanuts, he's coming over for dinner saturday. what can i make?", ["peanut"]),
        ("my mum has a fish allergy and she's coming round for lunch, something i could cook?", ["fish"]),
    ],
)
async def test_a_guests_allergy_gives_ideas_without_it_and_leaves_the_users_diet_alone(talk, guest, allergen_words):
    (_, own), (agent, text), (_, prefs) = await talk("i'm lactose intolerant, not allergic, just get bloated", guest, "what diet have you saved for me?")
    assert agent.startswith("Ceres")
    assert "that your" in text and text.count("kcal") >= 3
    assert "saved your preferences" not in text and "EpiPen" not in text
    head = text.splitlines()[0].lower()
    assert any(word in head for word in allergen_words)
    assert "lactose" in prefs.lower()
    for word in ("peanut", "fish", "no milk"):
        assert word not in prefs.lower()


@pytest.mark.parametrize(
    "question",
    ["can i use lactose-free milk in the sauce for her? easier for me", "is lactose-free cheese ok for her?", "could i put lactose-free cream in it for her?"],
)
async def test_lactose_free_dairy_is_no_for_a_guest_with_a_milk_allergy(talk, question):
    *_, (agent, text) = await talk(
        "i'm lactose intolerant", "my sister has a milk allergy, she's coming for dinner friday – something i can make?", question
    )
    assert text.startswith("No — lactose-free") and "still cow's milk" in text


async def test_lactose_free_milk_is_no_for_the_users_own_milk_allergy(talk):
    _, (_, text) = await talk("I'm allergic to milk", "is lactose-free milk ok for me?")
    assert text.startswith("No — lactose-free milk")


@pytest.mark.parametrize(
    ("first", "late"),
    [
        ("me muero de hambre después de entrenar 😅 ¿qué como que tenga proteína?", "¿y si es tarde, por la noche?"),
        ("me muero de hambre después de entrenar, ¿qué como?", "y si es muy tarde?"),
        ("what should i eat after training? i'm starving", "et si c'est tard le soir ?"),
        ("what should i eat after training? i'm starving", "und wenn es spät am Abend ist?"),
        ("what should i eat after training? i'm starving", "e se for tarde da noite?"),
    ],
)
async def test_late_at_night_asked_in_another_language_after_food_after_training(talk, first, late):
    _, (agent, text) = await talk(first, late)
    assert agent.startswith("Ceres")
    assert "I can:" not in text
    assert re.search(r"\b(?:yogurt|milk|egg|cottage)", text), text


@pytest.mark.parametrize(
    ("before", "asked", "dish_word"),
    [
        ("my wife says she'll kill me if i order another takeaway pizza lol. what's a healthier fakeaway i can make friday?", "roughly how many calories would a homemade one be vs the takeaway?", "pizza"),
        ("trying to cut down on takeaway burgers", "how many calories is a homemade one compared to the takeaway?", "burger"),
        ("we get a curry every saturday", "is a homemade curry much lower in calories than the takeaway?", "curry"),
        ("what's a healthier fish and chips?", "calories: homemade vs chippy takeaway?", "chip"),
    ],
)
async def test_homemade_against_the_takeaway_gives_a_figure_for_each(talk, before, asked, dish_word):
    _, (agent, text) = await talk(before, asked)
    assert agent.startswith("Ceres")
    assert dish_word in text.lower()
    figures = [int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]*)(?:-\d[\d,]*)? kcal", text)]
    assert len(figures) >= 2 and 250 <= figures[0] <= 1000 and max(figures) <= 2500, text
    assert "takeaway" in text
