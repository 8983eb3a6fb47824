"""Helios' own floors when the safety guard has flagged the conversation (`turn.safety`).

The guard (a `screen` plugin) answers red flags itself, before routing; Helios never writes
its own red-flag reply. When the guard lets a message through with a flag (`action="preface"`),
Helios keeps to these floors:

- cardiac: no plan, no intensity: gentle activity only after a clinician has cleared it.
- pregnancy: no intensity plan; keep moving moderately, clinician first for anything hard,
  the ACOG warning signs, no lying flat on the back after the first trimester, no contact
  sports or fall risks (ACOG Committee Opinion 804, 2020).
- eating_disorder: no calorie figures, deficits or weight-loss plans anywhere.

A message that itself says the user is pregnant gets the pregnancy floor too, with or without
a guard (an operator may run without the built-in one).
"""

from __future__ import annotations

import re

from host import Turn

GENTLE = ("cardiac", "pregnancy")
_PREGNANT = re.compile(
    r"\b(i'?m|i am|im|currently|now|weeks?|months?)\s+(\d+\s+(weeks?|months?)\s+)?pregnant\b|\bmy pregnancy\b|"
    r"\bwhile pregnant\b|\bpregnant (and|but|so)\b|\bexpecting a baby\b|\b(first|second|third) trimester\b|"
    r"\bthe baby (move|moving|kick)|\b\d{1,2} weeks\b.{0,60}\b(baby|bump|waters?|contractions?|fluid|bleeding)\b",
    re.IGNORECASE,
)
# ACOG's reasons to stop exercising in pregnancy: named in the message, they lead the reply.
_WARNING_SIGN = re.compile(
    r"\b(bleed\w*|blood|spotting|fluid|waters?|leak\w*|gush|contractions?|dizz\w*|faint\w*|chest pain|headache|"
    r"calf|calves|swollen|swelling|move (much|less)|moving (much|less)|not moving|movements?)\b",
    re.IGNORECASE,
)


def category(turn: Turn) -> str | None:
    """The flag Helios must respect in this turn: the guard's category, or `pregnancy` when the
    message says the user is pregnant; None otherwise."""
    if turn.safety is not None:
        return turn.safety.category
    if _PREGNANT.search(turn.message):
        return "pregnancy"
    return None


def no_intensity(turn: Turn) -> bool:
    """True when plans and hard efforts are off the table (cardiac or pregnancy flag)."""
    return category(turn) in GENTLE


def no_calories(turn: Turn) -> bool:
    """True when calorie figures and weight-loss talk are off the table (eating-disorder flag)."""
    return category(turn) == "eating_disorder"


PREGNANCY = (
    "Staying active in pregnancy is a great idea when your pregnancy is uncomplicated: about 150 minutes "
    "a week of moderate activity (brisk walking, swimming, stationary cycling, pregnancy yoga or pilates) "
    "is what ACOG recommends, and you should be able to talk while you do it.\n"
    "- Talk to your midwife or doctor before starting anything new or keeping up hard training; if you "
    "trained hard before, they can tell you what suits your pregnancy.\n"
    "- After the first trimester, avoid exercises lying flat on your back; skip contact sports and "
    "anything with a real risk of falling or being hit (skiing, horse riding, team sports with contact), "
    "and scuba diving.\n"
    "- Stop and contact your maternity team at once with vaginal bleeding, fluid leaking, regular painful "
    "contractions, dizziness or feeling faint, chest pain, breathlessness before exercise, a headache, "
    "calf pain or swelling, or the baby moving less.\n"
    "I won't build an intensity plan right now, but I'm happy to suggest gentle sessions or log your walks "
    "and swims. 💪"
)
PREGNANCY_SOURCE = (
    "ACOG Committee Opinion 804, Physical Activity and Exercise During Pregnancy and the Postpartum Period (2020)"
)
CARDIAC = (
    "Because of the symptoms you mentioned, I won't give you a training plan or any hard efforts for now: "
    "please see a doctor first, and tell them what happened during exercise. If chest pain, fainting, a "
    "racing or irregular heartbeat or unusual breathlessness comes back, stop at once and call your "
    "emergency number.\n"
    "Once a doctor has cleared you, gentle activity such as easy walking is usually where to restart, and "
    "I'll happily help you build back up from there. 💙"
)
CARDIAC_SOURCE = "ACSM preparticipation screening (Riebe et al., Med Sci Sports Exerc 2015); PAR-Q+"


def pregnancy_in_message(turn: Turn) -> bool:
    """True when the message itself says the user is pregnant (then nothing is logged or planned
    from it: the answer is the pregnancy advice)."""
    return bool(_PREGNANT.search(turn.message))


def gentle_reply(turn: Turn) -> tuple[str, str]:
    """Helios' answer, and its source, when a plan or intensity is asked for under a cardiac or
    pregnancy flag: no plan, clinician first, gentle activity only. In pregnancy, a warning
    sign named in the message puts "stop and contact your maternity team now" first."""
    if category(turn) == "pregnancy":
        if _WARNING_SIGN.search(turn.message):
            return STOP_NOW + "\n\n" + PREGNANCY, PREGNANCY_SOURCE
        return PREGNANCY, PREGNANCY_SOURCE
    return CARDIAC, CARDIAC_SOURCE


STOP_NOW = (
    "Please stop exercising and contact your midwife, maternity unit or doctor now, today rather than "
    "tomorrow: what you describe is one of the signs ACOG lists as a reason to stop and get checked. If it "
    "is heavy, or you feel unwell, call your emergency number."
)
