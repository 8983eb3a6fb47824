"""Round 14: someone else's red flag answered about them, chest pain on effort that settles with
rest answered with a doctor soon (not the emergency number now), and pregnancy bleeding or fluid
said with a verb in Spanish, Portuguese and Italian."""

from __future__ import annotations

import pytest

from host.safety.guard import Guard

GUARD = Guard()


def answer(message: str) -> tuple[str, str, str]:
    finding = GUARD.assess(message)
    assert finding is not None, message
    reply = GUARD.intervention(finding, GUARD.lines_for_finding(finding, None)).reply or ""
    return finding.severity, finding.rule_id, reply


@pytest.mark.parametrize("message", [
    "my dad gets chest pain walking up hills, goes away when he stops",
    "my mum gets a tight chest when she climbs stairs but it settles after a minute of rest",
    "my husband says his chest hurts on his runs, it eases off when he walks",
    "my father gets chest pressure going up hills, it goes once he stops",
    "my grandad gets chest pain when he walks fast, it passes when he rests",
    "my partner gets chest tightness when cycling uphill which goes after she stops",
    "my dad has had chest pain when walking up hills for a few weeks, it stops when he rests",
    "my brother's chest gets tight on hard runs but goes away when he stops",
    "my mum gets pain in her chest walking the dog up the hill, goes away resting",
    "my husband gets chest pain when he runs, should he keep going?",
    "my dad had chest pain on his bike ride today, it went when he stopped",
])
def test_someone_elses_chest_pain_on_effort_that_settles_gets_a_doctor_soon_about_them(message: str) -> None:
    severity, rule, reply = answer(message)
    assert (severity, rule) == ("urgent", "cardiac.exertional_other")
    assert "same-day or urgent appointment" in reply and "help them see a doctor" in reply and "at rest" in reply
    assert not reply.startswith("Call") and " you " not in reply.replace("I hope", "")


@pytest.mark.parametrize("message", [
    "I get chest pain walking up hills, it goes away when I stop",
    "I get a tight chest when I run up stairs, it goes after I rest",
    "my chest hurts when I cycle hard but it stops when I slow down",
])
def test_the_users_own_chest_pain_on_effort_that_settles_gets_a_doctor_soon(message: str) -> None:
    severity, rule, reply = answer(message)
    assert (severity, rule) == ("urgent", "cardiac.exertional")
    assert "same-day or urgent appointment" in reply and "stop the exercise" in reply


@pytest.mark.parametrize("message", [
    "my dad has chest pain right now after walking up a hill and he's sweating",
    "my dad has chest pain that won't go away even after stopping",
    "my mum gets chest pain even at rest now",
    "my dad's chest pain has lasted 20 minutes and he feels sick",
    "my husband is clutching his chest after his run",
    "my dad has chest pain walking up hills and he's breathless and sweating",
    "I have chest pain right now on my run",
])
def test_chest_pain_now_at_rest_lasting_or_with_sweating_is_still_an_emergency(message: str) -> None:
    severity, _, reply = answer(message)
    assert severity == "emergency"
    assert reply.startswith(("Call", "Please call"))


@pytest.mark.parametrize("message", [
    "my dad walks up hills every day and loves it",
    "my chest is sore two days after bench, it eases when I rest",
    "my husband gets out of breath walking up hills, is that normal?",
    "my calves burn on hills but it goes when I stop",
    "my dad got a chest infection last month, can he start walking again?",
    "my dad had a heart attack years ago, what exercise can he do?",
])
def test_near_misses_of_effort_and_rest_stay_unanswered(message: str) -> None:
    finding = GUARD.assess(message)
    assert finding is None or finding.action != "answer", (message, finding)


@pytest.mark.parametrize("message", [
    "my partner is 30 weeks pregnant and is bleeding after her run",
    "my wife is pregnant and leaking fluid after yoga",
    "my girlfriend is 8 months pregnant and has regular painful contractions after her walk",
    "my sister is pregnant and hasn't felt the baby move today",
])
def test_someone_elses_pregnancy_warning_sign_is_answered_about_her(message: str) -> None:
    severity, _, reply = answer(message)
    assert severity == "urgent"
    assert reply.startswith("Please help her stop and call her midwife") and "you're" not in reply


@pytest.mark.parametrize(("message", "words"), [
    ("estoy embarazada de 30 semanas y sangré después de correr", ["matrona", "112"]),
    ("estoy embarazada y pierdo líquido desde esta mañana", ["matrona", "112"]),
    ("estoy embarazada de 25 semanas y estoy perdiendo líquido", ["matrona", "112"]),
    ("embarazada de 30 semanas, perdí sangre en la clase de spinning", ["matrona", "112"]),
    ("estoy embarazada de 28 semanas y no noto al bebé desde ayer", ["matrona", "112"]),
    ("estou grávida de 30 semanas e sangrei depois de correr", ["maternidade", "112"]),
    ("estou grávida de 28 semanas e perdi sangue depois do treino", ["maternidade", "112"]),
    ("estou grávida e perco líquido desde ontem", ["maternidade", "112"]),
    ("estou grávida e não sinto o bebé mexer desde ontem", ["maternidade", "112"]),
    ("sono incinta di 30 settimane e ho perso sangue dopo la corsa", ["ostetric", "112"]),
    ("sono incinta e perdo liquido da stamattina", ["ostetric", "112"]),
    ("incinta di 30 settimane, ho perso un po di sangue dopo la corsa", ["ostetric", "112"]),
    ("sono incinta di 25 settimane e sto perdendo liquido dopo lo yoga", ["ostetric", "112"]),
    ("mi mujer está embarazada de 30 semanas y sangró después de correr", ["Ayúdala", "112"]),
    ("minha esposa está grávida de 30 semanas e está sangrando", ["Ajude-a", "192"]),
    ("mia moglie è incinta di 30 settimane e perde sangue dopo la corsa", ["Aiutala", "112"]),
])
def test_pregnancy_bleeding_fluid_and_movement_verbs_in_spanish_portuguese_and_italian(message: str, words: list[str]) -> None:
    severity, rule, reply = answer(message)
    assert severity == "urgent" and rule.startswith("pregnancy.")
    for word in words:
        assert word in reply, (message, reply)


@pytest.mark.parametrize("message", [
    "estoy embarazada de 20 semanas, ¿puedo seguir corriendo?",
    "sangré por la nariz después de correr",
    "estoy embarazada, me hice un análisis de sangre ayer, ¿puedo correr?",
    "estoy embarazada y perdí peso, ¿puedo entrenar?",
    "sono incinta, ho fatto le analisi del sangue, posso nuotare?",
    "sono incinta e ho perso peso, posso allenarmi?",
    "ho perso peso dopo la corsa",
    "perdo peso quando corro?",
    "estou grávida, fiz exame de sangue, posso correr?",
    "no noto mejoría en mi carrera",
])
def test_blood_tests_weight_loss_and_nosebleeds_in_those_languages_are_no_warning_sign(message: str) -> None:
    finding = GUARD.assess(message)
    assert finding is None or finding.action != "answer", (message, finding)


@pytest.mark.parametrize(("message", "words"), [
    ("mi padre tiene dolor en el pecho cuando sube cuestas, se le pasa al parar", ["ayúdale", "112"]),
    ("mi madre tiene dolor en el pecho al subir escaleras y se le quita cuando descansa", ["ayúdale", "112"]),
    ("meu pai sente dor no peito quando sobe ladeiras, passa quando para", ["ajude a pessoa", "112"]),
    ("mio padre ha dolore al petto quando sale in salita, passa quando si ferma", ["aiuta la persona", "112"]),
    ("mon père a mal à la poitrine quand il monte les côtes, ça passe quand il s'arrête", ["aide la personne", "112"]),
    ("mon mari a mal à la poitrine quand il court, ça passe au repos", ["aide la personne", "112"]),
    ("mein Vater hat Brustschmerzen beim Bergaufgehen, es geht weg wenn er stehen bleibt", ["Hilf der Person", "112"]),
    ("mijn vader heeft pijn op de borst bij het fietsen, het gaat over als hij stopt", ["help diegene", "112"]),
])
def test_someone_elses_chest_pain_that_settles_in_another_language_gets_a_doctor_soon_in_it(message: str, words: list[str]) -> None:
    severity, rule, reply = answer(message)
    assert (severity, rule) == ("urgent", "cardiac.exertional_other")
    for word in words:
        assert word in reply, (message, reply)


@pytest.mark.parametrize("message", [
    "mi padre tiene dolor en el pecho ahora mismo y está sudando",
    "mi padre tiene dolor en el pecho al correr y no se le pasa al parar",
])
def test_someone_elses_chest_pain_now_or_not_settling_in_another_language_is_an_emergency_in_it(message: str) -> None:
    severity, _, reply = answer(message)
    assert severity == "emergency" and reply.startswith("Llama al 112 ahora")


@pytest.mark.parametrize(("message", "start"), [
    ("mi hijo se desmayó en el partido de fútbol, ¿puede jugar el sábado?", "No: nada de entrenar ni de deporte hasta que un médico le haya revisado. Un desmayo"),
    ("mi hija vomita después de comer para adelgazar", "Qué bien que te preocupes."),
    ("minha filha vomita depois de comer para emagrecer", "Que bom que você se preocupa."),
])
def test_someone_elses_faint_or_purging_in_another_language_is_answered_about_them(message: str, start: str) -> None:
    _, _, reply = answer(message)
    assert reply.startswith(start), reply


def _replay(messages: list[str]) -> list[str]:
    history: list[dict[str, object]] = []
    replies: list[str] = []
    for message in messages:
        finding = GUARD.assess(message, history)
        assert finding is not None, message
        reply = GUARD.intervention(finding, GUARD.lines_for({})).reply or ""
        replies.append(reply)
        safety = {"category": finding.category, "severity": finding.severity, "rule_id": finding.rule_id, "action": finding.action}
        history += [{"role": "user", "text": message}, {"role": "assistant", "text": reply, "safety": safety}]
    return replies


@pytest.mark.parametrize(("messages", "words"), [
    (["my dad gets chest pain walking up hills, goes away when he stops", "he says it's nothing and he's fine"], ["help them", "same-day"]),
    (["my dad felt dizzy and his heart was fluttering on the rower", "he says he's fine now, can he row tomorrow?"], ["No: no rowing tomorrow, until a doctor has checked him.", "help them"]),
    (["my wife is pregnant and bleeding after her run", "she says it's just a little bit, she wants to wait"], ["Help her call her midwife", "she feels faint"]),
])
def test_pushing_back_after_an_answer_about_someone_else_stays_about_them(messages: list[str], words: list[str]) -> None:
    last = _replay(messages)[-1]
    for word in words:
        assert word in last, last
    assert "you feel" not in last and "checked you" not in last
