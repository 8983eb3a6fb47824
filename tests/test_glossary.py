"""Other languages' everyday words read as English (`host.glossary` through `host.typos`), so a
question in Polish, Dutch or Italian about eating or training reaches the agent for it; and
follow-ups opened by an interjection ("oh and ...") stay with the agent that answered."""

from __future__ import annotations

import pytest

from host.follow_ups import leans_on
from host.glossary import FOREIGN_WORDS
from host.typos import TypoRepair, english_words

REPAIR = TypoRepair(["protein", "eat", "dinner", "breakfast", "gym", "training", "hungry", "recover", "water"])


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Co zjeść na śniadanie po treningu?", "Co eat na breakfast po training?"),
        ("hoeveel eiwit per dag", "how much protein per day"),
        ("Ile wody pić dziennie?", "How much water drink a day?"),
        ("Mittagessen: Schnitzel", "Lunch: Schnitzel"),
    ],
)
def test_everyday_words_of_other_languages_read_as_english(message, expected):
    assert REPAIR(message).text == expected


def test_no_glossed_word_is_an_english_word():
    assert not set(FOREIGN_WORDS) & english_words()


@pytest.mark.parametrize("message", ["I want to eat more protein at dinner", "is a diner breakfast ok before the gym?"])
def test_english_messages_are_unchanged(message):
    assert REPAIR(message).text == message


@pytest.mark.parametrize("message", ["¿y cuánta proteína debería llevar la cena?", "me muero de hambre", "j'ai faim après le sport"])
def test_languages_the_agents_read_themselves_are_left_to_them(message):
    assert REPAIR(message).text == message


@pytest.mark.parametrize(
    "message",
    ["oh and this morning I had a bowl of muesli with oat milk, add it too", "ah also 2 coffees at work"],
)
def test_a_follow_up_opened_by_an_interjection_leans_on_the_last_answer(message):
    assert leans_on(message, claimed=False, last_answer="Logged your lunch. This meal: 640 kcal.")


@pytest.mark.parametrize(
    "message",
    ["Ma io sono abituata, dimmi solo quante serie devo fare e basta", "Nee hoor, ik wil gewoon weten hoe lang ik moet blijven"],
)
def test_a_message_nobody_claims_in_another_language_leans_on_the_conversation(message):
    assert leans_on(message, claimed=False, last_answer="Here is your plan for the week.")


@pytest.mark.parametrize("message", ["what is the capital of Peru and its population", "recommend me a good novel for the holidays"])
def test_an_english_message_nobody_claims_still_does_not(message):
    assert not leans_on(message, claimed=False, last_answer="Here is your plan for the week.")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("for dinner I had to burgers", "for dinner I had two burgers"),
        ("please log too coffees with breakfast", "please log two coffees with breakfast"),
        ("swam for fourty minutes", "swam for forty minutes"),
    ],
)
def test_voice_typings_two_and_misspelt_numbers_are_repaired(message, expected):
    assert REPAIR(message).text == expected


@pytest.mark.parametrize("message", ["I had to leave early", "I had to cross streets", "I had to focus on my form", "add to my lunch"])
def test_to_that_is_no_number_stays(message):
    assert REPAIR(message).text == message
