"""Round 21: a fall or a blow to the bump in pregnancy, told in the guard's other languages, is
checked the same day (NHS, RCOG), and hair loss, a hard session or ab exercises in pregnancy are not
a fall."""

from __future__ import annotations

import pytest

from tests.test_safety_context import GUARD, answer


@pytest.mark.parametrize(("message", "contact"), [
    ("bin in der 22. SSW, beim Joggen über eine Wurzel gestolpert und auf den Bauch gefallen, nur ein Ziehen", "Hebamme"),
    ("estoy de 20 semanas y me caí en la calle, me duele un poco la barriga", "matrona"),
    ("je suis enceinte de 5 mois et je suis tombée à vélo hier", "sage-femme"),
    ("sono incinta di 6 mesi, sono caduta dalle scale ma sto bene, posso fare yoga?", "ostetrica"),
    ("zwanger 24 weken en gisteren van de fiets gevallen", "verloskundige"),
    ("jestem w ciąży, 25 tydzień, upadłam na lodzie", "położnej"),
    ("estou grávida de 28 semanas e levei um tombo na rua ontem", "obstetra"),
])
def test_a_fall_in_pregnancy_in_another_language_is_checked_now(message: str, contact: str) -> None:
    severity, rule, reply = answer(message)
    assert (severity, rule) == ("urgent", "pregnancy.fall") and contact in reply


@pytest.mark.parametrize("message", [
    "ich bin in der 30. SSW, das Training ist mir heute schwer gefallen, normal?",
    "estoy embarazada de 4 meses y tengo mucha caída del pelo, qué como?",
    "enceinte de 12 semaines, j'ai une chute de cheveux, quoi manger",
    "jestem w ciąży, jakie ćwiczenia na brzuch są bezpieczne?",
])
def test_everyday_pregnancy_words_are_not_a_fall(message: str) -> None:
    finding = GUARD.assess(message, [])
    assert finding is None or finding.rule_id != "pregnancy.fall"
