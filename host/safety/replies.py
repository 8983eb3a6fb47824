"""What the guard says: one reply per situation, and the notes that preface an agent's turn.

Every reply follows the safe-messaging guidance (Beat, Samaritans, #chatsafe, NHS, ACOG): it
opens by validating (or, in an emergency, with the action), gives one concrete next step and
the region's lines, offers to carry on, and stays under about 80 words with at most one
question. It never holds a plan, a menu, a calorie figure, a weight, a BMI or a method.
"""

from __future__ import annotations

from collections.abc import Callable

from host.safety.helplines import Lines


def _or(line: str | None, before: str = " or ") -> str:
    return f"{before}{line}" if line else ""


def cardiac_emergency(lines: Lines, detail: str) -> str:
    if detail == "back":  # no chest pain: the back, a cold sweat, sickness (AHA, BHF: how a heart attack often shows in women)
        return (
            f"Please call {lines.emergency} now. An ache between the shoulder blades with a cold sweat or feeling sick can "
            "be a heart attack rather than a pulled muscle: in women especially, it often shows this way instead of as "
            "chest pain. Stop and sit down while you wait; don't drive yourself, and if you're alone, unlock the door. "
            "No stretches for now; we can talk about training once you've been checked."
        )
    return (
        f"Please call {lines.emergency} now. Chest pain that won't settle, or comes with breathlessness, sweating, "
        "sickness or pain spreading to your arm, jaw or back, needs help straight away. Stop and sit down while you "
        "wait; don't drive yourself, and if you're alone, unlock the door. I'm here, and we can talk about training "
        "once you've been checked."
    )


def breathing_emergency(lines: Lines, detail: str) -> str:
    """Breathlessness with blue or grey lips (cyanosis): too little oxygen, whatever the cause."""
    return (
        f"Please call {lines.emergency} now. Struggling to breathe with blue or grey lips can mean your body isn't "
        "getting enough oxygen, and that needs help straight away, whatever the cause, asthma included. Stop, sit "
        "upright and stay where you are; don't ride, run or drive on. If you have a reliever inhaler, use it while you "
        "wait, and keep someone with you. I'm here, and we can talk about training once you've been checked."
    )


def cardiac_bystander(lines: Lines, detail: str) -> str:
    """Someone else's heart-attack signs or collapse, now. `detail` "came_round": down and awake again (wanting to
    play on); "collapsed": they went down and may not
    be responding, so what to do before help comes (Resuscitation Council UK: gasping is not normal
    breathing; CPR and a defibrillator at once; the recovery position if they breathe normally)."""
    if detail == "came_round":  # down during sport, awake again and wanting to play on (ESC 2020: syncope on effort is checked before any return)
        return (
            f"Please call {lines.emergency} or get them to A&E/the ER now: a collapse during exercise needs checking today, even "
            "if they come round and feel fine. Don't let them play on or train again today. Keep them sitting or lying down "
            "and stay with them; if they collapse again and aren't breathing normally, start CPR and send for a defibrillator (AED)."
        )
    if detail == "collapsed":
        return (
            f"Call {lines.emergency} now and put the phone on speaker. If they aren't responding and aren't breathing "
            "normally (gasping or odd breaths count as not normal), start CPR: hard, fast pushes in the middle of the "
            "chest, and send someone for a defibrillator (AED); the call handler will guide you. If they are breathing "
            "normally, turn them onto their side in the recovery position and keep watching their breathing until help comes."
        )
    return (
        f"Call {lines.emergency} now and say they may be having a heart attack or have collapsed. Get them to stop "
        "what they're doing and sit or lie down; don't let them carry on or drive. Stay with them: if "
        "they aren't breathing normally, the call handler will talk you through CPR, and ask whether a defibrillator "
        "is nearby. Don't wait to see if it passes. I'm here if you need me afterwards."
    )


def cardiac_bystander_follow_up(lines: Lines, detail: str) -> str:
    """After someone else's collapse or heart-attack signs, "he's sitting up now, says he's fine, wants to
    finish": a collapse on effort needs checking today even when it passes (Resuscitation Council UK;
    ESC 2020 sports cardiology: exercise-related syncope is investigated before any return to sport).
    `detail` "chest": heart-attack signs without a collapse ("he says I'm overreacting, he'll sleep it off");
    "waiting": help is on its way, what to do meanwhile ("ambulance is coming, should I sit him up?"): lying
    down, on their side if drowsy, someone watching their breathing, CPR and a defibrillator if it stops
    (Resuscitation Council UK; St John Ambulance first aid)."""
    if detail == "no_cpr":  # "i don't know cpr": hands-only CPR, the call handler guides it (Resuscitation Council UK, AHA)
        return (
            f"That's okay: call {lines.emergency} now, put it on speaker, and the call handler will talk you through it. "
            "Kneel beside them, put the heel of one hand in the middle of their chest and the other on top, and push hard "
            "and fast, about twice a second, letting the chest come back up each time. Don't stop until help takes over. "
            "Send anyone nearby for a defibrillator (AED): it tells you what to do."
        )
    if detail == "waiting":
        return (
            "Good, help is coming. Until it arrives, keep them lying down rather than sitting up, and if they're drowsy "
            "or not fully awake, turn them onto their side in the recovery position. Nothing to eat or drink. Stay with "
            "them and watch their breathing: if it stops or turns to gasps, start CPR (hard, fast pushes in the middle "
            f"of the chest), send someone for a defibrillator (AED) and call {lines.emergency} back. Tell the crew what happened."
        )
    if detail.startswith("activity"):  # "she's stubborn, her mum did spin till 9 months and was fine": the symptoms, not the sport
        pregnant = detail.endswith("pregnant")
        return (
            f"It isn't {'the exercise' if not pregnant else 'exercising in pregnancy'} itself that worries me, and what someone "
            "else managed doesn't change this. It's the symptoms: chest pain, dizziness or feeling faint during exercise are "
            f"warning signs that can come from the heart and need checking now. Call {lines.emergency} if it's there now or "
            f"comes back; otherwise get them seen at A&E/the ER{' or her maternity unit' if pregnant else ''} today. Say it's because you care."
        )
    if detail == "chest":
        return (
            "You're not overreacting: chest pain, dizziness, pain in the jaw or arm, sweating, sickness or a grey colour can be a heart attack, "
            f"and every minute matters. Please call {lines.emergency} now, even if they say no; sleeping it off is the "
            "riskiest thing they could do. Stay with them, keep them resting, and if they stop breathing normally the "
            "call handler will guide you."
        )
    return (
        "I'm glad they're sitting up, but they should not finish the session or go home alone. Going down "
        "like that during exercise can be a heart rhythm problem, and it can happen again even after they feel "
        f"fine. Call {lines.emergency}, or keep them with you until the ambulance or A&E has checked their heart, and "
        "keep a defibrillator nearby. No training until a doctor says so."
    )


def cardiac_urgent(lines: Lines, detail: str) -> str:
    unsure = f" If you're unsure, call {lines.urgent}." if lines.urgent else ""
    return (
        f"Thank you for telling me, and please don't push through it. Stop exercising and see a doctor before you "
        f"train again: {detail} can come from the heart and needs checking first. If it comes on and doesn't ease within a few minutes of rest, "
        f"call {lines.emergency}.{unsure} Once a doctor has cleared you, I'm happy to help with gentle, safe training."
    )


def cardiac_exertional(lines: Lines, detail: str) -> str:
    """Chest pain on effort that settles with rest, told afterwards (NHS: possibly angina): a doctor
    soon, no more of the effort that brings it on, the emergency number for the signs that make it one."""
    return (
        "Thank you for telling me; please don't push through it. Chest pain that comes with effort and goes with "
        "rest can come from the heart (angina), so please see a doctor soon: a same-day or urgent appointment. "
        f"Until then, stop the exercise that brings it on. Call {lines.emergency} if it comes at rest, lasts more "
        "than a few minutes, or comes with sweating, breathlessness or feeling sick."
    )


def cardiac_exertional_other(lines: Lines, detail: str) -> str:
    """Someone else's chest pain on effort that settles with rest: what to do for them, said of them."""
    return (
        "I'm glad you're asking. Chest pain on effort that goes with rest can be angina, so please help them see "
        "a doctor soon: a same-day or urgent appointment. Until then, stop any exercise or hills that bring it on. "
        f"Call {lines.emergency} if it comes at rest, lasts more than a few minutes, or comes with sweating, "
        "breathlessness or sickness. I hope they're okay."
    )


# A swollen, sore calf in pregnancy can be a deep vein thrombosis (RCOG Green-top 37a): named, so
# nobody massages or walks it off first.
_CLOT = " (it can be a blood clot, a DVT)"


def pregnancy_urgent_other(lines: Lines, detail: str) -> str:
    """Someone else's pregnancy warning sign: what to do for them, said of them. `detail`: the sign,
    and "|young" for a young one (then an adult they trust, too)."""
    sign, _, young = detail.partition("|")
    if young:
        return (
            f"Please help her stop and call her midwife, GP or maternity unit today: {sign} in pregnancy needs checking "
            "straight away, and no sport until she's been checked. She's young, so please also tell an adult you trust, like a parent or school nurse, and go "
            f"with her if you can. If she faints and doesn't come round quickly, or there's heavy bleeding, call {lines.emergency}."
        )
    return (
        f"Please help her stop and call her midwife or maternity unit now: {sign} in pregnancy needs checking "
        f"straight away{_CLOT if 'calf' in sign else ''}, not after a rest, a massage or a workout. No exercise or sessions until she's been checked. "
        "Don't let her drive herself. If there's heavy bleeding, chest "
        f"pain or fainting, call {lines.emergency}. I hope she and the baby are okay."
    )


def cardiac_collapse_other(lines: Lines, detail: str) -> str:
    """Someone else collapsed during sport: ACSM and PAR-Q, a doctor before any more exercise."""
    return (
        "I'm glad you're looking into this. Passing out or collapsing during exercise always needs a doctor to check "
        "the heart, even if they feel fine now and dehydration seems likely. Please book a doctor's appointment soon "
        "and say it happened during sport; until then, stop: no sport or training, not even light sessions. If it happens "
        f"again, or comes with chest pain, palpitations or breathlessness, call {lines.emergency}. I hope they're okay."
    )


def cardiac_collapse_other_follow_up(lines: Lines, detail: str) -> str:
    if detail == "racing":  # a racing heart or chest pain just before the faint (ESC syncope guidance: a red flag)
        return (
            "Thank you for finding that out; it matters. A racing or fluttering heart, or chest pain, just before "
            "passing out makes a heart cause more likely, so please get them seen today: their GP, urgent care, or "
            "A&E/the ER. Tell the doctor exactly what they felt. No sport or training, even light, until a doctor has "
            f"checked them. If it happens again or they feel unwell, call {lines.emergency}."
        )
    return (
        "I know it's hard when they feel fine, but feeling fine afterwards is common and doesn't rule out a heart "
        "cause. Please get them seen as soon as you can, not after other plans, and hold off all sport, even light "
        "training, until a doctor has said it's okay. "
        f"If they collapse again, or get chest pain, palpitations or breathlessness, call {lines.emergency}. I'm "
        "happy to help plan a gentle return once they're cleared."
    )


def pregnancy_clot_emergency(lines: Lines, detail: str) -> str:
    """A sore, swollen calf with chest pain or breathlessness in pregnancy (RCOG Green-top 37a, NHS): a clot
    that may have reached the lung is an emergency: the emergency number now, not the midwife first.
    `detail` "other": someone else's pregnancy, said of her."""
    if detail == "other":
        return (
            f"Please call {lines.emergency} now for her. Chest pain or breathlessness together with a sore, swollen calf in "
            "pregnancy can be a blood clot that has reached the lung, and that needs emergency care straight away, "
            "not a wait for the midwife. Help her stop and sit upright; don't let her drive, and don't rub the calf. "
            "Call her maternity unit once help is on the way. I hope she and the baby are okay."
        )
    return (
        f"Please call {lines.emergency} now. Chest pain or breathlessness together with a sore, swollen calf in "
        "pregnancy can be a blood clot that has reached the lung, and that needs emergency care straight away, "
        "not a wait for the midwife. Stop any activity, sit upright, don't drive yourself, and don't rub the calf. "
        "Call your maternity unit once help is on the way. I hope you and the baby are okay."
    )


def pregnancy_urgent(lines: Lines, detail: str) -> str:
    return (
        f"Please stop exercising and call the midwife or maternity unit now: {detail} in pregnancy needs checking "
        f"straight away{_CLOT if 'calf' in detail else ''}, not after a workout. If there's heavy bleeding, chest pain or fainting, call "
        f"{lines.emergency}. I hope everything is okay. Once you've been checked, I can help with gentle activity "
        "your midwife is happy with."
    )


def eating_disorder(lines: Lines, detail: str) -> str:
    return (
        "Thank you for trusting me with this; I'm worried about you. You deserve support, not a diet, so I won't "
        f"give numbers or plans here. A good next step is talking to your doctor{_or(lines.eating_disorder)}, who can "
        f"help without judging. If things feel too much, you can reach {lines.crisis} any time. Recovery is "
        "possible. Would you like to talk about how you've been feeling?"
    )


def eating_disorder_relapse(lines: Lines, detail: str) -> str:
    """An old eating disorder's behaviours coming back (Beat, NEDC: relapse is common and spotting it
    early is a strength; back to the GP or the old team now; no numbers). `detail` "team": still in treatment
    (a dietitian's meal plan), so it goes back to that team."""
    if detail == "team":
        return (
            "Thank you for being honest with me; I care how you're doing. I can't help cut your meal plan: it's part of your recovery, and wanting to "
            "eat less or lose weight in secret is exactly what your dietitian and treatment team need to hear. Please tell "
            "them soon; it isn't failing, it's how they help. No amounts from me. "
            f"{lines.crisis[:1].upper()}{lines.crisis[1:]} is there any time{_or(lines.eating_disorder, ', and ')}{' too' if lines.eating_disorder else ''}."
        )
    return (
        "Thank you for telling me, and well done for noticing. After an eating disorder, skipping meals or weighing "
        "yourself often again can be early signs of relapse, and acting early works best. Please talk to your GP or "
        f"old treatment team soon{_or(lines.eating_disorder)}, and someone you trust. No numbers or targets from me for "
        f"now; hard training adds risk, so check it with them. {lines.crisis[:1].upper()}{lines.crisis[1:]} is there any time."
    )


def eating_disorder_body(lines: Lines, detail: str) -> str:
    """Their own purging, or sweating down and laxatives to make weight: said plainly it isn't a normal
    part of dieting or of the sport, and what it does to the body (AED medical guide), with no method
    they didn't name. `detail`: "purging", or "weight|<what they said they do>"."""
    if detail.startswith("weight"):
        named = detail.partition("|")[2]
        what = f"{named[0].upper()}{named[1:]} to make weight" if named else "Cutting weight like this"
        return (
            f"Thank you for telling me; I'm worried about you. {what} isn't a normal part of the sport: it drains "
            "water and salts (electrolytes), which strains your heart and kidneys and can make you collapse, so I "
            f"won't give a faster way. Talk to your doctor or your sport's medical team{_or(lines.eating_disorder)}; "
            f"{lines.crisis} is there any time."
        )
    return (
        "Thank you for telling me; I'm worried about you. Bringing food back up isn't a normal part of dieting: it's "
        "a sign of an eating disorder, and it harms your body. Stomach acid wears away tooth enamel, and losing salts "
        "(electrolytes) can upset your heart rhythm. A dentist can protect your teeth, and your "
        f"doctor{_or(lines.eating_disorder)} can help with the rest. Recovery is possible; {lines.crisis} is there any time."
    )


_COMMON_HARM = {
    "weight": "it still strains the heart and kidneys and can make you collapse",
    "purging": "it still wears away teeth and can upset the heart's rhythm",
    "pills": "they still dehydrate you and can upset your heart",
}


def eating_disorder_common(lines: Lines, detail: str) -> str:
    """"Everyone in the weighing room does it" after that answer: common doesn't make it safe.
    `detail`: "weight", "purging" or "pills", what the answer before was about."""
    team = " or your sport's medical team" if detail == "weight" else ""
    return (
        f"I hear you, and I care how you're doing, so I'll be straight: common doesn't make it safe, {_COMMON_HARM.get(detail, _COMMON_HARM['purging'])}, "
        f"whoever does it. So I won't give ways to lose weight faster. Your doctor{team}{_or(lines.eating_disorder)} can help, and "
        f"{lines.crisis} is there any time. What makes it feel like the only way?"
    )


def eating_disorder_punishing(lines: Lines, detail: str) -> str:
    """Exercise as punishment for eating ("I punish myself with burpees when I go over"): named kindly, no workout."""
    return (
        "Thank you for telling me; I'm worried about you. Exercise to punish yourself for eating isn't training, "
        "it's a sign of real distress, and you don't deserve punishing for food, so I won't set a workout for it. "
        f"Your doctor{_or(lines.eating_disorder)} can help without judging, and {lines.crisis} is there any time. "
        "Want to talk about it?"
    )


def eating_disorder_insulin(lines: Lines, detail: str) -> str:
    """Insulin left out for weight: no safe amount (DKA); the diabetes team and eating-disorder support."""
    return (
        "Thank you for telling me; I'm worried about you, and I'm not judging. There's no safe amount of insulin to "
        "leave out: missed doses can lead to DKA (diabetic ketoacidosis), which is dangerous and can be "
        "life-threatening. Please talk to your diabetes team soon; they've helped others with this, as can your "
        f"doctor{_or(lines.eating_disorder)}. If you're vomiting, very thirsty or drowsy, call "
        f"{lines.emergency}. How have things been?"
    )


def eating_disorder_insulin_follow_up(lines: Lines, detail: str) -> str:
    return (
        "I hear you, and I care about you, so I can't give a number: there's no safe number of units to leave out, and "
        "any missed insulin can tip into DKA, which is dangerous. Your diabetes nurse or doctor won't be shocked; "
        "they'd rather help than have you carry this alone, and can bring in eating disorder support "
        f"too{_or(lines.eating_disorder, ', or try ')}. If you feel very unwell, call {lines.emergency}. What makes telling them hard?"
    )


def eating_disorder_fainting(lines: Lines, detail: str) -> str:
    """Feeling faint on a very low intake: a doctor, not a tougher or shorter version."""
    return (
        "Thank you for telling me; I'm worried about you. Eating this little isn't safe, however fast it seems to "
        "work, and feeling faint is your body saying it isn't getting enough. Please eat something now, sit or lie "
        f"down if you feel faint, and see a doctor soon. If you faint or feel very unwell, call {lines.emergency}. "
        f"If food feels hard, your doctor{_or(lines.eating_disorder)} can help. How are you feeling?"
    )


def eating_disorder_pills(lines: Lines, detail: str) -> str:
    """Diet pills, fat burners, water tablets or laxatives for weight: say plainly they are not safe."""
    return (
        "I'm glad you asked first, and I'm worried about this. Diet pills, fat burners, water tablets and laxatives "
        "aren't safe ways to lose weight: bought online they're often unregulated, and they can dehydrate you and upset "
        "your heart, so please don't take them at all. A pharmacist or your doctor"
        f"{_or(lines.eating_disorder, ', or ')} can help without judging, and you deserve that support. Would you like "
        "to talk about what's behind it?"
    )


def eating_disorder_loss(lines: Lines, detail: str) -> str:
    return (
        "I can hear how much you want this to change quickly, and I care how you feel. Losing weight that fast isn't safe, so I won't plan "
        "it: crash dieting strains your heart and mood, and rarely lasts. If food or your body feel "
        f"hard to deal with right now, your doctor{_or(lines.eating_disorder)} can help. Would you like to talk about "
        "what's behind the deadline, or about habits that feel good?"
    )


def eating_disorder_low_goal(lines: Lines, detail: str) -> str:
    """A goal weight below a healthy one (NHS, BMI; for the young, growth charts and no diets without the
    GP): no plan toward it and no figures, the reason in one line, someone to talk to, and a question.
    `detail` "young": a teenager, whose body is still growing and who has a trusted adult to tell."""
    if detail == "young":
        return (
            "Thank you for telling me. I won't help with a plan to reach that weight: it's below what's healthy at your age, "
            "and your body is still growing, so it needs enough food, not a diet. If you're unhappy with your body or with "
            "eating, please talk to an adult you trust or your GP; they can help without judging. "
            f"{(lines.youth or lines.crisis)[:1].upper()}{(lines.youth or lines.crisis)[1:]} is there any time. "
            "What's making you want to lose weight?"
        )
    return (
        "Thank you for telling me. I won't help with a plan to reach that weight: it's below a healthy weight for nearly "
        "anyone's height, and getting there would put your heart, bones and mood at risk. If food or your body feel hard to "
        f"deal with, your doctor{_or(lines.eating_disorder)} can help without judging, and {lines.crisis} is there any time. "
        "What's behind wanting to reach it?"
    )


def eating_disorder_missed_periods(lines: Lines, detail: str) -> str:
    return (
        "Thank you for telling me. Losing your period isn't a sign of being fit or lean enough: it's a warning sign "
        "that your body isn't getting enough energy (doctors call it RED-S), however good you feel. "
        f"It can weaken bones and affect your heart, so please see your doctor soon{_or(lines.eating_disorder, ', or ')}. "
        "I care how you're doing, so I won't plan staying this lean. Want to talk about how things have felt?"
    )


def eating_disorder_concern(lines: Lines, detail: str) -> str:
    """Someone else's eating-disorder signs: how to help (Beat, NICE NG69). `detail` "care": a pupil or junior
    athlete in the writer's care (Keeping Children Safe in Education, Beat's guidance for schools): the
    safeguarding lead, who involves the parents, and no weight-loss plan for them."""
    if detail == "care":
        return (
            "You're right to act on this, and please don't give them a weight-loss or fitness plan for it. Tell your "
            "school's or club's safeguarding lead today: they'll involve the parents and the GP. Then talk with them "
            "kindly and privately: say you care and what you've noticed, without talk of food or weight, and don't "
            "promise to keep it secret. Would ideas for that talk help?"
        )
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} supports families too." if lines.eating_disorder else ""
    return (
        "You're right to look out for them: what you describe can be a warning sign of an eating disorder, "
        "serious at any size, and early support helps most. Say you care, listen without talking about food or weight, "
        "and encourage them to see a doctor; for a child or teenager, book a GP visit and go along. Keep "
        f"meals calm, without diets or food rules.{also} Want ideas for that talk?"
    )


def pills_taken_emergency(lines: Lines, detail: str) -> str:
    """Diet or water pills already taken, the heart pounding or dizziness now: an emergency (NHS:
    stimulant and diuretic overdose; call the emergency number or poison control, say what was taken)."""
    return (
        f"Please call {lines.emergency} now, or your poison control centre, and say which pills you took and how "
        "many: a pounding, racing heart after diet or water pills can be dangerous. Don't take any more, sit down, "
        "and tell someone near you so you're not alone. You're not in trouble. Afterwards, your doctor or an "
        "eating disorder helpline can help with what's behind it."
    )


def unintended_loss(lines: Lines, detail: str) -> str:
    """Weight lost without trying, with no appetite or after a loss: see the GP soon (NICE NG12, CKS:
    unexplained weight loss); grief can take the appetite (Cruse); gentle activity is still good."""
    if detail == "fuss":
        return (
            "You're not a bother at all: weight loss you can't explain is exactly what your GP wants to hear about, "
            "and seeing them early is how they help. It can be a short appointment, and you can bring family "
            "or someone you trust. Meanwhile, little and often with food, and gentle walks are good for you. Would "
            "you like help thinking about what to say?"
        )
    sorry = "I'm so sorry for your loss. " if detail == "bereaved" else ""
    return (
        f"{sorry}Losing that much weight without trying, and not feeling like eating, is worth telling your GP "
        "about soon: it can come from grief or low mood, but they'll want to check there's nothing else behind it, "
        "and they can help with both. Small, regular meals and snacks help meanwhile, and gentle walks are good "
        "for you: start short and easy, at a pace you can chat. How have you been coping?"
    )


def unintended_loss_other(lines: Lines, detail: str) -> str:
    """Someone else losing weight without trying: their GP soon (NICE NG12, CKS: unexplained weight loss)."""
    if detail == "fuss":
        return (
            "They're not a bother: weight loss nobody can explain is exactly what a GP wants to hear about, and "
            "seeing them early is how they help. You could book it together and go along. Would it help to plan how "
            "to suggest it?"
        )
    return (
        "You're right to notice it. Losing a lot of weight without trying, or going off food, is worth a GP visit "
        "soon: it can come from grief, low mood or something physical, and the GP can check and help. You could "
        "offer to book it or go with them, and keep meals easy and sociable meanwhile. Would it help to talk about "
        "how to bring it up?"
    )


def eating_disorder_purging_other(lines: Lines, detail: str) -> str:
    """Someone close heads to the bathroom after meals with the water running, or has scraped knuckles:
    possible signs of making themselves sick, taken seriously (Beat, NHS: bulimia, spotting the signs)."""
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} supports partners, friends and families too." if lines.eating_disorder else ""
    return (
        "You're not overthinking it: going to the bathroom straight after meals with water running, or scraped "
        "knuckles, can be signs that someone is making themselves sick. It's serious at any weight, and early "
        "support helps. In a calm, private moment, say you care and what you've noticed, without blame or talk of "
        f"food or weight, and encourage a GP visit.{also} Want ideas for starting that talk?"
    )


def eating_disorder_concern_follow_up(lines: Lines, detail: str) -> str:
    """How to start the conversation (Beat, Eating Disorders Info): calm, private, about feelings, expecting denial.
    `detail` "secret": "she made me promise not to tell" (NSPCC, Beat: never promise secrecy about a risk to health);
    "boys": "it's girls that get that" (Beat, NEDA: boys and men get eating disorders too)."""
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} can help you with it too." if lines.eating_disorder else ""
    if detail == "deputy":
        return (
            f"{_DEPUTY} Eating disorders are serious, and acting early helps: the parents can get them seen by their GP soon. "
            f"It's clear you care; keep checking in with them kindly meanwhile, without talk of food or weight.{also}"
        )
    if detail == "punish":  # "should I take her phone away until she stops?": no (Beat: it isn't a choice; punishment drives it into hiding)
        return (
            "I'd hold off on that: an eating disorder isn't a choice or bad behaviour, and punishment or taking things away "
            "usually makes it more secret, not less. What helps is calm care: say you're worried and that you love them, "
            f"and get them seen by the GP soon; the GP can refer to an eating disorder service.{also} Keep meals calm and "
            "together, without arguing about food."
        )
    if detail == "boys":
        return (
            "Boys and men get eating disorders too, far more often than people think, and in young men it often looks "
            "like heavy training, strict eating and being sick kept hidden. You don't need to name it: in a calm, "
            "private moment, say what you've noticed and that you care, and ask him to see the GP with you. "
            f"It's serious at any size, and early help works.{also}"
        )
    if detail == "who":
        # Beat, NICE NG69: the GP first (referral to an eating disorder service, CAMHS for under-18s); carers get support too
        helpline = f" For you, {lines.eating_disorder} supports families and friends too." if lines.eating_disorder else " An eating disorder charity's helpline supports families and friends too."
        return (
            "Start with their GP or family doctor: book an appointment, say on the phone that you're worried about an eating "
            "disorder so it isn't left to wait, and go with them if they'll let you. The GP can check their health and refer "
            "them to an eating disorder service (for under-18s, the children's mental health team). A school nurse or "
            f"counsellor can help too.{helpline} If they faint, have chest pain or seem very unwell, get urgent care the same day. "
            "I'm sorry you're dealing with this; it's clear you care."
        )
    if detail == "tell":  # "should I tell our coach?" about a friend or teammate (Beat, Eating Disorders Info: involve a trusted adult)
        helpline = also or " An eating disorder charity's helpline supports friends too."
        return (
            "Yes: telling your coach, or another adult you trust such as a parent, is the right thing. \"I'm fine\" is a common "
            "answer, and this is too much to carry alone. You're not betraying them: an adult can make sure they see a GP. "
            f"Tell them you're doing it because you care, keep being a friend, and avoid talk of weight or food.{helpline}"
        )
    if detail == "secret":
        helpline = also or " A GP or an eating disorder helpline can advise you too."
        return (
            "It's clear you care, and their trust matters, but this can't stay a secret: their health comes first. "
            "Tell them kindly you can't promise that, and that you'll only tell people who can help. If they're under "
            "18, that's their parents, or your safeguarding lead if you teach or coach them; if they're an adult, "
            f"encourage a GP visit and offer to go with them.{helpline}"
        )
    return (
        "Pick a calm, private moment. Start with care, not evidence: \"I love you, I've "
        "noticed you seem to be struggling, and I'm worried.\" Then listen more than you talk, without arguing about "
        "food, weight or what you found. Denial or anger is common; it doesn't mean you've failed. Say you'd like to "
        f"see the GP together, and keep the door open.{also} I'm here to talk it through."
    )


# Why what a carer saw is serious (detail of the carer's answers: "periods", "pills=<as they said it>", or both "periods|pills=laxatives").
_CARER_WHY = {
    "periods": "lost periods mean the body lacks energy, which weakens bones and strains the heart",
    "pills": "diet pills aren't safe and can upset the heart",
}


def _carer_why(detail: str) -> str:
    """"Periods stopping and diet pills are serious warning signs: ..." for the signs in `detail`, or ""."""
    said = dict(sign.partition("=")[::2] for sign in detail.split("|"))
    signs = [sign for sign in said if sign in _CARER_WHY]
    if not signs:
        return ""
    pills = said.get("pills") or "diet pills"
    named = " and ".join({"periods": "periods stopping", "pills": pills}[sign] for sign in signs)
    reasons = "; ".join(_CARER_WHY[sign].replace("diet pills", pills) for sign in signs)
    return f" {named[0].upper()}{named[1:]} {'are serious warning signs' if len(signs) > 1 else 'are a serious warning sign' if pills.endswith('s') and signs == ['pills'] else 'is a serious warning sign'} at any size: {reasons}."


def eating_disorder_carer(lines: Lines, detail: str) -> str:
    """A parent or friend who sees the signs (Bodywhys, Beat, NICE NG69: early help, family-based treatment)."""
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} supports families too." if lines.eating_disorder else ""
    if _carer_why(detail):
        return (
            f"You're right to be worried.{_carer_why(detail)} Please book a GP or paediatrician soon and say you "
            "fear an eating disorder. In a calm, private moment, say you care and listen, without blame or talk of "
            f"weight.{also}"
        )
    return (
        "You're right to be worried, and acting early helps. Please book a GP or paediatrician appointment soon and say "
        "you're worried about an eating disorder: they can refer to a specialist team, and family-based treatment works "
        "well. Rather than food rules or portions from me, let the team guide eating; keep family meals regular and calm, "
        f"and talk about feelings, not weight.{also} Would ideas for that first talk help?"
    )


def eating_disorder_waiting(lines: Lines, detail: str) -> str:
    """No appointment for weeks after eating-disorder signs (NICE NG69, Beat): don't wait; phone and explain,
    the advice line, urgent or after-hours care for physical warning signs."""
    who, them = ("a child or young person who is losing weight and not eating", "they're") if detail == "other" else ("your eating", "you're")
    advice = f" You can also call {lines.urgent} for advice." if lines.urgent else ""
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} can support you meanwhile." if lines.eating_disorder else ""
    return (
        "Please don't just wait. Phone the practice today and explain that you're worried about an eating disorder in "
        f"{who}: ask for an urgent appointment, a call from the doctor or a cancellation.{advice} If {them} dizzy, "
        f"fainting, very cold or weak, go to urgent or after-hours care, or call {lines.emergency}.{also}"
    ) if detail == "other" else (
        "Please don't just wait. Phone the practice today and explain that you're worried about "
        f"{who}: ask for an urgent appointment, a call from the doctor or a cancellation.{advice} If you feel dizzy, "
        f"faint, very cold or weak, go to urgent or after-hours care, or call {lines.emergency}.{also} I'm here meanwhile."
    )


def eating_disorder_not_overreacting(lines: Lines, detail: str) -> str:
    """A carer told "I'm fine, you're overreacting" (Beat, Eating Disorders Info: denial is common; act anyway)."""
    also = f"; {lines.eating_disorder} supports carers too" if lines.eating_disorder else ""
    why = _carer_why(detail) or " What you've noticed is a serious warning sign, at any size."
    return (
        "No, you're not overreacting: your worry shows you care, and it's reasonable." + why + " \"I'm fine\" is a common answer and "
        f"doesn't mean all is well. Please still book the GP soon and go together{also}. Keep talking calmly, not about weight."
    )


def eating_disorder_dont_wait(lines: Lines, detail: str) -> str:
    """A carer thinking of waiting to see if it passes (Beat, NICE NG69: early help gives the best chance
    of recovery; eating disorders rarely pass on their own); how to raise it without what they found."""
    also = f"; {lines.eating_disorder} supports parents and carers too" if lines.eating_disorder else ""
    return (
        "Please don't wait and see: eating disorders rarely pass on their own, and the earlier help starts, the better "
        "the chance of recovery. You don't have to start with what you found: talk about what anyone could notice, "
        f"like skipped meals or the extra exercise, and that you care. Book the GP soon and go together{also}."
    )


def eating_disorder_carer_follow_up(lines: Lines, detail: str) -> str:
    also = f", and {lines.eating_disorder} can help you in the meantime" if lines.eating_disorder else ""
    return (
        "It's clear you care. Please hold off on making your own plan for their eating. Your support matters a lot, but in an eating disorder, "
        "how fast to restore eating needs a doctor's checks: the GP and a specialist team will guide it, for a young "
        f"person often with family-based treatment{also}. Until then, keep meals regular and calm, and encourage that "
        "appointment. How are things today?"
    )


def self_harm_emergency(lines: Lines, detail: str) -> str:
    return (
        f"Please call {lines.emergency} now, or go to your nearest emergency department: your safety matters most "
        f"right now. You can also call {lines.crisis} any time; they'll listen without judging. If you can, move "
        "away from anything you could hurt yourself with and tell a friend, family member or neighbour near you what's happening. I'm here, and I "
        "care about you. Will you call them now?"
    )


# For someone who served (detail "veteran"): the US Veterans Crisis Line, named as its own line.
_VETERANS = " If you served in the US forces, the Veterans Crisis Line is 988, then press 1."


def self_harm_urgent(lines: Lines, detail: str) -> str:
    """Thoughts of suicide or an overdose, told or asked (Samaritans, NHS). `detail` "act": self-harm told
    (cutting, burning, hitting oneself); "veteran": the veterans' line too; "what_if": "what if someone took a whole bottle of paracetamol" (NHS: an overdose needs
    emergency care even when the person feels well, paracetamol above all)."""
    if detail == "what_if":
        return (
            "I'm glad you asked. If anyone has taken a lot of pills, even paracetamol, it's an emergency even if they "
            f"feel fine: call {lines.emergency} or go to the emergency department now. If you're thinking about it for "
            f"yourself, you can contact {lines.crisis} right now, free and any time. Are you safe right now?"
        )
    if detail == "veteran":
        return (
            "I'm really sorry you're carrying this, and I'm glad you told me. You don't have to face it alone: you "
            f"can contact {lines.crisis} right now, any time.{_VETERANS} If you might act on "
            f"these thoughts, call {lines.emergency}. Are you safe right now? I'm here to keep talking."
        )
    if detail == "act":
        # "i cut my arms last night again": self-harm told, not suicidal thoughts (NICE NG225: compassion, the
        # wound seen to, support; no judgement)
        return (
            "I'm really sorry you're hurting, and I'm glad you told me. Hurting yourself, or wanting to, is a sign of how "
            "much you're carrying, and you deserve support, not judgement. If a wound is deep or won't stop bleeding, get "
            f"urgent care or call {lines.emergency}. You can contact {lines.crisis} any time{_or(lines.text, ', or ')}, or "
            "your GP. Are you safe right now?"
        )
    return (
        "I'm really sorry you're feeling this way, and I'm glad you told me. You don't have to face this alone: you "
        f"can contact {lines.crisis} right now, free and any time{_or(lines.text, ', or ')}. If you might act on these "
        f"thoughts, call {lines.emergency}. Are you safe right now? I'm here to keep talking, about this or anything else."
    )


_MEDICINES = frozenset({"pills", "tablets", "painkillers", "medicines"})


def _out_of_reach(thing: str) -> str:
    """How to put the means out of reach: medicines to someone or a pharmacy, anything else to someone or out of the house."""
    thing = thing or "pills"
    if thing in _MEDICINES:
        return f"put the {thing} out of reach: hand them to someone you trust, or take them back to a pharmacy"
    return f"put the {thing} out of reach: give it to someone you trust, or get it out of the house"


def self_harm_means(lines: Lines, detail: str) -> str:
    """Thoughts of suicide with the means named (pills saved up, a rope, a blade): distance from them
    first (WHO mhGAP, Samaritans: restricting access saves lives), then the crisis line."""
    return (
        f"I'm really sorry you're carrying this, and I'm glad you told me. Right now, please {_out_of_reach(detail)}; "
        f"distance helps the worst moments pass. You can contact {lines.crisis} any time{_or(lines.text, ', or ')}, "
        f"and if you might act on these thoughts, call {lines.emergency}. Are you safe right now?"
    )


def self_harm_night(lines: Lines, detail: str) -> str:
    """Awake at night and not wanting to wake anyone after a self-harm answer: it's OK to wake someone,
    they would want to know, and the lines are open all night. `detail`: "means=<what>" when means were named."""
    thing = detail.removeprefix("means=") if detail.startswith("means=") else ""
    means = f" Tonight, hand the {thing} to someone or put {'them' if thing in _MEDICINES else 'it'} out of reach." if thing else ""
    return (
        "It's OK to wake someone for this: anyone who cares about you would want to know. You don't have to wait "
        f"for morning either: {lines.crisis} is open 24/7{_or(lines.text, ', or ')}, and they won't judge you.{means} "
        f"If you might act on these thoughts, call {lines.emergency}."
    )


def self_harm_check(lines: Lines, detail: str) -> str:
    if detail == "young":
        young = f", or {lines.youth}," if lines.youth else ""
        return (
            "That sounds really heavy, and I'm glad you told me. Can I ask: are you having thoughts of ending your life? "
            "Whatever the answer, please tell an adult you trust, like your mum or dad or a teacher; they'd want to know. "
            f"{lines.crisis[0].upper()}{lines.crisis[1:]}{young} is there any time, and if you're in danger, call {lines.emergency}."
        )
    return (
        "That sounds really heavy, and I'm glad you said it. Can I ask you directly: are you having thoughts of "
        f"ending your life? Whatever the answer, {lines.crisis} is there to listen any time{_or(lines.text, ', or ')}, "
        f"and if you're in danger, call {lines.emergency}. I'm here to keep talking, about this or anything else."
    )


def self_harm_food(lines: Lines, detail: str) -> str:
    return (
        "I'm so sorry, and I'm glad you told me. You don't deserve to be hurt for what you eat: it's a sign of real "
        "distress, and you deserve kindness and support. Your doctor can help with the eating and the self-harm, "
        f"without judging. You can contact {lines.crisis} any time{_or(lines.text, ', or ')}, and {lines.emergency} if "
        "you might act on these thoughts. Are you safe right now?"
    )


def self_harm_injury(lines: Lines, detail: str) -> str:
    """Self-harm with a question about treating the wound: first aid (NHS) and when to get it seen, then support."""
    if detail == "burn":
        aid = ("For the burn: cool it under running water for 20 minutes, then cover it loosely with cling film or a "
               "clean dressing, no creams. If it's large, deep or looks infected, see a pharmacist, nurse or doctor.")
    else:
        aid = ("For the cuts: press with a clean cloth, rinse, and cover with a clean dressing. If one is deep or won't "
               f"stop bleeding, get urgent medical care or call {lines.emergency}.")
    return (
        f"I'm sorry you're hurting, and glad you told me. {aid} Hurting yourself is a sign of real "
        f"distress, so food and training can wait: you deserve support, and {lines.crisis} is there any time. Are you safe right now?"
    )


def self_harm_passive(lines: Lines, detail: str) -> str:
    """A passive wish to die beside a bereavement: named and asked about gently (Samaritans: asking directly helps)."""
    return (
        "I'm so sorry for your loss. Grief can make it feel as if there's little left to stay for, so I'll ask "
        "gently: are you having thoughts of ending your life? Whatever the answer, you don't have to "
        f"carry this alone: {lines.crisis} is there any time, and your doctor can help with grief "
        f"and eating. If you might act on these thoughts, call {lines.emergency}."
    )


def self_harm_young(lines: Lines, detail: str) -> str:
    """A young person: a youth line and a trusted adult at home or school (#chatsafe)."""
    line = lines.youth or lines.crisis
    also = f", or {lines.crisis}" if lines.youth else ""
    return (
        "Thank you for telling me, and it does matter. You deserve support from people around you: could you tell a "
        "parent, a teacher, a school counsellor or another adult you trust how you're feeling? You can also contact "
        f"{line}{also}, free and any time. If you might act on these thoughts, call {lines.emergency}. I'm here to keep talking."
    )


def self_harm_confidential(lines: Lines, detail: str) -> str:
    """"If I call, will they tell my parents?": helplines are confidential and you needn't give a name;
    only an immediate danger to life may mean getting others involved (Samaritans, Childline, 3114)."""
    line = lines.youth or lines.crisis
    if detail == "anyone":
        return (
            "I can't call or message anyone about this. Helplines are confidential too: you don't have to give your name, "
            "and they only involve someone else if your life is in immediate danger. A GP or school nurse keeps what you say "
            f"private as well. You deserve that support: {line} is there any time. Would you try it tonight?"
        )
    return (
        f"Helplines like {line} are confidential: they won't tell your parents, and you don't have to give your "
        "name. The only time they might need to involve someone else is if your life is in immediate danger. "
        "A school nurse or GP keeps what you say private too. You deserve that support; would you try them tonight?"
    )


def pregnancy_confidential(lines: Lines, detail: str) -> str:
    """"I can't go to a doctor, my mum will find out" (a young person, a pregnancy warning sign): GPs,
    sexual health clinics and school nurses see young people in confidence (NHS, Brook); still today."""
    urgent = f", {lines.urgent}" if lines.urgent else ""
    return (
        "A GP, a sexual health clinic or a school nurse will see you in confidence: at your age they won't tell "
        "your mum without your agreement, unless you're in serious danger. This still needs checking today, so "
        f"please call your GP{urgent} or the maternity unit. If you faint, can't keep any fluids down or it gets "
        f"worse, call {lines.emergency}. You're not alone; is there an adult you trust who could come with you?"
    )


def eating_disorder_help_now(lines: Lines, detail: str) -> str:
    """"I'll tell my therapist after the wedding, promise. just the number": now, not after (Beat, NEDC:
    acting early on the first signs works best); still no figures."""
    support = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} is there too." if lines.eating_disorder else ""
    return (
        "I'm glad you'll tell them, and please don't wait until after: the pull coming back is exactly the time "
        "your therapist or doctor would want to hear, and telling them this week makes it easier to get through "
        f"what's coming up. I won't give a target or a number, because I care how you're doing.{support} "
        "Would you message them today?"
    )


def cardiac_confidential(lines: Lines, detail: str) -> str:
    """"my mum would freak if I told her so I'm not gonna" (a young person, a heart warning sign): a parent
    or another adult they trust needs to know, to get them to a doctor (ESC: exertional symptoms in the young)."""
    return (
        "I get that you don't want to worry them, but please tell a parent, or another adult you trust like a "
        "teacher or the school nurse, today. What happened needs a doctor to check your heart, and at your age "
        "an adult can get you that appointment. No hard exercise until then. If it happens again with chest pain, "
        f"or you faint, call {lines.emergency}."
    )


def self_harm_not_a_bother(lines: Lines, detail: str) -> str:
    """"I don't want to bother my son with this": they are not a burden, and the person would want to know."""
    who = detail or "the people close to you"
    return (
        f"I understand not wanting to worry {who}, but you're not a bother or a burden, and you matter. People who "
        "love you would far rather know when you're struggling. If telling them feels too hard, your "
        f"GP or doctor is a good place to start, and {lines.crisis} is there any time. If you might act on these "
        f"thoughts, call {lines.emergency}."
    )


# The safeguarding lead away: who else, today (Keeping Children Safe in Education: a deputy or the head acts).
_DEPUTY = (
    "Please don't wait until they're back: tell the deputy safeguarding lead or the head today, and make sure the "
    "parents are told."
)


def self_harm_concern(lines: Lines, detail: str) -> str:
    if detail == "care":  # a pupil or junior athlete, told by their teacher or coach (Keeping Children Safe in Education)
        return (
            "You're right to take this seriously: those can be warning signs of suicide or self-harm. Tell your school's or club's "
            "safeguarding lead today, who will involve the parents. Talk with them kindly and privately, ask directly "
            "whether they're thinking about suicide (asking doesn't make it worse), and don't promise to keep it secret. "
            f"If they're in danger now, call {lines.emergency}."
        )
    if detail == "signs":  # blades hidden in a child's things, long sleeves in the heat (NHS, YoungMinds: signs of self-harm)
        return (
            "I'm glad you noticed, and it makes sense to worry: those can be signs of self-harm. Talk with them calmly "
            "and privately, without anger or punishment: say what you noticed, that you care, and ask gently how they're "
            f"feeling and whether they're hurting themselves. Book a GP visit together, and {lines.crisis} can advise "
            f"you too. If they're badly hurt or in danger now, call {lines.emergency}."
        )
    if detail == "goodbye":  # their goodbye message after low weeks (Samaritans: take it seriously, ask directly, act now)
        return (
            "You're not overreading this, and it's clear you care: please take it seriously. A goodbye message from someone who's been low can be a "
            "warning sign of suicide. Contact them now: call them, or go round, and ask them directly whether they're "
            "thinking about suicide; asking doesn't make it worse. If you can't reach them and fear they're in danger, "
            f"call {lines.emergency} and ask for a welfare check."
        )
    if detail == "young":  # a young person worried about a friend: a trusted adult, today (#chatsafe, Childline)
        return (
            "You're a good friend for noticing, and this is too big to keep to yourself. Please tell an adult you "
            "trust today, like a parent, teacher or coach, even if they asked you not to: their safety matters more "
            f"than a secret. You can also ask them directly if they're thinking about suicide. If they're in danger now, call {lines.emergency}."
        )
    return (
        "It's good that you're looking out for them. Reach out today, and ask them calmly and directly whether they're thinking about "
        f"suicide; asking doesn't make it worse. Encourage them to contact {lines.crisis}, and if they're in "
        f"immediate danger, call {lines.emergency} and stay with them. Those lines support worried friends and family "
        "too. Would it help to think through what to say?"
    )


def pregnancy_max_effort(lines: Lines, detail: str) -> str:
    """A 1RM, PR or all-out effort asked for in pregnancy (ACOG CO 804, RCOG): a plain no to maximal
    lifts, worded so that no phrase reads as advice to test a max ("no heavy singles", never "stop
    testing maxes" or a named 1RM), then what she can keep."""
    return (
        "Great that you're staying strong, but the plain answer is no: no heavy singles, PRs or all-out efforts in "
        "pregnancy; save them for after the baby. What you can keep: lighter technique work at a moderate effort (the talk test: you can still "
        "talk), breathing through every rep, no straining, and stopping if anything feels wrong. Please check your "
        "training with your midwife or doctor and a coach who knows pregnancy. Would a moderate session help?"
    )


def pregnancy_complication(lines: Lines, detail: str) -> str:
    """A pregnancy complication beside a training question (ACOG CO 804: pre-eclampsia, placenta praevia after
    26 weeks, a short cervix or cerclage, preterm labour are contraindications; twins need the team's say; a
    doctor's bed rest stands). `detail`: the complication named (`lexicon.PREGNANCY_COMPLICATION_NAMES`)."""
    warning = (
        "Stop and call your maternity unit now with bleeding, fluid leaking, regular contractions, a bad headache or "
        f"vision changes, or feeling faint; {lines.emergency} if it's heavy bleeding or chest pain."
    )
    if detail == "twins":
        return (
            "Twins (or more) make it a higher-risk pregnancy: please ask your obstetric team what's safe before keeping "
            f"up classes like that, and until then keep it easy, at a talking pace, with no all-out pushes. {warning}"
        )
    what = f"With {detail}" if detail and detail != "bed rest" else "With a complication like that"
    if detail == "bed rest":
        return (
            "Please follow the bed rest your doctor has asked for: no squats or workouts until they say it's safe, as it "
            "was advised for you and the baby. Ask them what, if anything, you can do (some teams suggest gentle "
            f"stretches in bed). {warning}"
        )
    return (
        f"{what}, exercise is something only your obstetric team can clear, so please hold off workouts until you've "
        f"asked them what's safe for you, and follow any rest they've advised. {warning}"
    )


def pregnancy_race(lines: Lines, detail: str) -> str:
    """A race run for a PB in pregnancy (ACOG CO 804, RCOG): the midwife first; running it easy may be
    fine, racing it all-out isn't (overheating, dehydration, balance, hidden warning signs)."""
    return (
        "Please talk it through with your midwife or doctor before race day. In an uncomplicated pregnancy running "
        "it easy can be fine, but not racing it all-out: a hard effort late in pregnancy risks overheating and "
        "dehydration, your balance changes as the bump grows, and pushing hard can mask warning signs. Go by the talk "
        "test, drink well, and stop for bleeding, fluid leaking, contractions, dizziness or chest pain."
    )


def pregnancy_race_follow_up(lines: Lines, detail: str) -> str:
    """Long runs or training after the race answer: the same reasons, by time and feel, the stop signs."""
    return (
        "The same goes for your long runs and other training: check them with your midwife or doctor, and keep them shorter and easy, by "
        "time and the talk test rather than distance, with water and shade so you don't overheat. Your balance "
        "changes as the bump grows, so pick flat, familiar routes. Stop and call them for bleeding, fluid leaking, "
        "contractions, dizziness, chest pain or calf pain."
    )


def pregnancy_new_start(lines: Lines, detail: str) -> str:
    """ACOG CO 804 and the NHS: new exercisers start gently; avoid overheating (hot yoga)."""
    heat = "skip hot yoga (overheating isn't safe for the baby)" if detail == "hot" else "avoid overheating"
    return (
        f"Congratulations, and being active in pregnancy is a great idea! As a new exerciser, though, start gently: {heat} "
        "and hold off on intense classes most days. Walking, swimming, "
        "aqua-natal and pregnancy yoga are good starts, built up slowly at a pace where you can still talk. Gaining "
        "weight is a healthy part of pregnancy. Please check with your midwife or doctor before you begin."
    )


def pregnancy_new_start_follow_up(lines: Lines, detail: str) -> str:
    return (
        "A gentle first week could be a short walk on most days at a pace where you can still talk, a swim or an "
        "aqua-natal class, and an antenatal or pregnancy yoga class if there's one near you. Add a few minutes each "
        "week, drink water and stay cool. Stop and call your midwife if you feel dizzy or get pain, bleeding or "
        "leaking fluid, and check with them before you start."
    )


def pregnancy_weight(lines: Lines, detail: str) -> str:
    """Avoiding weight gain in pregnancy (NHS, ACOG): gain is expected and healthy; no diet or deficit; the midwife guides it."""
    return (
        "Gaining weight is an expected, healthy part of pregnancy: it's your baby, the placenta, extra blood and fluid, "
        "and stores for feeding, so please don't diet or cut back to avoid it. What's right for you is for your midwife "
        "or doctor to guide, and they can refer you to a dietitian. Regular meals with fruit, vegetables, protein and "
        "wholegrains, plus gentle activity you enjoy, are what help. Would ideas for gentle activity help?"
    )


def pregnancy_endurance(lines: Lines, detail: str) -> str:
    """ACOG CO 804: in an uncomplicated pregnancy, women who trained before can usually continue."""
    return (
        "Congratulations! In an uncomplicated pregnancy, people who were already running can usually keep going, "
        "but please talk it through with your midwife or doctor before carrying on with race training. Go by feel "
        "(the talk test: you can still hold a conversation), ease back as weeks pass, avoid overheating and drink "
        "enough. Stop and call them if you get bleeding, fluid leaking, pain, dizziness or chest pain."
    )


# --- follow-ups: the next messages after a red-flag answer -----------------------------------------


def pregnancy_warning_signs(lines: Lines, detail: str) -> str:
    """ACOG Committee Opinion 804's stop signs, with Tommy's reduced movement."""
    return (
        "Stop straight away and call your midwife or maternity unit if you notice any of these: vaginal bleeding or "
        "spotting, fluid leaking, regular or painful contractions or tummy pain, dizziness or feeling faint, chest "
        "pain, a headache, breathlessness before you've exerted yourself, calf pain or swelling, muscle weakness "
        "that affects your balance, or your baby moving less than usual. If there's heavy bleeding, chest pain or "
        f"fainting, call {lines.emergency}."
    )


def cardiac_warning_signs(lines: Lines, detail: str) -> str:
    """The AHA heart-attack signs and the Allina and Geisinger stop signs."""
    return (
        "Until a doctor has checked you, stop at once if you get chest pain, pressure, squeezing or heaviness, pain "
        "spreading to your arm, jaw, neck or back, unusual breathlessness, dizziness or feeling faint, a racing or "
        "irregular heartbeat, a cold sweat or nausea. If it doesn't ease within a few minutes of rest, or you faint, "
        f"call {lines.emergency}; don't drive yourself. Please tell your doctor about what you've already had."
    )


def cardiac_follow_up(lines: Lines, detail: str) -> str:
    """Pushing back after a cardiac answer (ESC 2020 sports cardiology, NICE CG109, BHF). `detail`: "fuss",
    "family" (heart trouble in the family: more reason), "cause|<it>" (a likely cause named: it may play a
    part, still checked), "passed" (it went away), "gentle" (only gentle walks asked), "later" (a doctor weeks away)."""
    unsure = f", or call {lines.urgent} if you're unsure" if lines.urgent else ""
    kind, _, cause = detail.partition("|")
    if kind == "family":
        return (
            "That makes getting checked more important, not less: heart conditions can run in families, and a relative's "
            "heart problem at a young age is one of the things doctors ask about first. Tell the doctor about it; they'll "
            f"usually do an ECG and may refer to a heart specialist (cardiology). Please hold off training until then{unsure}. "
            f"If it comes back and doesn't ease with rest, call {lines.emergency}."
        )
    if kind == "cause":
        named = cause if cause and not cause.startswith(("a ", "the ")) else "that"
        return (
            f"It might be {named}, and it might play a part, but that can't be told from here: symptoms like these "
            "with effort need a doctor to rule out the heart first, and it's not safe to assume until then. "
            f"Please hold off training and see a doctor today{unsure}. If it comes back and doesn't ease with rest, "
            f"call {lines.emergency}."
        )
    if kind == "later":  # "I'll see the GP next month, till then light jogs ok?" (NICE CG109: same-day assessment)
        return (
            "That's too long to wait for this. Please ring your doctor today, say it happened during exercise and ask to be "
            f"seen today or tomorrow{unsure}; urgent care is there if they can't. No training until then, not even light "
            f"jogs. If it comes back and doesn't ease with rest, call {lines.emergency}."
        )
    if kind == "passed":
        return (
            "I'm glad it eased, but going away on its own doesn't make it harmless: heart symptoms with effort often "
            f"come and go, and a repeat matters more. Please stop training and see a doctor today{unsure}, and skip any "
            f"race or hard session until then. If it comes back and doesn't ease with rest, call {lines.emergency}."
        )
    if kind == "gentle":
        return (
            "Until a doctor has checked you, keep to ordinary everyday moving at an easy pace, not walks as exercise, "
            "and nothing like what brought the symptoms on; stop at once if they come back. Please get checked first: "
            f"see a doctor today{unsure}. If chest pain, dizziness or breathlessness come back and don't ease with rest, "
            f"call {lines.emergency}."
        )
    if detail == "fuss":  # "I don't want to waste the doctor's time": the first words say it isn't a waste
        return (
            "You're not wasting anyone's time: checking symptoms like these is exactly what doctors are for, and "
            f"they'd much rather see you and find nothing. Please stop for today and see a doctor today{unsure}. If "
            f"it comes back and doesn't ease with rest, call {lines.emergency}."
        )
    return (
        "I know it's frustrating, but please stop for today: these symptoms can matter even when they pass. "
        f"See a doctor today{unsure}, and tell them what you felt (chest pain, a racing or skipping heartbeat, "
        "dizziness, blacking out, breathlessness), when, and whether it has happened before: a repeat matters "
        f"more. If it comes back and doesn't ease with rest, call {lines.emergency}."
    )


def cardiac_young_fit(lines: Lines, detail: str) -> str:
    """"I'm 17 and fit, it's not like it's my heart" after a faint or chest symptoms on effort: young,
    fit athletes can have heart rhythm or heart muscle conditions (HCM), which is why it is checked
    (ESC and AHA pre-participation screening; CRY). `detail` "other": said of someone else."""
    if detail == "other_now":  # someone else's collapse or heart signs just now, then "but he's young and fit"
        return (
            "I hear you, but being young and fit doesn't rule out the heart: young, fit athletes can have a heart rhythm "
            "or heart muscle condition (like HCM) that first shows up as a collapse on effort, and dehydration is a "
            "diagnosis for a doctor to make, not a reason to play on. They shouldn't play or train any more today. "
            f"Please get them checked today, at A&E/the ER or by calling {lines.emergency}; if they collapse again, or aren't "
            "breathing normally, call at once and start CPR."
        )
    you, your, before = ("they", "their", "before they train") if detail == "other" else ("you", "your", "before you train")
    return (
        "I hear you, but being young and fit doesn't rule out the heart: young, fit athletes can have a heart rhythm "
        "or heart muscle condition (like HCM) that first shows up as a faint or chest pain on effort. That's exactly "
        f"why it's checked. Please see a doctor {before} again; if it happens again, or comes with chest pain or a "
        f"racing heart, call {lines.emergency}."
    ).replace("see a doctor", "get them to a doctor" if detail == "other" else "see a doctor")


def cardiac_checks(lines: Lines, detail: str) -> str:
    """What a doctor checks after a faint or chest symptoms with exercise (NICE CG109, BHF): no training until then.
    `detail` "watch": a smartwatch ECG offered instead (AHA: a single-lead watch tracing can't rule out a heart cause)."""
    if detail == "watch":
        return (
            "A smartwatch reading or ECG isn't enough on its own: it's a snapshot, and it can't rule out the heart "
            "problems that cause palpitations or fainting with effort. The minimum is a doctor's visit: they'll listen "
            "to your heart and do a proper 12-lead ECG, and may add a heart scan or a monitor to wear. Bring your "
            f"watch readings along. No training until then; if it happens again, call {lines.emergency}."
        )
    return (
        "A doctor will usually ask what happened, listen to the heart, check the pulse and blood pressure, and do an "
        "ECG, a quick, painless heart tracing; often blood tests too. Depending on those, they may arrange a heart scan "
        "(an echo), a heart monitor to wear at home, or an exercise test. Until then, please no training, even light. "
        f"If it happens again, or comes with chest pain or palpitations, call {lines.emergency}."
    )


def cardiac_emergency_follow_up(lines: Lines, detail: str) -> str:
    """Pushback while chest symptoms may still be going on ("I'll wait till it passes"). `detail` "fit": "I'm
    45 and fit, I'll just jog home slowly": being fit doesn't rule out a heart attack (BHF), and the walk or
    jog home is exertion on a heart that may be short of blood."""
    if detail == "aspirin":  # "can I take an aspirin?": the call first; then what the NHS and AHA say while waiting
        return (
            f"Call {lines.emergency} first, now. While you wait, they may tell you to chew one regular aspirin (300 mg) "
            "if you're not allergic to it and haven't been told not to take it: follow what they say. Sit or lie down, "
            "don't drive yourself, unlock the door if you're alone, and no training until a doctor has checked you."
        )
    if detail == "fuss":  # "I don't want to be that annoying one calling for nothing", "I don't want to bother the GP" (BHF: call anyway)
        return (
            "You're not a bother and you're not making a fuss: this is exactly what doctors and the emergency services are "
            "there for, and they'd much rather check your heart and find nothing. Please don't wait or drive yourself: call "
            f"{lines.emergency} now. Sit or lie down while you wait, ask someone to stay with you, and no class or "
            "training until a doctor has checked you. I'm here meanwhile."
        )
    if detail == "fit":
        return (
            "Being fit doesn't rule out a heart attack: fit people have them too, and what you described is exactly "
            f"what needs help now. Please stop where you are: don't walk or jog home. Call {lines.emergency} now, sit down "
            "while you wait, and ask someone nearby to stay with you. Hold off on any training until a doctor has "
            "checked you. I'm here meanwhile."
        )
    return (
        f"Please don't wait it out or drive yourself: call {lines.emergency} now for an ambulance. Chest symptoms that are "
        "still there, or have only just eased, need checking straight away; you're not making a fuss. Stop and sit or lie "
        "down while you wait, ask someone to stay with you, and unlock the door if you're alone. Hold off on any training "
        "until a doctor has checked you. I'm here meanwhile."
    )


def pregnancy_movement_myth(lines: Lines, detail: str) -> str:
    """"babies just slow down near the end, there's less room, that's normal right?" after reduced movement: a myth
    (Tommy's, RCOG, NHS: a baby keeps moving right up to and during labour; the kind of movement may change, the
    pattern should not), and the call now all the same."""
    return (
        "That's a common myth, and not the case: babies don't slow down near the end. The movements can feel different "
        "as there's less room, but they should keep to your baby's usual pattern right up to the birth. Fewer movements "
        "are a reason to call your midwife or maternity unit now, day or night; they'd rather check. Please don't wait "
        f"or exercise first. If there's bleeding or pain, call {lines.emergency}."
    )


def pregnancy_follow_up(lines: Lines, detail: str) -> str:
    if detail == "preeclampsia":  # her own headache or vision signs explained away (NHS, ACOG: pre-eclampsia)
        return (
            "It might be the heat or tiredness, but that can't be told from here: a headache, blurred vision or flashing "
            "lights, or sudden swelling of the face or hands, in pregnancy can be signs of pre-eclampsia, which needs "
            "checking today even when you feel fine otherwise. Please call your midwife or maternity unit now, and no "
            f"exercise until they've checked you. If it gets worse, or you have a fit or feel faint, call {lines.emergency}."
        )
    if detail == "fuss":  # "I don't want to make a fuss": the first words say it isn't one
        return (
            "You're not wasting their time or making a fuss: this is exactly what your midwife and maternity unit are "
            "there for, and they would much rather check and find nothing. Only they can rule out something that needs "
            "care, so please call them now. Hold off exercise until they've checked you. If it gets "
            f"worse, there's heavy bleeding or you feel faint, call {lines.emergency}."
        )
    if detail == "ob":  # no midwife, an OB (ACOG: call your OB's office or go to labor and delivery)
        return (
            "Then please call your OB's office now (their after-hours line if it's closed), or go straight to the "
            "hospital's labor and delivery unit: they check pregnancy warning signs day and night, and you don't need an "
            f"appointment. Hold off all exercise until you've been checked. If there's heavy bleeding, severe pain or you feel faint, call {lines.emergency}."
        )
    if detail == "movement":  # a cold drink, lying on the side or counting kicks first (Tommy's, RCOG: don't wait, don't use tricks)
        return (
            "Please don't wait to try a cold drink, lying on your side or counting kicks first: call your midwife or "
            "maternity unit now. Fewer movements need checking straight away, day or night, and they would much rather "
            f"see you and find all is well. If you can't reach them, or there's bleeding or pain, call {lines.emergency}."
        )
    if detail == "first":  # "should I eat something first before I ring anyone?": the call comes first
        return (
            "Please ring your midwife or maternity unit now, before eating or anything else: they may want to see "
            "you straight away, and they'll tell you whether to eat or drink. A sip of water while you dial is fine. "
            f"If it gets worse, there's bleeding, your waters break or you feel faint, call {lines.emergency}."
        )
    if detail == "clot":  # pushback after a calf with chest pain or breathlessness (RCOG GTG 37a)
        return (
            "Breathlessness alone is common late in pregnancy, but together with chest pain when you breathe in and a "
            "sore, swollen calf it isn't the usual kind: it can be a blood clot in the lung, which is treatable when "
            f"caught early. Please call {lines.emergency} now, or have someone take you to the emergency department; "
            "don't drive yourself. If it turns out to be nothing, that's the best outcome."
        )
    if detail == "chest":  # "pregnant women are always breathless, so I can continue?" after chest pain
        return (
            "Some breathlessness is common in pregnancy, but chest pain and having to stop again and again isn't the "
            "usual kind. Please stop the workouts and call your midwife or maternity unit today so they can check you. "
            f"If the chest pain comes at rest, gets worse, or you feel faint, call {lines.emergency}."
        )
    if detail == "calf":  # a swollen, warm, sore calf in pregnancy can be a clot (RCOG: assessed the same day)
        return (
            "Please stop walking on it for now, and don't massage, stretch or walk it off: a swollen, warm, sore calf in pregnancy can be a blood clot, "
            "and it needs checking today first. Call your midwife or maternity unit now, "
            f"or an urgent care service if you can't reach them. If you get chest pain or feel short of breath, call {lines.emergency} straight away."
        )
    return (
        "I hope it's nothing, but please don't wait to see: even if it seems minor, only your midwife can rule a "
        "problem out. Call your midwife or maternity unit now; you're not wasting their time, this is what "
        "they're there for. Hold off all exercise until they've checked you, then follow their advice on starting again. "
        f"If it gets worse, there's heavy bleeding or you feel faint, call {lines.emergency}."
    )


def cardiac_signs_other(lines: Lines, detail: str) -> str:
    """Someone else's chest pain, dizziness, breathlessness or blue lips with exercise, told afterwards:
    a doctor today, no sport until then (ACSM, PAR-Q; ESC: exertional symptoms in the young). `detail`
    "young": their parents need to know."""
    parents = " They're young, so their parents need to know today, even if asked not to tell." if detail == "young" else ""
    return (
        "I'm glad you're taking this seriously. Symptoms like that during exercise need a doctor to check the heart, "
        "even though they passed: please help them get a same-day appointment or urgent care, and stop all training and "
        f"matches until then, even lighter sessions.{parents} If it happens again or comes at rest, call {lines.emergency}."
    )


def cardiac_other_follow_up(lines: Lines, detail: str) -> str:
    """Pushing back after an answer about someone else's warning sign ("he says it's nothing"): still of them.
    `detail` "secret": "she begged me not to tell her mum" (safeguarding: a minor's parents must know);
    "place": "he's an adult, not really my place is it?"."""
    if detail == "place":
        return (
            "It's not overstepping: you saw or heard it, and saying something could matter a lot. Tell them plainly "
            "you're worried and that warning signs with effort need a doctor's check before more training, even if "
            "they felt fine after. If they're under 18, their parents need to know. If it happens again and doesn't "
            f"settle with rest, call {lines.emergency}."
        )
    if detail == "secret":
        return (
            "I understand why she asked, but her safety comes first: her parents need to know so she can see a doctor "
            "before she plays again. Tell her you're doing it because you care, offer to be there when she tells them, "
            "and involve your club's safeguarding lead. Stop her training and matches until a doctor has checked her heart. "
            f"If it happens again, call {lines.emergency}."
        )
    return (
        "I know it's hard when they say it's nothing, but chest pain or other warning signs with effort need a "
        "doctor's check even when they settle. Please help them get a same-day or urgent appointment, and stop hard "
        f"exercise until then. If it comes at rest, lasts more than a few minutes, or comes with sweating, "
        f"breathlessness or sickness, call {lines.emergency}. I can help plan gentle activity once they're cleared."
    )


def pregnancy_other_follow_up(lines: Lines, detail: str) -> str:
    """Pushing back after an answer about someone else's pregnancy warning sign: still of her. `detail`
    "secret": a promise not to tell (NHS, Brook: a GP, sexual health clinic or school nurse sees young people in confidence).
    "preeclampsia": her headache or vision signs (NHS, ACOG: pre-eclampsia can come with no other symptom)."""
    if detail == "preeclampsia":
        return (
            "I understand, and it still isn't just tiredness: a bad headache with flashing lights or blurred vision in "
            "pregnancy can be a sign of pre-eclampsia, which needs checking today even when she feels fine. Help her call "
            "her midwife or maternity unit now; she's not bothering anyone, this is what they're there for. No exercise "
            f"until they've checked her. If it gets worse, or she has fits or feels faint, call {lines.emergency}."
        )
    if detail == "place":
        return (
            "It's not overstepping: you heard it, and it's right to urge her to call her midwife or maternity unit "
            "now rather than wait for her next appointment; she's not wasting their time, this is what they're there "
            "for. Offer to help her make the call, and no exercise until she's been checked. If it gets worse or she "
            f"feels faint, call {lines.emergency}."
        )
    if detail == "secret":
        return (
            "Keeping her trust matters, and her safety matters more than the promise. A GP, a sexual health clinic or "
            "a school nurse will see her in confidence, so she can get checked today without anyone else knowing yet. "
            "Offer to go with her, or tell an adult you both trust. If she faints and doesn't come round quickly or "
            f"there's heavy bleeding, call {lines.emergency}."
        )
    return (
        "I hope it's nothing, but please don't wait to see: only her midwife can rule a problem out. Help her call "
        "her midwife or maternity unit now; she's not wasting their time, this is what they're there for. No "
        f"exercise until they've checked her. If it gets worse, there's heavy bleeding or she feels faint, call {lines.emergency}."
    )


def pregnancy_once_cleared(lines: Lines, detail: str) -> str:
    """"Once I'm cleared, is running fine?" after a warning sign (ACOG CO 804): the call first, then the general answer."""
    activity = detail or "exercise you already did"
    return (
        "Please make that call now first. Once they've checked you and say all is well, "
        f"{activity} can usually continue in an uncomplicated pregnancy if you already did it: go by feel, keep to "
        "a pace where you can still talk (the talk test) and ease back as weeks pass. "
        "Stop and call them for bleeding, fluid leaking, pain, contractions or dizziness; "
        f"for heavy bleeding or fainting, call {lines.emergency}."
    )


def cardiac_once_cleared(lines: Lines, detail: str) -> str:
    """"Once I'm cleared, can I go back to HIIT?" after a cardiac answer: the check first, then a gradual return."""
    activity = detail or "training"
    return (
        f"Please get checked first; that comes before any {activity}. Once a doctor has cleared you, you can usually build "
        "back gradually: start easy, at a pace where you can still talk, and increase over a few weeks, following their "
        "advice. Stop at once if chest pain, fainting, a racing heart or unusual breathlessness come back, and call "
        f"{lines.emergency} if it doesn't settle with rest."
    )


def pregnancy_getting_there(lines: Lines, detail: str) -> str:
    """No car or no one to drive them after a warning sign: the unit first, no driving, an ambulance or a taxi."""
    return (
        "Please don't drive yourself. Call the maternity unit now and say what's happening and that no one can take "
        "you: they'll say whether to come in and how. If you need to go in and no one can drive you, call "
        f"{lines.emergency} for an ambulance or take a taxi. If there's heavy bleeding, strong pain or you feel faint, "
        f"call {lines.emergency} straight away. I hope it's okay."
    )


def pregnancy_cant_reach(lines: Lines, detail: str) -> str:
    """"My midwife is only reachable tomorrow" after a warning sign: not a reason to wait; the
    maternity unit answers day and night (NHS: reduced movements are checked the same day)."""
    return (
        "Please don't wait until tomorrow. The maternity unit (labour ward or maternity triage) at your hospital "
        "answers day and night: call them now, or go straight in, and say what's happening. If you can't reach anyone, "
        f"call {lines.emergency}. If there's heavy bleeding, strong pain or you feel faint, call {lines.emergency} straight away."
    )


def pregnancy_effort_follow_up(lines: Lines, detail: str) -> str:
    if detail == "used_to":  # ACOG 804, RCOG: those who lifted before can usually keep lifting, at a moderate effort
        return (
            "Lifting before pregnancy does help: you can usually keep strength training. But being used to it doesn't "
            "change the advice on maximal efforts: save PRs and heavy singles for after the baby, as straining and breath-holding "
            "raise blood pressure and your joints are looser. Keep the weight lighter, where you can breathe through every rep, "
            "and check your training with your midwife or doctor. Want a moderate session?"
        )
    return (
        "That's good to hear. Even in a low-risk pregnancy, the advice is moderate rather than maximal effort: go by "
        "feel, keep breathing through each rep, don't hold your breath or strain, and stop if anything hurts or feels "
        "wrong. Your midwife or doctor can tailor it to you. I'm happy to help plan moderate sessions you can keep "
        "up safely."
    )


def eating_disorder_follow_up(lines: Lines, detail: str) -> str:
    if detail == "team_training":  # a workout asked for after an early sign of relapse (Beat, NICE NG69: exercise is planned with the team)
        return (
            "I'm glad you told me what's going on. While you're in recovery, please check any new training, core work "
            "included, with your dietitian or treatment team first: they know what's right for your body now, and "
            f"exercise can get tangled up with the illness. {lines.crisis[0].upper()}{lines.crisis[1:]} is there any time. "
            "Is there something else I can help with meanwhile?"
        )
    return (
        "I hear you, and I'm not judging you, but I'm worried: this is a warning sign, and recovery is possible. I won't give "
        f"numbers, diets or ways to lose weight faster, because I care how you're doing. Talking to your doctor{_or(lines.eating_disorder)} can help, even "
        f"if it feels hard. If things feel too much, {lines.crisis} is there any time. Shall we talk about "
        "something else for a bit?"
    )


def eating_disorder_shame(lines: Lines, detail: str) -> str:
    """"I don't want to go to the doctor, I'm so ashamed": the shame met first (Beat, NEDC: no blame, not alone,
    nothing to be ashamed of; doctors see this often), then the smallest next step."""
    return (
        "I understand, and it's really common to feel ashamed, but there's nothing to be ashamed of: an eating disorder "
        "is an illness, not a failing, and you're not alone. Doctors see this often and are there to help, not judge. "
        "If it's easier, write it down and hand it over, or take someone you trust"
        f"{_or(lines.eating_disorder, '; ')}{' can help you prepare' if lines.eating_disorder else ''}. "
        f"{lines.crisis[0].upper()}{lines.crisis[1:]} is there any time too. Recovery is possible."
    )


def eating_disorder_tell_adult(lines: Lines, detail: str) -> str:
    """"Should I tell our coach?" about a friend's or teammate's eating (Beat, Eating Disorders Info: a trusted adult)."""
    return eating_disorder_concern_follow_up(lines, "tell")


def self_harm_returning(lines: Lines, detail: str) -> str:
    """A past suicidal crisis and the low days coming back (NICE NG225, Samaritans: act on early warning
    signs; go back to the safety plan and the people who helped; exercise alongside, not instead)."""
    return (
        "I'm glad you told me, and that you've found things that help. Noticing the dark days coming back early "
        "matters: please tell your GP or whoever helped last time now, and go back to your safety plan if you have one. "
        "Keep the training going alongside that support. If thoughts of ending things return, "
        f"{lines.crisis} is there any time; if you might act on them, call {lines.emergency}."
    )


def self_harm_follow_up(lines: Lines, detail: str) -> str:
    if detail == "instead":  # "can't I just handle it with the gym?": alongside support, not instead (NICE NG225)
        return (
            "The gym can really help your mood, so keep it going. It works best alongside support, not instead of it, "
            "and support doesn't have to mean medication: your GP can talk through talking therapy or a safety plan "
            "for harder days. If thoughts of ending things return, "
            f"{lines.crisis} is there any time, and {lines.emergency} if you might act on them."
        )
    if detail == "nobody":  # "nobody cares anyway": it can feel that way; someone does (Samaritans)
        return (
            "It can feel that way when things are this heavy, but it isn't true: I care what happens to you, and the "
            f"people around you would want to know. {lines.crisis[0].upper()}{lines.crisis[1:]} is there right now, and they "
            f"won't judge you. If you might act on these thoughts, call {lines.emergency}. Is there one person you could message today?"
        )
    if detail == "wound":  # "one of them is deep and won't stop bleeding": first aid first
        return (
            "Please press firmly on it with a clean cloth or pad and keep pressing. If it's deep, gaping or won't stop "
            f"bleeding, go to an emergency department or call {lines.emergency} now; that's exactly what they're there "
            f"for, and they won't judge you. {lines.crisis[0].upper()}{lines.crisis[1:]} is there too. Is someone with you who can help?"
        )
    if detail == "urges":  # "what helps with the urges?" (Mind: self-harm, helping yourself now; NHS: distraction while an urge passes)
        return (
            "Urges usually build and then pass. While one does, try waiting 15 minutes, holding an ice cube, squeezing a "
            "stress ball, a fast walk or hard exercise, or drawing on your skin with a red pen instead. Message someone, or "
            f"{lines.crisis}; your GP can help longer term. If you're in danger, call {lines.emergency}. Are you safe right now?"
        )
    if detail == "no_answer":  # the line was busy or rang out (Samaritans: keep trying; other ways in)
        return (
            "I'm really sorry they didn't answer; lines get busy, and that isn't about you. Please try again in a few "
            f"minutes: {lines.crisis}{_or(lines.text)}. If you might act on these thoughts, call {lines.emergency} now. "
            "I'm still here: are you safe right now?"
        )
    if detail == "alone":  # no one to talk to (Samaritans, Mind: the lines are for exactly that; the GP too)
        return (
            "That sounds really lonely, and I'm glad you're talking to me. You don't need anyone else first: "
            f"{lines.crisis} is there to talk to right now, that's exactly what it's for, and your GP can help you find "
            f"support that lasts. If you might act on these thoughts, call {lines.emergency}. Are you safe right now?"
        )
    if detail == "injury":  # "is there anything i can even do with a torn acl": what they still can, and still them
        return (
            "Yes, there's still a lot you can do while it heals: your physio will set the rehab for the injury, and most "
            "people can keep training their upper body and core around it, which keeps some of what the gym gives you. "
            f"I haven't forgotten what you told me, though: {lines.crisis} is there right now, and {lines.emergency} if you "
            "might act on those thoughts. Are you safe right now?"
        )
    if detail == "dose":  # how many it would take, after a disclosure: no number; the means away, help now
        return (
            "I can't help with how many, and I'm worried that you're asking. If you might act on these thoughts, call "
            f"{lines.emergency} now. Could you put the tablets out of reach, or give them to someone to hold for you? "
            f"{lines.crisis[0].upper()}{lines.crisis[1:]} is there right now, any time, and they won't judge you. Are you safe right now?"
        )
    if detail == "means":  # pills saved up or a method at hand: distance from the means first (WHO)
        return (
            "I'm glad you're still talking to me. Could you put the pills (or whatever you'd use) out of reach, or give "
            f"them to someone to hold for now? You don't have to carry this alone: {lines.crisis} is there right "
            f"now, and they won't judge you. If you might act on these thoughts, call {lines.emergency}."
        )
    return (
        "I'm glad you're still talking to me, and you haven't done anything wrong by telling me. You don't have to "
        f"carry this alone: {lines.crisis} is there right now{_or(lines.text, ', or ')}, and they won't judge you. If you "
        f"might act on these thoughts, call {lines.emergency}. Would you tell me a little more about what's going on?"
    )


_NOT_SAFE_HARM = {
    "laxatives": "laxatives don't stop calories being taken in; they drain water and salts (electrolytes), which can upset your heart rhythm, and they can damage your bowel",
    "purging": "being sick drains water and salts (electrolytes), which can upset your heart rhythm, and stomach acid wears away your teeth and throat",
    "pills": "they can dehydrate you and drain salts (electrolytes) your heart needs, and bought online they're often unregulated",
    "": "it drains water and salts (electrolytes) and strains your heart, which can make you faint or upset its rhythm",
}


def eating_disorder_feelings(lines: Lines, detail: str) -> str:
    """"I just feel fat and gross all the time" after an eating-disorder answer: the feeling heard, named as the
    illness talking rather than the truth, and someone to tell (Beat: how to support someone; NEDA). `detail`
    "stress": what weighs on them ("stressed about uni"); "not_now": they'd rather not talk."""
    if detail == "stress":  # Beat, Mind: food can feel like the one thing in control; support for both
        return (
            "Thank you for telling me; that sounds like a lot to carry. When life feels this stressful, controlling food "
            "can feel like the one thing that helps, but it makes things harder over time. Your GP, or a student or workplace "
            f"wellbeing service, can help with both{_or(lines.eating_disorder, ', as can ')}. {lines.crisis[:1].upper()}{lines.crisis[1:]} "
            "is there any time. What's been the hardest part?"
        )
    if detail == "not_now":
        return (
            "That's okay, you don't have to talk about it now. I'm still glad you told me, and I'll be here if you want to "
            f"later. When you're ready, your doctor{_or(lines.eating_disorder)} can help without judging, and "
            f"{lines.crisis} is there any time."
        )
    return (
        "Thank you for telling me; feeling like that all the time sounds exhausting. Thoughts like that are common when "
        "food and weight feel this hard, and they're not the truth about you or your body; they can ease with the right help. Could you "
        f"tell your doctor{_or(lines.eating_disorder)}, or someone you trust, how you've been feeling? "
        f"{lines.crisis[:1].upper()}{lines.crisis[1:]} is there any time. I'm here to keep talking too."
    )


def eating_disorder_regular_eating(lines: Lines, detail: str) -> str:
    """"So what should I eat instead?" after an eating-disorder answer: regular eating, no numbers or targets (Beat and
    NHS: three meals and snacks; after eating very little, building back up with a doctor's help, because of refeeding)."""
    return (
        "Eating regularly is the best first step: three meals and two or three snacks a day, each with something starchy "
        "(bread, rice, pasta, potatoes), some protein (eggs, beans, yogurt, fish or meat) and some fat, with no counting. "
        "After eating very little for a while, build back up with your doctor's help"
        f"{_or(lines.eating_disorder)}, as suddenly eating more can need checking. {lines.crisis[:1].upper()}{lines.crisis[1:]} is there any time."
    )


def eating_disorder_not_safe(lines: Lines, detail: str) -> str:
    """"Just tell me if it's safe" after an eating-disorder answer: no, said plainly, and what it does to the body
    (AED medical guide), with no amount. `detail`: "laxatives", "purging", "pills" or "" (starving, very low intake)."""
    return (
        f"No, it isn't safe, not even for a short time or a small amount: {_NOT_SAFE_HARM.get(detail, _NOT_SAFE_HARM[''])}. "
        f"So I won't give an amount. Please talk to your doctor{_or(lines.eating_disorder)}, who can help you stop safely "
        f"and won't judge you; {lines.crisis} is there any time."
    )


def eating_disorder_weight_is_fine(lines: Lines, detail: str) -> str:
    """"But my weight's normal, so it's fine?" after an eating-disorder answer: eating disorders and
    under-fuelling (RED-S) happen at any weight, and the signs still matter (NICE NG69, IOC RED-S)."""
    return (
        "I'm glad you're talking about it. A normal weight doesn't mean your body is getting enough: eating "
        "disorders and under-fuelling (RED-S) happen at any weight or size, and the signs you described still "
        f"matter for your bones, heart and hormones. Please still see your doctor{_or(lines.eating_disorder)}. "
        "Would you like to talk about how eating feels at the moment?"
    )


def eating_disorder_what_to_say(lines: Lines, detail: str) -> str:
    """"What would I even say to a doctor?" after an eating-disorder answer: words to start with, and
    ways to make the appointment easier (Beat: "talking to your GP"; NHS: eating disorders, getting help).
    `detail` ("periods", "purging") is what the user said, so the example names it."""
    example = {
        "periods": "\"I've cut back on food and my periods stopped months ago\"",
        "purging": "\"I've been making myself sick after I eat, and I can't stop\"",
    }.get(detail, "\"I'm cutting back on food and can't stop thinking about my weight\"")
    also = f" {lines.eating_disorder[0].upper()}{lines.eating_disorder[1:]} can help you prepare." if lines.eating_disorder else ""
    return (
        "Asking is brave, and you don't need the right words. Start with \"I'm worried "
        f"about my eating\", then say what's been happening, like {example}. Notes in your phone to read out "
        "help, and so does bringing someone you trust. Be honest; the doctor is there to help, not judge."
        f"{also} Want to write it down together?"
    )


def self_harm_training_as_harm(lines: Lines, detail: str) -> str:
    """Training asked for as the hurt, or to stand in for it, after a self-harm answer: no plan (it would
    be another way of hurting), care, and support (NHS, Mind: self-harm through exercise)."""
    return (
        "I'm sorry you're carrying this. You don't deserve to be hurt, and training to punish your body still "
        "hurts it, so I won't make it harder. You don't have to manage this alone: "
        f"{lines.crisis} is there any time, or talk to your GP. If you might act on it, call {lines.emergency}. "
        "Are you safe right now?"
    )


def self_harm_telling(lines: Lines, detail: str) -> str:
    """Afraid telling a parent will hurt them: they would rather know, and help."""
    young = f" {lines.youth[0].upper()}{lines.youth[1:]} can help you work out what to say." if lines.youth else ""
    return (
        "It's kind of you to think of their feelings. They might feel sad for a moment, because they love you, but "
        "parents would much rather know, to help you. You could start with \"I've been having a hard "
        f"time\", or tell a teacher first.{young} {lines.crisis[0].upper()}{lines.crisis[1:]} is there too, and "
        f"{lines.emergency} if you're in danger."
    )


def self_harm_relapse(lines: Lines, detail: str) -> str:
    """After a self-harm relapse, asked for training or for no helpline: the clean stretch still counts
    (Mind, NHS: setbacks are part of recovery), a way to reach someone by text, and the cuts first."""
    text = f"{lines.text[0].upper()}{lines.text[1:]}" if lines.text else "Text and chat services at findahelpline.com"
    return (
        "Okay, no calls, and I care how you're doing. A relapse doesn't wipe out the weeks you managed: setbacks are part of recovery, and "
        f"you can start again from today. {text}: you can write instead of talking, and your GP can help too. "
        "Keep the cuts clean and covered, and skip bar work that rubs them until they've healed; legs or a "
        "walk are fine."
    )


def self_harm_cant_reach_other(lines: Lines, detail: str) -> str:
    """The one they worry about can't be reached after warning signs: a welfare check now (Samaritans,
    police guidance: call the emergency number if someone may be in danger and can't be reached).
    `detail` "worry": "I don't know his address, I don't want to get him in trouble": not overreacting,
    services can act on what they know, and a welfare check is for his safety."""
    if detail == "worry":
        return (
            f"You're not overreacting: this is exactly what {lines.emergency} is for, and it's far better to be safe. "
            "A welfare check is about keeping them safe, not getting them in trouble. You don't need an exact address: "
            "give their name, phone number, the message they sent and where they might be. "
            "Ask anyone who knows where they live to go round, and keep trying their phone. It's clear you care; you're doing the right thing."
        )
    return (
        f"You're right to act. If you can't reach them and think they may be in danger, call {lines.emergency} now "
        "and ask for a welfare check at their address. If you know someone near them, ask them to go round. "
        "Keep trying their phone meanwhile. You've done the right thing by taking this seriously."
    )


def self_harm_plan_other(lines: Lines, detail: str) -> str:
    """Someone else's thoughts of suicide with a plan or a date (Samaritans, NHS: a plan means high
    risk now; don't leave them alone, call the emergency number, remove the means)."""
    if detail == "unreachable":
        return (
            "I'm so sorry you're facing this. A message like that means they may act soon: treat it as an emergency. "
            f"Call {lines.emergency} now, tell them what the message said, and ask for a welfare check; give their name, "
            "phone number and where they might be. Ask anyone near them to go round, and keep trying their phone. "
            f"You can also call {lines.crisis}. You're doing the right thing."
        )
    if detail == "means":  # pills or a rope set out ready: the means at hand now (Samaritans, NHS)
        return (
            "I'm so sorry you're facing this. Pills or anything else set out ready means they may act soon: treat it as an "
            f"emergency. Call {lines.emergency} now. Don't leave them alone, and move the pills or anything they could use out "
            f"of reach if it's safe. You can also call {lines.crisis}. They may be angry; their safety comes first. You're doing the right thing."
        )
    return (
        "I'm so sorry you're facing this. A plan or a date means they may act soon: treat it as an emergency. "
        f"Please don't leave them alone; call {lines.emergency} now or take them to the emergency department, and "
        f"move anything they could use out of reach if it's safe. You can also call {lines.crisis}. "
        "They may be angry; their safety comes first. You're not alone in this."
    )


def self_harm_other_angry(lines: Lines, detail: str) -> str:
    """"He'd be furious if I called anyone" after someone else's warning signs: act anyway (Samaritans:
    it's better to have them angry with you; many later say they're glad someone acted)."""
    return (
        "That fear makes sense, and calling is still the right thing: their safety comes first. Someone angry with "
        "you is still alive, and many people later say they're glad someone acted. If they may act soon, call "
        f"{lines.emergency} now and stay with them if it's safe. You can also call {lines.crisis}: they support worried family and friends too."
    )


def self_harm_concern_follow_up(lines: Lines, detail: str) -> str:
    """After a friend's or relative's warning signs, "what do I even say to him?": ask directly, listen,
    no secrecy, help them reach support (Samaritans, Mind: supporting someone who feels suicidal).
    `detail` "punish": "should I take the blades off her and ground her?" (NHS, YoungMinds: not punishment);
    "together": "can't I just get him to the gym with me and hope it helps?" (YoungMinds: activity together
    helps alongside talking and support, not instead of it)."""
    if detail == "deputy":
        return f"{_DEPUTY} Keep checking in with them yourself meanwhile. If they're in danger now, call {lines.emergency}."
    if detail == "secret":  # a promise not to tell (NSPCC, Keeping Children Safe in Education: never promise secrecy)
        return (
            "Their trust matters, but this can't stay a secret: their safety comes first. Tell them kindly you can't "
            "promise that, and that you'll only tell people who can help. If they're under 18, that means your "
            "safeguarding lead today, who will involve their parents. Keep checking in with them yourself. "
            f"{lines.crisis[0].upper()}{lines.crisis[1:]} can advise you too. If they're in danger now, call {lines.emergency}."
        )
    if detail == "place":
        return (
            "It isn't overstepping, and it's worth acting on even if it turns out to be nothing. Talk with them today, "
            "privately: say what you noticed, that you care, and ask directly whether they're thinking about suicide. "
            "If they're under 18, tell their parents and your club's or school's safeguarding lead. "
            f"{lines.crisis[0].upper()}{lines.crisis[1:]} can advise you too. If they're in danger now, call {lines.emergency}."
        )
    if detail == "together":
        return (
            "Doing things together, like the gym, can really help and gives you a way in. It works alongside "
            "talking and support, not instead of it. No big talk needed: side by side, say you've noticed, you care, "
            "and they can come to you. Book a GP visit together, and "
            f"{lines.crisis} can advise you too. If they're badly hurt or in danger, call {lines.emergency}."
        )
    if detail == "punish":
        return (
            "Please don't punish them: self-harm is usually a way of coping with pain, not bad behaviour, and "
            "grounding or anger tends to push it into hiding. Taking the blades away without talking rarely stops it. "
            "Talk calmly instead, listen, ask what helps, and agree together on keeping sharp things out of reach. "
            f"Book the GP together, and call {lines.crisis} for advice. If they're badly hurt, call {lines.emergency}."
        )
    return (
        "You don't need perfect words. In a quiet moment, say what you noticed and that you're worried, then ask "
        "directly: \"Are you thinking about suicide?\" Asking doesn't put the idea in their head; it often brings "
        f"relief. Listen without judging, don't promise to keep it secret, and help them contact {lines.crisis} or "
        f"a GP. If they're in danger now, call {lines.emergency} and stay with them."
    )


def self_harm_no_calls(lines: Lines, detail: str) -> str:
    """`detail` "wounds": after cuts and a question about food for healing, the food answer and the wounds' care
    (NHS: keep a wound clean, signs of infection; protein, vitamin C and zinc from ordinary meals help skin heal)."""
    if detail == "wounds":
        write = lines.text or "chat at findahelpline.com"
        return (
            "Okay, no calls. The food answer: ordinary meals with protein (eggs, yoghurt, fish, beans), plus fruit and veg, "
            "help skin heal; no special diet. For the cuts: keep them clean and covered. Spreading redness, heat, pus or a "
            f"fever mean infection: see a nurse or doctor. A deep cut, or one that won't stop bleeding, needs urgent care ({lines.emergency}). "
            f"If writing is easier, you can {write}. I care how you're doing."
        )
    text = f"You can {lines.text}, or find" if lines.text else "You can find"
    return (
        "That's okay, you don't have to call anyone, and thank you for telling me. "
        f"{text} text and online chat services for your country at findahelpline.com, so you can write instead of "
        "talking, or tell someone you trust in person, or see your GP. I'm here to keep messaging with you too. If "
        f"you're in danger, {lines.emergency} is there. What would help most right now?"
    )


def self_harm_minimised(lines: Lines, detail: str) -> str:
    """"It was a joke", "I'm fine, relax": believed, and still cared for. `detail`: "self_harm"
    (they had said they hurt themselves) and "young" (a young person: a trusted adult, a youth line)."""
    flags = set(detail.split("|"))
    if "moving_on" in flags and "young" not in flags:  # "lol forget it, i'm just tired. give me a leg workout"
        what = "that you'd hurt yourself" if "self_harm" in flags else "something that worried me"
        return (
            f"Of course, and being tired is real. Before we move on, though: earlier you said {what}, and I don't want to "
            f"skip past it. Are you safe right now? {lines.crisis[0].upper()}{lines.crisis[1:]} "
            f"is there any time{_or(lines.text, ', or ')}; if you might act on those thoughts, call {lines.emergency}. "
            "Once you've told me how you are, I'm happy to help with training, gently."
        )
    what = "hurting yourself still matters: it's a sign of how much pain you're carrying" if "self_harm" in flags else (
        "what you said still matters: feelings like that are a sign of how much you're carrying")
    if "young" in flags:
        line = lines.youth or lines.crisis
        also = f", or {lines.crisis}" if lines.youth else _or(lines.text, ", or ")
        return (
            f"Thank you for telling me, and I believe you. Even so, {what.partition(':')[0]}, and you deserve support with it. "
            "Please talk to an adult you trust too, like a parent, a teacher, a school counsellor or your coach. "
            f"{line[0].upper()}{line[1:]} is there any time{also}. If that ever changes, call {lines.emergency}. "
            "What's been making things hard lately?"
        )
    return (
        f"Thank you for telling me, and I believe you. Even so, {what}, and you deserve support with it, not "
        f"judgement. {lines.crisis[0].upper()}{lines.crisis[1:]} is there to listen any time{_or(lines.text, ', or ')}, "
        f"or your GP can help. If that ever changes, call {lines.emergency}. What's been making things hard lately?"
    )


# The same first answer in the user's language. Each names the lines it is given, or, when no
# region is known (INTL), the directory and 112 in that language's words.
LANGUAGE_HOME = {"es": "ES", "fr": "FR", "de": "DE", "pt": "PTBR", "it": "IT", "nl": "NL", "pl": "PL"}
# Every region whose lines a language's reply may name as its own (European or Brazilian Portuguese).
_HOMES = {"pt": ("PTBR", "PT", "BR")}
_ARTICLE = {"es": "la ", "de": "die ", "pt": "o "}
_IN_LANGUAGE: dict[str, tuple[str, str, str, str]] = {
    # (the reply, with {the}{crisis}, {emergency} and {elsewhere}; the "in another country" sentence
    # that {elsewhere} becomes when the lines are a country's; crisis and emergency when no region
    # is known). {the} is the article a line's name takes in the sentence ("die TelefonSeelsorge").
    "es": (
        "Siento mucho que te sientas así, y me alegra que me lo hayas contado. No tienes que pasar por esto sin ayuda: "
        "puedes llamar ahora a {the}{crisis}, gratis.{elsewhere} Si corres peligro, llama al "
        "{emergency}. Aleja lo que podría hacerte daño y no te quedes solo.{trusted} ¿Estás a salvo ahora mismo?",
        " Si estás en otro país, en findahelpline.com encontrarás una línea de ayuda.",
        "una línea de ayuda de tu país (findahelpline.com)", "número de emergencias (112 en Europa)",
    ),
    "fr": (
        "Je suis désolé que tu te sentes comme ça, et merci de me l'avoir dit. Tu peux "
        "appeler maintenant le {crisis}.{elsewhere} Si tu es en danger, appelle le "
        "{emergency}. Éloigne ce qui pourrait te blesser et ne reste pas seul.{trusted} Est-ce que tu es en sécurité en ce moment ?",
        " Dans un autre pays, findahelpline.com t'indiquera une ligne d'écoute.",
        "service d'écoute de ton pays (findahelpline.com)", "numéro d'urgence (112 en Europe)",
    ),
    "de": (
        "Es tut mir sehr leid, dass es dir so geht, und danke, dass du es mir sagst. Du musst das nicht allein tragen: "
        "Du kannst dich jetzt an {the}{crisis} wenden, kostenlos.{elsewhere} Wenn du in Gefahr bist, ruf {emergency} an. "
        "Bleib nicht allein.{trusted} Bist du gerade in Sicherheit?",
        " In einem anderen Land findest du auf findahelpline.com eine Hilfe-Hotline.",
        "eine Hilfe-Hotline in deinem Land (findahelpline.com)", "den Notruf (112 in Europa)",
    ),
    "pt": (
        "Sinto muito que você esteja se sentindo assim, e obrigado por me contar. Você não precisa passar por isso sem "
        "ajuda: ligue agora para {the}{crisis}, de graça.{elsewhere} Se estiver em perigo, ligue para "
        "{emergency}. Afaste o que poderia te machucar e não fique sozinho.{trusted} Você está em segurança agora?",
        " Em outro país, encontre uma linha de apoio em findahelpline.com.",
        "uma linha de apoio do seu país (findahelpline.com)", "o número de emergência (112 na Europa)",
    ),
    "it": (
        "Mi dispiace davvero che ti senta così, e grazie per avermelo detto. Non devi affrontarlo senza aiuto: puoi "
        "contattare ora {crisis}, gratis.{elsewhere} Se sei in pericolo, chiama il {emergency}. Allontana ciò che potrebbe "
        "farti del male e non restare solo.{trusted} Sei al sicuro in questo momento?",
        " In un altro paese, su findahelpline.com trovi una linea di ascolto.",
        "una linea di ascolto del tuo paese (findahelpline.com)", "numero di emergenza (112 in Europa)",
    ),
    # Dutch: the Netherlands' 113, and Belgium's Zelfmoordlijn 1813 for a Flemish reader
    "nl": (
        "Wat zwaar dat je je zo voelt, en fijn dat je het me vertelt. Je staat er niet alleen voor: neem nu contact "
        "op met {the}{crisis}, gratis.{elsewhere} Ben je in gevaar, bel dan {emergency}. {trusted} Leg weg waarmee je jezelf pijn kunt doen; blijf niet alleen. Ben je nu veilig?",
        " In België: de Zelfmoordlijn, 1813; elders: findahelpline.com.",
        "een hulplijn in jouw land (findahelpline.com)", "het alarmnummer (112 in Europa)",
    ),
    # Polish: Poland's 116 123 and Centrum Wsparcia, 112 and 999; worded so no adjective or verb takes a gender
    "pl": (
        "Przykro mi, że tak się czujesz; dobrze, że mi to mówisz. Nie musisz przechodzić przez to bez pomocy: "
        "zadzwoń teraz, bezpłatnie: {the}{crisis}.{elsewhere} W niebezpieczeństwie dzwoń pod {emergency}. "
        "Odsuń to, czym można zrobić sobie krzywdę, i poproś kogoś, by był przy tobie.{trusted} Jesteś teraz w bezpiecznym miejscu?",
        " W innym kraju linię wsparcia znajdziesz na findahelpline.com.",
        "linia wsparcia w twoim kraju (findahelpline.com)", "numer alarmowy (112 w Europie)",
    ),
}


# The most words a first answer in crisis takes (short enough to read at a glance).
_MOST_WORDS = 80
# An adult is asked to talk to someone they trust or their doctor too (a young person gets the trusted adult instead).
_TRUSTED: dict[str, str] = {
    "es": " Habla con alguien de confianza.",
    "fr": " Parles-en à quelqu'un de confiance.",
    "de": " Sprich mit jemandem, dem du vertraust.",
    "pt": " Fale com alguém de confiança.",
    "it": " Parlane con qualcuno di cui ti fidi.",
    "nl": " Ook je huisarts kan helpen.",
    "pl": " Porozmawiaj z kimś zaufanym.",
}


def self_harm_other_language(lines: Lines, detail: str) -> str:
    """The crisis answer in the user's language; `detail` is the language, with "|young" for a young
    person, who is asked to tell a trusted adult too (#chatsafe) in place of the lines abroad."""
    language, _, young = detail.partition("|")
    if language not in _IN_LANGUAGE:
        return self_harm_young(lines, "") if young else self_harm_urgent(lines, language)
    template, elsewhere, any_crisis, any_emergency = _IN_LANGUAGE[language]
    adult = _TRUSTED_ADULT[language] if young else ""
    trusted = "" if young else _TRUSTED[language]
    if lines.region == "INTL":
        return template.format(the="", crisis=any_crisis, emergency=any_emergency, elsewhere=adult, trusted=trusted) + _IN_ENGLISH
    the = _ARTICLE.get(language, "") if lines.region in _HOMES.get(language, (LANGUAGE_HOME[language],)) else ""
    reply = template.format(the=the, crisis=lines.crisis, emergency=lines.emergency, elsewhere=adult or elsewhere, trusted=trusted) + _IN_ENGLISH
    if len(reply.split()) > _MOST_WORDS:  # a long line name abroad: the lines come first
        reply = template.format(the=the, crisis=lines.crisis, emergency=lines.emergency, elsewhere=adult or elsewhere, trusted="") + _IN_ENGLISH
    return reply


# A young person: tell a parent, a teacher or another adult they trust, in their language.
_TRUSTED_ADULT: dict[str, str] = {
    "es": " Cuéntaselo también a un adulto de confianza.",
    "fr": " Parles-en aussi à un adulte de confiance, un parent ou un prof.",
    "de": " Erzähl es auch einem Erwachsenen, dem du vertraust, etwa deinen Eltern.",
    "pt": " Conte também para um adulto de confiança.",
    "it": " Parlane anche con un adulto di cui ti fidi, come un genitore.",
    "nl": " Vertel het ook een volwassene die je vertrouwt.",
    "pl": " Powiedz też rodzicom albo innemu dorosłemu, któremu ufasz.",
}


# One line in English after the reply in another language, for a reader of either.
_IN_ENGLISH = " (In English: I'm sorry, and you're not alone.)"


# The cardiac, pregnancy and eating-disorder answers in the user's language: the same steps as the
# English ones (stop, who to call, no figures), with the lines they are given. {emergency},
# {urgent}, {crisis} and {doctor} (the doctor, or an eating-disorder line beside them) are filled in.
_ANSWERS_IN_LANGUAGE: dict[str, dict[str, str]] = {
    "cardiac_emergency": {
        "es": "Llama ahora al {emergency}. Un dolor en el pecho que no se calma, o que viene con falta de aire, sudor, náuseas o dolor que se extiende al brazo, la mandíbula o la espalda, necesita ayuda ya. Para y siéntate mientras esperas; no conduzcas tú, y si estás solo, deja la puerta abierta.",
        "fr": "Appelle le {emergency} maintenant. Une douleur dans la poitrine qui ne passe pas, ou avec essoufflement, sueurs, nausées ou douleur qui s'étend au bras, à la mâchoire ou au dos, demande de l'aide tout de suite. Arrête-toi et assieds-toi en attendant ; ne conduis pas toi-même, et si tu es seul, déverrouille la porte.",
        "de": "Ruf jetzt {emergency} an. Brustschmerzen, die nicht nachlassen oder mit Atemnot, Schweiß, Übelkeit oder Schmerzen in Arm, Kiefer oder Rücken kommen, brauchen sofort Hilfe. Hör auf und setz dich, während du wartest; fahr nicht selbst, und wenn du allein bist, schließ die Tür auf.",
        "pt": "Ligue agora para {emergency}. Uma dor no peito que não passa, ou que vem com falta de ar, suor, náusea ou dor que se espalha para o braço, a mandíbula ou as costas, precisa de ajuda já. Pare e sente-se enquanto espera; não dirija, e se estiver sozinho, destranque a porta.",
        "it": "Chiama subito il {emergency}. Un dolore al petto che non passa, o con fiato corto, sudore, nausea o dolore che si estende al braccio, alla mascella o alla schiena, ha bisogno di aiuto subito. Fermati e siediti mentre aspetti; non guidare tu, e se sei solo, apri la porta.",
        "nl": "Bel nu {emergency}. Pijn op de borst die niet overgaat, of samen met kortademigheid, zweten, misselijkheid of pijn die uitstraalt naar je arm, kaak of rug, heeft meteen hulp nodig. Stop en ga zitten terwijl je wacht; rijd niet zelf, en als je alleen bent, doe de deur van het slot.",
        "pl": "Zadzwoń teraz pod {emergency}. Ból w klatce piersiowej, który nie mija albo przychodzi z dusznością, potami, nudnościami lub bólem promieniującym do ręki, szczęki czy pleców, wymaga pomocy od razu. Przerwij wysiłek i usiądź, czekając na pomoc; nie siadaj za kierownicą, a jeśli nikogo przy tobie nie ma, otwórz drzwi.",
    },
    "breathing_emergency": {
        "es": "Llama ahora al {emergency}. Si te falta el aire y tienes los labios morados o grises, puede que no te llegue suficiente oxígeno: eso necesita ayuda ya, también si es asma. Para, siéntate erguido y quédate donde estás; no sigas en bici ni conduzcas. Si tienes un inhalador de rescate, úsalo, y que alguien se quede contigo.",
        "fr": "Appelle le {emergency} maintenant. Le souffle court avec les lèvres bleues ou grises peut signifier un manque d'oxygène : il faut de l'aide tout de suite, même si c'est de l'asthme. Arrête-toi, assieds-toi droit et reste là ; ne repars pas. Si tu as un inhalateur de secours, utilise-le, et garde quelqu'un avec toi.",
        "de": "Ruf jetzt {emergency} an. Atemnot mit blauen oder grauen Lippen kann heißen, dass dein Körper zu wenig Sauerstoff bekommt: Das braucht sofort Hilfe, auch bei Asthma. Hör auf, setz dich aufrecht hin und bleib, wo du bist; fahr nicht weiter. Wenn du ein Notfallspray hast, nimm es, und bleib nicht allein.",
        "pt": "Ligue agora para {emergency}. Falta de ar com os lábios roxos ou cinzentos pode significar pouco oxigênio: isso precisa de ajuda já, mesmo se for asma. Pare, sente-se com as costas retas e fique onde está; não continue nem dirija. Se tiver uma bombinha de alívio, use, e fique com alguém.",
        "it": "Chiama subito il {emergency}. Il fiato corto con le labbra blu o grigie può voler dire poco ossigeno: serve aiuto subito, anche se è asma. Fermati, siediti dritto e resta dove sei; non ripartire e non guidare. Se hai un inalatore al bisogno, usalo, e tieni qualcuno con te.",
        "nl": "Bel nu {emergency}. Kortademig zijn met blauwe of grijze lippen kan betekenen dat je te weinig zuurstof krijgt: dat heeft meteen hulp nodig, ook bij astma. Stop, ga rechtop zitten en blijf waar je bent; fiets of rijd niet verder. Heb je een noodinhalator, gebruik die, en blijf niet alleen.",
        "pl": "Zadzwoń teraz pod {emergency}. Brak tchu z sinymi albo szarymi ustami może oznaczać, że brakuje ci tlenu: to wymaga pomocy od razu, także przy astmie. Przerwij, usiądź prosto i zostań tam, gdzie jesteś; nie jedź dalej rowerem ani autem. Jeśli masz inhalator ratunkowy, użyj go i poproś, żeby ktoś był przy tobie.",
    },
    "cardiac_urgent": {
        "es": "Gracias por contármelo, y por favor no sigas forzando. Deja de hacer ejercicio y ve al médico antes de volver a entrenar: esto hay que revisarlo primero. Si vuelve y no se calma en unos minutos de reposo, llama al {emergency}.",
        "fr": "Merci de me l'avoir dit, et s'il te plaît ne force pas. Arrête le sport et vois un médecin avant de t'entraîner à nouveau : il faut d'abord vérifier ça. Si ça revient et ne passe pas après quelques minutes de repos, appelle le {emergency}.",
        "de": "Danke, dass du es mir sagst, und bitte mach nicht weiter. Hör mit dem Training auf und geh zu einer Ärztin oder einem Arzt, bevor du wieder trainierst: Das muss zuerst abgeklärt werden. Wenn es wiederkommt und nach ein paar Minuten Ruhe nicht nachlässt, ruf {emergency} an.",
        "pt": "Obrigado por me contar, e por favor não force. Pare de treinar e vá ao médico antes de voltar a treinar: isso precisa ser avaliado primeiro. Se voltar e não passar em alguns minutos de repouso, ligue para {emergency}.",
        "it": "Grazie per avermelo detto, e per favore non forzare. Smetti di allenarti e vai dal medico prima di allenarti di nuovo: va controllato prima. Se torna e non passa dopo qualche minuto di riposo, chiama il {emergency}.",
        "nl": "Dank je dat je het me vertelt, en ga alsjeblieft niet door. Stop met sporten en ga naar je huisarts voordat je weer traint: dit moet eerst nagekeken worden. Komt het terug en gaat het na een paar minuten rust niet over, bel dan {emergency}.",
        "pl": "Dziękuję, że mi o tym mówisz, i proszę, nie forsuj się. Przerwij treningi i idź do lekarza, zanim znowu zaczniesz ćwiczyć: najpierw trzeba to sprawdzić. Jeśli objawy wrócą i nie miną po kilku minutach odpoczynku, zadzwoń pod {emergency}.",
    },
    "pregnancy_urgent": {
        "es": "Por favor, no hagas ejercicio ni estiramientos y llama ahora a tu matrona o a urgencias de maternidad: esto en el embarazo hay que revisarlo ya, no después de entrenar. Si hay un sangrado abundante, dolor en el pecho o un desmayo, llama al {emergency}. Espero que todo esté bien.",
        "fr": "S'il te plaît, arrête le sport et appelle maintenant ta sage-femme ou la maternité : pendant la grossesse, ça doit être vérifié tout de suite, pas après la séance. En cas de saignement abondant, de douleur dans la poitrine ou de malaise, appelle le {emergency}. J'espère que tout va bien.",
        "de": "Bitte hör mit dem Training auf und ruf jetzt deine Hebamme oder den Kreißsaal an: In der Schwangerschaft muss das sofort abgeklärt werden, nicht erst nach dem Training. Bei starker Blutung, Brustschmerzen oder Ohnmacht ruf {emergency} an. Ich hoffe, alles ist in Ordnung.",
        "pt": "Por favor, pare o exercício e ligue agora para a sua obstetra ou a maternidade: na gravidez isso precisa ser avaliado já, não depois do treino. Se houver sangramento forte, dor no peito ou desmaio, ligue para {emergency}. Espero que esteja tudo bem.",
        "it": "Per favore, smetti di allenarti e chiama subito l'ostetrica o il pronto soccorso ostetrico: in gravidanza va controllato adesso, non dopo l'allenamento. Se c'è un sanguinamento forte, dolore al petto o uno svenimento, chiama il {emergency}. Spero che vada tutto bene.",
        "nl": "Stop alsjeblieft met sporten en bel nu je verloskundige of het ziekenhuis: dit moet in de zwangerschap meteen nagekeken worden, niet na de training. Bij veel bloedverlies, pijn op de borst of flauwvallen, bel {emergency}. Ik hoop dat alles goed is.",
        "pl": "Proszę, przerwij ćwiczenia i zadzwoń teraz do swojej położnej albo na izbę przyjęć szpitala położniczego: w ciąży trzeba to sprawdzić od razu, nie po treningu. Przy silnym krwawieniu, bólu w klatce piersiowej albo omdleniu dzwoń pod {emergency}. Mam nadzieję, że wszystko jest w porządku.",
    },
    "eating_disorder": {
        "es": "Gracias por confiarme esto; me preocupo por ti. Mereces apoyo, no una dieta, así que aquí no daré cifras ni planes. Un buen paso es hablar con tu médico{doctor}. Si todo se te hace demasiado, puedes contactar con {crisis} en cualquier momento. Recuperarse es posible. ¿Quieres contarme cómo te has sentido?",
        "fr": "Merci de me confier ça ; je suis inquiet pour toi. Tu mérites du soutien, pas un régime, donc je ne donnerai ni chiffres ni plans ici. Un bon premier pas est d'en parler à ton médecin{doctor}. Si c'est trop lourd, tu peux joindre {crisis} à tout moment. On peut s'en sortir. Tu veux me dire comment tu te sens ?",
        "de": "Danke, dass du mir das anvertraust; ich mache mir Sorgen um dich. Du verdienst Unterstützung, keine Diät, deshalb nenne ich hier keine Zahlen oder Pläne. Ein guter Schritt ist ein Gespräch mit deiner Ärztin oder deinem Arzt{doctor}. Wenn dir alles zu viel wird, erreichst du {crisis} jederzeit. Genesung ist möglich. Magst du erzählen, wie es dir geht?",
        "pt": "Obrigado por confiar isso a mim; estou preocupado com você. Você merece apoio, não uma dieta, então não vou dar números nem planos aqui. Um bom passo é conversar com seu médico{doctor}. Se tudo parecer demais, você pode falar com {crisis} a qualquer hora. A recuperação é possível. Quer me contar como tem se sentido?",
        "it": "Grazie per avermelo confidato; sono preoccupato per te. Meriti supporto, non una dieta, quindi qui non darò numeri né piani. Un buon passo è parlarne con il tuo medico{doctor}. Se tutto diventa troppo, puoi contattare {crisis} in qualsiasi momento. Guarire è possibile. Vuoi raccontarmi come ti senti?",
        "nl": "Dank je dat je me dit toevertrouwt; ik maak me zorgen om je. Je verdient steun, geen dieet, dus ik geef hier geen getallen of plannen. Een goede stap is praten met je huisarts{doctor}. Als het je te veel wordt, kun je altijd terecht bij {crisis}. Herstel is mogelijk. Wil je vertellen hoe het met je gaat?",
        "pl": "Dziękuję, że mi to powierzasz; martwię się o ciebie. Zasługujesz na wsparcie, nie na dietę, więc nie podam tu liczb ani planów. Dobrym krokiem jest rozmowa z lekarzem rodzinnym{doctor}. Jeśli wszystkiego jest za dużo, możesz w każdej chwili zadzwonić: {crisis}. Z tego można wyzdrowieć. Chcesz mi opowiedzieć, jak się czujesz?",
    },
    "eating_disorder_follow_up": {
        "es": "Te escucho y no te juzgo, pero me preocupas: esto es una señal de alarma, y recuperarse es posible. No voy a dar números, dietas ni formas de adelgazar más rápido, porque me importa cómo estás. Hablar con tu médico{doctor} puede ayudar, aunque cueste. Si todo se hace demasiado, {crisis} está ahí a cualquier hora. ¿Hablamos de otra cosa un rato?",
        "fr": "Je t'entends et je ne te juge pas, mais je m'inquiète : c'est un signal d'alerte, et on peut s'en sortir. Je ne donnerai ni chiffres, ni régimes, ni moyens de maigrir plus vite, parce que ce que tu vis compte pour moi. En parler à ton médecin{doctor} peut aider, même si c'est difficile. Si tout devient trop lourd, {crisis} est là à toute heure. On parle d'autre chose un moment ?",
        "de": "Ich höre dich und verurteile dich nicht, aber ich mache mir Sorgen: Das ist ein Warnsignal, und Genesung ist möglich. Ich gebe keine Zahlen, Diäten oder Wege, schneller abzunehmen, weil mir wichtig ist, wie es dir geht. Mit deiner Ärztin oder deinem Arzt{doctor} zu sprechen kann helfen, auch wenn es schwerfällt. Wenn dir alles zu viel wird, ist {crisis} jederzeit für dich da. Wollen wir kurz über etwas anderes reden?",
        "pt": "Eu te ouço e não estou te julgando, mas estou preocupado: isso é um sinal de alerta, e a recuperação é possível. Não vou dar números, dietas nem formas de emagrecer mais rápido, porque me importo com como você está. Conversar com seu médico{doctor} pode ajudar, mesmo que seja difícil. Se tudo parecer demais, {crisis} está lá a qualquer hora. Quer falar de outra coisa um pouco?",
        "it": "Ti ascolto e non ti giudico, ma sono preoccupato: è un segnale d'allarme, e guarire è possibile. Non darò numeri, diete o modi per dimagrire più in fretta, perché mi importa come stai. Parlarne con il tuo medico{doctor} può aiutare, anche se è difficile. Se tutto diventa troppo, {crisis} c'è a qualsiasi ora. Ti va di parlare d'altro per un po'?",
        "nl": "Ik hoor je en ik oordeel niet, maar ik maak me zorgen: dit is een waarschuwingssignaal, en herstel is mogelijk. Ik geef geen getallen, diëten of manieren om sneller af te vallen, omdat het me kan schelen hoe het met je gaat. Praten met je huisarts{doctor} kan helpen, ook al is het moeilijk. Als alles te veel wordt, is {crisis} er op elk moment. Zullen we het even over iets anders hebben?",
        "pl": "Słyszę cię i nie oceniam, ale martwię się: to sygnał ostrzegawczy, a z tego można wyzdrowieć. Nie podam liczb, diet ani sposobów na szybsze chudnięcie, bo zależy mi na tobie. Rozmowa z lekarzem{doctor} może pomóc. Gdy jest za ciężko, pomoc jest o każdej porze: {crisis}. Pogadamy chwilę o czymś innym?",
    },
    "eating_disorder_not_safe": {
        "es": "No, no es seguro, ni por poco tiempo ni en poca cantidad: te quita agua y sales (electrolitos), lo que puede alterar el ritmo del corazón. Por eso no voy a darte una cantidad. Habla con tu médico{doctor}, que puede ayudarte a dejarlo sin riesgos y no te juzgará; {crisis} está ahí a cualquier hora.",
        "fr": "Non, ce n'est pas sans danger, même peu de temps ou en petite quantité : ça fait perdre de l'eau et des sels (électrolytes), ce qui peut dérégler le rythme du cœur. Je ne donnerai donc pas de quantité. Parles-en à ton médecin{doctor}, qui peut t'aider à arrêter sans risque et ne te jugera pas ; {crisis} est là à toute heure.",
        "de": "Nein, das ist nicht sicher, auch nicht kurz oder in kleiner Menge: Es entzieht dem Körper Wasser und Salze (Elektrolyte), was den Herzrhythmus stören kann. Deshalb nenne ich keine Menge. Sprich mit deiner Ärztin oder deinem Arzt{doctor}, die dir helfen, sicher aufzuhören, und dich nicht verurteilen; {crisis} ist jederzeit da.",
        "pt": "Não, não é seguro, nem por pouco tempo nem em pouca quantidade: faz perder água e sais (eletrólitos), o que pode alterar o ritmo do coração. Por isso não vou dar uma quantidade. Fale com seu médico{doctor}, que pode ajudar você a parar com segurança e não vai te julgar; {crisis} está lá a qualquer hora.",
        "it": "No, non è sicuro, nemmeno per poco tempo o in piccole dosi: fa perdere acqua e sali (elettroliti), che possono alterare il ritmo del cuore. Per questo non ti darò una quantità. Parlane con il tuo medico{doctor}, che può aiutarti a smettere in sicurezza senza giudicarti; {crisis} c'è a qualsiasi ora.",
        "nl": "Nee, het is niet veilig, ook niet kort of in een kleine hoeveelheid: je verliest water en zouten (elektrolyten), wat je hartritme kan verstoren. Daarom noem ik geen hoeveelheid. Praat met je huisarts{doctor}, die je kan helpen veilig te stoppen en je niet veroordeelt; {crisis} is er op elk moment.",
        "pl": "Nie, to nie jest bezpieczne, nawet krótko i w małej ilości: organizm traci wodę i sole (elektrolity), co może zaburzyć rytm serca. Dlatego nie podam żadnej ilości. Porozmawiaj z lekarzem{doctor}, który pomoże ci bezpiecznie przestać i nie będzie cię oceniać; {crisis} działa o każdej porze.",
    },
    "eating_disorder_carer": {
        "es": "Haces bien en preocuparte; actuar pronto ayuda. Pide cita pronto con su pediatra o médico{doctor} y di que temes un trastorno alimentario: pueden derivaros a un equipo especializado. En vez de reglas o raciones mías, deja que el equipo guíe la comida; mantén las comidas en familia tranquilas y habla de cómo se siente, no del peso.",
        "fr": "Tu as raison de t'inquiéter ; agir tôt aide. Prends vite rendez-vous chez son pédiatre ou médecin{doctor} et dis que tu crains un trouble alimentaire : ils peuvent orienter vers une équipe spécialisée. Plutôt que des règles ou des portions de ma part, laisse l'équipe guider les repas ; garde des repas en famille calmes et parle de ses émotions, pas du poids.",
        "de": "Deine Sorge ist berechtigt; früh zu handeln hilft. Vereinbare bald einen Termin beim Kinder- oder Hausarzt{doctor} und sag, dass du eine Essstörung befürchtest: Dort kann man an ein Fachteam überweisen. Statt Regeln oder Portionen von mir: Lass das Team das Essen begleiten; halte Familienmahlzeiten ruhig und sprich über Gefühle, nicht über Gewicht.",
        "pt": "Você tem razão em se preocupar; agir cedo ajuda. Marque logo consulta com o pediatra ou médico{doctor} e diga que teme um transtorno alimentar: podem encaminhar para uma equipe especializada. Em vez de regras ou porções minhas, deixe a equipe orientar a alimentação; mantenha as refeições em família calmas e fale de sentimentos, não de peso.",
        "it": "Hai ragione a preoccuparti; agire presto aiuta. Prendi presto un appuntamento dal pediatra o dal medico{doctor} e di' che temi un disturbo alimentare: possono indirizzarvi a un'équipe specializzata. Invece di regole o porzioni da me, lascia che l'équipe guidi i pasti; tieni i pasti in famiglia tranquilli e parla di come si sente, non del peso.",
        "nl": "Je maakt je terecht zorgen; vroeg handelen helpt. Maak snel een afspraak bij de huisarts of kinderarts{doctor} en zeg dat je bang bent voor een eetstoornis: zij kunnen doorverwijzen naar een gespecialiseerd team. Geen regels of porties van mij: laat het team het eten begeleiden; houd gezinsmaaltijden rustig en praat over gevoelens, niet over gewicht.",
        "pl": "Dobrze, że się martwisz; wczesne działanie pomaga. Umów szybko wizytę u pediatry albo lekarza rodzinnego{doctor} i powiedz, że obawiasz się zaburzeń odżywiania: mogą skierować do specjalistycznego zespołu. Zamiast zasad czy porcji ode mnie niech jedzenie prowadzi ten zespół; dbaj o spokojne rodzinne posiłki i rozmawiaj o uczuciach, nie o wadze.",
    },
    "pregnancy_weight": {
        "es": "Ganar peso en el embarazo es esperado y sano: es tu bebé, la placenta, más sangre y líquido y reservas para la lactancia, así que no hagas dieta ni comas menos para evitarlo. Lo adecuado para ti lo guía tu matrona o tu médico, que pueden derivarte a un dietista. Ayudan las comidas regulares y la actividad suave.",
        "fr": "Prendre du poids pendant la grossesse est attendu et sain : c'est ton bébé, le placenta, plus de sang et de liquide, et des réserves pour l'allaitement, donc pas de régime ni de repas réduits pour l'éviter. Ta sage-femme ou ton médecin te guidera, et peut t'orienter vers un diététicien. Des repas réguliers et une activité douce aident.",
        "de": "Zunehmen gehört zu einer gesunden Schwangerschaft: Das sind dein Baby, die Plazenta, mehr Blut und Flüssigkeit und Reserven fürs Stillen, also bitte keine Diät und nicht weniger essen, um es zu vermeiden. Was für dich richtig ist, begleitet deine Hebamme oder Ärztin. Regelmäßige Mahlzeiten und sanfte Bewegung helfen.",
        "pt": "Ganhar peso na gravidez é esperado e saudável: é o seu bebê, a placenta, mais sangue e líquido e reservas para amamentar, então não faça dieta nem coma menos para evitar. O que é certo para você, a sua obstetra ou parteira orienta, e pode encaminhar a uma nutricionista. Refeições regulares e atividade leve ajudam.",
        "it": "Prendere peso in gravidanza è normale e sano: è il tuo bambino, la placenta, più sangue e liquidi e riserve per l'allattamento, quindi niente diete né pasti ridotti per evitarlo. Cosa è giusto per te lo guida l'ostetrica o il medico, che può indirizzarti a un dietista. Pasti regolari e attività leggera aiutano.",
        "nl": "Aankomen in de zwangerschap is normaal en gezond: het is je baby, de placenta, extra bloed en vocht en reserves voor de borstvoeding, dus geen dieet en niet minder eten om het te voorkomen. Wat goed is voor jou, begeleidt je verloskundige of arts, die je naar een diëtist kan verwijzen. Regelmatige maaltijden en rustig bewegen helpen.",
        "pl": "Przybieranie na wadze w ciąży jest oczekiwane i zdrowe: to dziecko, łożysko, więcej krwi i płynów oraz zapasy na karmienie, więc bez diety i bez jedzenia mniej, żeby temu zapobiec. Co jest dobre dla ciebie, podpowie położna albo lekarz, którzy mogą skierować cię do dietetyka. Pomagają regularne posiłki i łagodny ruch.",
    },
    "pregnancy_max_effort": {
        "es": "La respuesta clara es no: nada de pesos máximos, récords ni series hasta el fallo en el embarazo; déjalos para después del bebé. Lo que sí puedes mantener: técnica con menos peso a un esfuerzo moderado (poder hablar mientras entrenas), respirar en cada repetición, sin apretar, y parar si algo no va bien. Revisa tu entrenamiento con tu matrona o tu médico.",
        "fr": "La réponse claire est non : pas de charges maximales, de records ni de séances à fond ou jusqu'à l'échec pendant la grossesse ; garde-les pour après le bébé. Ce que tu peux garder : un effort modéré (pouvoir parler pendant l'effort), respirer à chaque répétition, sans forcer, et t'arrêter si quelque chose ne va pas. Vois ton entraînement avec ta sage-femme ou ton médecin.",
        "de": "Die klare Antwort ist nein: keine Maximalversuche, Rekorde oder Sätze bis zum Versagen in der Schwangerschaft; heb sie dir für nach der Geburt auf. Was bleiben kann: Technik mit weniger Gewicht bei mittlerer Anstrengung (du kannst dabei noch sprechen), bei jeder Wiederholung atmen, nicht pressen, und aufhören, wenn sich etwas falsch anfühlt. Besprich dein Training mit deiner Hebamme oder Ärztin.",
        "pt": "A resposta clara é não: nada de carga máxima, recordes ou séries até a falha na gravidez; deixe para depois do bebê. O que você pode manter: técnica com menos carga em esforço moderado (ainda conseguir falar), respirar em cada repetição, sem prender o ar, e parar se algo parecer errado. Veja o seu treino com a sua obstetra ou parteira.",
        "it": "La risposta chiara è no: niente carichi massimali, record o serie a cedimento in gravidanza; tienili per dopo il parto. Cosa puoi mantenere: tecnica con meno carico a uno sforzo moderato (riesci ancora a parlare), respirare a ogni ripetizione, senza spingere trattenendo il fiato, e fermarti se qualcosa non va. Rivedi l'allenamento con la tua ostetrica o il medico.",
        "nl": "Het duidelijke antwoord is nee: geen maximale pogingen, records of sets tot falen in de zwangerschap; bewaar ze voor na de baby. Wat je kunt houden: techniek met minder gewicht op een matige inspanning (je kunt nog praten), bij elke herhaling ademen, niet persen, en stoppen als iets niet goed voelt. Bespreek je training met je verloskundige of arts.",
        "pl": "Jasna odpowiedź brzmi: nie. Żadnych ciężarów maksymalnych, rekordów ani serii do upadku w ciąży; zostaw je na czas po porodzie. Co możesz zachować: technikę z mniejszym ciężarem przy umiarkowanym wysiłku (możesz przy tym mówić), oddychanie przy każdym powtórzeniu, bez parcia, i przerwę, gdy coś jest nie tak. Omów trening z położną albo lekarzem.",
    },
    "pregnancy_getting_there": {
        "es": "Por favor, no conduzcas tú. Llama ahora a urgencias de maternidad y di que nadie puede llevarte: te dirán si ir y cómo. Si tienes que ir, llama al {emergency} para pedir una ambulancia o coge un taxi; si hay mucho sangrado, dolor fuerte o mareo, no esperes.",
        "fr": "S'il te plaît, ne conduis pas toi-même. Appelle maintenant la maternité et dis que personne ne peut t'emmener : on te dira quoi faire. S'il faut y aller, appelle le {emergency} pour une ambulance ou prends un taxi ; en cas de saignement abondant, de forte douleur ou de malaise, n'attends pas.",
        "de": "Bitte fahr nicht selbst. Ruf jetzt den Kreißsaal an und sag, dass dich niemand fahren kann: Dort sagt man dir, ob und wie du kommen sollst. Wenn du hin musst, ruf {emergency} für einen Rettungswagen an oder nimm ein Taxi; bei starker Blutung, starken Schmerzen oder Schwindel warte nicht.",
        "pt": "Por favor, não dirija. Ligue agora para a maternidade e diga que ninguém pode te levar: eles vão dizer se você deve ir e como. Se precisar ir, ligue para {emergency} pedindo uma ambulância ou pegue um táxi; se houver sangramento forte, muita dor ou tontura, não espere.",
        "it": "Per favore, non guidare tu. Chiama subito il pronto soccorso ostetrico e di' che nessuno può accompagnarti: ti diranno se andare e come. Se devi andare, chiama il {emergency} per un'ambulanza o prendi un taxi; se c'è un sanguinamento forte, molto dolore o ti senti svenire, non aspettare.",
        "nl": "Rijd alsjeblieft niet zelf. Bel nu je verloskundige of het ziekenhuis en zeg dat niemand je kan brengen: zij zeggen of en hoe je moet komen. Moet je erheen, bel dan {emergency} voor een ambulance of neem een taxi; bij veel bloedverlies, veel pijn of als je flauw wordt, wacht niet.",
        "pl": "Proszę, nie prowadź sama. Zadzwoń teraz na izbę przyjęć szpitala położniczego i powiedz, że nikt nie może cię zawieźć: powiedzą, czy i jak masz przyjechać. Jeśli musisz jechać, zadzwoń pod {emergency} po karetkę albo weź taksówkę; przy silnym krwawieniu, silnym bólu lub zawrotach głowy nie czekaj.",
    },
    "pregnancy_cant_reach": {
        "es": "Por favor, no esperes a mañana. Las urgencias de maternidad del hospital atienden día y noche: llama ahora o ve directamente, y cuenta lo que pasa. Si no localizas a nadie, llama al {emergency}. Si hay mucho sangrado, dolor fuerte o sientes que te desmayas, llama al {emergency} enseguida.",
        "fr": "S'il te plaît, n'attends pas demain. Les urgences de la maternité répondent jour et nuit : appelle-les maintenant ou vas-y directement, et explique ce qui se passe. Si tu ne joins personne, appelle le {emergency}. En cas de saignement abondant, de forte douleur ou de malaise, appelle le {emergency} tout de suite.",
        "de": "Bitte warte nicht bis morgen. Der Kreißsaal im Krankenhaus ist Tag und Nacht erreichbar: Ruf jetzt dort an oder lass dich direkt hinbringen und sag, was los ist. Wenn du niemanden erreichst, ruf {emergency} an. Bei starker Blutung, starken Schmerzen oder wenn dir schwarz vor Augen wird, ruf sofort {emergency} an.",
        "pt": "Por favor, não espere até amanhã. A urgência da maternidade do hospital atende dia e noite: ligue agora ou vá diretamente, e conte o que está acontecendo. Se não conseguir falar com ninguém, ligue para {emergency}. Se houver muito sangramento, dor forte ou se sentir que vai desmaiar, ligue para {emergency} imediatamente.",
        "it": "Per favore, non aspettare domani. Il pronto soccorso ostetrico dell'ospedale risponde giorno e notte: chiama adesso o vai direttamente, e spiega cosa succede. Se non riesci a parlare con nessuno, chiama il {emergency}. Se c'è molto sangue, dolore forte o ti senti svenire, chiama subito il {emergency}.",
        "nl": "Wacht alsjeblieft niet tot morgen. De verloskamer van het ziekenhuis is dag en nacht bereikbaar: bel ze nu, of ga er meteen heen, en zeg wat er aan de hand is. Kun je niemand bereiken, bel dan {emergency}. Bij veel bloedverlies, hevige pijn of als je flauw dreigt te vallen, bel meteen {emergency}.",
        "pl": "Proszę, nie czekaj do jutra. Izba przyjęć szpitala położniczego działa całą dobę: zadzwoń tam teraz albo jedź od razu i powiedz, co się dzieje. Jeśli nikogo nie złapiesz albo masz silne krwawienie, mocny ból czy czujesz, że mdlejesz, dzwoń od razu pod {emergency}.",
    },
}
# "No exercise until she's been checked" in the answers about someone else's pregnancy: left out when the
# reply opens with the plain no to their question (`answer_first.before`), which says it already.
UNTIL_CHECKED = (
    " Hold off all exercise until they've checked you, then follow their advice on starting again.", " Hold off exercise until they've checked you.",
    " No exercise or sessions until she's been checked.", " Nada de ejercicio ni clases hasta que la revisen.",
    " Elle ne doit pas faire de sport ni aller à un cours avant d'avoir été examinée.", " Kein Sport und kein Kurs, bis sie untersucht wurde.",
    " Nada de exercício nem aulas até ela ser avaliada.", " Niente allenamento né lezioni finché non l'hanno visitata.",
    " Geen sport of lessen tot ze is nagekeken.", " Żadnych ćwiczeń ani zajęć, dopóki jej nie zbadają.",
)
_ANSWERS_IN_LANGUAGE["pregnancy_urgent_other"] = {
    "es": "Ayúdala a parar y llamad ahora a su matrona o a urgencias de maternidad: en el embarazo hay que revisarlo ya. Nada de ejercicio ni clases hasta que la revisen. Que no conduzca ella. Si hay un sangrado abundante, dolor en el pecho o un desmayo, llama al {emergency}.",
    "fr": "Aide-la à s'arrêter et appelez maintenant sa sage-femme ou la maternité : pendant la grossesse, il faut vérifier tout de suite. Elle ne doit pas faire de sport ni aller à un cours avant d'avoir été examinée. Qu'elle ne conduise pas. En cas de saignement abondant, de douleur thoracique ou de malaise, appelle le {emergency}.",
    "de": "Hilf ihr aufzuhören und ruft jetzt ihre Hebamme oder den Kreißsaal an: In der Schwangerschaft muss das sofort abgeklärt werden. Kein Sport und kein Kurs, bis sie untersucht wurde. Sie soll nicht selbst fahren. Bei starker Blutung, Brustschmerzen oder Ohnmacht ruf {emergency} an.",
    "pt": "Ajude-a a parar e liguem agora para a obstetra dela ou a maternidade: na gravidez isso precisa ser avaliado já. Nada de exercício nem aulas até ela ser avaliada. Ela não deve dirigir. Se houver sangramento forte, dor no peito ou desmaio, ligue para {emergency}.",
    "it": "Aiutala a fermarsi e chiamate subito la sua ostetrica o il pronto soccorso ostetrico: in gravidanza va controllato adesso. Niente allenamento né lezioni finché non l'hanno visitata. Non deve guidare lei. Se c'è un sanguinamento forte, dolore al petto o uno svenimento, chiama il {emergency}.",
    "nl": "Help haar te stoppen en bel nu haar verloskundige of het ziekenhuis: in de zwangerschap moet dit meteen worden nagekeken. Geen sport of lessen tot ze is nagekeken. Laat haar niet zelf rijden. Bij veel bloedverlies, pijn op de borst of flauwvallen, bel {emergency}.",
    "pl": "Pomóż jej przerwać wysiłek i zadzwońcie teraz do jej położnej albo na izbę przyjęć szpitala położniczego: w ciąży trzeba to sprawdzić od razu. Żadnych ćwiczeń ani zajęć, dopóki jej nie zbadają. Niech nie prowadzi sama. Przy silnym krwawieniu, bólu w klatce piersiowej albo omdleniu dzwoń pod {emergency}.",
}
# After a birth, in their language (said of whoever it is): the emergency number now, or the midwife today.
_ANSWERS_IN_LANGUAGE["postpartum_emergency"] = {
    "es": "Llama ahora al {emergency}. Un sangrado abundante (empapar una compresa en una hora o coágulos grandes), dolor en el pecho o falta de aire después de un parto necesitan urgencias ya, sin esperar a la matrona. Acostarse o sentarse, no conducir y no quedarse sola. Después avisad a la maternidad. Nada de ejercicio hasta la revisión.",
    "fr": "Appelle le {emergency} maintenant. Des saignements abondants (une serviette trempée en une heure, de gros caillots), une douleur dans la poitrine ou un essoufflement après un accouchement demandent les urgences tout de suite, sans attendre la sage-femme. S'allonger ou s'asseoir, ne pas conduire, ne pas rester seule. Prévenir la maternité ensuite. Pas de sport avant d'avoir été examinée.",
    "de": "Ruf jetzt {emergency} an. Starke Blutungen (eine Binde in einer Stunde durchgeblutet, große Gerinnsel), Brustschmerzen oder Atemnot nach einer Geburt sind ein Notfall, ohne auf die Hebamme zu warten. Hinlegen oder aufrecht sitzen, nicht selbst fahren, nicht allein bleiben. Danach den Kreißsaal informieren. Kein Sport, bis untersucht wurde.",
    "pt": "Ligue agora para {emergency}. Sangramento forte (encharcar um absorvente em uma hora, coágulos grandes), dor no peito ou falta de ar depois do parto precisam de emergência já, sem esperar a obstetra. Deitar ou sentar, não dirigir e não ficar sozinha. Depois avise a maternidade. Nada de exercício até a avaliação.",
    "it": "Chiama subito il {emergency}. Un sanguinamento forte (un assorbente zuppo in un'ora, grossi coaguli), dolore al petto o fiato corto dopo il parto richiedono il pronto soccorso adesso, senza aspettare l'ostetrica. Sdraiarsi o stare sedute, non guidare, non restare sole. Poi avvisare il reparto maternità. Niente allenamento fino al controllo.",
    "nl": "Bel nu {emergency}. Veel bloedverlies (binnen een uur door een verband heen, grote stolsels), pijn op de borst of kortademigheid na een bevalling is een spoedgeval: niet wachten op de verloskundige. Gaan liggen of rechtop zitten, niet zelf rijden, niet alleen blijven. Daarna het ziekenhuis bellen. Geen sport tot na de controle.",
    "pl": "Zadzwoń teraz pod {emergency}. Silne krwawienie (podpaska przesiąknięta w godzinę, duże skrzepy), ból w klatce piersiowej albo duszność po porodzie to nagły przypadek: nie czekaj na położną. Połóż się albo usiądź prosto, nie prowadź samochodu, nie zostawaj sama. Potem zawiadom oddział położniczy. Żadnych ćwiczeń do czasu badania.",
}
_ANSWERS_IN_LANGUAGE["postpartum_urgent"] = {
    "es": "Llama hoy, ahora si puedes, a la matrona, al médico o a la maternidad: este síntoma en las semanas después del parto hay que revisarlo hoy, no en la próxima cita; puede ser una infección, un coágulo o tensión alta, que se tratan bien a tiempo. Nada de ejercicio hasta la revisión. Si hay sangrado abundante, dolor en el pecho, falta de aire o un desmayo, llama al {emergency}.",
    "fr": "Appelle aujourd'hui, maintenant si possible, la sage-femme, le médecin ou la maternité : ce signe dans les semaines après un accouchement doit être vérifié aujourd'hui, pas au prochain rendez-vous ; ce peut être une infection, un caillot ou une tension trop haute, qui se soignent bien s'ils sont pris tôt. Pas de sport avant. En cas de saignement abondant, de douleur thoracique, d'essoufflement ou de malaise, appelle le {emergency}.",
    "de": "Ruf heute, am besten jetzt, die Hebamme, die Ärztin oder den Kreißsaal an: Dieses Zeichen in den Wochen nach einer Geburt muss heute abgeklärt werden, nicht erst beim nächsten Termin; es kann eine Infektion, ein Gerinnsel oder zu hoher Blutdruck sein, gut behandelbar, wenn es früh erkannt wird. Kein Sport bis dahin. Bei starker Blutung, Brustschmerzen, Atemnot oder Ohnmacht ruf {emergency} an.",
    "pt": "Ligue hoje, agora se puder, para a obstetra, o médico ou a maternidade: esse sinal nas semanas depois do parto precisa ser avaliado hoje, não na próxima consulta; pode ser uma infecção, um coágulo ou pressão alta, tratáveis quando vistos cedo. Nada de exercício até lá. Se houver sangramento forte, dor no peito, falta de ar ou desmaio, ligue para {emergency}.",
    "it": "Chiama oggi, adesso se puoi, l'ostetrica, il medico o il reparto maternità: questo segno nelle settimane dopo il parto va controllato oggi, non alla prossima visita; può essere un'infezione, un coagulo o la pressione alta, curabili se presi presto. Niente allenamento fino ad allora. Se c'è un sanguinamento forte, dolore al petto, fiato corto o uno svenimento, chiama il {emergency}.",
    "nl": "Bel vandaag, liefst nu, de verloskundige, de huisarts of het ziekenhuis: dit teken in de weken na een bevalling moet vandaag worden nagekeken, niet pas bij de volgende controle; het kan een infectie, een stolsel of een hoge bloeddruk zijn, goed te behandelen als het vroeg wordt gezien. Geen sport tot dan. Bij veel bloedverlies, pijn op de borst, kortademigheid of flauwvallen, bel {emergency}.",
    "pl": "Zadzwoń dziś, najlepiej teraz, do położnej, lekarza albo na oddział położniczy: ten objaw w tygodniach po porodzie trzeba sprawdzić dziś, nie na następnej wizycie; to może być infekcja, skrzep albo wysokie ciśnienie, które dobrze się leczy, gdy wykryje się je wcześnie. Żadnych ćwiczeń do tego czasu. Przy silnym krwawieniu, bólu w klatce piersiowej, duszności albo omdleniu dzwoń pod {emergency}.",
}
# Someone else's red flag, in their language: what to do for them, said of them.
_ANSWERS_IN_LANGUAGE["cardiac_bystander"] = {
    "es": "Llama al {emergency} ahora: puede ser un infarto. Que pare y se siente o se tumbe, sin seguir ni conducir. Quédate a su lado; si no respira con normalidad, te guiarán en la RCP. Pregunta si hay un desfibrilador cerca.",
    "fr": "Appelle le {emergency} maintenant : c'est peut-être un infarctus. Fais arrêter la personne, qu'elle s'asseye ou s'allonge, sans continuer ni conduire. Reste avec la personne ; si elle ne respire pas normalement, on te guidera pour le massage cardiaque. Demande s'il y a un défibrillateur.",
    "de": "Ruf jetzt {emergency} an: Es kann ein Herzinfarkt sein. Die Person soll aufhören und sich setzen oder hinlegen, nicht weitermachen, nicht fahren. Bleib bei ihr; atmet sie nicht normal, leitet dich die Leitstelle zur Herzdruckmassage an. Frag nach einem Defibrillator.",
    "pt": "Ligue para {emergency} agora: pode ser um infarto. Faça a pessoa parar e sentar ou deitar, sem continuar nem dirigir. Fique com ela; se não respirar normalmente, o atendente vai orientar a RCP. Pergunte se há um desfibrilador por perto.",
    "it": "Chiama subito il {emergency}: può essere un infarto. Falla fermare e sedere o sdraiare, senza continuare né guidare. Resta con la persona; se non respira normalmente, l'operatore ti guiderà nella RCP. Chiedi se c'è un defibrillatore vicino.",
    "nl": "Bel nu {emergency}: het kan een hartaanval zijn. Laat diegene stoppen en zitten of liggen, niet doorgaan en niet rijden. Blijf erbij; ademt diegene niet normaal, dan helpt de meldkamer je met reanimeren. Vraag of er een AED in de buurt is.",
    "pl": "Zadzwoń teraz pod {emergency}: to może być zawał. Niech ta osoba przerwie wysiłek i usiądzie albo się położy, bez kontynuowania i bez prowadzenia auta. Zostań przy niej; jeśli nie oddycha normalnie, dyspozytor poprowadzi cię przez resuscytację. Zapytaj, czy w pobliżu jest AED (defibrylator).",
}
_ANSWERS_IN_LANGUAGE["cardiac_exertional_other"] = {
    "es": "Un dolor en el pecho con el esfuerzo que se pasa en reposo puede ser angina: ayúdale a ver a un médico hoy o con cita urgente, y sin ese esfuerzo hasta entonces. Llama al {emergency} si aparece en reposo, dura varios minutos o viene con sudor, ahogo o náuseas.",
    "fr": "Une douleur dans la poitrine à l'effort qui passe au repos peut être une angine de poitrine : aide la personne à voir un médecin aujourd'hui ou en urgence, sans cet effort d'ici là. Appelle le {emergency} si elle vient au repos, dure plusieurs minutes ou s'accompagne de sueurs, d'essoufflement ou de nausées.",
    "de": "Brustschmerzen bei Belastung, die in Ruhe vergehen, können Angina pectoris sein: Hilf der Person, heute oder dringend zum Arzt zu gehen, bis dahin ohne diese Anstrengung. Ruf {emergency} an, wenn sie in Ruhe kommen, minutenlang anhalten oder mit Schwitzen, Atemnot oder Übelkeit kommen.",
    "pt": "Dor no peito com esforço que passa com repouso pode ser angina: ajude a pessoa a ir ao médico hoje ou com consulta urgente, sem esse esforço até lá. Ligue para {emergency} se vier em repouso, durar vários minutos ou vier com suor, falta de ar ou náusea.",
    "it": "Un dolore al petto sotto sforzo che passa a riposo può essere angina: aiuta la persona a vedere un medico oggi o con urgenza, senza quello sforzo fino ad allora. Chiama il {emergency} se compare a riposo, dura vari minuti o arriva con sudore, fiato corto o nausea.",
    "nl": "Pijn op de borst bij inspanning die in rust overgaat kan angina pectoris zijn: help diegene vandaag of met spoed naar een arts, tot dan zonder die inspanning. Bel {emergency} als het in rust komt, minuten aanhoudt of samengaat met zweten, kortademigheid of misselijkheid.",
    "pl": "Ból w klatce piersiowej przy wysiłku, który mija w spoczynku, może być dławicą piersiową: pomóż tej osobie pójść do lekarza dziś albo w trybie pilnym, a do tego czasu bez takiego wysiłku. Zadzwoń pod {emergency}, jeśli ból pojawi się w spoczynku, trwa kilka minut albo przychodzi z potami, dusznością lub nudnościami.",
}
_ANSWERS_IN_LANGUAGE["cardiac_collapse_other"] = {
    "es": "Un desmayo o desplome haciendo deporte siempre necesita que un médico revise el corazón, aunque ahora esté bien. Pide cita pronto; hasta entonces, nada de deporte, ni suave. Si se repite o hay dolor en el pecho, palpitaciones o ahogo, llama al {emergency}.",
    "fr": "Un malaise ou une chute pendant le sport demande toujours qu'un médecin vérifie le cœur, même si tout va bien maintenant. Prends vite rendez-vous ; d'ici là, pas de sport, même léger. Si ça recommence, ou avec douleur thoracique, palpitations ou essoufflement, appelle le {emergency}.",
    "de": "Ohnmacht oder Zusammenbrechen beim Sport muss immer ärztlich am Herzen abgeklärt werden, auch wenn jetzt alles gut scheint. Macht bald einen Termin; bis dahin kein Sport, auch kein leichter. Passiert es wieder oder mit Brustschmerzen, Herzstolpern oder Atemnot, ruf {emergency} an.",
    "pt": "Desmaiar ou cair durante o esporte sempre exige que um médico avalie o coração, mesmo que agora esteja tudo bem. Marque consulta logo; até lá, nada de esporte, nem leve. Se repetir ou vier com dor no peito, palpitações ou falta de ar, ligue para {emergency}.",
    "it": "Svenire o crollare durante lo sport richiede sempre un controllo del cuore dal medico, anche se ora sta bene. Prendete presto un appuntamento; fino ad allora niente sport, nemmeno leggero. Se si ripete, o con dolore al petto, palpitazioni o fiato corto, chiama il {emergency}.",
    "nl": "Flauwvallen of in elkaar zakken bij het sporten moet altijd door een arts aan het hart worden nagekeken, ook als het nu goed gaat. Maak snel een afspraak; tot dan geen sport, ook niet licht. Gebeurt het weer, of met pijn op de borst of kortademigheid, bel {emergency}.",
    "pl": "Omdlenie albo upadek podczas sportu zawsze wymaga, żeby lekarz sprawdził serce, nawet jeśli teraz wszystko wydaje się w porządku. Umówcie wizytę jak najszybciej; do tego czasu bez sportu, nawet lekkiego. Jeśli to się powtórzy albo pojawi się ból w klatce, kołatanie serca lub duszność, zadzwoń pod {emergency}.",
}
_ANSWERS_IN_LANGUAGE["eating_disorder_concern"] = {
    "es": "Qué bien que te preocupes. Esto es serio con cualquier peso, y la ayuda temprana es la que más sirve. Dile con calma que te importa, escucha sin hablar de comida ni de peso y anímale a ir al médico; si es menor, pide cita y acompáñale.",
    "fr": "C'est bien de t'inquiéter pour elle. C'est sérieux quel que soit le poids, et l'aide précoce compte le plus. Dis-lui calmement que tu tiens à elle, écoute sans parler de nourriture ni de poids et encourage-la à voir un médecin ; pour un jeune, prends rendez-vous et accompagne-le.",
    "de": "Gut, dass du dir Sorgen machst. Das ist bei jedem Gewicht ernst, und frühe Hilfe wirkt am besten. Sag ruhig, dass die Person dir wichtig ist, hör zu, ohne über Essen oder Gewicht zu reden, und ermutige zum Arztbesuch; bei Jugendlichen mach einen Termin und geh mit.",
    "pt": "Que bom que você se preocupa. Isso é sério em qualquer peso, e a ajuda precoce é a que mais funciona. Diga com calma que se importa, escute sem falar de comida nem de peso e incentive a ida ao médico; se for menor, marque a consulta e vá junto.",
    "it": "È bello che ti preoccupi. È una cosa seria a qualsiasi peso, e l'aiuto precoce conta più di tutto. Di' con calma che ci tieni, ascolta senza parlare di cibo o peso e incoraggia ad andare dal medico; se è minorenne, prendi appuntamento e vai insieme.",
    "nl": "Fijn dat je je zorgen maakt. Dit is ernstig bij elk gewicht, en vroege hulp werkt het best. Zeg rustig dat je om diegene geeft, luister zonder over eten of gewicht te praten en moedig een huisartsbezoek aan; bij een tiener maak je een afspraak en ga je mee.",
    "pl": "Dobrze, że się martwisz. To poważna sprawa przy każdej wadze, a wczesna pomoc działa najlepiej. Powiedz spokojnie, że ci zależy, słuchaj, nie mówiąc o jedzeniu ani wadze, i zachęć do wizyty u lekarza; jeśli to nastolatek, umów wizytę i idźcie razem.",
}
_ANSWERS_IN_LANGUAGE["self_harm_confidential"] = {
    "es": "Las líneas de ayuda como {crisis} son confidenciales: no avisan a tus padres y no tienes que dar tu nombre. Solo si tu vida corre peligro inmediato podrían tener que avisar a alguien. La enfermera del colegio o tu médico también guardan lo que les cuentes. Te mereces ese apoyo; ¿llamarías esta noche?",
    "fr": "Les lignes d'écoute comme le {crisis} sont confidentielles et gratuites : elles ne préviennent pas tes parents, et tu n'as pas besoin de donner ton nom. C'est seulement si ta vie est en danger immédiat qu'elles pourraient devoir prévenir quelqu'un. L'infirmière scolaire ou ton médecin gardent aussi ce que tu dis pour eux. Tu mérites ce soutien ; tu appellerais ce soir ?",
    "de": "Hilfetelefone wie {crisis} sind vertraulich: Sie sagen deinen Eltern nichts, und du musst deinen Namen nicht nennen. Nur wenn dein Leben akut in Gefahr ist, müssten sie vielleicht jemanden einbeziehen. Auch die Schulsozialarbeit oder deine Ärztin behalten es für sich. Du verdienst diese Hilfe; rufst du heute Abend an?",
    "pt": "Linhas de apoio como {crisis} são confidenciais: não avisam seus pais, e você não precisa dizer seu nome. Só se sua vida estiver em perigo imediato eles poderiam precisar envolver alguém. A enfermeira da escola ou seu médico também guardam sigilo. Você merece esse apoio; liga hoje à noite?",
    "it": "Le linee di ascolto come {crisis} sono riservate: non avvisano i tuoi genitori e non devi dire il tuo nome. Solo se la tua vita è in pericolo immediato potrebbero dover coinvolgere qualcuno. Anche il medico o lo psicologo della scuola mantengono il segreto. Meriti questo aiuto; chiameresti stasera?",
    "pl": "Telefony zaufania, takie jak {crisis}, są poufne: nie powiadomią twoich rodziców i nie musisz podawać imienia. Tylko gdy twoje życie jest w bezpośrednim niebezpieczeństwie, mogą musieć kogoś zaangażować. Pielęgniarka szkolna albo lekarz też zachowają to dla siebie. Zasługujesz na to wsparcie; zadzwonisz dziś wieczorem?",
    "nl": "Hulplijnen zoals {crisis} zijn vertrouwelijk: ze vertellen het niet aan je ouders, en je hoeft je naam niet te zeggen. Alleen als je leven direct in gevaar is, moeten ze misschien iemand inschakelen. Ook je huisarts of de schoolverpleegkundige houden het voor zich. Je verdient die steun; bel je vanavond?",
}
# Someone else's wish to die or their cuts, told in another language ("mi amiga dice que quiere suicidarse"):
# ask directly, the crisis line, the emergency number if in danger now (Samaritans, Mind: supporting someone).
# Its variants for a pupil, a young friend or signs found stay English (`_PLAIN_ONLY`).
_ANSWERS_IN_LANGUAGE["self_harm_concern"] = {
    "es": "Haces bien en preocuparte. Habla hoy con esa persona y pregúntale con calma y directamente si piensa en el suicidio; preguntarlo no lo empeora. Anímala a contactar con {crisis}, y si corre peligro inmediato, llama al {emergency} y quédate con ella. Esas líneas también ayudan a familiares y amigos. ¿Te ayudo a pensar qué decirle?",
    "fr": "Tu fais bien de t'inquiéter. Parle-lui aujourd'hui et demande-lui calmement et directement si la personne pense au suicide ; poser la question n'aggrave rien. Encourage-la à contacter le {crisis}, et en cas de danger immédiat, appelle le {emergency} et reste avec elle. Ces lignes aident aussi les proches. Veux-tu qu'on réfléchisse à ce que tu peux dire ?",
    "de": "Gut, dass du aufmerksam bist. Sprich heute mit der Person und frag ruhig und direkt, ob sie an Suizid denkt; die Frage macht nichts schlimmer. Ermutige sie, sich an {crisis} zu wenden, und bei akuter Gefahr ruf {emergency} an und bleib bei ihr. Diese Stellen beraten auch Angehörige und Freunde. Sollen wir zusammen überlegen, was du sagen kannst?",
    "pt": "Que bom que você está atento. Fale com essa pessoa hoje e pergunte com calma e diretamente se ela está pensando em suicídio; perguntar não piora nada. Incentive-a a procurar {crisis}, e se houver perigo imediato, ligue para {emergency} e fique com ela. Essas linhas também apoiam amigos e familiares. Quer pensar comigo no que dizer?",
    "it": "Fai bene a preoccuparti. Parla oggi con questa persona e chiedile con calma e direttamente se sta pensando al suicidio; chiederlo non peggiora le cose. Incoraggiala a contattare {crisis}, e se è in pericolo immediato chiama il {emergency} e resta con lei. Queste linee aiutano anche amici e familiari. Vuoi pensare insieme a cosa dirle?",
    "nl": "Goed dat je oplet. Praat vandaag met diegene en vraag rustig en direct of die aan zelfdoding denkt; die vraag maakt het niet erger. Moedig aan om contact op te nemen met {crisis}, en bel bij direct gevaar {emergency} en blijf erbij. Die lijnen helpen ook vrienden en familie. Zullen we samen bedenken wat je kunt zeggen?",
    "pl": "Dobrze, że zwracasz na to uwagę. Porozmawiaj z tą osobą jeszcze dziś i zapytaj spokojnie i wprost, czy myśli o samobójstwie; takie pytanie niczego nie pogarsza. Zachęć ją do kontaktu z {crisis}, a jeśli grozi jej bezpośrednie niebezpieczeństwo, zadzwoń pod {emergency} i zostań z nią. Te telefony wspierają też bliskich. Chcesz razem zastanowić się, co powiedzieć?",
}
_ANSWERS_IN_LANGUAGE["eating_disorder_loss"] = _ANSWERS_IN_LANGUAGE["eating_disorder"]
_ANSWERS_IN_LANGUAGE["eating_disorder_pills"] = _ANSWERS_IN_LANGUAGE["eating_disorder"]
# The plain follow-ups after a cardiac or pregnancy answer, in the user's language (the ones with a detail, such
# as "fuss" or "calf", stay English's: see `has_version`).
_ANSWERS_IN_LANGUAGE["pregnancy_follow_up"] = {
    "es": "Ojalá no sea nada, pero por favor no esperes a ver: aunque parezca poco, solo tu matrona o tu médico pueden descartar un problema. Llama ahora a tu matrona o a urgencias de maternidad; no les haces perder el tiempo, para eso están. Nada de ejercicio hasta que te revisen; luego sigue sus indicaciones para volver. Si empeora, hay un sangrado abundante o sientes que te desmayas, llama al {emergency}.",
    "fr": "J'espère que ce n'est rien, mais s'il te plaît n'attends pas de voir : même si ça paraît léger, seule ta sage-femme ou ton médecin peut écarter un problème. Appelle maintenant ta sage-femme ou la maternité ; tu ne leur fais pas perdre leur temps, c'est leur rôle. Plus de sport tant qu'ils ne t'ont pas examinée ; ensuite, suis leurs conseils pour reprendre. Si ça s'aggrave, en cas de saignement abondant ou de malaise, appelle le {emergency}.",
    "de": "Ich hoffe, es ist nichts, aber bitte warte nicht ab: Auch wenn es harmlos wirkt, kann nur deine Hebamme oder Ärztin ein Problem ausschließen. Ruf jetzt deine Hebamme oder den Kreißsaal an; du stiehlst niemandem die Zeit, genau dafür sind sie da. Kein Sport, bis sie dich untersucht haben; danach richte dich nach ihrem Rat. Wenn es schlimmer wird, du stark blutest oder dir schwarz vor Augen wird, ruf {emergency} an.",
    "pt": "Espero que não seja nada, mas por favor não espere para ver: mesmo que pareça pouco, só a sua obstetra ou parteira pode descartar um problema. Ligue agora para ela ou para a maternidade; você não está fazendo ninguém perder tempo, é para isso que eles existem. Nada de exercício até te avaliarem; depois siga a orientação deles para voltar. Se piorar, houver sangramento forte ou você sentir que vai desmaiar, ligue para {emergency}.",
    "it": "Spero che non sia niente, ma per favore non aspettare: anche se sembra poco, solo l'ostetrica o il medico possono escludere un problema. Chiama adesso l'ostetrica o il pronto soccorso ostetrico; non fai perdere tempo a nessuno, sono lì per questo. Niente esercizio finché non ti hanno visitata; poi segui i loro consigli per ricominciare. Se peggiora, c'è un sanguinamento forte o ti senti svenire, chiama il {emergency}.",
    "nl": "Ik hoop dat het niets is, maar wacht alsjeblieft niet af: ook als het meevalt, kan alleen je verloskundige een probleem uitsluiten. Bel nu je verloskundige of het ziekenhuis; je verspilt hun tijd niet, daar zijn ze voor. Niet sporten tot ze je hebben nagekeken; volg daarna hun advies om weer te beginnen. Wordt het erger, verlies je veel bloed of voel je je flauw, bel dan {emergency}.",
    "pl": "Mam nadzieję, że to nic poważnego, ale proszę, nie czekaj: nawet jeśli wydaje się to drobiazgiem, tylko położna albo lekarz mogą wykluczyć problem. Zadzwoń teraz do swojej położnej albo do szpitala położniczego; nie zabierasz nikomu czasu, są tam właśnie po to. Żadnych ćwiczeń, dopóki cię nie zbadają; potem postępuj według ich zaleceń. Jeśli się pogorszy, pojawi się silne krwawienie albo poczujesz, że mdlejesz, dzwoń pod {emergency}.",
}
_ANSWERS_IN_LANGUAGE["pregnancy_movement_myth"] = {
    "es": "Es un mito muy extendido, y no es así: los bebés no se mueven menos al final del embarazo. Los movimientos pueden sentirse distintos porque hay menos espacio, pero deben seguir el patrón habitual de tu bebé hasta el parto. Si notas menos movimientos, llama ahora a tu matrona o a urgencias de maternidad, de día o de noche; prefieren comprobarlo. No esperes ni hagas ejercicio antes. Si hay sangrado o dolor, llama al {emergency}.",
    "fr": "C'est une idée reçue, et ce n'est pas vrai : les bébés ne bougent pas moins en fin de grossesse. Les mouvements peuvent sembler différents parce qu'il y a moins de place, mais ils doivent garder le rythme habituel de ton bébé jusqu'à la naissance. Moins de mouvements, c'est une raison d'appeler maintenant ta sage-femme ou la maternité, de jour comme de nuit ; elles préfèrent vérifier. N'attends pas et ne fais pas de sport avant. En cas de saignement ou de douleur, appelle le {emergency}.",
    "de": "Das ist ein verbreiteter Mythos und stimmt nicht: Babys bewegen sich gegen Ende nicht weniger. Die Bewegungen können sich anders anfühlen, weil weniger Platz ist, aber sie sollten bis zur Geburt dem gewohnten Muster deines Babys folgen. Weniger Bewegungen sind ein Grund, jetzt deine Hebamme oder den Kreißsaal anzurufen, Tag und Nacht; sie schauen lieber einmal zu viel nach. Bitte nicht abwarten und vorher keinen Sport. Bei Blutungen oder Schmerzen ruf die {emergency} an.",
    "pt": "Isso é um mito comum, e não é verdade: os bebês não se mexem menos no fim da gravidez. Os movimentos podem parecer diferentes porque há menos espaço, mas devem seguir o padrão habitual do seu bebê até o parto. Menos movimentos são motivo para ligar agora para a sua obstetra ou a maternidade, de dia ou de noite; eles preferem verificar. Não espere nem faça exercício antes. Se houver sangramento ou dor, ligue para {emergency}.",
    "it": "È un mito diffuso, e non è così: i bambini non si muovono meno verso la fine. I movimenti possono sembrare diversi perché c'è meno spazio, ma devono seguire lo schema abituale del tuo bambino fino al parto. Meno movimenti sono un motivo per chiamare subito l'ostetrica o il pronto soccorso ostetrico, di giorno o di notte; preferiscono controllare. Non aspettare e non allenarti prima. Se c'è sanguinamento o dolore, chiama il {emergency}.",
    "nl": "Dat is een bekende fabel, en het klopt niet: baby's gaan aan het eind niet minder bewegen. De bewegingen kunnen anders voelen omdat er minder ruimte is, maar ze horen het gewone patroon van je baby te houden tot aan de geboorte. Minder bewegingen zijn een reden om nu je verloskundige of het ziekenhuis te bellen, dag en nacht; zij kijken liever één keer te veel. Wacht niet en ga eerst niet sporten. Bij bloedverlies of pijn, bel {emergency}.",
    "pl": "To popularny mit i to nieprawda: dzieci pod koniec ciąży nie ruszają się mniej. Ruchy mogą być inne, bo jest mniej miejsca, ale powinny zachować zwykły rytm twojego dziecka aż do porodu. Mniej ruchów to powód, by teraz zadzwonić do położnej albo na izbę przyjęć szpitala położniczego, w dzień i w nocy; wolą to sprawdzić. Nie czekaj i nie ćwicz wcześniej. Przy krwawieniu lub bólu dzwoń pod {emergency}.",
}
_ANSWERS_IN_LANGUAGE["eating_disorder_shame"] = {
    "es": "Te entiendo, y es muy común sentir vergüenza, pero no tienes nada de qué avergonzarte: un trastorno alimentario es una enfermedad, no un fallo tuyo, y no estás sola ni solo. Los médicos lo ven a menudo y están para ayudarte, no para juzgarte. Si te resulta más fácil, puedes escribirlo y dárselo, o ir con alguien de confianza{doctor}. {crisis} también está ahí a cualquier hora. Recuperarse es posible.",
    "fr": "Je comprends, et c'est très courant d'avoir honte, mais il n'y a pas de honte à avoir : un trouble alimentaire est une maladie, pas un échec, et tu n'es pas seul·e. Les médecins voient ça souvent et sont là pour t'aider, pas pour te juger. Si c'est plus facile, tu peux l'écrire et leur donner le papier, ou venir avec une personne de confiance{doctor}. {crisis} est là à toute heure aussi. On peut s'en sortir.",
    "de": "Ich verstehe dich, und Scham ist sehr häufig, aber du musst dich für nichts schämen: Eine Essstörung ist eine Krankheit, kein Versagen, und du bist nicht allein. Ärztinnen und Ärzte sehen das oft und sind da, um zu helfen, nicht um zu urteilen. Wenn es leichter ist, schreib es auf und gib den Zettel ab, oder nimm jemanden mit, dem du vertraust{doctor}. {crisis} ist auch jederzeit da. Genesung ist möglich.",
    "pt": "Eu entendo, e sentir vergonha é muito comum, mas não há nada de que se envergonhar: um transtorno alimentar é uma doença, não uma falha sua, e você não está sozinho nem sozinha. Os médicos veem isso com frequência e estão lá para ajudar, não para julgar. Se for mais fácil, escreva o que sente e entregue ao médico, ou leve alguém de confiança{doctor}. {crisis} também está lá a qualquer hora. A recuperação é possível.",
    "it": "Ti capisco, ed è molto comune provare vergogna, ma non c'è niente di cui vergognarsi: un disturbo alimentare è una malattia, non una colpa, e non sei solo né sola. I medici lo vedono spesso e sono lì per aiutarti, non per giudicarti. Se è più facile, puoi scriverlo e consegnarlo, o andare con una persona di fiducia{doctor}. Anche {crisis} c'è a qualsiasi ora. Guarire è possibile.",
    "nl": "Ik begrijp het, en schaamte is heel gewoon, maar je hoeft je nergens voor te schamen: een eetstoornis is een ziekte, geen falen, en je staat er niet alleen voor. Huisartsen zien dit vaak en zijn er om te helpen, niet om te oordelen. Als dat makkelijker is, kun je het opschrijven en het briefje geven, of iemand meenemen die je vertrouwt{doctor}. {crisis} is er ook op elk moment. Herstel is mogelijk.",
    "pl": "Rozumiem cię, wstyd jest bardzo częsty, ale nie masz się czego wstydzić: zaburzenie odżywiania to choroba, nie porażka, i nie jesteś z tym sam ani sama. Lekarze widzą to często i są po to, żeby pomóc, nie oceniać. Jeśli tak będzie łatwiej, możesz to zapisać i dać lekarzowi kartkę albo pójść z kimś, komu ufasz{doctor}. {crisis} też działa o każdej porze. Z tego można wyzdrowieć.",
}
_ANSWERS_IN_LANGUAGE["eating_disorder_tell_adult"] = {
    "es": "Sí: contárselo a tu entrenador o entrenadora, o a otro adulto de confianza como tu madre o tu padre, es lo correcto. \"Estoy bien\" es una respuesta habitual, y esto es demasiado para llevarlo sola o solo. No la traicionas: un adulto puede hacer que la vea un médico. Dile que lo haces porque te importa, sigue siendo su amiga o amigo y evita hablar de peso o comida.",
    "fr": "Oui : en parler à ton coach, ou à un autre adulte de confiance comme un parent, c'est la bonne chose à faire. « Ça va » est une réponse fréquente, et c'est trop lourd à porter seul·e. Tu ne la trahis pas : un adulte peut faire en sorte qu'elle voie un médecin. Dis-lui que tu le fais parce que tu tiens à elle, reste son ami·e, et évite de parler de poids ou de nourriture.",
    "de": "Ja: Es deinem Trainer oder deiner Trainerin oder einem anderen Erwachsenen, dem du vertraust, etwa einem Elternteil, zu sagen, ist richtig. „Mir geht's gut“ ist eine häufige Antwort, und das ist zu viel, um es allein zu tragen. Du verrätst sie nicht: Ein Erwachsener kann dafür sorgen, dass sie zum Arzt geht. Sag ihr, dass du es aus Sorge tust, bleib ihre Freundin oder ihr Freund und sprich nicht über Gewicht oder Essen.",
    "pt": "Sim: contar ao seu treinador ou treinadora, ou a outro adulto de confiança, como sua mãe ou seu pai, é o certo. \"Estou bem\" é uma resposta comum, e isso é demais para carregar sozinho ou sozinha. Você não está traindo ela: um adulto pode garantir que ela veja um médico. Diga que faz isso porque se importa, continue sendo amigo ou amiga, e evite falar de peso ou comida.",
    "it": "Sì: dirlo al tuo allenatore o allenatrice, o a un altro adulto di fiducia come un genitore, è la cosa giusta. \"Sto bene\" è una risposta comune, ed è troppo da portare da soli. Non la stai tradendo: un adulto può fare in modo che veda un medico. Dille che lo fai perché ci tieni, continua a esserle amica o amico ed evita di parlare di peso o cibo.",
    "nl": "Ja: het aan je coach vertellen, of aan een andere volwassene die je vertrouwt, zoals een ouder, is het juiste. \"Het gaat prima\" is een gewoon antwoord, en dit is te veel om alleen te dragen. Je verraadt haar niet: een volwassene kan zorgen dat ze naar de huisarts gaat. Zeg dat je het doet omdat je om haar geeft, blijf een goede vriend(in) en praat niet over gewicht of eten.",
    "pl": "Tak: powiedzenie o tym trenerowi albo innemu dorosłemu, któremu ufasz, na przykład rodzicowi, to dobry krok. „Wszystko w porządku” to częsta odpowiedź, a to za dużo, żeby dźwigać samemu. Nie zdradzasz jej: dorosły może zadbać, żeby poszła do lekarza. Powiedz jej, że robisz to, bo ci zależy, zostań jej przyjacielem lub przyjaciółką i nie rozmawiajcie o wadze ani jedzeniu.",
}
_ANSWERS_IN_LANGUAGE["cardiac_emergency_follow_up"] = {
    "es": "Por favor, no esperes a que se pase ni conduzcas tú: llama ahora al {emergency} para pedir una ambulancia. Los síntomas en el pecho que siguen ahí, o que acaban de calmarse, hay que revisarlos ya; no estás exagerando. Para y siéntate o túmbate mientras esperas, pide a alguien que se quede contigo y, si estás solo, deja la puerta abierta. Nada de entrenar hasta que te vea un médico. Aquí sigo.",
    "fr": "S'il te plaît, n'attends pas que ça passe et ne conduis pas : appelle maintenant le {emergency} pour une ambulance. Des symptômes dans la poitrine encore présents, ou qui viennent juste de se calmer, doivent être vérifiés tout de suite ; tu n'en fais pas trop. Arrête-toi, assieds-toi ou allonge-toi en attendant, demande à quelqu'un de rester avec toi et, si tu es seul, déverrouille la porte. Pas d'entraînement avant l'avis d'un médecin. Je reste là.",
    "de": "Bitte warte nicht ab und fahr nicht selbst: Ruf jetzt {emergency} für einen Rettungswagen an. Beschwerden in der Brust, die noch da sind oder gerade erst nachgelassen haben, müssen sofort abgeklärt werden; du übertreibst nicht. Hör auf, setz oder leg dich hin, während du wartest, bitte jemanden, bei dir zu bleiben, und schließ die Tür auf, wenn du allein bist. Kein Training, bis eine Ärztin oder ein Arzt dich untersucht hat. Ich bin hier.",
    "pt": "Por favor, não espere passar nem dirija: ligue agora para {emergency} e peça uma ambulância. Sintomas no peito que continuam, ou que acabaram de aliviar, precisam ser avaliados já; você não está exagerando. Pare e sente-se ou deite-se enquanto espera, peça a alguém para ficar com você e, se estiver sozinho, deixe a porta destrancada. Nada de treino até um médico te avaliar. Estou aqui.",
    "it": "Per favore, non aspettare che passi e non guidare: chiama subito il {emergency} per un'ambulanza. I sintomi al petto che ci sono ancora, o che sono appena passati, vanno controllati subito; non stai esagerando. Fermati e siediti o sdraiati mentre aspetti, chiedi a qualcuno di restare con te e, se sei solo, lascia la porta aperta. Niente allenamento finché un medico non ti ha visitato. Io sono qui.",
    "nl": "Wacht het alsjeblieft niet af en rijd niet zelf: bel nu {emergency} voor een ambulance. Klachten op de borst die er nog zijn, of net zijn weggezakt, moeten meteen nagekeken worden; je stelt je niet aan. Stop en ga zitten of liggen terwijl je wacht, vraag iemand bij je te blijven en doe de deur van het slot als je alleen bent. Niet trainen tot een arts je heeft nagekeken. Ik ben hier.",
    "pl": "Proszę, nie czekaj, aż przejdzie, i nie prowadź sam: zadzwoń teraz pod {emergency} po karetkę. Objawy w klatce piersiowej, które wciąż są albo dopiero co ustąpiły, trzeba sprawdzić od razu; nie przesadzasz. Przerwij, usiądź albo połóż się, czekając, poproś kogoś, żeby został z tobą, a jeśli jesteś sam, otwórz drzwi. Żadnych treningów, dopóki lekarz cię nie zbada. Jestem tutaj.",
}
_ANSWERS_IN_LANGUAGE["cardiac_follow_up"] = {
    "es": "Sé que es frustrante, pero por favor para por hoy: estos síntomas pueden importar aunque se pasen. Ve al médico hoy y cuéntale qué notaste (dolor en el pecho, el corazón acelerado o irregular, mareo, desmayo, falta de aire), cuándo, y si ya te había pasado: si se repite, importa más. Nada de entrenar hasta entonces. Si vuelve y no se calma en reposo, llama al {emergency}.",
    "fr": "Je sais que c'est frustrant, mais s'il te plaît arrête pour aujourd'hui : ces symptômes peuvent compter même quand ils passent. Vois un médecin aujourd'hui et dis-lui ce que tu as ressenti (douleur dans la poitrine, cœur qui s'emballe ou bat irrégulièrement, vertiges, malaise, essoufflement), quand, et si c'est déjà arrivé : une récidive compte davantage. Pas d'entraînement d'ici là. Si ça revient et ne passe pas au repos, appelle le {emergency}.",
    "de": "Ich weiß, das ist frustrierend, aber bitte hör für heute auf: Diese Beschwerden können wichtig sein, auch wenn sie vorbeigehen. Geh heute zum Arzt und erzähl, was du gespürt hast (Brustschmerzen, Herzrasen oder Herzstolpern, Schwindel, Ohnmacht, Atemnot), wann, und ob es schon einmal vorkam: Eine Wiederholung zählt mehr. Kein Training bis dahin. Wenn es wiederkommt und in Ruhe nicht nachlässt, ruf {emergency} an.",
    "pt": "Sei que é frustrante, mas por favor pare por hoje: esses sintomas podem importar mesmo quando passam. Vá ao médico hoje e conte o que sentiu (dor no peito, coração acelerado ou irregular, tontura, desmaio, falta de ar), quando, e se já aconteceu antes: se repetir, importa mais. Nada de treino até lá. Se voltar e não aliviar com repouso, ligue para {emergency}.",
    "it": "So che è frustrante, ma per favore fermati per oggi: questi sintomi possono contare anche quando passano. Vai dal medico oggi e racconta cosa hai sentito (dolore al petto, cuore accelerato o irregolare, capogiri, svenimento, fiato corto), quando, e se era già successo: se si ripete, conta di più. Niente allenamento fino ad allora. Se torna e non passa a riposo, chiama il {emergency}.",
    "nl": "Ik weet dat het frustrerend is, maar stop alsjeblieft voor vandaag: deze klachten kunnen ertoe doen, ook als ze overgaan. Ga vandaag naar je huisarts en vertel wat je voelde (pijn op de borst, een snelle of onregelmatige hartslag, duizeligheid, flauwvallen, kortademigheid), wanneer, en of het eerder gebeurde: als het terugkomt, telt dat zwaarder. Niet trainen tot dan. Komt het terug en zakt het niet in rust, bel dan {emergency}.",
    "pl": "Wiem, że to frustrujące, ale proszę, przerwij na dziś: te objawy mogą mieć znaczenie, nawet jeśli mijają. Idź dziś do lekarza i powiedz, co czułeś (ból w klatce piersiowej, szybkie albo nierówne bicie serca, zawroty głowy, omdlenie, brak tchu), kiedy i czy zdarzyło się to wcześniej: powtórka ma większe znaczenie. Żadnych treningów do tego czasu. Jeśli wróci i nie minie w spoczynku, dzwoń pod {emergency}.",
}
_ANSWERS_IN_LANGUAGE["cardiac_young_fit"] = {
    "es": "Te entiendo, pero ser joven y estar en forma no descarta el corazón: deportistas jóvenes pueden tener un problema del ritmo o del músculo cardiaco (como la miocardiopatía hipertrófica) que aparece primero como un desmayo o dolor en el pecho con el esfuerzo. Por eso se revisa. Ve al médico antes de volver a entrenar; si vuelve a pasar, o con dolor en el pecho o el corazón acelerado, llama al {emergency}.",
    "fr": "Je comprends, mais être jeune et en forme n'écarte pas le cœur : de jeunes sportifs peuvent avoir un trouble du rythme ou du muscle cardiaque (comme une cardiomyopathie hypertrophique) qui se montre d'abord par un malaise ou une douleur dans la poitrine à l'effort. C'est pour ça qu'on vérifie. Vois un médecin avant de reprendre ; si ça recommence, ou avec une douleur dans la poitrine ou le cœur qui s'emballe, appelle le {emergency}.",
    "de": "Ich verstehe dich, aber jung und fit zu sein schließt das Herz nicht aus: Auch junge Sportler können eine Herzrhythmusstörung oder eine Herzmuskelerkrankung (etwa HCM) haben, die sich zuerst als Ohnmacht oder Brustschmerz bei Belastung zeigt. Genau deshalb wird es abgeklärt. Geh zum Arzt, bevor du wieder trainierst; wenn es wieder passiert oder mit Brustschmerz oder Herzrasen kommt, ruf {emergency} an.",
    "pt": "Entendo, mas ser jovem e estar em forma não descarta o coração: atletas jovens podem ter um problema do ritmo ou do músculo do coração (como a cardiomiopatia hipertrófica) que aparece primeiro como desmaio ou dor no peito no esforço. É por isso que se avalia. Vá ao médico antes de voltar a treinar; se acontecer de novo, ou com dor no peito ou o coração disparado, ligue para {emergency}.",
    "it": "Ti capisco, ma essere giovane e in forma non esclude il cuore: anche atleti giovani possono avere un disturbo del ritmo o del muscolo cardiaco (come la cardiomiopatia ipertrofica) che si mostra prima con uno svenimento o un dolore al petto sotto sforzo. Per questo va controllato. Vai dal medico prima di allenarti di nuovo; se succede ancora, o con dolore al petto o il cuore a mille, chiama il {emergency}.",
    "nl": "Ik snap het, maar jong en fit zijn sluit het hart niet uit: ook jonge sporters kunnen een hartritmestoornis of hartspierziekte (zoals HCM) hebben die zich eerst toont als flauwvallen of pijn op de borst bij inspanning. Daarom wordt het nagekeken. Ga naar je huisarts voordat je weer traint; gebeurt het weer, of met pijn op de borst of een jagend hart, bel dan {emergency}.",
    "pl": "Rozumiem, ale bycie młodym i wysportowanym nie wyklucza serca: także młodzi sportowcy mogą mieć zaburzenia rytmu albo chorobę mięśnia sercowego (np. kardiomiopatię przerostową), która najpierw daje omdlenie albo ból w klatce przy wysiłku. Dlatego trzeba to sprawdzić. Idź do lekarza, zanim znowu zaczniesz trenować; jeśli to się powtórzy albo pojawi się ból w klatce lub kołatanie serca, dzwoń pod {emergency}.",
}
_OR_WORD = {"es": " o ", "fr": " ou ", "de": " oder ", "pt": " ou ", "it": " o ", "nl": " of ", "pl": " lub "}
_IN_ENGLISH_BY_REPLY = {
    "breathing_emergency": " (In English: call {emergency} now and stop.)",
    "cardiac_emergency": " (In English: call {emergency} now, stop and sit down, and don't drive yourself.)",
    "cardiac_urgent": " (In English: stop and see a doctor before you train again.)",
    "pregnancy_urgent": " (In English: stop and call your midwife or maternity unit now.)",
    "eating_disorder": " (In English: please talk to your doctor; recovery is possible.)",
    "eating_disorder_follow_up": " (In English: no numbers from me; please talk to your doctor; recovery is possible.)",
    "eating_disorder_carer": " (In English: please see the GP or paediatrician soon about an eating disorder; keep meals calm.)",
    "pregnancy_weight": " (In English: gaining weight in pregnancy is expected; no diet; your midwife guides it.)",
    "pregnancy_getting_there": " (In English: don't drive; call the maternity unit now, or {emergency} for an ambulance.)",
    "pregnancy_cant_reach": " (In English: don't wait until tomorrow; the maternity unit answers day and night: call them now, or {emergency}.)",
}
_IN_ENGLISH_BY_REPLY["eating_disorder_loss"] = _IN_ENGLISH_BY_REPLY["eating_disorder"]
_IN_ENGLISH_BY_REPLY["eating_disorder_not_safe"] = " (In English: no, it isn't safe, even briefly: it can upset your heart rhythm; please talk to your doctor.)"
_IN_ENGLISH_BY_REPLY["cardiac_bystander"] = " (In English: call {emergency} now and stay with them.)"
_IN_ENGLISH_BY_REPLY["cardiac_exertional_other"] = " (In English: a doctor soon; {emergency} if it comes at rest or lasts.)"
_IN_ENGLISH_BY_REPLY["cardiac_collapse_other"] = " (In English: no sport until a doctor checks their heart.)"
_IN_ENGLISH_BY_REPLY["eating_disorder_concern"] = " (In English: say you care and encourage a doctor.)"
_IN_ENGLISH_BY_REPLY["pregnancy_urgent_other"] = " (In English: call her midwife or maternity unit now.)"
_IN_ENGLISH_BY_REPLY["eating_disorder_pills"] = " (In English: these pills aren't safe; see your doctor.)"
_IN_ENGLISH_BY_REPLY["pregnancy_max_effort"] = " (In English: no max efforts in pregnancy; check with your midwife.)"
_IN_ENGLISH_BY_REPLY["postpartum_emergency"] = " (In English: heavy bleeding, chest pain or breathlessness after a birth: call {emergency} now.)"
_IN_ENGLISH_BY_REPLY["postpartum_urgent"] = " (In English: call the midwife, GP or maternity unit today; {emergency} for heavy bleeding or chest pain.)"
_IN_ENGLISH_BY_REPLY["self_harm_concern"] = " (In English: ask them directly about suicide, encourage {crisis}, and call {emergency} if they're in danger now.)"
_IN_ENGLISH_BY_REPLY["self_harm_confidential"] = " (In English: helplines are confidential; they won't tell your parents.)"
_IN_ENGLISH_BY_REPLY["pregnancy_follow_up"] = " (In English: call your midwife or maternity unit now; no exercise until they've checked you.)"
_IN_ENGLISH_BY_REPLY["pregnancy_movement_myth"] = " (In English: babies don't slow down near the end; fewer movements mean calling your midwife or maternity unit now.)"
_IN_ENGLISH_BY_REPLY["eating_disorder_shame"] = " (In English: there's nothing to be ashamed of, you're not alone; doctors are there to help, not judge.)"
_IN_ENGLISH_BY_REPLY["eating_disorder_tell_adult"] = " (In English: yes, tell your coach or another adult you trust; you're not betraying them.)"
_IN_ENGLISH_BY_REPLY["cardiac_emergency_follow_up"] = " (In English: call {emergency} now; sit down, don't drive; no training until a doctor has checked you.)"
_IN_ENGLISH_BY_REPLY["cardiac_follow_up"] = " (In English: stop for today and see a doctor today; {emergency} if it comes back and doesn't ease with rest.)"
_IN_ENGLISH_BY_REPLY["cardiac_young_fit"] = " (In English: being young and fit doesn't rule out the heart; see a doctor before you train again.)"
LOCALISED_REPLIES = frozenset(_ANSWERS_IN_LANGUAGE)
# Replies whose other-language version is of the plain answer only: with a detail ("fuss", "calf", "clot", "family")
# the English answer says more than the translation would, so it stays English.
_PLAIN_ONLY = frozenset({"pregnancy_follow_up", "cardiac_follow_up", "cardiac_young_fit", "self_harm_concern", "self_harm_confidential"})


def has_version(reply: str, detail: str = "") -> bool:
    """Whether `reply`, with `detail`, has a version in the other languages (`in_language`)."""
    return reply in LOCALISED_REPLIES and not (detail and reply in _PLAIN_ONLY)


def in_language(reply: str, language: str, lines: Lines) -> str | None:
    """`reply` in `language` with `lines`, and its gist in English; None when there is no version."""
    template = _ANSWERS_IN_LANGUAGE.get(reply, {}).get(language)
    if template is None:
        return None
    fields = {
        "emergency": lines.emergency, "urgent": lines.urgent or "", "crisis": lines.crisis,
        "doctor": f"{_OR_WORD[language]}{lines.eating_disorder}" if lines.eating_disorder else "",
    }
    return template.format(**fields) + _IN_ENGLISH_BY_REPLY[reply].format(**fields)


def getting_help(lines: Lines, detail: str) -> str:
    """After "ok I'm calling them": what to do meanwhile, by category (and, in a pregnancy, the signs to report)."""
    detail, _, signs = detail.partition("|")
    meanwhile = {
        "cardiac": "Stop, sit or lie down while you wait, unlock the door if you're alone, and don't drive yourself.",
        "pregnancy": f"Tell them how many weeks you are and what you've noticed ({signs}), rest until they've checked you, and be guided by their advice on exercise." if signs else "Tell them how many weeks you are and what happened, rest until they've checked you, and be guided by their advice on exercise.",
        "eating_disorder": "Reaching out takes courage, and you deserve that support.",
        "self_harm": "If you can, stay with someone or somewhere safe while you talk to them, away from anything you could hurt yourself with.",
    }.get(detail, "")
    return (
        f"That's the right thing to do, and I'm glad you're doing it. {meanwhile} Anything else can wait until later. If things get worse or you feel "
        f"unsafe, call {lines.emergency}. I'm here whenever you want to talk."
    )


def self_harm_thanks(lines: Lines, detail: str) -> str:
    if detail == "sorry":  # "sorry for dumping that on a fitness app": nothing to apologise for
        return (
            "No need to apologise: I'm glad you told me, and you can talk about this here any time. "
            f"{lines.crisis[:1].upper()}{lines.crisis[1:]} is there day or night{_or(lines.text, ', or ')}. "
            f"If things get worse or you might act on these thoughts, call {lines.emergency}. How are you doing right now?"
        )
    return (
        f"Thank you. I'm here whenever you want to talk, and {lines.crisis} is there any time, day or night"
        f"{_or(lines.text, ', or ')}. If things get worse or you might act on these thoughts, call {lines.emergency}."
    )


# --- check-ins for what the word model (host.safety.concern) reads as a red flag -----------------


def cardiac_check(lines: Lines, detail: str) -> str:
    """Any warning sign with exercise, the user's or someone else's (AHA, BHF): no sport until checked."""
    return (
        "Thank you for telling me. This can come from the heart, so please don't push on: stop, and see a doctor "
        "before any training, even light, for anyone who fainted, collapsed, or had chest pain or pressure, an uneven "
        f"heartbeat or unusual breathlessness. If it's happening now or doesn't settle with rest, call {lines.emergency} "
        "and don't drive yourself. Once a doctor has cleared it, I can help with gentle training."
    )


def cardiac_check_other(lines: Lines, detail: str) -> str:
    """Someone else's warning sign with exercise, told afterwards: what to do for them, said of them."""
    return (
        "Thank you for telling me; I hope they're okay. This can come from the heart, so they shouldn't push on: "
        "no training, even light, until a doctor has checked them, and please help them book an appointment soon. "
        f"If it's happening now, comes back at rest or doesn't settle, call {lines.emergency}, and don't let them "
        "drive themselves. Once a doctor has cleared them, I can help with gentle training."
    )


# --- after a birth (CDC "Hear Her" urgent maternal warning signs; NHS "Your body after the birth";
# RCOG Green-top 37a for clots; NICE CG192 and RCPsych for mood and postpartum psychosis) -----------


def postpartum_emergency(lines: Lines, detail: str) -> str:
    """Heavy bleeding ("bleeding"), or chest pain or breathlessness ("clot"), after a birth: the
    emergency number now. "|other": someone else's, said of her."""
    sign, _, other = detail.partition("|")
    if sign == "bleeding":
        if other:
            return (
                f"Please call {lines.emergency} now for her. Soaking a pad in an hour or less, or passing large clots, after "
                "a birth can be a serious bleed and needs emergency care straight away, not a wait for the midwife. Help "
                "her lie down, stay with her, don't let her drive, and keep the pads to show them. Call her maternity unit "
                "once help is on the way. I hope she's okay."
            )
        return (
            f"Please call {lines.emergency} now. Soaking a pad in an hour or less, or passing large clots, after giving birth "
            "can be a serious bleed and needs emergency care straight away, not a wait for the midwife. Lie down, ask "
            "someone to stay with you, don't drive yourself, and keep the pads to show them. Call your maternity unit once "
            "help is on the way. No exercise until you've been checked."
        )
    if other:
        return (
            f"Please call {lines.emergency} now for her. Chest pain or breathlessness in the weeks after a birth can be a "
            "blood clot in the lung, which is more likely after having a baby and needs emergency care straight away. Help "
            "her stop and sit upright, don't let her drive, and tell them she had a baby recently. I hope she's okay."
        )
    return (
        f"Please call {lines.emergency} now. Chest pain or breathlessness in the weeks after giving birth can be a blood "
        "clot in the lung, which is more likely after having a baby and needs emergency care straight away. Stop, sit "
        "upright, don't drive yourself, and tell them you had a baby recently. No exercise until you've been checked. "
        "I hope you're okay."
    )


# Why each sign after a birth can't wait, in a few words.
_AFTER_BIRTH_WHY = {
    "calf pain or swelling": "it can be a blood clot (a DVT), so don't rub or walk it off",
    "a bad headache or changes in vision": "it can be high blood pressure after the birth (pre-eclampsia)",
    "a fever": "it can be an infection, treatable when caught early",
    "discharge or bleeding that smells": "it can be an infection, treatable when caught early",
    "a wound that's red, hot or oozing": "it can be an infection, treatable when caught early",
    "severe tummy pain": "it can be an infection or bleeding inside",
    "fainting or dizziness": "it can come from blood loss or low blood pressure",
    "a swollen face or hands": "it can be high blood pressure after the birth (pre-eclampsia)",
}


def postpartum_urgent(lines: Lines, detail: str) -> str:
    """Another warning sign after a birth (`detail`: the sign, "|other" for someone else's): the midwife,
    GP or maternity unit today, the emergency number if it worsens; why it can't wait."""
    sign, _, other = detail.partition("|")
    why = _AFTER_BIRTH_WHY.get(sign, "it needs a professional to rule out a problem")
    if other:
        return (
            f"Please help her call her midwife, GP or maternity unit now: {sign} in the weeks after a "
            f"birth needs checking today, not at the next routine check; {why}. Hold off exercise until she's been seen. "
            f"If there's heavy bleeding, chest pain, breathlessness or she faints, call {lines.emergency}."
        )
    return (
        f"Please call your midwife, GP or maternity unit now: {sign} in the weeks after giving birth needs checking "
        f"today, not at the next routine check; {why}. Hold off exercise until you've been seen. If there's heavy "
        f"bleeding, chest pain, breathlessness or you faint, call {lines.emergency}."
    )


def postpartum_follow_up(lines: Lines, detail: str) -> str:
    """Pushing back after a warning sign after a birth ("it'll probably slow down", "she says it's nothing"):
    the same urgency again. `detail`: "emergency", "urgent" or "cleared" (when they can train again:
    the postnatal check first, then a gradual return; Goom, Donnelly and Brockwell 2019), "|other" for
    someone else's."""
    kind, _, other = detail.partition("|")
    if kind == "emergency":
        if other:
            return (
                f"Please don't wait for it to settle: call {lines.emergency} now for her. After a birth, heavy bleeding, chest "
                "pain or breathlessness can get worse quickly, and she's not overreacting or wasting anyone's time. Stay "
                "with her and don't let her drive. Her midwife can follow up once she's been seen."
            )
        return (
            f"Please don't wait for it to settle: call {lines.emergency} now. After a birth, heavy bleeding, chest pain or "
            "breathlessness can get worse quickly, and you're not overreacting or wasting anyone's time. Stop, don't drive "
            "yourself, and ask someone to stay with you. Exercise questions can wait until you've been seen."
        )
    if kind == "cleared":
        return (
            "Please make that call today first. Once you've been checked and all is well, most people start with pelvic "
            "floor exercises and walking, have the 6 to 8 week postnatal check, and build up gently; running usually waits "
            "until about 12 weeks after the birth (return-to-running guidance, 2019). Stop and get checked again for "
            f"heavy bleeding, pain or a swollen calf; for chest pain or breathlessness, call {lines.emergency}."
        )
    whose, they = ("her", "she") if other else ("your", "you")
    return (
        f"I know it's easy to put off, but please don't wait to see: {whose} midwife, GP or maternity unit need to check "
        f"this today, and {they}{' is' if other else ' are'} not wasting their time. Hold off exercise until then. If there's heavy "
        f"bleeding, chest pain, breathlessness or {they} faint{'s' if other else ''}, call {lines.emergency}."
    )


def postpartum_harm_thoughts(lines: Lines, detail: str) -> str:
    """Thoughts of harming the baby (NHS, RCPsych, MIND): said plainly that they are a known symptom,
    help today, the emergency number if they might act; the check of safety the follow-ups answer."""
    if detail == "other":
        return (
            "Thank you for telling me; please take it seriously. Thoughts of harming a baby after a birth are a known, "
            "treatable symptom, and she needs help today: her GP, midwife or health visitor, or a crisis line "
            f"({lines.crisis}). If she might act on them, make sure the baby is safe with someone else and call "
            f"{lines.emergency} now. Stay with her if you can."
        )
    return (
        "Thank you for telling me; it doesn't make you a bad parent. Frightening thoughts of harming your baby are a "
        "known, treatable symptom after a birth. Please tell your GP, midwife or health visitor today, or call "
        f"{lines.crisis}. If you feel you might act on them, put the baby safely in their cot, "
        f"step away and call {lines.emergency} now. Are you and your baby safe right now?"
    )


def postpartum_psychosis(lines: Lines, detail: str) -> str:
    """Hearing voices, strange beliefs about the baby or no sleep for days after a birth: possible
    postpartum psychosis, an emergency (RCPsych, Action on Postpartum Psychosis)."""
    if detail == "other":
        return (
            f"Please get her help now: call {lines.emergency} or take her to the emergency department today. Hearing voices, "
            "believing strange things or going days without sleep after a birth can be postpartum psychosis, a medical "
            "emergency that is very treatable. Stay with her, and have another adult care for the baby meanwhile. Don't "
            "wait for an appointment. You did the right thing saying it."
        )
    return (
        f"Please get help now: call {lines.emergency} or go to the emergency department today. Hearing voices, believing "
        "strange things or going days without sleep after a birth can be postpartum psychosis, a medical emergency that "
        "is very treatable. Ask someone to stay with you and another adult to care for the baby meanwhile. Don't wait "
        "for an appointment. You did the right thing saying it."
    )


def postpartum_low_mood(lines: Lines, detail: str) -> str:
    """Low mood, crying or no bond with the baby after a birth: postnatal depression is common and
    treatable (NHS, NICE CG192): the GP, midwife or health visitor this week, a crisis line for dark
    thoughts."""
    if detail == "other":
        return (
            "I'm glad you noticed; it matters. Low mood, crying a lot or not feeling close to the baby in the weeks after "
            "a birth can be postnatal depression, which is common and treatable. Please help her talk to her GP, midwife "
            f"or health visitor this week. If she has thoughts of harming herself or the baby, call {lines.crisis} or "
            f"{lines.emergency} straight away."
        )
    return (
        "I'm sorry it feels this hard; it isn't your fault. Low mood, crying a lot or not feeling close to your baby "
        "after a birth can be postnatal depression, which is common and treatable. "
        "Please talk to your GP, midwife or health visitor this week. If you have thoughts of harming yourself or your "
        f"baby, call {lines.crisis} or {lines.emergency} straight away. How have you been sleeping?"
    )


REPLIES: dict[str, Callable[[Lines, str], str]] = {
    function.__name__: function
    for function in (
        eating_disorder_insulin, eating_disorder_insulin_follow_up, eating_disorder_punishing, eating_disorder_fainting, eating_disorder_carer, eating_disorder_carer_follow_up,
        eating_disorder_low_goal, cardiac_emergency, breathing_emergency, cardiac_bystander, cardiac_bystander_follow_up, cardiac_urgent, cardiac_collapse_other, cardiac_collapse_other_follow_up, pregnancy_urgent, pregnancy_clot_emergency, eating_disorder, eating_disorder_loss,
        pregnancy_warning_signs, cardiac_warning_signs, pregnancy_endurance,
        eating_disorder_missed_periods,
        eating_disorder_concern, eating_disorder_concern_follow_up, eating_disorder_purging_other, unintended_loss, unintended_loss_other, pills_taken_emergency, eating_disorder_not_overreacting, eating_disorder_pills, self_harm_emergency, self_harm_urgent, self_harm_check, self_harm_concern,
        pregnancy_max_effort, pregnancy_complication, pregnancy_new_start, pregnancy_new_start_follow_up, cardiac_follow_up, cardiac_emergency_follow_up, pregnancy_follow_up,
        pregnancy_effort_follow_up, eating_disorder_follow_up, pregnancy_movement_myth, eating_disorder_shame, eating_disorder_tell_adult,
        self_harm_follow_up, self_harm_training_as_harm, self_harm_relapse, self_harm_cant_reach_other, self_harm_plan_other, self_harm_other_angry, self_harm_concern_follow_up, self_harm_confidential, pregnancy_confidential, cardiac_confidential, eating_disorder_help_now, eating_disorder_weight_is_fine, eating_disorder_not_safe, eating_disorder_regular_eating, eating_disorder_feelings, eating_disorder_what_to_say, self_harm_no_calls, self_harm_telling, self_harm_thanks, self_harm_food, self_harm_minimised,
        self_harm_other_language, getting_help, self_harm_injury, self_harm_passive, self_harm_young, self_harm_not_a_bother, self_harm_means, self_harm_night, eating_disorder_body, eating_disorder_common, cardiac_young_fit, pregnancy_race, pregnancy_race_follow_up,
        cardiac_check, cardiac_check_other, cardiac_signs_other, eating_disorder_relapse, eating_disorder_dont_wait, self_harm_returning, cardiac_other_follow_up, pregnancy_other_follow_up, cardiac_exertional, cardiac_exertional_other, pregnancy_urgent_other, pregnancy_getting_there, pregnancy_cant_reach, pregnancy_once_cleared, cardiac_once_cleared, eating_disorder_waiting, pregnancy_weight, cardiac_checks,
        postpartum_emergency, postpartum_urgent, postpartum_follow_up, postpartum_harm_thoughts, postpartum_psychosis, postpartum_low_mood,
    )
}


# --- notes for a prefaced turn (turn.safety.note, added to the model's instructions) --------------

NO_NUMBERS = "Give no calorie figures, targets, deficits, weights, BMI, or diet or weight-loss plans, and don't moralise food"


def preface_note(rule_id: str, lines: Lines) -> str:
    """The instruction an agent (and its model) gets with a prefaced turn."""
    category = rule_id.split(".", 1)[0]
    ed_help = f"their doctor{_or(lines.eating_disorder)}"
    notes = {
        "pregnancy.training": (
            "Safety note: the user (or the person asked about) is pregnant. Give only gentle, clinician-first advice: "
            "activity they already do, at an easy, talking pace; no new high-intensity, heavy-lifting or flat-on-the-back "
            "plans; suggest checking with their midwife or doctor. Bleeding, contractions, leaking fluid, dizziness, chest "
            "pain, calf pain or swelling, or reduced movement mean stopping and calling the midwife now."
        ),
        "pregnancy.complication": (
            "Safety note: the user is pregnant with a complication that can rule out exercise. Give no exercise plan: "
            "ask them to agree any activity with their obstetrician or midwife first."
        ),
        "cardiac.known_condition": (
            "Safety note: the user has a heart condition. Give no training plan or intensity advice before a doctor has "
            "cleared them; suggest their doctor or a cardiac rehabilitation team, and stopping to get help for chest "
            "pain, fainting or palpitations."
        ),
        "eating_disorder.history": f"Safety note: the user has a history of disordered eating. {NO_NUMBERS}; be warm, and encourage support from {ed_help}.",
    }
    sticky = {
        "cardiac": (
            "Safety note: the user reported possible heart symptoms with exercise a few messages ago. Give no training "
            f"plans or intensity advice; encourage them to see a doctor first; chest pain that won't settle means calling {lines.emergency}."
        ),
        "pregnancy": "Safety note: the user reported a pregnancy warning sign a few messages ago. Give no exercise advice until their midwife or doctor has checked them.",
        "eating_disorder": f"Safety note: the user described disordered eating a few messages ago. {NO_NUMBERS}; be warm, and encourage support from {ed_help}.",
        "self_harm": (
            "Safety note: the user spoke of self-harm or suicide a few messages ago. Be warm and brief; give no diet, "
            f"calorie or intensity plans; check how they are and remind them that {lines.crisis} is there any time."
        ),
    }
    return notes.get(rule_id) or sticky[category]


def model_note(lines: Lines, categories: tuple[str, ...], max_loss_kg_per_week: float, min_intake_kcal: float) -> str:
    """The safety rules every agent's model request carries, whatever the message."""
    rules = [
        "Safety rules for every answer: never plan below about 1200 kcal a day or a loss faster than about 1 kg a "
        "week, and never suggest a food the user is allergic to."
    ]
    if "cardiac" in categories:
        rules.append(
            "Chest pain, fainting, palpitations or unusual breathlessness with exercise: tell them to stop and get "
            f"medical help ({lines.emergency} if it doesn't settle), and give no training advice."
        )
    if "eating_disorder" in categories:
        rules.append(
            f"Purging, laxatives, diuretics or diet pills for weight, starving or multi-day fasts, exercise to burn off "
            f"everything eaten or punishing oneself after a binge, missed periods with restriction or hard training, "
            f"eating under {min_intake_kcal:g} kcal a day or losing "
            f"more than {max_loss_kg_per_week:g} kg a week: no numbers, plans or diets; be kind and point them to a doctor"
            f"{_or(lines.eating_disorder)}."
        )
    if "pregnancy" in categories:
        rules.append(
            "Pregnancy: only gentle, clinician-first exercise advice; bleeding, contractions, leaking fluid, dizziness, "
            "chest pain, calf swelling or reduced movement mean calling the midwife now."
        )
    if "self_harm" in categories:
        rules.append(
            f"Self-harm, suicide, feeling a burden or giving things away: respond with care, ask if they are safe, and give "
            f"{lines.crisis}; {lines.emergency} in danger."
        )
    rules.append("Never describe methods of self-harm, purging or restriction.")
    return " ".join(rules)
